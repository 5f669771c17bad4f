"""A rule-set change is previewed over every listing first (nothing stored changes), then published on purpose."""

import re

import pytest
from django.urls import reverse

from listings import services as listing_services
from listings.models import Listing
from scoring import services
from scoring.forms import enabled_field, points_field
from scoring.models import ImpactPreview, RescoreJob, RuleSet
from tests.factories import FeeFactory, ListingFactory
from tests.test_rescoring import rule_set_form_data

pytestmark = pytest.mark.django_db


def test_a_draft_is_previewed_without_touching_a_score_then_published_from_the_preview(
    moderator_client, moderator, django_capture_on_commit_callbacks
):
    unpaid = ListingFactory(published=True, title="Unpaid nesting agent", training_pay="unpaid")
    kit = ListingFactory(published=True, title="Starter kit agent")
    FeeFactory(listing=kit, kind="starter_kit", timing="before_offer")
    listing_services.listing_saved(listing=kit)
    # The active rule set has the kit fee's rule switched off; the draft switches it back on.
    with django_capture_on_commit_callbacks(execute=True):
        services.rule_set_publish(values={}, weights={"fee_before_offer": {"points": 80, "enabled": False}}, note="off")
    kit.refresh_from_db()
    unpaid.refresh_from_db()
    before = {pk: (score, verdict, version) for pk, score, verdict, version in
              Listing.objects.values_list("pk", "score", "verdict", "rules_version")}  # fmt: skip
    active = RuleSet.objects.active()
    draft = rule_set_form_data(
        active,
        note="Unpaid training weighs less; kit fees count again",
        _preview="1",
        **{enabled_field("training_unpaid"): None, enabled_field("fee_before_offer"): "on",
           points_field("fee_before_offer"): "80"},
    )  # fmt: skip

    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(reverse("admin:scoring_ruleset_change", args=[active.pk]), draft)

    preview = ImpactPreview.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:scoring_impactpreview_change", args=[preview.pk])
    assert RuleSet.objects.active() == active  # nothing published
    after = {pk: (score, verdict, version) for pk, score, verdict, version in
             Listing.objects.values_list("pk", "score", "verdict", "rules_version")}  # fmt: skip
    assert after == before  # no stored score touched

    page = moderator_client.get(response["Location"]).content.decode()
    assert "2 / 2 listings" in page
    assert re.search(r"<td>Red flags</td><td>Looks legitimate</td><td>1</td>", page)
    assert "Starter kit agent" in page[page.index("would become") :]  # listings that would become a scam
    assert "Unpaid nesting agent" in page  # among the largest score changes
    assert "Publish this rule set" in page

    with django_capture_on_commit_callbacks(execute=True):
        published = moderator_client.post(reverse("admin:scoring_impactpreview_publish", args=[preview.pk]))

    new = RuleSet.objects.active()
    job = RescoreJob.objects.filter(rules_version=new.version).get()
    assert published["Location"] == reverse("admin:scoring_rescorejob_change", args=[job.pk])
    assert new.version == active.version + 1 and new.created_by == moderator
    kit.refresh_from_db()
    unpaid.refresh_from_db()
    assert (kit.verdict, unpaid.verdict) == ("likely_scam", "looks_legitimate")
    preview.refresh_from_db()
    assert preview.published_version == new.version
    again = moderator_client.post(reverse("admin:scoring_impactpreview_publish", args=[preview.pk]))
    assert again.status_code == 302 and RuleSet.objects.active() == new  # a preview publishes once


def test_the_rule_set_form_groups_rules_by_checklist_question(moderator_client):
    page = moderator_client.get(reverse("admin:scoring_ruleset_change", args=[RuleSet.objects.active().pk]))
    body = page.content.decode()

    assert "Rules of Q4" in body and "Rules of beyond the FAQ" in body
    assert body.index("Preview the impact") < body.index("Publish now")


def test_a_running_re_score_job_page_refreshes_itself_until_done(moderator_client):
    running = RescoreJob.objects.create(reason="manual", rules_version=1, status="running", total=10, done=4)
    done = RescoreJob.objects.create(reason="manual", rules_version=1, status="done", total=10, done=10)

    live = moderator_client.get(reverse("admin:scoring_rescorejob_change", args=[running.pk])).content.decode()
    finished = moderator_client.get(reverse("admin:scoring_rescorejob_change", args=[done.pk])).content.decode()

    assert '<meta http-equiv="refresh" content="3">' in live and "4 / 10" in live
    assert "http-equiv" not in finished
