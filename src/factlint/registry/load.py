"""Loading the registry: `claims/**/*.toml` read, validated and anchored in its sources; all errors at once."""

from __future__ import annotations

import bisect
import datetime as _dt
import difflib
import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath, PureWindowsPath

from factlint.errors import FactlintError, RegistryError, RegistryProblem
from factlint.extract import Figure, extract
from factlint.folders import files_below
from factlint.lang import LANGUAGES
from factlint.check.scope import places_in
from factlint.documents.pdf import PdfError, read_pdf
from factlint.registry.anchor import Anchor, SourceText, anchor, closest
from factlint.registry.model import Claim, Registry, Source
from factlint.text import fold, LineIndex, Normalized, normalize, visible

ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]*")
LANGS = tuple(LANGUAGES)
SOURCE_KEYS = {"id": True, "path": True, "title": False, "lang": False, "url": False, "author": False,
               "published": False}
CLAIM_KEYS = {"id": True, "source": True, "quote": True, "statement": True, "figure": False, "keywords": False,
              "places": False, "organisations": False}
TABLES = ("source", "claim")
_TOML_POS = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_HEADER = re.compile(r"^[ \t]*\[", re.MULTILINE)
# An `id = "..."` line and its value as written up to the closing quote mark (an escape keeps it from matching).
_ID_LINE = re.compile(r"^[ \t]*id[ \t]*=[ \t]*(?:\"([^\"\\\n]*)\"|'([^'\n]*)')", re.MULTILINE)
_TYPE_NAMES = {str: "a string", int: "an integer", float: "a float", bool: "a boolean", list: "an array",
               dict: "a table", _dt.date: "a date", _dt.datetime: "a date-time", _dt.time: "a time"}


@dataclass(slots=True)
class _Layout:
    """A registry file's text and the lines its tables and keys are found on, scanned once per file."""

    text: str
    lines: LineIndex
    opens: list[int]  # start of each line whose first non-blank character is "[" (a table header)
    opens_end: list[int]  # just after that "["
    ids: dict[str, list[int]]  # each id value written without escapes -> the starts of its `id = "..."` lines

    @classmethod
    def scan(cls, text: str) -> _Layout:
        opens = list(_HEADER.finditer(text))
        ids: dict[str, list[int]] = {}
        for m in _ID_LINE.finditer(text):
            ids.setdefault(m.group(1) if m.group(1) is not None else m.group(2), []).append(m.start())
        return cls(text, LineIndex(text), [m.start() for m in opens], [m.end() for m in opens], ids)


@dataclass(slots=True)
class _Table:
    kind: str  # "source" | "claim"
    data: dict
    file: str  # registry file, relative to the root
    line: int
    layout: _Layout  # the registry file's text and line positions, to locate keys

    @property
    def label(self) -> str:
        ident = self.data.get("id")
        shown = f'"{ident}"' if isinstance(ident, str) else "(no id)"
        return f"[[{self.kind}]] {shown}"


class _Errors:
    def __init__(self) -> None:
        self.items: list[tuple[str, int, int, str]] = []
        self.located: list[RegistryProblem] = []

    def add(self, file: str, line: int, message: str) -> None:
        # Messages quote registry and source text: escape control characters so each stays one visible line.
        shown = f"{file}:{line}: {message}" if line else f"{file}: {message}"
        self.items.append((file, line, len(self.items), visible(shown)))
        self.located.append(RegistryProblem(file, line, visible(message)))

    def at(self, table: _Table, message: str, key: str | None = None) -> None:
        line = _key_line(table, key) if key else table.line
        self.add(table.file, line, f"{table.label}: {message}")

    def lines(self) -> list[str]:
        return [m for *_, m in sorted(self.items)]


