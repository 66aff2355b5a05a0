"""The checks of notebook 10's exercises: right answers pass, each typical mistake gets its own hint.

The reference answers are written out here by hand (a - y; (1 - eta lmbda / n) w - (eta / m) nabla_w),
not taken from the checks.
"""

import functools

import numpy as np
import pytest

from mnistnet import i18n
from mnistnet.checks import check_cross_entropy_delta, check_l2_step


@pytest.fixture(autouse=True)
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


# --- check_cross_entropy_delta ---------------------------------------------------------------


def test_cross_entropy_delta_passes_a_minus_y():
    """Catches a check that rejects the right answer (e.g. comparing with the quadratic delta)."""

    def my_cross_entropy_delta(a, y):
        return a - y

    result = check_cross_entropy_delta(my_cross_entropy_delta)
    assert result.passed and "a - y" in result.message


def test_cross_entropy_delta_sigma_prime_left_in():
    """Catches a check that lets the quadratic cost's delta, (a - y) * a (1 - a), pass for the cross-entropy."""
    result = check_cross_entropy_delta(lambda a, y: (a - y) * a * (1 - a))
    assert not result.passed and "sigma'(z)" in result.message and "cancels" in result.message


def test_cross_entropy_delta_sign_flipped():
    """Catches a check that does not tell y - a (wrong sign) apart from other mistakes."""
    result = check_cross_entropy_delta(lambda a, y: y - a)
    assert not result.passed and "sign is flipped" in result.message


def test_cross_entropy_delta_dc_da_only():
    """Catches dC/da = (a - y) / (a (1 - a)) passing, or being reported without the missing factor."""
    result = check_cross_entropy_delta(lambda a, y: (a - y) / (a * (1 - a)))
    assert not result.passed and "dC/da" in result.message


def test_cross_entropy_delta_other_wrong_answer_shows_values():
    """Catches an unexplained failure: an unknown mistake gets the index, both values and the idea to revisit,
    and catches the answer (a - y) printed as the hint (issue 16)."""
    result = check_cross_entropy_delta(lambda a, y: 2 * (a - y))
    assert not result.passed
    # entry 3: a = 0.05, y = 1, so 2 (a - y) = -1.9 against -0.95 (the largest difference of the five)
    assert "(3, 0)" in result.message and "-1.9" in result.message and "-0.95" in result.message
    assert "Revisit delta^L = dC/da * sigma'(z)" in result.message and "a - y" not in result.message


def test_cross_entropy_delta_placeholder_none_error_and_shape():
    """Catches a skeleton (`return ...`), a missing return, an exception or a row instead of a column
    crashing the check or giving a vague message."""

    def skeleton(a, y):
        return ...

    def no_return(a, y):
        a - y

    def broken(a, y):
        return a - z  # noqa: F821 (the learner's typo)

    assert "replace the ... with your code" in check_cross_entropy_delta(skeleton).message
    assert "Did you forget `return`" in check_cross_entropy_delta(no_return).message
    assert "NameError" in check_cross_entropy_delta(broken).message
    row = check_cross_entropy_delta(lambda a, y: (a - y).T)
    assert not row.passed and "(1, 5)" in row.message and "(5, 1)" in row.message


def test_cross_entropy_delta_speaks_chinese():
    """Catches a message written in English only (not through the catalogues)."""
    i18n.set_language("zh")
    result = check_cross_entropy_delta(lambda a, y: (a - y) * a * (1 - a))
    assert "约掉" in result.message


# --- check_l2_step ---------------------------------------------------------------------------


def right_l2_step(w, nabla_w, eta, lmbda, n, m):
    return (1 - eta * lmbda / n) * w - (eta / m) * nabla_w


def test_l2_step_passes_the_books_rule():
    """Catches a check that rejects eq. 93 of the book (and says the biases are not decayed)."""
    result = check_l2_step(right_l2_step)
    assert result.passed and "not decayed" in result.message


def test_l2_step_passes_an_in_place_update():
    """Catches a check that fails a learner who updates w in place (as the matrix engine does)."""

    def in_place(w, nabla_w, eta, lmbda, n, m):
        w *= 1 - eta * lmbda / n
        w -= (eta / m) * nabla_w
        return w

    assert check_l2_step(in_place).passed


def test_l2_step_hand_computed_value():
    """Catches a check whose expected value is wrong: w = 1, nabla_w = 0 must give 1 - eta lmbda / n.

    With eta = 0.5, lmbda = 5, n = 50 that is 0.95: a function returning 0.95 * w - 0.05 * nabla_w
    (the check's numbers, computed by hand) passes.
    """
    assert check_l2_step(lambda w, nabla_w, eta, lmbda, n, m: 0.95 * w - 0.05 * nabla_w).passed
    assert right_l2_step(np.ones((1, 1)), np.zeros((1, 1)), 0.5, 5.0, 50, 10)[0, 0] == pytest.approx(0.95)


@pytest.mark.parametrize(
    "wrong, words",
    [
        (lambda w, nw, eta, lmbda, n, m: (1 - eta * lmbda / m) * w - (eta / m) * nw, "mini-batch size"),
        (lambda w, nw, eta, lmbda, n, m: (1 - lmbda / n) * w - (eta / m) * nw, "needs eta too"),
        (lambda w, nw, eta, lmbda, n, m: (1 + eta * lmbda / n) * w - (eta / m) * nw, "grow"),
        (lambda w, nw, eta, lmbda, n, m: w - (eta / m) * nw, "without regularisation"),
        (lambda w, nw, eta, lmbda, n, m: (1 - eta * lmbda / n) * w - eta * nw, "average"),
        (lambda w, nw, eta, lmbda, n, m: (1 - eta * lmbda / n) * (w - (eta / m) * nw), "multiplies w only"),
        (lambda w, nw, eta, lmbda, n, m: (1 - eta * lmbda / n) * w + (eta / m) * nw, "against it"),
    ],
    ids=["lambda/m instead of lambda/n", "eta missing in the decay", "decay sign", "no decay",
         "gradient not averaged", "gradient step decayed too", "gradient sign"],
)
def test_l2_step_typical_mistakes(wrong, words):
    """Catches each typical mistake passing, or failing with a message that does not name it."""
    result = check_l2_step(wrong)
    assert not result.passed and words in result.message, result.message


def test_l2_step_placeholder_and_unknown_mistake():
    """Catches the skeleton (`return ...`) crashing the check, and an unknown mistake left unexplained."""

    def skeleton(w, nabla_w, eta, lmbda, n, m):
        return ...

    assert "replace the ... with your code" in check_l2_step(skeleton).message
    other = check_l2_step(lambda w, nw, eta, lmbda, n, m: 0.9 * w)
    assert not other.passed and "equation (93)" in other.message
    assert "(eta / m) * nabla_w" not in other.message  # the hint is the idea, not the code (issue 16)


def test_chapter_3_checks_answer_a_non_function_and_a_partial():
    """Catches AttributeError: 'ellipsis' object has no attribute '__name__' from check_l2_step(...),
    and the same for a functools.partial, which has no __name__ either."""
    result = check_l2_step(...)
    assert not result.passed and "AttributeError" not in repr(result)
    assert check_l2_step(functools.partial(right_l2_step)).passed
