"""The two costs of the book (chapters 1 and 3), in the form of Nielsen's ``network2.py``.

Each cost is a class with two static methods:

- ``fn(a, y)``: the cost C_x of output ``a`` against the desired output ``y`` (both
  (n_out, 1), or (n_out, m) for m samples: then the sum over the m columns);
- ``delta(z, a, y)``: the output error delta^L = dC_x/dz^L (equation BP1), with
  ``a = sigma(z)``.

The quadratic cost, C_x = 1/2 ||a - y||^2, gives delta^L = (a - y) * sigma'(z): when an
output neuron is badly wrong but saturated (a near 0 or 1), sigma'(z) is tiny and it
learns slowly. The cross-entropy, C_x = -sum_j [y_j ln a_j + (1 - y_j) ln(1 - a_j)], has
dC/da = (a - y) / (a (1 - a)), and sigma'(z) = a (1 - a) cancels: delta^L = a - y.

A cost of your own works the same way: any object with these two functions can be passed as ``Network(sizes, cost=...)``.
"""

from __future__ import annotations

import numpy as np

from .maths import cost_derivative


class QuadraticCost:
    """C_x = 1/2 ||a - y||^2 (chapter 1)."""

    name = "quadratic"

    @staticmethod
    def fn(a: np.ndarray, y: np.ndarray) -> float:
        """1/2 ||a - y||^2, summed over every column of a and y."""
        return 0.5 * float(np.sum((a - y) ** 2))

    @staticmethod
    def delta(z: np.ndarray, a: np.ndarray, y: np.ndarray) -> np.ndarray:
        """BP1: delta^L = (a - y) * sigma'(z), shaped like a.

        sigma'(z) = sigma(z) (1 - sigma(z)) = a (1 - a): the output a = sigma(z) is already
        known, so sigma need not run again (the same number as ``sigmoid_prime(z)``)."""
        return cost_derivative(a, y) * a * (1 - a)


class CrossEntropyCost:
    """C_x = -sum_j [y_j ln a_j + (1 - y_j) ln(1 - a_j)] (chapter 3), for sigmoid outputs."""

    name = "cross-entropy"

    #: a is kept in [EPS, 1 - EPS] inside the logarithms: a sigmoid output that rounds to
    #: exactly 0.0 or 1.0 would otherwise give ln(0) = -inf (and 0 * -inf = nan).
    EPS = 1e-15

    @staticmethod
    def fn(a: np.ndarray, y: np.ndarray) -> float:
        """-sum [y ln a + (1 - y) ln(1 - a)] over every entry of a and y.

        Each term is at most -ln(1e-15) ~ 34.5 (see ``EPS``): finite, and without warnings.
        """
        a = np.asarray(a, dtype=np.float64)  # float32 would round 1 - EPS to exactly 1
        a = np.clip(a, CrossEntropyCost.EPS, 1 - CrossEntropyCost.EPS)
        return float(-np.sum(y * np.log(a) + (1 - y) * np.log1p(-a)))

    @staticmethod
    def delta(z: np.ndarray, a: np.ndarray, y: np.ndarray) -> np.ndarray:
        """BP1 for the cross-entropy: delta^L = a - y (sigma'(z) cancels; z is not needed)."""
        return a - y
