"""Nielsen's network, the heart of mnistnet, and the code that trains (there is no second copy).

``feedforward`` computes the output; ``backprop`` the gradient of the cost with the four
equations BP1-BP4, for one sample (one column) or m samples at once (m columns: the same
equations, the gradients summed over the columns); ``update_mini_batch`` takes one step of
gradient descent; ``SGD`` repeats it over shuffled mini-batches. Chapter 3's options, off by
default: ``cost="cross-entropy"``, ``init="scaled"``, ``SGD(..., lmbda=5.0, early_stopping=10)``.
"""

from __future__ import annotations

import copy
import os
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from . import validate
from .download import write_atomically
from .i18n import t
from .maths import sigmoid
from .report import EpochReport
from .validate import Samples


def make_mini_batches(data, mini_batch_size: int) -> list:
    """``data`` cut into consecutive pieces of ``mini_batch_size`` items, the last piece
    possibly shorter (notebook 06's exercise; ``SGD`` cuts its shuffled order with it).

    ``[data[k:k + mini_batch_size] for k in range(0, len(data), mini_batch_size)]``
    """
    mini_batch_size = validate.validate_whole_number(mini_batch_size, "mini_batch_size")
    return [data[k : k + mini_batch_size] for k in range(0, len(data), mini_batch_size)]


