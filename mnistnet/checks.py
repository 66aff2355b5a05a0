"""Self-checks for the notebooks' "Try it" exercises.

``check_x(fn)`` returns a ``CheckResult``: "✓ Correct", or what is wrong and which idea to revisit, never the solution's
code. ``@check`` makes a check that never raises (Run All keeps going); ``_call`` is the one way to run learner code;
``_diagnose`` compares with the right value and with the check's table of typical mistakes, ``{catalogue key: what that
mistake computes}``, so that a match names the mistake. Every text is a catalogue's."""

import contextlib
import copy
import functools
import inspect
import re
import warnings
from collections.abc import Callable

import numpy as np

from .i18n import get_language, t
from .maths import sigmoid, sigmoid_prime
from .network import Network
from .validate import is_real_number, is_whole_number


class CheckResult:
    """The outcome of one check: ``passed`` and a ``message`` for the learner."""

    def __init__(self, passed: bool, message: str):
        self.passed, self.message = passed, message

    def __bool__(self) -> bool:
        return self.passed

    def __repr__(self) -> str:
        return t("check_correct" if self.passed else "check_not_yet") + self.message


class _Fail(Exception):  # a "Not yet": its message is the sentences, joined as the language writes them
    def __init__(self, *sentences: str):
        super().__init__(("" if get_language() == "zh" else " ").join(s for s in sentences if s))


def check(ok_key: str) -> Callable:
    """Make ``body`` a check: a ``CheckResult``, never an exception. ``body`` raises ``_Fail`` or returns ``ok_key``'s values."""
    def decorate(body: Callable) -> Callable[..., CheckResult]:
        @functools.wraps(body)
        def run(*args, **kwargs) -> CheckResult:
            try:
                return CheckResult(True, t(ok_key, **(body(*args, **kwargs) or {})))
            except _Fail as e:
                return CheckResult(False, str(e))
            except Exception as e:  # while comparing what the learner's function returned
                return CheckResult(False, t("check_crashed", error=_error(e)))
        run.__annotations__ = {**body.__annotations__, "return": CheckResult}
        return run
    return decorate


def _show(value) -> str:
    """``value`` for a message: 20.0, not np.float64(20.0); floats to 6 digits; at most 60 characters."""
    def plain(v):  # numpy numbers and arrays as Python numbers and lists
        v = v.tolist() if isinstance(v, (np.ndarray, np.generic)) else v
        if isinstance(v, (list, tuple)):
            return (tuple if isinstance(v, tuple) else list)(map(plain, v))
        return float(f"{v:.6g}") if isinstance(v, float) else v
    text = repr(plain(value))
    return text if len(text) <= 60 else text[:59] + "…"


def _name(fn) -> str:
    return getattr(fn, "__name__", None) or t("check_your_function")


def _error(e: BaseException) -> str:  # "NameError: name 'x' is not defined", no full stop (the message adds one)
    detail = str(e).strip().rstrip(".")
    return f"{type(e).__name__}: {detail}" if detail else type(e).__name__


def _arrays(value) -> list[np.ndarray]:  # the arrays in value, in its lists and tuples, a network's weights and biases
    value = [value.weights, value.biases] if isinstance(value, Network) else value
    if isinstance(value, (list, tuple)):
        return [a for v in value for a in _arrays(v)]
    return [value] if isinstance(value, np.ndarray) else []


def _call(fn: Callable, call: str, *args, may_change: tuple = (), returns: bool = True,
          shape_hint: str | Callable[[], str] = "", on_warning: str | None = None, **kwargs):
    """The learner's ``fn(*args, **kwargs)`` (written ``call``), run on copies of ``args`` (but at ``may_change``) that must
    not change. Whatever goes wrong (exit(), an exception, ..., None if ``returns``, a changed input, a warning if
    ``on_warning`` names its message) becomes a ``_Fail``; ``shape_hint`` (a text or a function) follows a shape error."""
    if not callable(fn):
        raise _Fail(t("check_not_callable", got=_show(fn)))
    given = [a if i in may_change else copy.deepcopy(a) for i, a in enumerate(args)]
    held = [_arrays(a) for a in given]  # still here if the learner empties a list
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = fn(*given, **kwargs)
        except SystemExit:  # exit() must not stop Run All
            raise _Fail(t("check_exit", call=call)) from None
        except Exception as e:  # numpy's words for a learner's common slips become a sentence
            slips = {"check_error_if": "truth value of an array", "check_error_math": "only (length-1|0-dimensional) "
                     "arrays can be", "check_error_shapes": "not aligned|could not be broadcast|mismatch in its core dimension"}
            key = next((key for key, words in slips.items() if re.search(words, str(e))), None)
            hint = (shape_hint() if callable(shape_hint) else shape_hint) if key == "check_error_shapes" else ""
            raise _Fail(t(key or "check_raised", call=call, error=type(e).__name__ if key else _error(e)), hint) from None
    if result is Ellipsis:
        raise _Fail(t("check_ellipsis", call=call))
    names = call[call.find("(") + 1 : -1].split(", ")
    for i, (original, mine, arrays) in enumerate(zip(args, given, held)):
        now, before = _arrays(mine) if isinstance(mine, Network) else arrays, _arrays(original)
        if i not in may_change and not (len(now) == len(before) and all(map(np.array_equal, now, before))):
            key = "check_changed_net" if isinstance(mine, Network) else "check_changed_input"
            raise _Fail(t(key, call=call, name=names[i].split("=")[0] if i < len(names) else "?"))
    if result is None and returns:
        raise _Fail(t("check_none", call=call))
    if on_warning and caught:
        raise _Fail(t(on_warning, call=call, warning=str(caught[0].message).rstrip(".")))
    return result


