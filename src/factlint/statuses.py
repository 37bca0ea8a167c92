"""The statuses a figure can get, and the problem that is not a figure's: one table every report reads.

Each entry says whether it fails a check by default, how SARIF and GitHub rate it, the theme style the
text report gives it, and a ruff-style doc (what it means and exactly when, why it matters, how to fix
it). The SARIF rules, the accepted `fail_on` values, the reports' counts and colours, and the README's
status table (`markdown_table`, tested against README.md) come from here; adding a status starts here
(the verdicts name it).
"""

from __future__ import annotations

from dataclasses import dataclass


README_URL = "https://github.com/OWNER/factlint/blob/main/README.md"  # OWNER as in the README's pre-commit snippet


@dataclass(frozen=True, slots=True)
class Status:
    """One kind of finding: how it fails, is rated and shown, and what to do about it."""

    name: str  # as JSON and --fail-on write it; the SARIF rule is factlint/<name>
    label: str  # as the text report writes it
    fails: bool  # fails a check unless --fail-on or fail_on say otherwise
    hidden: bool  # listed only with --show-supported (always counted)
    sarif_level: str  # SARIF result level: error, warning or note
    github: str  # GitHub workflow command: error, warning or notice
    style: str  # the theme style of its label (output.console)
    colour: str  # that style's default
    severity: str  # the editor's diagnostic severity (error, warning, information, hint, off), the config may change it
    summary: str  # one line (SARIF shortDescription)
    what: str  # what it means (SARIF fullDescription)
    when: str  # exactly when, beyond `what`: the cases the README's table lists ("" when `what` says all)
    why: str  # why it matters
    fix: str  # how to fix it (SARIF help)

    @property
    def doc_url(self) -> str:
        """Where the README documents it: its row of the status table."""
        return f"{README_URL}#{anchor(self)}"

    @property
    def title(self) -> str:
        """The name in prose: "unknown citation"."""
        return self.name.replace("-", " ")


SUPPORTED = Status(
    name="supported", label="supported", fails=False, hidden=True, sarif_level="note", github="notice",
    style="factlint.status.supported", colour="green", severity="off",
    summary="A figure its source backs",
    what="A claim in the registry matches the figure's sentence and its figure agrees with the draft's.",
    when="Agreeing is: the same value; the claim rounded to the precision the draft writes (\"1.5\" for 1.46; "
         "\"three-quarters\", written in quarters, for 77%); "
         "within the tolerance (5% by default) when the draft says \"about\"; the same range; a range's end "
         "written as the bound it is (\"as many as 430 million\"); a bound whose qualifier the draft drops "
         "(noted in the message).",
    why="Nothing is wrong: the figure says what a sourced claim says, and the message names the claim.",
    fix="Nothing to do; reported only with --show-supported.")

CONFLICTING = Status(
    name="conflicting", label="conflicting", fails=True, hidden=False, sarif_level="error", github="error",
    style="factlint.status.conflicting", colour="red", severity="error",
    summary="A figure disagrees with its source",
    what="A claim in the registry matches the figure's sentence, but the figures disagree: another value, "
         "range, scale, currency or period, or a bound in the opposite direction.",
    when="A single value picked from a range conflicts too. The message says what the source says.",
    why="The draft seems to rest on a source that says something else; a reader who checks finds another figure.",
    fix="Correct the figure to what the source says (the message quotes it), or cite the source that "
        "backs the figure as written and add it to the registry.")

UNSOURCED = Status(
    name="unsourced", label="unsourced", fails=True, hidden=False, sarif_level="warning", github="warning",
    style="factlint.status.unsourced", colour="yellow", severity="warning",
    summary="A figure no claim backs",
    what="No claim in the registry matches the figure's sentence, so nothing backs the figure. An equal "
         "number in an unrelated claim does not count.",
    when="A value alone never supports a figure.",
    why="The figure may be right, but nothing lets a reader (or factlint) check it against a source.",
    fix="Add a claim for the figure to the registry (a [[claim]] with a verbatim quote from its source), "
        "or remove the figure.")

