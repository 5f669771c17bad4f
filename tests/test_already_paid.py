"""After paying or sending documents: the help page, its country first, the panel on bad results, moderators' edits."""

import pytest
from django.urls import reverse

from listings.models import ReportingChannel
from tests.test_site_forms import CHECK, offer_data

pytestmark = pytest.mark.django_db
PAGE = reverse("listings:already_paid")


def own_country_section(body: str) -> str:
    return body[body.index('id="report-here"') : body.index('id="elsewhere"')]


def test_the_page_says_what_to_do_first_and_lists_the_chosen_countrys_channels_first(client):
    body = client.get(PAGE, {"country": "PH"}).content.decode()

    assert body.index("Call your bank") < body.index('id="report-here"')
    own = own_country_section(body)
    assert "Report it in Philippines" in own
    assert "CICC Inter-Agency Response Center" in own and 'href="tel:1326"' in own
    assert "FTC ReportFraud" not in own
    assert "FTC ReportFraud" in body[body.index('id="elsewhere"') :]  # every other country, further down


@pytest.mark.parametrize(
    ("accept_language", "heading"),
    [("en-IN,en;q=0.8", "Report it in India"), ("nl-NL,nl;q=0.9", "Meld het in Nederland"),
     ("af", "Meld dit aan in Suid-Afrika"), ("ur", "پاکستان میں رپورٹ کریں"),
     ("fr-FR", "Report it in United States"), ("", "Report it in United States")],
)  # fmt: skip
def test_without_a_choice_the_browsers_language_picks_the_country(client, accept_language, heading):
    """The page is in the browser's language too, the country named in it."""
    response = client.get(PAGE, HTTP_ACCEPT_LANGUAGE=accept_language)

    assert heading in response.content.decode()
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize("junk", ["XX", "<script>", "us'--", "P" * 500])
def test_a_country_we_do_not_serve_falls_back_quietly(client, junk):
    response = client.get(PAGE, {"country": junk}, HTTP_ACCEPT_LANGUAGE="en-ZA")

    assert response.status_code == 200
    assert "Report it in South Africa" in response.content.decode()


def test_a_red_flag_result_offers_help_for_the_offers_country(client):
    response = client.post(CHECK, offer_data(hiring_regions=["CA-ON"], training_pay="unpaid"), follow=True)
    body = response.content.decode()

    assert "Already paid or sent documents?" in body
    assert 'href="/guide/already-paid/?country=CA"' in body
    assert "Stop here" not in body  # red flags are not a scam


def test_a_moderator_keeps_a_channel_current_and_seekers_see_it_at_once(moderator_client, client):
    channel = ReportingChannel.objects.get(country="PK")
    url = reverse("admin:listings_reportingchannel_change", args=[channel.pk])
    form = {
        "country": "PK",
        "name": "NCCIA Cyber Crime Reporting Centre",
        "url": "https://example.gov.pk/report",
        "phone": "1799",
        "what_it_takes": "Online fraud, including job scams.",
        "position": "1",
    }

    assert moderator_client.post(url, {**form, "url": "http://insecure.example/"}).status_code == 200  # refused
    assert moderator_client.post(url, form).status_code == 302

    own = own_country_section(client.get(PAGE, {"country": "PK"}).content.decode())
    assert 'href="https://example.gov.pk/report"' in own and "NCCIA Cyber Crime Reporting Centre" in own
    guide = client.get(reverse("listings:guide")).content.decode()
    assert "NCCIA Cyber Crime Reporting Centre" in guide


def test_every_seeded_channel_explanation_is_marked_for_translation_and_shows_translated():
    """A channel keeps its official name; its seeded explanation is in the catalogues, so the page shows it in the
    page's language (a moderator's rewrite has no translation and shows as written)."""
    import json
    from pathlib import Path

    from django.conf import settings
    from django.test import Client

    from listings.data.reporting_channels_words import SEEDED_EXPLANATIONS

    seeded = json.loads((Path(settings.BASE_DIR) / "listings/data/reporting_channels.json").read_text())
    assert [row["what_it_takes"] for row in seeded] == list(SEEDED_EXPLANATIONS)

    body = Client().get(PAGE, {"country": "NL", "lang": "nl"}).content.decode()
    assert "Fraudehelpdesk" in body  # the agency's own name
    assert "Neemt meldingen aan van vacaturefraude" in body
    assert "Takes reports of vacancy fraud" not in body
