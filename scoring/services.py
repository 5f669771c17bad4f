"""Acts with side effects around scoring: store scores, publish rule sets, run re-score jobs."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

# The one place scoring reaches into listings: it writes their scores, and says so to the cached public pages.
from listings.models import Listing
from listings.page_cache import public_pages_changed_on_commit
from scoring.exchange_rates import RATE_FIELDS
from scoring.models import (
    ExchangeRate,
    ExchangeRateChange,
    ImpactPreview,
    LocalPayChange,
    LocalPayFigure,
    RescoreChunk,
    RescoreJob,
    RuleSet,
)
from scoring.pay_figures import FIGURE_FIELDS
from scoring.verdict import Result, evaluate

# The stored score: each column a Result fills, with its SQL type in the JSON record _write_scores unpacks.
# Every other list of score columns (the importer's, the writer's SQL) is derived from this one.
SCORE_COLUMNS = {
    "score": ("smallint", lambda result: result.score),
    "verdict": ("text", lambda result: result.verdict),
    "findings": ("jsonb", lambda result: result.findings_as_dicts()),
    "hourly_estimate": ("numeric", lambda result: result.pay.hourly),
    "pay_vs_minimum": ("numeric", lambda result: result.pay_vs_minimum),
    "pay_estimate": ("jsonb", lambda result: result.pay.as_dict()),
}
# ...and the two columns that say which rule set made the score, and when.
SCORE_FIELDS = [*SCORE_COLUMNS, "rules_version", "scored_at"]


def active_rule_set() -> RuleSet:
    return RuleSet.objects.active()


def score_values(result: Result) -> dict:
    return {column: value(result) for column, (_, value) in SCORE_COLUMNS.items()}


def apply_result(listing, result: Result, *, now) -> None:
    """Copy a result onto a listing in memory. The caller saves."""
    for column, value in score_values(result).items():
        setattr(listing, column, value)
    listing.rules_version = result.rules_version
    listing.scored_at = now


def listings_score(*, listing_ids: Iterable[int], rule_set: RuleSet) -> int:
    """Score listings with `rule_set` and write them in bulk; return how many rows were written.

    Rows are locked and read fresh, so an edit made meanwhile is either seen here or written after.
    Compare-and-set on the version: a score made with a newer rule set is never overwritten.
    """
    config = rule_set.to_config()
    with transaction.atomic():
        offers = Listing.objects.filter(pk__in=list(listing_ids)).select_for_update(of=("self",)).offers()
        results = {pk: evaluate(offer, config) for pk, offer in offers.items()}
        return _write_scores(results, rules_version=rule_set.version, now=timezone.now())


def _json(value):
    return str(value) if isinstance(value, Decimal) else value


def _write_scores(results: dict[int, Result], *, rules_version: int, now) -> int:
    """Write scores in one statement (PostgreSQL) or one batch (SQLite); the WHERE is the compare-and-set.

    QuerySet.bulk_update would build one CASE per column with a branch per row: quadratic in the chunk size.
    """
    if not results:
        return 0
    table = connection.ops.quote_name(Listing._meta.db_table)
    columns = list(SCORE_COLUMNS)
    if connection.vendor == "postgresql":
        # The whole chunk travels as one JSON document, unpacked by jsonb_to_recordset: quoting arrays of
        # findings element by element in Python cost more than scoring them.
        rows = json.dumps([{"id": pk, **score_values(result)} for pk, result in results.items()], default=_json)
        assignments = ", ".join(f"{c} = v.{c}" for c in columns)
        record = ", ".join(f"{c} {sql_type}" for c, (sql_type, _) in SCORE_COLUMNS.items())
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} AS l SET {assignments}, rules_version = %s, scored_at = %s "
                f"FROM jsonb_to_recordset(%s::jsonb) AS v(id bigint, {record}) "
                "WHERE l.id = v.id AND (l.rules_version IS NULL OR l.rules_version <= %s)",
                [rules_version, now, rows, rules_version],
            )
            return cursor.rowcount
    assignments = ", ".join(f"{c} = %s" for c in columns)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {table} SET {assignments}, rules_version = %s, scored_at = %s "
            "WHERE id = %s AND (rules_version IS NULL OR rules_version <= %s)",
            [
                (
                    *(
                        json.dumps(v, default=_json) if SCORE_COLUMNS[c][0] == "jsonb" else _json(v)
                        for c, v in score_values(result).items()
                    ),
                    rules_version,
                    now,
                    pk,
                    rules_version,
                )
                for pk, result in results.items()
            ],
        )
        return cursor.rowcount


def listing_score(*, listing) -> None:
    """Score one saved listing with the active rule set (after it and its fees/regions are saved)."""
    listings_score(listing_ids=[listing.pk], rule_set=active_rule_set())
    listing.refresh_from_db(fields=SCORE_FIELDS)


@transaction.atomic
def rule_set_publish(*, values: dict, weights: dict, by=None, note: str = "") -> RuleSet:
    """Publish a new version with `values` and `weights`, make it the only active one, re-score everything."""
    current = RuleSet.objects.select_for_update().filter(is_active=True).first()
    latest = RuleSet.objects.order_by("-version").values_list("version", flat=True).first() or 0
    if current:
        current.is_active = False
        current.save(update_fields=["is_active"])
    rule_set = RuleSet(**values, weights=weights, note=note, created_by=by, version=latest + 1, is_active=True)
    rule_set.full_clean(exclude=["version"])
    rule_set.save()
    rescore_start(reason=RescoreJob.Reason.RULES_CHANGED, rules_version=rule_set.version)
    return rule_set


def rescore_start(*, reason: str, rules_version: int | None = None, employer=None, **scope) -> RescoreJob:
    """Record a job and plan it in the background once the current transaction commits. `scope` narrows it
    (`local_pay_place=`, `local_pay_currencies=`: the listings that could use that place's figures;
    `exchange_currency=`: those whose pay that rate could convert)."""
    from scoring.tasks import rescore_plan_task

    if rules_version is None:
        rules_version = active_rule_set().version
    job = RescoreJob.objects.create(reason=reason, rules_version=rules_version, employer=employer, **scope)
    rescore_plan_task.delay_on_commit(job.pk)
    return job


def _job_scope(job: RescoreJob) -> QuerySet:
    listings = Listing.objects.all()
    if job.employer_id:
        return listings.filter(employer_id=job.employer_id)
    if job.local_pay_place:
        return listings_using_local_pay(place=job.local_pay_place, currencies=job.local_pay_currencies)
    if job.exchange_currency:
        return listings_using_exchange_rate(currency=job.exchange_currency)
    return listings


def listings_using_local_pay(*, place: str, currencies: Iterable[str]) -> QuerySet:
    """Listings paid in one of `currencies` whose pay could be compared with `place`'s figures (see
    scoring.pay_references.PayReferences): those hiring there, and for a country also those hiring in one of
    its states or provinces or saying nowhere. A few more than exactly those the place applies to (a New York
    listing when the U.S. figures change), never fewer."""
    hiring = Listing.hiring_regions.through.objects
    if "-" in place:
        scope = Q(pk__in=hiring.filter(region_id=place).values("listing_id"))
    else:
        in_country = hiring.filter(Q(region_id=place) | Q(region__code__startswith=f"{place}-"))
        scope = Q(pk__in=in_country.values("listing_id")) | ~Q(pk__in=hiring.values("listing_id"))
    return Listing.objects.filter(scope, pay_currency__in=list(currencies))


def listings_using_exchange_rate(*, currency: str) -> QuerySet:
    """Listings whose pay a change of `currency`'s rate could convert (scoring.pay_references.PayReferences): those
    paid in it that hire somewhere it is not paid, and those paid in another currency that hire in a country whose
    figures are in it (or in one of its states or regions). A few more than exactly those, never fewer."""
    hiring = Listing.hiring_regions.through.objects
    countries = {place.split("-")[0] for place in LocalPayFigure.objects.filter(currency=currency).values_list(
        "place", flat=True)}  # fmt: skip
    in_those = Q(region_id__in=countries) | Q(region__parent_id__in=countries)
    in_those_countries, elsewhere = hiring.filter(in_those), hiring.exclude(in_those)
    paid_in_it = Q(pay_currency=currency, pk__in=elsewhere.values("listing_id"))
    hiring_where_it_is_paid = ~Q(pay_currency=currency) & Q(pk__in=in_those_countries.values("listing_id"))
    return Listing.objects.filter(paid_in_it | hiring_where_it_is_paid)


def _as_text(value) -> str:
    return "" if value is None else str(value)


@transaction.atomic
def local_pay_save(*, figure: LocalPayFigure, note: str, by=None) -> LocalPayChange | None:
    """Save a moderator's edit of a place's figures (validated, not yet saved), record each changed field old →
    new with the note, and re-score the listings that could use the place once the transaction commits.
    Returns None, saving nothing, when nothing changed."""
    if not note.strip():
        raise ValueError("A change to local pay figures needs a note.")
    before = LocalPayFigure.objects.select_for_update().filter(pk=figure.pk).first() if figure.pk else None
    if before is not None and before.place != figure.place:
        raise ValueError("A place's code never changes; its figures do.")
    changes = {
        name: [_as_text(getattr(before, name, None)), _as_text(getattr(figure, name))]
        for name in FIGURE_FIELDS
        if before is None or getattr(before, name) != getattr(figure, name)
    }
    if not changes:
        return None
    figure.save()
    job = rescore_start(
        reason=RescoreJob.Reason.LOCAL_PAY,
        local_pay_place=figure.place,
        local_pay_currencies=sorted({figure.currency, before.currency if before else figure.currency}),
    )
    return LocalPayChange.objects.create(
        figure=figure, changes=changes, note=note.strip(), changed_by=by, changed_at=timezone.now(), rescore_job=job
    )


@transaction.atomic
def exchange_rate_save(*, rate: ExchangeRate, note: str, by=None) -> ExchangeRateChange | None:
    """Save a moderator's edit of a currency's rate (validated, not yet saved), record each changed field old → new
    with the note, and re-score the listings whose pay it converts once the transaction commits. Returns None,
    saving nothing, when nothing changed."""
    if not note.strip():
        raise ValueError("A change to an exchange rate needs a note.")
    before = ExchangeRate.objects.select_for_update().filter(pk=rate.pk).first() if rate.pk else None
    if before is not None and before.currency != rate.currency:
        raise ValueError("A rate's currency never changes; its value does.")
    changes = {
        name: [_as_text(getattr(before, name, None)), _as_text(getattr(rate, name))]
        for name in RATE_FIELDS
        if before is None or getattr(before, name) != getattr(rate, name)
    }
    if not changes:
        return None
    rate.save()
    job = rescore_start(reason=RescoreJob.Reason.EXCHANGE_RATE, exchange_currency=rate.currency)
    return ExchangeRateChange.objects.create(
        rate=rate, changes=changes, note=note.strip(), changed_by=by, changed_at=timezone.now(), rescore_job=job
    )


def rescore_plan(*, job: RescoreJob) -> list[int]:
    """Split the job into chunks (once) and return the ids of the chunks still to run. Safe to run twice."""
    with transaction.atomic():
        job = RescoreJob.objects.select_for_update().get(pk=job.pk)
        if not job.chunks.exists() and job.status == RescoreJob.Status.QUEUED:
            ids = list(_job_scope(job).order_by("pk").values_list("pk", flat=True))
            RescoreChunk.objects.bulk_create(
                RescoreChunk(job=job, index=i, first_id=part[0], last_id=part[-1], size=len(part))
                for i, part in enumerate(_slices(ids, settings.RESCORE_CHUNK_SIZE))
            )
            job.total = len(ids)
            job.status = RescoreJob.Status.RUNNING if ids else RescoreJob.Status.DONE
            job.finished_at = None if ids else timezone.now()
            job.save(update_fields=["total", "status", "finished_at"])
    return list(job.chunks.filter(finished_at__isnull=True).values_list("pk", flat=True))


def rescore_chunk(*, chunk_id: int) -> None:
    """Score one chunk and count it, in one transaction: a re-run after success does nothing."""
    with transaction.atomic():
        # Lock only the chunk row: the job row is shared by every chunk, and holding it would run them one at a time.
        chunk = RescoreChunk.objects.select_for_update(of=("self",)).select_related("job").filter(pk=chunk_id).first()
        if chunk is None or chunk.finished_at is not None:
            return
        job = chunk.job
        rule_set = RuleSet.objects.get(version=job.rules_version)
        ids = _job_scope(job).filter(pk__range=(chunk.first_id, chunk.last_id)).values_list("pk", flat=True)
        written = listings_score(listing_ids=ids, rule_set=rule_set)
        chunk.finished_at = timezone.now()
        chunk.attempts = F("attempts") + 1
        chunk.save(update_fields=["finished_at", "attempts"])
        RescoreJob.objects.filter(pk=job.pk).update(done=F("done") + chunk.size, updated=F("updated") + written)
        RescoreJob.objects.filter(pk=job.pk, done__gte=F("total"), status=RescoreJob.Status.RUNNING).update(
            status=RescoreJob.Status.DONE, finished_at=chunk.finished_at
        )
        if written:
            public_pages_changed_on_commit()


def rescore_chunk_failed(*, chunk_id: int, error: str) -> None:
    """Record a chunk that gave up, on the chunk and on its job, so the admin shows it."""
    chunk = RescoreChunk.objects.filter(pk=chunk_id).select_related("job").first()
    if chunk is None:
        return
    RescoreChunk.objects.filter(pk=chunk_id).update(last_error=error[:2000], attempts=F("attempts") + 1)
    with transaction.atomic():
        job = RescoreJob.objects.select_for_update().get(pk=chunk.job_id)
        job.errors = [*job.errors, f"chunk {chunk.index} (ids {chunk.first_id}–{chunk.last_id}): {error[:500]}"]
        job.status = RescoreJob.Status.FAILED
        job.save(update_fields=["errors", "status"])


def _slices(items: Sequence[int], size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- What a draft rule set would change, before anyone publishes it -------------------------------------
PREVIEW_CHUNK = 2000
LARGEST_SHOWN = 25
NEW_SCAMS_SHOWN = 50


def impact_preview_start(*, values: dict, weights: dict, note: str, by=None) -> ImpactPreview:
    """Record a draft and compute its impact in the background once the transaction commits."""
    from scoring.tasks import impact_preview_task

    preview = ImpactPreview.objects.create(
        values=values,
        weights=weights,
        note=note,
        created_by=by,
        base_version=active_rule_set().version,
        total=Listing.objects.filter(score__isnull=False).count(),
    )
    impact_preview_task.delay_on_commit(preview.pk)
    return preview


def impact_preview_run(*, preview: ImpactPreview) -> None:
    """Score every scored listing with the draft, in memory, and record how verdicts and scores would move.
    Stored scores are never touched; progress is written after each chunk for the admin's progress bar."""
    config = preview.draft().to_config()
    ImpactPreview.objects.filter(pk=preview.pk).update(status=ImpactPreview.Status.RUNNING)
    ids = list(Listing.objects.filter(score__isnull=False).order_by("pk").values_list("pk", flat=True))
    moves: dict[str, dict[str, int]] = {}
    largest: list[tuple[int, list]] = []
    new_scams: list[list] = []
    for chunk in _slices(ids, PREVIEW_CHUNK):
        stored = {
            pk: (title, score, verdict)
            for pk, title, score, verdict in Listing.objects.filter(pk__in=chunk).values_list(
                "pk", "title", "score", "verdict"
            )
        }
        for pk, offer in Listing.objects.filter(pk__in=chunk).offers().items():
            title, old_score, old_verdict = stored[pk]
            result = evaluate(offer, config)
            row = [pk, title, old_score, result.score, old_verdict, result.verdict]
            if result.verdict != old_verdict:
                moves.setdefault(old_verdict, {}).setdefault(result.verdict, 0)
                moves[old_verdict][result.verdict] += 1
                if result.verdict == "likely_scam" and len(new_scams) < NEW_SCAMS_SHOWN:
                    new_scams.append(row)
            if result.score != old_score:
                largest.append((abs(result.score - old_score), row))
        largest = sorted(largest, key=lambda item: -item[0])[:LARGEST_SHOWN]
        ImpactPreview.objects.filter(pk=preview.pk).update(done=F("done") + len(chunk))
    ImpactPreview.objects.filter(pk=preview.pk).update(
        status=ImpactPreview.Status.DONE,
        band_changes=moves,
        largest_changes=[row for _, row in largest],
        new_scams=new_scams,
        done=F("total"),
        finished_at=timezone.now(),
    )


def impact_preview_failed(*, preview_id: int, error: str) -> None:
    ImpactPreview.objects.filter(pk=preview_id).update(status=ImpactPreview.Status.FAILED, error=error[:2000])


@transaction.atomic
def impact_preview_publish(*, preview: ImpactPreview, by=None) -> RuleSet:
    """Publish the previewed draft as the new active rule set (and so re-score every listing)."""
    rule_set = rule_set_publish(values=preview.draft_values(), weights=preview.weights, by=by, note=preview.note)
    ImpactPreview.objects.filter(pk=preview.pk).update(published_version=rule_set.version)
    return rule_set
