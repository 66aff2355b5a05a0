"""Hygiene of the committed notebooks (nbval re-runs them; this checks what readers see without running)."""

import ast
import importlib.util
import json
import re
from pathlib import Path

import pytest
from notebook_json import read as load
from notebook_json import source, tags

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = sorted((ROOT / "notebooks" / "en").glob("*.ipynb"))
NOTEBOOKS = ENGLISH + sorted((ROOT / "notebooks" / "zh").glob("*.ipynb"))  # the Chinese twins follow the same rules
# What a learner reads in each language: the "You will learn" line, the time line, the exercises' heading.
MARKERS = {
    "en": {"learn": "**You will learn**", "time": r"\*\*Time:\*\* about \d+", "try": "Try it"},
    "zh": {"learn": "**你将学到**", "time": r"\*\*用时：\*\* 约 ?\d+", "try": "动手试试"},
}
# The least number of cells nbval compares, per notebook: raise it when you add checks, never lower it.
MIN_CHECKED = json.loads((Path(__file__).parent / "notebook_checks.json").read_text())
TAG = "nbval-check-output"  # nbval compares the outputs of cells with this tag (--nbval-lax)
_spec = importlib.util.spec_from_file_location("sync_zh", ROOT / "scripts" / "sync_zh.py")
sync_zh = importlib.util.module_from_spec(_spec)  # code_parts: a code cell's logic and its (translatable) words
_spec.loader.exec_module(sync_zh)


def code_cells(nb):
    return [c for c in nb["cells"] if c["cell_type"] == "code" and source(c).strip()]


SOLUTION_CODE = re.compile(r"```python\n(.*?)```", re.S)


def solutions(cells):
    """The code of each solution block (```python ... ``` inside the Markdown cells tagged solution)."""
    return [m.group(1) for c in cells if "solution" in tags(c) for m in SOLUTION_CODE.finditer(source(c))]


def solution_lines(code):
    """A solution's own lines (stripped), without blank lines, comments and its final check."""
    lines = (line.strip() for line in code.splitlines())
    return [line for line in lines if line and not line.startswith(("#", "check_"))]


def python_of(cell):
    """A code cell's source as Python (IPython magics and shell lines dropped)."""
    return "\n".join(line for line in source(cell).splitlines() if not line.lstrip().startswith(("%", "!")))


