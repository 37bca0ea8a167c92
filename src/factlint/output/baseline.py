"""Baselines: the findings a project has accepted, keyed on content so that moving text does not resurrect them."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from factlint.atomic import locked
from factlint.check.findings import FileFindings, Finding, Problem
from factlint.errors import FactlintError
from factlint.output.files import write_file
from factlint.output.fingerprint import Content, content

VERSION = 1

Key = tuple[str, str, str, str, str]


def baseline_path(item_path: str, baseline: Path, cwd: Path) -> str:
    """A finding's path relative to the baseline's folder, so that the baseline works from any folder."""
    if item_path == "-":
        return "-"
    try:
        return (cwd / item_path).resolve().relative_to(baseline.resolve().parent).as_posix()
    except ValueError:
        return item_path


def recordable(findings: Iterable[Finding], problems: Iterable[Problem]) -> list[Finding | Problem]:
    """What a baseline records: every finding but the hidden (supported) ones, and every problem."""
    return [f for f in findings if not f.kind.hidden] + list(problems)


def dumps(items: Iterable[Finding | Problem], baseline: Path, cwd: Path) -> str:
    """The baseline document: entries sorted, one per finding (two identical findings, two entries)."""
    entries = sorted((content(i, baseline_path(i.path, baseline, cwd)) for i in items), key=lambda c: c.key)
    doc = {"version": VERSION, "findings": [c.as_json() for c in entries]}
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write(items: Iterable[Finding | Problem], baseline: Path, cwd: Path) -> int:
    """Write the baseline atomically; the number of entries."""
    text = dumps(items, baseline, cwd)
    write_file(baseline, text, what="the baseline")
    return text.count('"path"')


def _key(e: Any) -> Key:
    """The key of a baseline entry as read from the file (KeyError or TypeError when it is no entry)."""
    return Content(e["path"], e["status"], e["text"], e["claim"], e["sentence"]).key


def load(baseline: Path) -> Counter[Key]:
    """The baseline's entries, counted."""
    return _counted(_entries(baseline), baseline)


def _counted(entries: list[Any], baseline: Path) -> Counter[Key]:
    counts: Counter[Key] = Counter()
    for n, e in enumerate(entries, 1):
        try:
            counts[_key(e)] += 1
        except (KeyError, TypeError):
            raise FactlintError(f"{baseline}: entry {n} lacks one of path, status, text, claim, sentence") from None
    return counts


def add(item: Finding | Problem, baseline: Path, cwd: Path) -> None:
    """Record one more finding in the baseline (made when missing), read and written under its folder's lock."""
    with locked(baseline):
        entries = _entries(baseline) if baseline.exists() else []
        _counted(entries, baseline)  # every entry well-formed before one is added to them
        entries.append(content(item, baseline_path(item.path, baseline, cwd)).as_json())
        entries.sort(key=_key)
        text = json.dumps({"version": VERSION, "findings": entries}, ensure_ascii=False, indent=2, sort_keys=True)
        write_file(baseline, text + "\n", what="the baseline")


def _entries(baseline: Path) -> list[Any]:
    """The baseline's entries as read, the document checked to be a baseline."""
    try:
        doc = json.loads(baseline.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FactlintError(f"{baseline}: no such baseline; create it with --update-baseline") from None
    except OSError as err:
        raise FactlintError(f"{baseline}: cannot read: {err.strerror or err}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        line = getattr(err, "lineno", 1)
        raise FactlintError(f"{baseline}:{line}: not a factlint baseline (malformed JSON)") from None
    except RecursionError:
        raise FactlintError(f"{baseline}: not a factlint baseline (JSON nested too deeply)") from None
    if not isinstance(doc, dict) or doc.get("version") != VERSION or not isinstance(doc.get("findings"), list):
        raise FactlintError(f"{baseline}: not a factlint baseline (expected version {VERSION} and a findings list)")
    return doc["findings"]


def new_only(findings: Iterable[Finding], problems: Iterable[Problem], known: Counter[Key], baseline: Path,
             cwd: Path) -> tuple[list[Finding], list[Problem]]:
    """Findings and problems not in the baseline: each entry absorbs one identical finding, in order."""
    left = Counter(known)

    def fresh(item: Finding | Problem) -> bool:
        if item.kind.hidden:
            return True
        key = content(item, baseline_path(item.path, baseline, cwd)).key
        if left[key] > 0:
            left[key] -= 1
            return False
        return True

    return [f for f in findings if fresh(f)], [p for p in problems if fresh(p)]


def regroup(files: Sequence[FileFindings], findings: Iterable[Finding],
            problems: Iterable[Problem]) -> list[FileFindings]:
    """`files` keeping only the findings and problems given (those a baseline let through), every file kept."""
    keep = {id(x) for x in findings} | {id(x) for x in problems}
    return [FileFindings(g.path, [f for f in g.findings if id(f) in keep], [p for p in g.problems if id(p) in keep],
                         text=g.text) for g in files]
