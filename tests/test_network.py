import math
from pathlib import Path

import numpy as np
import pytest
from conftest import numerical_gradient, relative_error, small_data

from mnistnet import Network, vectorized_result
from mnistnet.network import EpochReport


def cost(net, x, y):
    return 0.5 * float(np.sum((net.feedforward(x) - y) ** 2))


@pytest.mark.parametrize("sizes", [[5, 4, 3], [6, 5, 4, 3], [4, 6, 6]])
def test_backprop_matches_central_differences(sizes):
    """Catches a wrong BP1-BP4; in [4, 6, 6] BP2 uses a square (6 x 6) matrix,
    where using w instead of w.T in BP2 still has the right shape."""
    net = Network(sizes, seed=1)
    rng = np.random.default_rng(2)
    x, y = rng.random((sizes[0], 1)), rng.random((sizes[-1], 1))
    nabla_b, nabla_w = net.backprop(x, y)
    numeric = numerical_gradient(net.weights + net.biases, lambda: cost(net, x, y))
    for g, n in zip(nabla_w + nabla_b, numeric):
        assert relative_error(g, n) < 1e-6


def test_a_list_of_pairs_and_a_pair_of_matrices_make_the_same_step():
    """Catches update_mini_batch treating its two forms differently (e.g. dividing by the wrong m)."""
    a = Network([784, 30, 10], seed=0)
    b = a.copy()
    rng = np.random.default_rng(0)
    x = rng.random((784, 10))
    labels = rng.integers(0, 10, 10)
    a.update_mini_batch([(x[:, [j]], vectorized_result(labels[j])) for j in range(10)], 3.0)
    b.update_mini_batch((x, np.eye(10)[labels].T), 3.0)
    for p, q in zip(a.weights + a.biases, b.weights + b.biases):
        np.testing.assert_allclose(p, q, rtol=0, atol=1e-12)


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


def test_keyboard_interrupt_keeps_weights_then_is_raised_again(capsys):
    """Catches SGD swallowing Ctrl-C (a script calling SGD twice ran on) and losing the work."""
    training, _ = small_data()
    net = Network([6, 5, 4], seed=0)

    def interrupt(report):
        if report.epoch == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt) as stop:
        net.SGD(training, 5, 10, 1.0, callback=interrupt, verbose=False)
    assert [r.epoch for r in stop.value.history] == [0, 1]
    assert "Interrupted during epoch 1: the weights learned so far are kept." in capsys.readouterr().out
    # the weights are those of two full epochs, exactly as an uninterrupted 2-epoch run gives
    two_epochs = Network([6, 5, 4], seed=0)
    two_epochs.SGD(training, 2, 10, 1.0, verbose=False)
    for a, b in zip(net.weights + net.biases, two_epochs.weights + two_epochs.biases):
        np.testing.assert_array_equal(a, b)


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
        (dict(engine="matrix"), "engine"),
    ],
)
def test_bad_sgd_arguments(kwargs, message):
    training, _ = small_data()
    args = dict(epochs=1, mini_batch_size=10, eta=1.0) | kwargs
    with pytest.raises(TypeError if "engine" in kwargs else ValueError, match=message):  # one path: no engine= any more
        Network([6, 5, 4]).SGD(training, **args)


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
    with pytest.raises(ValueError, match="bad.npz: not a network saved by Network.save: it has no array 'w1'"):
        Network.load(tmp_path / "bad.npz")
    np.savez(tmp_path / "obj.npz", sizes=np.array([object()], dtype=object))
    with pytest.raises(ValueError, match="obj.npz: not a network"):
        Network.load(tmp_path / "obj.npz")


