"""A lone shooting victim: "the village leader was shot by unknown assailants" where the article
gives no toll at all and says nothing of a wound, a hospital or a survivor.

Reports of a targeted killing often say only that the person "was shot"; a shooting that
was survived is reported with its wound ("shot in the leg", "shot and injured", "taken to
hospital in a critical condition"). "Shot down" is read only as "shot down by" someone in a
sentence that names no aircraft ("the leader was shot down by two men"). This reading is a
fallback: it applies only when no other killed figure (reported or negated) and no injury was
read, so it never changes an article that states its toll.
"""

from __future__ import annotations

import re

from pipeline.extract.types import CasualtyMention, Sentence

# a singular passive "was shot", not "shot at" (missed), not "shot in the leg", not "shot down"
# (an aircraft or a drone: conflict news reports many, and the crew's fate is a separate statement)
_SHOT = re.compile(
    r"\b(?:was|has\s+been|had\s+been|to\s+have\s+been)\s+(?:reportedly\s+|allegedly\s+)?shot\b"
    r"(?!\s+(?:down|at|and|or|with|in\s+(?:the|his|her)\s+(?:leg|legs|arm|arms|hand|foot|feet|thigh|shoulder|knee|"
    r"back|stomach|abdomen|buttocks?))\b)",
    re.IGNORECASE,
)
# "was shot down by two men": a person gunned down, when the sentence names no aircraft
_SHOT_DOWN_BY = re.compile(
    r"\b(?:was|has\s+been|had\s+been|to\s+have\s+been)\s+(?:reportedly\s+|allegedly\s+)?shot\s+down\s+by\b",
    re.IGNORECASE,
)
_AIRCRAFT = re.compile(
    r"\b(?:plane|airplane|aeroplane|aircraft|jet|helicopter|chopper|drone|uav|balloon|airliner|warplane)s?\b",
    re.IGNORECASE,
)
# words that say the victim lived or may have: a wound, treatment, a survivor
_SURVIVED = re.compile(
    r"\b(?:injur\w*|wound\w*|hurt|hospitali[sz]\w*|hospital|clinic|surviv\w*|critical|stable|recover\w*|"
    r"treat\w*|rushed|escaped|unharmed|condition|alive|missed)\b",
    re.IGNORECASE,
)


def lone_shooting(body: str, sentences: list[Sentence], mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """One killed mention for a lone "was shot" when the article reads no other toll (see above)."""
    if any(m.category in ("killed", "injured") and m.status in ("reported", "negated") for m in mentions):
        return []
    if "shot" not in body:
        return []  # cheap prefilter
    for sentence in sentences:
        match = _SHOT.search(sentence.text) if "shot" in sentence.text else None
        if match is None and "shot down" in sentence.text and not _AIRCRAFT.search(sentence.text):
            match = _SHOT_DOWN_BY.search(sentence.text)
        if match and not _SURVIVED.search(body) and not any(
                m.category == "killed" and m.sentence_index == sentence.index
                and m.status in ("background", "hypothetical", "denied") for m in mentions):
            # (not "justice for the killing of a boy who was shot": that death was read, as the occasion, or as
            # one the authorities deny)
            start, end = sentence.start + match.start(), sentence.start + match.end()
            return [CasualtyMention(
                start, end, body[start:end], "killed", 1, 1, 1, sentence_index=sentence.index,
                qualifier="implicit", reason="shot, no wound or survivor said", stated=1,
            )]
    return []
