"""SPEC §4: every row of the consistency table, and the status rules."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from factlint.extract import Figure, extract
from factlint.registry.load import Claim, load_registry
from factlint.check.engine import Engine, check_text
from factlint.check.verdicts import Candidate, compare, decide, describe, disagreement

M = 1e6


def fig(low, high=None, kind="count", unit=None, per=None, qualifier="exact", step=None):
    high = low if high is None else high
    if step is None:
        step = 1e6 if low >= 1e6 else (0.01 if not float(low).is_integer() else 1.0)
    return Figure("x", 0, 1, low, high, kind, unit, per, qualifier, step)


def usd(v, per="hour", qualifier="exact", step=0.01, unit="USD"):
    return fig(v, kind="money", unit=unit, per=per, qualifier=qualifier, step=step)


def pct(value, qualifier="exact", step=1.0):
    return fig(value, kind="percent", unit="%", qualifier=qualifier, step=step)


PAY = usd(1.46, qualifier="min")
WORKERS = fig(150 * M, 430 * M, unit="people")
PHILIPPINES = fig(2 * M, unit="people", qualifier="min")
SIX_FIGURE = fig(1e5, 999999, kind="money")

TABLE = [
    # claim, draft, consistent
    ("exact value", usd(1.46), usd(1.46), True),
    ("claim rounded to the draft's precision", usd(1.46), usd(1.5, step=0.1), True),
    ("approx within tolerance", usd(1.46), usd(1.5, qualifier="approx", step=0.1), True),
    ("approx written with cents", usd(1.46), usd(1.50, qualifier="approx", step=0.01), True),
    ("another value", usd(1.46), usd(1.64), False),
    ("exact cents are not a rounding", usd(1.46), usd(1.50, step=0.01), False),
    ("same range", WORKERS, fig(150 * M, 430 * M), True),
    ("same range in billions", WORKERS, fig(0.15e9, 0.43e9, step=0.01e9), True),
    ("another range", WORKERS, fig(150 * M, 340 * M), False),
    ("range at another scale", WORKERS, fig(150e3, 430e3, step=1e3), False),
    ("single value cherry-picked from a range", WORKERS, fig(400 * M), False),
    # An n-figure reading bounds a value as "over 60%" does: "$186,000" is a six-figure salary (nd338-008).
    ("a value inside an n-figure reading", SIX_FIGURE, usd(186000, per=None, step=1000), True),
    ("a value below an n-figure reading", SIX_FIGURE, usd(86000, per=None, step=1000), False),
    ("a range inside an n-figure reading", SIX_FIGURE, fig(150000, 200000, kind="money", unit="USD"), False),
    ("upper end as a maximum", WORKERS, fig(430 * M, qualifier="max"), True),
    ("lower end as a minimum", WORKERS, fig(150 * M, qualifier="min"), True),
    ("upper end as a minimum", WORKERS, fig(430 * M, qualifier="min"), False),
    ("same bound", PHILIPPINES, fig(2 * M, qualifier="min"), True),
    ("qualifier dropped", PHILIPPINES, fig(2 * M), True),
    ("bound in the opposite direction", PHILIPPINES, fig(2 * M, qualifier="max"), False),
    ("another value with the same bound", PHILIPPINES, fig(20 * M, qualifier="min"), False),
    ("another period", usd(1.46), usd(1.46, per="day"), False),
    ("another currency", usd(1.46), usd(1.46, unit="EUR"), False),
    ("no period stated", usd(1.46), usd(1.46, per=None), True),
    ("a period the source does not state", usd(1.46, per=None), usd(1.46, per="hour"), False),
    ("a range against one value", usd(1.46), fig(1.46, 2.0, kind="money", unit="USD", per="hour", step=0.01), False),
    ("percent approx", fig(60, kind="percent", unit="%", qualifier="min"), fig(60, kind="percent", unit="%", qualifier="approx"), True),
    ("percent other value", fig(60, kind="percent", unit="%", qualifier="min"), fig(40, kind="percent", unit="%"), False),
    ("rounding is no licence for a large gap", fig(2.4 * M, step=0.1e6), fig(2 * M), False),
    # SPEC §4's bound rows.
    ("a bound the source's value satisfies", pct(77), pct(70, qualifier="min", step=10), True),
    ("a bound the source's value does not satisfy", pct(77), pct(80, qualifier="min", step=10), False),
    ("a value the source's bound allows", pct(60, qualifier="min"), pct(70, step=10), True),
    # A range the bound allows, up to the bound itself; not one that crosses it, nor one far beyond it.
    ("a range the source's bound allows", usd(2, qualifier="max"),
     fig(1.32, 2.0, kind="money", unit="USD", per="hour", step=0.01), True),
    ("a range crossing the source's bound", usd(2, qualifier="max"),
     fig(1.5, 2.5, kind="money", unit="USD", per="hour", step=0.1), False),
    ("a range above a minimum", pct(60, qualifier="min"), fig(60, 70, kind="percent", unit="%", step=10), True),
    ("a range far beyond a minimum", pct(5, qualifier="min"), fig(60, 70, kind="percent", unit="%", step=10), False),
    ("a value the source's bound excludes", pct(60, qualifier="min"), pct(50, step=10), False),
    ("a bound off by a scale", PHILIPPINES, fig(200_000, qualifier="min", step=100_000), False),
    ("a maximum off by a scale", usd(2, qualifier="max"), usd(20, qualifier="max", step=10), False),
    ("a range's bound weaker than its end", WORKERS, fig(100 * M, qualifier="min"), False),
    # SPEC §4: "over 60% -> more than half": the source's bound rounded in its own direction.
    ("a bound rounded in its direction", pct(60, qualifier="min"), pct(50, qualifier="min"), True),
    ("a maximum rounded up", usd(1.46, qualifier="max"), usd(1.5, qualifier="max", step=0.1), True),
    ("a maximum weaker but no rounding", usd(2, qualifier="max"), usd(3, qualifier="max"), False),
    ("a bound rounded to tens", pct(77, qualifier="min"), pct(70, qualifier="min"), True),
    ("a bound rounded away from most of the source's", pct(60, qualifier="min"),
     pct(100 / 3, qualifier="min", step=100 / 3), False),  # "ruim een derde" of over 60%
    ("a bound far weaker than the source's", usd(2, qualifier="max"), usd(12, qualifier="max"), False),
    ("a stronger bound than the source's", pct(60, qualifier="min"), pct(70, qualifier="min", step=10), False),
    # A vague plural names the order of the source's figure, all of it: "hundreds of millions" of 150-430 million.
    ("a vague plural of the range's order", WORKERS, fig(200 * M, 1000 * M - 1, qualifier="approx", step=100 * M), True),
    ("a vague plural of another order", WORKERS, fig(20 * M, 100 * M - 1, qualifier="approx", step=10 * M), False),
    ("a vague plural of a bound", PHILIPPINES, fig(2 * M, 10 * M - 1, qualifier="approx", step=M), True),
    ("a vague plural of part of the range only", fig(40 * M, 430 * M),
     fig(200 * M, 1000 * M - 1, qualifier="approx", step=100 * M), False),
]


def test_an_extreme_the_source_saw_is_no_bound_on_other_values():
    # "as little as $1.46": the lowest pay seen, not "every pay is above $1.46".
    assert not compare(PAY, usd(1.64), extreme=True).consistent
    assert compare(PAY, usd(1.64)).consistent  # a plain "more than $1.46" allows it
    assert compare(PAY, usd(1.46), extreme=True).consistent  # the extreme itself, qualifier dropped
    assert not compare(PAY, usd(1.46, qualifier="max"), extreme=True).consistent  # "less than $1.46"


@pytest.mark.parametrize("name, claim, draft, consistent", TABLE, ids=[t[0] for t in TABLE])
def test_consistency_table(name, claim, draft, consistent):
    result = compare(claim, draft)
    assert result.comparable
    assert result.consistent is consistent


def test_other_kinds_are_not_comparable():
    assert not compare(usd(1.46), fig(1.46)).comparable
    assert not compare(fig(60, kind="percent", unit="%"), fig(60)).comparable


def test_no_period_is_noted():
    assert "per hour" in compare(usd(1.46), usd(1.46, per=None)).note


@pytest.mark.parametrize("claim, draft, comparable", [
    # A sum with no period a scale away from the source's rate is a total or a price, not the rate misread.
    (usd(2, qualifier="max"), usd(200_000, per=None, step=1000.0), False),
    (usd(1.46), usd(0.02, per=None), False),
    # A count per period is no total: "600 images an hour" beside "thousands of click workers".
    (fig(2000, 9999, unit="klikwerkers", qualifier="approx"), fig(600, unit="images", per="hour"), False),
    (fig(150, unit="passages", per="day"), fig(150, unit="passages"), True),  # a dropped period is still compared
    (fig(90, 100, kind="money", unit="EUR", per="month"), fig(0.02, kind="money", unit="EUR"), False),
    # Within a scale it is still the rate, said without its period: compared.
    (usd(1.46), usd(1.20, per=None), True),
    (usd(1.46), usd(14.6, per=None), True),
    # With a period, another value conflicts, at a slip of scale too; a scale away and no slip, it is another
    # wage ("$30 and $45 per hour" beside $1.46).
    (usd(1.46), usd(14.6, per="hour"), True),
    (usd(1.46), usd(146, per="hour", step=1.0), True),
    (usd(1.46), usd(45, per="hour", step=1.0), False),
])
def test_a_sum_a_scale_from_the_rate_is_another_quantity(claim, draft, comparable):
    assert compare(claim, draft).comparable is comparable


def test_dropped_qualifier_is_noted():
    assert "more than 2 million" in compare(PHILIPPINES, fig(2 * M)).note


def claim(cid, figure, source="s1", quote="quote"):
    return Claim(cid, source, quote, "statement", figure, "fig")


def pay_claim(source="s1"):
    """The bundled registry's hourly pay: "as little as $1.46/hour", an extreme the source saw."""
    quote = "paid as little as $1.46/hour after tax"
    figure = replace(PAY, text="$1.46/hour", start=quote.index("$"), end=quote.index("$") + len("$1.46/hour"))
    return Claim("pay", source, quote, "statement", figure, "$1.46/hour")


