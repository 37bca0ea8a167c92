"""Whether a statement gives its figure as a forecast or a supposition (check/mood.py), and the verdicts that follow."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from factlint.check.engine import Engine, check_text
from factlint.check.mood import forecasts, supposes
from factlint.registry.load import load_registry
from factlint.registry.model import MASKED_GAP

ROOT = Path(__file__).resolve().parents[2]
G = MASKED_GAP + "   "  # a masked figure


@pytest.mark.parametrize("text, lang, supposed", [
    # The future of the figure's own clause, a verb of forecasting, a supposition opening it.
    (f"Analysts forecast that the DRC will produce over {G} of the world's cobalt by 2030.", "en", True),
    (f"By 2035, between {G} people will do data work, the World Bank projects.", "en", True),
    (f"Within five years, {G} of people will use AI-based applications.", "en", True),
    (f"Suppose {G} of consumers wanted personalised brand experiences.", "en", True),
    (f"Tegen 2030 zal Congo ruim {G} van het kobalt ter wereld produceren.", "nl", True),
    (f"Analisten voorspellen dat Congo ruim {G} van het kobalt levert.", "nl", True),
    # Not the future of another clause: "Investors will remember Time's reporting that …" is the reporting's past.
    (f"Investors will remember Time's reporting that the Kenyan workers were paid less than {G}.", "en", False),
    # Not the conditional, mostly reported or said of who claims it; nor "if", whose clause is often a premise; nor
    # "expect", mostly wanting ("consumers expect brands to tailor …").
    (f"The market also decided that Congo would dig well over {G} of the world's cobalt.", "en", False),
    (f"Volgens de Wereldbank zou het gaan om {G} mensen.", "nl", False),
    (f"If tech companies can pay AI researchers {G} salaries, they can pay the people who label their data.", "en",
     False),
    (f"A recent Adobe study found that {G} of consumers expect brand experiences tailored to their needs.", "en", False),
    (f"The DRC produces over {G} of the world's cobalt.", "en", False),
    # Not a condition: its clause states a premise as often ("If 77% of consumers want …, as Adobe found, brands would
    # be foolish to ignore them"; a rule for "if … would" was tried and dropped after a review).
    (f"If {G} of consumers want it, as Adobe found, brands would be foolish to ignore them.", "en", False),
    (f"Als grootste producent levert Congo meer dan {G} van het kobalt, wat een boycot riskant zou maken.", "nl",
     False),
])
def test_supposes(text, lang, supposed):
    at = text.index(G)
    assert supposes(text, at, at + len(G), lang) is supposed


@pytest.mark.parametrize("above, forecast", [
    (("Targets for 2030",), True),
    (("Forecast for 2035",), True),
    (("Forecasts:",), True),
    (("Target group:",), False),
    (("The projections get the headlines, but these are today's numbers:",), False),
    (("Vergeet de prognoses, dit zijn de feiten van nu:",), False),
    (("2030 (target)",), True),
    (("Prognose voor 2030",), True),
    (("People doing data work", "World Bank"), False),
    (("Doelstellingen",), False),  # a study's objectives, no target figures
    # A forecast noun before its own sum heads nothing after it: the list under this lead states facts.
    (("Greyharbor raised its rating on Lumora and lifted its price target to $48 from $35, arguing that …",), False),
    (("Het koersdoel gaat naar 52 euro, schrijft de analist:",), False),
    (("Targets to 2030:",), True),  # a year after the link: the targets of that year
    (("Forecasts for 12 months:",), True),  # a span of time, no sum of the noun's own (review-71)
    (("Prognose voor 5 jaar:",), True),
])
def test_forecasts(above, forecast):
    assert forecasts(*above) is forecast


def test_a_table_header_names_a_forecast_only_with_what_it_heads():
    assert forecasts(headers=("Forecast for 2035", "People doing data work"))
    assert not forecasts(headers=("Target", "Finding"))  # a column of what a campaign targets


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", " ", "will", "zal", "that", "dat", "suppose", "forecast", ",", ".", G]),
                max_size=120).map("".join), st.sampled_from(["en", "nl", "xx"]))
def test_never_raises(text, lang):
    at = text.find(G)
    if at >= 0:
        assert supposes(text, at, at + len(G), lang) in (True, False)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.build(load_registry(ROOT / "claims", ROOT))


@pytest.mark.parametrize("text, status", [
    # A forecast or a supposition of a figure its claim states as a fact restates no claim (each was supported).
    ("Analysts forecast that the DRC will produce over 60% of the world's cobalt by 2030.\n", "unsourced"),
    ("By 2035, between 150 million and 430 million people will do data work, the World Bank projects.\n", "unsourced"),
    ("Tegen 2030 zal Congo ruim 60 procent van het kobalt ter wereld produceren, verwachten analisten.\n", "unsourced"),
    ("Suppose 77% of consumers wanted personalised brand experiences, as Adobe's sales team claims.\n", "unsourced"),
    # A claim said of the future is restated in the future.
    ("Jeroen Baert does not think AI technology will ever reach 100 percent perfection.\n", "supported"),
    ("The DRC produces over 60% of the world's cobalt.\n", "supported"),
    # So are the figures under a list lead-in or a table header that names a forecast or a target.
    ("## Targets for 2030\n\n- People in the Philippines involved in click work: more than 2 million\n", "unsourced"),
    ("| Forecast for 2035 | People doing data work |\n| --- | --- |\n| World Bank | 150 million–430 million |\n",
     "unsourced"),
    ("| Year | Hourly pay of OpenAI's Kenyan moderators |\n| --- | --- |\n| 2030 (union target) | less than $2 |\n",
     "unsourced"),
    # Not a headline over paragraphs: a news headline's "forecast" is news.
    ("# Voltanis cuts its forecast as cobalt costs bite\n\nThe Democratic Republic of Congo, which mines more than 60% of "
     "the world's cobalt, extended export quotas this year.\n", "supported"),
])
def test_a_forecast_restates_no_claim_of_a_fact(engine, text, status):
    checked, _ = check_text(text, engine)
    verdict = checked[-1].verdict
    assert verdict.status == status
    if status == "unsourced":
        assert "forecast or a supposition" in verdict.message
