"""Where things live: the officer's data folder, and the app's own files (also frozen)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "StalkDesk"
HOME_ENV = "STALKDESK_HOME"


def data_home(override: str | Path | None = None) -> Path:
    """The folder that holds the store: --home, then $STALKDESK_HOME, then the platform's."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def _root() -> Path:
    # PyInstaller unpacks next to the executable and says where in sys._MEIPASS.
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under resources/ (fonts, icons), in a checkout and in the frozen app."""
    return _root().joinpath("resources", *parts)


def package_path(*parts: str) -> Path:
    """A file inside the stalkdesk package (e.g. the migration scripts)."""
    return _root().joinpath("stalkdesk", *parts)
