"""The HTML report of `factlint check`: one self-contained page, each draft's text with its figures marked.

Pure: each draft's findings and the text checked in, a page out. Everything from drafts, sources and the
registry is escaped with html.escape (a `<script>` in a draft is shown, never run), and characters that
change how text displays (bidi controls, Hangul fillers, control characters) are shown as their code
points. The page loads nothing: its style and script are inline, and its Content-Security-Policy allows
those two by their hashes and nothing else. The colours and lines of the statuses come from the status table.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html import escape
from typing import TextIO

from factlint import __version__
from factlint.check.findings import FileFindings, Finding, Problem
from factlint.documents.formats import draft_pointer
from factlint.output.console import plural
from factlint.output.explain import why
from factlint.output.tally import Tally
from factlint.statuses import NAMES, PROBLEMS, STATUSES, UNREADABLE, Status
from factlint.registry.model import pointer
from factlint.text import HIDDEN, ZERO_WIDTH, LineIndex, visible

PROBLEM = "problem"  # the filter and class every problem shares, whatever its kind
FILTERS = (*NAMES, PROBLEM)
# Lines under each status's figures, in the table's order (the problems take the last): told apart when
# printed in black and white too.
LINES = ("solid", "double", "dashed", "dotted", "wavy")
MISSED_SHOWN = 8  # a candidate's missed words listed, as the text report lists them
# Shown as their code point: they reorder, hide or control what a reader sees (Trojan Source).
_SHOWN_AS_CODE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f"
                            + re.escape(HIDDEN + ZERO_WIDTH) + "]")
_WEB = re.compile(r"https?://[^\s\"'<>]+\Z", re.IGNORECASE)


def write_check_html(files: Iterable[FileFindings], out: TextIO) -> Tally:
    """`factlint check --format html`: the page, drafts sorted by path, every figure marked (supported ones
    too, as JSON lists them: a reader unticks what they do not want to see); what it counted.

    Each draft's section is made as its findings come, and only the HTML is kept until the summary, which
    heads the page, is known: a finding with its candidate claims weighs more than its few lines of HTML."""
    tally = Tally()
    drafts = sorted((_draft(group, findings, f"d{n}") for n, (group, findings) in enumerate(tally.each(files), 1)),
                    key=lambda d: d.path)
    style = _asset("report.css") + _status_rules()
    script = _asset("report.js")
    out.write(_head(_title(drafts), style, script))
    out.write(_header(tally, drafts))
    out.write(_filters(tally))
    out.write(_summary(drafts))
    out.write("<main>\n")
    for draft in drafts:
        out.write(draft.html)
    if not drafts:
        out.write('<p class="empty">No draft was checked.</p>\n')
    out.write(f"</main>\n<footer>factlint {escape(__version__)}</footer>\n<script>{script}</script>\n"
              "</body>\n</html>\n")
    return tally


@dataclass(frozen=True, slots=True)
class _Draft:
    """One draft's section of the page, made, with what the summary needs of it."""

    path: str
    key: str  # the section's id
    counts: Counter[str]
    html: str


def _filter(item: Finding | Problem) -> str:
    """The status filter an item answers to: its status, or "problem"."""
    return PROBLEM if isinstance(item, Problem) else item.kind.name


def _asset(name: str) -> str:
    # importlib.resources costs ~5 ms to import: every check imports this module, only an HTML report reads assets.
    from importlib import resources

    return resources.files("factlint.output").joinpath("assets", name).read_text(encoding="utf-8")


def _status_rules() -> str:
    """Each status's colour and line, from the status table, and what its filter does when unticked."""
    rules = []
    for n, s in enumerate(STATUSES):
        rules.append(_tone(f"st-{s.name}", s, LINES[n % len(LINES)]))
    rules.append(_tone(f"st-{PROBLEM}", PROBLEMS[0], LINES[-1]))
    for name in FILTERS:
        off = f"body:has(#show-{name}:not(:checked))"
        rules.append(f"{off} .fig.st-{name} > mark {{ background: none; text-decoration-color: transparent; }}\n"
                     f"{off} .fig.st-{name} > .tip, {off} .findings tr.st-{name} {{ display: none; }}")
    return "\n" + "\n".join(rules) + "\n"


def _tone(cls: str, status: Status, line: str) -> str:
    return (f".{cls} {{ --tone: var(--{status.colour}, currentColor); "
            f"--tint: var(--{status.colour}-tint, transparent); --line: {line}; }}")


def _digest(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _head(title: str, style: str, script: str) -> str:
    policy = (f"default-src 'none'; style-src {_digest(style)}; script-src {_digest(script)}; "
              "img-src 'none'; base-uri 'none'; form-action 'none'")
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n"
            "<meta name=\"referrer\" content=\"no-referrer\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"color-scheme\" content=\"light dark\">\n"
            f"<meta name=\"generator\" content=\"factlint {escape(__version__)}\">\n"
            f"<title>{title}</title>\n<style>{style}</style>\n</head>\n<body>\n")


