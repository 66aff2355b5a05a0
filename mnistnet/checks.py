"""Self-checks for the notebooks' "Try it" exercises.

Each ``check_...`` runs the learner's function on a few inputs, compares it with the
tested code in ``mnistnet`` (or a value computed independently inside the check), and
returns a ``CheckResult``: shown in a notebook, it says what is right or, if not, what
went wrong and a hint. ``bool(result)`` is ``result.passed``.

A check never raises, so "Run all" keeps going: an exception inside the learner's
function, or while comparing what it returned, becomes a "Not yet" that says what went
wrong. Every text goes through ``t()``: ``mnistnet.set_language("zh")`` makes the checks
answer in Chinese.
"""

from __future__ import annotations

import inspect
import re
import warnings
from collections.abc import Callable

import numpy as np

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
        return t("checks_correct" if self.passed else "checks_not_yet") + self.message


class _Fail(Exception):
    pass


def _name(fn) -> str:
    return getattr(fn, "__name__", None) or t("checks_your_function")


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _run(fn: Callable, call: str, *args, returns_nothing: bool = False, **kwargs):
    """Call the learner's ``fn``; turn an exception, a None or a ``...`` into a clear message.

    ``returns_nothing``: the function only changes its arguments (``update_mini_batch``),
    so None is right; ``...`` still means the skeleton was not filled in.
    """
    if not callable(fn):
        raise _Fail(t("checks_not_callable", got=_short(fn)))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = fn(*args, **kwargs)
    except Exception as e:
        raise _Fail(t("checks_raised", call=call, error=type(e).__name__, detail=e)) from None
    if result is Ellipsis:
        raise _Fail(t("checks_ellipsis", call=call))
    if result is None and not returns_nothing:
        raise _Fail(t("checks_none", call=call))
    return result


def _value(value, name: str):
    """A value the learner assigned (not a function): refuse the ``...`` placeholder."""
    if value is Ellipsis:
        raise _Fail(t("checks_value_ellipsis", name=name))
    return value


def _numbers(got, call: str) -> np.ndarray:
    try:
        return np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        raise _Fail(t("checks_not_numbers", call=call, got=_short(got))) from None


def _differs(got, expected, atol: float = 1e-8) -> str | None:
    """None if ``got`` equals ``expected`` (to ``atol``), else why not (one short phrase)."""
    try:
        got_a = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return t("checks_differs_not_numbers", got=_short(got))
    expected_a = np.asarray(expected, dtype=float)
    if got_a.shape != expected_a.shape:
        return t("checks_differs_shape", got=got_a.shape, expected=expected_a.shape)
    if not np.allclose(got_a, expected_a, atol=atol, rtol=1e-6):
        worst = np.unravel_index(np.argmax(np.abs(got_a - expected_a)), got_a.shape) if got_a.ndim else ()
        where = t("checks_at_index", index=tuple(int(i) for i in worst)) if worst else ""
        return t("checks_differs_value", got=np.round(got_a[worst], 6), where=where,
                 expected=np.round(expected_a[worst], 6))
    return None


def _same(got, expected, call: str, hint: str = "", atol: float = 1e-8) -> None:
    """Fail with ``call``, what differs and ``hint`` unless ``got`` equals ``expected``."""
    _numbers(got, call)
    why = _differs(got, expected, atol)
    if why is not None:
        raise _Fail(t("checks_differs", call=call, why=why, hint=hint).strip())


def _close(got, expected, atol: float = 1e-8) -> bool:
    return _differs(got, expected, atol) is None


def _check(body: Callable[[], str]) -> CheckResult:
    try:
        return CheckResult(True, body())
    except _Fail as e:
        return CheckResult(False, str(e))
    except Exception as e:  # while comparing what the learner's function returned: a check never raises
        return CheckResult(False, t("checks_crashed", error=type(e).__name__, detail=e))


def use_if_correct(result: CheckResult, mine: Callable, reference: Callable) -> Callable:
    """The learner's function if its check passed, else the reference (saying so in one line).

    Later cells of a notebook call this, so Run All works whether or not the exercise is done:
    ``backprop_fn = use_if_correct(check_backprop(my_backprop), my_backprop, reference_backprop)``.
    """
    if result.passed:
        return mine
    name = getattr(reference, "__qualname__", None) or _name(reference)
    from_mnistnet = (getattr(reference, "__module__", None) or "").startswith("mnistnet")
    key = "checks_using_reference" if from_mnistnet else "checks_using_other"
    print(t(key, mine=_name(mine), reference=name))
    return reference


