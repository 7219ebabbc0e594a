"""MinHash signatures and LSH linking of near-duplicate bodies."""

from __future__ import annotations

import subprocess
import sys

import numpy as np

from pipeline.dedup.near import MIN_SHINGLES, SIMILARITY_THRESHOLD, link_near_duplicates, similarity
from pipeline.dedup.signatures import NUM_PERM, signatures

STORY = (
    "Heavy rain and landslides cut the only road to the mountain town of Saravan on Thursday, stranding "
    "hundreds of trucks, district officials said. Engineers expect to reopen one lane by Saturday if the "
    "weather clears. Shops in the town reported shortages of flour and fuel, and the provincial disaster "
    "agency said it would send supplies by helicopter."
)
COPY = (
    "SARAVAN (Regional Wire) - "
    + STORY.replace("district officials said", "officials told reporters").replace("by helicopter", "by air")
    + " Copyright Regional Wire. All rights reserved. Read more news."
)
OTHER = (
    "The city council of Saravan approved a new budget for schools on Thursday after a long debate, "
    "officials said. The plan adds two classrooms to the main secondary school and pays for a bus that will "
    "bring pupils from outlying villages. Opposition members said the money should have gone to roads."
)


def test_copy_with_other_boilerplate_and_edits_is_similar() -> None:
    """A syndicated copy with a dateline, a footer and two edits scores above the threshold; another story on
    the same town from the same day scores far below it."""
    _, matrix = signatures([STORY, COPY, OTHER])
    assert similarity(matrix[0], matrix[1]) >= SIMILARITY_THRESHOLD + 0.1
    assert similarity(matrix[0], matrix[2]) < 0.2


def test_copies_link_to_the_canonical_row_never_to_a_copy() -> None:
    """Two copies of one story both point at the first row; the unrelated story stays canonical."""
    second_copy = STORY.replace("hundreds of trucks", "hundreds of lorries") + " Follow us for updates."
    sizes, matrix = signatures([STORY, COPY, OTHER, second_copy])
    links = link_near_duplicates(matrix, np.array(sizes))
    assert {(link.row, link.canonical_row) for link in links} == {(1, 0), (3, 0)}
    assert all(SIMILARITY_THRESHOLD <= link.similarity <= 1.0 for link in links)


def test_copies_published_weeks_apart_are_not_linked() -> None:
    """A body reused in a follow-up weeks later is not called a syndicated copy."""
    sizes, matrix = signatures([STORY, COPY])
    assert link_near_duplicates(matrix, np.array(sizes), np.array([19000.0, 19030.0])) == []
    assert len(link_near_duplicates(matrix, np.array(sizes), np.array([19000.0, 19001.0]))) == 1


def test_short_bodies_are_left_to_exact_matching() -> None:
    """Bodies with fewer than MIN_SHINGLES shingles are never near-linked, however alike."""
    sizes, matrix = signatures(["Police said two men were held.", "Police said two men were held today."])
    assert max(sizes) < MIN_SHINGLES
    assert link_near_duplicates(matrix, np.array(sizes)) == []


def test_signatures_are_the_same_in_another_process() -> None:
    """Shard workers are separate processes: the signature of a body must not depend on the process."""
    code = f"from pipeline.dedup.signatures import signatures; print(signatures([{STORY!r}])[1][0].tolist())"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    _, matrix = signatures([STORY])
    assert other.stdout.strip() == str(matrix[0].tolist())
    assert matrix.shape == (1, NUM_PERM)
