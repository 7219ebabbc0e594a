"""A small inbox of articles written for the distributed-engine test (no gold data).

It holds what makes a run non-trivial across shards: a syndicated exact copy and a near
copy of one story, a rising toll reported twice, unrelated incidents in several countries,
an undated record, and two records the ingest quarantines (a cut JSON line and a record
without text), spread over a JSON Lines file and a CSV file.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

BLAST = (
    "A car bomb exploded outside a police station in the northern Iraqi city of Kirkuk on Tuesday, "
    "killing six police officers and wounding 14 civilians, a provincial health official said. "
    "No group immediately claimed the attack."
)
RECORDS: list[dict[str, object]] = [
    {"id": "d-01", "title": "Car bomb kills six police in Kirkuk", "source": "Test Wire",
     "published_at": "2025-09-02T10:00:00Z", "text": BLAST},
    {"id": "d-02", "title": "Kirkuk blast kills six officers", "source": "Test Daily",
     "published_at": "2025-09-02T12:30:00Z", "text": BLAST},
    {"id": "d-03", "title": "Six police die in Kirkuk car bombing", "source": "Test Herald",
     "published_at": "2025-09-02", "text": "KIRKUK, Iraq -- " + BLAST.replace("wounding 14", "injuring 14")},
    {"id": "d-04", "title": "Clashes in Beni leave nine dead", "source": "Test Wire",
     "published_at": "2025-09-03", "text": "Fighting between Congolese soldiers and ADF rebels near Beni in "
     "North Kivu province killed nine people on Wednesday, the army said. Four soldiers were among the dead."},
    {"id": "d-05", "title": "Beni toll rises to 15", "source": "Test Wire",
     "published_at": "2025-09-05", "text": "The death toll from Wednesday's clashes between the army and ADF "
     "rebels near Beni in North Kivu has risen to 15, a local official said on Friday."},
    {"id": "d-06", "title": "Drone strike hits market in Sudan", "source": "Test Daily",
     "published_at": "2025-09-04", "text": "A drone strike on a crowded market in El Obeid in North Kordofan "
     "killed 11 civilians on Thursday, activists said, blaming the Rapid Support Forces."},
    {"id": "d-07", "title": "Protesters injured in Dhaka", "source": "Test Herald",
     "published_at": "2025-09-06", "text": "Police fired tear gas and rubber bullets at student protesters "
     "in Dhaka on Saturday, injuring at least 30 people, witnesses said."},
    {"id": "d-08", "title": "Gunmen kidnap traders in Katsina", "source": "Test Daily",
     "published_at": "2025-09-07", "text": "Armed bandits abducted 12 traders on a highway in Katsina state "
     "in northwest Nigeria on Sunday and killed their driver, police said on Monday."},
    {"id": "d-09", "title": "Shelling kills two in Kherson", "source": "Test Wire",
     "text": "Russian shelling killed two civilians and wounded five in the city of Kherson, the regional "
     "governor said."},
]
CSV_RECORDS: list[dict[str, object]] = [
    {"id": "c-01", "title": "Militants attack army post in Burkina Faso", "source": "Test Feed",
     "published_at": "2025-09-08", "text": "Jihadist militants attacked an army post near Djibo in northern "
     "Burkina Faso on Monday, killing 17 soldiers, security sources said."},
    {"id": "c-02", "title": "Airstrike in Idlib", "source": "Test Feed", "published_at": "2025-09-09",
     "text": "An airstrike on a village in Idlib province killed four members of one family on Tuesday, "
     "rescue workers said."},
    {"id": "c-03", "title": "A record without text", "source": "Test Feed", "published_at": "2025-09-09",
     "text": ""},
]


def write_inbox(folder: Path) -> Path:
    """Write the inbox into `folder` (created) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(record) for record in RECORDS]
    lines.insert(4, '{"id": "cut", "text": "Two soldiers were')  # a line cut in the middle
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(folder / "feed.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "title", "source", "published_at", "text"])
        writer.writeheader()
        writer.writerows(CSV_RECORDS)
    return folder
