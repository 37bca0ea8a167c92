"""--engine dask: the check mapped over a Dask cluster gives the report of one process, byte for byte, in the same
order; without Dask installed, or with a scheduler that cannot be reached, a one-line error and exit code 2."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from factlint.cli import cluster, main

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = str(ROOT / "claims")
SENTENCES = [
    "Data labelers are paid as little as $1.64 an hour after tax.",
    "Data labelers recruited from impoverished populations are paid as little as $1.46 an hour after tax.",
    "Our newsroom spent €12,000 on translation last year.",
    "The World Bank estimates that 150–430 million people do such work.",
    "Over 60% of the world's cobalt comes from the Democratic Republic of Congo [@casilli-interview].",
    "Nothing to count here.",
    "A sentence citing [@ghost] and 7 cats.",
]


def write_drafts(folder: Path, n: int) -> None:
    """`n` drafts of one to five paragraphs, named in an order that is not the order they are written in."""
    for k in range(n):
        text = "\n\n".join(SENTENCES[(k * 3 + j) % len(SENTENCES)] for j in range(k % 5 + 1)) + "\n"
        sub = folder / f"part-{k % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"draft-{(k * 37) % n:03}.md").write_text(text, encoding="utf-8")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["check", "--claims", CLAIMS, "--quiet", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_local_cluster_of_two_workers_reports_what_one_process_does(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    write_drafts(tmp_path / "archive", 200)
    (tmp_path / "archive" / "part-1" / "binary.md").write_bytes(b"\x00\x01 not a draft")
    single = run(capsys, "--format", "jsonl", "archive")
    dask = run(capsys, "--format", "jsonl", "--engine", "dask", "--jobs", "2", "archive")
    assert dask == single
    code, out, err = single
    lines = [json.loads(line) for line in out.splitlines()]
    # Every draft but those whose one paragraph counts nothing ("Nothing to count here.") has lines.
    quiet = sum(1 for k in range(200) if k % 5 == 0 and (k * 3) % len(SENTENCES) == 5)
    assert code == 1 and len({line["path"] for line in lines}) == 200 - quiet > 190
    assert err == "factlint: warning: archive/part-1/binary.md: binary file (NUL bytes), skipped\n"


@pytest.fixture
def scheduler():
    """The address of a cluster of two worker processes started apart from factlint, as a real one would be."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as local:
        yield local.scheduler_address


def test_a_scheduler_address_is_used_and_the_text_report_is_the_same(tmp_path, monkeypatch, capsys, scheduler):
    monkeypatch.chdir(tmp_path)
    write_drafts(tmp_path, 30)
    single = run(capsys, "--show-supported", ".")
    dask = run(capsys, "--show-supported", "--engine", "dask", "--scheduler", scheduler, ".")
    assert dask == single and single[0] == 1 and "part-2/draft-029.md" in single[1]


def test_without_dask_the_engine_is_a_one_line_error(monkeypatch, capsys, drafts_here):
    monkeypatch.setattr(cluster.importlib.util, "find_spec", lambda name: None)
    code, out, err = run(capsys, "--engine", "dask", ".")
    assert (code, out) == (2, "")
    assert err == ("factlint: error: --engine dask needs Dask, which is not installed: "
                   "pip install 'factlint[dask]'\n")


@pytest.mark.parametrize(("args", "message"), [
    (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler: only with --engine dask"),
    (["--engine", "spark"], "--engine: 'spark' is not one of local, dask"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--jobs", "4"], "--jobs: a scheduler's cluster"),
])
def test_engine_usage_errors(capsys, drafts_here, args, message):
    code, out, err = run(capsys, *args, ".")
    assert (code, out) == (2, "") and err.startswith(f"factlint: error: {message}") and err.count("\n") == 1


def test_an_unreachable_scheduler_is_a_one_line_error(capsys, drafts_here, monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "1s")
    code, out, err = run(capsys, "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", ".")
    assert (code, out) == (2, "")
    assert err.startswith("factlint: error: --scheduler tcp://127.0.0.1:9: cannot connect") and err.count("\n") == 1


@pytest.fixture
def drafts_here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_drafts(tmp_path, 3)
    return tmp_path
