"""Where a status is documented: the README's row for it, at the Documentation URL of the installed package.

The URL comes from `[project.urls]` in pyproject.toml, read from the package's metadata at run time, so
that a fork that publishes its own README links to it without a code change.
"""

from __future__ import annotations

from functools import cache

from factlint.statuses import Status, anchor

DOCS_LABELS = ("documentation", "homepage")  # the first of these the metadata has is the README


@cache
def readme_url() -> str | None:
    """The README's URL without a fragment, or None when factlint runs uninstalled (no metadata)."""
    from importlib.metadata import PackageNotFoundError, metadata  # only where a report links to the docs

    try:
        entries = metadata("factlint").get_all("Project-URL") or []
    except PackageNotFoundError:
        return None
    urls = {}
    for entry in entries:
        label, _, url = entry.partition(",")
        urls[label.strip().lower()] = url.strip()
    found = next((urls[k] for k in DOCS_LABELS if urls.get(k)), None)
    return found.split("#", 1)[0] if found else None


def status_url(status: Status) -> str | None:
    """The README's section for `status` (its row of the status table), or None without metadata."""
    base = readme_url()
    return f"{base}#{anchor(status)}" if base else None
