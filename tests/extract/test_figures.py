"""Table-driven tests of the figure extractor (SPEC §3), English and Dutch."""

from __future__ import annotations

import pytest

from factlint.extract import Figure, extract

M, P, C = "money", "percent", "count"
EX, AP, MIN, MAX = "exact", "approx", "min", "max"

# (lang, text, span, low, high, kind, unit, per, qualifier)
CASES = [
    # money: symbols, codes and words, before and after
    ("en", "paid as little as $1.46/hour after tax", "$1.46/hour", 1.46, 1.46, M, "USD", "hour", MIN),
    ("en", "US$1.46 an hour is the rate", "US$1.46 an hour", 1.46, 1.46, M, "USD", "hour", EX),
    ("en", "1.46 dollars per hour is the rate", "1.46 dollars per hour", 1.46, 1.46, M, "USD", "hour", EX),
    ("en", "$1.46 hourly is the rate", "$1.46 hourly", 1.46, 1.46, M, "USD", "hour", EX),
    ("en", "earn roughly $1.50 an hour", "$1.50 an hour", 1.5, 1.5, M, "USD", "hour", AP),
    ("en", "paid as little as $1.64 an hour", "$1.64 an hour", 1.64, 1.64, M, "USD", "hour", MIN),
    ("en", "paid as little as $1.46 a day", "$1.46 a day", 1.46, 1.46, M, "USD", "day", MIN),
    ("en", "paid less than $2 per hour", "$2 per hour", 2, 2, M, "USD", "hour", MAX),
    ("en", "paid about $5 per hour", "$5 per hour", 5, 5, M, "USD", "hour", AP),
    ("en", "Scale AI was valued at $7.3 billion in 2021.", "$7.3 billion", 7.3e9, 7.3e9, M, "USD", None, EX),
    ("en", "Our newsroom spent €12,000 on translation.", "€12,000", 12000, 12000, M, "EUR", None, EX),
    ("en", "They earned €90–100/month.", "€90–100/month", 90, 100, M, "EUR", "month", EX),
    ("en", "They pay €90 to €100 a month.", "€90 to €100 a month", 90, 100, M, "EUR", "month", EX),
    ("en", "earn about €90–100 a month", "€90–100 a month", 90, 100, M, "EUR", "month", AP),
    ("en", "earned between 90 and 100 euros per month", "90 and 100 euros per month", 90, 100, M, "EUR", "month", EX),
    ("en", "roughly €900 a month", "€900 a month", 900, 900, M, "EUR", "month", AP),
    ("en", "It costs USD 1,500 per year.", "USD 1,500 per year", 1500, 1500, M, "USD", "year", EX),
    ("en", "It costs EUR 20 monthly.", "EUR 20 monthly", 20, 20, M, "EUR", "month", EX),
    ("en", "a fee of £30k annually", "£30k annually", 30000, 30000, M, "GBP", "year", EX),
    ("en", "a fine of £5bn", "£5bn", 5e9, 5e9, M, "GBP", None, EX),
    ("en", "a round of $2.5m", "$2.5m", 2.5e6, 2.5e6, M, "USD", None, EX),
    ("en", "a $100M deal", "$100M", 1e8, 1e8, M, "USD", None, EX),
    ("en", "costs 40 GBP per week", "40 GBP per week", 40, 40, M, "GBP", "week", EX),
    ("en", "costs 300 pounds a week", "300 pounds a week", 300, 300, M, "GBP", "week", EX),
    ("en", "worth 1 trillion dollars", "1 trillion dollars", 1e12, 1e12, M, "USD", None, EX),
    ("en", "half a million dollars was spent", "half a million dollars", 5e5, 5e5, M, "USD", None, EX),
    ("en", "two dollars a day", "two dollars a day", 2, 2, M, "USD", "day", EX),
    ("en", "paid 5 US dollars an hour", "5 US dollars an hour", 5, 5, M, "USD", "hour", EX),
    ("en", "a C$40 ticket", "C$40", 40, 40, M, "CAD", None, EX),
    ("en", "The bill was $1,234,567.89 in total.", "$1,234,567.89", 1234567.89, 1234567.89, M, "USD", None, EX),
    ("en", "as much as $40 per week", "$40 per week", 40, 40, M, "USD", "week", MAX),
    ("en", "$300 weekly", "$300 weekly", 300, 300, M, "USD", "week", EX),
    ("en", "$2,000 a year", "$2,000 a year", 2000, 2000, M, "USD", "year", EX),
    ("en", "$5 per day", "$5 per day", 5, 5, M, "USD", "day", EX),
    ("en", "$1.46/hr after tax", "$1.46/hr", 1.46, 1.46, M, "USD", "hour", EX),
    ("en", "€250/week", "€250/week", 250, 250, M, "EUR", "week", EX),
    ("en", "between $1.5 and $2 million", "$1.5 and $2 million", 1.5e6, 2e6, M, "USD", None, EX),
    ("en", "from $10 to $20 an hour", "$10 to $20 an hour", 10, 20, M, "USD", "hour", EX),
    ("en", "a 90 € fee", "90 €", 90, 90, M, "EUR", None, EX),
    ("en", "wages of $3 to $4 a day", "$3 to $4 a day", 3, 4, M, "USD", "day", EX),
    ("en", "wages of 1.46 USD/hour", "1.46 USD/hour", 1.46, 1.46, M, "USD", "hour", EX),
    ("en", "€90-€100/month", "€90-€100/month", 90, 100, M, "EUR", "month", EX),
    ("en", "about 90–100 euros a month", "90–100 euros a month", 90, 100, M, "EUR", "month", AP),
    ("en", "US$ 2 a day", "US$ 2 a day", 2, 2, M, "USD", "day", EX),
    ("en", "1.5 million euros were paid", "1.5 million euros", 1.5e6, 1.5e6, M, "EUR", None, EX),
    ("en", "hundreds of millions of dollars were spent", "hundreds of millions", 2e8, 999999999, M, "USD", None, AP),
    ("en", "Unlike researchers paid six-figure salaries", "six-figure", 1e5, 999999, M, None, None, EX),
    ("nl", "In Madagaskar verdienden werknemers ongeveer 90 tot 100 euro per maand bij een baan.",
     "90 tot 100 euro per maand", 90, 100, M, "EUR", "month", AP),
    ("nl", "Ze kregen voor minder dan 2 dollar per uur dit werk.", "2 dollar per uur", 2, 2, M, "USD", "hour", MAX),
    ("nl", "Het kost € 90,- per maand.", "€ 90,- per maand", 90, 90, M, "EUR", "month", EX),
    ("nl", "Prijs: 2.999,00 EUR.", "2.999,00 EUR", 2999, 2999, M, "EUR", None, EX),
    ("nl", "1500 euro per jaar", "1500 euro per jaar", 1500, 1500, M, "EUR", "year", EX),
    ("nl", "300 dollar per week", "300 dollar per week", 300, 300, M, "USD", "week", EX),
    ("nl", "4 euro per dag", "4 euro per dag", 4, 4, M, "EUR", "day", EX),
    ("nl", "minstens 5 euro", "5 euro", 5, 5, M, "EUR", None, MIN),
    ("nl", "vijf miljard tweehonderd miljoen euro", "vijf miljard tweehonderd miljoen euro", 5.2e9, 5.2e9, M, "EUR", None, EX),
    ("nl", "een boete van €2 mln", "€2 mln", 2e6, 2e6, M, "EUR", None, EX),
    ("nl", "tussen 5 en 8 euro", "5 en 8 euro", 5, 8, M, "EUR", None, EX),
    ("nl", "Ze verdienen tussen de 90 en 100 euro per maand.", "90 en 100 euro per maand", 90, 100, M, "EUR", "month", EX),
    ("nl", "ongeveer €90 à €100 per maand", "€90 à €100 per maand", 90, 100, M, "EUR", "month", AP),
    ("nl", "ongeveer 50 tot 60 euro per week", "50 tot 60 euro per week", 50, 60, M, "EUR", "week", AP),
    ("nl", "het kost €1.500 per jaar", "€1.500 per jaar", 1500, 1500, M, "EUR", "year", EX),
    ("nl", "een subsidie van €1,5 miljoen", "€1,5 miljoen", 1.5e6, 1.5e6, M, "EUR", None, EX),
    ("nl", "ruim 1,5 miljard euro", "1,5 miljard euro", 1.5e9, 1.5e9, M, "EUR", None, MIN),
    ("nl", "EUR 1.200,50 per maand", "EUR 1.200,50 per maand", 1200.5, 1200.5, M, "EUR", "month", EX),
    ("nl", "honderdduizenden euro", "honderdduizenden euro", 2e5, 999999, M, "EUR", None, AP),
    ("nl", "ruim € 1.200 per maand", "€ 1.200 per maand", 1200, 1200, M, "EUR", "month", MIN),
    ("nl", "hooguit 50 euro maandelijks", "50 euro maandelijks", 50, 50, M, "EUR", "month", MAX),
    ("nl", "zo'n 3 euro per uur", "3 euro per uur", 3, 3, M, "EUR", "hour", AP),
    ("nl", "10 Amerikaanse dollar per dag", "10 Amerikaanse dollar per dag", 10, 10, M, "USD", "day", EX),
    # percentages
    ("en", "which produces over 60% of the world's cobalt", "60%", 60, 60, P, "%", None, MIN),
    ("en", "found that 77% of consumers want it", "77%", 77, 77, P, "%", None, EX),
    ("en", "57 per cent of consumers", "57 per cent", 57, 57, P, "%", None, EX),
    ("en", "about 40 percent of the cobalt", "40 percent", 40, 40, P, "%", None, AP),
    ("en", "Roughly 35% of the annotators", "35%", 35, 35, P, "%", None, AP),
    ("en", "forty-two percent of people", "forty-two percent", 42, 42, P, "%", None, EX),
    ("en", "between 20% and 30% of users", "20% and 30%", 20, 30, P, "%", None, EX),
    ("en", "20 to 30% of users", "20 to 30%", 20, 30, P, "%", None, EX),
    ("en", "20-30% of users", "20-30%", 20, 30, P, "%", None, EX),
    ("en", "a 12.5 pct rise", "12.5 pct", 12.5, 12.5, P, "%", None, EX),
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
    ("nl", "tussen 20 en 30 procent", "20 en 30 procent", 20, 30, P, "%", None, EX),
    ("nl", "meer dan 50% van de werknemers", "50%", 50, 50, P, "%", None, MIN),
    # counts: scale words and suffixes
    ("en", "between 150 million and 430 million people do such work", "150 million and 430 million", 1.5e8, 4.3e8, C, "people", None, EX),
    ("en", "The World Bank estimates that 150–430 million workers annotate", "150–430 million", 1.5e8, 4.3e8, C, "workers", None, EX),
    ("en", "Estimates range from 150m–430m people.", "150m–430m", 1.5e8, 4.3e8, C, "people", None, EX),
    ("en", "150 to 430 million people", "150 to 430 million", 1.5e8, 4.3e8, C, "people", None, EX),
    ("en", "between 150,000 and 430,000 people", "150,000 and 430,000", 150000, 430000, C, "people", None, EX),
    ("en", "0.15 billion seconds", "0.15 billion", 1.5e8, 1.5e8, C, "seconds", None, EX),
    ("en", "0.15–0.43 billion people", "0.15–0.43 billion", 1.5e8, 4.3e8, C, "people", None, EX),
    ("en", "As many as 430 million people do such work", "430 million", 4.3e8, 4.3e8, C, "people", None, MAX),
    ("en", "more than 2 million people in the country", "2 million", 2e6, 2e6, C, "people", None, MIN),
    ("en", "more than 20 million Filipinos do", "20 million", 2e7, 2e7, C, "filipinos", None, MIN),
    ("en", "Fewer than 2 million people", "2 million", 2e6, 2e6, C, "people", None, MAX),
    ("en", "at least 150 million workers", "150 million", 1.5e8, 1.5e8, C, "workers", None, MIN),
    ("en", "We expect 12 million readers.", "12 million", 1.2e7, 1.2e7, C, "readers", None, EX),
    ("en", "about 1.5 million users", "1.5 million", 1.5e6, 1.5e6, C, "users", None, AP),
    ("en", "approx. 3 million users", "3 million", 3e6, 3e6, C, "users", None, AP),
    ("en", "3 thousand people", "3 thousand", 3000, 3000, C, "people", None, EX),
    ("en", "10k users signed up", "10k", 10000, 10000, C, "users", None, EX),
    ("en", "5 mn people", "5 mn", 5e6, 5e6, C, "people", None, EX),
    ("en", "7 bn people", "7 bn", 7e9, 7e9, C, "people", None, EX),
    ("en", "2 trillion tokens", "2 trillion", 2e12, 2e12, C, "tokens", None, EX),
    ("en", "Two million people", "Two million", 2e6, 2e6, C, "people", None, EX),
    ("en", "one hundred fifty million people", "one hundred fifty million", 1.5e8, 1.5e8, C, "people", None, EX),
    ("en", "four hundred thirty million people", "four hundred thirty million", 4.3e8, 4.3e8, C, "people", None, EX),
    ("en", "one hundred and fifty million people", "one hundred and fifty million", 1.5e8, 1.5e8, C, "people", None, EX),
    ("en", "Between one hundred fifty million and four hundred thirty million people do such work",
     "one hundred fifty million and four hundred thirty million", 1.5e8, 4.3e8, C, "people", None, EX),
    ("en", "a million people", "a million", 1e6, 1e6, C, "people", None, EX),
    ("en", "twenty-five workers", "twenty-five", 25, 25, C, "workers", None, EX),
    ("en", "four countries were studied", "four", 4, 4, C, "countries", None, EX),
    ("en", "written by four AI researchers", "four", 4, 4, C, "researchers", None, EX),
    ("en", "Kenyan workers read 150 text passages a day", "150", 150, 150, C, "passages", "day", EX),
    ("en", "Some 12,000 workers signed up.", "12,000", 12000, 12000, C, "workers", None, AP),
    ("en", "upwards of 300 workers", "300", 300, 300, C, "workers", None, MIN),
    ("en", "no more than 7 days", "7", 7, 7, C, "days", None, MAX),
    ("en", "10,000+ people joined", "10,000", 10000, 10000, C, "people", None, MIN),
    ("en", "500 or more workers", "500", 500, 500, C, "workers", None, MIN),
    ("en", "The company has 4 employees.", "4", 4, 4, C, "employees", None, EX),
    ("en", "2 million people a year", "2 million", 2e6, 2e6, C, "people", "year", EX),
    ("en", "10 new jobs", "10", 10, 10, C, "jobs", None, EX),
    ("en", "The hundreds of millions of people who use it", "hundreds of millions", 2e8, 999999999, C, "people", None, AP),
    ("en", "hundreds of thousands of people", "hundreds of thousands", 2e5, 999999, C, "people", None, AP),
    ("en", "tens of thousands of workers", "tens of thousands", 20000, 99999, C, "workers", None, AP),
    ("en", "thousands of workers", "thousands", 2000, 9999, C, "workers", None, AP),
    ("en", "There are 2,000 people.", "2,000", 2000, 2000, C, "people", None, EX),
    ("en", "more than 2000 people", "2000", 2000, 2000, C, "people", None, MIN),
    ("en", "in excess of 40 staff", "40", 40, 40, C, "staff", None, MIN),
    ("en", "It was 3.5 times higher.", "3.5", 3.5, 3.5, C, "times", None, EX),
    ("en", "There are 12.000 items.", "12.000", 12.0, 12.0, C, "items", None, EX),
    ("en", "Dutch uses a decimal comma: 1,5 miljoen mensen.", "1,5 miljoen", 1.5e6, 1.5e6, C, "mensen", None, EX),
    ("en", "Two million people, and twee miljoen mensen.", "twee miljoen", 2e6, 2e6, C, "mensen", None, EX),
    ("nl", "Volgens de Wereldbank werken er 100 tot wel 400 miljoen mensen in deze industrie.",
     "100 tot wel 400 miljoen", 1e8, 4e8, C, "mensen", None, EX),
    ("nl", "Volgens de Wereldbank werken 100 tot 400 miljoen mensen.", "100 tot 400 miljoen", 1e8, 4e8, C, "mensen", None, EX),
    ("nl", "De overheid schat dat er meer dan 2 miljoen mensen betrokken zijn.", "2 miljoen", 2e6, 2e6, C, "mensen", None, MIN),
    ("nl", "Meer dan twee miljoen Filipino's doen dit klikwerk.", "twee miljoen", 2e6, 2e6, C, "filipino's", None, MIN),
    ("nl", "Ze kregen 150 tekstfragmenten per dag voorgelegd.", "150", 150, 150, C, "tekstfragmenten", "day", EX),
    ("nl", "dan kun je 10 miljard dierenfoto's aankopen", "10 miljard", 1e10, 1e10, C, "dierenfoto's", None, EX),
    ("nl", "Het zijn 1,5 miljoen mensen.", "1,5 miljoen", 1.5e6, 1.5e6, C, "mensen", None, EX),
    ("nl", "anderhalf miljoen mensen", "anderhalf miljoen", 1.5e6, 1.5e6, C, "mensen", None, EX),
    ("nl", "twee miljoen mensen", "twee miljoen", 2e6, 2e6, C, "mensen", None, EX),
    ("nl", "tweehonderd mensen", "tweehonderd", 200, 200, C, "mensen", None, EX),
    ("nl", "tweeëntwintig studenten", "tweeëntwintig", 22, 22, C, "studenten", None, EX),
    ("nl", "een miljard mensen", "een miljard", 1e9, 1e9, C, "mensen", None, EX),
    ("nl", "datawerkers in vier landen met een laag inkomen", "vier", 4, 4, C, "landen", None, EX),
    ("nl", "van vier AI-ethiekonderzoekers Zij stellen", "vier", 4, 4, C, "ai-ethiekonderzoekers", None, EX),
    ("nl", "Er zijn 1.234.567 inwoners.", "1.234.567", 1234567, 1234567, C, "inwoners", None, EX),
    ("nl", "Er zijn 12.000 studenten.", "12.000", 12000, 12000, C, "studenten", None, EX),
    ("nl", "Ongeveer 1,500 liter.", "1,500", 1.5, 1.5, C, "liter", None, AP),
    ("nl", "ruim 300 mensen", "300", 300, 300, C, "mensen", None, MIN),
    ("nl", "nog geen 10 mensen", "10", 10, 10, C, "mensen", None, MAX),
    ("nl", "zo'n 40 huizen", "40", 40, 40, C, "huizen", None, AP),
    ("nl", "ca. 50 mensen", "50", 50, 50, C, "mensen", None, AP),
    ("nl", "rond de 60 leden", "60", 60, 60, C, "leden", None, AP),
    ("nl", "tot wel 400 miljoen mensen", "400 miljoen", 4e8, 4e8, C, "mensen", None, MAX),
    ("nl", "Volgens de Wereldbank werken honderd tot vierhonderd miljoen mensen.",
     "honderd tot vierhonderd miljoen", 1e8, 4e8, C, "mensen", None, EX),
    ("en", "between two and 30 million people", "two and 30 million", 2e6, 3e7, C, "people", None, EX),
    ("en", "Some 12\u00a0000 people work there.", "12\u00a0000", 12e3, 12e3, C, "people", None, AP),
    ("nl", "Het kost €1 250,50 per maand.", "€1 250,50 per maand", 1250.5, 1250.5, "money", "EUR", "month", EX),
    ("nl", "maximaal 3 keer", "3", 3, 3, C, "keer", None, MAX),
    ("nl", "ten minste 12 leerlingen", "12", 12, 12, C, "leerlingen", None, MIN),
    ("nl", "minder dan 40 Keniaanse arbeiders", "40", 40, 40, C, "arbeiders", None, MAX),
    ("nl", "van 10 tot 20 mensen", "10 tot 20", 10, 20, C, "mensen", None, EX),
    ("nl", "Daar werken duizenden jongeren dagelijks online.", "duizenden", 2000, 9999, C, "jongeren", None, AP),
    ("nl", "honderden miljoenen mensen", "honderden miljoenen", 2e8, 999999999, C, "mensen", None, AP),
    ("nl", "tienduizenden mensen", "tienduizenden", 20000, 99999, C, "mensen", None, AP),
    ("nl", "er zijn miljoenen mensen nodig", "miljoenen", 2e6, 9999999, C, "mensen", None, AP),
    ("nl", "5 mld mensen", "5 mld", 5e9, 5e9, C, "mensen", None, EX),
    ("nl", "3 biljoen", "3 biljoen", 3e12, 3e12, C, None, None, EX),
    ("nl", "30 duizend bezoekers", "30 duizend", 30000, 30000, C, "bezoekers", None, EX),
    ("nl", "600 mensen per week", "600", 600, 600, C, "mensen", "week", EX),
]


