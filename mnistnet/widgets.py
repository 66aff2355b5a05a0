"""Every widget of the notebooks: one neuron (02), gradient descent (04), the explorer (07), and the drawing canvas
with what the networks make of it (11).

Each is an ipywidgets box: make it the last line of a cell. Plots are drawn on a plain matplotlib ``Figure`` (no pyplot,
so drawing from a training thread is safe) and shown as a PNG. Every label, button, status line and table heading goes
through ``t()``; figures keep language-neutral labels. The explorer trains through a callback of ``Network.SGD``, in a
background thread so that the kernel stays free to receive a Stop. ``DigitCanvas``'s browser side is ``canvas.js``, next
to this file. No browser is needed to test them: set slider values, press buttons, set ``canvas.pixels``."""

from __future__ import annotations

import html
import io
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import anywidget
import ipywidgets as widgets
import numpy as np
import traitlets
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from .data import load_data
from .drawing import SIDE, to_mnist
from .i18n import t
from .maths import bowl_cost, descend
from .network import Network
from .plots import activations_figure, draw_neuron, plot_descent, plot_learning_curves, preview_figure
from .report import EpochReport
from .validate import is_real_number, is_whole_number

__all__ = ["DigitCanvas", "DrawDigit", "Explorer", "GradientDescentWidget", "NeuronWidget", "Run", "explorer"]


def _png(fig: Figure) -> bytes:
    FigureCanvasAgg(fig).print_figure(buffer := io.BytesIO(), format="png", dpi=80)
    return buffer.getvalue()


class _NotLive:
    """The base of every widget here: what a notebook viewer without a live kernel shows."""

    def __repr__(self) -> str:
        return f"{type(self).__name__} {t('ui_not_live')}"


png, NotLive = _png, _NotLive  # public names for the widget of stepper.py


class _Sliders(_NotLive, widgets.VBox):
    """Sliders above a picture (``self.image``) that ``draw()`` makes again whenever a slider moves."""

    def __init__(self, sliders: list, below: tuple = ()):
        self.image = widgets.Image(format="png")
        super().__init__([*sliders, self.image, *below])
        for slider in sliders:
            slider.observe(lambda change: self.draw(), names="value")
        self.draw()


class NeuronWidget(_Sliders):
    """One sigmoid neuron with one input x: output sigma(w x + b), with sliders for w and b."""

    def __init__(self, w: float = 1.0, b: float = 0.0):
        self.w = widgets.FloatSlider(value=w, min=-10, max=10, step=0.1, description=t("ui_weight_w"))
        self.b = widgets.FloatSlider(value=b, min=-10, max=10, step=0.1, description=t("ui_bias_b"))
        super().__init__([self.w, self.b])

    def draw(self) -> None:
        fig = Figure(figsize=(6, 3))
        draw_neuron(fig.add_subplot(), self.w.value, self.b.value)
        self.image.value = _png(fig)


class GradientDescentWidget(_Sliders):
    """Gradient descent on ``bowl_cost``: sliders for the learning rate and the number of steps;
    ``step(v, grad, eta)`` makes each step (default ``gradient_step``): pass your own."""

    def __init__(self, eta: float = 0.05, steps: int = 20, start=(-2.5, 1.5), step=None):
        self.start, self.step = np.asarray(start, dtype=float), step
        self.eta = widgets.FloatLogSlider(value=eta, base=10, min=-3, max=0, step=0.05, description=t("ui_eta_short"),
                                          readout_format=".3f")
        self.steps = widgets.IntSlider(value=steps, min=1, max=100, description=t("ui_steps"))
        self.result = widgets.Label()
        super().__init__([self.eta, self.steps], below=(self.result,))

    def draw(self) -> None:
        path = descend(self.start, self.eta.value, self.steps.value, step=self.step)
        self.image.value = _png(plot_descent(bowl_cost, path, ax=Figure(figsize=(6, 4.5)).add_subplot()))
        start_cost, final = bowl_cost(*path[0]), bowl_cost(*path[-1])
        verdict = ("ui_descent_diverged" if not np.isfinite(final) or final > start_cost
                   else "ui_descent_reached" if final < 1e-3 else "ui_descent_on_its_way")
        self.result.value = t("ui_descent_result", steps=self.steps.value, final=final, start=start_cost, verdict=t(verdict))


