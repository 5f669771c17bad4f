"""The weekly digest: plan one delivery row per confirmed subscriber, then send chunks exactly once.

Exactly once per subscriber per ISO week:
- `digest_plan` inserts Delivery(subscriber, iso_year, iso_week) rows with ON CONFLICT DO NOTHING, so
  re-running the job, or two beat processes running it, never creates a second row.
- `digest_send_chunk` claims each row with UPDATE ... SET status = 'sent' WHERE status = 'queued',
  sends, and commits, in one transaction per message. A concurrent run that reaches the same row waits
  on its lock, then finds it no longer queued and skips it. Each run holds one row lock at a time, so
  two runs cannot deadlock; SMTP calls are bounded by EMAIL_TIMEOUT and the task time limit.
- A crash (worker killed, SMTP or database gone) rolls the row back to "queued", so the redelivered
  chunk or the next run sends it. The one narrow window is between the SMTP server's "250 OK" and the
  commit (a few milliseconds): there we resend rather than lose the week's digest (at-least-once for
  that window only), because a missed digest is silent while a rare duplicate is merely annoying.
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import islice

from django.conf import settings
from django.core.mail import get_connection
from django.db import connection as db_connection
from django.db import transaction
from django.db.models import Count, F, Max, Q
from django.http import QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from listings import labels
from listings.filters import ListingFilter
from listings.models import Listing
from listings.subscriptions import mail
from listings.subscriptions.filters import subscriber_query
from listings.subscriptions.matching import Candidate, CandidateIndex
from listings.subscriptions.models import Delivery, Subscriber
from listings.templatetags.offer_check import faq_label, guide_anchor
from scoring.wording import shown

CHUNK_SIZE = 250  # a chunk sends in a few seconds: far below the task time limit and the visibility timeout
TOP_FINDINGS = 3
SMTP_TIMEOUT = 30  # seconds, when settings.EMAIL_TIMEOUT is not set


def batched(iterable, size: int):
    """itertools.batched (Python 3.12) for 3.11."""
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch


class TransientSendError(Exception):
    """The SMTP server or the network failed in a way worth retrying later (4xx, connection lost)."""


@dataclass
class ChunkResult:
    sent: int = 0
    empty: int = 0
    skipped: int = 0
    failed: int = 0
    already_done: int = 0
    errors: list[str] = field(default_factory=list)


def iso_week_of(now: datetime) -> tuple[int, int]:
    year, week, _ = now.astimezone(UTC).isocalendar()
    return year, week


def week_window(iso_year: int, iso_week: int) -> tuple[datetime, datetime]:
    """The digest of ISO week W covers the whole previous ISO week: Monday 00:00 UTC to Monday 00:00 UTC.

    Fixed bounds make a resumed or re-run week pick the same listings, with no gap or overlap between weeks.
    """
    end = datetime.combine(date.fromisocalendar(iso_year, iso_week, 1), datetime.min.time(), tzinfo=UTC)
    return end - timedelta(days=7), end


# --- Reading the week's listings ------------------------------------------------------------------
def week_listings(iso_year: int, iso_week: int):
    start, end = week_window(iso_year, iso_week)
    return Listing.objects.published().filter(
        Q(published_at__gte=start, published_at__lt=end) | Q(scored_at__gte=start, scored_at__lt=end),
        score__isnull=False,
    )


def load_candidates(iso_year: int, iso_week: int) -> CandidateIndex:
    """One query, small tuples only: never a listing per subscriber."""
    listings = week_listings(iso_year, iso_week).order_by()
    return CandidateIndex(
        Candidate(id=pk, score=score) for pk, score in listings.values_list("id", "score").iterator(chunk_size=5000)
    )


FilterPart = tuple[str, tuple[str, ...]]  # one browse filter and its values, e.g. ("work_type", ("sales",))


def filter_parts(query) -> tuple[FilterPart, ...]:
    """A subscription's browse query string as its separate filters, in a fixed order (a memo key)."""
    return tuple((name, tuple(sorted(query.getlist(name)))) for name in sorted(query) if query.getlist(name))


