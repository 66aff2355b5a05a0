"""The notebooks' extra plotting code, kept out of the way so each notebook cell shows one idea.

Every function draws with matplotlib and returns the ``Figure``. In a notebook write
``fig = show_digits(...)``: the figure appears once, below the cell.
"""

from __future__ import annotations

import numpy as np
from matplotlib import pyplot as plt
from matplotlib.figure import Figure

from .maths import sigmoid, sigmoid_prime


def _image(row: np.ndarray) -> np.ndarray:
    return np.asarray(row, dtype=float).reshape(28, 28)


def show_digits(images, labels, n: int = 20, cols: int = 10, predictions=None) -> Figure:
    """The first ``n`` images (rows of 784) with their labels; with ``predictions``, the
    network's answer too, in red when it is wrong."""
    n = min(n, len(images))
    rows = -(-n // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(cols * 0.9, rows * 1.1), squeeze=False)
    for i, ax in enumerate(axes.flat):
        ax.axis("off")
        if i >= n:
            continue
        ax.imshow(_image(images[i]), cmap="gray_r")
        if predictions is None:
            ax.set_title(str(labels[i]), fontsize=10)
        else:
            wrong = predictions[i] != labels[i]
            ax.set_title(f"{labels[i]}→{predictions[i]}", fontsize=9, color="red" if wrong else "black")
    fig.tight_layout()
    return fig


def show_digit_pixels(image) -> Figure:
    """One digit, large, with every pixel's value written on it (0..255 or 0..1)."""
    img = _image(image)
    fig, ax = plt.subplots(figsize=(7, 7))
    ax.imshow(img, cmap="gray_r")
    top = img.max() or 1
    for (r, c), v in np.ndenumerate(img):
        if v:
            ax.text(c, r, f"{v:.0f}" if top > 1 else f"{v:.1f}", ha="center", va="center", fontsize=4.5,
                    color="white" if v > top / 2 else "black")
    ax.set_xticks([])
    ax.set_yticks([])
    return fig


def plot_class_balance(train_labels, test_labels) -> Figure:
    """How many images of each digit, in the training and the test set."""
    fig, ax = plt.subplots(figsize=(8, 3))
    digits = np.arange(10)
    ax.bar(digits - 0.2, np.bincount(train_labels, minlength=10), 0.4, label="training")
    ax.bar(digits + 0.2, np.bincount(test_labels, minlength=10), 0.4, label="test")
    ax.set_xticks(digits)
    ax.set_xlabel("digit")
    ax.set_ylabel("images")
    ax.legend()
    return fig


def show_average_digits(images, labels) -> Figure:
    """The mean image of each digit class."""
    fig, axes = plt.subplots(1, 10, figsize=(10, 1.4))
    for d, ax in enumerate(axes):
        ax.imshow(_image(np.mean(images[labels == d], axis=0)), cmap="gray_r")
        ax.set_title(str(d))
        ax.axis("off")
    return fig


def plot_sigmoid() -> Figure:
    """sigma(z), sigma'(z) and the perceptron's step, side by side."""
    z = np.linspace(-8, 8, 400)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.2))
    left.plot(z, np.where(z > 0, 1.0, 0.0), "--", color="gray", label="step (perceptron)")
    left.plot(z, sigmoid(z), label="σ(z)")
    left.set_title("σ(z) = 1 / (1 + e^(−z))")
    right.plot(z, sigmoid_prime(z), color="C1", label="σ'(z)")
    right.set_title("σ'(z) = σ(z)(1 − σ(z))")
    for ax in (left, right):
        ax.set_xlabel("z")
        ax.grid(alpha=0.3)
        ax.legend()
    fig.tight_layout()
    return fig


def plot_learning_curves(histories: dict, validation: bool = False) -> Figure:
    """Test accuracy (%) per epoch for each named history (a list of ``EpochReport``)."""
    fig, ax = plt.subplots(figsize=(8, 3.5))
    for i, (name, history) in enumerate(histories.items()):
        epochs = [r.epoch for r in history]
        ax.plot(epochs, [100 * r.test_accuracy for r in history], "o-", ms=3, color=f"C{i}", label=name)
        if validation and history and history[0].validation_total:
            ax.plot(epochs, [100 * r.validation_accuracy for r in history], "--", color=f"C{i}", alpha=0.6,
                    label=f"{name} (validation)")
    ax.set_xlabel("epoch")
    ax.set_ylabel("test accuracy (%)")
    ax.grid(alpha=0.3)
    ax.legend()
    return fig


def confusion_matrix(predictions, labels, n: int = 10) -> np.ndarray:
    """counts[i, j] = how many images of digit i the network read as j.

    Rows are the true labels, columns the network's answers (predictions): the diagonal
    counts the right answers, row i shows what the images of digit i were taken for.
    """
    counts = np.zeros((n, n), dtype=int)
    np.add.at(counts, (np.asarray(labels), np.asarray(predictions)), 1)
    return counts


