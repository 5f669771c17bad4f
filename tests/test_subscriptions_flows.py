"""Subscribe (double opt-in), confirm, unsubscribe (RFC 8058 one-click) and preferences, through the real views."""

import time
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from listings.abuse import signed_start
from listings.subscriptions import tokens
from listings.subscriptions.models import Subscriber

pytestmark = pytest.mark.django_db

SUBSCRIBE = reverse("subscriptions:subscribe")


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = "https://offers.example"
    yield
    cache.clear()


def form_data(email="seeker@example.org", **overrides):
    data = {
        "email": email,
        "work_type": ["customer_service", "tech_support"],
        "region": "US-NY",
        "min_score": "60",
        "verdict": ["looks_legitimate"],
        "website_url": "",
        "started": signed_start(time.time() - 30),
    }
    data.update(overrides)
    return data


def subscribe(client, capture, **kwargs):
    with capture(execute=True):
        return client.post(SUBSCRIBE, form_data(**kwargs))


def make_subscriber(status=Subscriber.Status.CONFIRMED, email="seeker@example.org", **kwargs):
    return Subscriber.objects.create(email=email, status=status, **kwargs)


def token_made_ago(subscriber, purpose, age: timedelta, monkeypatch) -> str:
    real = time.time
    monkeypatch.setattr(signing.time, "time", lambda: real() - age.total_seconds())
    token = tokens.make_token(subscriber, purpose)
    monkeypatch.setattr(signing.time, "time", real)
    return token


def links_in(message) -> list[str]:
    import re

    return re.findall(r"https://offers\.example/\S+?/(?=\s|$)", message.body, flags=re.M)


# --- Subscribe ------------------------------------------------------------------------------------
def test_subscribe_page_prefills_from_browse_filters_and_ignores_the_rest(client):
    response = client.get(
        SUBSCRIBE,
        {
            "work_type": ["sales", "nonsense"],
            "region": "PH",
            "min_score": "70",
            "verdict": "red_flags",
            "q": "x",
            "pay_basis": "nonsense",
            "sort": "newest",
            "utm_source": "mail",
        },
    )

    assert response.status_code == 200
    form = response.context["form"]
    initial = {k: v for k, v in form.initial.items() if k != "started"}
    # The other browse filters are offered to keep (ticked) when the browse filter form accepts them.
    assert initial == {
        "work_type": ["sales"],
        "region": "PH",
        "min_score": 70,
        "verdict": ["red_flags"],
        "kept": ["q=x"],
    }
    assert 'value="sales" class="form-check-input" id="id_work_type_0" checked' in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"region": "' OR 1=1 --"},
        {"region": "x" * 5000},
        {"min_score": "9" * 5000},
        {"min_score": "-5"},
        {"min_score": "%00"},
        {"verdict": "<script>", "work_type": '"><img src=x>'},
        {"region.__class__": "1", "page": "abc"},
    ],
)
def test_subscribe_page_survives_junk_query_parameters(client, params):
    response = client.get(SUBSCRIBE, params)

    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<form")[1]


def test_subscribe_creates_one_pending_subscriber_and_sends_only_a_confirmation(
    client, django_capture_on_commit_callbacks
):
    response = subscribe(client, django_capture_on_commit_callbacks, email="  Seeker@Example.org ")

    assert response.status_code == 200
    assert "Check your inbox" in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "seeker@example.org"
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.work_types == ["customer_service", "tech_support"]
    assert subscriber.region_id == "US-NY"
    assert subscriber.min_score == 60
    assert subscriber.verdicts == ["looks_legitimate"]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["seeker@example.org"]
    assert "Confirm" in message.subject
    confirm_links = [link for link in links_in(message) if "/subscribe/confirm/" in link]
    assert len(confirm_links) == 1
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_subscribing_twice_creates_no_second_subscriber_and_answers_the_same(
    client, django_capture_on_commit_callbacks
):
    first = subscribe(client, django_capture_on_commit_callbacks)
    second = subscribe(client, django_capture_on_commit_callbacks, email="SEEKER@example.org")

    assert Subscriber.objects.count() == 1
    assert first.content == second.content
    assert len(mail.outbox) == 1  # one confirmation per address per interval


def test_confirmed_address_gets_the_same_page_and_keeps_its_preferences(client, django_capture_on_commit_callbacks):
    unknown = subscribe(client, django_capture_on_commit_callbacks, email="new@example.org")
    make_subscriber(email="known@example.org", min_score=10, verdicts=["red_flags"])

    known = subscribe(client, django_capture_on_commit_callbacks, email="known@example.org")

    assert known.status_code == unknown.status_code == 200
    assert known.content.replace(b"known@", b"new@") == unknown.content.replace(b"known@", b"new@")
    subscriber = Subscriber.objects.get(email="known@example.org")
    assert (subscriber.status, subscriber.min_score, subscriber.verdicts) == ("confirmed", 10, ["red_flags"])
    reminder = mail.outbox[-1]
    assert reminder.to == ["known@example.org"] and "already" in reminder.subject
    assert any("/subscribe/preferences/" in link for link in links_in(reminder))


