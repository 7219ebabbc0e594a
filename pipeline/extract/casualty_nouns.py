"""Which head nouns name people: the word lists that decide whether a victim phrase without a number
("a soldier", "the board", "the death of the industry") names a person, several people or none.

Used by the victim readers (`casualty_phrases.py`, `casualty_persons.py`, `casualty_subjects.py`,
`casualty_victims.py`) and the filters (`casualty_filters.py`); the harm words and cues stay in
`casualty_lexicon.py`.
"""

from __future__ import annotations

from pipeline.extract.casualty_lexicon import words

# Adverbs that end a noun phrase ("their victims [right] in the street", "Helper Sohag [however] was
# burnt") and that, read as its head, make it no person ("attacked [again at Vadodara]").
ADVERBS = words(
    "again also too then now there here today yesterday tonight already still soon meanwhile however instead"
    " right instantly immediately thus hence therefore"
)
# Head nouns that are not people: "the attack was executed", "a car was found".
NOT_PERSON_HEADS = words(
    """
    attack attacks bomb bombs blast explosion car vehicle truck bus house building plan operation
    order deal law bill convoy project motion proposal case trial hearing policy talks process
    agreement ceasefire truce attempt idea program programme scheme sentence verdict station post
    checkpoint village town city camp area region district market mosque church school hospital
    office border road bridge weapon gun rifle device ied shell rocket missile mortar drone plane
    aircraft helicopter ship boat body fire protest rally march strike raid fighting clash clashes
    violence unrest riot incident event report reports statement toll number count information news
    video footage image photo it this that which what weekend week month year night morning evening
    afternoon day hour time cows cattle goats sheep camels donkeys animals livestock horses dogs
    chickens pigs birds fish poultry lamb goat cow pig horse dog animal camel donkey calf calves buffalo buffaloes
    bullock bullocks ox oxen out back
    cache stash haul consignment quantity ammunition explosives arms motorcycle motorbike
    firefight gunfight shootout shoot-out gunbattle skirmish battle ambush assault
    """
) | words(
    # institutions and abstractions that "die", are "hurt" or "arrested" only figuratively: "the death
    # of the industry", "hurt the culture", "helped to arrest the deteriorating situation"
    """
    industry economy sector culture situation session rate conviction resolution theory mystery trail
    sight spirit movement threat condition place temple shrine masjid letter name compensation downslide
    flare-up ferment alienation carnage recovery abduction majority remaining rest foetus foeticide pests
    insects crops everything nothing anything something wounds feelings
    sentiments morale hopes dream dreams career image reputation chances
    hustle bustle gaiety enthusiasm fervour fervor zeal cheer festivity festivities atmosphere excitement
    hand hands role involvement link links nexus complicity human
    """
) | words(
    # vehicles and trains, "detained" at a station: "the Howrah Mail was detained at Kharagpur"
    """
    express mail train trains flight flights vessel vessels tanker tankers lorry lorries jeep van cargo goods
    """
) | words(
    # a modal or other function word read as the head means the phrase is a clause, not a victim:
    # "the ruling party's leaders must [be hurt]", "the squad was not able to carry out [arrests]"
    "must should could would will can may might shall be been being able given about either beyond"
    # an adverb after the verb is no object: "compensation to those subsequently killed [elsewhere]", "the
    # bus was stoned [again near Anand] and three passengers were knifed"
    " elsewhere later earlier"
    # a participle of reporting after a harm noun is no victim: "No fatalities nor injuries [reported]"
    " reported confirmed recorded registered"
) | ADVERBS
# Institutions are not victims ("the board ... requested", "the party unit feared defections"),
# unless an "of" phrase makes them part of a person's title ("a Communist Party of India activist").
INSTITUTION_HEADS = words(
    """
    government administration committee board assembly parliament council ministry department court
    commission party state federation union guild association society organisation organization forum
    """
)
# Plural heads that name people but do not end in -s.
PLURAL_PEOPLE = words(
    """
    people men women children police personnel troops staff militia crew folk kin family taliban
    mujahideen
    innocent innocents elderly needy faithful
    """
)
# Singular nouns for people that may stand bare in a headline list after a comma: "Gunmen kill
# cleric, son", "Shelling kills woman, child" (a bare word of any kind there may be a verb: "rob bank").
PERSON_NOUNS = words(
    """
    man woman boy girl child baby infant teenager youth person civilian villager resident farmer herder
    wife husband son daughter brother sister father mother nephew niece cousin uncle aunt grandson
    soldier policeman policewoman officer constable guard trooper militant rebel fighter commander
    driver passenger teacher student cleric imam priest journalist doctor nurse official elder chief
    leader worker trader shopkeeper tailor vendor engineer lawyer judge activist councillor legislator
    lawmaker candidate bodyguard guide pilgrim worshipper
    """
)
