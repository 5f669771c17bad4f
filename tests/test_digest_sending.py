"""The weekly digest against a real SMTP server on 127.0.0.1 and the real PostgreSQL test database."""

import os
import signal
import subprocess
import sys
import threading
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from listings.models import Listing
from listings.subscriptions import digest, tokens
from listings.subscriptions.models import Delivery, Subscriber
from listings.subscriptions.tasks import send_digest_chunk_task, send_weekly_digest_task
from tests import digest_support as h
from tests.factories import ListingFactory
from tests.services import PROJECT_DIR

pytestmark = pytest.mark.django_db


@pytest.fixture
def smtp(settings):
    """Start a scripted SMTP server (`smtp(refuse=[...], ...)`) and point Django's SMTP backend at it."""
    started = []

    def start(**kwargs):
        handler = h.ScriptedHandler(**kwargs)
        controller = h.start_smtp(handler)
        started.append(controller)
        h.use_smtp(settings, controller.port)
        handler.port = controller.port
        return handler

    yield start
    for controller in started:
        controller.stop()


def subscriber(email, status=Subscriber.Status.CONFIRMED, **prefs):
    return Subscriber.objects.create(email=email, status=status, **prefs)


def listing(title, *, score, verdict="looks_legitimate", regions=("US",), work=("customer_service",), **fields):
    obj = ListingFactory(title=title, published=True, regions=list(regions), work=list(work))
    Listing.objects.filter(pk=obj.pk).update(score=score, verdict=verdict, **fields)
    return obj


def run_week(week=None):
    year, number = week or h.digest_week()
    return digest.digest_run_inline(iso_year=year, iso_week=number)


# --- What a digest holds ---------------------------------------------------------------------------
def test_digest_lists_matching_listings_best_first_with_findings_and_site_links(smtp):
    server = smtp()
    findings = [
        {"rule": "r1", "severity": "red_flag", "points": 20, "faq": "Q4", "explanation": "Fee <b>before</b> offer"},
        {"rule": "r2", "severity": "caution", "points": 5, "faq": "Q9", "explanation": "Hours not stated"},
        {"rule": "r3", "severity": "info", "points": 0, "faq": "beyond_faq", "explanation": "Chat-app interview"},
        {"rule": "r4", "severity": "info", "points": 0, "faq": "Q10", "explanation": "Fourth finding, not shown"},
    ]
    good = listing("<script>alert(1)</script> Support agent", score=92, findings=findings)
    fair = listing('Bilingual "reservations" agent', score=71, verdict="ask_more_questions")
    listing("Low score", score=40, verdict="ask_more_questions")
    listing("Scam", score=5, verdict="likely_scam")
    listing("Philippines only", score=99, regions=["PH"])
    reader = subscriber("reader@example.org", min_score=50, region_id="US-NY")
    subscriber("pending@example.org", status=Subscriber.Status.PENDING)

    result = run_week()

    assert (result.sent, result.failed) == (1, 0)
    [message] = server.messages()
    assert message.rcpt_tos == ["reader@example.org"] and message["To"] == "reader@example.org"
    assert message["Subject"] == "2 new listings for you this week · Offer Check"
    text, html = h.parts(message)
    # Best first, each with score and verdict, and only the top three findings.
    assert text.index("Support agent") < text.index("reservations") and "Low score" not in text
    assert "Score 92/100 · Looks legitimate" in text and "Score 71/100 · Ask more questions" in text
    assert "Q4: Fee <b>before</b> offer" in text and "Beyond the FAQ: Chat-app interview" in text
    assert "Fourth finding" not in text and "Fourth finding" not in html
    # Listing text is escaped in the HTML part.
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Fee &lt;b&gt;before&lt;/b&gt; offer" in html
    # Absolute links from SITE_URL; one https List-Unsubscribe whose token decodes to this subscriber.
    assert f"{h.SITE}/listings/{good.pk}/" in text and f'href="{h.SITE}/listings/{fair.pk}/"' in html
    assert all(url == h.SITE or url.startswith(h.SITE + "/") for url in h.urls(text) + h.urls(html))
    header = str(message["List-Unsubscribe"]).strip()  # a long header is folded onto a second line
    assert header.startswith(f"<{h.SITE}/subscribe/unsubscribe/") and header.endswith("/>") and header.count("<") == 1
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    token = header[1:-2].rsplit("/", 1)[1]
    assert tokens.read_token(token, tokens.UNSUBSCRIBE) == reader
    assert header[1:-1] in text and header[1:-1] in html  # visible unsubscribe link in both parts
    assert "/subscribe/preferences/" in text


