"""plots: what the figures promise a reader (axes, labels, scales), checked on the returned Figure."""

import re

import matplotlib
import numpy as np
import pytest

matplotlib.use("Agg")

from matplotlib import pyplot as plt  # noqa: E402

from mnistnet.network import EpochReport  # noqa: E402
from mnistnet.plots import (  # noqa: E402
    confusion_matrix,
    plot_learning_curves,
    plot_z_histograms,
    show_digit_pixels,
    show_weight_gradient,
)


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_confusion_matrix_rows_are_true_labels_columns_predictions():
    """Catches a transposed confusion matrix (rows = predictions), on a 2x2 case by hand:
    three images of 0 (one read as 0, two as 1) and one image of 1 (read as 1)."""
    labels = [0, 0, 0, 1]
    predictions = [0, 1, 1, 1]
    counts = confusion_matrix(predictions, labels, n=2)
    np.testing.assert_array_equal(counts, [[1, 2], [0, 1]])
    assert "Rows are the true labels, columns the network's answers" in confusion_matrix.__doc__


# --- the learning curve of 06 and 07 ---------------------------------------------------------


def _history(test: bool, validation: bool):
    return [EpochReport(e, 0.1, *((90 + e, 100) if test else (None, None)),
                        *((80 + e, 100) if validation else (None, None))) for e in range(3)]


def _curves(ax):
    """The accuracy lines, without the dashed chance line."""
    return [line for line in ax.lines if line.get_gid() != "chance"]


def test_x_is_the_epoch_as_printed_and_y_the_accuracy_in_percent():
    """Catches the two opposite conventions of 06 and the explorer (epoch + 1 on one of them): the x of
    each point is the number that SGD's printed line gives that epoch ("Epoch 0: ..."), y is in %."""
    history = _history(True, True)
    printed = [int(re.match(r"Epoch (\d+):", r.line()).group(1)) for r in history]
    ax = plot_learning_curves({"eta = 1": history}).axes[0]
    for line in _curves(ax):
        assert list(line.get_xdata()) == printed == [0, 1, 2]
    assert ax.get_xlabel() == "epoch" and ax.get_ylabel() == "accuracy (%)"


def test_the_y_axis_shows_the_whole_climb_from_chance():
    """Catches 06's y-axis starting at 87.5% (matplotlib's automatic limits around accuracies of 80-92%),
    which hides the climb from guessing: y runs from 0 to 100 and chance, 10% for ten digits, is marked."""
    ax = plot_learning_curves({"eta = 1": _history(True, True)}).axes[0]
    assert ax.get_ylim() == (0, 100)
    (chance,) = [line for line in ax.lines if line.get_gid() == "chance"]
    assert list(chance.get_ydata()) == [10, 10] and chance.get_linestyle() == "--"
    assert [tick.get_text() for tick in ax.get_yticklabels(minor=True)] == ["chance"]


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
    assert len(_curves(ax)) == 1 and list(_curves(ax)[0].get_ydata()) == [80, 81, 82]
    assert ax.get_title() == "validation (solid)"


# --- 01, 05, 10 ----------------------------------------------------------------------------------


@pytest.mark.parametrize("rows, cols, xlim, ylim", [
    (slice(10, 13), slice(5, 8), (3.5, 8.5), (13.5, 8.5)),  # a pixel of paper around the ink
    (slice(0, 2), slice(26, 28), (24.5, 27.5), (2.5, -0.5)),  # ink at the edge: no paper beyond the image
])
def test_pixel_numbers_are_readable_and_every_inked_pixel_is_shown(rows, cols, xlim, ylim):
    """Catches 01's pixel figure whose 0-255 numbers (4.5 pt on a 28 x 28 grid) were too small to read:
    every number is at least 8 pt and fits inside its own pixel, the crop (limits worked out by hand) keeps
    every inked pixel, and the axes keep the row and column numbers of the 28 x 28 image."""
    image = np.zeros((28, 28), dtype=np.uint8)
    image[rows, cols] = 255
    fig = show_digit_pixels(image.ravel())
    ax = fig.axes[0]
    assert ax.get_xlim() == xlim and ax.get_ylim() == ylim
    texts = ax.texts
    assert sorted((t.get_position()[1], t.get_position()[0]) for t in texts) == [
        (r, c) for r in range(28)[rows] for c in range(28)[cols]]
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    pixel = ax.transData.transform((1, 0))[0] - ax.transData.transform((0, 0))[0]  # one image pixel, in dots
    for text in texts:
        assert text.get_text() == "255" and text.get_fontsize() >= 8
        assert text.get_window_extent(renderer).width < pixel


def test_the_weight_gradient_has_a_colour_bar_that_fits_every_panel():
    """Catches 05's heat map of nabla_w without a colour bar (red and blue, but how much?), and a colour
    bar that would lie about the side panel drawn on a scale of its own: one scale, symmetric around 0,
    up to the largest |gradient| (2.5, set by hand here)."""
    rng = np.random.default_rng(0)
    g = rng.uniform(-1, 1, (30, 784))
    g[7] *= 2  # the neuron with the largest gradient: the default side panel
    g[3, 100] = -2.5
    fig = show_weight_gradient(rng.random(784), g)
    heat, side = [ax.images[0] for ax in fig.axes if ax.images and ax.images[0].get_array().shape in ((30, 784), (28, 28))]
    assert heat.colorbar is not None and heat.colorbar.ax.get_ylabel()
    assert heat.get_clim() == side.get_clim() == (-2.5, 2.5)
    assert [ax.get_title() for ax in fig.axes if ax.get_title()] == ["j = 7"]


def test_z_histograms_label_the_y_axis_and_are_densities():
    """Catches 10's unlabelled y-axis: each panel says its y is a density of z (and sigma'(z), drawn on
    the same axis), and the bars are one: their area is 1 (2,000 values, all inside the -30..30 range)."""
    rng = np.random.default_rng(0)
    fig = plot_z_histograms({"N(0, 1)": rng.normal(0, 1, (20, 100)), "N(0, 10)": rng.normal(0, 10, 2000).clip(-29, 29)})
    for ax in fig.axes:
        assert ax.get_ylabel() == "density of z;  σ′(z)"
        assert sum(bar.get_height() * bar.get_width() for bar in ax.patches) == pytest.approx(1)
