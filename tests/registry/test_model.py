"""The registry's values: a claim's figures masked out of its texts, a source line looked up."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.extract import Figure
from factlint.registry.model import Claim, Registry, Source, mask

FIGURE = Figure("$2", 5, 7, 2.0, 2.0, "money", "USD", None, "exact", 1.0)


def test_mask_keeps_the_length_and_blanks_each_span():
    assert mask("earn $2 an hour, 5 days", [(5, 15), (17, 18)]) == "earn " + " " * 10 + ",   days"
    assert mask("nothing", ()) == "nothing"


def test_a_claim_masks_its_quote_and_statement_by_their_spans():
    claim = Claim("c", "s", "earn $2 an hour", "They earn $2.", FIGURE, "$2",
                  quote_spans=((5, 15),), statement_spans=((10, 12),))
    assert claim.masked_quote == "earn           "
    assert claim.masked_statement == "They earn   ."


def test_the_spans_do_not_make_two_claims_differ():
    a = Claim("c", "s", "earn $2 an hour", "They earn $2.", FIGURE, "$2", quote_spans=((5, 15),))
    assert a == Claim("c", "s", "earn $2 an hour", "They earn $2.", FIGURE, "$2")


def test_source_line_of_a_claim():
    claim = Claim("c", "s", "earn $2", "They earn $2.", FIGURE, "$2", line=2)
    registry = Registry(Path("."), {"s": Source("s", "seeds/s.txt")}, (claim,), {"s": "Title\r\nThey earn $2.\n"})
    assert registry.source_line(claim) == "They earn $2."
    assert registry.source_of(claim).path == "seeds/s.txt"
    assert registry.claim("c") is claim and registry.claim("d") is None
    assert registry.source_line(Claim("d", "s", "q", "s", FIGURE, "$2", line=9)) == ""


def test_the_registry_package_exports_its_values_and_loader():
    import factlint.registry as registry
    from factlint.registry.load import load_registry

    assert (registry.Claim, registry.Source, registry.Registry) == (Claim, Source, Registry)
    assert registry.load_registry is load_registry
    with pytest.raises(AttributeError):
        registry.nothing_of_that_name  # noqa: B018
