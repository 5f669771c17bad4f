"""Q1, Q3, Q5, Q7, Q9, Q10, Q11: the work, equipment, status, hours, training, benefits, citizenship."""

# ruff: noqa: E501  (long regular expressions read better unbroken)

from __future__ import annotations

import re

from scoring.extraction.money import FEE_WARNING
from scoring.extraction.text import Collector, Scanner, ci, top_level_branches

I = re.IGNORECASE  # noqa: E741

# --- Q7 employee or contractor -------------------------------------------------------------------
EMPLOYEE = ci(
    r"\bW-2\b(?! form)|\bW2\b(?! form)|\b(?:full|part)[- ]time,? (?:hourly |salaried |seasonal |permanent )?employees?\b"
    r"|\bas an? (?:\w+ )?employee\b|\bemployee (?:position|role|status)\b"
    r"|\bon (?:our|the company) payroll\b|\b(?:hourly|salaried|benefits[- ]eligible|regular|seasonal|casual) employees?\b"
    r"|\bnon-?exempt\b"  # the U.S. overtime class of an employee: "(full-time, non-exempt employee)"
    r"|\bW-4\b"  # the employee's withholding form a new hire fills in ("Complete I-9 + W-4"); a contractor's is a W-9
    r"|\bare employees\b|\bwill be (?:an )?employees?\b|\bemployed by\b|\bwerknemer\s*\((?:nie|geen|niet|not) (?:'n )?(?:kontrakteur|zzp'?er|freelancer|contractor)"
    r"|\b(?:you'?d|you would|you will|you'll) be (?:their|our|an|a|the company'?s) (?:\w+ )?employee\b"
    # "(Remote, Employee)", "| Employee |", "$18.75/hr, Employee, Paid Training": the status as a label
    r"|(?:[(|,·•–]\s*|\bremote,?\s+)employee\b(?!s? (?:discount|assistance|referral|benefit|handbook))"
    r"|\b(?:employee|werknemer)(?=, (?:paid|betaalde|training|opleiding|benefits|voordele))"
    r"|(?<! or )(?<! of )\bpermanent(?! residen)(?: full[- ]time| part[- ]time)?(?: position| role| employment| job| contract| post)?\b"
    r"|\bon (?:the )?(?:company'?s? )?(?:rolls|payroll)(?: of (?:the|our) company)?\b|\bregular(?:ization| employment| status)\b|\bregular,? (?:full|part)[- ]time\b|\bregular(?:ized)? (?:after|in) \d+ ?(?:mos?|months?)\b|\bregularisation\b|\bdirect hire\b"
    # Dutch: in loondienst, in dienst via/bij, (vast / tijdelijk / jaar / 0-uren) contract, arbeidsovereenkomst
    r"|\bT4 slip\b|\bT4\b(?!A)|\bon our books\b|\b(?:taken |paid )?through (?:our )?payroll\b|\bPAYE\b"
    # "on Blue Heron payroll (not third party)"
    r"|\bpayroll \(?not (?:a |on )?third[- ]party\b"
    r"|\bcompany (?:ke |ki )?payroll (?:pe|par|per|mein)\b|\bcompany payroll\b(?! (?:team|department|software|system))"
    r"|\bloondienst\b|\bin dienst (?:via|bij)\b|\bbij ons in dienst\b|\boproepcontract\b|\buitzendcontract\b|\bfase [ABC]\b|\bpayroll(?:bedrijf|constructie)\b|\bcontract \d+ maanden via payroll\b"
    # "Contract digitaal ondertekend (onbepaalde tijd na proeftijd)": a permanent contract, however it is put
    r"|\bcontract voor onbepaalde tijd\b|\bonbepaalde tijd\b|\bindiensttreding\b|\b(?:contract )?via (?:een |ons |het )?uitzendbureau\b"
    r"|\bcontract bij ons\b|\bbediendecontract\b|\b(?:vast|vaste|tijdelijk|tijdelijke|jaar|0-uren|nul-uren)[- ]?contract\b"
    r"|\bcontract voor (?:\d{1,2}|een|één|half) (?:jaar|maanden)\b|\bdaarna (?:een )?vast(?: contract)?\b"
    r"|\barbeidsovereenkomst\b|\bdienstverband\b|\boproepkracht\b|\bvaste baan\b"
    # Afrikaans: permanente pos, vaste aanstelling
    r"|\bpermanente (?:(?:deeltydse|voltydse) )?(?:pos|betrekking|aanstelling|werk|werknemers?)\b|\bvaste (?:pos|aanstelling|betrekking|werknemers?|kontrak)\b"
    r"|\b(?:deeltydse?|voltydse?|tydelike) werknemer\b|\bin dienst\b(?! van de klant)|\binterim(?:contract|job|kracht)\b|\bcontract (?:bij|via) (?:het|de|ons|onze|een) (?:\w+)?(?:uitzendbureau|klantcontactbedrijf|bedrijf)\b|\b(?:op )?uitzendbasis\b|\bstatuut:?\s*bediende\b|\bbediendestatuut\b|\bals bediende\b|\bcontract:? (?:van )?onbepaalde duur\b|\buitzendkracht\b"
    r"|\bcompany ka employee\b|\bemployee (?:po|hoga|hogi)\b|\bcompany employee\b"
    r"|\bempleyado\b|\bregular hiring\b"  # Tagalog: "empleyado", "regular na empleyado"; "Chat Support, regular hiring"
    r"|کمپنی (?:کا |کے )?(?:باقاعدہ )?ملازم|مستقل ملازم\w*|باقاعدہ ملازم|پے رول|\bmustaqil\b"  # Urdu: company employee, permanent
    r"|\b(?:'n |as )werknemer\b|\bwerknemer op\b|\bindiensneming\b|\b(?:nie|geen) kontrakteur nie\b"  # Afrikaans: "jy's 'n werknemer op 'n 12-maande kontrak"
    # Tagalog, Urdu: regular / probationary employee, permanent naukri, EOBI
    r"|\bprobationary\b|\bproject[- ]based employees?\b|\bpermanent naukri\b"
    # a Philippine job type: "Job type: Full-time, regular" (not regular hours or shifts)
    r"|\bfull[- ]time,?[^\S\n]?regular\b(?! (?:hours?|schedules?|shifts?|basis|work\w*|days?)\b)|\bEOBI\b|\bmulazmat mustaqil\b|\bmustaqil (?:mulazmat|naukri|job)\b"
    r"|مستقل ملازمت|مستقل نوکری|کمپنی کا ملازم|\bcontract van (?:on)?bepaalde duur\b|\bals bediende\b"
    r"|ملازمت\s?:\s?مستقل"  # a job ad's label in Urdu: "ملازمت: مستقل" (employment: permanent)
    # Belgian white-collar contract; "an employment contract with us", "een contract bij ons zelf"
    r"|\bbediende(?:n)?contract\b|\bemployment contract\b|\bcontract (?:bij|met) ons\b"
    r"|\b(?:je bent|jij bent|u bent|jy is) (?:\w+ )?(?:'n |een )?werknemer\b|\bvia (?:onze |de )?cao\b"
    # A fixed-term employment contract: "fixed-term 12 months", "12 maande kontrak", "vastetermynkontrak"
    r"|\bfixed[- ]term\b(?! (?:project|engagement|freelance|consult))|\b(?:\d{1,2}|een|twee|drie|vier|ses|nege|twaalf)[- ]?maande?[- ]kontrak\b|\bmet UIF\b|\bvastetermyn\w*",
    split=True,
)
CONTRACTOR = ci(
    r"\b1099\b|\bindependent (?:contractor|agent|business|consultant|sales rep(?:resentative)?)s?\b|\bcontractor (?:position|role|basis)\b"
    r"|\bas an? (?:\w+ )?contractors?\b|\bown business entity\b|\byour own (?:business|company|LLC)\b"
    r"|\bbusiness entity\b|\bself[- ]employed\b|\bfreelance(?:r|rs)?\b|\bcontract (?:position|role|basis|work)\b"
    r"|\bby contract\b|\bservice partners?\b|(?<!helps )(?<!help )(?<!small )(?<!serve )(?<!serving )(?<!for )(?<!our )(?<!and )(?<!local )\bbusiness owners?\b|\b(?:run|own) your own (?:business|agency)\b"
    r"|\((?:remote,? )?(?:contractor|1099)\)|\bnot an? employee\b|\bon a contract basis\b"
    # Australia's business number: "You'll invoice fortnightly under your own ABN", "Contract Agent (ABN)"
    r"|\b(?:your own|own|an active|a valid|your) ABN\b|\bABN (?:holders?|required|contractors?)\b|\(ABN\)"
    r"|\bzzp(?:'?er|ers)?\b|\b(?:als|statuut:?) zelfstandige\b|\bzelfstandige in bijberoep\b|\bkvk[- ]inschrijving\b|\beigen onderneming\b|\bonafhanklike kontrakteur\b"
    r"|\b(?:jy is|u is|as) 'n kontrakteur\b|\bkontrakteur(?:s)?basis\b"
    r"|\bproject[- ]based\b(?! employees?\b)|\bper project\b"
    # The status as a label: "Contractor. Philippines only.", "$6/hr, contractor", "Contractor set-up"
    r"|(?:(?<![^\n(|,·•–.])|(?<![^\n(|,·•–.] ))contractor\b(?=\s*(?:[.,|)\n]|\Z))|\bcontractor (?:set-?up|engagement|arrangement|agreement)\b"
)
# Benefits only employees get: with no status stated, an offer that gives them hires employees.
EMPLOYEE_BENEFITS = ci(
    r"\b(?:health|medical|dental|vision) (?:insurance|benefits|coverage|plan)\b|\bmedical,? dental\b|\b401\s?\(?k\)?"
    # "extended health + dental" (Canada), "medical/dental/vision"
    r"|\bextended health\b|\bmedical\s?/\s?dental\b|\bhealth\s?(?:\+|&|and)\s?dental\b"
    r"|\bpaid time off\b|\bPTO\b|\bpaid (?:vacation|holidays|sick (?:leave|days))\b|\bHMO\b|\b13th[- ]month\b"
    r"|\bSSS\b|\bPhilHealth\b|\bPag-?IBIG\b|\bUIF\b|\bprovident fund\b|\bmedical aid\b|\bPF\b|\bESIC?\b"
    r"|\bRRSP\b|\b(?:full|comprehensive) benefits\b|\bbenefits (?:package|from day|on day|eligible)\b"
    r"|\bvakantiegeld\b|\bpensioen(?:regeling)?\b|\bmediese fonds\b|\bpensioenfonds\b"
    # Australia and New Zealand: leave and the employer's retirement contribution come with employment.
    r"|\b(?:\w+ weeks?['’]? (?:paid )?|paid )annual leave\b|(?:\+|\bplus) (?:\d{1,2}(?:\.\d+)?% )?super(?:annuation)?\b|\bKiwiSaver\b",
    split=True,
)


