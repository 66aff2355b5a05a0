"""plots.plot_learning_curves: the one learning-curve figure of notebook 06 and of the explorer (07)."""

import re

import matplotlib

matplotlib.use("Agg")

from mnistnet.network import EpochReport  # noqa: E402
from mnistnet.plots import plot_learning_curves  # noqa: E402


def _history(test: bool, validation: bool):
    return [EpochReport(e, 0.1, *((90 + e, 100) if test else (None, None)),
                        *((80 + e, 100) if validation else (None, None))) for e in range(3)]


def test_x_is_the_epoch_as_printed_and_y_the_accuracy_in_percent():
    """Catches the two opposite conventions of 06 and the explorer (epoch + 1 on one of them): the x of
    each point is the number that SGD's printed line gives that epoch ("Epoch 0: ..."), y is in %."""
    history = _history(True, True)
    printed = [int(re.match(r"Epoch (\d+):", r.line()).group(1)) for r in history]
    ax = plot_learning_curves({"eta = 1": history}).axes[0]
    for line in ax.lines:
        assert list(line.get_xdata()) == printed == [0, 1, 2]
    assert ax.get_xlabel() == "epoch" and ax.get_ylabel() == "accuracy (%)"


def test_validation_solid_test_dotted_and_the_title_says_so():
    """Catches the sets swapped or unnamed (the old figure: y axis "test accuracy (%)" above a dashed
    validation line): validation accuracy solid, test dotted, one legend entry per history."""
    ax = plot_learning_curves({"eta = 1": _history(True, True), "eta = 3": _history(True, True)}).axes[0]
    solid = [list(line.get_ydata()) for line in ax.lines if line.get_linestyle() == "-"]
    dotted = [list(line.get_ydata()) for line in ax.lines if line.get_linestyle() == ":"]
    assert solid == [[80, 81, 82]] * 2 and dotted == [[90, 91, 92]] * 2
    assert ax.get_title() == "validation (solid), test (dotted)"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["eta = 1", "eta = 3"]


def test_a_history_without_test_accuracies_draws_validation_only():
    """Catches a TypeError (None * 100) when training watched only the validation set (notebook 06),
    and a title promising a test line that is not there."""
    ax = plot_learning_curves({"run": _history(False, True)}).axes[0]
    assert len(ax.lines) == 1 and list(ax.lines[0].get_ydata()) == [80, 81, 82]
    assert ax.get_title() == "validation (solid)"
