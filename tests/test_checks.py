"""The exercise checks: right answers pass, wrong ones are explained, and a check never stops Run All.

The right answers here are written independently of mnistnet (sigma through tanh, backprop written out
with its own loop, ...): a check whose reference were wrong would refuse them.
"""

import math
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import notebook_json
import numpy as np
import pytest
from make_student import SOLUTION_CODE

import mnistnet
from mnistnet import EpochReport, checks


@pytest.fixture(autouse=True)
def english():
    mnistnet.set_language("en")
    yield
    mnistnet.set_language("en")


# --- right answers, written here -------------------------------------------------------------


def sigma(z):
    return 0.5 * (1 + np.tanh(np.asarray(z, dtype=float) / 2))  # = 1 / (1 + e^-z), and never overflows


def sigma_slope(z):
    return 1 / (4 * np.cosh(np.asarray(z, dtype=float) / 2) ** 2)  # = sigma(z) (1 - sigma(z))


def closest_by_hand(averages, image):
    return min(range(10), key=lambda d: math.dist(averages[d], image))


def column_by_hand(x):
    return np.ravel(x)[:, np.newaxis]


def one_hot_by_hand(j):
    return np.array([[1.0 if d == j else 0.0] for d in range(10)])


def shapes_by_hand(sizes):
    return [(sizes[i + 1], sizes[i]) for i in range(len(sizes) - 1)]


def feedforward_by_hand(weights, biases, a):
    for w, b in zip(weights, biases):
        a = sigma(w @ a + b)
    return a


def cost_by_hand(a, y):
    d = np.ravel(a - y)
    return float(d @ d) / 2


def backprop_by_hand(net, x, y, bp3_factor=1.0):
    """The gradient summed over the columns of x: forward pass, then the layers from the output back."""
    activations = [x]
    for w, b in zip(net.weights, net.biases):
        activations.append(sigma(w @ activations[-1] + b))
    layers = len(net.weights)
    nabla_b, nabla_w = [None] * layers, [None] * layers
    delta = (activations[-1] - y) * activations[-1] * (1 - activations[-1])
    for i in reversed(range(layers)):
        if i < layers - 1:
            delta = (net.weights[i + 1].T @ delta) * activations[i + 1] * (1 - activations[i + 1])
        nabla_b[i] = delta.sum(axis=1, keepdims=True) * (bp3_factor if i == layers - 1 else 1.0)
        nabla_w[i] = delta @ activations[i].T
    return nabla_b, nabla_w


def matrix_backprop_by_hand(weights, biases, X, Y):
    return backprop_by_hand(SimpleNamespace(weights=weights, biases=biases), X, Y)


def numerical_by_hand(net, x, y, layer, j, k, h=1e-5):
    def cost():
        return cost_by_hand(feedforward_by_hand(net.weights, net.biases, x), y)

    old = net.weights[layer][j, k]
    net.weights[layer][j, k] = old + h
    plus = cost()
    net.weights[layer][j, k] = old - h
    minus = cost()
    net.weights[layer][j, k] = old
    return (plus - minus) / (2 * h)


def batches_by_hand(data, size):
    pieces = []
    while len(pieces) * size < len(data):
        pieces.append(data[len(pieces) * size : (len(pieces) + 1) * size])
    return pieces


def update_by_hand(net, mini_batch, eta):
    X = np.hstack([x for x, _ in mini_batch])
    Y = np.hstack([y for _, y in mini_batch])
    nabla_b, nabla_w = backprop_by_hand(net, X, Y)
    net.weights = [w - (eta / len(mini_batch)) * g for w, g in zip(net.weights, nabla_w)]
    net.biases = [b - (eta / len(mini_batch)) * g for b, g in zip(net.biases, nabla_b)]


def evaluate_by_hand(net, data):
    return int(np.sum([np.argmax(feedforward_by_hand(net.weights, net.biases, x)) == label for x, label in data]))


def centre_by_hand(image):
    total = image.sum()
    return (image.sum(axis=1) @ np.arange(image.shape[0]) / total, image.sum(axis=0) @ np.arange(image.shape[1]) / total)


RIGHT = [
    (checks.check_closest_digit, closest_by_hand),
    (checks.check_to_column, column_by_hand),
    (checks.check_vectorized_result, one_hot_by_hand),
    (checks.check_sigmoid, sigma),
    (checks.check_stable_sigmoid, sigma),
    (checks.check_sigmoid_prime, sigma_slope),
    (checks.check_weight_shapes, shapes_by_hand),
    (checks.check_feedforward, feedforward_by_hand),
    (checks.check_quadratic_cost, cost_by_hand),
    (checks.check_gradient_step, lambda v, grad, eta: np.subtract(v, np.multiply(eta, grad))),
    (checks.check_hadamard, np.multiply),
    (checks.check_backprop, backprop_by_hand),
    (checks.check_numerical_gradient, numerical_by_hand),
    (checks.check_mini_batches, batches_by_hand),
    (checks.check_update_mini_batch, update_by_hand),
    (checks.check_evaluate, evaluate_by_hand),
    (checks.check_matrix_feedforward, feedforward_by_hand),
    (checks.check_matrix_backprop, matrix_backprop_by_hand),
    (checks.check_centre_of_mass, centre_by_hand),
    (checks.check_cross_entropy_delta, np.subtract),
    (checks.check_l2_step, lambda w, nabla_w, eta, lmbda, n, m: w * (1 - eta * lmbda / n) - nabla_w * (eta / m)),
]


