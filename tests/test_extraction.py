"""Extraction of checklist answers from free text: every signal with positives and near-misses.

Pure: no database. Each evidence span must point at the words it came from.
"""

import re
from decimal import Decimal

import pytest

from scoring.config import RuleConfig
from scoring.extraction import MAX_SCAN_CHARS, Evidence, Extraction, extract, segments
from scoring.extraction.quoted import blank_seekers_quote
from scoring.extraction.spoken import spoken_amounts
from scoring.offer import FeeSnapshot, Offer
from scoring.verdict import evaluate
from scoring.vocabulary import Severity


def spans_ok(text: str, extraction: Extraction) -> None:
    for e in extraction.evidence:
        assert text[e.start : e.end] == e.text, e
        assert e.text.strip(), e


def answers(text: str) -> dict:
    extraction = extract(text)
    spans_ok(text, extraction)
    return extraction.answers


def evidence_texts(text: str, field: str) -> list[str]:
    return [e.text for e in extract(text).evidence if e.field == field]


# --- Q6 / Q8 pay -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "basis", "amount", "top", "currency"),
    [
        ("Pay: $15/hr to start.", "hour", "15", None, "USD"),
        ("We pay $15.50 an hour.", "hour", "15.50", None, "USD"),
        ("Earn $15 - $18 per hour depending on experience.", "hour", "15", "18", "USD"),
        ("Agents earn $0.45 per completed call.", "call", "0.45", None, "USD"),
        ("Rate: $0.25 per talk minute.", "minute", "0.25", None, "USD"),
        ("Salary $30,000–$40,000 a year.", "salary", "30000", "40000", "USD"),
        ("Annual salary: $32k", "salary", "32000", None, "USD"),
        ("₱18,000 per month for night-shift agents.", "salary", "216000", None, "PHP"),
        ("PHP 90 per hour", "hour", "90", None, "PHP"),
        ("Rs. 15,000 per month, Bangalore.", "salary", "180000", None, "INR"),
        ("Rs 20,000 monthly for agents in Karachi, Pakistan.", "salary", "240000", None, "PKR"),
        ("R8 000 per month.", "salary", "96000", None, "ZAR"),
        ("€12 per hour, Amsterdam.", "hour", "12", None, "EUR"),
        ("12 EUR per hour", "hour", "12", None, "EUR"),
        ("C$17/hour for agents in Ontario.", "hour", "17", None, "CAD"),
        ("Pay is $17 per hour (CAD) for our Canadian team.", "hour", "17", None, "CAD"),
        ("Earn $500 per week from home!", "salary", "26000", None, "USD"),
    ],
)
def test_pay_basis_amount_and_currency(text, basis, amount, top, currency):
    found = answers(text)

    assert found["pay_basis"] == basis
    assert found["pay_amount"] == Decimal(amount)
    assert found.get("pay_amount_max") == (None if top is None else Decimal(top))
    assert found["pay_currency"] == currency


@pytest.mark.parametrize(
    "text",
    [
        "Our company grew revenue to $3,000,000 last year.",  # an amount without a pay unit
        "There is a $50 fee per month for the software.",  # a fee, not pay
        "Call 1-800-555-0100 between 9 and 5.",
        "Refer a friend and get a $100 bonus.",
    ],
)
def test_amounts_that_are_not_pay(text):
    assert "pay_basis" not in answers(text)


def test_commission_only_with_no_base_and_no_leads():
    found = answers("This is a commission-only role with no base pay. You generate your own leads.")

    assert found["pay_basis"] == "commission"
    assert found["base_pay"] == "no"
    assert found["leads_provided"] == "no"


def test_base_pay_plus_commission_and_leads_provided():
    found = answers("Base pay of $12/hr plus commission. Warm leads are provided.")

    assert found["pay_basis"] == "hour"
    assert found["pay_amount"] == Decimal("12")
    assert found["base_pay"] == "yes"
    assert found["leads_provided"] == "yes"


def test_near_miss_commission_not_only():
    found = answers("Hourly pay of $14 plus commission; this is not a commission-only job.")

    assert found["pay_basis"] == "hour"
    assert found["base_pay"] == "yes"


def test_guaranteed_minimum_with_per_minute_pay():
    text = "We pay $0.25 per talk minute with a guaranteed minimum of $9.00/hour."
    found = answers(text)

    assert found["pay_basis"] == "minute"
    assert found["pay_amount"] == Decimal("0.25")
    assert found["guaranteed_minimum"] == "yes"
    assert found["guaranteed_minimum_hourly"] == Decimal("9.00")
    assert evidence_texts(text, "guaranteed_minimum_hourly") == ["$9.00/hour"]


def test_a_monthly_floor_under_per_call_pay_is_a_guaranteed_hourly_minimum():
    text = "Jy word R9 per afgehandelde oproep betaal, met 'n gewaarborgde minimum van R6 800 per maand."
    found = answers(text)

    assert (found["pay_basis"], found["guaranteed_minimum"]) == ("call", "yes")
    assert found["guaranteed_minimum_hourly"] == Decimal("39.23")  # R6,800 x 12 over 52 weeks of 40 hours


def test_a_monthly_charge_in_brackets_is_a_fee_not_a_salary():
    found = answers(
        "Nothing is due upfront, but starting with your first live shift you'll purchase the softphone licence "
        "through our agent portal ($35/month, deducted from pay)."
    )

    assert "pay_amount" not in found
    (fee,) = found["fees"]
    assert (fee.kind, fee.amount, fee.timing, fee.recurring) == ("equipment", Decimal("35"), "after_offer", "yes")


def test_an_allowance_the_employer_gives_is_not_a_fee():
    found = answers("What we provide: laptop, dual monitors, headset & a $40/mo internet stipend")

    assert "fees" not in found
    assert found.get("buy_from_employer") != "yes"


def test_no_guaranteed_minimum():
    found = answers("You are only paid for talk time; there is no guaranteed minimum.")

    assert found["guaranteed_minimum"] == "no"


# --- Q7 status ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("This is a W-2 position with benefits.", "employee"),
        ("You will be hired as a full-time employee.", "employee"),
        ("Agents work as independent contractors (1099).", "contractor"),
        ("You must operate as your own business entity (LLC or sole proprietor).", "contractor"),
        ("Independent agents set their own schedules.", "contractor"),
        ("This is not an independent contractor role: you are a W-2 employee.", "employee"),
        ("Bediendecontract (PC 200), 2.480 euro bruto per maand", "employee"),
        ("Employment contract with us (not freelance)", "employee"),
        ("€15,90 per uur, je bent gewoon werknemer via onze cao.", "employee"),
        ("Contract van onbepaalde duur als bediende.", "employee"),
        ("Mulazmat mustaqil hai, training ka bhi paisa milta hai.", "employee"),
        ("تنخواہ 48,000 روپے ماہانہ، مستقل ملازمت", "employee"),
        ("Chat support (WFH) – salary 58,000 PKR, company employee, paid training.", "employee"),
    ],
)
def test_worker_status(text, status):
    assert answers(text)["worker_status"] == status


def test_worker_status_not_stated():
    assert "worker_status" not in answers("Join our friendly team answering customer calls.")


# --- Q4 fees ------------------------------------------------------------------------------------------
def test_fee_before_offer_with_amount_and_kind():
    text = "To get started, pay a $99 starter kit fee."
    found = answers(text)

    assert found["fees"] == (FeeSnapshot("starter_kit", Decimal("99"), "USD", "before_offer", "unknown"),)
    assert "$99 starter kit" in evidence_texts(text, "fees")[0]


def test_application_fee_is_before_an_offer():
    (fee,) = answers("There is a $25 application fee.")["fees"]

    assert (fee.kind, fee.amount, fee.timing) == ("application", Decimal("25"), "before_offer")


@pytest.mark.parametrize(
    ("text", "kind", "timing"),
    [
        ("Starter kit (headset + software) $79 due at signup.", "starter_kit", "before_offer"),  # the kit, not its gear
        ("Purchase our headset bundle ($189) from the Company Store before orientation.", "equipment", "before_offer"),
        # A Cash App handle is one word, not two sentences glued together
        (
            "Send $45 for your background check via Cash App to $HireRightVerify before your interview.",
            "background_check",
            "before_offer",
        ),
        ("Pay R350 for your uniform and training then start Monday.", "training", "unknown"),
        ("Pay the $39 background check fee at the time of application.", "background_check", "before_offer"),
        ("Betaal R450 vir jou aansitpakket voordat ons jou onderhoud skeduleer.", "starter_kit", "before_offer"),
        (
            "Before we ship your work laptop, please e-transfer a $250 laptop security deposit (refundable).",
            "equipment",
            "before_offer",
        ),
        (
            "To schedule your interview, a $50 background check fee must be paid first.",
            "background_check",
            "before_offer",
        ),
        (
            "To be invited to interview you must first complete an Enhanced DBS check at a cost of £59.50.",
            "background_check",
            "before_offer",
        ),
        (
            "To receive your offer letter, please activate your dialer licence ($60 one-time).",
            "equipment",
            "before_offer",
        ),
        (
            "If you don't have it yet, the CXA-1 is a $60 agent certification exam that must be completed and paid "
            "before your interview can be booked.",
            "starter_kit",
            "before_offer",
        ),
        # Bought through the employer's vendor; the onboarding waits for the order, two sentences on
        (
            "Please purchase your laptop and software bundle from our vendor (ProDesk, link attached, $1,180). "
            "This is fully reimbursed in your first payroll. Your onboarding call cannot be scheduled until the "
            "vendor confirms your order.",
            "equipment",
            "before_offer",
        ),
        (
            "Bestel ons startpakket (handleiding en belscript) voor eenmalig € 49,95. "
            "Na betaling plannen wij je sollicitatiegesprek in.",
            "starter_kit",
            "before_offer",
        ),
        (
            "Background check: once you've received and signed a written offer, there is a one-time $45 "
            "background check fee.",
            "background_check",
            "after_offer",
        ),
        # What is paid for sits before a bracket; the offer waits for the money (said in the next sentence)
        ("Je hebt alleen ons startpakket (headset, belscript) nodig voor €75.", "starter_kit", "unknown"),
        (
            "Bibilhin mo ito sa partner supplier namin (₱18,500). "
            "Pag na-settle na, ise-send na namin ang job offer mo.",
            "other",
            "before_offer",
        ),
    ],
)
def test_what_a_fee_is_for_and_when_it_is_due(text, kind, timing):
    (fee,) = answers(text)["fees"]

    assert (fee.kind, fee.timing) == (kind, timing)


@pytest.mark.parametrize(
    ("text", "kind", "timing", "recurring"),
    [
        ("R450 per maand word van jou salaris afgetrek vir die dialer-lisensie.", "equipment", "after_offer", "yes"),
        # "hiervoor" (for this) points back past the semicolon: what the charge is for stays "other"
        ("Je werkt in ons belplatform; hiervoor houden we €25 per maand in op je loon.", "other", "after_offer", "yes"),
        # a deposit for gear on loan is for the gear
        (
            "Laptop in bruikleen: hiervoor houden we €200 borg in op je eerste 4 salarisstroken.",
            "equipment",
            "after_offer",
            "unknown",
        ),
        (
            "After onboarding, all agents must subscribe to our CRM at $29/month (billed to your card).",
            "equipment",
            "after_offer",
            "yes",
        ),
        ("Voor ons belplatform wordt maandelijks €45 ingehouden op je nettoloon.", "equipment", "after_offer", "yes"),
        ("Laptop ka kiraya Rs 4,000 mahana salary se katega.", "equipment", "after_offer", "yes"),
        (
            "Your CloudDial agent seat costs $34.99/month, deducted from your weekly pay.",
            "equipment",
            "after_offer",
            "yes",
        ),
        (
            "Note: a $20/month VPN token subscription will be deducted from your paycheck.",
            "equipment",  # a VPN is software the job needs
            "after_offer",
            "yes",
        ),
        (
            "Joining ke baad company se approved headset kharidna compulsory hai (₹1,800), "
            "jo salary se kaat liya jayega.",
            "equipment",
            "after_offer",
            "unknown",
        ),
        (
            "Joining ke baad company se laptop lena lazmi hai (Rs 60,000), jo 12 qiston mein tankhwah se kat jayega.",
            "equipment",
            "after_offer",
            "unknown",
        ),
        (
            "A partner support fee of $30 per invoice period is deducted from what we pay you. "
            "Nothing is charged up front.",
            "other",
            "after_offer",
            "yes",
        ),
        (
            "My supervisor says we have to pay $30 a month for the dialer, taken out of our check.",
            "equipment",
            "after_offer",
            "yes",
        ),
    ],
)
def test_charges_taken_from_pay_after_hiring(text, kind, timing, recurring):
    (fee,) = answers(text)["fees"]

    assert (fee.kind, fee.timing, fee.recurring) == (kind, timing, recurring)


def test_recurring_software_fee():
    (fee,) = answers("You will pay $29 per month for the software license.")["fees"]

    assert fee.kind == "equipment"
    assert fee.recurring == "yes"


def test_training_fee_means_training_is_charged():
    found = answers("Training fee: $200, payable before you start.")

    assert found["training_pay"] == "charged"
    assert found["fees"][0].kind == "training"


@pytest.mark.parametrize(
    "text",
    [
        "We never charge fees.",
        "There are no fees to apply, ever.",
        "We will never ask you to pay for anything.",
        "Training is provided at no cost to you.",
        "Applying is free of charge.",
        "No application fee. No starter kit. No nonsense.",
        "Na je schriftelijke aanbod vragen we een VOG aan. De kosten daarvan (€41,35) betalen wij.",
        "ہم کسی امیدوار سے رجسٹریشن فیس یا سیکیورٹی ڈپازٹ نہیں لیتے۔",
        "Koi registration charges, security deposit ya training fee NAHI hai.",
        'Vantage will NEVER ask you to pay for training, buy a headset from us, or send a "processing fee".',
        "Voor de laptop geldt een borg van €300, die betaalt Tempoflex: jij betaalt helemaal niets.",
    ],
)
def test_no_fee_statements_are_not_fees(text):
    extraction = extract(text)

    assert "fees" not in extraction.answers
    assert extraction.answers.get("training_pay") != "charged"


def test_background_check_after_conditional_offer_is_the_allowed_exception():
    text = "We never charge fees, except a one-time $45 background check after a conditional offer."
    found = answers(text)

    assert found["fees"] == (FeeSnapshot("background_check", Decimal("45"), "USD", "after_offer", "no"),)
    assert "no fee" in [e.value for e in extract(text).signals]


def test_background_check_before_interview_is_before_offer():
    (fee,) = answers("Pay the $45 background check fee before your interview.")["fees"]

    assert (fee.kind, fee.timing) == ("background_check", "before_offer")


def test_a_fee_the_employer_pays_is_not_a_fee():
    found = answers("Paid training to get your state license; the company pays the license fee.")

    assert "fees" not in found
    assert found.get("buy_from_employer") != "yes"


def test_background_check_without_a_fee_is_not_a_fee():
    assert "fees" not in answers("We run a background check after a conditional offer.")


# --- Q3 equipment -------------------------------------------------------------------------------------
def test_basic_equipment_needed():
    found = answers("You need a computer, a landline phone, a USB headset and a quiet room with a door.")

    assert (found["needs_computer"], found["needs_landline"], found["needs_headset"], found["needs_quiet_room"]) == (
        "yes",
        "yes",
        "yes",
        "yes",
    )


def test_equipment_provided_is_not_equipment_to_buy():
    found = answers("Laptop and headset provided at no cost. Equipment is shipped to you.")

    assert found["needs_computer"] == "no"
    assert found["needs_headset"] == "no"
    assert found["buy_from_employer"] == "no"
    assert "fees" not in found


def test_equipment_the_employer_sends_for_free_is_not_bought_from_it():
    found = answers("We provide the headset and laptop at no cost.")
    shipped = answers("We will ship you a computer free of charge.")

    assert (found["needs_headset"], found["needs_computer"], found["buy_from_employer"]) == ("no", "no", "no")
    assert shipped["buy_from_employer"] == "no"
    # Near-miss: the employer supplies it, but for a price.
    priced = answers("We provide the headset and laptop for a $99 deposit, which you pay before training.")
    assert priced.get("buy_from_employer") != "no"
    assert priced["fees"][0].amount == Decimal("99")


def test_buying_from_the_employer():
    text = "You must purchase our dialer software and headset from us for $149."
    found = answers(text)

    assert found["buy_from_employer"] == "yes"
    assert found["fees"][0].kind == "equipment"
    assert found["fees"][0].amount == Decimal("149")


def test_near_miss_buy_anywhere():
    found = answers("You need a headset; buy it from any store you like.")

    assert found["buy_from_employer"] == "no"
    assert found["needs_headset"] == "yes"


# --- Q2 regions ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Open to residents of TX, FL and GA.", ("US-FL", "US-GA", "US-TX")),
        ("We hire in Texas, Florida and Georgia.", ("US-FL", "US-GA", "US-TX")),
        ("Location: Austin, TX 78701", ("US-TX",)),
        ("Location: Portland, OR.", ("US-OR",)),
        ("Remote - US only.", ("US",)),
        ("Hiring agents located in Ontario and British Columbia.", ("CA-BC", "CA-ON")),
        ("Work from home, Philippines.", ("PH",)),
        ("We are hiring in India and South Africa.", ("IN", "ZA")),
        ("Hiring nationwide across the U.S.", ("US",)),
        ("Hiring nationwide; pay $15/hr.", ("US",)),
        ("Available in all 50 states.", ("US",)),
        ("Hiring nationwide! Salary ₱20,000 monthly.", ("PH",)),  # the nation of the only currency
        ("PH-based agents only.", ("PH",)),
        ("We hire UK-based agents.", ("GB",)),
        ("Jy moet in Suid-Afrika woon.", ("ZA",)),  # a hyphenated name, each part capitalised
        ("Slegs KwaZulu-Natal.", ("ZA",)),
        ("صرف فیصل آباد کے رہائشی درخواست دیں", ("PK",)),
        ("Je moet in Nederland wonen.", ("NL",)),
        ("Tele-caller required – Laxmi Nagar, Delhi. Work from home after training.", ("IN-DL",)),
    ],
)
def test_hiring_regions(text, regions):
    assert answers(text)["hiring_regions"] == regions


@pytest.mark.parametrize(
    "text",
    [
        "Log IN OR sign up. OK? Call ME later.",  # IN, OR, OK, ME are English words
        "Send us a message, OK, and we will call you in the morning.",
        "Our founder once visited Texas.",  # a state named outside any hiring context
        "We are NOT hiring in California or New York.",  # excluded regions are not hiring regions
        "It was in or near the office.",
    ],
)
def test_region_near_misses(text):
    assert "hiring_regions" not in answers(text)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Salary ₹12 LPA for team leads.", "1200000.00", "INR"),  # above a million rupees is ordinary
        ("Rs 5,000 rozana kamayein, Karachi.", "1300000.00", "PKR"),  # daily pay x 260 days
    ],
)
def test_large_salaries_in_small_units_are_read(text, amount, currency):
    found = answers(text)

    assert (found["pay_amount"], found["pay_currency"]) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    ("text", "basis", "amount", "currency"),
    [
        ("Earn 45p per answered call.", "call", "0.45", "GBP"),  # pence
        ("Phone surveys - paid per complete ($2.00 each) - evenings", "call", "2.00", "USD"),
        ("Har successful transfer par Rs 50, Karachi.", "call", "50.00", "PKR"),
        ("R4 per voltooide oproep, geen minimum", "call", "4.00", "ZAR"),
        ("€0,22 per minuut", "minute", "0.22", "EUR"),
        ("تنخواہ 18,000 روپے ماہانہ", "salary", "216000.00", "PKR"),
        ("Rs 50,000 + night allowance, Lahore", "salary", "600000.00", "PKR"),
        ("Permanent full-time · $18.00/hour plus monthly bonus", "hour", "18.00", "USD"),  # a bonus is extra pay
        ("Salary: 2.8 LPA fixed + shift allowance", "salary", "280000.00", "INR"),
        ("CTC 3 lpa, full-time employee with PF", "salary", "300000.00", "INR"),
        ("Multan walon ke liye WFH job. Tankhwah 48,000 fix", "salary", "576000.00", "PKR"),
        ("Rs 70,000 fixed + Rs 1,000 per confirmed appointment, Islamabad", "salary", "840000.00", "PKR"),
        ("€2,700 gross/month (40h) + 8% holiday allowance", "salary", "32400.00", "EUR"),
        ("thuiswerk inbound 24-36u pw\n15,60 p/u bruto, training is betaald", "hour", "15.60", "EUR"),
        # A premium on top is not the base rate
        ("Bilingual is a plus (+$1.00/hr)\n• $18.00/hr, paid every other Friday", "hour", "18.00", "USD"),
        # Hourly pay only for talk time is pay per minute on the phone
        ("Contractors are paid $13/hr for time on calls only.", "minute", "0.22", "USD"),
        ("work from home answering calls. pay is .35/call, no min", "call", "0.35", "USD"),
        ("You invoice us monthly for completed calls at $0.55 each.", "call", "0.55", "USD"),
        # Dutch and Afrikaans pieces of work; Urdu script per call; lakhs a month; "hazar"; a base "+" pay per piece
        ("€0,55 per afgehandeld gesprek, geen vast uurloon", "call", "0.55", "EUR"),
        ("Je krijgt €0,18 per gespreksminuut.", "minute", "0.18", "EUR"),
        ("R1,20 per praatminuut, daar is geen gewaarborgde minimum nie", "minute", "1.20", "ZAR"),
        ("ہر کامیاب کال پر 50 روپے، کوئی بنیادی تنخواہ نہیں", "call", "50.00", "PKR"),
        ("Lahore: Rs 2 lakh mahana!! Koi interview nahi", "salary", "2400000.00", "PKR"),
        ("Tankhwah 70 hazar se 85 hazar tak, Lahore", "salary", "840000.00", "PKR"),
        ("R8 800 basiese salaris per maand", "salary", "105600.00", "ZAR"),
        ("Guaranteed $5.00/hour for logged-in time + $25 per appointment set.", "call", "25.00", "USD"),
        ("pay is 18.50 an hour, W2, paid training", "hour", "18.50", "USD"),  # no sign: dollars, as nothing else
        ("Salary 2,50,000 monthly, Karachi", "salary", "3000000.00", "PKR"),  # grouped in lakhs
        ("₱300 per approved loan application, no basic, no minimum", "call", "300.00", "PHP"),
        # Job-board ranges: thousands grouped by spaces after a repeated sign, a currency word only at the end,
        # lakhs a year, a "Fixed" range in K, Tagalog "bawat", a sign glued to the word before it
        ("Salary: R 9 000 - R 11 000 per month", "salary", "108000.00", "ZAR"),
        ("تنخواہ: 55,000 - 65,000 روپے", "salary", "660000.00", "PKR"),
        ("₹ 3.3-3.9 Lacs P.A., Full Time, Permanent", "salary", "330000.00", "INR"),
        ("Fixed 25K - 37.5K per month, Bengaluru", "salary", "300000.00", "INR"),
        ("₱15 bawat successful call, walang basic pay", "call", "15.00", "PHP"),
        ("Customer Service Associate (WFH)Full time₱10,000 per monthPosted 1d ago", "salary", "120000.00", "PHP"),
        ("what: email and chat about orders, subscriptions, grinders\npay: $19/hr", "hour", "19.00", "USD"),
    ],
)
def test_pay_written_in_other_ways(text, basis, amount, currency):
    found = answers(text)

    assert (found["pay_basis"], found["pay_amount"], found["pay_currency"]) == (basis, Decimal(amount), currency)


@pytest.mark.parametrize(
    "text",
    [
        "Slegs kommissie, geen basiese salaris nie.",
        "Koi fixed salary nahi, sirf commission.",
        "You'll be self-employed (no guaranteed hours or minimum earnings).",
    ],
)
def test_no_base_or_minimum_in_other_words(text):
    found = answers(text)

    assert "no" in (found.get("guaranteed_minimum"), found.get("base_pay"))


def test_a_dollar_salary_above_a_million_is_a_typo_not_pay():
    assert "pay_amount" not in answers("Salary $2,500,000 a year.")


def test_nationwide_with_two_currencies_names_no_country():
    assert "hiring_regions" not in answers(
        "Hiring nationwide. Pay ₱20,000 a month, or R8,000 a month in our Durban office."
    )


def test_nationwide_is_a_signal():
    extraction = extract("We hire nationwide across the U.S.")

    assert [e.field for e in extraction.signals] == ["signal:nationwide"]


# --- Q9 hours, Q10 training ---------------------------------------------------------------------------
def test_hours_a_day_make_a_week():
    assert answers("A part time job that requires 2-3 hours daily, paid $950 weekly.")["hours_per_week"] == 10


def test_the_classic_second_job_pitch_is_hype():
    assert answers("The job will not interfere with your present job.")["hype_pitch"] == "yes"


def test_hours_and_weekends():
    found = answers("Minimum 20 hours per week; weekend shifts required.")

    assert found["hours_per_week"] == 20
    assert found["nights_weekends"] == "yes"


def test_weekdays_only_means_no_nights_or_weekends():
    found = answers("Schedule: Monday-Friday, 9am to 5pm. No weekends.")

    assert found["nights_weekends"] == "no"


def test_full_time_means_forty_hours():
    assert answers("This is a full-time position.")["hours_per_week"] == 40


@pytest.mark.parametrize(
    ("text", "pay", "days"),
    [
        ("Paid training (2 weeks) from home.", "paid", 14),
        ("Training is paid at your full hourly rate and lasts 10 days.", "paid", 10),
        ("There is a 3-week unpaid training period.", "unpaid", 21),
        ("Training is not paid.", "unpaid", None),
        ("Training isn't paid, it's only 5 days", "unpaid", None),
        ("Inwerkperiode van 2 weken wordt volledig doorbetaald.", "paid", 14),
        ("Opleiding van 3 weke word ten volle betaal.", "paid", 21),
        ("Training ki tankhwah bhi milegi.", "paid", None),
        ("تربیت کے دوران پوری تنخواہ ملے گی", "paid", None),
        ("You start earning after you pass nesting (approx. 3 weeks of product training + nesting).", "unpaid", 21),
        ("Training: 15 days (virtual). Training stipend: none.", "unpaid", 15),
        ("15 days process training without stipend; salary starts after you clear certification.", "unpaid", 15),
        ("📝 Training is 2 weeks, not paid (no training allowance)", "unpaid", 14),
        ("کال سینٹر، لاہور۔ پہلے 15 دن کی ٹریننگ بلا معاوضہ ہوگی", "unpaid", None),
        ("Training is two weeks, paid at $15.50/hr.", "paid", 14),
        ("De opleiding van drie weken wordt volledig betaald.", "paid", 21),
        ("Full salary is paid for the training month", "paid", None),
        ("₱23,000 kada buwan. Bayad ang training (2 linggo).", "paid", 14),
        # "may bayad ang training" with no price is how Filipino ads say the training is paid (with a price or
        # "magbabayad ka" it is a charge: see the Tagalog tests below)
        ("₱23,000 kada buwan. May bayad ang training (2 linggo).", "paid", 14),
        ("T: Bayad ba ang training? S: Oo, bayad ang 3 linggong training.", "paid", None),
        ("the 6 certification days before that are on your own time.", "unpaid", None),
        ("the two-week onboarding class is paid at the same $18.60.", "paid", None),
        ("You must pay for your own training ($150).", "charged", None),
    ],
)
def test_training(text, pay, days):
    found = answers(text)

    assert found.get("training_pay") == pay
    assert found.get("training_days") == days


def test_near_miss_training_provided_free_is_not_charged():
    found = answers("Free training is provided; we never ask you to pay for training.")

    assert found.get("training_pay") != "charged"
    assert "fees" not in found


# --- Q5 / Q11 experience, benefits, citizenship --------------------------------------------------------
def test_experience_and_benefits():
    found = answers("1 year of call center experience required. Benefits include health insurance and 401(k).")

    assert found["experience_required"] == "yes"
    assert found["benefits"] == "yes"


def test_no_experience_and_no_benefits():
    found = answers("No experience needed! Part-time agents get no benefits.")

    assert found["experience_required"] == "no"
    assert found["benefits"] == "no"


def test_experience_preferred_is_not_required():
    assert "experience_required" not in answers("Customer service experience preferred.")


def test_citizenship():
    assert answers("You must be a U.S. citizen.")["citizenship_required"] == "yes"
    assert answers("Open to U.S. citizens or permanent residents.")["citizenship_required"] == "no"


# --- Beyond the FAQ -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The interview will be held on Telegram. Add our hiring manager @mary_hr.",
        "Text me on WhatsApp +1 555 0100 for the interview.",
        "Contact our recruiter via Signal to get started.",
        "Onboarding is done entirely over Google Chat.",
        "Format: written chat on Microsoft Teams (no video or phone needed).",
        "انٹرویو صرف واٹس ایپ پر ہوگا",
        "Please add our hiring manager, Mr. Steven Walker, on Skype with the ID stevenwalker.hr34 for your interview.",
        "Applicants will be interviewed online via Yahoo Messenger.",
        "Het hele sollicitatieproces gaat via WhatsApp, je hoeft niet te bellen of langs te komen.",
        "Our hiring is done 100% by text, no phone call or video needed.",
    ],
)
def test_chat_app_interview(text):
    extraction = extract(text)

    assert extraction.answers["chat_app_interview"] == "yes"
    assert any(e.field == "signal:chat_app" for e in extraction.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "We will never interview you over Telegram or WhatsApp.",
        "You will answer customer messages on WhatsApp and email.",
        "Strong signal strength on your phone line is required.",
    ],
)
def test_chat_app_near_misses(text):
    assert answers(text).get("chat_app_interview") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "WFH CSR ₱25,000/month. Apply now! PM for details.",  # a way to ask, not an interview by chat
        "Comment INFO and we'll send the link to your Messenger, or apply on our website. Interviews by phone!",
        "CV email karein ya WhatsApp par bhej dein; interview hamare Gulberg office mein hoga",
        "Vrae kan jy ons WhatsApp, maar alle onderhoude is op Teams met ons HR-span.",
        "Interview video call (Zoom/Teams) par hoga. WhatsApp par sirf interview ka time confirm kiya jaye ga.",
        # The app is where the work is done
        "Hiring: Telegram & Viber Support Agent. Interview: phone call + video.",
        "Sasagutin mo ang mga tanong ng customers ng aming app sa Telegram at Viber. Interview: phone call + video.",
        "Heads up: someone is using our company name on Telegram to 'interview' people. We don't use Telegram.",
        "Ise-send ko po yung Zoom link ng final interview mo sa Viber. Yung interview mismo ay video call.",
        "Het gesprek is via Microsoft Teams. De link stuur ik je via WhatsApp; het gesprek zelf is een videogesprek.",
        "Na 'n skriftelike aanbod doen ons die kontrole. WhatsApp is net vir skofroosters.",
        "خبردار: ہم کبھی کوئی رجسٹریشن فیس نہیں لیتے، اور واٹس ایپ یا ٹیلیگرام پر انٹرویو نہیں کرتے۔",
        "As iemand jou op WhatsApp vra om te betaal om 'n onderhoud te kry, is dit bedrog.",
    ],
)
def test_a_chat_app_for_contact_is_not_hiring_by_chat(text):
    assert answers(text).get("chat_app_interview") != "yes"


def test_a_warning_about_chat_app_scams_is_not_a_chat_app_interview():
    text = "If you get a message asking you to chat on Telegram, it is not from us: we interview by video only."

    assert answers(text)["chat_app_interview"] == "no"


def test_phone_interview_means_not_chat_only():
    assert answers("After an online assessment we hold a phone interview.")["chat_app_interview"] == "no"


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("You will receive packages at your home and reship them to our clients.", "reshipping"),
        ("We will mail you a check; deposit the check and send the remaining funds to our vendor.", "check_deposit"),
        ("Buy Google Play gift cards and send us the codes.", "gift_cards"),
        ("Convert your first paycheck to Bitcoin and send it to our wallet.", "crypto"),
        ("You will receive funds and send a money transfer to the name we give you.", "check_deposit"),
        # A letter copied from a PDF, broken mid-sentence at every line
        ("Dear New Hire, please\ndeposit the enclosed check\nin your bank account.", "check_deposit"),
        ("Receive gift orders at home, wrap them, and forward them overseas.", "reshipping"),
        (
            "Customers will send payments by e-Transfer to your account; forward the funds to our supplier.",
            "check_deposit",
        ),
        ("Ask debtors to pay by bank transfer into your own account.", "check_deposit"),
        ("Buy them at any CVS, scratch the back and send clear photos of the codes here.", "gift_cards"),
        (
            "Sa sarili mong GCash mo muna tatanggapin ang bayad at ita-transfer mo sa account ng kumpanya.",
            "check_deposit",
        ),
        (
            "Return parcels aap ke ghar aayenge, aap naya label lagayein ge aur courier se aage bhej dein ge.",
            "reshipping",
        ),
        ("Ontvang pakketjes op je huisadres en plak het nieuwe verzendlabel erop.", "reshipping"),
        (
            "You will answer customer calls about return status, and receive returned items at your home address, "
            "inspect them, relabel them and ship them out.",
            "reshipping",
        ),
        ("Je ontvangt je retourpakketten op je thuisadres en verstuur je ze opnieuw.", "reshipping"),
        ("Taak: ontvang je retourpakketten thuis, pak je ze om en stuur je ze door.", "reshipping"),
        ("Duties include: inspect and forward returned headphones from your own home address.", "reshipping"),
        ("We Interac e-Transfer you $1,900 and you send $1,600 of it on to our IT supplier.", "check_deposit"),
        ("Klanten betalen achterstallige rekeningen op jouw eigen rekening.", "check_deposit"),
        ("You collect arrear premiums via EFT into your own bank account.", "check_deposit"),
        ("Customers send their plan payments to your personal GCash; you remit to the company.", "check_deposit"),
        (
            "Purchase Amazon gift vouchers for customers using money we send to your UPI and share the codes.",
            "gift_cards",
        ),
        ("Om take oop te sluit laai jy elke dag R500 in USDT op jou agentrekening op.", "crypto"),
        ("Wij storten €1.600 op je rekening; daarmee koop je je werkplek bij onze vaste leverancier.", "check_deposit"),
        ("You will receive a company check for $2,980 to cover your home-office setup.", "check_deposit"),
        (
            "We will e-transfer you $1,900 for your workstation, which you will buy from our designated supplier.",
            "check_deposit",
        ),
        ("Je ontvangt deze week €2.400 op je eigen rekening; het restant maak je naar hen over.", "check_deposit"),
        ("Ons sal R18 000 in jou rekening inbetaal; betaal die res oor aan ons verskaffer.", "check_deposit"),
        ("A check for $3,450 will arrive by FedEx. Deposit it by mobile deposit.", "check_deposit"),
        (
            "She said $1,800 would arrive in my account by e-Transfer, then to send $1,500 to their supplier.",
            "check_deposit",
        ),
        (
            "Aap ke bank account mein hamare clients ki payments aaengi, baqi amount transfer karna hoga.",
            "check_deposit",
        ),
        (
            "Customers ka payment apne UPI/bank account mein receive karna hai "
            "aur hamare account mein forward karna hai.",
            "check_deposit",
        ),
        # The amount's decimal point is inside the sentence, not its end
        (
            "Deposit it through mobile deposit and send $2,310.00 to our approved equipment vendor via Zelle.",
            "check_deposit",
        ),
        ("Ons sal vir u 'n tjek van R18 000 per koerier stuur. Deponeer dit by u bank.", "check_deposit"),
        ("Customers will pay their dues into your personal UPI / bank account.", "check_deposit"),
    ],
)
def test_money_handling(text, signal):
    extraction = extract(text)

    assert extraction.answers["money_handling"] == "yes"
    assert f"signal:{signal}" in [e.field for e in extraction.signals]


@pytest.mark.parametrize(
    "text",
    [
        "We never ask you to buy gift cards or crypto.",
        "We do not pay in Bitcoin or gift cards, ever.",
        "Customers call us about orders and shipping delays.",
        "First pay cheque arrives two weeks after start by direct deposit.",
        "Nobody at Coinmill will ask you to buy crypto, gift cards or anything else to get this job.",
        "You will help customers redeem points for gift cards and track their orders.",  # the customers' rewards
        "Customer Support Agent – Crypto Wallet App (Remote, US)",  # the product, not a duty
        "Help customers over the phone arrange returns, exchanges and reshipping of lost orders.",
        "Direct deposit is available for your paycheck.",
    ],
)
def test_money_handling_near_misses(text):
    assert answers(text).get("money_handling") != "yes"


def test_personal_data_before_offer():
    text = "To apply, send your bank account details and a copy of your driver's license."
    assert answers(text)["personal_data_early"] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # An application form, one field per line
        "To be considered for an interview complete ALL fields:\nFull legal name:\nSocial Security Number:\n"
        "Bank routing and account number:\n",
        "Application page 1\nDate of birth ____\nSocial Security Number ____\nMother's maiden name ____\n",
        "CNIC ki dono taraf ki tasveer aur bank account number bhejein.",  # Urdu: the verb comes last
        # A scammer's "not a scam" neither warns nor negates
        "This is not a scam, just send a copy of your ID and bank details to get started.",
        "The application requires your Social Insurance Number and a void cheque.",
        "Last step: pls send a selfie holding ur driver's license next to ur face before the hiring manager can "
        "send the offer.",
        "انٹرویو کال سے پہلے اپنا شناختی کارڈ، بینک اکاؤنٹ نمبر اور IBAN ای میل کریں۔",
        "To generate your offer letter, HR requires the following:\n- Social Security Number\n"
        "- Bank name, routing & account number\n",
        # A numbered quick-apply form; Afrikaans with the verb last, before the interview
        "QUICK APPLY\n1. Full legal name\n2. Date of birth\n3. Social Security number (for pre-screening)\n",
        "Alle aansoekers moet vóór die onderhoud 'n afskrif van hul ID en hul bankbesonderhede stuur.",
    ],
)
def test_personal_data_asked_early_in_other_shapes(text):
    assert answers(text)["personal_data_early"] == "yes"


def test_a_new_hire_form_after_the_offer_is_not_early():
    text = "New hire paperwork, after you accept the offer letter:\nSocial Security Number:\nBank account number:\n"

    assert answers(text).get("personal_data_early") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "We will provide direct deposit forms for your bank account after you accept a written offer.",
        "We will never ask for your bank details before a written offer.",
        "Je BSN en IBAN geef je pas ná ondertekening van je contract, via ons HR-portaal.",
        "CNIC copy aur bank account ki details sirf offer letter sign karne ke baad HR portal par jama karwayen.",
        "Noudat jy die kontrak geteken het, stuur asb jou bankbesonderhede deur die HR-portaal.",
        "Your ID and banking details are asked once you have signed your employment contract, for payroll.",
        "Pas nadat je je arbeidscontract hebt getekend vragen we een kopie van je ID en je IBAN.",
        # The customers' details, not the seeker's; a question answered with "after the offer"
        "You read the script, they confirm their name, address and account number with the utility.",
        "Q: When will you ask for my Social Security number? A: Only after you've signed your written offer letter.",
        "Interview se pehle koi bhi aap se CNIC ya account number maange to woh hum nahi hain.",
        # an offer accepted already: the papers asked for now are joining formalities
        "Thank you for accepting our offer. Please upload your PAN card, Aadhaar and bank details for salary credit.",
        "Thanks for accepting the offer! Please fill in the banking details form attached to your contract.",
    ],
)
def test_personal_data_after_offer_is_not_early(text):
    assert answers(text).get("personal_data_early") != "yes"


def test_recruiter_on_free_email_domain():
    text = "Questions? Write to hiring.team@acme-support.com or to our recruiter jane.doe.hr@gmail.com."
    extraction = extract(text)

    assert extraction.answers["recruiter_email"] == "jane.doe.hr@gmail.com"
    assert any(e.field == "signal:free_email" and e.value == "gmail.com" for e in extraction.evidence)


def test_recruiter_on_company_domain_is_not_a_free_email():
    extraction = extract("Write to careers@acme-support.com.")

    assert extraction.answers["recruiter_email"] == "careers@acme-support.com"
    assert not any(e.field == "signal:free_email" for e in extraction.evidence)


def test_urgency():
    extraction = extract("URGENT! Limited spots, start today!")

    assert [e.value for e in extraction.signals if e.field == "signal:urgency"] == ["limited spots", "start today"]


def test_near_miss_urgency():
    assert not extract("Apply now through our careers page.").signals


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Apply now, only 3 spots left!", "only 3 spots left"),
        ("Positions are limited, so reply now.", "Positions are limited"),
        ("Call Center Agent - Immediate Start", "Immediate Start"),
        ("Must be available to start immediately.", "start immediately"),
        ("Only 3 spots left, act now!", "Only 3 spots left"),
        ("This offer expires in 24 hours.", "offer expires in 24 hours"),
        ("Please respond within 24 hours or we give the seat to someone else.", "respond within 24 hours"),
        ("No experience needed, start today!", "start today"),
        ("Training is free, start today.", "start today"),
    ],
)
def test_urgency_answers_pressure_to_decide_with_its_evidence(text, phrase):
    extraction = extract(text)
    spans_ok(text, extraction)

    assert extraction.answers["pressure_to_decide"] == "yes"
    assert phrase in [e.text for e in extraction.evidence_for("pressure_to_decide") if e.value == "yes"]
    assert phrase in [e.text for e in extraction.evidence_for("signal:urgency")]


@pytest.mark.parametrize(
    "text",
    [
        "Take your time to read the offer.",
        "No rush: you will have five days to review the written offer.",
        "You do not have to start today.",
        "There is no pressure to decide.",
    ],
)
def test_wording_that_gives_time_answers_no_pressure(text):
    extraction = extract(text)

    assert extraction.answers["pressure_to_decide"] == "no"
    assert not extraction.evidence_for("signal:urgency")
    assert extraction.evidence_for("pressure_to_decide")


@pytest.mark.parametrize(
    "text",
    [
        "Apply by March 31, 2027.",
        "Application deadline: March 31.",
        "You will handle urgent customer requests and billing questions.",
        "URGENT HIRING: work from home customer service.",  # the employer's hurry, not pressure on the seeker
        "Immediate openings for call center agents.",
        "Reply to callers ASAP and log every call.",
        "We respond within 48 hours to every application.",
        "No rush hour commute!",
        "Unlimited earning potential for top agents.",
        "Take your time with each caller.",
    ],
)
def test_deadlines_and_urgent_work_are_not_pressure_to_decide(text):
    extraction = extract(text)

    assert "pressure_to_decide" not in extraction.answers
    assert not extraction.evidence_for("signal:urgency")


def test_urgency_anywhere_outweighs_a_reassurance_elsewhere():
    text = "Take your time to decide. Only 2 spots left, act fast!"

    assert answers(text)["pressure_to_decide"] == "yes"


def test_pay_far_above_market_for_no_experience():
    text = "Earn $45 per hour, no experience needed!"
    extraction = extract(text)

    (signal,) = [e for e in extraction.signals if e.field == "signal:pay_above_market"]
    assert signal.text == "$45 per hour"


def test_high_pay_with_experience_required_is_not_flagged():
    extraction = extract("Senior bilingual team lead: $30 per hour, 5 years of call center experience required.")

    assert not any(e.field == "signal:pay_above_market" for e in extraction.evidence)


# --- Whole offers, the API around extraction ------------------------------------------------------------
SCAM = (
    "URGENT HIRING!!! Work from home as a customer service rep. Earn $35/hr, no experience needed.\n"
    "Interview on Telegram with our HR manager @hr_linda.\n"
    "You will receive a check to buy your equipment from our approved vendor; deposit the check and send the rest "
    "to the vendor.\n"
    "Send your bank details and SSN to start today."
)
LEGIT = (
    "Acme Support hires remote customer service agents (inbound calls) in Texas, Florida and Georgia.\n"
    "W-2 employees, $15.00/hour, 30 hours per week, no weekends. Paid training: 2 weeks.\n"
    "You need a computer, high-speed internet and a quiet room with a door; headset provided.\n"
    "Benefits include health insurance and paid time off. We never charge fees. A one-time $45 background check "
    "fee is due after a conditional offer. Apply online; a phone interview follows. Must be a U.S. citizen."
)


def test_scam_offer_scores_likely_scam():
    offer = extract(SCAM).to_offer(title="Customer service rep")

    assert evaluate(offer, RuleConfig()).verdict == "likely_scam"


def test_legitimate_offer_scores_well():
    extraction = extract(LEGIT)
    result = evaluate(extraction.to_offer(title="Agent", employer_name="Acme Support"), RuleConfig())

    assert result.verdict in ("looks_legitimate", "ask_more_questions")
    assert not [f.rule for f in result.findings if f.severity >= 2]
    assert extraction.answers["fees"][0].timing == "after_offer"


def test_to_offer_overrides_win_and_unknowns_stay_unknown():
    offer = extract("Pay: $15/hr.").to_offer(pay_amount=Decimal("16"), title="x")

    assert isinstance(offer, Offer)
    assert offer.pay_amount == Decimal("16")
    assert offer.worker_status == "unknown"
    assert offer.training_pay == "unknown"


def test_as_dict_round_trip_is_json_safe():
    import json

    extraction = extract(LEGIT)
    data = json.loads(json.dumps(extraction.as_dict()))

    again = Extraction.from_dict(data)
    assert again.answers == extraction.answers
    assert again.evidence == extraction.evidence


def test_segments_cover_the_text_and_mark_evidence():
    extraction = extract(LEGIT)
    pieces = segments(LEGIT, extraction.evidence)

    assert "".join(p.text for p in pieces) == LEGIT
    assert any(p.highlighted and "$15.00/hour" in p.text for p in pieces)


def test_segments_merge_overlapping_spans():
    ev = [Evidence("a", "x", 0, 5, "hello"), Evidence("b", "y", 3, 8, "lo wo")]

    pieces = segments("hello world", ev)

    assert [(p.text, p.fields) for p in pieces] == [("hello wo", ("a", "b")), ("rld", ())]


def test_empty_and_html_text():
    assert extract("").answers == {}
    extraction = extract("<script>alert(1)</script> $15/hr")
    assert extraction.answers["pay_amount"] == Decimal("15")


def test_huge_text_is_read_in_part_and_says_so():
    text = "Paid training. " + "lorem ipsum dolor sit amet " * 200_000  # about 5 MB

    extraction = extract(text)

    assert extraction.truncated
    assert extraction.scanned_chars == MAX_SCAN_CHARS
    assert extraction.notes
    assert extraction.answers["training_pay"] == "paid"


def test_evidence_spans_point_at_their_text():
    for text in (SCAM, LEGIT):
        spans_ok(text, extract(text))


def test_every_finding_on_a_scam_points_at_its_evidence():
    from scoring.extraction import evidence_for_rule

    extraction = extract(SCAM)
    result = evaluate(extraction.to_offer(), RuleConfig())

    for finding in result.findings:
        if finding.severity >= Severity.RED_FLAG:
            assert evidence_for_rule(finding.rule, extraction.evidence), finding.rule


# --- Offers written the way they are in the seekers' countries ----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Training fee: waived for all new agents.",
        "Voor deze functie heb je een VOG nodig; de kosten (€41,35) vergoeden wij volledig.",
        "$0 to join, just pass our voice assessment.",
        "Q: May babayaran ba ako?\nA: Wala po.",  # a question about fees is not a fee
    ],
)
def test_fees_that_are_waived_or_only_asked_about_are_not_fees(text):
    assert "fees" not in answers(text)


def test_a_fee_takes_its_timing_from_the_sentence_before():
    text = (
        "All candidates must clear a background check before we can schedule your interview. "
        "The $65 background check fee is paid to our screening partner through Cash App."
    )

    (fee,) = answers(text)["fees"]

    assert (fee.kind, fee.timing) == ("background_check", "before_offer")


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Salary 48k fixed + 5k attendance bonus. Sirf Lahore, Islamabad walay.", "576000.00", "PKR"),
        ("Salary: 55,000 + incentives. Karachi office.", "660000.00", "PKR"),
        ("Basic salary 18,000 + allowances, Cebu site.", "216000.00", "PHP"),
    ],
)
def test_a_salary_without_a_currency_sign_takes_the_country_named(text, amount, currency):
    found = answers(text)

    assert (found["pay_amount"], found["pay_currency"]) == (Decimal(amount), currency)


def test_a_salary_without_a_currency_sign_and_no_country_is_not_guessed():
    assert "pay_amount" not in answers("Salary 48k fixed.")


def test_weekly_hours_as_dutch_ads_write_them():
    assert answers("Salaris: €2.520 -\n€2.780 bruto p/m\n(36 uur)")["hours_per_week"] == 36


def test_a_question_names_no_status_but_its_answer_does():
    found = answers("Q: Freelance ba or employee?\nA: Employee po, regular after 6 months.")

    assert found["worker_status"] == "employee"


def test_a_bulleted_form_asking_for_ssn_and_bank_details_before_an_interview():
    text = (
        "To move forward to the interview stage, complete our onboarding form:\n"
        "• Full legal name\n• Social Security Number\n• bank routing and account number\n"
    )

    assert answers(text)["personal_data_early"] == "yes"


def test_hyderabad_next_to_karachi_is_in_pakistan():
    assert answers("Sirf Karachi aur Hyderabad ke candidates apply karein.")["hiring_regions"] == ("PK",)


# --- Q1 the employer's name ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Thank you for applying to Northgate Fulfillment Services. We are pleased to move you on.",
            "Northgate Fulfillment Services",
        ),
        ("Hi Tom — welcome to Ironbridge Teleservices!", "Ironbridge Teleservices"),
        ("Remote Customer Support Associate – Desert Sun Pools & Spas\n• $17.50/hr", "Desert Sun Pools & Spas"),
        ("Apply on our careers portal – Deccan Assist Pvt Ltd", "Deccan Assist Pvt Ltd"),
        ("Kestrel Broadband is hiring home-based tech support agents.", "Kestrel Broadband"),
    ],
)
def test_the_employer_named_in_the_text(text, name):
    assert answers(text)["employer_name"] == name


@pytest.mark.parametrize(
    "text",
    [
        "Remote Customer Support Services needed, apply now.",  # a job title, not a company
        "Customer Support Executive (Chat + Voice) – WFH – Hyderabad\nSalary 2.8 LPA",  # a place
        "WERK VAN DIE HUIS AF – KLIËNTEDIENS AGENTE\nR8 000 pm",  # a heading in capitals
        "Join Telegram for details!",  # a chat app is nobody's employer
        "At 9am, we start the shift.",
    ],
)
def test_no_employer_name_where_the_text_names_none(text):
    assert "employer_name" not in answers(text)


# --- Tagalog ads as Filipino recruiters write them ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("P21,500 kada buwan, empleyado", "worker_status", "employee"),
        ("Para sa taga-NCR lang", "hiring_regions", ("PH-00",)),
        ("Collections agent, WFH, taga-Cavite at Laguna.", "hiring_regions", ("PH-40",)),
        ("May bayad ang training, libre ang laptop at headset", "training_pay", "paid"),
        (
            "Ang dalawang linggong training ay hindi bayad; sahod na ₱20,000 kada buwan kapag pumasa ka.",
            "training_pay",
            "unpaid",
        ),
        (
            "Yung 2 weeks training ay walang bayad, sa production ka pa lang magsisimula sumahod.",
            "training_pay",
            "unpaid",
        ),
        ("Walang walk-in, interview sa Telegram lang po.", "chat_app_interview", "yes"),
    ],
)
def test_tagalog_wording_of_the_checklist_facts(text, field, value):
    assert answers(text)[field] == value


def test_a_capital_p_before_a_grouped_amount_is_the_peso_sign():
    assert answers("P21,500 kada buwan")["pay_currency"] == "PHP"
    assert answers("Sahod: P22k basic")["pay_currency"] == "PHP"


def test_paid_training_with_a_price_is_a_training_fee_in_tagalog_too():
    assert answers("May bayad ang training na ₱3,500, magbabayad ka bago mag-start.")["training_pay"] == "charged"


def test_a_deposit_due_before_the_final_interview_in_tagalog_is_a_fee_before_an_offer():
    text = (
        "Bago ma-ship ang company laptop, may refundable security deposit na ₱4,000 (GCash/Maya).\n"
        "Kailangan bayaran bago ang final interview."
    )
    assert [fee.timing for fee in extract(text).to_offer().fees] == ["before_offer"]


def test_a_place_after_at_and_a_sentence_end_is_no_employer_name():
    assert "employer_name" not in answers("Collections agent, WFH, taga-Cavite at Laguna. P22,500 basic kada buwan.")


def test_a_customers_charges_the_agent_explains_are_no_fee():
    assert "fees" not in answers(
        "Resolve billing questions, take payments and explain charges clearly You'll join a team"
    )


# --- Amounts said in words (voice notes, chat) -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "basis", "amount", "currency"),
    [
        ("So basically it's sixty cents a call, no hourly, no guarantee.", "call", "0.60", "USD"),
        ("Dit is nege duisend vyfhonderd rand per maand, jy's 'n werknemer.", "salary", "114000.00", "ZAR"),
        ("Bente-singko mil kada buwan, empleyado ka. Pampanga lang.", "salary", "300000.00", "PHP"),
        ("Salary is twenty six thousand a month fixed. Only for Pune candidates.", "salary", "312000.00", "INR"),
        ("zestien euro bruto per uur, in loondienst", "hour", "16.00", "EUR"),
    ],
)
def test_an_amount_said_in_words_is_read_as_pay(text, basis, amount, currency):
    found = answers(text)

    assert (found["pay_basis"], found["pay_amount"], found["pay_currency"]) == (basis, Decimal(amount), currency)


def test_a_training_price_said_in_words_is_a_charge():
    text = (
        "Bente mil kada buwan, pero may bayad ang training, dalawang libo't limandaang piso. I-GCash mo lang sa akin."
    )
    assert answers(text)["training_pay"] == "charged"


def test_number_words_that_are_no_amount_stay_as_they_are():
    found = answers("One of our agents will call you. Wat verdien ek per maand?")
    assert "pay_amount" not in found


def test_evidence_for_an_amount_said_in_words_quotes_the_words():
    text = "Hey, it's sixty cents a call."
    (pay,) = [e for e in extract(text).evidence if e.field == "pay_amount"]
    assert text[pay.start : pay.end].startswith("sixty cents")


# --- Account codes and IDs asked before a contract ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Bago po namin i-prepare ang contract, i-send po ang picture ng PhilHealth ID at birth certificate, pati BDO "
        "online banking username at password para ma-enroll kayo sa payroll.",
        "Aap ka salary account banane ke liye CNIC ki photo, ATM card number aur expiry, aur OTP code bhej dein. "
        "Offer letter is ke baad issue hoga.",
    ],
)
def test_account_codes_and_ids_asked_before_a_contract(text):
    assert answers(text)["personal_data_early"] == "yes"


def test_a_crypto_top_up_written_in_dutch():
    text = "Voor taakset 2 moet je je werkaccount opwaarderen met 150 USDT, daarna kun je alles opnemen."
    assert answers(text)["money_handling"] == "yes"


def test_a_comma_closes_a_no_that_is_not_a_coordinated_list():
    found = answers("Data entry $22/hr, no interview, W-2, paid training.")
    assert (found["worker_status"], found["training_pay"]) == ("employee", "paid")
    assert "fees" not in answers("We charge no upfront fees, deposits or kits.")


@pytest.mark.parametrize("text", ["We charge nothing for training.", "We charge no upfront fees, deposits or kits."])
def test_an_employer_that_charges_nothing_asks_no_fee(text):
    assert "fees" not in answers(text)
    assert answers(text).get("training_pay") != "charged"


# --- Long job-board postings: benefits and the customers' business are no fees ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "• Paid training (three weeks), plus paid study time and exam fees for your licence",
        "• PF, ESIC and gratuity as per statutory norms; group medical insurance of ₹3 lakh",
        "• Laptop and headset provided by the company (security deposit not required)",
        "• Extra pay for working Saturdays during Medicare Annual Enrollment (Oct–Dec)",
        "Our cloud payroll software handles source deductions, T4s, ROEs and direct deposits.",
    ],
)
def test_benefits_and_the_clients_business_are_no_fee(text):
    assert "fees" not in answers(text)


def test_members_id_cards_the_agent_helps_with_are_no_request_for_the_seekers_data():
    text = (
        "You will handle calls from health-plan members about benefits, claims status, provider searches and ID cards."
    )
    assert answers(text).get("personal_data_early") != "yes"


def test_a_zoom_interview_scheduled_by_sms_is_no_chat_hiring():
    text = "Shortlisted applicants receive a Zoom interview schedule by SMS and e-mail from our official domain."
    assert answers(text).get("chat_app_interview") != "yes"


def test_a_cheque_deposited_and_the_balance_e_transferred_to_a_supplier():
    text = (
        "Following your virtual interview, you will receive a cheque for $2,740 by courier. Deposit it into your "
        "personal account, then e-transfer the balance to our equipment supplier."
    )
    assert answers(text)["money_handling"] == "yes"


def test_pay_per_completed_reservation_call():
    found = answers("Pay is $0.60 per completed reservation call, no hourly wage and no guaranteed minimum.")
    assert (found["pay_basis"], found["pay_amount"]) == ("call", Decimal("0.60"))


def test_clients_who_are_business_owners_make_no_contractor():
    assert "worker_status" not in answers("Our Client Support team helps business owners and bookkeepers.")


def test_computer_knowledge_is_a_skill_not_gear():
    assert "needs_computer" not in answers("• Good listening skills\n• Basic computer knowledge")


def test_no_interview_at_three_times_the_pakistani_minimum_is_a_fraud_signal():
    # Pakistan has no public figure for agents' pay: three times the legal minimum stands in for "far above".
    text = "Chat support, ghar se kaam, Multan. Tankhwah: 3,00,000 rupay mahana. Koi interview nahi, kal se kaam shuru."
    result = evaluate(extract(text).to_offer(), RuleConfig())

    assert result.verdict == "likely_scam"
    assert "three times the legal minimum" in next(f.explanation for f in result.findings if f.rule == "no_interview")


def test_a_fee_sent_by_easypaisa_for_a_joining_letter_is_in_rupees_of_pakistan():
    text = "Company employee card aur joining letter ke liye Rs 1,200 EasyPaisa par bhejein."
    (fee,) = extract(text).to_offer().fees
    assert (fee.kind, fee.amount, fee.currency) == ("starter_kit", Decimal("1200"), "PKR")


# --- Per-call and per-minute pay with a floor ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "floor"),
    [
        (
            "Pay: $0.22 per talk minute, but you will never earn less than $15.00 for any hour you are logged in.",
            "15.00",
        ),
        (
            "Pay: 22 cents per talk minute OR $13.00 per logged-in hour, whichever is higher for the pay period.",
            "13.00",
        ),
        ("€0,50 per gesprek bovenop een gegarandeerd uurloon van €15,00 bruto. In loondienst.", "15.00"),
        ("R4 per oproep bo-op 'n gewaarborgde R31 per uur; betaalde opleiding.", "31.00"),
    ],
)
def test_per_call_pay_with_a_guaranteed_hourly_floor(text, floor):
    found = answers(text)
    assert (found["guaranteed_minimum"], found["guaranteed_minimum_hourly"]) == ("yes", Decimal(floor))


def test_no_unpaid_training_is_paid_training():
    assert answers('🎓 Paid training from day 1 (NO unpaid "certification" nonsense)')["training_pay"] == "paid"


def test_a_warning_that_names_a_kit_is_no_fee():
    text = "We will never message you on WhatsApp or Telegram, or ask you to pay for a kit, training or checks."
    assert "fees" not in answers(text)


def test_an_hourly_differential_after_the_pay_is_no_fee():
    found = answers("Pay $17.00/hr + $1.25/hr evening differential\nEmployee position")
    assert "fees" not in found and found["pay_amount"] == Decimal("17.00")


def test_weekly_hours_with_a_decimal_and_training_fully_paid_and_the_uk():
    found = answers("£25,500 per year | 37.5 hours per week\nYou must live in the UK\nTraining: 3 weeks, fully paid")
    assert (found["hours_per_week"], found["training_pay"], found["hiring_regions"]) == (37, "paid", ("GB",))


# --- Money mules as board ads write them --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "- Receive customer payments into your own UK bank account\n- Transfer the funds to our accounts the same day",
        "Receive checks from his business partners and deposit them into your own account.",
        "• Kliënte betaal in jou persoonlike bankrekening in\n• Jy stuur die geld dieselfde dag aan na die rekeninge",
    ],
)
def test_payments_received_into_the_seekers_own_account(text):
    assert answers(text)["money_handling"] == "yes"


def test_a_fee_reimbursed_with_the_first_paycheck_is_still_a_fee_before_the_interview():
    text = (
        "Before we can schedule your interview, every applicant must complete a background check.\n"
        "Fee: $65, paid online today, reimbursed with your first paycheck."
    )
    (fee,) = extract(text).to_offer().fees
    assert fee.timing == "before_offer"


def test_a_chat_app_the_urdu_ad_says_not_to_use_is_no_chat_hiring():
    assert answers("CV WhatsApp na karein, email karein").get("chat_app_interview") != "yes"


# --- Fees written the way recruiters say them ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Selected candidates must pay a refundable laptop security deposit of ₹2,500 before the final round.",
        "Je betaalt een borg van €75 voor je headset bij je sollicitatie; die krijg je terug bij je eerste salaris.",
        "We need you to cover the background screening, it's sixty-five dollars, you can Venmo it to me directly, "
        "and once that clears I'll email your offer letter and your start date, okay?",
    ],
)
def test_a_fee_due_before_an_offer_as_recruiters_write_it(text):
    assert [fee.timing for fee in extract(text).to_offer().fees] == ["before_offer"]


def test_a_dutch_usdt_top_up_to_unlock_a_task():
    text = (
        'Soms krijg je een "combinatie-opdracht": dan vul je je werkbalans aan met USDT om de opdracht te ontgrendelen.'
    )
    assert answers(text)["money_handling"] == "yes"


def test_an_em_dash_ends_what_a_no_before_it_negates():
    found = answers("No fixed salary — earn commission on every policy sold\n• No leads provided")
    assert (found["base_pay"], found["pay_basis"]) == ("no", "commission")


def test_a_dbs_and_welcome_pack_paid_when_you_submit_your_application():
    text = "Everything is covered by us except your £35 DBS & welcome pack, paid when you submit your application."
    assert [fee.timing for fee in extract(text).to_offer().fees] == ["before_offer"]


def test_a_starter_kit_priced_with_the_peso_p():
    text = "Home-based CSR, P30k/month! Pay P1,500 for your agent starter kit and system activation before training."
    (fee,) = extract(text).to_offer().fees
    assert (fee.amount, fee.currency, fee.timing) == (Decimal("1500"), "PHP", "before_offer")


def test_parcels_received_at_home_and_reshipped_beside_customer_emails():
    text = (
        "Duties included answering customer emails and receiving packages at home, photographing them and "
        "reshipping them to overseas addresses with labels sent by the company."
    )
    assert answers(text)["money_handling"] == "yes"


# --- Tagalog fees, money handling and what is no fee --------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "May placement fee na P2,500, bayaran sa GCash bago ang orientation.",
        "I-GCash ang P500 reservation para makuha ang slot.",
        "Para ma-activate ang account mo, mag-deposit ng P999.",
        "Ang training kit ay P1,500, babayaran mo bago mag-umpisa ang training.",
        "Magbayad ng P1,200 para sa medical sa partner clinic namin bago ang job offer.",
    ],
)
def test_tagalog_fees_due_before_an_offer(text):
    assert [fee.timing for fee in extract(text).to_offer().fees] == ["before_offer"]


@pytest.mark.parametrize(
    "text",
    [
        "Walang placement fee at walang reservation fee.",
        "Ang kumpanya ang magbabayad ng medical at NBI clearance.",
        "May rice allowance na P2,000 kada buwan.",
        "• PF, ESIC and gratuity as per statutory norms; group medical insurance of ₹3 lakh",
    ],
)
def test_tagalog_and_benefit_wording_that_is_no_fee(text):
    assert "fees" not in answers(text)


def test_buying_a_headset_from_the_employer_in_tagalog_and_its_negation():
    assert answers("Kailangan mong bumili ng headset sa amin, P1,800, bago ka mag-start.")["buy_from_employer"] == "yes"
    assert answers("Hindi mo kailangang bumili ng headset, kami ang magpapadala.").get("buy_from_employer") != "yes"


def test_payments_passed_on_and_a_top_up_to_withdraw_in_tagalog():
    assert (
        answers("Tatanggap ka ng bayad mula sa mga customer sa GCash mo at ipapasa mo sa amin.")["money_handling"]
        == "yes"
    )
    assert answers("Para ma-withdraw ang kita, mag-top up muna ng P300.")["money_handling"] == "yes"
    serving = "Ikaw ang sasagot sa mga tanong ng customer tungkol sa kanilang GCash top up at withdraw."
    assert answers(serving).get("money_handling") != "yes"


def test_a_cash_bond_taken_from_the_first_pay_is_after_an_offer():
    (fee,) = extract("May cash bond na P3,000 na ibabawas sa unang sahod.").to_offer().fees
    assert fee.timing == "after_offer"


# --- Messages after applying, and platform gigs -------------------------------------------------------
def test_a_couriered_cheque_deposited_at_the_atm_and_sent_on_by_e_transfer():
    text = (
        "Today we are couriering you a cheque for $2,950 CAD. Please deposit it at your bank ATM as soon as it "
        "arrives. Once the funds are available, send $2,400 by Interac e-Transfer to our equipment supplier."
    )
    assert answers(text)["money_handling"] == "yes"


def test_gear_bought_through_the_vendor_portal_before_the_start_date_in_bullets():
    text = (
        "Before your start date, every agent must have:\n\n• A softphone agent licence ($189, annual)\n"
        "• Our Home-Agent Security Kit (headset, $149)\n\nBoth are purchased through our authorized vendor portal.\n"
        "You cannot attend training until the purchase is confirmed."
    )
    assert {fee.timing for fee in extract(text).to_offer().fees} == {"before_offer"}


def test_an_initial_top_up_on_a_partner_platform():
    text = "To start you only need to open an account on our partner platform and make an initial top-up of £50."
    assert answers(text)["money_handling"] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Fijn dat je je arbeidscontract hebt getekend!\n\nWat we nog nodig hebben, via ons HR-portaal:\n"
        "- een kopie van je ID\n- je IBAN voor de salarisbetaling",
        "Please sign the offer letter and return it. After signing, HR will request your CNIC copy and bank account.",
    ],
)
def test_id_and_bank_details_asked_after_signing_are_new_hire_paperwork(text):
    assert answers(text).get("personal_data_early") != "yes"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("• Bayad ang 2-week training", "paid"),
        ("Pehla mahina training hai, us ki koi tankhwah nahi milegi", "unpaid"),
        ("Opleiding: drie weke, onbetaal", "unpaid"),
    ],
)
def test_training_pay_in_tagalog_roman_urdu_and_afrikaans(text, value):
    assert answers(text)["training_pay"] == value


@pytest.mark.parametrize(
    "text",
    [
        "$20/hr + $50 per completed enrollment",
        "Earn $40 per closed home-security sale + $5 per qualified transfer",
        "After you sign our written offer we run a background check. The one-time $48 check fee is due then.",
    ],
)
def test_pay_per_piece_and_a_check_fee_after_the_offer_are_no_fee_before_it(text):
    assert all(fee.timing != "before_offer" for fee in extract(text).to_offer().fees)


@pytest.mark.parametrize(
    "text", ["Base: none.\nCommission: 12% of each sale.", "Har sale par Rs 300 commission. Basic salary nahi hai."]
)
def test_no_base_said_as_a_label_or_in_roman_urdu(text):
    assert answers(text)["base_pay"] == "no"


def test_commission_with_no_figure_and_no_word_on_a_base_is_a_question_not_a_red_flag():
    result = evaluate(
        extract("Appointment setters wanted – great commission structure, leads provided.").to_offer(), RuleConfig()
    )
    assert "commission_no_base" not in [f.rule for f in result.findings]


def test_customers_payments_into_your_own_account_in_roman_urdu():
    assert (
        answers("Customers ki payments apne account mein lein aur company ko transfer karein.")["money_handling"]
        == "yes"
    )
    assert "money_handling" not in answers("Aap ki payments aap ke bank account mein har mahine aayengi.")


# --- Unpaid training said in other words, per-call pay after its label, pay after an age ---------------
@pytest.mark.parametrize(
    "text",
    [
        "The three-week classroom beforehand is a learning opportunity at no cost to you and is not compensated.",
        "Before you go live there's a 5-day online certification course; that week isn't paid.",
        "Before your hire date you complete our 40-hour online onboarding academy; academy hours are not on the clock.",
        "- de eerste vijf 'meeloopdagen' zijn onbetaald",
        "De inwerkperiode van twee weken volg je voorafgaand aan je contract; deze uren worden niet vergoed.",
        "Vooraf volg je het certificeringstraject van onze klant: 4 dagen, onbetaald.",
        "پہلے دو ہفتے کی ٹریننگ بغیر معاوضہ ہوگی۔",
    ],
)
def test_unpaid_training_in_other_words(text):
    assert answers(text)["training_pay"] == "unpaid"


def test_per_handled_call_pay_after_its_label():
    found = answers("Freelance customer service. Paid per handled call: &euro;0.60. No minimum hours or income.")
    assert (found["pay_basis"], found["pay_amount"], found["guaranteed_minimum"]) == ("call", Decimal("0.60"), "no")


def test_pay_on_the_line_after_an_age_is_pay_and_nl_in_euros_is_the_netherlands():
    found = answers("Thuiswerk belteam gezocht! Leeftijd 21+\n€11,50 per uur\nAlleen wonend in NL")
    assert (found["pay_amount"], found["hiring_regions"]) == (Decimal("11.50"), ("NL",))


# --- Fees, cheques and mules that avoid the obvious words ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Seat confirm karne ke liye Rs 3,500 refundable seat amount JazzCash par bhejein. Us ke baad interview ka "
        "time diya jayega.",
        "Bago ang interview, may ID validation amount na ₱350 via GCash para ma-confirm na active ang account mo.",
        "Secure yours with a $25 scheduling hold (card or Cash App); the hold is refunded when you attend.",
        "Om jou rekenaar en kopstuk te hou, betaal asseblief 'n terugbetaalbare toerustingsreservering van R450. "
        "Sodra dit ontvang is, stuur ons jou onderhoudtyd.",
        "To lock in your spot, please complete the refundable equipment reservation ($89) through the onboarding "
        "portal. Once it posts, our scheduler will send your interview time.",
        "New team members cover their share of the software seat ($60, one time) through the onboarding portal; "
        "interviews are booked as soon as it's received.",
        "Before we book your call please send the account verification amount of $45 by Zelle to payroll.",
        "☐ Pay the IT vendor invoice ($120) for your secured tablet — we reimburse it on your first paycheck\n"
        "Your start date is confirmed when the invoice is paid.",
    ],
)
def test_a_fee_by_another_name_before_an_offer(text):
    assert "before_offer" in {fee.timing for fee in extract(text).to_offer().fees}


@pytest.mark.parametrize(
    "text",
    [
        "Finance is sending a home-office stipend in advance: a check for $3,280. Deposit it with your banking app. "
        "Keep $480, and return the remaining $2,800 to the procurement team by Zelle.",
        "Once both checks post to your account, kindly return $1,900 to our accounts team via Zelle.",
        "Settlements are transferred into your own bank account; you then forward them to head office through Wise.",
        "Ang mga clients namin ay magbabayad sa personal GCash o bank account mo. I-forward mo lang sa head office.",
        "To unlock your first withdrawal your account must hold a minimum of 100 USDT, which stays yours.",
    ],
)
def test_cheques_mules_and_top_ups_under_other_names(text):
    assert answers(text)["money_handling"] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Dialer seat: $39/week, deducted from your weekly payout once you are hired.",
        "Invoices are generated bi-weekly. Payments are made by direct deposit within 10 days of invoice.",
    ],
)
def test_a_seat_deducted_from_pay_and_invoices_paid_to_the_worker_are_no_fee_before_an_offer(text):
    assert all(fee.timing != "before_offer" and fee.kind != "starter_kit" for fee in extract(text).to_offer().fees)


def test_customers_uploaded_ids_the_agent_reviews_are_not_the_seekers():
    assert (
        answers("Review customers' uploaded ID documents for our banking client.").get("personal_data_early") != "yes"
    )


def test_a_free_certification_that_is_unpaid_is_unpaid_training():
    assert answers("FREE Customer Service Certification (2 weeks, unpaid)")["training_pay"] == "unpaid"


# --- Dutch and Flemish offers -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Om je in te schrijven bij de loonadministratie hebben we je DigiD-gebruikersnaam en wachtwoord nodig.",
        "Stuur ons eerst een scan van je identiteitskaart en je rijksregisternummer. Het gesprek volgt daarna.",
        "Om je loonfiche aan te maken vragen wij je om in te loggen met itsme en je kaartlezer-code te bevestigen.",
    ],
)
def test_dutch_and_flemish_identity_and_login_data_asked_before_an_interview(text):
    assert answers(text)["personal_data_early"] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Thuiswerk: pakjes ontvangen, herverpakken en doorsturen naar Oost-Europa. €35 per pakje.",
        "We maken €1.450 naar je over voor je thuiswerkplek. Maak daarna €1.200 over aan onze vaste leverancier.",
        "Onze klanten betalen op jouw rekening en jij stort het door naar onze leverancier.",
        "Je moet je account eerst opladen met 50 USDT om de taken te ontgrendelen.",
        "Onderdeel van je werk: met je eigen rekening Bitcoin kopen voor klanten en doorsturen naar het wallet-adres.",
    ],
)
def test_dutch_reshipping_mules_and_task_top_ups(text):
    assert answers(text)["money_handling"] == "yes"


def test_a_crypto_exchange_that_says_nobody_will_ask_you_to_buy_crypto():
    text = "Niemand van Blokbeurs zal je ooit vragen om zelf crypto te kopen of over te maken."
    assert "money_handling" not in answers(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("De inschrijvingskosten van €35 betaal je via de Payconiq-QR-code hieronder.", "starter_kit"),
        ("Eerst moet je ons online certificaat halen. Kosten: €89, te voldoen via iDEAL.", "training"),
    ],
)
def test_dutch_registration_and_certificate_fees(text, kind):
    assert [fee.kind for fee in extract(text).to_offer().fees] == [kind]


def test_holiday_pay_reserved_is_no_fee():
    assert "fees" not in answers("€15,60 bruto per uur + 8% vakantiegeld + reservering vakantiedagen")


@pytest.mark.parametrize(
    "text",
    [
        "20% commissie op elke deal, geen vast salaris. Leads moet je zelf genereren via LinkedIn.",
        "Beloning: €9 per geworven lot, géén uurloon",
    ],
)
def test_dutch_commission_with_no_base(text):
    found = answers(text)
    assert (found["pay_basis"], found["base_pay"]) == ("commission", "no")


def test_unpaid_training_days_in_dutch():
    assert answers("Eerst 3 onbetaalde inwerkdagen om te kijken of het klikt")["training_pay"] == "unpaid"


def test_customers_payments_into_your_own_account_in_urdu_script():
    text = "صارفین اپنی ادائیگی آپ کے ذاتی جیز کیش اکاؤنٹ میں بھیجیں گے، آپ ہر ہفتے کمپنی کو منتقل کریں گے۔"
    assert answers(text)["money_handling"] == "yes"
    assert "money_handling" not in answers("تنخواہ ہر ماہ آپ کے بینک اکاؤنٹ میں آئے گی۔")


def test_a_freelance_rate_is_not_bait_where_an_employees_would_be():
    text = (
        "English-speaking Support Agent – Freelance (zzp), remote in the Netherlands\n• €26 per hour, invoiced "
        "monthly\n• Guaranteed minimum of 20 hours per week\n• You must live in the Netherlands\n• Own laptop"
    )
    result = evaluate(extract(text).to_offer(), RuleConfig())
    assert "pay_too_good_to_be_true" not in [f.rule for f in result.findings]


def test_a_dutch_rate_per_logged_in_hour_and_onboarding_paid_at_the_same_rate():
    found = answers("Tarief: €24 per ingelogd uur\nOnboarding van 2 dagen wordt tegen hetzelfde tarief betaald")
    assert (found["pay_basis"], found["pay_amount"], found["training_pay"]) == ("hour", Decimal("24.00"), "paid")


@pytest.mark.parametrize(
    "text",
    [
        "€15,55/u bruto – fase A uitzendcontract – betaalde training 5 dagen",
        "€16 bruto per uur, uitzendcontract met uitzicht op vast",
        "Je bent in loondienst via ons payrollbedrijf",
        "klantenservice thuiswerk!! €15,50 bruto/u, contract bij ons, gratis headset, heel NL.",
    ],
)
def test_dutch_employment_as_agencies_write_it(text):
    assert answers(text)["worker_status"] == "employee"


def test_philippine_night_shift_pay_of_30000_is_not_far_above_market():
    text = "WFH Technical Support\nBasic salary: ₱30,000/month\nRegular employment after 6 months\nPaid 3-week training"
    result = evaluate(extract(text).to_offer(), RuleConfig())
    assert "pay_too_good_to_be_true" not in [f.rule for f in result.findings]


# --- The second Dutch set and the second Taglish / Urdu / Afrikaans set --------------------------------
@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "Wij vragen u een verificatiebetaling van €0,01 te doen via onderstaande link. U logt hiervoor in bij uw "
            "eigen bank. Dit is noodzakelijk voordat uw arbeidscontract kan worden opgesteld.",
            "personal_data_early",
        ),
        (
            "Wij hebben nodig:\n- foto van je bankpas (voor en achterkant)\n- foto ID kaart\n"
            "Na ontvangst krijgt u het contract.",
            "personal_data_early",
        ),
        ("آپ کے نمبر پر ایک تصدیقی کوڈ آئے گا، وہ کوڈ فوراً اس نمبر پر بھیج دیں۔", "personal_data_early"),
        (
            "Klanten maken bedragen over op jouw rekening, jij stuurt het door naar onze zakelijke rekening.",
            "money_handling",
        ),
        ("Na 30 taken krijg je premiumtaken, daarvoor stort je eerst €100 op je werkaccount.", "money_handling"),
        ("Wij maken €850 naar je over. Stuur binnen 24 uur €600 door naar onze leverancier.", "money_handling"),
        ("Na 20 taken moet je je saldo eerst aanvullen met eigen geld.", "money_handling"),
        ("Stuur asseblief die R3 800 vandag terug na ons verskaffer se rekening.", "money_handling"),
        ("Om die volgende vlak oop te sluit, moet jy jou rekening met USDT laai.", "money_handling"),
        (
            "Tatanggap ka ng mga parcel sa bahay mo, lalagyan ng bagong label, tapos ipapa-pickup sa courier.",
            "money_handling",
        ),
        ("Mag-register ka for ₱999 one-time, tapos kikita ka ng ₱300 sa bawat ma-invite mo.", "recruiting_pays"),
        (
            "Starterslicentie: €199 (eenmalig). Verdien €50 voor elke nieuwe adviseur die je aanbrengt.",
            "recruiting_pays",
        ),
    ],
)
def test_second_round_dutch_and_southern_fraud_signals(text, field):
    assert answers(text)[field] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Voor het inwerkpakket vragen we een eenmalige bijdrage van €39,50. Daarna kan je meteen beginnen.",
        "U moet eerst een kleine investering van €75 doen voor uw werkaccount.",
        "Wij vragen vóór het gesprek een eenmalige bijdrage van €49,95 voor de screening en VOG.",
        "Om je account te activeren betaal je €25 activatiekosten via iDEAL.",
        "Bestel eerst de software-licentie (€29,95) via de link, daarna krijg je de adressenlijsten.",
        "Voordat ons jou CV aan die kliënt stuur, moet jy 'n polisieklaring van R450 aan ons betaal.",
        "Voor ons jou onderhoud kan bespreek moet 'n administrasiefooi van R199 betaal word.",
    ],
)
def test_second_round_fees_before_an_offer(text):
    fees = extract(text).to_offer().fees
    assert fees and all(fee.timing == "before_offer" or fee.kind == "starter_kit" for fee in fees)


def test_whatsapp_the_municipality_answers_residents_on_is_no_chat_hiring():
    text = "Je beantwoordt vragen van inwoners over afval en paspoorten via telefoon, chat en WhatsApp voor inwoners."
    assert answers(text).get("chat_app_interview") != "yes"


def test_daily_pay_in_urdu_script_with_no_interview_is_a_fraud_signal():
    text = "گھر بیٹھے ڈیٹا انٹری — روزانہ 8,000 روپے!\nکوئی انٹرویو نہیں، کوئی تجربہ نہیں"
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "likely_scam"


# --- Scams dressed as real jobs, and real jobs that mention a chat app --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Your setup check ($2,800) arrives Friday; after it is deposited, pay the vendor for your laptop.",
        "Deze week maken wij €1.300 over naar je rekening; daarvan betaal je €1.100 door aan onze leverancier.",
        "Wij storten €1.900 op uw rekening. U stort daarvan €1.600 door naar onze partner voor de apparatuur.",
    ],
)
def test_money_passed_on_to_the_employers_vendor(text):
    assert answers(text)["money_handling"] == "yes"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Voordat we een gesprek inplannen betaal je €39 voor de screening via de betaallink.", "background_check"),
        ("Dialer licence ($49) bought by every new agent before day 1.", "equipment"),
        ("Voordat je opleiding begint koop je de licentie voor onze software (€45,00) via de link.", "equipment"),
        ("Next, set up your candidate account on our hiring portal ($24.99 one-time).", "starter_kit"),
        ("Voor €19,95 per jaar krijg je toegang tot alle thuiswerkvacatures.", "application"),
    ],
)
def test_fees_due_before_there_is_a_job(text, kind):
    fees = extract(text).to_offer().fees
    assert [fee.kind for fee in fees] == [kind]
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "likely_scam"


def test_a_licence_next_to_its_price_is_what_the_price_pays_for_even_with_a_portal_named_after_it():
    text = "To be considered, install our dialer (one-time $35 licence, bought through our applicant portal)."
    assert [fee.kind for fee in extract(text).to_offer().fees] == ["equipment"]


@pytest.mark.parametrize(
    "text",
    [
        "Send your CV to jobs@harbourline.example or WhatsApp it to +63 917 000 0000. Interviews are at our office.",
        "Mail je cv naar vacatures@polderzorg.example of stuur een WhatsApp voor vragen.",
        "Questions? Message us on Viber (no interviews done via chat). Walk-in at our office, Mon to Fri.",
    ],
)
def test_a_chat_app_beside_an_email_address_or_for_questions_is_not_chat_only_hiring(text):
    found = answers(text)
    assert found.get("chat_app_interview") != "yes"
    assert found.get("interview_skipped") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Please add recruiter.dana.morgan@gmail.com on Google Hangouts. The interview is an instant-message interview.",
        "Send your CV to hr.desk@gmail.com; the interview is held on Telegram with our manager.",
    ],
)
def test_a_chat_interview_is_still_chat_hiring_when_an_email_address_is_given(text):
    assert answers(text)["chat_app_interview"] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "De online test kost €30, dat wordt terugbetaald bij je eerste salaris. Betaal via de link.",
        "Om je loon te regelen hebben we een foto van je bankpas en je inlogcode nodig. Het contract volgt daarna.",
        "DATA ENTRY GHAR SE ₹3,000 roz kamao. No interview, no experience. Interested ho toh YES likho",
    ],
)
def test_more_scams_in_dutch_and_hinglish(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "likely_scam"


def test_a_warning_that_the_company_never_charges_training_fees_is_no_training_fee():
    text = "Paid training for 2 weeks. Note: Acme Contact never charges registration fees, training fees or deposits."
    assert answers(text)["training_pay"] == "paid"


def test_an_interview_at_a_named_office_makes_a_whatsapp_number_one_way_to_call():
    text = "salary 40k, EOBI\nCall/WhatsApp 0300 0000000, interview Gulberg Lahore office mein"
    assert answers(text).get("chat_app_interview") != "yes"


def test_personal_data_collected_when_the_contract_is_ready_is_after_the_offer():
    text = (
        "Je contract staat klaar! Voor de loonadministratie hebben we een kopie van je ID en je BSN nodig. "
        "Upload ze in ons portaal."
    )
    assert answers(text)["personal_data_early"] == "no"


def test_customers_bank_cards_are_the_work_not_a_request_for_the_seekers():
    text = "Je helpt klanten van een bank met vragen over pinpassen en internetbankieren."
    assert answers(text).get("personal_data_early") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Klantenservice thuis, €14,90 bruto per uur. De eerste 2 proefdagen zijn onbetaald.",
        "Thuiswerk €15/uur. De opleiding van een week is onbezoldigd.",
        "Salary Rs 50,000, permanent. Training 3 hafte ki, training ke paise nahi milenge.",
        "€15,20 bruto per uur, in dienst. De verplichte headset koop je via ons (€49).",
        "€35 provisie per afgesloten contract. Geen vast uurloon.",
        "Har sale pe 10% commission. 0 sale = 0 salary. Leads company nahi degi.",
        "Sirf incentive milega, no fixed salary. Per policy ₹700 incentive.",
        "Koi fixed salary nahi, har approved file pe ₹400.",
    ],
)
def test_terms_that_hurt_the_worker_in_dutch_urdu_and_hinglish(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "red_flags"


def test_a_dutch_monthly_salary_is_judged_over_the_shortest_usual_full_time_week():
    # €2,300 a month is €14.74 an hour over 36 hours (legal) though €13.27 over 40: no hours stated, no red flag.
    text = "Thuiswerk klantendienst – €2.300 bruto per maand. Stuur je cv naar ons."
    rules = [f.rule for f in evaluate(extract(text).to_offer(), RuleConfig()).findings]
    assert "pay_below_minimum_wage" not in rules
    below = "Thuiswerk klantendienst – €2.000 bruto per maand. Stuur je cv naar ons."
    assert "pay_below_minimum_wage" in [f.rule for f in evaluate(extract(below).to_offer(), RuleConfig()).findings]


def test_flemish_and_dutch_employment_and_a_monthly_wage_before_its_amount():
    found = answers("Statuut: bediende\nContract: onbepaalde duur\nBrutomaandloon vanaf €2.600, naar ervaring")
    assert found["worker_status"] == "employee"
    assert found["pay_basis"] == "salary"
    assert extract("Brutomaandloon vanaf €2.600").to_offer().pay_amount == Decimal("31200.00")
    assert answers("Uitzendbasis, betaalde inwerkperiode van 1 week.")["worker_status"] == "employee"


def test_a_daily_home_working_allowance_is_no_fee():
    text = "Laptop, headset and a €2.35/day home-working allowance. €16.50 gross per hour, employed on our payroll."
    assert extract(text).to_offer().fees == ()


@pytest.mark.parametrize(
    ("text", "yearly"),
    [
        ("Chat Support (WFH) | PKR 55k | Permanent | Lahore only", Decimal("660000.00")),
        ("Customer care WFH – Multan\nRs 42,000 + EOBI", Decimal("504000.00")),
        ("Telecalling – Delhi\nRs 16k in hand, permanent", Decimal("192000.00")),
        ("Chat process – Gurgaon\n₹23,000 in-hand + PF", Decimal("276000.00")),
    ],
)
def test_a_monthly_salary_said_by_what_follows_it(text, yearly):
    offer = extract(text).to_offer()
    assert (offer.pay_basis, offer.pay_amount) == ("salary", yearly)


def test_a_registration_charge_in_a_header_line_is_no_salary():
    assert extract("WFH typing | Rs 500 | registration").to_offer().pay_amount is None


def test_a_dutch_city_says_where_the_job_is_and_paid_onboarding_is_paid_training():
    found = answers("€15,00 bruto per uur op uitzendbasis, eerste week betaald inwerken. Je woont in Amersfoort.")
    assert found["hiring_regions"] == ("NL",)
    assert found["training_pay"] == "paid"
    assert answers("Je woont in of rond Leuven.")["hiring_regions"] == ("BE",)


@pytest.mark.parametrize(
    "text",
    [
        "HIRING remote agents $24/hr no resume no interview\njust send ur full name, DOB & SIN to get started",
        "Work from home, earn 2500 daily liking videos\njust deposit 800 to activate ur account via JazzCash",
        "Deeltydse werk: jy ontvang betalings van kliënte in jou eie bankrekening en stuur dit aan. Hou 10%.",
        "Bijbaan: pakketjes ontvangen en doorsturen naar het buitenland, €35 per pakket.",
        "HR here, u were selected! b4 orientation pls pay $40 for ur employee ID card, Zelle to 555-0100",
        "Agents R11 000 p/m, no matric needed\nsend R300 for training material to secure ur seat!!",
        "ur application was approved ✅ pay $79 for background screening to secure ur spot",
        "Pay R400 for your dialer software licence before induction (EFT).",
        "Thanks for applying ($20/hr). Please reply with your SIN and a void cheque for payroll. We'll then schedule "
        "your interview.",
    ],
)
def test_short_scams_as_they_are_texted(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "likely_scam"


def test_whatsapp_for_details_alone_is_a_question_not_chat_hiring():
    text = "Remote CSR openings, US clients. Msg me on WhatsApp for details 0917 000 0000"
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "ask_more_questions"


def test_what_the_company_pays_per_dispatched_call_is_the_pay():
    offer = extract("As an independent contractor, we pay $1.25 per dispatched call, no minimum.").to_offer()
    assert (offer.pay_basis, offer.pay_amount) == ("call", Decimal("1.25"))


@pytest.mark.parametrize(
    "text",
    [
        "Northwind does not charge fees. Please report anyone asking for payment or personal bank information on "
        "our behalf.",
        "Stay safe: Kestrel will never ask you to pay for anything, interview you on Telegram or mail you a check to "
        "buy equipment.",
        "Credit checks are done after a conditional offer, and you must register with the council. Highveld pays the "
        "registration fee.",
        "Unlicensed hires get paid study time; Cornerstone pays for the course, the state exam fee and your first "
        "license and appointment fees.",
        "Een kopie van je identiteitsbewijs en je BSN vragen we pas op bij het opstellen van je arbeidsovereenkomst.",
        "You will upload PAN, Aadhaar and bank details for payroll only after joining formalities begin.",
    ],
)
def test_boilerplate_about_fees_checks_and_documents_raises_no_fraud_signal(text):
    result = evaluate(extract(text).to_offer(), RuleConfig())
    assert [f.rule for f in result.findings if f.severity == Severity.FRAUD] == []


def test_every_pay_unit_the_reading_finds_has_a_pay_basis():
    """A unit word the pattern accepts but the table lacks ("gesprekminuut" once; "polis" and "oras" were read as
    "poli" and "ora"; "روزانہ" after an amount) reads as no pay at all."""
    from scoring.extraction import money
    from scoring.extraction.text import top_level_branches

    pattern = money.UNIT_AFTER.pattern
    words = []
    for group in ("(?P<unit>", "(?P<adv>"):
        start = pattern.index(group) + len(group)
        depth, end = 1, start
        while depth:
            if pattern[end] == "\\":
                end += 2
                continue
            depth += {"(": 1, ")": -1}.get(pattern[end], 0)
            end += 1
        inner = pattern[start : end - 1]
        words += [inner[a:b] for a, b in top_level_branches(inner) if re.fullmatch(r"[\w ]+", inner[a:b])]
    # The few written as patterns, in every spelling they allow
    words += ["p/h", "ph", "p.a.", "pa.", "p.m.", "p.m", "pm", "p/m", "p/u", "p.u.", "basic salary", "basic pay"]
    assert len(words) > 80
    assert [w for w in words if money.unit_basis(w)[0] is None] == []


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("• € 0,18 per gesprekminuut (alleen de tijd in gesprek)", "minute"),
        ("Betaling per gespreksminuut (€0,15 p/min). Geen minimumgarantie.", "minute"),
        ("Je verdient €20 per nieuwe structurele donateur. Er is geen basisloon.", "commission"),
        ("€12 per vastgelegde afspraak, geen vast loon.", "call"),
        ("klantenservice thuis!! €15,60 bruto/u, contract bij ons, heel NL", "hour"),
        ("Verkoop versekering: R250 per polis, geen basiese salaris nie.", "commission"),
        ("CSR WFH ₱85 kada oras, may training", "hour"),
    ],
)
def test_dutch_pay_units_as_ads_write_them(text, basis):
    assert answers(text)["pay_basis"] == basis


@pytest.mark.parametrize(
    "text",
    [
        "Voordat je start volg je onze opleiding van 2 weken (40 uur); deze is onbetaald.",
        "Inwerken: 3 onbetaalde trainingsdagen via Zoom, daarna €15,00 bruto per uur.",
    ],
)
def test_dutch_unpaid_training_written_two_more_ways(text):
    assert answers(text)["training_pay"] == "unpaid"


@pytest.mark.parametrize(
    "text",
    [
        "CSR chahiye WFH\nTankhwah Rs 18,000 mahana\nApna laptop",  # rupees of Pakistan, below its minimum
        "Ghar se sales\nHar sale pe Rs 1,200 commission\nBasic tankhwah koi nahi\nLeads aap ne khud banani hain",
        "Har complete survey call pe Rs 35. Koi fixed tankhwah nahi.",
        "گھر سے ٹیلی سیلز۔ ہر کامیاب سیل پر 600 روپے کمیشن، کوئی بنیادی تنخواہ نہیں۔",
        "تنخواہ 45,000 روپے، مستقل ملازمت۔ کمپنی کا لیپ ٹاپ لازمی ہے، جس کا کرایہ 2,500 روپے ماہانہ تنخواہ سے کاٹا "
        "جائے گا۔",
        "پہلا مہینہ ٹریننگ ہوگی، اس کی کوئی تنخواہ نہیں۔ پھر تنخواہ 45,000 روپے۔",
    ],
)
def test_terms_that_hurt_the_worker_in_roman_urdu_and_urdu_script(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "red_flags"


def test_rupees_in_a_roman_urdu_offer_are_pakistani():
    assert extract("Tankhwah Rs 40,000 mahana, ghar se kaam").to_offer().pay_currency == "PKR"
    assert extract("Salary Rs 20,000 per month, Noida office").to_offer().pay_currency == "INR"


def test_training_paid_written_the_other_way_round():
    assert (
        answers("Sales agent ghar se, Islamabad\nBasic Rs 40,000 + commission\nemployee, training paid")["training_pay"]
        == "paid"
    )
    assert answers("Training paid for by the candidate: Rs 5,000.").get("training_pay") != "paid"


@pytest.mark.parametrize(
    "text",
    [
        "Training: 2 weeks, no stipend. $16/hr W-2 after that, Ohio only.",
        "$15/hr employee role. The pre-hire program is unpaid (three weeks, full time).",
        "$17/hr, employee. The client certification course: about 50 hours over two weeks, self-paced and unpaid.",
        "$17/hr W-2, Ohio. A cloud platform, billed at $15/week and netted from your weekly payout.",
        "₹25,000 per month, employee. The laptop is sold to you at ₹30,000, recovered as ₹2,500 EMI from salary.",
        'Offer: $18/hr W-2, Arizona. It says "a $20/month VPN token will be deducted from your paycheck." Is that '
        "normal??",
        "Freelance CSR, P12 per connected call, no minimum guarantee",
    ],
)
def test_more_terms_that_hurt_the_worker_in_english(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "red_flags"


def test_a_check_fee_paid_after_you_receive_a_written_offer_and_remote_us():
    text = "CSR – $15/hr, employee, paid training\nA one-time $40 background check fee, paid only after you receive a "
    text += "written offer."
    assert [fee.timing for fee in extract(text).to_offer().fees] == ["after_offer"]
    assert answers("Tier 1 support | $19/hr | Remote US | Laptop provided")["hiring_regions"] == ("US",)


@pytest.mark.parametrize(
    "text",
    [
        "Is training paid? Yes, a paid course at $11/hr.\nHow am I paid? $0.25 per minute of talk time. As independent "
        "business owners, agents have no minimum earnings.",
        "3. Client onboarding (6 hours), paid at $10/hour.\nEarnings: $0.25 per talk minute, no hourly minimum. "
        "Status: independent contractor (1099).",
    ],
)
def test_what_training_pays_is_not_the_jobs_pay_when_the_job_states_its_own(text):
    offer = extract(text).to_offer()
    assert offer.pay_basis == "minute"
    assert evaluate(offer, RuleConfig()).verdict == "red_flags"


def test_a_paid_training_rate_alone_is_still_read_as_the_pay():
    assert extract("Paid training at $15/hr, W-2, Ohio.").to_offer().pay_amount == Decimal("15.00")


def test_a_free_mail_address_beside_a_chat_handle_is_the_chat_scams_own():
    text = (
        "Interview will be held online. Contact the HR Manager via hr.linda77@gmail.com or on Google Hangouts "
        "(linda.hr22). Pay is $19.50/hr."
    )
    assert answers(text)["chat_app_interview"] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "• PHP 20,000 basic salary per month\n• PHP 2,000 equipment and internet allowance monthly",
        "Rs 45,000 per month + Rs 3,500 equipment and internet allowance",
    ],
)
def test_an_allowance_of_several_words_is_given_not_charged(text):
    assert extract(text).to_offer().fees == ()


def test_a_fee_new_hires_pay_after_they_receive_and_sign_a_written_offer():
    text = (
        "After you receive and sign a written offer, you will complete a background check. We ask new hires to pay "
        "the $40 screening fee; it is reimbursed on your first paycheck."
    )
    assert [fee.timing for fee in extract(text).to_offer().fees] == ["after_offer"]


def test_a_certificate_named_the_sentence_before_its_cost_is_what_the_cost_is_for():
    text = (
        "Alle kandidaten behalen vóór het aanbod het online certificaat van onze opleidingspartner. De kosten van € 90 "
        "betaal je zelf via iDEAL."
    )
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "likely_scam"


def test_a_dutch_application_held_entirely_in_the_chat_is_chat_hiring():
    text = (
        "Wegens het grote aantal reacties verloopt de volledige sollicitatie via WhatsApp. Het sollicitatiegesprek "
        "bestaat uit vragen die je in de chat beantwoordt; een telefoon- of videogesprek is niet nodig."
    )
    assert answers(text)["chat_app_interview"] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Welcome! Your duties: accept deliveries of customer returns at your home, remove the invoices and forward "
        "each parcel to the address on the label we send you.",
        "Thanks for applying ($22/hr).\nBefore we book your interview please email us:\n- your SIN\n- a void cheque\n"
        "- a photo of your driver's licence",
        "Payroll uses an instant verification service. Please log in to your online banking through the link below.",
        "Vereiste: polisie-klaring. Ons doen dit vir jou teen R150 – koop 'n kontantkaart en WhatsApp die PIN.\n"
        "Eers na betaling kry jy jou onderhoudsdatum.",
        "Om jou plek te verseker moet jy 'n R250 Blu Voucher koop en die PIN vir ons SMS.",
        "سلور پلان 5,000 روپے، گولڈ پلان 10,000 روپے۔ دوستوں کو جوائن کروائیں اور ہر نئے ممبر پر بونس پائیں",
        "HR: thank you for joining today's interview. It will be held here in the chat, please answer each question.",
        "Baie geluk! Voor jou eerste dag moet jy ons kopstuk en sagtewarelisensie koop – R1 000 via EFT.",
        "Company aap ko training kit TCS se bhejegi — delivery par Rs 3,000 cash ada karein.\n"
        "Kit milne ke baad hi aap ka login banega.",
    ],
)
def test_scams_rebuilt_from_reports_and_platform_ads(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        "Remote fundraiser: $3.00 per pledge collected. No hourly pay. Independent contractor.",
        "Life insurance advisor – Ontario\nNo salary – 100% commission, paid by the carrier. Leads are not supplied.",
        "Appointment setters: R120 per confirmed appointment. No basic salary. Independent contractor.",
    ],
)
def test_pay_only_per_result_with_no_base(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "red_flags"


def test_a_spaced_en_dash_ends_a_clause_but_a_range_is_one_amount():
    assert answers("No salary – 100% commission")["pay_basis"] == "commission"
    assert extract("€15–17 per uur").to_offer().pay_amount == Decimal("15.00")


@pytest.mark.parametrize(
    ("text", "recurring"),
    [
        ("After you accept a written offer, the $45 check fee is deducted once from your first paycheck.", "no"),
        ("Once you are hired, a $20 platform fee is deducted from your pay.", "yes"),
        ("A $15 dialer fee is deducted from every paycheck.", "yes"),
    ],
)
def test_a_charge_taken_from_pay_recurs_unless_it_is_taken_once(text, recurring):
    assert [fee.recurring for fee in extract(text).to_offer().fees] == [recurring]


def test_hours_a_day_in_urdu_tagalog_and_dutch():
    assert answers("Part time chat support, 4 ghante roz")["hours_per_week"] == 20
    assert answers("CSR, 6 oras kada araw")["hours_per_week"] == 30


@pytest.mark.parametrize(
    "text",
    [
        "Telesales (funeral cover): R200 per policy you sign up. There is NO basic. We do not give leads.",
        "uitsluitend €30 provisie per getekende overeenkomst, er is geen basisloon; de adressen zoek je zelf",
        "WFH CSR – full time 8 hrs, Mon–Sat\nSahod ₱7,500/month, fixed\nMay training 1 week, bayad",
    ],
)
def test_commission_and_low_pay_in_south_african_dutch_and_taglish_ads(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "red_flags"


def test_a_status_word_in_a_list_of_terms():
    found = answers("R8 000 basiese salaris pm + kommissie, werknemer, betaalde opleiding")
    assert found["worker_status"] == "employee"


def test_philippine_pre_employment_requirements_come_after_the_job_offer():
    text = (
        "₱19,000 basic, regular after 6 months, company laptop, open sa Cavite residents.\n"
        "Pre-employment requirements (PAGKATAPOS lang ng signed job offer): NBI clearance, SSS/TIN/PhilHealth numbers."
    )
    assert answers(text).get("personal_data_early") != "yes"


def test_a_taglish_post_with_monthly_pay_government_benefits_and_paid_training():
    text = (
        "DIRECT HIRE kami. Email support\n✅ 18k/month fixed + 13th month\n✅ SSS, PhilHealth, Pag-IBIG\n"
        "✅ 1 week training, bayad\n✅ Kahit saan sa Pinas basta may sariling laptop"
    )
    found = answers(text)
    assert (found["pay_currency"], found["pay_basis"], found["training_pay"]) == ("PHP", "salary", "paid")


def test_a_seeker_quoting_an_offer_whose_check_the_employer_pays_for():
    text = "Offer: $17/hr, W-2. Training is 3 weeks and it's paid. Background check they pay for, done by a vendor."
    assert answers(text)["training_pay"] == "paid"
    assert extract(text).to_offer().fees == ()


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("it's the remote billing gig, eighteen fifty an hour", Decimal("18.50")),
        ("they pay fifteen seventy-five an hour", Decimal("15.75")),
        ("twenty five an hour, paid weekly", Decimal("25.00")),
    ],
)
def test_dollars_and_cents_said_in_words(text, amount):
    assert extract(text).to_offer().pay_amount == amount


def test_a_recruiters_voice_note_says_employee_and_paid_training_in_its_own_words():
    found = answers("You'd be their employee from day one. Training's two weeks and yes, that's paid.")
    assert (found["worker_status"], found["training_pay"]) == ("employee", "paid")


@pytest.mark.parametrize(
    "text",
    [
        "Om opdrachten te krijgen moet je je account eerst opwaarderen (ik begon met €50).",
        "Instap slechts €129, en je krijgt €40 bonus per nieuw teamlid.",
        "Houd uw bankkaart en kaartlezer bij de hand en lees de codes voor die hij u vraagt in te geven.",
        "Voor we je contract opmaken, ontvang je een betaalverzoek van €60 als waarborg voor je headset.",
        "Je saldo staat op -€90. Vul aan via de Tikkie om je commissie vrij te geven.",
        "Geen gesprek nodig, €4.000 per maand. Activeer je account met €15 via de link.",
        "Koop vandaag 3 Paysafecards van €50 en stuur foto's van de codes.",
        "De verplichte training kost €79 en wordt na 3 maanden werk terugbetaald.",
        "Voor uw eerste werkdag koopt u de licentie voor onze beltool (€49, eenmalig) via de link.",
        "Een borg van €150 (via betaalverzoek); het contract sturen we na ontvangst.",
        "Klanten maken bedragen over op jouw rekening; jij boekt die binnen 24 uur door naar ons.",
    ],
)
def test_dutch_and_flemish_scams_of_the_fourth_set(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        "€6 per gekwalificeerde lead, geen uurtarief, geen minimum. Je werkt als zzp'er.",
        "€1,20 per afgehandeld terugbelverzoek. Geen uurtarief en geen gegarandeerd minimum.",
        "Alleen provisie: €80 per getekende offerte. Geen vast loon; klanten zoek je zelf via je eigen netwerk.",
        "€1 per volledig afgenomen enquête. Geen uurloon.",
        "€0,12 per actieve chatminuut. Geen minimum.",
        "€15,20 bruto per uur. De werkpost (laptop) wordt verhuurd aan €1,25 per gewerkt uur en ingehouden op je loon.",
        "€15,10 per uur. Vóór je eerste shift volg je 12 uur e-learning thuis; die uren worden niet vergoed.",
        "€15,40 bruto per uur. De e-learning (ongeveer 20 uur) maak je vooraf in je eigen tijd en wordt niet betaald.",
    ],
)
def test_dutch_and_flemish_terms_that_hurt_the_worker_of_the_fourth_set(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "red_flags"


def test_flemish_interim_work_with_training_paid_in_full():
    found = answers("€15,30 bruto/uur, interimcontract met zicht op vast, opleiding van 3 weken, volledig betaald")
    assert (found["worker_status"], found["training_pay"]) == ("employee", "paid")


@pytest.mark.parametrize(
    "text",
    [
        "Remote Support Agent – $17/hour. Be careful: scammers have been texting people &quot;Hello, you've been "
        "shortlisted, download Telegram to finish the interview.&quot; That is not us.",
        "Let op: nepvacatures in onze naam. We krijgen berichten zoals: 'Gefeliciteerd! Maak €50 over voor je "
        "starterspakket en stuur een foto van je ID.' Deze berichten komen niet van ons.",
        'BEDROGWAARSKUWING: Mense ontvang boodskappe soos: "Baie geluk, jy is gekies! Betaal R350 registrasiefooi om '
        'jou plek te bevestig." Dit kom NIE van ons nie.',
        "Interview office mein ya Zoom par hoga. Hire hone ke baad team lead aap ko WhatsApp group mein add karega "
        "sirf roster ke liye. Hum WhatsApp par interview nahi lete.",
        "Once hired, your team lead will add you to our team WhatsApp group for shift rosters. We never interview "
        "through WhatsApp.",
        "Offer letter sign karne ke baad aap ko HR portal ka link milay ga. Wahan apna CNIC aur bank account details "
        "upload karein.",
        "Training: 15 days full time, stipend ₹2,000 for the full training.",
        "Tarief: R40 per uur as kontrakteur. Boetes vir laat aanmelding: R50 per keer.",
    ],
)
def test_warnings_quoting_scams_and_words_of_honest_offers_raise_no_fraud_signal(text):
    result = evaluate(extract(text).to_offer(), RuleConfig())
    assert [f.rule for f in result.findings if f.severity == Severity.FRAUD] == []


def test_a_scam_quoted_without_a_warning_is_still_read():
    text = 'My recruiter wrote: "Congratulations! Send $50 for your starter kit before the interview." Is this normal?'
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        # Training paid only to those who pass is unpaid for those who do not.
        "$15.75/hour, W-2, hiring in Ohio. Classroom hours are paid retroactively only to agents who pass the "
        "certification exam. Agents who do not pass are released without pay for the training period.",
        "Customer care, $16/hr, employee, Georgia only. Nesting is paid only to those who complete the final "
        "assessment.",
        "Support rep, $15 an hour once live, W-2, Illinois and Iowa. First you shadow a senior agent for two days; "
        "shadowing is unpaid.",
    ],
)
def test_training_paid_only_on_passing_or_shadowing_unpaid_is_unpaid_training(text):
    assert answers(text)["training_pay"] == "unpaid"
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "red_flags"


def test_a_negation_of_an_earlier_verb_does_not_deny_unpaid_training():
    text = "Those who do not finish are let go without pay for the training weeks."
    assert answers(text)["training_pay"] == "unpaid"
    assert "training_pay" not in answers("$16/hr, W-2. There is no unpaid training here.")


@pytest.mark.parametrize(
    ("text", "basis", "amount"),
    [
        ("WFH CSR, Quezon City\nDaily rate: ₱520 (8 hrs)", "salary", Decimal("135200.00")),
        ("Phone fundraising, remote: $5 for every new monthly donor you sign. No hourly pay.", "commission", None),
        ("Paid for each resolved interaction ($0.90–$1.30 by program). No hourly wage.", "call", Decimal("0.90")),
        ("Als freelancer word je betaald per afgehandeld gesprek: €0,85. Geen vast uurloon.", "call", Decimal("0.85")),
    ],
)
def test_day_rates_and_pay_per_donor_interaction_or_conversation_are_read(text, basis, amount):
    offer = extract(text).to_offer()
    assert (offer.pay_basis, offer.pay_amount) == (basis, amount)


def test_a_day_rate_below_the_regional_minimum_is_a_red_flag():
    text = "NOW HIRING WFH CSR (Makati account)\nDaily rate: ₱500 (8 hrs)\nMust live in Metro Manila"
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "red_flags"


def test_asking_for_a_texted_verification_code_in_the_next_sentence_is_a_data_request():
    text = (
        "[WhatsApp] Hallo, we hebben je sollicitatie ontvangen. Je ontvangt zo een sms met een verificatiecode. "
        "Kun je die hier naar mij doorsturen? Dan zet ik je op de lijst."
    )
    assert answers(text)["personal_data_early"] == "yes"
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        # A chat-app interview said in Roman Urdu, or with the client's manager doing it
        "Remote support, Rs 75,000/month, permanent, paid training. Interview Signal par hoga, number add karein.",
        "Advisor role, £12.90/hr, permanent, paid training, UK only. The client's recruiter holds interviews on "
        "Telegram: message @NorthdeskHiring.",
        # The fake check for equipment, without "you" after the verb
        "Remote CSR, $17.50/hr W-2, paid training, TN and KY. We will courier a $2,300 check for your home office. "
        "Deposit it, then Venmo the vendor their share.",
        # A refundable hold before the offer letter, which waits for it
        "Recap: $18/hour, full-time employee, paid training, AZ only. Before HR can release your offer letter, we "
        "reserve a laptop with a $125 refundable hold sent by Zelle. Once we see the hold, the offer goes out.",
        # A fee behind an if-clause's negation
        "£13.10/hr, permanent, paid training, UK-wide. If you don't have a DBS certificate, our partner arranges "
        "one for £40, payable by bank transfer with your application.",
        # Customers' payments into your own wallet, passed on
        "WFH Billing Assistant, ₱21,000/month, employee, paid training. Tatanggap ka ng bayad ng customers sa "
        "sarili mong GCash, tapos ita-transfer mo sa supplier account namin.",
        # Afrikaans: documents e-mailed with the CV
        "Kliëntediens, R11 500 p.m., permanent, betaalde opleiding. E-pos jou CV saam met 'n afskrif van jou ID "
        "en 'n bankbevestigingsbrief.",
    ],
)
def test_dressed_up_offers_with_one_buried_fraud_signal_are_likely_scams(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "likely_scam"


def test_a_form_pasted_with_its_tags_asks_for_data_field_by_field():
    text = (
        "Support Specialist | $16.50/hr | W-2<br>Paid training (2 weeks)Company laptop\nHiring in: MO, KS<br>"
        "<b>Quick apply</b>Full legal nameDate of birth<br>Social Security Number (for pre-screening)<br>Email"
    )
    assert answers(text)["personal_data_early"] == "yes"


def test_tags_left_in_pasted_text_end_lines_and_keep_amounts_whole():
    from scoring.extraction.normalize import normalize

    assert normalize("Pay <b>$15</b>/hr<br>Apply today").text == "Pay $15/hr\nApply today"
    assert normalize("Two minutes</b>Full legal name").text == "Two minutes\nFull legal name"
    assert normalize("WhatsApp or PayPal, a glued nameDate").text == "WhatsApp or PayPal, a glued name\nDate"


@pytest.mark.parametrize(
    "text",
    [
        "Inbound reservations, $16/hr, paid training, CO and UT. To be scheduled for an interview, pay the $40 "
        "screening fee at the link below.",
        "Start je eigen callcenter vanuit huis! ☎️\nMet onze licentie van € 395 krijg je software en klanten. "
        "Je bent je eigen baas.",
        "Thuiswerk klantenservice, € 17 p/u. Voordat ik je inplan: betaal €0,01 via deze link en log in met je bank.",
        "Call centre work from home. To be considered, email BEFORE the interview: ID copy, bank statements and "
        "your banking details.",
        "Werk van die huis af vir oproepsentrums! Registreer op ons databasis vir net R120 en ons plaas jou gou.",
    ],
)
def test_fees_and_data_before_any_job_in_other_words_are_likely_scams(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "likely_scam"


def test_an_unpaid_trial_week_on_live_calls_is_unpaid_training():
    assert answers("€15,20 bruto per uur. De eerste week is een onbetaalde proefweek aan de telefoon.")[
        "training_pay"
    ] == ("unpaid")


def test_id_and_bank_details_asked_only_after_the_contract_is_signed_are_no_fraud_signal():
    text = (
        "R10 800 basic per month, permanent employee, paid training, hiring across South Africa. We only ask for "
        "your ID copy and banking details after you've signed your employment contract."
    )
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "looks_legitimate"


def test_the_sentence_before_passes_over_lines_of_emoji_and_stops_looking_after_a_few():
    from scoring.extraction.text import Scanner

    text = "Start your own call center! ☎️\n🎉\nLicence fee €400."
    assert Scanner(text).sentence_before(text.index("Licence")) == "Start your own call center!"
    many = "Pay the fee.\n" + "☎️\n" * 5000 + "Licence fee €400."
    assert Scanner(many).sentence_before(many.index("Licence")) == ""


@pytest.mark.parametrize(
    "text",
    [
        "Customer Care – Remote\nPay: $16.50 per hour, weekly pay by direct deposit\nStatus: part-time employee (W-2)\n"
        "Training: paid at full rate\nWhere: residents of WI and MN",
        "Inkomende oproepe van die huis af. R47 per uur, werknemer (nie kontrakteur nie), betaalde opleiding. "
        "Gauteng-inwoners.",
        "Aap select ho gaye hain: WFH chat agent, tankhwah 48,000 mahana, permanent after 3 months, training ki "
        "poori tankhwah milegi. Lahore ke candidates.",
        "WFH Tech Support, R13 500 CTC, permanent, paid training. Jhb residents only.",
        "WFH chat support, 52k fixed, training paid, Islamabad/Rawalpindi se hon.",
        "Salary: 56,000 + incentives\nPermanent job, EOBI\nTraining paid hai\nSirf Karachi aur Hyderabad ke candidates",
    ],
)
def test_honest_offers_stating_their_facts_in_local_words_look_legitimate(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "looks_legitimate"


def test_hyderabad_beside_karachi_is_in_pakistan_and_alone_in_india():
    pakistani = extract("Salary: 56,000 fixed. Sirf Karachi aur Hyderabad ke candidates.").to_offer()
    indian = extract("Salary is 26,000 a month fixed, only Hyderabad candidates, full-time employee.").to_offer()
    assert (pakistani.pay_currency, indian.pay_currency) == ("PKR", "INR")


def test_pay_per_finished_conversation_and_a_peso_base_plus_night_differential_are_read():
    dutch = extract("Telefonisch werver thuis\n€1,05 per afgerond gesprek, als zzp'er").to_offer()
    assert (dutch.pay_basis, dutch.pay_amount) == ("call", Decimal("1.05"))
    filipino = extract("WFH CSR – Telco account, ₱22,000 + night diff\nProbationary to regular").to_offer()
    assert (filipino.pay_basis, filipino.pay_amount) == ("salary", Decimal("264000.00"))


def test_training_without_pay_until_it_is_passed_is_unpaid_in_roman_urdu():
    text = "Rs 41,000 mahana, EOBI. Training 3 hafte ki, bina tankhwah; salary training pass karne ke baad shuru."
    assert answers(text)["training_pay"] == "unpaid"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Jou eerste week is opleiding by ons kantoor in Pretoria, Ma–Vr, en dit word betaal teen R50 per uur.",
            "training_pay",
            "paid",
        ),
        ("Je salaris: €15,30 bruto per uur, de trainingsweken worden gewoon doorbetaald.", "training_pay", "paid"),
        ("€15,10 bruto per uur. De opleidingsweek (5 dagen) is onbetaald.", "training_pay", "unpaid"),
        (
            "Vanaf week twee werk jy van die huis af; ons lewer die rekenaar en kopstuk Vrydag af.",
            "buy_from_employer",
            "no",
        ),
        ("Je laptopset (laptop, headset) is vrijdag verstuurd – kost je niets.", "buy_from_employer", "no"),
    ],
)
def test_training_pay_and_equipment_in_dutch_and_afrikaans_messages(text, field, value):
    assert answers(text)[field] == value


def test_a_dutch_money_mule_message_asking_for_iban_as_a_question_is_a_scam():
    text = (
        "Hoi! Je wordt 'financieel medewerker' vanuit huis. Je ontvangt betalingen van onze klanten op je eigen "
        "rekening, houdt 8% en maakt de rest binnen een uur over naar onze rekening. Stuur je je IBAN?"
    )
    found = answers(text)
    assert (found["money_handling"], found["personal_data_early"]) == ("yes", "yes")


def test_a_seekers_question_about_data_is_still_no_request():
    assert "personal_data_early" not in answers("$16/hr, W-2, Ohio. When will you ask for my SSN?")


@pytest.mark.parametrize(
    "text",
    [
        # Chat apps the team uses after hire, or customers write in, are no chat-app hiring.
        "Inbound Consultant, R9 900 per month, permanent, paid training, Cape Town. Handle inbound calls and "
        "WhatsApp Business queries from existing account holders.",
        "₱24,000 basic, regular after 6 months, paid training, company laptop, Cebu. After hire, gumagamit kami ng "
        "Viber at Teams para sa shift updates. Interviews via phone at Zoom lang.",
        "$17/hr, W-2, paid training, laptop provided, AZ and NM. We use Google Chat and Viber for team updates "
        "after hire. Interviews are always by phone or Zoom.",
        "₱26,000 basic, regular, paid training, laptop. Hindi kami nag-i-interview sa Telegram, WhatsApp o Messenger.",
        # Data asked after the offer is accepted or the contract signed
        "£26,400 per annum, permanent, paid training, laptop sent to you, UK residents. We'll ask for your National "
        "Insurance number and bank details only once you've accepted our written offer.",
        "€15,80 bruto per uur, arbeidscontract, betaalde training, laptop van de zaak. Na je handtekening onder het "
        "contract vragen we je BSN en een kopie van je ID.",
        # A written chat exercise before a video interview
        "$17.25/hr, W-2, paid training, hiring in OH. Complete a 30-minute written chat simulation, then a video "
        "interview with a support lead.",
    ],
)
def test_long_honest_ads_with_chat_apps_and_data_after_the_offer_look_legitimate(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "looks_legitimate"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "$16/hr, W-2, paid training. After you are hired, you lease the laptop kit from us for $21.50 per pay "
            "period, collected through payroll deduction.",
            "red_flags",
        ),
        (
            "Ná jou aanstelling word R350 per maand vir die huur van die toerusting van jou salaris afgetrek.",
            "red_flags",
        ),
        (
            "$16.50/hr, W-2. Candidates pay a $45 background screening fee through our partner's link. This step is "
            "required before we can schedule your interview.",
            "likely_scam",
        ),
        (
            "Certification: all candidates complete our three-week certification before being hired. The "
            "certification is online, 9 a.m. – 3 p.m., and is unpaid.",
            "red_flags",
        ),
        (
            "Commission only, no basic salary. R240 per sale on funeral cover, R170 on legal insurance. Leads given.",
            "red_flags",
        ),
        (
            "R10 400 per maand, permanent, betaalde opleiding. Voordat ons jou aanbiedingsbrief stuur, betaal 'n "
            "terugbetaalbare toerustingdeposito van R400 per eWallet.",
            "likely_scam",
        ),
    ],
)
def test_deductions_fees_and_unpaid_certification_in_long_ads(text, verdict):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == verdict


def test_a_fee_that_is_not_charged_during_training_is_no_training_fee():
    text = (
        "After hire a $13 weekly platform fee is deducted from your pay. The fee is not charged during your training."
    )
    assert answers(text).get("training_pay") != "charged"


@pytest.mark.parametrize(
    "text",
    [
        "گھر بیٹھے کال سینٹر کا کام۔ کوئی مقررہ تنخواہ نہیں، صرف کمیشن: ہر کامیاب سیل پر 1,200 روپے۔",
        "Ghar se calling ka kaam. Koi fixed salary nahi, sirf commission: har sale par Rs 1,000.",
        "Earn from home booking solar site visits. R180 for every site visit you book. No basic salary.",
        "Telecaller WFH. No fixed salary. ₹35 per interested lead + ₹400 per conversion.",
    ],
)
def test_pay_only_for_results_with_no_base_is_a_red_flag(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "red_flags"


@pytest.mark.parametrize(
    "text",
    [
        "Remote VA for a small real estate team (Austin, TX)\nUSD 5/hr, independent contractor\nPaid onboarding week\n"
        "Philippines-based applicants only",
        "I run a pet store in Oregon and I'm hiring a chat support VA from the Philippines. $700/month, contractor, "
        "first week of training is paid.",
        "Chat Support (non-voice) – USD 4/hr\nApply via our OnlineJobs.ph listing.",
        # New Zealand is a client's country too, as it is for the pay comparison
        "Remote VA for a small Auckland agency (New Zealand) - PHP 25,000 per month, employee, paid training. "
        "Philippines-based applicants only",
    ],
)
def test_a_us_client_hiring_in_the_philippines_is_compared_with_philippine_pay(text):
    offer = extract(text).to_offer()
    assert offer.hiring_regions == ("PH",)
    verdict = evaluate(offer, RuleConfig())
    assert not any(f.rule == "pay_below_minimum_wage" for f in verdict.findings)


def test_a_salary_in_urdu_digits_is_read():
    offer = extract("تنخواہ ۶۰,۰۰۰ روپے ماہانہ، مستقل ملازمت، کراچی").to_offer()
    assert (offer.pay_basis, offer.pay_amount, offer.pay_currency) == ("salary", Decimal("720000.00"), "PKR")


@pytest.mark.parametrize(
    "text",
    [
        "آپ کی درخواست موصول ہو گئی ہے۔ انٹرویو سے پہلے آن لائن ٹیسٹ ہوگا۔ ٹیسٹ فیس 700 روپے ایزی پیسہ پر بھیجیں۔",
        "Call center agents – 45,000 salary. Form fee Rs 900 JazzCash par bhejein, roll number WhatsApp par milega.",
        "Interview confirm karne ke liye Rs 400 token money EasyPaisa kar dein. Job: call center, Islamabad, 50k.",
        "Selected for Customer Support (₹31,000/month). Please pay ₹3,000 towards laptop delivery via UPI before your "
        "online interview.",
        "جوائننگ سے پہلے یونیفارم اور آئی ڈی کارڈ کے 1,800 روپے جاز کیش کریں۔ رقم ملنے پر آفر لیٹر بھیجا جائے گا۔",
        "Verification ke liye aap ke number pe ek 6 digit code aayega, woh code mujhe isi chat mein bhej dein.",
        "Beoordeel hotelle op ons taak-platform. Vir 'n spesiale bestelling moet jy USDT deponeer om jou kommissie "
        "te onttrek.",
        "Verdien R100 per taak. Die eerste 3 take is gratis, dan laai R500 op om VIP-take oop te sluit.",
        "Jy is gekortlys (R12 000 pm). Betaal asseblief R400 vir 'n agtergrondkontrole voor die onderhoud, per EFT.",
        "Congratulations! We will send you $1,100 via check. Deposit it, buy the headset from our vendor for $600, "
        "then send back the remaining balance.",
    ],
)
def test_fees_tasks_and_codes_in_urdu_afrikaans_and_taglish_messages_are_likely_scams(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "likely_scam"


def test_a_cv_sent_by_whatsapp_for_a_teams_interview_is_no_chat_hiring():
    text = (
        "Slegs kommissie: R110 per verkoop, geen basiese salaris nie. Ons gee leads. WhatsApp jou CV en ons stuur "
        "die Teams-skakel vir die onderhoud."
    )
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "red_flags"


def test_a_vpn_token_taken_from_pay_is_no_fee_before_the_offer():
    text = "$16/hr, W-2, paid training, Ohio. A $20/month VPN token is deducted from your paycheck."
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "red_flags"


@pytest.mark.parametrize(
    "text",
    [
        "Medical Billing Rep – Permanent WFH\nProvincial rate: ₱22k–₱26k\nRegular employee after 6 months, HMO day 1\n"
        "WFH setup provided (laptop, headset)\nOpen to applicants nationwide",
        "Non-voice ticketing, ₱20k + ₱1k internet allowance, HMO day 1, regularization after 6 mos. May paid training. "
        "Kailangan own PC + 25mbps. Cebu City.",
        "Bel families terug. R40 per uur, 4 uur per dag. Jy is 'n kontrakteur. Eie selfoon en skootrekenaar nodig. "
        "Slegs Paarl/Wellington omgewing.",
    ],
)
def test_peso_ranges_with_allowances_and_afrikaans_contractor_posts_look_legitimate(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "looks_legitimate"


def test_a_first_name_is_no_place():
    assert extract("Hi, this is George from HR. $16/hr, W-2.").to_offer().hiring_regions == ()


@pytest.mark.parametrize(
    "text",
    [
        "Insurance Telesales – Gurugram / WFH. 100% incentive based, no fixed salary. Leads apne contacts se banao.",
        "Latifabad Hyderabad mein calling ka kaam. Daily dihari Rs 750. Duty 10 se 7 (9 ghante), Sunday chutti.",
        "WFH Customer Support, Mumbai. Salary ₹24,000/month, permanent, PF, training paid. Laptop company ka rahega, "
        "lekin ₹1,400 monthly rent salary se cut hoga.",
        "Tuisagente vir 'n hulplyn. Betaling: 55c per praat-minuut. Jy is 'n kontrakteur; wagtyd word nie betaal nie.",
    ],
)
def test_incentive_only_day_wages_rent_cut_from_salary_and_cents_per_minute_are_red_flags(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "red_flags"


@pytest.mark.parametrize(
    ("text", "regions", "currency"),
    [
        ("Dispatcher\nUS, TX, Austin\nPay: $20/hr", ("US-TX",), "USD"),
        ("Customer Service Representative\nCA, ON, Hamilton\nWage: $18.00 per hour", ("CA-ON",), "CAD"),
        ("Billing clerk\nUS, CA, Fresno\n$19/hr", ("US-CA",), "USD"),
        ("Receptionist\nGB, LND, London\n£12.90 per hour", ("GB",), "GBP"),
        ("Account manager\nUS, , \n$55,000 a year", ("US",), "USD"),
    ],
)
def test_a_job_boards_location_line_is_where_it_hires(text, regions, currency):
    offer = extract(text).to_offer()
    assert (offer.hiring_regions, offer.pay_currency) == (regions, currency)


@pytest.mark.parametrize(
    "text",
    [
        "Pay: $19.10 per hour (starting); $21.40 after certification",
        "Benefits\n- Paid pre-licensing training and exam fees covered\n- Medical, dental and vision",
        "What we offer\n- Free fiber internet at home\n- Tuition and certification reimbursement",
    ],
)
def test_a_pay_step_and_benefits_the_employer_pays_are_no_fees(text):
    offer = extract(text).to_offer()
    assert offer.fees == () and offer.training_pay != "charged"


def test_an_honest_job_board_ad_with_pay_status_and_place_looks_legitimate():
    text = (
        "Technical Support Representative - Tier 1\nTriangle Fiber Networks\nUS, NC, Raleigh\n"
        "Pay: $20.00 per hour + $1.25/hr evening and weekend differential\nW-2, full-time, on-site\n\n"
        "What we offer\n- Paid training (3 weeks)\n- Medical, dental and vision; 401(k) with match\n"
        "- Tuition and certification reimbursement\n"
    )
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "looks_legitimate"


def test_a_busy_phone_line_is_no_landline_to_buy():
    answers = extract("Able to stay calm on a busy phone line. Mon-Fri 7:30-4:30.").to_offer().answers
    assert answers.get("needs_landline") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Om jou salaris te laai het ons jou internetbank gebruikersnaam en wagwoord nodig.",
        "Vir salarisopstelling stuur asb jou kaartnommer, vervaldatum en die 3 syfers agter op jou kaart.",
        "Inbelsentrum soek agente. Alle kandidate moet eers 'n mediese ondersoek by ons kliniek doen (R650, betaalbaar"
        " vooraf) voor die onderhoud.",
        "Jou naamplaatjie en toegangskaart kos R180. Betaal via FNB eWallet voor jou eerste opleidingsdag.",
        "Om jou dialler-rekening te aktiveer, betaal die aktiveringsfooi van R250 voor Maandag.",
        "The laptop is sent from Johannesburg. The courier fee is R600, send it via FNB cash-send to 082 000 4411.",
        "To confirm your interview slot for tomorrow send a R50 MTN airtime voucher PIN to this number.",
        "We saw your CV on Pnet. The whole process is done here on WhatsApp, no calls. Salary R14 500.",
    ],
)
def test_south_african_fees_bank_data_and_whatsapp_hiring_are_likely_scams(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        "Lead generation van die huis af\nR25 per gekwalifiseerde lead\nGeen basiese salaris nie",
        "Onafhanklike kontrakteurs\nR350 per kontrak wat jy verkoop\nGeen basiese salaris nie",
        "Customer Service Agent - Gqeberha\nR32 p/h\nFirst you complete a 5-day trial week (unpaid)",
        "Klantenservice thuis, €15,20 per uur, uitzendcontract. Je start met een inwerkweek;"
        " deze inwerkweek is onbetaald.",
        "CSR voice, 18k. Trial week muna (5 days) na walang bayad bago ka ma-hire.",
    ],
)
def test_per_lead_or_per_contract_pay_without_a_base_and_unpaid_trial_weeks_are_red_flags(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "red_flags"


@pytest.mark.parametrize(
    "text",
    [
        "Tuiswerk kliëntediensagent – Wes-Kaap\nR8 000 pm, permanente pos\nSkootrekenaar en kopstuk word verskaf\n"
        "Nadat jy ons skriftelike aanbod aanvaar het, word 'n eenmalige R150 kriminele en kredietnagaan-fooi van jou"
        " eerste salaris afgetrek",
        "DATA CAPTURER / CALL CENTRE AGENT - Midrand\nR6 800 per month, fixed-term 12 months\n"
        "Apply ONLY through the link on our website.",
        "Bilingual (isiZulu/English) agents - Pinetown. R8k pm + incentives. Paid training."
        " Email cv to jobs@example.co.za",
    ],
)
def test_south_african_ads_with_pay_status_place_or_training_look_legitimate(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "looks_legitimate"


@pytest.mark.parametrize(
    "text",
    [
        "کال سینٹر ایجنٹ کی 350 آسامیاں\nتنخواہ 45,000 روپے ماہانہ\nدرخواست فارم فیس 800 روپے جاز کیش پر بھیجیں",
        "Salam, aap ki WFH chat support ki job confirm hai, salary 60k. Salary account verify karne ke liye aap ke"
        " JazzCash pe ek code aaya hoga, woh code hume bhej dein.",
        "Start your own home-based call centre! Setup package PKR 35,000 one-time."
        " Pay 50% advance to book your campaign.",
        "Captcha typing job\n1000 captcha = Rs 1,500\nAccount banwane ki fee Rs 700 (EasyPaisa/JazzCash)",
        "Training is online through our portal — portal access charges Rs 2,000 only (one time).",
        "Data Entry Operators (Home Based), PKR 120 per form. Software CD and login will be couriered after you pay"
        " PKR 3,500 software charges.",
    ],
)
def test_pakistani_form_fees_account_fees_and_passed_on_codes_are_likely_scams(text):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "likely_scam"


def test_a_platform_fee_taken_from_earnings_each_week_is_a_recurring_charge_not_a_fee_before_the_job():
    text = (
        "Independent contractor, $14/hr for scheduled shifts. A platform access fee of $7.50 per week is deducted"
        " from your earnings. Paid onboarding (6 hrs). Open in 45 US states."
    )
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "red_flags"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "CSR, US Telecom campaign\nJagah: Tipu Sultan Road, Karachi\nTankhwa: Rs. 48,000/- + sales incentives\n"
            "Training 2 hafte, full paid\nEOBI + medical after probation",
            "looks_legitimate",
        ),
        (
            "شارع فیصل، کراچی میں واقع بی پی او\nتنخواہ: 52,000 روپے + حاضری الاؤنس\nٹریننگ کے دوران مکمل تنخواہ",
            "looks_legitimate",
        ),
        (
            "Tech Support Representatives\nLocation: I-8 Markaz, Islamabad\nPKR 80,000 – 95,000\nFull-time employee\n"
            "You can WhatsApp your CV, but every shortlisted candidate is interviewed in person at our office.",
            "looks_legitimate",
        ),
        ("فیصل آباد کال سینٹر\nتنخواہ 25 ہزار\nصبح 9 سے شام 6، ہفتے میں 6 دن", "red_flags"),
        (
            "Islamabad F-10 call center\nSalary 50,000 + bonus\n"
            "Pehle 10 din training hogi, training ki koi salary nahi",
            "red_flags",
        ),
        ("انٹرنیٹ پیکیج ٹیلی سیلز\nکوئی تنخواہ نہیں، ہر سیل پر 1,500 روپے\nنمبرز آپ خود ڈھونڈیں گے", "red_flags"),
    ],
)
def test_pakistani_pay_in_urdu_script_and_roman_spellings_is_read(text, verdict):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "hiring po kami csr, 20k-25k depende sa exp, may hmo at 13th month, sa Iloilo site, onsite.",
            "looks_legitimate",
        ),
        ("CSR Non-voice | Davao City | 19k + allowances | regular after 6 mos | may paid training", "looks_legitimate"),
        ("NOW HIRING: Inbound CSR sa Bacolod\nPHP 19,500 + 10% ND + HMO\nPaid training", "looks_legitimate"),
        (
            "BACOLOD hiring!! CSR 25,000 php/month + allowances, regular after 6mos, training with pay.",
            "looks_legitimate",
        ),
        (
            "Part-time Chat Support – Shopify store (US)\n$3.50/hr, 20 hrs/week\nContractor. Philippines only.",
            "looks_legitimate",
        ),
        ("TSR/CSR hiring sa Cebu, up to 30k! Pm lang po", "ask_more_questions"),
        ("Hiring TSR, onsite Makati. 600/day, daily paid. 8am-5pm Mon-Sat.", "red_flags"),
        (
            "Collections agent homebased – ₱50 per successful PTP (promise to pay). Walang basic, walang minimum.",
            "red_flags",
        ),
        (
            "Homebased Financial Advisor. Income: commission + bonuses. Kailangan mo maghanap ng sariling clients.",
            "red_flags",
        ),
        (
            "Congrats, hired ka na as Chat Support (₱20k/mo, WFH, employee)! Bago mag-start, kailangan mong bumili ng"
            " headset at webcam sa amin (₱3,500). Walang babayaran ngayon, ikakaltas lang sa first 2 sahod mo.",
            "red_flags",
        ),
        (
            "WFH JOB FAIR ONLINE, 500+ BPO slots! Pre-register for ₱199 via GCash to get your slot number.",
            "likely_scam",
        ),
        (
            "Hired ka na! Kaso need mo kumuha ng company laptop, ₱6,500 lang, bayad muna via Maya bago i-ship.",
            "likely_scam",
        ),
    ],
)
def test_filipino_salaries_day_wages_and_fees_are_read(text, verdict):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Telefonisch verkoper thuis (zzp). Je belt warme leads die wij aanleveren.\n"
            "Beloning: €22 per verkochte polis. Geen basisloon.",
            "red_flags",
        ),
        (
            "ZZP Klantenservice vanuit huis\n€0,22 per beltminuut\nEr is geen minimum aantal minuten of gesprekken.",
            "red_flags",
        ),
        (
            "Congratulations on your new role! We will transfer €1,500 to your account to purchase your laptop"
            " and headset. Please send the amount to our approved vendor by bank transfer the same day.",
            "likely_scam",
        ),
        (
            "Als lid krijg je toegang tot opdrachten (€15-€20 p.u.). Lidmaatschap: €59 per jaar, vooraf te betalen.",
            "likely_scam",
        ),
        (
            "Verdien €250 per dag vanuit huis! Je koopt producten met je eigen saldo en krijgt het bedrag plus"
            " 8% commissie terug. Start met een storting vanaf €75.",
            "likely_scam",
        ),
        (
            "Voordat we je uitnodigen voor een gesprek, moet je een VOG aanvragen via onze partner."
            " Betaal €14,99 via de link hieronder; zonder betaling kunnen we je sollicitatie niet verder"
            " in behandeling nemen.",
            "likely_scam",
        ),
        (
            "TUISWERK R600 PER DAG GEEN ONDERHOUD NIE STUUR NET JOU VOLLE NAAM EN ID NOMMER NA 065 000 2290",
            "likely_scam",
        ),
        (
            "Senior Account Executive\nRemote - US\n$95,000 - $115,000 base\n5+ years of B2B sales experience\n"
            "Ledgerly is accounts-payable automation software.\nBenefits\n- Medical, dental and vision\n"
            "- Company laptop and $1,000 home-office budget",
            "looks_legitimate",
        ),
        (
            "Account Manager\nUS, GA, Alpharetta\nSalary: $55,000 - $65,000 base plus commission\nWhat you need\n"
            "- 2+ years in staffing sales\nBenefits\n- Medical, dental and vision\n- 401(k) with match",
            "looks_legitimate",
        ),
        (
            "Inside Sales Representative (1099, 100% commission, no base salary)\nUS\nWe help small businesses"
            " lower their credit card processing fees. Reps generate their own leads.",
            "red_flags",
        ),
        (
            "Customer Care Agent\nThe interview is a text-only interview on Microsoft Teams chat. Pay $28/hr.",
            "likely_scam",
        ),
    ],
)
def test_dutch_sales_and_scams_and_job_board_ads_are_read(text, verdict):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # India, in English and Hinglish
        (
            "Work from home telecalling (Hindi)\nSirf Madhya Pradesh ke candidates\n"
            "Fixed salary ₹14,000/month + incentives\n"
            "Company SIM card aur headset ghar pe bhejegi\n5 din ki online training, paid",
            "looks_legitimate",
        ),
        (
            "We are pleased to offer you the position at our Whitefield, Bengaluru centre. Your annual CTC will be"
            " ₹3,20,000 (fixed). You will be on the rolls of the company. Training of three weeks is paid at your full"
            " salary.",
            "looks_legitimate",
        ),
        (
            "UK PROCESS (INBOUND) - GURUGRAM UDYOG VIHAR PH-4\nSalary: 25k in hand + 3k attendance incentive\n"
            "Permanent role on company payroll",
            "looks_legitimate",
        ),
        (
            "Credit card sales – work from home\nSalary nahi hai, har card approve hone pe ₹1,200 commission\n"
            "Leads khud arrange karne honge",
            "red_flags",
        ),
        ("Freelance calling job – contract pe\n50 paise per minute talk time\nKoi minimum payment nahi", "red_flags"),
        (
            "Voice process Gurgaon, salary 16k in hand\nTraining 15 din ki hogi, training ka paisa nahi milega",
            "red_flags",
        ),
        ("Bina interview ke direct joining\nMobile se copy-paste ka kaam\nRoz ₹2,500 kamao, 1-2 ghante", "likely_scam"),
        (
            "Aapke bank account mein customers ka payment aayega, aapko wo paisa turant humare diye hue account mein"
            " bhejna hai. Har transaction pe 3% aapka.",
            "likely_scam",
        ),
        # Short messages and modern scams
        (
            "Reminder guys sched nyo sa Monday 9PM-6AM. Yung training week bayad, same ₱900/day rate. Naka-ship na"
            " headset at PC nyo",
            "looks_legitimate",
        ),
        (
            "Tanggap ka na! Receive ka lang ng parcels sa bahay mo tapos i-forward sa address na ibibigay namin",
            "likely_scam",
        ),
        (
            "Apna CNIC number, walid ka naam aur Easypaisa ka PIN bhej dein, offer letter usi ke baad banega",
            "likely_scam",
        ),
        ("Je taak is bevroren, stort €120 in je wallet om de volgende 10 reviews vrij te spelen", "likely_scam"),
        (
            "Het sollicitatiegesprek doen we hier via de chat, ik stuur je zo de vragen. Salaris €22 p/u thuis",
            "likely_scam",
        ),
        (
            "We'd like to offer u Remote CSR $32/hr. Pls send SSN, DOB and a copy of ur DL so we can prepare ur offer"
            " letter.",
            "likely_scam",
        ),
        (
            "To move to the interview stage HR needs your I-9 documents now: photo of your driver's license,"
            " your Social Security card, and a selfie holding your license.",
            "likely_scam",
        ),
        (
            "Please pay the $65 screening fee through our partner portal within 24 hrs so we can book your interview.",
            "likely_scam",
        ),
        (
            "We're sending you an Interac e-Transfer of $2,400 for your workstation. Please forward $2,150 to our"
            " equipment supplier the same day.",
            "likely_scam",
        ),
        (
            "you just open a crypto account and put in a starting fund of $500. want me to show you how it works?",
            "likely_scam",
        ),
        (
            "Customer Service Advisor – Homeworking\nSalary: £24,800 pro rata\nContract: permanent, 37 hrs Mon–Sat\n"
            "Location: home-based, Bristol\nTraining: 5 weeks paid",
            "looks_legitimate",
        ),
        (
            "Pay range: $18.75–$21.00/hour\nLocation: remote for residents of IA, NE, KS\nWe sponsor your P&C license"
            " after 6 months and pay the exam fee.\nWhat we offer: 4 weeks paid training, company laptop.",
            "looks_legitimate",
        ),
        # Long ads, HTML-stripped
        (
            "Benefits:Rs 70,000 per month&bull;Paid training\nApplication Form:Full name aur date of birth"
            "&bull;CNIC front aur back ki picture&bull;Bank account number aur IBAN\n"
            "Form complete hone ke baad hi interview schedule hoga.",
            "likely_scam",
        ),
        (
            "Dit krijg je:&euro;15,75 bruto per uur + 8% vakantiegeld + reservering feestdagen"
            "&bull;Je bent in loondienst&bull;Vier weken betaalde training",
            "looks_legitimate",
        ),
    ],
)
def test_indian_offers_short_messages_modern_scams_and_long_ads_are_read(text, verdict):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Honest ads whose warnings and FAQ name the tricks
        (
            "Rs 62,000 mahana, permanent employee, Karachi. Paid training. Laptop milega, koi security deposit nahi.\n"
            "Note: hum kabhi bhi fees, deposit ya WhatsApp par interview nahi maangte.",
            "looks_legitimate",
        ),
        (
            "$19.25/hour, full-time W-2. Paid training. Equipment: laptop, monitor and headset provided."
            " Residents of TX,"
            " FL and GA.\nQ: Do you interview by chat? A: No, all interviews are live video calls.",
            "looks_legitimate",
        ),
        (
            "R10 200 per maand, permanent. Betaalde opleiding. Ons stuur vir jou 'n skootrekenaar. Wes-Kaap.\n"
            "Ons stuur herinneringe oor jou onderhoud per WhatsApp, maar die onderhoud self is 'n video-oproep.",
            "looks_legitimate",
        ),
        (
            "₹27,000 per month, full-time employee on company payroll, Pune. Paid training: 3 weeks. Background"
            " verification is done after the offer letter and the cost is borne by the company.",
            "looks_legitimate",
        ),
        (
            "location: US, IL, Chicago\nsalary_range: 40000-45000\ndescription: We are looking for a full-charge"
            " Bookkeeper to join our office team.\nbenefits: Health and dental insurance401(k) with match",
            "looks_legitimate",
        ),
        (
            "Account Manager - Digital Advertising US, NY, New York Client Services $50,000-$60,000 a year. Medical,"
            " dental, vision and a 401(k).",
            "looks_legitimate",
        ),
        (
            "Inbound callcenter agent – thuis\n€2.650 bruto/mnd bij 38u, vast contract na proeftijd\n"
            "headset + laptop worden opgestuurd",
            "looks_legitimate",
        ),
        (
            "thuiswerken servicedesk medewerker ICT!! 2800-3200 bruto pm op basis van 40 uur, vaste aanstelling,"
            " laptop van de zaak.",
            "looks_legitimate",
        ),
        (
            "Deeltydse oproepagent, R42/uur. Indiensneming by ons (nie kontrakteur nie), betaalde opleiding van 5 dae."
            " Net Suid-Afrikaanse burgers/inwoners.",
            "looks_legitimate",
        ),
        (
            "₱20,000 basic, Regular employee, Cebu-based applicants. Walang bayad ang training — kayo pa ang babayaran"
            " (2 weeks, full salary).",
            "looks_legitimate",
        ),
        (
            "$16.50/hour, W-2 employee, paid training, AZ and NM. After you receive our written offer, a background"
            " check is required; the $45 fee is paid by you to our screening provider.",
            "looks_legitimate",
        ),
        # The one detail that gives a polished scam away
        (
            "€16,20 bruto per uur, loondienst. Thuiswerkplek: wij maken €1.900 over naar je eigen rekening. Daarvan"
            " maak je €1.650 over naar onze IT-leverancier.",
            "likely_scam",
        ),
        (
            "Voor jou eerste dag aktiveer jy jou sagtewarelisensie: koop Google Play-koopbewyse ter waarde van R1 500"
            " en stuur die kodes aan die IT-afdeling.",
            "likely_scam",
        ),
        (
            "Interview schedule karne se pehle payroll setup ke liye apne CNIC ki dono taraf ki tasveer aur bank"
            " account"
            " number (IBAN) is form mein bhejein.",
            "likely_scam",
        ),
        (
            "DATA ENTRY CLERKS NEEDED - $40/HR\nUS, , \nWork for thousands of workers in the US and Canada."
            "No experience"
            " neededNo interview required - you are hired as soon as you register.",
            "likely_scam",
        ),
        (
            "P.S. Successful candidates cover the order with Apple gift cards; we reimburse them on the first"
            " paycheck.",
            "likely_scam",
        ),
        ("Criminal record check – $65, paid by the candidate before we book interviews.", "likely_scam"),
        (
            "Your tasks: Payments from our US customers will be received into your personal bank account. You transfer"
            " the remaining balance to our company accounts.",
            "likely_scam",
        ),
        ("5,000 روپے سیکیورٹی جمع کروائیں، جوائننگ سے پہلے", "likely_scam"),
        # A fundraiser's pay per sign-up is commission, not a fee
        ("Street fundraiser, London. Self-employed, commission only: £20 per sign-up, no basic salary.", "red_flags"),
    ],
)
def test_polished_ads_their_warnings_and_the_one_detail_that_gives_a_scam_away(text, verdict):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == verdict


def test_bank_details_asked_with_new_hire_forms_before_the_interview_is_data_before_an_offer():
    text = (
        "Remote administrative clerk, $17-$20 per hour. To move forward, complete and return the attached W-4 and"
        " direct deposit form with your bank account and routing number, together with a copy of your driver's"
        " license, to crestview.hrdesk@gmail.com. Once received we will schedule your orientation and interview."
    )
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == "likely_scam"


def test_a_uk_full_time_salary_is_judged_over_a_37_and_a_half_hour_week():
    legal = "Sales Advisor\nRemote in Manchester\n£25,000 a year\nPermanent, Full-time\n• Paid training"
    below = "Sales Advisor\nRemote in Manchester\n£22,000 a year\nPermanent, Full-time\n• Paid training"
    assert evaluate(extract(legal).to_offer(), RuleConfig()).verdict == "looks_legitimate"
    assert evaluate(extract(below).to_offer(), RuleConfig()).verdict == "red_flags"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Me: someone on reddit said these jobs send you a check for equipment??\nRecruiter: Not us. We will never"
            " mail you a check. $18.25/hr, full-time employee with benefits, paid training for 2 weeks, laptop shipped"
            " from our IT dept, hiring in Ohio only. Phone interview Tuesday?",
            "looks_legitimate",
        ),
        (
            "Me: May babayaran po ba? Yung iba po kasi nanghihingi ng processing fee at ATM card\nHR: Wala po kaming"
            " sinisingil kahit kailan. Ang SSS, TIN at bank details ay sa HR portal lang ise-submit after mo pumirma ng"
            " job offer. ₱24,000/month, regular, 4 weeks paid training, laptop provided, Cebu site.",
            "looks_legitimate",
        ),
        ("Recruiter: Om te onttrek moet jy eers jou VIP-vlak aktiveer. Laai net R500 op.", "likely_scam"),
        (
            "Recruiter: Ons gesprek doen wij volledig via deze chat. Eerste vraag: waarom wil je thuiswerken?",
            "likely_scam",
        ),
        (
            "Recruiter: Je bestelt het thuiswerkpakket in onze webshop: headset + softwarelicentie voor €75, voor je"
            " startdatum betaald.",
            "likely_scam",
        ),
        ("Recruiter: To start, grab the Starter Bundle for $149, that activates your account.", "likely_scam"),
    ],
)
def test_pasted_conversations_are_read_by_what_the_employer_side_says(text, verdict):
    assert evaluate(extract(text).to_offer(), RuleConfig()).verdict == verdict


def test_a_kit_priced_after_the_pay_rate_in_one_sentence_is_still_a_fee():
    offer = extract("Customer service agent. Pay $20/hr; starter kit $99 once hired.").to_offer()
    assert [(fee.kind, fee.amount) for fee in offer.fees] == [("starter_kit", 99)]


def test_a_list_of_countries_is_no_job_board_location_field():
    regions = extract("We hire in US, UK, Canada and more.").to_offer().hiring_regions
    assert "GB" in regions and "CA" in regions


def _verdict(text: str) -> str:
    return evaluate(extract(text).to_offer(), RuleConfig()).verdict


@pytest.mark.parametrize(
    "text",
    [
        "Home agents, Durban. R7 500 + commission. Before the interview you need a police clearance, which our agent"
        " arranges for R450 (pay into the account below).",
        "Customer care, $19/hr W-2, paid training, hiring in OH and MI. Interviews are text-only: reply to this SMS.",
        "Agent, $18.50/hr W-2. To book your interview, upload photos of the front and back of your driver's license"
        " and a voided check.",
        "Agent, $19.10/hr W-2. Buy your headset and webcam from our equipment partner before orientation; the $140 is"
        " reimbursed on your second paycheck.",
        "To be considered for an interview please inbox:\n✅ Certified copy of your ID\n✅ Banking details\n✅ CV",
        "Receive client payments into your FNB / Capitec account, keep 10% and pay the rest over to our UK office.",
        "Complete our contact centre certificate (R1 950) and get placed with a BPO partner. Payment required before"
        " placement.",
        "Om je aanmelding af te ronden log je in met DigiD en upload je een selfie met je paspoort.",
        "Eenmalige instap € 149 en je verdient aan elke nieuwe partner die jij aanbrengt.",
        "Voordat we je kunnen inroosteren, koop je de headset + softwarelicentie (€ 129) via onze webshop.",
        "Voice process, CTC 4.8 LPA. To release your offer letter, pay a refundable ₹2,850 for background"
        " verification.",
        "Company SIM & kit bhejegi — ₹1,250 kit charges PhonePe karo. Phir Aadhaar + OTP share karna.",
        "ہر ریویو پر 300 روپے۔ پہلے اپنے اکاؤنٹ میں 5,000 روپے جمع کرائیں تاکہ ٹاسک کھلیں۔",
        "Quality checker: darating sa bahay mo ang mga iPhone, tapos ipadala mo abroad gamit yung labels namin.",
        "Activate your partner account for ₱999 and earn ₱300 for every friend you invite.",
        "Hired ka na! Ipapadala namin sa GCash mo ang ₱28,000 pambili ng laptop, i-send mo sa vendor namin ang"
        " ₱26,500.",
        "To proceed with your application our team needs a photo of your PhilSys ID and a selfie holding it."
        " Interview schedule will be sent once verified.",
        "Please purchase the Agent Tech Bundle ($129) through our onboarding portal before your first day.",
        "Outbound, $17/hr. New agents pay a $89 one-time dialer license fee before your first login.",
        "Joining process: interview ke baad Rs 5,000 refundable security deposit jama karwana hoga, deposit ke baad"
        " joining letter issue hoga.",
    ],
)
def test_fees_data_and_money_handling_said_in_passing_are_likely_scams(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # What a job is about, or a fee once hired, is no fraud signal.
        (
            "Member support, $21-$23.50/hr, employee with 401(k), paid training, equipment provided, WA and ID"
            " residents. Help members with balance questions and mobile check deposit holds.",
            "looks_legitimate",
        ),
        (
            "Seasonal customer care, $18/hr employee, paid training, hiring in FL and GA. Track shipments and reship"
            " lost gifts from our warehouse (you just place the order in the system).",
            "looks_legitimate",
        ),
        (
            "$16.50/hr, full-time employee, paid training, Ohio residents, laptop provided. After you accept the"
            " written offer, a provider runs your background check; new hires pay a one-time $40 processing fee,"
            " which we reimburse on your first paycheck.",
            "looks_legitimate",
        ),
        (
            "Noida | Voice Process\n₹21,000/month\n₹5,000 security deposit deducted from first salary, returned after"
            " 12 months.\nPaid training.",
            "red_flags",
        ),
        # Weekly pay is how many honest contractors are paid, no get-rich pitch.
        (
            "Appointment setter, $4.50/hr, 40 hrs/wk, independent contractor, weekly pay via Wise. Philippines-based"
            " applicants only. First week is training, paid at the same rate.",
            "looks_legitimate",
        ),
        ("Outbound sales, Durban\nBasic + commission\nPermanent\nLeads provided", "ask_more_questions"),
    ],
)
def test_ordinary_work_fees_once_hired_and_weekly_pay_are_judged_as_they_are(text, verdict):
    assert _verdict(text) == verdict


def test_no_clearance_no_interview_is_no_hiring_without_an_interview():
    assert "interview_skipped" not in answers("Police clearance needed. No clearance = no interview.")


@pytest.mark.parametrize(
    ("text", "basis", "amount", "currency"),
    [
        ("TSR, Cebu (Mandaue), 19,000 + commission, may HMO", "salary", "228000.00", "PHP"),
        ("Lahore CSR\n55 hazar + 5 hazar night allowance\nPermanent", "salary", "660000.00", "PKR"),
        ("Customer Service (Pasig)\nMonthly: 22,000–25,000 + night differential", "salary", "264000.00", "PHP"),
        ("ESL tutor, ₱65 per 25-min class, no minimum bookings", "call", "65.00", "PHP"),
        ("Afspraken inplannen: € 15 per bevestigde afspraak, geen vast loon.", "call", "15.00", "EUR"),
    ],
)
def test_salaries_named_by_what_is_added_and_pay_per_class_or_appointment_are_read(text, basis, amount, currency):
    found = answers(text)
    assert (found["pay_basis"], found["pay_amount"], found["pay_currency"]) == (basis, Decimal(amount), currency)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("You complete a 10-day online certification programme. This period is unpaid.", "training_pay", "unpaid"),
        ("Pehle 1 mahina training — is ka koi pay nahi.", "training_pay", "unpaid"),
        ("Sa amin WALANG training fee, PAID pa ang training (₱700/day).", "training_pay", "paid"),
        ("Lahore CSR. Training ki full pay.", "training_pay", "paid"),
        ("Contract voor 1 jaar, daarna vast bij goed functioneren.", "worker_status", "employee"),
        ("بیسک تنخواہ کوئی نہیں، ہر سیل پر 10 فیصد کمیشن۔", "base_pay", "no"),
        ("Loan sales – commission basis lang po. Walang fixed na sahod.", "base_pay", "no"),
    ],
)
def test_training_pay_contract_and_base_pay_said_in_other_ways_are_read(text, field, value):
    assert answers(text)[field] == value


@pytest.mark.parametrize(
    "text",
    [
        "Chat agents!! send ur ID front & back + a selfie holding it to get on the list 😊",
        "Klantbetalingen komen binnen op je eigen rekening, jij maakt ze dezelfde dag over naar ons.",
        "Payment rep: customer payments land in your personal bank account, you forward them via Zelle.",
        "Pasado ka sa initial interview. Bili ka ng Training Kit (module + headset) ₱1,499 sa amin para maka-attend"
        " ng nesting. Need muna bayaran via GCash.",
        "Partner agency namin naghahire ng chat agents! Reg fee lang ₱299 para ma-endorse kayo.",
        "Onboarding: bumili ng company-approved laptop sa supplier namin (₱18,500). Ire-reimburse po sa 2nd payroll.",
        "Para sa payroll set-up, may darating na 6-digit code sa GCash nyo. Pakisend dito agad.",
        "Pay the ₱1,150 medical & drug test fee to our clinic partner via GCash before your contract signing.",
        "Kami na mag-process ng NBI clearance mo, ₱1,300 all-in. Send lang via GCash bago yung contract signing.",
        "Para makita ng US clients ang CV mo, i-upgrade mo account to Premium Seeker ₱799/month.",
        "Volgende stap: koop die opleidingsmateriaal en aanlyn toets vir R380.",
        "Ons betaal vandag R12 000 in jou rekening in. Stuur R9 500 daarvan aan ons IT-verskaffer.",
        "Stuur asb:\n1. Foto van jou ID (voor en agter)\n2. Bankbesonderhede\nSodra ons dit het, skeduleer ons jou"
        " onderhoud.",
        "Koop die R1 500 starter-pakket en verdien R200 vir elke nuwe agent wat jy inbring.",
        "Jy het net ons starter-pakket nodig: kopstuk, skriphandleiding en SIM-kaart – R850\nBetaal vandag.",
        "Aktiveer jou agentrekening vir net R100 (eenmalig) en ontvang jou eerste oproepe.",
        "Jy huur jou rekening aan ons uit, ons stuur die betalings in en jy stuur dit aan na ons hoofrekening.",
        "Tuiswerk-agent: R2 500 per dag, geen ervaring of onderhoud nodig nie. Begin môre.",
    ],
)
def test_kits_codes_wallet_fees_and_accounts_lent_in_taglish_afrikaans_and_english_are_likely_scams(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # The employer pays: a wage, a training bonus; a chat job with a video interview; a deduction for gear once
        # hired is a red flag, not a training fee.
        (
            "Call centre in Goodwood. Hulle betaal R8 500 'n maand, djy's permanent na drie maande, en hulle gee djou"
            " 'n laptop en 'n headset. Djy moet in die Kaap bly. Moenie op WhatsApp apply nie, gaan op hulle website.",
            "looks_legitimate",
        ),
        (
            "Inside sales, $17.50/hour base + commission. W-2 employee. Training: 4 weeks of paid training plus a"
            " training bonus of $250 when you complete it. Laptop and headset provided. Hiring in GA, FL, NC.",
            "looks_legitimate",
        ),
        (
            "Customer support, $17/hr, full-time employee, paid training (2 weeks), hiring in TX and FL. The laptop is"
            " issued on your first day of training, and $15.00 per week is deducted from each paycheck for it.",
            "red_flags",
        ),
        (
            "Skuldberading-konsultant\nKommissiebasis: R500 per kliënt wat aansluit\nGeen basiese salaris nie\n"
            "Onafhanklike kontrakteur\nOnderhoud op Teams",
            "red_flags",
        ),
        (
            "Virtual Assistant – Real Estate Team (Texas)\nWage: $5.50/hr USD\nIndependent contractor\nPaid"
            " onboarding\nFilipino applicants only.",
            "looks_legitimate",
        ),
        ("Chat moderator, ₱90/hr. May 5-day TRIAL na walang bayad. Independent contractor, PH-based.", "red_flags"),
        (
            "WFH sales, solar account. Earn as much as ₱60,000 a month! ₱25 per successful sale. Walang basic salary,"
            " walang minimum. Freelancer.",
            "red_flags",
        ),
    ],
)
def test_pay_the_employer_gives_chat_work_and_claims_of_earnings_are_judged_as_they_are(text, verdict):
    assert _verdict(text) == verdict


def test_chat_only_work_beside_a_video_interview_is_no_chat_hiring():
    text = "Live chat agent, $20/hr employee. Chat only, no phone calls. Hiring: a 15-minute video interview."
    assert answers(text).get("chat_app_interview") != "yes"


def test_an_amount_ending_a_title_line_is_no_employer_name():
    assert "employer_name" not in answers("Starter kit needed: headset and SIM card – R850")


@pytest.mark.parametrize(
    "text",
    [
        "Gramin tele-sahayak yojana, ₹21,000/month. Online aavedan shulk: ₹750 – UPI se.",
        "Customer Care WFH, salary 24,600 + PF. Joining kit (headset + SIM + ID) ₹1,850 via Paytm.",
        "Om je account te activeren waardeer je eerst je saldo op met minimaal 50 USDT.",
        "Krijg je een premium boeking, dan komt je saldo negatief te staan en moet je dat eerst aanvullen voordat je"
        " verder kunt.",
        "Schrijf je in: meld je aan met itsme en vul je bankkaartnummer in zodat we je loon kunnen storten.",
        "Parcel associate: accept deliveries for our clients, remove the invoice and re-send using labels from our"
        " portal.",
    ],
)
def test_hindi_fees_kits_priced_after_their_contents_dutch_top_ups_and_relabelled_parcels_are_likely_scams(text):
    assert _verdict(text) == "likely_scam"


def test_a_recruiter_who_will_phone_is_no_chat_only_hiring():
    text = (
        "Gesprek uit WhatsApp:\nRecruiter: Hoi Tessa, bedankt voor je reactie! Kan ik je morgen bellen?\n"
        "Tessa: Ja prima.\nRecruiter: Ik bel om 14:00."
    )
    assert answers(text).get("chat_app_interview") != "yes"


def test_an_urdu_security_deposit_cut_from_the_first_salary_is_taken_once_hired():
    text = "کال سینٹر، تنخواہ 45,000 روپے۔ سیکیورٹی ڈپازٹ 5,000 روپے پہلے ماہ کی تنخواہ سے کٹوتی ہوگی۔"
    offer = extract(text).to_offer()
    assert [(fee.kind, fee.timing) for fee in offer.fees] == [("other", "after_offer")]


@pytest.mark.parametrize(
    "text",
    [
        "Support rep, $21/hr permanent employee, paid training, ON and MB. We e-transfer your equipment allowance to"
        " you first, then you send it to our IT vendor.",
        "Claims agent, $20/hr W2, paid training, hiring TX and GA. Your setup budget is sent to you by Zelle; you"
        " forward it to the vendor on our list.",
        "Klantenservice, €15,80 per uur, loondienst, betaalde training. We maken het budget eerst naar je rekening"
        " over, daarna bestel je alles bij onze vaste leverancier.",
        "CSR, ₱27,000/month, paid training. Isesend muna namin sa GCash mo ang pambili, tapos bayaran mo sa supplier"
        " namin.",
        "Associate, $19/hr W-2, paid training. In week one you help a client: buy gift cards with the funds we send and"
        " text the codes to your lead.",
        "Care rep, $20/hr employee, paid training. Our partner bank opens a payroll account in your name during"
        " onboarding.",
        "Success associate, $50,000/yr employee, paid training, laptop shipped. To receive your offer letter, sign in"
        " to your bank in our HR app.",
        "Agent, $21/hr employee, paid training, hiring in SK. Before day one you need the dialer bundle from our"
        " approved vendor (reimbursable).",
        "Advocate, $18/hr employee, paid training. Complete the pre-interview screening; the $45 deposit is credited"
        " back after hire.",
        "Agent, $20/hr, Canada. To hold your seat, send an e-transfer of $95 for your CRM licence before training.",
        "Geluk! Ons deponeer R9 000 vir toerusting. Stuur asseblief binne twee dae R8 000 aan ons verskaffer.",
        "Welcome! Padadalhan ka namin ng cheque. I-deposit mo sa bank mo tapos i-send ang ₱30,000 sa supplier namin.",
        "WFH CSR ₱25k. Requirements: resume + ₱600 processing fee\nBayad via GCash bago ma-schedule ang interview",
        "HIRED! Bago ang contract signing, bayaran muna ang:\n• Company ID – ₱300\n• Headset – ₱900",
        "Voordat ons jou onderhoud skeduleer, stuur asb:\n- Afskrif van ID\n- Kaartnommer en vervaldatum",
        "Verdien R700/dag! Vir die volgende vlak, herlaai jou rekening met 40 USDT om die take te ontsluit.",
        "Kontaksentrum werf agente, R9 000 pm. Om aansoek te doen, SMS JOB na 31 555 (R5,00 per SMS).",
        "Welkom! Om aan te meld moet jy eers 'n 1Voucher van R400 koop vir die sagteware-lisensie.",
        "Reviews plaatsen, €2 per taak. Upgrade naar VIP-niveau voor €80 en krijg €4 per taak.",
        "Admin assistent. Betalings van kliënte word in jou rekening betaal en jy stuur dit binne 'n uur aan na ons.",
    ],
)
def test_money_passed_on_data_and_fees_said_in_passing_in_complete_offers_are_likely_scams(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Employer named on the board's company line, weekly payroll by direct deposit, a U.S. hiring area by count
        (
            "Remote Reservations Agent\nPine Ridge Lodges - Remote in Tennessee\n$15.00 an hour\nW-2 employee, paid"
            " weekly by direct deposit. Paid training: one week. Hiring in 12 states.",
            "looks_legitimate",
        ),
        (
            "Klantenservice thuis\nSalaris: €16,20 per uur (CAO)\nContract 6 maanden via payroll\nTraining: eerste week"
            " op kantoor (betaald + reiskosten)",
            "looks_legitimate",
        ),
        ("Kontrakteurs: R45 per uur. 'n Stelselfooi van R100 per maand word van jou betaling afgetrek.", "red_flags"),
        ("Inbel-agent, R8 000 pm. Die eerste 5 dae is 'n onbetaalde proeftydperk. Daarna UIF.", "red_flags"),
    ],
)
def test_board_company_lines_payroll_wording_and_afrikaans_deductions_are_judged_as_they_are(text, verdict):
    assert _verdict(text) == verdict


def test_a_job_boards_estimated_salary_is_not_the_employers_pay():
    text = "Customer Service Rep\nAcme Finance - Remote in Georgia\nEstimated $30.1K - $38.1K a year\nFull-time"
    assert extract(text).to_offer().pay_amount is None


def test_lakhs_of_rupees_a_month_are_a_monthly_salary():
    offer = extract("Customer support – 2.5 lakh PKR monthly, Karachi").to_offer()
    assert (offer.pay_basis, offer.pay_amount, offer.pay_currency) == ("salary", 3_000_000, "PKR")


@pytest.mark.parametrize(
    "text",
    [
        "Payment agent. Clients ka paisa aap ke Easypaisa account mein aayega, baaqi hamare wallet par bhej dein.",
        "Congrats, ₱40,000/month WFH CSR. Settle the ₱1,000 processing fee for your medical via GCash before your JO is"
        " released.",
        "Support Specialist, $22/hr W-2, US. Onboarding: new hires receive a payment to buy approved equipment from our"
        " vendor.",
        "Thuiswerk: je ontvangt pakketten thuis, gaat ze ompakken en verstuurt ze met onze labels naar het buitenland.",
    ],
)
def test_wallet_mules_fees_before_a_job_order_equipment_payments_and_repacking_are_likely_scams(text):
    assert _verdict(text) == "likely_scam"


def test_a_background_check_fee_payable_once_you_accept_a_written_offer_is_due_after_the_offer():
    text = (
        "Attached is your written offer (Employee, $17/hr, paid training, residents of Utah). Our screening vendor"
        " charges a one-time $40 fee, payable once you accept."
    )
    offer = extract(text).to_offer()
    assert [(fee.kind, fee.timing) for fee in offer.fees] == [("background_check", "after_offer")]


@pytest.mark.parametrize(
    "text",
    [
        "Intake rep, $19/hr W-2, paid training, hiring in OH. Your equipment funds come by Interac before day one.",
        "Agent, $18/hr employee, paid training, TX. Pick up your headset at our partner store before orientation.",
        "Klantenservice, €15,50 per uur, loondienst, betaalde training. Bevestig je account met je inloggegevens.",
    ],
)
def test_money_apps_partner_stores_and_bank_codes_named_with_no_purpose_are_a_question(text):
    assert extract(text).to_offer().answer("money_mentioned") == "yes"
    assert _verdict(text) == "ask_more_questions"


@pytest.mark.parametrize(
    "text",
    [
        "Top agents each month earn a $100 Visa gift card.",
        "Help customers check gift card balances and resend e-gift codes.",
        "We will never ask you to buy gift cards, crypto or send money by Zelle.",
        "Salary ke liye bank account number (IBAN) HR ko dein.",
        "Contractors are paid weekly via PayPal.",
        "Crypto knowledge not required, we teach it.",
    ],
)
def test_rewards_customers_money_warnings_and_pay_channels_are_no_unclear_money(text):
    assert extract(text).to_offer().answer("money_mentioned") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        # Money reaches the seeker first and goes on to someone else, in words no phrase list holds
        "Rep, $20/hr W-2, paid training, MI. Our office will e-transfer $1,200 to you today; please forward $1,100 to"
        " our setup partner.",
        "Agent, $19/hr employee, paid training. Tonight you'll receive a transfer of $900. Send the rest to Dana,"
        " another new hire in your class.",
        "Billing rep, $21/hr W-2. Some clients pay by wire, and those payments go to your personal checking account."
        " Each evening you move the day's total to the company's account.",
        "Thuiswerk, €15,40 per uur, loondienst. Morgen maken we €1.200 over op je rekening. Wil je daarvan €1.000"
        " doorboeken naar onze IT-partner?",
        "WFH CSR ₱26,000/month. Ang bayad ng customers ay papasok sa personal GCash mo muna. Tapos i-transfer mo yung"
        " total sa company account.",
        "Support rep, $18/hr W-2, paid training. Please buy your headset at our partner store before training;"
        " we reimburse it on your first paycheck.",
        "Support rep, $18/hr W-2, paid training. Refunds to customers are paid from your personal PayPal.",
    ],
)
def test_money_that_reaches_the_seeker_and_goes_on_or_leaves_their_own_account_is_a_likely_scam(text):
    assert _verdict(text) == "likely_scam"


def test_wages_paid_into_your_account_and_forms_sent_to_a_team_are_no_money_passed_on():
    text = (
        "Rep, $19/hr W-2, paid training, hiring in OH. Your pay is deposited to your bank account every Friday. Send"
        " your signed forms to our HR team."
    )
    assert extract(text).to_offer().answer("money_handling") != "yes"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Bank credentials are never needed, even "to finish payroll setup" after the offer
        (
            "Welcome aboard! To finish payroll setup, reply with:\n- Bank name\n- Online banking username\n- Online"
            " banking password",
            "likely_scam",
        ),
        (
            "Offer letter banane se pehle apne CNIC ki tasveer aur bank account number is email par bhej dein.",
            "likely_scam",
        ),
        (
            "Clients aap ke JazzCash account mein payment bhejenge, aap woh raqam hamare diye gaye account mein"
            " transfer karein.",
            "likely_scam",
        ),
        # A law's name is no fee; a share of what you collect with no base is commission only
        (
            "Incasso medewerker, €2.600 bruto per maand bij 36 uur, vast dienstverband, betaalde opleiding Wet"
            " incassokosten, laptop van de zaak, wonen in Nederland.",
            "looks_legitimate",
        ),
        ("Debt collectors, 1099. Earn 20% of every dollar you collect, no base pay. Remote in the US.", "red_flags"),
        (
            "No fixed salary. Earn ₹500 per card approved. Call your own contacts (friends, WhatsApp groups)."
            " All India.",
            "red_flags",
        ),
        # The worker's country, not the client's
        (
            "Chat support for a UK fintech company. $450/month fixed, independent contractor, paid training. Sirf"
            " Pakistan mein rehne wale.",
            "looks_legitimate",
        ),
        (
            "Hiring: seasonal support through our staffing agency (you're our employee, paid weekly). $21.00/hr, paid"
            " training, laptop provided, residents of Ontario and BC.",
            "looks_legitimate",
        ),
    ],
)
def test_bank_keys_urdu_requests_collections_pay_and_offshore_clients_are_judged_as_they_are(text, verdict):
    assert _verdict(text) == verdict


def test_a_monthly_salarys_stated_hours_decide_its_hourly_rate_over_the_titles_range():
    text = "Klantcontact – 24 tot 36 uur\nSalaris: €2.650 bruto per maand bij 36 uur"
    assert extract(text).to_offer().hours_per_week == 36


@pytest.mark.parametrize(
    "text",
    [
        # Gear paid first on the company's word, before starting, repaid from pay later: the fake-vendor scheme
        "Agent, $19/hr W-2, paid training, hiring in OH. Before your start, buy the headset from Staples on my list,"
        " put it on your card, and it comes back on your first paycheck.",
        "Agent, $20/hr employee, paid training. To be Cleared for Training, place your order for the home office kit at"
        " our saved cart. The total is $980, which you cover at checkout and claim back in your first paycheck.",
        # The seeker's own account moves the company's money
        "Billing agent, $21/hr W-2. Customers send their payments to the personal checking account you register with"
        " us, and you send each payment on to the client the same day.",
        "Onboarding: Load 100 wallet credits by e-transfer; the credits unlock the training modules.",
        "Agent, $19/hr W-2. Your interview runs as a typed session in Teams chat, no audio or video.",
        "Welkom! Onze salarisadministratie maakt vandaag een voorschot van €1.500 over naar de rekening die je hebt"
        " opgegeven. Wil je daarvan €1.300 doorboeken naar onze inrichtingspartner?",
    ],
)
def test_gear_paid_first_accounts_that_move_company_money_wallet_credits_and_typed_interviews_are_likely_scams(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        "Support rep, $18/hr W-2, paid training, hiring in OH, laptop provided. Supervisors award points you can redeem"
        " for gift cards.",
        "Support rep, $18/hr W-2, paid training, hiring in OH, laptop provided. Will you ever ask me to buy gift cards"
        " or deposit a check? Never.",
        "Customer care, Rs 70,000 monthly, permanent employee, paid training, Lahore. Hum interview sirf phone ya video"
        " pe karte hain, WhatsApp chat pe nahi. Company laptop deti hai.",
    ],
)
def test_gift_card_rewards_a_seekers_own_question_and_a_chat_app_ruled_out_are_no_fraud_signals(text):
    assert _verdict(text) != "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        # A deposit on the company's gear, paid before it ships, "returned when you leave": money before the job
        "Klantenservice thuis, €15,60 bruto per uur, loondienst, betaalde training, heel Nederland. Om je plek te"
        " reserveren maak je vóór het contract €175 borg over voor de laptop (terug bij uitdiensttreding).",
        "WFH CSR, ₱26,000 basic, regular employee, paid training, Metro Manila. We just need a refundable ₱3,500"
        " accountability bond for the laptop, sent through GCash before the unit is dispatched.",
        # Money paid in to you, most of it paid on to the company's supplier
        "Kliëntediens, R13 000 per maand, permanente werknemer, betaalde opleiding, Gauteng. Ons betaal R9 500 in jou"
        " bankrekening in vir toerusting; hou R500 vir data en betaal die res aan ons IT-verskaffer oor.",
        # Customers' money through the seeker's own account
        "Billing agent, $18.50/hr W-2, paid training, all US states. Some customers pay by bank transfer; those"
        " payments will land in your personal checking account, and you forward them to our processing partner.",
        "Agent, $19.95/hr W-2, paid training, AZ only. Please connect your personal Chime or Cash App account in the"
        " payout form. Customers send their top-ups there, and you pass them along to our collections account.",
        # The fake check, bought on from the company's partner
        "Agent, $19.50/hr W-2, paid training, GA only. We send new hires an electronic check for the equipment. You"
        " deposit it, then purchase your bundle from our logistics partner by Zelle.",
    ],
)
def test_refundable_gear_deposits_and_money_through_the_seekers_account_are_likely_scams(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        "Voice process, Kolkata. Salary ₹19,500 + incentive. Company laptop given. ₹1,500 will be deducted every month"
        " from salary for first 6 months as laptop security, refunded after 1 year of service. Paid training 7 days.",
        "Remote appointment setter, W-2, $17.25 per hour, Buffalo, New York. Training: 3 days, paid. Equipment:"
        " softphone on your own computer; headset reimbursed up to $40.",
        "Agent, $19/hr W-2, paid training, hiring in OH. Please add your personal checking account in Workday so we"
        " can pay you by direct deposit.",
    ],
)
def test_a_deduction_refunded_later_a_capped_reimbursement_and_a_payroll_account_are_no_fee_before_the_job(text):
    assert _verdict(text) != "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        # An account kept for the customers' money, its balance passed on
        "AR representative, $22/hour, W-2, paid training, hiring in OH. Each representative maintains a personal"
        " checking account dedicated to client remittances. Incoming payments are transferred to our clearing account"
        " by wire.",
        "Payments adviser, £26,000 per annum, permanent, paid training, UK only. You will open a second current account"
        " in your own name; customer instalments are paid into it, and you sweep the balance to our client account.",
        "Support, Rs 55,000 mahana, permanent employee, paid training, Karachi. Jin customers ke paas card nahi, woh"
        " apni payment aap ke apne Easypaisa ya JazzCash account mein bhejenge. Aap yeh raqam company ke diye gaye"
        " account mein transfer karenge.",
        # The fake check as a grant or an advance
        "Welcome! $20.75/hr, W-2, paid training, MI only. Finance is issuing you an advance in the form of a check for"
        " $3,860. When it clears, our software licensing partner will send you their payment instructions.",
        "Adviser, £13.15/hour, permanent employee, paid training, UK-wide. Your home-working grant (£2,450) will be"
        " posted to you as a cheque. Our furniture partner is then paid directly by you from the grant.",
        # Gear ordered first from the company's partner, repaid later
        "Agent, $20/hr W-2, paid training, hiring in NC. Orders are placed with our fulfillment partner before your"
        " first training day ($899 package). Finance reimburses the cost across your first two paychecks.",
        # A typed interview, however said
        "Agent, $21.75/hour employee, paid training, hiring in Ontario. Your screening interview takes place in Teams"
        " chat: the interviewer types the questions and you reply in writing.",
        "Klantadviseur, €15,90 bruto per uur, loondienst, betaalde opleiding, heel Nederland. Het sollicitatiegesprek"
        " vindt plaats via Telegram: jij beantwoordt de vragen schriftelijk. Bellen is in deze ronde niet nodig.",
        # Parcels at home under your name, relabelled and sent on
        "Returns coordinator, $21/hour, W-2, paid orientation, hiring in PA. Merchandise will be delivered to your home"
        " address under your name. You apply the outbound label we e-mail you and drop the parcel at UPS.",
        # Identity and bank data before any interview, the bank's code passed on
        "Claims intake, $18.75/hour, W-2, paid training, hiring in VA. Before we can submit you to the hiring manager"
        " for an interview, we need a packet. Please reply with your Social Security number and date of birth.",
        "Agent, $17/hr W-2, paid training, hiring in TX. Applicants pre-complete their paperwork before the phone"
        " screen: the I-9 (upload images of your identity documents) and your account and routing number.",
        "Welcome aboard! $18.00/hour, W-2, paid training, hiring in FL. You will receive a text with a 6-digit code"
        " from your bank. Please forward that code to me so I can complete the payroll link.",
    ],
)
def test_accounts_kept_for_customers_money_grants_by_cheque_typed_interviews_and_parcels_are_likely_scams(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        "Email support, ₱21,000 basic, probationary employee, paid training, Visayas and Mindanao, we provide the"
        " headset. Salary is credited to your own bank account every 15th and 30th.",
        "Inbound sales, base $16/hour plus $25 per activated system, W-2 employee, paid training, hiring in PA."
        " Equipment: company-issued laptop; you supply a USB headset (about $30 at any store).",
        "Adviser, £25,400 per year, permanent, paid induction, anywhere in England. We provide a laptop, headset and a"
        " £25 monthly broadband contribution.",
    ],
)
def test_wages_into_your_account_a_sales_bonus_gear_bought_anywhere_and_an_allowance_are_no_warnings(text):
    assert _verdict(text) == "looks_legitimate"


@pytest.mark.parametrize(
    "text",
    [
        "Remote CSR job, 50k fixed. Joining se pehle company se headset aur dialer license lena zaroori hai – total"
        " Rs 4,500. Payment ke baad hi aap ko login milega.",
        "Customer support ka namin for crypto exchange client, ₱1,200/day. Part ng trabaho: bibili ka ng USDT gamit"
        " ang GCash mo tapos isesend sa wallet address na ibibigay ng team leader.",
        "Hired ka na agad, walang interview! Chat Support Agent, ₱45,000 KADA LINGGO, 2–3 hours lang per day.",
        "Napili kayo for CSR, ₱32,000/mo, WFH. Para ma-release ang Job Offer, kailangan bayaran ang ₱2,800 medical"
        " exam fee sa aming partner clinic.",
        "Part time job. Apne JazzCash/EasyPaisa account mein hamare customers se payments receive karein aur baqi"
        " raqam hamare manager ke account mein bhej dein.",
    ],
)
def test_gear_bought_from_the_company_before_joining_crypto_bought_and_sent_and_a_fee_to_release_the_offer_are_scams(
    text,
):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        "Klantenservice thuis, €15,20 bruto p/u in loondienst. De opleiding duurt 2 weken (ma-vr 9-13u, online) en is"
        " onbetaald. Laptop en headset van ons. Heel Nederland.",
        "Verkoop begrafnispolisse van die huis af – NET KOMMISSIE\nR250 per polis wat jy verkoop\nOns gee nie leads"
        " nie, jy bel jou eie kontakte.",
        "Outbound sales – WFH – R6 800 basic + commission, UIF, leads supplied. R350 per month for the dialler and CRM"
        " licence gets deducted from your salary.",
        "Outbound sales agents\nHar sale pe Rs 800\nBasic salary nahi hai, sirf per sale payment\nLeads company degi.",
    ],
)
def test_unpaid_training_said_late_afrikaans_commission_only_and_a_monthly_software_deduction_are_red_flags(text):
    assert _verdict(text) == "red_flags"


def test_a_monthly_deduction_is_not_read_as_the_pay():
    offer = extract("R350 per month for the dialler and CRM licence gets deducted from your salary").to_offer()
    assert offer.pay_amount is None


@pytest.mark.parametrize(
    "text",
    [
        # An allowance paid to you, passed on to the company's supplier
        "Welcome! £25,300 per year, permanent, paid induction, anywhere in the UK. We pay every new starter an"
        " equipment bursary of £1,650 before the first day. When it lands, please pay our approved supplier £1,420.",
        "Agent, $19/hr W-2, paid training, hiring in TX. You will receive a one-time Home Office Allowance of $2,480."
        " The allowance arrives by mobile check. Then settle the station invoice directly with our fulfilment partner.",
        "Collections agent, ₱20,000 basic, probationary employee, paid training, NCR. Customers pay their arrangement"
        " to your registered GCash number. Before logging off, remit the day's collections to the company Maya wallet.",
        "Klantenservice, €15,40 bruto per uur, arbeidsovereenkomst, betaalde training, heel Nederland. Wij maken deze"
        " week €640 vooruit over op je rekening. Maak dat bedrag na ontvangst direct over naar onze IT-partner.",
        "Klantediens, R7 500 basies + UIF, permanent, betaalde opleiding, Gauteng. Nuwe kliënte betaal hul eerste"
        " premie direk in jou eie Capitec-rekening in. Elke Vrydag stuur jy die totaal na ons trustrekening.",
        "CSR, ₱21,000 basic, probationary employee, paid training. Refund process: ise-send ng Finance ang amount sa"
        " personal Maya o GCash mo. Ikaw na ang magpapadala sa customer gamit ang number na nasa ticket.",
        # Gear from the employer's store before training, priced in the next sentence
        "Agent, part-time employee, $16.75/hour, paid training, hiring in NV. Our platform works only with the Redwood"
        " headset. Please order it from our Employee Store before your training class begins. The price is $129.",
        # A typed interview with cameras off; a bank code read out; parcels at home sent on
        "Agent, $20.25/hour, employee, paid training, Ontario. In the interview on Zoom, cameras and microphones stay"
        " off: the hiring manager posts questions in the chat and you answer there by typing.",
        "Klantenservice, €15,90 per uur, loondienst, betaalde training, Nederland. Je logt in op je bankapp terwijl je"
        " je scherm deelt, en leest de code voor die je bank je stuurt.",
        "CSR, ₱24,000 basic, paid training. Bago namin i-release ang Job Offer, may darating na 6-digit code sa phone"
        " mo galing sa bank — basahin mo lang sa Payroll Officer.",
        "Logistiek-koördineerder, R9 200 p.m. + UIF, permanent, betaalde opleiding. Ons verskaffers stuur pakkies na"
        " jou huisadres. Jy pak dit weer in en stuur dit met die etiket wat ons vir jou e-pos na die kliënt.",
        # A fee for the certificate the sentence before requires before the first day
        "Klantenservice, €15 per uur, loondienst, heel Nederland. Iedere medewerker rondt vóór de eerste werkdag het"
        " KCC-certificaat af bij ons opleidingsinstituut. De eigen bijdrage hiervoor is €79.",
    ],
)
def test_money_passed_on_in_many_words_store_gear_typed_interviews_and_codes_read_out_are_likely_scams(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        "Associate, W-2 employee, $18.00/hour, paid training, hiring in CO. When you add your bank account, Gusto may"
        " send two small deposits (each less than $1.00) to confirm it. There is nothing to send back, and nobody"
        " from Summit will ever ask you to return money or share your banking password.",
        "Agent, $16/hour, W-2, paid training, hiring in all US states, company laptop provided. After you accept our"
        " written offer, you complete a background check through our screening vendor. The $50 fee is paid by you"
        " and reimbursed on your first paycheck.",
        "Klantenservice, €15,90 bruto per uur, loondienst, betaalde training, laptop in bruikleen, heel Nederland."
        " Pas nadat je je arbeidsovereenkomst hebt getekend vragen wij je om een kopie van je ID en je BSN.",
        "Kliëntediens, R7 800 basies plus UIF, vaste dienskontrak, opleiding 3 weke betaal, rekenaar word verskaf,"
        " Wes-Kaap. Ons betaal jou salaris in jou eie bankrekening op die 25ste.",
    ],
)
def test_test_deposits_a_fee_after_the_offer_data_after_signing_and_wages_paid_in_are_no_fraud_signals(text):
    assert _verdict(text) == "looks_legitimate"


def test_an_australian_offer_is_paid_in_australian_dollars_and_new_south_wales_is_not_wales():
    offer = extract(
        "Contact centre consultant, Sydney NSW (work from home)\n$35.00 per hour casual + super\nYou must live in"
        " Victoria or New South Wales."
    ).to_offer()
    assert (offer.pay_currency, offer.hiring_regions) == ("AUD", ("AU",))


@pytest.mark.parametrize(
    "text, minimum",
    [
        (
            "Customer Service Officer – Remote in QLD\n$18.00 per hour\nPart-time permanent employee, 20 hours a week"
            "\nPaid training (first week)\nMust live in Queensland",
            "A$26.44",
        ),
        ("NZ, AUK, Auckland\nCustomer service, $19.00 per hour, permanent employee, paid training", "NZ$23.95"),
    ],
)
def test_pay_below_the_australian_or_new_zealand_minimum_is_a_red_flag_that_names_the_minimum(text, minimum):
    result = evaluate(extract(text).to_offer(), RuleConfig())
    below = [f for f in result.findings if f.rule == "pay_below_minimum_wage"]
    assert result.verdict == "red_flags"
    assert below and minimum in below[0].explanation


def test_australian_pay_well_above_its_minimum_is_not_too_good_to_be_true():
    text = (
        "Contact centre consultants, Sydney NSW (work from home)\n$35.00 per hour casual + super\nPaid training week"
        "\nLaptop and headset supplied\nMust be based in Greater Sydney\nCasual employee"
    )
    assert _verdict(text) == "looks_legitimate"


@pytest.mark.parametrize(
    "text",
    [
        "Aap ko Customer Service Officer ke liye select kar liya gaya hai. Offer: Rs 68,000 gross per month, permanent"
        " employee, EOBI aur provident fund. Joining 3 March, Shahrah-e-Faisal Karachi office.",
        "CSR, Rs. 46,000/month fixed, permanent employee, 1 week paid training. Open in all cities of Sindh and"
        " Punjab.",
        "Customer Support Specialist, Melbourne VIC, permanent full-time employee\n$62,000 + super\nLaptop and headset"
        " supplied\nPaid six-week induction",
        "CSR – WFH, Basic: ₱24,000/month, probationary employee, training 4 weeks paid, company laptop, Metro Manila."
        " Reminder: hindi kami humihingi ng anumang bayad, GCash transfer, o OTP.",
    ],
)
def test_an_office_city_pakistani_provinces_a_salary_plus_super_and_a_reassurance_leave_an_honest_offer_legitimate(
    text,
):
    assert _verdict(text) == "looks_legitimate"


@pytest.mark.parametrize(
    "text",
    [
        # The bank's code or an app request handed over, in any language
        "Agent, $17/hr W-2, paid training, hiring in IL. Before we issue your contract, tap Approve on the new device"
        " sign-in in your banking app so our payroll partner can link your account.",
        "Klantenservice, €15 per uur, loondienst, betaalde training, heel België. Je krijgt een bevestigingsverzoek"
        " in je itsme-app van ons payrollplatform. Bevestig dat verzoek tijdens de call.",
        "CSR, ₱21,000 basic, paid training, company laptop. Para sa payroll verification, may lalabas na request"
        " sa Maya app mo. I-approve mo lang ito habang kausap mo ang payroll officer.",
        # Codes and vouchers bought for the team lead
        "Reps, goodwill for the backlog. Could each of you buy 5 x £40 Amazon codes and send me the codes?",
        "Client testing: bibili ka ng ₱1,000 na e-load at GCash load, tapos ipadala sa test numbers.",
        # Money through your account, passed on
        "Refund associate, ₱22,000 basic, paid training, Metro Manila. Approved refunds are sent to your registered"
        " GCash, then you send each refund to the buyer's wallet.",
        "Chargeback agent, A$30/hr, permanent, paid training, NSW. Reversed amounts are released to the PayID you"
        " register in your own name, and you return them to the merchant's nominated account.",
        "Kliëntediens, R9 000 p.m., permanent, betaalde opleiding, Gauteng. Ons betaal 'n voorskot van R6,800 in jou"
        " bankrekening. Betaal asseblief die volle bedrag binne 24 uur oor aan ons goedgekeurde verskaffer.",
        # A payment before the contract under another name
        "CSR, ₱22,000 basic, paid training, NCR. Before laptop release, all new hires settle an equipment cash bond of"
        " ₱5,000 through GCash. Your contract will be sent for e-signing after the bond is confirmed.",
        "Adviser, £26,000 a year, permanent, paid academy, England. Each new starter pays £95 into the kit protection"
        " scheme before dispatch. Your contract is issued once your scheme payment clears.",
        # Parcels at home sent on; a typed interview; no interview at high pay
        "Returns desk, €15 per uur, loondienst. Je ontvangt retourtoestellen van klanten op je thuisadres en verstuurt"
        " ze door naar ons herstelcentrum in het buitenland.",
        "CSR, Rs 60,000, permanent, paid training, Lahore. Interview sirf typed chat par hoga. Call ya video ki"
        " zaroorat nahi.",
        "Fresher chat support, ₹85,000 per month, no experience needed: you are exempt from interviews.",
    ],
)
def test_bank_app_approvals_codes_for_the_team_passed_on_money_bonds_and_typed_interviews_are_likely_scams(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        "Agent, $17.00/hour to start, W-2 employee, paid training, hiring in IL, laptop shipped. Will you ask for my"
        " bank information? Only after you accept a written offer, on the Workday direct deposit page.",
        "Aap ka contract dono taraf se sign ho chuka hai. Salary Rs 58,000 per month, permanent employee, 2 hafte paid"
        " training, Lahore office, laptop issued. Pehle din HRMS par apni CNIC copy aur bank account details upload kar"
        " dein.",
        "Helpline adviser, £12.85 per hour, permanent, part-time, paid induction, home-based (UK), we provide a laptop."
        " Employer pension contribution of 6%.",
    ],
)
def test_a_faq_question_about_bank_details_data_after_a_signed_contract_and_a_pension_contribution_are_no_warnings(
    text,
):
    assert _verdict(text) == "looks_legitimate"


@pytest.mark.parametrize(
    "text",
    [
        # The seeker's own account or app, and money moving through it, in words no list of schemes holds
        "Agent, $19/hr W-2, paid training, hiring in TX, laptop shipped. Each Friday you settle the open client"
        " balances from your own card and keep the receipts.",
        "CSR, ₱22,000 basic, paid training, Metro Manila, company laptop. Buyers' top-ups reach your own e-wallet"
        " first, and your team lead tells you where to forward them.",
    ],
)
def test_money_moving_through_the_seekers_own_account_is_a_question_to_ask(text):
    result = evaluate(extract(text).to_offer(), RuleConfig())
    assert result.verdict == "ask_more_questions"
    assert any(f.rule == "money_mentioned" for f in result.findings)


@pytest.mark.parametrize(
    "text",
    [
        "Agent, $18/hr W-2, paid training, hiring in CO, laptop shipped. You'll get an invite to enter your direct"
        " deposit details. When you add your bank account, the payroll app may send two small deposits to confirm it.",
        "Agent, $18/hr W-2, paid training, hiring in CO, laptop shipped. IT will set up an authenticator on your work"
        " phone; approve the prompt when you sign in to your work account.",
    ],
)
def test_a_payroll_account_and_a_work_sign_in_are_no_question_about_money(text):
    assert _verdict(text) == "looks_legitimate"


def test_australian_and_new_zealand_dollar_signs_are_read_with_their_currency():
    amounts = {
        (o.pay_amount, o.pay_currency)
        for o in (extract(t).to_offer() for t in ("A$31.80 per hour", "NZ$48.00 per hour"))
    }
    assert amounts == {(Decimal("31.80"), "AUD"), (Decimal("48.00"), "NZD")}


@pytest.mark.parametrize(
    "text",
    [
        "Agent, $18/hr W-2, paid training, hiring in OH. Before your offer letter is released, tap Approve on the"
        " sign-in confirmation in your bank app and read out the six-digit number that appears next.",
        "Agent, ₹30,000, paid training, Pune. Before your appointment letter is issued, install the support app and log"
        " in to your net banking while the session stays open.",
        "Agent, $19/hr W-2, paid training, hiring in OH. Payroll released your first two pay periods ahead of schedule;"
        " please send the full amount back by instant bank transfer before your first shift.",
        "Adviser, £26,000, permanent, paid training, UK. Starters lodge a £180 equipment bond with our asset partner"
        " before their laptop is dispatched.",
        "CSR, ₱23,000 basic, paid training, Cebu. Settle ₱1,850 at the clinic counter before your final interview.",
        "Each agent buys ₱3,000 worth of prepaid digital codes and sends the code numbers to me.",
        "Collections, ₹28,000, paid training, Pune. Borrowers transfer the EMI to your own UPI ID, and you move the"
        " collected total to the NBFC's nodal account.",
        "CSR, Rs 55,000, permanent, paid training, Lahore. Hamare tamam interviews likh kar hote hain; hum phone ya"
        " video interview nahi karte.",
    ],
)
def test_a_bank_number_read_out_net_banking_shared_pay_sent_back_bonds_and_written_interviews_are_likely_scams(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        "Kliëntediens, R11 200 per maand, permanente werknemer, opleiding met volle salaris, KwaZulu-Natal,"
        " skootrekenaar verskaf. Jy ontvang nooit geld in jou eie rekening nie.",
        "CSR, Rs 70,000 mahana, permanent employee, paid training, Karachi, laptop company deti hai. Aap kabhi bhi"
        " customer ki raqam apne account mein nahi lenge.",
    ],
)
def test_money_in_your_own_account_denied_after_or_inside_the_words_is_no_duty(text):
    assert _verdict(text) == "looks_legitimate"


@pytest.mark.parametrize(
    "text",
    [
        "Klantenservice, €15,40 p/u, jaarcontract, betaalde inwerkweken, NL. Je krijgt zo een melding in je bankapp;"
        " druk op 'Bevestigen' en stuur mij de code die je ziet, dan plannen we het gesprek.",
        "Agent, R9 800 pm, permanent, betaalde opleiding, Gauteng. Jy kry 'n boodskap op jou bankapp – tik op"
        " 'Aanvaar' en stuur vir my die kode wat daarna op jou skerm verskyn.",
        "Billing agent, $20/h, employee, paid training, Ontario only. Before your offer letter, you sign in to your"
        " online banking while sharing your screen with our payroll officer.",
        "CSR, ₱22,000, regular, paid training, Cebu. Bago ang final interview, send mo ang picture ng harap at likod"
        " ng debit card mo.",
        "Medewerker klantcontact, €15,10 p/u, betaalde training, NL. Stuur vóór het eerste gesprek een foto van de"
        " voor- en achterkant van je ID-kaart en een selfie waarop je het ID naast je gezicht houdt.",
        "Chat agent, $18/h, employee, paid training, hiring in TX. When a bonus order pushes your balance below zero,"
        " you top it up from your own card to open the next set.",
        "Agent, Rs 60,000, permanent, paid training, Lahore. Agar app mein balance minus mein chala jaye to JazzCash"
        " se khud top up kar dein.",
        "Support agent, $17/h, W-2, paid training, hiring in OH. Returned handsets arrive weekly; photograph each"
        " one, reseal the box and book a courier to the buyer address on your dashboard.",
        "Agent, €15,60 p/u, vast contract, betaalde training, NL. Terugbetalingen aan klanten zetten we het bedrag"
        " op je rekening en jij stuurt het dezelfde dag door naar de klant.",
        "Agent, €16 p/u, betaalde training, NL. Alle collega's werken op hetzelfde model; voordat we je contract"
        " kunnen opmaken, bestel je die bij onze leverancier (€720). We betalen het later terug via je salaris.",
        "Agent, Rs 65,000, permanent, paid training, Karachi. Contract banne se pehle laptop hamare partner supplier"
        " se order karein (Rs 1,40,000); company yeh raqam salary ke saath wapas karegi.",
        "Agent, ₱24,000, paid training, Pasig. Para ma-prepare ang contract mo, order ka muna sa partner supplier"
        " namin ng laptop (₱31,500); ire-reimburse namin kasama ng sahod.",
        "Chat support, Rs 2,40,000 mahana, experience ki zaroorat nahi, full-time employee, poore Pakistan se."
        " Interview nahi hoga, sirf form fill karein.",
    ],
)
def test_bank_app_codes_card_photos_id_selfies_balances_refilled_and_gear_bought_before_a_contract_are_scams(text):
    assert _verdict(text) == "likely_scam"


def test_glued_form_fields_asked_with_the_application_are_personal_data_before_an_offer():
    text = (
        "Benefits$21 an hour, weekly payPaid trainingHealth insuranceTo complete your application, fill out our form"
        " with:Full name and date of birthSocial Security NumberDriver's license (front and back)Bank routing and"
        " account number for payroll setupApplications without these items will not be reviewed."
    )
    assert extract(text).answers.get("personal_data_early") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Inside sales, ₹32,000 a month, permanent, paid training, Bengaluru, laptop provided.\n- Call learners"
        " who asked about our courses\n- Explain course fees, EMI options and outcomes honestly",
        "Adviser, £25,800 a year, permanent, 4 weeks paid training, equipment couriered, you must live in England."
        " Please sign the contract; once signed, our HR system will ask for your bank details for payroll.",
        "Kliëntediens, R11 500 pm, permanente pos, betaalde induksie van 3 weke, Wes-Kaap, skootrekenaar verskaf."
        " Eers nadat jy die aanbod onderteken het, laai jy 'n afskrif van jou ID en bankbesonderhede op.",
        "Customer service consultant, $34 per hour + 11.5% super, 4 weeks paid training online, laptop delivered,"
        " must live in Victoria.",
        "Inside sales, $66,000 plus super, 4 weeks annual leave, paid training, Brisbane office, laptop provided.",
    ],
)
def test_customers_fees_data_after_signing_and_australian_employment_read_as_legitimate(text):
    assert _verdict(text) == "looks_legitimate"


@pytest.mark.parametrize(
    "text",
    [
        "Verkope van die huis af: R140 vir elke polis wat jy verkoop. Daar is nie 'n basiese salaris nie en jy bel"
        " jou eie kontakte. Slegs Gauteng.",
        "Sales support, R7 900 per month, permanent, Johannesburg. Successful candidates receive a company laptop"
        " valued at R7 000, repaid through salary deductions of R580 per month.",
    ],
)
def test_commission_only_in_afrikaans_and_gear_repaid_from_pay_are_red_flags_not_scams(text):
    assert _verdict(text) == "red_flags"


@pytest.mark.parametrize(
    "text",
    [
        "Agent, $18/h, W-2, paid training, hiring in GA. Before we book a call, add a selfie in which your passport"
        " is clearly visible to your candidate profile.",
        "Agent, £12.90/h, permanent, paid training, UK only. Our payroll partner sends a request to your banking app;"
        " approve it so we can confirm your account before the offer.",
        "Agent, $19/h, employee, paid training, hiring in FL. Interviews happen in our hiring app with no voice or"
        " video.",
        "Agent, ₱23,000, paid training, Makati. Each week some returned phones come to you; seal each one and drop"
        " them at any LBC branch the same day.",
    ],
)
def test_a_selfie_with_id_a_bank_app_approval_a_typed_interview_and_parcels_sent_on_are_scams(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        "Agent, $18/h, W-2, 2 weeks paid training, hiring in GA, laptop shipped. After you sign your offer, the HR"
        " system asks for a selfie with your ID to complete the I-9.",
        "Agent, £12.90/h, permanent, 3 weeks paid training, UK only, laptop couriered. We will never ask you to"
        " approve anything in your banking app.",
    ],
)
def test_identity_checks_after_signing_and_warnings_about_bank_apps_are_no_scam_signals(text):
    assert _verdict(text) == "looks_legitimate"


@pytest.mark.parametrize(
    "text",
    [
        "Collections, ₱22,000, regular, paid training, Davao. Ibibigay mo sa mga customer ang personal GCash number"
        " mo, at bago mag-10 PM ipapasa mo ang total sa company GCash.",
        "Collections, ₹27,000, permanent, paid training, Jaipur. Borrowers pay the overdue amount to your UPI ID, and"
        " each evening you transfer the day's collections to the company account.",
        "Agent, NZ$25.50/h, permanent, paid training, South Island. Payroll keyed in NZ$4,000 by mistake; please send"
        " the extra NZ$3,600 to our finance partner's account today.",
        "Agent, R10 200 pm, permanent, betaalde opleiding, Gauteng. Ons betaal Vrydag 'n eenmalige toelae van R12 000"
        " in jou bankrekening. Betaal asseblief dieselfde dag die volle bedrag oor aan ons inrigtingsvennoot.",
        "Agent, R9 900 pm, permanent, betaalde opleiding, Wes-Kaap. Jou onderhoud is per e-pos: ons stuur die vrae en"
        " jy tik jou antwoorde terug. Daar is geen oproep of video-gesprek nie.",
        "Agent, Rs 58,000, permanent, paid training, Lahore. Jab balance minus mein jaye to Easypaisa se balance bhar"
        " dein taake agla set khul jaye.",
        "Agent, NZ$26/h, permanent, paid training, laptop supplied. Before the laptop ships, you'll sign the 24-month"
        " finance agreement in your own name with our leasing partner.",
        "Tech support, ₱25,000/month basic salary, regular, paid training, Davao. To make sure your GCash can receive"
        " salary, send ₱1,000 to our corporate Maya wallet today. Your contract is released in Step 5.",
        "CSR, ₱21,000, paid training, Cebu. Before the job offer is issued, do the medical at our partner clinic. The"
        " total is ₱2,600, sent to our recruitment officer's GCash; your JO follows within 48 hours of payment.",
        "CSR, ₱20,000, paid training, Pampanga. Bago namin i-release ang kontrata, may darating na 6-digit OTP galing"
        " sa bank mo; basahin mo lang sa akin.",
        "CSR, ₱21,500, regular, paid training, Bulacan. Bago namin i-release ang laptop at ang kontrata mo, kailangan"
        " mong bayaran ang ₱3,500 para sa software setup ng unit.",
    ],
)
def test_overpayments_allowances_and_collections_passed_on_codes_read_out_and_money_before_the_contract_are_scams(
    text,
):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        "Agent, $20.50/hour, permanent full-time employee, 4 weeks paid training, Ontario residents only, laptop"
        " couriered. We've received your signed employment contract. Upload a photo of your government ID for your"
        " employee file.",
        "Agent, €15,20 bruto per uur, jaarcontract, drie weken betaalde training, NL, laptop thuisbezorgd. We hebben je"
        " getekende arbeidsovereenkomst ontvangen. Upload een kopie van je ID-kaart en vul je IBAN in.",
        "Adviser, £25,000 a year, permanent, 3 weeks' paid training, UK, laptop supplied. If we offer you the job,"
        " we'll run a basic DBS check and pay for it ourselves.",
    ],
)
def test_data_after_a_signed_contract_and_checks_the_employer_pays_read_as_legitimate(text):
    assert _verdict(text) == "looks_legitimate"


@pytest.mark.parametrize(
    "text, currency, amount",
    [
        ("Customer Service Rep – $42,000 – Remote (US only). W-2 employee, paid training, laptop provided.", "USD",
         42000),
        ("Adviser, £25,800, permanent, 4 weeks paid training, equipment couriered, you must live in England.", "GBP",
         25800),
        ("CSR | $38,500 | Full-time employee | Paid training | Texas residents", "USD", 38500),
        ("Agent, ₱22,000, regular, paid training, open to Cebu applicants.", "PHP", 22000 * 12),
    ],
)
def test_a_salary_standing_as_an_item_of_a_terse_list_is_read_by_its_size(text, currency, amount):
    offer = extract(text).to_offer()
    assert (offer.pay_basis, offer.pay_currency, offer.pay_amount) == ("salary", currency, amount)
    assert _verdict(text) == "looks_legitimate"


def test_a_large_amount_in_a_sentence_is_no_salary_without_a_period_or_a_label():
    offer = extract("Our agents closed $42,000 in renewals last quarter and we are hiring again.").to_offer()
    assert offer.pay_amount is None


@pytest.mark.parametrize(
    "text",
    [
        # a check mailed to you, deposited, and the order placed with "our vendor"
        "Care Agent, $18/hr, W-2, paid training, US only. After your video interview, IT sends you a company check for"
        " your home office; you deposit it and place the order with our preferred vendor.",
        # the cheque posted, paid in, and "the equipment cost" sent on
        "Support Adviser, £13/hr, permanent, paid training, UK. We'll post you a cheque for your set-up. Pay it into"
        " your account, then transfer the equipment cost to our approved supplier.",
        # customers' money received into your own account and forwarded
        "Billing Associate, $20/hr, W-2, paid training, Texas. You will receive customer remittances into your own"
        " checking account and forward them by Zelle to the vendors on your sheet.",
        # a negation in an opening condition does not deny the duty after its comma
        "Collections Executive, ₹22,000 fixed, paid training, India. Where customers can't use our link, they pay to"
        " your savings account and you transfer the collected amount to the company's account by evening.",
        # a balance the seeker loads to unlock work
        "Sales Support, R9,000 basic, Johannesburg, paid training. To unlock each task block you load your agent"
        " balance from R500 by EFT.",
        "Engagement Executive, ₹21,000/month, India, paid training. Tasks are released against a security balance"
        " that you fund through UPI.",
        # goods received at home and shipped on
        "Returns Coordinator, $18/hr, W-2, paid training, US. You receive returned phones at your home address,"
        " check them and ship them on to our buyers with the labels we e-mail.",
        # a chat-app interview with the app named before "messages", and a request after a dash
        "Support role, £26k, 28 days holiday, paid onboarding, UK. Our manager interviews by Telegram messages rather"
        " than video - could you send your number?",
        # identity and bank data before a formal offer letter that waits for them
        "Patient Access Rep, $19/hr, W-2, paid training, Ohio. To prepare your formal offer letter, upload your Social"
        " Security number and bank account number. Offer letters are issued automatically once the portal is complete.",
        # data asked in the application form itself
        "CSR, $20/hr, W-2, paid training, US.\nPlease complete the application form with:\n1. Date of birth\n"
        "2. Social Security Number (for payroll setup)\n3. Bank routing and account number\n",
        # a fee before the offer (Afrikaans), money passed on (Tagalog, Dutch, Roman Urdu)
        "Tuiswerk agent, R9 600 p/m, Kaapstad, betaalde opleiding. Jy moet die sertifikaat hê voor ons 'n aanbod maak;"
        " die eksamen kos R495.",
        "WFH Payment Assistant, ₱18,000/month, Cebu, paid training. Papasok sa sarili mong GCash ang bayad ng"
        " customers, tapos ita-transfer mo sa company account.",
        "Thuismedewerker, €1.450 per maand, vast contract, Utrecht, betaalde training. Klantbetalingen komen binnen op"
        " jouw eigen bankrekening en jij maakt ze door naar de rekeningen die je van ons krijgt.",
        "Payment Officer, Rs 40,000 salary, Lahore, paid training. Payments apne bank account mein receive karein,"
        " phir company ke diye gaye accounts mein transfer karein.",
    ],
)
def test_careful_fraud_steps_in_new_words_read_as_likely_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        # gear supplied with "no deposit", and weekly pay into your bank, from an employer
        "Customer Service Advisor, £13.00 per hour, paid weekly into your bank account. Permanent. Paid training."
        " IT kit supplied - no deposit needed. Wales only.",
        # the company's own equipment sent back is no reshipping
        "Agent, $17/hr, W-2 employee, paid training, US only. You receive your laptop at your home address and send"
        " it back when you leave.",
    ],
)
def test_honest_twins_of_those_steps_read_as_legitimate(text):
    assert _verdict(text) == "looks_legitimate"


def test_where_the_customers_are_is_not_where_the_agents_are_hired():
    offer = extract(
        "Support Specialist, €1,150 gross per month, remote from anywhere in Greece. You will help millions of"
        " players across the UK and Ireland."
    ).to_offer()
    assert offer.hiring_regions == ("GR",)


def test_pay_per_disbursal_with_no_fixed_salary_is_commission_only():
    text = "Tele-caller, loans, Delhi. Earn ₹150 per successful file login + ₹500 per disbursal. No fixed salary."
    offer = extract(text).to_offer()
    assert offer.pay_basis == "commission"
    assert _verdict(text) == "red_flags"
    # a rate per logged-in hour stays hourly
    assert extract("Chat support, Delhi. Pay ₹120 per login hour.").to_offer().pay_basis == "hour"


@pytest.mark.parametrize(
    "text",
    ["Good computer and typing skills.", "Comfort using a computer and booking systems.", "Comfortable on a computer."],
)
def test_a_computer_skill_is_no_equipment_the_seeker_needs(text):
    assert extract(f"CSR, $20.50 hourly, Nova Scotia residents. {text}").answers.get("needs_computer") is None
    assert extract("CSR, $20.50 hourly, Nova Scotia. You need a computer.").answers.get("needs_computer") == "yes"


def test_the_investment_options_members_ask_about_are_no_fee():
    text = (
        "Contact Consultant, super fund, permanent, six weeks of paid training, Victoria. You'll help members combine"
        " accounts, change investment options, update beneficiaries and claim insurance."
    )
    assert "fees" not in extract(text).answers
    assert _verdict(text) != "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        # a task balance topped up, an account frozen until it is filled, money put into a task wallet
        "Product rater, AUD $300/week, Sydney, paid training. Some task sets need your account balance topped up first"
        " (via USDT).",
        "Graderingswerk, R500 per dag, betaalde opleiding, Kaapstad. Na 20 take word jou rekening gevries totdat jy dit"
        " aanvul met die bedrag op jou skerm.",
        "Ratings ka kaam, Rs 3,000 roz, Karachi, paid training. Level 2 ke liye apne task wallet mein Easypaisa se"
        " Rs 2,000 dalna hoga.",
        # parcels sent on under labels the company sends
        "Returns Inspector, $21/hr, W-2, paid training, US. Inspect returned items, then re-box each one with the new"
        " shipping label we email you and drop it at UPS.",
        "Versendingsassistent, R6 500 p/m, betaalde opleiding, Durban. Jy pak dit oor in nuwe bokse met nuwe etikette.",
        # a stipend that arrives and is sent on; a check issued to buy from the vendor; payments into your own account
        "Care Consultant, $32/hr, paid induction, NSW. Your stipend of $2,900 will arrive as a bank transfer; please"
        " forward it via PayID to our accredited hardware supplier.",
        "Admin Assistant, $22/hr, paid training, California. You will be issued a company check to purchase your laptop"
        " from our approved vendor; after it clears, pay the vendor directly.",
        "Payroll Clerk, remote, US, $3,000 monthly, paid training. Receive payments from our US clients into your"
        " personal checking account. Withdraw funds and transfer to our suppliers via MoneyGram.",
        "Betalingsassistent, € 2.000 per maand, vast contract, Antwerpen, betaalde opleiding. Klanten betalen hun"
        " factuur op jouw rekening, en jij schrijft het bedrag dezelfde dag door naar onze leverancier.",
        # the contract waits for the gear or the payment
        "Outbound medewerker, €16,00 per uur, betaalde training, NL. Bestel het VoIP-pakket van onze leverancier"
        " (€ 89). Je arbeidscontract ontvang je zodra het pakket is geactiveerd.",
        "Call agent, Rs 50,000 monthly, Lahore, paid training. Joining se pehle headset package hamare vendor se"
        " Rs 6,500 mein lena hoga. Payment ki receipt bhejne ke baad hi contract issue hoga.",
        "WFH voice, ₱25,000/month, Cebu, paid training. I-order mo muna yung headset bundle namin (₱1,850 total). Pag"
        " na-deliver na sa'yo, saka namin ipapadala yung employment contract mo.",
        "Klantenservice, €16,30 per uur, betaalde training, NL. Om je tijdslot vast te leggen betaal je €25 via iDEAL."
        " Pas na het assessment volgt een aanbod.",
        # paid e-learning, named in the sentence before its price
        "Klantenservice, €16,10 bruto p/u, vast contract, NL. Voor je start doorloop je onze e-learning. De toegang"
        " kost eenmalig €49,95.",
        # identity and bank data before the interview
        "Klantenadviseur, € 2.450 bruto/maand, vast contract, betaalde opleiding, Gent. Bezorg ons een selfie waarop u"
        " uw identiteitskaart naast uw gezicht houdt en een foto van de voorkant van uw bankkaart. Na ontvangst plannen"
        " wij een gesprek in.",
        "Bilingual Agent, $22.50/hr, health & dental, paid training, Ontario. Next step is our pre-offer screening:"
        " upload your SIN and a void cheque, and the offer letter follows once those are verified.",
        "CSR, $18-22 per hour, paid training, New York. Applications missing any field will not be processed:\n"
        "Full legal name / Date of birth / Social Security Number / Bank routing and account number\n",
    ],
)
def test_more_careful_fraud_steps_read_as_likely_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # "borg" as "sponsor", not a deposit
        ("Ons borg jou opleiding heeltemal - jy betaal niks nie. R8 800 p/m, 2 weke betaalde opleiding, permanente"
         " kontrak, slegs Vrystaat-inwoners.", "looks_legitimate"),
        # a viber number that books a walk-in, where interviews are held onsite
        ("Chat Support, ₱20,000/month, Metro Manila, regular employee, paid training. Text or Viber 0917 552 1840 to"
         " book your walk-in slot. All interviews and exams are done onsite.", "looks_legitimate"),
        # the price of what the work sells; leads bought from outside vendors; pay per policy that activates
        ("Inside Sales, US, 100% commission, no base salary, 1099 contractor. Reps close membership packages"
         " ($1,995-$4,995).", "red_flags"),
        ("Insurance sales, US, commission-only (no base salary), 1099 contractor. You buy lead packages from outside"
         " vendors.", "red_flags"),
        ("Verkoopsagent, slegs kommissie - R180 vir elke polis wat aktiveer. Geen basiese salaris nie.", "red_flags"),
        ("Telesales WFH, Lahore. Sirf commission base: har closed sale par Rs 5,000. Koi basic salary nahi hai.",
         "red_flags"),
        ("Inbound agent, Karachi. Rs 40 per attended call, koi fixed salary nahi. Aap independent contractor honge.",
         "red_flags"),
        # charges keyed in as the work
        ("Data Entry Clerk, $17/hr, W-2, paid training, Illinois. Job Description: Enter patient demographics, charges"
         " and payments into our billing system.", "looks_legitimate"),
    ],
)
def test_their_honest_and_exploitative_twins_keep_their_band(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # money that reaches the seeker by EFT, by a number "registered to you", or on an M-Pesa line, and goes on
        "Sales Consultant, R9,800 basic, UIF, paid training, Gauteng. Finance will EFT R14,200 into your personal"
        " account; from that, please pay R11,650 to our accredited IT supplier.",
        "Billing Rep, $19/hr, W-2, paid training, Missouri. Customer payments will be sent to the Zelle linked to your"
        " own bank, and each day you'll move the total to our corporate account.",
        "Collections Specialist, ₱23,000 basic, HMO, paid training, Manila. Borrowers send their payments to the GCash"
        " number registered to you; you send the total collected to the company's Maya account.",
        # goods taken in at home and dispatched on
        "Order Desk Executive, ₹24,000/month, PF, paid training, Pune. You'll receive mobile phones from our vendor by"
        " courier at your home and dispatch them to buyers.",
        # vouchers bought and their codes passed on
        "Loyalty Adviser, £13.00/hour, permanent, paid training, UK. You'll buy the voucher online with your own card,"
        " then send the voucher codes to your manager.",
        # work that opens only when the seeker's account holds money, a shortfall the seeker funds
        "Review associate, ₹20,000 per month, India, paid training. Each new set opens only when your work account"
        " holds at least ₹5,000, which you add through UPI.",
        "Order clerk, R8,500 per month, South Africa, paid training. Orders are paid out after each batch; you fund any"
        " shortfall by instant EFT.",
        # identity data before the first stage, asked after an opening clause
        "Complaints Handler, £26,200, permanent, paid academy, UK. To register you with the client before the first"
        " stage, could you send me your date of birth and National Insurance number?",
        # money before the offer or the interview, in four languages
        "Support Rep, $21.50/hr, full-time, paid training, Ontario. Selected candidates reserve their seat by sending a"
        " $95 Interac e-Transfer.",
        "CSR, ₱25,000 basic, HMO, paid training, Cebu. Before your Job Offer is released, please send ₱1,800 via GCash"
        " for your medical.",
        "CSR, Rs 58,000 + incentives, EOBI, Lahore. Selected candidates need to pay Rs 4,500 through Easypaisa for the"
        " accent training.",
        "Klantenservice, €15,40 bruto per uur, vast contract, betaalde training, NL. De leges van €41,35 voor de VOG"
        " maak je vooraf over, pas daarna plannen we je gesprek.",
        "WFH CSR, ₱22,000 basic, HMO, paid training, Manila. Para ma-lock ang schedule mo ng final interview,"
        " magpadala ng ₱350 sa GCash.",
        "Tuiswerk-agente, R8 200 basies, mediese hulp, Centurion, betaalde opleiding. Om jou onderhoudtyd vas te maak"
        " betaal jy R250 in.",
        "Agents, salary 60,000, EOBI, Karachi, paid training. Interview ki date confirm karne se pehle Rs 1,500 humare"
        " JazzCash number par bhej dein.",
        "Tuiswerk-agent, R8 800 per maand, Kaapstad, betaalde opleiding. Voltooi ons kursus (R499 eenmalig) voor die"
        " onderhoud.",
        # text-only hiring, in three languages
        "Call center WFH, salary 50,000, paid training, Lahore. Interview sirf text messages par hogi, koi call nahi,"
        " koi video nahi.",
        "Thuiswerk, €16,25 bruto per uur, vast contract, betaalde training, NL. Je krijgt de vragen als appjes op je"
        " telefoon. Bellen of videobellen is niet nodig.",
        # a balance filled with your own money, a wallet cash-in, a voucher PIN sent on
        "Thuiswerk, €15/uur, vast contract, betaalde training, NL. Zakt je tegoed onder nul, dan vul je het zelf aan"
        " met je eigen geld.",
        "Tuiswerk-agent, R9 400 p.m., betaalde opleiding, Durban. Koop 'n R300 OTT-koepon en stuur vir ons die 16-syfer"
        " PIN.",
        # identity and bank data before the first interview (Dutch)
        "Thuiswerk schadeafdeling, €16,10 p/u, vast contract, betaalde training, Utrecht. Vóór ik je kan voordragen"
        " heeft de klant een kopie van je legitimatie en je burgerservicenummer nodig.",
    ],
)
def test_fraud_steps_told_without_the_textbook_words_read_as_likely_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # the members' fees and deposits are the work
        ("Member Service Officer, $31.80 per hour + 12% super, permanent, six weeks of paid training, Victoria. You'll"
         " process card refunds, chase missing deposits and explain fees on their accounts.", "looks_legitimate"),
        # interview slots booked by SMS for a video interview
        ("Call Agents, KES 32,000, employment contract, paid training, Kenya. Interview slots are booked by SMS; the"
         " interview itself is a video call with the supervisor.", "ask_more_questions"),
        # unpaid training said in Afrikaans and Dutch; pay per booked appointment in Taglish
        ("Kliëntediens, R8 600 per maand, permanente pos, Kaapstad. Eerste 3 weke is opleiding wat nie betaal word"
         " nie.", "red_flags"),
        ("Klantcontact, €15,20/uur, tijdelijk contract, NL. Eerst volg je een opleiding van 2 weken (ca. 60 uur) - die"
         " uren worden niet vergoed.", "red_flags"),
        ("Appointment setting, ₱60 bawat na-book na appointment, walang basic, freelancer ka.", "red_flags"),
        # a salary said before "tankhwah", a bonus in rupees after a "+"
        ("Faisalabad: Helpline Agent\nRs 45,000 tankhwah + annual increment\nContract employee, EOBI\n1 hafta paid"
         " training", "looks_legitimate"),
        ("Agent, Karachi, Rs 48,000 + Rs 5,000 performance bonus. Permanent job, paid training.", "looks_legitimate"),
    ],
)
def test_the_twins_of_fraud_steps_told_plainly_keep_their_band(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # a balance the seeker keeps or loads, in English, Afrikaans, Taglish and Urdu
        "Chat Associate, $17/hr, W-2, paid training, Ohio. Each associate keeps at least 200 USDT in their agent"
        " account to receive premium tickets.",
        "Review Associate, ₹21,000 per month, PF, paid training, Chennai. Your task wallet must hold a minimum balance"
        " of ₹4,000 before each batch is released.",
        "Support Agent, R8,500 per month, UIF, paid training, Durban. Your profile needs a R900 balance loaded before"
        " the queue opens for you.",
        "Graderingswerk, R500 per dag. By elke bonustaak moet jy jou rekening met jou eie geld aanvul voor jy kan"
        " onttrek.",
        "Rating agent, ₱1,000 kada araw. Sa special task, mag-cash-in ka muna sa wallet mo gamit ang sarili mong pera.",
        "Rating app, Rs 4,000 rozana. Har 20 tasks ke baad wallet mein apne paisay dalne hote hain.",
        # money routed to the seeker and sent on; codes of vouchers bought on the seeker's card
        "Receivables Clerk, $23/hr, employee, paid training, Manitoba. Client overpayments are routed to your account;"
        " forward them by Interac e-Transfer to the payee we name.",
        "Office Assistant, £13/hr, employee, paid training, UK. Now and then you'll buy store vouchers on your own"
        " card and text me the codes; we reimburse you weekly.",
        # a fee by another name: "cover R450", "paid to the recruiter", "lock your slot", "maak je ... over"
        "Sales Consultant, R9,800 basic, UIF, paid training, Gauteng. Kindly cover R380 for your criminal vetting"
        " before we book your interview.",
        "Call Centre Rep, NZ$27/hr, permanent, paid training, NZ-wide. A NZ$55 contribution towards police vetting is"
        " paid to the recruiter before you're shortlisted.",
        "CSR, ₱23,000 basic, HMO, paid training, Pasig. To lock your slot for the final interview, pay ₱1,200"
        " processing for your NBI clearance.",
        "Klantenservice, €15,60 bruto per uur, betaalde training, heel NL. Voordat we je contract opsturen, maak je"
        " eenmalig €29,95 over voor je inlog.",
        # hired with no interview at pay far above market (Dutch); an overpaid advance returned
        "Chatmedewerker, €40 per uur, geen ervaring nodig, een sollicitatiegesprek ook niet.",
        "Claims Rep, $18/hr, W-2, paid training, Ohio. Payroll paid your first two weeks early. Because those hours"
        " haven't been worked yet, please send the full amount back to our clearing account.",
        # card, PIN and the numbers of Australia before any interview; parcels at home; data before the offer
        "Contact Centre Consultant, $32/hr, permanent, paid training, all states. Before we book your screening call,"
        " reply with both sides of your driver licence and your Tax File Number.",
        "Parcels ghar par receive karein aur aage courier karein. Tankhwah Rs 40,000 mahana.",
        "Call center WFH, Rs 55,000. CNIC ki copy bhejein, phir apko offer letter milega.",
    ],
)
def test_balances_pass_throughs_fees_and_data_in_everyday_words_read_as_likely_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # gear rented from the employer after hire, taken from pay: a recurring deduction, not a fee before an offer
        ("Inbound Sales Advisor, £26,000 salary, permanent, paid training, England. Advisors use our approved"
         " headset and softphone. After you join, these are rented from us at £6 per week, taken from your wages.",
         "red_flags"),
        # what a sale earns is no fee; pay per completed survey interview; per call in Urdu
        ("Remote Sales Rep. Commission only: $55 per membership sold. Independent contractor (1099), no base pay.",
         "red_flags"),
        ("Telephone Interviewer, self-employed. You will be paid £1.50 for each completed interview, with no hourly"
         " rate and no guaranteed minimum.", "red_flags"),
        ("Independent agent. Har qualified call ka Rs 140, koi fixed salary ya minimum nahi.", "red_flags"),
        # training paid in Dutch words and from day one; equipment lent in Dutch
        ("Klantenservice thuis, €15,90/u, je komt bij ons in dienst. De eerste 3 weken training zijn online en"
         " worden gewoon uitbetaald.", "looks_legitimate"),
        ("Scheduling Rep, $16.75/hr, hiring in TX and FL. You're paid from your first day of training.",
         "looks_legitimate"),
        ("Klantadviseur energie, €15,75/u bruto, betaalde training (3 wkn, ook thuis), apparatuur in bruikleen.",
         "looks_legitimate"),
        # the honest twins: a payment link "our system" sends; "we cover R450"; data after the offer
        ("Klantenservice & Betalingen, €15,90 bruto/uur, arbeidsovereenkomst, betaalde training, wonen in NL, laptop"
         " van ons. Betalingen lopen via de betaallink die ons systeem naar de klant stuurt.", "looks_legitimate"),
        ("Sales Consultant, R9,800 basic, UIF, paid training, Gauteng. We cover R450 for your criminal vetting after"
         " the offer.", "looks_legitimate"),
    ],
)
def test_their_honest_and_exploitative_twins_keep_their_band_too(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # the messages that follow an application: goods at home sent on, card data and fees before the offer
        "Hi Sam, thanks for the Zoom interview! Returns Coordinator, $20/hour, full-time. Customers ship returns to"
        " your home address; you check each one, then send it on to our partner warehouse using the prepaid labels.",
        "Customer Care Rep, NZ$26/hr, permanent. Replacement phones are couriered to your home, and you post them on"
        " to the customer using the labels we email.",
        "Voice Process, ₹21,000/month, PF. Before your offer letter, please share your debit card number, expiry date"
        " and CVV so payroll can link your account.",
        "Inbound Agent, $16/hour, full-time. To generate your offer letter, HR needs a photo of your Social Security"
        " card and a voided check.",
        "Care Agent, $20.50/hour, Ontario, group benefits. Every agent has a named softphone seat. The seat costs"
        " CAD $175, settled by you before your offer letter is generated.",
        "Consultant, $30/hr + super, permanent, paid training, QLD. Before your contract can be released, we hold a"
        " $180 equipment security bond, paid via BPAY.",
        "Advisor, £25,000 per annum, permanent. Every advisor uses our equipment pack, which we source through our IT"
        " partner at a staff rate of £329. This needs to be settled before your start date.",
        "Learnership, R6,500 stipend a month, UIF. An R700 admin contribution must be paid into the account below"
        " before the learnership agreement is sent to you.",
        "Chat Associate, ₱25,000 a month, HMO. Your console balance has to stay at 40 USDT or above for your queue to"
        " open each day.",
        # Dutch, Urdu, and a stipend instrument whose funds clear and go on
        "Klantadviseur thuis, €15,90 bruto per uur, Vlaanderen. Om uw plaats in de groep vast te leggen, vragen wij"
        " een reserveringsbijdrage van €70, te voldoen vóór de start van de opleiding.",
        "Servicedesk thuis, €16,10 per uur. Wij ontvangen vóór het kennismakingsgesprek graag een kopie van uw"
        " identiteitsbewijs, uw BSN en IBAN.",
        "Order support agents (poora Pakistan). Har naya task set kholne ke liye apne wallet mein USDT ka balance"
        " barhayen.",
        "Support Associate, $21/hour, Ontario. New associates receive a stipend instrument by courier. Once the funds"
        " clear in your account you remit the hardware allocation to our fulfilment partner.",
        "Apna remote call desk shuru karein! Har naye member ko network mein shamil karne par Rs 3,000 bonus.",
        "Founding partners wanted: handle calls from home, and your earnings grow with every teammate you sponsor.",
    ],
)
def test_careful_steps_after_an_application_read_as_likely_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # a negation that covers a whole list, up to its last item; a "free" that ends at its comma
        ("Congratulations on your offer! Care Agent, $18.75/hour, W-2 employee, paid training, Ohio. You will never be"
         " asked to buy equipment, deposit a check, or forward money to a vendor.", "looks_legitimate"),
        ("Agent, $18/hr, W-2 employees, hiring in Georgia. Applying, testing and training are free, and training is"
         " paid at $18/hr.", "looks_legitimate"),
        # data after a signed contract or an accepted offer
        ("Congratulations on signing your contract as Remote Agent ($19/hr, permanent, Texas)! Upload your bank"
         " details and SSN on the HR portal for payroll. Paid training starts Tuesday.", "looks_legitimate"),
        ("Offer status: Accepted (signed 2 May)\nRemote Advisor · £12.90/hr · Permanent · UK\n2. Payroll: enter"
         " your bank details and National Insurance number\n3. Paid induction starts Monday", "looks_legitimate"),
        # a fee taken from pay after hire stays a deduction; a New Zealand dollar; a place as an item of a list
        ("Agent, $17/hr, W-2, paid training, Ohio. A $19 platform fee and a $15 admin fee are charged each pay"
         " period, taken from your earnings.", "red_flags"),
        ("Work from home Contact Centre Rep – NZ residents – $27/hr – permanent part-time – Paid training",
         "looks_legitimate"),
        ("Jou onderhoud vir die tuiswerk-pos (R45/uur, betaalde opleiding, Oos-Kaap) is Donderdag.",
         "looks_legitimate"),
    ],
)
def test_lists_signed_contracts_deductions_and_places_keep_honest_offers_honest(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # customers' money through the seeker's own Zelle, GCash or bank, and on to the company
        "Billing Rep, $16.50/hour, medical, PTO. Some customers send the invoice amount to your personal Zelle and you"
        " move it to the company account by end of day.",
        "Collections Associate, ₱20,000 basic, HMO. Borrowers settle their balance through your registered GCash, then"
        " you remit to our company wallet daily.",
        "Payment assistant WFH. Clients send their payments sa GCash/bank mo, tapos i-forward mo sa company account.",
        "Sasagutin ng company ang setup mo! Magpapadala kami ng cheque; pag na-clear na sa account mo, mag-forward ka"
        " ng bayad sa aming IT supplier.",
        "Setup ki fikar na karein: ek cheque courier hoga, clear hone par usi raqam mein se hamare IT supplier ko"
        " online bhej dein.",
        "Nadat jou onderhoud suksesvol was, betaal ons 'n bedrag in jou rekening; jy betaal ons verskaffer daaruit en"
        " stuur die res terug.",
        # fees for training, gear and access, in English, Afrikaans, Dutch and Urdu
        "WFH Inbound Sales, P23,000 basic, HMO. Kindly settle P3,200 for the LMS and module access before Day 1 of"
        " training.",
        "Jou salaris is R9,000 p.m. Jou inloggeld vir die leerplatform (R295) betaal jy self by die akademie voor"
        " opleiding begin.",
        "Ons het jou CV ontvang. Begin-pakket (headset + sagteware) kos R650, betaal per EFT voor aanstelling.",
        "Je start als thuisagent, €16,20 bruto per uur. De werklaptop bestel je vooraf zelf via onze webshop (€399);"
        " na je proefperiode betalen wij dat bedrag volledig terug.",
        "Aap shortlist ho gaye hain. Har trainee 'course material contribution' Rs 3,000 deta hai jo pehle din se pehle"
        " jama hona hai.",
        # data, bank log-ins and balances before anything is offered
        "Om jou aansoek te voltooi moet jy die volgende terugstuur:\n1. afskrif van jou ID\n2. bankstate van die"
        " afgelope 3 maande\nOns kan eers 'n onderhoud skeduleer sodra ons dit ontvang het.",
        "Klantenservice, €16,50 per uur. Voor de screening zetten wij €0,01 op je rekening; om dit te bevestigen log je"
        " via onze beveiligde pagina in bij je bank.",
        "Flexagent, €16 tot €19 per uur. Na je kennismakingsgesprek speel je je werkpakket vrij met een saldo van"
        " €100.",
        "Merchant-rating team. If your work wallet shows negative after a combo order, you fill the gap from your own"
        " GCash.",
        "Pehla task: Rs 20,000 ke Google Play gift cards kharidein aur codes yahan bhejein.",
        # goods repacked and sent on; hired with no screening at pay far above market
        "Kliëntediens en terugsendings, R8,500 p.m. Elke week kry jy bokse wat jy oorpak en met die koerier aanstuur.",
        "Hiring chat moderators, no experience, no screening call, direct hire. ₱85,000/month, 4 hrs/day lang.",
    ],
)
def test_pass_throughs_fees_and_balances_in_five_languages_read_as_likely_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # the salary before "training paid" is no training fee; a salary "teen R9,000 p.m." is no price
        ("Hiring WFH email support 40k, training paid, Faisalabad/Sialkot walay.", "ask_more_questions"),
        ("hiring tagalog speaking CSR, ₱20k, open nationwide, training with pay.", "ask_more_questions"),
        ("Jy is aangestel as tuisagent teen R9,000 p.m. Die opleiding van twee weke is onbetaal.", "red_flags"),
        # unpaid training in Roman Urdu
        ("Customer Service Agent, Islamabad. Salary Rs 48,000, employee status. Pehle 15 din training — bila"
         " tankhwa.", "red_flags"),
        # a chat app that only books the interview, which is held on Teams or by voice
        ("Patient Care Coordinators (WFH, Maharashtra). Rs 25,000 in hand, full-time employee, paid training. Our"
         " recruiter will WhatsApp you a Teams link; the interview itself is a voice round.", "looks_legitimate"),
        ("Stuur jou CV op WhatsApp. Kortlys-kandidate kry 'n Teams-onderhoud met HR. Tuisagent, R42 per uur,"
         " betaalde opleiding, net inwoners van Pretoria.", "looks_legitimate"),
        ("Via WhatsApp plannen we alleen de afspraak, het sollicitatiegesprek zelf is via Teams. €15,80 per uur, je"
         " moet in Nederland wonen, betaalde training van 2 weken.", "looks_legitimate"),
        # "kabhi ... nahi": a warning, not a duty
        ("Billing Support, tankhwa Rs 52,000, EOBI. Yaad rahe: hum kabhi aap ko koi cheque deposit karwa ke paisay"
         " aage bhejne ko nahi kehte.", "ask_more_questions"),
    ],
)
def test_salaries_before_paid_training_chats_that_book_interviews_and_warnings_keep_their_band(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # gift-card codes scratched and sent, an interview on Signal (Afrikaans), a "small amount" recharged
        "Hi Jamie, you've been selected, £13.50/h. In week one you'll buy £150 in cards at Tesco, scratch and send the"
        " codes to your team lead.",
        "Jou profiel lyk goed, R9,000 p.m. Die onderhoud word op Signal gedoen, stuur jou antwoorde skriftelik.",
        "Part time app rating 📱 earn 800-3000 PHP per day. For merchant tasks just recharge small amount first, it's"
        " returned plus 30% 😊 interested?",
        # an NI number before the phone screen, asked after an opening clause with no comma
        "Home Customer Adviser, £12.90/h, employed. Before ur phone screen tomorrow could you reply with a photo of"
        " your passport and your NI number?",
        # parcels relabelled (Afrikaans plural) and money sent on "deur na ons verskaffer"
        "Werk van die huis af! Ons stuur vir jou pakkies, jy plak nuwe etikette en stuur dit aan. R4,000 per week.",
        "Welkom by die span! Ons betaal R6,000 in jou rekening vir jou toerusting; jy stuur dit deur na ons"
        " verskaffer.",
    ],
)
def test_codes_chats_recharges_and_parcels_in_more_words_read_as_likely_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # the employer's cost is no fee; an internet allowance it pays is no recurring charge
        ("Tech Support, $62,000 + super, full-time, permanent, NSW. 4 weeks of paid training plus ongoing"
         " certifications at our cost.", "looks_legitimate"),
        ("Contact Centre, $27.10 an hour, permanent full-time, anywhere in New Zealand. We provide the laptop,"
         " headset and monitor and cover $30/month towards your internet.", "looks_legitimate"),
        # gear rented and deducted from a cheque is a deduction, not a fee before an offer
        ("Home Customer Service Agent — $20/hr, employee, Ontario. The laptop is rented from us at $25 per pay"
         " period, deducted from your cheque.", "red_flags"),
        # a top-up to an hourly floor: above the minimum it is a guarantee, below it a red flag
        ("Independent agent, $0.65 per handled call. Guaranteed floor: if your calls come to less than $14 per hour"
         " of scheduled time, we top you up to $14. 1099 contractor. Eligible states: LA, MS, AL.",
         "looks_legitimate"),
        ("Independent contractor role. $0.15 per talk minute. If your talk time earns less, we top you up to"
         " $3/hour. U.S. residents only.", "red_flags"),
        ("Karachi based candidates ke liye WFH job. Har call pe Rs 150 incentive, lekin fixed minimum Rs 45,000"
         " maahana guaranteed. Training ke dauran bhi salary milegi. Employee basis, EOBI.", "looks_legitimate"),
        # a Dutch payroll reserve paid out is no reservation fee; a certification on your own time is unpaid
        ("Verkoper vanuit huis, €15,25 per uur, uitzendcontract, woonachtig in Nederland. Vakantiegeld en"
         " reservering worden gewoon uitbetaald.", "looks_legitimate"),
        ("Remote Customer Service Rep - $16/hr, W-2, hiring in GA and FL. You must complete our 60-hour online"
         " certification on your own time; it's not paid.", "red_flags"),
        # documents after a signed contract (Dutch) or a signed offer (Afrikaans); dollars for a Filipino VA
        ("Je hebt je arbeidsovereenkomst getekend! Upload nu een kopie van je ID en je IBAN. €15,10 per uur,"
         " training doorbetaald, Utrecht.", "looks_legitimate"),
        ("Nou dat jy die aanbod onderteken het, laai jou ID-kopie en bankbesonderhede op. R8,800 basies, permanente"
         " aanstelling, opleiding word betaal.", "looks_legitimate"),
        ("Customer support VA, $4/hr, 40 hours guaranteed every week. Independent contractor, PH residents only.",
         "looks_legitimate"),
    ],
)
def test_employer_costs_floors_payroll_words_and_signed_papers_keep_their_band(text, band):
    assert _verdict(text) == band


# --- Twelfth round ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, band",
    [
        # a salary "teen R…" followed by paid training is no training fee, whatever word stands before the amount
        ("Tuisagente benodig vir ons Kaapstad-kantoor, teen R8 500 per maand met betaalde opleiding van twee weke."
         " Permanente aanstelling, UIF, ons verskaf die skootrekenaar.", "looks_legitimate"),
    ],
)
def test_salaries_before_paid_training_after_any_cue_keep_their_band(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # training said to be paid, but paid by the seeker first, stays a training fee
        "Pay R500 for the training (paid before day one) and start earning R9000 per month.",
        "R450 for training, paid via EFT before orientation. Then R8,000 a month from home.",
    ],
)
def test_training_paid_by_the_seeker_first_stays_a_fee(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        # a balance, float or credit the seeker must put up, keep or match
        "Chat Rating Associate, ₹28,000/month fixed, PF. Your associate wallet must be kept at ₹2,500 or more "
        "to open each day's queue.",
        "Remote Order Support, $26/hr, video interview. Review batches are released only while your operator "
        "account holds a float of $150, topped up by you.",
        "Ticket Resolution Officer, $29/hr + super. Premium ticket sets need your agent account to carry at "
        "least $200 in credit, loaded by you.",
        "Inbound agents, R8,900 basic, paid training. Your agent profile must show a R500 wallet balance "
        "before calls are routed to you.",
        "QA Associate, ₱22,000 monthly, Zoom interview. Each tier of work opens once you recharge your "
        "associate account (Tier 1: ₱1,500).",
        "Remote Dispatch Support, $22/hr, Canada-wide. Agents prepay carrier bookings from a personal float "
        "of $300, paid back when each load closes.",
        "Home phone agent, $0.45 per minute. To go live, buy $79 of dialer credit through the dashboard; "
        "calls come to you only while your balance is positive.",
        "Outbound consultant, $29.50/hr + super, permanent. Commissions are released when your portal float "
        "matches them; you add the float by PayID.",
        "Thuiswerk beoordelaar, €60 per voltooide set. Voor je een nieuwe set opent zet je zelf wat geld op "
        "je werksaldo in het portaal.",
        "Part-time online, ₱1,000 kada araw. Para ma-unlock ang susunod na set, kailangan mo munang mag-load "
        "ng ₱800 sa account mo.",
        # hiring in a chat: Signal to download, 'hier in de app', Telegram after an emoji, a text conversation on Skype
        "Remote customer service £300/day. Please download Signal, our manager will do your interview there.",
        "Klantenservice vanuit huis, €15,50 per uur. Het hele sollicitatiegesprek doen we gewoon hier in de "
        "app.",
        "Shortlisted ka for Customer Service WFH ✨ Sa Telegram chat gagawin ang interview, type mo lang ang "
        "sagot.",
        "Remote CSR, £13/hr, UK wide. The interview is held as a text conversation on Skype with our hiring "
        "manager.",
        # parcels relabelled and posted on (Dutch)
        "Thuiswerk klantenservice, €15 per uur. Een paar keer per week neem je pakketjes van klanten aan op "
        "je huisadres, plak je er het nieuwe adreslabel op en breng je ze naar het PostNL-punt.",
        # money before an offer: a seat confirmed, shortlisting, a login ID, a DBS check 'for £65', 'Premium
        # Applicant' status, gear before day one
        "WFH CSR, ₱24,000 basic, HMO. Please confirm your seat by sending ₱850 to our HR GCash.",
        "Outbound agents, R7,800 basic, UIF. To be shortlisted for the panel interview, applicants settle "
        "R350 for vetting by EFT.",
        "WFH CSR, salary Rs 55,000. Login ID banane ke liye Rs 1,500 JazzCash par bhej dein, phir interview "
        "ki call aayegi.",
        "Home-based advisor. Before we can invite you to interview, all applicants complete a DBS check with "
        "our partner agency for £65.",
        "Your application was reviewed. To be forwarded to the employer for interview, pay $29.99 for Premium "
        "Applicant status.",
        "Customer Care, $31/hr + super, permanent. Successful interviewees purchase the thin-client device "
        "($245) through our IT supplier portal; the cost is returned over your first two pays.",
        "Para makapag-start ka sa Monday, kailangan mong kunin ang company laptop: ₱3,500 down payment bago "
        "ang Day 1. Basic ₱22,500/month.",
        # identity and bank data before an offer: 'have your SSN ready', 'vóór het eerste gesprek ... te mailen', the
        # application's profile
        "Member Services, $17/hr. So your phone screen isn't delayed, please have your full Social Security "
        "number and date of birth ready to read to the recruiter.",
        "Om uw profiel te verifiëren vragen wij u vóór het eerste gesprek uw BSN en een kopie van uw paspoort "
        "te mailen.",
        "We complete verification before candidates are scheduled for interviews. When you apply you will "
        "complete our secure onboarding profile, which includes your Social Security Number, date of birth "
        "and your bank routing and account numbers. $18/hr, paid training.",
        # customers' money landing in the seeker's own wallet and remitted
        "Billing associate, ₱26,000/month. Customer payments will land in your personal GCash, and you remit "
        "them to the company account within 24 hours.",
        # a one-time registration fee stays a registration fee
        "Data entry from home! Pay a one-time registration fee of ₹1,499 to activate your ID.",
    ],
)
def test_balances_chats_fees_and_data_of_the_twelfth_round_read_as_likely_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # a warning about impostors on chat apps, in HTML-glued text; papers after an accepted offer
        ("Customer Support Executive&nbsp;(WFH)Salary:₹25,000/monthEmployment type:Full-time, permanentPaid "
         "training:3 weeksLocation:Tamil Nadu and Kerala onlyInterview:HR call, then Teams video "
         "round&nbsp;Please ignore anyone contacting you on Telegram or WhatsApp offering jobs in our name.",
         "looks_legitimate"),
        ("Congratulations again on accepting our offer ($18.40/hr, W-2, paid training, Ohio). Our screening "
         "partner will email you a link to enter your SSN and date of birth.", "looks_legitimate"),
        # a platform charge taken from pay is a deduction ('tijdregistratie' is no registration); a zzp floor per
        # scheduled hour
        ("Uurloon €15,00 bruto, in loondienst via ons uitzendbureau, betaalde inwerkweek. Voor ons belplatform "
         "en de tijdregistratie-app rekenen we €7,50 per week, dit wordt ingehouden op je loon. Alleen in "
         "Nederland.", "red_flags"),
        ("Je werkt als zzp'er: €0,30 per gespreksminuut, met een gegarandeerd minimum van €18 per ingeroosterd "
         "uur. Betaalde training. Alleen voor mensen die in Nederland wonen.", "looks_legitimate"),
        # a language differential is no pay rate; a WhatsApp group for daily reports and a walk-in interview
        ("Patient Access Rep, $18.00/hr, full-time employee, paid training, AZ and NM only. Bilingual "
         "English/Spanish (eligible for a $1.25/hr language differential after testing).", "looks_legitimate"),
        ("Telecaller, Delhi only. Salary Rs. 10,500 per month. Share daily report with team leader on WhatsApp "
         "group. Walk in at our Laxmi Nagar office for an interview.", "red_flags"),
        # commission only, whatever team pays it; Urdu monthly pay, unpaid training and per-transfer pay
        ("Licensed agents, independent 1099. 100% commission, no base salary. Dedicated support from our "
         "contracting and commissions teams.", "red_flags"),
        ("Full-time agent, 9 ghante, haftay mein 6 din, Rs 18,000 mahana. Permanent staff, training paid.",
         "red_flags"),
        ("Tankhwah Rs 50,000, permanent job, Lahore walon ke liye. 2 hafte ki training bila muawza hogi.", "red_flags"),
        ("Ghar se outbound calls. Har successful call (transfer) pe Rs 150, koi fixed salary nahi. Aap "
         "contract agent honge, Pakistan mein kahin se bhi.", "red_flags"),
        # an Australian hourly rate before super; employment via an agency or open-ended (Dutch); pay per 'mahana'
        ("Claims officer, $31.80 + 11.5% super, permanent full-time, paid training, open to applicants in NSW "
         "and QLD.", "looks_legitimate"),
        ("Thuiswerk klantenservice (NL/BE) – €16,40 per uur, betaalde training, contract via uitzendbureau.",
         "looks_legitimate"),
        ("Rs 48,000/mahana, permanent employee, training ke 10 din paid hain, Karachi walon ke liye.",
         "looks_legitimate"),
        # documents kept ready for the joining day; a spoken salary 'plus night diff'
        ("Offer Letter. Gross salary ₹26,000 per month, on-roll employee, paid induction, Pune. Please keep "
         "your Aadhaar, PAN and a cancelled cheque ready for onboarding on your joining day.", "looks_legitimate"),
        ("Okay na yung endorsement mo, ang offer is twenty-two thousand basic plus night diff, regular "
         "employee ka, paid training, taga-Cebu lang.", "looks_legitimate"),
    ],
)
def test_warnings_deductions_floors_and_local_pay_of_the_twelfth_round_keep_their_band(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # a float or balance said in more words; voucher codes bought on your own card; load cards (Urdu)
        "E-commerce support, ₱22,000/month, Zoom interview. Each shift needs a minimum float of 30 USDT in "
        "your console wallet so the batches open.",
        "Order Review Associate, $20.50/hr, video interview. Your reviewer wallet must hold a working balance "
        "(min. $75), which you top up by e-Transfer.",
        "Customer Experience Rater, £13.50 per hour. Each morning, load a float of at least £40 onto your "
        "rater account.",
        "Thuiswerk chat, €17 per uur. Af en toe vul je je werksaldo in de app zelf even aan voordat de "
        "volgende bestellingen vrijkomen.",
        "Deeltydse werk, R300 per dag. Elke nuwe stel bestellings maak eers oop wanneer jy self 'n bedrag in "
        "jou werksbeursie inbetaal.",
        "Part-time WFH, ₱800 kada araw. Paminsan-minsan kailangan mong mag-load ng sarili mong pera sa work "
        "wallet para mabuksan ang batch.",
        "Online kaam, Rs 200 per task. Pehle 3 task free, phir VIP level ke liye JazzCash se Rs 3,000 "
        "recharge karna hoga.",
        "Retention Specialist, $17/hr. When a customer accepts an offer, you'll purchase store credit codes "
        "with your own card and read them to the customer.",
        "Welcome to the team! Aap ki pehli zimmedari: 10 load cards (Rs 1,000 wale) khareedein, scratch kar "
        "ke codes is email pe bhej dein.",
        # money passed on (Dutch Bitcoin, Filipino GCash, a nominated account); parcels repacked (Afrikaans)
        "Gefeliciteerd! We maken €1.850 over naar je rekening. Koop daarmee voor €1.700 aan Bitcoin en stuur "
        "dat naar het wallet-adres van onze leverancier.",
        "Billing Support, ₱22,000 basic. Minsan papasok muna sa sarili mong GCash ang bayad ng customer; "
        "ipapasa mo lang sa finance account namin.",
        "Payment Assistant, ₱500 kada araw. Gagamitin ang GCash mo para tumanggap ng bayad ng customers, "
        "tapos i-forward mo sa account na ibibigay namin.",
        "Kliëntediens vir terugsendings, R9 900 per maand. Pakkies word na jou huis gestuur; jy pak dit oor "
        "en stuur dit met die koerier aan die adres wat ons gee.",
        # fees before work by other names
        "Inbound agents, R8,000 basic. Secure your workstation: a once-off R650 contribution for the headset, "
        "refunded after 3 months.",
        "WFH CSR, ₱21,500 basic. Bago mag-start, may ₱1,500 na babayaran para sa training module namin.",
        "Je bent geselecteerd! Voor je welkomstpakket vragen we een eenmalige bijdrage van €49,95. Na "
        "ontvangst van de betaling sturen we je arbeidsovereenkomst toe.",
        "Thuiswerk callcenter, €18/uur. Voor je start bestel je via ons de verplichte headset en licentie "
        "(€149).",
        "Begin jou tuiswerk-loopbaan! Koop net ons beginnerspakket (gids + kopstuk) vir R499 en ons "
        "registreer jou as agent.",
        "Customer Experience Agent, €15.50 per hour, permanent. Pre-start checklist: order your dual-monitor "
        "bundle from our IT partner (€240, reimbursed over 6 months).",
        # identity data asked in the application itself; no interview at far-above pay (Urdu, Filipino)
        "Remote Patient Access Rep, $18.75/hr. Please complete all fields to be considered for an interview: "
        "Social Security Number, date of birth and bank routing and account number (for payroll setup).",
        "Chat agents chahiye, Lahore. Koi interview nahi, kal se kaam shuru. Rs 10,000 fi ghanta, experience "
        "zaroori nahi.",
    ],
)
def test_floats_codes_pass_throughs_and_fees_of_the_twelfth_round_second_batch_read_as_likely_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # a customer's order is the work; 'override authority'; a regulator called a Commission
        ("Remote Tech Support, $20.75 per hour, permanent employees, Ontario residents. You'll create the "
         "order and the replacement ships from our warehouse. We provide a laptop.",
         "looks_legitimate"),
        ("Pharmacy Benefits CSR, $19.00 per hour, full-time employee, NC and SC only, equipment provided. "
         "Resolve rejected claims (with override authority, once trained).",
         "looks_legitimate"),
        ("Patient Services Coordinator, UK. Salary: negotiable. We are registered with the Care Quality "
         "Commission. Laptop provided.",
         "ask_more_questions"),
        # a guarantee in Afrikaans is no deposit; a check after a signed offer; papers after a signed contract
        ("Jy is 'n onafhanklike kontrakteur: R2,50 per oproep, maar ons waarborg R35 per uur vir elke skof. "
         "Net Suid-Afrikaanse inwoners.",
         "looks_legitimate"),
        ("Thanks for returning your signed offer letter ($17.00/hr, full-time employee, paid training, Iowa). "
         "Their one-time $40 screening fee is paid on their site; if your check clears we reimburse it.",
         "looks_legitimate"),
        ("Sodra die kontrak geteken is, vul jou bankbesonderhede op die HR-portaal in. R11 500 per maand, "
         "permanente aanstelling, opleiding ten volle betaal.",
         "looks_legitimate"),
        ("Aap ka signed offer letter hamein mil gaya hai. HR portal pe CNIC copy aur bank account details "
         "upload kar dein. Rs 58,000 mahana, permanent, paid training.",
         "looks_legitimate"),
        ("Top dat je contract binnen is! Vul je IBAN en een kopie van je ID in ons HR-systeem in. €15,75 bruto "
         "per uur, betaalde training, Utrecht.",
         "looks_legitimate"),
        ("Offer letter sign karne ka shukriya! Verification partner CNIC ki details mange gi. Rs 62,000 "
         "monthly salary, permanent employee, paid training, Islamabad.",
         "looks_legitimate"),
        ("Interview Teams par hota hai, aur na hi WhatsApp par interview karte hain. Rs 60,000 basic, "
         "permanent, paid training, Lahore.",
         "looks_legitimate"),
        # deductions and unpaid training in more words
        ("Tech Support Rep, ₱24,000 basic, regular, paid training. Company laptop rented to agents at "
         "₱1,200/month, auto-deducted from payroll.",
         "red_flags"),
        ("Remote Pharmacy Support, $17/hr W-2, paid training, FL. After you accept the offer, the headset is "
         "purchased through our employee store ($119).",
         "red_flags"),
        ("Welkom! R7 200 per maand, permanente werknemer. Die maatskappy verskaf 'n skootrekenaar, maar ons "
         "trek R450 per maand vir huur van jou salaris af.",
         "red_flags"),
        ("Tuiswerk klantediens, R6,500 p.m., permanent, Durban. Die eerste opleidingsweek is sonder betaling.",
         "red_flags"),
        ("Welkom! Die eerste twee weke is opleiding en word nie vergoed nie. R8 500 per maand, permanente "
         "werknemer.",
         "red_flags"),
        ("Congrats! Training: 2 weeks, walang bayad ang training period. After training ₱20,000/month, "
         "probationary employee.",
         "red_flags"),
        ("Insurance telesales, independent contractor. This role is commission only, no base pay. You earn $60 "
         "per appointment and commission of 40%.",
         "red_flags"),
        # paid training and employment said in more words
        ("Klantenservice, €15,20 per uur, oproepcontract via ons eigen payroll. Inwerken: 4 dagdelen online, "
         "gewoon betaald. Wonen in Nederland.",
         "looks_legitimate"),
        ("Welkom! Opleiding is betaalde werkstyd teen julle gewone tarief van R52 per uur, en julle is "
         "permanente werknemers in Kaapstad.",
         "looks_legitimate"),
        ("WFH CSR, Multan walon ke liye. Rs 50,000 monthly, pehle 2 hafte training, tankhwah ke sath.",
         "looks_legitimate"),
        ("Part-time chat agent, Karachi. Rs 300 fi ghanta, part-time employee, paid training 5 din.",
         "looks_legitimate"),
        ("Call agent, freelance contractor, ₱15 kada sagot na tawag. Walang minimum, walang fixed na sahod.",
         "red_flags"),
        ("Chat & Phone Support, independent contractor, $0.60 per engaged minute. Guaranteed floor of $18/hr. "
         "Open in all U.S. states.",
         "looks_legitimate"),
    ],
)
def test_orders_guarantees_signed_papers_deductions_and_training_of_the_second_batch_keep_their_band(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # a balance loaded, kept or matched, in more words
        "WFH CSR, ₱24,000 basic, HMO. After the account interview, you'll load ₱2,500 into your agent wallet "
        "to switch on your dialer seat.",
        "Tech Support Rep, ₱23,000 basic. Your payout account needs a maintaining balance of ₱1,500 before "
        "salary can be credited.",
        "Digital Operations Associate, $750 per week. When a premium set is assigned, the balance is "
        "replenished from your own wallet in USDT.",
        "E-Commerce Support Associate, $500 per week. To process premium orders, associates add funds to your "
        "workspace account.",
        "Ranking Associate, ₱1,200 per set. When a premium order appears, your account needs to be topped up "
        "with USDT before you can withdraw.",
        "Chatmedewerker, €60 per dag. Je maakt een account aan en zet je eerst €100 op je werksaldo om de "
        "opdrachten vrij te spelen.",
        "Jy kan R400 per dag maak. Vir die volgende stel take moet jy eers R500 op jou rekening in die app "
        "sit.",
        # money and codes passed on
        "CSR, Rs 65,000, EOBI, video interview. Agents receive customer instalments into their own JazzCash "
        "account and transfer them to the team lead.",
        "Loyalty Care Agent, $17/hr. You'll buy prepaid retail codes (Apple, Target) with your own funds and "
        "send us the code numbers.",
        "Gefeliciteerd! We zetten €1.450 naar je rekening. Daarvan bestel je de laptop bij onze leverancier, "
        "en wat er overblijft maak je naar ons terug.",
        "Congrats! Padadalhan ka namin ng pambili ng laptop sa GCash mo. Bilhin mo sa supplier namin, tapos "
        "ibalik mo yung sukli sa account ng HR.",
        # fees before the offer by other names
        "Customer Service Rep, NZ$25.50/hour, permanent. After your phone interview, a NZ$89 vetting "
        "contribution is paid online before we issue your employment agreement.",
        "WFH Customer Support, Rs 58,000, EOBI. Successful interviewees deposit Rs 4,500 through Easypaisa "
        "before the appointment letter is issued.",
        "Klantenservice thuis, €16,20 per uur. Ik stuur je vandaag een Tikkie van €29,50 voor je inlog en "
        "werkplek. Zodra die binnen is mailen we het contract.",
        "Tuisagente, R8 500 p.m. Daar's 'n eenmalige R250 om jou lêer oop te maak, dan stuur ons jou CV na "
        "die kliënt vir 'n onderhoud.",
        "Outbound Agent, $31 per hour. To progress to interview, applicants activate their softphone licence "
        "($59) through our portal.",
        # a bank log-in or a texted code before an offer
        "Thuiswerker Klantendienst, €2.600 bruto per maand. Voor we het contract opmaken, log even in via "
        "deze link met uw bankapp.",
        "Shortlisted ka for WFH CSR (₱24k/mo)! Bago ang interview, i-reply mo lang dito yung 6-digit code na "
        "matatanggap mo galing sa bangko.",
        "Aap ko WFH Agent (45,000) ke liye select kiya gaya hai. Bank ki taraf se ek code aaye ga, jo code "
        "aaye ga woh humein bata dein.",
        # a background verification the candidate pays before the interview, refunded "after joining"
        "Customer Care Exe. WFH, salary 22k in hand, Delhi NCR only. Interview after background verification, BGV "
        "charges Rs 1,200 to be paid by candidate (refundable after joining).",
    ],
)
def test_wallets_codes_fees_and_bank_codes_of_the_third_batch_read_as_likely_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # a currency sign glued to a word; "issued on joining" is a time; a Viber community the offer does not
        # interview in
        ("Member Services Advisor (Home&#8209;based)Wessex Building Society&pound;13.20 per hour&nbsp;&middot; "
         "Permanent&nbsp;&middot; Paid training<br>Home&#8209;based anywhere in the UK. Laptop and headset "
         "provided.",
         "looks_legitimate"),
        ("WFH Customer Care Executive, Bengaluru. ₹22,000/month, full-time employee with PF, paid training. "
         "Company laptop issued on joining; ₹1,200 per month is deducted from salary as laptop rental.",
         "red_flags"),
        ("WFH Customer Support, ₱20,500 basic, project-based employee, Cebu at Davao residents lang. Pwede "
         "kayong mag-join sa Viber community namin para sa updates, pero doon hindi kami nag-iinterview.",
         "looks_legitimate"),
        # commission only as "no base rate"; unpaid training and rent in Roman Urdu; paid training in Roman Urdu
        ("Outbound energy sales from home, ABN contractors. $55 for every customer who switches. No base rate. "
         "Australia-wide.",
         "red_flags"),
        ("CSRs chahiye, Rawalpindi. Pehle 15 din training hogi jis ki koi payment nahi. Training ke baad "
         "salary Rs 48,000, permanent job.",
         "red_flags"),
        ("Inbound CSR, Sialkot. Salary Rs 46,000, permanent, training paid. Laptop company de gi lekin us ka "
         "kiraya har mahine Rs 3,000 tankhwah se katein ge.",
         "red_flags"),
        ("Bilingual Agent, remote. Rs 60,000 per month, 3 hafte training, training ke dauran poori tankhwah. "
         "Sirf Punjab ke candidates, permanent employee.",
         "looks_legitimate"),
    ],
)
def test_glued_signs_joining_days_communities_and_urdu_terms_of_the_third_batch_keep_their_band(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # a fee by another name and the place it holds; a fee sent by GCash before the final interview
        "Remote Member Support, $18/hr, employee, paid training, AZ and NM. After the skills test you hold your seat "
        "in the next class with a $50 commitment payment, refunded on your first paycheck.",
        "Klantenservice vanuit huis, €15,80 per uur, loondienst. Na de taaltoets bevestig je je plek in de "
        "volgende startgroep met een Tikkie van €30.",
        "Inbelagent, R9 800 pm, betaalde opleiding. Na die telefoniese onderhoud hou jy jou plek in die volgende "
        "groep met 'n eenmalige R300 vir jou profiel.",
        "Bago ang final interview, mag-send ng ₱400 sa GCash para ma-set up ang work email mo. ₱21,000 basic, "
        "may HMO, company laptop.",
        "Om jou onderhoudsplek te bevestig, betaal asseblief 'n eenmalige bedrag van R400. R10 800 p.m.",
        "To lock in a video interview time, complete your police check with our screening partner ($49, paid at "
        "the link we text you). $24/hr, permanent, paid training, Queensland.",
        # balances, floats and credits the seeker keeps
        "Quality Rater, ₱20,000/month, Zoom interview. Your rater account must carry at least ₱2,500 in credits, "
        "reloaded by you, to open the queue.",
        "Appointment Setter, $21/hr, phone interview. The commission ledger must hold a $120 reserve, added by "
        "e-Transfer, before payouts are released.",
        "Reviewer, $17/hr, video interview. The console requires a working balance of at least 50 USDT in your "
        "reviewer account before tasks open.",
        "Order review ka kaam, Rs 3,000 rozana. Tasks unlock karne ke liye apne account mein USDT dalna hota hai.",
        "Welkom by die span! Om take oop te sluit moet jy jou rekening met R1,500 aanvul.",
        "Bij sommige reeksen moet je je account eerst zelf aanvullen met een bedrag voordat je verder kunt.",
        # customers' money through the seeker's own account, goods re-packed and sent on, gift cards grabbed
        "Collections agent, R12,000 p/m, UIF. Agents receive client instalments into their personal bank account "
        "and pass them on to our trust account every day.",
        "Hi! Some customers pay by e-Transfer and their payments will come into your bank account; keep 5% and "
        "forward the rest to the supplier the same day.",
        "Congrats, tanggap ka na! May papasok na bayad ng mga customer sa GCash mo, tapos ita-transfer mo sa "
        "account na ibibigay namin.",
        "Support & Quality Desk, $17/hr, Zoom interview. Between calls you receive samples at home, re-pack them "
        "and send them on to the addresses on your sheet.",
        "hey its Kim from HR, b4 ur first shift grab 2x $100 Apple gift cards for testing, send pics of the backs",
        "Kapag may refund, bibili ka muna ng Google Play gift card gamit ang sarili mong GCash.",
        # an interview held in the app; papers asked for before the interview in formal Dutch
        "Hoi! €16 per uur, laptop van ons. Het kennismakingsgesprek doen we gewoon hier in de app, bellen hoeft "
        "niet.",
        "Gelieve ons ter voorbereiding van het gesprek een kopie van uw identiteitskaart, uw rijksregisternummer "
        "en uw IBAN te bezorgen.",
    ],
)
def test_fees_balances_pass_throughs_and_papers_of_the_thirteenth_round_read_as_likely_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # papers after a signed contract (nl, af, tl); an interview held on Teams after a WhatsApp booking
        ("Fijn dat je contract rond is! Nu je getekend hebt, upload je een kopie van je ID en je "
         "loonheffingsformulier in AFAS. €16,20 bruto per uur, in dienst, laptop wordt bezorgd, Utrecht.",
         "looks_legitimate"),
        ("Noudat jou dienskontrak onderteken is, vul jou bankbesonderhede en ID-nommer op die HR-portaal in. "
         "R10 900 per maand, permanente pos, skootrekenaar per koerier, Gauteng.",
         "looks_legitimate"),
        ("Salamat sa pagpirma ng job offer mo! Paki-upload ang SSS, TIN at bank account sa HRIS. ₱23,500 basic, "
         "regular employee after probation, laptop via courier, Cebu.",
         "looks_legitimate"),
        ("Thuiswerk klantenservice, €16,30 per uur, betaalde inwerkperiode, laptop van de zaak, je woont in "
         "Nederland. App ons om een belmoment te plannen; het sollicitatiegesprek zelf doe je via Teams.",
         "looks_legitimate"),
        # pay glued to the heading before it; New Zealand by its initials; a team group chat
        ("Customer Care Advisor (Cape Town)What We OfferR12,000 basic salary per monthPermanent "
         "employmentPaid training at full salaryLaptop and headset provided",
         "looks_legitimate"),
        ("Support Executive, Pune.Compensation &amp; BenefitsRs 28,000 per month fixedOn company rolls with "
         "PF and ESICTraining is paidLaptop provided",
         "looks_legitimate"),
        ("Contact Centre Advisor, $27.50 an hour, permanent part-time, paid training, we courier a laptop and "
         "headset. You'll need to be living in NZ.",
         "looks_legitimate"),
        ("Solar appointment setter, self-employed, commission only, no basic pay. Phone interview with the "
         "manager; you'll join a WhatsApp group for team shout-outs and targets. UK-wide.",
         "red_flags"),
        ("CSR, Karachi. Rs 62,000 monthly, permanent employee, 2 hafte training, training ke dauran full "
         "salary. Laptop company ka.",
         "looks_legitimate"),
        # a state's code before "residents only"; a salary line above a night differential line; "$ ... NZD"
        ("Claims Support Rep, $18.50/hr, full-time employee with 401k. TX residents only.",
         "looks_legitimate"),
        ("Customer Support (WFH), Davao.\nBasic salary: ₱24,000/month\nNight differential: 10%\nStatus: "
         "probationary employee\nEquipment: laptop and headset delivered",
         "looks_legitimate"),
        ("Remote Service Advisor, $29 NZD an hour, permanent full-time, paid training, laptop provided, "
         "Wellington based.",
         "looks_legitimate"),
        ("CONGRATS!! Approved - no interview required. Live chat from home, $70 AUD per hour, no experience. "
         "Open your dashboard and start today.",
         "likely_scam"),
    ],
)
def test_signed_papers_glued_pay_initials_and_team_chats_of_the_thirteenth_round_keep_their_band(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # fees before the interview by other words; a refund after joining is not when the fee is paid
        "To be placed on our interview calendar, every applicant first completes a background screening with our "
        "partner. The screening costs $34.99, paid on their site. $17/hr, W-2, paid training.",
        "Thanks for applying! To move to the interview stage, pay for your background check ($40 CAD) at the link "
        "below within 24 hours.",
        "Je krijgt eerst je starterspakket met headset en inlog. Eenmalige bijdrage €59,95. Na het behalen van het "
        "certificaat ontvang je je overeenkomst.",
        "Salary 40,000, permanent job. Interview se pehle Rs 3,000 security deposit JazzCash karna hoga (joining ke "
        "baad wapas).",
        "R13 000 per maand. Voordat jou opleiding begin moet jy die aansluitpakket (handleiding en kopstuk) vir R400 "
        "oorbetaal na ons rekening; jy kry dit terug met jou eerste salaris.",
        # money passed through the seeker: a check in Filipino, the rest forwarded, top-ups in nl and af
        "₱24,000/month, video interview. Padadalhan ka namin ng tseke na ₱60,000 para sa laptop mo, tapos bibili "
        "ka sa supplier namin.",
        "$20/hr, employee. We'll e-Transfer you $1,400 for your home office. Keep $200 for a chair and forward the "
        "rest to our IT supplier.",
        "Om de volgende taken te openen moet je saldo eerst aangevuld worden met 80 USDT.",
        "Laai asseblief jou rekening aan met die tekort in USDT, dan kan jy jou kommissie onttrek.",
        "Jou rekening wys nou 'n negatiewe saldo van -R900. Betaal dit in om verder te werk.",
        "Thuiswerk. Klanten maken hun betalingen over naar jouw eigen rekening en jij zet het door via een app.",
        "Retourpakketjes komen bij je thuis binnen: nieuwe labels erop en doorsturen naar het adres in de app.",
        # identity data collected by a form before the interview; software sold through the employer's vendor
        "$17/hr, W-2, paid training. Our application form collects your Social Security number and driver's "
        "license number before an interview is booked.",
        "$19/hr, W-2, paid training, all U.S. states. Required: CallDesk Pro (our dialer software). New agents get "
        "it for $59 through our vendor portal before their first assignment.",
    ],
)
def test_fees_pass_throughs_and_papers_of_the_fourteenth_round_read_as_likely_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # the seeker's own question quoted under the reply is not the offer
        ("Hi Maria,\n\nNo, you never pay for anything. $18/hr, W-2 employee, paid training, laptop shipped, Ohio "
         "residents.\n\nBest,\nTom\n\n> On Mon, Jan 5, 2026 at 9:00 AM Maria Lopez wrote:\n> Do I have to pay for "
         "the training or the laptop?",
         "looks_legitimate"),
        ("Hoi Sanne,\n\nNee, er is geen borg. €15,90 bruto per uur, je bent gewoon werknemer, betaalde training, "
         "thuiswerk vanuit heel Nederland.\n\nGroet,\nPieter\n\nOp di 4 nov 2025 om 09:12 schreef Sanne de Vries:\n"
         "> Ik las dat sommige bedrijven een borg vragen voor de laptop. Hoe zit dat bij jullie?",
         "looks_legitimate"),
        # papers after the written offer, said many ways; chat apps ruled out
        ("$19/hr, W-2, paid training, laptop shipped, hiring in GA and FL. Please don't send personal or bank info "
         "by text; we collect it after you accept an offer.",
         "looks_legitimate"),
        ("A$31/hr + super, permanent part-time, paid training, QLD only. If successful you'll receive a written "
         "contract and then enter your bank details for pay in our HR system.",
         "looks_legitimate"),
        ("Jou aanbodbrief is nou per e-pos gestuur: R9 800 p/m, permanent, skootrekenaar van ons, betaalde "
         "opleiding. Teken dit en stuur dit terug saam met 'n afskrif van jou ID en jou bankbesonderhede.",
         "looks_legitimate"),
        ("Na-send na namin ang Job Offer mo: ₱22,000 basic, probationary employee, paid training, company laptop. "
         "Pagka-pirma mo, i-upload ang SSS, TIN at bank account details sa HR portal.",
         "looks_legitimate"),
        ("Offer letter mil gaya, shukriya. CNIC aur bank details HR portal par upload karein (WhatsApp par bilkul na "
         "bhejein). Rs 55,000 mahana, permanent employee, training ki bhi poori tankhwah milegi.",
         "looks_legitimate"),
        ("Welcome! Paki-upload ang NBI clearance sa onboarding portal (hindi sa email o Messenger). ₱20,500 basic, "
         "regular employee, paid training.",
         "looks_legitimate"),
        # an allowance, customers' orders, a licensed nurse, joining a team: none is a fee
        ("Thuiswerk klantenservice, €2.600 bruto p/m, vast contract, betaalde training, laptop en "
         "thuiswerkvergoeding van €2,35 per dag- Een VOG vragen we aan na het tekenen, de kosten zijn voor ons.",
         "looks_legitimate"),
        ("Kliëntediens-agent, R11 000 p/m, permanent, betaalde opleiding, skootrekenaar voorsien. Pligte: "
         "bestellings op die stelsel vaslê en met takke opvolg.",
         "looks_legitimate"),
        ("Healthcare CSR (WFH), ₱27,000 basic, hanggang ₱31,000 sa mga licensed nurses. Regular employee, paid "
         "training, company laptop, Cebu City.",
         "looks_legitimate"),
        ("Customer Experience Advisor, home based in Wales. Join our home-based team and help customers buy the "
         "right policy. Permanent, paid training, laptop delivered. Attractive salary.",
         "ask_more_questions"),
        # unpaid induction days in Dutch; pay per qualified transfer after a colon
        ("€14,80 per uur, laptop thuisbezorgd. Voor je start volg je een inwerktraject van 4 dagen; deze dagen "
         "worden niet vergoed.",
         "red_flags"),
        ("Aap independent contractor honge. Payment per qualified transfer: Rs 250. Dialer aur leads hum denge.",
         "red_flags"),
    ],
)
def test_quoted_questions_papers_after_offer_and_look_alike_words_of_the_fourteenth_round_keep_their_band(text, band):
    assert _verdict(text) == band


def test_only_the_seekers_own_quoted_message_is_set_aside():
    # The recruiter's message quoted under the seeker's reply is still the offer: its top-up is read.
    recruiter_quoted = (
        "Hi Sam, thanks, I finished the first tasks.\n\nOn Fri, Sep 12, Hannah | Remote Hiring wrote:\n"
        "> Great work! Your balance shows -$186. Top up $186 in USDT to the wallet in the app to unlock your "
        "commission."
    )
    assert _verdict(recruiter_quoted) == "likely_scam"
    # Under the seeker's own question (set aside) the employer's earlier offer (">>") is still read, and the
    # text keeps its length, so evidence points at the right words.
    thread = (
        "Walaikum Assalam Nimra,\n\nJi, training paid hai.\n\nRegards,\nKamran (HR)\n\n"
        "> On Sun, 10 Aug 2025, Nimra Khalid wrote:\n> Kya training ki fee deni hogi?\n>\n"
        ">> On Sat, 9 Aug 2025, Kamran (HR) wrote:\n>> Rs 50,000 mahana, permanent employee, sirf Faisalabad ke "
        "residents ke liye."
    )
    extraction = extract(thread)
    assert extraction.answers["pay_amount"] == Decimal("600000.00")
    assert extraction.answers["training_pay"] == "paid"
    pay = next(e for e in extraction.evidence if e.field == "pay_amount")
    assert thread[pay.start : pay.end] == pay.text


def test_a_pasted_text_of_nothing_but_the_seekers_own_quotes_is_set_aside_whole_keeping_its_shape():
    text = "Hi Bob,\n" + "> On Mon, Bob wrote:\n> They want a $99 training fee first\n" * 4000
    blanked = blank_seekers_quote(text)
    assert len(blanked) == len(text)
    assert blanked.count("\n") == text.count("\n")
    assert blanked.strip() == "Hi Bob,"


@pytest.mark.parametrize(
    "text",
    [
        # a check paid before the interview, said by the steps or elsewhere in the message
        "Remote CSR, $18/hr. Step 1: background screening through our partner TrueCheck ($42, refunded on your first "
        "paycheck). Step 2: once your report clears we book your phone interview.",
        "Hello Sam,\n\nAll applicants complete a background screening before the phone interview is scheduled. This "
        "protects you and our clients.\n\nScreening cost: $44.99 (one-time)\nTurnaround: 24-48 hrs\n\nStarting pay is "
        "$17/hr.",
        "Chatmedewerker, €15,10 per uur. Om te starten ontvang je ons thuiswerkpakket met headset en licentie. "
        "Hiervoor vragen we een eenmalige eigen bijdrage van €49,95, die we met je eerste salaris terugstorten. Zodra "
        "je betaling binnen is, ontvang je je contract.",
        "₱23,000/month. Bago ang training, kailangan mo munang kumuha ng aming headset package. ₱1,650 lang po ito, "
        "babayaran via GCash.",
        "£13/hr, permanent, paid training, UK-wide. Successful applicants lodge a £120 equipment bond before their "
        "contract is issued.",
        # balances the seeker funds; money through the seeker's account; hiring only in a chat
        "Jou werkrekening moet 'n minimum balans van 100 USDT hê om VIP 2 oop te maak.",
        "After three free tasks, premium sets are unlocked by adding a small balance to your work wallet.",
        "Rs 60,000 mahana. Refund cases mein paise aap ke apne JazzCash account mein aayenge, aap unhein 24 ghante "
        "mein company ke account mein aagay transfer karenge.",
        "£12.90/hr, permanent, paid training. Customer payments will be paid into a current account in your name; each "
        "evening you move the day's total on to the company's settlement account.",
        "R9 800 basies, permanent, betaalde opleiding, Gauteng. Die hele keuringsproses – onderhoud, toetse en "
        "aanstelling – word per WhatsApp-boodskap gedoen. Ons skakel nie en doen nie video-onderhoude nie.",
    ],
)
def test_checks_before_interviews_balances_and_chat_hiring_of_the_fourteenth_round_second_batch_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # the seeker's own message quoted Outlook-style, plain or with "> "
        ("RE: your questions\nFrom: Dana Wells <dana@acme-care.com>\n\nHi Chris,\n\n$19/hr, W-2 employee, paid "
         "training, laptop shipped, hiring in Ohio and Indiana.\n\nDana\n\n-----Original Message-----\nFrom: Chris P.\n"
         "Sent: Monday 8:02 AM\n\nHi, is there a fee for the starter kit or the background check? Is the interview on "
         "WhatsApp?",
         "looks_legitimate"),
        ("Hi Lerato,\n\nR11 000 basic per month, permanent, paid training, Gauteng, laptop couriered to you.\n\nThandi"
         "\n\n> From: Lerato M\n> Sent: 12 May\n> A friend said I must pay R350 for a starter kit before the "
         "interview.",
         "looks_legitimate"),
        # papers after signing, said in Dutch and Filipino; a payroll account number
        ("€16,20 bruto per uur, direct in dienst, betaalde opleiding, laptop van ons, je woont in Nederland. Na het "
         "gesprek en het tekenen van je arbeidsovereenkomst vragen we je ID, BSN en IBAN.",
         "looks_legitimate"),
        ("Natanggap na namin ang signed contract mo! I-fill up ang bank details sa HRIS portal. ₱21,500 basic, "
         "probationary, paid training, laptop pick-up sa Pasig office.",
         "looks_legitimate"),
        ("NZ$26/hr, permanent, paid training, laptop provided, Auckland. After you accept a written offer we ask for "
         "your IRD number and bank account number for payroll.",
         "looks_legitimate"),
        # what a booking or a plan earns is pay, not a fee; Perth, KPK and Gent are places
        ("Inbound sales, 1099 contractor, $0.30 per talk minute + $4 per booked reservation, no guaranteed minimum. "
         "Nationwide.",
         "red_flags"),
        ("100% kommissie: R200 per plan wat aktiveer, geen basiese salaris nie. Enige plek in SA.", "red_flags"),
        ("Casual home-based customer service, $19/hr, must be in Perth, own computer, paid training.", "red_flags"),
        ("Customer care (WFH). Salary Rs 52,000/month, permanent, paid training. Sirf KPK ke candidates.",
         "looks_legitimate"),
        ("Bruto maandloon €2.300 voor 38u/week, contract van onbepaalde duur, grotendeels thuiswerk. Je start met een "
         "betaalde opleiding van 2 weken in ons kantoor in Gent.",
         "looks_legitimate"),
    ],
)
def test_outlook_quotes_signed_papers_earnings_and_places_of_the_fourteenth_round_second_batch_keep_band(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # papers before the interview "for offer letter generation"; a check or a profile paid before the interview
        "CTC ₹3,40,000 p.a., permanent, paid training, laptop provided, Karnataka. For offer letter generation, kindly "
        "reply with scanned copies of your Aadhaar, PAN card and bank passbook. Your telephonic interview will be "
        "scheduled after document verification.",
        "$19/hr, W-2, paid training, NC and VA, equipment shipped. Every candidate completes background verification "
        "first: please finish yours through our screening vendor (ClearLine Check, $35) before we set the interview.",
        "R10 200 per maand, permanent, betaalde opleiding, Gauteng. Let wel: voordat jou onderhoud bevestig word, "
        "betaal jy R600 vir die opstel van jou agentprofiel op ons stelsel.",
        # a login or access that waits for the seeker's money
        "Contractor, $0.25 per talk minute. Onboarding: 1. assessment 2. phone screen 3. buy the headset and softphone "
        "bundle ($85) through our vendor portal; your login is only issued once the order is confirmed.",
        "R9 800 pm, permanent, Pretoria. After the online test you get an invoice of R300 for your dialer login. "
        "Access is activated within 24 hrs of payment and only then will HR book your interview.",
        # a balance the work account must hold
        "Reviewwerk thuis, €15 per uur. Je werkaccount moet een saldo van minimaal €80 hebben voordat een nieuwe set "
        "wordt vrijgegeven.",
    ],
)
def test_papers_checks_and_logins_before_the_interview_of_the_fourteenth_round_third_batch_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # the seeker's own quoted question and own address in a forwarded thread
        (
            "Seems ok?\n\n---------- Forwarded message ---------\nFrom: Dana Price <dprice@lakecare.com>\n"
            "Date: Wed, May 28\nTo: Sam Ortiz <samortiz77@yahoo.com>\n\nHi Sam,\n\nFull-time W-2 position at "
            "$17.50/hour, 3 weeks of paid training, we ship a laptop and headset, hiring in OH and KY.\n\nDana\n\n"
            "On Tue, May 27, 2025 at 6:12 PM Sam Ortiz <samortiz77@yahoo.com> wrote:\n"
            "> Is it W-2 or 1099, and do I need to buy any equipment?",
            "looks_legitimate",
        ),
        # papers once the contract is signed (tl, nl); a pasted chat with a cousin is no chat-app hiring
        ("Sahod: ₱24,000/month, with paid training at company laptop, open sa Luzon applicants. Ang valid IDs at bank "
         "account para sa payroll ay hihingin lang kapag na-sign mo na ang job offer.",
         "looks_legitimate"),
        ("Uurloon € 15,40 bruto, de training van twee weken is betaald, laptop van de opdrachtgever, alleen voor "
         "kandidaten in Gelderland. Je BSN en een kopie van je ID heb ik pas nodig op het moment dat je het contract "
         "tekent.",
         "looks_legitimate"),
        ("Viber chat namin ng pinsan ko:\nPaolo: may hiring daw, WFH customer service, ₱30k daw starting\nJen: ano pa "
         "sabi?\nPaolo: yun lang, send mo daw resume sa email nya",
         "ask_more_questions"),
        # floors and paid training said other ways
        ("Remote Inbound Agent, $0.21 per talk minute. When calls are slow your pay is topped up to $15.00/hour. "
         "Contractor (1099), U.S. residents only.",
         "looks_legitimate"),
        ("Tuiswerk – oproepagente, R38 per uur, permanente werknemer, opleiding teen volle loon, enige provinsie.",
         "looks_legitimate"),
    ],
)
def test_forwarded_threads_pasted_chats_floors_and_signing_of_the_fourteenth_round_third_batch_keep_band(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # a fee before the start date is set (af), before the interview can be booked (en, tl), before the first shift
        "Inbound-agent, R9 000 per maand. Die sagtewarelisensie van R450 moet betaal word voordat jou begindatum "
        "bevestig word.",
        "Customer Advisor, £24,000 a year, permanent. Please pay the £40 DBS fee via the link so that your "
        "interview can be scheduled.",
        "CSR WFH, ₱25,000 basic. Para ma-schedule ang final interview, kailangan munang magbayad ng ₱1,500 para sa "
        "medical.",
        "Reservations agent, $16/hr, paid training. New agents order the starter headset kit for $99 from our store "
        "prior to their first training shift.",
        # hired with no interview at pay far above market
        "Data entry clerk, $40/hr, no experience needed. We are not holding interviews for this role: fill in the "
        "form and get your login tomorrow.",
        # a course the seeker pays for in instalments, with a job promised after it (nl)
        "Volg onze online cursus Klantcontact (€199, in 2 termijnen te betalen) en je krijgt gegarandeerd een job aan "
        "€16/u.",
        # gift cards bought with the seeker's own money (tl)
        "Congrats, hired ka na! Unang task: bumili ng gift cards na ₱5,000 gamit ang sarili mong pera at i-send ang "
        "codes sa akin.",
    ],
)
def test_fees_before_a_start_date_or_interview_courses_and_gift_cards_of_the_fifteenth_round_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # a time of day is no working week; the hours a monthly salary is for, in brackets
        ("Past donderdag om 15u voor een gesprek via Teams? Contract van onbepaalde duur als bediende, voltijds (38u), "
         "brutoloon € 2.500/maand, opleiding betaald, laptop voorzien, enkel kandidaten in België.",
         "looks_legitimate"),
        ("Klantenservice thuis (16-38 uur). Salaris €2.700 bruto per maand (38 uur), in loondienst, betaalde "
         "inwerkperiode, laptop van ons, alleen voor kandidaten in Noord-Brabant.",
         "looks_legitimate"),
        # off the payroll while training (tl)
        ("Basic ₱18,000/buwan, regular employee, Luzon applicants.\nTraining: 2 linggo (hindi pa kasama sa payroll "
         "habang nagte-training)",
         "red_flags"),
        # employment and training labelled in Urdu
        ("Salary: PKR 55,000\nملازمت: مستقل\nTraining: ادا شدہ\nصرف لاہور کے امیدوار", "looks_legitimate"),
        # pay paid out to the worker, and interviews that are not held by chat
        ("Salaris €2.400 bruto per maand, uit te betalen op de 25e. In loondienst, betaalde training, laptop van ons, "
         "alleen kandidaten in Utrecht.",
         "looks_legitimate"),
        ("We are not conducting interviews by chat or text; every interview is a video call. $17/hr W-2, paid "
         "training, laptop provided, US only.",
         "looks_legitimate"),
    ],
)
def test_times_of_day_bracketed_hours_payroll_and_urdu_labels_of_the_fifteenth_round_keep_their_band(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # the seeker's own account takes the customers' money (tl), or it arrives on their IBAN to be sent on
        "WFH admin! Pwede mong gamitin ang GCash mo para tumanggap ng bayad ng customers namin, 3% sa iyo.",
        "Payment assistant, part-time. Payments from our clients arrive on your own IBAN; you forward them the same "
        "day through our exchange partner and keep 8%.",
        # a deposit sent before the joining letter (ur)
        "ماہانہ تنخواہ 60,000 روپے۔ لیپ ٹاپ کے لیے 12,000 روپے سیکیورٹی ڈپازٹ جمع کرانا ہوگا۔ ڈپازٹ جاز کیش پر بھیجیں، "
        "پھر جوائننگ لیٹر ملے گا۔",
        # papers asked for in a list before the interview, or quoted in a forwarded mail before the offer
        "Support Officer, A$33/hr. Thanks for applying! Please reply with:\n• Photo of your driver licence\n• Your Tax "
        "File Number\n• BSB and account number for payroll\nOnce received we will schedule your interview.",
        "is this real?\n\n> Dear Amit,\n> To generate your offer letter, share the following today:\n> 1. Aadhaar card "
        "(both sides)\n> 2. PAN card\n> 3. Net banking user ID for salary verification",
        # a day's pay far above market for a short shift, with no interview
        "Chat moderator, A$300 per day (5-hr shift), Australian residents only. No interview: approved forms get a "
        "login the same day.",
        # a licence bought to reach the interview, whatever happens to it once hired
        "Agent, $28/hr. To progress to interview, activate your softphone licence ($49) through our portal; the "
        "licence stays with you if you're hired.",
    ],
)
def test_money_through_the_seekers_account_deposits_and_papers_of_the_fifteenth_round_second_batch_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # an allowance joined to what it is for is pay, not a fee (af)
        ("R10 500 basiese salaris per maand plus R250 data-toelae per maand, permanente pos, betaalde opleiding, "
         "skootrekenaar voorsien, slegs Gauteng-inwoners.",
         "looks_legitimate"),
        # a certificate instead of pay (tl); unpaid training on a line broken after a comma
        ("Sahod ₱19,000/buwan, probationary employee, Cebu applicants, sariling PC.\nTraining: 10 araw, walang bayad "
         "(certificate lang)",
         "red_flags"),
        ("Pay $14/hr after training. Training is 2 weeks online,\nMon-Fri 9-3 and is unpaid. W-2 employee, must live "
         "in OH or PA.",
         "red_flags"),
        # an Australian contractor paid by the hour for every rostered hour
        ("Contract Support Agent (ABN). $38/hour for every rostered hour, Australian residents only, invoice under "
         "your own ABN.",
         "looks_legitimate"),
        # the check's fee once the written offer is accepted
        ("Customer Service Adviser, £13/hour, permanent contract, laptop sent, England only. If you're offered the "
         "role and accept our written offer, you'll be asked to complete a DBS check; the £21.50 fee is paid by you "
         "at that stage.",
         "looks_legitimate"),
    ],
)
def test_allowances_certificates_wrapped_lines_and_offers_accepted_of_the_fifteenth_round_second_batch_keep_band(
    text, band
):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # money put in to be paid more (Hinglish), the seeker's wallet lent out with its login (Roman Urdu)
        "GHAR BAITHE EARNING\nStep 1: ₹300 lagao\nStep 2: 3 tasks karo\nStep 3: ₹900 pao UPI mein",
        "Online job hai. Bas apna JazzCash account humein use karne do, customer payments us mein aayengi. CNIC copy "
        "aur account ka login chahiye.",
        # pay to join and earn from recruits (Roman Urdu, Taglish)
        "Ghar baithe business! Join karne ke liye sirf 2,500 ka package lein. 5 logon ko join karwayein aur har ek se "
        "800 rupay.",
        "Be a Digital Business Partner! Earn ₱400 per direct referral + ₱150 pairing bonus. Package ₱2,998 only.",
        # a starter pack paid into the company's account before training (af); gear bought before the start date
        "R11 000 per maand. Jy kry 'n beginpakket (headset en SIM) vir net R300 – betaal in by ons rekening voor jou "
        "eerste opleidingsdag.",
        "Pay: PHP 20,000/month. Equipment: company-certified headset bundle (PHP 3,200). Purchase from our IT team "
        "before your start date.",
    ],
)
def test_task_deposits_wallets_lent_out_and_pay_to_join_of_the_fifteenth_round_third_batch_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # deductions from the first salaries and a licence taken from pay; a training with no stipend
        ("Customer Support Executive, Pune. Salary ₹18,000. ₹4,000 will be deducted from first two salaries as "
         "security, refunded after a year. Software licence ₹700 per month deducted from salary.",
         "red_flags"),
        ("Voice process, Chennai. Training period (1 month): Stipend NIL. CTC ₹2.6 LPA after certification.",
         "red_flags"),
        # paid training and a base said the Filipino way
        ("Sahod: ₱21k basic\nOnsite: Ortigas, Pasig\nTraining ay bayad, 2 weeks", "looks_legitimate"),
        ("₱18,500 base + uncapped commission. Paid training, regular employment after 6 months, Davao City site.",
         "looks_legitimate"),
        # entities escaped twice, a salary glued to its label; a "$" glued to "Pay" still starts the pay
        ("Customer Agent | Remote (Belgium)Lowland BVWhat we offer:- Employment contract of indefinite duration- Gross "
         "monthly salary€2.500&amp;ndash;€2.700- Paid training (2 weeks)- Laptop provided- You live in Belgium",
         "looks_legitimate"),
        ("Support Specialist (Remote)About the roleHelp sellers with payouts.Pay$21.00/hour&nbsp;&middot;&nbsp;"
         "Full-time employeeWhere we hireRemote in: CO, NC, VA4 weeks paid onboarding and a company laptop.",
         "looks_legitimate"),
    ],
)
def test_deductions_stipends_bases_and_escaped_entities_of_the_fifteenth_round_third_batch_keep_their_band(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text, band",
    [
        # far above market with no interview and no experience asked (Roman Urdu); "USA aur Canada" names both
        ("USA aur Canada mein rehne walon ke liye. Data entry ka kaam, $350 rozana, koi tajurba zaroori nahi, koi "
         "interview nahi.",
         "likely_scam"),
        # a warning against fees is no fee (tl)
        ("Hi mga ka-Pinoy sa Sydney! $30.50/hr, permanent part-time, may paid training, bibigyan kayo ng laptop, dapat "
         "nasa NSW kayo. Walang bayad sa pag-apply, huwag maniwala sa nag-aask ng fee.",
         "looks_legitimate"),
        # a base denied before the pay per sale (tl); pay per call with words between (Roman Urdu)
        ("Commission only po ito, walang base pay, pero $200 per sale! May leads na ibibigay. ABN required, kahit saan "
         "sa Australia.",
         "red_flags"),
        ("USA mein rehne walon ke liye. Har transfer hone wali call par $2 milenge. Koi fixed tankhwah ya minimum "
         "nahi. 1099 contractor.",
         "red_flags"),
        # an Australian state and a permanent part-time post in Afrikaans
        ("A$30 per uur, permanente deeltydse pos, jy moet in Wes-Australië woon, betaalde opleiding vir 2 weke.",
         "looks_legitimate"),
    ],
)
def test_warnings_bases_denied_calls_and_places_of_the_fifteenth_round_west3_read_in_their_band(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # a company check mailed to buy the home workstation from the employer's vendor
        "Member Support Agent, $18/hr W-2, paid training, US only. After your video call you will receive a company "
        "check by overnight mail to purchase your home workstation (monitor, headset, docking station) from our "
        "approved technology vendor.",
        # a certification programme, priced in brackets, before the telephonic interview
        "Chat Support Executive, ₹22,000 per month, Pan India. Before the telephonic interview every candidate must "
        "finish our Certified Support Associate programme (₹2,999, 4 days online).",
        # the kit the sentence before names, priced in the next and paid before the first training day
        "Care Agent, $22 an hour, Ontario. After the phone screen you receive your Starter Package (headset, "
        "softphone licence, training manual). The package costs $95, sent by e-Transfer to our coordinator before "
        "your first training day.",
    ],
)
def test_checks_for_workstations_programmes_priced_kits_and_no_interview_of_the_sixteenth_round_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # a guaranteed hourly rate is the pay when no other pay is named, in its own currency
        ("Support Agent (contract), remote UK. You work self-employed, but every booked shift is paid at a "
         "guaranteed £14.00 per hour, busy or quiet. Open to anyone living in the UK. Own laptop and headset.",
         "looks_legitimate"),
        ("Jy werk as onafhanklike kontrakteur, maar ons waarborg R48 per uur vir elke skof, ook as daar min oproepe "
         "is. Slegs vir inwoners van die Oos-Kaap. Jy het jou eie rekenaar en kopstuk nodig.",
         "looks_legitimate"),
        # a check fee due after the written offer is accepted
        ("Sales Consultant, R10 500 basic per month, permanent contract with UIF, paid induction training, Gauteng. "
         "After you have accepted our written offer we ask for a once-off R800 fee for the criminal check.",
         "looks_legitimate"),
        # an interview by Zoom named with its date, and chat interviews denied (tl)
        ("Viber – HR\nInitial interview: Monday, Nov 3, 10AM via Zoom VIDEO call.\n• Basic ₱21,000/month\n• Regular "
         "employee, may HMO\n• Paid training 2 weeks\n• Company laptop\nHindi kami nag-iinterview through chat lang.",
         "looks_legitimate"),
        # a Viber message after an interview held on Zoom: per-call pay with no minimum, not chat-only hiring (tl)
        ("Viber – 3:10 PM\nHi! Si Ana po ito, yung nag-interview sa inyo kahapon via Zoom. Pasado po kayo!\n"
         "• Independent contractor po kayo\n• ₱8 per handled call\n• Walang minimum o basic pay",
         "red_flags"),
        # unpaid while training (tl), of a project-based employee
        ("Collections Agent (home-based), ₱19,500/month basic. Status: project-based employee, 6 months. Training: "
         "2 linggo, walang bayad habang training. Sariling laptop.",
         "red_flags"),
        # unpaid training called an investment is no fee
        ("Remote Sales Agent, $16 an hour + commission, W-2, Florida only. New agents first complete a 2-week "
         "academy. The academy is unpaid - think of it as an investment in your career.",
         "red_flags"),
        # commission with no base: a weekly earnings claim is no salary; a percentage incentive on each loan
        ("Home Sales Rep – Alberta. Earn $900–$1,400/week! Uncapped commission per closed deal. Independent sales "
         "rep, no base pay. Phone interview.",
         "red_flags"),
        ("Tele Sales (WFH), Pune. No fixed salary. Earn 2% incentive on every loan disbursed through your calls. "
         "Freelance role.",
         "red_flags"),
    ],
)
def test_guarantees_accepted_offers_zoom_interviews_and_commission_of_the_sixteenth_round_read_in_their_band(
    text, band
):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # papers listed under "to secure your spot", a certified copy of ID among them
        "CALL CENTRE AGENTS FROM HOME – R17 500 P/M\nTo secure your spot please send the following:\n- Certified copy "
        "of ID\n- Proof of address\n- Bank statement & banking details\nShortlisted candidates are contacted within "
        "48hrs",
        # no interview needed (nl, tl), at pay far above market or with papers and an online-banking login
        "Chatmedewerker gezocht, geen ervaring of sollicitatiegesprek nodig. Verdien €280 per dag voor 3 uur chatten.",
        "Congratulations! Napili ka para sa Chat Support (₱32,000/month). Hindi na kailangan ng interview. Para sa "
        "payroll setup, i-reply ang passport, bank account number at online banking username.",
        # the seeker's own trading account funded through a Bitcoin ATM, though the work helps clients
        "Support Assistant (crypto exchange), A$42/hr. Assist clients with deposits and test our platform by funding "
        "your own trading account (min A$400 via Bitcoin ATM).",
        # a nationality hired at a dollar rate far above its market, with no interview
        "A US client is hiring Filipino chat agents! $24/hour, 2-3 hours a day, no experience, no interview - hired "
        "today.",
        # a course priced before its name
        "Guaranteed placement after completing our R3 200 Call Centre Readiness course! 4 weeks online. Enrol today.",
    ],
)
def test_id_lists_no_interview_crypto_atms_nationalities_and_priced_courses_of_the_sixteenth_round_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # a monthly deduction for the dialer, after a reminder that warns of nothing (tl)
        ("Outbound CSR – WFH. ₱19,500 basic, probationary employee, paid training, open nationwide.\nPaalala: may ₱400 "
         "monthly deduction para sa dialer license, kasama sa payslip.",
         "red_flags"),
        ("Sales Rep – WFH. ₱18,000 basic + commission, probationary employee, paid training, open to Visayas.\nNote: "
         "₱800 'performance bond' kinakaltas monthly.",
         "red_flags"),
        # a Philippine job type, a contractor's weekly pay, a company suffix glued to the pay
        ("Chat Support Associate | Remote\nSalary₱19,000/month\nJob typeFull-time, regular\nWork setup: Remote "
         "(must reside in Mindanao)",
         "looks_legitimate"),
        ("Appointment Setter, $5/hr base + $8 per kept appointment.\n- Independent contractor, paid weekly\n- 1 week "
         "paid training\n- Filipino applicants only",
         "looks_legitimate"),
        ("Call Center Agent | Pinecrest Support LLC$16.75 per hour• Full-time employee• Paid training (2 weeks)Hiring "
         "in: OH, KY",
         "looks_legitimate"),
        # a learnership's stipend is its pay: above, and below, the minimum wage
        ("CONTACT CENTRE LEARNERSHIP – 12 MONTHS\nFor youth living in Pretoria.\nStipend: R6 800 per month\nLaptop and "
         "headset provided.",
         "looks_legitimate"),
        ("Internship: Call Centre Agent (from home)\nDurban – R2 200 stipend per month\nMon–Fri 08:00–17:00, live "
         "calls from week one.",
         "red_flags"),
    ],
)
def test_deductions_job_types_glued_suffixes_and_stipends_of_the_sixteenth_round_read_in_their_band(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # a fee before the job offer is released (tl), for gear, paid by GCash
        "Pasado ka sa initial interview! ₱21,000 basic, paid training. Bago i-release ang job offer, magbabayad po "
        "kayo ng ₱1,300 na 'account provisioning' para sa VPN at softphone license, via GCash.",
        # a learnership's cost taken from the first salaries
        "Agent, R8 200 basic, permanent after probation. New agents complete our accredited learnership. The "
        "learnership cost of R2 100 is recovered from your first three salaries.",
        # training that costs (tl), taken from the first pay
        "₱24,000 basic + HMO. May certification training bago mag-production na nagkakahalaga ng ₱3,000, kakaltasin sa "
        "unang sahod mo.",
        # a priced assessment before a panel interview; money loaded on a card before an onboarding interview
        "Client Care Agent, $21/hr, permanent, paid training. The $60 language proficiency assessment is paid through "
        "our testing partner before your panel interview.",
        "Care Rep, $17/hr W-2, paid training. You activate your payroll card by loading $35 at any pharmacy register "
        "before your onboarding interview.",
        # a certification from a partner, priced in brackets, before the final interview
        "CSR, ₱23,000 basic + HMO. Before final interview, applicants must secure the required Privacy Certification "
        "from our accredited partner (₱3,500, GCash accepted).",
        # customers' payments through the seeker's own account (nl, af, en)
        "Klantendienst thuis, €2.300 bruto per maand. Je taak: klanten bellen en binnenkomende klantbetalingen op je "
        "eigen rekening ontvangen, waarna je ze binnen een dag doorstort naar onze leverancier.",
        "Ons wil jou aanstel teen R9,500 per maand. Ons betaal R5,000 in jou rekening in; koop daarmee jou rekenaar by "
        "ons verskaffer en betaal die oorskot aan ons terug.",
        "Collections Agent, $19/hr, paid training. Customers pay their balances by e-Transfer to your personal email, "
        "and you forward each one to our accounts desk.",
    ],
)
def test_fees_released_offers_learnerships_priced_steps_and_own_accounts_of_the_sixteenth_round_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # training paid "and not you who pays" (tl); a training module paid at an hourly rate
        ("₱24,000 kada buwan, empleyado ka ng kumpanya. Bayad ang training, hindi ikaw ang magbabayad. Laptop at "
         "headset mula sa amin. Cebu lang.",
         "looks_legitimate"),
        ("Survey Interviewer, $0.80 per completed interview, no hourly minimum. Status: independent contractor. "
         "Training: 2-hour online module, paid at $17.75.",
         "red_flags"),
    ],
)
def test_training_paid_by_the_employer_of_the_sixteenth_round_is_no_fee(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # interview rounds held on Telegram; a WhatsApp contact sent in reply to a text
        "Your profile is shortlisted. CTC: ₹3.1 LPA. Kindly note all rounds are conducted on Telegram for faster "
        "processing. Please add @Priya_HR_Team.",
        "Hi! Ur profile matches a remote job. $300-$450/day, only 1hr/day. Reply YES to get our WhatsApp contact.",
        # a fee before joining, its refund promised after joining (ur)
        "Salary: 40,000 + bonus. Registration ke liye Rs 2,000 security fee JazzCash pe jama karwayein, ye fee joining "
        "ke baad pehli salary ke sath wapas ho jaye gi.",
        # a check mailed in chat spelling; money sent to pay the supplier (nl)
        "Congrats!! ur selected for remote CSR. We'll mail u a check for $2,300 to buy ur equipment frm our vendor.",
        "Je bent aangenomen als thuiswerker! We maken €1.700 naar je over voor je werkplek, jij betaalt daarmee onze "
        "leverancier.",
        # gear bought before the first shift in chat spelling; before the start date (nl)
        "Remote agent role – you'll need our dialer licence ($139) before ur first shift. Pay via link.",
        "Je bent geselecteerd (€16 per uur). Vóór je startdatum schaf je je werkplek aan via onze partner: headset + "
        "licentie voor €179.",
        # a fee excused as fraud prevention
        "Customer Care, $18/hr, paid training. To reduce fraudulent applications we require a one-time $30 "
        "application processing fee, payable at checkout.",
        # text recognition's swaps: money through the seeker's own account
        "BILL PAYMENT PR0CESS0R\nReceive customer e-Transfers int0 your own bank acc0unt, keep 1O%, and f0rward the "
        "remaining 9O% to our supp1ier by Bitc0in.",
    ],
)
def test_chat_rounds_refunds_promised_chat_spelling_and_ocr_of_the_sixteenth_round_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # text recognition's swaps in the pay, the status and the place
        ("N0W HIRING - Chat Support (Home-Based)\nBasic pay: PHP 21,OOO\nPAID training (5 days)\nPhilippine "
         "residents on1y\nCompany-issued 1aptop",
         "looks_legitimate"),
        ("H1RING: Inbound CSR (work from home)\nMetro Mani1a app1icants\nRate: PHP 42O per day, 8 hrs\nEmp1oyee "
         "(probationary), paid training",
         "red_flags"),
        # cents said after the currency
        ("Voice note: the role is twelve pounds eighty an hour, a permanent contract, employed directly by us. We post "
         "out the laptop, and training is paid at the same rate.",
         "looks_legitimate"),
        # incentive only; a self-employed status (nl)
        ("Work from home insurance calling, incentive only, no fixed salary. Join today.", "red_flags"),
        # customers' checks and deposits as the work's topics; a subsidy given; a chat app ruled out (ur)
        ("Care Rep, $18.50/hour, W-2, paid training. Help members with card disputes, check holds and mobile "
         "deposit questions.",
         "looks_legitimate"),
        ("Support Associate (WFH)\n• Monthly basic pay ₱21,000\n• Regular employment after probation\n• Company-issued "
         "laptop and headset; internet subsidy ₱1,200\n• Open to residents of Iloilo only",
         "looks_legitimate"),
    ],
)
def test_ocr_spoken_cents_incentives_and_member_topics_of_the_sixteenth_round_read_in_their_band(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # papers asked before an offer letter can be sent
        "Great speaking with you! Before I can send over the offer letter I'll need your SIN, date of birth and a void "
        "cheque for the direct deposit setup. It's $21/hr, remote in Ontario, equipment shipped to you.",
        # the interview held in writing on Signal
        "Support Specialist, $22/hour, paid training, laptop shipped. Your interview and onboarding will take place in "
        "Signal, a secure messaging app; you answer the questions there in writing.",
        # parcels relabelled at home
        "Customer Care Agent, R9,000 per month, permanent, laptop supplied, KZN only. Between shifts you receive "
        "returned phones at home, swap the courier labels for the ones we email you and drop the boxes off.",
        # a check fee before the interview (af)
        "Voordat ons jou onderhoud kan skeduleer, moet ons eers 'n kriminele en kredietondersoek op jou doen. Die "
        "koste hiervan is R600, te betaal by ons agent.",
        # customers' checks deposited into the seeker's own account and wired on
        "AR Support Rep, $18/hour, W-2, paid training, GA and SC. Some clients pay by paper check; these are mailed to "
        "your home. Deposit them through your bank's mobile app into your personal account and wire the combined total "
        "to the client's operating account.",
        # a photo holding a passport to book the interview
        "Advisor, £25,000 a year, permanent, paid training, laptop posted. To secure an interview slot, please take a "
        "photo of yourself holding your passport next to your face and upload it.",
        # the cards of an account opened for the company, handed over
        "CTC ₹2.8 LPA, paid training, laptop couriered. Open a new savings account in your name and hand over the "
        "welcome kit (debit card, cheque book and SIM) to our courier partner.",
        # gear bought through the employer's partner before the induction date
        "Care Agent, €15/hour, Ireland. Before your induction date, every new agent orders the workstation bundle "
        "(laptop, headset) through our IT partner at the discounted rate of €239.",
    ],
)
def test_papers_before_an_offer_signal_relabelling_and_handed_over_accounts_of_the_sixteenth_round_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        # USDT put into the account before each set; a task package bought for the next level (ur)
        "یہ آن لائن ٹاسک کا کام ہے۔ ہر سیٹ شروع کرنے سے پہلے اپنے اکاؤنٹ میں 40 USDT جمع کروائیں، سیٹ مکمل ہونے پر "
        "رقم واپس ملے گی۔",
        "روزانہ 2,500 روپے کمائیں! پہلا کام مفت، اگلے لیول کے لیے 4,000 روپے کا ٹاسک پیکج خریدیں۔",
        # a package bought to recruit, paid per recruit (tl)
        "Sumali sa aming Online BPO Franchise! Sa ₱3,000 package makakakuha ka ng training videos. ₱400 per recruit + "
        "passive income.",
        # a screening fee payable now, the interview after clearance
        "Customer Success role (€3,100/month). Next step: our screening partner requires a €60 fee, payable now by "
        "card. After clearance we'll set up your first interview.",
        # a course that costs before the start, refunded from the first salary (af)
        "Salaris: R11,500 per maand. Voordat jy begin, moet jy ons aanlyn sertifikaatkursus voltooi. Die kursus kos "
        "R350 en word op jou eerste salaris terugbetaal.",
        # a payroll 'verification' sent before HR can release the offer
        "You passed our final interview (₱24,000/mo). Before HR can release your Job Offer, please verify your payroll "
        "account by sending ₱150 via GCash.",
        # papers listed to proceed with offer letter generation
        "Salary ₹25,000/month. To proceed with offer letter generation, kindly share the following today:\n1. Aadhaar "
        "card (front & back)\n2. PAN card\n3. Bank passbook / cancelled cheque",
        # an onboarding bundle before the agent ID activates
        "You're pre-approved ($18–$25/hr). Next step: order your Home Agent Onboarding Bundle ($119 + HST): headset "
        "and dialer licence. Your agent ID activates once the bundle ships.",
        # money loaded from the seeker onto a payroll card before the offer letter
        "Welcome! (Customer Care Agent, $19/hr). To activate your payroll card, our card issuer requires a one-time "
        "$45 load from you via Cash App. Once activated, your offer letter will be emailed.",
    ],
)
def test_task_packages_recruits_payable_now_and_offers_held_back_of_the_sixteenth_round_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # papers for payroll in a joining mail, with the joining date set
        ("Welcome to Sarvam CX! Your joining details:\nDate of joining: 07-Jul\nMonthly gross salary: ₹24,000\n"
         "Employment type: full-time employee\nTraining (paid) for 3 weeks\nLaptop couriered to you in "
         "Chennai.\nPlease complete on our HRMS portal:\n• PAN & Aadhaar details for payroll\n• Bank account for "
         "salary credit",
         "looks_legitimate"),
        # a software charge kept back from the pay every month (nl)
        ("Afspraken:\n- €15,20 bruto per uur, oproepcontract via ons\n- inwerken: 3 dagdelen, betaald\n- we houden €12 "
         "per maand in op je loon voor de belsoftware\n- eigen laptop en headset",
         "red_flags"),
        # unpaid training before being hired (tl); per finished call with no minimum (tl)
        ("₱19,500 basic, regular employee with HMO. Pero note: 2 weeks training ay WALANG bayad, kailangan mo munang "
         "pumasa bago ka ma-hire officially. Laptop provided.",
         "red_flags"),
        ("HOME BASED CSR\n₱11 kada natapos na tawag, walang minimum\nIndependent contractor ka\nSariling laptop at "
         "headset",
         "red_flags"),
    ],
)
def test_joining_mails_kept_back_pay_and_tagalog_terms_of_the_sixteenth_round_read_in_their_band(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text, band",
    [
        # paid training said in Afrikaans and Dutch; a workstation delivered (nl)
        ("Tuiswerk: oproepagent\nR46/h, jy word ten volle opgelei (betaal)\nSlegs Oos-Kaap", "looks_legitimate"),
        ("THUISWERKEN | Servicedesk medewerker | €2.700 bruto p/m (38 u) | vast dienstverband | cursus met behoud van "
         "salaris | werkplek-set wordt thuisbezorgd",
         "looks_legitimate"),
        # a rate per minute said in words, rupees and paise
        ("Voice note: this is freelance telecalling from home. Payment is one rupee fifty paise per talk-time minute, "
         "no fixed salary. Waiting time is not paid. Video interview on Monday.",
         "red_flags"),
        # an account opened to receive the company's payments (ur); parcels received at home and sent on (nl)
        ("Online earning: apni ID se ek bank account kholein aur hamari company ke payments receive karein, 10% "
         "commission aapka.",
         "likely_scam"),
        ("Thuismedewerker – €20 per pakket. Wij zoeken mensen die pakketjes thuis ontvangen, controleren en opnieuw "
         "verzenden naar het buitenland.",
         "likely_scam"),
    ],
)
def test_paid_training_words_spoken_paise_own_accounts_and_parcels_of_the_sixteenth_round_read_in_their_band(
    text, band
):
    assert _verdict(text) == band


def _answers(text: str) -> dict:
    return extract(text).answers_as_dict()


@pytest.mark.parametrize(
    "text, field, value",
    [
        # text recognition's zeros are read whatever else the text holds; addresses and handles stay as written
        ("Salary Rs 24,OOO per month. Apply now.", "pay_amount", "288000.00"),
        ("Send your CV to hr1jobs@gmail.com. Salary $18/hr.", "recruiter_email", "hr1jobs@gmail.com"),
        # incentives limited in time or scope are no commission-only pay
        (
            "Basic salary ₱22,000 per month. Performance incentives only after the 3-month probation.",
            "pay_basis",
            "salary",
        ),
        # a bonus "worth" an amount is no fee; a stipend for internet beside an hourly rate is no pay
        ("May performance bonus na nagkakahalaga ng ₱3,000 kada buwan. Basic ₱20,000.", "fees", None),
        (
            "Customer care, and interns welcome. Everyone gets a $300 monthly stipend for internet. Pay: $15/hr",
            "pay_basis",
            "hour",
        ),
        # a one-time code from a portal after the written offer is no bank login asked early
        ("After you accept our written offer, log in to the portal with the OTP sent to your phone and upload a copy "
         "of your passport and your bank account number.", "personal_data_early", "no"),
        # a joining date with no date is no offer made; chat interviews are not denied by denying office ones (tl)
        ("Date of Joining: Immediate. Send your Aadhaar card and PAN card copy on WhatsApp to register for the "
         "interview.", "personal_data_early", "yes"),
        (
            "Hindi kami nag-iinterview sa opisina, chat lang po ang interview. ₱20,000/month.",
            "chat_app_interview",
            "yes",
        ),
        ("Interview via Telegram lang po, tapos orientation via Zoom. ₱20,000/month.", "chat_app_interview", "yes"),
        # payslips, a salary account and resent orders are ordinary work
        ("Payments to your own account are processed biweekly, and we send payslips by email.", "money_handling", None),
        ("Aap ko bank account kholna hoga taake salary payments receive ho sakein.", "money_handling", None),
        ("Je helpt klanten met retouren en het opnieuw verzenden van bestellingen. €2.400 bruto per maand.",
         "money_handling", None),
    ],
)
def test_the_sixteenth_rounds_readings_stay_within_what_they_were_written_for(text, field, value):
    assert _answers(text).get(field) == value


def test_cents_said_after_a_currency_are_read_once():
    assert spoken_amounts("the role is twelve pounds eighty an hour") == {12: (32, "£12.80")}


@pytest.mark.parametrize(
    "text, band",
    [
        # unpaid class time; unpaid while in training (tl)
        ("Work At Home Rep – Remote (TX, OK)\n$15/hr W-2 once on the phones\nCertification class: 3 weeks. Class time "
         "is unpaid; pay starts the day you take live calls.",
         "red_flags"),
        ("WFH CSR – Laguna\n₱18,000 basic pagkatapos ng training\nProbationary employee\nTraining: 2 linggo, walang "
         "bayad habang nasa training",
         "red_flags"),
        # a check fee "if you receive and accept a written offer"
        ("Scheduling Rep — Remote in TX, OK\n$16/hr, full-time W-2 employee, paid training\nIf you receive and accept "
         "a written offer, a one-time background check fee (about $45) applies.",
         "looks_legitimate"),
        # no interview on WhatsApp (ur); a contract signed by both sides (nl); chat as the work (tl)
        ("WFH Agent (Rawalpindi). Salary Rs 58,000, permanent employment. Training ke dauran bhi poori salary. Hamara "
         "interview sirf Google Meet video call par hota hai. WhatsApp par koi interview nahi hota. Laptop company "
         "dega.",
         "looks_legitimate"),
        ("Wat leuk dat je contract nu door beide partijen is getekend! Salaris: €15,20 bruto per uur, de inwerkperiode "
         "wordt doorbetaald, laptop wordt bezorgd. Voor de loonadministratie hebben we je IBAN en een kopie van je ID "
         "nodig.",
         "looks_legitimate"),
        ("Chat Support (WFH) · ₱21,000 / month\nNon-voice, email at chat lang.\n• Paid training (2 linggo, full pay)\n"
         "• Cebu residents lang\n• Sariling laptop",
         "looks_legitimate"),
        # per demo booked and per admission, no minimum; commission on a provision basis (nl)
        ("FREELANCE TELECALLING (WFH)\nPayout: ₹50 per demo booked + ₹700 per admission\nNo fixed salary, freelancer "
         "basis, no minimum guarantee",
         "red_flags"),
        ("Je werkt als zzp'er op provisiebasis: €40 per afgesloten contract. Geen vast basisbedrag. Wij leveren de "
         "bellijsten.",
         "red_flags"),
        # paid to join and paid for each business owner enrolled
        ("Enroll as an Independent Business Owner for just $89 + $25/month platform access. Take calls at "
         "$0.25/minute. Earn $50 for every new Business Owner you personally enroll.",
         "likely_scam"),
    ],
)
def test_class_time_accepted_offers_whatsapp_denied_demos_and_enrolment_of_the_sixteenth_round_read_in_their_band(
    text, band
):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # money in a numbered step that comes before the interview and the offer, whatever the step calls it
        "Remote Support Agent, $16/hr, W-2 employee, paid training, laptop provided, hiring in TX and OK.\nYour hiring "
        "steps:\n1. Workstation set-up with our IT partner ($39, card accepted)\n2. Reference check\n3. "
        "Video interview\n4. Offer letter",
        "HOME-BASED AGENTS – R8 500 basic, permanent, paid training, laptop supplied, Gauteng only.\n1. Send your CV\n"
        "2. Telephonic screening\n3. Compliance vetting through our partner (R250, pay by EFT)\n4. Final interview and "
        "offer",
        # ... or in a step of a process on one line, priced in a later sentence that names the step (tl)
        "WFH CSR – ₱21,000 basic, regular employee, paid training, company laptop, NCR lang.\nProcess: Interview > "
        "Exam > Medical > Job offer\nPara sa medical, ₱900 lang po, i-send sa GCash ng coordinator bago ang schedule.",
        # papers asked "ahead of" the interview, or before an interview slot can be booked
        "Billing Rep, $18/hr, W-2, paid training, laptop provided, hiring in OH and PA. So we can prepare your I-9 and "
        "payroll ahead of the interview, please send your Social Security number and date of birth today.",
        "Member Services Rep, $16.50/hr, W-2, paid training, equipment provided, US only. To prevent fraud and confirm "
        "your identity, upload a photo of your driver's license and a selfie holding it. Once verified, you'll be "
        "able to book an interview slot.",
        # a supplier's web address in camel case is one name: the price is in the sentence after the order (nl)
        "Klantenservice thuis, €15,40 per uur, in loondienst, betaalde training, alleen in Nederland. Voordat we je "
        "gesprek inplannen, bestel je het werkpakket bij onze partner ThuisKantoorShop.nl. Het pakket kost €49,95.",
        # OCR's "N0" for "No"
        "CHAT SUPPORT FROM HOME 💸 earn $450/day, N0 interview, N0 experience. DM to start today",
    ],
)
def test_priced_steps_papers_before_the_interview_shop_addresses_and_ocr_of_the_seventeenth_round_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # a warning about impostors on chat apps (tl) is no chat-app hiring
        ("WFH CSR – ₱20,000 basic, regular employee, paid training, company laptop, Metro Manila lang.\nPaalala: Kung "
         "may nagpakilalang recruiter namin sa WhatsApp o Telegram na humihingi ng pera, i-report agad sa amin. Lahat "
         "ng interview ay sa phone o Zoom.",
         "looks_legitimate"),
        # papers asked when the contract is signed
        ("Customer Support Agent (NL), €2,600 gross per month, employment contract, paid onboarding, laptop and "
         "headset provided, you live in the Netherlands. We will ask for your ID and bank details only when you sign "
         "your contract.",
         "looks_legitimate"),
        # a background check the employer orders and pays for through its vendor
        ("Offer of employment: Customer Care Associate, $16.25/hour, W-2 employee, paid training, we ship you a "
         "laptop, open to residents of AZ and TX. The offer depends on a background check, which we order and pay "
         "for - you'll get an email from our screening vendor.",
         "looks_legitimate"),
        # a numbered process with nothing paid before the interview
        ("Remote Support Agent, $16/hr, W-2, paid training, laptop provided, hiring in TX and OK.\nOur steps:\n"
         "1. Apply online\n2. Skills test (free, 20 minutes)\n3. Background check (we cover the cost)\n4. Video "
         "interview\n5. Offer letter",
         "looks_legitimate"),
    ],
)
def test_impostor_warnings_papers_at_signing_checks_we_pay_and_free_steps_of_the_seventeenth_round_read_in_their_band(
    text, band
):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # a charge paid now and promised back from pay is paid before any pay exists, whatever it is called
        "Remote Care Agent, $17/hr, W-2 employee, paid training, hiring in GA and SC. A one-time $65 charge for your "
        "onboarding file is paid to our partner and reimbursed on your first paycheck.",
        # a check fee before the interview is scheduled (af)
        "Tuiswerk agente, R10 500 per maand, permanente pos, betaalde opleiding, Gauteng. Voordat ons jou vir 'n "
        "onderhoud skeduleer, moet jy die kredietkontrole van R390 by ons goedgekeurde verskaffer betaal.",
        # a check to buy the gear, however "receive" is spelt
        "Remote Customer Care Rep – $19/hr – W2 – paid training\nUS residents\nonboarding: you will recieve a check to "
        "purchase your home office equipment from our approved vendor",
        # papers asked in the sentence after the one that holds the offer back
        "Chat Support, $16/hr, W-2, paid training, laptop provided, US only. Congrats on passing the assessment! We "
        "need to verify your identity before we can release your offer letter. Please upload a scan of your passport "
        "and a selfie.",
        # gear bought from the company "prior to Day 1"
        "CSR WFH – ₱22,000 basic, regular after 6 months, paid training, NCR and Calabarzon. All new hires purchase "
        "the company headset kit (₱1,650) from our logistics team prior to Day 1.",
    ],
)
def test_charges_paid_back_later_checks_spelt_wrong_held_offers_and_day_one_kits_of_the_seventeenth_round_read_as_scam(
    text,
):
    assert _verdict(text) == "likely_scam"


def test_a_bond_deducted_from_each_pay_and_returned_on_leaving_is_a_deduction_not_a_fee_before_the_job():
    text = (
        "Hiring CSR Voice — Ortigas. ₱22,000 basic. Note: may ₱800 kada sahod na 'cash bond' deduction hanggang "
        "umabot ng ₱9,600, ibabalik pag nag-resign ng maayos. Paid training, regular after 6 months."
    )
    assert _verdict(text) == "red_flags"


@pytest.mark.parametrize(
    "text",
    [
        # money to a partner before the gear is dispatched or released, or on booking it, promised back from pay
        "Customer Support Associate (Non-Voice, WFH). Salary ₹22,000/month fixed, full-time employee, paid "
        "training, PAN India. Selected candidates receive a company laptop from our asset partner. A caution amount "
        "of ₹2,500 is transferred to the asset partner before dispatch and is adjusted in your first salary.",
        "Home agent, R8,200 basic, 12-month contract, paid training, Gauteng and KZN. We issue a laptop and headset. "
        "Our insurer requires home agents to take out device cover before the laptop is released: a once-off R390 "
        "paid to SafeDevice, refunded when the laptop is returned.",
        "Call Centre Representative, WFH, PKR 60,000 + commission, paid training, headset provided. Your joining is "
        "confirmed once the headset kit is booked with our courier partner. Handling charges of PKR 3,800 are paid "
        "to the courier on booking and adjusted in your first salary.",
    ],
)
def test_caution_money_device_cover_and_charges_on_booking_of_the_seventeenth_round_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


def test_a_language_premium_on_the_pay_is_no_fee():
    text = (
        "Bilingual Customer Care Agent, $19.50/hr plus a premium of $1.50 per hour for French, full-time employee, "
        "paid training, laptop provided, hiring in ON and QC."
    )
    assert _verdict(text) == "looks_legitimate"


@pytest.mark.parametrize(
    "text, band",
    [
        # a fee word on the line after the pay line is no fee on the pay
        ("Remote Tech Support T1 $19/hr W2\nNo fees ever.\nHiring in OH, PA, NC", "looks_legitimate"),
        # a laptop rented from the employer, taken from each paycheck
        ("Remote Customer Service Agent, W-2, $15.50/hr, paid training (1 week), hiring in NC and VA. Equipment: a "
         "company-configured laptop, rented from us at $20/week and deducted from each paycheck.",
         "red_flags"),
        # training "paid at a flat $150" is paid to the trainee
        ("Inbound call agents, Australia-wide. Paid $1.80 per completed call. ABN required, independent contractor, no "
         "minimum hours or guaranteed earnings. 3-day online product training, paid at a flat $150. Own PC and "
         "headset.",
         "red_flags"),
        # training days "not remunerated"
        ("Inbound Customer Care Agent, Midrand. R9 000 basic, permanent position after probation, laptop provided. "
         "Training: 10 working days. Training days are not remunerated; salary starts on your first day on the floor.",
         "red_flags"),
    ],
)
def test_pay_lines_rented_laptops_flat_training_pay_and_unpaid_training_days_of_the_seventeenth_round_in_their_band(
    text, band
):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # what is free ends at "then"
        "ONLINE JOB from Shopee 🛒 earn ₱500-3000 daily just rate products, 1st task free then top up ₱1000 for "
        "commission tasks",
        # a task account recharged (Roman Urdu)
        "Ghar baithe online kaam, roz ki kamai Rs 3,000. Account ko activate karne ke liye apne task account mein "
        "recharge karna hota hai (shuru mein 5,000), jo withdrawal mein wapis mil jata hai.",
        # daily earnings far above market with no interview (Roman Urdu)
        "GHAR BAITHE ONLINE JOB\nData entry / chat support – koi experience nahi chahiye\nRoz ki kamai Rs 6,000 se "
        "9,000\nKoi interview nahi, aaj hi join karein",
    ],
)
def test_free_then_top_up_task_recharges_and_daily_earnings_with_no_interview_of_the_seventeenth_round_read_as_scam(
    text,
):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        # steps numbered with keycaps; a fee in the step before the job offer (tl)
        "HIRING!!! CSR WORK FROM HOME, US account, ₱23,000/month + incentives, paid training, NCR.\nPROCESS:\n"
        "1️⃣ Send resume\n2️⃣ Initial interview (Zoom)\n3️⃣ Drug test sa partner clinic namin – ₱1,650 (refundable "
        "after 3 months)\n4️⃣ Job offer",
        # an amount said to be paid back was paid first (nl)
        "Thuiswerk klantenservice, €15,10 bruto per uur, in loondienst, heel Nederland, laptop in bruikleen.\nOnze "
        "procedure:\n1. Sollicitatie via de website\n2. Telefonisch gesprek\n3. Afsluiten van de verplichte "
        "verzekering via onze partner (€69, wordt na de proeftijd terugbetaald)\n4. Contract en startdatum",
        # "before we send the offer" (af)
        "Tuiswerk agent, R9 800 per maand, permanent, betaalde opleiding, Wes-Kaap. Voordat ons die aanbod stuur moet "
        "jy 'n polisieklaringsertifikaat deur ons agent laat aanvra – die koste is R320.",
    ],
)
def test_keycap_steps_refunded_step_fees_and_fees_before_the_offer_is_sent_of_the_seventeenth_round_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # "We'll never ..." is the company's notice, to the last item of its list
        ("Work From Home Customer Service – $16.50/hr\nW-2 employee • Paid training • Hiring in FL and GA\nWe send you "
         "a laptop and headset\nWe'll never contact you on WhatsApp or Telegram or ask you to deposit a check.",
         "looks_legitimate"),
        # "no interview happens on WhatsApp" (Urdu script) denies chat hiring, and is no "no interview"
        ("انٹرنیشنل وائس پراسیس — گھر سے کام\nکراچی میں مقیم امیدوار درخواست دیں\nتنخواہ: 55,000 روپے ماہانہ\n"
         "ٹریننگ: 10 دن، تنخواہ کے ساتھ\nضروری: اپنا لیپ ٹاپ، ہیڈ فون\nانٹرویو: ہمارے آفس میں\n"
         "واٹس ایپ پر کوئی انٹرویو نہیں ہوتا۔ سی وی صرف ای میل پر بھیجیں۔",
         "looks_legitimate"),
        # a crypto balance the account needs before the tasks open
        ("Online product reviewer, earn $40-120 a day. Tasks unlock daily; to open them your account needs a working "
         "balance of 50 USDT, which is returned to you together with your commission.",
         "likely_scam"),
        # customers' payments received into the seeker's own wallet and passed on (tl)
        ("Part-time WFH ₱18,000/month, regular, paid training, NCR. Tumanggap ng bayad ng customers sa sarili mong "
         "GCash, tapos i-transfer sa supplier namin.",
         "likely_scam"),
    ],
)
def test_notices_in_the_future_tense_urdu_chat_denials_crypto_balances_and_wallets_of_the_seventeenth_round(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # the seeker's own question quoted on its header's line is not the offer: its Telegram and fee stay unread
        ("Hi Marisol,\n\nThanks for the final interview. Your offer: Customer Care Agent, $16.75/hr, W-2 employee, "
         "paid training (3 weeks), company laptop shipped to you, hiring in NM and AZ.\n\n> Marisol wrote: Ma'am, a "
         "man named Rick called and said to pay $200 registration through Telegram to confirm my joining. Is it from "
         "your side?\n\nNo. We never take any registration fee, and we do not recruit on Telegram.\n\nDana"),
        # the same in Urdu script: an honorific greeting and "نے لکھا"
        ("محترم عمران صاحب،\n\nانٹرویو کے بعد آپ کو یہ پیشکش ہے:\n• تنخواہ: 60,000 روپے ماہانہ\n• مستقل ملازمت\n"
         "• ٹریننگ دو ہفتے، پوری تنخواہ کے ساتھ\n• کمپنی لیپ ٹاپ دے گی\n• صرف لاہور کے رہائشی\n\n"
         "> عمران نے لکھا: کیا لیپ ٹاپ کے لیے کوئی سیکیورٹی ڈپازٹ دینا ہوگا؟\n\nجی نہیں، کوئی فیس نہیں۔\n\nHR"),
        # an hourly step of the pay after certification is pay, not a certification fee
        ("Technical Support Rep - Remote\nWe hire in CO, UT and AZ\nPay: $19.50/hr + $1.25/hr after certification\n"
         "W-2 employee, paid training (4 weeks), company laptop and headset"),
        # "Hum kabhi ... nahi lete" (we never take ...) denies the chat interview (Roman Urdu)
        ("Inbound CSR WFH - Rs 65,000 per month, permanent job, training ki poori tankhwah, company laptop degi, sirf "
         "Karachi ke candidates. Note: Hum kabhi WhatsApp pe interview ya koi fee nahi lete."),
    ],
)
def test_one_line_quotes_urdu_greetings_pay_steps_and_denied_chat_interviews_of_the_eighteenth_round_read_legitimate(
    text,
):
    assert _verdict(text) == "looks_legitimate"


@pytest.mark.parametrize(
    "text",
    [
        # a certification payment the agent receives is pay, not a fee
        "Inbound order-taker, 1099 independent contractor, $0.30 per talk minute, no hourly guarantee, all US states. "
        "Before your first call you complete the certification course (no charge), and you receive a flat $80 "
        "certification payment once you pass.",
        # "word teen R32 per uur betaal": training paid at an hourly rate (af)
        "Jy werk as 'n onafhanklike kontrakteur. Ons betaal R4 per voltooide oproep, geen basiese salaris nie. Die "
        "opleiding is drie aande aanlyn, en word teen R32 per uur betaal. Heel Suid-Afrika.",
        # what a sale sells is no fee of the seeker's (tl)
        "TELESALES WFH - Commission ONLY, ₱600 per closed sale ng insurance plan, walang basic salary. Independent "
        "contractor. Open nationwide.",
    ],
)
def test_payments_received_training_paid_per_hour_and_products_sold_of_the_eighteenth_round_read_as_red_flags(text):
    assert _verdict(text) == "red_flags"


def test_a_notice_that_interviews_are_never_held_by_chat_is_no_hire_without_interview():
    text = (
        "Work at Home Care Professional, $17.00 per hour, full time employee, paid training 4 weeks, we ship a "
        "computer and headset, remote in Utah and Idaho. Please note: we will never ask you to pay for equipment, "
        "never send you a check, and never conduct interviews over text or chat apps."
    )
    result = evaluate(extract(text).to_offer(), RuleConfig())
    assert "no_interview" not in [finding.rule for finding in result.findings]
    assert result.verdict == "looks_legitimate"


@pytest.mark.parametrize(
    "text",
    [
        # a kit whose contents in brackets stand between it and its price
        "Remote Customer Service Rep, $16/hr, W-2, 2 weeks paid training, hiring in TX and OK. Every new agent orders "
        "the Starter Kit (USB headset + softphone license + security token) for $129 through our partner portal "
        "before the first training day. Your written offer is issued once the kit order is confirmed.",
        # the thing, its seller, then the price in brackets
        "Remote Support Associate, $16.25/hr, W-2 employee, paid training, hiring in AL, GA and TN.\nPre-employment "
        "requirements:\n- Typing test\n- Complete the workstation order with our authorized equipment partner "
        "DeskPro Supply ($149.00, reimbursed on your 1st paycheck)",
        # the same in Dutch, the price after a dash
        "Thuiswerk klantendienst, €2.250 bruto per maand, bediende-statuut, betaalde opleiding, Vlaanderen.\nVóór je "
        "aanbod:\n1. Online taaltest (gratis)\n2. Activatie van je agent-account bij onze partner CallPoint – €49 "
        "(eenmalig, terugbetaald bij je eerste loon)\n3. Daarna ontvang je je arbeidsovereenkomst",
    ],
)
def test_kits_priced_after_their_contents_and_orders_priced_after_the_seller_of_the_eighteenth_round_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        # a check mailed to buy the gear, however it is sent
        "Remote Customer Care Representative, $17.25/hr, W-2, paid training, hiring in TX and OK. Equipment: once you "
        "accept, our onboarding team will mail you a cashier's check to purchase your laptop and headset from our "
        "approved vendor.",
        # a task account topped up with an amount of crypto (nl)
        "Hoi! Online klantenservice-taken vanuit huis, €25 per uur, 1-2 uur per dag. Je beoordeelt bestellingen in "
        "onze app. Vul eerst je account aan met 100 USDT, daarna kun je alles opnemen inclusief bonus.",
        # hired with no interview at pay far above the market of "anywhere in PH"
        "HIRING NOW Chat Support for US clients\nEarn $25/hour – no experience, NO INTERVIEW needed\nAuto-hired upon "
        "sign up\nWFH anywhere in PH",
        # paid for every member you add
        "Work from home!! Join as a Customer Care Partner with a one-time associate kit of Rs 3,500 and earn Rs 500 "
        "for every member you add. Limited seats.",
    ],
)
def test_mailed_checks_crypto_top_ups_unheard_hires_in_ph_and_members_added_of_the_eighteenth_round_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # pay per minute in Urdu script
        ("گھر سے کال سینٹر کا کام\nادائیگی: 4 روپے فی منٹ\nکوئی بنیادی تنخواہ نہیں، کوئی کم از کم ضمانت نہیں\n"
         "فری لانس، اپنا کمپیوٹر ضروری\nپورے پاکستان سے درخواستیں", "red_flags"),
        # pay per call in Roman Urdu, "har" (each) before the call
        ("Telesales agent, ghar se kaam. Adaigi: Rs 120 har confirmed call par. Koi fixed tankhwa nahi. Training 2 din "
         "free. Poore Pakistan se apply karein. Apna mobile aur internet.", "red_flags"),
        # gear bought from the company after joining, in Urdu script
        ("ورک فرام ہوم کال سینٹر – لاہور\nتنخواہ: 50,000 روپے ماہانہ\nمستقل ملازمت، ٹریننگ کے دوران پوری تنخواہ\n"
         "جوائننگ کے بعد کمپنی سے 10,000 روپے کا ہیڈسیٹ خریدنا لازمی ہے، جو تنخواہ سے کٹ جائے گا", "red_flags"),
        # training "non-paid"
        ("International Voice Process, WFH, ₹24,000 per month in-hand, company payroll, laptop provided, Delhi NCR "
         "only. Training is 21 days. Training period is non-paid, it is a learning phase.", "red_flags"),
        # "commission only?" asked by the seeker is no term of the offer
        ("HR: Hi Zanele, reminder of your phone interview tomorrow.\n\nZanele: Can I ask what the pay is and if it "
         "is commission only?\n\nHR: Not commission only! R8,200 basic per month + commission on top, leads supplied. "
         "Permanent position. Paid 2-week training. Laptop supplied. KZN residents only.", "looks_legitimate"),
    ],
)
def test_urdu_pay_units_gear_bought_after_joining_non_paid_training_and_asked_terms_of_the_eighteenth_round(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # what the seeker asks about is still open when the recruiter puts it off
        "SMS\nRecruiter: Hi Ayanda, this is Ruth from Ubuntu Connect. We'd like to invite you for an interview for "
        "Home Based Agent, salary R8,000 pm, Western Cape.\nAyanda: Hi Ruth. Is it permanent or contract, is "
        "training paid and do I need my own laptop?\nRecruiter: All of that will be explained on the day.",
        # the same in Afrikaans
        "Hallo Lizelle, dis Anneke van Boland Kontak. Salaris R6,500 pm, Wes-Kaap. Kan ons Woensdag 'n telefoniese "
        "onderhoud doen?\nLizelle: Moet ek my eie skootrekenaar hê, en word die opleiding betaal?\nAnneke: Ons sal dit "
        "alles in die onderhoud bespreek.",
    ],
)
def test_terms_the_seeker_only_asks_about_of_the_eighteenth_round_stay_questions(text):
    assert _verdict(text) == "ask_more_questions"


def test_a_heading_written_as_a_question_does_not_turn_the_terms_before_it_into_questions():
    # glued page text: "Wat vragen wij?" is the next heading, not a question about the laptop and headset
    text = (
        "Wat bieden wij?&nbsp;€15,80 bruto per uur&nbsp;+ 8% vakantiegeldEen contract bij ons voor 7 maanden"
        "betaalde training (3 weken, online)Wij sturen je een laptopen headset&amp;nbsp;Wat vragen wij?Minimaal 24 uur "
        "beschikbaar"
    )
    assert _verdict(text) == "looks_legitimate"


def test_with_no_base_pay_the_pay_per_talk_minute_is_the_pay_not_what_top_agents_earn_an_hour():
    text = (
        "Recruiter (VoxLine): Hi Tanya! Thanks for applying to Home-Based Inbound Sales Agent. Work from anywhere in "
        "the US.\nTanya: What does it pay?\nRecruiter: Top agents earn $19-21/hr! Pay is $0.22 per talk minute plus "
        "$4 per sale.\nTanya: Is there a minimum per hour?\nRecruiter: You're an independent contractor (1099) so "
        "you're only paid for talk time, there's no hourly minimum.\nTanya: And the training?\nRecruiter: "
        "Certification is 5 days online, paid at $12/hr."
    )
    extraction = extract(text)
    assert extraction.answers["pay_basis"] == "minute"
    assert _verdict(text) == "red_flags"


@pytest.mark.parametrize(
    "text",
    [
        # a workstation bought from the employer's partner before the start, priced after a dash
        "Welcome to the team! Remote Patient Access Representative, $17/hr, W-2, paid training.\nBefore your start "
        "date, please complete:\n1) Sign NDA\n2) Purchase your pre-configured workstation from our IT partner, "
        "DeskNet Solutions – $349 (reimbursed over your first two paychecks)\n3) Log in for orientation",
        # a medical certificate from the partner clinic before the contract is sent (af)
        "Baie geluk, jy het die onderhoud geslaag! Voordat ons jou kontrak stuur, moet jy 'n mediese "
        "geskiktheidsertifikaat by ons vennootkliniek kry (R450 – terugbetaal met jou eerste salaris). Pakket: R9 000 "
        "per maand, permanent, skootrekenaar voorsien.",
        # a partner's long camel-case name keeps its price in its sentence (nl)
        "Thuiswerk Klantenservice, €15,00 bruto per uur, in loondienst, betaalde inwerkperiode, laptop krijg je van "
        "ons.\nSollicitatieproces:\n1. Online sollicitatie\n2. Telefonisch gesprek\n3. VOG-aanvraag via onze "
        "screeningspartner ScreenRight (€39,95 – wordt verrekend met je eerste salaris)\n4. Contract en startdatum",
        # a check mailed in one sentence, the gear bought with it in the next
        "Remote Customer Support Associate ($21.50/hour, W-2, paid training, hiring in OH and PA). We use a single "
        "approved equipment vendor. Our finance department will mail you a cashier's check for $3,850. Once it is "
        "deposited, you will purchase your workstation package from the vendor.",
    ],
)
def test_partner_workstations_clinic_certificates_camel_case_partners_and_checks_of_the_eighteenth_round_are_scams(
    text,
):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        # training "2 wks paid at" its rate is pay, not a training fee
        "Text message\nBrightline Support: Hi Dana, reminder of your Zoom interview tomorrow 10:00 AM for Remote "
        "Customer Care Rep, $16.00/hr, hiring in TX and OK.\nMe: Is the training paid?\nBrightline Support: Yes, "
        "training is 2 wks paid at $16.00. We mail you a laptop + headset. You're a W-2 employee from day one.",
        # a seeker's question in Urdu script ends with "؟": its fee is asked about, not charged
        "السلام علیکم عائشہ صاحبہ،\nآپ کا انٹرویو کامیاب رہا۔\n- تنخواہ: 60,000 روپے ماہانہ\n- مستقل ملازمت\n"
        "- تربیت دو ہفتے، پوری تنخواہ کے ساتھ\n- صرف لاہور کے رہائشی\n\nعائشہ: شکریہ۔ کیا مجھے کوئی فیس یا "
        "سیکیورٹی جمع کروانی ہوگی؟\n\nایچ آر: نہیں، ہماری کمپنی کوئی فیس نہیں لیتی۔",
        # "HR (Viber):" is a pasted thread's speaker label, not hiring by chat (tl)
        "Hi Carlo,\nCongrats! Ito na po ang job offer ninyo:\n• Basic salary: ₱22,000/month\n• Status: Probationary "
        "employee\n• Training: 4 weeks, paid\n• Equipment: company laptop at headset\n• Cebu residents lang po\n\n"
        "Carlo (Viber): Ma'am, may babayaran po ba ako?\n\nHR (Viber): Wala po kayong babayaran sa amin.",
        # "may training fee po ba ...?" asks (tl)
        "CUSTOMER SUPPORT ADVOCATE (WORK-AT-HOME)\nOpen to residents of Luzon only\nCompensation: ₱20,000 basic/month\n"
        "Status: probationary to regular employee\nTraining: paid, 3 weeks\nEquipment: company-issued desktop\n\nYou: "
        "hi po, may training fee po ba or kailangan bumili ng kit?\nRecruiter: Wala pong training fee at wala pong "
        "bibilhin.",
    ],
)
def test_training_paid_at_its_rate_urdu_questions_speaker_labels_and_tagalog_questions_of_the_eighteenth_round(text):
    assert _verdict(text) == "looks_legitimate"


@pytest.mark.parametrize(
    "text",
    [
        # pay in to be paid more back: the task scheme, in rupees
        "Telegram\nRiya (HR): Part-time work from home, earn ₹3,000 daily. Just like videos and send screenshots, ₹150 "
        "per like.\nRiya: Now join our reception group. For merchant tasks, pay ₹2,000 and get ₹2,600 back in 10 "
        "minutes.",
        # ID and bank papers asked "for generation of your offer letter"
        "Dear Candidate, you have been shortlisted for Customer Support Executive (Work From Home), salary "
        "₹25,000/month, training paid, laptop provided, Pune only. For generation of your offer letter, kindly email "
        "scanned copies of your Aadhaar card, PAN card and a cancelled cheque by today 6 PM.",
    ],
)
def test_pay_in_get_back_tasks_and_papers_for_the_offer_letter_of_the_eighteenth_round_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        # "There is a one-time $45 fee" after a sentence naming the record check: the check's fee, after the offer
        "Your written offer is attached: $20.50/hour, permanent full-time employee, 3 weeks paid training, open to "
        "residents of Ontario. We ship a laptop and headset.\n\nNext step: a criminal record check through our "
        "provider. There is a one-time $45 fee, which you pay on the provider's site once you've signed the offer; "
        "we reimburse it on your first pay.",
        # the credit union pays the check's fee
        "Remote Member Services Representative – Credit Union\n$17.00/hr | Full-time employee | Hiring in WI, MN, "
        "IA\nPaid training (4 weeks)\nBackground and credit check: required for all roles. It is run after you accept "
        "a written offer, and the credit union pays the $35 fee — you never pay for it.\nWe provide a laptop and a "
        "headset.",
    ],
)
def test_check_fees_named_in_the_sentence_before_and_paid_by_a_credit_union_of_the_eighteenth_round_are_fine(text):
    assert _verdict(text) == "looks_legitimate"


@pytest.mark.parametrize(
    "text, band",
    [
        # the seeker asks whether the training week is unpaid and the reply, in the next message, says yes (nl)
        ("Hoi Youssef,\n\nTop dat je maandag start!\n- Uurloon €15,10 bruto, je bent bij ons in loondienst\n- Laptop "
         "en headset in bruikleen, je moet in Nederland wonen\n\n> Youssef: Is de inwerkweek echt helemaal "
         "onbetaald? Dat zijn 5 dagen van 9 tot 5.\n\nJa, dat is bij ons zo geregeld.\n\nGroetjes, Planning",
         "red_flags"),
        # ... and "Hindi po" answers no (tl)
        ("Hi Carlo! Basic salary ₱22,000/month, probationary employee, company laptop, Cebu residents lang po.\n\n"
         "Carlo: Ma'am, unpaid po ba ang training? 3 weeks po kasi.\n\nHindi po, bayad po ang training.",
         "looks_legitimate"),
    ],
)
def test_a_reply_in_the_next_message_answers_the_seekers_question_about_training_pay(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # the seeker tells of an impostor on WhatsApp and the recruiter disowns it: no chat-app hiring in the offer
        ("Hi Dana,\n\nYour offer: Member Care Agent, $17.25/hr, W-2 employee, 3 weeks paid training, laptop and "
         "headset shipped to you, hiring in OH and PA.\n\nDana: Thanks! Someone texted me on WhatsApp saying they're "
         "your HR and wanted to interview me there. Is that you?\nRecruiter: That's not us, please block them. We "
         "interview by phone or Zoom only."),
        # ... a seeker's earlier bad "job offer" with a starter kit, told in an e-mail thread
        ("Hi Marco,\n\nAs discussed: $16.00/hr, W-2 employee, 2 weeks paid training, hiring in GA and SC.\n\n---\n"
         "From: Marco Diaz\nDo I have to buy anything? My last \"job\" wanted me to pay for a starter kit.\n\n---\n"
         "From: Priya Shah\nNo, we ship you a laptop and headset before training."),
        # ... the greeting after a channel label and a title ("SMS: Dear Ms. Ayesha"), the report in Roman Urdu
        ("SMS: Dear Ms. Ayesha, aap ka Zoom interview kal 11 baje hai.\nAyesha: Kisi ne WhatsApp pe message kiya tha "
         "ke interview wahan hoga. Kya woh aap hain?\nHR: Nahi, hum WhatsApp par hiring ya interview nahi karte.\n\n"
         "Offer: Salary Rs 70,000 mahana, permanent employee, 2 hafte ki paid training, company laptop degi, sirf "
         "Lahore ke residents."),
    ],
)
def test_an_impostor_the_seeker_reports_and_the_recruiter_disowns_of_the_nineteenth_round_is_no_part_of_the_offer(
    text,
):
    assert _verdict(text) == "looks_legitimate"


@pytest.mark.parametrize(
    "text",
    [
        # a medical exam fee to the clinic partner the line before names, the price on the next line
        ("Congratulations! Basic salary PHP 21,000/month, regular employee, NCR.\n\nBefore we can release your Job "
         "Offer, please complete your medical exam with our accredited clinic partner:\nHealthPoint Labs – PHP 1,500 "
         "(drug test, x-ray)\nSend the GCash receipt to this email."),
        # an insurance bought through the employer's partner insurer (a name of ten letters after "insurer"), at
        # about a monthly sum, before the offer
        ("Remote Benefits Agent\n$17/hr + $4 per completed enrollment | Paid training | Hiring in TX and FL\n1) Apply "
         "and complete phone screen\n2) Obtain your Errors & Omissions coverage through our partner insurer, "
         "CoverRight (≈$25/month – 3 months prepaid, $75) – required before we can issue your offer letter\n3) Offer "
         "letter and training schedule\n4) Laptop and headset shipped to you"),
        # a training bond paid to the partner insurer before the final interview (tl)
        ("Shortlisted ka po for WFH CSR (₱20,000/month, HMO). Bago po ang final interview, kailangan po muna "
         "i-settle ang Training Bond/Insurance sa partner insurer namin – ₱1,200 lang po."),
        # an access card bought from the employer's distributor before the start, the contract signed later
        ("WORK FROM HOME – Sales Agents (Durban)\nR7 500 basic | Permanent | Paid training\nBefore your start date "
         "you need:\n• Call-centre access card – R250, bought from our distributor CardLink (refunded after 30 "
         "days)\nYour contract will be signed on your first day."),
        # customers' payments received on the seeker's own bank account and passed on the same day (nl)
        ("Vacature thuiswerker klantenservice, €15,80 per uur, 20 uur per week, heel Nederland.\nJe taken:\n- "
         "Klantbetalingen ontvangen op je eigen bankrekening en die dezelfde dag doorstorten naar onze leveranciers"),
    ],
)
def test_partner_clinics_insurers_distributors_and_payments_passed_on_of_the_nineteenth_round_read_as_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, band",
    [
        # a deposit taken from the first pay slips is a deduction after hiring, not a fee before the offer (nl)
        ("Klantenservice thuiswerker – €15,00 per uur\nWerknemer, heel Nederland, betaalde training\nLaptop van ons, "
         "maar we houden een borg van €240 in, verdeeld over je eerste drie salarisstroken.",
         "red_flags"),
        # training paid during training and the seeker's own computer, in Urdu script
        ("کسٹمر سپورٹ ایجنٹ، گھر سے کام\n• تنخواہ: 50,000 روپے ماہانہ\n• تربیت کے دوران بھی تنخواہ ادا کی جائے گی\n"
         "• صرف لاہور کے رہائشی\n• اپنا کمپیوٹر ضروری ہے",
         "looks_legitimate"),
        # a Pakistani job board makes "Rs" rupees of Pakistan; "Laptop company ka hoga" is the company's laptop
        ("CSR – Work From Home (Punjab)\nSalary Rs 52,000\nPaid training: 2 hafte, full salary ke saath\nLaptop "
         "company ka hoga\nApply on Rozee.pk",
         "looks_legitimate"),
        # the seeker asks whether a laptop is provided and the recruiter dodges: equipment stays a question
        ("Customer Care Executive (Voice, WFH). CTC: Rs 28,000 per month. Permanent role on company rolls.\n\n"
         "Farah: Could you please confirm if training is paid and whether laptop is provided?\nTA: These details "
         "will be shared after the interview.",
         "ask_more_questions"),
        # ... and in Tagalog, "who will give the laptop?" answered "it depends"
        ("Hi Jen! WFH CSR, ₱18,000/month, Pampanga-based applicants lang po.\nJen: Employee po ba or freelance? Paid "
         "po ba ang training?\nHR: Depende po sa account.\nJen: Sino po magbibigay ng laptop?\nHR: Depende rin po.",
         "ask_more_questions"),
    ],
)
def test_deductions_from_pay_slips_urdu_training_pay_pakistani_boards_and_dodged_questions_of_the_nineteenth_round(
    text, band
):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        # the seeker ("Me:") tells of a consultant asking a registration fee, and the company disowns it
        ("SMS from HR-DESK\n\nDear Candidate, your telephonic interview for Customer Support Executive (WFH) with "
         "Konkan Care Services is on 4-Apr, 3 PM. Salary ₹22,000/month in-hand, full-time on company payroll, 2 weeks "
         "paid training, system & headset provided. Open to candidates from Pune and Nashik only.\n\nMe: Hello, a "
         "consultant called me and asked ₹1,500 registration to forward my profile. Is it genuine?\n\nHR-DESK: Dear "
         "Candidate, Konkan never charges any fee. Please ignore such calls."),
        # ... in Urdu script, the greeting after a notice's label, "کسی نے", and "ہم واٹس ایپ پر بھرتی نہیں کرتے"
        ("SMS – Lahore Contact Centre\n\nانٹرویو یاد دہانی: محترم بلال صاحب، آپ کا انٹرویو کل صبح 10 بجے فون پر ہوگا۔ "
         "تنخواہ 50,000 روپے ماہانہ، مستقل ملازمت۔ تربیت کے دوران پوری تنخواہ ملے گی۔ صرف لاہور کے امیدوار۔ "
         "کمپنی لیپ ٹاپ دے گی۔\n\nبلال: شکریہ۔ کیا انٹرویو واٹس ایپ پر ہوگا؟ "
         "میرے بھائی کو کسی نے واٹس ایپ پر جاب دی تھی۔\n\n"
         "Lahore Contact Centre: نہیں جناب، انٹرویو فون کال پر ہوگا۔ ہم واٹس ایپ پر بھرتی نہیں کرتے۔"),
        # the seeker asks whether bank details are needed now; the answer: only after a written offer
        ("Hi Noah,\n\nYour phone interview is confirmed for Tuesday 10am.\n• $17.50 per hour\n• Full-time employee\n• "
         "2 weeks paid training\n• Laptop and headset supplied\n• Must live in AZ or NV\n\n---\nNoah: Thanks! Will "
         "you need my bank details and SSN now?\n---\nRecruiting: Not now, Noah. Only after you've accepted a "
         "written offer, through our onboarding portal."),
        # a recruiter's warning that ends "it isn't us" is no check-cashing duty
        ("Hi Ava! Your offer: $16.25/hr, full-time W-2, 2 weeks paid training, laptop + headset shipped to you, "
         "hiring in OH and IN.\nAva: The letter mentions a deposit? I don't want to send money\nRecruiter: That's "
         "direct deposit for your pay. If anyone asks you to deposit a check or buy equipment, it isn't us."),
        # a placement fee the client shoulders
        ("WORK FROM HOME CSR – US ACCOUNT (Cebu residents)\n₱22,000 basic + night diff\nRegular employee after 6 "
         "months\nPAID training – 3 weeks\nCompany-issued laptop & headset\n\nApplicants pay NOTHING. Our placement "
         "fee is shouldered by our client, not by you."),
        # a sign-on bonus deposited into the seeker's payroll account (tl) is no deposit the seeker pays
        ("WFH CSR (Telco)\n₱20,000 basic\nREGULAR after 6 months\nPAID training 2 weeks\nfor Pasig and QC residents "
         "only\nMay sign-on bonus na ₱4,000, ide-deposit sa payroll account mo after 90 days"),
        # a check the employer has you claim back from it (nl)
        ("Hoi Sem,\n\nWelkom bij Klantlijn Thuis! Op een rij:\n- Arbeidsovereenkomst voor 32 uur per week\n- €15,20 "
         "bruto per uur\n- Inwerkperiode van 2 weken, gewoon betaald\n- Laptop en headset worden thuisbezorgd\n\n"
         "Sem: In mijn contract staat iets over een VOG. Moet ik die zelf betalen?\n\nHR: Je vraagt de VOG aan via "
         "de link van Justis, de kosten declareer je bij ons en die krijg je volledig terug met je eerste salaris."),
    ],
)
def test_reports_of_impostors_questions_about_data_warnings_and_money_the_employer_pays_of_the_nineteenth_round(text):
    assert _verdict(text) == "looks_legitimate"


@pytest.mark.parametrize(
    "text, band",
    [
        # a fee for medical and NBI clearance paid before the job offer
        ("WFH CSR – Pacific Account, ₱22,000 basic, regular in 6 months, paid 3-week training, company laptop, "
         "Metro Manila residents.\n\nShortlisted applicants must settle a ₱1,300 processing fee for medical and NBI "
         "clearance via GCash before the job offer.",
         "likely_scam"),
        # a character certificate through the employer's verification partner, priced after a dash
        ("Call Center Representative – Lahore\nSalary: Rs 55,000, permanent, paid training\nSelection process:\n• "
         "Interview\n• Document verification: character certificate through our authorised verification partner "
         "VerifyRight Pvt Ltd – Rs 2,000 (refunded with first salary), before the final interview\n• Offer letter",
         "likely_scam"),
        # customers' payments taken on the seeker's own account and passed on, after a clause with "cannot"
        ("WFH Collections Associate\n₱19,000 basic, probationary to regular, 2 weeks paid training, company laptop, "
         "Metro Manila residents.\nResponsibilities:\n• For borrowers who cannot use the app, receive customer "
         "payments through your personal GCash and transfer them to the company account the same day",
         "likely_scam"),
        # bank and identity data asked "to proceed with your offer letter"
        ("Congratulations! You have been selected for Remote Customer Support Clerk. The position pays $21/hr, paid "
         "training, equipment shipped to you.\n\nTo proceed with your offer letter, please reply with your full "
         "name, SSN, date of birth and bank routing and account number.",
         "likely_scam"),
        # courier and file charges sent by EasyPaisa before the appointment letter, promised back (Urdu script)
        ("محترم امیدوار،\nآپ کو کسٹمر سپورٹ ایجنٹ (ورک فرام ہوم) کے لیے منتخب کر لیا گیا ہے۔\nتنخواہ: 40,000 روپے "
         "ماہانہ\nآپ کا اپائنٹمنٹ لیٹر کوریئر سے بھیجا جائے گا۔ کوریئر اور فائل چارجز 1,800 روپے ایزی پیسہ پر جمع "
         "کروائیں، یہ رقم پہلی تنخواہ میں واپس کر دی جائے گی۔",
         "likely_scam"),
        # ID, bank account and debit card asked before the interview (Urdu script)
        ("محترم احمد صاحب،\nآپ کو کال سینٹر (گھر سے کام) کے لیے شارٹ لسٹ کیا گیا ہے۔ تنخواہ 70,000 روپے ماہانہ۔\n"
         "احمد: انٹرویو کب ہوگا؟\nCareers: انٹرویو سے پہلے اپنے شناختی کارڈ کی تصویر اور ڈیبٹ کارڈ کے آخری 4 ہندسوں کے "
         "ساتھ اس کی میعاد کی تاریخ بھیجیں۔",
         "likely_scam"),
        # short Roman Urdu questions the recruiter leaves for the interview stay open
        ("HR: AOA Sana, work from home call center agent, sirf Karachi ke candidates, salary 42,000 + commission. "
         "Interview kal phone par.\n"
         "Sana: Permanent job hai ya contract? Training paid hai? Laptop company de gi?\nHR: Ye sab interview mein "
         "bata dein ge.",
         "ask_more_questions"),
        # a question about a WhatsApp interview that the reply denies
        ("HR Indus Hub: Call center agents chahiye, achi salary. CV bhejein.\n---\nZoya: AOA, salary kitni hai aur "
         "WhatsApp pe interview hoga?\n---\nHR Indus Hub: Salary interview ke baad final hogi. Interview WhatsApp pe "
         "nahi hota, landline se call aaye gi.",
         "ask_more_questions"),
    ],
)
def test_fees_before_the_job_offer_certificates_accounts_and_urdu_data_requests_of_the_nineteenth_round(text, band):
    assert _verdict(text) == band


def test_a_chat_interview_offered_as_a_question_and_never_denied_is_still_chat_app_hiring():
    text = "Data entry $35/hr. Are you ready for your interview on Telegram? Message @hr_lisa now."
    assert extract(text).answers_as_dict().get("chat_app_interview") == "yes"


@pytest.mark.parametrize(
    "text, band",
    [
        # an "up to" hourly headline over per-piece pay with no minimum: the per-piece rate is the pay
        ("WERK VANUIT HUIS - TOT €19 PER UUR!\nAls zzp'er verdien je €0,40 per afgerond gesprek. Geen minimum, "
         "wachttijd is onbetaald.\nEigen laptop nodig. Heel Nederland.",
         "red_flags"),
        ("MAKE UP TO $28/HR!!\n- 1099 independent contractor\n- $0.28 per talk minute\n- no minimum guarantee, idle "
         "time unpaid\n- hiring in 30 states, bring your own PC",
         "red_flags"),
        ("VERDIEN TOT R85 PER UUR!\nJy word R1,40 per minuut op die foon betaal as onafhanklike kontrakteur. Geen "
         "minimum nie. Eie rekenaar nodig.",
         "red_flags"),
        # parcels received at home and sent on abroad, in Dutch
        ("Thuiswerker klantcontact\n€2.100 per maand\nNaast de e-mails ga je pakketten bij je thuis ontvangen en "
         "opnieuw verzenden naar klanten in het buitenland.",
         "likely_scam"),
        # a check "provided" for the home office and spent on gear from the company's vendor
        ("Dear applicant, Marlow Care will provide a check for $2,950 for your home office. Once it clears you will "
         "purchase your laptop and headset from our certified vendor via Zelle.",
         "likely_scam"),
        # a starter pack priced in the next sentence as "het pakket"
        ("Klantenservice thuis - €21 per uur\nNa aanmelding krijg je ons starterspakket (headset en software). Het "
         "pakket van €89 betaal je vooraf; later krijg je het terug.",
         "likely_scam"),
        # Urdu's full stop ends the sentence: "no interview needed." does not deny the data asked in the next one
        ("مبارک ہو! آپ منتخب ہو گئے ہیں۔ انٹرویو کی ضرورت نہیں۔ ابھی اپنا شناختی کارڈ نمبر اور بینک اکاؤنٹ نمبر "
         "بھیجیں۔",
         "likely_scam"),
        # an ID held up to the camera in a video interview is not handed over
        ("FINAL INTERVIEW on Zoom, May 3\nTech Support Rep (WFH), PHP 26,000 basic, HMO from day 1, paid training, "
         "laptop shipped to you, Davao residents only.\nPlease have a valid ID ready to show on camera (no need to "
         "send copies).",
         "looks_legitimate"),
        # the SSN entered in the HR portal during the first day, after the offer is signed; a non-exempt employee
        ("Congratulations! We are pleased to offer you the role of Remote Care Associate (full-time, non-exempt) at "
         "$17.60/hour. Paid training runs three weeks.\nNext steps:\n1. You'll enter your SSN in the portal during "
         "your first day.\n2. Your laptop ships the week before you start.",
         "looks_legitimate"),
        # Tagalog answers: "bayad po ang training" (paid) and "regular hiring" (employee)
        ("Q: Magkano po ang sahod?\nA: ₱22k basic po.\nQ: Bayad po ba ang training?\nA: Opo, bayad po ang training "
         "(2 weeks, full rate).\nRegular hiring po ito.",
         "looks_legitimate"),
        # the sign-in details the company gives are no money or bank code asked of the seeker
        ("Welkom bij het team!\nSalaris: €15,20 bruto per uur, vast contract.\nDe inwerkperiode wordt gewoon "
         "doorbetaald.\nJe inloggegevens krijg je maandag van IT.",
         "looks_legitimate"),
        # terse: "paid trng", a state code and "only"
        ("remote chat agent $16/hr W2 paid trng NC only. dm for link", "looks_legitimate"),
        # a bare rupee salary set off by dashes in a headline
        ("CSR WFH - Rs 48,000 - permanent - paid training - sirf Lahore walay. CV bhejein.", "looks_legitimate"),
    ],
)
def test_headline_rates_parcels_checks_packs_urdu_stops_ids_on_camera_and_terse_facts_of_the_nineteenth_round(
    text, band
):
    assert _verdict(text) == band


def test_the_pay_of_the_nineteenth_rounds_third_batch_is_read_in_its_own_words():
    assert _answers("Monthly gross of ₹26,000 (PF and ESI as applicable)")["pay_amount"] == "312000.00"
    urdu = _answers("تنخواہ 2 لاکھ روپے ماہانہ۔")
    assert (urdu["pay_basis"], urdu["pay_amount"], urdu["pay_currency"]) == ("salary", "2400000.00", "PKR")


def test_a_state_code_before_only_is_where_they_hire_unless_the_code_is_an_english_word():
    assert _answers("chat agent $16/hr, NC only").get("hiring_regions") == ["US-NC"]
    assert "hiring_regions" not in _answers("chat agent $16/hr, OR only")


def test_an_id_shown_on_camera_but_also_sent_as_a_copy_is_still_data_asked_early():
    text = "Interview on Zoom. Please have a valid ID ready to show on camera and send a copy to hr.desk@gmail.com."
    assert _answers(text).get("personal_data_early") == "yes"


@pytest.mark.parametrize(
    "text, band",
    [
        # "walang bayad" is unpaid training when the pay starts only once training is passed
        ("Homebased CSR, ₱19,000/month once endorsed to the account, employee, NCR residents\nWalang bayad ang "
         "2-week training, pero pag pasado ka diretso ka na sa account.",
         "red_flags"),
        ("Hiring Chat Support WFH - ₱18k/month after training\nTraining: 10 days, walang bayad pero may certificate "
         "ka\nCompany laptop, open to Cebu applicants",
         "red_flags"),
        # a checklist whose heading, broken over two lines, asks for it before the interview
        ("Northgate Client Care\nBefore your virtual interview is scheduled, please send\nthe following to "
         "hr@northgate-care.com:\n  1. Social Insurance Number (SIN)\n  2. Date of birth\n  3. Void cheque or direct "
         "deposit form for payroll set-up\nPosition: Remote Agent, $20.00/h, Alberta applicants",
         "likely_scam"),
        # a bare allowance after the salary; a place after "kandidate"; a UK salary "depending on experience"
        ("Karachi Care Line - WFH CSR\nRs 52,000 + 6,000 internet allowance, full-time employee\nSirf Karachi ke "
         "candidates",
         "looks_legitimate"),
        ("Hi Elmarie! Pos: R9,000 + R1,000 nagskof-toelae, vaste kontrak, net kandidate in die Oos-Kaap. Pas "
         "Woensdag?",
         "looks_legitimate"),
        ("Customer Support Executive, Manchester\nPermanent contract, £25,500-£28,000 depending on experience, laptop "
         "and headset provided.",
         "looks_legitimate"),
        # gift cards the customers ask about are the work, not money through the seeker's hands
        ("Remote Customer Care Rep (TX residents only)\nPay: $16.00/hour, W-2 employee, paid training\nAnswer calls "
         "and chats about online orders, gift cards and store events.",
         "looks_legitimate"),
    ],
)
def test_walang_bayad_before_pay_checklists_allowances_and_customers_gift_cards_of_the_nineteenth_round(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text, band",
    [
        # a booking platform's balance the seeker pre-funds
        ("Remote Booking Agent - Canada-wide\n• Earn $20-$28 per completed booking set\n• Some bookings must be "
         "pre-funded from your account balance; it comes back with your commission",
         "likely_scam"),
        # "Training [time], walang bayad": the training time is unpaid
        ("CSR WFH\n₱21,000 kada buwan\nTraining 3 linggo, walang bayad\nEmpleyado, taga-Cebu", "red_flags"),
        # Urdu script: training without pay
        ("تنخواہ: 45,000 روپے ماہانہ\nمستقل ملازم، صرف کراچی کے امیدوار\nتربیت: دو ہفتے، بغیر تنخواہ\n"
         "ہیڈسیٹ کمپنی دے گی",
         "red_flags"),
        # a commission per signed energy contract with no hourly rate, as a freelancer
        ("- Je werkt als zzp'er vanuit huis\n- Vergoeding: €30 per afgesloten energiecontract. Er is geen vast "
         "uurtarief\n- Eigen laptop en headset",
         "red_flags"),
        # a headset sold only by the company's own store, paid from the first paychecks
        ("Remote Claims Agent, full-time employee, $17.00 per hour, paid training, hiring in CO and UT.\nAfter your "
         "offer is accepted you'll need our approved headset, available only from the Ridgeline company store ($119). "
         "The cost is deducted from your first two paychecks.",
         "red_flags"),
        # a kit bought through the onboarding portal before orientation can be booked
        ("Location: Remote — U.S.\nPay: $17.50 per hour\nPaid training\nNEXT STEPS AFTER YOUR INTERVIEW\nEvery new "
         "agent receives the Agent Success Kit. The kit is $69 and must be purchased through our onboarding portal "
         "before you can be scheduled for orientation.",
         "likely_scam"),
        # a pre-onboarding form with SSN and bank details, then "Step 3" schedules the interview
        ("Pay: $19.50/hour, paid training, company equipment, Remote (U.S.)\nStep 1: Submit your resume.\nStep 2: "
         "Complete our pre-onboarding form. The form asks for your Social Security Number, date of birth and your bank "
         "routing and account number for payroll setup.\nStep 3: A recruiter will contact you to schedule your "
         "interview.",
         "likely_scam"),
        # a fee that says it pays to join still reads as one
        ("Get started: $249 Business Enrollment (includes certification). Earn $90 for every agent you enroll.",
         "likely_scam"),
        # Roman Urdu "training ya laptop ke liye paise nahi maangti" asks no money; it says nothing of unpaid training
        ("Rs 60,000 mahana basic, permanent employee, 2 hafte ki paid training, sirf Lahore ke candidates.\nHum kabhi "
         "bhi job, training ya laptop ke liye paise nahi maangte.",
         "looks_legitimate"),
        # "Pay R9,800pm basic" is the pay, not a payment for the laptop named after it
        ("Your phone interview is confirmed. Pay R9,800pm basic + incentives, permanent post, company laptop & "
         "headset supplied. Gauteng residents only.",
         "looks_legitimate"),
        # Urdu digits and separator
        ("عہدہ: کسٹمر سروس ایجنٹ (گھر سے کام)\nصرف کراچی کے رہائشی امیدوار\n۵۵٬۰۰۰ روپے ماہانہ بنیادی تنخواہ\nمستقل "
         "ملازمت\nکمپنی لیپ ٹاپ اور ہیڈسیٹ فراہم کرے گی",
         "looks_legitimate"),
        # commissions per enrollment are the pay; WhatsApp messages from customers are the work
        ("Independent contractor (1099). This is a 100% commission role with no base pay: $40 per verified residential "
         "enrollment, $110 per small-business enrollment. Leads supplied daily.",
         "red_flags"),
        ("€15,50 bruto per uur, in dienst via ons uitzendbureau, inwerktraining volledig doorbetaald, woonachtig in "
         "Drenthe.\nJe beantwoordt telefoon, mail en WhatsApp-berichten van klanten (de webshop gebruikt WhatsApp "
         "Business voor klantvragen; sollicitaties lopen gewoon via ons).",
         "looks_legitimate"),
    ],
)
def test_prefunded_balances_walang_bayad_store_headsets_portal_kits_steps_and_commissions_of_the_nineteenth_round(
    text, band
):
    assert _verdict(text) == band


def test_remote_desktop_is_software_not_a_computer_the_seeker_needs():
    text = "Help clients by phone and with remote desktop sessions. Rs 50,000 a month."
    assert "needs_computer" not in _answers(text)


def test_a_salary_in_pakistani_rupees_for_a_uk_campaign_is_held_to_pakistans_minimum_wage():
    text = (
        "Zain: interview clear ho gaya yaar, work from home, UK campaign, 9 hour shift 5 days\n"
        "Zain: tankhwah Rs 24,000 per month, company employee, they give headset, training paid"
    )
    assert _verdict(text) == "red_flags"


def test_a_requisition_number_starting_with_r_is_no_rand_salary():
    text = (
        "Remote Customer Care Associate\nlocations\nRemote - North Carolina\ntime type\nFull time\njob requisition id\n"
        "R48810\n\nPay: $16.75/hour, paid by direct deposit. Benefits: medical, dental, 401(k)."
    )
    answers = _answers(text)
    assert (answers["pay_basis"], answers["pay_amount"], answers["pay_currency"]) == ("hour", "16.75", "USD")


@pytest.mark.parametrize(
    "text, band",
    [
        # a headset kit bought through the onboarding portal prior to orientation
        ("Remote Customer Service – Holiday Season\n$16.50/hr, paid training, W-2, GA and SC only\nRequired: purchase "
         "the approved headset kit from our onboarding portal ($59.99) prior to orientation.",
         "likely_scam"),
        # Urdu script: USDT recharged first to open the tasks
        ("گھر بیٹھے آن لائن کام\nروزانہ 4,000 روپے کمائیں\nٹاسک کھولنے کے لیے پہلے USDT ریچارج کریں، کمیشن فوراً واپس",
         "likely_scam"),
        # the licence the seeker must buy, priced in the next sentence and paid by e-Transfer before training
        ("Thank you for your phone interview with Birch Lane Connect (Canada-wide, $20.50/hour).\nBefore training "
         "begins, each agent must purchase the dialler licence for our client queues. The first month ($79) is paid by "
         "Interac e-Transfer to billing@birchlane-connect.com; after that it's deducted from your pay.",
         "likely_scam"),
        # a PDF form whose "be-\nfore ... offer letter" is broken over two lines
        ("PRE-EMPLOYMENT FORM\nThis form must be completed and returned be-\nfore we can issue your offer letter.\n"
         "1. Full legal name ______\n2. Date of birth ______\n3. Social Security Number ______\n4. Bank routing / "
         "account number ______",
         "likely_scam"),
        # a per-call rate broken over two lines, as a freelancer with no minimum
        ("Statuut: zelfstandige in bijberoep. Vergoeding:\n€0,55 per afgehan-\ndelde oproep; er is geen vast uurloon "
         "of minimum.\nJe werkt met je eigen pc.",
         "red_flags"),
        # the seeker's quoted question about a minimum is no minimum; the answer says there is none
        ("Thanks for your questions after our phone interview:\n> Is there a guaranteed minimum per hour?\nThere's no "
         "hourly minimum.\n> How is pay calculated?\nAgents are paid $0.22 per talk minute as independent contractors "
         "(1099).",
         "red_flags"),
        # a BSN the seeker must have, not one asked for
        ("Klantenservice Engels + Duits (thuis)\n- €16,00 bruto per uur, arbeidscontract\n- 3 weken betaalde "
         "training\n- laptop en headset in bruikleen\n- Netherlands residents only, you need a Dutch BSN",
         "looks_legitimate"),
        # a friend's "they pay for training" and a check fee charged by the vendor after the signed offer
        ("Offer: R9 800 basic per month, fixed term employment contract with UIF, training is paid, company laptop, "
         "Durban applicants.\n---\nSipho: looks fine, they pay for training and nobody asks you for money.",
         "looks_legitimate"),
        ("Thanks for signing your written offer (part-time W-2 employee, $16.25 per hour, residents of Ohio). "
         "Training is paid.\nNow that you have signed your offer, please complete the screening at our vendor's site. "
         "The vendor charges a one-time fee of $40, paid directly to them.",
         "looks_legitimate"),
    ],
)
def test_portal_kits_usdt_recharges_licences_pdf_hyphens_quoted_questions_and_fine_print_of_the_nineteenth_round(
    text, band
):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text",
    [
        "Remote chat agent, $18/hr, W-2, paid weekly. Before the interview you will pay for your own training.",
        "Remote chat agent, $18/hr. We need an ID and your bank details to set up your account before the interview.",
    ],
)
def test_the_seeker_paying_for_training_or_the_employer_needing_an_id_is_still_a_scam(text):
    assert _verdict(text) == "likely_scam"


@pytest.mark.parametrize(
    "text, amount, currency",
    [
        # a deposit with no sign, in an offer that names Pakistan's pay; it comes back "with the first salary"
        ("Multan. WFH Agent, salary 52,000. Company aap ko laptop de gi, lekin us se pehle laptop ki security 15,000 "
         "jama karwa dein jo pehli tankhwah ke saath wapis mil jaye gi.", "15000", "PKR"),
        # a registration fee with no sign, in an offer paid in pesos
        ("Chat support WFH, sahod 18,000 kada buwan, Cebu. Registration fee 500 GCash muna bago interview.", "500",
         "PHP"),
    ],
)
def test_a_payment_with_no_currency_sign_takes_the_currency_of_the_offers_country(text, amount, currency):
    fees = _answers(text)["fees"]
    assert [(fee["amount"], fee["currency"]) for fee in fees] == [(amount, currency)]
    assert _verdict(text) == "likely_scam"


def test_a_bare_number_is_no_payment_where_the_text_names_no_country():
    fees = _answers("Chat support, paid training. Registration fee 500 before the interview.").get("fees", [])
    assert all(fee["amount"] is None for fee in fees)


@pytest.mark.parametrize(
    "text, band",
    [
        # the payment is the step before the interview times are sent
        ("Please pay $95 through the secure link, then I'll send you interview times. The position is $19/hr, W-2, "
         "paid training, Ohio and Kentucky only.", "likely_scam"),
        ("The $95 background check is refunded after 90 days of employment. Pay it through the secure link, then we "
         "will schedule your interview. $19/hr, W-2, paid training, Ohio.", "likely_scam"),
        # after an accepted written offer, what comes next is the start date
        ("Thanks for accepting the written offer. Our vendor charges a $40 drug test fee, and then we will send your "
         "start date. $17/hr, W-2, paid training, Ohio.", "looks_legitimate"),
    ],
)
def test_a_payment_followed_by_then_the_interview_is_asked_before_the_interview(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text, training_pay",
    [
        # the answer after a short either/or question chooses; the question itself states nothing
        ("Karachi WFH CSR, salary Rs 55,000 mahana, permanent employee, laptop company degi.\nAap ke sawal:\nTraining "
         "paid ya unpaid? -> paid, full tankhwah\nLocation? -> sirf Karachi", "paid"),
        ("Karachi WFH CSR, salary Rs 55,000 mahana, permanent employee.\nTraining paid ya unpaid? -> unpaid, 2 hafte",
         "unpaid"),
        ("Klantenservice, €15/uur, in dienst, laptop van ons, NL.\nTraining betaald of onbetaald? Betaald, vanaf "
         "dag 1.", "paid"),
        ("Karachi WFH CSR, salary Rs 55,000 mahana, permanent employee.\nTraining paid ya unpaid?\nLocation? -> "
         "Karachi", None),
    ],
)
def test_a_short_either_or_question_is_answered_by_the_word_after_it(text, training_pay):
    assert _answers(text).get("training_pay") == training_pay


@pytest.mark.parametrize(
    "text, training_pay",
    [
        # an FAQ's answer after its question, in one sentence-span with it
        ("Salary ₱20,000/month. Open to Metro Manila residents.\nFAQ\nIs training paid? Training is unpaid; you will "
         "receive a ₱1,500 transportation allowance once you pass.", "unpaid"),
        ("€15,10 bruto per uur. Je woont in Nederland.\nIs de training betaald? De training duurt 2 weken en is "
         "onbetaald. Na afronding start je in loondienst.", "unpaid"),
        ("Is training paid? Yes, training is paid at the full rate. $17/hr, W-2, Ohio.", "paid"),
        # an indirect question says nothing either way
        ("Recruiter: $17/hr, you'd be a 1099 contractor.\nMike: ok but she didn't say if the training is paid.", None),
        ("I'm not sure whether the training is paid. $17/hr, W-2, Ohio.", None),
        ("Recruiter: $17/hr, you'd be a 1099 contractor. The training is not paid.", "unpaid"),
    ],
)
def test_an_faq_answer_is_read_past_its_question_and_an_indirect_question_states_nothing(text, training_pay):
    assert _answers(text).get("training_pay") == training_pay


@pytest.mark.parametrize(
    "text, band",
    [
        # "nothing is ever owed before an offer" says when nothing is paid; the check comes after the written offer
        ("Pay: $16.75/hr. W-2 employee. 4 weeks paid training. Hiring in: OH, KY. We provide the computer and headset."
         "\n\nAfter you accept a written offer, a background check is required. A one-time $40 screening fee is paid "
         "directly to the screening company; nothing is ever owed before an offer.", "looks_legitimate"),
        ("Pay: $16.75/hr. W-2 employee. 4 weeks paid training. Hiring in: OH, KY. A one-time $40 screening fee is paid "
         "before an offer.", "likely_scam"),
    ],
)
def test_the_time_nothing_is_owed_is_not_when_a_fee_is_due(text, band):
    assert _verdict(text) == band


def test_a_date_on_the_line_above_is_not_an_hourly_rate():
    offer = extract(
        "OFFER OF EMPLOYMENT\nStart date: Monday, March 9\nHourly wage: $21.40 CAD, paid bi-weekly by direct deposit\n"
        "Work location: your home in Ontario."
    ).to_offer()
    assert (offer.pay_amount, offer.pay_currency) == (Decimal("21.40"), "CAD")


@pytest.mark.parametrize(
    "text",
    [
        # what another offer asked, told by the seeker in a thread the friend or recruiter answers
        ("From: Recruitment <careers@kaapconnect.co.za>\nHi Lerato\nCongratulations! 12-month fixed term employment "
         "contract, basic R9 800 per month, training 3 weeks paid at full basic, candidates living in Gauteng, we "
         "supply a laptop.\n--\nLerato: Sis before I sign, does this look ok?? after that other one that wanted R500 "
         "for 'training material' I'm scared\nNomsa: This one is fine. No money asked, laptop is theirs."),
        ("Jasmine R. - Mesa Verde Home Warranty\nHi Kayla, thanks for applying! Free for a phone call Tuesday?\n\n"
         "Kayla P.\nhi yes. sorry to ask but is this legit? the last \"job\" i got told me to buy gift cards for the "
         "company\n\n"
         "Jasmine R. - Mesa Verde Home Warranty\nTotally fair question. We will never ask you to buy anything. $15/hr, "
         "you're an employee (W-2), training is paid, and we hire in AZ, NM and UT. We send the laptop and headset."),
    ],
)
def test_what_another_offer_asked_told_by_the_seeker_is_not_this_offer(text):
    assert _verdict(text) == "looks_legitimate"


@pytest.mark.parametrize(
    "text, band",
    [
        # a bank login asked for at all; the "never" after it is about the paycheck
        ("Pay: $16.40/hour. W-2 employee. Paid training. We hire in GA and FL.\n3) Set up payroll: link your bank by "
         "entering your online-banking username and password in our payroll portal, so your first check is never "
         "late.", "likely_scam"),
        ("Pay: $16.40/hour, W-2 employee, paid training, GA and FL. Never share your online banking password with "
         "anyone claiming to be us.", "looks_legitimate"),
    ],
)
def test_a_bank_login_is_asked_whatever_never_follows_it(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text, band",
    [
        # a membership fee and a bonus per member brought in, in Urdu script
        ("گھر بیٹھے کال سینٹر ٹیم کا حصہ بنیں!\nممبرشپ فیس صرف 3,000 روپے۔\nہر نیا ممبر لانے پر 500 روپے بونس۔",
         "likely_scam"),
        # a shortlisted candidate has no offer yet
        ("CONGRATS! You are shortlisted for HOME BASED CSR (₱35k/month). Pls send ₱850 via GCash to 0917xxxxxxx (J. "
         "Santos) for ID & training modules reservation, then reply your ref no. Orientation Sat.", "likely_scam"),
        ("You have been shortlisted! Customer Care, ₱22,000/month, regular employee, paid training, Cebu. HR will call "
         "you for the final interview.", "looks_legitimate"),
        # a Dutch warning about impostors who interview "namens ons" via WhatsApp
        ("Klantenservice, €17,10 bruto per uur, in loondienst, betaalde opleiding, laptop van ons, wonen in Nederland."
         "\nLet op: er gaan berichten rond van 'recruiters' die namens ons via WhatsApp gesprekken voeren. Wij voeren "
         "geen sollicitatiegesprekken via WhatsApp.", "looks_legitimate"),
        ("Klantenservice, €17,10 bruto per uur, in loondienst, betaalde opleiding, wonen in Nederland.\nLet op: het "
         "sollicitatiegesprek gaat alleen via WhatsApp-chat, stuur je naam naar +31 6 1234 5678.", "likely_scam"),
    ],
)
def test_membership_fees_in_urdu_script_shortlisted_payments_and_dutch_impostor_warnings(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text, name",
    [
        ("Hi Jenna, I'm a contract recruiter working with Lumen Retail's customer care team.", "Lumen Retail"),
        ("Hi Andre,\n\nWelcome to Summit Pet Supply's Customer Happiness team!", "Summit Pet Supply"),
    ],
)
def test_the_company_whose_team_it_is_is_the_employer(text, name):
    assert _answers(text).get("employer_name") == name


@pytest.mark.parametrize(
    "text, band",
    [
        # password resets are the work, not the seeker's password
        ("Remote Help Desk Associate — Ridgeview Systems. You'll support small-business customers by phone and email "
         "with password resets, printer setup and billing questions. Full-time employee.", "ask_more_questions"),
        # ID and bank details after the Afrikaans offer letter is signed
        ("Goeiemôre Anri,\nDankie dat jy jou aanbodbrief onderteken het.\n• Pos: voltydse werknemer, kliëntediens\n• "
         "Tarief: R58 per uur\n• Opleiding: twee weke, teen jou volle tarief betaal\n• Jou skootrekenaar en kopstuk "
         "word Maandag afgelewer\nLaai asseblief jou ID-afskrif en bankbesonderhede op die HR-portaal op voor jou "
         "eerste dag.", "looks_legitimate"),
        # the interview waits for the payment
        ("WFH Customer Support. Salary ₹27,000 per month. Paid training, laptop given, Noida candidates. Interview "
         "slot will be confirmed after candidate pays ₹1,200 background verification charge.", "likely_scam"),
        # client refunds through the seeker's own Cash App
        ("Refund Verification Specialist – Remote. $17/hr, W-2 employee, paid training, hiring in FL, GA. Process "
         "approved client refunds through your own Cash App account (funds are loaded to you first).", "likely_scam"),
        # the role's pay, not a payment for it; the pay for two training days, not their price
        ("Hi Tom, pay for the home-based adviser role is £13.20/hour and we'd send you all the kit (laptop, headset).",
         "ask_more_questions"),
        ("100% commission: $45 per activated plan, no base pay. Training: two paid days ($120 flat). You'd be a 1099 "
         "contractor, open to all US states.", "red_flags"),
        ("Training kit ($120) must be bought before the interview. $17/hr, W-2, Ohio.", "likely_scam"),
        ("You must pay for the starter kit: £45.", "likely_scam"),
        # a course on the seeker's own time before the first paid shift
        ("$14.00/hr once in production | Employee | Hiring in IN, OH\nQ: Is training paid?\nA: Our 3-week "
         "certification course is completed on your own time before your first paid shift.", "red_flags"),
    ],
)
def test_password_resets_signed_afrikaans_offers_interviews_after_payment_and_pay_for_the_role(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text, field, value",
    [
        ("Salary – 27,000 in hand + incentives. Only for Delhi NCR candidates.", "pay_amount", "324000.00"),
        ("Training runs 4 weeks (virtual, 9am–5:30pm ET) and is paid at your regular rate. $19/hr.", "training_pay",
         "paid"),
    ],
)
def test_a_salary_after_a_dash_and_training_paid_at_the_regular_rate(text, field, value):
    assert _answers(text).get(field) == value


@pytest.mark.parametrize(
    "text, band",
    [
        # bank data as an item of what an application must hold comes before any interview
        ("Remote Billing Support, $17.25/hr, W-2 employee, paid training, laptop shipped, hiring in TX and AZ.\n"
         "To apply, send:\n- resume\n- voided check (for direct deposit)\n- a photo of your desk\nInterviews are "
         "booked once your application is complete.", "likely_scam"),
        ("Remote Billing Support, $17.25/hr, W-2 employee, paid training, laptop shipped, hiring in TX and AZ.\n"
         "To apply, send:\n- resume\n- two references\n- your availability\nInterviews are booked within a week.",
         "looks_legitimate"),
        # the same item in a new hire's list, after the signed offer, is payroll paperwork
        ("Thanks for signing your offer letter! Remote Billing Support, $17.25/hr, W-2 employee, paid training, "
         "laptop shipped, Texas.\nBefore your first day, upload:\n- I-9 documents\n- voided check (for direct "
         "deposit)", "looks_legitimate"),
        # "Reply on WhatsApp to learn more" beside pay far above market
        ("Hello from Crestline Staffing! Remote chat support, 1 hour a day, $250–$400/day. Reply on WhatsApp to learn "
         "more.", "likely_scam"),
        # a week of unpaid job shadowing, said in the next sentence after a description
        ("Offer: Customer Care Agent, part-time employee, $19.75/hr, Manitoba residents, we ship the laptop.\nYour "
         "first week is job shadowing: you sit in on live calls with a team lead, Mon–Fri 9–5. This week is unpaid.",
         "red_flags"),
        # no fixed salary: pay per appointment only
        ("Appointment Setter (WFH). There is no fixed salary for this role. Setters earn Rs 1,300 per confirmed "
         "rooftop-solar appointment booked.", "red_flags"),
    ],
)
def test_bank_data_in_an_application_list_chat_replies_unpaid_shadowing_and_no_fixed_salary(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text, field, value",
    [
        ("☐ Contract digitaal ondertekend (onbepaalde tijd na proeftijd van 2 maanden)", "worker_status", "employee"),
        ("Company payroll (NOT third party). Salary 24,000 in hand.", "worker_status", "employee"),
        ("☐ Opleiding week 1 t/m 3: online, gewoon doorbetaald", "training_pay", "paid"),
    ],
)
def test_a_permanent_dutch_contract_company_payroll_and_training_paid_as_usual(text, field, value):
    assert _answers(text).get(field) == value


@pytest.mark.parametrize(
    "text, band",
    [
        # the offer letter follows the payment for the background check
        ("Selected! Customer Care Executive, ₹23,000/month in-hand, on-roll employee, paid training, laptop sent, "
         "Pune candidates.\nPlease pay the BGV charge of ₹1,999 through the link. Offer letter will be emailed within "
         "24 hours of payment.", "likely_scam"),
        # customers' payments into the seeker's own account or wallet
        ("Billing Support, $17/hr, W-2, paid training, laptop provided, hiring in all US states. For patients who pay "
         "by transfer you will be receiving their payments into your personal checking account and forwarding them "
         "to our processor through Zelle within a day.", "likely_scam"),
        ("Chat support for an exchange, ₱30,000/month. Tasks: answer customer chats and receive customers' deposits in "
         "your own GCash, then convert them to USDT and send to the exchange wallet.", "likely_scam"),
        # a licence bought as part of the application
        ("Call Centre Agent (Gauteng), R9 500 p/m, fixed-term contract, paid training, laptop supplied. Applicants "
         "must purchase the SoftDial licence (R590) as part of the application.", "likely_scam"),
        # interviews waived at pay far above market
        ("Remote chat support, $40/hr, no experience needed. Good news: interviews are waived for this client, just "
         "fill out the onboarding form.", "likely_scam"),
        # a Dutch starter pack with a one-time cost before the start
        ("Thuiswerken als klantenservicemedewerker, €17 per uur. Na je aanmelding ontvang je ons starterspakket met "
         "headset en inlogcodes. Eenmalige kosten: €39,95.", "likely_scam"),
        # a warning not to pay anyone "claiming to be" the company is no fee
        ("Customer Care Executive, ₹24,000 per month gross, on Lotus BPO payroll (not third party), training with "
         "salary paid from day 1, only for candidates residing in Karnataka, headset we give.\nOffer letter will be "
         "released within 48 hrs. Kindly do not pay anybody claiming to be from Lotus for \"offer letter processing\", "
         "we dont charge.", "looks_legitimate"),
        # "your $15 starts": pay, not a fee
        ("Recruiter: Training is 2 weeks and it's unpaid. Once you pass the final assessment your $15 starts from your "
         "first day on the phones. W-2, GA residents, we provide the laptop.", "red_flags"),
        # new-hire paperwork after the offer letter was signed
        ("New Hire Checklist (you're getting this because you signed your offer letter on 3/9)\nRemote Member "
         "Services Rep | $16.25/hr | W-2\nTraining: June 1 – June 19, virtual, paid at $16.25/hr\nEligible states: AZ, "
         "NV\n[ ] Enter direct deposit in Workday > Pay (don't email bank info to anyone)\n[ ] Watch for FedEx: laptop "
         "and headset", "looks_legitimate"),
        # "No." answers the seeker's question; it is no abbreviation of "number"
        ("1) No. Training (2 weeks, online) is paid at your normal rate, and we courier the headset and laptop.\n2) "
         "R40.00 per hour basic, on a 12-month fixed-term employment contract.\n3) Anywhere in Gauteng.",
         "looks_legitimate"),
        # the seeker's last job, not this one
        ("Seeker: Is it commission only? My last job was commission only and I earned nothing.\nRecruiter: No, R41.00 "
         "per hour, permanent employee, paid training, laptop supplied, anywhere in Gauteng.", "looks_legitimate"),
        # customers pay the company, not the seeker
        ("Salary: R10,800 basic per month. Permanent employee, paid training, we supply a laptop and headset, "
         "Mpumalanga only.\nQ: Do I handle money? A: No. Customers pay the company directly by debit order.",
         "looks_legitimate"),
        # a day's pay per shift below the NCR minimum; a per-transfer rate in brackets after its words
        ("WFH CSR for Metro Manila residents\n₱400 per 8-hour shift, 6 days a week\nCompany laptop, regular after "
         "6 months, paid training", "red_flags"),
        ("Contractor shall be paid one dollar and five cents\n($1.05) per Qualified Transfer. Contractor is an "
         "independent contractor.", "red_flags"),
        # a form with ID and bank fields, then "Step 3: schedule your interview"
        ("Apply (Step 2 of 3)\nSocial Security Number: ______\nDriver's license (upload front & back): ______\nBank "
         "name / routing number / account number (for payroll setup): ______\n\nStep 3: schedule your interview",
         "likely_scam"),
    ],
)
def test_offers_after_payment_money_into_your_wallet_waived_interviews_and_answers_after_no(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text, field, value",
    [
        ("Die opleidingstydperk van drie weke is onbetaald.", "training_pay", "unpaid"),
        ("Thuiswerk klantenservice, €2.600 bruto p/m\ninwerkperiode volledig betaald", "training_pay", "paid"),
        ("Thuiswerk klantenservice, €2.600 bruto p/m\nalleen als je in NL woont", "hiring_regions", ["NL"]),
    ],
)
def test_an_afrikaans_unpaid_training_period_dutch_paid_induction_and_living_in_nl(text, field, value):
    assert _answers(text).get(field) == value


@pytest.mark.parametrize(
    "text, band",
    [
        # an Afrikaans course that "kos" money, paid back with a later salary
        ("Salaris: R8 500 per maand, permanente aanstelling, skootrekenaar word gestuur, slegs Gauteng.\nVoor jou "
         "begindatum moet jy die aanlyn-opleidingskursus voltooi. Die kursus kos R1 100 en word terugbetaal saam met "
         "jou tweede salaris.", "likely_scam"),
        # a Tagalog request to send money pays for what the sentence before names, before the final interview
        ("Recap: ₱21,000 basic, regular employee after 6 months, paid training, company laptop.\nBago po i-schedule "
         "ang final interview, kailangan ma-process ang company ID at headset kit ninyo. Pa-send lang po ng ₱750 sa "
         "GCash.", "likely_scam"),
        # a deposit "returned in full on your first paycheck", before the offer letter
        ("$17.50/hour, full-time, W-2, paid training, all US states. New hires pay a refundable $120 security deposit "
         "before the laptop ships; it is returned in full on your first paycheck.", "likely_scam"),
        # an Afrikaans refundable deposit before the appointment letter
        ("Tuiswerk Agent, R11 500 per maand, permanent. Voordat ons jou aanstellingsbrief stuur en jou toerusting "
         "(skootrekenaar en kopstuk) aflewer, word 'n terugbetaalbare deposito van R1 200 vereis.", "likely_scam"),
        # an internet banking login asked as an application step
        ("Call Centre Agents – R10,000 p/m. All provinces. Permanent.\nApplication steps:\n1) Upload CV\n2) Verify "
         "your identity using your internet banking login\n3) Online assessment", "likely_scam"),
        # "for security" is a purpose, not a deposit; "nothing is payable before you start"
        ("Key terms in short:\n• Basic: R7,400 per month\n• You will use a company laptop and headset. A rental of "
         "R450 per month is deducted from your salary for as long as you use them, plus R120 per month for the "
         "dialler licence.\n• Training paid, 1 week\nIf you have your own laptop it must still be our imaged unit for "
         "security, so the rental applies to all agents. Nothing is payable before you start.", "red_flags"),
        # a Tagalog "we charge no training fee"
        ("Sahod: ₱22,500 kada buwan. Regular employee. Training: 2 linggo, bayad. Para sa taga-Cebu City lang.\n"
         "Hindi kami nagpapabayad ng processing fee o training fee.", "looks_legitimate"),
        # a Roman Urdu monthly cut from the salary
        ("Salary Rs 48,000 mahana. Company ka dialer software aur headset aap ko milega, lekin har mahine Rs 3,000 "
         "tankhwah se katenge (software license + headset rent). Training paid. Lahore.", "red_flags"),
        # the Dutch hourly wage named well before its amount
        ("Het uurloon voor thuiswerkende klantenservicemedewerkers is €12,40 bruto. Contract voor 6 maanden bij ons, "
         "training doorbetaald.", "red_flags"),
        # a ticked "offer letter signed", and the seeker's "I already signed the offer"
        ("NEW HIRE CHECKLIST | Rate: $18.10/hr | W-2 | Hiring states: AZ, NM\n[x] Offer letter signed (received 3/02)\n"
         "[ ] I-9: take your documents to an authorized rep in your area\n[ ] Direct deposit - enter your bank "
         "routing/account numbers in Workday AFTER you log in with your employee ID. HR will never ask for these by "
         "email.\n[ ] Training: 3 weeks, paid at your regular rate", "looks_legitimate"),
        ("Written offer: $15.40/hr W-2, 3 wks paid training, they hire in FL. The only money is the background check, "
         "$45 thru their vendor, and only bc I already signed the offer.", "looks_legitimate"),
        # "It's unpaid" in the sentence after the training
        ("Offer: $15.75/hr W-2 once you go live, Ohio residents.\nTraining is 3 wks, M-F 9-5 on Teams. It's unpaid "
         "unfortunately.", "red_flags"),
        # "paid only for time on calls", "no guaranteed hourly minimum": the per-minute rate is the pay
        ("EARN UP TO $24/HR!\n- $0.30 per talk minute\n- independent contractor (1099)\n- US residents\nYou are paid "
         "only for time on calls. There is no guaranteed hourly minimum.", "red_flags"),
        # a base said after the rate, under a headline of what bonuses bring
        ("POTENTIAL $19/HR FROM HOME\n- $6.75/hr base + up to $12/hr in sales bonuses\n- W-2 employee\n- paid "
         "training\n- Texas team", "red_flags"),
        # the seeker's salary paid into the seeker's own account
        ("Salary: PKR 60,000/month. Full-time permanent employee, paid training, Lahore applicants only, laptop "
         "provided.\nSalary is transferred to your own bank account; you enter the details in the HR portal after "
         "joining.", "looks_legitimate"),
    ],
)
def test_refunded_course_fees_tagalog_send_requests_base_pay_after_the_rate_and_signed_checklists(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text, band",
    [
        # "no exp" denies the experience only: the deposit after it, on a joined line, is asked
        ("CALL CENTRE AGENTS WFH R420/day no exp\nonce off R300 refundable deposit for ur starter kit\nSMS 072 000 "
         "0000", "likely_scam"),
        ("Call centre agents, R420/day, permanent, paid training, Gauteng only. No experience or fees needed.",
         "looks_legitimate"),
        ("Kliëntediens, R42,50 per uur, permanent, betaalde opleiding, slegs Gauteng-inwoners. Aansoek via ons "
         "webwerf – geen CV's per WhatsApp nie", "looks_legitimate"),
        # a bracketed price in a sentence about a police check before the interview
        ("Thanks for applying to Bluegum Connect ($33/hr). Before we can book your video interview, all candidates "
         "need a national police check through our screening partner, ClearPath Checks ($79).", "likely_scam"),
        # the Tagalog "to process your contract" comes before the contract
        ("Congrats! Pasok ka na sa WFH CSR batch natin. Para ma-process ang contract mo, magbayad ng ₱1,100 para sa "
         "medical at company ID sa GCash.", "likely_scam"),
        # signing in to online banking through a "verification page" before the interview
        ("Customer Care Agent, $22/hr, employee, paid training, Canada. Candidates invited to the video interview "
         "verify their direct-deposit account in advance by signing in to their online banking through our payroll "
         "partner's page.", "likely_scam"),
        # ID and bank forms listed under "To generate your offer letter"
        ("Thanks for interviewing. To generate your offer letter, HR needs the following forms by tomorrow:\n- W-4\n- "
         "I-9 with a photo of your Social Security card and driver's license\n- Direct deposit authorization with a "
         "voided check\nThe position is $16/hour, full-time.", "likely_scam"),
        # the application form itself asks for the Social Security number
        ("Pharmacy Support Rep – WFH, $17/hr, full-time. Hiring process: application → phone interview → offer. To "
         "speed up payroll setup, the application form asks for your Social Security number and a photo of your "
         "driver's license.", "likely_scam"),
    ],
)
def test_no_experience_ends_its_denial_bracketed_check_prices_and_data_the_application_asks(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text, band",
    [
        # the check's costs "voor ons": the employer pays
        ("Thuiswerker klantenservice (heel NL)\n• €15,20 per uur\n• In loondienst bij ons (uitzendcontract fase A)\n• "
         "Opleiding van 2 weken wordt volledig doorbetaald\n• Laptop in bruikleen\nVOG nodig: die vragen wij voor je "
         "aan, kosten voor ons.", "looks_legitimate"),
        # Afrikaans: ID and bank details once the offer is signed
        ("Beste Ruan\nDit is ons aangenaam om jou die pos aan te bied.\nSalaris: R12,500 basies per maand\nStatus: "
         "permanente werknemer\nOpleiding: 3 weke, betaal\nSlegs Wes-Kaap\nNá jy die aanbod onderteken het, laai "
         "asseblief jou ID-afskrif en bankbesonderhede op die HR-portaal.", "looks_legitimate"),
        # "We send the rest" of the gear passes no money on
        ("Remote Guest Services Agent, British Columbia & Alberta only. $20.75/hr to start, employee. Training is "
         "paid & online. You'll need a quiet room and wired internet. We send the rest.", "looks_legitimate"),
        # the seeker's earlier "job" that wanted money is not this one
        ("Me: do i need to buy anything? had a bad experience with a \"job\" that wanted me to pay for software\n"
         "Rosa @ Tidewell: No, nothing to buy from us, ever. We mail the headset. $17.50/hr, you'd be our employee "
         "(W-2). Training is paid. We hire in 14 states incl. SC.", "looks_legitimate"),
        # "ask for $$" denied by a "never" further back is no get-rich pitch
        ("Harbor Lane Support: Reminder – video interview tmrw 10:30a ET for Remote Billing Rep ($17.60/hr, W-2, "
         "paid training, TX/FL residents). We never interview by text or ask for $$.", "looks_legitimate"),
        # a Dutch job interview held in WhatsApp
        ("[WhatsApp 11:04] Wij zoeken thuiswerkers voor de klantenservice, €22 p/u.\n[11:04] Het "
         "sollicitatiegesprek doen we hier via WhatsApp: je krijgt 10 vragen. Een videogesprek is niet nodig.\n"
         "[11:09] Ik: kan ik niet liever even bellen?\n[11:10] Dat doen wij niet. Een echte werkgever belt je of doet "
         "een videogesprek, zeggen ze, maar wij niet.", "likely_scam"),
        # a form of starred fields under "To be considered for an interview"
        ("QuickStart Application – Remote Agent ($19/hr)\nTo be considered for an interview please complete:\nFull "
         "legal name *\nDate of birth *\nSocial Security Number *\nBank name, routing number and account number (for "
         "direct deposit) *", "likely_scam"),
        # the seeker's own mail above the recruiter's reply: the reply is read
        ("Tasha M. <tasha.m@example.com> wrote:\nHi Jasmine, before I sign up: is it hourly? Employee or contractor?"
         "\n\n---------- Forwarded message ---------\nFrom: Jasmine Reyes <jreyes@example.com>\nSubject: RE: "
         "Questions\nTo: Tasha M.\n\nHi Tasha, answers below!\nNo, agents are paid $0.26 per talk minute. We don't "
         "guarantee a minimum. You'd contract with us as a 1099 independent contractor.", "red_flags"),
    ],
)
def test_costs_on_the_employer_signed_afrikaans_offers_chat_interviews_in_dutch_and_the_seekers_own_mail(text, band):
    assert _verdict(text) == band


def test_tagalog_paid_training_said_bayad_na():
    assert _answers("ang unang araw ng iyong BAYAD na training ay sa Lunes").get("training_pay") == "paid"


@pytest.mark.parametrize(
    "text, field, value",
    [
        ("Full-time W-2 · $46,000 annual salary + monthly bonus", "pay_amount", "46000.00"),
        ("€15,30 bruto uurloon + €0,50 bonus per verkoop", "pay_amount", "15.30"),
        ("Job: inbound CSR, Rs 47,000, paid training, Peshawar based.", "pay_amount", "564000.00"),
        ("Role recap: $18.25/hr via direct deposit, part-time employee.", "pay_amount", "18.25"),
        # a fee denied before the pay is named does not make the pay a fee
        ("Hum kabhi koi fees nahi lete. Inbound agent, Rs 52,000/month, Lahore.", "pay_amount", "624000.00"),
    ],
)
def test_annual_salaries_dutch_hourly_wages_salaries_before_paid_training_and_pay_by_direct_deposit(text, field, value):
    assert _answers(text).get(field) == value


@pytest.mark.parametrize(
    "text, band",
    [
        # a Right to Work check "only because you've accepted this offer"
        ("Dear Priya, we are delighted to offer you the role. Salary: £26,000 per annum for 37.5 hours. Permanent. "
         "4 weeks of paid training. Your home in Scotland. Laptop provided.\nBefore your start date we'll complete "
         "your Right to Work check; please have your passport ready. This happens only because you've accepted this "
         "offer.", "looks_legitimate"),
        # a check fee "now that you have an offer in hand", and one paid after the Dutch contract is signed
        ("Your written offer: $16.50/hr, part-time employee, paid training, Ohio.\nNext steps once you sign:\n1. A "
         "background check through our screening vendor. There's a one-time $40 fee for it, and it only applies now "
         "that you have an offer in hand.", "looks_legitimate"),
        ("Leuk dat je het contract hebt getekend! Uurloon €16,20 bruto, in dienst van het uitzendbureau, training "
         "volledig betaald, je woont in Noord-Brabant.\n1. Vraag een VOG aan. De kosten (€41,35) betalen wij je "
         "terug met je eerste loonstrook.", "looks_legitimate"),
        # Tagalog: bank details after the contract is signed
        ("Sahod: ₱25,500 kada buwan. Katayuan: probationary na empleyado. Training: 3 linggo, bayad. Lugar: Quezon "
         "City (NCR).\nPagkatapos mong pirmahan ang kontrata, hihingin namin sa onboarding portal ang iyong bank "
         "account para sa payroll at kopya ng iyong TIN.", "looks_legitimate"),
        # Roman Urdu pay per confirmed appointment with no fixed salary
        ("- Har confirm appointment par Rs 350\n- Koi fixed tankhwa nahi, aap freelancer hongi\n- Training 2 din "
         "Zoom pe", "red_flags"),
        # an Afrikaans deposit "terugbetaal ná 6 maande", before the contract
        ("Jy is gekies vir die pos (R14 000 pm). Voordat ons jou skootrekenaar aflewer, moet jy 'n terugbetaalbare "
         "deposito van R1 100 inbetaal (word terugbetaal ná 6 maande diens).", "likely_scam"),
        # a Tagalog monthly deduction for gear
        ("Sahod: ₱20,500/buwan. Bayad ang training, regular after 6 months. NCR.\n• Headset at VoIP software "
         "subscription — ₱1,100 kada buwan, kaltas sa sahod", "red_flags"),
        # a warning "it's not us" about gift cards
        ("Congrats on accepting our offer ($20.50/hr, full-time W-2, paid training, Ohio). Your laptop ships today. "
         "If anyone contacts you claiming to be from us and asks for money or gift cards, it's not us.",
         "looks_legitimate"),
        # a kit that ships "free before your first day of paid training"
        ("$19/hr, full-time W-2 employee. Your welcome kit (laptop, headset) ships to you free before your first day "
         "of paid training. Hiring in: OH, MI.", "looks_legitimate"),
        # an allowance named after its amount is paid to the seeker
        ("€15,90 gross per hour. You're employed by us. 2 weeks paid online training. Laptop and headset on loan, "
         "plus €2,35 internet/home-work allowance per day worked. You must live in the Netherlands.",
         "looks_legitimate"),
        ("₱28,500/month. Regular employment after 6-month probation. Paid 3-week virtual training. Laptop, headset "
         "and internet allowance (₱1,500). Open to Metro Manila.", "looks_legitimate"),
        # a bracketed course price after its quoted name; "$199 onboarding" to join
        ("Volgende stap is de verplichte online cursus 'Klantcontact Pro' (€139). Betalen kan via de Tikkie. Daarna "
         "ontvang je je contract. Salaris €16,20 per uur.", "likely_scam"),
        ("Partners earn $15–$25/hr. To join, there's a one-time $189 onboarding to access client campaigns. Canada "
         "& US.", "likely_scam"),
    ],
)
def test_accepted_offers_in_four_languages_allowances_and_bracketed_course_prices(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text, band",
    [
        # gear "purchased from us" via payroll deduction once hired
        ("Remote Customer Service Rep – $20/hr, employee, paid training. Hiring in ON, NS. Once hired you must use our "
         "approved headset and softphone licence, purchased from us ($179) via payroll deduction.", "red_flags"),
        # an Afrikaans fake check: "Deponeer die tjek"
        ("Baie geluk, jy is gekies (R11 500 pm)! Ons stuur vir jou 'n tjek van R23 000 om jou toerusting by ons "
         "verskaffer aan te koop. Deponeer die tjek en betaal R20 500 per EFT aan die verskaffer oor.", "likely_scam"),
        # Tagalog pay per booked call with no basic
        ("Home-based appointment setter! ₱40 bawat successful na booked call, walang basic. Freelancer/contractor ka.",
         "red_flags"),
        # gift cards bought with the company's funds and their numbers sent back; "our fraud team" is no warning
        ("Remote Customer Experience Specialist, $20/hr. For store checks you'll purchase gift cards with funds we "
         "provide and send us the card numbers so our fraud team can test activation.", "likely_scam"),
        # a freelancer's rate labelled "Fee:"
        ("Recap:\n- You work as a freelancer (zzp, own KvK registration), so no employment contract\n- Fee: €0.18 per "
         "connected call minute, "
         "settled monthly on your invoice\n- No minimum hours and no minimum fee", "red_flags"),
        # Dutch training weeks "niet uitbetaald"
        ("Je contract: 32 uur, € 15,30 bruto per uur, thuiswerken, woonachtig in Gelderland. De eerste drie weken "
         "volg je de basisopleiding. Deze opleidingsweken worden niet uitbetaald.", "red_flags"),
        # what another offer asked, told in Taglish, is not this one
        ("Basic pay: ₱22,500/month. Probationary for 6 months. Training: 4 weeks, paid at full basic rate. Company "
         "laptop. Open to residents of Metro Manila only.\nCarla: Yung isang inapplyan ko dati humingi ng ₱1,500 for "
         "training kit 😬", "looks_legitimate"),
    ],
)
def test_gear_purchased_from_us_afrikaans_checks_tagalog_per_call_pay_and_freelance_fees(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text, band",
    [
        # an hourly rate with "hr" straight after it is pay, not a verification fee ...
        ("WFH insurance verification rep $18 hr full time employee w/ benefits. we send the computer + headset. "
         "hiring in GA and SC only.", "looks_legitimate"),
        # ... but "HR" after an amount is human resources: the fee is still read
        ("Salary Rs 55,000 + incentives, 6 ghante ki shift.\nApply karne ke baad aap ki login ID banane ke liye Rs "
         "1,500 HR ke JazzCash number par bhej dein, phir interview ki call aayegi.", "likely_scam"),
        # an allowance after its rate's unit is paid to the seeker, not gear bought
        ("Salary €2,650 gross per month (38 hours)\nEmployment contract for 1 year\nPaid onboarding of 2 weeks\nWe "
         "provide laptop and headset, plus €2 per day home working allowance\nYou must live in the Netherlands",
         "looks_legitimate"),
        # Roman Urdu "WhatsApp pe kuch mat bhejiyega": nothing goes over WhatsApp
        ("Aap ka interview clear ho gaya hai. Offer letter aap ki email pe bhej diya hai.\nDetails: Rs 78,000/month, "
         "permanent employee, 10 din ki paid training, laptop company ka hoga. Sirf Islamabad/Rawalpindi ke liye "
         "hai.\nOffer sign karne ke baad hi CNIC copy HR portal pe upload karni hai, WhatsApp pe kuch mat "
         "bhejiyega.", "looks_legitimate"),
        # Dutch "Telefonische of video-gesprekken voeren wij niet": the Telegram interview is the only one
        ("- €15,20 bruto per uur\n- Contract bij ons in loondienst\n- Betaalde training van 2 weken\n- Laptop en "
         "headset in bruikleen\n- Alleen voor inwoners van Nederland\n\nSollicitatieprocedure: het volledige gesprek "
         "en de onboarding verlopen via Telegram. Telefonische of video-gesprekken voeren wij niet.", "likely_scam"),
        # an Urdu-script list numbered with the Urdu full stop, asked before the offer letter
        ("تنخواہ 52,000 روپے۔\n\nآفر لیٹر جاری کرنے سے پہلے براہ کرم درج ذیل چیزیں اسی ای میل پر بھیجیں:\n1۔ "
         "شناختی کارڈ کی تصویر (دونوں طرف)\n2۔ بینک اکاؤنٹ نمبر اور IBAN\n3۔ اے ٹی ایم کارڈ کی تصویر", "likely_scam"),
        # "62 hazar" in a chat reply, followed by the shift, with a Pakistani city
        ("Faraz: kitni salary?\nUsman: 62 hazar, US shift, permanent employee\nUsman: laptop de rahe hain. training "
         "bhi paid hai 3 hafte\nUsman: haan Islamabad/Rawalpindi sirf.", "looks_legitimate"),
    ],
)
def test_hourly_pay_written_hr_daily_allowances_urdu_negation_and_lists_and_thousands_in_hazar(text, band):
    assert _verdict(text) == band


def test_thousands_in_hazar_before_salary_are_read_whole():
    answers = _answers("Usman: 62 hazar salary, permanent employee. Islamabad/Rawalpindi sirf.")
    assert answers["pay_amount"] == "744000.00"


@pytest.mark.parametrize(
    "text, band",
    [
        # an employee ID card collected from the office is given, not asked for
        ("International Voice Process (WFH). CTC: ₹3.4 LPA (approx ₹26,000 in-hand per month). Location: WFH for "
         "candidates living in Bengaluru or Pune (you'll visit the office once to collect your employee ID card and "
         "laptop). Training: 15 days paid. Full-time employees on company payroll.", "looks_legitimate"),
        # the basic under an "EARN UP TO" headline is the pay, and below the South African minimum
        ("WORK FROM HOME – EARN UP TO R9,000 PER MONTH!!!\n✔ R3,500 basic per month (Mon–Fri 08:00–17:00)\n✔ "
         "Bonuses up to R5,500 when you hit target\n✔ Paid training\n✔ Laptop supplied\n✔ Gauteng only", "red_flags"),
        # a licence bought through the company, and the next sentence says the interview waits for it
        ("$17–$19/hr. You need our CloudDesk agent software (one-time $79 licence, purchased through our applicant "
         "portal). A valid licence key is required before we can schedule your skills interview.", "likely_scam"),
        # a welcome kit whose order the interview waits for
        ("You passed our online assessment for the Customer Care Agent position ($18.25/hr)! Your next step is to "
         "order your Agent Welcome Kit. The kit is $129 (shipping included). Interview and training dates are "
         "assigned once your kit order is confirmed.", "likely_scam"),
        # a starter kit, its contents in brackets, sold through the company's desk before orientation
        ("Pay: $15.90/hr, W-2. Paid training. Hiring in NC, SC. The last thing before orientation: every agent needs "
         "the Home Agent Starter Kit (USB headset, softphone licence and security token) which is purchased through "
         "our fulfilment desk for $79.99.", "likely_scam"),
        # Roman Urdu "na ... na": neither an interview nor money over WhatsApp
        ("Tankhwah: Rs 70,000 mahana\nMulazmat: permanent\nTraining: pehle 10 din, paid\nKaam ki jagah: ghar se, sirf "
         "Islamabad/Rawalpindi\nLaptop: company ki taraf se\nHum WhatsApp par na interview karte hain na paise "
         "maangte hain.", "looks_legitimate"),
        # "The class is unpaid" in the sentence after the certification class
        ("$16/hr | full-time W-2 | we ship the laptop | Missouri & Kansas\nBefore you start: new reps complete a "
         "3-week certification class online (Mon–Fri, 9–4). The class is unpaid; hourly pay begins on your first "
         "day on the phones.", "red_flags"),
        # Tagalog pay per resolved call with no minimum
        ("Freelance Call Agents\n₱12 bawat na-resolve na tawag\nWalang minimum na sahod\nBukas sa buong Pilipinas",
         "red_flags"),
        # training "paid as a flat $120" is paid to the contractor, not charged
        ("Answering your list:\n1) Status - you'd be an independent contractor (1099).\n2) Pay - $0.55 per completed "
         "call. There's no hourly minimum.\n3) Volume - depends on the client's campaigns.\n4) Training - 4 days "
         "online, paid as a flat $120 once you complete it.\n5) Equipment - your own PC, USB headset, hardwired "
         "internet.\n6) We contract with agents in all US states except CA.\n\nInterviews are a 15 minute phone call, "
         "book a slot on the link below.", "red_flags"),
        # customers' payments into the seeker's own Cash App, sent on to a "$Cashtag"
        ("Congrats on the Customer Care Rep role!! $22/hr. Some of our members pay their invoices by Cash App. Those "
         "will come into YOUR Cash App, then you just send it to our billing supervisor's $Cashtag same day.",
         "likely_scam"),
        # a laptop "rented to you" at a monthly price, deducted from pay
        ("Basic salary: ₱22,000/month\nStatus: Probationary employee\nTraining: 2 weeks, paid\nLocation: NCR "
         "residents only\nEquipment: Our client requires the company-configured laptop. This is rented to you at "
         "₱1,500/month, automatically deducted from your salary.", "red_flags"),
        # a contractor's invoices "paid weekly" are no get-rich pitch
        ("Yes, this role is 1099 independent contractor. Pay is hourly: $18.50/hr for every hour you're logged in, "
         "whether calls come in or not. Invoices are automatic through our portal, paid weekly. Training is paid at "
         "the same rate. We contract with agents living in the US. You need your own PC and headset.",
         "looks_legitimate"),
    ],
)
def test_employee_id_cards_basic_pay_kits_the_interview_waits_for_rented_laptops_and_money_into_your_cash_app(
    text, band
):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text, field, value",
    [
        # an hourly rate in brackets after the words that name it
        ("Training Mon-Fri weeks 1-2, paid at your hourly rate ($16.25)", "pay_amount", "16.25"),
        # the W-4 a new hire fills in is an employee's form
        ("[ ] Complete I-9 + W-4 in the Paycom portal", "worker_status", "employee"),
        # a credit union named as the employer a recruiter fills seats for
        ("I'm filling 12 seats for Crestmark Credit Union's member services line.", "employer_name",
         "Crestmark Credit Union"),
    ],
)
def test_a_bracketed_hourly_rate_the_w4_form_and_credit_unions(text, field, value):
    assert _answers(text)[field] == value


@pytest.mark.parametrize(
    "text, band",
    [
        # "(sirf call, WhatsApp nahi)": WhatsApp refused, the pay below Pakistan's minimum decides
        ("Karachi ki company, full time, 9 ghantay roz, haftay mein 6 din\nTankhwah: Rs 22,000 mahana\nPermanent "
         "naukri\nLaptop company degi\nSirf Karachi wale rabta karein: 0300-XXXXXXX (sirf call, WhatsApp nahi)",
         "red_flags"),
        # an FAQ's "Will you contact me on WhatsApp? No."
        ("Lakeshore Pharmacy Services | Hiring in: WI, MN, IA, IL\n$16.25/hour\nEmployee (W-2)\nFAQ\nIs training "
         "paid? Yes — 3 weeks, paid at your full hourly rate.\nDo I need my own computer? No. We ship a laptop.\nWill "
         "you contact me on WhatsApp? No. All contact comes from an @lakeshorerx.com address.", "looks_legitimate"),
        # a laptop's monthly amortization deducted from salary
        ("📍 Open to applicants anywhere in Mindanao\n💰 ₱20,000/month\n📄 Probationary employee\n🎓 Paid training\n💻 "
         "Laptop: company-issued, ₱1,500 monthly amortization deducted from salary for 18 months", "red_flags"),
        # gear rented "for $20 per week, which is taken out of your paycheck"
        ("$16/hr, W-2 employee, paid training, Florida and Georgia only.\nAfter you're hired you'll rent a "
         "company-configured laptop and headset for $20 per week, which is taken out of your paycheck.", "red_flags"),
        # tenants' payments into the seeker's own Zelle, the totals sent on, "keeping 8% as your commission"
        ("Payments Support Rep (Remote), $19/hr. Tenants send their payments to your personal Zelle or Cash App "
         "account, and you transfer the totals to our accounting team every evening, keeping 8% as your commission.",
         "likely_scam"),
        # Tagalog hearsay between the amount and its period: "₱350 daw per day", for an NCR employer
        ("Tita Lorna: nakausap ko na yung may-ari ng call center sa Makati. ₱350 daw per day, 8 hours, Mon-Sat. May "
         "interview ka bukas sa office nila. Employee ka nila, may SSS", "red_flags"),
        # ... but a question answered "No problem" is no denial (a guard)
        ("Pay $25/hr. Can we chat on WhatsApp? No problem, the interview is there too.", "likely_scam"),
        # a task scam's "order capital"
        ("Simple tasks lang po: like and rate products, 30 orders per round. For round 2 you need to advance ₱2,000 "
         "via GCash as 'order capital', then it returns with 30% commission.", "likely_scam"),
        # a chat log's "[Messenger]" line label is where the message came, not how they hire
        ("[Messenger] Recruiter – Liwanag BPO: Hi Grace! Open pa yung CSR WFH position namin, kaya mo ba mag-attend "
         "ng online assessment bukas 2PM?\n[Messenger] Grace: Magkano po ang sahod?\n[Messenger] Recruiter – Liwanag "
         "BPO: Depende po sa account, sa final interview po natin pag-uusapan", "ask_more_questions"),
        # a Dutch rate per "afgerond verificatiegesprek", no minimum
        ("Je werkt als zzp'er vanuit huis.\n• Je krijgt €0,60 per afgerond verificatiegesprek\n• Er is geen uurloon "
         "en geen minimum", "red_flags"),
        # "a one-time $45 fee for this" after the background check, once the offer is signed
        ("Thanks for signing your offer letter yesterday! Pay: $15.75/hr, W-2 employee. Training is 2 weeks and its "
         "paid at your full rate. You must work from your home in Missouri or Kansas.\nNow that the offer is signed, "
         "our screening vendor will email you a link to complete the background check. As mentioned in your offer "
         "letter there's a one-time $45 fee for this, paid directly to the vendor.", "looks_legitimate"),
    ],
)
def test_refused_chat_apps_amortized_and_rented_gear_money_passed_on_daw_and_fees_for_this(text, band):
    assert _verdict(text) == band


@pytest.mark.parametrize(
    "text, field, value",
    [
        # a range whose "k" is said once, after its top
        ("Walk-in drive: Customer Care, Sector 18 Gurugram. Sal 20-23k in-hand, PF/ESI, paid trng. No fee.",
         "pay_amount", "240000.00"),
        # Canada's "extended health" and "medical/dental" benefits come with employment
        ("$20.25/hr, full-time, extended health + dental, 3 weeks vacation", "worker_status", "employee"),
        ("$16.50/hr, full time, medical/dental/vision", "worker_status", "employee"),
    ],
)
def test_thousands_said_once_after_a_range_and_canadian_health_benefits(text, field, value):
    assert _answers(text)[field] == value


def test_the_system_provided_by_the_company_is_the_computer():
    # The equipment answer, not the band: pay, payroll and paid training make this legitimate without it.
    text = "Salary – 27,000 in hand, Chennai only. System will be provided by company."
    assert _answers(text)["buy_from_employer"] == "no"


@pytest.mark.parametrize(
    "text, band",
    [
        # a Dutch list of data under "Na ondertekening": after the contract is signed
        ("In de bijlage vind je je arbeidsovereenkomst: 32 uur per week, €15,90 bruto per uur, in dienst bij ons. De "
         "inwerkperiode wordt gewoon doorbetaald.\n\nNa ondertekening vragen we je om:\n- een VOG aan te vragen "
         "(de kosten vergoeden we);\n- je IBAN en een kopie van je ID in ons HR-systeem te zetten.\n\nJe laptop en "
         "headset worden bezorgd.", "looks_legitimate"),
        # Roman Urdu "WhatsApp pe kisi ko na bhejein": nothing over WhatsApp
        ("Aap ka offer letter email kar diya hai: salary PKR 48,000, permanent employee, 2 hafte paid training. Offer "
         "sign karne ke baad bank account details HR portal pe dein, WhatsApp pe kisi ko na bhejein.",
         "looks_legitimate"),
        # a form whose third step schedules the interview: "Step 3 of 3"
        ("APPLICATION - REMOTE CUSTOMER SERVICE AGENT (US)\n\nStep 1 of 3: Personal details\nFull legal name: "
         "________\nSocial Security Number: ________\n\nStep 2 of 3: Payroll setup\nBank name / Routing number / "
         "Account number: ________\n\nStep 3 of 3: Schedule your interview", "likely_scam"),
        # a "Bank confirmation letter" and a certified ID copy sent before an interview is scheduled
        ("Salary R8,500 pm + commission. Permanent employment, UIF. 2 weeks paid training, laptop supplied.\nTo be "
         "shortlisted, send the following BEFORE an interview is scheduled:\n• Certified copy of ID\n• Bank "
         "confirmation letter\n• CV", "likely_scam"),
        # a dialer licence bought from the company "before go-live"
        ("Salary ₹22,000/month + incentive. Delhi, UP, Haryana candidates. Own laptop required. Before go-live every "
         "agent purchases the CallEase dialer licence (₹1,999, one-time) from our team.", "likely_scam"),
        # Afrikaans "word betaal teen R250 per dag": training paid to the seeker
        ("Vergoeding: slegs kommissie, R120 per suksesvolle polis. Daar is geen basiese salaris nie.\nOpleiding is 3 "
         "dae en word betaal teen R250 per dag", "red_flags"),
        # a chat spelling's "dont charge" denies the charge
        ("Compensation: $0.24 per talk minute, independent contractor, no guaranteed minimum.\nhey is this worth it?? "
         "at least they dont charge for the course like that other one", "red_flags"),
        # a thread headed "Messenger (...)", and training "walang bayad" until the exam is passed
        ("Messenger (Kaibigan ko si Mae, nag-apply siya)\n\nMae: sabi nung HR: WFH CSR, ₱20,000/month, probationary "
         "employee. Training 2 weeks sa Zoom.\nMae: Walang bayad po yung training, pero pag pumasa ka sa exam, "
         "sasahod ka na agad sa first cutoff", "red_flags"),
    ],
)
def test_data_after_signing_urdu_refusals_form_steps_go_live_licences_passive_afrikaans_pay_and_messenger_headings(
    text, band
):
    assert _verdict(text) == band


@pytest.mark.parametrize("text", ["Only for Delhi NCR candidates.", "Location: Delhi/NCR.", "Delhi-NCR only"])
def test_delhi_ncr_is_indias_capital_region_not_metro_manila(text):
    assert _answers(text)["hiring_regions"] == ["IN-DL"]


@pytest.mark.parametrize(
    "text, band",
    [
        # a bare "pa" before a bracket is per annum ...
        ("Home-based customer service | £26,400 pa (37.5 hrs) | permanent | paid training | UK-wide | all equipment "
         "supplied", "looks_legitimate"),
        # ... a Tagalog "pa lang" is not (a guard)
        ("₱500 pa lang ang bayad sa training, magbayad ka muna.", "likely_scam"),
        # a Viber thread headed by the HR department's name, after a video interview
        ("Viber – HR Department, Tala Contact Solutions Inc.\n\n[Mar 2, 10:15 AM] HR Mae: Congrats, pasado ka sa final "
         "interview (yung video call kahapon)! Basic: ₱23,500/month. Probationary employee. Training 4 weeks, bayad "
         "(full basic). Kami magpapadala ng laptop at headset. Hiring kami sa NCR at CALABARZON.", "looks_legitimate"),
        # an onboarding checklist "For new hires who have SIGNED their offer letter"
        ("ONBOARDING CHECKLIST\nFor new hires who have SIGNED their offer letter.\n☐ 1. Position: Member Services Rep "
         "| $17.25/hr | Full-time W-2 employee\n☐ 3. Direct deposit: enter your bank info in Workday > Pay.\n☐ 4. "
         "Your laptop and headset ship via FedEx.\n☐ 5. Training: Mon-Fri, paid at your full hourly rate\n☐ 6. We "
         "hire in MN, WI, IA only.", "looks_legitimate"),
        # what a sale earns names what is sold ("rental" is no fee here)
        ("- Independent contractor agreement\n- Commission only: $65 per confirmed furnace/AC rental sign-up\n- No "
         "base pay or hourly wage\n- Warm leads are provided daily", "red_flags"),
        # a friend's "het minimum €14,71 per uur" is the law's figure, not the offer's floor
        ("- Uurloon: €12,20 bruto\n- Je komt bij ons in dienst\n- Betaalde training van 3 dagen\n- Je moet in "
         "Nederland wonen\n---\nBram: ik ben 27, is dit niet onder het minimumloon?\nLotte: ja, vanaf 21 is het "
         "minimum €14,71 per uur dit jaar", "red_flags"),
        # Roman Urdu "Offer letter banane ke liye ye bhejein:" before a numbered list of data
        ("Tankhwah Rs 85,000. Interview ki zaroorat nahi. Offer letter banane ke liye ye bhejein:\n1) CNIC dono taraf "
         "ki tasveer\n2) Bank account number aur ATM card ki tasveer", "likely_scam"),
        # "It's a one-time $65" prices what the sentence before names
        ("Management approved you, $20/hr, paid training. When do I get the offer letter? Right after your agent ID "
         "activation. It's a one-time $65 to set up your login. Cash App $CoralCoastHR.", "likely_scam"),
    ],
)
def test_pa_salaries_thread_headings_signed_checklists_sales_that_name_rentals_the_laws_minimum_and_prices_said_after(
    text, band
):
    assert _verdict(text) == band


def test_rs_with_a_full_stop_before_an_amount_does_not_end_the_sentence():
    from scoring.extraction.text import Scanner

    scanner = Scanner("To confirm your seat please deposit Rs. 2,500 test processing fee through JazzCash.")
    assert scanner.sentence(10) == (0, len(scanner.text))
