"""Chapter 3: the cross-entropy cost, the scaled initialisation, L2 regularisation, early stopping.

Every gradient is compared with central finite differences of a cost written out by hand
in this file; SGD is compared with the learner's loop of notebook 06 for every cost and lmbda.
"""

import math
import warnings

import numpy as np
import pytest
from conftest import numerical_gradient, relative_error, small_arrays, small_data

import mnistnet.cli as cli
from mnistnet import Network, i18n
from mnistnet.cli import main
from mnistnet.costs import CrossEntropyCost, QuadraticCost
from mnistnet.data import load_data

COSTS = ["quadratic", "cross-entropy"]


def hand_cost(cost: str, a: np.ndarray, y: np.ndarray) -> float:
    """C_x summed over the columns, written out from the book's formulas."""
    if cost == "quadratic":
        return 0.5 * float(np.sum((a - y) ** 2))
    return float(-np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)))


# --- the cost functions ---------------------------------------------------------------


def test_cost_values_by_hand():
    """Catches a wrong formula (a sign, a missing 1/2, ln a instead of ln(1 - a) for y = 0)."""
    a = np.array([[0.8], [0.1], [0.5]])
    y = np.array([[1.0], [0.0], [0.0]])
    assert math.isclose(QuadraticCost.fn(a, y), 0.5 * (0.2**2 + 0.1**2 + 0.5**2))
    assert math.isclose(CrossEntropyCost.fn(a, y), -(math.log(0.8) + math.log(0.9) + math.log(0.5)))


