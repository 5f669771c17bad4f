"""The site in English, Dutch, Afrikaans, Filipino and Urdu: who chooses the language, what each page says,
that caches never mix languages, and that every catalogue is complete."""

from __future__ import annotations

import re
import time
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import translation

from listings.abuse import signed_start
from listings.page_cache import GENERATION_KEY, page_key
from listings.subscriptions.models import Subscriber
from scoring.amounts import shown_plain
from scoring.wording import render
from tests.check_page import paste_offer

pytestmark = pytest.mark.django_db

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
HOME, CHECK = reverse("listings:home"), reverse("listings:check")

# What each language's pages say, in words from its catalogue (and locale/GLOSSARY.md).
HOME_HEADINGS = {
    "en": "Is this work-from-home call-center job real, and what does it really pay?",
    "nl": "Is deze thuiswerkbaan in een callcenter echt, en wat verdien je er echt mee?",
    "af": "Is hierdie tuiswerk-pos by 'n inbelsentrum eg, en wat betaal dit regtig?",
    "fil": "Totoo ba ang work-from-home call center job na ito, at magkano talaga ang sahod?",
    "ur": "کیا گھر سے کال سینٹر کی یہ نوکری اصلی ہے، اور اس کی اصل تنخواہ کتنی ہے؟",
}
CHECK_HEADINGS = {
    "en": "Check an offer",
    "nl": "Aanbod controleren",
    "af": "Kontroleer 'n aanbod",
    "fil": "I-check ang offer",
    "ur": "پیشکش چیک کریں",
}
LIKELY_SCAM = {
    "en": "Likely scam",
    "nl": "Waarschijnlijk oplichting",
    "af": "Waarskynlik bedrog",
    "fil": "Malamang scam",
    "ur": "ممکنہ فراڈ",
}
STOP_HERE = {
    "en": "Stop here: do not pay, do not send documents",
    "nl": "Stop hier: betaal niets, stuur geen documenten",
    "af": "Stop hier: moenie betaal nie, moenie dokumente stuur nie",
    "fil": "Tumigil ka rito: huwag magbayad, huwag magpadala ng documents",
    "ur": "یہیں رک جائیں: پیسے نہ دیں، دستاویزات نہ بھیجیں",
}
SCAM_OFFER = """Home-based customer service agent, $0.40 per call.
Before your interview you must buy a $99 starter kit. Interview by Telegram only."""


def html_tag(response) -> str:
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


def h1(response) -> str:
    return re.search(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S).group(1).strip()


def paste(client, text=SCAM_OFFER):
    return paste_offer(client, text)


# --- Each language's pages ------------------------------------------------------------------------------
@pytest.mark.parametrize("language", list(HOME_HEADINGS))
def test_home_and_check_pages_are_in_the_language_asked_for_with_its_lang_and_direction(client, language):
    direction = "rtl" if language == "ur" else "ltr"

    home = client.get(HOME, {"lang": language})
    check = client.get(CHECK, {"lang": language})

    for response in (home, check):
        assert response.status_code == 200
        assert html_tag(response) == f'<html lang="{language}" dir="{direction}">'
        assert response["Content-Language"] == language
    assert h1(home) == HOME_HEADINGS[language]
    assert h1(check) == CHECK_HEADINGS[language]


@pytest.mark.parametrize("language", list(LIKELY_SCAM))
def test_a_checked_scam_gets_its_verdict_and_the_stop_here_panel_in_the_language(client, language):
    client.get(HOME, {"lang": language})  # the visitor picked the language

    result = client.get(paste(client).url)

    body = result.content.decode()
    assert LIKELY_SCAM[language] in body
    assert STOP_HERE[language] in body
    # The offer's own words keep their direction inside a right-to-left page.
    assert '<q dir="auto">' in body


def test_urdu_loads_bootstraps_right_to_left_stylesheet_and_english_the_normal_one(client):
    urdu = client.get(HOME, {"lang": "ur"}).content.decode()
    english = client.get(HOME, {"lang": "en"}).content.decode()

    assert "bootstrap.rtl.min.css" in urdu and "bootstrap.min.css" not in urdu
    assert "bootstrap.min.css" in english and "bootstrap.rtl.min.css" not in english
    assert (Path(settings.BASE_DIR) / "static/vendor/bootstrap/bootstrap.rtl.min.css").is_file()