def names(cases):
    return [case[0].__name__ + str(i) for i, case in enumerate(cases)]


@pytest.mark.parametrize("check, right", RIGHT, ids=names(RIGHT))
def test_a_right_answer_passes(check, right):
    """Catches a check whose reference is wrong (it would refuse an answer worked out independently)."""
    result = check(right)
    assert result.passed and repr(result).startswith("✓ Correct: "), repr(result)


# --- wrong answers: each named by its mistake -------------------------------------------------


def make_backprop(bp1_sigma=True, bp2_transpose=True, bp2_layer_after=True, bp4_layer_before=True, loop=True):
    """Nielsen's backprop with one chosen mistake (all True: correct)."""

    def backprop(net, x, y):
        activation, activations, zs = x, [x], []
        for b, w in zip(net.biases, net.weights):
            zs.append(np.dot(w, activation) + b)
            activation = sigma(zs[-1])
            activations.append(activation)
        nabla_b, nabla_w = [None] * len(zs), [None] * len(zs)
        delta = (activations[-1] - y) * (sigma_slope(zs[-1]) if bp1_sigma else 1)
        nabla_b[-1], nabla_w[-1] = delta, np.dot(delta, activations[-2].T)
        for l in range(2, net.num_layers if loop else 3):
            w = net.weights[-l + 1 if bp2_layer_after else -l]
            delta = np.dot(w.T if bp2_transpose else w, delta) * sigma_slope(zs[-l])
            nabla_b[-l] = delta
            nabla_w[-l] = np.dot(delta, activations[-l - 1 if bp4_layer_before else -l].T)
        return nabla_b, nabla_w

    return backprop


def hard_coded_one_hidden_layer(net, x, y):
    (b1, b2), (w1, w2) = net.biases, net.weights
    a1 = sigma(w1 @ x + b1)
    a2 = sigma(w2 @ a1 + b2)
    delta2 = (a2 - y) * a2 * (1 - a2)
    delta1 = (w2.T @ delta2) * a1 * (1 - a1)
    return [delta1, delta2], [delta1 @ x.T, delta2 @ a1.T]


def one_sided(net, x, y, layer, j, k, h=1e-5):
    def cost():
        return cost_by_hand(feedforward_by_hand(net.weights, net.biases, x), y)

    before = cost()
    net.weights[layer][j, k] += h
    after = cost()
    net.weights[layer][j, k] -= h
    return (after - before) / h


def forgets_to_restore(net, x, y, layer, j, k, h=1e-5):
    value = numerical_by_hand(net, x, y, layer, j, k, h)
    net.weights[layer][j, k] += h
    return value


def update_without_average(net, mini_batch, eta):
    update_by_hand(net, mini_batch, eta * len(mini_batch))


def update_with_local_names(net, mini_batch, eta):
    X, Y = np.hstack([x for x, _ in mini_batch]), np.hstack([y for _, y in mini_batch])
    nabla_b, nabla_w = backprop_by_hand(net, X, Y)
    weights = [w - (eta / len(mini_batch)) * g for w, g in zip(net.weights, nabla_w)]  # noqa: F841
    biases = [b - (eta / len(mini_batch)) * g for b, g in zip(net.biases, nabla_b)]  # noqa: F841


def update_vstack(net, mini_batch, eta):
    X, Y = np.vstack([x for x, _ in mini_batch]), np.vstack([y for _, y in mini_batch])
    backprop_by_hand(net, X, Y)


