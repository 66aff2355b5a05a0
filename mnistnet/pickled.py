"""Nielsen's ``mnist.pkl.gz``, read safely.

The file is a gzipped pickle of ``(training, validation, test)``, each ``(images, labels)``:
images float32 of shape (n, 784), labels int64 of shape (n,), n = 50,000 / 10,000 / 10,000.

A pickle is a small program: it can name any function for the loader to call. This reader

- rebuilds numpy arrays and tuples and refuses every other callable (nothing is run);
- refuses an array whose bytes do not fill its declared shape and dtype (a 227-byte file
  must not turn into 931 MB of uninitialised memory);
- stops unzipping past ``MAX_UNPICKLED_BYTES`` (a gzip bomb is refused while reading,
  never held in memory);
- checks the result: images (n, 784) finite, labels integers 0..9.
"""

from __future__ import annotations

import codecs
import gzip
import pickle
import zlib
from pathlib import Path

import numpy as np

from .idx import DataError, open_for_reading

__all__ = ["MAX_UNPICKLED_BYTES", "load_pickle"]

# The genuine file unzips to 70,000 x 784 float32 pixels + 70,000 int64 labels, about
# 220.1 MB, plus a few bytes of pickle. Anything much bigger is not mnist.pkl.gz.
MAX_UNPICKLED_BYTES = 240_000_000

_NUMERIC_KINDS = "biuf"  # bool, signed and unsigned integers, floats: no objects, strings, voids


class _Refused(pickle.UnpicklingError):
    """The pickle asks for something a data file never needs."""


class _TooBig(Exception):
    """The unzipped stream is longer than MAX_UNPICKLED_BYTES."""


class _CappedReader:
    """A file-like view of the gzip stream that refuses to go past ``cap`` bytes.

    The unpickler asks for n bytes at a time; a request that would cross the cap is
    refused before anything is unzipped, so a bomb costs neither time nor memory.
    """

    def __init__(self, stream, cap: int):
        self.stream, self.cap, self.done = stream, cap, 0

    def _count(self, n: int) -> None:
        self.done += n
        if self.done > self.cap:
            raise _TooBig

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            n = self.cap - self.done + 1  # "all of it": one byte more than allowed tells a bomb from a fit
        elif self.done + n > self.cap:
            raise _TooBig  # refused before unzipping a single byte of it
        block = self.stream.read(n)
        self._count(len(block))
        return block

    def readline(self) -> bytes:
        line = self.stream.readline(self.cap - self.done + 1)
        self._count(len(line))
        return line


class _ArraySubtype:
    """Stands for ``numpy.ndarray`` inside the pickle: accepted as ``_reconstruct``'s first
    argument, but calling it (``ndarray(shape)``: memory with no data) is refused."""

    def __call__(self, *args, **kwargs):
        raise _Refused("refusing to build numpy.ndarray(...) directly: it would hold no data")


class _CheckedArray(np.ndarray):
    """An array whose ``__setstate__`` (the pickle's BUILD step) checks the data it is given."""

    def __setstate__(self, state):
        # state = (version, shape, dtype, is_fortran, rawdata), or the same without version
        shape, dtype, rawdata = (state[1], state[2], state[4]) if len(state) == 5 else (state[0], state[1], state[3])
        if not isinstance(dtype, np.dtype) or dtype.kind not in _NUMERIC_KINDS or dtype.hasobject:
            raise _Refused(f"refusing an array of dtype {dtype!r}: only numbers belong in mnist.pkl.gz")
        if not isinstance(rawdata, (bytes, bytearray, str)):
            raise _Refused(f"refusing an array whose data is a {type(rawdata).__name__}, not bytes")
        try:
            needed = int(np.prod([int(k) for k in shape], dtype=np.int64)) * dtype.itemsize
        except (TypeError, ValueError):
            raise _Refused(f"refusing an array of shape {shape!r}") from None
        if min((int(k) for k in shape), default=0) < 0 or len(rawdata) != needed:
            raise _Refused(
                f"refusing an array of shape {tuple(shape)} and dtype {dtype}: it needs {needed} bytes "
                f"of data but carries {len(rawdata)}"
            )
        super().__setstate__(state)


