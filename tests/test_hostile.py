"""Hostile input: terminal escapes and rich markup print literally, no path leaves the project, every
output format stays valid, inputs are never written, and a failed write leaves the old file whole."""

from __future__ import annotations

import builtins
import functools
import json
import os
import sys
from pathlib import Path

import pytest
from jsonschema import Draft7Validator
from work import best_cpu

from factlint.cli import main

ROOT = Path(__file__).resolve().parents[1]

SCHEMA = json.loads((Path(__file__).parent / "data/sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
ESC = "\x1b[31m"

SEED = ('Intro.\nWorkers \x1b[31mare "paid" :: 100%% [red]as little as $1.46/hour after tax[/red] '
        "[link=http://evil]here[/link].\n")
REGISTRY = (
    '[[source]]\nid = "s"\npath = "seeds/s.txt"\ntitle = "Title \\u001b[2J [bold]x[/bold] :: 50%"\n\n'
    '[[claim]]\nid = "pay"\nsource = "s"\nquote = "as little as $1.46/hour after tax"\n'
    'statement = "Workers \\u001b[31m are [red]paid[/red] \\"as little as\\" $1.46 per hour :: 100% %0A\\nafter tax '
    '[link=http://evil]x[/link]."\nkeywords = ["[blink]wage", "\\u0007bell"]\n')
DRAFT = ("Workers are paid as little as $1.46 per hour after tax [link=http://e]x[/link].\n\n"
         'Some "150\nmillion" workers, 100%% :: of them \x1b[31mred\x07 [bold]here[/bold].\n')


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds/s.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims/a.toml").write_text(REGISTRY, encoding="utf-8")
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    return tmp_path


# --- escapes and markup print literally ------------------------------------------------------------

@pytest.mark.parametrize("args, literal", [
    (("claims", "show", "pay"), ["[red]paid[/red]", "[link=http://evil]x[/link]", "\\x1b[31m", "[bold]x[/bold]",
                                 "[blink]wage", "\\x07bell", "\\x1b[2J"]),
    (("claims", "list"), ["pay", "$1.46/hour"]),
    (("check", "-v", "draft.md"), ["$1.46 per hour"]),
    (("figures", "draft.md"), ["$1.46 per hour"]),
])
def test_text_output_never_carries_raw_escapes_and_shows_markup_literally(project, capsys, args, literal):
    _, out, err = run(capsys, *args)
    assert "\x1b" not in out + err and "\x07" not in out + err
    for piece in literal:
        assert piece in out


def test_hostile_file_names_print_literally(project, capsys):
    (project / "[red]x[bold].md").write_text("Paid $1.46/hour.\n")
    (project / f"{ESC}y.md").write_text("Paid $2.46/hour.\n")
    (project / "[link=https:e]z.md").write_text("Paid $3.46/hour.\n")
    _, out, err = run(capsys, "figures", "[red]x[bold].md", f"{ESC}y.md", "[link=https:e]z.md")
    assert "[red]x[bold].md:1:6" in out and "\\x1b[31my.md:1:6" in out and "[link=https:e]z.md:1:6" in out
    assert "\x1b" not in out + err


def test_errors_on_stderr_show_escapes_visibly(project, capsys):
    (project / "seeds/s.txt").write_text("Workers are paid as \x1b[31mlittle as $2.46/hour after tax.\n")
    code, _, err = run(capsys, "claims", "verify")
    assert code == 2 and "\x1b" not in err and "\\x1b[31m" in err
    code, _, err = run(capsys, "figures", f"{ESC}missing.md")
    assert code == 2 and err == "factlint: error: \\x1b[31mmissing.md: no such file or folder\n"


@pytest.mark.parametrize("args", [
    ("check", "--baseline", f"{ESC}base.json", "draft.md"),           # a file name in baseline.py's message
    ("check", "--sarif-file", f"no/{ESC}such/out.sarif", "draft.md"),  # in the write error
    ("check", "--claims", f"{ESC}nowhere", "draft.md"),               # in the registry's
    ("check", f"--{ESC}colour", "draft.md"),                          # in Click's usage error
    ("check", "--fail-on", f"{ESC}bad", "draft.md"),                   # in an option's value
], ids=["baseline", "sarif-file", "claims", "option", "fail-on"])
def test_every_error_message_shows_control_characters_as_escapes(project, capsys, args):
    code, _, err = run(capsys, *args)
    assert code == 2 and "\x1b" not in err and "\\x1b[31m" in err


def test_a_baseline_written_to_a_hostile_name_is_reported_literally(project, capsys):
    code, _, err = run(capsys, "check", "--baseline", f"{ESC}base.json", "--update-baseline", "draft.md")
    assert code == 0 and (project / f"{ESC}base.json").exists()
    assert "\x1b" not in err and "\\x1b[31mbase.json" in err


# --- paths never leave the project -----------------------------------------------------------------

@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """Every file path opened or read during the test."""
    seen: list[str] = []
    real_open, real_bytes, real_text = builtins.open, Path.read_bytes, Path.read_text

    def spy_open(file, *a, **k):
        seen.append(os.path.abspath(str(file)) if isinstance(file, (str, Path)) else str(file))
        return real_open(file, *a, **k)

    def spy_bytes(self):
        seen.append(os.path.abspath(self))
        return real_bytes(self)

    def spy_text(self, *a, **k):
        seen.append(os.path.abspath(self))
        return real_text(self, *a, **k)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(Path, "read_bytes", spy_bytes)
    monkeypatch.setattr(Path, "read_text", spy_text)
    return seen


@pytest.mark.parametrize("draft", [
    "Paid $1.46/hour [see](../../../../etc/passwd).\n",
    "Paid $1.46/hour.[^1]\n\n[^1]: /etc/passwd and ../../etc/passwd\n",
    "Paid $1.46/hour [@../../etc/passwd].\n",
    "Paid $1.46/hour [see](file:///etc/passwd).\n",
])
def test_citation_links_are_never_followed(project, capsys, reads, draft):
    (project / "cite.md").write_text(draft)
    code, out, err = run(capsys, "check", "--format", "json", "cite.md")
    assert code in (0, 1) and json.loads(out)["summary"]["figures"] == 1
    assert not [p for p in reads if "passwd" in p]


@pytest.mark.parametrize("path, reason", [
    ("../../etc/passwd", 'leaves the project root ("..")'),
    ("/etc/passwd", "is absolute"),
    ("seeds/../../x.txt", 'leaves the project root ("..")'),
])
def test_source_paths_outside_the_project_are_refused_unread(project, capsys, reads, path, reason):
    (project / "claims/a.toml").write_text(REGISTRY.replace("seeds/s.txt", path))
    code, _, err = run(capsys, "claims", "verify")
    assert code == 2 and reason in err
    assert not [p for p in reads if p.endswith(("passwd", "/x.txt"))]


def test_source_symlink_out_of_the_project_is_refused(project, capsys, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside") / "secret.txt"
    outside.write_text(SEED)
    (project / "seeds/link.txt").symlink_to(outside)
    (project / "claims/a.toml").write_text(REGISTRY.replace("seeds/s.txt", "seeds/link.txt"))
    code, _, err = run(capsys, "claims", "verify")
    assert code == 2 and "is a link that leads outside the project root" in err


# --- output formats stay valid -----------------------------------------------------------------------

def _strings(node):
    if isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)
    elif isinstance(node, str):
        yield node


def test_json_keeps_quotes_newlines_and_control_characters(project, capsys):
    _, out, _ = run(capsys, "check", "-v", "--format", "json", "draft.md")
    doc = json.loads(out)
    texts = [f["text"] for f in doc["findings"]]
    assert "$1.46 per hour" in texts and any("\n" in t for t in texts)  # "150\nmillion" spans a line break
    statements = [f["claim"]["statement"] for f in doc["findings"] if f["claim"]]
    assert any('"as little as"' in s and "\x1b[31m" in s and "%0A\nafter" in s for s in statements)
    _, out, _ = run(capsys, "figures", "--format", "json", "draft.md")
    assert any("\n" in f["text"] for f in json.loads(out)["findings"])


def test_sarif_stays_valid_with_hostile_text_and_names(project, capsys):
    (project / 'we "ird", :: 100%.md').write_text(DRAFT)
    _, out, _ = run(capsys, "check", "-v", "--format", "sarif", "draft.md", 'we "ird", :: 100%.md')
    doc = json.loads(out)
    assert not list(Draft7Validator(SCHEMA).iter_errors(doc))
    results = doc["runs"][0]["results"]
    assert len(results) >= 4 and any("\n" in s for s in _strings(doc))


def test_github_commands_stay_one_line_each_with_properties_escaped(project, capsys):
    name = "we:ird,na%me\n.md" if os.name != "nt" else "weird.md"
    (project / name).write_text("Paid as little as $1.46 per hour after tax.\nOver 99% :: of all.\n")
    _, out, _ = run(capsys, "check", "-v", "--format", "github", "draft.md", name)
    lines = out.splitlines()
    assert lines and all(line.startswith("::") for line in lines)
    for line in lines:
        head, _message = line[2:].split("::", 1)
        kind, props = head.split(" ", 1)
        assert kind in ("error", "warning", "notice") and "\r" not in line
        for prop in props.split(","):
            key, value = prop.split("=", 1)
            assert ":" not in value and "," not in value
    assert "file=we%3Aird%2Cna%25me%0A.md" in out


# --- nothing lost: inputs untouched, writes atomic ---------------------------------------------------

def _snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("args", [
    ("figures", "draft.md"), ("figures", "--format", "json", "."),
    ("check", "draft.md"), ("check", "--format", "json", "."), ("check", "--format", "sarif", "draft.md"),
    ("check", "--format", "github", "draft.md"), ("check", "--baseline", "none.json", "draft.md"),
    ("check", "--format", "html", "draft.md"), ("claims", "list"), ("claims", "show", "pay"), ("claims", "verify"), ("claims", "audit"),
    ("claims", "harvest", "seeds/s.txt"),
])
def test_commands_leave_every_file_untouched_and_create_none(project, capsys, args):
    before = _snapshot(project)
    run(capsys, *args)
    assert _snapshot(project) == before


def _failing_replace(monkeypatch):
    def boom(src, dst, *a, **k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", boom)


@pytest.mark.parametrize("args, target, before", [
    (("check", "--baseline", "base.json", "--update-baseline", "draft.md"), "base.json",
     '{"version": 1, "findings": []}\n'),
    (("check", "--sarif-file", "out.sarif", "draft.md"), "out.sarif", "old report\n"),
    (("check", "-o", "report.html", "draft.md"), "report.html", "old report\n"),
    (("claims", "harvest", "seeds/s.txt", "--write", "claims/new.toml"), "claims/new.toml", "# kept\n"),
])
def test_failed_write_keeps_the_old_file_and_leaves_no_temporary(project, capsys, monkeypatch, args, target, before):
    (project / target).write_text(before)
    files = set(_snapshot(project))
    _failing_replace(monkeypatch)
    code, _, err = run(capsys, *args)
    assert code == 2 and "No space left on device" in err and len(err.strip().splitlines()) == 1
    assert (project / target).read_text() == before
    assert set(_snapshot(project)) == files  # no .tmp file left behind


def test_atomic_write_failure_mid_write_keeps_old_file(tmp_path, monkeypatch):
    from factlint import atomic

    target = tmp_path / "f.txt"
    target.write_text("old")
    real_fdopen = os.fdopen

    def half(fd, *a, **k):
        fh = real_fdopen(fd, *a, **k)
        fh.write = lambda text: (_ for _ in ()).throw(OSError(5, "Input/output error"))
        return fh

    monkeypatch.setattr(os, "fdopen", half)
    with pytest.raises(OSError):
        atomic.write_text(target, "new")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["f.txt"]


# --- issue 15: output that cannot be written, control characters in workflow commands -----------------------

def _run_cli(args, cwd, **kwargs):
    import subprocess

    code = "import sys\nfrom factlint.cli import main\nsys.exit(main(sys.argv[1:]))"
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, stderr=subprocess.PIPE, text=True, **kwargs)


def test_a_full_disk_for_the_report_is_one_line_and_exit_2(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("Data labelers are paid as little as $1.64 an hour.\n", encoding="utf-8")
    with open("/dev/full", "w") as full:
        done = _run_cli(["check", "--claims", str(ROOT / "claims"), str(draft)], tmp_path, stdout=full)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["factlint: error: cannot write the report: No space left on device"]


def test_a_closed_standard_output_is_one_line_and_exit_2(tmp_path):
    import subprocess

    draft = tmp_path / "d.md"
    draft.write_text("Paid $9 an hour.\n", encoding="utf-8")
    code = "import os, sys\nos.close(1)\nsys.stdout = None\nfrom factlint.cli import main\nsys.exit(main(sys.argv[1:]))"
    done = subprocess.run([sys.executable, "-c", code, "check", "--format", "json", "--claims",
                           str(ROOT / "claims"), str(draft)], cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip() == "factlint: error: standard output is closed: nothing can be reported"


def test_github_commands_carry_no_control_characters(tmp_path):
    draft = tmp_path / "e\x1b[31mx.md"
    draft.write_text("Paid $9 an hour.\n", encoding="utf-8")
    done = _run_cli(["check", "--format", "github", "--claims", str(ROOT / "claims"), draft.name], tmp_path)
    assert done.returncode == 1
    assert "\x1b" not in done.stdout and "file=e\\x1b[31mx.md" in done.stdout


@functools.cache
def _engine():  # type: ignore[no-untyped-def]
    from factlint.check.engine import Engine
    from factlint.registry import load_registry

    return Engine.build(load_registry(ROOT / "claims", ROOT))


def _check_cpu(text: str) -> float:
    """The least CPU time of checking `text` against the bundled registry (built once for the tests of time)."""
    from factlint.check.engine import check_text

    engine = _engine()
    return best_cpu(lambda: check_text(text, engine))


def test_thousands_of_figures_in_one_paragraph_take_linear_time():
    # Issue 15: every figure's clause and statement were cut from the whole paragraph (40 KB took 17 s).
    small = _check_cpu("5% " * 1500)
    large = _check_cpu("5% " * 6000)
    assert large < 8 * small + 0.05  # four times the text: linear is 4x, quadratic 16x (a loose bound)


def test_a_paragraph_of_many_asides_and_figures_takes_linear_time():
    # Issue 14: a statement was found in its sentence by its whole length, for every figure of the paragraph.

    def paragraph(n: int) -> str:
        return " ".join(f"Adobe's rival Oracle, whose staff in Kenya, Uganda's neighbour, found {i}% of Nairobi's "
                        f"workers, just as in Madagascar, not in Zambia" for i in range(n)) + ".\n"
    small = _check_cpu(paragraph(1500))
    large = _check_cpu(paragraph(6000))
    # Four times the text: linear is 4x (4.1x to 5.4x measured, no function above 4.5x: a loaded machine's caches);
    # the whole-length search it guards against made it 6.8x at a third of these sizes, about 9.7x at these.
    assert large < 8 * small + 0.05


def test_a_sentence_of_many_names_and_figures_takes_linear_time():
    # Review of the sixteenth session: each figure of one long sentence read every name of its clause for an
    # attribution (attributed_in), figures times names (20 kB took 9.6 s against 1.0 s for 5 kB).
    unit = "1.500 Vlamingen en de 150 Kamerleden, "

    def sentence(size: int) -> str:
        return "Het bureau telde " + unit * (size // len(unit)) + "en meer.\n"
    small = _check_cpu(sentence(5_000))
    large = _check_cpu(sentence(20_000))
    assert large < 8 * small + 0.05  # four times the text: linear is 4x, quadratic 16x


def test_a_long_statement_of_many_figures_takes_linear_time():
    # Review of the seventeenth session: whether a figure is the writer's own fieldwork was read on its whole statement
    # before it, once per figure (80 kB of one sentence took 29 s against 2.1 s for 20 kB).
    small, large = (_sentence_cpu("The moderators we met said they were paid ", "3 dollars an hour in one office or ",
                                  size) for size in (5_000, 20_000))
    assert large < 8 * small + 0.05  # four times the text: linear is 4x, quadratic 16x


def _sentence_cpu(opening: str, unit: str, size: int) -> float:
    """The CPU time of checking one sentence: `opening`, then `unit` repeated to about `size` characters."""
    return _check_cpu(opening + unit * (size // len(unit)) + "less.\n")


def test_a_paragraph_of_hyphened_counts_takes_linear_time():
    # Review of the eighteenth session: a period said before a figure was looked for from its sentence's start, and a
    # paragraph of figures has no words before its last one (20,000 "four-country" took 116 s against 1.1 s).
    small = _check_cpu("four-country " * 1_500 + "\n")
    large = _check_cpu("four-country " * 6_000 + "\n")
    assert large < 8 * small + 0.05  # four times the text: linear is 4x, quadratic 16x


def test_a_long_dutch_word_takes_linear_time():
    # Review of the eighteenth session: a compound's head was looked for at every cut of a word (a 200,000-letter word
    # took 5 s in the population reader alone).
    from factlint.check.lexical import populations

    small = best_cpu(lambda: populations("de " + "onderzoeker" * 2_000 + "s"))
    large = best_cpu(lambda: populations("de " + "onderzoeker" * 8_000 + "s"))
    assert large < 8 * small + 0.05  # four times the word: linear is 4x, quadratic 16x


def test_a_url_before_many_closing_brackets_takes_linear_time():
    # Issue 15: each ")" trimmed off a URL counted the brackets of the whole URL again.
    from factlint.documents import read_markdown

    small = best_cpu(lambda: read_markdown("see http://x.org/a" + ")" * 20_000))
    large = best_cpu(lambda: read_markdown("see http://x.org/a" + ")" * 80_000))
    assert large < 8 * small + 0.05


def _project(tmp_path: Path) -> Path:
    import shutil

    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "d.md").write_text("Paid $9 an hour.\n", encoding="utf-8")
    return tmp_path


DEEP = "[" * 1000 + "]" * 1000


@pytest.mark.parametrize("files, args, message", [
    ({"claims/deep.toml": f"a = {DEEP}\n"}, ["check", "--claims", "claims", "d.md"],
     "claims/deep.toml: malformed TOML: arrays or tables nested too deeply to read"),
    ({"pyproject.toml": f"[tool.factlint]\nx = {DEEP}\n"}, ["check", "d.md"],
     "pyproject.toml: malformed TOML: arrays or tables nested too deeply to read"),
    ({"base.json": "[" * 100_000 + "]" * 100_000}, ["check", "--claims", "claims", "--baseline", "base.json", "d.md"],
     "base.json: not a factlint baseline (JSON nested too deeply)"),
    ({"claims/nul.toml": '[[source]]\nid = "n"\npath = "seeds/a\\u0000b.txt"\n'}, ["claims", "verify", "--claims", "claims"],
     'path "seeds/a\\x00b.txt" holds a NUL character'),
    ({"claims/long.toml": f'[[source]]\nid = "n"\npath = "seeds/{"a" * 300}.txt"\n'},
     ["claims", "verify", "--claims", "claims"], "cannot be read: File name too long"),
], ids=["deep registry", "deep config", "deep baseline", "NUL in a source path", "a name too long"])
def test_hostile_input_is_one_line_and_exit_2(tmp_path, files, args, message):
    root = _project(tmp_path)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    done = _run_cli(args, root)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert message in done.stderr


def test_odd_file_names_keep_every_report_valid(tmp_path):
    # Issue 15: a name with a byte that is no UTF-8 made the JSON invalid and cut the SARIF short; "a:b.md" was
    # taken for a Windows drive and crashed the SARIF.
    root = _project(tmp_path)
    (root / "d.md").unlink()
    (root / "a:b.md").write_text("Paid $9 an hour.\n", encoding="utf-8")
    (root / os.fsdecode(b"bad\xff.md")).write_text("Paid $8 an hour.\n", encoding="utf-8")
    done = _run_cli(["check", "--claims", "claims", "--format", "json", "."], root)
    paths = sorted(f["path"] for f in json.loads(done.stdout)["findings"])
    assert paths == ["a:b.md", "bad\\xff.md"]
    done = _run_cli(["check", "--claims", "claims", "--format", "sarif", "."], root)
    results = json.loads(done.stdout)["runs"][0]["results"]
    assert sorted(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results) == [
        "a%3Ab.md", "bad%5Cxff.md"]
    done = _run_cli(["check", "--claims", "claims", "--baseline", "b.json", "--update-baseline", "."], root)
    assert done.returncode == 0 and len(json.loads((root / "b.json").read_text())["findings"]) == 2


@pytest.mark.parametrize("line, args, code", [
    ("Paid ${i} an hour.", ["figures"], 0),
    ("Paid ${i} an hour.", ["check", "--format", "json"], 1),
    ("Data labelers are paid as little as $1.46 an hour.", ["check"], 0),
], ids=["figures", "check with unsourced figures", "check all supported"])
def test_a_reader_that_stops_early_ends_the_run_quietly_as_if_finished(tmp_path, line, args, code):
    # Issue 15: `| head -1` made factlint exit 1 (rich's broken-pipe handler) whatever the findings.
    import subprocess

    draft = tmp_path / "d.md"
    draft.write_text("".join(line.replace("{i}", str(i)) + "\n\n" for i in range(1, 4000)), encoding="utf-8")
    if args[0] == "check":
        args = [*args, "--claims", str(ROOT / "claims")]
    proc = subprocess.Popen([sys.executable, "-m", "factlint", *args, str(draft)], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.read(20)
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait() == code and stderr == ""


def test_warnings_never_reach_the_report_when_standard_error_is_closed(tmp_path):
    # Issue 15: with standard error closed, warnings were printed into standard output, inside the JSON.
    import subprocess

    (tmp_path / "bin.md").write_bytes(b"a\0b")
    (tmp_path / "a.md").write_text("Paid $5 an hour.\n", encoding="utf-8")
    code = "import os, sys\nos.close(2)\nsys.stderr = None\nfrom factlint.cli import main\nsys.exit(main(sys.argv[1:]))"
    done = subprocess.run([sys.executable, "-c", code, "figures", "--format", "json", "."], cwd=tmp_path,
                          stdout=subprocess.PIPE, text=True)
    assert done.returncode == 0
    assert [f["path"] for f in json.loads(done.stdout)["findings"]] == ["a.md"]


def test_a_folder_tree_1100_deep_is_read_not_a_traceback(tmp_path, remove_tree):
    # Issue 15: a registry folder or a draft folder 1,100 levels deep raised RecursionError.
    root = _project(tmp_path)
    here = root / "drafts"
    for top in (root / "claims", here):
        for _ in range(1100):
            top = top / "d"
            top.mkdir(parents=True)
        here = top
    (here / "x.md").write_text("Paid $5 an hour.\n", encoding="utf-8")
    try:
        done = _run_cli(["check", "--claims", "claims", "--format", "json", "drafts"], root)
    finally:
        remove_tree(root / "drafts")
        remove_tree(root / "claims" / "d")
    assert done.returncode == 1 and done.stderr == ""
    assert [f["status"] for f in json.loads(done.stdout)["findings"]] == ["unsourced"]


def test_trojan_source_is_a_problem_and_the_figure_checked_as_it_displays(tmp_path):
    # Issue 15: "\u202e1.46$\u202c" displays as "$64.1" and was reported supported; a Hangul filler hid a figure.
    draft = tmp_path / "d.md"
    draft.write_text("Data labelers are paid as little as \u202e1.46$\u202c an hour.\n\n"
                     "Data labelers are paid as little as $1\u115f.64 an hour.\n", encoding="utf-8")
    done = _run_cli(["check", "--format", "json", "--claims", str(ROOT / "claims"), draft.name], tmp_path)
    report = json.loads(done.stdout)
    assert done.returncode == 1
    assert [(f["line"], f["figure"]["low"], f["status"]) for f in report["findings"]] == [
        (1, 64.1, "conflicting"), (3, 1.64, "conflicting")]
    assert [(p["line"], p["column"], p["type"]) for p in report["problems"]] == [
        (1, 37, "hidden-character"), (1, 43, "hidden-character"), (3, 39, "hidden-character")]


def test_ctrl_c_under_jobs_ends_with_130_and_no_traceback(tmp_path):
    # Issue 15: Ctrl-C reaches every process of the group; workers printed KeyboardInterrupt tracebacks, and
    # the parent waited for every draft to be checked before it exited.
    import signal
    import subprocess
    import time

    body = "".join(f"Data labelers in region {i} are paid as little as ${i}.46 an hour.\n\n" for i in range(150))
    (tmp_path / "d").mkdir()
    for k in range(200):
        (tmp_path / "d" / f"{k}.md").write_text(body, encoding="utf-8")
    # As from a terminal: a test run started in the background by a shell inherits SIGINT ignored, and so would
    # factlint (Python keeps an ignored SIGINT ignored), which then runs to its end (exit 1) whatever Ctrl-C does.
    proc = subprocess.Popen([sys.executable, "-m", "factlint", "check", "-j", "2", "--claims", str(ROOT / "claims"),
                             "d"], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(1.5)
    os.killpg(proc.pid, signal.SIGINT)
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 130, stderr[-2000:]  # what it said, should it end otherwise
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr


def test_draft_links_out_of_the_project_and_devices_are_never_read(tmp_path):
    # Issue 15, item 6: a committed `x.md -> /dev/zero` was read until memory ran out, and a link to a file
    # outside the project printed that file's figures, walked or named.
    secret = tmp_path / "home" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("The password budget is $777 a month.\n", encoding="utf-8")
    root = _project(tmp_path / "repo")
    (root / "docs").mkdir()
    (root / "docs" / "notes.md").symlink_to(secret)
    (root / "docs" / "zero.md").symlink_to("/dev/zero")
    (root / "docs" / "inside.md").symlink_to(root / "d.md")
    for args in (["docs"], ["docs/notes.md", "docs/zero.md", "docs/inside.md"]):
        done = _run_cli(["figures", "--format", "json", *args], root)
        assert done.returncode == 0, done.stderr
        assert [f["text"] for f in json.loads(done.stdout)["findings"]] == ["$9 an hour"]
        assert "docs/notes.md: a symbolic link to a file outside the project, skipped" in done.stderr
    assert "docs/zero.md: a device, not a draft, skipped" in done.stderr


def test_a_harvest_waits_for_another_writing_the_same_file_and_appends_to_it(tmp_path):
    # Issue 15, item 8: two concurrent `harvest --write` lost one's claims about 1 run in 10. Here the other
    # writer holds the lock; without it the harvest would write at once, and then one of the two be lost.
    import subprocess

    from factlint.atomic import locked, write_text

    root = _project(tmp_path)
    (root / "seeds" / "a.txt").write_text("Acme paid its 40 welders 17 euros an hour in 2021.\n", encoding="utf-8")
    target = root / "claims" / "new.toml"
    with locked(target):
        run = subprocess.Popen([sys.executable, "-m", "factlint", "claims", "harvest", "--write", "claims/new.toml",
                                "seeds/a.txt"], cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        with pytest.raises(subprocess.TimeoutExpired):
            run.wait(timeout=5)
        write_text(target, "# written by the other harvest\n")
    assert run.wait(timeout=120) == 0, run.stderr.read()
    written = target.read_text(encoding="utf-8")
    assert written.startswith("# written by the other harvest\n") and "seeds/a.txt" in written
    assert not [p.name for p in (root / "claims").iterdir() if p.name.endswith(".tmp")]


def test_harvesting_a_document_whose_name_holds_a_cr_keeps_the_registry_valid(tmp_path):
    # Issue 15, item 8: the CR went into a TOML comment, which broke the registry, and the run exited 0.
    root = _project(tmp_path)
    (root / "seeds" / "bad\rname.txt").write_text("Acme paid its 40 welders 17 euros an hour.\n", encoding="utf-8")
    done = _run_cli(["claims", "harvest", "--write", "claims/new.toml", "seeds/bad\rname.txt"], root)
    assert done.returncode == 0, done.stderr
    assert "# seeds/bad\\x0dname.txt:1:" in (root / "claims" / "new.toml").read_text(encoding="utf-8")
    assert _run_cli(["claims", "verify", "--claims", "claims"], root).returncode == 0


def test_a_harvest_that_would_break_the_registry_writes_nothing():
    from factlint.errors import FactlintError
    from factlint.registry.harvest import check_written

    check_written('[[claim]]\nid = "a"\n', "claims/new.toml")
    with pytest.raises(FactlintError, match="claims/new.toml: the harvested claims would not parse"):
        check_written("[[claim]]\n# a\rb\n", "claims/new.toml")


def test_concurrent_harvests_lose_no_claim_in_a_loop(tmp_path):
    # Issue 15, item 8: two `harvest --write` at once lost one's claims about 1 run in 10.
    import subprocess

    root = _project(tmp_path)
    (root / "seeds" / "a.txt").write_text("Acme paid its 40 welders 17 euros an hour in 2021.\n", encoding="utf-8")
    (root / "seeds" / "b.txt").write_text("Bolt counted 31 riders in Utrecht in 2020.\n", encoding="utf-8")
    target = root / "harvested.toml"
    for _ in range(6):
        target.unlink(missing_ok=True)
        runs = [subprocess.Popen([sys.executable, "-m", "factlint", "claims", "harvest", "--write", target.name,
                                  f"seeds/{name}.txt"], cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                for name in "ab"]
        assert [r.wait(timeout=120) for r in runs] == [0, 0]
        written = target.read_text(encoding="utf-8")
        assert "seeds/a.txt" in written and "seeds/b.txt" in written


def test_an_update_baseline_waits_for_another_writing_the_same_baseline(tmp_path):
    # Issue 15, item 8: --update-baseline wrote without a lock.
    import subprocess

    from factlint.atomic import locked, write_text

    root = _project(tmp_path)
    target = root / "baseline.json"
    with locked(target):
        run = subprocess.Popen([sys.executable, "-m", "factlint", "check", "--baseline", target.name,
                                "--update-baseline", "d.md"], cwd=root, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
        with pytest.raises(subprocess.TimeoutExpired):
            run.wait(timeout=5)
        write_text(target, "{}\n")
        assert target.read_text() == "{}\n"  # not written while the lock was held
    assert run.wait(timeout=120) == 0, run.stderr.read()
    assert json.loads(target.read_text(encoding="utf-8"))["findings"]


@pytest.mark.parametrize("wrapped", [
    "<div>\n{}\n</div>\n",
    "<details>\n<summary>Pay</summary>\n{}\n</details>\n",
    "<p>{}</p>\n",
    "<table><tr><td>{}</td></tr></table>\n",
    ">" * 20 + " {}\n",
    "".join("  " * i + "- item\n" for i in range(9)) + "  " * 9 + "- {}\n",
])
def test_a_figure_in_an_html_block_or_nested_too_deep_is_checked(tmp_path, wrapped):
    # Issue 15, item 5: these figures went unchecked, exit 0; now each is read and found conflicting.
    draft = tmp_path / "d.md"
    draft.write_text("Intro.\n\n" + wrapped.format("Data labelers are paid as little as $1.64 an hour."),
                     encoding="utf-8")
    done = _run_cli(["check", "--format", "json", "--claims", str(ROOT / "claims"), draft.name], tmp_path)
    assert done.returncode == 1, done.stderr
    (finding,) = json.loads(done.stdout)["findings"]
    assert (finding["text"], finding["status"]) == ("$1.64 an hour", "conflicting")
    line = draft.read_text(encoding="utf-8").splitlines()[finding["line"] - 1]
    assert line[finding["column"] - 1:].startswith("$1.64")
# --- linear work and memory, counted at two sizes (never timed) ----------------------------------------

def _wide_table(columns: int) -> str:
    return ("| " + " | ".join(f"Year {i}" for i in range(columns)) + " |\n" + "|---" * columns + "|\n"
            + "| " + " | ".join(f"{i % 97}% [^1]" for i in range(columns)) + " |\n\n[^1]: A note.\n")


def test_a_wide_table_row_takes_linear_work_and_memory():
    # Issue 15: every cell took the whole row as its context (one row of 8k cells: 18 s, 3 GB).
    from work import lines_run, peak_bytes

    from factlint.check.mentions import scan

    small, large = _wide_table(300), _wide_table(1200)
    assert lines_run(lambda: scan(small)) * 6 > lines_run(lambda: scan(large))  # linear 4x, quadratic 16x
    assert peak_bytes(lambda: scan(small)) * 6 > peak_bytes(lambda: scan(large))
    found = scan(large)
    assert len(found) == 1200 and len(found[700].citations) == 17  # its own footnote and 8 cells' on each side
    # Its column header, its row's first cell, and 8 cells on each side.
    assert found[700].context == "Year 700 0% " + " ".join(f"{i % 97}%" for i in [*range(692, 700), *range(701, 709)])


def _quoted_registry(root: Path, claims: int) -> None:
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "seeds/s.txt").write_text("".join(f"Kind {i} counts {i}.5 million workers.\n" for i in range(claims)))
    body = ['[["source"]]\nid = "s"\npath = "seeds/s.txt"\n']
    body += [f'[["claim"]]\nid = "c\\u0030{i}"\nsource = "s"\nquote = "Kind {i} counts {i}.5 million workers"\n'
             f'statement = "Kind {i} counts {i}.5 million workers."\n' for i in range(claims)]
    (root / "claims").mkdir(exist_ok=True)
    (root / "claims/a.toml").write_text("\n".join(body))


def test_a_registry_with_quoted_headers_and_escaped_ids_loads_in_linear_work(tmp_path):
    # Issue 15: `[["claim"]]` headers went unfound and an escaped id was looked for in every later id line
    # (32k claims: 130 s against 18 s written plainly). Counted: the lines the registry loader runs.
    from work import lines_run

    from factlint.registry import load_registry

    work = []
    for claims in (200, 800):
        root = tmp_path / str(claims)
        _quoted_registry(root, claims)
        work.append(lines_run(lambda: load_registry(root / "claims", root), only="registry/load.py"))
    assert work[1] < 6 * work[0]


def test_a_quoted_header_and_an_escaped_id_still_name_their_lines(tmp_path):
    _quoted_registry(tmp_path, 3)
    text = (tmp_path / "claims/a.toml").read_text().replace('statement = "Kind 2', 'statment = "Kind 2')
    (tmp_path / "claims/a.toml").write_text(text)
    done = _run_cli(["claims", "verify"], tmp_path)
    assert done.returncode == 2
    # The quoted header is found and the escaped id is in no look-up: the table is at its header's line (17).
    assert 'claims/a.toml:17: [[claim]] "c02": missing required key "statement"' in done.stderr
    assert 'claims/a.toml:21: [[claim]] "c02": unknown key "statment"' in done.stderr


HUGE_PARAGRAPHS = {"stars and underscores": "*_", "nested emphasis": "*a _b ", "number groups": "1,",
                   "code spans": "`a` ", "emphasis runs": "*" * 50 + "x", "brackets": "[a](", "words": "ab "}


@pytest.mark.parametrize("unit", HUGE_PARAGRAPHS.values(), ids=HUGE_PARAGRAPHS.keys())
def test_one_huge_paragraph_costs_a_few_times_its_size(unit):
    # Issue 15: 10 MB of `*_*_` took 4.6 GB (markdown-it's tokens, 500 bytes a character), `1,1,1,…` 750 MB.
    from work import peak_bytes

    from factlint.check.mentions import scan

    text = unit * (200_000 // len(unit))
    assert peak_bytes(lambda: scan(text)) < 5 * len(text)


def test_figures_after_an_opening_clause_share_their_statement():
    # Found in review: after "While …," every figure of the paragraph copied the rest of it as its statement
    # (12,000 figures in 169 KB took 2 GB); the figures of one clause share one copy.
    import tracemalloc

    from factlint.check.mentions import scan

    def peak(n: int) -> int:
        text = "While Adobe published a study, " + ", ".join(f"{i} million" for i in range(n)) + ".\n"
        tracemalloc.start()
        try:
            scan(text)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak(1000), peak(4000)
    assert large < 8 * small  # four times the text: linear is 4x, a copy per figure 16x


def test_a_paragraph_of_interviews_takes_linear_time():
    # Whom a speaker gave an interview is read once per interview, against names and speakers read once per text.
    small = _check_cpu("in an interview with Reuters, Casilli said 90 to 100 euros, " * 300 + "\n")
    large = _check_cpu("in an interview with Reuters, Casilli said 90 to 100 euros, " * 1_200 + "\n")
    assert large < 8 * small + 0.05  # four times the text: linear is 4x, quadratic 16x


def test_a_paragraph_of_appositions_and_own_studies_takes_linear_time():
    # Each body an apposition describes is remembered a bounded number of times, and a study's owner is looked for in a
    # clause's opening only: a paragraph of thousands of them is read in time linear in its length.
    unit = "Brightwell, a Leeds retailer, found 77% in it. The retailer's own survey found 41% of members agree. "
    small = _check_cpu(unit * 150 + "\n")
    large = _check_cpu(unit * 600 + "\n")
    assert large < 8 * small + 0.05  # four times the text: linear is 4x, quadratic 16x


def test_many_appositions_are_remembered_within_a_bound():
    from factlint.check.mentions import DESCRIBED, scan

    text = "".join(f"Firm{chr(65 + i % 26)}{i}, a Leeds retailer, opened. " for i in range(500)) + "It sold 77% more.\n"
    occ = scan(text)[-1]
    assert 0 < len(occ.described) <= DESCRIBED


def test_a_statement_of_many_quoted_figures_takes_linear_time():
    # The forty-first session's quotation read: a quotation was looked for from its statement's start to each figure,
    # now within QUOTED_CHARS of the figure (4.9x before, 4.5x after, for four times the text).
    small, large = (_sentence_cpu("The moderators quoted ", '"Kenya 3%" or ', size) for size in (2_500, 10_000))
    assert large < 8 * small + 0.05  # four times the text: linear is 4x, quadratic 16x
