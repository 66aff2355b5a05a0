"""The widgets, driven without a browser: set slider values, press buttons, watch the results."""

import time

import numpy as np
import pytest

from mnistnet import Network
from mnistnet.ui import Explorer, GradientDescentWidget, NeuronWidget, descend


@pytest.fixture(scope="module")
def small(mnist):
    """5,000 training, 1,000 validation and 1,000 test images: fast runs."""
    (tx, ty), (vx, vy), (sx, sy) = mnist
    return (tx[:5000], ty[:5000]), (vx[:1000], vy[:1000]), (sx[:1000], sy[:1000])


def direct(small, eta, epochs, hidden, batch_size, train_size, seed):
    """The same training without any widget, for comparison."""
    (tx, ty), _, test = small
    net = Network([784, hidden, 10], seed=seed)
    return [r.test_correct for r in net.SGD((tx[:train_size], ty[:train_size]), epochs, batch_size, eta,
                                             test_data=test, verbose=False)]


def test_defaults_are_the_seeds_setup(small):
    ex = Explorer(small)
    assert ex.settings() == dict(eta=1.0, epochs=10, hidden=30, batch_size=10, train_size=10000, seed=0)
    assert repr(ex) == "Explorer (interactive: run this cell to see and use it)"


def test_train_button_uses_the_sliders(small):
    ex = Explorer(small)
    empty_plot = ex.plot.value
    ex.eta.value, ex.epochs.value, ex.hidden.value, ex.batch_size.value, ex.train_size.value = 3.0, 3, 12, 20, 2000
    ex.train_button.click()
    ex.wait(60)
    (run,) = ex.runs
    assert run.settings == dict(eta=3.0, epochs=3, hidden=12, batch_size=20, train_size=2000, seed=0)
    assert [r.test_correct for r in run.history] == direct(small, 3.0, 3, 12, 20, 2000, 0)
    assert ex.progress.value == ex.progress.max == 3 and ex.progress.bar_style == "success"
    assert ex.plot.value != empty_plot and ex.plot.value.tobytes().startswith(b"\x89PNG")
    assert "<td>12</td>" in ex.table.value and f"{100 * run.best:.2f}%" in ex.table.value
    assert ex.status.value.startswith("Run 1 done: best test accuracy")
    assert not ex.train_button.disabled and ex.stop_button.disabled


def test_moving_a_slider_mid_run_changes_nothing_and_train_twice_starts_one_run(small):
    ex = Explorer(small)
    ex.epochs.value, ex.train_size.value = 6, 5000  # long enough to still be running below
    ex.train_button.click()
    ex.eta.value, ex.epochs.value, ex.hidden.value = 50.0, 1, 3
    ex.train_button.click()  # while running: refused
    assert ex.running and "already going" in ex.status.value
    ex.clear_button.click()  # while running: refused too, and says why
    assert ex.runs and "press Stop first, then Clear" in ex.status.value
    ex.wait(60)
    assert len(ex.runs) == 1
    assert ex.runs[0].settings["eta"] == 1.0 and len(ex.runs[0].history) == 6
    assert [r.test_correct for r in ex.runs[0].history] == direct(small, 1.0, 6, 30, 10, 5000, 0)


def test_stop_takes_effect_within_one_epoch(small):
    ex = Explorer(small)
    ex.epochs.value, ex.train_size.value = 60, 5000
    ex.train_button.click()
    deadline = time.time() + 60
    while not ex.runs or not ex.runs[0].history:
        assert time.time() < deadline
        time.sleep(0.01)
    ex.stop_button.click()
    epochs_when_stopped = len(ex.runs[0].history)
    ex.wait(60)
    run = ex.runs[0]
    assert not ex.running and run.stopped
    assert len(run.history) <= epochs_when_stopped + 1 < 60
    assert "stopped after" in ex.status.value and ex.progress.value == len(run.history)


def test_runs_are_kept_and_cleared(small):
    ex = Explorer(small)
    first = ex.run(epochs=1, train_size=1000)
    second = ex.run(epochs=2, train_size=1000, eta=0.01)
    assert ex.runs == [first, second] and [r.number for r in ex.runs] == [1, 2]
    assert ex.table.value.count("<tr>") == 3  # header and two runs
    assert second.best < first.best  # eta 0.01 crawls
    assert repr(second).startswith("run 2: eta=0.01, hidden=30, n=1000: test accuracy per epoch (%) [")
    third = ex.run(train_size=1000, epochs=1)  # starts from the defaults again, not from eta=0.01
    assert third.settings == first.settings and ex.eta.value == 1.0
    assert [r.test_correct for r in third.history] == [r.test_correct for r in first.history]
    ex.clear_button.click()
    assert ex.runs == [] and ex.table.value == "" and ex.progress.value == 0


def test_out_of_range_values_are_clamped_or_refused(small):
    ex = Explorer(small)
    ex.eta.value, ex.hidden.value, ex.epochs.value, ex.train_size.value = 1000.0, 0, 500, 10
    assert ex.settings()["eta"] == 100.0 and ex.settings()["hidden"] == 1
    assert ex.settings()["epochs"] == 60 and ex.settings()["train_size"] == 1000
    with pytest.raises(ValueError, match="eta must be between 0.001 and 100, got 1000"):
        ex.run(eta=1000)
    with pytest.raises(ValueError, match="hidden must be between 1 and 200"):
        ex.run(hidden=0)
    with pytest.raises(ValueError, match="run\\(\\) has no setting 'learning_rate'"):
        ex.run(learning_rate=1.0)
    assert ex.runs == []


def test_eta_100_is_stuck_near_chance(small):
    """The book: eta = 100 stays near chance. (What notebook 07 asks the learner to see.)"""
    run = Explorer(small).run(eta=100, epochs=3, train_size=2000)
    assert run.best < 0.3


def test_neuron_widget_redraws():
    w = NeuronWidget()
    before = w.image.value
    w.w.value = 8.0
    assert w.image.value != before and w.image.value.tobytes().startswith(b"\x89PNG")
    w.b.value = 20  # clamped
    assert w.b.value == 10


def test_descend_follows_the_gradient():
    path = descend([1.0, 1.0], 0.1, 2)
    np.testing.assert_allclose(path, [[1, 1], [0.8, -1.0], [0.64, 1.0]])


@pytest.mark.parametrize(
    "eta, steps, verdict",
    [(0.001, 20, "still on its way down"), (0.05, 100, "reached the minimum"), (0.2, 20, "diverged")],
)
def test_gradient_descent_widget(eta, steps, verdict):
    w = GradientDescentWidget()
    w.eta.value, w.steps.value = eta, steps
    assert verdict in w.result.value
    assert w.image.value.tobytes().startswith(b"\x89PNG")