# --- 00 --------------------------------------------------------------------------------------


def check_sizes(sizes) -> CheckResult:
    """00: the seed's layer sizes."""

    def body():
        if list(np.ravel(_value(sizes, "sizes"))) != [784, 30, 10]:
            raise _Fail(t("checks_sizes_wrong", got=_short(sizes)))
        return t("checks_sizes_ok")

    return _check(body)


def check_n_test(n_test) -> CheckResult:
    """00: how many test images there are."""

    def body():
        if _value(n_test, "n_test") != 10000:
            raise _Fail(t("checks_n_test_wrong", got=_short(n_test)))
        return t("checks_n_test_ok")

    return _check(body)


# --- 01 --------------------------------------------------------------------------------------


def check_closest_digit(fn: Callable) -> CheckResult:
    """01: closest_digit(averages, image) -> the digit d whose average image is nearest (Euclidean)."""

    def body():
        rng = np.random.default_rng(101)
        averages = rng.random((10, 784))
        cases = [averages[d] + 0.05 * rng.standard_normal(784) for d in (3, 7)]
        # an image nearest to averages[2] whose dot product is largest with averages[5] (a brighter average),
        # and farthest from some other row: "most similar" by dot product is not "nearest"
        tricky = averages.copy()
        tricky[5] = 0.6
        tricky[2] = 0.35
        tricky_image = np.full(784, 0.3)
        for image, avgs in [(c, averages) for c in cases] + [(tricky_image, tricky)]:
            distances = np.sqrt(((avgs - image) ** 2).sum(axis=1))  # independent: Euclidean distance to each row
            expected = int(np.argmin(distances))
            call = f"{_name(fn)}(averages, image)"
            got = _run(fn, call, avgs, image)
            if isinstance(got, (bool, np.bool_)) or not isinstance(got, (int, np.integer)) or not 0 <= got <= 9:
                raise _Fail(t("checks_closest_not_digit", call=call, got=_short(got)))
            if got != expected:
                message = t("checks_closest_wrong", call=call, got=int(got), expected=expected)
                if got == int(np.argmax(distances)):
                    message += " " + t("checks_closest_farthest")
                elif got == int(np.argmax(avgs @ image)):
                    message += " " + t("checks_closest_dot")
                raise _Fail(message)
        return t("checks_closest_ok")

    return _check(body)


def check_to_column(fn: Callable) -> CheckResult:
    """01: a flat (784,) image to the seed's (784, 1) column."""

    def body():
        x = np.linspace(0, 1, 784, dtype=np.float32)
        call = f"{_name(fn)}(x)"
        col = _run(fn, call, x)
        if getattr(col, "shape", None) == (1, 784):
            raise _Fail(t("checks_to_column_row", call=call))
        _same(col, x.reshape(784, 1), call, t("checks_to_column_hint"))
        return t("checks_to_column_ok")

    return _check(body)


def check_vectorized_result(fn: Callable) -> CheckResult:
    """01: the one-hot target column for a digit."""

    def body():
        for j in range(10):
            call = f"{_name(fn)}({j})"
            _same(_run(fn, call, j), vectorized_result(j), call, t("checks_vectorized_hint", j=j))
        return t("checks_vectorized_ok")

    return _check(body)


# --- 02 --------------------------------------------------------------------------------------

# Common wrong forms of sigma(z) and what to say about each (compared on the array z of check_sigmoid).
_WRONG_SIGMOIDS = [
    (lambda z: 1 / (1 + np.exp(z)), "checks_sigmoid_minus"),
    (lambda z: np.exp(-z), "checks_sigmoid_no_fraction"),
    (lambda z: 1 + np.exp(-z), "checks_sigmoid_upside_down"),  # also 1 / 1 + np.exp(-z)
    (lambda z: 1 / (1 - np.exp(-z)), "checks_sigmoid_plus"),
]


