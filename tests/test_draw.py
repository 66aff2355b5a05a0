"""Draw your own digit: MNIST's preparation (``to_mnist``) and the drawing widget without a browser.

The references are independent of the code under test: shapes whose 20 x 20 picture is known by
hand (filled rectangles stay blocks of ones), centres of mass computed here with plain sums, and
the real MNIST test images, which were prepared this way by LeCun and must survive the round trip.
"""

import warnings

import numpy as np
import pytest

from mnistnet import Network
from mnistnet.drawing import answer, pen_drawing, to_mnist
from mnistnet.widgets import DigitCanvas, DrawDigit


def mass_centre(image):
    """(row, column) centre of mass, written out independently of mnistnet.drawing."""
    rows, cols = np.indices(image.shape)
    return (rows * image).sum() / image.sum(), (cols * image).sum() / image.sum()


def ink_box(image):
    """(height, width) of the bounding box of the ink."""
    rows = np.flatnonzero(image.any(axis=1))
    cols = np.flatnonzero(image.any(axis=0))
    return rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1


def canvas(size=280):
    return np.zeros((size, size))


def upsample(image, side):
    """Nearest-neighbour enlargement of a 2-D image to side x side (any factor, not only whole ones)."""
    index = np.arange(side) * image.shape[0] // side
    return image[np.ix_(index, index)]


def seven(size=280, top=40, left=60, scale=1.0, width=18):
    """A hand-drawn-looking 7: a bar and a slanted stroke, drawn with round thick pens."""
    rows, cols = np.indices((size, size)).astype(float)
    picture = np.zeros((size, size))
    for (r0, c0), (r1, c1) in (((0, 0), (0, 120)), ((0, 120), (180, 40))):
        r0, c0, r1, c1 = (top + scale * r0, left + scale * c0, top + scale * r1, left + scale * c1)
        # distance of each pixel centre to the segment
        d = np.array([r1 - r0, c1 - c0])
        s = np.clip(((rows - r0) * d[0] + (cols - c0) * d[1]) / (d @ d), 0, 1)
        dist = np.hypot(rows - (r0 + s * d[0]), cols - (c0 + s * d[1]))
        picture = np.maximum(picture, np.clip(scale * width / 2 - dist + 0.5, 0, 1))
    return picture


# --- to_mnist: shape, range, size, centre ----------------------------------------------------


def test_shape_range_and_column():
    """Catches a wrong output shape or values outside [0, 1] (the network was trained on [0, 1]),
    and a column that is not the image's rows one after another (as load_data flattens them)."""
    image = to_mnist(seven())
    assert image.shape == (28, 28) and image.dtype == np.float64
    assert image.min() >= 0 and image.max() <= 1 and image.max() > 0.99
    column = to_mnist(seven(), column=True)
    assert column.shape == (784, 1)
    r, c = np.argwhere(image > 0)[0]  # first inked pixel, row-major
    assert column[28 * r + c, 0] == image[r, c]
    assert np.array_equal(column[:, 0], image.ravel())


def test_uint8_and_float_drawings_give_the_same_image():
    """Catches uint8 grey levels 0..255 used as if they were 0..1 (every pixel would saturate)."""
    grey = (seven() * 255).round().astype(np.uint8)
    assert np.allclose(to_mnist(grey), to_mnist(grey / 255.0))
    assert to_mnist(grey).max() <= 1


@pytest.mark.parametrize("top, left", [(0, 0), (90, 150), (180, 10), (5, 140)])
def test_centre_of_mass_is_at_14_14(top, left):
    """Catches centring the bounding box instead of the mass, the 13.5 vs 14 convention, or swapped axes
    (the 7 is lopsided: its mass is far from the middle of its box)."""
    image = to_mnist(seven(top=top, left=left, scale=0.5))
    r, c = mass_centre(image)
    assert abs(r - 14) <= 0.5 + 1e-9 and abs(c - 14) <= 0.5 + 1e-9, (r, c)  # + 1e-9: rounding of the sums


def test_thin_tall_stroke_becomes_20_rows_high_and_narrow():
    """Catches stretching the ink to fill 20 x 20 (aspect ratio lost): a 200 x 10 bar must become a
    20 x 1 line of full ink (by hand: 10 columns / 10 = 1 column, each new pixel fully covered)."""
    drawing = canvas()
    drawing[30:230, 100:110] = 1.0
    image = to_mnist(drawing)
    assert ink_box(image) == (20, 1)
    assert np.isclose(image.sum(), 20.0) and np.isclose(image.max(), 1.0)


