"""How the words around a place name bear on it being the incident's place.

A name after "in", "near" or inside a coder's "(Town, District)" is where something
happened; a country after "forces of", before "troops" or "dollar", across "the
border with" or in "fled from" is somebody's, not the place. Demonyms and
country-specific local-government words ("LGA", "upazila") give weaker hints of
their own.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pipeline.extract.place_mentions import PlaceMention
from pipeline.extract.types import Sentence

# A preposition right before a name (maybe with a direction: "in northwest Syria") that
# makes it the place of an event.
# The division a named part lies in: "in Bara area of Khyber district", "the flood-hit areas of
# Surat" (not "the town of Anand", which names the town itself).
_PART_OF = re.compile(r"\b(?:area|areas|outskirts|suburbs?|part|parts|locality|neighbourhood|neighborhood)\s+of\s+"
                      r"(?:the\s+)?$", re.IGNORECASE)
# A town word after a preposition: "in the Sudanese city of Omdurman", "near the northern town of Kidal" (not a
# division's: "in the al-Ghayl district of Jawf" names the district, and Jawf is the province it lies in).
_LOCATIVE_TOWN_OF = re.compile(
    r"\b(?:in|at|near|outside|inside|into)\s+the\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:city|town|village|hamlet|port)\s+of\s+$",
    re.IGNORECASE,
)
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|outside|inside|across|into|around|between)(?:\s+the)?"
    r"(?:\s+(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western"
    r"|south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west|far|rural|upper|lower))?"
    r"|\()\s*$",
    re.I,
)
# Between two names of a coder's list: a comma, maybe after the first name's unit word
# ("Ahmadabad district, Paktia").
_COMMA = re.compile(
    r"(?:\s+(?:district|province|county|region|state|division|department|governorate|municipality|tehsil"
    r"|upazila|village|town|city|area|lga))?\s*,\s*$",
    re.I,
)
# A country named after these words is somebody's, not the incident's place.
_NOT_HERE_BEFORE = re.compile(
    r"\b(?:(?:forces|troops|army|military|government|president|ministry|minister|embassy|citizens|nationals"
    r"|people|police|authorities|regime|navy|state|nation|ambassador|leader|founders?|officials?)\s+(?:of|from)"
    r"(?:\s+(?:the\s+)?[A-Z][\w-]*(?:\s+and|,))?"  # "forces of Russia and (Syria)"
    r"|against|by|ally|allies|born\s+in|fled\s+(?:from|to)"
    # a country as the object of a charge or a protest: "condemns India", "protest with India"
    r"|condemn(?:s|ed)?|accuse(?:s|d)?|blame(?:s|d)?|urge(?:s|d)?|warn(?:s|ed)?|asks?|asked|slam(?:s|med)?"
    r"|criti(?:c|s|z)i[sz](?:es|ed)?|summon(?:s|ed)?|(?:protests?|talks|ties|relations|tensions)\s+with"
    # a country as the other side of a fight: "fire exchange with India", "clashes with Pakistan"
    r"|(?:exchanges?|clash(?:es)?|war|skirmish(?:es)?|fighting|standoff|stand-off)\s+with"
    r"|flee(?:ing)?\s+(?:from|to)|returned\s+from|came\s+from|deported\s+(?:from|to)|from|to"
    # where refugees went: "crossed into Uganda", "fled into neighbouring Chad", "took refuge in Chad"
    r"|(?:fled|flee(?:ing)?|crossed|cross(?:ing)?|escaped)\s+(?:in)?to(?:\s+neighbou?ring)?"
    r"|(?:sought|seeking|took|taking)\s+refuge\s+in(?:\s+neighbou?ring)?|to\s+neighbou?ring)"
    r"\s+(?:the\s+)?$",
    re.I,
)
# A country after these words is across a border from the incident ("near the border with Chad").
_BORDER_BEFORE = re.compile(
    r"\b(?:borders?\s+with|bordering|frontier\s+with|boundary\s+with)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+(?:and|,)\s+)?$",
    re.I,
)
# A country or demonym before these words is an actor or an attribute, not the place.
_NOT_HERE_AFTER = re.compile(
    r"^(?:'s|’s)?[\s-]*(?:forces|troops|soldiers|army|military|police|government|officials|authorities|led"
    r"|backed|aircraft|warplanes|jets|drones?|embassy|president|navy|border|security|nationals|citizens"
    r"|shelling|firing|fire|artillery|strikes?|airstrikes?|air|raids?|intelligence|jihadists|missiles?|rockets?"
    r"|bomb(?:ers?|ings?)|bombardment|helicopters?|gunships?|commandos|coalition|mortars?|shells|snipers?|gunfire"
    r"|militants|rebels|envoy|officers?|rangers|side|ambassador|foreign|ministry|television|media|news|state"
    # a country as the subject of a statement or an action: "India says", "US steps up strikes"
    r"|says|said|accuses|accused|denies|denied|warns|warned|claims|claimed|steps|stepped|lodges|lodged"
    r"|summons|summoned|asks|asked|urges|urged|reports|reported|trade|traded|vows|vowed|blames|blamed"
    r"|condemns|condemned|rejects|rejected|calls|called|retaliates|retaliated|threatens|threatened"
    r"|announces|announced|sends|sent|deploys|deployed)\b",
    re.I,
)
# A demonym before these words names who fired across a border ("Indian shelling kills two"):
# the incident is more likely in another country. (Air and drone strikes are left out:
# armies also bomb their own country.)
_FIRE_AFTER = re.compile(
    r"^\s+(?:(?:border\s+)?(?:shelling|firing|fire|gunfire|artillery|mortars?|rockets?|snipers?)"
    r"|(?:ceasefire|truce)\s+violations?)\b",
    re.I,
)
_FIRED_BY = re.compile(r"\b(?:shelling|firing|fire|gunfire)\s+by\s+(?:the\s+)?$", re.I)
# A country's currency is no place ("the US dollar exchange rate").
_CURRENCY_AFTER = re.compile(
    r"^[\s-]*(?:dollars?|euros?|pounds?|rupees?|rupiah|yuan|yen|rubles?|roubles?|lira|dinars?)\b", re.I
)
# A demonym before one of these nouns places the incident ("the Somali capital").
_PLACE_NOUN = re.compile(
    r"^(?:\s+[A-Z][a-z]+)?\s+(?:capital|city|town|village|province|region|state|district|territory|soil"
    r"|countryside|coast|port|island|border\s+town|side)\b"
)
# A demonym of people harmed: the incident is usually in their country.
_VICTIM_AFTER = re.compile(
    r"^(?:s\b)?(?:\s+[\w-]+){0,2}?\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
    r"(?:killed|injured|wounded|died|dead|martyred|hurt|shot)\b"
)
_DEMONYM_WORD = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\b")
# Local-government unit words used in one country only (or nearly): LGAs are Nigeria's,
# upazilas Bangladesh's, barangays the Philippines', woredas Ethiopia's, and so on.
# A tehsil is Pakistan's or India's: the vote is shared.
UNIT_COUNTRY = {
    "lga": ("NGA",), "upazila": ("BGD",), "upazilla": ("BGD",), "union parishad": ("BGD",),
    "barangay": ("PHL",), "woreda": ("ETH",), "wereda": ("ETH",), "kebele": ("ETH",),
    "rural municipality": ("NPL",), "tehsil": ("PAK", "IND"), "taluka": ("IND",), "mandal": ("IND",),
    "colonia": ("MEX",), "oblast": ("UKR",), "raion": ("UKR",), "corregimiento": ("COL",),
    "arrondissement": ("CMR",), "tambon": ("THA",), "amphoe": ("THA",), "changwat": ("THA",),
    "village development committee": ("NPL",), "gaunpalika": ("NPL",), "nagarpalika": ("NPL",),
}
_UNIT_PATTERN = re.compile(r"\b(" + "|".join(UNIT_COUNTRY) + r")\b")  # on lower-cased text
_UNIT_VOTE = 2.5
_HINT_CHARS = 3000  # hints come from the lead
_DEMONYM_VOTE = 0.4
_DEMONYM_PLACE_VOTE = 2.0
_DEMONYM_VICTIM_VOTE = 1.5
_DEMONYM_FIRE_VOTE = -1.0
_PARTIAL = 0.2  # a name inside a longer capitalised name ("Hassan Dabouq") is seldom a place
# A place that names an earlier event ("the Godhra massacre", "post-Godhra violence", "the Mumbai
# attacks"): where that event was, seldom where today's news is when the text names another town (it
# still says which country).
_EVENT_NAMED_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:train\s+)?(?:massacre|carnage|incident|killings|tragedy|episode|riots|burning|"
    r"mayhem|bloodbath|pogrom|genocide|blasts|bombings|attacks)\b",
    re.IGNORECASE,
)
_EVENT_NAMED_BEFORE = re.compile(r"\b(?:post|pre)-?\s*$", re.IGNORECASE)
_SENTENCE_START = 0.6  # a capitalised word opening a sentence may be a common word


# Where the harmed were taken, not where they were harmed: "taken to a hospital in Maiduguri", "rushed to Peshawar".
_TREATED_BEFORE = re.compile(
    r"\b(?:taken|rushed|flown|airlifted|evacuated|referred|admitted|shifted|brought)\s+(?:\w+\s+){0,2}?(?:to|in|at)\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?:[\w-]+\s+){0,3}?(?:hospitals?|clinics?|morgue|mortuary|medical\s+(?:centre|center|college))"
    r"\s+(?:in|at)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


# Where something was said, not where it happened: "the minister said in Delhi that Assam was calm again",
# "told reporters in Lucknow", "speaking at a rally in Patna".
_STATED_BEFORE = re.compile(
    r"\b(?:said|says|claimed|claims|told|stated|announced|declared|alleged|asserted|remarked|speaking|addressing)"
    r"\s+(?:(?:to|at|reporters|journalists|newsmen|media|the|a|an|press|news|conference|briefing|rally|meeting|"
    r"gathering|function|public|party|election|workers|here|there)\s+){0,4}?(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def names_statement(text: str, mention: PlaceMention) -> bool:
    """True for the town where a statement was made: "claimed in Mumbai that ...", "told reporters in Delhi"."""
    return _STATED_BEFORE.search(text, max(0, mention.start - 50), mention.start) is not None


def names_treatment(text: str, mention: PlaceMention) -> bool:
    """True for the town the harmed were taken to: "taken to a hospital in Maiduguri", "rushed to Peshawar"."""
    return _TREATED_BEFORE.search(text, max(0, mention.start - 50), mention.start) is not None


# An institution a town names, which says nothing of where the news happened: "a case before the Allahabad High
# Court", "a professor of Delhi University".
_INSTITUTION_AFTER = re.compile(r"\s+(?:high\s+court|university|varsity)\b", re.IGNORECASE)


def names_institution(text: str, mention: PlaceMention) -> bool:
    """True for a town named as part of an institution's name: "the Allahabad High Court", "Baroda University"."""
    return _INSTITUTION_AFTER.match(text, mention.end) is not None