def extract_status(scanner: Scanner, found: Collector) -> None:
    for pattern, value in ((EMPLOYEE, "employee"), (CONTRACTOR, "contractor")):
        for m in scanner.find(pattern):
            if scanner.in_question(m.start()):  # "Freelance ba or employee?" asks, the answer tells
                continue
            if not scanner.negated(m.start(), 40) or m.group().lower().startswith("not"):
                found.add("worker_status", value, m.start(), m.end())
    for m in scanner.find(EMPLOYEE_BENEFITS):
        if not scanner.negated(m.start(), 25):
            found.add("employee_benefits", "employee", m.start(), m.end())


# --- Q3 equipment ----------------------------------------------------------------------------------
GEAR = (
    # A skill is no gear: "good computer and typing skills", "comfort using a computer", "comfortable on a computer".
    ("needs_computer", r"\b(?:(?<!in the )(?<!on the )(?<!into the )(?<!using a )(?<!using )(?<!on a )computer"
     r"(?![- ](?:knowledge|skills?|literacy|literate|proficiency|savvy|basics|operations?|science|engineering))"
     r"(?! (?:and|&) \w+ skills?)|laptop|(?<!remote )desktop|PC|windows (?:10|11)|high[- ]speed internet|skootrekenaar|rekenaar"
     r"|کمپیوٹر|لیپ ٹاپ)\b"),
    ("needs_landline", r"\b(?:land[- ]?line|corded (?:tele)?phone|hard[- ]?wired (?:phone|line)|(?<!busy )(?<!the )phone line)\b"),
    ("needs_headset", r"\bheadsets?\b"),
    ("needs_quiet_room", r"\b(?:quiet|distraction[- ]free|noise[- ]free|dedicated (?:work ?space|office|room)"
                         r"|room with a door|private (?:work ?space|room|office))\b"),
)  # fmt: skip
GEAR_RE = ci("|".join(f"(?P<{name}>{pattern})" for name, pattern in GEAR))
PROVIDED = re.compile(
    r"\b(?:provided|provides?|supplied|supplies|supply|issued|loaned|loaner|we (?:will )?(?:ship|send|mail|give)"
    r"|ship(?:s|ped)? (?:to )?you|at no (?:cost|charge)|free of charge|company[- ](?:provided|issued|owned)"
    r"|(?:worden|wordt) (?:op|toe)gestuurd|verstrekt|in bruikleen|van de zaak|word verskaf|gestuur\b"
    r"|(?:ghar pe |ghar par )?bhej(?:egi|enge|ega|i jayegi|a jayega)|company (?:degi|dega|denge|ka hoga|ki hogi|ka hai))\b"
    r"|کمپنی (?:دے گی|دیگی|دے گا|فراہم کرے گی|کی طرف سے)|فراہم (?:کیا|کی) جائے گ[ای]",
    I,
)
SEEKER_SUPPLIES = re.compile(r"\byou(?: will| must| need to)? (?:supply|provide|bring)\b|\byour own\b", I)
BUY_FROM_EMPLOYER = ci(
    # (not a customer's order the work creates: "you'll create the order and the replacement ships from our warehouse")
    r"(?<!create the )(?<!process the )(?<!track the )(?<!cancel the )(?<!update the )"
    # (nor what the employer itself orders: "a background check, which we order and pay for")
    r"(?<!\bwe )(?<!\bwe'll )(?<!\bwe will )"
    r"\b(?:buy|purchase[ds]?|bought|order|rent(?:ed)?|lease[ds]?)\b[^.;\n]{0,60}?\b(?:from|through|via) (?:us|our|the company|the employer"
    r"|[A-Z]\w+'s (?:store|portal|website))\b"
    r"|\b(?:must|required to|need to|have to) (?:buy|purchase|order|rent|lease) (?:our|the company's|a company)"
    r"|\b(?:sold|bought|purchased|available|buy|purchase) (?:only|exclusively) (?:from|through) (?:us|our)\b"
    r"|\b(?:only|exclusively) available (?:from|through) (?:us|our)\b"
    r"|\bour (?:approved|preferred|official) (?:vendor|supplier|store)\b"
    r"|\bpurchased (?:through|from|via) (?:our|the company'?s?) (?:employee |company |staff )?(?:store|shop|portal)\b"
    # Urdu: "کمپنی سے 12,000 روپے کا ہیڈسیٹ ... خریدنا لازمی ہے", "company se headset khareedna hoga"
    r"|کمپنی سے[^.;\n۔]{0,60}خرید|\bcompany se\b[^.;\n]{0,60}\bkhareed\w*"
)
BUY_ANYWHERE = ci(
    r"\b(?:you (?:do not|don't|never) (?:need|have) to (?:buy|purchase) (?:anything|any equipment)"
    r"|(?:equipment|hardware|computer|laptop|everything you need)[^.;\n]{0,40}\b(?:provided|supplied|shipped)"
    # "We provide the headset and laptop at no cost": the employer supplies it, for free, so nothing to buy.
    r"|\bwe (?:will )?(?:provide|supply|ship|send|give)\b[^.;\n]{0,40}\b(?:equipment|hardware|computer|laptop|headset)s?"
    r"\b[^.;\n]{0,30}\b(?:at no (?:cost|charge)|free of charge|for free)"
    r"|(?:buy|purchase) (?:it |them )?(?:anywhere|from any (?:store|retailer|vendor)))"
)


