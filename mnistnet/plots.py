"""Every figure of the notebooks, kept out of the way so each notebook cell shows one idea.

Every function returns the matplotlib ``Figure``: in a notebook, ``fig = show_digits(...)`` shows it once, below the
cell. ``draw_neuron``, ``plot_descent`` and ``plot_learning_curves`` can draw on a given ``ax``, and ``preview_figure`` and
``activations_figure`` make a plain ``Figure``: the widgets use these without pyplot, so drawing from a training thread
is safe. Figures keep language-neutral text (no CJK fonts needed)."""

from __future__ import annotations

import numpy as np
from matplotlib import pyplot as plt
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .drawing import answer, as_ink, resize, to_mnist
from .maths import sigmoid, sigmoid_prime


def _grid(n: int, cols: int, width: float, height: float) -> tuple[Figure, list]:
    """A figure with ``n`` picture panels, ``cols`` a row, each ``width`` x ``height`` inches, no axes drawn."""
    rows = -(-n // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(cols * width, rows * height), squeeze=False, layout="tight")
    for ax in axes.flat:
        ax.axis("off")
    return fig, list(axes.flat)[:n]


def show_digits(images, labels, n: int = 20, cols: int = 10, predictions=None) -> Figure:
    """The first ``n`` images (rows of 784) with their labels; with ``predictions``, the network's answer too, red if wrong."""
    fig, axes = _grid(min(n, len(images)), cols, 0.9, 1.1)
    for i, ax in enumerate(axes):
        ax.imshow(np.reshape(images[i], (28, 28)), cmap="gray_r")
        if predictions is None:
            ax.set_title(str(labels[i]), fontsize=10)
        else:
            ax.set_title(f"{labels[i]}→{predictions[i]}", fontsize=9, color="red" if predictions[i] != labels[i] else "black")
    return fig


def _ink_span(has_ink: np.ndarray) -> tuple[int, int]:
    """The first and last row (or column) with ink, and one more of paper each side; all 28 without ink."""
    found = np.flatnonzero(has_ink)
    return (max(found[0] - 1, 0), min(found[-1] + 1, 27)) if found.size else (0, 27)


def show_digit_pixels(image) -> Figure:
    """One digit with the value of every inked pixel written on it (0..255, or 0..1 when scaled), cropped to
    its ink and a pixel of paper so the numbers are large enough to read; ticks count the 28 x 28 rows and columns."""
    img = np.asarray(image, dtype=float).reshape(28, 28)
    (top, bottom), (left, right) = _ink_span(img.any(axis=1)), _ink_span(img.any(axis=0))
    fig, ax = plt.subplots(figsize=(0.36 * (right - left + 1), 0.36 * (bottom - top + 1)))
    ax.imshow(img[top:bottom + 1, left:right + 1], cmap="gray_r", extent=(left - 0.5, right + 0.5, bottom + 0.5, top - 0.5))
    high = img.max() or 1
    for (r, c), v in np.ndenumerate(img):
        if v:
            ax.text(c, r, f"{v:.0f}" if high > 1 else f"{v:.1f}", ha="center", va="center", fontsize=8,
                    color="white" if v > high / 2 else "black")
    ax.set(xlabel="column", ylabel="row")
    ax.locator_params(integer=True)
    return fig


def plot_class_balance(train_labels, test_labels) -> Figure:
    """How many images of each digit, in the training and the test set."""
    fig, ax = plt.subplots(figsize=(8, 3))
    digits = np.arange(10)
    ax.bar(digits - 0.2, np.bincount(train_labels, minlength=10), 0.4, label="training")
    ax.bar(digits + 0.2, np.bincount(test_labels, minlength=10), 0.4, label="test")
    ax.set(xticks=digits, xlabel="digit", ylabel="images")
    ax.legend(ncol=2, loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False)  # above the bars, hiding none
    return fig


def show_average_digits(images, labels) -> Figure:
    """The mean image of each digit class."""
    fig, axes = _grid(10, 10, 1.0, 1.4)
    for d, ax in enumerate(axes):
        ax.imshow(np.mean(images[labels == d], axis=0).reshape(28, 28), cmap="gray_r")
        ax.set_title(str(d))
    return fig


def plot_sigmoid() -> Figure:
    """sigma(z), sigma'(z) and the perceptron's step, side by side."""
    z = np.linspace(-8, 8, 400)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.2), layout="tight")
    left.plot(z, np.where(z > 0, 1.0, 0.0), "--", color="gray", label="step (perceptron)")
    left.plot(z, sigmoid(z), label="σ(z)")
    right.plot(z, sigmoid_prime(z), color="C1", label="σ'(z)")
    for ax, title in ((left, "σ(z) = 1 / (1 + e^(−z))"), (right, "σ'(z) = σ(z)(1 − σ(z))")):
        ax.set(title=title, xlabel="z")
        ax.grid(alpha=0.3)
        ax.legend()
    return fig


