"""A ReportDoc whose working memory does not grow with the page count (beyond the output).

reportlab keeps every closed page until the end and then serialises the whole file in
memory: each object's text in a list, the list joined into one string, that string copied
into the output. For a 1,500-page chronology that is three or four copies of the PDF on
top of the page objects. Here:

- each page object is trimmed as it closes (`_ClosedPage`): its unset entries are read from
  the class, its empty transition and its stream filter shared;
- at the save, each object is written to the output as soon as it is formatted, and a page
  stream's compressed bytes are let go once written (`_StreamingPDF`).

The bytes are exactly those reportlab writes itself (tests/reports/test_interview.py
compares the two), so a printed file still verifies against the store. The output itself
grows with the pages, as it must: the caller holds it in memory, never on disk.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc

from stalkdesk.reports.page import ReportDoc


class _ClosedPage(pdfdoc.PDFPage):
    """A page reportlab has closed, with its unset (None) entries left to the class.

    reportlab keeps every page object until the save, each with some thirty attributes,
    most of them None; reading those from the class prints the same PDF."""


for _name in (*pdfdoc.PDFPage.__NoDefault__, "ExtGState", "XObjects"):
    setattr(_ClosedPage, _name, None)
_EMPTY = pdfdoc.PDFDictionary({})
_NOTHING_USED: dict[str, Any] = {}  # read only: colours and shadings a page did not use
_FLATE_NAMES = [pdfdoc.PDFName("FlateDecode")]
_FLATE = pdfdoc.PDFDictionary({"Filter": pdfdoc.PDFArray(list(_FLATE_NAMES))})


def _is_flate(d: Any) -> bool:
    items = getattr(d, "dict", None)
    return (isinstance(items, dict) and list(items) == ["Filter"]
            and getattr(items["Filter"], "sequence", None) == _FLATE_NAMES)


class _PageStream(pdfdoc.PDFStream):
    """A closed page's compressed content: formatted once, then let go."""


class _StreamFile(pdfdoc.PDFFile):
    """reportlab's output collector, writing through to the output instead of collecting."""

    def __init__(self, out: BinaryIO, version: Any) -> None:
        super().__init__(version)  # collects the file header
        for header in self.strings:
            out.write(header)
        self.strings = []
        self.write = out.write  # type: ignore[assignment]  # add() still counts the offsets


class _StreamingPDF(pdfdoc.PDFDocument):
    """PDFDocument.format (reportlab 5.x), writing each object out as soon as it is formatted."""

    _out: BinaryIO | None = None

    @property
    def _untyped(self) -> Any:
        """reportlab's stubs know little of PDFDocument's insides."""
        return self

    def SaveToFile(self, filename: Any, canvas: Any) -> None:
        out = filename if callable(getattr(filename, "write", None)) else None
        if out is None or getattr(self, "_digiSigs", None):
            super().SaveToFile(filename, canvas)
            return
        self._out = out
        try:
            super().SaveToFile(filename, canvas)  # GetPDFData -> format() below writes it all; b"" is left
        finally:
            self._out = None

    def format(self) -> bytes:
        out, doc = self._out, self._untyped
        if out is None or doc.encrypt.info():
            return bytes(super().format())
        doc.encrypt.prepare(self)
        cat, info = doc.Catalog, doc.info
        doc.Reference(cat)
        doc.Reference(info)
        counter = 0
        ids = []
        number_to_id, id_to_object, id_to_offset = doc.numberToId, doc.idToObject, doc.idToOffset
        self.__accum__ = collector = _StreamFile(out, doc._pdfVersion)
        while True:  # new objects may be registered while formatting: until none is left
            counter += 1
            if counter not in number_to_id:
                break
            oid = number_to_id[counter]
            obj = id_to_object[oid]
            formatted = pdfdoc.PDFIndirectObject(oid, obj).format(self)
            if not rl_config.invariant and rl_config.pdfComments:
                classname = getattr(obj.__class__, "__name__", ascii(obj))
                collector.add(f"% {oid!a}: class {classname[:50]} \n")
            id_to_offset[oid] = collector.add(formatted)
            ids.append(oid)
            if type(obj) is _PageStream:
                obj.content = b""  # written out: the compressed page need not stay in memory
        del self.__accum__
        count = len(number_to_id)
        if counter - 1 != count:
            raise ValueError(f"counter {counter} doesn't match number to id dictionary {count}")
        xref = pdfdoc.PDFCrossReferenceTable()
        xref.addsection(0, ids)
        xref_offset = collector.add(xref.format(self))
        trailer = pdfdoc.PDFTrailer(startxref=xref_offset, Size=count + 1, Root=doc.Reference(cat),
                                    Info=doc.Reference(info), Encrypt=None, ID=doc.ID())
        collector.add(trailer.format(self))
        return b""


class LeanDoc(ReportDoc):
    """ReportDoc with lean closed pages and a streamed save (see the module docstring)."""

    _xobjects: dict[tuple[str, ...], Any]

    def beforeDocument(self) -> None:
        super().beforeDocument()
        self._xobjects = {}
        doc = self.canv._doc  # type: ignore[attr-defined]
        if type(doc) is pdfdoc.PDFDocument:
            doc.__class__ = _StreamingPDF

    def _squeeze_page(self, number: int) -> None:
        super()._squeeze_page(number)
        page: Any = self.canv._doc.Pages.pages[-1]  # type: ignore[attr-defined]
        if type(page) is not pdfdoc.PDFPage:
            return
        # Unset, empty and repeated entries: None falls back to the class; the rest are shared
        # between pages (each is formatted inline, so one object serves every page).
        attrs = {k: v for k, v in page.__dict__.items() if v is not None and not (k == "Annots" and v == [])}
        for key in ("_colorsUsed", "_shadingUsed"):
            if attrs.get(key) == {}:
                attrs[key] = _NOTHING_USED
        trans = attrs.get("Trans")
        if isinstance(trans, pdfdoc.PDFDictionary) and not trans.dict:
            attrs["Trans"] = _EMPTY
        xobjects = attrs.get("XObjects")
        if isinstance(xobjects, pdfdoc.PDFDictionary):
            attrs["XObjects"] = self._xobjects.setdefault(tuple(xobjects.dict), xobjects)
        contents = attrs.get("Contents")
        if type(contents) is pdfdoc.PDFStream and _is_flate(contents.dictionary):
            contents.dictionary = _FLATE  # PDFStream.format copies it before adding /Length
            contents.__class__ = _PageStream
        page.__class__ = _ClosedPage
        page.__dict__ = attrs
