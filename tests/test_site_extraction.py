"""Check an offer from its pasted text: scored at once, the answers read from it shown to correct, evidence shown."""

import re

import pytest
from django.urls import reverse

from listings.models import Listing
from scoring.extraction import Extraction
from tests.check_page import paste_offer
from tests.factories import ListingFactory
from tests.test_site_forms import offer_data

pytestmark = pytest.mark.django_db

CHECK = reverse("listings:check")
SUBMIT = reverse("listings:submit")

OFFER_TEXT = (
    "Inbound customer service from home. Pay: $0.40 per call. Independent contractor.\n"
    "You must buy a $99 starter kit before interview. Training is unpaid for 5 days."
)


def paste(client, text, **changes):
    return paste_offer(client, text, follow=True, **changes)  # a result is a page of its own (post/redirect/get)


def checked(body: str, name: str, value: str) -> bool:
    """Whether the radio/checkbox `name`=`value` is rendered checked."""
    tag = re.search(rf'<input[^>]*name="{name}"[^>]*value="{re.escape(value)}"[^>]*>', body)
    return bool(tag) and "checked" in tag.group(0)


def input_value(body: str, name: str) -> str | None:
    tag = re.search(rf'<input[^>]*name="{re.escape(name)}"[^>]*>', body)
    value = tag and re.search(r'value="([^"]*)"', tag.group(0))
    return value.group(1) if value else None


def selected(body: str, name: str) -> str | None:
    select = re.search(rf'<select[^>]*name="{re.escape(name)}"[^>]*>(.*?)</select>', body, re.S)
    option = select and re.search(r'<option value="([^"]*)"[^>]*selected', select.group(1))
    return option.group(1) if option else None


def test_check_page_offers_the_paste_step(client):
    body = client.get(CHECK).content.decode()
    assert "Paste the offer text" in body
    assert 'name="paste-offer_text"' in body
    assert "Check this text" in body


def test_pasted_pay_per_call_is_prefilled(client):
    response = paste(client, "Customer service from home. Pay: $0.40 per call.")
    body = response.content.decode()
    assert response.status_code == 200
    assert selected(body, "pay_basis") == "call"
    assert input_value(body, "pay_amount") == "0.40"
    assert checked(body, "work_types", "customer_service")
    # Answers the text does not give stay "Don't know".
    assert checked(body, "training_pay", "unknown")
    # The text travels with the form, and the found pieces are marked.
    assert "Pay: $0.40 per call." in body
    assert re.search(
        r'<mark title="[^"]*How is pay worked out\?[^"]*"[^>]*>\$0\.40 per call<span class="mark-label">', body
    ), body


def test_the_employer_named_in_a_pasted_offer_fills_the_employer_field(client):
    body = paste(client, "Hi Tom, welcome to Ironbridge Teleservices! Pay: $15.50/hr.").content.decode()

    assert input_value(body, "employer_name") == "Ironbridge Teleservices"


def test_pasted_starter_kit_fee_fills_a_fee_row(client):
    body = paste(client, "You must buy a $99 starter kit before interview.").content.decode()
    assert selected(body, "fees-0-kind") == "starter_kit"
    assert input_value(body, "fees-0-amount") == "99"
    assert selected(body, "fees-0-timing") == "before_offer"
    assert input_value(body, "fees-INITIAL_FORMS") == "1"


URGENT_TEXT = "Answer customer calls from home. Limited spots, start today!"


def test_pasted_urgency_prefills_pressure_to_decide_and_marks_its_words(client):
    body = paste(client, URGENT_TEXT).content.decode()

    assert checked(body, "pressure_to_decide", "yes")
    assert re.search(
        r'<mark title="[^"]*Do they push you to decide[^"]*"[^>]*>start today<span class="mark-label">', body
    ), body


def test_pasted_text_that_gives_time_prefills_no_pressure(client):
    body = paste(client, "Answer customer calls from home. Take your time to read the offer.").content.decode()

    assert checked(body, "pressure_to_decide", "no")