def _find(figures: list[Figure], span: str) -> Figure:
    matches = [f for f in figures if f.text == span]
    assert matches, f"no figure {span!r} among {[f.text for f in figures]}"
    return matches[0]


@pytest.mark.parametrize("lang, text, span, low, high, kind, unit, per, qualifier", CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])
def test_figure_is_read_exactly(lang, text, span, low, high, kind, unit, per, qualifier):
    figure = _find(extract(text, lang), span)
    assert text[figure.start:figure.end] == span
    assert figure.low == pytest.approx(low)
    assert figure.high == pytest.approx(high)
    assert (figure.kind, figure.unit, figure.per, figure.qualifier) == (kind, unit, per, qualifier)


# (lang, text, a string that no figure may overlap)
NOT_FIGURES = [
    ("en", "In 2023 the lecture took place.", "2023"),
    ("en", "Scale AI was valued at $7.3 billion in 2021.", "2021"),
    ("en", "Over the 2012–13 season.", "2012–13"),
    ("en", "Between 2010-2020 prices rose.", "2010-2020"),
    ("en", "from 2019 to 2023 it grew", "2019 to 2023"),
    ("en", "In the 1990s it began.", "1990s"),
    ("en", "On 20 November the lecture started.", "20 November"),
    ("en", "On November 20, 2023 it began.", "November 20, 2023"),
    ("en", "Due 20/11/2023 at the latest.", "20/11/2023"),
    ("en", "The lecture started at 15.30 in Groningen.", "15.30"),
    ("en", "It starts at 15:30 sharp.", "15:30"),
    ("en", "It starts at 3 pm sharp.", "3"),
    ("en", "The 3rd time was better.", "3rd"),
    ("en", "the 21st century", "21st"),
    ("en", "see section 4.2 for details", "4.2"),
    ("en", "see page 12 for details", "12"),
    ("en", "see chapter 3 for details", "3"),
    ("en", "No. 5 was best", "5"),
    ("en", "1. First item\n2. Second item", "1"),
    ("en", "GPT-4 ran on H100 chips.", "GPT-4"),
    ("en", "GPT-4 ran on H100 chips.", "H100"),
    ("en", "during COVID-19 lockdowns", "COVID-19"),
    ("en", "runs on Windows 11 only", "11"),
    ("en", "written in Python 3.11 today", "3.11"),
    ("en", "the iPhone 15 launch", "15"),
    ("en", "certified to ISO 9001 standards", "9001"),
    ("en", "a B2B platform", "B2B"),
    ("en", "a 4K video", "4K"),
    ("en", "5G networks and 3D printing", "5G"),
    ("en", "It grew 3-fold", "3"),
    ("en", "a 10-year plan", "10"),
    ("en", "24/7 support", "24/7"),
    ("en", "Call +31 50 363 9111 now.", "+31 50 363 9111"),
    ("en", "Call 050 363 9111 now.", "050 363 9111"),
    ("en", "see example.org/report-2023/page/42 now", "42"),
    ("en", "See <https://example.org/report-2023/page/42> for details.", "2023"),
    ("en", "[the report](https://example.org/77/percent)", "77"),
    ("en", "mail jan2023@example.com today", "2023"),
    ("en", "open C:\\data\\2023.csv now", "2023"),
    ("en", "open report-2023.pdf now", "2023"),
    ("en", "One of the primary applications of cobalt", "One"),
    ("en", "As one Reddit user pointed out", "one"),
    ("en", "a list like 1,1,1,1,1 here", "1,1,1,1,1"),
    ("en", "GPT-3.5 and gpt-4o", "3.5"),
    ("en", "an A100 GPU", "A100"),
    ("en", "an RTX 4090 GPU", "4090"),
    ("en", "Call +1 555 123 4567 today", "555 123 4567"),
    ("en", "Ratio 1:4 and score 3-1", "1:4"),
    ("en", "version 1.2.3 was released", "1.2.3"),
    ("en", "Web 2.0 changed things", "2.0"),
    ("en", "released in May 2024 and 2 May", "2 May"),
    ("en", "#1 on the list", "1"),
    ("nl", "GPT-4 ran on H100 chips in 2023; call +31 50 363 9111 on 07 november 2023 at 15.30 uur, see section 4.2.", "07 november 2023"),
    ("nl", "vindt plaats op 20 november vanaf 15.30 uur", "15.30 uur"),
    ("nl", "vindt plaats op 20 november vanaf 15.30 uur", "20 november"),
    ("nl", "Laatst gewijzigd:08 november 2023 16:56", "16:56"),
    ("nl", "Laatst gewijzigd:08 november 2023 16:56", "08 november 2023"),
    ("nl", "16 december 2024", "16 december 2024"),
    ("nl", " date 2023-09 Achter AI", "2023-09"),
    ("nl", "de 30ste plaats", "30ste"),
    ("nl", "voor de 1e keer", "1e"),
    ("nl", "de jaren '90 waren anders", "90"),
    ("nl", "zie hoofdstuk 4.2 en § 3", "4.2"),
    ("nl", "zie hoofdstuk 4.2 en § 3", "3"),
    ("nl", "Lustrum 410 in beeld", "410"),
    ("nl", "om 15 uur begint het", "15"),
    ("nl", "Het probleem is ten minste duidelijk", "ten"),
    ("nl", "Dit kan maar op één manier", "één"),
    ("nl", "een paar maanden nadat ChatGPT in 2022 werd gelanceerd", "2022"),
    ("nl", "Zelfs in 2023 kan dit maar op één manier", "2023"),
]


