"""Ranges (extract/ranges.py): two ends joined by a dash, a range word or an opener ("between ... and")."""

from __future__ import annotations

import pytest

from factlint.extract import extract

M, P, C = "money", "percent", "count"
EX, AP, MIN, MAX = "exact", "approx", "min", "max"

# (lang, text, span, low, high, kind, unit, per, qualifier)
RANGES = [
    ("en", "They earned €90–100/month.", "€90–100/month", 90, 100, M, "EUR", "month", EX),
    ("en", "They pay €90 to €100 a month.", "€90 to €100 a month", 90, 100, M, "EUR", "month", EX),
    ("en", "earn about €90–100 a month", "€90–100 a month", 90, 100, M, "EUR", "month", AP),
    ("en", "earned between 90 and 100 euros per month", "90 and 100 euros per month", 90, 100, M, "EUR", "month", EX),
    ("en", "between $1.5 and $2 million", "$1.5 and $2 million", 1.5e6, 2e6, M, "USD", None, EX),
    ("en", "from $10 to $20 an hour", "$10 to $20 an hour", 10, 20, M, "USD", "hour", EX),
    ("en", "wages of $3 to $4 a day", "$3 to $4 a day", 3, 4, M, "USD", "day", EX),
    ("en", "€90-€100/month", "€90-€100/month", 90, 100, M, "EUR", "month", EX),
    # An en dash typed as two hyphens (review-96).
    ("en", "150--430 million people do such work.", "150--430 million", 150e6, 430e6, C, "people", None, EX),
    ("nl", "Datawerkers verdienden 90--100 euro per maand.", "90--100 euro per maand", 90, 100, M, "EUR", "month", EX),
    ("en", "about 90–100 euros a month", "90–100 euros a month", 90, 100, M, "EUR", "month", AP),
    ("nl", "In Madagaskar verdienden werknemers ongeveer 90 tot 100 euro per maand bij een baan.",
     "90 tot 100 euro per maand", 90, 100, M, "EUR", "month", AP),
    ("nl", "tussen 5 en 8 euro", "5 en 8 euro", 5, 8, M, "EUR", None, EX),
    ("nl", "Ze verdienen tussen de 90 en 100 euro per maand.", "90 en 100 euro per maand", 90, 100, M, "EUR", "month", EX),
    ("nl", "ongeveer €90 à €100 per maand", "€90 à €100 per maand", 90, 100, M, "EUR", "month", AP),
    ("nl", "ongeveer 50 tot 60 euro per week", "50 tot 60 euro per week", 50, 60, M, "EUR", "week", AP),
    ("en", "between 20% and 30% of users", "20% and 30%", 20, 30, P, "%", None, EX),
    ("en", "20 to 30% of users", "20 to 30%", 20, 30, P, "%", None, EX),
    ("en", "20-30% of users", "20-30%", 20, 30, P, "%", None, EX),
    ("nl", "tussen 20 en 30 procent", "20 en 30 procent", 20, 30, P, "%", None, EX),
    ("en", "between 150 million and 430 million people do such work", "150 million and 430 million", 1.5e8, 4.3e8, C, "people", None, EX),
    ("en", "The World Bank estimates that 150–430 million workers annotate", "150–430 million", 1.5e8, 4.3e8, C, "workers", None, EX),
    ("en", "Estimates range from 150m–430m people.", "150m–430m", 1.5e8, 4.3e8, C, "people", None, EX),
    ("en", "150 to 430 million people", "150 to 430 million", 1.5e8, 4.3e8, C, "people", None, EX),
    ("en", "between 150,000 and 430,000 people", "150,000 and 430,000", 150000, 430000, C, "people", None, EX),
    # A first end the second's scale would take past it keeps its own value (nd359-007).
    ("en", "Legend bins: 100,000 to 1 million people", "100,000 to 1 million", 1e5, 1e6, C, "people", None, EX),
    ("nl", "Van 500.000 tot 2 miljoen mensen.", "500.000 tot 2 miljoen", 5e5, 2e6, C, "mensen", None, EX),
    ("en", "0.15–0.43 billion people", "0.15–0.43 billion", 1.5e8, 4.3e8, C, "people", None, EX),
    ("en", "Between one hundred fifty million and four hundred thirty million people do such work",
     "one hundred fifty million and four hundred thirty million", 1.5e8, 4.3e8, C, "people", None, EX),
    ("nl", "Volgens de Wereldbank werken er 100 tot wel 400 miljoen mensen in deze industrie.",
     "100 tot wel 400 miljoen", 1e8, 4e8, C, "mensen", None, EX),
    # A qualifier opening the upper end after "between … and" leaves the range whole (news_dev343).
    ("en", "Somewhere between 100 million and as many as 400 million people now work in the industry.",
     "100 million and as many as 400 million", 1e8, 4e8, C, "people", None, EX),
    ("nl", "Tussen de 100 en tot wel 400 miljoen mensen werken in deze industrie.",
     "100 en tot wel 400 miljoen", 1e8, 4e8, C, "mensen", None, EX),
    ("en", "They work between 40 and about 60 hours a week.", "40 and about 60", 40, 60, C, "hours", "week", EX),
    # "to as many as" joins a range as "tot wel" does.
    ("en", "100 million to as many as 400 million people work in this industry.",
     "100 million to as many as 400 million", 1e8, 4e8, C, "people", None, EX),
    ("en", "from $90 to as much as $100 a month", "$90 to as much as $100 a month", 90, 100, "money", "USD", "month",
     EX),
    ("nl", "Volgens de Wereldbank werken 100 tot 400 miljoen mensen.", "100 tot 400 miljoen", 1e8, 4e8, C, "mensen", None, EX),
    ("nl", "Volgens de Wereldbank werken honderd tot vierhonderd miljoen mensen.",
     "honderd tot vierhonderd miljoen", 1e8, 4e8, C, "mensen", None, EX),
    ("en", "between two and 30 million people", "two and 30 million", 2e6, 3e7, C, "people", None, EX),
    ("nl", "van 10 tot 20 mensen", "10 tot 20", 10, 20, C, "mensen", None, EX),
    ("en", "The number range is 1000-5000", "1000-5000", 1000, 5000, C, None, None, EX),
    ("en", "The number range is 20 through 100", "20 through 100", 20, 100, C, None, None, EX),
    ("nl", "Het bereik is 20 tot en met 100", "20 tot en met 100", 20, 100, C, None, None, EX),
    ("nl", "Het bereik is 20 t/m 100", "20 t/m 100", 20, 100, C, None, None, EX),
    ("en", "These apples are about 20~100", "20~100", 20, 100, C, None, None, AP),
    ("en", "Couriers reported earnings of $12-18 an hour.", "$12-18 an hour", 12, 18, M, "USD", "hour", EX),
    # Two ends shaped like clock times are a range but before a time word ("9.00-17.00 uur").
    ("en", "The index went from 9.50 to 12.30 points.", "9.50 to 12.30", 9.5, 12.3, C, "points", None, EX),
    # Calques of Dutch in translated text: "tot" as "until", "tussen de" as "between the".
    ("en", "work there 100 until 400 million people", "100 until 400 million", 1e8, 4e8, C, "people", None, EX),
    ("en", "earned approximately 90 until 100 euro per month", "90 until 100 euro per month", 90, 100, M, "EUR",
     "month", AP),
    ("en", "do between the 150 and 430 million people such work", "150 and 430 million", 1.5e8, 4.3e8, C, "people",
     None, EX),
]
# A percentage next to an amount is two figures (SPEC §3): (lang, text, the figures read)
TWO_FIGURES = [
    ("en", "Revenue rose 4.8% to $13.18 billion.", ["4.8%", "$13.18 billion"]),
    ("en", "rose 12% to $1.2 billion", ["12%", "$1.2 billion"]),
    ("en", "rose 2 percent to $45", ["2 percent", "$45"]),
    ("en", "The share price jumped 9% to 470 pence.", ["9%", "470 pence"]),
    ("en", "users grew 5% to 1.2 million", ["5%", "1.2 million"]),
    ("nl", "De productie steeg met 20 procent tot 18.000 ton.", ["20 procent", "18.000"]),  # a noun counted
    ("en", "Output grew 20% to 18,000.", ["20%", "18,000"]),  # no share is more than the whole
    ("nl", "De omzet steeg 4,8 procent tot 13,18 miljard euro.", ["4,8 procent", "13,18 miljard euro"]),
    ("en", "The bus fare went up by 50 cents to $2.90.", ["50 cents", "$2.90"]),
    # A year after a share or a sum is when, no range's end.
    ("en", "Prices stayed at 5% until 2020.", ["5%"]),
    ("en", "It rose 5% to 2020.", ["5%"]),
    ("en", "The fee was $3 until 2023.", ["$3"]),
]
# Year spans are not ranges of figures: (lang, text, a string no figure may overlap)
YEAR_SPANS = [
    ("en", "Over the 2012–13 season.", "2012–13"),
    ("en", "Between 2010-2020 prices rose.", "2010-2020"),
    ("en", "from 2019 to 2023 it grew", "2019 to 2023"),
]


