"""Generated, seeded inputs for the benchmarks: a registry of N claims over sources, and Markdown drafts.

Vocabulary: the English seeds' words plus pronounceable made-up words (a few thousand in all), drawn with a
Zipf-like skew so that some words are common across claims and most are rare, as in a real registry. None
is a word of a language's tables (`factlint.lang.LANGUAGES`): the drafts change when those tables do, not
when the code around them does.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from factlint.lang import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
FACTLINT = str(Path(sys.executable).with_name("factlint"))
SEED = 7
VOCABULARY_SIZE = 3000

_SYLLABLES = ("bra ton mel ka ri vos den lu sar ne pol tam gri fen co ver dal mi sto rup ag el or an is "
              "ul tra ben cor fal gan hol jor kel lin mor nor pan quel ros sil tor ust var wel yor zan").split()
_FIGURE_KINDS = ("money_rate", "money", "percent", "count", "range")
_PLACES = ("Kenya", "the Philippines", "Madagascar", "Venezuela", "India", "Brazil", "Uganda", "Peru", "Vietnam",
           "Ghana", "Nepal", "Colombia", "Indonesia", "Morocco", "Bolivia", "Senegal", "Chile", "Poland")
_NOUNS = ("workers", "people", "households", "firms", "annotators", "farmers", "students", "patients", "drivers",
          "contracts", "tasks", "images", "passages", "devices", "mines", "schools", "clinics", "users")
_PERIODS = ("an hour", "a day", "a month", "per week", "a year")


def _strings(value: object) -> Iterator[str]:
    """Every string in a table: itself, or the items of a tuple or set, or the keys and values of a mapping."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _strings(item)


def language_words() -> set[str]:
    """The words of every language's tables: number, scale, month, qualifier, period, stop words and the rest
    (the regex `compound_ending` and the splitter functions are no tables)."""
    words: set[str] = set()
    for language in LANGUAGES.values():
        for field in fields(language):
            if field.name != "compound_ending":
                for text in _strings(getattr(language, field.name)):
                    words.update(re.findall(r"[a-z]+", text.lower()))
    return words


def vocabulary(rng: random.Random) -> list[str]:
    """Real English words from the seeds, then made-up ones, none a word of a language's tables."""
    banned = language_words()
    words: list[str] = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        if p.name[:3] in ("001", "002"):  # the Dutch seeds
            continue
        for w in re.findall(r"[A-Za-z]{5,}", p.read_text(encoding="utf-8")):
            w = w.lower()
            if w not in banned and w not in words:
                words.append(w)
    seen = set(words)
    while len(words) < VOCABULARY_SIZE:
        w = "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 3, 3, 4))))
        if len(w) >= 5 and w not in seen and w not in banned:
            seen.add(w)
            words.append(w)
    rng.shuffle(words)
    return words


