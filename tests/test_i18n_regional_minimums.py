"""The legal minimums of Canadian provinces and territories, Philippine regions and Indian states
(scoring/pay_regions.py), quoted by the below-minimum finding, read in the page's language: the place and the
figure's words, not the English they were seeded in."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import polib
import pytest
from django.utils import translation

from scoring.checklist import CHECKLIST
from scoring.config import RuleConfig
from scoring.pay_references import CODE_FIGURES
from scoring.pay_regions import CANADIAN_MINIMUMS, INDIAN_MINIMUMS, PHILIPPINE_MINIMUMS
from scoring.wording import shown
from tests.offers import clean_offer

REGIONS = sorted({*CANADIAN_MINIMUMS, *PHILIPPINE_MINIMUMS, *INDIAN_MINIMUMS})
LANGUAGES = ("nl", "af", "fil", "ur")
# Words of the English figures and finding that a translated page must not show.
ENGLISH = re.compile(r"\b(an hour|a day|a month|the|less than|legal minimum in)\b")


def below_minimum_finding(place: str) -> dict:
    """The below-minimum finding for an offer paying 1 (in the local currency) an hour in `place`, stored as a kept
    result is (JSON)."""
    figure = CODE_FIGURES.by_place[place]
    offer = clean_offer(hiring_regions=(place,), pay_amount=Decimal("1.00"), pay_currency=figure.currency)
    (finding,) = [f for rule in CHECKLIST for f in rule(offer, RuleConfig()) if f.rule == "pay_below_minimum_wage"]
    return json.loads(json.dumps(finding.as_dict()))


def shown_in(language: str, finding: dict) -> str:
    with translation.override(language):
        return shown(finding, "explanation")


@pytest.mark.parametrize("place", REGIONS)
def test_every_regional_minimum_is_quoted_in_each_language_without_english_words(place):
    figure = CODE_FIGURES.by_place[place]
    finding = below_minimum_finding(place)
    english = f"less than the legal minimum in {figure.name}: {figure.minimum_text}."
    assert english in finding["explanation"]  # stored (and in the API) as before
    assert english in shown_in("en", finding)

    for language in LANGUAGES:
        explanation = shown_in(language, finding)

        assert figure.minimum_text not in explanation, language
        assert not ENGLISH.search(explanation), f"{language}: {explanation}"
        amount = re.search(r"[$₱₹][\d,.]+", figure.minimum_text)[0]
        assert amount in explanation, language  # the law's amount as it states it


@pytest.mark.parametrize("place", REGIONS)
def test_urdu_names_each_region_in_urdu_script_as_it_does_ontario_and_delhi(place):
    explanation = shown_in("ur", below_minimum_finding(place))
    place_and_minimum = explanation.split("دیتی ہے", 1)[1]  # after the offer's own pay ("1.00 CAD")

    # The wage orders' names and the law's class letters (zone I, semi-skilled A) stay as written; no other Latin.
    assert not re.findall(r"[A-Za-z]+", re.sub(r"Wage Order[\w -]*|\b[AI]\b", "", place_and_minimum))


def test_a_dutch_filipino_and_afrikaans_reader_see_the_northwest_territories_and_davao_with_their_own_article():
    territories, davao = below_minimum_finding("CA-NT"), below_minimum_finding("PH-11")

    assert shown_in("nl", territories).endswith(
        "minder dan het wettelijk minimumloon in de Northwest Territories: "
        "$16.95 per uur (algemeen minimumloon van de Northwest Territories)."
    )
    assert shown_in("fil", territories).endswith(
        "mas mababa sa legal na minimum wage sa Northwest Territories: "
        "$16.95 kada oras (general minimum wage sa Northwest Territories)."
    )
    assert shown_in("af", davao).endswith(
        "minder as die wetlike minimum in die Davao-streek: ₱540 per dag (buite die landbou; Wage Order RB XI-24)."
    )
    assert "قانونی کم از کم اجرت" in shown_in("ur", territories)
    assert "نارتھ ویسٹ ٹیریٹریز کی عام کم از کم اجرت" in shown_in("ur", territories)


def test_a_province_figure_a_moderator_raised_still_reads_in_the_language_with_the_new_amount():
    from scoring.pay_reference_words import said
    from scoring.wording import render

    raised = said("$16.25 an hour (Alberta general minimum wage)")

    with translation.override("nl"):
        assert render(raised.as_data()) == "$16.25 per uur (algemeen minimumloon van Alberta)"
    with translation.override("ur"):
        assert render(raised.as_data()) == "$16.25 فی گھنٹہ (البرٹا کی عام کم از کم اجرت)"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_regional_name_and_figure_is_in_the_catalogue_translated(language):
    from django.conf import settings

    catalogue = polib.pofile(str(settings.LOCALE_PATHS[0] / language / "LC_MESSAGES" / "django.po"))
    translated = {entry.msgid for entry in catalogue.translated_entries()}
    regional = [*CANADIAN_MINIMUMS.values(), *PHILIPPINE_MINIMUMS.values(), *INDIAN_MINIMUMS.values()]

    assert {row.name for row in regional} <= translated
    assert {row.text for row in [*PHILIPPINE_MINIMUMS.values(), *INDIAN_MINIMUMS.values()]} <= translated
    assert "%(amount)s an hour (%(province)s general minimum wage)" in translated


@pytest.mark.parametrize("place", ["US-OR", "BE"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_oregon_and_belgium_minimums_read_in_each_language(place, language):
    figure = CODE_FIGURES.by_place[place]

    explanation = shown_in(language, below_minimum_finding(place))

    assert figure.minimum_text not in explanation and not ENGLISH.search(explanation), explanation
    # The figure itself, written with the language's decimal mark ("$15.05" in English, "$15,05" in Dutch)
    sign, units, cents = re.search(r"([$€])(\d+)\.(\d{2})", figure.minimum_text).groups()
    assert f"{sign}{units}.{cents}" in explanation or f"{sign}{units},{cents}" in explanation, explanation