def check_sigmoid(fn: Callable) -> CheckResult:
    """02: sigma(z) = 1 / (1 + e^-z), on numbers and arrays."""

    def body():
        z = np.array([[-5.0], [-1.0], [0.5], [3.0]])
        name = _name(fn)
        at_zero = _run(fn, f"{name}(0.0)", 0.0)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                got = fn(z)
        except Exception as e:
            raise _Fail(t("checks_sigmoid_array", call=f"{name}(z)", error=type(e).__name__, detail=e)) from None
        if got is Ellipsis or got is None:
            got = _run(fn, f"{name}(z)", z)  # the usual message
        _numbers(got, f"{name}(z)")
        if _close(got, sigmoid(z)) and _close(at_zero, 0.5):
            return t("checks_sigmoid_ok")
        for wrong, key in _WRONG_SIGMOIDS:
            with np.errstate(all="ignore"):
                if _close(got, wrong(z)):
                    raise _Fail(t(key, call=f"{name}(z)"))
        _same(at_zero, 0.5, f"{name}(0.0)", t("checks_sigmoid_at_zero"))
        _same(got, sigmoid(z), f"{name}(z)", t("checks_sigmoid_hint"))
        return t("checks_sigmoid_ok")

    return _check(body)


def check_stable_sigmoid(fn: Callable) -> CheckResult:
    """02: the same function, with no overflow warning for large negative z."""

    def body():
        z = np.array([-1000.0, -30.0, 0.0, 30.0, 1000.0])
        call = f"{_name(fn)}(z)"
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                got = fn(z)
            except Exception as e:
                raise _Fail(t("checks_raised", call=call, error=type(e).__name__, detail=e)) from None
        if got is Ellipsis:
            raise _Fail(t("checks_ellipsis", call=call))
        if got is None:
            raise _Fail(t("checks_none", call=call))
        if caught:
            raise _Fail(t("checks_stable_warned", call=call, warning=caught[0].message))
        _same(got, sigmoid(z), call, t("checks_stable_hint"), atol=1e-15)
        return t("checks_stable_ok")

    return _check(body)


def check_sigmoid_prime(fn: Callable) -> CheckResult:
    """02: sigma'(z) = sigma(z) (1 - sigma(z))."""

    def body():
        name = _name(fn)
        z = np.linspace(-6, 6, 13).reshape(13, 1)
        at_zero = _run(fn, f"{name}(0.0)", 0.0)
        got = _run(fn, f"{name}(z)", z)
        _numbers(got, f"{name}(z)")
        if _close(got, sigmoid_prime(z)) and _close(at_zero, 0.25):
            return t("checks_sigmoid_prime_ok")
        if _close(got, sigmoid(z)):
            raise _Fail(t("checks_sigmoid_prime_is_sigmoid", call=f"{name}(z)"))
        if _close(got, z * (1 - z)):
            raise _Fail(t("checks_sigmoid_prime_of_z", call=f"{name}(z)"))
        _same(at_zero, 0.25, f"{name}(0.0)", t("checks_sigmoid_prime_at_zero"))
        _same(got, sigmoid_prime(z), f"{name}(z)", t("checks_sigmoid_prime_hint"))
        return t("checks_sigmoid_prime_ok")

    return _check(body)


# --- 03 --------------------------------------------------------------------------------------


def check_weight_shapes(fn: Callable) -> CheckResult:
    """03: the shape of each weight matrix for a list of layer sizes."""

    def body():
        for sizes in ([784, 30, 10], [784, 100, 10], [2, 3, 4, 1]):
            expected = [(y, x) for x, y in zip(sizes[:-1], sizes[1:])]
            call = f"{_name(fn)}({sizes})"
            got = _run(fn, call, list(sizes))
            try:
                shapes = [tuple(int(n) for n in s) for s in got]
            except (TypeError, ValueError):
                raise _Fail(t("checks_weight_shapes_not_list", call=call, got=_short(got))) from None
            if shapes == [s[::-1] for s in expected]:
                raise _Fail(t("checks_weight_shapes_swapped", call=call, got=shapes, expected=expected))
            if shapes != expected:
                raise _Fail(t("checks_weight_shapes_wrong", call=call, got=shapes, expected=expected))
        return t("checks_weight_shapes_ok")

    return _check(body)


def check_feedforward(fn: Callable) -> CheckResult:
    """03: feedforward(weights, biases, a) for one column a."""

    def body():
        net = Network([784, 30, 10], seed=1)
        a = np.random.default_rng(2).random((784, 1))
        call = f"{_name(fn)}(weights, biases, a)"
        got = _run(fn, call, net.weights, net.biases, a)
        _same(got, net.feedforward(a), call, t("checks_feedforward_hint"))
        return t("checks_feedforward_ok")

    return _check(body)


