"""One view of a data set, whichever of the two formats it comes in.

- the seed's format: a list of pairs ``(x, y)``, x a column of shape (n_in, 1) (float in
  [0, 1], or uint8 pixels 0..255, read as pixel / 255 as in the array format), y either a
  label (int) or a target column of shape (n_out, 1) such as ``vectorized_result(label)``;
- the array format of ``load_data``: a tuple ``(images, labels)``, images of shape
  (n, n_in) (float in [0, 1], or uint8 pixels 0..255, read as pixel / 255), labels (n,).

The engines read a data set in blocks of rows: ``rows(idx)`` gives a float64 matrix of
shape (len(idx), n_in), ``targets(idx)`` the matching (len(idx), n_out) one-hot rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

from .i18n import t


def _is_label(y) -> bool:
    """A whole-number label: an int or a numpy integer, not a bool (True is not a digit)."""
    if isinstance(y, np.ndarray) and y.size == 1:
        y = y.reshape(()).item() if np.issubdtype(y.dtype, np.integer) else y
    return isinstance(y, (int, np.integer)) and not isinstance(y, (bool, np.bool_))


def _is_numbers(a: np.ndarray) -> bool:
    """Real numbers numpy can compute with (not bools, strings, objects or complex)."""
    return a.dtype.kind in "uif"


class Samples:
    """A data set checked once, then read in blocks. ``name`` is used in error messages.

    Checked here, before any training: shapes, labels (whole numbers 0..n_out-1, not
    3.7, True or "3"), and values (no NaN or inf: one would turn every weight into NaN).
    uint8 inputs are raw pixels, read as pixel / 255 in both formats.
    """

    def __init__(self, data, name: str, n_in: int, n_out: int):
        self.name, self.n_in, self.n_out = name, n_in, n_out
        if isinstance(data, Iterator):
            raise ValueError(t("samples_iterator", name=name, kind=type(data).__name__))
        if (
            isinstance(data, tuple) and len(data) == 2
            and isinstance(data[0], np.ndarray) and isinstance(data[1], np.ndarray)
        ):
            self._init_arrays(*data)
        elif isinstance(data, Sequence) and not isinstance(data, (str, bytes)):
            self._init_pairs(data)
        else:
            raise ValueError(t("samples_kind", name=name, kind=type(data).__name__))
        if self.n == 0:
            raise ValueError(t("samples_empty", name=name))

    def _init_arrays(self, images: np.ndarray, labels: np.ndarray) -> None:
        if images.ndim != 2 or images.shape[1] != self.n_in:
            raise ValueError(t("samples_images_shape", name=self.name, shape=images.shape, n_in=self.n_in))
        if not _is_numbers(images):
            raise ValueError(t("samples_images_dtype", name=self.name, dtype=images.dtype))
        if images.dtype.kind == "f":  # integer pixels cannot be NaN or inf
            finite = np.isfinite(images).all(axis=1)
            if not finite.all():
                index = int(np.argmin(finite))
                raise ValueError(t("samples_images_values", name=self.name, index=index))
        if labels.shape != (len(images),):
            raise ValueError(t("samples_labels_shape", name=self.name, shape=labels.shape, n=len(images)))
        if labels.dtype.kind not in "ui" or (len(labels) and (labels.min() < 0 or labels.max() >= self.n_out)):
            bad = labels if labels.dtype.kind not in "ui" else labels[(labels < 0) | (labels >= self.n_out)]
            raise ValueError(
                t("samples_labels_values", name=self.name, top=self.n_out - 1, dtype=labels.dtype,
                  example=repr(bad.flat[0].item()) if bad.size else "[]")
            )
        self.images, self.labels, self.pairs = images, labels.astype(np.int64), None
        self.target_columns = False
        self.n = len(labels)
        # uint8 images are raw pixels: 0..255 becomes 0..1 as blocks are read
        self._scale = 1 / 255 if images.dtype == np.uint8 else 1.0

    def _init_pairs(self, pairs: Sequence) -> None:
        self.pairs, self.n = pairs, len(pairs)
        labels = np.empty(self.n, dtype=np.int64)
        columns = 0  # how many y are target columns (the rest are labels)
        pixels = 0  # how many x are uint8 pixels 0..255 (the rest are floats 0..1)
        for i, item in enumerate(pairs):
            if not (isinstance(item, (tuple, list)) and len(item) == 2):
                raise ValueError(t("samples_pair", name=self.name, i=i, kind=type(item).__name__))
            x, y = item
            if not isinstance(x, np.ndarray) or x.shape != (self.n_in, 1):
                shape = getattr(x, "shape", type(x).__name__)
                raise ValueError(t("samples_x_shape", name=self.name, i=i, shape=shape, n_in=self.n_in))
            if not _is_numbers(x):
                raise ValueError(t("samples_x_dtype", name=self.name, i=i, dtype=x.dtype))
            if x.dtype == np.uint8:
                pixels += 1
            elif x.dtype.kind == "f" and not np.isfinite(x).all():
                raise ValueError(t("samples_x_values", name=self.name, i=i))
            if isinstance(y, np.ndarray) and y.size > 1:
                if y.shape != (self.n_out, 1):
                    raise ValueError(t("samples_y_shape", name=self.name, i=i, shape=y.shape, n_out=self.n_out))
                if not _is_numbers(y) or not np.isfinite(y).all():
                    raise ValueError(t("samples_y_values", name=self.name, i=i))
                labels[i] = int(np.argmax(y))
                columns += 1
            else:
                if not _is_label(y) or not 0 <= int(np.asarray(y).reshape(())) < self.n_out:
                    raise ValueError(
                        t("samples_label", name=self.name, i=i, top=self.n_out - 1, n_out=self.n_out, value=repr(y))
                    )
                labels[i] = int(np.asarray(y).reshape(()))
        if 0 < columns < self.n:
            raise ValueError(t("samples_mixed", name=self.name))
        if 0 < pixels < self.n:
            raise ValueError(t("samples_x_mixed", name=self.name))
        self.labels = labels
        self.target_columns = columns > 0  # then training uses the columns themselves
        # uint8 columns are raw pixels, read as pixel / 255, exactly like uint8 arrays
        self._scale = 1 / 255 if pixels else 1.0

    def rows(self, idx: np.ndarray) -> np.ndarray:
        """The inputs of samples ``idx`` as a float64 matrix, one row per sample."""
        if self.pairs is None:
            return np.multiply(self.images[idx], self._scale, dtype=np.float64)
        rows = np.concatenate([self.pairs[i][0].T for i in idx])
        return np.multiply(rows, self._scale, dtype=np.float64)

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