def test_cross_entropy_is_finite_and_silent_when_saturated():
    """Catches ln(0) = -inf and 0 * -inf = nan (with RuntimeWarnings) for outputs that are exactly 0 or 1."""
    a = np.array([[1.0], [0.0], [1.0], [0.0]])
    y = np.array([[1.0], [0.0], [0.0], [1.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        c = CrossEntropyCost.fn(a, y)
    # right answers cost (almost) nothing, each sure-and-wrong one about -ln(1e-15) = 34.5
    assert math.isfinite(c) and math.isclose(c, 2 * -math.log(1e-15), rel_tol=1e-3)


def test_cross_entropy_delta_has_no_sigma_prime():
    """Catches delta^L = (a - y) sigma'(z) kept for the cross-entropy: a saturated wrong neuron must learn fast."""
    z = np.array([[8.0], [-8.0]])
    a = 1 / (1 + np.exp(-z))
    y = np.array([[0.0], [1.0]])
    np.testing.assert_allclose(CrossEntropyCost.delta(z, a, y), a - y)
    assert np.all(np.abs(CrossEntropyCost.delta(z, a, y)) > 0.99)
    assert np.all(np.abs(QuadraticCost.delta(z, a, y)) < 1e-3)  # the quadratic cost's slowdown


@pytest.mark.parametrize("cost", COSTS)
def test_total_cost_by_hand_with_and_without_l2(cost):
    """Catches total_cost ignoring the network's cost, a wrong 1/n, or a wrong L2 term lmbda/(2n) sum w^2."""
    (images, labels), pairs = small_arrays(12)
    net = Network([6, 5, 4], seed=1, cost=cost)
    a = net.feedforward(images.T)
    y = np.eye(4)[labels].T
    c0 = hand_cost(cost, a, y) / 12
    assert math.isclose(net.total_cost(pairs), c0, rel_tol=1e-12)
    sum_w2 = sum(float(np.sum(w**2)) for w in net.weights)
    assert math.isclose(net.total_cost((images, labels), lmbda=3.0), c0 + 3.0 / (2 * 12) * sum_w2, rel_tol=1e-12)


# --- gradients: finite differences -----------------------------------------------------


@pytest.mark.parametrize("cost", COSTS)
@pytest.mark.parametrize("sizes", [[5, 4, 3], [6, 5, 5, 3]])
@pytest.mark.parametrize("m", [1, 4])
def test_backprop_matches_central_differences(cost, sizes, m):
    """Catches a wrong BP1 for either cost (e.g. sigma' left in, or missing, for the cross-entropy),
    and, with m = 4 columns, a BP3 that does not sum over the columns."""
    net = Network(sizes, seed=1, cost=cost)
    rng = np.random.default_rng(2)
    x, y = rng.random((sizes[0], m)), rng.random((sizes[-1], m))
    nabla_b, nabla_w = net.backprop(x, y)
    numeric = numerical_gradient(net.weights + net.biases, lambda: hand_cost(cost, net.feedforward(x), y))
    for g, n in zip(nabla_w + nabla_b, numeric):
        assert relative_error(g, n) < 1e-6


@pytest.mark.parametrize("cost", COSTS)
@pytest.mark.parametrize("lmbda", [0.0, 4.0])
def test_one_step_follows_the_gradient_of_the_regularised_cost(cost, lmbda):
    """Catches a wrong L2 step: decaying the biases, dividing lmbda by m instead of n, applying the
    decay twice, a sign error.

    One step w -> w - eta * g must have g = the gradient of
    C = 1/m sum_x C_x + lmbda/(2n) sum w^2 (biases: no L2 term), by finite differences."""
    sizes, m, n, eta = [5, 4, 4, 3], 6, 50, 0.5
    net = Network(sizes, seed=3, cost=cost, init="scaled")
    rng = np.random.default_rng(4)
    x_rows, labels = rng.random((m, sizes[0])), rng.integers(0, sizes[-1], m)
    y_rows = np.eye(sizes[-1])[labels]

    def regularised_cost():
        c0 = hand_cost(cost, net.feedforward(x_rows.T), y_rows.T) / m
        return c0 + lmbda / (2 * n) * sum(float(np.sum(w**2)) for w in net.weights)

    expected = numerical_gradient(net.weights + net.biases, regularised_cost)
    for mini_batch in ([(x.reshape(-1, 1), y.reshape(-1, 1)) for x, y in zip(x_rows, y_rows)], (x_rows.T, y_rows.T)):
        after = net.copy()
        after.update_mini_batch(mini_batch, eta, lmbda, n)
        for before, now, numeric in zip(net.weights + net.biases, after.weights + after.biases, expected):
            assert relative_error((before - now) / eta, numeric) < 1e-6


# --- SGD is the learner's loop of notebook 06 -------------------------------------------------


def learners_sgd(net: Network, training: list, epochs: int, m: int, eta: float, lmbda: float = 0.0) -> None:
    """The loop a learner writes in notebook 06, sample by sample as in chapter 1 (written here
    independently of the package): shuffle, cut into mini-batches, sum the one-column
    gradients, step. Shuffles with the network's own generator, as SGD does."""
    n = len(training)
    for _ in range(epochs):
        order = net.rng.permutation(n)
        shuffled = [training[i] for i in order]
        for k in range(0, n, m):
            mini_batch = shuffled[k : k + m]
            nabla_b = [np.zeros(b.shape) for b in net.biases]
            nabla_w = [np.zeros(w.shape) for w in net.weights]
            for x, y in mini_batch:
                delta_b, delta_w = net.backprop(x, y)
                nabla_b = [nb + d for nb, d in zip(nabla_b, delta_b)]
                nabla_w = [nw + d for nw, d in zip(nabla_w, delta_w)]
            net.weights = [(1 - eta * lmbda / n) * w - (eta / len(mini_batch)) * nw for w, nw in zip(net.weights, nabla_w)]
            net.biases = [b - (eta / len(mini_batch)) * nb for b, nb in zip(net.biases, nabla_b)]


@pytest.mark.parametrize("cost", COSTS)
@pytest.mark.parametrize("lmbda", [0.0, 5.0])
@pytest.mark.parametrize("sizes", [[6, 5, 4], [6, 5, 5, 4]])  # 5 x 5: a transposed w would not fail on shape
def test_sgd_is_the_learners_loop_for_every_cost_and_lmbda(cost, lmbda, sizes):
    """Catches SGD ignoring cost or lmbda, dropping the short last mini-batch, dividing by the
    wrong m, or shuffling differently from the loop it teaches."""
    training, _ = small_data(53)  # 53: the last mini-batch is short
    learner = Network(sizes, seed=4, cost=cost, init="scaled")
    package = Network(sizes, seed=4, cost=cost, init="scaled")
    learners_sgd(learner, training, 3, 10, 2.0, lmbda)
    package.SGD(training, 3, 10, 2.0, lmbda=lmbda, verbose=False)
    for a, b in zip(learner.weights + learner.biases, package.weights + package.biases):
        assert np.max(np.abs(a - b)) < 1e-10
    plain = Network(sizes, seed=4, cost=cost, init="scaled")
    plain.SGD(training, 3, 10, 2.0, verbose=False)
    assert (np.max(np.abs(plain.weights[0] - package.weights[0])) > 1e-3) == (lmbda > 0)  # lmbda does something


@pytest.mark.parametrize("cost", COSTS)
def test_batched_backprop_is_the_sum_of_one_column_backprops(cost):
    """Catches a batched BP3 that forgets to sum over the columns, or BP1 ignoring the cost."""
    net = Network([6, 5, 5, 4], seed=3, cost=cost)
    pairs, _ = small_data(7)
    x, y = np.hstack([x for x, _ in pairs]), np.hstack([y for _, y in pairs])
    nabla_b, nabla_w = net.backprop(x, y)
    for i in range(3):
        np.testing.assert_allclose(nabla_w[i], sum(net.backprop(a, b)[1][i] for a, b in pairs), rtol=0, atol=1e-12)
        np.testing.assert_allclose(nabla_b[i], sum(net.backprop(a, b)[0][i] for a, b in pairs), rtol=0, atol=1e-12)


class HalfQuadratic:
    """A learner's own cost, C_x = 1/4 ||a - y||^2: half the quadratic cost, so half its gradient."""

    @staticmethod
    def fn(a, y):
        return 0.25 * float(np.sum((a - y) ** 2))

    @staticmethod
    def delta(z, a, y):
        return 0.5 * (a - y) * a * (1 - a)


def test_a_cost_of_your_own_trains_and_its_delta_is_used():
    """Catches training that bypasses cost.delta (a private BP1), or refuses a cost class that is
    not one of the package's: a cost of half the quadratic one gives half its gradient, and
    training with it lowers its own cost."""
    pairs, _ = small_data(20)
    x, y = np.hstack([x for x, _ in pairs]), np.hstack([y for _, y in pairs])
    mine, quadratic = Network([6, 5, 4], seed=5, cost=HalfQuadratic), Network([6, 5, 4], seed=5)
    for g_mine, g_quadratic in zip(sum(mine.backprop(x, y), []), sum(quadratic.backprop(x, y), [])):
        np.testing.assert_allclose(g_mine, 0.5 * g_quadratic, rtol=1e-12)
    before = mine.total_cost(pairs)
    mine.SGD(pairs, 5, 5, 3.0, verbose=False)
    assert mine.total_cost(pairs) < before

    class NoGradient(HalfQuadratic):
        @staticmethod
        def delta(z, a, y):
            return np.zeros_like(a)

    frozen = Network([6, 5, 4], seed=5, cost=NoGradient)
    weights = [w.copy() for w in frozen.weights]
    frozen.SGD(pairs, 2, 5, 3.0, verbose=False)
    for w, w0 in zip(frozen.weights, weights):
        np.testing.assert_array_equal(w, w0)  # delta^L = 0: nothing flows back, nothing changes


def test_cost_can_be_assigned_after_construction():
    """Catches net.cost = "cross-entropy" failing later with an AttributeError deep inside (issue 14)."""
    net = Network([6, 5, 4], seed=0)
    net.cost = "cross-entropy"
    assert net.cost is CrossEntropyCost
    x, y = np.full((6, 1), 0.5), np.eye(4)[:, [1]]
    a = net.feedforward(x)
    np.testing.assert_allclose(net.backprop(x, y)[0][-1], a - y)  # BP1 of the cross-entropy: a - y
    with pytest.raises(ValueError, match="cost must be one of"):
        net.cost = "cross entropy"


@pytest.mark.parametrize("lmbda, n", [(1e4, 100), (5.0, 5)])
def test_a_weight_decay_that_is_not_positive_is_refused(lmbda, n):
    """Catches 1 - eta * lmbda / n < 0 training silently into |w| = 1e74 and chance accuracy
    (issue 14): the weights would flip sign and grow at every step."""
    training, _ = small_data(n)
    net = Network([6, 5, 4], seed=0)
    weights = [w.copy() for w in net.weights]
    with pytest.raises(ValueError, match=r"weight decay 1 - eta \* lmbda / n .*Choose lmbda below"):
        net.SGD(training, 1, 5, 1.0, lmbda=lmbda, verbose=False)
    with pytest.raises(ValueError, match="weight decay"):
        net.update_mini_batch(training[:5], 1.0, lmbda, n)
    for w, w0 in zip(net.weights, weights):
        np.testing.assert_array_equal(w, w0)
    Network([6, 5, 4], seed=0).SGD(training, 1, 5, 1.0, lmbda=0.9 * n, verbose=False)  # decay 0.1: allowed


# --- initialisation ------------------------------------------------------------------------


def test_default_init_draws_exactly_what_the_seed_drew():
    """Catches a change of the default draws (order or distribution): every chapter-1 result would move."""
    net = Network([784, 30, 10], seed=0)
    rng = np.random.default_rng(0)
    biases = [rng.standard_normal((30, 1)), rng.standard_normal((10, 1))]
    weights = [rng.standard_normal((30, 784)), rng.standard_normal((10, 30))]
    for a, b in zip(net.biases + net.weights, biases + weights):
        np.testing.assert_array_equal(a, b)
    assert net.cost is QuadraticCost and net.init == "large" and repr(net) == "Network([784, 30, 10])"


def test_scaled_init_is_normal_with_variance_one_over_n_in():
    """Catches weights divided by n_in instead of sqrt(n_in), scaled biases, or the wrong n (n_out)."""
    net = Network([784, 100, 10], seed=0, init="scaled")
    large = Network([784, 100, 10], seed=0)
    w = net.weights[0]
    assert abs(w.mean()) < 0.001 and abs(w.std() * math.sqrt(784) - 1) < 0.01
    assert abs(net.weights[1].std() * math.sqrt(100) - 1) < 0.05
    for b, b_large in zip(net.biases, large.biases):
        np.testing.assert_array_equal(b, b_large)  # biases stay N(0, 1)
    # z = w x + b for a real-looking input stays small: no saturated hidden neurons
    x = (np.random.default_rng(1).random((784, 1)) < 0.2).astype(float)
    assert np.std(net.weights[0] @ x) < 0.7 < np.std(large.weights[0] @ x)


# --- bad values ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(cost="hinge"), r'cost must be one of "quadratic", "cross-entropy", got \'hinge\''),
        (dict(cost=math), "cost must be one of"),  # an object without fn and delta is no cost
        (dict(init="gaussian"), r'init must be one of "large", "scaled", got \'gaussian\''),
    ],
)
def test_bad_cost_and_init(kwargs, message):
    """Catches an unknown cost or init that is silently replaced by the default."""
    with pytest.raises(ValueError, match=message):
        Network([6, 5, 4], **kwargs)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(lmbda=-1.0), "lmbda .* at least 0"),
        (dict(lmbda=float("nan")), "lmbda .* finite"),
        (dict(lmbda="5"), "lmbda .* must be a number, got '5'"),
        (dict(lmbda=None), "lmbda .* must be a number, got None"),
        (dict(lmbda=True), "lmbda .* must be a number"),
        (dict(early_stopping=0), "early_stopping must be a whole number"),
        (dict(early_stopping=2.5), "early_stopping must be a whole number"),
        (dict(early_stopping=3), "early_stopping=3 watches the validation accuracy: pass validation_data"),
    ],
)
def test_bad_lmbda_and_early_stopping(kwargs, message):
    """Catches a negative or non-numeric lmbda that trains anyway (a negative one grows the weights)."""
    data, _ = small_arrays()
    with pytest.raises(ValueError, match=message):
        Network([6, 5, 4]).SGD(data, 1, 10, 1.0, **kwargs)


