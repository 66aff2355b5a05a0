"""Notebooks as plain JSON: the one helper that scripts/ and tests/ share.

A notebook file is a JSON object whose "cells" are objects with "cell_type", "source" (a list of lines or
one string) and "metadata" (its "tags" among them). The scripts and the tests read, change and write these
objects directly; nbformat is used only where a kernel runs the cells.
"""

from __future__ import annotations

import json
from pathlib import Path


def read(path: Path) -> dict:
    """The notebook at ``path``. A file that is not a notebook (a merge conflict left in it, or no list of
    cells) raises ValueError naming the file, instead of a traceback from the JSON parser."""
    path = Path(path)
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        conflict = " (a merge conflict is left in it: <<<<<<< lines)" if b"\n<<<<<<<" in path.read_bytes() else ""
        raise ValueError(f"{path}: not a valid notebook{conflict}: {error}") from None
    if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
        raise ValueError(f"{path}: not a notebook (no list of cells)")
    return notebook


def write(path: Path, notebook: dict, sort_keys: bool = False) -> None:
    """Write ``notebook`` as Jupyter does (indented by one space, Chinese as it is, a newline at the end), making
    its folder if needed."""
    text = json.dumps(notebook, indent=1, sort_keys=sort_keys, ensure_ascii=False) + "\n"
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(text, encoding="utf-8")


def cells(path: Path) -> list[dict]:
    """The cells of the notebook at ``path``."""
    return read(path)["cells"]


def source(cell: dict) -> str:
    """A cell's text, whether it is stored as a list of lines or as one string."""
    text = cell.get("source", "")
    return "".join(text) if isinstance(text, list) else text


def tags(cell: dict) -> list[str]:
    """A cell's tags (``exercise``, ``solution``, ``nbval-check-output``, ...)."""
    return cell.get("metadata", {}).get("tags", [])


def code_cells(notebook: dict) -> list[dict]:
    """The code cells of ``notebook``, in order."""
    return [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
