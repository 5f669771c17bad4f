"""The main journeys in Debian's Chromium (Playwright) against the live test server, with screenshots.

Screenshots of the main pages at desktop and phone width go to a temporary folder, so a test run leaves the
working tree clean; `make screenshots` sets SCREENSHOT_DIR to docs/screenshots/ (linked from the README).
"""

import io
import os
import re
import tempfile
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from playwright.sync_api import Page, expect

from listings.models import Listing, Report

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SHOTS = Path(os.environ.get("SCREENSHOT_DIR") or Path(tempfile.gettempdir()) / "vetting-screenshots")
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def seed_reference_data() -> None:
    """Regions, work types and the first rule set, as the data migrations make them (idempotent).

    A transactional test empties the tables when it ends; serialized rollback restores them, and this
    makes sure of it whatever order the tests run in.
    """
    from importlib import import_module

    from django.apps import apps

    from scoring.models import RuleSet

    import_module("listings.migrations.0002_seed_regions_and_work_types").seed(apps, None)
    if not RuleSet.objects.exists():
        import_module("scoring.migrations.0002_first_rule_set").seed(apps, None)


@pytest.fixture
def site(live_server, settings):
    """The live server with the demo data, people-speed form timing, and fresh rate-limit counters."""
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    settings.PAGE_CACHE_SECONDS = 0
    cache.clear()
    seed_reference_data()
    call_command("create_moderators_group")
    call_command("load_demo_data", stdout=io.StringIO())
    return live_server


@pytest.fixture
def csp_errors(page: Page):
    """Console errors about the Content-Security-Policy (inline styles or scripts would show up here)."""
    errors = []
    page.on(
        "console",
        lambda msg: msg.type == "error" and "Failed to load resource" not in msg.text and errors.append(msg.text),
    )
    page.on(
        "response",
        lambda r: (
            r.status >= 400
            and "/favicon.ico" not in r.url
            and "no-such-page" not in r.url
            and errors.append(f"{r.status} {r.url}")
        ),
    )
    return errors


def shoot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size(DESKTOP)
    page.screenshot(path=str(SHOTS / f"{name}-desktop.png"), full_page=True)
    page.set_viewport_size(PHONE)
    height = min(page.evaluate("document.documentElement.scrollHeight"), 2400)  # long forms: the top part
    clip = {"x": 0, "y": 0, "width": PHONE["width"], "height": height}
    page.screenshot(path=str(SHOTS / f"{name}-phone.png"), full_page=True, clip=clip)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{name} scrolls sideways at phone width ({width}px)"
    page.set_viewport_size(DESKTOP)


def test_browse_filter_open_a_listing_and_read_its_findings(site, page: Page, csp_errors):
    page.set_viewport_size(DESKTOP)
    page.goto(site.url + "/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("work-from-home call-center job")
    shoot(page, "home")

    page.get_by_role("link", name="Browse listings").first.click()
    expect(page).to_have_title(re.compile("Browse listings"))
    shoot(page, "browse")

    page.get_by_label("Customer service").check()
    page.get_by_label("Hires where I live").select_option("US-TX")
    page.get_by_label("Paid training only").check()
    page.get_by_role("button", name="Show listings").click()

    assert "work_type=customer_service" in page.url and "region=US-TX" in page.url
    cards = page.locator(".listing-card")
    expect(cards.first).to_be_visible()
    expected = Listing.objects.published().filter(
        work_types__code="customer_service", training_pay="paid", hiring_regions__code__in=["US-TX", "US"]
    )
    expect(cards).to_have_count(expected.distinct().count())

    title = cards.first.locator("h3 a").inner_text()
    cards.first.locator("h3 a").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_text("out of 100")).to_be_visible()
    listing = Listing.objects.get(title=title)
    findings = page.locator(".finding")
    expect(findings).to_have_count(len(listing.findings))
    first = findings.first
    first.get_by_role("link").click()
    assert re.search(r"/guide/#(q\d+|beyond-the-faq)$", page.url)
    assert csp_errors == []


