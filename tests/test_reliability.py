"""Bad and odd input: drafts, folders, standard input, huge registries and edited sources.

Every case ends either with exit 2 and a one-line reason, or with a warning and the rest of the work done;
never a traceback. docs/RELIABILITY.md lists each case with the test that proves it.
"""

from __future__ import annotations

import io
import json
import os
import sys
import time
from pathlib import Path

import pytest

from factlint.project import inputs
from factlint.cli import main

CLAIMS = Path(__file__).resolve().parent.parent / "claims"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def figures_json(capsys, *args: str) -> tuple[int, dict, str]:
    code, out, err = run(capsys, "figures", "--format", "json", *args)
    return code, (json.loads(out) if out else {}), err


def spans(doc: dict) -> list[tuple[int, int, int, int, str]]:
    return [(f["line"], f["column"], f["end_line"], f["end_column"], f["text"]) for f in doc["findings"]]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


# --- encodings -----------------------------------------------------------------------------------

def test_not_utf8_is_one_line_naming_file_and_line(tmp_path, capsys):
    (tmp_path / "latin.md").write_bytes("First line.\nPaid \xe9 $1.46/hour.\n".encode("latin-1"))
    code, out, err = run(capsys, "figures", "latin.md")
    assert code == 2 and out.strip() == "0 figures in 0 files"  # named on standard error, not read
    assert err.splitlines() == ["factlint: error: latin.md:2: not valid utf-8 (byte 0xe9); "
                                "use --encoding to name the file's encoding"]


def test_encoding_option_reads_latin1(tmp_path, capsys):
    (tmp_path / "latin.md").write_bytes("Caf\xe9 staff are paid $1.46/hour.\n".encode("latin-1"))
    code, doc, _ = figures_json(capsys, "--encoding", "latin-1", "latin.md")
    assert code == 0 and spans(doc) == [(1, 21, 1, 31, "$1.46/hour")]


def test_unknown_encoding_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "a.md").write_text("x\n")
    code, _, err = run(capsys, "figures", "--encoding", "klingon", "a.md")
    assert code == 2 and err.strip() == "factlint: error: unknown encoding 'klingon'"


@pytest.mark.parametrize("bom, codec", [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"),
                                        (b"\xfe\xff", "utf-16-be")])
def test_byte_order_mark_picks_the_encoding_and_columns_ignore_it(tmp_path, capsys, bom, codec):
    (tmp_path / "bom.md").write_bytes(bom + "Paid $1.46/hour.\n".encode(codec))
    code, doc, err = figures_json(capsys, "bom.md")
    assert (code, err) == (0, "") and spans(doc) == [(1, 6, 1, 16, "$1.46/hour")]


def test_truncated_utf8_at_the_end(tmp_path, capsys):
    (tmp_path / "cut.md").write_bytes("Paid $1.46/hour.\n€".encode()[:-1])
    code, _, err = run(capsys, "figures", "cut.md")
    assert code == 2 and "cut.md:2: not valid utf-8 (truncated at the end)" in err and len(err.splitlines()) == 1


# --- binary, empty, special files ----------------------------------------------------------------

def test_binary_file_in_folder_is_skipped_and_the_rest_checked(tmp_path, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "docs/text.md").write_text("Paid $1.46/hour.\n")
    code, doc, err = figures_json(capsys, "docs")
    assert code == 0
    assert err == "factlint: warning: docs/image.md: binary file (NUL bytes), skipped\n"
    assert [f["path"] for f in doc["findings"]] == ["docs/text.md"]


def test_binary_file_skipped_by_check_too(tmp_path, capsys):
    (tmp_path / "blob.txt").write_bytes(b"abc\x00def")
    (tmp_path / "a.md").write_text("Nothing to see.\n")
    code, out, err = run(capsys, "check", "--claims", str(CLAIMS), "--format", "json", "blob.txt", "a.md")
    assert code == 0 and "blob.txt: binary file (NUL bytes), skipped" in err
    assert json.loads(out)["findings"] == []


def test_nul_after_the_first_8kb_is_not_binary(tmp_path, capsys):
    (tmp_path / "late.md").write_bytes(b"Paid $1.46/hour.\n" + b"x" * 9000 + b"\x00")
    code, doc, err = figures_json(capsys, "late.md")
    assert (code, err) == (0, "") and len(doc["findings"]) == 1


