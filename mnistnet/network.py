"""The seed's network: Nielsen's ``network.py`` with checks, a history, and a fast engine.

A ``Network([784, 30, 10])`` has one weight matrix and one bias column per layer after
the input. ``backprop`` computes the gradient of the quadratic cost for one sample with
the four equations of backpropagation (BP1-BP4); ``update_mini_batch`` takes one step
of gradient descent; ``SGD`` repeats it over shuffled mini-batches for some epochs.
"""

from __future__ import annotations

import math
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import matrix
from .maths import cost_derivative, sigmoid, sigmoid_prime
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
        """The seed's line: ``Epoch 0: 9129 / 10000, took 0.21 seconds``."""
        if self.test_total is None:
            return f"Epoch {self.epoch} complete in {self.seconds:.2f} seconds"
        return f"Epoch {self.epoch}: {self.test_correct} / {self.test_total}, took {self.seconds:.2f} seconds"


def _check_positive_int(value, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise ValueError(f"{name} must be a whole number of at least 1, got {value!r}.")
    return int(value)


def _check_eta(eta) -> float:
    try:
        eta = float(eta)
    except (TypeError, ValueError):
        raise ValueError(f"eta (the learning rate) must be a number, got {eta!r}.") from None
    if not math.isfinite(eta) or eta <= 0:
        raise ValueError(f"eta (the learning rate) must be a positive, finite number, got {eta!r}.")
    return eta


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
    """

    def __init__(self, sizes: list[int], seed: int | None = None):
        if not isinstance(sizes, (list, tuple)) or len(sizes) < 2:
            raise ValueError(f"sizes must list at least 2 layers (input and output), e.g. [784, 30, 10]; got {sizes!r}.")
        for n in sizes:
            _check_positive_int(n, f"every entry of sizes (got {list(sizes)!r}); an entry")
        self.sizes = [int(n) for n in sizes]
        self.num_layers = len(sizes)
        self.rng = np.random.default_rng(seed)
        self.biases = [self.rng.standard_normal((y, 1)) for y in self.sizes[1:]]
        self.weights = [self.rng.standard_normal((y, x)) for x, y in zip(self.sizes[:-1], self.sizes[1:])]

    def __repr__(self) -> str:
        return f"Network({self.sizes})"

    # --- checks --------------------------------------------------------------------------

    def _check_input(self, a: np.ndarray, name: str, rows: int) -> np.ndarray:
        a = np.asarray(a)
        if a.ndim != 2 or a.shape[0] != rows:
            hint = f" Use {name}.reshape({rows}, 1)." if a.ndim == 1 and a.size == rows else ""
            raise ValueError(
                f"{name} has shape {a.shape}, expected ({rows}, 1): a column vector "
                f"(or ({rows}, m) for m columns).{hint}"
            )
        return a

    def _check_parameters(self) -> None:
        """Make sure assigned weights and biases still fit ``sizes`` (and are float arrays)."""
        for i, (x, y) in enumerate(zip(self.sizes[:-1], self.sizes[1:])):
            for name, arrays, shape in (("weights", self.weights, (y, x)), ("biases", self.biases, (y, 1))):
                a = np.asarray(arrays[i], dtype=np.float64)
                if a.shape != shape:
                    raise ValueError(f"{name}[{i}] has shape {a.shape}, expected {shape} for sizes {self.sizes}.")
                arrays[i] = np.ascontiguousarray(a)

    # --- the seed's maths ----------------------------------------------------------------

    def feedforward(self, a: np.ndarray) -> np.ndarray:
        """Return the output of the network for input column ``a`` of shape (784, 1).

        Each layer computes a' = sigma(w a + b). (Also works on (784, m): m columns at once.)
        """
        a = self._check_input(a, "a", self.sizes[0])
        for b, w in zip(self.biases, self.weights):
            a = sigmoid(np.dot(w, a) + b)
        return a

    def backprop(self, x: np.ndarray, y: np.ndarray):
        """Return ``(nabla_b, nabla_w)``, the gradient of the cost C_x for one sample.

        x is the input column (784, 1), y the desired output column (10, 1). nabla_b and
        nabla_w are lists of arrays shaped like ``biases`` and ``weights``.
        """
        x = self._check_input(x, "x", self.sizes[0])
        y = self._check_input(y, "y", self.sizes[-1])
        if x.shape[1] != 1 or y.shape[1] != 1:
            raise ValueError(f"backprop takes one sample: x and y must have one column, got {x.shape} and {y.shape}.")
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
        delta = cost_derivative(activations[-1], y) * sigmoid_prime(zs[-1])  # BP1: output error
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

    def update_mini_batch(self, mini_batch: list, eta: float) -> None:
        """One step of gradient descent on ``mini_batch``, a list of ``(x, y)`` pairs.

        w -> w - (eta / m) * sum of nabla_w over the m samples, and the same for b.
        """
        eta = _check_eta(eta)
        if not mini_batch:
            raise ValueError("mini_batch is empty: it needs at least one (x, y) pair.")
        nabla_b = [np.zeros(b.shape) for b in self.biases]
        nabla_w = [np.zeros(w.shape) for w in self.weights]
        for x, y in mini_batch:
            delta_nabla_b, delta_nabla_w = self.backprop(x, y)
            nabla_b = [nb + dnb for nb, dnb in zip(nabla_b, delta_nabla_b)]
            nabla_w = [nw + dnw for nw, dnw in zip(nabla_w, delta_nabla_w)]
        self.weights = [w - (eta / len(mini_batch)) * nw for w, nw in zip(self.weights, nabla_w)]
        self.biases = [b - (eta / len(mini_batch)) * nb for b, nb in zip(self.biases, nabla_b)]

    def evaluate(self, test_data) -> int:
        """How many samples of ``test_data`` the network classifies correctly.

        The answer is the index of the most active output neuron (``np.argmax``).
        ``test_data``: a list of ``(x, label)`` pairs, or a tuple ``(images, labels)``.
        """
        return self._evaluate(Samples(test_data, "test_data", self.sizes[0], self.sizes[-1]))

    def _outputs(self, samples: Samples):
        """Yield ``(idx, outputs)`` over all of ``samples``, a block of columns at a time."""
        for idx, rows in samples.blocks():
            yield idx, matrix.feedforward(self.weights, self.biases, rows.T)

    def _evaluate(self, samples: Samples) -> int:
        return sum(int(np.sum(np.argmax(out, axis=0) == samples.labels[idx])) for idx, out in self._outputs(samples))

    def total_cost(self, data) -> float:
        """The quadratic cost C = 1/n sum_x 1/2 ||a(x) - y(x)||^2 over ``data``."""
        return self._total_cost(Samples(data, "data", self.sizes[0], self.sizes[-1]))

    def _total_cost(self, samples: Samples) -> float:
        total = sum(0.5 * float(np.sum((out - samples.targets(idx).T) ** 2)) for idx, out in self._outputs(samples))
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
        - ``engine``: ``"matrix"`` (default, fast: a whole mini-batch per matrix product;
          updates the weight arrays in place) or ``"loop"`` (the seed's per-sample loop).
          Both compute the same numbers.
        - ``callback(report)`` is called after every epoch; return True to stop early.
        - ``verbose``: print the seed's line for every epoch.

        Ctrl-C (KeyboardInterrupt) stops cleanly: the weights learned so far are kept and
        the reports so far returned.
        """
        epochs = _check_positive_int(epochs, "epochs")
        mini_batch_size = _check_positive_int(mini_batch_size, "mini_batch_size")
        eta = _check_eta(eta)
        if engine not in ("matrix", "loop"):
            raise ValueError(f'engine must be "matrix" or "loop", got {engine!r}.')
        self._check_parameters()
        n_in, n_out = self.sizes[0], self.sizes[-1]
        training = Samples(training_data, "training_data", n_in, n_out)
        test = None if test_data is None else Samples(test_data, "test_data", n_in, n_out)
        validation = None if validation_data is None else Samples(validation_data, "validation_data", n_in, n_out)

        history: list[EpochReport] = []
        epoch = 0
        try:
            for epoch in range(epochs):
                start = time.perf_counter()
                order = self.rng.permutation(training.n)
                if engine == "matrix":
                    matrix.train_epoch(self.weights, self.biases, training, order, mini_batch_size, eta)
                else:
                    self._loop_epoch(training, order, mini_batch_size, eta)
                report = EpochReport(epoch, time.perf_counter() - start)
                if test is not None:
                    report.test_correct, report.test_total = self._evaluate(test), test.n
                if validation is not None:
                    report.validation_correct, report.validation_total = self._evaluate(validation), validation.n
                if monitor_training_cost:
                    report.training_cost = self._total_cost(training)
                history.append(report)
                if verbose:
                    print(report.line(), flush=True)
                if callback is not None and callback(report):
                    break
        except KeyboardInterrupt:
            print(f"Interrupted during epoch {epoch}: the weights learned so far are kept.", flush=True)
        return history

    def _loop_epoch(self, training: Samples, order: np.ndarray, mini_batch_size: int, eta: float) -> None:
        """One epoch with the seed's per-sample ``update_mini_batch``, on the same mini-batches."""
        for x_rows, y_rows in matrix.mini_batches(training, order, mini_batch_size):
            mini_batch = [(x_rows[j : j + 1].T, y_rows[j : j + 1].T) for j in range(len(x_rows))]
            self.update_mini_batch(mini_batch, eta)

    # --- saving ------------------------------------------------------------------------

    def copy(self) -> Network:
        """An independent copy (same sizes, weights, biases and random state)."""
        other = Network.__new__(Network)
        other.sizes, other.num_layers = list(self.sizes), self.num_layers
        other.rng = np.random.default_rng()
        other.rng.bit_generator.state = self.rng.bit_generator.state
        other.weights = [w.copy() for w in self.weights]
        other.biases = [b.copy() for b in self.biases]
        return other

    def save(self, path: str | os.PathLike) -> None:
        """Write sizes, weights and biases to a ``.npz`` file (no pickle), atomically."""
        path = Path(path)
        arrays = {"sizes": np.array(self.sizes)}
        for i, (w, b) in enumerate(zip(self.weights, self.biases)):
            arrays[f"w{i}"], arrays[f"b{i}"] = w, b
        fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".", suffix=".npz")
        try:
            with os.fdopen(fd, "wb") as f:
                np.savez(f, **arrays)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)

    @classmethod
    def load(cls, path: str | os.PathLike) -> Network:
        """Read a network written by ``save`` (``allow_pickle=False``: no code can run)."""
        path = Path(path)
        try:
            with np.load(path, allow_pickle=False) as f:
                arrays = {k: f[k] for k in f.files}
        except FileNotFoundError:
            raise FileNotFoundError(f"{path}: no such file.") from None
        except (ValueError, OSError) as e:
            raise ValueError(f"{path}: not a network saved by Network.save ({e}).") from None
        if "sizes" not in arrays:
            raise ValueError(f"{path}: not a network saved by Network.save (no 'sizes').")
        net = cls([int(n) for n in arrays["sizes"]])
        try:
            net.weights = [arrays[f"w{i}"].astype(np.float64) for i in range(net.num_layers - 1)]
            net.biases = [arrays[f"b{i}"].astype(np.float64) for i in range(net.num_layers - 1)]
        except KeyError as e:
            raise ValueError(f"{path}: missing array {e} for sizes {net.sizes}.") from None
        try:
            net._check_parameters()
        except ValueError as e:
            raise ValueError(f"{path}: {e}") from None
        return net