def test_the_not_found_page_is_translated(client):
    response = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="af")

    assert response.status_code == 404
    assert h1(response) == "Bladsy nie gevind nie"


# --- Who chooses ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("nl-NL,nl;q=0.9,en;q=0.8", "nl"),
        ("af-ZA,af;q=0.9", "af"),
        ("fil-PH,fil;q=0.9", "fil"),
        ("tl-PH,tl;q=0.9,en;q=0.5", "fil"),  # the older Tagalog code some phones send
        ("ur-PK,ur;q=0.9", "ur"),
        ("de-DE,de;q=0.9", "en"),  # a language the site does not have
        ("", "en"),
    ],
)
def test_the_browsers_accept_language_chooses_the_first_time(accept_language, expected):
    response = Client(HTTP_ACCEPT_LANGUAGE=accept_language).get(HOME)

    assert f'lang="{expected}"' in html_tag(response)
    assert "Accept-Language" in response["Vary"]
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies  # nothing chosen yet, nothing stored


def test_the_switcher_changes_the_language_keeps_the_page_and_the_cookie_keeps_the_choice():
    client = Client(HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    page = client.get(CHECK, {"lang": "en", "utm_source": "x"}).content.decode()
    form_pattern = r'<form class="language-switcher[^"]*" action="([^"]+)" method="post">(.*?)</form>'
    switcher = re.search(form_pattern, page, re.S)
    assert switcher, "no language switcher in the header"
    action, form = switcher.groups()
    next_url = re.search(r'name="next" value="([^"]*)"', form).group(1)
    assert next_url == "/check/?utm_source=x"  # the same page, without the old ?lang=
    assert {"en", "nl", "af", "fil", "ur"} == set(re.findall(r'<option value="([a-z]+)"', form))

    switched = client.post(action, {"language": "nl", "next": next_url.replace("&amp;", "&")})

    assert switched.status_code == 302 and switched.url == "/check/?utm_source=x"
    assert switched.cookies[settings.LANGUAGE_COOKIE_NAME].value == "nl"
    # Later pages, and the browser's own English, give way to the kept choice.
    assert h1(client.get(CHECK)) == CHECK_HEADINGS["nl"]
    assert h1(client.get(HOME)) == HOME_HEADINGS["nl"]


def test_the_header_kept_per_language_names_each_page_and_marks_it_current(client):
    # The header is rendered once per language and kept (vetting.site_header): each page still gets its own.
    for url, params, current, next_url in (
        (CHECK, {}, "Check an offer", "/check/"),
        (reverse("listings:guide"), {"q": '"><script>'}, "Guide", "/guide/?q=%22%3E%3Cscript%3E"),
        (HOME, {}, "Home", "/"),
        (CHECK, {"a": "1", "b": "2"}, "Check an offer", "/check/?a=1&amp;b=2"),
        (reverse("listings:guide"), {"lang": "nl"}, "Gids", "/guide/"),
    ):
        page = client.get(url, params).content.decode()
        assert re.search(r'name="next" value="([^"]*)"', page).group(1) == next_url
        assert re.findall(r'<a class="nav-link active" href="[^"]+" aria-current="page">([^<]+)</a>', page) == [current]
        assert "<script>" not in page


def test_the_switcher_never_sends_a_visitor_to_another_site(client):
    response = client.post(reverse("set_language"), {"language": "ur", "next": "https://evil.example/"})

    assert response.status_code == 302
    assert not response.url.startswith("https://evil.example")


def test_a_lang_link_activates_and_keeps_the_language(client):
    first = client.get(HOME, {"lang": "af"})
    assert first.cookies[settings.LANGUAGE_COOKIE_NAME].value == "af"

    later = client.get(CHECK, HTTP_ACCEPT_LANGUAGE="nl")

    assert h1(later) == CHECK_HEADINGS["af"]


def test_an_unknown_lang_value_is_ignored(client):
    response = client.get(HOME, {"lang": "xx-<script>"}, HTTP_ACCEPT_LANGUAGE="ur")

    assert 'lang="ur"' in html_tag(response)
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_the_admin_stays_in_english_whatever_the_browser_asks(client):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="nl")

    assert 'lang="en"' in html_tag(response)
    assert "Log in" in response.content.decode()


