import math

import numpy as np
import pytest

import mnistnet
from mnistnet import EpochReport, Network, checks, sigmoid, sigmoid_prime, vectorized_result


def network_of(weights, biases) -> Network:
    """A network with these weights and biases (for the references of the matrix checks)."""
    net = Network([w.shape[1] for w in weights] + [weights[-1].shape[0]])
    net.weights, net.biases = weights, biases
    return net


def naive_sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def loop_numerical(net, x, y, layer, j, k, h=1e-5):
    def cost():
        return 0.5 * float(np.sum((net.feedforward(x) - y) ** 2))

    old = net.weights[layer][j, k]
    net.weights[layer][j, k] = old + h
    plus = cost()
    net.weights[layer][j, k] = old - h
    minus = cost()
    net.weights[layer][j, k] = old
    return (plus - minus) / (2 * h)


def forgets_to_restore(net, x, y, layer, j, k, h=1e-5):
    value = loop_numerical(net, x, y, layer, j, k, h)
    net.weights[layer][j, k] += h
    return value


def mine_update(net, batch, eta):
    net.update_mini_batch(batch, eta)


def no_average_update(net, batch, eta):
    net.update_mini_batch(batch, eta * len(batch))


def evaluate_ok(net, data):
    return sum(int(np.argmax(net.feedforward(x)) == y) for x, y in data)


def weight_shapes_ok(sizes):
    return [(y, x) for x, y in zip(sizes[:-1], sizes[1:])]


def feedforward_ok(weights, biases, a):
    for w, b in zip(weights, biases):
        a = sigmoid(np.dot(w, a) + b)
    return a


CASES = [
    (checks.check_to_column, lambda x: x.reshape(784, 1), lambda x: x.reshape(1, 784), "is a row (1, 784)"),
    (checks.check_vectorized_result, vectorized_result, lambda j: np.eye(10)[j], "has shape (10,), expected (10, 1)"),
    (checks.check_sigmoid, naive_sigmoid, lambda z: np.exp(-z), "computes e^(-z) alone"),
    (checks.check_sigmoid, naive_sigmoid, lambda z: None, "returned None. Did you forget `return`?"),
    (checks.check_stable_sigmoid, sigmoid, naive_sigmoid, "warned: overflow encountered in exp"),
    (checks.check_sigmoid_prime, lambda z: sigmoid(z) * (1 - sigmoid(z)), sigmoid, "gives sigma(z) itself"),
    (checks.check_weight_shapes, weight_shapes_ok, lambda s: [(x, y) for x, y in zip(s[:-1], s[1:])],
     "expected [(30, 784), (10, 30)]"),
    (checks.check_feedforward, feedforward_ok, lambda w, b, a: sigmoid(np.dot(w[0], a) + b[0]),
     "has shape (30, 1), expected (10, 1)"),
    (checks.check_quadratic_cost, lambda a, y: 0.5 * np.sum((a - y) ** 2), lambda a, y: 0.5 * (a - y) ** 2,
     "the cost is one number"),
    (checks.check_gradient_step, lambda v, g, eta: v - eta * g, lambda v, g, eta: v + eta * g, "against the gradient"),
    (checks.check_hadamard, lambda s, t: s * t, lambda s, t: s.T @ t, "that is the dot product"),
    (checks.check_backprop, lambda net, x, y: net.backprop(x, y), lambda net, x, y: net.backprop(x, y)[::-1], "shape"),
    (checks.check_numerical_gradient, loop_numerical, forgets_to_restore, "put the nudged weight back"),
    (checks.check_mini_batches, lambda d, s: [d[k : k + s] for k in range(0, len(d), s)],
     lambda d, s: [d[k : k + s] for k in range(0, len(d) - s, s)], "expected [[0, 1"),
    (checks.check_update_mini_batch, mine_update, no_average_update, "(eta / len(mini_batch))"),
    (checks.check_evaluate, evaluate_ok, lambda net, d: len(d), "counts 50, expected"),
    (checks.check_matrix_feedforward, lambda w, b, x: sigmoid(w[1] @ sigmoid(w[0] @ x + b[0]) + b[1]),
     lambda w, b, x: w[1] @ sigmoid(w[0] @ x + b[0]), "bias column"),
    (checks.check_matrix_backprop, lambda w, b, x, y: network_of(w, b).backprop(x, y),
     lambda w, b, x, y: [[n / 10 for n in part] for part in network_of(w, b).backprop(x, y)], "nabla_b[1]"),
]


