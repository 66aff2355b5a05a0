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
    # 第 10 个 notebook 练习的检查（mnistnet.checks：check_cross_entropy_delta、check_l2_step）
    "ch3_check_raised": "{call} 出错了：{error}",
    "ch3_check_none": "{call} 返回了 None。是不是忘了写 `return`？",
    "ch3_check_placeholder": "{call} 返回的还是占位符：把 ... 换成你的代码。",
    "ch3_check_not_numbers": "{call} 返回了 {got}，不是由数构成的数组。",
    "ch3_check_shape": "{call} 的形状是 {got}，应该是 {expected}（与 {like} 的形状相同）。",
    "ch3_check_values": "{call} 在位置 {index} 得到 {got}，应该是 {expected}。提示：{hint}",
    "ch3_ce_delta_hint": "应为 delta^L = a - y。",
    "ch3_ce_delta_ok": "delta^L = a - y：sigma'(z) 被约掉了，所以错得离谱的输出神经元反而学得快。",
    "ch3_ce_delta_sigma_prime": (
        "{call} 还乘着 sigma'(z) = a (1 - a)：那是二次代价的 delta。"
        "用交叉熵时这个因子会被约掉：delta^L = a - y。"
    ),
    "ch3_ce_delta_sign": "{call} 算的是 y - a：符号反了。delta^L = a - y（输出偏高时为正）。",
    "ch3_ce_delta_dc_da": (
        "{call} 算的是 dC/da = (a - y) / (a (1 - a))。delta^L = dC/da * sigma'(z)，"
        "而 sigma'(z) = a (1 - a)：乘起来，分母就约掉了。"
    ),
    "ch3_l2_hint": "应为 (1 - eta * lmbda / n) * w - (eta / m) * nabla_w。",
    "ch3_l2_ok": (
        "w -> (1 - eta lmbda / n) w - (eta / m) nabla_w：每一步权重都缩小一点。"
        "（偏置仍按 b - (eta / m) nabla_b 更新：偏置不衰减。）"
    ),
    "ch3_l2_lambda_m": (
        "{call} 的衰减用了 m（小批量的大小）。衰减因子是 1 - eta * lmbda / n，n 是整个训练集的大小："
        "L2 项 (lmbda / 2n) sum w^2 属于全部 n 张图像的代价。"
    ),
    "ch3_l2_no_eta": (
        "{call} 的衰减因子是 1 - lmbda / n：还要乘上 eta，应为 1 - eta * lmbda / n"
        "（衰减就是对 L2 项走的一步梯度下降）。"
    ),
    "ch3_l2_sign": "{call} 让权重变大了：衰减因子是 1 - eta * lmbda / n（减号），权重应该缩小。",
    "ch3_l2_no_decay": "{call} 是不带正则化的一步：先把 w 乘以 1 - eta * lmbda / n。",
    "ch3_l2_not_averaged": (
        "{call} 的步长是 eta * nabla_w。nabla_w 是小批量中 m 个样本的梯度之和："
        "要用平均值，(eta / m) * nabla_w。"
    ),
    "ch3_l2_decay_all": (
        "{call} 把梯度那一步也缩小了：1 - eta * lmbda / n 只乘 w，"
        "然后再减去 (eta / m) * nabla_w。"
    ),
    "ch3_l2_gradient_sign": "{call} 把梯度加上了：应该逆着梯度走，- (eta / m) * nabla_w。",
    # (end of costs)

    # --- checks: the exercises' messages ---
    # (end of checks)

    # --- ui: widget labels, buttons, status lines, tables ---
    # (end of ui)

    # --- draw: the drawing canvas ---
    "draw_pixels_not_numbers": "pixels 必须是数字（灰度值），收到的是 {kind}。",
    "draw_pixels_not_2d": "pixels 必须是二维图片（行 × 列），且至少有一个像素，收到的形状是 {shape}。",
    "draw_pixels_int_range": "用整数表示的 pixels 必须是 0..255 的灰度值，收到的值从 {low} 到 {high}。",
    "draw_pixels_float_range": "用小数表示的 pixels 必须在 [0, 1] 之间（墨迹为 1，纸为 0），收到的值从 {low:g} 到 {high:g}。"
                               "如果是 0..255 的灰度值，请传入整数（uint8）或先除以 255。",
    "draw_pixels_not_finite": "pixels 中有 NaN 或无穷大：每个像素都必须是 [0, 1] 之间的数。",
    "draw_pixels_wrong_size": "画布发来了 {got} 个像素，应为 {side} x {side}：请重画或按“清除”。",
    "draw_not_a_digit_network": "{name} 必须是有 784 个输入、10 个输出的 Network，"
                                "例如 Network([784, 30, 10])，收到的 sizes 是 {sizes}。",
    "draw_net_or_nets": "请给一个网络 DrawDigit(net)，或用“名字 → 网络”的字典给几个网络 DrawDigit(nets=...)，"
                        "两者只能选一个，也不能都不给。",
    "draw_clear": "清除",
    "draw_hint": "用鼠标或手指写一个数字（0 到 9），写大一点，写在白框中间。",
    "draw_sees": "网络看到的图像",
    "draw_answer": "网络认为是：",
    "draw_empty": "（请写一个数字）",
    "draw_strokes_bad": "strokes 必须是笔画的列表，每一笔是 (x, y) 点的列表，收到的是 {strokes}。",
    "draw_pen_positive": "pen 是笔的宽度（像素），必须是正数，收到的是 {pen}。",
    # (end of draw)
}
