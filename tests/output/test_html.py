"""`factlint check --format html` and `-o FILE`: one self-contained page, each draft's text with its figures
marked, their sources and explanations, counts, status filters, and nothing from a draft or a registry run."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factlint.check.findings import FileFindings, Problem
from factlint.cli import main
from factlint.output.html import FILTERS, write_check_html
from factlint.statuses import NAMES

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = str(ROOT / "claims")
EXAMPLE = (ROOT / "examples/draft.md").read_text(encoding="utf-8")
HOSTILE = """# <script>window.pwned = true; document.title = "pwned"</script>

Workers <img src=x onerror="document.title='pwned'"> are paid as little as $1.46 an hour after tax.
See [the proof](javascript:document.title='pwned') and <a href="javascript:alert(1)">this</a>: 35% agree.
<iframe srcdoc="<script>parent.pwned=1</script>"></iframe> <style>body{display:none}</style>
"""


class Page(HTMLParser):
    """The tags of a page, with their attributes, and the text inside each <script> and <style>."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.inline: dict[str, list[str]] = {"script": [], "style": []}
        self._in: str | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag in self.inline:
            self._in = tag
            self.inline[tag].append("")

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in:
            self.inline[self._in][-1] += data

    def all(self, tag: str, cls: str = "") -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag and cls in a.get("class", "").split() + [""]]


def report(*args: str, capsys) -> tuple[int, str]:
    code = main(["check", "--claims", CLAIMS, "--format", "html", *args])
    return code, capsys.readouterr().out


