"""`factlint claims`: list, show, verify, audit and harvest the registry."""

from __future__ import annotations

import sys
from pathlib import Path

from factlint.atomic import locked
from factlint.cli.messages import warn
from factlint.cli.options import check_choice
from factlint.errors import FactlintError
from factlint.output.audit import audit_json, print_audit_text
from factlint.output.claims import claims_json, print_claim, print_claims_table
from factlint.output.files import write_file
from factlint.output.harvest import print_harvest_summary
from factlint.project.config import find_claims_dir, load_registry_for
from factlint.project.root import write_target
from factlint.registry import audit, harvest
from factlint.registry.load import load_registry
from factlint.text import visible

AUDIT_FORMATS = ("text", "json")
LIST_FORMATS = ("text", "json")


def list_claims(claims: Path | None, fmt: str = "text") -> None:
    check_choice("--format", fmt, LIST_FORMATS)
    registry = load_registry_for(claims)
    if fmt == "json":
        sys.stdout.write(claims_json(registry))
    else:
        print_claims_table(registry)


def show_claim(claims: Path | None, claim_id: str) -> None:
    registry = load_registry_for(claims)
    claim = registry.claim(claim_id)
    if claim is None:
        import difflib

        close = difflib.get_close_matches(claim_id, [c.id for c in registry.claims], n=3, cutoff=0.6)
        hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else " (factlint claims list lists them)"
        raise FactlintError(f"no claim with id {claim_id!r}{hint}")
    print_claim(registry, claim)


def verify(claims: Path | None, strict: bool = False, config: Path | None = None) -> None:
    """Validate the registry (the one --config names, if given); statements still harvest placeholders are warned
    of, or errors with `strict`."""
    registry = load_registry_for(claims, config)
    todo = [f'{c.defined_in}:{c.defined_line}: [[claim]] "{c.id}": the statement is still the harvest\'s '
            f'placeholder ("{harvest.TODO}"): write what the source says' for c in harvest.unwritten(registry)]
    if todo and strict:
        n = len(todo)
        raise FactlintError(f"invalid registry: {n} statement{'s' if n != 1 else ''} still to write (--strict)",
                            details=todo)
    for line in todo:
        warn(visible(line))
    print(f"registry OK: {len(registry.claims)} claims from {len(registry.sources)} sources")


def audit_claims(claims: Path | None, fmt: str) -> int:
    """Print the registry's findings; the exit code (1 when there are any)."""
    check_choice("--format", fmt, AUDIT_FORMATS)
    registry = load_registry_for(claims)
    found = audit.audit(registry)
    if fmt == "json":
        sys.stdout.write(audit_json(registry, found))
    else:
        print_audit_text(registry, found)
    return 1 if found else 0


def harvest_claims(paths: list[str], claims: Path | None, write: Path | None) -> None:
    """Print (or append to `write`) a candidate claim for every figure of the documents no claim covers."""
    folder, root = find_claims_dir(claims, Path.cwd())
    registry = load_registry(folder, root)
    found = harvest.candidates(harvest.read_documents(paths, root), registry)
    if write is None:
        sys.stdout.write(harvest.to_toml(found))
    else:
        target = write_target(write, root)
        with locked(target):  # two harvests at once: the second appends to what the first wrote
            existing = harvest.read_target(target)
            text = harvest.append_to(existing, found)
            harvest.check_written(text, write)  # a registry broken by the append is never renamed into place
            write_file(target, text, unchanged=True)
    print_harvest_summary(found, write)
