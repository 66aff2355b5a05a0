"""`pip install .` (not editable), as a JupyterHub admin or Binder installs: the installed copy is the whole package.

The wheel is built from a fresh copy of the package's files (a stale `build/` folder of the checkout cannot
slip in), with this environment's setuptools and without downloading anything, then installed into an empty
folder and used from a folder outside the repository, with nothing of the checkout on the path.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import notebook_json
import pytest

ROOT = Path(__file__).resolve().parent.parent
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]


def run(command: list[str], **kwargs) -> str:
    """Run ``command``; its stdout, or a failure showing what it printed."""
    done = subprocess.run(command, capture_output=True, text=True, **kwargs)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def package_files(folder: Path) -> set[str]:
    """Every file under ``folder`` (no byte code), as paths relative to it."""
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The folder the wheel was installed into (``pip install --target``)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "mnistnet", source / "mnistnet", ignore=shutil.ignore_patterns("__pycache__"))
    # --check-build-dependencies: a setuptools older than pyproject's build-system asks for is named, not a puzzle.
    run([*PIP, "wheel", "--no-deps", "--no-index", "--no-build-isolation", "--check-build-dependencies",
         "--wheel-dir", str(work / "dist"), str(source)])
    (wheel,) = (work / "dist").glob("mnistnet-*.whl")
    run([*PIP, "install", "--no-deps", "--no-index", "--target", str(work / "site"), str(wheel)])
    return work / "site"


@pytest.fixture
def outside(site, tmp_path) -> dict:
    """subprocess arguments: run in an empty folder, with only the installed copy on the path."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    return {"cwd": tmp_path, "env": {**env, "PYTHONPATH": str(site)}}


def test_the_wheel_holds_every_file_of_the_package(site):
    """Catches a wheel without mnistnet/locales/ (`packages = ["mnistnet"]` left out subpackages: every notebook
    stopped at its setup cell) or without a widget's front end (mnistnet/*.js is package data, not code)."""
    assert package_files(site / "mnistnet") == package_files(ROOT / "mnistnet")


def test_every_module_imports_from_the_installed_copy(outside, site):
    """Catches an installed copy that cannot import one of its modules, and a test fooled by the checkout: the
    modules must come from the installed folder, and the Chinese catalogue must answer as the repository's does."""
    from mnistnet.locales.zh import TEXTS  # the repository's catalogue (this test process runs the checkout)

    key = next(key for key, text in TEXTS.items() if "{" not in text)
    script = (
        "import importlib, json, pkgutil, sys\n"
        "import mnistnet\n"
        "from mnistnet.i18n import t\n"
        "for module in pkgutil.walk_packages(mnistnet.__path__, 'mnistnet.'):\n"
        "    if module.name != 'mnistnet.__main__':  # it runs the command line: tried below\n"
        "        importlib.import_module(module.name)\n"
        "mnistnet.set_language('zh')\n"
        "files = {name: m.__file__ for name, m in sys.modules.items() if name.split('.')[0] == 'mnistnet'}\n"
        f"print(json.dumps({{'files': files, 'text': t({key!r})}}, ensure_ascii=False))\n"
    )
    found = json.loads(run([sys.executable, "-c", script], **outside))
    modules = {".".join(["mnistnet", *Path(name).with_suffix("").parts]).removesuffix(".__init__")
               for name in package_files(ROOT / "mnistnet") if name.endswith(".py")}
    assert set(found["files"]) == modules - {"mnistnet.__main__"}
    assert all(Path(file).is_relative_to(site) for file in found["files"].values()), found["files"]
    assert found["text"] == TEXTS[key]
    assert "train" in run([sys.executable, "-m", "mnistnet", "--help"], **outside)


def test_a_notebook_runs_on_the_installed_copy(outside, site, tmp_path):
    """Catches a notebook that works only from the checkout (the installed copy lacking a module, a catalogue
    or data it needs): the Chinese 00 runs top to bottom on the installed copy, its exercises answer with the
    committed messages, and its kernel imported mnistnet from the installed folder."""
    notebook = ROOT / "notebooks" / "zh" / "00_start_here.ipynb"
    script = (
        "import sys, nbformat\n"
        "from nbclient import NotebookClient\n"
        "notebook = nbformat.read(sys.argv[1], as_version=4)\n"
        "notebook.cells.append(nbformat.v4.new_code_cell('import mnistnet\\nprint(mnistnet.__file__)'))\n"
        "NotebookClient(notebook, timeout=120, kernel_name='python3').execute()  # raises on a cell's error\n"
        "nbformat.write(notebook, sys.argv[2])\n"
    )
    run([sys.executable, "-c", script, str(notebook), str(tmp_path / "ran.ipynb")], **outside)
    ran = notebook_json.cells(tmp_path / "ran.ipynb")
    committed = notebook_json.cells(notebook)

    def text(cell: dict) -> str:
        return "".join("".join(o.get("text", "")) + "".join(o.get("data", {}).get("text/plain", "")) for o in cell["outputs"])

    assert Path(text(ran[-1]).strip()).is_relative_to(site)
    exercises = [i for i, cell in enumerate(committed) if "exercise" in cell["metadata"].get("tags", [])]
    assert exercises
    for i in exercises:
        assert text(ran[i]) == text(committed[i])