@pytest.mark.parametrize("content", [b"", b"\n", b"   \n\t\n", b"\xef\xbb\xbf", b"\r\n\r\n"])
def test_empty_and_blank_files(tmp_path, capsys, content):
    (tmp_path / "empty.md").write_bytes(content)
    code, doc, err = figures_json(capsys, "empty.md")
    assert (code, err) == (0, "") and doc["findings"] == [] and doc["summary"] == {"files": 1, "figures": 0}


def test_fifo_in_folder_is_skipped_not_waited_on(tmp_path, capsys):
    (tmp_path / "d").mkdir()
    os.mkfifo(tmp_path / "d/pipe.md")
    (tmp_path / "d/ok.md").write_text("Paid $1.46/hour.\n")
    code, doc, err = figures_json(capsys, "d")
    assert code == 0 and err == "factlint: warning: d/pipe.md: not a regular file, skipped\n"
    assert len(doc["findings"]) == 1


def test_folder_named_like_a_draft_is_walked_not_read(tmp_path, capsys):
    (tmp_path / "notes.md").mkdir()
    (tmp_path / "notes.md/inner.md").write_text("Paid $1.46/hour.\n")
    code, doc, err = figures_json(capsys, "notes.md")
    assert (code, err) == (0, "") and [f["path"] for f in doc["findings"]] == ["notes.md/inner.md"]


def test_broken_symlink_in_folder_is_skipped(tmp_path, capsys):
    (tmp_path / "d").mkdir()
    (tmp_path / "d/gone.md").symlink_to(tmp_path / "nowhere.md")
    code, _, err = run(capsys, "figures", "d")
    assert code == 0 and err == "factlint: warning: d/gone.md: broken symbolic link, skipped\n"


def test_symlink_loops_in_folders_end(tmp_path, capsys):
    (tmp_path / "d/sub").mkdir(parents=True)
    (tmp_path / "d/sub/a.md").write_text("Paid $1.46/hour.\n")
    (tmp_path / "d/sub/loop").symlink_to(tmp_path / "d")  # d/sub/loop -> d: a cycle
    (tmp_path / "d/self").symlink_to(tmp_path / "d/self")  # a link to itself
    code, doc, err = figures_json(capsys, "d")
    assert code == 0
    assert [f["path"] for f in doc["findings"]] == ["d/sub/a.md"]  # read once, not once per lap


def test_explicit_symlink_loop_is_one_line_error(tmp_path, capsys):
    (tmp_path / "self.md").symlink_to(tmp_path / "self.md")
    code, _, err = run(capsys, "figures", "self.md")
    assert code == 2 and len(err.splitlines()) == 1 and "self.md: cannot read:" in err


def test_unreadable_file_is_one_line_error(tmp_path, capsys, monkeypatch):
    # Tests run as root, where chmod 000 does not stop reading: make reading itself fail instead.
    (tmp_path / "secret.md").write_text("Paid $1.46/hour.\n")
    real = Path.read_bytes

    def denied(self):
        if self.name == "secret.md":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    code, out, err = run(capsys, "figures", "secret.md")
    assert (code, out) == (2, "0 figures in 0 files\n")
    assert err == "factlint: error: secret.md: cannot read: Permission denied\n"


def test_missing_file_is_one_line_error(capsys):
    code, _, err = run(capsys, "figures", "nope.md")
    assert code == 2 and err == "factlint: error: nope.md: no such file or folder\n"


# --- standard input ------------------------------------------------------------------------------

