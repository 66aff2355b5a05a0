"""Widgets for the notebooks: one neuron (02), gradient descent (04), the explorer (07).

Each is an ipywidgets ``VBox``: display it by making it the last line of a cell. Plots are
drawn on a plain matplotlib ``Figure`` (no pyplot, so drawing from a training thread is
safe) and shown as a PNG in an ``Image`` widget.

The explorer only wires a callback into ``Network.SGD``: training itself knows nothing of
widgets. Train runs in a background thread, so the kernel stays free to receive a Stop.
"""

from __future__ import annotations

import html
import io
import threading
import time
from dataclasses import dataclass, field

import ipywidgets as widgets
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from .data import load_data
from .maths import sigmoid
from .network import EpochReport, Network
from .plots import plot_descent

NOT_LIVE = "(interactive: run this cell to see and use it)"


def _png(fig: Figure) -> bytes:
    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=80)
    return buffer.getvalue()


class _Widget(widgets.VBox):
    def __repr__(self) -> str:  # what a notebook viewer without widgets shows
        return f"{type(self).__name__} {NOT_LIVE}"


# --- 02: one neuron ---------------------------------------------------------------------


class NeuronWidget(_Widget):
    """One sigmoid neuron with one input x: output sigma(w x + b), with sliders for w and b."""

    def __init__(self, w: float = 1.0, b: float = 0.0):
        self.w = widgets.FloatSlider(value=w, min=-10, max=10, step=0.1, description="weight w")
        self.b = widgets.FloatSlider(value=b, min=-10, max=10, step=0.1, description="bias b")
        self.image = widgets.Image(format="png")
        super().__init__([self.w, self.b, self.image])
        for slider in (self.w, self.b):
            slider.observe(lambda change: self.draw(), names="value")
        self.draw()

    def draw(self) -> None:
        x = np.linspace(-6, 6, 300)
        w, b = self.w.value, self.b.value
        fig = Figure(figsize=(6, 3))
        ax = fig.add_subplot()
        ax.plot(x, np.where(w * x + b > 0, 1.0, 0.0), "--", color="gray", label="perceptron (step)")
        ax.plot(x, sigmoid(w * x + b), label="sigmoid neuron")
        ax.set_title(f"output = σ({w:.1f}·x + {b:.1f})")
        ax.set_xlabel("input x")
        ax.set_ylim(-0.05, 1.05)
        ax.grid(alpha=0.3)
        ax.legend(loc="upper left")
        self.image.value = _png(fig)


# --- 04: gradient descent ---------------------------------------------------------------


def bowl_cost(v1, v2):
    """A long valley: C(v) = v1^2 + 10 v2^2. Its minimum is at (0, 0)."""
    return v1**2 + 10 * v2**2


def bowl_gradient(v: np.ndarray) -> np.ndarray:
    return np.array([2 * v[0], 20 * v[1]])


def gradient_step(v: np.ndarray, grad: np.ndarray, eta: float) -> np.ndarray:
    """One step of gradient descent: v' = v - eta * grad C(v)."""
    return v - eta * grad


def descend(start, eta: float, steps: int, gradient=bowl_gradient, step=None) -> np.ndarray:
    """The points v, v - eta * grad C(v), ... of ``steps`` steps of gradient descent.

    ``step(v, grad, eta)`` makes one step (default ``gradient_step``): pass your own to see it at work.
    """
    step = gradient_step if step is None else step
    path = [np.asarray(start, dtype=float)]
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(steps):
            v = path[-1]
            path.append(np.asarray(step(v, gradient(v), eta), dtype=float))
    return np.array(path)


class GradientDescentWidget(_Widget):
    """Gradient descent on ``bowl_cost``: sliders for the learning rate and the number of steps."""

    def __init__(self, eta: float = 0.05, steps: int = 20, start=(-2.5, 1.5)):
        self.start = np.asarray(start, dtype=float)
        self.eta = widgets.FloatLogSlider(value=eta, base=10, min=-3, max=0, step=0.05, description="eta",
                                          readout_format=".3f")
        self.steps = widgets.IntSlider(value=steps, min=1, max=100, description="steps")
        self.image = widgets.Image(format="png")
        self.result = widgets.Label()
        super().__init__([self.eta, self.steps, self.image, self.result])
        for slider in (self.eta, self.steps):
            slider.observe(lambda change: self.draw(), names="value")
        self.draw()

    def draw(self) -> None:
        path = descend(self.start, self.eta.value, self.steps.value)
        final = bowl_cost(*path[-1])
        fig = Figure(figsize=(6, 4.5))
        plot_descent(bowl_cost, path, ax=fig.add_subplot())
        self.image.value = _png(fig)
        start_cost = bowl_cost(*path[0])
        if not np.isfinite(final) or final > start_cost:
            verdict = "diverged: each step overshoots the valley and lands higher"
        elif final < 1e-3:
            verdict = "reached the minimum"
        else:
            verdict = "still on its way down"
        self.result.value = f"cost after {self.steps.value} steps: {final:.4g} (start: {start_cost:.4g}), {verdict}"


# --- 07: the explorer -------------------------------------------------------------------