@pytest.mark.parametrize("height, width, expected", [(100, 50, (20, 10)), (40, 160, (5, 20)), (30, 30, (20, 20))])
def test_aspect_ratio_is_kept(height, width, expected):
    """Catches a box resized to 20 x 20 whatever its shape, or its sides swapped: a filled rectangle
    becomes a filled rectangle with the same ratio, the longer side 20 (by hand)."""
    drawing = canvas()
    drawing[50:50 + height, 20:20 + width] = 1.0
    image = to_mnist(drawing)
    assert ink_box(image) == expected
    assert np.isclose(image.sum(), expected[0] * expected[1])  # a full block of ones


def test_grey_levels_appear_when_shrinking():
    """Catches nearest-neighbour resizing: MNIST's resizing was anti-aliased, so a diagonal stroke
    gets grey edges (values strictly between 0 and 1)."""
    image = to_mnist(seven())
    grey = (image > 0.05) & (image < 0.95)
    assert grey.sum() >= 10


def test_an_empty_drawing_gives_zeros_without_warning():
    """Catches a division by the zero mass of an empty drawing (NaN image, RuntimeWarning)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        image = to_mnist(canvas())
        column = to_mnist(np.zeros((280, 280), dtype=np.uint8), column=True)
    assert image.shape == (28, 28) and not image.any()
    assert column.shape == (784, 1) and not column.any()


def test_a_single_dot_is_centred():
    """Catches a zero-sized box (round(1 * 20 / 1) rows at least) for a one-pixel drawing."""
    drawing = canvas(50)
    drawing[3, 40] = 1.0
    image = to_mnist(drawing)
    assert np.isclose(image.sum(), 400.0)  # a 1 x 1 box grows to 20 x 20 of full ink
    assert max(abs(np.array(mass_centre(image)) - 14)) <= 0.5 + 1e-9  # the 20 x 20 block: exactly 0.5


def test_small_and_large_drawings_give_nearly_the_same_image():
    """Catches a preparation that depends on how big the learner drew: the same 7 drawn at 1/3 size
    in a corner and at full size in the middle must give nearly the same 28 x 28 image."""
    small = to_mnist(seven(top=150, left=170, scale=0.33))
    large = to_mnist(seven(top=40, left=60, scale=1.0))
    assert np.abs(small - large).mean() < 0.03
    assert np.abs(small - large).max() < 0.35


@pytest.mark.parametrize(
    "pixels, words",
    [
        (np.zeros((28, 28, 3)), "2-D"),
        (np.zeros(784), "2-D"),
        (np.zeros((0, 5)), "2-D"),
        (np.array([["a", "b"], ["c", "d"]]), "numbers"),
        ([[0, 1], [1]], "numbers"),
        (np.array([[0.0, np.nan], [1.0, 0.0]]), "NaN"),
        (np.array([[0.0, 255.0], [1.0, 0.0]]), "[0, 1]"),
        (np.array([[0, -3], [1, 0]]), "0..255"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(pixels, words):
    """Catches silent garbage from a colour image, a flat row, text, NaN or 0..255 floats."""
    with pytest.raises(ValueError, match="pixels") as error:
        to_mnist(pixels)
    assert words in str(error.value)


def test_a_picture_of_whole_numbers_0_and_1_is_ink_or_no_ink():
    """Catches (image > 0).astype(int) read as grey level 1 of 255: invisible ink, a 28 x 28 image of
    values 1/255 that no network can read. A picture of only 0s and 1s is the same drawing as True/False."""
    picture = seven() > 0.5
    for whole in (picture.astype(int), picture.astype(np.uint8)):
        image = to_mnist(whole)
        assert np.array_equal(image, to_mnist(picture.astype(float))) and image.max() == 1.0


def test_rounding_noise_around_0_and_1_is_forgiven():
    """Catches 1 + 1e-9 (a sum that rounded up) refused with the absurd "got values from 0 to 1", a speck
    of ink of 5e-324 giving NaN ("invalid value" warning) or garbage, and real mistakes let through."""
    drawing = seven()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        np.testing.assert_allclose(to_mnist(drawing * (1 + 1e-9) - 1e-12), to_mnist(drawing), atol=1e-8)
        specks = canvas()
        specks[100:150, 100:103] = 5e-324
        assert not to_mnist(specks).any()  # far below any visible ink: paper
    with pytest.raises(ValueError, match="got values from 0 to 1.001"):
        to_mnist(drawing * 1.001)


def test_a_centre_exactly_between_two_pixels_is_shifted_alike_on_every_cpu(monkeypatch):
    """Catches the shift chosen by the last bit of a sum: notebook 11's "huge 1" has its centre of mass
    exactly between two pixels, which one CPU computed as 13.499999999999998 and another as 13.5, so the
    prepared image moved by a pixel from one machine to the next. Played here by an error of 2e-15."""
    from mnistnet import drawing

    huge_one = pen_drawing([[(150, 5), (130, 275)]])
    exact = drawing.centre_of_mass
    images = []
    for error in (-2e-15, 0.0, 2e-15):
        monkeypatch.setattr(drawing, "centre_of_mass", lambda image, e=error: tuple(v + e for v in exact(image)))
        images.append(to_mnist(huge_one))
    assert np.array_equal(images[0], images[1]) and np.array_equal(images[1], images[2])


# --- to_mnist on the real MNIST: the images were prepared this way -------------------------


def test_real_mnist_digits_survive_the_round_trip(mnist):
    """Catches any departure from MNIST's own preparation (a 1-pixel shift from another centring
    rule, a 21 or 19 pixel box, swapped axes, a different range): each real test digit, enlarged
    10 times into a 280 x 280 canvas, must come back as the very same 28 x 28 image."""
    _, _, (images, _) = mnist
    for image in images[:300].reshape(-1, 28, 28):
        big = np.kron(image, np.ones((10, 10), dtype=np.uint8))
        assert np.abs(to_mnist(big) - image / 255).max() < 1e-9


@pytest.fixture(scope="module")
def trained(mnist):
    """A chapter-1 network after one epoch on 20,000 real images (seed 0): about 78% right."""
    (tx, ty), _, _ = mnist
    net = Network([784, 30, 10], seed=0)
    net.SGD((tx[:20000], ty[:20000]), 1, 10, 3.0, verbose=False)
    return net


def test_a_trained_network_reads_round_tripped_digits_as_it_read_the_originals(mnist, trained):
    """Catches a preparation that looks fine to the eye but not to the network (mirrored or
    transposed digits, a digit off-centre by a few pixels, the 0..255 range, a box of 28 instead
    of 20): real test digits, drawn small (about 140 px, a non-whole factor) and off-centre in a
    280 x 280 canvas, must mostly get the same answer from a chapter-1 network as the originals."""
    _, _, (sx, _) = mnist
    net = trained
    originals = sx[:300] / 255.0
    prepared = []
    for k, image in enumerate(sx[:300].reshape(-1, 28, 28)):
        drawing = np.zeros((280, 280), dtype=np.uint8)
        big = upsample(image, 190)
        top, left = (k * 37) % 90, (k * 53) % 90
        drawing[top:top + 190, left:left + 190] = big
        prepared.append(to_mnist(drawing).ravel())
    before = np.argmax(net.feedforward(originals.T), axis=0)
    after = np.argmax(net.feedforward(np.array(prepared).T), axis=0)
    assert np.mean(before == after) >= 0.90
    # and the same drawings, prepared wrongly (transposed), lose that agreement: the test can fail
    transposed = np.array([p.reshape(28, 28).T.ravel() for p in prepared])
    assert np.mean(before == np.argmax(net.feedforward(transposed.T), axis=0)) < 0.5


# --- the widget, without a browser: set the bytes the canvas would send ---------------------


def canvas_bytes(image28):
    """What the browser sends after drawing this 28 x 28 digit 10 times larger: 280 x 280 bytes."""
    return np.kron(image28, np.ones((10, 10), dtype=np.uint8)).astype(np.uint8).tobytes()


def test_a_stroke_updates_the_preview_and_the_answer(mnist, trained):
    """Catches a widget that does not listen to the canvas, reads its bytes in the wrong order or
    range, or shows an answer that is not the network's most active output for the prepared image."""
    _, _, (sx, sy) = mnist
    w = DrawDigit(trained)
    assert w.answers == {"": None} and not w.image.any()
    assert 'data-answer=""' in w.answer_boxes[""].value and "draw a digit" in w.answer_boxes[""].value
    empty_preview, empty_bars = w.preview.value, w.bars[""].value
    digit = sx[0].reshape(28, 28)
    w.canvas.pixels = canvas_bytes(digit)
    # the preview is the real MNIST digit itself (it was prepared this way)
    assert np.abs(w.image - digit / 255).max() < 1e-9
    expected = int(np.argmax(trained.feedforward(sx[0].reshape(784, 1) / 255)))
    assert w.answers == {"": expected}
    assert f'data-answer="{expected}"' in w.answer_boxes[""].value
    assert w.preview.value != empty_preview and w.preview.value.tobytes().startswith(b"\x89PNG")
    assert w.bars[""].value != empty_bars
    w.canvas.clear()
    assert w.answers == {"": None} and not w.image.any() and w.preview.value == empty_preview