def load_registry(claims_dir: Path, root: Path) -> Registry:
    """Read, validate and anchor every `*.toml` below `claims_dir`; all errors at once."""
    root, claims_dir = root.resolve(), claims_dir.resolve()
    if not claims_dir.is_dir():
        raise FactlintError(f"{_shown(claims_dir, root)}: the registry folder does not exist")
    errors = _Errors()
    tables: list[_Table] = []
    for path in files_below(claims_dir, ".toml"):
        if path.is_file():
            tables.extend(_read_file(path, root, errors))

    sources: dict[str, Source] = {}
    docs: dict[str, SourceText] = {}
    first_seen: dict[tuple[str, str], _Table] = {}
    declared: set[str] = set()  # every [[source]] id written, valid or not
    for table in tables:
        if table.kind != "source":
            continue
        _check_keys(table, SOURCE_KEYS, errors)
        ident = table.data.get("id")
        if isinstance(ident, str) and ID_RE.fullmatch(ident):
            if _duplicate(table, first_seen, errors):
                continue
        source, valid = _build_source(table, errors)
        if isinstance(ident, str):
            declared.add(ident)
        if source is None:
            continue
        # The path is checked even when other keys are wrong, so one run reports everything.
        doc = _read_source(source, root, table, errors)
        if not valid:
            continue
        if doc is None:
            sources[source.id] = source  # declared, so its claims do not also report an unknown source
            continue
        sources[source.id] = replace(source, html=doc.html)
        docs[source.id] = doc

    claims: list[Claim] = []
    for table in tables:
        if table.kind != "claim":
            continue
        _check_keys(table, CLAIM_KEYS, errors)
        ident = table.data.get("id")
        if isinstance(ident, str) and ID_RE.fullmatch(ident) and _duplicate(table, first_seen, errors):
            continue
        claim = _build_claim(table, sources, docs, declared, errors)
        if claim is not None:
            claims.append(claim)

    if errors.items:
        n = len(errors.items)
        raise RegistryError(f"invalid registry: {n} error{'s' if n != 1 else ''}", errors.lines(),
                            tuple(sorted(errors.located, key=lambda p: (p.file, p.line))))
    texts = {sid: doc.text for sid, doc in docs.items()}
    pages = {sid: doc.page_lines for sid, doc in docs.items() if doc.page_lines}
    return Registry(root=root, sources=sources, claims=tuple(claims), texts=texts, pages=pages)


def _shown(path: Path, root: Path) -> str:
    """`path` relative to the root, naming a link by where it stands, not where it leads."""
    try:
        return path.absolute().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _read_file(path: Path, root: Path, errors: _Errors) -> list[_Table]:
    """The [[source]] and [[claim]] tables of one registry file."""
    name = _shown(path, root)
    if not path.resolve().is_relative_to(root):
        errors.add(name, 0, "is a link that leads outside the project root")
        return []
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as err:
        errors.add(name, 0, f"cannot read: {err.strerror or err}")
        return []
    except UnicodeDecodeError as err:
        errors.add(name, 0, f"not valid UTF-8 (byte offset {err.start})")
        return []
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        message = str(err)
        m = _TOML_POS.search(message)
        line = int(m.group(1)) if m else 0
        where = f" (column {m.group(2)})" if m else ""
        errors.add(name, line, f"malformed TOML: {_TOML_POS.sub('', message)}{where}")
        return []
    except RecursionError:
        errors.add(name, 0, "malformed TOML: arrays or tables nested too deeply to read")
        return []
    tables: list[_Table] = []
    layout = _Layout.scan(text)
    for key, value in data.items():
        if key not in TABLES:
            errors.add(name, _header_line(text, key), f"unknown table [[{key}]]{_hint(key, TABLES)}; "
                                                      f"a registry file holds [[source]] and [[claim]] tables")
            continue
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            errors.add(name, _header_line(text, key), f"{key!r} must be an array of tables: write [[{key}]]")
            continue
        # Headers found once per kind, not once per table: a registry of thousands of claims stays linear.
        headers = [m.start() for m in re.finditer(rf"^[ \t]*\[\[[ \t]*(?:{key}|\"{key}\"|'{key}')[ \t]*\]\]", text,
                                                  re.MULTILINE)]
        for index, item in enumerate(value):
            tables.append(_Table(key, item, name, _table_line(layout, headers, index, item.get("id")), layout))
    return tables