# --- hreflang ---------------------------------------------------------------------------------------------
def test_every_page_names_its_alternates_in_each_language_and_a_default(client, settings):
    settings.SITE_URL = "https://offers.example"

    page = client.get(CHECK, {"lang": "nl"}).content.decode()

    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', page))
    assert alternates == {
        "en": "https://offers.example/check/?lang=en",
        "nl": "https://offers.example/check/?lang=nl",
        "af": "https://offers.example/check/?lang=af",
        "fil": "https://offers.example/check/?lang=fil",
        "ur": "https://offers.example/check/?lang=ur",
        "x-default": "https://offers.example/check/",
    }


# --- Caches -----------------------------------------------------------------------------------------------
def test_the_page_cache_never_serves_one_language_to_another(settings):
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    dutch, english, urdu = (Client(HTTP_ACCEPT_LANGUAGE=code) for code in ("nl", "en", "ur"))

    first = dutch.get(HOME)
    assert h1(first) == HOME_HEADINGS["nl"]
    generation = cache.get(GENERATION_KEY, 0)
    assert cache.get(page_key(HOME, first.wsgi_request.GET, (), generation, "nl")) is not None  # it was cached

    assert h1(english.get(HOME)) == HOME_HEADINGS["en"]
    assert h1(urdu.get(HOME)) == HOME_HEADINGS["ur"]
    assert h1(dutch.get(HOME)) == HOME_HEADINGS["nl"]
    assert 'lang="en"' in html_tag(english.get(HOME))


# --- E-mail in the subscriber's language ------------------------------------------------------------------
def test_a_subscriber_who_signed_up_in_dutch_gets_the_confirmation_in_dutch(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    data = {
        "email": "zoeker@example.nl",
        "min_score": "0",
        "verdict": ["looks_legitimate"],
        "website_url": "",
        "started": signed_start(time.time() - 30),
    }

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("subscriptions:subscribe"), data, HTTP_ACCEPT_LANGUAGE="nl-NL,nl;q=0.9")

    assert response.status_code == 200
    assert Subscriber.objects.get().language == "nl"
    (message,) = mailoutbox
    assert message.subject == "Bevestig je wekelijkse e-mail van Offer Check"
    assert "Iemand (hopelijk jij) heeft op dit adres de wekelijkse e-mail van Offer Check aangevraagd" in message.body
    html = message.alternatives[0][0]
    assert '<html lang="nl" dir="ltr">' in html
    assert "Mijn wekelijkse e-mail bevestigen" in html


def test_the_mail_keeps_the_subscribers_language_whoever_sends_it(mailoutbox):
    from listings.subscriptions import mail

    subscriber = Subscriber.objects.create(email="seeker@example.pk", language="ur")

    message = mail.build_message(
        subscriber=subscriber, template="confirm", context={"confirm_url": "https://x/", "confirm_days": 7}
    )

    assert message.subject == "Offer Check کی ہفتہ وار ای میل کی تصدیق کریں"
    assert '<html lang="ur" dir="rtl">' in message.alternatives[0][0]


# --- The second pass: forms, guide, help, look-up, report, subscriptions, findings, the digest ---------------
@pytest.mark.parametrize(
    ("name", "language", "heading"),
    [
        ("listings:guide", "nl", "De checklist uitgelegd"),
        ("listings:guide", "ur", "چیک لسٹ کی وضاحت"),
        ("listings:already_paid", "af", "Reeds betaal, of jou dokumente gestuur?"),
        ("listings:already_paid", "fil", "Nakapagbayad ka na, o nakapagpadala ng documents?"),
        ("listings:lookup", "nl", "Een bedrijf, een recruiter of een nummer opzoeken"),
        ("listings:lookup", "ur", "کسی کمپنی، بھرتی کرنے والے یا نمبر کو تلاش کریں"),
        ("subscriptions:subscribe", "af", "Kry nuwe advertensies per e-pos, een keer per week"),
        ("subscriptions:subscribe", "fil", "Makatanggap ng mga bagong job post sa e-mail, isang beses kada linggo"),
    ],
)
def test_the_second_pass_pages_are_in_the_language_asked_for(client, name, language, heading):
    response = client.get(reverse(name), {"lang": language})

    assert response.status_code == 200
    assert h1(response) == heading