def _title(drafts: list[_Draft]) -> str:
    if len(drafts) == 1:
        return f"factlint report: {_attr(drafts[0].path)}"
    return f"factlint report: {plural(len(drafts), 'draft')}"


def _header(tally: Tally, drafts: list[_Draft]) -> str:
    counts = tally.summary()
    parts = [f"{counts[name]} {name}" for name in NAMES]
    if tally.problems:
        parts.append(plural(len(tally.problems), "problem"))
    return (f"<header>\n<h1>factlint report</h1>\n<p class=\"lede\">{plural(counts['figures'], 'figure')} in "
            f"{plural(len(drafts), 'file')}: {', '.join(parts)}</p>\n</header>\n")


def _filters(tally: Tally) -> str:
    counts = {**tally.statuses, PROBLEM: len(tally.problems)}
    docs = {s.name: s.summary for s in STATUSES} | {PROBLEM: "; ".join(s.summary for s in PROBLEMS)}
    boxes = []
    for name in FILTERS:
        boxes.append(f"<label class=\"st-{name}\" title=\"{escape(docs[name])}\"><input type=\"checkbox\" "
                     f"id=\"show-{name}\" data-status=\"{name}\" checked> {name} "
                     f"<span class=\"n\">{counts[name]}</span></label>")
    return ("<nav class=\"filters\" aria-label=\"Filter by status\">\n<fieldset>\n<legend>Show</legend>\n"
            + "\n".join(boxes) + "\n<span id=\"shown\" class=\"n\" aria-live=\"polite\"></span>\n"
            "</fieldset>\n</nav>\n")


def _summary(drafts: list[_Draft]) -> str:
    head = "".join(f"<th scope=\"col\" class=\"n\">{name}</th>" for name in ("figures", *FILTERS))
    rows = []
    total: Counter[str] = Counter()
    for d in drafts:
        total.update(d.counts)
        rows.append(f"<tr><th scope=\"row\"><a href=\"#{d.key}\">{_text(d.path)}</a></th>{_count_cells(d.counts)}</tr>")
    return ("<section class=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n"
            f"<table>\n<thead><tr><th scope=\"col\">draft</th>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows)
            + f"\n</tbody>\n<tfoot><tr><th scope=\"row\">all drafts</th>{_count_cells(total)}</tr></tfoot>\n"
            "</table>\n</section>\n")


def _count_cells(counts: Counter[str]) -> str:
    figures = sum(counts[name] for name in NAMES)
    return f"<td class=\"n\">{figures}</td>" + "".join(f"<td class=\"n\">{counts[name]}</td>" for name in FILTERS)


def _draft(group: FileFindings, findings: Iterator[Finding], key: str) -> _Draft:
    """A draft's section: its heading and counts, its text with each finding marked, and the table of its
    findings, made in one pass over findings and problems in text order. A span that overlaps one marked
    before it (a hidden character inside a figure) is listed but not marked."""
    text = group.text
    index = LineIndex(text) if text is not None else None
    problems = sorted(group.problems, key=lambda p: (p.line, p.column))
    marked: list[str] = []
    rows: list[str] = []
    counts: Counter[str] = Counter()
    at = 0
    unread = False
    for k, item in enumerate(heapq.merge(findings, problems, key=lambda i: (i.line, i.column,
                                                                             isinstance(i, Problem))), 1):
        counts[_filter(item)] += 1
        unread = unread or (isinstance(item, Problem) and item.name == UNREADABLE.name)
        # Made once, for the tooltip and the table: the scope messages in a card look up place names.
        card, ident, mark = _card(item), f"{key}-f{k}", False
        if text is not None and index is not None:
            start = _offset(index, text, item.line, item.column)
            if start >= at:
                end = max(start, _offset(index, text, item.end_line, item.end_column))
                marked.append(_text(text[at:start]))
                marked.append(f"<span class=\"fig st-{_filter(item)}\" id=\"{ident}\" tabindex=\"0\" "
                              f"aria-describedby=\"{ident}-tip\"><mark>{_text(text[start:end])}</mark>"
                              f"<span class=\"tip card\" role=\"tooltip\" id=\"{ident}-tip\">{_card_head(item)}{card}"
                              "</span></span>")
                at, mark = end, True
        rows.append(_row(item, ident, mark, card))
    parts = [f"{counts[name]} {name}" for name in FILTERS if counts[name]]
    figures = sum(counts[name] for name in NAMES)
    out = [f"<section class=\"draft\" id=\"{key}\" aria-labelledby=\"{key}-h\">",
           f"<h2 id=\"{key}-h\">{_text(group.path)}</h2>",
           f"<p class=\"counts\">{plural(figures, 'figure')}" + (f": {', '.join(parts)}" if parts else "") + "</p>"]
    if text is None:
        out.append(f"<p class=\"empty\">{'This draft could not be read.' if unread else 'Its text was not kept.'}</p>")
    else:
        marked.append(_text(text[at:]))
        out.append(f"<pre class=\"text\">{''.join(marked)}</pre>")
    if rows:
        out.append(f"<table class=\"findings\" aria-label=\"Findings in {_attr(group.path)}\">\n<thead><tr>"
                   "<th scope=\"col\">where</th><th scope=\"col\">status</th><th scope=\"col\">figure</th>"
                   "<th scope=\"col\">what the check found</th></tr></thead>\n<tbody>")
        out.extend(rows)
        out.append("</tbody>\n</table>")
    out.append("</section>\n")
    return _Draft(group.path, key, counts, "\n".join(out))


