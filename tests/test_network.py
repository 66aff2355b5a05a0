import math

import numpy as np
import pytest

from mnistnet import Network, matrix, vectorized_result
from mnistnet.network import EpochReport


def small_data(n=40, n_in=6, n_out=4, seed=0):
    """n samples in the seed's list format for a [n_in, ..., n_out] network."""
    rng = np.random.default_rng(seed)
    xs = rng.random((n, n_in, 1))
    labels = rng.integers(0, n_out, n)
    return [(x, np.eye(n_out)[[j]].T) for x, j in zip(xs, labels)], [(x, int(j)) for x, j in zip(xs, labels)]


def cost(net, x, y):
    return 0.5 * float(np.sum((net.feedforward(x) - y) ** 2))


@pytest.mark.parametrize("sizes", [[5, 4, 3], [6, 5, 4, 3]])
def test_backprop_matches_central_differences(sizes):
    net = Network(sizes, seed=1)
    rng = np.random.default_rng(2)
    x, y = rng.random((sizes[0], 1)), rng.random((sizes[-1], 1))
    nabla_b, nabla_w = net.backprop(x, y)
    h = 1e-6
    for params, grads in ((net.weights, nabla_w), (net.biases, nabla_b)):
        for p, g in zip(params, grads):
            numeric = np.zeros_like(p)
            for i in np.ndindex(p.shape):
                old = p[i]
                p[i] = old + h
                plus = cost(net, x, y)
                p[i] = old - h
                minus = cost(net, x, y)
                p[i] = old
                numeric[i] = (plus - minus) / (2 * h)
            rel = np.linalg.norm(g - numeric) / (np.linalg.norm(g) + np.linalg.norm(numeric))
            assert rel < 1e-6, rel


def test_matrix_backprop_is_the_sum_of_per_sample_backprops():
    net = Network([6, 5, 4], seed=3)
    training, _ = small_data(7)
    x = np.hstack([x for x, _ in training])
    y = np.hstack([y for _, y in training])
    nabla_b, nabla_w = matrix.backprop(net.weights, net.biases, x, y)
    for i in range(2):
        np.testing.assert_allclose(nabla_w[i], sum(net.backprop(a, b)[1][i] for a, b in training), atol=1e-12)
        np.testing.assert_allclose(nabla_b[i], sum(net.backprop(a, b)[0][i] for a, b in training), atol=1e-12)


def test_matrix_step_equals_loop_step():
    loop = Network([784, 30, 10], seed=0)
    fast = loop.copy()
    rng = np.random.default_rng(0)
    x_rows = rng.random((10, 784))
    labels = rng.integers(0, 10, 10)
    y_rows = np.eye(10)[labels]
    loop.update_mini_batch([(x_rows[[j]].T, vectorized_result(labels[j])) for j in range(10)], 3.0)
    matrix.update_mini_batch(fast.weights, fast.biases, x_rows, y_rows, 3.0)
    for a, b in zip(loop.weights + loop.biases, fast.weights + fast.biases):
        assert np.max(np.abs(a - b)) < 1e-10


def test_sgd_engines_agree_over_epochs():
    training, test = small_data(53)  # 53: the last mini-batch is short
    loop, fast = Network([6, 5, 4], seed=4), Network([6, 5, 4], seed=4)
    h_loop = loop.SGD(training, 3, 10, 2.0, test_data=test, engine="loop", verbose=False)
    h_fast = fast.SGD(training, 3, 10, 2.0, test_data=test, verbose=False)
    for a, b in zip(loop.weights + loop.biases, fast.weights + fast.biases):
        assert np.max(np.abs(a - b)) < 1e-10
    assert [r.test_correct for r in h_loop] == [r.test_correct for r in h_fast]


def test_same_seed_same_result_and_other_seed_differs():
    training, test = small_data()
    results = []
    for seed in (5, 5, 6):
        net = Network([6, 5, 4], seed=seed)
        net.SGD(training, 2, 4, 1.0, verbose=False)
        results.append(net.weights[0])
    np.testing.assert_array_equal(results[0], results[1])
    assert not np.allclose(results[0], results[2])


def test_init_shapes_and_distribution():
    net = Network([784, 30, 10], seed=0)
    assert [w.shape for w in net.weights] == [(30, 784), (10, 30)]
    assert [b.shape for b in net.biases] == [(30, 1), (10, 1)]
    w = net.weights[0]
    assert abs(w.mean()) < 0.02 and abs(w.std() - 1) < 0.02  # N(0, 1)
    assert net.feedforward(np.zeros((784, 1))).shape == (10, 1)


