"""The compiled forms in the repository match ui/ and resources/, byte for byte."""

from __future__ import annotations

import pytest

from stalkdesk.gui import build_forms

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def outputs() -> dict[str, str]:
    return build_forms.generate()


def test_every_designer_file_is_compiled(outputs: dict[str, str]) -> None:
    expected = {f"ui_{p.stem}.py" for p in build_forms.ui_sources()} | {"rc_stalkdesk.py"}
    assert set(outputs) == expected
    assert outputs["ui_unlock.py"].startswith(
        "# Generated from ui/dialogs/unlock.ui by `make ui`; do not edit.\n")


def test_output_is_deterministic(outputs: dict[str, str]) -> None:
    assert build_forms.generate() == outputs


def test_committed_forms_are_current(outputs: dict[str, str]) -> None:
    assert build_forms.stale(outputs) == [], "run `make ui` and commit stalkdesk/gui/forms/"
