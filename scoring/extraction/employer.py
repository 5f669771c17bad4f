"""Q1: who is the employer? The company an offer names, so a seeker can look it up.

Read only where the text makes it plain that a name is a company's: a name ending in a company word
("Northgate Fulfillment Services", "Deccan Assist Pvt Ltd", "Kestrel Broadband Co-op"), or a name in a
hiring phrase ("welcome to Ironbridge!", "Ironbridge is hiring", "join the team at Ironbridge"). A job title
built from the same words ("Customer Support", "Technical Services") is no company: at least one word of the
name must be neither a job word nor a common word. A scam names a company as readily as a real job does,
so a name found lowers no warning but "the employer is not named".
"""

# ruff: noqa: E501  (long regular expressions read better unbroken)

from __future__ import annotations

import re

from scoring.extraction.regions import tables as region_tables
from scoring.extraction.text import Collector, Scanner

# A capitalised word of a name: "Northgate", "O'Brien", "AT&T", "Co-op", "24/7", "CX".
NAME_WORD = r"(?:[A-Z0-9][\w&'’.-]*|&)"
FIRST_WORD = r"[A-Z][\w&'’.-]*"
COMPANY_WORD = (
    r"Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|Corp\.?|Corporation|Co\.|Co-op|Company|Group|Services|Solutions|BPO|CX"
    r"|Teleservices|Telecom|Communications|Contact Cent(?:er|re)s?|Call Cent(?:er|re)s?|Pvt\.? Ltd\.?|Pvt\.?|B\.V\.|BV|N\.V\."
    r"|\(Pty\) Ltd|Pty Ltd|Technologies|Outsourcing|Partners|Enterprises|Holdings|Global|International|Worldwide"
    r"|Bankdienste|Kliëntedienste|Klantcontact|Klantenservice B\.V\.|Assist|Connect|Networks?|Health|Energy|Insurance"
    r"|Bank|Credit Union|Broadband|Fulfillment|Logistics|Marketing|Media|Systems|Staffing|Recruitment|Associates|Agency"
)
COMPANY_NAME = re.compile(rf"(?<![\w&'’.-])(?:{NAME_WORD} ){{1,3}}(?:{COMPANY_WORD})(?![\w-])")
# "welcome to Ironbridge Teleservices!", "Ironbridge is hiring", "join Ironbridge", "at Ironbridge, we ..."
HIRING_PHRASE = re.compile(
    rf"\b(?:[Ww]elcome to|[Jj]oin(?: the team at| our team at)?|[Ww]ork(?:ing)? (?:for|with)|[Aa]bout|[Aa]t) "
    # ... or the company's own team: "a contract recruiter working with Lumen Retail's customer care team"
    rf"(?P<a>{FIRST_WORD}(?: {NAME_WORD}){{0,3}})(?=[!,.:;]| is | are | has | we |['’]s )"
    rf"|(?<![\w&'’.-])(?P<b>{FIRST_WORD}(?: {NAME_WORD}){{0,3}}) (?:is|are) (?:hiring|looking for|recruiting|seeking)\b"
)
# A title line that ends with the company: "Remote Customer Support Associate – Desert Sun Pools & Spas".
TITLE_LINE = re.compile(
    rf"\A[^\n]{{3,80}}? [–—|-] (?P<name>(?!(?:R|P|Rs|PKR|ZAR|USD|PHP|INR|CAD|EUR|GBP)\.?\s?\d){FIRST_WORD}(?: {NAME_WORD}){{0,4}})[^\S\n]*(?:\n|\Z)"
)
# The company line a job board prints under the title: "Buckeye Pet Supply - Remote in Ohio", "Acme – Remote".
BOARD_COMPANY_LINE = re.compile(
    rf"^(?P<name>{FIRST_WORD}(?: {NAME_WORD}){{0,5}})[ \t]+[–—-][ \t]+(?:Remote|Work from home|Hybrid|Home[- ]based)\b",
    re.MULTILINE,
)
BOARD_HEADER = 400  # the title, company and location lines come first
# Words a job title, a heading or a sentence start uses; a name made of nothing else is no company.
_COMMON = """
    a an and the our your we you my for of at in on to with from by as is are be this that these those it its
    customer customers client clients service services support technical tech help desk care chat phone voice call calls
    calling center centre contact inbound outbound sales remote home work from based virtual online agent agents
    representative representatives rep reps associate associates specialist specialists executive executives advisor
    advisors officer team teams member members job jobs position role hiring now urgent apply wfh full part time
    bilingual senior junior lead entry level billing account accounts retention collections verification survey surveys
    reservations appointment setter quality assurance health insurance energy bank global international national local
    us usa u.s. uk canada india philippines pakistan south africa netherlands nl ph za pk in ca
    company group solutions partners marketing media systems staffing recruitment agency network networks connect assist
    about welcome join new important note warning notice scam fraud dear hi hello thank thanks regards best
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december benefits training pay salary equipment requirements responsibilities
    what who why how where when we're we'll it's bpo cx
    telegram whatsapp signal viber facebook messenger google zoom teams microsoft skype indeed linkedin upwork fiverr
    glassdoor craigslist reddit gcash maya jazzcash easypaisa paypal zelle venmo amazon
    contract contractor employee immediate start starts starting tomorrow today next step steps apply below above here
    home-based home-based e-commerce ecommerce tier program programme retail warranty gift card cards opportunity
    opportunities details info information offer offers update urgently needed wanted openings opening vacancy vacancies
    shift night nights overnight day days weekend weekends evening evenings seasonal temporary permanent flexible schedule hours hour weekly monthly daily per only open all
    medewerker klantcontact klantenservice thuiswerk vacature werk van die huis af tuiswerk kliëntediens agente
    trabaho hiring! sahod ghar baithe naukri
    final expense life auto medicare patient patients merchant licensed commission commissions platform programs
    business businesses own run partner travel zzp freelance independent direct response debt recovery
"""
COMMON_WORDS = frozenset(_COMMON.split())


