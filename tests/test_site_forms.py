"""Check an offer, submit it for review, and report listings and employers: good and bad input."""

import time

import pytest
from django.urls import reverse

from listings.abuse import signed_start
from listings.models import Employer, Fee, Listing, Report
from listings.models.listing import ANSWER_FIELDS
from scoring.models import RuleSet
from scoring.verdict import evaluate
from tests.factories import EmployerFactory, ListingFactory

pytestmark = pytest.mark.django_db


CHECK = reverse("listings:check")
SUBMIT = reverse("listings:submit")

ANSWERS = {
    **dict.fromkeys(ANSWER_FIELDS, "unknown"),  # every yes/no question is answered, "Don't know" at least
    "direction": "inbound",
    "pay_basis": "hour",
    "pay_amount": "15.00",
    "pay_currency": "USD",
    "guaranteed_minimum": "yes",
    "base_pay": "unknown",
    "leads_provided": "unknown",
    "worker_status": "employee",
    "needs_computer": "yes",
    "needs_landline": "no",
    "needs_headset": "yes",
    "needs_quiet_room": "yes",
    "buy_from_employer": "no",
    "hours_per_week": "30",
    "nights_weekends": "no",
    "training_days": "10",
    "training_pay": "paid",
    "experience_required": "yes",
    "benefits": "yes",
    "citizenship_required": "no",
    "chat_app_interview": "no",
    "money_handling": "no",
    "money_mentioned": "no",
    "personal_data_early": "no",
    "pressure_to_decide": "no",
    "interview_skipped": "no",
    "recruiting_pays": "no",
}


def offer_data(fees=(), **changes) -> dict:
    """A POST for the check form: a clean, complete offer unless changed; "Don't know" is "unknown"."""
    data = {
        "employer_name": "Acme Support",
        "title": "Customer service agent",
        "description": "Answer customer calls from home.",
        "work_types": ["customer_service"],
        "hiring_regions": ["US"],
        "application_process": "Online application, a skills test and a phone interview; about two weeks.",
        **ANSWERS,
        "fees-TOTAL_FORMS": str(max(3, len(fees))),
        "fees-INITIAL_FORMS": "0",
        "fees-MIN_NUM_FORMS": "0",
        "fees-MAX_NUM_FORMS": "8",
        "website_url": "",
        "started": signed_start(time.time() - 10),
    }
    for i, fee in enumerate(fees):
        data.update({f"fees-{i}-{key}": value for key, value in fee.items()})
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


# --- Check an offer --------------------------------------------------------------------------------
def test_check_form_has_every_question_with_dont_know(client):
    body = client.get(CHECK).content.decode()

    for n in range(1, 12):
        assert f"Q{n}." in body
    assert body.count("Don&#x27;t know / not stated") >= 15
    assert 'name="fees-0-kind"' in body and 'name="fees-2-kind"' in body
    assert 'class="hp-field"' in body


