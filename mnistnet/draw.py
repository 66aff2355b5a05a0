"""Draw your own digit (notebook 11): a canvas in the browser, and what the network makes of it.

``DigitCanvas`` is an anywidget: a small ES module (``_ESM`` below) draws on a <canvas> in the
browser, with pointer events so a mouse, a pen or a finger all work. Drawing stays in the browser;
when a stroke ends (pointer up) it sends the ink once, as bytes: the canvas's alpha channel,
280 x 280 grey levels 0..255 (ink high), row after row.

``DrawDigit(net)`` puts the canvas next to what the network sees: the drawing prepared as MNIST
prepared its digits (``to_mnist``, 28 x 28), the ten output activations as bars, and the answer.
With ``DrawDigit(nets={"chapter 1": net1, "improved": net2})`` several networks answer side by side.

Python side only, no browser needed to test it: set ``canvas.pixels`` to the bytes of a drawing.
"""

from __future__ import annotations

import html

import anywidget
import ipywidgets as widgets
import numpy as np
import traitlets
from matplotlib import pyplot as plt
from matplotlib.figure import Figure

from .i18n import t
from .network import Network
from .prepare import as_ink, resize, to_mnist
from .ui import _png, _Widget

__all__ = ["DigitCanvas", "DrawDigit", "answer", "pen_drawing", "plot_shift_accuracy", "preparation_figure", "to_mnist"]

SIDE = 280  # the canvas's side in pixels: 10 times MNIST's 28

_ESM = """
function render({ model, el }) {
  const side = model.get("side");
  const box = document.createElement("div");
  box.className = "mnistnet-draw";
  const canvas = document.createElement("canvas");
  canvas.width = side;
  canvas.height = side;
  // paper is the white CSS background; ink is opaque black, so the alpha channel is the ink
  canvas.style.cssText = "background:#fff;border:1px solid #888;touch-action:none;cursor:crosshair;display:block";
  const pen = canvas.getContext("2d", { willReadFrequently: true });
  pen.lineCap = "round";
  pen.lineJoin = "round";
  pen.strokeStyle = "#000";
  pen.fillStyle = "#000";
  pen.lineWidth = model.get("pen");
  const clear = document.createElement("button");
  clear.className = "jupyter-button mnistnet-clear";
  clear.textContent = model.get("clear_label");
  clear.style.marginTop = "4px";
  box.append(canvas, clear);
  el.append(box);

  let last = null;
  function point(event) {
    const r = canvas.getBoundingClientRect();
    return [(event.clientX - r.left) * side / r.width, (event.clientY - r.top) * side / r.height];
  }
  function send() {  // once per stroke: the alpha channel, side x side bytes
    const rgba = pen.getImageData(0, 0, side, side).data;
    const ink = new Uint8Array(side * side);
    for (let i = 0; i < ink.length; i++) ink[i] = rgba[4 * i + 3];
    model.set("pixels", new DataView(ink.buffer));
    model.set("strokes", model.get("strokes") + 1);
    model.save_changes();
  }
  canvas.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    last = point(event);
    pen.beginPath();  // a dot for a click without a move
    pen.arc(last[0], last[1], pen.lineWidth / 2, 0, 2 * Math.PI);
    pen.fill();
  });
  canvas.addEventListener("pointermove", (event) => {
    if (last === null) return;
    const p = point(event);
    pen.beginPath();
    pen.moveTo(last[0], last[1]);
    pen.lineTo(p[0], p[1]);
    pen.stroke();
    last = p;
  });
  function end() {
    if (last === null) return;
    last = null;
    send();
  }
  canvas.addEventListener("pointerup", end);
  canvas.addEventListener("pointercancel", end);
  clear.addEventListener("click", () => {
    pen.clearRect(0, 0, side, side);
    model.set("pixels", new DataView(new ArrayBuffer(0)));
    model.save_changes();
  });
  model.on("change:pixels", () => {  // cleared from Python
    if (model.get("pixels").byteLength === 0) pen.clearRect(0, 0, side, side);
  });
}
export default { render };
"""


def _bytes_from_json(value, widget) -> bytes:
    """The frontend sends a memoryview (or nothing); the trait holds bytes."""
    return b"" if value is None else bytes(value)


class DigitCanvas(anywidget.AnyWidget):
    """A square canvas to draw on with the mouse or a finger, and a Clear button.

    ``pixels``: the drawing, ``side * side`` bytes (grey levels 0..255, ink high, row after row),
    sent once at the end of every stroke; ``b""`` when cleared. ``strokes`` counts the strokes.
    """

    _esm = _ESM
    pixels = traitlets.Bytes(b"").tag(sync=True, from_json=_bytes_from_json)
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

    def __repr__(self) -> str:  # what a notebook viewer without widgets shows
        return f"{type(self).__name__} {t('ui_not_live')}"


def _check_network(net, name: str) -> Network:
    sizes = getattr(net, "sizes", None)
    if not callable(getattr(net, "feedforward", None)) or sizes is None or sizes[0] != 784 or sizes[-1] != 10:
        raise ValueError(t("draw_not_a_digit_network", name=name, sizes=sizes))
    return net


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


