"""`make student`: the copies handed to students hold no solution, and run as the committed notebooks do."""

import json
import re
import subprocess
import sys
from pathlib import Path

import notebook_json
import pytest
from conftest import code_cell as code
from conftest import markdown_cell as markdown
from conftest import script_refused
from notebook_json import source, tags

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[ez][nh]/*.ipynb"))
SCRIPT = ROOT / "scripts" / "make_student.py"
LIGHT = "04_cost_and_gradient_descent"  # no MNIST, no training: the one executed end to end below


@pytest.fixture(scope="module")
def student(tmp_path_factory):
    """The student copies, built by the script as `make student` runs it, into a temporary folder."""
    out = tmp_path_factory.mktemp("student")
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], check=True, capture_output=True)
    return out


def pair(student, path):
    copy = student / path.parent.name / path.name
    return notebook_json.read(path), copy.read_text(), notebook_json.read(copy)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}-{p.stem}")
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
    assert "<b>Solution</b>" not in raw and "<b>参考答案</b>" not in raw


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_exercises_cleared_everything_else_as_committed(student, path):
    """Catches an exercise copy still showing the committed output, or any other cell changed on the way
    (the copies must be the committed notebooks minus solutions; only 00's text about solutions is rewritten)."""
    committed, _, copy = pair(student, path)
    kept = [c for c in committed["cells"] if "solution" not in tags(c)]
    assert len(copy["cells"]) == len(kept)
    for mine, theirs in zip(copy["cells"], kept):
        if "exercise" in tags(theirs):
            assert mine["outputs"] == [] and mine["execution_count"] is None
            assert {k: v for k, v in mine.items() if k not in ("outputs", "execution_count")} == {
                k: v for k, v in theirs.items() if k not in ("outputs", "execution_count")}
        elif path.stem == "00_start_here" and theirs["cell_type"] == "markdown":
            assert {k: v for k, v in mine.items() if k != "source"} == {k: v for k, v in theirs.items() if k != "source"}
        else:
            assert mine == theirs
    assert copy["metadata"] == committed["metadata"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}-{p.stem}")
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


def test_the_student_folder_holds_the_notebooks_and_nothing_else(student):
    """Catches the teacher's material reaching the students with their copies: the answer key to the end-of-notebook
    questions (notebooks/answers/), TEACHING.md, or anything else but one copy of each notebook."""
    written = sorted(path.relative_to(student).as_posix() for path in student.rglob("*") if path.is_file())
    assert written == sorted(f"{path.parent.name}/{path.name}" for path in NOTEBOOKS)


@pytest.mark.parametrize("language, teacher, student_text", [
    ("en", "Under each exercise is a closed **Solution**", "This copy has no solutions."),
    ("zh", "每个练习下面都有一个折叠起来的**参考答案**", "这份学生版没有参考答案。"),
])
def test_00_tells_students_their_copy_has_no_solutions(student, language, teacher, student_text):
    """Catches the student copy of 00 still promising "Under each exercise is a closed Solution" (issue 16):
    in each language the sentence for teachers is gone and one for students is there."""
    committed = (ROOT / "notebooks" / language / "00_start_here.ipynb").read_text(encoding="utf-8")
    copy = (student / language / "00_start_here.ipynb").read_text(encoding="utf-8")
    assert teacher in committed
    assert teacher not in copy and student_text in copy


# A notebook made for these tests: a lesson cell, an exercise, its solution, a cell using the result.
LESSON = "x = 3\nprint(x)"
SKELETON = "def double(x):\n    return ...  # your code\n\n\ncheck_double(double)"
SOLUTION_CODE = "def double(x):\n    return 2 * x\n\n\ncheck_double(double)\n"
SOLUTION = f"<details><summary><b>Solution</b> (click to open)</summary>\n\n```python\n{SOLUTION_CODE}```\n\n</details>"


def teacher_cells():
    return [code(LESSON, output="3\n"), code(SKELETON, ["exercise"]), markdown(SOLUTION, ["solution"]), code("print(double(4))")]


def run_script(tmp_path, cells=None, out=None, raw=None):
    """Write one notebook (``cells``, or the text ``raw``) into tmp_path/notebooks/en/ and run the script on it."""
    folder = tmp_path / "notebooks" / "en"
    folder.mkdir(parents=True, exist_ok=True)
    notebook = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    (folder / "lesson.ipynb").write_text(raw if raw is not None else json.dumps(notebook, indent=1), encoding="utf-8")
    out = out or tmp_path / "student"
    command = [sys.executable, str(SCRIPT), "--notebooks", str(tmp_path / "notebooks"), "--out", str(out)]
    return subprocess.run(command, capture_output=True, text=True)


def test_the_answer_key_beside_the_notebooks_is_left_out(tmp_path):
    """Catches the answer key (notebooks/answers/<language>/NN_*.md, one file per notebook) or the teacher's guide
    copied to the students: only the notebooks of en/ and zh/ are written."""
    answers = tmp_path / "notebooks" / "answers" / "en"
    answers.mkdir(parents=True)
    (answers / "lesson.md").write_text("1. Shuffling every epoch stops the network from learning the order.\n")
    notebook = {"cells": teacher_cells(), "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    (answers / "lesson.ipynb").write_text(json.dumps(notebook))  # a notebook of answers is the teacher's too
    (tmp_path / "notebooks" / "TEACHING.md").write_text("# Teaching\n")
    done = run_script(tmp_path, teacher_cells())
    assert done.returncode == 0, done.stderr
    written = sorted(path.relative_to(tmp_path / "student").as_posix() for path in (tmp_path / "student").rglob("*"))
    assert written == ["en", "en/lesson.ipynb"]


def test_a_clean_notebook_gives_a_copy_without_its_solution(tmp_path):
    """Catches leak detection that refuses the ordinary case (the refusals below must be about the leak)."""
    done = run_script(tmp_path, teacher_cells())
    assert done.returncode == 0, done.stderr
    copy = (tmp_path / "student" / "en" / "lesson.ipynb").read_text()
    assert "2 * x" not in copy and "return ..." in copy


def refused(done, *words):
    """The script stopped with status 1, one clear message naming the notebook, no traceback."""
    return script_refused(done, "lesson.ipynb", *words)


def test_an_exercise_filled_in_with_its_solution_is_refused(tmp_path):
    """Catches the student copy handing out a solution that a teacher left typed into the exercise cell."""
    cells = teacher_cells()
    cells[1] = code(SOLUTION_CODE, ["exercise"])
    assert refused(run_script(tmp_path, cells), "cell 1", "filled in")
    assert not (tmp_path / "student").exists()


def test_an_exercise_with_one_answer_line_typed_in_is_refused(tmp_path):
    """Catches an exercise whose `...` was replaced by a variant of the answer (not word for word the solution)."""
    cells = teacher_cells()
    cells[1] = code(SKELETON.replace("return ...", "return x + x"), ["exercise"])
    assert refused(run_script(tmp_path, cells), "cell 1", "filled in")


def test_solution_code_in_a_kept_untagged_cell_is_refused(tmp_path):
    """Catches leak detection made blind (the mutation that survived): looking at the solution cells it removes, or
    ignoring solution lines that appear in another cell, instead of searching the cells it KEEPS: an untagged scratch
    cell holding the answer was copied to the students."""
    cells = teacher_cells()
    cells.insert(3, code("def double(x):\n    return 2 * x"))
    assert refused(run_script(tmp_path, cells), "cell 3", "return 2 * x")


def test_a_cell_above_the_exercise_holding_its_whole_solution_is_refused(tmp_path):
    """Catches a scratch cell above the exercise: the lesson before an exercise may show pieces, not the answer."""
    cells = teacher_cells()
    cells.insert(0, code("def double(x):\n    return 2 * x"))
    assert refused(run_script(tmp_path, cells), "cell 0", "whole solution")


def test_the_lesson_may_show_pieces_of_an_answer_before_the_exercise(tmp_path):
    """Catches refusing 05's design: the forward pass is shown and run above the exercise that assembles it, so
    those lines are given, not leaked (only the remaining lines are the answer)."""
    cells = teacher_cells()
    cells[2] = markdown(SOLUTION.replace("return 2 * x", "y = x + 0\n    return 2 * y"), ["solution"])
    cells.insert(0, code("y = x + 0"))
    assert run_script(tmp_path, cells).returncode == 0


def test_solution_code_in_a_saved_output_is_refused(tmp_path):
    """Catches the answer reaching students through a kept cell's saved output (a printed source, a traceback)."""
    cells = teacher_cells()
    cells[3] = code("print(inspect.getsource(double))", output="def double(x):\n    return 2 * x\n")
    assert refused(run_script(tmp_path, cells), "cell 3", "saved output")


@pytest.mark.parametrize("tag", ["Solution", "SOLUTION", None])
def test_a_solution_cell_tagged_otherwise_or_untagged_is_refused(tmp_path, tag):
    """Catches a solution cell kept in the copy because its tag is spelt `Solution` or missing."""
    cells = teacher_cells()
    cells[2] = markdown(SOLUTION, [tag] if tag else [])
    assert refused(run_script(tmp_path, cells), "cell 2")


@pytest.mark.parametrize("inside", ["", "student"])
def test_out_in_the_notebooks_folder_is_refused(tmp_path, inside):
    """Catches `--out notebooks`: the copies overwrote the teacher's notebooks and deleted their solutions."""
    notebooks = tmp_path / "notebooks"
    done = run_script(tmp_path, teacher_cells(), out=notebooks / inside if inside else notebooks)
    assert done.returncode == 1 and "Traceback" not in done.stderr and "overwrite" in done.stderr
    assert "2 * x" in (notebooks / "en" / "lesson.ipynb").read_text()
    assert sorted(p.relative_to(notebooks).as_posix() for p in notebooks.rglob("*")) == ["en", "en/lesson.ipynb"]


def test_a_merge_conflicted_notebook_gives_one_line_naming_it(tmp_path):
    """Catches a 19-line traceback for a notebook with a merge conflict left in it."""
    text = json.dumps({"cells": teacher_cells(), "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1)
    conflict = '\n<<<<<<< HEAD\n "metadata": {},\n=======\n "metadata": {"a": 1},\n>>>>>>> theirs'
    conflicted = text.replace('\n "metadata": {}', conflict, 1)
    assert conflicted != text
    done = run_script(tmp_path, raw=conflicted)
    assert refused(done, "not a valid notebook", "merge conflict")
    assert len(done.stderr.strip().splitlines()) == 2  # "no student copy written." and the one line naming the file


def test_a_folder_without_en_or_zh_is_an_error(tmp_path):
    """Catches "0 student notebooks" and exit status 0 for a folder holding no en/ or zh/ (a mistyped --notebooks)."""
    (tmp_path / "lessons").mkdir()
    command = [sys.executable, str(SCRIPT), "--notebooks", str(tmp_path / "lessons"), "--out", str(tmp_path / "out")]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 1 and "no notebooks" in done.stderr and "Traceback" not in done.stderr
