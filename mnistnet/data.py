"""Loading MNIST from the four official IDX files, or from Nielsen's ``mnist.pkl.gz`` (read safely), in Nielsen's
split; ``column_pairs`` makes chapter 1's lists of ``(x, y)`` pairs without copying a pixel. Finding the files
is ``mnistnet.download``'s job."""

from __future__ import annotations

import codecs
import gzip
import math
import os
import pickle
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import numpy as np

from .download import FILES, DataError, DataNotFoundError, check_sha256, find_data, reading, validate_dataset
from .i18n import t
from .maths import vectorized_result
from .validate import is_whole_number

__all__ = ["DataError", "DataNotFoundError", "FILES", "column_pairs", "find_data", "load_data", "load_data_wrapper",
           "load_mnist", "load_pickle", "read_idx"]

N_TRAINING = 50_000  # Nielsen's split of the 60,000 official training images
Split = tuple[np.ndarray, np.ndarray]
Source = str | os.PathLike | None  # a folder of the four files, mnist.pkl.gz, or None: find_data() searches


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


def read_idx(path: str | os.PathLike, dims: int) -> np.ndarray:
    """A gzipped IDX file of uint8 values: labels (n,) for ``dims`` 1, images (n, rows * cols) for ``dims`` 3.
    Anything else (not gzip, cut short, a wrong magic number or size) is a ``DataError`` naming the file."""
    with _unzipped(path := Path(path)) as f:
        raw = f.read()
    header, wanted = 4 + 4 * dims, 0x0800 + dims  # IDX: 0, 0, 8 (uint8), dims; a 4-byte size per dimension; the values
    if len(raw) < header:
        raise DataError(t("data_idx_short", path=path, size=len(raw)))
    if (magic := int.from_bytes(raw[:4], "big")) != wanted:
        raise DataError(t("data_idx_magic", path=path, magic=magic, expected=wanted))
    shape = [int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(dims)]
    if len(raw) != (expected := header + math.prod(shape)):  # Python ints: no overflow on a hostile header
        raise DataError(t("data_idx_size", path=path, count=shape[0], expected=expected, size=len(raw)))
    values = np.frombuffer(raw, dtype=np.uint8, offset=header)
    return values.reshape(shape[0], shape[1] * shape[2]) if dims == 3 else values  # also for 0 images


# Nielsen's mnist.pkl.gz, read safely. A pickle may name any function for the loader to call: this reader rebuilds
# arrays and tuples and refuses every other callable (nothing is run), refuses an array whose bytes do not fill its
# shape (a 227-byte file must not become 931 MB of uninitialised memory), stops past MAX_UNPICKLED_BYTES (a gzip bomb).
MAX_UNPICKLED_BYTES = 240_000_000  # the genuine file unzips to about 220.1 MB (70,000 x 784 float32 + labels)


class _Refused(pickle.UnpicklingError):
    """The pickle asks for something a data file never needs."""


class _CappedReader:
    """The unzipped stream, never past MAX_UNPICKLED_BYTES: a read that would cross the cap is refused unread."""

    def __init__(self, stream: gzip.GzipFile, path: Path):
        self.stream, self.path, self.left = stream, path, MAX_UNPICKLED_BYTES

    def _within_cap(self, size: int) -> int:
        if size > self.left:
            raise DataError(t("data_pickle_too_big", path=self.path, megabytes=MAX_UNPICKLED_BYTES / 1e6))
        return size

    def _counted(self, block: bytes) -> bytes:
        self.left -= self._within_cap(len(block))
        return block

    def read(self, n: int = -1) -> bytes:  # n < 0, "all of it": one byte more than the cap tells a bomb from a fit
        return self._counted(self.stream.read(self.left + 1 if n is None or n < 0 else self._within_cap(n)))

    def readline(self) -> bytes:
        return self._counted(self.stream.readline(self.left + 1))


