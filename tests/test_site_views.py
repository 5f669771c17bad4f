"""Job seekers' pages: browse filters, sort, search, pagination, detail, employer, guide, and constant queries."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from listings.filters import region_choices, region_known
from listings.models import Answer, Listing, PayBasis, TrainingPay, WorkerStatus
from tests.factories import EmployerFactory, FeeFactory, ListingFactory

pytestmark = pytest.mark.django_db

BROWSE = reverse("listings:browse")


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Most tests change listings between requests; the page cache has its own test below."""
    settings.PAGE_CACHE_SECONDS = 0


def titles(response) -> list[str]:
    return [listing.title for listing in response.context["listings"]]


def browse(client, **params):
    response = client.get(BROWSE, params)
    assert response.status_code == 200
    return response


# --- Browse: published only, every filter --------------------------------------------------------
def test_browse_shows_published_listings_only(client):
    ListingFactory(title="Published one", published=True)
    ListingFactory(title="Pending one")
    ListingFactory(title="Rejected one", status=Listing.Status.REJECTED)

    response = browse(client)

    assert titles(response) == ["Published one"]
    assert "Pending one" not in response.content.decode()


def test_browse_filters_by_work_type_repeatable(client):
    ListingFactory(title="Sales", work=["sales"], published=True)
    ListingFactory(title="Support", work=["tech_support"], published=True)
    ListingFactory(title="Surveys", work=["surveys"], published=True)

    response = browse(client, work_type=["sales", "surveys"])

    assert sorted(titles(response)) == ["Sales", "Surveys"]


def test_browse_filters_by_direction_including_both(client):
    ListingFactory(title="In", direction="inbound", published=True)
    ListingFactory(title="Out", direction="outbound", published=True)
    ListingFactory(title="Both", direction="both", published=True)

    assert sorted(titles(browse(client, direction="outbound"))) == ["Both", "Out"]


@pytest.mark.parametrize(
    "param, value, field, other",
    [
        ("pay_basis", PayBasis.CALL, "pay_basis", PayBasis.HOUR),
        ("worker_status", WorkerStatus.CONTRACTOR, "worker_status", WorkerStatus.EMPLOYEE),
    ],
)
def test_browse_filters_by_choice(client, param, value, field, other):
    ListingFactory(title="Match", published=True, **{field: value})
    ListingFactory(title="Other", published=True, **{field: other})

    assert titles(browse(client, **{param: value})) == ["Match"]


def test_browse_region_matches_the_code_or_its_country(client):
    ListingFactory(title="New York", regions=["US-NY"], published=True)
    ListingFactory(title="All of the U.S.", regions=["US"], published=True)
    ListingFactory(title="Texas", regions=["US-TX"], published=True)
    ListingFactory(title="Ontario", regions=["CA-ON"], published=True)

    assert sorted(titles(browse(client, region="US-NY"))) == ["All of the U.S.", "New York"]
    assert titles(browse(client, region="CA-ON")) == ["Ontario"]


def test_browse_minimum_score_and_verdict(client):
    good = ListingFactory(title="Good", published=True)
    bad = ListingFactory(title="Bad", training_pay=TrainingPay.CHARGED, published=True)
    assert good.score > bad.score

    assert titles(browse(client, min_score=good.score)) == ["Good"]
    assert titles(browse(client, verdict=[bad.verdict])) == ["Bad"]
    assert sorted(titles(browse(client, verdict=[bad.verdict, good.verdict]))) == ["Bad", "Good"]


def test_browse_paid_training_and_no_fees(client):
    ListingFactory(title="Paid, no fees", published=True)
    ListingFactory(title="Unpaid training", training_pay=TrainingPay.UNPAID, published=True)
    FeeFactory(listing=ListingFactory(title="Has a fee", published=True))

    assert sorted(titles(browse(client, paid_training="on"))) == ["Has a fee", "Paid, no fees"]
    assert sorted(titles(browse(client, no_fees="on"))) == ["Paid, no fees", "Unpaid training"]
    assert titles(browse(client, paid_training="on", no_fees="on")) == ["Paid, no fees"]


