"""One pass over one article: sentences, mentions, and the incident it reports.

This is the single entry point the pipeline calls per article; each step is
owned by its own module (dates, actors, casualties, event_types, places).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.actor_codes import inter_code
from pipeline.extract.actor_events import event_cues
from pipeline.extract.actor_evidence import incident_actor_mentions
from pipeline.extract.actor_groups import with_groups
from pipeline.extract.actors import extract_actors, incident_mentions, main_actors
from pipeline.extract.casualties import extract_casualties, harm_figures, incident_figures
from pipeline.extract.casualty_agents import with_perpetrators
from pipeline.extract.casualty_civilians import civilians_killed
from pipeline.extract.casualty_evidence import evidence_sentence
from pipeline.extract.dates import extract_dates, incident_date
from pipeline.extract.event_reported import article_typing, is_full_article
from pipeline.extract.places import incident_place
from pipeline.extract.sentences import split_sentences, story_sentences
from pipeline.extract.types import (
    ActorMention,
    ArticleText,
    CasualtyMention,
    DateMention,
    Incident,
    Sentence,
)

# Event types ACLED never gives rioters (actor1 "Rioters (X)"), nor property destruction: theirs are riots.
_NOT_RIOTERS = frozenset({"Battles", "Violence against civilians"})
_MOB = re.compile(r"\bmobs?\b", re.IGNORECASE)
_ARRESTED_GROUP = 2
# Events that follow violence rather than being it: a known violent event's day never dates them.
_AFTERMATH_TYPES = frozenset({"Strategic developments", "Protests"})


@dataclass(slots=True)
class ArticleAnalysis:
    """Everything extracted from one article."""

    sentences: list[Sentence]
    dates: list[DateMention]
    actors: list[ActorMention]
    casualties: list[CasualtyMention]
    incident: Incident


def analyse(article: ArticleText) -> ArticleAnalysis:
    """Extract the mentions of one article and summarise the incident it reports."""
    body = article.body
    sentences = split_sentences(body)
    if article.language not in (None, "en"):
        # Rules are written for English: extracting from other languages yields noise.
        return ArticleAnalysis(sentences, [], [], [], Incident(notes={"skipped": "language"}))
    dates = extract_dates(body, sentences, article.published)
    actors = extract_actors(body, sentences)
    casualties = extract_casualties(body, sentences, actors)
    # an article that discusses violence without reporting an event of its own has no event type,
    # and its figures are background, not an incident's (`event_reported`)
    typing, casualties = article_typing(body, sentences, dates, casualties, article.published)
    incident = summarise(article, sentences, dates, actors, casualties, (typing.event_type, typing.sub_event_type),
                         accident=typing.accident)
    year = incident.event_date.year if incident.event_date is not None else None
    story = story_sentences(sentences)
    actors = incident_actor_mentions(incident, incident_mentions(actors, incident.country_iso3, year), casualties,
                                     sentences, story, body)
    actors = with_groups(incident, actors, story)
    return ArticleAnalysis(sentences, dates, actors, with_perpetrators(casualties, actors, body, incident.country_iso3),
                           incident)


def summarise(
    article: ArticleText,
    sentences: list[Sentence],
    dates: list[DateMention],
    actors: list[ActorMention],
    casualties: list[CasualtyMention],
    typed: tuple[str | None, str | None],
    *,
    accident: bool = False,
) -> Incident:
    """The article's incident: date, counts, actors, place, and its (event type, sub-event type); an
    `accident` (a crash, a stampede) has no sides: nobody's violence, so no unidentified attacker either."""
    (killed, injured), (killed_high, injured_high) = incident_figures(casualties, sentences, body=article.body)
    harms = harm_figures(casualties, sentences, body=article.body)
    event_type, sub_event_type = typed
    event_date, precision = incident_date(dates, casualties, sentences, article.published,
                                          full=is_full_article(article.body, sentences),
                                          aftermath=event_type in _AFTERMATH_TYPES)
    if sub_event_type == "Peaceful protest" and harms["arrested"] >= _ARRESTED_GROUP:
        # ACLED: arrests at a protest are an intervention (one arrested is more often the protest's cause:
        # "protested against the arrest of the editor ... He was arrested in an old case")
        sub_event_type = "Protest with intervention"
    # (an intervention kills no one either: ACLED's force that kills protesters is excessive)
    protest_killed = sub_event_type in _UNARMED_PROTESTS and killed > 0
    if protest_killed and _forces_harm(actors, casualties, article.body, ("killed",)):
        # a protest where the state's forces are told beside its dead ("a farmer died when police fired tear gas at
        # the rally"): ACLED's excessive force
        sub_event_type = "Excessive force against protesters"
    elif sub_event_type == "Peaceful protest" and injured and not killed \
            and _forces_harm(actors, casualties, article.body, ("injured",)):
        sub_event_type = "Protest with intervention"  # its wounded, by the forces beside them: an intervention
    elif protest_killed and _killed_by_violence(casualties, sentences, _VIOLENT_DEATH):
        # people killed are no peaceful protest: by a crowd ("a crowd of 3,000 killed some 20 people", in a story
        # typed by "the groups that had called the bandh"), ACLED's mob violence; by others ("fired on an election
        # meeting, killing several", "a student was gunned down at a sit-in"), an attack
        mob = _killed_by_violence(casualties, sentences, _CROWD_WORDS)
        event_type, sub_event_type = ("Riots", "Mob violence") if mob else ("Violence against civilians", "Attack")
    country, admin1, location = incident_place(sentences, actors)
    year = event_date.year if event_date is not None else None
    actor1, actor2 = (None, None) if accident else main_actors(
        _outside_recalled(actors, casualties), sentences, event_type, sub_event_type, country, year)
    event_type, sub_event_type = _typed_by_sides(
        (event_type, sub_event_type), actor1, actor2, country, actors, casualties, sentences)
    incident = Incident(
        event_date=event_date,
        date_precision=precision,
        killed=killed,
        injured=injured,
        killed_high=max(killed, killed_high),
        civilians_killed=civilians_killed(killed, casualties, sentences),
        injured_high=max(injured, injured_high),
        missing=harms["missing"],
        kidnapped=harms["kidnapped"],
        arrested=harms["arrested"],
        displaced=harms["displaced"],
        actor1=actor1,
        actor2=actor2,
        event_type=event_type,
        sub_event_type=sub_event_type,
        country_iso3=country,
        admin1=admin1,
        location=location,
    )
    incident.evidence = evidence_sentence(incident, casualties, sentences)
    return incident


