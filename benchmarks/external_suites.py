"""Benchmark: value recall on public extraction test suites, factlint beside quantulum3.

What it measures: for each suite, the share of in-scope cases whose value factlint reports (its
"value recall"), and the same for quantulum3 where quantulum3 reads the language (English only; the
Dutch suites read "n/a"). The suites are the public test corpora of two other extractors:

    recognizers-number-en/nl     Recognizers-Text Specs/Number/{English,Dutch}/*.json
                                 (number, percent, number-range and ordinal models, every mode)
    recognizers-currency-en/nl   Recognizers-Text Specs/NumberWithUnit/{English,Dutch}/CurrencyModel.json
    duckling-money-en/nl         Duckling Duckling/AmountOfMoney/{EN,NL}/Corpus.hs (allExamples)
    duckling-numeral-en/nl       Duckling Duckling/Numeral/{EN,NL}/Corpus.hs (allExamples)

Nothing from those repositories is stored here: the script reads them at run time with `git show`
from two git directories (snapshots of microsoft/Recognizers-Text and facebook/duckling).

A case is one expected value: one `Results` entry of a Recognizers item (an item with three numbers
is three cases), one example string of a Duckling `examples (...) [...]` block. A case is read right
when a figure found in the case's text has its value: low and high within 1e-6 relative (a range
needs both ends; a one-sided range such as "more than 30" or Duckling's `above`/`under` is its bound);
a percentage needs kind percent; money needs kind money and, when the case names a currency, that
currency (generic "$"/"dollar" accepts any dollar, cents are hundredths of USD or EUR, pence of GBP).
Each figure can read only one case of its text. A number case takes any kind.

Representation (factlint's SPEC §3): fractions and proportions are percentages, so Recognizers'
"three quarters" = 0.75 and "one out of three" = 0.333... are scored as 75% and 33.3...% (quantulum3's
plain 0.75, or any count of the fraction's value, is also accepted); a fraction of a scale word ("half a
million", "een half dozijn") is a count. A written fraction of 1 or more ("one and a half", "twenty-three
fifths") is a number, and out of scope as a spelled number unless a scale or a noun goes with it.

Out of scope (the issue's list, and nothing else), counted per suite with the reason:
  date or time; IP address or phone number; maths notation (powers, e-notation, x10^n, "one over
  three", slash and vulgar fractions, comparison signs); lakh and crore (and Indian digit grouping);
  ordinals (all of Recognizers' OrdinalModel; "the tenth"; "two millionth"); a spelled number
  standing alone (no digit, no scale word, no percent or currency, no counted noun after it:
  "twenty-one", "one and a half", "a couple"; "hundred" and "dozen" count as scales for whole numbers,
  only "thousand" and up for fractional ones); a currency not in the SPEC: a currency other than USD
  EUR GBP KES INR CHF JPY CNY and the dollar variants (CAD AUD NZD HKD SGD), written by name or sign
  rather than its ISO code ("finnish markka", "₾", "42 ringgit"; "10MNT" stays in scope).
Cases whose value the corpus leaves null are not cases; items with no value at all are counted as
"no value" (negative examples). Inputs repeated across one suite's files are read once.
Recognizers marks cases its own ports do not support (NotSupported/NotSupportedByDesign); they stay
in scope unless --skip-not-supported, which drops those marked for Python or for all languages.

Duckling constructors read: NumeralValue v; simple CUR v; between CUR (a, b); under CUR v; above CUR v,
with CUR one of Duckling's currencies (Dollar, Cent, Pound, Unnamed, Dinar, Riyal, Rial, Dirham or an
ISO code). Only the corpus's allExamples are read, not negativeCorpus or latentCorpus, and not the
locale corpora (EN/AU, EN/GB, ...), whose "$" means the local dollar.

factlint is used only through its command line: one `factlint figures --format json --lang LANG`
run per suite over one temporary .txt file (plain text, not Markdown) per input, from that temporary
folder. The command is the venv's `factlint` unless --factlint names another; to measure a working tree
other than the installed one, give it as an absolute PYTHONPATH (a relative one does not survive the
change of folder) or pass --factlint "python -m factlint" with such a PYTHONPATH.

Run from the project root (about 15 s; quantulum3 comes with the `bench` extra):

    .venv/bin/python benchmarks/external_suites.py
    .venv/bin/python benchmarks/external_suites.py --misses recognizers-number-en   # or --misses all
    .venv/bin/python benchmarks/external_suites.py --json results.json --recognizers DIR --duckling DIR

It prints a table per suite (cases, excluded, in scope, factlint's and quantulum3's recall), the
exclusions by reason, and the issue's targets. --misses lists factlint's misses on a suite, grouped by
a rough kind ("nothing read", "minus sign dropped", "cents part read apart", ...), with what factlint
read instead (--quantulum-misses adds quantulum3's). --json saves all of it, misses included.
--recognizers and --duckling take the git directories (bare or not) of the two repositories; by
default the /work/.mirror snapshots.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable

MIRRORS = Path("/work/.mirror")
DEFAULT_RECOGNIZERS = MIRRORS / "microsoft+Recognizers-Text" / "repo"
DEFAULT_DUCKLING = MIRRORS / "facebook+duckling" / "repo"

SPEC_CURRENCIES = frozenset({"USD", "EUR", "GBP", "KES", "INR", "CHF", "JPY", "CNY"})
DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD"})
IN_SCOPE_CURRENCIES = SPEC_CURRENCIES | DOLLARS
ANY_DOLLAR = DOLLARS | {"JMD", "TTD", "BZD", "TWD"}
CENT_CURRENCIES = frozenset({"USD", "EUR"})

# Recognizers' unit names without an isoCurrency: (ISO codes accepted, divisor). Any other unit name
# ("Finnish markka", "Franc", "Bitcoin", "Kwartje") is a currency the SPEC does not know.
RECOGNIZERS_UNITS: dict[str, tuple[frozenset[str], float]] = {
    "Dollar": (ANY_DOLLAR, 1), "Euro": (frozenset({"EUR"}), 1), "Pound": (frozenset({"GBP"}), 1),
    "British pound": (frozenset({"GBP"}), 1), "Cent": (CENT_CURRENCIES, 100),
    "Pence": (frozenset({"GBP"}), 100), "Penny": (frozenset({"GBP"}), 100),
    "Rupee": (frozenset({"INR"}), 1), "Swiss franc": (frozenset({"CHF"}), 1),
}
# Duckling's currency constructors that are not ISO codes; an empty set is a currency the SPEC does
# not know. Unnamed ("42 bucks") names no currency.
DUCKLING_UNITS: dict[str, tuple[frozenset[str], float]] = {
    "Dollar": (ANY_DOLLAR, 1), "Cent": (CENT_CURRENCIES, 100), "Pound": (frozenset({"GBP"}), 1),
    "Dinar": (frozenset(), 1), "Riyal": (frozenset(), 1), "Rial": (frozenset(), 1), "Dirham": (frozenset(), 1),
}

# --- words, per language -------------------------------------------------------------------------

NUMBER_WORDS = {
    "en": set("""zero nought naught nil one two three four five six seven eight nine ten eleven twelve
        thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
        seventy eighty ninety hundred thousand million billion trillion a an half quarter""".split()),
    "nl": set("""nul een één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien
        vijftien zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig
        tachtig negentig honderd duizend miljoen miljard biljoen half halve""".split()),
}
# Words after a spelled number that are not the noun it counts.
FUNCTION_WORDS = {
    "en": set("""and or but is are was were be been the a an of in on at to out over than with by for
        from as plus minus times equals equal point percent per it this that there here""".split()),
    "nl": set("""en of maar is zijn was waren de het een van in op uit tot dan als met voor bij aan
        keer plus min is punt komma procent per dit dat er hier""".split()),
}
# Scale words that make a written number a figure: (pattern, value). Dutch scales are matched inside
# compounds. HUNDRED counts as a scale for whole numbers only (see spelled_alone).
SCALES = {
    "en": [(r"\bdozens?\b|\bdzs\b|\bdozs\b", 12), (r"\bgross\b", 144), (r"\bthousands?\b", 1e3),
           (r"\bmillions?\b", 1e6), (r"\bbillions?\b", 1e9), (r"\btrillions?\b", 1e12)],
    "nl": [(r"dozijn", 12), (r"\bgros\b", 144), (r"duizend(?!ste)", 1e3), (r"miljoen(?!ste)", 1e6),
           (r"miljard(?!ste)", 1e9), (r"biljoen(?!ste)", 1e12)],
}
HUNDRED = {"en": r"\bhundreds?\b(?!th)", "nl": r"honderd(?!ste)"}
FRACTION_WORDS = {
    "en": re.compile(r"\b(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|"
                     r"ninths?|\w*tenths?|\w+teenths?|\w+tieths?|hundredths?|thousandths?|millionths?|"
                     r"billionths?|trillionths?)\b"),
    "nl": re.compile(r"\w*(?:half|halve|helft|derden?|kwart|vierden?|vijfden?|zesden?|zevenden?|"
                     r"achtsten?|negenden?|tienden?|sten?)\b"),
}
PROPORTION = {
    "en": re.compile(r"\w\s+(?:out\s+of|in)\s+(?:the\s+)?\w"),
    "nl": re.compile(r"\w\s+(?:op\s+de|van\s+de|uit\s+de|uit|in)\s+\w"),
}
ORDINALS = {
    "en": re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
                     r"ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|hundredth|thousandth|millionth|"
                     r"billionth|trillionth)s?\b"),
    "nl": re.compile(r"\b(?:\d+(?:e|ste|de)|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|"
                     r"negende|tiende|elfde|twaalfde|\w+tiende|\w+tigste|\w+honderdste|honderdste|"
                     r"\w*duizendste|\w*miljoenste)\b"),
}
LAKH_CRORE = re.compile(r"\b(?:lakhs?|lacs?|lkhs?|crores?|krores?|cr|kr|koti)\b|\d\s*l$|\b\d{1,2},\d{2},\d{3}\b",
                        re.IGNORECASE)
DATE_TIME = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}(?:-\d{2})?\b|\b\d{1,2}:\d{2}\b")
IP_ADDRESS = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
PHONE = re.compile(r"\+\d[\d\s/-]{7,}\d|\b0\d{9}\b")
MATHS = re.compile(r"\^|\d[eE][+-]?\d|\dx10|[<>=]|\d\s*/\s*\d|[¼½¾⅐-⅞]")
OVER = re.compile(r"\w\s+over\s+\w")


# --- records -------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Expect:
    """One expected value: a number, a percentage or a sum of money (low == high unless a range)."""

    text: str  # the span the corpus names
    kind: str  # "number" | "percent" | "money"
    low: float
    high: float
    currencies: frozenset[str] | None = None  # money: the ISO codes accepted; None: unnamed
    fraction: bool = False  # a percentage read from a fraction: a plain 0.75 is accepted for 75%
    excluded: str | None = None  # the reason it is out of scope

    def show(self) -> str:
        value = _num(self.low) if self.low == self.high else f"{_num(self.low)}–{_num(self.high)}"
        if self.kind == "percent":
            return f"{value}%"
        if self.kind == "number":
            return value
        if self.currencies is None:
            return f"{value} money"
        if self.currencies == ANY_DOLLAR:
            return f"{value} any dollar"
        return f"{value} {'/'.join(sorted(self.currencies)) or 'unknown currency'}"


@dataclass(slots=True)
class Case:
    """One input text and the values expected in it."""

    source: str  # file in the upstream repository
    text: str
    expects: list[Expect]
    unsupported: bool = False  # Recognizers marks it NotSupported(ByDesign) for Python or all


@dataclass(frozen=True, slots=True)
class Figure:
    text: str
    low: float
    high: float
    kind: str  # "money" | "percent" | "count"
    unit: str | None

    def show(self) -> str:
        value = _num(self.low) if self.low == self.high else f"{_num(self.low)}–{_num(self.high)}"
        return f"{self.text!r}={value} {self.kind}{'/' + self.unit if self.unit else ''}"


@dataclass
class Suite:
    name: str
    lang: str  # "en" | "nl"
    load: Callable[[argparse.Namespace], list[Case]]
    duplicates: int = 0  # inputs repeated across the suite's files, read once


def _num(x: float) -> str:
    return f"{x:.10g}"


# --- reading the upstream repositories -----------------------------------------------------------

def git_files(gitdir: Path, prefix: str) -> list[str]:
    out = subprocess.run(["git", f"--git-dir={gitdir}", "ls-tree", "-r", "--name-only", "HEAD", "--", prefix],
                         capture_output=True, text=True, check=True).stdout
    return sorted(out.split("\n")[:-1])


def git_show(gitdir: Path, path: str) -> str:
    data = subprocess.run(["git", f"--git-dir={gitdir}", "show", f"HEAD:{path}"],
                          capture_output=True, check=True).stdout
    return data.decode("utf-8-sig")


def git_dir(path: Path) -> Path:
    """A repository's git directory: the path itself when bare, else its .git."""
    return path / ".git" if (path / ".git").exists() else path


