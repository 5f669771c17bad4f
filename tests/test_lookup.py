"""The look-up page, the identifiers reports carry, and what the employer page shows of its moderation."""

import pytest
from django.urls import reverse

from listings import services
from listings.abuse import signed_start
from listings.identifiers import InvalidIdentifier, classify, normalize_domain, normalize_handle, normalize_phone
from listings.models import Employer, Report
from tests.factories import EmployerFactory, ListingFactory

pytestmark = pytest.mark.django_db

LOOKUP = reverse("listings:lookup")


@pytest.fixture(autouse=True)
def no_form_delays(settings):
    settings.PUBLIC_FORM_MIN_SECONDS = 0


def report_form_data(**identifiers) -> dict:
    return {"reason": Report.Reason.ASKED_FOR_MONEY, "details": "", "started": signed_start(), **identifiers}


def send_report(client, listing, **identifiers):
    return client.post(reverse("listings:report_listing", args=[listing.pk]), report_form_data(**identifiers))


def look_up(client, q, **params):
    return client.get(LOOKUP, {"q": q, **params})


def found_reports(response) -> list[int]:
    return [found.report.pk for found in response.context["result"].reports]


def uphold(report):
    services.report_set_status(report=report, status=Report.Status.RESOLVED, note="Checked the messages.")


# --- Normal forms, without the database -----------------------------------------------------------
@pytest.mark.parametrize(
    "written", ["(415) 555-2671", "+1 415 555 2671", "415.555.2671", "https://wa.me/14155552671", "1-415-555-2671"]
)
def test_a_number_written_any_usual_way_has_one_normal_form(written):
    assert normalize_phone(written, region="US") == "+14155552671"


def test_a_number_without_country_code_is_read_in_the_given_country_only():
    assert normalize_phone("0917 123 4567", region="PH") == "+639171234567"
    with pytest.raises(InvalidIdentifier, match="country code"):
        normalize_phone("0917 123 4567")


@pytest.mark.parametrize(
    "written",
    ["https://www.Scam-Jobs.example/apply?x=1", "HR@scam-jobs.example", "www.scam-jobs.example.", "scam-jobs.example"],
)
def test_a_website_or_email_address_becomes_its_domain(written):
    assert normalize_domain(written) == "scam-jobs.example"


@pytest.mark.parametrize("written", ["@Quick_Hire", "t.me/Quick_Hire", "https://t.me/quick_hire", "quick_hire"])
def test_a_handle_loses_its_at_sign_link_and_case(written):
    assert normalize_handle(written) == "quick_hire"


def test_what_a_lookup_text_is_read_as():
    assert classify("hr@acme.example") == [("domain", "acme.example")]
    assert classify("+63 917 123 4567") == [("phone", "+639171234567")]
    assert classify("@acme_hr") == [("handle", "acme_hr")]
    assert classify("Acme Staffing Inc.") == [("name", "acme staffing inc.")]
    assert classify("acme_hiring") == [("name", "acme_hiring"), ("handle", "acme_hiring")]


# --- Reports carry identifiers, normalised -------------------------------------------------------
def test_report_stores_identifiers_normalised_with_the_offers_country_for_a_local_number(client):
    listing = ListingFactory(published=True)  # hires in the U.S.

    response = send_report(
        client,
        listing,
        website_domain="https://www.Scam-Jobs.example/apply",
        phone="(415) 555-2671",
        chat_handle="@Quick_Hire",
    )

    assert response.status_code == 302
    report = Report.objects.get()
    assert (report.website_domain, report.phone, report.chat_handle) == (
        "scam-jobs.example",
        "+14155552671",
        "quick_hire",
    )
    assert report.status == Report.Status.OPEN


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("phone", "12", "phone number with its digits"),
        ("phone", "+1 000 000 0000", "not a valid phone number"),
        ("phone", "call me maybe 555", "phone number with its digits"),
        ("website_domain", "not a website", "Enter a website"),
        ("website_domain", "x" * 400, "too long"),
        ("chat_handle", "two words", "chat handle"),
        ("chat_handle", "<script>alert(1)</script>", "chat handle"),
        ("chat_handle", "wa.me/14155552671", "phone field"),
    ],
)
def test_an_invalid_identifier_is_a_field_error_and_nothing_is_saved(client, field, value, message):
    listing = ListingFactory(published=True)

    response = send_report(client, listing, **{field: value})

    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert Report.objects.count() == 0
    page = response.content.decode()
    assert "<script>alert(1)</script>" not in page
    assert f'id="id_{field}_errors"' in page


# --- Nothing is public before review ---------------------------------------------------------
def test_a_reported_phone_written_three_ways_finds_the_report_once_reviewed_and_not_before(client):
    listing = ListingFactory(title="Data entry from home", published=True)
    send_report(client, listing, phone="+1 (415) 555-2671")
    report = Report.objects.get()
    ways = [("415.555.2671", {"country": "US"}), ("+1 415 555 2671", {}), ("https://wa.me/14155552671", {})]

    before = [found_reports(look_up(client, q, **params)) for q, params in ways]
    uphold(report)
    after = [found_reports(look_up(client, q, **params)) for q, params in ways]

    assert before == [[], [], []]
    assert after == [[report.pk]] * 3
    page = look_up(client, "+14155552671").content.decode()
    assert "They asked me to pay" in page and "Data entry from home" in page