def test_bad_input_is_shown_on_the_field_and_nothing_is_saved(client, django_capture_on_commit_callbacks):
    response = subscribe(
        client,
        django_capture_on_commit_callbacks,
        email="<script>alert(1)</script>",
        min_score="1000",
        verdict=[],
        region="ZZ-NOPE",
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"email", "min_score", "verdict", "region"}
    html = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    assert Subscriber.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize(
    "bot", [{"website_url": "http://spam.example"}, {"started": "just now"}, {"started": "forged"}]
)
def test_bots_get_the_normal_page_but_nothing_is_saved_or_sent(client, django_capture_on_commit_callbacks, bot):
    if bot.get("started") == "just now":  # submitted faster than a person can fill the form
        bot = {"started": signed_start(time.time())}
    response = subscribe(client, django_capture_on_commit_callbacks, **bot)

    assert response.status_code == 200
    assert "Check your inbox" in response.content.decode()
    assert Subscriber.objects.count() == 0
    assert mail.outbox == []


def test_subscribe_without_csrf_token_is_refused():
    response = Client(enforce_csrf_checks=True).post(SUBSCRIBE, form_data())

    assert response.status_code == 403
    assert Subscriber.objects.count() == 0


def test_subscribe_is_rate_limited_per_ip(client, settings, django_capture_on_commit_callbacks):
    settings.PUBLIC_POST_RATE = "3/h"
    for n in range(3):
        assert subscribe(client, django_capture_on_commit_callbacks, email=f"p{n}@example.org").status_code == 200

    response = subscribe(client, django_capture_on_commit_callbacks, email="p4@example.org")

    assert response.status_code == 429
    assert not Subscriber.objects.filter(email="p4@example.org").exists()


# --- Confirm --------------------------------------------------------------------------------------
def test_opening_the_confirm_link_changes_nothing_and_the_post_confirms(client):
    subscriber = make_subscriber(status=Subscriber.Status.PENDING)
    url = reverse("subscriptions:confirm", args=[tokens.make_token(subscriber, tokens.CONFIRM)])

    opened = client.get(url)
    client.head(url)
    subscriber.refresh_from_db()
    assert opened.status_code == 200 and subscriber.status == Subscriber.Status.PENDING
    assert '<form method="post">' in opened.content.decode()

    confirmed = client.post(url)

    subscriber.refresh_from_db()
    assert confirmed.status_code == 200
    assert subscriber.status == Subscriber.Status.CONFIRMED and subscriber.confirmed_at is not None
    assert "subscribed" in confirmed.content.decode()


def test_confirm_needs_a_csrf_token():
    subscriber = make_subscriber(status=Subscriber.Status.PENDING)
    url = reverse("subscriptions:confirm", args=[tokens.make_token(subscriber, tokens.CONFIRM)])

    response = Client(enforce_csrf_checks=True).post(url)

    subscriber.refresh_from_db()
    assert response.status_code == 403 and subscriber.status == Subscriber.Status.PENDING


def test_expired_confirm_link_is_refused_with_a_clear_page(client, monkeypatch):
    subscriber = make_subscriber(status=Subscriber.Status.PENDING)
    token = token_made_ago(subscriber, tokens.CONFIRM, timedelta(days=4), monkeypatch)

    response = client.post(reverse("subscriptions:confirm", args=[token]))

    subscriber.refresh_from_db()
    assert response.status_code == 400
    assert "This link has expired" in response.content.decode()
    assert subscriber.status == Subscriber.Status.PENDING


def test_tampered_or_foreign_tokens_are_refused(client):
    alice = make_subscriber(status=Subscriber.Status.PENDING, email="alice@example.org")
    bob = make_subscriber(status=Subscriber.Status.PENDING, email="bob@example.org")
    good = tokens.make_token(alice, tokens.CONFIRM)
    forged_for_bob = signing.dumps([bob.pk, alice.secret], salt=tokens.CONFIRM)
    unsubscribe_token = tokens.make_token(alice, tokens.UNSUBSCRIBE)

    for token in (good[:-2] + "xx", forged_for_bob, unsubscribe_token, "garbage", "a" * 3000):
        response = client.post(reverse("subscriptions:confirm", args=[token]))
        assert response.status_code == 400
        assert "This link is incomplete or was changed" in response.content.decode()

    assert set(Subscriber.objects.values_list("status", flat=True)) == {Subscriber.Status.PENDING}


def test_confirm_link_of_an_unsubscribed_address_no_longer_works(client):
    subscriber = make_subscriber(status=Subscriber.Status.UNSUBSCRIBED)

    response = client.post(reverse("subscriptions:confirm", args=[tokens.make_token(subscriber, tokens.CONFIRM)]))

    subscriber.refresh_from_db()
    assert response.status_code == 400 and subscriber.status == Subscriber.Status.UNSUBSCRIBED


