"""The JSON API as a client uses it: listings as the browse page lists them, one listing, one employer, checking an
offer's text (the check page's verdict), clear JSON errors, throttling in the shared Redis counters, OpenAPI."""

import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from listings.abuse import signed_start
from listings.models import Employer, Listing
from listings.offer_form import MAX_OFFER_TEXT
from listings.services import listing_saved
from listings.subscriptions.mail import absolute_url
from tests.factories import EmployerFactory, FeeFactory, ListingFactory

pytestmark = pytest.mark.django_db

LISTINGS = "/api/v1/listings"
CHECK = "/api/v1/check"
BROWSE = reverse("listings:browse")
CHECK_PAGE = reverse("listings:check")


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def get_json(client, url, params=None, status=200):
    response = client.get(url, params or {})
    assert response.status_code == status, response.content[:800]
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def post_check(client, text, **extra):
    return client.post(CHECK, json.dumps({"text": text}), content_type="application/json", **extra)


def browse_ids(client, params) -> list[int]:
    response = client.get(BROWSE, params)
    assert response.status_code == 200
    return [listing.pk for listing in response.context["listings"]]


# --- Listings ------------------------------------------------------------------------------------------
def test_listings_are_paginated_with_links_to_the_next_and_previous_pages(client):
    for n in range(25):
        ListingFactory(title=f"Agent {n:02}", work=["sales"], published=True, scored=False)

    first = get_json(client, LISTINGS, {"work_type": "sales", "sort": "newest"})
    second = get_json(client, first["next"].removeprefix(absolute_url("")))

    assert (first["count"], first["pages"], first["page"], len(first["items"])) == (25, 2, 1, 20)
    assert first["previous"] is None
    assert first["next"] == absolute_url(f"{LISTINGS}?work_type=sales&sort=newest&page=2")
    assert (second["page"], len(second["items"]), second["next"]) == (2, 5, None)
    assert second["previous"] == absolute_url(f"{LISTINGS}?work_type=sales&sort=newest&page=1")
    first_ids = {item["id"] for item in first["items"]}
    assert not first_ids & {item["id"] for item in second["items"]}
    assert len(first_ids) + 5 == Listing.objects.count()


def test_page_size_is_chosen_within_bounds(client):
    for _ in range(3):
        ListingFactory(published=True, scored=False)

    small = get_json(client, LISTINGS, {"page_size": 2})

    assert len(small["items"]) == 2 and small["pages"] == 2
    assert small["next"].endswith("page=2&page_size=2")
    assert "page_size" in json.dumps(get_json(client, LISTINGS, {"page_size": 500}, status=422)["detail"])
    assert "page" in json.dumps(get_json(client, LISTINGS, {"page": "abc"}, status=422)["detail"])


def test_a_page_past_the_last_is_404_in_words(client):
    ListingFactory(published=True)

    body = get_json(client, LISTINGS, {"page": 3}, status=404)

    assert body == {"detail": "There is no page 3: these filters give 1 page(s)."}


def test_the_filters_give_what_the_browse_page_lists_in_its_order(client):
    ListingFactory(title="Clean sales", work=["sales"], published=True)
    kit = ListingFactory(title="Kit", published=True, scored=False)
    FeeFactory(listing=kit)
    listing_saved(listing=kit)
    ListingFactory(title="Ontario", published=True, regions=["CA-ON"], training_pay="unpaid", direction="outbound")
    ListingFactory(title="Pending", work=["sales"])
    ListingFactory(title="Rejected", status=Listing.Status.REJECTED)
    queries = [
        {},
        {"work_type": "sales"},
        {"no_fees": "true", "sort": "hourly"},
        {"verdict": ["likely_scam", "red_flags"], "sort": "newest"},
        {"region": "CA-ON"},
        {"direction": "outbound", "min_score": "10"},
        {"q": "Ontario"},
        {"utm_source": "newsletter"},
    ]

    for query in queries:
        api_ids = [item["id"] for item in get_json(client, LISTINGS, query)["items"]]
        assert api_ids == browse_ids(client, query), query
    assert len(get_json(client, LISTINGS)["items"]) == 3  # nothing unpublished


