"""End to end with real parts: a real Celery worker on a real Redis sends through Django's SMTP backend
to a real SMTP server on 127.0.0.1; the test reads what the server received."""

import os
import re
import signal
import time

import pytest
from django.core import mail
from django.urls import reverse

from listings.abuse import signed_start
from listings.models import Listing
from listings.subscriptions import tokens
from listings.subscriptions.models import Delivery, Subscriber
from listings.subscriptions.tasks import send_weekly_digest_task
from tests import digest_support as h
from tests.factories import ListingFactory
from tests.services import wait_until

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def fresh_producer_pools(celery_broker):
    """kombu keeps producer pools per broker URL process-wide; the previous test closed them."""
    from kombu import pools

    pools.reset()
    yield


def worker_env(port: int) -> dict:
    return {"EMAIL_URL": f"smtp://127.0.0.1:{port}", "SITE_URL": h.SITE}


def listing(title, *, score, **fields):
    obj = ListingFactory(title=title, published=True, regions=["US"], work=["customer_service"])
    Listing.objects.filter(pk=obj.pk).update(score=score, **fields)
    return obj


def test_worker_sends_each_confirmed_subscriber_one_digest_with_headers_parts_and_links(
    start_worker, smtp_server, settings
):
    settings.SITE_URL = h.SITE
    start_worker(env=worker_env(smtp_server.port), concurrency=2)
    findings = [{"rule": "r", "severity": "red_flag", "points": 30, "faq": "Q4", "explanation": "A <b>fee</b> first"}]
    scam = listing('<script>alert("x")</script> Agent', score=88, verdict="looks_legitimate", findings=findings)
    listing("Second best", score=70, verdict="ask_more_questions")
    readers = [Subscriber.objects.create(email=f"r{n}@example.org", status="confirmed") for n in range(3)]
    Subscriber.objects.create(email="pending@example.org", status="pending")
    year, week = h.digest_week()

    send_weekly_digest_task.delay(year, week)
    send_weekly_digest_task.delay(year, week)  # a second beat process, or a re-run: still one each

    wait_until(lambda: Delivery.objects.filter(status="sent").count() == 3, timeout=60, message="3 deliveries sent")
    time.sleep(1)  # let a duplicate, if any, arrive
    messages = [h.parse(envelope) for envelope in smtp_server.messages]
    assert sorted(m.rcpt_tos[0] for m in messages) == sorted(r.email for r in readers)
    for message in messages:
        text, html = h.parts(message)
        assert message["From"] == settings.DEFAULT_FROM_EMAIL and message["To"] == message.rcpt_tos[0]
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        unsubscribe = re.fullmatch(
            r"<(https://offers\.example/subscribe/unsubscribe/([^/]+)/)>", str(message["List-Unsubscribe"]).strip()
        )
        assert unsubscribe, message["List-Unsubscribe"]
        assert tokens.read_token(unsubscribe[2], tokens.UNSUBSCRIBE).email == message.rcpt_tos[0]
        assert unsubscribe[1] in text and unsubscribe[1] in html
        assert text.index("Agent") < text.index("Second best")
        assert '<script>alert("x")</script> Agent' in text and "Q4: A <b>fee</b> first" in text
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Agent" in html and "<script>" not in html
        assert "A &lt;b&gt;fee&lt;/b&gt; first" in html
        assert f'href="{h.SITE}/listings/{scam.pk}/"' in html and f"{h.SITE}/listings/{scam.pk}/" in text
        assert all(url == h.SITE or url.startswith(h.SITE + "/") for url in h.urls(text) + h.urls(html))


def test_subscribe_and_confirm_through_the_worker_then_one_click_unsubscribe(
    start_worker, smtp_server, client, settings
):
    settings.SITE_URL = h.SITE
    start_worker(env=worker_env(smtp_server.port), concurrency=1)
    form = {"email": "new@example.org", "verdict": ["looks_legitimate"], "started": signed_start(time.time() - 30)}

    response = client.post(reverse("subscriptions:subscribe"), form)

    assert response.status_code == 200
    wait_until(lambda: smtp_server.messages, timeout=30, message="the confirmation e-mail")
    [confirmation] = [h.parse(e) for e in smtp_server.messages]
    assert confirmation.rcpt_tos == ["new@example.org"] and mail.outbox == []
    text, html = h.parts(confirmation)
    confirm_url = next(url for url in h.urls(text) if "/subscribe/confirm/" in url)
    assert f'href="{confirm_url}"' in html
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    client.get(confirm_url.removeprefix(h.SITE))
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING  # opening the link confirms nothing
    client.post(confirm_url.removeprefix(h.SITE))
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED
    one_click = str(confirmation["List-Unsubscribe"]).strip()[1:-1].removeprefix(h.SITE)
    from django.test import Client

    assert Client(enforce_csrf_checks=True).post(one_click, {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED


def test_pool_child_killed_mid_chunk_reruns_it_without_duplicate_mail(start_worker, settings):
    handler = h.ScriptedHandler(hold_at=4, hold_seconds=8)
    controller = h.start_smtp(handler)
    try:
        worker = start_worker(env=worker_env(controller.port), concurrency=1)
        listing("Anything", score=90, verdict="looks_legitimate")
        emails = [f"k{n}@example.org" for n in range(10)]
        for email in emails:
            Subscriber.objects.create(email=email, status="confirmed")
        year, week = h.digest_week()

        send_weekly_digest_task.delay(year, week)
        assert handler.holding.wait(60), worker.log()  # the 4th message is being announced to the server
        [child] = worker.child_pids()
        os.kill(child, signal.SIGKILL)

        wait_until(
            lambda: Delivery.objects.filter(status="sent").count() == 10, timeout=90, message="all 10 deliveries sent"
        )
        time.sleep(1)
        assert handler.recipients() == dict.fromkeys(emails, 1)
        assert "WorkerLostError" in worker.log() or "exited with 'signal 9" in worker.log()
    finally:
        controller.stop()