def _floats(value) -> np.ndarray | None:
    try:
        return None if value is None else np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return None


def _number(got, call: str, key: str) -> float:  # the one number in got (a number or an array of size 1), else fail
    value = _floats(got)
    if value is None:
        raise _Fail(t("check_not_numbers", call=call, got=_show(got)))
    if value.size != 1:
        raise _Fail(t(key, call=call, shape=value.shape))
    return value.item()


def _same(got, expected, atol: float = 1e-8, rtol: float = 1e-6) -> bool:  # equal numbers, arrays or lists of them
    if isinstance(expected, (list, tuple)) and any(isinstance(e, (list, tuple, np.ndarray)) for e in expected):
        return (isinstance(got, (list, tuple)) and len(got) == len(expected)
                and all(_same(g, e, atol, rtol) for g, e in zip(got, expected)))
    g, e = _floats(got), np.asarray(expected, dtype=float)
    return g is not None and g.shape == e.shape and bool(np.allclose(g, e, rtol=rtol, atol=atol))


def _differs(call: str, got, expected, atol: float = 1e-8, rtol: float = 1e-6) -> str:
    """One sentence: how ``got`` differs from ``expected`` (not numbers, the shape, or the worst entry)."""
    if isinstance(expected, (list, tuple)) and any(isinstance(e, (list, tuple, np.ndarray)) for e in expected):
        if isinstance(got, (list, tuple)) and len(got) == len(expected) and isinstance(expected[0], np.ndarray):
            i = next(i for i, (g, e) in enumerate(zip(got, expected)) if not _same(g, e, atol, rtol))
            return _differs(f"{call}[{i}]", got[i], expected[i], atol, rtol)
        return t("check_value", call=call, got=_show(got), where="", expected=_show(expected))  # the whole list
    g, e = _floats(got), np.asarray(expected, dtype=float)
    if g is None:
        return t("check_not_numbers", call=call, got=_show(got))
    if g.shape != e.shape:
        return t("check_shape_number" if g.ndim == 0 else "check_shape", call=call, got=_show(g), shape=g.shape, expected=e.shape)
    worst = np.unravel_index(np.argmax(np.abs(g - e)), g.shape) if g.ndim else ()
    where = t("check_at_index", index=tuple(int(i) for i in worst)) if worst else ""
    return t("check_value", call=call, got=_show(g[worst]), where=where, expected=_show(e[worst]))


def _diagnose(call: str, got, expected, mistakes: dict | None = None, hint: str = "", atol: float = 1e-8, rtol: float = 1e-6):
    """Fail unless ``got`` equals ``expected``: name the first of ``mistakes`` it equals, else say how it differs and ``hint``."""
    if not _same(got, expected, atol, rtol):
        key = next((key for key, wrong in (mistakes or {}).items() if _same(got, wrong, atol, rtol)), None)
        raise _Fail(t(key, call=call)) if key else _Fail(_differs(call, got, expected, atol, rtol), hint)


def use_if_correct(result: CheckResult, mine: Callable, reference: Callable) -> Callable:
    """The learner's function if its check passed, else (saying so) the reference, so that later cells run either way."""
    if result.passed:
        return mine
    name = getattr(reference, "__qualname__", None) or _name(reference)
    from_mnistnet = (getattr(reference, "__module__", None) or "").startswith("mnistnet")
    print(t("check_using_reference" if from_mnistnet else "check_using_other", mine=_name(mine), reference=name))
    return reference


def finish_first(fn: Callable, number: int) -> None:
    """Print that ``fn`` does not pass its check yet: finish "Try it ``number``" (named as the notebook's heading)."""
    print(t("check_finish_first", mine=_name(fn), heading=t("check_try_it", number=number)))


@check("check_sizes_ok")
def check_sizes(sizes):
    """00: the layer sizes of chapter 1's network."""
    if sizes is Ellipsis:
        raise _Fail(t("check_value_ellipsis", name="sizes"))
    if list(np.ravel(sizes)) != [784, 30, 10]:
        raise _Fail(t("check_sizes_wrong", got=_show(sizes)))


@check("check_n_test_ok")
def check_n_test(n_test):
    """00: how many test images there are."""
    if n_test is Ellipsis:
        raise _Fail(t("check_value_ellipsis", name="n_test"))
    if n_test != 10000:
        raise _Fail(t("check_n_test_wrong", got=_show(n_test)))


@check("check_closest_ok")
def check_closest_digit(fn: Callable):
    """01: closest_digit(averages, image) -> the digit d whose average image is nearest (Euclidean)."""
    rng, call = np.random.default_rng(101), f"{_name(fn)}(averages, image)"
    averages = rng.random((10, 784))
    tricky = averages.copy()  # nearest to row 2, but the brighter row 5 has the largest dot product
    tricky[5], tricky[2] = 0.6, 0.35
    for avgs, image in [(averages, averages[d] + 0.05 * rng.standard_normal(784)) for d in (3, 7)] + [(tricky, np.full(784, .3))]:
        got, distances = _call(fn, call, avgs, image), np.sqrt(((avgs - image) ** 2).sum(axis=1))
        if not is_whole_number(got) or not 0 <= got <= 9:
            raise _Fail(t("check_closest_not_digit", call=call, got=_show(got)))
        mistakes = {"check_closest_farthest": np.argmax(distances), "check_closest_dot": np.argmax(avgs @ image)}
        _diagnose(call, got, np.argmin(distances), mistakes, t("check_closest_hint"))


