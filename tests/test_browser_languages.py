"""Changing the site's language with the header's switcher, at desktop and phone width, in Debian's Chromium."""

import pytest
from django.core.cache import cache
from playwright.sync_api import Page, expect

from tests.test_browser import DESKTOP, PHONE, seed_reference_data, shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def site(live_server, settings):
    settings.PAGE_CACHE_SECONDS = 0
    cache.clear()
    seed_reference_data()
    return live_server


def switch_to(page: Page, language_name: str) -> None:
    toggler = page.locator(".navbar-toggler")
    if toggler.is_visible():  # phone width: the switcher sits in the collapsed menu
        toggler.click()
        # Bootstrap opens the menu with a height transition ("collapsing"); use the form once it is open ("show"),
        # not while it is still growing under the pointer.
        expect(page.locator("#main-nav.show")).to_be_visible()
    page.locator("#language-select").select_option(label=language_name)
    with page.expect_navigation():  # the POST to set_language, then its redirect back to the same page
        page.locator(".language-switcher button[type=submit]").click()


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_switcher_turns_the_page_into_urdu_right_to_left_and_back(site, page: Page, size):
    page.set_viewport_size(size)
    page.goto(site.url + "/check/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Check an offer")

    switch_to(page, "اردو")

    expect(page).to_have_url(site.url + "/check/")  # the same page
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=1)).to_have_text("پیشکش چیک کریں")
    # The layout mirrors: the menu's first link sits right of its last one at desktop width.
    if size == DESKTOP:
        links = page.locator("#main-nav .nav-link")
        first, last = links.first.bounding_box(), links.last.bounding_box()
        assert first["x"] > last["x"], "the menu is not mirrored"
    shoot(page, "check-urdu")

    page.goto(site.url + "/")  # the choice is kept
    expect(page.locator("html")).to_have_attribute("lang", "ur")

    switch_to(page, "Nederlands")

    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Is deze thuiswerkbaan in een callcenter echt, en wat verdien je er echt mee?"
    )
