"""Q2: where the company hires. U.S. states, Canadian provinces and countries as ISO 3166 codes.

Names are read anywhere a sentence talks about where people live or work; two-letter codes only
in a list ("TX, FL and GA"), after "residents of"/"located in", or as "City, ST" — IN, OR, ME, OK
and friends are English words.
"""

# ruff: noqa: E501  (long regular expressions read better unbroken)

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

import pycountry

from scoring.extraction.text import MAX_MATCHES, Collector, Scanner, ci
from scoring.pay_references import CLIENT_COUNTRIES, COUNTRY_OF_CURRENCY

AMBIGUOUS_CODES = {"IN", "OR", "ME", "OK", "HI", "OH", "ON", "AS", "DE", "PA", "MA", "CO", "LA", "AL", "ID", "MO", "NE"}
EXTRA_NAMES = {
    "washington dc": "US-DC",
    "washington d.c.": "US-DC",
    "washington, dc": "US-DC",
    "washington, d.c.": "US-DC",
    "united states of america": "US",
    "united states": "US",
    "u.s.a.": "US",
    "united kingdom": "GB",
    "uk": "GB",  # found as "UK" (names are matched as written)
    "nz": "NZ",  # "you'll need to be living in NZ"
    "heel nl": "NL",
    "heel nederland": "NL",
    "u.k.": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "the netherlands": "NL",
    # Dutch provinces and Afrikaans province names: where an ad hires
    **dict.fromkeys(
        (
            "noord-brabant",
            "limburg",
            "gelderland",
            "noord-holland",
            "zuid-holland",
            "zeeland",
            "overijssel",
            "drenthe",
            "friesland",
            "fryslân",
            "groningen",
            "flevoland",
            "randstad",
        ),
        "NL",
    ),
    **dict.fromkeys(
        ("wes-kaap", "oos-kaap", "noord-kaap", "vrystaat", "noordwes", "limpopo", "mpumalanga", "suid-afrika"), "ZA"
    ),
    "holland": "NL",
    "nederland": "NL",
    # Dutch and Flemish cities an ad names for its office or for where you must live
    **dict.fromkeys(
        (
            "amsterdam",
            "rotterdam",
            "den haag",
            "utrecht",
            "eindhoven",
            "tilburg",
            "almere",
            "breda",
            "nijmegen",
            "amersfoort",
            "arnhem",
            "haarlem",
            "zwolle",
            "leeuwarden",
            "enschede",
            "apeldoorn",
            "den bosch",
            "'s-hertogenbosch",
            "maastricht",
            "leiden",
            "dordrecht",
            "zoetermeer",
            "delft",
            "alkmaar",
            "venlo",
            "deventer",
            "hilversum",
            "heerlen",
        ),
        "NL",
    ),
    **dict.fromkeys(
        (
            "antwerpen",
            "brussel",
            "mechelen",
            "leuven",
            "brugge",
            "hasselt",
            "kortrijk",
            "aalst",
            "gent",
            "ghent",
            "genk",
            "oostende",
        ),
        "BE",
    ),
    "belgië": "BE",
    "vlaanderen": "BE",
    "wallonië": "BE",
    "sa wide": "ZA",
    "belgie": "BE",
    "philippines": "PH",
    "the philippines": "PH",
    "pilipinas": "PH",
    "پاکستان": "PK",
    "پنجاب": "PK",
    "لاہور": "PK",
    "کراچی": "PK",
    "ملتان": "PK",
    "فیصل آباد": "PK",
    "پشاور": "PK",
    "راولپنڈی": "PK",
    "حیدرآباد": "PK",
    "کوئٹہ": "PK",
    "سیالکوٹ": "PK",
    "kwazulu natal": "ZA",
    "اسلام آباد": "PK",
    "south korea": "KR",
    "russia": "RU",
    "vietnam": "VN",
    "quebec": "CA-QC",
    "newfoundland": "CA-NL",
    "pei": "CA-PE",
    "czech republic": "CZ",
    "uae": "AE",
    # Places offers in the product's countries name instead of the country (the country is what hires), and the
    # regions whose minimum wage differs from it (scoring/pay_regions.py). Metro Manila is PH-00, whose figures
    # are the country's ("PH"): named beside Cebu, it stays one of the places the offer hires in.
    **dict.fromkeys(
        (
            "metro manila",
            "manila",
            "ncr",
            "quezon city",
            "makati",
            "taguig",
            "pasig",
            "pasay",
            "mandaluyong",
            "ortigas",
            "bgc",
            "bonifacio global city",
            "muntinlupa",
            "alabang",
            "parañaque",
            "paranaque",
            "las piñas",
            "las pinas",
            "marikina",
            "caloocan",
            "valenzuela",
            "san juan city",
        ),
        "PH-00",
    ),
    # Australia and New Zealand: states, territories and the cities offers name (scoring/pay_references.py
    # compares their pay with the country's minimum). "New South Wales" is read whole, not as Wales.
    **dict.fromkeys(
        (
            "new south wales",
            "queensland",
            "tasmania",
            "western australia",
            "south australia",
            "northern territory",
            "australian capital territory",
            "sydney",
            "greater sydney",
            "melbourne",
            "brisbane",
            "adelaide",
            "canberra",
            "hobart",
            "gold coast",
            "parramatta",
            "perth",  # Western Australia's; Perth in Scotland seldom hires home agents
            "darwin",
            "nsw",
            "qld",
            # Afrikaans and Dutch names: "Jy moet in Wes-Australië woon"
            "wes-australië",
            "west-australië",
            "australië",
        ),
        "AU",
    ),
    **dict.fromkeys(("auckland", "wellington", "christchurch", "dunedin", "aotearoa"), "NZ"),
    **dict.fromkeys(("luzon", "mindanao", "cagayan de oro", "baguio"), "PH"),
    **dict.fromkeys(
        (
            "central luzon",
            "clark",
            "pampanga",
            "angeles city",
            "bulacan",
            "malolos",
            "tarlac",
            "bataan",
            "zambales",
            "olongapo",
            "subic",
            "nueva ecija",
        ),
        "PH-03",
    ),
    **dict.fromkeys(
        (
            "calabarzon",
            "cavite",
            "laguna",
            "batangas",
            "rizal",
            "calamba",
            "dasmariñas",
            "dasmarinas",
            "bacoor",
            "imus",
            "antipolo",
            "lipa",
            "cainta",
        ),
        "PH-40",
    ),
    # "Visayas" alone: the Central Visayas figure, the Visayas' call-centre hub (Western Visayas' is higher).
    **dict.fromkeys(
        (
            "cebu",
            "cebu city",
            "metro cebu",
            "mandaue",
            "lapu-lapu",
            "lapulapu",
            "central visayas",
            "visayas",
            "bohol",
            "tagbilaran",
            "dumaguete",
        ),
        "PH-07",
    ),
    **dict.fromkeys(
        ("western visayas", "iloilo", "iloilo city", "bacolod", "bacolod city", "negros occidental", "panay"),
        "PH-06",
    ),
    **dict.fromkeys(("davao", "davao city", "davao region", "tagum"), "PH-11"),
    **dict.fromkeys(
        (
            "gauteng",
            "jhb",  # not "PTA": in Pakistan that is the telecom authority ("PTA-approved phone")
            "durban",
            "pietermaritzburg",
            "johannesburg",
            "joburg",
            "cape town",
            "pretoria",
            "kwazulu-natal",
            "western cape",
            "eastern cape",
            "port elizabeth",
            "gqeberha",
            "bloemfontein",
            "east london",
            "soweto",
            "centurion",
            "sandton",
            "paarl",
            "stellenbosch",
            "somerset west",
            "mossel bay",
            "mosselbaai",
            "knysna",
            "polokwane",
            "mbombela",
            "vrystaat",
            "free state",
            "wes-kaap",
            "oos-kaap",
            "garden route",
        ),
        "ZA",
    ),
    **dict.fromkeys(
        ("karnataka", "bengaluru", "bangalore", "mysuru", "mysore", "whitefield", "electronic city"), "IN-KA"
    ),
    **dict.fromkeys(
        ("maharashtra", "mumbai", "navi mumbai", "thane", "pune", "nagpur", "hinjewadi", "andheri", "malad"), "IN-MH"
    ),
    **dict.fromkeys(("telangana", "hyderabad", "secunderabad"), "IN-TS"),
    **dict.fromkeys(("haryana", "gurgaon", "gurugram", "faridabad", "udyog vihar"), "IN-HR"),
    **dict.fromkeys(("uttar pradesh", "noida", "greater noida", "ghaziabad", "lucknow"), "IN-UP"),
    **dict.fromkeys(
        (
            "kolkata",
            "ahmedabad",
            "jaipur",
            "mohali",
            "chandigarh",
            "kochi",
            "indore",
            "madhya pradesh",
            "bhopal",
            "gujarat",
            "rajasthan",
            "west bengal",
            "kerala",
            "vadodara",
            "surat",
            "bhubaneswar",
        ),
        "IN",
    ),
    **dict.fromkeys(("tamil nadu", "chennai", "coimbatore"), "IN-TN"),
    **dict.fromkeys(("delhi", "new delhi", "delhi ncr", "delhi-ncr", "delhi/ncr"), "IN-DL"),
    **dict.fromkeys(("karachi", "lahore", "islamabad", "rawalpindi", "faisalabad", "multan", "peshawar"), "PK"),
    **dict.fromkeys(("latifabad", "qasimabad", "sukkur", "bahawalpur", "sargodha", "abbottabad"), "PK"),
    **dict.fromkeys(("sindh", "khyber pakhtunkhwa", "kpk", "balochistan"), "PK"),
    **dict.fromkeys(
        (
            "nederland",
            "amsterdam",
            "rotterdam",
            "utrecht",
            "den haag",
            "the hague",
            "eindhoven",
            "groningen",
            "zwolle",
            "tilburg",
            "breda",
            "nijmegen",
            "arnhem",
            "haarlem",
            "almere",
            "leeuwarden",
            "maastricht",
            "randstad",
            "noord-brabant",
            "gelderland",
            "overijssel",
            "friesland",
            "zeeland",
            "drenthe",
            "flevoland",
            "noord-holland",
            "zuid-holland",
            "heel nl",
        ),
        "NL",
    ),
    **dict.fromkeys(
        (
            "suid-afrika",
            "suid-afrikaanse",
            "kaapstad",
            "wes-kaap",
            "oos-kaap",
            "stellenbosch",
            "polokwane",
            "nelspruit",
            "kzn",
            "vrystaat",
            "noord-kaap",
            "limpopo",
            "mpumalanga",
            "mbombela",
            # Towns and suburbs where South African contact centres are
            "durbanville",
            "bellville",
            "tygervalley",
            "pinetown",
            "umhlanga",
            "randburg",
            "roodepoort",
            "boksburg",
            "benoni",
            "germiston",
            "kempton park",
            "rustenburg",
            "pietermaritzburg",
            "ballito",
            "umhlanga rocks",
            "westville",
            "montague gardens",
            "century city",
            "fourways",
            "bryanston",
            "midrand",
            "rosebank",
        ),
        "ZA",
    ),
    **dict.fromkeys(
        (
            "london",
            "manchester",
            "glasgow",
            "birmingham",
            "leeds",
            "liverpool",
            "belfast",
            "bristol",
            "edinburgh",
            "cardiff",
            "sheffield",
            "nottingham",
            "leicester",
            "newcastle upon tyne",
            "southampton",
            "coventry",
            "bradford",
            "maidstone",
        ),
        "GB",
    ),
    **dict.fromkeys(("canadian", "canadians", "canada-wide"), "CA"),
    # Canadian cities offers name instead of the province (province names and codes come from pycountry).
    **dict.fromkeys(("calgary", "edmonton", "red deer", "lethbridge"), "CA-AB"),
    **dict.fromkeys(("vancouver", "burnaby", "kelowna", "greater vancouver"), "CA-BC"),
    **dict.fromkeys(("winnipeg",), "CA-MB"),
    **dict.fromkeys(("saskatoon",), "CA-SK"),
    **dict.fromkeys(("toronto", "gta", "greater toronto area", "mississauga", "brampton", "ottawa"), "CA-ON"),
    **dict.fromkeys(("montreal", "montréal", "quebec city", "québec"), "CA-QC"),
    **dict.fromkeys(("moncton", "fredericton"), "CA-NB"),
    **dict.fromkeys(("charlottetown",), "CA-PE"),
    **dict.fromkeys(("whitehorse",), "CA-YT"),
    **dict.fromkeys(("yellowknife",), "CA-NT"),
    **dict.fromkeys(("iqaluit",), "CA-NU"),
}
# Country names that are more often something else in a job ad.
SKIP_NAMES = {"jersey", "guernsey", "georgia", "chad", "jordan", "turkey", "niger", "guinea", "israel", "mali", "oman",
              "peru", "cuba", "malta", "monaco", "aruba", "togo", "iran", "iraq"}  # fmt: skip


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation of `words` that matches the longest one, in time linear in the text."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