def test_only_this_weeks_published_listings_are_included(smtp):
    server = smtp()
    now = timezone.now()
    listing("Fresh", score=90)
    listing("Published long ago, re-scored now", score=85, published_at=now - timedelta(days=300))
    listing("Old", score=95, published_at=now - timedelta(days=30), scored_at=now - timedelta(days=30))
    pending = listing("Pending", score=99)
    Listing.objects.filter(pk=pending.pk).update(status=Listing.Status.PENDING)
    subscriber("reader@example.org")

    run_week()

    text, _ = h.parts(server.messages()[0])
    assert "Fresh" in text and "re-scored now" in text
    assert "Old" not in text and "Pending" not in text


def test_preferences_decide_who_gets_what(smtp):
    server = smtp()
    listing("Sales in Texas", score=90, regions=["US-TX"], work=["sales"])
    listing("Surveys in Canada", score=80, regions=["CA"], work=["surveys"])
    listing("Red flags anywhere in the US", score=50, verdict="red_flags", regions=["US"])
    subscriber("texan-sales@example.org", region_id="US-TX", work_types=["sales"])
    subscriber("ontario@example.org", region_id="CA-ON")
    subscriber("brave@example.org", region_id="US-NY", verdicts=["red_flags"])
    subscriber("picky@example.org", min_score=95)

    result = run_week()

    got = {m.rcpt_tos[0]: h.parts(m)[0] for m in server.messages()}
    assert set(got) == {"texan-sales@example.org", "ontario@example.org", "brave@example.org"}
    assert "Sales in Texas" in got["texan-sales@example.org"] and "Surveys" not in got["texan-sales@example.org"]
    assert "Surveys in Canada" in got["ontario@example.org"] and "Texas" not in got["ontario@example.org"]
    assert "Red flags anywhere" in got["brave@example.org"] and "Texas" not in got["brave@example.org"]
    assert result.empty == 1
    picky = Delivery.objects.get(subscriber__email="picky@example.org")
    assert picky.status == Delivery.Status.EMPTY and picky.sent_at is None  # nothing matched: no e-mail


def test_pending_unsubscribed_and_disabled_subscribers_never_get_a_digest(smtp):
    server = smtp()
    listing("Anything", score=90)
    for status in (Subscriber.Status.PENDING, Subscriber.Status.UNSUBSCRIBED, Subscriber.Status.DISABLED):
        subscriber(f"{status}@example.org", status=status)

    run_week()
    run_week()

    assert server.envelopes == []
    assert Delivery.objects.count() == 0


def test_unsubscribing_after_the_plan_skips_the_mail(smtp):
    server = smtp()
    listing("Anything", score=90)
    leaver = subscriber("leaver@example.org")
    year, week = h.digest_week()
    [chunk] = digest.digest_plan(iso_year=year, iso_week=week)
    Subscriber.objects.filter(pk=leaver.pk).update(status=Subscriber.Status.UNSUBSCRIBED)

    digest.digest_send_chunk(delivery_ids=chunk, iso_year=year, iso_week=week)

    assert server.envelopes == []
    assert Delivery.objects.get().status == Delivery.Status.SKIPPED


# --- Exactly once ------------------------------------------------------------------------------------
def test_running_the_weekly_job_twice_sends_each_subscriber_once(smtp, django_capture_on_commit_callbacks):
    server = smtp()
    listing("Anything", score=90)
    for n in range(7):
        subscriber(f"s{n}@example.org")
    year, week = h.digest_week()

    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            send_weekly_digest_task.delay(year, week)

    assert server.recipients() == {f"s{n}@example.org": 1 for n in range(7)}
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 7


