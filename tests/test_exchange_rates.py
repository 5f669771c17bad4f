"""Pay in a foreign currency compared with the minimum where the job is: a Filipino agent paid in dollars is held to
the Philippine minimum after conversion at the moderators' rates, the finding says the converted figure and the
rate's date, best pay sorts such listings fairly, and a rate changed in the admin re-scores them (a real worker)."""

import json
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from listings.models import Listing
from scoring import services
from scoring.config import RuleConfig
from scoring.exchange import CODE_RATES
from scoring.extraction import extract
from scoring.models import ExchangeRate, ExchangeRateChange, RescoreJob, RuleSet
from scoring.pay_references import CODE_FIGURES
from scoring.verdict import evaluate
from scoring.wording import shown
from tests.factories import ListingFactory
from tests.services import wait_until

pytestmark = pytest.mark.django_db

PESOS_PER_DOLLAR = CODE_RATES.by_currency["PHP"].per_usd
RATE_DATE = CODE_RATES.by_currency["PHP"].as_of.isoformat()
CEBU = CODE_FIGURES.by_place["PH-07"]  # ₱540 a day: ₱67.50 an hour
NOTE = "BSP reference rate of 2026-11-02"


def dollars_an_hour(pesos: Decimal) -> Decimal:
    return (pesos / PESOS_PER_DOLLAR).quantize(Decimal("0.01"))


BELOW_CEBU = dollars_an_hour(CEBU.minimum_hourly) - Decimal("0.10")
ABOVE_CEBU = dollars_an_hour(CEBU.minimum_hourly) + Decimal("0.50")


def cebu_offer(dollars: Decimal) -> str:
    return f"Chat support agent, work from home. Cebu-based applicants only. Pay: ${dollars}/hour, 40 hours a week."


def findings(text: str, config: RuleConfig | None = None) -> dict[str, dict]:
    result = evaluate(extract(text).to_offer(), config or RuleConfig())
    return {f["rule"]: f for f in result.findings_as_dicts()}


@pytest.mark.django_db(False)
def test_a_dollar_wage_below_the_cebu_minimum_after_conversion_is_below_minimum_and_says_the_converted_figure():
    found = findings(cebu_offer(BELOW_CEBU))

    explanation = found["pay_below_minimum_wage"]["explanation"]
    converted = f"{BELOW_CEBU * PESOS_PER_DOLLAR:,.2f} PHP"
    assert explanation == (
        f"The offer pays about ${BELOW_CEBU} an hour, which is about {converted} at the exchange rate of {RATE_DATE}: "
        f"less than the legal minimum in Central Visayas, {CEBU.minimum_text}."
    )


@pytest.mark.django_db(False)
def test_a_dollar_wage_above_the_cebu_minimum_is_not_flagged_and_one_naming_no_place_is_held_to_the_us_minimum():
    assert "pay_below_minimum_wage" not in findings(cebu_offer(ABOVE_CEBU))
    # No place named: the dollar's country, as before (the federal $7.25), not the Philippines.
    found = findings("Chat support agent, work from home. Pay: $5.00/hour, 40 hours a week, employee.")
    assert "the legal minimum in the U.S." in found["pay_below_minimum_wage"]["explanation"]


@pytest.mark.django_db(False)
def test_pesos_paid_for_a_us_campaign_and_dollars_in_canada_are_not_converted():
    """A peso salary that names the U.S. names the client's campaign; a Canadian offer's "$" is the Canadian dollar."""
    peso_salary = "WFH CSR for a US healthcare account. ₱23,000 per month, employee. Hiring in the US."
    canadian = "Remote agent. Open to residents of AB, SK and MB. Pay: $1,520 biweekly, employee."

    for text in (peso_salary, canadian):
        assert "pay_below_minimum_wage" not in findings(text), text


@pytest.mark.django_db(False)
def test_a_pakistani_freelancer_at_a_usual_dollar_rate_is_not_too_good_to_be_true_but_a_far_higher_one_is():
    text = "Freelance chat agent, contract basis. USD {} per hour. Sirf Pakistan mein rehne walay apply karen."

    assert "pay_too_good_to_be_true" not in findings(text.format("3.5"))
    too_good = findings(text.format("12"))["pay_too_good_to_be_true"]["explanation"]
    rate_date = CODE_RATES.by_currency["PKR"].as_of
    assert "about $12.00 an hour (about" in too_good and f"PKR at the exchange rate of {rate_date}" in too_good


def dollars_in(language: str, amount: Decimal) -> str:
    """The dollar amount as each language writes it (CLDR through Babel); Urdu's kept left to right."""
    comma = str(amount).replace(".", ",")
    return {"nl": f"US$\xa0{comma}", "af": f"USD{comma}", "fil": f"${amount}", "ur": f"\u2066${amount}\u2069"}[language]