WRONG = [
    (checks.check_to_column, lambda x: np.reshape(x, (1, 784)), "is a row (1, 784)"),
    (checks.check_to_column, lambda x: x[:, None], "(picture) has shape (28, 1, 28)"),
    (checks.check_vectorized_result, lambda j: np.eye(10)[j], "has shape (10,), expected (10, 1)"),
    (checks.check_sigmoid, lambda z: np.exp(-z), "computes e^(-z) alone"),
    (checks.check_sigmoid, lambda z: 1 / (1 + np.exp(z)), "the minus sign is missing"),
    (checks.check_sigmoid, lambda z: 1 + np.exp(-z), "only the denominator"),
    (checks.check_sigmoid, lambda z: 1 / 1 + np.exp(-z), "brackets are missing"),
    (checks.check_sigmoid, lambda z: 1 / (1 - np.exp(-z)), "a plus in the denominator"),
    (checks.check_sigmoid, lambda z: 1 / (1 + math.exp(-z)), "Use np.exp, not math.exp"),
    (checks.check_sigmoid, lambda z: None, "returned None. Did you forget `return`?"),
    (checks.check_stable_sigmoid, lambda z: 1 / (1 + np.exp(-z)), "warned: overflow encountered in exp"),
    (checks.check_stable_sigmoid, lambda z: sigma(z) if z >= 0 else 1 - sigma(-z), "`if` needs one True or False"),
    (checks.check_sigmoid_prime, sigma, "gives sigma(z) itself"),
    (checks.check_sigmoid_prime, lambda z: z * (1 - z), "not z"),
    (checks.check_weight_shapes, lambda s: [(x, y) for x, y in zip(s[:-1], s[1:])], "rows and columns swapped"),
    (checks.check_weight_shapes, lambda s: 5, "list of (rows, columns) pairs"),
    (checks.check_feedforward, lambda w, b, a: sigma(w[0] @ a + b[0]), "has shape (30, 1), expected (10, 1)"),
    (checks.check_feedforward, lambda w, b, a: w[1] @ sigma(w[0] @ a + b[0]) + b[1], "leaves sigma out in the last"),
    (checks.check_feedforward, lambda w, b, a: sigma(np.dot(sigma(np.dot(a.T, w[0].T)), w[1])), "the weights come first"),
    (checks.check_quadratic_cost, lambda a, y: 0.5 * (a - y) ** 2, "the cost is one number"),
    (checks.check_quadratic_cost, lambda a, y: float(np.sum((a - y) ** 2)), "the 1/2 in front is missing"),
    (checks.check_gradient_step, lambda v, g, eta: v + eta * g, "against the gradient"),
    (checks.check_hadamard, lambda s, t: s.T @ t, "that is the dot product"),
    (checks.check_hadamard, lambda s, t: s @ t.T, "the outer product"),
    (checks.check_backprop, lambda net, x, y: backprop_by_hand(net, x, y)[::-1], "has shape"),
    (checks.check_backprop, lambda n, x, y: 5, "pair (nabla_b, nabla_w)"),
    (checks.check_backprop, make_backprop(bp1_sigma=False), "Check BP1"),
    (checks.check_backprop, make_backprop(bp2_transpose=False), "Did you forget a transpose?"),
    (checks.check_backprop, make_backprop(bp4_layer_before=False), "activation of the layer BEFORE"),
    (checks.check_backprop, make_backprop(loop=False), "one hidden layer only"),
    (checks.check_backprop, hard_coded_one_hidden_layer, "one hidden layer only"),
    (checks.check_backprop, lambda net, x, y: backprop_by_hand(net, x, y, bp3_factor=2.0), "check BP3"),
    (checks.check_numerical_gradient, forgets_to_restore, "put the nudged weight back"),
    (checks.check_numerical_gradient, one_sided, "one-sided"),
    (checks.check_numerical_gradient, lambda net, x, y, layer, j, k: one_sided(net, x, y, layer, j, k), "one-sided"),
    (checks.check_mini_batches, lambda d, s: [d[k : k + s] for k in range(0, len(d) - s, s)], "drops the last"),
    (checks.check_mini_batches, lambda d, s: 5, "list of mini-batches"),
    (checks.check_update_mini_batch, update_without_average, "use their average"),
    (checks.check_update_mini_batch, update_with_local_names, "net.weights did not change"),
    (checks.check_update_mini_batch, update_vstack, "one column per sample"),
    (checks.check_evaluate, lambda net, d: len(d), "counts every pair"),
    (checks.check_evaluate, lambda net, d: "x", "how many answers are right"),
    (checks.check_evaluate, lambda net, d: evaluate_by_hand(net, d) / len(d), "the fraction that is right"),
    (checks.check_matrix_feedforward, lambda w, b, X: sigma(w[1] @ sigma(w[0] @ X)), "leaves out the biases"),
    (checks.check_matrix_backprop, lambda w, b, X, Y: [[g / 10 for g in part] for part in matrix_backprop_by_hand(w, b, X, Y)],
     "return the sum"),
    (checks.check_matrix_backprop, lambda w, b, X, Y: backprop_by_hand(SimpleNamespace(weights=w, biases=b), X[:, :1], Y[:, :1]),
     "nabla_b[1]"),
    (checks.check_closest_digit, lambda a, i: int(np.argmax(np.sum((a - i) ** 2, axis=1))), "farthest"),
    (checks.check_closest_digit, lambda a, i: int(np.argmax(a @ i)), "largest dot product"),
    (checks.check_closest_digit, lambda a, i: np.sum((a - i) ** 2, axis=1), "one digit, 0 to 9"),
    (checks.check_centre_of_mass, lambda im: centre_by_hand(im)[::-1], "rows are the first index"),
    (checks.check_centre_of_mass, lambda im: tuple(np.argwhere(im > 0.3).mean(axis=0)), "Weight each row and column"),
    (checks.check_centre_of_mass, lambda im: tuple(v * im.sum() for v in centre_by_hand(im)), "divide them by the total"),
    (checks.check_centre_of_mass, lambda im: tuple(v * im.sum() / im.size for v in centre_by_hand(im)), "number of pixels"),
    (checks.check_centre_of_mass, lambda im: centre_by_hand(im.reshape(28, 28)), "not a fixed 28 x 28"),
    (checks.check_centre_of_mass, lambda im: centre_by_hand(im)[0], "return two numbers"),
]


@pytest.mark.parametrize("check, wrong, words", WRONG, ids=names(WRONG))
def test_a_wrong_answer_is_explained(check, wrong, words):
    """Catches a wrong answer that passes, a crash instead of a message, or a message that does not name the mistake."""
    result = check(wrong)
    assert not result.passed and repr(result).startswith("✗ Not yet: ") and words in result.message, result.message