def test_the_report_and_submitted_pages_speak_the_language(client):
    from tests.factories import ListingFactory

    listing = ListingFactory(published=True, title="Support agent")

    report = client.get(reverse("listings:report_listing", args=[listing.pk]), {"lang": "nl"}).content.decode()

    assert "De vacature “Support agent” melden" in report
    assert (
        "Wat ging er mis?" in report
        and "Ze vroegen me te betalen (kosten, startpakket, training, apparatuur)" in report
    )
    assert "Hoe namen ze contact op? (optioneel)" in report


def test_the_check_forms_questions_choices_and_errors_are_in_the_language(client):
    form = client.get(CHECK, {"lang": "fil"}).content.decode()
    assert "Kailangan mo ba ng headset?" in form  # a question
    assert "Hindi alam / hindi sinabi" in form  # the checklist's own choice
    assert "Kada tawag" in form  # a pay basis
    assert "Ang offer at ang trabaho" in form  # a section

    error = paste(Client(HTTP_ACCEPT_LANGUAGE="ur"), text="").content.decode()
    assert "پہلے پیشکش کا متن پیسٹ کریں۔" in error


def test_the_share_buttons_words_come_from_the_page_in_its_language(client):
    client.get(HOME, {"lang": "nl"})
    result_url = paste(client).url

    saved = client.post(result_url + "save/", follow=True)

    assert saved.status_code == 200
    button = re.search(r"<button[^>]*data-share-url[^>]*>", saved.content.decode()).group(0)
    assert 'data-copied="Link gekopieerd: plak hem in een bericht of een e-mail."' in button
    assert 'data-copy-by-hand="Selecteer de link hierboven en kopieer hem."' in button
    assert 'data-share-label="Dit resultaat delen"' in button or "data-share-label=" in button
    # The script takes its words from those attributes (the site's CSP allows no inline script).
    script = (Path(settings.BASE_DIR) / "static/js/share.js").read_text()
    assert 'getAttribute("data-" + name)' in script


def test_a_dutch_check_result_explains_its_findings_in_dutch_and_the_api_stays_english(client):
    client.get(HOME, {"lang": "nl"})

    body = client.get(paste(client).url).content.decode()

    # The fee and the chat app, explained and asked about in Dutch, the amount as Dutch writes it.
    assert "Je zou een startpakket of kosten voor registratie of activering (US$\xa099,00) moeten betalen" in body
    assert "Het sollicitatiegesprek of de start gaat alleen via een chat-app" in body
    assert "Kunnen we het gesprek via telefoon of video doen" in body
    assert "You would have to pay" not in body

    api = Client(HTTP_ACCEPT_LANGUAGE="nl").post(
        "/api/v1/check", {"text": SCAM_OFFER}, content_type="application/json", HTTP_COOKIE="django_language=nl"
    )
    assert api.status_code == 200
    findings = api.json()["findings"]
    explanations = " ".join(f["explanation"] for f in findings)
    assert "You would have to pay a starter kit, registration or activation fee ($99.00)" in explanations
    assert "chat app" in explanations and "startpakket" not in explanations
    assert all("wording" not in f for f in findings)  # the stored templates are not part of the API
    assert "Can we do the interview by phone or video" in " ".join(api.json()["questions"])


def test_a_finding_stored_before_its_wording_existed_still_shows_its_english(client):
    from listings.checking import CheckedOffer

    old = CheckedOffer(
        verdict="red_flags",
        score=70,
        findings=[{"rule": "x", "severity": "red_flag", "points": 30, "faq": "Q6", "explanation": "Old words"}],
        pay=None,
        rules_version=1,
    )

    assert old.shown_findings[0]["explanation"] == "Old words"