@check("check_to_column_ok")
def check_to_column(fn: Callable):
    """01 and 11: a flat (784,) image, and a 28 x 28 picture, as one (784, 1) column of the same numbers."""
    x = np.linspace(0, 1, 784, dtype=np.float32)
    for call, image in ((f"{_name(fn)}(x)", x), (f"{_name(fn)}(picture)", x.reshape(28, 28))):
        mistakes = {"check_to_column_row": x.reshape(1, 784)}
        _diagnose(call, _call(fn, call, image), x.reshape(784, 1), mistakes, t("check_to_column_hint"))


@check("check_vectorized_ok")
def check_vectorized_result(fn: Callable):
    """01: the one-hot target column for a digit."""
    for j in range(10):
        call = f"{_name(fn)}({j})"
        _diagnose(call, _call(fn, call, j), np.eye(10)[:, [j]], hint=t("check_vectorized_hint", j=j))


@check("check_sigmoid_ok")
def check_sigmoid(fn: Callable):
    """02: sigma(z) = 1 / (1 + e^-z), on one number and on an array."""
    z, name = np.array([[-5.0], [-1.0], [0.5], [3.0]]), _name(fn)
    at_zero, got = _call(fn, f"{name}(0.0)", 0.0), _call(fn, f"{name}(z)", z)
    with np.errstate(all="ignore"):
        mistakes = {"check_sigmoid_minus": 1 / (1 + np.exp(z)), "check_sigmoid_no_fraction": np.exp(-z),
                    "check_sigmoid_upside_down": 1 + np.exp(-z), "check_sigmoid_plus": 1 / (1 - np.exp(-z))}
    _diagnose(f"{name}(z)", got, sigmoid(z), mistakes, t("check_sigmoid_hint"))
    _diagnose(f"{name}(0.0)", at_zero, 0.5, hint=t("check_sigmoid_at_zero"))


@check("check_stable_ok")
def check_stable_sigmoid(fn: Callable):
    """02: the same function, with no overflow warning for large negative z."""
    z, call = np.array([-1000.0, -30.0, 0.0, 30.0, 1000.0]), f"{_name(fn)}(z)"
    _diagnose(call, _call(fn, call, z, on_warning="check_stable_warned"), sigmoid(z), hint=t("check_stable_hint"), atol=1e-15)


@check("check_sigmoid_prime_ok")
def check_sigmoid_prime(fn: Callable):
    """02: sigma'(z) = sigma(z) (1 - sigma(z))."""
    z, name = np.linspace(-6, 6, 13).reshape(13, 1), _name(fn)
    at_zero, got = _call(fn, f"{name}(0.0)", 0.0), _call(fn, f"{name}(z)", z)
    mistakes = {"check_sigmoid_prime_is_sigmoid": sigmoid(z), "check_sigmoid_prime_of_z": z * (1 - z)}
    _diagnose(f"{name}(z)", got, sigmoid_prime(z), mistakes, t("check_sigmoid_prime_hint"))
    _diagnose(f"{name}(0.0)", at_zero, 0.25, hint=t("check_sigmoid_prime_at_zero"))


@check("check_weight_shapes_ok")
def check_weight_shapes(fn: Callable):
    """03: the shape of each weight matrix for a list of layer sizes."""
    for sizes in ([784, 30, 10], [784, 100, 10], [2, 3, 4, 1]):
        expected, call = [(y, x) for x, y in zip(sizes[:-1], sizes[1:])], f"{_name(fn)}({sizes})"
        got = _call(fn, call, list(sizes))
        try:
            shapes = [tuple(int(n) for n in s) for s in got]
        except (TypeError, ValueError):
            raise _Fail(t("check_weight_shapes_not_list", call=call, got=_show(got))) from None
        mistakes = {"check_weight_shapes_swapped": [s[::-1] for s in expected]}
        _diagnose(call, shapes, expected, mistakes, t("check_weight_shapes_hint"))


@check("check_feedforward_ok")
def check_feedforward(fn: Callable, inputs: str = "a", m: int = 1, hint: str = "check_feedforward_hint"):
    """03: feedforward(weights, biases, a) for one column a (08: ``inputs`` X of ``m`` columns)."""
    net, a = Network([784, 30, 10], seed=1), np.random.default_rng(2).random((784, m))
    call, (w1, w2), (b1, b2) = f"{_name(fn)}(weights, biases, {inputs})", net.weights, net.biases
    got = _call(fn, call, net.weights, net.biases, a, shape_hint=t("check_feedforward_shapes"))
    mistakes = {"check_feedforward_last_linear": w2 @ sigmoid(w1 @ a + b1) + b2,
                "check_feedforward_no_bias": sigmoid(w2 @ sigmoid(w1 @ a))}
    _diagnose(call, got, net.feedforward(a), mistakes, t(hint))


