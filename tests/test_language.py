"""The offer's language: read when the reading understands it, and said plainly when it does not."""

import io
import json

import pytest
from django.core.management import call_command

from scoring.extraction import Extraction, extract
from scoring.extraction.language import detect_language, is_read
from tests.factories import ListingFactory
from tests.test_site_extraction import paste

READ = {
    "en": "Remote customer service agent, $16 an hour, paid training, we ship you a laptop. Texas residents only.",
    "nl": "Klantenservicemedewerker thuis gezocht, €15,20 per uur, betaalde training, laptop van de zaak. "
    "Reageer snel!",
    "af": "Inbelsentrum agente benodig om van die huis af te werk. Salaris R8 000 per maand, opleiding word betaal.",
    "tl": "Hiring po kami ng CSR for WFH, sahod ₱22,000 kada buwan, may training na bayad, PM lang po para sa details.",
    "ur": "Ghar se kaam ke liye call center agent chahiye, tankhwah Rs 40,000 mahana, training ki fee nahi hai, "
    "rabta karein.",
    "ur-script": "گھر سے کام کے لیے کال سینٹر ایجنٹ کی ضرورت ہے۔ تنخواہ 40,000 روپے ماہانہ، تربیت مفت ہے۔ "
    "واٹس ایپ پر رابطہ کریں۔",
}
NOT_READ = {
    "es": "Empresa de atención al cliente busca agentes para trabajar desde casa. Salario de 12 dólares por hora, "
    "capacitación pagada, se requiere computadora y auriculares. Envíe su currículum.",
    "fr": "Nous recrutons des téléconseillers en télétravail. Rémunération 11 euros de l'heure, formation payée, "
    "contrat à durée indéterminée après la période d'essai. Envoyez votre CV.",
    "de": "Wir suchen Kundenservice-Mitarbeiter im Homeoffice. 14 Euro pro Stunde, bezahlte Einarbeitung, Laptop "
    "und Headset werden gestellt. Bewerben Sie sich jetzt.",
    "pt": "Estamos contratando atendentes de call center para trabalhar em casa. Salário de 1.800 reais por mês, "
    "treinamento pago, equipamento fornecido pela empresa.",
}


@pytest.mark.parametrize("name", list(READ))
def test_offers_in_the_languages_we_read_are_read(name):
    assert is_read(detect_language(READ[name]))


@pytest.mark.parametrize("code", list(NOT_READ))
def test_offers_in_other_languages_are_recognised(code):
    assert detect_language(NOT_READ[code]) == code
    assert not extract(NOT_READ[code]).language_read


@pytest.mark.parametrize("text", ["$15/hr, Texas", "Salario 12 dólares", ""])
def test_a_few_words_are_too_few_to_judge(text):
    assert detect_language(text) == ""
    assert extract(text).language_read


def test_the_language_is_kept_with_stored_evidence():
    stored = extract(NOT_READ["es"]).as_dict()

    assert Extraction.from_dict(json.loads(json.dumps(stored))).language == "es"


@pytest.mark.django_db
def test_a_pasted_offer_in_another_language_says_so_instead_of_nothing_found(client):
    response = paste(client, NOT_READ["fr"])

    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="read-language"' in body and "French" in body and "answer the questions below yourself" in body
    assert 'id="read-nothing"' not in body


@pytest.mark.django_db
def test_a_pasted_dutch_offer_is_read_without_a_language_warning(client):
    body = paste(client, READ["nl"]).content.decode()

    assert 'id="read-language"' not in body
    assert "We filled in" in body


@pytest.mark.django_db
def test_a_listing_in_another_language_says_its_text_was_not_read(client):
    listing = ListingFactory(published=True, description=NOT_READ["de"], evidence=extract(NOT_READ["de"]).as_dict())

    body = client.get(listing.get_absolute_url()).content.decode()

    assert 'id="read-language"' in body and "German" in body


@pytest.mark.django_db
def test_check_offer_reports_the_language(tmp_path):
    source = tmp_path / "offers.jsonl"
    source.write_text(
        "\n".join(json.dumps({"id": code, "text": text}) for code, text in (("es", NOT_READ["es"]), ("nl", READ["nl"])))
    )
    out, err = io.StringIO(), io.StringIO()

    call_command("check_offer", str(source), "--jsonl", stdout=out, stderr=err)

    results = {r["id"]: r for r in map(json.loads, out.getvalue().splitlines())}
    assert (results["es"]["language"], results["es"]["language_read"]) == ("es", False)
    assert (results["nl"]["language"], results["nl"]["language_read"]) == ("nl", True)