def test_unsourced_without_context_match():
    v = decide(usd(1.46), [Candidate(claim("pay", PAY), 20.0)])
    assert v.status == "unsourced" and v.claim is None


def test_unsourced_when_only_other_kinds_match():
    v = decide(fig(35, kind="percent", unit="%"), [Candidate(claim("pay", PAY), 90.0)])
    assert v.status == "unsourced"


def test_supported_and_conflicting():
    assert decide(usd(1.46), [Candidate(claim("pay", PAY), 80.0)]).status == "supported"
    v = decide(usd(1.64), [Candidate(pay_claim(), 80.0)])
    assert v.status == "conflicting" and v.claim.id == "pay"
    # A value a plain bound allows ("more than $1.46") is supported, the message saying so (SPEC §4).
    v = decide(usd(1.64), [Candidate(claim("pay", PAY), 80.0)])
    assert v.status == "supported" and "states only the bound" in v.message
    assert "$1.46/hour" in v.message


def test_disagreeing_sources_support_either_and_name_the_other():
    a = claim("wb-004", WORKERS, source="debate")
    b = claim("wb-001", fig(100 * M, 400 * M, unit="mensen"), source="casilli")
    draft = fig(100 * M, 400 * M)
    v = decide(draft, [Candidate(a, 80.0), Candidate(b, 75.0)])
    assert v.status == "supported" and v.claim.id == "wb-001"
    assert "debate disagrees" in disagreement(v, draft, [(a, 60.0)]).message
    draft = fig(150 * M, 430 * M)
    v = decide(draft, [Candidate(a, 70.0), Candidate(b, 80.0)])
    assert v.status == "supported" and v.claim.id == "wb-004"
    assert "casilli disagrees" in disagreement(v, draft, [(b, 60.0)]).message
    assert decide(fig(10 * M, 40 * M), [Candidate(a, 80.0), Candidate(b, 75.0)]).status == "conflicting"


