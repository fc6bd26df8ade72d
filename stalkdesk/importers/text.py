"""Reading text that arrives in whatever encoding a phone, a provider or Excel chose.

UTF-8 (with or without a byte-order mark), UTF-16 (with a BOM, or recognised by its zero
bytes) and Windows-1252 as the fallback. A UTF-8 file with a stray Windows-1252 byte (a
"£" typed into an otherwise UTF-8 diary) reads that byte as Windows-1252 rather than
failing: decoding never raises. Invisible direction marks that WhatsApp and iOS scatter
through exports are removed, and non-breaking spaces become ordinary spaces.
"""

from __future__ import annotations

import codecs
import io
from typing import IO

HEAD_BYTES = 64 * 1024

_ERRORS = "stalkdesk-cp1252"


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    return bad.decode("cp1252", errors="replace"), exc.end


codecs.register_error(_ERRORS, _cp1252_fallback)

# Removed: left-to-right/right-to-left marks, embeddings and isolates, zero-width space and
# no-break, byte-order mark. Made ordinary spaces: no-break and narrow no-break spaces
# (iOS writes "9:15\u202fPM").
_DELETE = "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_SPACES = "\u00a0\u202f\u2007"
_TABLE = str.maketrans({**{c: None for c in _DELETE}, **{c: " " for c in _SPACES}})
_ANY_MARK = frozenset(_DELETE + _SPACES)


def clean(text: str) -> str:
    """Without invisible marks; no-break spaces made plain."""
    if text.isascii() or _ANY_MARK.isdisjoint(text):  # isascii(): a quick answer for most lines
        return text
    return text.translate(_TABLE)


def has_marks(text: str) -> bool:
    return not _ANY_MARK.isdisjoint(text)


def detect_encoding(head: bytes) -> str:
    """The codec name to read a file whose first bytes are `head`."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[:4096]
    if len(sample) >= 4:
        # Text in UTF-16 without a BOM: ASCII characters leave a zero in every other byte.
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        half = len(sample) // 2
        if odd > half * 0.3 and even < half * 0.05:
            return "utf-16-le"
        if even > half * 0.3 and odd < half * 0.05:
            return "utf-16-be"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=False)  # a character cut at the end of head is fine
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def errors_for(encoding: str) -> str:
    return _ERRORS if encoding.startswith("utf-8") else "replace"


def decode(data: bytes) -> str:
    """The whole of a small file as text, never raising."""
    encoding = detect_encoding(data[:HEAD_BYTES])
    return data.decode(encoding, errors=errors_for(encoding))


def open_text(stream: IO[bytes], newline: str | None = None) -> io.TextIOWrapper:
    """A text reader over a binary stream positioned at its start, encoding detected from
    the first bytes. `newline=""` for the csv module; None turns \\r\\n and \\r into \\n."""
    head = stream.read(HEAD_BYTES)
    stream.seek(0)
    encoding = detect_encoding(head)
    return io.TextIOWrapper(stream, encoding=encoding, errors=errors_for(encoding), newline=newline)


def head_text(head: bytes) -> str:
    """The first bytes of a file as clean text, for sniffing (a cut character is dropped)."""
    encoding = detect_encoding(head)
    if encoding.startswith("utf-16") and len(head) % 2:
        head = head[:-1]
    return clean(head.decode(encoding, errors="ignore" if encoding != "cp1252" else "replace"))
