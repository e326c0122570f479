"""Runs Floe's tutorial notebooks top to bottom in the Java kernel and fails on any cell error.

Usage: execute.py [--write] NOTEBOOK...
Without --write the executed copies go to notebooks/target/executed/; with --write the notebooks
themselves are updated, so their committed outputs come from a real run.
"""
import pathlib
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

KERNEL = "floe-java"
CELL_TIMEOUT_S = 600
# The kernel answers within two seconds when it starts well; now and then it binds its sockets
# and never hears the first kernel_info request, so a start that stays silent is tried again.
STARTUP_TIMEOUT_S = 30
STARTS = 3


def without_machine_paths(nb, folder: pathlib.Path) -> None:
    """Outputs name files relative to the notebook's folder, as its cells do, not this machine's."""
    prefix = str(folder) + "/"
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if "text" in output:
                output["text"] = output["text"].replace(prefix, "")
            for kind, value in output.get("data", {}).items():
                if isinstance(value, str) and kind.startswith("text/"):
                    output["data"][kind] = value.replace(prefix, "")


def run(path: pathlib.Path, write: bool) -> bool:
    for start in range(1, STARTS + 1):
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(nb, kernel_name=KERNEL, timeout=CELL_TIMEOUT_S,
                                startup_timeout=STARTUP_TIMEOUT_S, allow_errors=False,
                                resources={"metadata": {"path": str(path.parent)}})
        started = time.monotonic()
        try:
            client.execute()
            break
        except CellExecutionError as error:
            print(f"{path.name}: FAILED\n{error}", file=sys.stderr)
            return False
        except RuntimeError as error:
            starting = "didn't respond" in str(error) or "died before replying" in str(error)
            if not starting or start == STARTS:
                print(f"{path.name}: FAILED: {error}", file=sys.stderr)
                return False
            print(f"{path.name}: the kernel did not start ({error}); "
                  f"starting it again ({start + 1} of {STARTS})", file=sys.stderr)
    without_machine_paths(nb, path.parent)
    out = path if write else path.parent / "target" / "executed" / path.name
    out.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out)
    cells = sum(1 for cell in nb.cells if cell.cell_type == "code")
    print(f"{path.name}: {cells} code cells ran in {time.monotonic() - started:.1f} s -> {out}")
    return True


def main(args):
    write = "--write" in args
    paths = [pathlib.Path(a).resolve() for a in args if a != "--write"]
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    failed = [p.name for p in paths if not run(p, write)]
    if failed:
        print("notebooks failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
