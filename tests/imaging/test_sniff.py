"""Telling file types apart by their first bytes."""

from __future__ import annotations

import pytest

from stalkdesk.imaging import is_decodable_image, sniff_media_type
from tests.imaging import images

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.mark.parametrize(("head", "filename", "expected"), [
    (images.jpeg_with_exif(16, 16), "IMG_0001.JPG", "image/jpeg"),
    (images.png_screenshot(20, 20), "Screenshot.png", "image/png"),
    (images.image_bytes("GIF"), "a.gif", "image/gif"),
    (images.image_bytes("WEBP"), "a.webp", "image/webp"),
    (images.image_bytes("BMP"), "a.bmp", "image/bmp"),
    (images.tiff_bytes(), "scan.tif", "image/tiff"),
    (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", "IMG_0002.HEIC", "image/heic"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "letter.pdf", "application/pdf"),
    (b"ID3\x04\x00\x00\x00\x00\x00\x00", "voicemail.mp3", "audio/mpeg"),
    (b"\xff\xfb\x90\x64\x00", "clip.mp3", "audio/mpeg"),
    (b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00", "Voice 001.m4a", "audio/mp4"),
    (b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00", "video.mp4", "video/mp4"),
    (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00", "IMG_0003.MOV", "video/quicktime"),
    (b"RIFF\x24\x08\x00\x00WAVEfmt ", "call.wav", "audio/wav"),
    (b"OggS\x00\x02\x00\x00", "PTT-20240303.opus", "audio/ogg"),
    (b"PK\x03\x04\x14\x00\x06\x00", "statement.docx", DOCX),
    (b"PK\x03\x04\x14\x00\x06\x00", "log.XLSX", XLSX),
    (b"PK\x03\x04\x14\x00\x00\x00", "export.zip", "application/zip"),
    (b"PK\x03\x04\x14\x00\x00\x00", "no-extension", "application/zip"),
    (b"Hello, this is a note.\nSecond line.", "notes.txt", "text/plain"),
    ("Caf\u00e9 at 21:15 \u2013 see you".encode(), "chat", "text/plain"),
    ("\ufeffDate,From,Message\n".encode(), "sms.csv", "text/csv"),
    (b'{"messages": [{"from": "A"}]}', "export.json", "application/json"),
    (b'  [{"from": "A"}]', "export", "application/json"),
    (b"[03/03/2024, 21:15:07] A: see you\n", "_chat.txt", "text/plain"),
    (b"[03/03/2024, 21:15:07] A: see you\n", "_chat", "text/plain"),
    (b'<?xml version="1.0"?><smses/>', "sms-backup.xml", "application/xml"),
    (b"Return-Path: <a@example.org>\r\nReceived: by x\r\n", "message", "message/rfc822"),
    (b"From: A <a@example.org>\r\nSubject: hi\r\n\r\nbody", "mail.eml", "message/rfc822"),
    ("Hi there".encode("utf-16"), "unicode.txt", "text/plain"),
    (b"\x00\x01\x02\x03binary", "data.bin", "application/octet-stream"),
    (b"", "empty.txt", "application/octet-stream"),
])
def test_sniff_media_type(head: bytes, filename: str, expected: str) -> None:
    assert sniff_media_type(head[:512], filename) == expected


def test_signature_beats_a_misleading_name() -> None:
    assert sniff_media_type(b"%PDF-1.4", "photo.jpg") == "application/pdf"
    assert sniff_media_type(images.png_screenshot(8, 8), "doc.pdf") == "image/png"


def test_text_starting_with_bm_is_not_a_bitmap() -> None:
    assert sniff_media_type(b"BMW parked outside at 9pm, again.", "n.txt") == "text/plain"


def test_only_allowed_formats_are_decodable() -> None:
    for media_type in ("image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp"):
        assert is_decodable_image(media_type)
    for media_type in ("image/tiff", "image/heic", "application/pdf", "text/plain", ""):
        assert not is_decodable_image(media_type)
