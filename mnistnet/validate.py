"""Checks of what a learner passes in, each a ``ValueError`` with a sentence naming the argument.

The learner's core (``maths``, ``costs``, ``network``) calls these and stays free of checking
noise. ``Samples`` is a data set checked once, in chapter 1's format (a list of pairs (x, y):
x an (n_in, 1) column, y a label or an (n_out, 1) target column) or ``load_data``'s (a tuple
(images (n, n_in), labels (n,))); uint8 pixels 0..255 are read as pixel / 255 in both.
"""

from __future__ import annotations

import math
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from .costs import CrossEntropyCost, QuadraticCost
from .i18n import t

COSTS = {cost.name: cost for cost in (QuadraticCost, CrossEntropyCost)}
FLOAT64 = np.dtype(np.float64)
#: The numbers a network computes with: float64 (the default) or float32 (the same code, half the bytes to move).
DTYPES = (FLOAT64, np.dtype(np.float32))

#: The initial weights: "large" is chapter 1's N(0, 1); "scaled" is N(0, 1/n_in) (chapter 3),
#: so that z = w a + b starts near N(0, 1) and the hidden neurons are not saturated.
INITS = ("large", "scaled")


def is_whole_number(value) -> bool:
    """An int or a numpy integer, but not a bool (True is not a number of epochs)."""
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def is_real_number(value) -> bool:
    """An int or float (or numpy one), but not a bool or a string such as "3.0"."""
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, (bool, np.bool_))


def validate_whole_number(value, name: str, least: int = 1) -> int:
    """``value`` as an int, if it is a whole number of at least ``least``."""
    if not is_whole_number(value) or value < least:
        raise ValueError(t("validate_whole_number", name=name, least=least, value=repr(value)))
    return int(value)


def validate_eta(eta) -> float:
    """The learning rate: a positive, finite number ("3.0" and True are mistakes)."""
    if not is_real_number(eta) or not math.isfinite(eta) or eta <= 0:
        raise ValueError(t("validate_eta", value=repr(eta)))
    return float(eta)


def validate_seed(seed) -> int | None:
    """None (a different network every time) or a whole number >= 0, as numpy accepts."""
    if seed is not None and (not is_whole_number(seed) or seed < 0):
        raise ValueError(t("validate_seed", value=repr(seed)))
    return None if seed is None else int(seed)


def validate_lmbda(lmbda) -> float:
    """The regularisation parameter lambda: a finite number >= 0."""
    if not is_real_number(lmbda):
        raise ValueError(t("validate_lmbda_not_number", value=repr(lmbda)))
    if not math.isfinite(lmbda) or lmbda < 0:
        raise ValueError(t("validate_lmbda_negative", value=repr(lmbda)))
    return float(lmbda)


def validate_decay(eta: float, lmbda: float, n: int) -> float:
    """The L2 weight decay 1 - eta * lmbda / n, refused when it is not positive: the weights
    would flip sign at every step and grow without bound instead of shrinking."""
    decay = 1 - eta * lmbda / n
    if decay <= 0:
        raise ValueError(t("validate_decay", eta=eta, lmbda=lmbda, n=n, decay=decay, most=n / eta))
    return decay


def validate_early_stopping(early_stopping, has_validation: bool) -> int | None:
    """``early_stopping`` (epochs without improvement) as an int, or None when not used."""
    if early_stopping is None:
        return None
    if not is_whole_number(early_stopping) or early_stopping < 1:
        raise ValueError(t("validate_early_stopping", value=repr(early_stopping)))
    if not has_validation:
        raise ValueError(t("validate_early_stopping_needs_validation", value=int(early_stopping)))
    return int(early_stopping)