# The employer supplies the gear: "Company-provided laptop & headset", "Laptop is shipped to you", "We provide a
# MacBook", "Equipment provided", "laptop and headset by company", "company-issued laptop".
GEAR_WORDS = (
    r"(?:equipment|hardware|laptops?|computers?|pc|macbook|headsets?|monitors?|gear|devices?|kit|skootrekenaar|rekenaar|kopstuk"
    r"|apparatuur|toerusting)"
)
EQUIPMENT_PROVIDED = ci(
    rf"\bcompany[- ](?:provided|issued|owned|supplied|laptop|computer|headset|equipment)\b"
    # "werkplek-set wordt thuisbezorgd"
    r"|\bwerkplek(?:-?set)?\b[^.;\n|]{0,10}\b(?:wordt|worden) (?:thuis ?)?bezorgd\b"
    r"|\b(?:voorsien|verskaf)\w*\b[^.;\n]{0,30}\btoerusting\b"
    rf"|\b{GEAR_WORDS}(?: and (?:a )?{GEAR_WORDS})?(?: is| are| will be)? (?:provided|supplied|issued|loaned|shipped"
    rf"|delivered|sent|mailed)\b|\b{GEAR_WORDS}[^.;\n]{{0,30}}\bby (?:the )?(?:company|employer|us)\b"
    rf"|\b{GEAR_WORDS}\w*\b[^.;\n]{{0,60}}\b(?:kost je niets|kost jou niks|at no cost to you|costs you nothing)\b"
    r"|\b(?:laptop|telefoon|headset|computer)\b[^.;\n]{0,40}\bvan (?:de|het|ons|onze) (?:gemeente|werkgever|zaak|bedrijf|organisatie|bank)\b"
    r"|\b(?:laptop|headset)\b[^.;\n]{0,30}\bkrijg je\b"
    # Dutch, Afrikaans, Tagalog, Urdu: "laptop en headset van de zaak", "in bruikleen", "word verskaf", "company degi"
    rf"|\b{GEAR_WORDS}\b[^.;\n]{{0,40}}\b(?:van de zaak|in bruikleen|van ons|krijg je van ons|worden (?:bij je )?thuisbezorgd"
    rf"|word(?:\s\w+)? (?:verskaf|afgelewer|gestuur)|gratis|verskaf deur|van die maatskappy|provided|libre|company (?:degi|dega|dein[ge]|khud de\w*)|hum denge|voorsien|verskaf)"
    r"|(?:لیپ ٹاپ|ہیڈسیٹ)[^.۔\n]{0,20}(?:کمپنی (?:دے گی|کی طرف سے|کا|کی)|فراہم)"
    r"|\btoerusting (?:word )?(?:verskaf|voorsien)\b"
    rf"|\bons (?:stuur|lewer) (?:vir )?(?:jou )?(?:'n |die )?(?:\w+ )?{GEAR_WORDS}|\bwij leveren:?\s*{GEAR_WORDS}|\btoerusting:\s*verskaf\b"
    rf"|\b(?:we|we'll|company|the company|employer) (?:will )?(?:provides?|supplies|supply|ships?|sends?|gives?|mails?|loans?|lend|lends|posts?)"
    rf"\b(?: you)?(?: with)?(?: a| an| the| all| your)?(?: \w+){{0,2}} {GEAR_WORDS}\b"
    rf"|\b(?:company|employer) provides:|\bequipment:\s*(?:provided|company|we)\b"
    # Indian English calls the computer the "system": "System will be provided by company"
    r"|\bsystem (?:will be |is |shall be )?(?:provided|given|issued) by (?:the )?(?:company|employer)\b"
    # Tagalog: "libre ang laptop", "ipapadala namin ang laptop", "ibibigay ng kumpanya ang headset"
    rf"|\b(?:libre|ipapadala|ipadadala|ibibigay|magpapadala|padadalhan)\b[^.;\n]{{0,25}}?\b{GEAR_WORDS}\b",
    split=True,
)
# A price said as none ("IT kit supplied - no deposit needed", "free of charge") prices nothing.
PRICED = re.compile(
    r"[$₱₹€£]\s?\d|(?<!\bno )(?<!\bany )(?<!without )(?<!n't )(?<!free of )\b(?:deposit|fee|price|cost|pay for|charge)\b", I
)
PRICE_WINDOW = 40  # characters either side of "equipment provided" that may price it
REIMBURSED = re.compile(
    r"\breimburs|\brefund(?:ed)? (?:to you|on your|with your)|\bat no cost to you\b|\bfree of charge\b", I
)


ASKED_WITHIN = 60  # characters from a term to the question mark that makes it asked
# The verb a question opens with, just before the term: "is training paid", "do I need my own laptop", "word die
# opleiding betaal", "Moet ek my eie skootrekenaar hê", "bayad ba ang training", "kya training paid hai", "whether
# laptop is provided", "Sino po magbibigay ng laptop?" (who will give)
ASKING_BEFORE = re.compile(
    r"\b(?:is|are|do|does|will|would|can|could|should|any|whether|who|moet|word|kry|wordt|krijg|hoef|kailangan|may|meron"
    r"|mayroon|ba|sino|sinong|kya|kia)"
    r"\b[^.!?\n]{0,30}\Z",
    I,
)


TAGALOG_QUESTION_WORD = re.compile(r"\bba\b", I)
SHORT_QUESTION = 24  # characters: a question this short is asked, whatever word it opens with


def _asked(scanner: Scanner, start: int) -> bool:
    """Whether the term at `start` is asked about, in a question that ends close after it and opens with a verb
    before it; not a heading written as a question ("Wat bieden wij?") that glued text has joined to the lines
    before it."""
    question_mark = scanner.text.find("?", start, start + ASKED_WITHIN)
    if question_mark == -1 or not scanner.in_question(start):
        return False
    s_start = scanner.sentence(start)[0]
    return (
        ASKING_BEFORE.search(scanner.text, max(s_start, start - 40), start) is not None
        # Tagalog asks with "ba" after the term: "unpaid po ba ang training?"
        or TAGALOG_QUESTION_WORD.search(scanner.text, start, question_mark) is not None
        # a few words with no verb before them, ending the line: "Training paid hai?", "Laptop company de gi?" (Roman
        # Urdu)
        or (len(scanner.text[s_start:question_mark].strip()) <= SHORT_QUESTION and _ends_its_line(scanner.text, question_mark))
        # ... or a short either/or question, its answer after it on the line ("Training paid ya unpaid? -> paid")
        or _either_or_answer(scanner, start) is not None
    )


# "Training paid ya unpaid? -> paid, full tankhwah", "Employee or contractor? contractor": a short either/or
# question states nothing, whatever follows it; the word after it is the alternative chosen.
EITHER_OR = re.compile(r"\s(?:or|ya|yaa|o|of)\s", I)
CHOSEN_AFTER = re.compile(r"[ \t]*(?:->|=>|→|:|-|–)?[ \t]*(?P<word>[^\W\d_]+)")

# The alternative chosen after "paid or unpaid?"
CHOSEN_TRAINING_PAY = {"paid": "paid", "betaald": "paid", "betaal": "paid", "unpaid": "unpaid", "onbetaald": "unpaid",
                       "onbetaal": "unpaid"}  # fmt: skip


def _either_or_answer(scanner: Scanner, start: int) -> str | None:
    """For a term inside a short either/or question, the first word after the question mark on its line ("" when
    none); None when the term is in no such question."""
    text = scanner.text
    question_mark = text.find("?", start, start + ASKED_WITHIN)
    if question_mark == -1:
        return None
    question = text[scanner.sentence(start)[0] : question_mark]
    if "\n" in question or len(question.strip()) > 2 * SHORT_QUESTION or not EITHER_OR.search(question):
        return None
    chosen = CHOSEN_AFTER.match(text, question_mark + 1)
    return chosen.group("word").lower() if chosen is not None else ""


def _ends_its_line(text: str, position: int) -> bool:
    """Whether nothing but spaces, or another question, follows `position` on its line."""
    line_end = text.find("\n", position)
    rest = text[position + 1 : len(text) if line_end == -1 else line_end].strip()
    return not rest or rest.endswith(("?", "؟"))


def extract_equipment(scanner: Scanner, found: Collector) -> None:
    text = scanner.text
    for m in scanner.find(EQUIPMENT_PROVIDED):
        if _asked(scanner, m.start()):
            continue  # "could you confirm ... whether laptop is provided?": the seeker's question, no answer
        # "We provide the headset and laptop for a $99 deposit" is no gift; the pay further along a long sentence
        # ("€15,75/u bruto, betaalde training (3 wkn, ook thuis), apparatuur in bruikleen") prices nothing.
        s_start, s_end = scanner.sentence(m.start())
        near = text[max(s_start, m.start() - PRICE_WINDOW) : min(s_end, m.end() + PRICE_WINDOW)]
        if not scanner.negated(m.start(), 30) and not PRICED.search(near):
            found.answer("buy_from_employer", "no", m.start(), m.end())
            found.signal("equipment_provided", m.start(), m.end())
    for m in scanner.find(GEAR_RE):
        name = m.lastgroup
        if _asked(scanner, m.start()):
            if (reply := scanner.question_reply(m.start())) is not None:  # "Do I need my own laptop? No."
                found.answer(name, reply, m.start(), m.end())
            continue
        c_start, c_end = scanner.clause(m.start(), m.end())
        clause = text[c_start:c_end]
        provided = PROVIDED.search(clause) and not SEEKER_SUPPLIES.search(clause)
        if (
            scanner.negated(m.start(), 40)
            and not re.search(r"\bmust\b|\brequired\b|\bneed", clause[:10], I)
            or provided
        ):
            found.answer(name, "no", m.start(), m.end())
        else:
            found.answer(name, "yes", m.start(), m.end())
    for m in scanner.find(BUY_FROM_EMPLOYER):
        if scanner.negated(m.start(), 50) or REIMBURSED.search(scanner.sentence_text(m.start())):
            found.answer("buy_from_employer", "no", m.start(), m.end())
        else:
            found.answer("buy_from_employer", "yes", m.start(), m.end())
    for m in scanner.find(BUY_ANYWHERE):
        if not _asked(scanner, m.start()):
            found.answer("buy_from_employer", "no", m.start(), m.end())


