"""A ReportDoc whose working memory does not grow with the page count (beyond the output).

reportlab keeps every closed page until the end and then serialises the whole file in
memory: each object's text in a list, the list joined into one string, that string copied
into the output. For a 1,500-page chronology that is three or four copies of the PDF on
top of the page objects. Here:

- each page object is trimmed as it closes (`_ClosedPage`): its unset entries, and those it
  shares with every page of its shape (size, resources), are read from a class made once per
  shape, so a closed page holds only its contents and its name; its stream keeps only its
  compressed bytes;
- at the save, each object is written to the output as soon as it is formatted, a page
  stream's compressed bytes are let go once written, and so is what formatting a page added
  to it (its resources, its media box) (`_StreamingPDF`).

What stays per page is the output itself and reportlab's cross-reference bookkeeping (its
object number, its name, its place in the page tree: about 0.3 KiB a page).

The bytes are exactly those reportlab writes itself (tests/reports/test_interview.py
compares the two), so a printed file still verifies against the store. The output itself
grows with the pages, as it must: the caller holds it in memory, never on disk.
"""

from __future__ import annotations

from array import array
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
    """A closed page's compressed content: formatted once, then let go. Its filter and
    (empty) filter list are the class's: the instance holds only its bytes (and its name,
    once registered)."""

    __slots__ = ("__InternalName__", "content")
    dictionary = _FLATE  # PDFStream.format copies it before adding /Length
    filters = None

    def __init__(self, content: bytes) -> None:  # PDFStream's own is not called
        self.content = content


_PER_PAGE = frozenset({"Contents", "Annots", pdfdoc.__InternalName__})


class _CompactPage(pdfdoc.PDFObject):
    """A closed page as it waits for the save: its shape, its name and its compressed bytes.

    It stands in the page tree and the object table for the page, which is made again, the
    same, to be formatted (`page()`)."""

    __slots__ = ("__InternalName__", "content", "shape")

    def __init__(self, shape: type[_ClosedPage], content: bytes, name: str) -> None:
        self.shape, self.content = shape, content
        setattr(self, pdfdoc.__InternalName__, name)

    def page(self) -> _ClosedPage:
        page: _ClosedPage = self.shape.__new__(self.shape)
        page.__dict__ = {pdfdoc.__InternalName__: getattr(self, pdfdoc.__InternalName__),
                         "Contents": _PageStream(self.content)}
        return page


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
        if out is None or getattr(self, "_digiSigs", None) or self._untyped.encrypt.info():
            self._restore_pages()  # reportlab's own save, which knows only its own pages
            super().SaveToFile(filename, canvas)
            return
        self._out = out
        try:
            super().SaveToFile(filename, canvas)  # GetPDFData -> format() below writes it all; b"" is left
        finally:
            self._out = None

    def _restore_pages(self) -> None:
        doc = self._untyped
        pages = doc.Pages.pages
        for n, page in enumerate(pages):
            if type(page) is _CompactPage:
                pages[n] = doc.idToObject[getattr(page, pdfdoc.__InternalName__)] = page.page()

    def format(self) -> bytes:
        out, doc = self._out, self._untyped
        if out is None or doc.encrypt.info():
            self._restore_pages()
            return bytes(super().format())
        doc.encrypt.prepare(self)
        cat, info = doc.Catalog, doc.info
        doc.Reference(cat)
        doc.Reference(info)
        counter = 0
        offsets = array("q")  # the cross-reference table's, in object-number order
        number_to_id, id_to_object, id_to_nv = doc.numberToId, doc.idToObject, doc.idToObjectNumberAndVersion
        self.__accum__ = collector = _StreamFile(out, doc._pdfVersion)
        while True:  # new objects may be registered while formatting: until none is left
            counter += 1
            if counter not in number_to_id:
                break
            oid = number_to_id[counter]
            obj: Any = id_to_object[oid]
            if type(obj) is _CompactPage:
                obj, compact = obj.page(), obj  # formatted, then let go: the compact one keeps its place
                compact.content = b""  # now the formatted page's stream's alone
            formatted = pdfdoc.PDFIndirectObject(oid, obj).format(self)
            if not rl_config.invariant and rl_config.pdfComments:
                classname = getattr(obj.__class__, "__name__", ascii(obj))
                collector.add(f"% {oid!a}: class {classname[:50]} \n")
            if id_to_nv[oid] != (counter, 0):
                raise ValueError(f"object {oid!a} is not number {counter}, version 0")
            offsets.append(collector.add(formatted))
            if type(obj) is _PageStream:
                # Written out, and only ever referred to by its page, formatted before it: the
                # compressed page, the stream and reportlab's entries for it can all go.
                obj.content = b""
                del number_to_id[counter], id_to_object[oid], id_to_nv[oid]
            elif isinstance(obj, _ClosedPage):  # written out: only its name is still asked for
                obj.__dict__ = {pdfdoc.__InternalName__: oid}
        del self.__accum__
        count = counter - 1
        # PDFCrossReferenceTable's bytes, written a slice at a time
        xref_offset = collector.add(b"xref\n0 %d\n0000000000 65535 f " % (count + 1))
        for at in range(0, count, 1024):
            collector.add(b"".join(b"\n%010d 00000 n " % offset for offset in offsets[at:at + 1024]))
        collector.add(b"\n")
        trailer = pdfdoc.PDFTrailer(startxref=xref_offset, Size=count + 1, Root=doc.Reference(cat),
                                    Info=doc.Reference(info), Encrypt=None, ID=doc.ID())
        collector.add(trailer.format(self))
        return b""


class LeanDoc(ReportDoc):
    """ReportDoc with lean closed pages and a streamed save (see the module docstring)."""

    _xobjects: dict[tuple[str, ...], Any]
    _shapes: dict[tuple[tuple[str, str, Any], ...], type[_ClosedPage]]

    def beforeDocument(self) -> None:
        super().beforeDocument()
        self._xobjects = {}
        self._shapes = {}
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
        if (type(contents) is pdfdoc.PDFStream and _is_flate(contents.dictionary)
                and contents.__dict__.keys() == {"dictionary", "content", "filters"} and contents.filters is None):
            attrs["Contents"] = contents = _PageStream(contents.content)
        # What every page of this shape has in common goes to a class made once per shape.
        shared = {k: v for k, v in attrs.items() if k not in _PER_PAGE and self._shareable(v)}
        shape_key = tuple((k, type(v).__name__, v if isinstance(v, int | float | str) else id(v))
                          for k, v in sorted(shared.items()))
        shape = self._shapes.get(shape_key)
        if shape is None:
            shape = self._shapes[shape_key] = type("_ClosedPage", (_ClosedPage,), shared)
        own = {k: v for k, v in attrs.items() if k not in shared}
        if own.keys() == {"Contents", pdfdoc.__InternalName__} and type(contents) is _PageStream:
            # Just its name and its bytes: the page waits for the save as a _CompactPage.
            name = own[pdfdoc.__InternalName__]
            compact = _CompactPage(shape, contents.content, name)
            doc: Any = self.canv._doc  # type: ignore[attr-defined]
            doc.Pages.pages[-1] = doc.idToObject[name] = compact
            return
        page.__class__ = shape
        page.__dict__ = own

    def _shareable(self, value: Any) -> bool:
        """Numbers, and the objects shared between pages above (never a page's own)."""
        return (isinstance(value, int | float | str) or value is _EMPTY or value is _NOTHING_USED
                or any(value is x for x in self._xobjects.values()))
