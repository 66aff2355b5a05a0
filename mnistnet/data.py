"""Loading MNIST from the four official IDX files, or from Nielsen's ``mnist.pkl.gz``, read safely.

``load_data()`` gives ``(training, validation, test)``, each ``(images (n, 784), labels (n,))``;
``column_pairs`` turns them into chapter 1's lists of ``(x, y)`` pairs without copying a pixel, and
``load_data_wrapper()`` does both, as Nielsen's ``mnist_loader``. The split is Nielsen's: training = the first
50,000 official training images, validation = the last 10,000, test = the official 10,000 test images.
Finding the files is ``mnistnet.download``'s job. Only numpy and the standard library.
"""

from __future__ import annotations

import codecs
import gzip
import math
import os
import pickle
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from .download import FILES, DataError, DataNotFoundError, check_sha256, find_data, reading, validate_dataset
from .i18n import t
from .maths import vectorized_result

__all__ = ["DataError", "DataNotFoundError", "FILES", "column_pairs", "find_data", "load_data", "load_data_wrapper",
           "load_mnist", "load_pickle", "read_idx"]

N_TRAINING = 50_000  # Nielsen's split of the 60,000 official training images
DTYPES = (np.float32, np.float64, np.uint8)  # floats: pixel / 255 in [0, 1]; uint8: the raw pixels 0..255
Split = tuple[np.ndarray, np.ndarray]


@contextmanager
def _unzipped(path: Path) -> Iterator[gzip.GzipFile]:
    """``with _unzipped(path) as f``: the unzipped stream; a damaged or cut-off file is a ``DataError``."""
    with reading(path) as raw:
        try:
            with gzip.GzipFile(fileobj=raw) as f:
                yield f
        except PermissionError:
            raise  # not damaged: ``reading`` says "permission denied"
        except (OSError, EOFError, zlib.error) as e:
            raise DataError(t("data_not_gzip", path=path, error=e)) from None


# --- IDX: a 4-byte magic number, one 4-byte big-endian size per dimension, then the uint8 values ---

IDX_MAGIC = {1: 0x00000801, 3: 0x00000803}  # labels (1 dimension), images (3 dimensions)


def read_idx(path: str | os.PathLike, dims: int) -> np.ndarray:
    """Read a gzipped IDX file of uint8 values with ``dims`` dimensions (1 = labels, 3 = images).

    Returns labels of shape (n,), images flattened to (n, rows * cols). Raises ``DataError`` naming
    the file if it is not gzip, is cut short, or has the wrong magic number or size.
    """
    path = Path(path)
    with _unzipped(path) as f:
        raw = f.read()
    header = 4 + 4 * dims
    if len(raw) < header:
        raise DataError(t("data_idx_short", path=path, size=len(raw)))
    if (magic := int.from_bytes(raw[:4], "big")) != IDX_MAGIC[dims]:
        raise DataError(t("data_idx_magic", path=path, magic=magic, expected=IDX_MAGIC[dims]))
    shape = [int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(dims)]
    if len(raw) != (expected := header + math.prod(shape)):  # Python ints: no overflow on a hostile header
        raise DataError(t("data_idx_size", path=path, count=shape[0], expected=expected, size=len(raw)))
    values = np.frombuffer(raw, dtype=np.uint8, offset=header)
    return values.reshape(shape[0], shape[1] * shape[2]) if dims == 3 else values  # also for 0 images


# --- Nielsen's mnist.pkl.gz: a gzipped pickle of (training, validation, test), read safely ---
# A pickle is a small program that may name any function for the loader to call. This reader rebuilds
# numpy arrays and tuples and refuses every other callable (nothing is run); refuses an array whose bytes
# do not fill its shape (a 227-byte file must not become 931 MB of uninitialised memory); stops unzipping
# past MAX_UNPICKLED_BYTES (a gzip bomb is refused while reading); checks pixels and labels.

MAX_UNPICKLED_BYTES = 240_000_000  # the genuine file unzips to about 220.1 MB (70,000 x 784 float32 + labels)


class _Refused(pickle.UnpicklingError):
    """The pickle asks for something a data file never needs."""


class _TooBig(Exception):
    """The unzipped stream is longer than MAX_UNPICKLED_BYTES."""


class _CappedReader:
    """The unzipped stream as the unpickler reads it, refusing to go past ``cap`` bytes: a request that
    would cross the cap is refused before anything is unzipped, so a bomb costs neither time nor memory."""

    def __init__(self, stream: gzip.GzipFile, cap: int):
        self.stream, self.left = stream, cap

    def _take(self, block: bytes) -> bytes:
        self.left -= len(block)
        if self.left < 0:
            raise _TooBig
        return block

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            n = self.left + 1  # "all of it": one byte more than allowed tells a bomb from a fit
        elif n > self.left:
            raise _TooBig  # refused before unzipping a byte of it
        return self._take(self.stream.read(n))

    def readline(self) -> bytes:
        return self._take(self.stream.readline(self.left + 1))