def test_update_mini_batch_with_lmbda_needs_n():
    """Catches a decay computed with a made-up n (e.g. the mini-batch size) when n is not given."""
    _, pairs = small_arrays(4)
    with pytest.raises(ValueError, match="needs n, the size of the whole training set"):
        Network([6, 5, 4]).update_mini_batch(pairs, 1.0, lmbda=5.0)
    with pytest.raises(ValueError, match="lmbda"):
        Network([6, 5, 4]).total_cost(pairs, lmbda=-2)


def test_errors_in_chinese():
    """Catches a message that bypasses the catalogue."""
    try:
        i18n.set_language("zh")
        with pytest.raises(ValueError, match="cost 必须是"):
            Network([6, 5, 4], cost="hinge")
        with pytest.raises(ValueError, match="正则化参数"):
            Network([6, 5, 4]).SGD(small_arrays()[0], 1, 10, 1.0, lmbda=-1)
    finally:
        i18n.set_language("en")


# --- early stopping -------------------------------------------------------------------------


def test_early_stopping_stops_after_n_epochs_without_improvement(capsys):
    """Catches early stopping that never fires, fires one epoch late or early, or counts from the wrong epoch."""
    data, _ = small_arrays()
    net = Network([6, 5, 4], seed=0)
    # eta so small that nothing changes: the validation accuracy of epoch 0 is never beaten
    history = net.SGD(data, 20, 10, 1e-12, validation_data=data, early_stopping=3)
    assert [r.epoch for r in history] == [0, 1, 2, 3]
    assert len({r.validation_correct for r in history}) == 1
    out = capsys.readouterr().out
    assert "Stopped early: the validation accuracy has not improved for 3 epochs (best" in out
    assert "at epoch 0)" in out


