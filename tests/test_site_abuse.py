"""Public POSTs: CSRF (checks.md S2), rate limits per IP through the shared cache (R1), honeypot and time (R2)."""

import time

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from listings.abuse import signed_start
from listings.models import Listing, Report
from tests.factories import EmployerFactory, ListingFactory
from tests.test_site_forms import offer_data, report_data

pytestmark = pytest.mark.django_db

CHECK = reverse("listings:check")
SUBMIT = reverse("listings:submit")


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def listing():
    return ListingFactory(published=True)


def public_posts(listing):
    """(url, data) for every public POST on the site."""
    employer = EmployerFactory()
    return [
        (CHECK, offer_data()),
        (SUBMIT, offer_data()),
        (reverse("listings:report_listing", args=[listing.pk]), report_data()),
        (reverse("listings:report_employer", args=[employer.slug]), report_data()),
    ]


def saved_anything() -> bool:
    return Report.objects.exists() or Listing.objects.filter(status=Listing.Status.PENDING).exists()


# --- CSRF ---------------------------------------------------------------------------------------
def test_every_public_post_without_a_csrf_token_is_403(listing):
    client = Client(enforce_csrf_checks=True)

    for url, data in public_posts(listing):
        assert client.post(url, data).status_code == 403, url
    assert not saved_anything()


def test_public_post_with_the_csrf_token_works(listing):
    client = Client(enforce_csrf_checks=True)
    client.get(listing.get_absolute_url())  # sets the CSRF cookie
    token = client.cookies["csrftoken"].value

    response = client.post(
        reverse("listings:report_listing", args=[listing.pk]), {**report_data(), "csrfmiddlewaretoken": token}
    )

    assert response.status_code == 302
    assert Report.objects.count() == 1


# --- Honeypot and minimum time -------------------------------------------------------------------
@pytest.mark.parametrize(
    "trap",
    [
        {"website_url": "http://spam.example"},
        {"started": "__now__"},
        {"started": "not-a-signature"},
        {"started": ""},
    ],
)
def test_bots_get_the_normal_answer_and_nothing_is_saved(client, listing, trap):
    if trap.get("started") == "__now__":
        trap = {"started": signed_start(time.time())}

    submit = client.post(SUBMIT, offer_data(**trap))
    report = client.post(reverse("listings:report_listing", args=[listing.pk]), report_data(**trap))
    check = client.post(CHECK, offer_data(**trap))

    assert submit.status_code == 302 and submit.url == reverse("listings:submitted")
    assert report.status_code == 302 and report.url == reverse("listings:reported")
    assert check.status_code == 200 and check.context.get("result") is None
    assert not saved_anything()


def test_honeypot_is_hidden_from_people_by_its_css_class(client, listing):
    for url in (CHECK, reverse("listings:report_listing", args=[listing.pk]), listing.get_absolute_url()):
        body = client.get(url).content.decode()
        assert '<div class="hp-field" aria-hidden="true">' in body
        assert 'name="website_url"' in body


def test_a_person_who_waited_long_enough_gets_through(client, settings, listing):
    settings.PUBLIC_FORM_MIN_SECONDS = 3

    client.post(
        reverse("listings:report_listing", args=[listing.pk]), report_data(started=signed_start(time.time() - 4))
    )

    assert Report.objects.count() == 1


# --- Rate limits ----------------------------------------------------------------------------------
def test_over_the_limit_is_429_per_form_and_per_ip(settings, listing):
    settings.PUBLIC_POST_RATE = "3/h"
    client = Client(REMOTE_ADDR="203.0.113.7")
    other_ip = Client(REMOTE_ADDR="203.0.113.8")
    report_url = reverse("listings:report_listing", args=[listing.pk])

    statuses = [client.post(report_url, report_data()).status_code for _ in range(4)]

    assert statuses == [302, 302, 302, 429]
    assert "Too many requests" in client.post(report_url, report_data()).content.decode()
    assert Report.objects.count() == 3
    assert other_ip.post(report_url, report_data()).status_code == 302
    assert client.post(CHECK, offer_data()).status_code == 200  # another form has its own counter
    assert client.get(report_url).status_code == 200  # reading is never limited


def test_forwarded_for_header_does_not_escape_the_limit(settings, listing):
    settings.PUBLIC_POST_RATE = "2/h"
    client = Client(REMOTE_ADDR="203.0.113.9")
    report_url = reverse("listings:report_listing", args=[listing.pk])

    statuses = [
        client.post(report_url, report_data(), HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(3)
    ]

    assert statuses == [302, 302, 429]


@pytest.mark.parametrize("url", [CHECK, SUBMIT])
def test_check_and_submit_are_rate_limited(settings, url):
    settings.PUBLIC_POST_RATE = "2/h"
    client = Client(REMOTE_ADDR="203.0.113.10")

    statuses = [client.post(url, offer_data()).status_code for _ in range(3)]

    assert statuses[-1] == 429
    assert statuses[0] != 429


def test_rate_limit_counters_live_in_redis_and_are_shared_across_processes(settings, redis_server, listing):
    """Another process's hits (here: a separate Redis connection) count against the same limit."""
    import redis

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_server.url}
    }
    settings.PUBLIC_POST_RATE = "5/h"
    cache.clear()
    client = Client(REMOTE_ADDR="203.0.113.11")
    report_url = reverse("listings:report_listing", args=[listing.pk])

    assert client.post(report_url, report_data()).status_code == 302
    assert client.post(report_url, report_data()).status_code == 302

    raw = redis.Redis.from_url(redis_server.url)
    keys = [key for key in raw.keys("*") if b"rl:" in key]
    assert len(keys) == 1 and int(raw.get(keys[0])) == 2
    raw.incrby(keys[0], 3)  # three hits counted by another worker process

    assert client.post(report_url, report_data()).status_code == 429
    assert Report.objects.count() == 2
