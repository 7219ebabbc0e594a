"""Tests for pipeline/extract/casualty_rumours.py: figures a later sentence of their paragraph calls rumours.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.casualty_helpers import killed, mentions


def test_figures_called_rumours_after_them_are_denied() -> None:
    """'Six porters were hacked to death ... All this turned out to be rumours': no deaths, each figure denied."""
    body = ("Six porters were hacked to death near the ferry on Monday. Two shops were looted and a guard was "
            "wounded. All this turned out to be rumours spread on messaging apps.")
    assert [(m.category, m.status) for m in mentions(body)] == [("killed", "denied"), ("injured", "denied")]
    assert killed(body) == 0


@pytest.mark.parametrize(
    "body",
    [
        # a later paragraph calls other things rumours
        "Six porters were hacked to death near the ferry on Monday.\n\nThese were only rumours, the mayor said of "
        "reports that the bridge had collapsed.",
        # "true" confirms
        "Six porters were hacked to death near the ferry on Monday. This was true, the police confirmed.",
        # the rumours are named before the figures, which are news of their own
        "Rumours spread fast in the market. Six porters were hacked to death near the ferry on Monday.",
    ],
)
def test_figures_not_called_rumours_stand(body: str) -> None:
    """Rumours of another paragraph, a confirmation or rumours told before the figure deny nothing."""
    assert killed(body) == 6


def test_none_of_it_true_denies_the_figures_before() -> None:
    """'None of this was true': the figures told before it in its paragraph are denied."""
    assert killed("Six porters were hacked to death near the ferry on Monday. None of this was true, the district "
                  "magistrate said later.") == 0