@pytest.mark.django_db(False)
@pytest.mark.parametrize("language", ["nl", "af", "fil", "ur"])
def test_the_converted_finding_reads_in_each_language_with_the_amounts_and_the_date(language):
    finding = json.loads(json.dumps(findings(cebu_offer(BELOW_CEBU))["pay_below_minimum_wage"]))

    with translation.override(language):
        explanation = shown(finding, "explanation")

    assert "exchange rate" not in explanation and "less than" not in explanation
    assert (
        dollars_in(language, BELOW_CEBU) in explanation and date_in(language) in explanation and "₱540" in explanation
    )


def date_in(language: str) -> str:
    """The rate's date (2025-09-01) as each language writes it (CLDR's long form through Babel)."""
    assert RATE_DATE == "2025-09-01"  # the built-in table's peso rate
    return {"nl": "1 september 2025", "af": "01 September 2025", "fil": "Setyembre 1, 2025", "ur": "1 ستمبر، 2025"}[
        language
    ]


def test_best_pay_first_ranks_a_dollar_wage_in_the_philippines_against_the_philippine_minimum(client):
    dollars = ListingFactory(published=True, pay_currency="USD", pay_amount=Decimal("3.00"), regions=["PH"])
    pesos = ListingFactory(published=True, pay_currency="PHP", pay_amount=Decimal("100"), regions=["PH"])
    american = ListingFactory(published=True, pay_currency="USD", pay_amount=Decimal("9.00"), regions=["US"])

    for listing in (dollars, pesos, american):
        listing.refresh_from_db()
    page = client.get(reverse("listings:browse"), {"sort": "hourly"})

    # $3 an hour is ₱171: about twice the ₱86.88 an hour of the Philippine (Metro Manila) minimum.
    assert dollars.pay_vs_minimum == (3 * PESOS_PER_DOLLAR / CODE_FIGURES.by_place["PH"].minimum_hourly).quantize(
        Decimal("0.01")
    )
    assert dollars.pay_vs_minimum > american.pay_vs_minimum > pesos.pay_vs_minimum
    assert [listing.pk for listing in page.context["listings"]] == [dollars.pk, american.pk, pesos.pk]


def test_the_seeded_rates_are_the_code_rates_and_reach_the_rules_through_the_rule_set():
    config = RuleSet.objects.active().to_config()

    assert ExchangeRate.objects.count() == len(CODE_RATES) == 9
    assert config.local_pay.rates == CODE_RATES
    assert all(rate.source and rate.as_of for rate in CODE_RATES)


def test_a_rate_change_rescores_only_the_listings_it_could_convert():
    dollars_in_manila = ListingFactory(pay_currency="USD", regions=["PH"])
    pesos_in_manila = ListingFactory(pay_currency="PHP", pay_amount=Decimal("100"), regions=["PH"])
    pesos_in_the_us = ListingFactory(pay_currency="PHP", pay_amount=Decimal("100"), regions=["US"])
    american = ListingFactory(regions=["US-NY"])
    dollars_nowhere = ListingFactory(regions=[])

    scope = set(services.listings_using_exchange_rate(currency="PHP"))

    assert scope == {dollars_in_manila, pesos_in_the_us}  # pesos in Manila are compared unconverted
    assert not {pesos_in_manila, american, dollars_nowhere} & scope


def rate_form_data(rate: ExchangeRate, *, note=NOTE, **overrides) -> dict:
    data = {"currency": rate.currency, "per_usd": str(rate.per_usd), "as_of": str(rate.as_of), "source": rate.source}
    data.update(
        {
            "note": note,
            "changes-TOTAL_FORMS": "0",
            "changes-INITIAL_FORMS": "0",
            "changes-MIN_NUM_FORMS": "0",
            "changes-MAX_NUM_FORMS": "0",
        }
    )
    data.update(overrides)
    return data


def change_url(currency: str) -> str:
    return reverse("admin:scoring_exchangerate_change", args=[ExchangeRate.objects.get(currency=currency).pk])


def test_a_moderator_changes_a_rate_and_the_history_keeps_who_when_old_new_and_why(
    moderator_client, moderator, django_capture_on_commit_callbacks
):
    listing = ListingFactory(published=True, pay_currency="USD", pay_amount=Decimal("1.50"), regions=["PH"])
    listing.refresh_from_db()
    assert "pay_below_minimum_wage" in {f["rule"] for f in listing.findings}  # $1.50 is ₱85.73 < ₱86.88

    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(
            change_url("PHP"),
            rate_form_data(ExchangeRate.objects.get(currency="PHP"), per_usd="60", as_of="2026-11-02"),
        )

    assert response.status_code == 302
    change = ExchangeRateChange.objects.get()
    assert (change.changed_by, change.note, change.changes) == (
        moderator,
        NOTE,
        {"per_usd": ["57.150000", "60"], "as_of": ["2025-09-01", "2026-11-02"]},
    )
    listing.refresh_from_db()
    assert "pay_below_minimum_wage" not in {f["rule"] for f in listing.findings}  # ₱90 now: re-scored inline
    page = moderator_client.get(change_url("PHP")).content.decode()
    assert NOTE in page and "57.150000 → 60" in page
    assert moderator_client.get(reverse("admin:scoring_exchangerate_changelist")).status_code == 200