# --- scope: the exclusion rules, in order --------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Context:
    """What the rules look at: the case's text, the expected span in it and the reading so far."""

    text: str
    start: int
    end: int
    lang: str
    kind: str
    low: float
    high: float
    form: str | None  # fraction form: see fraction_form

    @property
    def span(self) -> str:
        return self.text[self.start:self.end]


def _overlaps(pattern: re.Pattern, ctx: Context) -> bool:
    return any(m.start() < ctx.end and ctx.start < m.end() for m in pattern.finditer(ctx.text))


def date_or_time(ctx: Context) -> str | None:
    return "date or time" if _overlaps(DATE_TIME, ctx) else None


def ip_or_phone(ctx: Context) -> str | None:
    return "IP address or phone number" if _overlaps(IP_ADDRESS, ctx) or _overlaps(PHONE, ctx) else None


def lakh_crore(ctx: Context) -> str | None:
    return "lakh or crore" if LAKH_CRORE.search(ctx.span) else None


def ordinal(ctx: Context) -> str | None:
    """An ordinal in the span with a whole value ("the tenth"), or after a number ("two millionth").
    Not in fractions, whose denominators are ordinal words ("three fifths")."""
    if ctx.form is not None:
        return None
    whole = ctx.low == int(ctx.low) and ctx.high == int(ctx.high)
    if whole and ORDINALS[ctx.lang].search(ctx.span.lower()):
        return "ordinal"
    after = re.match(r"\s*(\w+)", ctx.text[ctx.end:])
    if ctx.kind == "number" and after and ORDINALS[ctx.lang].fullmatch(after.group(1).lower()):
        return "ordinal"
    return None