SMALL_WORDS = {"of", "and", "the", "da", "de", "del", "la"}


def _spellings(name: str) -> set[str]:
    """ "british columbia" -> {"British Columbia", "BRITISH COLUMBIA"}; small words stay lower case."""
    words = name.split(" ")
    title = " ".join(w if (w in SMALL_WORDS and i) else w[:1].upper() + w[1:] for i, w in enumerate(words))
    spellings = {title, name.upper()}
    if "-" in title:  # "Suid-Afrika", "Wes-Kaap", "Zuid-Holland"
        spellings.add("-".join(part[:1].upper() + part[1:] for part in title.split("-")))
    if name.startswith("the "):
        spellings.add("t" + title[1:])
    return spellings


@lru_cache(maxsize=1)
def tables() -> tuple:
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, None)
            if name and "," not in name and "(" not in name and name.lower() not in SKIP_NAMES:
                names[name.lower()] = country.alpha_2
    for country_code in ("US", "CA"):
        for sub in pycountry.subdivisions.get(country_code=country_code):
            names[sub.name.lower()] = sub.code
            codes[sub.code.split("-")[1]] = sub.code
    names["georgia"] = "US-GA"  # the state, in this domain
    names.update(EXTRA_NAMES)
    # Names are found as written ("Texas", "British Columbia"): a case-sensitive scan can skip ahead to
    # capital letters, which makes it several times faster than an IGNORECASE one.
    spellings = {spelling for name in names for spelling in _spellings(name)} | {"KwaZulu-Natal", "KwaZulu Natal"}
    # India's capital region, whose "NCR" is not the Philippines' Metro Manila
    spellings |= {"Delhi NCR", "Delhi-NCR", "Delhi/NCR"}
    name_re = re.compile(r"(?:" + _trie_pattern(sorted(spellings)) + r")(?![\w])")
    code = "(?:" + "|".join(sorted(codes)) + ")"
    # Leading \b and lookbehinds stop the engine from skipping ahead: word starts are checked in code.
    code_list = re.compile(rf"{code}(?:\s*(?:,|/|&|\band\b|\bor\b)\s*{code}\b)+")
    city_code = re.compile(rf",\s?(?P<code>{code})\b")
    any_code = re.compile(rf"{code}\b")
    return names, codes, name_re, code_list, city_code, any_code


