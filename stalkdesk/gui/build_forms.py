"""Compile the Qt Designer files and the icon resources into `stalkdesk/gui/forms/`.

    python -m stalkdesk.gui.build_forms          # what `make ui` runs
    python -m stalkdesk.gui.build_forms --check  # exit 1 if the committed output is stale

`ui/**/<name>.ui` becomes `forms/ui_<name>.py` and `resources/stalkdesk.qrc` becomes
`forms/rc_stalkdesk.py`. The output is byte-for-byte reproducible so that CI can check it
is current with `make ui && git diff --exit-code`.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
QRC = ROOT / "resources" / "stalkdesk.qrc"
FORMS_DIR = Path(__file__).resolve().parent / "forms"
HEADER = "# Generated from {source} by `make ui`; do not edit.\n"


def _tool(name: str) -> str:
    """The PySide6 tool installed next to this interpreter, so the venv's Qt version is used."""
    bin_dir = Path(sys.executable).parent
    for candidate in (bin_dir / name, bin_dir / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"{name} not found in {bin_dir}; install the dev dependencies (make ui does).")


def _run(args: list[str], cwd: Path) -> str:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr}")
    # uic and rcc write the platform's line endings; the repository holds "\n" only. The
    # compiler's version line is dropped so that any supported PySide6 gives the same bytes.
    text = done.stdout.replace("\r\n", "\n")
    return re.sub(r"^#+ Created by: (Qt User Interface|The Resource) Compiler .*version .*\n", "", text,
                  flags=re.M)


def _with_header(source: Path, body: str) -> str:
    return HEADER.format(source=source.relative_to(ROOT).as_posix()) + body


def ui_sources(ui_dir: Path = UI_DIR) -> list[Path]:
    """Every Designer file, sorted so the build order (and any error) is the same each time."""
    return sorted(ui_dir.rglob("*.ui"))


def generate(ui_dir: Path = UI_DIR, qrc: Path = QRC) -> dict[str, str]:
    """The generated modules by file name, without writing anything."""
    outputs: dict[str, str] = {}
    uic = _tool("pyside6-uic")
    for source in ui_sources(ui_dir):
        name = f"ui_{source.stem}.py"
        if name in outputs:
            raise SystemExit(f"Two Designer files are called {source.name}; forms/ is flat, rename one.")
        # --from-imports + --rc-prefix: forms import their icons as `from . import rc_stalkdesk`.
        # Run from the file's folder so uic records the bare file name, not a machine path.
        body = _run([uic, "--from-imports", "--rc-prefix", source.name], cwd=source.parent)
        outputs[name] = _with_header(source, body)
    if qrc.exists():
        # Format version 1 leaves out file modification times, which git does not keep and
        # which would otherwise make every checkout compile to different bytes.
        rcc = _tool("pyside6-rcc")
        body = _run([rcc, "--format-version", "1", "--no-zstd", qrc.name], cwd=qrc.parent)
        outputs[f"rc_{qrc.stem}.py"] = _with_header(qrc, body)
    return outputs


def stale(outputs: dict[str, str], forms_dir: Path = FORMS_DIR) -> list[str]:
    """Generated files that differ from the ones on disk, and leftovers with no source."""
    changed = [
        name for name, text in outputs.items()
        if not (forms_dir / name).exists() or (forms_dir / name).read_bytes() != text.encode()
    ]
    generated = {p.name for p in forms_dir.glob("*.py") if p.name.startswith(("ui_", "rc_"))}
    return sorted(changed + list(generated - outputs.keys()))


def write(outputs: dict[str, str], forms_dir: Path = FORMS_DIR) -> list[str]:
    """Bring forms/ up to date; untouched files keep their timestamps. Returns what changed."""
    changes = stale(outputs, forms_dir)
    forms_dir.mkdir(parents=True, exist_ok=True)
    for name in changes:
        target = forms_dir / name
        if name in outputs:
            target.write_bytes(outputs[name].encode())
        else:
            target.unlink()  # its .ui was deleted or renamed
    return changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="report stale output, change nothing")
    args = parser.parse_args(argv)
    outputs = generate()
    if args.check:
        changes = stale(outputs)
        for name in changes:
            print(f"stale: stalkdesk/gui/forms/{name}")
        return 1 if changes else 0
    for name in write(outputs):
        print(f"wrote stalkdesk/gui/forms/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