def test_browse_three_filters_together(client):
    ListingFactory(title="Fits", work=["sales"], regions=["US-NY"], pay_basis=PayBasis.HOUR, published=True)
    ListingFactory(title="Wrong region", work=["sales"], regions=["PH"], pay_basis=PayBasis.HOUR, published=True)
    ListingFactory(title="Wrong basis", work=["sales"], regions=["US"], pay_basis=PayBasis.CALL, published=True)

    assert titles(browse(client, work_type="sales", region="US-NY", pay_basis="hour")) == ["Fits"]


# --- Search ----------------------------------------------------------------------------------------
def test_search_matches_title_description_and_employer(client):
    ListingFactory(title="Bilingual reservations agent", published=True)
    ListingFactory(title="Agent", description="You will handle hotel bookings", published=True)
    ListingFactory(title="Plain", employer=EmployerFactory(name="Zephyr Calls"), published=True)
    ListingFactory(title="Unrelated", published=True)

    assert titles(browse(client, q="reservations")) == ["Bilingual reservations agent"]
    assert titles(browse(client, q="booking")) == ["Agent"]  # stemmed: "bookings"
    assert titles(browse(client, q="zephyr")) == ["Plain"]


def test_search_for_a_kind_of_work_finds_the_listings_tagged_with_it(client):
    ListingFactory(title="Inbound agent", description="Answer calls.", work=["customer_service"], published=True)
    ListingFactory(title="Customer service rep", work=["sales"], published=True)
    ListingFactory(title="Survey caller", description="Call people.", work=["surveys"], published=True)

    assert sorted(titles(browse(client, q="customer service"))) == ["Customer service rep", "Inbound agent"]
    assert titles(browse(client, q="tech support")) == []
    assert "Survey caller" not in titles(browse(client, q="service"))  # part of one type's name finds that type only


def test_search_with_query_syntax_characters_does_not_fail(client):
    ListingFactory(title="Agent", published=True)

    for junk in ['"unclosed', "a & | ! b", "-", "(((", "' OR 1=1 --"]:
        browse(client, q=junk)


def test_search_uses_the_gin_index_on_postgresql():
    from django.db import connection

    from listings.filters import search_listings

    # On a near-empty test table any plan is cheap: leave the planner only bitmap scans, and no ORDER BY
    # (which a walk of the primary key would satisfy), to see whether the search can use its index.
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        cursor.execute("SET enable_indexscan = off")
        try:
            plan = search_listings(Listing.objects.all(), "agent").order_by().explain()
        finally:
            cursor.execute("SET enable_seqscan = on")
            cursor.execute("SET enable_indexscan = on")
    assert "listing_search_idx" in plan


# --- Sort and pagination -----------------------------------------------------------------------
def test_sort_by_score_newest_and_hourly(client):
    low_pay = ListingFactory(title="Low pay", pay_amount=Decimal("11"), published=True)
    high_pay = ListingFactory(title="High pay", pay_amount=Decimal("22"), published=True)
    worse = ListingFactory(title="Worse", pay_amount=Decimal("16"), training_pay=TrainingPay.UNPAID, published=True)
    Listing.objects.filter(pk=low_pay.pk).update(published_at="2026-01-03T00:00Z")
    Listing.objects.filter(pk=high_pay.pk).update(published_at="2026-01-01T00:00Z")
    Listing.objects.filter(pk=worse.pk).update(published_at="2026-01-02T00:00Z")

    assert titles(browse(client, sort="hourly")) == ["High pay", "Worse", "Low pay"]
    assert titles(browse(client, sort="newest")) == ["Low pay", "Worse", "High pay"]
    assert titles(browse(client, sort="score"))[-1] == "Worse"
    assert titles(browse(client))[-1] == "Worse"


def test_best_pay_first_compares_pay_with_each_country_s_minimum_not_raw_numbers(client):
    ListingFactory(title="Dollar wage", pay_amount=Decimal("16"), published=True)  # about 2x the U.S. minimum
    ListingFactory(
        title="Rupee salary",  # Rs 50,000 a month: the largest number, but under 2x Pakistan's minimum
        pay_basis="salary",
        pay_amount=Decimal("600000"),
        pay_currency="PKR",
        regions=["PK"],
        published=True,
    )
    ListingFactory(title="Pay not stated", pay_basis="unknown", pay_amount=None, published=True)

    body = browse(client, sort="hourly").content.decode()

    assert titles(browse(client, sort="hourly")) == ["Dollar wage", "Rupee salary", "Pay not stated"]
    assert "the local minimum wage" in body


