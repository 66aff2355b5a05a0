"""English texts. Keys are grouped by the module that uses them; keep zh.py in the same order."""

TEXTS: dict[str, str] = {
    # i18n itself
    "language_set": "Language: English.",

    # --- network and samples: errors for a learner's mistakes ---
    # (end of network)

    # --- costs and regularisation (chapter 3) ---
    # (end of costs)

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
    # (end of draw)
}
