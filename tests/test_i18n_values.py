"""Findings and pay notes made with inserted values (amounts, places, domains), shown in the reader's language
while the stored English and the API stay English."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.check_page import paste_offer

pytestmark = pytest.mark.django_db

HOME, CHECK = reverse("listings:home"), reverse("listings:check")
LOW_PAY_OFFER = """Home-based customer service agent, $5.00 per hour, 30 hours per week.
Interview by Telegram only. Apply at jobs@example.com."""


def paste(client, text=LOW_PAY_OFFER):
    return paste_offer(client, text)


def test_a_dutch_check_result_says_below_the_minimum_wage_in_dutch_and_marks_the_chat_app_in_dutch(client):
    client.get(HOME, {"lang": "nl"})

    body = client.get(paste(client).url).content.decode()

    # The amount as Dutch writes it; the place and the law's figure in Dutch too.
    assert (
        "Het aanbod betaalt ongeveer US$\xa05,00 per uur, minder dan het wettelijk minimumloon in de VS: "
        "$7,25 per uur (federaal minimumloon)." in body
    )
    assert "less than the legal minimum" not in body
    # The highlighted words name their sign in Dutch.
    assert "Waarschuwingssignaal: aannemen via een chat-app" in body
    assert "Warning sign" not in body


def test_an_urdu_check_result_shows_the_pay_notes_in_urdu_and_the_api_stays_english(client):
    client.get(HOME, {"lang": "ur"})

    body = client.get(paste(client).url).content.decode()

    assert "ہفتے کے گھنٹے: 30 (پیشکش میں بتائے گئے)" in body
    assert "انٹرنیٹ: \u2066$50.00\u2069 ماہانہ" in body  # the amount kept left to right in the Urdu sentence
    assert "فی گھنٹہ ریٹ (اگر رینج ہو تو سب سے کم)" in body
    assert "Hours per week" not in body and "Internet: $50.00 a month" not in body
    assert "پیشکش تقریباً \u2066$5.00\u2069 فی گھنٹہ دیتی ہے" in body  # the finding too
    assert "امریکہ کی وفاقی کم از کم اجرت" in body and "U.S. federal minimum wage" not in body  # the chart's rows

    api = Client().post(
        "/api/v1/check", {"text": LOW_PAY_OFFER}, content_type="application/json", HTTP_COOKIE="django_language=ur"
    )
    assert api.status_code == 200
    pay = api.json()["pay_estimate"]
    assert "Hours per week: 30 (stated in the offer)" in pay["assumptions"]
    assert pay["method"].startswith("The hourly rate")
    assert "wording" not in pay  # the templates the page shows them from are not part of the API
    explanations = " ".join(f["explanation"] for f in api.json()["findings"])
    assert "less than the legal minimum in the U.S.: $7.25 an hour (federal minimum wage)" in explanations


def test_an_english_check_result_reads_as_before(client):
    body = client.get(paste(client).url).content.decode()

    assert "The offer pays about $5.00 an hour, less than the legal minimum in the U.S.: $7.25 an hour" in body
    assert "Hours per week: 30 (stated in the offer)" in body
    assert "Warning sign: hiring through a chat app" in body


def test_a_pay_estimate_stored_before_its_notes_had_wording_still_shows_its_english():
    from scoring.pay import PayEstimate

    old = PayEstimate.from_dict({"costs_per_hour": "0.65", "method": "Old method.", "assumptions": ["Old note"]})

    assert old.shown_method() == "Old method."
    assert old.shown_assumptions() == ["Old note"]


def shown_in(language: str, offer, rule_id: str) -> tuple[str, str]:
    """A rule's finding stored as JSON (as a kept result is) and shown in `language`: (explanation, ask)."""
    import json

    from django.utils import translation

    from scoring.checklist import CHECKLIST
    from scoring.config import RuleConfig
    from scoring.wording import shown

    (finding,) = [f for rule in CHECKLIST for f in rule(offer, RuleConfig()) if f.rule == rule_id]
    stored = json.loads(json.dumps(finding.as_dict()))
    with translation.override(language):
        return shown(stored, "explanation"), shown(stored, "ask")


def test_an_unnamed_flagged_employer_and_a_named_blocked_one_read_in_afrikaans():
    from tests.offers import clean_offer

    flagged, _ = shown_in("af", clean_offer(employer_status="flagged", employer_name=""), "employer_flagged")
    named = clean_offer(employer_status="blocked", employer_name="Acme Staffing")
    blocked, _ = shown_in("af", named, "employer_blocked")

    assert flagged.startswith("Ons moderators het hierdie werkgewer gemerk: wees versigtig.")
    assert blocked.startswith("Acme Staffing is deur ons moderators geblokkeer")


def test_several_weak_signs_are_listed_in_filipino_and_the_missing_answers_asked_in_urdu():
    from tests.offers import clean_offer

    weak = clean_offer(recruiter_email="hr.jobs@gmail.com", pressure_to_decide="yes", interview_skipped="yes")
    together, _ = shown_in("fil", weak, "warning_signs_together")
    missing, ask = shown_in("ur", clean_offer(citizenship_required="unknown", benefits="unknown"), "other_info_missing")

    assert together.startswith(
        "Sabay-sabay ang ilang red flag: nag-e-email ang recruiter mula sa libreng personal na e-mail address, "
        "minamadali ka nito at nagha-hire ito nang walang interview."
    )
    assert missing.startswith("پیشکش یہ نہیں بتاتی: کیا آپ کا شہری ہونا ضروری ہے، کیا مراعات ملتی ہیں۔")
    assert ask == "کیا میرا شہری ہونا ضروری ہے؟ کیا ملازمین کو تنخواہ والی چھٹی جیسی مراعات ملتی ہیں؟"
