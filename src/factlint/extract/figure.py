"""The figure: one sum of money, percentage or count as read from a text, with its span and reading."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("money", "percent", "count")
PERIODS = ("hour", "day", "week", "month", "quarter", "year")
QUALIFIERS = ("exact", "approx", "min", "max")
ORDER_FLOOR = 1000  # the least an n-figure reading starts at ("four-figure"; a "two-figure" 10-99 is no sum said so)
ORDER_SPAN = 10  # an order of magnitude


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure as read from a text; `start`/`end` are offsets into that text."""

    text: str
    start: int
    end: int
    low: float
    high: float
    kind: str  # "money" | "percent" | "count"
    unit: str | None  # ISO 4217 for money, "%" for percent, the counted noun (as written, lower-case) or None
    per: str | None  # "hour" | "day" | "week" | "month" | "quarter" | "year" | None
    qualifier: str  # "exact" | "approx" | "min" | "max"
    # Magnitude of the last digit written, after scale words: "1.5 million" -> 100000.0,
    # "$1.50" -> 0.01, "430 million" -> 1000000.0. Lets a claim be rounded to the draft's precision.
    step: float = 1.0

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    @property
    def order(self) -> bool:
        """An n-figure reading: "six-figure" is every value from 100,000 to 999,999, one order of magnitude whole."""
        return self.low >= ORDER_FLOOR and self.high == ORDER_SPAN * self.low - 1 and float(self.low).is_integer() \
            and f"{self.low:.0f}".rstrip("0") == "1"  # a power of ten

    @property
    def vague(self) -> bool:
        """A vague plural's reading: "hundreds of millions", "a few thousand" are 2 to 9 of their step (SPEC §3)."""
        return self.step > 1 and self.low == 2 * self.step and self.high == 10 * self.step - 1

    def as_json(self) -> dict:
        return {
            "low": _plain(self.low),
            "high": _plain(self.high),
            "kind": self.kind,
            "unit": self.unit,
            "per": self.per,
            "qualifier": self.qualifier,
        }


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value
