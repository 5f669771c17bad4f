"""No English interface text left on a page in another language.

Each public page (browse with and without filters, its empty, paged and error states; a listing; employers;
look-up; report; guide; check; the feeds; the e-mails) is rendered in English and in each other language. Every
visible text node and every text a screen reader reads (aria-label, title, alt, placeholder) is collected. A text
that comes out the same as on the English page is English left behind, unless it is:
- the offer's or a moderator's own words (quoted with dir="auto" or <bdi>, or the test data itself), a date
  (Filipino pages write months in English, as Philippine job posts do), or has no word of three letters;
- a translation that is the same as the English on purpose, as the catalogue records it (Dutch "Filters",
  Filipino "Training").
So a string nobody marked for translation, a mark that never reaches the catalogue, or a translation missing
from one language fails here, naming the page, the language and the text.
"""

from __future__ import annotations

import re
import time
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import polib
import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from listings import views
from listings.abuse import signed_start
from listings.models import (
    Answer,
    Employer,
    PayBasis,
    Region,
    Report,
    ReportingChannel,
    TrainingPay,
    WorkerStatus,
)
from listings.services import employer_set_status, listing_saved, report_create, report_set_status
from listings.subscriptions import tokens
from listings.subscriptions.models import Subscriber
from scoring.extraction import extract
from tests.check_page import paste_offer
from tests.factories import EmployerFactory, FeeFactory, ListingFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["nl", "af", "fil", "ur"]
LOCALE_DIR = Path(settings.BASE_DIR) / "locale"

OFFER = """Work from home: inbound customer service for a travel company!
Pay: $0.40 per call. You are an independent contractor.
Hiring in Texas and Florida. You need your own computer and a USB headset.
Before your interview you must buy a $99 starter kit.
Training is unpaid for 5 days."""

# Names that are the same in every language: the product, the languages in the switcher, the feed format.
PROPER_NAMES = {"Offer Check", "English", "Nederlands", "Afrikaans", "Filipino", "Atom"}
DATE = re.compile(r"^\d{1,2} [A-Za-z]+\.? \d{4}$|^[A-Za-z]+\.? \d{1,2}, \d{4}$")
WORD = re.compile(r"[A-Za-z]{3,}")


# --- Reading a page as a person (or a screen reader) does ------------------------------------------------
class VisibleText(HTMLParser):
    """Text nodes and read-out attributes, without scripts, styles and the offer's own (dir="auto") words."""

    SKIPPED = {"script", "style", "template", "q", "bdi", "code"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    READ_OUT = ("aria-label", "title", "alt", "placeholder")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.stack: list[bool] = []  # per open element: is its content skipped?

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        skipped = bool(self.stack and self.stack[-1]) or tag in self.SKIPPED or attrs.get("dir") == "auto"
        if not skipped:
            self.texts += [attrs[name] for name in self.READ_OUT if attrs.get(name)]
        if tag == "meta" and attrs.get("name") == "description":
            self.texts.append(attrs.get("content", ""))
        if tag not in self.VOID:
            self.stack.append(skipped)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]):
            self.texts.append(data)


def normal(text: str) -> str:
    return " ".join(text.split())


def html_texts(html: str) -> set[str]:
    parser = VisibleText()
    parser.feed(html)
    return {normal(t) for t in parser.texts} - {""}


def feed_texts(xml: bytes) -> set[str]:
    root = ElementTree.fromstring(xml)
    return {normal(el.text) for el in root.iter() if el.text and not el.tag.endswith(("id", "updated", "published"))}


def kept_on_purpose(language: str) -> set[str]:
    """Translations the catalogue makes identical to their English."""
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES/django.po"))
    same = set()
    for entry in catalogue.translated_entries():
        pairs = (
            zip([entry.msgid, entry.msgid_plural], entry.msgstr_plural.values(), strict=False)
            if entry.msgid_plural
            else [(entry.msgid, entry.msgstr)]
        )
        same |= {normal(msgstr) for msgid, msgstr in pairs if normal(msgid) == normal(msgstr)}
    return same