def maths(ctx: Context) -> str | None:
    if MATHS.search(ctx.span) or ctx.form == "over":
        return "maths notation"
    return None


def spelled_alone(ctx: Context) -> str | None:
    """A written number with no digit, scale, percent, currency or counted noun after it."""
    if ctx.kind != "number" or re.search(r"\d", ctx.span):
        return None
    span = ctx.span.lower()
    whole = ctx.form is None and ctx.low == int(ctx.low) and ctx.high == int(ctx.high)
    if any(re.search(p, span) for p, _ in SCALES[ctx.lang]) or (whole and re.search(HUNDRED[ctx.lang], span)):
        return None
    after = re.match(r"[\s-]*([^\W\d_][\w']*)", ctx.text[ctx.end:])
    if after:
        word = after.group(1).lower()
        if word not in FUNCTION_WORDS[ctx.lang] and word not in NUMBER_WORDS[ctx.lang]:
            return None  # a counted noun: "twenty-six people"
    return "spelled number standing alone"


RULES: list[Callable[[Context], str | None]] = [date_or_time, ip_or_phone, lakh_crore, maths, ordinal,
                                                spelled_alone]


def exclusion(ctx: Context) -> str | None:
    for rule in RULES:
        reason = rule(ctx)
        if reason:
            return reason
    return None


