"""plots.plot_learning_curves: every line says which set it shows (notebook 06's learning curve)."""

import matplotlib

matplotlib.use("Agg")

from mnistnet.network import EpochReport  # noqa: E402
from mnistnet.plots import plot_learning_curves  # noqa: E402


def _history(test: bool, validation: bool):
    return [EpochReport(e, 0.1, *((90 + e, 100) if test else (None, None)),
                        *((80 + e, 100) if validation else (None, None))) for e in range(3)]


def test_legend_names_test_and_validation_and_the_axis_is_not_test_only():
    """Catches the old figure: y axis "test accuracy (%)" above a dashed validation line."""
    fig = plot_learning_curves({"eta = 1": _history(True, True)})
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["eta = 1: test", "eta = 1: validation"]
    assert ax.get_ylabel() == "accuracy (%)"
    assert list(ax.lines[0].get_ydata()) == [90, 91, 92] and list(ax.lines[1].get_ydata()) == [80, 81, 82]


def test_a_history_without_test_accuracies_draws_validation_only():
    """Catches a TypeError (None * 100) when training watched only the validation set."""
    fig = plot_learning_curves({"run": _history(False, True)})
    assert [t.get_text() for t in fig.axes[0].get_legend().get_texts()] == ["run: validation"]