# --- values: refused before any training (issue 7) --------------------------------------


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -float("inf")])
def test_non_finite_pixels_are_refused_before_training(bad):
    """Catches one NaN or inf pixel silently turning every weight into NaN."""
    training, _ = small_data(20)
    images = np.vstack([x.T for x, _ in training])
    labels = np.array([np.argmax(y) for _, y in training])
    images[7, 2] = bad
    net = Network([6, 5, 4], seed=0)
    before = net.weights[0].copy()
    with pytest.raises(ValueError, match=r"training_data: images contain NaN or infinite values \(first in image 7\)"):
        net.SGD((images, labels), 1, 5, 1.0, verbose=False)
    pairs = [(x.copy(), y) for x, y in training]
    pairs[3][0][1, 0] = bad
    with pytest.raises(ValueError, match=r"training_data\[3\]: x contains NaN or infinite values"):
        net.SGD(pairs, 1, 5, 1.0, verbose=False)
    pairs = [(x, y.copy()) for x, y in training]
    pairs[4][1][0, 0] = bad
    with pytest.raises(ValueError, match=r"test_data\[4\]: y contains NaN or infinite values"):
        net.SGD(training, 1, 5, 1.0, test_data=pairs, verbose=False)
    np.testing.assert_array_equal(net.weights[0], before)  # nothing was trained


def test_uint8_columns_in_pairs_are_read_like_uint8_arrays():
    """Catches uint8 columns in the seed's list form being used as 0..255 while uint8 arrays
    are read as /255: the same network scored differently on the same images."""
    rng = np.random.default_rng(0)
    raw = rng.integers(0, 256, (30, 6), dtype=np.uint8)
    labels = rng.integers(0, 4, 30)
    pairs = [(raw[i].reshape(6, 1), int(labels[i])) for i in range(30)]
    net = Network([6, 5, 4], seed=1)
    # the reference: pixel / 255 as float columns, by hand
    floats = [(raw[i].reshape(6, 1) / 255, int(labels[i])) for i in range(30)]
    assert net.evaluate(pairs) == net.evaluate((raw, labels)) == net.evaluate(floats)
    assert net.total_cost(pairs) == pytest.approx(net.total_cost(floats), rel=1e-12)
    np.testing.assert_allclose(net.feedforward(raw[0].reshape(6, 1)), net.feedforward(floats[0][0]), rtol=1e-12)
    a, b = net.copy(), net.copy()
    a.SGD(pairs, 1, 5, 1.0, verbose=False)
    b.SGD(floats, 1, 5, 1.0, verbose=False)
    np.testing.assert_allclose(a.weights[0], b.weights[0], atol=1e-12)
    with pytest.raises(ValueError, match="mixes uint8 columns"):
        net.evaluate(pairs[:3] + floats[3:])


@pytest.mark.parametrize("label", [3.7, 3.0, True, "3", np.float64(2.0), np.bool_(True), None])
def test_labels_that_are_not_whole_numbers_are_refused_in_pairs(label):
    """Catches int(y) accepting 3.7 (as 3), True (as 1) and "3" (as 3) as labels."""
    training, test = small_data(5)
    test[2] = (test[2][0], label)
    with pytest.raises(ValueError, match=r"test_data\[2\]: y should be a whole-number label from 0 to 3"):
        Network([6, 5, 4]).evaluate(test)


@pytest.mark.parametrize(
    "labels", [np.array([0, 3.7, 1]), np.array([0.0, 3.0, 1.0]), np.array([True, False, True]), np.array(["0", "3", "1"])]
)
def test_labels_that_are_not_whole_numbers_are_refused_in_arrays(labels):
    """Catches labels given as floats, bools or strings being read as digits."""
    with pytest.raises(ValueError, match="test_data: labels must be whole numbers from 0 to 3"):
        Network([6, 5, 4]).evaluate((np.zeros((3, 6)), labels))


def test_whole_number_labels_of_any_integer_type_are_accepted():
    """Catches the label checks refusing the seed's numpy int64 labels."""
    _, test = small_data(6)
    test = [(x, np.int64(j)) if i % 2 else (x, j) for i, (x, j) in enumerate(test)]
    assert 0 <= Network([6, 5, 4]).evaluate(test) <= 6