def english_left(english: set[str], translated: set[str], language: str, data: set[str]) -> list[str]:
    allowed = PROPER_NAMES | data | kept_on_purpose(language)
    return sorted(
        text
        for text in translated & english
        if WORD.search(text) and text not in allowed and not DATE.match(text) and not _only_data(text, data)
    )


URL = re.compile(r"https?://\S+")


def _only_data(text: str, data: set[str]) -> bool:
    """A node made only of the test data, addresses and punctuation ("Harbor Contact Services (verified)" is not)."""
    rest = URL.sub(" ", text)
    for value in sorted(data | PROPER_NAMES, key=len, reverse=True):
        rest = rest.replace(value, " ")
    return not WORD.search(rest)


# --- What the pages show --------------------------------------------------------------------------------------
@pytest.fixture
def site(settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 0
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    cache.clear()
    monkeypatch.setattr(views.BrowseView, "paginate_by", 2)  # a second page with a handful of listings

    verified = EmployerFactory(name="Harbor Contact Services", verified=True)
    flagged = EmployerFactory(name="QuickCash Call Partners", public_note="Several seekers paid a fee.")
    unreviewed = EmployerFactory(name="Northwind Voice")
    clean = ListingFactory(
        published=True,
        employer=verified,
        title="Inbound customer care agent",
        regions=["US", "CA", "PH"],
        source_url="https://harbor.example/jobs/1",
    )
    ListingFactory(published=True, employer=verified, title="Technical support specialist", work=["tech_support"])
    ListingFactory(published=True, employer=unreviewed, title="Overnight reservations agent", work=["reservations"])
    risky = ListingFactory(
        published=True,
        employer=flagged,
        title="Travel reservations agent",
        description=OFFER,
        evidence=extract(OFFER).as_dict(),
        pay_basis=PayBasis.CALL,
        pay_amount=Decimal("0.40"),
        guaranteed_minimum=Answer.NO,
        worker_status=WorkerStatus.CONTRACTOR,
        training_pay=TrainingPay.UNPAID,
        training_days=5,
        work=["reservations"],
        regions=["US-TX", "US-FL"],
    )
    FeeFactory(listing=risky, kind="starter_kit", amount=Decimal("99.00"), timing="before_offer")
    listing_saved(listing=risky)
    employer_set_status(employer=flagged, status=Employer.Status.FLAGGED, note="Confirmed.")
    report = report_create(reason=Report.Reason.CHAT_APP, listing=risky, chat_handle="quickcash_hr")
    report_set_status(report=report, status=Report.Status.RESOLVED, note="Checked.")
    blocked = EmployerFactory(name="Starter Kit Staffing", blocked=True, public_note="Charges for training.")

    employers = [verified, flagged, unreviewed, blocked]
    listings = [clean, risky]
    data = {e.name for e in employers} | {e.public_note for e in employers if e.public_note}
    data |= {listing.title for listing in clean.employer.listings.all()} | {risky.title, "Overnight reservations agent"}
    data |= {normal(listing.application_process) for listing in listings} | {
        normal(line) for line in OFFER.splitlines()
    }
    data |= {"Texas", "Florida", "quickcash_hr", "harbor.example", "https://harbor-contact-services.example"}
    data |= {e.slug + ".example" for e in employers} | {e.website for e in employers}
    data |= {normal(ListingFactory.description), "nobody-here.example"}  # a factory's text; what a visitor typed
    data |= set(ReportingChannel.objects.values_list("name", flat=True))  # an agency's name is its own
    # Places keep their ISO 3166 names, but for the countries the site serves (a test of its own, below).
    data |= {f"{name} ({code})" for code, name in Region.objects.values_list("code", "name")}
    reader = Subscriber.objects.create(email="reader@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    data |= {reader.email}
    pages = {"clean": clean, "risky": risky, "flagged": flagged, "unreviewed": unreviewed, "blocked": blocked}
    return {**pages, "reader": reader}, data


def get(path: str, language: str, **params) -> str:
    response = Client().get(path, {**params, "lang": language})
    assert response.status_code in (200, 400, 404), (path, response.status_code)
    return response.content.decode()


BROWSE = reverse("listings:browse")
PAGES = {
    "home": lambda s, lang: get(reverse("listings:home"), lang),
    "browse": lambda s, lang: get(BROWSE, lang),
    "browse-page-2": lambda s, lang: get(BROWSE, lang, page="2"),
    "browse-filtered": lambda s, lang: get(
        BROWSE + "?work_type=customer_service&work_type=tech_support&pay_basis=hour&worker_status=employee"
        "&direction=inbound&region=US&min_score=10&verdict=looks_legitimate&paid_training=on&no_fees=on&sort=hourly",
        lang,
    ),
    "browse-nothing-matches": lambda s, lang: get(BROWSE, lang, q="zzzznotawordanywhere"),
    "browse-bad-filters": lambda s, lang: get(BROWSE, lang, min_score="500", region="XX", sort="cheapest"),
    "listing": lambda s, lang: get(s["risky"].get_absolute_url(), lang),
    "listing-clean": lambda s, lang: get(s["clean"].get_absolute_url(), lang),
    "employer-flagged": lambda s, lang: get(s["flagged"].get_absolute_url(), lang),
    "employer-unreviewed": lambda s, lang: get(s["unreviewed"].get_absolute_url(), lang),
    "employer-blocked": lambda s, lang: get(s["blocked"].get_absolute_url(), lang),
    "lookup": lambda s, lang: get(reverse("listings:lookup"), lang),
    "lookup-found": lambda s, lang: get(reverse("listings:lookup"), lang, q="t.me/quickcash_hr"),
    "lookup-nothing": lambda s, lang: get(reverse("listings:lookup"), lang, q="nobody-here.example"),
    "lookup-error": lambda s, lang: get(reverse("listings:lookup"), lang, q="+1 12"),
    "report": lambda s, lang: get(reverse("listings:report_listing", args=[s["risky"].pk]), lang),
    "report-errors": lambda s, lang: (
        Client()
        .post(
            reverse("listings:report_listing", args=[s["risky"].pk]) + f"?lang={lang}",
            {"details": "x", "phone": "12", "started": signed_start(time.time() - 30)},
        )
        .content.decode()
    ),
    "report-employer": lambda s, lang: get(reverse("listings:report_employer", args=[s["flagged"].slug]), lang),
    "guide": lambda s, lang: get(reverse("listings:guide"), lang),
    "already-paid": lambda s, lang: get(reverse("listings:already_paid"), lang, country="PH"),
    "check": lambda s, lang: get(reverse("listings:check"), lang),
    "subscribe": lambda s, lang: get(reverse("subscriptions:subscribe"), lang, pay_basis="hour", no_fees="on"),
    "subscription-preferences": lambda s, lang: get(
        reverse("subscriptions:preferences", args=[tokens.make_token(s["reader"], tokens.PREFERENCES)]), lang
    ),
    "subscription-invalid-link": lambda s, lang: get(reverse("subscriptions:confirm", args=["not-a-token"]), lang),
    "not-found": lambda s, lang: get("/no-such-page/", lang),
}


def check_result(language: str) -> str:
    client = Client()
    client.get(reverse("listings:home"), {"lang": language})
    return client.get(paste_offer(client, OFFER).url).content.decode()


# --- The tests ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_name", PAGES)
def test_no_english_interface_text_is_left_on_the_page(site, page_name, language):
    pages, data = site
    english = html_texts(PAGES[page_name](pages, "en"))

    translated = html_texts(PAGES[page_name](pages, language))

    left = english_left(english, translated, language, data)
    assert not left, f"English left on {page_name} in {language}: {left}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_interface_text_is_left_on_a_check_result(site, language):
    _, data = site
    english = html_texts(check_result("en"))

    translated = html_texts(check_result(language))

    left = english_left(english, translated, language, data)
    assert not left, f"English left on the check result in {language}: {left}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("feed", ["browse", "employer"])
def test_the_feeds_speak_the_language_they_are_asked_in(site, feed, language):
    pages, data = site
    path = (
        reverse("listings:browse_feed")
        if feed == "browse"
        else reverse("listings:employer_feed", args=["quickcash-call-partners"])
    )
    english = feed_texts(Client().get(path, {"lang": "en"}).content)

    translated = feed_texts(Client().get(path, {"lang": language}).content)

    left = english_left(english, translated, language, data)
    assert not left, f"English left on the {feed} feed in {language}: {left}"
    assert pages["risky"].title in " ".join(translated)  # the listing is there, in its own words


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", ["confirm", "already_subscribed"])
def test_no_english_is_left_in_the_e_mails(site, template, language):
    from listings.subscriptions import mail

    _, data = site
    context = {"confirm_url": "https://x.example/c/", "confirm_days": 7, "preferences_url": "https://x.example/p/"}

    def texts(code):
        subscriber = Subscriber.objects.create(email=f"{code}@example.org", language=code)
        message = mail.build_message(subscriber=subscriber, template=template, context=context)
        return (
            html_texts(message.alternatives[0][0])
            | {normal(line) for line in message.body.splitlines()}
            | {message.subject}
        )

    left = english_left(texts("en"), texts(language), language, data)
    assert not left, f"English left in the {template} e-mail in {language}: {left}"


def test_the_check_catches_an_english_string_left_on_a_page(site):
    """The check itself: the Dutch browse page with one heading put back into English fails it."""
    pages, data = site
    english = html_texts(PAGES["browse"](pages, "en"))
    dutch = PAGES["browse"](pages, "nl").replace("Vacatures bekijken</h1>", "Browse listings</h1>")

    left = english_left(english, html_texts(dutch), "nl", data)

    assert left == ["Browse listings"]


def test_browse_and_listing_pages_say_it_in_dutch(site):
    pages, _ = site

    browse = get(BROWSE, "nl", page="1")
    listing = get(pages["risky"].get_absolute_url(), "nl")

    assert "Vacatures filteren" in browse and "Alle filters wissen" in browse
    assert "Pagina 1 van 2" in browse and ">Volgende</a>" in browse
    assert "Sorteren op" in browse and "Beste loon eerst (vergeleken met het minimumloon daar)" in browse
    assert "Deze vacature melden" in listing and "Hoe je betaald wordt" in listing
    assert "(5 dagen)" in listing  # training days, counted the Dutch way
    assert "Neemt mensen aan in" in listing


def test_the_feed_link_on_a_translated_page_asks_for_its_language(site):
    pages, _ = site

    dutch = get(BROWSE, "nl")
    english = get(BROWSE, "en")
    employer = get(pages["flagged"].get_absolute_url(), "ur")

    assert 'href="/listings/feed/?lang=nl"' in dutch
    assert 'href="/listings/feed/"' in english
    assert f'href="/employers/{pages["flagged"].slug}/feed/?lang=ur"' in employer


def test_a_served_country_is_named_in_the_language_and_others_keep_their_names(site):
    pages, _ = site

    listing = get(pages["clean"].get_absolute_url(), "nl")
    filters = get(BROWSE, "ur")

    assert "Canada, Filipijnen, Verenigde Staten" in listing
    assert '<option value="PK">پاکستان (PK)</option>' in filters
    assert '<option value="US-TX">Texas (US-TX)</option>' in filters


def test_djangos_own_messages_the_catalogues_carry_are_still_djangos_words():
    """vetting/django_words.py marks Django's form messages by their exact English: a Django upgrade that rewords
    one would bring the English back on Filipino pages, so this fails first."""
    import django

    django_catalogue = polib.pofile(str(Path(django.__file__).parent / "conf/locale/nl/LC_MESSAGES/django.po"))
    djangos = {entry.msgid for entry in django_catalogue}
    ours = [
        entry.msgid
        for entry in polib.pofile(str(LOCALE_DIR / "nl/LC_MESSAGES/django.po"))
        if any(path == "vetting/django_words.py" for path, _ in entry.occurrences)
    ]

    assert len(ours) == 17
    assert [msgid for msgid in ours if msgid not in djangos] == []
