"""Q4, Q6, Q8: amounts of money, pay (basis, amount, currency, minimum, commission) and fees."""

# ruff: noqa: E501  (long regular expressions read better unbroken)

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import chain

from scoring.extraction.prefilter import first_characters
from scoring.extraction.text import NEGATION_WINDOW, Collector, Scanner, alternatives, ci, matches_at
from scoring.vocabulary import pay_ceiling

# Written the English way ("1,950.50") or the Dutch and Afrikaans way ("1.950,50", "15,25").
# ... and the Indian and Pakistani way, in lakhs ("2,50,000").
NUM = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?![\d,])|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?![\d.])|\d+,\d{2}(?![\d,])"
    r"|\d+(?:\.\d{1,2})?"
)
# After a currency sign, "R15 000" and "₱18 000" group thousands with a space.
NUM_AFTER_SIGN = r"\d+(?=,-)|\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+,\d{2}(?!\d)|\d+(?:\.\d{1,2})?"
# "P21,500", "P22k": Filipino ads write the peso sign as a capital P (only before a grouped or "k" amount).
PREFIX = r"US\s?\$|CA?\s?\$|\$|USD|CAD|₱|PHP|Php|P(?=\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d{1,3}(?:\.\d)?[kK]\b|\d{3,6}(?![\w,.]|[.,]\d)|\d{1,3}(?:\.\d{1,2})?\s?(?:per|/|kada|bawat)\b)|₹|Rs\.?|INR|PKR|ZAR|R(?=\s?\d)|€|EUR|£|GBP"
SUFFIX = r"(?:USD|CAD|AUD|NZD|PHP|[Pp]hp|INR|PKR|ZAR|EUR|GBP|dollars?|pesos?|piso|rupees?|rand|euros?|rupay|روپے)\b|€"
# No lookbehind at the start (it would stop the engine from skipping ahead): the character before a
# match is checked in find_money instead.
MONEY = re.compile(
    rf"(?:(?P<pre>{PREFIX})\s?(?P<n1>{NUM_AFTER_SIGN})(?P<k1>[kK]\b)?"
    rf"|(?P<n2>{NUM})(?P<k2>[kK]\b)?\s?(?P<suf>{SUFFIX})"
    # A range with the currency only at its end: "55,000 - 65,000 روپے"
    rf"|(?P<n4>{NUM})\s?(?:-|–|—|to)\s?(?P<n5>{NUM})\s?(?P<suf2>{SUFFIX}))"
    # The range's top; after a repeated sign it groups thousands as the bottom does ("R 9 000 - R 11 000").
    rf"(?:\s?(?:-|–|—|to)\s?(?:(?:{PREFIX})\s?(?P<n3a>{NUM_AFTER_SIGN})|(?P<n3>{NUM}))(?P<k3>[kK]\b)?(?:\s?(?:{SUFFIX}))?)?"
)
# Trying MONEY only where a match can start (worked out from the pattern) gives the same matches several times
# faster: its alternatives give the engine no first character to skip to.
# Not right after a letter or digit ("[^\W_]" is str.isalnum): the engine skips the letters inside words, which a
# Python loop over every "e" and "r" of the text used to test one by one.
MONEY_START = re.compile(f"(?<![^\\W_])[{re.escape(first_characters(MONEY))}]")
DIGIT_RUN = re.compile(r"\d+")
SIGN_AFTER_LETTER = re.compile(r"(?<=[^\W\d_])[£€₱₹]")
CURRENCY_OF = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "cad": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "nz$": "NZD",
    "nzd": "NZD",
    "₱": "PHP",
    "php": "PHP",
    "p": "PHP",
    "peso": "PHP",
    "pesos": "PHP",
    "₹": "INR",
    "inr": "INR",
    "rs": "INR",
    "rs.": "INR",
    "rupee": "INR",
    "rupees": "INR",
    "rupay": "INR",
    "روپے": "PKR",
    "piso": "PHP",
    "pkr": "PKR",
    "r": "ZAR",
    "zar": "ZAR",
    "rand": "ZAR",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
}
CANADA_WORDS = ("canada", "canadian", "ontario", "alberta", "british columbia", "quebec", "manitoba", "saskatchewan",
                "nova scotia", "new brunswick", "toronto", "vancouver", "calgary", "montreal", "ottawa", "winnipeg")  # fmt: skip
# "$" in an offer for Australia or New Zealand that never mentions the U.S. (nor Canada) is that country's dollar.
AUSTRALIA = re.compile(
    r"\b(?:australian?|sydney|melbourne|brisbane|adelaide|canberra|perth|queensland|new south wales|tasmania|NSW|QLD"
    r"|superannuation|fair work|AUD)\b|(?:\bplus|\+) (?:\d{1,2}(?:\.\d+)?% )?super\b"
    # Victoria only beside another hint (OCEANIA_HINT): alone it may be the city in British Columbia.
    r"|\bvictoria\b",
    re.IGNORECASE,
)
OCEANIA_SIGN = re.compile(r"(?<![\w$])(?:AU?|NZ)(?=\$)")
# One scan of the lower-cased text for a word either search needs: most offers name neither country. Itself behind
# scanner.may_match, which costs nothing but lets through the many offers with "answer" ("nsw"), "supervisor" or
# "audio" in them; this scan then tells the two searches below are not needed.
OCEANIA_HINT = re.compile(
    r"australia|sydney|melbourne|brisbane|adelaide|canberra|perth|queensland|south wales|tasmania|\bnsw\b|\bqld\b|super\b"
    r"|superannuation|fair work|zealand|auckland|wellington|christchurch|kiwisaver|dunedin|\bnz (?:residents|wide|based)\b|\bnz-wide\b"
    # the currency's own code beside a "$" ("$68 AUD per hour"), "living in NZ"
    r"|\baud\b|\bnzd\b|\b(?:in|across) nz\b"
)
NEW_ZEALAND = re.compile(
    r"\b(?:new zealand|auckland|wellington|christchurch|kiwisaver|dunedin|nz (?:residents|wide|based)|nz-wide|nzd|(?:in|across) nz)\b",
    re.IGNORECASE,
)
OCEANIA_BOARD_LINE = re.compile(r"^[ \t]*(?:[Ll]ocation:?[ \t]*)?(?P<country>AU|NZ)[ \t]*,", re.MULTILINE)
US_WORDS = ("u.s.", "united states", " usa", "usd", "us only", "us-based", "us residents", "(us)", "america", "in the us ",
            "the us and")  # fmt: skip
PAKISTAN = re.compile(
    r"\bPakistan|\bPKR\b|Karachi|Lahore|Islamabad|Rawalpindi|Multan|Faisalabad|Peshawar|Quetta|Sialkot|Gujranwala"
    r"|Latifabad|Qasimabad|Sukkur|Bahawalpur|Sargodha|Abbottabad|Mardan|Sindh|Khyber Pakhtunkhwa|Balochistan"
    r"|\bJazzCash|\bEasy ?Paisa|\bCNIC\b|پاکستان|ایزی پیسہ|لاہور|کراچی|اسلام آباد|فیصل آباد|راولپنڈی|ملتان|پشاور"
    # Pay written in Urdu script is Pakistani pay (Indian posts write Hindi or English)
    r"|تنخواہ|روپے"
    # Urdu words Pakistani offers use where Indian ones write Hindi or English ("tankhwah", "tajurba", "rabta")
    r"|\btankh(?:w?ah?)|\btajurba\b|\brabta\b|\bEOBI\b|\bNADRA\b|\bUfone\b|\bZong\b|\bJumeraat\b"
    r"|\bRozee(?:\.pk)?\b|\bMustakbil\b"  # Pakistani job boards
    # "Rs 18,000 mahana", "haftay mein 6 din", "bila muawza": Urdu, where Hindi writes "mahina", "hafte", "bina"
    r"|\bmaa?hana\b|\bhaftay\b|\bmuaa?wa?za\b",
    re.IGNORECASE,
)
CANADIAN_DOLLARS = re.compile(r"\bCAD\b|Canadian dollars", re.IGNORECASE)
# A job board's location line in Canada: "CA, ON, Hamilton" (regions.BOARD_LOCATION reads the place itself).
CANADA_BOARD_LINE = re.compile(
    r"^[ \t]*(?:[Ll]ocation:?[ \t]*)?CA[ \t]*,[ \t]*(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)?[ \t]*(?:,|$)",
    re.MULTILINE,
)
US_BOARD_LINE = re.compile(r"^[ \t]*(?:[Ll]ocation:?[ \t]*)?US[ \t]*,", re.MULTILINE)
US_DOLLARS = re.compile(r"\bUSD\b|US\s?\$|U\.S\. dollars", re.IGNORECASE)
CENTS = re.compile(r"(?<![\d.$R])(\d{1,2})\s?(?:cents?\b|¢|c(?= per\b))", re.IGNORECASE)
PAISE = re.compile(r"(?<![\d.₹])(\d{1,2})\s?paise\b", re.IGNORECASE)
PENCE = re.compile(r"(?<![\w.£$])(\d{1,2})p(?= (?:per|an?|each|for every)\b)")

UNIT_AFTER = re.compile(
    # (the amount may be in brackets after its words: "one dollar and ten cents ($1.10) per Qualified Transfer")
    # (Tagalog hearsay or "only" may come between: "₱350 daw per day", "₱400 lang kada araw")
    r"(?:,-|\))?\s?(?:\(?(?:USD|CAD|AUD|NZD|PHP|INR|PKR|ZAR|EUR|GBP)\)?\s?)?(?:(?:gross|net|base|basic|flat|extra|bruto|netto|in[- ]hand|take[- ]home|CTC|fixed|provisie|commissie|commission|incentive|stipend|daw|raw|lang)\s?)?"
    r"(?:/\s?|p/\s?|per\s+|an?\s+|'n\s+|each\s+|every\s+|for\s+(?:each|every|any)\s+|bawat\s+|kada\s+|fi\s+|فی\s+"
    # Roman Urdu "har" (each) only before a piece of work: "Rs 150 har confirmed call (appointment) par"
    r"|har\s+(?=(?:\w+\s+){0,2}(?:call|sale|transfer|lead|appointment|survey|order)s?\b)"
    # an hour written straight after the amount, as terse ads do: "$18 hr full time", "$17hr" (not "Rs 1,500 HR ke
    # JazzCash number par", human resources)
    r"|(?=(?-i:hr|Hr|hour|Hour)\b))"
    r"(?:(?:\d{1,3}[- ]?min(?:ute)?|\d{1,2}[- ]?(?:hour|hr|oras)(?=[- ]shift)|na-?(?:book|close|complete|approve)d? na|(?<=successful )na|completed|answered|attended|handled|successful|billable|talk|phone|qualified|inbound|outbound|connected|live"
    r"|survey|order|verified|booked|new|monthly|recurring|interested|site|home|transferred|set|closed|kept|resolved|voltooide|afgehandelde|beantwoorde|geworven|nieuwe"
    r"|engaged|sagot na|natapos na|nasagot na|na-?handle na|na-?resolve na"
    r"|afgehandeld|afgerond|afgeronde|gevoerd|gevoerde|geslaagd|geslaagde|gemaakte|beantwoord|suksesvolle|approved|loan|funded"
    r"|talk[- ]time|logged[- ]in|login|scheduled|worked|productive|dispatched|reservation|customer|support|service|sales|claim|paid|showed|held"
    r"|ingelogde?|gewerkte?|productieve?|ingeteken\w*|structurele|vastgelegde|ingeplande?|ingeroosterde?|gemaakte|confirmed|bevestigde?"
    r"|gekwalificeerde|gekwalifiseerde|verkochte|verkoopte|afgehandelde?|volledig|afgenomen|actieve|getekende"
    r"|(?:home[- ])?security)[\s-]+(?:[+&/]\s*)?){0,3}"
    r"(?P<unit>hour|hr|h|minute|min|call|sale|card|year|yr|annum|month|mo|week|wk|day|shift|complete|completion|survey"
    r"|verification|transfer|appointment|appt|lead|loan|class|lesson|kliënt|klient|message|ptp|sign-?up|order|booking|ticket|chat|task|application|enrol?lment|lot|loten|donateur|donor|deal|pledge|interaction|contact|visit|conversion"
    r"|disbursal|disbursement|file login|approved file|approval|interview|demo|admission"
    # Dutch and Afrikaans (uur, maand, dag, jaar), Tagalog (oras, buwan, araw), Urdu (ghanta, mahina, din)
    r"|uur|ure|maand|mnd|dag|jaar|oras|buwan|araw|linggo|ghanta|mahin[ae]|mahana|hafta|din|afgesloten (?:[a-z]*contract|sale|verkoop)|verkoop|kontrak"
    r"|polis|polisse|policy|policies|oproep|oproepe|gesprek|tawag|minuut|minuten|minuto|منٹ|کال|گھنٹہ|گھنٹے"
    r"|verificatiegesprek|verkoopgesprek|klantgesprek"
    r"|gespreksminuut|gespreksminuten|gesprekminuut|gesprekminuten|chatminuut|chatminuten|terugbelverzoek|enquête|enquete|offerte|praatminuut|praatminute|praat-minuut|praat-minute|belminuut|belminuten|beltminuut|beltminuten|afspraak|afspraken"
    r"|getekend contract|getekende overeenkomst)s?\b|(?:\s?(?:bruto|netto|gross|net))?\s?/\s?(?P<u>u)\b"
    r"|\s?(?:(?:gross|net|basic|base|fixed|guaranteed|bruto|netto)\s)?(?P<adv>hourly|uurloon|uurtarief|annually|yearly|monthly|weekly|daily"
    # ("£26,400 pa (37.5 hrs)": a bare "pa" only before a bracket, a bar, a comma, a "+" or the line's end, not the
    # Tagalog "₱500 pa lang")
    r"|p/?h|p\.?a\.|pa(?=[ \t]*(?:[\(|,+\n]|\Z))|p\.?m\.?|p/m|LPA|salary|basic(?: salary| pay)?|base(?= \+)|mahana|maandelijks|maandeliks"
    r"|kada buwan|kada araw|kada oras|sahod|rozana|roz|basiese salaris|basies|p/u|p\.u\.|ماہانہ|روزانہ|fixed|fix|CTC"
    r"|tankh(?:w?ah?))(?![\w])",
    re.IGNORECASE,
)
UNIT_BASIS = {
    # Urdu script: "3 روپے فی منٹ", "فی کال", "فی گھنٹہ"
    "منٹ": "minute",
    "کال": "call",
    "گھنٹہ": "hour",
    "گھنٹے": "hour",
    "hour": "hour",
    "hr": "hour",
    "h": "hour",
    "hourly": "hour",
    "uurloon": "hour",  # "€15,10 bruto uurloon"
    "uurtarief": "hour",
    "ph": "hour",
    "kada oras": "hour",
    "p/h": "hour",
    "minute": "minute",
    "min": "minute",
    "call": "call",
    # Paid per piece of work: like per-call pay, only finished pieces are paid.
    **dict.fromkeys(
        (
            "complete",
            "completion",
            "survey",
            "verification",
            "transfer",
            "appointment",
            "appt",
            "lead",
            "ptp",  # a debtor's promise to pay, what collections agents are paid by
            "order",
            "booking",
            "ticket",
            "chat",
            "task",
            "application",
            "interaction",
            "contact",
            "visit",
            "class",  # an online tutor paid per booked class
            "message",  # a chat moderator paid per message sent
            "lesson",
            "interview",  # a survey interviewer paid per completed interview
            "demo",  # an education counsellor paid per demo class booked
        ),
        "call",
    ),
    "sale": "commission",
    "admission": "commission",  # a student admitted through the caller's counselling
    "card": "commission",  # "₹500 per card approved": credit-card sales
    "loan": "commission",
    **dict.fromkeys(
        ("kliënt", "klient"), "commission"
    ),  # "R500 per kliënt wat aansluit": per client signed up  # "₱800 bawat approved loan": paid per loan the agent sells
    **dict.fromkeys(("sign-up", "signup"), "commission"),  # a donor or member signed up by a fundraiser
    "conversion": "commission",
    **dict.fromkeys(("lot", "loten", "donateur", "donateurs", "donor", "geworven lot", "deal", "pledge"), "commission"),
    "enrollment": "commission",
    "enrolment": "commission",
    # a loan sold by a tele-caller: "₹150 per successful file login + ₹500 per disbursal"
    **dict.fromkeys(("disbursal", "disbursement", "file login", "approval", "approved file"), "commission"),
    **dict.fromkeys(("uur", "ure", "oras", "ghanta", "p/u", "p.u.", "u"), "hour"),
    **dict.fromkeys(
        (
            "afgesloten contract",
            "afgesloten sale",
            "afgesloten verkoop",
            "verkoop",
            "kontrak",
            "polis",
            "polisse",
            "policy",
            "policie",
            "policies",
        ),
        "commission",
    ),
    **dict.fromkeys(
        ("oproep", "oproepe", "gesprek", "tawag", "afspraak", "afspraken", "terugbelverzoek", "enquête", "enquete",
         "verificatiegesprek", "verkoopgesprek", "klantgesprek"),
        "call",
    ),
    **dict.fromkeys(
        (
            "minuut",
            "minuten",
            "minuto",
            "gespreksminuut",
            "gespreksminuten",
            "gesprekminuut",
            "gesprekminuten",
            "chatminuut",
            "chatminuten",
            "praatminuut",
            "praat-minuut",
            "praat-minute",
            "praatminute",
            "belminuut",
            "belminuten",
            "beltminuut",
            "beltminuten",
        ),
        "minute",
    ),  # fmt: skip
    "getekend contract": "commission",
    "getekende overeenkomst": "commission",
    "offerte": "commission",
    "year": "salary",
    "yr": "salary",
    "annum": "salary",
    "annually": "salary",
    "yearly": "salary",
    "pa.": "salary",
    "pa": "salary",
    "p.a.": "salary",
}
# Other periods become a yearly salary: week x 52, month x 12, day or shift x 260 (5 days x 52 weeks).
PER_YEAR = {"month": 12, "mo": 12, "monthly": 12, "week": 52, "wk": 52, "weekly": 52, "day": 260, "daily": 260,
            "shift": 260,  # "₱380 per 8-hour shift": a day's pay
            **dict.fromkeys(("maand", "mnd", "buwan", "mahina", "mahine", "mahana", "maandelijks", "maandeliks", "p.m.",
                             "p.m", "pm", "p/m", "kada buwan", "ماہانہ"), 12),
            **dict.fromkeys(("dag", "araw", "din", "kada araw", "rozana", "roz", "روزانہ"), 260), "jaar": 1,
            **dict.fromkeys(("linggo", "hafta"), 52)}  # fmt: skip
