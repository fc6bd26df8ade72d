"""What kind of file is this? Decided from its first bytes, not from its name.

Victims' files are often renamed, shared through apps that change extensions, or saved with
none. The bytes decide wherever a format has a signature; the name only separates formats
that share one (a .docx and a .xlsx are both zip archives; CSV, JSON and plain text are all
text).
"""

from __future__ import annotations

import codecs
import re
import struct
from pathlib import PurePath
from typing import Final

SNIFF_BYTES: Final = 4096
"""How many leading bytes sniffing looks at; pass at least this many when you have them."""

OCTET_STREAM: Final = "application/octet-stream"

# Media type -> Pillow format name, for the only formats StalkDesk will decode.
ACCEPTED_IMAGE_FORMATS: Final[dict[str, str]] = {
    "image/jpeg": "JPEG", "image/png": "PNG", "image/gif": "GIF",
    "image/webp": "WEBP", "image/bmp": "BMP",
}

_LABELS: Final[dict[str, str]] = {
    "image/tiff": "TIFF", "image/heic": "HEIC", "image/heif": "HEIF", "image/avif": "AVIF",
    "image/jp2": "JPEG 2000", "image/vnd.adobe.photoshop": "Photoshop", "image/x-icon": "icon",
    "application/pdf": "PDF document", "audio/mpeg": "MP3 audio", "audio/aac": "AAC audio",
    "audio/mp4": "M4A audio", "audio/wav": "WAV audio", "audio/ogg": "Ogg audio",
    "video/mp4": "MP4 video", "video/quicktime": "QuickTime video", "video/3gpp": "3GP video",
    "video/x-msvideo": "AVI video", "application/zip": "zip archive",
    "text/plain": "text", "text/csv": "CSV text", "application/json": "JSON text",
    "application/xml": "XML text", "text/html": "web page", "message/rfc822": "email",
    "application/msword": "Word document", "application/vnd.ms-excel": "Excel spreadsheet",
    "application/vnd.ms-outlook": "Outlook message",
}

_ZIP_KINDS: Final = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
_OLE_KINDS: Final = {".doc": "application/msword", ".xls": "application/vnd.ms-excel",
                     ".msg": "application/vnd.ms-outlook"}
_TEXT_KINDS: Final = {".json": "application/json", ".xml": "application/xml",
                      ".eml": "message/rfc822", ".csv": "text/csv", ".html": "text/html",
                      ".htm": "text/html"}
# A BMP is "BM" then sizes; checking the DIB header length keeps text that happens to start
# with "BM" from being taken for a bitmap.
_BMP_HEADER_SIZES: Final = {12, 40, 52, 56, 64, 108, 124}
_HEIF_BRANDS: Final = {b"heic": "image/heic", b"heix": "image/heic", b"heim": "image/heic",
                       b"heis": "image/heic", b"hevc": "image/heic", b"hevx": "image/heic",
                       b"mif1": "image/heif", b"msf1": "image/heif",
                       b"avif": "image/avif", b"avis": "image/avif"}
# MPEG frame sync bytes, listed rather than masked so that a UTF-16 byte-order mark
# (FF FE), which also has the sync bits set, is still read as text.
_MP3_SYNC: Final = {b"\xfb", b"\xfa", b"\xf3", b"\xf2", b"\xe3", b"\xe2"}
_ADTS_SYNC: Final = {b"\xf1", b"\xf9", b"\xf0", b"\xf8"}
_EMAIL_START: Final = re.compile(r"(Return-Path|Received|Delivered-To|MIME-Version|"
                                 r"Message-ID|DKIM-Signature|X-[\w-]+):", re.IGNORECASE)
