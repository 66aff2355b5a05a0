"""中文文本（简体）。键与 en.py 相同，顺序也相同。"""

TEXTS: dict[str, str] = {
    # i18n itself
    "language_set": "语言：中文。",

    # --- network and samples: errors for a learner's mistakes ---
    # (end of network)

    # --- costs and regularisation (chapter 3) ---
    "cost_unknown": (
        "cost 必须是 {choices} 之一，实际得到 {value}。"
        "输出层用 sigmoid 时，选 \"cross-entropy\"（交叉熵）可以避免学习变慢。"
    ),
    "init_unknown": (
        "init 必须是 {choices} 之一，实际得到 {value}："
        "\"large\" 从 N(0, 1) 抽取权重（第 1 章），\"scaled\" 从 N(0, 1/n_in) 抽取（第 3 章）。"
    ),
    "lmbda_not_number": "lmbda（正则化参数 λ）必须是一个数，实际得到 {value}。",
    "lmbda_negative": "lmbda（正则化参数 λ）必须是不小于 0 的有限数（0 表示不做正则化），实际得到 {value}。",
    "lmbda_needs_n": "update_mini_batch：lmbda > 0 时还需要 n，即整个训练集的大小（权重衰减因子是 1 - eta * lmbda / n）。",
    "early_stopping_not_positive": "early_stopping 必须是至少为 1 的整数（轮数），或者 None，实际得到 {value}。",
    "early_stopping_needs_validation": "early_stopping={value} 要观察验证集准确率：请同时传入 validation_data。",
    "early_stopped": "提前停止：验证集准确率已经 {epochs} 轮没有提高（最好是第 {epoch} 轮的 {best}）。",
    # (end of costs)

    # --- checks: the exercises' messages ---
    # (end of checks)

    # --- ui: widget labels, buttons, status lines, tables ---
    # (end of ui)

    # --- draw: the drawing canvas ---
    # (end of draw)
}
