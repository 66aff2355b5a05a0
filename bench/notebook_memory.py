"""Peak memory of the kernel of each notebook, run top to bottom (Run All), side by side.

    python bench/notebook_memory.py [en|zh] [NN ...]     # or: make memory

Each notebook runs in a fresh kernel, from a copy with one extra cell at the end that reads the
kernel's own high-water mark (VmHWM, Linux). Issue 13's budget: at most 500 MB per notebook.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
PEAK = "print(next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')))"
BUDGET_MB = 500


def peak_mb(path: Path) -> float:
    """The kernel's peak resident memory, in MB, after running every cell of ``path``."""
    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(PEAK))
    NotebookClient(nb, timeout=600, resources={"metadata": {"path": str(path.parent)}}).execute()
    return int(nb.cells[-1].outputs[-1]["text"].split()[-1]) / 1024


def main() -> None:
    language = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] in ("en", "zh") else "en"
    wanted = [a for a in sys.argv[1:] if a not in ("en", "zh")]
    rows = []
    for path in sorted((ROOT / "notebooks" / language).glob("*.ipynb")):
        if wanted and not any(path.name.startswith(w) for w in wanted):
            continue
        mb = peak_mb(path)
        rows.append((path.stem, mb))
        print(f"{path.stem:32} {mb:6.0f} MB{'' if mb <= BUDGET_MB else '   over the budget of 500 MB'}", flush=True)
    print(json.dumps({name: round(mb) for name, mb in rows}))


if __name__ == "__main__":
    main()