@dataclass
class Run:
    """One training run of the explorer: its settings and its epochs. Runs are compared on the VALIDATION
    set (choosing settings is what it is for): ``best`` is the best validation accuracy, ``best_test`` the
    test accuracy at that same epoch, looked at last."""

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
        """The run in figures, as its English repr begins and as notebook code writes it: ``run 2: eta=3, hidden=30, n=10000``."""
        s = self.settings
        return f"run {self.number}: eta={s['eta']:g}, hidden={s['hidden']}, n={s['train_size']}"

    def __repr__(self) -> str:
        accuracies = ", ".join(f"{100 * (r.validation_accuracy or 0):.1f}" for r in self.history)
        s = self.settings
        text = t("ui_run_repr", number=self.number, eta=s["eta"], hidden=s["hidden"], n=s["train_size"], accuracies=accuracies,
                 best=100 * self.best, test=100 * self.best_test)
        return text + (t("ui_run_stopped") if self.stopped else "")


DEFAULTS = {"eta": 1.0, "epochs": 10, "hidden": 30, "batch_size": 10, "train_size": 10000, "seed": 0}
# slider name -> (minimum, maximum): run() refuses values outside, the sliders clamp
LIMITS = {"eta": (0.001, 100.0), "epochs": (1, 60), "hidden": (1, 200), "batch_size": (1, 100),
          "train_size": (1000, 50000), "seed": (0, 2**31 - 1)}


