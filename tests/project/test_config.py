"""Finding the registry: --claims, [tool.factlint] / factlint.toml, else the nearest claims/ folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.project.config import Config, find_claims_dir, find_config, read_config
from factlint.errors import FactlintError


def mkdirs(root: Path, *names: str) -> None:
    for name in names:
        (root / name).mkdir(parents=True, exist_ok=True)


def test_claims_option_wins(tmp_path):
    mkdirs(tmp_path, "proj/claims", "proj/other/registry")
    (tmp_path / "proj" / "factlint.toml").write_text('claims = "claims"\n')
    folder, root = find_claims_dir(Path("other/registry"), tmp_path / "proj")
    # Inside a configured project, source paths stay relative to the project root.
    assert (folder, root) == (tmp_path / "proj/other/registry", tmp_path / "proj")


def test_claims_option_without_config_uses_its_parent_as_root(tmp_path):
    mkdirs(tmp_path, "a/claims", "b")
    folder, root = find_claims_dir(tmp_path / "a/claims", tmp_path / "b")
    assert (folder, root) == (tmp_path / "a/claims", tmp_path / "a")


def test_claims_option_missing_folder(tmp_path):
    with pytest.raises(FactlintError, match=r"--claims nope: no such folder"):
        find_claims_dir(Path("nope"), tmp_path)


def test_pyproject_tool_factlint(tmp_path):
    mkdirs(tmp_path, "proj/registry", "proj/docs/drafts", "proj/docs/claims")
    (tmp_path / "proj/pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.factlint]\nclaims = "registry"\n'
                                                  'fail_on = ["conflicting"]\n')
    # The configured registry wins over a nearer claims/ folder.
    folder, root = find_claims_dir(None, tmp_path / "proj/docs/drafts")
    assert (folder, root) == (tmp_path / "proj/registry", tmp_path / "proj")


def test_factlint_toml_defaults_to_claims_folder(tmp_path):
    mkdirs(tmp_path, "proj/claims", "proj/sub")
    (tmp_path / "proj/factlint.toml").write_text("# settings\n")
    assert find_claims_dir(None, tmp_path / "proj/sub") == (tmp_path / "proj/claims", tmp_path / "proj")


def test_pyproject_without_tool_factlint_is_not_a_config(tmp_path):
    mkdirs(tmp_path, "proj/pkg", "proj/claims")
    (tmp_path / "proj/pkg/pyproject.toml").write_text('[project]\nname = "pkg"\n')
    assert find_config(tmp_path / "proj/pkg") is None
    assert find_claims_dir(None, tmp_path / "proj/pkg") == (tmp_path / "proj/claims", tmp_path / "proj")


def test_nearest_claims_folder(tmp_path):
    mkdirs(tmp_path, "claims", "proj/claims", "proj/a/b")
    assert find_claims_dir(None, tmp_path / "proj/a/b") == (tmp_path / "proj/claims", tmp_path / "proj")


def test_nothing_found(tmp_path):
    mkdirs(tmp_path, "empty")
    with pytest.raises(FactlintError, match="no registry found"):
        find_claims_dir(None, tmp_path / "empty")


def test_configured_folder_missing(tmp_path):
    (tmp_path / "factlint.toml").write_text('claims = "reg"\n')
    with pytest.raises(FactlintError, match=r"factlint.toml:1: claims = 'reg': no such folder"):
        find_claims_dir(None, tmp_path)


@pytest.mark.parametrize(("name", "text", "message"), [
    ("factlint.toml", "claims = [\n", "malformed TOML"),
    ("factlint.toml", "claims = 3\n", "claims must be a folder name"),
    ("pyproject.toml", "[tool]\nfactlint = 1\n", r"\[tool.factlint\] must be a table"),
])
def test_bad_config_is_an_error(tmp_path, name, text, message):
    (tmp_path / name).write_text(text)
    with pytest.raises(FactlintError, match=message):
        find_claims_dir(None, tmp_path)


def test_read_config_keeps_other_keys_for_later(tmp_path):
    path = tmp_path / "factlint.toml"
    path.write_text('claims = "c"\ntolerance = 0.05\n')
    assert read_config(path) == Config(claims="c", path=path)
