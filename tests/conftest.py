"""Shared fixtures: tiny IDX files built on the fly, and the real MNIST (loaded once)."""

from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np
import pytest

from mnistnet.data import FILES


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
def mnist():
    """The real MNIST as uint8 arrays (Nielsen's split). Fails, never skips, if absent."""
    from mnistnet.data import load_data

    return load_data(dtype=np.uint8)