def test_pagination_keeps_the_query_in_the_links(client):
    for n in range(25):
        ListingFactory(title=f"Agent {n:02}", work=["sales"], published=True, scored=False)

    first = browse(client, work_type="sales", sort="newest")
    second = browse(client, work_type="sales", sort="newest", page=2)

    assert len(first.context["listings"]) == 20
    assert len(second.context["listings"]) == 5
    assert "work_type=sales&amp;sort=newest&amp;page=2" in first.content.decode()
    assert not set(titles(first)) & set(titles(second))


@pytest.mark.parametrize("page_number", ["abc", "0", "-1", "999999999999999999999", "%00", "1.5"])
def test_junk_page_numbers_show_a_page(client, page_number):
    ListingFactory(published=True)

    response = client.get(BROWSE, {"page": page_number})

    assert response.status_code == 200
    assert len(response.context["listings"]) == 1


@pytest.mark.parametrize(
    "params",
    [
        {"sort": "title; DROP TABLE listings_listing"},
        {"sort": "-id"},
        {"min_score": "1e309"},
        {"min_score": "-5"},
        {"min_score": "abc"},
        {"region": "ZZ-QQ"},
        {"region": "' OR 1=1 --"},
        {"work_type": ["sales", "nonsense"]},
        {"verdict": "great"},
        {"direction": ")--"},
        {"q": "x" * 5000},
        {"paid_training": "maybe"},
        {"employer__name": "x", "status": "pending", "order_by": "id"},
    ],
)
def test_junk_query_parameters_never_fail(client, params):
    ListingFactory(published=True)
    ListingFactory(title="Pending")

    response = client.get(BROWSE, params)

    assert response.status_code in (200, 400)
    assert "Pending" not in titles(response)


@pytest.mark.parametrize("params", [{"q": "a\x00b"}, {"region": "\x00"}, {"work_type": ["sales", "\x00"]}])
def test_a_nul_byte_in_a_query_parameter_is_a_clear_400(client, params):
    response = client.get(BROWSE, params)

    assert response.status_code == 400
    assert "This request could not be read" in response.content.decode()


def test_invalid_filter_shows_its_error_on_the_field(client):
    response = browse(client, min_score="150")

    body = response.content.decode()
    assert "Some filters could not be used" in body
    assert "less than or equal to 100" in body


def test_browse_links_to_the_digest_sign_up_with_the_same_query(client):
    response = browse(client, work_type="sales", region="US-NY")

    assert "/subscribe/?work_type=sales&amp;region=US-NY" in response.content.decode()


def test_empty_browse_says_what_to_do(client):
    assert "No listings are published yet" in browse(client).content.decode()
    ListingFactory(published=True, work=["sales"])
    assert "No listings match these filters" in browse(client, work_type="surveys").content.decode()


def test_browse_and_home_are_served_from_the_shared_cache_for_a_while(client, settings, django_assert_num_queries):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    ListingFactory(title="First", published=True)
    assert titles(browse(client, sort="newest")) == ["First"]
    ListingFactory(title="Second", published=True)

    with django_assert_num_queries(0):
        cached = client.get(BROWSE, {"sort": "newest"})

    assert "Second" not in cached.content.decode()
    assert "max-age=60" in cached["Cache-Control"]
    assert titles(browse(client, sort="score"))[0] in {"First", "Second"}  # another query: its own entry
    settings.PAGE_CACHE_SECONDS = 0
    assert "Second" in client.get(BROWSE, {"sort": "newest"}).content.decode()


# --- Query counts stay the same as listings grow ----------------------------------------------------------------
def _make_listings(count: int) -> None:
    """Many published, scored listings fast: copies of one scored listing, with regions and work types."""
    template = ListingFactory(published=True, regions=["US", "CA-ON"], work=["sales", "surveys"])
    FeeFactory(listing=template, timing="after_offer", kind="background_check")
    fields = {f.attname: getattr(template, f.attname) for f in Listing._meta.concrete_fields if f.attname != "id"}
    rows = Listing.objects.bulk_create([Listing(**{**fields, "title": f"Agent {i}"}) for i in range(count - 1)])
    regions = Listing.hiring_regions.through
    works = Listing.work_types.through
    regions.objects.bulk_create([regions(listing_id=r.pk, region_id=c) for r in rows for c in ("US", "CA-ON")])
    works.objects.bulk_create([works(listing_id=r.pk, worktype_id=c) for r in rows for c in ("sales", "surveys")])