def _header_line(text: str, key: str) -> int:
    m = re.search(rf"^[ \t]*(?:\[\[?[ \t]*{re.escape(key)}[ \t]*\]|{re.escape(key)}[ \t]*=)", text, re.MULTILINE)
    return text.count("\n", 0, m.start()) + 1 if m else 0


def _table_line(file: _Layout, headers: list[int], index: int, ident: object) -> int:
    """Line of the table's `id = "..."` (else its [[kind]] header, offsets in `headers`) in the file text."""
    start = headers[index] if index < len(headers) else 0
    if isinstance(ident, str):
        # The first id line from the header on whose value is `ident`: a look-up, not a search per table (an id
        # written with escapes, `"a\u0062"`, is in no entry and takes its header's line).
        lines = file.ids.get(ident, [])
        k = bisect.bisect_left(lines, start)
        if k < len(lines):
            return file.lines.position(lines[k])[0]
    return file.lines.position(start)[0] if index < len(headers) else 0


def _key_line(table: _Table, key: str) -> int:
    """Line of `key = ...` within the table (searching from its id line), else the table's line."""
    if not table.line:
        return 0
    file = table.layout
    text = file.text
    start = file.lines.line_start(table.line)
    # The id line may come after other keys: search back to this table's own header too.
    before = bisect.bisect_right(file.opens_end, start + 1)
    begin = file.opens[before - 1] if before else 0
    after = bisect.bisect_left(file.opens, start + 1)
    end = file.opens[after] if after < len(file.opens) else len(text)
    m = re.compile(rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*=", re.MULTILINE).search(text, begin, end)
    return text.count("\n", 0, m.start()) + 1 if m else table.line


def _hint(key: str, allowed: object) -> str:
    close = difflib.get_close_matches(key, list(allowed), n=1, cutoff=0.6)
    return f' (did you mean "{close[0]}"?)' if close else ""


def _type_name(value: object) -> str:
    for kind in (bool, _dt.datetime, _dt.date, _dt.time):  # bool before int, datetime before date
        if isinstance(value, kind):
            return _TYPE_NAMES[kind]
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _check_keys(table: _Table, allowed: dict[str, bool], errors: _Errors) -> None:
    for key in table.data:
        if key not in allowed:
            errors.at(table, f'unknown key "{key}"{_hint(key, allowed)}; allowed: {", ".join(allowed)}', key)
    for key, required in allowed.items():
        if required and key not in table.data:
            errors.at(table, f'missing required key "{key}"')


def _string(table: _Table, key: str, errors: _Errors) -> str | None:
    value = table.data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        errors.at(table, f'"{key}" must be a string, not {_type_name(value)}', key)
        return None
    if not value.strip():
        errors.at(table, f'"{key}" is empty', key)
        return None
    return value


def _valid_id(table: _Table, errors: _Errors) -> str | None:
    ident = _string(table, "id", errors)
    if ident is not None and not ID_RE.fullmatch(ident):
        errors.at(table, f'id "{ident}" is not valid: use lower-case letters, digits, ".", "_" and "-", '
                         f"starting with a letter or digit", "id")
        return None
    return ident


def _duplicate(table: _Table, first_seen: dict[tuple[str, str], _Table], errors: _Errors) -> bool:
    key = (table.kind, table.data["id"])
    if key in first_seen:
        first = first_seen[key]
        errors.at(table, f"duplicate {table.kind} id, first defined at {first.file}:{first.line}", "id")
        return True
    first_seen[key] = table
    return False


def _build_source(table: _Table, errors: _Errors) -> tuple[Source | None, bool]:
    """The source (None without a usable path) and whether every key is valid."""
    ident = _valid_id(table, errors)
    path = _string(table, "path", errors)
    values = {key: _string(table, key, errors) for key in ("title", "url", "author")}
    lang = _string(table, "lang", errors) if "lang" in table.data else "en"
    if lang is not None and lang not in LANGS:
        errors.at(table, f'lang "{lang}" is not one of: {", ".join(LANGS)}', "lang")
        lang = None
    published = table.data.get("published")
    if isinstance(published, (_dt.date, str)) and not isinstance(published, _dt.datetime):
        published = published.isoformat() if isinstance(published, _dt.date) else published
    elif isinstance(published, _dt.datetime):
        published = published.date().isoformat()
    elif published is not None:
        errors.at(table, f'"published" must be a date or a string, not {_type_name(published)}', "published")
        published = None
    if path is None:
        return None, False
    valid = ident is not None and lang is not None and all(
        values[k] is not None or k not in table.data for k in values)
    return Source(id=ident or "", path=path, lang=lang or "en", published=published, defined_in=table.file,
                  line=table.line, **values), valid


def _read_source(source: Source, root: Path, table: _Table, errors: _Errors) -> SourceText | None:
    """Read a source file, refusing any path that leads outside the project root."""
    raw = source.path
    if PurePosixPath(raw).is_absolute() or PureWindowsPath(raw).is_absolute() or PureWindowsPath(raw).drive:
        errors.at(table, f'path "{raw}" is absolute: write it relative to the project root', "path")
        return None
    if "\\" in raw:
        errors.at(table, f'path "{raw}": use "/" as the folder separator', "path")
        return None
    if ".." in PurePosixPath(raw).parts:
        errors.at(table, f'path "{raw}" leaves the project root ("..")', "path")
        return None
    if "\0" in raw:
        errors.at(table, f'path "{visible(raw)}" holds a NUL character', "path")
        return None
    target = root / raw
    try:
        resolved = target.resolve()
        if not resolved.is_relative_to(root):
            errors.at(table, f'path "{raw}" is a link that leads outside the project root', "path")
            return None
        if not resolved.exists():
            errors.at(table, f'source file "{raw}" does not exist', "path")
            return None
        if not resolved.is_file():
            errors.at(table, f'source "{raw}" is not a file', "path")
            return None
    except (OSError, RuntimeError, ValueError) as err:  # a symlink loop, a name too long
        errors.at(table, f'path "{visible(raw)}" cannot be read: {getattr(err, "strerror", None) or err}', "path")
        return None
    try:
        data = resolved.read_bytes()
    except OSError as err:
        errors.at(table, f'source file "{raw}" cannot be read: {err.strerror or err}', "path")
        return None
    if PurePosixPath(raw).suffix.lower() == ".pdf":
        try:
            pdf = read_pdf(data)
        except PdfError as err:
            errors.at(table, f'source file "{raw}": {err}', "path")
            return None
        return SourceText.read(raw, pdf.text, pdf.page_lines)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        errors.at(table, f'source file "{raw}" is not valid UTF-8 (line {line}, byte 0x{data[err.start]:02x})',
                  "path")
        return None
    return SourceText.read(raw, text)


def _strings_of(table: _Table, key: str, errors: _Errors) -> tuple[str, ...] | None:
    value = table.data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(k, str) and k.strip() for k in value):
        errors.at(table, f'"{key}" must be a list of non-empty strings', key)
        return None
    return tuple(k.strip() for k in value)