def kept_by_filter(iso_year: int, iso_week: int, part: FilterPart) -> frozenset[int]:
    """Ids of the week's listings that one browse filter keeps, decided by the browse page's own filter code.

    A value the filter form refuses (a region since removed, say) keeps nothing, as the browse page shows
    nothing for a filter it cannot use.
    """
    name, values = part
    query = QueryDict(mutable=True)
    query.setlist(name, list(values))
    filterset = ListingFilter(data=query, queryset=week_listings(iso_year, iso_week))
    if not filterset.is_valid():
        return frozenset()
    return frozenset(filterset.qs.order_by().values_list("id", flat=True))


@dataclass
class WeekData:
    """The week's candidates, what each filter value keeps, picks and rendered listing blocks, shared by the
    chunks one process sends. Bounded by the week's listings and the distinct filter values subscribers use."""

    key: tuple = ()
    week: tuple[int, int] = (0, 0)
    index: CandidateIndex | None = None
    blocks: dict[str, dict[int, dict]] = field(default_factory=dict)  # by language, then listing id
    kept: dict[FilterPart, frozenset[int]] = field(default_factory=dict)
    picks: dict[tuple[FilterPart, ...], list[int]] = field(default_factory=dict)

    def details(self, ids, language: str) -> dict[int, dict]:
        blocks = self.blocks.setdefault(language, {})
        missing = [pk for pk in ids if pk not in blocks]
        if missing:
            blocks.update(listing_details(missing, language))
        return blocks

    def select(self, subscriber) -> list[int]:
        """The ids of this subscriber's digest, best first: what the browse page shows for their filters."""
        parts = filter_parts(subscriber_query(subscriber))
        if parts not in self.picks:
            for part in parts:
                if part not in self.kept:
                    self.kept[part] = kept_by_filter(*self.week, part)
            self.picks[parts] = self.index.select([self.kept[part] for part in parts])
        return self.picks[parts]


_week_data = WeekData()


def week_data(iso_year: int, iso_week: int) -> WeekData:
    """Load the week's candidates once per process, not once per chunk, while they stay unchanged.

    One aggregate query per chunk fingerprints the week's listings (count, newest id, latest publish,
    score and edit times): a new, removed, re-scored or edited listing makes the next chunk reload.
    Memory is bounded by the week's listings, never by the number of subscribers.
    """
    global _week_data
    fingerprint = week_listings(iso_year, iso_week).aggregate(
        n=Count("id"), last=Max("id"), published=Max("published_at"), scored=Max("scored_at"), edited=Max("updated_at")
    )
    key = (
        iso_year,
        iso_week,
        db_connection.alias,
        db_connection.settings_dict["NAME"],
        settings.SITE_URL,
        *fingerprint.values(),
    )
    if _week_data.key != key:
        _week_data = WeekData(key=key, week=(iso_year, iso_week), index=load_candidates(iso_year, iso_week))
    return _week_data


def listing_details(ids, language: str = settings.LANGUAGE_CODE) -> dict[int, dict]:
    """Each listing's block of the digest in `language`, rendered once per chunk and language and shared by every
    message in that language showing it.

    The HTML block comes from an autoescaping template (render_to_string returns it marked safe), so
    listing text is escaped exactly once; the text block is plain text.
    """
    with translation.override(language):
        return _listing_details(ids)


def _listing_details(ids) -> dict[int, dict]:
    details = {}
    guide_url = mail.absolute_url(reverse("listings:guide"))
    for row in Listing.objects.filter(pk__in=list(ids)).values(
        "id", "title", "score", "verdict", "findings", "employer__name"
    ):
        findings = row["findings"] if isinstance(row["findings"], list) else []
        listing = {
            "title": row["title"],
            "employer": row["employer__name"],
            "score": row["score"],
            "verdict": row["verdict"],
            "verdict_label": labels.verdict_label(row["verdict"]),
            "findings": [
                {
                    "faq": f.get("faq", ""),
                    "faq_label": faq_label(f.get("faq", "")),
                    "explanation": shown(f, "explanation"),
                    "guide_url": f"{guide_url}#{guide_anchor(f.get('faq', ''))}",
                }
                for f in findings[:TOP_FINDINGS]
                if isinstance(f, dict)
            ],
            "url": mail.absolute_url(Listing(pk=row["id"]).get_absolute_url()),
        }
        details[row["id"]] = {
            **listing,
            "text": render_to_string("subscriptions/email/_listing.txt", {"listing": listing}).strip(),
            "html": render_to_string("subscriptions/email/_listing.html", {"listing": listing}),
        }
    return details


