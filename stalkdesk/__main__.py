"""Entry point: `stalkdesk` opens the desktop app; `stalkdesk COMMAND` is the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from stalkdesk import cli

    args_list = list(sys.argv[1:] if argv is None else argv)
    args = cli.build_parser().parse_args(args_list)
    if args.command is None and not args.smoke_test:
        # Qt is imported only here, so the command line starts quickly without it.
        from stalkdesk.gui.app import run_gui
        from stalkdesk.paths import data_home
        from stalkdesk.services.vault import Vault

        return run_gui(Vault(data_home(args.home)), args_list)
    return cli.main(args_list)


if __name__ == "__main__":
    sys.exit(main())