# --- Q9 hours --------------------------------------------------------------------------------------
HOURS = ci(
    r"(?<![\d.,])(?P<low>\d{1,2})(?:[.,]\d{1,2})?(?:\s?(?:-|–|to|tot)\s?(?P<high>\d{1,2})(?:[.,]\d{1,2})?)?\+?\s?(?:hours|hrs|hr|h|uur|ure|oras)\.?\s?"
    r"(?:/|per|a|each|every|p/|sa isang|in die)\s?(?:week|wk|w|linggo)\b"
    r"|\b(?:minimum|at least|min\.?) (?:of )?(?P<min>\d{1,2}) (?:hours|hrs)\b(?:[^.;\n]{0,20}\bweek)"
    # Dutch and Afrikaans ads give weekly hours bare: "(36 uur)", "24-32 uur", "32-40u"
    # ... but "om 14u" is a time of day ("Past maandag om 14u of dinsdag om 9u30?")
    r"|(?<!\bom )(?<!\bvanaf )(?<!\brond )\b(?P<nl>[1-4]\d)(?:\s?(?:-|–|tot)\s?[1-4]\d)?\s?(?:uur|ure|u)\b"
    r"(?! (?:per |'n |a |in die )?(?:dag|maand|day))"
    # ... and English ones beside the days or on a line of their own: "37 hrs Mon–Sat", "(37.5 hours)"
    # (not a reply time: "contacted within 48hrs")
    r"|(?<!within )(?<!in )\b(?P<en>[1-4]\d)(?:\.\d)?\s?(?:hours|hrs)\b(?=\s?(?:mon|\)|weekly|\n|·|\||$))"
)
# "2 hrs a day", "only 30 minutes a day": a working week of five such days.
# The hours a monthly salary is for: "€2.650 bruto per maand bij 36 uur", "R9 000 p/m o.b.v. 40 ure". They decide the
# salary's hourly rate whatever range the title gives ("24 tot 36 uur").
SALARY_HOURS = ci(
    r"\b(?:per maand|p/m|pm|p\.m\.|a month|per month|monthly)\b[^.;\n]{0,10}?"
    # ... or in brackets after it: "€2.480 - €2.760 bruto per maand (38 uur)"
    r"(?:\b(?:bij|o\.?b\.?v\.?|op basis van|based on) (?P<h>\d{2}) (?:uur|ure|hours|hrs)\b|\((?P<hb>\d{2}) ?(?:uur|ure|hours|hrs|u)\))"
)
HOURS_A_DAY = ci(
    r"\b(?P<h>\d{1,2}(?:\.\d)?)(?:\s?(?:-|–|to)\s?\d{1,2})?\+?\s?(?:hours|hrs|hr|h)\.?\s?(?:(?:a|per|each|every|/)\s?day\b|daily\b)"
    r"|\b(?P<m>\d{1,3})\s?(?:minutes|mins?)\s?(?:a|per|each|every|/)\s?day\b"
    # "4 ghante roz", "6 oras kada araw", "8 uur per dag"
    r"|\b(?P<h2>\d{1,2})\s?(?:ghante|ghantay|oras|uur|ure)\s?(?:roz(?:ana)?|daily|a day|per dag|kada araw|araw-araw|per day)\b"
    # a day's pay and the shift it is for: "$320 per day (5-hr shift)"
    r"|\b(?:per|a) day\s?\(\s?(?P<h3>\d{1,2})[- ]?(?:hours?|hrs?|hr|h)(?: shifts?)?\s?\)"
)
NIGHTS_WEEKENDS = ci(r"\b(?:weekends?|saturdays?|sundays?|nights?|evenings?|overnights?|graveyard)\b")
WEEKDAYS_ONLY = ci(
    r"\b(?:mon(?:day)?\s?(?:-|–|to|through|thru)\s?fri(?:day)?|weekdays only|business hours only|no weekends"
    r"|no (?:nights?|evenings?)(?: or weekends)?)\b"
)
NOT_SCHEDULE = re.compile(r"\bweekend (?:getaway|trip)|\bgood night\b|\blast night\b|\bnight owls?\b", I)


FULL_TIME = ci(r"\bfull[- ]time\b")


def extract_hours(scanner: Scanner, found: Collector) -> None:
    text = scanner.text
    for m in scanner.find(FULL_TIME):
        if not scanner.negated(m.start(), 20):
            found.add("full_time", 40, m.start(), m.end(), "40 (full-time)")
    for m in scanner.find(HOURS):
        value = int(m.group("low") or m.group("min") or m.group("nl") or m.group("en"))
        if 1 <= value <= 80:
            found.add("hours_per_week", value, m.start(), m.end())
    for m in scanner.find(SALARY_HOURS):
        if 1 <= (value := int(m.group("h") or m.group("hb"))) <= 80:
            found.add("salary_hours", value, m.start(), m.end())
    for m in scanner.find(HOURS_A_DAY):
        hours = m.group("h") or m.group("h2") or m.group("h3")
        weekly = float(hours) * 5 if hours else int(m.group("m")) * 5 / 60
        found.add("hours_per_week", max(1, min(80, round(weekly))), m.start(), m.end())
    for m in scanner.find(WEEKDAYS_ONLY):
        found.answer("nights_weekends", "no", m.start(), m.end())
    for m in scanner.find(NIGHTS_WEEKENDS):
        sentence = scanner.sentence_text(m.start())
        if NOT_SCHEDULE.search(sentence):
            continue
        if scanner.negated(m.start(), 30) or re.search(r"\boff\b|\bfree\b", text[m.end() : m.end() + 12], I):
            found.answer("nights_weekends", "no", m.start(), m.end())
        else:
            found.answer("nights_weekends", "yes", m.start(), m.end())


# --- Q10 training ------------------------------------------------------------------------------------
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5,
                "vyf": 5, "ses": 6, "zes": 6}  # fmt: skip
