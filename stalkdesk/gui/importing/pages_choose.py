"""The wizard's first pages: the file, its format (and date order), and a table's columns.

They read only the first bytes of the file, on the GUI thread: enough to recognise it and to
refuse a file that is not the format chosen, before anything is read in full or stored.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QComboBox, QLabel, QWidget, QWizardPage

from stalkdesk.errors import UserError
from stalkdesk.gui.dialogs.common import show_error, show_failure
from stalkdesk.gui.forms.ui_import_columns_page import Ui_ImportColumnsPage
from stalkdesk.gui.forms.ui_import_file_page import Ui_ImportFilePage
from stalkdesk.gui.forms.ui_import_format_page import Ui_ImportFormatPage
from stalkdesk.gui.importing import detect
from stalkdesk.gui.importing.drop import dropped_path
from stalkdesk.importers import registry

if TYPE_CHECKING:
    from stalkdesk.gui.importing.wizard import ImportWizard

NOT_IN_FILE = "(not in this file)"


def _size(path: Path) -> str:
    size = float(path.stat().st_size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,.0f} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024
    return ""


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.ui = Ui_ImportFilePage()
        self.ui.setupUi(self)
        self.setAcceptDrops(True)
        labels = ", ".join(detect.noun(name) for name in registry.names())
        self.ui.formats_label.setText(f"StalkDesk imports: {labels}.")
        show_error(self.ui.error_label, "")
        self.ui.path_edit.textChanged.connect(self._path_changed)
        self.ui.choose_file_button.clicked.connect(lambda: self._chosen(wizard.choose_file(self)))
        self.ui.choose_folder_button.clicked.connect(lambda: self._chosen(wizard.choose_folder(self)))

    def set_path(self, path: Path) -> None:
        self.ui.path_edit.setText(str(path))

    def path(self) -> Path | None:
        text = self.ui.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _chosen(self, path: Path | None) -> None:
        if path is not None:
            self.set_path(path)

    def _path_changed(self) -> None:
        show_error(self.ui.error_label, "")
        path = self.path()
        if path is None:
            self.ui.file_info_label.clear()
        elif path.is_dir():
            count = sum(1 for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            self.ui.file_info_label.setText(f"Folder “{path.name}”: {count:,} files.")
        elif path.is_file():
            self.ui.file_info_label.setText(f"“{path.name}”: {_size(path)}.")
        else:
            self.ui.file_info_label.setText("There is no such file or folder.")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        path = self.path()
        return path is not None and path.exists()

    def validatePage(self) -> bool:
        path = self.path()
        if path is None or not path.exists():
            return False
        state = self._wizard.state
        if state.path != path:  # another file: recognised afresh, its columns mapped afresh
            state.columns, state.detection = {}, None
        state.path = path
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_path(event) is not None:
            event.acceptProposedAction()
            self._hover(True)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._hover(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._hover(False)
        path = dropped_path(event)
        if path is not None:
            self.set_path(path)
            event.acceptProposedAction()

    def _hover(self, on: bool) -> None:
        frame = self.ui.drop_frame
        frame.setProperty("hover", on)
        frame.style().unpolish(frame)
        frame.style().polish(frame)


class FormatPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.ui = Ui_ImportFormatPage()
        self.ui.setupUi(self)
        self._checked_path: Path | None = None  # the file the format was last checked for
        self._detecting = False
        for name in registry.names():
            self.ui.format_combo.addItem(detect.label(name), name)
        show_error(self.ui.error_label, "")
        self.ui.format_combo.currentIndexChanged.connect(self._format_changed)

    def _format_changed(self) -> None:
        show_error(self.ui.error_label, "")
        # Pictures carry their own time (EXIF): no written dates to read either way.
        self.ui.date_order_group.setVisible(detect.makes(self.format()) != "images")

    def initializePage(self) -> None:
        state = self._wizard.state
        show_error(self.ui.error_label, "")
        if state.detection is not None:
            self._show_detection()
            return
        assert state.path is not None
        self._detecting = True
        self.completeChanged.emit()
        self.ui.format_combo.setEnabled(False)
        self.ui.detected_label.setText(f"Recognising “{escape(state.path.name)}”…")
        bar = self.ui.detect_progress_bar
        bar.setRange(0, 0)
        bar.show()
        background = self._wizard.background
        background.listen(lambda done, total: (bar.setRange(0, total), bar.setValue(done)))
        background.start(detect.detect, state.path, on_done=self._detected, on_error=self._failed,
                         on_cancelled=lambda: None)

    def cleanupPage(self) -> None:
        self._wizard.background.cancel()
        self._detecting = False

    def _detected(self, detection: detect.Detection) -> None:
        self._wizard.state.detection = detection
        self._detecting = False
        self._show_detection()
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._detecting = False
        self.ui.detect_progress_bar.hide()
        self.ui.detected_label.clear()
        show_failure(self.ui.error_label, error)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._detecting and self._wizard.state.detection is not None

    def _show_detection(self) -> None:
        state = self._wizard.state
        detection = state.detection
        self.ui.detect_progress_bar.hide()
        self.ui.format_combo.setEnabled(True)
        name = escape(state.path.name) if state.path else ""
        if detection is None or not detection.formats:
            self.ui.detected_label.setText(
                f"StalkDesk did not recognise “{name}” as any format it imports. Choose what it is: it will be "
                "checked again before anything is read.")
            return
        first = detection.formats[0]
        if detection.sure or len(detection.formats) == 1:
            text = f"“{name}” is a <b>{escape(detect.noun(first))}</b>."
        else:
            others = " or ".join(f"<b>{escape(detect.noun(f))}</b>" for f in detection.formats)
            text = (f"“{name}” could be {others}. StalkDesk chose the likeliest; check it.")
        self.ui.detected_label.setText(text)
        self.set_format(state.format if state.format and state.path == self._checked_path else first)

    def set_format(self, name: str) -> None:
        index = self.ui.format_combo.findData(name)
        if index >= 0:
            self.ui.format_combo.setCurrentIndex(index)

    def format(self) -> str:
        return str(self.ui.format_combo.currentData())

    def validatePage(self) -> bool:
        if not self.isComplete():  # next() called directly does not wait for the Next button
            return False
        state = self._wizard.state
        assert state.path is not None
        fmt, dayfirst = self.format(), self.ui.dayfirst_radio.isChecked()
        try:
            detect.check(fmt, state.path)
            probe = detect.probe_columns(self._wizard.ws, fmt, state.path, dayfirst)
        except UserError as error:
            show_failure(self.ui.error_label, error)
            return False
        if (fmt, state.path) != (state.format, self._checked_path):
            state.columns = {}
        state.format, state.dayfirst, state.probe = fmt, dayfirst, probe
        self._checked_path = state.path
        if probe is not None and probe.remembered and not state.columns:
            state.columns = dict(probe.mapping)
        return True


class ColumnsPage(QWizardPage):
    """Which column holds what. An unrecognised layout gets a choice per role (with sample
    values of the column chosen); a recognised one is shown for the officer to confirm."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.ui = Ui_ImportColumnsPage()
        self.ui.setupUi(self)
        self.combos: dict[str, QComboBox] = {}
        self._rows: list[QWidget] = []
        show_error(self.ui.error_label, "")

    def initializePage(self) -> None:
        probe = self._wizard.state.probe
        assert probe is not None
        show_error(self.ui.error_label, "")
        for widget in self._rows:
            widget.deleteLater()
        self._rows, self.combos = [], {}
        grid = self.ui.mapping_grid
        for column, heading in enumerate(("What", "Column in the file", "First values")):
            title = QLabel(f"<b>{heading}</b>", self.ui.mapping_widget)
            grid.addWidget(title, 0, column)
            self._rows.append(title)
        if probe.needs_mapping:
            self._editable(probe)
        else:
            self._confirm(probe)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(grid.rowCount(), 1)

    def _add(self, row: int, *widgets: QWidget) -> None:
        for column, widget in enumerate(widgets):
            self.ui.mapping_grid.addWidget(widget, row, column)
            self._rows.append(widget)

    def _editable(self, probe: detect.ColumnsProbe) -> None:
        state = self._wizard.state
        chosen = state.columns or dict(probe.mapping)
        needed = {m.lower() for m in probe.missing}
        missing = " and the ".join(m for m in probe.missing if m != "columns")
        if probe.remembered:
            intro = ("These columns were mapped as the last time a file with the same columns was imported. "
                     "Check them, then continue.")
        else:
            told = f"could not tell which column holds the {missing}" if missing else "did not recognise these columns"
            intro = (f"StalkDesk {told}. Choose the column for each; “{NOT_IN_FILE}” leaves it out. "
                     "Those in bold are needed.")
        self.ui.intro_label.setText(intro)
        roles = probe.roles or tuple(dict.fromkeys((*probe.mapping, *probe.missing)))
        for row, role in enumerate(roles, start=1):
            name = QLabel(detect.role_label(role), self.ui.mapping_widget)
            if role in needed or detect.role_label(role).lower() in needed:
                name.setProperty("role", "needed")
            combo = QComboBox(self.ui.mapping_widget)
            combo.setObjectName(f"{role}_combo")
            combo.setAccessibleName(detect.role_label(role))
            combo.addItem(NOT_IN_FILE, "")
            for heading in probe.columns:
                combo.addItem(heading, heading)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(role, ""))))
            sample = QLabel(self.ui.mapping_widget)
            sample.setProperty("role", "sample")
            combo.currentIndexChanged.connect(lambda _i, c=combo, s=sample: self._show_sample(c, s))
            self._show_sample(combo, sample)
            self.combos[role] = combo
            self._add(row, name, combo, sample)

    def _confirm(self, probe: detect.ColumnsProbe) -> None:
        self.ui.intro_label.setText("StalkDesk recognised the columns it needs from the headings. Check them; "
                                    "if one is wrong, go back and make sure the format chosen is right.")
        for row, (role, heading) in enumerate(probe.mapping.items(), start=1):
            self._add(row, QLabel(detect.role_label(role), self.ui.mapping_widget),
                      QLabel(f"“{heading}”", self.ui.mapping_widget), QLabel("", self.ui.mapping_widget))

    def _show_sample(self, combo: QComboBox, label: QLabel) -> None:
        probe = self._wizard.state.probe
        heading = str(combo.currentData() or "")
        values = probe.samples.get(heading, ()) if probe is not None and heading else ()
        label.setText(", ".join(v for v in values if v)[:90])

    def chosen(self) -> dict[str, str]:
        """role -> column as chosen; a heading that appears twice is given by its number."""
        probe = self._wizard.state.probe
        headings = list(probe.columns) if probe is not None else []
        mapping = {}
        for role, combo in self.combos.items():
            heading = str(combo.currentData() or "")
            if heading:
                twice = headings.count(heading) > 1
                mapping[role] = str(combo.currentIndex()) if twice else heading
        return mapping

    def validatePage(self) -> bool:
        state = self._wizard.state
        probe = state.probe
        if probe is None or not probe.needs_mapping:
            return True
        mapping = self.chosen()
        used: dict[str, str] = {}
        for role, column in mapping.items():
            if column in used:
                both = f"{detect.role_label(used[column]).lower()} and {detect.role_label(role).lower()}"
                show_error(self.ui.error_label, f"“{column}” is chosen for both {both}: a column holds one thing.")
                return False
            used[column] = role
        assert state.path is not None
        try:
            again = detect.probe_columns(self._wizard.ws, state.format, state.path, state.dayfirst, mapping)
        except UserError as error:
            show_failure(self.ui.error_label, error)
            return False
        if again is not None and again.needs_mapping:
            still = " and the ".join(again.missing)
            show_error(self.ui.error_label, f"Still needed: the column that holds the {still}.")
            return False
        state.columns = mapping
        return True