def as_cost(cost):
    """The cost called ``cost`` ("quadratic" or "cross-entropy"), or ``cost`` itself if it is
    a cost object of your own: anything with the two functions ``fn(a, y)`` and ``delta(z, a, y)``."""
    if isinstance(cost, str) and cost in COSTS:
        return COSTS[cost]
    if not isinstance(cost, str) and callable(getattr(cost, "fn", None)) and callable(getattr(cost, "delta", None)):
        return cost
    raise ValueError(t("validate_cost", value=repr(cost)[:80], choices=", ".join(f'"{c}"' for c in COSTS)))


def validate_init(init) -> str:
    """``init`` itself, if it is one of ``INITS``."""
    if not isinstance(init, str) or init not in INITS:
        raise ValueError(t("validate_init", value=repr(init)[:80], choices=", ".join(f'"{i}"' for i in INITS)))
    return init


def validate_dtype(dtype) -> np.dtype:
    """``dtype`` as a numpy dtype, if it is one of ``DTYPES`` (np.float64, np.float32, or their names)."""
    try:
        found = None if dtype is None or isinstance(dtype, bool) else np.dtype(dtype)  # np.dtype(None) is float64
    except TypeError:
        found = None
    if found is None or found not in DTYPES:
        raise ValueError(t("validate_dtype", value=f"np.{dtype.__name__}" if isinstance(dtype, type) else repr(dtype)[:80]))
    return found


def validate_sizes(sizes) -> list[int]:
    """``sizes`` such as [784, 30, 10]: at least two layers of at least one neuron."""
    if not isinstance(sizes, (list, tuple)) or len(sizes) < 2:
        raise ValueError(t("validate_sizes_short", sizes=repr(sizes)[:80]))
    if not all(is_whole_number(n) and n >= 1 for n in sizes):
        raise ValueError(t("validate_sizes_entry", sizes=repr(list(sizes))[:80]))
    return [int(n) for n in sizes]


def as_columns(a, name: str, rows: int, pixels: bool = True, dtype: np.dtype = FLOAT64) -> np.ndarray:
    """``a`` as a (rows, m) array of ``dtype`` numbers, one column per sample. With ``pixels``
    (inputs, not targets), uint8 values are raw pixels 0..255 and become 0..1."""
    a = np.asanyarray(a)
    if a.ndim != 2 or a.shape[0] != rows:
        hint = t("validate_columns_hint", name=name, rows=rows) if a.ndim == 1 and a.size == rows else ""
        raise ValueError(t("validate_columns_shape", name=name, shape=a.shape, rows=rows) + hint)
    if a.dtype.kind not in "uif":
        raise ValueError(t("validate_columns_values", name=name, dtype=a.dtype))
    return (a / 255 if pixels and a.dtype == np.uint8 else a).astype(dtype, copy=False)


def validate_parameters(sizes: list[int], weights: list, biases: list, dtype: np.dtype = FLOAT64) -> None:
    """Make sure weights and biases a learner assigned still fit ``sizes`` (and are arrays of
    ``dtype``), converting them in place: a wrong shape is named before numpy trips over it."""
    if len(weights) != len(sizes) - 1 or len(biases) != len(sizes) - 1:
        raise ValueError(t("validate_parameter_count", count=len(sizes) - 1, sizes=sizes))
    for i, (x, y) in enumerate(zip(sizes[:-1], sizes[1:])):
        for name, arrays, shape in (("weights", weights, (y, x)), ("biases", biases, (y, 1))):
            if not (isinstance(arrays[i], np.ndarray) and arrays[i].dtype == dtype and arrays[i].shape == shape):
                a = np.asarray(arrays[i], dtype=dtype)
                if a.shape != shape:
                    raise ValueError(t("validate_parameter_shape", name=name, i=i, shape=a.shape, expected=shape, sizes=sizes))
                arrays[i] = a


