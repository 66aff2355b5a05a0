"""Self-checks for the notebooks' "Try it" exercises.

Each ``check_...`` runs the learner's function on a few inputs, compares it with the
tested code in ``mnistnet``, and returns a ``CheckResult``: shown in a notebook, it says
what is right or, if not, what went wrong and a hint. ``bool(result)`` is
``result.passed``. The checks only print; they never raise, so "Run all" keeps going.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

import numpy as np

from . import matrix
from .i18n import t
from .maths import sigmoid, sigmoid_prime, vectorized_result
from .network import Network


class CheckResult:
    """The outcome of one check: ``passed`` and a ``message`` for the learner."""

    def __init__(self, passed: bool, message: str):
        self.passed, self.message = passed, message

    def __bool__(self) -> bool:
        return self.passed

    def __repr__(self) -> str:
        return ("✓ Correct: " if self.passed else "✗ Not yet: ") + self.message


class _Fail(Exception):
    pass


def _run(fn: Callable, call: str, *args):
    """Call the learner's ``fn``; turn an exception or a None into a clear message."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = fn(*args)
    except Exception as e:
        raise _Fail(f"{call} raised {type(e).__name__}: {e}") from None
    if result is None:
        raise _Fail(f"{call} returned None. Did you forget `return`?")
    if result is Ellipsis:
        raise _Fail(f"{call} returned ... : replace the ... with your code.")
    return result


def _same(got, expected, call: str, hint: str = "", atol: float = 1e-8) -> None:
    got_a, expected_a = np.asarray(got, dtype=float), np.asarray(expected, dtype=float)
    if got_a.shape != expected_a.shape:
        raise _Fail(f"{call} has shape {got_a.shape}, expected {expected_a.shape}. {hint}".strip())
    if not np.allclose(got_a, expected_a, atol=atol, rtol=1e-6):
        worst = np.unravel_index(np.argmax(np.abs(got_a - expected_a)), got_a.shape) if got_a.ndim else ()
        where = f" at index {tuple(int(i) for i in worst)}" if worst else ""
        raise _Fail(
            f"{call} gives {np.round(got_a[worst], 6)}{where}, expected {np.round(expected_a[worst], 6)}. {hint}".strip()
        )


def _check(body: Callable[[], str]) -> CheckResult:
    try:
        return CheckResult(True, body())
    except _Fail as e:
        return CheckResult(False, str(e))
    except Exception as e:  # in or after the learner's function: a check never raises
        return CheckResult(False, f"checking your answer raised {type(e).__name__}: {e}")


def use_if_correct(result: CheckResult, mine: Callable, reference: Callable) -> Callable:
    """The learner's function if its check passed, else mnistnet's reference (saying so in one line).

    Later cells of a notebook call this, so Run All works whether or not the exercise is done:
    ``backprop_fn = use_if_correct(check_backprop(my_backprop), my_backprop, reference_backprop)``.
    """
    if result.passed:
        return mine
    print(t("checks_using_reference", mine=getattr(mine, "__name__", "your function"),
            reference=getattr(reference, "__qualname__", "the reference")))
    return reference


# --- 00 --------------------------------------------------------------------------------------


def check_sizes(sizes) -> CheckResult:
    """00: the seed's layer sizes."""

    def body():
        if list(np.ravel(sizes)) != [784, 30, 10]:
            raise _Fail(f"sizes is {sizes!r}. It needs 3 numbers: 28*28 input pixels, 30 hidden neurons, 10 digits.")
        return "784 inputs (28 x 28 pixels), 30 hidden neurons, 10 outputs (one per digit)."

    return _check(body)


def check_n_test(n_test) -> CheckResult:
    """00: how many test images there are."""

    def body():
        if n_test != 10000:
            raise _Fail(f"n_test is {n_test!r}. Hint: len(test_labels), or test_images.shape[0].")
        return "the network is always tested on the same 10,000 images, never trained on them."

    return _check(body)


# --- 01 --------------------------------------------------------------------------------------


def check_to_column(fn: Callable) -> CheckResult:
    """01: a flat (784,) image to the seed's (784, 1) column."""

    def body():
        x = np.linspace(0, 1, 784, dtype=np.float32)
        col = _run(fn, f"{fn.__name__}(x)", x)
        if getattr(col, "shape", None) == (1, 784):
            raise _Fail(f"{fn.__name__}(x) is a row (1, 784). The seed wants a column: x.reshape(784, 1).")
        _same(col, x.reshape(784, 1), f"{fn.__name__}(x)", "Use x.reshape(784, 1).")
        return "one column of 784 numbers, as every formula in the series expects."

    return _check(body)


