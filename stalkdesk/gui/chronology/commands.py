"""Undoable chronology changes. Each one writes through the Workspace, so the store audits
every step, undo and redo included; nothing is ever erased (undoing an add soft-deletes,
and item numbers are never reused).

A command that the store refuses (a full disk, say) marks itself obsolete, so QUndoStack
drops it instead of keeping a step that never happened, and hands the error to `report`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from stalkdesk.domain.records import Entry
from stalkdesk.domain.vocab import Behaviour, DisclosureStatus, EvidentialStatus
from stalkdesk.errors import UserError

if TYPE_CHECKING:
    from stalkdesk.services.workspace import Workspace

Notify = Callable[[Sequence[int], frozenset[str]], None]  # entry ids, the Entry fields changed
DELETED = frozenset({"deleted"})
_WORDS = {"when": "when", "reported_at": "reported", "behaviours": "behaviours", "channel": "channel",
          "summary": "summary", "account": "account", "location": "location", "source": "source",
          "source_reference": "source reference", "people": "people", "witnesses": "witnesses",
          "exhibits": "exhibits", "evidential_status": "evidential status", "disclosure": "disclosure",
          "disclosure_reason": "reason sensitive"}


@dataclass
class CommandContext:
    """What every command of one case works through. `ws` is replaced after an unlock, so
    the undo history of the case still works against the newly opened store."""

    ws: Workspace
    case_id: int
    notify: Notify
    report: Callable[[UserError], None]


def changed_fields(old: Entry, new: Entry) -> frozenset[str]:
    return frozenset(f.name for f in fields(Entry) if getattr(old, f.name) != getattr(new, f.name))


def _items(entries: Sequence[Entry]) -> str:
    return f"item {entries[0].item_number}" if len(entries) == 1 else f"{len(entries)} items"


class _Command(QUndoCommand):
    def __init__(self, ctx: CommandContext, text: str) -> None:
        super().__init__(text)
        self._ctx = ctx
        self.error: UserError | None = None

    def _run(self, change: Callable[[], None]) -> None:
        try:
            change()
        except UserError as error:
            self.error = error
            self.setObsolete(True)
            self._ctx.report(error)


class AddEntry(_Command):
    """Add one entry; undo deletes it (softly) and redo restores it under the same number."""

    def __init__(self, ctx: CommandContext, entry: Entry) -> None:
        super().__init__(ctx, "Add entry")
        self._entry = entry
        self.entry_id: int | None = None

    def redo(self) -> None:
        self._run(self._redo)

    def _redo(self) -> None:
        if self.entry_id is None:
            saved = self._ctx.ws.entries.add(self._ctx.case_id, self._entry)
            self.entry_id = saved.id
            self.setText(f"Add item {saved.item_number}")
        else:
            self._ctx.ws.entries.set_deleted([self.entry_id], False)
        self._ctx.notify([self.entry_id or 0], DELETED)

    def undo(self) -> None:
        def remove() -> None:
            self._ctx.ws.entries.set_deleted([self.entry_id or 0], True)
            self._ctx.notify([self.entry_id or 0], DELETED)

        self._run(remove)


class EditEntry(_Command):
    """One committed edit of one entry: redo writes `new`, undo writes `old` back."""

    def __init__(self, ctx: CommandContext, old: Entry, new: Entry) -> None:
        self.fields = changed_fields(old, new)
        words = ", ".join(_WORDS.get(f, f) for f in sorted(self.fields))
        super().__init__(ctx, f"Edit item {old.item_number}: {words}")
        self.old, self.new = old, new

    def _write(self, entry: Entry) -> None:
        self._ctx.ws.entries.update(entry)
        self._ctx.notify([entry.id or 0], self.fields)

    def redo(self) -> None:
        self._run(lambda: self._write(self.new))

    def undo(self) -> None:
        self._run(lambda: self._write(self.old))


class DeleteEntries(_Command):
    """Soft-delete entries (or, with restore=True, bring deleted ones back); undo reverses it."""

    def __init__(self, ctx: CommandContext, entries: Sequence[Entry], restore: bool = False) -> None:
        super().__init__(ctx, f"{'Restore' if restore else 'Delete'} {_items(entries)}")
        self._ids = [e.id or 0 for e in entries]
        self._deleted = not restore

    def _set(self, deleted: bool) -> None:
        self._ctx.ws.entries.set_deleted(self._ids, deleted)
        self._ctx.notify(self._ids, DELETED)

    def redo(self) -> None:
        self._run(lambda: self._set(self._deleted))

    def undo(self) -> None:
        self._run(lambda: self._set(not self._deleted))


@dataclass(frozen=True, slots=True)
class BulkChange:
    """What the bulk edit dialog asks for; None or empty leaves that part alone."""

    add: frozenset[Behaviour] = frozenset()
    remove: frozenset[Behaviour] = frozenset()
    evidential: EvidentialStatus | None = None
    disclosure: DisclosureStatus | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.add or self.remove or self.evidential or self.disclosure)

    def values(self, entry: Entry) -> dict[str, str]:
        """The store columns (bulk_set's keywords) this change gives `entry`."""
        out = {}
        if self.add or self.remove:
            kept = [b for b in entry.behaviours if b not in self.remove]
            kept += [b for b in Behaviour if b in self.add and b not in kept]
            out["behaviours"] = ",".join(b.value for b in kept)
        if self.evidential is not None:
            out["evidential_status"] = self.evidential.value
        if self.disclosure is not None:
            out["disclosure"] = self.disclosure.value
        return out


def _previous(entry: Entry, keys: Iterable[str]) -> dict[str, str]:
    now = {"behaviours": ",".join(b.value for b in entry.behaviours),
           "evidential_status": entry.evidential_status.value, "disclosure": entry.disclosure.value}
    return {k: now[k] for k in keys}


class BulkEdit(_Command):
    """Behaviours added or removed and statuses set on many entries; undo puts back each
    entry's own previous values. Entries that end up alike are written in one bulk_set."""

    def __init__(self, ctx: CommandContext, entries: Sequence[Entry], change: BulkChange) -> None:
        super().__init__(ctx, f"Bulk edit {_items(entries)}")
        self._after = [(e.id or 0, change.values(e)) for e in entries]
        self._before = [(entry_id, _previous(e, values)) for (entry_id, values), e in
                        zip(self._after, entries, strict=True)]
        self.fields = frozenset(k for _, v in self._after for k in v)  # bulk_set's keys are Entry fields

    def _write(self, values: list[tuple[int, dict[str, str]]]) -> None:
        groups: dict[tuple[tuple[str, str], ...], list[int]] = {}
        for entry_id, v in values:
            groups.setdefault(tuple(sorted(v.items())), []).append(entry_id)
        for key, ids in groups.items():
            self._ctx.ws.entries.bulk_set(ids, **dict(key))
        self._ctx.notify([entry_id for entry_id, _ in values], self.fields)

    def redo(self) -> None:
        self._run(lambda: self._write(self._after))

    def undo(self) -> None:
        self._run(lambda: self._write(self._before))
