"""Reading generated PDFs back with pypdf, the way a reviewer would check them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import Destination

PAGE_LABEL = re.compile(r"Page (\d+) of\s*(\d+)")


def reader(path: Path) -> PdfReader:
    return PdfReader(str(path))


def texts(r: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in r.pages]


def outline(r: PdfReader) -> Iterator[Destination]:
    def walk(items: list[Any]) -> Iterator[Destination]:
        for item in items:
            if isinstance(item, list):
                yield from walk(item)
            else:
                yield item

    yield from walk(r.outline)


def column_texts(r: PdfReader, page: int, left: float, right: float) -> list[str]:
    """Text runs drawn with their left edge between x = left and x = right (points)."""
    found: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        x = cm[4] + tm[4] * cm[0]
        if left <= x < right and text.strip():
            found.append(text.strip())

    r.pages[page].extract_text(visitor_text=visit)
    return found


def link_targets(r: PdfReader, page: int) -> list[int]:
    """The page index each link annotation on a page points to."""
    numbers = {p.indirect_reference.idnum: i for i, p in enumerate(r.pages)}  # type: ignore[union-attr]
    found = []
    for annot in r.pages[page].get("/Annots", []):
        obj = annot.get_object()
        if obj.get("/Subtype") == "/Link" and "/Dest" in obj:
            found.append(numbers[obj["/Dest"][0].idnum])
    return found


def all_text(r: PdfReader) -> str:
    meta = " ".join(str(v) for v in (r.metadata or {}).values())
    titles = " ".join(str(d.title) for d in outline(r))
    return "\n".join([*texts(r), meta, titles])
