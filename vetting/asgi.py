import os

# Set before any import that reads settings (importing the vetting package builds the Celery app).
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vetting.settings")

from django.core.asgi import get_asgi_application  # noqa: E402

from vetting.secret_key import require_secret_key  # noqa: E402

application = get_asgi_application()
require_secret_key()  # serving signs cookies and tokens: no key, no start (DEBUG off)
