"""Thin Celery tasks: take an id, call one service."""

from celery import shared_task
from django.db import InterfaceError, OperationalError

from scoring import services

MAX_RETRIES = 5


@shared_task(acks_late=True, reject_on_worker_lost=True)
def rescore_plan_task(job_id: int) -> None:
    from scoring.models import RescoreJob

    job = RescoreJob.objects.filter(pk=job_id).first()
    if job is None:  # deleted while queued
        return
    for chunk_id in services.rescore_plan(job=job):
        rescore_chunk_task.delay(chunk_id)


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=MAX_RETRIES)
def rescore_chunk_task(self, chunk_id: int) -> None:
    try:
        services.rescore_chunk(chunk_id=chunk_id)
    except (OperationalError, InterfaceError) as exc:
        # A database hiccup: back off 1, 2, 4, 8, 16 s, then record the failure for the admin.
        if self.request.retries >= MAX_RETRIES:
            services.rescore_chunk_failed(chunk_id=chunk_id, error=f"database error: {exc}")
            return
        raise self.retry(exc=exc, countdown=2**self.request.retries) from exc
    except Exception as exc:
        services.rescore_chunk_failed(chunk_id=chunk_id, error=f"{type(exc).__name__}: {exc}")
        raise


@shared_task(acks_late=True, reject_on_worker_lost=True)
def impact_preview_task(preview_id: int) -> None:
    from scoring.models import ImpactPreview

    preview = ImpactPreview.objects.filter(pk=preview_id).first()
    if preview is None:
        return
    try:
        services.impact_preview_run(preview=preview)
    except Exception as exc:
        services.impact_preview_failed(preview_id=preview_id, error=f"{type(exc).__name__}: {exc}")
        raise
