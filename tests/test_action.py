"""action.yml, the composite GitHub Action: its inputs, a pip cache, and its scripts run for real on paths with spaces."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
STEPS = {step["name"]: step for step in ACTION["runs"]["steps"]}
FACTLINT = shutil.which("factlint", path=str(Path(sys.executable).parent)) or shutil.which("factlint")
BASH = shutil.which("bash")
CONFLICT = "Data labelers are paid as little as $1.64 an hour after tax.\n"
UNSOURCED = "Our newsroom spent €12,000 on translation last year.\n"


def test_inputs():
    inputs = ACTION["inputs"]
    assert {"args", "baseline", "version", "format", "output", "paths", "claims", "fail-on", "sarif",
            "python"} <= set(inputs)
    assert inputs["format"]["default"] == "github"
    assert all(not spec["required"] and spec["description"] for spec in inputs.values())
    assert ACTION["runs"]["using"] == "composite"


def test_pip_downloads_are_cached():
    cache = STEPS["Cache pip downloads"]
    assert cache["uses"].startswith("actions/cache@") and cache["with"]["path"] == "~/.cache/pip"
    assert "inputs.version" in cache["with"]["key"]  # another version, another cache
    names = list(STEPS)
    assert names.index("Cache pip downloads") < names.index("Install factlint")


@pytest.mark.parametrize("name", [n for n, s in STEPS.items() if "run" in s])
def test_inputs_reach_scripts_only_through_the_environment(name):
    step = STEPS[name]
    assert "${{" not in step["run"]  # an expression pasted into a script is a command injection
    used = set(re.findall(r"\$\{?(INPUT_[A-Z_]+)", step["run"]))
    assert used <= set(step["env"]) and used
    for var in used:
        key = var.removeprefix("INPUT_").lower().replace("_", "-")
        assert step["env"][var] == f"${{{{ inputs.{key} }}}}"


@pytest.mark.skipif(BASH is None, reason="needs bash")
@pytest.mark.parametrize("name", [n for n, s in STEPS.items() if "run" in s])
def test_scripts_parse(name):
    done = subprocess.run([BASH, "-n"], input=STEPS[name]["run"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def run_step(name: str, cwd: Path, **inputs: str) -> subprocess.CompletedProcess:
    step = STEPS[name]
    env = {k: "" for k in step["env"]} | {f"INPUT_{k.upper()}": v for k, v in inputs.items()}
    env |= {"PATH": os.environ["PATH"], "FACTLINT": FACTLINT or "", "FACTLINT_PYTHON": sys.executable,
            "NO_COLOR": "1", "RUNNER_TEMP": str(cwd), "GITHUB_ENV": str(cwd / "github-env"),
            "PYTHON": sys.executable}
    return subprocess.run([BASH, "-c", step["run"]], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def project(tmp_path):
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "my book").mkdir()
    (tmp_path / "my book/chapter 1.md").write_text(CONFLICT, encoding="utf-8")
    (tmp_path / "-notes.md").write_text(UNSOURCED, encoding="utf-8")  # a name that looks like an option
    (tmp_path / "reports dir").mkdir()
    return tmp_path


needs_factlint = pytest.mark.skipif(BASH is None or FACTLINT is None, reason="needs bash and the factlint script")


@needs_factlint
def test_check_step_annotates_paths_with_spaces(project):
    done = run_step("Check facts", project, paths='"my book/chapter 1.md" -notes.md')
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("::warning file=-notes.md,line=1,col=20,")
    assert lines[1].startswith("::error file=my book/chapter 1.md,line=1,col=37,")


@needs_factlint
def test_check_step_with_format_output_baseline_and_args(project):
    baseline = project / "base line.json"
    assert subprocess.run([FACTLINT, "check", "--baseline", str(baseline), "--update-baseline", "--", "-notes.md"],
                          cwd=project, capture_output=True, timeout=120).returncode == 0
    done = run_step("Check facts", project, paths='"my book" -notes.md', format="junit", baseline="base line.json",
                    output="reports dir/fact lint.xml", args="--fail-on 'conflicting,miscited' --show-supported")
    assert done.returncode == 1 and done.stdout == "", done.stderr
    suites = ET.parse(project / "reports dir/fact lint.xml").getroot().findall("testsuite")
    # -notes.md's one finding is in the baseline: only the chapter's conflicting figure is left.
    assert [(s.get("name"), s.get("failures")) for s in suites] == [("my book/chapter 1.md", "1"), ("-notes.md", "0")]
    done = run_step("Check facts", project, paths="-notes.md", args="--fail-on conflicting")
    assert done.returncode == 0, done.stderr  # args reach factlint: unsourced no longer fails


@needs_factlint
def test_nothing_in_an_input_runs(project):
    done = run_step("Check facts", project, paths='"my book" "$(touch pwned-paths).md"',
                    args="--fail-on `touch pwned-args`")
    assert done.returncode == 2
    assert not list(project.glob("pwned*"))
    done = run_step("Check facts", project, paths='"my book')
    assert done.returncode == 2 and "::error title=factlint::paths: unbalanced quotes" in done.stdout


@pytest.mark.skipif(BASH is None, reason="needs bash")
@pytest.mark.parametrize("version", ["1.0; rm -rf ~", "https://example.com/evil.whl", "-e .", "1.0 evil"])
def test_install_step_takes_a_version_number_only(tmp_path, version):
    done = run_step("Install factlint", tmp_path, version=version)
    assert done.returncode == 2 and "version: not a version number" in done.stdout
    assert not (tmp_path / "factlint-venv").exists()  # refused before anything was installed


@needs_factlint
@pytest.mark.parametrize("inputs, code, sarif_written", [
    ({"paths": "draft.md"}, 1, False),
    ({"paths": "draft.md", "sarif": "factlint.sarif"}, 1, True),
    ({"paths": "draft.md", "fail_on": "supported"}, 1, False),
    ({"paths": "clean.md"}, 0, False),
    ({"paths": "draft.md clean.md", "fail_on": "conflicting"}, 1, False),
])
def test_check_step_inputs(tmp_path, inputs, code, sarif_written):
    import json

    shutil.copy(ROOT / "examples/draft.md", tmp_path / "draft.md")
    (tmp_path / "clean.md").write_text("Nothing to count here.\n", encoding="utf-8")
    done = run_step("Check facts", tmp_path, claims=str(ROOT / "claims"), **inputs)
    assert done.returncode == code, done.stderr
    lines = done.stdout.splitlines()
    assert all(line.startswith("::") for line in lines) and bool(lines) == ("draft.md" in inputs["paths"])
    if sarif_written:
        assert json.loads((tmp_path / "factlint.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    else:
        assert not (tmp_path / "factlint.sarif").exists()
