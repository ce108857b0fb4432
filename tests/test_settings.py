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


def manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE")}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env={**clean, **env},
                          capture_output=True, text=True)


def test_a_secret_key_is_required_unless_debugging():
    refused = manage("check")
    assert refused.returncode != 0
    assert "SECRET_KEY is not set" in refused.stderr and "DEBUG=1" in refused.stderr
    assert manage("check", DEBUG="1").returncode == 0
    assert manage("check", SECRET_KEY="x" * 50).returncode == 0


def test_evaluate_needs_no_key_and_no_database():
    result = manage("evaluate", str(ROOT / "tests" / "data" / "seeds.gold.jsonl"), "--json",
                    DATABASE_URL="postgres://nobody@127.0.0.1:1/none")
    assert result.returncode == 0, result.stderr
    assert '"value_f1": 1.0' in result.stdout