N = r"(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|een|twee|drie|vier|vijf|vyf|ses|zes)"
# Days and weeks in English, Dutch and Afrikaans ("3 weken", "drie weke", "10 dae"), Tagalog ("2 linggo").
DAY_OR_WEEK = r"day|week|business day|dag|dagen|dae|weken|weke|week|linggo"
TRAINING_TERMS = r"training|opleiding|inwerkperiode|inwerk\w*"
TRAINING_LENGTH = ci(
    rf"\b{N}[- ](?P<unit>{DAY_OR_WEEK})s?\b[^.;\n]{{0,25}}?\b(?:{TRAINING_TERMS})\b"
    rf"|\b(?:{TRAINING_TERMS})\b[^.;\n]{{0,60}}?(?:\(|:\s?|\b(?:lasts?|is|of|for|runs?|takes?|van|duur\w*|ng)\s)"
    rf"(?:about |approximately |up to )?{N.replace('(?P<n>', '(?P<n2>')}[- ](?P<unit2>{DAY_OR_WEEK})s?\b"
)
TRAINING_CHARGED = ci(
    r"\b(?:training|opleidings?|cursus)(?:kosten|geld|fooi)\b|\btraining (?:ki |ka )?fee\b|\bbayad sa training\b|"
    # (not the employer's: "they pay for training", "we will pay for your training")
    r"(?<!they )(?<!we )(?<!company )(?<!employer )(?<!we will )(?<!they will )(?<!we'll )"
    r"\bpay (?:for|a fee for) (?:your |the |our )?(?:own )?training\b|\btraining (?:fee|cost|charge)s?\b"
    r"|\btraining (?:costs|is|will cost)\s(?:only\s)?(?:US)?[$₱₹€£]|\b(?:purchase|buy) (?:the |our )?training\b"
    r"|\btraining (?:course|program|materials?) (?:costs?|fee)\b"
    # "may bayad ang training, dalawang libo't limandaang piso ... I-GCash mo lang sa akin": a price, spoken
    r"|\bmay bayad (?:ang |na )training\b(?=[^.;\n]{0,60}(?:\bpesos?\b|\bpiso\b|\blibo|magbayad ka|bayaran mo|gcash|\bmaya\b))"
)
TRAINING_WORDS = r"(?:training|certification|course|nesting|modules?|orientation|induction|onboarding|classes|classroom|academy|shadowing)"
TRAINING_UNPAID = ci(
    rf"\b(?:unpaid|uncompensated)\s(?:[\w-]+\s){{0,3}}?{TRAINING_WORDS}\b"
    # "Training days are not remunerated; salary starts from your first day on the floor"
    # "Training period is non-paid, it is a learning phase"
    rf"|\b{TRAINING_WORDS}(?: days?| hours?| time| period| weeks?)? (?:is|are|will be) (?:not (?:remunerated|paid|compensated)"
    r"|non-?paid|unpaid)\b"
    # "Our 3-week Certification course is completed on your own time before your first paid shift"
    rf"|\b{TRAINING_WORDS}\b[^.\n]{{0,60}}\bon your own time before your first paid (?:shift|day|hour|week)\b"
    # "complete our 60-hour online certification on your own time; it's not paid"
    rf"|\b{TRAINING_WORDS}\b[^.\n]{{0,60}}\bon your own time\b[^.\n]{{0,10}}\bit(?:'s| is) not paid\b"
    # Roman Urdu: "Pehle 15 din training — bila tankhwa", "training 3 hafte ki hogi, us ki tankhwa nahi milegi"
    r"|\btraining\b[^.;\n]{0,30}\b(?:bila|baghair|bina|begair) (?:tankh\w*|salary|pay|muaa?wa?za)\b"
    # (not "training ya laptop ke liye paise nahi maangti": no money asked for it)
    r"|\btraining\b[^.;\n]{0,40}\b(?:tankh\w*|salary|payment|paise|paisay) nahi\b(?! (?:maang|mang|lete|leti|letay|lenge|li ja|liye ja)\w*)"
    r"|\bonbetaalde (?:\w+ )?(?:training\w*|opleiding\w*|inwerkperiode|inwerkdag\w*|meeloopdag\w*|proefweek|proefdag\w*|proefdienst\w*|stage\w*|proeftydperk|proefperiode)\b"
    # "onze opleiding van 2 weken (40 uur); deze is onbetaald"
    r"|\b(?:training|opleiding|inwerk\w+)\b[^.\n]{0,60}\b(?:deze|die|dit)(?: dagen| uren| weken)? (?:is|zijn|wordt|worden) (?:niet (?:betaald|vergoed)|onbetaald|onbezoldigd)\b|\b(?:training|opleiding|inwerkperiode|inwerkweek\w*|meeloopdag\w*|inwerkdag\w*|certificering\w*|e-learning)\b[^.;\n]{0,60}"
    r"\b(?:onbetaald|onbezoldigd|is onbetaal|onbetaal|word nie betaal nie|word nie vergoed nie|niet betaald|niet vergoed"
    r"|sonder betaling)\b"
    # Filipino: "walang bayad ang training period" (the time is unpaid, not the course free); "2 linggo ang training at
    # WALANG BAYAD ito; sahod ay magsisimula kapag naka-floor ka na"
    r"|\bwalang bayad ang training period\b|\btraining\b[^.;\n]{0,30}\bwalang bayad ito\b[^.\n]{0,20}\bsahod\b"
    # "opleiding wat nie betaal word nie", "een online opleiding van 2 weken (ca. 60 uur) — die uren worden niet vergoed"
    r"|\b(?:opleiding|training|kursus)\b(?:[^.;\n]|\.(?= ?\d)){0,80}\b(?:wat|die|dié) (?:uren |ure )?(?:nie betaal word nie|worden niet vergoed"
    r"|word nie vergoed nie|worden niet betaald)"
    r"|\b(?:training|opleiding)s?(?:week|weken|dagen|dag|periode|tydperk)\b[^.;\n]{0,40}\b(?:onbetaald|onbetaal|niet (?:uit)?betaald|niet vergoed"
    r"|sonder betaling)\b"
    # Trial shifts before the paid ones: "De eerste 3 proefdiensten van 4 uur zijn onbetaald"
    r"|\b(?:proefdienst|proefdag|proefshift|meewerkdag)\w*\b[^.;\n]{0,40}\b(?:onbetaald|onbezoldigd|niet betaald)\b"
    r"|\b(?:trial|unpaid) (?:shifts?|days?|weeks?|period)\b[^.;\n]{0,30}\b(?:unpaid|not paid|walang (?:bayad|sahod)|hindi bayad)\b|\bwalang sahod (?:sa |habang )?training\b|\bwalang (?:bayad|sahod) habang (?:nasa |nag-?|nagte-?)?training\b"
    # "Class time is unpaid; pay starts the day you take live calls"
    r"|\bclass(?:room)? time (?:is|will be) (?:unpaid|not paid)\b"
    # "2 weeks training ay WALANG bayad, kailangan mo munang matapos at pumasa bago ka ma-hire"
    r"|\btraining ay walang (?:bayad|sahod)\b[^.;\n]{0,60}\bbago (?:ka )?(?:ma-?hire|ma-?regular)\w*"
    r"|\btrial\b(?: (?:days?|weeks?|period))?[^.;\n]{0,10}\bwalang (?:bayad|sahod)\b"
    r"|\btraining (?:ke dauran )?(?:koi )?tankhwah nahi\b|\btraining\b[^.;\n]{0,40}\b(?:uski|iski|us ki|is ki|uska|iska|us ka|is ka) koi (?:tankh\w*|salary|pay) nahi(?:n)?\b|\btraining (?:ki|ka|ke) (?:koi )?(?:salary|tankh\w*|pay|paise?) nahi(?:n)?\b|\btraining\b[^.;\n]{0,30}\b(?:bina|baghair|bagair|bila) (?:tankhwah|salary|pay)\b"
    r"|\b(?:salary|tankhwah)\b[^.;\n]{0,10}\btraining (?:pass|clear|complete) (?:karne|hone) ke baad\b"
    r"|\btraining\b[^.;\n]{0,40}\b(?:koi )?(?:tankhwah|salary|paise?|paisa) nahi(?:n)? (?:milegi|milega|milti|mileg[ai]|milenge|di jayegi|denge)\b"
    # "ang training ay hindi bayad"; "walang bayad" is "free of charge" unless pay starts only later ("walang
    # bayad, sa production ka pa lang magsisimula sumahod").
    r"|\btraining\b[^.;\n]{0,20}\bhindi (?:bayad|binabayaran)\b"
    # "Training period (1 month): Stipend NIL", "no stipend during training"
    r"|\btraining\b[^.;\n]{0,40}\bstipend\s?:?\s?(?:nil|none|zero|0|n/a)\b|\bno stipend (?:during|for) (?:the )?training\b"
    # "Training: 2 linggo, walang bayad (certificate lang)": a certificate instead of pay
    r"|\btraining\b[^.;\n]{0,20}\bwalang (?:bayad|sahod)\b[^.;\n]{0,5}\(?(?:certificate|certificado|sertipiko) lang\b"
    # Off the payroll while training: "(hindi pa kasama sa payroll habang nagte-training)", "not on payroll during training"
    r"|\bhindi (?:pa )?(?:kasama |kasali )?sa payroll\b[^.;\n]{0,20}\b(?:habang|during|while|sa) (?:\w+-)?\w*training\b"
    r"|\bnot (?:yet )?on (?:the )?payroll (?:during|while|until after) (?:in )?(?:the |your )?training\b"
    r"|\btraining\b[^.;\n]{0,20}\bwalang (?:bayad|sahod)\b[^.;\n]{0,50}\b(?:pa lang|lamang|lang) (?:\w+ )?(?:sumahod|sasahod|magsisimula|magkaka-?sahod)"
    # ... said first: "Walang bayad po yung training, pero pag pumasa ka sa certification exam ... sasahod ka na"
    r"|\bwalang (?:bayad|sahod)\b(?: po)? (?:ang|yung) training\b[^.;\n]{0,80}\b(?:sumahod|sasahod|magsisimula)\b"
    rf"|\b{TRAINING_WORDS}\s(?:[\w-]+\s){{0,3}}?(?:isn'?t|aren'?t|won'?t be) paid\b"
    rf"|\b{TRAINING_WORDS}\s(?:[\w-]+\s){{0,3}}?(?:is|are|will be)\s(?:\w+\s)?(?:not paid|unpaid|voluntary|not compensated"
    rf"|uncompensated|free but unpaid)\b"
    rf"|\b(?:no pay|not paid|without pay) (?:during|for) (?:the )?{TRAINING_WORDS}\b"
    rf"|\b{TRAINING_WORDS}\b[^.;\n]{{0,60}}\b(?<!no )(?<!not )(?<!never )(?<!zero )(?:unpaid|not compensated|uncompensated|not paid|no training allowance)\b"
    r"|(?:ٹریننگ|تربیت)[^.۔\n]{0,20}(?:بلا معاوضہ|بغیر تنخواہ|بغیر معاوضہ)|ٹریننگ[^.۔\n]{0,40}(?:کوئی تنخواہ نہیں|تنخواہ نہیں ملے گی)"
    r"|\b(?:training|opleiding|inwerkperiode|inwerkweek|e-learning)\b[^.\n]{0,60}\b(?:deze|die) (?:uren|dagen|weken) worden niet (?:vergoed|betaald|uitbetaald)\b"
    r"|\be-learning\b[^.;\n]{0,70}\b(?:wordt|worden) niet (?:betaald|vergoed)\b"
    r"|\b(?:done )?on your own time and (?:are |is )?not paid\b"
    r"|\b(?:start|begin)s? (?:earning|getting paid|to earn)\b[^.;\n]{0,30}\b(?:after|once|when)\b[^.;\n]{0,30}"
    r"\b(?:pass|complete|finish)\w*\b[^.;\n]{0,20}\b(?:nesting|training|certification)"
    r"|\btraining (?:stipend|pay|allowance|wage):?\s*(?:none|nil|n/a|zero|\$?0(?:\.00)?)\b"
    r"|\btraining\b[^.;\n]{0,30}\bno (?:stipend|pay|salary|wages?)\b"
    r"|\b(?:pre-?hire|pre-?employment) (?:program|training|course|academy|bootcamp)\w*\b[^.;\n]{0,30}\bunpaid\b"
    rf"|\b{TRAINING_WORDS}\b[^.;\n]{{0,20}}\bwithout (?:a |any )?(?:stipend|pay|salary|allowance)\b"
    # "The three-week classroom beforehand is a learning opportunity ... and is not compensated", "a 5-day course;
    # that week isn't paid", "academy hours are not on the clock"
    rf"|\b{TRAINING_WORDS}\b[^.\n]{{0,80}}\b(?:is|are) not compensated\b"
    # "The certification is online, Monday–Friday 9 a.m. – 3 p.m., and is unpaid" (the times' full stops are no end)
    rf"|\b{TRAINING_WORDS}\b(?:[^.;\n]|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.){{0,90}}\b(?:is|are) unpaid\b"
    rf"|\b{TRAINING_WORDS}\b[^.\n]{{0,60}}\b(?:that|this|those|these) (?:week|weeks|day|days|hours|time|period)\b"
    r" (?:isn'?t|is not|aren'?t|are not|won'?t be) (?:paid|compensated)\b"
    rf"|\b{TRAINING_WORDS}\b[^.;\n]{{0,40}}\b(?:not on the clock|off the clock)\b"
    r"|\bsalary (?:starts|begins) (?:only )?(?:after|once) you (?:clear|pass|complete)\b"
    # Pay that depends on passing: "training hours are paid retroactively only to agents who pass the exam"
    rf"|\b{TRAINING_WORDS}\b[^.;\n]{{0,40}}\b(?:paid|compensated)\b[^.;\n]{{0,25}}\bonly (?:to|for|if|when|once)\b"
    r"[^.;\n]{0,40}\b(?:pass|complete|finish|clear|certif)\w*"
    rf"|\b{TRAINING_WORDS}\b[^.;\n]{{0,40}}\b(?:are|is) (?:on|in) your own time\b",
    split=True,
)
# Said in the next sentence: "a 10-day online certification programme. This period is unpaid". Kept apart from
# TRAINING_UNPAID: a pattern that runs over a full stop is searched in its anchors' neighbouring sentences too.
TRAINING_UNPAID_NEXT_SENTENCE = ci(
    # (a description may come between: "Your first week is job shadowing: you'll listen in on live calls with a senior
    # agent, Mon–Fri 9–5. This week is unpaid"; "a 3-week certification class online (Mon–Fri, 9–4). The class is unpaid")
    rf"\b{TRAINING_WORDS}\b[^.\n]{{0,80}}[^\w\s,;:]\s+(?:this|that|the) (?:period|programme|program|course|time|week|phase|class)\b"
    r" (?:is|are|will be) (?:unpaid|not paid|not compensated)\b"
    # "Training is 3 wks, M-F 9-5 on Teams. It's unpaid unfortunately"
    rf"|\b{TRAINING_WORDS}\b[^.\n]{{0,40}}[^\w\s,;:]\s+it(?:'s| is| will be) (?:unpaid|not paid)\b"
)
TRAINING_PAID = ci(
    r"\bpaid\s(?:\w+[- ]?){0,3}?(?:training|orientation|induction|onboarding)\b|\bpaid trng\b"
    # "jy word ten volle opgelei (betaal)" (af), "cursus met behoud van salaris" (nl)
    r"|\bopgelei\b[^.;\n]{0,3}\(betaal\)|\b(?:cursus|opleiding|training)\b[^.;\n|]{0,20}\bmet behoud van (?:salaris|loon)\b"
    r"|\btraining (?:is )?paid\b(?!(?: for)? by (?:you\b|the (?:candidate|applicant|agent)))"
    # "New-hire training runs 4 weeks (virtual, 9am–5:30pm ET) and is paid at your regular rate"
    r"|\btraining\b[^.;\n]{0,60}\band (?:is|will be) paid at (?:your|the) (?:regular|full|normal|usual|same|hourly) (?:rate|pay|wage)\b"
    r"|\btraining'?s?\b[^.;\n]{0,40}\b(?:yes, )?that'?s paid\b|\btraining\b[^.;\n]{0,20},\s*bayad\b(?!\s+(?:ka|mo|ng|sa|ang|muna))|\btraining\b[^.;\n]{0,30}\band it'?s paid\b"
    r"|\bbetaalde (?:\w+ )?(?:training|opleiding|inwerkperiode|cursus|induksie)\b|\bbetaald inwerken\b"
    r"|\b(?:training|opleiding|inwerken|inwerkperiode)\b[^.;\n]{0,60}\((?:volledig |gewoon )?betaald\b"  # "Training: eerste week op kantoor (betaald + reiskosten)"
    r"|\b(?:training|opleiding|inwerk\w*)\b[^.;\n]{0,50}[,:]\s*(?:\w+ ){0,3}?(?:volledig |gewoon )?(?:door)?betaald\b|\bopleiding is betaalde\b"
    # Roman Urdu: "Pehle 2 hafte training, tankhwah ke sath"
    r"|\btraining,? (?:bhi )?(?:tankhwah|tankhwa|salary) ke sath\b|\bpoori (?:tankhwah|tankhwa|salary) ke sa+th\b"
    r"|\btraining ke dauran (?:bhi )?(?:poori|puri|full) (?:tankhwah|tankhwa|salary)\b|\b(?:training|opleiding)\b[^.;\n]{0,30}\bword (?:ten volle |volledig )?betaal\b"
    r"|\b(?:training|opleiding)\b[^.;\n]{0,20}\bteen (?:jou )?volle (?:loon|salaris|besoldiging)\b"
    r"|\b(?:training|opleiding)\b[^.;\n]{0,80}\b(?:dit|dié) word (?:ten volle |volledig )?betaal\b"
    r"|\b(?:training\w*|opleiding\w*|inwerkperiode|inwerken|onboarding|inwerkdag\w*)\b[^.;\n]{0,40}\b(?:wordt|is|worden) (?:volledig |gewoon |ook |tegen (?:hetzelfde|het normale|je) (?:tarief|uurloon) )?(?:door|uit)?betaald\b"
    # "Training: May 4 – May 22, virtual, paid at $15.75/hr"; "Training: 10 days induction + 5 days OJT, salary paid
    # from day 1"; "inwerkperiode volledig betaald"
    r"|\b(?:training|orientation|onboarding|induction|nesting)(?: class| course| period)?\b[^.;\n]{0,40}\bpaid at\b"
    r"|\btraining\b[^.;\n]{0,50}\b(?:salary|pay|wages?) (?:is )?paid from (?:day (?:1|one)|the first day)\b"
    r"|\b(?:inwerkperiode|opleiding|training|inwerken)\s+(?:volledig |gewoon )?(?:door)?betaald\b(?! door\b)|\b(?:full )?(?:salary|pay|wages?) (?:is )?paid (?:for|during) the training\b|\btraining (?:ke dauran |ki |ka )?(?:bhi )?(?:tankhwah|salary|paisa|paise) (?:bhi )?mil\w*"
    r"|(?:ٹریننگ|تربیت)[^.۔\n]{0,30}(?:تنخواہ|معاوضہ|پیسے)[^.۔\n]{0,12}(?:ملے گی|ملیں گے|دی جائے گی|ادا کی جائے گی)"
    r"|بامعاوضہ (?:تربیت|ٹریننگ)"
    r"|(?:ٹریننگ|تربیت)[^.۔\n]{0,30}(?:تنخواہ کے ساتھ|بامعاوضہ)|(?:ٹریننگ|تربیت) کے دوران (?:بھی )?(?:مکمل |پوری )?تنخواہ"
    r"|(?:\btraining|ٹریننگ|تربیت)\s?:\s?ادا شدہ"  # "Training: ادا شدہ" (paid)
    r"|\btraining ay bayad\b(?![^.;\n]{0,12}(?:₱|php ?\d|p ?\d))"  # "Training ay bayad, 3 weeks" (not "ay may bayad na ₱2,000")
    r"|\btraining\b(?! fees?\b)[^.;\n]{0,20},\s*(?:fully |full )?paid\b|\bpaid at (?:your |the )?full (?:salary|(?:hourly )?rate)\b|\bmay sahod (?:ang |sa )?training\b|\btraining (?:week |period |days? )?bayad\b(?!\s+(?:ka|mo|ng|sa|ang|muna|po ka))|\btraining with pay\b|\bwith pay (?:ang |during |sa )?training\b"
    # "May bayad ang training" is how Filipino ads say training is paid; with an amount or "magbabayad ka" it costs.
    r"|\bmay bayad (?:ang |na )training\b(?![^.;\n]{0,60}(?:[₱]\s?\d|\bP\d|\bphp\b|\bpesos?\b|\bpiso\b|\blibo|magbayad ka|bayaran mo|gcash|\bmaya\b))"
    r"|(?<!may )\bbayad na training\b(?![^.;\n]{0,40}(?:[₱]\s?\d|\bphp\b|\bpesos?\b|gcash))"  # "iyong BAYAD na training"
    r"|\bbabayaran ka (?:habang|sa|during) (?:ang )?training\b|\btraining\b[^.;\n]{0,30}\b(?:kayo|ikaw) pa (?:ang )?babayaran\b"
    r"|(?<!may )\bbayad (?:po |din |rin )?ang (?:\d+[- ]\w+ )?training\b|\b(?:training|opleiding)\b[^.;\n]{0,25}\b(?:paid (?:hai|hogi|he)|betaald?\b)"
    r"|\b(?:training|opleiding)\b[^.;\n]{0,25}\bteen volle salaris\b|\bbetaalde (?:\w+ )?inwerk\w*"
    r"|\b(?:training|orientation|induction)\s(?:\w+\s){0,2}?(?:is|will be)\s(?:fully\s)?(?:paid|remunerated)\b"
    r"|\btraining (?:ki|ka) (?:poori|puri|full|mukammal) (?:tankhwah|salary|pay)\b|\btraining\b[^.;\n]{0,30}\b(?:us|is) (?:ki|ka) bhi (?:poori |puri |full )?(?:tankhwah|tankhwa|salary|pay) (?:mil\w*|di jayegi)|\btraining (?:ki|ka|ke) bhi (?:poori |puri |full )?(?:tankhwah|tankhwa|salary|pay) (?:mil\w*|di jayegi)|\b(?:training|orientation|induction)\b[^.;\n]{0,15}\(paid\)|\btraining:\s*(?:\d+ \w+)?,?\s*(?:fully |all )?paid\b"
    r"|\b(?:inwerken|opleiding|training):\s*[^.;\n]{0,30},\s*(?:volledig )?betaald\b"
    r"|\bpaid (?:during|for|while (?:you )?(?:are )?(?:in )?)(?: the)? ?train(?:ing)?\b"
    r"|\btraining (?:at|is paid at) (?:full|your|the same) (?:rate|pay|wage)\b|\bget paid to (?:learn|train)\b"
    r"|\bpaid from (?:the |your )?(?:first day|day (?:one|1)) of (?:training|onboarding|orientation)\b",
    split=True,
)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


