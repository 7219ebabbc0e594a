"""Cues in an article's wording that decide who the second actor is.

The event-type module says what happened; these cues say what ACLED lists beside the
first actor: did a force intervene in the protest or riot ("police dispersed", "tear gas",
"lathi-charged")? Were the people harmed civilians ("a man", "villagers", "passengers")?
Does the article say nobody knows who did it, or is it about organised crime? When no
event type is known, a rough one from the same wording.

Read from the lower-cased words of the first sentences with set look-ups (words, word
prefixes, and two- and three-word phrases): a regular-expression alternation per cue was
an order of magnitude slower on long articles.
"""

from __future__ import annotations

import re

from pipeline.extract.sentences import story_sentences
from pipeline.extract.types import Sentence

# Both sides fired: "exchanged fire", "exchanged gun shots".
_EXCHANGED = "exchange of fire|exchanged fire|exchanged gunfire|exchanged gunshots|exchanged gun shots"
# Nobody has owned the attack: "No group has claimed responsibility", "no immediate claim".
_UNCLAIMED = (
    "no claim|no group has claimed|no one has claimed|no group claimed|has claimed responsibility so|"
    "no group has come|no group immediately claimed|no one immediately claimed|no immediate claim|"
    "nobody has claimed|nobody claimed|no one claimed|no group has yet claimed|no one has yet claimed|"
    "no specific group claimed|no specific group has"
)
# cue -> (words, word prefixes, phrases of two to four words)
_LEXICON: dict[str, tuple[str, tuple[str, ...], str]] = {
    "intervention": (
        "removed intervened crackdown charged beat beaten baton cane-charged tear-gas",
        ("dispers", "teargas", "lathi", "arrest", "detain", "clash", "baton"),
        "tear gas|water cannon|rubber bullets|opened fire|broke up|pushed back|forcibly removed|"
        "fired shots|fired in the air|cane charged",
    ),
    "arrests": ("", ("arrest", "detain", "apprehend", "nabbed", "custody"), "took into custody|picked up"),
    "mob_justice": (
        "thief thieves robber robbers dacoit dacoits extortionist extortionists mugger muggers burglar burglars "
        "pickpocket pickpockets lynched lynching theft thefts",
        ("lynch",),
        "suspected criminal|suspected criminals|child lifter|child lifters|mob justice|mob beating|"
        "suspicion of stealing|suspected of stealing|accused of stealing|caught stealing",
    ),
    "harm": (
        "shot beat beaten hurt died dead",
        (
            "kill",
            "injur",
            "wound",
            "attack",
            "hack",
            "stabb",
            "assault",
            "abduct",
            "kidnap",
            "lynch",
            "torch",
            "burn",
            "vandali",
            "loot",
            "murder",
        ),
        "",
    ),
    "civilians": (
        "men women children child family families persons people bystanders pedestrian pedestrians "
        "passers-by passer-by leader leaders member members victim victims monk monks priest priests person "
        "displaced idp idps imam imams cleric clerics blogger bloggers lawyer lawyers vendor vendors devotees "
        "mourners shoppers customers guests patients doctor doctors nurse nurses tourists fishermen employees "
        "muslims shias shiites sunnis christians hindus sikhs buddhists worshippers "
        "boys girls schoolboy schoolboys schoolgirl schoolgirls baby babies infant infants toddler toddlers "
        # the crowds of a market, a mosque or a wedding: "killed herself and 14 others at a crowded market"
        "market marketplace bazaar mosque church wedding funeral",
        (
            "civilian",
            "teen",  # "a teenager", "two teens", "a teenage girl"
            "villager",
            "resident",
            "local",
            "farmer",
            "shopkeeper",
            "trader",
            "businessm",
            "passenger",
            "pilgrim",
            "worship",
            "student",
            "teacher",
            "journalist",
            "reporter",
            "driver",
            "labour",
            "labor",
            "worker",
            "house",
            "home",
            "elder",
            "activist",
            "supporter",
        ),
        "a man|a woman|a boy|a girl|a child|an old|one man|two men|the man|the woman|young man|old man|"
        # "a 68-year-old woman": the age's digits are no word here
        "year-old man|year-old woman|year-old boy|year-old girl|year-old child|elderly man|elderly woman|young woman",
    ),
    "property": (
        "bank banks atm atms shop shops store stores tavern bar restaurant hotel vehicle vehicles car cars bus "
        "buses truck trucks lorry motorbike motorbikes motorcycle motorcycles ambulance building buildings "
        "market kiosk showroom factory warehouse",
        ("house", "home", "propert", "business"),
        "",
    ),
    "damage": (
        "hurled threw smashed damaged ransacked stormed ablaze alight",
        ("torch", "burn", "vandali", "loot", "arson"),
        "set fire|set on fire|set ablaze|set alight|molotov cocktail|molotov cocktails|petrol bomb|petrol bombs",
    ),
    "air": (
        "airstrike airstrikes airstrikes jets bombers aircraft helicopter helicopters warplane warplanes",
        ("airstrike", "airraid"),
        "air strike|air strikes|air raid|air raids|drone strike|drone strikes",
    ),
    "unknown": (
        "unidentified unknown",
        (),
        "not known|unclear who|yet to be identified|those responsible|" + _UNCLAIMED,
    ),
    "unclaimed": ("", (), _UNCLAIMED),
    "criminal": (
        "drug drugs cartel cartels gang gangs gangster gangsters hitman hitmen sicario sicarios "
        "dealer dealers dismembered decapitated",
        ("narco", "traffick", "extortion"),
        "criminal group|criminal groups|criminal gang|criminal cell|threatening message|organized crime|"
        "organised crime|hands tied|signs of torture|narco message|drug trafficking|drug dealer",
    ),
    "riot": (
        "mob mobs ransacked rampage rampaging",
        ("riot", "vandali", "torch", "pelt", "stone-pelt"),
        "set fire|set on fire|set ablaze|stone pelting|threw stones|clashed with|clash between|clashes between",
    ),
    "protest": (
        "rally rallies rallied march marched sit-in strike dharna hartal bandh demanding effigy effigies "
        "slogans sloganeering",
        ("protest", "demonstrat", "picket", "gherao", "agitat", "chant"),
        "took to the streets|human chain|hunger strike",
    ),
    "remote": (
        "drone mortar mortars rocket rockets artillery ied ieds blast grenade landmine mine",
        ("airstrike", "shell", "bomb", "explosi"),
        "air strike|air strikes",
    ),
    "cross_border": (
        "loc",
        (),
        "across the border|across the loc|line of control|cross-border firing|cross-border shelling|"
        "cross border firing|working boundary|ceasefire violation|ceasefire violations|unprovoked firing|"
        "unprovoked shelling",
    ),
    "driveby": ("drive-by", (), "drive by"),
    "bomb": (
        "ied ieds landmine landmines mine grenade grenades blast",
        ("bomb", "explosi"),
        "roadside bomb|suicide bomber|suicide attack|improvised explosive|planted bomb",
    ),
    "battle": ("gunfight encounter fighting fought", ("clash", "battl"), _EXCHANGED),
    "firefight": ("gunfight shootout shoot-out crossfire firefight encounter", (), _EXCHANGED),
    "attack": ("attacked killed", ("abduct", "kidnap", "murder"), "shot dead|gunned down"),
    # two crowds fighting each other, not a crowd harming others: ACLED's rioters on both sides
    "mutual": (
        "clashed",
        (),
        "each other|one another|clashed with|clash between|clashes between|clashes among|two groups|"
        "two communities|two factions|two families|two clans|two sides|rival groups|rival factions|"
        "both groups|both sides",
    ),
}
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _index() -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    """(word or phrase -> cues, cue -> prefixes)."""
    exact: dict[str, set[str]] = {}
    prefixes: dict[str, tuple[str, ...]] = {}
    for cue, (words, cue_prefixes, phrases) in _LEXICON.items():
        for form in [*words.split(), *filter(None, phrases.split("|"))]:
            exact.setdefault(form, set()).add(cue)
        prefixes[cue] = cue_prefixes
    return {k: frozenset(v) for k, v in exact.items()}, prefixes


