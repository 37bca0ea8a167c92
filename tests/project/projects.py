"""A project on disk for the config and selection tests: a one-claim registry, a config, drafts."""

from __future__ import annotations

import json
from pathlib import Path

from factlint.cli import main

PAY_SOURCE = "Click workers were paid as little as $1.46/hour after tax, the report found.\n"
PAY_CLAIMS = '''[[source]]
id = "pay-report"
path = "seeds/pay.txt"

[[claim]]
id = "hourly-pay"
source = "pay-report"
quote = "paid as little as $1.46/hour after tax"
statement = "Click workers are paid as little as $1.46 per hour after tax."
keywords = ["click workers", "wage"]
'''
SUPPORTED = "Click workers are paid as little as $1.46 an hour after tax.\n"
UNSOURCED = "Our office has 12 plants.\n"


def make_project(root: Path, config: str | None = None, config_name: str = "factlint.toml") -> Path:
    """A project with a one-claim registry (claims/, seeds/) and, optionally, a config file."""
    (root / "seeds").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "seeds/pay.txt").write_text(PAY_SOURCE, encoding="utf-8")
    (root / "claims/pay.toml").write_text(PAY_CLAIMS, encoding="utf-8")
    if config is not None:
        (root / config_name).write_text(config, encoding="utf-8")
    return root


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run_json(capsys, *args: str) -> tuple[int, dict]:
    code = main(["check", "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)
