"""PDF sources: the text layer, page by page, as pypdf extracts it; where each page starts. Pure: bytes in.

Lines are the lines pypdf's `extract_text()` gives for a page (its default, non-layout mode: text in the order
the page's content stream draws it, a line break where the text moves to a new line). A pointer into a PDF
names the page and the line on that page (`report.pdf:p12:7`). The pages' texts are joined with a line break,
so that a quote running over a page's end is found like one running over a line's end.

A PDF from a repository is untrusted: pypdf bounds every stream it inflates (75 MB, its default), the page
count and the text gathered are bounded here, and the external JBIG2 decoder pypdf may run on images is
switched off (text extraction never needs it).
"""

from __future__ import annotations

import bisect
import io
from dataclasses import dataclass

MAX_PAGES = 5_000
MAX_TEXT = 64 * 1024 * 1024  # characters of text gathered from all pages


class PdfError(ValueError):
    """A file that cannot be read as a PDF source, with the reason."""


@dataclass(frozen=True, slots=True)
class PdfText:
    """A PDF's text, its pages joined by line breaks, and the 1-based line where each page starts."""

    text: str
    page_lines: tuple[int, ...]


def read_pdf(data: bytes) -> PdfText:
    """The text layer of a PDF; PdfError when it is no PDF, is encrypted, too large, or has no text (scanned)."""
    # A core dependency (and logging, which it uses), imported only when a PDF is read (start-up time).
    import logging

    import pypdf
    import pypdf.filters
    from pypdf.errors import LimitReachedError

    pypdf.filters.JBIG2DEC_BINARY = None  # type: ignore[assignment]  # never run a program for a repository's file
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about damaged files are not ours to print
    if b"%PDF-" not in data[:1024]:  # readers look for the header within the first kilobyte
        raise PdfError("not a PDF file (no %PDF- header)")
    pages: list[str] = []
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfError("the PDF is encrypted with a password")
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise PdfError(f"refused: {count:,} pages, more than {MAX_PAGES:,}")
        size = 0
        for page in reader.pages:
            text = page.extract_text()
            size += len(text)
            if size > MAX_TEXT:
                raise PdfError(f"refused: more than {MAX_TEXT:,} characters of text")
            pages.append(text)
    except PdfError:
        raise
    except LimitReachedError:
        raise PdfError(f"refused: a stream inflates past {pypdf.filters.ZLIB_MAX_OUTPUT_LENGTH:,} bytes "
                       "(a decompression bomb?)") from None
    except Exception as err:  # pypdf raises many kinds on a damaged file; each means the same
        raise PdfError(f"not a readable PDF ({_reason(err)})") from None
    if not any(t.strip() for t in pages):
        raise PdfError(f"no text layer in its {len(pages)} page{'s' * (len(pages) != 1)} (a scanned PDF?): "
                       "give it one with OCR (for example ocrmypdf) or cite a text version")
    return join_pages(pages)


def join_pages(pages: list[str]) -> PdfText:
    """Pages' texts as one text, a line break between them (a page's own final line break kept as its end)."""
    parts: list[str] = []
    page_lines: list[int] = []
    line = 1
    for text in pages:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = text[:-1] if text.endswith("\n") else text
        page_lines.append(line)
        parts.append(text)
        line += text.count("\n") + 1
    return PdfText("\n".join(parts), tuple(page_lines))


def page_position(page_lines: tuple[int, ...], line: int) -> tuple[int, int]:
    """The page (1-based) that holds the text's `line`, and the line's number on that page."""
    k = bisect.bisect_right(page_lines, line) - 1
    return k + 1, line - page_lines[k] + 1


def text_line(page_lines: tuple[int, ...], page: int, line: int) -> int:
    """The text's line number of `line` on `page`."""
    return page_lines[page - 1] + line - 1 if 0 < page <= len(page_lines) else line


def _reason(err: Exception) -> str:
    text = str(err).splitlines()[0] if str(err) else ""
    return f"{type(err).__name__}: {text[:200]}" if text else type(err).__name__