@pytest.mark.parametrize("check, good, bad, hint", CASES, ids=[c[0].__name__ + str(i) for i, c in enumerate(CASES)])
def test_check_accepts_right_and_explains_wrong(check, good, bad, hint):
    right = check(good)
    assert right.passed and repr(right).startswith("✓ Correct: ")
    wrong = check(bad)
    assert not wrong.passed and repr(wrong).startswith("✗ Not yet: ")
    assert hint in wrong.message, wrong.message


def test_exceptions_become_messages():
    result = checks.check_sigmoid(lambda z: undefined_name)  # noqa: F821
    assert not result and "raised NameError" in result.message


def test_simple_value_checks():
    assert checks.check_sizes([784, 30, 10]) and not checks.check_sizes([784, 10])
    assert checks.check_n_test(10000) and "len(test_labels)" in checks.check_n_test(60000).message


class Run:
    def __init__(self, best, **settings):
        self.best = best
        self.settings = dict(eta=1.0, epochs=5, hidden=30, batch_size=10, train_size=10000, seed=0) | settings


def test_explorer_checks():
    base = Run(0.90)
    assert checks.check_better_eta(Run(0.93, eta=3.0), base)
    assert "same eta" in checks.check_better_eta(Run(0.95), base).message
    assert "change only eta" in checks.check_better_eta(Run(0.95, eta=3.0, hidden=100), base).message
    assert "not better" in checks.check_better_eta(Run(0.10, eta=100.0), base).message
    assert checks.check_small_hidden(Run(0.87, hidden=8))
    assert "more than 10" in checks.check_small_hidden(Run(0.95, hidden=30)).message
    assert "can you reach 85%" in checks.check_small_hidden(Run(0.60, hidden=2)).message


# --- a check never raises, and answers a skeleton's `return ...` --------------------------------


@pytest.mark.parametrize("check, wrong, hint", [
    (checks.check_weight_shapes, lambda s: 5, "list of (rows, columns) pairs"),
    (checks.check_mini_batches, lambda d, s: 5, "list of mini-batches"),
    (checks.check_evaluate, lambda n, d: "x", "how many answers are right"),
    (checks.check_evaluate, lambda n, d: evaluate_ok(n, d) / len(d), "the fraction that is right"),
    (checks.check_backprop, lambda n, x, y: 5, "pair (nabla_b, nabla_w)"),
    (checks.check_matrix_backprop, lambda w, b, x, y: 5, "pair (nabla_b, nabla_w)"),
    (checks.check_quadratic_cost, lambda a, y: "x", "not a number"),
    (checks.check_sigmoid, lambda z: "x", "not a number"),
    (checks.check_feedforward, lambda w, b, a: [[1, 2], [3]], "not a number"),
])
def test_a_wrong_kind_of_answer_is_explained_not_raised(check, wrong, hint):
    """Catches a check that crashes the cell (TypeError in int()/tuple()/float()) on a learner's odd return value."""
    result = check(wrong)
    assert not result and hint in result.message, result.message


def _ellipsis(*args):
    return ...


@pytest.mark.parametrize("check", [
    checks.check_closest_digit, checks.check_to_column, checks.check_vectorized_result, checks.check_sigmoid,
    checks.check_stable_sigmoid, checks.check_sigmoid_prime, checks.check_weight_shapes, checks.check_feedforward,
    checks.check_quadratic_cost, checks.check_gradient_step, checks.check_hadamard, checks.check_backprop,
    checks.check_numerical_gradient, checks.check_mini_batches, checks.check_update_mini_batch,
    checks.check_evaluate, checks.check_matrix_feedforward, checks.check_matrix_backprop, checks.check_centre_of_mass,
], ids=lambda c: c.__name__)
def test_the_skeleton_placeholder_is_answered(check):
    """Catches a skeleton's `return ...` reported as a crash (int(Ellipsis)) or hidden (update_mini_batch
    returns nothing, so a check that accepts None would compare unchanged weights instead)."""
    result = check(_ellipsis)
    assert not result and result.message.endswith("returned ... : replace the ... with your code."), result.message