class Explorer(_NotLive, widgets.VBox):
    """Train chapter 1's network with your own settings and compare the runs on the validation set. The defaults are
    the original notebook's ([784, 30, 10], mini-batch 10, eta 1.0), on the first 10,000 training images for 10 epochs:
    a run takes seconds. The networks compute in 32-bit floats (``dtype=np.float32``, notebook 08): the same code,
    about twice as fast, so the sliders answer sooner. The table keeps every run until Clear, the live plot the last
    ``MAX_PLOTTED``; ``figure()`` draws them all in a picture that stays in the saved notebook."""

    MAX_PLOTTED = 8
    REDRAW_SECONDS = 0.3  # redraw the plot at most this often during a run (and always at its end) ...
    DRAWING_SHARE = 0.25  # ... and rarely enough to spend at most this share of a run drawing

    def __init__(self, data=None):
        self.training, self.validation, self.test = data if data is not None else load_data(dtype=np.uint8)
        style, layout = {"description_width": "150px"}, widgets.Layout(width="480px")

        def slider(kind, name: str, description: str, **options):
            low, high = LIMITS[name]
            return kind(value=DEFAULTS[name], min=low, max=high, description=description, style=style, layout=layout, **options)

        low, high = np.log10(LIMITS["eta"])  # eta on a log scale: min and max are exponents of 10
        self.eta = widgets.FloatLogSlider(value=DEFAULTS["eta"], base=10, min=low, max=high, step=0.1, description=t("ui_eta"),
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
        self.progress = widgets.IntProgress(max=DEFAULTS["epochs"], description=t("ui_progress"), style=style)
        self.status = widgets.Label(t("ui_status_ready"))
        self.plot, self.table, self.runs = widgets.Image(format="png"), widgets.HTML(), []
        self._stop, self._lock, self._thread = threading.Event(), threading.Lock(), None  # _thread: the run in progress
        for button, action in ((self.train_button, self.start), (self.stop_button, self.stop), (self.clear_button, self.clear)):
            button.on_click(lambda b, action=action: action())
        super().__init__([self.eta, self.epochs, self.hidden, self.batch_size, self.train_size, self.seed,
                          widgets.HBox([self.train_button, self.stop_button, self.clear_button]),
                          self.progress, self.status, self.plot, self.table])
        self._draw()

    def settings(self) -> dict:
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
        """Train now, in this cell, with the defaults changed by ``settings`` (eta, epochs, hidden, batch_size,
        train_size, seed): ``ex.run(eta=100)`` is chapter 1's setup with eta = 100 whatever the sliders showed,
        so a cell always means the same run. The sliders move to the values used. An earlier Stop does not count."""
        for name, value in settings.items():
            if name not in LIMITS:
                raise ValueError(t("ui_run_no_setting", name=name, names=", ".join(LIMITS)))
            low, high = LIMITS[name]
            whole = isinstance(low, int)  # every setting but eta counts something: a whole number
            if not (is_whole_number(value) if whole else is_real_number(value)):
                raise ValueError(t("ui_run_whole_number" if whole else "ui_run_number", name=name, value=value))
            if not low <= value <= high:
                raise ValueError(t("ui_run_out_of_range", name=name, low=low, high=high, value=value))
        if self.running:
            raise RuntimeError(t("ui_run_while_training"))
        for name, value in (DEFAULTS | settings).items():
            getattr(self, name).value = value
        self._stop.clear()  # a Stop before this run belongs to an earlier one
        return self._train(self.settings())

    def _train(self, settings: dict) -> Run:
        run = Run(len(self.runs) + 1, settings)
        self.runs.append(run)
        self.train_button.disabled, self.stop_button.disabled = True, False
        self.progress.max, self.progress.value, self.progress.bar_style = settings["epochs"], 0, ""
        self.status.value = t("ui_status_training", number=run.number)
        n, net = settings["train_size"], Network([784, settings["hidden"], 10], seed=settings["seed"], dtype=np.float32)
        last_draw, draw_seconds = time.perf_counter(), 0.0

        def after_epoch(report: EpochReport) -> bool:
            nonlocal last_draw, draw_seconds
            run.history.append(report)
            self.progress.value = report.epoch + 1
            self.status.value = t("ui_status_epoch", number=run.number, epoch=report.epoch + 1, epochs=settings["epochs"],
                                  accuracy=100 * (report.validation_accuracy or 0), seconds=report.seconds)
            # A redraw takes 0.1 to 0.3 s, as long as an epoch on 10,000 images: redrawing after every epoch would
            # almost double a run. Wait 3 redraws' time after each (a quarter of the run); the last epoch is drawn below.
            wait = max(self.REDRAW_SECONDS, draw_seconds * (1 - self.DRAWING_SHARE) / self.DRAWING_SHARE)
            if time.perf_counter() - last_draw > wait:
                start = time.perf_counter()
                self._draw()
                last_draw = time.perf_counter()
                draw_seconds = last_draw - start
            return self._stop.is_set()

        try:
            net.SGD((self.training[0][:n], self.training[1][:n]), settings["epochs"], settings["batch_size"], settings["eta"],
                    test_data=self.test, validation_data=self.validation, callback=after_epoch, verbose=False)
            run.stopped = len(run.history) < settings["epochs"]
        except Exception as e:  # shown, not lost in a thread
            self.status.value = t("ui_status_failed", number=run.number, error=type(e).__name__, detail=e)
            raise
        finally:  # after an error or Ctrl-C too: the buttons usable again, and the final plot drawn before "done"
            self.train_button.disabled, self.stop_button.disabled = False, True
            self._draw()
        if run.stopped:
            self.status.value = t("ui_status_stopped", number=run.number, epochs=len(run.history), best=100 * run.best)
        else:
            self.progress.bar_style = "success"
            self.status.value = t("ui_status_done", number=run.number, best=100 * run.best, test=100 * run.best_test)
        return run

    def figure(self, runs: list[Run] | None = None, figsize=(9.5, 4.0)) -> Figure:
        """``plot_learning_curves`` of ALL runs so far (or of ``runs``), the first (the baseline) included: as the
        last line of a cell, a picture that stays in the saved notebook, where the widget is a line of text."""
        ax = Figure(figsize=figsize, layout="tight").add_subplot()
        plot_learning_curves({r.label(): r.history for r in (self.runs if runs is None else runs)}, ax)
        if ax.get_legend() is not None:  # outside the axes, on the right: it covers no line
            ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.02, 1), borderaxespad=0)
        return ax.figure

    def _draw(self) -> None:
        """The live plot (the last ``MAX_PLOTTED`` runs, so it stays readable) and the table (every run)."""
        fig = Figure(figsize=(7.5, 3.6))
        fig.subplots_adjust(left=0.115, right=0.98, top=0.92, bottom=0.14)  # fixed margins: half the time of layout="tight"
        plot_learning_curves({r.label(): r.history for r in self.runs[-self.MAX_PLOTTED :]}, fig.add_subplot())
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


explorer = Explorer  # notebook 07: ex = explorer()