def test_miscited_when_another_source_backs_it():
    v = decide(usd(1.46), [Candidate(claim("pay", PAY, source="debate"), 80.0)], cited=("casilli",))
    assert v.status == "miscited" and v.claim.id == "pay" and v.cited == ("casilli",)
    assert decide(usd(1.46), [Candidate(claim("pay", PAY, source="debate"), 80.0)], cited=("debate",)).status == "supported"


def test_cited_source_without_backing_keeps_conflicting():
    v = decide(usd(1.64), [Candidate(pay_claim(source="debate"), 80.0)], cited=("casilli",))
    assert v.status == "conflicting"


@pytest.mark.parametrize("figure, text", [
    (PAY, "more than $1.46/hour"),
    (WORKERS, "150–430 million"),
    (fig(90, 100, kind="money", unit="EUR", per="month", qualifier="approx"), "about €90–100/month"),
    (fig(77, kind="percent", unit="%"), "77%"),
])
def test_describe(figure, text):
    assert describe(figure) == text


@pytest.mark.parametrize("claim, draft, comparable", [
    # A count a scale away and no slip of it: another quantity (people interviewed, a country's population).
    (fig(150 * M, 430 * M), fig(41), False),
    (fig(2 * M, qualifier="min"), fig(115 * M), False),
    # A slip of scale is compared, and conflicts (SPEC §4: a bound off by a scale).
    (fig(2 * M, qualifier="min"), fig(200_000, qualifier="min"), True),
    (fig(2 * M, qualifier="min"), fig(2e9, qualifier="min"), True),
    (fig(150 * M, 430 * M), fig(430_000), True),
    # Digits that agree four powers of ten apart agree by chance: no slip of scale ...
    (fig(100 * M, 400 * M), fig(40_000), False),
    # ... but a vague figure slips on its count word and its scale word at once ("tens of thousands" for
    # hundreds of millions).
    (fig(200 * M, 999_999_999, qualifier="approx"), fig(20_000, 99_999, qualifier="approx"), True),
    # Within a scale: compared.
    (fig(2 * M, qualifier="min"), fig(1.7 * M), True),
    # Shares are bounded: a far-off share still reads the same measure.
    (pct(77), pct(5), True),
    # A bound far off is a slip (SPEC §4: "a factor of ten or more"), compared and conflicting.
    (usd(2, qualifier="max"), usd(25, qualifier="max", step=1.0), True),
    (fig(2 * M, qualifier="min"), fig(150_000, qualifier="min"), True),
    (fig(2 * M, qualifier="min"), fig(150_000, qualifier="max"), True),
])
def test_a_count_a_scale_away_without_a_slip_is_another_quantity(claim, draft, comparable):
    assert compare(claim, draft).comparable is comparable