def test_pasted_text_without_urgency_leaves_pressure_to_decide_unknown(client):
    body = paste(client, "Customer service from home. Pay: $0.40 per call. Apply by March 31.").content.decode()

    assert checked(body, "pressure_to_decide", "unknown")


def test_pressure_to_decide_finding_quotes_the_offer_and_follows_a_correction(client):
    rushed = client.post(CHECK, offer_data(description=URGENT_TEXT, pressure_to_decide="yes"), follow=True)
    corrected = client.post(CHECK, offer_data(description=URGENT_TEXT, pressure_to_decide="no"), follow=True)

    assert "pressure_to_decide" in {f["rule"] for f in rushed.context["result"].findings}
    # Urgency alone is a weak sign (a question to ask): it lowers the score, never the verdict on its own.
    assert rushed.context["result"].score < corrected.context["result"].score
    assert rushed.context["result"].verdict == corrected.context["result"].verdict
    body = rushed.content.decode()
    assert "Can I have the offer in writing and a few days to decide?" in body
    finding = re.search(r"Scammers rush people.*?</li>", body, re.S).group(0)
    assert '<q dir="auto">Limited spots</q>' in finding and '<q dir="auto">start today</q>' in finding
    assert "pressure_to_decide" not in {f["rule"] for f in corrected.context["result"].findings}
    assert "a few days to decide?" not in corrected.content.decode()
    assert "(your answer differs)" in corrected.content.decode()


def test_html_in_pasted_text_is_shown_escaped(client):
    text = 'Pay $0.40 per call <script>alert("x")</script> <b onmouseover=alert(1)>hi</b>'
    body = paste(client, text).content.decode()
    assert "<script>alert" not in body
    assert "<b onmouseover" not in body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body


def test_too_long_text_is_refused_on_the_field(client):
    response = paste(client, "x" * 100_001)
    body = response.content.decode()
    assert response.status_code == 400
    assert "more than 100000 characters" in body
    assert 'id="paste-errors"' in body
    assert Listing.objects.count() == 0


def test_empty_paste_is_refused_on_the_field(client):
    response = paste(client, "   ")
    assert response.status_code == 400
    assert "Paste the offer&#x27;s text first." in response.content.decode()


def test_paste_from_a_bot_reads_nothing(client):
    response = paste(client, OFFER_TEXT, **{"paste-website_url": "http://spam.example"})
    assert response.status_code == 200 and response.redirect_chain == [(CHECK, 302)]
    assert "What we found in the offer text" not in response.content.decode()


def test_text_with_nothing_to_read_says_so(client):
    body = paste(client, "Hello, please reply soon.").content.decode()
    assert 'id="read-nothing"' in body


def test_corrected_answers_are_scored_and_evidence_shown(client):
    """The visitor corrects "training unpaid" to "paid": the verdict uses the correction, the text stays marked."""
    data = offer_data(
        description=OFFER_TEXT,
        pay_basis="call",
        pay_amount="0.40",
        worker_status="contractor",
        guaranteed_minimum="unknown",
        training_days="5",
        training_pay="paid",
    )
    body = client.post(CHECK, data, follow=True).content.decode()
    assert "Your offer&#x27;s verdict" in body or "Your offer's verdict" in body
    assert "<mark" in body
    # Findings about training follow the visitor's answer, not the text.
    assert "is paid. That is a good sign" in body
    assert "is unpaid: you work for free" not in body
    # The text the visitor corrected is marked as such and not quoted as evidence for the training finding.
    assert '<mark title="Is training paid? (your answer differs)' in body
    training = re.search(r"Training \(5 days\) is paid.*?</li>", body, re.S).group(0)
    assert '<q dir="auto">Training is unpaid for 5 days</q>' in training
    assert '<q dir="auto">Training is unpaid</q>' not in training
    # Pay per call with no minimum is quoted next to its finding.
    assert '<q dir="auto">$0.40 per call</q>' in body


