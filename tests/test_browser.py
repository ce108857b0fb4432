"""The timeline in real headless Chromium (Debian's package, driven by Playwright)."""
import os
import re

import pytest

from tests.conftest import SEEDS, chromium_path

pytestmark = [pytest.mark.browser, pytest.mark.skipif(chromium_path() is None, reason="Debian's chromium is not installed")]

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def site(transactional_db, live_server):
    from timeline.ingest import collect, ingest, rebuild_events
    for article_file in collect([SEEDS]):
        ingest(article_file)
    rebuild_events()
    return live_server.url


@pytest.fixture
def browser():
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "1")   # Playwright's sync API runs an event loop
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def centre(locator):
    """Where a person would point: plotly's drag layer lies over the markers, so use the mouse."""
    box = locator.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def open_timeline(browser, url, **context):
    page = browser.new_page(**context)
    page.goto(url)
    page.wait_for_selector("#timeline-chart .cartesianlayer .scatterlayer .point")
    return page


def test_hover_shows_date_title_and_sentence_then_click_opens_the_sentence(site, browser):
    page = open_timeline(browser, site + "/")
    points = page.locator("#timeline-chart .cartesianlayer .scatterlayer .point")
    assert points.count() == 13
    # the big day marker with three sources: find it by hovering each point
    for index in range(points.count()):
        x, y = centre(points.nth(index))
        page.mouse.move(x, y)
        page.wait_for_timeout(150)   # plotly draws its hover label on the next animation frame
        label = page.locator(".hoverlayer").text_content()
        if "3 sources" in label and "2025-08-11" in label:
            break
    else:
        pytest.fail("no hover label for the designation of 2025-08-11")
    assert "designated" in label
    page.mouse.click(x, y)
    page.wait_for_url(re.compile(r"/articles/[\w-]+/#s\d+$"))
    target = page.locator(".sentence:target")
    assert target.count() == 1
    assert "a day after" in target.locator("mark.timex").first.inner_text() or "a day" in target.inner_text()
    assert target.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(220, 236, 255)"


def test_timeline_fits_a_phone(site, browser):
    page = open_timeline(browser, site + "/", viewport={"width": 390, "height": 844}, is_mobile=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    box = page.locator("#timeline-chart").bounding_box()
    assert box["width"] <= 390 and box["height"] >= 300


def test_embed_can_be_framed_by_a_report_but_the_site_cannot(site, browser):
    page = browser.new_page()
    page.set_content(f'<iframe id="ok" src="{site}/embed/" width="600" height="400"></iframe>'
                     f'<iframe id="no" src="{site}/" width="600" height="400"></iframe>')
    embed = page.frame_locator("#ok")
    embed.locator("#timeline-chart .cartesianlayer .scatterlayer .point").first.wait_for()
    assert embed.locator("#timeline-chart .cartesianlayer .scatterlayer .point").count() == 13
    page.wait_for_timeout(500)
    blocked = [f for f in page.frames if f.url.rstrip("/") == site]
    assert all(f.locator("#timeline-chart").count() == 0 for f in blocked)


def test_svg_and_png_downloads(site, browser):
    page = open_timeline(browser, site + "/")
    for image_format, magic in (("svg", b"<svg"), ("png", b"\x89PNG")):
        with page.expect_download() as info:
            page.click(f"button.download[data-format={image_format}]")
        download = info.value
        assert download.suggested_filename == f"timeline.{image_format}"
        with open(download.path(), "rb") as handle:
            assert handle.read(4) == magic
