"""Shared fixtures: tiny IDX files built on the fly, and the real MNIST (loaded once)."""

from __future__ import annotations

import gzip
import os
import sys
from pathlib import Path

import numpy as np
import pytest

from mnistnet.data import FILES

# scripts/ holds notebook_json, the notebook helper the tests share with the scripts
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))


# unit-test files that build a wheel and a venv, or run nbgrader, a student copy or the command line on real MNIST
LONG_UNIT_FILES = {"test_wheel.py", "test_nbgrader.py", "test_student.py", "test_cli.py"}


def pytest_collection_modifyitems(items: list) -> None:
    """Longest first: the real-data training runs, then the notebooks, then the browser tests, then the quick
    unit tests. `make test`'s two workers take whole files in this order (`--no-loadscope-reorder`), so the
    longest run starts at once on one worker while the other works through the rest (started last, it would
    run alone at the end). The browser tests wait for a page: they come after the training, not beside it.
    Among the unit tests, the files of LONG_UNIT_FILES (10-17 s each) come first, so that the suite ends on
    files of a few seconds on both workers instead of one worker finishing test_wheel.py alone."""

    def weight(item) -> int:
        path = Path(str(item.fspath))
        if item.get_closest_marker("slow"):
            return 0
        if path.suffix == ".ipynb":
            return 1
        if path.name.startswith("test_browser"):
            return 2
        return 3 if path.name in LONG_UNIT_FILES else 4

    items.sort(key=weight)  # stable: within each group, the order of collection


def pytest_runtest_setup(item) -> None:
    """Under `make test`'s two workers, the real-data training runs come first and take minutes on one core each.
    A worker that has moved on to anything else lowers its priority (nice 10, inherited by the notebook kernels,
    JupyterLab and Chromium it starts), so a training run still going keeps a whole core instead of sharing it
    with them and finishing alone at the end (where os.nice exists). It skips nothing; pytest without workers is unaffected."""
    if hasattr(os, "nice") and os.environ.get("PYTEST_XDIST_WORKER") and not item.get_closest_marker("slow") and os.nice(0) < 10:
        os.nice(10 - os.nice(0))


def code_cell(text: str, tags=(), output: str = "") -> dict:
    """A notebook code cell holding ``text`` (and, if given, the printed ``output``), for the scripts' tests."""
    outputs = [{"name": "stdout", "output_type": "stream", "text": output}] if output else []
    return {"cell_type": "code", "execution_count": 1 if output else None, "id": f"c{abs(hash(text)) % 10**8}",
            "metadata": {"tags": list(tags)}, "outputs": outputs, "source": text}


def markdown_cell(text: str, tags=()) -> dict:
    return {"cell_type": "markdown", "id": f"m{abs(hash(text)) % 10**8}", "metadata": {"tags": list(tags)}, "source": text}


def script_refused(done, notebook: str, *words: str) -> bool:
    """A script of scripts/ stopped with status 1 and one message naming ``notebook`` and ``words``, no traceback."""
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and notebook in done.stderr
    assert all(word in done.stderr for word in words), done.stderr
    return True


def idx_bytes(array: np.ndarray) -> bytes:
    """The IDX encoding of a uint8 array: magic 0x0000080<dims>, the sizes, the values."""
    array = np.asarray(array, dtype=np.uint8)
    header = (0x800 + array.ndim).to_bytes(4, "big")
    header += b"".join(int(n).to_bytes(4, "big") for n in array.shape)
    return header + array.tobytes()


def write_idx(path: Path, array: np.ndarray) -> Path:
    path.write_bytes(gzip.compress(idx_bytes(array)))
    return path


@pytest.fixture
def tiny_mnist(tmp_path: Path) -> Path:
    """A folder with the four files in the official format: 60 training and 20 test
    28x28 images whose pixels encode their index, labels i % 10."""
    rng = np.random.default_rng(0)
    for part, n in (("train", 60), ("test", 20)):
        images = rng.integers(0, 256, size=(n, 28, 28), dtype=np.uint8)
        images[:, 0, 0] = np.arange(n)  # so tests can tell images apart
        write_idx(tmp_path / FILES[f"{part}_images"], images)
        write_idx(tmp_path / FILES[f"{part}_labels"], np.arange(n) % 10)
    return tmp_path


@pytest.fixture(scope="session")
def lab(tmp_path_factory):
    """The URL of a JupyterLab server for the browser tests (browser_helpers.jupyter_lab), one for all those a worker
    runs: each test puts its own notebook there. Skips (fails on CI) without Debian's Chromium."""
    from browser_helpers import jupyter_lab, require_chromium

    require_chromium()
    with jupyter_lab(tmp_path_factory.mktemp("lab")) as url:
        yield url


@pytest.fixture(scope="session")
def mnist():
    """The real MNIST as uint8 arrays (Nielsen's split). Fails, never skips, if absent."""
    from mnistnet.data import load_data

    return load_data(dtype=np.uint8)


def small_data(n=40, n_in=6, n_out=4, seed=0):
    """n random samples in chapter 1's list format for a [n_in, ..., n_out] network: returns
    (training, test), training with (n_out, 1) one-hot targets, test with int labels."""
    rng = np.random.default_rng(seed)
    xs = rng.random((n, n_in, 1))
    labels = rng.integers(0, n_out, n)
    return [(x, np.eye(n_out)[[j]].T) for x, j in zip(xs, labels)], [(x, int(j)) for x, j in zip(xs, labels)]


def numerical_gradient(params: list, f, h: float = 1e-6) -> list:
    """Central differences (f(p + h) - f(p - h)) / 2h of the function ``f()`` with respect to
    every entry of every array in ``params`` (changed in place, then restored): the trusted
    reference every backprop is compared with."""
    grads = []
    for p in params:
        numeric = np.zeros_like(p)
        for i in np.ndindex(p.shape):
            old = p[i]
            p[i] = old + h
            plus = f()
            p[i] = old - h
            minus = f()
            p[i] = old
            numeric[i] = (plus - minus) / (2 * h)
        grads.append(numeric)
    return grads


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    """|a - b| / (|a| + |b|): near 1e-10 for a right gradient, near 1 for a wrong one."""
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b) + 1e-300))


def small_arrays(n=40, n_in=6, n_out=4, seed=0):
    """n random samples as (images, labels) arrays and as chapter 1's list of (x, y) columns."""
    rng = np.random.default_rng(seed)
    images = rng.random((n, n_in))
    labels = rng.integers(0, n_out, n)
    pairs = [(x.reshape(n_in, 1), np.eye(n_out)[[j]].T) for x, j in zip(images, labels)]
    return (images, labels), pairs


@pytest.fixture(autouse=True)
def english_environment(monkeypatch):
    """The CLI follows LANG/LC_ALL/LC_MESSAGES: tests speak English unless they ask for Chinese."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
