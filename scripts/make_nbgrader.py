"""nbgrader course folders from the notebooks: exercises graded by their checks, open questions by the teacher.

    python scripts/make_nbgrader.py [--notebooks notebooks] [--out dist/nbgrader]

For each language (en, zh) it writes a course folder <out>/<language>/ for nbgrader: ``nbgrader_config.py`` and
``source/<notebook>/<notebook>.ipynb``, one assignment per notebook. In each notebook:

- An exercise cell (tag ``exercise``) becomes an nbgrader "autograded answer" cell. Its code is the skeleton with
  the reference solution, taken from the collapsed Markdown solution right after it (tag ``solution``, which is
  dropped), between ``### BEGIN SOLUTION`` and ``### END SOLUTION``. The lines the skeleton and the solution share
  stay outside; the skeleton's own lines (its ``...`` placeholder, its goal) go above the region, a ``return ...``
  placeholder below it, where the reference solution never reaches it (a solution that does not return ends with a
  bare ``return`` for that). ``nbgrader generate_assignment`` replaces the region by one comment (``STUB``), so the
  student's exercise is the committed skeleton plus that comment, and *Run All* goes to the end as it does now.
- After it comes a locked "autograder test" cell that asserts the exercise's check: 1 point for an answer of one
  or two lines, 2 up to six lines, 3 for more. A check never raises, so the test asserts on its result, whose text
  is the check's message (the student's feedback).
- A Markdown cell tagged ``question`` (an open question) becomes read-only and is followed by a "manually graded
  answer" cell (1 point) where the student writes. Cells tagged ``quiz`` (self-checking multiple choice) stay as
  they are: practice, not graded.
- 00's text about the solutions is rewritten for students, as ``make student`` does.

The answers to the questions stay in the teacher's ``notebooks/answers/``: nothing here copies them. Before writing
anything it refuses (exit status 1, one line per problem), as ``make student`` does, a notebook whose release would
give a solution away, and an exercise it cannot turn into a graded cell (no check call at its end, a solution that
adds nothing to the skeleton, code that is not valid Python with or without the solution).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import notebook_json
from make_student import (
    LANGUAGES,
    SOLUTION_CODE,
    Refused,
    for_students,
    leaks,
    read_notebook,
    source,
    tag_problems,
    tags,
    with_exercises_cleared,
)

ROOT = Path(__file__).resolve().parent.parent
BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
CHECK_CALL = re.compile(r"^(check_(\w+))\(.*\)$")
# What the students see in place of the solution and of an answer, and the comment on each autograder test.
STUB = {"en": "# graded: replace the ... with your code", "zh": "# 评分：把 ... 换成你的代码"}
ANSWER_STUB = {"en": "Your answer here.", "zh": "在这里写你的回答。"}
TEST_COMMENT = {"en": "# The autograder's test, {points}: the check above must pass.",
                "zh": "# 自动评分，{points}：上面的检查必须通过。"}
POINTS = {"en": ("1 point", "2 points", "3 points"), "zh": ("1 分", "2 分", "3 分")}
ANSWER_SOURCE = {"en": "The reference answer, for the teacher only: question {number} in `{key}` (the repository of the series).",
                 "zh": "参考答案只给老师：见本系列仓库的 `{key}`，第 {number} 题。"}
QUESTION_NUMBER = re.compile(r"^\s*\*\*(\d+)\.")  # **3. Explain.** ... (the questions at the end of a notebook)
CONFIG = '''\
# nbgrader's settings for the mnistnet course ({language}), written by `make nbgrader` (scripts/make_nbgrader.py).
c = get_config()  # noqa: F821 (nbgrader defines get_config)
c.CourseDirectory.course_id = "mnistnet-{language}"
# What replaces a reference solution in the students' copy: a comment, so the exercise keeps its skeleton and
# Run All goes on (nbgrader's default, raise NotImplementedError(), would stop it at the first exercise).
c.ClearSolutions.code_stub = {{"python": {stub!r}}}
c.ClearSolutions.text_stub = {answer!r}
# Training cells take up to ~11 s on a quiet 2-core machine; a busy hub is slower (nbgrader's default: 30 s).
c.Execute.timeout = 120
'''


def indent_of(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def points(answer: list[str]) -> int:
    """1 point for an answer of one or two lines of code, 2 up to six, 3 for more."""
    lines = [line for line in answer if line.strip() and not line.strip().startswith("#")]
    return 1 if len(lines) <= 2 else 2 if len(lines) <= 6 else 3


def graded_exercise(skeleton: str, solution: str) -> tuple[str, int]:
    """The exercise cell of the course source (the skeleton with the solution between the markers), and its points."""
    mine, theirs = skeleton.rstrip("\n").split("\n"), solution.rstrip("\n").split("\n")
    start = 0
    while start < min(len(mine), len(theirs)) and mine[start] == theirs[start]:
        start += 1
    end = 0
    while end < min(len(mine), len(theirs)) - start and mine[-1 - end] == theirs[-1 - end]:
        end += 1
    placeholder, answer = mine[start : len(mine) - end], theirs[start : len(theirs) - end]
    if not any(line.strip() for line in answer):
        raise Refused("its solution adds nothing to the skeleton")
    indent = min((indent_of(line) for line in answer if line.strip()), key=len)
    below = next((i for i, line in enumerate(placeholder) if line.strip().startswith("return")), len(placeholder))
    last = [line for line in answer if line.strip() and indent_of(line) == indent][-1]
    score = points(answer)
    if below < len(placeholder) and not last.strip().startswith("return"):
        answer = [*answer, indent + "return"]  # so that the reference solution never returns the placeholder's ...
    lines = [*mine[:start], *placeholder[:below], indent + BEGIN, *answer, indent + END, *placeholder[below:],
             *mine[len(mine) - end :]]
    return "\n".join(lines), score


def released(code: str, stub: str) -> str:
    """``code`` as nbgrader's ClearSolutions gives it to students: each region replaced by ``stub``, indented."""
    return re.sub(rf"^([ \t]*){BEGIN}\n.*?^[ \t]*{END}$", lambda m: m.group(1) + stub, code, flags=re.S | re.M)