# Where salaries are quoted by the month ("₱19,500 basic", "R11,000 basic", "₹24,000 in hand"), a salary with no
# period is a monthly one; elsewhere a yearly one.
MONTHLY_SALARY_CURRENCIES = {"PHP", "ZAR", "INR", "PKR"}
LAKH = 100_000
UNIT_BEFORE = re.compile(
    r"(?P<salary>salary|annual(?:ly)?|per annum|yearly|a year)|(?P<hour>hourly|per hour|an hour|uurloon|uurtarief)"
    r"|(?P<day>روزانہ\s*$|\brozana\s*$|\broz\s*$|\b(?:roz|rozana|rozaana) ki (?:kamai|kamaai|income|earning)\s*$|\b(?:daily )?(?:dihari|dihaari|dehari|dihadi):?\s*$|\b(?:daily (?:rate|pay|wage|salary)|day rate|arawang sahod|sahod kada araw|dagloon|dagtarief):?\s*$)"
    r"|(?P<call>per (?:(?:qualified|successful|completed|billable|live|warm|connected) )?(?:call|complete\w*|survey|verification|transfer|appointment|lead)(?:\s*\(\s*|:\s*)?$|per (?:\w+ ){1,2}call:?\s*$|\bper (?:\w+ )?(?:gesprek|oproep|tawag):?\s*$"
    r"|\bhar (?:\w+ ){0,3}(?:transfer|call|lead|survey|appointment|appt)(?: \([^()\n]{0,40}\))? (?:par|pe|ke|ka|ki)\s*$|per (?:call|complete\w*|survey)\b|ہر (?:\w+ )?کال پر\s*$"
    r"|\bcalls? (?:at|for|@)\s*$)"
    r"|(?P<commission>\bhar (?:\w+ )?(?:sale|policy|order|bikri|file) (?:par|pe|ke)\s*$|\bper (?:policy|sale|deal|closed deal)\s*$|ہر (?:\S+ )?(?:سیل|فروخت) پر\s*$)"
    r"|(?P<minute>per minute)|(?P<month>\b(?:bruto)?maand(?:loon|salaris)(?: vanaf| van| tussen)?:?\s*$|\bmonthly (?:basic |base |gross )?(?:pay|salary)(?: is| of)?:?\s*$"
    # "Monthly gross of ₹24,000 (PF and ESI as applicable)"
    r"|\bmonthly (?:gross|net|take[- ]home)(?: is| of)?:?\s*$)"
    r"|(?P<basic>\bbasic(?: salary| pay)?:?\s*$|\bsalaris:?\s*$|\bsahod:?\s*$|\btankh(?:w?ah?):?\s*$|تنخواہ:?\s*$)"
    # "Pay: $17", "starting pay $16.75"; not "pls pay $45 for ur ID card", where "pay" is what the seeker does
    r"|(?P<pay>(?:^|[,;:|•(–-]\s*|\b(?:starting|base|take[- ]home|hourly|the|your|our|gross|net|weekly|we|they|will) )pay(?: rate)?:?\s*$"
    r"|\b(?:provincial|ncr|metro manila|regional) rate:?\s*$)",
    re.IGNORECASE,
)
NOT_PAY = re.compile(
    r"\bfees?\b|\bcosts?\b|\bcharge|subscription|purchase|\bbuy\b|invest|deposit|\bkit\b|refundable|bonus|referral"
    r"|you (?:will |must |need to )?pay\b|pay (?:us|for(?! (?:the|this|that) (?:[\w-]+ ){0,3}(?:role|position|job|post)\b)|a fee)|price|licen[cs]e|premium|worth|revenue|sales of|subscribe"
    r"|\bhouden (?:we|wij)\b|\bafgetrek\b|\brental\b|\brent(?:ed)?\b|\bgehuurd\b|\bhuur\b|\bverhuurd\b"
    r"|\bcheck (?:of|for)\b|\bstipend\b|\bdifferential\b|\bincentive\b|کرایہ|فیس"
    r"|\bearn\w* (?:as much as|more than) \Z"  # "Earn as much as ₱60,000 a month!": a claim, not the pay
    # the law's figure, not the offer's: "vanaf 21 is het minimum €14,71 per uur", "the minimum wage is $15"
    r"|\b(?:het|the|legal|wettelijke?|national|federal|state) minimum(?:loon| wage)?(?: (?:is|of|van|was))?\s*\Z"
    r"|\bminimum ?(?:wage|loon) (?:is|of|van|was)\s*\Z"
    # The amount a sending verb moves: "send ₱1,000 to our corporate wallet", though "salary" stands before it
    r"|\b(?:send|sent|transfer|remit|wire)(?: us| me| only| just)?\s+\Z"
    # A job board's own guess at the pay, not the employer's figure: "Estimated $30.1K - $38.1K a year"
    r"|\A\s*(?:estimated|est\.)(?: (?:pay|salary))?:?\s*(?:(?:US)?\$?[\d.,]+[kK]?\s*[-–]\s*)?\Z",
    re.IGNORECASE,
)
# Right after an amount, these words make it something other than pay ("$99 fee", "$3,100 check").
NOT_PAY_AFTER = re.compile(
    r"\s?(?:\w+\s){0,2}?(?:fees?|costs?|charge|deposit|kit|course|tuition|check|cheque|bonus|processing|clearance|vetting"
    r"|stipend|referral|worth|of (?:merchandise|goods|products))\b"
    # "Pay P1,500 for your agent starter kit": what the amount buys follows it
    r"|\s?for (?:your |the |an? |our )?(?:\w+ ){0,2}(?:kit|fee|registration|activation|certification|course|license|licence"
    r"|clearance|vetting|screening|medical)\b",
    re.IGNORECASE,
)
# After a pay unit only a charge makes the amount something else ("$8/week monitoring fee").
NOT_PAY_AFTER_UNIT = re.compile(
    # (on the same line: "$19/hr W2\nNo fees ever." is the pay, then a line of its own)
    # (not "$18/hr via direct deposit": how the pay arrives)
    r"[ \t]?(?:\w+[ \t]){0,2}?(?:fees?|costs?|charge|(?<!direct )deposit|kit|course|tuition|subscription|rent|rental"
    r"|amorti[sz]ation)\b"
    # a premium on top of the rate: "a $1.25/hr language differential", "$2/hr night diff" (on the same line: the
    # next line's "Night differential: 10%" is a field of its own)
    r"|[ \t]?(?:(?!plus\b|and\b)\w+[ \t]){0,2}?(?:differentials?|diff|premium|uplift|supplement)\b"
    r"|\s?(?:word |wordt )?(?:in op|van (?:jou|je) (?:salaris|loon))\b|,?\s?(?:(?:which|that) (?:is|are|will be|gets) )?(?:auto-?)?(?:deducted|withheld|taken out|taken) (?:from|of)\b"
    r"|[^.;\n]{0,20}\b(?:salary|tankhwah|pay) se (?:cut|kaa?t\w*)\b"
    r"|[^.;\n]{0,30}\b(?:ibabawas|ikakaltas|kakaltasin|kaltas)\b"
    # "R350 per month for the dialler and CRM licence gets deducted from your salary"
    r"|\s?for (?:the |your |a |our )?(?:\w+ ){0,4}?(?:licen[cs]es?|software|dial+er|crm|laptop|headset|equipment|platform|seat)\b"
    r"|[^.;\n]{0,60}\b(?:gets|is|are|will be) (?:deducted|withheld|afgetrek|ingehouden)\b",
    re.I,
)
PER_PIECE_BEFORE = re.compile(
    r"\b(?:per|for (?:each|every)) (?:\w+ )?(?:call|complete\w*|survey|transfer|lead|appointment|interaction|contact)\s*\(\s*$",
    re.I,
)
PER_PIECE_BRACKETED = re.compile(
    r"\bhar (?:\w+ ){0,2}(?:transfer|call|lead|survey) \([^()\n]{0,40}\) (?:par|pe|ke|ka|ki)\s*$", re.I
)
SUPER_AFTER = re.compile(r"\s*(?:\+|plus)\s*(?:\d+(?:\.\d+)?\s?%\s*)?super(?:annuation)?\b", re.I)
# A bare amount followed by extras is the base of a monthly salary where salaries are quoted by the month.
PLUS_EXTRA = re.compile(
    r"\s?(?:\+|plus|and)\s?(?:(?:[₱R₹$]|Rs\.?)\s?[\d.,]+k?\s|[\d.,]+\s?(?:k|hazaa?r)?\s)?(?:\d+\s?%\s)?(?:\w+\s){0,2}?(?:[\w-]*toelae|allowances?|bonus\w*|incentives?|commission|kommissie|komisyon|benefits"
    r"|hmo|overtime|night diff\w*|nd|13th[- ]mo(?:nth)?|increments?)\b",
    re.I,
)
# "Salary nahi hai", "salary: none": the label says there is none.
SALARY_DENIED = re.compile(r"\s*:?\s*(?:nahi|nahin|none|nil|nothing)\b", re.I)
SALARY_RANGE_LABEL = re.compile(r"\bsalary[_ ]range:?\s*$", re.I)
YEARLY_WORD = re.compile(r"annual|yearly|per annum|a year", re.I)
# A large dollar or pound amount with no period is a yearly salary when what follows says it is pay.
YEARLY_BY_WHAT_FOLLOWS = re.compile(
    r"\s?(?:base\b|OTE\b|DOE\b|annual\b|yearly\b|depending on (?:experience|skills)\b|\+\s?(?:bonus|commission|equity|benefits|OTE|super)\b|plus (?:bonus|commission|benefits|super)\b)"
    # A terse list's own item: "CSR | $38,500 | Full-time", "Adviser, £25,800, permanent", "Rep – $42,000 – Remote"
    r"|[ \t]*\||[ \t]*(?:\n|\Z)|,\s?(?:permanent|full[- ]time|part[- ]time|w-?2|employee|regular|negotiable|remote|hybrid)\b"
    r"|\s[–—-]\s(?:remote|hybrid|full[- ]time|permanent|w-?2)\b",
    re.I,
)
# Where salaries are quoted by the month, an amount with no period is the monthly salary when what follows says
# so: "Rs 15k in hand", "₹24,500 in-hand + PF", "Rs 40,000 + EOBI", "| PKR 60k | Permanent |".
MONTHLY_BY_WHAT_FOLLOWS = re.compile(
    r"\s?(?:in[- ]hand|take[- ]home)\b|\s?\+\s?(?:eobi|pf|esi|sss|philhealth|pag-?ibig|hmo|uif|medical)\b|[ \t]*\|"
    r"|\s(?:depende|depending|depends|doe)\b"
    # ... or nothing follows on its line, or the status does: "PKR 80,000 – 95,000", "₱18,000 - ₱22,000, HMO",
    # "CSR WFH - Rs 45,000 - permanent"
    r"|[ \t]*(?:\n|\Z)|(?:,|\s[-–])\s?(?:hmo|eobi|pf|permanent|full[- ]time|part[- ]time|negotiable|neg|regular|probationary|paid training"
    r"|contractual|employee|remote|hybrid"
    # ... or the shift: "62 hazar, US shift", "25k - night shift"
    r"|(?:US|UK|AU|night|day|morning|evening|rotational|rotating) shift)\b",
    re.I,
)
# A sentence about the one before: "This step is required before we can schedule your interview.", "A valid licence key
# is required before we can schedule your skills interview."
REFERS_BACK = re.compile(
    r"\s*(?:this|that|it|the (?:fee|payment|check|screening|step)|(?:a|the|your) (?:valid |paid )?(?:licen[cs]e|kit)\b)\b",
    re.I,
)
# A rate per sale earlier in the sentence: the amounts after it are what other sales earn, not fees.
COMMISSION_LIST_BEFORE = re.compile(r"\bper (?:sale|policy|polis|deal|enrol\w*|sign-?up)\b[^.;\n]{0,60}[,;]\s*\Z", re.I)
# Named before the amount: "stipend ₹2,000 for the full training", "toelae: R500".
GIVEN_BEFORE = re.compile(
    r"(?:\bstipend|\ballowance|\bsubsidy|toelae|toelage|vergoeding|\bbonus|\bincentive)\s*(?::|of|van)?\s*$", re.I
)
# An amount the employer gives, not a charge: "a $40/mo internet stipend", "R500 data allowance".
GIVEN_AFTER = re.compile(
    # ... or joined to what it is for: "R300 data-toelae per maand", "€2,35 thuiswerkvergoeding"
    r"(?:\s?/\s?\w+)?\s?(?:[\w&-]+\s){0,3}?(?:[\w&]+-)?(?:stipend|allowance|subsidy|reimbursement|bonus|budget|\w*vergoeding|\w*toelae"
    r"|\w*toelage)\b"
    # "a £25 monthly broadband contribution" (the employer's to the seeker's bills)
    r"|\s?(?:monthly |weekly )?(?:broadband|internet|utility|utilities|home[- ]office|wfh|data) contribution\b",
    re.I,
)
# After "bayad": the seeker is the one paid ("bayad ang training", "bayad tuwing Biyernes"), not the one paying.
SEEKER_IS_PAID = re.compile(
    r"\s(?:din |rin )?(?:ang (?:\d+[- ]\w+ )?(?:training|orientation)\b|tuwing\b|every\b|kada (?:linggo|kinsenas|buwan)\b|sa (?:katapusan|kinsenas)\b)",
    re.I,
)
LAKH_WORD = re.compile(r"LPA|L\.P\.A|lakh|lac|لاکھ", re.I)
PREMIUM_BEFORE = re.compile(r"\+[ \t]?\Z")  # on the same line: "Leeftijd 21+\n€11,50 per uur" is pay
# Hourly pay only while on a call is pay per minute on the phone: "$13/hr for time on calls only".
TALK_TIME_ONLY = re.compile(
    r"[^.;\n]{0,30}?\b(?:for (?:time on (?:the )?(?:calls?|phone)|talk time) only|only (?:for|while|when) (?:on (?:a |the )?"
    r"(?:calls?|phone)|talking|talk time)|of talk time\b|talk[- ]time only)",
    re.IGNORECASE,
)
AFTER_PLUS = re.compile(r"\+|\bplus\b", re.IGNORECASE)
# "If your calls come to less, we top you up to $14 an hour": a floor (MINIMUM_YES), its amount the guaranteed one.
TOPPED_UP_TO = r"\btop you up to\b|\bpay is topped up to\b"
GUARANTEE = re.compile(
    r"guarantee|minimum|at least|(?:no|never|not) (?:\w+ ){0,2}less than|floor|gegarandeerd|gewaarborg|gewaarborgde|waarborg"
    rf"|{TOPPED_UP_TO}",
    re.IGNORECASE,
)
# "22 cents per talk minute OR $13.00 per logged-in hour, whichever is higher": the hourly rate is the floor.
GUARANTEE_AFTER = re.compile(r"[^.;\n]{0,40}?\bwhichever is (?:higher|greater|more)\b", re.IGNORECASE)
# "Sirf commission base: ..." is commission only; "walang base pay, pero $250 per sale", "no base, $40 per sale" deny it
BASE = re.compile(r"(?<!commission )(?<!walang )(?<!\bno )(?<!without )(?<!geen )\bbase\b", re.IGNORECASE)
# An amount cut from the pay in Roman Urdu, "Rs 3,500 tankhwah se katenge" (the salary word is read as the unit).
CUT_FROM_PAY_AFTER = re.compile(r"[ \t]+se[ \t]+(?:kat|kaat)\w*", re.IGNORECASE)
# ... or said after it: "$6.50/hr base + up to $12/hr in sales bonuses"
BASE_AFTER = re.compile(r"[ \t]*(?:base|basic)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    amount: Decimal
    top: Decimal | None
    currency: str


def _decimal(number: str | None, thousands: str | None) -> Decimal | None:
    """ "1,950.50", "1.950,50", "15,25", "18 000" as a Decimal; "k" multiplies by a thousand."""
    if not number:
        return None
    digits = re.sub(r"[\s\u00a0\u202f]", "", number)
    last = max(digits.rfind(","), digits.rfind("."))
    if last != -1 and len(digits) - last - 1 in (1, 2):  # a decimal separator, whichever it is
        digits = re.sub(r"[,.]", "", digits[:last]) + "." + digits[last + 1 :]
    else:
        digits = re.sub(r"[,.]", "", digits)
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    return value * 1000 if thousands else value


def _oceania_dollar(text: str, low: str) -> str | None:
    """ "AUD" or "NZD" where the offer is for Australia or New Zealand (its places, its board line), else None."""
    if ("AU," in text or "NZ," in text) and (line := OCEANIA_BOARD_LINE.search(text)):
        return "AUD" if line.group("country") == "AU" else "NZD"
    if AUSTRALIA.search(text):
        return "AUD"
    if NEW_ZEALAND.search(text):
        return "NZD"
    return None


def find_money(scanner: Scanner) -> list[Money]:
    text = scanner.text
    low = scanner.low
    # Substring checks first: these whole-text searches are rarely needed.
    pakistan = scanner.may_match(PAKISTAN) and PAKISTAN.search(text) is not None
    canadian = scanner.may_match(CANADIAN_DOLLARS) and CANADIAN_DOLLARS.search(text) is not None
    # An offer for Canada that never mentions the U.S. means Canadian dollars by "$".
    canadian = canadian or (any(p in low for p in CANADA_WORDS) and not any(p in low for p in US_WORDS))
    canadian = canadian or ("CA," in text and CANADA_BOARD_LINE.search(text) is not None)
    canadian = canadian and not ("US," in text and US_BOARD_LINE.search(text) is not None)  # "US, , " on the board
    dollar = "CAD" if canadian and US_DOLLARS.search(text) is None else "USD"
    if (
        dollar == "USD"
        and not canadian
        and ((scanner.may_match(OCEANIA_HINT) and OCEANIA_HINT.search(low)) or "AU," in text or "NZ," in text)
        and US_DOLLARS.search(text) is None
        and not any(p in low for p in US_WORDS)
    ):
        dollar = _oceania_dollar(text, low) or dollar
    found = []
    if "cent" in low or "¢" in low or "c per" in low:  # what every CENTS match holds: no search without it
        found += [Money(m.start(), m.end(), Decimal(m.group(1)) / 100, None, dollar)
                  for m in scanner.capped(CENTS.finditer(text))]  # fmt: skip
    found += [
        Money(m.start(), m.end(), Decimal(m.group(1)) / 100, None, "GBP") for m in scanner.capped(PENCE.finditer(text))
    ]
    if "paise" in scanner.low:  # "50 paise per minute": rupees
        found += [Money(m.start(), m.end(), Decimal(m.group(1)) / 100, None, "INR") for m in PAISE.finditer(text)]
    # An amount never starts right after a letter or digit (checked below), so those offsets are not tried:
    # inside a long run of digits only the first one is, which keeps this linear in the text's length.
    starts = [c.start() for c in MONEY_START.finditer(text)]
    # ... but a currency sign glued to a word by HTML stripping starts one ("Wessex Building Society£13.20 per hour")
    starts += [c.start() for c in SIGN_AFTER_LETTER.finditer(text)]
    # "A$31.80", "AU$1,900", "NZ$48.00": the "$" after the country's letters starts the amount (the letters would make
    # every capital A and N a place to try)
    oceania = {}
    if "A$" in text or "NZ$" in text:
        oceania = {c.end(): c.start() for c in OCEANIA_SIGN.finditer(text)}
        starts += oceania
    for m in scanner.capped(matches_at(MONEY, text, starts)):
        if m.group("n2") and m.start() and text[m.start() - 1] in "_.,":
            continue
        symbol = (m.group("pre") or m.group("suf") or m.group("suf2") or "").lower().replace(" ", "")
        currency = CURRENCY_OF.get(symbol, "USD")
        if symbol == "$":
            currency = dollar
        start = m.start()
        if start in oceania and symbol == "$":
            currency, start = ("NZD" if text.startswith("NZ", oceania[start]) else "AUD"), oceania[start]
        if currency == "INR" and symbol.startswith(("rs", "rupee", "rupay")) and pakistan:
            currency = "PKR"
        amount = _decimal(m.group("n1") or m.group("n2") or m.group("n4"), m.group("k1") or m.group("k2"))
        top = _decimal(
            m.group("n3a") or m.group("n3") or m.group("n5"), m.group("k3") or m.group("k1") or m.group("k2")
        )
        if amount is None:
            continue
        if top is not None and top < amount:
            top = None
        found.append(Money(start, m.end(), amount, top, currency))
    found += _bare_salaries(scanner, found, pakistan, dollar)
    found.sort(key=lambda m: m.start)
    return found


# "Salary 48k fixed", "Salary: 55,000 + incentives", "sahod 18,000": a salary with no currency sign, which
# posts in Pakistan, the Philippines and India write every day. Read only where the text names one country.
BARE_SALARY = re.compile(
    r"(?:\b(?:salary|tankh(?:w?ah?)|sahod|salaris|fixed|basic(?: pay| salary)?|monthly(?: pay| salary| basic)?)|تنخواہ)\s*+(?:is\s*+|of\s*+)?(?::|[–—-](?=\s))?\s*+"
    r"(?P<n>\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d{2,3}(?:\.\d)?\s?(?:k\b|hazar\b|hazaar\b|ہزار)|\d{4,6})"
    r"(?![\d.,]*\s?(?:%|hours|hrs|per cent))"
    r"(?:\s?(?:-|–|to|se)\s?(?P<top>\d{1,3}(?:,\d{3})+|\d{2,3}(?:\.\d)?\s?(?:k\b|hazar\b|hazaar\b|ہزار)|\d{4,6}))?",
    re.IGNORECASE,
)
# "26000 a month", "25000 kada buwan" (as a voice note's "twenty six thousand a month" reads): the same, the period after.
BARE_MONTHLY = re.compile(
    r"(?<![\d.,$€£₱₹])(?P<n>\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d{2,3}(?:\.\d)?\s?(?:k\b|hazar\b|hazaar\b)|\d{4,6})"
    r"\s?(?:a month|per month|/\s?month|kada buwan|isang buwan|monthly|mahina|mahana|basic|salary|sahod|fixed)\b",
    re.IGNORECASE,
)
# "20k-25k depende sa exp", "19k + allowances": thousands with no sign, a monthly salary where the text names one
# country that quotes salaries by the month (what follows decides, as for any amount there: MONTHLY_BY_WHAT_FOLLOWS).
BARE_K = re.compile(
    r"(?<![\w$€£₱₹.,/-])(?P<n>\d{2,3}(?:\.\d)?\s?(?:k|hazaa?r))(?:\s?(?:-|–|to)\s?(?P<top>\d{2,3}(?:\.\d)?\s?(?:k|hazaa?r)))?\b"
    # ... the thousands said once, after the range: "Sal 20-23k in-hand"
    r"|(?<![\w$€£₱₹.,/-])(?P<low>\d{2,3})(?P<high>\s?(?:-|–)\s?\d{2,3}\s?k)\b",
    re.IGNORECASE,
)
# "600/day", "500 kada araw": a day's wage with no sign, where the text names one country that pays by the day.
BARE_DAILY = re.compile(
    r"(?<![\w$€£₱₹.,/-])(?P<n>\d{3,4})\s?(?:/\s?day|per day|a day|kada araw|/araw|bawat araw)\b", re.I
)
# "19,000 + commission", "18000-20000 + allowances": a salary with no sign, named by what is added to it.
BARE_PLUS = re.compile(
    r"(?<![\w$€£₱₹.,/-])(?P<n>\d{1,3}(?:,\d{3})+|\d{4,6})(?:\s?(?:-|–|to)\s?(?P<top>\d{1,3}(?:,\d{3})+|\d{4,6}))?"
    r"\s?\+\s?(?:commissions?|incentives?|allowances?|bonus(?:es)?|kpi|hmo|benefits)\b",
    re.I,
)
# "laptop ki security 15,000 jama karwa dein", "registration fee 1500 GCash sa akin": a payment with no sign, read
# as money where the text names one country (the fee reader then decides whether it is a fee).
BARE_PAYMENT = re.compile(
    r"(?<![\w$€£₱₹.,/-])(?P<n>\d{1,3}(?:,\d{3})+|\d{3,6})\s?(?:jama (?:kar|karwa|kara)\w*|bhej\w*|ibayad|bayaran\b|gcash\b"
    r"|easypaisa\b|jazzcash\b)"
    r"|\b(?:fees?|security|registration|processing|joining)(?: fee| charges?| deposit)?\s?:?\s?(?P<n2>\d{1,3}(?:,\d{3})+|\d{3,6})"
    r"(?![\d.,]*\s?(?:%|hours|hrs|days|din|araw|calls?))",
    re.I,
)
PHILIPPINES = re.compile(
    r"₱|\bPHP\b|\bpesos?\b|\bPhilippines\b|\bPilipinas\b|\bGCash\b|\bManila\b|\bCebu\b|\bDavao\b|\bLuzon\b"
    r"|(?<!Delhi )(?<!Delhi-)\bNCR\b|\bMakati\b|\bTaguig\b|\bPasig\b|\bQuezon City\b|\bIloilo\b|\bBacolod\b|\bOrtigas\b|\bEastwood\b|\bAlabang\b|\bPampanga\b|\bCavite\b|\bLaguna\b|\bCagayan de Oro\b|\bBaguio\b|\b13th[- ]mo(?:nth)?\b|\bkada buwan\b|\bsahod\b|\bPinas\b|\bPhilHealth\b|\bPag-?IBIG\b",
    re.IGNORECASE,
)
INDIA = re.compile(
    r"₹|\bINR\b|\bLPA\b|\bCTC\b|\bIndia\b|\bBangalore|\bBengaluru|\bMumbai|\bPune\b|\bNoida|\bGurgaon|\bGurugram|\bDelhi|\bMohali|\bPF\b|\bESIC?\b"
    r"|\bChennai|\bKolkata|\bJaipur|\bChandigarh|\bAhmedabad|\bIndore|\bfreshers\b|\bKarnataka|\bMaharashtra"
    r"|\bTamil Nadu|\bTelangana|\bHyderabad|\bRajasthan|\bGujarat|\bKerala|\bHaryana|\bUttar Pradesh|\bWest Bengal|\blacs?\b|\blakhs?\b",
    re.I,
)


# "2.8 LPA", "CTC 3 LPA": lakh per annum is Indian whatever else the text says.
BARE_LAKH = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,2}(?:\.\d{1,2})?)\s?(?:-\s?(?P<top>\d{1,2}(?:\.\d{1,2})?)\s?)?"
    r"(?:LPA|L\.P\.A\.?|lakhs?|lacs?|لاکھ)(?:\s?(?:p\.?\s?a\b\.?|per annum|per year|a year))?"
    # "2.5 lakh PKR monthly", "2 لاکھ روپے ماہانہ"
    r"(?:\s(?:PKR|INR|rupees?|rupay|روپے)\b(?=\s(?:monthly|a month|per month|mahana|ماہانہ)\b))?",
    re.I,
)
BARE_HOURLY = re.compile(
    # (on one line: "Start date: Monday, March 9\nHourly wage: $21.40" is no $9 an hour)
    r"(?<![\w$€£₱₹.,/])(?P<n>\d{1,2}(?:\.\d{2})?)[ \t]?(?:an hour|an hr|/\s?hr\b|/\s?hour\b|per hour|hourly\b|p/h\b)",
    re.I,
)
# ".35/call", ".20 per min": cents written as a bare decimal in terse posts (dollars, where "$" is missing).
BARE_CENTS_PER_PIECE = re.compile(r"(?<![\w$€£₱₹.,])(?P<n>\.\d{2})(?=\s?(?:/|per |a )\s?(?:call|min\b|minute))", re.I)
# "15,60 p/u bruto", "€-less 14,90 per uur": Dutch hourly pay written without the euro sign.
SALARY_RANGE_FIELD = re.compile(r"\bsalary[_ ]range:?[ \t]*(?P<n>\d{1,6})[ \t]?-[ \t]?(?P<top>\d{1,6})\b", re.I)
BARE_EURO_HOURLY = re.compile(r"(?<![\d.,€])(?P<n>\d{2},\d{2})\s?(?:p/u|p\.u\.|per uur|/u\b|bruto per uur|euro)", re.I)
# "2800-3200 bruto pm", "2.650 bruto per maand": a Dutch monthly salary with no sign is in euros.
BARE_EURO_MONTHLY = re.compile(
    r"(?<![\d.,€$])(?P<n>[1-5]\.?\d{3})(?:\s?(?:-|–|tot)\s?(?P<top>[1-5]\.?\d{3}))?\s?bruto\s?(?:pm|p/m|p\.m\.|per maand|/\s?(?:mnd|maand))",
    re.I,
)


