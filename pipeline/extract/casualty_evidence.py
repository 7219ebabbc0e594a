"""The sentence an incident's headline figure came from (`article_summary.evidence`).

Among the reported figures of the article, the sentence of the one equal to the incident's killed
figure, else to its injured figure, else of the largest killed or injured figure, else of the first
figure of another harm (kidnapped, arrested, ...); ties go to a story sentence over a headline that it
restates (the story tells more: where, when, who said), then to the earliest sentence. No sentence when
nothing was reported.
"""

from __future__ import annotations

from pipeline.extract.casualty_headline import HEADLINE
from pipeline.extract.types import CasualtyMention, Incident, Sentence


def evidence_sentence(incident: Incident, casualties: list[CasualtyMention], sentences: list[Sentence]) -> str | None:
    """The text of the sentence that gave the incident's headline figure, or None."""
    reported = [m for m in casualties if m.status == "reported"]
    if not reported:
        return None
    coded = {"killed": incident.killed, "injured": incident.injured}

    def rank(m: CasualtyMention) -> tuple[bool, bool, bool, int, bool, int]:
        tolls = m.category in coded
        return (not tolls, coded.get(m.category) != m.figure, m.category != "killed", -m.figure,
                m.reason == HEADLINE, m.char_start)

    best = min(reported, key=rank)
    text = next((s.text for s in sentences if s.index == best.sentence_index), None)
    return " ".join(text.split()) if text else None
