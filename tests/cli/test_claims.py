"""`factlint claims list | show | verify`: one test per registry error, each through the CLI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factlint.cli import main

SEED = "Data workers are paid as little as $1.46/hour after tax.\nThe World Bank counts 150 million of them.\n"

GOOD_SOURCE = '[[source]]\nid = "s"\npath = "seeds/s.txt"\n'
GOOD_CLAIM = ('[[claim]]\nid = "pay"\nsource = "s"\nquote = "paid as little as $1.46/hour after tax"\n'
              'figure = "$1.46/hour"\nstatement = "Data workers are paid as little as $1.46 per hour."\n')


def project(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write a small project (registry and seeds) below `root`; return its claims folder."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    (root / "claims").mkdir(exist_ok=True)
    return root / "claims"


def verify(claims: Path, capsys) -> tuple[int, str, str]:
    code = main(["claims", "verify", "--claims", str(claims)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_verify_valid_registry(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    claims = project(tmp_path, {"seeds/s.txt": SEED, "claims/a.toml": GOOD_SOURCE + GOOD_CLAIM})
    code, out, err = verify(claims, capsys)
    assert (code, err) == (0, "")
    assert out.strip() == "registry OK: 1 claims from 1 sources"


# Each case: registry files (seeds/s.txt holds SEED unless replaced) and the exact error line expected.
SOURCE_ERRORS = [
    ("malformed-toml", {"claims/a.toml": GOOD_SOURCE + '[[claim]\nid = "x"\n'},
     "claims/a.toml:4: malformed TOML: Expected ']]' at the end of an array declaration (column 8)"),
    ("missing-field", {"claims/a.toml": '[[source]]\nid = "s"\ntitle = "No path"\n'},
     'claims/a.toml:2: [[source]] "s": missing required key "path"'),
    ("wrong-type", {"claims/a.toml": GOOD_SOURCE + "title = 42\n"},
     'claims/a.toml:4: [[source]] "s": "title" must be a string, not an integer'),
    ("wrong-type-published", {"claims/a.toml": GOOD_SOURCE + "published = true\n"},
     'claims/a.toml:4: [[source]] "s": "published" must be a date or a string, not a boolean'),
    ("bad-id", {"claims/a.toml": '[[source]]\nid = "Seed One"\npath = "seeds/s.txt"\n'},
     'claims/a.toml:2: [[source]] "Seed One": id "Seed One" is not valid: use lower-case letters, digits, '
     '".", "_" and "-", starting with a letter or digit'),
    ("duplicate-id-across-files", {"claims/a.toml": GOOD_SOURCE, "claims/b/c.toml": "\n" + GOOD_SOURCE},
     'claims/b/c.toml:3: [[source]] "s": duplicate source id, first defined at claims/a.toml:2'),
    ("unknown-key", {"claims/a.toml": GOOD_SOURCE + 'titel = "x"\n'},
     'claims/a.toml:4: [[source]] "s": unknown key "titel" (did you mean "title"?); '
     "allowed: id, path, title, lang, url, author, published"),
    ("unknown-table", {"claims/a.toml": GOOD_SOURCE + '[[claims]]\nid = "x"\n'},
     'claims/a.toml:4: unknown table [[claims]] (did you mean "claim"?); '
     "a registry file holds [[source]] and [[claim]] tables"),
    ("bad-lang", {"claims/a.toml": GOOD_SOURCE + 'lang = "fr"\n'},
     'claims/a.toml:4: [[source]] "s": lang "fr" is not one of: en, nl'),
    ("dotdot", {"claims/a.toml": '[[source]]\nid = "s"\npath = "seeds/../../secret.txt"\n'},
     'claims/a.toml:3: [[source]] "s": path "seeds/../../secret.txt" leaves the project root ("..")'),
    ("absolute", {"claims/a.toml": '[[source]]\nid = "s"\npath = "/etc/passwd"\n'},
     'claims/a.toml:3: [[source]] "s": path "/etc/passwd" is absolute: write it relative to the project root'),
    ("missing-source", {"claims/a.toml": '[[source]]\nid = "s"\npath = "seeds/nope.txt"\n'},
     'claims/a.toml:3: [[source]] "s": source file "seeds/nope.txt" does not exist'),
    ("not-a-file", {"claims/a.toml": '[[source]]\nid = "s"\npath = "seeds"\n'},
     'claims/a.toml:3: [[source]] "s": source "seeds" is not a file'),
    ("undecodable", {"claims/a.toml": GOOD_SOURCE, "seeds/s.txt": b"ok\nprice \xff\xfe 12\n"},
     'claims/a.toml:3: [[source]] "s": source file "seeds/s.txt" is not valid UTF-8 (line 2, byte 0xff)'),
]


@pytest.mark.parametrize(("files", "expected"), [c[1:] for c in SOURCE_ERRORS], ids=[c[0] for c in SOURCE_ERRORS])
def test_source_errors(tmp_path, capsys, monkeypatch, files, expected):
    monkeypatch.chdir(tmp_path)
    claims = project(tmp_path, {"seeds/s.txt": SEED, **files})
    code, out, err = verify(claims, capsys)
    assert code == 2
    assert err.splitlines() == ["factlint: error: invalid registry: 1 error", f"  {expected}"]
    assert out == ""


def test_symlink_out_of_root_is_refused(tmp_path, capsys, monkeypatch):
    root = tmp_path / "proj"
    (tmp_path / "secret.txt").write_text("the secret is 42\n", encoding="utf-8")
    claims = project(root, {"claims/a.toml": '[[source]]\nid = "s"\npath = "seeds/link.txt"\n'})
    (root / "seeds").mkdir()
    os.symlink(tmp_path / "secret.txt", root / "seeds" / "link.txt")
    monkeypatch.chdir(root)
    code, _, err = verify(claims, capsys)
    assert code == 2
    assert 'claims/a.toml:3: [[source]] "s": path "seeds/link.txt" is a link that leads outside the project root' in err


def test_symlinked_folder_out_of_root_is_refused(tmp_path, capsys, monkeypatch):
    root = tmp_path / "proj"
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "s.txt").write_text(SEED, encoding="utf-8")
    claims = project(root, {"claims/a.toml": '[[source]]\nid = "s"\npath = "seeds/s.txt"\n'})
    os.symlink(tmp_path / "elsewhere", root / "seeds")
    monkeypatch.chdir(root)
    code, _, err = verify(claims, capsys)
    assert code == 2
    assert 'path "seeds/s.txt" is a link that leads outside the project root' in err


CLAIM_ERRORS = [
    ("missing-field", GOOD_CLAIM.replace('statement = "Data workers are paid as little as $1.46 per hour."\n', ""),
     'claims/a.toml:6: [[claim]] "pay": missing required key "statement"'),
    ("wrong-type-keywords", GOOD_CLAIM + 'keywords = "wage"\n',
     'claims/a.toml:11: [[claim]] "pay": "keywords" must be a list of strings'),
    ("wrong-type-keyword-item", GOOD_CLAIM + 'keywords = ["wage", 3]\n',
     'claims/a.toml:11: [[claim]] "pay": "keywords" must be a list of strings'),
    ("wrong-type-quote", GOOD_CLAIM.replace('quote = "paid as little as $1.46/hour after tax"', "quote = 1.46"),
     'claims/a.toml:8: [[claim]] "pay": "quote" must be a string, not a float'),
    ("bad-id", GOOD_CLAIM.replace('id = "pay"', 'id = "-pay"'),
     'claims/a.toml:6: [[claim]] "-pay": id "-pay" is not valid: use lower-case letters, digits, ".", "_" and "-", '
     "starting with a letter or digit"),
    ("duplicate-id", GOOD_CLAIM + GOOD_CLAIM,
     'claims/a.toml:12: [[claim]] "pay": duplicate claim id, first defined at claims/a.toml:6'),
    ("unknown-key", GOOD_CLAIM + 'statment = "x"\n',
     'claims/a.toml:11: [[claim]] "pay": unknown key "statment" (did you mean "statement"?); '
     "allowed: id, source, quote, statement, figure, keywords, places, organisations"),
    ("unknown-source", GOOD_CLAIM.replace('source = "s"', 'source = "x"'),
     'claims/a.toml:7: [[claim]] "pay": source "x" is not a [[source]] id'),
    ("unknown-source-hint", GOOD_CLAIM.replace('source = "s"', 'source = "s1"'),
     'claims/a.toml:7: [[claim]] "pay": source "s1" is not a [[source]] id (did you mean "s"?)'),
    ("figure-not-in-quote", GOOD_CLAIM.replace('figure = "$1.46/hour"', 'figure = "$1.64/hour"'),
     'claims/a.toml:9: [[claim]] "pay": figure "$1.64/hour" is not in the quote '
     '"paid as little as $1.46/hour after tax"'),
    ("quote-not-found", GOOD_CLAIM.replace("paid as little as $1.46/hour after tax", "paid as little as $1.46/hour"
                                           " before tax"),
     'claims/a.toml:8: [[claim]] "pay": quote not found in seeds/s.txt; closest passage (line 1, 90% similar): '
     '"paid as little as $1.46/hour after tax."'),
]


@pytest.mark.parametrize(("claim", "expected"), [c[1:] for c in CLAIM_ERRORS], ids=[c[0] for c in CLAIM_ERRORS])
def test_claim_errors(tmp_path, capsys, monkeypatch, claim, expected):
    monkeypatch.chdir(tmp_path)
    claims = project(tmp_path, {"seeds/s.txt": SEED, "claims/a.toml": GOOD_SOURCE + "\n" + claim})
    code, out, err = verify(claims, capsys)
    assert code == 2
    assert err.splitlines() == ["factlint: error: invalid registry: 1 error", f"  {expected}"]


def test_every_error_of_a_registry_in_one_run(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    bad = ('[[source]]\nid = "t"\npath = "../t.txt"\n\n'
           + GOOD_CLAIM.replace('source = "s"', 'source = "x"') + 'colour = "red"\n')
    claims = project(tmp_path, {"seeds/s.txt": SEED, "claims/a.toml": GOOD_SOURCE, "claims/b.toml": bad,
                                "claims/c.toml": "[[source]\n"})
    code, _, err = verify(claims, capsys)
    assert code == 2
    lines = err.splitlines()
    assert lines[0] == "factlint: error: invalid registry: 4 errors"
    assert [line.split(": ")[0].strip() for line in lines[1:]] == [
        "claims/b.toml:3", "claims/b.toml:7", "claims/b.toml:11", "claims/c.toml:1"]


def test_no_registry_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code = main(["claims", "verify", "--claims", str(tmp_path / "nope")])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.startswith("factlint: error: --claims ")
    assert "no such folder" in err


def test_show_escapes_markup_and_terminal_codes(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    claim = GOOD_CLAIM.replace("Data workers are paid as little as $1.46 per hour.",
                               "[red]x[/red] and \\u001b[31mred\\u001b[0m")
    claims = project(tmp_path, {"seeds/s.txt": SEED, "claims/a.toml": GOOD_SOURCE + claim})
    code = main(["claims", "show", "pay", "--claims", str(claims)])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert "[red]x[/red]" in out
    assert "\x1b" not in out
    assert "\\x1b[31mred" in out


def test_show_unknown_id(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    claims = project(tmp_path, {"seeds/s.txt": SEED, "claims/a.toml": GOOD_SOURCE + GOOD_CLAIM})
    code = main(["claims", "show", "nope", "--claims", str(claims)])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.strip() == "factlint: error: no claim with id 'nope' (factlint claims list lists them)"


def test_show_a_mistyped_id_suggests_the_closest(capsys, monkeypatch):
    monkeypatch.chdir(BUNDLED.parent)
    assert main(["claims", "show", "kenya-hourly-py"]) == 2
    assert capsys.readouterr().err.strip() == ("factlint: error: no claim with id 'kenya-hourly-py'; did you mean "
                                               "'kenya-hourly-pay' or 'click-workers-hourly-pay'?")


def test_show_prints_statement_quote_pointer_and_source_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    claims = project(tmp_path, {"seeds/s.txt": SEED, "claims/a.toml": GOOD_SOURCE + GOOD_CLAIM})
    assert main(["claims", "show", "pay", "--claims", str(claims)]) == 0
    out = capsys.readouterr().out
    assert "Data workers are paid as little as $1.46 per hour." in out
    assert '"paid as little as $1.46/hour after tax"' in out
    assert "seeds/s.txt:1:18" in out
    assert "1 │ Data workers are paid as little as $1.46/hour after tax." in out


BUNDLED = Path(__file__).resolve().parents[2] / "claims"


def test_bundled_verify(capsys, monkeypatch):
    monkeypatch.chdir(BUNDLED.parent)
    code = main(["claims", "verify"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out.startswith("registry OK: ")


def test_bundled_list_shows_seeds_001_002_004(capsys, monkeypatch):
    monkeypatch.chdir(BUNDLED.parent)
    monkeypatch.setenv("COLUMNS", "160")
    assert main(["claims", "list"]) == 0
    out = capsys.readouterr().out
    assert "click-workers-hourly-pay" in out and "seeds/004_29fe0d7601c600d6.txt:8" in out
    assert "madagascar-monthly-pay" in out and "seeds/001_860653d48fbcfa2a.txt:44" in out
    assert "kenya-hourly-pay" in out and "seeds/002_25067c04bff82019.txt:21" in out


def test_registry_file_linked_out_of_root_is_not_read(tmp_path, capsys, monkeypatch):
    root = tmp_path / "proj"
    (tmp_path / "outside.toml").write_text("[[source]\n", encoding="utf-8")
    claims = project(root, {"seeds/s.txt": SEED, "claims/a.toml": GOOD_SOURCE})
    os.symlink(tmp_path / "outside.toml", claims / "b.toml")
    monkeypatch.chdir(root)
    code, _, err = verify(claims, capsys)
    assert code == 2
    assert err.splitlines()[1:] == ["  claims/b.toml: is a link that leads outside the project root"]


@pytest.mark.parametrize("columns", ["40", "80"])
def test_list_never_breaks_an_id_nor_drops_a_column(capsys, monkeypatch, columns):
    # Issue 17: in a narrow terminal ids broke mid-word and the figure column went missing.
    monkeypatch.chdir(BUNDLED.parent)
    monkeypatch.setenv("COLUMNS", columns)
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(["claims", "list"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].split() == ["id", "figure", "source"]
    assert any(r.startswith("ai-researchers-six-figure-salaries ") and r.rstrip().endswith(
        "seeds/004_29fe0d7601c600d6.txt:8") for r in rows)


def test_list_as_json(capsys, monkeypatch):
    import json

    monkeypatch.chdir(BUNDLED.parent)
    assert main(["claims", "list", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    first = doc["claims"][0]
    assert (first["id"], first["figure"]["low"], first["figure"]["per"]) == ("click-workers-hourly-pay", 1.46, "hour")
    assert first["source"] == {"id": "ai-labour-debate", "path": "seeds/004_29fe0d7601c600d6.txt", "line": 8,
                               "column": 281}
    assert doc["summary"]["claims"] == len(doc["claims"])


def test_verify_warns_of_statements_still_to_write_and_strict_fails(tmp_path, capsys, monkeypatch):
    # Issue 17: harvested "TODO: rewrite" statements passed `claims verify` silently.
    import shutil

    shutil.copytree(BUNDLED, tmp_path / "claims")
    shutil.copytree(BUNDLED.parent / "seeds", tmp_path / "seeds")
    (tmp_path / "seeds/a.txt").write_text("Acme paid its 40 welders 17 euros an hour in 2021.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["claims", "harvest", "--write", "claims/new.toml", "seeds/a.txt"]) == 0
    capsys.readouterr()
    assert main(["claims", "verify"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("registry OK: ")
    warnings = err.splitlines()
    assert warnings and all(w.startswith("factlint: warning: claims/new.toml:") and "TODO: rewrite" in w
                            for w in warnings)
    assert main(["claims", "verify", "--strict"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.splitlines()[-1].startswith('  claims/new.toml:')
    assert "statements still to write (--strict)" in err.splitlines()[0]


def test_verify_with_config_and_check_drafts(tmp_path, capsys, monkeypatch):
    """What the pre-commit hook factlint-claims runs: the registry --config names, then the drafts it includes."""
    monkeypatch.chdir(tmp_path)
    project(tmp_path / "book", {"seeds/s.txt": SEED, "registry/a.toml": GOOD_SOURCE + GOOD_CLAIM,
                                "ch1.md": "Data workers are paid as little as $1.46 an hour.\n",
                                "ch2.md": "Data workers are paid as little as $1.64 an hour.\n"})
    (tmp_path / "book/ci.toml").write_text('claims = "registry"\n', encoding="utf-8")
    assert main(["claims", "verify", "--config", "book/ci.toml"]) == 0
    assert capsys.readouterr().out == "registry OK: 1 claims from 1 sources\n"
    monkeypatch.chdir(tmp_path / "book")
    assert main(["claims", "verify", "--config", "ci.toml", "--check-drafts"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("registry OK: 1 claims from 1 sources\n")
    assert "ch2.md:1:36" in out and "conflicting" in out and "ch1.md" not in out  # supported: not listed
    (tmp_path / "book/ch2.md").write_text("Data workers are paid as little as $1.46 an hour.\n", encoding="utf-8")
    assert main(["claims", "verify", "--config", "ci.toml", "--check-drafts"]) == 0
    capsys.readouterr()
