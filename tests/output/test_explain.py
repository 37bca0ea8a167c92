"""--explain: for each figure the best candidate claims, what matched or differed, and why the status followed."""

from __future__ import annotations

import json

from factlint.cli import main

OTHER_COUNTRY = "Zambia produces over 60% of the world's cobalt.\n\nParking in Nairobi costs less than $2 an hour.\n"


def test_text_explains_a_scope_conflict_and_an_unsourced_figure(in_project, tmp_path, capsys):
    draft = tmp_path / "draft.md"
    draft.write_text(OTHER_COUNTRY, encoding="utf-8")
    main(["check", "--no-color", "--explain", str(draft)])
    out = capsys.readouterr().out
    assert "why: the claim matches strongly but its scope differs: the source says this of" in out
    assert "drc-cobalt-share: found" in out and "not Zambia" in out
    assert "why: no claim matches the figure's context well enough (none can score 45)" in out


def test_json_gains_what_matched_and_with_explain_the_candidates(in_project, tmp_path, capsys):
    draft = tmp_path / "draft.md"
    draft.write_text("The Democratic Republic of Congo produces over 60% of the world's cobalt.\n", encoding="utf-8")
    main(["check", "--format", "json", str(draft)])
    (finding,) = json.loads(capsys.readouterr().out)["findings"]
    assert finding["status"] == "supported" and "cobalt" in finding["matched"]["found"]
    assert finding["matched"]["scope"] is None and "explanation" not in finding
    main(["check", "--format", "json", "--explain", str(draft)])
    (finding,) = json.loads(capsys.readouterr().out)["findings"]
    assert finding["explanation"][0]["claim"] == "drc-cobalt-share"
    assert finding["explanation"][0]["score"] == finding["score"]


def test_text_explains_a_weak_match_whose_value_is_another_quantity(in_project, tmp_path, capsys):
    draft = tmp_path / "draft.md"
    draft.write_text('Flyer: "Earn $5 an hour labelling data, from your phone."\n', encoding="utf-8")
    main(["check", "--no-color", "--explain", str(draft)])
    out = capsys.readouterr().out
    assert "unsourced" in out and "why: the best claim matches only weakly (under 65)" in out
    assert "click-workers-hourly-pay: found" in out


def test_text_explains_a_weak_match_carried_by_a_distinctive_value(in_project, tmp_path, capsys):
    draft = tmp_path / "draft.md"
    draft.write_text("A lot of them are paid as little as $1.46/hr after tax.\n", encoding="utf-8")
    main(["check", "--no-color", "--explain", "--show-supported", str(draft)])
    out = capsys.readouterr().out
    assert "supported" in out and "under 45, but the figure restates the claim's own distinctive value" in out