MISCITED = Status(
    name="miscited", label="miscited", fails=True, hidden=False, sarif_level="error", github="error",
    style="factlint.status.miscited", colour="magenta", severity="error",
    summary="A figure cites the wrong source",
    what="The figure's sentence cites a source, but the claim that backs the figure comes from a different "
         "source, or the cited source holds no such claim.",
    when="A figure cites a source with a Pandoc key (`[@id]`), a footnote naming a source, or a link to a "
         "source file.",
    why="A reader who follows the citation does not find the figure there.",
    fix="Cite the source named in the message, or correct the citation key.")

# Not a figure's status but a problem of the draft: always failing, counted apart, never a --fail-on value.
UNKNOWN_CITATION = Status(
    name="unknown-citation", label="problem", fails=True, hidden=False, sarif_level="error", github="error",
    style="factlint.status.problem", colour="red", severity="error",
    summary="An unknown citation key",
    what="The draft cites a key that is no [[source]] id of the registry.",
    when="",
    why="A citation that names no source cannot be followed, and no figure can be checked against it.",
    fix="Correct the key, or add the source to the registry.")

# Trojan Source: a bidi control reorders how a figure displays; a Hangul filler looks like nothing at all.
HIDDEN_CHARACTER = Status(
    name="hidden-character", label="problem", fails=True, hidden=False, sarif_level="error", github="error",
    style="factlint.status.problem", colour="red", severity="error",
    summary="A character that changes how a figure displays",
    what="A bidirectional control (U+202A to U+202E, U+2066 to U+2069) or a Hangul filler stands inside or "
         "beside a figure: what a reader sees is not what the text says. The figure is checked as it displays.",
    when="",
    why="A reviewer approves the figure on screen while the file says something else (Trojan Source).",
    fix="Delete the character and type the figure as it should read.")

# A draft that cannot be read: the rest are checked, and the run exits 2 at the end.
UNREADABLE = Status(
    name="unreadable", label="problem", fails=True, hidden=False, sarif_level="error", github="error",
    severity="error",
    style="factlint.status.problem", colour="red",
    summary="A draft that cannot be read",
    what="The draft's bytes are not valid in its encoding (UTF-8 unless --encoding says otherwise), or the file "
         "cannot be read. The other drafts are still checked; the run exits with code 2.",
    when="",
    why="None of its figures can be checked.",
    fix="Save the draft as UTF-8, or name its encoding with --encoding; make the file readable.")

STATUSES: tuple[Status, ...] = (SUPPORTED, CONFLICTING, UNSOURCED, MISCITED)  # in the order reports count them
NAMES: tuple[str, ...] = tuple(s.name for s in STATUSES)
BY_NAME: dict[str, Status] = {s.name: s for s in STATUSES}
DEFAULT_FAIL_ON: tuple[str, ...] = tuple(s.name for s in STATUSES if s.fails)
PROBLEMS: tuple[Status, ...] = (UNKNOWN_CITATION, HIDDEN_CHARACTER, UNREADABLE)
PROBLEM_BY_NAME: dict[str, Status] = {s.name: s for s in PROBLEMS}
SEVERITIES: tuple[str, ...] = ("error", "warning", "information", "hint", "off")  # "off": no diagnostic


def anchor(status: Status) -> str:
    """The README's anchor for a status's row of the status table."""
    return f"status-{status.name}"


def markdown_table() -> str:
    """The README's status table: every status and the problem, with its whole doc."""
    rows = ["| status | fails by default | what it means | why it matters | how to fix it |",
            "| --- | --- | --- | --- | --- |"]
    for s in STATUSES + PROBLEMS:
        fails = "always" if s in PROBLEMS else "yes" if s.fails else "no"
        # The anchor is what the SARIF rules' helpUri and the rdjson codes link to (output/links.py).
        cells = (f'<a id="{anchor(s)}"></a>{s.name}', fails, f"{s.what} {s.when}".strip(), s.why, s.fix)
        rows.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(rows) + "\n"