def draw_neuron(ax, w: float, b: float) -> None:
    """One sigmoid neuron with one input x on ``ax``: sigma(w x + b) and the perceptron's step."""
    x = np.linspace(-6, 6, 300)
    ax.plot(x, np.where(w * x + b > 0, 1.0, 0.0), "--", color="gray", label="perceptron (step)")
    ax.plot(x, sigmoid(w * x + b), label="sigmoid neuron")
    ax.set(title=f"output = σ({w:.1f}·x {'−' if b < 0 else '+'} {abs(b):.1f})", xlabel="input x", ylim=(-0.05, 1.05))
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left", fontsize=8)


def plot_neurons(settings) -> Figure:
    """The neuron of ``NeuronWidget`` for several ``(w, b)`` settings side by side, for readers without a live widget."""
    fig, axes = plt.subplots(1, len(settings), figsize=(4.2 * len(settings), 3), squeeze=False, layout="tight")
    for ax, (w, b) in zip(axes.flat, settings):
        draw_neuron(ax, w, b)
    return fig


def draw_network(shown: tuple = (6, 5, 4), sizes: tuple = (784, 30, 10), j: int = 2, k: int = 1) -> Figure:
    """A diagram of the network: a few neurons per layer (``shown``; the real layer sizes ``sizes`` are written on top), every
    connection in grey, and one weight highlighted: w^3_jk, from neuron ``k`` of layer 2 to neuron ``j`` of layer 3, and b^3_j."""
    fig, ax = plt.subplots(figsize=(7, 4.2), layout="tight")
    gap = 0.8  # vertical distance between neurons; centres[l][i] = (x, y) of neuron i of layer l + 1
    centres = [[(2.2 * col, (n - 1) * gap / 2 - i * gap) for i in range(n)] for col, n in enumerate(shown)]
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
        ax.text(layer[0][0], layer[-1][1] - 0.5, "⋮", ha="center", va="center", fontsize=16, color="0.4")
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
    return fig


def plot_learning_curves(histories: dict, ax=None) -> Figure:
    """Accuracy in % per epoch of each named history (the ``EpochReport`` list that ``Network.SGD`` returns),
    one colour per history: validation solid, test dotted, where measured. Notebooks 06 and 07 (the explorer)
    both draw with it, on ``ax`` if given. x is the epoch as SGD prints it ("Epoch 0" is the first); y runs
    from 0 to 100 with chance (10%) dashed: the whole climb from guessing shows, and a run stuck near chance too."""
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 3.5), layout="tight")
    ax.axhline(10, color="gray", lw=0.8, ls="--", gid="chance")  # chance: 10% for guessing one of ten digits
    ax.set_yticks([10], ["chance"], minor=True, color="gray", fontsize=8)  # beside the axis: it covers no line
    styles, drawn = {"validation": ("o-", "solid"), "test": (":", "dotted")}, {}  # drawn: kind -> words for the title
    for i, (name, history) in enumerate(histories.items()):
        label = name  # on the first line of this history only
        for kind, (style, words) in styles.items():
            if history and getattr(history[0], f"{kind}_total"):
                ax.plot([r.epoch for r in history], [100 * getattr(r, f"{kind}_accuracy") for r in history], style,
                        ms=3, color=f"C{i % 10}", label=label)
                label, drawn[kind] = None, words
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set(xlabel="epoch", ylabel="accuracy (%)", ylim=(0, 100))
    ax.set_title(", ".join(f"{kind} ({words})" for kind, words in drawn.items()), fontsize=10)
    ax.grid(alpha=0.3)
    if drawn:
        ax.legend(fontsize=8)  # where it hides the fewest points
    return ax.figure


