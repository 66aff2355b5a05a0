"""`make nbgrader`: course folders that real nbgrader turns into the students' skeletons and grades by the checks."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import notebook_json
import pytest
from conftest import code_cell as code
from conftest import markdown_cell as markdown
from conftest import script_refused
from nbgrader.api import Gradebook
from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import ClearSolutions
from notebook_json import source, tags
from traitlets.config.loader import PyFileConfigLoader

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[ez][nh]/*.ipynb"))
SCRIPT = ROOT / "scripts" / "make_nbgrader.py"
# The notebook graded for real below: the shortest to run (about 8 s of CPU), two exercises of 1 and 2 points.
GRADED = "03_network_and_feedforward"


def nbgrader(cell):
    return cell["metadata"].get("nbgrader", {})


def config(course: Path):
    """The course's own nbgrader_config.py, as nbgrader loads it."""
    loaded = PyFileConfigLoader("nbgrader_config.py", str(course)).load_config()
    loaded.CourseDirectory.root = str(course)
    return loaded


@pytest.fixture(scope="module")
def courses(tmp_path_factory):
    """The course folders, built by the script as `make nbgrader` runs it, into a temporary folder."""
    out = tmp_path_factory.mktemp("nbgrader")
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], check=True, capture_output=True)
    return out


def release(courses, path):
    """The students' version of ``path`` as nbgrader's own ClearSolutions makes it, with the course's settings."""
    course = courses / path.parent.name
    notebook = nbformat.read(course / "source" / path.stem / path.name, as_version=4)
    released, _ = ClearSolutions(config=config(course)).preprocess(notebook, {})
    return released


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_each_exercise_is_released_as_its_skeleton_and_graded_by_its_check(courses, path):
    """Catches a release that loses or changes the committed skeleton (nbgrader's `raise NotImplementedError()` stub,
    which stops Run All, or the skeleton's `return ...` swallowed by the solution region), and an exercise whose check
    is not an autograded test: each exercise is followed by a locked test cell with points asserting its check."""
    committed = notebook_json.cells(path)
    released = {cell.id: cell for cell in release(courses, path).cells}
    order = list(released)
    stub = config(courses / path.parent.name).ClearSolutions.code_stub["python"]
    exercises = [cell for cell in committed if "exercise" in tags(cell)]
    assert exercises
    for cell in exercises:
        mine = released[cell["id"]]
        assert nbgrader(mine)["solution"] and not nbgrader(mine)["grade"]
        lines = source(mine).split("\n")
        assert [line for line in lines if line.strip() != stub.strip()] == source(cell).split("\n")
        assert len(lines) == len(source(cell).split("\n")) + 1  # the stub: one comment, nothing that raises
        test = released[order[order.index(cell["id"]) + 1]]
        check = source(cell).rstrip().split("\n")[-1]
        assert nbgrader(test)["grade"] and nbgrader(test)["locked"] and nbgrader(test)["points"] >= 1
        assert not nbgrader(test)["solution"]
        assert re.search(rf"^result = {re.escape(check)}\nassert result, result$", source(test), re.M)
    graded = [cell for cell in released.values() if nbgrader(cell).get("grade") and cell.cell_type == "code"]
    assert len(graded) == len(exercises)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_no_solution_in_the_release(courses, path):
    """Catches the students' release still holding a reference solution: the collapsed Markdown solution (which
    nbgrader would leave in) or a line of solution code that the committed notebook has nowhere else."""
    committed = notebook_json.cells(path)
    released = nbformat.writes(release(courses, path))
    elsewhere = json.dumps([c for c in committed if "solution" not in tags(c)], ensure_ascii=False)
    solutions = [c for c in committed if "solution" in tags(c)]
    assert solutions
    for cell in solutions:
        for block in re.findall(r"```python\n(.*?)```", source(cell), re.S):
            for line in filter(None, (line.strip() for line in block.splitlines())):
                escaped = json.dumps(line, ensure_ascii=False)[1:-1]
                if escaped not in elsewhere:
                    assert escaped not in released, f"solution code in the release: {line}"
    assert "<details>" not in released