WALANG_BEFORE = re.compile(r"\bwalang\s*$", re.I)
# ... unless the pay starts only once training is passed: then "walang bayad" is unpaid ("₱20,000 basic pag-graduate
# sa training", "₱21,000/month once endorsed to the account ... pag pasado ka sa assessment").
PAY_STARTS_AFTER_TRAINING = re.compile(
    r"\bpag-?graduate (?:sa|ng) training\b|\bpagka-?graduate (?:sa|ng) training\b|\bonce endorsed\b"
    r"|\b(?:pag|kapag|kung) (?:pasado|pumasa) ka\b"
    r"|\d(?:k|,\d{3})?(?:\s?/\s?(?:month|mo|buwan))? after training\b",  # "₱20k/month after training"
    re.I,
)
# "Training: 2 weeks, walang bayad", "ang 3-week training ay walang bayad": the training time is unpaid (not "libre ang
# training, walang bayad sa pag-apply", no fee to apply).
TRAINING_WALANG = ci(r"\btraining\b[^.;\n]{0,25}\bwalang (?:bayad|sahod)\b(?! sa (?:pag-?a?apply|application|aplikasyon))")
# A negation right before an unpaid-training match denies it ("no unpaid training", "not unpaid"); "free" (no fee)
# does not, nor one that belongs to an earlier verb ("agents who do not pass are released without pay for ...").
FREE_IS_NO_DENIAL = re.compile(
    r"(?:\b(?:no|not|never|none|without|zero|geen|niet|nie|walang|hindi|nahi)\b|n't\b)\W*(?:\w+\W+)?$", re.I
)


