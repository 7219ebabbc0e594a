"""Invented multi-report news with known answers: which articles copy which, which report one incident.

Every sentence here was written for this project. Incidents cover the cases
event merging must get right: wire copies with other boilerplate and small
edits, a toll that rises over three independent reports, sources that
disagree on the same day, two different attacks on the same day in the same
province, and different kinds of event in one city on one day.
"""

from __future__ import annotations


def article(
    id_: str,
    published: str,
    source: str,
    incident: str,
    text: str,
    title: str | None = None,
    copy_of: str | None = None,
) -> dict[str, str | None]:
    """One inbox record plus its known incident and, for a copy, the original it copies."""
    return {
        "id": id_,
        "published_at": published,
        "source": source,
        "title": title,
        "text": text,
        "url": f"https://news.example.org/{id_}",
        "incident": incident,
        "copy_of": copy_of or id_,
    }


def syndicate(
    original: dict[str, str | None],
    id_: str,
    published: str,
    source: str,
    prefix: str = "",
    suffix: str = "",
    edits: tuple[tuple[str, str], ...] = (),
    title: str | None = None,
) -> dict[str, str | None]:
    """A partner outlet's copy: its own dateline and boilerplate, a few words changed."""
    text = str(original["text"])
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return article(
        id_,
        published,
        source,
        str(original["incident"]),
        f"{prefix}{text}{suffix}",
        title=title,
        copy_of=str(original["id"]),
    )


# The agency's footer, long enough to make two unrelated stories share a fifth of their wording.
FRONTIER_FOOTER = (
    " Frontier Wire is an independent news agency covering Pakistan and Afghanistan from bureaus in "
    "Islamabad, Peshawar and Quetta. Subscribe to our morning briefing for the day's security news, and "
    "write to the desk with corrections."
)

QUETTA_1 = article(
    "qta-1",
    "2025-11-03T14:00:00+05:00",
    "Frontier Wire",
    "quetta-bomb",
    "A bomb hidden in a parked motorcycle exploded next to a police van in Quetta on Monday, killing five "
    "policemen and wounding 12 other people, officials said. The van was taking officers to guard a polio "
    "vaccination team in the Sariab Road area of the capital of Balochistan province. Rescue workers "
    "took the wounded to the Civil Hospital, where an emergency was declared. No group immediately claimed "
    "responsibility for the blast, which shattered the windows of nearby shops.",
    title="Bomb kills five policemen in Quetta",
)
QUETTA_2 = article(
    "qta-2",
    "2025-11-04T11:30:00+05:00",
    "Daily Balochistan Post",
    "quetta-bomb",
    "The death toll from Monday's motorcycle bombing of a police van in Quetta rose to nine after four "
    "wounded officers died in hospital overnight, a provincial health official said on Tuesday. Doctors at "
    "the Civil Hospital said several of the injured remained in critical condition. Police have registered "
    "a case against unknown attackers and detained three suspects for questioning.",
    title="Quetta blast toll rises to nine",
)
QUETTA_3 = article(
    "qta-3",
    "2025-11-05T09:00:00+05:00",
    "Pakistan Evening News",
    "quetta-bomb",
    "Thirteen people have now died from Monday's bomb attack on a police van on Sariab Road in Quetta, "
    "hospital officials said on Wednesday, as more of the wounded succumbed to their injuries. "
    "Funeral prayers for the policemen were held at the police lines. The provincial government announced "
    "compensation for the families of the victims.",
    title="Quetta bombing death toll reaches 13",
)
QUETTA_1_COPY = syndicate(
    QUETTA_1,
    "qta-1-partner",
    "2025-11-03T16:10:00+05:00",
    "Partner Feed Asia",
    prefix="QUETTA, Pakistan (Frontier Wire) - ",
    suffix=" Reporting by the Frontier Wire desk; editing by staff. Copyright 2025 Frontier Wire. All rights reserved.",
    edits=(("officials said", "officials told reporters"), ("shattered", "smashed")),
    title="Pakistan: motorcycle bomb kills five police in Quetta",
)
QUETTA_1_COPY2 = syndicate(
    QUETTA_1,
    "qta-1-portal",
    "2025-11-04T08:00:00+05:00",
    "News Portal Aggregator",
    suffix=" Read more: Balochistan security updates. Follow us for the latest news from Pakistan.",
    edits=(("on Monday, killing", "on Monday killing"), ("other people", "others")),
)

