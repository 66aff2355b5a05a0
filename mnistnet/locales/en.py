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

    # --- checks: the exercises' messages ---
    "checks_using_reference": "{mine} does not pass its check yet: the cells below use mnistnet's {reference} instead.",
    "checks_correct": "✓ Correct: ",
    "checks_not_yet": "✗ Not yet: ",
    "checks_using_other": "{mine} does not pass its check yet: the cells below use {reference} instead.",
    "checks_not_callable": "the check needs your function itself (its name, without brackets), got {got}.",
    "checks_raised": "{call} raised {error}: {detail}",
    "checks_ellipsis": "{call} returned ... : replace the ... with your code.",
    "checks_none": "{call} returned None. Did you forget `return`?",
    "checks_value_ellipsis": "{name} is still ... : replace the ... with your answer.",
    "checks_not_numbers": "{call} returned {got}, which is not a number or an array of numbers.",
    "checks_differs_not_numbers": "is {got}, not a number or an array of numbers",
    "checks_differs_shape": "has shape {got}, expected {expected}",
    "checks_at_index": " at index {index}",
    "checks_differs_value": "gives {got}{where}, expected {expected}",
    "checks_crashed": "your answer could not be checked: {error}: {detail}. Does your function return the kind of "
                      "value the exercise asks for?",
    "checks_sizes_wrong": "sizes is {got}. It needs 3 numbers: 28*28 input pixels, 30 hidden neurons, 10 digits.",
    "checks_sizes_ok": "784 inputs (28 x 28 pixels), 30 hidden neurons, 10 outputs (one per digit).",
    "checks_n_test_wrong": "n_test is {got}. Hint: len(test_labels), or test_images.shape[0].",
    "checks_n_test_ok": "the network is always tested on the same 10,000 images, never trained on them.",
    "checks_closest_not_digit": "{call} returned {got}: it should return one digit, 0 to 9 (np.argmin gives the index "
                                "of the smallest distance).",
    "checks_closest_wrong": "{call} gives {got}, expected {expected}: the distance from the image to "
                            "averages[{expected}] is the smallest. Hint: np.sum((averages - image) ** 2, axis=1) gives "
                            "the 10 squared distances; np.argmin picks the nearest.",
    "checks_closest_farthest": "(you picked the farthest one: argmax instead of argmin?)",
    "checks_closest_dot": "(that is the largest dot product, not the smallest distance)",
    "checks_closest_ok": "the digit whose average image is nearest: a classifier with no learning at all.",
    "checks_to_column_row": "{call} is a row (1, 784). The seed wants a column: x.reshape(784, 1).",
    "checks_to_column_hint": "Use x.reshape(784, 1).",
    "checks_to_column_ok": "one column of 784 numbers, as every formula in the series expects.",
    "checks_vectorized_hint": "It should be a (10, 1) column of zeros with 1.0 in row {j}.",
    "checks_vectorized_ok": "a (10, 1) column with a single 1.0 in the row of the digit.",
    "checks_sigmoid_array": "{call} works for one number but raised {error} for an array z: {detail}. Use np.exp, not "
                            "math.exp: np.exp works on whole arrays.",
    "checks_sigmoid_minus": "{call} computes 1 / (1 + e^z): the minus sign is missing. sigma(z) = 1 / (1 + np.exp(-z))."
                            "{call} computes 1 / (1 + e^z): the minus sign is missing. sigma(z) = 1 / (1 + np.exp(-z)).",
    "checks_sigmoid_no_fraction": "{call} computes e^(-z) alone. sigma(z) = 1 / (1 + np.exp(-z)): one divided by (1 "
                                  "plus that).",
    "checks_sigmoid_upside_down": "{call} computes 1 + e^(-z), only the denominator (if you wrote 1 / 1 + np.exp(-z), "
                                  "brackets are missing). sigma(z) = 1 / (1 + np.exp(-z)).",
    "checks_sigmoid_plus": "{call} computes 1 / (1 - e^(-z)): it is a plus in the denominator, 1 / (1 + np.exp(-z)).",
    "checks_sigmoid_at_zero": "sigma(0) = 1 / (1 + e^0) = 0.5.",
    "checks_sigmoid_hint": "sigma(z) = 1 / (1 + np.exp(-z)).",
    "checks_sigmoid_ok": "sigma squashes any z into (0, 1), and works on whole arrays.",
    "checks_stable_warned": "{call} warned: {warning}. Only ever compute np.exp(-np.abs(z)).",
    "checks_stable_hint": "For z < 0 use e^z / (1 + e^z).",
    "checks_stable_ok": "the same values, and no overflow for any z.",
    "checks_sigmoid_prime_is_sigmoid": "{call} gives sigma(z) itself: the slope is sigma(z) * (1 - sigma(z)).",
    "checks_sigmoid_prime_of_z": "{call} computes z * (1 - z): use sigma(z) in place of z, sigmoid(z) * (1 - "
                                 "sigmoid(z)).",
    "checks_sigmoid_prime_at_zero": "sigma'(0) = 0.5 * (1 - 0.5) = 0.25.",
    "checks_sigmoid_prime_hint": "sigma'(z) = sigma(z) * (1 - sigma(z)).",
    "checks_sigmoid_prime_ok": "the slope is largest (1/4) at z = 0 and nearly 0 far from it.",
    "checks_weight_shapes_not_list": "{call} returned {got}: it should return a list of (rows, columns) pairs, one per "
                                     "weight matrix.",
    "checks_weight_shapes_swapped": "{call} gives {got}, expected {expected}: rows and columns are swapped. A matrix "
                                    "has (neurons in this layer) rows and (neurons in the layer before) columns.",
    "checks_weight_shapes_wrong": "{call} gives {got}, expected {expected}. Each matrix has (neurons in this layer) "
                                  "rows and (neurons in the layer before) columns.",
    "checks_weight_shapes_ok": "w of layer l is (n_l, n_(l-1)), so that w @ a has one entry per neuron of layer l.",
    "checks_feedforward_hint": "Each layer: a = sigmoid(np.dot(w, a) + b).",
    "checks_feedforward_ok": "the (10, 1) output column, one activation per digit.",
    "checks_cost_not_number": "{call} is an array of shape {shape}; the cost is one number: sum the squares.",
    "checks_cost_half": "{call} gives 0.14, expected 0.07: the 1/2 in front is missing, 0.5 * np.sum((a - y) ** 2).",
    "checks_cost_hint": "0.5 * np.sum((a - y) ** 2).",
    "checks_cost_ok": "one number: half the squared distance between output and target.",
    "checks_step_uphill": "{call} steps uphill (v + eta * grad). Step against the gradient: v - eta * grad.",
    "checks_step_hint": "Step against the gradient: v - eta * grad.",
    "checks_step_ok": "a small step downhill, against the gradient.",
    "checks_hadamard_dot": "{call} gives one number {got}: that is the dot product. Use s * t.",
    "checks_hadamard_hint": "Multiply entry by entry: s * t.",
    "checks_hadamard_ok": "entry by entry: [1*3, 2*4] = [3, 8].",
    "checks_backprop_shapes_raised": "{call} raised {error} for sizes {sizes}: two arrays in a product do not fit "
                                     "together. Did you forget a transpose? BP2 uses w.T (np.dot(w.T, delta)), BP4 "
                                     "uses the activation's transpose (np.dot(delta, a.T)).",
    "checks_backprop_pair": "{call} should return a pair (nabla_b, nabla_w), two lists with one array per layer.",
    "checks_backprop_count": "for sizes {sizes} there are {layers} weight matrices, but your nabla_b has {nb} entries "
                             "and nabla_w {nw}: make one entry per layer (start from np.zeros of each shape).",
    "checks_backprop_bp1": "the output layer's nabla_b[{i}] (sizes {sizes}) {why}. Check BP1: delta = "
                           "cost_derivative(activations[-1], y) * sigmoid_prime(zs[-1]).",
    "checks_backprop_bp2": "nabla_b[{i}] and nabla_w[{i}] of a hidden layer (sizes {sizes}) are wrong (nabla_b[{i}] "
                           "{why}), the layers after it are right: check BP2, delta = np.dot(w.T, delta) * "
                           "sigmoid_prime(z), with the w of the NEXT layer.",
    "checks_backprop_bp3": "nabla_b[{i}] (sizes {sizes}) {why}, while nabla_w[{i}] is right: check BP3, nabla_b = "
                           "delta.",
    "checks_backprop_bp4": "nabla_w[{i}] (sizes {sizes}) {why}, while nabla_b[{i}] is right: check BP4, nabla_w = "
                           "np.dot(delta, activation_before.T), with the activation of the layer BEFORE.",
    "checks_backprop_bp4_shape": "nabla_w[{i}] (sizes {sizes}) {why}. Did you forget a transpose? BP4: nabla_w = "
                                 "np.dot(delta, activation_before.T).",
    "checks_backprop_one_hidden_only": "right for one hidden layer ([784, 30, 10]), but not for two ([4, 5, 3, 2]): "
                                       "{why}. Is your code written for one hidden layer only? Loop over the layers: "
                                       "for l in range(2, net.num_layers).",
    "checks_backprop_ok": "all four equations work, for one hidden layer and for two.",
    "checks_numerical_restore": "the weights changed: put the nudged weight back to its old value.",
    "checks_numerical_not_number": "{call} is an array of shape {shape}; the slope is one number.",
    "checks_numerical_one_sided": "{call} is a one-sided difference (C(w + h) - C(w)) / h: it is off by about h/2 "
                                  "times the curvature. Use the central difference (C(w + h) - C(w - h)) / (2 h): its "
                                  "error is far smaller.",
    "checks_numerical_hint": "Nudge weights[layer][j, k] by +h and -h, compute the cost each time, divide the change "
                             "by 2h.",
    "checks_numerical_ok": "the numerical slope agrees with backprop: the gradient is right.",
    "checks_mini_batches_not_list": "{call} returned {got}: it should return a list of mini-batches (lists).",
    "checks_mini_batches_wrong": "with data = list(range(23)), {call} gives {got}, expected {expected}. Hint: "
                                 "[data[k:k + size] for k in range(0, len(data), size)].",
    "checks_mini_batches_ok": "every sample in exactly one mini-batch; the last one is shorter.",
    "checks_update_weights": "net.weights[{i}] after your update",
    "checks_update_biases": "net.biases[{i}] after your update",
    "checks_update_w_hint": "w = w - (eta / len(mini_batch)) * nabla_w, with nabla_w summed over the mini-batch.",
    "checks_update_b_hint": "b = b - (eta / len(mini_batch)) * nabla_b.",
    "checks_update_ok": "one step downhill, using the average gradient of the mini-batch.",
    "checks_evaluate_not_count": "{call} returned {got}: it should return how many answers are right, one whole number."
                                 "{call} returned {got}: it should return how many answers are right, one whole number.",
    "checks_evaluate_fraction": "{call} gives {got}, the fraction that is right: return the count, {expected}.",
    "checks_evaluate_wrong": "{call} counts {got}, expected {expected}. The answer is np.argmax(net.feedforward(x)); "
                             "count when it equals the label.",
    "checks_evaluate_ok": "the answer is the output neuron with the highest activation.",
    "checks_better_eta_no_run": "run the experiment first: my_run = ex.run(eta=...).",
    "checks_better_eta_same": "my_run used the same eta ({eta:g}) as the baseline; try another.",
    "checks_better_eta_changed": "change only eta, so the comparison is fair (you also changed {changed}).",
    "checks_better_eta_worse": "eta = {eta:g} reached {best:.1%} on the validation set, not better than the baseline's "
                               "{base:.1%}.",
    "checks_better_eta_smaller": "Your eta is larger than the baseline's and did worse: try smaller steps.",
    "checks_better_eta_larger": "Your eta is smaller than the baseline's and did worse: try larger steps.",
    "checks_better_eta_ok": "eta = {eta:g} reached {best:.1%} on the validation set, better than the baseline's "
                            "{base:.1%}.",
    "checks_small_hidden_no_run": "run the experiment first: small_run = ex.run(hidden=...).",
    "checks_small_hidden_too_many": "{hidden} hidden neurons is more than 10: try fewer.",
    "checks_small_hidden_low": "{hidden} hidden neurons reached {best:.1%} on the validation set; can you reach 85% "
                               "(more epochs, another eta)?",
    "checks_small_hidden_ok": "only {hidden} hidden neurons reach {best:.1%} on the validation set.",
    "checks_matrix_feedforward_hint": "The same loop as before: the bias column b is added to every column of w @ X.",
    "checks_matrix_feedforward_ok": "one matrix product per layer, all 7 samples at once.",
    "checks_matrix_backprop_b_hint": "Sum delta over the samples: delta.sum(axis=1, keepdims=True).",
    "checks_matrix_backprop_w_hint": "One product sums the outer products: delta @ A.T.",
    "checks_matrix_backprop_ok": "the same gradient as ten calls of backprop, in one pass.",
    "closest_digit_averages": "closest_digit: averages must be 10 rows, one average image per digit (10, 784), "
                              "got shape {shape}.",
    "closest_digit_image": "closest_digit: image must be one flat image of shape {expected}, got shape {shape}.",
    "checks_differs": "{call} {why}. {hint}",
    "checks_your_function": "your function",
    "checks_centre_not_pair": "{call} returned {got}: return two numbers, (row, column).",
    "checks_centre_swapped": "{call} gives {got}, expected (3.0, 20.0): rows are the first index, a pixel at image[3, 20] "
                             "is in row 3, column 20.",
    "checks_centre_swapped_hint": "rows are the first index: a pixel at image[3, 20] is in row 3, column 20.",
    "checks_centre_weight": "weight each row and column number by the pixel's ink, then divide by the total ink: "
                            "(rows * image).sum() / image.sum().",
    "checks_centre_shape": "use np.indices(image.shape), not a fixed 28 x 28: the check gives a 5 x 9 image too.",
    "checks_centre_ok": "the average position of the ink, each pixel weighted by how dark it is: where to_mnist puts "
                        "(14, 14).",
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
    "draw_kind_ragged": "a ragged list (rows of different lengths)",
    "draw_kind_dtype": "an array of dtype {dtype}",
    # (end of draw)
}