def test_stdin_is_read(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Paid $1.46/hour.\n".encode())))
    code, doc, _ = figures_json(capsys, "-")
    assert code == 0 and [(f["path"], f["text"]) for f in doc["findings"]] == [("-", "$1.46/hour")]


@pytest.mark.parametrize("stdin", ["closed", "none"])
def test_closed_stdin_reads_as_empty(capsys, monkeypatch, stdin):
    stream = None
    if stdin == "closed":
        stream = io.TextIOWrapper(io.BytesIO(b"x"))
        stream.close()
    monkeypatch.setattr(sys, "stdin", stream)
    code, doc, err = figures_json(capsys, "-")
    assert (code, err) == (0, "") and doc["summary"] == {"files": 1, "figures": 0}


def test_binary_stdin_is_skipped(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x00\x01\x02")))
    code, _, err = run(capsys, "figures", "-")
    assert code == 0 and err == "factlint: warning: -: binary input (NUL bytes), skipped\n"


# --- layout: line endings, tabs, long lines, Unicode -----------------------------------------------

@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_keep_lines_and_columns(tmp_path, capsys, newline):
    text = newline.join(["# Pay", "", "Intro.", "They are paid $1.46/hour and over 60% more.", ""])
    (tmp_path / "d.md").write_bytes(text.encode())
    _, doc, _ = figures_json(capsys, "d.md")
    assert spans(doc) == [(4, 15, 4, 25, "$1.46/hour"), (4, 35, 4, 38, "60%")]


def test_tabs_count_as_one_column(tmp_path, capsys):
    (tmp_path / "t.md").write_text("They\tare paid\t$1.46/hour.\n")
    _, doc, _ = figures_json(capsys, "t.md")
    assert spans(doc) == [(1, 15, 1, 25, "$1.46/hour")]


def test_one_megabyte_line(tmp_path, capsys):
    filler = "word " * 200_000
    (tmp_path / "long.md").write_text(filler + "paid $1.46/hour.\n")
    t = time.perf_counter()
    _, doc, _ = figures_json(capsys, "long.md")
    assert time.perf_counter() - t < 5
    assert spans(doc) == [(1, len(filler) + 6, 1, len(filler) + 16, "$1.46/hour")]


@pytest.mark.parametrize("prefix", [
    "😀👨‍👩‍👧 ",                  # emoji: one column per code point, ZWJ sequences included
    "שלום עולם ",               # right-to-left script
    "\u202eevil\u202c ",        # a bidi override
    "\u200b\u200c\u200d\ufeff",  # zero-width characters before the figure
    "مرحبا 12 ",                # Arabic, with a figure of its own
])
def test_columns_count_code_points(tmp_path, capsys, prefix):
    (tmp_path / "u.md").write_text(f"{prefix}paid $1.46/hour.\n", encoding="utf-8")
    _, doc, _ = figures_json(capsys, "u.md")
    start = len(prefix) + 6
    assert (1, start, 1, start + 10, "$1.46/hour") in spans(doc)


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_unusual_space_before_scale_word(tmp_path, capsys, space):
    (tmp_path / "s.md").write_text(f"The World Bank counts 150{space}million workers.\n")
    _, doc, _ = figures_json(capsys, "s.md")
    assert [(f["text"], f["figure"]["low"]) for f in doc["findings"]] == [(f"150{space}million", 150_000_000)]


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f", "\u2009"])
def test_space_as_thousands_separator(tmp_path, capsys, space):
    (tmp_path / "s.md").write_text(f"Some 12{space}000 people work there.\n")
    _, doc, _ = figures_json(capsys, "s.md")
    assert [f["figure"]["low"] for f in doc["findings"]] == [12_000]


def test_zero_width_space_inside_a_number(tmp_path, capsys):
    (tmp_path / "z.md").write_text("Paid $1.4\u200b6/hour.\n")
    _, doc, _ = figures_json(capsys, "z.md")
    assert [f["figure"]["low"] for f in doc["findings"]] == [1.46]


# --- what the summary counts, and when a bad draft stops the run ---------------------------------------

@pytest.fixture
def mixed_folder(tmp_path) -> Path:
    """A folder of one readable draft, one binary file and one FIFO: one draft read, two skipped."""
    (tmp_path / "d").mkdir()
    (tmp_path / "d/ok.md").write_text("Paid $1.46/hour.\n")
    (tmp_path / "d/blob.md").write_bytes(b"\x00\x01\x02")
    os.mkfifo(tmp_path / "d/pipe.md")
    return tmp_path / "d"


@pytest.mark.parametrize("command", [["figures"], ["check", "--claims", str(CLAIMS)]], ids=["figures", "check"])
def test_summary_files_counts_the_drafts_read_not_those_skipped(mixed_folder, capsys, command):
    code, out, err = run(capsys, *command, "--format", "json", "d")
    assert json.loads(out)["summary"]["files"] == 1 and err.count("skipped") == 2
    code, out, err = run(capsys, *command, "d")
    assert " in 1 file" in out.splitlines()[-1]


@pytest.mark.parametrize("command", [["figures"], ["check", "--claims", str(CLAIMS)]], ids=["figures", "check"])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_bad_draft_is_named_and_the_rest_are_checked(tmp_path, capsys, command, fmt):
    # Issue 17: one undecodable draft aborted the whole run. Now the others are checked, the bad one is named
    # (a problem in check's report, in every format), and the run exits 2 at the end.
    (tmp_path / "a.md").write_text("Paid $1.46/hour.\n")
    (tmp_path / "b.md").write_bytes(b"\x00binary")
    (tmp_path / "c.md").write_bytes("Caf\xe9 $2.\n".encode("latin-1"))
    (tmp_path / "d.md").write_text("Paid $3/hour.\n")
    code, out, err = run(capsys, *command, "--format", fmt, "a.md", "b.md", "c.md", "d.md")
    assert code == 2
    assert err.splitlines() == ["factlint: warning: b.md: binary file (NUL bytes), skipped",
                                "factlint: error: c.md:1: not valid utf-8 (byte 0xe9); "
                                "use --encoding to name the file's encoding"]
    if fmt == "json":
        report = json.loads(out)
        assert [f["path"] for f in report["findings"]] == ["a.md", "d.md"]
        if command[0] == "check":
            assert [(p["path"], p["line"], p["type"]) for p in report["problems"]] == [("c.md", 1, "unreadable")]
    else:
        assert "a.md:1:6" in out and "d.md:1:6" in out
        if command[0] == "check":
            assert "c.md:1:1" in out and "not valid utf-8" in out


def _dense_draft(nbytes: int) -> str:
    """Prose with a figure in every sentence (one per 120 bytes or so), no two sentences alike."""
    words = "tolvan brador ranvel gristam copolan vermel sarnik delumar".split()
    out, k, size = [], 0, 0
    while size < nbytes:
        w = [words[(k * 7 + j) % len(words)] for j in range(4)]
        out.append(f"The {w[0]} {w[1]} of section {k} reached {k % 900 + 2} million {w[2]} according to the "
                   f"{w[3]} survey, and other reports agreed. " + ("\n\n" if k % 4 == 3 else ""))
        size += len(out[-1])
        k += 1
    return "".join(out)


def _peak_rss(args: list[str], cwd: Path) -> int:
    """Peak resident bytes of `factlint ARGS` in a fresh process.

    Read from the process's own VmHWM: a child's ru_maxrss starts from its parent's size when forked.
    """
    import subprocess

    code = ("import sys\nfrom factlint.cli import main\nrc = main(sys.argv[1:])\n"
            "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
            "sys.stderr.write(f'\\nVmHWM {hwm}\\n')\nsys.exit(rc)")
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=False)
    assert done.returncode in (0, 1), done.stderr
    return int(done.stderr.rsplit("VmHWM ", 1)[1]) * 1024


@pytest.mark.parametrize("command", [
    ["figures", "--format", "json"],
    ["check", "--format", "json", "--claims", str(CLAIMS)],
], ids=["figures", "check"])
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory is read from /proc")
def test_memory_grows_a_few_times_the_draft(tmp_path, command):
    # Was 46x for figures and 48x for check: every occurrence, finding and the whole JSON held at once.
    (tmp_path / "one.md").write_text("Paid $1.46/hour.\n")
    (tmp_path / "big.md").write_text(_dense_draft(2_000_000))
    grown = _peak_rss([*command, "big.md"], tmp_path) - _peak_rss([*command, "one.md"], tmp_path)
    assert grown < 4 * (tmp_path / "big.md").stat().st_size


# --- registry and sources --------------------------------------------------------------------------

def write_registry(root: Path, claims: int) -> None:
    lines = [f"Line {i}: the group of kind {i} counts {i}.5 million workers in region {i * 7}." for i in range(claims)]
    (root / "seeds").mkdir()
    (root / "seeds/big.txt").write_text("\n".join(lines) + "\n")
    body = ['[[source]]\nid = "big"\npath = "seeds/big.txt"\n']
    for i in range(claims):
        body.append(f'[[claim]]\nid = "c{i}"\nsource = "big"\nquote = "counts {i}.5 million workers in region"\n'
                    f'statement = "The group of kind {i} counts {i}.5 million workers."\n')
    (root / "claims").mkdir()
    (root / "claims/big.toml").write_text("\n".join(body))


def test_registry_of_2000_claims_loads(tmp_path, capsys):
    write_registry(tmp_path, 2000)
    t = time.perf_counter()
    code, out, err = run(capsys, "claims", "verify", "--claims", "claims")
    elapsed = time.perf_counter() - t
    assert (code, err) == (0, "") and out.strip() == "registry OK: 2000 claims from 1 sources"
    assert elapsed < 3, f"loading 2000 claims took {elapsed:.1f}s"


def _small_project(root: Path, seed: str) -> None:
    (root / "seeds").mkdir(exist_ok=True)
    (root / "seeds/s.txt").write_text(seed)
    (root / "claims").mkdir(exist_ok=True)
    (root / "claims/a.toml").write_text(
        '[[source]]\nid = "s"\npath = "seeds/s.txt"\n\n[[claim]]\nid = "pay"\nsource = "s"\n'
        'quote = "paid as little as $1.46/hour after tax"\nstatement = "Workers are paid $1.46 per hour."\n')


def test_source_edited_so_the_quote_moved(tmp_path, capsys):
    _small_project(tmp_path, "Intro.\nWorkers are paid as little as $1.46/hour after tax.\n")
    _, out, _ = run(capsys, "claims", "show", "pay")
    assert "seeds/s.txt:2:13" in out
    (tmp_path / "seeds/s.txt").write_text("Intro.\n\nA new paragraph.\n\nWorkers, it says, are paid as little "
                                          "as $1.46/hour\nafter tax.\n")
    code, out, _ = run(capsys, "claims", "show", "pay")
    assert code == 0 and "seeds/s.txt:5:23" in out  # line derived anew, quote wrapped over two lines
    assert run(capsys, "claims", "verify")[0] == 0


def test_source_edited_so_the_quote_vanished_shows_closest_passage(tmp_path, capsys):
    _small_project(tmp_path, "Intro.\nWorkers are paid as little as $2.10/hour before tax.\n")
    code, out, err = run(capsys, "claims", "verify")
    assert code == 2 and out == ""
    assert ('claims/a.toml:8: [[claim]] "pay": quote not found in seeds/s.txt; closest passage (line 2'
            in err)
    assert '"paid as little as $2.10/hour before tax' in err


def test_source_emptied(tmp_path, capsys):
    _small_project(tmp_path, "")
    code, _, err = run(capsys, "claims", "verify")
    assert code == 2 and "quote not found in seeds/s.txt; the source is empty" in err


def test_registry_source_that_is_binary_or_not_utf8(tmp_path, capsys):
    _small_project(tmp_path, "")
    (tmp_path / "seeds/s.txt").write_bytes(b"Workers are paid \xff\xfe as little")
    code, _, err = run(capsys, "claims", "verify")
    assert code == 2 and 'source file "seeds/s.txt" is not valid UTF-8 (line 1, byte 0xff)' in err


def test_inputs_expand_sees_each_file_once_through_links(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a/x.md").write_text("x")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    found = inputs.expand([str(tmp_path)])
    assert [Path(p).name for p in found] == ["x.md"]


@pytest.mark.skipif(not Path("/bin/bash").exists() or not Path("/dev/fd").exists(),
                    reason="process substitution needs bash and /dev/fd")
@pytest.mark.parametrize("command", [["check", "--format", "json", "--claims", str(CLAIMS)], ["figures", "--format", "json"]])
def test_a_pipe_named_as_a_draft_is_read_once(tmp_path, command):
    """`factlint check <(cat draft.md)`: a pipe read a second time is empty, and a run that found no figure
    there would pass in CI."""
    import shlex
    import subprocess

    (tmp_path / "d.md").write_text("Data labelers in Kenya earn as little as $1.46 an hour.\n")
    run = f"{shlex.quote(sys.executable)} -m factlint {' '.join(map(shlex.quote, command))} <(cat d.md)"
    done = subprocess.run(["/bin/bash", "-c", run], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    assert [f["text"] for f in json.loads(done.stdout)["findings"]] == ["$1.46 an hour"]