def confusion_matrix(predictions, labels, n: int = 10) -> np.ndarray:
    """counts[i, j] = how many images of digit i the network read as j. Rows are the true labels, columns the network's answers
    (predictions): the diagonal counts the right answers, row i shows what the images of digit i were taken for."""
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
    ax.set(xticks=range(10), yticks=range(10), xlabel="the network's answer", ylabel="true digit")
    return fig


def show_hidden_weights(net, n: int = 30) -> Figure:
    """What each hidden neuron looks for: its 784 incoming weights drawn as a 28x28 image."""
    w = net.weights[0][:n]
    fig, axes = _grid(len(w), 10, 1.0, 1.05)
    for ax, row, limit in zip(axes, w, np.abs(w).max(axis=1)):  # each on its own scale, symmetric around 0
        ax.imshow(row.reshape(28, 28), cmap="RdBu", vmin=-limit, vmax=limit)
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
    ax.set(xlim=(-span, span), ylim=(-span, span), xlabel="v1", ylabel="v2")
    ax.legend(loc="upper right")
    return ax.figure


def plot_gradient_noise(sizes, spreads) -> Figure:
    """How far a mini-batch gradient lies from the full gradient, against the mini-batch size m (log-log), and 1/sqrt(m)."""
    m, spread = np.asarray(sizes, dtype=float), np.asarray(spreads, dtype=float)
    fig, ax = plt.subplots(figsize=(6, 4), layout="tight")
    ax.loglog(m, spread, "o-", label="measured")
    ax.loglog(m, spread[0] * np.sqrt(m[0] / m), "--", color="gray", label="∝ 1/√m")
    ax.set(xlabel="mini-batch size m", ylabel="‖∇C_m − ∇C‖ / ‖∇C‖")
    ax.grid(alpha=0.3, which="both")
    ax.legend()
    return fig