BROWSE_CASES = [
    {},
    {"work_type": "sales", "region": "US-NY", "pay_basis": "hour", "sort": "score"},
    {"q": "agent", "sort": "hourly", "page": "2"},
    {"no_fees": "on", "paid_training": "on", "verdict": ["looks_legitimate", "red_flags"], "min_score": "10"},
]


@pytest.mark.parametrize("params", BROWSE_CASES)
@pytest.mark.parametrize("count", [10, 1000])
def test_browse_runs_a_constant_number_of_queries(client, django_assert_num_queries, params, count):
    _make_listings(count)
    region_choices()  # each process reads the regions once (listings.filters), so never on a browse request
    # The planner's estimate of the matches, the capped matches (which hold every page's ids: here few are
    # expected, so sent with index walks off in the same statement), the page's rows (the cards' work types come
    # with them); a search adds employers matched by name.
    expected = 4 if "q" in params else 3

    with django_assert_num_queries(expected):
        response = client.get(BROWSE, params)

    assert response.status_code == 200


@pytest.mark.parametrize("count", [10, 1000])
def test_detail_and_home_run_a_constant_number_of_queries(client, django_assert_num_queries, count):
    _make_listings(count)
    listing = Listing.objects.published().filter(fees__isnull=True).select_related("employer").last()
    employer_url = listing.employer.get_absolute_url()

    # The listing with its employer (its work types, regions and that it asks no fee, from its filter tags); the
    # regions' names from the table each process reads once.
    region_known("US")
    with django_assert_num_queries(1):
        response = client.get(listing.get_absolute_url())
    assert response.status_code == 200
    body = response.content.decode()
    assert "Sales / telemarketing, Surveys" in body and "None stated" in body
    with_fee = Listing.objects.published().filter(fees__isnull=False).get()
    with django_assert_num_queries(2):  # and its fees
        assert "Background / credit check" in client.get(with_fee.get_absolute_url()).content.decode()
    with django_assert_num_queries(4):  # best listings, their work types, two counts
        assert client.get(reverse("listings:home")).status_code == 200
    with django_assert_num_queries(6):  # employer, regions, listings, work types, status history, upheld reports
        assert client.get(employer_url).status_code == 200


# --- Listing detail -----------------------------------------------------------------------------------
def test_unpublished_listing_is_404_with_the_styled_page(client):
    pending = ListingFactory()
    expired = ListingFactory(status=Listing.Status.EXPIRED)

    for listing in (pending, expired):
        response = client.get(listing.get_absolute_url())
        assert response.status_code == 404
        assert "Page not found" in response.content.decode()


def test_detail_shows_verdict_in_text_findings_with_guide_links_and_questions(client):
    listing = ListingFactory(training_pay=TrainingPay.UNPAID, guaranteed_minimum=Answer.UNKNOWN, published=True)

    body = client.get(listing.get_absolute_url()).content.decode()

    assert f"Score {listing.score} out of 100" in body
    assert listing.get_verdict_display() in body
    for finding in listing.findings:
        assert finding["explanation"].replace("'", "&#x27;").replace('"', "&quot;") in body
        anchor = finding["faq"].lower() if finding["faq"].startswith("Q") else "beyond-the-faq"
        assert f'href="/guide/#{anchor}"' in body
    assert "Questions to ask the employer" in body
    assert "Report this listing" in body


def test_detail_pay_chart_draws_the_estimate_against_references_with_text(client):
    listing = ListingFactory(pay_amount=Decimal("15.00"), hours_per_week=30, published=True)

    body = client.get(listing.get_absolute_url()).content.decode()

    svg = re.search(r"<svg.*?</svg>", body, re.S).group(0)
    assert 'role="img"' in svg and "<title" in svg
    assert "$7.25" in svg and "$10.27" in svg and "$15.81" in svg and "$26.12" in svg
    assert f"${listing.hourly_estimate}" in body
    assert "How this estimate was made" in body
    assert "style=" not in body


def test_detail_says_why_pay_cannot_be_estimated(client):
    listing = ListingFactory(pay_basis=PayBasis.UNKNOWN, pay_amount=None, published=True)

    body = client.get(listing.get_absolute_url()).content.decode()

    assert "We cannot estimate the hourly pay" in body
    assert "<svg" not in body