# "she didn't say if the training is paid", "ask whether training is paid": an indirect question, said of nothing.
IF_ASKED_BEFORE = re.compile(
    r"\b(?:say|said|mention|mentioned|tell|told|specify|specified|state|stated|know|sure|clear|explain|explained"
    r"|confirm|confirmed|ask|asked|check|wonder|wondering)\b[^.;\n]{0,20}?\b(?:if|whether)\s+(?:[\w-]+\s+){0,2}\Z",
    I,
)


def _past_the_question(scanner: Scanner, pattern):
    """The matches of `pattern`; one that runs from a question into its answer ("Is training paid? Training is
    unpaid", "Is de training betaald? De training ... is onbetaald") is searched again in the question alone and in
    the answer alone."""
    for m in scanner.find(pattern):
        question_mark = scanner.text.find("?", m.start(), m.end())
        if question_mark == -1:
            yield m
            continue
        answer_end = scanner.sentence(question_mark + 1)[1]
        yield from scanner.capped(scanner.iter(pattern, m.start(), question_mark + 1))
        yield from scanner.capped(scanner.iter(pattern, question_mark + 1, answer_end))


def extract_training(scanner: Scanner, found: Collector) -> None:
    for m in scanner.find(TRAINING_LENGTH):
        number = _number(m.group("n") or m.group("n2"))
        unit = (m.group("unit") or m.group("unit2")).lower()
        days = number * 7 if unit.startswith(("week", "weke", "linggo")) else number
        if 0 < days <= 180:
            found.add("training_days", days, m.start(), m.end())
    patterns = (
        (TRAINING_CHARGED, "charged"),
        (TRAINING_UNPAID, "unpaid"),
        (TRAINING_UNPAID_NEXT_SENTENCE, "unpaid"),
        (TRAINING_PAID, "paid"),
    )
    if "walang" in scanner.low:
        for m in scanner.find(TRAINING_WALANG):
            if not _asked(scanner, m.start()):
                found.add("training_pay", "unpaid", m.start(), m.end())
    for pattern, value in patterns:
        for m in _past_the_question(scanner, pattern):
            if IF_ASKED_BEFORE.search(scanner.before_in_clause(m.start(), 50)):
                continue
            if _asked(scanner, m.start()):
                # "... is training paid and do I need my own laptop?": the seeker asks; a "Yes." or "No." after it
                # answers, anything else leaves it open
                if (chosen := _either_or_answer(scanner, m.start())) is not None:
                    if CHOSEN_TRAINING_PAY.get(chosen) == value:  # "Training paid ya unpaid? -> paid"
                        found.add("training_pay", value, m.start(), m.end())
                    continue
                reply = scanner.question_reply(m.start())
                if reply == "yes":  # "Is de inwerkweek echt helemaal onbetaald? ... Ja, ..."
                    found.add("training_pay", value, m.start(), m.end())
                elif reply == "no" and value in ("paid", "unpaid"):
                    found.add("training_pay", "unpaid" if value == "paid" else "paid", m.start(), m.end())
                continue
            negated = scanner.negated(m.start(), 30)
            if value == "charged" and FEE_WARNING.search(scanner.sentence_warning_text(m.start())):
                continue  # "Horizon BPO kabhi bhi ... training fee nahi leti": a warning, not a charge
            if value == "charged" and negated:
                continue
            if value == "paid" and negated:
                if (
                    m.group().startswith("bayad")
                    and WALANG_BEFORE.search(scanner.before_in_clause(m.start(), 12))
                    and not PAY_STARTS_AFTER_TRAINING.search(scanner.text)
                ):
                    continue  # "Walang bayad ang training": no fee for it, which says nothing of its pay
                found.add("training_pay", "unpaid", m.start(), m.end())
            elif value == "unpaid" and negated and FREE_IS_NO_DENIAL.search(scanner.before_in_clause(m.start(), 30)):
                continue  # "not unpaid", "no unpaid training"; a "FREE certification (2 weeks, unpaid)" stays unpaid
            else:
                found.add("training_pay", value, m.start(), m.end())