@pytest.mark.parametrize(
    "params, field",
    [
        ({"min_score": "150"}, "min_score"),
        ({"sort": "-id"}, "sort"),
        ({"verdict": "great"}, "verdict"),
        ({"work_type": ["sales", "nonsense"]}, "work_type"),
        ({"region": "' OR 1=1 --"}, "region"),
    ],
)
def test_a_filter_value_that_cannot_be_used_is_a_400_naming_it(client, params, field):
    ListingFactory(published=True)

    body = get_json(client, LISTINGS, params, status=400)

    assert list(body["detail"]) == [field]
    assert body["detail"][field][0]


def test_a_summary_carries_verdict_score_pay_employer_and_links(client):
    employer = EmployerFactory(name="Acme Support", verified=True)
    listing = ListingFactory(title="Inbound agent", employer=employer, pay_amount="16.50", published=True)
    listing.refresh_from_db()

    (item,) = get_json(client, LISTINGS)["items"]

    assert item["title"] == "Inbound agent"
    assert item["url"] == absolute_url(listing.get_absolute_url())
    assert item["api_url"] == absolute_url(f"{LISTINGS}/{listing.pk}")
    assert (item["verdict"], item["verdict_label"], item["score"]) == (
        listing.verdict,
        listing.get_verdict_display(),
        listing.score,
    )
    assert item["pay"]["basis"] == "hour" and item["pay"]["amount"] == "16.50" and item["pay"]["currency"] == "USD"
    assert item["pay"]["hourly_estimate"] == str(listing.hourly_estimate)
    assert item["employer"] == {
        "name": "Acme Support",
        "slug": employer.slug,
        "status": "verified",
        "status_label": "Verified by moderators",
        "url": absolute_url(employer.get_absolute_url()),
        "api_url": absolute_url(f"/api/v1/employers/{employer.slug}"),
    }
    assert item["caution"] == ""


def test_listings_run_a_constant_number_of_queries(client, django_assert_max_num_queries):
    for _ in range(3):
        ListingFactory(published=True)
    with django_assert_max_num_queries(10) as few:
        get_json(client, LISTINGS)
    for _ in range(20):
        ListingFactory(published=True)

    with django_assert_max_num_queries(len(few.captured_queries)):
        get_json(client, LISTINGS)


# --- One listing -----------------------------------------------------------------------------------------
def test_a_listing_shows_its_findings_with_their_checklist_question_and_the_offer_s_words(client):
    from scoring.extraction import extract

    text = "Inbound customer service from home. You must buy a $99 starter kit before interview."
    listing = ListingFactory(published=True, description=text, evidence=extract(text).as_dict(), scored=False)
    FeeFactory(listing=listing, kind="starter_kit", amount="99", timing="before_offer")
    listing_saved(listing=listing)
    listing.refresh_from_db()

    body = get_json(client, f"{LISTINGS}/{listing.pk}")

    assert body["verdict"] == "likely_scam" == listing.verdict
    assert [f["rule"] for f in body["findings"]] == [f["rule"] for f in listing.findings]
    fee = next(f for f in body["findings"] if f["rule"] == "fee_before_offer")
    assert fee["checklist_question"] == "Q4" and fee["severity"] == "fraud"
    assert fee["guide_url"] == absolute_url("/guide/#q4")
    assert any("starter kit" in quote for quote in fee["evidence"])
    assert fee["explanation"] and fee["ask"] in body["questions"]
    assert body["fees"] == [
        {"kind": "starter_kit", "amount": "99.00", "currency": "USD", "timing": "before_offer", "recurring": "no"}
    ]
    assert body["hiring_regions"] == ["US"] and body["description"] == text