class DigitCanvas(_NotLive, anywidget.AnyWidget):
    """A square canvas to draw on with the mouse or a finger, and a Clear button. ``pixels``: the drawing, ``side * side``
    bytes (grey levels 0..255, ink high, row after row), sent once at the end of every stroke; ``b""`` when cleared.
    ``strokes`` counts the strokes."""

    _esm = Path(__file__).parent / "canvas.js"  # anywidget reads the file
    # the browser sends a memoryview (or nothing); the trait holds bytes
    pixels = traitlets.Bytes(b"").tag(sync=True, from_json=lambda value, widget: b"" if value is None else bytes(value))
    strokes = traitlets.Int(0).tag(sync=True)
    side = traitlets.Int(SIDE).tag(sync=True)
    pen = traitlets.Float(22.0).tag(sync=True)  # stroke width in canvas pixels: about 2 MNIST pixels
    clear_label = traitlets.Unicode("Clear").tag(sync=True)

    def __init__(self, **kwargs):
        kwargs.setdefault("clear_label", t("draw_clear"))
        super().__init__(**kwargs)

    def image(self) -> np.ndarray:
        """The drawing as a (side, side) uint8 array (all zeros before the first stroke or after Clear)."""
        if not self.pixels:
            return np.zeros((self.side, self.side), dtype=np.uint8)
        ink = np.frombuffer(self.pixels, dtype=np.uint8)
        if ink.size != self.side * self.side:
            raise ValueError(t("draw_pixels_wrong_size", got=ink.size, side=self.side))
        return ink.reshape(self.side, self.side)

    def clear(self) -> None:
        """Wipe the drawing (here and in the browser)."""
        self.pixels = b""


class DrawDigit(_NotLive, widgets.VBox):
    """Draw a digit and see what one network (``net``) or several (``nets``, by name) answer: the canvas, the
    28 x 28 image the network sees (``to_mnist`` of the drawing, kept in ``image``), and for each network its
    ten output activations as bars and its answer, the most active output (``answers``; None while empty)."""

    def __init__(self, net: Network | None = None, *, nets: dict[str, Network] | None = None):
        if (net is None) == (nets is None) or (nets is not None and not (isinstance(nets, dict) and nets)):
            raise ValueError(t("draw_net_or_nets"))
        self.nets: dict[str, Network] = {}
        for name, n in ({"": net} if nets is None else nets).items():
            if str(name) in self.nets:  # 1 and "1" would share one panel: one network would vanish
                raise ValueError(t("draw_duplicate_name", name=str(name)))
            sizes = getattr(n, "sizes", None)  # a network of 784 inputs and 10 outputs
            if not callable(getattr(n, "feedforward", None)) or sizes is None or sizes[0] != 784 or sizes[-1] != 10:
                raise ValueError(t("draw_not_a_digit_network", name="net" if nets is None else f"nets[{name!r}]", sizes=sizes))
            self.nets[str(name)] = n
        self.canvas, self.preview = DigitCanvas(), widgets.Image(format="png")
        self.bars = {name: widgets.Image(format="png") for name in self.nets}
        self.answer_boxes = {name: widgets.HTML() for name in self.nets}
        self.hint = widgets.Label(t("draw_hint"))
        columns = [self.canvas, widgets.VBox([widgets.Label(t("draw_sees")), self.preview])]
        for name in self.nets:
            title = [widgets.HTML(f"<b>{html.escape(name)}</b>")] if name else []
            columns.append(widgets.VBox([*title, self.bars[name], self.answer_boxes[name]]))
        super().__init__([self.hint, widgets.HBox(columns)])
        self.answers: dict[str, int | None] = {name: None for name in self.nets}
        self.canvas.observe(lambda change: self.update(), names="pixels")
        self.update()

    def update(self) -> None:
        """Prepare the drawing as MNIST did, ask each network, redraw the preview, bars and answers."""
        self.image = to_mnist(self.canvas.image())
        self.preview.value = _png(preview_figure(self.image))
        empty = not self.image.any()
        strokes = f' data-strokes="{self.canvas.strokes}"'  # for a browser test: which stroke this shows
        for name, net in self.nets.items():
            activations = np.zeros(10) if empty else net.feedforward(self.image.reshape(784, 1)).ravel()  # (784, 1) in, 10 out
            answer = self.answers[name] = None if empty else int(np.argmax(activations))
            self.bars[name].value = _png(activations_figure(activations))
            said = (html.escape(t("draw_empty")) if empty else
                    f'{html.escape(t("draw_answer"))} <span style="font-size:3em;font-weight:bold">{answer}</span>')
            self.answer_boxes[name].value = (f'<div class="mnistnet-answer" data-answer="{"" if empty else answer}"{strokes}>'
                                             f"{said}</div>")
