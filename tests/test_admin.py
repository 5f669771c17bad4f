"""The moderators' admin, driven through the real admin views as a logged-in moderator."""

import re
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from listings import services
from listings.models import Employer, Fee, Listing, Report, StatusChange
from listings.models.listing import ANSWER_FIELDS
from scoring.extraction import extract
from scoring.forms import points_field
from scoring.models import RuleSet
from tests.factories import EmployerFactory, FeeFactory, ListingFactory, ReportFactory
from tests.test_rescoring import rule_set_form_data

pytestmark = pytest.mark.django_db


def listing_form_data(employer, fees=(), **overrides):
    data = {
        "employer": employer.pk,
        "title": "Inbound care agent",
        "description": "Answer calls.",
        "direction": "inbound",
        "pay_basis": "hour",
        "pay_amount": "15",
        "pay_currency": "USD",
        "worker_status": "employee",
        "training_pay": "paid",
        "hours_per_week": "30",
        "hiring_regions": ["US-TX"],
        "work_types": ["customer_service"],
        "new_status": "",
        **{field: "unknown" for field in ANSWER_FIELDS},
        "fees-TOTAL_FORMS": str(len(fees)),
        "fees-INITIAL_FORMS": "0",
        "fees-MIN_NUM_FORMS": "0",
        "fees-MAX_NUM_FORMS": "1000",
        "status_changes-TOTAL_FORMS": "0",
        "status_changes-INITIAL_FORMS": "0",
        "status_changes-MIN_NUM_FORMS": "0",
        "status_changes-MAX_NUM_FORMS": "0",
    }
    for i, fee in enumerate(fees):
        data.update({f"fees-{i}-{key}": value for key, value in fee.items()})
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    "url",
    [
        "admin:listings_employer_changelist",
        "admin:listings_listing_changelist",
        "admin:listings_report_changelist",
        "admin:scoring_ruleset_changelist",
        "admin:scoring_rescorejob_changelist",
        "admin:listings_listing_add",
        "admin:listings_employer_add",
    ],
)
def test_moderator_sees_admin_pages(moderator_client, url):
    ListingFactory(published=True)
    ReportFactory()

    response = moderator_client.get(reverse(url))

    assert response.status_code == 200


def test_listing_list_shows_employer_status_score_and_open_reports(moderator_client):
    report = ReportFactory()

    response = moderator_client.get(reverse("admin:listings_listing_changelist"))

    row = response.content.decode()
    assert report.listing.title in row and "Not yet reviewed" in row and "Looks legitimate" in row


def test_moderator_adds_listing_with_fees_and_it_is_scored(moderator_client):
    employer = EmployerFactory()
    fees = [{"kind": "starter_kit", "amount": "149", "currency": "USD", "timing": "before_offer", "recurring": "no"}]

    response = moderator_client.post(reverse("admin:listings_listing_add"), listing_form_data(employer, fees))

    assert response.status_code == 302, response.context["adminform"].form.errors
    listing = Listing.objects.get()
    assert listing.fees.get().kind == "starter_kit"
    assert listing.verdict == "likely_scam" and listing.rules_version == 1
    assert "fee_before_offer" in [f["rule"] for f in listing.findings]


