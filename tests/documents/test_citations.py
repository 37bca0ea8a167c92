"""Citations (SPEC §4 miscited, §5): every citation syntax as the reader finds it; then, through the CLI, the
sources they name, unknown keys and table rows."""

from __future__ import annotations

import json

import pytest

from factlint.cli import main
from factlint.documents import read_markdown


# --- as the reader finds them --------------------------------------------------------------------

def test_link_text_is_prose_and_target_is_a_citation() -> None:
    [p] = read_markdown("Paid [as little as $1.46](seeds/004.txt) an hour.\n")
    assert p.text == "Paid as little as $1.46 an hour."
    [c] = p.citations
    assert (c.kind, c.key, c.text, c.start) == ("link", "seeds/004.txt", "seeds/004.txt", 5)


CITATIONS = [
    ("pandoc", "Paid $1.46 [@ai-labour-debate].\n", [("pandoc", "ai-labour-debate", "ai-labour-debate")]),
    ("pandoc locator", "Paid $1.46 [@debate, p. 3].\n", [("pandoc", "debate", "debate")]),
    ("pandoc several", "Paid $1.46 [@a; @b.c].\n", [("pandoc", "a", "a"), ("pandoc", "b.c", "b.c")]),
    ("pandoc prefix", "Paid $1.46 [see @wb2023, ch. 2].\n", [("pandoc", "wb2023", "wb2023")]),
    ("footnote naming a source id", "Paid $1.46.[^1]\n\n[^1]: ai-labour-debate, p. 3\n",
     [("footnote", "1", "ai-labour-debate, p. 3")]),
    ("footnote with a link", "Paid $1.46.[^n]\n\n[^n]: See [the debate](seeds/004_29fe0d7601c600d6.txt)\n",
     [("footnote", "n", "See [the debate](seeds/004_29fe0d7601c600d6.txt)")]),
    ("footnote without a definition", "Paid $1.46.[^9]\n", [("footnote", "9", "")]),
    ("markdown link", "Paid $1.46 ([source](seeds/004.txt)).\n", [("link", "seeds/004.txt", "seeds/004.txt")]),
    ("link in angle brackets", "Paid $1.46 ([source](<seeds/a b.txt>)).\n", [("link", "seeds/a b.txt", "seeds/a b.txt")]),
    ("reference link", "Paid $1.46 ([source][s]).\n\n[s]: seeds/004.txt\n", [("link", "seeds/004.txt", "seeds/004.txt")]),
]


@pytest.mark.parametrize(("name", "document", "expected"), CITATIONS, ids=[c[0] for c in CITATIONS])
def test_citations(name: str, document: str, expected: list[tuple[str, str, str]]) -> None:
    [p] = read_markdown(document)
    assert [(c.kind, c.key, c.text) for c in p.citations] == expected
    for c in p.citations:
        assert 0 <= c.start <= len(p.text)
        assert 0 <= c.offset < len(document)


def test_citation_after_a_sentence_stands_at_its_end() -> None:
    [p] = read_markdown("Paid $1.46 after tax.[^1] Next sentence.\n\n[^1]: debate\n")
    assert p.text == "Paid $1.46 after tax. Next sentence."
    assert p.citations[0].start == p.text.index("tax.") + 4
    [q] = read_markdown("Paid $1.46 after tax [@debate]. Next sentence.\n")
    assert q.text == "Paid $1.46 after tax. Next sentence."
    assert q.citations[0].start <= q.text.index("tax.") + 3


def test_citation_offset_points_at_the_marker() -> None:
    document = "Intro.\n\nPaid $1.46 [@debate].\n"
    [_, p] = read_markdown(document)
    assert document[p.citations[0].offset:].startswith("[@debate]")


# --- through the CLI ------------------------------------------------------------------------------

PAY = "Data labelers are paid as little as $1.46/hour after tax"
MADAGASCAR = "In Madagascar, full-time data workers earn €90–100 a month"
SEED_004 = "004_29fe0d7601c600d6.txt"


def check(tmp_path, capsys, text: str, name: str = "draft.md") -> tuple[int, dict]:
    draft = tmp_path / name
    draft.write_text(text, encoding="utf-8")
    code = main(["check", "--format", "json", str(draft)])
    return code, json.loads(capsys.readouterr().out)