@pytest.mark.parametrize("eta", ["3.0", True, None, [3.0], np.bool_(True)])
def test_eta_must_be_a_number(eta):
    """Catches float(eta) accepting the text "3.0" and True (as 1.0) as a learning rate."""
    training, _ = small_data()
    with pytest.raises(ValueError, match=r"eta \(the learning rate\) must be a positive, finite number"):
        Network([6, 5, 4]).SGD(training, 1, 10, eta)
    with pytest.raises(ValueError, match=r"eta \(the learning rate\)"):
        Network([6, 5, 4]).update_mini_batch(training[:2], eta)


@pytest.mark.parametrize("seed", [-1, 1.5, "0", True, [0]])
def test_bad_seed_is_refused_with_its_name(seed):
    """Catches a seed numpy would reject deep inside (or, for True, silently read as 1)."""
    with pytest.raises(ValueError, match="seed must be None or a whole number of at least 0"):
        Network([6, 5, 4], seed=seed)


def test_good_seeds():
    """Catches the seed check refusing None or numpy integers."""
    assert Network([6, 5, 4], seed=None).sizes == [6, 5, 4]
    np.testing.assert_array_equal(Network([6, 5, 4], seed=np.int64(3)).weights[0], Network([6, 5, 4], seed=3).weights[0])


def test_errors_speak_chinese_when_asked():
    """Catches a learner-facing error that does not go through the catalogue."""
    from mnistnet import i18n

    try:
        i18n.set_language("zh")
        with pytest.raises(ValueError, match="eta（学习率）"):
            Network([6, 5, 4]).SGD(small_data()[0], 1, 10, "3.0")
        with pytest.raises(ValueError, match="seed 必须是"):
            Network([6, 5, 4], seed=-1)
    finally:
        i18n.set_language("en")


# --- the mini-batch contract and independent references ---------------------------------


def indexed_data(n: int):
    """n samples whose first input is their index: a mini-batch tells which samples it holds."""
    images = np.zeros((n, 6))
    images[:, 0] = np.arange(n)
    return images, np.arange(n) % 4


def test_every_sample_once_per_epoch_in_full_batches_and_a_new_order(monkeypatch):
    """Catches a dropped short last mini-batch, an off-by-one in the shuffle, a missing
    shuffle (the same order every epoch), and mini-batches of the wrong size."""
    n, m, epochs = 53, 10, 3
    seen = []  # per step: the sample indices in the mini-batch

    def record(self, mini_batch, eta, *rest):
        x, _ = mini_batch
        seen.append([int(v) for v in x[0]])

    monkeypatch.setattr(Network, "update_mini_batch", record)
    Network([6, 5, 4], seed=0).SGD(indexed_data(n), epochs, m, 1.0, verbose=False)
    steps = -(-n // m)  # 6 mini-batches per epoch: five of 10, one of 3
    assert len(seen) == epochs * steps
    orders = []
    for e in range(epochs):
        batches = seen[e * steps : (e + 1) * steps]
        assert [len(b) for b in batches] == [10, 10, 10, 10, 10, 3]
        order = [i for b in batches for i in b]
        assert sorted(order) == list(range(n))  # every sample exactly once
        orders.append(order)
    assert orders[0] != orders[1] != orders[2] != orders[0]
    assert orders[0] != list(range(n))  # shuffled at all


def test_total_cost_against_a_hand_computation():
    """Catches total_cost without the 1/2 or the 1/n, or summing only the first block of 1,000."""
    net = Network([2, 2], seed=0)
    net.weights[0] = np.array([[1.0, -2.0], [0.5, 0.0]])
    net.biases[0] = np.array([[0.1], [-0.3]])
    rng = np.random.default_rng(1)
    n = 2500
    images, labels = rng.random((n, 2)), rng.integers(0, 2, n)
    total = 0.0
    for (x1, x2), j in zip(images, labels):
        a1 = 1 / (1 + math.exp(-(1.0 * x1 - 2.0 * x2 + 0.1)))
        a2 = 1 / (1 + math.exp(-(0.5 * x1 - 0.3)))
        y1, y2 = (1.0, 0.0) if j == 0 else (0.0, 1.0)
        total += 0.5 * ((a1 - y1) ** 2 + (a2 - y2) ** 2)
    assert net.total_cost((images, labels)) == pytest.approx(total / n, rel=1e-12)


def test_evaluate_counts_every_block():
    """Catches evaluate counting only the first block of 1,000 samples (or miscounting)."""
    net = Network([2, 2], seed=0)
    net.weights[0] = np.array([[10.0, 0.0], [0.0, 10.0]])  # answer: the larger input
    net.biases[0] = np.zeros((2, 1))
    rng = np.random.default_rng(2)
    n = 2500
    images = rng.random((n, 2))
    answers = (images[:, 1] > images[:, 0]).astype(int)
    labels = answers.copy()
    labels[1234:] = 1 - labels[1234:]  # the last 1,266 labels are wrong: exactly 1,234 right
    assert net.evaluate((images, labels)) == 1234
    pairs = [(x.reshape(2, 1), int(j)) for x, j in zip(images, labels)]
    assert net.evaluate(pairs) == 1234


def test_validation_and_test_accuracy_come_from_their_own_sets():
    """Catches validation_accuracy reporting the test set (or the reverse)."""
    net = Network([2, 2], seed=0)
    net.weights[0] = np.array([[10.0, -10.0], [-10.0, 10.0]])  # answer: the larger input
    net.biases[0] = np.zeros((2, 1))
    right = (np.array([[1.0, 0.0], [0.0, 1.0], [0.9, 0.1]]), np.array([0, 1, 0]))  # all 3 right
    wrong = (np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1, 0]))  # both wrong
    history = net.SGD(right, 1, 3, 1e-9, test_data=right, validation_data=wrong, verbose=False)
    r = history[0]
    assert (r.test_correct, r.test_total, r.validation_correct, r.validation_total) == (3, 3, 0, 2)
    assert (r.test_accuracy, r.validation_accuracy) == (1.0, 0.0)