@check("check_cost_ok")
def check_quadratic_cost(fn: Callable):
    """04: C = 1/2 ||a - y||^2 for one output column a and target y."""
    a, y, call = np.array([[0.1], [0.8], [0.3]]), np.array([[0.0], [1.0], [0.0]]), f"{_name(fn)}(a, y)"
    got = _number(_call(fn, call, a, y), call, "check_cost_not_number")
    # by hand: |a - y|^2 = 0.1^2 + 0.2^2 + 0.3^2 = 0.14
    _diagnose(call, got, 0.07, {"check_cost_half": 0.14, "check_cost_not_squared": 0.5 * np.sqrt(0.14)}, t("check_cost_hint"))


@check("check_step_ok")
def check_gradient_step(fn: Callable):
    """04: one step of gradient descent, against the gradient."""
    v, grad, call = np.array([1.0, -2.0]), np.array([0.5, 4.0]), f"{_name(fn)}(v, grad, 0.1)"
    mistakes = {"check_step_uphill": v + 0.1 * grad, "check_step_no_eta": v - grad}
    _diagnose(call, _call(fn, call, v, grad, 0.1), np.array([0.95, -2.4]), mistakes, t("check_step_hint"))


@check("check_hadamard_ok")
def check_hadamard(fn: Callable):
    """05: the Hadamard (element-wise) product of two columns."""
    s, t_, call = np.array([[1.0], [2.0]]), np.array([[3.0], [4.0]]), f"{_name(fn)}(s, t)"
    mistakes = {"check_hadamard_dot": s.T @ t_, "check_hadamard_outer": s @ t_.T}
    _diagnose(call, _call(fn, call, s, t_), np.array([[3.0], [8.0]]), mistakes, t("check_hadamard_hint"))


def _gradient_mistakes(net: Network, x: np.ndarray, y: np.ndarray) -> dict:
    """{catalogue key: [nabla_b, nabla_w]} of typical wrong backprops (summed over the columns) that fit ``net``."""
    activations, zs, table = [x], [], {}
    for w, b in zip(net.weights, net.biases):
        zs.append(w @ activations[-1] + b)
        activations.append(sigmoid(zs[-1]))
    for key in ("bp1_sigma", "bp1_sign", "bp2_transpose", "bp2_layer", "bp4_layer"):
        delta = (y - activations[-1]) if key == "bp1_sign" else (activations[-1] - y)
        delta, nabla_b, nabla_w = delta if key == "bp1_sigma" else delta * sigmoid_prime(zs[-1]), [], []
        with contextlib.suppress(ValueError):  # a mistake whose shapes do not fit this network is left out
            for l in range(1, net.num_layers):
                if l > 1:
                    w = net.weights[-l if key == "bp2_layer" else -l + 1]
                    delta = ((w if key == "bp2_transpose" else w.T) @ delta) * sigmoid_prime(zs[-l])
                nabla_b.insert(0, delta.sum(axis=1, keepdims=True))
                nabla_w.insert(0, delta @ activations[-l if key == "bp4_layer" else -l - 1].T)
            table[f"check_backprop_{key}"] = [nabla_b, nabla_w]
    return table


def _backprop_on(fn: Callable, sizes: list[int], matrix: bool) -> None:
    """``fn`` against ``Network.backprop``: the gradient, the typical mistakes, then each layer from the output back."""
    def case(sizes: list[int], shape_hint=""):  # a network, x and y (10 columns for 08's version), the call, what fn returns
        net, rng, m = Network(sizes, seed=3), np.random.default_rng(4), 10 if matrix else 1
        x, y = rng.random((sizes[0], m)), rng.random((sizes[-1], m))
        call = f"{_name(fn)}(weights, biases, X, Y)" if matrix else f"{_name(fn)}(net, x, y)"
        args = (net.weights, net.biases, x, y) if matrix else (net, x, y)
        return net, x, y, call, _call(fn, call, *args, shape_hint=shape_hint)

    def square_mistake() -> str:  # after a shape error: the mistake fn makes where every shape fits (all layers 5 wide)
        try:
            net, x, y, _, got = case([5, 5, 5, 5])
        except _Fail:
            return t("check_backprop_shapes")
        found = [key for key, wrong in _gradient_mistakes(net, x, y).items() if _same(got, wrong)]
        return t("check_backprop_square", why=t(found[0])) if found else t("check_backprop_shapes")

    net, x, y, call, got = case(sizes, square_mistake)
    layers = len(sizes) - 1
    try:
        got_b, got_w = got
        counts = (len(got_b), len(got_w))
    except (TypeError, ValueError):
        raise _Fail(t("check_backprop_pair", call=call)) from None
    if counts != (layers, layers):
        raise _Fail(t("check_backprop_count", sizes=sizes, layers=layers, nb=counts[0], nw=counts[1]))
    nabla_b, nabla_w = right = net.backprop(x, y)  # summed over the columns
    if _same(got, right):
        return
    mistakes = _gradient_mistakes(net, x, y)
    if matrix:
        mistakes["check_backprop_mean"] = [[g / x.shape[1] for g in r] for r in right]
    for key, wrong in mistakes.items():
        if _same(got, wrong):
            raise _Fail(t("check_backprop_mistake", call=call, sizes=sizes), t(key))
    for i in reversed(range(layers)):  # the output layer first: its delta (BP1) feeds every layer before it
        b_right, w_right = _same(got_b[i], nabla_b[i]), _same(got_w[i], nabla_w[i])
        if not b_right:
            key = "check_backprop_bp3" if w_right else "check_backprop_bp1" if i == layers - 1 else "check_backprop_bp2"
            raise _Fail(_differs(f"nabla_b[{i}]", got_b[i], nabla_b[i]), t(key, i=i, sizes=sizes))
        if not w_right:
            raise _Fail(_differs(f"nabla_w[{i}]", got_w[i], nabla_w[i]), t("check_backprop_bp4", i=i, sizes=sizes))


