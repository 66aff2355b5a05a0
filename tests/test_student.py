"""`make student`: the copies handed to students hold no solution, and run as the committed notebooks do."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks" / "en").glob("*.ipynb"))
LIGHT = "04_cost_and_gradient_descent"  # no MNIST, no training: the one executed end to end below


def tags(cell):
    return cell["metadata"].get("tags", [])


def source(cell):
    return "".join(cell["source"])


@pytest.fixture(scope="module")
def student(tmp_path_factory):
    """The student copies, built by the script as `make student` runs it, into a temporary folder."""
    out = tmp_path_factory.mktemp("student")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_student.py"), "--out", str(out)], check=True,
                   capture_output=True)
    return out


def pair(student, path):
    copy = student / "en" / path.name
    return json.loads(path.read_text()), copy.read_text(), json.loads(copy.read_text())


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_solution_anywhere(student, path):
    """Catches a student copy that still holds a solution: its cell, or any line of its code that the committed
    notebook has nowhere but in the solution (in sources, outputs or metadata of the copy's raw JSON)."""
    committed, raw, copy = pair(student, path)
    solutions = [c for c in committed["cells"] if "solution" in tags(c)]
    assert solutions, "the committed notebook has solutions to remove"
    elsewhere = json.dumps([c for c in committed["cells"] if "solution" not in tags(c)], ensure_ascii=False)
    for cell in solutions:
        for block in re.findall(r"```python\n(.*?)```", source(cell), re.S):
            for line in filter(None, (line.strip() for line in block.splitlines())):
                escaped = json.dumps(line, ensure_ascii=False)[1:-1]
                if escaped not in elsewhere:  # a line only the solution has
                    assert escaped not in raw, f"solution code in the student copy: {line}"
    assert not any("solution" in tags(c) for c in copy["cells"])
    assert "<b>Solution</b>" not in raw


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_exercises_cleared_everything_else_as_committed(student, path):
    """Catches an exercise copy still showing the committed output, or any other cell changed on the way
    (the copies must be the committed notebooks minus solutions)."""
    committed, _, copy = pair(student, path)
    kept = [c for c in committed["cells"] if "solution" not in tags(c)]
    assert len(copy["cells"]) == len(kept)
    for mine, theirs in zip(copy["cells"], kept):
        if "exercise" in tags(theirs):
            assert mine["outputs"] == [] and mine["execution_count"] is None
            assert {k: v for k, v in mine.items() if k not in ("outputs", "execution_count")} == {
                k: v for k, v in theirs.items() if k not in ("outputs", "execution_count")}
        else:
            assert mine == theirs
    assert copy["metadata"] == committed["metadata"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_code_cells_are_the_committed_ones(student, path):
    """Catches a copy whose code differs from what nbval runs: the sequence of code cells must be identical,
    so nbval's top-to-bottom run of the committed notebook is a run of the student copy."""
    committed, _, copy = pair(student, path)
    code = [source(c) for c in committed["cells"] if c["cell_type"] == "code"]
    assert [source(c) for c in copy["cells"] if c["cell_type"] == "code"] == code


def test_a_student_copy_runs_to_the_end(student, tmp_path):
    """Catches a student copy that fails when run (e.g. a later cell needing a removed solution's definition)."""
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(student / "en" / f"{LIGHT}.ipynb", as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    errors = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    exercise = next(c for c in notebook.cells if "exercise" in c.metadata.get("tags", []))
    shown = "".join(o.get("text", "") + o.get("data", {}).get("text/plain", "") for o in exercise.outputs)
    assert "Not yet" in shown  # the skeleton's answer, as a student will see it