def as_mini_batch(mini_batch, n_in: int, n_out: int) -> tuple[np.ndarray, np.ndarray]:
    """A mini-batch as two matrices (x (n_in, m), y (n_out, m)), one column per sample.

    ``mini_batch``: a list of m pairs ``(x, y)`` as in chapter 1 (y a target column), or
    one pair of matrices ``(x, y)`` with m columns each, as ``Network.SGD`` passes.
    """
    if isinstance(mini_batch, tuple) and len(mini_batch) == 2 and all(isinstance(a, np.ndarray) for a in mini_batch):
        x, y = mini_batch
        if x.ndim == 2 and y.ndim == 2 and x.shape[0] == n_in and y.shape[0] == n_out and x.shape[1] == y.shape[1]:
            return x, y
    if not isinstance(mini_batch, Sequence) or isinstance(mini_batch, (str, bytes)):
        raise ValueError(t("samples_kind", name="mini_batch", kind=type(mini_batch).__name__))
    if len(mini_batch) == 0:
        raise ValueError(t("validate_mini_batch_empty"))
    samples = Samples(list(mini_batch), "mini_batch", n_in, n_out)
    return samples.columns(np.arange(samples.n))


def _is_label(y) -> bool:
    """A whole-number label: an int or a numpy integer (or a one-element integer array)."""
    if isinstance(y, np.ndarray) and y.size == 1 and np.issubdtype(y.dtype, np.integer):
        y = y.reshape(()).item()
    return is_whole_number(y)


class Samples:
    """A data set checked once, then read a mini-batch at a time. ``name`` is used in errors.

    Checked here, before any training: shapes, labels (whole numbers 0..n_out-1, not 3.7,
    True or "3"), and values (no NaN or inf: one would turn every weight into NaN).
    """

    def __init__(self, data, name: str, n_in: int, n_out: int):
        self.name, self.n_in, self.n_out = name, n_in, n_out
        if isinstance(data, Iterator):
            raise ValueError(t("samples_iterator", name=name, kind=type(data).__name__))
        if isinstance(data, tuple) and len(data) == 2 and all(isinstance(a, np.ndarray) for a in data):
            self._from_arrays(*data)
        elif isinstance(data, Sequence) and not isinstance(data, (str, bytes)):
            self._from_pairs(data)
        else:
            raise ValueError(t("samples_kind", name=name, kind=type(data).__name__))
        if self.n == 0:
            raise ValueError(t("samples_empty", name=name))

    def _from_arrays(self, images: np.ndarray, labels: np.ndarray) -> None:
        if images.ndim != 2 or images.shape[1] != self.n_in:
            raise ValueError(t("samples_images_shape", name=self.name, shape=images.shape, n_in=self.n_in))
        if images.dtype.kind not in "uif":
            raise ValueError(t("samples_images_dtype", name=self.name, dtype=images.dtype))
        # integer pixels cannot be NaN or inf; min and max are NaN or inf if any pixel is (no 50,000 x 784 temporary)
        if images.dtype.kind == "f" and images.size and not (np.isfinite(images.min()) and np.isfinite(images.max())):
            index = int(np.argmin(np.isfinite(images).all(axis=1)))
            raise ValueError(t("samples_images_values", name=self.name, index=index))
        if labels.shape != (len(images),):
            raise ValueError(t("samples_labels_shape", name=self.name, shape=labels.shape, n=len(images)))
        if labels.dtype.kind not in "ui" or (len(labels) and (labels.min() < 0 or labels.max() >= self.n_out)):
            bad = labels if labels.dtype.kind not in "ui" else labels[(labels < 0) | (labels >= self.n_out)]
            raise ValueError(t("samples_labels_values", name=self.name, top=self.n_out - 1, dtype=labels.dtype,
                               example=repr(bad.flat[0].item()) if bad.size else "[]"))
        self.images, self.labels, self.n = images, labels.astype(np.int64), len(labels)
        self.targets = np.eye(self.n_out)[self.labels]  # one-hot rows, made once (n x n_out floats)

    def _from_pairs(self, pairs: Sequence) -> None:
        self.n = len(pairs)
        labels = np.empty(self.n, dtype=np.int64)
        columns = 0  # how many y are target columns (the others are labels)
        pixels = 0  # how many x are uint8 pixels 0..255 (the others are floats 0..1)
        for i, item in enumerate(pairs):
            if not (isinstance(item, (tuple, list)) and len(item) == 2):
                raise ValueError(t("samples_pair", name=self.name, i=i, kind=type(item).__name__))
            x, y = item
            if not isinstance(x, np.ndarray) or x.shape != (self.n_in, 1):
                shape = getattr(x, "shape", type(x).__name__)
                raise ValueError(t("samples_x_shape", name=self.name, i=i, shape=shape, n_in=self.n_in))
            if x.dtype.kind not in "uif":
                raise ValueError(t("samples_x_dtype", name=self.name, i=i, dtype=x.dtype))
            if x.dtype == np.uint8:
                pixels += 1
            elif x.dtype.kind == "f" and not np.isfinite(x).all():
                raise ValueError(t("samples_x_values", name=self.name, i=i))
            if isinstance(y, np.ndarray) and y.size > 1:
                if y.shape != (self.n_out, 1):
                    raise ValueError(t("samples_y_shape", name=self.name, i=i, shape=y.shape, n_out=self.n_out))
                if y.dtype.kind not in "uif" or not np.isfinite(y).all():
                    raise ValueError(t("samples_y_values", name=self.name, i=i))
                labels[i] = int(np.argmax(y))
                columns += 1
            elif _is_label(y) and 0 <= int(np.asarray(y).reshape(())) < self.n_out:
                labels[i] = int(np.asarray(y).reshape(()))
            else:
                raise ValueError(t("samples_label", name=self.name, i=i, top=self.n_out - 1, n_out=self.n_out,
                                   value=repr(y)[:80]))
        if 0 < columns < self.n:
            raise ValueError(t("samples_mixed", name=self.name))
        if 0 < pixels < self.n:
            raise ValueError(t("samples_x_mixed", name=self.name))
        self.pairs, self.images, self.labels = pairs, None, labels  # the columns stay where they are: no copy
        self.targets = np.concatenate([y.T for _, y in pairs]) if columns else np.eye(self.n_out)[labels]

    def columns(self, idx: np.ndarray, dtype: np.dtype = FLOAT64) -> tuple[np.ndarray, np.ndarray]:
        """Inputs x (n_in, m) as ``dtype`` floats (uint8 pixels become pixel / 255) and desired
        outputs y (n_out, m) (one-hot for labels) of the m samples ``idx``, one column per sample."""
        x = self.images[idx].T if self.images is not None else np.hstack([self.pairs[i][0] for i in idx])
        x = x / 255 if x.dtype == np.uint8 else x
        return x.astype(dtype, copy=False), self.targets[idx].T.astype(dtype, copy=False)