def _offset(index: LineIndex, text: str, line: int, column: int) -> int:
    """The offset of a 1-based (line, column), as findings place them; kept within the text."""
    if line < 1 or line > index.lines:
        return len(text)
    return min(index.line_start(line) + max(column, 1) - 1, len(text))


def _row(item: Finding | Problem, ident: str, marked: bool, card: str) -> str:
    kind = _filter(item)
    where = escape(draft_pointer(item.path, item.line, item.column)[len(item.path) + 1:])  # "3:15", or "¶14"
    where = f"<a href=\"#{ident}\">{where}</a>" if marked else where
    figure = f"<code>{_text(item.text)}</code>" if isinstance(item, Finding) else ""
    return (f"<tr class=\"st-{kind}\"><td class=\"where\">{where}</td><td>{_badge(item.kind)}</td>"
            f"<td>{figure}</td><td class=\"card\">{card}</td></tr>")


def _badge(status: Status) -> str:
    cls = PROBLEM if status in PROBLEMS else status.name
    return f"<span class=\"badge st-{cls}\">{escape(status.title)}</span>"


def _card_head(item: Finding | Problem) -> str:
    """A tooltip's first line: the status and where the finding is."""
    return (f"<span>{_badge(item.kind)} <span class=\"where\">{_text(draft_pointer(item.path, item.line, item.column))}"
            "</span></span>")


def _card(item: Finding | Problem) -> str:
    """What the check found of a finding: its message, the claim, the source pointer and quote, and why."""
    parts = []
    if item.message:
        parts.append(f"<span class=\"msg\">{_text(item.message)}</span>")
    if isinstance(item, Problem):
        parts.append(f"<span><span class=\"k\">fix</span>{_text(item.kind.fix)}</span>")
        return "".join(parts)
    if item.claim is not None:
        parts.append(f"<span><span class=\"k\">claim</span><code>{_text(item.claim.id)}</code>: "
                     f"{_text(item.claim.statement)}</span>")
        if item.source is not None:
            title = _text(item.source.title) if item.source.title else ""
            if title and item.source.url and _WEB.match(item.source.url):
                title = f"<a href=\"{escape(item.source.url)}\" rel=\"noopener noreferrer\">{title}</a>"
            parts.append(f"<span><span class=\"k\">source</span><code class=\"pointer\">"
                         f"{_text(pointer(item.source, item.claim))}</code> {title}</span>")
        parts.append(f"<span class=\"quote\"><q>{_text(item.claim.quote)}</q></span>")
    if item.cited:
        parts.append(f"<span><span class=\"k\">cited</span>{_text(', '.join(item.cited))}</span>")
    parts.append(f"<span><span class=\"k\">why</span>{_text(why(item))}</span>")
    for c in item.explanation or ():
        scope = f"; scope: {c.difference.message()}" if c.difference is not None else ""
        parts.append(f"<span class=\"cand\">{c.score:.1f} <code>{_text(c.claim.id)}</code>: found "
                     f"{_text(', '.join(c.found) or '-')}; missed {_text(', '.join(c.missed[:MISSED_SHOWN]) or '-')}"
                     f"{_text(scope)}</span>")
    return "".join(parts)


def _text(value: str) -> str:
    """Text from a draft, a source or the registry, as HTML: escaped, and what hides or reorders shown."""
    return _SHOWN_AS_CODE.sub(_code_point, escape(value))


def _attr(value: str) -> str:
    """Text from a draft or the registry for an attribute or the title: escaped, what hides or reorders as an escape."""
    return escape(visible(value))


def _code_point(m: re.Match[str]) -> str:
    point = f"U+{ord(m.group()):04X}"
    return f"<span class=\"ctl\" title=\"{point}\">{point}</span>"