def fraction_form(span: str, value: float, lang: str, is_fraction: bool) -> str | None:
    """How a number that may be a fraction reads: None (not one), "proportion" and "fraction"
    (percentages: "one in three", "three quarters"), "of-scale" (a count: "half a million"),
    "mixed" (a number: "one and a half", "twenty-three fifths") or "over" (maths notation).
    Slash and vulgar fractions are left to the maths rule."""
    t = span.lower()
    if MATHS.search(t):
        return None
    if OVER.search(t):
        return "over"
    if PROPORTION[lang].search(t) and (is_fraction or abs(value) < 1):
        return "proportion"
    if not (is_fraction or FRACTION_WORDS[lang].search(t)):
        return None
    if any(ORDINALS[lang].fullmatch(w) for w in re.findall(r"\b(?:the|de)\s+(\w+)", t)):
        return None  # "the tenth", "de vijftiende": ordinals, not denominators
    scale = max((v for p, v in SCALES[lang] if re.search(p, t)), default=0)
    if scale and abs(value) >= scale / 4:
        return "of-scale"
    return "fraction" if abs(value) < 1 else "mixed"


def currency_scope(isos: frozenset[str] | None, span: str) -> str | None:
    """Currencies outside the SPEC count as out of scope only when written by name or sign (an empty
    set: a currency with no ISO code in the corpus)."""
    if isos is None or isos & IN_SCOPE_CURRENCIES:
        return None
    if any(code.lower() in span.lower() for code in isos):
        return None
    return "currency not in SPEC"


def number_expect(text: str, start: int, end: int, lang: str, low: float, high: float,
                  is_fraction: bool = False, percent: bool = False) -> Expect:
    """A number (or percentage) the corpus expects, with fractions read as percentages."""
    span = text[start:end]
    scale = 100 if percent else 1
    form = fraction_form(span, max(abs(low), abs(high)) / scale, lang, is_fraction)
    fraction = form in ("proportion", "fraction")
    kind = "percent" if percent or fraction else "number"
    if fraction and not percent:
        low, high = low * 100, high * 100
    ctx = Context(text, start, end, lang, kind, low, high, form)
    return Expect(span, kind, low, high, None, fraction, exclusion(ctx))


def money_expect(text: str, start: int, end: int, lang: str, low: float, high: float,
                 isos: frozenset[str] | None, divisor: float = 1) -> Expect:
    span = text[start:end]
    ctx = Context(text, start, end, lang, "money", low, high, None)
    reason = exclusion(ctx) or currency_scope(isos, span)
    return Expect(span, "money", low / divisor, high / divisor, isos, False, reason)


# --- Recognizers-Text ----------------------------------------------------------------------------

def recognizers_value(raw: str, lang: str) -> float:
    raw = raw.strip().rstrip("%")
    return float(raw.replace(",", ".") if lang == "nl" else raw)


def recognizers_range(raw: str, lang: str) -> tuple[float, float]:
    """'[20,30)' -> (20, 30); '(30,)' -> (30, 30): a one-sided range is its bound."""
    low_s, high_s = raw.strip()[1:-1].split(",")
    ends = [float(x) for x in (low_s, high_s) if x.strip()]
    return ends[0], ends[-1]


def _locate(text: str, result: dict) -> tuple[int, int]:
    start, end = result.get("Start"), result.get("End")
    want = result.get("Text", "")
    if isinstance(start, int) and isinstance(end, int) and text[start:end + 1].lower() == want.lower():
        return start, end + 1
    at = text.lower().find(want.lower())
    return (at, at + len(want)) if at >= 0 else (0, len(text))


def _unsupported(item: dict) -> bool:
    marks = ",".join(str(item.get(k, "")) for k in ("NotSupported", "NotSupportedByDesign")).lower()
    return "python" in marks or "all" in marks


def recognizers_expect(text: str, result: dict, lang: str, model: str) -> Expect | None:
    resolution = result.get("Resolution") or {}
    raw = resolution.get("value")
    if raw in (None, "null", ""):
        return None
    start, end = _locate(text, result)
    if model == "ordinal":  # out of scope whatever its value ("end+0", "current-1" included)
        try:
            value = recognizers_value(str(raw), lang)
        except ValueError:
            value = math.nan
        return Expect(text[start:end], "number", value, value, excluded="ordinal")
    if model == "range":
        low, high = recognizers_range(raw, lang)
        return number_expect(text, start, end, lang, low, high)
    value = recognizers_value(str(raw), lang)
    if model == "percent":
        return number_expect(text, start, end, lang, value, value, percent=True)
    if model == "currency":
        iso = resolution.get("isoCurrency")
        unknown = (frozenset(), 1)
        isos, divisor = (frozenset({iso}), 1) if iso else RECOGNIZERS_UNITS.get(resolution.get("unit"), unknown)
        return money_expect(text, start, end, lang, value, value, isos, divisor)
    return number_expect(text, start, end, lang, value, value, is_fraction=resolution.get("subtype") == "fraction")


def _model(path: str) -> str:
    name = Path(path).name
    for prefix, model in (("Ordinal", "ordinal"), ("NumberRange", "range"), ("Percent", "percent"),
                          ("Currency", "currency"), ("Number", "number")):
        if name.startswith(prefix):
            return model
    raise ValueError(path)


