"""Paste an offer, get its verdict, go Back from a guide link, save the result, open the shared link in another
browser, print it, and delete it: in Debian's Chromium at desktop and phone width."""

import re

import pytest
from django.core.cache import cache
from playwright.sync_api import Browser, Page, expect

from listings.models import SavedCheck
from tests.test_browser import DESKTOP, PHONE, seed_reference_data, shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

OFFER_TEXT = """Remote Customer Service Agent – Ironbridge Teleservices
Dear Maria Santos,
Pay: $0.40 per call. You are an independent contractor.
Before your interview you must buy a $99 starter kit.
Questions? WhatsApp +63 917 123 4567 or e-mail maria.hr@ironbridge-jobs.com."""


@pytest.fixture
def site(live_server, settings):
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    settings.PAGE_CACHE_SECONDS = 0
    cache.clear()
    seed_reference_data()
    return live_server


@pytest.fixture
def csp_errors(page: Page):
    """Console errors (an inline script or style the Content-Security-Policy refused would show up here)."""
    errors = []
    page.on(
        "console",
        lambda msg: msg.type == "error" and "Failed to load resource" not in msg.text and errors.append(msg.text),
    )
    return errors


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_paste_see_the_verdict_save_share_and_delete(site, page: Page, browser: Browser, csp_errors, size):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.url)
    page.set_viewport_size(size)
    page.goto(site.url + "/check/")
    page.get_by_label("Paste the offer text").fill(OFFER_TEXT)
    page.get_by_role("button", name="Check this text").click()

    # One step: the verdict, on a page of its own reached by a GET.
    expect(page.get_by_role("heading", level=1)).to_have_text("Your offer's verdict")
    expect(page.locator(".verdict-panel")).to_contain_text("Likely scam")
    result_url = page.url
    assert re.search(r"/check/result/[\w-]+/$", result_url)
    expect(page.locator("input[name=employer_name]")).to_have_value("Ironbridge Teleservices")

    # Back from a guide link shows the result again, with no "Confirm form resubmission".
    page.locator(".finding").first.get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/guide/#"))
    page.go_back()
    expect(page).to_have_url(result_url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your offer's verdict")
    page.reload()
    expect(page.locator(".verdict-panel")).to_contain_text("Likely scam")

    page.get_by_role("button", name="Save and share this result").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("A checked job offer")
    saved = SavedCheck.objects.get()
    saved_url = page.url
    assert saved_url == site.url + saved.get_absolute_url()
    expect(page.locator(".saved-when")).to_contain_text(f"deleted on {saved.expires_at:%-d %B %Y}")
    expect(page.locator("#offer-read")).to_contain_text("Dear [name removed]")
    expect(page.locator("main")).not_to_contain_text("Maria")
    expect(page.locator("main")).not_to_contain_text("917 123 4567")
    expect(page.locator("#share-url")).to_have_value(saved_url)
    assert page.evaluate("document.documentElement.scrollWidth") <= size["width"]
    if size == DESKTOP:
        shoot(page, "check-saved")
    share = page.locator("[data-share-url]")
    expect(share).to_be_visible()  # shown by share.js: the Web Share API where there is one, else "Copy link"
    if page.evaluate("typeof navigator.share") == "function":
        expect(share).to_have_text("Share this result")
    else:  # Debian's headless Chromium has no Web Share API
        expect(share).to_have_text("Copy link")
        share.click()
        expect(page.locator(".share-status")).to_contain_text("Link copied")
        assert page.evaluate("navigator.clipboard.readText()") == saved_url

    # Printed: the verdict, the findings and the offer's words; no menu, forms or buttons.
    page.emulate_media(media="print")
    expect(page.locator(".verdict-panel")).to_be_visible()
    expect(page.locator(".finding").first).to_be_visible()
    expect(page.locator("#offer-read")).to_be_visible()
    for hidden in ("nav", "#share", "#delete", ".btn"):
        expect(page.locator(hidden).first).to_be_hidden()
    page.emulate_media(media="screen")

    # Someone the link was shared with sees the same result, and no way to delete it.
    other = browser.new_context()
    try:
        shared = other.new_page()
        shared.set_viewport_size(size)
        shared.goto(saved_url)
        expect(shared.locator(".verdict-panel")).to_contain_text("Likely scam")
        expect(shared.get_by_role("link", name="Delete this result")).to_have_count(0)
    finally:
        other.close()

    page.get_by_role("link", name="Delete this result").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Delete this saved result?")
    page.get_by_role("button", name="Yes, delete it").click()

    expect(page.get_by_role("status").first).to_contain_text("The saved result is deleted")
    assert not SavedCheck.objects.exists()
    page.goto(saved_url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    assert dialogs == []
    assert csp_errors == [], csp_errors