@check("check_backprop_ok")
def check_backprop(fn: Callable, matrix: bool = False):
    """05: backprop(net, x, y) -> (nabla_b, nabla_w) for one sample, with one hidden layer and with two."""
    _backprop_on(fn, [784, 30, 10], matrix)
    try:
        _backprop_on(fn, [4, 5, 3, 2], matrix)
    except _Fail as e:
        raise _Fail(t("check_backprop_one_hidden_only"), str(e)) from None


@check("check_numerical_ok")
def check_numerical_gradient(fn: Callable):
    """05: (C(w + h) - C(w - h)) / 2h for one weight, within 1e-9 of backprop (h = 1e-3 if fn takes ``h``)."""
    net, rng = Network([4, 3, 2], seed=5), np.random.default_rng(6)
    x, y = rng.random((4, 1)), rng.random((2, 1))
    h = {}
    with contextlib.suppress(TypeError, ValueError):  # not a function, or no signature: _call says so
        h = {"h": 1e-3} if "h" in inspect.signature(fn).parameters else {}
    for layer, j, k in ((0, 1, 2), (1, 0, 1)):
        call, mine, nudged = f"{_name(fn)}(net, x, y, {layer}, {j}, {k}{', h=0.001' if h else ''})", net.copy(), net.copy()
        got = _call(fn, call, mine, x, y, layer, j, k, may_change=(0,), **h)
        # a weight restored by += h, -= 2h, += h may be 1 ulp off: that is put back
        if not all(np.allclose(a, b, rtol=0, atol=1e-12) for a, b in zip(_arrays(mine), _arrays(net))):
            raise _Fail(t("check_numerical_restore"))
        nudged.weights[layer][j, k] += h.get("h", 1e-5)
        one_sided = (nudged.total_cost([(x, y)]) - net.total_cost([(x, y)])) / h.get("h", 1e-5)  # off by about h/2 C''(w)
        _diagnose(call, _number(got, call, "check_numerical_not_number"), net.backprop(x, y)[1][layer][j, k],
                  {"check_numerical_one_sided": one_sided}, t("check_numerical_hint"), atol=1e-9, rtol=0)


@check("check_mini_batches_ok")
def check_mini_batches(fn: Callable):
    """06: cut a list into consecutive mini-batches, the last one possibly shorter."""
    data, call = list(range(23)), f"{_name(fn)}(data, 10)"
    got = _call(fn, call, data, 10)
    try:
        batches = [list(b) for b in got]
    except TypeError:
        raise _Fail(t("check_mini_batches_not_list", call=call, got=_show(got))) from None
    expected = [data[:10], data[10:20], data[20:]]
    _diagnose(call, batches, expected, {"check_mini_batches_no_last": expected[:2]}, t("check_mini_batches_hint"))


@check("check_update_ok")
def check_update_mini_batch(fn: Callable):
    """06 and 09: update_mini_batch(net, mini_batch, eta) changes net's weights and biases."""
    rng, call, start = np.random.default_rng(7), f"{_name(fn)}(net, mini_batch, 3.0)", Network([6, 5, 4], seed=8)
    batch, mine = [(rng.random((6, 1)), np.eye(4)[:, [j]]) for j in rng.integers(0, 4, 5)], start.copy()
    _call(fn, call, mine, batch, 3.0, may_change=(0,), returns=False, shape_hint=t("check_update_shapes"))
    # Network's update, and two mistakes: for m = 5 the summed gradients take eta * m = 15, the last one alone eta / m = 0.6
    right, summed, last = start.copy(), start.copy(), start.copy()
    for net, mini_batch, eta in ((right, batch, 3.0), (summed, batch, 15.0), (last, batch[-1:], 0.6)):
        net.update_mini_batch(mini_batch, eta)
    for part in ("weights", "biases"):
        got, before, expected = getattr(mine, part), getattr(start, part), getattr(right, part)
        if _same(got, before, atol=0, rtol=0):
            raise _Fail(t("check_update_unchanged", call=call, name=f"net.{part}"))
        mistakes = {"check_update_not_averaged": getattr(summed, part), "check_update_last_only": getattr(last, part),
                    "check_update_uphill": [2 * s - e for s, e in zip(before, expected)]}
        _diagnose(f"net.{part}", got, expected, mistakes, t("check_update_hint"))


