"""A finding's identity by content, not position: what a baseline records and what SARIF fingerprints.

Moving text, or editing elsewhere in the file, keeps it; rewording the figure's sentence does not.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from factlint.check.findings import Finding, Problem


def sentence_hash(sentence: str) -> str:
    """A short hash of a sentence; white space is collapsed so that re-wrapping a paragraph keeps it."""
    return hashlib.sha256(" ".join(sentence.split()).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Content:
    """What identifies a finding or a problem: its file, status, text, claim and sentence."""

    path: str
    status: str  # "problem" for a problem
    text: str  # a problem's message
    claim: str | None
    sentence: str  # sentence_hash of the finding's sentence; "" for a problem

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        return self.path, self.status, self.text, self.claim or "", self.sentence

    def as_json(self) -> dict[str, str | None]:
        return {"path": self.path, "status": self.status, "text": self.text, "claim": self.claim,
                "sentence": self.sentence}


def content(item: Finding | Problem, path: str) -> Content:
    """The content of a finding or a problem, its file named by `path`."""
    if isinstance(item, Finding):
        return Content(path, item.status or "", item.text, item.claim.id if item.claim is not None else None,
                       sentence_hash(item.sentence))
    return Content(path, "problem", item.message, None, "")


def fingerprint(item: Finding | Problem, ordinal: int) -> str:
    """Stable across runs, edits elsewhere in the file and re-wrapped paragraphs; `ordinal` tells identical ones
    apart."""
    path, status, text, claim, sentence = content(item, item.path).key
    # A figure re-wrapped across a line break ("150–430\nmillion") is the same figure.
    key = "\x1f".join([path, status, " ".join(text.split()), claim, sentence, str(ordinal)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