@pytest.mark.parametrize("wrong, not_words", [
    (make_backprop(bp1_sigma=False), "BP3"),
    (make_backprop(bp4_layer_before=False), "BP1"),
    (make_backprop(bp2_layer_after=False), "forget a transpose"),  # weights[-l]: the wrong layer, not a transpose
    (lambda net, x, y: backprop_by_hand(net, x, y, bp3_factor=2.0), "BP4"),
    (make_backprop(bp2_transpose=False), "not aligned"),  # numpy's words
])
def test_backprop_names_the_right_equation(wrong, not_words):
    """Catches a wrong BP1 named BP3, a nabla_b-only mistake named BP4 (issue 14: the mutation that survived),
    BP2 with weights[-l] told "forgot a transpose?" (issue 16), and numpy's raw shape message."""
    result = checks.check_backprop(wrong)
    assert not result and not_words not in result.message, result.message


def test_backprop_with_the_wrong_layers_weights_is_named_on_a_square_network():
    """Catches the shape error of BP2 with weights[-l] explained as a missing transpose: where every shape
    fits (all layers 5 wide), the check sees which weights were used and says so."""
    message = checks.check_backprop(make_backprop(bp2_layer_after=False)).message
    assert "raised ValueError" in message and "weights of the layer itself" in message, message


# --- the learner's function cannot stop Run All, nor change the data it is graded on ---------


@pytest.mark.parametrize("stop", [lambda: exit(), lambda: sys.exit(1), lambda: quit()])
def test_exit_is_reported_not_obeyed(stop):
    """Catches SystemExit escaping the check: a learner function calling exit() stopped Run All (issue 14)."""
    result = checks.check_sigmoid(lambda z: stop())
    assert not result and "called exit()" in result.message, result.message


def test_exceptions_become_messages():
    """Catches an exception of the learner's code escaping the check, or shown without its name."""
    result = checks.check_sigmoid(lambda z: undefined_name)  # noqa: F821
    assert not result and "raised NameError: name 'undefined_name' is not defined." in result.message


def test_an_exception_while_comparing_is_a_not_yet():
    """Catches an exception raised while comparing (not inside the learner's code) escaping the check."""

    class Strange(float):
        def __ne__(self, other):
            raise RuntimeError("boom")

    result = checks.check_n_test(Strange(3))
    assert not result and "RuntimeError: boom" in result.message, result.message


def backprop_rescaling_x(net, x, y):
    x /= 2
    return backprop_by_hand(net, x, y)


def matrix_feedforward_rescaling_x(weights, biases, X):
    X *= 0.5
    return feedforward_by_hand(weights, biases, X)


def update_halving_x(net, mini_batch, eta):
    for x, _ in mini_batch:
        x *= 0.5
    update_by_hand(net, mini_batch, eta)


def backprop_that_also_updates(net, x, y):
    nabla_b, nabla_w = backprop_by_hand(net, x, y)
    net.weights = [w - 3.0 * g for w, g in zip(net.weights, nabla_w)]
    return nabla_b, nabla_w


@pytest.mark.parametrize("check, wrong, words", [
    (checks.check_backprop, backprop_rescaling_x, "changed its input x in place"),
    (checks.check_matrix_feedforward, matrix_feedforward_rescaling_x, "changed its input X in place"),
    (checks.check_update_mini_batch, update_halving_x, "changed its input mini_batch in place"),
    (checks.check_backprop, backprop_that_also_updates, "changed the network's weights"),
    (checks.check_hadamard, lambda s, t: np.multiply(s, t, out=s), "changed its input s in place"),
])
def test_a_function_that_changes_its_inputs_is_told_so(check, wrong, words):
    """Catches a function that changes its inputs passing (it was graded on the changed data: the reference
    ran after it), and a backprop that updates net.weights told "Check BP1" (issue 14)."""
    result = check(wrong)
    assert not result and words in result.message, result.message


def test_an_update_that_empties_its_list_passes():
    """Catches a correct update_mini_batch refused because it consumes its list with pop() (issue 14): the
    check's reference ran on the emptied list."""

    def update_popping(net, mini_batch, eta):
        m, nabla_b, nabla_w = len(mini_batch), 0, 0
        while mini_batch:
            x, y = mini_batch.pop()
            db, dw = backprop_by_hand(net, x, y)
            nabla_b = [g + d for g, d in zip(nabla_b or [0] * len(db), db)]
            nabla_w = [g + d for g, d in zip(nabla_w or [0] * len(dw), dw)]
        net.weights = [w - eta / m * g for w, g in zip(net.weights, nabla_w)]
        net.biases = [b - eta / m * g for b, g in zip(net.biases, nabla_b)]

    assert checks.check_update_mini_batch(update_popping)


