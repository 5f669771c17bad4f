"""Hostile and unlucky traffic: texts built to be slow, NUL bytes, invisible characters, mail bombing,
personal pages in the page cache, hand-made subscriber states, and the error pages people then see."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from listings.abuse import signed_start
from listings.models import Employer, Listing, Report
from listings.offer_form import MAX_OFFER_TEXT
from listings.page_cache import page_key
from listings.subscriptions.models import Subscriber
from scoring.extraction import MAX_SCAN_CHARS, extract
from tests.factories import EmployerFactory, ListingFactory
from tests.offers import adversarial_texts
from tests.test_site_forms import offer_data, report_data

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


# --- Text built to be slow ------------------------------------------------------------------------
@pytest.mark.parametrize("name", list(adversarial_texts(40)))
def test_the_largest_adversarial_text_is_read_and_a_partial_reading_says_so(name):
    text, in_part = adversarial_texts(MAX_SCAN_CHARS)[name]

    extraction = extract(text)

    assert any("not read in full" in note for note in extraction.notes) is in_part, extraction.notes


def test_a_text_with_far_more_amounts_than_an_offer_is_read_in_part_and_says_so():
    extraction = extract("Training fee $99. " * 2000)

    assert any("not read in full" in note for note in extraction.notes)
    assert extraction.answers["training_pay"] == "charged"  # what was read still counts


def test_an_ordinary_offer_is_read_in_full():
    extraction = extract("Customer service from home, $16 per hour, paid training, W-2 employee. Texas only.")

    assert extraction.notes == ()


# The first offer a fresh worker reads also pays for working out every pattern's plan (about a second). The budget
# is tightened here to 50 ms so that cost, if it were counted, would cut the reading short on any machine.
FIRST_READING = """
import json, django
django.setup()
from scoring.config import RuleConfig
from scoring.extraction import extract, text
from scoring.verdict import evaluate
text.TIME_BUDGET_SECONDS = 0.05
extraction = extract("Pay a $60 starter kit fee by GCash before training. $15/hour, W-2 employee. Texas only.")
print(json.dumps({"notes": extraction.notes, "verdict": evaluate(extraction.to_offer(), RuleConfig()).verdict}))
"""


def test_the_first_offer_a_fresh_process_reads_is_read_in_full():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "vetting.settings", "DJANGO_DEBUG": "true"}
    result = subprocess.run(
        [sys.executable, "-c", FIRST_READING], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    first = json.loads(result.stdout.splitlines()[-1])

    assert first["notes"] == []
    assert first["verdict"] == "likely_scam"


def test_pasting_the_largest_digit_run_gets_an_answer_page(client):
    client.cookies["csrftoken"] = "d" * 32
    data = {"read_offer": "1", "paste-offer_text": "9" * MAX_OFFER_TEXT, "paste-started": signed_start(0)}

    response = client.post(reverse("listings:check"), data, follow=True)

    assert response.status_code == 200
    assert response.context["result"].score is not None  # a verdict on what could be read
    assert response.context["check"].form is not None  # the checklist, pre-filled from what could be read


# --- NUL bytes ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "path",
    [
        "/subscribe/?region=%00",
        "/listings/?q=%00",
        "/admin/listings/listing/?q=%00",
        "/admin/listings/listing/?status=%00",
        "/admin/autocomplete/?app_label=listings&model_name=listing&field_name=employer&term=%00",
    ],
)
def test_a_nul_byte_in_a_query_is_a_clear_400_never_a_500(moderator_client, path):
    response = moderator_client.get(path)

    assert response.status_code == 400
    assert "This request could not be read" in response.content.decode()


def test_a_nul_byte_in_a_form_value_saves_nothing(client):
    response = client.post(reverse("subscriptions:subscribe"), {"email": "a\x00@example.org", "verdict": "red_flags"})

    assert response.status_code == 400
    assert not Subscriber.objects.exists()


# --- Invisible characters -------------------------------------------------------------------------
BIDI_NAME = "Acme\u202e\u200b Support\u2066"


def test_bidi_and_zero_width_characters_never_reach_a_stored_name_or_title(client, settings):
    settings.PUBLIC_FORM_MIN_SECONDS = 0

    client.post(reverse("listings:submit"), offer_data(employer_name=BIDI_NAME, title="Agent\u200d\u202d job"))

    listing = Listing.objects.get(status=Listing.Status.PENDING)
    assert listing.employer.name == "Acme Support"
    assert listing.title == "Agent job"


def test_invisible_characters_are_removed_from_report_details_and_moderator_notes(client, moderator_client):
    listing = ListingFactory(published=True)
    employer = EmployerFactory(verified=True)

    client.post(reverse("listings:report_listing", args=[listing.pk]), report_data(details="They\u202e asked for $"))
    employer.public_note = "Note\u200b with\u2067 hidden marks"
    employer.save()

    assert Report.objects.get().details == "They asked for $"
    employer.refresh_from_db()
    assert employer.public_note == "Note with hidden marks"


def test_joiners_that_urdu_needs_are_kept():
    employer = EmployerFactory(name="کال\u200cسینٹر", slug="urdu-call-centre")

    employer.refresh_from_db()

    assert employer.name == "کال\u200cسینٹر"


# --- Confirmation-mail bombing --------------------------------------------------------------------
def subscribe(client, address: str):
    return client.post(
        reverse("subscriptions:subscribe"),
        {"email": address, "verdict": ["looks_legitimate"], "started": signed_start(time.time() - 10)},
    )


def test_many_spellings_of_one_mailbox_get_one_confirmation_mail(client, django_capture_on_commit_callbacks):
    spellings = ["ada@example.org", "Ada@Example.org", "ADA+jobs@example.org", "ada+1@EXAMPLE.ORG", "ada+x@example.org"]

    for address in spellings:
        client.cookies["csrftoken"] = address.encode().hex()[:32]  # a new browser each time
        with django_capture_on_commit_callbacks(execute=True):
            subscribe(client, address)

    assert len(mail.outbox) == 1


@pytest.mark.parametrize("address", ["ada@[127.0.0.1]", '"ada"@example.org', "ada@127.0.0.1"])
def test_ip_literal_and_quoted_addresses_are_refused_on_the_field(client, address):
    response = subscribe(client, address)

    assert response.context["form"].errors["email"]
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


# --- The page cache -------------------------------------------------------------------------------
def test_junk_parameters_and_their_order_map_to_one_cache_entry(rf):
    params = ["q", "region", "sort", "page"]

    a = page_key("/listings/", rf.get("/listings/?q=agent&region=US&utm_source=x&junk=1").GET, params)
    b = page_key("/listings/", rf.get("/listings/?region=US&q=agent&region=&fbclid=zzz").GET, params)
    c = page_key("/listings/", rf.get("/listings/?q=other&region=US").GET, params)

    assert a == b != c


def test_two_searches_that_differ_only_past_some_length_are_two_pages(client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    long_search = "agent " * 40  # 240 characters: more than the search field takes

    first = client.get(reverse("listings:browse"), {"q": long_search + "x"})
    second = client.get(reverse("listings:browse"), {"q": long_search[:200]})

    assert "Some filters could not be used" in first.content.decode()  # the search field refuses 241 characters
    assert "Some filters could not be used" not in second.content.decode()  # the cache does not say so too


def test_stray_parameters_of_one_visitor_never_reach_the_cached_page_of_another(client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    ListingFactory(published=True)

    client.get(reverse("listings:browse"), {"sort": "score", "utm_source": "mail"})
    page = Client().get(reverse("listings:browse"), {"sort": "score"}).content.decode()

    assert "utm_source" not in page


def test_a_moderators_message_is_never_cached_into_a_public_page(moderator_client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    ListingFactory(published=True, title="Visible listing")
    employer = EmployerFactory()
    moderator_client.post(
        reverse("admin:listings_employer_changelist"),
        {
            "action": "mark_verified",
            "confirm": "yes",
            "note": "Checked by a moderator.",
            "_selected_action": [employer.pk],
            "index": "0",
        },
    )
    moderator_home = moderator_client.get(reverse("listings:home"))  # the flash message may show here

    anonymous = Client().get(reverse("listings:home"))

    assert "Visible listing" in anonymous.content.decode()
    assert "successfully" not in anonymous.content.decode().lower()
    assert moderator_home.status_code == 200


def test_a_page_for_a_signed_in_moderator_is_not_stored_for_everyone(moderator_client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    ListingFactory(published=True, title="First listing")
    moderator_client.get(reverse("listings:browse"))
    ListingFactory(published=True, title="Second listing")

    anonymous = Client().get(reverse("listings:browse")).content.decode()

    assert "Second listing" in anonymous  # the moderator's render was not cached


def test_anonymous_pages_are_cached_and_the_cache_ignores_junk_parameters(client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    ListingFactory(published=True, title="First listing")
    client.get(reverse("listings:browse"))
    ListingFactory(published=True, title="Second listing")

    again = Client().get(reverse("listings:browse"), {"utm_source": "newsletter"}).content.decode()

    assert "First listing" in again and "Second listing" not in again


# --- Subscribers ----------------------------------------------------------------------------------
def test_a_moderator_cannot_set_a_subscriber_status_by_hand(moderator_client):
    subscriber = Subscriber.objects.create(email="gone@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    url = reverse("admin:subscriptions_subscriber_change", args=[subscriber.pk])
    page = moderator_client.get(url).content.decode()

    moderator_client.post(url, {"status": "confirmed", "work_types": "[]", "min_score": "0", "verdicts": "[]"})

    assert 'name="status"' not in page
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_unsubscribing_from_the_admin_goes_through_the_service_and_is_recorded(moderator_client, moderator):
    subscriber = Subscriber.objects.create(email="ada@example.org", status=Subscriber.Status.CONFIRMED)

    moderator_client.post(
        reverse("admin:subscriptions_subscriber_changelist"),
        {
            "action": "mark_unsubscribed",
            "confirm": "yes",
            "note": "Checked by a moderator.",
            "_selected_action": [subscriber.pk],
            "index": "0",
        },
    )

    subscriber.refresh_from_db()
    change = subscriber.status_changes.get()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED and subscriber.unsubscribed_at is not None
    assert (change.from_status, change.to_status, change.changed_by) == ("confirmed", "unsubscribed", moderator)


def test_an_unsubscribed_address_comes_back_only_through_a_new_double_opt_in(
    client, moderator_client, django_capture_on_commit_callbacks
):
    subscriber = Subscriber.objects.create(email="ada@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    moderator_client.post(
        reverse("admin:subscriptions_subscriber_changelist"),
        {
            "action": "mark_disabled",
            "confirm": "yes",
            "note": "Checked by a moderator.",
            "_selected_action": [subscriber.pk],
            "index": "0",
        },
    )
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED  # not an allowed move: nothing changed

    with django_capture_on_commit_callbacks(execute=True):
        subscribe(client, "ada@example.org")

    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING
    assert len(mail.outbox) == 1 and "confirm" in mail.outbox[0].body.lower()


# --- Error pages and headers ----------------------------------------------------------------------
def test_a_form_without_its_csrf_token_gets_the_styled_403_page():
    response = Client(enforce_csrf_checks=True).post(reverse("listings:check"), offer_data())

    body = response.content.decode()
    assert response.status_code == 403
    assert "This form has expired" in body and 'href="/check/"' in body  # the site's layout and navigation


def test_a_refused_page_gets_the_styled_403_page(rf):
    from django.core.exceptions import PermissionDenied
    from django.urls import get_resolver

    handler = get_resolver().resolve_error_handler(403)
    response = handler(rf.get("/"), exception=PermissionDenied())

    body = response.content.decode()
    assert response.status_code == 403
    assert "Not allowed" in body and 'href="/check/"' in body  # the site's layout and navigation


@pytest.mark.parametrize("path", ["/", "/listings/", "/check/", "/no-such-page/", "/admin/login/"])
def test_every_page_sends_permissions_policy_and_cross_origin_resource_policy(client, path):
    response = client.get(path)

    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]


def test_readiness_fails_when_redis_is_down_while_liveness_stays_up(client, settings):
    settings.CACHES = {
        "default": {"BACKEND": "vetting.redis_cache.RedisCache", "LOCATION": "redis://127.0.0.1:1/1"},
        "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }

    ready = client.get(reverse("listings:readyz"))
    alive = client.get(reverse("listings:healthz"))

    assert (ready.status_code, ready.content.decode()) == (503, "not ready: cache")
    assert alive.status_code == 200


def test_readiness_answers_ok_when_every_service_answers(client):
    response = client.get(reverse("listings:readyz"))

    assert (response.status_code, response.content.decode()) == (200, "ok")


def test_a_submitted_offer_creates_no_public_employer_page(client, settings):
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    client.post(reverse("listings:submit"), offer_data(employer_name="Totally Real Bank"))
    employer = Employer.objects.get(name="Totally Real Bank")

    response = client.get(employer.get_absolute_url())

    assert response.status_code == 404


def test_imported_rows_of_adversarial_text_are_all_read_and_scored(tmp_path):
    from listings.importer import listings_import
    from tests.test_importer import LEGIT, write_csv

    rows = [
        {**LEGIT, "job_id": str(n), "description": text[:99_000]}
        for n, (text, _) in enumerate(adversarial_texts(99_000).values())
    ]

    stats = listings_import(path=write_csv(tmp_path / "hostile.csv", rows))

    assert Listing.objects.count() == len(rows), stats
    assert Listing.objects.exclude(verdict="").count() == len(rows)  # every row read and scored
