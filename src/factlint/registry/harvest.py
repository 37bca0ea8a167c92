"""Harvesting: the figures of source documents that no claim covers yet, as candidate claims.

The core (`candidates`) is pure: document text and registry in, candidates out. `to_toml` and
`append_to` render and write them with tomlkit.
"""

from __future__ import annotations

import bisect
import posixpath
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factlint.documents.pdf import PdfError, PdfText, page_position, read_pdf
from factlint.documents.sentences import split_sentences
from factlint.errors import FactlintError
from factlint.extract import Figure, extract
from factlint.folders import files_below
from factlint.lang import STOPWORDS, detect_language
from factlint.project.inputs import SKIP_DIRS
from factlint.registry.anchor import is_html, join_hyphens
from factlint.registry.load import ID_RE
from factlint.registry.model import Claim, Registry
from factlint.text import LineIndex, Normalized, fold, normalize, visible

TODO = "TODO: rewrite"  # marks a statement the curator must write


def unwritten(registry: Registry) -> list[Claim]:
    """The claims whose statement is still the harvest's placeholder: `claims verify` warns of them."""
    return [c for c in registry.claims if c.statement.lstrip().startswith(TODO)]
SLUG_WORDS = 6
_BLOCK_TAG = re.compile(r"</?(?:p|br|div|li|ul|ol|h[1-6]|table|tr|td|th|blockquote|section|article|header|"
                        r"footer|pre|hr)\b[^<>]*>", re.IGNORECASE)
_OPENERS = "\"'\u201c\u2018\u00ab(["


