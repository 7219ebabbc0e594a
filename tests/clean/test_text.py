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
    "Two soldiers were killed and three others were wounded on Monday\n"
    "when gunmen attacked a checkpoint near the town of Kunduz, officials\n"
    "said. The Taliban claimed responsibility for the attack in a\n"
    "statement.\n"
    "\n"
    "The district has seen heavy fighting.\n"
    "- Kunduz\n"
)


def test_hard_wrapped_lines_are_joined_and_paragraphs_kept() -> None:
    """A column's line breaks become spaces (offsets unchanged); a blank line, a short paragraph's end and a
    list item's break stay."""
    assert hard_wrapped(WRAPPED)
    unwrapped = unwrap(WRAPPED)
    assert len(unwrapped) == len(WRAPPED)
    assert unwrapped.split("\n") == [
        "Two soldiers were killed and three others were wounded on Monday when gunmen attacked a checkpoint near "
        "the town of Kunduz, officials said. The Taliban claimed responsibility for the attack in a statement.",
        "", "The district has seen heavy fighting.", "- Kunduz", ""]
    assert normalise_record_text(WRAPPED).startswith("Two soldiers were killed and three others were wounded on Monday "
                                                     "when")


def test_headlines_one_per_line_are_not_wrapped() -> None:
    """Headlines of similar length, one per line, are no column: their breaks stay."""
    headlines = ("Bomb kills four soldiers in northwest Pakistan\nFour soldiers killed in roadside blast in the "
                 "northwest\nMilitants claim roadside bomb attack on army convoy")
    assert not hard_wrapped(headlines)
    assert unwrap(headlines) == headlines


def test_a_break_mid_sentence_is_a_wrap_in_a_short_text() -> None:
    """Two lines cannot show a column, but a break before a lower-case word (after a word, a comma or a bracket)
    or after 'by a' is mid-sentence; a break after a full stop, or in a lower-cased archive's text, stays."""
    assert unwrap("On 9 May, the monitors observed 6 shots involving small\narms near the village.") == (
        "On 9 May, the monitors observed 6 shots involving small arms near the village.")
    assert unwrap("On 8 May, 3 civilians were wounded by a\nTaliban mortar in Logar.") == (
        "On 8 May, 3 civilians were wounded by a Taliban mortar in Logar.")
    assert unwrap("\nOn 8 May, 3 civilians were wounded by a\nTaliban mortar.") == (  # a break before the text too
        "\nOn 8 May, 3 civilians were wounded by a Taliban mortar.")
    assert unwrap("Police said so.\nThe army did not.") == "Police said so.\nThe army did not."
    assert unwrap("3 killed and 2 injured in a clash between traders and\nbuyers in a market in Peshawar") == (
        "3 killed and 2 injured in a clash between traders and buyers in a market in Peshawar")
    assert unwrap("a drone strike [assumed US]\nkilled 1 civilian, officials said.") == (
        "a drone strike [assumed US] killed 1 civilian, officials said.")
    archived = ("gujarat riots\nunprecedented riots rocked gujarat, leaving many people dead and thousands homeless "
                "in the cities and the villages. the riots were sparked off by an attack on a train near the town, "
                "and the violence went on for weeks while the police looked on.")
    assert unwrap(archived) == archived


def test_a_break_after_a_word_no_sentence_ends_with_is_a_wrap() -> None:
    """'recaptured Palmyra yesterday after\nSyrian armed forces pulled out', 'clashes between\nRebel forces':
    no sentence ends with 'after' or 'between', however long the word; 'killed five people\nPolice said' may."""
    assert unwrap("The group recaptured Palmyra yesterday after\nSyrian armed forces pulled out.") == (
        "The group recaptured Palmyra yesterday after Syrian armed forces pulled out.")
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
    assert unwrap("A critic of Hindu hard-\nliners was shot in Bangalore.") == (
        "A critic of Hindu hard-liners was shot in Bangalore.")
    assert unwrap("Two men -\nboth armed - fled.") == "Two men - both armed - fled."


def test_lines_of_a_short_lower_cased_text_stay_apart() -> None:
    """'two soldiers killed in border firing / three militants die in raid': no capital, the lines may be headlines."""
    lines = "two soldiers killed in border firing\nthree militants die in raid"
    assert unwrap(lines) == lines
    headlines = ("motorbike bomb kills soldier in the northwest\nmotorbike bomb kills two soldiers in northwest\n"
                 "militants claim attack on an army convoy near border")
    assert unwrap(headlines) == headlines
