"""Publishing for every reader: the SQLite and Excel exports read back equal to the release
CSV files, the generated codebook is complete, and the site serves the data to a real
browser (headless Chromium; skipped with its reason where no browser is installed)."""

from __future__ import annotations

import csv
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

import steppe
from steppe.schema import TABLES, VIEWS, table_schema

RELEASE = steppe.data_dir() / "data" / "release"


def release_rows(table: str) -> list[list[str]]:
    with open(RELEASE / f"{table}.csv", encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))[1:]


def as_csv_text(value, ftype: str) -> str:
    """A value read back from SQLite or Excel, written as the release CSV writes it."""
    import datetime as dt

    if value is None:
        return ""
    if ftype == "boolean":
        return "true" if value else "false"
    if ftype == "date":
        return value.date().isoformat() if isinstance(value, dt.datetime) else str(value)
    if ftype == "number":
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    return str(value)


@pytest.fixture(scope="module")
def sqlite_db(tmp_path_factory):
    from steppe.sqlite_export import export_sqlite

    return export_sqlite(tmp_path_factory.mktemp("sqlite") / "steppe.db")


@pytest.mark.parametrize("table", TABLES)
def test_sqlite_reads_back_equal_to_the_release(sqlite_db, table):
    import sqlite3

    fields = table_schema(table).fields
    con = sqlite3.connect(sqlite_db)
    got = con.execute(f"select * from {table}").fetchall()
    back = [[as_csv_text(v, f.type) for v, f in zip(row, fields)] for row in got]
    assert back == release_rows(table)


def test_sqlite_declares_keys_and_links_sources(sqlite_db):
    import sqlite3

    con = sqlite3.connect(sqlite_db)
    assert con.execute("pragma foreign_key_check").fetchall() == []
    fks = {(r[2], r[3]) for r in con.execute("pragma foreign_key_list(term_limits)")}
    assert ("leaders", "exempt_leader_id") in fks and ("events", "event_id") in fks
    pk = [r[1] for r in con.execute("pragma table_info(treaty_actions)") if r[5]]
    assert pk == list(table_schema("treaty_actions").primary_key)
    cited = con.execute("select count(*) from row_sources where table_name = 'term_limits' "
                        "and row_key = 'KAZ|president|2022-09-17'").fetchone()[0]
    tl = steppe.term_limits()
    spell = tl[(tl["country"] == "KAZ") & (tl["valid_from"] == "2022-09-17")]
    assert cited == len(spell["source_ids"].item().split(";")) >= 2
    hits = con.execute("select e.event_id from events e join events_fts f on f.rowid = e.rowid "
                       "where events_fts match 'Kurultai'").fetchall()
    assert ("KAZ-2026-03-15-constitution",) in hits


def test_excel_reads_back_equal_to_the_release(tmp_path):
    from openpyxl import load_workbook

    from steppe.workbook import export_xlsx

    wb = load_workbook(export_xlsx(tmp_path / "steppe.xlsx"), read_only=True)
    assert wb.sheetnames[:2] == ["README", "codebook"]
    readme = [r for r in wb["README"].iter_rows(values_only=True)]
    assert ("version", steppe.__version__) in readme
    for table in TABLES:
        fields = table_schema(table).fields
        rows = list(wb[table].iter_rows(values_only=True))
        assert list(rows[0]) == [f.name for f in fields]
        # A read-only sheet drops trailing empty cells: pad each row to the schema's width.
        padded = [list(row) + [None] * (len(fields) - len(row)) for row in rows[1:]]
        back = [[as_csv_text(v, f.type) for v, f in zip(row, fields)] for row in padded]
        assert back == release_rows(table), table
    dates = next(wb["events"].iter_rows(min_row=2, max_row=2, values_only=True))
    assert hasattr(dates[2], "year")  # a real date cell, not text


def test_excel_never_holds_a_formula(tmp_path, monkeypatch):
    from openpyxl import load_workbook

    import steppe.workbook as wbmod

    real = wbmod.load

    def tampered(table, validate=True):
        df = real(table, validate)
        if table == "countries":
            df.loc[0, "name"] = '=HYPERLINK("http://x.example")'
        return df

    monkeypatch.setattr(wbmod, "load", tampered)
    path = wbmod.export_xlsx(tmp_path / "s.xlsx", ["countries"])
    cell = load_workbook(path)["countries"]["B2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_codebook_is_complete_and_the_readme_carries_its_conventions():
    from steppe.codebook import conventions, markdown, to_html

    text = markdown()
    for table in TABLES + VIEWS:
        assert f"### `{table}`" in text
        for field in table_schema(table).fields:
            assert f"| `{field.name}` |" in text, (table, field.name)
    for policy_id in steppe.policies()["policy_id"]:
        assert f"| `{policy_id}` |" in text
    readme = (Path(steppe.data_dir()) / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Conventions (codebook)\n\n", 1)[1].split("\n### ", 1)[0]
    assert section.strip() == conventions().strip(), "README conventions differ from schemas/conventions.md"
    page = to_html(text)
    assert page.count("<table>") == len(TABLES) + len(VIEWS) + 1


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def browser():
    """Headless Chromium driven by Selenium with the system's chromedriver, or a skip reason."""
    try:
        from selenium import webdriver
    except ImportError:
        pytest.skip("selenium is not installed")
    chrome = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chrome or not driver:
        pytest.skip("no Chromium and chromedriver on this machine (.ci/run installs them: apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chrome
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(arg)
    from selenium.webdriver.chrome.service import Service

    return webdriver.Chrome(service=Service(driver), options=options)


@pytest.mark.slow
def test_site_in_a_real_browser(tmp_path):
    from selenium.webdriver.common.by import By

    driver = browser()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "steppe", "serve", "--port", str(port), "--dir", str(tmp_path)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1)
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail("steppe serve stopped: " + server.stderr.read().decode()[-2000:])
                time.sleep(0.2)
        driver.get(base + "/steppe")
        page = driver.page_source
        for table in TABLES:
            assert f'href="/steppe/{table}"' in page, table
        driver.get(base + "/steppe/term_limits")
        rows = driver.find_elements(By.CSS_SELECTOR, "table.rows-and-columns tbody tr")
        assert len(rows) == len(steppe.term_limits())
        facet = driver.find_element(By.CSS_SELECTOR, ".facet-info[data-column='country'] a[href*='country=KGZ']")
        facet.click()
        rows = driver.find_elements(By.CSS_SELECTOR, "table.rows-and-columns tbody tr")
        assert "country=KGZ" in driver.current_url
        assert len(rows) == len(steppe.term_limits().query("country == 'KGZ'"))
        driver.get(base + "/steppe/sources?source_id=sudd-kaz-1995-04-29")
        link = driver.find_element(By.CSS_SELECTOR, "td.col-url a")
        assert link.get_attribute("href").startswith("http")
        driver.get(base + "/steppe/as_of?date=2016-09-01")
        rows = driver.find_elements(By.CSS_SELECTOR, "table.rows-and-columns tbody tr")
        assert len(rows) == 5
        assert "council" in driver.page_source  # Kazakhstan's Constitutional Council that day
        shot = Path(__file__).resolve().parents[1] / "build" / "site-as-of.png"
        shot.parent.mkdir(exist_ok=True)
        driver.save_screenshot(str(shot))  # a CI artefact; build/ is ignored by git
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=10)