def _reconstruct(subtype, shape, dtype):
    """numpy's ``_reconstruct``, always building a ``_CheckedArray`` (the pickle's subtype is ignored)."""
    return np.ndarray.__new__(_CheckedArray, shape, dtype)


class _ArrayOnlyUnpickler(pickle.Unpickler):
    """An unpickler that rebuilds numpy arrays and tuples and refuses everything else.

    A pickle can name any function for the loader to call; the plain unpickler calls it.
    This one looks a name up only in a short list of harmless array builders.
    """

    ALLOWED = {
        ("numpy.core.multiarray", "_reconstruct"): _reconstruct,
        ("numpy._core.multiarray", "_reconstruct"): _reconstruct,
        ("numpy", "ndarray"): _ArraySubtype(),
        ("numpy", "dtype"): np.dtype,
        ("_codecs", "encode"): codecs.encode,  # how Python 3 writes raw bytes at protocol 2
    }

    def find_class(self, module: str, name: str):
        if (module, name) not in self.ALLOWED:
            raise _Refused(f"refusing to load {module}.{name}")
        return self.ALLOWED[module, name]


def _check_part(path: Path, which: str, part) -> tuple[np.ndarray, np.ndarray]:
    """One ``(images, labels)`` pair: images (n, 784) finite numbers, labels (n,) integers 0..9."""
    shape_ok = (
        isinstance(part, tuple) and len(part) == 2 and all(isinstance(a, np.ndarray) for a in part)
        and part[0].ndim == 2 and part[0].shape[1] == 784 and part[1].ndim == 1 and len(part[0]) == len(part[1])
    )
    if not shape_ok:
        raise DataError(
            f"{path}: expected (training, validation, test), each (images (n, 784), labels (n,)), "
            "as in Nielsen's mnist.pkl.gz."
        )
    images, labels = (a.view(np.ndarray) for a in part)
    if not np.isfinite(images).all():
        raise DataError(f"{path}: the {which} images hold NaN or infinite values; pixels must be finite numbers.")
    if labels.dtype.kind not in "iu":
        raise DataError(f"{path}: the {which} labels are {labels.dtype}, not integers; labels must be digits 0-9.")
    if len(labels) and (labels.min() < 0 or labels.max() > 9):
        raise DataError(
            f"{path}: a {which} label is {labels.min() if labels.min() < 0 else labels.max()}; labels must be digits 0-9."
        )
    return images.astype(np.float32), labels.astype(np.int64)


def load_pickle(path: Path) -> tuple:
    """``(training, validation, test)`` from a Nielsen ``mnist.pkl.gz``, each ``(images, labels)``:
    images float32 (n, 784), labels int64 (n,). Raises ``DataError`` naming the file for
    anything that is not a genuine, complete, safe file of this shape."""
    with open_for_reading(path) as raw:
        try:
            with gzip.GzipFile(fileobj=raw, mode="rb") as f:
                content = _ArrayOnlyUnpickler(_CappedReader(f, MAX_UNPICKLED_BYTES), encoding="latin1").load()
        except _TooBig:
            raise DataError(
                f"{path}: unzips to more than {MAX_UNPICKLED_BYTES / 1e6:.0f} MB, far more than a genuine "
                "mnist.pkl.gz (about 220 MB). Refused; it was not loaded into memory."
            ) from None
        except _Refused as e:
            raise DataError(
                f"{path}: not loaded, {e}. A genuine mnist.pkl.gz never needs this; "
                "it is not one. Nothing in it was run."
            ) from None
        except PermissionError:
            raise DataError(f"{path}: permission denied while reading the file.") from None
        except (gzip.BadGzipFile, EOFError, zlib.error, OSError) as e:
            raise DataError(f"{path}: not a complete gzip file ({e}).") from None
        except Exception as e:  # any other malformed pickle
            raise DataError(f"{path}: not a valid mnist.pkl.gz ({type(e).__name__}: {e}).") from None
    if not (isinstance(content, tuple) and len(content) == 3):
        raise DataError(
            f"{path}: expected (training, validation, test), each (images (n, 784), labels (n,)), "
            "as in Nielsen's mnist.pkl.gz."
        )
    return tuple(_check_part(path, which, part) for which, part in zip(("training", "validation", "test"), content))
