"""`factlint claims harvest`: uncovered figures of source documents as candidate claims."""

from __future__ import annotations

import os
import shutil
import tomllib

import pytest

from factlint.cli import main
from factlint.registry.load import ID_RE, load_registry

REMOVED = ("click-workers-nl.toml", "caetano-post.toml")  # seed 002 (Dutch text) and 003 (HTML)


@pytest.fixture
def copy(root, tmp_path, monkeypatch):
    """The bundled project without the claims of seeds 002 and 003, as the working directory."""
    shutil.copytree(root / "seeds", tmp_path / "seeds")
    shutil.copytree(root / "claims", tmp_path / "claims")
    for name in REMOVED:
        (tmp_path / "claims" / name).unlink()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def harvest(capsys, *args) -> tuple[int, dict, str]:
    code = main(["claims", "harvest", *args])
    out = capsys.readouterr().out
    return code, tomllib.loads(out), out


def test_bundled_registry_leaves_few_figures_uncovered(in_project, capsys):
    code, doc, _ = harvest(capsys, "seeds/")
    assert code == 0
    registry = load_registry(in_project / "claims", in_project)
    assert "source" not in doc  # every seed already has its [[source]]
    known = {c.quote for c in registry.claims}
    for cand in doc.get("claim", []):
        assert cand["quote"] not in known


def test_harvest_proposes_every_figure_of_the_removed_claims(root, copy, capsys):
    code, doc, _ = harvest(capsys, "seeds/")
    assert code == 0
    bundled = load_registry(root / "claims", root)
    removed = [c for c in bundled.claims if c.defined_in.rsplit("/", 1)[-1] in REMOVED]
    paths = {s["id"]: s["path"] for s in doc["source"]}
    proposed = {(paths.get(c["source"]), c["figure"]) for c in doc["claim"]}
    for claim in removed:
        assert (bundled.sources[claim.source].path, claim.figure.text) in proposed, claim.id
    # Seeds whose claims are all still there yield nothing new.
    assert not [c for c in doc["claim"] if c["source"] in ("ai-labour-debate", "backlight-cost-of-ai")]


def test_candidates_are_marked_for_the_curator(copy, capsys):
    _, doc, text = harvest(capsys, "seeds/")
    ids = [c["id"] for c in doc["claim"]]
    assert len(ids) == len(set(ids)) and all(ID_RE.fullmatch(i) for i in ids)
    for cand in doc["claim"]:
        assert cand["statement"].startswith("TODO: rewrite")
        assert cand["quote"] in cand["statement"]
        assert cand["figure"] and cand["keywords"] == []
    sources = {s["path"]: s for s in doc["source"]}
    assert sources["seeds/002_25067c04bff82019.txt"]["lang"] == "nl"
    assert sources["seeds/003_a0a2f5546b0cf58f.txt"]["lang"] == "en"
    html = [c for c in doc["claim"] if c["source"] == sources["seeds/003_a0a2f5546b0cf58f.txt"]["id"]]
    assert html and not any("<" in c["quote"] for c in html)  # HTML sources quoted without markup
    assert "# seeds/002_25067c04bff82019.txt:" in text  # each candidate says where its figure stands


def test_harvest_output_appended_to_the_registry_passes_verify(copy, capsys):
    before = load_registry(copy / "claims", copy)
    assert main(["claims", "harvest", "seeds/", "--write", "claims/ai-labour-debate.toml"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "appended to claims/ai-labour-debate.toml" in captured.err
    assert main(["claims", "verify"]) == 0
    assert "registry OK" in capsys.readouterr().out
    after = load_registry(copy / "claims", copy)
    assert len(after.sources) == len(before.sources) + 2
    added = len(after.claims) - len(before.claims)
    assert added >= 13
    # Nothing is left to harvest, and a second run adds nothing.
    code, doc, _ = harvest(capsys, "seeds/")
    assert (code, doc.get("claim", [])) == (0, [])


def test_harvest_stdout_loads_as_a_registry_file(copy, capsys):
    _, _, text = harvest(capsys, "seeds/002_25067c04bff82019.txt")
    (copy / "claims" / "harvested.toml").write_text(text, encoding="utf-8")
    assert main(["claims", "verify"]) == 0
    assert "registry OK" in capsys.readouterr().out


def test_write_keeps_comments_and_formatting(copy, capsys):
    target = copy / "claims" / "new.toml"
    original = '# Curated by hand: keep this note.\n\n[[source]]\nid   =   "extra"  # aligned on purpose\n' \
               'path = "seeds/000_c65bbfb34f10ec30.txt"\n'
    target.write_text(original, encoding="utf-8")
    assert main(["claims", "harvest", "seeds/002_25067c04bff82019.txt", "--write", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith(original)
    assert "[[claim]]" in text and 'path = "seeds/002_25067c04bff82019.txt"' in text
    assert main(["claims", "verify"]) == 0


def test_a_failed_write_leaves_the_old_file_intact(copy, capsys, monkeypatch):
    target = copy / "claims" / "ai-labour-debate.toml"
    original = target.read_bytes()

    def broken(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    assert main(["claims", "harvest", "seeds/", "--write", str(target)]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert target.read_bytes() == original
    assert sorted(p.name for p in target.parent.iterdir() if p.name.startswith(".")) == []


def test_a_figure_written_twice_in_one_sentence_gets_a_quote_that_pins_it(tmp_path, monkeypatch, capsys):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "cars.txt").write_text(
        "The model tells a cat from a dog 99% of the time, but 99% is not enough for self-driving cars.\n",
        encoding="utf-8")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "r.toml").write_text("# empty so far\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["claims", "harvest", "seeds", "--write", "claims/r.toml"]) == 0
    assert main(["claims", "verify"]) == 0
    registry = load_registry(tmp_path / "claims", tmp_path)
    assert sorted(c.column for c in registry.claims) == [1, 38]  # the second quote starts after the first "99%"
    assert [c.source for c in registry.claims] == ["cars", "cars"]


def test_a_document_outside_the_project_is_refused(copy, tmp_path_factory, capsys):
    outside = tmp_path_factory.mktemp("elsewhere") / "doc.txt"
    outside.write_text("Over 60% of cobalt.\n", encoding="utf-8")
    assert main(["claims", "harvest", str(outside)]) == 2
    assert "inside the project root" in capsys.readouterr().err


def test_a_missing_document_is_a_usage_error(copy, capsys):
    assert main(["claims", "harvest", "seeds/nope.txt"]) == 2
    assert "seeds/nope.txt: no such file or folder" in capsys.readouterr().err