@pytest.mark.parametrize("lang, text, absent", NOT_FIGURES, ids=[f"{c[0]}:{c[2]}" for c in NOT_FIGURES])
def test_not_a_figure(lang, text, absent):
    start = text.index(absent)
    end = start + len(absent)
    hits = [f.text for f in extract(text, lang) if f.start < end and start < f.end]
    assert hits == []


def test_figures_come_back_in_order_without_overlap():
    text = "Kenyan workers were paid less than $2 per hour to read 150 text passages a day; 77% of them quit."
    figures = extract(text)
    assert [f.text for f in figures] == ["$2 per hour", "150", "77%"]
    assert all(a.end <= b.start for a, b in zip(figures, figures[1:]))


def test_two_percentages_joined_by_and_are_two_figures_without_between():
    assert [f.text for f in extract("20% and 30% of users")] == ["20%", "30%"]


@pytest.mark.parametrize("lang, text, span, step", [
    ("en", "1.5 million users", "1.5 million", 1e5),
    ("en", "$1.50 an hour", "$1.50 an hour", 0.01),
    ("en", "430 million people", "430 million", 1e6),
    ("en", "12,000 workers", "12,000", 1.0),
    ("en", "four hundred thirty million people", "four hundred thirty million", 1e7),
    ("nl", "anderhalf miljoen mensen", "anderhalf miljoen", 1e5),
    ("nl", "2.999,00 EUR", "2.999,00 EUR", 0.01),
])
def test_step_is_the_last_digit_written(lang, text, span, step):
    assert _find(extract(text, lang), span).step == pytest.approx(step)