def _forces_harm(
    actors: list[ActorMention], casualties: list[CasualtyMention], body: str, categories: tuple[str, ...]
) -> bool:
    """True when a state force is named in a sentence that reports people harmed (of `categories`), not as one
    that stood by ("four constables looked on as a crowd lynched a man") nor beside another side named as the doer."""
    harmed = [c for c in casualties if c.status == "reported" and c.category in categories]
    forces = {m.actor_name for m in actors if m.actor_type == "state_forces"}
    by_others = {c.sentence_index for c in harmed if c.perpetrator is not None and c.perpetrator not in forces}
    sentences = {c.sentence_index for c in harmed} - by_others
    return any(m.actor_type == "state_forces" and m.sentence_index in sentences and m.role != "source"
               and not _BYSTANDER.match(body, m.char_end) for m in actors)


# A force that only watched: "(policemen) stood and watched", "(police) looked on", "(the police) remained mute
# spectators".
_BYSTANDER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:stood|sat|looked)\s+(?:and\s+)?(?:watched|by|on)\b|watched\b|looked\s+on\b|"
    r"(?:were|was|remained|stood)\s+(?:as\s+)?(?:mute|silent)\s+spectators?\b)", re.IGNORECASE)


_UNARMED_PROTESTS = frozenset({"Peaceful protest", "Protest with intervention"})
_CROWD_WORDS = re.compile(r"\b(?:mobs?|rioters|crowds?)\b", re.IGNORECASE)
# Words of a violent death, not one of illness or accident ("died after contracting a fever").
_VIOLENT_DEATH = re.compile(
    r"\b(?:killed|killing|shot|gunned|stabbed|hacked|lynch(?:ed|ing)?|burnt|burned|beaten|bodies|massacred?|murdered|"
    r"firearms|gunfire|attack\w*)\b", re.IGNORECASE)


def _killed_by_violence(casualties: list[CasualtyMention], sentences: list[Sentence], words: re.Pattern[str]) -> bool:
    """True when a sentence that reports people killed has one of `words` (a mob, a violent death)."""
    killed = {c.sentence_index for c in casualties if c.status == "reported" and c.category == "killed"}
    return any(words.search(s.text) for s in sentences if s.index in killed)


_AFTER_CLAUSE = re.compile(r"(?:\w+\s+(?:days?|weeks?|hours?)\s+)?(?:after|following)\b", re.IGNORECASE)