def _bare_salaries(scanner: Scanner, amounts: list[Money], pakistan: bool, dollar: str = "USD") -> list[Money]:
    text = scanner.text
    taken = {m.start for m in amounts}
    bare = []
    # A job board's salary field with no sign: "salary_range: 40000-45000", "salary_range: 10-12".
    if scanner.may_match(SALARY_RANGE_FIELD) and all(m.currency in ("USD", "CAD", "AUD", "NZD") for m in amounts):
        for m in scanner.capped(SALARY_RANGE_FIELD.finditer(text)):
            amount, top = _decimal(m.group("n"), None), _decimal(m.group("top"), None)
            if amount and top and top >= amount and m.start("n") not in taken:
                bare.append(Money(m.start("n"), m.end("top"), amount, top if top > amount else None, dollar))
    # "pay is 18.50 an hour": an hourly rate with no sign, in dollars where the text names no other currency.
    if scanner.may_match(BARE_HOURLY) and all(m.currency in ("USD", "CAD", "AUD", "NZD") for m in amounts):
        for m in scanner.capped(BARE_HOURLY.finditer(text)):
            amount = _decimal(m.group("n"), None)
            if amount is not None and 5 <= amount < 100 and m.start("n") not in taken:
                bare.append(Money(m.start("n"), m.end("n"), amount, None, dollar))
    for m in scanner.capped(BARE_LAKH.finditer(text)) if scanner.may_match(BARE_LAKH) else ():
        # A yearly salary in lakhs, read whole: "2.8 LPA", "₹ 3.3-3.9 Lacs P.A."
        amount, top = _decimal(m.group("n"), None), _decimal(m.group("top"), None)
        if amount is not None:
            top = top * LAKH if top is not None and top > amount else None
            bare.append(Money(m.start("n"), m.end(), amount * LAKH, top, "PKR" if pakistan else "INR"))
    for pattern, currency in ((BARE_EURO_HOURLY, "EUR"), (BARE_EURO_MONTHLY, "EUR"), (BARE_CENTS_PER_PIECE, "USD")):
        if scanner.may_match(pattern):
            for m in scanner.capped(pattern.finditer(text)):
                amount = _decimal(m.group("n"), None)
                top = _decimal(m.group("top"), None) if "top" in pattern.groupindex and m.group("top") else None
                if amount is not None and m.start("n") not in taken:
                    end = m.end("top") if top is not None else m.end("n")  # the unit after says the basis
                    bare.append(Money(m.start("n"), end, amount, top if top and top > amount else None, currency))
    return bare + _bare_local_salaries(scanner, amounts, pakistan)


# Patterns that start with a word, searched from every character; the others start with the number's first digit.
WORD_FIRST = (BARE_SALARY, BARE_PAYMENT)


def _bare_local_salaries(scanner: Scanner, amounts: list[Money], pakistan: bool) -> list[Money]:
    text = scanner.text
    patterns = [
        pattern
        for pattern in (BARE_SALARY, BARE_MONTHLY, BARE_K, BARE_DAILY, BARE_PLUS, BARE_PAYMENT)
        if scanner.may_match(pattern)
    ]
    taken = {m.start for m in amounts}
    candidates = []
    # All but BARE_SALARY start with the first digit of a number (their look-behinds rule out a digit before), so
    # they are tried only there: letting the engine try every character was the larger part of their time.
    digit_runs = [m.start() for m in DIGIT_RUN.finditer(text)] if any(p is not BARE_SALARY for p in patterns) else []
    searches = (
        pattern.finditer(text) if pattern in WORD_FIRST else matches_at(pattern, text, digit_runs)
        for pattern in patterns
    )
    for count, m in enumerate(chain.from_iterable(searches), 1):
        if not scanner.within_limits(count):
            break
        number = "n2" if m.re is BARE_PAYMENT and m.group("n") is None else "n"
        if m.re is BARE_K and m.group("n") is None:  # "20-23k": the "k" of the top is the bottom's too
            number = "low"
            amount, top = _bare_number(m.group("low") + "k"), _bare_number(m.group("high").lstrip(" -–"))
        else:
            amount, top = _bare_number(m.group(number)), _bare_number(m.groupdict().get("top"))
        least = 100 if m.re is BARE_DAILY or m.re is BARE_PAYMENT else 1000
        if amount is not None and amount >= least and m.start(number) not in taken:
            candidates.append((m, number, amount, top))
    if not candidates:  # the country searches below read the whole text: only when there is an amount to place
        return []
    # Hyderabad is in India and in Sindh: beside Karachi or Lahore it is the Pakistani one.
    first_india = INDIA.search(text)
    india = first_india is not None and (
        not pakistan or any(m.group().lower() != "hyderabad" for m in INDIA.finditer(text, first_india.start()))
    )
    countries = [c for c, found in (("PKR", pakistan), ("PHP", PHILIPPINES.search(text)), ("INR", india)) if found]
    if len(countries) != 1:
        return []
    bare = []
    for m, number, amount, top in candidates:
        top = top if top is not None and top > amount else None
        # the period after the amount says its basis
        end = m.end("n") if m.re is BARE_MONTHLY or m.re is BARE_DAILY else m.end()
        if m.re is BARE_PLUS:  # what is added follows: the basis is the country's, by the month
            end = m.end("top") if top is not None else m.end("n")
        if m.re is BARE_PAYMENT:  # a sum paid, with no period
            end = m.end(number)
        bare.append(Money(m.start(number), end, amount, top, countries[0]))
    return bare


def _bare_number(number: str | None) -> Decimal | None:
    """ "48,000", "25K", "37.5K" as a Decimal."""
    if not number:
        return None
    number = number.replace(" ", "")
    thousands = re.search(r"(?:k|hazaa?r|ہزار)$", number, re.I)
    return _decimal(re.sub(r"(?:k|hazaa?r|ہزار)$", "", number, flags=re.I), "k" if thousands else None)


def _cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))


@dataclass(frozen=True)
class Rate:
    money: Money
    basis: str
    amount: Decimal
    top: Decimal | None
    end: int
    guaranteed: bool
    base: bool


def unit_basis(word: str) -> tuple[str | None, int | None]:
    """The pay basis of a unit written after an amount ("per call", "/hr", "p/m", "LPA") and the factor to a
    year for salaries; a factor of None for a salary whose period the currency decides ("salary", "basic")."""
    word = word.lower()
    if word.startswith("afgesloten ") and word.endswith("contract"):
        word = "afgesloten contract"  # "€35 per afgesloten energiecontract"
    for spelling in dict.fromkeys((word, word.rstrip("s"), word.rstrip("."), word.rstrip("s").rstrip("."))):
        if (period := PER_YEAR.get(spelling)) is not None:
            return "salary", period
        if spelling == "lpa":  # lakh per annum (India): "₹3.2 LPA"
            return "salary", LAKH
        if spelling.startswith(("salary", "basic", "sahod", "basie", "fix", "ctc", "tankh")) or spelling == "base":
            return "salary", None
        if (basis := UNIT_BASIS.get(spelling)) is not None:
            return basis, 1
    return None, 1


def _salary(money: Money) -> tuple[str | None, int]:
    """A salary with no period: monthly where salaries are quoted by the month, else yearly; too small to be
    a salary is no pay rate at all."""
    if money.amount < 1000:
        return None, 1
    if money.currency in MONTHLY_SALARY_CURRENCIES or (money.currency == "EUR" and money.amount < 10_000):
        return "salary", 12
    return "salary", 1


# "pay" as a noun ("Starting pay", "your pay") names the seeker's pay; alone after a comma it may be the verb, and an
# amount followed by what it buys ("pay $29.99 for Premium status", "pay R350 via EFT") is a price.
PAY_NOUN = re.compile(r"[a-z]\s+pay", re.IGNORECASE)
PRICE_AFTER = re.compile(
    r"\s+(?:for|via|through|thru|using|by (?:card|credit|debit|paypal|gcash|eft))\b"
    r"(?!\s+(?:the |your )?(?:first|1st|initial|training|probation|each|every|all)\b)",
    re.IGNORECASE,
)


# A learnership's or an internship's stipend is its pay ("Stipend: R6 500 per month for the full 12 months").
STIPEND_IS_PAY = re.compile(
    r"\b(?:learnerships?|internships?|traineeships?|apprenticeships?|leerderskap\w*|leerwerkplek\w*)\b", re.I
)


# A freelancer's rate under the label "Fee:" ("Fee: €0.19 per connected call minute"): the pay, per piece of time.
FEE_LABEL_BEFORE = re.compile(r"\A[ \t]*(?:[-•*·][ \t]*)?(?:your |the )?fee\s*:\s*\Z", re.I)
LABEL_LINE_START = re.compile(r"[ \t]*(?:[-•*·][ \t]*)?(?:your |the )?", re.I)
FEE_LABEL_RATE = re.compile(r"\s*:\s*(?:[$€£₱₹]|R(?=\s?\d)|Rs\.?\s?)\s?\d[\d,.]*")
RATE_UNIT = re.compile(r"\s?(?:per|/|an?|each)\s*(?:\w+\s+){0,2}(?:minute|min|call|hour|hr|uur)\b", re.I)
FEE_DENIED_AFTER = re.compile(r"[ \t]+(?:nahi|nahin|nie|wala|nil|none)\b", re.I)
FEE_DENIED_BEFORE = re.compile(r"\b(?:no|never|zero|geen|walang|without|free of)[ \t]+(?:\w+[ \t]+)?\Z", re.I)


def _not_pay(before: str, text: str, end: int, stipend_is_pay: bool) -> bool:
    """Words before or right after an amount that make it something other than pay (a fee, a bonus, a stipend)."""
    if FEE_LABEL_BEFORE.search(before) and RATE_UNIT.match(text, end):
        return False  # "Fee: €0.19 per connected call minute": the rate a freelancer earns
    hits = [
        m.group().lower()
        for m in NOT_PAY.finditer(before)
        # a fee denied before the pay is named: "Hum kabhi koi fees nahi lete 🙏 WFH inbound agent, Rs 52,000/month"
        if not (FEE_DENIED_AFTER.match(before, m.end()) or FEE_DENIED_BEFORE.search(before, 0, m.start()))
    ]
    after = NOT_PAY_AFTER.match(text, end, end + 30)
    if stipend_is_pay:
        hits = [hit for hit in hits if hit != "stipend"]
        if after is not None and after.group().strip().lower().endswith("stipend"):
            after = None
    return bool(hits) or after is not None


# A job board's requisition or reference number that starts with R, right under or after its label ("job requisition
# id\nR51002", "Ref: R20441"): no rand amount.
ID_LABEL_BEFORE = re.compile(r"\b(?:requisition|req|job|reference|ref|vacancy)(?: (?:id|no\.?|number|code|#))?\s*[:#]?\s*$", re.I)


# An hourly rate named well before its amount, then "is": "Het uurloon voor thuiswerkende medewerkers is €12,50".
HOURLY_NAMED_FAR = re.compile(
    r"(?P<hour>\b(?:uurloon|uurtarief|hourly (?:rate|wage|pay))\b)[^.;\n$€£₱₹\d]{0,70}\b(?:is|bedraagt)\s*$", re.I
)


def find_rates(scanner: Scanner, amounts: list[Money]) -> list[Rate]:
    """Amounts with a pay unit ("$15/hr", "$0.45 per call", "salary $30,000-$40,000"), not fees."""
    text = scanner.text
    rates = []
    # ... named in the offer's title line ("CONTACT CENTRE LEARNERSHIP", "Internship: Trainee Agent"), not anywhere
    # ("interns welcome. Everyone gets a $300 monthly stipend for internet")
    title = re.split(r"\n|(?<=[.!?])\s", text.lstrip(), maxsplit=1)[0]
    stipend_is_pay = "stipend" in scanner.low and STIPEND_IS_PAY.search(title) is not None
    for money in amounts:
        if money.currency == "ZAR" and ID_LABEL_BEFORE.search(text, max(0, money.start - 30), money.start):
            continue
        before = scanner.before_in_clause(money.start, 45)
        if before.strip() == "(":  # "paid at your hourly rate ($16.25)": the words before the bracket name it
            bracket = text.rfind("(", 0, money.start)
            before = scanner.before_in_clause(max(0, bracket - 1), 45)
        before = before[before.rfind("\n") + 1 :]  # a line of its own ("pay: $19/hr") starts afresh
        if _not_pay(before, text, money.end, stipend_is_pay):
            continue
        unit = UNIT_AFTER.match(text, money.end)
        if unit and NOT_PAY_AFTER_UNIT.match(text, unit.end(), unit.end() + 30):  # "$8/week monitoring fee"
            continue
        basis, factor, end = None, 1, money.end
        if money.currency in ("INR", "PKR") and LAKH_WORD.search(text, money.start, money.end):
            basis = "salary"  # read whole, in rupees a year ("2.8 LPA fixed"), unless said monthly ("2 lakh mahana")
            word = (unit.group("unit") or unit.group("adv") or "").lower() if unit else ""
            factor = 12 if PER_YEAR.get(word.rstrip("s")) == 12 else 1
        elif unit:
            end = unit.end()
            basis, factor = unit_basis(unit.group("unit") or unit.group("adv") or unit.group("u"))
            if factor is None:
                basis, factor = _salary(money)
        else:
            hints = list(UNIT_BEFORE.finditer(before))
            hint = hints[-1] if hints else None
            if hint is None:
                # "Het uurloon voor thuiswerkende klantenservicemedewerkers is €12,50 bruto": named further back
                hint = HOURLY_NAMED_FAR.search(scanner.before_in_clause(money.start, 100))
            if hint is not None and SALARY_DENIED.match(before, hint.end()):
                hint = None  # "Salary nahi hai, har card approve hone pe ₹1,200 commission": no salary at all
            if hint is not None:
                basis = hint.lastgroup
                if basis == "salary" and money.amount < 200 and SALARY_RANGE_LABEL.search(before):
                    basis, factor = "hour", 1  # "salary_range: 10-12": the field holds an hourly rate
                elif basis == "salary" and YEARLY_WORD.search(hint.group()):
                    basis, factor = "salary", 1  # "annual CTC ₹3,20,000": a year's pay, even in rupees
                elif basis == "salary" or basis == "basic":
                    basis, factor = _salary(money)
                elif basis == "pay" and PAY_NOUN.search(hint.group()) is None and PRICE_AFTER.match(text, money.end):
                    continue  # "..., pay $29.99 for Premium Applicant status": the verb, a price the seeker pays
                elif basis == "pay":  # "Starting pay $16.75": small amounts are hourly, large ones a salary
                    basis, factor = ("hour", 1) if money.amount < 200 else _salary(money)
                elif basis == "day":  # "روزانہ 8,000 روپے": daily pay, as a yearly salary
                    basis, factor = "salary", 260
                elif basis == "month":  # "Brutomaandloon vanaf €2.550"
                    basis, factor = "salary", 12
            elif PER_PIECE_BEFORE.search(text, max(0, money.start - 40), money.start):  # "per complete ($2 each)"
                basis = "call"
            elif PER_PIECE_BRACKETED.search(text, max(0, money.start - 70), money.start):
                basis = "call"  # "Har successful call (transfer) pe Rs 150": the bracket ends the clause before it
            elif money.amount < 200 and SUPER_AFTER.match(text, end):
                basis = "hour"  # "$31.80 + 11.5% super": an Australian hourly rate before superannuation
            elif money.currency in MONTHLY_SALARY_CURRENCIES and (
                PLUS_EXTRA.match(text, money.end) or (money.amount >= 3000 and MONTHLY_BY_WHAT_FOLLOWS.match(text, end))
            ):
                basis, factor = _salary(money)  # "Rs 50,000 + night allowance", "₱18,000 + incentives"
            elif (
                money.amount >= 20_000
                and money.currency in ("USD", "CAD", "GBP", "AUD", "NZD")
                and YEARLY_BY_WHAT_FOLLOWS.match(text, end)
            ):
                basis, factor = "salary", 1  # "$95,000 - $115,000 base", "£28,000 + bonus"
        if basis is None:
            continue
        if basis == "hour" and PREMIUM_BEFORE.search(text, max(0, money.start - 3), money.start):
            continue  # "Bilingual is a plus (+$1.00/hr)": an hourly premium, not the rate ("+ $25 per appointment" is pay)
        amount = money.amount * factor
        top = None if money.top is None else money.top * factor
        if basis == "hour" and TALK_TIME_ONLY.match(text, end):
            basis, amount, top = "minute", amount / 60, None if top is None else top / 60
        ceiling = pay_ceiling(money.currency)
        if amount <= 0 or amount > ceiling or (top is not None and top > ceiling):
            continue
        if basis == "salary" and amount < 1000:  # "$35/month" is a charge or a bonus, never a salary
            continue
        if CUT_FROM_PAY_AFTER.match(text, end):
            continue  # "har mahine Rs 3,500 tankhwah se katenge": taken from the pay, not paid
        # "Guaranteed $5.00/hour + $25 per appointment": what comes after the "+" is guaranteed by nothing.
        own = AFTER_PLUS.split(before)[-1]
        rates.append(
            Rate(
                money,
                basis,
                _cents(amount),
                None if top is None else _cents(top),
                end,
                guaranteed=GUARANTEE.search(own) is not None
                or (basis == "hour" and GUARANTEE_AFTER.match(text, end) is not None),
                # (the base word may be the amount's own unit: "R3,500 basic per month" under "EARN UP TO R9,000")
                base=BASE.search(own) is not None
                or BASE_AFTER.match(text, end) is not None
                or BASE_AFTER.match(text, money.end) is not None,
            )
        )
    return rates


# The seeker's earlier job, told as a reason to ask: "My last job was commission only".
PAST_JOB = re.compile(r"\b(?:my|our) (?:last|previous|old|former|other) (?:job|employer|company|gig|role|one)\b", re.I)
COMMISSION_ONLY = ci(
    r"commission[- ]only|100\s?% commission|straight commission|purely commission|commission[- ]based pay only"
    r"|(?:paid|earn\w*|pay is|income is)\s+(?:\w+\s+){0,2}(?:only|solely|strictly|entirely|purely)\s+(?:on|by|from|in)\s+"
    r"(?:commissions?|sales)|(?:only|solely|strictly|entirely) commission"
    r"|100\s?% incentives?(?:[- ]based)?|incentive[- ]based only"
    r"|slegs kommissie|alleen (?:op )?commissie|puro (?:na )?komisyon|komisyon lang|commission lang|sirf commission"
    r"|enkel (?:op )?commissie|uitsluitend (?:op )?commissie|alleen provisie|uitsluitend provisie|sirf incentive|only incentives?|\bincentives? only\b(?!\s+(?:after|apply|applies|for|if|when|once|on|during|from|until|to|in|at|with)\b)|صرف کمیشن"
    r"|commission basis lang|\bnet kommissie\b|\bsirf per sale\b|\bno basic (?:salary|pay)\b|\bno fixed (?:salary|pay|wage|income)\b|\bno base rate\b|\bgeen basis ?(?:uur)?loon\b|\bop provisiebasis\b|\bgeen vast basisbedrag\b"
    r"|\bbasic (?:salary|pay) (?:nahi|nahin|wala|walang|none)\b"
    # "Daar is nie 'n basiese salaris nie", "geen basiese salaris"
    r"|\b(?:nie|geen) (?:'n |’n )?basiese (?:salaris|loon|betaling)\b"
)
COMMISSION_WITH_BASE = ci(
    r"base (?:pay|salary|rate|wage|hourly(?: rate)?)\s*(?:\+|plus|and|with)\s*(?:\w+\s+){0,2}commissions?"
    # (not "our contracting and commissions teams", the people who pay them)
    r"|(?:plus|\+|and)\s+(?:uncapped\s+|unlimited\s+|generous\s+|monthly\s+)?commissions?\b(?!\s(?:teams?|department|dept|staff|office)\b)"
    r"|hourly (?:pay|rate|wage) (?:plus|\+|and) (?:\w+\s+){0,2}commissions?"
)
COMMISSION = ci(
    # (not a regulator or agency: "registered with the Care Quality Commission", "Federal Trade Commission")
    r"(?<!quality )(?<!trade )(?<!exchange )(?<!utilities )(?<!service )(?<!rights )\bcommissions?\b|\bcommissie\b|\bkommissie\b|\bprovisie\b|\bkomisyon\b|\bno cure no pay\b|کمیشن"
    # A share of what the agent brings in: "Earn 20% of every dollar you collect", "15% over elk geïnd bedrag"
    r"|\b\d{1,2}\s?% of (?:every|each|all|the) (?:dollar|amount|payment|sale|rand|rupee)s?\b(?= you (?:collect|sell|recover))"
    # "Earn 1.5% incentive on every loan disbursed": a share of each sale under another name
    r"|\b\d{1,2}(?:\.\d{1,2})?\s?% incentives?\b(?= on (?:every|each|all)\b)"
)
MINIMUM_YES = ci(
    r"guaranteed (?:minimum|hourly|base|pay|at least|a minimum)|minimum (?:hourly )?(?:pay|wage) (?:is )?guaranteed"
    r"|paid (?:for )?(?:all|every) (?:logged[- ]in|scheduled) (?:time|hours?)"
    r"|paid (?:hourly )?whether or not (?:you )?(?:take|get|receive) calls|paid (?:for )?idle time"
    r"|(?:at least|no less than) (?:the )?(?:federal |state )?minimum wage"
    # "guaranteed floor: ... we top you up to $14", "fixed minimum Rs 45,000 maahana guaranteed"
    rf"|\bguaranteed floor\b|{TOPPED_UP_TO}|\bfixed minimum\b[^.;\n]{{0,40}}\bguaranteed\b"
    # "jy kry 'n gewaarborgde minimum van R35 per uur"
    r"|\bgewaarborgde minimum\b"
)
MINIMUM_NO = ci(
    r"\bg[eé][eé]n (?:vast (?:salaris|loon|inkomen)|vaste? (?:basis)?(?:salaris|loon)|vaste? uur(?:loon|tarief)|uurloon|uurtarief|basis(?:loon|salaris)|vast inkomen)\b"
    r"|\bwalang (?:fixed|basic|base)(?: (?:na )?(?:sahod|salary|pay))?\b|\bwalang (?:hourly|minimum)\b|(?:بیسک|بنیادی|فکسڈ) تنخواہ کوئی نہیں|کوئی (?:بیسک|بنیادی|فکسڈ) تنخواہ نہیں"
    r"|\bbase(?: pay| salary)?:\s*(?:none|nil|n/a|no|zero|\$?0(?:\.00)?)\b|\b(?:basic|base|fixed) (?:salary|pay|tankhwah) nahi(?:n)?\b"
    r"|\bno (?:guaranteed (?:hourly )?(?:minimum|pay|income|base|wage)|minimum (?:hours (?:or|and) )?(?:pay|wage|income|guarantee|earnings)|base (?:pay|salary)|fixed (?:salary|pay|income)"
    r"|hourly (?:pay|wage|rate)|pay for (?:idle|waiting) time)"
    r"|(?:pay|income|earnings) (?:is|are) not guaranteed|not paid (?:for )?(?:idle|waiting|wait) time"
    r"|only (?:get )?paid (?:for|per) (?:talk time|calls?|minutes? on the phone|completed calls?|sales?)"
    r"|paid only (?:for|per) (?:talk time|calls?|minutes|completed calls?|sales?|time on (?:the )?(?:calls?|phone))|\bno hourly\b"
    r"|\bno guaranteed (?:hours|work)? ?(?:or|and)? ?(?:minimum )?(?:earnings|pay|income)\b"
    r"|paid \$?[\d.]+/(?:hr|hour) for time on calls only|\bfor time on calls only\b"
    r"|\bgeen (?:minimum|vast (?:basis)?salaris|basisloon|vaste? (?:basis)?loon|vaste? uurloon|basiese salaris|vaste salaris"
    r"|gewaarborgde minimum|gegarandeerd minimum)\b|\bkrijg je niks\b|\bwachttijd\b[^.;\n]{0,40}\bniet betaald\b"
    r"|کوئی (?:بنیادی تنخواہ|کم از کم)[^.۔\n]{0,25}نہیں"
    r"|\bwalang (?:minimum|basic|sahod kung walang)|\bkoi (?:fixed |basic )?(?:minimum|salary|tankhwah) nahi"
    r"|کوئی (?:بنیادی |فکس |مقررہ )?تنخواہ نہیں"
    r"|\b(?:basic|fixed) (?:tankhwah|salary) koi nahi(?:n)?\b|\bthere is no basic\b|\bno basic\b(?! (?:skills?|knowledge|computer|english))"
    r"|\bno salary\b|\b(?:salary|fixed salary|basic) nahi(?:n)? (?:hai|milegi|hogi)\b|\bkoi minimum (?:payment|pay|salary|amount) nahi(?:n)?\b|\bwait time ka paisa nahi\b"
    r"|\b0 sales? = 0 (?:salary|pay|income)\b|\bno sales?,? no (?:pay|salary|income)\b|\bsalary sales? (?:pe|par) depend\b"
)
LEADS_YES = ci(
    r"(?:leads|warm leads|qualified leads) (?:are |will be )?(?:provided|supplied|given)"
    r"|(?:we|company) (?:provides?|supplies|gives?) (?:you )?(?:with )?(?:all |warm |qualified |pre-qualified )?leads"
)
LEADS_NO = ci(
    r"no leads(?: are)?(?: provided| given)?|leads (?:are )?not provided|(?:generate|find|source|bring) (?:your|their) "
    r"own (?:leads|customers|clients|prospects)|(?:use|call) your own (?:contacts|network|leads)"
    r"|leads? khud (?:dhoond|dhund|laa|la)\w*|jy moet self jou leads\b|zelf (?:je )?(?:eigen )?leads\b|sariling leads\b"
    r"|\bleads\b[^.;\n]{0,20}\bzelf (?:genereren|zoeken|vinden)\b|\bleads?\b[^.;\n]{0,20}\bnahi(?:n)? (?:degi|denge|dega|milegi|milenge)\b"
    r"|\bleads? khud arrange\b|\b(?:maghanap|humanap) (?:ka |mo )?ng sariling (?:clients?|kliyente|customers?|leads?)\b|(?:نمبرز?|لیڈز?|کسٹمرز?)[^.۔\n]{0,20}(?:خود|اپنے) (?:ڈھونڈ|تلاش)|(?:نمبرز?|لیڈز?)[^.۔\n]{0,60}خود جمع|\b(?:do not|don't|won't|will not) (?:give|provide|supply) (?:you )?(?:any )?leads\b"
    r"|\b(?:gee|verskaf) (?:jou )?(?:geen|nie) leads\b|\b(?:bel|skakel) jou eie (?:kontakte|kli[eë]nte|netwerk)\b"
    r"|\b(?:adressen|leads|klanten|nummers)\b[^.;\n]{0,30}\bzoek je zelf\b|\bzelf via (?:je|jouw) eigen netwerk\b|\bleads?\b[^.;\n]{0,20}\bkhud bana\w*"
)


