"""Reading drafts from files, folders and standard input (the I/O edge for drafts)."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from factlint.documents.docx import DocxError, read_docx
from factlint.documents.formats import (BINARY_FORMATS, DRAFT_SUFFIXES, MARKDOWN, UNREADABLE, Form, format_of,
                                       unreadable)
from factlint.errors import FactlintError, UnreadableDraft
from factlint.folders import tree
from factlint.text import visible

SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "env", "node_modules", "__pycache__", ".tox", ".nox",
             ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages"}


BINARY_PROBE = 8192  # like git: a NUL byte among the first 8 KB marks a binary file
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


class SkippedFile(Exception):
    """A draft passed over with a warning (binary, not a regular file); the rest of the work goes on."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = visible(path)
        self.reason = reason

    def warning(self) -> str:
        """What the warning says: the file and why it is passed over."""
        return f"{self.path}: {self.reason}, skipped"


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file found in a folder that cannot be read as a draft; read_draft raises SkippedFile for it."""

    path: Path | str  # "-" for standard input
    reason: str


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft's text and how to name it in reports."""

    path: str  # as displayed: relative to the working directory where possible, "-" for stdin
    text: str
    form: Form = MARKDOWN  # how the text is read (documents/formats.py)


@dataclass(frozen=True, slots=True)
class Unreadable:
    """Standard input that could not be read as a draft (it cannot be read again): read_draft raises for it."""

    path: str
    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class Named:
    """A file to be read in another process, perhaps on another machine (a cluster's worker), by its absolute
    path, and named in reports as the process that found it names it."""

    path: Path
    name: str


# A draft to read: a file, "-" (standard input), one passed over, read before (well or not), or named.
Item = Path | str | Skipped | Draft | Unreadable | Named


def display_path(path: Path, cwd: Path | None = None) -> str:
    """`path` relative to the working directory when it lies below it, POSIX-style; a byte of the name that is no
    UTF-8 written as an escape ("bad\\xff.md"), so that every report (JSON, SARIF, a baseline) stays valid text."""
    return _printable(_relative_path(path, cwd or Path.cwd()))


def _relative_path(path: Path, cwd: Path) -> str:
    # The path as named, not its link target: a linked file keeps its own name in reports.
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(cwd)).as_posix()
    except ValueError:
        pass
    try:
        return path.resolve().relative_to(cwd.resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):  # outside the working directory, or a symlink loop
        return path.as_posix()


def _printable(name: str) -> str:
    """A file name as text: the undecodable bytes the file system gave (surrogate escapes) as backslash escapes."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def expand(paths: list[str], *, skip_dirs: set[str] | None = None) -> list[Path | str | Skipped]:
    """Files named, and drafts below folders named (and documents of types no reader reads, to be named in a
    warning), in a stable order."""
    skip = SKIP_DIRS | (skip_dirs or set())
    return gather(paths, lambda p: walk(p, lambda d: d.name not in skip,
                                        lambda f: f.name.lower().endswith(DRAFT_SUFFIXES + tuple(UNREADABLE))))


def gather(paths: list[str], folder: Callable[[Path], list[Path | Skipped]],
           named: Callable[[Path], bool] = lambda p: True, root: Path | None = None) -> list[Path | str | Skipped]:
    """"-" as it is, what `folder` finds below each folder named, and each file named that `named` keeps.

    A file named is read wherever it is, but not a device (it may never end) nor a link out of `root`."""
    out: list[Path | str | Skipped] = []
    for raw in paths:
        if raw == "-":
            out.append("-")
            continue
        p = Path(raw)
        if p.is_dir():
            found = folder(p)
            # A folder with no draft in it is said so: "0 figures in 0 files" alone reads as all well.
            out.extend(found or [Skipped(p, f"no drafts in this folder (drafts are {', '.join(DRAFT_SUFFIXES)})")])
        elif p.exists() or p.is_symlink():
            if named(p):
                reason = _refused(p, root or Path.cwd())
                out.append(Skipped(p, reason) if reason else p)
        else:
            raise FactlintError(f"{visible(raw)}: no such file or folder")
    return out


def _refused(path: Path, root: Path) -> str | None:
    """Why a file named is not read: a device, or a symbolic link whose target lies outside the project."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # a broken link or a loop: reading it says why
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a draft"
    # A pipe (`<(cat draft.md)` is a link to one) ends and is the user's own; a file out of the project may not be.
    if stat.S_ISREG(mode) and path.is_symlink() and not _inside(path, (root.resolve(),)):
        return "a symbolic link to a file outside the project"
    return None