# nbgrader 0.9.6's gradebook warns about its own session under SQLAlchemy 2 (an SAWarning, a RuntimeWarning, which
# pyproject turns into errors): nbgrader's business, not this course's.
@pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")
def test_real_nbgrader_grades_the_solutions_full_and_an_untouched_copy_zero(courses, tmp_path, monkeypatch):
    """Catches a course that nbgrader cannot use: `generate_assignment` and `autograde` run for real on GRADED.
    A copy filled with the reference solutions gets every point, an untouched copy gets zero, and neither crashes:
    in the untouched copy only the autograder tests fail, every other cell runs (Run All goes to the end). The
    answers to open questions, if the notebook has any, wait for the teacher when written, and get 0 when left empty."""
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")  # nbgrader runs alembic
    course = tmp_path / "course"
    shutil.copytree(courses / "en", course)
    api = NbGraderAPI(CourseDirectory(config=config(course)), config=config(course))
    assert api.generate_assignment(GRADED)["success"]
    released = notebook_json.read(course / "release" / GRADED / f"{GRADED}.ipynb")
    solutions = {c["id"]: c["source"] for c in notebook_json.cells(course / "source" / GRADED / f"{GRADED}.ipynb")
                 if nbgrader(c).get("solution")}
    filled = {**released, "cells": [{**c, "source": solutions.get(c["id"], c["source"])} for c in released["cells"]]}
    assert filled != released
    for student, notebook in (("full", filled), ("zero", released)):
        folder = course / "submitted" / student / GRADED
        folder.mkdir(parents=True)
        (folder / f"{GRADED}.ipynb").write_text(json.dumps(notebook), encoding="utf-8")
        assert api.autograde(GRADED, student)["success"]
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        scores = {student: {grade.name: (grade.auto_score, grade.max_score, grade.needs_manual_grade)
                            for grade in gradebook.find_submission_notebook(GRADED, GRADED, student).grades}
                  for student in ("full", "zero")}
    tests = [c["metadata"]["nbgrader"] for c in released["cells"] if nbgrader(c).get("grade") and not nbgrader(c)["solution"]]
    assert len(tests) == 2
    for test in tests:
        assert scores["full"][test["grade_id"]] == (test["points"], test["points"], False)
        assert scores["zero"][test["grade_id"]] == (0, test["points"], False)
    for answer in [c["metadata"]["nbgrader"] for c in released["cells"] if nbgrader(c).get("grade") and nbgrader(c)["solution"]]:
        assert scores["full"][answer["grade_id"]] == (None, answer["points"], True)
        assert scores["zero"][answer["grade_id"]] == (0, answer["points"], False)
    for student in ("full", "zero"):
        graded = notebook_json.read(course / "autograded" / student / GRADED / f"{GRADED}.ipynb")
        code = [c for c in graded["cells"] if c["cell_type"] == "code"]
        assert all(c["execution_count"] for c in code), "a cell did not run"
        failed = [c["metadata"]["nbgrader"]["grade_id"] for c in code if any(o["output_type"] == "error" for o in c["outputs"])]
        assert failed == ([] if student == "full" else [test["grade_id"] for test in tests])


# A notebook made for the tests below: a lesson cell, an exercise and its solution, an open question, a quiz.
SKELETON = "def double(x):\n    return ...  # your code: twice x\n\n\ncheck_double(double)"
SOLUTION = ("<details><summary><b>Solution</b> (click to open)</summary>\n\n```python\n"
            "def double(x):\n    return 2 * x\n\n\ncheck_double(double)\n```\n\n</details>")
ANSWER_KEY = "Doubling twice gives four times x, because multiplication is associative."


def lesson_cells():
    return [code("x = 3"), code(SKELETON, ["exercise"]), markdown(SOLUTION, ["solution"]),
            markdown("**2. Predict.** What does `double(double(x))` give, and why?", ["question"]),
            code('quiz("lesson-1")', ["quiz"])]


def run_script(tmp_path, cells):
    """Write one notebook into tmp_path/notebooks/en/, its answer key into notebooks/answers/en/, run the script."""
    folder = tmp_path / "notebooks" / "en"
    folder.mkdir(parents=True, exist_ok=True)
    (tmp_path / "notebooks" / "answers" / "en").mkdir(parents=True, exist_ok=True)
    (tmp_path / "notebooks" / "answers" / "en" / "07_lesson.md").write_text(f"1. {ANSWER_KEY}\n", encoding="utf-8")
    notebook = {"cells": cells, "metadata": {"kernelspec": {"language": "python", "name": "python3"}}, "nbformat": 4,
                "nbformat_minor": 5}
    (folder / "07_lesson.ipynb").write_text(json.dumps(notebook, indent=1), encoding="utf-8")
    command = [sys.executable, str(SCRIPT), "--notebooks", str(tmp_path / "notebooks"), "--out", str(tmp_path / "out")]
    return subprocess.run(command, capture_output=True, text=True)


