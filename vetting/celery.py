import os

# Before anything reads settings: `celery -A vetting worker` is started with only the documented
# environment, and Celery installs its Django integration (DjangoTask, delay_on_commit) only when
# this variable is set as the app is created.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vetting.settings")

from celery import Celery  # noqa: E402
from celery.signals import beat_init, worker_init  # noqa: E402
from django.core.exceptions import ImproperlyConfigured  # noqa: E402

from vetting.secret_key import require_secret_key  # noqa: E402

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