def test_submit_stores_text_and_evidence_extracted_on_the_server(client):
    data = offer_data(description=OFFER_TEXT, pay_basis="call", pay_amount="0.40")
    data["evidence"] = '{"evidence": [{"field": "pay_basis", "start": 0, "end": 5, "text": "forged"}]}'
    response = client.post(SUBMIT, data)
    assert response.status_code == 302
    listing = Listing.objects.get()
    assert listing.description == OFFER_TEXT
    evidence = Extraction.from_dict(listing.evidence).evidence
    assert {e.field for e in evidence} >= {"pay_basis", "fees", "training_pay"}
    assert all(OFFER_TEXT[e.start : e.end] == e.text for e in evidence)
    assert "forged" not in str(listing.evidence)


def test_submit_without_text_stores_no_evidence(client):
    client.post(SUBMIT, offer_data(description=""))
    assert Listing.objects.get().evidence == {}


def test_listing_detail_marks_the_evidence(client):
    from scoring.extraction import extract

    text = "Pay is $0.40 per call. <img src=x onerror=alert(1)> Must buy a $99 starter kit before interview."
    listing = ListingFactory(published=True, description=text, evidence=extract(text).as_dict())
    body = client.get(listing.get_absolute_url()).content.decode()
    assert "What we found in the offer text" in body
    assert body.count("<mark ") >= 2
    assert "<img src=x" not in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body


def test_listing_detail_notes_answers_moderators_changed(client):
    from scoring.extraction import extract

    text = "Training is unpaid. Pay is $15 per hour."
    listing = ListingFactory(published=True, description=text, evidence=extract(text).as_dict(), training_pay="paid")
    body = client.get(listing.get_absolute_url()).content.decode()
    assert '<mark title="Is training paid? (the listing&#x27;s answer differs)' in body
    assert '<mark title="Pay amount; How is pay worked out?"' in body


def test_listing_detail_without_evidence_shows_plain_text(client):
    listing = ListingFactory(published=True, description="Answer calls from home.", evidence={})
    body = client.get(listing.get_absolute_url()).content.decode()
    assert "What we found in the offer text" not in body
    assert "Answer calls from home." in body
    assert "<mark" not in body


def test_reading_and_checking_share_the_check_rate_limit(client, settings):
    settings.PUBLIC_POST_RATE = "2/h"
    client.cookies["csrftoken"] = "b" * 32  # a browser has its CSRF cookie before it posts
    assert paste(client, OFFER_TEXT).status_code == 200
    assert client.post(CHECK, offer_data()).status_code == 302
    assert paste(client, OFFER_TEXT).status_code == 429


def test_paste_without_csrf_token_is_refused():
    from django.test import Client

    response = paste(Client(enforce_csrf_checks=True), OFFER_TEXT)
    assert response.status_code == 403


def test_clearing_a_prefilled_fee_row_means_no_fee(client):
    """A fee row filled from the text counts as an "initial" row; emptying it is allowed and drops the fee."""
    data = offer_data(fees=[{"kind": "", "amount": "", "currency": "USD", "timing": "unknown", "recurring": "unknown"}])
    data["fees-INITIAL_FORMS"] = "1"
    response = client.post(SUBMIT, data)
    assert response.status_code == 302
    assert not Listing.objects.get().fees.exists()


def test_submitted_pasted_offer_keeps_the_prefilled_fee(client):
    fee = {"kind": "starter_kit", "amount": "99", "currency": "USD", "timing": "before_offer", "recurring": "unknown"}
    data = offer_data(fees=[fee], description="You must buy a $99 starter kit before interview.")
    data["fees-INITIAL_FORMS"] = "1"
    assert client.post(SUBMIT, data).status_code == 302
    listing = Listing.objects.get()
    assert [(f.kind, f.amount) for f in listing.fees.all()] == [("starter_kit", 99)]
    assert listing.status == Listing.Status.PENDING
    assert Extraction.from_dict(listing.evidence).answers["fees"][0].kind == "starter_kit"
