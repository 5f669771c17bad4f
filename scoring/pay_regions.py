"""Legal minimums of the states, provinces and regions whose minimum differs from their country's: U.S. states (Oregon,
with its three tiers, on its own),
Canadian provinces and territories, Philippine regions, Indian states. Plain data, each row with its source and
the date it took effect; scoring.pay_references turns the rows into LocalPay figures (the country's market figure
beside each).

Which figure a row gives, where the law sets several:
- Philippine regions: the non-agriculture daily rate of the cities where call centres are (Metro Cebu, not
  Bohol); the region's lower rates are in the words seekers read.
- Indian states: the monthly shops-and-commercial-establishments rate (basic + dearness allowance) for
  semi-skilled or clerical staff in the zone of the state's call-centre city, the lowest class a phone agent
  can be put in; Delhi's figure (pay_references) is the unskilled one. Tamil Nadu's is the clerical class
  (cashier, clerk, typist) of zone A, the corporations (Chennai, Coimbatore): like Telangana's clerks and
  Haryana's clerical staff.
- Oregon: the standard rate is the state's row; the Portland metro area's (higher) and the non-urban counties'
  (lower) rates are in the words seekers read, since the offer rarely says which side of the urban growth
  boundary the agent lives on.
- Rows marked "verify" were seen only in secondary sources, or a later change is due that no source found.
  Minimums here only rise, so an older figure errs on the side of not warning.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple


class RegionalMinimum(NamedTuple):
    name: str  # as seekers read it after "the legal minimum in"
    amount: str  # as the law states it, per `per`
    per: str  # "hour", "day" or "month" (scoring.pay_references.Per)
    text: str  # the minimum as the law states it, with the amount
    as_of: date  # when it took effect
    source: str


FEDERAL_SINCE = date(2009, 7, 24)
STATES_2026 = "State minimum wage increases effective 2026-01-01 (Wage & Hour Defense blog, Workforce.com, 2026)"
BALLOTPEDIA_2026 = "Ballotpedia, minimum wage increases in 2026 (updated 2025-12-10); HR Ministry Solutions 2026 table"
AT_FEDERAL = "the federal $7.25 applies (U.S. Department of Labor); Ballotpedia 2026 state table"

# U.S. states (and D.C.) named in offers: those whose minimum is above the federal one, and the largest of those
# at the federal one. A state not listed pays the federal $7.25; city minimums (Seattle, Denver) are left out.
# name, amount an hour, in force from, source
US_STATE_MINIMUMS: dict[str, tuple[str, str, date, str]] = {
    "US-AK": ("Alaska", "14.00", date(2026, 7, 1), BALLOTPEDIA_2026),
    "US-AR": ("Arkansas", "11.00", date(2021, 1, 1), f"{BALLOTPEDIA_2026} (employers with 4 or more employees)"),
    "US-AZ": ("Arizona", "15.15", date(2026, 1, 1), STATES_2026),
    "US-CA": ("California", "16.90", date(2026, 1, 1), STATES_2026),
    "US-CO": ("Colorado", "15.16", date(2026, 1, 1), BALLOTPEDIA_2026),
    "US-CT": ("Connecticut", "16.94", date(2026, 1, 1), STATES_2026),
    "US-DC": ("Washington, D.C.", "17.95", date(2026, 1, 1), STATES_2026),
    "US-DE": ("Delaware", "15.00", date(2025, 1, 1), BALLOTPEDIA_2026),
    "US-FL": ("Florida", "15.00", date(2026, 9, 30), f"{BALLOTPEDIA_2026} (constitutional amendment of 2020)"),
    "US-GA": ("Georgia", "7.25", FEDERAL_SINCE, f"Georgia's own $5.15 is superseded: {AT_FEDERAL}"),
    "US-HI": ("Hawaii", "16.00", date(2026, 1, 1), STATES_2026),
    "US-IL": ("Illinois", "15.00", date(2025, 1, 1), BALLOTPEDIA_2026),
    "US-MA": ("Massachusetts", "15.00", date(2023, 1, 1), BALLOTPEDIA_2026),
    "US-MD": ("Maryland", "15.00", date(2024, 1, 1), BALLOTPEDIA_2026),
    "US-ME": ("Maine", "15.10", date(2026, 1, 1), STATES_2026),
    "US-MI": ("Michigan", "13.73", date(2026, 1, 1), STATES_2026),
    "US-MN": ("Minnesota", "11.41", date(2026, 1, 1), STATES_2026),
    "US-MO": ("Missouri", "15.00", date(2026, 1, 1), STATES_2026),
    "US-MT": ("Montana", "10.85", date(2026, 1, 1), STATES_2026),
    "US-NC": ("North Carolina", "7.25", FEDERAL_SINCE, f"North Carolina's own minimum equals it: {AT_FEDERAL}"),
    "US-NE": ("Nebraska", "15.00", date(2026, 1, 1), STATES_2026),
    "US-NJ": ("New Jersey", "15.92", date(2026, 1, 1), STATES_2026),
    "US-NM": ("New Mexico", "12.00", date(2023, 1, 1), BALLOTPEDIA_2026),
    "US-NV": ("Nevada", "12.00", date(2024, 7, 1), BALLOTPEDIA_2026),
    "US-NY": ("New York", "16.00", date(2026, 1, 1), STATES_2026),  # $17.00 in NYC, Long Island and Westchester
    "US-OH": ("Ohio", "11.00", date(2026, 1, 1), STATES_2026),
    "US-PA": ("Pennsylvania", "7.25", FEDERAL_SINCE, f"Pennsylvania's own minimum equals it: {AT_FEDERAL}"),
    "US-RI": ("Rhode Island", "16.00", date(2026, 1, 1), STATES_2026),
    "US-SD": ("South Dakota", "11.85", date(2026, 1, 1), STATES_2026),
    "US-TX": ("Texas", "7.25", FEDERAL_SINCE, f"Texas's own minimum equals it: {AT_FEDERAL}"),
    "US-VA": ("Virginia", "12.77", date(2026, 1, 1), STATES_2026),
    "US-VT": ("Vermont", "14.42", date(2026, 1, 1), STATES_2026),
    "US-WA": ("Washington State", "17.13", date(2026, 1, 1), STATES_2026),
    "US-WV": ("West Virginia", "8.75", date(2016, 1, 1), BALLOTPEDIA_2026),
}
# U.S. states with more than one minimum, whose words name each (the state's row is one of them).
US_TIERED_MINIMUMS: dict[str, RegionalMinimum] = {
    "US-OR": RegionalMinimum(
        "Oregon",
        "15.05",
        "hour",
        "$15.05 an hour (Oregon's standard minimum wage; $16.30 in the Portland metro area, $14.05 in non-urban "
        "counties)",
        date(2025, 7, 1),
        "Oregon Bureau of Labor and Industries rates from 2025-07-01, standard tier as the state's row (Miller Nash "
        "2025; verify: adjusted each July 1 with inflation, the 2026 rates were not found)",
    ),
}


def _province(name: str, amount: str, as_of: date, source: str) -> RegionalMinimum:
    return RegionalMinimum(name, amount, "hour", f"${amount} an hour ({name} general minimum wage)", as_of, source)


# Ontario, with its homeworker rate, is in scoring.pay_references.
CANADIAN_MINIMUMS: dict[str, RegionalMinimum] = {
    "CA-AB": _province("Alberta", "15.00", date(2018, 10, 1), "Alberta Employment Standards, unchanged since "
                       "2018-10-01 (Global News 2025-09-23)"),
    "CA-BC": _province("British Columbia", "17.85", date(2025, 6, 1), "B.C. Ministry of Labour via The Canadian "
                       "Press 2025-05-28 (verify: raised each June 1 with inflation; the 2026 rate was not found)"),
    "CA-MB": _province("Manitoba", "16.40", date(2026, 10, 1), "Manitoba Labour and Immigration announcement, "
                       "reported by HRD Canada 2026 (verify); $16.00 from 2025-10-01 (Global News)"),
    "CA-NB": _province("New Brunswick", "15.90", date(2026, 4, 1), "New Brunswick CPI indexation, reported by "
                       "Immigration News Canada 2026 (verify); $15.65 from 2025-04-01"),
    "CA-NL": _province("Newfoundland and Labrador", "16.00", date(2025, 4, 1), "Retail Council of Canada via HRD "
                       "Canada 2025 (verify: indexed each April 1; the 2026 rate was not found)"),
    "CA-NS": _province("Nova Scotia", "17.00", date(2026, 10, 1), "Nova Scotia schedule ($16.75 from 2026-04-01, "
                       "$17.00 from 2026-10-01), reported by Immigration News Canada 2026 (verify)"),
    "CA-NT": _province("the Northwest Territories", "16.95", date(2025, 9, 1), "Global News 2025-09-23 (verify: "
                       "adjusted each September 1; the 2026 rate was not found)"),
    "CA-NU": _province("Nunavut", "19.75", date(2025, 9, 1), "Government of Nunavut via CBC News 2025-09-01 "
                       "(verify: adjusted yearly; the 2026 rate was not found)"),
    "CA-PE": _province("Prince Edward Island", "17.00", date(2026, 4, 1), "P.E.I. Employment Standards Board, "
                       "reported by Global News 2025-09-23"),
    "CA-QC": _province("Quebec", "16.60", date(2026, 5, 1), "Quebec Ministry of Labour announcement, reported by "
                       "the press 2026 (verify on CNESST); $16.10 from 2025-05-01"),
    "CA-SK": _province("Saskatchewan", "15.35", date(2025, 10, 1), "Government of Saskatchewan release 2025-07 "
                       "(verify: indexed each October 1; the 2026 rate was not found)"),
    "CA-YT": _province("Yukon", "17.94", date(2025, 4, 1), "Government of Yukon via HRD Canada 2025 (verify: "
                       "indexed each April 1; the 2026 rate was not found)"),
}  # fmt: skip

# Metro Manila (NCR) is the country's figure "PH" in scoring.pay_references.
PHILIPPINE_MINIMUMS: dict[str, RegionalMinimum] = {
    "PH-03": RegionalMinimum(
        "Central Luzon",
        "600",
        "day",
        "₱600 a day (Pampanga, Bulacan, Bataan, Nueva Ecija, Tarlac, Zambales; ₱560 in Aurora; Wage Order RBIII-26)",
        date(2026, 4, 16),
        "Wage Order RBIII-26, second tranche in force 2026-04-16 (Daily Tribune, SunStar, Inquirer 2025-10-14)",
    ),
    "PH-06": RegionalMinimum(
        "Western Visayas",
        "550",
        "day",
        "₱550 a day (employers of more than 10 workers; ₱530 for smaller ones; Western Visayas wage order of 2025)",
        date(2025, 11, 19),
        "RTWPB VI wage order in force 2025-11-19, affirmed by the NWPC (BusinessWorld 2025-10-31)",
    ),
    "PH-07": RegionalMinimum(
        "Central Visayas",
        "540",
        "day",
        "₱540 a day (Metro Cebu; ₱500 elsewhere in Central Visayas; Wage Order ROVII-26)",
        date(2025, 10, 4),
        "Wage Order ROVII-26, in force 2025-10-04 (BusinessWorld 2025-09-19, SunStar, Manila Bulletin)",
    ),
    "PH-11": RegionalMinimum(
        "the Davao Region",
        "540",
        "day",
        "₱540 a day (non-agriculture; Wage Order RB XI-24)",
        date(2026, 9, 1),
        "Wage Order RB XI-24, second tranche in force 2026-09-01 (SunStar Davao 2026-02-26, Manila Bulletin)",
    ),
    "PH-40": RegionalMinimum(
        "Calabarzon",
        "550",
        "day",
        "₱550 a day (cities and first-class towns; up to ₱600 next to Metro Manila, ₱525 in smaller towns; "
        "Wage Order IVA-22)",
        date(2025, 10, 5),
        "Wage Order IVA-22, in force 2025-10-05 (Manila Bulletin 2025-09-20, BusinessWorld 2025-10-31)",
    ),
}

# Delhi (IN-DL) is in scoring.pay_references.
INDIAN_MINIMUMS: dict[str, RegionalMinimum] = {
    "IN-HR": RegionalMinimum(
        "Haryana",
        "11838.29",
        "month",
        "₹11,838.29 a month (semi-skilled A: clerical staff below matriculation, Haryana)",
        date(2025, 7, 1),
        "Haryana minimum wages from 2025-07-01 as tabled by Zimyo (verify: another table gives ₹11,819.94; "
        "dearness allowance revised every January and July)",
    ),
    "IN-TN": RegionalMinimum(
        "Tamil Nadu",
        "11241.80",
        "month",
        "₹11,241.80 a month (cashiers, clerks and typists in shops and commercial establishments, zone A: Chennai, "
        "Coimbatore)",
        date(2024, 4, 1),
        "Tamil Nadu minimum wages for shops and commercial establishments 2024-25, basic ₹5,507 + variable dearness "
        "allowance ₹5,734.80 (factoHR 2024; verify: a revision of 2024-09 raised basic wages, a manager's to ₹7,390 "
        "in zone A, and the clerk's new rate was not found; the allowance is revised each April)",
    ),
    "IN-KA": RegionalMinimum(
        "Karnataka",
        "16860.21",
        "month",
        "₹16,860.21 a month (semi-skilled, shops and commercial establishments, zone I: Bengaluru)",
        date(2025, 4, 1),
        "Karnataka minimum wages 2025-26, basic ₹12,746.61 + dearness allowance ₹4,113.60 (SGCMS 2025-03-13; "
        "verify: the allowance is revised each April, ₹4,549.27 is reported for 2026-27)",
    ),
    "IN-MH": RegionalMinimum(
        "Maharashtra",
        "14470",
        "month",
        "₹14,470 a month (semi-skilled, shops and commercial establishments, zone I: Mumbai, Pune)",
        date(2025, 1, 1),
        "Maharashtra minimum wages 2025-01-01 to 2025-06-30, basic ₹10,856 + special allowance ₹3,614 "
        "(HR Informative, AscentHR 2025-02; verify: revised every January and July)",
    ),
    "IN-TS": RegionalMinimum(
        "Telangana",
        "13164.40",
        "month",
        "₹13,164.40 a month (clerks and receptionists in shops, zone I: Hyderabad)",
        date(2025, 10, 1),
        "Telangana minimum wages 2025-10-01 to 2026-03-31, basic ₹4,102 + dearness allowance ₹9,062.40 "
        "(AscentHR 2025-10-24; verify: the allowance is revised every April and October)",
    ),
    "IN-UP": RegionalMinimum(
        "Uttar Pradesh",
        "12122.91",
        "month",
        "₹12,122.91 a month (semi-skilled, Uttar Pradesh: Noida)",
        date(2025, 10, 1),
        "Uttar Pradesh minimum wages for 74 scheduled employments from 2025-10-01, basic ₹6,325 + dearness "
        "allowance ₹5,797.91 (GD SN Co 2025-09-30; verify: the allowance is revised every April and October)",
    ),
}
