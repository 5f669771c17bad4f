"""Modern scam signals beyond the FAQ: money handling, chat-app hiring, early personal data, recruiter e-mail,
pressure to decide."""

from __future__ import annotations

from scoring.config import RuleConfig, Thresholds
from scoring.offer import Offer
from scoring.pay import money
from scoring.pay_reference_words import said
from scoring.rules.base import Hit, rule
from scoring.rules.pay_basis import PAY_EVIDENCE
from scoring.rules.pay_level import converted_words, far_above_market
from scoring.vocabulary import Answer, Severity
from scoring.wording import Says as _

FREE_EMAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "aol.com",
        "proton.me",
        "pm.me",
        "protonmail.com",
        "icloud.com",
        "me.com",
        "mail.com",
        "ymail.com",
    }
)
FREE_EMAIL_PREFIXES = ("yahoo.", "gmx.", "yandex.")  # yahoo.com, yahoo.co.uk, gmx.de, yandex.ru...


def email_domain(address: str) -> str:
    return address.strip().rpartition("@")[2].lower().rstrip(".")


def is_free_email_domain(domain: str) -> bool:
    return domain in FREE_EMAIL_DOMAINS or domain.startswith(FREE_EMAIL_PREFIXES)


def free_email_domain(offer: Offer) -> str:
    """The free mail domain the recruiter writes from ("gmail.com"), or "" (none, or the employer's own)."""
    domain = email_domain(offer.recruiter_email)
    if domain and is_free_email_domain(domain) and domain != offer.employer_email_domain.lower():
        return domain
    return ""


def same_organisation(domain: str, employer_domain: str) -> bool:
    """hr.acme.com belongs to acme.com."""
    return domain == employer_domain or domain.endswith("." + employer_domain)


