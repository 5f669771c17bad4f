"""One settings module, read from the environment.

With nothing set it runs embedded: a SQLite file, Celery tasks inline, e-mail on the console.
Setting DATABASE_URL (or the POSTGRES_* variables) and REDIS_URL switches to the production setup.
Every variable is listed in README.md and .env.example.
"""

from pathlib import Path
from urllib.parse import urlsplit

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from vetting import language_info

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


def env_bool(name: str, *, default: bool) -> bool:
    """Like env.bool, but a value that is neither true nor false stops start-up instead of meaning False."""
    raw = env.str(name, default="").strip().lower()
    if not raw:
        return default
    if raw not in _TRUE | _FALSE:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean: use one of {sorted(_TRUE | _FALSE)}.")
    return raw in _TRUE


DEBUG = env_bool("DJANGO_DEBUG", default=False)

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY and DEBUG:
    SECRET_KEY = "django-insecure-local-only-debug-key"
# With DEBUG off and no key, SECRET_KEY stays empty: makemigrations and migrate still run, while serving,
# workers and `check --deploy` stop naming DJANGO_SECRET_KEY (vetting/secret_key.py).

ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])
# Absolute links in e-mails come from here, never from a request's Host header.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_filters",
    "axes",
    "csp",
    "django_ratelimit",
    "ninja",  # the API docs page's own static files (Swagger UI), served like the site's
    "listings",
    "scoring",
    "listings.subscriptions",
]

MIDDLEWARE = [
    "vetting.middleware.CrossOriginResourcePolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "vetting.middleware.RejectNulBytesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware plus `?lang=` (the hreflang alternates) and English for the admin and the API.
    "vetting.languages.SiteLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
    # django-axes must come last: it turns lock-outs into responses.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "vetting.urls"
WSGI_APPLICATION = "vetting.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "vetting.languages.language_links",
            ],
            # The site's own header tags (the project package is not an app with a templatetags folder).
            "libraries": {"site_header": "vetting.site_header"},
        },
    },
]

# --- Database -------------------------------------------------------------------------------
if env.str("DATABASE_URL", default=""):
    DATABASES = {"default": env.db("DATABASE_URL")}
elif env.str("POSTGRES_HOST", default=""):
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "HOST": env.str("POSTGRES_HOST"),
            "PORT": env.int("POSTGRES_PORT", default=5432),
            "NAME": env.str("POSTGRES_DB", default="vetting"),
            "USER": env.str("POSTGRES_USER", default="vetting"),
            "PASSWORD": env.str("POSTGRES_PASSWORD", default=""),
        }
    }
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DJANGO_CONN_MAX_AGE", default=60))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis: three roles, kept apart ---------------------------------------------------------
# The Celery queue must never be evicted; rate-limit counters must survive until they expire; the page
# and fragment cache may be evicted at will. Redis sets its eviction policy per server, so production
# runs the cache on its own server (maxmemory + allkeys-lru) and the broker with noeviction (README).
# With only REDIS_URL set, the cache and the counters use databases 1 and 2 of the same server.
REDIS_URL = env.str("REDIS_URL", default="")


def _redis_database(url: str, number: int) -> str:
    """`url` pointing at database `number` (redis://host:port/0 -> redis://host:port/1), options kept."""
    return urlsplit(url)._replace(path=f"/{number}").geturl()


REDIS_CACHE_URL = env.str("REDIS_CACHE_URL", default="") or (REDIS_URL and _redis_database(REDIS_URL, 1))
REDIS_RATELIMIT_URL = env.str("REDIS_RATELIMIT_URL", default="") or (REDIS_URL and _redis_database(REDIS_URL, 2))
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "vetting.redis_cache.RedisCache", "LOCATION": REDIS_CACHE_URL},
        "ratelimit": {"BACKEND": "vetting.redis_cache.RedisCache", "LOCATION": REDIS_RATELIMIT_URL},
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
        "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ratelimit"},
    }
RATELIMIT_USE_CACHE = "ratelimit"

