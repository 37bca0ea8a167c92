"""Mentions (check/mentions.py): which figures of a draft are checked, with their sentence.

The heading rule: a bare count that opens a heading counts the text's own parts and is no figure (SPEC §3, "Not
figures"); a heading that states a quantity keeps it.
"""

from __future__ import annotations

import pytest

from factlint.check.mentions import scan

# (draft, the figures' texts)
HEADINGS = [
    ("# Two cycling capitals\n\nAmsterdam and Copenhagen lead.\n", []),
    ("## Three ways to pay click workers fairly\n\nStart with contracts.\n", []),
    ("## 5 lessons from Nairobi\n\nThe riders held out for 19 days and won a 6% raise.\n", ["19", "6%"]),
    ("## Vier lessen uit de staking\n\nDe bezorgers legden het werk neer.\n", []),
    ("## 2 million workers left out\n\nThe rules exclude freelancers.\n", ["2 million"]),
    ("## Two million Filipinos do click work\n", ["Two million"]),
    ("## Over 60% of cobalt comes from Congo\n", ["60%"]),
    ("## Over 60 workers quit\n", ["60"]),  # a qualifier states a quantity
    ("## 12,000 workers walked out\n", ["12,000"]),  # more than a text has parts
    ("## $5 an hour for three lessons\n", ["$5 an hour", "three"]),  # only a count that opens the heading
    ("Two cycling capitals lead Europe.\n", ["Two"]),  # a paragraph keeps its count
    ("- 5 lessons from Nairobi\n", ["5"]),  # so does a list item
]


@pytest.mark.parametrize(("draft", "figures"), HEADINGS, ids=[h[0].split("\n")[0] for h in HEADINGS])
def test_a_heading_counting_its_own_parts_holds_no_figure(draft: str, figures: list[str]) -> None:
    assert [occ.figure.text for occ in scan(draft)] == figures