@check("check_evaluate_ok")
def check_evaluate(fn: Callable):
    """06, 09 and 11: evaluate(net, test_data) counts the correct answers."""
    rng, net, call = np.random.default_rng(9), Network([6, 5, 4], seed=10), f"{_name(fn)}(net, test_data)"
    test = [(rng.random((6, 1)), int(j)) for j in rng.integers(0, 4, 50)]
    right, got = sum(int(np.argmax(net.feedforward(x)) == label) for x, label in test), _call(fn, call, net, test)
    if not is_real_number(got):
        raise _Fail(t("check_evaluate_not_count", call=call, got=_show(got)))
    mistakes = {"check_evaluate_fraction": right / 50, "check_evaluate_wrong_ones": 50 - right, "check_evaluate_all": 50}
    _diagnose(call, got, right, mistakes, t("check_evaluate_hint"))


@check("check_better_eta_ok")
def check_better_eta(run, baseline):
    """07: a run with another eta whose best validation accuracy (choices are made on it, not on the test set) is better."""
    if any(r is None or r is Ellipsis for r in (run, baseline)):
        raise _Fail(t("check_better_eta_no_run"))
    eta, base_eta = run.settings["eta"], baseline.settings["eta"]
    if eta == base_eta:
        raise _Fail(t("check_better_eta_same", eta=eta))
    if changed := sorted(k for k, v in run.settings.items() if k != "eta" and v != baseline.settings[k]):
        raise _Fail(t("check_better_eta_changed", changed=", ".join(changed)))
    if run.best <= baseline.best:
        direction = t("check_better_eta_smaller" if eta > base_eta else "check_better_eta_larger")
        raise _Fail(t("check_better_eta_worse", eta=eta, best=run.best, base=baseline.best), direction)
    return {"eta": eta, "best": run.best, "base": baseline.best}


@check("check_small_hidden_ok")
def check_small_hidden(run):
    """07: a network with at most 10 hidden neurons that still reaches 85% on the validation set."""
    if run is None or run is Ellipsis:
        raise _Fail(t("check_small_hidden_no_run"))
    if run.settings["hidden"] > 10:
        raise _Fail(t("check_small_hidden_too_many", hidden=run.settings["hidden"]))
    if run.best < 0.85:
        raise _Fail(t("check_small_hidden_low", hidden=run.settings["hidden"], best=run.best))
    return {"hidden": run.settings["hidden"], "best": run.best}


@check("check_matrix_feedforward_ok")
def check_matrix_feedforward(fn: Callable):
    """08: feedforward for a matrix X of shape (784, m), one column per sample."""
    check_feedforward.__wrapped__(fn, "X", 7, "check_matrix_feedforward_hint")  # 03's check without @check


@check("check_matrix_backprop_ok")
def check_matrix_backprop(fn: Callable):
    """08: backprop(weights, biases, X, Y) -> the gradient summed over the columns of X and Y."""
    check_backprop.__wrapped__(fn, matrix=True)  # 05's check without @check


@check("check_ce_delta_ok")
def check_cross_entropy_delta(fn: Callable):
    """10: the output error of the cross-entropy cost, delta^L = a - y (sigma'(z) cancels)."""
    # outputs badly wrong (0.9 for a 0, 0.05 for a 1), nearly right, and in between
    a, y = np.array([[0.9], [0.2], [0.6], [0.05], [0.97]]), np.array([[0.0], [0.0], [1.0], [1.0], [1.0]])
    call = f"{_name(fn)}(a, y)"
    mistakes = {"check_ce_delta_sigma_prime": (a - y) * a * (1 - a),  # the quadratic cost's BP1
                "check_ce_delta_sign": y - a, "check_ce_delta_dc_da": (a - y) / (a * (1 - a))}
    _diagnose(call, _call(fn, call, a, y), a - y, mistakes, t("check_ce_delta_hint"), atol=1e-10)


@check("check_l2_ok")
def check_l2_step(fn: Callable):
    """10: one step with L2 regularisation, eq. 93: (1 - eta lmbda / n) w - (eta / m) nabla_w (nabla_w summed over m)."""
    w, nabla_w = np.array([[0.5, -1.0, 2.0], [2.0, 0.25, -0.75]]), np.array([[1.0, 2.0, -0.5], [-3.0, 0.5, 4.0]])
    eta, lmbda, n, m = 0.5, 5.0, 50, 10  # eta lmbda / n, eta lmbda / m, lmbda / n, eta / m, eta all differ
    call = f"{_name(fn)}(w, nabla_w, eta={eta}, lmbda={lmbda}, n={n}, m={m})"
    got = _call(fn, call, w.copy(), nabla_w, eta, lmbda, n, m, may_change=(0,))  # w may be updated in place
    step, decay = (eta / m) * nabla_w, 1 - eta * lmbda / n
    mistakes = {"check_l2_lambda_m": (1 - eta * lmbda / m) * w - step, "check_l2_no_eta": (1 - lmbda / n) * w - step,
                "check_l2_sign": (1 + eta * lmbda / n) * w - step, "check_l2_no_decay": w - step,
                "check_l2_not_averaged": decay * w - eta * nabla_w, "check_l2_decay_all": decay * (w - step),
                "check_l2_gradient_sign": decay * w + step}
    # by hand: 1 - 0.5 * 5 / 50 = 0.95 and 0.5 / 10 = 0.05
    _diagnose(call, got, 0.95 * w - 0.05 * nabla_w, mistakes, t("check_l2_hint"), atol=1e-10)