TURBAT_1 = article(
    "tbt-1",
    "2025-11-03T19:00:00+05:00",
    "Frontier Wire",
    "turbat-checkpoint",
    "Gunmen attacked a security forces checkpoint near Turbat in Balochistan on Monday, killing two "
    "soldiers, the military's media wing said. The attackers fled into nearby hills after an exchange of "
    "fire lasting about an hour. A search operation was launched in the Kech district." + FRONTIER_FOOTER,
    title="Two soldiers killed in attack near Turbat",
)
TURBAT_2 = article(
    "tbt-2",
    "2025-11-04T10:00:00+05:00",
    "Pakistan Evening News",
    "turbat-checkpoint",
    "Two soldiers were killed when militants stormed a checkpoint outside Turbat late on Monday, the army "
    "said on Tuesday. Troops returned fire and the militants escaped towards the hills of Kech district. "
    "The attack came hours after a bombing in the provincial capital.",
    title="Militants storm checkpoint outside Turbat",
)

PESHAWAR_1 = article(
    "psh-1",
    "2025-11-04T15:00:00+05:00",
    "Frontier Wire",
    "peshawar-lawyers-protest",
    "Hundreds of lawyers boycotted courts and marched peacefully in Peshawar on Tuesday to protest against "
    "the arrest of a colleague, the provincial bar council said. The march ended outside the high court "
    "after speeches." + FRONTIER_FOOTER,
    title="Peshawar lawyers march over colleague's arrest",
)

MOGADISHU_BOMB_1 = article(
    "mog-1",
    "2025-11-09T13:00:00+03:00",
    "Horn Wire",
    "mogadishu-car-bomb",
    "A car bomb exploded at a busy checkpoint near the parliament in Mogadishu on Sunday, killing seven "
    "people, police said. Al Shabaab said it carried out the attack. Ambulances rushed the wounded to "
    "Madina hospital.",
    title="Car bomb kills seven in Mogadishu",
)
MOGADISHU_BOMB_2 = article(
    "mog-2",
    "2025-11-09T18:00:00+03:00",
    "Somali Daily",
    "mogadishu-car-bomb",
    "Hospital officials in Mogadishu said ten people died on Sunday when a suicide car bomb was driven into "
    "a checkpoint close to the parliament building. Al Shabaab claimed responsibility in a statement on its "
    "radio station.",
    title="Ten dead in Mogadishu checkpoint bombing",
)
MOGADISHU_PROTEST = article(
    "mog-3",
    "2025-11-09T17:00:00+03:00",
    "Somali Daily",
    "mogadishu-traders-protest",
    "Hundreds of traders protested peacefully in Mogadishu on Sunday against new taxes on imported goods, "
    "marching from Bakara market to the city hall. The protest ended without incident.",
    title="Mogadishu traders march against new taxes",
)