@dataclass(frozen=True, slots=True)
class NewSource:
    """A [[source]] table to add for a document the registry does not know yet."""

    id: str
    path: str
    lang: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed [[claim]]: `line`/`column` are where the figure stands in the source."""

    id: str
    source: str
    quote: str
    figure: str
    statement: str
    path: str
    line: int  # on its page, in a PDF
    column: int
    page: int = 0  # a PDF's page (1-based); 0 for a source without pages

    @property
    def pointer(self) -> str:
        """`path:line:column`, or `path:pPAGE:line:column` in a PDF."""
        return f"{self.path}:p{self.page}:{self.line}:{self.column}" if self.page else \
            f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Harvest:
    sources: tuple[NewSource, ...]
    claims: tuple[Candidate, ...]
    skipped: tuple[str, ...] = ()  # figures no quote could pin down, as "path:line: text"


def candidates(documents: Sequence[tuple[str, str] | tuple[str, str, tuple[int, ...]]],
               registry: Registry) -> Harvest:
    """Candidate claims for every uncovered figure of `documents`: (path relative to the root, text), and for a
    PDF the line where each of its pages starts (documents/pdf.py)."""
    by_path = {posixpath.normpath(s.path): s for s in registry.sources.values()}
    source_ids = set(registry.sources)
    claim_ids = {c.id for c in registry.claims}
    new_sources: list[NewSource] = []
    found: list[Candidate] = []
    skipped: list[str] = []
    for document in documents:
        path, text = document[0], document[1]
        page_lines: tuple[int, ...] = document[2] if len(document) > 2 else ()  # type: ignore[misc]
        html = not page_lines and is_html(path, text)
        norm = normalize(text, markup=html)
        if page_lines:  # a PDF's words broken by a hyphen at a line's end are proposed whole, as anchoring finds them
            norm = join_hyphens(norm, text, keep=False)
        known = by_path.get(posixpath.normpath(path))
        if known is not None:
            sid, lang = known.id, known.lang
        else:
            lang = detect_language(norm.text[:20000])
            sid = _unique(_slug(_stem(path)) or "source", source_ids)
            source_ids.add(sid)
            new_sources.append(NewSource(sid, path, lang))
        covered = [span for c in registry.claims if c.source == getattr(known, "id", None)
                   for span in [_claim_span(c, norm, html)] if span]
        lines = LineIndex(text)
        for quote, fig_text, start, end in _figures(text, norm, html, lang):
            if any(a < end and start < b for a, b in covered):
                continue
            line, column = lines.position(start)
            page, line = page_position(page_lines, line) if page_lines else (0, line)
            if quote is None:
                skipped.append(f"{path}:p{page}:{line}: {fig_text}" if page else f"{path}:{line}: {fig_text}")
                continue
            cid = _unique(_slug(quote, lang) or "claim", claim_ids)
            claim_ids.add(cid)
            found.append(Candidate(cid, sid, quote, fig_text, f"{TODO} — {quote}", path, line, column, page))
    used = {c.source for c in found}
    return Harvest(tuple(s for s in new_sources if s.id in used), tuple(found), tuple(skipped))


def _figures(text: str, norm: Normalized, html: bool, lang: str):
    """(quote or None, figure text, original start, original end) for each figure of the document."""
    for a, b in _blocks(text, norm, html):
        block = norm.text[a:b]
        for s, e in split_sentences(block):
            s, e = a + s, a + e
            quote = _verbatim(text, norm, html, s, e)
            nq = normalize(quote, markup=html)
            if nq.text != norm.text[s:e]:
                quote, nq = norm.text[s:e], normalize(norm.text[s:e], markup=html)
            figures = extract(quote, lang)
            for k, fig in enumerate(figures):
                i = bisect.bisect_left(nq.origin, fig.start)
                j = bisect.bisect_left(nq.origin, fig.end)
                start = norm.to_original(s + i)
                end = norm.to_original(s + max(j - 1, i)) + 1
                pinned = _pinned(quote, fig, lang)
                yield (pinned, fig.text, start, end) if pinned else (None, fig.text, start, end)


def _pinned(quote: str, fig: Figure, lang: str) -> str | None:
    """A quote in which the `figure` key finds this figure, as the registry loader reads it."""
    key = normalize(fig.text).text
    # The loader takes the key's first occurrence: start the quote after any earlier one.
    cut = 0
    for m in re.finditer(re.escape(fig.text), quote):
        if m.start() >= fig.start:
            break
        cut = m.end()
    if cut:
        while cut < len(quote) and not quote[cut].isspace():
            cut += 1
        quote = quote[cut:].lstrip()
    nq = normalize(quote)
    at = nq.text.find(key)
    if not key or at < 0:
        return None
    lo, hi = nq.to_original(at), nq.to_original(at + len(key) - 1) + 1
    hits = [f for f in extract(quote, lang) if min(f.end, hi) > max(f.start, lo)]
    if not hits:
        return None
    got = max(hits, key=lambda f: min(f.end, hi) - max(f.start, lo))
    same = (got.kind, got.low, got.high, got.unit, got.per) == (fig.kind, fig.low, fig.high, fig.unit, fig.per)
    return quote if same else None


def _blocks(text: str, norm: Normalized, html: bool) -> list[tuple[int, int]]:
    """Spans of the normalised text that no sentence crosses: paragraphs, lines, HTML blocks."""
    cuts = [0]
    for k, ch in enumerate(norm.text):
        if ch != " " or k + 1 >= len(norm.text):
            continue
        at, nxt = norm.origin[k], norm.origin[k + 1]
        if html:
            if _BLOCK_TAG.match(text, at) or "\n\n" in text[at:nxt]:
                cuts.append(k + 1)
        elif "\n" in text[at:nxt] and (text.count("\n", at, nxt) > 1 or _starts_line(norm.text, k)):
            cuts.append(k + 1)
    cuts.append(len(norm.text) + 1)
    return [(a, b - 1) for a, b in zip(cuts, cuts[1:]) if b - 1 > a]


def _starts_line(text: str, k: int) -> bool:
    # A line that starts with a capital, digit or quote after one without a comma is a new one
    # (a title line, one sentence per line); a wrapped sentence goes on in lower case.
    before, after = text[k - 1] if k else "", text[k + 1]
    return before not in ",;-" and (after.isupper() or after.isdigit() or after in _OPENERS)


def _verbatim(text: str, norm: Normalized, html: bool, s: int, e: int) -> str:
    """The source's own characters for normalised span [s, e), white space folded."""
    if html:
        return norm.text[s:e]
    return " ".join(text[norm.to_original(s):norm.to_original(e - 1) + 1].split())


def _claim_span(claim: Claim, norm: Normalized, html: bool) -> tuple[int, int] | None:
    """Original offsets of the claim's figure in its source, found as the loader finds its quote."""
    nq = normalize(claim.quote, markup=html)
    at = norm.text.find(nq.text)
    if at < 0:
        return None
    fig = claim.figure
    i = bisect.bisect_left(nq.origin, fig.start)
    j = bisect.bisect_left(nq.origin, fig.end)
    if not 0 <= fig.start < fig.end <= len(claim.quote):
        return norm.to_original(at), norm.to_original(at + len(nq.text) - 1) + 1
    return norm.to_original(at + i), norm.to_original(at + max(j - 1, i)) + 1