class Words:
    """Draws words with a Zipf-like skew: word k is picked with weight 1/(k+1)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = vocabulary(rng)
        weights = [1.0 / (k + 1) ** 0.9 for k in range(len(self.words))]
        total = 0.0
        self.cum = []
        for w in weights:
            total += w
            self.cum.append(total)

    def some(self, n: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cum, k=n)


@dataclass(frozen=True)
class GenClaim:
    id: str
    source: str
    topic: tuple[str, ...]  # the content words the claim is about
    place: str
    noun: str
    figure: str  # as the quote writes it
    altered: str  # a conflicting version of the figure


def _figure(rng: random.Random, kind: str, noun: str) -> tuple[str, str]:
    """A figure as written, and a version of it that disagrees."""
    if kind == "money_rate":
        v = rng.choice((1.46, 2.2, 3.75, 12.5, 0.9, 7.1, 45.0, 90.0))
        per = rng.choice(_PERIODS)
        return f"${v:.2f} {per}", f"${v * 1.3:.2f} {per}"
    if kind == "money":
        v = rng.randint(2, 900)
        scale = rng.choice(("million", "billion"))
        return f"€{v} {scale}", f"€{v + rng.randint(3, 40)} {scale}"
    if kind == "percent":
        v = rng.randint(3, 97)
        return f"{v}%", f"{(v + 11) % 100 or 5}%"
    if kind == "count":
        v = rng.randint(2, 950)
        scale = rng.choice(("thousand", "million"))
        return f"{v} {scale} {noun}", f"{v * 2} {scale} {noun}"
    lo = rng.randint(10, 400)
    hi = lo + rng.randint(20, 300)
    return f"between {lo} million and {hi} million {noun}", f"between {lo} million and {hi + 50} million {noun}"


def make_claims(n: int, rng: random.Random, words: Words, per_source: int = 50) -> list[GenClaim]:
    out = []
    for i in range(n):
        noun = rng.choice(_NOUNS)
        fig, alt = _figure(rng, rng.choice(_FIGURE_KINDS), noun)
        out.append(GenClaim(f"claim-{i:05d}", f"source-{i // per_source:04d}", tuple(words.some(5)),
                            rng.choice(_PLACES), noun, fig, alt))
    return out


def quote_of(c: GenClaim) -> str:
    t = c.topic
    return f"In {c.place}, the {t[0]} {t[1]} for {t[2]} reached {c.figure} according to the {t[3]} report"


def write_registry(folder: Path, claims: list[GenClaim]) -> Path:
    """A project with seeds/ (one source text per source id) and claims/ (one TOML file per source)."""
    (folder / "seeds").mkdir(parents=True, exist_ok=True)
    (folder / "claims").mkdir(parents=True, exist_ok=True)
    by_source: dict[str, list[GenClaim]] = {}
    for c in claims:
        by_source.setdefault(c.source, []).append(c)
    for sid, group in by_source.items():
        body = "\n\n".join(f"Paragraph {k + 1}. {quote_of(c)}. The {c.topic[4]} {c.noun} were also discussed."
                           for k, c in enumerate(group))
        (folder / "seeds" / f"{sid}.txt").write_text(body + "\n", encoding="utf-8")
        toml = [f'[[source]]\nid = "{sid}"\npath = "seeds/{sid}.txt"\ntitle = "Report {sid}"\n']
        for c in group:
            t = c.topic
            toml.append(
                f'[[claim]]\nid = "{c.id}"\nsource = "{sid}"\nquote = "{quote_of(c)}"\nfigure = "{c.figure}"\n'
                f'statement = "The {t[0]} {t[1]} for {t[2]} in {c.place} reached {c.figure}, according to a '
                f'{t[3]} report on {c.noun}."\n'
                f'keywords = ["{t[0]} {t[1]}", "{t[2]}", "{t[4]}", "{c.noun}"]\n')
        (folder / "claims" / f"{sid}.toml").write_text("\n".join(toml), encoding="utf-8")
    return folder


def draft(nbytes: int, claims: list[GenClaim], rng: random.Random, words: Words) -> str:
    """Markdown of about `nbytes`: sentences restating claims (some figures altered), many unrelated ones."""
    parts: list[str] = []
    size = 0
    section = 0
    while size < nbytes:
        if rng.random() < 0.08:
            section += 1
            block = f"## Section {section}: {' '.join(words.some(3)).capitalize()}\n"
        elif rng.random() < 0.05:
            rows = "\n".join(f"| {rng.choice(_PLACES)} | {' '.join(words.some(2))} | {rng.randint(2, 99)}% |"
                             for _ in range(4))
            block = f"| Country | Topic | Share |\n| --- | --- | --- |\n{rows}\n"
        else:
            block = " ".join(_sentence(rng, claims, words) for _ in range(rng.randint(3, 7))) + "\n"
        parts.append(block)
        size += len(block.encode("utf-8")) + 1
    return "\n".join(parts)


def _sentence(rng: random.Random, claims: list[GenClaim], words: Words) -> str:
    r = rng.random()
    if r < 0.2:  # restates a claim in other words
        c = rng.choice(claims)
        t = c.topic
        fig = c.altered if rng.random() < 0.3 else c.figure
        return f"Reports on {c.noun} say the {t[0]} {t[1]} for {t[2]} in {c.place} stood at {fig}, per the {t[3]} study."
    w = words.some(6)
    if r < 0.75:  # an unrelated figure
        fig, _ = _figure(rng, rng.choice(_FIGURE_KINDS), rng.choice(_NOUNS))
        return f"The {w[0]} of {w[1]} {w[2]} in {rng.choice(_PLACES)} came to {fig} while {w[3]} {w[4]} grew."
    return f"Meanwhile the {w[0]} {w[1]} and {w[2]} of {w[3]} kept {w[4]} {w[5]} busy."  # no figure


def run(args: list[str], cwd: Path | None = None) -> tuple[float, int, str]:
    """Wall seconds, peak resident MB of this one child (os.wait4) and the standard output of a command."""
    import os
    import tempfile

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text, problem = out.read().decode(), err.read().decode()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args[:3])} failed ({proc.returncode}): {problem[:500]}")
    return elapsed, usage.ru_maxrss // 1024, text


def best(fn, repeat: int = 3) -> float:
    """The fastest of `repeat` timed calls of fn(), in seconds."""
    seconds = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        seconds = min(seconds, time.perf_counter() - start)
    return seconds


def median(xs: list[float]) -> float:
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2