def plot_confusion_matrix(predictions, labels) -> Figure:
    """The confusion matrix, with the counts written in the cells."""
    counts = confusion_matrix(predictions, labels)
    fig, ax = plt.subplots(figsize=(6, 5))
    ax.imshow(np.log1p(counts), cmap="Blues")
    for (i, j), c in np.ndenumerate(counts):
        ax.text(j, i, str(c), ha="center", va="center", fontsize=8, color="white" if i == j else "black")
    ax.set_xticks(range(10))
    ax.set_yticks(range(10))
    ax.set_xlabel("the network's answer")
    ax.set_ylabel("true digit")
    return fig


def show_hidden_weights(net, n: int = 30) -> Figure:
    """What each hidden neuron looks for: its 784 incoming weights drawn as a 28x28 image."""
    w = net.weights[0][:n]
    cols = 10
    rows = -(-len(w) // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(cols, rows * 1.05), squeeze=False)
    for i, ax in enumerate(axes.flat):
        ax.axis("off")
        if i < len(w):
            limit = np.abs(w[i]).max()
            ax.imshow(_image(w[i]), cmap="RdBu", vmin=-limit, vmax=limit)
    return fig


def plot_descent(cost, path, ax=None, levels: int = 20) -> Figure:
    """Contours of a 2-D cost ``cost(v1, v2)`` and a gradient-descent ``path`` of points."""
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 4.5))
    path = np.asarray(path)
    finite = path[np.isfinite(path).all(axis=1)]  # a diverging path ends in inf
    span = min(max(3.0, 1.1 * float(np.abs(finite).max())), 50.0)
    v1, v2 = np.meshgrid(np.linspace(-span, span, 200), np.linspace(-span, span, 200))
    ax.contour(v1, v2, cost(v1, v2), levels=levels, cmap="viridis", linewidths=0.8)
    ax.plot(path[:, 0], path[:, 1], "o-", color="C3", ms=3)
    ax.plot(path[0, 0], path[0, 1], "s", color="black", label="start")
    ax.set_xlim(-span, span)
    ax.set_ylim(-span, span)
    ax.set_xlabel("v1")
    ax.set_ylabel("v2")
    ax.legend(loc="upper right")
    return ax.figure


# --- 10: improving the network (chapter 3) ----------------------------------------------------


def plot_neuron_learning(curves: dict) -> Figure:
    """The cost of one neuron per epoch: one panel per start, one line per cost.

    ``curves[start][cost_name]`` is the list of costs per epoch, e.g.
    ``curves["w = 0.6, b = 0.9"]["quadratic"]``.
    """
    fig, axes = plt.subplots(1, len(curves), figsize=(4.5 * len(curves), 3.2), squeeze=False)
    for ax, (start, lines) in zip(axes.flat, curves.items()):
        for i, (cost_name, costs) in enumerate(lines.items()):
            ax.plot(np.arange(len(costs)), costs, color=f"C{i}", label=cost_name)
        ax.set_title(start)
        ax.set_xlabel("epoch")
        ax.set_ylabel("cost")
        ax.grid(alpha=0.3)
        ax.legend()
    fig.tight_layout()
    return fig


def plot_z_histograms(zs: dict) -> Figure:
    """Histograms of the weighted inputs z, one panel per name, with sigma'(z) drawn on top.

    Where sigma'(z) is near 0 (|z| larger than about 4) the neuron is saturated: it learns slowly.
    """
    fig, axes = plt.subplots(1, len(zs), figsize=(4.5 * len(zs), 3.2), squeeze=False)
    grid = np.linspace(-30, 30, 601)
    for ax, (name, z) in zip(axes.flat, zs.items()):
        ax.hist(np.ravel(z), bins=np.linspace(-30, 30, 121), density=True, color="C0", alpha=0.7, label="z")
        ax.plot(grid, sigmoid_prime(grid), color="C3", label="σ′(z)")
        ax.set_title(name)
        ax.set_xlabel("z")
        ax.set_xlim(-30, 30)
        ax.legend(loc="upper right")
    fig.tight_layout()
    return fig


def plot_overfitting(runs: dict) -> Figure:
    """Training accuracy (solid) and validation accuracy (dashed), in %, per epoch, for each run.

    ``runs[name] = (training_accuracies, validation_accuracies)``, fractions 0..1 per epoch.
    """
    fig, ax = plt.subplots(figsize=(8, 3.8))
    for i, (name, (training, validation)) in enumerate(runs.items()):
        ax.plot(100 * np.asarray(training), "-", color=f"C{i}", label=f"{name}: training")
        ax.plot(100 * np.asarray(validation), "--", color=f"C{i}", label=f"{name}: validation")
    ax.set_xlabel("epoch")
    ax.set_ylabel("accuracy (%)")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, ncol=len(runs))
    return fig