def test_saving_an_unchanged_rate_records_nothing(moderator_client):
    response = moderator_client.post(
        change_url("PHP"), rate_form_data(ExchangeRate.objects.get(currency="PHP")), follow=True
    )

    assert "Nothing changed" in response.content.decode()
    assert not ExchangeRateChange.objects.exists() and not RescoreJob.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"per_usd": "0"}, "per_usd"),
        ({"per_usd": "-57"}, "per_usd"),
        ({"per_usd": "99999999999"}, "per_usd"),
        ({"per_usd": "lots"}, "per_usd"),
        ({"as_of": "2999-01-01"}, "as_of"),
        ({"as_of": "1850-01-01"}, "as_of"),
        ({"source": ""}, "source"),
        ({"source": "x" * 5000}, "source"),
        ({"note": "   "}, "note"),
    ],
)
def test_bad_values_are_refused_on_the_field_and_nothing_is_saved(moderator_client, overrides, field):
    before = ExchangeRate.objects.filter(currency="PHP").values().get()

    response = moderator_client.post(
        change_url("PHP"), rate_form_data(ExchangeRate.objects.get(currency="PHP"), **overrides)
    )

    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors
    assert ExchangeRate.objects.filter(currency="PHP").values().get() == before
    assert not ExchangeRateChange.objects.exists()


def test_markup_in_a_source_reaches_the_moderator_only_escaped(moderator_client):
    script = "<script>alert(1)</script>"
    moderator_client.post(
        change_url("PHP"), rate_form_data(ExchangeRate.objects.get(currency="PHP"), source=f"BSP {script}", note=script)
    )

    body = moderator_client.get(change_url("PHP")).content.decode()

    assert script not in body and "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_a_dollar_rate_or_an_unknown_currency_is_refused(admin_client):
    url = reverse("admin:scoring_exchangerate_add")
    base = rate_form_data(ExchangeRate(currency="", per_usd=Decimal("1"), as_of="2026-01-01", source="x"))

    for currency in ("USD", "XYZ", "<b>"):
        response = admin_client.post(url, {**base, "currency": currency})
        assert "currency" in response.context["adminform"].form.errors, currency
    assert not ExchangeRate.objects.filter(currency__in=["USD", "XYZ"]).exists()


def test_moderators_may_view_and_change_rates_but_not_add_or_delete_them(moderator_client, moderator):
    permissions = moderator.get_all_permissions()
    pk = ExchangeRate.objects.get(currency="PHP").pk

    allowed = {"scoring.view_exchangerate", "scoring.change_exchangerate", "scoring.view_exchangeratechange"}
    assert allowed <= permissions
    assert not {"scoring.add_exchangerate", "scoring.delete_exchangerate"} & permissions
    assert moderator_client.get(reverse("admin:scoring_exchangerate_add")).status_code == 403
    assert moderator_client.get(reverse("admin:scoring_exchangerate_delete", args=[pk])).status_code == 403


@pytest.mark.worker
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_rate_changed_in_the_admin_is_rescored_by_a_real_worker_and_other_listings_are_left_alone(
    start_worker, moderator_client
):
    start_worker(concurrency=1)
    dollars_in_manila = ListingFactory(published=True, pay_currency="USD", pay_amount=Decimal("1.60"), regions=["PH"])
    american = ListingFactory(published=True)
    american_before = Listing.objects.filter(pk=american.pk).values("scored_at", "score", "findings").get()
    dollars_in_manila.refresh_from_db()
    assert "pay_below_minimum_wage" not in {f["rule"] for f in dollars_in_manila.findings}  # ₱91.44 > ₱86.88

    response = moderator_client.post(
        change_url("PHP"), rate_form_data(ExchangeRate.objects.get(currency="PHP"), per_usd="50", as_of="2026-11-02")
    )

    assert response.status_code == 302
    job = wait_until(
        lambda: RescoreJob.objects.filter(reason="exchange_rate", status="done").first(), timeout=60, message="job"
    )
    assert (job.exchange_currency, job.total, job.updated, job.errors) == ("PHP", 1, 1, [])
    dollars_in_manila.refresh_from_db()
    below = {f["rule"]: f for f in dollars_in_manila.findings}["pay_below_minimum_wage"]
    assert "about 80.00 PHP at the exchange rate of 2026-11-02" in below["explanation"]  # $1.60 at ₱50
    assert Listing.objects.filter(pk=american.pk).values("scored_at", "score", "findings").get() == american_before
    assert ExchangeRateChange.objects.get().rescore_job == job