def test_separators_follow_the_language():
    assert extract("12.000 studenten", "nl")[0].low == 12000
    assert extract("12.000 students", "en")[0].low == 12.0
    assert extract("1,500 people", "en")[0].low == 1500
    assert extract("1,500 mensen", "nl")[0].low == 1.5


def test_the_qualifier_is_not_part_of_the_span():
    figure = extract("paid as little as $1.46/hour after tax")[0]
    assert (figure.text, figure.qualifier) == ("$1.46/hour", "min")


def test_over_is_a_qualifier_in_english_but_not_in_dutch():
    assert extract("over 60 mensen", "en")[0].qualifier == "min"
    assert extract("een artikel over 60 mensen", "nl")[0].qualifier == "exact"


def test_as_json_has_the_contract_fields():
    figure = extract("€90–100/month")[0]
    assert figure.as_json() == {"low": 90, "high": 100, "kind": "money", "unit": "EUR", "per": "month", "qualifier": "exact"}
    assert figure.is_range


def test_empty_and_numberless_text():
    assert extract("") == []
    assert extract("No numbers here at all.", "nl") == []


def test_terminal_escape_sequences_are_not_figures():
    assert extract("x \x1b[31m gone", "en") == []
    (fig,) = extract("Paid \x1b[31m$1.46/hour\x1b[0m now", "en")
    assert (fig.text, fig.low, fig.per) == ("$1.46/hour", 1.46, "hour")


# Zero-width characters pasted inside or around a figure: read as if absent, span still in the original text.
@pytest.mark.parametrize("text, span, low, per", [
    ("Paid $1.4\u200b6/hour.", "$1.4\u200b6/hour", 1.46, "hour"),
    ("Some 150\u200b000 workers.", "150\u200b000", 150_000, None),
    ("\ufeff$2 an hour", "$2 an hour", 2, "hour"),
    ("Paid $1.46\u2060 an hour", "$1.46\u2060 an hour", 1.46, "hour"),
    ("In \u200bKenya\u200c, 12\u200d% of workers", "12\u200d%", 12, None),
])
def test_zero_width_characters_are_read_through(text, span, low, per):
    (fig,) = extract(text, "en")
    assert (text[fig.start:fig.end], fig.text, fig.low, fig.per) == (span, span, pytest.approx(low), per)


@pytest.mark.parametrize("text, span", [
    ("paid $1.46/hour[/red] now", "$1.46/hour"),  # rich markup right after a figure
    ("[red]$9.99/hour[/red]", "$9.99/hour"),
])
def test_markup_brackets_around_a_figure_do_not_hide_it(text, span):
    assert [f.text for f in extract(text, "en")] == [span]
