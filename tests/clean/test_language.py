"""Tests of pipeline.clean.language."""

from pipeline.clean.language import detect_language


def test_english_including_lower_case() -> None:
    """English prose is 'en', in any case."""
    text = "At least 12 people were killed on Tuesday in an attack on a village, local sources said."
    assert detect_language(text) == "en"
    assert detect_language(text.lower()) == "en"


def test_other_languages_are_named() -> None:
    """French and German prose are recognised as such."""
    assert (
        detect_language(
            "Au moins douze personnes ont été tuées mardi lors d'une attaque contre un village "
            "du nord du pays, selon des sources locales."
        )
        == "fr"
    )
    assert (
        detect_language(
            "Mindestens zwölf Menschen wurden am Dienstag bei einem Angriff auf ein Dorf im "
            "Norden des Landes getötet."
        )
        == "de"
    )


def test_short_text_defaults_to_english() -> None:
    """Too few words to tell: treated as English."""
    assert detect_language("Blast in Kabul") == "en"



def test_name_heavy_english_note_is_english() -> None:
    """A short English note made mostly of names is English, though py3langid leans to Pidgin by a hair."""
    notes = [
        "Gunmen reportedly killed one Kaduna Catholic Church Priest, Joseph Adamu, along Kaduna-Kachia road.",
        "Kidnappers reportedly killed one Kogi Redeemed Church Pastor, Emmanuel Ojo, along Lokoja-Okene highway.",
    ]
    assert [detect_language(note) for note in notes] == ["en", "en"]


def test_clear_lead_of_another_language_stands() -> None:
    """Swahili prose with no English function words is named Swahili: only near ties turn English."""
    swahili = "Watu watatu waliuawa katika shambulio la wanamgambo kijijini Kalo, polisi walisema."
    assert detect_language(swahili) == "sw"
