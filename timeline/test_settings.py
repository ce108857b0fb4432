"""Settings for the test suite: the real settings with a fixed, public test key."""
import os

os.environ.setdefault("SECRET_KEY", "tests-only-not-a-secret")

from .settings import *  # noqa: E402,F401,F403
