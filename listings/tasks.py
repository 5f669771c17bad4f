from celery import shared_task

from listings import services


@shared_task(acks_late=True, reject_on_worker_lost=True)
def expire_listings_task() -> int:
    return services.listings_expire()
