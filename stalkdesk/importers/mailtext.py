"""Text out of email: headers with RFC 2047 encoded-words, bodies in whatever charset they
declare (or wrongly declare), and HTML bodies reduced to their words.

Nothing here raises: a charset Python does not know, or one that does not fit the bytes,
falls back to UTF-8 and then Windows-1252 (text.decode), as mail clients do.
"""

from __future__ import annotations

import codecs
import re
from email.errors import MessageError
from email.header import Header, decode_header
from html.parser import HTMLParser

from stalkdesk.importers import text

_BLOCK_TAGS = frozenset({"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "blockquote", "table", "hr"})
_LATIN = frozenset({"us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "iso8859-1", "windows-1252", "cp1252"})


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Text in the declared charset if it is real and fits; else UTF-8, else Windows-1252."""
    name = (charset or "").strip().strip('"').lower()
    if name and name not in ("unknown-8bit", "x-unknown"):
        if name in _LATIN and not data.isascii():
            try:
                return data.decode("utf-8")  # declared Latin but written in UTF-8, a common slip
            except UnicodeDecodeError:
                pass
        try:
            codecs.lookup(name)
            return data.decode(name)
        except (LookupError, UnicodeDecodeError, ValueError):
            pass
    return text.decode(data)


def header_text(value: object) -> str:
    """A header with its RFC 2047 encoded-words decoded, on one line. Never raises."""
    if value is None:
        return ""
    if isinstance(value, Header):  # raw 8-bit text in a header: its bytes, read as UTF-8 or Windows-1252
        value = "".join(decode_bytes(c, None) if isinstance(c, bytes) else c for c, _ in _parts(value))
    raw = str(value)
    out = []
    for chunk, charset in _parts(raw):
        if isinstance(chunk, bytes) and charset is None:  # text between encoded-words, as decode_header gives it
            out.append(chunk.decode("raw-unicode-escape", errors="replace"))
        elif isinstance(chunk, bytes):
            out.append(decode_bytes(chunk, charset))
        else:
            out.append(chunk.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
    return " ".join(text.clean("".join(out)).split())


def _parts(value: str | Header) -> list[tuple[bytes | str, str | None]]:
    try:
        return decode_header(value)
    except (MessageError, ValueError, LookupError, UnicodeError, TypeError):
        return [(str(value), None)]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "title"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(data)


def html_to_text(html: str) -> str:
    """The words of an HTML body, paragraphs as lines."""
    parser = _Text()
    try:
        parser.feed(html)
        parser.close()
        found = "".join(parser.out)
    except (AssertionError, ValueError):  # the stdlib parser still asserts on some broken markup
        found = re.sub(r"<[^>]*>", " ", html)
    lines = (" ".join(line.split()) for line in text.clean(found).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
