"""Tests of pipeline.clean.article: from raw record to cleaned article."""

import datetime as dt

from pipeline.clean.article import article_id_for, body_hash, clean_record
from pipeline.extract.analyse import analyse
from pipeline.extract.types import ArticleText
from pipeline.ingest.records import RawRecord


def _record(**fields: object) -> RawRecord:
    base: dict[str, object] = dict(
        source_file="f.jsonl",
        record_no=1,
        format="jsonl",
        source_id="x",
        url=None,
        title=None,
        source=None,
        published_raw=None,
        text="Two people were killed.",
        html=None,
    )
    base.update(fields)
    return RawRecord(**base)  # type: ignore[arg-type]


def test_article_id_is_stable_and_hex() -> None:
    """The same source_id always gives the same 16-hex-digit id."""
    assert article_id_for("17") == article_id_for("17")
    assert len(article_id_for("17")) == 16 and article_id_for("17") != article_id_for("18")


def test_record_date_wins_and_flags_are_set() -> None:
    """published_at is parsed; a missing date and an invalid one are flagged."""
    assert clean_record(_record(published_raw="2025-01-02")).published_at == dt.datetime(2025, 1, 2)
    assert "no_publication_date" in clean_record(_record()).flags
    flags = clean_record(_record(published_raw="yesterday")).flags
    assert "published_at_invalid" in flags and "no_publication_date" in flags


def test_future_date_is_flagged() -> None:
    """A publication date after the run is flagged, not dropped."""
    article = clean_record(_record(published_raw="2031-01-01"), now=dt.datetime(2025, 1, 1))
    assert article.published_at == dt.datetime(2031, 1, 1)
    assert "published_in_future" in article.flags


def test_other_language_is_flagged() -> None:
    """A French article is kept, marked fr and flagged non_english."""
    article = clean_record(
        _record(
            text="Au moins douze personnes ont été tuées mardi lors d'une attaque contre "
            "un village du nord du pays, selon des sources locales."
        )
    )
    assert article.language == "fr" and "non_english" in article.flags


def test_body_hash_ignores_case_and_spacing() -> None:
    """Two copies differing only in case and spaces hash alike."""
    assert body_hash("Two  people\nwere killed") == body_hash("two people were KILLED")


def test_a_dateline_dates_an_undated_record() -> None:
    """With no published_at, a wire dateline's day is used and flagged; a given date still wins."""
    body = "KABUL, March 14, 2024 (Reuters) - Gunmen killed five people on Wednesday."
    article = clean_record(_record(text=body))
    assert article.published_at == dt.datetime(2024, 3, 14) and "published_from_dateline" in article.flags
    assert clean_record(_record(text=body, published_raw="2024-03-15")).published_at == dt.datetime(2024, 3, 15)


def test_a_text_record_keeps_its_share_row() -> None:
    """The contract lets a text record's body differ by whitespace only: a share-button row stays in it."""
    text = "Two people were killed on Monday.\n\nFacebook Twitter Linkedin Mail"
    assert clean_record(_record(text=text)).body == text


def test_a_feeds_or_a_spreadsheets_date_is_read_and_flagged() -> None:
    """An RSS feed's 'Mon, 04 May 2020 10:00:00 +0530' and a spreadsheet's 'May 4, 2020' are read (flagged as not
    ISO 8601); '04/05/2020', whose day and month may be either way round, is not."""
    article = clean_record(_record(published_raw="Mon, 04 May 2020 10:00:00 +0530"))
    assert (article.published_at, article.published_offset) == (dt.datetime(2020, 5, 4, 10, 0), "+05:30")
    assert "published_at_not_iso" in article.flags and "published_at_invalid" not in article.flags
    assert clean_record(_record(published_raw="May 4, 2020")).published_at == dt.datetime(2020, 5, 4)
    flags = clean_record(_record(published_raw="04/05/2020")).flags
    assert "published_at_invalid" in flags and "no_publication_date" in flags


_PAGE = ("Trending:\n\nAmbush kills nine soldiers near border post\n\nStaff Reporter March 4, 2024, 10:15 IST\n\n"
         "Gunmen attacked an army patrol on Sunday, officials said.\n\nAdvertisement\n")


def test_a_page_copy_opens_its_body_with_the_headline() -> None:
    """A `.txt` page's headline is its title and the body's first paragraph, where its figure is told."""
    article = clean_record(_record(format="txt", source_file="p.txt", text=_PAGE))
    assert article.title == "Ambush kills nine soldiers near border post"
    assert article.body == ("Ambush kills nine soldiers near border post\n\n"
                            "Gunmen attacked an army patrol on Sunday, officials said.")


def test_an_html_page_opens_its_body_with_its_h1_once() -> None:
    """The <h1> opens the body once; a page with only a <title> (the site's) or a logo's <h1> ("Daily News") keeps
    its body as it is."""
    story = "<p>Gunmen attacked an army patrol on Sunday, officials said.</p>"
    with_h1 = f"<html><body><article><h1>Ambush kills nine soldiers</h1>{story}</article></body></html>"
    article = clean_record(_record(format="html", source_file="p.html", text=None, html=with_h1))
    assert article.body == "Ambush kills nine soldiers\n\nGunmen attacked an army patrol on Sunday, officials said."
    titled = f"<html><head><title>World | Daily News</title></head><body><article>{story}</article></body></html>"
    article = clean_record(_record(format="html", source_file="p.html", text=None, html=titled))
    assert article.body == "Gunmen attacked an army patrol on Sunday, officials said."
    logo = f"<html><body><header><h1>Daily News</h1></header><article>{story}</article></body></html>"
    article = clean_record(_record(format="html", source_file="p.html", text=None, html=logo))
    assert article.body == "Gunmen attacked an army patrol on Sunday, officials said."


def test_a_headline_only_page_keeps_its_figure() -> None:
    """A digest page whose story is its headline: the toll is read from the body it opens."""
    page = "Trending:\n\nPolice kill four suspected robbers in shootout\n\nStaff Reporter March 4, 2024, 10:15 IST\n"
    article = clean_record(_record(format="txt", source_file="p.txt", text=page))
    analysis = analyse(ArticleText(article.article_id, article.body, article.title, article.published_at))
    assert analysis.incident.killed == 4
