"""Where a status is documented: the README's row for it, at the Documentation URL of the installed package.

The URL comes from `[project.urls]` in pyproject.toml, read from the package's metadata at run time, so
that a fork that publishes its own README links to it without a code change; run uninstalled (no metadata),
the status table's README_URL, which the editor's diagnostics link to.
"""

from __future__ import annotations

from functools import cache

from factlint.statuses import README_URL, Status, anchor

DOCS_LABELS = ("documentation", "homepage")  # the first of these the metadata has is the README


@cache
def readme_url() -> str:
    """The README's URL without a fragment."""
    from importlib.metadata import PackageNotFoundError, metadata  # only where a report links to the docs

    try:
        entries = metadata("factlint").get_all("Project-URL") or []
    except PackageNotFoundError:
        return README_URL
    urls = {}
    for entry in entries:
        label, _, url = entry.partition(",")
        urls[label.strip().lower()] = url.strip()
    found = next((urls[k] for k in DOCS_LABELS if urls.get(k)), README_URL)
    return found.split("#", 1)[0]


def status_url(status: Status) -> str:
    """The README's section for `status` (its row of the status table)."""
    return f"{readme_url()}#{anchor(status)}"