def test_a_synthetic_drawing_is_prepared_and_answered():
    """Catches a widget that feeds the network the 280 x 280 drawing or a (784,) row instead of the
    prepared (784, 1) column: with a hand-made network whose output k copies pixel (14, 14) or not,
    the answer must follow the prepared image."""
    net = Network([784, 10, 10], seed=1)
    w = DrawDigit(net)
    drawing = (seven() * 255).round().astype(np.uint8)
    w.canvas.pixels = drawing.tobytes()
    prepared = to_mnist(drawing)
    assert np.array_equal(w.image, prepared)
    # independent forward pass written out here: sigma(w a + b) twice
    a = prepared.reshape(784, 1)
    for b, weights in zip(net.biases, net.weights):
        a = 1 / (1 + np.exp(-(weights @ a + b)))
    assert w.answers[""] == int(np.argmax(a))


def test_two_networks_answer_side_by_side(mnist, trained):
    """Catches every panel showing the first network's answer: an untrained network and the trained
    one, given the same drawing, each answer for themselves."""
    _, _, (sx, _) = mnist
    untrained = Network([784, 30, 10], seed=5)
    w = DrawDigit(nets={"chapter 1": trained, "untrained": untrained})
    assert list(w.bars) == ["chapter 1", "untrained"]
    answers = {}
    for k in range(20):  # find a digit on which they disagree
        w.canvas.pixels = canvas_bytes(sx[k].reshape(28, 28))
        column = sx[k].reshape(784, 1) / 255
        answers = {"chapter 1": int(np.argmax(trained.feedforward(column))),
                   "untrained": int(np.argmax(untrained.feedforward(column)))}
        assert w.answers == answers
        if len(set(answers.values())) == 2:
            break
    assert len(set(answers.values())) == 2
    assert f'data-answer="{answers["untrained"]}"' in w.answer_boxes["untrained"].value


