import math
import warnings

import numpy as np
import pytest

from mnistnet import cost_derivative, i18n, sigmoid, sigmoid_prime, vectorized_result


def reference_sigmoid(z: float) -> float:
    """Python's math, one value at a time: exact to float precision where it is safe."""
    return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


def test_sigmoid_values_and_symmetry():
    assert sigmoid(0.0) == 0.5
    z = np.linspace(-40, 40, 801)
    expected = np.array([reference_sigmoid(v) for v in z])
    np.testing.assert_allclose(sigmoid(z), expected, rtol=4e-16, atol=0)
    np.testing.assert_allclose(sigmoid(-z), 1 - sigmoid(z), atol=1e-15)


@pytest.mark.parametrize("z", [1000.0, -1000.0, 1e308, -1e308, 709.0, -745.0])
def test_sigmoid_never_warns(z):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        s = sigmoid(np.array([[z]]))
    assert s.shape == (1, 1)
    assert 0.0 <= s[0, 0] <= 1.0
    assert s[0, 0] == (1.0 if z > 0 else pytest.approx(reference_sigmoid(z), rel=1e-12, abs=0))


def test_naive_sigmoid_does_warn():
    """The pitfall the stable form avoids (so the notebook's claim is true)."""
    with pytest.warns(RuntimeWarning, match="overflow"):
        1.0 / (1.0 + np.exp(-np.array(-1000.0)))


def test_sigmoid_prime_matches_central_difference():
    z = np.linspace(-8, 8, 33)
    h = 1e-5
    numeric = (sigmoid(z + h) - sigmoid(z - h)) / (2 * h)
    np.testing.assert_allclose(sigmoid_prime(z), numeric, atol=1e-10)
    assert sigmoid_prime(0.0) == 0.25


def test_cost_derivative_is_a_minus_y():
    a, y = np.array([[0.2], [0.9]]), np.array([[0.0], [1.0]])
    np.testing.assert_allclose(cost_derivative(a, y), [[0.2], [-0.1]])


def test_vectorized_result():
    e = vectorized_result(3)
    assert e.shape == (10, 1) and e[3, 0] == 1.0 and e.sum() == 1.0
    assert vectorized_result(np.int64(9))[9, 0] == 1.0


@pytest.mark.parametrize("bad", [-1, 10, 2.0, "3", True, None])
def test_vectorized_result_rejects_non_digits(bad):
    with pytest.raises(ValueError, match="j must be a digit 0..9"):
        vectorized_result(bad)


def test_vectorized_result_speaks_the_learners_language():
    """Catches an English-only error from a function notebook 01 uses (issue 9)."""
    try:
        i18n.set_language("zh")
        with pytest.raises(ValueError, match="必须是 0 到 9"):
            vectorized_result(10)
    finally:
        i18n.set_language("en")
