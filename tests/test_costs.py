"""Chapter 3: the cross-entropy cost, the scaled initialisation, L2 regularisation, early stopping.

Every gradient is compared with central finite differences of a cost written out by hand
in this file; the two engines are compared with each other for every cost and lmbda.
"""

import math
import warnings

import numpy as np
import pytest

import mnistnet.cli as cli
from mnistnet import Network, i18n, matrix
from mnistnet.cli import main
from mnistnet.costs import CrossEntropyCost, QuadraticCost
from mnistnet.data import load_data

COSTS = ["quadratic", "cross-entropy"]


def hand_cost(cost: str, a: np.ndarray, y: np.ndarray) -> float:
    """C_x summed over the columns, written out from the book's formulas."""
    if cost == "quadratic":
        return 0.5 * float(np.sum((a - y) ** 2))
    return float(-np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)))


def small_data(n=40, n_in=6, n_out=4, seed=0):
    """n samples as (images, labels) arrays and as the seed's list of (x, y) columns."""
    rng = np.random.default_rng(seed)
    images = rng.random((n, n_in))
    labels = rng.integers(0, n_out, n)
    pairs = [(x.reshape(n_in, 1), np.eye(n_out)[[j]].T) for x, j in zip(images, labels)]
    return (images, labels), pairs


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
    (images, labels), pairs = small_data(12)
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
def test_backprop_matches_central_differences(cost, sizes):
    """Catches a wrong BP1 for either cost (e.g. sigma' left in, or missing, for the cross-entropy)."""
    net = Network(sizes, seed=1, cost=cost)
    rng = np.random.default_rng(2)
    x, y = rng.random((sizes[0], 1)), rng.random((sizes[-1], 1))
    nabla_b, nabla_w = net.backprop(x, y)
    for params, grads in ((net.weights, nabla_w), (net.biases, nabla_b)):
        for p, g in zip(params, grads):
            numeric = numeric_gradient(p, lambda: hand_cost(cost, net.feedforward(x), y))
            assert relative_error(g, numeric) < 1e-6


def numeric_gradient(p: np.ndarray, f, h: float = 1e-6) -> np.ndarray:
    """d f / d p by central differences, changing p in place entry by entry."""
    numeric = np.zeros_like(p)
    for i in np.ndindex(p.shape):
        old = p[i]
        p[i] = old + h
        plus = f()
        p[i] = old - h
        minus = f()
        p[i] = old
        numeric[i] = (plus - minus) / (2 * h)
    return numeric


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))


@pytest.mark.parametrize("engine", ["loop", "matrix"])
@pytest.mark.parametrize("cost", COSTS)
@pytest.mark.parametrize("lmbda", [0.0, 4.0])
def test_one_step_follows_the_gradient_of_the_regularised_cost(engine, cost, lmbda):
    """Catches a wrong L2 step in either engine: decaying the biases, dividing lmbda by m instead of
    n, applying the decay twice or after BP2 has used the new weights, a sign error.

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

    expected = [numeric_gradient(p, regularised_cost) for p in net.weights + net.biases]
    after = net.copy()
    if engine == "loop":
        after.update_mini_batch([(x.reshape(-1, 1), y.reshape(-1, 1)) for x, y in zip(x_rows, y_rows)], eta, lmbda, n)
    else:
        matrix.update_mini_batch(after.weights, after.biases, x_rows, y_rows, eta, after.cost, 1 - eta * lmbda / n)
    for before, now, numeric in zip(net.weights + net.biases, after.weights + after.biases, expected):
        assert relative_error((before - now) / eta, numeric) < 1e-6


# --- the two engines agree ---------------------------------------------------------------


@pytest.mark.parametrize("cost", COSTS)
@pytest.mark.parametrize("lmbda", [0.0, 5.0])
@pytest.mark.parametrize("sizes", [[6, 5, 4], [6, 5, 5, 4]])  # 5 x 5: a transposed w would not fail on shape
def test_sgd_engines_agree_for_every_cost_and_lmbda(cost, lmbda, sizes):
    """Catches an engine that ignores cost or lmbda, or applies them differently from the other."""
    (images, labels), _ = small_data(53)  # 53: the last mini-batch is short
    loop = Network(sizes, seed=4, cost=cost, init="scaled")
    fast = Network(sizes, seed=4, cost=cost, init="scaled")
    h_loop = loop.SGD((images, labels), 3, 10, 2.0, test_data=(images, labels), engine="loop", lmbda=lmbda,
                      verbose=False)
    h_fast = fast.SGD((images, labels), 3, 10, 2.0, test_data=(images, labels), lmbda=lmbda, verbose=False)
    for a, b in zip(loop.weights + loop.biases, fast.weights + fast.biases):
        assert np.max(np.abs(a - b)) < 1e-10
    assert [r.test_correct for r in h_loop] == [r.test_correct for r in h_fast]
    plain = Network(sizes, seed=4, cost=cost, init="scaled")
    plain.SGD((images, labels), 3, 10, 2.0, verbose=False)
    assert (np.max(np.abs(plain.weights[0] - fast.weights[0])) > 1e-3) == (lmbda > 0)  # lmbda does something


def test_matrix_backprop_with_cross_entropy_is_the_sum_of_per_sample_backprops():
    """Catches the readable matrix backprop ignoring its cost argument."""
    net = Network([6, 5, 4], seed=3, cost="cross-entropy")
    _, pairs = small_data(7)
    x, y = np.hstack([x for x, _ in pairs]), np.hstack([y for _, y in pairs])
    nabla_b, nabla_w = matrix.backprop(net.weights, net.biases, x, y, net.cost)
    for i in range(2):
        np.testing.assert_allclose(nabla_w[i], sum(net.backprop(a, b)[1][i] for a, b in pairs), atol=1e-12)
        np.testing.assert_allclose(nabla_b[i], sum(net.backprop(a, b)[0][i] for a, b in pairs), atol=1e-12)


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
        (dict(cost=QuadraticCost), "cost must be one of"),
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
    data, _ = small_data()
    with pytest.raises(ValueError, match=message):
        Network([6, 5, 4]).SGD(data, 1, 10, 1.0, **kwargs)


def test_update_mini_batch_with_lmbda_needs_n():
    """Catches a decay computed with a made-up n (e.g. the mini-batch size) when n is not given."""
    _, pairs = small_data(4)
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
            Network([6, 5, 4]).SGD(small_data()[0], 1, 10, 1.0, lmbda=-1)
    finally:
        i18n.set_language("en")


# --- early stopping -------------------------------------------------------------------------


def test_early_stopping_stops_after_n_epochs_without_improvement(capsys):
    """Catches early stopping that never fires, fires one epoch late or early, or counts from the wrong epoch."""
    data, _ = small_data()
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
    data, _ = small_data(200)
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
