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

Also here: the weight initialisations (``INITS``) and the checks of the chapter-3
arguments (cost, init, lmbda, early_stopping), with errors a learner can read.
"""

from __future__ import annotations

import math

import numpy as np

from .i18n import t
from .maths import cost_derivative, sigmoid_prime


class QuadraticCost:
    """C_x = 1/2 ||a - y||^2 (chapter 1)."""

    name = "quadratic"

    @staticmethod
    def fn(a: np.ndarray, y: np.ndarray) -> float:
        """1/2 ||a - y||^2, summed over every column of a and y."""
        return 0.5 * float(np.sum((a - y) ** 2))

    @staticmethod
    def delta(z: np.ndarray, a: np.ndarray, y: np.ndarray) -> np.ndarray:
        """BP1: delta^L = (a - y) * sigma'(z), shaped like a (the seed's line, exactly)."""
        return cost_derivative(a, y) * sigmoid_prime(z)


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
        a = np.clip(a, CrossEntropyCost.EPS, 1 - CrossEntropyCost.EPS)
        return float(-np.sum(y * np.log(a) + (1 - y) * np.log1p(-a)))

    @staticmethod
    def delta(z: np.ndarray, a: np.ndarray, y: np.ndarray) -> np.ndarray:
        """BP1 for the cross-entropy: delta^L = a - y (sigma'(z) cancels; z is not needed)."""
        return a - y


COSTS = {cost.name: cost for cost in (QuadraticCost, CrossEntropyCost)}

#: The initial weights: "large" is the seed's N(0, 1) (chapter 1); "scaled" is N(0, 1/n_in)
#: (chapter 3), so that z = w a + b starts near N(0, 1) and the hidden neurons are not
#: saturated. Biases are N(0, 1) in both.
INITS = ("large", "scaled")


def _choices(names) -> str:
    return ", ".join(f'"{name}"' for name in names)


def get_cost(cost: str) -> type:
    """The cost class called ``cost`` ("quadratic" or "cross-entropy")."""
    if not isinstance(cost, str) or cost not in COSTS:
        raise ValueError(t("cost_unknown", value=repr(cost), choices=_choices(COSTS)))
    return COSTS[cost]


def check_init(init: str) -> str:
    """``init`` itself, if it is one of ``INITS``."""
    if not isinstance(init, str) or init not in INITS:
        raise ValueError(t("init_unknown", value=repr(init), choices=_choices(INITS)))
    return init


def check_lmbda(lmbda) -> float:
    """The regularisation parameter lambda as a float: a finite number >= 0."""
    if isinstance(lmbda, (bool, np.bool_)) or isinstance(lmbda, str):
        raise ValueError(t("lmbda_not_number", value=repr(lmbda)))
    try:
        value = float(lmbda)
    except (TypeError, ValueError):
        raise ValueError(t("lmbda_not_number", value=repr(lmbda))) from None
    if not math.isfinite(value) or value < 0:
        raise ValueError(t("lmbda_negative", value=repr(lmbda)))
    return value


def check_early_stopping(early_stopping, has_validation: bool) -> int | None:
    """``early_stopping`` (epochs without improvement) as an int, or None when not used."""
    if early_stopping is None:
        return None
    if (
        isinstance(early_stopping, (bool, np.bool_))
        or not isinstance(early_stopping, (int, np.integer))
        or early_stopping < 1
    ):
        raise ValueError(t("early_stopping_not_positive", value=repr(early_stopping)))
    if not has_validation:
        raise ValueError(t("early_stopping_needs_validation", value=int(early_stopping)))
    return int(early_stopping)
