"""Settings come from the environment."""
import os
import subprocess
import sys

from django.db import connection

from tests.conftest import ROOT


def test_database_follows_database_url(db):
    url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"
    assert connection.vendor == expected


def run_check(env):
    clean = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE")}
    return subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env={**clean, **env},
                          capture_output=True, text=True)


def test_a_secret_key_is_required_unless_debugging():
    refused = run_check({})
    assert refused.returncode != 0
    assert "Set SECRET_KEY" in refused.stderr
    assert run_check({"DEBUG": "1"}).returncode == 0
    assert run_check({"SECRET_KEY": "x" * 50}).returncode == 0