def test_a_restore_that_is_one_ulp_off_passes():
    """Catches "the weights changed" for a correct restore by += h, -= 2h, += h (issue 16), which leaves
    the weight a rounding error away; the test makes sure at least one restore was really inexact."""
    inexact = []

    def nudging(net, x, y, layer, j, k, h=1e-5):
        def cost():
            return cost_by_hand(feedforward_by_hand(net.weights, net.biases, x), y)

        old = net.weights[layer][j, k]
        net.weights[layer][j, k] += h
        plus = cost()
        net.weights[layer][j, k] -= 2 * h
        minus = cost()
        net.weights[layer][j, k] += h
        inexact.append(net.weights[layer][j, k] != old)
        return (plus - minus) / (2 * h)

    assert checks.check_numerical_gradient(nudging)
    assert any(inexact)


@pytest.mark.parametrize("h", [1e-3, 1e-4, 1e-5])
def test_numerical_gradient_accepts_a_central_difference(h):
    """Catches a tolerance so tight that a correct central difference with a usual h fails."""

    def central(net, x, y, layer, j, k, h=h):  # the learner's own default h, whatever the check passes
        return numerical_by_hand(net, x, y, layer, j, k, h)

    def central_without_h(net, x, y, layer, j, k):
        return numerical_by_hand(net, x, y, layer, j, k, 1e-5)

    assert checks.check_numerical_gradient(central)
    assert checks.check_numerical_gradient(central_without_h)


def test_centre_divided_by_the_number_of_pixels_is_not_told_about_rows_and_columns():
    """Catches the row/column swap hint given to a centre of mass divided by image.size (issue 16)."""
    result = checks.check_centre_of_mass(lambda im: tuple(v * im.sum() / im.size for v in centre_by_hand(im)))
    assert not result and "number of pixels" in result.message and "first index" not in result.message


@pytest.mark.parametrize("check, wrong, raw", [
    (checks.check_feedforward, lambda w, b, a: sigma(np.dot(a, w[0]) + b[0]), "not aligned"),
    (checks.check_update_mini_batch, update_vstack, "matmul"),
    (checks.check_stable_sigmoid, lambda z: sigma(z) if z >= 0 else 1 - sigma(-z), "truth value"),
    (checks.check_sigmoid, lambda z: 1 / (1 + math.exp(-z)), "0-dimensional"),
])
def test_numpy_errors_become_sentences(check, wrong, raw):
    """Catches numpy's raw words ("not aligned", "truth value of an array") shown for np.dot(a, w),
    np.vstack in 09 and `if z >= 0` on an array (issue 16)."""
    result = check(wrong)
    assert not result and "raised" in result.message and raw not in result.message, result.message


def test_to_column_tries_a_picture():
    """Catches x[:, None] passing (it works on a flat image only; 11's next cell gives a 28 x 28 picture)."""
    result = checks.check_to_column(lambda x: x[:, None])
    assert not result and "(28, 1, 28)" in result.message and "(784, 1)" in result.message, result.message


# --- skeletons, values, the explorer ------------------------------------------------------------


def skeleton(*args, **kwargs):
    return ...


FUNCTION_CHECKS = [check for check, _ in RIGHT]


@pytest.mark.parametrize("check", FUNCTION_CHECKS, ids=lambda c: c.__name__)
def test_the_skeleton_placeholder_is_answered(check):
    """Catches a skeleton's `return ...` reported as a crash (int(Ellipsis)) or hidden (update_mini_batch
    returns nothing, so a check that accepts None would compare unchanged weights instead)."""
    result = check(skeleton)
    assert not result and result.message.endswith("returned ... : replace the ... with your code."), result.message


@pytest.mark.parametrize("check", FUNCTION_CHECKS, ids=lambda c: c.__name__)
def test_a_non_function_is_answered(check):
    """Catches AttributeError: 'ellipsis' object has no attribute '__name__' for check(...) (a value, not a
    function), and a functools.partial (no __name__ either) refused."""
    result = check(...)
    assert not result and "its name, without brackets" in result.message, result.message


def test_a_partial_is_a_function():
    """Catches a check that needs fn.__name__: a functools.partial has none."""
    import functools

    assert checks.check_l2_step(functools.partial(lambda w, nabla_w, eta, lmbda, n, m: w * 0.95 - nabla_w * 0.05))


def test_value_checks():
    """Catches a wrong sizes or n_test passing, and `sizes = ...` reported as "sizes is Ellipsis"."""
    assert checks.check_sizes([784, 30, 10]) and not checks.check_sizes([784, 10])
    assert checks.check_n_test(10000) and "one per test image" in checks.check_n_test(60000).message
    assert "replace the ... with your answer" in checks.check_sizes(...).message
    assert "replace the ... with your answer" in checks.check_n_test(...).message


class Run:
    def __init__(self, best, **settings):
        self.best = best
        self.settings = dict(eta=1.0, epochs=5, hidden=30, batch_size=10, train_size=10000, seed=0) | settings


def test_explorer_checks():
    """Catches a run that changes more than eta, or is worse, passing; and hints in the wrong direction."""
    base = Run(0.90)
    assert checks.check_better_eta(Run(0.93, eta=3.0), base)
    assert "same eta" in checks.check_better_eta(Run(0.95), base).message
    assert "Change only eta" in checks.check_better_eta(Run(0.95, eta=3.0, hidden=100), base).message
    too_large = checks.check_better_eta(Run(0.10, eta=30.0), base).message
    assert "not better" in too_large and "try smaller steps" in too_large and "larger steps" not in too_large
    assert "try larger steps" in checks.check_better_eta(Run(0.50, eta=0.1), base).message
    assert "Run the experiment first" in checks.check_better_eta(..., base).message
    assert checks.check_small_hidden(Run(0.87, hidden=8))
    assert "more than 10" in checks.check_small_hidden(Run(0.95, hidden=30)).message
    assert "can you reach 85%" in checks.check_small_hidden(Run(0.60, hidden=2)).message


