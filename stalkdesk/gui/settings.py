"""UI state kept in QSettings, each setting declared once here with its type and default.

Nothing about a case's content belongs here: QSettings is a plain file (or the Windows
registry) outside the encrypted store. A URN is a police reference, not personal data,
so remembering which case was open is acceptable; names, addresses and the like are not.

    settings = Settings()                    # the user's QSettings (StalkDesk/StalkDesk)
    settings.idle_lock_minutes = 10
    Settings.in_file(path)                   # tests, scripts: an ini file of their own
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


class Setting(Generic[T]):
    """A typed QSettings entry, declared as a class attribute of `Settings`.

    QSettings keeps values as strings in an ini file, so every read converts back through
    `kind`. A value that does not convert (edited by hand, or from an older version) falls
    back to the default: Qt's own conversion would turn "abc" into 0, which for the idle
    lock would mean "never lock".
    """

    def __init__(self, key: str, kind: type[T], default: T, doc: str) -> None:
        self.key = key
        self.kind = kind
        self.default = default
        self.__doc__ = doc

    @overload
    def __get__(self, obj: None, owner: type[Settings]) -> Setting[T]: ...
    @overload
    def __get__(self, obj: Settings, owner: type[Settings]) -> T: ...

    def __get__(self, obj: Settings | None, owner: type[Settings]) -> Setting[T] | T:
        if obj is None:
            return self
        raw = obj.qsettings.value(self.key)
        if raw is None or isinstance(raw, self.kind):
            return self.default if raw is None else raw
        if self.kind in (int, float, str):
            try:
                return self.kind(raw)  # type: ignore[call-arg]
            except (TypeError, ValueError):
                pass
        return self.default

    def __set__(self, obj: Settings, value: T) -> None:
        obj.qsettings.setValue(self.key, value)


class Settings:
    """Every UI setting StalkDesk keeps, with its type and default."""

    idle_lock_minutes = Setting(
        "lock/idle_minutes", float, 5.0,
        "Lock after this many minutes without a key press or mouse movement; 0 never locks. "
        "Fractions are allowed (tests use a few milliseconds).")
    last_open_case_urn = Setting(
        "session/last_open_case_urn", str, "",
        "The case open when the window last closed or locked, reopened after unlock.")
    last_case_tab = Setting(
        "session/last_case_tab", int, 0,
        "The tab (Overview, Chronology, Evidence) of that case.")
    backup_reminder_days = Setting(
        "backup/reminder_days", int, 7,
        "Remind on the case list after unlock when the last backup is older than this many days; "
        "0 turns the reminder off.")
    window_geometry = Setting(
        "window/geometry", QByteArray, QByteArray(),
        "QMainWindow.saveGeometry() of the main window.")

    def __init__(self, qsettings: QSettings | None = None) -> None:
        # The default QSettings() is named by QCoreApplication's organisation and
        # application names, which create_application() sets to StalkDesk.
        self.qsettings = qsettings if qsettings is not None else QSettings()

    @classmethod
    def in_file(cls, path: Path) -> Settings:
        """Settings kept in an ini file of their own (tests, the screenshot script)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def idle_lock_ms(self) -> int:
        """The idle interval in milliseconds, or 0 when auto-lock is off."""
        minutes = self.idle_lock_minutes
        return max(int(minutes * 60_000), 1) if minutes > 0 else 0

    def sync(self) -> None:
        """Write to disk now; QSettings otherwise does it later, which a crash would skip."""
        self.qsettings.sync()

    @classmethod
    def declared(cls) -> dict[str, Setting[Any]]:
        """Every declared setting by attribute name (for documentation and tests)."""
        return {name: value for name, value in vars(cls).items() if isinstance(value, Setting)}
