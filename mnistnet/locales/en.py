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
    # (end of costs)

    # --- checks: the exercises' messages ---
    # (end of checks)

    # --- ui: widget labels, buttons, status lines, tables ---
    # (end of ui)

    # --- draw: the drawing canvas ---
    # (end of draw)
}