def digest_message(*, subscriber: Subscriber, listings: list[dict], iso_year: int, iso_week: int, connection=None):
    start, end = week_window(iso_year, iso_week)
    context = {
        "listings": listings,
        "week_label": f"{iso_year}-W{iso_week:02d}",
        "week_start": start,
        "week_end": end - timedelta(days=1),
        "browse_url": mail.absolute_url("/"),
    }
    return mail.build_message(subscriber=subscriber, template="digest", context=context, connection=connection)


def digest_preview(*, subscriber: Subscriber, now=None):
    """The message this subscriber would get this week (or None if nothing matches). Sends nothing."""
    iso_year, iso_week = iso_week_of(now or timezone.now())
    week = WeekData(week=(iso_year, iso_week), index=load_candidates(iso_year, iso_week))
    ids = week.select(subscriber)
    if not ids:
        return None
    details = listing_details(ids, subscriber.language or settings.LANGUAGE_CODE)
    listings = [details[pk] for pk in ids if pk in details]
    return digest_message(subscriber=subscriber, listings=listings, iso_year=iso_year, iso_week=iso_week)


# --- Planning and sending ---------------------------------------------------------------------------
def digest_plan(*, iso_year: int, iso_week: int, chunk_size: int = CHUNK_SIZE) -> list[list[int]]:
    """Insert the week's delivery rows (no duplicates, ever) and return the queued ones in chunks."""
    confirmed = (
        Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
        .order_by("id")
        .values_list("id", flat=True)
        .iterator(chunk_size=5000)
    )
    for batch in batched(confirmed, 5000):
        Delivery.objects.bulk_create(
            [Delivery(subscriber_id=pk, iso_year=iso_year, iso_week=iso_week) for pk in batch],
            ignore_conflicts=True,
        )
    queued = Delivery.objects.filter(iso_year=iso_year, iso_week=iso_week, status=Delivery.Status.QUEUED)
    return list(batched(queued.order_by("id").values_list("id", flat=True), chunk_size))


def is_hard_failure(exc: Exception) -> bool:
    """A permanent refusal of this recipient (5xx), or an address that cannot be sent to at all.

    Sender refusals are our problem, not the address's.
    """
    if isinstance(exc, ValueError):  # Django refuses to put a malformed address in a header
        return True
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        return bool(codes) and all(500 <= code < 600 for code in codes)
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return False
    return isinstance(exc, smtplib.SMTPResponseException) and 500 <= exc.smtp_code < 600


def digest_send_chunk(*, delivery_ids: list[int], iso_year: int, iso_week: int, now=None) -> ChunkResult:
    """Send the queued deliveries among `delivery_ids`. Safe to run again, or twice at once.

    Raises TransientSendError (after recording it on the row) when the SMTP server fails temporarily;
    rows not sent stay queued for the retry.
    """
    result = ChunkResult()
    # An unlocked snapshot to plan the chunk: every pick, then every listing block, in a few queries.
    rows = list(
        Delivery.objects.filter(pk__in=delivery_ids, status=Delivery.Status.QUEUED)
        .select_related("subscriber")
        .order_by("pk")
    )
    result.already_done = len(set(delivery_ids)) - len(rows)
    week = week_data(iso_year, iso_week)
    picks = {row.pk: week.select(row.subscriber) for row in rows}
    # Each listing block once per language the chunk's subscribers read.
    languages = {row.pk: row.subscriber.language or settings.LANGUAGE_CODE for row in rows}
    for language in set(languages.values()):
        week.details({pk for row in rows if languages[row.pk] == language for pk in picks[row.pk]}, language)
    # One SMTP connection per chunk; a hung server cannot hold a row lock longer than the timeout.
    connection = get_connection(timeout=settings.EMAIL_TIMEOUT or SMTP_TIMEOUT)
    try:
        if any(picks.values()):
            # Opened here, the connection stays open across messages (send() would open and close one each).
            try:
                connection.open()
            except (smtplib.SMTPException, OSError) as exc:
                raise TransientSendError(f"{type(exc).__name__}: {exc}") from exc
        for delivery in rows:
            details = week.details(picks[delivery.pk], languages[delivery.pk])
            listings = [details[pk] for pk in picks[delivery.pk] if pk in details]
            _send_one(delivery, listings, connection, iso_year, iso_week, now or timezone.now(), result)
    finally:
        connection.close()
    return result


