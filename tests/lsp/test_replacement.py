""""Replace with what the source says": the source's figure in the draft's words, language and style."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.check.draft import check_draft
from factlint.lsp.replacement import replacement
from factlint.registry.cache import prepared

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def engine():
    return prepared(ROOT / "claims", ROOT)


@pytest.mark.parametrize("sentence, lang, text, new", [
    ("Data labelers recruited from impoverished populations are paid as little as $1.64 an hour after tax.",
     "en", "$1.64 an hour", "$1.46 an hour"),
    ("Klikwerkers worden betaald zo weinig als 1,64 dollar per uur na belasting.", "nl", "1,64 dollar per uur",
     "1,46 dollar per uur"),  # the decimal comma kept
    ("A recent World Bank estimate puts the number of people who annotate images, text and audio for AI at "
     "between 150 million and 340 million.", "en", "150 million and 340 million", "150 million and 430 million"),
    ("A recent World Bank estimate puts the number of people who annotate images, text and audio for AI at "
     "400 million.", "en", "400 million", "150–430 million"),  # one value picked from a range: the range
    ("In Madagascar verdienen datawerkers 80 tot 100 euro per maand.", "nl", "80 tot 100 euro per maand",
     "90 tot 100 euro per maand"),
    ("The Democratic Republic of Congo produces over 70% of the world's cobalt.", "en", "70%", "60%"),
    ("The Philippine government estimates that more than 3 million people in the country do this click work.",
     "en", "3 million", "2 million"),
])
def test_a_value_conflict_is_replaced_in_the_drafts_style(engine, sentence, lang, text, new):
    [f] = [f for f in check_draft(sentence + "\n", engine, path="d.md", explain=True).findings if f.text == text]
    assert f.status == "conflicting" and replacement(f, lang) == new


def test_a_scope_conflict_offers_no_replacement(engine):
    # The figure may be true of Zambia: the source says it of the DRC, so no value is "what the source says".
    [f] = check_draft("Zambia produces over 60% of the world's cobalt.\n", engine, path="d.md").findings
    assert f.status == "conflicting" and f.match is not None and f.match.difference is not None
    assert replacement(f, "en") is None


@pytest.mark.parametrize("sentence", [
    "The Philippine government estimates that more than 2 million people in the country do this click work.",
    "Our survey says 35% of readers like it.",
])
def test_only_a_conflicting_figure_is_replaced(engine, sentence):
    [f] = check_draft(sentence + "\n", engine, path="d.md").findings
    assert f.status in ("supported", "unsourced") and replacement(f, "en") is None