def test_copy_is_independent():
    """Catches copy() sharing weight arrays (or the random generator) with the original."""
    net = Network([6, 5, 4], seed=0)
    saved = [a.copy() for a in net.weights + net.biases]
    other = net.copy()
    for a, b in zip(other.weights + other.biases, saved):
        np.testing.assert_array_equal(a, b)
    for a in other.weights + other.biases:
        a += 1.0  # in place, as a learner might
    other.SGD(small_data()[0], 1, 10, 1.0, verbose=False)
    for a, b in zip(net.weights + net.biases, saved):
        np.testing.assert_array_equal(a, b)
    assert net.rng.integers(0, 2**62) == Network([6, 5, 4], seed=0).rng.integers(0, 2**62)


# --- save and load ------------------------------------------------------------------------


@pytest.mark.parametrize("umask", [0o022, 0o002])
def test_saved_file_has_the_umask_mode(tmp_path, umask):
    """Catches Network.save creating 0600 files (mkstemp) that other users cannot read."""
    import os

    old = os.umask(umask)
    try:
        Network([6, 5, 4]).save(tmp_path / "net.npz")
    finally:
        os.umask(old)
    assert (tmp_path / "net.npz").stat().st_mode & 0o777 == 0o666 & ~umask


def test_save_to_a_folder_is_refused(tmp_path):
    """Catches save to a folder failing deep inside the rename."""
    with pytest.raises(ValueError, match="is a folder: give a file name such as net.npz"):
        Network([6, 5, 4]).save(tmp_path)


def npy_header(shape, dtype="<f8") -> bytes:
    """The .npy bytes (magic, version 1.0, header) of an array of ``shape``, without its data."""
    import io

    f = io.BytesIO()
    np.lib.format.write_array_header_1_0(f, {"descr": dtype, "fortran_order": False, "shape": shape})
    return f.getvalue()


