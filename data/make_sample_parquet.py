"""Regenerate data/sample/export.parquet, the sample inbox's Parquet file, from the rows below.

    .venv/bin/python data/make_sample_parquet.py
"""

from pathlib import Path

import polars as pl

ROWS = [
    {
        "id": 5001,
        "url": "https://example.org/export/5001",
        "title": "Russian shelling wounds 17 in Kharkiv",
        "source": "Example Export",
        "published_at": "2025-11-11T08:20:00+02:00",
        "text": "Russian forces shelled a residential district of Kharkiv overnight, wounding 17 people, "
        "among them two children, regional governor Oleh Syniehubov said on Tuesday. Ukraine's air force "
        "said it had shot down 40 of the 52 drones launched at the country overnight.",
    },
    {
        "id": 5002,
        "url": "https://example.org/export/5002",
        "title": "Clashes between ELN and FARC dissidents leave eight dead in Colombia",
        "source": "Example Export",
        "published_at": "2025-11-12",
        "text": "Fighting between National Liberation Army (ELN) guerrillas and FARC dissidents killed eight "
        "fighters in the Catatumbo region of Norte de Santander, Colombia, on Monday, the army said. "
        "Between 300 and 400 residents were displaced, according to the ombudsman's office.",
    },
]

if __name__ == "__main__":
    pl.DataFrame(ROWS).write_parquet(Path(__file__).parent / "sample" / "export.parquet")
