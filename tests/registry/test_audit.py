"""`factlint claims audit`: disagreeing sources, near-duplicates, statements at odds with their quotes."""

from __future__ import annotations

import json
import textwrap

import pytest

from factlint.cli import main

WAGES = ("Click workers in Kenya were paid less than $2 per hour to label toxic content for a chatbot, "
         "according to a report by Time magazine.\n")
WAGES_AGAIN = ("A report says that click workers in Kenya were paid $5 per hour to label toxic content "
               "for a chatbot company.\n")


def project(tmp_path, monkeypatch, claims: str, seeds: dict[str, str] | None = None):
    (tmp_path / "seeds").mkdir()
    for name, text in (seeds or {"a.txt": WAGES, "b.txt": WAGES_AGAIN}).items():
        (tmp_path / "seeds" / name).write_text(text, encoding="utf-8")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "r.toml").write_text(textwrap.dedent(claims), encoding="utf-8")
    monkeypatch.chdir(tmp_path)


SOURCES = """\
    [[source]]
    id = "time"
    path = "seeds/a.txt"

    [[source]]
    id = "other"
    path = "seeds/b.txt"
"""

KENYA_TIME = """
    [[claim]]
    id = "kenya-pay-time"
    source = "time"
    quote = "paid less than $2 per hour to label toxic content"
    statement = "Click workers in Kenya were paid less than $2 per hour to label toxic content for a chatbot."
"""


def audit_json(capsys, *extra) -> tuple[int, dict]:
    code = main(["claims", "audit", "--format", "json", *extra])
    return code, json.loads(capsys.readouterr().out)


def test_bundled_registry_reports_the_world_bank_disagreement(in_project, capsys):
    code, doc = audit_json(capsys)
    assert code == 1
    pairs = [f for f in doc["findings"] if f["kind"] == "disagreement"]
    ids = [{c["id"] for c in f["claims"]} for f in pairs]
    assert {"world-bank-data-workers", "world-bank-microworkers-nl"} in ids
    finding = pairs[ids.index({"world-bank-data-workers", "world-bank-microworkers-nl"})]
    by_id = {c["id"]: c for c in finding["claims"]}
    assert by_id["world-bank-data-workers"]["source"]["path"] == "seeds/004_29fe0d7601c600d6.txt"
    assert by_id["world-bank-microworkers-nl"]["source"]["path"] == "seeds/001_860653d48fbcfa2a.txt"
    assert by_id["world-bank-data-workers"]["defined_in"] == "claims/ai-labour-debate.toml"
    assert all(c["defined_line"] > 0 and c["source"]["line"] > 0 for c in finding["claims"])
    assert "150–430 million" in finding["message"] and "100–400 million" in finding["message"]


def test_bundled_audit_text_points_at_both_claims(in_project, capsys):
    assert main(["claims", "audit"]) == 1
    out = capsys.readouterr().out
    assert "disagreement" in out
    assert "world-bank-data-workers" in out and "claims/ai-labour-debate.toml:" in out
    assert "seeds/004_29fe0d7601c600d6.txt:8" in out and "seeds/001_860653d48fbcfa2a.txt:" in out


def test_sources_that_disagree_on_the_same_thing(tmp_path, monkeypatch, capsys):
    project(tmp_path, monkeypatch, SOURCES + KENYA_TIME + """
        [[claim]]
        id = "kenya-pay-other"
        source = "other"
        quote = "paid $5 per hour to label toxic content"
        statement = "Click workers in Kenya were paid $5 per hour to label toxic content for a chatbot company."
    """)
    code, doc = audit_json(capsys)
    assert code == 1
    [finding] = doc["findings"]
    assert finding["kind"] == "disagreement"
    assert [c["id"] for c in finding["claims"]] == ["kenya-pay-time", "kenya-pay-other"]
    assert [c["defined_line"] for c in finding["claims"]] == [10, 16]
    assert [c["source"]["path"] for c in finding["claims"]] == ["seeds/a.txt", "seeds/b.txt"]


@pytest.mark.parametrize("source, statement", [
    ("other", "Volcanic eruptions in Iceland drew 5 tourists per hour to the lava fields last summer."),
    ("time", "Click workers in Kenya were paid $5 per hour to label toxic content for a chatbot company."),
], ids=["another-topic", "same-source"])
def test_different_figures_that_are_not_a_disagreement(tmp_path, monkeypatch, capsys, source, statement):
    seeds = {"a.txt": WAGES + WAGES_AGAIN, "b.txt": WAGES_AGAIN}
    project(tmp_path, monkeypatch, SOURCES + KENYA_TIME + f"""
        [[claim]]
        id = "second"
        source = "{source}"
        quote = "paid $5 per hour to label toxic content"
        statement = "{statement}"
    """, seeds)
    code, doc = audit_json(capsys)
    assert (code, doc["findings"]) == (0, [])