def ui_run(number, test, validation, **settings):
    from mnistnet.widgets import DEFAULTS
    from mnistnet.widgets import Run as UiRun

    history = [EpochReport(e, 1.0, int(1000 * t), 1000, int(1000 * v), 1000) for e, (t, v) in
               enumerate(zip(test, validation))]
    return UiRun(number, DEFAULTS | settings, history)


def test_explorer_runs_are_judged_on_validation_accuracy():
    """Catches choosing eta or the hidden layer by test accuracy: better on test, worse on validation."""
    baseline = ui_run(1, test=[0.90], validation=[0.92])
    result = checks.check_better_eta(ui_run(2, test=[0.95], validation=[0.91], eta=3.0), baseline)
    assert not result and "91.0% on the validation set" in result.message and "92.0%" in result.message
    assert checks.check_better_eta(ui_run(3, test=[0.80], validation=[0.93], eta=3.0), baseline)
    result = checks.check_small_hidden(ui_run(1, test=[0.86], validation=[0.84], hidden=8))
    assert not result and "84.0% on the validation set" in result.message
    assert checks.check_small_hidden(ui_run(2, test=[0.84], validation=[0.86], hidden=8))


def test_use_if_correct_names_where_the_reference_comes_from(capsys):
    """Catches "mnistnet's evaluate" printed for a reference defined in the notebook itself."""

    def evaluate(net, data):
        return 0

    failed = checks.CheckResult(False, "no")
    assert checks.use_if_correct(checks.CheckResult(True, "yes"), evaluate_by_hand, evaluate) is evaluate_by_hand
    assert checks.use_if_correct(failed, evaluate_by_hand, evaluate) is evaluate
    assert checks.use_if_correct(failed, evaluate_by_hand, mnistnet.sigmoid) is mnistnet.sigmoid
    first, second = capsys.readouterr().out.splitlines()
    assert "mnistnet's" not in first and "use test_use_if_correct_names_where_the_reference_comes_from" in first
    assert "mnistnet's sigmoid" in second
    evaluate.__module__ = None  # a function exec'd without a module name (as tests/test_notebooks.py does)
    assert checks.use_if_correct(failed, evaluate_by_hand, evaluate) is evaluate
    assert "mnistnet's" not in capsys.readouterr().out


def test_finish_first_names_the_heading_of_the_notebooks_language(capsys):
    """Catches "finish Try it 3" printed in the Chinese edition, whose heading is 动手试试 3 (issue 15)."""
    checks.finish_first(numerical_by_hand, 3)
    mnistnet.set_language("zh")
    checks.finish_first(numerical_by_hand, 3)
    english, chinese = capsys.readouterr().out.splitlines()
    assert english == "numerical_by_hand does not pass its check yet: finish Try it 3, then run this cell again."
    assert "动手试试 3" in chinese and "Try it" not in chinese


def test_checks_speak_chinese():
    """Catches a check text that bypasses the catalogues: after set_language("zh") the whole answer is Chinese."""
    mnistnet.set_language("zh")
    result = checks.check_sigmoid(lambda z: 1 / (1 + np.exp(z)))
    assert repr(result).startswith("✗ 还没对：") and "少了负号" in result.message, repr(result)
    assert repr(checks.check_sigmoid(sigma)).startswith("✓ 正确：")
    assert "请把 ... 换成你的代码" in checks.check_backprop(skeleton).message
    assert "出错了" in checks.check_sigmoid(lambda z: 1 / (1 + math.exp(-z))).message


# --- hints teach: no solution code, clean sentences -----------------------------------------------


NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks" / "en"


def solution_lines() -> dict[str, set[str]]:
    """{check name: the code of the notebooks' solutions to it}, from the collapsed Markdown solution cells.

    Each line counts, and for `return X` or `name = X` also X; written without spaces. Bare names and
    numbers (`return a`, `A = X`) and scraps such as `[]` are not code a hint could give away.
    """
    found: dict[str, set[str]] = {}
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        for cell in notebook_json.cells(path):
            if "solution" not in notebook_json.tags(cell):
                continue
            code = SOLUTION_CODE.search(notebook_json.source(cell)).group(1)
            lines = [line.split("  #")[0].strip() for line in code.splitlines()]
            check = next(line.split("(")[0] for line in lines if line.startswith("check_"))
            for line in lines:
                if not line or line.startswith(("def ", "check_", "#")):
                    continue
                assigned = re.match(r"[\w.\[\], +-]+?=(?!=)(.+)", line)  # `name = X`: X
                for text in (line, re.sub(r"^return ", "", line), assigned.group(1) if assigned else ""):
                    text = re.sub(r"\s+", "", text).rstrip(":")
                    if (len(text) > 3 or re.search(r"[-+*/@]", text)) and not re.fullmatch(r"[\w.]+", text):
                        found.setdefault(check, set()).add(text)
    return found


