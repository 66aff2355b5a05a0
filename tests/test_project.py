"""The shape of the project: dependencies named twice agree, imports flow one way."""

import ast
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import notebook_json

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mnistnet"
# The core knows nothing of screens.
CORE = {
    "maths", "costs", "validate", "data", "download", "drawing", "network", "report", "checks", "i18n",
}
SCREEN = {"matplotlib", "ipywidgets", "anywidget", "IPython", "plots", "widgets", "stepper", "quiz", "cli"}


def requirements(lines) -> set[str]:
    """Requirements as comparable strings: ``"numpy>=1.26"`` (lower case, no spaces)."""
    return {line.replace(" ", "").lower() for line in lines}


def test_environment_yml_holds_what_the_notebooks_need_and_nothing_else():
    """Catches Binder's environment drifting from pyproject (a package or a version bound in one only) and test or
    lint tools in it (they slow every Binder build; conda-forge names playwright differently, so the build failed)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = requirements(project["dependencies"] + project["optional-dependencies"]["notebooks"])
    lines = (ROOT / "environment.yml").read_text().split("dependencies:")[1].splitlines()
    conda = requirements(line.strip()[2:] for line in lines if line.strip().startswith("- "))
    assert conda - {"python=3.11", "pip"} == wanted
    assert not {"pytest", "nbval", "playwright", "ruff"} & {re.split("[<>=]", r)[0] for r in conda}


def package_imports() -> dict[str, set[str]]:
    """module -> the mnistnet modules and third-party top-level packages it imports."""
    graph = {}
    for path in PACKAGE.glob("*.py"):
        found = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                if node.level:  # from . import x / from .x import y
                    found |= {node.module} if node.module else {a.name for a in node.names}
                elif node.module:
                    found.add(node.module.split(".")[0])
            elif isinstance(node, ast.Import):
                found |= {a.name.split(".")[0] for a in node.names}
        graph[path.stem] = found
    return graph


def test_core_knows_nothing_of_screens():
    graph = package_imports()
    assert CORE <= graph.keys(), f"no such module: {CORE - graph.keys()}"
    for module in CORE:
        assert not graph[module] & SCREEN, f"mnistnet.{module} imports {graph[module] & SCREEN}"


def test_no_private_name_crosses_a_module_boundary():
    """Catches ``from .ui import _png`` or ``validate._is_label`` used in another module: a private
    name is a module's own business (issue 13)."""
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text())
        modules = set()  # names bound to mnistnet modules in this file
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("mnistnet")):
                private = [a.name for a in node.names if a.name.startswith("_") and a.name != "__version__"]
                assert not private, f"{path.name} imports private {private} from {node.module}"
                if not node.module or node.module in ("mnistnet",):
                    modules |= {a.asname or a.name for a in node.names}
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules:
                assert not node.attr.startswith("_"), f"{path.name} uses {node.value.id}.{node.attr}"


def test_no_import_cycles():
    graph = package_imports()
    local = {m: {d for d in deps if d in graph and d != "__init__"} for m, deps in graph.items()}

    def visit(module, path):
        assert module not in path, " -> ".join([*path, module])
        for dep in local[module]:
            visit(dep, [*path, module])

    for module in local:
        if module != "__init__":
            visit(module, [])


def test_import_needs_only_numpy_and_no_network():
    code = (
        "import socket, sys\n"
        "def refuse(*args, **kwargs): raise AssertionError('network used at import')\n"
        "socket.socket.connect = socket.create_connection = refuse\n"
        "import mnistnet\n"
        "print(sorted(m for m in ('matplotlib', 'ipywidgets', 'IPython', 'urllib.request') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_every_module_is_core_or_screen():
    """Catches a new module that escapes the one-way rule by being in neither list above."""
    unclassified = set(package_imports()) - CORE - SCREEN - {"__init__", "__main__"}
    assert not unclassified, f"add {sorted(unclassified)} to CORE or SCREEN in tests/test_project.py"


def test_no_committed_output_shows_a_developers_path():
    """Catches a notebook committed with a folder of the machine that executed it (00 printed the data folder,
    /work/shared/data/mnist): every reader sees a stranger's paths, and the output changes with the machine."""
    home = re.compile(r"/(?:work|home|root)/[^\s\"\\]*")
    found = []
    for notebook in sorted((ROOT / "notebooks").glob("*/*.ipynb")):
        for number, cell in enumerate(notebook_json.cells(notebook)):
            for output in cell.get("outputs", []):
                data = {mime: value for mime, value in output.get("data", {}).items() if not mime.startswith("image/")}
                text = json.dumps({**output, "data": data}, ensure_ascii=False)  # pictures' base64 can hold any letters
                found += [f"{notebook.relative_to(ROOT)} cell {number}: {path}" for path in home.findall(text)]
    assert not found, "re-execute these notebooks (make notebooks) after removing the path:\n" + "\n".join(found)


def test_the_learners_core_reads_in_an_evening():
    """Catches the three files a learner reads first (maths, costs, network: the whole learning
    algorithm) growing past issue 13's budget of 450 lines, e.g. by a second copy of backprop."""
    lines = {name: len((PACKAGE / f"{name}.py").read_text().splitlines()) for name in ("maths", "costs", "network")}
    assert sum(lines.values()) <= 450, lines
    assert (PACKAGE / "network.py").read_text().count("def backprop") == 1