def test_sources_that_agree_within_a_bound_are_clean(tmp_path, monkeypatch, capsys):
    seeds = {"a.txt": WAGES, "b.txt": "Click workers in Kenya were paid $2 per hour to label toxic content.\n"}
    project(tmp_path, monkeypatch, SOURCES + KENYA_TIME + """
        [[claim]]
        id = "kenya-pay-other"
        source = "other"
        quote = "paid $2 per hour to label toxic content"
        statement = "Click workers in Kenya were paid $2 per hour to label toxic content for a chatbot."
    """, seeds)
    code, doc = audit_json(capsys)
    assert (code, doc["findings"]) == (0, [])
    assert main(["claims", "audit"]) == 0
    assert "0 findings in 2 claims" in capsys.readouterr().out


def test_near_duplicate_claims_of_one_source(tmp_path, monkeypatch, capsys):
    project(tmp_path, monkeypatch, SOURCES + KENYA_TIME + """
        [[claim]]
        id = "kenya-pay-time-again"
        source = "time"
        quote = "were paid less than $2 per hour to label toxic content"
        statement = "Kenyan click workers earned less than $2 an hour."
    """)
    code, doc = audit_json(capsys)
    assert code == 1
    [finding] = doc["findings"]
    assert finding["kind"] == "duplicate"
    assert [c["id"] for c in finding["claims"]] == ["kenya-pay-time", "kenya-pay-time-again"]
    assert "quote" in finding["message"]


def test_one_quote_with_two_figures_is_not_a_duplicate(in_project, capsys):
    # kenya-hourly-pay and kenya-daily-passages share a quote but claim different figures.
    code, doc = audit_json(capsys)
    assert not [f for f in doc["findings"] if f["kind"] == "duplicate"]


@pytest.mark.parametrize("statement, flagged", [
    ("Click workers in Kenya were paid less than $3 per hour.", True),
    ("Click workers in Kenya were paid less than $2 per day.", True),
    ("Click workers in Kenya were paid less than $2 per hour.", False),
    ("Click workers in Kenya were paid under two dollars an hour.", False),
    ("Click workers in Kenya were paid a pittance to label toxic content.", False),  # no figure: fine
    ("In 2022, 3 reports said click workers in Kenya were paid badly.", False),  # another kind of figure
], ids=["another-value", "another-period", "same", "in-words", "no-figure", "a-count-beside"])
def test_a_statement_that_states_another_figure_than_its_quote(tmp_path, monkeypatch, capsys, statement, flagged):
    project(tmp_path, monkeypatch, SOURCES + f"""
        [[claim]]
        id = "kenya-pay-time"
        source = "time"
        quote = "paid less than $2 per hour to label toxic content"
        statement = "{statement}"
    """)
    code, doc = audit_json(capsys)
    assert code == (1 if flagged else 0)
    if flagged:
        [finding] = doc["findings"]
        assert finding["kind"] == "statement-figure"
        assert [c["id"] for c in finding["claims"]] == ["kenya-pay-time"]
        assert finding["claims"][0]["source"]["path"] == "seeds/a.txt"
        assert "$2/hour" in finding["message"]


def test_a_quote_with_several_figures_needs_a_figure_key_before_any_audit(tmp_path, monkeypatch, capsys):
    # The loader already refuses it, so audit never sees such a claim: exit 2 with the reason.
    seeds = {"a.txt": "They got less than $2 per hour for 150 passages a day.\n", "b.txt": WAGES_AGAIN}
    project(tmp_path, monkeypatch, SOURCES + """
        [[claim]]
        id = "two-figures"
        source = "time"
        quote = "less than $2 per hour for 150 passages a day"
        statement = "They got less than $2 per hour."
    """, seeds)
    assert main(["claims", "audit"]) == 2
    err = capsys.readouterr().err
    assert "claims/r.toml" in err and "say which with figure" in err


def test_audit_rejects_an_unknown_format(in_project, capsys):
    assert main(["claims", "audit", "--format", "xml"]) == 2
    assert "--format" in capsys.readouterr().err
