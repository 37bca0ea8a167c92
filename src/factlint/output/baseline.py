"""Baselines: the findings a project has accepted, keyed on content so that moving text does not resurrect them."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from factlint.errors import FactlintError

VERSION = 1


def sentence_hash(sentence: str) -> str:
    """A short hash of a sentence; white space is collapsed so that re-wrapping a paragraph keeps it."""
    return hashlib.sha256(" ".join(sentence.split()).encode("utf-8")).hexdigest()[:16]


def entry(item, path: str) -> dict:
    """The baseline entry of a Finding or a Problem, its file named by `path`."""
    if hasattr(item, "status"):
        return {"path": path, "status": item.status, "text": item.text,
                "claim": item.claim.id if item.claim is not None else None,
                "sentence": sentence_hash(item.sentence)}
    return {"path": path, "status": "problem", "text": item.message, "claim": None, "sentence": ""}


def _key(e: dict) -> tuple:
    return e["path"], e["status"], e["text"], e["claim"] or "", e["sentence"]


def baseline_path(item_path: str, baseline: Path, cwd: Path) -> str:
    """A finding's path relative to the baseline's folder, so that the baseline works from any folder."""
    if item_path == "-":
        return "-"
    try:
        return (cwd / item_path).resolve().relative_to(baseline.resolve().parent).as_posix()
    except ValueError:
        return item_path


def recordable(findings, problems) -> list:
    """What a baseline records: every finding but supported ones, and every problem."""
    return [f for f in findings if f.status != "supported"] + list(problems)


def dumps(items, baseline: Path, cwd: Path) -> str:
    """The baseline document: entries sorted, one per finding (two identical findings, two entries)."""
    entries = sorted((entry(i, baseline_path(i.path, baseline, cwd)) for i in items), key=_key)
    doc = {"version": VERSION, "findings": entries}
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write(items, baseline: Path, cwd: Path) -> int:
    """Write the baseline atomically; the number of entries."""
    from factlint.atomic import write_text

    text = dumps(items, baseline, cwd)
    try:
        write_text(baseline, text)
    except OSError as err:
        raise FactlintError(f"{baseline}: cannot write the baseline: {err.strerror or err}") from None
    return text.count('"path"')


def load(baseline: Path) -> Counter:
    """The baseline's entries, counted."""
    try:
        doc = json.loads(baseline.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FactlintError(f"{baseline}: no such baseline; create it with --update-baseline") from None
    except OSError as err:
        raise FactlintError(f"{baseline}: cannot read: {err.strerror or err}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        line = getattr(err, "lineno", 1)
        raise FactlintError(f"{baseline}:{line}: not a factlint baseline (malformed JSON)") from None
    if not isinstance(doc, dict) or doc.get("version") != VERSION or not isinstance(doc.get("findings"), list):
        raise FactlintError(f"{baseline}: not a factlint baseline (expected version {VERSION} and a findings list)")
    counts: Counter = Counter()
    for n, e in enumerate(doc["findings"], 1):
        try:
            counts[_key(e)] += 1
        except (KeyError, TypeError):
            raise FactlintError(f"{baseline}: entry {n} lacks one of path, status, text, claim, sentence") from None
    return counts


def new_only(findings, problems, known: Counter, baseline: Path, cwd: Path) -> tuple[list, list]:
    """Findings and problems not in the baseline: each entry absorbs one identical finding, in order."""
    left = Counter(known)

    def fresh(item) -> bool:
        if hasattr(item, "status") and item.status == "supported":
            return True
        key = _key(entry(item, baseline_path(item.path, baseline, cwd)))
        if left[key] > 0:
            left[key] -= 1
            return False
        return True

    return [f for f in findings if fresh(f)], [p for p in problems if fresh(p)]
