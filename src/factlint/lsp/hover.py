"""The hover on a figure: its status and message, the claim's statement, the source quote with its pointer,
and the explanation of the match. Markdown, every piece of draft, registry or source text escaped."""

from __future__ import annotations

import re

from factlint.check.findings import Finding
from factlint.output.explain import candidates, why
from factlint.text import visible

_MARKUP = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")  # what CommonMark reads as markup when backslashed


def escape(text: str) -> str:
    """Text shown as written in Markdown: markup characters backslashed, HTML never opened, one line."""
    shown = visible(" ".join(text.split()))
    return _MARKUP.sub(r"\\\1", shown).replace("&", "&amp;").replace("<", "&lt;")


def hover_markdown(f: Finding) -> str:
    """What the hover shows for a checked figure."""
    head = f"**{f.status}** `factlint`: {escape(f.message)}" if f.message else f"**{f.status}** `factlint`"
    parts = [head]
    if f.claim is not None:
        parts.append(f"**Claim** {escape(f.claim.id)}: {escape(f.claim.statement)}")
    if f.claim is not None and f.source is not None:
        title = f" ({escape(f.source.title)})" if f.source.title else ""
        parts.append(f"**Source** `{_code(f.source.path)}:{f.claim.line}`{title}\n\n> {escape(f.claim.quote)}")
    if f.cited:
        parts.append(f"**Cited** {escape(', '.join(f.cited))}")
    if f.explanation is not None:
        lines = "\n".join(f"    {visible(line)}" for line in candidates(f))
        parts.append(f"**Why** {escape(why(f))}" + (f"\n\n{lines}" if lines else ""))
    return "\n\n".join(parts)


def _code(text: str) -> str:
    # A backtick would close the code span early.
    return visible(text).replace("`", "'")
