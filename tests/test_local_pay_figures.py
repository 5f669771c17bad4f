"""Local pay figures moderators keep: seeded from the code's, changed in the admin with a note and a history,
validated on the field, and re-scoring only the listings that use the place (a real worker for that)."""

import importlib
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from listings.models import Listing
from scoring import services
from scoring.config import RuleConfig
from scoring.extraction import extract
from scoring.models import LocalPayChange, LocalPayFigure, RescoreJob, RuleSet
from scoring.pay_figures import FIGURE_FIELDS
from scoring.pay_references import CODE_FIGURES, US_STATE_MINIMUMS
from scoring.verdict import evaluate
from tests.factories import ListingFactory
from tests.offers import corpus_records
from tests.services import wait_until

pytestmark = pytest.mark.django_db

NCR_27 = {"minimum": "720", "minimum_text": "₱720 a day (Metro Manila, Wage Order NCR-27)"}
NOTE = "Wage Order NCR-27, in force 2026-07-18"


def figure_form_data(figure, *, note=NOTE, **overrides):
    """The admin change form as a browser posts it: every figure field, the note, the history's empty formset."""
    data = {name: "" if getattr(figure, name) is None else str(getattr(figure, name)) for name in FIGURE_FIELDS}
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


def change_url(place: str) -> str:
    return reverse("admin:scoring_localpayfigure_change", args=[LocalPayFigure.objects.get(place=place).pk])


def philippine_listing(**kwargs):
    """₱88 an hour: above the ₱695-a-day minimum (₱86.88 an hour), below ₱720 a day (₱90 an hour)."""
    return ListingFactory(published=True, pay_currency="PHP", pay_amount=Decimal("88"), regions=["PH"], **kwargs)


def finding_rules(listing) -> set[str]:
    listing.refresh_from_db()
    return {finding["rule"] for finding in listing.findings}


@pytest.mark.django_db(False)
def test_the_code_figures_cover_every_country_served_each_with_source_and_date():
    places = CODE_FIGURES.by_place

    for place in ("US", "CA", "CA-ON", "PH", "ZA", "PK", "IN", "IN-DL", "NL", *US_STATE_MINIMUMS):
        assert places[place].source, place
        if places[place].minimum is not None:
            assert places[place].as_of and places[place].minimum_text, place
    assert places["PH"].minimum_hourly == Decimal("86.875")  # ₱695 a day over 8 hours
    assert places["CA-ON"].homeworker_minimum_hourly == Decimal("19.35")


def test_the_seeded_table_is_the_code_figures_and_reaches_the_rules_through_the_rule_set():
    config = RuleSet.objects.active().to_config()

    assert LocalPayFigure.objects.count() == len(CODE_FIGURES) == 71
    assert config.local_pay == CODE_FIGURES
    assert config.local_pay is not CODE_FIGURES  # built from the rows, not the fallback


def test_the_database_figures_give_the_corpus_the_same_verdicts_and_scores_as_the_code_figures():
    offers = [extract(record["text"]).to_offer() for record in corpus_records()]
    from_code, from_database = RuleConfig(), RuleSet.objects.active().to_config()

    by_code = [(r.verdict, r.score, r.pay_vs_minimum) for r in (evaluate(o, from_code) for o in offers)]
    by_database = [(r.verdict, r.score, r.pay_vs_minimum) for r in (evaluate(o, from_database) for o in offers)]

    assert len(offers) > 2000
    assert by_database == by_code


def test_a_moderator_changes_a_figure_and_the_history_keeps_who_when_old_new_and_why(
    moderator_client, moderator, django_capture_on_commit_callbacks
):
    figure = LocalPayFigure.objects.get(place="PH")
    listing = philippine_listing()
    assert "pay_below_minimum_wage" not in finding_rules(listing)

    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(change_url("PH"), figure_form_data(figure, **NCR_27))

    assert response.status_code == 302
    change = LocalPayChange.objects.get()
    assert (change.figure, change.changed_by, change.note) == (
        figure,
        moderator,
        "Wage Order NCR-27, in force 2026-07-18",
    )
    assert change.changes == {
        "minimum": ["695.00", "720"],
        "minimum_text": ["₱695 a day (Metro Manila, Wage Order NCR-26)", NCR_27["minimum_text"]],
    }
    assert "pay_below_minimum_wage" in finding_rules(listing)  # re-scored (inline here: no broker)
    page = moderator_client.get(change_url("PH")).content.decode()
    assert NOTE in page and "695.00 → 720" in page
    log = moderator_client.get(reverse("admin_audit"), {"kind": "local_pay"}).content.decode()
    assert NOTE in log and "the Philippines (Metro Manila) (PH)" in log


