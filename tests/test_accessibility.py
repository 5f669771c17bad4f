"""Accessibility audit of every job seekers' page in Debian's Chromium, at desktop and at phone width.

axe-core (bundled with axe-playwright-python, no network) runs its WCAG 2 A/AA rules, colour contrast included;
next to it we check from the page itself what axe leaves to best practice or cannot see: exactly one h1 and no
skipped heading level, a page title of its own, an accessible name on every form control a person can reach,
and no sideways scrolling on a phone. A failure lists what to fix: rule, impact, elements and a help link.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.cache import cache
from django.urls import reverse
from playwright.sync_api import Page, expect

from listings.models import Answer, Employer, Listing, PayBasis, Report, TrainingPay, WorkerStatus
from listings.services import employer_set_status, listing_saved, report_create, report_set_status
from listings.subscriptions import tokens
from listings.subscriptions.models import Subscriber
from scoring.extraction import extract
from tests.factories import EmployerFactory, FeeFactory, ListingFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE = Axe()

RISKY_TEXT = """Work from home: inbound customer service for a travel company!
Pay: $0.40 per call. You are an independent contractor.
Hiring in Texas and Florida. You need your own computer and a USB headset.
Before your interview you must buy a $99 starter kit.
Training is unpaid for 5 days."""


# --- The data a visitor sees ---------------------------------------------------------------------
@dataclass
class Seeded:
    clean: Listing
    risky: Listing
    flagged: Listing
    blocked: Employer
    reader: Subscriber


@pytest.fixture
def site(live_server, settings):
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    settings.PAGE_CACHE_SECONDS = 0
    cache.clear()
    verified = EmployerFactory(name="Harbor Contact Services", verified=True)
    flagged_employer = EmployerFactory(
        name="QuickCash Call Partners", flagged=True, public_note="Several seekers report a $99 starter kit."
    )
    clean = ListingFactory(published=True, employer=verified, title="Inbound customer care agent", regions=["US", "CA"])
    ListingFactory(published=True, employer=verified, title="Technical support specialist", work=["tech_support"])
    risky = ListingFactory(
        published=True,
        employer=flagged_employer,
        title="Travel reservations agent, start this week",
        description=RISKY_TEXT,
        evidence=extract(RISKY_TEXT).as_dict(),
        pay_basis=PayBasis.CALL,
        pay_amount=Decimal("0.40"),
        guaranteed_minimum=Answer.NO,
        worker_status=WorkerStatus.CONTRACTOR,
        training_pay=TrainingPay.UNPAID,
        benefits=Answer.UNKNOWN,
        work=["reservations"],
        regions=["US-TX", "US-FL"],
    )
    FeeFactory(listing=risky, kind="starter_kit", amount=Decimal("99.00"), timing="before_offer")
    listing_saved(listing=risky)  # score again with its fee
    flagged = ListingFactory(
        published=True, employer=flagged_employer, title="Outbound survey caller", work=["surveys"]
    )
    risky.refresh_from_db()
    assert risky.findings and clean.score is not None
    blocked = EmployerFactory(name="Starter Kit Staffing", blocked=True, public_note="Charges for training.")
    reader = Subscriber.objects.create(email="reader@example.org")
    return live_server, Seeded(clean=clean, risky=risky, flagged=flagged, blocked=blocked, reader=reader)


# --- How a visitor reaches each page --------------------------------------------------------------
def send(page, button: str, **fields: str) -> None:
    """Fill the labelled fields (label=value) and press the button."""
    for label, value in fields.items():
        page.get_by_label(label).fill(value)
    page.get_by_role("button", name=button).click()


def home(page, url, data):
    page.goto(url + "/")


def browse(page, url, data):
    page.goto(url + "/listings/")
    expect(page.locator(".listing-card").first).to_be_visible()


def browse_empty(page, url, data):
    page.goto(url + "/listings/?q=zzzznotawordanywhere")
    expect(page.locator(".empty-state")).to_be_visible()


def listing_detail(page, url, data):
    page.goto(url + data.risky.get_absolute_url())
    expect(page.locator(".finding").first).to_be_visible()
    expect(page.locator(".offer-text-marked mark").first).to_be_visible()


def listing_detail_report_open(page, url, data):
    page.goto(url + data.clean.get_absolute_url())
    page.get_by_text("Open the report form").click()
    expect(page.get_by_role("button", name="Send the report")).to_be_visible()


def listing_detail_clean(page, url, data):
    page.goto(url + data.clean.get_absolute_url())
    expect(page.locator("svg.pay-chart-svg")).to_be_visible()


def employer(page, url, data):
    page.goto(url + data.clean.employer.get_absolute_url())
    expect(page.locator(".listing-card").first).to_be_visible()


def employer_flagged(page, url, data):
    page.goto(url + data.flagged.employer.get_absolute_url())
    expect(page.get_by_text("Moderators' note")).to_be_visible()


def employer_without_listings(page, url, data):
    page.goto(url + data.blocked.get_absolute_url())
    expect(page.locator(".empty-state")).to_contain_text("No published listings")


def browse_filtered(page, url, data):
    page.goto(url + "/listings/?work_type=customer_service&work_type=tech_support&region=US-TX&paid_training=on")
    expect(page.locator(".listing-card").first).to_be_visible()


def employer_history(page, url, data):
    """An employer with a status history and upheld reports by reason."""
    employer = data.flagged.employer
    employer_set_status(employer=employer, status=Employer.Status.BLOCKED, note="Starter kit confirmed.")
    report = report_create(reason=Report.Reason.ASKED_FOR_MONEY, listing=data.flagged, phone="+14155552671")
    report_set_status(report=report, status=Report.Status.RESOLVED, note="Checked.")
    page.goto(url + employer.get_absolute_url())
    expect(page.locator(".status-history li").first).to_be_visible()
    expect(page.locator(".report-counts li").first).to_be_visible()


def lookup(page, url, data):
    page.goto(url + "/lookup/")


def lookup_results(page, url, data):
    report = report_create(reason=Report.Reason.CHAT_APP, listing=data.risky, chat_handle="quickcash_hr")
    report_set_status(report=report, status=Report.Status.RESOLVED, note="Checked.")
    lookup(page, url, data)
    send(page, "Look up", **{"Company, website, e-mail, phone number or chat handle": "t.me/QuickCash_HR"})
    expect(page.locator(".lookup-reports li").first).to_be_visible()


def lookup_errors(page, url, data):
    lookup(page, url, data)
    send(page, "Look up", **{"Company, website, e-mail, phone number or chat handle": "+1 12"})
    expect(page.locator(".is-invalid").first).to_be_visible()


def check_form(page, url, data):
    page.goto(url + "/check/")


def check_errors(page, url, data):
    check_form(page, url, data)
    send(page, "Check this offer", **{"Minimum hours per week": "500"})
    expect(page.locator("#form-errors")).to_be_visible()


def check_paste_errors(page, url, data):
    check_form(page, url, data)
    send(page, "Check this text")
    expect(page.locator("#paste-errors")).to_be_visible()


def check_pasted(page, url, data):
    """A pasted offer's verdict, at once, with the answers read from it below."""
    check_form(page, url, data)
    send(page, "Check this text", **{"Paste the offer text": RISKY_TEXT})
    expect(page.locator(".verdict-panel")).to_contain_text("out of 100")
    expect(page.locator(".offer-text-marked mark").first).to_be_visible()