def test_early_stopping_stops_where_the_full_history_says():
    """Catches early stopping that counts from the last improvement wrongly (e.g. from a tie, or from
    the latest epoch), or that changes the training itself."""
    data, _ = small_arrays(200)
    full = Network([6, 20, 4], seed=0, cost="cross-entropy", init="scaled")
    history = full.SGD(data, 120, 10, 0.5, validation_data=data, verbose=False)
    # by hand: the first epoch that is 5 epochs past the best (strictly better) accuracy so far
    best_epoch, stop = 0, None
    for r in history:
        if r.validation_correct > history[best_epoch].validation_correct:
            best_epoch = r.epoch
        elif r.epoch - best_epoch >= 5:
            stop = r.epoch
            break
    assert stop is not None and stop < 119  # the data make it stall somewhere
    short = Network([6, 20, 4], seed=0, cost="cross-entropy", init="scaled")
    stopped = short.SGD(data, 120, 10, 0.5, validation_data=data, early_stopping=5, verbose=False)
    assert [r.validation_correct for r in stopped] == [r.validation_correct for r in history[: stop + 1]]


# --- saving ----------------------------------------------------------------------------------


def test_save_and_load_keep_cost_and_init(tmp_path):
    """Catches a cross-entropy network that comes back as quadratic (it would train differently)."""
    net = Network([6, 5, 4], seed=9, cost="cross-entropy", init="scaled")
    net.save(tmp_path / "net.npz")
    back = Network.load(tmp_path / "net.npz")
    assert back.cost is CrossEntropyCost and back.init == "scaled"
    assert repr(back) == "Network([6, 5, 4], cost='cross-entropy', init='scaled')"
    copy = net.copy()
    assert copy.cost is CrossEntropyCost and copy.init == "scaled"
    for a, b in zip(net.weights + net.biases, back.weights + back.biases):
        np.testing.assert_array_equal(a, b)