# --- 04 --------------------------------------------------------------------------------------


def check_quadratic_cost(fn: Callable) -> CheckResult:
    """04: C = 1/2 ||a - y||^2 for one output column a and target y."""

    def body():
        a = np.array([[0.1], [0.8], [0.3]])
        y = np.array([[0.0], [1.0], [0.0]])
        call = f"{_name(fn)}(a, y)"
        got = _numbers(_run(fn, call, a, y), call)
        if got.size != 1:
            raise _Fail(t("checks_cost_not_number", call=call, shape=got.shape))
        value = float(got.ravel()[0])
        if np.isclose(value, 0.14):  # 0.1^2 + 0.2^2 + 0.3^2, without the 1/2
            raise _Fail(t("checks_cost_half", call=call))
        _same(value, 0.5 * 0.14, call, t("checks_cost_hint"))
        return t("checks_cost_ok")

    return _check(body)


def check_gradient_step(fn: Callable) -> CheckResult:
    """04: one step of gradient descent, v - eta * grad."""

    def body():
        v, grad = np.array([1.0, -2.0]), np.array([0.5, 4.0])
        call = f"{_name(fn)}(v, grad, 0.1)"
        got = _numbers(_run(fn, call, v.copy(), grad, 0.1), call)
        if _close(got, v + 0.1 * grad):
            raise _Fail(t("checks_step_uphill", call=call))
        _same(got, [0.95, -2.4], call, t("checks_step_hint"))
        return t("checks_step_ok")

    return _check(body)


# --- 05 --------------------------------------------------------------------------------------


def check_hadamard(fn: Callable) -> CheckResult:
    """05: the Hadamard (element-wise) product of two columns."""

    def body():
        s, t_ = np.array([[1.0], [2.0]]), np.array([[3.0], [4.0]])
        call = f"{_name(fn)}(s, t)"
        got = _numbers(_run(fn, call, s, t_), call)
        if got.shape == (1, 1) or got.ndim == 0:
            raise _Fail(t("checks_hadamard_dot", call=call, got=got.ravel()))
        _same(got, [[3.0], [8.0]], call, t("checks_hadamard_hint"))
        return t("checks_hadamard_ok")

    return _check(body)


_SHAPE_ERROR = re.compile(r"shape|align|broadcast|mismatch|dimension", re.I)


def _backprop_on(fn: Callable, sizes: list[int]) -> None:
    """Compare ``fn(net, x, y)`` with ``Network.backprop`` on one net, from the output layer backwards."""
    net = Network(sizes, seed=3)
    rng = np.random.default_rng(4)
    x, y = rng.random((sizes[0], 1)), rng.random((sizes[-1], 1))
    call = f"{_name(fn)}(net, x, y)"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            got = fn(net, x, y)
    except Exception as e:
        if _SHAPE_ERROR.search(str(e)):
            raise _Fail(t("checks_backprop_shapes_raised", call=call, sizes=sizes, error=type(e).__name__)) from None
        raise _Fail(t("checks_raised", call=call, error=type(e).__name__, detail=e)) from None
    if got is Ellipsis:
        raise _Fail(t("checks_ellipsis", call=call))
    if got is None:
        raise _Fail(t("checks_none", call=call))
    if not (isinstance(got, (tuple, list)) and len(got) == 2):
        raise _Fail(t("checks_backprop_pair", call=call))
    got_b, got_w = got
    layers = len(sizes) - 1
    try:
        counts = (len(got_b), len(got_w))
    except TypeError:
        raise _Fail(t("checks_backprop_pair", call=call)) from None
    if counts != (layers, layers):
        raise _Fail(t("checks_backprop_count", sizes=sizes, layers=layers, nb=counts[0], nw=counts[1]))
    nabla_b, nabla_w = net.backprop(x, y)
    for i in reversed(range(layers)):  # the output layer first: its delta (BP1) feeds every layer before it
        output = i == layers - 1
        b_wrong = _differs(got_b[i], nabla_b[i])
        w_wrong = _differs(got_w[i], nabla_w[i])
        if b_wrong and w_wrong:  # delta of this layer is wrong
            key = "checks_backprop_bp1" if output else "checks_backprop_bp2"
            raise _Fail(t(key, i=i, sizes=sizes, why=b_wrong))
        if b_wrong:
            raise _Fail(t("checks_backprop_bp3", i=i, sizes=sizes, why=b_wrong))
        if w_wrong:
            key = "checks_backprop_bp4_shape" if np.shape(got_w[i]) != np.shape(nabla_w[i]) else "checks_backprop_bp4"
            raise _Fail(t(key, i=i, sizes=sizes, why=w_wrong))