# --- Unsubscribe ----------------------------------------------------------------------------------
def test_get_and_head_on_the_unsubscribe_link_change_nothing(client):
    subscriber = make_subscriber()
    url = reverse("subscriptions:unsubscribe", args=[tokens.make_token(subscriber, tokens.UNSUBSCRIBE)])

    get = client.get(url)
    head = client.head(url)

    subscriber.refresh_from_db()
    assert get.status_code == head.status_code == 200
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert "Unsubscribe</button>" in get.content.decode()


def test_one_click_post_without_cookies_or_csrf_unsubscribes_idempotently():
    subscriber = make_subscriber()
    url = reverse("subscriptions:unsubscribe", args=[tokens.make_token(subscriber, tokens.UNSUBSCRIBE)])
    provider = Client(enforce_csrf_checks=True)  # a mail provider: no cookies, no token, just the RFC 8058 body

    first = provider.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    second = provider.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")

    subscriber.refresh_from_db()
    assert first.status_code == second.status_code == 200  # no redirect
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED and subscriber.unsubscribed_at is not None
    assert "unsubscribed" in second.content.decode()


@pytest.mark.parametrize("age_days", [61, 364])
def test_unsubscribe_links_keep_working_for_months(age_days, monkeypatch):
    subscriber = make_subscriber()
    token = token_made_ago(subscriber, tokens.UNSUBSCRIBE, timedelta(days=age_days), monkeypatch)

    response = Client().post(reverse("subscriptions:unsubscribe", args=[token]))

    subscriber.refresh_from_db()
    assert response.status_code == 200 and subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_bad_unsubscribe_token_is_a_clear_400_and_changes_nothing():
    alice = make_subscriber(email="alice@example.org")
    bob = make_subscriber(email="bob@example.org")
    tampered = signing.dumps([bob.pk, alice.secret], salt=tokens.UNSUBSCRIBE)

    for token in (tampered, tokens.make_token(bob, tokens.PREFERENCES), "nope"):
        response = Client().post(reverse("subscriptions:unsubscribe", args=[token]))
        assert response.status_code == 400

    assert set(Subscriber.objects.values_list("status", flat=True)) == {Subscriber.Status.CONFIRMED}


# --- Preferences ----------------------------------------------------------------------------------
def test_preferences_link_shows_and_changes_the_preferences(client):
    subscriber = make_subscriber(min_score=10, work_types=["sales"])
    url = reverse("subscriptions:preferences", args=[tokens.make_token(subscriber, tokens.PREFERENCES)])

    shown = client.get(url)
    saved = client.post(url, {"work_type": ["surveys"], "region": "CA", "min_score": "75", "verdict": ["red_flags"]})

    subscriber.refresh_from_db()
    assert shown.status_code == 200 and shown.context["form"].initial["min_score"] == 10
    assert saved.status_code == 200 and "Saved" in saved.content.decode()
    assert (subscriber.work_types, subscriber.region_id, subscriber.min_score, subscriber.verdicts) == (
        ["surveys"],
        "CA",
        75,
        ["red_flags"],
    )


def test_invalid_preferences_are_refused_on_the_field_and_nothing_changes(client):
    subscriber = make_subscriber(min_score=10)
    url = reverse("subscriptions:preferences", args=[tokens.make_token(subscriber, tokens.PREFERENCES)])

    response = client.post(url, {"work_type": ["bogus"], "min_score": "-1", "verdict": []})

    subscriber.refresh_from_db()
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"work_type", "min_score", "verdict"}
    assert subscriber.min_score == 10 and subscriber.work_types == []


def test_preferences_form_needs_csrf_and_a_valid_token(client):
    subscriber = make_subscriber(min_score=10)
    url = reverse("subscriptions:preferences", args=[tokens.make_token(subscriber, tokens.PREFERENCES)])

    forged = Client(enforce_csrf_checks=True).post(url, {"min_score": "90", "verdict": ["red_flags"]})
    wrong_token = client.get(reverse("subscriptions:preferences", args=["x" + tokens.make_token(subscriber, "other")]))

    subscriber.refresh_from_db()
    assert forged.status_code == 403 and wrong_token.status_code == 400
    assert subscriber.min_score == 10


def test_full_double_opt_in_round_trip_through_the_e_mailed_links(client, django_capture_on_commit_callbacks):
    subscribe(client, django_capture_on_commit_callbacks)
    confirm_url = next(link for link in links_in(mail.outbox[0]) if "/confirm/" in link)
    path = confirm_url.removeprefix("https://offers.example")

    client.post(path)

    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_poisoned_host_header_is_refused_and_mail_links_never_follow_the_request_host(
    client, django_capture_on_commit_callbacks
):
    refused = client.post(SUBSCRIBE, form_data(email="a@example.org"), HTTP_HOST="evil.example")
    with django_capture_on_commit_callbacks(execute=True):
        accepted = client.post(SUBSCRIBE, form_data(email="b@example.org"), HTTP_HOST="127.0.0.1")

    assert refused.status_code == 400
    assert accepted.status_code == 200
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["b@example.org"]
    [message] = mail.outbox
    assert "127.0.0.1" not in message.body and "evil" not in message.body
    assert links_in(message) and all(link.startswith("https://offers.example/") for link in links_in(message))