_EXACT, _PREFIXES = _index()


def _phrase_starts() -> dict[str, tuple[int, ...]]:
    """First word of a phrase -> the lengths (in words) of the phrases it starts."""
    starts: dict[str, set[int]] = {}
    for form in _EXACT:
        words = form.split()
        if len(words) > 1:
            starts.setdefault(words[0], set()).add(len(words))
    return {first: tuple(sorted(lengths)) for first, lengths in starts.items()}


_PHRASE_STARTS = _phrase_starts()
_TO_DEATH = ["to", "death"]
_HARM, _INTERVENTION = frozenset({"harm"}), frozenset({"intervention"})
_WORD_CUES: dict[str, frozenset[str]] = {}
_LIMIT = 2000  # characters read per part: the incident is told early, and long pages stay cheap


def _word_cues(word: str) -> frozenset[str]:
    """The cues one word gives, by itself or by its beginning ("dispersed" -> intervention)."""
    cues = _WORD_CUES.get(word)
    if cues is None:
        found = set(_EXACT.get(word, ()))
        found.update(cue for cue, prefixes in _PREFIXES.items() if prefixes and word.startswith(prefixes))
        cues = _WORD_CUES[word] = frozenset(found)
    return cues


_MONTH_BEFORE = frozenset(
    "since in on of last this next early late mid until till by from during through throughout end beginning".split())


