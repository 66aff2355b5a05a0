"""Student copies of the notebooks: no solutions anywhere, exercise cells with no output.

    python scripts/make_student.py [--notebooks notebooks] [--out dist/student]

For each <notebooks>/<language>/*.ipynb (en and zh, whichever exist) it writes <out>/<language>/<name>.ipynb:
- every cell tagged ``solution`` (the collapsed Markdown solution) is removed;
- every cell tagged ``exercise`` has no outputs and no execution count (the learner runs it);
- 00's text about the solutions under each exercise is rewritten for students (their copy has none);
- everything else is as committed, so the code cells are the committed ones, in the same order:
  nbval's top-to-bottom run of the committed notebooks is a run of these copies.
Only the notebooks are copied: the teacher's material beside them, the answer key to the end-of-notebook questions
(<notebooks>/answers/<language>/NN_*.md) and TEACHING.md, never reaches <out>.

Before writing anything it looks at the cells each copy KEEPS and refuses (exit status 1, one line per
problem, naming the notebook and the cell) a copy that would still give a solution away:
- an exercise cell already filled in (it holds every line of its solution, or no ``...`` is left in it);
- a kept code cell holding the answer: the lines of a solution that are not in its exercise's skeleton,
  in the cell's code or its saved output. Cells above the exercise are the lesson so far: the lines they
  show are given (05 builds backpropagation from the cells before its exercise), unless one cell holds the
  whole answer;
- a cell that looks like a solution (a collapsed block of Python) but is not tagged ``solution``, or a tag
  spelt another way (``Solution``).
It also refuses an --out that is, or is inside, the notebooks folder (the copies would overwrite the
teacher's notebooks and delete their solutions), a notebook that is not valid JSON (a merge conflict left
in it), and a folder with no notebooks in en/ or zh/.
"""

from __future__ import annotations

import argparse
import copy
import io
import re
import sys
import tokenize
from pathlib import Path

import notebook_json
from notebook_json import source, tags

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "zh")
SOLUTION_CODE = re.compile(r"```python\n(.*?)```", re.S)
# 00 tells a reader where the solutions are; a student's copy has none. (language, teacher's text, student's text):
# the teacher's text is a regular expression; it must be found, so a reworded 00 is noticed here.
STUDENT_TEXTS = {
    "00_start_here.ipynb": [
        ("en", r"look at a solution;", "use their hints;"),
        ("en", r"^## Exercises and solutions$", "## Exercises and hints"),
        ("en", r"- \*\*Your code stays yours\.\*\*.*?(?=\n- |\Z)",
         "- **Your code stays yours.** This copy has no solutions. When a check says \"Not yet\", its hint says\n"
         "  what is wrong and which idea to look at again: go back to it, try again, talk it over with a\n"
         "  classmate, or ask your teacher. *Run All* never replaces your code."),
        ("zh", r"查看参考答案；", "利用检查给出的提示；"),
        ("zh", r"^## 练习和参考答案$", "## 练习和提示"),
        ("zh", r"- \*\*你的代码始终是你的。\*\*.*?(?=\n- |\Z)",
         "- **你的代码始终是你的。** 这份学生版没有参考答案。检查说“还没对”时，它的提示会告诉你哪里不对、"
         "该回头看哪个知识点：回去看一看，再试一次，和同学讨论讨论，或者问老师。*Run All*（全部运行）永远不会覆盖你的代码。"),
    ],
}


class Refused(Exception):
    """A reason not to write the student copies (one line per problem, naming the file)."""


def output_text(cell: dict) -> str:
    """Everything a code cell's saved outputs show as text (pictures aside)."""
    parts = []
    for output in cell.get("outputs", []):
        parts += [output.get("text", ""), *output.get("traceback", [])]
        parts += [value for mime, value in output.get("data", {}).items() if mime.startswith("text/")]
    return "\n".join("".join(part) if isinstance(part, list) else part for part in parts)


def code_lines(text: str) -> set[str]:
    """The lines of code in ``text``, stripped of indentation and of `  # comments`; no blank or comment-only lines."""
    lines = (re.sub(r"\s{2,}#.*$", "", line).strip() for line in text.splitlines())
    return {line for line in lines if line and not line.startswith("#")}


def has_placeholder(code: str) -> bool:
    """Whether ``code`` still holds Python's ``...`` (in the code, not in a comment)."""
    try:
        return any(token.string == "..." for token in tokenize.generate_tokens(io.StringIO(code).readline))
    except (tokenize.TokenError, SyntaxError):
        return "..." in code


def read_notebook(path: Path) -> dict:
    """``notebook_json.read``, refusing (one line naming the file) what is not a notebook."""
    try:
        return notebook_json.read(path)
    except ValueError as error:
        raise Refused(str(error)) from None


def tag_problems(cells: list[dict]) -> list[str]:
    """Cells a teacher meant as solutions or exercises whose tag this script would not recognise."""
    problems = []
    for number, cell in enumerate(cells):
        for tag in tags(cell):
            if tag != tag.strip().lower() and tag.strip().lower() in ("solution", "exercise"):
                problems.append(f"cell {number} is tagged {tag!r}: the tag is {tag.strip().lower()!r}, in lower case")
        text = source(cell)
        if cell["cell_type"] == "markdown" and "solution" not in tags(cell) and "<details" in text and SOLUTION_CODE.search(text):
            problems.append(f"cell {number} looks like a solution (a collapsed block of Python) but is not tagged 'solution'")
    return problems