def zeros_backprop(net, x, y):
    return [np.zeros(b.shape) for b in net.biases], [np.zeros(w.shape) for w in net.weights]


DUMMIES = {  # what a learner who has not worked it out yet might write
    "check_sizes": [[1, 2, 3], 0], "check_n_test": [0, 60000],
    "check_better_eta": [None], "check_small_hidden": [None],
    "check_update_mini_batch": [lambda net, batch, eta: None],
    "check_backprop": [zeros_backprop, lambda net, x, y: ([], [])],
    "check_matrix_backprop": [lambda w, b, X, Y: zeros_backprop(SimpleNamespace(weights=w, biases=b), X, Y)],
}
FIRST_ARGUMENT = [lambda *args, **kwargs: 0, lambda *args, **kwargs: [], lambda *args, **kwargs: args[0],
                  lambda *args, **kwargs: np.zeros_like(args[0], dtype=float)]


def dummy_messages(check) -> list[str]:
    if check.__name__ == "check_better_eta":
        return [check(None, Run(0.9)).message]
    return [check(dummy).message for dummy in DUMMIES.get(check.__name__, FIRST_ARGUMENT)]


@pytest.mark.parametrize("name", sorted(solution_lines()))
def test_a_dummy_answer_is_not_given_the_solution(name):
    """Catches a hint that prints the solution's code: `return 0` in the cost exercise printed
    `0.5 * np.sum((a - y) ** 2)`, `return []` the mini-batch list comprehension (issue 16)."""
    check = getattr(checks, name)
    for language in ("en", "zh"):
        mnistnet.set_language(language)
        for message in dummy_messages(check):
            compact = re.sub(r"\s+", "", message)
            leaked = [line for line in solution_lines()[name] if line in compact]
            assert not leaked, f"{name} in {language}: {message!r} gives away {leaked}"


def all_messages() -> list[str]:
    """Every message the tables of this file make the checks say, right and wrong."""
    messages = [check(answer).message for check, answer in RIGHT]
    messages += [check(answer).message for check, answer, _ in WRONG]
    messages += [message for check in FUNCTION_CHECKS + [checks.check_sizes, checks.check_n_test] for message in
                 dummy_messages(check) + [check(skeleton).message, check(...).message]]
    base = Run(0.90)
    runs = [(Run(0.93, eta=3.0), base), (Run(0.95), base), (Run(0.95, eta=3.0, hidden=100), base), (Run(0.1, eta=30.0), base)]
    return messages + [checks.check_better_eta(run, b).message for run, b in runs] + [
        checks.check_small_hidden(Run(best, hidden=hidden)).message for best, hidden in ((0.87, 8), (0.9, 30), (0.6, 2))]


CODE_WORDS = {"sizes", "eta", "sigma"}  # a message may start with one of the learner's names


@pytest.mark.parametrize("language", ["en", "zh"])
def test_messages_are_clean_sentences(language):
    """Catches a double full stop, a message starting in lower case, or numpy reprs such as np.float64(20.0) (issue 16)."""
    mnistnet.set_language(language)
    for message in all_messages():
        assert not re.search(r"(?<!\.)\.\.(?!\.)|。[.。]|\.。", message), message
        assert not re.search(r"np\.(float|int)\d+\(|array\(", message), message
        first = message.split(" ")[0].split("：")[0]
        assert not (first.isascii() and first.isalpha() and first[0].islower() and first not in CODE_WORDS), message


# --- the exercises that transfer (issue 16): a delta by hand (09), centring, counting parameters (11) ---------


def deltas_by_hand():
    """09's network worked out with fractions: z = 2 * 1 - 2 = 0 (hidden), a = 1/2; z = 3 * 1/2 - 3/2 = 0 (output)."""
    from fractions import Fraction

    a, slope = Fraction(1, 2), Fraction(1, 4)  # sigma(0), sigma'(0)
    output = (a - 1) * slope  # BP1 with y = 1
    hidden = 3 * output * slope  # BP2: the output neuron's weight 3, sigma' of the hidden neuron
    return float(output), float(hidden)


def centring_by_hand(picture):
    rows, cols = np.nonzero(picture)
    weights = picture[rows, cols]
    r, c = (rows @ weights) / weights.sum(), (cols @ weights) / weights.sum()
    return int(math.floor(14 - r + 0.5)), int(math.floor(14 - c + 0.5))


def parameters_by_hand(sizes):
    total = 0
    for before, after in zip(sizes, sizes[1:]):
        total += after * (before + 1)  # a row of weights and one bias per neuron
    return total


def test_the_hand_network_is_the_one_worked_out():
    """Catches a check whose network is not the notebook's (then the by-hand answer would be refused): its
    backprop gives the fractions above."""
    output, hidden = deltas_by_hand()
    assert (output, hidden) == (-0.125, -0.09375)
    assert checks.check_delta_by_hand(output, hidden)
    assert checks.check_delta_by_hand(np.array([[output]]), (3 * output) / 4)  # an array of one number, a calculation


