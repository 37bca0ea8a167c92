"""Numbers as written (extract/numbers.py): separators by language, the step of the last digit, number words."""

from __future__ import annotations

import pytest

from factlint.extract import extract
from factlint.extract.numbers import parse_digits, scale_of, step_of, vague_value, word_value
from factlint.lang import lexicon


@pytest.mark.parametrize("token, decimal_mark, reading", [
    ("12,000", ".", (12000, 0)),  # English thousands
    ("12,000", ",", (12, 3)),  # Dutch decimal comma
    ("1,500", ",", (1.5, 3)),
    ("12.000", ",", (12000, 0)),  # Dutch thousands
    ("12.000", ".", (12, 3)),
    ("1,5", ".", (1.5, 1)),  # one or two digits after a comma: always decimal
    ("1.234.567", ".", (1234567, 0)),
    ("2.999,00", ",", (2999, 2)),
    ("1,234,567.89", ".", (1234567.89, 2)),
    ("12\u00a0000", ".", (12000, 0)),
    ("1 250,50", ",", (1250.5, 2)),
    ("0.500", ".", (0.5, 3)),  # a leading zero is never a thousands group
    ("1234.567", ".", (1234.567, 3)),
    ("1.2.3", ".", None),
    ("1,1,1,1,1", ".", None),
    ("1.234,5.6", ".", None),
])
def test_digits_with_separators(token, decimal_mark, reading):
    assert parse_digits(token, decimal_mark) == reading


def test_separators_follow_the_language():
    assert extract("12.000 studenten", "nl")[0].low == 12000
    assert extract("12.000 students", "en")[0].low == 12.0
    assert extract("1,500 people", "en")[0].low == 1500
    assert extract("1,500 mensen", "nl")[0].low == 1.5


@pytest.mark.parametrize("value, step", [(2e6, 1e6), (1.5e6, 1e5), (430e6, 1e7), (0.5, 0.1), (1.46, 0.01), (25, 1),
                                         (0, 1)])
def test_step_of_a_written_number(value, step):
    assert step_of(value) == pytest.approx(step)


@pytest.mark.parametrize("value, scale", [(4.3e8, 1e6), (1.5e8, 1e6), (3000, 1000), (2500, 1), (999, 1)])
def test_scale_of(value, scale):
    assert scale_of(value) == scale


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
    (figure,) = [f for f in extract(text, lang) if f.text == span]
    assert figure.step == pytest.approx(step)


# A document's lexicon reads every language's number words, less those that are function words in its own.
@pytest.mark.parametrize("lang, word, value", [
    ("en", "twenty", 20),
    ("en", "forty-two", 42),
    ("en", "forty-ten", None),
    ("en", "vijfentwintig", 25),
    ("en", "ten", 10),
    ("nl", "ten", None),  # "ten minste"
    ("nl", "tweehonderd", 200),
    ("nl", "tweeëntwintig", 22),
    ("nl", "driehonderdvijfentwintig", 325),
    ("nl", "tweeduizend", 2000),
    ("nl", "duizenden", None),
    ("nl", "vijf-en-twintig", 25),  # the older spelling
])
def test_word_value(lang, word, value):
    assert word_value(word, lexicon(lang)) == value


@pytest.mark.parametrize("lang, word, base", [
    ("nl", "tienduizenden", 1e4),
    ("nl", "honderdduizenden", 1e5),
    ("nl", "eenduizenden", None),
    ("nl", "duizenden", None),  # a plural scale of its own, read from the table
])
def test_vague_value(lang, word, base):
    assert vague_value(word, lexicon(lang)) == base
