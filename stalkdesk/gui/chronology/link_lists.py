"""The editor's checkable lists: the case's people (involved, witnesses) and its exhibits,
each exhibit with the place inside it the entry cites ("messages 3-7").

Reading keeps the entry's own order and any link to a person or exhibit that is not in the
list (removed from the case since), so saving an entry never drops a link silently.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from stalkdesk.domain.records import Exhibit, ExhibitLink, Person

ID_ROLE = Qt.ItemDataRole.UserRole
REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1


def _checkable(text: str, item_id: int, tooltip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setData(item_id, ID_ROLE)
    item.setCheckable(True)
    item.setEditable(False)
    item.setToolTip(tooltip or text)
    return item


class PeopleModel(QStandardItemModel):
    """The case's people, each with a tick box."""

    def set_people(self, people: Sequence[Person]) -> None:
        self.clear()
        for p in people:
            self.appendRow(_checkable(f"{p.name} ({p.role.label.lower()})", p.id or 0))

    def _rows(self) -> dict[int, QStandardItem]:
        return {self.item(r).data(ID_ROLE): self.item(r) for r in range(self.rowCount())}

    def checked(self, base: Sequence[int]) -> tuple[int, ...]:
        rows = self._rows()
        ticked = [i for i, item in rows.items() if item.checkState() == Qt.CheckState.Checked]
        kept = [i for i in base if i not in rows or i in ticked]
        return tuple(kept + [i for i in ticked if i not in kept])

    def set_checked(self, ids: Sequence[int]) -> None:
        wanted = set(ids)
        for person_id, item in self._rows().items():
            item.setCheckState(Qt.CheckState.Checked if person_id in wanted else Qt.CheckState.Unchecked)


class ExhibitLinksModel(QStandardItemModel):
    """The case's exhibits: a tick box to link one, and an editable "where in it"."""

    LOCATOR = 1

    def set_exhibits(self, exhibits: Sequence[Exhibit]) -> None:
        self.clear()
        self.setHorizontalHeaderLabels(["Exhibit", "Where in it"])
        for x in exhibits:
            name = _checkable(f"{x.reference}  {x.description}", x.id or 0, f"{x.reference}: {x.description}")
            name.setData(x.reference, REFERENCE_ROLE)
            locator = QStandardItem("")
            locator.setToolTip("Where in the exhibit, e.g. messages 3-7, image 2, 00:01:20")
            self.appendRow([name, locator])

    def _rows(self) -> dict[int, int]:
        return {self.item(r).data(ID_ROLE): r for r in range(self.rowCount())}

    def _link(self, row: int) -> ExhibitLink:
        item = self.item(row)
        return ExhibitLink(item.data(ID_ROLE), self.item(row, self.LOCATOR).text().strip(),
                           item.data(REFERENCE_ROLE))

    def links(self, base: Sequence[ExhibitLink]) -> tuple[ExhibitLink, ...]:
        rows = self._rows()
        ticked = {i: self._link(r) for i, r in rows.items() if self.item(r).checkState() == Qt.CheckState.Checked}
        kept = [ticked.get(x.exhibit_id, x) for x in base if x.exhibit_id not in rows or x.exhibit_id in ticked]
        seen = {x.exhibit_id for x in kept}
        return tuple(kept + [link for i, link in ticked.items() if i not in seen])

    def set_links(self, links: Sequence[ExhibitLink]) -> None:
        wanted = {x.exhibit_id: x for x in links}
        for exhibit_id, row in self._rows().items():
            link = wanted.get(exhibit_id)
            self.item(row).setCheckState(Qt.CheckState.Checked if link else Qt.CheckState.Unchecked)
            self.item(row, self.LOCATOR).setText(link.locator if link else "")

    def tick_if_located(self, item: QStandardItem) -> None:
        """Typing where in an exhibit links it: that is what the officer means."""
        if item.column() == self.LOCATOR and item.text().strip():
            name = self.item(item.row())
            if name.checkState() != Qt.CheckState.Checked:
                name.setCheckState(Qt.CheckState.Checked)
