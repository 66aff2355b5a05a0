"""English texts. Keys are grouped by the module that uses them; keep zh.py in the same order."""

TEXTS: dict[str, str] = {
    # i18n itself
    "language_set": "Language: English.",

    # --- network and samples: errors for a learner's mistakes ---
    "validate_sizes_short": "sizes must list at least 2 layers (input and output), e.g. [784, 30, 10]; got {sizes}.",
    "validate_sizes_entry": "every entry of sizes must be a whole number of at least 1, e.g. [784, 30, 10]; got {sizes}.",
    "validate_whole_number": "{name} must be a whole number of at least {least}, got {value}.",
    "validate_eta": "eta (the learning rate) must be a positive, finite number such as 3.0, got {value}.",
    "validate_seed": "seed must be None or a whole number of at least 0 (such as 0 or 42), got {value}.",
    "validate_columns_shape": "{name} has shape {shape}, expected ({rows}, 1): a column vector (or ({rows}, m) for m columns).",
    "validate_columns_hint": " Use {name}.reshape({rows}, 1).",
    "validate_columns_values": "{name} must hold numbers (uint8 pixels 0..255, or floats), got {dtype}.",
    "validate_mini_batch_empty": "mini_batch is empty: it needs at least one (x, y) pair.",
    "validate_parameter_shape": "{name}[{i}] has shape {shape}, expected {expected} for sizes {sizes}.",
    "net_interrupted": "Interrupted during epoch {epoch}: the weights learned so far are kept.",
    "validate_backprop_columns": (
        "x and y must have the same number of columns (one per sample), got shapes {x_shape} and {y_shape}."
    ),
    "validate_parameter_count": (
        "the network needs {count} weight matrices and {count} bias columns for sizes {sizes}: one per layer after the "
        "input."
    ),
    "validate_decay": (
        "with eta = {eta} and lmbda = {lmbda} on n = {n} training images the weight decay 1 - eta * lmbda / n is {decay:.3g}: "
        "the weights would flip sign and grow at every step instead of shrinking. Choose lmbda below n / eta = {most:.3g} "
        "(lmbda = 5.0 is the book's)."
    ),
    "net_save_not_file": (
        "{path} exists and is not an ordinary file (a link, a device or a pipe): it is left alone; choose another file "
        "name."
    ),
    "net_save_own_cost": (
        "{path}: a network with a cost of your own cannot be saved; only \"quadratic\" and \"cross-entropy\" can be written "
        "to a file."
    ),
    "net_load_not_finite": 'array {name} contains NaN or infinite numbers',
    "net_load_kind_f": 'floating-point numbers',
    "net_load_kind_ui": 'whole numbers',
    "net_load_kind_U": 'a text',
    "net_load_shape_plain": 'array {name} has shape {shape}, expected {expected}',
    "epoch_line_validation": 'Epoch {epoch}: validation {correct} / {total}, took {seconds:.2f} seconds',
    "epoch_line_both": (
        "Epoch {epoch}: validation {correct} / {total}, test {test_correct} / {test_total}, took {seconds:.2f} seconds"
    ),
    "net_load_missing": "{path}: no such file.",
    "net_load_folder": "{path} is a folder, not a network file.",
    "net_load_denied": "{path}: permission denied (you may not read this file).",
    "net_load_bad": "{path}: not a network saved by Network.save: {reason}.",
    "net_load_not_zip": "it is not an .npz file (a zip archive of arrays)",
    "net_load_no_array": "it has no array {name}",
    "net_load_unreadable": "array {name} cannot be read ({error})",
    "net_load_sizes": "sizes should list at least 2 whole numbers of at least 1, found {sizes}",
    "net_load_shape": "array {name} has shape {shape}, but sizes {sizes} need {expected}",
    "net_load_dtype": "array {name} holds {dtype}, expected {expected}",
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
    "epoch_line": "Epoch {epoch}: {correct} / {total}, took {seconds:.2f} seconds",
    "epoch_line_no_test": "Epoch {epoch} complete in {seconds:.2f} seconds",
    "vectorized_result_digit": "vectorized_result: j must be a digit 0..9 (an int), got {value}.",
    # (end of network)

    # --- costs and regularisation (chapter 3) ---
    "validate_cost": (
        "cost must be one of {choices}, got {value}. Use \"cross-entropy\" with sigmoid "
        "outputs to avoid the learning slowdown."
    ),
    "validate_dtype": (
        "dtype must be np.float64 (the default) or np.float32 (the same code, faster, with about 7 significant "
        "digits instead of 16), got {value}."
    ),
    "validate_init": (
        "init must be one of {choices}, got {value}: \"large\" draws weights from "
        "N(0, 1) (chapter 1), \"scaled\" from N(0, 1/n_in) (chapter 3)."
    ),
    "validate_lmbda_not_number": "lmbda (the regularisation parameter lambda) must be a number, got {value}.",
    "validate_lmbda_negative": (
        "lmbda (the regularisation parameter lambda) must be a finite number of at least "
        "0 (0 means no regularisation), got {value}."
    ),
    "validate_lmbda_needs_n": (
        "update_mini_batch: with lmbda > 0 it also needs n, the size of the whole "
        "training set (the weight decay is 1 - eta * lmbda / n)."
    ),
    "validate_early_stopping": (
        "early_stopping must be a whole number of epochs, at least 1 (or None), got {value}."
    ),
    "validate_early_stopping_needs_validation": (
        "early_stopping={value} watches the validation accuracy: pass validation_data too."
    ),
    "early_stopped": (
        "Stopped early: the validation accuracy has not improved for {epochs} epochs "
        "(best {best} at epoch {epoch})."
    ),
    # (end of costs)

    # --- data and download: loading MNIST, finding and fetching its files ---
    "data_how_to_get": (
        "Get the data with `{get}` (downloads once), or without internet copy the four files from a USB stick "
        "with `{copy}`, or set MNISTNET_DATA to a folder that holds them."
    ),
    "data_no_such_path": "{path}: no such file or folder. {advice}",
    "data_no_data": "No MNIST data in {path}. {advice}",
    "data_file_not_found": "{path}: file not found. {advice}",
    "data_is_folder": "{path}: is a folder, but a data file is expected here.",
    "data_is_file": "{path}: is a file, but a folder for the MNIST files is needed here.",
    "data_cannot_create": "{path}: cannot create this folder for the MNIST files ({error}).",
    "data_denied": (
        "{path}: permission denied, this user may not read the file. It is not damaged: ask its owner to make it "
        "readable (chmod a+r), or use a copy of your own."
    ),
    "data_env": "MNISTNET_DATA={env}: {problem}. Point it at a folder holding the four MNIST .gz files, or unset it.",
    "data_source": "{path}: {problem}. Give the folder that holds the four MNIST .gz files.",
    "data_no_folder": "no such folder",
    "data_missing": "missing {names}",
    "data_dataset": "dataset={value}: expected one of {choices}.",
    "data_not_official_name": "{path}: not one of the four official file names ({names}).",
    "data_other_dataset": (
        "{path}: this folder holds {found}, not {wanted}. Pass dataset={name} to load it, or point at a folder of {wanted}."
    ),
    "data_bad_sha256": (
        "{path}: SHA-256 {digest}... is not the official one ({official}...). The file is damaged or is not "
        "{wanted}: delete it and fetch it again (or pass verify=False if it is your own data in IDX format)."
    ),
    "data_mirrors_string": (
        "MIRRORS must be a tuple of base URLs, e.g. ({mirrors},) with a comma, not the single string {mirrors} "
        "(its letters would be tried one by one)."
    ),
    "data_too_long": "the server sends more than the expected {size} bytes",
    "data_too_slow": "gave up after {seconds:g} seconds with {done} of {size} bytes",
    "data_cut_off": "download cut off after {done} of {size} bytes",
    "data_wrong_sha256": "SHA-256 {digest}... does not match the official {official}...",
    "data_progress": "  {url}: {done:.1f} / {total:.1f} MB",
    "data_mirror_failed": "  {url} failed ({reason}), so the next mirror was used.",
    "data_download_failed": (
        "Could not download {name} into {folder} ({failures}). No internet? Copy the four files from a USB "
        "stick with `{copy}`, or set MNISTNET_DATA to their folder."
    ),
    "data_not_gzip": (
        "{path}: not a complete gzip file ({error}). It is damaged or was cut off while downloading: delete it "
        "and fetch the data again."
    ),
    "data_idx_short": "{path}: only {size} bytes after unzipping, too short for an IDX header.",
    "data_idx_magic": "{path}: wrong IDX magic number 0x{magic:08x}, expected 0x{expected:08x}. Is this the right file?",
    "data_idx_size": (
        "{path}: the header promises {count} items ({expected} bytes) but the file holds {size} bytes. "
        "It is damaged or cut off: fetch it again."
    ),
    "data_needs_folder": "{path}: load_mnist needs a folder of IDX files, not a single file.",
    "data_count_mismatch": "{folder}: {images} holds {n_images} images but {labels} holds {n_labels} labels; they must match.",
    "data_label_range": "{path}: a label is {value}; labels must be digits 0-9.",
    "data_labels_not_integers": "{path}: the labels are {dtype}, not integers; labels must be digits 0-9.",
    "data_images_not_finite": "{path}: the images hold NaN or infinite values; pixels must be finite numbers.",
    "data_dtype": (
        "dtype={value}: images can be np.float32 or np.float64 (pixel / 255, in [0, 1]) or np.uint8 (raw pixels "
        "0..255); other dtypes would round every pixel to 0."
    ),
    "data_pickle_structure": (
        "{path}: expected (training, validation, test), each (images (n, 784), labels (n,)), as in Nielsen's mnist.pkl.gz."
    ),
    "data_pickle_too_big": (
        "{path}: unzips to more than {megabytes:.0f} MB, far more than a genuine mnist.pkl.gz (about 220 MB). "
        "Refused; it was not loaded into memory."
    ),
    "data_pickle_refused": (
        "{path}: not loaded, {reason}. A genuine mnist.pkl.gz never needs this; it is not one. Nothing in it was run."
    ),
    "data_pickle_invalid": "{path}: not a valid mnist.pkl.gz ({error}).",
    "data_refuse_name": "refusing to load {name}",
    "data_refuse_empty": "refusing to build numpy.ndarray(...) directly: it would hold no data",
    "data_refuse_array": "refusing an array of shape {shape} and dtype {dtype}: only numbers belong in mnist.pkl.gz",
    "data_refuse_bytes": (
        "refusing an array of shape {shape} and dtype {dtype}: it needs {needed} bytes of data but carries {size}"
    ),
    # (end of data)

    # maths.closest_digit
    "closest_digit_averages": "closest_digit: averages must be 10 rows, one average image per digit (10, 784), "
                              "got shape {shape}.",
    "closest_digit_image": "closest_digit: image must be one flat image of shape {expected}, got shape {shape}.",
    # --- checks: the exercises' messages (mnistnet.checks) ---
    "check_correct": "✓ Correct: ",
    "check_not_yet": "✗ Not yet: ",
    "check_using_reference": "{mine} does not pass its check yet: the cells below use mnistnet's {reference} instead.",
    "check_using_other": "{mine} does not pass its check yet: the cells below use {reference} instead.",
    "check_finish_first": "{mine} does not pass its check yet: finish {heading}, then run this cell again.",
    "check_try_it": "Try it {number}",
    "check_your_function": "your function",
    "check_crashed": "Your answer could not be checked ({error}). Does your function return the kind of value the "
                     "exercise asks for?",
    "check_not_callable": "The check needs your function itself (its name, without brackets), got {got}.",
    "check_raised": "{call} raised {error}.",
    "check_exit": "{call} called exit(), which would stop the notebook: a function gives its answer with return.",
    "check_error_if": "{call} raised {error}: `if` needs one True or False, but a comparison of an array gives one "
                      "per entry. Choose entry by entry with a numpy function instead of `if`.",
    "check_error_math": "{call} raised {error}: the functions of the math module take one number, not an array. "
                        "Use np.exp, not math.exp: np.exp works on whole arrays.",
    "check_error_shapes": "{call} raised {error}: two arrays in a product do not fit together.",
    "check_ellipsis": "{call} returned ... : replace the ... with your code.",
    "check_value_ellipsis": "{name} is still ... : replace the ... with your answer.",
    "check_none": "{call} returned None. Did you forget `return`?",
    "check_changed_input": "{call} changed its input {name} in place, so the caller's data changed too. Compute "
                           "new arrays and leave {name} as it was.",
    "check_changed_net": "{call} changed the network's weights or biases. This function only computes: changing "
                         "the network is the job of update_mini_batch.",
    "check_not_numbers": "{call} returned {got}, which is not a number or an array of numbers.",
    "check_shape": "{call} has shape {shape}, expected {expected}.",
    "check_shape_number": "{call} returned one number, {got}, expected an array of shape {expected}.",
    "check_value": "{call} gives {got}{where}, expected {expected}.",
    "check_at_index": " at index {index}",
    # 00 and 01
    "check_sizes_wrong": "sizes is {got}. It needs 3 numbers: 28*28 input pixels, 30 hidden neurons, 10 digits.",
    "check_sizes_ok": "784 inputs (28 x 28 pixels), 30 hidden neurons, 10 outputs (one per digit).",
    "check_n_test_wrong": "n_test is {got}. Count the test labels: there is one per test image.",
    "check_n_test_ok": "The network is always tested on the same 10,000 images, never trained on them.",
    "check_closest_not_digit": "{call} returned {got}: it should return one digit, 0 to 9: the index of the "
                               "smallest distance, not the distances themselves.",
    "check_closest_farthest": "{call} picks the average image that is farthest from the image: argmax instead "
                              "of argmin?",
    "check_closest_dot": "{call} picks the largest dot product, not the smallest distance: a brighter average "
                         "image wins the dot product without being near.",
    "check_closest_hint": "The answer is the digit whose average image is nearest: the distance from the image "
                          "to each of the 10 averages, then the smallest.",
    "check_closest_ok": "The digit whose average image is nearest: a classifier with no learning at all.",
    "check_to_column_row": "{call} is a row (1, 784): every formula in the series wants a column, (784, 1).",
    "check_to_column_hint": "Keep the 784 numbers in their order and make them one column (784, 1), whether "
                            "the input is flat (784,) or a 28 x 28 picture.",
    "check_to_column_ok": "One column of 784 numbers, as every formula in the series expects.",
    "check_vectorized_hint": "It should be a (10, 1) column of zeros with 1.0 in row {j}.",
    "check_vectorized_ok": "A (10, 1) column with a single 1.0 in the row of the digit.",
    # 02
    "check_sigmoid_minus": "{call} computes 1 / (1 + e^z): the minus sign is missing.",
    "check_sigmoid_no_fraction": "{call} computes e^(-z) alone: sigma(z) is one divided by (1 plus that).",
    "check_sigmoid_upside_down": "{call} computes 1 + e^(-z), only the denominator (if you wrote 1 / 1 + "
                                 "np.exp(-z), brackets are missing).",
    "check_sigmoid_plus": "{call} computes 1 / (1 - e^(-z)): it is a plus in the denominator.",
    "check_sigmoid_at_zero": "sigma(0) = 1 / (1 + e^0) = 0.5.",
    "check_sigmoid_hint": "Revisit the formula of sigma above: one divided by (1 plus e to the power -z).",
    "check_sigmoid_ok": "Sigma squashes any z into (0, 1), and works on whole arrays.",
    "check_stable_warned": "{call} warned: {warning}. For z far below 0, e^(-z) is too large for a float: use "
                           "only e^(-|z|), which is never above 1.",
    "check_stable_hint": "For z >= 0 it is the usual formula; for z < 0 multiply the top and the bottom by e^z, "
                         "and both sides need only e^(-|z|).",
    "check_stable_ok": "The same values, and no overflow for any z.",
    "check_sigmoid_prime_is_sigmoid": "{call} gives sigma(z) itself: that is the sigmoid, not its slope.",
    "check_sigmoid_prime_of_z": "{call} computes z * (1 - z): the slope is written with sigma(z), not z.",
    "check_sigmoid_prime_at_zero": "The slope at 0 is 0.25, the steepest point of sigma.",
    "check_sigmoid_prime_hint": "Revisit the derivative of sigma worked out above: it is written with sigma(z) "
                                "itself.",
    "check_sigmoid_prime_ok": "The slope is largest (1/4) at z = 0 and nearly 0 far from it.",
    # 03
    "check_weight_shapes_not_list": "{call} returned {got}: it should return a list of (rows, columns) pairs, "
                                    "one per weight matrix.",
    "check_weight_shapes_swapped": "{call} has rows and columns swapped: a matrix has (neurons in this layer) "
                                   "rows and (neurons in the layer before) columns.",
    "check_weight_shapes_hint": "Each matrix has (neurons in this layer) rows and (neurons in the layer before) "
                                "columns.",
    "check_weight_shapes_ok": "The w of layer l is (n_l, n_(l-1)), so that w @ a has one entry per neuron of layer l.",
    "check_feedforward_shapes": "In the product w a the weights come first: w has one row per neuron of the "
                                "layer and one column per neuron of the layer before.",
    "check_feedforward_last_linear": "{call} leaves sigma out in the last layer: every layer, the output layer "
                                     "too, applies sigma to w a + b.",
    "check_feedforward_no_bias": "{call} leaves out the biases: each layer adds its bias b to w a before sigma.",
    "check_feedforward_hint": "Revisit equation (22): each layer turns the activations a of the layer before "
                              "into sigma(w a + b), and the last layer's are the output.",
    "check_feedforward_ok": "The (10, 1) output column, one activation per digit.",
    # 04
    "check_cost_not_number": "{call} is an array of shape {shape}; the cost is one number: sum the squares.",
    "check_cost_half": "{call} gives 0.14, expected 0.07: the 1/2 in front is missing.",
    "check_cost_not_squared": "{call} takes half the distance itself: the cost squares the distance.",
    "check_cost_hint": "Revisit the quadratic cost: half the squared distance between the output a and the "
                       "target y, one number for the whole column.",
    "check_cost_ok": "One number: half the squared distance between output and target.",
    "check_step_uphill": "{call} steps uphill, along the gradient: the gradient points uphill, so step against the "
                         "gradient (mind the sign).",
    "check_step_no_eta": "{call} takes a whole gradient as its step: the learning rate eta sets how far to go.",
    "check_step_hint": "Revisit the rule of gradient descent: a small step, eta times the gradient, against the "
                       "gradient.",
    "check_step_ok": "A small step downhill, against the gradient.",
    # 05
    "check_hadamard_dot": "{call} gives one number, 11: that is the dot product. The Hadamard product "
                          "multiplies entry by entry and keeps the shape of s.",
    "check_hadamard_outer": "{call} gives a 2 x 2 matrix, the outer product: the Hadamard product multiplies "
                            "entry by entry and keeps the shape of s.",
    "check_hadamard_hint": "The Hadamard product multiplies entry by entry: [s_1 t_1, s_2 t_2], a column like s.",
    "check_hadamard_ok": "Entry by entry: [1*3, 2*4] = [3, 8].",
    "check_backprop_shapes": "Did you forget a transpose? BP2 uses w.T (the next layer's weights, transposed), "
                             "BP4 the transposed activation of the layer before.",
    "check_backprop_square": "On a network whose layers all have 5 neurons, where every shape fits, it runs and "
                             "shows the mistake: {why}",
    "check_backprop_mistake": "{call} gives a wrong gradient for sizes {sizes}.",
    "check_backprop_bp1_sigma": "Check BP1: the output error delta^L is the cost's derivative times sigma'(z^L), "
                                "entry by entry; the factor sigma'(z^L) is missing.",
    "check_backprop_bp1_sign": "Check BP1: delta^L has the wrong sign. The cost's derivative is a^L - y, "
                               "positive when an output is too high.",
    "check_backprop_bp2_transpose": "Did you forget a transpose? BP2 uses w.T, the transpose of the next layer's "
                                    "weights, not w itself.",
    "check_backprop_bp2_layer": "Check BP2: it carries delta back through the weights of the NEXT layer (the "
                                "one nearer the output), transposed; yours uses the weights of the layer itself.",
    "check_backprop_bp4_layer": "Check BP4: nabla_w of a layer uses the activation of the layer BEFORE it; yours "
                                "uses the layer's own activation.",
    "check_backprop_mean": "It is the average over the samples: return the sum (update_mini_batch divides by m "
                           "itself).",
    "check_backprop_pair": "{call} should return a pair (nabla_b, nabla_w), two lists with one array per layer.",
    "check_backprop_count": "For sizes {sizes} there are {layers} weight matrices, but your nabla_b has {nb} "
                            "entries and nabla_w {nw}: make one entry per layer, shaped like its biases and weights.",
    "check_backprop_bp1": "The output layer is wrong (sizes {sizes}): check BP1, the output error delta^L.",
    "check_backprop_bp2": "nabla_b[{i}] and nabla_w[{i}] of a hidden layer are wrong (sizes {sizes}), the layers "
                          "after it are right: check BP2, which carries delta back through the NEXT layer's "
                          "weights, transposed, times sigma'(z) of this layer.",
    "check_backprop_bp3": "nabla_w[{i}] is right, so delta is right (sizes {sizes}): check BP3, nabla_b is delta "
                          "itself (with m columns, delta summed over the columns).",
    "check_backprop_bp4": "nabla_b[{i}] is right, so delta is right (sizes {sizes}): check BP4, delta times the "
                          "transposed activation of the layer BEFORE.",
    "check_backprop_one_hidden_only": "Right for one hidden layer ([784, 30, 10]) but not for two ([4, 5, 3, 2]): "
                                      "is your code written for one hidden layer only? BP2 is repeated for every "
                                      "hidden layer, from the last to the first.",
    "check_backprop_ok": "All four equations work, for one hidden layer and for two.",
    "check_numerical_restore": "The weights changed: put the nudged weight back to its old value.",
    "check_numerical_not_number": "{call} is an array of shape {shape}; the slope is one number.",
    "check_numerical_one_sided": "{call} is a one-sided difference (C(w + h) - C(w)) / h: it is off by about h/2 "
                                 "times the curvature. Use the central difference, nudging w both ways: its "
                                 "error is far smaller.",
    "check_numerical_hint": "Revisit the central difference: the cost with the weight nudged up by h, minus the "
                            "cost with it nudged down by h, over 2h.",
    "check_numerical_ok": "The numerical slope agrees with backprop: the gradient is right.",
    # 06 to 09
    "check_mini_batches_not_list": "{call} returned {got}: it should return a list of mini-batches (lists).",
    "check_mini_batches_no_last": "{call} drops the last, shorter mini-batch: [20, 21, 22] must be trained on too.",
    "check_mini_batches_hint": "With data = list(range(23)) and size 10: consecutive pieces of size items, in "
                               "order, every item in exactly one piece; the last piece may be shorter.",
    "check_mini_batches_ok": "Every sample in exactly one mini-batch; the last one is shorter.",
    "check_update_shapes": "Each x is one column (6, 1): the m columns of a mini-batch, side by side, make a "
                           "matrix of shape (6, m), one column per sample.",
    "check_update_unchanged": "After {call}, {name} did not change. A name assigned inside the function "
                              "(weights = ...) is forgotten when it returns: change {name} itself.",
    "check_update_not_averaged": "The step uses the SUM of the gradients over the mini-batch: use their "
                                 "average, dividing by m, the number of samples.",
    "check_update_uphill": "The weights move along the gradient, uphill: step against it (mind the sign).",
    "check_update_last_only": "Only the last sample's gradient is used: add up the gradients of all the samples "
                              "of the mini-batch.",
    "check_update_hint": "Revisit the update rule (equations 20 and 21): a step of size eta against the average "
                         "of the m samples' gradients.",
    "check_update_ok": "One step downhill, using the average gradient of the mini-batch.",
    "check_evaluate_not_count": "{call} returned {got}: it should return how many answers are right, one whole "
                                "number.",
    "check_evaluate_fraction": "{call} gives the fraction that is right: return the count.",
    "check_evaluate_wrong_ones": "{call} counts the wrong answers: count the pairs where the answer equals the "
                                 "label.",
    "check_evaluate_all": "{call} counts every pair: count only those where the answer equals the label.",
    "check_evaluate_hint": "The network's answer is the output neuron with the highest activation; count the "
                           "pairs where it equals the label.",
    "check_evaluate_ok": "The answer is the output neuron with the highest activation.",
    "check_better_eta_no_run": "Run the experiment first: my_run = ex.run(eta=...).",
    "check_better_eta_same": "my_run used the same eta ({eta:g}) as the baseline; try another.",
    "check_better_eta_changed": "Change only eta, so the comparison is fair (you also changed {changed}).",
    "check_better_eta_worse": "eta = {eta:g} reached {best:.1%} on the validation set, not better than the "
                              "baseline's {base:.1%}.",
    "check_better_eta_smaller": "Your eta is larger than the baseline's and did worse: try smaller steps.",
    "check_better_eta_larger": "Your eta is smaller than the baseline's and did worse: try larger steps.",
    "check_better_eta_ok": "eta = {eta:g} reached {best:.1%} on the validation set, better than the baseline's "
                           "{base:.1%}.",
    "check_small_hidden_no_run": "Run the experiment first: small_run = ex.run(hidden=...).",
    "check_small_hidden_too_many": "{hidden} hidden neurons is more than 10: try fewer.",
    "check_small_hidden_low": "{hidden} hidden neurons reached {best:.1%} on the validation set; can you reach "
                              "85% (more epochs, another eta)?",
    "check_small_hidden_ok": "Only {hidden} hidden neurons reach {best:.1%} on the validation set.",
    "check_matrix_feedforward_hint": "The same loop as for one column: each layer turns A into sigma(w A + b), "
                                     "the bias column b added to every column.",
    "check_matrix_feedforward_ok": "One matrix product per layer, all 7 samples at once.",
    "check_matrix_backprop_ok": "The same gradient as one backprop per column, in one pass.",
    # 10 and 11
    "check_ce_delta_sigma_prime": "{call} still multiplies by sigma'(z) = a (1 - a): that is the quadratic "
                                  "cost's delta. With the cross-entropy this factor cancels.",
    "check_ce_delta_sign": "{call} gives y - a: the sign is flipped (delta^L is positive when an output is too "
                           "high).",
    "check_ce_delta_dc_da": "{call} gives dC/da = (a - y) / (a (1 - a)). delta^L = dC/da * sigma'(z), and "
                            "sigma'(z) = a (1 - a): multiply, and the denominator cancels.",
    "check_ce_delta_hint": "Revisit delta^L = dC/da * sigma'(z) for the cross-entropy: work out dC/da, "
                           "multiply by sigma'(z) = a (1 - a), and simplify.",
    "check_ce_delta_ok": "delta^L = a - y: sigma'(z) has cancelled, so a badly wrong output neuron learns fast.",
    "check_l2_lambda_m": "{call} decays with m, the mini-batch size. The decay is 1 - eta * lmbda / n, n = the "
                         "size of the whole training set: the L2 term (lmbda / 2n) sum w^2 belongs to the cost of "
                         "all n images.",
    "check_l2_no_eta": "{call} decays with 1 - lmbda / n: it needs eta too, 1 - eta * lmbda / n (the decay is a "
                       "gradient step on the L2 term).",
    "check_l2_sign": "{call} makes the weights grow: the decay is 1 - eta * lmbda / n (a minus), so they shrink.",
    "check_l2_no_decay": "{call} is the step without regularisation: the weights shrink by the decay factor "
                         "first.",
    "check_l2_not_averaged": "{call} steps by eta * nabla_w. nabla_w is the sum over the m samples of the "
                             "mini-batch: use the average.",
    "check_l2_decay_all": "{call} also shrinks the gradient step: the decay multiplies w only, then the "
                          "gradient step follows.",
    "check_l2_gradient_sign": "{call} adds the gradient: step against it.",
    "check_l2_hint": "Revisit equation (93): the weights first shrink by the factor 1 - eta lmbda / n, then take "
                     "the usual step against the average gradient.",
    "check_l2_ok": "The weights shrink a little at every step: w -> (1 - eta lmbda / n) w - (eta / m) nabla_w. "
                   "(The biases take the plain step b - (eta / m) nabla_b: they are not decayed.)",
    "check_centre_not_pair": "{call} returned {got}: return two numbers, (row, column).",
    "check_centre_swapped": "{call} gives (column, row): rows are the first index, a pixel at image[3, 20] is in "
                            "row 3, column 20.",
    "check_centre_by_size": "{call} divides by the number of pixels: divide by the total ink (the sum of all "
                            "pixels), so that a faint drawing has the same centre as a dark one.",
    "check_centre_not_divided": "{call} gives the ink-weighted sums of the row and column numbers: divide them "
                                "by the total ink.",
    "check_centre_dot": "The check's first image has one inked pixel, at image[3, 20]: its centre of mass is "
                        "that pixel, row 3, column 20.",
    "check_centre_weight": "Weight each row and column number by the pixel's ink, then divide by the total ink.",
    "check_centre_shape": "The check gives a 5 x 9 image too: take the numbers of rows and columns from the "
                          "image, not a fixed 28 x 28.",
    "check_centre_ok": "The average position of the ink, each pixel weighted by how dark it is: where to_mnist "
                       "puts (14, 14).",
    # (end of checks)

    # --- ui: widget labels, buttons, status lines, tables ---
    "ui_not_live": "(interactive: run this cell to see and use it)",
    "ui_weight_w": "weight w",
    "ui_bias_b": "bias b",
    "ui_eta_short": "eta",
    "ui_steps": "steps",
    "ui_descent_diverged": "diverged: each step overshoots the valley and lands higher",
    "ui_descent_reached": "reached the minimum",
    "ui_descent_on_its_way": "still on its way down",
    "ui_descent_result": "cost after {steps} steps: {final:.4g} (start: {start:.4g}), {verdict}",
    "ui_eta": "learning rate eta",
    "ui_epochs": "epochs",
    "ui_hidden": "hidden neurons",
    "ui_batch_size": "mini-batch size",
    "ui_train_size": "training images",
    "ui_seed": "seed",
    "ui_train": "Train",
    "ui_stop": "Stop",
    "ui_clear": "Clear",
    "ui_progress": "progress",
    "ui_status_ready": "Choose settings, then press Train.",
    "ui_status_already_running": "A run is already going: press Stop first, or wait for it to finish.",
    "ui_status_clear_while_running": "A run is going: press Stop first, then Clear.",
    "ui_status_cleared": "Cleared. Choose settings, then press Train.",
    "ui_status_training": "Run {number}: training...",
    "ui_status_epoch": "Run {number}, epoch {epoch} / {epochs}: validation accuracy {accuracy:.2f}%, took {seconds:.2f} seconds",
    "ui_status_stopped": "Run {number} stopped after {epochs} epochs; best validation accuracy {best:.2f}%.",
    "ui_status_done": "Run {number} done: best validation accuracy {best:.2f}% (test accuracy at that epoch {test:.2f}%).",
    "ui_status_failed": "Run {number} failed: {error}: {detail}",
    "ui_run_no_setting": "run() has no setting {name!r}; choose from {names}.",
    "ui_run_out_of_range": "{name} must be between {low:g} and {high:g}, got {value!r}.",
    "ui_run_whole_number": "{name} must be a whole number, got {value!r}.",
    "ui_run_number": "{name} must be a number, got {value!r}.",
    "ui_run_while_training": "A run started with the Train button is still going: press Stop or wait.",
    "ui_run_repr": "run {number}: eta={eta:g}, hidden={hidden}, n={n}: validation accuracy per epoch (%) [{accuracies}], "
                   "best {best:.1f}% (test at that epoch {test:.1f}%)",
    "ui_run_stopped": " (stopped)",
    "ui_col_run": "run",
    "ui_col_eta": "eta",
    "ui_col_epochs": "epochs",
    "ui_col_hidden": "hidden",
    "ui_col_batch": "mini-batch",
    "ui_col_train_size": "training images",
    "ui_col_seed": "seed",
    "ui_col_seconds": "seconds",
    "ui_col_best_validation": "best validation accuracy",
    "ui_col_test": "test accuracy at that epoch",
    # (end of ui)

    # --- draw: the drawing canvas ---
    "draw_pixels_not_numbers": "pixels must be numbers (grey levels), got {kind}.",
    "draw_pixels_not_2d": "pixels must be a 2-D picture (rows x columns) with at least one pixel, got shape {shape}.",
    "draw_pixels_int_range": "pixels given as whole numbers must be grey levels 0..255, got values from {low} to {high}.",
    "draw_pixels_float_range": "pixels given as decimals must lie in [0, 1] (ink 1, paper 0), "
                               "got values from {low:.10g} to {high:.10g}. "
                               "For 0..255 grey levels, pass whole numbers (uint8) or divide by 255.",
    "draw_pixels_not_finite": "pixels contain NaN or infinity: every pixel must be a number in [0, 1].",
    "draw_pixels_wrong_size": "the canvas sent {got} pixels, expected {side} x {side}: draw again or press Clear.",
    "draw_not_a_digit_network": "{name} must be a Network with 784 inputs and 10 outputs, "
                                "such as Network([784, 30, 10]), got sizes {sizes}.",
    "draw_net_or_nets": "Give one network, DrawDigit(net), or several as a dict of names to networks, "
                        "DrawDigit(nets=...), not both and not none.",
    "draw_duplicate_name": "nets has two networks named {name!r} (names are compared as text, so 1 and \"1\" are "
                           "the same name): give each network its own name.",
    "draw_clear": "Clear",
    "draw_hint": "Draw a digit (0 to 9) with the mouse or a finger, big, in the middle of the white box.",
    "draw_sees": "what the network sees",
    "draw_answer": "the network reads:",
    "draw_empty": "(draw a digit)",
    "draw_strokes_bad": "strokes must be a list of strokes, each a list of (x, y) points, got {strokes}.",
    "draw_pen_positive": "pen is the width of the pen in pixels and must be a positive number, got {pen}.",
    "draw_kind_ragged": "a ragged list (rows of different lengths)",
    "draw_kind_dtype": "an array of dtype {dtype}",
    # (end of draw)

    # --- cli: python -m mnistnet (errors, argparse's errors, the summary, help) ---
    "cli_error": "{prog}: error: {message}",
    "cli_see_help": "{message} (see --help)",
    "cli_argument": "argument {flag}: {message}",
    "cli_choice": "invalid choice: {value} (choose from {choices})",
    "cli_unrecognized": "unrecognized arguments: {arguments}",
    "cli_required": "the following arguments are required: {names}",
    "cli_one_value": "expected one argument",
    "cli_some_values": "expected at least one argument",
    "cli_not_int": "{value} is not a whole number",
    "cli_not_float": "{value} is not a number",
    "cli_at_least_1": "{value} must be at least 1",
    "cli_at_least_0": "{value} must be at least 0",
    "cli_positive": "{value} must be a positive, finite number",
    "cli_not_negative": "{value} must be a finite number of at least 0",
    "cli_save_folder": "--save {path}: is a folder; give a file name such as net.npz",
    "cli_save_cannot_write": "--save {path}: cannot write in {folder}",
    "cli_save_read_only": "--save {path}: the file exists and cannot be overwritten",
    "cli_memory": (
        "--hidden {hidden}: this network needs about {needed:.1f} GB of memory, this computer has {available:.1f} GB "
        "free; try fewer hidden neurons"
    ),
    "cli_no_memory": "not enough memory; try fewer hidden neurons (--hidden) or close other programs",
    "cli_best": (
        "Best: validation {best.validation_correct} / {best.validation_total} ({best.validation_accuracy:.2%}) at epoch "
        "{best.epoch}; test at that epoch {best.test_correct} / {best.test_total} ({best.test_accuracy:.2%})"
    ),
    "cli_saved": "Saved the network to {path}",
    "cli_interrupted": "Interrupted.",
    "cli_description": "Train chapter 1's network on MNIST, or get the data.",
    "cli_help_lang": "the language of every message: en or zh (default: the environment's, e.g. LANG=zh_CN.UTF-8)",
    "cli_train_help": "train a network and print one line per epoch",
    "cli_train_description": (
        "Train a network of sigmoid neurons with mini-batch SGD on the 50,000 training images and print, after every "
        "epoch, how many of the 10,000 validation and the 10,000 test images it gets right; at the end, the epoch with "
        "the best validation accuracy and the test accuracy at that epoch. The book's chapter 3: --hidden 100 --epochs 60 "
        "--eta 0.1 --cost cross-entropy --init scaled --lmbda 5.0 (about 98%)."
    ),
    "cli_help_epochs": "passes over the training data (default 30)",
    "cli_help_eta": "learning rate eta (default 1.0, the original notebook's)",
    "cli_help_hidden": "neurons in each hidden layer, e.g. --hidden 100 or --hidden 30 30 (default 30)",
    "cli_help_batch_size": "mini-batch size (default 10)",
    "cli_help_seed": "random seed for weights and shuffling (default 0)",
    "cli_help_cost": "quadratic: chapter 1's 1/2 ||a - y||^2; cross-entropy: no learning slowdown (default quadratic)",
    "cli_help_init": "initial weights: large = N(0, 1), chapter 1's; scaled = N(0, 1/n_in) (default large)",
    "cli_help_lmbda": "L2 regularisation lambda: w -> (1 - eta*lambda/n) w - ... (default 0: none)",
    "cli_help_early_stopping": "stop when the validation accuracy has not improved for N epochs",
    "cli_help_save": "write the trained network to FILE (.npz)",
    "cli_help_data": "folder of the four MNIST files, or mnist.pkl.gz",
    "cli_data_help": "download (or import) and check the MNIST files, then print where they are",
    "cli_data_description": (
        "Make sure the four official MNIST files are on this machine, checked against their published SHA-256, and "
        "print their folder. Without --from it uses MNISTNET_DATA or the cache, downloading once if needed."
    ),
    "cli_help_from": "import the four files from DIR (no internet needed)",
    # (end of cli)

    # --- stepper: the backprop stepper of notebook 05 (mnistnet.stepper) and its two checks ---
    "stepper_too_big": "the stepper draws small networks only: a Network of at most {layers} layers of at most "
                       "{neurons} neurons each, such as Network([2, 3, 2]); got sizes {sizes}.",
    "stepper_cost": "the stepper knows the quadratic and the cross-entropy cost, not {cost}.",
    "stepper_values": "{name} must be {n} numbers between 0 and 1, one per neuron, got {value}.",
    "stepper_eta": "eta (the learning rate) must be a number from {low:g} to {high:g}, got {value}.",
    "stepper_input": "input x",
    "stepper_target": "target y",
    "stepper_eta_label": "learning rate η",
    "stepper_back": "Back",
    "stepper_next": "Next",
    "stepper_step": "step",
    "stepper_counter": "Step {k} of {n}",
    "stepper_label_start": "start",
    "stepper_label_forward": "forward",
    "stepper_label_cost": "cost",
    "stepper_label_update": "update",
    "stepper_title_start": "The network, the input x and the target y",
    "stepper_title_z": "Forward pass, layer {l}: the weighted inputs",
    "stepper_title_a": "Forward pass, layer {l}: the activations",
    "stepper_title_cost": "The cost of this input",
    "stepper_title_bp1": "The error of the output layer",
    "stepper_title_bp4": "The weight gradients of layer {l}",
    "stepper_title_bp3": "The bias gradients of layer {l}",
    "stepper_title_bp2": "The error of layer {l}, carried back",
    "stepper_title_update": "One step of gradient descent",
    "stepper_title_after": "Forward again, with the new weights",
    "stepper_note_start": "Press Next to send x forward through the network and the error back. Circles are neurons "
                          "(the number inside is the activation), lines are weights (red positive, blue negative, "
                          "thicker means larger). The neurons and weights a step uses are in colour.",
    "stepper_note_z": "Each neuron of layer {l} adds up the activations of layer {previous}, each times the weight of "
                      "its line, plus its own bias.",
    "stepper_note_a": "The sigmoid squashes each weighted input into an activation between 0 and 1: the number in "
                      "the circle.",
    "stepper_note_cost": "The cost compares the output with the target y: the further apart, the larger. "
                         "Backpropagation finds how every weight and bias changes it.",
    "stepper_note_bp1": "The error of an output neuron: how far its output is from the target, times sigma'(z), how "
                        "much the neuron can still move. From now on each neuron's delta is written under it.",
    "stepper_note_bp4": "The gradient of each weight is the error delta of the neuron it goes into times the "
                        "activation of the neuron it comes from.",
    "stepper_note_bp3": "The gradient of a bias is simply the error delta of its neuron.",
    "stepper_note_bp2": "The errors of layer {next} travel back along the same lines, through the transposed "
                        "weights; each neuron of layer {l} multiplies its sum by its own sigma'(z).",
    "stepper_note_update": "Every weight and bias takes a step against its gradient, eta = {eta:g} times as long "
                           "(one input, so m = 1). The drawing now shows the new weights.",
    "stepper_note_after": "The same input through the new weights: a new output and a new cost. {change}",
    "stepper_cost_down": "The cost went down: this step helped.",
    "stepper_cost_up": "The cost went UP: eta = {eta:g} is too large, the step overshot. Try a smaller eta.",
    "stepper_cost_same": "The cost did not change: the gradient is zero here (or too small to show).",
    "stepper_deltas": "Errors so far:",
    "stepper_no_deltas": "No error delta yet: it starts at the output layer (BP1) and flows back.",
    "check_output_error_no_sigma_prime": "{call} is a - y alone: BP1 multiplies it by sigma'(z^L), how much the "
                                         "output neuron can still move.",
    "check_output_error_sign": "{call} is (y - a) sigma'(z): the sign is wrong. The cost's derivative is a - y, "
                               "positive when the output is too high.",
    "check_output_error_sigma": "{call} multiplies by sigma(z) = a: BP1 takes the derivative, sigma'(z) = a (1 - a).",
    "check_output_error_prime_of_a": "{call} takes sigma' of a: sigma' belongs to the weighted input z, "
                                     "sigma'(z) = a (1 - a).",
    "check_output_error_z_not_a": "{call} multiplies by z (1 - z): sigma'(z) = sigma(z) (1 - sigma(z)) = a (1 - a), "
                                  "with the activation a, not z.",
    "check_output_error_hint": "Revisit BP1: delta^L = (a^L - y) ⊙ sigma'(z^L), entry by entry, a column like a.",
    "check_output_error_ok": "BP1: delta^L = (a^L - y) ⊙ sigma'(z^L). Now predict the stepper's delta^L and press Next.",
    "check_dc_dw_not_number": "{call} is an array of shape {shape}: one weight has one number.",
    "check_dc_dw_activation_into": "{call} uses the wrong activation: a^{l}_{j} belongs to the neuron the weight goes "
                                   "INTO. BP4 takes a^{previous}_{k}, the activation of the neuron it comes FROM.",
    "check_dc_dw_activation_index": "{call} uses the wrong activation: the weight w^{l}_{j}{k} comes from neuron "
                                    "k = {k} of layer {previous}, so BP4 takes a^{previous}_{k}.",
    "check_dc_dw_z": "{call} uses z^{previous}_{k}: BP4 takes the activation a^{previous}_{k} = sigma(z), not the "
                     "weighted input.",
    "check_dc_dw_delta_index": "{call} uses the wrong delta: the weight w^{l}_{j}{k} goes into neuron j = {j} of "
                               "layer {l}, so BP4 takes delta^{l}_{j}.",
    "check_dc_dw_delta_next": "{call} uses a delta of layer {next}: BP4 takes the error of the layer the weight goes "
                              "into, delta^{l}_{j}.",
    "check_dc_dw_no_sigma_prime": "{call} uses ((w^{next})^T delta^{next})_{j} as the delta: BP2 still multiplies it "
                                  "by sigma'(z^{l}_{j}) to give delta^{l}_{j}.",
    "check_dc_dw_bp3": "{call} is delta^{l}_{j} alone: that is the bias gradient (BP3). BP4 multiplies it by the "
                       "activation a^{previous}_{k}.",
    "check_dc_dw_no_delta": "{call} is the activation a^{previous}_{k} alone: BP4 multiplies it by the error "
                            "delta^{l}_{j}.",
    "check_dc_dw_sign": "{call} has the wrong sign: dC/dw = a^{previous}_{k} delta^{l}_{j}, with the signs the "
                        "stepper shows (the minus belongs to the update, w - eta dC/dw).",
    "check_dc_dw_wrong": "{call} = {got} is not a^{previous}_{k} delta^{l}_{j}.",
    "check_dc_dw_hint": "BP4: dC/dw^{l}_{j}{k} = a^{previous}_{k} delta^{l}_{j}, the activation of the neuron the "
                        "weight comes from (neuron {k} of layer {previous}) times the error of the neuron it goes "
                        "into (neuron {j} of layer {l}). Take both from the stepper's tables (4 digits).",
    "check_dc_dw_ok": "BP4: dC/dw^{l}_{j}{k} = a^{previous}_{k} delta^{l}_{j} = {value:.4g}. Press Next to BP4 of "
                      "layer {l}: it is row {j}, column {k} of the gradient matrix.",
    # (end of stepper)


    # --- quiz: the self-check questions at the end of the notebooks (mnistnet.quiz) ---
    "quiz_check": "Check",
    "quiz_choose_first": "Choose an answer first, then press Check.",
    "quiz_right": "✓ Right: {why}",
    "quiz_not_quite": "✗ Not quite: {why}",
    "quiz_unknown": "There is no self-check question {name}; the questions are: {names}.",
    "quiz_no_such_option": "There is no option {letter}; choose one of {letters}.",
    "quiz_00_inputs": "How many numbers does the network read for one image?",
    "quiz_00_inputs_a": "28",
    "quiz_00_inputs_a_why": "28 is the number of rows (and of columns) of an image; the network reads every pixel.",
    "quiz_00_inputs_b": "784",
    "quiz_00_inputs_b_why": "28 × 28 = 784 pixels, one input neuron for each.",
    "quiz_00_inputs_c": "10",
    "quiz_00_inputs_c_why": "10 is the number of output neurons, one per digit.",
    "quiz_00_chance": "After one epoch the network reads about 9,000 of the 10,000 test images correctly. "
                      "How many would random guessing get right?",
    "quiz_00_chance_a": "about 10",
    "quiz_00_chance_a_why": "That would be 0.1%. A random guess is right one time in ten: 10% of 10,000.",
    "quiz_00_chance_b": "about 1,000",
    "quiz_00_chance_b_why": "Each digit is about 10% of the test images, so a random guess is right about one time in ten.",
    "quiz_00_chance_c": "about 5,000",
    "quiz_00_chance_c_why": "That is a coin toss between two answers; here there are ten digits to choose from.",
    "quiz_01_scaling": "load_data divides the pixels by 255. A pixel stored as 51 becomes…",
    "quiz_01_scaling_a": "0.2",
    "quiz_01_scaling_a_why": "51 / 255 = 0.2: paper is 0.0, full ink 1.0.",
    "quiz_01_scaling_b": "51",
    "quiz_01_scaling_b_why": "That is the number in the file; the network gets numbers between 0 and 1.",
    "quiz_01_scaling_c": "0.51",
    "quiz_01_scaling_c_why": "That would be 51 / 100; the grey levels go up to 255, not 100.",
    "quiz_01_which_set": "You want to choose the number of hidden neurons. On which images do you compare the candidates?",
    "quiz_01_which_set_a": "the training images",
    "quiz_01_which_set_a_why": "The network learns from these: a larger network can simply memorise them, so they flatter it.",
    "quiz_01_which_set_b": "the validation images",
    "quiz_01_which_set_b_why": "They are kept out of training for exactly this: making choices. The test images stay for "
                               "the final score.",
    "quiz_01_which_set_c": "the test images",
    "quiz_01_which_set_c_why": "Choosing on the test images tunes the choice to them: the test score would no longer be "
                               "an honest estimate.",
    "quiz_02_slope": "What is σ'(0), the slope of the sigmoid at z = 0?",
    "quiz_02_slope_a": "0",
    "quiz_02_slope_a_why": "σ' is close to 0 only far from z = 0, where σ is flat; at 0 the curve is steepest.",
    "quiz_02_slope_b": "1/4",
    "quiz_02_slope_b_why": "σ(0) = 1/2, so σ'(0) = 1/2 × (1 − 1/2) = 1/4, the largest slope σ ever has.",
    "quiz_02_slope_c": "1/2",
    "quiz_02_slope_c_why": "1/2 is σ(0), the value of the sigmoid at 0, not its slope.",
    "quiz_02_slope_d": "1",
    "quiz_02_slope_d_why": "σ'(z) = σ(z)(1 − σ(z)) is never more than 1/4.",
    "quiz_02_overflow": "Computed as 1 / (1 + np.exp(-z)), for which z does np.exp overflow?",
    "quiz_02_overflow_a": "z > 709",
    "quiz_02_overflow_a_why": "Then −z < −709 and e^(−z) is tiny, close to 0: nothing overflows.",
    "quiz_02_overflow_b": "|z| > 10",
    "quiz_02_overflow_b_why": "σ is nearly flat there, but e^10 ≈ 22,000 is an ordinary number for a computer.",
    "quiz_02_overflow_c": "z < −709",
    "quiz_02_overflow_c_why": "Then −z > 709 and e^(−z) is larger than the largest float (about 1.8 × 10^308).",
    "quiz_03_output_shape": "For one input column x of shape (784, 1), what shape does the output of the network "
                            "[784, 30, 10] have?",
    "quiz_03_output_shape_a": "(10,)",
    "quiz_03_output_shape_a_why": "A flat array comes out only when a flat array goes in; with a column in, a column comes out.",
    "quiz_03_output_shape_b": "(10, 1)",
    "quiz_03_output_shape_b_why": "Ten output activations, one per digit, as a column: (10 × 30) times (30 × 1), plus (10 × 1).",
    "quiz_03_output_shape_c": "(30, 1)",
    "quiz_03_output_shape_c_why": "That is the activation of the hidden layer; the output layer has 10 neurons.",
    "quiz_03_answer": "What is the network's answer for an image?",
    "quiz_03_answer_a": "the digit whose output neuron is the most active",
    "quiz_03_answer_a_why": "np.argmax of the ten outputs: the most active neuron names the digit.",
    "quiz_03_answer_b": "the sum of the ten outputs",
    "quiz_03_answer_b_why": "The sum mixes the ten digits into one number: it names no digit.",
    "quiz_03_answer_c": "the first output above 0.5",
    "quiz_03_answer_c_why": "Several outputs can be above 0.5, or none: the series takes the largest.",
    "quiz_04_noise": "A mini-batch 100 times larger gives a gradient estimate about how many times closer to the full gradient?",
    "quiz_04_noise_a": "100 times",
    "quiz_04_noise_a_why": "That would need the error to fall like 1/m; it falls like 1/√m.",
    "quiz_04_noise_b": "10 times",
    "quiz_04_noise_b_why": "The error of an average of m noisy gradients falls like 1/√m, and √100 = 10.",
    "quiz_04_noise_c": "2 times",
    "quiz_04_noise_c_why": "Too little: the measured points follow 1/√m, a factor of 10 for 100 times more images.",
    "quiz_04_step": "One step of gradient descent from the point v, with learning rate η, goes to…",
    "quiz_04_step_a": "v − η ∇C",
    "quiz_04_step_a_why": "Against the gradient, which points uphill: for a small η the cost goes down.",
    "quiz_04_step_b": "v + η ∇C",
    "quiz_04_step_b_why": "Along the gradient, which points uphill: the cost goes up.",
    "quiz_04_step_c": "v − ∇C / η",
    "quiz_04_step_c_why": "A larger η would then make smaller steps: η multiplies the gradient.",
    "quiz_05_bp3": "BP3: the derivative of the cost with respect to the biases of layer l, ∂C/∂b^l, equals…",
    "quiz_05_bp3_a": "δ^l",
    "quiz_05_bp3_a_why": "z = w a + b changes exactly as much as b does, so ∂C/∂b = ∂C/∂z = δ.",
    "quiz_05_bp3_b": "δ^l (a^(l−1))^T",
    "quiz_05_bp3_b_why": "That is BP4, the gradient of the weights: a matrix, not a column.",
    "quiz_05_bp3_c": "a^l",
    "quiz_05_bp3_c_why": "The activation says how active a neuron is, not how the cost changes with its bias.",
    "quiz_05_hidden_delta": "In the network [784, 30, 10], what shape has δ of the hidden layer, for one image?",
    "quiz_05_hidden_delta_a": "(30, 1)",
    "quiz_05_hidden_delta_a_why": "One error per hidden neuron: (30 × 10) times (10 × 1), entry by entry times σ'(z) of "
                                  "the 30 hidden neurons.",
    "quiz_05_hidden_delta_b": "(10, 1)",
    "quiz_05_hidden_delta_b_why": "That is δ of the output layer; BP2 carries it back through (w³)^T to the 30 hidden neurons.",
    "quiz_05_hidden_delta_c": "(30, 784)",
    "quiz_05_hidden_delta_c_why": "That is the shape of the gradient of the hidden layer's weights (BP4), not of δ.",
    "quiz_06_epochs": "Epochs are counted from 0. After how many passes over the training data is the line "
                      "\"Epoch 4: …\" printed?",
    "quiz_06_epochs_a": "4",
    "quiz_06_epochs_a_why": "Epoch 0 is the first pass, so the number of passes is one more than the epoch's number.",
    "quiz_06_epochs_b": "5",
    "quiz_06_epochs_b_why": "Epochs 0, 1, 2, 3 and 4: five passes, the way Python's range(5) counts.",
    "quiz_06_epochs_c": "after 4 mini-batches",
    "quiz_06_epochs_c_why": "An epoch is a whole pass over the 50,000 training images: 5,000 mini-batches of 10.",
    "quiz_06_choose": "You trained with five learning rates. Which numbers should decide which one you keep?",
    "quiz_06_choose_a": "the test accuracies",
    "quiz_06_choose_a_why": "Then the test images help to choose, and their score flatters the choice.",
    "quiz_06_choose_b": "the validation accuracies",
    "quiz_06_choose_b_why": "The validation images are there for choices; the test images are looked at once, at the end.",
    "quiz_06_choose_c": "the cost after the first mini-batch",
    "quiz_06_choose_c_why": "One mini-batch says little: its cost is noisy, and training has thousands of steps to go.",
    "quiz_07_huge_eta": "Why does a network trained with η = 100 stay near 10%?",
    "quiz_07_huge_eta_a": "Its steps are too small to move the weights.",
    "quiz_07_huge_eta_a_why": "Its steps are huge: 100 times those of η = 1.",
    "quiz_07_huge_eta_b": "Its neurons saturate: σ'(z) ≈ 0, so the gradients vanish.",
    "quiz_07_huge_eta_b_why": "The first steps make the weights huge and every z far from 0; BP1 and BP2 multiply "
                              "the errors by σ'(z) ≈ 0.",
    "quiz_07_huge_eta_c": "Its mini-batches are not shuffled.",
    "quiz_07_huge_eta_c_why": "They are shuffled as in every run; only the learning rate changed.",
    "quiz_08_bp3": "In the matrix form, with one column of Δ per sample, the bias gradient summed over the mini-batch is…",
    "quiz_08_bp3_a": "the sum of the columns of Δ",
    "quiz_08_bp3_a_why": "BP3 for one sample is its δ; for m samples, the sum of their m columns.",
    "quiz_08_bp3_b": "Δ itself",
    "quiz_08_bp3_b_why": "Δ has m columns, one per sample; a bias gradient has one column, one entry per neuron.",
    "quiz_08_bp3_c": "Δ (A^(l−1))^T",
    "quiz_08_bp3_c_why": "That is BP4, the gradient of the weights.",
    "quiz_09_mini_batch": "In the program's SGD, after the shuffle, one mini-batch is…",
    "quiz_09_mini_batch_a": "a slice shuffled[k : k + mini_batch_size]",
    "quiz_09_mini_batch_a_why": "Consecutive pieces of the shuffled list: every image is used once per epoch.",
    "quiz_09_mini_batch_b": "10 images drawn at random, some possibly twice",
    "quiz_09_mini_batch_b_why": "Then some images would be used twice in an epoch and others never.",
    "quiz_09_mini_batch_c": "the whole training set",
    "quiz_09_mini_batch_c_why": "That is plain gradient descent: one step per epoch instead of 5,000.",
    "quiz_10_book_run": "The book's 98.04% ([784, 100, 10], cross-entropy, L2 with λ = 5.0, η = 0.1, 60 epochs) "
                        "started from which weights?",
    "quiz_10_book_run_a": "the scaled start N(0, 1/n_in)",
    "quiz_10_book_run_a_why": "The book brings it in after that run: it reaches about the same accuracy, much faster. "
                              "Our run adds it.",
    "quiz_10_book_run_b": "chapter 1's N(0, 1)",
    "quiz_10_book_run_b_why": "The run calls net.large_weight_initializer(): chapter 1's weights. The scaled start "
                              "comes later in the chapter.",
    "quiz_10_book_run_c": "all weights 0",
    "quiz_10_book_run_c_why": "Then every hidden neuron would compute, and learn, the same thing: no network starts so.",
    "quiz_10_decay": "With η = 0.1, λ = 5.0 and n = 50,000 training images, every step multiplies each weight by…",
    "quiz_10_decay_a": "0.99999",
    "quiz_10_decay_a_why": "1 − ηλ/n = 1 − 0.1 × 5 / 50,000 = 1 − 0.00001.",
    "quiz_10_decay_b": "0.95",
    "quiz_10_decay_b_why": "That is 1 − ηλ/m with m = 10: the decay divides by n, the size of the training set.",
    "quiz_10_decay_c": "0.5",
    "quiz_10_decay_c_why": "1 − ηλ forgets to divide by n: the weights would halve at every step.",
    "quiz_11_shift": "Moved 4 pixels to the right, the test digits lose most of their correct answers. Why?",
    "quiz_11_shift_a": "Moving them blurs the digits.",
    "quiz_11_shift_a_why": "The shift moves whole pixels: every digit stays exactly as sharp, only its place changes.",
    "quiz_11_shift_b": "Each weight belongs to one pixel: the networks learned where ink usually is, not shapes wherever they "
                       "are.",
    "quiz_11_shift_b_why": "Nothing in these networks says that a stroke in column 16 is the stroke they knew in column 12: they "
                           "only ever saw digits centred by their mass.",
    "quiz_11_shift_c": "The moved digits no longer fit into 28 × 28.",
    "quiz_11_shift_c_why": "Four pixels fit: a digit's ink spans 20 of the 28 columns, so almost no ink leaves the picture.",
    "quiz_11_no_hidden": "A network with no hidden layer, [784, 10] (scaled start, η = 1.0), trains for 4 epochs. "
                         "Its validation accuracy?",
    "quiz_11_no_hidden_a": "about 10%: it cannot learn",
    "quiz_11_no_hidden_a_why": "It learns: each output neuron gets 784 weights of its own, a template of ink for its digit.",
    "quiz_11_no_hidden_b": "about 83%, like the closest average digit of notebook 01",
    "quiz_11_no_hidden_b_why": "Its templates are learned to tell the digits apart, not averaged: it beats the closest "
                               "average clearly.",
    "quiz_11_no_hidden_c": "about 92%: better than the closest average, below the networks with a hidden layer",
    "quiz_11_no_hidden_c_why": "Ten learned templates go far; the features of a hidden layer go further.",
    "quiz_11_no_hidden_d": "about 98%, like the improved network",
    "quiz_11_no_hidden_d_why": "That takes a hidden layer of 100 neurons, the cross-entropy cost and L2: ten templates "
                               "cannot get there.",
    # (end of quiz)

    # --- checks of the exercises that transfer (issue 16; the last section of mnistnet/checks.py) ---
    "check_hand_not_number": "{name} is {got}: give one number (a decimal, a fraction such as -1/8, or a calculation).",
    "check_hand_wrong": "{name} is {got}: that is not the neuron's error yet.",
    "check_hand_output_hint": "Revisit BP1: the output error is (a − y) times σ'(z) of the output neuron. Work out its z "
                              "first, then a = σ(z) and σ'(z) = a(1 − a).",
    "check_hand_hidden_hint": "Revisit BP2: the hidden neuron's error is the output error, sent back through the weight "
                              "that joins the two neurons, times σ'(z) of the hidden neuron.",
    "check_hand_bp1_no_slope": "{name} is a − y alone: BP1 multiplies it by σ'(z) of the output neuron.",
    "check_hand_bp1_sign": "The sign of {name} is flipped: the cost's derivative is a − y, and here a is below y.",
    "check_hand_sigma_for_slope": "{name} multiplies a − y by σ(z), the activation: BP1 needs the slope σ'(z) = σ(z)(1 − σ(z)).",
    "check_hand_bp2_copied": "{name} equals the output error: BP2 sends it back through a weight and multiplies it by σ'(z) "
                             "of the hidden neuron.",
    "check_hand_bp2_no_slope": "{name} leaves out σ'(z) of the hidden neuron: BP2 ends with ⊙ σ'(z^l).",
    "check_hand_bp2_no_weight": "{name} leaves out the weight: BP2 sends the error back through the weight from the hidden "
                                "neuron to the output neuron.",
    "check_hand_bp2_sigma": "{name} multiplies by σ(z) of the hidden neuron, its activation: BP2 needs the slope σ'(z).",
    "check_hand_bp2_own_weight": "{name} uses the hidden neuron's own weight, from the input: BP2 uses the weight of the next "
                                 "layer, from the hidden neuron to the output neuron.",
    "check_hand_ok": "δ of the output neuron is {output}, δ of the hidden neuron {hidden}: one layer back, the error was "
                     "multiplied by a weight and by σ', which is never more than 1/4.",
    "check_centring_not_pair": "{call} returned {got}: it should return two whole numbers, (down, right).",
    "check_centring_sign": "{call} moves the picture the wrong way: a centre at row r reaches row 14 when the picture moves "
                           "14 − r rows down (a negative number moves it up).",
    "check_centring_swapped": "{call} gives the columns first: rows first, as in (down, right) and in the centre of mass "
                              "(row, column).",
    "check_centring_not_whole": "{call} gives fractions of a pixel: a picture moves by whole pixels, so round to the nearest "
                                "whole number.",
    "check_centring_rounded_down": "{call} rounds down: round to the nearest whole number (4.6 becomes 5, −3.6 becomes −4).",
    "check_centring_truncated": "{call} cuts off the decimals, as int() does: round to the nearest whole number instead "
                                "(4.6 becomes 5).",
    "check_centring_hint": "Find the picture's centre of mass (r, c) first: the shift is how far (14, 14) lies from it, in "
                           "whole pixels, rows first.",
    "check_centring_ok": "The centre of mass lands within half a pixel of (14, 14), as in every MNIST digit.",
    "check_parameters_not_count": "{call} returned {got}: it should return one number, how many weights and biases there are.",
    "check_parameters_no_biases": "{call} counts the weights only: every neuron after the input layer has a bias too.",
    "check_parameters_no_weights": "{call} counts the biases only: add the weights, one for each pair of connected neurons.",
    "check_parameters_input_biases": "{call} gives the input layer biases too: the input neurons only hold the pixels, they "
                                     "compute nothing.",
    "check_parameters_product": "{call} multiplies all the layer sizes: weights join only neighbouring layers, so count "
                                "layer by layer and add.",
    "check_parameters_hint": "Revisit the shapes of notebook 03: each layer after the input has a weight matrix of "
                             "(its neurons) × (neurons of the layer before) and a bias column with one entry per neuron.",
    "check_parameters_ok": "[784, 10] has {count:,} weights and biases, about a third of the 23,860 of [784, 30, 10].",
    # (end of checks that transfer)
}