@dataclass
class Run:
    """One training run of the explorer: its settings and its epochs."""

    number: int
    settings: dict
    history: list[EpochReport] = field(default_factory=list)
    stopped: bool = False

    @property
    def best(self) -> float:
        """Best test accuracy over the epochs (0..1)."""
        return max((r.test_accuracy for r in self.history), default=0.0)

    @property
    def seconds(self) -> float:
        return sum(r.seconds for r in self.history)

    def label(self) -> str:
        s = self.settings
        return f"run {self.number}: eta={s['eta']:g}, hidden={s['hidden']}, n={s['train_size']}"

    def __repr__(self) -> str:
        accuracies = ", ".join(f"{100 * r.test_accuracy:.1f}" for r in self.history)
        end = " (stopped)" if self.stopped else ""
        return f"{self.label()}: test accuracy per epoch (%) [{accuracies}], best {100 * self.best:.1f}%{end}"


# The seed's setup, on a subset that trains in seconds.
DEFAULTS = {"eta": 1.0, "epochs": 10, "hidden": 30, "batch_size": 10, "train_size": 10000, "seed": 0}
# slider name -> (minimum, maximum): run() refuses values outside, the sliders clamp
LIMITS = {
    "eta": (0.001, 100.0),
    "epochs": (1, 60),
    "hidden": (1, 200),
    "batch_size": (1, 100),
    "train_size": (1000, 50000),
    "seed": (0, 2**31 - 1),
}


