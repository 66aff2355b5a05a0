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
    # (end of costs)

    # --- checks: the exercises' messages ---
    # (end of checks)

    # --- ui: widget labels, buttons, status lines, tables ---
    # (end of ui)

    # --- draw: the drawing canvas ---
    # (end of draw)
}
