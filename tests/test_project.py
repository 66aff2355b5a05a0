"""The shape of the project: dependencies named twice agree, imports flow one way."""

import ast
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mnistnet"
# the core knows nothing of screens
CORE = {
    "maths", "costs", "validate", "download", "drawing", "data", "idx", "store", "pickled", "network",
    "checks", "i18n", "files",
}
SCREEN = {"matplotlib", "ipywidgets", "anywidget", "IPython", "plots", "widgets", "cli"}


def names(requirements):
    return {re.split(r"[<>=!\[ ]", r.strip(), maxsplit=1)[0].lower() for r in requirements}


def test_environment_yml_names_the_same_packages_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = names(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        wanted |= names(r for r in extra if not r.startswith("mnistnet"))
    lines = (ROOT / "environment.yml").read_text().split("dependencies:")[1].splitlines()
    conda = names(line.strip()[2:] for line in lines if line.strip().startswith("- "))
    assert conda - {"python", "pip"} == wanted


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
    for module in CORE & graph.keys():  # a listed module may not exist yet on this branch (download)
        assert not graph[module] & SCREEN, f"mnistnet.{module} imports {graph[module] & SCREEN}"


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
