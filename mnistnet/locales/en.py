"""English texts. Keys are grouped by the module that uses them; keep zh.py in the same order."""

TEXTS: dict[str, str] = {
    # i18n itself
    "language_set": "Language: English.",

    # --- network and samples: errors for a learner's mistakes ---
    # (end of network)

    # --- costs and regularisation (chapter 3) ---
    "cost_unknown": (
        "cost must be one of {choices}, got {value}. Use \"cross-entropy\" with sigmoid "
        "outputs to avoid the learning slowdown."
    ),
    "init_unknown": (
        "init must be one of {choices}, got {value}: \"large\" draws weights from "
        "N(0, 1) (chapter 1), \"scaled\" from N(0, 1/n_in) (chapter 3)."
    ),
    "lmbda_not_number": "lmbda (the regularisation parameter lambda) must be a number, got {value}.",
    "lmbda_negative": (
        "lmbda (the regularisation parameter lambda) must be a finite number of at least "
        "0 (0 means no regularisation), got {value}."
    ),
    "lmbda_needs_n": (
        "update_mini_batch: with lmbda > 0 it also needs n, the size of the whole "
        "training set (the weight decay is 1 - eta * lmbda / n)."
    ),
    "early_stopping_not_positive": (
        "early_stopping must be a whole number of epochs, at least 1 (or None), got {value}."
    ),
    "early_stopping_needs_validation": (
        "early_stopping={value} watches the validation accuracy: pass validation_data too."
    ),
    "early_stopped": (
        "Stopped early: the validation accuracy has not improved for {epochs} epochs "
        "(best {best} at epoch {epoch})."
    ),
    # the checks of notebook 10's exercises (mnistnet.checks: check_cross_entropy_delta, check_l2_step)
    "ch3_check_raised": "{call} raised {error}",
    "ch3_check_none": "{call} returned None. Did you forget `return`?",
    "ch3_check_placeholder": "{call} still returns the placeholder: replace the ... with your code.",
    "ch3_check_not_numbers": "{call} returned {got}, not an array of numbers.",
    "ch3_check_shape": "{call} has shape {got}, expected {expected} (the shape of {like}).",
    "ch3_check_values": "{call} gives {got} at index {index}, expected {expected}. Hint: {hint}",
    "ch3_ce_delta_hint": "delta^L = a - y.",
    "ch3_ce_delta_ok": "delta^L = a - y: sigma'(z) has cancelled, so a badly wrong output neuron learns fast.",
    "ch3_ce_delta_sigma_prime": (
        "{call} still multiplies by sigma'(z) = a (1 - a): that is the quadratic cost's delta. "
        "With the cross-entropy this factor cancels: delta^L = a - y."
    ),
    "ch3_ce_delta_sign": "{call} gives y - a: the sign is flipped. delta^L = a - y (positive when an output is too high).",
    "ch3_ce_delta_dc_da": (
        "{call} gives dC/da = (a - y) / (a (1 - a)). delta^L = dC/da * sigma'(z), and "
        "sigma'(z) = a (1 - a): multiply, and the denominator cancels."
    ),
    "ch3_l2_hint": "(1 - eta * lmbda / n) * w - (eta / m) * nabla_w.",
    "ch3_l2_ok": (
        "w -> (1 - eta lmbda / n) w - (eta / m) nabla_w: the weights shrink a little at every step. "
        "(The biases take the plain step b - (eta / m) nabla_b: they are not decayed.)"
    ),
    "ch3_l2_lambda_m": (
        "{call} decays with m, the mini-batch size. The decay is 1 - eta * lmbda / n, n = the size of the "
        "whole training set: the L2 term (lmbda / 2n) sum w^2 belongs to the cost of all n images."
    ),
    "ch3_l2_no_eta": (
        "{call} decays with 1 - lmbda / n: it needs eta too, 1 - eta * lmbda / n "
        "(the decay is a gradient step on the L2 term)."
    ),
    "ch3_l2_sign": "{call} makes the weights grow: the decay is 1 - eta * lmbda / n (a minus), so they shrink.",
    "ch3_l2_no_decay": "{call} is the step without regularisation: multiply w by 1 - eta * lmbda / n first.",
    "ch3_l2_not_averaged": (
        "{call} steps by eta * nabla_w. nabla_w is the sum over the m samples of the mini-batch: "
        "use the average, (eta / m) * nabla_w."
    ),
    "ch3_l2_decay_all": (
        "{call} also shrinks the gradient step: 1 - eta * lmbda / n multiplies w only, "
        "then subtract (eta / m) * nabla_w."
    ),
    "ch3_l2_gradient_sign": "{call} adds the gradient: step against it, - (eta / m) * nabla_w.",
    # (end of costs)

    # --- checks: the exercises' messages ---
    # (end of checks)

    # --- ui: widget labels, buttons, status lines, tables ---
    # (end of ui)

    # --- draw: the drawing canvas ---
    "draw_pixels_not_numbers": "pixels must be numbers (grey levels), got {kind}.",
    "draw_pixels_not_2d": "pixels must be a 2-D picture (rows x columns) with at least one pixel, got shape {shape}.",
    "draw_pixels_int_range": "pixels given as whole numbers must be grey levels 0..255, got values from {low} to {high}.",
    "draw_pixels_float_range": "pixels given as decimals must lie in [0, 1] (ink 1, paper 0), "
                               "got values from {low:g} to {high:g}. "
                               "For 0..255 grey levels, pass whole numbers (uint8) or divide by 255.",
    "draw_pixels_not_finite": "pixels contain NaN or infinity: every pixel must be a number in [0, 1].",
    "draw_pixels_wrong_size": "the canvas sent {got} pixels, expected {side} x {side}: draw again or press Clear.",
    "draw_not_a_digit_network": "{name} must be a Network with 784 inputs and 10 outputs, "
                                "such as Network([784, 30, 10]), got sizes {sizes}.",
    "draw_net_or_nets": "Give one network, DrawDigit(net), or several as a dict of names to networks, "
                        "DrawDigit(nets=...), not both and not none.",
    "draw_clear": "Clear",
    "draw_hint": "Draw a digit (0 to 9) with the mouse or a finger, big, in the middle of the white box.",
    "draw_sees": "what the network sees",
    "draw_answer": "the network reads:",
    "draw_empty": "(draw a digit)",
    "draw_strokes_bad": "strokes must be a list of strokes, each a list of (x, y) points, got {strokes}.",
    "draw_pen_positive": "pen is the width of the pen in pixels and must be a positive number, got {pen}.",
    # (end of draw)
}
