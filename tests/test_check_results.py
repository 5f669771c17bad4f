"""Checking an offer in one step, its result on a page of its own, and results saved to share: masked, expiring,
deleted only by the person who saved them."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from listings.check_results import RESULT_SECONDS
from listings.models import Listing, SavedCheck
from listings.offer_form import title_from_text
from listings.tasks import delete_expired_saved_checks_task
from scoring.services import rule_set_publish
from tests.check_page import paste_offer
from tests.factories import EmployerFactory
from tests.test_site_forms import offer_data

pytestmark = pytest.mark.django_db

CHECK = reverse("listings:check")
SUBMIT = reverse("listings:submit")

OFFER = """Remote Customer Service Agent – Ironbridge Teleservices
Dear Maria Santos,
Pay: $0.40 per call. You are an independent contractor.
Before your interview you must buy a $99 starter kit.
Questions? E-mail hr.team@ironbridge-jobs.com or WhatsApp +63 917 123 4567."""


def paste(client, text=OFFER, **changes):
    return paste_offer(client, text, **changes)


def result_url(response) -> str:
    assert response.status_code == 302, response.status_code
    assert re.fullmatch(r"/check/result/[\w-]+/", response.url), response.url
    return response.url


def save(client, url):
    return client.post(url + "save/")


def saved_page(client, text=OFFER):
    """Paste `text`, save its result: (the saved page's response, the SavedCheck)."""
    url = result_url(paste(client, text))
    response = save(client, url)
    saved = SavedCheck.objects.get()
    assert response.status_code == 302 and response.url == saved.get_absolute_url()
    return client.get(saved.get_absolute_url()), saved


# --- One step, post/redirect/get ---------------------------------------------------------------------
def test_pasting_an_offer_gives_the_verdict_at_once_on_a_page_of_its_own(client):
    response = paste(client)

    page = client.get(result_url(response))

    body = page.content.decode()
    assert page.status_code == 200
    assert page.context["result"].verdict == "likely_scam"
    assert "Your offer&#x27;s verdict" in body or "Your offer's verdict" in body
    assert '<q dir="auto">buy a $99 starter kit</q>' in body or "$99 starter kit" in body
    # Below the verdict: the answers read from the text, as a form to correct and check again.
    assert body.index('id="result"') < body.index('id="answers"') < body.index('class="check-form"')
    assert re.search(r'<select name="pay_basis"[^>]*>.*?<option value="call" selected>', body, re.S)
    assert re.search(r'name="employer_name" value="Ironbridge Teleservices"', body)
    assert re.search(r'name="title" value="Remote Customer Service Agent"', body)
    assert "Check again" in body and "Save and share this result" in body
    assert "no-store" in page["Cache-Control"]
    assert Listing.objects.count() == 0 and SavedCheck.objects.count() == 0  # nothing kept unasked


def test_reloading_the_result_shows_it_again_without_checking_again(client):
    url = result_url(paste(client))

    first, again = client.get(url), client.get(url)

    assert first.status_code == again.status_code == 200
    assert first.context["result"] == again.context["result"]


def test_a_result_is_only_in_the_browser_that_made_it_and_only_for_a_while(client, settings):
    url = result_url(paste(client))

    other_browser = Client().get(url)

    assert other_browser.status_code == 404
    assert "This result is no longer here" in other_browser.content.decode()
    session = client.session
    for entry in session["check_results"].values():
        entry["at"] -= RESULT_SECONDS + 1
    session.save()
    assert client.get(url).status_code == 404


def test_answering_the_checklist_also_lands_on_the_result_page(client):
    response = client.post(CHECK, offer_data())

    page = client.get(result_url(response))

    assert page.context["result"].verdict == "looks_legitimate"
    assert 'value="Acme Support"' in page.content.decode()  # the answers as the visitor left them


def test_employer_name_and_title_are_optional_for_a_check(client):
    response = client.post(CHECK, offer_data(employer_name="", title=""))

    page = client.get(result_url(response))

    assert page.status_code == 200 and page.context["result"].score is not None


def test_a_pasted_offer_without_a_name_is_checked_and_sending_it_asks_for_the_name_and_title(client):
    url = result_url(paste(client, "Pay: $0.40 per call. Independent contractor."))
    page = client.get(url)
    key = page.context["key"]
    assert 'name="employer_name"' in page.content.decode()

    response = client.post(SUBMIT, offer_data(employer_name="", title="", result_key=key))

    body = response.content.decode()
    assert response.status_code == 400
    assert "Give the employer&#x27;s name before you send the offer" in body
    assert "Give the job&#x27;s title before you send the offer" in body
    assert 'id="result"' in body  # still the result, with the errors under it
    assert not Listing.objects.exists()


def test_a_known_employer_named_in_a_pasted_text_counts_as_on_the_form(client):
    EmployerFactory(name="Ironbridge Teleservices", blocked=True)

    page = client.get(result_url(paste(client, "Welcome to Ironbridge Teleservices! Pay: $16 per hour, W-2.")))

    assert page.context["result"].verdict == "likely_scam"


def test_a_rechecked_correction_is_a_new_result(client):
    first = client.get(result_url(paste(client, "Customer service from home. Training is unpaid for 5 days.")))
    data = offer_data(description="Customer service from home. Training is unpaid for 5 days.", training_pay="paid")

    second = client.get(result_url(client.post(CHECK, data)))

    assert "training_unpaid" in {f["rule"] for f in first.context["result"].findings}
    assert "training_unpaid" not in {f["rule"] for f in second.context["result"].findings}


@pytest.mark.parametrize(
    "text, title",
    [
        ("Remote Customer Support Associate – Desert Sun Pools\nPay $16/hr.", "Remote Customer Support Associate"),
        ("\n  Inbound Sales Agent (Work From Home)\nPay $16/hr.", "Inbound Sales Agent (Work From Home)"),
        ("Hi Tom, customer service agent wanted.\nPay $16/hr.", ""),  # a greeting is no title
        ("We are hiring customer service agents across the country, apply today.", ""),  # a sentence
        ("Great opportunity!\nCustomer service agent.", ""),  # a first line that names no job
    ],
)
def test_the_job_title_is_read_from_a_first_line_that_names_a_job(text, title):
    assert title_from_text(text, "Desert Sun Pools") == title


# --- Hostile input -------------------------------------------------------------------------------------
def test_html_in_a_pasted_text_is_shown_escaped_on_the_result_and_saved_pages(client):
    text = 'Pay $0.40 per call <script>alert("x")</script> "><img src=x onerror=alert(1)>'

    result = client.get(result_url(paste(client, text))).content.decode()
    saved, _ = saved_page(client, text)

    for body in (result, saved.content.decode()):
        assert "<script>alert" not in body and "<img src=x" not in body
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body


def test_a_huge_text_is_refused_on_the_field_and_nothing_kept(client):
    response = paste(client, "x" * 100_001)

    assert response.status_code == 400
    assert "more than 100000 characters" in response.content.decode()
    assert "check_results" not in client.session


def test_a_bot_gets_the_blank_form_back_and_nothing_is_kept(client):
    response = paste(client, **{"paste-website_url": "http://spam.example"})

    assert response.status_code == 302 and response.url == CHECK
    assert "check_results" not in client.session


def test_a_result_key_from_elsewhere_cannot_be_saved(client):
    assert client.post("/check/result/not-a-key/save/").status_code == 404
    assert not SavedCheck.objects.exists()


# --- Saving and sharing --------------------------------------------------------------------------------
def test_saving_stores_the_result_under_an_unguessable_address_with_its_expiry(client):
    response, saved = saved_page(client)

    body = response.content.decode()
    assert response.status_code == 200
    assert len(saved.public_id) >= 22  # secrets.token_urlsafe(n): at least 128 random bits
    assert saved.expires_at - saved.created_at == timedelta(days=30)
    assert f"deleted on <strong>{saved.expires_at:%-d %B %Y}</strong>" in body
    assert f"Checked on {saved.checked_at:%-d %B %Y} with rule set {saved.rules_version}" in body
    assert "Likely scam" in body and "Fraud signals" in body and "Questions to ask the employer" in body
    assert 'content="noindex, nofollow, noarchive"' in body and response["X-Robots-Tag"].startswith("noindex")
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    # Anyone with the link sees it, in another browser.
    other = Client().get(saved.get_absolute_url())
    assert other.status_code == 200 and "Likely scam" in other.content.decode()


def test_saving_only_on_a_post(client):
    url = result_url(paste(client))

    assert client.get(url + "save/").status_code == 302

    assert not SavedCheck.objects.exists()


def test_personal_details_are_masked_before_saving(client):
    response, saved = saved_page(client)

    stored = str(saved.result)
    for detail in ("Maria", "Santos", "hr.team@ironbridge-jobs.com", "917 123 4567"):
        assert detail not in stored and detail not in response.content.decode()
    assert "Dear [name removed]" in stored
    assert "[e-mail address removed]" in stored and "[phone number removed]" in stored
    assert "$0.40 per call" in stored and "$99 starter kit" in stored  # the offer's terms stay


@pytest.mark.parametrize(
    "text, kept, gone",
    [
        ("Hi Tom, pay is $16 per hour.", "Hi [name removed], pay is $16 per hour.", "Tom"),
        ("Hello Ayesha! Start today.", "Hello [name removed]!", "Ayesha"),
        ("Beste mevrouw De Vries, loon €15,50 p/u.", "Beste mevrouw [name removed], loon €15,50 p/u.", "Vries"),
        ("Geagte Mnr. Botha, salaris R15 000 pm.", "Geagte Mnr. [name removed], salaris R15 000 pm.", "Botha"),
        ("Hi po Ma'am Joy! Sahod ay ₱18,000 kada buwan.", "Hi po Ma'am [name removed]! Sahod ay ₱18,000", "Joy"),
        ("Assalam o alaikum Ahmed bhai, tankhwah Rs 45,000 hai.", "Assalam o alaikum [name removed] bhai", "Ahmed"),
        ("Dear Applicant, pay is $16 per hour.", "Dear Applicant, pay is $16 per hour.", None),
        ("Email jobs+ph@gmail.com today.", "Email [e-mail address removed] today.", "jobs+ph@gmail.com"),
        ("Text +1 (555) 123-4567 now.", "Text [phone number removed] now.", "123-4567"),
        ("Call 555-123-4567 or 1-800-555-0199.", "Call [phone number removed] or [phone number removed].", "0199"),
        ("WhatsApp 0917 123 4567, pay ₱18,000.", "WhatsApp [phone number removed], pay ₱18,000.", "0917"),
        ("Bel 06-12345678 of 020 7946 0958.", "Bel [phone number removed] of [phone number removed].", "7946"),
        ("Contact 082 123 4567; R25 000 - R30 000 pm.", "Contact [phone number removed]; R25 000 - R30 000 pm.", "082"),
        ("Raabta 0300-1234567, tankhwah 25 000 - 30 000.", "[phone number removed], tankhwah 25 000 - 30 000.", "0300"),
        ("Call 98765 43210, ₹3.2 LPA, 2024-2025.", "Call [phone number removed], ₹3.2 LPA, 2024-2025.", "43210"),
    ],
)
def test_each_kind_of_personal_detail_is_masked_and_money_is_not(client, text, kept, gone):
    _, saved = saved_page(client, text)

    stored = "".join(piece for piece, _ in saved.result["reading"]["pieces"])
    assert kept in stored
    if gone:
        assert gone not in str(saved.result)


def test_a_detail_inside_quoted_evidence_is_masked_there_too(client):
    _, saved = saved_page(client, "Apply only on Telegram: message +63 917 123 4567 for an interview by chat.")

    quotes = [quote for finding in saved.result["findings"] for quote in finding.get("evidence", ())]
    assert quotes and not any("917" in quote for quote in quotes)


def test_the_saved_page_does_not_change_when_the_rules_do(client):
    text = "Customer service from home for Acme Support Ltd. Pay: $0.40 per call, W-2 employee."
    _, saved = saved_page(client, text)
    before = client.get(saved.get_absolute_url()).context["result"]
    weights = {"pay_per_call_no_minimum": {"enabled": False}}
    new_rules = rule_set_publish(values={}, weights=weights, note="Rules changed after the result was saved")

    after = client.get(saved.get_absolute_url())
    now = client.get(result_url(paste(client, text))).context["result"]

    assert now.rules_version == new_rules.version != saved.rules_version
    assert (now.verdict, now.score) != (before.verdict, before.score)  # the same text reads otherwise today
    assert after.context["result"] == before
    assert f"with rule set {saved.rules_version}" in after.content.decode()


# --- Expiry ---------------------------------------------------------------------------------------------
def test_an_expired_result_answers_gone_and_the_periodic_task_deletes_it(client):
    _, saved = saved_page(client)
    long_ago = timezone.now() - timedelta(days=31)
    SavedCheck.objects.filter(pk=saved.pk).update(created_at=long_ago, expires_at=long_ago + timedelta(days=30))

    response = client.get(saved.get_absolute_url())

    assert response.status_code == 410
    assert "This saved result has expired" in response.content.decode()
    assert delete_expired_saved_checks_task.delay().get() == 1
    assert not SavedCheck.objects.exists()
    assert client.get(saved.get_absolute_url()).status_code == 404


def test_the_periodic_task_keeps_results_still_in_their_30_days(client):
    saved_page(client)

    assert delete_expired_saved_checks_task.delay().get() == 0

    assert SavedCheck.objects.count() == 1


def test_the_task_runs_daily_from_celery_beat(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["delete-expired-saved-checks"]

    assert entry["task"] == "listings.tasks.delete_expired_saved_checks_task"


def test_an_unknown_address_is_404(client):
    assert client.get(reverse("listings:saved_check", args=["x" * 32])).status_code == 404


# --- Deleting -------------------------------------------------------------------------------------------
def delete_link(body: str) -> str:
    return re.search(r'href="(http://testserver/check/saved/[\w-]+/delete/[\w-]+/)"', body).group(1)


def test_the_saver_gets_a_delete_link_and_deletes_with_a_confirmation(client):
    response, saved = saved_page(client)
    link = delete_link(response.content.decode())

    confirm = client.get(link)
    assert confirm.status_code == 200 and "Delete this saved result?" in confirm.content.decode()
    assert SavedCheck.objects.exists()  # a GET deletes nothing

    deleted = client.post(link)

    assert deleted.status_code == 302 and deleted.url == CHECK
    assert not SavedCheck.objects.exists()
    assert "The saved result is deleted" in client.get(CHECK).content.decode()
    assert client.get(saved.get_absolute_url()).status_code == 404


def test_the_private_link_deletes_from_another_browser(client):
    response, _ = saved_page(client)
    link = delete_link(response.content.decode())

    Client().post(link)

    assert not SavedCheck.objects.exists()


def test_others_see_no_delete_link_and_a_wrong_secret_deletes_nothing(client):
    response, saved = saved_page(client)
    link = delete_link(response.content.decode())

    other = Client()
    shared = other.get(saved.get_absolute_url()).content.decode()
    wrong = other.post(reverse("listings:saved_check_delete", args=[saved.public_id, "x" * 32]))
    wrong_get = other.get(reverse("listings:saved_check_delete", args=[saved.public_id, "guess"]))

    assert "delete" not in shared.lower().split("share this result")[1]
    assert wrong.status_code == wrong_get.status_code == 403
    assert "This link cannot delete the result" in wrong.content.decode()
    assert SavedCheck.objects.filter(pk=saved.pk).exists()
    assert saved.delete_key_digest not in link  # only a digest of the secret is stored


def test_deleting_needs_the_csrf_token(client):
    response, _ = saved_page(client)
    link = delete_link(response.content.decode())

    assert Client(enforce_csrf_checks=True).post(link).status_code == 403

    assert SavedCheck.objects.exists()


def test_saving_is_rate_limited(settings):
    settings.PUBLIC_POST_RATE = "2/h"
    client = Client(REMOTE_ADDR="203.0.113.60")
    client.cookies["csrftoken"] = "s" * 32
    url = result_url(paste(client))

    statuses = [save(client, url).status_code for _ in range(3)]

    assert statuses == [302, 302, 429]
    assert SavedCheck.objects.count() == 2


# --- Moderators ---------------------------------------------------------------------------------------
def test_moderators_see_saved_results_and_can_delete_one_but_not_change_it(client, moderator_client):
    _, saved = saved_page(client)
    changelist = reverse("admin:listings_savedcheck_changelist")

    listed = moderator_client.get(changelist)
    page = moderator_client.get(reverse("admin:listings_savedcheck_change", args=[saved.pk]))
    change = moderator_client.post(reverse("admin:listings_savedcheck_change", args=[saved.pk]), {"result": "{}"})
    delete = moderator_client.post(reverse("admin:listings_savedcheck_delete", args=[saved.pk]), {"post": "yes"})

    assert listed.status_code == 200 and "Likely scam" in listed.content.decode()
    assert saved.get_absolute_url() in page.content.decode()
    assert change.status_code == 403
    assert delete.status_code == 302 and not SavedCheck.objects.exists()