class Explorer(_Widget):
    """Train the seed's network with your own settings and compare runs.

    The defaults are the seed's: [784, 30, 10], mini-batch 10, eta 1.0, here on the
    first 10,000 training images for 10 epochs, so a run takes seconds. Every run is
    kept on the plot and in the table until Clear.
    """

    MAX_PLOTTED = 8
    REDRAW_SECONDS = 0.3  # redraw the plot at most this often during a run (and always at its end)

    def __init__(self, data=None):
        self.training, self.validation, self.test = data if data is not None else load_data(dtype=np.uint8)
        style = {"description_width": "150px"}
        layout = widgets.Layout(width="480px")

        def slider(kind, name: str, description: str, **options):
            low, high = LIMITS[name]
            return kind(value=DEFAULTS[name], min=low, max=high, description=description, style=style,
                        layout=layout, **options)

        # eta on a log scale: min and max are exponents of 10
        self.eta = widgets.FloatLogSlider(value=DEFAULTS["eta"], base=10, min=np.log10(LIMITS["eta"][0]),
                                          max=np.log10(LIMITS["eta"][1]), step=0.1, description="learning rate eta",
                                          readout_format=".3g", style=style, layout=layout)
        self.epochs = slider(widgets.IntSlider, "epochs", "epochs")
        self.hidden = slider(widgets.IntSlider, "hidden", "hidden neurons")
        self.batch_size = slider(widgets.IntSlider, "batch_size", "mini-batch size")
        self.train_size = slider(widgets.IntSlider, "train_size", "training images", step=1000)
        self.seed = widgets.BoundedIntText(value=DEFAULTS["seed"], min=LIMITS["seed"][0], max=LIMITS["seed"][1],
                                           description="seed", style=style)
        self.train_button = widgets.Button(description="Train", button_style="success", icon="play")
        self.stop_button = widgets.Button(description="Stop", button_style="danger", icon="stop", disabled=True)
        self.clear_button = widgets.Button(description="Clear", icon="trash")
        self.progress = widgets.IntProgress(value=0, min=0, max=DEFAULTS["epochs"], description="progress", style=style)
        self.status = widgets.Label("Choose settings, then press Train.")
        self.plot = widgets.Image(format="png")
        self.table = widgets.HTML()
        self.runs: list[Run] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.train_button.on_click(lambda b: self.start())
        self.stop_button.on_click(lambda b: self.stop())
        self.clear_button.on_click(lambda b: self.clear())
        super().__init__([
            self.eta, self.epochs, self.hidden, self.batch_size, self.train_size, self.seed,
            widgets.HBox([self.train_button, self.stop_button, self.clear_button]),
            self.progress, self.status, self.plot, self.table,
        ])
        self._draw()

    # --- what the buttons do --------------------------------------------------------

    def settings(self) -> dict:
        """The sliders' values now."""
        return {name: getattr(self, name).value for name in LIMITS}

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Train with the sliders' values in a background thread (the Train button)."""
        with self._lock:
            if self.running:
                self.status.value = "A run is already going: press Stop first, or wait for it to finish."
                return
            self._stop.clear()
            settings = self.settings()  # taken now: moving a slider later does not change this run
            self._thread = threading.Thread(target=self._train, args=(settings,), daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop the current run after the epoch in progress (the Stop button)."""
        self._stop.set()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the current background run (if any) has finished."""
        if self._thread is not None:
            self._thread.join(timeout)

    def clear(self) -> None:
        """Forget all finished runs (the Clear button)."""
        if self.running:
            self.status.value = "A run is going: press Stop first, then Clear."
            return
        self.runs.clear()
        self.progress.value = 0
        self.status.value = "Cleared. Choose settings, then press Train."
        self._draw()

    def run(self, **settings) -> Run:
        """Train now, in this cell: the default settings changed by ``settings``.

        e.g. ``ex.run(eta=100)`` is the seed's setup with eta = 100, whatever the sliders
        showed before (so a notebook cell always means the same run). The sliders move to
        the values used. Names: eta, epochs, hidden, batch_size, train_size, seed.
        """
        for name, value in settings.items():
            if name not in LIMITS:
                raise ValueError(f"run() has no setting {name!r}; choose from {', '.join(LIMITS)}.")
            low, high = LIMITS[name]
            if not (isinstance(value, (int, float, np.number)) and low <= value <= high):
                raise ValueError(f"{name} must be between {low:g} and {high:g}, got {value!r}.")
        if self.running:
            raise RuntimeError("A run started with the Train button is still going: press Stop or wait.")
        for name, value in (DEFAULTS | settings).items():
            getattr(self, name).value = value
        return self._train(self.settings())

    # --- training -------------------------------------------------------------------

    def _train(self, settings: dict) -> Run:
        run = Run(len(self.runs) + 1, settings)
        self.runs.append(run)
        self.train_button.disabled, self.stop_button.disabled = True, False
        self.progress.max, self.progress.value, self.progress.bar_style = settings["epochs"], 0, ""
        self.status.value = f"Run {run.number}: training..."
        n = settings["train_size"]
        net = Network([784, settings["hidden"], 10], seed=settings["seed"])

        last_draw = time.perf_counter()

        def after_epoch(report: EpochReport) -> bool:
            nonlocal last_draw
            run.history.append(report)
            self.progress.value = report.epoch + 1
            self.status.value = (
                f"Run {run.number}, epoch {report.epoch + 1} / {settings['epochs']}: test accuracy "
                f"{100 * report.test_accuracy:.2f}%, took {report.seconds:.2f} seconds"
            )
            if time.perf_counter() - last_draw > self.REDRAW_SECONDS:  # the last epoch is drawn below
                self._draw()
                last_draw = time.perf_counter()
            return self._stop.is_set()

        try:
            net.SGD((self.training[0][:n], self.training[1][:n]), settings["epochs"], settings["batch_size"],
                    settings["eta"], test_data=self.test, validation_data=self.validation, callback=after_epoch,
                    verbose=False)
            run.stopped = len(run.history) < settings["epochs"]
            if run.stopped:
                self.status.value = f"Run {run.number} stopped after {len(run.history)} epochs; best {100 * run.best:.2f}%."
            else:
                self.progress.bar_style = "success"
                self.status.value = f"Run {run.number} done: best test accuracy {100 * run.best:.2f}%."
        except Exception as e:  # shown, not lost in a thread
            self.status.value = f"Run {run.number} failed: {type(e).__name__}: {e}"
            raise
        finally:
            self.train_button.disabled, self.stop_button.disabled = False, True
            self._draw()
        return run

    # --- drawing --------------------------------------------------------------------

    def _draw(self) -> None:
        fig = Figure(figsize=(7.5, 3.6))
        ax = fig.add_subplot()
        runs = [r for r in self.runs if r.history][-self.MAX_PLOTTED :]
        for r in runs:
            color = f"C{(r.number - 1) % 10}"
            epochs = [e.epoch + 1 for e in r.history]
            ax.plot(epochs, [100 * e.test_accuracy for e in r.history], "o-", ms=3, color=color, label=r.label())
            ax.plot(epochs, [100 * e.validation_accuracy for e in r.history], ":", color=color, alpha=0.7)
        ax.set_xlabel("epoch")
        ax.set_ylabel("accuracy (%)")
        ax.set_title("test accuracy (solid) and validation accuracy (dotted)", fontsize=10)
        ax.grid(alpha=0.3)
        if runs:
            ax.legend(fontsize=8, loc="lower right")
        else:
            ax.text(0.5, 0.5, "no runs yet", ha="center", va="center", transform=ax.transAxes, color="gray")
        fig.tight_layout()
        self.plot.value = _png(fig)
        self.table.value = self._table()

    def _table(self) -> str:
        if not self.runs:
            return ""
        head = "".join(f"<th>{h}</th>" for h in ("run", "eta", "epochs", "hidden", "mini-batch", "training images",
                                                 "seed", "best test accuracy", "seconds"))
        rows = []
        for r in self.runs:
            s = r.settings
            cells = (r.number, f"{s['eta']:g}", f"{len(r.history)} / {s['epochs']}", s["hidden"], s["batch_size"],
                     s["train_size"], s["seed"], f"{100 * r.best:.2f}%", f"{r.seconds:.1f}")
            rows.append("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in cells) + "</tr>")
        return f"<table class='mnistnet-runs'><tr>{head}</tr>{''.join(rows)}</table>"


def explorer(data=None) -> Explorer:
    """The hyper-parameter explorer; ``data`` defaults to ``load_data(dtype=np.uint8)``."""
    return Explorer(data)


__all__ = ["Explorer", "GradientDescentWidget", "NeuronWidget", "Run", "descend", "explorer"]
