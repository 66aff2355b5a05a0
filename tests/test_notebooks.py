"""Hygiene of the committed notebooks (nbval re-runs them; this checks what readers see without running)."""

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks" / "en").glob("*.ipynb"))
# The least number of cells nbval compares, per notebook: raise it when you add checks, never lower it.
MIN_CHECKED = json.loads((Path(__file__).parent / "notebook_checks.json").read_text())
TAG = "nbval-check-output"  # nbval compares the outputs of cells with this tag (--nbval-lax)


def load(path):
    return json.loads(path.read_text())


def source(cell):
    return "".join(cell["source"])


def code_cells(nb):
    return [c for c in nb["cells"] if c["cell_type"] == "code" and source(c).strip()]


def test_the_series_is_complete_and_numbered():
    names = [p.stem for p in NOTEBOOKS]
    assert names[0] == "00_start_here" and [n[:2] for n in names] == [f"{i:02d}" for i in range(len(names))]
    assert sorted(MIN_CHECKED) == names, "every notebook needs an entry in tests/notebook_checks.json"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_executed_in_order(path):
    counts = [c["execution_count"] for c in code_cells(load(path))]
    assert None not in counts, "some code cells were never run: run `make notebooks`"
    assert counts == list(range(1, len(counts) + 1)), "cells were not run once, top to bottom: run `make notebooks`"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_checked_cells_do_not_drop(path):
    checked = [c for c in code_cells(load(path)) if TAG in c["metadata"].get("tags", [])]
    assert len(checked) >= MIN_CHECKED[path.stem]
    for cell in checked:
        assert cell["outputs"], f"a checked cell has no output to compare:\n{source(cell)}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_warnings_or_errors_in_outputs(path):
    for cell in code_cells(load(path)):
        for out in cell["outputs"]:
            assert out["output_type"] != "error", f"an error is saved in the notebook: {out.get('evalue')}"
            assert out.get("name") != "stderr", f"stderr in the notebook:\n{''.join(out['text'])}"
            text = "".join(out.get("text", "")) + "".join(out.get("data", {}).get("text/plain", ""))
            assert not re.search(r"Warning|warn\(", text), f"a warning is saved in the notebook:\n{text}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_structure_for_learners(path):
    nb = load(path)
    cells = nb["cells"]
    first = source(cells[0])
    assert first.startswith(f"# {path.stem[:2]} · ") and "**You will learn**" in first
    setup = code_cells(nb)[0]
    assert "import" in source(setup) and "def " not in source(setup), "the first code cell is the setup: imports"
    for link in re.findall(r"\]\(([^)#]+\.ipynb)", "".join(source(c) for c in cells if c["cell_type"] == "markdown")):
        assert (path.parent / link).exists(), f"broken link to {link}"
    exercises = [i for i, c in enumerate(cells) if c["cell_type"] == "markdown" and "Try it" in source(c)]
    assert len(exercises) >= 2, "at least two Try it exercises"
    solutions = [c for c in cells if "solution" in c["metadata"].get("tags", [])]
    assert len(solutions) >= 2
    for cell in solutions:
        assert cell["metadata"].get("jupyter", {}).get("source_hidden") is True, "solutions start collapsed"
        assert re.search(r"^check_\w+\(", source(cell), re.M), "a solution ends with its check"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_code_is_language_neutral(path):
    """The Chinese edition keeps every code cell identical: no prose in code, so ASCII only."""
    for cell in code_cells(load(path)):
        text = source(cell)
        assert text.isascii(), f"non-ASCII text in a code cell:\n{text}"
