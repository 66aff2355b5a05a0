"""The seed's network: Nielsen's ``network.py`` with checks, a history, and a fast engine.

A ``Network([784, 30, 10])`` has one weight matrix and one bias column per layer after
the input. ``backprop`` computes the gradient of the quadratic cost for one sample with
the four equations of backpropagation (BP1-BP4); ``update_mini_batch`` takes one step
of gradient descent; ``SGD`` repeats it over shuffled mini-batches for some epochs.

The book's chapter 3 adds three options, all off by default: ``cost="cross-entropy"``,
``init="scaled"`` (both ``Network(...)``) and L2 regularisation (``SGD(..., lmbda=5.0)``);
``SGD(..., early_stopping=10)`` stops when validation accuracy stalls.
"""

from __future__ import annotations

import math
import os
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import costs, matrix
from .download import write_atomically
from .i18n import t
from .maths import sigmoid, sigmoid_prime
from .samples import Samples


@dataclass
class EpochReport:
    """What one epoch of training did. Accuracies are counts out of the totals."""

    epoch: int
    seconds: float  # training time only, evaluation not included
    test_correct: int | None = None
    test_total: int | None = None
    validation_correct: int | None = None
    validation_total: int | None = None
    training_cost: float | None = None

    @property
    def test_accuracy(self) -> float | None:
        """Fraction of the test set classified correctly (0..1), or None."""
        return None if self.test_total is None else self.test_correct / self.test_total

    @property
    def validation_accuracy(self) -> float | None:
        """Fraction of the validation set classified correctly (0..1), or None."""
        return None if self.validation_total is None else self.validation_correct / self.validation_total

    def line(self) -> str:
        """The seed's line: ``Epoch 0: 9129 / 10000, took 0.21 seconds`` (in the chosen language)."""
        if self.test_total is None:
            return t("epoch_line_no_test", epoch=self.epoch, seconds=self.seconds)
        return t("epoch_line", epoch=self.epoch, correct=self.test_correct, total=self.test_total, seconds=self.seconds)


def _is_whole_number(value) -> bool:
    """An int or numpy integer, but not a bool (True is not a number of epochs)."""
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def _check_positive_int(value, name: str) -> int:
    if not _is_whole_number(value) or value < 1:
        raise ValueError(t("net_positive_int", name=name, value=repr(value)))
    return int(value)


def _check_eta(eta) -> float:
    """A real number, given as a number: "3.0" and True are mistakes, not learning rates."""
    if isinstance(eta, (bool, np.bool_)) or not isinstance(eta, (int, float, np.integer, np.floating)):
        raise ValueError(t("net_eta", value=repr(eta)))
    if not math.isfinite(eta) or eta <= 0:
        raise ValueError(t("net_eta", value=repr(eta)))
    return float(eta)


def _check_seed(seed) -> int | None:
    """None (a different network every time) or a whole number >= 0, as numpy accepts."""
    if seed is not None and (not _is_whole_number(seed) or seed < 0):
        raise ValueError(t("net_seed", value=repr(seed)))
    return None if seed is None else int(seed)


def make_mini_batches(data: list, mini_batch_size: int) -> list:
    """The seed's mini-batches: ``data`` cut into consecutive pieces of ``mini_batch_size``
    items, the last piece possibly shorter (notebook 06's reference).

    ``[data[k:k + mini_batch_size] for k in range(0, len(data), mini_batch_size)]``
    """
    mini_batch_size = _check_positive_int(mini_batch_size, "mini_batch_size")
    return [data[k : k + mini_batch_size] for k in range(0, len(data), mini_batch_size)]