def test_saving_unchanged_figures_records_nothing_and_rescores_nothing(moderator_client):
    figure = LocalPayFigure.objects.get(place="PH")

    response = moderator_client.post(change_url("PH"), figure_form_data(figure), follow=True)

    assert "Nothing changed" in response.content.decode()
    assert not LocalPayChange.objects.exists() and not RescoreJob.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"minimum": "40000", "minimum_per": "month", "minimum_text": "₱40,000 a month"}, "minimum", "not below"),
        ({"minimum": "-5"}, "minimum", ""),
        ({"minimum": "0"}, "minimum", ""),
        ({"far_above": "999999999", "far_above_per": "hour"}, "far_above", "above any real pay"),
        ({"minimum": "720"}, "minimum_text", "Should state"),
        ({"currency": "XYZ"}, "currency", "ISO 4217"),
        ({"currency": "<script>alert(1)</script>"}, "currency", ""),
        ({"as_of": "1850-01-01"}, "as_of", "Between"),
        ({"minimum_per": "fortnight"}, "minimum_per", ""),
        ({"source": ""}, "source", ""),
        ({"source": "x" * 5000}, "source", ""),
        ({"far_above_text": ""}, "far_above_text", "more than"),
        ({"homeworker_minimum": "50"}, "homeworker_minimum", "Lower than"),
        ({"note": "   "}, "note", ""),
    ],
)
def test_bad_values_are_refused_on_the_field_and_nothing_is_saved(moderator_client, overrides, field, message):
    figure = LocalPayFigure.objects.get(place="PH")
    before = LocalPayFigure.objects.filter(pk=figure.pk).values().get()

    response = moderator_client.post(change_url("PH"), figure_form_data(figure, **overrides))

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert field in errors and message in " ".join(errors[field]), errors
    assert LocalPayFigure.objects.filter(pk=figure.pk).values().get() == before
    assert not LocalPayChange.objects.exists() and not RescoreJob.objects.exists()


def test_markup_in_a_figure_text_reaches_seekers_and_moderators_only_escaped(
    moderator_client, client, django_capture_on_commit_callbacks
):
    listing = ListingFactory(published=True, pay_currency="PHP", pay_amount=Decimal("80"), regions=["PH"])
    script = "<script>alert(1)</script>"

    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(
            change_url("PH"),
            figure_form_data(LocalPayFigure.objects.get(place="PH"), minimum_text=f"₱695 a day {script}", note=script),
        )

    assert response.status_code == 302
    for page in (client.get(listing.get_absolute_url()), moderator_client.get(change_url("PH"))):
        body = page.content.decode()
        assert script not in body and "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_an_unknown_place_is_refused_and_a_new_known_one_is_added_with_its_history(django_capture_on_commit_callbacks):
    admin = Client()
    admin.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "a-long-password-1"))
    new = {
        "place": "ph-00",
        "name": "Metro Manila",
        "currency": "PHP",
        "minimum": "695",
        "minimum_per": "day",
        "minimum_text": "₱695 a day (NCR)",
        "far_above": "",
        "far_above_per": "month",
        "far_above_text": "",
        "source": "Wage Order NCR-26",
        "as_of": "2025-07-18",
        "homeworker_minimum": "",
    }
    url = reverse("admin:scoring_localpayfigure_add")

    refused = admin.post(url, figure_form_data(LocalPayFigure(), **{**new, "place": "XX-99"}))
    with django_capture_on_commit_callbacks(execute=True):
        added = admin.post(url, figure_form_data(LocalPayFigure(), **new))

    assert "place" in refused.context["adminform"].form.errors
    assert added.status_code == 302
    figure = LocalPayFigure.objects.get(place="PH-00")
    assert figure.changes.get().changes["minimum"] == ["", "695"]