def _rate_text(rate: Rate) -> str:
    top = f"–{rate.top}" if rate.top is not None else ""
    return f"{rate.basis} {rate.amount}{top} {rate.money.currency}"


FULL_TIME_HOURS_A_YEAR = Decimal(52 * 40)


# "Each client program includes a paid course at $11/hr": what training pays, not the job's rate.
TRAINING_RATE_BEFORE = re.compile(
    r"\b(?:training|course|onboarding|nesting|certification|orientation|academy|opleiding|inwerk\w*)\b[^.;\n]{0,40}$",
    re.IGNORECASE,
)


def _sentence_before(scanner: Scanner, start: int, window: int) -> str:
    return scanner.text[max(scanner.sentence(start)[0], start - window) : start]


def extract_pay(scanner: Scanner, found: Collector, rates: list[Rate]) -> None:
    per_piece = any(r.basis in ("call", "minute") and not r.guaranteed for r in rates)
    training = [r for r in rates if TRAINING_RATE_BEFORE.search(_sentence_before(scanner, r.money.start, 60))]
    if len(training) < len(rates):  # the job's own rate is stated too: the training rate is not the pay
        rates = [r for r in rates if r not in training]
    for rate in rates:
        if rate.guaranteed and rate.basis == "salary" and per_piece:
            # "R9 per call, with a guaranteed minimum of R6 800 a month for 40 hours a week": the floor under
            # per-call pay, as an hourly figure over full-time hours.
            found.answer("guaranteed_minimum", "yes", rate.money.start, rate.end)
            found.add(
                "guaranteed_minimum_hourly", _cents(rate.amount / FULL_TIME_HOURS_A_YEAR), rate.money.start, rate.end
            )
            continue
        if rate.guaranteed and rate.basis == "hour":
            found.answer("guaranteed_minimum", "yes", rate.money.start, rate.end)
            found.add("guaranteed_minimum_hourly", rate.amount, rate.money.start, rate.end)
            found.add("guaranteed_rate", rate, rate.money.start, rate.end, _rate_text(rate))
            # A guaranteed hourly rate is a base under commission ("Guaranteed R45 per hour ... plus per-sale pay").
            found.answer("base_pay", "yes", rate.money.start, rate.end)
            continue
        found.add("pay", rate, rate.money.start, rate.end, _rate_text(rate))
        if rate.base:
            found.answer("base_pay", "yes", rate.money.start, rate.end)
    commission_only = False
    for m in scanner.find(COMMISSION_ONLY):
        if scanner.in_question(m.start()) and scanner.question_reply(m.start()) != "yes":
            continue  # "can I ask what the pay is and if it is commission only?": the reply says
        if PAST_JOB.search(scanner.before_in_clause(m.start(), 60)):
            continue  # "My last job was commission only and I earned almost nothing": another job, not this one
        if not scanner.negated(m.start(), 40):
            commission_only = True
            found.add("commission_only", True, m.start(), m.end(), "commission")
            found.answer("base_pay", "no", m.start(), m.end())
    for m in scanner.find(COMMISSION_WITH_BASE):
        # "commission only ... $60 per appointment, and commission of 40%": "and commission" adds to no base
        if not scanner.negated(m.start(), 30) and not commission_only:
            found.answer("base_pay", "yes", m.start(), m.end())
    for m in scanner.find(COMMISSION):
        if not scanner.negated(m.start(), 30):
            found.add("commission", True, m.start(), m.end(), "commission")
    for m in scanner.find(MINIMUM_YES):
        reply = scanner.question_reply(m.start())
        if reply is not None:  # "Is there a guaranteed minimum? No."
            found.answer("guaranteed_minimum", reply, m.start(), m.end())
        elif scanner.in_question(m.start()):
            continue  # "> Is there a guaranteed minimum per hour?" answered in words ("There's no hourly minimum")
        elif not scanner.negated(m.start(), 30):
            found.answer("guaranteed_minimum", "yes", m.start(), m.end())
    for m in scanner.find(MINIMUM_NO):
        found.answer("guaranteed_minimum", "no", m.start(), m.end())
        if re.search(r"base|basi|salar|sahod|tankh(?:w?ah?)|loon|tarief|hourly|تنخواہ", m.group(), re.IGNORECASE):
            found.answer("base_pay", "no", m.start(), m.end())
    for m in scanner.find(LEADS_NO):
        found.answer("leads_provided", "no", m.start(), m.end())
    for m in scanner.find(LEADS_YES):
        if not scanner.negated(m.start(), 30):
            found.answer("leads_provided", "yes", m.start(), m.end())