def test_moderator_marks_pressure_to_decide_and_the_listing_is_scored(moderator_client):
    employer = EmployerFactory()
    assert 'name="pressure_to_decide"' in moderator_client.get(reverse("admin:listings_listing_add")).content.decode()

    response = moderator_client.post(
        reverse("admin:listings_listing_add"), listing_form_data(employer, pressure_to_decide="yes")
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    listing = Listing.objects.get()
    assert listing.pressure_to_decide == "yes"
    (finding,) = [f for f in listing.findings if f["rule"] == "pressure_to_decide"]
    assert (finding["severity"], finding["points"]) == ("note", 5)


def test_stored_rule_set_without_a_weight_for_pressure_to_decide_uses_the_default_until_a_moderator_edits_it(
    moderator_client, django_capture_on_commit_callbacks
):
    v1 = RuleSet.objects.active()
    assert "pressure_to_decide" not in v1.weights
    listing = ListingFactory(published=True, pressure_to_decide="yes")
    assert listing.score == 95 and listing.verdict == "looks_legitimate"  # urgency alone is a weak sign
    page = moderator_client.get(reverse("admin:scoring_ruleset_change", args=[v1.pk])).content.decode()
    assert re.search(r'<input[^>]*name="points__pressure_to_decide"[^>]*value="5"', page), page

    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(
            reverse("admin:scoring_ruleset_change", args=[v1.pk]),
            rule_set_form_data(v1, **{points_field("pressure_to_decide"): "25"}),
        )

    assert response.status_code == 302
    assert RuleSet.objects.active().weights["pressure_to_decide"] == {"points": 25, "enabled": True}
    listing.refresh_from_db()
    assert (listing.score, listing.rules_version) == (75, 2)


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"pay_amount": "-3"}, "pay_amount", "greater than or equal to 0"),
        ({"pay_amount": "20", "pay_amount_max": "10"}, "pay_amount_max", "below the bottom"),
        (
            {"guaranteed_minimum": "yes", "guaranteed_minimum_hourly": "30", "pay_amount_max": "20"},
            "guaranteed_minimum_hourly",
            "above the top of the pay range",
        ),
        ({"posted_on": "2026-05-02", "expires_on": "2026-05-01"}, "expires_on", "before the posting date"),
        ({"hiring_regions": ["ZZ-99"]}, "hiring_regions", "not one of the available choices"),
        ({"hours_per_week": "500"}, "hours_per_week", "less than or equal to 80"),
        ({"pay_amount": "99999999999"}, "pay_amount", "digits"),
        ({"pay_basis": "salary", "pay_amount": "2500000"}, "pay_amount", "above any real pay"),  # USD
        ({"source_url": "javascript:alert(1)"}, "source_url", "valid URL"),
        ({"title": ""}, "title", "required"),
    ],
)
def test_impossible_listing_values_are_refused_on_the_field(moderator_client, overrides, field, message):
    employer = EmployerFactory()

    response = moderator_client.post(reverse("admin:listings_listing_add"), listing_form_data(employer, **overrides))

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert message in " ".join(errors.get(field, [])), errors
    assert not Listing.objects.exists()


