import numpy as np
import pytest

from mnistnet import checks, matrix, sigmoid, vectorized_result


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
    (checks.check_sigmoid, naive_sigmoid, lambda z: np.exp(-z), "gives 1.0, expected 0.5"),
    (checks.check_sigmoid, naive_sigmoid, lambda z: None, "returned None. Did you forget `return`?"),
    (checks.check_stable_sigmoid, sigmoid, naive_sigmoid, "warned: overflow encountered in exp"),
    (checks.check_sigmoid_prime, lambda z: sigmoid(z) * (1 - sigmoid(z)), sigmoid, "sigma'(0) = 0.5 * (1 - 0.5)"),
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
    (checks.check_matrix_feedforward, matrix.feedforward, lambda w, b, x: w[1] @ sigmoid(w[0] @ x + b[0]), "bias column"),
    (checks.check_matrix_backprop, matrix.backprop,
     lambda w, b, x, y: [[n / 10 for n in part] for part in matrix.backprop(w, b, x, y)], "nabla_b[0]"),
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
