"""Reading and checking IDX files, the format of the four official MNIST files.

An IDX file is a 4-byte magic number (0x00000801 for labels, 0x00000803 for images),
one 4-byte big-endian size per dimension, then the uint8 values row by row. The
official files are gzipped.

Also here, because every data module needs them: the two errors ``DataError`` and
``DataNotFoundError``, and ``open_for_reading``, which turns "not found", "permission
denied" and "is a folder" into one clear sentence naming the file.
Only numpy and the standard library; nothing of screens or the network.
"""

from __future__ import annotations

import gzip
import math
import os
import zlib
from pathlib import Path
from typing import BinaryIO

import numpy as np

__all__ = ["DataError", "DataNotFoundError", "HOW_TO_GET", "IDX_MAGIC", "open_for_reading", "read_idx"]

HOW_TO_GET = (
    "Get the data with `python -m mnistnet data` (downloads once), or without internet "
    "copy the four files from a USB stick with `python -m mnistnet data --from FOLDER`, "
    "or set MNISTNET_DATA to a folder that holds them."
)

IDX_MAGIC = {1: 0x00000801, 3: 0x00000803}  # labels (1 dimension), images (3 dimensions)


class DataError(ValueError):
    """A data file is missing, damaged or not what it should be."""


class DataNotFoundError(DataError, FileNotFoundError):
    """No MNIST data where we looked."""


def open_for_reading(path: Path) -> BinaryIO:
    """``open(path, "rb")``, with a clear ``DataError`` naming the file when it cannot be opened.

    A file we may not read is not damaged: the message says "permission denied" and
    who can fix it, instead of advising to delete a good file.
    """
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise DataNotFoundError(f"{path}: file not found. {HOW_TO_GET}") from None
    except IsADirectoryError:
        raise DataError(f"{path}: is a folder, but a data file is expected here.") from None
    except PermissionError:
        raise DataError(
            f"{path}: permission denied, this user may not read the file. It is not damaged: "
            "ask its owner to make it readable (chmod a+r), or use a copy of your own."
        ) from None


def _gunzip(path: Path) -> bytes:
    with open_for_reading(path) as raw:
        try:
            with gzip.GzipFile(fileobj=raw, mode="rb") as f:
                return f.read()
        except PermissionError:
            raise DataError(f"{path}: permission denied while reading the file.") from None
        except (gzip.BadGzipFile, EOFError, zlib.error, OSError) as e:
            raise DataError(
                f"{path}: not a complete gzip file ({e}). It is damaged or was cut off "
                "while downloading: delete it and fetch the data again."
            ) from None


def read_idx(path: str | os.PathLike, dims: int) -> np.ndarray:
    """Read a gzipped IDX file of uint8 values with ``dims`` dimensions (1 = labels, 3 = images).

    Returns a uint8 array: labels of shape (n,), images flattened to shape (n, rows*cols).
    Raises ``DataError`` naming the file if it is not gzip, is cut short, or has the wrong
    magic number or size.
    """
    path = Path(path)
    raw = _gunzip(path)
    header = 4 + 4 * dims
    if len(raw) < header:
        raise DataError(f"{path}: only {len(raw)} bytes after unzipping, too short for an IDX header.")
    magic = int.from_bytes(raw[:4], "big")
    if magic != IDX_MAGIC[dims]:
        what = "labels" if dims == 1 else "images"
        raise DataError(
            f"{path}: wrong IDX magic number 0x{magic:08x}, expected 0x{IDX_MAGIC[dims]:08x} "
            f"for a file of {what}. Is this the right file?"
        )
    shape = [int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(dims)]
    expected = header + math.prod(shape)  # Python ints: no overflow on a hostile header
    if len(raw) != expected:
        raise DataError(
            f"{path}: the header promises {shape[0]} items ({expected} bytes) but the file "
            f"holds {len(raw)} bytes. It is damaged or cut off: fetch it again."
        )
    values = np.frombuffer(raw, dtype=np.uint8, offset=header)
    return values.reshape(shape[0], shape[1] * shape[2]) if dims == 3 else values  # also for 0 images