@pytest.mark.parametrize("lang, text, span, low, high, kind, unit, per, qualifier", RANGES, ids=[f"{c[0]}:{c[2]}" for c in RANGES])
def test_range_is_read_exactly(read_exactly, lang, text, span, low, high, kind, unit, per, qualifier):
    read_exactly(lang, text, span, low, high, kind, unit, per, qualifier)


@pytest.mark.parametrize("lang, text, figures", TWO_FIGURES, ids=[f"{c[0]}:{c[1]}" for c in TWO_FIGURES])
def test_a_percentage_and_an_amount_are_two_figures(lang, text, figures):
    assert [f.text for f in extract(text, lang)] == figures


@pytest.mark.parametrize("lang, text, absent", YEAR_SPANS, ids=[f"{c[0]}:{c[2]}" for c in YEAR_SPANS])
def test_a_span_of_years_is_not_a_figure(overlapping, lang, text, absent):
    assert overlapping(lang, text, absent) == []


def test_two_percentages_joined_by_and_are_two_figures_without_between():
    assert [f.text for f in extract("20% and 30% of users")] == ["20%", "30%"]


@pytest.mark.parametrize(("lang", "text", "values"), [
    # A small first end takes the second's scale, though the change then runs down (review-99) ...
    ("en", "The count of click workers fell from 2.5 to 2 million.", [2.5e6, 2e6]),
    ("nl", "Het aantal daalde volgens de overheid van 3 tot 2 miljoen.", [3e6, 2e6]),
    # ... one written at its size keeps it.
    ("en", "Legend bins: under 100,000; 100,000 to 1 million; over 1 million.", [1e5, 1e5, 1e6]),
])
def test_a_range_s_first_end_takes_the_scale_unless_written_at_its_size(lang, text, values):
    assert [f.low for f in extract(text, lang)] == values