@check("check_centre_ok")
def check_centre_of_mass(fn: Callable):
    """11: centre_of_mass(image) -> (row, column), the ink-weighted mean row and column index."""
    dot = np.zeros((28, 28))
    dot[3, 20] = 1.0
    for name, image, hint in [("image", dot, "check_centre_dot"),
                              ("image", 0.5 * np.random.default_rng(11).random((28, 28)) ** 4, "check_centre_weight"),
                              ("image_5x9", np.random.default_rng(12).random((5, 9)) ** 2, "check_centre_shape")]:
        (rows, columns), ink, call = np.indices(image.shape), image.sum(), f"{_name(fn)}({name})"
        centre = np.array([(rows * image).sum(), (columns * image).sum()]) / ink
        try:
            got = _call(fn, call, image)
        except _Fail as e:
            raise (_Fail(str(e), t(hint)) if name == "image_5x9" else e) from None
        if _floats(got) is None or _floats(got).size != 2:
            raise _Fail(t("check_centre_not_pair", call=call, got=_show(got)))
        mistakes = {"check_centre_swapped": centre[::-1], "check_centre_by_size": centre * ink / image.size,
                    "check_centre_not_divided": centre * ink}
        _diagnose(call, _floats(got).ravel(), centre, mistakes, t(hint))


# --- 05: the backprop stepper (mnistnet.stepper) ---------------------------------------------


@check("check_output_error_ok")
def check_output_error(fn: Callable):
    """05, before pressing Next: output_error(z, a, y) -> delta^L = (a - y) * sigma'(z) (BP1, quadratic cost), on two
    outputs as in the stepper, then on ten."""
    rng = np.random.default_rng(5)
    for n in (2, 10):
        z = rng.normal(0, 2, (n, 1))
        a, y, call = sigmoid(z), rng.integers(0, 11, (n, 1)) / 10, f"{_name(fn)}(z, a, y)"
        mistakes = {"check_output_error_no_sigma_prime": a - y, "check_output_error_sign": (y - a) * sigmoid_prime(z),
                    "check_output_error_sigma": (a - y) * a, "check_output_error_prime_of_a": (a - y) * sigmoid_prime(a),
                    "check_output_error_z_not_a": (a - y) * z * (1 - z)}
        _diagnose(call, _call(fn, call, z, a, y), (a - y) * sigmoid_prime(z), mistakes, t("check_output_error_hint"),
                  atol=1e-12)


@check("check_dc_dw_ok")
def check_dC_dw(fn: Callable, stepper, layer: int = 0, j: int = 1, k: int = 0):
    """05: fn() -> dC/dw for the weight ``stepper.net.weights[layer][j, k]``, a number worked out by hand from what the
    stepper shows for its ``net``, ``x`` and ``y``. BP4: a^{l-1}_k delta^l_j. Numbers read to the 4 digits shown pass
    (1%); a product with a wrong factor (activation or delta) is named."""
    net, x, y = stepper.net, stepper.x, stepper.y
    zs, activations = [], [x]
    for b, w in zip(net.biases, net.weights):
        zs.append(np.dot(w, activations[-1]) + b)
        activations.append(sigmoid(zs[-1]))
    deltas = net.backprop(x, y)[0]  # one sample: nabla_b is delta (BP3)
    a_k, delta_j = activations[layer][k, 0], deltas[layer][j, 0]
    names = {"l": layer + 2, "previous": layer + 1, "next": layer + 3, "j": j, "k": k}
    call = f"{_name(fn)}()"
    got = _number(_call(fn, call), call, "check_dc_dw_not_number")
    if np.isclose(got, a_k * delta_j, rtol=1e-2, atol=1e-6):
        return names | {"value": a_k * delta_j}
    mistakes = [("check_dc_dw_activation_into", activations[layer + 1][j, 0] * delta_j)]
    mistakes += [("check_dc_dw_activation_index", a * delta_j) for a in np.delete(activations[layer].ravel(), k)]
    mistakes += [("check_dc_dw_z", zs[layer - 1][k, 0] * delta_j)] if layer > 0 else []
    mistakes += [("check_dc_dw_delta_index", a_k * d) for d in np.delete(deltas[layer].ravel(), j)]
    if layer + 1 < len(deltas):
        mistakes += [("check_dc_dw_delta_next", a_k * d) for d in deltas[layer + 1].ravel()]
        mistakes += [("check_dc_dw_no_sigma_prime", a_k * np.dot(net.weights[layer + 1].transpose(), deltas[layer + 1])[j, 0])]
    mistakes += [("check_dc_dw_bp3", delta_j), ("check_dc_dw_no_delta", a_k), ("check_dc_dw_sign", -a_k * delta_j)]
    for key, wrong in mistakes:  # the first product that matches names the wrong factor
        if np.isclose(got, wrong, rtol=1e-2, atol=1e-6):
            raise _Fail(t(key, call=call, **names))
    raise _Fail(t("check_dc_dw_wrong", call=call, got=_show(got), **names), t("check_dc_dw_hint", **names))


# --- exercises that transfer (issue 16): a delta by hand (09), centring a picture, counting parameters (11) ---

# 09's tiny network [1, 1, 1]: input x = 1, target y = 1; hidden weight 2, bias -2; output weight 3, bias -1.5.
# Both weighted inputs are 0, so every sigma is 1/2 and every sigma' is 1/4: the numbers can be done by hand.
HAND_NETWORK = {"x": 1.0, "y": 1.0, "weights": (2.0, 3.0), "biases": (-2.0, -1.5)}