class Network:
    """A fully connected network of sigmoid neurons.

    ``sizes`` lists the neurons per layer, e.g. [784, 30, 10]. ``weights[i]`` has shape
    (sizes[i+1], sizes[i]) and ``biases[i]`` shape (sizes[i+1], 1), drawn from N(0, 1) as in
    chapter 1; ``seed`` (a random seed) makes them, and the shuffling in ``SGD``,
    reproducible. ``weights`` and ``biases`` are plain lists of arrays: read them, assign them.

    ``cost``: ``"quadratic"`` (chapter 1: C_x = 1/2 ||a - y||^2), ``"cross-entropy"``
    (chapter 3: C_x = -sum [y ln a + (1 - y) ln(1 - a)], delta^L = a - y), or a cost object
    of your own with ``fn(a, y)`` and ``delta(z, a, y)``, like those of ``mnistnet.costs``.
    ``init``: ``"large"`` (chapter 1's N(0, 1) weights) or ``"scaled"`` (weights N(0, 1/n_in),
    n_in = the number of inputs of the neuron; biases N(0, 1) in both). ``dtype``: the numbers
    every array holds, np.float64 or np.float32 (the same draws rounded, the same code, faster).
    """

    def __init__(self, sizes: list[int], seed: int | None = None, cost="quadratic", init: str = "large", dtype=np.float64):
        self.sizes = validate.validate_sizes(sizes)
        self.num_layers = len(self.sizes)
        self.cost = cost
        self.init = validate.validate_init(init)
        self.dtype = validate.validate_dtype(dtype)
        self.rng = np.random.default_rng(validate.validate_seed(seed))
        self.biases = [self.rng.standard_normal((y, 1)) for y in self.sizes[1:]]
        self.weights = [self.rng.standard_normal((y, x)) for x, y in zip(self.sizes[:-1], self.sizes[1:])]
        if init == "scaled":  # N(0, 1/n_in): standard deviation 1/sqrt(n_in), same draws
            self.weights = [w / np.sqrt(w.shape[1]) for w in self.weights]
        validate.validate_parameters(self.sizes, self.weights, self.biases, self.dtype)  # float32: rounded here

    @property
    def cost(self):
        """The cost the network learns to lower: an object with ``fn`` and ``delta``."""
        return self._cost

    @cost.setter
    def cost(self, cost) -> None:  # net.cost = "cross-entropy" works as well as Network(..., cost=...)
        self._cost = validate.as_cost(cost)

    def __repr__(self) -> str:
        options = "" if getattr(self.cost, "name", None) == "quadratic" else f", cost={getattr(self.cost, 'name', self.cost)!r}"
        options += "" if self.init == "large" else f", init={self.init!r}"
        options += "" if self.dtype == np.float64 else f", dtype=np.{self.dtype}"
        return f"Network({self.sizes}{options})"

    # --- the maths -----------------------------------------------------------------------

    def feedforward(self, a: np.ndarray) -> np.ndarray:
        """Return the output of the network for input ``a``: one column (784, 1), or m
        columns (784, m) at once. Each layer computes a' = sigma(w a + b) (eq. 22)."""
        validate.validate_parameters(self.sizes, self.weights, self.biases, self.dtype)
        a = validate.as_columns(a, "a", self.sizes[0], dtype=self.dtype)
        for b, w in zip(self.biases, self.weights):
            a = sigmoid(np.dot(w, a) + b)
        return a

    def backprop(self, x: np.ndarray, y: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Return ``(nabla_b, nabla_w)``, the gradient of the cost C_x.

        x is the input, y the desired output: one column each, x (784, 1) and y (10, 1), or m
        columns each, x (784, m) and y (10, m), one per sample. With m columns every line
        below works on all m samples at once and the gradient is the SUM over the m samples.
        nabla_b and nabla_w are lists of arrays shaped like ``biases`` and ``weights``. The
        cost is the network's (``self.cost``); the L2 term is not included
        (``update_mini_batch`` applies it as a weight decay).
        """
        x = validate.as_columns(x, "x", self.sizes[0], dtype=self.dtype)
        y = validate.as_columns(y, "y", self.sizes[-1], pixels=False, dtype=self.dtype)
        if x.shape[1] != y.shape[1]:
            raise ValueError(t("validate_backprop_columns", x_shape=x.shape, y_shape=y.shape))
        nabla_b = [None] * len(self.biases)
        nabla_w = [None] * len(self.weights)
        # feedforward, remembering every layer's weighted input z and activation a
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
        nabla_b[-1] = delta.sum(axis=1, keepdims=True)  # BP3 (summed over the columns)
        nabla_w[-1] = np.dot(delta, activations[-2].transpose())  # BP4 (a sum of outer products)
        # l = 2 is the last hidden layer, l = 3 the one before, ... (negative indices)
        for l in range(2, self.num_layers):
            a = activations[-l]
            sp = a * (1 - a)  # sigma'(z) = sigma(z) (1 - sigma(z)), and sigma(z) is the stored a
            delta = np.dot(self.weights[-l + 1].transpose(), delta) * sp  # BP2: error of a hidden layer
            nabla_b[-l] = delta.sum(axis=1, keepdims=True)  # BP3
            nabla_w[-l] = np.dot(delta, activations[-l - 1].transpose())  # BP4
        return nabla_b, nabla_w

    def update_mini_batch(self, mini_batch, eta: float, lmbda: float = 0.0, n: int | None = None) -> None:
        """One step of gradient descent on ``mini_batch``: a list of m pairs ``(x, y)`` as in
        chapter 1, or one pair of matrices ``(x, y)`` with m columns each (as ``SGD`` passes).

        w -> w - (eta / m) * nabla_w, b -> b - (eta / m) * nabla_b, with the gradients summed
        over the m samples by one call of ``backprop``. With L2 regularisation (``lmbda`` > 0;
        ``n`` = the size of the whole training set) the weights also shrink:
        w -> (1 - eta * lmbda / n) * w - (eta / m) * nabla_w (eq. 93); biases are not decayed.
        """
        eta = validate.validate_eta(eta)
        decay = 1.0  # the L2 weight decay: 1 without regularisation
        if validate.validate_lmbda(lmbda):
            if n is None:
                raise ValueError(t("validate_lmbda_needs_n"))
            decay = validate.validate_decay(eta, lmbda, validate.validate_whole_number(n, "n (the size of the training set)"))
        validate.validate_parameters(self.sizes, self.weights, self.biases, self.dtype)
        x, y = validate.as_mini_batch(mini_batch, self.sizes[0], self.sizes[-1])
        m = x.shape[1]
        nabla_b, nabla_w = self.backprop(x, y)
        # The book's two update lines, w -> w - (eta / m) nabla_w and b -> b - (eta / m) nabla_b,
        # written in place: the step (eta / m) nabla is scaled inside the gradient's own array, so
        # no new array is made per step (for a 100 x 784 matrix that would cost more than the step).
        for w, nw in zip(self.weights, nabla_w):
            nw *= eta / m
            if decay != 1.0:
                w *= decay  # L2: the weights shrink a little at every step (eq. 93)
            w -= nw
        for b, nb in zip(self.biases, nabla_b):
            nb *= eta / m
            b -= nb

    def evaluate(self, test_data) -> int:
        """How many samples of ``test_data`` the network classifies correctly.

        The answer is the index of the most active output neuron (``np.argmax``).
        ``test_data``: a list of ``(x, label)`` pairs, or a tuple ``(images, labels)``.
        """
        return self._correct(Samples(test_data, "test_data", self.sizes[0], self.sizes[-1]))

    def _correct(self, samples: Samples) -> int:
        return sum(int(np.sum(np.argmax(a, axis=0) == samples.labels[idx])) for idx, a, _ in self._outputs(samples))

    def total_cost(self, data, lmbda: float = 0.0) -> float:
        """The cost C = 1/n sum_x C_x over the n samples of ``data``, with the network's cost.

        Quadratic: C_x = 1/2 ||a(x) - y(x)||^2. Cross-entropy: C_x = -sum_j [y_j ln a_j +
        (1 - y_j) ln(1 - a_j)]. With ``lmbda`` > 0 the L2 term (lmbda / 2n) sum_w w^2 is added.
        """
        return self._total_cost(Samples(data, "data", self.sizes[0], self.sizes[-1]), validate.validate_lmbda(lmbda))

    def _total_cost(self, samples: Samples, lmbda: float) -> float:
        total = sum(self.cost.fn(a, y) for _, a, y in self._outputs(samples))
        total += 0.5 * lmbda * sum(float(np.sum(w * w)) for w in self.weights)  # L2: (lmbda/2n) sum w^2
        return total / samples.n

    def _outputs(self, samples: Samples, size: int = 1000):
        """Yield ``(idx, a, y)``: outputs a and desired outputs y of ``samples``, ``size`` columns at a time."""
        for idx in make_mini_batches(np.arange(samples.n), size):
            x, y = samples.columns(idx, self.dtype)
            yield idx, self.feedforward(x), y

    # --- training ------------------------------------------------------------------------

    def SGD(self, training_data, epochs: int, mini_batch_size: int, eta: float, test_data=None, *,
            validation_data=None, lmbda: float = 0.0, early_stopping: int | None = None, monitor_training_cost: bool = False,
            callback: Callable[[EpochReport], bool | None] | None = None, verbose: bool = True) -> list[EpochReport]:
        """Train with mini-batch stochastic gradient descent; return one report per epoch.

        Each epoch shuffles the training data (with this network's seeded generator; the
        list you pass is left as it is), cuts it into mini-batches of ``mini_batch_size``
        with ``make_mini_batches`` and calls ``update_mini_batch`` on each with learning
        rate ``eta``.

        - ``training_data``: list of ``(x, y)`` pairs (x (784, 1), y (10, 1)) or a tuple
          ``(images, labels)`` from ``load_data``.
        - ``test_data`` / ``validation_data``: evaluated after every epoch if given.
        - ``lmbda``: L2 regularisation (chapter 3). Each step becomes
          w -> (1 - eta * lmbda / n) w - (eta / m) sum nabla_w, n = the size of
          ``training_data``, m = the mini-batch size; biases are not decayed. 0: none.
        - ``early_stopping=N``: stop when the validation accuracy has not improved for N
          epochs in a row (needs ``validation_data``). The weights are those of the last
          epoch, not of the best one.
        - ``monitor_training_cost``: put the training cost (with the L2 term) in each report.
        - ``callback(report)`` is called after every epoch; return True to stop early.
        - ``verbose``: print one line per epoch (``epoch_line``).

        Ctrl-C (KeyboardInterrupt) stops training at once: the weights learned so far are
        kept, one line says so, and the KeyboardInterrupt is raised again (so a script stops
        too), carrying the finished epochs' reports as ``stop.history``.
        """
        epochs = validate.validate_whole_number(epochs, "epochs")
        mini_batch_size = validate.validate_whole_number(mini_batch_size, "mini_batch_size")
        eta = validate.validate_eta(eta)
        lmbda = validate.validate_lmbda(lmbda)
        early_stopping = validate.validate_early_stopping(early_stopping, validation_data is not None)
        n_in, n_out = self.sizes[0], self.sizes[-1]
        training = Samples(training_data, "training_data", n_in, n_out)
        test = None if test_data is None else Samples(test_data, "test_data", n_in, n_out)
        validation = None if validation_data is None else Samples(validation_data, "validation_data", n_in, n_out)
        if lmbda:
            validate.validate_decay(eta, lmbda, training.n)

        history: list[EpochReport] = []
        best = None  # for early stopping: the report with the best validation accuracy so far
        epoch = 0
        try:
            for epoch in range(epochs):
                start = time.perf_counter()
                order = self.rng.permutation(training.n)  # a new shuffle every epoch
                for mini_batch in make_mini_batches(order, mini_batch_size):
                    self.update_mini_batch(training.columns(mini_batch, self.dtype), eta, lmbda, training.n)
                report = EpochReport(epoch, time.perf_counter() - start)
                if test is not None:  # the data sets were checked once, above
                    report.test_correct, report.test_total = self._correct(test), test.n
                if validation is not None:
                    report.validation_correct, report.validation_total = self._correct(validation), validation.n
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

    # --- saving ------------------------------------------------------------------------

    def copy(self) -> Network:
        """An independent copy (same sizes, cost, init, dtype, weights, biases and random state)."""
        return copy.deepcopy(self)

    def save(self, path: str | os.PathLike) -> None:
        """Write sizes, cost, init, weights and biases to a ``.npz`` file (no pickle), atomically.

        The file gets the usual permissions for your umask, like any file you create.
        """
        path = Path(path)
        if path.is_dir():
            raise ValueError(t("net_save_folder", path=path))
        if path.is_symlink() or (path.exists() and not path.is_file()):  # a FIFO, a device, a link: never replace
            raise ValueError(t("net_save_not_file", path=path))
        if self.cost is not validate.COSTS.get(getattr(self.cost, "name", None)):
            raise ValueError(t("net_save_own_cost", path=path))
        validate.validate_parameters(self.sizes, self.weights, self.biases, self.dtype)
        arrays = {"sizes": np.array(self.sizes), "cost": np.array(self.cost.name), "init": np.array(self.init)}
        for i, (w, b) in enumerate(zip(self.weights, self.biases)):
            arrays[f"w{i}"], arrays[f"b{i}"] = w, b
        write_atomically(path, lambda f: np.savez(f, **arrays))

    @classmethod
    def load(cls, path: str | os.PathLike) -> Network:
        """Read a network written by ``save`` (no pickle: no code can run). Any bad file gives
        one ``ValueError`` naming it (``validate.read_network_file`` checks it)."""
        sizes, options, weights, biases = validate.read_network_file(path)
        net = cls.__new__(cls)  # no random draw: the file gives every weight, however large sizes are
        net.sizes, net.num_layers, net.rng = sizes, len(sizes), np.random.default_rng()
        net.cost, net.init = options.get("cost", "quadratic"), options.get("init", "large")
        net.weights, net.biases, net.dtype = weights, biases, weights[0].dtype
        return net
