"""Turn a drawing into an MNIST image, the way MNIST's own digits were prepared (numpy only).

LeCun, Cortes and Burges describe it: "The original black and white images from NIST were size normalized to fit in a
20x20 pixel box while preserving their aspect ratio. The resulting images contain grey levels as a result of the
anti-aliasing technique used by the normalization algorithm. The images were centered in a 28x28 image by computing
the center of mass of the pixels, and translating the image so as to position this point at the center of the 28x28 field."

``to_mnist`` does the same steps: crop the drawing to its ink; resize it so that its longer side is 20 pixels, keeping
the aspect ratio, by area averaging (each new pixel is the mean of the part of the drawing it covers, so edges become
grey); paste it into a 28 x 28 field of zeros, shifted by whole pixels so that its centre of mass lands on pixel (14, 14)
(row, column; 0 at the top left). The real MNIST images agree: their ink spans exactly 20 pixels on the longer side, and
their centres of mass lie within half a pixel of (14, 14). ``pen_drawing`` draws strokes as notebook 11's canvas does."""

from __future__ import annotations

import numpy as np

from .i18n import t
from .validate import is_real_number

BOX = 20  # the longer side of the ink after resizing
SIZE = 28  # the side of an MNIST image
CENTRE = 14  # where the centre of mass goes (row and column index)
SIDE = 280  # the side of the drawing canvas in pixels: 10 times MNIST's 28
NOISE = 1e-6  # float ink this close to 0 or 1 is rounding noise: it counts as 0 or 1


def as_ink(pixels) -> np.ndarray:
    """``pixels`` as a float64 array of ink in [0, 1], or a ValueError saying what is wrong.

    - whole numbers are grey levels 0..255 (MNIST's files, a canvas), divided by 255; but a picture of only 0s and 1s,
      such as ``(image > 0).astype(int)``, is ink or no ink, like True/False (as grey levels its ink would be 1/255:
      invisible, surely not what was meant);
    - decimals must lie in [0, 1]. Rounding noise is forgiven: a value less than ``NOISE`` above 1 counts as 1, one less
      than ``NOISE`` from 0 (either side) as 0, so a sum that came out as 1.0000000001 is accepted, and a speck of
      5e-324 cannot turn into NaN when averaged."""
    try:
        a = np.asarray(pixels)
    except ValueError:  # a ragged list
        raise ValueError(t("draw_pixels_not_numbers", kind=t("draw_kind_ragged"))) from None
    if not (a.dtype == bool or np.issubdtype(a.dtype, np.integer) or np.issubdtype(a.dtype, np.floating)):
        raise ValueError(t("draw_pixels_not_numbers", kind=t("draw_kind_dtype", dtype=a.dtype)))
    if a.ndim != 2 or a.size == 0:
        raise ValueError(t("draw_pixels_not_2d", shape=a.shape))
    if a.dtype == bool or np.issubdtype(a.dtype, np.integer):
        low, high = int(a.min()), int(a.max())
        if low < 0 or high > 255:
            raise ValueError(t("draw_pixels_int_range", low=low, high=high))
        return a.astype(np.float64) / (1 if high <= 1 else 255)
    a = a.astype(np.float64)
    if not np.all(np.isfinite(a)):
        raise ValueError(t("draw_pixels_not_finite"))
    if a.min() <= -NOISE or a.max() >= 1 + NOISE:
        raise ValueError(t("draw_pixels_float_range", low=float(a.min()), high=float(a.max())))
    return np.where(a < NOISE, 0.0, np.minimum(a, 1.0))


def _area_weights(new: int, old: int) -> np.ndarray:
    """The (new, old) matrix that resizes a line of ``old`` pixels to ``new`` by area averaging: new pixel i
    covers [i * old/new, (i + 1) * old/new) of the old line and is the mean of the old pixels there, each
    weighted by how much of it is covered. Every row sums to 1, so ink in [0, 1] stays in [0, 1]."""
    step = old / new
    starts = np.arange(new)[:, None] * step  # (new, 1): where each new pixel begins
    left = np.arange(old)[None, :]  # (1, old): where each old pixel begins
    overlap = np.clip(np.minimum(starts + step, left + 1) - np.maximum(starts, left), 0, None)
    return overlap / step


def resize(image: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Resize a 2-D ``image`` to ``(rows, cols)`` by area averaging (anti-aliased)."""
    return _area_weights(rows, image.shape[0]) @ image @ _area_weights(cols, image.shape[1]).T


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    """The ink-weighted mean (row, column) of a 2-D image with some ink."""
    mass = image.sum()
    rows = np.arange(image.shape[0]) @ image.sum(axis=1) / mass
    cols = np.arange(image.shape[1]) @ image.sum(axis=0) / mass
    return float(rows), float(cols)


def to_mnist(pixels, column: bool = False) -> np.ndarray:
    """Prepare a drawing as MNIST prepared its digits: crop, fit into 20 x 20, centre the mass.

    ``pixels``: a 2-D picture of any size (e.g. 280 x 280 from a canvas), ink high, read by ``as_ink``. Returns the (28, 28)
    float64 image in [0, 1] whose ink spans 20 pixels on its longer side and whose centre of mass is within half a pixel
    of (14, 14); with ``column=True``, the same image as the (784, 1) column that ``Network.feedforward`` takes (row after row,
    like the rows of ``load_data``). No ink gives all zeros. A drawing whose mass sits far in one corner of its box (a long line
    with a blob at one end) cannot always be centred inside the 28 x 28 field: it is moved as far as the field allows."""
    ink = as_ink(pixels)
    image = np.zeros((SIZE, SIZE))
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if rows.size:
        # 1. crop to the bounding box of the ink
        box = ink[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
        # 2. fit the longer side into 20 pixels, keeping the aspect ratio (at least 1 pixel)
        scale = BOX / max(box.shape)
        height, width = (max(1, round(side * scale)) for side in box.shape)
        small = np.clip(resize(box, height, width), 0, 1)  # sums of weights may round to 1 + 1e-16
        # 3. shift by whole pixels so the centre of mass lands on (14, 14), staying inside the field. The centre is rounded
        # to 9 decimals first: one exactly between two pixels (a symmetric stroke) is then shifted alike on every CPU.
        r, c = (round(value, 9) for value in centre_of_mass(small))
        top = min(max(round(CENTRE - r), 0), SIZE - height)
        left = min(max(round(CENTRE - c), 0), SIZE - width)
        image[top:top + height, left:left + width] = small
    return image.reshape(SIZE * SIZE, 1) if column else image


def pen_drawing(strokes, pen: float = 22.0, side: int = SIDE) -> np.ndarray:
    """Draw ``strokes`` as the canvas does, in numpy: a (side, side) uint8 picture, ink 255, paper 0.

    ``strokes``: a list of strokes, each a list of (x, y) points in canvas pixels (x to the right, y downwards, from 0
    to ``side``), joined by straight lines drawn with a round pen ``pen`` pixels wide; a stroke of one point is a dot.
    A pixel's ink is how far its centre lies inside the pen's edge, clipped to [0, 1]: edges are anti-aliased over one
    pixel, as in a browser."""
    if not (is_real_number(pen) and np.isfinite(pen) and pen > 0):
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


def answer(net, image: np.ndarray) -> int:
    """The network's answer for one 28 x 28 image: the most active of its ten outputs."""
    return int(np.argmax(net.feedforward(np.asarray(image, dtype=float).reshape(784, 1))))
