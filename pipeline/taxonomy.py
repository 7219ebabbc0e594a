"""Controlled vocabularies shared by extraction, validation and the warehouse.

ACLED's event taxonomy (6 event types, 25 sub-event types, as spelled in the
ACLED codebook), the casualty categories and statuses, actor types and roles,
and date precisions. The pandera models validate against these sets.
"""

from __future__ import annotations

SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
EVENT_TYPES = tuple(SUB_EVENT_TYPES)
EVENT_TYPE_OF_SUB = {sub: event for event, subs in SUB_EVENT_TYPES.items() for sub in subs}

CASUALTY_CATEGORIES = ("killed", "injured", "missing", "kidnapped", "arrested", "displaced")
# The categories besides killed and injured that the incident summary and events count too
# (article_summary and events columns of the same names).
OTHER_HARMS = ("missing", "kidnapped", "arrested", "displaced")
# Why a figure is, or is not, the reported incident's own.
CASUALTY_STATUSES = ("reported", "cumulative", "background", "threat", "hypothetical", "negated", "denied")
# How a figure is qualified in the text ("at least 5", "about 20", "dozens", "a soldier").
CASUALTY_QUALIFIERS = ("exact", "at_least", "more_than", "about", "at_most", "less_than", "range", "vague", "implicit")
# How a figure relates to the article's other figures of its category (see casualty_context.py).
CASUALTY_LINKS = ("new", "part", "more", "update", "total", "same", "alternative")

ACTOR_TYPES = (
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external_forces",
    "government",
    "state",
    "international_org",
    "ngo",
    "media",
    "person",
    "organisation",
    "group",
)
ACTOR_ROLES = ("perpetrator", "target", "mediator", "claimant", "source")

DATE_PRECISIONS = ("day", "week", "month", "quarter", "season", "year", "decade", "century")