@pytest.fixture
def smtp_server_for(settings):
    from tests import digest_support

    started = []

    def start():
        handler = digest_support.ScriptedHandler()
        controller = digest_support.start_smtp(handler)
        started.append(controller)
        digest_support.use_smtp(settings, controller.port)
        return handler

    yield start
    for controller in started:
        controller.stop()


def test_a_dutch_subscriber_gets_the_digest_in_dutch_and_an_english_one_in_english(smtp_server_for):
    from listings.subscriptions import digest
    from tests import digest_support
    from tests.factories import ListingFactory

    server = smtp_server_for()
    ListingFactory(title="Home support agent", published=True, regions=["US"], training_pay="unpaid")
    Subscriber.objects.create(
        email="zoeker@example.nl",
        status=Subscriber.Status.CONFIRMED,
        language="nl",
        min_score=0,
        verdicts=["looks_legitimate", "ask_more_questions", "red_flags", "likely_scam"],
    )
    Subscriber.objects.create(
        email="seeker@example.com",
        status=Subscriber.Status.CONFIRMED,
        language="en",
        min_score=0,
        verdicts=["looks_legitimate", "ask_more_questions", "red_flags", "likely_scam"],
    )

    year, week = digest_support.digest_week()
    result = digest.digest_run_inline(iso_year=year, iso_week=week)

    assert result.sent == 2
    messages = {m["To"]: m for m in server.messages()}
    dutch, english = messages["zoeker@example.nl"], messages["seeker@example.com"]
    assert dutch["Subject"] == "1 nieuwe vacature voor je deze week · Offer Check"
    text, html = digest_support.parts(dutch)
    assert '<html lang="nl" dir="ltr">' in html
    assert "Je wekelijkse e-mail van Offer Check" in text and "Lees de hele controle" in html
    assert "V10: De training (10 dagen) is onbetaald: je werkt gratis vóór je eerste loon." in text
    assert "Waarschuwingssignalen" in text  # the verdict's name from the glossary
    assert english["Subject"] == "1 new listing for you this week · Offer Check"
    assert (
        "The training (10 days) is unpaid: you work for free before the first paycheck."
        in digest_support.parts(english)[0]
    )


# --- The catalogues ---------------------------------------------------------------------------------------
CATALOGUES = sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po"))
PLACEHOLDER = re.compile(r"%\(\w+\)s|%s|%d|\{\w*\}")


def test_there_is_a_catalogue_for_every_language_but_english():
    assert {path.parts[-3] for path in CATALOGUES} == {code for code, _ in settings.LANGUAGES} - {"en"}


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_every_catalogue_entry_is_translated_not_fuzzy_and_keeps_its_placeholders(path):
    catalogue = polib.pofile(str(path))

    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    broken = [
        entry.msgid
        for entry in catalogue.translated_entries()
        for translation in (entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr])
        if sorted(set(PLACEHOLDER.findall(translation))) != sorted(set(PLACEHOLDER.findall(entry.msgid)))
    ]
    assert untranslated == [], f"{path}: untranslated"
    assert fuzzy == [], f"{path}: fuzzy"
    assert broken == [], f"{path}: placeholders differ"
    assert catalogue.metadata["Plural-Forms"].startswith("nplurals=2;")


def test_every_catalogue_is_compiled_for_django_to_read():
    for path in CATALOGUES:
        compiled = path.with_suffix(".mo")
        assert compiled.is_file(), f"{compiled} missing: run make install"
        assert compiled.stat().st_mtime >= path.stat().st_mtime, f"{compiled} older than its .po: run make install"


@pytest.mark.parametrize(
    ("language", "hours", "rate_date"),
    [("en", "173.33", "2025-09-01"), ("nl", "173,33", "1 september 2025"), ("af", "173,33", "01 September 2025")],
)
def test_numbers_and_dates_a_finding_quotes_are_written_as_the_pages_language_writes_them(language, hours, rate_date):
    with translation.override(language):
        hours_text = render(["Working hours per month: %(hours_per_month)s", {"hours_per_month": "173.33"}])
        assert hours_text.endswith(hours)
        assert shown_plain("2025-09-01") == rate_date
        assert shown_plain("2026") == "2026"  # a bare year stays a year, not "2.026"