def names_currency(text: str, end: int) -> bool:
    """True when the word ending at `end` qualifies a currency ("US dollar")."""
    return _CURRENCY_AFTER.match(text[end : end + 12]) is not None


def names_event(text: str, mention: PlaceMention) -> bool:
    """True for a place that names an event: "the Godhra massacre", "post-Godhra violence"."""
    before = text[max(0, mention.start - 8) : mention.start]
    return bool(_EVENT_NAMED_AFTER.match(text[mention.end : mention.end + 30]) or _EVENT_NAMED_BEFORE.search(before))


def context_weight(text: str, mention: PlaceMention, previous_end: int = -1, after_country: bool = False) -> float:
    """How strongly the words around a mention mark it as the incident's place.

    `previous_end` is where the place named before it in the sentence ends: a name
    right after "Town, " is the next level of a coder's "Town, District, Province";
    after a country ("Pakistan, India report ...") a list is of equals, not of levels.
    """
    before = text[max(0, mention.start - 40) : mention.start]
    if names_currency(text, mention.end):
        return 0.0
    if any(place.kind == "country" for place in mention.places):
        if _FIRE_AFTER.match(text[mention.end : mention.end + 30]):
            return 0.0  # firing across a border: "India shelling", "Israel rocket fire"
        if _BORDER_BEFORE.search(before):
            return 0.1
        if _NOT_HERE_BEFORE.search(before) or _NOT_HERE_AFTER.match(text[mention.end : mention.end + 24]):
            return 0.3
    weight = _PARTIAL if mention.partial else 1.0
    in_list = previous_end >= 0 and not after_country and _COMMA.match(text[previous_end : mention.start]) is not None
    if in_list or _LOCATIVE.search(before) or _PART_OF.search(before) or _LOCATIVE_TOWN_OF.search(before):
        weight *= 1.5
    elif not before.strip() and " " not in mention.text and text[mention.end : mention.end + 1] != ":":
        weight *= _SENTENCE_START
    if text[mention.end : mention.end + 1] in (",", ")"):
        weight *= 1.2
    return weight