class _CheckedArray(np.ndarray):
    """The pickle's ``numpy.ndarray``: fine as ``_reconstruct``'s (ignored) first argument, refused if called
    (``ndarray(shape)``: memory with no data); its ``__setstate__`` (the BUILD step) checks the data it is given."""

    def __new__(cls, *args, **kwargs):
        raise _Refused(t("data_refuse_empty"))

    def __setstate__(self, state):
        shape, dtype, _, rawdata = state[-4:]  # state = ([version,] shape, dtype, is_fortran, rawdata)
        sizes = isinstance(shape, tuple) and all(is_whole_number(k) and k >= 0 for k in shape)
        numbers = isinstance(dtype, np.dtype) and dtype.kind in "biuf" and isinstance(rawdata, (bytes, bytearray, str))
        if not (sizes and numbers):
            raise _Refused(t("data_refuse_array", shape=shape, dtype=dtype))
        if len(rawdata) != (needed := math.prod(shape) * dtype.itemsize):
            raise _Refused(t("data_refuse_bytes", shape=shape, dtype=dtype, needed=needed, size=len(rawdata)))
        super().__setstate__(state)


def _reconstruct(subtype, shape, dtype):
    """numpy's ``_reconstruct``: an empty ``_CheckedArray`` (subtype and shape ignored: BUILD gives the checked shape)."""
    return np.ndarray.__new__(_CheckedArray, (0,), dtype)


class _ArrayOnlyUnpickler(pickle.Unpickler):
    """An unpickler that looks a name up only in a short list of harmless array builders."""

    ALLOWED = {("numpy.core.multiarray", "_reconstruct"): _reconstruct, ("numpy._core.multiarray", "_reconstruct"): _reconstruct,
               ("numpy", "ndarray"): _CheckedArray, ("numpy", "dtype"): np.dtype,
               ("_codecs", "encode"): codecs.encode}  # codecs.encode: how Python 3 writes raw bytes at protocol 2

    def find_class(self, module: str, name: str):
        if (module, name) not in self.ALLOWED:
            raise _Refused(t("data_refuse_name", name=f"{module}.{name}"))
        return self.ALLOWED[module, name]


def _check_labels(labels: np.ndarray, where) -> None:
    """A ``DataError`` naming ``where`` unless every label is an integer 0..9."""
    if labels.dtype.kind not in "iu":
        raise DataError(t("data_labels_not_integers", path=where, dtype=labels.dtype))
    if len(labels) and not 0 <= labels.min() <= labels.max() <= 9:
        raise DataError(t("data_label_range", path=where, value=labels.min() if labels.min() < 0 else labels.max()))


def _checked_part(path: Path, name: str, part) -> Split:
    """One ``(images, labels)`` pair of the pickle: images (n, 784) finite, labels (n,) integers 0..9."""
    arrays = isinstance(part, tuple) and len(part) == 2 and all(isinstance(a, np.ndarray) for a in part)
    if not (arrays and part[0].ndim == 2 and part[0].shape[1] == 784 and part[1].shape == (len(part[0]),)):
        raise DataError(t("data_pickle_structure", path=path))
    images, labels = (a.view(np.ndarray) for a in part)
    if not np.isfinite(images).all():
        raise DataError(t("data_images_not_finite", path=f"{path} ({name})"))
    _check_labels(labels, f"{path} ({name})")
    return images.astype(np.float32, copy=False), labels.astype(np.int64, copy=False)


def load_pickle(path: Path) -> tuple[Split, Split, Split]:
    """``(training, validation, test)`` from Nielsen's ``mnist.pkl.gz``, each ``(images float32 (n, 784), labels
    int64 (n,))``; a ``DataError`` naming the file for anything that is not a genuine, complete, safe file."""
    with _unzipped(path) as f:
        try:
            content = _ArrayOnlyUnpickler(_CappedReader(f, path), encoding="latin1").load()
        except _Refused as e:
            raise DataError(t("data_pickle_refused", path=path, reason=e)) from None
        except (DataError, OSError, EOFError, zlib.error):
            raise  # too big, or a damaged gzip stream or an unreadable file: _unzipped and reading say so
        except Exception as e:  # any other malformed pickle
            raise DataError(t("data_pickle_invalid", path=path, error=f"{type(e).__name__}: {e}")) from None
    if not (isinstance(content, tuple) and len(content) == 3):
        raise DataError(t("data_pickle_structure", path=path))
    return tuple(_checked_part(path, name, part) for name, part in zip(("training", "validation", "test"), content))