def test_load_checks_headers_before_reading_data(tmp_path):
    """Catches load reading a large array (here 72 MB, deflated to little) before finding
    that its shape does not fit sizes."""
    import tracemalloc
    import zipfile

    path = tmp_path / "big.npz"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("sizes.npy", "w") as f:
            np.lib.format.write_array(f, np.array([6, 5, 4]))
        with z.open("w0.npy", "w", force_zip64=True) as f:
            f.write(npy_header((3000, 3000)))
            zeros = bytes(8 * 3000 * 100)
            for _ in range(30):
                f.write(zeros)
    tracemalloc.start()
    try:
        expected = r"big.npz: .*array 'w0' has shape \(3000, 3000\), but sizes \[6, 5, 4\] need \(5, 6\)"
        with pytest.raises(ValueError, match=expected):
            Network.load(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000


def test_load_builds_no_random_weights_for_huge_sizes(tmp_path):
    """Catches load drawing random (30000, 30000) weights (7 GB, MemoryError) before reading."""
    path = tmp_path / "huge.npz"
    np.savez(path, sizes=np.array([30000, 30000]), w0=np.zeros((2, 2)), b0=np.zeros((2, 1)))
    expected = r"huge.npz: .*array 'w0' has shape \(2, 2\), but sizes \[30000, 30000\] need \(30000, 30000\)"
    with pytest.raises(ValueError, match=expected):
        Network.load(path)


def zip_of(path, members: dict):
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda p: np.save(p, np.zeros(3)), "it is not an .npz file"),  # a .npy named .npz
        (lambda p: p.write_bytes(b""), "it is not an .npz file"),  # an empty file
        (lambda p: zip_of(p, {"sizes.npy": b"raw bytes"}), "array 'sizes' cannot be read"),
        (lambda p: zip_of(p, {"other.npy": b""}), "it has no array 'sizes'"),
        (lambda p: np.savez(p, sizes=np.array([6.0, 5.0, 4.0])), "array 'sizes' holds float64"),
        (lambda p: np.savez(p, sizes=np.array([6])), "sizes should list at least 2 whole numbers"),
        (lambda p: np.savez(p, sizes=np.array([6, 0])), "sizes should list at least 2 whole numbers"),
        (lambda p: np.savez(p, sizes=np.array([[6, 4]])), "sizes should list at least 2 whole numbers"),
        (
            lambda p: np.savez(p, sizes=np.array([6, 4]), w0=np.zeros((4, 6), dtype=int), b0=np.zeros((4, 1))),
            "array 'w0' holds int64",
        ),
        (
            lambda p: zip_of(p, {"sizes.npy": npy_header((2,), "<i8") + np.array([6, 4]).tobytes(),
                                 "w0.npy": npy_header((4, 6)), "b0.npy": npy_header((4, 1))}),
            "array 'w0' does not hold the 24 numbers its header declares",
        ),
    ],
)
def test_every_bad_file_is_one_value_error_naming_it(tmp_path, make, reason):
    """Catches raw TypeError/EOFError/AttributeError/KeyError from numpy for damaged files."""
    path = tmp_path / "net.npz"
    make(path)
    if not path.exists():  # np.save/np.savez add .npz or .npy to a name without it
        path = next(tmp_path.iterdir())
        path.rename(tmp_path / "net.npz")
        path = tmp_path / "net.npz"
    with pytest.raises(ValueError, match=r"net.npz: not a network saved by Network.save: " + reason):
        Network.load(path)


def test_load_a_folder(tmp_path):
    """Catches a folder given to load answering with IsADirectoryError."""
    with pytest.raises(ValueError, match="is a folder, not a network file"):
        Network.load(tmp_path)


def test_make_mini_batches_cuts_consecutive_pieces_with_a_short_tail():
    """Catches a reference that drops the short last mini-batch or overlaps pieces (notebook 06 falls back on it)."""
    from mnistnet.network import make_mini_batches

    assert make_mini_batches(list(range(7)), 3) == [[0, 1, 2], [3, 4, 5], [6]]
    assert make_mini_batches(list(range(6)), 3) == [[0, 1, 2], [3, 4, 5]]
    assert make_mini_batches([], 3) == []
    with pytest.raises(ValueError, match="mini_batch_size"):
        make_mini_batches([1, 2], 0)


