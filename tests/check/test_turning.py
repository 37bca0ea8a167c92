"""A figure given as what one named before became (check/turning.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from factlint.check.turning import set_against, turned_spans, turns
from factlint.registry.model import MASKED_GAP

G = MASKED_GAP + "   "  # a masked figure


@pytest.mark.parametrize("text, turned", [
    (f"By the time the story reached WhatsApp groups in Caracas, that had become \"{G}\".", True),
    (f"a Brussels weekly turned that into less than {G}.", True),
    (f"By the time it reached a Dutch newsletter it had become \"{G}\", and a podcast rounded it to \"{G}\".", True),
    (f"In mijn LinkedIn-tijdlijn werd dat binnen een dag \"bijna {G}\".", True),
    (f"Een Nederlands vakblad maakte daar onlangs 'salarissen van {G}' van.", True),
    # "er … van" split around the figure stands for the one before (nd272-019); "er" alone says there were.
    (f"Een populaire LinkedIn-post maakte er {G} van.", True),
    (f"Er werden {G} van de tekstfragmenten afgekeurd.", False),
    (f"Op sociale media werd dat {G}.", True),
    # Shortened, exaggerated, simplified: a figure altered on its way.
    (f"Headlines tend to shorten it to \"up to {G}\".", True),
    (f"Krantenkoppen hebben dat ingekort tot \"tot {G}\".", True),
    (f"The figure was later shortened to {G}.", False),  # no word for the figure before: said, not turned
    # A clause after a verb of becoming is said, not turned: "It became clear that …".
    (f"It became clear that {G} of consumers want it.", False),
    (f"Het werd duidelijk dat {G} van de consumenten het wil.", False),
    # "er werden" says there were; a verb with no word for the figure before turns nothing.
    (f"Er werden {G} tekstfragmenten per dag voorgelegd.", False),
    (f"The company became profitable with {G} workers.", False),
    (f"Its revenue grew to {G} last year.", False),
    # The verb of another clause: "… die vaak naast dat onderzoek wordt aangehaald, komt ook op …".
    (f"Een studie die vaak naast dat onderzoek wordt aangehaald, komt ook op {G} uit.", False),
    # Converted into another currency or period, a figure before is given again: "Omgerekend is dat …".
    (f"Omgerekend is dat nog geen {G}.", True),
    (f"Converted, that is about {G}.", True),
    (f"Earning about {G}, per Casilli's fieldwork – roughly {G} at today's exchange rate.", True),
    (f"Tegen de huidige wisselkoers is dat zo'n {G}.", True),
    # Not a conversion with nothing before it to convert, nor a rate of exchange itself.
    (f"The exchange rate fell by {G} last year.", False),
    (f"Omgerekend verdienen de werkers {G}.", False),
])
def test_turns(text, turned):
    assert turns(text) is turned


def test_the_turned_span_runs_from_the_clause_to_the_figure():
    text = f"Time wrote that they earned less than {G}; a Brussels weekly turned that into less than {G}."
    (a, b), = turned_spans(text)
    assert text[a:b].strip() == "a Brussels weekly turned that into less than"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab turned that into werd dat .;  \"")), max_size=300))
def test_spans_lie_inside_the_text_and_never_raise(text):
    for a, b in turned_spans(text):
        assert 0 <= a <= b <= len(text)


@pytest.mark.parametrize("text, against", [
    (f"The World Bank puts it at {G} people (not {G}, as a podcast claimed).", True),
    (f"Time counted {G} passages a day, not {G} as one post had it.", True),
    (f"Ze lazen {G} tekstfragmenten per dag, en niet {G} zoals in een post stond.", True),
    (f"Moderators earned {G} — not {G}, as the union says — Time reported.", True),
    # No figure before it in its sentence, or another word before the negation: no figure set against.
    (f"Not {G} people do this work, but far more.", False),
    (f"Time counted {G} passages. Not {G}, as one post had it.", False),
    (f"They earned {G}, but not {G} a month as promised.", True),
    (f"They earned {G}, though certainly not {G} a month.", False),
])
def test_set_against(text, against):
    at = text.rindex(G)
    assert set_against(text, at) is against