class _Transient(Exception):
    pass


def _send_one(delivery, listings, connection, iso_year, iso_week, now, result) -> None:
    """Claim the row, send, and record the outcome, all in one transaction. Raises TransientSendError."""
    subscriber = delivery.subscriber
    queued = Delivery.objects.filter(pk=delivery.pk, status=Delivery.Status.QUEUED)
    if subscriber.status != Subscriber.Status.CONFIRMED:  # unsubscribed since the plan
        result.skipped += queued.update(status=Delivery.Status.SKIPPED, attempts=F("attempts") + 1)
        return
    if not listings:  # nothing matched: no e-mail this week
        result.empty += queued.update(status=Delivery.Status.EMPTY, attempts=F("attempts") + 1)
        return
    try:
        with transaction.atomic():
            # The claim: this UPDATE locks the row. A run holding it makes us wait for its outcome; once it
            # has committed, the row is no longer queued and we skip it; if it died, the row is ours.
            claimed = queued.update(
                status=Delivery.Status.SENT, sent_at=now, listing_count=len(listings), attempts=F("attempts") + 1
            )
            if not claimed:
                result.already_done += 1
                return
            message = digest_message(
                subscriber=subscriber, listings=listings, iso_year=iso_year, iso_week=iso_week, connection=connection
            )
            try:
                message.send()
            except (smtplib.SMTPException, OSError, ValueError) as exc:
                error = f"{type(exc).__name__}: {exc}"[:2000]
                if not is_hard_failure(exc):
                    raise _Transient(error) from exc  # roll the claim back: the row stays queued
                Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.FAILED, sent_at=None, error=error)
                _record_hard_failure(subscriber, error, now)
                result.failed += 1
                result.errors.append(error)
                return
            if subscriber.hard_failures:
                Subscriber.objects.filter(pk=subscriber.pk).update(hard_failures=0)
            result.sent += 1
    except _Transient as exc:
        connection.close()
        # Count the attempt so the admin sees it; the retry sends the row.
        queued.update(attempts=F("attempts") + 1, error=str(exc))
        raise TransientSendError(str(exc)) from exc


def _record_hard_failure(subscriber, error: str, now) -> None:
    failures = subscriber.hard_failures + 1
    changes = {"hard_failures": failures, "last_failure": error, "last_failure_at": now}
    if failures >= Subscriber.MAX_HARD_FAILURES:
        changes["status"] = Subscriber.Status.DISABLED
    Subscriber.objects.filter(pk=subscriber.pk).update(**changes)


def digest_give_up(*, delivery_ids: list[int], error: str) -> int:
    """After the last retry: mark what is still queued as failed, so moderators see it in the admin."""
    return Delivery.objects.filter(pk__in=delivery_ids, status=Delivery.Status.QUEUED).update(
        status=Delivery.Status.FAILED, error=error[:2000]
    )


def digest_run_inline(*, iso_year: int, iso_week: int) -> ChunkResult:
    """Plan and send the whole week in this process (the management command). Stops at a transient error."""
    total = ChunkResult()
    for chunk in digest_plan(iso_year=iso_year, iso_week=iso_week):
        result = digest_send_chunk(delivery_ids=chunk, iso_year=iso_year, iso_week=iso_week)
        for name in ("sent", "empty", "skipped", "failed", "already_done"):
            setattr(total, name, getattr(total, name) + getattr(result, name))
        total.errors.extend(result.errors)
    return total
