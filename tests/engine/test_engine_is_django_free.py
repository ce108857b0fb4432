import subprocess
import sys

from tests.conftest import ROOT


def test_engine_imports_no_django():
    code = ("import sys, timeline.engine, timeline.engine.evaluate; "
            "bad = [m for m in sys.modules if m == 'django' or m.startswith('django.')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
