"""The command line: `factlint` and its subcommands."""

from factlint.cli.app import main, run

__all__ = ["main", "run"]
