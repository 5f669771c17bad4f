"""Thin Celery tasks for the weekly digest and the subscription notices."""

from __future__ import annotations

import logging
import smtplib

from celery import shared_task
from django.utils import timezone

from listings.subscriptions import digest, services
from listings.subscriptions.models import Subscriber

logger = logging.getLogger(__name__)

MAX_RETRIES = 5


def backoff(retries: int) -> int:
    """30 s, 60 s, 2 min, 4 min, 8 min: bounded, and spread out enough for a greylisting server."""
    return min(30 * 2**retries, 600)


@shared_task(acks_late=True, reject_on_worker_lost=True)
def send_weekly_digest_task(iso_year: int | None = None, iso_week: int | None = None) -> int:
    """Beat entry point (Mondays). Safe to run any number of times, or twice at once: see digest.py."""
    if iso_year is None or iso_week is None:
        iso_year, iso_week = digest.iso_week_of(timezone.now())
    chunks = digest.digest_plan(iso_year=iso_year, iso_week=iso_week)
    for chunk in chunks:
        send_digest_chunk_task.delay_on_commit(iso_year, iso_week, chunk)
    logger.info("Digest %s-W%02d: %d chunks queued", iso_year, iso_week, len(chunks))
    return len(chunks)


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=MAX_RETRIES)
def send_digest_chunk_task(self, iso_year: int, iso_week: int, delivery_ids: list[int]) -> dict:
    try:
        result = digest.digest_send_chunk(delivery_ids=delivery_ids, iso_year=iso_year, iso_week=iso_week)
    except digest.TransientSendError as exc:
        if self.request.retries >= MAX_RETRIES:
            digest.digest_give_up(delivery_ids=delivery_ids, error=f"gave up after {MAX_RETRIES} retries: {exc}")
            return {"gave_up": True}
        raise self.retry(exc=exc, countdown=backoff(self.request.retries)) from exc
    return {"sent": result.sent, "empty": result.empty, "skipped": result.skipped, "failed": result.failed}


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=MAX_RETRIES)
def send_notice_task(self, subscriber_id: int, notice: str) -> None:
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:  # deleted while queued
        return
    try:
        services.subscriber_send_notice(subscriber=subscriber, notice=notice)
    except (smtplib.SMTPException, OSError) as exc:
        if digest.is_hard_failure(exc) or self.request.retries >= MAX_RETRIES:
            logger.warning("Could not send the %s notice to subscriber %s: %s", notice, subscriber_id, exc)
            return
        raise self.retry(exc=exc, countdown=backoff(self.request.retries)) from exc
