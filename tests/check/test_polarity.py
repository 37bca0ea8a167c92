"""Whether a statement denies its figure (check/polarity.py), and the verdicts that follow from it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from factlint.check.engine import Engine, check_text
from factlint.check.polarity import denies
from factlint.registry.load import load_registry
from factlint.registry.model import MASKED_GAP

ROOT = Path(__file__).resolve().parents[2]
G = MASKED_GAP + "   "  # a masked figure


def _denies(text: str, lang: str = "en") -> bool:
    at = text.index(G)
    return denies(text, at, at + len(G), lang)


@pytest.mark.parametrize("text, lang, denied", [
    # A negation of the figure's clause, before it or in its predicate after it.
    (f"The DRC does not produce {G} of the world's cobalt, the ministry insists.", "en", True),
    (f"Kenyan moderators for ChatGPT were not paid less than {G}, OpenAI said.", "en", True),
    (f"Adobe found that {G} of consumers do not want brand experiences personalized.", "en", True),
    (f"It is not true that {G} of consumers want personalised brand experiences.", "en", True),
    (f"Computer scientist Jeroen Baert doesn't think AI will reach {G} perfection.", "en", True),
    (f"Ik denk niet dat AI-technologie {G} perfectie zal bereiken", "nl", True),
    (f"Het zijn niet {G} Filipino's die klikwerk doen.", "nl", True),
    (f"Volgens de regering klopt het niet dat {G} Filipino's klikwerk doen.", "nl", True),
    # A bound's own words ("not more than" is the language's), not a denial; a bound denied otherwise is one.
    (f"Kenyan workers earned not more than {G} an hour.", "en", False),
    (f"Ze kregen niet meer dan {G} per uur.", "nl", False),
    (f"Ze kregen nog geen {G} per uur.", "nl", False),
    (f"Congo produceert niet ruim {G} van het kobalt ter wereld.", "nl", True),
    (f"Kenyan workers earned not even {G} an hour.", "en", False),
    # A comparison denied is no denial of the figure compared with (nd360-024).
    (f"Het werk is vaak niet ingewikkelder dan de beruchte reCAPTCHA-test met zijn {G} afbeeldingen.", "nl", False),
    (f"The work is not harder than the reCAPTCHA test with its {G} images.", "en", False),
    (f"The work is not much harder than the reCAPTCHA test with its {G} images.", "en", False),
    (f"The DRC does not produce {G} of the world's cobalt, more than Zambia does.", "en", True),
    (f"Sama said its moderators were not paid less than the {G} an hour Time reported.", "en", True),  # (review-99)
    # Not a name, a phrase or a verb the negation turns: "not only", "not Zambia", "not the researchers", "not for".
    (f"Not only in Kenya, workers earned less than {G}.", "en", False),
    (f"It is the DRC and not Zambia that produces over {G} of the world's cobalt.", "en", False),
    (f"Het is Congo, niet Rwanda, dat ruim {G} van het kobalt levert.", "nl", False),
    (f"Those somebodies are not the AI researchers paid {G} salaries in Silicon Valley.", "en", False),
    (f"En dan hebben we het nog niet over de {G} klikwerkers elders.", "nl", False),
    (f"How not to label {G} photos.", "en", False),
    (f"The Respondent does not dispute the finding that data workers earned about {G}.", "en", False),
    (f"Maar laten we niet vergeten dat er {G} mensen nodig zijn.", "nl", False),
    (f"Critics on the left cannot dismiss AI when {G} people use it.", "en", False),
    (f"Don't expect a {G} salary; that is for the AI researchers.", "en", False),
    # Not another clause: before it, after its conjunction or relative; after it, beyond its predicate.
    (f"Workers got no breaks and did not complain, but were paid less than {G} an hour.", "en", False),
    (f"Kenyan workers, who did not have a union, were paid less than {G} an hour.", "en", False),
    (f"Kenyan workers were paid less than {G} an hour and did not get breaks.", "en", False),
    (f"Pick the traffic lights out of {G} images to prove you are not a robot.", "en", False),
    (f"The DRC produces over {G} of the world's cobalt.", "en", False),
    # Each language's own words: Dutch "of" and "want" open clauses, English "of" and "want" do not.
    (f"Adobe found that {G} of consumers do not want it.", "en", True),
    # A subject that is no one denies the clause; a phrase's "no" does not.
    (f"No company has ever bought {G} animal photos, Baert says.", "en", True),
    (f"Nowhere near more than {G} Filipinos do click work, the government now says.", "en", True),
    (f"Workers with no contract in Kenya earned less than {G} an hour.", "en", False),
    (f"No more than {G} of consumers want it.", "en", False),
    (f"None of the Kenyan moderators for OpenAI were paid less than {G}, Sama says.", "en", True),
    (f"No Kenyan moderator for OpenAI was paid less than {G}, Sama insists.", "en", True),
    (f"No wonder Kenyan moderators burned out reading {G} text passages a day.", "en", False),
    (f"Sama offered no explanation for why Kenyan moderators were paid less than {G}.", "en", False),
    (f"OpenAI gave its Kenyan moderators no benefits beyond pay of less than {G}.", "en", False),
    (f"Nobody disputes that the DRC produces over {G} of the world's cobalt.", "en", False),
    # nd208-012: a subject that is no one before a modal states a norm, no denial.
    (f"Nobody should have to read {G} passages of abuse a day, as the Kenyan moderators did for ChatGPT.", "en", False),
    (f"No company should pay its moderators less than {G} an hour.", "en", False),
    # A reply's "No" set off by a typed dash answers what came before; its clause ends there (nd349-001).
    (f"No -- the World Bank range is {G}, you've flipped the digits.", "en", False),
    (f"Nee -- de Wereldbank schat {G} mensen.", "nl", False),
    # ... and an aside between two dashes leaves the clause going on past it (review-96).
    (f"It is not true -- as some bloggers claim -- that the DRC produces {G} of the world's cobalt.", "en", True),
    (f"The moderators were never — as OpenAI later implied — paid less than {G} an hour.", "en", True),
    (f"Kenya's moderators were not paid well -- less than {G} an hour.", "en", False),
    # ... not when a subject of its own opens the clause after the aside (review-97).
    (f"No -- that is the point -- Kenyan workers for OpenAI were paid less than {G} an hour.", "en", False),
    (f"Prices did not fall — far from it — the DRC still produces {G} of the world's cobalt.", "en", False),
    # Review (helper-266): "need" denies an obligation; it states no norm.
    (f"Nobody needs to read {G} text passages a day, the Kenyan moderators for OpenAI were told.", "en", True),
    # Review (helper-267): a comparison after the figure that says it was so affirms it.
    (f"Nobody must be made to read {G} text passages of abuse a day, as the Kenyan moderators for OpenAI were.", "en",
     False),
    (f"Nobody needs to be paid less than {G} an hour, as the Kenyan moderators for OpenAI were.", "en", False),
    (f"None other than Time reported that Kenyan moderators were paid less than {G}.", "en", False),
])
def test_denies(text, lang, denied):
    assert _denies(text, lang) is denied


def test_a_claim_s_quote_denies_by_a_word_of_its_meaning_too():
    text = f"Maar er zijn andere toepassingen waarin {G} onaanvaardbaar is."
    at = text.index(G)
    assert denies(text, at, at + len(G), "nl", meaning=True)
    assert not denies(text, at, at + len(G), "nl")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", " ", "not", "niet", "don't", "to", "the", "of", ",", ".", ";", "Zambia",
                                  "more", "than", G]), max_size=120).map("".join),
       st.sampled_from(["en", "nl", "xx"]))
def test_never_raises(text, lang):
    at = text.find(G)
    if at >= 0:
        assert denies(text, at, at + len(G), lang) in (True, False)


def test_a_clause_is_read_within_bounds_of_the_figure():
    # A paragraph of masked figures and negations: each figure reads a bounded stretch around it.
    small = f"They do not say {G} " * 200
    large = small * 20
    start = time.process_time()
    for k in range(0, len(small), len(small) // 50):
        denies(small, k, k + 1, "en")
    short = time.process_time() - start
    start = time.process_time()
    for k in range(0, len(large), len(large) // 50):
        denies(large, k, k + 1, "en")
    assert time.process_time() - start < 20 * short + 0.5  # the same number of figures: not the text's length


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.build(load_registry(ROOT / "claims", ROOT))


@pytest.mark.parametrize("text, status, claim", [
    # A draft that denies what its claim says conflicts with it (each was supported).
    ("The DRC does not produce 60% of the world's cobalt, the ministry insists.\n", "conflicting", "drc-cobalt-share"),
    ("Kenyan moderators for ChatGPT were not paid less than $2 an hour, OpenAI said.\n", "conflicting", None),
    ("Adobe found that 77% of consumers do not want brand experiences personalized to their needs.\n", "conflicting",
     "adobe-personalization"),
    ("It is not true that 77% of consumers want personalised brand experiences, Adobe now says.\n", "conflicting",
     "adobe-personalization"),
    ("Het zijn niet 2 miljoen Filipino's die klikwerk doen, zegt de Filipijnse overheid.\n", "conflicting",
     "philippines-click-workers"),
    # A bound denied is the other bound: at most 60 percent is not over 60 percent; at most $2 is under $2.
    ("Congo produceert niet ruim 60 procent van het kobalt ter wereld.\n", "conflicting", "drc-cobalt-share"),
    ("Kenyan moderators for ChatGPT were not paid more than $2 an hour, Time reported.\n", "supported", None),
    # A claim that denies is restated by a draft that denies.
    ("Jeroen Baert does not think AI technology will ever reach 100 percent perfection.\n", "supported",
     "ai-not-100-percent-perfect"),
    # The negation of a verb that turns it, or of another phrase, leaves the figure as the source says it.
    ("The employer does not dispute the finding of Antonio Casilli that full-time data workers in Madagascar earned "
     "about €90–100 a month.\n", "supported", "madagascar-monthly-pay"),
])
def test_a_draft_denying_its_claim_s_figure_conflicts(engine, text, status, claim):
    checked, _ = check_text(text, engine)
    verdict = checked[-1].verdict
    assert verdict.status == status
    if claim:
        assert verdict.claim is not None and verdict.claim.id == claim
    if status == "conflicting" and "denies" in verdict.message:
        assert "the draft denies what the source says" in verdict.message


# The review's drafts (helper-257): a negation, a future, a forecast noun or a bound's words that are not the figure's.
# Each figure restates its claim and stays supported.
REVIEWED = [
    # p1_en
    ("Most readers don't know that the Democratic Republic of Congo produces over 60% of the world's "
     'cobalt, much of it mined by children.\n'),
    # p1_nl
    ('Het is niet verwonderlijk dat Congo ruim 60 procent van het kobalt ter wereld produceert.\n'),
    # p2_en
    ('It is not surprising that 77% of consumers want brand experiences to be personalized to their '
     'needs, according to a recent Adobe study.\n'),
    # p2_nl
    ('Veel lezers wisten niet dat de Filipijnse overheid schat dat meer dan 2 miljoen mensen in het land '
     'betrokken zijn bij klikwerk.\n'),
    # p3_en
    ('I had never realised that AI data labelers are paid as little as $1.46 an hour after tax.\n'),
    # p3_nl
    ('Het is niet enkel zo dat 77 procent van de consumenten gepersonaliseerde merkervaringen wil, zo '
     'bleek uit onderzoek van Adobe.\n'),
    # p4_en
    ('The Kenyan moderators who were paid less than $2 an hour did not get health insurance, Time '
     'reported.\n'),
    # p5_en
    ("It's not just that 77% of consumers want brand experiences personalized to their needs, as an Adobe "
     'study found.\n'),
    # p6_en
    ("Being paid less than $2 an hour didn't stop Kenyan moderators from organising.\n"),
    # q5_en
    ("Most Kenyan moderators say they weren't told in advance that they would read 150 text passages a "
     'day.\n'),
    # s2_en
    ('Kenyan moderators read not less than 150 text passages a day for less than $2 an hour.\n'),
    # m1_en
    ('Ask any data labeler in Kenya and they will tell you they were paid less than $2 an hour.\n'),
    # m1_nl
    ('Congo zal dan wel ruim 60 procent van het kobalt ter wereld produceren, de mijnwerkers zien daar '
     'weinig van terug.\n'),
    # m2_en
    ('A data labeler recruited from an impoverished population will typically be paid as little as $1.46 '
     'an hour after tax.\n'),
    # m3_en
    ("Kenyan workers on OpenAI's labelling projects were paid less than $2 an hour, Time reported.\n"),
    # m4_en
    ('Annotators who help models predict the next word are paid as little as $1.46 an hour after tax.\n'),
    # f1_en
    ('**Target group:** between 150 million and 430 million people do data work, according to a World '
     'Bank estimate.\n'),
    # f1_nl
    ('Vergeet de prognoses, dit zijn de feiten van nu:\n\n- Congo produceert ruim 60 procent van het kobalt '
     'ter wereld.\n- Volgens de Wereldbank werken er 100 tot wel 400 miljoen mensen in deze industrie.\n'),
    # f2_en
    ("| Target | Finding |\n|---|---|\n| Cobalt supply chains | The DRC produces over 60% of the world's "
     'cobalt |\n| Adobe | 77% of consumers want brand experiences personalized to their needs, an Adobe '
     'study found |\n'),
    # f3_en
    ("The projections get the headlines, but these are today's numbers:\n\n- Between 150 million and 430 "
     'million people do data work, according to a World Bank estimate.\n- The DRC produces over 60% of the '
     "world's cobalt.\n"),
    # s1_en
    ('No more than 77% of consumers want brand experiences personalized to their needs, an Adobe study '
     'found.\n'),
    # s1_nl
    ('Keniaanse moderatoren kregen niet minder dan 150 tekstfragmenten per dag voorgelegd, voor minder '
     'dan 2 dollar per uur.\n'),
    # s2_nl
    ('Uit onderzoek van Adobe blijkt dat niet meer dan 77 procent van de consumenten gepersonaliseerde '
     'merkervaringen wil.\n'),
    # s3_en
    ('Kenyan moderators read no fewer than 150 text passages a day for less than $2 an hour.\n'),
]


@pytest.mark.parametrize("text", REVIEWED)
def test_the_review_s_drafts_stay_supported(engine, text):
    checked, _ = check_text(text, engine)
    assert checked and all(c.verdict.status == "supported" for c in checked)