def hand_network() -> Network:
    """09's tiny network [1, 1, 1] with the weights and biases of ``HAND_NETWORK``."""
    net = Network([1, 1, 1])
    net.weights = [np.array([[w]]) for w in HAND_NETWORK["weights"]]
    net.biases = [np.array([[b]]) for b in HAND_NETWORK["biases"]]
    return net


def _given_number(value, name: str) -> float:
    """A number the learner typed (or computed) for ``name``; else fail saying what to give."""
    if value is Ellipsis:
        raise _Fail(t("check_value_ellipsis", name=name))
    values = _floats(value)
    if values is None or values.size != 1 or not np.isfinite(values).all():
        raise _Fail(t("check_hand_not_number", name=name, got=_show(value)))
    return values.item()


def _judge_by_hand(name: str, got: float, right: float, mistakes: dict, hint: str) -> None:
    """Like ``_diagnose``, but never shows the right number: working it out is the exercise."""
    if abs(got - right) <= 1e-9:
        return
    for key, wrong in mistakes.items():
        if abs(got - wrong) <= 1e-9:
            raise _Fail(t(key, name=name))
    raise _Fail(t("check_hand_wrong", name=name, got=_show(got)), t(hint))


@check("check_hand_ok")
def check_delta_by_hand(delta_output, delta_hidden):
    """09: the errors delta of the output and the hidden neuron of ``hand_network``, found by hand. Compared with
    ``Network.backprop`` (its nabla_b is delta, BP3), the output first: a wrong BP1 makes BP2 wrong too."""
    x, y = np.array([[HAND_NETWORK["x"]]]), np.array([[HAND_NETWORK["y"]]])
    nabla_b, _ = hand_network().backprop(x, y)
    right_hidden, right_output = (float(b[0, 0]) for b in nabla_b)
    a, slope, w = 0.5, 0.25, HAND_NETWORK["weights"][1]  # sigma(0), sigma'(0), the output neuron's weight
    mistakes = {"check_hand_bp1_no_slope": a - 1, "check_hand_bp1_sign": (1 - a) * slope,
                "check_hand_sigma_for_slope": (a - 1) * a}
    output = _given_number(delta_output, "delta_output")
    _judge_by_hand("delta_output", output, right_output, mistakes, "check_hand_output_hint")
    mistakes = {"check_hand_bp2_copied": right_output, "check_hand_bp2_no_slope": w * right_output,
                "check_hand_bp2_no_weight": right_output * slope, "check_hand_bp2_sigma": w * right_output * a,
                "check_hand_bp2_own_weight": HAND_NETWORK["weights"][0] * right_output * slope}
    hidden = _given_number(delta_hidden, "delta_hidden")
    _judge_by_hand("delta_hidden", hidden, right_hidden, mistakes, "check_hand_hidden_hint")
    return {"output": _show(right_output), "hidden": _show(right_hidden)}


@check("check_centring_ok")
def check_centring_shift(fn: Callable):
    """11: centring_shift(picture) -> (down, right): the whole numbers of pixels that move the centre of mass of a
    28 x 28 picture nearest to pixel (14, 14), as step 3 of MNIST's preparation. Tried on one inked pixel at (3, 20)
    (a sign or a swap shows) and on a 2 x 2 blob with its centre at (9.4, 17.6) (rounding down shows)."""
    dot, blob = np.zeros((28, 28)), np.zeros((28, 28))
    dot[3, 20] = 1.0
    blob[9:11, 17:19] = np.outer([0.6, 0.4], [0.4, 0.6])  # rows 9.4, columns 17.6: no .5 for rounding to hesitate on
    call = f"{_name(fn)}(picture)"
    for picture, centre in ((dot, np.array([3.0, 20.0])), (blob, np.array([9.4, 17.6]))):
        result = _call(fn, call, picture)
        got = _floats(result)
        if got is None or got.size != 2:
            raise _Fail(t("check_centring_not_pair", call=call, got=_show(result)))
        exact = 14 - centre
        mistakes = {"check_centring_sign": -np.round(exact), "check_centring_swapped": np.round(exact)[::-1],
                    "check_centring_not_whole": exact, "check_centring_rounded_down": np.floor(exact),
                    "check_centring_truncated": np.trunc(exact)}
        _diagnose(call, got.ravel(), np.round(exact), mistakes, t("check_centring_hint"))


@check("check_parameters_ok")
def check_parameter_count(fn: Callable):
    """11: parameter_count(sizes) -> how many weights and biases a network of ``sizes`` has: for each layer after
    the input, (its neurons) x (the neurons before) weights and one bias per neuron."""
    for sizes in ([784, 30, 10], [784, 10], [2, 3, 4, 1]):
        call = f"{_name(fn)}({sizes})"
        got = _call(fn, call, list(sizes))
        if not is_real_number(got):
            raise _Fail(t("check_parameters_not_count", call=call, got=_show(got)))
        weights = sum(n_in * n_out for n_in, n_out in zip(sizes[:-1], sizes[1:]))
        biases = sum(sizes[1:])
        mistakes = {"check_parameters_no_biases": weights, "check_parameters_no_weights": biases,
                    "check_parameters_input_biases": weights + sum(sizes), "check_parameters_product": np.prod(sizes)}
        _diagnose(call, got, weights + biases, mistakes, t("check_parameters_hint"))
    return {"count": 784 * 10 + 10}