def leaks(cells: list[dict]) -> list[str]:
    """What the cells a copy KEEPS give away, compared with the solution code removed from it.

    ``cells``: the notebook's cells, exercise outputs already cleared, solution cells still in place (each is
    compared with its exercise, the nearest exercise cell above it); only cells not tagged ``solution`` are searched.
    """
    found = []
    exercise = None
    for number, cell in enumerate(cells):
        if "exercise" in tags(cell) and "solution" not in tags(cell):
            exercise = number
        if "solution" not in tags(cell):
            continue
        if exercise is None:
            found.append(f"cell {number} is a solution with no exercise cell above it")
            continue
        skeleton = source(cells[exercise])
        answer = code_lines("\n".join(SOLUTION_CODE.findall(source(cell)))) - code_lines(skeleton)
        if not answer or not has_placeholder(skeleton):
            found.append(f"cell {exercise} (an exercise) is filled in with its solution: leave the `...` for the student")
            continue
        kept = [(n, c) for n, c in enumerate(cells) if c["cell_type"] == "code" and "solution" not in tags(c) and n != exercise]
        given = set().union(*(code_lines(source(c)) | code_lines(output_text(c)) for n, c in kept if n < exercise))
        for n, other in kept:
            if n < exercise:  # the lesson so far: it may show pieces of the answer, not all of it
                if answer <= code_lines(source(other)):
                    found.append(f"cell {n} holds the whole solution of the exercise in cell {exercise}")
            elif in_code := (answer - given) & code_lines(source(other)):
                found.append(f"cell {n} holds solution code of the exercise in cell {exercise}: {min(in_code)!r}")
            elif in_output := [line for line in answer - given if line in output_text(other)]:
                found.append(f"cell {n}'s saved output holds solution code of the exercise in cell {exercise}: {min(in_output)!r}"
                             " (clear it)")
    return found


def with_exercises_cleared(cells: list[dict]) -> list[dict]:
    """A copy of ``cells`` whose exercise cells have no outputs and no execution count (the learner runs them)."""
    cells = copy.deepcopy(cells)
    for cell in cells:
        if cell["cell_type"] == "code" and "exercise" in tags(cell):
            cell["outputs"], cell["execution_count"] = [], None
    return cells


def for_students(cells: list[dict], name: str, language: str) -> list[dict]:
    """``cells`` with 00's text about solutions rewritten for students (STUDENT_TEXTS)."""
    for lang, teacher, text in STUDENT_TEXTS.get(name, []):
        found = [c for c in cells if lang == language and c["cell_type"] == "markdown"
                 and re.search(teacher, source(c), re.S | re.M)]
        if lang == language and not found:
            raise Refused(f"the text to rewrite for students, /{teacher}/, is not in it any more: "
                          "update STUDENT_TEXTS in scripts/make_student.py")
        for cell in found:
            cell["source"] = re.sub(teacher, lambda _, new=text: new, source(cell), flags=re.S | re.M).splitlines(keepends=True)
    return cells


def make_student(source_root: Path, out: Path) -> list[Path]:
    """Write the student copy of every notebook under ``source_root/<language>/``; return the paths written.

    Raises ``Refused``, and writes nothing, when a copy would give a solution away or the arguments are unsafe.
    """
    if out.resolve().is_relative_to(source_root.resolve()):
        raise Refused(f"--out {out} is inside the notebooks folder {source_root}: the copies would overwrite the "
                      "teacher's notebooks. Choose another folder, e.g. dist/student")
    paths = [path for language in LANGUAGES for path in sorted((source_root / language).glob("*.ipynb"))]
    if not paths:
        raise Refused(f"{source_root}: no notebooks in {source_root / 'en'} or {source_root / 'zh'} "
                      "(--notebooks names the folder holding en/ and zh/)")
    copies, problems = {}, []
    for path in paths:
        try:
            notebook = read_notebook(path)
            cells = with_exercises_cleared(notebook["cells"])
            problems += [f"{path}: {problem}" for problem in tag_problems(cells) + leaks(cells)]
            kept = for_students([c for c in cells if "solution" not in tags(c)], path.name, path.parent.name)
        except Refused as reason:
            problems.append(str(reason) if str(reason).startswith(str(path)) else f"{path}: {reason}")
            continue
        copies[out / path.parent.name / path.name] = {**notebook, "cells": kept}
    if problems:
        raise Refused("\n".join(problems))
    for target, student in copies.items():
        notebook_json.write(target, student)
    return list(copies)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notebooks", type=Path, default=ROOT / "notebooks", help="folder with en/ and/or zh/")
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "student", help="where to write the copies")
    args = parser.parse_args(argv)
    try:
        written = make_student(args.notebooks, args.out)
    except Refused as reason:
        print(f"make_student: no student copy written.\n{reason}", file=sys.stderr)
        return 1
    print(f"{len(written)} student notebooks in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