def test_the_canvas_trait_and_messages():
    """Catches a canvas that is not a synced binary trait, a front end that is not canvas.js's code (e.g. the
    path itself sent as text), an English-only button, and widgets that print an unreadable object in a
    viewer without widgets."""
    from mnistnet import i18n

    c = DigitCanvas()
    assert c.image().shape == (280, 280) and not c.image().any()
    assert c.trait_metadata("pixels", "sync") and c.clear_label == "Clear"
    # the browser side is mnistnet/canvas.js, read by anywidget from its path and synced as text
    assert "export default { render };" in c._esm and 'model.set("pixels"' in c._esm
    assert repr(c) == "DigitCanvas (interactive: run this cell to see and use it)"
    assert repr(DrawDigit(Network([784, 5, 10], seed=0))).startswith("DrawDigit (interactive")
    c.pixels = bytes(100)
    with pytest.raises(ValueError, match="100 pixels"):
        c.image()
    try:
        i18n.set_language("zh")
        assert DigitCanvas().clear_label == "清除"
    finally:
        i18n.set_language("en")


def test_bad_networks_are_refused():
    """Catches a network that cannot read a 28 x 28 digit (or none at all) failing later, deep in numpy."""
    with pytest.raises(ValueError, match="784 inputs and 10 outputs"):
        DrawDigit(Network([2, 3, 1]))
    with pytest.raises(ValueError, match=r"nets\['small'\]"):
        DrawDigit(nets={"small": Network([784, 3, 2])})
    with pytest.raises(ValueError, match="one network"):
        DrawDigit()
    with pytest.raises(ValueError, match="one network"):
        DrawDigit(Network([784, 3, 10]), nets={"a": Network([784, 3, 10])})


