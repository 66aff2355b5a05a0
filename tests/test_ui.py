"""The widgets, driven without a browser: set slider values, press buttons, watch the results."""

import re
import threading
from types import SimpleNamespace

import numpy as np
import pytest

import mnistnet
from mnistnet import EpochReport, Network
from mnistnet.maths import descend
from mnistnet.widgets import DEFAULTS, Explorer, GradientDescentWidget, NeuronWidget, Run


def synthetic(n_train=5000, n_val=1000, n_test=1000, seed=0):
    """MNIST-shaped data that a [784, 30, 10] net learns in a few epochs: each digit is a fixed random
    pattern of ink (20% of the pixels) with 15% of the pixels flipped, as uint8 like load_data(dtype=np.uint8)."""
    rng = np.random.default_rng(seed)
    prototypes = rng.random((10, 784)) < 0.2

    def part(n):
        labels = rng.integers(0, 10, n)
        flips = rng.random((n, 784)) < 0.15
        return ((prototypes[labels] ^ flips) * 255).astype(np.uint8), labels.astype(np.int64)

    return part(n_train), part(n_val), part(n_test)


@pytest.fixture(scope="module")
def small():
    """5,000 training, 1,000 validation and 1,000 test images (synthetic): runs take a fraction of a second."""
    return synthetic()


def direct(small, eta, epochs, hidden, batch_size, train_size, seed):
    """The same training without any widget, for comparison (in 32-bit floats, as the explorer trains)."""
    (tx, ty), _, test = small
    net = Network([784, hidden, 10], seed=seed, dtype=np.float32)
    return [r.test_correct for r in net.SGD((tx[:train_size], ty[:train_size]), epochs, batch_size, eta,
                                             test_data=test, verbose=False)]


def test_defaults_are_chapter_1s_setup(small):
    ex = Explorer(small)
    assert ex.settings() == dict(eta=1.0, epochs=10, hidden=30, batch_size=10, train_size=10000, seed=0)
    assert repr(ex) == "Explorer (interactive: run this cell to see and use it)"


def test_train_button_uses_the_sliders(small):
    ex = Explorer(small)
    empty_plot = ex.plot.value
    ex.eta.value, ex.epochs.value, ex.hidden.value, ex.batch_size.value, ex.train_size.value = 3.0, 3, 12, 20, 2000
    ex.train_button.click()
    ex.wait()
    (run,) = ex.runs
    assert run.settings == dict(eta=3.0, epochs=3, hidden=12, batch_size=20, train_size=2000, seed=0)
    assert [r.test_correct for r in run.history] == direct(small, 3.0, 3, 12, 20, 2000, 0)
    assert ex.progress.value == ex.progress.max == 3 and ex.progress.bar_style == "success"
    assert ex.plot.value != empty_plot and ex.plot.value.tobytes().startswith(b"\x89PNG")
    assert "<td>12</td>" in ex.table.value and f"{100 * run.best:.2f}%" in ex.table.value
    assert ex.status.value.startswith("Run 1 done: best validation accuracy")
    assert not ex.train_button.disabled and ex.stop_button.disabled


def test_the_explorer_trains_in_float32(small, monkeypatch):
    """The explorer's networks compute in 32-bit floats, for quicker answers to the sliders (and for notebook 07 and its
    browser test, which train a dozen networks). Catches a run made in float64, the Network default, again: its
    test counts can equal float32's on so small a set, so the dtype is read off the network itself."""
    made = []

    class Recorded(Network):
        def __init__(self, *args, **options):
            super().__init__(*args, **options)
            made.append(self)

    monkeypatch.setattr(mnistnet.widgets, "Network", Recorded)
    Explorer(small).run(epochs=1, train_size=1000)
    assert [net.dtype for net in made] == [np.float32]
    assert all(a.dtype == np.float32 for a in made[0].weights + made[0].biases)


def pause_after_first_epoch(ex):
    """Make the explorer's training thread wait at the end of its first epoch until ``release`` is set.

    Returns (reached, release). What a test does between ``wait_until(reached)`` and ``release.set()``
    happens while the run is certainly still going, however fast or slow the machine: no sleeps, no clock.
    """
    reached, release = threading.Event(), threading.Event()

    def hold(change):  # the training thread sets progress.value = 1 after its first epoch
        if change["new"] == 1 and threading.current_thread() is not threading.main_thread():
            reached.set()
            release.wait()

    ex.progress.observe(hold, names="value")
    return reached, release


def wait_until(reached, ex):
    """Wait for ``reached``; fail (instead of hanging) if the training thread ended without getting there."""
    while not reached.wait(0.05):
        assert ex.running, "the run ended before its first epoch"


