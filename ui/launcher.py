"""The `wardrobe` program: a command runs in the core; no command opens the window."""

from __future__ import annotations

import sys


def _open_window(target: str | None) -> int:
    try:
        from .shell.application import run_app
    except ImportError as error:  # Qt's libraries missing on this machine
        print(f"wardrobe: the desktop window cannot start here ({error}).", file=sys.stderr)
        return 1
    return run_app(target)


def main() -> int:
    from wardrobe.cli import main as cli_main

    return cli_main(sys.argv[1:], open_window=_open_window)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
