"""Bad input found in a review of the merged package: each now gets a clear error or the right answer."""

import functools

import numpy as np
import pytest

from mnistnet import Network, i18n, vectorized_result
from mnistnet.checks import check_l2_step


def test_assigned_weights_of_the_wrong_shape_are_named_before_use():
    """Catches numpy's "shapes (3,5) and (4,1) not aligned" from feedforward/evaluate after a learner
    assigns a weight matrix of the wrong shape (the docstring says: assign them)."""
    net = Network([4, 3, 2], seed=0)
    net.weights[0] = np.zeros((3, 5))
    with pytest.raises(ValueError, match=r"weights\[0\] has shape \(3, 5\), expected \(3, 4\)"):
        net.feedforward(np.zeros((4, 1)))
    with pytest.raises(ValueError, match=r"weights\[0\] has shape"):
        net.evaluate([(np.zeros((4, 1)), 1)])
    with pytest.raises(ValueError, match=r"weights\[0\] has shape"):
        net.update_mini_batch([(np.zeros((4, 1)), np.zeros((2, 1)))], 1.0)


@pytest.mark.parametrize("n", [0, -1, "50000", 2.5])
def test_update_mini_batch_needs_a_real_training_set_size_with_lmbda(n):
    """Catches n=0 (ZeroDivisionError), n="50000" (TypeError) and n=-1 (accepted: the decay factor
    1 - eta*lmbda/n becomes 6 and the weights grow at every step)."""
    net = Network([4, 3, 2], seed=0)
    before = net.weights[0].copy()
    with pytest.raises(ValueError, match=r"^n \(the size of the training set\)"):
        net.update_mini_batch([(np.zeros((4, 1)), np.zeros((2, 1)))], 1.0, lmbda=5.0, n=n)
    np.testing.assert_array_equal(net.weights[0], before)


def test_update_mini_batch_refuses_arrays_instead_of_pairs():
    """Catches "too many values to unpack" when (images, labels) is passed as a mini-batch."""
    net = Network([4, 3, 2], seed=0)
    with pytest.raises(ValueError, match=r"mini_batch\[0\] should be a pair \(x, y\), got ndarray"):
        net.update_mini_batch((np.zeros((3, 4)), np.zeros(3, dtype=int)), 1.0)


def test_vectorized_result_speaks_the_learners_language():
    """Catches an English-only error from a function notebook 01 uses (issue 9)."""
    try:
        i18n.set_language("zh")
        with pytest.raises(ValueError, match="必须是 0 到 9"):
            vectorized_result(10)
    finally:
        i18n.set_language("en")


def test_chapter_3_checks_answer_a_non_function_and_a_partial():
    """Catches AttributeError: 'ellipsis' object has no attribute '__name__' from check_l2_step(...),
    and the same for a functools.partial, which has no __name__ either."""
    result = check_l2_step(...)
    assert not result.passed and "AttributeError" not in repr(result)

    def l2_step(w, nabla_w, eta, lmbda, n, m):
        return (1 - eta * lmbda / n) * w - (eta / m) * nabla_w

    assert check_l2_step(functools.partial(l2_step)).passed


def test_drawing_of_any_whole_number_dtype_is_read_as_grey_levels():
    """Catches preparation_figure dividing only uint8 drawings by 255: an int64 drawing was shown
    saturated and fed to the networks 255 times too bright."""
    pytest.importorskip("matplotlib")
    from mnistnet.draw import preparation_figure

    drawing = np.zeros((280, 280), dtype=np.int64)
    drawing[40:240, 130:150] = 255  # a "1"
    net = Network([784, 5, 10], seed=0)
    fig = preparation_figure({"one": drawing}, {"net": net})
    for ax in fig.axes:
        for image in ax.images:
            assert image.get_array().max() <= 1.0


def test_draw_digit_refuses_a_list_of_networks():
    """Catches a bare TypeError ("cannot convert dictionary update sequence element") for nets=[...]."""
    pytest.importorskip("anywidget")
    from mnistnet.draw import DrawDigit

    net = Network([784, 5, 10], seed=0)
    with pytest.raises(ValueError, match="dict"):
        DrawDigit(nets=[net, net])