def check_vectorized_result(fn: Callable) -> CheckResult:
    """01: the one-hot target column for a digit."""

    def body():
        for j in range(10):
            _same(_run(fn, f"{fn.__name__}({j})", j), vectorized_result(j), f"{fn.__name__}({j})",
                  f"It should be a (10, 1) column of zeros with 1.0 in row {j}.")
        return "a (10, 1) column with a single 1.0 in the row of the digit."

    return _check(body)


# --- 02 --------------------------------------------------------------------------------------


def check_sigmoid(fn: Callable) -> CheckResult:
    """02: sigma(z) = 1 / (1 + e^-z), on numbers and arrays."""

    def body():
        _same(_run(fn, f"{fn.__name__}(0.0)", 0.0), 0.5, f"{fn.__name__}(0.0)", "sigma(0) = 1 / (1 + e^0) = 0.5.")
        z = np.array([[-5.0], [-1.0], [0.5], [3.0]])
        _same(_run(fn, f"{fn.__name__}(z)", z), sigmoid(z), f"{fn.__name__}(z)", "Use np.exp so arrays work too.")
        return "sigma squashes any z into (0, 1), and works on whole arrays."

    return _check(body)


def check_stable_sigmoid(fn: Callable) -> CheckResult:
    """02: the same function, with no overflow warning for large negative z."""

    def body():
        z = np.array([-1000.0, -30.0, 0.0, 30.0, 1000.0])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                got = fn(z)
            except Exception as e:
                raise _Fail(f"{fn.__name__}(z) raised {type(e).__name__}: {e}") from None
        if got is None:
            raise _Fail(f"{fn.__name__}(z) returned None. Did you forget `return`?")
        if caught:
            raise _Fail(f"{fn.__name__}(z) warned: {caught[0].message}. Only ever compute np.exp(-np.abs(z)).")
        _same(got, sigmoid(z), f"{fn.__name__}(z)", "For z < 0 use e^z / (1 + e^z).", atol=1e-15)
        return "the same values, and no overflow for any z."

    return _check(body)


def check_sigmoid_prime(fn: Callable) -> CheckResult:
    """02: sigma'(z) = sigma(z) (1 - sigma(z))."""

    def body():
        _same(_run(fn, f"{fn.__name__}(0.0)", 0.0), 0.25, f"{fn.__name__}(0.0)", "sigma'(0) = 0.5 * (1 - 0.5) = 0.25.")
        z = np.linspace(-6, 6, 13).reshape(13, 1)
        _same(_run(fn, f"{fn.__name__}(z)", z), sigmoid_prime(z), f"{fn.__name__}(z)", "sigma'(z) = sigma(z) * (1 - sigma(z)).")
        return "the slope is largest (1/4) at z = 0 and nearly 0 far from it."

    return _check(body)


# --- 03 --------------------------------------------------------------------------------------


def check_weight_shapes(fn: Callable) -> CheckResult:
    """03: the shape of each weight matrix for a list of layer sizes."""

    def body():
        for sizes in ([784, 30, 10], [784, 100, 10], [2, 3, 4, 1]):
            expected = [(y, x) for x, y in zip(sizes[:-1], sizes[1:])]
            got = _run(fn, f"{fn.__name__}({sizes})", sizes)
            if [tuple(s) for s in got] != expected:
                raise _Fail(f"{fn.__name__}({sizes}) gives {list(got)}, expected {expected}. "
                            "Each matrix has (neurons in this layer) rows and (neurons in the layer before) columns.")
        return "w of layer l is (n_l, n_{l-1}), so that w @ a has one entry per neuron of layer l."

    return _check(body)


def check_feedforward(fn: Callable) -> CheckResult:
    """03: feedforward(weights, biases, a) for one column a."""

    def body():
        net = Network([784, 30, 10], seed=1)
        a = np.random.default_rng(2).random((784, 1))
        got = _run(fn, f"{fn.__name__}(weights, biases, a)", net.weights, net.biases, a)
        _same(got, net.feedforward(a), f"{fn.__name__}(weights, biases, a)",
              "Each layer: a = sigmoid(np.dot(w, a) + b).")
        return "the (10, 1) output column, one activation per digit."

    return _check(body)


# --- 04 --------------------------------------------------------------------------------------


def check_quadratic_cost(fn: Callable) -> CheckResult:
    """04: C = 1/2 ||a - y||^2 for one output column a and target y."""

    def body():
        a = np.array([[0.1], [0.8], [0.3]])
        y = np.array([[0.0], [1.0], [0.0]])
        got = _run(fn, f"{fn.__name__}(a, y)", a, y)
        if np.ndim(got) != 0 and np.size(got) != 1:
            raise _Fail(f"{fn.__name__}(a, y) is an array of shape {np.shape(got)}; the cost is one number: sum the squares.")
        _same(float(np.ravel(got)[0]), 0.5 * 0.14, f"{fn.__name__}(a, y)", "0.5 * np.sum((a - y) ** 2).")
        return "one number: half the squared distance between output and target."

    return _check(body)


