import os

from django.core.wsgi import get_wsgi_application

from vetting.secret_key import require_secret_key

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vetting.settings")
application = get_wsgi_application()
require_secret_key()  # serving signs cookies and tokens: no key, no start (DEBUG off)