def test_two_networks_with_the_same_name_as_text_are_refused():
    """Catches DrawDigit(nets={1: a, "1": b}) silently showing one network: both names become the
    panel title "1", so the second network replaced the first without a word."""
    a, b = Network([784, 3, 10], seed=0), Network([784, 3, 10], seed=1)
    with pytest.raises(ValueError, match="two networks named '1'"):
        DrawDigit(nets={1: a, "1": b})
    assert list(DrawDigit(nets={1: a, 2: b}).nets) == ["1", "2"]


# --- pen_drawing, answer and the figures of notebook 11 ---------------------------------------


def test_pen_drawing_of_a_horizontal_line_has_the_pen_width():
    """Catches x and y swapped (the line would be vertical), a pen as wide as its radius, or ink
    outside [0, 255]: a line from (40, 100) to (200, 100) with a 20-pixel pen covers, by hand,
    rows 90..109 in full at column 120, and nothing at row 80 or row 120."""
    picture = pen_drawing([[(40, 100), (200, 100)]], pen=20)
    assert picture.shape == (280, 280) and picture.dtype == np.uint8
    assert np.all(picture[90:110, 120] == 255)
    assert picture[80, 120] == 0 and picture[120, 120] == 0 and picture[100, 10] == 0
    # round caps: the ink reaches 10 pixels beyond each end of the segment, not further
    assert picture[100, 205] == 255 and picture[100, 215] == 0


def test_pen_drawing_dots_joins_and_bad_input():
    """Catches a one-point stroke (a click) drawing nothing, strokes joined to each other, and bad
    strokes or pens failing deep in numpy instead of with a sentence."""
    dot = pen_drawing([[(50, 60)]], pen=10)
    assert dot[60, 50] == 255 and dot[60, 60] == 0
    two = pen_drawing([[(20, 20), (20, 40)], [(200, 200), (220, 200)]], pen=6)
    assert two[100, 100] == 0 and two[30, 20] == 255 and two[200, 210] == 255
    with pytest.raises(ValueError, match="list of strokes"):
        pen_drawing([[(1, 2, 3)]])
    with pytest.raises(ValueError, match="list of strokes"):
        pen_drawing([[]])
    for pen in (0, True, "3"):  # True would be a 1-pixel pen, "3" a TypeError deep in numpy
        with pytest.raises(ValueError, match="positive number"):
            pen_drawing([[(1, 2)]], pen=pen)


def test_answer_and_preparation_figure():
    """Catches answer() reading the image as a row or the wrong output, and a figure that loses a
    drawing: by hand, a network whose output 3 is driven by pixel (14, 14) answers 3 for a dot at
    the centre of a prepared picture."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    from mnistnet.plots import plot_shift_accuracy, preparation_figure

    net = Network([784, 10], seed=0)
    net.weights[0][:] = 0
    net.biases[0][:] = -5
    net.weights[0][3, 14 * 28 + 14] = 20  # output 3 = sigma(20 * pixel(14, 14) - 5)
    image = np.zeros((28, 28))
    image[14, 14] = 1
    assert answer(net, image) == 3
    image[14, 14], image[0, 14] = 0, 1  # the same ink on row 0: all ten outputs are sigma(-5)
    assert answer(net, image) == 0  # a tie: argmax takes the first output
    drawings = {"a": pen_drawing([[(100, 100), (100, 200)]]), "b": pen_drawing([[(30, 30)]])}
    fig = preparation_figure(drawings, {"n": net}, {"a": 1, "b": 3})
    assert len(fig.axes) == 6 and fig.axes[0].get_title() == "a"
    plt.close(fig)
    fig = plot_shift_accuracy(range(3), {"n": [90, 80, 70]})
    assert list(fig.axes[0].lines[0].get_ydata()) == [90, 80, 70]
    plt.close(fig)


def test_drawing_of_any_whole_number_dtype_is_read_as_grey_levels():
    """Catches preparation_figure dividing only uint8 drawings by 255: an int64 drawing was shown
    saturated and fed to the networks 255 times too bright."""
    pytest.importorskip("matplotlib")
    from mnistnet.plots import preparation_figure

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
    from mnistnet.widgets import DrawDigit

    net = Network([784, 5, 10], seed=0)
    with pytest.raises(ValueError, match="dict"):
        DrawDigit(nets=[net, net])