def test_assigned_weights_of_the_wrong_shape_are_named_before_use():
    """Catches numpy's "shapes (3,5) and (4,1) not aligned" from feedforward/evaluate after a learner
    assigns a weight matrix of the wrong shape (the docstring says: assign them)."""
    net = Network([4, 3, 2], seed=0)
    net.weights[0] = np.zeros((3, 5))
    with pytest.raises(ValueError, match=r"weights\[0\] has shape \(3, 5\), expected \(3, 4\)"):
        net.feedforward(np.zeros((4, 1)))
    with pytest.raises(ValueError, match=r"weights\[0\] has shape"):
        net.evaluate([(np.zeros((4, 1)), 1)])
    with pytest.raises(ValueError, match=r"weights\[0\] has shape"):
        net.update_mini_batch([(np.zeros((4, 1)), np.zeros((2, 1)))], 1.0)


@pytest.mark.parametrize("n", [0, -1, "50000", 2.5])
def test_update_mini_batch_needs_a_real_training_set_size_with_lmbda(n):
    """Catches n=0 (ZeroDivisionError), n="50000" (TypeError) and n=-1 (accepted: the decay factor
    1 - eta*lmbda/n becomes 6 and the weights grow at every step)."""
    net = Network([4, 3, 2], seed=0)
    before = net.weights[0].copy()
    with pytest.raises(ValueError, match=r"^n \(the size of the training set\)"):
        net.update_mini_batch([(np.zeros((4, 1)), np.zeros((2, 1)))], 1.0, lmbda=5.0, n=n)
    np.testing.assert_array_equal(net.weights[0], before)


def test_update_mini_batch_refuses_arrays_instead_of_pairs():
    """Catches "too many values to unpack" when (images, labels) is passed as a mini-batch."""
    net = Network([4, 3, 2], seed=0)
    with pytest.raises(ValueError, match=r"mini_batch\[0\] should be a pair \(x, y\), got ndarray"):
        net.update_mini_batch((np.zeros((3, 4)), np.zeros(3, dtype=int)), 1.0)


# --- issue 14: files a class can throw at save and load ------------------------------------


def saved_arrays(net: Network) -> dict:
    """The members Network.save writes, as bytes, to build damaged files from."""
    import io

    members = {}
    arrays = {"sizes": np.array(net.sizes), "cost": np.array("quadratic"), "init": np.array("large")}
    for i, (w, b) in enumerate(zip(net.weights, net.biases)):
        arrays[f"w{i}"], arrays[f"b{i}"] = w, b
    for name, array in arrays.items():
        f = io.BytesIO()
        np.save(f, array)
        members[f"{name}.npy"] = f.getvalue()
    return members


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_load_refuses_weights_that_are_not_finite(tmp_path, bad):
    """Catches NaN or inf weights loading silently: every output would then be NaN and evaluate 0."""
    net = Network([4, 3, 2], seed=0)
    net.weights[1][0, 0] = bad
    path = tmp_path / "net.npz"
    zip_of(path, saved_arrays(net))
    with pytest.raises(ValueError, match=r"net\.npz: not a network saved by Network\.save: array 'w1' contains NaN"):
        Network.load(path)


def test_a_huge_cost_field_gives_a_short_message(tmp_path):
    """Catches a 20 MB error message echoing a cost field of 20 million characters."""
    members = saved_arrays(Network([4, 3, 2], seed=0))
    import io

    f = io.BytesIO()
    np.save(f, np.array("x" * 2_000_000))
    members["cost.npy"] = f.getvalue()
    path = zip_of(tmp_path / "net.npz", members)
    with pytest.raises(ValueError, match="cost must be one of") as error:
        Network.load(path)
    assert len(str(error.value)) < 400