def test_value_placeholders_are_answered():
    """Catches `sizes = ...` reported as "sizes is Ellipsis" (a word a beginner has never seen)."""
    assert "replace the ... with your answer" in checks.check_sizes(...).message
    assert "replace the ... with your answer" in checks.check_n_test(...).message


def test_an_exception_after_the_learners_function_is_a_not_yet(monkeypatch):
    """Catches an exception raised while comparing (not inside the learner's code) escaping the check."""
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(checks, "_same", broken)
    result = checks.check_to_column(lambda x: x.reshape(784, 1))
    assert not result and "RuntimeError: boom" in result.message


# --- sigmoid: the hint matches the mistake ------------------------------------------------------


@pytest.mark.parametrize("wrong, hint", [
    (lambda z: 1 / (1 + np.exp(z)), "the minus sign is missing"),
    (lambda z: 1 + np.exp(-z), "only the denominator"),
    (lambda z: 1 / (1 - np.exp(-z)), "a plus in the denominator"),
    (lambda z: 1 / 1 + np.exp(-z), "brackets are missing"),
    (lambda z: 1 / (1 + math.exp(-z)), "Use np.exp, not math.exp"),
])
def test_sigmoid_names_the_mistake(wrong, hint):
    """Catches the old hint 'Use np.exp so arrays work too' given for a missing minus sign."""
    result = checks.check_sigmoid(wrong)
    assert not result and hint in result.message, result.message
    if "math" not in hint:
        assert "math.exp" not in result.message


def test_checks_speak_chinese():
    """Catches a check text that bypasses t(): after set_language("zh") the whole answer is Chinese."""
    try:
        mnistnet.set_language("zh")
        result = checks.check_sigmoid(lambda z: 1 / (1 + np.exp(z)))
        assert repr(result).startswith("✗ 还没对：") and "少了负号" in result.message, repr(result)
        assert repr(checks.check_sigmoid(naive_sigmoid)).startswith("✓ 正确：")
        assert "请把 ... 换成你的代码" in checks.check_backprop(_ellipsis).message
    finally:
        mnistnet.set_language("en")


# --- backprop: named from the output layer backwards --------------------------------------------


def make_backprop(bp1=True, bp2_transpose=True, bp4_layer=True, loop=True):
    """A backprop with one chosen mistake (all True: correct, Nielsen's network.py)."""

    def backprop(net, x, y):
        nabla_b = [np.zeros(b.shape) for b in net.biases]
        nabla_w = [np.zeros(w.shape) for w in net.weights]
        activation, activations, zs = x, [x], []
        for b, w in zip(net.biases, net.weights):
            z = np.dot(w, activation) + b
            zs.append(z)
            activation = sigmoid(z)
            activations.append(activation)
        delta = (activations[-1] - y) * (sigmoid_prime(zs[-1]) if bp1 else 1)  # BP1 (or forgotten sigma')
        nabla_b[-1] = delta
        nabla_w[-1] = np.dot(delta, activations[-2].T)
        for l in range(2, net.num_layers if loop else 3):
            w_next = net.weights[-l + 1]
            delta = np.dot(w_next.T if bp2_transpose else w_next, delta) * sigmoid_prime(zs[-l])
            nabla_b[-l] = delta
            nabla_w[-l] = np.dot(delta, activations[-l - 1 if bp4_layer else -l].T)
        return nabla_b, nabla_w

    return backprop


def hard_coded_one_hidden_layer(net, x, y):
    (b1, b2), (w1, w2) = net.biases, net.weights
    z1 = w1 @ x + b1
    a1 = sigmoid(z1)
    z2 = w2 @ a1 + b2
    delta2 = (sigmoid(z2) - y) * sigmoid_prime(z2)
    delta1 = (w2.T @ delta2) * sigmoid_prime(z1)
    return [delta1, delta2], [delta1 @ x.T, delta2 @ a1.T]