def only(doc: dict) -> dict:
    assert len(doc["findings"]) == 1, doc["findings"]
    return doc["findings"][0]


@pytest.mark.parametrize("text", [
    f"{PAY} [@ai-labour-debate].\n",
    f"{PAY} [@ai-labour-debate, p. 3].\n",
    f"{PAY} [see @ai-labour-debate, pp. 3-4].\n",
    f"{PAY} [@casilli-interview; @ai-labour-debate].\n",
    f"{PAY}.[^1]\n\n[^1]: See ai-labour-debate.\n",
    f"{PAY}.[^src]\n\n[^src]: [The post](../seeds/{SEED_004}), section 2.\n",
    f"{PAY}.[^1]\n\n[^1]: seeds/{SEED_004}\n",
    f"{PAY} ([source](seeds/{SEED_004})).\n",
    f"{PAY} ([source](../seeds/{SEED_004})).\n",
    f"{PAY} ([source](<../seeds/{SEED_004}#line-8>)).\n",
], ids=["pandoc", "pandoc-locator", "pandoc-prefix", "pandoc-two-keys", "footnote-id", "footnote-link",
        "footnote-path", "link", "link-parent", "link-anchor"])
def test_a_citation_of_the_backing_source_is_supported(in_project, tmp_path, capsys, text):
    code, doc = check(tmp_path, capsys, text)
    f = only(doc)
    assert (code, f["status"], f["claim"]["id"]) == (0, "supported", "click-workers-hourly-pay")
    assert "ai-labour-debate" in f["cited"]
    assert "problems" not in doc


@pytest.mark.parametrize("text", [
    f"{PAY} [@casilli-interview].\n",
    f"{PAY} [@casilli-interview, p. 2].\n",
    f"{PAY} [@casilli-interview; @click-workers-nl].\n",
    f"{PAY}.[^1]\n\n[^1]: Interview, casilli-interview.\n",
    f"{PAY}.[^n]\n\n[^n]: [Casilli](../seeds/001_860653d48fbcfa2a.txt)\n",
    f"{PAY} ([source](seeds/001_860653d48fbcfa2a.txt)).\n",
], ids=["pandoc", "pandoc-locator", "pandoc-two-keys", "footnote-id", "footnote-link", "link"])
def test_a_citation_of_another_source_is_miscited_naming_the_backing_one(in_project, tmp_path, capsys, text):
    code, doc = check(tmp_path, capsys, text)
    f = only(doc)
    assert code == 1
    assert f["status"] == "miscited"
    assert f["claim"]["id"] == "click-workers-hourly-pay"  # the claim that does back it
    assert f["source"]["path"] == f"seeds/{SEED_004}"
    assert "ai-labour-debate" in f["message"]
    assert "ai-labour-debate" not in f["cited"] and f["cited"]
    assert doc["summary"]["miscited"] == 1


def test_cited_wrong_public_case(in_project, tmp_path, capsys):
    code, doc = check(tmp_path, capsys, f"{MADAGASCAR} ([source](seeds/{SEED_004})).\n")
    f = only(doc)
    assert (code, f["status"], f["cited"]) == (1, "miscited", ["ai-labour-debate"])
    assert f["source"]["path"] == "seeds/001_860653d48fbcfa2a.txt"
    assert "casilli-interview" in f["message"]


@pytest.mark.parametrize("text, cited, backing", [
    ("The World Bank estimates that between 100 million and 400 million people do data work for AI "
     "[@ai-labour-debate].\n", "ai-labour-debate", "casilli-interview"),
    ("The World Bank estimates that between 150 million and 430 million people do data work for AI "
     "[@casilli-interview].\n", "casilli-interview", "ai-labour-debate"),
], ids=["cites-004-for-001s-range", "cites-001-for-004s-range"])
def test_disagreeing_sources_the_cited_one_must_back_the_figure(in_project, tmp_path, capsys, text, cited, backing):
    code, doc = check(tmp_path, capsys, text)
    f = only(doc)
    assert (code, f["status"], f["cited"]) == (1, "miscited", [cited])
    assert f["source"]["id"] == backing