SENTENCE_END = re.compile(r"(?<=[a-z]{2})\. ")


def _distinctive(name: str) -> bool:
    """A name with a word of its own, not a heading in capitals ("WERK VAN DIE HUIS AF", "APPLY BELOW")."""
    if len(name.split()) > 1 and name.isupper():
        return False
    words = [w.strip("&'’.,-!").lower() for w in name.split()]
    return any(w and w not in COMMON_WORDS and not w.isdigit() for w in words)


def _clean(name: str) -> str:
    return name.strip(" ,.;:!-").removeprefix("The ").strip()


def extract_employer(scanner: Scanner, found: Collector) -> None:
    text = scanner.text
    if m := TITLE_LINE.match(text):
        name = _clean(m.group("name"))
        places = region_tables()[0]
        if _distinctive(name) and not any(w.lower() in places for w in (name, *name.split())):
            found.add("employer_name", name, m.start("name"), m.start("name") + len(name))
    for m in BOARD_COMPANY_LINE.finditer(text, 0, BOARD_HEADER):
        name = _clean(m.group("name"))
        if _distinctive(name) and name.lower() not in region_tables()[0]:
            found.add("employer_name", name, m.start("name"), m.start("name") + len(name))
    for m in scanner.capped(COMPANY_NAME.finditer(text)):
        # The name's first word starts the match; drop leading words that begin a sentence ("Join Acme Services").
        words = m.group().split()
        while len(words) > 2 and words[0].lower() in COMMON_WORDS:
            words.pop(0)
        name = _clean(" ".join(words))
        if _distinctive(" ".join(words[:-1])):
            start = m.end() - len(" ".join(words))
            found.add("employer_name", name, start, start + len(name))
    for m in scanner.capped(HIRING_PHRASE.finditer(text)):
        group = "a" if m.group("a") else "b"
        # A name ends with its sentence ("taga-Cavite at Laguna. P22,500 ..." is no "Laguna. P22"), and a place
        # after "at" is where, not who.
        name = _clean(SENTENCE_END.split(m.group(group))[0])
        if _distinctive(name) and len(name) >= 3 and name.lower() not in region_tables()[0]:
            found.add("employer_name", name, m.start(group), m.start(group) + len(name))