def test_old_files_load_as_quadratic_and_large(tmp_path):
    """Catches a loader that refuses files written before chapter 3 (no cost, no init)."""
    net = Network([6, 5, 4], seed=9)
    arrays = {"sizes": np.array(net.sizes)}
    for i, (w, b) in enumerate(zip(net.weights, net.biases)):
        arrays[f"w{i}"], arrays[f"b{i}"] = w, b
    np.savez(tmp_path / "old.npz", **arrays)
    back = Network.load(tmp_path / "old.npz")
    assert back.cost is QuadraticCost and back.init == "large"
    np.testing.assert_array_equal(back.weights[1], net.weights[1])
    np.savez(tmp_path / "odd.npz", cost=np.array("hinge"), **arrays)
    with pytest.raises(ValueError, match="odd.npz: .*cost must be one of"):
        Network.load(tmp_path / "odd.npz")


# --- the command line, on tiny files ----------------------------------------------------------


@pytest.fixture
def tiny_split(tiny_mnist, monkeypatch):
    """The CLI reads tiny_mnist (unchecked) as 40 training, 20 validation and 20 test images."""

    def tiny_load_data(path=None, dtype=np.float32):
        (x, y), _, test = load_data(tiny_mnist, verify=False, dtype=dtype)
        return (x[:40], y[:40]), (x[40:], y[40:]), test

    monkeypatch.setattr(cli.data, "load_data", tiny_load_data)


