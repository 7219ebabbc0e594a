"""The real seed article (../shared/corpus/seed_article.txt) comes out right end to end.

Skips when ../shared is absent. Expectations are those of issue 2.
"""

import datetime as dt
import shutil

import duckdb
import pytest

from tests.conftest import shared_file

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The warehouse of a run over an inbox holding only the seed article."""
    from pipeline.runner import run_pipeline

    seed = shared_file("corpus/seed_article.txt")
    root = tmp_path_factory.mktemp("seed")
    (root / "inbox").mkdir()
    shutil.copy(seed, root / "inbox" / "seed_article.txt")
    run_pipeline(root / "inbox", root / "w.duckdb", workers=1, progress=lambda _: None)
    con = duckdb.connect(str(root / "w.duckdb"), read_only=True)
    yield con
    con.close()


def test_page_metadata(seed_db: duckdb.DuckDBPyConnection) -> None:
    """Title, local publication time and its +05:30 offset come from the page copy.

    The title is the page's headline line exactly: the first line after the 'Trending:' chrome.
    """
    title, published, offset, zone = seed_db.execute(
        "SELECT title, published_at, published_offset, published_zone FROM articles"
    ).fetchone()
    lines = [s.strip() for s in shared_file("corpus/seed_article.txt").read_text(encoding="utf-8").splitlines()]
    headline = next(s for s in lines if s and s != "Trending:")
    assert title == headline
    assert title.startswith("Pakistan-Taliban peace") and title.endswith("says source")
    assert published == dt.datetime(2025, 10, 30, 13, 54, 38)
    assert (offset, zone) == ("+05:30", "IST")


def test_body_is_clean(seed_db: duckdb.DuckDBPyConnection) -> None:
    """No boilerplate line in the body, and the photo caption once."""
    body = seed_db.execute("SELECT body FROM articles").fetchone()[0]
    for chrome in (
        "Trending:",
        "Advertisement",
        "STORY CONTINUES BELOW THIS AD",
        "QUICK LINKS",
        "Home Video Shorts",
    ):
        assert chrome not in body
    assert body.count("shake hands following the signing") == 1


def test_date_mentions(seed_db: duckdb.DuckDBPyConnection) -> None:
    """Absolute and relative dates resolve against Thursday 30 October 2025."""
    found = set(seed_db.execute("SELECT text, value FROM date_mentions").fetchall())
    expected = {
        ("October 9", "2025-10-09"),
        ("October 19, 2025", "2025-10-19"),
        ("Tuesday", "2025-10-28"),
        ("Wednesday", "2025-10-29"),
        ("Thursday", "2025-10-30"),
        ("2021", "2021"),
    }
    assert expected <= found


def _casualties(con: duckdb.DuckDBPyConnection) -> list[tuple]:  # type: ignore[type-arg]
    return con.execute(
        "SELECT text, category, count_low, count_best, claimed_by, sentence "
        "FROM casualty_mentions ORDER BY char_start"
    ).fetchall()


def test_casualty_mentions(seed_db: duckdb.DuckDBPyConnection) -> None:
    """'more than 70' killed (low 71), 'hundreds' injured (best 100), 'dozens of soldiers' killed (best 12)."""
    rows = _casualties(seed_db)
    killed_70 = [r for r in rows if r[1] == "killed" and "70" in r[0]]
    assert killed_70 and killed_70[0][2] == 71
    injured = [r for r in rows if r[1] == "injured" and "hundreds" in r[0]]
    assert injured and injured[0][3] == 100
    dozens = [r for r in rows if r[1] == "killed" and "dozens" in r[0]]
    assert dozens and dozens[0][3] == 12


def test_claim_is_attributed_and_threat_is_not_a_casualty(seed_db: duckdb.DuckDBPyConnection) -> None:
    """The Taliban's 'dozens of soldiers' is their claim; 'obliterate' yields no casualty."""
    rows = _casualties(seed_db)
    dozens = [r for r in rows if "dozens" in r[0]]
    assert dozens[0][4] is not None and "Taliban" in dozens[0][4]
    assert not [r for r in rows if "obliterate" in r[5]]


def test_actors(seed_db: duckdb.DuckDBPyConnection) -> None:
    """Pakistan, the Taliban, Turkey and Qatar as mediators, the two defence ministers, AFP and RTA, the US."""
    rows = seed_db.execute(
        "SELECT text, actor_name, actor_type, country_iso3, role FROM actor_mentions"
    ).fetchall()
    names = {r[1] for r in rows}
    texts = " | ".join(r[0] for r in rows)
    assert any("Pakistan" in n for n in names)
    assert any("Taliban" in n for n in names)
    mediators = {r[3] for r in rows if r[4] == "mediator"}
    assert {"TUR", "QAT"} <= mediators
    assert "Khawaja Muhammad Asif" in texts or "Khawaja Asif" in texts
    asif = {r[1] for r in rows if "Asif" in r[0]}
    assert len(asif) == 1, asif  # both mentions of the minister are one actor
    assert any("Yaqoob Mujahid" in r[0] for r in rows)
    media = {r[0] for r in rows if r[2] == "media"}
    assert {"AFP", "RTA"} <= media
    assert any(r[3] == "USA" for r in rows)
    assert not [r for r in rows if r[0] in ("Istanbul", "Doha")]


def test_talks_article_reports_no_event_of_its_own(seed_db: duckdb.DuckDBPyConnection) -> None:
    """The article's news is talks likely to resume; the clashes' toll, told in its tenth sentence, is
    a running total of weeks of fighting: kept as background mentions, not an event on 30 October."""
    killed, event_type = seed_db.execute("SELECT killed, event_type FROM article_summary").fetchone()
    assert (killed, event_type) == (0, None)
    statuses = {r[0] for r in seed_db.execute("SELECT status FROM casualty_mentions").fetchall()}
    assert statuses == {"background"}
    assert seed_db.execute("SELECT count(*) FROM events").fetchone()[0] == 0
