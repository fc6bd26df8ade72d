"""Schema versions, run by Alembic from code at every open.

Before any migration the store file is copied aside (it is encrypted, so the copy is
too). A store written by a newer StalkDesk is refused, never "downgraded".
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from stalkdesk.errors import NewerSchema
from stalkdesk.paths import package_path
from stalkdesk.store import sqlite


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(package_path("store", "migrations")))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def script_revisions() -> list[Any]:
    """Every schema revision this version of StalkDesk knows."""
    return list(ScriptDirectory.from_config(_config()).walk_revisions())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, db_path: Path) -> Path | None:
    """Bring the schema to the head revision. Returns the backup made, if any."""
    script = ScriptDirectory.from_config(_config())
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in {r.revision for r in script.walk_revisions()}:
        raise NewerSchema(
            "This store was written by a newer version of StalkDesk "
            f"(schema {current}). Update StalkDesk to open it; nothing was changed."
        )
    backup = None
    if current is not None:
        with engine.connect() as conn:
            sqlite.checkpoint(conn)
        backup = db_path.with_name(f"{db_path.name}.before-{head}.bak")
        shutil.copy2(db_path, backup)
    with engine.begin() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup
