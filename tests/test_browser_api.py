"""The API's docs page (Swagger UI, served from the app's own static files) in Debian's Chromium under the site's
Content-Security-Policy, at desktop and phone width, and a feed link followed from the browse page."""

import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from playwright.sync_api import Page, expect

from tests.factories import ListingFactory
from tests.test_browser import DESKTOP, PHONE, csp_errors, shoot  # noqa: F401 (csp_errors is a fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def site(live_server, settings):
    settings.PAGE_CACHE_SECONDS = 0
    cache.clear()
    ListingFactory(title="Inbound support agent", published=True)
    return live_server


def test_the_api_docs_render_under_the_site_s_csp_and_try_a_request(site, page: Page, csp_errors):  # noqa: F811
    page.set_viewport_size(DESKTOP)
    page.goto(site.url + "/api/v1/docs")

    expect(page.get_by_text("Offer Check API")).to_be_visible()
    expect(page).to_have_title("API documentation · Offer Check")
    assert page.locator("html").get_attribute("lang") == "en"
    for path in ("/api/v1/listings", "/api/v1/listings/{listing_id}", "/api/v1/employers/{slug}", "/api/v1/check"):
        expect(page.locator(".opblock-summary-path", has_text=path).first).to_be_visible()
    page.locator(".opblock-summary", has_text="/api/v1/listings").first.click()
    page.get_by_role("button", name="Try it out").click()
    page.get_by_role("button", name="Execute").click()
    expect(page.locator(".live-responses-table tbody .response-col_status").first).to_contain_text("200")
    expect(page.locator(".live-responses-table")).to_contain_text("Inbound support agent")
    shoot(page, "api-docs")
    page.set_viewport_size(PHONE)
    expect(page.get_by_text("Offer Check API")).to_be_visible()

    assert csp_errors == []


def test_the_browse_page_s_feed_link_gives_the_feed_of_its_filters(site, page: Page):
    page.set_viewport_size(DESKTOP)
    page.goto(site.url + "/listings/?work_type=customer_service")

    link = page.get_by_role("link", name="Feed of these listings (Atom)")
    expect(link).to_be_visible()
    response = page.request.get(site.url + link.get_attribute("href"))

    assert response.status == 200
    feed = ET.fromstring(response.body())
    titles = [e.findtext("{http://www.w3.org/2005/Atom}title") for e in feed.iter("{http://www.w3.org/2005/Atom}entry")]
    assert titles == ["Inbound support agent at " + titles[0].split(" at ", 1)[1]]