def test_array_and_list_formats_train_identically():
    training, test = small_data(30)
    images = np.vstack([x.T for x, _ in training])
    labels = np.array([np.argmax(y) for _, y in training])
    a, b = Network([6, 5, 4], seed=7), Network([6, 5, 4], seed=7)
    a.SGD(training, 2, 5, 1.0, verbose=False)
    b.SGD((images, labels), 2, 5, 1.0, verbose=False)
    np.testing.assert_allclose(a.weights[0], b.weights[0], atol=1e-12)
    assert a.evaluate(test) == b.evaluate((images, labels))


def test_uint8_images_are_read_as_pixel_over_255():
    rng = np.random.default_rng(0)
    raw = rng.integers(0, 256, (20, 6), dtype=np.uint8)
    labels = rng.integers(0, 4, 20)
    a, b = Network([6, 5, 4], seed=8), Network([6, 5, 4], seed=8)
    a.SGD((raw, labels), 1, 5, 1.0, verbose=False)
    b.SGD((raw / 255, labels), 1, 5, 1.0, verbose=False)
    np.testing.assert_allclose(a.weights[0], b.weights[0], atol=1e-12)


def test_sgd_twice_trains_twice_and_leaves_the_list_alone():
    training, test = small_data()
    before = list(training)
    net = Network([6, 5, 4], seed=0)
    w0 = net.weights[0].copy()
    net.SGD(training, 1, 10, 1.0, verbose=False)
    w1 = net.weights[0].copy()
    history = net.SGD(training, 1, 10, 1.0, test_data=test, verbose=False)
    assert not np.allclose(w0, w1) and not np.allclose(w1, net.weights[0])
    assert [id(p) for p in training] == [id(p) for p in before]  # not shuffled in place
    assert history[0].test_total == 40


def test_zip_is_refused_with_an_explanation():
    training, _ = small_data()
    xs, ys = zip(*training)
    net = Network([6, 5, 4])
    with pytest.raises(ValueError, match=r"training_data is a zip object.*list\(zip"):
        net.SGD(zip(xs, ys), 1, 10, 1.0)
    with pytest.raises(ValueError, match="test_data is a zip object"):
        net.evaluate(zip(xs, ys))


def test_evaluate_and_history_fields(capsys):
    training, test = small_data()
    net = Network([6, 5, 4], seed=0)
    history = net.SGD(training, 2, 10, 1.0, test_data=test, validation_data=test, monitor_training_cost=True)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[0].startswith("Epoch 0: ") and " / 40, took " in lines[0]
    r = history[-1]
    assert r.test_correct == net.evaluate(test) == r.validation_correct
    assert r.test_accuracy == r.test_correct / 40
    assert math.isclose(r.training_cost, net.total_cost(training))
    assert EpochReport(3, 1.234).line() == "Epoch 3 complete in 1.23 seconds"


def test_callback_can_stop_early():
    training, _ = small_data()
    seen = []
    net = Network([6, 5, 4], seed=0)
    history = net.SGD(training, 10, 10, 1.0, callback=lambda r: seen.append(r.epoch) or r.epoch == 2, verbose=False)
    assert seen == [0, 1, 2] and len(history) == 3


def test_keyboard_interrupt_keeps_weights_and_history(capsys):
    training, _ = small_data()
    net = Network([6, 5, 4], seed=0)

    def interrupt(report):
        if report.epoch == 1:
            raise KeyboardInterrupt

    history = net.SGD(training, 5, 10, 1.0, callback=interrupt, verbose=False)
    assert len(history) == 2
    assert "Interrupted during epoch 1: the weights learned so far are kept." in capsys.readouterr().out
    assert not np.allclose(net.weights[0], Network([6, 5, 4], seed=0).weights[0])


@pytest.mark.parametrize(
    "sizes, message",
    [([784], "at least 2 layers"), ([784, 0, 10], "entry"), ([784, 2.5, 10], "entry"), ("784", "at least 2")],
)
def test_bad_sizes(sizes, message):
    with pytest.raises(ValueError, match=message):
        Network(sizes)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(eta=0), "eta"),
        (dict(eta=-1), "eta"),
        (dict(eta=float("nan")), "eta"),
        (dict(eta=float("inf")), "eta"),
        (dict(eta="fast"), "eta"),
        (dict(epochs=0), "epochs"),
        (dict(epochs=1.5), "epochs"),
        (dict(mini_batch_size=0), "mini_batch_size"),
        (dict(engine="gpu"), "engine"),
    ],
)
def test_bad_sgd_arguments(kwargs, message):
    training, _ = small_data()
    args = dict(epochs=1, mini_batch_size=10, eta=1.0) | kwargs
    engine = args.pop("engine", "matrix")
    with pytest.raises(ValueError, match=message):
        Network([6, 5, 4]).SGD(training, engine=engine, **args)