def _bare_ndarray(*args, **kwargs):
    """Stands for ``numpy.ndarray`` in the pickle: fine as ``_reconstruct``'s first argument (ignored), but
    calling it (``ndarray(shape)``: memory with no data) is refused."""
    raise _Refused(t("data_refuse_empty"))


class _CheckedArray(np.ndarray):
    """An array whose ``__setstate__`` (the pickle's BUILD step) checks the data it is given."""

    def __setstate__(self, state):
        # state = (version, shape, dtype, is_fortran, rawdata), or the same without version
        shape, dtype, rawdata = (state[1], state[2], state[4]) if len(state) == 5 else (state[0], state[1], state[3])
        try:
            sizes = [int(k) for k in shape]
        except (TypeError, ValueError):
            sizes = None
        numbers = isinstance(dtype, np.dtype) and dtype.kind in "biuf" and isinstance(rawdata, (bytes, bytearray, str))
        if sizes is None or min(sizes, default=0) < 0 or not numbers:
            raise _Refused(t("data_refuse_array", shape=shape, dtype=dtype))
        if len(rawdata) != (needed := math.prod(sizes) * dtype.itemsize):
            raise _Refused(t("data_refuse_bytes", shape=tuple(sizes), dtype=dtype, needed=needed, size=len(rawdata)))
        super().__setstate__(state)


def _reconstruct(subtype, shape, dtype):
    """numpy's ``_reconstruct``, always building a ``_CheckedArray`` (the pickle's subtype is ignored)."""
    return np.ndarray.__new__(_CheckedArray, shape, dtype)


class _ArrayOnlyUnpickler(pickle.Unpickler):
    """An unpickler that looks a name up only in a short list of harmless array builders."""

    ALLOWED = {
        ("numpy.core.multiarray", "_reconstruct"): _reconstruct,
        ("numpy._core.multiarray", "_reconstruct"): _reconstruct,
        ("numpy", "ndarray"): _bare_ndarray,
        ("numpy", "dtype"): np.dtype,
        ("_codecs", "encode"): codecs.encode,  # how Python 3 writes raw bytes at protocol 2
    }

    def find_class(self, module: str, name: str):
        if (module, name) not in self.ALLOWED:
            raise _Refused(t("data_refuse_name", name=f"{module}.{name}"))
        return self.ALLOWED[module, name]


def _checked_part(path: Path, name: str, part) -> Split:
    """One ``(images, labels)`` pair of the pickle: images (n, 784) finite, labels (n,) integers 0..9."""
    if not (
        isinstance(part, tuple) and len(part) == 2 and all(isinstance(a, np.ndarray) for a in part)
        and part[0].ndim == 2 and part[0].shape[1] == 784 and part[1].ndim == 1 and len(part[0]) == len(part[1])
    ):
        raise DataError(t("data_pickle_structure", path=path))
    images, labels = (a.view(np.ndarray) for a in part)
    where = f"{path} ({name})"
    if not np.isfinite(images).all():
        raise DataError(t("data_images_not_finite", path=where))
    if labels.dtype.kind not in "iu":
        raise DataError(t("data_labels_not_integers", path=where, dtype=labels.dtype))
    if len(labels) and (labels.min() < 0 or labels.max() > 9):
        raise DataError(t("data_label_range", path=where, value=labels.min() if labels.min() < 0 else labels.max()))
    return images.astype(np.float32, copy=False), labels.astype(np.int64, copy=False)


def load_pickle(path: Path) -> tuple[Split, Split, Split]:
    """``(training, validation, test)`` from Nielsen's ``mnist.pkl.gz``, each ``(images, labels)``: images
    float32 (n, 784), labels int64 (n,). Raises ``DataError`` naming the file for anything that is not a
    genuine, complete, safe file of this shape."""
    with _unzipped(path) as f:
        try:
            content = _ArrayOnlyUnpickler(_CappedReader(f, MAX_UNPICKLED_BYTES), encoding="latin1").load()
        except _TooBig:
            raise DataError(t("data_pickle_too_big", path=path, megabytes=MAX_UNPICKLED_BYTES / 1e6)) from None
        except _Refused as e:
            raise DataError(t("data_pickle_refused", path=path, reason=e)) from None
        except (OSError, EOFError, zlib.error):
            raise  # a damaged gzip stream or an unreadable file: _unzipped and reading say so
        except Exception as e:  # any other malformed pickle
            raise DataError(t("data_pickle_invalid", path=path, error=f"{type(e).__name__}: {e}")) from None
    if not (isinstance(content, tuple) and len(content) == 3):
        raise DataError(t("data_pickle_structure", path=path))
    return tuple(_checked_part(path, name, part) for name, part in zip(("training", "validation", "test"), content))


# --- the loaders ---