# No broker configured (laptop, demo): tasks run inline, after the transaction commits.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Chunks take seconds; the hard limit stays far under Redis' visibility timeout so a message is
# never redelivered while its first run is still going.
CELERY_TASK_SOFT_TIME_LIMIT = 120
CELERY_TASK_TIME_LIMIT = 180
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_BEAT_SCHEDULE = {
    "weekly-digest": {
        "task": "listings.subscriptions.tasks.send_weekly_digest_task",
        "schedule": crontab(minute=0, hour=7, day_of_week="mon"),
    },
    "expire-listings": {
        "task": "listings.tasks.expire_listings_task",
        "schedule": crontab(minute=15, hour=0),
    },
    "delete-expired-saved-checks": {
        "task": "listings.tasks.delete_expired_saved_checks_task",
        "schedule": crontab(minute=30, hour=0),
    },
}
CELERY_TIMEZONE = "UTC"
# Listings per re-score chunk: a 500-listing chunk scores in well under a second.
RESCORE_CHUNK_SIZE = env.int("RESCORE_CHUNK_SIZE", default=500)

# --- E-mail ---------------------------------------------------------------------------------
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Offer Check <digest@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Auth, admin lock-out -------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours: 15 minutes
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HTTP_RESPONSE_CODE = 429
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_CALLABLE = "vetting.errors.locked_out"
# Reverse proxies in front of the app that append to X-Forwarded-For (1 behind one TLS proxy). The client
# address for rate limits and the lock-out comes through exactly these hops (vetting/client_ip.py); a
# client's own X-Forwarded-For is never trusted.
TRUSTED_PROXY_HOPS = env.int("DJANGO_TRUSTED_PROXY_HOPS", default=0)
AXES_CLIENT_IP_CALLABLE = "vetting.client_ip.client_ip"
RATELIMIT_IP_META_KEY = "vetting.client_ip.client_ip"
RATELIMIT_VIEW = "listings.abuse.ratelimited"
# Public POSTs (check an offer, submit, report, subscribe), per form: each browser gets PUBLIC_POST_RATE,
# and one address PUBLIC_POST_RATE_PER_IP, so a family or an internet cafe behind one address keeps
# checking offers while a single client cannot flood the forms.
PUBLIC_POST_RATE = env.str("PUBLIC_POST_RATE", default="20/h")
PUBLIC_POST_RATE_PER_IP = env.str("PUBLIC_POST_RATE_PER_IP", default="300/h")
# Every API request (listings, employers, check), per client address; POST /api/v1/check also counts
# against the check page's PUBLIC_POST_RATE and PUBLIC_POST_RATE_PER_IP.
API_RATE = env.str("API_RATE", default="60/m")
# Home and browse pages are cached this long in the shared cache (0 turns it off).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=60)
# Browse keeps the matches of each filter set and sort this long (0 turns it off); every publish, moderation and
# re-score starts afresh (listings.page_cache.GENERATION_KEY).
BROWSE_MATCHES_SECONDS = env.int("BROWSE_MATCHES_SECONDS", default=600)
# A person needs a few seconds to fill a form; faster submissions are treated as bots.
PUBLIC_FORM_MIN_SECONDS = env.float("PUBLIC_FORM_MIN_SECONDS", default=3.0)
# W001: django-ratelimit predates Django's own RedisCache; it only needs an atomic incr, which Redis has.
# E003 (embedded mode only): one process runs, so the in-memory cache is the shared cache.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"] + ([] if REDIS_URL else ["django_ratelimit.E003"])

# --- Security -------------------------------------------------------------------------------
SECURE_COOKIES = env_bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_COOKIES
# The __Host- prefix pins cookies to this host over HTTPS; browsers refuse it without Secure.
SESSION_COOKIE_NAME = "__Host-sessionid" if SECURE_COOKIES else "sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken" if SECURE_COOKIES else "csrftoken"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = "Lax"
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# No page uses a device feature; deny them all to the site and to anything it might embed.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    )
}
CSRF_FAILURE_VIEW = "vetting.errors.csrf_failure"
if env_bool("DJANGO_BEHIND_TLS_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}

# --- Static files, i18n ---------------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if env_bool("DJANGO_STATIC_MANIFEST", default=not DEBUG)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
LANGUAGE_CODE = "en"
# English, Dutch, Afrikaans, Filipino and Urdu (right to left): vetting/language_info.py says why `fil`.
LANGUAGES = language_info.LANGUAGES
language_info.register_extra_lang_info()
LOCALE_PATHS = [BASE_DIR / "locale"]
# The visitor's choice (the switcher, or a `?lang=` link) is kept a year; Accept-Language decides until then.
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = SECURE_COOKIES
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# Forms render https:// for a scheme-less URL, as Django 6 will.
FORMS_URLFIELD_ASSUME_HTTPS = True
CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
    # Django's own defaults give "django" and "django.server" console handlers of their own; records
    # would then print twice (there and at the root). Everything goes through the root handler.
    "loggers": {
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.server": {"handlers": [], "level": "INFO", "propagate": True},
    },
}