def test_moderators_may_view_and_change_figures_but_not_add_or_delete_them(moderator_client, moderator):
    permissions = moderator.get_all_permissions()
    pk = LocalPayFigure.objects.get(place="US").pk

    assert {"scoring.view_localpayfigure", "scoring.change_localpayfigure"} <= permissions
    assert not {"scoring.add_localpayfigure", "scoring.delete_localpayfigure"} & permissions
    assert moderator_client.get(reverse("admin:scoring_localpayfigure_changelist")).status_code == 200
    assert moderator_client.get(reverse("admin:scoring_localpayfigure_add")).status_code == 403
    assert moderator_client.get(reverse("admin:scoring_localpayfigure_delete", args=[pk])).status_code == 403


def test_a_change_rescores_only_the_listings_that_could_use_the_place():
    philippine = philippine_listing()
    paid_in_pesos_anywhere = ListingFactory(pay_currency="PHP", pay_amount=Decimal("88"), regions=[])
    american = ListingFactory()
    new_yorker = ListingFactory(regions=["US-NY"])
    dollars_in_manila = ListingFactory(regions=["PH"])

    def scope(place, *currencies):
        return set(services.listings_using_local_pay(place=place, currencies=currencies))

    assert scope("PH", "PHP") == {philippine, paid_in_pesos_anywhere}
    assert scope("US", "USD") == {american, new_yorker}
    assert scope("US-NY", "USD") == {new_yorker}
    assert scope("CA-ON", "CAD") == set()
    assert dollars_in_manila not in scope("PH", "PHP") | scope("US", "USD")


@pytest.mark.worker
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_philippine_change_is_rescored_by_a_real_worker_and_an_american_listing_is_left_alone(
    start_worker, moderator_client
):
    start_worker(concurrency=1)
    philippine = philippine_listing()
    american = ListingFactory(published=True)
    american_before = Listing.objects.filter(pk=american.pk).values("scored_at", "score", "findings").get()
    assert "pay_below_minimum_wage" not in finding_rules(philippine)

    response = moderator_client.post(
        change_url("PH"), figure_form_data(LocalPayFigure.objects.get(place="PH"), **NCR_27)
    )

    assert response.status_code == 302
    job = wait_until(
        lambda: RescoreJob.objects.filter(reason="local_pay", status="done").first(), timeout=60, message="job done"
    )
    assert (job.local_pay_place, job.local_pay_currencies, job.total, job.updated, job.errors) == (
        "PH",
        ["PHP"],
        1,
        1,
        [],
    )
    assert "pay_below_minimum_wage" in finding_rules(philippine)
    assert "₱720 a day" in " ".join(f["explanation"] for f in philippine.findings)
    assert Listing.objects.filter(pk=american.pk).values("scored_at", "score", "findings").get() == american_before
    assert LocalPayChange.objects.get().rescore_job == job


def test_the_south_african_far_above_market_figure_is_raised_by_a_release_with_its_history():
    """R15,000 a month is the top of usual agent pay, which bilingual agents earn: the release raises it (migration
    0010), the database keeps the code's figure, and the place's history says why."""
    from django.apps import apps

    migration = importlib.import_module("scoring.migrations.0010_south_african_far_above_market")
    figure = LocalPayFigure.objects.get(place="ZA")
    code = CODE_FIGURES.by_place["ZA"]
    assert (figure.far_above, figure.far_above_text) == (code.far_above, code.far_above_text) == migration.NEW
    # A database seeded before the release holds the old figure: the release raises it and says so.
    LocalPayFigure.objects.filter(place="ZA").update(far_above=migration.OLD[0], far_above_text=migration.OLD[1])
    migration.raise_figure(apps, None)
    figure.refresh_from_db()
    assert (figure.far_above, figure.far_above_text) == migration.NEW
    change = figure.changes.get()
    assert change.changes["far_above"] == ["15000", "22500"] and change.note.startswith("Release: R15,000")
    # A figure a moderator changed is theirs: the release leaves it alone.
    LocalPayFigure.objects.filter(place="ZA").update(far_above=Decimal("18000"))
    migration.raise_figure(apps, None)
    assert LocalPayFigure.objects.get(place="ZA").far_above == Decimal("18000")
    bilingual = "Afrikaans-speaking agent, R16 000 pm, Permanent, medical aid. Paid training. Cape Town residents."
    assert evaluate(extract(bilingual).to_offer(), RuleConfig()).verdict == "looks_legitimate"


