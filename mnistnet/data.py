"""Loading MNIST: the four official IDX files (or Nielsen's ``mnist.pkl.gz``).

The public loaders live here; the work is done by three modules, one job each:

- ``mnistnet.idx``: reading and checking IDX files (and the errors ``DataError``,
  ``DataNotFoundError``);
- ``mnistnet.store``: finding, caching, downloading and importing the files;
- ``mnistnet.pickled``: Nielsen's ``mnist.pkl.gz``, read safely.

Where the data comes from when no ``path`` is given: ``MNISTNET_DATA``, then the cache,
then a download (see ``mnistnet.store``). Nothing touches the network at import time.
This module only needs numpy and the standard library: it knows nothing of plots or widgets.

The split is Nielsen's: training = the first 50,000 official training images,
validation = the last 10,000, test = the official 10,000 test images.
"""

from __future__ import annotations

import os

import numpy as np

from .idx import HOW_TO_GET, DataError, DataNotFoundError, read_idx
from .maths import vectorized_result
from .pickled import load_pickle
from .store import DATASETS, FILES, MIRRORS, SHA256, cache_dir, check_sha256, fetch, find_data, import_from

__all__ = [
    "DATASETS",
    "DataError",
    "DataNotFoundError",
    "FILES",
    "HOW_TO_GET",
    "MIRRORS",
    "SHA256",
    "cache_dir",
    "check_sha256",
    "fetch",
    "find_data",
    "import_from",
    "load_data",
    "load_data_wrapper",
    "load_mnist",
    "read_idx",
]

N_TRAINING = 50_000  # Nielsen's split of the 60,000 official training images

# The dtypes load_data can give: floats are pixel / 255 in [0, 1], uint8 the raw pixels 0..255.
DTYPES = (np.float32, np.float64, np.uint8)


def load_mnist(
    path: str | os.PathLike | None = None, *, verify: bool = True, dataset: str = "mnist"
) -> dict[str, np.ndarray]:
    """The four official arrays as uint8: images (n, 784) with 0 = background, 255 = ink.

    Keys: ``train_images`` (60000, 784), ``train_labels`` (60000,), ``test_images``
    (10000, 784), ``test_labels`` (10000,). ``path`` is a folder with the four files;
    None means ``find_data()``. With ``verify`` each file's SHA-256 must be the official
    one of ``dataset``: "mnist" (default) or "fashion-mnist".
    """
    if dataset not in DATASETS:
        raise ValueError(f"dataset={dataset!r}: expected one of {', '.join(map(repr, DATASETS))}.")
    folder = find_data(path)
    if folder.is_file():
        raise DataError(f"{folder}: load_mnist needs a folder of IDX files, not a single file.")
    out = {}
    for key, name in FILES.items():
        file = folder / name
        if not file.exists():
            raise DataNotFoundError(f"{file}: file not found (one of the four MNIST files). {HOW_TO_GET}")
        if file.is_dir():
            raise DataError(f"{file}: is a folder, but this name is kept for one of the MNIST files.")
        if verify:
            check_sha256(file, dataset)
        out[key] = read_idx(file, 3 if key.endswith("images") else 1)
    for part in ("train", "test"):
        n_images, n_labels = len(out[f"{part}_images"]), len(out[f"{part}_labels"])
        if n_images != n_labels:
            raise DataError(
                f"{folder}: {FILES[part + '_images']} holds {n_images} images but "
                f"{FILES[part + '_labels']} holds {n_labels} labels; they must match."
            )
        if n_labels and out[f"{part}_labels"].max() > 9:
            raise DataError(f"{folder / FILES[part + '_labels']}: a label is above 9.")
    return out


Split = tuple[np.ndarray, np.ndarray]


def _image_dtype(dtype) -> np.dtype:
    """``dtype`` as a numpy dtype, if it is one of ``DTYPES``; else a ValueError naming ``dtype``."""
    try:
        wanted = np.dtype(dtype)
    except TypeError:
        wanted = None
    if wanted is None or wanted not in [np.dtype(d) for d in DTYPES]:
        raise ValueError(
            f"dtype={dtype!r}: images can be np.float32 or np.float64 (pixel / 255, in [0, 1]) "
            "or np.uint8 (raw pixels 0..255); other dtypes would round every pixel to 0."
        )
    return wanted


def load_data(
    path: str | os.PathLike | None = None,
    *,
    verify: bool = True,
    dtype: type = np.float32,
    dataset: str = "mnist",
) -> tuple[Split, Split, Split]:
    """Return ``(training, validation, test)``, each ``(images, labels)``.

    Images have shape (n, 784), one row per digit, float32 in [0, 1] (pixel / 255);
    labels are int64 of shape (n,). n = 50,000 / 10,000 / 10,000.

    ``path``: a folder with the four official files, a Nielsen ``mnist.pkl.gz``, or None
    to search (``MNISTNET_DATA``, then the cache, then download). ``dtype``: np.float32
    (default) or np.float64 give pixel / 255; np.uint8 keeps the raw pixels 0..255 (four
    times less memory; the engines accept either). ``dataset="fashion-mnist"`` accepts the
    official Fashion-MNIST files instead of MNIST's.
    """
    dtype = _image_dtype(dtype)
    found = find_data(path)
    if found.is_dir() and found.name.endswith((".pkl.gz", ".pkl", ".gz")):
        raise DataError(f"{found}: is a folder, but a data file (such as mnist.pkl.gz) is expected here.")
    if found.is_file():
        splits = load_pickle(found)
        if dtype == np.uint8:
            return tuple((np.round(x * 255).astype(np.uint8), y) for x, y in splits)
        return tuple((x.astype(dtype), y) for x, y in splits)
    raw = load_mnist(found, verify=verify, dataset=dataset)
    images, labels = raw["train_images"], raw["train_labels"].astype(np.int64)

    def scaled(x: np.ndarray) -> np.ndarray:
        if dtype == np.uint8:
            return x.copy()
        return np.multiply(x, dtype.type(1 / 255), dtype=dtype)

    return (
        (scaled(images[:N_TRAINING]), labels[:N_TRAINING]),
        (scaled(images[N_TRAINING:]), labels[N_TRAINING:]),
        (scaled(raw["test_images"]), raw["test_labels"].astype(np.int64)),
    )


def load_data_wrapper(path: str | os.PathLike | None = None, *, verify: bool = True, dataset: str = "mnist"):
    """The seed's format: lists of pairs, ready for ``Network.SGD``.

    training: list of ``(x, y)``, x a (784, 1) column, y the (10, 1) one-hot
    ``vectorized_result(label)``; validation and test: lists of ``(x, label)``.
    Real lists (not lazy ``zip`` objects), so they can be used again and again.
    Each x is a view into one big array, so the lists cost little extra memory.
    """
    training, validation, test = load_data(path, verify=verify, dataset=dataset)
    tr_x, tr_y = training
    training_data = [(tr_x[i].reshape(784, 1), vectorized_result(tr_y[i])) for i in range(len(tr_y))]
    validation_data = [(x.reshape(784, 1), int(y)) for x, y in zip(*validation)]
    test_data = [(x.reshape(784, 1), int(y)) for x, y in zip(*test)]
    return training_data, validation_data, test_data