@pytest.mark.parametrize("claim, draft", [
    (usd(0.5), usd(float("9" * 308), per="hour", step=1.0)),  # a ratio beyond a double
    (fig(2 * M), fig(1e-320, step=1e-320)),  # and below one
])
def test_values_at_a_double_s_ends_compare_without_error(claim, draft):
    assert compare(claim, draft).consistent is False


def test_a_claim_of_another_scope_matching_far_better_decides_over_a_weak_lookalike():
    # €1,800 a month in France: a monthly-pay claim said of Madagascar matches the context far better than an hourly
    # pay claim of no place; neither agrees. The figure is the monthly pay's kind, said of another place.
    from factlint.check.scope import Difference
    monthly = claim("monthly", fig(90, 100, kind="money", unit="EUR", per="month", qualifier="approx"))
    place = Difference("place", ("MG",), ("FR",))
    draft = fig(1800, kind="money", unit="EUR", per="month", qualifier="min")
    v = decide(draft, [Candidate(claim("hourly", PAY), 50.0), Candidate(monthly, 100.0, difference=place)])
    # Far from the monthly pay's value, it is France's own pay: unsourced, and never the hourly claim's contradiction.
    assert (v.status, v.claim) == ("unsourced", None)
    # Madagascar's own value said of France, or a far one with the claim's source named, is the monthly claim's.
    own = fig(95, kind="money", unit="EUR", per="month", qualifier="approx")
    v = decide(own, [Candidate(claim("hourly", PAY), 50.0), Candidate(monthly, 100.0, difference=place)])
    assert v.status == "conflicting" and v.claim.id == "monthly"
    v = decide(draft, [Candidate(claim("hourly", PAY), 50.0),
                       Candidate(monthly, 100.0, difference=place, names_source=True)])
    assert v.status == "conflicting" and v.claim.id == "monthly"
    assert v.message.startswith("the source says this of Madagascar, not France")
    # Within the margin, the claim of the figure's own scope is the one it contradicts.
    v = decide(draft, [Candidate(claim("hourly", PAY), 90.0), Candidate(monthly, 100.0, difference=place)])
    assert v.claim.id == "hourly"


