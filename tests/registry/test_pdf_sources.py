"""PDF sources in the registry: quotes anchored at a page and a line on it, across line breaks, columns and
hyphenated line ends; the pointer (report.pdf:p2:3) in every report format; a scanned PDF a registry error."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factlint.cli import main
from factlint.registry.load import load_registry
from tests.documents.pdfs import pdf_bytes, scanned_pdf_bytes

ROOT = Path(__file__).resolve().parents[2]
PAGES = [
    ["Annual report on platform work", "Workers in the survey numbered 1,240 in all."],
    ["Pay and conditions", "Respondents earned a median of $3.20 an hour", "for labelling work, before fees.",
     "Women made up 31 per cent of the work-", "force, and most worked at night."],
]
COLUMNS = [[["Left column text about", "training, where around"], ["45 per cent of workers", "had none at all."]]]
CLAIMS = '''[[source]]
id = "report"
path = "seeds/report.pdf"

[[claim]]
id = "median-pay"
source = "report"
quote = "earned a median of $3.20 an hour for labelling work"
statement = "Surveyed platform workers earned a median of $3.20 an hour."
keywords = ["platform workers", "pay"]

[[claim]]
id = "women-share"
source = "report"
quote = "Women made up 31 per cent of the workforce"
statement = "Women made up 31 per cent of the platform workforce."
keywords = ["women", "platform workers"]

[[claim]]
id = "no-training"
source = "report"
quote = "around 45 per cent of workers had none"
statement = "Around 45 per cent of platform workers had no training at all."
keywords = ["training", "platform workers"]
'''
DRAFT = ("Platform workers earned a median of $3.20 an hour, the survey found.\n\n"
         "Women made up 31 per cent of the platform workforce.\n\n"
         "Platform workers earned a median of $4.10 an hour, by another count.\n")


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "seeds/report.pdf").write_bytes(pdf_bytes(PAGES, columns=COLUMNS))
    (tmp_path / "claims/report.toml").write_text(CLAIMS, encoding="utf-8")
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_quotes_are_anchored_at_a_page_and_the_line_on_it(project):
    registry = load_registry(project / "claims", project)
    where = {c.id: (c.page, c.line, c.column, c.end_line) for c in registry.claims}
    # Across a line break; across a hyphenated line end ("work-" / "force"); across two columns.
    assert where == {"median-pay": (2, 2, 13, 3), "women-share": (2, 4, 1, 5), "no-training": (3, 2, 17, 4)}
    assert registry.source_line(registry.claim("women-share")) == "Women made up 31 per cent of the work-"


def test_every_report_format_points_at_page_and_line(project, capsys):
    assert main(["check", "--show-supported", "--no-color", "draft.md"]) == 1
    text = capsys.readouterr().out
    assert "→ seeds/report.pdf:p2:2" in text and "→ seeds/report.pdf:p2:4" in text

    main(["check", "--format", "json", "draft.md"])
    doc = json.loads(capsys.readouterr().out)
    sources = [f["source"] for f in doc["findings"]]
    assert sources[0] == {"id": "report", "path": "seeds/report.pdf", "page": 2, "line": 2, "column": 13,
                          "quote": "earned a median of $3.20 an hour for labelling work"}
    assert [s["page"] for s in sources] == [2, 2, 2]

    main(["check", "--format", "sarif", "draft.md"])
    sarif = json.loads(capsys.readouterr().out)
    (result,) = sarif["runs"][0]["results"]
    assert "(claim median-pay, seeds/report.pdf:p2:2)" in result["message"]["text"]

    main(["check", "--format", "github", "draft.md"])
    assert "(claim median-pay, seeds/report.pdf%3Ap2%3A2)" not in (out := capsys.readouterr().out)
    assert "(claim median-pay, seeds/report.pdf:p2:2)" in out


def test_claims_show_and_list_point_at_page_and_line(project, capsys):
    assert main(["claims", "show", "women-share"]) == 0
    out = capsys.readouterr().out
    assert "seeds/report.pdf:p2:4:1" in out and "Women made up 31 per cent of the work-" in out
    assert main(["claims", "list"]) == 0
    assert "seeds/report.pdf:p3:2" in capsys.readouterr().out


def test_a_quote_the_pdf_lacks_names_the_closest_page_and_line(project, capsys):
    (project / "claims/report.toml").write_text(CLAIMS.replace("$3.20 an hour for", "$3.40 an hour for"),
                                                encoding="utf-8")
    assert main(["claims", "verify"]) == 2
    err = capsys.readouterr().err
    assert "quote not found in seeds/report.pdf; closest passage (page 2, line 2," in err


def test_a_scanned_pdf_is_one_registry_error(project, capsys):
    (project / "seeds/report.pdf").write_bytes(scanned_pdf_bytes(3))
    assert main(["check", "draft.md"]) == 2
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    lines = [line for line in err.splitlines() if "report.pdf" in line]
    assert len(lines) == 1
    assert 'source file "seeds/report.pdf": no text layer in its 3 pages (a scanned PDF?)' in lines[0]


def test_a_damaged_pdf_is_one_registry_error(project, capsys):
    (project / "seeds/report.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 100)
    assert main(["claims", "verify"]) == 2
    err = capsys.readouterr().err
    assert 'source file "seeds/report.pdf": not a readable PDF' in err and "Traceback" not in err


def test_the_cache_keeps_the_pages(project, capsys):
    main(["check", "--format", "json", "draft.md"])
    first = capsys.readouterr().out
    main(["check", "--format", "json", "draft.md"])  # read back from the cache
    assert capsys.readouterr().out == first
    main(["claims", "show", "women-share"])
    assert "Women made up 31 per cent of the work-" in capsys.readouterr().out


def test_harvest_reads_a_pdf_and_points_at_pages(project, capsys):
    (project / "claims/report.toml").write_text(CLAIMS.split("[[claim]]")[0], encoding="utf-8")
    assert main(["claims", "harvest", "seeds/report.pdf"]) == 0
    out = capsys.readouterr().out
    assert "# seeds/report.pdf:p1:2:" in out and "# seeds/report.pdf:p2:2:" in out
    assert "obj" not in out
    assert 'quote = "Workers in the survey numbered 1,240 in all."' in out
    # The word the PDF breaks at a line's end ("work-" / "force") is proposed whole; the quote anchors.
    assert 'quote = "Women made up 31 per cent of the workforce, and most worked at night."' in out
    assert main(["claims", "harvest", "seeds/report.pdf", "--write", "claims/harvested.toml"]) == 0
    assert main(["claims", "verify"]) == 0  # every proposed quote is found in the PDF


def test_the_readme_pdf_example_runs(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = "factlint check --claims examples/pdf/claims examples/pdf/draft.md"
    assert command in readme
    run = subprocess.run([sys.executable, "-m", "factlint", *command.split()[1:], "--no-color"], cwd=ROOT,
                         capture_output=True, text=True, env={"FACTLINT_CACHE_DIR": str(tmp_path),
                                                              "PATH": "/usr/bin:/bin", "COLUMNS": "200"})
    assert run.returncode == 1, run.stderr
    assert "conflicting" in run.stdout and "→ examples/pdf/report.pdf:p1:4" in run.stdout


def test_the_example_pdf_is_what_its_script_makes(tmp_path):
    spec = importlib.util.spec_from_file_location("make_report", ROOT / "examples/pdf/make_report.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.write_pdf(tmp_path / "report.pdf", module.PAGES)
    assert (tmp_path / "report.pdf").read_bytes() == (ROOT / "examples/pdf/report.pdf").read_bytes()
