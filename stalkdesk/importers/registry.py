"""The formats StalkDesk imports. Adding one is a module with a `FORMAT` spec and a line here.

Modules are imported when their format is first used, so a format needing an optional
library (openpyxl for spreadsheets) costs nothing to the others.
"""

from __future__ import annotations

import importlib

from stalkdesk.importers.base import FormatSpec, ImportFormatError

_MODULES: dict[str, str] = {
    "whatsapp": "stalkdesk.importers.whatsapp",
    "sms": "stalkdesk.importers.sms",
    "calls": "stalkdesk.importers.calls",
    "csv": "stalkdesk.importers.diary",
    "eml": "stalkdesk.importers.eml",
    "social": "stalkdesk.importers.social",
    "images": "stalkdesk.importers.images",
}


def names() -> list[str]:
    return list(_MODULES)


def get(name: str) -> FormatSpec:
    """The spec of a format by its command-line name."""
    module = _MODULES.get(name.lower())
    if module is None:
        known = ", ".join(_MODULES)
        raise KeyError(f'StalkDesk can\'t import "{name}": the formats it knows are {known}.')
    spec: FormatSpec = importlib.import_module(module).FORMAT
    return spec


def sniff(name: str, head: bytes, filename: str) -> None:
    """Refuse a file that is not the claimed format, from its first bytes (before storing)."""
    spec = get(name)
    if not head:
        raise ImportFormatError(filename, "the file is empty.")
    spec.sniff(head, filename)