def test_an_open_question_gets_a_manually_graded_answer_cell_and_a_quiz_stays_practice(tmp_path):
    """Catches an open question (tag `question`) left without a place to answer, or graded automatically; a quiz
    (tag `quiz`, self-checking) turned into graded work; and the answer key reaching the students' release."""
    done = run_script(tmp_path, lesson_cells())
    assert done.returncode == 0, done.stderr
    course = tmp_path / "out" / "en"
    cells = notebook_json.cells(course / "source" / "07_lesson" / "07_lesson.ipynb")
    question = next(n for n, c in enumerate(cells) if "question" in tags(c))
    assert nbgrader(cells[question])["locked"] and not nbgrader(cells[question])["grade"]
    answer = cells[question + 1]
    assert answer["cell_type"] == "markdown" and nbgrader(answer)["solution"] and nbgrader(answer)["grade"]
    assert nbgrader(answer)["points"] == 1
    assert nbgrader(cells[question])["grade_id"] == "question_2" and nbgrader(answer)["grade_id"] == "question_2_answer"
    assert "question 2 in" in source(answer) and "answers/en/07_lesson.md" in source(answer)  # where the key is
    quiz = next(c for c in cells if "quiz" in tags(c))
    assert "nbgrader" not in quiz["metadata"] and source(quiz) == 'quiz("lesson-1")'
    released = nbformat.writes(release(tmp_path / "out", tmp_path / "notebooks" / "en" / "07_lesson.ipynb"))
    assert "Your answer here." in released and "answers/en" not in released
    assert ANSWER_KEY not in released and ANSWER_KEY not in json.dumps(cells)
    assert "return 2 * x" not in released and "return ...  # your code: twice x" in released


def refused(done, *words):
    """The script stopped with status 1, a message naming the notebook, no traceback."""
    return script_refused(done, "07_lesson.ipynb", *words)


def test_an_exercise_without_its_check_call_is_refused(tmp_path):
    """Catches an exercise turned into graded work with no test: nothing would give its points."""
    cells = lesson_cells()
    cells[1] = code(SKELETON.replace("\n\n\ncheck_double(double)", ""), ["exercise"])
    cells[2] = markdown(SOLUTION.replace("\n\n\ncheck_double(double)", ""), ["solution"])
    assert refused(run_script(tmp_path, cells), "cell 1", "check call")
    assert not (tmp_path / "out").exists()


def test_an_exercise_without_a_solution_after_it_is_refused(tmp_path):
    """Catches a course whose reference solution is missing: the autograder's full-marks copy could not exist."""
    cells = lesson_cells()
    del cells[2]
    assert refused(run_script(tmp_path, cells), "cell 1", "no solution")


def test_an_exercise_filled_in_is_refused(tmp_path):
    """Catches a release that would hand out a solution typed into the exercise (the refusal of `make student`)."""
    cells = lesson_cells()
    cells[1] = code(SKELETON.replace("return ...", "return x + x"), ["exercise"])
    assert refused(run_script(tmp_path, cells), "cell 1", "filled in")


def test_a_solution_that_does_not_return_never_returns_the_placeholder(tmp_path):
    """Catches the reference solution of an exercise that changes its argument (06's update_mini_batch) falling
    through to the skeleton's `return ...` below the region: the check rejects a function that returns `...`."""
    cells = lesson_cells()
    cells[1] = code("def grow(items):\n    return ...  # your code: append 1\n\n\ncheck_grow(grow)", ["exercise"])
    cells[2] = markdown(SOLUTION.replace("def double(x):\n    return 2 * x", "def grow(items):\n    items.append(1)")
                        .replace("check_double(double)", "check_grow(grow)"), ["solution"])
    assert run_script(tmp_path, cells).returncode == 0
    cell = next(c for c in notebook_json.cells(tmp_path / "out" / "en" / "source" / "07_lesson" / "07_lesson.ipynb")
                if "exercise" in tags(c))
    namespace = {"check_grow": lambda grow: grow}
    exec(source(cell), namespace)
    items = []
    assert namespace["grow"](items) is None and items == [1]