# --- Q5 experience, Q11 benefits and citizenship -----------------------------------------------------
EXPERIENCE = ci(
    r"\bexperience (?:is |are )?(?:required|necessary|needed|a must|mandatory)\b"
    r"|\bervaring (?:is )?(?:vereist|verplicht|een must)\b|\bervaring (?:in|met|als) (?:een |de |het )?\w+|\bwerkervaring\b|\b(?:minimaal |minstens )?\d+ jaar (?:werk)?ervaring\b"
    r"|\bondervinding (?:is )?(?:'n )?vereis(?:te)?\b|\b\d+ jaar ondervinding\b|\btajurba (?:zaroori|lazmi)\b(?! nahi)"
    r"|\bbilingual\b|\btweetalig\b|\b(?:fluent|native) (?:in )?(?:spanish|french|german|japanese|mandarin|portuguese)\b"
    # A licensed or skilled role: its high pay is no bait ("Active compact RN license required").
    r"|\b(?:RN|LPN|nursing|insurance|life (?:&|and) health|P&C|producer|series \d+|CPA) licen[cs]e\b"
    r"|\blicensed (?:agent|nurse|insurance|producer|health|life|professional)|\bregistered nurse\b"
    r"|\bmust (?:hold|have) an? (?:active |valid |current )?(?!driver)\w+(?: \w+)? licen[cs]e\b"
    r"|\b(?:bachelor'?s|associate'?s|college) degree (?:is )?required\b|\b(?:SQL|API|SaaS|Tier[- ]?[23])\b"
    r"|\b(?:\d+|one|two|three|four|five|six)\+?\s(?:years?|yrs?|months?)\s(?:of\s)?(?:\w+[- ]?){0,3}?experience\b"
    r"|\b(?:\d+|one|two|three|four|five)\+?\s(?:years?|yrs?)\s(?:in|as an?|doing|working in)\s"
    r"|\b(?:previous|prior|proven)\s(?:\w+\s){0,3}?experience\b|\bexperience in (?:a )?(?:call cent|customer|sales)"
)
NO_EXPERIENCE = ci(
    r"\bno (?:prior |previous |work )?experience(?: is)?(?: needed| necessary| required)?\b"
    r"|\bgeen (?:werk)?ervaring(?: nodig| vereist)?\b|\bgeen ondervinding(?: nodig)?\b|\bwalang experience\b"
    r"|\b(?:tajurba|experience) (?:ki )?(?:zaroorat|zarurat) nahi\b|\b(?:tajurba|experience) (?:zaroori|lazmi) nahi\b|\bfresh (?:candidates|graduates)\b|\bfreshers? welcome\b"
    r"|\bexperience (?:is )?not (?:required|necessary|needed)\b|\bwithout (?:any )?experience\b"
    r"|\bno skills? (?:needed|required)\b|\banyone can (?:do|apply)\b|\bbeginners? welcome\b|\bentry[- ]level\b"
)
# A language is a skill that pays more, but an ad calling itself entry level says what experience it wants.
LANGUAGE_SKILL = re.compile(r"bilingual|tweetalig|fluent|native", I)
BENEFITS_YES = ci(
    r"\b(?:health|medical|dental|vision|life) (?:insurance|benefits|coverage|plan)\b|\bmedical,? dental\b|\b401\s?\(?k\)?"
    r"|\bpaid time off\b|\bPTO\b|\bpaid (?:vacation|holidays|sick (?:leave|days))\b|\bHMO\b|\bretirement (?:plan|savings)\b"
    r"|\bbenefits (?:package|include|including|eligible|available|from day)\b|\b(?:full|comprehensive) benefits\b"
    r"|\bSSS,? PhilHealth|\bPhilHealth\b|\bprovident fund\b|\bmedical aid\b"
)
BENEFITS_NO = ci(
    r"\bno (?:employee )?benefits\b|\bbenefits (?:are )?not (?:provided|offered|included|available)\b"
    r"|\bnot eligible for (?:any )?benefits\b|\bwithout benefits\b"
)
CITIZEN_YES = ci(
    r"\b(?:must|need to|required to) be an? (?:U\.?S\.?|US|American|Canadian|Filipino|Indian|South African)?\s?citizens?\b"
    r"|\bcitizenship (?:is )?required\b|\b(?:U\.?S\.?|US|Canadian) citizens only\b|\bcitizens only\b"
    r"|\bonly (?:U\.?S\.?|US|Canadian)? ?citizens\b|\brequires? (?:U\.?S\.? |US )?citizenship\b"
)
CITIZEN_NO = ci(
    r"\bcitizens? or (?:lawful |legal )?(?:permanent )?residents?\b|\bcitizenship (?:is )?not required\b"
    r"|\b(?:do not|don't) need to be an? (?:\w+ )?citizen\b|\bnon-citizens (?:welcome|may apply|are welcome)\b"
    r"|\bcitizens? or (?:\w+ )?(?:green card|work permit|visa) holders?\b"
)


def extract_person(scanner: Scanner, found: Collector) -> None:
    text = scanner.text
    no_experience = False
    for m in scanner.find(NO_EXPERIENCE):
        found.answer("experience_required", "no", m.start(), m.end())
        no_experience = True
    for m in scanner.find(EXPERIENCE):
        if no_experience and LANGUAGE_SKILL.match(m.group()):
            continue
        if not scanner.negated(m.start(), 25) and not re.search(
            r"preferred|a plus|an asset|helpful", text[m.end() : m.end() + 20], I
        ):
            found.answer("experience_required", "yes", m.start(), m.end())
    for m in scanner.find(BENEFITS_NO):
        found.answer("benefits", "no", m.start(), m.end())
    for m in scanner.find(BENEFITS_YES):
        if not scanner.negated(m.start(), 25):
            found.answer("benefits", "yes", *scanner.trimmed_sentence(m.start(), m.end(), 200))
    for m in scanner.find(CITIZEN_NO):
        found.answer("citizenship_required", "no", m.start(), m.end())
    for m in scanner.find(CITIZEN_YES):
        if not scanner.negated(m.start(), 20):
            found.answer("citizenship_required", "yes", m.start(), m.end())


# --- Q1 work types and direction, Q11 application process ------------------------------------------
WORK_TYPES = (
    (
        "sales",
        r"sales|telemarketing|telesales|cold[- ]call\w*|appointment setting|lead generation|upsell\w*"
        r"|telefonische verkoop|verkoop\w*|verkope",
    ),
    (
        "customer_service",
        r"customer (?:service|support|care)|client (?:service|support|care)|member services|klantenservice\w*"
        r"|klantcontact\w*|kli[eë]ntediens\w*|CSR",
    ),
    ("tech_support", r"technical support|tech support|help ?desk|IT support|troubleshoot\w*"),
    ("verification", r"verification|verify (?:orders|identit\w+|information|accounts|customer)"),
    ("surveys", r"surveys?|market research|polling|opinion research"),
    ("quality_assurance", r"quality assurance|call monitoring|QA (?:analyst|specialist|agent)"),
    ("reservations", r"reservations?|bookings?|travel (?:agent|booking)"),
)
WORK_RE = ci("|".join(rf"(?P<{code}>\b(?:{p})\b)" for code, p in WORK_TYPES))
WORK_TYPE_RES = [(code, ci(p).regex) for code, p in WORK_TYPES]


def _nested_by_first_letter(alternatives: list[str]) -> str:
    """The same alternation, each alternative followed by \\b, grouped by first letter (order kept within a
    letter): the engine tests one letter per group instead of entering every work type's group at every
    character, and alternatives with different first letters can never match at the same place."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0].lower(), []).append(alternative[1:])
    word_end = r"\b"
    return "|".join(rf"\b{letter}(?:{'|'.join(rest + word_end for rest in rests)})" for letter, rests in groups.items())


WORK_ALTERNATIVES = [p[a:b] for _, p in WORK_TYPES for a, b in top_level_branches(p)]
assert all(a[0].isalpha() for a in WORK_ALTERNATIVES), "each work type alternative starts with a letter"
# Finds exactly WORK_RE's matches (same text, same order); the work type is then the first whose pattern
# matches the whole of it, as WORK_RE's groups are tried in order.
WORK_SCAN = ci(_nested_by_first_letter(WORK_ALTERNATIVES))
INBOUND = ci(r"\binbound\b|\banswer(?:ing)? (?:incoming |inbound )?(?:customer )?calls\b|\btake (?:incoming )?calls\b"
                     r"|\breceiv(?:e|ing) (?:incoming )?calls\b")  # fmt: skip
OUTBOUND = ci(r"\boutbound\b|\b(?:make|making|place|placing) (?:outbound |outgoing )?calls\b|\bdialing\b"
                      r"|\bcold[- ]call|\bcall(?:ing)? (?:a list|leads|prospects)\b")  # fmt: skip
APPLICATION = ci(
    r"\b(?:how to apply|to apply,?|apply (?:online|at|via|through|by|here|on)|application process|hiring process"
    r"|(?:send|email|submit) (?:your |a )?(?:resume|CV|application)|online (?:assessment|application)"
    r"|(?:phone|video|virtual) interview)\b"
)


def extract_work(scanner: Scanner, found: Collector) -> None:
    for m in scanner.find(WORK_SCAN):
        if not scanner.negated(m.start(), 20):
            code = next(code for code, regex in WORK_TYPE_RES if regex.fullmatch(m.group()))
            found.add("work_types", code, m.start(), m.end())
    for pattern, value in ((INBOUND, "inbound"), (OUTBOUND, "outbound")):
        for m in scanner.find(pattern):
            if not scanner.negated(m.start(), 20):
                found.add("direction", value, m.start(), m.end())
    for m in scanner.find(APPLICATION):
        found.add("application_process", "stated", *scanner.trimmed_sentence(m.start(), m.end(), 300))
        break
