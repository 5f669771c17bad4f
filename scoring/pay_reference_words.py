"""The words of the local pay figures (scoring/pay_references.py) as seeded, marked for translation, so a finding
that quotes them ("less than the legal minimum in the Netherlands: €14.71 an hour ...") reads in the page's
language. A figure's words a moderator has since rewritten have no translation and show as written."""

from __future__ import annotations

import re

from scoring.wording import Says
from scoring.wording import Says as _


def gettext_noop(message: str) -> str:
    """Marks a string for `makemessages` (which finds the name) without needing Django's settings: the reading of
    offers imports this module and runs without a configured project (bench scripts, the pure rules)."""
    return message


SEEDED_WORDS = (
    # Places
    gettext_noop("the U.S."),
    gettext_noop("Canada"),
    gettext_noop("Ontario"),
    gettext_noop("the Philippines (Metro Manila)"),
    gettext_noop("South Africa"),
    gettext_noop("Pakistan"),
    gettext_noop("Delhi"),
    gettext_noop("India"),
    gettext_noop("the Netherlands"),
    gettext_noop("the U.K."),
    gettext_noop("Belgium"),
    gettext_noop("Australia"),
    gettext_noop("New Zealand"),
    # Legal minimums, as the law states them
    gettext_noop("$7.25 an hour (federal minimum wage)"),
    gettext_noop("$15.00 an hour (Alberta, the lowest provincial minimum)"),
    gettext_noop("$17.60 an hour ($19.35 for employees working from home)"),
    gettext_noop("₱695 a day (Metro Manila, Wage Order NCR-26)"),
    gettext_noop("R30.23 an hour (national minimum wage)"),
    gettext_noop("Rs 37,000 a month (federal minimum wage)"),
    gettext_noop("₹18,456 a month (unskilled workers, Delhi)"),
    gettext_noop("set by each state"),
    gettext_noop("€14.71 an hour (statutory minimum, age 21 and over)"),
    gettext_noop("£12.71 an hour (National Living Wage, age 21 and over)"),
    gettext_noop("€13.08 an hour (€2,154.11 a month for 38 hours a week, the guaranteed minimum, age 18 and over)"),
    gettext_noop("A$26.44 an hour (national minimum wage; casual employees get 25% more)"),
    gettext_noop("NZ$23.95 an hour (adult minimum wage)"),
    # Pay far above market
    # xgettext:no-python-format
    gettext_noop("the top 10% of U.S. customer service representatives ($26.12 an hour)"),
    gettext_noop("well above the average call-centre agent's $23.13 an hour"),
    gettext_noop("₱30,000 a month, the top of usual agent pay with allowances"),
    gettext_noop("R15,000 a month, the top of usual agent pay"),
    gettext_noop("R22,500 a month, half again the R15,000 top of usual agent pay"),
    gettext_noop("₹40,000 a month, the top of usual international voice-process pay"),
    gettext_noop("well above the €15–17 an hour in-house agents earn"),
    gettext_noop("about twice the £12–14 an hour U.K. call-centre agents earn"),
    gettext_noop("well above the A$35 an hour median of Australian call or contact centre workers"),
)
# The regions of scoring/pay_regions.py. Their names are proper nouns each catalogue keeps or writes in its own
# script (Urdu); a name with an article ("the Northwest Territories") loses or changes it. A province's minimum is
# one template (PROVINCE_MINIMUM); the Philippine and Indian ones state their own terms and are listed whole.
REGION_WORDS = (
    # Canadian provinces and territories
    gettext_noop("Alberta"),
    gettext_noop("British Columbia"),
    gettext_noop("Manitoba"),
    gettext_noop("New Brunswick"),
    gettext_noop("Newfoundland and Labrador"),
    gettext_noop("Nova Scotia"),
    gettext_noop("the Northwest Territories"),
    gettext_noop("Nunavut"),
    gettext_noop("Prince Edward Island"),
    gettext_noop("Quebec"),
    gettext_noop("Saskatchewan"),
    gettext_noop("Yukon"),
    # Philippine regions
    gettext_noop("Central Luzon"),
    gettext_noop("Western Visayas"),
    gettext_noop("Central Visayas"),
    gettext_noop("the Davao Region"),
    gettext_noop("Calabarzon"),
    gettext_noop(
        "₱600 a day (Pampanga, Bulacan, Bataan, Nueva Ecija, Tarlac, Zambales; ₱560 in Aurora; Wage Order RBIII-26)"
    ),
    gettext_noop(
        "₱550 a day (employers of more than 10 workers; ₱530 for smaller ones; Western Visayas wage order of 2025)"
    ),
    gettext_noop("₱540 a day (Metro Cebu; ₱500 elsewhere in Central Visayas; Wage Order ROVII-26)"),
    gettext_noop("₱540 a day (non-agriculture; Wage Order RB XI-24)"),
    gettext_noop(
        "₱550 a day (cities and first-class towns; up to ₱600 next to Metro Manila, ₱525 in smaller towns; "
        "Wage Order IVA-22)"
    ),
    # U.S. states with tiers (a state's name stays as it is, like every U.S. state's)
    gettext_noop(
        "$15.05 an hour (Oregon's standard minimum wage; $16.30 in the Portland metro area, $14.05 in non-urban "
        "counties)"
    ),
    # Indian states
    gettext_noop("Tamil Nadu"),
    gettext_noop("Haryana"),
    gettext_noop("Karnataka"),
    gettext_noop("Maharashtra"),
    gettext_noop("Telangana"),
    gettext_noop("Uttar Pradesh"),
    gettext_noop("₹11,838.29 a month (semi-skilled A: clerical staff below matriculation, Haryana)"),
    gettext_noop("₹16,860.21 a month (semi-skilled, shops and commercial establishments, zone I: Bengaluru)"),
    gettext_noop("₹14,470 a month (semi-skilled, shops and commercial establishments, zone I: Mumbai, Pune)"),
    gettext_noop("₹13,164.40 a month (clerks and receptionists in shops, zone I: Hyderabad)"),
    gettext_noop("₹12,122.91 a month (semi-skilled, Uttar Pradesh: Noida)"),
    gettext_noop(
        "₹11,241.80 a month (cashiers, clerks and typists in shops and commercial establishments, zone A: Chennai, "
        "Coimbatore)"
    ),
)
# A U.S. state's minimum as seeded: "$16.90 an hour (California minimum wage, 2026)".
STATE_MINIMUM = re.compile(r"(\$[\d.,]+) an hour \((.+) minimum wage, 2026\)")
# A Canadian province's or territory's: "$15.00 an hour (Alberta general minimum wage)".
PROVINCE_MINIMUM = re.compile(r"(\$[\d.,]+) an hour \((.+) general minimum wage\)")


def said(text: str) -> Says:
    """A figure's words, to be shown in the reader's language where the catalogue has them (the seeded words)."""
    if isinstance(text, Says):
        return text
    if match := STATE_MINIMUM.fullmatch(text):
        return _("%(amount)s an hour (%(state)s minimum wage, 2026)", amount=match[1], state=match[2])
    if match := PROVINCE_MINIMUM.fullmatch(text):
        province = said(match[2])  # its name as this catalogue writes it ("the Northwest Territories")
        # Translators: %(province)s is a Canadian province's or territory's name as translated in this catalogue.
        return _("%(amount)s an hour (%(province)s general minimum wage)", amount=match[1], province=province)
    return Says(text)


def three_times_minimum(minimum_text: str) -> Says:
    """Where no public figure for agents' pay exists (Pakistan): what "far above market" is compared with."""
    return _("three times the legal minimum (%(minimum)s)", minimum=said(minimum_text))
