"""--jobs N: files checked in N processes give the same output, in the same order, as --jobs 1; one draft's check."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factlint.cli import main
from factlint.cli.options import DraftOptions
from factlint.cli.workers import check_one
from factlint.registry.cache import prepared

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = str(ROOT / "claims")
SENTENCES = [
    "Data labelers are paid as little as $1.64 an hour after tax.",
    "Our newsroom spent €12,000 on translation last year.",
    "The World Bank estimates that 150–430 million people do such work.",
    "Over 60% of the world's cobalt comes from the Democratic Republic of Congo [@casilli-interview].",
    "Nothing to count here.",
    "A sentence citing [@ghost] and 7 cats.",
]


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for n in range(12):
        text = "\n\n".join(SENTENCES[(n + k) % len(SENTENCES)] for k in range(n % 4 + 1)) + "\n"
        (tmp_path / f"d{n:02}.md").write_text(text, encoding="utf-8")
    shutil.copy(ROOT / "examples/draft.md", tmp_path / "example.md")
    return tmp_path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["check", "--claims", CLAIMS, "--show-supported", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("fmt", ["json", "text", "sarif", "github", "html"])
@pytest.mark.parametrize("jobs", ["2", "0"])
def test_same_output_as_one_job(drafts, capsys, fmt, jobs):
    serial = run(capsys, "--format", fmt, "--jobs", "1", ".")
    parallel = run(capsys, "--format", fmt, "--jobs", jobs, ".")
    assert serial[0] == 1 and serial[1].count("d11.md") > 0
    assert parallel == serial


def test_named_files_keep_their_order(drafts, capsys):
    names = ["example.md", "d03.md", "d00.md", "d07.md"]
    serial = run(capsys, "--format", "json", "--jobs", "1", *names)
    parallel = run(capsys, "--format", "json", "--jobs", "3", *names)
    assert parallel == serial
    import json

    paths = list(dict.fromkeys(f["path"] for f in json.loads(parallel[1])["findings"]))
    assert paths == names


def test_an_unreadable_draft_is_the_same_error(drafts, capsys):
    (drafts / "d05.md").write_bytes(b"caf\xe9 costs 3 euros\n")  # Latin-1, not UTF-8
    (drafts / "d09.md").write_bytes(b"caf\xe9 costs 4 euros\n")
    serial = run(capsys, "--format", "json", "--jobs", "1", ".")
    parallel = run(capsys, "--format", "json", "--jobs", "4", ".")
    assert serial[0] == 2 and "d05.md:1: not valid utf-8" in serial[2]
    problems = json.loads(serial[1])["problems"]
    assert [p["path"] for p in problems if p["type"] == "unreadable"] == ["d05.md", "d09.md"]
    assert parallel == serial


def test_binary_files_warned_about_in_order(drafts, capsys):
    (drafts / "d02.md").write_bytes(b"\x00\x01binary")
    (drafts / "d08.md").write_bytes(b"\x00\x01binary")
    serial = run(capsys, "--format", "json", "--jobs", "1", ".")
    parallel = run(capsys, "--format", "json", "--jobs", "3", ".")
    assert parallel == serial and serial[2].index("d02.md") < serial[2].index("d08.md")


def test_negative_jobs_is_a_usage_error(drafts, capsys):
    assert run(capsys, "--jobs", "-1", ".")[0] == 2


def test_check_one_reads_a_draft_or_says_why_it_is_passed_over(drafts):
    engine = prepared(ROOT / "claims", ROOT)
    options = DraftOptions("utf-8", None, 0.05)
    (drafts / "bin.md").write_bytes(b"\x00\x01binary")
    assert check_one(Path("bin.md"), engine, options) == "bin.md: binary file (NUL bytes), skipped"
    found = check_one(Path("d01.md"), engine, options)
    assert found.path == "d01.md" and isinstance(found.findings, list) and found.findings