def check_backprop(fn: Callable) -> CheckResult:
    """05: backprop(net, x, y) -> (nabla_b, nabla_w) for one sample, with one hidden layer and with two.

    The comparison goes backwards, as backprop does: the output layer's nabla_b = delta (BP1 + BP3)
    first, then its nabla_w (BP4), then each hidden layer (BP2). So a wrong BP1 is named BP1.
    """

    def body():
        _backprop_on(fn, [784, 30, 10])
        try:
            _backprop_on(fn, [4, 5, 3, 2])
        except _Fail as e:
            raise _Fail(t("checks_backprop_one_hidden_only", why=e)) from None
        return t("checks_backprop_ok")

    return _check(body)


def check_numerical_gradient(fn: Callable) -> CheckResult:
    """05: (C(w + h) - C(w - h)) / 2h for one weight, the central difference.

    Its error shrinks like h^2; a one-sided difference (C(w + h) - C(w)) / h is off by about
    h/2 C''(w). The check passes h = 1e-3 if the function takes ``h`` (a central difference is
    then still within 1e-9, a one-sided one about 1e-7 off) and compares to 1e-9.
    """

    def body():
        net = Network([4, 3, 2], seed=5)
        rng = np.random.default_rng(6)
        x, y = rng.random((4, 1)), rng.random((2, 1))
        before = [w.copy() for w in net.weights]
        takes_h = _takes(fn, "h")
        h = 1e-3 if takes_h else 1e-5

        def cost() -> float:
            return 0.5 * float(np.sum((net.feedforward(x) - y) ** 2))

        for layer, j, k in ((0, 1, 2), (1, 0, 1)):
            call = f"{_name(fn)}(net, x, y, {layer}, {j}, {k}" + (", h=0.001)" if takes_h else ")")
            got = _run(fn, call, net, x, y, layer, j, k, **({"h": h} if takes_h else {}))
            if not all(np.array_equal(a, b) for a, b in zip(before, net.weights)):
                raise _Fail(t("checks_numerical_restore"))
            exact = net.backprop(x, y)[1][layer][j, k]
            value = _numbers(got, call)
            if value.size != 1:
                raise _Fail(t("checks_numerical_not_number", call=call, shape=value.shape))
            value = float(value.ravel()[0])
            if abs(value - exact) > 1e-9:
                old = net.weights[layer][j, k]
                c0 = cost()
                net.weights[layer][j, k] = old + h
                forward = (cost() - c0) / h
                net.weights[layer][j, k] = old - h
                backward = (c0 - cost()) / h
                net.weights[layer][j, k] = old
                if abs(value - exact) < 1e-5 and (abs(value - forward) < 1e-3 * h or abs(value - backward) < 1e-3 * h):
                    raise _Fail(t("checks_numerical_one_sided", call=call))
                _same(value, exact, call, t("checks_numerical_hint"), atol=1e-9)
        return t("checks_numerical_ok")

    return _check(body)


def _takes(fn: Callable, name: str) -> bool:
    try:
        return name in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


# --- 06 --------------------------------------------------------------------------------------


def check_mini_batches(fn: Callable) -> CheckResult:
    """06: cut a list into consecutive mini-batches, the last one possibly shorter."""

    def body():
        data = list(range(23))
        call = f"{_name(fn)}(data, 10)"
        got = _run(fn, call, list(data), 10)
        expected = [data[k : k + 10] for k in range(0, 23, 10)]
        try:
            batches = [list(b) for b in got]
        except TypeError:
            raise _Fail(t("checks_mini_batches_not_list", call=call, got=_short(got))) from None
        if batches != expected:
            raise _Fail(t("checks_mini_batches_wrong", call=call, got=_short(batches), expected=expected))
        return t("checks_mini_batches_ok")

    return _check(body)