class Network:
    """A fully connected network of sigmoid neurons.

    ``sizes`` lists the neurons per layer, e.g. [784, 30, 10]. ``weights[i]`` has shape
    (sizes[i+1], sizes[i]) and ``biases[i]`` shape (sizes[i+1], 1), drawn from N(0, 1) as
    in the seed; ``seed`` makes them (and the shuffling in ``SGD``) reproducible.
    ``weights`` and ``biases`` are plain lists of arrays: read them, assign them.

    ``cost``: ``"quadratic"`` (the seed's, C_x = 1/2 ||a - y||^2) or ``"cross-entropy"``
    (C_x = -sum [y ln a + (1 - y) ln(1 - a)], delta^L = a - y); ``self.cost`` is then the
    class ``QuadraticCost`` or ``CrossEntropyCost`` of ``mnistnet.costs``.
    ``init``: ``"large"`` (the seed's N(0, 1) weights) or ``"scaled"`` (weights
    N(0, 1/n_in), n_in = the number of inputs of the neuron; biases N(0, 1) in both).
    """

    def __init__(self, sizes: list[int], seed: int | None = None, cost: str = "quadratic", init: str = "large"):
        if not isinstance(sizes, (list, tuple)) or len(sizes) < 2:
            raise ValueError(t("net_sizes_short", sizes=repr(sizes)))
        if not all(_is_whole_number(n) and n >= 1 for n in sizes):
            raise ValueError(t("net_sizes_entry", sizes=repr(list(sizes))))
        self.sizes = [int(n) for n in sizes]
        self.num_layers = len(sizes)
        self.cost = costs.get_cost(cost)
        self.init = costs.check_init(init)
        self.rng = np.random.default_rng(_check_seed(seed))
        self.biases = [self.rng.standard_normal((y, 1)) for y in self.sizes[1:]]
        self.weights = [self.rng.standard_normal((y, x)) for x, y in zip(self.sizes[:-1], self.sizes[1:])]
        if init == "scaled":  # N(0, 1/n_in): standard deviation 1/sqrt(n_in), same draws
            self.weights = [w / np.sqrt(w.shape[1]) for w in self.weights]

    def __repr__(self) -> str:
        options = "" if self.cost is costs.QuadraticCost else f", cost={self.cost.name!r}"
        options += "" if self.init == "large" else f", init={self.init!r}"
        return f"Network({self.sizes}{options})"

    # --- checks --------------------------------------------------------------------------

    def _check_input(self, a: np.ndarray, name: str, rows: int, pixels: bool = True) -> np.ndarray:
        """``a`` as (rows, m) columns of numbers. With ``pixels`` (inputs, not targets),
        uint8 values are raw pixels 0..255 and become 0..1, as in ``Samples``."""
        a = np.asarray(a)
        if a.ndim != 2 or a.shape[0] != rows:
            hint = t("net_input_hint", name=name, rows=rows) if a.ndim == 1 and a.size == rows else ""
            raise ValueError(t("net_input_shape", name=name, shape=a.shape, rows=rows) + hint)
        if a.dtype.kind not in "uif":
            raise ValueError(t("net_input_values", name=name, dtype=a.dtype))
        return a / 255 if pixels and a.dtype == np.uint8 else a

    def _check_parameters(self) -> None:
        """Make sure assigned weights and biases still fit ``sizes`` (and are float arrays)."""
        for i, (x, y) in enumerate(zip(self.sizes[:-1], self.sizes[1:])):
            for name, arrays, shape in (("weights", self.weights, (y, x)), ("biases", self.biases, (y, 1))):
                a = np.asarray(arrays[i], dtype=np.float64)
                if a.shape != shape:
                    raise ValueError(t("net_parameter_shape", name=name, i=i, shape=a.shape, expected=shape, sizes=self.sizes))
                arrays[i] = np.ascontiguousarray(a)

    # --- the seed's maths ----------------------------------------------------------------

    def feedforward(self, a: np.ndarray) -> np.ndarray:
        """Return the output of the network for input column ``a`` of shape (784, 1).

        Each layer computes a' = sigma(w a + b). (Also works on (784, m): m columns at once.)
        """
        self._check_parameters()  # weights you assigned must still fit sizes
        a = self._check_input(a, "a", self.sizes[0])
        for b, w in zip(self.biases, self.weights):
            a = sigmoid(np.dot(w, a) + b)
        return a

    def backprop(self, x: np.ndarray, y: np.ndarray):
        """Return ``(nabla_b, nabla_w)``, the gradient of the cost C_x for one sample.

        x is the input column (784, 1), y the desired output column (10, 1). nabla_b and
        nabla_w are lists of arrays shaped like ``biases`` and ``weights``. The cost is
        the network's (``self.cost``); the L2 term is not included (``update_mini_batch``
        applies it as a weight decay).
        """
        x = self._check_input(x, "x", self.sizes[0])
        y = self._check_input(y, "y", self.sizes[-1], pixels=False)
        if x.shape[1] != 1 or y.shape[1] != 1:
            raise ValueError(t("net_backprop_one", x_shape=x.shape, y_shape=y.shape))
        nabla_b = [np.zeros(b.shape) for b in self.biases]
        nabla_w = [np.zeros(w.shape) for w in self.weights]
        # feedforward, remembering every layer's z and activation
        activation = x
        activations = [x]  # a^1 = x, a^2, ..., a^L
        zs = []  # z^2, ..., z^L
        for b, w in zip(self.biases, self.weights):
            z = np.dot(w, activation) + b
            zs.append(z)
            activation = sigmoid(z)
            activations.append(activation)
        # backward pass
        delta = self.cost.delta(zs[-1], activations[-1], y)  # BP1: output error
        nabla_b[-1] = delta  # BP3
        nabla_w[-1] = np.dot(delta, activations[-2].transpose())  # BP4
        # l = 2 is the last hidden layer, l = 3 the one before, ... (negative indices)
        for l in range(2, self.num_layers):
            z = zs[-l]
            sp = sigmoid_prime(z)
            delta = np.dot(self.weights[-l + 1].transpose(), delta) * sp  # BP2: error of a hidden layer
            nabla_b[-l] = delta  # BP3
            nabla_w[-l] = np.dot(delta, activations[-l - 1].transpose())  # BP4
        return nabla_b, nabla_w

    def update_mini_batch(self, mini_batch: list, eta: float, lmbda: float = 0.0, n: int | None = None) -> None:
        """One step of gradient descent on ``mini_batch``, a list of ``(x, y)`` pairs.

        w -> w - (eta / m) * sum of nabla_w over the m samples, and the same for b.
        With L2 regularisation (``lmbda`` > 0; ``n`` = the size of the whole training set):
        w -> (1 - eta * lmbda / n) * w - (eta / m) * sum of nabla_w (eq. 93 of the book);
        the biases are not decayed.
        """
        eta = _check_eta(eta)
        lmbda = costs.check_lmbda(lmbda)
        if lmbda and n is None:
            raise ValueError(t("lmbda_needs_n"))
        if lmbda:
            n = _check_positive_int(n, "n (the size of the training set)")
        self._check_parameters()
        if not mini_batch:
            raise ValueError(t("net_mini_batch_empty"))
        for i, item in enumerate(mini_batch):
            if not (isinstance(item, (tuple, list)) and len(item) == 2):
                raise ValueError(t("samples_pair", name="mini_batch", i=i, kind=type(item).__name__))
        nabla_b = [np.zeros(b.shape) for b in self.biases]
        nabla_w = [np.zeros(w.shape) for w in self.weights]
        for x, y in mini_batch:
            delta_nabla_b, delta_nabla_w = self.backprop(x, y)
            nabla_b = [nb + dnb for nb, dnb in zip(nabla_b, delta_nabla_b)]
            nabla_w = [nw + dnw for nw, dnw in zip(nabla_w, delta_nabla_w)]
        decay = 1 - eta * lmbda / n if lmbda else 1.0  # weight decay: 1 without regularisation
        self.weights = [decay * w - (eta / len(mini_batch)) * nw for w, nw in zip(self.weights, nabla_w)]
        self.biases = [b - (eta / len(mini_batch)) * nb for b, nb in zip(self.biases, nabla_b)]

    def evaluate(self, test_data) -> int:
        """How many samples of ``test_data`` the network classifies correctly.

        The answer is the index of the most active output neuron (``np.argmax``).
        ``test_data``: a list of ``(x, label)`` pairs, or a tuple ``(images, labels)``.
        """
        self._check_parameters()
        return self._evaluate(Samples(test_data, "test_data", self.sizes[0], self.sizes[-1]))

    def _outputs(self, samples: Samples):
        """Yield ``(idx, outputs)`` over all of ``samples``, a block of columns at a time."""
        for idx, rows in samples.blocks():
            yield idx, matrix.feedforward(self.weights, self.biases, rows.T)

    def _evaluate(self, samples: Samples) -> int:
        return sum(int(np.sum(np.argmax(out, axis=0) == samples.labels[idx])) for idx, out in self._outputs(samples))

    def total_cost(self, data, lmbda: float = 0.0) -> float:
        """The cost C = 1/n sum_x C_x over the n samples of ``data``, with the network's cost.

        Quadratic: C_x = 1/2 ||a(x) - y(x)||^2. Cross-entropy: C_x = -sum_j [y_j ln a_j +
        (1 - y_j) ln(1 - a_j)]. With ``lmbda`` > 0 the L2 term (lmbda / 2n) sum_w w^2 is added.
        """
        self._check_parameters()
        lmbda = costs.check_lmbda(lmbda)
        return self._total_cost(Samples(data, "data", self.sizes[0], self.sizes[-1]), lmbda)

    def _total_cost(self, samples: Samples, lmbda: float = 0.0) -> float:
        total = sum(self.cost.fn(out, samples.targets(idx).T) for idx, out in self._outputs(samples))
        if lmbda:
            total += 0.5 * lmbda * sum(float(np.sum(w * w)) for w in self.weights)  # L2: (lmbda/2n) sum w^2
        return total / samples.n

    # --- training ------------------------------------------------------------------------

    def SGD(
        self,
        training_data,
        epochs: int,
        mini_batch_size: int,
        eta: float,
        test_data=None,
        *,
        engine: str = "matrix",
        validation_data=None,
        lmbda: float = 0.0,
        early_stopping: int | None = None,
        monitor_training_cost: bool = False,
        callback: Callable[[EpochReport], bool | None] | None = None,
        verbose: bool = True,
    ) -> list[EpochReport]:
        """Train with mini-batch stochastic gradient descent; return one report per epoch.

        Each epoch shuffles the training data (with this network's seeded generator; the
        list you pass is left as it is), cuts it into mini-batches of ``mini_batch_size``
        and calls ``update_mini_batch`` on each with learning rate ``eta``.

        - ``training_data``: list of ``(x, y)`` pairs (x (784, 1), y (10, 1)) or a tuple
          ``(images, labels)`` from ``load_data``.
        - ``test_data`` / ``validation_data``: evaluated after every epoch if given.
        - ``lmbda``: L2 regularisation (chapter 3). Each step becomes
          w -> (1 - eta * lmbda / n) w - (eta / m) sum nabla_w, n = the size of
          ``training_data``, m = the mini-batch size; biases are not decayed. 0: none.
        - ``early_stopping=N``: stop when the validation accuracy has not improved for N
          epochs in a row (needs ``validation_data``). The weights are those of the last
          epoch, not of the best one.
        - ``engine``: ``"matrix"`` (default, fast: a whole mini-batch per matrix product;
          updates the weight arrays in place) or ``"loop"`` (the seed's per-sample loop).
          Both compute the same numbers, for every cost and lmbda.
        - ``monitor_training_cost``: put the training cost (with the L2 term) in each report.
        - ``callback(report)`` is called after every epoch; return True to stop early.
        - ``verbose``: print the seed's line for every epoch.

        Ctrl-C (KeyboardInterrupt) stops training at once: the weights learned so far are
        kept, one line says so, and the KeyboardInterrupt is raised again, so a script (or a
        notebook cell) that goes on to more work stops too instead of running on as if
        training had finished. The reports of the finished epochs travel with it, as the
        exception's ``history``::

            try:
                history = net.SGD(training, 30, 10, 3.0, test_data=test)
            except KeyboardInterrupt as stop:
                history = stop.history  # and net keeps its weights: evaluate, save, ...

        (The explorer widget stops between epochs through ``callback`` instead.)
        """
        epochs = _check_positive_int(epochs, "epochs")
        mini_batch_size = _check_positive_int(mini_batch_size, "mini_batch_size")
        eta = _check_eta(eta)
        if engine not in ("matrix", "loop"):
            raise ValueError(t("net_engine", value=repr(engine)))
        lmbda = costs.check_lmbda(lmbda)
        early_stopping = costs.check_early_stopping(early_stopping, validation_data is not None)
        self._check_parameters()
        n_in, n_out = self.sizes[0], self.sizes[-1]
        training = Samples(training_data, "training_data", n_in, n_out)
        test = None if test_data is None else Samples(test_data, "test_data", n_in, n_out)
        validation = None if validation_data is None else Samples(validation_data, "validation_data", n_in, n_out)

        history: list[EpochReport] = []
        best = None  # for early stopping: the report with the best validation accuracy so far
        epoch = 0
        try:
            for epoch in range(epochs):
                start = time.perf_counter()
                order = self.rng.permutation(training.n)
                if engine == "matrix":
                    matrix.train_epoch(self.weights, self.biases, training, order, mini_batch_size, eta, self.cost, lmbda)
                else:
                    self._loop_epoch(training, order, mini_batch_size, eta, lmbda)
                report = EpochReport(epoch, time.perf_counter() - start)
                if test is not None:
                    report.test_correct, report.test_total = self._evaluate(test), test.n
                if validation is not None:
                    report.validation_correct, report.validation_total = self._evaluate(validation), validation.n
                if monitor_training_cost:
                    report.training_cost = self._total_cost(training, lmbda)
                history.append(report)
                if verbose:
                    print(report.line(), flush=True)
                if callback is not None and callback(report):
                    break
                if early_stopping is not None:
                    if best is None or report.validation_correct > best.validation_correct:
                        best = report
                    elif epoch - best.epoch >= early_stopping:
                        if verbose:
                            print(t("early_stopped", epochs=early_stopping, epoch=best.epoch,
                                    best=f"{best.validation_correct} / {best.validation_total}"), flush=True)
                        break
        except KeyboardInterrupt as stop:
            stop.history = history  # the finished epochs' reports, for whoever catches it
            print(t("net_interrupted", epoch=epoch), flush=True)
            raise
        return history

    def _loop_epoch(
        self, training: Samples, order: np.ndarray, mini_batch_size: int, eta: float, lmbda: float = 0.0
    ) -> None:
        """One epoch with the seed's per-sample ``update_mini_batch``, on the same mini-batches."""
        for x_rows, y_rows in matrix.mini_batches(training, order, mini_batch_size):
            mini_batch = [(x_rows[j : j + 1].T, y_rows[j : j + 1].T) for j in range(len(x_rows))]
            self.update_mini_batch(mini_batch, eta, lmbda, training.n)

    # --- saving ------------------------------------------------------------------------

    def copy(self) -> Network:
        """An independent copy (same sizes, cost, init, weights, biases and random state)."""
        other = Network._without_weights(self.sizes, self.cost.name, self.init)
        other.rng.bit_generator.state = self.rng.bit_generator.state
        other.weights = [w.copy() for w in self.weights]
        other.biases = [b.copy() for b in self.biases]
        return other

    @classmethod
    def _without_weights(cls, sizes: list[int], cost: str = "quadratic", init: str = "large") -> Network:
        """A network of ``sizes`` whose weights and biases are still to be assigned (no
        random draw: ``load`` fills them from the file, however large sizes are)."""
        net = cls.__new__(cls)
        net.sizes, net.num_layers = list(sizes), len(sizes)
        net.cost, net.init = costs.get_cost(cost), costs.check_init(init)
        net.rng = np.random.default_rng()
        net.weights, net.biases = [], []
        return net

    def save(self, path: str | os.PathLike) -> None:
        """Write sizes, cost, init, weights and biases to a ``.npz`` file (no pickle), atomically.

        The file gets the usual permissions for your umask, like any file you create.
        """
        path = Path(path)
        if path.is_dir():
            raise ValueError(t("net_save_folder", path=path))
        arrays = {"sizes": np.array(self.sizes), "cost": np.array(self.cost.name), "init": np.array(self.init)}
        for i, (w, b) in enumerate(zip(self.weights, self.biases)):
            arrays[f"w{i}"], arrays[f"b{i}"] = w, b
        write_atomically(path, lambda f: np.savez(f, **arrays))

    @classmethod
    def load(cls, path: str | os.PathLike) -> Network:
        """Read a network written by ``save`` (``allow_pickle=False``: no code can run).

        Every array's header (shape and dtype) is checked against ``sizes`` before its data
        is read, so a damaged or foreign file costs no memory; any bad file gives one
        ``ValueError`` naming it.
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
                # files written before chapter 3 have no cost and init: the seed's quadratic / large
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
            net = cls._without_weights(sizes, **options)
        except ValueError as e:
            raise bad(str(e).rstrip(".")) from None
        net.weights = [arrays[f"w{i}"].astype(np.float64) for i in range(net.num_layers - 1)]
        net.biases = [arrays[f"b{i}"].astype(np.float64) for i in range(net.num_layers - 1)]
        return net


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
    except (ValueError, OSError, EOFError, zipfile.BadZipFile) as e:
        raise bad(t("net_load_unreadable", name=repr(name), error=e)) from None
    with f:
        if dtype.kind not in kinds:
            raise bad(t("net_load_dtype", name=repr(name), dtype=dtype))
        if shape is not None and found_shape != shape:
            raise bad(t("net_load_shape", name=repr(name), shape=found_shape, sizes=sizes, expected=shape))
        count = math.prod(found_shape)
        if archive.getinfo(member).file_size != header_length + count * dtype.itemsize:
            raise bad(t("net_load_length", name=repr(name), count=count))
        if header_only:
            return None
        try:
            data = f.read(count * dtype.itemsize)
        except (ValueError, OSError, EOFError, zipfile.BadZipFile) as e:  # e.g. a bad CRC
            raise bad(t("net_load_unreadable", name=repr(name), error=e)) from None
    if len(data) != count * dtype.itemsize:
        raise bad(t("net_load_length", name=repr(name), count=count))
    array = np.frombuffer(data, dtype=dtype)
    return array.reshape(found_shape[::-1]).T if fortran_order else array.reshape(found_shape)
