"""Drafts read by their file type: HTML, DOCX, reStructuredText and MDX found in folders and checked with their
positions in every report format; documents no reader reads named in a warning; bad files one error line."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from factlint.cli import main
from tests.documents.pdfs import docx_bytes, pdf_bytes
from tests.project.projects import make_project

KENYA = "Click workers are paid as little as $1.46 an hour after tax."


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _docx(document) -> None:
    document.add_heading("Pay", level=1)  # ¶1
    document.add_paragraph("")  # ¶2
    document.add_paragraph(KENYA)  # ¶3
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Office", "Plants"  # ¶4, ¶5
    table.cell(1, 0).text, table.cell(1, 1).text = "Ours", "12 plants"  # ¶6, ¶7


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    make_project(tmp_path)
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "a.html").write_text(f"<html><body><h1>Pay</h1>\n<p>{KENYA}</p>"
                                   "<script>var x = '99%';</script></body></html>\n", encoding="utf-8")
    (drafts / "b.rst").write_text(f"Pay\n===\n\n{KENYA}\n\n.. code:: python\n\n   x = 99\n", encoding="utf-8")
    (drafts / "c.mdx").write_text(f"import X from './x'\n\n# Pay\n\n{KENYA} {{99}}\n", encoding="utf-8")
    (drafts / "d.docx").write_bytes(docx_bytes(_docx))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_folder_of_html_rst_mdx_and_docx_drafts_is_checked(project, capsys):
    code, out, err = run(capsys, "check", "--format", "json", "drafts")
    doc = json.loads(out)
    assert code == 1 and err == ""
    assert [(f["path"], f["line"], f["column"], f["status"]) for f in doc["findings"]] == [
        ("drafts/a.html", 2, 40, "supported"), ("drafts/b.rst", 4, 37, "supported"),
        ("drafts/c.mdx", 5, 37, "supported"), ("drafts/d.docx", 3, 37, "supported"),
        ("drafts/d.docx", 7, 1, "unsourced")]
    assert doc["summary"]["files"] == 4


def test_a_docx_figure_is_named_by_its_paragraph(project, capsys):
    code, out, _ = run(capsys, "check", "--no-color", "drafts/d.docx")
    assert code == 1 and 'drafts/d.docx:¶7  unsourced' in out.replace("   ", "  ")
    _, out, _ = run(capsys, "check", "--format", "sarif", "drafts/d.docx")
    (result,) = json.loads(out)["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 7
    _, out, _ = run(capsys, "check", "--format", "github", "drafts/d.docx")
    assert out.startswith("::warning file=drafts/d.docx,line=7,col=1,")
    _, out, _ = run(capsys, "figures", "drafts/d.docx")
    assert "drafts/d.docx:¶3" in out and "drafts/d.docx:¶7" in out


def test_documents_no_reader_reads_are_named_in_a_warning(project, capsys):
    (project / "drafts/report.pdf").write_bytes(pdf_bytes([["Paid $2 an hour."]]))
    (project / "drafts/old.odt").write_bytes(b"PK\x03\x04")
    (project / "drafts/photo.png").write_bytes(b"\x89PNG")
    code, out, err = run(capsys, "check", "--no-color", "drafts")
    assert "drafts/old.odt: an OpenDocument text cannot be read: save it as .docx, skipped" in err
    assert "drafts/report.pdf: a PDF is read as a source, not as a draft" in err
    assert "png" not in err
    assert "in 4 files" in out
    code, out, err = run(capsys, "check", "--no-color", "drafts/report.pdf")
    assert code == 0 and "a PDF is read as a source" in err and "0 figures in 0 files" in out


def test_only_unreadable_documents_are_never_a_silent_zero(tmp_path, monkeypatch, capsys):
    make_project(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/chapter.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    monkeypatch.chdir(tmp_path)
    _, out, err = run(capsys, "check", "--no-color", "docs")
    assert "docs/chapter.doc: a Word 97-2003 document cannot be read: save it as .docx, skipped" in err


def test_hostile_html_is_read_as_text_and_nothing_runs(project, capsys):
    (project / "drafts/evil.html").write_text(
        '<p onclick="alert(1)">Our office has [bold]12[/bold] plants <img src=x onerror="alert(\'5%\')">'
        '<a href="javascript:alert(\'7%\')">here</a>.</p><script>document.write("99%")</script>'
        '<iframe src="https://example.com/8%"></iframe><style>p{width:50%}</style>\n', encoding="utf-8")
    code, out, err = run(capsys, "check", "--format", "json", "drafts/evil.html")
    doc = json.loads(out)
    assert [f["text"] for f in doc["findings"]] == ["12"] and err == ""
    _, out, _ = run(capsys, "check", "--no-color", "drafts/evil.html")
    assert "drafts/evil.html:1:" in out and "99%" not in out and "alert" not in out


def test_a_zip_bomb_docx_is_one_error_line(project, capsys):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z, z.open("word/document.xml", "w") as part:
        for _ in range(300):
            part.write(b"\0" * (1 << 20))
    (project / "drafts/bomb.docx").write_bytes(out.getvalue())
    code, out, err = run(capsys, "check", "drafts/bomb.docx")
    assert code == 2 and err.count("\n") == 1
    assert "drafts/bomb.docx" in err and "refused: the package unpacks to 314,572,800 bytes" in err


def test_a_damaged_docx_is_one_error_line(project, capsys):
    (project / "drafts/broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    code, _, err = run(capsys, "check", "drafts/broken.docx")
    assert code == 2 and err.count("\n") == 1 and "drafts/broken.docx" in err and "not a DOCX file" in err


def test_a_folder_without_drafts_is_named_in_a_warning(tmp_path, monkeypatch, capsys):
    make_project(tmp_path)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes/paper.tex").write_text("Paid $2 an hour.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "check", "--no-color", "notes")
    assert code == 0 and "0 figures in 0 files" in out
    assert err == ("factlint: warning: notes: no drafts in this folder (drafts are .md, .markdown, .txt, .html, "
                   ".htm, .docx, .rst, .mdx), skipped\n")


def test_generated_html_is_not_walked(project, capsys):
    for folder in ("docs/_build/html", "htmlcov"):
        (project / folder).mkdir(parents=True)
        (project / folder / "index.html").write_text("<p>Coverage 87%</p>\n", encoding="utf-8")
    _, out, _ = run(capsys, "check", "--format", "json")
    assert not [f for f in json.loads(out)["findings"] if "_build" in f["path"] or "htmlcov" in f["path"]]