def _outside_recalled(actors: list[ActorMention], casualties: list[CasualtyMention]) -> list[ActorMention]:
    """The actor mentions without the sides of an earlier incident a sentence recalls ("JNIM fighters
    killed 20 soldiers in an attack on a base last month": its harm all background), when the article
    reports harm of its own elsewhere."""
    reported = {c.sentence_index for c in casualties if c.status == "reported"}
    # (not a harm told in an "after" clause: "clashed with police on Friday, a day after the leader was arrested"
    # tells the clash as news)
    recalled = {c.sentence_index for c in casualties
                if c.status == "background" and not _AFTER_CLAUSE.match(c.reason or "")} - reported
    if not recalled or not reported:
        return actors
    return [m for m in actors if not (m.sentence_index in recalled and m.role in ("target", "perpetrator"))]


def _typed_by_sides(
    typed: tuple[str | None, str | None], actor1: str | None, actor2: str | None, country: str | None,
    actors: list[ActorMention], casualties: list[CasualtyMention], sentences: list[Sentence],
) -> tuple[str | None, str | None]:
    """The (event type, sub-event type) once the sides are known, as ACLED codes them: clans,
    families or villages fighting each other (identity militias on both sides) and an armed group's
    attack on soldiers, police or another armed group ("gunmen assassinated a QSD member") are armed
    clashes, and so are a state force's killings of militants ("security forces kill 27 militants"); an
    armed group's "arrests" ("QSD arrested four people") are abductions; a crowd's fight
    with the police or attack on people is a riot whatever its cue words ("party activists and the
    police clashed"), unless guns were fired on both sides or the crowd fought an army."""
    sub_event_type = typed[1]
    first, second = inter_code(actor1, country), inter_code(actor2, country)
    if first == 5 and _rioters_riot(typed, actor2, sentences):
        return "Riots", _riot_kind(second, sentences)
    if sub_event_type == "Mob violence" and first in (2, 3, 4) and second in (2, 3, 4):
        # identity militias, an armed group's factions, or two named armed groups ("a clash between the TCP and CV
        # groups") fighting each other
        return "Battles", "Armed clash"
    if sub_event_type == "Attack" and second in (1, 2, 3) and first in (1, 2, 3) and _armed_victim(
            actor2, incident_mentions(actors, country), casualties):
        return "Battles", "Armed clash"  # (and the state's forces killing militants: "troops kill 27 militants")
    if sub_event_type == "Arrests" and first in (2, 3) and any(
            m.actor_name == actor1 and m.role == "perpetrator" for m in actors) and not _arrested(
            actor1, actors, casualties):
        return "Violence against civilians", "Abduction/forced disappearance"
    return typed


def _arrested(actor: str | None, actors: list[ActorMention], casualties: list[CasualtyMention]) -> bool:
    """True when the arrested are the group's own members ("the two Lashkar-e-Taiba terrorists arrested on
    Tuesday"): the police's arrest of them, not the group's abduction of others."""
    held = [(c.victim or "").lower() for c in casualties if c.category == "arrested" and c.status == "reported"]
    return any(m.text.lower() in victim for m in actors if m.actor_name == actor for victim in held)


def _rioters_riot(typed: tuple[str | None, str | None], actor2: str | None, sentences: list[Sentence]) -> bool:
    """True when rioters' event, typed otherwise by its cue words, is a riot: ACLED gives rioters no battle,
    attack on civilians or property destruction; but a gunfight stays a battle, and so does a crowd's fight
    with an army's troops (such "supporters" are often a state's armed loyalists)."""
    if not (typed[0] in _NOT_RIOTERS or typed[1] == "Looting/property destruction"):
        return False
    return not event_cues(sentences).firefight and not (
        typed[0] == "Battles" and (actor2 or "").startswith("Military Forces"))


def _riot_kind(opponent: int | None, sentences: list[Sentence]) -> str:
    """A riot's sub-event type: a mob's violence (or a crowd's on people), else a violent
    demonstration against the state's forces, as ACLED codes rioters facing the police."""
    if opponent == 1 and not any(_MOB.search(s.text) for s in story_sentences(sentences)[:2]):
        return "Violent demonstration"
    return "Mob violence"


def _armed_victim(actor: str | None, actors: list[ActorMention], casualties: list[CasualtyMention]) -> bool:
    """True when `actor` (as the incident names it: "police" of Pakistan's story is `Police Forces of Pakistan`)
    is named as the target in the sentence of the incident's first reported victims ("gunmen assassinated a QSD
    member"), not elsewhere ("his killing comes after al-Shabab warned schools")."""
    lead = next((c.sentence_index for c in casualties
                 if c.status == "reported" and c.category in ("killed", "injured")), None)
    return lead is not None and any(m.actor_name == actor and m.role == "target" and m.sentence_index == lead
                                    for m in actors)