# Not "[" plus a digit: iPhone WhatsApp exports start "[03/03/2024, 21:15:07] ...".
_JSON_START: Final = re.compile(r"(\{\s*[\"}]|\[\s*[\[{\"\]])")
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def sniff_media_type(data_head: bytes, filename: str) -> str:
    """The MIME type of a file from its first bytes (ideally `SNIFF_BYTES` of them).

    The name is consulted only to tell apart formats with the same signature; an unknown
    binary file is "application/octet-stream" whatever it is called.
    """
    head = data_head[:SNIFF_BYTES]
    if not head:
        return OCTET_STREAM
    suffix = PurePath(filename).suffix.lower()
    found = _by_signature(head)
    if found == "application/zip":
        return _ZIP_KINDS.get(suffix, found)
    if found == "application/x-ole-storage":
        return _OLE_KINDS.get(suffix, OCTET_STREAM)
    if found is not None:
        return found
    text = _as_text(head)
    return OCTET_STREAM if text is None else _text_kind(text, suffix)


def is_decodable_image(media_type: str) -> bool:
    """True for the image types StalkDesk will decode: JPEG, PNG, GIF, WebP and BMP."""
    return media_type in ACCEPTED_IMAGE_FORMATS


def describe(media_type: str) -> str | None:
    """A short human name for a recognised type, e.g. "TIFF" or "PDF document"."""
    if media_type in ACCEPTED_IMAGE_FORMATS:
        return ACCEPTED_IMAGE_FORMATS[media_type]
    if media_type in _LABELS:
        return _LABELS[media_type]
    if media_type in _ZIP_KINDS.values():
        return "Office document"
    return None if media_type == OCTET_STREAM else media_type


def _by_signature(head: bytes) -> str | None:
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"RIFF") and len(head) >= 12:
        return {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo"
                }.get(head[8:12])
    if head.startswith(b"BM") and len(head) >= 18 and (
        struct.unpack_from("<I", head, 14)[0] in _BMP_HEADER_SIZES
    ):
        return "image/bmp"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if head[4:8] == b"ftyp":
        return _by_brand(head[8:12])
    if head.startswith((b"\x00\x00\x00\x0cjP  \r\n\x87\n", b"\xff\x4f\xff\x51")):
        return "image/jp2"
    if head.startswith(b"8BPS"):
        return "image/vnd.adobe.photoshop"
    if head.startswith(b"\x00\x00\x01\x00"):
        return "image/x-icon"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"ID3"):
        return "audio/mpeg"
    if head[:1] == b"\xff" and head[1:2] in _MP3_SYNC:
        return "audio/mpeg"
    if head[:1] == b"\xff" and head[1:2] in _ADTS_SYNC:
        return "audio/aac"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "application/zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "application/x-ole-storage"
    return None


def _by_brand(brand: bytes) -> str:
    if brand in _HEIF_BRANDS:
        return _HEIF_BRANDS[brand]
    if brand in (b"M4A ", b"M4B "):
        return "audio/mp4"
    if brand == b"qt  ":
        return "video/quicktime"
    return "video/3gpp" if brand.startswith(b"3g") else "video/mp4"


def _as_text(head: bytes) -> str | None:
    # A UTF-16 byte-order mark is what Windows Notepad's "Unicode" files start with.
    encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    for candidate in (encoding, "cp1252"):
        try:
            # final=False: the head may end part-way through a multi-byte character.
            text = codecs.getincrementaldecoder(candidate)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        return None if _CONTROL.search(text) else text
    return None


def _text_kind(text: str, suffix: str) -> str:
    if suffix in _TEXT_KINDS:
        return _TEXT_KINDS[suffix]
    start = text.lstrip()
    lowered = start[:15].lower()
    if lowered.startswith("<?xml"):
        return "application/xml"
    if lowered.startswith(("<!doctype html", "<html")):
        return "text/html"
    if _JSON_START.match(start):
        return "application/json"
    if _EMAIL_START.match(text):
        return "message/rfc822"
    if start.startswith("{\\rtf"):
        return "application/rtf"
    if start.startswith("BEGIN:VCARD"):
        return "text/vcard"
    if start.startswith("BEGIN:VCALENDAR"):
        return "text/calendar"
    return "text/plain"