def check_update_mini_batch(fn: Callable) -> CheckResult:
    """06: update_mini_batch(net, mini_batch, eta) changes net's weights and biases."""

    def body():
        rng = np.random.default_rng(7)
        batch = [(rng.random((6, 1)), vectorized_result(int(j))[:4]) for j in rng.integers(0, 4, 5)]
        mine, reference = Network([6, 5, 4], seed=8), Network([6, 5, 4], seed=8)
        _run(fn, f"{_name(fn)}(net, mini_batch, 3.0)", mine, batch, 3.0, returns_nothing=True)
        reference.update_mini_batch(batch, 3.0)
        for i in range(2):
            _same(mine.weights[i], reference.weights[i], t("checks_update_weights", i=i), t("checks_update_w_hint"))
            _same(mine.biases[i], reference.biases[i], t("checks_update_biases", i=i), t("checks_update_b_hint"))
        return t("checks_update_ok")

    return _check(body)


def check_evaluate(fn: Callable) -> CheckResult:
    """06: evaluate(net, test_data) counts the correct answers."""

    def body():
        rng = np.random.default_rng(9)
        test = [(rng.random((6, 1)), int(j)) for j in rng.integers(0, 4, 50)]
        net = Network([6, 5, 4], seed=10)
        expected = sum(int(np.argmax(net.feedforward(x)) == label) for x, label in test)
        call = f"{_name(fn)}(net, test_data)"
        got = _run(fn, call, net, test)
        if isinstance(got, (bool, np.bool_)) or not isinstance(got, (int, np.integer, float, np.floating)):
            raise _Fail(t("checks_evaluate_not_count", call=call, got=_short(got)))
        if 0 < got < 1 and np.isclose(got, expected / len(test)):
            raise _Fail(t("checks_evaluate_fraction", call=call, got=got, expected=expected))
        if got != expected:
            raise _Fail(t("checks_evaluate_wrong", call=call, got=got, expected=expected))
        return t("checks_evaluate_ok")

    return _check(body)


# --- 07 --------------------------------------------------------------------------------------
# The explorer's runs: ``run.best`` is the best VALIDATION accuracy (choices are made on the
# validation set; the test set is looked at once, at the end).


def check_better_eta(run, baseline) -> CheckResult:
    """07: a run with a different eta whose best validation accuracy beats the baseline's."""

    def body():
        if run is None or baseline is None or run is Ellipsis or baseline is Ellipsis:
            raise _Fail(t("checks_better_eta_no_run"))
        eta, base_eta = run.settings["eta"], baseline.settings["eta"]
        if eta == base_eta:
            raise _Fail(t("checks_better_eta_same", eta=eta))
        changed = sorted(k for k, v in run.settings.items() if k != "eta" and v != baseline.settings[k])
        if changed:
            raise _Fail(t("checks_better_eta_changed", changed=", ".join(changed)))
        if run.best <= baseline.best:
            direction = "checks_better_eta_smaller" if eta > base_eta else "checks_better_eta_larger"
            raise _Fail(t("checks_better_eta_worse", eta=eta, best=run.best, base=baseline.best) + " " + t(direction))
        return t("checks_better_eta_ok", eta=eta, best=run.best, base=baseline.best)

    return _check(body)


def check_small_hidden(run) -> CheckResult:
    """07: a network with at most 10 hidden neurons that still reaches 85% on the validation set."""

    def body():
        if run is None or run is Ellipsis:
            raise _Fail(t("checks_small_hidden_no_run"))
        hidden = run.settings["hidden"]
        if hidden > 10:
            raise _Fail(t("checks_small_hidden_too_many", hidden=hidden))
        if run.best < 0.85:
            raise _Fail(t("checks_small_hidden_low", hidden=hidden, best=run.best))
        return t("checks_small_hidden_ok", hidden=hidden, best=run.best)

    return _check(body)


# --- 08 --------------------------------------------------------------------------------------


def check_matrix_feedforward(fn: Callable) -> CheckResult:
    """08: feedforward for a matrix X of shape (784, m), one column per sample."""

    def body():
        net = Network([784, 30, 10], seed=11)
        x = np.random.default_rng(12).random((784, 7))
        call = f"{_name(fn)}(weights, biases, X)"
        got = _run(fn, call, net.weights, net.biases, x)
        _same(got, net.feedforward(x), call, t("checks_matrix_feedforward_hint"))
        return t("checks_matrix_feedforward_ok")

    return _check(body)


