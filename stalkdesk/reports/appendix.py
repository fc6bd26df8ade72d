"""The evidence appendix (each picture on half a page, captioned) and the integrity page."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator

from reportlab.lib.utils import ImageReader
from reportlab.platypus.flowables import Flowable

from stalkdesk.domain import exhibit_ref
from stalkdesk.reports import canonical, layout, parts
from stalkdesk.reports.flow import TextFlow
from stalkdesk.reports.layout import Block, Placed
from stalkdesk.reports.model import ChargeFileInput, ImageItem
from stalkdesk.reports.rows import Column, Grid, Row
from stalkdesk.reports.styles import RULE, WARNING, Styles

_SHRINK = 0.75  # a figure is made at most this much shorter than half a frame to fit


class Figure(Flowable):
    """One image exhibit in half the frame: the picture scaled to fit, the caption under it.

    The picture is loaded only when drawn, so the appendix never holds more than one. Two
    figures share a page: where the space left is a little short of half the frame (under
    the section's heading), the figure is made that much shorter rather than moved on, so no
    page holds one picture and half a page of nothing."""

    def __init__(self, item: ImageItem, st: Styles, key: str, on_drawn: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.item, self.st, self.key, self.on_drawn = item, st, key, on_drawn
        self._caption: list[Placed] = []

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        frame = getattr(getattr(getattr(self, "canv", None), "_doctemplate", None), "frame", None)
        full = float(getattr(frame, "_height", aH))
        x = self.item.exhibit
        st = self.st
        self._caption, cap_h = layout.place([
            Block(f"{x.reference} \u2013 {x.description}", st.body_bold),
            Block(f"EXIF time: {self.item.exif_time}" if self.item.exif_time else "EXIF time: none recorded",
                  st.note, 2),
            Block(f"SHA-256 of the original: {x.sha256}", st.note, 1),
            Block(f"Shown: {self.item.shown.lower()}" + ("" if self.item.shown == "Original"
                                                         else f", SHA-256 {self.item.shown_sha256}"), st.note, 1),
        ], aW)
        self._cap_h = cap_h
        half = full / 2 - 6
        self.width, self.height = aW, aH if _SHRINK * half <= aH < half else half
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canv = self.canv
        box_h = self.height - self._cap_h - 8
        loaded = self.item.load()
        if isinstance(loaded, bytes) and loaded:
            image = ImageReader(io.BytesIO(loaded))
            iw, ih = image.getSize()
            scale = min(self.width / iw, box_h / ih)
            w, h = iw * scale, ih * scale
            x0, y0 = (self.width - w) / 2, self._cap_h + 8 + (box_h - h) / 2
            canv.drawImage(image, x0, y0, w, h)
            canv.saveState()
            canv.setStrokeColorRGB(*RULE)
            canv.setLineWidth(0.5)
            canv.rect(x0, y0, w, h)
            canv.restoreState()
        else:
            reason = loaded if isinstance(loaded, str) else "the picture is empty"
            layout.writer(canv).draw(layout.place([Block(f"The picture cannot be shown: {reason}",
                                                         self.st.body.with_(colour=WARNING))], self.width)[0],
                                     0, self.height - 20, self.width)
        layout.writer(canv).draw(self._caption, 0, self._cap_h, self.width)
        x = self.item.exhibit
        canv.bookmarkHorizontal(self.key, 0, self.height)
        canv.addOutlineEntry(f"{x.reference} {x.description[:60]}", self.key, 1, closed=True)
        if self.on_drawn is not None:
            self.on_drawn()


def appendix(inp: ChargeFileInput, st: Styles, number: int, title: str, done: int) -> Iterator[Flowable]:
    yield parts.section(number, title, "appendix", st)
    if not inp.images:
        yield parts.prose("", st, empty="There are no image exhibits.")
        return
    yield parts.prose("", st, empty="Each picture is scaled to fit; where a redacted version exists, it is "
                                    "the one shown. Pictures carry no metadata in this file.")
    count = [done]

    def tick() -> None:
        count[0] += 1
        if inp.progress is not None:
            inp.progress(count[0], inp.progress_total)

    for n, item in enumerate(sorted(inp.images, key=lambda i: exhibit_ref.sort_key(i.exhibit.reference))):
        yield Figure(item, st, f"fig-{n}", tick)


def integrity(inp: ChargeFileInput, st: Styles, number: int, title: str, hasher: canonical.ExportHash
              ) -> Iterator[Flowable]:
    yield parts.section(number, title, "integrity", st)
    yield parts.prose("", st, empty="A SHA-256 hash is a fingerprint: changing even one byte of a file, or one "
                                    "letter of the data, gives a different hash.")
    yield parts.sub("Exhibits", st)
    grid = Grid([Column("Ref.", 10), Column("SHA-256 of the original", 62), Column("Bytes", 12),
                 Column("Type", 16)], st)
    for n, x in enumerate(sorted(inp.exhibits, key=lambda x: exhibit_ref.sort_key(x.reference))):
        yield Row(grid, [[Block(x.reference, st.cell_bold)], [Block(x.sha256, st.cell)],
                         [Block(f"{x.size:,}", st.cell)], [Block(x.media_type, st.cell_grey)]],
                  header="always" if n == 0 else "auto")
    shown = [i for i in inp.images if i.shown != "Original"]
    if shown:
        yield parts.sub("Redacted versions shown in the appendix", st)
        for n, i in enumerate(shown):
            yield Row(grid, [[Block(i.exhibit.reference, st.cell_bold)], [Block(i.shown_sha256, st.cell)],
                             [Block("", st.cell)], [Block(i.shown, st.cell_grey)]],
                      header="always" if n == 0 else "auto")
    yield parts.sub("Case data as exported", st)
    seq, chain = inp.ctx.audit_anchor
    yield TextFlow([
        Block(f"SHA-256 {hasher.hexdigest()}", st.body_bold),
        Block(f"Over the {hasher.entries} chronology entries and the case, people, narrative and exhibit details "
              f"exactly as printed in this {inp.ctx.version.label}, in StalkDesk's canonical form "
              f"({canonical.SCHEMA}: UTF-8 JSON lines, sorted keys).", st.body, 3),
        Block("Audit trail", st.body_bold, 8),
        Block(f"The data is current to audit row {seq}, chain hash {chain}. The PDF's own SHA-256 cannot be "
              "printed inside it: it is recorded in the case's audit trail with this export.", st.body, 2),
    ])