def _places(table: _Table, errors: _Errors) -> tuple[str, ...] | None:
    """The declared places as place codes: each a country, region or city name (or demonym) the gazetteer knows."""
    names = _strings_of(table, "places", errors)
    if names is None:
        return None
    codes: list[str] = []
    for name in names:
        found = places_in(name[:1].upper() + name[1:])
        if not found:
            errors.at(table, f'place "{name}" is no country, region or city factlint knows '
                             f'(write its English or Dutch name, e.g. "Kenya", "Sub-Saharan Africa")', "places")
            return None
        codes.extend(sorted(found))
    return tuple(dict.fromkeys(codes))


def _keywords(table: _Table, errors: _Errors) -> tuple[str, ...] | None:
    value = table.data.get("keywords", [])
    if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
        errors.at(table, '"keywords" must be a list of strings', "keywords")
        return None
    return tuple(k.strip() for k in value if k.strip())


def _build_claim(table: _Table, sources: dict[str, Source], docs: dict[str, SourceText], declared: set[str],
                 errors: _Errors) -> Claim | None:
    ident = _valid_id(table, errors)
    source_id = _string(table, "source", errors)
    quote = _string(table, "quote", errors)
    statement = _string(table, "statement", errors)
    figure_key = _string(table, "figure", errors)
    keywords = _keywords(table, errors)
    places = _places(table, errors)
    organisations = _strings_of(table, "organisations", errors)
    source = sources.get(source_id) if source_id else None
    if source_id is not None and source is None and source_id not in declared:
        errors.at(table, f'source "{source_id}" is not a [[source]] id{_hint(source_id, sources)}', "source")
    figure = None
    plain = normalize(quote) if quote is not None else None  # for the figure, and to anchor in a plain-text source
    if quote is not None:
        figure = _claim_figure(table, quote, plain, figure_key, source.lang if source else "en", errors)
    where = None
    doc = docs.get(source_id) if source_id else None
    if quote is not None and doc is not None and source is not None:
        where = _anchor(table, normalize(quote, markup=True) if doc.html else plain, source, doc, errors)
    if None in (ident, statement, keywords, figure, where, places, organisations):
        return None
    found, figure_text, spans = figure
    statement = statement.strip()
    # Statements are written in English whatever the source's language.
    statement_spans = tuple((f.start, f.end) for f in extract(statement, "en"))
    return Claim(id=ident, source=source.id, quote=quote, statement=statement, figure=found,
                 figure_text=figure_text, keywords=keywords, page=where.page, line=where.line,
                 column=where.column, end_line=where.end_line, end_column=where.end_column, defined_in=table.file, defined_line=table.line, quote_spans=spans,
                 statement_spans=statement_spans, places=places, organisations=tuple(fold(o) for o in organisations))


