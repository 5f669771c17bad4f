"""Re-scoring end to end with no eager mode: a real Celery worker on a real Redis, PostgreSQL underneath."""

import os
import signal

import psycopg
import pytest
from django.db import connection
from django.urls import reverse

from listings.models import Listing
from scoring import services
from scoring.models import ImpactPreview, RescoreChunk, RescoreJob, RuleSet
from tests.factories import ListingFactory
from tests.services import wait_until
from tests.test_rescoring import rule_set_form_data

# Transactional tests empty every table when they end; serialized rollback restores what the migrations
# seeded (regions, work types, rule set v1, the Moderators group) for the next test.
pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def all_scored_with(version: int) -> bool:
    return not Listing.objects.exclude(rules_version=version).exists()


def test_admin_rule_edit_is_rescored_by_a_real_worker(start_worker, moderator_client):
    start_worker(env={"RESCORE_CHUNK_SIZE": "10"}, concurrency=2)
    unpaid = ListingFactory.create_batch(15, published=True, training_pay="unpaid", scored=False)
    ListingFactory.create_batch(20, published=True, scored=False)
    v1 = RuleSet.objects.active()

    response = moderator_client.post(
        reverse("admin:scoring_ruleset_change", args=[v1.pk]),
        rule_set_form_data(v1, **{"points__training_unpaid": "45"}, note="Unpaid training weighs more"),
    )

    assert response.status_code == 302
    wait_until(lambda: all_scored_with(2), timeout=60, message="every listing scored with v2")
    job = wait_until(lambda: RescoreJob.objects.filter(status="done").first(), timeout=30, message="job done")
    assert (job.done, job.total, job.updated, job.errors) == (35, 35, 35, [])
    assert RescoreChunk.objects.filter(job=job).count() == 4
    assert {x.score for x in Listing.objects.filter(pk__in=[u.pk for u in unpaid])} == {55}
    assert set(Listing.objects.exclude(pk__in=[u.pk for u in unpaid]).values_list("score", flat=True)) == {100}


def _blocked_on_a_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0] > 0


@pytest.fixture
def row_locker(postgres_server):
    """Another database session that can hold a listing row locked, released at the latest on teardown."""
    session = psycopg.connect(postgres_server.url(connection.settings_dict["NAME"]), autocommit=False)
    yield session
    session.rollback()
    session.close()


def test_worker_child_killed_mid_chunk_reruns_it_and_nothing_is_counted_twice(start_worker, row_locker):
    worker = start_worker(env={"RESCORE_CHUNK_SIZE": "10"}, concurrency=1)
    listings = ListingFactory.create_batch(30, published=True, training_pay="unpaid", scored=False)
    # Hold a row of the second chunk, so that chunk is caught mid-run, inside its transaction.
    row_locker.execute("SELECT id FROM listings_listing WHERE id = %s FOR UPDATE", [listings[15].pk])

    services.rule_set_publish(values={}, weights={"training_unpaid": {"points": 45}}, note="Kill test")
    wait_until(_blocked_on_a_lock, timeout=60, message="a chunk waiting on the locked row")
    children = worker.child_pids()
    assert len(children) == 1, worker.log()
    os.kill(children[0], signal.SIGKILL)
    row_locker.rollback()

    try:
        wait_until(lambda: all_scored_with(2), timeout=90, message="every listing scored with v2 after the kill")
    except AssertionError as exc:
        state = list(Listing.objects.values_list("pk", "rules_version").order_by("pk"))
        chunks = list(RescoreChunk.objects.values_list("job_id", "index", "first_id", "last_id", "finished_at"))
        jobs = list(RescoreJob.objects.values_list("pk", "rules_version", "status", "done", "total"))
        raise AssertionError(f"{exc}\n{state}\n{chunks}\n{jobs}") from None
    job = wait_until(lambda: RescoreJob.objects.filter(status="done").first(), timeout=30, message="job done")
    assert (job.done, job.total) == (30, 30)
    assert set(Listing.objects.values_list("score", flat=True)) == {55}
    assert all(chunk.finished_at for chunk in RescoreChunk.objects.filter(job=job))
    assert "WorkerLostError" in worker.log() or "exited" in worker.log()


def test_a_draft_rule_sets_impact_is_computed_by_a_real_worker_without_touching_scores(start_worker, moderator_client):
    start_worker(concurrency=1)
    ListingFactory.create_batch(12, published=True, training_pay="unpaid")
    ListingFactory.create_batch(8, published=True)
    v1 = RuleSet.objects.active()
    stored = sorted(Listing.objects.values_list("pk", "score", "verdict", "rules_version"))

    response = moderator_client.post(
        reverse("admin:scoring_ruleset_change", args=[v1.pk]),
        rule_set_form_data(v1, **{"enabled__training_unpaid": None}, note="Unpaid training off?", _preview="1"),
    )

    assert response.status_code == 302
    preview = wait_until(
        lambda: ImpactPreview.objects.filter(status="done").first(), timeout=60, message="preview done"
    )
    assert (preview.done, preview.total) == (20, 20)
    assert preview.band_changes == {"red_flags": {"looks_legitimate": 12}}
    assert sorted(Listing.objects.values_list("pk", "score", "verdict", "rules_version")) == stored
    assert RuleSet.objects.active() == v1