def nbgrader_metadata(grade_id: str, *, solution: bool = False, grade: bool = False, locked: bool = False,
                      score: int | None = None) -> dict:
    data = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3, "solution": solution}
    return {**data, "points": score} if grade else data


def new_cell(cell_type: str, text: str, grade_id: str, **nbgrader) -> dict:
    cell = {"cell_type": cell_type, "id": f"nbgrader-{grade_id}"[:64], "source": text.splitlines(keepends=True),
            "metadata": {"nbgrader": nbgrader_metadata(grade_id, **nbgrader)}}
    return {**cell, "execution_count": None, "outputs": []} if cell_type == "code" else cell


def unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name_2``, ``name_3``... if a cell of this notebook already has it."""
    number, candidate = 1, name
    while candidate in taken:
        number += 1
        candidate = f"{name}_{number}"
    taken.add(candidate)
    return candidate


def graded_cells(cells: list[dict], language: str, answer_key: str) -> list[dict]:
    """The cells of the course source: exercises with their solutions and tests, questions with answer cells."""
    out, taken, questions = [], set(), 0
    for index, cell in enumerate(cells):
        if "solution" in tags(cell):
            continue
        cell = {**cell, "metadata": dict(cell["metadata"])}
        if "exercise" in tags(cell) and cell["cell_type"] == "code":
            after = cells[index + 1] if index + 1 < len(cells) else {}
            if "solution" not in tags(after):
                raise Refused(f"cell {index} (an exercise) has no solution cell right after it")
            skeleton = source(cell)
            call = CHECK_CALL.match(skeleton.rstrip().split("\n")[-1])
            if not call:
                raise Refused(f"cell {index} (an exercise) does not end with its check call, e.g. check_sizes(sizes)")
            try:
                code, score = graded_exercise(skeleton, "\n".join(SOLUTION_CODE.findall(source(after))))
                for text in (code, released(code, STUB[language])):
                    compile(text, f"cell {index}", "exec")
            except Refused as reason:
                raise Refused(f"cell {index} (an exercise): {reason}") from None
            except SyntaxError as error:
                raise Refused(f"cell {index} (an exercise) with its solution is not valid Python: {error}") from None
            name = unique(call.group(2), taken)
            cell["metadata"]["nbgrader"] = nbgrader_metadata(name, solution=True)
            comment = TEST_COMMENT[language].format(points=POINTS[language][score - 1])
            test = f"{comment}\nresult = {call.group(0)}\nassert result, result"
            out += [{**cell, "source": code.splitlines(keepends=True), "outputs": [], "execution_count": None},
                    new_cell("code", test, unique(f"{name}_test", taken), grade=True, locked=True, score=score)]
        elif "question" in tags(cell) and cell["cell_type"] == "markdown":
            questions += 1
            number = int(found.group(1)) if (found := QUESTION_NUMBER.match(source(cell))) else questions
            name = unique(f"question_{number}", taken)
            cell["metadata"]["nbgrader"] = nbgrader_metadata(name, locked=True)
            answer = ANSWER_SOURCE[language].format(key=answer_key, number=number)
            out += [cell, new_cell("markdown", answer, unique(f"{name}_answer", taken), solution=True, grade=True, score=1)]
        else:
            out.append(cell)
    return out


def answer_key(source_root: Path, path: Path) -> str:
    """Where the answers to the questions of notebook ``path`` are: <notebooks>/answers/<language>/NN_*.md."""
    folder = source_root / "answers" / path.parent.name
    key = next(iter(sorted(folder.glob(f"{path.stem[:2]}_*.md"))), folder).resolve()
    return key.relative_to(ROOT).as_posix() if key.is_relative_to(ROOT) else key.as_posix()


def make_nbgrader(source_root: Path, out: Path) -> list[Path]:
    """Write a course folder per language under ``out``; return the notebooks written.

    Raises ``Refused``, and writes nothing, when a release would give a solution away or an exercise cannot be graded.
    """
    if out.resolve().is_relative_to(source_root.resolve()):
        raise Refused(f"--out {out} is inside the notebooks folder {source_root}: choose another folder, e.g. dist/nbgrader")
    paths = [path for language in LANGUAGES for path in sorted((source_root / language).glob("*.ipynb"))]
    if not paths:
        raise Refused(f"{source_root}: no notebooks in {source_root / 'en'} or {source_root / 'zh'}")
    courses, problems = {}, []
    for path in paths:
        language = path.parent.name
        try:
            notebook = read_notebook(path)
            cells = with_exercises_cleared(notebook["cells"])
            found = tag_problems(cells) + leaks(cells)
            if found:
                problems += [f"{path}: {problem}" for problem in found]
                continue
            graded = graded_cells(for_students(cells, path.name, language), language, answer_key(source_root, path))
        except Refused as reason:
            problems.append(str(reason) if str(reason).startswith(str(path)) else f"{path}: {reason}")
            continue
        courses[out / language / "source" / path.stem / path.name] = {**notebook, "cells": graded}
    if problems:
        raise Refused("\n".join(problems))
    for language in {target.parts[-4] for target in courses}:
        config = CONFIG.format(language=language, stub=STUB[language], answer=ANSWER_STUB[language])
        (out / language).mkdir(parents=True, exist_ok=True)
        (out / language / "nbgrader_config.py").write_text(config, encoding="utf-8")
    for target, notebook in courses.items():
        notebook_json.write(target, notebook)
    return list(courses)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notebooks", type=Path, default=ROOT / "notebooks", help="folder with en/ and/or zh/")
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "nbgrader", help="where to write the course folders")
    args = parser.parse_args(argv)
    try:
        written = make_nbgrader(args.notebooks, args.out)
    except Refused as reason:
        print(f"make_nbgrader: no course written.\n{reason}", file=sys.stderr)
        return 1
    print(f"{len(written)} notebooks in the nbgrader course folders {', '.join(sorted({str(p.parents[2]) for p in written}))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