def test_unpublished_and_unknown_listings_are_404(client):
    pending = ListingFactory()
    rejected = ListingFactory(status=Listing.Status.REJECTED)

    for pk in (pending.pk, rejected.pk, 999_999):
        assert get_json(client, f"{LISTINGS}/{pk}", status=404) == {"detail": "Not Found"}
    assert client.get(f"{LISTINGS}/abc").status_code == 404


def test_no_moderator_only_data_is_served(client):
    employer = EmployerFactory(name="Noted", flagged=True, moderator_note="PRIVATE moderator note")
    listing = ListingFactory(
        employer=employer,
        published=True,
        source_label="fraudulent",
        external_id="ROW-77",
        recruiter_email="hr@noted.example",
        source_url="javascript:alert(1)",
    )

    bodies = [
        client.get(url).content.decode()
        for url in (LISTINGS, f"{LISTINGS}/{listing.pk}", f"/api/v1/employers/{employer.slug}")
    ]

    for body in bodies:
        for secret in ("PRIVATE", "fraudulent", "ROW-77", "hr@noted.example", "javascript:", "status_changed_by"):
            assert secret not in body
    assert json.loads(bodies[1])["source_url"] == ""


# --- Employers ---------------------------------------------------------------------------------------------
def test_an_employer_with_its_published_listings_best_first(client):
    employer = EmployerFactory(name="Good Calls", verified=True, public_note="Checked with the BBB.")
    best = ListingFactory(employer=employer, published=True)
    worse = ListingFactory(employer=employer, published=True, hours_per_week=None, benefits="unknown")
    ListingFactory(employer=employer, title="Pending")

    body = get_json(client, f"/api/v1/employers/{employer.slug}")

    assert (body["name"], body["status"], body["public_note"]) == ("Good Calls", "verified", "Checked with the BBB.")
    assert [item["id"] for item in body["listings"]] == [best.pk, worse.pk]
    assert body["feed_url"] == absolute_url(reverse("listings:employer_feed", args=[employer.slug]))


def test_an_employer_nobody_may_see_and_an_unknown_one_are_404(client):
    hidden = EmployerFactory(name="Typed into a submission")
    ListingFactory(employer=hidden)

    assert get_json(client, f"/api/v1/employers/{hidden.slug}", status=404)["detail"]
    assert get_json(client, "/api/v1/employers/no-such-employer", status=404)["detail"]


# --- Checking an offer's text ----------------------------------------------------------------------------
SCAM_TEXT = (
    "Customer service agent at Ironbridge Teleservices. Inbound calls from home. Pay: $0.40 per call. "
    "Independent contractor. You must buy a $99 starter kit before interview. Training is unpaid for 5 days."
)
FAIR_TEXT = (
    "Customer service agent at Ironbridge Teleservices. Answer inbound calls from home in the United States. "
    "Pay is $16 per hour, W-2 employee, paid training for two weeks, 30 hours a week, benefits included. "
    "We provide the computer and headset. Apply online; a phone interview follows."
)


def page_verdict(client, text: str) -> tuple[str, int]:
    """What the check page gives for `text`: paste it, and read the result page it redirects to."""
    result = client.post(
        CHECK_PAGE,
        {"read_offer": "1", "paste-offer_text": text, "paste-website_url": "", "paste-started": signed_start(0)},
        follow=True,
    )
    assert result.status_code == 200 and result.redirect_chain, "the page answers a check with a redirect"
    checked = result.context["result"]
    return checked.verdict, checked.score


@pytest.mark.parametrize("text", [SCAM_TEXT, FAIR_TEXT], ids=["scam", "fair"])
def test_the_check_gives_the_verdict_the_check_page_gives_for_the_same_text(client, settings, text):
    settings.PUBLIC_FORM_MIN_SECONDS = 0

    body = post_check(client, text).json()

    assert (body["verdict"], body["score"]) == page_verdict(client, text)


