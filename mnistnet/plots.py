"""Every figure of the notebooks, kept out of the way so each notebook cell shows one idea.

Every function draws with matplotlib and returns the ``Figure``. In a notebook write
``fig = show_digits(...)``: the figure appears once, below the cell. The widgets draw on plain
``Figure`` objects (no pyplot, so drawing from a training thread is safe): ``draw_neuron``,
``plot_descent`` and ``plot_learning_curves`` take an ``ax``, ``preview_figure`` and
``activations_figure`` make their own. Figures keep language-neutral text (no CJK fonts needed).
"""

from __future__ import annotations

import numpy as np
from matplotlib import pyplot as plt
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .drawing import answer, as_ink, resize, to_mnist
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
    ax.legend(ncol=2, loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False)  # above the bars, hiding none
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


def draw_neuron(ax, w: float, b: float) -> None:
    """One sigmoid neuron with one input x on ``ax``: sigma(w x + b) and the perceptron's step."""
    x = np.linspace(-6, 6, 300)
    ax.plot(x, np.where(w * x + b > 0, 1.0, 0.0), "--", color="gray", label="perceptron (step)")
    ax.plot(x, sigmoid(w * x + b), label="sigmoid neuron")
    ax.set_title(f"output = σ({w:.1f}·x {'−' if b < 0 else '+'} {abs(b):.1f})")
    ax.set_xlabel("input x")
    ax.set_ylim(-0.05, 1.05)
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left", fontsize=8)


def plot_neurons(settings) -> Figure:
    """The neuron of ``NeuronWidget`` for several ``(w, b)`` settings side by side: the picture a
    notebook keeps for readers without a live widget."""
    fig, axes = plt.subplots(1, len(settings), figsize=(4.2 * len(settings), 3), squeeze=False)
    for ax, (w, b) in zip(axes.flat, settings):
        draw_neuron(ax, w, b)
    fig.tight_layout()
    return fig


def draw_network(shown: tuple = (6, 5, 4), sizes: tuple = (784, 30, 10), j: int = 2, k: int = 1) -> Figure:
    """A diagram of the network: a few neurons per layer (``shown``; the real layer sizes
    ``sizes`` are written on top), every connection in grey, and one weight highlighted:
    w^3_jk, from neuron ``k`` of layer 2 to neuron ``j`` of layer 3, with its bias b^3_j.
    Text is symbols only (no language)."""
    fig, ax = plt.subplots(figsize=(7, 4.2))
    gap = 0.8  # vertical distance between neurons
    centres = []  # centres[l][i] = (x, y) of neuron i of layer l+1
    for col, n in enumerate(shown):
        top = (n - 1) * gap / 2
        centres.append([(2.2 * col, top - i * gap) for i in range(n)])
    for left, right in zip(centres[:-1], centres[1:]):  # every neuron to every neuron of the next layer
        for x0, y0 in left:
            for x1, y1 in right:
                ax.plot([x0, x1], [y0, y1], color="0.82", lw=0.8, zorder=1)
    (x0, y0), (x1, y1) = centres[1][k], centres[2][j]
    ax.annotate("", xy=(x1 - 0.2, y1), xytext=(x0 + 0.2, y0), zorder=2,
                arrowprops=dict(arrowstyle="-|>", color="C3", lw=2.2, mutation_scale=16))
    ax.text((x0 + x1) / 2, (y0 + y1) / 2 + 0.22, "$w^3_{jk}$", color="C3", fontsize=15, ha="center", va="bottom")
    lowest = min(layer[-1][1] for layer in centres)
    for col, layer in enumerate(centres):
        for i, (x, y) in enumerate(layer):
            marked = (col, i) in ((1, k), (2, j))
            ax.add_patch(plt.Circle((x, y), 0.2, facecolor="white", edgecolor="C3" if marked else "C0",
                                    lw=2.2 if marked else 1.4, zorder=3))
        bottom = layer[-1][1]
        ax.text(layer[0][0], bottom - 0.5, "⋮", ha="center", va="center", fontsize=16, color="0.4")
        ax.text(layer[0][0], layer[0][1] + 0.55, f"{sizes[col]}", ha="center", fontsize=12)
        ax.text(layer[0][0], lowest - 1.05, f"$l = {col + 1}$", ha="center", fontsize=12)
    ax.text(x0, y0, "$k$", ha="center", va="center", fontsize=12, color="C3", zorder=4)
    ax.text(x1, y1, "$j$", ha="center", va="center", fontsize=12, color="C3", zorder=4)
    ax.text(x1 + 0.3, y1, "$b^3_j$", ha="left", va="center", fontsize=13, color="C3")
    ax.text(centres[0][0][0] - 0.35, 0, "$x = a^1$", ha="right", va="center", fontsize=13)
    ax.text(centres[-1][0][0] + 0.95, 0, "$a^3$", ha="left", va="center", fontsize=13)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.autoscale_view()
    fig.tight_layout()
    return fig