# --- reading a saved network --------------------------------------------------------------


def read_network_file(path) -> tuple[list[int], dict, list[np.ndarray], list[np.ndarray]]:
    """``(sizes, options, weights, biases)`` from a file written by ``Network.save``.

    Every array's header (shape and dtype) is checked against ``sizes`` before its data is
    read, so a damaged or foreign file costs no memory; no pickle is ever loaded.
    """
    path = Path(path)
    if path.is_dir():
        raise ValueError(t("net_load_folder", path=path))

    def bad(reason: str) -> ValueError:
        return ValueError(t("net_load_bad", path=path, reason=reason))

    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise FileNotFoundError(t("net_load_missing", path=path)) from None
    except PermissionError:
        raise PermissionError(t("net_load_denied", path=path)) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise bad(t("net_load_not_zip")) from None
    with archive:
        try:
            sizes = _read_member(archive, "sizes", bad, kinds="ui", shape=None)
            if sizes.ndim != 1 or len(sizes) < 2 or sizes.min() < 1:
                raise bad(t("net_load_sizes", sizes=sizes.tolist()))
            sizes = [int(n) for n in sizes]
            # files written before chapter 3 have no cost and init: chapter 1's quadratic / large
            options = {key: str(_read_member(archive, key, bad, kinds="U", shape=()))
                       for key in ("cost", "init") if f"{key}.npy" in archive.namelist()}
            shapes = {}
            for i, (x, y) in enumerate(zip(sizes[:-1], sizes[1:])):
                shapes[f"w{i}"], shapes[f"b{i}"] = (y, x), (y, 1)
            # first every header, then the data: nothing large is read from a bad file
            for name, shape in shapes.items():
                _read_member(archive, name, bad, kinds="f", shape=shape, sizes=sizes, header_only=True)
            arrays = {name: _read_member(archive, name, bad, kinds="f", shape=shape) for name, shape in shapes.items()}
        except MemoryError:
            gigabytes = 8 * sum(math.prod(shape) for shape in shapes.values()) / 1e9
            raise bad(t("net_load_memory", gigabytes=gigabytes)) from None
    try:
        as_cost(options.get("cost", "quadratic"))
        validate_init(options.get("init", "large"))
    except ValueError as e:
        raise bad(str(e).rstrip(".")) from None
    for name, array in arrays.items():
        if not np.isfinite(array).all():
            raise bad(t("net_load_not_finite", name=repr(name)))
    # a network saved in float32 comes back in float32; any other floats become float64
    dtype = np.float32 if all(array.dtype == np.float32 for array in arrays.values()) else np.float64
    weights = [arrays[f"w{i}"].astype(dtype) for i in range(len(sizes) - 1)]
    return sizes, options, weights, [arrays[f"b{i}"].astype(dtype) for i in range(len(sizes) - 1)]