def _proportion_result(text: str, results: list[dict], lang: str) -> dict | None:
    """NumberModelPercentMode gives 'one out of three' as the numbers 1 and 3; SPEC reads one
    proportion. The two results merged into one fraction result, or None."""
    values = [r for r in results if (r.get("Resolution") or {}).get("value") not in (None, "null")]
    if len(values) != 2:
        return None
    (s1, e1), (s2, e2) = (_locate(text, r) for r in values)
    if not re.fullmatch(r"out of|in|van de|uit|uit de|op de", text[e1:s2].strip().lower()):
        return None
    a, b = (recognizers_value(str(r["Resolution"]["value"]), lang) for r in values)
    return {"Text": text[s1:e2], "Start": s1, "End": e2 - 1,
            "Resolution": {"subtype": "fraction", "value": str(a / b) if b else "null"}}


def recognizers(gitdir: Path, prefix: str, lang: str) -> list[Case]:
    """The cases of every spec file under `prefix` (a folder or one file), in file-name order."""
    cases = []
    for path in git_files(gitdir, prefix):
        if not path.endswith(".json"):
            continue
        model = _model(path)
        for item in json.loads(git_show(gitdir, path)):
            text = item["Input"]
            results = item.get("Results") or []
            merged = _proportion_result(text, results, lang) if "PercentMode" in path else None
            expects = [recognizers_expect(text, r, lang, model) for r in ([merged] if merged else results)]
            cases.append(Case(Path(path).name, text, [e for e in expects if e], _unsupported(item)))
    return cases


# --- Duckling ------------------------------------------------------------------------------------

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
            "\\": "\\", '"': '"', "'": "'", "&": ""}


def haskell_string(src: str, i: int) -> tuple[str, int]:
    """Read the Haskell string literal opening at src[i] == '"'; return it and the index after it.
    Tolerant: \\xHH, \\oOO, \\DDD, \\& and string gaps; an unknown escape is kept as written."""
    out = []
    i += 1
    while i < len(src):
        c = src[i]
        if c == '"':
            return "".join(out), i + 1
        if c != "\\":
            out.append(c)
            i += 1
            continue
        nxt = src[i + 1]
        if m := re.match(r"x([0-9a-fA-F]+)|o([0-7]+)|([0-9]+)", src[i + 1:]):
            hexa, octal, dec = m.groups()
            out.append(chr(int(hexa, 16) if hexa else int(octal, 8) if octal else int(dec)))
            i += 1 + m.end()
        elif nxt in _ESCAPES:
            out.append(_ESCAPES[nxt])
            i += 2
        elif nxt.isspace():  # a string gap: backslash, white space, backslash
            i = src.index("\\", i + 1) + 1
        else:
            out.append(nxt)
            i += 2
    raise ValueError("unterminated string literal")


def _strip_comments(src: str) -> str:
    """Blank out -- and {- -} comments, leaving string literals alone."""
    out, i = [], 0
    while i < len(src):
        if src[i] == '"':
            _, j = haskell_string(src, i)
            out.append(src[i:j])
            i = j
        elif src.startswith("--", i) and not re.match(r"-{2,}[!#$%&*+./<=>?@\\^|~:]", src[i:]):
            j = src.find("\n", i)
            i = len(src) if j < 0 else j
        elif src.startswith("{-", i):
            j = src.find("-}", i)
            i = len(src) if j < 0 else j + 2
        else:
            out.append(src[i])
            i += 1
    return "".join(out)


def _balanced(src: str, i: int) -> int:
    """The index after the parenthesised expression opening at src[i] == '('."""
    depth = 0
    while i < len(src):
        if src[i] == '"':
            i = haskell_string(src, i)[1]
            continue
        depth += {"(": 1, ")": -1}.get(src[i], 0)
        i += 1
        if depth == 0:
            return i
    raise ValueError("unbalanced parentheses")


_NUM = r"(\(?\s*-?\s*[0-9][0-9.eE+-]*\s*\)?)"
CONSTRUCTORS = [  # (pattern, kind); the currency is group "cur", the values the groups after it
    (re.compile(rf"NumeralValue\s+{_NUM}$"), "number"),
    (re.compile(rf"simple\s+(?P<cur>\w+)\s+{_NUM}$"), "money"),
    (re.compile(rf"between\s+(?P<cur>\w+)\s+\(\s*{_NUM}\s*,\s*{_NUM}\s*\)$"), "money"),
    (re.compile(rf"(?:under|above)\s+(?P<cur>\w+)\s+{_NUM}$"), "money"),
]


def duckling_value(expr: str) -> tuple[str, str | None, float, float] | None:
    """(kind, currency constructor, low, high) of a corpus value such as `between Dollar (10, 20)`."""
    for pattern, kind in CONSTRUCTORS:
        if m := pattern.match(expr):
            currency = m.groupdict().get("cur")
            values = [float(re.sub(r"[()\s]", "", g)) for g in m.groups()[1 if currency else 0:]]
            return kind, currency, values[0], values[-1]
    return None


def duckling_blocks(src: str) -> Iterable[tuple[str, list[str]]]:
    """(constructor expression, example strings) for each `examples (...) [...]` of allExamples."""
    src = _strip_comments(src)
    body = re.search(r"^allExamples\s*=(.*?)(?=^\S|\Z)", src, re.MULTILINE | re.DOTALL)
    if not body:
        return
    text = body.group(1)
    for m in re.finditer(r"\bexamples\s*\(", text):
        open_at = m.end() - 1
        close_at = _balanced(text, open_at)
        expr = " ".join(text[open_at + 1:close_at - 1].split())
        i = close_at
        while text[i].isspace():
            i += 1
        if text[i] != "[":
            continue
        strings, i = [], i + 1
        while i < len(text) and text[i] != "]":
            if text[i] == '"':
                s, i = haskell_string(text, i)
                strings.append(s)
            else:
                i += 1
        yield expr, strings


