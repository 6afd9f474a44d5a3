"""The HTML reading view in a real browser (headless Chromium via Selenium).

Checks what only a browser can: permalinks scroll their turn into view and make it the
`:target`, speaker labels lead to the person index, the page logs no console errors, and
axe-core finds no accessibility violations (WCAG 2.1 A/AA and best practice: landmarks,
heading order, contrast, link names, lang). Skips when Chromium is missing, except under
CI=true, where a missing browser is a failure.
"""
from __future__ import annotations

import os

import pytest

from teikit import convert
from teikit.readers.tei import read
from teikit.writers.html import write

from .browser_support import find_chromium, quit_chromium, run_axe, start_chromium
from .conftest import FOREIGN, ROOT, SAMPLE

pytestmark = pytest.mark.browser

STRUCTURE = SAMPLE.parent / "structure"
PAGES = {
    "sample": SAMPLE,
    "play": FOREIGN / "dracor-menander-dyskolos.xml",
    "parliament": FOREIGN / "parla-clarin-exemplar.xml",
    "parlamint-ana": FOREIGN / "parlamint-SI-2022-04-06-ana-excerpt.xml",
    "prose": FOREIGN / "teic-teisample.xml",
    "prose-general": FOREIGN / "stylesheets-generalP5.xml",  # footnotes, tables, lists, verse
    "converted": ROOT / "corpus" / "seeds" / "004_bd4c8dd8c497f38f.txt",  # teikit converts it
    **{f"structure-{p.name.split('.')[0]}": p for p in sorted(STRUCTURE.glob("*.tei.xml"))},
}


@pytest.fixture(scope="module")
def driver():
    missing = find_chromium() is None
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing = True
    if missing:
        reason = "headless Chromium not available (apt-get install chromium chromium-driver; pip install selenium)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)
    drv = start_chromium(width=1000, height=600)
    yield drv
    quit_chromium(drv)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("html")
    urls = {}
    for key, src in PAGES.items():
        target = out / f"{key}.html"
        data = src.read_bytes()
        if src.suffix == ".txt":  # the page a user gets for a converted transcript
            data = convert(data, src.name).tei
        target.write_bytes(write(read(data, src.name)))
        urls[key] = target.as_uri()
    return urls


def target_id(driver) -> str | None:
    return driver.execute_script("const t = document.querySelector(':target'); return t && t.id;")