def _read_member(archive: zipfile.ZipFile, name: str, bad, kinds: str, shape, sizes=None, header_only=False):
    """Read array ``name`` of a ``.npz`` archive, checking its .npy header first.

    ``kinds``: the allowed dtype kinds ("f" floats, "ui" integers); ``shape``: the
    expected shape (None: any). With ``header_only`` nothing after the header is read.
    ``bad(reason)`` makes the ValueError that names the file.
    """
    member = f"{name}.npy"
    if member not in archive.namelist():
        raise bad(t("net_load_no_array", name=repr(name)))
    try:
        f = archive.open(member)
        version = np.lib.format.read_magic(f)
        if version == (1, 0):
            found_shape, fortran_order, dtype = np.lib.format.read_array_header_1_0(f)
        else:
            found_shape, fortran_order, dtype = np.lib.format.read_array_header_2_0(f)
        header_length = f.tell()
    except (ValueError, OSError, EOFError, zipfile.BadZipFile, RuntimeError, NotImplementedError) as e:
        # RuntimeError: an encrypted member; NotImplementedError: a compression zipfile cannot read
        raise bad(t("net_load_unreadable", name=repr(name), error=str(e)[:200])) from None
    with f:
        if dtype.kind not in kinds:
            raise bad(t("net_load_dtype", name=repr(name), dtype=dtype, expected=t(f"net_load_kind_{kinds}")))
        if shape is not None and found_shape != shape:
            if sizes is None:
                raise bad(t("net_load_shape_plain", name=repr(name), shape=found_shape, expected=shape))
            raise bad(t("net_load_shape", name=repr(name), shape=found_shape, sizes=sizes, expected=shape))
        count = math.prod(found_shape)
        if archive.getinfo(member).file_size != header_length + count * dtype.itemsize:
            raise bad(t("net_load_length", name=repr(name), count=count))
        if header_only:
            return None
        try:
            data = f.read(count * dtype.itemsize)
        except (ValueError, OSError, EOFError, zipfile.BadZipFile, RuntimeError, NotImplementedError) as e:  # a bad CRC
            raise bad(t("net_load_unreadable", name=repr(name), error=e)) from None
    if len(data) != count * dtype.itemsize:
        raise bad(t("net_load_length", name=repr(name), count=count))
    array = np.frombuffer(data, dtype=dtype)
    return array.reshape(found_shape[::-1]).T if fortran_order else array.reshape(found_shape)
