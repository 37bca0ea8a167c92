"""The Figure value (extract/figure.py): its JSON contract and ranges."""

from __future__ import annotations

from factlint.extract import Figure, extract


def test_as_json_has_the_contract_fields():
    figure = extract("€90–100/month")[0]
    assert figure.as_json() == {"low": 90, "high": 100, "kind": "money", "unit": "EUR", "per": "month", "qualifier": "exact"}
    assert figure.is_range


def test_whole_values_are_written_as_integers_and_others_as_floats():
    figure = Figure("1.46", 0, 4, 1.46, 1e20, "count", None, None, "exact")
    assert figure.as_json()["low"] == 1.46
    assert isinstance(Figure("12", 0, 2, 12.0, 12.0, "count", None, None, "exact").as_json()["low"], int)
    assert isinstance(figure.as_json()["high"], float)  # beyond 2**53 an integer would claim false precision
    assert not Figure("12", 0, 2, 12.0, 12.0, "count", None, None, "exact").is_range