def test_a_rupee_salary_above_a_million_is_ordinary(moderator_client):
    employer = EmployerFactory()
    data = listing_form_data(employer, pay_basis="salary", pay_amount="1200000", pay_currency="INR")

    response = moderator_client.post(reverse("admin:listings_listing_add"), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Listing.objects.get().pay_amount == Decimal("1200000")


def test_fee_without_kind_is_refused_and_nothing_is_half_saved(moderator_client):
    employer = EmployerFactory()
    fees = [{"kind": "", "amount": "20", "currency": "USD", "timing": "before_offer", "recurring": "no"}]

    response = moderator_client.post(reverse("admin:listings_listing_add"), listing_form_data(employer, fees))

    assert response.status_code == 200
    assert "This field is required." in response.context["inline_admin_formsets"][0].formset.errors[0]["kind"]
    assert not Listing.objects.exists() and not Fee.objects.exists()


def test_publish_reject_expire_actions_follow_the_transition_map(moderator_client, moderator):
    pending, published = ListingFactory(), ListingFactory(published=True)
    url = reverse("admin:listings_listing_changelist")

    moderator_client.post(
        url,
        {
            "action": "mark_published",
            "confirm": "yes",
            "note": "Checked by a moderator.",
            "_selected_action": [pending.pk, published.pk],
        },
    )
    moderator_client.post(
        url,
        {
            "action": "mark_expired",
            "confirm": "yes",
            "note": "Checked by a moderator.",
            "_selected_action": [published.pk],
        },
    )
    response = moderator_client.post(
        url,
        {
            "action": "mark_expired",
            "confirm": "yes",
            "note": "Checked by a moderator.",
            "_selected_action": [published.pk],
        },
        follow=True,
    )

    pending.refresh_from_db()
    published.refresh_from_db()
    assert pending.status == "published" and published.status == "expired"
    assert "cannot go from" in response.content.decode()
    assert StatusChange.objects.filter(listing=pending, to_status="published", changed_by=moderator).exists()


def test_reject_action(moderator_client):
    listing = ListingFactory()

    moderator_client.post(
        reverse("admin:listings_listing_changelist"),
        {
            "action": "mark_rejected",
            "confirm": "yes",
            "note": "Checked by a moderator.",
            "_selected_action": [listing.pk],
        },
    )

    listing.refresh_from_db()
    assert listing.status == "rejected"


@pytest.mark.parametrize(
    ("action", "status"), [("mark_verified", "verified"), ("mark_flagged", "flagged"), ("mark_blocked", "blocked")]
)
def test_employer_actions(moderator_client, moderator, action, status, django_capture_on_commit_callbacks):
    listing = ListingFactory(published=True)

    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(
            reverse("admin:listings_employer_changelist"),
            {
                "action": action,
                "confirm": "yes",
                "note": "Checked by a moderator.",
                "_selected_action": [listing.employer.pk],
            },
        )

    employer = Employer.objects.get()
    assert (employer.status, employer.status_changed_by) == (status, moderator)
    listing.refresh_from_db()
    assert {"verified": "looks_legitimate", "flagged": "red_flags", "blocked": "likely_scam"}[status] == listing.verdict


def test_employer_status_changed_from_the_change_form_with_a_note(moderator_client, moderator):
    employer = EmployerFactory()
    url = reverse("admin:listings_employer_change", args=[employer.pk])
    data = {
        "name": employer.name,
        "slug": employer.slug,
        "website": employer.website,
        "email_domain": employer.email_domain,
        "business_model": "unknown",
        "hires_as": "unknown",
        "new_status": "flagged",
        "status_note": "Seekers report per-call pay with no calls",
        "public_note": "Be careful",
        "moderator_note": "",
        "status_changes-TOTAL_FORMS": "0",
        "status_changes-INITIAL_FORMS": "0",
        "status_changes-MIN_NUM_FORMS": "0",
        "status_changes-MAX_NUM_FORMS": "0",
    }

    response = moderator_client.post(url, data)

    assert response.status_code == 302
    employer.refresh_from_db()
    assert employer.status == "flagged" and employer.public_note == "Be careful"
    change = employer.status_changes.get()
    assert (change.changed_by, change.note) == (moderator, "Seekers report per-call pay with no calls")
    assert "Seekers report per-call pay" in moderator_client.get(url).content.decode()


def test_employer_form_refuses_bad_domain_and_url(moderator_client):
    response = moderator_client.post(
        reverse("admin:listings_employer_add"),
        {
            "name": "X",
            "slug": "x",
            "website": "javascript:alert(1)",
            "email_domain": "@gmail.com",
            "business_model": "unknown",
            "hires_as": "unknown",
            "new_status": "",
            "status_changes-TOTAL_FORMS": "0",
            "status_changes-INITIAL_FORMS": "0",
        },
    )

    errors = response.context["adminform"].form.errors
    assert "website" in errors and "email_domain" in errors
    assert not Employer.objects.exists()


def test_report_queue_resolve_and_dismiss(moderator_client, moderator):
    first, second = ReportFactory(), ReportFactory()
    url = reverse("admin:listings_report_changelist")

    moderator_client.post(
        url,
        {
            "action": "mark_resolved",
            "confirm": "yes",
            "note": "Checked by a moderator.",
            "_selected_action": [first.pk],
        },
    )
    moderator_client.post(
        url,
        {
            "action": "mark_dismissed",
            "confirm": "yes",
            "note": "Checked by a moderator.",
            "_selected_action": [second.pk],
        },
    )

    assert Report.objects.get(pk=first.pk).status == "resolved"
    second = Report.objects.get(pk=second.pk)
    assert second.status == "dismissed" and second.resolved_by == moderator
    open_queue = moderator_client.get(url, {"status__exact": "open"})
    assert open_queue.context["cl"].result_count == 0


def test_moderator_cannot_manage_users(moderator_client):
    assert moderator_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert moderator_client.get(reverse("admin:auth_group_changelist")).status_code == 403


def test_moderators_group_has_exactly_the_needed_permissions(moderator):
    codenames = set(moderator.get_all_permissions())

    assert "listings.change_employer" in codenames and "listings.change_listing" in codenames
    assert "scoring.change_ruleset" in codenames and "listings.change_report" in codenames
    assert not any(code.startswith("auth.") for code in codenames)
    assert "listings.delete_listing" not in codenames and "scoring.delete_ruleset" not in codenames
    assert not moderator.is_superuser


def test_anonymous_visitor_is_sent_to_the_login_page(client):
    response = client.get(reverse("admin:listings_listing_changelist"))

    assert response.status_code == 302 and response.url.startswith(reverse("admin:login"))


def test_listing_text_is_escaped_in_the_admin(moderator_client):
    listing = ListingFactory(title='<script>alert(1)</script>"><img src=x onerror=alert(1)>')

    page = moderator_client.get(reverse("admin:listings_listing_change", args=[listing.pk])).content.decode()
    listing_page = moderator_client.get(reverse("admin:listings_listing_changelist")).content.decode()

    for html in (page, listing_page):
        assert "<script>alert(1)</script>" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_bulk_block_first_shows_what_will_change_and_needs_a_note(moderator_client, moderator):
    shady = EmployerFactory(name="Quickcash Remote")
    gone = EmployerFactory(name="Already Blocked Ltd", blocked=True)
    url = reverse("admin:listings_employer_changelist")
    chosen = {"action": "mark_blocked", "_selected_action": [shady.pk, gone.pk]}

    page = moderator_client.post(url, chosen).content.decode()

    assert "1 of 2 selected employers will change to <strong>Blocked: do not apply</strong>" in page
    assert "<tr><td>Quickcash Remote</td><td>Not yet reviewed</td><td>Blocked: do not apply</td></tr>" in page
    assert "unchanged: not allowed from “Blocked: do not apply”" in page
    assert Employer.objects.get(pk=shady.pk).status != Employer.Status.BLOCKED  # nothing changed yet

    refused = moderator_client.post(url, {**chosen, "confirm": "yes", "note": ""}).content.decode()
    assert "This field is required." in refused
    assert Employer.objects.get(pk=shady.pk).status != Employer.Status.BLOCKED

    moderator_client.post(url, {**chosen, "confirm": "yes", "note": "Three reports of a $99 kit fee."})
    shady.refresh_from_db()
    assert shady.status == Employer.Status.BLOCKED
    change = StatusChange.objects.get(employer=shady)
    assert (change.note, change.changed_by, change.to_status) == (
        "Three reports of a $99 kit fee.",
        moderator,
        "blocked",
    )


def test_a_pending_listing_opens_with_its_verdict_and_previews_as_the_public_will_see_it(moderator_client, client):
    listing = ListingFactory(
        title="Remote reservations agent",
        description="Pay a $99 starter kit fee before your interview. $15/hr.",
        evidence=extract("Pay a $99 starter kit fee before your interview. $15/hr.").as_dict(),
    )
    FeeFactory(listing=listing, kind="starter_kit", amount=Decimal("99"), timing="before_offer")
    services.listing_saved(listing=listing)
    change = moderator_client.get(reverse("admin:listings_listing_change", args=[listing.pk])).content.decode()

    assert change.index("Verdict") < change.index('name="description"')  # the verdict before the form
    assert "In the offer:</em> “Pay a $99 starter kit”" in change
    preview_url = reverse("admin:listings_listing_preview", args=[listing.pk])
    assert f'href="{preview_url}"' in change  # "View on site" of a listing not yet published

    preview = moderator_client.get(preview_url)
    body = preview.content.decode()
    assert preview.status_code == 200
    assert "Preview for moderators" in body and "pending review" in body
    assert '<meta name="robots" content="noindex, nofollow">' in body
    assert "<h1>Remote reservations agent</h1>" in body and "Likely scam" in body
    assert Client().get(listing.get_absolute_url()).status_code == 404  # still not public
    assert Client().get(preview_url).status_code == 302  # the preview is for moderators only


def report_form(report, **changes):
    data = {
        "resolution_note": "",
        "new_status": "",
        "status_note": "",
        "employer_status": "",
        "listing_status": "",
        "decision_note": "",
        "status_changes-TOTAL_FORMS": "0",
        "status_changes-INITIAL_FORMS": "0",
        "status_changes-MIN_NUM_FORMS": "0",
        "status_changes-MAX_NUM_FORMS": "1000",
    }
    return {**data, **changes}


def test_a_report_is_decided_in_one_hop_and_the_next_one_opens(
    moderator_client, moderator, django_capture_on_commit_callbacks
):
    employer = EmployerFactory(name="Quickcash Remote")
    listing = ListingFactory(employer=employer, published=True, title="Easy phone job")
    first = ReportFactory(listing=listing)
    second = ReportFactory(listing=None, employer=employer, details="Asked for my bank login on Telegram.")
    url = reverse("admin:listings_report_change", args=[first.pk])

    page = moderator_client.get(url).content.decode()
    assert "Easy phone job" in page and "preview as the public sees it" in page
    assert "Verdict: <strong>Looks legitimate</strong>" in page
    assert reverse("admin:listings_report_change", args=[second.pk]) in page  # the other report on the employer
    assert 'name="_next_report"' in page

    without_note = moderator_client.post(url, report_form(first, employer_status="blocked", _next_report="1"))
    assert without_note.status_code == 200 and "Say why" in without_note.content.decode()
    assert Employer.objects.get(pk=employer.pk).status != "blocked"

    with django_capture_on_commit_callbacks(execute=True):
        done = moderator_client.post(
            url,
            report_form(
                first,
                new_status="resolved",
                resolution_note="Blocked the employer.",
                employer_status="blocked",
                listing_status="rejected",
                decision_note="A $99 kit fee before the interview, two reports.",
                _next_report="1",
            ),
        )

    assert done.status_code == 302 and done["Location"] == reverse("admin:listings_report_change", args=[second.pk])
    employer.refresh_from_db()
    listing.refresh_from_db()
    first.refresh_from_db()
    assert (employer.status, listing.status, first.status) == ("blocked", "rejected", "resolved")
    assert listing.verdict == "likely_scam"  # re-scored with the employer blocked
    notes = set(StatusChange.objects.filter(changed_by=moderator).values_list("note", flat=True))
    assert "A $99 kit fee before the interview, two reports." in notes


def test_a_report_about_an_employer_opens_with_no_listing_decision(moderator_client):
    report = ReportFactory(listing=None, employer=EmployerFactory(name="Quickcash Remote"))

    page = moderator_client.get(reverse("admin:listings_report_change", args=[report.pk]))

    body = page.content.decode()
    assert page.status_code == 200
    assert 'name="employer_status"' in body and 'name="listing_status"' not in body


def test_resolving_a_report_needs_a_note(moderator_client):
    report = ReportFactory()
    url = reverse("admin:listings_report_change", args=[report.pk])

    page = moderator_client.post(url, report_form(report, new_status="resolved"))

    assert page.status_code == 200 and "Say why: the note is kept with the report." in page.content.decode()
    report.refresh_from_db()
    assert report.status == Report.Status.OPEN