def test_permalink_scrolls_to_its_turn(driver, pages):
    driver.get(pages["play"])
    turns = driver.find_elements("css selector", "div.turn")
    turn = turns[len(turns) // 2]
    link = turn.find_element("css selector", "a.permalink")
    driver.execute_script("arguments[0].focus();", link)
    assert driver.switch_to.active_element == link  # focusable
    driver.execute_script("arguments[0].click();", link)
    assert target_id(driver) == turn.get_attribute("id")
    top = driver.execute_script("return arguments[0].getBoundingClientRect().top;", turn)
    assert 0 <= top < 100, f"turn not scrolled to the top of the view (top={top})"
    assert driver.execute_script("return window.scrollY;") > 500


def test_opening_a_permalink_url_targets_the_turn(driver, pages):
    driver.get(pages["play"])
    ids = driver.execute_script("return [...document.querySelectorAll('div.turn')].map(e => e.id);")
    wanted = ids[-3]
    driver.get(pages["play"] + "#" + wanted)
    assert target_id(driver) == wanted
    top = driver.execute_script(
        "return document.getElementById(arguments[0]).getBoundingClientRect().top;", wanted)
    assert 0 <= top < 100


def test_speaker_label_leads_to_the_person_index(driver, pages):
    driver.get(pages["sample"])
    label = driver.find_element("css selector", "#sample\\.u2 p.speaker a:not(.permalink)")
    label.click()
    assert target_id(driver) == "lavrov"
    assert "Sergey Lavrov" in driver.find_element("id", "lavrov").text


def test_footnote_links_go_both_ways(driver, pages):
    driver.get(pages["structure-notes"])
    ref = driver.find_elements("css selector", "a.fnref")[1]
    driver.execute_script("arguments[0].click();", ref)
    assert target_id(driver) == "fn-2"
    note = driver.find_element("id", "fn-2")
    assert "Roses are red," in note.text and "violets are blue." in note.text
    back = note.find_element("css selector", ".fnback a")
    driver.execute_script("arguments[0].click();", back)
    assert target_id(driver) == "fnref-2"


def test_contents_list_leads_to_the_headings(driver, pages):
    driver.get(pages["structure-notes"])
    links = driver.find_elements("css selector", "nav.contents a")
    assert [a.text for a in links] == ["Chapter One", "Chapter Two"]
    driver.execute_script("arguments[0].click();", links[1])
    assert target_id(driver) == "h-2"
    assert driver.find_element("id", "h-2").text == "Chapter Two"


# Every link of the page leads where it says: each permalink to its own turn, each
# contents entry to a heading, each footnote reference to its note and back.
LINKS_JS = """
const broken = [], seen = {permalinks: 0, contents: 0, footnotes: 0};
const target = a => document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
for (const a of document.querySelectorAll('a.permalink')) {
  seen.permalinks++;
  if (target(a) !== a.closest('div.turn')) broken.push('permalink ' + a.getAttribute('href'));
}
for (const a of document.querySelectorAll('nav.contents a')) {
  seen.contents++;
  const t = target(a);
  if (!t || !/^H[3-6]$/.test(t.tagName)) broken.push('contents ' + a.getAttribute('href'));
}
for (const a of document.querySelectorAll('a.fnref')) {
  seen.footnotes++;
  const note = target(a), back = note && note.querySelector('.fnback a');
  if (!back || target(back) !== a) broken.push('footnote ' + a.getAttribute('href'));
}
return [broken, seen];
"""
# What each kind of page the issue names must have: a play, a ParlaMint session,
# generalP5-like prose, a converted transcript.
KINDS = {"play": ("permalinks", "contents"), "parlamint-ana": ("permalinks", "contents"),
         "prose-general": ("permalinks", "contents", "footnotes"), "converted": ("permalinks",)}


@pytest.mark.parametrize("key", sorted(KINDS))
def test_permalinks_contents_and_footnotes_lead_where_they_say(driver, pages, key):
    driver.get(pages[key])
    broken, seen = driver.execute_script(LINKS_JS)
    assert broken == []
    assert all(seen[kind] for kind in KINDS[key]), seen
    link = driver.find_elements("css selector", "a.permalink")[-1]
    driver.execute_script("arguments[0].click();", link)
    assert target_id(driver) == link.get_attribute("href").split("#")[-1]


def test_choice_shows_the_other_reading_on_focus(driver, pages):
    driver.get(pages["structure-readings"])
    span = driver.find_element("css selector", "span.choice")
    shown = lambda: driver.execute_script(
        "return getComputedStyle(arguments[0], '::after').content;", span)
    assert shown() in ("none", "normal")
    driver.execute_script("arguments[0].focus();", span)
    assert "sic: 17241728" in shown()


def test_skip_link_moves_focus_to_main(driver, pages):
    driver.get(pages["sample"])
    from selenium.webdriver.common.keys import Keys
    driver.find_element("tag name", "body").send_keys(Keys.TAB)
    skip = driver.switch_to.active_element
    assert skip.get_attribute("class") == "skip" and skip.is_displayed()
    skip.send_keys(Keys.ENTER)
    assert target_id(driver) == "teikit-main"


@pytest.mark.parametrize("key", sorted(PAGES))
def test_no_console_errors(driver, pages, key):
    driver.get(pages[key])
    driver.get_log("browser")  # drop entries from earlier pages
    driver.refresh()
    errors = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
    assert errors == []


@pytest.mark.parametrize("key", sorted(PAGES))
def test_axe_finds_no_violations(driver, pages, key):
    driver.get(pages[key])
    violations = run_axe(driver)
    assert violations == [], "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {v['targets'][:3]}" for v in violations)


def test_axe_check_is_live(driver, tmp_path):
    """Control: the same check does report a broken page (so an empty list means something)."""
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html><head><title>x</title></head><body>'
                   '<p style="color:#ccc">faint</p><a href="#x"></a></body></html>')
    driver.get(bad.as_uri())
    found = {v["id"] for v in run_axe(driver)}
    assert {"color-contrast", "link-name", "html-has-lang", "landmark-one-main"} <= found