def test_a_new_week_sends_again(smtp):
    server = smtp()
    listing("Anything", score=90)
    subscriber("s@example.org")
    year, week = h.digest_week()

    run_week((year, week))
    run_week((year, week))
    # The next week's window is later; make the listing fall in it.
    later = digest.week_window(year, week)[1] + timedelta(days=1)
    Listing.objects.update(scored_at=later)
    run_week(digest.iso_week_of(later + timedelta(days=7)))

    assert server.recipients() == {"s@example.org": 2}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_runs_at_once_on_postgresql_send_exactly_once(smtp):
    server = smtp(delay=0.01)
    listing("Anything", score=90)
    emails = [f"c{n}@example.org" for n in range(40)]
    for email in emails:
        subscriber(email)
    year, week = h.digest_week()
    barrier = threading.Barrier(2)
    errors = []

    def run():
        try:
            barrier.wait()
            for chunk in digest.digest_plan(iso_year=year, iso_week=week, chunk_size=7):
                digest.digest_send_chunk(delivery_ids=chunk, iso_year=year, iso_week=week)
        except Exception as exc:  # surfaced below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert errors == []
    assert server.recipients() == dict.fromkeys(emails, 1)
    assert Delivery.objects.count() == 40
    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.SENT}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_run_killed_half_way_then_rerun_sends_the_rest_once(smtp, test_database_url):
    server = smtp(hold_at=4, hold_seconds=5)
    listing("Anything", score=90)
    emails = [f"k{n}@example.org" for n in range(10)]
    for email in emails:
        subscriber(email)
    env = {
        **os.environ,
        "DATABASE_URL": test_database_url,
        "EMAIL_URL": f"smtp://127.0.0.1:{server.port}",
        "SITE_URL": h.SITE,
        "DJANGO_CONN_MAX_AGE": "0",
    }
    week = "{}-W{:02d}".format(*h.digest_week())
    command = [sys.executable, "manage.py", "digest", "send", "--week", week]

    first = subprocess.Popen(command, cwd=PROJECT_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert server.holding.wait(60), first.communicate(timeout=5)[0]
    first.send_signal(signal.SIGKILL)  # mid-message: the 4th recipient is being announced
    first.wait(10)
    sent_before = sum(server.recipients().values())
    rerun = subprocess.run(command, cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=120)

    assert sent_before == 3
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert "7 sent" in rerun.stdout
    assert server.recipients() == dict.fromkeys(emails, 1)
    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.SENT}


# --- Failures -----------------------------------------------------------------------------------------
def test_repeated_hard_failures_disable_the_address_and_others_still_get_theirs(smtp):
    server = smtp(refuse=["gone@example.org"])
    listing("Anything", score=90)
    subscriber("gone@example.org")
    subscriber("fine@example.org")
    year, week = h.digest_week()

    for offset in range(3):
        run_week(digest.iso_week_of(digest.week_window(year, week)[1] + timedelta(weeks=offset)))
        Listing.objects.update(scored_at=digest.week_window(year, week)[1] + timedelta(weeks=offset, days=1))

    gone = Subscriber.objects.get(email="gone@example.org")
    assert gone.status == Subscriber.Status.DISABLED and gone.hard_failures == 3
    assert "550" in gone.last_failure
    failed = Delivery.objects.filter(subscriber=gone)
    assert [d.status for d in failed] == [Delivery.Status.FAILED] * 3 and "550" in failed[0].error
    assert server.recipients() == {"fine@example.org": 3}


def test_a_success_resets_the_failure_count(smtp):
    smtp()
    listing("Anything", score=90)
    subscriber("flaky@example.org", hard_failures=2)

    run_week()

    assert Subscriber.objects.get().hard_failures == 0


@pytest.fixture
def eager_retries():
    """Eager mode runs each retry at once (countdown ignored) instead of raising Retry to the caller."""
    from vetting.celery import app

    saved = app.conf.task_eager_propagates
    app.conf.task_eager_propagates = False
    yield
    app.conf.task_eager_propagates = saved