def check_matrix_backprop(fn: Callable) -> CheckResult:
    """08: the gradient summed over the columns of X and Y."""

    def body():
        net = Network([784, 30, 10], seed=13)
        rng = np.random.default_rng(14)
        x = rng.random((784, 10))
        y = np.eye(10)[:, rng.integers(0, 10, 10)]
        call = f"{_name(fn)}(weights, biases, X, Y)"
        got = _run(fn, call, net.weights, net.biases, x, y)
        if not (isinstance(got, (tuple, list)) and len(got) == 2):
            raise _Fail(t("checks_backprop_pair", call=call))
        nabla_b, nabla_w = net.backprop(x, y)
        for i in reversed(range(2)):
            _same(got[0][i], nabla_b[i], f"nabla_b[{i}]", t("checks_matrix_backprop_b_hint"))
            _same(got[1][i], nabla_w[i], f"nabla_w[{i}]", t("checks_matrix_backprop_w_hint"))
        return t("checks_matrix_backprop_ok")

    return _check(body)


# --- 11 --------------------------------------------------------------------------------------


def check_centre_of_mass(fn: Callable) -> CheckResult:
    """11: centre_of_mass(image) -> (row, column), the ink-weighted mean row and column index.

    row = sum_ij i * image[i, j] / sum_ij image[i, j] (column likewise with j), 0 at the top left.
    Tried on one inked pixel (catches swapped axes), a lopsided random image (catches an
    unweighted mean or a missing division by the total ink) and a 5 x 9 image (catches a fixed 28 x 28).
    """

    def expected(image: np.ndarray) -> tuple[float, float]:
        rows = np.arange(image.shape[0])[:, None]  # independent of np.indices: broadcast row / column numbers
        columns = np.arange(image.shape[1])[None, :]
        return float((rows * image).sum() / image.sum()), float((columns * image).sum() / image.sum())

    def centre(image: np.ndarray, call: str) -> np.ndarray:
        got = _run(fn, call, image.copy())
        try:
            pair = np.asarray(got, dtype=float).ravel()
        except (TypeError, ValueError):
            raise _Fail(t("checks_centre_not_pair", call=call, got=_short(got))) from None
        if pair.size != 2:
            raise _Fail(t("checks_centre_not_pair", call=call, got=_short(got)))
        return pair

    def body():
        name = _name(fn)
        dot = np.zeros((28, 28))
        dot[3, 20] = 1.0
        got = centre(dot, f"{name}(image)")
        if np.allclose(got, [20, 3]):
            raise _Fail(t("checks_centre_swapped", call=f"{name}(image)", got=tuple(got)))
        _same(got, [3, 20], f"{name}(image)", t("checks_centre_swapped_hint"))
        lopsided = np.random.default_rng(11).random((28, 28)) ** 4
        _same(centre(lopsided, f"{name}(image)"), expected(lopsided), f"{name}(image)", t("checks_centre_weight"))
        small = np.random.default_rng(12).random((5, 9)) ** 2
        try:
            got = centre(small, f"{name}(image_5x9)")
        except _Fail as e:
            raise _Fail(f"{str(e).rstrip()} {t('checks_centre_shape')}") from None
        _same(got, expected(small), f"{name}(image_5x9)", t("checks_centre_shape"))
        return t("checks_centre_ok")

    return _check(body)


# --- 10 (chapter 3: costs and regularisation) -------------------------------------------------


def _run_translated(fn: Callable, call: str, *args) -> np.ndarray:
    """Call the learner's ``fn`` and return its result as a float array, or fail with a clear message.

    Like ``_run``, with the texts of the catalogues, and ``...`` (the skeleton's placeholder) answered.
    """
    if not callable(fn):
        raise _Fail(t("checks_not_callable", got=_short(fn)))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = fn(*args)
    except Exception as e:
        raise _Fail(t("ch3_check_raised", call=call, error=f"{type(e).__name__}: {e}")) from None
    if result is None:
        raise _Fail(t("ch3_check_none", call=call))
    if result is Ellipsis:
        raise _Fail(t("ch3_check_placeholder", call=call))
    try:
        return np.asarray(result, dtype=float)
    except (TypeError, ValueError):
        raise _Fail(t("ch3_check_not_numbers", call=call, got=repr(result)[:80])) from None


