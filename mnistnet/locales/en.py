"""English texts. Keys are grouped by the module that uses them; keep zh.py in the same order."""

TEXTS: dict[str, str] = {
    # i18n itself
    "language_set": "Language: English.",

    # --- network and samples: errors for a learner's mistakes ---
    "net_sizes_short": "sizes must list at least 2 layers (input and output), e.g. [784, 30, 10]; got {sizes}.",
    "net_sizes_entry": "every entry of sizes must be a whole number of at least 1, e.g. [784, 30, 10]; got {sizes}.",
    "net_positive_int": "{name} must be a whole number of at least 1, got {value}.",
    "net_eta": "eta (the learning rate) must be a positive, finite number such as 3.0, got {value}.",
    "net_seed": "seed must be None or a whole number of at least 0 (such as 0 or 42), got {value}.",
    "net_engine": "engine must be \"matrix\" or \"loop\", got {value}.",
    "net_input_shape": "{name} has shape {shape}, expected ({rows}, 1): a column vector (or ({rows}, m) for m columns).",
    "net_input_hint": " Use {name}.reshape({rows}, 1).",
    "net_input_values": "{name} must hold numbers (uint8 pixels 0..255, or floats), got {dtype}.",
    "net_backprop_one": "backprop takes one sample: x and y must have one column, got {x_shape} and {y_shape}.",
    "net_mini_batch_empty": "mini_batch is empty: it needs at least one (x, y) pair.",
    "net_parameter_shape": "{name}[{i}] has shape {shape}, expected {expected} for sizes {sizes}.",
    "net_interrupted": "Interrupted during epoch {epoch}: the weights learned so far are kept.",
    "net_load_missing": "{path}: no such file.",
    "net_load_folder": "{path} is a folder, not a network file.",
    "net_load_denied": "{path}: permission denied (you may not read this file).",
    "net_load_bad": "{path}: not a network saved by Network.save: {reason}.",
    "net_load_not_zip": "it is not an .npz file (a zip archive of arrays)",
    "net_load_no_array": "it has no array {name}",
    "net_load_unreadable": "array {name} cannot be read ({error})",
    "net_load_sizes": "sizes should list at least 2 whole numbers of at least 1, found {sizes}",
    "net_load_shape": "array {name} has shape {shape}, but sizes {sizes} need {expected}",
    "net_load_dtype": "array {name} holds {dtype}, expected floating-point numbers",
    "net_load_length": "array {name} does not hold the {count} numbers its header declares",
    "net_load_memory": "its arrays need {gigabytes:.1f} GB of memory, more than this computer can give",
    "net_save_folder": "{path} is a folder: give a file name such as net.npz.",
    "samples_iterator": (
        "{name} is a {kind} object, an iterator: it is used up after one pass, so a second epoch (or a "
        "second call) would silently see no data. Pass a list instead, e.g. list(zip(inputs, results))."
    ),
    "samples_kind": "{name} must be a list of (x, y) pairs or a tuple (images, labels) of arrays, not {kind}.",
    "samples_empty": "{name} is empty: there is nothing to learn from or to test on.",
    "samples_images_shape": "{name}: images have shape {shape}, expected (n, {n_in}): one row per image.",
    "samples_images_dtype": "{name}: images hold {dtype}, expected numbers (uint8 pixels 0..255, or floats in [0, 1]).",
    "samples_images_values": (
        "{name}: images contain NaN or infinite values (first in image "
        "{index}): training on them would turn every weight into NaN."
    ),
    "samples_labels_shape": "{name}: labels have shape {shape}, expected ({n},): one label per image.",
    "samples_labels_values": (
        "{name}: labels must be whole numbers from 0 to {top} (an "
        "integer array), got {dtype} values such as {example}."
    ),
    "samples_pair": "{name}[{i}] should be a pair (x, y), got {kind}.",
    "samples_x_shape": "{name}[{i}]: x has shape {shape}, expected ({n_in}, 1): a column vector. Use x.reshape({n_in}, 1).",
    "samples_x_dtype": "{name}[{i}]: x holds {dtype}, expected numbers (uint8 pixels 0..255, or floats in [0, 1]).",
    "samples_x_values": "{name}[{i}]: x contains NaN or infinite values: training on it would turn every weight into NaN.",
    "samples_x_mixed": (
        "{name} mixes uint8 columns (pixels 0..255) and float "
        "columns (0..1): use one kind for the whole list."
    ),
    "samples_y_shape": "{name}[{i}]: y has shape {shape}, expected ({n_out}, 1) or a label.",
    "samples_y_values": "{name}[{i}]: y contains NaN or infinite values.",
    "samples_label": "{name}[{i}]: y should be a whole-number label from 0 to {top} or a ({n_out}, 1) column, got {value}.",
    "samples_mixed": (
        "{name} mixes target columns (like vectorized_result(3)) and "
        "plain labels (like 3): use one kind for the whole list."
    ),
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