def test_a_temporary_smtp_failure_is_retried_and_sent_once(smtp, eager_retries):
    server = smtp(transient_failures=1)
    listing("Anything", score=90)
    subscriber("s@example.org")
    year, week = h.digest_week()
    [chunk] = digest.digest_plan(iso_year=year, iso_week=week)

    send_digest_chunk_task.apply(args=(year, week, chunk))  # eager: retries run at once, countdown ignored

    assert server.recipients() == {"s@example.org": 1}
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.SENT and delivery.attempts == 2
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED  # 4xx never counts as a bounce


def test_retries_are_bounded_then_the_delivery_is_marked_failed(smtp, eager_retries):
    server = smtp(transient_failures=100)
    listing("Anything", score=90)
    subscriber("s@example.org")
    year, week = h.digest_week()
    [chunk] = digest.digest_plan(iso_year=year, iso_week=week)

    send_digest_chunk_task.apply(args=(year, week, chunk))

    delivery = Delivery.objects.get()
    assert server.envelopes == []
    assert delivery.status == Delivery.Status.FAILED and "gave up after 5 retries" in delivery.error
    assert delivery.attempts == 6
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


# --- Management command and admin ---------------------------------------------------------------------
def test_preview_prints_the_digest_and_writes_the_html_without_sending(smtp, tmp_path, capsys, settings):
    server = smtp()
    listing("<i>Preview</i> me", score=90)
    subscriber("reader@example.org")
    out = tmp_path / "digest.html"

    start, _ = digest.week_window(*digest.iso_week_of(timezone.now()))  # preview shows this week's digest
    Listing.objects.update(scored_at=start + timedelta(hours=1))

    call_command("digest", "preview", "READER@example.org", "--html", str(out))

    printed = capsys.readouterr().out
    assert "<i>Preview</i> me" in printed and "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in printed
    assert "&lt;i&gt;Preview&lt;/i&gt; me" in out.read_text()
    assert server.envelopes == [] and Delivery.objects.count() == 0


def test_preview_says_when_nothing_matches_and_refuses_unknown_addresses(capsys):
    subscriber("reader@example.org", min_score=100)

    call_command("digest", "preview", "reader@example.org")

    assert "Nothing matches" in capsys.readouterr().out
    with pytest.raises(Exception, match="No subscriber"):
        call_command("digest", "preview", "nobody@example.org")


def test_moderators_see_subscribers_deliveries_and_failures_read_only(moderator_client, smtp):
    smtp(refuse=["gone@example.org"])
    listing("Anything", score=90)
    subscriber("gone@example.org")
    subscriber("<script>x</script>@example.org")
    run_week()
    delivery = Delivery.objects.get(subscriber__email="gone@example.org")

    subscribers = moderator_client.get("/admin/subscriptions/subscriber/?status__exact=confirmed")
    deliveries = moderator_client.get("/admin/subscriptions/delivery/?status__exact=failed")
    detail = moderator_client.get(f"/admin/subscriptions/delivery/{delivery.pk}/change/")
    subscriber_page = moderator_client.get(f"/admin/subscriptions/subscriber/{delivery.subscriber_id}/change/")
    edit = moderator_client.post(f"/admin/subscriptions/delivery/{delivery.pk}/change/", {"status": "sent"})

    assert subscribers.status_code == deliveries.status_code == detail.status_code == 200
    assert subscriber_page.status_code == 200 and "550" in subscriber_page.content.decode()  # the last failure
    assert "gone@example.org" in deliveries.content.decode() and "550" in deliveries.content.decode()
    assert "&lt;script&gt;x&lt;/script&gt;@example.org" in subscribers.content.decode()
    assert edit.status_code == 403
    assert Delivery.objects.get(pk=delivery.pk).status == Delivery.Status.FAILED


def test_send_command_refuses_a_malformed_week():
    with pytest.raises(Exception, match="YYYY-Www"):
        call_command("digest", "send", "--week", "next monday")
    with pytest.raises(Exception, match="not an ISO week"):
        call_command("digest", "send", "--week", "2026-W60")
