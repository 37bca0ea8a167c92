"""What an amount measures (extract/units.py): percent signs and words, periods, and the noun it counts."""

from __future__ import annotations

import pytest

M, P, C = "money", "percent", "count"
EX, AP, MIN, MAX = "exact", "approx", "min", "max"

# (lang, text, span, low, high, kind, unit, per, qualifier)
PERCENT = [
    ("en", "which produces over 60% of the world's cobalt", "60%", 60, 60, P, "%", None, MIN),
    ("en", "found that 77% of consumers want it", "77%", 77, 77, P, "%", None, EX),
    ("en", "57 per cent of consumers", "57 per cent", 57, 57, P, "%", None, EX),
    ("en", "about 40 percent of the cobalt", "40 percent", 40, 40, P, "%", None, AP),
    ("en", "Roughly 35% of the annotators", "35%", 35, 35, P, "%", None, AP),
    ("en", "forty-two percent of people", "forty-two percent", 42, 42, P, "%", None, EX),
    ("en", "a 12.5 pct rise", "12.5 pct", 12.5, 12.5, P, "%", None, EX),
    # The British press's glued abbreviations: "over 60pc", "a 3.5pct rise".
    ("en", "Congo mines over 60pc of the world's cobalt", "60pc", 60, 60, P, "%", None, MIN),
    ("en", "a 3.5pct rise", "3.5pct", 3.5, 3.5, P, "%", None, EX),
    ("en", "~40% of users", "40%", 40, 40, P, "%", None, AP),
    ("en", "nearly 90% of workers", "90%", 90, 90, P, "%", None, AP),
    ("en", "up to 15% of pay", "15%", 15, 15, P, "%", None, MAX),
    ("en", "a rise of 3% per year", "3% per year", 3, 3, P, "%", "year", EX),
    ("en", "one percent of users", "one percent", 1, 1, P, "%", None, EX),
    ("nl", "Misschien kan het 99 procent van de tijd.", "99 procent", 99, 99, P, "%", None, EX),
    ("nl", "hooguit 20 procent", "20 procent", 20, 20, P, "%", None, MAX),
    ("nl", "circa 12 procent", "12 procent", 12, 12, P, "%", None, AP),
    ("nl", "bijna 70 procent", "70 procent", 70, 70, P, "%", None, AP),
    ("nl", "vijfentwintig procent van de mensen", "vijfentwintig procent", 25, 25, P, "%", None, EX),
    ("nl", "12,5 procent van de mensen", "12,5 procent", 12.5, 12.5, P, "%", None, EX),
    ("nl", "15 % van de mensen", "15 %", 15, 15, P, "%", None, EX),
    ("nl", "meer dan 50% van de werknemers", "50%", 50, 50, P, "%", None, MIN),
]
# The counted noun is the head noun after the number, lower-cased as written; the span stops before it.
COUNTED = [
    # An adjective before a noun that modifies the plural: the plural is counted.
    ("en", "they read 150 awful text snippets every day", "150", 150, 150, C, "snippets", "day", EX),
    ("nl", "Honderden miljoenen mensen gebruiken inmiddels AI", "Honderden miljoenen", 2e8, 999_999_999, C,
     "mensen", None, AP),
    # A duration counts its period, which Dutch writes singular after a number ("al vier jaar").
    ("nl", "werkt al vier jaar als annotator", "vier", 4, 4, C, "jaar", None, EX),
    ("nl", "al 4 jaar", "4", 4, 4, C, "jaar", None, EX),
    ("en", "more than 20 million Filipinos do", "20 million", 2e7, 2e7, C, "filipinos", None, MIN),
    ("en", "four countries were studied", "four", 4, 4, C, "countries", None, EX),
    ("nl", "en niet 1,5 miljard zoals een podcast beweerde", "1,5 miljard", 1.5e9, 1.5e9, C, None, None, EX),  # nd283-012
    ("en", "written by four AI researchers", "four", 4, 4, C, "researchers", None, EX),
    ("en", "Kenyan workers read 150 text passages a day", "150", 150, 150, C, "passages", "day", EX),
    # A compound joined by an en dash counts its last part; a dash before a function word joins nothing.
    ("en", "It holds 9.8 billion image–text pairs.", "9.8 billion", 9.8e9, 9.8e9, C, "pairs", None, EX),
    ("en", "They read 150 passages–a day.", "150", 150, 150, C, "passages", None, EX),
    ("en", "They read 150 passages–harrowing descriptions of abuse–a day.", "150", 150, 150, C, "passages", None, EX),
    # A portion noun counts what it is a portion of: the noun phrase's head after it.
    ("en", "They had to read 150 pieces of disturbing text every day.", "150", 150, 150, C, "text", "day", EX),
    ("nl", "Ze lazen 150 stukjes tekst per dag.", "150", 150, 150, C, "tekst", "day", EX),
    # A word between that counts no thing of its own: the noun after it (nd327-020).
    ("en", "I used it with twenty other sources.", "twenty", 20, 20, C, "sources", None, EX),
    ("nl", "samen met een stuk of twintig andere bronnen", "twintig", 20, 20, C, "bronnen", None, AP),
    ("en", "Sama hired 40 more moderators.", "40", 40, 40, C, "moderators", None, EX),
    ("en", "She read 150 pieces a day.", "150", 150, 150, C, "pieces", "day", EX),
    ("en", "2 million people a year", "2 million", 2e6, 2e6, C, "people", "year", EX),
    ("en", "10 new jobs", "10", 10, 10, C, "jobs", None, EX),
    # A plural without an -s is the noun counted, as "young workers" counts workers.
    ("en", "thousands of young people work online", "thousands", 2000, 9999, C, "people", None, AP),
    # A plural without an -s modifies no noun after it: the verb and its object are not counted.
    ("en", "between 150 million and 430 million people annotate images", "150 million and 430 million", 1.5e8,
     4.3e8, C, "people", None, EX),
    ("en", "200 young women", "200", 200, 200, C, "women", None, EX),
    ("en", "over 2 million people across the Philippines", "2 million", 2e6, 2e6, C, "people", None, MIN),  # no preposition
    ("en", "300 riders alongside the drivers", "300", 300, 300, C, "riders", None, EX),
    ("en", "had to read 150 passages of text a week", "150", 150, 150, C, "passages", "week", EX),  # after "of text"
    ("en", "in excess of 40 staff", "40", 40, 40, C, "staff", None, MIN),
    ("en", "It was 3.5 times higher.", "3.5", 3.5, 3.5, C, "times", None, EX),
    ("nl", "Meer dan twee miljoen Filipino's doen dit klikwerk.", "twee miljoen", 2e6, 2e6, C, "filipino's", None, MIN),
    ("nl", "Ze kregen 150 tekstfragmenten per dag voorgelegd.", "150", 150, 150, C, "tekstfragmenten", "day", EX),
    ("nl", "dan kun je 10 miljard dierenfoto's aankopen", "10 miljard", 1e10, 1e10, C, "dierenfoto's", None, EX),
    ("nl", "datawerkers in vier landen met een laag inkomen", "vier", 4, 4, C, "landen", None, EX),
    ("nl", "van vier AI-ethiekonderzoekers Zij stellen", "vier", 4, 4, C, "ai-ethiekonderzoekers", None, EX),
    ("nl", "zo'n 40 huizen", "40", 40, 40, C, "huizen", None, AP),
    ("nl", "minder dan 40 Keniaanse arbeiders", "40", 40, 40, C, "arbeiders", None, MAX),
    ("nl", "600 mensen per week", "600", 600, 600, C, "mensen", "week", EX),
    ("nl", "Hij kreeg er 150 per dag voorgelegd.", "150 per dag", 150, 150, C, None, "day", EX),  # a verb, no noun
    ("en", "Time reported 150 a day, not an hour.", "150 a day", 150, 150, C, None, "day", EX),
    ("en", "ChatGPT alone has 800m weekly users.", "800m weekly", 8e8, 8e8, C, "users", "week", EX),  # an adjective
    ("nl", "werkt meer dan veertig uur per week", "veertig", 40, 40, C, "uur", "week", MIN),
    ("en", "The company signs up 40,000 drivers per quarter.", "40,000", 40000, 40000, C, "drivers", "quarter", EX),
    # A period glued to its number by a hyphen is what it counts: "a 40-hour week" counts hours.
    ("en", "She works a 40-hour week.", "40", 40, 40, C, "hour", None, EX),
    ("en", "Tag photos for an 8-hour shift.", "8", 8, 8, C, "hour", None, EX),
    ("en", "a 3-day strike", "3", 3, 3, C, "day", None, EX),
    # ... and so is any noun glued so: "a 40-minute commute" counts minutes, no passages (nd337-004).
    ("en", "my 40-minute commute", "40", 40, 40, C, "minute", None, EX),
    ("en", "a 10-person team", "10", 10, 10, C, "person", None, EX),
    # a group's size counts what its "of" names (review-91, review-92)
    ("en", "a 4-member team of researchers", "4", 4, 4, C, "researchers", None, EX),
    ("en", "a 5,000-strong workforce of young people", "5,000", 5000, 5000, C, "people", None, EX),
    ("en", "Sama ran a 50-person team of Kenyan moderators.", "50", 50, 50, C, "moderators", None, EX),
    ("en", "a 300-seat hall", "300", 300, 300, C, "seat", None, EX),
]
# Periods beyond the five (SPEC §3): quarter, and "p/m", "p.a.", "per annum"
PERIODS = [
    ("en", "Desk space costs €90 p/m.", "€90 p/m", 90, 90, M, "EUR", "month", EX),
    ("en", "The post pays £30,000 p.a. plus benefits.", "£30,000 p.a", 30000, 30000, M, "GBP", "year", EX),
    ("en", "Starting salary: $40,000 per annum.", "$40,000 per annum", 40000, 40000, M, "USD", "year", EX),
    ("en", "Investors receive $2 million quarterly.", "$2 million quarterly", 2e6, 2e6, M, "USD", "quarter", EX),
    ("en", "a fee of $500 per quarter", "$500 per quarter", 500, 500, M, "USD", "quarter", EX),
    ("en", "Annotators make $12/hr.", "$12/hr", 12, 12, M, "USD", "hour", EX),
    ("nl", "De vergoeding is €500 per kwartaal.", "€500 per kwartaal", 500, 500, M, "EUR", "quarter", EX),
    ("nl", "Huur: €800 p/m.", "€800 p/m", 800, 800, M, "EUR", "month", EX),
]


@pytest.mark.parametrize("lang, text, span, low, high, kind, unit, per, qualifier", PERCENT, ids=[f"{c[0]}:{c[2]}" for c in PERCENT])
def test_percent_is_read_exactly(read_exactly, lang, text, span, low, high, kind, unit, per, qualifier):
    read_exactly(lang, text, span, low, high, kind, unit, per, qualifier)


@pytest.mark.parametrize("lang, text, span, low, high, kind, unit, per, qualifier", PERIODS, ids=[f"{c[0]}:{c[2]}" for c in PERIODS])
def test_period_is_read(read_exactly, lang, text, span, low, high, kind, unit, per, qualifier):
    read_exactly(lang, text, span, low, high, kind, unit, per, qualifier)


@pytest.mark.parametrize("lang, text, span, low, high, kind, unit, per, qualifier", COUNTED, ids=[f"{c[0]}:{c[2]}" for c in COUNTED])
def test_counted_noun_and_period_are_read(read_exactly, lang, text, span, low, high, kind, unit, per, qualifier):
    read_exactly(lang, text, span, low, high, kind, unit, per, qualifier)


def test_a_clock_hour_is_no_duration():
    from factlint.extract import extract
    assert extract("We spreken af om vier uur.", "nl") == []
