"""Public POSTs: CSRF, rate limits per browser and address through the shared cache, honeypot, time, tokens."""

import time

import pytest
from django.test import Client
from django.urls import reverse

from listings.abuse import signed_start
from listings.models import Listing, Report
from tests.factories import EmployerFactory, ListingFactory
from tests.test_site_forms import offer_data, report_data

pytestmark = pytest.mark.django_db

CHECK = reverse("listings:check")
SUBMIT = reverse("listings:submit")


@pytest.fixture
def listing():
    return ListingFactory(published=True)


def public_posts(listing):
    """(url, data) for every public POST on the site."""
    employer = EmployerFactory(verified=True)
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
    assert check.status_code == 302 and check.url == CHECK  # the blank form again: no result was made
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
REPORT = "listings:report_listing"


def browser_client(csrf: str, ip: str = "203.0.113.50", **extra) -> Client:
    """A browser with its own CSRF cookie (every public form sets one) behind address `ip`."""
    client = Client(REMOTE_ADDR=ip, **extra)
    client.cookies["csrftoken"] = csrf
    return client


def test_over_the_limit_is_429_per_form_with_retry_after(settings, listing):
    settings.PUBLIC_POST_RATE = "3/h"
    client = Client(REMOTE_ADDR="203.0.113.7")
    other_ip = Client(REMOTE_ADDR="203.0.113.8")
    report_url = reverse(REPORT, args=[listing.pk])

    statuses = [client.post(report_url, report_data()).status_code for _ in range(4)]
    over = client.post(report_url, report_data())

    assert statuses == [302, 302, 302, 429]
    assert "Too many requests" in over.content.decode()
    assert over["Retry-After"] == "3600"
    assert Report.objects.count() == 3
    assert other_ip.post(report_url, report_data()).status_code == 302
    assert client.post(CHECK, offer_data()).status_code == 302  # another form has its own counter
    assert client.get(report_url).status_code == 200  # reading is never limited


def test_forwarded_for_header_does_not_escape_the_limit_without_a_trusted_proxy(settings, listing):
    settings.PUBLIC_POST_RATE = "2/h"
    settings.TRUSTED_PROXY_HOPS = 0
    client = Client(REMOTE_ADDR="203.0.113.9")
    report_url = reverse(REPORT, args=[listing.pk])

    statuses = [
        client.post(report_url, report_data(), HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(3)
    ]

    assert statuses == [302, 302, 429]


def test_behind_the_proxy_each_client_is_limited_on_its_own_address(settings, listing):
    """Every request comes from the proxy's address; the client is the address the proxy appended."""
    settings.PUBLIC_POST_RATE = "2/h"
    settings.TRUSTED_PROXY_HOPS = 1
    report_url = reverse(REPORT, args=[listing.pk])

    def post(client_address: str, spoofed: str = ""):
        forwarded = f"{spoofed}, {client_address}" if spoofed else client_address
        return Client(REMOTE_ADDR="10.0.0.1").post(report_url, report_data(), HTTP_X_FORWARDED_FOR=forwarded)

    first = [post("198.51.100.1").status_code for _ in range(3)]
    second = [post("198.51.100.2").status_code for _ in range(2)]
    spoofing = [post("198.51.100.1", spoofed=f"192.0.2.{n}").status_code for n in range(2)]

    assert first == [302, 302, 429]
    assert second == [302, 302]  # not locked out by the first client, though both came through the proxy
    assert spoofing == [429, 429]  # a client-written leftmost address changes nothing


def test_many_browsers_behind_one_address_keep_checking_while_one_browser_is_limited(settings, listing):
    """A family or an internet cafe shares one address: each browser has its own budget, the address a larger one."""
    settings.PUBLIC_POST_RATE = "3/h"
    settings.PUBLIC_POST_RATE_PER_IP = "10/h"
    report_url = reverse(REPORT, args=[listing.pk])
    browsers = [browser_client(f"{n:032d}") for n in range(3)]

    each = [[b.post(report_url, report_data()).status_code for _ in range(3)] for b in browsers[:3]]
    greedy = browsers[0].post(report_url, report_data()).status_code  # counted against the address too
    eleventh = browser_client("f" * 32).post(report_url, report_data()).status_code

    assert each == [[302, 302, 302]] * 3
    assert greedy == 429  # one browser cannot use the whole address's budget
    assert eleventh == 429  # and the address has a ceiling however many browsers it fakes
    assert Report.objects.count() == 9


@pytest.mark.parametrize("url", [CHECK, SUBMIT])
def test_check_and_submit_are_rate_limited(settings, url):
    settings.PUBLIC_POST_RATE = "2/h"
    client = browser_client("c" * 32, ip="203.0.113.10")

    statuses = [client.post(url, offer_data()).status_code for _ in range(3)]

    assert statuses[-1] == 429
    assert statuses[0] != 429


def test_rate_limit_counters_live_in_redis_and_are_shared_across_processes(settings, redis_server, listing):
    """Another process's hits (here: a separate Redis connection) count against the same limit. The counters
    live in their own Redis database, apart from the page cache."""
    import redis

    counters_url = redis_server.url.rsplit("/", 1)[0] + "/2"
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "ratelimit": {"BACKEND": "vetting.redis_cache.RedisCache", "LOCATION": counters_url},
    }
    settings.PUBLIC_POST_RATE = "5/h"
    raw = redis.Redis.from_url(counters_url)
    raw.flushdb()
    client = Client(REMOTE_ADDR="203.0.113.11")
    report_url = reverse(REPORT, args=[listing.pk])

    assert client.post(report_url, report_data()).status_code == 302
    assert client.post(report_url, report_data()).status_code == 302

    keys = [key for key in raw.keys("*") if b"rl:" in key]
    per_browser = [key for key in keys if int(raw.get(key)) == 2]
    assert len(keys) == 2 and len(per_browser) == 2  # the per-browser and the per-address counter
    for key in keys:
        raw.incrby(key, 3)  # three hits counted by another worker process

    assert client.post(report_url, report_data()).status_code == 429
    assert Report.objects.count() == 2


# --- Start tokens ---------------------------------------------------------------------------------
def test_a_start_token_works_once_in_every_process(client, listing, settings, redis_server):
    """Spent tokens are kept in the shared Redis store (as in production), so a replay to another web
    process is refused too: here the spent mark is read back over a separate connection."""
    import redis

    tokens_url = redis_server.url.rsplit("/", 1)[0] + "/3"
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "ratelimit": {"BACKEND": "vetting.redis_cache.RedisCache", "LOCATION": tokens_url},
    }
    raw = redis.Redis.from_url(tokens_url)
    raw.flushdb()
    data = report_data(started=signed_start(time.time() - 10))
    report_url = reverse(REPORT, args=[listing.pk])

    first = client.post(report_url, data)
    spent = [key for key in raw.keys("*") if b"form-token:" in key]
    replay = client.post(report_url, data)

    assert first.status_code == replay.status_code == 302  # the bot sees the same answer
    assert len(spent) == 1
    assert Report.objects.count() == 1


def test_the_check_result_carries_a_fresh_token_for_sending_it_for_review(client, settings):
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    posted = offer_data(employer_name="Fresh Token Ltd")
    checked = client.post(CHECK, posted, follow=True)
    token = checked.context["check"].form.data["started"]

    assert token != posted["started"]  # the posted one is spent
    client.post(SUBMIT, {**posted, "started": token})

    assert Listing.objects.filter(status=Listing.Status.PENDING, employer__name="Fresh Token Ltd").count() == 1
