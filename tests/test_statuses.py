"""The status table drives the SARIF rules, the accepted fail_on values, the default failing statuses, the
GitHub commands and the README's status table."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from factlint.check import verdicts
from factlint.errors import FactlintError
from factlint.output.sarif import rules, write_check_sarif
from factlint.project.config import parse_statuses, read_config
from factlint.statuses import BY_NAME, DEFAULT_FAIL_ON, NAMES, PROBLEMS, STATUSES, markdown_table

EVERY = STATUSES + PROBLEMS


def sarif_rules(show_supported: bool) -> list[dict]:
    out = io.StringIO()
    write_check_sarif([], out, root=Path.cwd(), show_supported=show_supported)
    return json.loads(out.getvalue())["runs"][0]["tool"]["driver"]["rules"]


@pytest.mark.parametrize("show_supported", [False, True])
def test_sarif_rules_are_the_table(show_supported):
    written = sarif_rules(show_supported)
    listed = rules(show_supported)
    assert [r["id"] for r in written] == [f"factlint/{s.name}" for s in listed]
    assert {s.name for s in listed} == {s.name for s in EVERY if show_supported or not s.hidden}
    for rule, status in zip(written, listed):
        assert rule["shortDescription"]["text"] == status.summary
        assert rule["fullDescription"]["text"] == status.what
        assert rule["help"]["text"] == status.fix
        assert rule["defaultConfiguration"]["level"] == status.sarif_level


@pytest.mark.parametrize("name", NAMES)
def test_every_status_is_a_fail_on_value(name, tmp_path):
    assert parse_statuses(name) == (name,)
    (tmp_path / "factlint.toml").write_text(f'fail_on = ["{name}"]\n', encoding="utf-8")
    assert read_config(tmp_path / "factlint.toml").fail_on == (name,)


@pytest.mark.parametrize("name", [p.name for p in PROBLEMS] + ["problem", "Supported", ""])
def test_nothing_else_is_a_fail_on_value(name, tmp_path):
    if name:
        with pytest.raises(ValueError, match="is not a status"):
            parse_statuses(name)
    (tmp_path / "factlint.toml").write_text(f'fail_on = ["{name or " "}", "x"]\n', encoding="utf-8")
    with pytest.raises(FactlintError, match="fail_on must be a list of statuses"):
        read_config(tmp_path / "factlint.toml")


def test_default_failing_statuses_and_the_verdicts_names_come_from_the_table():
    assert DEFAULT_FAIL_ON == tuple(s.name for s in STATUSES if s.fails) == ("conflicting", "unsourced", "miscited")
    assert verdicts.STATUSES == NAMES and verdicts.DEFAULT_FAIL_ON == DEFAULT_FAIL_ON
    assert BY_NAME == {s.name: s for s in STATUSES}


@pytest.mark.parametrize("status", EVERY, ids=[s.name for s in EVERY])
def test_each_entry_is_complete(status):
    assert status.sarif_level in ("error", "warning", "note")
    assert status.github in ("error", "warning", "notice")
    assert status.style.startswith("factlint.") and status.colour
    assert all(text.strip() for text in (status.summary, status.what, status.why, status.fix))


def test_markdown_table_has_a_row_per_entry():
    lines = markdown_table().splitlines()
    assert lines[0].startswith("| status |") and set(lines[1]) <= set("|- ")
    assert [line.split(" | ")[0].removeprefix("| ") for line in lines[2:]] == [
        f'<a id="status-{s.name}"></a>{s.name}' for s in EVERY]  # the anchor SARIF, rdjson and an editor link to
    assert all(line.count(" | ") == lines[0].count(" | ") for line in lines)


README = Path(__file__).parents[1] / "README.md"


def test_each_status_links_to_its_row_of_the_readme_table():
    for s in EVERY:
        assert s.doc_url.endswith(f"README.md#status-{s.name}")
        assert f'<a id="status-{s.name}"></a>' in README.read_text(encoding="utf-8")


def test_the_readme_status_table_is_markdown_table():
    """Regenerate with: python -c "from factlint.statuses import markdown_table; print(markdown_table(), end='')"."""
    lines = README.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("| status | fails by default |"))
    end = next((i for i in range(start, len(lines)) if not lines[i].startswith("|")), len(lines))
    assert "".join(lines[start:end]) == markdown_table()


def test_the_tolerance_the_docs_name_is_the_default():
    assert f"within the tolerance ({verdicts.DEFAULT_TOLERANCE:.0%} by default)" in BY_NAME["supported"].when
