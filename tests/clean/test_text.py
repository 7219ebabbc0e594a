"""Tests of pipeline.clean.text."""

from pipeline.clean.text import hard_wrapped, normalise_record_text, repair, unwrap


def test_mojibake_is_repaired() -> None:
    """UTF-8 read as cp1252 ('donâ€™t') is turned back into the right characters."""
    assert repair("They donâ€™t know") == "They don’t know"


def test_entities_in_plain_text_are_decoded() -> None:
    """HTML entities in a plain-text record become characters."""
    assert repair("Smith &amp; Sons said &quot;no&quot;") == 'Smith & Sons said "no"'


def test_clean_text_is_unchanged_but_trimmed() -> None:
    """Clean text keeps every character apart from outer whitespace and line endings."""
    text = "  Two  soldiers were killed.\r\nPolice said.  "
    assert normalise_record_text(text) == "Two  soldiers were killed.\nPolice said."


def test_invisible_and_odd_spaces_are_normalised() -> None:
    """No-break spaces become spaces and zero-width characters disappear."""
    assert normalise_record_text("at\u00a0least\u200b six") == "at least six"


WRAPPED = (
    "Four police officers died and two others were hurt on Tuesday\n"
    "after attackers stormed a post outside the city of Baghlan, a\n"
    "spokesman said. An armed faction later admitted the raid in a\n"
    "message.\n"
    "\n"
    "The province has seen weeks of clashes.\n"
    "- Baghlan\n"
)


def test_hard_wrapped_lines_are_joined_and_paragraphs_kept() -> None:
    """A column's line breaks become spaces (offsets unchanged); a blank line, a short paragraph's end and a
    list item's break stay."""
    assert hard_wrapped(WRAPPED)
    unwrapped = unwrap(WRAPPED)
    assert len(unwrapped) == len(WRAPPED)
    assert unwrapped.split("\n") == [
        "Four police officers died and two others were hurt on Tuesday after attackers stormed a post outside "
        "the city of Baghlan, a spokesman said. An armed faction later admitted the raid in a message.",
        "", "The province has seen weeks of clashes.", "- Baghlan", ""]
    assert normalise_record_text(WRAPPED).startswith("Four police officers died and two others were hurt on Tuesday "
                                                     "after")


def test_headlines_one_per_line_are_not_wrapped() -> None:
    """Headlines of similar length, one per line, are no column: their breaks stay."""
    headlines = ("Bomb kills four soldiers in northwest Pakistan\nFour soldiers killed in roadside blast in the "
                 "northwest\nMilitants claim roadside bomb attack on army convoy")
    assert not hard_wrapped(headlines)
    assert unwrap(headlines) == headlines


def test_a_break_mid_sentence_is_a_wrap_in_a_short_text() -> None:
    """Two lines cannot show a column, but a break before a lower-case word (after a word, a comma or a bracket)
    or after 'by a' is mid-sentence; a break after a full stop, or in a lower-cased archive's text, stays."""
    assert unwrap("On 4 July, observers heard four bursts of light\nweapons fire close to the school.") == (
        "On 4 July, observers heard four bursts of light weapons fire close to the school.")
    assert unwrap("On 21 June, 2 farmers were hurt by a\nRebel rocket near Gao.") == (
        "On 21 June, 2 farmers were hurt by a Rebel rocket near Gao.")
    assert unwrap("\nOn 21 June, 2 farmers were hurt by a\nRebel rocket.") == (  # a break before the text too
        "\nOn 21 June, 2 farmers were hurt by a Rebel rocket.")
    assert unwrap("Police said so.\nThe army did not.") == "Police said so.\nThe army did not."
    assert unwrap("3 killed and 2 injured in a clash between traders and\nbuyers in a market in Peshawar") == (
        "3 killed and 2 injured in a clash between traders and buyers in a market in Peshawar")
    assert unwrap("a drone strike [assumed US]\nkilled 1 civilian, officials said.") == (
        "a drone strike [assumed US] killed 1 civilian, officials said.")
    archived = ("district unrest\nfierce rioting swept the district, leaving many dead and thousands without homes "
                "in the towns and the hamlets. the unrest was triggered by an assault on a bus at the depot, "
                "and the disorder lasted for weeks while officers stood by.")
    assert unwrap(archived) == archived


def test_a_break_after_a_word_no_sentence_ends_with_is_a_wrap() -> None:
    """'retook Kidal last week after\nMalian government troops withdrew', 'clashes between\nRebel forces':
    no sentence ends with 'after' or 'between', however long the word; 'killed five people\nPolice said' may."""
    assert unwrap("The militia retook Kidal last week after\nMalian government troops withdrew.") == (
        "The militia retook Kidal last week after Malian government troops withdrew.")
    assert unwrap("Fighting broke out between\nRebel forces and the army.") == (
        "Fighting broke out between Rebel forces and the army.")
    lines = "Gunmen killed five people\nPolice said on Monday."
    assert unwrap(lines) == lines


def test_a_compound_split_at_its_hyphen_closes_up() -> None:
    """'hard-\\nliners' in a wrapped column or a two-line text is 'hard-liners'; a dash between words stays spaced."""
    column = ("Police said the gunmen, who are believed to be hard-\n"
              "liners of the banned group, opened fire on the crowd\n"
              "at the market on Monday, killing three people.\n")
    assert normalise_record_text(column) == ("Police said the gunmen, who are believed to be hard-liners of the banned "
                                             "group, opened fire on the crowd at the market on Monday, killing three "
                                             "people.")
    assert unwrap("An opponent of religious hard-\nliners was stabbed in Mysore.") == (
        "An opponent of religious hard-liners was stabbed in Mysore.")
    assert unwrap("Two men -\nboth armed - fled.") == "Two men - both armed - fled."


def test_lines_of_a_short_lower_cased_text_stay_apart() -> None:
    """'two soldiers killed in border firing / three militants die in raid': no capital, the lines may be headlines."""
    lines = "two soldiers killed in border firing\nthree militants die in raid"
    assert unwrap(lines) == lines
    headlines = ("roadside mine kills a guard in the east\nroadside mine kills three guards near lake\n"
                 "rebels claim an ambush on a police patrol by river")
    assert unwrap(headlines) == headlines