def _the_month(words: list[str], k: int) -> bool:
    """True when the word at `k` ("march") is the month: after "since", "in", "last"..., or before a day or year."""
    return (k > 0 and words[k - 1] in _MONTH_BEFORE) or (k + 1 < len(words) and words[k + 1][:1].isdigit())


def _cues(text: str) -> frozenset[str]:
    """Every cue of a lower-cased text: its words, and its phrases of two to four words."""
    words = _WORD.findall(text[:_LIMIT])
    found: set[str] = set()
    for k, word in enumerate(words):
        cues = _WORD_CUES.get(word)
        if cues is None:
            cues = _word_cues(word)
        if cues and words[k + 1 : k + 3] == _TO_DEATH:
            cues = (cues - _INTERVENTION) | _HARM  # "beaten to death by a mob" is a killing, not a baton charge
        if word == "march" and _the_month(words, k):
            continue  # "held since March", "on March 3": the month, no demonstration
        if cues:
            found |= cues
        lengths = _PHRASE_STARTS.get(word)
        if lengths:
            for length in lengths:  # "tear gas", "set on fire", "took to the streets"
                found |= _EXACT.get(" ".join(words[k : k + length]), frozenset())
    return frozenset(found)


class EventCues:
    """What the wording says about the incident's second actor."""

    def __init__(self, sentences: list[Sentence]) -> None:
        # The incident is told in the first sentences (after any wire dateline); attribution may come a little later.
        sentences = story_sentences(sentences)
        self.first = _cues(" ".join(s.text for s in sentences[:4]).lower())
        later = " ".join(s.text for s in sentences[4:8]).lower()
        self.later = _cues(later) if later else frozenset()

    @property
    def intervention(self) -> bool:
        """A force intervened: "police dispersed", "tear gas", "lathi-charged"."""
        return "intervention" in self.first

    @property
    def civilian_victims(self) -> bool:
        """People were harmed and the words for them are civilians'."""
        return "harm" in self.first and "civilians" in self.first

    @property
    def property_damage(self) -> bool:
        """Crowds or attackers burned, smashed or looted property: shops, vehicles, banks, houses."""
        return "damage" in self.first and "property" in self.first

    @property
    def cross_border(self) -> bool:
        """Fire across a border or a line of control: two states' forces facing each other."""
        return "cross_border" in self.first

    @property
    def mob_justice(self) -> bool:
        """A crowd punished suspected criminals: ACLED's vigilantes."""
        return "mob_justice" in self.first

    @property
    def mutual(self) -> bool:
        """Two sides fought each other: "two groups clashed", "pelted stones at each other"."""
        return "mutual" in self.first

    @property
    def firefight(self) -> bool:
        """Both sides fired guns: a battle, whoever the sides are."""
        return "firefight" in self.first

    @property
    def drive_by(self) -> bool:
        """A drive-by shooting."""
        return "driveby" in self.first

    @property
    def bomb(self) -> bool:
        """A bomb, mine or grenade went off."""
        return "bomb" in self.first

    @property
    def arrests(self) -> bool:
        """People were arrested or detained."""
        return "arrests" in self.first

    @property
    def air_strike(self) -> bool:
        return "air" in self.first

    @property
    def unknown_perpetrator(self) -> bool:
        """The article says nobody knows who did it."""
        return "unknown" in self.first or "unknown" in self.later

    @property
    def unclaimed(self) -> bool:
        """The article says nobody has claimed the attack (not merely "unknown weapons" or "unidentified gunmen")."""
        return "unclaimed" in self.first or "unclaimed" in self.later

    @property
    def criminal(self) -> bool:
        """Organised crime: drugs, cartels, gangs."""
        return "criminal" in self.first

    @property
    def likely_event(self) -> str | None:
        """A rough ACLED event type from the wording, for when none is known."""
        for cue, event in (
            ("riot", "Riots"),
            ("protest", "Protests"),
            ("remote", "Explosions/Remote violence"),
            ("battle", "Battles"),
            ("attack", "Violence against civilians"),
        ):
            if cue in self.first:
                return event
        return None


_UNKNOWN_WORD = re.compile(r"\b(?:claim|unknown|unidentified|not\s+known|unclear|yet\s+to\s+be|those\s+responsible)",
                           re.IGNORECASE)


def unclaimed_from(sentences: list[Sentence]) -> int | None:
    """Where the story first says nobody knows or claims who did it (a body offset), if it does: a group
    told of after that ("..., but IS has carried out similar attacks") is no known author."""
    for sentence in story_sentences(sentences)[:8]:
        if "unknown" in _cues(sentence.text.lower()):
            found = _UNKNOWN_WORD.search(sentence.text)
            return sentence.start + (found.start() if found else 0)
    return None


def event_cues(sentences: list[Sentence]) -> EventCues:
    """The cues of an article, from its first sentences."""
    return EventCues(sentences)