def test_detail_escapes_listing_text_and_links_only_http_sources(client):
    script = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'
    employer = EmployerFactory(name=f"Evil {script}", slug="evil", public_note=script, flagged=True)
    listing = ListingFactory(title=f"T {script}", description=script, employer=employer, published=True)
    Listing.objects.filter(pk=listing.pk).update(source_url="javascript:alert(1)")

    body = client.get(listing.get_absolute_url()).content.decode()

    assert "<script>alert(1)" not in body
    assert "<img src=x" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "javascript:alert" not in body


def test_detail_shows_a_blocked_employer_in_words(client):
    listing = ListingFactory(employer=EmployerFactory(blocked=True, public_note="Asked seekers for gift cards."))
    Listing.objects.filter(pk=listing.pk).update(status=Listing.Status.PUBLISHED)

    body = client.get(listing.get_absolute_url()).content.decode()

    assert "Blocked: do not apply" in body
    assert "Asked seekers for gift cards." in body


# --- Employer, home, guide --------------------------------------------------------------------------
def test_employer_page_shows_status_note_regions_and_published_listings(client):
    employer = EmployerFactory(verified=True, public_note="Payroll employer, checked.")
    employer.hiring_regions.set(["US-TX", "PH"])
    ListingFactory(title="Live one", employer=employer, published=True)
    ListingFactory(title="Hidden one", employer=employer)

    body = client.get(employer.get_absolute_url()).content.decode()

    assert "Verified by moderators" in body
    assert "Payroll employer, checked." in body
    assert "Texas" in body and "Philippines" in body
    assert "Live one" in body and "Hidden one" not in body


def test_unknown_employer_is_404(client):
    assert client.get(reverse("listings:employer", kwargs={"slug": "nobody"})).status_code == 404


def test_home_shows_best_listings_and_counts(client):
    ListingFactory(title="Top offer", employer=EmployerFactory(verified=True), published=True)
    ListingFactory(title="Unpublished offer")

    body = client.get(reverse("listings:home")).content.decode()

    assert "Check an offer" in body
    assert "Top offer" in body and "Unpublished offer" not in body
    assert "<strong>1</strong> listing scored" in body
    assert "<strong>1</strong> employer reviewed" in body


def test_guide_has_an_anchor_per_question_and_beyond_the_faq(client):
    body = client.get(reverse("listings:guide")).content.decode()

    for n in range(1, 12):
        assert f'id="q{n}"' in body
    assert 'id="beyond-the-faq"' in body


def test_healthz_answers_ok(client):
    response = client.get("/healthz")

    assert response.status_code == 200 and response.content == b"ok"


def test_pages_have_one_h1_and_labelled_inputs(client):
    listing = ListingFactory(published=True)
    for url in [reverse("listings:home"), BROWSE, listing.get_absolute_url(), reverse("listings:check")]:
        body = client.get(url).content.decode()
        assert body.count("<h1") == 1, url
        controls = re.findall(r"<(?:input|select|textarea)[^>]*>", body)
        ids = [re.search(r'\bid="([^"]+)"', c).group(1) for c in controls if 'type="hidden"' not in c]
        assert ids or url != reverse("listings:check")
        for input_id in ids:
            assert f'for="{input_id}"' in body, (url, input_id)


def test_broad_results_are_counted_up_to_a_cap(client, monkeypatch):
    from listings import pagination

    monkeypatch.setattr(pagination, "COUNT_CAP", 3)
    for n in range(5):
        ListingFactory(title=f"Agent {n}", published=True, scored=False)

    response = browse(client)

    assert "3+ listings" in response.content.decode()
    assert len(response.context["listings"]) == 3


def test_server_error_page_is_styled(rf):
    from django.views.defaults import server_error

    response = server_error(rf.get("/"))

    body = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong on our side" in body
    assert "vendor/bootstrap/bootstrap.min.css" in body


def test_the_site_has_an_icon_where_browsers_look_for_it(client):
    from django.contrib.staticfiles import finders

    home = client.get("/").content.decode()
    icon = client.get("/favicon.ico")

    assert 'rel="icon"' in home
    assert icon.status_code == 302 and icon["Location"].endswith("favicon.svg")
    assert finders.find("img/favicon.svg")  # served by WhiteNoise once collected