@rule(
    faq="beyond_faq",
    points=90,
    title="Duties involve handling money, checks, gift cards or parcels",
    evidence=("money_handling", "signal:reshipping", "signal:check_deposit", "signal:gift_cards", "signal:crypto"),
)
def money_handling(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.answer("money_handling") == Answer.YES:
        return Hit(
            Severity.FRAUD,
            _(
                "The job involves depositing checks and sending money back, buying gift cards or crypto, or reshipping "
                "parcels. These are well-known scams (fake checks, stolen goods): you can lose money and break the "
                "law. "
                "Stop and report the offer to the FTC."
            ),
            _("Why would a call-center job involve handling money, checks, gift cards or parcels?"),
        )


@rule(
    faq="beyond_faq",
    points=20,
    title="Money apps, transfers to you, gift cards, crypto or bank codes mentioned, with no clear purpose",
    evidence=("money_mentioned",),
)
def money_mentioned(offer: Offer, config: RuleConfig) -> Hit | None:
    # A question, not a fraud signal: the text names a way money or bank access changes hands and nothing says
    # what for. Where a rule could tell (money handling, data before an offer), that finding says it instead.
    if offer.answer("money_mentioned") != Answer.YES:
        return None
    if offer.answer("money_handling") == Answer.YES or offer.answer("personal_data_early") == Answer.YES:
        return None
    return Hit(
        Severity.UNCLEAR,
        _(
            "The offer mentions money moving through your hands or your bank (a payment app, money sent to you, gift "
            "cards, crypto, signing in to your bank or a code sent to your phone) and does not make clear what for. "
            "Real employers pay you through payroll; they never send you money to pass on, ask you to buy gift cards "
            "or crypto, or ask for bank logins or codes."
        ),
        _(
            "Will I ever be asked to receive money and send it on, buy anything, or share a bank login or a code sent "
            "to my phone?"
        ),
    )


@rule(
    faq="beyond_faq",
    points=70,
    title="Interview or onboarding only through chat apps",
    evidence=("chat_app_interview", "signal:chat_app"),
)
def chat_app_interview(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.answer("chat_app_interview") == Answer.YES:
        return Hit(
            Severity.FRAUD,
            _(
                "The interview or onboarding happens only through a chat app (Telegram, WhatsApp, Signal, Google "
                "Chat). "
                "Real employers interview by phone or video and send offers from a company e-mail address."
            ),
            _("Can we do the interview by phone or video, and can you send the offer from your company e-mail?"),
        )


@rule(
    faq="beyond_faq",
    points=60,
    title="Bank details, ID or tax number asked for before an offer",
    evidence=("personal_data_early",),
)
def personal_data_early(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.answer("personal_data_early") == Answer.YES:
        return Hit(
            Severity.FRAUD,
            _(
                "You are asked for bank details, ID documents or a tax number before a written job offer. Scammers use "
                "these for identity theft; real employers ask for them only once you are hired."
            ),
            _("Can you send me a written job offer before I share bank, ID or tax details?"),
        )


@rule(
    faq="beyond_faq",
    points=5,
    title='Pressure to decide or start at once ("start today")',
    evidence=("pressure_to_decide", "signal:urgency"),
)
def pressure_to_decide(offer: Offer, config: RuleConfig) -> Hit | None:
    # A weak sign on its own: real employers hire in a hurry too. Unknown says nothing, so it asks nothing.
    if offer.answer("pressure_to_decide") == Answer.YES:
        return Hit(
            Severity.NOTE,
            _(
                'The offer pushes you to hurry ("start today", "limited spots", "act now"). Scammers rush people so '
                "they do not look up the employer, read the contract or ask questions. A real employer gives you time "
                "to read a written offer before you accept."
            ),
            _("Can I have the offer in writing and a few days to decide?"),
        )


@rule(
    faq="beyond_faq",
    points=70,
    title="Hired with no interview (at pay far above market: a fraud signal)",
    evidence=("interview_skipped", *PAY_EVIDENCE),
)
def no_interview(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.answer("interview_skipped") != Answer.YES:
        return None
    if compared := far_above_market(offer, config):
        far_above = said(compared.reference.far_above_text)
        if compared.conversion is None:
            explanation = _(
                "You would be hired with no interview, for about %(wage)s an hour with no experience asked, more than "
                "%(far_above)s. No employer pays that much to someone it has never spoken to: this is how fake jobs "
                "lure people into paying or handing over their details.",
                wage=money(compared.wage, compared.reference.currency),
                far_above=far_above,
            )
        else:
            explanation = _(
                "You would be hired with no interview, for about %(offered)s an hour (about %(wage)s at the exchange "
                "rate of %(rate_date)s) with no experience asked, more than %(far_above)s. No employer pays that much "
                "to someone it has never spoken to: this is how fake jobs lure people into paying or handing over "
                "their details.",
                **converted_words(compared, offer),
                far_above=far_above,
            )
        return Hit(
            Severity.FRAUD,
            explanation,
            _("Can we do a phone or video interview, and can you send the pay and duties in a written offer?"),
        )
    return Hit(
        Severity.NOTE,
        _(
            "The offer hires with no interview. Real employers talk to you before they hire you, at least by phone "
            "or video; skipping it is common in fake job offers."
        ),
        _("Will there be a phone or video interview before an offer?"),
        points=6,
    )


@rule(
    faq="beyond_faq",
    points=70,
    title="Earnings come from recruiting others (a business opportunity, not a job)",
    evidence=("recruiting_pays",),
)
def recruiting_pays(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.answer("recruiting_pays") == Answer.YES:
        return Hit(
            Severity.FRAUD,
            _(
                "You would earn from signing up other people (overrides, referral money, your team's sales). That is a "
                "business opportunity or pyramid scheme, not a job: the money comes from the people who join, usually "
                "through the fee they pay to start."
            ),
            _("Is there a wage for the calls themselves, with no fee to start and nothing earned from recruiting?"),
        )
    return None


@rule(
    faq="beyond_faq",
    points=8,
    title="Recruiter writes from a free personal e-mail address",
    evidence=("recruiter_email", "signal:free_email"),
)
def recruiter_free_email(offer: Offer, config: RuleConfig) -> Hit | None:
    if domain := free_email_domain(offer):
        return Hit(
            Severity.NOTE,
            _(
                "The recruiter writes from a free personal address (%(domain)s) instead of the company's own domain. "
                "Scammers often pose as real companies this way.",
                domain=domain,
            ),
            _("Can you write to me from your company e-mail address so I can confirm you work there?"),
        )


@rule(
    faq="beyond_faq",
    points=4,
    title="Recruiter e-mail domain differs from the employer's",
    evidence=("recruiter_email",),
)
def recruiter_domain_mismatch(offer: Offer, config: RuleConfig) -> Hit | None:
    domain = email_domain(offer.recruiter_email)
    employer_domain = offer.employer_email_domain.strip().lower()
    if (
        domain
        and employer_domain
        and not is_free_email_domain(domain)
        and not same_organisation(domain, employer_domain)
    ):
        return Hit(
            Severity.NOTE,
            _(
                "The recruiter writes from %(domain)s, but %(employer)s uses %(employer_domain)s. It may be a hiring "
                "agency, or someone pretending to be the company.",
                domain=domain,
                employer=offer.employer_name or _("the employer"),
                employer_domain=employer_domain,
            ),
            _(
                "Why do you write from %(domain)s? Can someone from %(employer_domain)s confirm this offer?",
                domain=domain,
                employer_domain=employer_domain,
            ),
        )


# The weak warning signs, each a finding of its own (a NOTE) when alone: the same tests as their rules.
WEAK_SIGNS = (
    (lambda offer: bool(free_email_domain(offer)), _("the recruiter writes from a free personal e-mail address")),
    (lambda offer: offer.answer("hype_pitch") == Answer.YES, _("it sells itself like a get-rich pitch")),
    (lambda offer: offer.answer("pressure_to_decide") == Answer.YES, _("it pushes you to hurry")),
    (lambda offer: offer.answer("interview_skipped") == Answer.YES, _("it hires with no interview")),
    (lambda offer: not offer.names_employer, _("it does not name the employer")),
)


def weak_signs(offer: Offer) -> list[_]:
    return [phrase for shows, phrase in WEAK_SIGNS if shows(offer)]


# One point past the default allowance of unstated key facts: on its own it makes "Ask more questions".
@rule(faq="beyond_faq", points=Thresholds().unclear_points_allowed + 1, title="Several weak warning signs together",
      evidence=("recruiter_email", "hype_pitch", "pressure_to_decide", "interview_skipped"))  # fmt: skip
def warning_signs_together(offer: Offer, config: RuleConfig) -> Hit | None:
    # Each sign alone is common in honest ads too; together they are how most fake job ads read (FTC, BBB).
    signs = weak_signs(offer)
    if len(signs) < 2:
        return None
    return Hit(
        Severity.UNCLEAR,
        _(
            "Several warning signs come together: %(signs)s and %(last_sign)s. Each is common enough on its own, but "
            "together they are how most fake job ads read. Check the employer before you send anything.",
            signs=tuple(signs[:-1]),
            last_sign=signs[-1],
        ),
        _("What is the company's registered name, website and phone number, and can we do a phone or video interview?"),
    )