@pytest.mark.parametrize("wrong, hint, not_hint", [
    (make_backprop(bp1=False), "Check BP1", "BP3"),
    (make_backprop(bp2_transpose=False), "Did you forget a transpose?", "raised ValueError: shapes"),
    (make_backprop(bp4_layer=False), "BP4", "BP1"),
    (make_backprop(loop=False), "one hidden layer only", "BP1"),
    (hard_coded_one_hidden_layer, "one hidden layer only", "BP1"),
])
def test_backprop_names_the_wrong_equation(wrong, hint, not_hint):
    """Catches a wrong BP1 reported as "BP3" (the hidden layer was compared first), numpy's raw shape message
    instead of a transpose hint, and a function written for [784, 30, 10] only, not told so."""
    assert checks.check_backprop(make_backprop())
    result = checks.check_backprop(wrong)
    assert not result and hint in result.message and not_hint not in result.message, result.message


# --- the numerical gradient: central, not one-sided ---------------------------------------------


def one_sided(net, x, y, layer, j, k, h=1e-5):
    def cost():
        return 0.5 * float(np.sum((net.feedforward(x) - y) ** 2))

    old = net.weights[layer][j, k]
    before = cost()
    net.weights[layer][j, k] = old + h
    after = cost()
    net.weights[layer][j, k] = old
    return (after - before) / h


def central_fixed_h(net, x, y, layer, j, k):
    return loop_numerical(net, x, y, layer, j, k, h=1e-5)


def one_sided_fixed_h(net, x, y, layer, j, k):
    return one_sided(net, x, y, layer, j, k, h=1e-5)


@pytest.mark.parametrize("h", [1e-3, 1e-4, 1e-5])
def test_numerical_gradient_accepts_a_central_difference(h):
    """Catches a tolerance so tight that a correct central difference with a usual h fails."""
    def central(net, x, y, layer, j, k, h=h):  # the learner's own default h, whatever the check passes
        return loop_numerical(net, x, y, layer, j, k, h)

    def central_ignoring_h(net, x, y, layer, j, k, h=None):
        return loop_numerical(net, x, y, layer, j, k, 1e-5 if h is None else 1e-5)

    assert checks.check_numerical_gradient(central)
    assert checks.check_numerical_gradient(central_ignoring_h)
    assert checks.check_numerical_gradient(central_fixed_h)


@pytest.mark.parametrize("wrong", [one_sided, one_sided_fixed_h])
def test_numerical_gradient_rejects_a_one_sided_difference(wrong):
    """Catches the old tolerance (1e-7) that accepted (C(w + h) - C(w)) / h with h = 1e-5."""
    result = checks.check_numerical_gradient(wrong)
    assert not result and "one-sided" in result.message and "central difference" in result.message, result.message


# --- the explorer's checks: validation accuracy, hints in the right direction --------------------


def ui_run(number, test, validation, **settings):
    from mnistnet.ui import DEFAULTS
    from mnistnet.ui import Run as UiRun

    history = [EpochReport(e, 1.0, int(1000 * t), 1000, int(1000 * v), 1000) for e, (t, v) in
               enumerate(zip(test, validation))]
    return UiRun(number, DEFAULTS | settings, history)


def test_better_eta_is_judged_on_validation_accuracy():
    """Catches choosing eta by test accuracy: here the new eta is better on test but worse on validation."""
    baseline = ui_run(1, test=[0.90], validation=[0.92])
    mine = ui_run(2, test=[0.95], validation=[0.91], eta=3.0)
    result = checks.check_better_eta(mine, baseline)
    assert not result and "91.0% on the validation set" in result.message and "92.0%" in result.message
    assert checks.check_better_eta(ui_run(3, test=[0.80], validation=[0.93], eta=3.0), baseline)


def test_better_eta_hint_points_the_right_way():
    """Catches "try larger steps" after an eta that was too large (30 instead of the baseline's 1)."""
    base = Run(0.90)
    too_large = checks.check_better_eta(Run(0.10, eta=30.0), base).message
    assert "try smaller steps" in too_large and "larger steps" not in too_large
    assert "try larger steps" in checks.check_better_eta(Run(0.50, eta=0.1), base).message


