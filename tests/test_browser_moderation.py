"""The moderators' journeys in Chromium, signed in as a member of the Moderators group (not a superuser):
report → decision → next; pending listing → preview → publish; rule-set draft → impact → publish → progress.
Screenshots of the work queue, the report decision page and the impact preview go to SCREENSHOT_DIR
(`make screenshots` writes them to docs/screenshots/)."""

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from listings.models import Employer, Listing, Report
from scoring.models import RuleSet
from tests.factories import EmployerFactory, ListingFactory, ReportFactory
from tests.test_browser import DESKTOP, SHOTS, csp_errors, site  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def shoot_desktop(page: Page, name: str) -> None:
    """Moderators work at a desk: the admin pages are shot at desktop width."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-desktop.png"), full_page=True)


def sign_in(page: Page, base: str, moderator) -> None:
    page.set_viewport_size(DESKTOP)
    page.goto(base + "/admin/login/")
    page.get_by_label("Username").fill(moderator.username)
    page.get_by_label("Password").fill("a-long-moderator-password")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Work queue")).to_be_visible()


def test_report_decision_then_the_next_report(site, page: Page, moderator, csp_errors):  # noqa: F811
    assert not moderator.is_superuser and moderator.groups.filter(name="Moderators").exists()
    shady = EmployerFactory(name="Quickcash Remote Staffing")
    listing = ListingFactory(employer=shady, published=True, title="Easy phone job, start today")
    first = ReportFactory(listing=listing, details="They asked for $99 for a starter kit before the interview.")
    second = ReportFactory(listing=None, employer=shady, details="Recruiter only on Telegram.")
    sign_in(page, site.url, moderator)
    shoot_desktop(page, "admin-work-queue")

    page.get_by_role("link", name="Quickcash Remote Staffing").click()  # the queue's row for the employer
    page.locator("#result_list tbody tr th a").first.click()  # the oldest open report
    expect(page.locator(".field-what_was_reported")).to_contain_text("Easy phone job, start today")
    expect(page.locator(".field-other_reports")).to_contain_text("They asked me to pay")
    shoot_desktop(page, "admin-report-decision")

    page.get_by_label("Change status to").select_option("resolved")
    page.get_by_label("Resolution note").fill("Employer blocked, listing rejected.")
    page.get_by_label("Change the employer's status to").select_option("blocked")
    page.get_by_label("Change the listing's status to").select_option("rejected")
    page.get_by_label("Why (recorded on the employer or listing)").fill("Kit fee before the interview, twice.")
    page.get_by_role("button", name="Save and open the next report").click()

    expect(page).to_have_url(site.url + reverse("admin:listings_report_change", args=[second.pk]))
    first.refresh_from_db()
    assert first.status == Report.Status.RESOLVED
    assert Employer.objects.get(pk=shady.pk).status == Employer.Status.BLOCKED
    assert Listing.objects.get(pk=listing.pk).status == Listing.Status.REJECTED
    assert csp_errors == []


def test_pending_listing_preview_then_publish(site, page: Page, moderator, csp_errors):  # noqa: F811
    pending = ListingFactory(title="Bilingual reservations agent", employer=EmployerFactory(verified=True))
    sign_in(page, site.url, moderator)
    page.goto(site.url + reverse("admin:listings_listing_change", args=[pending.pk]))
    expect(page.locator("fieldset").first).to_contain_text("Verdict")

    page.get_by_role("link", name="View on site").click()
    expect(page.get_by_role("status")).to_contain_text("Preview for moderators")
    expect(page.get_by_role("heading", level=1)).to_have_text("Bilingual reservations agent")
    page.get_by_role("link", name="Back to the listing in the admin").click()

    page.get_by_label("Change status to").select_option("published")
    page.get_by_label("Note for the status change").fill("Checked the employer's site.")
    page.get_by_role("button", name="Save", exact=True).click()
    assert Listing.objects.get(pk=pending.pk).status == Listing.Status.PUBLISHED
    page.goto(site.url + pending.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text("Bilingual reservations agent")
    assert csp_errors == []


def test_rule_set_draft_impact_then_publish_and_progress(site, page: Page, moderator, csp_errors):  # noqa: F811
    active = RuleSet.objects.active()
    sign_in(page, site.url, moderator)
    page.goto(site.url + reverse("admin:scoring_ruleset_change", args=[active.pk]))
    page.get_by_text("Rules of Q10").click()  # a folded group opens
    page.get_by_label("training_unpaid on").uncheck()
    page.locator("#id_note").fill("Is unpaid training a red flag for us?")
    page.get_by_role("button", name="Preview the impact (changes nothing)").click()

    expect(page.get_by_text("Publish this rule set")).to_be_visible(timeout=30_000)
    expect(page.locator(".field-band_change_table")).to_contain_text("Looks legitimate")
    assert RuleSet.objects.active() == active  # nothing published yet
    shoot_desktop(page, "admin-rule-impact")

    page.get_by_role("button", name="Publish this rule set (re-scores every listing)").click()
    expect(page.locator(".field-progress progress")).to_be_visible()
    new = RuleSet.objects.active()
    assert new.version == active.version + 1
    assert csp_errors == []
