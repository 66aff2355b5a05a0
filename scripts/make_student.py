"""Student copies of the notebooks: no solutions anywhere, exercise cells with no output.

    python scripts/make_student.py [--out dist/student]

For each notebooks/<language>/*.ipynb (en, and zh when it exists) it writes
<out>/<language>/<name>.ipynb where:
- every cell tagged ``solution`` (the collapsed Markdown solution) is removed;
- every cell tagged ``exercise`` has no outputs and no execution count (the learner runs it);
- everything else is as committed, so the code cells are the committed ones, in the same
  order: nbval's top-to-bottom run of the committed notebooks is a run of these copies.

It refuses (exit status 1, naming the notebook) to write a copy that still contains a
line of a solution that appears nowhere else in the notebook.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOLUTION_CODE = re.compile(r"```python\n(.*?)```", re.S)


def tags(cell: dict) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


def source(cell: dict) -> str:
    text = cell.get("source", "")
    return "".join(text) if isinstance(text, list) else text


def giveaway_lines(notebook: dict) -> list[str]:
    """The lines of the solutions' code that appear in no other cell (what a student copy must not hold)."""
    solutions = [c for c in notebook["cells"] if "solution" in tags(c)]
    others = json.dumps([c for c in notebook["cells"] if "solution" not in tags(c)], ensure_ascii=False)
    lines = {line.strip() for cell in solutions for block in SOLUTION_CODE.findall(source(cell))
             for line in block.splitlines()}
    return sorted(line for line in lines if line and json.dumps(line, ensure_ascii=False)[1:-1] not in others)


def student_copy(notebook: dict) -> dict:
    """The notebook without solution cells, its exercise cells' outputs cleared."""
    student = copy.deepcopy(notebook)
    student["cells"] = [c for c in student["cells"] if "solution" not in tags(c)]
    for cell in student["cells"]:
        if cell["cell_type"] == "code" and "exercise" in tags(cell):
            cell["outputs"], cell["execution_count"] = [], None
    return student


def leaks(notebook: dict, student: dict) -> list[str]:
    """The solution lines found anywhere in ``student`` (sources, outputs, metadata)."""
    text = json.dumps(student, ensure_ascii=False)
    return [line for line in giveaway_lines(notebook) if json.dumps(line, ensure_ascii=False)[1:-1] in text]


def make_student(source_root: Path, out: Path) -> list[Path]:
    """Write the student copy of every notebook under ``source_root/<language>/``; return the paths written."""
    written = []
    for language in ("en", "zh"):
        for path in sorted((source_root / language).glob("*.ipynb")):
            notebook = json.loads(path.read_text(encoding="utf-8"))
            student = student_copy(notebook)
            found = leaks(notebook, student)
            if found:
                raise SystemExit(f"{path}: the student copy would still contain solution code: {found[0]!r}")
            target = out / language / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(student, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
            written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notebooks", type=Path, default=ROOT / "notebooks", help="folder with en/ (and zh/)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "student", help="where to write the copies")
    args = parser.parse_args(argv)
    written = make_student(args.notebooks, args.out)
    print(f"{len(written)} student notebooks in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