def test_check_gives_the_same_verdict_as_a_published_listing(client):
    listing = ListingFactory(employer=EmployerFactory(name="Acme Support"), regions=["US"], published=True)
    expected = evaluate(listing.to_offer(), RuleSet.objects.active().to_config())

    response = client.post(CHECK, offer_data(title=listing.title, description=listing.description), follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[0][0].startswith("/check/result/")  # the result is a page of its own
    result = response.context["result"]
    assert (result.score, result.verdict) == (expected.score, expected.verdict)
    assert [{k: v for k, v in f.items() if k != "evidence"} for f in result.findings] == expected.findings_as_dicts()
    assert result.pay == expected.pay
    body = response.content.decode()
    assert f"Score {expected.score} out of 100" in body
    assert "<svg" in body
    assert "Submit this offer for review" in body
    assert Listing.objects.count() == 1  # a check saves nothing


def test_check_with_all_dont_know_answers_asks_more_questions(client):
    unknowns = {
        k: "unknown" for k in ANSWERS if k not in {"pay_amount", "pay_currency", "hours_per_week", "training_days"}
    }
    data = offer_data(**unknowns, pay_amount=None, hours_per_week=None, training_days=None)
    data.pop("work_types")
    data.pop("hiring_regions")

    response = client.post(CHECK, data, follow=True)

    assert response.status_code == 200
    result = response.context["result"]
    assert result.verdict in {"ask_more_questions", "red_flags"}
    assert result.pay.hourly is None
    assert "We cannot estimate the hourly pay" in response.content.decode()


def test_check_fee_before_offer_is_likely_scam_with_guide_links(client):
    fee = {"kind": "starter_kit", "amount": "99", "currency": "USD", "timing": "before_offer", "recurring": "no"}

    response = client.post(CHECK, offer_data(fees=[fee]), follow=True)

    result = response.context["result"]
    assert result.verdict == "likely_scam"
    body = response.content.decode()
    assert 'href="/guide/#q4"' in body
    # What to do comes first; the fraud signal before anything else; the pay chart after the findings.
    assert body.index("Stop here: do not pay, do not send documents") < body.index("Fraud signals")
    assert body.index("Fraud signals") < body.index("Questions to ask the employer") < body.index("<h2>Pay</h2>")
    assert 'href="/guide/already-paid/?country=US"' in body  # the offer hires in the U.S.
    assert "I do not pay any fee before a written offer" in body  # the question, grouped under Q4


def test_a_legitimate_check_has_no_scam_panel_and_groups_its_questions_by_checklist_question(client):
    response = client.post(CHECK, offer_data(hiring_regions=[], training_pay="unknown"), follow=True)

    body = response.content.decode()
    assert response.context["result"].verdict == "looks_legitimate"
    assert "Stop here" not in body
    assert "Already paid or sent documents?" not in body
    assert "Scam risk:</strong>\n    no fraud signal found" in body
    questions = body[body.index("Questions to ask the employer") :]
    assert questions.index("Q2") < questions.index("Q10")  # in checklist order


def test_check_from_a_blocked_employer_uses_its_status(client):
    EmployerFactory(name="Bad Calls Inc", blocked=True)

    response = client.post(CHECK, offer_data(employer_name="bad calls inc"), follow=True)

    assert response.context["result"].verdict == "likely_scam"


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"direction": None}, "direction", "This field is required"),
        ({"pay_basis": "bitcoin"}, "pay_basis", "Select a valid choice"),
        ({"pay_amount": "99999999999"}, "pay_amount", "Ensure"),
        ({"pay_amount": "-3"}, "pay_amount", "greater than or equal to 0"),
        ({"pay_amount": "NaN"}, "pay_amount", "Enter a number"),
        ({"hours_per_week": "500"}, "hours_per_week", "less than or equal to 80"),
        ({"training_days": "1000000"}, "training_days", "less than or equal to 180"),
        ({"pay_amount_max": "5"}, "pay_amount_max", "below the bottom"),
        ({"guaranteed_minimum": "no", "guaranteed_minimum_hourly": "9"}, "guaranteed_minimum_hourly", "only makes"),
        ({"hiring_regions": ["XX-YY"]}, "hiring_regions", "Select a valid choice"),
        ({"work_types": ["juggling"]}, "work_types", "Select a valid choice"),
        ({"source_url": "javascript:alert(1)"}, "source_url", "valid URL"),
        ({"recruiter_email": "not an email"}, "recruiter_email", "valid email"),
        ({"description": "x" * 1_000_000}, "description", "at most 100000 characters"),
        ({"title": "t" * 300}, "title", "at most 200 characters"),
    ],
)
def test_check_bad_input_is_shown_on_the_field_and_input_kept(client, changes, field, message):
    data = offer_data(**changes)

    response = client.post(CHECK, data)

    assert response.status_code == 400
    form = response.context["check"].form
    assert field in form.errors, form.errors
    assert message in " ".join(form.errors[field])
    body = response.content.decode()
    assert "Some answers need another look" in body
    assert 'value="Acme Support"' in body or field == "employer_name"
    assert "result" not in response.context or response.context.get("result") is None


@pytest.mark.parametrize("url", [CHECK, SUBMIT])
def test_ten_megabytes_of_text_is_refused_and_nothing_saved(client, url):
    response = client.post(url, offer_data(description="x" * 10 * 1024 * 1024))

    assert response.status_code == 400
    assert not Listing.objects.exists()


def test_check_bad_fee_row_is_shown_on_the_row(client):
    fee = {"kind": "training", "amount": "-5", "currency": "USD", "timing": "before_offer", "recurring": "no"}

    response = client.post(CHECK, offer_data(fees=[fee]))

    assert response.status_code == 400
    assert "amount" in response.context["check"].fees.forms[0].errors


def test_check_too_many_fee_rows_is_an_error_not_a_crash(client):
    data = offer_data()
    data["fees-TOTAL_FORMS"] = "100000"

    response = client.post(CHECK, data)

    assert response.status_code == 400


def test_check_missing_management_form_is_an_error_not_a_crash(client):
    data = offer_data()
    del data["fees-TOTAL_FORMS"]

    response = client.post(CHECK, data)

    assert response.status_code == 400


def test_check_shows_visitor_html_escaped(client):
    script = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'

    response = client.post(CHECK, offer_data(title=script, employer_name=script, description=script), follow=True)

    body = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)" not in body and "<img src=x" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


