import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def nlp():
    from timeline.engine import load_pipeline
    return load_pipeline()


@pytest.fixture
def seeded(db):
    """The three seed articles ingested, events built."""
    from timeline.ingest import collect, ingest, rebuild_events
    for article_file in collect([SEEDS]):
        ingest(article_file)
    rebuild_events()


@pytest.fixture
def article_dir(tmp_path):
    """A folder to write articles and a manifest into."""
    def write(files, manifest=None):
        for name, content in files.items():
            path = tmp_path / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        if manifest is not None:
            (tmp_path / "manifest.toml").write_text(manifest, encoding="utf-8")
        return tmp_path
    return write


def chromium_path():
    return shutil.which("chromium")