def load_mnist(path: Source = None, *, verify: bool = True, dataset: str = "mnist") -> dict[str, np.ndarray]:
    """The four official uint8 arrays (``FILES``' keys; images (n, 784), 0 = background, 255 = ink, labels (n,)) of
    the folder ``path``; with ``verify`` each file's SHA-256 must be the official one of ``dataset``."""
    validate_dataset(dataset)
    if (folder := find_data(path)).is_file():
        raise DataError(t("data_needs_folder", path=folder))
    for name in FILES.values() if verify else ():
        check_sha256(folder / name, dataset)
    out = {key: read_idx(folder / name, 3 if key.endswith("images") else 1) for key, name in FILES.items()}
    for part in ("train", "test"):
        images, labels = out[f"{part}_images"], out[f"{part}_labels"]
        if len(images) != len(labels):
            raise DataError(t("data_count_mismatch", folder=folder, images=FILES[f"{part}_images"], n_images=len(images),
                              labels=FILES[f"{part}_labels"], n_labels=len(labels)))
        _check_labels(labels, folder / FILES[f"{part}_labels"])
    return out


def _image_dtype(dtype) -> np.dtype:
    """``dtype`` as a numpy dtype if it is float32 or float64 (pixel / 255) or uint8 (pixels), else a ValueError."""
    with suppress(TypeError, ValueError):
        if (wanted := np.dtype(dtype)) in (np.float32, np.float64, np.uint8):
            return wanted
    raise ValueError(t("data_dtype", value=repr(dtype)))


def _as_pixels(images: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """``images`` (uint8 pixels 0..255 or floats pixel / 255) as ``dtype``: uint8 pixels, or floats pixel / 255."""
    if dtype == np.uint8:
        return images.copy() if images.dtype == np.uint8 else np.round(images * 255).astype(np.uint8)
    if images.dtype == np.uint8:
        return np.multiply(images, dtype.type(1 / 255), dtype=dtype)
    return images.astype(dtype, copy=False)


def load_data(path: Source = None, *, verify: bool = True, dtype: type = np.float32,
              dataset: str = "mnist") -> tuple[Split, Split, Split]:
    """``(training, validation, test)``, each ``(images (n, 784), labels int64 (n,))``, n = 50,000 / 10,000 / 10,000.
    ``path``: a folder of the four official files, Nielsen's ``mnist.pkl.gz``, or None to search (``MNISTNET_DATA``,
    the cache, a download). ``dtype``: np.float32 (default) or np.float64, pixel / 255 in [0, 1], or np.uint8 (raw
    pixels 0..255, four times less memory). ``dataset="fashion-mnist"`` accepts the official Fashion-MNIST files."""
    dtype, dataset = _image_dtype(dtype), validate_dataset(dataset)
    if (found := find_data(path)).is_dir() and found.name.endswith((".pkl.gz", ".pkl", ".gz")):
        raise DataError(t("data_is_folder", path=found))
    if found.is_file():
        parts = load_pickle(found)
    else:
        raw = load_mnist(found, verify=verify, dataset=dataset)
        x, y = raw["train_images"], raw["train_labels"]
        parts = (x[:N_TRAINING], y[:N_TRAINING]), (x[N_TRAINING:], y[N_TRAINING:]), (raw["test_images"], raw["test_labels"])
    return tuple((_as_pixels(x, dtype), y.astype(np.int64)) for x, y in parts)


def column_pairs(training: Split, validation: Split, test: Split) -> tuple[list, list, list]:
    """``load_data``'s arrays as chapter 1's lists: training ``(x, y)`` pairs, x a (784, 1) column, y the one-hot
    ``vectorized_result(label)``; validation and test ``(x, label)`` pairs. Every x is a view of a row of the
    images (a few MB, not a second copy of the data set); lists, not ``zip`` objects, so they can be reused."""
    (train_x, train_y), (valid_x, valid_y), (test_x, test_y) = training, validation, test
    return ([(x, vectorized_result(y)) for x, y in zip(train_x[:, :, np.newaxis], train_y)],
            [(x, int(y)) for x, y in zip(valid_x[:, :, np.newaxis], valid_y)],
            [(x, int(y)) for x, y in zip(test_x[:, :, np.newaxis], test_y)])


def load_data_wrapper(path: Source = None, *, verify: bool = True, dataset: str = "mnist") -> tuple[list, list, list]:
    """Nielsen's lists of ``(x, y)`` pairs, ready for ``Network.SGD``: ``column_pairs(*load_data(path))``."""
    return column_pairs(*load_data(path, verify=verify, dataset=dataset))