# --- Submit for review ----------------------------------------------------------------------------
def test_submit_creates_a_pending_listing_for_a_new_unreviewed_employer(client):
    fee = {"kind": "background_check", "amount": "50", "currency": "USD", "timing": "after_offer", "recurring": "no"}
    data = offer_data(
        fees=[fee], employer_name="Brand New Calls", work_types=["sales", "surveys"], hiring_regions=["US-NY", "PH"]
    )
    data["source_url"] = "https://jobs.example/123"

    response = client.post(SUBMIT, data)

    assert response.status_code == 302 and response.url == reverse("listings:submitted")
    listing = Listing.objects.get()
    assert listing.status == Listing.Status.PENDING
    assert listing.employer.name == "Brand New Calls"
    assert listing.employer.status == Employer.Status.UNREVIEWED
    assert listing.source_url == "https://jobs.example/123"
    assert sorted(listing.work_types.values_list("code", flat=True)) == ["sales", "surveys"]
    assert sorted(listing.hiring_regions.values_list("code", flat=True)) == ["PH", "US-NY"]
    fee_row = Fee.objects.get(listing=listing)
    assert (fee_row.kind, str(fee_row.amount), fee_row.timing) == ("background_check", "50.00", "after_offer")
    assert listing.score is not None and listing.verdict  # scored like any listing
    assert client.get(listing.get_absolute_url()).status_code == 404  # never published directly


def test_submit_matches_a_known_employer_by_name(client):
    employer = EmployerFactory(name="Harborline Support", verified=True)

    client.post(SUBMIT, offer_data(employer_name="harborline support"))

    assert Listing.objects.get().employer == employer
    assert Employer.objects.count() == 1


def test_submit_new_employers_with_similar_names_get_unique_slugs(client):
    client.post(SUBMIT, offer_data(employer_name="Acme, Support"))
    client.post(SUBMIT, offer_data(employer_name="Acme Support!"))

    assert sorted(Employer.objects.values_list("slug", flat=True)) == ["acme-support", "acme-support-2"]


def test_submit_bad_input_saves_nothing(client):
    response = client.post(SUBMIT, offer_data(pay_amount="-1", employer_name="Half Saved Ltd"))

    assert response.status_code == 400
    assert not Listing.objects.exists()
    assert not Employer.objects.filter(name="Half Saved Ltd").exists()


def test_submit_only_accepts_post(client):
    assert client.get(SUBMIT).status_code == 405


# --- Reports ----------------------------------------------------------------------------------------
def report_data(**changes):
    data = {
        "reason": Report.Reason.ASKED_FOR_MONEY,
        "details": "They asked for $99 before the interview.",
        "contact_email": "",
        "website_url": "",
        "started": signed_start(time.time() - 10),
    }
    data.update(changes)
    return data


def test_report_listing_lands_open_in_the_queue(client):
    listing = ListingFactory(published=True)

    response = client.post(reverse("listings:report_listing", args=[listing.pk]), report_data())

    assert response.status_code == 302 and response.url == reverse("listings:reported")
    report = Report.objects.get()
    assert (report.listing, report.employer, report.status) == (listing, None, Report.Status.OPEN)
    assert report.details == "They asked for $99 before the interview."


def test_report_employer_lands_open_in_the_queue(client):
    employer = EmployerFactory(verified=True)

    client.post(reverse("listings:report_employer", args=[employer.slug]), report_data(reason="fake_check"))

    report = Report.objects.get()
    assert (report.employer, report.listing, report.reason) == (employer, None, "fake_check")


def test_an_unreviewed_employer_with_nothing_published_has_no_public_page(client):
    employer = EmployerFactory()

    page = client.get(employer.get_absolute_url())
    report = client.post(reverse("listings:report_employer", args=[employer.slug]), report_data())

    assert (page.status_code, report.status_code) == (404, 404)
    assert not Report.objects.exists()


def test_report_on_unpublished_listing_is_404(client):
    listing = ListingFactory()

    response = client.post(reverse("listings:report_listing", args=[listing.pk]), report_data())

    assert response.status_code == 404
    assert not Report.objects.exists()


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"reason": ""}, "reason"),
        ({"reason": "revenge"}, "reason"),
        ({"details": "x" * 1_000_000}, "details"),
        ({"contact_email": "nope@"}, "contact_email"),
    ],
)
def test_report_bad_input_shows_field_error_and_keeps_input(client, changes, field):
    listing = ListingFactory(published=True)

    response = client.post(reverse("listings:report_listing", args=[listing.pk]), report_data(**changes))

    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not Report.objects.exists()
    if field != "details":
        assert "They asked for $99 before the interview." in response.content.decode()


def test_report_details_are_escaped_in_the_admin_queue(client, moderator_client):
    listing = ListingFactory(published=True)
    script = "<script>alert(1)</script>"
    client.post(reverse("listings:report_listing", args=[listing.pk]), report_data(details=script))

    report = Report.objects.get()
    body = moderator_client.get(reverse("admin:listings_report_change", args=[report.pk])).content.decode()

    assert script not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