SCOPES = (ast.FunctionDef, ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def names_read(node):
    """The names ``node`` reads from outside (a function's arguments and local variables are not)."""
    reads = {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    local = set()
    for scope in (n for n in ast.walk(node) if isinstance(n, SCOPES)):
        for n in ast.walk(scope):
            if isinstance(n, ast.arg):
                local.add(n.arg)
            elif isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
                local.add(n.id)
    return reads - local


def names_defined(stmt):
    if isinstance(stmt, (ast.FunctionDef, ast.ClassDef)):
        return {stmt.name}
    if isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
        return {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
    return set()


def context_for(cells_above, solution):
    """The statements a solution may rely on: the whole setup cell (the first code cell), then, from the code
    cells after it, every import and each def/class/assignment that defines a name the solution (or a statement
    already chosen) reads. Nothing else runs: no training, no plots, no learner's skeleton it does not need."""
    code = [c for c in cells_above if c["cell_type"] == "code" and source(c).strip()]
    setup = ast.parse(python_of(code[0])).body if code else []
    later = [stmt for c in code[1:] for stmt in ast.parse(python_of(c)).body]
    needed = names_read(solution) - {n for stmt in solution.body for n in names_defined(stmt)}
    chosen = []
    for stmt in reversed(later):
        if isinstance(stmt, (ast.Import, ast.ImportFrom)) or names_defined(stmt) & needed:
            chosen.append(stmt)
            needed |= names_read(stmt)
    return ast.Module(setup + chosen[::-1], [])


def language(path: Path) -> str:
    return path.parent.name


def ids(path: Path) -> str:
    return f"{language(path)}/{path.stem}"


def test_the_series_is_complete_and_numbered():
    names = [p.stem for p in ENGLISH]
    assert names[0] == "00_start_here" and [n[:2] for n in names] == [f"{i:02d}" for i in range(len(names))]
    assert sorted(MIN_CHECKED) == names, "every notebook needs an entry in tests/notebook_checks.json"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_committed_executed_in_order(path):
    counts = [c["execution_count"] for c in code_cells(load(path))]
    assert None not in counts, "some code cells were never run: run `make notebooks`"
    assert counts == list(range(1, len(counts) + 1)), "cells were not run once, top to bottom: run `make notebooks`"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_checked_cells_do_not_drop(path):
    checked = [c for c in code_cells(load(path)) if TAG in c["metadata"].get("tags", [])]
    assert len(checked) >= MIN_CHECKED[path.stem]
    for cell in checked:
        assert cell["outputs"], f"a checked cell has no output to compare:\n{source(cell)}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_no_warnings_or_errors_in_outputs(path):
    for cell in code_cells(load(path)):
        for out in cell["outputs"]:
            assert out["output_type"] != "error", f"an error is saved in the notebook: {out.get('evalue')}"
            assert out.get("name") != "stderr", f"stderr in the notebook:\n{''.join(out['text'])}"
            text = "".join(out.get("text", "")) + "".join(out.get("data", {}).get("text/plain", ""))
            assert not re.search(r"Warning|warn\(", text), f"a warning is saved in the notebook:\n{text}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_structure_for_learners(path):
    """Catches a notebook without its title, 'You will learn', setup cell or Try it exercises, or a broken link."""
    nb = load(path)
    cells = nb["cells"]
    first = source(cells[0])
    marks = MARKERS[language(path)]
    assert first.startswith(f"# {path.stem[:2]} · ") and marks["learn"] in first
    setup = code_cells(nb)[0]
    assert "import" in source(setup) and "def " not in source(setup), "the first code cell is the setup: imports"
    assert "setup" in tags(setup), "the setup cell is tagged setup"
    assert source(setup).rstrip().endswith(f'mnistnet.set_language("{language(path)}")'), "the setup cell chooses the language"
    for link in re.findall(r"\]\(([^)#]+\.ipynb)", "".join(source(c) for c in cells if c["cell_type"] == "markdown")):
        assert (path.parent / link).exists(), f"broken link to {link}"
    exercises = [i for i, c in enumerate(cells) if c["cell_type"] == "markdown" and marks["try"] in source(c)]
    assert len(exercises) >= 2, f"at least two {marks['try']} exercises"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_first_cell_says_how_long(path):
    """Catches a notebook whose first cell does not tell a beginner how long it takes ("**Time:** about N minutes")."""
    first = load(path)["cells"][0]
    assert first["cell_type"] == "markdown" and re.search(MARKERS[language(path)]["time"], source(first))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_exercises_and_solutions_follow_the_format(path):
    """Catches the old format (a solution as a hidden code cell, which Run All executes) and a solution that
    is not a collapsed <details> block with a ```python block right after its exercise cell."""
    cells = load(path)["cells"]
    exercises = [i for i, c in enumerate(cells) if "exercise" in tags(c)]
    solutions = [i for i, c in enumerate(cells) if "solution" in tags(c)]
    assert len(exercises) >= 2 and len(solutions) >= 2, "at least two exercises, each with its solution"
    for i in solutions:
        cell = cells[i]
        assert cell["cell_type"] == "markdown", "a solution is a Markdown cell: Run All must never execute it"
        text = source(cell)
        assert text.startswith("<details>") and text.rstrip().endswith("</details>"), "a solution starts collapsed"
        assert SOLUTION_CODE.search(text), "a solution holds its code in a ```python block"
    for i in exercises:
        cell = cells[i]
        assert cell["cell_type"] == "code" and TAG in tags(cell), "an exercise is a checked code cell"
        assert re.search(r"^check_\w+\(", source(cell), re.M), "an exercise cell ends with its check"
        assert i + 1 in solutions, "the solution comes right after its exercise"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_run_all_shows_no_solution(path):
    """Catches a notebook that runs a solution: a solution's code in a code cell, or a passed check (the ✓ of a
    check, in any language) in a saved output. Committed notebooks show each exercise as a learner finds it."""
    cells = load(path)["cells"]
    solution_bodies = [solution_lines(code) for code in solutions(cells)]
    for cell in code_cells({"cells": cells}):
        lines = set(solution_lines(source(cell)))
        for body in solution_bodies:
            assert not (body and set(body) <= lines), f"a code cell holds a solution:\n{source(cell)}"
        for out in cell["outputs"]:
            text = "".join(out.get("text", "")) + "".join(out.get("data", {}).get("text/plain", ""))
            assert "✓" not in text, f"a saved output shows a passed check (a solution was run):\n{text}"
    for cell in cells:
        if "exercise" in tags(cell):
            shown = "".join("".join(o.get("text", "")) + "".join(o.get("data", {}).get("text/plain", ""))
                            for o in cell["outputs"])
            assert "✗" in shown, f"an exercise's saved output is not its check's 'Not yet':\n{source(cell)}"


# Checks that judge a training run (07): their solutions train on the real MNIST, too slow to run here.
RUN_CHECKS = {"check_better_eta", "check_small_hidden"}


@pytest.mark.parametrize("path", ENGLISH, ids=ids)  # the zh solutions are the same code (tests/test_languages.py)
def test_every_solution_passes_its_check(path, monkeypatch):
    """Catches a published solution that is wrong, or that needs state the rule does not give it.

    The rule (LEARN.md): a solution block runs after the notebook's setup cell and only those statements of the
    code cells above it that define what it uses (imports, and the def/class/assignment statements that define
    the names it reads, found by reading the code backwards). Its last statement is its check, which must pass.
    """
    from mnistnet import i18n
    from mnistnet.checks import CheckResult

    monkeypatch.setenv("MPLBACKEND", "Agg")
    cells = load(path)["cells"]
    try:
        for index, cell in enumerate(cells):
            if "solution" not in tags(cell):
                continue
            code = solutions([cell])[0]
            tree = ast.parse(code)
            last = tree.body[-1]
            assert isinstance(last, ast.Expr) and isinstance(last.value, ast.Call), "a solution ends with its check"
            check = ast.unparse(last.value.func)
            assert check.startswith("check_"), f"a solution ends with its check, not {check}"
            if check in RUN_CHECKS:
                continue
            namespace: dict = {}
            exec(compile(context_for(cells[:index], tree), f"{path.stem} above cell {index}", "exec"), namespace)
            exec(compile(ast.Module(tree.body[:-1], []), f"{path.stem} solution cell {index}", "exec"), namespace)
            result = eval(compile(ast.Expression(last.value), f"{path.stem} cell {index}", "eval"), namespace)
            assert isinstance(result, CheckResult) and result.passed, f"solution cell {index}: {result!r}"
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_code_is_language_neutral(path):
    """Catches a non-ASCII name or value in code (a full-width bracket, a Chinese variable name): the code is
    ASCII in both editions; only the Chinese edition's words (comments, docstrings, shown strings) are Chinese."""
    for cell in code_cells(load(path)):
        text = sync_zh.without_words(source(cell)) if language(path) == "zh" else source(cell)
        assert text.isascii(), f"non-ASCII text in a code cell:\n{source(cell)}"