def load_mnist(path: str | os.PathLike | None = None, *, verify: bool = True, dataset: str = "mnist") -> dict[str, np.ndarray]:
    """The four official arrays as uint8 (0 = background, 255 = ink): ``train_images`` (60000, 784),
    ``train_labels`` (60000,), ``test_images``, ``test_labels``, from the folder ``path`` (None: ``find_data()``).
    With ``verify`` each file's SHA-256 must be the official one of ``dataset`` ("mnist" or "fashion-mnist")."""
    validate_dataset(dataset)
    if (folder := find_data(path)).is_file():
        raise DataError(t("data_needs_folder", path=folder))
    out = {}
    for key, name in FILES.items():
        if verify:
            check_sha256(folder / name, dataset)
        out[key] = read_idx(folder / name, 3 if key.endswith("images") else 1)
    for part in ("train", "test"):
        images, labels = out[f"{part}_images"], out[f"{part}_labels"]
        if len(images) != len(labels):
            raise DataError(t("data_count_mismatch", folder=folder, images=FILES[f"{part}_images"], n_images=len(images),
                              labels=FILES[f"{part}_labels"], n_labels=len(labels)))
        if len(labels) and labels.max() > 9:
            raise DataError(t("data_label_range", path=folder / FILES[f"{part}_labels"], value=labels.max()))
    return out


def _image_dtype(dtype) -> np.dtype:
    """``dtype`` as a numpy dtype if it is one of ``DTYPES``, else a ValueError naming it."""
    try:
        wanted = np.dtype(dtype)
    except TypeError:
        wanted = None
    if wanted is None or wanted not in [np.dtype(d) for d in DTYPES]:
        raise ValueError(t("data_dtype", value=repr(dtype)))
    return wanted


def load_data(
    path: str | os.PathLike | None = None, *, verify: bool = True, dtype: type = np.float32, dataset: str = "mnist"
) -> tuple[Split, Split, Split]:
    """``(training, validation, test)``, each ``(images, labels)``: images (n, 784), one row per digit, float32
    pixel / 255 in [0, 1]; labels int64 (n,); n = 50,000 / 10,000 / 10,000.

    ``path``: a folder of the four official files, Nielsen's ``mnist.pkl.gz``, or None to search (``MNISTNET_DATA``,
    the cache, a download). ``dtype``: np.float32 or np.float64 (pixel / 255), or np.uint8 (raw pixels 0..255,
    four times less memory). ``dataset="fashion-mnist"`` accepts the official Fashion-MNIST files instead.
    """
    dtype, dataset = _image_dtype(dtype), validate_dataset(dataset)
    found = find_data(path)
    if found.is_dir() and found.name.endswith((".pkl.gz", ".pkl", ".gz")):
        raise DataError(t("data_is_folder", path=found))
    if found.is_file():
        if dtype == np.uint8:
            return tuple((np.round(x * 255).astype(np.uint8), y) for x, y in load_pickle(found))
        return tuple((x.astype(dtype, copy=False), y) for x, y in load_pickle(found))
    raw = load_mnist(found, verify=verify, dataset=dataset)

    def pixels(x: np.ndarray) -> np.ndarray:
        return x.copy() if dtype == np.uint8 else np.multiply(x, dtype.type(1 / 255), dtype=dtype)

    images, labels = raw["train_images"], raw["train_labels"].astype(np.int64)
    return (
        (pixels(images[:N_TRAINING]), labels[:N_TRAINING]),
        (pixels(images[N_TRAINING:]), labels[N_TRAINING:]),
        (pixels(raw["test_images"]), raw["test_labels"].astype(np.int64)),
    )


def column_pairs(training: Split, validation: Split, test: Split) -> tuple[list, list, list]:
    """``load_data``'s arrays as chapter 1's lists, ready for ``Network.SGD``: training a list of ``(x, y)``, x a
    (784, 1) column, y the one-hot ``vectorized_result(label)``; validation and test lists of ``(x, label)``.
    Every x is a view of a row of the images, so the lists cost a few MB, not a second copy of the data set;
    and they are lists, not ``zip`` objects, so they can be used again and again."""
    (train_x, train_y), (valid_x, valid_y), (test_x, test_y) = training, validation, test
    return (
        [(x, vectorized_result(y)) for x, y in zip(train_x[:, :, np.newaxis], train_y)],
        [(x, int(y)) for x, y in zip(valid_x[:, :, np.newaxis], valid_y)],
        [(x, int(y)) for x, y in zip(test_x[:, :, np.newaxis], test_y)],
    )


def load_data_wrapper(
    path: str | os.PathLike | None = None, *, verify: bool = True, dataset: str = "mnist"
) -> tuple[list, list, list]:
    """Nielsen's lists of ``(x, y)`` pairs, ready for ``Network.SGD``: ``column_pairs(*load_data(path))``.
    A notebook that also needs the arrays calls ``load_data`` once and ``column_pairs`` on its result."""
    return column_pairs(*load_data(path, verify=verify, dataset=dataset))