CODE_CONTEXT = re.compile(
    r"(?:residents? of|resident in|located in|living in|live in|based in|reside in|residing in|hiring in|hire in"
    r"|woonachtig(?: in)?|wonend in|woon(?:t)? in|woon in|bly in|\(?heel"
    r"|available in|open to|candidates (?:in|from)|applicants (?:in|from)|only in|must be in|from the following"
    r"|(?:states?|provinces?)(?: of)?|residents|location|remote\s?[-–])\s*:?\s*(?:the (?:states?|provinces?) of\s+)?$",
    re.IGNORECASE,
)
# The code before who may apply: "TX residents only", "ON applicants only"
# ... or a Dutch or Afrikaans verb of living after it: "alleen als je in NL woont"
CODE_RESIDENTS = re.compile(
    r"[ \t]+(?:residents?|applicants|candidates)[ \t]+only\b|(?<=\bin [A-Z]{2})[ \t]+(?:woont|woon|wonen)\b", re.IGNORECASE
)
# ... or the code and "only" alone, where the code is no English word: "$15/hr W2 paid trng NC only"
CODE_ONLY = re.compile(r"[ \t]+only\b", re.IGNORECASE)
HIRING_CONTEXT = re.compile(
    r"resid|\binwoners?\b|\bbewoners?\b|\bkandidate[n]?\b|\baansoekers\b|\bsollicitanten\b|located|living in|live in|based\b|\bhir(?:e|es|ing)\b|open (?:to|in)\b|available|candidates|applicants|eligible"
    r"|location|remote|work from|wfh|anywhere|\bonly\b|must be in|within|\bstates?\b|provinces?|countr(?:y|ies)"
    r"|nationwide|across|throughout|\bfrom\b|\bwoon\w*|\bwon(?:en|t)\b|\bheel\b|\bwerk(?:en)? vanuit|\bwoonagtig|\bafkomstig"
    r"|(?-i:\b[Nn]et (?:in )?[A-Z])|\bbuong\b|\bmag-?apply\b|امیدوار|\btaga\b|\bpara sa\b|\bmula sa\b|\brehne wal\w*|\bke (?:liye|candidates)|\bbhar\b|\bslegs\b|\balleen\b|\bsirf\b"
    r"|\bwerkgebied\b|\barea\b|\bkahit saan\b|\bwalay\b|\bwalon\b|صرف|رہائشی|والوں|کے لیے|\blang\b|\bkahin se bhi\b|\bmein\b"
    # A title's place after a dash or bar: "Tele-caller required – Laxmi Nagar, Delhi."
    r"|–|—|\||\s-\s",
    re.IGNORECASE,
)
# Where the work or the interview is ("Shahrah-e-Faisal Karachi office", "ons kantoor in Amersfoort"), in an offer
# paid in one currency: beside pesos, "R8,000 a month in our Durban office" is one of two jobs, not where all hire.
OFFICE_CONTEXT = re.compile(r"\boffice\b|\bkantoor\b|\bsite\b", re.IGNORECASE)
# A line this short that names a place is a title or a location line ("Remote – Kansas, Missouri").
SHORT_LINE = 70
# A place that is a whole item of a terse list of terms: "R45/uur, betaalde opleiding, Oos-Kaap)", "€15 | Utrecht |".
ITEM_BEFORE = re.compile(r"(?:^|[,|(•·])\s*$")
ITEM_AFTER = re.compile(r"\s*(?:[,|).;\n]|$)")
EXCLUDED = re.compile(r"\b(?:not|no|except|excluding|exclude[sd]?|outside(?: of)?|other than|unable to)\b", re.I)
US_MENTION = re.compile(
    r"(?:(?<![\w.])(?:U\.S\.A?\.?|USA|US)(?=[- ](?:only|based|residents?|citizens?|applicants|candidates|wide|remote|states?)\b)"
    r"|(?:in|within|across|throughout|anywhere in) the (?:U\.S\.A?\.?|USA|US)\b"
    r"|(?:Remote|Location)\s*[-:–—(]?\s*(?:U\.S\.A?\.?|USA|US)\b"
    r"|\((?:U\.S\.A?\.?|USA|US)(?: only)?\)|(?<![\w.])(?:U\.S\.A?\.?|USA)(?=\s*(?:and|or|&|/|,|aur|ya|at|en)\s*Canada\b))"
)
NATIONWIDE = ci(
    r"\bnation[- ]?wide\b|\ball 50 states\b|(?:anywhere|across|throughout) the (?:U\.?S\.?A?|United States|country)\b"
    r"|\bheel (?:het )?land\b|\boral in die land\b|\bkahit saan\b|\bbuong bansa\b|\bpooray (?:mulk|pakistan)\b"
)
# "hiring in 20 states (list on our site)", "open in most U.S. states": a U.S. hiring area, its states not named.
SOME_STATES = ci(
    r"\b(?:hiring|hire|open|available|residents?) (?:in|across) (?:\d{1,2}|most|many|several|select) (?:U\.?S\.? )?states\b"
)
# "PH-based", "ZA-based agents", "UK-based": a country named by its code.
CODE_BASED = re.compile(r"(?<![\w.-])(PH|ZA|IN|PK|NL|CA|UK|GB)-based\b")
CODE_BASED_COUNTRY = {"UK": "GB"}
# Who may apply, named by nationality: "Australian residents only", "Canadian citizens or permanent residents".
RESIDENTS_OF = re.compile(
    r"\b(?P<people>Australian|Canadian|American|Filipino|Pakistani|Indian|South African|Dutch|Belgian|British|Irish"
    r"|New Zealand)\s(?:residents?|citizens?|applicants|candidates|nationals)\b"
)
PEOPLE_OF = {
    "Australian": "AU", "Canadian": "CA", "American": "US", "Filipino": "PH", "Pakistani": "PK", "Indian": "IN",
    "South African": "ZA", "Dutch": "NL", "Belgian": "BE", "British": "GB", "Irish": "IE", "New Zealand": "NZ",
}  # fmt: skip
# Where an offer hires "nationwide" and pays in one currency, the nation is the currency's country.
CURRENCY_COUNTRY = {
    currency: country for currency, country in COUNTRY_OF_CURRENCY.items() if currency not in ("USD", "EUR")
}
CITY_BEFORE = re.compile(r"(?<![\w])[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}$")
TWO_LETTERS = re.compile(r"\b[A-Z]{2}\b")
US_HINT = re.compile(r"\bU\.S\.|\bUSA\b|United States|\bAmerica", re.IGNORECASE)
# A job board's location line, country code first: "US, TX, Austin", "CA, ON, Toronto", "GB, LND, London",
# "US, , " (the state left empty). Read as one place, so "CA" is Canada here, not California.
BOARD_LOCATION = re.compile(
    r"^[ \t]*(?:[Ll]ocation:?[ \t]*)?(?P<country>[A-Z]{2})[ \t]*,[ \t]*(?P<sub>[A-Z0-9]{0,3})[ \t]*(?:,[^\n,]{0,40})?[ \t]*$",
    re.MULTILINE,
)
BOARD_COUNTRY = {"UK": "GB"}
# ... and inside a line, where stripping glued the fields together: "Digital Advertising US, NY, New York Client"
INLINE_BOARD_LOCATION = re.compile(r"(?<![\w,])(?P<country>US|CA|GB)\s?,\s?(?P<sub>[A-Z]{2,3})\s?,\s?(?=[A-Z][a-z])")


