"""Co-location: the victim's places, a search of the suspect's location records against them
(or against the victim's own records), and the visits found, which the officer confirms
into the chronology or dismisses.

The search parses and indexes every fix of the exhibit (a year at one a minute is about
500,000), so it runs through the task runner with a progress dialog whose Cancel stops it;
the visits are stored only once the search is over, so a cancelled search stores nothing.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QProgressDialog, QWidget

from stalkdesk.domain.analysis.candidates import Candidate, CandidateStatus, VictimPlace
from stalkdesk.domain.analysis.colocation import Fix
from stalkdesk.domain.records import Case, Exhibit
from stalkdesk.errors import NotFound, UserError
from stalkdesk.gui.analysis.candidate_dialog import CandidateDialog
from stalkdesk.gui.analysis.links import ROW_HEIGHT
from stalkdesk.gui.analysis.tables import CandidateRow, CandidatesTableModel, PlacesTableModel, place_name
from stalkdesk.gui.analysis.visit_plot import VisitPlot, VisitTrack, visit_track
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.forms.ui_colocation_page import Ui_ColocationPage
from stalkdesk.gui.tasks import Runner, report_unhandled, show_or_report
from stalkdesk.services import analysis
from stalkdesk.services.workspace import Workspace

LOCATION_SUFFIXES = (".csv", ".json", ".txt")
LOCATION_TYPES = ("text/csv", "application/json", "text/plain")
STATUS_FILTERS = (("Visits to decide", CandidateStatus.PROPOSED), ("Confirmed", CandidateStatus.CONFIRMED),
                  ("Dismissed", CandidateStatus.DISMISSED), ("All visits", None))


def is_location_file(x: Exhibit) -> bool:
    """Exhibits that can hold location records (CSV or Google location history)."""
    return not x.deleted and (x.original_filename.lower().endswith(LOCATION_SUFFIXES)
                              or x.media_type in LOCATION_TYPES)


def load_visit(ws: Workspace, c: Candidate, place: VictimPlace,
               fixes: list[Fix] | None) -> tuple[list[Fix], VisitTrack]:
    """The visit's fixes relative to the place (on the task runner's thread), reading the
    location exhibit unless its fixes are given."""
    fixes = fixes if fixes is not None else analysis.load_fixes(ws, c.source_exhibit_id)
    return fixes, visit_track(fixes, c.first_seq, c.last_seq, place.name, place.lat, place.lon, place.radius_m,
                              c.distance_m, c.closest_at)


def parse_position(text: str) -> tuple[float, float]:
    """"52.4862, -1.8904" (or with a space between) as (latitude, longitude)."""
    parts = [p for p in text.replace(",", " ").split() if p]
    if len(parts) != 2:
        raise ValueError("Give the latitude and longitude, e.g. 52.4862, -1.8904.")
    try:
        return float(parts[0]), float(parts[1])
    except ValueError:
        raise ValueError(f'"{text}" is not a latitude and longitude in degrees, e.g. 52.4862, -1.8904.') from None


class ColocationPage(QWidget):
    """Emits `chronology_changed` after a visit is confirmed into the chronology."""

    chronology_changed = Signal()

    def __init__(self, ws: Workspace, case: Case, runner: Runner, prompts: Prompts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ColocationPage()
        self.ui.setupUi(self)
        assert case.id is not None
        self._ws, self._case, self._case_id, self._runner, self._prompts = ws, case, case.id, runner, prompts
        self._generation = 0
        self.searching = False
        self.places_model = PlacesTableModel(self._save_place, self)
        self.candidates_model = CandidatesTableModel(case.zone, self)
        for table, model, stretch in ((self.ui.places_table, self.places_model, 4),
                                      (self.ui.candidates_table, self.candidates_model, 5)):
            table.setModel(model)
            table.verticalHeader().hide()
            table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for label, status in STATUS_FILTERS:
            self.ui.status_combo.addItem(label, status)
        self.ui.status_combo.currentIndexChanged.connect(self._refresh_candidates)
        self.ui.add_place_button.clicked.connect(self.add_place)
        self.ui.remove_place_button.clicked.connect(self.remove_place)
        self.ui.against_combo.currentIndexChanged.connect(self._update_buttons)
        self.ui.suspect_combo.currentIndexChanged.connect(self._update_buttons)
        self.ui.search_button.clicked.connect(self.search)
        self.ui.confirm_button.clicked.connect(lambda: self.decide(confirm=True))
        self.ui.dismiss_button.clicked.connect(lambda: self.decide(confirm=False))
        self.ui.candidates_table.doubleClicked.connect(lambda _index: self.decide(confirm=True))
        self.ui.places_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.candidates_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.plot = VisitPlot(self)
        self.plot.setObjectName("visit_plot")
        self.ui.plot_layout.addWidget(self.plot)
        self.ui.candidates_splitter.setStretchFactor(0, 3)
        self.ui.candidates_splitter.setStretchFactor(1, 2)
        self.ui.candidates_splitter.setSizes([760, 440])
        self._fixes: dict[int, list[Fix]] = {}  # parsed location exhibits, in memory only; dropped on lock
        self.dialog: CandidateDialog | None = None  # Confirm or Dismiss, while it is open
        self._plot_generation = 0
        self.ui.candidates_table.selectionModel().selectionChanged.connect(self._show_visit)
        self.say("")
        self._update_buttons()

    def say(self, text: str) -> None:
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))

    # Loading.

    def reload(self) -> None:
        self.places_model.set_rows(analysis.places(self._ws, self._case_id))
        self._fill_exhibits()
        self._refresh_candidates()

    def flush(self) -> None:
        """Keep a Confirm or Dismiss being typed as a draft for its visit (this runs when the
        app locks or quits with the dialog open)."""
        if self.dialog is not None:
            if self.dialog.worth_keeping():
                analysis.save_candidate_draft(self._ws, self._case_id, self.dialog.draft())
            self.dialog.set_aside = True  # from here on the dialog closing is not the officer discarding

    def clear(self) -> None:
        if self.dialog is not None:  # kept as a draft by flush(): nothing of it stays on screen
            self.dialog.wipe()
            self.dialog.reject()
        self._generation += 1
        self._plot_generation += 1
        self._fixes.clear()
        self.plot.clear()
        self.places_model.clear()
        self.candidates_model.clear()
        for combo in (self.ui.suspect_combo, self.ui.against_combo):
            combo.clear()
        for edit in (self.ui.place_name_edit, self.ui.place_position_edit):
            edit.clear()
        self.ui.search_status_label.clear()
        self.ui.count_label.clear()
        self.say("")

    def _fill_exhibits(self) -> None:
        files = [x for x in self._ws.exhibits.list(self._case_id) if is_location_file(x)]
        suspect, against = self.ui.suspect_combo, self.ui.against_combo
        keep_suspect, keep_against = suspect.currentData(), against.currentData()
        suspect.blockSignals(True)
        against.blockSignals(True)
        suspect.clear()
        against.clear()
        against.addItem("The victim's places", None)
        for x in files:
            text = f"{x.reference}  {x.original_filename or x.description}"
            suspect.addItem(text, x.id)
            against.addItem(f"The victim's own records: {x.reference}", x.id)
        for combo, keep in ((suspect, keep_suspect), (against, keep_against)):
            index = combo.findData(keep)
            combo.setCurrentIndex(max(index, 0))
        suspect.blockSignals(False)
        against.blockSignals(False)
        if not files:
            self.ui.search_status_label.setText("Add the suspect's location records (a CSV of time, latitude and "
                                                "longitude, or Google location history) in the Evidence tab.")
        elif not self.searching:
            self.ui.search_status_label.clear()
        self._update_buttons()

    def _refresh_candidates(self) -> None:
        data = self.ui.status_combo.currentData()  # Qt hands a StrEnum back as plain str
        status = CandidateStatus(data) if data is not None else None
        table = self.ui.candidates_table
        rows = table.selectionModel().selectedRows()
        keep = self.candidates_model.candidate(rows[0].row()).id if rows else None
        everything = analysis.candidates(self._ws, self._case_id)
        shown = [c for c in everything if status is None or c.status is status]
        self.candidates_model.set_rows([CandidateRow(c, place_name(c), self._outcome(c)) for c in shown])
        row = self.candidates_model.row_of(keep)
        if row is None and self.candidates_model.rowCount():
            row = 0
        if row is not None:
            table.selectRow(row)
        waiting = sum(c.status is CandidateStatus.PROPOSED for c in everything)
        self.ui.count_label.setText(f"{len(shown)} shown; {waiting} of {len(everything)} visits waiting for a "
                                    "decision")
        self._update_buttons()

    def _outcome(self, c: Candidate) -> str:
        if c.status is CandidateStatus.CONFIRMED:
            what = c.behaviour.label.lower() if c.behaviour else ""
            try:
                item = self._ws.entries.get(c.entry_id).item_number if c.entry_id is not None else None
            except NotFound:
                item = None
            return f"{what}, item {item}" if item is not None else what
        return c.note if c.status is CandidateStatus.DISMISSED else ""

    def _update_buttons(self, *_args: object) -> None:
        ui = self.ui
        ui.remove_place_button.setEnabled(ui.places_table.selectionModel().hasSelection())
        chosen = self.selected_candidate()
        open_ = chosen is not None and chosen.status is CandidateStatus.PROPOSED
        ui.confirm_button.setEnabled(open_)
        ui.dismiss_button.setEnabled(open_)
        ui.window_spin.setEnabled(ui.against_combo.currentData() is not None)
        ui.search_button.setEnabled(ui.suspect_combo.count() > 0 and not self.searching)

    def selected_candidate(self) -> Candidate | None:
        rows = self.ui.candidates_table.selectionModel().selectedRows()
        return self.candidates_model.candidate(rows[0].row()) if rows else None

    # Places.

    def add_place(self) -> VictimPlace | None:
        try:
            lat, lon = parse_position(self.ui.place_position_edit.text())
        except ValueError as error:
            self.say(str(error))
            return None
        place = VictimPlace(self.ui.place_name_edit.text(), lat, lon, float(self.ui.place_radius_spin.value()))
        saved = self._save_place(place)
        if saved is not None:
            self.ui.place_name_edit.clear()
            self.ui.place_position_edit.clear()
            self.ui.place_radius_spin.setValue(0)
        return saved

    def _save_place(self, place: VictimPlace) -> VictimPlace | None:
        try:
            saved = analysis.save_place(self._ws, self._case_id, place)
        except UserError as error:
            self.say(str(error))
            return None
        self.say("")
        self.places_model.set_rows(analysis.places(self._ws, self._case_id))
        return saved

    def remove_place(self) -> None:
        rows = self.ui.places_table.selectionModel().selectedRows()
        if not rows:
            return
        place = self.places_model.row(rows[0].row())
        if not self._prompts.confirm(self, f'Remove the place "{place.name}"?',
                                     "Visits already found near it stay recorded.", ok_text="Remove"):
            return
        analysis.remove_place(self._ws, place.id or 0)
        self.places_model.set_rows(analysis.places(self._ws, self._case_id))

    # The search.

    def search(self) -> None:
        suspect = self.ui.suspect_combo.currentData()
        if suspect is None or self.searching:
            return
        against = self.ui.against_combo.currentData()
        distance = float(self.ui.distance_spin.value())
        window = timedelta(minutes=self.ui.window_spin.value())
        dialog = QProgressDialog("Searching the location records…", "Cancel", 0, 0, self)
        dialog.setWindowTitle("StalkDesk")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        self._generation += 1
        generation = self._generation
        self.searching = True
        self.ui.search_status_label.setText("Searching…")
        self._update_buttons()
        self._runner.run(analysis.find_colocation, self._ws, self._case_id, suspect, victim_exhibit_id=against,
                         distance_m=distance, window=window, progress_dialog=dialog,
                         on_done=lambda found: self._found(generation, found, dialog),
                         on_error=lambda e: self._failed(generation, e, dialog),
                         on_cancelled=lambda: self._cancelled(generation, dialog))

    def _found(self, generation: int, found: list[Candidate], dialog: QProgressDialog) -> None:
        dialog.deleteLater()
        self.searching = False
        if generation != self._generation:
            return
        n = len(found)
        self.ui.search_status_label.setText(
            f"{n} new visit{'s' if n != 1 else ''} found." if n else "No new visits found: visits found before "
            "are not proposed again.")
        self.ui.status_combo.setCurrentIndex(0)
        self._refresh_candidates()

    def _cancelled(self, generation: int, dialog: QProgressDialog) -> None:
        dialog.deleteLater()
        self.searching = False
        if generation != self._generation:
            return
        self.ui.search_status_label.setText("Search cancelled: no visits were stored.")
        self._update_buttons()

    def _failed(self, generation: int, error: BaseException, dialog: QProgressDialog) -> None:
        dialog.deleteLater()
        self.searching = False
        if generation != self._generation:
            return
        self.ui.search_status_label.clear()
        self._update_buttons()
        show_or_report(error, self.say)

    # The plot of the chosen visit.

    def _show_visit(self, *_args: object) -> None:
        c = self.selected_candidate()
        self._plot_generation += 1
        generation = self._plot_generation
        if c is None:
            self.plot.show_track(None, "Choose a visit to see where the fixes were.")
            return
        place = next((p for p in (self.places_model.row(n) for n in range(self.places_model.rowCount()))
                      if p.id == c.place_id), None)
        if place is None:
            self.plot.show_track(None, "The plot shows visits to one of the victim's places; this visit was "
                                 "found against the victim's own records, or its place has been removed.")
            return
        self.plot.show_track(None, "Reading the location records…")
        self._runner.run(load_visit, self._ws, c, place, self._fixes.get(c.source_exhibit_id), progress_kwarg=None,
                         on_done=lambda result: self._plotted(generation, c.source_exhibit_id, result),
                         on_error=lambda error: self._plot_failed(generation, error))

    def _plotted(self, generation: int, exhibit_id: int, result: tuple[list[Fix], VisitTrack]) -> None:
        if generation != self._plot_generation:
            return
        fixes, track = result
        self._fixes = {exhibit_id: fixes}  # one file kept: a year of fixes is tens of megabytes
        self.plot.show_track(track, "The records of this visit were not found in the file.")

    def _plot_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._plot_generation:
            return
        if isinstance(error, UserError):
            self.plot.show_track(None, str(error))
        else:
            self.plot.clear()
            report_unhandled(error)

    # Deciding.

    def decide(self, confirm: bool) -> CandidateDialog | None:
        c = self.selected_candidate()
        if c is None or c.status is not CandidateStatus.PROPOSED:
            return None
        draft = analysis.candidate_draft(self._ws, self._case_id, c.id or 0)
        if draft is not None and draft.confirm != confirm:
            draft = None  # a Confirm half typed stays for Confirm; Dismiss starts afresh (and the reverse)
        dialog = self.dialog = CandidateDialog(self._ws, c, self._case.zone, confirm, self, draft)
        try:
            result = self._prompts.exec_dialog(dialog)
            if result != QDialog.DialogCode.Accepted:
                if dialog.set_aside:  # locked (or quitting): the draft is kept; the store may be closed now
                    dialog.wipe()
                elif draft is not None:  # the officer closed it unsaved: the draft is discarded
                    analysis.discard_candidate_draft(self._ws, self._case_id, c.id or 0)
                return dialog
        finally:
            self.dialog = None
            dialog.deleteLater()
        self._refresh_candidates()
        if confirm and dialog.entry is not None:
            self.say("")
            self.ui.search_status_label.setText(f"Added to the chronology as item {dialog.entry.item_number}.")
            self.chronology_changed.emit()
        return dialog