def check_result(page, url, data):
    check_pasted(page, url, data)
    send(page, "Check again", **{"Employer's name": "Sunny Travel Support", "Job title": "Reservations agent"})
    expect(page.locator(".verdict-panel")).to_contain_text("out of 100")
    expect(page.locator("svg.pay-chart-svg")).to_be_visible()
    expect(page.locator(".finding .finding-evidence").first).to_be_visible()


def check_result_gone(page, url, data):
    page.goto(url + "/check/result/no-longer-here/")
    expect(page.get_by_role("heading", level=1)).to_have_text("This result is no longer here")


def check_saved(page, url, data):
    """A saved result as its owner sees it (share and delete links) after saving it."""
    check_pasted(page, url, data)
    page.get_by_role("button", name="Save and share this result").click()
    expect(page.get_by_role("link", name="Delete this result")).to_be_visible()
    expect(page.locator("[data-share-url]")).to_be_visible()


def check_saved_expired(page, url, data):
    from datetime import timedelta

    from django.utils import timezone

    from listings.models import SavedCheck

    long_ago = timezone.now() - timedelta(days=40)
    saved = SavedCheck.objects.create(
        public_id="expired-result-for-the-audit",
        delete_key_digest="0" * 64,
        result={"verdict": "red_flags", "score": 40, "findings": []},
        checked_at=long_ago,
        created_at=long_ago,
        expires_at=long_ago + timedelta(days=30),
    )
    page.goto(url + saved.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text("This saved result has expired")


def check_saved_delete(page, url, data):
    check_saved(page, url, data)
    page.get_by_role("link", name="Delete this result").click()
    expect(page.get_by_role("button", name="Yes, delete it")).to_be_visible()


def guide(page, url, data):
    page.goto(url + "/guide/")


def already_paid(page, url, data):
    page.goto(url + "/guide/already-paid/?country=PH")


def report(page, url, data):
    page.goto(url + data.risky.get_absolute_url() + "report/")


def report_errors(page, url, data):
    report(page, url, data)
    send(page, "Send the report")
    expect(page.get_by_role("alert")).to_be_visible()


def report_employer(page, url, data):
    page.goto(url + data.flagged.employer.get_absolute_url() + "report/")


def subscribe(page, url, data):
    page.goto(url + "/subscribe/")


def subscribe_from_browse(page, url, data):
    """Sign-up from a filtered browse page: the other filters are offered to keep."""
    page.goto(url + "/subscribe/?pay_basis=hour&no_fees=on&q=support&region=US-TX")
    expect(page.get_by_text("Also keep these filters")).to_be_visible()


def subscribe_errors(page, url, data):
    subscribe(page, url, data)
    send(page, "Send me the confirmation e-mail", **{"E-mail address": "not-an-address"})
    expect(page.locator(".is-invalid").first).to_be_visible()


def subscribe_check_inbox(page, url, data):
    subscribe(page, url, data)
    send(page, "Send me the confirmation e-mail", **{"E-mail address": "reader@example.org"})
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your inbox")


def subscribe_confirm(page, url, data):
    page.goto(url + reverse("subscriptions:confirm", args=[tokens.make_token(data.reader, tokens.CONFIRM)]))


def subscribe_preferences(page, url, data):
    page.goto(url + reverse("subscriptions:preferences", args=[tokens.make_token(data.reader, tokens.PREFERENCES)]))


def subscribe_unsubscribe(page, url, data):
    page.goto(url + reverse("subscriptions:unsubscribe", args=[tokens.make_token(data.reader, tokens.UNSUBSCRIBE)]))


def subscribe_invalid_link(page, url, data):
    page.goto(url + reverse("subscriptions:confirm", args=["not-a-real-token"]))


def submitted(page, url, data):
    check_result(page, url, data)
    page.get_by_role("button", name="Submit this offer for review").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("waiting for review")


def reported(page, url, data):
    report(page, url, data)
    page.get_by_label("They asked me to pay").check()
    send(page, "Send the report")
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your report")


def not_found(page, url, data):
    page.goto(url + "/no-such-page/")


# Urdu is written right to left: the mirrored layout (Bootstrap's RTL build) must pass the same audit.
def home_urdu(page, url, data):
    page.goto(url + "/?lang=ur")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")


def check_form_urdu(page, url, data):
    page.goto(url + "/check/?lang=ur")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")


def check_result_urdu(page, url, data):
    """A pasted (English) offer's result on an Urdu page: the offer's words keep their own direction."""
    check_form_urdu(page, url, data)
    page.locator("textarea[name='paste-offer_text']").fill(RISKY_TEXT)
    page.get_by_role("button", name="یہ متن چیک کریں").click()
    expect(page.locator(".verdict-panel")).to_contain_text("100 میں سے اسکور")
    expect(page.locator("html")).to_have_attribute("lang", "ur")


def browse_filtered_urdu(page, url, data):
    """Filters, their chips (at phone width), the count and the cards, right to left."""
    page.goto(url + "/listings/?lang=ur&work_type=reservations&pay_basis=call&region=US-TX&sort=newest")
    expect(page.locator(".listing-card").first).to_be_visible()
    expect(page.locator("h1")).to_have_text("اشتہارات دیکھیں")


def browse_empty_urdu(page, url, data):
    page.goto(url + "/listings/?lang=ur&q=zzzznotawordanywhere")
    expect(page.locator(".empty-state")).to_contain_text("ان فلٹرز سے کوئی اشتہار نہیں ملا")


def listing_detail_urdu(page, url, data):
    page.goto(url + data.risky.get_absolute_url() + "?lang=ur")
    expect(page.get_by_role("heading", name="اس اشتہار کی رپورٹ کریں")).to_be_visible()
    expect(page.locator(".offer-text-marked mark").first).to_be_visible()


def employer_history_urdu(page, url, data):
    data.flagged.employer.refresh_from_db()
    if data.flagged.employer.status != Employer.Status.BLOCKED:  # not yet visited in English (one run visits both)
        employer_history(page, url, data)
    page.goto(url + data.flagged.employer.get_absolute_url() + "?lang=ur")
    expect(page.get_by_role("heading", name="حیثیت میں تبدیلیاں")).to_be_visible()


# Name → how to get there.
PAGES: dict[str, Callable] = {
    "home": home,
    "browse": browse,
    "browse-empty": browse_empty,
    "browse-filtered": browse_filtered,
    "listing-detail": listing_detail,
    "listing-detail-clean": listing_detail_clean,
    "listing-detail-report-open": listing_detail_report_open,
    "employer": employer,
    "employer-flagged": employer_flagged,
    "employer-without-listings": employer_without_listings,
    "employer-history": employer_history,
    "lookup": lookup,
    "lookup-results": lookup_results,
    "lookup-errors": lookup_errors,
    "check-form": check_form,
    "check-errors": check_errors,
    "check-paste-errors": check_paste_errors,
    "check-pasted": check_pasted,
    "check-result": check_result,
    "check-result-gone": check_result_gone,
    "check-saved": check_saved,
    "check-saved-delete": check_saved_delete,
    "check-saved-expired": check_saved_expired,
    "guide": guide,
    "already-paid": already_paid,
    "report": report,
    "report-errors": report_errors,
    "report-employer": report_employer,
    "subscribe": subscribe,
    "subscribe-from-browse": subscribe_from_browse,
    "subscribe-errors": subscribe_errors,
    "subscribe-check-inbox": subscribe_check_inbox,
    "subscribe-confirm": subscribe_confirm,
    "subscribe-preferences": subscribe_preferences,
    "subscribe-unsubscribe": subscribe_unsubscribe,
    "subscribe-invalid-link": subscribe_invalid_link,
    "submitted": submitted,
    "reported": reported,
    "not-found": not_found,
    "home-urdu": home_urdu,
    "check-form-urdu": check_form_urdu,
    "check-result-urdu": check_result_urdu,
    "browse-filtered-urdu": browse_filtered_urdu,
    "browse-empty-urdu": browse_empty_urdu,
    "listing-detail-urdu": listing_detail_urdu,
    "employer-history-urdu": employer_history_urdu,
}

# States of one page, which keep its title: a filter that matches nothing, a form opened in place.
SAME_PAGE = [
    {"browse", "browse-empty", "browse-filtered"},
    {"listing-detail-clean", "listing-detail-report-open"},
    {"employer-flagged", "employer-history", "employer-history-urdu"},  # its name, in every language
    {"subscribe", "subscribe-from-browse"},
    {"check-pasted", "check-result"},  # a result, and the same offer checked again with a name and title
    {"browse-filtered-urdu", "browse-empty-urdu"},
]


# --- The checks ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    rule: str
    text: str


def axe_problems(page: Page) -> list[Problem]:
    """axe's violations, and what it could not decide except colour contrast (a background image, such as a select's
    arrow, or an SVG chart's text: the colours there are checked by hand in site.css)."""
    options: dict = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations", "incomplete"]}
    results = AXE.run(page, options=options).response
    undecided = [v for v in results["incomplete"] if v["id"] != "color-contrast"]
    problems = []
    for v in results["violations"] + undecided:
        review = " (axe could not decide: check by hand)" if v in undecided else ""
        lines = [f"{v['id']} ({v['impact']}){review}: {v['help']} — {v['helpUrl']}"]
        for node in v["nodes"][:10]:
            summary = (node.get("failureSummary") or "").strip().splitlines() or [""]
            lines.append(f"    {' '.join(node['target'])}: {summary[-1].strip()}")
            lines.append(f"        {node['html'][:160]}")
        if len(v["nodes"]) > 10:
            lines.append(f"    … and {len(v['nodes']) - 10} more")
        problems.append(Problem(v["id"], "\n".join(lines)))
    return problems


HEADINGS_JS = """() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')]
  .filter(h => !h.closest('[aria-hidden=true]'))
  .map(h => ({level: Number(h.getAttribute('aria-level') || h.tagName.slice(1)),
              text: h.textContent.trim().slice(0, 60)}))"""


def heading_problems(page: Page) -> list[Problem]:
    headings = page.evaluate(HEADINGS_JS)
    problems = []
    h1s = [h["text"] for h in headings if h["level"] == 1]
    if len(h1s) != 1:
        problems.append(Problem("one-h1", f"one-h1: expected exactly one h1, found {len(h1s)}: {h1s}"))
    previous = 0
    for h in headings:
        if h["level"] > previous + 1:
            problems.append(
                Problem("heading-levels", f"heading-levels: h{h['level']} “{h['text']}” follows h{previous or '—'}")
            )
        previous = h["level"]
    return problems


CONTROL_ROLES = {"textbox", "searchbox", "combobox", "listbox", "checkbox", "radio", "button", "spinbutton", "slider"}


def control_name_problems(page: Page) -> list[Problem]:
    """Every form control in the accessibility tree (so reachable by a person) has a name, as Chromium computes it."""
    cdp = page.context.new_cdp_session(page)
    try:
        nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
        problems = []
        for node in nodes:
            role = node.get("role", {}).get("value")
            if node.get("ignored") or role not in CONTROL_ROLES:
                continue
            if (node.get("name", {}).get("value") or "").strip():
                continue
            described = "?"
            if "backendDOMNodeId" in node:
                attrs = cdp.send("DOM.describeNode", {"backendNodeId": node["backendDOMNodeId"]})["node"]
                pairs = attrs.get("attributes", [])
                described = attrs["localName"] + "".join(
                    f" {k}={v!r}" for k, v in zip(pairs[::2], pairs[1::2], strict=True) if k in ("id", "name", "type")
                )
            problems.append(Problem("control-name", f"control-name: {role} without an accessible name: <{described}>"))
        return problems
    finally:
        cdp.detach()


def title_problems(page: Page) -> list[Problem]:
    title = page.title().strip()
    if not title or title.split("·")[0].strip() in ("", "Offer Check"):
        return [Problem("page-title", f"page-title: the title {title!r} does not say which page this is")]
    return []


WIDE_ELEMENTS_JS = """(vw) => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > vw + 1).slice(0, 5)
  .map(e => e.outerHTML.slice(0, 100))"""


def phone_scroll_problems(page: Page) -> list[Problem]:
    width = page.evaluate("document.scrollingElement.scrollWidth")
    viewport = page.evaluate("window.innerWidth")
    if width > viewport:
        wide = page.evaluate(
            WIDE_ELEMENTS_JS,
            viewport,
        )
        return [Problem("phone-scroll", f"phone-scroll: page is {width}px wide in a {viewport}px viewport; {wide}")]
    return []


def audit(page: Page) -> list[tuple[str, Problem]]:
    """Every problem on the page as it stands, at desktop and then at phone width: (width name, problem)."""
    found = []
    for name, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        problems = axe_problems(page)
        own = heading_problems(page) + control_name_problems(page) + title_problems(page)
        if name == "phone":
            own += phone_scroll_problems(page)
        problems += own
        found += [(name, p) for p in problems]
    return found


def report_of(page_name: str, found: list[tuple[str, Problem]]) -> str:
    lines = [f"{len(found)} accessibility problem(s) on {page_name}:"]
    lines += [f"[{width}] {problem.text}" for width, problem in found]
    return "\n".join(lines)


# --- The tests ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("page_name", PAGES)
def test_page_passes_the_accessibility_audit(site, page: Page, page_name):
    url, data = site
    page.set_viewport_size(DESKTOP)
    PAGES[page_name](page, url, data)

    found = audit(page)

    assert not found, report_of(page_name, found)


@pytest.mark.parametrize("path", ["/", "/listings/"])
def test_before_anything_is_published_the_page_says_so_and_offers_a_check(live_server, settings, page: Page, path):
    settings.PAGE_CACHE_SECONDS = 0
    cache.clear()
    page.goto(live_server.url + path)

    found = audit(page)

    assert not found, report_of(path, found)
    expect(page.get_by_text("No listings are published yet")).to_be_visible()
    expect(page.locator("main").get_by_role("link", name="check an offer you received")).to_be_visible()


def test_the_menu_opens_at_phone_width_and_passes_the_audit(site, page: Page):
    url, data = site
    page.set_viewport_size(PHONE)
    page.goto(url + "/")

    page.get_by_role("button", name="Open the menu").click()
    expect(page.locator("#main-nav")).to_have_class(re.compile(r"\bcollapse show\b"))  # opening animation over

    menu = page.get_by_role("navigation", name="Main")
    for name in ("Home", "Browse listings", "Check an offer", "Guide", "Weekly e-mail"):
        expect(menu.get_by_role("link", name=name, exact=True)).to_be_visible()
    problems = axe_problems(page) + phone_scroll_problems(page)
    assert not problems, report_of("home with the menu open", [("phone", p) for p in problems])


def test_every_page_has_a_title_of_its_own(site, page: Page):
    url, data = site
    titles: dict[str, list[str]] = {}
    for name, visit in PAGES.items():
        visit(page, url, data)
        titles.setdefault(page.title(), []).append(name)

    shared = {title: names for title, names in titles.items() if len(names) > 1}
    errors = {title: names for title, names in titles.items() if any(n.endswith("-errors") for n in names)}

    assert all(set(names) in SAME_PAGE for names in shared.values()), shared
    assert all(title.startswith("Error: ") for title in errors), (
        f"a form shown again with errors says so first: {errors}"
    )


def test_the_audit_finds_each_kind_of_problem_it_looks_for(page: Page):
    page.set_content(
        "<html><head><title></title></head><body>"
        "<h1>One</h1><h3>Skips a level</h3><h1>Two</h1>"
        '<input type="text" name="nameless">'
        '<p style="color: #777; background: #fff">Grey on white, 4.48:1</p>'
        '<div style="width: 600px">Wider than a phone</div>'
        "</body></html>"
    )

    found = {problem.rule for _, problem in audit(page)}

    assert {
        "one-h1",
        "heading-levels",
        "control-name",
        "page-title",
        "phone-scroll",
        "color-contrast",
        "label",
    } <= found
