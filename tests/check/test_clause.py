"""The clause a figure stands in (check/clause.py)."""

from __future__ import annotations

import pytest

from factlint.check.clause import clause_of
from factlint.registry.model import MASKED_GAP

G = MASKED_GAP + "   "  # a masked figure


@pytest.mark.parametrize("text, lang, opener, before, after", [
    # From a stop, a comma or an opener to the figure, and from it to a stop, a comma or an opener.
    (f"Workers got no breaks, but were paid less than {G} an hour and did not complain.", "en", "but",
     ("were", "paid", "less", "than"), ("an", "hour")),
    (f"It is not true that {G} of consumers want it.", "en", "", ("it", "is", "not", "true", "that"),
     ("of", "consumers", "want", "it")),
    # Each language's own openers: Dutch "of" opens a clause, English "of" does not.
    (f"Ze vroeg of {G} mensen dat werk doen.", "nl", "of", (), ("mensen", "dat", "werk", "doen")),
    (f"Adobe found that {G} of consumers want it.", "en", "", ("adobe", "found", "that"), ("of", "consumers", "want", "it")),
])
def test_clause_of(text, lang, opener, before, after):
    at = text.index(G)
    clause = clause_of(text, at, at + len(G), lang)
    assert (clause.opener, clause.before, clause.after) == (opener, before, after)


def test_a_capital_is_remembered_for_a_name_denied():
    text = f"It is the DRC and not Zambia that produces over {G} of it."
    at = text.index(G)
    clause = clause_of(text, at, at + len(G), "en")
    assert clause.before[min(clause.capitalised)] == "zambia"