def test_moving_a_slider_mid_run_changes_nothing_and_train_twice_starts_one_run(small):
    ex = Explorer(small)
    reached, release = pause_after_first_epoch(ex)
    ex.epochs.value, ex.train_size.value = 3, 2000
    ex.train_button.click()
    try:
        wait_until(reached, ex)  # the run is held after its first epoch: surely still going below
        ex.eta.value, ex.epochs.value, ex.hidden.value = 50.0, 1, 3
        ex.train_button.click()  # while running: refused
        assert ex.running and "already going" in ex.status.value
        ex.clear_button.click()  # while running: refused too, and says why
        assert ex.runs and "press Stop first, then Clear" in ex.status.value
    finally:
        release.set()
    ex.wait()
    assert len(ex.runs) == 1
    assert ex.runs[0].settings["eta"] == 1.0 and len(ex.runs[0].history) == 3
    assert [r.test_correct for r in ex.runs[0].history] == direct(small, 1.0, 3, 30, 10, 2000, 0)


def test_stop_takes_effect_after_the_epoch_in_progress(small):
    """Catches a Stop that is ignored, or that only takes effect epochs later: pressed during the first
    epoch (the thread is held there), the run ends after exactly that epoch."""
    ex = Explorer(small)
    reached, release = pause_after_first_epoch(ex)
    ex.epochs.value, ex.train_size.value = 60, 1000
    ex.train_button.click()
    try:
        wait_until(reached, ex)
        ex.stop_button.click()
    finally:
        release.set()
    ex.wait()
    run = ex.runs[0]
    assert not ex.running and run.stopped and len(run.history) == 1
    assert "stopped after" in ex.status.value and ex.progress.value == 1


def test_runs_are_kept_and_cleared(small):
    ex = Explorer(small)
    first = ex.run(epochs=1, train_size=1000)
    second = ex.run(epochs=2, train_size=1000, eta=0.01)
    assert ex.runs == [first, second] and [r.number for r in ex.runs] == [1, 2]
    assert ex.table.value.count("<tr>") == 3  # header and two runs
    assert second.best < first.best  # eta 0.01 crawls
    assert repr(second).startswith("run 2: eta=0.01, hidden=30, n=1000: validation accuracy per epoch (%) [")
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


def test_a_stop_before_a_run_does_not_cut_it_short(small):
    """Catches the stop flag left set: after Stop (with no run going, or after a stopped run), every later
    ex.run() or Train stopped after its first epoch."""
    ex = Explorer(small)
    ex.stop_button.click()  # nothing is running
    first = ex.run(epochs=3, train_size=1000)
    assert len(first.history) == 3 and not first.stopped
    ex.stop()
    ex.epochs.value, ex.train_size.value = 3, 1000
    ex.train_button.click()
    ex.wait()
    assert len(ex.runs[-1].history) == 3 and not ex.runs[-1].stopped


def test_done_is_said_after_the_final_plot(small):
    """Catches "Run N done" shown while the plot still lacks the last epoch (status first, drawing after)."""
    ex = Explorer(small)
    events = []
    draw = ex._draw

    def recording_draw():
        draw()
        events.append("draw")

    ex._draw = recording_draw
    ex.status.observe(lambda change: events.append(change["new"]), names="value")
    ex.run(epochs=2, train_size=1000)
    done = [i for i, e in enumerate(events) if e.startswith("Run 1 done")]
    assert done and events.index("draw") < done[0] and "draw" not in events[done[0]:], events


def test_the_live_plot_takes_at_most_a_quarter_of_a_run(small, monkeypatch):
    """Catches a live plot redrawn after every epoch however long a redraw takes. Time is a fake clock, the
    widget's own: each epoch moves it on by 0.1 s and each redraw by 0.3 s (as long as three epochs). Redrawn
    whenever 0.3 s had passed, 8 redraws took 41% of the 30 epochs' run; waiting three redraws' time after each,
    4 take 26% (a quarter, and the first comes early). The bound, 30%, leaves room on both sides."""
    clock = [0.0]
    monkeypatch.setattr(mnistnet.widgets, "time", SimpleNamespace(perf_counter=lambda: clock[0]))
    ex = Explorer(small)
    draw, redraws = ex._draw, []

    def slow_draw():
        draw()
        clock[0] += 0.3
        redraws.append(clock[0])

    ex._draw = slow_draw
    ex.status.observe(lambda change: clock.__setitem__(0, clock[0] + 0.1), names="value")  # one status per epoch
    run = ex.run(epochs=30, train_size=1000)
    assert len(run.history) == 30
    during = redraws[:-1]  # the last one draws the finished run
    assert 1 <= len(during) and 0.3 * len(during) <= 0.30 * redraws[-1], redraws


def history(test, validation):
    return [EpochReport(e, 1.0, round(1000 * t), 1000, round(1000 * v), 1000)
            for e, (t, v) in enumerate(zip(test, validation))]


def test_runs_are_ranked_by_validation_accuracy():
    """Catches Run.best taken from the test set: here the best test epoch (2nd) is not the best validation one."""
    run = Run(1, dict(DEFAULTS), history(test=[0.90, 0.95, 0.91], validation=[0.91, 0.90, 0.93]))
    assert run.best == 0.93 and run.best_test == 0.91 and run.best_epoch.epoch == 2
    assert Run(2, dict(DEFAULTS)).best == 0.0