def test_small_hidden_is_judged_on_validation_accuracy():
    """Catches check_small_hidden passing on a test accuracy of 86% when validation is only 84%."""
    result = checks.check_small_hidden(ui_run(1, test=[0.86], validation=[0.84], hidden=8))
    assert not result and "84.0% on the validation set" in result.message
    assert checks.check_small_hidden(ui_run(2, test=[0.84], validation=[0.86], hidden=8))


# --- 01: the closest average digit --------------------------------------------------------------


def closest_ok(averages, image):
    return int(np.argmin(np.sum((averages - image) ** 2, axis=1)))


@pytest.mark.parametrize("wrong, hint", [
    (lambda a, i: int(np.argmax(np.sum((a - i) ** 2, axis=1))), "farthest"),
    (lambda a, i: int(np.argmax(a @ i)), "largest dot product"),
    (lambda a, i: np.sum((a - i) ** 2, axis=1), "one digit, 0 to 9"),
])
def test_closest_digit(wrong, hint):
    """Catches argmax for argmin and 'most similar by dot product' passing as 'nearest'."""
    assert checks.check_closest_digit(closest_ok)
    result = checks.check_closest_digit(wrong)
    assert not result and hint in result.message, result.message


def test_use_if_correct_names_where_the_reference_comes_from(capsys):
    """Catches "mnistnet's evaluate" printed for a reference defined in the notebook itself."""
    def evaluate(net, data):
        return 0

    failed = checks.CheckResult(False, "no")
    assert checks.use_if_correct(failed, evaluate_ok, evaluate) is evaluate
    assert checks.use_if_correct(failed, evaluate_ok, sigmoid) is sigmoid
    first, second = capsys.readouterr().out.splitlines()
    assert "mnistnet's" not in first and "use test_use_if_correct_names_where_the_reference_comes_from" in first
    assert "mnistnet's sigmoid" in second
    evaluate.__module__ = None  # a function exec'd without a module name (as tests/test_notebooks.py does)
    assert checks.use_if_correct(failed, evaluate_ok, evaluate) is evaluate
    assert "mnistnet's" not in capsys.readouterr().out


def test_closest_digit_reference():
    """Catches a reference closest_digit that picks by dot product or refuses nothing: 3 by hand."""
    averages = np.zeros((10, 4))
    averages[:, 0] = np.arange(10)  # average d is (d, 0, 0, 0)
    assert mnistnet.closest_digit(averages, np.array([3.2, 0, 0, 0])) == 3  # distances 0.2 (d=3), 0.8 (d=4)
    with pytest.raises(ValueError, match="image must be one flat image"):
        mnistnet.closest_digit(averages, np.zeros((2, 2)))
    with pytest.raises(ValueError, match="averages must be 10 rows"):
        mnistnet.closest_digit(averages[:9], np.zeros(4))


# --- 11: the centre of mass of a drawing ---------------------------------------------------------


def centre_ok(image):
    rows, columns = np.indices(image.shape)
    return (rows * image).sum() / image.sum(), (columns * image).sum() / image.sum()


@pytest.mark.parametrize("wrong, hint", [
    (lambda im: centre_ok(im)[::-1], "rows are the first index"),
    (lambda im: tuple(np.argwhere(im > 0.5).mean(axis=0)), "weight each row and column number"),
    (lambda im: tuple(v * im.sum() for v in centre_ok(im)), "weight each row and column number"),
    (lambda im: centre_ok(im.reshape(28, 28)), "not a fixed 28 x 28"),
    (lambda im: centre_ok(im)[0], "return two numbers"),
])
def test_centre_of_mass(wrong, hint):
    """Catches swapped axes, an unweighted mean of the inked pixels, a missing division by the total ink and a
    function that only works for 28 x 28 (by hand: one pixel at (3, 20) has its centre there)."""
    assert checks.check_centre_of_mass(centre_ok)
    result = checks.check_centre_of_mass(wrong)
    assert not result and hint in result.message, result.message