def check_gradient_step(fn: Callable) -> CheckResult:
    """04: one step of gradient descent, v - eta * grad."""

    def body():
        v, grad = np.array([1.0, -2.0]), np.array([0.5, 4.0])
        got = _run(fn, f"{fn.__name__}(v, grad, 0.1)", v.copy(), grad, 0.1)
        _same(got, [0.95, -2.4], f"{fn.__name__}(v, grad, 0.1)", "Step against the gradient: v - eta * grad.")
        return "a small step downhill, against the gradient."

    return _check(body)


# --- 05 --------------------------------------------------------------------------------------


def check_hadamard(fn: Callable) -> CheckResult:
    """05: the Hadamard (element-wise) product of two columns."""

    def body():
        s, t = np.array([[1.0], [2.0]]), np.array([[3.0], [4.0]])
        got = _run(fn, f"{fn.__name__}(s, t)", s, t)
        if np.shape(got) == (1, 1) or np.ndim(got) == 0:
            raise _Fail(f"{fn.__name__}(s, t) gives one number {np.ravel(got)}: that is the dot product. Use s * t.")
        _same(got, [[3.0], [8.0]], f"{fn.__name__}(s, t)", "Multiply entry by entry: s * t.")
        return "entry by entry: [1*3, 2*4] = [3, 8]."

    return _check(body)


def check_backprop(fn: Callable) -> CheckResult:
    """05: backprop(net, x, y) -> (nabla_b, nabla_w) for one sample."""

    def body():
        for sizes in ([784, 30, 10], [4, 5, 3, 2]):
            net = Network(sizes, seed=3)
            rng = np.random.default_rng(4)
            x, y = rng.random((sizes[0], 1)), rng.random((sizes[-1], 1))
            got = _run(fn, f"{fn.__name__}(net, x, y)", net, x, y)
            if not (isinstance(got, (tuple, list)) and len(got) == 2):
                raise _Fail(f"{fn.__name__} should return a pair (nabla_b, nabla_w).")
            nabla_b, nabla_w = net.backprop(x, y)
            for i in range(len(nabla_b)):
                _same(got[0][i], nabla_b[i], f"nabla_b[{i}] for sizes {sizes}", "BP3: nabla_b = delta.")
                _same(got[1][i], nabla_w[i], f"nabla_w[{i}] for sizes {sizes}",
                      "BP4: nabla_w = np.dot(delta, activation_before.T).")
        return "all four equations work, for one hidden layer and for two."

    return _check(body)


def check_numerical_gradient(fn: Callable) -> CheckResult:
    """05: (C(w + h) - C(w - h)) / 2h for one weight."""

    def body():
        net = Network([4, 3, 2], seed=5)
        rng = np.random.default_rng(6)
        x, y = rng.random((4, 1)), rng.random((2, 1))
        before = [w.copy() for w in net.weights]
        for layer, j, k in ((0, 1, 2), (1, 0, 1)):
            got = _run(fn, f"{fn.__name__}(net, x, y, {layer}, {j}, {k})", net, x, y, layer, j, k)
            exact = net.backprop(x, y)[1][layer][j, k]
            _same(got, exact, f"{fn.__name__}(net, x, y, {layer}, {j}, {k})",
                  "Nudge weights[layer][j, k] by +h and -h, compute the cost each time, divide the change by 2h.",
                  atol=1e-7)
            if not all(np.array_equal(a, b) for a, b in zip(before, net.weights)):
                raise _Fail("the weights changed: put the nudged weight back to its old value.")
        return "the numerical slope agrees with backprop: the gradient is right."

    return _check(body)


# --- 06 --------------------------------------------------------------------------------------


def check_mini_batches(fn: Callable) -> CheckResult:
    """06: cut a list into consecutive mini-batches, the last one possibly shorter."""

    def body():
        data = list(range(23))
        got = _run(fn, f"{fn.__name__}(data, 10)", data, 10)
        expected = [data[k : k + 10] for k in range(0, 23, 10)]
        if [list(b) for b in got] != expected:
            raise _Fail(f"{fn.__name__}(list(range(23)), 10) gives {[list(b) for b in got]}, expected {expected}. "
                        "Hint: [data[k:k + size] for k in range(0, len(data), size)].")
        return "every sample in exactly one mini-batch; the last one is shorter."

    return _check(body)


