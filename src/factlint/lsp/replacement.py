"""What the source says, written as the draft writes its figure: "$1.64 an hour" becomes "$1.46 an hour",
"1,64 dollar per uur" becomes "1,46 dollar per uur". Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from factlint.check.findings import Finding
from factlint.check.verdicts import describe
from factlint.extract import Figure
from factlint.extract.numbers import parse_digits
from factlint.lang import LANGUAGES, detect_language

_NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")


def replacement(f: Finding, lang: str) -> str | None:
    """The text to put in place of a conflicting figure whose value differs from its claim's; None for a scope
    conflict (the figure may be right of its own place) or any other status."""
    claim = f.claim
    if f.status != "conflicting" or claim is None or (f.match is not None and f.match.difference is not None):
        return None
    return _in_draft_style(f.text, f.figure, claim.figure, lang) or _plain(claim.figure, claim.quote, lang)


def _in_draft_style(text: str, draft: Figure, claim: Figure, lang: str) -> str | None:
    """The draft's words with the claim's numbers in them, when the draft writes digits and the same kind,
    currency and period."""
    if draft.kind != claim.kind or (draft.kind == "money" and (draft.unit, draft.per) != (claim.unit, claim.per)):
        return None
    mark = LANGUAGES[lang].decimal_mark
    numerals = list(_NUMERAL.finditer(text))
    if len(numerals) != (2 if draft.is_range else 1):
        return None
    parsed = [parse_digits(m.group(), mark) for m in numerals]
    if any(p is None or p[0] == 0 for p in parsed):
        return None
    scales = [value / p[0] for value, p in zip((draft.low, draft.high), parsed) if p is not None]
    if draft.is_range == claim.is_range:
        new = [_written(v / s, numerals[i].group(), mark, draft.kind)
               for i, (v, s) in enumerate(zip((claim.low, claim.high), scales))]
    elif claim.is_range:  # one value picked from a range: the whole range, at the draft's scale
        new = [_written(claim.low / scales[0], numerals[0].group(), mark, draft.kind) + "–"
               + _written(claim.high / scales[0], numerals[0].group(), mark, draft.kind)]
    else:
        return None
    if any(n is None for n in new):
        return None
    out, at = [], 0
    for m, n in zip(numerals, new):
        out += [text[at:m.start()], n]
        at = m.end()
    return "".join(out) + text[at:]


def _written(value: float, like: str, mark: str, kind: str) -> str | None:
    """`value` with the separators and decimals of the numeral `like`; None when it needs more than 6 decimals."""
    decimals = next((d for d in range(7) if abs(round(value, d) - value) < 1e-9 * max(1.0, abs(value))), None)
    if decimals is None:
        return None
    if kind == "money" and decimals:
        decimals = max(decimals, 2)  # $1.5 is written $1.50
    group = "," if mark == "." else "."
    body = f"{value:,.{decimals}f}"
    grouped = group in like or value >= 10_000
    whole, _, frac = body.partition(".")
    whole = whole.replace(",", group) if grouped else whole.replace(",", "")
    return whole + (mark + frac if frac else "")


def _plain(claim: Figure, quote: str, lang: str) -> str:
    """The claim's figure as its quote writes it (without the qualifier: the draft's own words keep theirs);
    in English words when the quote is in another language than the draft."""
    written = quote[claim.start:claim.end] if 0 <= claim.start < claim.end <= len(quote) else ""
    if written and written == claim.text and detect_language(quote) == lang:
        return written
    return describe(replace(claim, qualifier="exact"))