@pytest.mark.parametrize("compression", ["bzip2", "unknown"])
def test_a_member_zipfile_cannot_read_is_one_value_error(tmp_path, compression):
    """Catches a raw NotImplementedError ("That compression method is not supported") from zipfile
    for a member stored with a method it cannot read (99), or bzip2 data that is really deflate (12),
    instead of the file's name and the reason."""
    path = zip_of(tmp_path / "net.npz", saved_arrays(Network([4, 3, 2], seed=0)))
    data = bytearray(path.read_bytes())
    # the compression method is a 2-byte field at offset 8 of every local header and 10 of every
    # central-directory entry: 99 is the AES method (an encrypted member), 12 is bzip2
    method = 12 if compression == "bzip2" else 99
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            data[start + offset : start + offset + 2] = method.to_bytes(2, "little")
            start += 4
    path.write_bytes(bytes(data))
    with pytest.raises(ValueError, match=r"net\.npz: not a network saved by Network\.save: array 'sizes' cannot be read"):
        Network.load(path)


def test_an_encrypted_member_is_one_value_error(tmp_path):
    """Catches zipfile's raw RuntimeError ("File ... is encrypted, password required")."""
    path = zip_of(tmp_path / "net.npz", saved_arrays(Network([4, 3, 2], seed=0)))
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # general-purpose flags: bit 0 = encrypted
        start = 0
        while (start := data.find(signature, start)) != -1:
            data[start + offset] |= 1
            start += 4
    path.write_bytes(bytes(data))
    with pytest.raises(ValueError, match=r"not a network saved by Network\.save: array 'sizes' cannot be read"):
        Network.load(path)


def test_sizes_of_the_wrong_kind_are_named_as_such(tmp_path):
    """Catches "array 'sizes' holds float64, expected floating-point numbers" (issue 14): sizes are
    whole numbers, and a wrongly shaped cost field must not be reported against "sizes None"."""
    members = saved_arrays(Network([4, 3, 2], seed=0))
    import io

    for name, value, message in (("sizes", np.array([4.0, 3.0, 2.0]), "holds float64, expected whole numbers"),
                                 ("cost", np.array(["quadratic", "quadratic"]), r"array 'cost' has shape \(2,\), expected \(\)")):
        f = io.BytesIO()
        np.save(f, value)
        path = zip_of(tmp_path / f"{name}.npz", members | {f"{name}.npy": f.getvalue()})
        with pytest.raises(ValueError, match=message) as error:
            Network.load(path)
        assert "None" not in str(error.value)


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs on this system")
def test_save_never_replaces_a_fifo_or_a_link(tmp_path):
    """Catches save() replacing whatever has the name: as root, `train --save /dev/null` would have
    replaced the device node. A FIFO, a symlink (even to a regular file) and a device are refused,
    and left as they were."""
    import os

    net = Network([4, 3, 2], seed=0)
    fifo = tmp_path / "pipe.npz"
    os.mkfifo(fifo)
    target = tmp_path / "real.npz"
    target.write_bytes(b"keep me")
    link = tmp_path / "link.npz"
    link.symlink_to(target)
    for path in (fifo, link, Path("/dev/null")):
        with pytest.raises(ValueError, match="is not an ordinary file"):
            net.save(path)
    assert fifo.is_fifo() and link.is_symlink() and target.read_bytes() == b"keep me"
    net.save(tmp_path / "new.npz")  # a new name is fine
    assert Network.load(tmp_path / "new.npz").sizes == [4, 3, 2]


def test_a_network_with_a_cost_of_ones_own_is_not_saved_as_if_quadratic(tmp_path):
    """Catches save() writing cost="quadratic" (or crashing) for a learner's own cost class."""

    class Halved:
        fn = staticmethod(lambda a, y: 0.25 * float(np.sum((a - y) ** 2)))
        delta = staticmethod(lambda z, a, y: 0.5 * (a - y) * a * (1 - a))

    with pytest.raises(ValueError, match="a cost of your own cannot be saved"):
        Network([4, 3, 2], cost=Halved).save(tmp_path / "net.npz")
    assert not (tmp_path / "net.npz").exists()


# --- dtype: float32 runs the same code with fewer bytes ------------------------------------


