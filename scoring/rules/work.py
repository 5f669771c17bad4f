"""Q1: what kind of work, and for whom?"""

from __future__ import annotations

from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Hit, rule
from scoring.vocabulary import Answer, Direction, Severity
from scoring.wording import Says as _


@rule(faq="Q1", points=6, title="The employer is not named")
def employer_not_named(offer: Offer, config: RuleConfig) -> Hit | None:
    if not offer.names_employer:
        return Hit(
            Severity.NOTE,
            _(
                "The offer does not say who the employer is, or which client you would work for. A real job names "
                "the company, so you can look it up with the Better Business Bureau and on its own website."
            ),
            _("What is the company's registered name and website, and which client would I work for?"),
        )
    return None


@rule(
    faq="Q1",
    points=8,
    title='A "too good to be true" pitch ("earn up to $1,000 a week", "be your own boss")',
    evidence=("hype_pitch", "signal:hype"),
)
def hype_pitch(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.answer("hype_pitch") == Answer.YES:
        return Hit(
            Severity.NOTE,
            _(
                "The offer sells itself like a get-rich pitch (big earnings claims, easy money, be your own boss) "
                "instead of describing the work. Real call-center jobs describe the calls, the pay rate and the hours; "
                "the FAQ warns against ads that sound too good to be true."
            ),
            _("What exactly is the pay rate per hour, and what does a typical agent earn in a normal week?"),
        )
    return None


@rule(faq="Q1", points=4, title="The kind of work (and the direction of calls) is not stated")
def work_not_described(offer: Offer, config: RuleConfig) -> Hit | None:
    if not offer.work_types and offer.direction == Direction.UNKNOWN:
        return Hit(
            Severity.NOTE,
            _(
                "The offer does not say what the work is (customer service, sales, tech support...) or whether you "
                "answer calls or dial out. A real employer says what you will do and for which client."
            ),
            _(
                "What exactly will I do: answer calls or make them, what kind of calls, and for which company or "
                "client?"
            ),
        )
    return None