@pytest.mark.parametrize("output, hidden, words", [
    (-0.5, 0.0, "a − y alone"),
    (0.125, 0.0, "sign of delta_output is flipped"),
    (-0.25, 0.0, "by σ(z), the activation"),
    (0.3, 0.0, "Revisit BP1"),
    (-0.125, -0.125, "equals the output error"),
    (-0.125, -0.375, "leaves out σ'(z) of the hidden neuron"),
    (-0.125, -0.03125, "leaves out the weight"),
    (-0.125, -0.1875, "multiplies by σ(z) of the hidden neuron"),
    (-0.125, -0.0625, "own weight"),
    (-0.125, 0.2, "Revisit BP2"),
    (..., 0.0, "replace the ... with your answer"),
    (-0.125, ..., "delta_hidden is still ..."),
    ("a", 0.0, "give one number"),
    (-0.125, [1.0, 2.0], "give one number"),
])
def test_a_wrong_delta_by_hand_is_explained_without_the_answer(output, hidden, words):
    """Catches a mistake in BP1 or BP2 passing or named wrongly, and a message that gives the right number away
    (the exercise is to work it out)."""
    result = checks.check_delta_by_hand(output, hidden)
    assert not result and words in result.message, result.message
    assert "0.125" not in result.message.replace(f"{output}", "") and "0.09375" not in result.message, result.message


@pytest.mark.parametrize("wrong, words", [
    (lambda p: tuple(-v for v in centring_by_hand(p)), "the wrong way"),
    (lambda p: centring_by_hand(p)[::-1], "columns first"),
    (lambda p: tuple(14 - np.array(centre_by_hand(p))), "fractions of a pixel"),
    (lambda p: tuple(np.floor(14 - np.array(centre_by_hand(p)))), "rounds down"),
    (lambda p: tuple(int(v) for v in 14 - np.array(centre_by_hand(p))), "as int() does"),
    (lambda p: 3, "two whole numbers"),
    (lambda p: (0, 0), "Find the picture's centre of mass"),
])
def test_a_wrong_centring_shift_is_explained(wrong, words):
    """Catches a shift with the wrong sign, rows and columns swapped, or not rounded to the nearest pixel passing."""
    result = checks.check_centring_shift(wrong)
    assert not result and words in result.message, result.message


def test_a_right_centring_shift_passes_as_numbers_or_rounded_floats():
    """Catches a check that refuses np.round's floats (5.0 is a whole number of pixels) or the right ints."""
    assert checks.check_centring_shift(centring_by_hand)
    assert checks.check_centring_shift(lambda p: np.round(14 - np.array(centre_by_hand(p))))


@pytest.mark.parametrize("wrong, words", [
    (lambda s: sum(a * b for a, b in zip(s, s[1:])), "weights only"),
    (lambda s: sum(s[1:]), "biases only"),
    (lambda s: parameters_by_hand(s) + s[0], "input layer biases"),
    (lambda s: int(np.prod(s)), "multiplies all the layer sizes"),
    (lambda s: "many", "one number"),
    (lambda s: 0, "Revisit the shapes of notebook 03"),
])
def test_a_wrong_parameter_count_is_explained(wrong, words):
    """Catches a count without biases, with input biases, or of the wrong thing passing or named wrongly."""
    result = checks.check_parameter_count(wrong)
    assert not result and words in result.message, result.message


def test_a_right_parameter_count_passes():
    """Catches a wrong reference: 784 * 30 + 30 * 10 weights and 40 biases are 23,860 (notebook 05 says so)."""
    assert parameters_by_hand([784, 30, 10]) == 23860
    result = checks.check_parameter_count(parameters_by_hand)
    assert result and "7,850" in result.message, result.message


NEW_CHECKS = [checks.check_centring_shift, checks.check_parameter_count]


@pytest.mark.parametrize("check", NEW_CHECKS, ids=lambda c: c.__name__)
def test_the_new_checks_answer_skeletons_and_values(check):
    """Catches a skeleton's `return ...` or a value instead of a function reported as a crash."""
    assert check(skeleton).message.endswith("returned ... : replace the ... with your code.")
    assert "its name, without brackets" in check(...).message


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_new_checks_speak_clean_sentences_without_the_solution(language):
    """Catches a new check's message with a double full stop, a numpy repr, or a line of its solution's code."""
    mnistnet.set_language(language)
    messages = [checks.check_delta_by_hand(o, h).message for o, h in [(0, 0), (-0.5, 0), (-0.125, 0), deltas_by_hand()]]
    for check in NEW_CHECKS:
        messages += [check(dummy).message for dummy in FIRST_ARGUMENT]
    messages += [checks.check_centring_shift(centring_by_hand).message, checks.check_parameter_count(parameters_by_hand).message]
    code = [line for name in ("check_delta_by_hand", "check_centring_shift", "check_parameter_count")
            for line in solution_lines().get(name, ())]
    assert code, "the notebooks' solutions to the new checks were not found"
    for message in messages:
        assert not re.search(r"(?<!\.)\.\.(?!\.)|。[.。]|\.。", message), message
        assert not re.search(r"np\.(float|int)\d+\(|array\(", message), message
        compact = re.sub(r"\s+", "", message)
        assert not [line for line in code if line in compact], message