def _diagnose(got: np.ndarray, expected: np.ndarray, mistakes: dict, call: str, like: str, hint: str) -> None:
    """Fail unless ``got`` equals ``expected``; name the typical mistake it matches, if any.

    ``mistakes`` maps a catalogue key to what that mistake computes (same shape as ``expected``).
    """
    if got.shape != expected.shape:
        raise _Fail(t("ch3_check_shape", call=call, got=got.shape, expected=expected.shape, like=like))
    if np.allclose(got, expected, rtol=1e-6, atol=1e-10):
        return
    for key, wrong in mistakes.items():
        if np.allclose(got, wrong, rtol=1e-6, atol=1e-10):
            raise _Fail(t(key, call=call))
    worst = np.unravel_index(np.argmax(np.abs(got - expected)), got.shape)
    raise _Fail(t("ch3_check_values", call=call, got=np.round(got[worst], 6), index=tuple(int(i) for i in worst),
                  expected=np.round(expected[worst], 6), hint=t(hint)))


def check_cross_entropy_delta(fn: Callable) -> CheckResult:
    """10: the output error of the cross-entropy cost, delta^L = a - y (sigma'(z) cancels).

    ``fn(a, y)``: a the output activations, y the desired outputs, both (n, 1).
    """

    def body():
        # outputs badly wrong (0.9 for a 0, 0.05 for a 1), nearly right, and in between
        a = np.array([[0.9], [0.2], [0.6], [0.05], [0.97]])
        y = np.array([[0.0], [0.0], [1.0], [1.0], [1.0]])
        got = _run_translated(fn, f"{_name(fn)}(a, y)", a.copy(), y.copy())
        mistakes = {
            "ch3_ce_delta_sigma_prime": (a - y) * a * (1 - a),  # the quadratic cost's BP1
            "ch3_ce_delta_sign": y - a,
            "ch3_ce_delta_dc_da": (a - y) / (a * (1 - a)),  # dC/da, without sigma'(z)
        }
        _diagnose(got, a - y, mistakes, f"{_name(fn)}(a, y)", "a", "ch3_ce_delta_hint")
        return t("ch3_ce_delta_ok")

    return _check(body)


def check_l2_step(fn: Callable) -> CheckResult:
    """10: one step of gradient descent with L2 regularisation (weight decay), eq. 93 of the book.

    ``fn(w, nabla_w, eta, lmbda, n, m)`` -> (1 - eta lmbda / n) w - (eta / m) nabla_w, with n the
    size of the training set and m the size of the mini-batch (nabla_w summed over it).
    """

    def body():
        # eta lmbda / n = 0.05, eta lmbda / m = 0.25, lmbda / n = 0.1, eta / m = 0.05, eta = 0.5:
        # all different, so each typical mistake gives different numbers
        w = np.array([[0.5, -1.0, 2.0], [2.0, 0.25, -0.75]])
        nabla_w = np.array([[1.0, 2.0, -0.5], [-3.0, 0.5, 4.0]])
        eta, lmbda, n, m = 0.5, 5.0, 50, 10
        call = f"{_name(fn)}(w, nabla_w, eta={eta}, lmbda={lmbda}, n={n}, m={m})"
        got = _run_translated(fn, call, w.copy(), nabla_w.copy(), eta, lmbda, n, m)
        step = (eta / m) * nabla_w
        mistakes = {
            "ch3_l2_lambda_m": (1 - eta * lmbda / m) * w - step,
            "ch3_l2_no_eta": (1 - lmbda / n) * w - step,
            "ch3_l2_sign": (1 + eta * lmbda / n) * w - step,
            "ch3_l2_no_decay": w - step,
            "ch3_l2_not_averaged": (1 - eta * lmbda / n) * w - eta * nabla_w,
            "ch3_l2_decay_all": (1 - eta * lmbda / n) * (w - step),
            "ch3_l2_gradient_sign": (1 - eta * lmbda / n) * w + step,
        }
        # by hand: 1 - 0.5 * 5 / 50 = 0.95 and 0.5 / 10 = 0.05
        _diagnose(got, 0.95 * w - 0.05 * nabla_w, mistakes, call, "w", "ch3_l2_hint")
        return t("ch3_l2_ok")

    return _check(body)