def duckling(gitdir: Path, path: str, lang: str, unread: Counter) -> list[Case]:
    cases = []
    for expr, strings in duckling_blocks(git_show(gitdir, path)):
        value = duckling_value(expr)
        if value is None:
            unread[expr.split()[0]] += len(strings)
            continue
        kind, currency, low, high = value
        for s in strings:
            if kind == "number":
                expect = number_expect(s, 0, len(s), lang, low, high)
            elif currency == "Unnamed":
                expect = money_expect(s, 0, len(s), lang, low, high, None)
            else:
                isos, divisor = DUCKLING_UNITS.get(currency, (frozenset({currency}), 1))
                if currency == "Cent" and re.search(r"penn|pence", s, re.IGNORECASE):
                    isos = isos | {"GBP"}
                expect = money_expect(s, 0, len(s), lang, low, high, isos, divisor)
            cases.append(Case(Path(path).as_posix(), s, [expect]))
    return cases


UNREAD: Counter = Counter()  # Duckling constructors not read, with their number of examples


def recognizers_suite(folder: str, lang: str) -> Callable[[argparse.Namespace], list[Case]]:
    return lambda args: recognizers(args.recognizers, folder, lang)


def duckling_suite(path: str, lang: str) -> Callable[[argparse.Namespace], list[Case]]:
    return lambda args: duckling(args.duckling, path, lang, UNREAD)


SUITES = [
    Suite("recognizers-number-en", "en", recognizers_suite("Specs/Number/English/", "en")),
    Suite("recognizers-number-nl", "nl", recognizers_suite("Specs/Number/Dutch/", "nl")),
    Suite("recognizers-currency-en", "en", recognizers_suite("Specs/NumberWithUnit/English/CurrencyModel.json", "en")),
    Suite("recognizers-currency-nl", "nl", recognizers_suite("Specs/NumberWithUnit/Dutch/CurrencyModel.json", "nl")),
    Suite("duckling-money-en", "en", duckling_suite("Duckling/AmountOfMoney/EN/Corpus.hs", "en")),
    Suite("duckling-money-nl", "nl", duckling_suite("Duckling/AmountOfMoney/NL/Corpus.hs", "nl")),
    Suite("duckling-numeral-en", "en", duckling_suite("Duckling/Numeral/EN/Corpus.hs", "en")),
    Suite("duckling-numeral-nl", "nl", duckling_suite("Duckling/Numeral/NL/Corpus.hs", "nl")),
]
PAIRS = ["recognizers-number", "recognizers-currency", "duckling-money", "duckling-numeral"]  # -en beside -nl


def dedupe(suite: Suite, cases: list[Case]) -> list[Case]:
    seen, kept = set(), []
    for case in cases:
        if case.text in seen:
            suite.duplicates += 1
            continue
        seen.add(case.text)
        kept.append(case)
    return kept


# --- the readers ---------------------------------------------------------------------------------

def factlint_command(explicit: str | None) -> list[str]:
    if explicit:
        return explicit.split()
    beside = Path(sys.executable).with_name("factlint")
    return [str(beside)] if beside.exists() else [shutil.which("factlint") or "factlint"]


def factlint_readings(command: list[str], texts: list[str], lang: str) -> list[list[Figure]]:
    """Every text in its own file, all files in one `factlint figures` run."""
    with tempfile.TemporaryDirectory(prefix="factlint-suites-") as tmp:
        names = [f"{n:05d}.txt" for n in range(len(texts))]
        for name, text in zip(names, texts):
            Path(tmp, name).write_text(text, encoding="utf-8")
        run = subprocess.run([*command, "figures", "--format", "json", "--lang", lang, *names],
                             cwd=tmp, capture_output=True, text=True)
        if run.returncode not in (0, 1) or not run.stdout.strip():
            raise RuntimeError(f"factlint figures failed ({run.returncode}): {run.stderr.strip()[-500:]}")
        report = json.loads(run.stdout)
    found: dict[str, list[Figure]] = {name: [] for name in names}
    for f in report["findings"]:
        fig = f["figure"]
        found[Path(f["path"]).name].append(Figure(f["text"], float(fig["low"]), float(fig["high"]),
                                                  fig["kind"], fig["unit"]))
    return [found[name] for name in names]


def quantulum_parser():
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
        return parser
    except ImportError:
        return None


SUBUNITS = {"cent": ("USD", 100), "penny": ("GBP", 100), "pence": ("GBP", 100)}


