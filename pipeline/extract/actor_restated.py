"""Kind nouns that restate an actor the article named before with its country.

"Pakistani troops killed two militants in Kupwara. The troops also arrested a man": the second
"troops" states no country, and on its own would take the article's (India, where Kupwara is).
It is the Pakistani troops again. A kind noun whose country was guessed (`generic`) takes the
actor of the earlier mentions of its kind that stated one, when they all name the same actor;
when they name several ("Indian and Pakistani troops exchanged fire. The troops ..."), which one
it is stays unknown and the guess stands.

Officials are left out: "the prime minister" after "the Cambodian premier" is most often the
article's own, and "official" also qualifies things ("Pakistan's official TV channel").

Only a mention after a determiner or a possessive that points back ("the", "these", "those",
"its", "their") is read as a restatement: a bare plural may be a new group ("US troops left in
2021. Troops clashed with the Taliban on Tuesday").
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.actor_codes import descriptor_family
from pipeline.extract.catalogue import family_name, form_actors
from pipeline.extract.types import ActorMention

# The words before a kind noun that make it point back to one named before.
_BACK = re.compile(r"\b(?:the|these|those|its|their)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def _kind(mention: ActorMention) -> str | None:
    """The kind-noun family of a mention that is no named actor's form ("troops", "the army")."""
    if mention.actor_type in ("person", "state") or form_actors(mention.text):
        return None
    family = descriptor_family(mention.text)
    return None if family == "government" else family


def _stated_kind(mention: ActorMention) -> str | None:
    """The kind-noun family of a state force's catalogue form that states its country ("Israeli soldiers")."""
    if mention.actor_type != "state_forces" or mention.country_iso3 is None:
        return None
    family = descriptor_family(mention.text)
    if family is None or family == "government":
        return None
    # the country's force itself, not one of its units ("Armed Police Force"), whose kind says less
    return family if family_name(family, mention.country_iso3)[0] == mention.actor_name else None


class Restatements:
    """Reads an article's mentions in order, naming each guessed kind noun that points back to
    earlier mentions of its kind, all of one stated actor, as that actor."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.stated: dict[str, set[str]] = {}  # family -> the actors its country-stating mentions named
        self.first: dict[str, ActorMention] = {}  # actor name -> its first country-stating mention

    def read(self, mention: ActorMention) -> ActorMention:
        """The mention, renamed when it restates one actor named before."""
        if not mention.generic:
            # a country-stating mention, whether a kind noun or a catalogue form of one ("Israeli soldiers")
            family = _kind(mention) or _stated_kind(mention)
            if family is not None:
                self.stated.setdefault(family, set()).add(mention.actor_name)
                self.first.setdefault(mention.actor_name, mention)
            return mention
        family = _kind(mention)
        if family is None:
            return mention
        names = self.stated.get(family, set())
        line_start = self.body.rfind("\n", 0, mention.char_start) + 1
        if len(names) != 1 or not _BACK.search(self.body, max(line_start, mention.char_start - 24), mention.char_start):
            return mention
        earlier = self.first[next(iter(names))]
        return dataclasses.replace(mention, actor_name=earlier.actor_name, actor_type=earlier.actor_type,
                                   country_iso3=earlier.country_iso3, inter_code=earlier.inter_code, generic=False)