def test_the_check_counts_a_known_employer_s_status_as_the_page_does(client, settings):
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    EmployerFactory(name="Ironbridge Teleservices", blocked=True)

    body = post_check(client, FAIR_TEXT).json()

    assert body["verdict"] == "likely_scam"
    assert (body["verdict"], body["score"]) == page_verdict(client, FAIR_TEXT)


def test_the_check_explains_findings_with_their_question_evidence_and_the_answers_read(client):
    response = post_check(client, SCAM_TEXT)

    assert response.status_code == 200
    body = response.json()
    assert body["verdict"] == "likely_scam" and body["verdict_label"] == "Likely scam"
    fee = next(f for f in body["findings"] if f["rule"] == "fee_before_offer")
    assert fee["checklist_question"] == "Q4" and fee["guide_url"].endswith("/guide/#q4")
    assert any("starter kit" in quote for quote in fee["evidence"])
    assert body["answers"]["pay_basis"] == "call" and body["answers"]["pay_amount"] == "0.40"
    assert body["answers"]["fees"][0]["kind"] == "starter_kit"
    assert body["language"] == "en" and body["language_read"] is True
    assert fee["ask"] in body["questions"]


def test_a_check_saves_nothing(client):
    employers, listings = Employer.objects.count(), Listing.objects.count()

    assert post_check(client, SCAM_TEXT).status_code == 200

    assert (Employer.objects.count(), Listing.objects.count()) == (employers, listings)


def test_a_check_needs_no_csrf_token():
    client = Client(enforce_csrf_checks=True)

    response = post_check(client, SCAM_TEXT)

    assert response.status_code == 200
    assert response.json()["verdict"] == "likely_scam"


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "Paste the offer's text first."),
        ("   \n\t ", "Paste the offer's text first."),
        ("x" * (MAX_OFFER_TEXT + 1), f"That is more than {MAX_OFFER_TEXT} characters"),
    ],
    ids=["empty", "blank", "huge"],
)
def test_empty_or_huge_text_is_refused_with_a_clear_message(client, text, message):
    response = post_check(client, text)

    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"]["text"][0].startswith(message)


def test_a_body_larger_than_django_reads_is_413_in_words(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000

    response = post_check(client, "Call-center job. " * 100)

    assert response.status_code == 413
    assert "too large" in response.json()["detail"]


@pytest.mark.parametrize(
    "body, status, words",
    [
        ('{"text": "unclosed', 400, "not valid JSON"),
        ("text=hello", 400, "not valid JSON"),
        (b'{"text": "caf\xe9"}', 400, "not UTF-8"),
        ("{}", 422, "text"),
        ('{"text": 5}', 422, "text"),
        ('["a list"]', 422, ""),
        ("", 422, ""),
    ],
    ids=["broken-json", "form-encoded", "not-utf8", "no-text", "not-a-string", "a-list", "no-body"],
)
def test_a_body_that_is_not_an_offer_is_a_clear_json_error(client, body, status, words):
    response = client.post(CHECK, body, content_type="application/json")

    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    detail = response.json()["detail"]
    assert detail
    assert words in json.dumps(detail)


def test_only_post_checks(client):
    assert client.get(CHECK).status_code == 405


# --- Throttling ----------------------------------------------------------------------------------------------
@pytest.fixture
def redis_counters(settings, redis_server):
    """The rate-limit counters in Redis, as in production (the suite's own Redis server)."""
    import redis

    url = redis_server.url.rsplit("/", 1)[0] + "/2"
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "ratelimit": {"BACKEND": "vetting.redis_cache.RedisCache", "LOCATION": url},
    }
    raw = redis.Redis.from_url(url)
    raw.flushdb()
    return raw