def _mostly_upper(text: str) -> bool:
    """Written in capitals (where "IN" or "OR" are words); the codes of a list do not count."""
    letters = [c for c in TWO_LETTERS.sub("", text) if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _excluded(scanner: Scanner, start: int) -> bool:
    return EXCLUDED.search(scanner.before_in_clause(start, 60)) is not None


# Where the customers are, not where the agents are hired: "millions of players across the UK and Ireland",
# "customers in the US and Canada" (an agent in Greece or Manila serves them).
CUSTOMERS_THERE = re.compile(
    r"\b(?i:customers|clients|players|users|callers|members|patients|guests|subscribers|shoppers|buyers|consumers"
    r"|households|homeowners|policyholders|travell?ers|brands)\b[^.;\n]{0,25}\b(?:across|in|from|throughout|all over)"
    r"(?: the)?\s+(?:(?:[A-Z][\w.]*|and|&),?\s+){0,4}$"
)


def _customers_there(text: str, start: int) -> bool:
    return CUSTOMERS_THERE.search(text, max(0, start - 80), start) is not None


# Workers hired abroad by a U.S. client: "Philippines-based applicants only", "hiring a VA from the Philippines",
# "apply via our OnlineJobs.ph listing".
ABROAD_APPLICANTS = re.compile(
    r"(?P<PH>\b(?:Philippines|PH|Pinoy|Filipino)[- ]based\b|\b(?:Philippines|PH|(?:PH|Philippine) residents?|Filipinos?|Filipino (?:applicants?|candidates?|VAs?|residents?|talents?)) only\b|\bFilipino (?:applicants?|candidates?) lang\b|\bopen (?:sa|to) (?:all )?Filipinos?\b|\bopen (?:sa|to) (?:lahat ng |all )?(?:PH|Philippine|Pinoy|Filipino) (?:residents?|applicants?|candidates?)\b|\b(?:PH|Philippine|Manila) (?:night |day |graveyard )?(?:time|schedule|shift)\b|\btaxes in (?:the )?(?:PH|Philippines)\b|\b(?:applicants?|candidates?|residents?|VAs?|freelancers?|agents?)"
    r" (?:from|in|based in) (?:the )?Philippines\b|\bonline\s?jobs\.ph\b|\bfrom the Philippines\b"
    # "A direct US client is hiring Filipino chat agents!"
    r"|\bhiring Filipino (?:[\w-]+ ){0,2}(?:agents?|VAs?|CSRs?|reps?|staff|talents?)\b"
    # "WFH anywhere in PH", "kahit saan sa PH"
    r"|\b(?:anywhere in|kahit saan sa|all over) (?:the )?PH\b)"
    r"|(?P<PK>\bPakistan[- ]based\b|\b(?:applicants?|candidates?|residents?|VAs?|freelancers?) (?:from|in) Pakistan\b"
    r"|\b(?:sirf )?Pakistan (?:mein|main|ke) rehne wal[ey]\b)"
    r"|(?P<IN>\bIndia[- ]based\b|\b(?:applicants?|candidates?|residents?|VAs?|freelancers?) (?:from|in) India\b)"
    r"|(?P<ZA>\b(?:South Africa|SA)[- ]based\b|\b(?:applicants?|candidates?|residents?|VAs?|freelancers?) (?:from|in) South Africa\b)",
    re.IGNORECASE,
)


def _board_locations(text: str) -> list[tuple[str, int, int]]:
    """Each job-board location line as (ISO code, line start, line end): the state or province when the
    country has it ("US-TX"), else the country ("GB")."""
    places = []
    for m in chain(BOARD_LOCATION.finditer(text), INLINE_BOARD_LOCATION.finditer(text)):
        country = BOARD_COUNTRY.get(m.group("country"), m.group("country"))
        if pycountry.countries.get(alpha_2=country) is None:
            continue
        subdivision = f"{country}-{m.group('sub')}"
        if m.re is INLINE_BOARD_LOCATION and not pycountry.subdivisions.get(code=subdivision):
            continue  # "we hire in US, UK, Canada" is a list of countries, not a board's location field
        if m.group("sub") and country in ("US", "CA") and pycountry.subdivisions.get(code=subdivision):
            places.append((subdivision, m.start(), m.end()))
        else:
            places.append((country, m.start(), m.end()))
    return places


def extract_regions(scanner: Scanner, found: Collector, currencies: set[str]) -> None:
    names, codes, name_re, code_list, city_code, any_code = tables()
    text = scanner.text
    hits: list[tuple[str, int, int]] = []
    by_sentence: dict[int, list[tuple[str, int, int]]] = {}
    for count, m in enumerate(name_re.finditer(text), 1):
        if not scanner.within_limits(count):
            break
        glued = m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-")
        if glued and text[max(0, m.start() - 5) : m.start()].lower() != "taga-":  # Tagalog "taga-Cebu": from Cebu
            continue
        code = names.get(m.group().lower())
        if code:
            by_sentence.setdefault(scanner.sentence(m.start())[0], []).append((code, m.start(), m.end()))
    for s_start, mentions in by_sentence.items():
        sentence = scanner.sentence_text(s_start)
        line = sentence.strip()
        # ... or a sentence that is only the place ("Agents - Pinetown. R8k pm.")
        short_line = len(line) <= SHORT_LINE and (not line.endswith((".", "!", "?")) or len(line.split()) <= 2)
        if (
            len(mentions) >= 2
            or short_line
            or HIRING_CONTEXT.search(sentence)
            or (len(currencies) <= 1 and OFFICE_CONTEXT.search(sentence))
        ):
            hits.extend(mentions)
        else:
            hits.extend(
                (code, start, end)
                for code, start, end in mentions
                if ITEM_BEFORE.search(text, max(s_start, start - 3), start) and ITEM_AFTER.match(text, end)
            )
    code_hits = [m for m in any_code.finditer(text) if not (m.start() and text[m.start() - 1].isalnum())]
    if not scanner.within_limits(len(code_hits)):
        code_hits = code_hits[:MAX_MATCHES]
    listed_until = -1
    for hit in code_hits if len(code_hits) >= 2 else ():
        m = code_list.match(text, hit.start())
        if m is None or m.start() < listed_until or _mostly_upper(scanner.sentence_text(m.start())):
            continue
        listed_until = m.end()
        for c in TWO_LETTERS.finditer(m.group()):
            hits.append((codes[c.group()], m.start() + c.start(), m.start() + c.end()))
    for m in code_hits:
        if (
            CODE_CONTEXT.search(text[max(0, m.start() - 40) : m.start()])
            or CODE_RESIDENTS.match(text, m.end())
            or (m.group() not in AMBIGUOUS_CODES and CODE_ONLY.match(text, m.end()))
        ):
            # "Alleen wonend in NL" in an offer paid in euros is the Netherlands, not Newfoundland (CA-NL)
            code = "NL" if m.group() == "NL" and "EUR" in currencies else codes[m.group()]
            hits.append((code, m.start(), m.end()))
    for count, m in enumerate(city_code.finditer(text), 1):
        if not scanner.within_limits(count):
            break
        code = m.group("code")
        if not CITY_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        follow = text[m.end() : m.end() + 8]
        if code in AMBIGUOUS_CODES and not re.match(r"\s*(?:\d{5}|[,.;)\n]|$)", follow):
            continue
        hits.append((codes[code], m.start("code"), m.end("code")))
    for count, m in enumerate(US_MENTION.finditer(text) if ("US" in text or "U.S" in text) else (), 1):
        if not scanner.within_limits(count):
            break
        hits.append(("US", m.start(), m.end()))
    for m in CODE_BASED.finditer(text) if scanner.may_match(CODE_BASED) else ():
        code = m.group(1)
        hits.append((CODE_BASED_COUNTRY.get(code, code), m.start(1), m.end(1)))
    for m in RESIDENTS_OF.finditer(text) if scanner.may_match(RESIDENTS_OF) else ():
        hits.append((PEOPLE_OF[m.group("people")], m.start("people"), m.end("people")))

    board = _board_locations(text) if ", " in text else []
    if board:
        # The line names one place: its state and city are not read again as other places.
        hits = [hit for hit in hits if not any(start <= hit[1] < end for _, start, end in board)] + board
    kept = {}
    for code, start, end in sorted(hits, key=lambda h: h[1]):
        if (start, end) in kept or _excluded(scanner, start) or _customers_there(text, start):
            continue
        kept[(start, end)] = code
    # Hyderabad is in India and in Sindh: next to Karachi or Lahore it is the Pakistani one.
    if "PK" in kept.values():
        for (start, end), code in kept.items():
            if code == "IN-TS" and text[start:end].lower() == "hyderabad":
                kept[(start, end)] = "PK"
    for m in scanner.find(SOME_STATES):
        if "USD" in currencies or US_HINT.search(text):
            kept.setdefault((m.start(), m.end()), "US")
    countries = {code for code in kept.values() if "-" not in code}
    nationwide_sentences = set()
    for m in scanner.find(NATIONWIDE):
        sentence = scanner.sentence(m.start())[0]
        if _excluded(scanner, m.start()) or sentence in nationwide_sentences:
            continue
        nationwide_sentences.add(sentence)
        found.signal("nationwide", m.start(), m.end(), "nationwide")
        phrase = m.group().lower()
        others = countries - {"US"}
        us_context = (
            re.search(r"\bu\.?s\.?a?\b|united states|50", phrase)
            or "US" in countries
            or any(code.startswith("US-") for code in kept.values())
            or US_HINT.search(text)
            or ("USD" in currencies and not others)
        )
        if us_context and not others:
            kept[(m.start(), m.end())] = "US"
        elif not countries and len(currencies) == 1 and next(iter(currencies)) in CURRENCY_COUNTRY:
            kept[(m.start(), m.end())] = CURRENCY_COUNTRY[next(iter(currencies))]
    # "Remote VA for a small team (Austin, TX) ... Philippines-based applicants only": the U.S. place is the
    # client's, the Philippines where the worker lives.
    # The same for a U.K., Canadian or Australian client ("UK fintech company ... Sirf Pakistan mein rehne wale").
    client_or_none = not kept or any(code.split("-")[0] in CLIENT_COUNTRIES for code in kept.values())
    if client_or_none and scanner.may_match(ABROAD_APPLICANTS):
        abroad = ABROAD_APPLICANTS.search(text)
        if abroad is not None:
            kept = {
                span: code
                for span, code in kept.items()
                if code.split("-")[0] not in CLIENT_COUNTRIES or code.split("-")[0] == abroad.lastgroup
            }
            if not any(code.split("-")[0] == abroad.lastgroup for code in kept.values()):
                kept[abroad.span()] = abroad.lastgroup
    subdivided = {code.split("-")[0] for code in kept.values() if "-" in code}
    for (start, end), code in sorted(kept.items()):
        if code in subdivided:
            continue  # "U.S. residents of TX and FL": the states are the restriction
        found.add("hiring_regions", code, start, end)