def _demonym_vote(text: str, start: int, end: int) -> float:
    """The vote of a demonym ending at `end`: strong before a place noun or for victims
    ("Pakistani soldiers killed"), none before an actor ("Indian troops"), against its
    country for fire across a border ("Indian shelling")."""
    after = text[end : end + 40]
    if _FIRED_BY.search(text[max(0, start - 40) : start]):
        return _DEMONYM_FIRE_VOTE  # "unprovoked firing by Indians"
    if _PLACE_NOUN.match(after):
        return _DEMONYM_PLACE_VOTE
    if _VICTIM_AFTER.match(after):
        return _DEMONYM_VICTIM_VOTE
    if _FIRE_AFTER.match(after):
        return _DEMONYM_FIRE_VOTE
    if _NOT_HERE_AFTER.match(after):
        return 0.0
    return _DEMONYM_VOTE


def hints(sentences: list[Sentence], demonyms: dict[str, str]) -> dict[str, float]:
    """Weak country votes from demonyms ("the Somali capital") and unit words ("Rafi LGA")."""
    votes: dict[str, float] = defaultdict(float)
    budget = _HINT_CHARS
    for rank, sentence in enumerate(sentences):
        if budget <= 0:
            break
        text = sentence.text[:budget]
        budget -= len(text)
        scale = 1.0 / (1 + rank)
        for match in _DEMONYM_WORD.finditer(text):
            word = match.group(0)
            iso3, end = demonyms.get(word.lower()), match.end()
            if iso3 is None and (" " in word or "-" in word):  # "Somali Islamist": the first word alone
                first, last = word.replace("-", " ").split(" ", 1)
                iso3, end = demonyms.get(first.lower()), match.start() + len(first)
                if iso3 is None:  # "Two Pakistanis": the second word alone
                    iso3, end = demonyms.get(last.lower()), match.end()
            if iso3:
                votes[iso3] += _demonym_vote(text, match.start(), end) * scale
        for match in _UNIT_PATTERN.finditer(text.lower()):
            countries = UNIT_COUNTRY[match.group(1)]
            for iso3 in countries:
                votes[iso3] += _UNIT_VOTE * scale / len(countries)
    return votes