def test_api_requests_over_the_rate_are_429_with_retry_after(settings, redis_counters):
    # An hour's window, not a minute's: the counters' windows are fixed, and a minute's could end between the third
    # request and the fourth on a busy machine (seen once in CI), starting the count again.
    settings.API_RATE = "3/h"
    ListingFactory(published=True)
    client = Client(REMOTE_ADDR="203.0.113.20")

    statuses = [client.get(LISTINGS).status_code for _ in range(3)]
    over = client.get(f"{LISTINGS}/1")

    assert statuses == [200, 200, 200]
    assert over.status_code == 429
    assert over["Retry-After"] == "3600"
    assert over.json() == {"detail": "Too many requests from your address: try again in 3600 seconds."}
    assert Client(REMOTE_ADDR="203.0.113.21").get(LISTINGS).status_code == 200  # another address
    assert any(b"rl:" in key for key in redis_counters.keys("*"))  # counted in Redis


def test_checks_are_limited_per_client_like_the_check_page(settings, redis_counters):
    settings.PUBLIC_POST_RATE = "2/h"
    client = Client(REMOTE_ADDR="203.0.113.30")

    statuses = [post_check(client, SCAM_TEXT).status_code for _ in range(3)]

    assert statuses == [200, 200, 429]
    over = post_check(client, SCAM_TEXT)
    assert over.status_code == 429 and over["Retry-After"] == "3600"
    assert "Too many requests" in over.json()["detail"]
    assert client.get(LISTINGS).status_code == 200  # reading is limited apart


def test_checks_share_the_check_page_s_budget_for_an_address(settings, redis_counters):
    settings.PUBLIC_POST_RATE_PER_IP = "3/h"
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    browser = Client(REMOTE_ADDR="203.0.113.40")
    program = Client(REMOTE_ADDR="203.0.113.40")

    page = browser.post(
        CHECK_PAGE, {"read_offer": "1", "paste-offer_text": SCAM_TEXT, "paste-started": signed_start(0)}
    )
    statuses = [post_check(program, SCAM_TEXT).status_code for _ in range(3)]

    assert page.status_code == 302  # the check went through: on to its result page
    assert statuses == [200, 200, 429]  # the page's check counted against the same address's budget
    assert browser.post(CHECK_PAGE, {"read_offer": "1", "paste-offer_text": SCAM_TEXT}).status_code == 429


def test_the_address_limit_holds_behind_the_trusted_proxy(settings, redis_counters):
    settings.API_RATE = "2/m"
    settings.TRUSTED_PROXY_HOPS = 1
    proxy = Client(REMOTE_ADDR="10.0.0.1")

    def get(client_address: str, spoofed: str = ""):
        forwarded = f"{spoofed}, {client_address}" if spoofed else client_address
        return proxy.get(LISTINGS, HTTP_X_FORWARDED_FOR=forwarded).status_code

    first = [get("198.51.100.1", spoofed=f"192.0.2.{n}") for n in range(3)]
    second = get("198.51.100.2")

    assert first == [200, 200, 429]  # a client-written address changes nothing
    assert second == 200


# --- OpenAPI ---------------------------------------------------------------------------------------------------
def test_the_openapi_schema_is_served_and_describes_every_endpoint(client):
    schema = get_json(client, "/api/v1/openapi.json")

    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == {
        "/api/v1/listings",
        "/api/v1/listings/{listing_id}",
        "/api/v1/employers/{slug}",
        "/api/v1/check",
    }
    parameters = {p["name"] for p in schema["paths"]["/api/v1/listings"]["get"]["parameters"]}
    assert parameters >= {"q", "work_type", "region", "verdict", "min_score", "sort", "page", "page_size"}
    assert "post" in schema["paths"]["/api/v1/check"]


def test_the_docs_page_runs_no_inline_script_under_the_site_s_csp(client):
    response = client.get("/api/v1/docs")

    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    body = response.content.decode()
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", body, re.S)
    assert scripts
    for attributes, content in scripts:
        assert "src=" in attributes or 'type="application/json"' in attributes, (attributes, content[:80])