def quantulum_reading(parser, text: str) -> list[Figure]:
    """quantulum3's quantities as figures: currencies by their ISO code (cents and pence as hundredths),
    percentages as percent, anything else as a count of its value."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            quantities = parser.parse(text, lang="en_US")
        except Exception:  # quantulum3 raises on some inputs; it then reads nothing
            return []
    figures = []
    for q in quantities:
        low = high = float(q.value)
        if getattr(q, "uncertainty", None):
            low, high = q.value - q.uncertainty, q.value + q.uncertainty
        name = q.unit.name.lower()
        if name in SUBUNITS:
            code, divisor = SUBUNITS[name]
            figures.append(Figure(q.surface, low / divisor, high / divisor, "money", code))
        elif q.unit.entity.name == "currency":
            figures.append(Figure(q.surface, low, high, "money", getattr(q.unit, "currency_code", None)))
        elif name in ("percentage", "percent"):
            figures.append(Figure(q.surface, low, high, "percent", "%"))
        else:
            figures.append(Figure(q.surface, low, high, "count", q.unit.name))
    return figures


# --- scoring -------------------------------------------------------------------------------------

def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


def matches(expect: Expect, fig: Figure) -> bool:
    same = _close(fig.low, expect.low) and _close(fig.high, expect.high)
    if expect.kind == "percent":
        if fig.kind == "percent" and same:
            return True
        return expect.fraction and fig.kind == "count" and _close(fig.low * 100, expect.low) and _close(
            fig.high * 100, expect.high)
    if expect.kind == "money" and expect.currencies is not None:
        return same and fig.kind == "money" and fig.unit in expect.currencies
    return same


def why(expect: Expect, figures: list[Figure]) -> str:
    """A short name for a miss, to group them."""
    if not figures:
        return "nothing read"
    same = [f for f in figures if _close(f.low, expect.low) and _close(f.high, expect.high)]
    if same:
        f = same[0]
        if expect.kind == "money" and f.kind == "money":
            return f"currency {f.unit} for {expect.show().split(' ', 1)[1]}"
        return f"value right, kind {f.kind} for {expect.kind}"
    singles = {f.low for f in figures if f.low == f.high}
    if expect.low != expect.high:
        ends = sum(any(_close(v, e) for v in singles) for e in (expect.low, expect.high))
        if ends == 2:
            return "range read as two numbers"
        if ends == 1 or any(_close(f.low, expect.low) or _close(f.high, expect.high) for f in figures):
            return "range: one end read"
    if expect.kind == "percent" and expect.fraction:
        return "fraction not read as a percentage"
    if expect.kind == "money" and any(_close(f.low, expect.low * 100) for f in figures):
        return "cents or pence not converted"
    lows = [f.low for f in figures]
    if expect.kind == "money" and any(_close(a + b / 100, expect.low) for a, b in zip(lows, lows[1:])):
        return "cents part read apart"
    if expect.low and any(_close(f.low, -expect.low) for f in figures):
        return "minus sign dropped"
    if expect.low and any(f.low and any(_close(expect.low / f.low, m) for m in (12, 100, 1e3, 1e6, 1e9, 1e12))
                          for f in figures):
        return "scale not applied"
    if len(lows) > 1 and any(_close(sum(lows[i:j]), expect.low)
                             for i in range(len(lows)) for j in range(i + 2, len(lows) + 1)):
        return "number read in parts"
    return "other value"


def score(cases: list[Case], readings: list[list[Figure]]) -> tuple[int, list[dict]]:
    """(cases read right, misses) over the in-scope cases; each figure reads at most one case."""
    hits, misses = 0, []
    for case, figures in zip(cases, readings):
        free = list(figures)
        for expect in case.expects:
            if expect.excluded:
                continue
            fig = next((f for f in free if matches(expect, f)), None)
            if fig is not None:
                free.remove(fig)
                hits += 1
            else:
                misses.append({"text": case.text, "source": case.source, "expected": expect.show(),
                               "span": expect.text, "why": why(expect, figures),
                               "got": [f.show() for f in figures]})
    return hits, misses


# --- running -------------------------------------------------------------------------------------

def apply_options(case: Case, skip_unsupported: bool) -> Case:
    if skip_unsupported and case.unsupported:
        return replace(case, expects=[e if e.excluded else replace(e, excluded="NotSupported for Python (option)")
                                      for e in case.expects])
    return case


def run_suite(suite: Suite, args, command: list[str], parser) -> dict:
    cases = [apply_options(c, args.skip_not_supported) for c in dedupe(suite, suite.load(args))]
    expects = [e for c in cases for e in c.expects]
    in_scope = [e for e in expects if not e.excluded]
    scored = [c for c in cases if any(not e.excluded for e in c.expects)]
    readings = factlint_readings(command, [c.text for c in scored], suite.lang) if scored else []
    fl_hits, fl_misses = score(scored, readings)
    result = {
        "suite": suite.name, "lang": suite.lang, "cases": len(expects),
        "excluded": dict(Counter(e.excluded for e in expects if e.excluded).most_common()),
        "in_scope": len(in_scope), "no_value_items": sum(1 for c in cases if not c.expects),
        "duplicate_inputs": suite.duplicates,
        "factlint": {"right": fl_hits, "recall": fl_hits / len(in_scope) if in_scope else None},
        "quantulum3": None, "factlint_misses": fl_misses,
    }
    if parser is not None and suite.lang == "en":
        q_hits, q_misses = score(scored, [quantulum_reading(parser, c.text) for c in scored])
        result["quantulum3"] = {"right": q_hits, "recall": q_hits / len(in_scope) if in_scope else None}
        result["quantulum3_misses"] = q_misses
    return result


def _pct(tool: dict | None, n: int) -> str:
    if tool is None or tool["recall"] is None:
        return "n/a"
    return f"{tool['recall']:6.1%} ({tool['right']}/{n})"


def print_table(results: list[dict]) -> None:
    head = f"{'suite':<25} {'cases':>5} {'excluded':>8} {'in scope':>8}   {'factlint':<18} {'quantulum3':<18}"
    print(head)
    print("-" * len(head))
    for r in results:
        excluded = sum(r["excluded"].values())
        print(f"{r['suite']:<25} {r['cases']:>5} {excluded:>8} {r['in_scope']:>8}   "
              f"{_pct(r['factlint'], r['in_scope']):<18} {_pct(r['quantulum3'], r['in_scope']):<18}")
    print("\nexcluded, by reason (and what was not a case):")
    for r in results:
        reasons = ", ".join(f"{why} {n}" for why, n in r["excluded"].items()) or "none"
        print(f"  {r['suite']:<25} {reasons}; items with no value {r['no_value_items']}, "
              f"duplicate inputs {r['duplicate_inputs']}")
    if UNREAD:
        print("  Duckling constructors not read (examples skipped): "
              + ", ".join(f"{k} {n}" for k, n in UNREAD.items()))


def print_targets(results: list[dict]) -> None:
    by_name = {r["suite"]: r for r in results}
    print("\ntargets (issue):")
    for r in results:
        if r["lang"] == "en" and r["quantulum3"] is not None:
            fl, q = r["factlint"]["recall"], r["quantulum3"]["recall"]
            print(f"  {r['suite']:<25} factlint ahead of quantulum3: {'yes' if fl > q else 'NO'} "
                  f"({fl:.1%} vs {q:.1%})")
    for prefix in PAIRS:
        en, nl = by_name.get(f"{prefix}-en"), by_name.get(f"{prefix}-nl")
        if en and nl and en["in_scope"] and nl["in_scope"]:
            a, b = nl["factlint"]["recall"], en["factlint"]["recall"]
            print(f"  {prefix + '-nl':<25} at least as good as English: {'yes' if a >= b else 'NO'} "
                  f"({a:.1%} vs {b:.1%})")


def print_misses(result: dict, key: str) -> None:
    misses = result.get(key) or []
    print(f"\n{key.split('_')[0]} misses on {result['suite']}: {len(misses)}")
    groups = Counter(m["why"] for m in misses)
    print("  by kind: " + "; ".join(f"{w} {n}" for w, n in groups.most_common()))
    for m in sorted(misses, key=lambda m: (-groups[m["why"]], m["why"])):
        got = ", ".join(m["got"]) or "-"
        print(f"  [{m['why']}] {m['text']!r}\n      expected {m['expected']} ({m['span']!r}); got {got}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--recognizers", type=Path, default=DEFAULT_RECOGNIZERS,
                    help="git directory of microsoft/Recognizers-Text")
    ap.add_argument("--duckling", type=Path, default=DEFAULT_DUCKLING, help="git directory of facebook/duckling")
    ap.add_argument("--suite", action="append", help="run only these suites (repeatable)")
    ap.add_argument("--misses", metavar="SUITE", action="append",
                    help="list factlint's misses on SUITE ('all' for every suite)")
    ap.add_argument("--quantulum-misses", action="store_true", help="with --misses, list quantulum3's too")
    ap.add_argument("--json", metavar="OUT", type=Path, help="save the results (misses included) as JSON")
    ap.add_argument("--skip-not-supported", action="store_true",
                    help="drop Recognizers cases marked NotSupported(ByDesign) for Python or all")
    ap.add_argument("--no-quantulum", action="store_true", help="skip quantulum3")
    ap.add_argument("--factlint", metavar="CMD", help="the factlint command (default: the venv's)")
    args = ap.parse_args(argv)
    args.recognizers, args.duckling = git_dir(args.recognizers), git_dir(args.duckling)
    for name, path in (("--recognizers", args.recognizers), ("--duckling", args.duckling)):
        if not path.exists():
            ap.error(f"{name}: no git directory at {path}")
    names = {s.name for s in SUITES}
    for wanted in (args.suite or []) + [m for m in (args.misses or []) if m != "all"]:
        if wanted not in names:
            ap.error(f"unknown suite {wanted!r}; one of: {', '.join(sorted(names))}")

    started = time.perf_counter()
    command = factlint_command(args.factlint)
    parser = None if args.no_quantulum else quantulum_parser()
    results = []
    for suite in SUITES:
        if args.suite and suite.name not in args.suite:
            continue
        results.append(run_suite(suite, args, command, parser))

    print_table(results)
    print_targets(results)
    for r in results:
        if args.misses and ("all" in args.misses or r["suite"] in args.misses):
            print_misses(r, "factlint_misses")
            if args.quantulum_misses and r.get("quantulum3_misses") is not None:
                print_misses(r, "quantulum3_misses")
    if args.json:
        settings = {"skip_not_supported": args.skip_not_supported,
                    "recognizers": str(args.recognizers), "duckling": str(args.duckling),
                    "recognizers_commit": _head(args.recognizers), "duckling_commit": _head(args.duckling)}
        args.json.write_text(json.dumps({"settings": settings, "suites": results}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
    missing = parser is None and not args.no_quantulum
    print(f"\n{time.perf_counter() - started:.1f} s"
          + ("; quantulum3 not installed: pip install -e '.[bench]'" if missing else ""))
    return 0


def _head(gitdir: Path) -> str:
    run = subprocess.run(["git", f"--git-dir={gitdir}", "rev-parse", "HEAD"], capture_output=True, text=True)
    return run.stdout.strip()


if __name__ == "__main__":
    sys.exit(main())