def test_a_cited_source_with_no_claim_leaves_an_unmatched_figure_unsourced(in_project, tmp_path, capsys):
    code, doc = check(tmp_path, capsys, "Our own reader survey found that 35% of respondents had never "
                                        "heard of click work [@ai-labour-debate].\n")
    f = only(doc)
    assert (code, f["status"], f["claim"]) == (1, "unsourced", None)
    assert f["cited"] == ["ai-labour-debate"]


def test_a_cited_source_that_says_otherwise_is_conflicting(in_project, tmp_path, capsys):
    code, doc = check(tmp_path, capsys, "Data labelers are paid as little as $1.64/hour after tax "
                                        "[@ai-labour-debate].\n")
    f = only(doc)
    assert (code, f["status"]) == (1, "conflicting")
    assert "$1.46/hour" in f["message"]


def test_a_citation_applies_to_its_own_sentence_only(in_project, tmp_path, capsys):
    text = (f"{PAY} [@ai-labour-debate]. {MADAGASCAR}, according to Antonio Casilli's research.\n")
    code, doc = check(tmp_path, capsys, text)
    pay, madagascar = doc["findings"]
    assert (pay["status"], pay["cited"]) == ("supported", ["ai-labour-debate"])
    assert madagascar["status"] == "supported" and "cited" not in madagascar
    assert code == 0


def test_a_citation_in_a_table_row_applies_to_that_rows_figures(in_project, tmp_path, capsys):
    text = ("| Country | What workers were paid | Source |\n"
            "| --- | --- | --- |\n"
            "| Madagascar | €90–100 a month | [@ai-labour-debate] |\n"
            "| Madagascar, full-time | €90–100 a month | [@casilli-interview] |\n")
    code, doc = check(tmp_path, capsys, text)
    wrong, right = doc["findings"]
    assert (wrong["line"], wrong["status"], wrong["cited"]) == (3, "miscited", ["ai-labour-debate"])
    assert "casilli-interview" in wrong["message"]
    assert (right["line"], right["status"], right["cited"]) == (4, "supported", ["casilli-interview"])
    assert code == 1


@pytest.mark.parametrize("text, key, line", [
    (f"{PAY} [@no-such-source].\n", "no-such-source", 1),
    (f"Intro.\n\n{PAY} [@ai-labour-debate; @typo-source, p. 2].\n", "typo-source", 3),
    ("A sentence without any figure [@ghost].\n", "ghost", 1),
], ids=["alone", "beside-a-known-key", "no-figure"])
def test_an_unknown_citation_key_is_its_own_failing_diagnostic(in_project, tmp_path, capsys, text, key, line):
    code, doc = check(tmp_path, capsys, text)
    assert code == 1
    [problem] = doc["problems"]
    assert problem["path"].endswith("draft.md")
    assert problem["line"] == line
    assert f"@{key}" in problem["message"]
    assert doc["summary"]["problems"] == 1
    # The known key still counts: the figure is judged on it, not on the typo.
    assert all(f["status"] == "supported" for f in doc["findings"])


def test_an_unknown_key_fails_even_when_every_figure_is_supported_text_output(in_project, tmp_path, capsys):
    draft = tmp_path / "draft.md"
    draft.write_text(f"{PAY} [@nope].\n", encoding="utf-8")
    assert main(["check", str(draft)]) == 1
    out = capsys.readouterr().out
    assert "@nope" in out and "draft.md:1:" in out


def test_links_and_footnotes_that_name_no_source_are_not_citations(in_project, tmp_path, capsys):
    text = (f"{PAY} ([a blog](https://example.org/post.html)).[^1]\n\n"
            "[^1]: Time magazine, January 2023.\n")
    code, doc = check(tmp_path, capsys, text)
    f = only(doc)
    assert (code, f["status"]) == (0, "supported")
    assert "cited" not in f and "problems" not in doc


def test_an_email_address_is_not_a_pandoc_key(in_project, tmp_path, capsys):
    code, doc = check(tmp_path, capsys, f"{PAY} [mail editor@example.org].\n")
    assert "problems" not in doc
    assert "cited" not in only(doc)
