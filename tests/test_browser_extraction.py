"""A pasted offer in Debian's Chromium: the verdict at once, then one answer corrected and checked again."""

import pytest
from django.core.cache import cache
from playwright.sync_api import Page, expect

from tests.test_browser import DESKTOP, PHONE, SHOTS, seed_reference_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

OFFER_TEXT = """Work from home: inbound customer service for a travel company!
Pay: $0.40 per call. You are an independent contractor.
Hiring in Texas and Florida. You need your own computer and a USB headset.
Before your interview you must buy a $99 starter kit.
Training is unpaid for 5 days. <script>alert("not run")</script>"""


@pytest.fixture
def site(live_server, settings):
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    settings.PAGE_CACHE_SECONDS = 0
    cache.clear()
    seed_reference_data()
    return live_server


def test_paste_correct_and_check_an_offer(site, page: Page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.set_viewport_size(DESKTOP)
    page.goto(site.url + "/check/")
    page.get_by_label("Paste the offer text").fill(OFFER_TEXT)
    page.get_by_role("button", name="Check this text").click()

    # The verdict at once, on a page of its own; below it the answers the text gives, filled in, and the text
    # marked where each came from.
    expect(page.get_by_role("heading", level=1)).to_have_text("Your offer's verdict")
    assert "/check/result/" in page.url
    expect(page.locator(".verdict-panel")).to_contain_text("Likely scam")
    expect(page.get_by_role("heading", name="What we found in the offer text")).to_be_visible()
    expect(page.locator("select[name=pay_basis]")).to_have_value("call")
    expect(page.locator("input[name=pay_amount]")).to_have_value("0.40")
    expect(page.locator("input[name=worker_status][value=contractor]")).to_be_checked()
    expect(page.locator("input[name=training_pay][value=unpaid]")).to_be_checked()
    expect(page.locator("select[name=fees-0-kind]")).to_have_value("starter_kit")
    expect(page.locator("input[name=fees-0-amount]")).to_have_value("99")
    expect(page.locator("select[name=hiring_regions] option:checked")).to_have_count(2)
    expect(page.get_by_role("checkbox", name="Customer service")).to_be_checked()
    expect(page.locator("textarea[name=description]")).to_have_value(OFFER_TEXT)
    expect(page.locator(".offer-text-marked mark").first).to_be_visible()

    # The visitor knows better about one answer, and adds what the text does not say.
    page.locator("input[name=training_pay][value=paid]").check()
    page.get_by_label("Employer's name").fill("Sunny Travel Support")
    page.get_by_label("Job title").fill("Customer service agent")
    page.get_by_role("button", name="Check again").click()

    expect(page.get_by_role("heading", name="Your offer's verdict")).to_be_visible()
    marks = page.locator("#offer-read mark")
    assert marks.count() >= 5
    expect(page.locator("#offer-read mark", has_text="$0.40 per call")).to_have_attribute(
        "title", "Pay amount; How is pay worked out?"
    )
    expect(page.locator("#offer-read")).to_contain_text('<script>alert("not run")</script>')
    # The correction is what was scored; the quoted evidence sits next to the findings.
    expect(page.locator(".finding", has_text="is paid. That is a good sign")).to_be_visible()
    expect(page.locator(".finding", has_text="unpaid: you work for free")).to_have_count(0)
    expect(page.locator(".finding .finding-evidence", has_text="buy a $99 starter kit").first).to_be_visible()
    expect(page.locator("input[name=training_pay][value=paid]")).to_be_checked()
    assert dialogs == []

    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "check-pasted-desktop.png"), full_page=True)
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    clip = {"x": 0, "y": 0, "width": PHONE["width"], "height": 2400}
    page.screenshot(path=str(SHOTS / "check-pasted-phone.png"), full_page=True, clip=clip)


def test_a_marked_piece_says_its_question_when_tapped_on_a_phone_or_reached_by_keyboard(site, page: Page):
    page.set_viewport_size(PHONE)
    page.goto(site.url + "/check/")
    page.get_by_label("Paste the offer text").fill(OFFER_TEXT)
    page.get_by_role("button", name="Check this text").click()
    mark = page.locator(".offer-text-marked mark", has_text="$0.40 per call")
    label = mark.locator(".mark-label")
    expect(label).to_have_css("position", "absolute")  # hidden until asked for

    mark.click()  # a tap on a phone focuses the mark as a click does
    expect(label).to_have_css("position", "static")
    expect(label).to_contain_text("How is pay worked out?")

    page.locator("body").click(position={"x": 1, "y": 1})
    expect(label).to_have_css("position", "absolute")
    mark.focus()  # reached with the Tab key
    expect(label).to_have_css("position", "static")