def _anchor(table: _Table, quote: Normalized, source: Source, doc: SourceText,
            errors: _Errors) -> Anchor | None:
    """Where the quote (normalised as its source) stands in the source; an error when it is not there."""
    where = anchor(quote, doc)
    if where is None:
        errors.at(table, f'quote not found in {source.path}; {closest(quote.text, doc)}', "quote")
    return where


def _claim_figure(table: _Table, quote: str, nq: Normalized, figure_key: str | None, lang: str,
                  errors: _Errors) -> tuple[Figure, str, tuple[tuple[int, int], ...]] | None:
    """The quote's figure (`nq` is the quote normalised): the one at the `figure` text, or the quote's only figure.

    Also the spans of all the quote's figures."""
    span = None
    if figure_key is not None:
        wanted = normalize(figure_key).text
        at = nq.text.find(wanted) if wanted else -1
        if at < 0:
            errors.at(table, f'figure "{figure_key}" is not in the quote "{quote}"', "figure")
            return None
        span = (nq.to_original(at), nq.to_original(at + len(wanted) - 1) + 1)
    found = extract(quote, lang=lang)
    if span is not None:
        overlapping = [f for f in found if min(f.end, span[1]) > max(f.start, span[0])]
        if not overlapping:
            errors.at(table, f'no figure found at "{figure_key}" in the quote'
                             f"{_listing(found)}", "figure")
            return None
        best = max(overlapping, key=lambda f: min(f.end, span[1]) - max(f.start, span[0]))
        return best, figure_key, tuple((f.start, f.end) for f in found)
    if not found:
        errors.at(table, "the quote holds no figure", "quote")
        return None
    if len(found) > 1:
        errors.at(table, f'the quote holds {len(found)} figures{_listing(found)}: say which with figure = "..."',
                  "quote")
        return None
    return found[0], found[0].text, ((found[0].start, found[0].end),)


def _listing(found: list[Figure]) -> str:
    return " (" + ", ".join(f'"{f.text}"' for f in found) + ")" if found else " (the extractor finds none)"