def test_pages_at_desktop_and_phone_width(site, page: Page, csp_errors):
    risky = Listing.objects.published().order_by("score").first()
    page.goto(site.url + risky.get_absolute_url())
    expect(page.locator(".verdict-panel")).to_contain_text("out of 100")
    shoot(page, "listing-risky")

    clean = (
        Listing.objects.published().filter(pay_currency="USD", hourly_estimate__isnull=False).order_by("-score").first()
    )
    page.goto(site.url + clean.get_absolute_url())
    expect(page.locator("svg.pay-chart-svg")).to_be_visible()
    shoot(page, "listing-clean")

    page.goto(site.url + clean.employer.get_absolute_url())
    expect(page.get_by_role("heading", name="Moderation status")).to_be_visible()
    shoot(page, "employer")

    page.goto(site.url + "/guide/#q4")
    shoot(page, "guide")

    page.goto(site.url + "/check/")
    shoot(page, "check-form")

    page.goto(site.url + "/no-such-page/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    shoot(page, "not-found")
    assert csp_errors == []


def test_check_an_offer_and_see_the_verdict_and_pay_chart(site, page: Page, csp_errors):
    page.set_viewport_size(DESKTOP)
    page.goto(site.url + "/check/")
    page.get_by_label("Employer's name").fill("Sunny Phones LLC")
    page.get_by_label("Job title").fill("Inbound sales agent <b>now</b>")
    page.get_by_label("Sales / telemarketing").check()
    page.locator("#section-q1").get_by_label("Inbound (answering calls)").check()
    page.get_by_label("How is pay worked out?").select_option("call")
    page.get_by_label("Pay amount").fill("0.50")
    page.locator("#section-q7").get_by_label("Independent contractor").check()
    page.locator("#section-q8").get_by_label("No", exact=True).check()
    page.locator("#section-q10").get_by_label("Seeker must pay for it").check()
    page.get_by_label("What the fee is for").first.select_option("training")
    page.get_by_label("Amount").first.fill("149")
    page.get_by_label("Due").first.select_option("before_offer")
    page.get_by_role("button", name="Check this offer").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Your offer's verdict")
    expect(page.locator(".verdict-panel")).to_contain_text("Likely scam")
    expect(page.locator(".finding").first).to_be_visible()
    expect(page.get_by_role("img", name=re.compile("This offer"))).to_be_visible()
    expect(page.get_by_text("U.S. federal minimum wage").first).to_be_attached()
    expect(page.get_by_label("Job title")).to_have_value("Inbound sales agent <b>now</b>")
    shoot(page, "check-result")

    page.get_by_role("button", name="Submit this offer for review").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("waiting for review")
    submitted = Listing.objects.get(employer__name="Sunny Phones LLC")
    assert submitted.status == Listing.Status.PENDING
    assert submitted.verdict == "likely_scam"
    assert csp_errors == []


def test_check_form_errors_stay_on_the_field(site, page: Page):
    page.goto(site.url + "/check/")
    page.get_by_label("Job title").fill("Agent")
    page.get_by_label("Minimum hours per week").fill("500")
    page.get_by_role("button", name="Check this offer").click()

    expect(page.get_by_role("alert").first).to_contain_text("need another look")
    expect(page.get_by_text("less than or equal to 80")).to_be_visible()
    expect(page.get_by_label("Job title")).to_have_value("Agent")
    expect(page.locator("#id_employer_name")).not_to_have_class(re.compile("is-invalid"))  # optional for a check


def test_sending_an_offer_for_review_asks_for_the_employer_it_did_not_name(site, page: Page, csp_errors):
    page.goto(site.url + "/check/")
    page.get_by_label("Paste the offer text").fill("Inbound customer service from home. Pay: $16 per hour.")
    page.get_by_role("button", name="Check this text").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your offer's verdict")

    page.get_by_role("button", name="Submit this offer for review").click()

    expect(page.locator("#form-errors")).to_be_visible()
    expect(page.get_by_text("Give the employer's name before you send the offer")).to_be_visible()
    expect(page.locator(".verdict-panel")).to_be_visible()  # the result stays, with the question under it
    page.get_by_label("Employer's name").fill("Harbor Calls Ltd")
    page.get_by_label("Job title").fill("Customer service agent")
    page.get_by_role("button", name="Submit this offer for review").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("waiting for review")
    assert Listing.objects.get(employer__name="Harbor Calls Ltd").status == Listing.Status.PENDING
    assert [e for e in csp_errors if not e.startswith("400 ")] == []  # the first, nameless sending was a 400


def test_report_a_listing_then_a_moderator_sees_it_in_the_admin_queue(site, page: Page, moderator, csp_errors):
    listing = Listing.objects.published().order_by("score").first()
    page.goto(site.url + listing.get_absolute_url())
    page.get_by_text("Open the report form").click()
    page.get_by_label("They asked me to pay (fees, kit, training, equipment)").check()
    page.get_by_label("What happened (optional)").fill("Asked for $75 for a starter kit on WhatsApp.")
    page.get_by_role("button", name="Send the report").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your report")
    assert Report.objects.filter(listing=listing, status=Report.Status.OPEN).count() == 1

    page.goto(site.url + "/admin/login/")
    page.get_by_label("Username").fill(moderator.username)
    page.get_by_label("Password").fill("a-long-moderator-password")
    page.get_by_role("button", name="Log in").click()
    page.goto(site.url + "/admin/listings/report/?status__exact=open")
    row = page.locator("#result_list tbody tr").first
    expect(row).to_contain_text("They asked me to pay")
    expect(row).to_contain_text(listing.title)
    assert csp_errors == []


def test_on_a_phone_filters_show_as_chips_each_removable_by_a_link(site, page: Page, csp_errors):
    page.set_viewport_size(PHONE)
    page.goto(site.url + "/listings/?work_type=customer_service&work_type=tech_support&paid_training=on&sort=newest")

    expect(page.locator("#filters")).to_be_hidden()  # the filter form is folded away on a phone
    chips = page.locator(".filter-chip")
    expect(chips).to_have_count(3)
    expect(chips.nth(0)).to_contain_text("Work type: Customer service")
    chips.filter(has_text="Technical support").click()

    assert "tech_support" not in page.url
    assert "work_type=customer_service" in page.url and "paid_training=on" in page.url and "sort=newest" in page.url
    expect(chips).to_have_count(2)
    expected = Listing.objects.published().filter(work_types__code="customer_service", training_pay="paid")
    expect(page.locator(".listing-card")).to_have_count(min(expected.distinct().count(), 20))
    page.set_viewport_size(DESKTOP)
    expect(chips.first).to_be_hidden()  # on a wide screen the filter form itself shows them
    assert csp_errors == []


def test_on_a_phone_a_reported_number_is_found_only_once_a_moderator_upheld_it(site, page: Page, csp_errors):
    from listings.services import report_set_status

    page.set_viewport_size(PHONE)
    listing = Listing.objects.published().order_by("score").first()
    page.goto(site.url + listing.get_absolute_url())
    page.get_by_text("Open the report form").click()
    page.get_by_label("Interview only through a chat app").check()
    page.get_by_label("Their phone or WhatsApp number").fill("https://wa.me/14155552671")
    page.get_by_label("Their Telegram or other chat handle").fill("@QuickCash_HR")
    page.get_by_role("button", name="Send the report").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your report")

    def look_up(text):
        page.goto(site.url + "/lookup/")
        page.get_by_label("Company, website, e-mail, phone number or chat handle").fill(text)
        page.get_by_role("button", name="Look up").click()
        return page.locator("#lookup-results")

    expect(look_up("+1 (415) 555-2671")).to_contain_text("Nothing reviewed by moderators matches this")
    report = Report.objects.get(phone="+14155552671")
    report_set_status(report=report, status=Report.Status.RESOLVED, note="Screenshots checked.")

    results = look_up("+1 (415) 555-2671")
    expect(results).to_contain_text("Interview only through a chat app")
    expect(results.get_by_role("link", name=re.compile(re.escape(listing.title)))).to_be_visible()
    expect(look_up("t.me/quickcash_hr")).to_contain_text("Reports upheld by moderators")
    shoot(page, "lookup")
    assert csp_errors == []