def _stem(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


def _slug(text: str, lang: str | None = None) -> str:
    """Up to SLUG_WORDS content words of `text`, lower case, accents dropped, joined by '-'."""
    stop = STOPWORDS.get(lang or "", frozenset())
    words = re.findall(r"[a-z0-9]+", fold(text))
    content = [w for w in words if w not in stop] or words
    slug = "-".join(content[:SLUG_WORDS]) if lang else "_".join(words)
    return slug if ID_RE.fullmatch(slug) else ""


def _unique(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


# --- TOML ------------------------------------------------------------------------------------------

def _tables(harvest: Harvest):
    import tomlkit

    sources = []
    for s in harvest.sources:
        t = tomlkit.table()
        t.update({"id": s.id, "path": s.path, "lang": s.lang})
        t.add(tomlkit.nl())
        sources.append(t)
    claims = []
    for c in harvest.claims:
        t = tomlkit.table()
        # A name may hold a CR or other control character, which no TOML comment may.
        t.add(tomlkit.comment(visible(c.pointer)))
        t.update({"id": c.id, "source": c.source, "quote": c.quote, "figure": c.figure,
                  "statement": c.statement, "keywords": tomlkit.array()})
        t.add(tomlkit.nl())
        claims.append(t)
    return sources, claims


def to_toml(harvest: Harvest) -> str:
    """The candidates as a TOML document of [[source]] and [[claim]] tables."""
    import tomlkit

    doc = tomlkit.document()
    doc.add(tomlkit.comment("Candidate claims from factlint claims harvest: rewrite each statement, "
                            "delete what is not worth checking."))
    sources, claims = _tables(harvest)
    if sources:
        doc.append("source", tomlkit.aot())
        for t in sources:
            doc["source"].append(t)
    if claims:
        doc.append("claim", tomlkit.aot())
        for t in claims:
            doc["claim"].append(t)
    out = tomlkit.dumps(doc)
    return out if out.endswith("\n") else out + "\n"


def append_to(existing: str, harvest: Harvest) -> str:
    """`existing` registry TOML with the candidates appended, its comments and layout kept."""
    import tomlkit
    from tomlkit.items import AoT

    doc = tomlkit.parse(existing)
    sources, claims = _tables(harvest)
    for key, tables in (("source", sources), ("claim", claims)):
        if not tables:
            continue
        if key not in doc:
            if doc.body:
                doc.add(tomlkit.nl())
            doc.append(key, tomlkit.aot())
        elif not isinstance(doc[key], AoT):
            raise FactlintError(f'"{key}" in the file is not an array of tables: cannot append [[{key}]] to it')
        for t in tables:
            doc[key].append(t)
    return tomlkit.dumps(doc)


# --- reading documents (the I/O edge) --------------------------------------------------------------

SOURCE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")


def read_documents(paths: list[str], root: str | Path) -> list[tuple[str, str, tuple[int, ...]]]:
    """(path relative to the root, text, a PDF's page starts) of each file named and each source file below a
    folder named."""
    root = Path(root).resolve()
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(sorted(f for f in files_below(p) if f.is_file() and f.suffix.lower() in SOURCE_SUFFIXES
                                and not any(part in SKIP_DIRS or part.startswith(".")
                                            for part in f.relative_to(p).parts[:-1])))
        elif p.is_file():
            files.append(p)
        else:
            raise FactlintError(f"{raw}: no such file or folder")
    out: list[tuple[str, str, tuple[int, ...]]] = []
    seen: set[str] = set()
    for f in files:
        try:
            rel = f.resolve().relative_to(root).as_posix()
        except ValueError:
            raise FactlintError(f"{f}: a source document must be inside the project root {root}") from None
        if rel in seen:
            continue
        seen.add(rel)
        if f.suffix.lower() == ".pdf":
            pdf = _read_pdf(f, rel)
            out.append((rel, pdf.text, pdf.page_lines))
        else:
            out.append((rel, _read_text(f, rel), ()))
    return out


def _read_pdf(path: Path, shown: str) -> PdfText:
    """A PDF's text layer; an error naming it as `shown` when it has none or cannot be read."""
    try:
        return read_pdf(path.read_bytes())
    except OSError as err:
        raise FactlintError(f"{shown}: cannot read: {err.strerror or err}") from None
    except PdfError as err:
        raise FactlintError(f"{shown}: {err}") from None


def read_target(path: str | Path) -> str:
    """The text of the TOML file --write appends to ("" when it does not exist yet), checked to parse."""
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    path = Path(path)
    if not path.exists():
        return ""
    text = _read_text(path, str(path))
    try:
        tomlkit.parse(text)
    except TOMLKitError as err:
        raise FactlintError(f"{path}: malformed TOML: {err}") from None
    return text


def _read_text(path: Path, shown: str) -> str:
    """A file's UTF-8 text; an error naming it as `shown` when it cannot be read or decoded."""
    try:
        return path.read_bytes().decode("utf-8")
    except OSError as err:
        raise FactlintError(f"{shown}: cannot read: {err.strerror or err}") from None
    except UnicodeDecodeError as err:
        raise FactlintError(f"{shown}: not valid UTF-8 (byte offset {err.start})") from None


def check_written(text: str, path: str | Path) -> None:
    """A FactlintError naming `path` when the TOML about to be written would not parse: nothing is written."""
    import tomllib

    try:
        tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError) as err:
        raise FactlintError(f"{path}: the harvested claims would not parse ({err}); the file is unchanged") from None