def test_dismissed_reports_are_never_found(client):
    listing = ListingFactory(published=True)
    send_report(client, listing, chat_handle="@quick_hire")
    report = Report.objects.get()

    services.report_set_status(report=report, status=Report.Status.DISMISSED, note="Not about this listing.")

    assert found_reports(look_up(client, "@quick_hire")) == []


def test_a_reviewed_report_is_found_by_domain_from_an_email_address_and_by_handle_link(client):
    listing = ListingFactory(published=True)
    send_report(client, listing, website_domain="https://scam-jobs.example/apply", chat_handle="t.me/Quick_Hire")
    report = Report.objects.get()
    uphold(report)

    assert found_reports(look_up(client, "recruiter@Scam-Jobs.example")) == [report.pk]
    assert found_reports(look_up(client, "https://t.me/quick_hire")) == [report.pk]
    assert found_reports(look_up(client, "quick_hire")) == [report.pk]  # a bare word is also read as a handle
    assert found_reports(look_up(client, "other-jobs.example")) == []


def test_the_page_says_only_reviewed_reports_count(client):
    response = client.get(LOOKUP)

    assert response.status_code == 200
    assert "Only what moderators have reviewed is shown" in response.content.decode()


# --- Employers ---------------------------------------------------------------------------------
def test_employers_match_on_name_whatever_the_case_and_accents(client):
    EmployerFactory(name="Café Ñandú Staffing", slug="cafe-nandu", status=Employer.Status.VERIFIED)
    EmployerFactory(name="Other Company", slug="other", status=Employer.Status.VERIFIED)
    EmployerFactory(name="Cafe Nandu Unreviewed Copy", slug="copy")  # a visitor's submission: hidden

    response = look_up(client, "CAFE nandu")

    assert [e.name for e in response.context["result"].employers] == ["Café Ñandú Staffing"]


def test_employers_match_on_website_email_domain_and_contact_phone(client):
    acme = EmployerFactory(
        name="Acme",
        slug="acme",
        website="https://www.acme-jobs.example/careers",
        email_domain="acme-mail.example",
        contact_phone="+14155550100",
        status=Employer.Status.VERIFIED,
    )

    def employers(q):
        return [e.pk for e in look_up(client, q).context["result"].employers]

    assert employers("http://acme-jobs.example") == [acme.pk]
    assert employers("hr@acme-mail.example") == [acme.pk]
    assert employers("+1 415 555 0100") == [acme.pk]
    assert employers("cme-jobs.example") == []  # a longer name ending the same way is not the same site


@pytest.mark.parametrize(
    ("q", "message"),
    [("+1 12", "phone number"), ("https://", "Enter a website"), ("@bad handle", "chat handle"), ("", "required")],
)
def test_invalid_lookups_get_a_field_error(client, q, message):
    response = look_up(client, q)

    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors["q"])


def test_junk_in_the_lookup_query_never_errors(client):
    for q in ["' OR 1=1 --", "%00x", "a" * 5000, "\u202eevil", "((((", "+" * 40]:
        assert look_up(client, q).status_code in (200, 400)


# --- The employer page --------------------------------------------------------------------------
def test_employer_page_shows_status_history_and_upheld_reports_by_reason(client, moderator):
    employer = EmployerFactory(name="Quick Hire", slug="quick-hire")
    listing = ListingFactory(employer=employer, title="Chat support", published=True)
    services.employer_set_status(employer=employer, status=Employer.Status.FLAGGED, by=moderator, note="private why")
    services.employer_set_status(employer=employer, status=Employer.Status.BLOCKED, by=moderator, note="more")
    upheld = [
        services.report_create(reason=Report.Reason.ASKED_FOR_MONEY, listing=listing),
        services.report_create(reason=Report.Reason.ASKED_FOR_MONEY, employer=employer),
        services.report_create(reason=Report.Reason.CHAT_APP, employer=employer),
    ]
    for report in upheld:
        uphold(report)
    services.report_create(reason=Report.Reason.NOT_PAID, employer=employer)  # still open
    dismissed = services.report_create(reason=Report.Reason.FAKE_CHECK, employer=employer)
    services.report_set_status(report=dismissed, status=Report.Status.DISMISSED, note="no")

    response = client.get(employer.get_absolute_url())

    page = response.content.decode()
    assert [(s.from_label, s.to_label) for s in response.context["status_history"]] == [
        ("Flagged: be careful", "Blocked: do not apply"),
        ("Not yet reviewed", "Flagged: be careful"),
    ]
    assert "Flagged: be careful → Blocked: do not apply" in page and "private why" not in page
    assert response.context["report_counts"] == [
        ("They asked me to pay (fees, kit, training, equipment)", 2),
        ("Interview only through a chat app", 1),
    ]
    assert "not paid" not in page.lower() and "Fake check" not in page
    assert "Chat support" in page