MARU_1 = article(
    "maru-1",
    "2025-11-14T09:00:00+01:00",
    "Sahel Wire",
    "maru-abduction",
    "Gunmen abducted 25 students from a boarding school in Maru, in Nigeria's Zamfara state, on Friday "
    "morning, police said. The attackers arrived on motorcycles and shot at the school's gate. A police "
    "spokesman said security forces were pursuing the kidnappers.",
    title="Gunmen abduct 25 students in Zamfara",
)
MARU_2 = article(
    "maru-2",
    "2025-11-15T08:00:00+01:00",
    "Lagos Evening Post",
    "maru-abduction",
    "Armed bandits kidnapped 25 pupils from a secondary school in Maru, Zamfara state, on Friday, the state "
    "government confirmed. Parents gathered at the school on Saturday demanding the rescue of their "
    "children.",
    title="Parents demand rescue of 25 kidnapped pupils",
)
MARU_1_COPY = syndicate(
    MARU_1,
    "maru-1-partner",
    "2025-11-14T12:00:00+01:00",
    "West Africa Partner",
    prefix="GUSAU, Nigeria (Sahel Wire) -- ",
    suffix=" (Sahel Wire)",
    edits=(("police said", "police told Sahel Wire"),),
)

KHARKIV_1 = article(
    "khk-1",
    "2025-11-11T08:20:00+02:00",
    "Eastern Europe Wire",
    "kharkiv-strike",
    "A Russian missile strike on a residential district of Kharkiv on Tuesday wounded 17 civilians, "
    "regional governor Oleh Syniehubov said. Rescuers pulled two children from the rubble of a damaged "
    "apartment block.",
    title="Russian missile strike wounds 17 in Kharkiv",
)
KHARKIV_2 = article(
    "khk-2",
    "2025-11-11T15:00:00+02:00",
    "Kyiv Morning",
    "kharkiv-strike",
    "Seventeen civilians were injured on Tuesday when Russian forces hit an apartment block in Kharkiv "
    "with a missile, emergency services said. Windows were blown out across several streets.",
    title="Seventeen hurt as missile hits Kharkiv apartments",
)

NAIROBI_1 = article(
    "nbi-1",
    "2025-11-06T16:00:00+03:00",
    "Example Wire",
    "nairobi-protest",
    "One protester was shot dead and at least 15 were injured on Thursday when Kenyan police fired tear gas "
    "and live rounds to disperse thousands of demonstrators marching on parliament in Nairobi against a new "
    "finance bill. Police arrested 40 people, the Interior Ministry said.",
    title="Protester shot dead as police disperse Nairobi march",
)
NAIROBI_1_COPY = syndicate(
    NAIROBI_1,
    "nbi-1-copy",
    "2025-11-06T18:30:00+03:00",
    "Kenya Partner Feed",
    prefix="NAIROBI (Example Wire) - ",
    suffix=" Copyright Example Wire 2025.",
    edits=(("at least 15", "at least fifteen"),),
    title="Kenya police kill protester in Nairobi",
)

NAIROBI_1_UPDATE = syndicate(
    NAIROBI_1,
    "nbi-1-update",
    "2025-11-06T21:00:00+03:00",
    "Example Wire",
    edits=(("One protester was shot dead", "Two protesters were shot dead"), ("at least 15", "at least 18")),
    title="Second protester dies as police disperse Nairobi march",
)

GOMA_1 = article(
    "goma-1",
    "2025-11-05T18:05:00+02:00",
    "Great Lakes Wire",
    "goma-clash",
    "Fighting between the Congolese army and M23 rebels north of Goma on Wednesday killed 12 fighters, a "
    "local official said. Residents fled towards the city as shells landed near Kibumba.",
    title="Fighting flares north of Goma",
)

ARTICLES = [
    QUETTA_1,
    QUETTA_2,
    QUETTA_3,
    QUETTA_1_COPY,
    QUETTA_1_COPY2,
    TURBAT_1,
    TURBAT_2,
    MOGADISHU_BOMB_1,
    MOGADISHU_BOMB_2,
    MOGADISHU_PROTEST,
    MARU_1,
    MARU_2,
    MARU_1_COPY,
    KHARKIV_1,
    KHARKIV_2,
    NAIROBI_1,
    NAIROBI_1_COPY,
    NAIROBI_1_UPDATE,
    PESHAWAR_1,
    GOMA_1,
]
INBOX_FIELDS = ("id", "published_at", "source", "title", "text", "url")