def test_flat_input_never_broadcasts():
    net = Network([784, 30, 10])
    flat = np.zeros(784)
    # the pitfall: without a check, np.dot(w, x) + b silently becomes 30 x 30
    assert (np.dot(net.weights[0], flat) + net.biases[0]).shape == (30, 30)
    with pytest.raises(ValueError, match=r"a has shape \(784,\), expected \(784, 1\).*reshape\(784, 1\)"):
        net.feedforward(flat)
    with pytest.raises(ValueError, match=r"x has shape \(784,\)"):
        net.backprop(flat, vectorized_result(3))
    with pytest.raises(ValueError, match=r"training_data\[0\]: x has shape \(784,\), expected \(784, 1\)"):
        net.SGD([(flat, vectorized_result(3))], 1, 1, 1.0)
    with pytest.raises(ValueError, match=r"y has shape \(10,\)"):
        net.backprop(np.zeros((784, 1)), np.zeros(10))


def test_mixed_targets_and_labels_are_refused():
    training, test = small_data(4)
    with pytest.raises(ValueError, match="training_data mixes target columns .* and plain labels"):
        Network([6, 5, 4]).SGD(training[:2] + test[2:], 1, 2, 1.0)


def test_wrong_array_shapes_and_labels():
    net = Network([6, 5, 4])
    with pytest.raises(ValueError, match=r"images have shape \(3, 7\), expected \(n, 6\)"):
        net.evaluate((np.zeros((3, 7)), np.zeros(3, dtype=int)))
    with pytest.raises(ValueError, match="labels must be whole numbers from 0 to 3"):
        net.evaluate((np.zeros((3, 6)), np.array([0, 1, 9])))
    with pytest.raises(ValueError, match="test_data is empty"):
        net.evaluate([])
    with pytest.raises(ValueError, match="mini_batch is empty"):
        net.update_mini_batch([], 1.0)


def test_assigned_weights_are_checked():
    net = Network([6, 5, 4])
    net.weights[1] = np.zeros((5, 4))
    training, _ = small_data()
    with pytest.raises(ValueError, match=r"weights\[1\] has shape \(5, 4\), expected \(4, 5\)"):
        net.SGD(training, 1, 10, 1.0)


def test_save_and_load(tmp_path):
    net = Network([6, 5, 4], seed=9)
    path = tmp_path / "net.npz"
    net.save(path)
    back = Network.load(path)
    assert back.sizes == [6, 5, 4]
    for a, b in zip(net.weights + net.biases, back.weights + back.biases):
        np.testing.assert_array_equal(a, b)
    assert [p.name for p in tmp_path.iterdir()] == ["net.npz"]  # no temporary file left


def test_load_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="nothere.npz: no such file"):
        Network.load(tmp_path / "nothere.npz")
    (tmp_path / "junk.npz").write_bytes(b"not a zip")
    with pytest.raises(ValueError, match="junk.npz: not a network saved by Network.save"):
        Network.load(tmp_path / "junk.npz")
    np.savez(tmp_path / "bad.npz", sizes=np.array([6, 5, 4]), w0=np.zeros((5, 6)), b0=np.zeros((5, 1)))
    with pytest.raises(ValueError, match="bad.npz: missing array 'w1'"):
        Network.load(tmp_path / "bad.npz")
    np.savez(tmp_path / "obj.npz", sizes=np.array([object()], dtype=object))
    with pytest.raises(ValueError, match="obj.npz: not a network"):
        Network.load(tmp_path / "obj.npz")


def test_make_mini_batches_cuts_consecutive_pieces_with_a_short_tail():
    """Catches a reference that drops the short last mini-batch or overlaps pieces (notebook 06 falls back on it)."""
    from mnistnet.network import make_mini_batches

    assert make_mini_batches(list(range(7)), 3) == [[0, 1, 2], [3, 4, 5], [6]]
    assert make_mini_batches(list(range(6)), 3) == [[0, 1, 2], [3, 4, 5]]
    assert make_mini_batches([], 3) == []
    with pytest.raises(ValueError, match="mini_batch_size"):
        make_mini_batches([1, 2], 0)