def test_table_shows_validation_then_test_last(small):
    """Catches a table headed "best test accuracy" (choosing on test), or the test column not last."""
    ex = Explorer(small)
    ex.runs.append(Run(1, dict(DEFAULTS), history(test=[0.90, 0.95], validation=[0.93, 0.91])))
    ex._draw()
    headings = re.findall(r"<th>(.*?)</th>", ex.table.value)
    cells = re.findall(r"<td>(.*?)</td>", ex.table.value)
    assert headings[-2:] == ["best validation accuracy", "test accuracy at that epoch"]
    assert cells[-2:] == ["93.00%", "90.00%"]


def test_figure_draws_every_run_validation_solid_test_dotted(small):
    """Catches a static picture limited to the live plot's last 8 runs (the baseline dropped), the sets
    swapped, or epochs numbered from 1 while SGD's printed lines and notebook 06 number them from 0."""
    ex = Explorer(small)
    for i in range(10):
        ex.runs.append(Run(i + 1, dict(DEFAULTS, eta=float(i + 1)), history(test=[0.5, 0.6], validation=[0.4, 0.7])))
    ax = ex.figure().axes[0]
    labels = [text.get_text() for text in ax.get_legend().get_texts()]
    assert len(labels) == 10 and labels[0].startswith("run 1:")
    solid = [line for line in ax.get_lines() if line.get_linestyle() == "-"]
    dotted = [line for line in ax.get_lines() if line.get_linestyle() == ":"]
    assert len(solid) == len(dotted) == 10
    np.testing.assert_allclose(solid[0].get_ydata(), [40, 70])
    np.testing.assert_allclose(solid[0].get_xdata(), [0, 1])  # epochs as SGD prints them, as in notebook 06
    np.testing.assert_allclose(dotted[0].get_ydata(), [50, 60])


def test_a_runs_figure_label_is_written_as_its_printed_line(small):
    """Catches 07's legend saying "η=1" beside printed runs saying "eta=1": the label in the figure is how
    the run's English repr begins, in the notebook code's word for the setting (ex.run(eta=...))."""
    run = Run(3, dict(DEFAULTS, eta=0.5, hidden=12, train_size=2000), history(test=[0.5], validation=[0.4]))
    assert run.label() == "run 3: eta=0.5, hidden=12, n=2000"
    assert repr(run).startswith(run.label() + ": validation accuracy per epoch")
    ex = Explorer(small)
    ex.runs.append(run)
    assert [text.get_text() for text in ex.figure().axes[0].get_legend().get_texts()] == [run.label()]


def test_widgets_speak_chinese_and_figures_stay_neutral(small):
    """Catches a widget label, button, status line or table heading that bypasses t(), and a sentence in a
    figure (no CJK fonts: it would show as boxes)."""
    try:
        mnistnet.set_language("zh")
        ex = Explorer(small)
        assert (ex.train_button.description, ex.stop_button.description, ex.clear_button.description) == (
            "训练", "停止", "清除")
        assert re.search(r"[\u4e00-\u9fff]", ex.status.value) and ex.hidden.description == "隐藏神经元"
        ex.run(epochs=1, train_size=1000)
        assert ex.status.value.startswith("第 1 次训练完成") and "最佳验证准确率" in ex.table.value
        assert repr(ex) == "Explorer （交互式：运行这个单元格才能看到并使用它）"
        fig = ex.figure()
        texts = [t.get_text() for t in fig.findobj(lambda o: hasattr(o, "get_text"))]
        assert not any(re.search(r"[\u4e00-\u9fff]", text) for text in texts), texts
        assert GradientDescentWidget().steps.description == "步数"
    finally:
        mnistnet.set_language("en")


def test_descend_repeats_the_given_step():
    """Catches descend ignoring the learner's step (notebook 04 says descend repeats your step)."""
    calls = []

    def my_step(v, grad, eta):
        calls.append((v.tolist(), grad.tolist(), eta))
        return v - 2 * eta * grad  # twice the usual step, to see it is this one that runs

    path = descend([1.0, 1.0], 0.05, 2, step=my_step)
    # by hand: grad(1, 1) = (2, 20): v1 = (1 - 0.2, 1 - 2) = (0.8, -1); grad(v1) = (1.6, -20): v2 = (0.64, 1)
    np.testing.assert_allclose(path, [[1, 1], [0.8, -1.0], [0.64, 1.0]])
    assert calls[0] == ([1.0, 1.0], [2.0, 20.0], 0.05) and len(calls) == 2
    widget = GradientDescentWidget(eta=0.05, steps=1, step=my_step)
    assert len(calls) == 3 and widget.image.value.tobytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "settings, message",
    [({"epochs": 2.5}, "epochs must be a whole number"), ({"hidden": True}, "hidden must be a whole number"),
     ({"eta": True}, "eta must be a number"), ({"eta": "3.0"}, "eta must be a number"),
     ({"seed": 1.0}, "seed must be a whole number")],
)
def test_run_refuses_settings_that_are_not_numbers_of_the_right_kind(small, settings, message):
    """Catches ex.run(epochs=2.5) training (range() would crash deep in SGD, or 2.5 be cut to 2) and
    ex.run(eta=True) training with eta 1: a clear ValueError naming the setting instead."""
    ex = Explorer(small)
    with pytest.raises(ValueError, match=message):
        ex.run(**settings)
    assert ex.runs == []