def test_cli_chapter_3_flags_summary_and_save(tmp_path, capsys, tiny_split):
    """Catches flags that are parsed but not passed on, and a summary taken from the test set
    instead of the validation set."""
    out = tmp_path / "net.npz"
    args = ["train", "--hidden", "7", "--epochs", "4", "--eta", "0.1", "--cost", "cross-entropy",
            "--init", "scaled", "--lmbda", "5.0", "--batch-size", "10", "--save", str(out)]
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines[:4]] == ["Epoch 0", "Epoch 1", "Epoch 2", "Epoch 3"]
    net = Network.load(out)
    assert net.sizes == [784, 7, 10] and net.cost is CrossEntropyCost and net.init == "scaled"
    # the same training in Python, evaluated by hand: which epoch has the best validation accuracy?
    (x, y), validation, test = cli.data.load_data(None, dtype=np.uint8)  # the tiny split, as the CLI saw it
    same = Network([784, 7, 10], seed=0, cost="cross-entropy", init="scaled")
    history = same.SGD((x, y), 4, 10, 0.1, validation_data=validation, test_data=test, lmbda=5.0, verbose=False)
    for a, b in zip(same.weights, net.weights):
        np.testing.assert_array_equal(a, b)
    best = max(history, key=lambda r: (r.validation_correct, -r.epoch))
    assert lines[4] == (
        f"Best: validation {best.validation_correct} / 20 ({100 * best.validation_correct / 20:.2f}%) "
        f"at epoch {best.epoch}; test at that epoch {best.test_correct} / 20 ({100 * best.test_correct / 20:.2f}%)"
    )
    assert lines[5] == f"Saved the network to {out}"


def test_cli_early_stopping_and_bad_lmbda(capsys, tiny_split):
    """Catches --early-stopping not reaching SGD, and a negative --lmbda accepted."""
    assert main(["train", "--hidden", "3", "--epochs", "30", "--eta", "1e-9", "--early-stopping", "2"]) == 0
    out = capsys.readouterr().out
    assert "Stopped early" in out and "Epoch 2:" in out and "Epoch 3:" not in out
    with pytest.raises(SystemExit):
        main(["train", "--lmbda", "-1"])
    assert "argument --lmbda: -1 must be a finite number of at least 0" in capsys.readouterr().err
