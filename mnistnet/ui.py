"""Widgets for the notebooks: one neuron (02), gradient descent (04), the explorer (07).

Each is an ipywidgets ``VBox``: display it by making it the last line of a cell. Plots are
drawn on a plain matplotlib ``Figure`` (no pyplot, so drawing from a training thread is
safe) and shown as a PNG in an ``Image`` widget. Every label, button, status line and table
heading goes through ``t()`` (``mnistnet.set_language``); figures keep language-neutral labels.

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
from .i18n import t
from .network import EpochReport, Network
from .plots import draw_neuron, plot_descent


def _png(fig: Figure) -> bytes:
    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=80)
    return buffer.getvalue()


class _Widget(widgets.VBox):
    def __repr__(self) -> str:  # what a notebook viewer without widgets shows
        return f"{type(self).__name__} {t('ui_not_live')}"


# --- 02: one neuron ---------------------------------------------------------------------


class NeuronWidget(_Widget):
    """One sigmoid neuron with one input x: output sigma(w x + b), with sliders for w and b."""

    def __init__(self, w: float = 1.0, b: float = 0.0):
        self.w = widgets.FloatSlider(value=w, min=-10, max=10, step=0.1, description=t("ui_weight_w"))
        self.b = widgets.FloatSlider(value=b, min=-10, max=10, step=0.1, description=t("ui_bias_b"))
        self.image = widgets.Image(format="png")
        super().__init__([self.w, self.b, self.image])
        for slider in (self.w, self.b):
            slider.observe(lambda change: self.draw(), names="value")
        self.draw()

    def draw(self) -> None:
        fig = Figure(figsize=(6, 3))
        draw_neuron(fig.add_subplot(), self.w.value, self.b.value)
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
    """Gradient descent on ``bowl_cost``: sliders for the learning rate and the number of steps.

    ``step(v, grad, eta)`` makes each step (default ``gradient_step``): pass your own.
    """

    def __init__(self, eta: float = 0.05, steps: int = 20, start=(-2.5, 1.5), step=None):
        self.start = np.asarray(start, dtype=float)
        self.step = step
        self.eta = widgets.FloatLogSlider(value=eta, base=10, min=-3, max=0, step=0.05, description=t("ui_eta_short"),
                                          readout_format=".3f")
        self.steps = widgets.IntSlider(value=steps, min=1, max=100, description=t("ui_steps"))
        self.image = widgets.Image(format="png")
        self.result = widgets.Label()
        super().__init__([self.eta, self.steps, self.image, self.result])
        for slider in (self.eta, self.steps):
            slider.observe(lambda change: self.draw(), names="value")
        self.draw()

    def draw(self) -> None:
        path = descend(self.start, self.eta.value, self.steps.value, step=self.step)
        final = bowl_cost(*path[-1])
        fig = Figure(figsize=(6, 4.5))
        plot_descent(bowl_cost, path, ax=fig.add_subplot())
        self.image.value = _png(fig)
        start_cost = bowl_cost(*path[0])
        if not np.isfinite(final) or final > start_cost:
            verdict = t("ui_descent_diverged")
        elif final < 1e-3:
            verdict = t("ui_descent_reached")
        else:
            verdict = t("ui_descent_on_its_way")
        self.result.value = t("ui_descent_result", steps=self.steps.value, final=final, start=start_cost, verdict=verdict)


# --- 07: the explorer -------------------------------------------------------------------


@dataclass
class Run:
    """One training run of the explorer: its settings and its epochs.

    Runs are compared on the VALIDATION set (choosing settings is what it is for): ``best``
    is the best validation accuracy, and ``best_test`` the test accuracy at that same epoch,
    looked at last.
    """

    number: int
    settings: dict
    history: list[EpochReport] = field(default_factory=list)
    stopped: bool = False

    @property
    def best_epoch(self) -> EpochReport | None:
        """The epoch with the best validation accuracy (the first such), or None before any epoch."""
        return max(self.history, key=lambda r: r.validation_accuracy or 0.0, default=None)

    @property
    def best(self) -> float:
        """Best validation accuracy over the epochs (0..1)."""
        return 0.0 if self.best_epoch is None else self.best_epoch.validation_accuracy or 0.0

    @property
    def best_test(self) -> float:
        """Test accuracy at the epoch of the best validation accuracy (0..1)."""
        return 0.0 if self.best_epoch is None else self.best_epoch.test_accuracy or 0.0

    @property
    def seconds(self) -> float:
        return sum(r.seconds for r in self.history)

    def label(self) -> str:
        """A short language-neutral label for figures: ``run 2: η=3, hidden=30, n=10000``."""
        s = self.settings
        return f"run {self.number}: η={s['eta']:g}, hidden={s['hidden']}, n={s['train_size']}"

    def __repr__(self) -> str:
        accuracies = ", ".join(f"{100 * (r.validation_accuracy or 0):.1f}" for r in self.history)
        text = t("ui_run_repr", number=self.number, eta=self.settings["eta"], hidden=self.settings["hidden"],
                 n=self.settings["train_size"], accuracies=accuracies, best=100 * self.best,
                 test=100 * self.best_test)
        return text + (t("ui_run_stopped") if self.stopped else "")


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
    first 10,000 training images for 10 epochs, so a run takes seconds. Runs are
    compared on the validation set. Every run stays in the table until Clear; the live
    plot shows the last ``MAX_PLOTTED`` runs (validation solid, test dotted), and
    ``figure()`` draws all of them in a picture that stays in the saved notebook.
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
                                          max=np.log10(LIMITS["eta"][1]), step=0.1, description=t("ui_eta"),
                                          readout_format=".3g", style=style, layout=layout)
        self.epochs = slider(widgets.IntSlider, "epochs", t("ui_epochs"))
        self.hidden = slider(widgets.IntSlider, "hidden", t("ui_hidden"))
        self.batch_size = slider(widgets.IntSlider, "batch_size", t("ui_batch_size"))
        self.train_size = slider(widgets.IntSlider, "train_size", t("ui_train_size"), step=1000)
        self.seed = widgets.BoundedIntText(value=DEFAULTS["seed"], min=LIMITS["seed"][0], max=LIMITS["seed"][1],
                                           description=t("ui_seed"), style=style)
        self.train_button = widgets.Button(description=t("ui_train"), button_style="success", icon="play")
        self.stop_button = widgets.Button(description=t("ui_stop"), button_style="danger", icon="stop", disabled=True)
        self.clear_button = widgets.Button(description=t("ui_clear"), icon="trash")
        self.progress = widgets.IntProgress(value=0, min=0, max=DEFAULTS["epochs"], description=t("ui_progress"),
                                            style=style)
        self.status = widgets.Label(t("ui_status_ready"))
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
                self.status.value = t("ui_status_already_running")
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
            self.status.value = t("ui_status_clear_while_running")
            return
        self.runs.clear()
        self.progress.value = 0
        self.status.value = t("ui_status_cleared")
        self._draw()

    def run(self, **settings) -> Run:
        """Train now, in this cell: the default settings changed by ``settings``.

        e.g. ``ex.run(eta=100)`` is the seed's setup with eta = 100, whatever the sliders
        showed before (so a notebook cell always means the same run). The sliders move to
        the values used. Names: eta, epochs, hidden, batch_size, train_size, seed.
        A Stop pressed earlier (even with no run going) does not cut this run short.
        """
        for name, value in settings.items():
            if name not in LIMITS:
                raise ValueError(t("ui_run_no_setting", name=name, names=", ".join(LIMITS)))
            low, high = LIMITS[name]
            whole = isinstance(low, int)  # every setting but eta counts something: a whole number
            kinds = (int, np.integer) if whole else (int, float, np.integer, np.floating)
            if isinstance(value, (bool, np.bool_)) or not isinstance(value, kinds):
                raise ValueError(t("ui_run_whole_number" if whole else "ui_run_number", name=name, value=value))
            if not low <= value <= high:
                raise ValueError(t("ui_run_out_of_range", name=name, low=low, high=high, value=value))
        if self.running:
            raise RuntimeError(t("ui_run_while_training"))
        for name, value in (DEFAULTS | settings).items():
            getattr(self, name).value = value
        self._stop.clear()  # a Stop before this run belongs to an earlier one
        return self._train(self.settings())

    # --- training -------------------------------------------------------------------

    def _train(self, settings: dict) -> Run:
        run = Run(len(self.runs) + 1, settings)
        self.runs.append(run)
        self.train_button.disabled, self.stop_button.disabled = True, False
        self.progress.max, self.progress.value, self.progress.bar_style = settings["epochs"], 0, ""
        self.status.value = t("ui_status_training", number=run.number)
        n = settings["train_size"]
        net = Network([784, settings["hidden"], 10], seed=settings["seed"])

        last_draw = time.perf_counter()

        def after_epoch(report: EpochReport) -> bool:
            nonlocal last_draw
            run.history.append(report)
            self.progress.value = report.epoch + 1
            self.status.value = t("ui_status_epoch", number=run.number, epoch=report.epoch + 1,
                                  epochs=settings["epochs"], accuracy=100 * (report.validation_accuracy or 0),
                                  seconds=report.seconds)
            if time.perf_counter() - last_draw > self.REDRAW_SECONDS:  # the last epoch is drawn below
                self._draw()
                last_draw = time.perf_counter()
            return self._stop.is_set()

        try:
            net.SGD((self.training[0][:n], self.training[1][:n]), settings["epochs"], settings["batch_size"],
                    settings["eta"], test_data=self.test, validation_data=self.validation, callback=after_epoch,
                    verbose=False)
            run.stopped = len(run.history) < settings["epochs"]
        except BaseException as e:  # shown, not lost in a thread; Ctrl-C leaves the buttons usable too
            if isinstance(e, Exception):
                self.status.value = t("ui_status_failed", number=run.number, error=type(e).__name__, detail=e)
            self.train_button.disabled, self.stop_button.disabled = False, True
            self._draw()
            raise
        self._draw()  # the final plot first, then say so: "done" means the picture is there
        if run.stopped:
            self.status.value = t("ui_status_stopped", number=run.number, epochs=len(run.history), best=100 * run.best)
        else:
            self.progress.bar_style = "success"
            self.status.value = t("ui_status_done", number=run.number, best=100 * run.best, test=100 * run.best_test)
        self.train_button.disabled, self.stop_button.disabled = False, True
        return run

    # --- drawing --------------------------------------------------------------------

    def figure(self, runs: list[Run] | None = None, figsize=(9.5, 4.0)) -> Figure:
        """A matplotlib Figure of ALL runs so far (``runs``: a chosen list), the first one (the
        baseline) included: validation accuracy solid, test accuracy dotted, one colour per run.

        Make it the last line of a cell (``ex.figure()``) and the picture stays in the saved
        notebook, where the live widget shows only a line of text.
        """
        fig = Figure(figsize=figsize)
        ax = fig.add_subplot()
        self._plot_runs(ax, self.runs if runs is None else runs)
        if ax.get_legend() is not None:  # outside the axes, on the right: it covers no line
            ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.02, 1), borderaxespad=0)
        fig.tight_layout()
        return fig

    def _plot_runs(self, ax, runs: list[Run]) -> None:
        """Validation accuracy (solid) and test accuracy (dotted) per epoch of each run; text language-neutral."""
        runs = [r for r in runs if r.history]
        for r in runs:
            color = f"C{(r.number - 1) % 10}"
            epochs = [e.epoch + 1 for e in r.history]
            ax.plot(epochs, [100 * (e.validation_accuracy or 0) for e in r.history], "o-", ms=3, color=color,
                    label=r.label())
            ax.plot(epochs, [100 * (e.test_accuracy or 0) for e in r.history], ":", color=color, alpha=0.7)
        ax.set_xlabel("epoch")
        ax.set_ylabel("accuracy (%)")
        ax.set_title("validation (solid), test (dotted)", fontsize=10)
        ax.grid(alpha=0.3)
        if runs:
            ax.legend(fontsize=8, loc="lower right")
        else:
            ax.text(0.5, 0.5, "-", ha="center", va="center", transform=ax.transAxes, color="gray")

    def _draw(self) -> None:
        """The live plot (the last ``MAX_PLOTTED`` runs, so it stays readable) and the table (every run)."""
        fig = Figure(figsize=(7.5, 3.6))
        self._plot_runs(fig.add_subplot(), self.runs[-self.MAX_PLOTTED :])
        fig.tight_layout()
        self.plot.value = _png(fig)
        self.table.value = self._table()

    def _table(self) -> str:
        """One row per run; compared on the best validation accuracy, the test accuracy at that epoch last."""
        if not self.runs:
            return ""
        head = "".join(f"<th>{html.escape(t(key))}</th>" for key in (
            "ui_col_run", "ui_col_eta", "ui_col_epochs", "ui_col_hidden", "ui_col_batch", "ui_col_train_size",
            "ui_col_seed", "ui_col_seconds", "ui_col_best_validation", "ui_col_test"))
        rows = []
        for r in self.runs:
            s = r.settings
            cells = (r.number, f"{s['eta']:g}", f"{len(r.history)} / {s['epochs']}", s["hidden"], s["batch_size"],
                     s["train_size"], s["seed"], f"{r.seconds:.1f}", f"{100 * r.best:.2f}%", f"{100 * r.best_test:.2f}%")
            rows.append("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in cells) + "</tr>")
        return f"<table class='mnistnet-runs'><tr>{head}</tr>{''.join(rows)}</table>"


def explorer(data=None) -> Explorer:
    """The hyper-parameter explorer; ``data`` defaults to ``load_data(dtype=np.uint8)``."""
    return Explorer(data)


__all__ = ["Explorer", "GradientDescentWidget", "NeuronWidget", "Run", "descend", "explorer", "gradient_step"]
