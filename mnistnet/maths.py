"""The small functions of the maths: the sigmoid neuron, the quadratic cost's derivative, one-hot targets, notebook 01's
closest-average baseline and notebook 04's gradient descent on a two-dimensional bowl. numpy only."""

from __future__ import annotations

import numpy as np

from .i18n import t


def sigmoid(z):
    """The sigmoid function sigma(z) = 1 / (1 + e^(-z)), element by element.

    Computed as written it overflows (with a RuntimeWarning) when z is a large negative number, because e^(-z) is then
    too big for a float. Here we only ever take e^(-|z|), which lies in (0, 1]:
    z >= 0:  1 / (1 + e^(-z));   z < 0:  e^z / (1 + e^z).
    Both are the same function, accurate to float precision, and silent for any z."""
    z = np.asanyarray(z, dtype=np.float32 if getattr(z, "dtype", None) == np.float32 else np.float64)
    e = np.exp(-np.abs(z))  # e^(-|z|) is never larger than 1
    s = np.where(z >= 0, 1.0, e) / (1.0 + e)  # 1 / (1 + e) for z >= 0, e / (1 + e) for z < 0
    return float(s) if s.ndim == 0 else s


def sigmoid_prime(z):
    """Derivative of the sigmoid: sigma'(z) = sigma(z) * (1 - sigma(z))."""
    s = sigmoid(z)
    return s * (1 - s)


def cost_derivative(output_activations: np.ndarray, y: np.ndarray) -> np.ndarray:
    """dC_x/da for the quadratic cost C_x = 1/2 ||a - y||^2: simply a - y, of shape (10, 1)."""
    return output_activations - y


def vectorized_result(j: int) -> np.ndarray:
    """The desired output for digit j: a (10, 1) column of zeros with a 1.0 in row j (one-hot)."""
    if isinstance(j, bool) or not isinstance(j, (int, np.integer)) or not 0 <= j <= 9:  # np.bool_ is no np.integer
        raise ValueError(t("vectorized_result_digit", value=repr(j)))
    e = np.zeros((10, 1))
    e[j] = 1.0
    return e


def closest_digit(averages: np.ndarray, image: np.ndarray) -> int:
    """The digit d whose average image averages[d] is nearest to ``image`` (Euclidean distance). ``averages`` is
    (10, 784): row d is the mean training image of digit d; ``image`` is one flat (784,) image. A classifier with no
    learning at all (notebook 01's baseline)."""
    averages, image = np.asarray(averages, dtype=float), np.asarray(image, dtype=float)
    if averages.ndim != 2 or averages.shape[0] != 10:
        raise ValueError(t("closest_digit_averages", shape=averages.shape))
    if image.shape != averages.shape[1:]:
        raise ValueError(t("closest_digit_image", shape=image.shape, expected=averages.shape[1:]))
    return int(np.argmin(np.sum((averages - image) ** 2, axis=1)))  # the smallest squared distance to an average


# --- notebook 04: gradient descent on a bowl -------------------------------------------


def bowl_cost(v1, v2):
    """A long valley: C(v) = v1^2 + 10 v2^2. Its minimum is at (0, 0)."""
    return v1**2 + 10 * v2**2


def bowl_gradient(v: np.ndarray) -> np.ndarray:
    """grad C(v) = (2 v1, 20 v2) for ``bowl_cost``."""
    return np.array([2 * v[0], 20 * v[1]])


def gradient_step(v: np.ndarray, grad: np.ndarray, eta: float) -> np.ndarray:
    """One step of gradient descent: v' = v - eta * grad C(v)."""
    return v - eta * grad


def descend(start, eta: float, steps: int, gradient=bowl_gradient, step=None) -> np.ndarray:
    """The points v, v - eta * grad C(v), ... of ``steps`` steps of gradient descent. ``step(v, grad, eta)`` makes one
    step (default ``gradient_step``): pass your own to see it at work."""
    step = gradient_step if step is None else step
    path = [np.asarray(start, dtype=float)]
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(steps):
            v = path[-1]
            path.append(np.asarray(step(v, gradient(v), eta), dtype=float))
    return np.array(path)