# --- Fees (Q4) -------------------------------------------------------------------------------------
FEE_KINDS = (
    (
        "background_check",
        r"background(?:\s+and\s+\w+)?\s+(?:check|screening|verification)|credit\s+check|drug\s+(?:test|screening)|\bcheck fee\b"
        r"|\bVOG\b|verklaring omtrent (?:het )?gedrag|police (?:clearance|check|certificate)|NBI clearance"
        r"|polisie-?klaring|agtergrondkontrole|mediese (?:ondersoek|toets|\w*sertifikaat)|medische keuring|kriminele (?:rekord|agtergrond|\w+nagaan|\w*kontrole|en)|krediet(?:nagaan|kontrole|toets)\w*|\bDBS\b|criminal (?:record |background )?(?:check|clearance)|\bBGV\b|background verification|\bscreening\b|\b(?:that|this|the) check\b|\bvetting\b"
        r"|\bcharacter certificate\b"
        r"|\bmedical(?! (?:insurance|coverage|cover|benefits?|leave|aid|allowance|plan|claims?|records?|billing|office|practice|terminology))(?: exam| check| fee| test)?\b",
    ),
    (
        "training",
        r"(?<!day of )(?<!days of )training|e-?learning|course|certification (?:course|program|class)|\bcertifi\w* (?:[\w-]+ ){0,2}program(?:me)?\b|\blearnership\b|tuition|certificering|certifisering|opleiding"
        r"|kursus|cursus|bootcamp|academ\w*|akademie|leerplatform|certificaat|ٹریننگ|تربیت|(?<!police )(?<!birth )(?<!matric )(?<!medical )certificate\b",
    ),
    (
        "starter_kit",
        r"starter\s+(?:kit|pack|package|bundle)|welcome\s+kit|thuiswerkpakket|activation|(?<!annual )(?<!open )(?<!medicare )(?<!completed )(?<!per )(?<!residential )(?<!-business )(?<!verified )(?<!customer )enrol?lment|membership"
        r"|onboarding\s+(?:fee|kit|package|pack|bundle)"
        r"|(?:candidate|applicant|hiring|recruitment) (?:account|portal|profile)|\b(?:jou|je|uw) profiel\b|administrasie\w*|inschrijf\w*|inschrijv\w*|(?:inwerk|onboarding|begin|beginners?|start(?:ers?)?-?)pakket|(?<=\d )onboarding\b|werkaccount|activatie\w*|dossier\w*|starters?licentie"
        r"|(?<!tijd)(?<!tijd-)(?<!uren)registrat\w*|\b(?:het|dit|dat|ons|je) pakket\b(?= (?:van|kost|à) )|pre-?regist\w*|(?<!laat )(?<!late )aanmeld\w*|start(?:ers?)?-?pakket|welkomstpakket|administratie\w*"
        # a deposit, not the verb "sponsor": "Ons borg jou opleiding heeltemal"
        r"|(?<!ons )(?<!wij )(?<!we )(?:(?<!waar)borg|(?<=waar)borgsom)(?! (?:jou|julle|u|ons|die koste)\b)"
        r"|registrasie\w*|\binstap\w*|\bactivate (?:your |ur )?(?:\w+ )?account\b|aansluit\w*|activeer\w*|lidmaatschap\w*|\bstorting\b|\bvrij te spelen\b|\b(?:tax|withdrawal|release|unlock) (?:clearance|fee)\b|\bma-?withdraw\b|aktive(?:er|ring)\w*|naamplaatjie|toegangskaart|aansitpakket|begin-?pakket|\bsluit aan\b|(?<![-\w])(?<!\bfor )security(?! (?:sales?|systems?|products?|alarms?|cameras?|guards?|clearance|software|industry|compan(?:y|ies)|tokens?|keys?|questions?|codes?|awareness|polic(?:y|ies)|patch\w*|updates?))\b|jama|\bvip (?:group|membership|level|account)|رجسٹریشن|ممبرشپ"
        r"|certification|sign[- ]?up|account\s+set[- ]?up|\baccount (?:banwane|banane|khulwane|opening|creation)\b|\b(?:portal|dashboard) access\b|\bsetup (?:package|pack|kit|fee)\b|(?<!card )(?<!payment )(?<!credit )(?<!claims )(?<!order )processing|id\s+card|\baccess[- ]?card\b|(?:employee|company|office|staff) (?:card|ID)\b|badge"
        r"|\berrors (?:&|and) omissions (?:coverage|cover|policy)\b|\bE&O (?:coverage|cover|policy)\b"
        r"|(?:joining|appointment) letter|یونیفارم|کوریئر (?:اور فائل )?چارجز|فائل چارجز|سیکیورٹی|سیکورٹی|آئی ڈی کارڈ|(?<!medical )(?<!health )(?<!group )(?<!life )(?<!accident )(?<!dental )(?<!term )insurance|work permit"
        r"|visa\b(?! (?:gift|debit|prepaid|card))"
        r"|(?:founder|partner|business|agent|success|launch|premium|vip|pro|leads?|welcome|joining)\s+(?:kit|pack|package|bundle)"
        r"|\btraining\s+(?:kit|pack|package|bundle)\b|\bpremium (?:seeker|member\w*|account|plan|listing)\b|\breg\b(?= fee)|\bplacement\b|\bslot\b|\bseat (?:reservation|amount|hold|confirm\w*)\b|\bscheduling hold\b|\bvalidation\b|(?<!background )\b(?:account )?verification\b|\breservation\b|\w*reservering\b(?! (?:vakantie\w*|verlof\w*|atv|feestdag\w*))(?![^.;\n]{0,30}\buitbetaald)|\breserveringsbijdrage\b|ma-?activate|(?<!after you )(?<!once you )(?<!when you )(?<!on )(?<!upon )(?<!after )\bjoin(?:ing)?\b(?! (?:ke baad|date|bonus|letter|day|formalities|(?:our|the|a|an) (?:[\w-]+ ){0,2}(?:team|family|crew)\b))|(?<!direct )(?<!ide-)(?<!i-)deposit|unlock\w*|reservation fee|(?:slot|seat) reservation|reserve (?:a |your )?(?:slot|seat)",
    ),
    # "Voor €24,95 per jaar krijg je toegang tot honderden thuiswerkvacatures": paying to reach the jobs at all.
    (
        "application",
        r"application|applying|apply|aansoek\w*|aavedan|avedan|sollicitatie\w*|درخواست|فارم|\btoegang tot\b[^.;\n]{0,40}vacatures\b|\bdatabas(?:e|is)\b"
        r"|\baccess to (?:\w+ ){0,3}(?:job listings|jobs|openings|vacancies)\b|\bform\b(?= (?:fee|fees|charges?)\b)|\btoken (?:money|amount|fee)\b",
    ),
    ("testing", r"testing|tests?\b|assessment|exam|ٹیسٹ"),
    (
        "equipment",
        r"equipment|software|licen[cs]e(?!d)|headset|computer|laptop|tablet|phone|kit|bundle|system|\bdevice\b|workstation|thin[- ]client|\b(?:bel|crm|telefoon|klant)systeem\b|\binlog\b|dialer|portal|tools?|platform|\bcrm\b|\bvpn\b"
        r"|lisensie|licentie|belplatform|\w*stelsel\w*|skootrekenaar|toerusting|kopstuk|bruikleen|لیپ ٹاپ|ہیڈ سیٹ|کمپیوٹر|\b(?:agent|dialer|software|platform|user|annual|softphone) seats?\b|\bseat\b(?= costs?\b)",
    ),
)
BACKGROUND_CHECK = re.compile(FEE_KINDS[0][1], re.IGNORECASE)
FEE_KIND = ci("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in FEE_KINDS))
FEE_CUE_PATTERN = (
    # Bought from the company's vendor on a promise of money back: "the softphone + VPN bundle from our approved
    # vendor (reimbursable, receipts to payroll)"
    r"\b(?:vendor|supplier)\b(?:(?<=approved vendor)|(?<=preferred vendor)|(?<=designated vendor)|(?<=certified vendor)"
    r"|(?<=approved supplier)|(?<=preferred supplier))[^.;\n]{0,20}\breimburs|"
    r"\bequipment deposit\b|\b(?:security|refundable|one-time) deposit\b"
    # "A caution amount of ₹3,000 is transferred to the asset partner", "take out device cover ... R450"
    r"|\bcaution (?:money|amount|deposit)\b|\bdevice (?:cover|insurance|protection)\b"
    r"|\b(?:pre-?)?register (?:for|with) (?:only |just )?(?:[$₱₹€£]|R\s?\d|P\d|php\b|rs\b)"
    r"|\bfees?\b|(?<!full-)(?<!full )\bcharged?\b|\bcosts?\b|\bpay (?:us|for|a|an|the)\b|(?<!accounts-)(?<!accounts )\bpayable\b|\brefundable\b|\bdeposit of\b|\bdeposito van\b"
    # Dutch, Afrikaans, Tagalog, Urdu: kosten / betaal / fooi / bayad / magbayad / charges / jama karwayein
    r"|\b(?!reis)(?!onkost)(?!incasso)\w*kosten\b|(?<!hulle )(?<!ons )(?<!wij )(?<!we )(?<!zij )\bbetaal(?:t|en)? (?:je |jy |u )?(?:eers |eerst |vooraf |slegs |net |eenmalig |eenmalig slechts |asseblief )?(?:[R€$]\s?\d|'n |een )"
    # "(€249, in 3 schijven te betalen)": paid by the seeker in instalments (not "uit te betalen", paid out to them)
    r"|(?<!uit )\bte betalen\b(?! (?:loon|salaris|uren))"
    # "'n beginpakket (headset, opleidingsboek en SIM) vir net R350 – betaal in by ons rekening"
    r"|\bbetaal (?:dit |die bedrag )?in (?:by|op|na|in) (?:ons|die) rekening\b"
    r"|\bbetaalbaar\b|\bkos (?:net |slegs |maar )?R\s?\d|\btrek\b[^.;\n]{0,50}\bvan jou salaris af\b|\bhuurgeld\b|\bmoet (?:jy |je |u )?[^.;\n]{0,30}\bbetaal\b|\bbestel(?!lings\b|lingen\b)\w*\b|\b\w*fooi\b|\bbayad\b|\bmagbayad\b"
    # Charges a customer has ("explain charges", "billing charges") are the job, not a fee the seeker pays.
    r"|(?<!explain )(?<!explaining )(?<!dispute )(?<!disputed )(?<!billing )(?<!late )(?<!customer )(?<!their )\bcharges\b"
    r"|\b(?:salary|tankhwah|pay) se cut\b|\bcut (?:hoga|hogi|hoge|karenge)\b|\btoken (?:money|amount|fee)\b|\b(?:easy ?paisa|jazz ?cash) kar (?:dein|den|do|dijiye)\b|(?:جاز ?کیش|ایزی ?پیسہ) (?:کریں|کر دیں)"
    r"|\bada (?:karein|karen|kijiye|karni)\b|\bcash on delivery\b|\bjama (?:karwa|kara)\w*|جمع (?:کروائیں|کرائیں|کروا دیں|کرا دیں|کروانا|کرانا)|سیکیورٹی ڈپازٹ|(?<!ons )(?<!wij )(?<!we )\bborg\b(?! (?:jou|julle|u|ons|die koste)\b)|\bstorting (?:van(?:af)? |vanaf )?(?:€|eur\b)|\bstort (?:€|eur\b)\s?\d|\b(?:small|initial|minimum|starting|first) deposit\b|\bbayaran ang\b|\bà\s?€|(?<!source )(?<!tax )(?<!payroll )(?<!statutory )(?<!standard )(?<!legal )(?<!handles )\bdeductions?\b|\bkaltas\b|\bkatauti\b|\bdeposit kar\w*"
    r"|\bkost (?:maar |slechts |eenmalig )?(?:€|eur\b)|\bbetaalverzoek\b|\bwaarborg\b|\b\w+sbijdrage\b|\bactiveer (?:je|uw|jouw) (?:account|profiel) met\b|\bkoop (?:je|jij|u) (?:\w+ )?(?:via|bij) (?:ons|onze)\b|\bsluit aan vir\b|\baankoop\b|کاٹا جائے گا|کاٹے جائیں گے|کٹوتی|\bteen R\s?\d|\bover te maken\b|فیس|\bafgetrek\b|\bingehouden\b|\bhouden (?:we|wij) [^.;\n]{0,40}\bin op\b"
    # "company se headset aur dialer license lena zaroori hai – total Rs 4,500"
    r"|\b(?:company|hum|humse|hamse) se\b[^.;\n]{0,50}\b(?:lena|leni|kharidna|khareedna|khareedni|kharidni) (?:zaroori|zaruri|hoga|hogi|parega|padega)\b"
    # "Join karne ke liye sirf 3,500 ka Silver package lein"
    r"|\bjoin karne ke liye\b[^.;\n]{0,20}\d[\d,]*\s?(?:ka|ki|ke|rs|rupay|rupees?)\b"
    r"|\bregistreer\b[^.;\n]{0,40}\bvir (?:net |slegs |maar )?R\s?\d|\bkoop\b[^.;\n]{0,60}\bvir (?:net |slegs |maar )?R\s?\d"
    r"|\baktiveer\b[^.;\n]{0,40}\bvir (?:net |slegs |maar )?R\s?\d"
    r"|\blease\b(?= (?:the|your|a|our|this) )|\b(?:pay|paid|deposit|deposited)(?: it| this| that)? into (?:the|our|this|my|an?) (?:\w+ )?account\b"
    # "which we source through our IT partner at a staff rate of £349"
    r"|\bat (?:a|the) (?:staff|discounted|special|employee|reduced) (?:rate|price) of\b"
    # Afrikaans: "Die koste hiervan is R650"
    r"|\bdie koste\b(?= (?:hiervan|daarvan|hiervoor|daarvoor|is|van)\b)|\bkos (?:R\s?|[$€£])\d"
    r"|\b(?:we |wij )?houden (?:we |wij )?(?:€\s?[\d.,]+ )?(?:per (?:maand|week) )?in op (?:je|jouw|uw) (?:loon|salaris)\b"
    r"|\bfrom you via (?:cash ?app|zelle|venmo|gcash|paypal|e-?transfer)\b"
    r"|\bper SMS\b|\b(?:1voucher|kontantkaart|ott voucher|blu voucher)\b|\bshulk\b|\bsubscribe to\b|\bbilled to (?:your|the) (?:card|account)\b|\bnetted from\b|\btaken from (?:your |the )?(?:wages?|pay|salary|paychecks?|earnings)\b|\bsold to you\b|\brecovered as\b"
    # "ons startpakket ... voor €75", "de betaallink", "bibilhin mo sa partner supplier", "salary se katega"
    r"|\bvoor (?:eenmalig |slechts |maar )?(?:€|eur\b)\s?\d|\b(?:is |are |will be )?deducted\b|\btaken out of\b|\brent(?:ed|al)\b|\bbetaallink\b|\bb?ibilhin\b|\bbilhin\b|\bkat(?:ega|egi|enge|ein ge|e ga)\b|\bkaa?ta jaye\w*|\bkaa?ti jaye\w*|\bkat jaye\w*|\bkaat(?: liya)? ja\w*|\bkharid\w*|\bibabawas\b"
    # "may ₱500 monthly deduction para sa dialer", "₱1,000 'performance bond' kinakaltas monthly"
    r"|\b(?:monthly|weekly|bi-?weekly|semi-?monthly) deductions?\b|\bkinakaltas\b|\bkinaltas\b"
    r"|\bfinance agreement in your (?:own )?name\b|\b(?:kailangan mong|kailangang) (?:mag)?bayar\w*"
    r"|\bmagbabayad (?:po )?(?:kayo|ka|ikaw)\b|(?<!hindi )(?<!hindi po )\b(?:ikaw|kayo) (?:po )?ang (?:mag)?babayad\b|\bnagkakahalaga ng\b"
    # "you activate it by loading $40 at any Walgreens register"
    r"|\bload(?:ing)? (?:(?:US)?[$₱₹€£]|R\s?\d)"
    r"|\bsent to (?:our|my|the) (?:[\w'’]+ ){0,3}(?:gcash|maya|jazz ?cash|easy ?paisa|upi id|wallet)\b"
    r"|\bi-?gcash\b|\bi-?order\b|\border (?:karein|karen|kar dein|kijiye|karna (?:hoga|zaroori))\b|\bmein (?:lena|leni|khareedna|kharidna|khareedni) (?:hoga|hogi|parega|padega)\b|\b(?:jazz ?cash|easy ?paisa)\b[^.;\n]{0,30}\b(?:par|pe) bhej\w*|\bmaak (?:je|jij|u) (?:(?:[^\s.]|\.(?=\d))+ ){0,3}?over\b|\bmag(?:padala|-?send) (?:ka )?(?:ng )?(?:₱|P\s?\d|php)|[€R]\s?\d[\d ,.]*\seenmalig\b|\border (?:ka|kayo|mo) muna\b|\bmag-?deposit\b|\b(?:babayaran|bayaran) (?:mo|sa|muna|para)\b|\bbumili\b|\bbijdrage\b|\binvestering\b"
    # A fee by another name: "a $25 scheduling hold", "the account verification amount", "their share of the software
    # seat", "the IT vendor invoice", "'n terugbetaalbare toerustingsreservering"
    r"|\b(?:refundable|seat|validation|verification|reservation|scheduling|security|processing|holding|onboarding)"
    r" (?:amount|contribution|hold)\b|\bcommitment (?:payment|amount|deposit)\b|\b\w*reservering\b(?! (?:vakantie\w*|verlof\w*|atv|feestdag\w*))(?![^.;\n]{0,30}\buitbetaald)|\b(?:their|your) share of\b|\bvendor invoice\b|\b(?:pay|settle) (?:the |this |an |our )?(?:\w+ ){0,2}invoice\b"
    # (not the financial products a super fund's or a bank's agents talk about: "change investment options")
    # (nor unpaid time called one: "The academy is unpaid - think of it as an investment in your career")
    r"|\binvest(?:ment)?\b(?!s? (?:options?|portfolios?|funds?|products?|advice|accounts?|plans?|strateg\w*|choices?"
    r"|returns?|performance|banking|management|firms?|compan(?:y|ies)|platforms?|questions?)| in your (?:own )?(?:career|future)\b)|\bpurchase\b|\bbuy\b|\bkoop (?:asseblief|die|jou)\b|\border (?:the|your) (?:[\w-]+ )?(?:bundle|kit|equipment|headset|package)\b|\border at (?:our|the company)|\b(?:cash |equipment )?bond of\b|\b(?:cash|equipment) bond\b|\blodge (?:an? )?(?:[$€£₱]\s?[\d,.]+ )?(?:\w+ )?bond\b|\bsettle (?:[$₱₹€£]|R\s?\d|P\d|Rs\.? ?\d)|\bmaak (?:€|eur)\s?\d[\d.,]* over\b|\b(?:annual|monthly) premium\b|\bprotection (?:plan|scheme)\b|\b(?:insurance|cover) (?:plan|premium)\b|\b(?:candidate|applicant|your|new[- ]hire|starter|trainee|verification|material|vetting|screening|admin|processing) contribution\b|(?<!we )(?<!will )(?<!employer )\bdeposit (?:rs\.? ?|pkr ?|[$₹₱€£]|R\s?)\d|\btikkie\b|\beenmalige (?:[€R]\s?\d)|\bkiraya\b|\b(?:once-off|once off|one-time|upfront) (?:[R$₱₹€£]\s?[\d,]+ )?contribution\b|\bjama (?:hona|karna|karni|karein|kar dein|karwa\w*)\b|\bpays (?:[$₱₹€£]|R\s?\d)|\border (?:it|them|this|one) (?:from|through|via|at) (?:our|the company)|\b(?:easypaisa|jazzcash) (?:par|pe|se|ke zariye) bhej\w*|\btuition\b(?! (?:and [\w-]+ )?(?:assistance|reimbursement|support|benefits?|help))"
    # "send an e-transfer of $120 ... for your software licence", "make a Zelle payment of $85"
    r"|\b(?:interac )?(?:e-?transfer|zelle payment|wire payment|cash ?app payment|venmo payment|gcash payment) of\b"
    r"|(?<!starting )(?<!base )(?<!hourly )(?<!your )(?<!the )(?<!our )(?<!gross )(?<!net )(?<!average )"
    r"(?<!extra )(?<!additional )(?<!premium )(?<!overtime )(?<!holiday )(?<!shift )"
    # ("Rs" without a full stop: a cue is searched in the sentence of its anchor word, and "Rs." ends one)
    r"\bpay(?:ing)? (?:only )?(?:(?:US)?[$₱₹€£]|R\s?\d|P\d|Rs\s?\d|PKR\s?\d)"
    r"|\bsend(?:ing)? (?:us |me )?(?:an? )?(?:R\s?\d|[$₱₹€£]\s?\d|rs\.? ?\d)"
    # "Kindly cover R450 for your vetting" (not "we cover R450 of it"), "NZ$60 ..., paid to the recruiter"
    r"|\b(?:please|kindly|you(?:'ll| will| must| need to)|must|to) cover (?:(?:US)?[$₱₹€£]|R\s?\d|Rs\s?\d|P\d|NZ\$|A\$)"
    r"|\bpaid to (?:the |our |your )?(?:recruiter|recruitment (?:agency|agent|team|officer)|agency|agent|hr officer)\b"
)
# One pattern per alternative, each with its own anchor words: a sentence holding "fee" is searched with the few
# alternatives that need that word, not all of them (Scanner.find_first_of finds what the one alternation finds).
FEE_CUES = alternatives(FEE_CUE_PATTERN, "cue")
BUYING_CUES = ("buy", "purchase", "koop", "order")  # cues that buy something, perhaps from the employer's vendor
# what may precede "Kosten:" in its sentence ("Eenmalige kosten: €49,95", "One-time cost: $45")
LABEL_OPENING = re.compile(r"[\s•*-]*(?:(?:de|die|the) )?(?:(?:eenmalige|eenmalig|one-time|once-off|once off) )?", re.IGNORECASE)
WEAK_CUES = (
    "purchase", "buy", "koop", "order", "invest", "investment", "cost", "costs", "deducted", "taken out of", "rented", "rental",
    "lease", "nagkakahalaga ng",  # ("worth": "bonus na nagkakahalaga ng ₱3,000" is no fee)
)  # fmt: skip
FEE_WAIVED = re.compile(
    # ("Refunded after 90 days" is no waiver: a refund promised later is how fee scams take the money now.)
    r"[^.;\n]{0,40}?(?:waived|(?:is |are )?borne by (?:us|the company|the employer|[A-Z]\w+)|covered by (?:us|the company|[A-Z]\w+)|paid by (?:us|the company)|reimbursed(?! (?:with|after|on|in|once|when|by|from|through|over) )"
    r"|(?<!not )(?<!n't )(?<!never )(?<!be )\bcovered\b(?! (?:in|during|at|on|under)\b| by (?:you|yourself|the (?:candidate|applicant|agent|trainee|employee)))|we (?:pay|cover)|at our expense|on us\b|none\b|free\b|not (?:required|needed|necessary|charged|deducted)|niet nodig|nie nodig nie|vergoed\w*|\w* ?vergoeden wij|(?<=kosten )voor ons\b|(?<=kosten zijn )voor ons\b|voor onze rekening\b|نہیں|\bnahi\b|\bnahin\b|(?<!werk )(?<!maanden )(?<!weken )(?<!salaris )(?<!salaries )terugbetaal\w*\b(?! (?:bij|na|ná|met|op|in|zodra|wanneer|via|uit|saam) )|gratis)",
    re.IGNORECASE,
)
# "... you'll receive your Onboarding Package (headset, softphone licence, training manual). The package costs $120":
# the kit the sentence before names is what is priced, not the things in it.
THE_KIT_COSTS = re.compile(
    r"\s*(?:the|this|that|het|dit|die) (?:package|pack|kit|bundle|pakket)\b (?:costs?|kost|is priced at)\b",
    re.IGNORECASE,
)
# A sentence that prices the thing the one before names: "De eigen bijdrage hiervoor is €79", "The cost for this is $40".
COST_OF_THIS = re.compile(
    r"\s*(?:de |die |the )?(?:eigen )?(?:bijdrage|kosten|koste|fee|cost|fooi|price)\b[^.\n]{0,20}?"
    r"\b(?:hiervoor|daarvoor|hiervan|daarvan|for (?:this|it))\b"
    # "... doorloop je onze e-learning. De toegang kost eenmalig €49,95": access to what the sentence before names
    r"|\s*(?:de |die |the )?(?:toegang|access|deelname|participation)\b (?:kost|costs?|is)\b"
    # "... our approved headset and softphone licence. After you join, these are rented from FibreFirst at £7.50 a week"
    r"|\s*(?:[^.,\n]{0,30},\s*)?(?:these|they|those|both|this|it) (?:are|is|will be|gets?) (?:rented|leased|charged|billed|sold)\b",
    re.IGNORECASE,
)
# A sentence opening on the fee itself, after one that says what it is for: "... a background check. The $50 fee ..."
# "... complete the background check. As mentioned in your offer letter there's a one-time $45 fee for this"
FEE_FOR_THIS_AFTER = re.compile(r"\s?(?:one-time |flat )?(?:fee|charge) for (?:this|it|that)\b", re.IGNORECASE)
THE_FEE = re.compile(
    r"\s*(?:the|this|that|there is an?|there's an?) (?:one-time )?(?:[$€£₱]\s?[\d,.]+ )?(?:one-time )?(?:fee|charge|cost)\b"
    # "... complete the screening at our vendor's site. The vendor charges a one-time fee of $45"
    r"|\s*the (?:vendor|provider|screening (?:company|vendor|provider)) charges (?:a |an )?(?:one-time )?(?:fee|charge)\b",
    re.IGNORECASE,
)
# Two small deposits sent to a new account to confirm it: money to the seeker, not a fee.
MICRO_DEPOSITS = re.compile(r"\b(?:two |2 )?(?:small|micro|test|tiny)[- ]?deposits\b", re.IGNORECASE)
PAID_BEFORE_KIND = re.compile(r"\b(?:paid|betaalde|bayad na)\s+$", re.IGNORECASE)
# ... or after it: "40k, training paid", "₱20k, open nationwide, training with pay", "training (paid)"
# Not when what follows says who pays or when: "the training (paid before day one)", "training is paid upfront".
PAID_AFTER_KIND = re.compile(
    # ("3-day product training, paid at a flat $150": paid to the trainee)
    # ("training is 2 wks paid at $15.50": its length between)
    r"\s*(?:\(\s*|,\s*)?(?:is |will be |wordt )?(?:\d+\s?(?:wks?|weeks?|days?|hrs?|hours?|weken|dagen)\s)?"
    r"(?:fully |volledig )?(?:paid|with pay|betaald)\b"
    r"(?!\s*(?:before|upfront|up front|in advance|first|by (?:you|the (?:candidate|applicant|trainee))|vooraf|vooruit"
    r"|voor (?:je|jy|u|de|het|aanvang)|deur (?:jou|die kandidaat)|by the|online|via|through|with your|out of pocket))",
    re.I,
)
# "$20.00/hr + $1.00/hr after certification", "R30 per uur": an hourly amount is pay, never a price.
HOURLY_AFTER = re.compile(r"\s*(?:/\s?(?:hr|hour|h|uur)\b|per (?:hour|hr|uur)\b|an hour\b|p/?h\b)", re.IGNORECASE)
# "you receive a flat $100 certification payment once you pass": paid to the seeker.
RECEIVED_BEFORE = re.compile(
    r"\b(?:receive|get|earn|are paid|get paid|be paid)\s+(?:an?\s+)?(?:flat\s+|one-time\s+|once-off\s+|extra\s+)?\Z",
    re.IGNORECASE,
)
PAYMENT_AFTER = re.compile(r"[^.;\n]{0,30}?\b(?:payment|bonus|stipend|allowance|incentive|reward)\b", re.IGNORECASE)
# "Die opleiding ... word teen R30 per uur betaal": "word teen" is "is paid at", a rate the trainee earns.
PASSIVE_BEFORE_TEEN = re.compile(r"\bword(?:\s+betaal)?\s+\Z", re.IGNORECASE)  # ... or "word betaal teen R250 per dag"
# "₱500 per closed sale ng insurance plan": what a sale sells, not what the seeker pays for.
PER_SALE_BEFORE = re.compile(
    r"\bper (?:closed |successful |completed )?(?:sale|policy|deal)\s+(?:ng|of|on|for|van|vir)\s+\Z", re.IGNORECASE
)
SALARY_BEFORE_TEEN = re.compile(r"\b(?:aangestel|salaris|verdien\w*|loon|werk)\b", re.IGNORECASE)
EARNED_PER = re.compile(
    # (what is sold may be named between: "$65 per confirmed furnace/AC rental sign-up")
    r"\s*(?:per|for each|for every|vir elke|vir iedere|voor elke|voor iedere|bawat) (?:activated |closed |completed "
    r"|successful |new |booked |afgesloten |qualified |confirmed )?(?:[\w/-]+ ){0,2}?"
    r"(?:system|sale|activation|appointment|booking|policy|polis|verkoop|deal|install\w*|enrol\w*|sign-?up|membership"
    r"|subscription|reservation|plan|\w*contract|lead)\b",
    re.IGNORECASE,
)
# A verb of selling just before the thing priced: the customers pay it, the seeker sells it.
SOLD_BEFORE = re.compile(
    r"\b(?:sell|sells|selling|sold|close|closes|closing|pitch(?:es|ing)?|upsell\w*|market(?:s|ing)?|promot\w*)\b"
    r"(?:\s+[\w-]+){0,3}\s*$",
    re.IGNORECASE,
)
BOUGHT_ANYWHERE = re.compile(
    r"\bat any (?:store|shop|retailer)\b|\bfrom any (?:store|shop|retailer)\b|\bof your choice\b"
    # "buy lead packages from outside vendors": not from the employer
    r"|\bfrom (?:outside|third[- ]party|independent|external|other) (?:vendors?|suppliers?|providers?|sellers?|companies)\b",
    re.I,
)
# "Paid study time and exam fees", "paid licensing and exam fees": what the employer pays, in a list of benefits.
# A duty that opens its clause: "- Explain course fees, EMI options and outcomes", "you'll quote the plan charges";
# the customers' fees are the work. Only at the clause's start: "We'll explain the $99 fee" stays a fee.
FEES_AS_THE_WORK = re.compile(
    # (after a label: "Job Description: Enter patient demographics, charges and payments ...")
    r"[\s•*·-]*(?:[\w ]{1,25}:\s*)?(?:you(?:'ll| will)? )?(?:explain(?:ing|s)?|discuss(?:ing|es)?|quot(?:e|es|ing)|present(?:ing|s)?"
    r"|enter(?:ing|s)?|post(?:ing|s)?|process(?:ing|es)?|record(?:ing|s)?|key(?:ing|s)? in|input(?:ting|s)?|reconcil(?:e|es|ing))"
    r"\b[^.;\n]{0,30}\Z",
    re.IGNORECASE,
)
# ... or right before it, in a list of duties: "processing card refunds, chasing missing deposits ... and explaining
# fees on their accounts"
WORK_VERB_BEFORE = re.compile(
    r"\b(?:explain(?:ing|s)?|quot(?:e|es|ing)|discuss(?:ing|es)?|waiv(?:e|es|ing)|refund(?:ing|s)?|revers(?:e|es|ing)"
    r"|disput(?:e|es|ing)|chas(?:e|es|ing)|collect(?:ing|s)?"
    # "you'll create the order and the replacement ships from our warehouse": the customer's order
    r"|creat(?:e|es|ing)|process(?:es|ing)?|track(?:s|ing)?|cancel(?:s|ling|ing)?|updat(?:e|es|ing))"
    r"(?: (?:the|their|any|customers'?|members'?))?\s+\Z",
    re.IGNORECASE,
)
PAID_BY_EMPLOYER_BEFORE = re.compile(r"\bpaid (?:[\w-]+ ){0,3}(?:and|&) (?:[\w-]+ )?$", re.IGNORECASE)
# A deposit is asked for before anything is given ("a refundable laptop security deposit"); pay by direct deposit
# is no such thing.
DEPOSIT = re.compile(
    r"(?<!direct )\bdeposit\b(?! (?:your|the|it|this|a|our) (?:check|cheque|pay))|\brefundable (?:\w+ ){0,2}hold\b"
    r"|(?<!salaris)(?<!loon)deposito\b"  # Dutch and Afrikaans: "toerustingdeposito", not "salarisdeposito"
    r"|ڈپازٹ",  # Urdu
    re.IGNORECASE,
)
# "We charge nothing for training", "we charge no upfront fees, deposits or kits": the charge is none.
CHARGES_NOTHING = re.compile(r"\s+(?:you\s+)?(?:no|nothing|zero|none|not a (?:cent|penny|thing|dime))\b", re.IGNORECASE)
# "betalen wij", not "na je proefperiode betalen wij dat bedrag terug": a refund promised later takes the money now.
WE_PAY_DUTCH = r"\b(?:betalen|vergoeden|dragen) wij\b(?![^.;\n]{0,40}\bterug\b)"
# Said after the fee: "De kosten daarvan (€41,35) betalen wij, jij hoeft niets voor te schieten."
EMPLOYER_PAYS_AFTER = re.compile(
    rf"{WE_PAY_DUTCH}|\bhoeft (?:je|jij|u) niets\b|\bhoef jy niks\b"
    r"|\b(?:jij|je) betaalt (?:helemaal |dus )?niets\b|\bdie maatskappy betaal\b|\bnie jy nie\b"
    r"|\b(?:pay|cover) (?:for )?(?:it|this|that|them|the cost) ourselves\b"
    r"|\bdeclareer (?:je|jij|u) (?:\w+ )?bij ons\b"  # "de kosten declareer je bij ons": an expense the employer pays
    # "Our placement fee is shouldered by our client, not by you"
    r"|\b(?:shouldered|borne|paid|covered) by (?:our|the) (?:client|employer|company|agency|partner company)\b",
    re.I,
)
# "the company pays the license fee": the employer pays, not the seeker (Q4).
EMPLOYER_PAYS = re.compile(
    r"\b(?:ons|wij|we) betaal\w*\b|"
    r"\b(?:we|they|the company|the employer|employer|company|the credit union|the bank|the agency|the client)\s(?:will\s)?"
    r"(?:pay|pays|cover|covers|reimburse|reimburses"
    r"|refund|refunds|invest|invests|heavily invest)\b|\b(?:order|orders|arrange|arranges) and (?:pay|pays)\b"
    r"|\bat (?:our|the company'?s|the employer'?s) (?:own )?(?:cost|expense)\b"
    rf"|{WE_PAY_DUTCH}|\bbetaal ons\b|\bcompany (?:deti|degi|dega) hai\b"
    # "we sponsor your P&C license after 6 months and pay the exam fee": the employer's second verb
    r"|\b(?:we(?:'ll|’ll)?|the company|the employer)\s(?:[\w&'-]+\s){1,8}?and (?:will )?(?:pay|cover|reimburse)\b"
    # The employer by name: "Cornerstone pays for the course, the state exam fee ...", "Medivance bears the full cost"
    r"|(?-i:\b(?!You\b|Candidates?\b|Applicants?\b|Agents?\b)[A-Z][\w&'-]+) (?:pays|covers|reimburses|bears)\b",
    re.IGNORECASE,
)
AFTER_OFFER = re.compile(
    r"after (?:a |an |the |your |our )?(?:conditional |written |formal |final |firm |official )?(?:job |employment )?offer"
    r"|(?:after|once) you(?:'ve| have)? (?:sign|accept)|after you (?:receive|get|have)(?: and (?:sign|accept))? (?:a |an |the |your |our )?(?:conditional |written |formal )?(?:job )?offer|\b(?:ask|asks|require|requires) new hires\b|once you(?:'ve| have)? (?:\w+ ){0,3}?(?:a |the |your )?(?:written |signed |formal )?offer\b"
    r"|\bn[aá] (?:het )?ondertekenen\b|\bna (?:je|jouw|uw|het) (?:\w+ )?aanbod\b|\bna ondertekening\b|\bnadat je (?:je |het )?contract\b|\bna indiensttreding\b"
    r"|after (?:you are|you're|being) (?:hired|offered)|once (?:you are |you're )?(?:hired|offered)"
    # "If you're offered the role and accept our written offer, you'll be asked to complete a DBS check"
    # ("if you're hired" is not when: "the licence stays with you if you're hired")
    r"|\b(?:if|when) (?:you are|you're) offered\b|\b(?:if|when) you accept (?:our|the|a|your) (?:written |formal )?(?:job )?offer\b"
    r"|upon (?:hire|hiring|acceptance|accepting)|after (?:hire|hiring|accept\w*)|after you(?:'ve| have)? accepted\b|post[- ]offer"
    r"|\b(?:if|when|once|after) you (?:receive|get) and accept (?:a|an|the|our|your) (?:written |formal )?(?:job )?offer\b"
    r"|\bafter (?:receiving|getting|accepting|signing) (?:a |an |the |your |our )?(?:conditional |written |formal )?(?:job )?offer\b"
    r"|conditional (?:job |employment )?offer|offer of employment|\boffer is (?:conditional|contingent) on\b|\bin your (?:written )?offer letter\b|(?<!reimburse it )(?<!reimbursed )(?<!refunded )(?<!returned )(?<!repaid )(?<!back )on your first (?:day|paycheck)"
    r"|deducted from your first|after (?:onboarding|you (?:start|begin|join))|once (?:onboarded|you (?:start|join))"
    r"|(?:withheld|deducted|taken out|taken) (?:from|of) (?:your |our |my |the |each |every )?(?:weekly |monthly |next |first )?"
    r"(?:(?:two|three|2|3) )?(?:pay|payroll|paychecks?|checks?|cheques?|earnings|payouts?"
    r"|wages|salary|salaries)\b|\bvan (?:jou|je) (?:eerste )?(?:salaris|betaling|verdienste)\w* afgetrek\b|\bnadat (?:jy|u) (?:ons |die |jou )?(?:\w+ )?(?:aanbod|kontrak|aanstellingsbrief) (?:aanvaar|onderteken)\w*|\bafgetrek van (?:jou )?salaris\b"
    r"|\bin op (?:je|jouw|uw) (?:eerste )?(?:\d+ )?(?:loon|salaris\w*)|\bop je (?:loon|salaris)\b|\bvan (?:jou|je) salaris af\b"
    # "we houden een borg van €300 in, verdeeld over je eerste drie salarisstroken": taken from pay slips
    r"|\bover (?:je|jouw|uw) (?:eerste )?(?:\w+ )?(?:salarisstro|loonstro)\w*"
    r"|\b(?:sign|joining|offer)\b[^.;:\n]{0,30}\bke baad\b(?![^.;\n]{0,40}\b(?:wapas|wapis|refund|return))|\bdeducted from what (?:we|they|the company) pays? you\b|\bingehouden op (?:je|jouw|uw) (?:netto|bruto)?loon\b|\b(?:salary|tankhwah|tankhwa) se (?:kaa?t\w*|cut)\b|\b(?:ibabawas|ikakaltas|kakaltasin) (?:lang |na )?sa (?:unang |susunod na |first (?:\d+ |two )?)?sahod\b|\b(?:monthly|weekly|bi-?weekly|semi-?monthly) deductions?\b|\bkinakaltas\b|\bkinaltas\b|تنخواہ سے (?:کاٹ|کٹوتی)",
    re.IGNORECASE,
)
BEFORE_OFFER = re.compile(
    r"\bto (?:begin|start|get started|activate|register|secure|reserve|proceed|apply|be considered|complete|unlock"
    r"|confirm|hold|book|qualify|join|schedule (?:your |the |an )?interview|(?:receive|get) (?:your |the |an )?(?:job )?offer)"
    r"|\bbago (?:i-?release|ibigay|ma-?release|ilabas) ang (?:job )?offer\b"
    # "Para ma-process ang contract mo, magbayad ng ₱1,200": to process the contract not yet made
    r"|\bpara (?:ma-?|i-?)?(?:process|release|issue|ilabas)\w* (?:ang |yung )?(?:contract|kontrata|offer|JO)\b"
    # "Bago po i-schedule ang final interview, ..."
    r"|\bbago (?:po )?(?:i-?|ma-?)?schedule ang (?:\w+ )?interview\b"
    r"|\bbefore (?:hr|we|i|they) can (?:release|send|issue) (?:your |the )?(?:job )?offer\b|\bpayable now\b"
    r"|\bbefore (?:the|your|a|any) (?:job |written |formal )?offer\b"  # "via GCash before the job offer"
    r"|\bpaid first\b|\bpre-?interview\b|\bvoordat (?:ons|ek|jy) (?:jou |'n )?onderhoud\b"
    # "Voordat ons jou vir 'n onderhoud skeduleer, moet jy ... betaal"
    r"|\bvoordat (?:ons|ek) (?:jou|u) vir (?:'n |’n )?onderhoud\b"
    r"|\bbefore we (?:ship|send|mail|release) (?:you )?(?:your |the )?(?:\w+ )?(?:laptop|equipment|kit|computer|headset)\b|\bto be invited to (?:an |the )?interview\b|before (?:your |ur |their |the |an |any )?(?:online |video |phone |telephonic |panel |onboarding |final |first )?(?:interview|offer|hiring|being hired"
    r"|start date|you (?:can )?start|training|onboarding|orientation|induction|placement|we can|first (?:day|shift|session|training|class|login|log-?in|call|week|batch|assignment|task)|go-?live"
    r"|(?:laptop|equipment|kit|computer) (?:is |are )?(?:shipped|sent|released))|upfront|up front|in advance"
    r"|prior to (?:hire|hiring|the interview|an offer|any offer|employment|(?:your|their|the) first|starting)|with your application"
    r"|\bas (?:a )?part of (?:the |your )?application\b"
    r"|when you apply|when you (?:submit|send|file) (?:your |the |an )?application|at the time of (?:your )?application|when applying|upon applying|to move forward|right away|(?<!until )(?<!till )today|to secure (?:your|a) (?:seat|spot|place)|at checkout"
    r"|(?:at|on|upon) sign[- ]?up"
    r"|\bvooraf|\bom te (?:beginnen|starten)\b|\bvoor(?:dat)? we (?:je|jouw|uw) contract (?:kunnen |kan )?(?:opmaken|opstellen|sturen|versturen|opsturen|toesturen)\b|\bvoor (?:uw|je|jouw) eerste werkdag\b|\bv[oó]{2}r (?:je|jouw|uw) startdatum\b|\bvoordat (?:je|jij|u|de|jou|jy|die) (?:\w+ ){0,2}(?:begint|start|begin)\b|\bbefore day (?:1|one)\b"
    # "... paid to the courier on booking", "transferred to the asset partner before dispatch", "before the laptop is
    # released", "before your induction date is confirmed", "active before day one of training"
    r"|\bbefore (?:dispatch|despatch)\b|\b(?:on|at|upon) booking\b|\bbefore (?:your |the )?induction\b"
    r"|\bbefore (?:the |your )?(?:laptop|equipment|device|kit|headset)s? (?:is |are )?(?:released|dispatched|shipped|sent)\b"
    r"|\bbefore day (?:one|1) of training\b|\bjoining is confirmed (?:once|after|when)\b"
    # "before we can send your contract", "before your contract is issued", "آفر لیٹر جاری کرنے سے پہلے"
    r"|\bbefore (?:we|i|they|hr) can (?:send|issue|prepare|draft|release|share)(?: you)? (?:your |the |an? )?(?:\w+ )?"
    r"(?:contract|offer)\b|\bbefore (?:your |the )?(?:contract|offer(?: letter)?) (?:is|can be|gets) (?:issued|sent|prepared"
    r"|released|generated)\b|آفر لیٹر[^.۔\n]{0,25}سے پہلے"
    # "... kit (₱1,850) from our logistics team prior to Day 1"
    r"|\bprior to (?:day (?:1|one)|(?:your |the )?(?:start(?: date)?|first day|joining|onboarding|orientation|training"
    r"|interview|offer))\b"
    r"|\bvoordat (?:we|wij) (?:een |je |jouw |uw |het )?(?:sollicitatie|kennismakings|video)?(?:gesprek|interview)\w*\b|\bvoordat (?:we|wij) (?:je|u) uitnodig\w* (?:voor|tot) (?:een |het )?\w*gesprek\b|\bzonder (?:deze )?betaling\b|\bpas na betaling\b|\bbij (?:je )?inschrijving\b|\bvóór (?:de )?start"
    r"|\bto progress to (?:the |an )?interview\b|\bto be placed (?:on|in) (?:our |the |an? )?(?:interview|hiring) (?:calendar|schedule|list|queue)\b"
    r"|\bto (?:move|go|advance|proceed|progress) (?:on )?(?:to|into) (?:the |an |your )?(?:next |final )?(?:interview|screening) (?:stage|round|step)\b|\binterview (?:only |will be )?after (?:the |your )?(?:background|bgv|verification|payment|police|nbi)\b|\bom jou lêer oop te maak\b"
    r"|\bbefore (?:your|the|their) (?:job |employment |\w+ )?(?:contract|offer|agreement|appointment)(?: letter)? (?:is|can be|will be|gets) (?:issued|sent|released|drawn up|prepared"
    r"|generated|finali[sz]ed)\b"
    r"|\bbefore (?:their|your|the) (?:laptop|equipment|kit|device) is dispatched\b"
    r"|\bbefore (?:the |your )?(?:laptop|equipment|kit|computer|device|unit) (?:ships|is shipped|goes out|is sent)\b"
    r"|\bbago (?:namin |ko )?(?:i-?|ma-?)?(?:release|send|ship|ibigay|ipadala)\w* (?:ang |yung )?(?:\w+ ){0,3}(?:kontrata|contract|offer|JO)\b"
    r"|\bbefore (?:u|you) (?:can )?start\b|\bbefore deployment\b"
    # "must be purchased through our onboarding portal before you can be scheduled for orientation"
    r"|\bbefore you can be (?:scheduled|booked|placed|enrolled) (?:for|in|into) (?:your |the |an? )?(?:\w+ )?"
    r"(?:orientation|training|onboarding|induction|interview|class)\b|\bbefore (?:the )?(?:laptop |equipment |kit |device )?(?:release|dispatch)\b"
    r"|\bvoor ons (?:jou )?(?:vir )?(?:'n )?onderhoud\b|\bv[oó]{2}r (?:de|je|jouw|uw) eerste (?:werkdag|trainingsdag|dag)\b"
    r"|\bvoor jy begin\b|\bvoor (?:jou|die) opleiding\b|\bvoor jou eerste (?:dag|werksdag|skof|opleidingsdag|opleidingsessie)\b|\bsonder (?:\w+ ){0,2}kan jy nie (?:begin|werk)\b|\bvoor (?:die|jou) (?:\w+ )?onderhoud\b|\bvoor (?:jou|die) begindatum\b|\bvoor (?:jou )?aanstelling\b"
    r"|\bvoor(?:dat)? ons (?:vir )?(?:jou )?(?:'n |’n |die )?(?:aanbiedingsbrief|aanbod|kontrak|aanstellingsbrief)\b|\bom te begin\b|\bbago (?:mag[- ]?start|magsimula)\b"
    r"|\bbefore (?:the |your )?(?:final |next |second |last )?(?:\w+ )?(?:round|stage)\b|\bbij (?:je |de |uw )?sollicitatie\b"
    r"|\b(?:before|so|so that) we (?:can |could )?(?:book|schedule|set up|set) (?:your |the |a |an |any )?(?:calls?|interviews?|screening)\b"
    r"|\bvoordat jou (?:\w+ )?onderhoud\b"
    # "You are shortlisted for HOME BASED CSR. Pls send ₱850 via GCash": a shortlisted candidate has no offer yet
    r"|\b(?:you are|you're|you have been|you've been|ikaw ay|aap) (?:\w+ )?shortlist(?:ed)?\b"
    # "Pay the $95 through the secure link, then I'll send you interview times": the payment is the step before
    r"|\bthen (?:i|we|hr|they)(?:'ll| will| can)? (?:send|schedule|book|set up|arrange|give|share|confirm|email)(?: you)?"
    r" (?:your |the |an? |some |available )?(?:\w+ )?(?:interview|offer)"
    # "... betaal word voordat jou begindatum bevestig word": before the start date is set, so before any offer
    r"|\bvoordat (?:jou|je|jouw|u|uw|die|de) (?:begindatum|startdatum|aanstelling|indiensneming)\b"
    # "pay the £38 DBS fee ... so that your interview can be scheduled"; "Para ma-schedule ang final interview, ..."
    r"|\bso (?:that )?(?:your|the|an?) (?:\w+ )?(?:interview|screening) (?:can|could|will) be (?:scheduled|booked|arranged|set up)\b"
    r"|\bpara (?:ma-?|mai-?)?(?:schedule|iskedyul)\w* (?:ang |yung |ng )?(?:\w+ )?interview\b"
    # "your login is only issued once the order is confirmed", "Your dialer seat goes live as soon as your $39 onboarding
    # payment clears"
    r"|\b(?:login|log-?in|access|account|seat)\b[^.;\n]{0,20}\b(?:is |are )?(?:only )?(?:issued|activated|released|created|goes live|go live)\b"
    r"[^.;\n]{0,30}\b(?:once|after|when|as soon as|within \d+ ?(?:hrs|hours) of)\b[^.;\n]{0,40}\b(?:order|payment|fee|invoice)\b"
    r"|\bto be (?:scheduled|booked|invited|considered|shortlisted) (?:for|to) (?:an |the |your )?(?:\w+ )?(?:interview|call|screening)\b"
    # "To be forwarded to the employer for interview, pay $29.99"; "Voor je start bestel je via ons"; "ons registreer jou"
    r"|\bto be (?:forwarded|sent|passed|submitted|endorsed) (?:on )?to (?:the |our )?(?:employer|hiring manager|recruiter|client)s?\b"
    r"|\bvoor (?:je|jij|u) (?:begint|start|begin)\b|\bons registreer jou\b|\bwe(?: will|'ll)? register you as an? (?:agent|member)\b"
    # Roman Urdu: "login ID banane ke liye Rs 1,500 ... bhej dein, phir interview ki call aayegi"
    r"|\bphir (?:aap ka |apka |aapka |aap ki |apki )?interview\b|\b(?:login )?id banane ke liye\b"
    r"|\b(?:have not|haven't|has not|hasn't) (?:yet )?paid (?:will|won't) (?:not )?be (?:contacted|considered|scheduled|interviewed)\b"
    # No job is offered at all: the seeker buys a business ("Start je eigen callcenter vanuit huis!")
    r"|\bstart (?:je|jou|your|ur) (?:eigen|eie|own) (?:[\w-]+ )?(?:callcenter|call cent(?:er|re)|bedrijf|besigheid|business|oproepsentrum)"
    # Urdu and Roman Urdu: "انٹرویو سے پہلے", "جوائننگ سے پہلے", "interview confirm karne ke liye"
    r"|(?:انٹرویو|جوائننگ|آفر لیٹر|ملازمت|سلیکشن)\s*سے پہلے|\b(?:confirm|book|reserve|pakka|pakki) karne ke liye\b"
    r"|\bbefore (?:hr|we|they|i|the (?:company|team|recruiter)) (?:can |will |may )?(?:release|send|issue|e-?mail|finali[sz]e)\w* "
    r"(?:you )?(?:your |the |an )?(?:offer|contract|employment agreement|appointment letter)"
    r"|\bv[oó]{2}r (?:het|je|uw|ons) (?:sollicitatie|kennismakings|video)?gesprek\b|\b(?:moet|moeten) (?:je|u|jij) eerst\b|\bmoet (?:jy|u) eers\b|\bbestel\w* eerst\b"
    r"|\bom (?:je|uw|jouw) \w+ te activeren\b|\bvoordat ons jou (?:cv|aansoek)\b|\bvoor ons jou onderhoud\b"
    r"|\b(?:to )?(?:lock(?: in)?|hold|book|secure|reserve|confirm) (?:your |ur |a |the |their )?(?:spot|slot|seat|place|workstation|desk)\b|"
    r"\bbefore (?:you(?:'re| are) |being |we )?shortlist\w*|"
    # "Para ma-lock ang schedule mo ng final interview", "Om jou onderhoudtyd vas te maak", "om je tijdslot vast te leggen"
    r"\bpara ma-?(?:lock|book|secure|reserve)\b|\bom (?:jou|je|die|uw) (?:\w+ )?(?:onderhoud|gesprek|tyd|tijd|plek|sitplek|gleuf|slot)\w* "
    r"vas(?:t)? te (?:maak|l[êe]|leggen|zetten)\b|\bsecure yours\b|\bseat confirm karne\b"
    # "dan bevestig je je plek in de volgende startgroep", "hou jy jou plek in die volgende inname"
    r"|\bbevestig (?:je|jij|u) (?:je |jouw |uw )?(?:plek|plaats)\b|\bhou (?:jy|u) (?:jou |u )?plek\b"
    # "Om jou onderhoudsplek te bevestig", "To lock in a Teams interview time", "we cannot book your interview until"
    r"|\bom (?:jou|je|uw) (?:\w+ )?(?:onderhoud|gesprek|plek)\w* te (?:bevestig\w*|bespreek|reserveer\w*|hou|houden)\b"
    r"|\b(?:lock(?: in)?|book|secure|reserve|confirm) (?:your |an? |the )?(?:\w+ )?interview (?:time|slot|date|spot)\b"
    r"|\b(?:can ?not|can't|won't|will not) (?:book|schedule|arrange) (?:your |an? |the )?interview until\b"
    r"|\bbago (?:ma-?|i-?)?(?:ship|send|padala)\w*\b[^.;\n]{0,20}\b(?:laptop|unit|equipment|kit|headset)\b"
    r"|\bbago (?:ang |ng |mag-?)?(?:final |initial |job )?(?:interview|offer|training|orientation)\b"
    r"|\bbago (?:ang |ng |yung )?(?:day (?:1|one)|first day|unang araw|start date|simula)\b"
    r"|\bbago (?:ma-?|i-?)?schedule\w* (?:ang |ng |yung )?(?:interview|exam|orientation)\b|\bbefore (?:your |the )?JO\b"
    r"|\bbago (?:ka |kayo )?mag-?(?:start|umpisa|simula)\b|\bpara (?:makuha|ma-?reserve|ma-?hold|ma-?secure) ang (?:slot|spot|pwesto)\b|\bpehle\b|\badvance\b"
    r"|\b(?:will be|is|are|gets?) (?:couriered|shipped|sent|delivered|activated|released|unlocked) (?:to you )?(?:only )?(?:after|once) (?:you pay|payment|we receive)\b"
    r"|(?<!\S)پہلے(?!\S)[^.۔\n]{0,40}(?:جمع|ادا|بھیج)|\bbefore (?:your |the )?(?:contract )?signing\b|\bmuna (?:bayaran|magbayad|i-?gcash)\b"
    r"|\bpara (?:ma-?|i-?)?(?:release|send|issue|makuha|prepare|gawa)\w* (?:ang |yung |ng )?(?:job offer|JO|offer|contract|kontrata)\b"
    r"|\bpara (?:ma-?endorse|maka-?attend)\b|\bbago (?:yung |ang |ng )?(?:contract|kontrata)\b|\bbayad muna\b|\bmagbayad (?:ka )?muna\b|\b(?:phonepe|paytm|gpay|google pay|upi)\b (?:kar|kardo|karo|karein|kare|kijiye)\b"
    r"|\bvoordat (?:we|wij) (?:je|u|jou) (?:kunnen |kan )?(?:inroosteren|inplannen|aannemen|laten starten)\b|\bzonder (?:deze |die )?aankoop\b"
    r"|\bto (?:release|issue|unlock|generate|process) (?:your |the |an )?(?:job )?offer(?: letter)?\b"
    r"|\bna ontvangst\b|\bover te maken\b|\bvoor jy kan begin\b|\bmag-?reserve\b|\bfirst come\b"
    # Sent at once by a phone-number transfer, a voucher or a wallet: paid now, whatever it is for
    r"|\b(?:send|sent|stuur|pay|paid|payable|betaal|babayaran|bayaran|ibayad)\w* (?:it |dit |this |the (?:fee|amount) )?(?:via|by|through|met|per|with) (?:an? )?(?:FNB |ABSA |Capitec )?(?:cash-?send|e-?wallet|zelle|cash ?app|venmo|gcash|maya|jazz ?cash|easy ?paisa|airtime|gift ?cards?|western union|moneygram|upi|payid)\b",
    re.IGNORECASE,
)
# Bought through the employer: its store, its vendor, its partner.
FROM_THE_EMPLOYER = re.compile(
    r"\b(?:from|through|via|at|with) (?:our|the company'?s?|their) (?:approved |preferred |partner |official |own |employee "
    r"|staff |new[- ]hire |company |accredited )?(?:equipment |hardware |tech |technology |IT |testing |screening "
    r"|assessment |logistics |training |clinic |medical |insurance |fulfil{1,2}ment |order )?(?:vendor|supplier|store|shop|portal"
    r"|partner|provider|distributor|reseller|desk)s?\b"
    r"|\bour (?:authori[sz]ed|approved|preferred|official) (?:\w+ )?(?:partner|vendor|supplier|store|reseller)\b"
    # "available only from the Granite Peak company store ($129)"
    r"|\b(?:from|through|via|at) (?:the )?(?:[\w&-]+ ){0,3}company (?:store|shop)\b"
    r"|\bby ons (?:\w+ )?(?:vennootwinkel|verskaffer|vennoot)\b|\bsa (?:amin|aming (?:supplier|store|shop|partner))\b"
    r"|\bsa (?:partner |accredited |official )?(?:supplier|store|shop|partner|vendor) (?:namin|nila)\b"
    # "hamare partner supplier se", "bij onze leverancier"
    r"|\b(?:hamare|humare|hamari|hamara) (?:partner |approved )?(?:supplier|vendor|store|shop|partner)\b"
    r"|\bbij onze? (?:\w+ )?(?:leverancier|partnerwinkel|webwinkel)\b",
    re.IGNORECASE,
)
# A check said, anywhere in the message, to come before the interview.
CHECK_BEFORE_INTERVIEW = re.compile(
    r"\b(?:background|screening|check)\b[^.;\n]{0,80}\bbefore (?:the |your |an? |any )?(?:phone |video |first |final )?"
    r"interview\b|\bonce (?:your |the )?(?:screening|check|report|background check) clears\b[^.;\n]{0,80}\binterview\b",
    re.IGNORECASE,
)
# An amount that points back at what the sentence before named: "₱1,850 lang po ito, babayaran via GCash"
THIS_ONE_AFTER = re.compile(r"\s*(?:lang |lamang )?(?:po )?(?:ito|iyan|yan)\b", re.IGNORECASE)
BRACKETS_ONLY = re.compile(r"\s*\([^()\n]{0,60}\)\s*(?:(?:is|costs?|=|:)\s*)?")
# A sentence that opens on the price of what the one before names: "It's a one-time $65 to set up your login".
IT_COSTS_OPENING = re.compile(
    r"\s*(?:it'?s|it is|that'?s|that is|this is)\s+(?:a |an |only |just )?(?:one-time |once-off |one time )?", re.I
)
STARTER_KIT_NAMED = re.compile(r"\b(?:starter|welcome)[- ]?(?:kit|pack|package|bundle)\b", re.I)
KIT_LISTED_BEFORE = re.compile(
    r"(?P<kit>\bstarter[- ]?(?:kit|pack(?:age)?|pakket)|\bstart(?:ers?)?-?pakket|\b\w*pakket|\bkit)\b[^.;\n:]{0,20}:"
    r"[^.;\n:]{0,80}\s[–-]\s*\Z",
    re.I,
)
# A Tagalog request to send money opening its sentence: what it pays for is named in the one before ("... ang company
# ID at headset kit ninyo. Pa-send lang po ng ₱850 sa GCash")
SEND_REQUEST_OPENING = re.compile(r"\s*(?:pa-?send|paki-?send|pakibayad|paki-?gcash|i-?gcash)\b", re.I)
PAYMENT_VERB_FIRST = re.compile(
    r"\s*(?:send|pay|bayad|magbayad|bayaran|i-?gcash|i-?send|stuur|betaal|transfer|purchase|buy|order)\b", re.I
)
PAID_BACK_LATER = re.compile(
    r"\breimburs\w*|\bire-?reimburse\b|\brefund\w*|\bibabalik\b|\bterugbetaal\w*|\bterug bij\b|\bkrijg je (?:\w+ )?terug\b"
    r"|\bkry jy (?:\w+ )?terug\b"
    # "repaid on your second pay", "The amount is returned in your second payout", "We betalen het in drie maanden
    # terug via je salaris", "Ons betaal dit oor drie maande saam met jou salaris aan jou terug"
    r"|\brepa(?:y|ys|id|yment)\b(?![^.;\n]{0,30}\bdeduct)|\b(?:returned|paid back|credited back|goes back|comes back) (?:to you )?(?:in|on|with|via|over|from|through) (?:your |the )?"
    r"(?:\w+ ){0,2}?(?:pay|payout|payroll|salar|pay ?check|payslip)\w*|\b(?:betalen|betaal) (?:\w+ ){1,8}terug\b"
    r"|تنخواہ میں واپس|واپس کر دی جائے گی|واپس کر دیے جائیں گے",  # "returned in the first salary" (Urdu script)
    re.I,
)
# The offer waits for the money: "Once payment is received we send your offer letter", "Pag na-settle na,
# ise-send na namin ang job offer mo". Read in the fee's sentence and in the one after it.
OFFER_AFTER_PAYMENT = re.compile(
    # "Na ontvangst van de betaling sturen we je arbeidsovereenkomst toe"; "Proof of payment must be sent before your
    # interview is confirmed"
    r"\bna ontvangst van (?:de |je |uw )?betaling\b|\bzodra (?:die|het bedrag|(?:de|je|jouw|uw) betaling|dat) binnen is\b|\bna betaling\b[^.;\n]{0,40}\b(?:startdatum|contract|inloggegevens)\b|\bproof of payment\b[^.;\n]{0,30}\bbefore\b|"
    # "your JO follows within 48 hours of payment"
    # "Offer letter will be emailed within 2 hours of payment"
    r"\b(?:offer|JO|contract|kontrata)\b[^.;\n]{0,30}\b(?:follows?|comes?|is (?:issued|released|sent)"
    r"|will be (?:e-?mailed|sent|released|issued|shared|mailed))\b[^.;\n]{0,30}"
    r"\b(?:of|after|upon|once) (?:the |your )?payment\b|"
    r"\b(?:once|after|when|pag|kapag)\b[^.;\n]{0,30}\b(?:paid|payment|settled?|na-?settle|received|nabayaran|bayad|clears|cleared|goes through|posts"
    r"|delivered|na-?deliver|dumating"
    r"|(?:see|get|receive|confirm) (?:the|your) (?:hold|deposit|transfer))\b"
    r"[^.;\n]{0,60}\b(?:offer|contract|appointment letter|kontrak|kontrata|interview time|interview)\b"
    # the interview named first: "Interview and training dates are assigned once your kit order is confirmed", "Offer
    # letter is released the same day the kit is collected"
    r"|\b(?:interview|offer|contract)\b[^.;\n]{0,40}\b(?:once|after|when|the same day)\b[^.;\n]{0,20}"
    r"\b(?:order|payment|purchase|fee|kit) (?:is |has been )?(?:confirmed|received|processed|paid|cleared|collected)\b"
    r"|\bsodra\b[^.;\n]{0,30}\bontvang\b[^.;\n]{0,40}\bonderhoud|\beers na betaling\b[^.;\n]{0,40}\bonderhoud\w*"
    # "Interview slot will be confirmed after candidate pays ₹1,200 background verification charge"
    r"|\binterview (?:slot |date |time )?(?:will be |is |gets )?(?:confirmed|scheduled|booked|given|fixed) (?:only )?"
    r"(?:after|once|when) (?:the )?(?:candidate|you|applicant)s? (?:pays?|paid|have paid|has paid|make the payment)\b"
    # "After clearance we'll set up your first interview", "Once activated, your offer letter ... will be emailed"
    r"|\bafter (?:clearance|verification|activation)\b[^.;\n]{0,30}\binterview\b"
    r"|\bonce (?:it is |it's )?activated\b[^.;\n]{0,20}\b(?:offer|contract|appointment letter)\b"
    # "Your contract is issued once your scheme payment clears", "Your offer letter is countersigned once the seat is
    # active", "Your employment contract is released ... as soon as AssetSure confirms your cover", "... contract will
    # be sent for e-signing after the bond is confirmed"
    r"|\b(?:offer|contract)(?: letter)?\b[^.;\n]{0,50}\b(?:once|after|as soon as|when)\b[^.;\n]{0,60}"
    r"\b(?:active|activated|activation|confirm\w*|clears|cleared|received|paid|payment)\b"
    r"|\bdaarna (?:kan|kun|mag) (?:je|jij|u) (?:meteen |direct )?(?:beginnen|starten|aan de slag)\b|\bdaarna krijg (?:je|u)\b"
    r"|\binterviews? (?:are|is|will be) (?:booked|scheduled|set)\b[^.;\n]{0,40}\b(?:received|paid|posts)\b"
    r"|\bonly then will (?:hr|we|they|the recruiter) (?:book|schedule|set up)\b[^.;\n]{0,20}\binterview\b"
    r"|\b(?:start date|offer|interview)\b[^.;\n]{0,30}\b(?:confirmed|booked|scheduled|issued)\b[^.;\n]{0,20}\b(?:when|once|after)\b"
    r"[^.;\n]{0,30}\b(?:paid|received|posts)\b|\b(?:us|is) ke baad (?:aap (?:ko|ka) )?interview\b"
    # "Candidates without a completed background check will not be interviewed."
    r"|\bwithout (?:a |the )?(?:completed |paid )?(?:\w+ )?(?:check|fee|payment|kit)s? (?:will|can)(?: not|not|'t) be (?:interviewed|considered|scheduled)"
    # "Your onboarding call cannot be scheduled until the vendor confirms your order."
    r"|\b(?:cannot|can't|won't|will not) be (?:scheduled|sent|issued|released|confirmed|booked)\b[^.;\n]{0,40}\buntil\b"
    r"|\b(?:cannot|can't|won't|will not|may not) (?:attend|start|begin|join)\b[^.;\n]{0,40}\buntil\b"
    r"|\bkailangan (?:mo(?:ng)? )?(?:bayaran|magbayad)\b[^.;\n]{0,30}\bbago\b"
    # "Na betaling plannen wij je sollicitatiegesprek in."
    r"|\bna (?:betaling|ontvangst)\b[^.;\n]{0,40}\b(?:gesprek|sollicitatiegesprek|contract|aanbod|interview|onderhoud)"
    # "Kit milne ke baad hi aap ka login banega": no work until the kit is paid for
    r"|\b(?:ke|kay) baad hi\b[^.;\n]{0,30}\b(?:login|joining|offer|interview|kaam)\b"
    # "رقم ملنے پر آفر لیٹر بھیجا جائے گا", "فیس کے بغیر ٹیسٹ لنک نہیں ملے گا", "token ke baad office ka address"
    r"|(?:رقم|فیس|پیسے|ادائیگی) (?:ملنے|موصول ہونے) (?:پر|کے بعد)[^.۔\n]{0,40}(?:آفر|انٹرویو|لیٹر|لنک)"
    r"|(?:فیس|رقم|ادائیگی) کے بغیر[^.۔\n]{0,40}نہیں (?:ملے گا|ملے گی|ہوگا|ہو گا)"
    # "ڈپازٹ ایزی پیسہ پر بھیجیں، پھر جوائننگ لیٹر ملے گا": send it, then the joining letter comes
    r"|(?:بھیجیں|جمع کرائیں|جمع کروائیں|ادا کریں)[^.۔\n]{0,10}پھر (?:جوائننگ|آفر|اپوائنٹمنٹ) لیٹر"
    r"|\b(?:token|fee|payment) ke baad\b[^.;\n]{0,30}\b(?:address|interview|offer|link|joining)\b"
    # The contract waits for what was bought or paid: "Je arbeidscontract ontvang je zodra het pakket is geactiveerd",
    # "Payment ki receipt bhejne ke baad hi contract issue hoga", "Pas na het assessment volgt een aanbod"
    r"|\b(?:arbeids)?(?:contract|aanbod|overeenkomst)\b[^.;\n]{0,40}\bzodra\b[^.;\n]{0,60}"
    r"\b(?:betaal\w*|ontvangen|geactiveerd|geleverd|binnen|voldaan)\b"
    r"|\b(?:receipt|payment|raseed|order)\b[^.;\n]{0,40}\bke baad(?: hi)?\b[^.;\n]{0,20}\b(?:contract|offer|joining)\b"
    r"|\bpas na (?:het |de |je )?\w+\b[^.;\n]{0,20}\b(?:volgt|krijg\w*|ontvang\w*) (?:je |u )?(?:een |het |je )?(?:aanbod|contract)\b"
    r"|\bna (?:het )?(?:behalen|afronden|voltooien|halen) van (?:het |de |je )?\w+\b[^.;\n]{0,20}\b(?:ontvang|krijg)\w* (?:je|u) (?:je |uw |de |het |een )?(?:overeenkomst|contract|aanbod)\b",
    re.IGNORECASE,
)
RECURRING_YES = re.compile(
    r"monthly|per month|a month|/\s?mo\b|/\s?month\b|every month|each month|weekly|per week|a week|/\s?week|every week|annual"
    r"|per maand|elke maand|maandeliks|maandelijks|kada buwan|buwan-buwan|har mahine|mahana|kada araw|araw-araw|ماہانہ"
    r"|yearly|per year|a year|subscription|recurring|renew|(?:every|each|per) (?:payout|paycheck|pay period)"
    r"|(?:deducted|withheld|taken out|subtracted)\b[^.;\n]{0,20}\b(?:from|of)\b",
    re.IGNORECASE,
)
# "once" as "one time", not as "when" ("Once you are hired, $20 a month ...")
RECURRING_NO = re.compile(
    r"one[- ]time|\bonce\b(?! (?:you|we|they|hired|the|your|a|an|it|training|onboarding|approved))|single (?:payment|fee)",
    re.IGNORECASE,
)
# Taken from pay says nothing of how often: "the $45 fee is deducted once from your first paycheck" is one charge.
TAKEN_FROM_PAY = ("deducted", "withheld", "taken out", "subtracted")


# Money back the seeker never paid out: "deducted every month ... refunded after a year" (held back from pay once
# hired), "headset reimbursed up to $40" (the employer paying for the seeker's own purchase).
TAKEN_FROM_PAY_OR_CAPPED = re.compile(
    rf"\b(?:{'|'.join(TAKEN_FROM_PAY)})\b|\b(?:ikakaltas|ibabawas|ingehouden|afgetrek)\b|\breimbursed up to\b", re.I
)


def _recurring(sentence: str) -> str:
    """Whether a fee the sentence names recurs: "yes", "no" (one time) or "unknown"."""
    periodic = [m for m in RECURRING_YES.finditer(sentence) if not m.group().lower().startswith(TAKEN_FROM_PAY)]
    if periodic:
        return "yes"
    if RECURRING_NO.search(sentence):
        return "no"
    return "yes" if RECURRING_YES.search(sentence) else "unknown"


FEE_WINDOW = 60
PERCENT = re.compile(r"\d{1,2}(?:\.\d)?\s?%")
# A sentence warning seekers about impostors ("If someone asks you to pay for a starter kit, it isn't us").
FEE_WARNING = re.compile(
    r"\bisn'?t us\b|\bnot (?:from )?us\b|\bwe (?:will |'ll )?never\b|\bif (?:someone|anyone|a recruiter"
    r"|you are asked)|\bscam|\bfraud(?!ulent (?:applications?|applicants?|candidates?|sign-?ups?))|\bbeware\b|\bimpersonat|\bnever pay\b|\bkhabardar\b|\bingat\b"
    # a reminder that warns ("PAALALA: hindi kami naniningil"), not one that tells ("Paalala: may ₱500 monthly deduction")
    r"|\bpaalala\b(?=[^.\n]{0,40}\b(?:hindi|huwag|wag|walang|wala|never|scam\w*)\b)"
    r"|\bbedrog\w*|\boplicht\w*|\bwaarschuwing\b|\bnahi (?:leti|lete|leta|li jati|mangte|mangti)\b|\bnooit\b|\bnaniningil\b"
    r"|خبردار|دھوک|فراڈ|\bکبھی\b|نہیں لیتے|نہیں لیتی|نہیں مانگتے|\bwill never (?:ask|charge|require)\b"
    r"|\bkoi\b[^.;\n]{0,80}?\bnahi(?:n)?\b"
    # What others ask, told by the seeker or the recruiter: "Yung iba po kasi nanghihingi ng processing fee"
    r"|\b(?:yung|ang|mga) iba(?:ng)?\b[^.;\n]{0,20}\bnanghihingi\b|\b(?:other|some) (?:companies|jobs|recruiters|sites|people) (?:ask|asked|charge|charged|want)\b"
    # "Lumora never charges registration fees, training fees or a security deposit"
    # "huwag maniwala sa nag-aask ng fee": don't believe whoever asks for one
    r"|\bhuwag (?:po |kayong |kang )?(?:maniwala|magpaloko|magbayad|magpadala)\b"
    r"|\breport anyone\b|\bon our behalf\b|\bniet van ons\b|\bnie van ons\b|\bnep(?:vacature|bericht)\w*|\bnever (?:charges?|asks?|requires?|requests?|collects?)\b|\b(?:does|do|will) not (?:charge|collect|ask (?:you )?for)\b"
    # "had a bad experience with a "job" that wanted me to pay for software": another job, told by the seeker
    r"|\b(?:a|another|the other|my last|my previous|that) [\"“']?(?:job|offer|company|recruiter|gig)[\"”']? (?:that|which|who) "
    r"(?:wanted|asked|made|told|needed) me\b"
    # "Yung isang inapplyan ko dati humingi ng ₱1,500": another offer the seeker applied to before
    r"|\binapplyan ko dati\b"
    # "Hindi kami nagpapabayad ng processing fee o training fee"
    r"|\bhindi (?:po )?kami (?:nagpapabayad|naniningil|humihingi|nanghihingi)\b"
    # "Kindly do not pay anybody claiming to be from Blue Heron for "offer letter processing", we dont charge."
    r"|\bclaiming to be\b|\b(?:do not|don'?t|never) pay (?:anybody|anyone)\b|\bwe dont charge\b",
    re.IGNORECASE,
)


# Taken out of pay, not paid now: "₱1,000 kada sahod na 'cash bond' deduction", "ikakaltas", "wordt ingehouden".
DEDUCTED = re.compile(r"\bdeduct\w*|kaltas|\bingehouden\b|\bafgetrek\b|\bkaat\w*|\bwithheld\b", re.IGNORECASE)
DEPOSIT_WORD = re.compile(r"deposit|borg|waarborg|security|ڈپازٹ|سیکیورٹی|سیکورٹی", re.I)


GIVEN_WORD = re.compile(r"\b(?:allowance|stipend|bonus|vergoeding|toelae|toelage|subsidy|reimburs\w*)\b", re.I)
BRACKETED_NAME_REACH = 50  # characters from a bracketed price back to what it prices: a name in quotes fits
# Paid to the seeker, named after the amount: "€2,35 internet/home-work allowance", "R500 data toelae", "€2 per day
# home working allowance" (the rate's unit first).
ALLOWANCE_AFTER = re.compile(
    r"(?:[ \t]?(?:per|a|an|/|p/)[ \t]?(?:day|week|month|shift|dag|maand)\b)?"
    r"[ \t]?(?:[\w/-]+[ \t]){0,2}?(?:allowance|vergoeding|toelae|toelage|stipend)\b",
    re.I,
)
# Someone else pays: "Customers pay the company directly", "members pay us by debit order".
OTHERS_PAY = re.compile(
    r"\b(?:customers?|clients?|members?|callers?|patients?|debtors?|buyers?|donors?|policyholders?|subscribers?)"
    r"(?:\s+(?:will|can|may|must|usually|always|then))?\s+$",
    re.IGNORECASE,
)
# After an amount: the pay that begins ("Once you pass the final assessment your $15 starts from your first day").
PAY_STARTS = re.compile(r"\s+(?:starts|begins|kicks in)\b(?! (?:at|from) (?:[$₱₹€£]|R\s?\d))", re.IGNORECASE)
# After a bare amount that follows the pay rate: the step it rises to ("$21.40 after certification").
PAY_STEP_AFTER = re.compile(r"\s?(?:after|once|upon|when|on completion of)\b", re.IGNORECASE)
# Said right after a price: nothing is paid now, it comes out of pay later.
NOTHING_NOW = re.compile(
    r"\bwalang babayaran ngayon\b|\bnothing to pay (?:now|today|up ?front)\b|\bno (?:up-?front|advance) payment\b"
    r"|\bniets vooraf\b|\bniks vooraf nie\b|\babhi kuch (?:nahi|nahin) dena\b",
    re.IGNORECASE,
)
LIST_CONTINUES = re.compile(r"[\s,]*(?:or|and|nor)\b", re.IGNORECASE)


def _list_clause(scanner: Scanner, start: int, end: int) -> tuple[int, int]:
    """The clause of a match, with the one before when this one only continues a list ("We will never ask you to
    pay for training, or send a processing fee": the warning covers both)."""
    a, b = scanner.clause(start, end)
    if a and LIST_CONTINUES.match(scanner.text, a):
        a = scanner.clause(a - 1)[0]
    return a, b


def _near_a_rate_before(rates: list[Rate], money: Money, since: int) -> bool:
    """A pay rate earlier in the sentence, in the same currency, of about the same size as `money` (a pay step
    after it: "$21.40 after certification"; not "$20/hr; starter kit $99 once hired")."""
    return any(
        since <= r.money.start < money.start
        and r.money.currency == money.currency
        and r.money.amount / 2 <= money.amount <= r.money.amount * 2
        for r in rates
    )


def _introduced_by_line_before(scanner: Scanner, s_start: int) -> tuple[str, int, int] | None:
    """What the line before pays for, when that line ends in a colon and names the employer's partner or vendor."""
    if s_start == 0:
        return None
    p_start, p_end = scanner.sentence(s_start - 1)
    introduces = scanner.text[p_start:p_end].rstrip().endswith(":")
    if not introduces or not FROM_THE_EMPLOYER.search(scanner.text, p_start, p_end):
        return None
    return _nearest_kind(scanner, p_start, p_end, p_end)


def _next_to(text: str, kind_match: tuple[str, int, int], start: int, end: int) -> bool:
    """Whether an amount at start:end sits next to what it pays for: within 20 characters, or a kit's contents in
    brackets between ("Joining kit (headset + SIM + ID) ₹1,850")."""
    kind, k_start, k_end = kind_match
    if min(abs(k_start - end), abs(start - k_end)) <= 20:
        return True
    if k_end <= start <= k_end + 70 and FOR_AFTER_KIND.fullmatch(text, k_end, start):
        return True  # "complete a DBS check with our partner agency for £65": the thing, who does it, then its price
    if end <= k_start and NAME_BEFORE_KIND.fullmatch(text, end, k_start):
        return True  # "our R2 999 Contact Centre Skills course": the price, then the thing by its name
    if (
        end <= k_start
        and PRICE_OPENS_PHRASE.search(text, max(0, start - 6), start)
        and WORDS_BEFORE_KIND.fullmatch(text, end, k_start)
    ):
        return True  # "The $65 bilingual proficiency assessment": the price of the thing its phrase names
    return kind == "starter_kit" and k_end <= start and BRACKETS_ONLY.fullmatch(text, k_end, start) is not None


# An offer accepted or signed already ("thanks for returning your signed offer letter"): a check fee named now comes
# after the offer. `signals.SIGNED_ALREADY` (new-hire paperwork) starts from the same words.
ACCEPTED_OFFER_WORDS = (
    r"\b(?:returning|returned) (?:your|the) signed offer\b|\bthanks? (?:you )?for (?:signing|accepting) (?:our|the|your)"
    r" (?:job |written )?offer\b|\bon (?:accepting|signing) (?:our|the|your) (?:job |written )?offer\b"
    r"|\byou(?:'ve| have) accepted (?:our|the|your|this) (?:job )?offer\b"
    # "it only applies now that you have an offer in hand"; Dutch "Leuk dat je het contract hebt getekend!"
    r"|\bnow that you (?:have|hold|'ve got) (?:an?|the|your) (?:written |job )?offer\b"
    r"|\b(?:dat |nu )(?:je|u) (?:het |je |jouw |uw )?(?:arbeids)?contract (?:hebt |heeft )?(?:getekend|ondertekend)\b"
    # "(you're getting this because you signed your offer letter on 4/2)", "only bc I already signed the offer"
    r"|\bbecause you (?:signed|accepted) (?:our|the|your) (?:job |written )?offer\b"
    r"|\b(?:i|we) (?:already |have |'ve )?(?:signed|accepted) (?:the|my|our) (?:job |written )?offer\b"
    # a ticked checklist item: "[x] Offer letter signed (received 11/04)"
    r"|\[[x✓✔]\]\s*(?:job |written )?offer(?: letter)? (?:signed|accepted)\b"
)
OFFER_ALREADY_ACCEPTED = re.compile(ACCEPTED_OFFER_WORDS, re.IGNORECASE)
NAME_BEFORE_KIND = re.compile(r"[^\S\n](?:[A-Z][\w&-]*[^\S\n]){1,4}")
PRICE_OPENS_PHRASE = re.compile(r"\b(?:the|a|an|our|your|this)\s$", re.IGNORECASE)
WORDS_BEFORE_KIND = re.compile(r"[^\S\n](?:[\w-]+[^\S\n]){1,3}")
FOR_AFTER_KIND = re.compile(
    r"[^.;,!?\n]*\b(?:for|(?:rented|leased) (?:\w+ ){0,3}at)\s*"
    # "background screening through our partner ClearPath Verify ($39.95, ...)": who does it, then its price
    # "Activatie van je agent-account bij onze partner CallDesk Europe – €49": the same, the price after a dash
    # ... or after a dash and what the amount is: "the company laptop on EMI from our IT vendor — down payment ₹4,999"
    # ... or in Tagalog: "ang Training Bond/Insurance sa partner insurer namin – ₱1,500"; "(≈$29/month": about
    r"|[^.;,!?\n()]*\b(?:through|with|via|by|from|bij|deur|sa)\b[^.;!?\n()]{0,60}(?:\(|\s[–—-])\s*"
    r"(?:(?:down |first |initial )?payment|deposit|price|cost|fee)?(?: of)?\s*(?:[≈~]|approx\.?\s|about\s|ca\.\s?)?\s*"
    # "our screening vendor (GreenLine Verify, $35)": the vendor's name, then the price, in one bracket
    r"|[^.;,!?\n()]{0,20}\([^()\n,]{1,30},\s*"
    # "order with our authorized equipment partner DeskReady Supply ($149.00, ...)": the thing's own seller, then
    # the price
    r"|\s(?:partner|vendor|supplier|distributor|store|shop)\b[^.;,!?\n()]{0,40}(?:\(|\s[–—-])\s*",
    re.IGNORECASE,
)
# ("returned in full on your first paycheck")
PROMISED_BACK = re.compile(r"\b(?:back|refund\w*|reimburs\w*|returned|repaid|credited)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


# "nothing is ever owed before an offer", "no payment is ever due prior to hire": the time nothing is paid.
NOTHING_DUE_BEFORE = re.compile(
    r"\b(?:nothing|never|no (?:fee|money|payment|charge)s?)\b[^.;,]{0,30}\b(?:owed|due|paid|payable|charged|asked)\b"
    r"[^.;,]{0,10}$",
    re.IGNORECASE,
)


# "two paid days ($", "paid training (": the amount in the brackets is what the seeker is paid.
PAID_TO_YOU_BEFORE = re.compile(r"\bpaid(?: [\w-]+){0,2}\s*\(\s*$", re.IGNORECASE)
# "Training - 4 days online, paid as a flat $120 once you complete it": an amount paid to the seeker, whatever names it.
PAID_AS_BEFORE = re.compile(r"\bpaid as an? (?:flat |one-time |lump[- ]sum |fixed )?(?:stipend of )?$", re.IGNORECASE)


def _timing(sentence: str) -> str:
    """When a fee the sentence names is due: "after_offer", "before_offer" or "unknown"."""
    for m in AFTER_OFFER.finditer(sentence):
        # "the $39 deposit is credited back after hire": when the money comes back, not when it is paid
        if not PROMISED_BACK.search(sentence, max(0, m.start() - 30), m.start()):
            return "after_offer"
    before = any(
        not NOTHING_DUE_BEFORE.search(sentence, max(0, m.start() - 50), m.start()) for m in BEFORE_OFFER.finditer(sentence)
    )
    return "before_offer" if before or OFFER_AFTER_PAYMENT.search(sentence) else "unknown"


def _nearest_kind(scanner: Scanner, a: int, b: int, anchor: int, kit_first: bool = True) -> tuple[str, int, int] | None:
    """What the fee nearest `anchor` pays for. A kit beats the gear in it ("Starter kit (headset) $79"); a
    deposit next to gear is for the gear ("a €200 deposit for the laptop on loan")."""
    best = kit = gear = None
    for m in scanner.iter(FEE_KIND, a, b):
        distance = abs(m.start() - anchor)
        candidate = (distance, m.lastgroup, m.start(), m.end())
        if best is None or distance < best[0]:
            best = candidate
        if (
            m.lastgroup == "starter_kit"
            and not DEPOSIT_WORD.fullmatch(m.group())
            and (kit is None or distance < kit[0])
        ):
            kit = candidate
        if m.lastgroup == "equipment" and (gear is None or distance < gear[0]):
            gear = candidate
    if best is None:
        return None
    if best[1] == "equipment" and kit is not None and kit_first:
        return kit[1:]
    if best[1] == "starter_kit" and gear is not None and DEPOSIT_WORD.fullmatch(scanner.text[best[2] : best[3]]):
        return gear[1:]
    return best[1:]


# A payment the seeker sends ("is paid by Interac e-Transfer to billing@...") and a purchase the seeker must make.
PAID_BY_TRANSFER = re.compile(
    r"\b(?:paid|payable|sent) (?:by|via|through|with) (?:an? )?(?:interac|e-?transfer|zelle|cash ?app|venmo|paypal|gcash"
    r"|maya|easy ?paisa|jazz ?cash|eft|bank transfer|upi)\b",
    re.IGNORECASE,
)
MUST_BUY = re.compile(r"\b(?:must|need to|needs to|have to|has to|required to) (?:purchase|buy|pay for|order)\b", re.I)


def _nearest_money(amounts: list[Money], starts: list[int], a: int, b: int, anchor: int) -> Money | None:
    """The amount inside [a, b] starting nearest `anchor`; `amounts` sorted by start, `starts` their starts."""
    candidates = amounts[bisect_left(starts, a) : bisect_right(starts, b)]
    return min((m for m in candidates if m.end <= b), key=lambda m: abs(m.start - anchor), default=None)


def _cue_name(found: str) -> str:
    """A cue by its verb where the match goes on to what is bought: "order the bundle" is an "order"."""
    verb = found.split(" ", 1)[0]
    return verb if verb in ("order", "koop") else found


def extract_fees(scanner: Scanner, found: Collector, amounts: list[Money], rates: list[Rate]) -> None:
    text = scanner.text
    rate_starts = {r.money.start for r in rates}
    loose = sorted((m for m in amounts if m.start not in rate_starts), key=lambda m: m.start)
    loose_starts = [m.start for m in loose]
    # What a sale earns names what is sold, which may be a cue word: "$65 per confirmed furnace/AC rental sign-up".
    earned = [span.span() for m in loose if (span := EARNED_PER.match(text, m.end))]
    anchors = [
        (m.start(), m.end(), _cue_name(m.group().lower()))
        for _, m in scanner.find_first_of(FEE_CUES)
        if not any(a <= m.start() < b for a, b in earned)
    ]
    anchors += [(m.start, m.end, "$") for m in loose]
    anchors.sort()
    seen: set[tuple[int, str]] = set()
    used_money: set[int] = set()
    for count, (start, end, cue) in enumerate(anchors, 1):
        if not scanner.within_limits(count):
            break
        s_start, s_end = scanner.sentence(start, end)
        if scanner.in_question(start):  # "May babayaran ba ako?", "Is there a fee?": the answer says
            continue
        if cue.startswith("pay") and any(s in rate_starts for s in range(start, end + 1)):
            # "Pay $17.00/hr + $1.25/hr evening differential", "Pay R9,800pm basic": the seeker's pay, not a payment
            continue
        if (
            cue.startswith("teen")
            and any(s in rate_starts for s in range(start, end))
            and (
                SALARY_BEFORE_TEEN.search(scanner.before_in_clause(start, 60))
                or PASSIVE_BEFORE_TEEN.search(text, max(0, start - 15), start)
            )
        ):
            continue  # "Jy is aangestel as tuisagent teen R9,000 p.m.": the salary, not a price
        if (
            scanner.negated(start, 30 if cue == "$" else NEGATION_WINDOW)
            or (cue.startswith("charge") and CHARGES_NOTHING.match(text, end))
            or FEE_WAIVED.match(text, end)
            or EMPLOYER_PAYS.search(scanner.before_in_clause(start, 140) + text[start:end])
            or EMPLOYER_PAYS_AFTER.search(text, end, scanner.sentence(start, end)[1])
            or FEE_WARNING.search(scanner.warning_text(*_list_clause(scanner, start, end)))
        ):
            if cue not in ("$", "cost", "costs", "buy", "purchase"):
                found.signal("no_fees", start, end, "no fee")
            continue
        if cue == "$" and PAID_TO_YOU_BEFORE.search(text, max(0, start - 30), start):
            continue  # "Training: two paid days ($120 flat)": what the seeker is paid for them
        if (
            cue in ("fee", "fees")
            and LABEL_LINE_START.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
            and (rate := FEE_LABEL_RATE.match(text, end))
            and RATE_UNIT.match(text, rate.end())
        ):
            continue  # "Fee: €0.19 per connected call minute": a freelancer's rate, labelled as the fee they earn
        if cue == "$" and ALLOWANCE_AFTER.match(text, end):
            continue  # "plus €2,35 internet/home-work allowance per day worked": paid to the seeker
        if cue == "$" and PAY_STARTS.match(text, end):
            continue  # "your $15 starts from your first day on the phones": the pay rate, starting
        if PAID_BY_EMPLOYER_BEFORE.search(scanner.before_in_clause(start, 40)):
            continue  # "plus paid study time and exam fees for your licence": a benefit the employer pays
        if cue.startswith("pay") and OTHERS_PAY.search(text, max(0, start - 30), start):
            continue  # "Customers pay the company directly through the debit order system": not the seeker
        if cue != "$" and (
            FEES_AS_THE_WORK.match(text, scanner.clause(start)[0], start)
            or WORK_VERB_BEFORE.search(text, max(0, start - 30), start)
            or PER_SALE_BEFORE.search(text, max(0, start - 40), start)
        ):
            continue
        c_start, c_end = scanner.clause(start, end)
        window_a, window_b = max(s_start, start - FEE_WINDOW), min(s_end, end + FEE_WINDOW)
        bought_before = False
        if cue == "$":  # "Welcome Kit ($59)": what an amount pays for may sit outside its brackets
            kind_match = _nearest_kind(scanner, window_a, window_b, start)
        else:
            kind_match = _nearest_kind(scanner, max(c_start, window_a), min(c_end, window_b), start)
        money = _nearest_money(loose, loose_starts, window_a, window_b, start)
        if money is None and cue in BUYING_CUES and FROM_THE_EMPLOYER.search(text, s_start, s_end):
            # "purchase your laptop and software bundle from our vendor (ProDesk, link attached, $1,180)"
            money = _nearest_money(loose, loose_starts, s_start, s_end, start)
        if cue == "$":
            # A bare amount is a fee only right next to what it pays for: "$45 background check", "kit for $99".
            if kind_match is not None and not _next_to(text, kind_match, start, end):
                # "licence ($39, purchased through our applicant portal)": the thing next to the amount
                kind_match = _nearest_kind(scanner, window_a, window_b, start, kit_first=False)
            if kind_match is None or not _next_to(text, kind_match, start, end):
                kit = _nearest_kind(scanner, max(s_start, start - 2 * FEE_WINDOW), start, start)
                listed = KIT_LISTED_BEFORE.search(text, max(s_start, start - 140), start)
                if kit is not None and kit[0] == "starter_kit" and _next_to(text, kit, start, end):
                    # "the Summit Starter Kit (USB headset + softphone license + security token) for $129": a kit
                    # whose contents fill the window before its price
                    kind_match = kit
                elif listed is not None:
                    # "ons starter-pakket nodig: kopstuk, skriphandleiding en SIM-kaart – R850": the kit, then its price
                    kind_match = ("starter_kit", listed.start(), listed.end("kit"))
                elif (
                    named_kit := STARTER_KIT_NAMED.search(text, max(s_start, start - 3 * FEE_WINDOW), start)
                ) is not None and FROM_THE_EMPLOYER.search(text, named_kit.end(), start):
                    # "the Home Agent Starter Kit (USB headset, softphone licence and security token) which is
                    # purchased through our fulfilment desk for $79.99": the kit, its contents, its seller, its price
                    kind_match = ("starter_kit", named_kit.start(), named_kit.end())
                elif (
                    kind_match is not None
                    and kind_match[0] == "equipment"
                    and FROM_THE_EMPLOYER.search(text, kind_match[2], start)
                ):
                    # "our approved headset, available only from the Granite Peak company store ($129)": the gear, then
                    # the employer's own seller, then the price
                    pass
                elif (
                    (FROM_THE_EMPLOYER.search(text, s_start, s_end) or THIS_ONE_AFTER.match(text, end))
                    and (previous := _nearest_kind(scanner, scanner.sentence(max(0, s_start - 1))[0], s_start, s_start))
                    is not None
                    and previous[0] == "equipment"
                ):
                    # "DataSync Pro 6 (our keying software). New hires get it at the discounted rate of $79 through our
                    # vendor link": "it" is the software the sentence before names, sold through the employer
                    kind_match = previous
                elif (
                    PAID_BY_TRANSFER.search(text, end, s_end)
                    and MUST_BUY.search(scanner.sentence_before(start))
                    and (previous := _nearest_kind(scanner, scanner.sentence(max(0, s_start - 1))[0], s_start, s_start))
                    is not None
                ):
                    # "... each agent must purchase the dialler licence ... The first month ($89) is paid by Interac
                    # e-Transfer to billing@...": the price of what the sentence before makes the seeker buy, and due
                    # when that sentence says ("Before training begins")
                    kind_match = previous
                    bought_before = True
                elif (
                    SEND_REQUEST_OPENING.match(text, s_start)
                    and (previous := _nearest_kind(scanner, scanner.sentence(max(0, s_start - 1))[0], s_start, s_start))
                    is not None
                ):
                    # "... kailangan ma-process ang company ID at headset kit ninyo. Pa-send lang po ng ₱850 sa GCash":
                    # a request to send money opening its sentence pays for what the sentence before names
                    kind_match = previous
                elif text[max(0, start - 1) : start] == "(" and (
                    check := BACKGROUND_CHECK.search(text, s_start, start)
                ):
                    # "... need a current national police check through our screening partner, ClearPath Checks
                    # ($89)": a bracketed price in a sentence about the check is the check's
                    kind_match = ("background_check", check.start(), check.end())
                elif (
                    text[max(0, start - 1) : start] == "("
                    and (named := _nearest_kind(scanner, max(s_start, start - BRACKETED_NAME_REACH), start, start))
                    and named[0] in ("training", "starter_kit")
                    and not GIVEN_WORD.search(text, named[2], start)
                ):
                    # "de verplichte online cursus 'Klantcontact Professional' (€149)": a bracketed price after a
                    # course or kit and its name (not "Laptop, headset and internet allowance (₱1,500)")
                    kind_match = named
                elif IT_COSTS_OPENING.fullmatch(text, s_start, start) and (
                    previous := _nearest_kind(scanner, scanner.sentence(max(0, s_start - 1))[0], s_start, s_start)
                ):
                    # "Right after your agent ID activation. It's a one-time $65 to set up your login": the price of
                    # what the sentence before names
                    kind_match = previous
                elif (introduced := _introduced_by_line_before(scanner, s_start)) is not None:
                    # "... complete your medical exam with our accredited clinic partner:\nMediTrust – PHP 1,850":
                    # the line before names what is paid for and who sells it; this line is the seller and price
                    kind_match = introduced
                else:
                    continue
            if scanner.negated(kind_match[1], 30):  # not "If you don't have it yet, the ... $60 exam"
                continue
            if SOLD_BEFORE.search(text, max(s_start, kind_match[1] - 40), kind_match[1]):
                continue  # "reps ... close membership packages ($1,995-$4,995)": the price of what the work sells
            if PAY_STEP_AFTER.match(text, end) and money is not None and _near_a_rate_before(rates, money, s_start):
                continue  # "$19.10 per hour (starting); $21.40 after certification": the pay's next step
            if COMMISSION_LIST_BEFORE.search(text, s_start, start):
                continue  # "R250 per sale on funeral cover, R180 on legal insurance": what a sale earns
            if HOURLY_AFTER.match(text, end) or (
                RECEIVED_BEFORE.search(text, max(0, start - 40), start) and PAYMENT_AFTER.match(text, end)
            ):
                continue  # "+ $1.00/hr after certification", "you receive a flat $100 certification payment": pay
            if EARNED_PER.match(text, end) or BOUGHT_ANYWHERE.search(text, end, min(s_end, end + 40)):
                continue  # "$25 per activated system": what a sale earns; "(about $30 at any store)": no vendor of theirs
        if (
            kind_match is not None
            and kind_match[0] == "training"
            and (
                PAID_BEFORE_KIND.search(text, max(0, kind_match[1] - 12), kind_match[1])
                or PAID_AFTER_KIND.match(text, kind_match[2])
            )
        ):
            # "Rs 50,000, paid training", "40k, training paid", "teen R8 500 per maand met betaalde opleiding": the
            # salary, then training that is paid, whatever cue ("$", "teen", "for") stands before the amount
            continue
        has_percent = PERCENT.search(text, window_a, window_b) is not None
        if kind_match is None and money is not None and cue != "$":
            # What is paid for may sit before a bracket: "ons startpakket (headset, belscript) voor €75"
            kind_match = _nearest_kind(scanner, max(window_a, text.rfind(";", window_a, start) + 1), start, start)
        if kind_match is None and money is not None and (check := BACKGROUND_CHECK.search(text, s_start, s_end)):
            # "You order it through the screening company link in your offer letter; the one-time fee is $45"
            kind_match = ("background_check", check.start(), check.end())
        if (
            kind_match is None
            and money is not None
            and (THE_FEE.match(text, s_start) or FEE_FOR_THIS_AFTER.match(text, money.end))
            and BACKGROUND_CHECK.search(scanner.sentence_before(start))
        ):
            # "... you complete a background check through our screening vendor. The $50 fee is paid by you ..."
            kind_match = ("background_check", start, end)
        if MICRO_DEPOSITS.search(text, s_start, s_end):
            continue  # "Gusto may send two small deposits (each less than $1.00)": sent to you, to check the account
        if kind_match is None and money is not None and THE_KIT_COSTS.match(text, s_start):
            b_start = scanner.sentence(max(0, s_start - 1))[0]
            kit = next((m for m in scanner.iter(FEE_KIND, b_start, s_start) if m.lastgroup == "starter_kit"), None)
            if kit is not None:
                kind_match = ("starter_kit", kit.start(), kit.end())
        if (
            kind_match is None
            and money is not None
            and (LABEL_OPENING.fullmatch(text, s_start, start) or COST_OF_THIS.match(text, s_start))
        ):
            # A label opening its sentence, or a cost "for this", names no thing: what it costs is the sentence before
            # ("... haal ons online certificaat. Kosten: €89", "... het online certificaat. De kosten van € 95 betaal je
            # zelf", "... het KCC-basiscertificaat af. De eigen bijdrage hiervoor is €79")
            b_start = scanner.sentence(max(0, s_start - 1))[0]
            kind_match = _nearest_kind(scanner, b_start, s_start, s_start)
        if cue in BUYING_CUES and BOUGHT_ANYWHERE.search(text, start, s_end):
            continue  # "buy lead packages from outside vendors": bought anywhere, not paid to the employer
        if kind_match is None and cue in BUYING_CUES and FROM_THE_EMPLOYER.search(text, s_start, s_end):
            # "... certified only for the Redwood headset. Please order it from our Employee Store": "it" is the gear
            # the sentence before names
            previous = _nearest_kind(scanner, scanner.sentence(max(0, s_start - 1))[0], s_start, s_start)
            if previous is not None and previous[0] == "equipment":
                kind_match = previous
        if kind_match is None:
            # A charge taken from pay is one whatever it is for ("$20/month VPN token, deducted from your paycheck").
            from_pay = (
                cue.endswith("deducted") or cue in ("taken out of", "netted from") or cue.startswith("taken from")
            ) and money is not None
            if (money is None and not has_percent) or (cue in WEAK_CUES and not from_pay):
                continue
            kind, k_start, k_end = "other", start, end
        else:
            kind, k_start, k_end = kind_match
            if (
                kind == "starter_kit"
                and text[k_start:k_end].lower() == "processing"
                and BACKGROUND_CHECK.search(text, s_start, s_end)
            ):
                kind = "background_check"  # "runs your background check; new hires pay a $40 processing fee"
        # "please order the bundle from TechNest Outlet, our authorized partner ... we'll reimburse you": bought
        # through the employer's vendor on a promise of money back, the fake-vendor scheme, priced or not
        vendor_scheme = (
            kind == "equipment"
            and cue in BUYING_CUES
            and FROM_THE_EMPLOYER.search(text, s_start, s_end) is not None
            and PAID_BACK_LATER.search(text, s_start, min(len(text), s_end + 200)) is not None
        )
        # "Please order it from our Employee Store before your training class begins. The price is $129": bought from
        # the employer before the job starts, priced in the next sentence
        store_first = (
            kind == "equipment"
            and cue in BUYING_CUES
            and FROM_THE_EMPLOYER.search(text, s_start, s_end) is not None
            and BEFORE_OFFER.search(text, s_start, s_end) is not None
            and AFTER_OFFER.search(text, s_start, s_end) is None
        )
        if store_first and money is None:
            next_start, next_end = scanner.sentence(min(len(text) - 1, s_end + 1))
            money = _nearest_money(loose, loose_starts, next_start, next_end, next_start)
        if (
            cue in WEAK_CUES
            and money is None
            and kind not in ("training", "starter_kit")
            and not vendor_scheme
            and not store_first
        ):
            continue
        if cue == "bayad" and (SEEKER_IS_PAID.match(text, end) or money is None):
            # "bayad ang training": the training is paid; "may bayad ang training" says it is paid or that it costs
            # (both are written): no fee without an amount or "magbabayad ka" ("May training 1 week, bayad").
            continue
        if cue.startswith("jama") and money is None:  # "CNIC copy ... jama karwayen": documents handed in
            continue
        if kind == "application" and money is None and cue not in ("fee", "fees"):
            continue
        if money is not None and (
            GIVEN_AFTER.match(text, money.end) or GIVEN_BEFORE.search(text, max(0, money.start - 25), money.start)
        ):
            continue
        if money is not None and money.amount == 0:  # "$0 to join": a fee of nothing is no fee
            found.signal("no_fees", start, end, "no fee")
            continue
        key = (s_start, kind)
        if key in seen or (money is not None and money.start in used_money and kind == "other"):
            continue
        seen.add(key)
        if money is not None:
            used_money.add(money.start)
        sentence = text[s_start:s_end]
        timing = _timing(sentence)
        if bought_before and _timing(scanner.sentence_before(start)) == "before_offer":
            timing = "before_offer"
        if (
            timing == "before_offer"
            and NOTHING_NOW.search(after := scanner.sentence_after(start))
            and AFTER_OFFER.search(after)
        ):
            timing = "after_offer"  # "Bago mag-start, bumili ng headset sa amin. Walang babayaran ngayon, ikakaltas sa sahod."
        if timing == "unknown" and (
            kind in ("application", "testing")
            or "deposit" in cue
            or cue in ("borg", "waarborg")
            or DEPOSIT.search(sentence)
        ):
            timing = "before_offer"
        elif timing == "unknown":
            # The sentence before or after may say it ("All candidates must clear a background check before we
            # can schedule your interview. The $65 fee is paid ..."; "... Once it is paid we send your offer.")
            # A check after an offer already signed or accepted, anywhere in the message, is after the offer ("thanks for
            # returning your signed offer letter ... Their one-time $40 screening fee ..."); else the sentence before says
            accepted = kind == "background_check" and OFFER_ALREADY_ACCEPTED.search(text) is not None
            timing = "after_offer" if accepted else _timing(scanner.sentence_before(start))
            if timing == "unknown" and kind == "background_check" and CHECK_BEFORE_INTERVIEW.search(text):
                # "all candidates complete a pre-employment background screening before the phone interview is
                # scheduled. ... Screening cost: $39.99": the message says elsewhere when the check comes
                timing = "before_offer"
            # ... or one of the two after it ("It is reimbursed later. Your onboarding cannot be scheduled until ...")
            next_sentence = scanner.sentence_after(start)
            following = next_sentence + scanner.sentence_after(min(len(text) - 1, s_end + 1))
            if timing == "unknown" and OFFER_AFTER_PAYMENT.search(following):
                timing = "before_offer"
            elif timing == "unknown" and REFERS_BACK.match(next_sentence) and BEFORE_OFFER.search(next_sentence):
                timing = "before_offer"  # "... pay a $45 screening fee. This step is required before your interview."
            elif (
                timing == "unknown"
                and PAYMENT_VERB_FIRST.match(next_sentence)
                and _timing(next_sentence) == "before_offer"
            ):
                timing = (
                    "before_offer"  # "... NBI clearance at medical mo, ₱1,300 all-in. Send lang via GCash bago ..."
                )
            elif (
                timing == "unknown"
                # (a kit, a "caution amount" or a charge paid now and promised back from pay is paid before any pay
                # exists too; not a background check, which an employer may refund after a written offer)
                and (kind == "equipment" or (kind in ("starter_kit", "other") and not DEDUCTED.search(sentence)))
                and (vendor_scheme or PAID_BACK_LATER.search(sentence + " " + next_sentence))
                and not TAKEN_FROM_PAY_OR_CAPPED.search(sentence)
            ):
                # "buy the laptop from our supplier (₱18,500). It is reimbursed on the 2nd payroll": paid now, before
                # any pay exists to take it from, on a promise to pay it back (the fake-vendor scheme)
                timing = "before_offer"
        if kind == "starter_kit" and timing == "after_offer" and DEPOSIT_WORD.search(text, k_start, k_end):
            # "₹5,000 security deposit deducted from first salary": held back from pay once hired, no fee to apply
            kind = "other"
        span_a = min(start, k_start, money.start if money else start)
        span_b = max(end, k_end, money.end if money else end)
        _record_fee(found, kind, money, timing, _recurring(sentence), span_a, span_b)


def _record_fee(found: Collector, kind: str, money: Money | None, timing: str, recurring, start: int, end: int) -> None:
    """One fee read at text[start:end], with what it says of training pay and gear bought from the employer."""
    amount = None if money is None or money.amount > 100000 else money.amount
    currency = money.currency if money else "USD"
    shown = f"{kind}" + (f" {amount} {currency}" if amount is not None else "") + f", {timing}"
    found.add("fee", (kind, amount, currency, timing, recurring), start, end, shown)
    if kind == "training":
        found.add("training_pay", "charged", start, end)
    if kind == "equipment":
        found.answer("buy_from_employer", "yes", start, end)


# Gear the seeker pays for first, on the company's list or link, before starting, "refunded with your second
# paycheck": the fake-vendor scheme said without any vendor ("go on Staples dot com, grab the headset on the list
# I'm emailing, put it on your card ... before your start"; "the total is $1,286.15, which you'll cover at checkout
# and claim back in your first paycheck"). Money before any pay exists to take it from is a fee before the job.
SEEKER_PAYS_FIRST = re.compile(
    r"\bput (?:it|them|this|the \w+) on your (?:own |personal )?(?:credit )?card\b|\bwith your own (?:credit )?card\b"
    r"|\buse your own (?:credit )?card\b|\bcover (?:it |this |that )?at checkout\b|\border (?:it |them )?yourself\b"
    r"|\borders? (?:are|is) placed with\b"
    r"|\bplace your order\b|\b(?:buy|purchase|grab)\b[^.;\n]{0,80}\b(?:from|at|on) (?-i:[A-Z])\w+",
    re.IGNORECASE,
)
REPAID_LATER = ci(
    r"\b(?:refund\w*|repa(?:y|ys|id)|reimburs\w*|claim (?:it |this )?back|paid back|pay (?:it |you )?back|comes? back)\b[^.\n]{0,60}"
    r"\b(?:pay ?checks?|payroll|pay stub|salary|wages|first pay)\b"
)
BEFORE_STARTING = ci(
    r"\bbefore (?:your |the |my )?(?:start|first (?:training )?day|training|orientation|the call|day one|day 1)\b"
    r"|\bcleared for training\b"
    r"|\bready to start\b"
)
REPAID_WITHIN = 400  # the paragraph around the purchase


def extract_paid_first(scanner: Scanner, found: Collector, amounts: list[Money]) -> None:
    """Gear bought first on the company's word and repaid from pay later, before the job starts: a fee."""
    if found.has("fee"):
        return  # the fee is read already
    text = scanner.text
    for m in scanner.find(SEEKER_PAYS_FIRST):
        if scanner.negated(m.start(), 40):
            continue
        a, b = max(0, m.start() - REPAID_WITHIN), min(len(text), m.end() + REPAID_WITHIN)
        if (
            next(scanner.iter(REPAID_LATER, a, b), None) is None
            or next(scanner.iter(BEFORE_STARTING, a, b), None) is None
        ):
            continue
        near = [money for money in amounts if a <= money.start < b]
        money = min(near, key=lambda money: abs(money.start - m.start()), default=None)
        _record_fee(found, "equipment", money, "before_offer", False, m.start(), m.end())
        return