def test_float32_network_holds_float32_and_starts_from_the_float64_draws_rounded():
    """Catches a float32 network that keeps (or drifts back to) float64 arrays somewhere, which would make
    every product mix types (slow, and not what was asked), or that draws other random numbers."""
    net32 = Network([6, 5, 4], seed=3, init="scaled", dtype=np.float32)
    net64 = Network([6, 5, 4], seed=3, init="scaled")
    for a32, a64 in zip(net32.weights + net32.biases, net64.weights + net64.biases):
        assert a32.dtype == np.float32 and np.array_equal(a32, a64.astype(np.float32))
    training, test = small_data(n=30, n_in=6, n_out=4)
    net32.SGD(training, 2, 5, 1.0, test_data=test, lmbda=0.5, verbose=False)
    assert all(a.dtype == np.float32 for a in net32.weights + net32.biases)
    assert net32.feedforward(np.ones((6, 3))).dtype == np.float32
    assert "dtype=np.float32" in repr(net32) and "dtype" not in repr(net64)


@pytest.mark.parametrize("cost_name", ["quadratic", "cross-entropy"])
def test_float32_backprop_is_the_float64_gradient_to_float32_precision(cost_name):
    """The reference is the float64 computation with the same (float32-representable) weights: catches a
    float32 path that computes something else (a missed conversion gives the same numbers, a wrong formula
    does not), and measures the rounding: about 1e-7, not 1e-3."""
    net32 = Network([6, 5, 4], seed=1, cost=cost_name, dtype=np.float32)
    net64 = Network([6, 5, 4], seed=1, cost=cost_name)
    net64.weights = [w.astype(np.float64) for w in net32.weights]
    net64.biases = [b.astype(np.float64) for b in net32.biases]
    rng = np.random.default_rng(2)
    x, y = rng.random((6, 7)), np.eye(4)[rng.integers(0, 4, 7)].T
    (nb32, nw32), (nb64, nw64) = net32.backprop(x, y), net64.backprop(x, y)
    for g32, g64 in zip(nb32 + nw32, nb64 + nw64):
        assert g32.dtype == np.float32
        assert relative_error(g32.astype(np.float64), g64) < 1e-6


def test_float32_learns_as_float64_does(tmp_path):
    """Catches a float32 path that trains worse (e.g. a cost or an update silently done in the wrong type);
    and a saved float32 network comes back float32 with the same weights."""
    rng = np.random.default_rng(5)  # a task that can be learned: the label is the largest of the first 4 inputs
    images = rng.random((80, 6))
    training, test = (images[:60], images[:60, :4].argmax(axis=1)), (images[60:], images[60:, :4].argmax(axis=1))
    results = {}
    for dtype in (np.float64, np.float32):
        net = Network([6, 8, 4], seed=0, cost="cross-entropy", dtype=dtype)
        history = net.SGD(training, 40, 5, 2.0, test_data=test, verbose=False, monitor_training_cost=True)
        results[dtype] = [(r.test_correct, r.training_cost) for r in history]
    # the same learning to float32 precision (a margin: a digit on the edge may fall either side on another CPU)
    assert all(abs(c32 - c64) <= 1 for (c32, _), (c64, _) in zip(results[np.float32], results[np.float64]))
    np.testing.assert_allclose([c for _, c in results[np.float32]], [c for _, c in results[np.float64]], rtol=1e-3)
    assert results[np.float64][-1][1] < 0.5 * results[np.float64][0][1]  # it did learn
    net.save(tmp_path / "net32.npz")
    loaded = Network.load(tmp_path / "net32.npz")
    assert loaded.dtype == np.float32 and all(np.array_equal(a, b) for a, b in zip(loaded.weights, net.weights))


@pytest.mark.parametrize("dtype", [np.int64, np.float16, "int", True, None, [np.float32]])
def test_other_dtypes_are_refused_naming_the_two_choices(dtype):
    with pytest.raises(ValueError, match=r"dtype must be np\.float64 \(the default\) or np\.float32"):
        Network([2, 2], dtype=dtype)