def test_a_claim_of_another_currency_or_period_sets_no_margin():
    # $1.46 an hour restates the hourly claim, which the context matches less well than a monthly-pay claim in euros:
    # only a claim of the draft's own currency and period sets the margin the others are read within.
    monthly = claim("monthly", fig(90, 100, kind="money", unit="EUR", per="month", qualifier="approx"))
    v = decide(usd(1.46), [Candidate(monthly, 72.0), Candidate(claim("hourly", PAY), 55.0)])
    assert v.status == "supported" and v.claim.id == "hourly"
    # Of two hourly claims, the one far behind the best stays out of it.
    other = claim("other-hourly", usd(3.0))
    assert decide(usd(1.46), [Candidate(other, 80.0), Candidate(claim("hourly", PAY), 55.0)]).claim.id == "other-hourly"



def test_a_vague_count_of_people_doing_a_thing_daily_is_still_how_many():
    # "thousands of young people log on every day" restates "duizenden jongeren"; "600 images an hour" is a rate.
    thousands = fig(2000, 9999, unit="jongeren", qualifier="approx", step=1000)
    assert compare(thousands, replace(thousands, per="day")).consistent
    assert not compare(fig(2000, 9999, unit="klikwerkers", qualifier="approx", step=1000),
                       fig(600, unit="images", per="hour")).comparable


@pytest.mark.parametrize("text, lang, consistent", [
    # A share written as a fraction is as precise as its denominator: "three-quarters" is 77% rounded to quarters;
    # "two-thirds" and "half" are not 77% rounded to thirds or halves within the rounding limit.
    ("Three-quarters of consumers want it.", "en", True),
    ("Driekwart van de consumenten wil het.", "nl", True),
    ("Two-thirds of consumers want it.", "en", False),
    ("Half of all consumers want it.", "en", False),
])
def test_a_fraction_is_the_claim_rounded_to_its_denominator(text, lang, consistent):
    (draft,) = extract(text, lang)
    assert compare(fig(77, kind="percent", unit="%"), draft).consistent is consistent


def test_of_claims_matched_fully_alike_the_one_more_of_whose_words_the_context_holds_is_contradicted():
    # "de overheid schat het aantal klikwerkers op meer dan 200.000": both claims score 100, the Philippine
    # government's holds more of the sentence's words than the World Bank's range does.
    world_bank = claim("world-bank", fig(100 * M, 400 * M, qualifier="approx"), source="s1")
    government = claim("philippines", PHILIPPINES, source="s2")
    draft = fig(200_000, qualifier="min")
    for order in ((world_bank, government), (government, world_bank)):
        scored = [Candidate(c, 100.0, found=("estimates", "klikwerkers") + (("overheid", "philippine")
                                                                           if c is government else ()))
                  for c in order]
        assert decide(draft, scored).claim is government


@pytest.mark.parametrize("draft, claim, like", [
    (fig(1.64, kind="money", unit="USD", per="hour"), fig(1.46, kind="money", unit="USD", per="hour"), True),  # order
    (fig(200_000), fig(2_000_000), True),  # a slip of scale
    (fig(1.46, kind="money", unit="USD", per="day"), fig(1.46, kind="money", unit="USD", per="hour"), True),
    (fig(430e6), fig(150e6, 430e6), True),  # a range's end
    (fig(5), fig(4), True),  # a small count one off
    (fig(1.40, kind="money", unit="USD", per="hour"), fig(1.46, kind="money", unit="USD", per="hour"), True),  # near
    (fig(40, kind="percent", unit="%"), fig(60, kind="percent", unit="%"), True),  # any share
    (fig(15, kind="money", unit="USD", per="hour"), fig(1.46, kind="money", unit="USD", per="hour"), False),
    (fig(3_000), fig(150e6, 430e6), False),
    (fig(50), fig(90, 100, kind="money", unit="EUR", per="month"), False),
    # A vague plural's reading ("duizenden": 2,000 to 9,999) has no digits anyone wrote: 2 million is no slip of it.
    (fig(2e6, qualifier="min"), fig(2_000, 9_999, qualifier="approx", step=1_000), False),
    (fig(5_000), fig(2_000, 9_999, qualifier="approx", step=1_000), True),  # inside it
])
def test_a_value_resembles_a_claim_s_gone_wrong(draft, claim, like):
    from factlint.check.verdicts import resembles
    assert resembles(draft, claim) is like