def _inside(path: Path, folders: Sequence[Path]) -> bool:
    """Whether `path`'s target lies below one of `folders` (resolved already)."""
    try:
        target = path.resolve()
    except (OSError, RuntimeError):
        return True  # a loop: reading it says why
    return any(target.is_relative_to(f) for f in folders)


def walk(top: Path, keep_dir: Callable[[Path], bool], keep_file: Callable[[Path], bool],
         root: Path | None = None) -> list[Path | Skipped]:
    """Files below `top` that `keep_file` accepts, in folders `keep_dir` accepts, sorted; links followed once,
    but a file they lead to outside `top` and the project `root` is passed over."""
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in tree(top, follow_links=True):
        try:
            st = os.stat(dirpath)
        except OSError:
            dirnames[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen:  # a symlink loop, or a folder linked twice
            dirnames[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        here = Path(dirpath)
        # Pruning folders early keeps a walk past node_modules or a virtual environment cheap.
        dirnames[:] = sorted(d for d in dirnames if keep_dir(here / d))
        found.extend(f for f in (here / name for name in filenames) if keep_file(f))
    within = (top.resolve(), (root or Path.cwd()).resolve())  # resolved once, not per file
    return [_walked(f) if _inside(f, within) else Skipped(f, "a symbolic link to a file outside the project")
            for f in sorted(found)]


def _walked(path: Path) -> Path | Skipped:
    """A file found in a folder, or why it is passed over: reading a FIFO or a device would block or never end."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return Skipped(path, "broken symbolic link" if path.is_symlink() else "cannot be read")
    return path if stat.S_ISREG(mode) else Skipped(path, "not a regular file")


def _is_utf8(encoding: str) -> bool:
    return encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig")


def decode(data: bytes, name: str, encoding: str = "utf-8") -> str:
    """Text of a draft; a BOM is dropped, bad bytes are a one-line error naming the file."""
    skip = 0  # bytes of a BOM, skipped through a memoryview: slicing a 50 MB draft would copy it
    if _is_utf8(encoding):
        if data.startswith(b"\xef\xbb\xbf"):
            skip = 3
        else:
            # A UTF-16 or UTF-32 byte-order mark says the encoding more surely than the default does.
            for bom, bom_encoding in _BOMS:
                if data.startswith(bom):
                    skip, encoding = len(bom), bom_encoding
                    break
    try:
        return str(memoryview(data)[skip:], encoding) if skip else data.decode(encoding)
    except UnicodeDecodeError as err:
        start = skip + err.start
        line = data.count(b"\n", 0, start) + 1
        cut = err.reason == "unexpected end of data" or start >= len(data)
        byte = " (truncated at the end)" if cut else f" (byte 0x{data[start]:02x})"
        raise UnreadableDraft(name, line, f"not valid {encoding}{byte}; use --encoding to name the file's "
                                          "encoding") from None
    except LookupError:
        raise FactlintError(f"unknown encoding {encoding!r}") from None


def is_binary(data: bytes, encoding: str = "utf-8") -> bool:
    """A NUL byte early on marks a binary file, unless the encoding itself writes NULs (UTF-16/32)."""
    wide = encoding.lower().replace("-", "").replace("_", "").startswith(("utf16", "utf32"))
    return not wide and not data.startswith(tuple(b for b, _ in _BOMS)) and b"\x00" in data[:BINARY_PROBE]


def read_draft(item: Item, encoding: str = "utf-8", stdin_name: str | None = None) -> Draft:
    """Read one draft (a path, or "-" for standard input, named `stdin_name` in reports and typed by its
    suffix when given); SkippedFile for a file to pass over."""
    if isinstance(item, Draft):  # standard input, read before (see preread)
        return item
    if isinstance(item, Unreadable):
        raise UnreadableDraft(item.path, item.line, item.reason)
    if isinstance(item, Skipped):
        raise SkippedFile(item.path if isinstance(item.path, str) else display_path(item.path), item.reason)
    if item == "-":
        data = _read_stdin()
        shown = display_path(Path(stdin_name)) if stdin_name else "-"
        kind = format_of(stdin_name) if stdin_name else "markdown"  # --stdin-filename gives its type
        if kind in BINARY_FORMATS:
            return _read_docx(data, shown)
        if is_binary(data, encoding):
            raise SkippedFile(shown, "binary input (NUL bytes)")
        try:
            return Draft(shown, decode(data, visible(shown) if stdin_name else "<stdin>", encoding), Form(kind))
        except UnreadableDraft as err:
            raise UnreadableDraft(shown, err.line, err.reason) from None
    path, shown = (item.path, item.name) if isinstance(item, Named) else (Path(item), display_path(Path(item)))
    named = visible(shown)  # for messages: a file name may hold terminal escapes
    why = unreadable(path.name)
    if why is not None:
        raise SkippedFile(shown, why)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise FactlintError(f"{named}: is a folder") from None
    except OSError as err:
        raise UnreadableDraft(shown, 0, f"cannot read: {err.strerror or err}") from None
    kind = format_of(path.name)
    if kind in BINARY_FORMATS:
        return _read_docx(data, shown)
    if is_binary(data, encoding):
        raise SkippedFile(shown, "binary file (NUL bytes)")
    try:
        return Draft(shown, decode(data, named, encoding), Form(kind))
    except UnreadableDraft as err:
        raise UnreadableDraft(shown, err.line, err.reason) from None


def _read_docx(data: bytes, shown: str) -> Draft:
    try:
        docx = read_docx(data)
    except DocxError as err:
        raise UnreadableDraft(shown, 0, str(err)) from None  # the other drafts are still checked
    return Draft(shown, docx.text, Form("docx", docx.blocks))


def preread(items: Sequence[Item], encoding: str, warn: Callable[[SkippedFile], None],
            stdin_name: str | None = None) -> list[Item]:
    """Read every draft once and keep none but what cannot be read twice (standard input, a pipe), so that
    a usage error (a folder where a draft should be) stops the run before any report is written. A draft
    that cannot be read is kept to be reported as a problem; the others are checked. Standard input is named
    `stdin_name` in reports when given."""
    out: list[Item] = []
    skipped: list[SkippedFile] = []
    for item in items:
        once = _read_once(item)
        try:
            draft = read_draft(item, encoding, stdin_name)
        except SkippedFile as err:
            skipped.append(err)
            out.append(Skipped(err.path, err.reason) if once else item)
            continue
        except UnreadableDraft as err:
            out.append(Unreadable(err.path, err.line, err.reason) if once else item)
            continue
        except FactlintError:
            for earlier in skipped:
                warn(earlier)
            raise
        out.append(draft if once else item)
        del draft
    return out


def _read_once(item: Item) -> bool:
    """Standard input, a named pipe, `<(command)`, /dev/stdin: what a second read would find empty."""
    if item == "-":
        return True
    if isinstance(item, (Skipped, Draft, Unreadable)):
        return False
    try:
        return not stat.S_ISREG(os.stat(item).st_mode)
    except OSError:
        return False  # read_draft says what is wrong with it


def in_name_order(items: Sequence[Item]) -> bool:
    """Whether the drafts' names, as reports show them, come strictly sorted."""
    names = [i.path if isinstance(i, Draft) else "-" if i == "-" else display_path(Path(i))
             for i in items if not isinstance(i, Skipped)]
    return all(a < b for a, b in zip(names, names[1:]))


def _read_stdin() -> bytes:
    """Standard input's bytes; a closed or missing standard input reads as empty."""
    stream = sys.stdin
    if stream is None:
        return b""
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            return buffer.read()
        text = stream.read()  # a text-only stream (a test's StringIO)
        return text.encode("utf-8") if isinstance(text, str) else text
    except (OSError, ValueError):
        return b""