class DrawDigit(_Widget):
    """Draw a digit and see what one network (``net``) or several (``nets``, by name) answer.

    Shows the canvas, the 28 x 28 image the network sees (``to_mnist`` of the drawing), and for
    each network the ten output activations as bars and its answer (the most active output).
    ``image`` holds the last prepared 28 x 28 image, ``answers`` the last answer of each network
    (``None`` while the canvas is empty).
    """

    def __init__(self, net: Network | None = None, *, nets: dict[str, Network] | None = None):
        if (net is None) == (nets is None):
            raise ValueError(t("draw_net_or_nets"))
        if nets is not None and not isinstance(nets, dict):
            raise ValueError(t("draw_net_or_nets"))
        self.nets = {"": _check_network(net, "net")} if nets is None else {
            str(name): _check_network(n, f"nets[{name!r}]") for name, n in dict(nets).items()}
        if not self.nets:
            raise ValueError(t("draw_net_or_nets"))
        self.canvas = DigitCanvas()
        self.preview = widgets.Image(format="png")
        self.bars = {name: widgets.Image(format="png") for name in self.nets}
        self.answer_boxes = {name: widgets.HTML() for name in self.nets}
        self.hint = widgets.Label(t("draw_hint"))
        columns = [self.canvas, widgets.VBox([widgets.Label(t("draw_sees")), self.preview])]
        for name in self.nets:
            title = [widgets.HTML(f"<b>{html.escape(name)}</b>")] if name else []
            columns.append(widgets.VBox([*title, self.bars[name], self.answer_boxes[name]]))
        super().__init__([self.hint, widgets.HBox(columns)])
        self.image = np.zeros((28, 28))
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
            # one column (784, 1) in, ten activations (10, 1) out; the answer is the most active output
            activations = np.zeros(10) if empty else net.feedforward(self.image.reshape(784, 1)).ravel()
            self.answers[name] = None if empty else int(np.argmax(activations))
            self.bars[name].value = _png(activations_figure(activations))
            if empty:
                text = f'<div class="mnistnet-answer" data-answer=""{strokes}>{html.escape(t("draw_empty"))}</div>'
            else:
                text = (f'<div class="mnistnet-answer" data-answer="{self.answers[name]}"{strokes}>'
                        f'{html.escape(t("draw_answer"))} <span style="font-size:3em;font-weight:bold">'
                        f"{self.answers[name]}</span></div>")
            self.answer_boxes[name].value = text


# --- drawings without a browser (notebook 11's figures) ----------------------------------------


def pen_drawing(strokes, pen: float = 22.0, side: int = SIDE) -> np.ndarray:
    """Draw ``strokes`` as the canvas does, in numpy: a (side, side) uint8 picture, ink 255, paper 0.

    ``strokes``: a list of strokes, each a list of (x, y) points in canvas pixels (x to the right,
    y downwards, from 0 to ``side``), joined by straight lines drawn with a round pen ``pen``
    pixels wide; a stroke of one point is a dot. A pixel's ink is how far its centre lies inside
    the pen's edge, clipped to [0, 1]: edges are anti-aliased over one pixel, as in a browser.
    """
    if not (isinstance(pen, (int, float)) and np.isfinite(pen) and pen > 0):
        raise ValueError(t("draw_pen_positive", pen=pen))
    try:
        lines = [np.asarray(stroke, dtype=float).reshape(-1, 2) for stroke in strokes]
    except (TypeError, ValueError):
        raise ValueError(t("draw_strokes_bad", strokes=repr(strokes)[:80])) from None
    if any(len(line) == 0 or not np.all(np.isfinite(line)) for line in lines):
        raise ValueError(t("draw_strokes_bad", strokes=repr(strokes)[:80]))
    y, x = np.indices((side, side)) + 0.5  # pixel centres
    ink = np.zeros((side, side))
    for line in lines:
        for start, end in zip(line, line[1:] if len(line) > 1 else line):
            d = end - start
            # the point of the segment nearest to each pixel centre: start + s d, s in [0, 1]
            s = np.clip(((x - start[0]) * d[0] + (y - start[1]) * d[1]) / max(d @ d, 1e-12), 0, 1)
            distance = np.hypot(x - start[0] - s * d[0], y - start[1] - s * d[1])
            ink = np.maximum(ink, np.clip(pen / 2 - distance + 0.5, 0, 1))
    return np.round(ink * 255).astype(np.uint8)


def answer(net: Network, image: np.ndarray) -> int:
    """The network's answer for one 28 x 28 image: the most active of its ten outputs."""
    return int(np.argmax(net.feedforward(np.asarray(image, dtype=float).reshape(784, 1))))


def preparation_figure(drawings: dict, nets: dict, labels: dict | None = None):
    """One column per drawing (a dict name -> (side, side) picture): the drawing, the drawing only
    shrunk to 28 x 28, and the drawing prepared by ``to_mnist``. Above each 28 x 28 picture, the
    answer of every network (a dict name -> Network), in red when it differs from ``labels[name]``
    (a dict name -> digit; a drawing missing from it has no right answer)."""
    fig, axes = plt.subplots(3, len(drawings), figsize=(1.9 * len(drawings), 6.4), squeeze=False)
    for j, (name, drawing) in enumerate(drawings.items()):
        ink = as_ink(drawing)  # grey levels 0..255 (any whole-number dtype) or floats in [0, 1]
        pictures = [ink, resize(ink, 28, 28), to_mnist(drawing)]
        for i, picture in enumerate(pictures):
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


def plot_shift_accuracy(shifts, accuracies: dict):
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
