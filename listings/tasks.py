from celery import shared_task

from listings import saved_checks, services


@shared_task(acks_late=True, reject_on_worker_lost=True)
def expire_listings_task() -> int:
    return services.listings_expire()


@shared_task(acks_late=True, reject_on_worker_lost=True)
def delete_expired_saved_checks_task() -> int:
    """Saved results past their 30 days, and ended sessions with the unsaved results they held."""
    saved_checks.sessions_clear_expired()
    return saved_checks.saved_checks_delete_expired()
