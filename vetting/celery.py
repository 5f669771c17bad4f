from celery import Celery
from celery.signals import beat_init, worker_init
from django.core.exceptions import ImproperlyConfigured

from vetting.secret_key import require_secret_key

app = Celery("vetting")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def refuse_to_start_without_a_secret_key(**kwargs) -> None:
    """Workers and beat sign digest links. Celery logs and ignores an exception a signal handler raises,
    so this exits instead."""
    try:
        require_secret_key()
    except ImproperlyConfigured as exc:
        raise SystemExit(str(exc)) from None


worker_init.connect(refuse_to_start_without_a_secret_key, weak=False)
beat_init.connect(refuse_to_start_without_a_secret_key, weak=False)
