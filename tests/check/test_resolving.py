"""Citations resolved to sources (check/citations.py): Pandoc keys, links and footnotes naming a source."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.check.citations import pandoc_citations, resolve
from factlint.documents import MARKDOWN, Citation
from factlint.registry.model import Registry, Source

REGISTRY = Registry(Path("."), {"report": Source("report", "seeds/report-2023.txt"),
                                "post": Source("post", "seeds/post.md")})


def citation(kind: str, key: str, text: str = "") -> Citation:
    return Citation(kind, key, text or key, 0, 0)


@pytest.mark.parametrize(("found", "expected"), [
    (citation("pandoc", "report"), (("report",), False)),
    (citation("pandoc", "nope"), ((), True)),
    (citation("link", "../seeds/report-2023.txt#line-8"), (("report",), False)),
    (citation("link", "https://example.org/post.md?x=1"), (("post",), False)),
    (citation("link", "https://example.org/other.html"), ((), False)),
    (citation("footnote", "1", "See report, and seeds/post.md."), (("report", "post"), False)),
    (citation("footnote", "2", "The reports-of-others say so."), ((), False)),
])
def test_resolve(found, expected):
    assert resolve(found, REGISTRY) == expected


def test_pandoc_citations_of_a_draft_in_order_once_each():
    text = "A [@b; @a] and [@a].\n\nA footnote[^1] and a [link](x.md).\n\n[^1]: see @c\n"
    assert [c.key for c in pandoc_citations(text, MARKDOWN)] == ["b", "a", "a"]
    assert pandoc_citations("No citation here.", MARKDOWN) == []


_PIECES = st.sampled_from(["[@", "@", "]", "; ", " ", "\n", "\n\n", "`", "*", "_", "\\", "&amp;", "[", ".", ",",
                           "report", "post", "report-2023", "ghost", "x", "a@b.org", "<!-- ", " -->",
                           "```\n", "Paid $2 an hour", "[^1]", "-"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_unknown_citations_are_those_a_full_reading_finds(text):
    # The raw-text shortcut (every "@" before a known id) may skip the second reading only when it finds nothing.
    from factlint.check.citations import unknown_citations

    full = [c for c in pandoc_citations(text, MARKDOWN) if resolve(c, REGISTRY)[1]]
    assert unknown_citations(text, MARKDOWN, REGISTRY) == full
