"""One view of a data set, whichever of the two formats it comes in.

- the seed's format: a list of pairs ``(x, y)``, x a column of shape (n_in, 1), y either a
  label (int) or a target column of shape (n_out, 1) such as ``vectorized_result(label)``;
- the array format of ``load_data``: a tuple ``(images, labels)``, images of shape
  (n, n_in) (float in [0, 1], or uint8 pixels 0..255, read as pixel / 255), labels (n,).

The engines read a data set in blocks of rows: ``rows(idx)`` gives a float64 matrix of
shape (len(idx), n_in), ``targets(idx)`` the matching (len(idx), n_out) one-hot rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np


class Samples:
    """A data set checked once, then read in blocks. ``name`` is used in error messages."""

    def __init__(self, data, name: str, n_in: int, n_out: int):
        self.name, self.n_in, self.n_out = name, n_in, n_out
        if isinstance(data, Iterator):
            raise ValueError(
                f"{name} is a {type(data).__name__} object, an iterator: it is used up after one "
                "pass, so a second epoch (or a second call) would silently see no data. "
                "Pass a list instead, e.g. list(zip(inputs, results))."
            )
        if (
            isinstance(data, tuple) and len(data) == 2
            and isinstance(data[0], np.ndarray) and isinstance(data[1], np.ndarray)
        ):
            self._init_arrays(*data)
        elif isinstance(data, Sequence) and not isinstance(data, (str, bytes)):
            self._init_pairs(data)
        else:
            raise ValueError(
                f"{name} must be a list of (x, y) pairs or a tuple (images, labels) of arrays, "
                f"not {type(data).__name__}."
            )
        if self.n == 0:
            raise ValueError(f"{name} is empty: there is nothing to learn from or to test on.")

    def _init_arrays(self, images: np.ndarray, labels: np.ndarray) -> None:
        if images.ndim != 2 or images.shape[1] != self.n_in:
            raise ValueError(
                f"{self.name}: images have shape {images.shape}, expected (n, {self.n_in}): one row per image."
            )
        if labels.shape != (len(images),):
            raise ValueError(
                f"{self.name}: labels have shape {labels.shape}, expected ({len(images)},): one label per image."
            )
        if not np.issubdtype(labels.dtype, np.integer) or (
            len(labels) and (labels.min() < 0 or labels.max() >= self.n_out)
        ):
            raise ValueError(f"{self.name}: labels must be whole numbers from 0 to {self.n_out - 1}.")
        self.images, self.labels, self.pairs = images, labels.astype(np.int64), None
        self.target_columns = False
        self.n = len(labels)
        # uint8 images are raw pixels: 0..255 becomes 0..1 as blocks are read
        self._scale = 1 / 255 if images.dtype == np.uint8 else 1.0

    def _init_pairs(self, pairs: Sequence) -> None:
        self.pairs, self.n = pairs, len(pairs)
        labels = np.empty(self.n, dtype=np.int64)
        columns = 0  # how many y are target columns (the rest are labels)
        for i, item in enumerate(pairs):
            if not (isinstance(item, (tuple, list)) and len(item) == 2):
                raise ValueError(f"{self.name}[{i}] should be a pair (x, y), got {type(item).__name__}.")
            x, y = item
            if not isinstance(x, np.ndarray) or x.shape != (self.n_in, 1):
                shape = getattr(x, "shape", type(x).__name__)
                raise ValueError(
                    f"{self.name}[{i}]: x has shape {shape}, expected ({self.n_in}, 1): a column "
                    f"vector. Use x.reshape({self.n_in}, 1)."
                )
            if isinstance(y, np.ndarray) and y.size > 1:
                if y.shape != (self.n_out, 1):
                    raise ValueError(
                        f"{self.name}[{i}]: y has shape {y.shape}, expected ({self.n_out}, 1) or a label."
                    )
                labels[i] = int(np.argmax(y))
                columns += 1
            else:
                try:
                    labels[i] = int(y)
                except (TypeError, ValueError):
                    raise ValueError(f"{self.name}[{i}]: y should be a label or a column, got {y!r}.") from None
                if not 0 <= labels[i] < self.n_out:
                    raise ValueError(f"{self.name}[{i}]: label {labels[i]} is not between 0 and {self.n_out - 1}.")
        if 0 < columns < self.n:
            raise ValueError(
                f"{self.name} mixes target columns (like vectorized_result(3)) and plain labels (like 3): "
                "use one kind for the whole list."
            )
        self.labels = labels
        self.target_columns = columns > 0  # then training uses the columns themselves

    def rows(self, idx: np.ndarray) -> np.ndarray:
        """The inputs of samples ``idx`` as a float64 matrix, one row per sample."""
        if self.pairs is None:
            return np.multiply(self.images[idx], self._scale, dtype=np.float64)
        return np.concatenate([self.pairs[i][0].T for i in idx]).astype(np.float64, copy=False)

    def targets(self, idx: np.ndarray) -> np.ndarray:
        """The desired outputs of samples ``idx``, one row per sample (one-hot for labels)."""
        if self.target_columns:
            return np.concatenate([self.pairs[i][1].T for i in idx]).astype(np.float64, copy=False)
        return np.eye(self.n_out)[self.labels[idx]]

    def blocks(self, size: int = 1000):
        """Yield ``(idx, rows)`` over the whole set in order, ``size`` samples at a time."""
        for start in range(0, self.n, size):
            idx = np.arange(start, min(start + size, self.n))
            yield idx, self.rows(idx)