def digest(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


@pytest.fixture
def example(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(EXAMPLE, encoding="utf-8")
    return tmp_path / "draft.md"


def test_the_page_shows_the_draft_with_every_figure_marked_and_explained(example, capsys):
    code, out = report("draft.md", capsys=capsys)
    main(["check", "--claims", CLAIMS, "--format", "json", "draft.md"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    page = Page(out)
    assert code == 1 and out.startswith("<!DOCTYPE html>")
    marks = page.all("span", "fig")
    assert len(marks) == len(findings) > 5
    assert [m["class"].split()[1] for m in marks] == [f"st-{f['status']}" for f in findings]
    assert all(m["tabindex"] == "0" and m["aria-describedby"] == m["id"] + "-tip" for m in marks)
    # The draft's text whole, in order, and each figure's details: source quote, pointer, statement, why.
    text = re.sub(r"<[^>]+>", "", re.search(r'<pre class="text">(.*?)</pre>', out, re.S).group(1))
    assert "Every chatbot answer rests on work that nobody sees." in text
    conflicting = next(f for f in findings if f["status"] == "conflicting")
    tip = out[out.index(f'id="d1-f{findings.index(conflicting) + 1}-tip"'):]
    tip = tip[:re.search(r'<span class="fig |</pre>', tip).start()]
    for part in (conflicting["source"]["quote"], f"{conflicting['source']['path']}:{conflicting['source']['line']}",
                 conflicting["claim"]["id"], "why"):
        assert part.replace("'", "&#x27;").replace('"', "&quot;") in tip
    # And once more in each draft's table of findings, which is what a printed page keeps.
    assert len(page.all("tr")) == 1 + 2 + 1 + len(findings)  # summary head, row, total; findings head, rows


def test_the_summary_counts_each_status_in_each_file(drafts, capsys):
    (drafts / "b.md").write_text("Nothing to count here.\n", encoding="utf-8")
    code, out = report("a.md", "b.md", "sub/c.md", capsys=capsys)
    summary = out[out.index('<section class="summary"'):out.index("</section>")]
    rows = re.findall(r"<tr><th scope=\"row\">(.*?)</th>(.*?)</tr>", summary)
    counts = {re.sub(r"<[^>]+>", "", name): [int(n) for n in re.findall(r">(\d+)<", cells)] for name, cells in rows}
    # figures, then each status and the problems: a.md and sub/c.md have two unsourced figures and a bad key.
    per_file = [2, 0, 0, 2, 0, 1]
    assert counts == {"a.md": per_file, "b.md": [0] * 6, "sub/c.md": per_file, "all drafts": [4, 0, 0, 4, 0, 2]}
    assert "4 figures in 3 files: 0 supported, 0 conflicting, 4 unsourced, 0 miscited, 2 problems" in out
    assert [s for s in re.findall(r'<section class="draft" id="d\d+" aria-labelledby="d\d+-h">\n<h2 [^>]*>(.*?)</h2>',
                                  out)] == ["a.md", "b.md", "sub/c.md"]
    assert code == 1


def test_a_filter_for_each_status_and_the_problems_all_ticked(example, capsys):
    _, out = report("draft.md", capsys=capsys)
    page = Page(out)
    boxes = page.all("input")
    assert [b["id"] for b in boxes] == [f"show-{name}" for name in (*NAMES, "problem")]
    assert tuple(FILTERS) == (*NAMES, "problem")
    assert all(b["type"] == "checkbox" and "checked" in b for b in boxes)
    style = page.inline["style"][0]
    for name in FILTERS:  # unticked, a status's marks lose their colour and its rows go
        assert f"body:has(#show-{name}:not(:checked)) .fig.st-{name} > mark" in style
        assert f"body:has(#show-{name}:not(:checked)) .fig.st-{name} > .tip, body:has(#show-{name}:not(:checked)) " \
               f".findings tr.st-{name} {{ display: none; }}" in style
    assert "@media (prefers-color-scheme: dark)" in style and "@media print" in style


def test_style_and_script_are_inline_and_the_policy_allows_only_them(example, capsys):
    _, out = report("draft.md", capsys=capsys)
    page = Page(out)
    (policy,) = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    (script,), (style,) = page.inline["script"], page.inline["style"]
    assert f"script-src '{digest(script)}';" in policy and f"style-src '{digest(style)}';" in policy
    assert policy.startswith("default-src 'none';") and "unsafe" not in policy
    assert out.index("Content-Security-Policy") < out.index("<style>")
    assert not [a for t, a in page.tags if "src" in a or t == "link"]  # nothing loaded from anywhere
    assert all(a["href"].startswith("#") for a in page.all("a"))


def test_a_hostile_draft_is_shown_as_text(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    name = '<img src=x onerror="alert(1)">.md'
    (tmp_path / name).write_text(HOSTILE + "Only \u202e$5 an hour\u202c here.\n", encoding="utf-8")
    _, out = report(name, capsys=capsys)
    page = Page(out)
    assert [t for t, _ in page.tags if t in ("script", "img", "iframe", "style")] == ["style", "script"]
    assert not [a for t, a in page.tags if any(k.startswith("on") for k in a)]
    assert "javascript:" not in "".join(a.get("href", "") for _, a in page.tags)
    assert "&lt;script&gt;window.pwned = true; document.title = &quot;pwned&quot;&lt;/script&gt;" in out
    assert "&lt;img src=x onerror=&quot;document.title=&#x27;pwned&#x27;&quot;&gt;" in out
    assert "<title>factlint report: &lt;img src=x onerror=&quot;alert(1)&quot;&gt;.md</title>" in out
    # A bidi override would reorder the page as it reorders the draft: it is shown as its code point instead.
    assert "\u202e" not in out and '<span class="ctl" title="U+202E">U+202E</span>' in out
    assert 'class="badge st-problem">hidden character<' in out


def test_a_hostile_registry_is_shown_as_text_and_its_link_is_left_out(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds/s.txt").write_text("In Testland, workers <b>earn</b> $3 an hour.\n", encoding="utf-8")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims/h.toml").write_text(
        '[[source]]\nid = "s"\npath = "seeds/s.txt"\ntitle = "<script>alert(1)</script>"\n'
        'url = "javascript:alert(1)"\n\n'
        '[[claim]]\nid = "testland-pay"\nsource = "s"\nquote = "workers <b>earn</b> $3 an hour"\n'
        'statement = "Workers in Testland earn $3 an hour <img src=x onerror=alert(1)>."\n'
        'keywords = ["Testland", "workers", "earn", "an hour"]\n', encoding="utf-8")
    (tmp_path / "draft.md").write_text("In Testland, workers earn $3 an hour.\n", encoding="utf-8")
    assert main(["check", "--format", "html", "draft.md"]) == 0
    out = capsys.readouterr().out
    page = Page(out)
    assert [t for t, _ in page.tags if t in ("script", "img", "b")] == ["script"]
    assert "<code class=\"pointer\">seeds/s.txt:1</code> &lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "<q>workers &lt;b&gt;earn&lt;/b&gt; $3 an hour</q>" in out and "onerror=alert(1)&gt;." in out
    assert "javascript:" not in "".join(a.get("href", "") for _, a in page.tags)


def test_a_source_with_a_web_address_is_linked(tmp_path):
    from factlint.check.findings import Finding
    from factlint.extract import Figure
    from factlint.registry.model import Claim, Source

    fig = Figure("$3", 0, 2, 3.0, 3.0, "money", "USD", None, "exact")
    claim = Claim("c", "s", "earn $3", "They earn $3.", fig, "$3", line=4)
    found = Finding("d.md", 1, 6, 1, 8, "$3", fig, "supported", claim,
                    Source("s", "seeds/s.txt", "A report", url="https://example.org/r?a=1&b=2"), 90.0, "ok")
    out = _page([FileFindings("d.md", [found], [], text="They $3 do.\n")])
    assert '<a href="https://example.org/r?a=1&amp;b=2" rel="noopener noreferrer">A report</a>' in out
    assert '<mark>$3</mark>' in out


def test_a_problem_inside_a_figure_is_listed_but_not_marked_twice():
    from factlint.check.findings import Finding
    from factlint.extract import Figure

    fig = Figure("$5", 0, 3, 5.0, 5.0, "money", "USD", None, "exact")
    text = "Paid $\u202e5 an hour.\n"
    found = Finding("d.md", 1, 6, 1, 9, "$\u202e5", fig, "unsourced")
    problem = Problem("d.md", 1, 7, 1, 8, "a bidi control inside a figure", "hidden-character")
    out = _page([FileFindings("d.md", [found], [problem], text=text)])
    assert out.count('class="fig ') == 1 and out.count("<tr class=") == 2
    assert '<td class="where">1:7</td>' in out and '<td class="where"><a href="#d1-f1">1:6</a></td>' in out
    assert "<mark>$<span class=\"ctl\" title=\"U+202E\">U+202E</span>5</mark>" in out


def test_a_draft_whose_text_was_not_kept_still_lists_its_findings():
    problem = Problem("d.md", 2, 1, 2, 5, "unknown citation key 'x'")
    out = _page([FileFindings("d.md", [], [problem])])
    assert "Its text was not kept." in out and "unknown citation key &#x27;x&#x27;" in out
    assert "<pre" not in out


def _page(files: list[FileFindings]) -> str:
    import io

    buf = io.StringIO()
    write_check_html(files, buf)
    return buf.getvalue()


def test_texts_come_back_from_worker_processes_and_through_a_baseline(drafts, capsys):
    _, out = report("-j", "2", "a.md", "b.md", "sub/c.md", capsys=capsys)
    assert all(f"Workers in {name} are paid" in out for name in ("a.md", "b.md", "sub/c.md"))
    main(["check", "--claims", CLAIMS, "--baseline", "base.json", "--update-baseline", "a.md"])
    capsys.readouterr()
    code, out = report("--baseline", "base.json", "a.md", capsys=capsys)
    assert code == 0 and "Workers in a.md are paid" in out and 'class="fig ' not in out


def test_output_writes_the_report_to_a_file_in_the_format_its_name_asks_for(example, capsys):
    named = (("report.html", "<!DOCTYPE html>"), ("report.json", '{\n  "version"'), ("report.txt", "draft.md:"))
    for name, starts in named:
        assert main(["check", "--claims", CLAIMS, "-o", name, "draft.md"]) == 1
        assert capsys.readouterr().out == ""
        written = (example.parent / name).read_text(encoding="utf-8")
        assert written.startswith(starts) and "\x1b[" not in written
    assert main(["check", "--claims", CLAIMS, "--format", "json", "--output", "report.html", "draft.md"]) == 1
    assert (example.parent / "report.html").read_text(encoding="utf-8").startswith('{\n  "version"')
    assert not list(example.parent.glob(".report*.tmp"))


@pytest.mark.parametrize("output, message", [
    ("draft.md", "--output draft.md: is a draft being checked; name another file"),
    ("claims/new.html", "--output claims/new.html: is part of the registry; name another file"),
    ("seeds/001_860653d48fbcfa2a.txt", "is part of the registry; name another file"),
    ("missing/report.html", "--output missing/report.html: no such folder missing"),
    (".", "--output .: is a folder; name the report's file"),
])
def test_output_never_replaces_a_draft_or_the_registry(tmp_path, monkeypatch, capsys, output, message):
    import shutil

    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "draft.md").write_text(EXAMPLE, encoding="utf-8")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert main(["check", "-o", output, "draft.md"]) == 2
    assert message in capsys.readouterr().err
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_a_draft_that_cannot_be_read_is_a_problem_on_the_page(example, capsys):
    (example.parent / "bad.md").write_bytes(b"Fine.\nPaid \xff$5 an hour.\n")
    assert main(["check", "--claims", CLAIMS, "-o", "report.html", "draft.md", "bad.md"]) == 2
    assert "bad.md:2: not valid utf-8" in capsys.readouterr().err
    page = (example.parent / "report.html").read_text(encoding="utf-8")
    bad = page[page.index('-h">bad.md</h2>'):page.index('-h">draft.md</h2>')]  # the drafts sorted by path
    assert "This draft could not be read." in bad and '<td class="where">2:1</td>' in bad
    assert 'class="badge st-problem">unreadable<' in bad and "not valid utf-8" in bad
    assert page.count('class="fig ') == 10  # draft.md's figures, all marked


def test_a_report_stopped_half_way_leaves_the_last_one(example, capsys, monkeypatch):
    import factlint.cli.runner as runner
    from factlint.errors import FactlintError

    def stops(fmt, files, *, out, **_):
        out.write("<!DOCTYPE html>\n<html>half")
        raise FactlintError("draft.md: stopped half way")

    (example.parent / "report.html").write_text("the last report", encoding="utf-8")
    monkeypatch.setattr(runner, "write_check", stops)
    assert main(["check", "--claims", CLAIMS, "-o", "report.html", "draft.md"]) == 2
    assert "stopped half way" in capsys.readouterr().err
    assert (example.parent / "report.html").read_text(encoding="utf-8") == "the last report"
    assert sorted(p.name for p in example.parent.iterdir()) == ["draft.md", "report.html"]