@pytest.mark.parametrize("score, status", [(56.3, "unsourced"), (70.0, "supported")])
def test_a_claim_of_an_order_only_backs_a_stated_value_on_a_strong_match(score, status):
    # Casilli's "miljoenen" (2 to 9 million) and a trade body's "more than 2 million" in Bangladesh: that the value
    # lies in the order says little when the context matches weakly.
    millions = claim("millions-needed", fig(2e6, 9_999_999, qualifier="approx", step=1e6), source="s1")
    assert decide(fig(2e6, qualifier="min"), [Candidate(millions, score, found=("people", "ai"))]).status == status


@pytest.fixture(scope="module")
def bundled() -> Engine:
    root = Path(__file__).resolve().parents[2]
    return Engine.build(load_registry(root / "claims", root))


@pytest.mark.parametrize("text, status", [
    # A bound that excludes the value its claim states exactly is one the source's figure does not satisfy.
    ("A recent Adobe study found that more than 77% of consumers want brand experiences personalized to their needs.\n",
     "conflicting"),
    ("Volgens Adobe wil minder dan 77 procent van de consumenten gepersonaliseerde merkervaringen.\n", "conflicting"),
    ("Kenyan moderators for ChatGPT read fewer than 150 text passages a day, Time reported.\n", "conflicting"),
    # One it satisfies, or the claim's own bound at the same value, is supported.
    ("A recent Adobe study found that more than 70% of consumers want brand experiences personalized to their needs.\n",
     "supported"),
    ("Volgens de Filipijnse overheid doen meer dan 2 miljoen mensen klikwerk.\n", "supported"),
    ("A recent Adobe study found that at least 77% of consumers want brand experiences personalized to their needs.\n",
     "supported"),
])
def test_a_strict_bound_at_the_claim_s_exact_value(bundled, text, status):
    checked, _ = check_text(text, bundled)
    assert checked[-1].verdict.status == status


@pytest.mark.parametrize("text, status", [
    # "Nearly 95%" is less than 95: a source's 99% is above what the draft nears, not a rounding of it.
    ("Computer scientist Jeroen Baert says AI can tell a cat from a dog nearly 95% of the time.\n", "conflicting"),
    ("Volgens Jeroen Baert kan AI in bijna 95 procent van de tijd een kat van een hond onderscheiden.\n",
     "conflicting"),
    ("A recent Adobe study found that almost 76% of consumers want brand experiences personalized to their needs.\n",
     "conflicting"),
    # A value it nears from above, or one it rounds to, holds; "about" nears from either side.
    ("A recent Adobe study found that nearly 80% of consumers want brand experiences personalized to their needs.\n",
     "supported"),
    ("Computer scientist Jeroen Baert says AI can tell a cat from a dog nearly 99% of the time.\n", "supported"),
    ("Computer scientist Jeroen Baert says AI can tell a cat from a dog about 95% of the time.\n", "supported"),
    ("A recent Adobe study found that nearly 76.9% of consumers want brand experiences personalized to their needs.\n",
     "supported"),  # the source's value rounded (review-93)
])
def test_a_value_neared_from_below_is_exceeded_by_a_higher_one(bundled, text, status):
    checked, _ = check_text(text, bundled)
    assert checked[-1].verdict.status == status


@pytest.mark.parametrize("text, status", [
    # A claim of an order only ("miljoenen") the context matches best sets no margin that keeps out a claim of a stated
    # value the figure agrees with (nd343-012) ...
    ("**Casilli: up to 400 million people train AI, regulators look away**\n", "supported"),
    # ... and a figure no claim agrees with still conflicts with the best.
    ("**Casilli: up to 900 million people train AI, regulators look away**\n", "conflicting"),
])
def test_an_order_only_claim_does_not_crowd_out_a_stated_one(bundled, text, status):
    checked, _ = check_text(text, bundled)
    assert checked[-1].verdict.status == status