def plot_backprop_flow() -> Figure:
    """Backpropagation: the signal flows forward through w^l (grey), the error delta back through (w^l)^T (red) from BP1."""
    fig, ax = plt.subplots(figsize=(9, 4.8), layout="tight")
    xs, columns = (0.12, 0.5, 0.88), []  # columns[l]: the centres of the circles of layer l + 1
    for x, n, color in zip(xs, (5, 4, 3), ("gray", "C0", "C3")):
        columns.append([(x, y) for y in np.linspace(0.8, 0.2, n)])
        for centre in columns[-1]:
            ax.add_patch(plt.Circle(centre, 0.035, color=color, alpha=0.25))
            ax.add_patch(plt.Circle(centre, 0.035, fill=False, color=color))
        ax.text(*columns[-1][n // 2], "⋮", ha="center", va="center", fontsize=8)
    for left, right in zip(columns[:-1], columns[1:]):
        for p in left:
            for q in right:
                ax.plot([p[0] + 0.035, q[0] - 0.035], [p[1], q[1]], color="gray", lw=0.4, alpha=0.5)
    for x, name in zip(xs, ["$a^1 = x$\n(784)", "$z^2,\\ a^2,\\ \\delta^2$\n(30)", "$z^3,\\ a^3,\\ \\delta^3$\n(10)"]):
        ax.text(x, 0.08, name, ha="center", va="top", fontsize=10)
    for a, b, w in ((xs[0], xs[1], "$w^2$"), (xs[1], xs[2], "$w^3$")):
        ax.annotate("", xy=(b - 0.06, 0.93), xytext=(a + 0.06, 0.93), arrowprops=dict(arrowstyle="->", color="gray", lw=1.5))
        ax.text((a + b) / 2, 0.95, f"forward: {w}", ha="center", va="bottom", color="gray", fontsize=10)
    ax.annotate("", xy=(xs[1] + 0.06, -0.12), xytext=(xs[2] - 0.06, -0.12), arrowprops=dict(arrowstyle="->", color="C3", lw=2))
    ax.text((xs[1] + xs[2]) / 2, -0.1, "backward: $(w^3)^T$", ha="center", va="bottom", color="C3", fontsize=10)
    ax.text((xs[1] + xs[2]) / 2, -0.15, "$\\delta^2 = ((w^3)^T \\delta^3) \\odot \\sigma'(z^2)$   (BP2)",
            ha="center", va="top", color="C3", fontsize=10)
    ax.text(xs[2] + 0.06, 0.5, "$\\delta^3 = (a^3 - y) \\odot \\sigma'(z^3)$\n(BP1)", ha="left", va="center",
            color="C3", fontsize=10)
    ax.text(xs[1], -0.3, "$\\partial C / \\partial b^l = \\delta^l$  (BP3),     "
            "$\\partial C / \\partial w^l = \\delta^l (a^{l-1})^T$  (BP4)", ha="center", va="top", fontsize=10)
    ax.set(xlim=(-0.02, 1.25), ylim=(-0.4, 1.05), aspect="equal")
    ax.axis("off")
    return fig


def show_weight_gradient(x, nabla_w, neurons=None) -> Figure:
    """The gradient nabla_w[0] (30 x 784) of one image, under the image's pixels (1 x 784); on the right, the 784 gradients
    of some hidden neurons (default: the one with the largest gradient) as 28x28 images. One colour scale for all,
    symmetric around 0, shown by the colour bar."""
    g = np.asarray(nabla_w, dtype=float)
    neurons = (int(np.argmax(np.abs(g).sum(axis=1))),) if neurons is None else neurons
    limit = np.abs(g).max() or 1.0
    scale = dict(cmap="RdBu", vmin=-limit, vmax=limit, interpolation="nearest")
    fig = plt.figure(figsize=(10.4 + 2 * len(neurons), 4.2), layout="tight")
    grid = fig.add_gridspec(2, 2 + len(neurons), height_ratios=(1, 6), width_ratios=(5,) + (1,) * len(neurons) + (0.12,))
    top = fig.add_subplot(grid[0, 0])
    top.imshow(np.ravel(x)[None, :], aspect="auto", cmap="gray_r", interpolation="nearest")
    top.set(xticks=[], yticks=[])
    top.set_ylabel("x", rotation=0, labelpad=10)
    main = fig.add_subplot(grid[1, 0])
    heat = main.imshow(g, aspect="auto", **scale)
    main.set(xlabel="k (input pixel)", ylabel="j (hidden neuron)")
    for i, j in enumerate(neurons):
        ax = fig.add_subplot(grid[:, 1 + i])
        ax.imshow(g[j].reshape(28, 28), **scale)
        ax.set_title(f"j = {j}", fontsize=9)
        ax.axis("off")
    fig.colorbar(heat, cax=fig.add_subplot(grid[:, -1]), label="$\\partial C / \\partial w^2_{jk}$")
    return fig


def plot_timings(seconds: dict, unit: str = "s") -> Figure:
    """A horizontal bar per named timing, with its value written at the end of the bar."""
    names, values = list(seconds), [float(v) for v in seconds.values()]
    fig, ax = plt.subplots(figsize=(7, 0.6 + 0.6 * len(names)), layout="tight")
    bars = ax.barh(names, values, color=[f"C{i}" for i in range(len(names))])
    ax.bar_label(bars, [f" {v:.2f} {unit}" for v in values])  # at the end of each bar
    ax.invert_yaxis()
    ax.set(xlim=(0, 1.2 * max(values)), xlabel="seconds" if unit == "s" else unit)
    return fig


def plot_neuron_learning(curves: dict) -> Figure:
    """The cost of one neuron per epoch, one panel per start, one line per cost: ``curves[start][cost_name]`` lists
    the costs per epoch, e.g. ``curves["w = 0.6, b = 0.9"]["quadratic"]``."""
    fig, axes = plt.subplots(1, len(curves), figsize=(4.5 * len(curves), 3.2), squeeze=False, layout="tight")
    for ax, (start, lines) in zip(axes.flat, curves.items()):
        for i, (cost_name, costs) in enumerate(lines.items()):
            ax.plot(np.arange(len(costs)), costs, color=f"C{i}", label=cost_name)
        ax.set(title=start, xlabel="epoch", ylabel="cost")
        ax.grid(alpha=0.3)
        ax.legend()
    return fig


def plot_z_histograms(zs: dict) -> Figure:
    """Histograms of the weighted inputs z (densities: area 1), one panel per name, with sigma'(z) on top.
    Where sigma'(z) is near 0 (|z| larger than about 4) the neuron is saturated: it learns slowly."""
    fig, axes = plt.subplots(1, len(zs), figsize=(4.5 * len(zs), 3.2), squeeze=False, layout="tight")
    grid = np.linspace(-30, 30, 601)
    for ax, (name, z) in zip(axes.flat, zs.items()):
        ax.hist(np.ravel(z), bins=np.linspace(-30, 30, 121), density=True, color="C0", alpha=0.7, label="z")
        ax.plot(grid, sigmoid_prime(grid), color="C3", label="σ′(z)")
        ax.set(title=name, xlabel="z", ylabel="density of z;  σ′(z)", xlim=(-30, 30))
        ax.legend(loc="upper right")
    return fig


def plot_overfitting(runs: dict) -> Figure:
    """Training accuracy (solid) and validation accuracy (dashed) in % per epoch of each run:
    ``runs[name] = (training_accuracies, validation_accuracies)``, fractions 0..1 per epoch."""
    fig, ax = plt.subplots(figsize=(8, 3.8))
    for i, (name, (training, validation)) in enumerate(runs.items()):
        ax.plot(100 * np.asarray(training), "-", color=f"C{i}", label=f"{name}: training")
        ax.plot(100 * np.asarray(validation), "--", color=f"C{i}", label=f"{name}: validation")
    ax.set(xlabel="epoch", ylabel="accuracy (%)")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, ncol=len(runs))
    return fig


def preview_figure(image: np.ndarray) -> Figure:
    """The 28 x 28 image the network sees, black ink on white as in the other notebooks."""
    ax = Figure(figsize=(2.6, 2.8), layout="tight").add_subplot()
    ax.imshow(image, cmap="gray_r", vmin=0, vmax=1)
    ax.set(title="28 × 28", xticks=[0, 14, 27], yticks=[0, 14, 27])
    return ax.figure


def activations_figure(activations: np.ndarray) -> Figure:
    """The ten output activations as bars, the largest (the answer) highlighted."""
    a = np.asarray(activations, dtype=float).ravel()
    ax = Figure(figsize=(3.4, 2.8), layout="tight").add_subplot()
    ax.bar(range(10), a, color=["#1f77b4" if a.any() and i == np.argmax(a) else "#bbbbbb" for i in range(10)])
    ax.set(xticks=range(10), ylim=(0, 1), xlabel="digit", ylabel="activation")
    return ax.figure


def preparation_figure(drawings: dict, nets: dict, labels: dict | None = None) -> Figure:
    """One column per drawing (a dict name -> (side, side) picture): the drawing, the drawing only shrunk to 28 x 28, and
    the drawing prepared by ``to_mnist``. Above each 28 x 28 picture, the answer of every network (a dict name -> Network),
    in red when it differs from ``labels[name]`` (a dict name -> digit; a drawing missing from it has no right answer)."""
    fig, axes = plt.subplots(3, len(drawings), figsize=(1.9 * len(drawings), 6.4), squeeze=False, layout="tight")
    for j, (name, drawing) in enumerate(drawings.items()):
        ink = as_ink(drawing)  # grey levels 0..255 (any whole-number dtype) or floats in [0, 1]
        right = None if labels is None else labels.get(name)  # None: no right answer to compare
        for ax, row, picture in zip(axes[:, j], ("drawing", "shrunk", "to_mnist"), (ink, resize(ink, 28, 28), to_mnist(drawing))):
            ax.imshow(picture, cmap="gray_r", vmin=0, vmax=1)
            ax.set(xticks=[], yticks=[], ylabel=row if j == 0 else "")
            if row == "drawing":
                ax.set_title(name, fontsize=10, fontweight="bold")
                continue
            said = [(short, answer(net, picture)) for short, net in nets.items()]
            wrong = right is not None and any(a != right for _, a in said)
            ax.set_title("  ".join(f"{short}: {a}" for short, a in said), fontsize=9, color="red" if wrong else "black")
    return fig


def plot_shift_accuracy(shifts, accuracies: dict) -> Figure:
    """Accuracy (%) against the shift of the test digits in pixels: ``accuracies`` is a dict network name -> % per shift."""
    fig, ax = plt.subplots(figsize=(5.5, 3.4), layout="tight")
    for name, values in accuracies.items():
        ax.plot(shifts, values, "o-", label=name)
    ax.set(xlabel="shift (pixels)", ylabel="accuracy (%)", ylim=(0, 100), xticks=list(shifts))
    ax.grid(alpha=0.3)
    ax.legend()
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