def check_update_mini_batch(fn: Callable) -> CheckResult:
    """06: update_mini_batch(net, mini_batch, eta) changes net's weights and biases."""

    def body():
        rng = np.random.default_rng(7)
        batch = [(rng.random((6, 1)), vectorized_result(int(j))[:4]) for j in rng.integers(0, 4, 5)]
        mine, reference = Network([6, 5, 4], seed=8), Network([6, 5, 4], seed=8)
        _run(lambda *a: fn(*a) or True, f"{fn.__name__}(net, mini_batch, 3.0)", mine, batch, 3.0)
        reference.update_mini_batch(batch, 3.0)
        for i in range(2):
            _same(mine.weights[i], reference.weights[i], f"net.weights[{i}] after your update",
                  "w = w - (eta / len(mini_batch)) * nabla_w, with nabla_w summed over the mini-batch.")
            _same(mine.biases[i], reference.biases[i], f"net.biases[{i}] after your update",
                  "b = b - (eta / len(mini_batch)) * nabla_b.")
        return "one step downhill, using the average gradient of the mini-batch."

    return _check(body)


def check_evaluate(fn: Callable) -> CheckResult:
    """06: evaluate(net, test_data) counts the correct answers."""

    def body():
        rng = np.random.default_rng(9)
        test = [(rng.random((6, 1)), int(j)) for j in rng.integers(0, 4, 50)]
        net = Network([6, 5, 4], seed=10)
        got = _run(fn, f"{fn.__name__}(net, test_data)", net, test)
        if int(got) != net.evaluate(test):
            raise _Fail(f"{fn.__name__} counts {got}, expected {net.evaluate(test)}. "
                        "The answer is np.argmax(net.feedforward(x)); count when it equals the label.")
        return "the answer is the output neuron with the highest activation."

    return _check(body)


# --- 07 --------------------------------------------------------------------------------------


def check_better_eta(run, baseline) -> CheckResult:
    """07: a run with a different eta that beats the baseline run's best accuracy."""

    def body():
        if run is None or baseline is None:
            raise _Fail("run the experiment first: my_run = ex.run(eta=...).")
        if run.settings["eta"] == baseline.settings["eta"]:
            raise _Fail(f"my_run used the same eta ({run.settings['eta']}) as the baseline; try another.")
        same = {k: v for k, v in run.settings.items() if k != "eta" and v != baseline.settings[k]}
        if same:
            raise _Fail(f"change only eta, so the comparison is fair (you also changed {sorted(same)}).")
        if run.best <= baseline.best:
            raise _Fail(f"eta = {run.settings['eta']:g} reached {run.best:.1%}, not better than {baseline.best:.1%}. "
                        "Try larger steps.")
        return f"eta = {run.settings['eta']:g} reached {run.best:.1%}, better than {baseline.best:.1%}."

    return _check(body)


def check_small_hidden(run) -> CheckResult:
    """07: a network with at most 10 hidden neurons that still reaches 85%."""

    def body():
        if run is None:
            raise _Fail("run the experiment first: small_run = ex.run(hidden=...).")
        if run.settings["hidden"] > 10:
            raise _Fail(f"{run.settings['hidden']} hidden neurons is more than 10: try fewer.")
        if run.best < 0.85:
            raise _Fail(f"{run.settings['hidden']} hidden neurons reached {run.best:.1%}; can you reach 85% "
                        "(more epochs, another eta)?")
        return f"only {run.settings['hidden']} hidden neurons reach {run.best:.1%}."

    return _check(body)


# --- 08 --------------------------------------------------------------------------------------


def check_matrix_feedforward(fn: Callable) -> CheckResult:
    """08: feedforward for a matrix X of shape (784, m), one column per sample."""

    def body():
        net = Network([784, 30, 10], seed=11)
        x = np.random.default_rng(12).random((784, 7))
        got = _run(fn, f"{fn.__name__}(weights, biases, X)", net.weights, net.biases, x)
        _same(got, matrix.feedforward(net.weights, net.biases, x), f"{fn.__name__}(weights, biases, X)",
              "The same loop as before: the bias column b is added to every column of w @ X.")
        return "one matrix product per layer, all 7 samples at once."

    return _check(body)


def check_matrix_backprop(fn: Callable) -> CheckResult:
    """08: the gradient summed over the columns of X and Y."""

    def body():
        net = Network([784, 30, 10], seed=13)
        rng = np.random.default_rng(14)
        x = rng.random((784, 10))
        y = np.eye(10)[:, rng.integers(0, 10, 10)]
        got = _run(fn, f"{fn.__name__}(weights, biases, X, Y)", net.weights, net.biases, x, y)
        nabla_b, nabla_w = matrix.backprop(net.weights, net.biases, x, y)
        for i in range(2):
            _same(got[0][i], nabla_b[i], f"nabla_b[{i}]", "Sum delta over the samples: delta.sum(axis=1, keepdims=True).")
            _same(got[1][i], nabla_w[i], f"nabla_w[{i}]", "One product sums the outer products: delta @ A.T.")
        return "the same gradient as ten calls of backprop, in one pass."

    return _check(body)