def test_australia_gets_a_far_above_market_figure_from_a_release_with_its_history():
    """A$65 an hour for entry-level chat with no interview was under three times the minimum (about A$79); the
    release (migration 0012) sets A$55, well above the A$35 median agent's pay, and says so in the history."""
    from django.apps import apps

    migration = importlib.import_module("scoring.migrations.0012_australian_far_above_market")
    figure = LocalPayFigure.objects.get(place="AU")
    code = CODE_FIGURES.by_place["AU"]
    assert (figure.far_above, figure.far_above_per, figure.far_above_text) == migration.NEW
    assert (code.far_above, code.far_above_per, code.far_above_text) == migration.NEW
    # A database seeded before the release has no figure: the release adds it and says so.
    LocalPayFigure.objects.filter(place="AU").update(far_above=None, far_above_text="")
    migration.add_figure(apps, None)
    figure.refresh_from_db()
    assert figure.far_above == Decimal("55.00")
    assert figure.changes.get().note.startswith("Release: A$35")
    # A figure a moderator set is theirs: the release leaves it alone.
    LocalPayFigure.objects.filter(place="AU").update(far_above=Decimal("70"), far_above_text="twice the median")
    migration.add_figure(apps, None)
    assert LocalPayFigure.objects.get(place="AU").far_above == Decimal("70")
    bait = (
        "Live chat assistant, A$65 per hour, casual employee. Paid training, laptop posted to you. Open to all "
        "states. No experience needed. No interviews! Fill in the form and we email your contract tonight."
    )
    assert evaluate(extract(bait).to_offer(), RuleConfig()).verdict == "likely_scam"
    senior = "Contact centre team leader, A$65 per hour, permanent. 5 years' experience required. Sydney office."
    assert evaluate(extract(senior).to_offer(), RuleConfig()).verdict != "likely_scam"


def test_the_uk_minimum_rises_to_the_2026_national_living_wage_by_a_release_with_its_history():
    """From 2026-04-01 the National Living Wage is £12.71 an hour: the release (migration 0013) raises the seeded
    £12.21, the database keeps the code's figure, and £12.50 an hour now reads as below the legal minimum."""
    from django.apps import apps

    migration = importlib.import_module("scoring.migrations.0013_uk_minimum_2026")
    figure = LocalPayFigure.objects.get(place="GB")
    code = CODE_FIGURES.by_place["GB"]
    assert (figure.minimum, figure.minimum_text, figure.source, figure.as_of) == migration.NEW
    assert (code.minimum, code.minimum_text, code.source, code.as_of) == migration.NEW
    # A database seeded before the release holds the old figure: the release raises it and says so.
    LocalPayFigure.objects.filter(place="GB").update(
        **dict(zip(("minimum", "minimum_text", "source", "as_of"), migration.OLD, strict=True))
    )
    migration.raise_minimum(apps, None)
    figure.refresh_from_db()
    assert (figure.minimum, figure.minimum_text, figure.source, figure.as_of) == migration.NEW
    change = figure.changes.get()
    assert change.changes["minimum"] == ["12.21", "12.71"] and change.note.startswith("Release: the National")
    # A figure a moderator changed is theirs: the release leaves it alone.
    LocalPayFigure.objects.filter(place="GB").update(minimum=Decimal("12.60"), minimum_text="£12.60 an hour")
    migration.raise_minimum(apps, None)
    assert LocalPayFigure.objects.get(place="GB").minimum == Decimal("12.60")
    low = "Customer service adviser, £12.50 an hour, permanent employee, paid training, laptop provided, UK only."
    verdict = evaluate(extract(low).to_offer(), RuleConfig())
    assert "pay_below_minimum_wage" in {f.rule for f in verdict.findings}
