"""Rule sets as versioned data, and re-score jobs run inline (no broker): versions, chunks, compare-and-set."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from listings.models import Listing
from scoring import services
from scoring.checklist import CHECKLIST
from scoring.forms import VALUE_FIELDS, enabled_field, points_field
from scoring.models import RescoreChunk, RescoreJob, RuleSet
from tests.factories import ListingFactory

pytestmark = pytest.mark.django_db


def rule_set_form_data(rule_set, *, note="Tune", **overrides):
    data = {name: str(getattr(rule_set, name)) for name in VALUE_FIELDS}
    for spec in CHECKLIST:
        weight = rule_set.weights.get(spec.id, {})
        data[points_field(spec.id)] = str(weight.get("points", spec.default_points))
        if weight.get("enabled", True):
            data[enabled_field(spec.id)] = "on"
    data["note"] = note
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def test_publishing_creates_a_new_active_version_and_keeps_history():
    v1 = RuleSet.objects.active()

    v2 = services.rule_set_publish(
        values={"unclear_points_allowed": 10}, weights={"training_unpaid": {"points": 50}}, note="x"
    )

    v1.refresh_from_db()
    assert (v1.is_active, v2.is_active, v2.version) == (False, True, 2)
    assert RuleSet.objects.count() == 2 and v1.weights == {}


def test_moderator_edit_in_admin_publishes_version_and_rescores(moderator_client, django_capture_on_commit_callbacks):
    unpaid = ListingFactory(published=True, training_pay="unpaid")
    clean = ListingFactory(published=True)
    assert unpaid.score == 70
    v1 = RuleSet.objects.active()

    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(
            reverse("admin:scoring_ruleset_change", args=[v1.pk]),
            rule_set_form_data(v1, **{points_field("training_unpaid"): "45"}),
        )

    assert response.status_code == 302
    v2 = RuleSet.objects.active()
    assert v2.version == 2 and v2.weights["training_unpaid"] == {"points": 45, "enabled": True}
    unpaid.refresh_from_db()
    clean.refresh_from_db()
    assert (unpaid.score, unpaid.rules_version) == (55, 2)
    assert clean.rules_version == 2
    job = RescoreJob.objects.get()
    assert (job.status, job.done, job.total, job.rules_version) == ("done", 2, 2, 2)
    page = moderator_client.get(reverse("admin:scoring_rescorejob_changelist")).content.decode()
    assert "<progress" in page and "2 / 2" in page


def test_disabling_a_rule_in_the_admin_removes_its_findings(moderator_client, django_capture_on_commit_callbacks):
    listing = ListingFactory(published=True, training_pay="unpaid")
    v1 = RuleSet.objects.active()

    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(
            reverse("admin:scoring_ruleset_change", args=[v1.pk]),
            rule_set_form_data(v1, **{enabled_field("training_unpaid"): None}),
        )

    listing.refresh_from_db()
    assert "training_unpaid" not in [f["rule"] for f in listing.findings]
    assert listing.verdict == "looks_legitimate"


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({points_field("training_unpaid"): "-5"}, points_field("training_unpaid"), "greater than or equal to 0"),
        ({"unclear_points_allowed": "101"}, "unclear_points_allowed", "less than or equal to 100"),
        ({"unclear_points_allowed": "-1"}, "unclear_points_allowed", "greater than or equal to 0"),
        ({"talk_minutes_per_hour": "75"}, "talk_minutes_per_hour", "less than or equal to 60"),
        ({"calls_per_hour": "0"}, "calls_per_hour", "greater than or equal to 0.1"),
        ({"note": ""}, "note", "required"),
    ],
)
def test_impossible_rule_sets_are_refused_and_the_active_one_stays(moderator_client, overrides, field, message):
    v1 = RuleSet.objects.active()

    response = moderator_client.post(
        reverse("admin:scoring_ruleset_change", args=[v1.pk]), rule_set_form_data(v1, **overrides)
    )

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert message in " ".join(errors.get(field, [])), errors
    assert RuleSet.objects.active() == v1 and RuleSet.objects.count() == 1


def test_old_versions_are_read_only_in_the_admin(moderator_client):
    v1 = RuleSet.objects.active()
    services.rule_set_publish(values={}, weights={}, note="v2")

    response = moderator_client.post(reverse("admin:scoring_ruleset_change", args=[v1.pk]), rule_set_form_data(v1))

    assert response.status_code == 403
    assert RuleSet.objects.count() == 2


def test_stale_version_never_overwrites_a_newer_score():
    listing = ListingFactory(training_pay="unpaid")
    v1 = RuleSet.objects.active()
    v2 = services.rule_set_publish(values={}, weights={"training_unpaid": {"points": 50}}, note="v2")
    assert services.listings_score(listing_ids=[listing.pk], rule_set=v2) == 1

    written = services.listings_score(listing_ids=[listing.pk], rule_set=v1)

    listing.refresh_from_db()
    assert written == 0
    assert (listing.rules_version, listing.score) == (2, 50)


def test_chunks_cover_every_listing_once_and_a_rerun_counts_nothing_twice(settings):
    settings.RESCORE_CHUNK_SIZE = 3
    listings = ListingFactory.create_batch(8, scored=False)
    job = RescoreJob.objects.create(reason="manual", rules_version=1)

    chunk_ids = services.rescore_plan(job=job)
    assert services.rescore_plan(job=job) == chunk_ids  # planning twice makes no new chunks
    for chunk_id in chunk_ids + chunk_ids:  # every chunk delivered twice
        services.rescore_chunk(chunk_id=chunk_id)

    job.refresh_from_db()
    assert len(chunk_ids) == 3 and RescoreChunk.objects.filter(job=job).count() == 3
    assert (job.status, job.done, job.total, job.updated) == ("done", 8, 8, 8)
    assert Listing.objects.filter(pk__in=[x.pk for x in listings], rules_version=1).count() == 8


def test_employer_job_touches_only_that_employers_listings(django_capture_on_commit_callbacks):
    mine, other = ListingFactory(published=True), ListingFactory(published=True)
    from listings.services import employer_set_status

    with django_capture_on_commit_callbacks(execute=True):
        employer_set_status(employer=mine.employer, status="flagged")

    job = RescoreJob.objects.get()
    assert (job.reason, job.total, job.employer) == ("employer_status", 1, mine.employer)
    other.refresh_from_db()
    assert other.verdict == "looks_legitimate"


def test_a_listing_is_scored_whenever_it_is_saved_through_the_service():
    listing = ListingFactory(published=True)
    listing.training_pay = "charged"
    listing.save()

    from listings.services import listing_saved

    listing_saved(listing=listing)

    assert listing.verdict == "likely_scam"


def test_rescore_command_prints_progress_and_totals(capsys):
    ListingFactory.create_batch(3, scored=False)
    from django.core.management import call_command

    call_command("rescore_listings")

    assert "3/3 listings, 3 scores written" in capsys.readouterr().out


def test_single_active_constraint_holds_under_publish():
    services.rule_set_publish(values={}, weights={}, note="v2")
    with pytest.raises(IntegrityError), transaction.atomic():
        RuleSet.objects.filter(version=1).update(is_active=True)


def test_bulk_snapshot_matches_the_one_listing_snapshot():
    from listings.models import Listing
    from tests.factories import FeeFactory

    listing = ListingFactory(regions=["US-TX", "CA-ON"], work=["sales", "surveys"], recruiter_email="a@b.example")
    FeeFactory(listing=listing, kind="training", amount="20.50", timing="after_offer", recurring="yes")
    FeeFactory(listing=listing)

    bulk = Listing.objects.filter(pk=listing.pk).offers()[listing.pk]

    assert bulk == Listing.objects.for_scoring().get(pk=listing.pk).to_offer()
    assert len(bulk.fees) == 2 and bulk.hiring_regions == ("CA-ON", "US-TX")