def plot_learning_curves(histories: dict, ax=None) -> Figure:
    """Accuracy per epoch of each named history (a list of ``EpochReport``, as ``Network.SGD`` returns):
    the validation accuracy solid and the test accuracy dotted, each where it was measured, one colour
    per history. Notebook 06 and the explorer of 07 both draw with this function.

    x: the epoch number as SGD's printed lines number it ("Epoch 0" is the first epoch);
    y: accuracy in %. The legend names the histories, the title says which line is which set.
    Draws on ``ax`` if given (the explorer draws on a Figure made without pyplot), else on a new figure.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 3.5))
    styles = {"validation": ("o-", "solid"), "test": (":", "dotted")}
    drawn = {}
    for i, (name, history) in enumerate(histories.items()):
        label = name  # on the first line of this history only
        for kind, (style, words) in styles.items():
            if history and getattr(history[0], f"{kind}_total"):
                ax.plot([r.epoch for r in history], [100 * getattr(r, f"{kind}_accuracy") for r in history], style,
                        ms=3, color=f"C{i % 10}", label=label)
                label, drawn[kind] = None, words
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("epoch")
    ax.set_ylabel("accuracy (%)")
    ax.set_title(", ".join(f"{kind} ({words})" for kind, words in drawn.items()), fontsize=10)
    ax.grid(alpha=0.3)
    if drawn:
        ax.legend(fontsize=8, loc="lower right")
    else:
        ax.text(0.5, 0.5, "-", ha="center", va="center", transform=ax.transAxes, color="gray")
    ax.figure.tight_layout()
    return ax.figure


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


# --- 04, 05, 08 ------------------------------------------------------------------------------


def plot_gradient_noise(sizes, spreads) -> Figure:
    """How far a mini-batch gradient lies from the full gradient, against the mini-batch size m,
    on log-log axes, with the line 1/sqrt(m) through the first point."""
    m = np.asarray(sizes, dtype=float)
    spread = np.asarray(spreads, dtype=float)
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.loglog(m, spread, "o-", label="measured")
    ax.loglog(m, spread[0] * np.sqrt(m[0] / m), "--", color="gray", label="∝ 1/√m")
    ax.set_xlabel("mini-batch size m")
    ax.set_ylabel("‖∇C_m − ∇C‖ / ‖∇C‖")
    ax.grid(alpha=0.3, which="both")
    ax.legend()
    fig.tight_layout()
    return fig


def _neuron_column(ax, x: float, n: int, labels: list[str], color: str) -> list[tuple[float, float]]:
    """Draw ``n`` circles in a column at ``x``; return their centres."""
    ys = np.linspace(0.8, 0.2, n) if n > 1 else np.array([0.5])
    for y, label in zip(ys, labels):
        ax.add_patch(plt.Circle((x, y), 0.035, fill=True, color=color, alpha=0.25))
        ax.add_patch(plt.Circle((x, y), 0.035, fill=False, color=color))
        if label:
            ax.text(x, y, label, ha="center", va="center", fontsize=8)
    return [(x, float(y)) for y in ys]


def plot_backprop_flow() -> Figure:
    """A diagram of backpropagation: the signal flows forward through w^l (grey), the error
    delta flows backward through (w^l)^T (red), starting from BP1 at the output."""
    fig, ax = plt.subplots(figsize=(9, 4.8))
    xs = (0.12, 0.5, 0.88)
    columns = [
        _neuron_column(ax, xs[0], 5, ["", "", "⋮", "", ""], "gray"),
        _neuron_column(ax, xs[1], 4, ["", "", "⋮", ""], "C0"),
        _neuron_column(ax, xs[2], 3, ["", "⋮", ""], "C3"),
    ]
    for left, right in zip(columns[:-1], columns[1:]):
        for p in left:
            for q in right:
                ax.plot([p[0] + 0.035, q[0] - 0.035], [p[1], q[1]], color="gray", lw=0.4, alpha=0.5)
    names = ["$a^1 = x$\n(784)", "$z^2,\\ a^2,\\ \\delta^2$\n(30)", "$z^3,\\ a^3,\\ \\delta^3$\n(10)"]
    for x, name in zip(xs, names):
        ax.text(x, 0.08, name, ha="center", va="top", fontsize=10)
    # forward, above the network
    for a, b, w in ((xs[0], xs[1], "$w^2$"), (xs[1], xs[2], "$w^3$")):
        ax.annotate("", xy=(b - 0.06, 0.93), xytext=(a + 0.06, 0.93),
                    arrowprops=dict(arrowstyle="->", color="gray", lw=1.5))
        ax.text((a + b) / 2, 0.95, f"forward: {w}", ha="center", va="bottom", color="gray", fontsize=10)
    # backward, below the network
    ax.annotate("", xy=(xs[1] + 0.06, -0.12), xytext=(xs[2] - 0.06, -0.12),
                arrowprops=dict(arrowstyle="->", color="C3", lw=2))
    ax.text((xs[1] + xs[2]) / 2, -0.1, "backward: $(w^3)^T$", ha="center", va="bottom", color="C3", fontsize=10)
    ax.text((xs[1] + xs[2]) / 2, -0.15, "$\\delta^2 = ((w^3)^T \\delta^3) \\odot \\sigma'(z^2)$   (BP2)",
            ha="center", va="top", color="C3", fontsize=10)
    ax.text(xs[2] + 0.06, 0.5, "$\\delta^3 = (a^3 - y) \\odot \\sigma'(z^3)$\n(BP1)", ha="left", va="center",
            color="C3", fontsize=10)
    ax.text(xs[1], -0.3, "$\\partial C / \\partial b^l = \\delta^l$  (BP3),     "
            "$\\partial C / \\partial w^l = \\delta^l (a^{l-1})^T$  (BP4)", ha="center", va="top", fontsize=10)
    ax.set_xlim(-0.02, 1.25)
    ax.set_ylim(-0.4, 1.05)
    ax.set_aspect("equal")
    ax.axis("off")
    fig.tight_layout()
    return fig


def show_weight_gradient(x, nabla_w, neurons=None) -> Figure:
    """The gradient nabla_w[0] (30 x 784) of one image, under the image's pixels (1 x 784);
    and, on the right, the 784 gradients of some hidden neurons (default: the one with the
    largest gradient) drawn as 28x28 images."""
    x = np.asarray(x, dtype=float).ravel()
    g = np.asarray(nabla_w, dtype=float)
    if neurons is None:
        neurons = (int(np.argmax(np.abs(g).sum(axis=1))),)
    limit = np.abs(g).max() or 1.0
    fig = plt.figure(figsize=(4 + 2 * len(neurons) + 6, 4.2))
    grid = fig.add_gridspec(2, 1 + len(neurons), height_ratios=(1, 6), width_ratios=(5,) + (1,) * len(neurons))
    top = fig.add_subplot(grid[0, 0])
    top.imshow(x[None, :], aspect="auto", cmap="gray_r", interpolation="nearest")
    top.set_yticks([])
    top.set_xticks([])
    top.set_ylabel("x", rotation=0, labelpad=10)
    main = fig.add_subplot(grid[1, 0])
    main.imshow(g, aspect="auto", cmap="RdBu", vmin=-limit, vmax=limit, interpolation="nearest")
    main.set_xlabel("k (input pixel)")
    main.set_ylabel("j (hidden neuron)")
    for i, j in enumerate(neurons):
        ax = fig.add_subplot(grid[:, 1 + i])
        row_limit = np.abs(g[j]).max() or 1.0
        ax.imshow(_image(g[j]), cmap="RdBu", vmin=-row_limit, vmax=row_limit)
        ax.set_title(f"j = {j}", fontsize=9)
        ax.axis("off")
    fig.tight_layout()
    return fig


def plot_timings(seconds: dict, unit: str = "s") -> Figure:
    """A horizontal bar per named timing, with its value written at the end of the bar."""
    names, values = list(seconds), [float(v) for v in seconds.values()]
    fig, ax = plt.subplots(figsize=(7, 0.6 + 0.6 * len(names)))
    bars = ax.barh(names, values, color=[f"C{i}" for i in range(len(names))])
    for bar, v in zip(bars, values):
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {v:.2f} {unit}", va="center")
    ax.invert_yaxis()
    ax.set_xlim(0, 1.2 * max(values))
    ax.set_xlabel("seconds" if unit == "s" else unit)
    fig.tight_layout()
    return fig


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


# --- 11: draw your own digit ------------------------------------------------------------------


def preview_figure(image: np.ndarray) -> Figure:
    """The 28 x 28 image the network sees, black ink on white as in the other notebooks."""
    fig = Figure(figsize=(2.6, 2.8))
    ax = fig.add_subplot()
    ax.imshow(image, cmap="gray_r", vmin=0, vmax=1)
    ax.set_title("28 × 28")
    ax.set_xticks([0, 14, 27])
    ax.set_yticks([0, 14, 27])
    fig.tight_layout()
    return fig


def activations_figure(activations: np.ndarray) -> Figure:
    """The ten output activations as bars, the largest (the answer) highlighted."""
    a = np.asarray(activations, dtype=float).ravel()
    fig = Figure(figsize=(3.4, 2.8))
    ax = fig.add_subplot()
    colours = ["#bbbbbb"] * 10
    if a.any():
        colours[int(np.argmax(a))] = "#1f77b4"
    ax.bar(range(10), a, color=colours)
    ax.set_xticks(range(10))
    ax.set_ylim(0, 1)
    ax.set_xlabel("digit")
    ax.set_ylabel("activation")
    fig.tight_layout()
    return fig


def preparation_figure(drawings: dict, nets: dict, labels: dict | None = None) -> Figure:
    """One column per drawing (a dict name -> (side, side) picture): the drawing, the drawing only
    shrunk to 28 x 28, and the drawing prepared by ``to_mnist``. Above each 28 x 28 picture, the
    answer of every network (a dict name -> Network), in red when it differs from ``labels[name]``
    (a dict name -> digit; a drawing missing from it has no right answer)."""
    fig, axes = plt.subplots(3, len(drawings), figsize=(1.9 * len(drawings), 6.4), squeeze=False)
    for j, (name, drawing) in enumerate(drawings.items()):
        ink = as_ink(drawing)  # grey levels 0..255 (any whole-number dtype) or floats in [0, 1]
        for i, picture in enumerate([ink, resize(ink, 28, 28), to_mnist(drawing)]):
            ax = axes[i, j]
            ax.imshow(picture, cmap="gray_r", vmin=0, vmax=1)
            ax.set_xticks([])
            ax.set_yticks([])
            if i == 0:
                ax.set_title(name, fontsize=10, fontweight="bold")
                continue
            said = [(short, answer(net, picture)) for short, net in nets.items()]
            right = None if labels is None else labels.get(name)  # None: no right answer to compare
            wrong = right is not None and any(a != right for _, a in said)
            ax.set_title("  ".join(f"{short}: {a}" for short, a in said), fontsize=9,
                         color="red" if wrong else "black")
    for i, row in enumerate(["drawing", "shrunk", "to_mnist"]):
        axes[i, 0].set_ylabel(row, fontsize=10)
    fig.tight_layout()
    return fig


def plot_shift_accuracy(shifts, accuracies: dict) -> Figure:
    """Accuracy (%) against how many pixels the test digits were moved, one line per network
    (``accuracies``: a dict name -> list of accuracies in %, one per shift)."""
    fig, ax = plt.subplots(figsize=(5.5, 3.4))
    for name, values in accuracies.items():
        ax.plot(shifts, values, "o-", label=name)
    ax.set_xlabel("shift (pixels)")
    ax.set_ylabel("accuracy (%)")
    ax.set_ylim(0, 100)
    ax.set_xticks(list(shifts))
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    return fig


# --- 05: the backprop stepper's drawing ----------------------------------------------------


def draw_small_network(ax, weights: list, activations: list | None = None, deltas: list | None = None,
                       lit_neurons=(), lit_weights=(), targets=None) -> None:
    """A network small enough to show every number, on ``ax`` (the backprop stepper's drawing).

    Layers are columns of circles, counted from 0 here (``weights[i]`` joins layer i to layer i + 1).
    A neuron is filled grey by its activation ``activations[l][j]``, written inside (white where the
    layer's entry is None: not computed yet). A weight is a line, red when positive, blue when negative,
    thicker when larger. ``deltas[l][j]`` (where not None) is written under its neuron, in purple.
    The neurons ``lit_neurons`` ({(l, j)}) and weight matrices ``lit_weights`` ({i}) are drawn in full
    colour, lit neurons ringed in orange, the rest faded; with nothing lit, everything is in full colour.
    ``targets`` (y) is written beside the output neurons.
    """
    sizes = [weights[0].shape[1]] + [w.shape[0] for w in weights]
    tallest, gap = max(sizes), 1.8  # neurons 1 apart in a column, columns ``gap`` apart

    def centre(layer: int, j: int) -> tuple[float, float]:
        return layer * gap, (sizes[layer] - 1) / 2 - j

    anything_lit = bool(lit_neurons) or bool(lit_weights)
    largest = max(float(np.abs(w).max()) for w in weights) or 1.0
    for i, w in enumerate(weights):
        alpha = 1.0 if not anything_lit or i in lit_weights else 0.12
        for (j, k), value in np.ndenumerate(w):
            (x0, y0), (x1, y1) = centre(i, k), centre(i + 1, j)
            ax.plot([x0, x1], [y0, y1], color="C3" if value > 0 else "C0", lw=0.5 + 4 * abs(value) / largest,
                    alpha=alpha, zorder=1, solid_capstyle="round")
    for layer, n in enumerate(sizes):
        for j in range(n):
            x, y = centre(layer, j)
            lit = anything_lit and (layer, j) in lit_neurons
            faded = anything_lit and not lit
            known = activations is not None and activations[layer] is not None
            a = float(activations[layer][j, 0]) if known else None
            grey = 1.0 if a is None else 1 - (0.3 if faded else 1) * a  # faded: lighter, and opaque over the lines
            ax.add_patch(plt.Circle((x, y), 0.3, facecolor=str(grey), zorder=2, lw=3 if lit else 1,
                                    edgecolor="C1" if lit else "0.7" if faded else "black"))
            if a is not None:
                ax.text(x, y, f"{a:.2f}", ha="center", va="center", fontsize=8, zorder=3,
                        color="0.45" if faded else "white" if grey < 0.5 else "black")
            if deltas is not None and deltas[layer] is not None:
                ax.text(x, y - 0.36, f"δ={deltas[layer][j, 0]:.3g}", ha="center", va="top", fontsize=7,
                        color="C4", fontweight="bold", zorder=3)
        ax.text(layer * gap, -tallest / 2 - 0.35, f"l = {layer + 1}", ha="center", va="top", fontsize=9, style="italic")
    if targets is not None:
        for j, value in enumerate(np.ravel(targets)):
            x, y = centre(len(sizes) - 1, j)
            ax.text(x + 0.4, y, f"y={value:.3g}", ha="left", va="center", fontsize=8, color="C2")
    ax.set_xlim(-0.5, (len(sizes) - 1) * gap + (1.3 if targets is not None else 0.5))
    ax.set_ylim(-tallest / 2 - 0.75, tallest / 2)
    ax.set_aspect("equal")
    ax.axis("off")
