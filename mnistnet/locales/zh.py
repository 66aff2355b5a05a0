"""中文文本（简体）。键与 en.py 相同，顺序也相同。"""

TEXTS: dict[str, str] = {
    # i18n itself
    "language_set": "语言：中文。",

    # --- network and samples: errors for a learner's mistakes ---
    "net_sizes_short": "sizes 至少要列出 2 层（输入层和输出层），例如 [784, 30, 10]；收到的是 {sizes}。",
    "net_sizes_entry": "sizes 的每一项都必须是不小于 1 的整数，例如 [784, 30, 10]；收到的是 {sizes}。",
    "net_positive_int": "{name} 必须是不小于 1 的整数，收到的是 {value}。",
    "net_eta": "eta（学习率）必须是一个有限的正数，例如 3.0，收到的是 {value}。",
    "net_seed": "seed 必须是 None 或不小于 0 的整数（例如 0 或 42），收到的是 {value}。",
    "net_engine": "engine 必须是 \"matrix\" 或 \"loop\"，收到的是 {value}。",
    "net_input_shape": "{name} 的形状是 {shape}，应为 ({rows}, 1)：一个列向量（m 列时为 ({rows}, m)）。",
    "net_input_hint": " 请使用 {name}.reshape({rows}, 1)。",
    "net_input_values": "{name} 必须存放数值（0..255 的 uint8 像素或浮点数），收到的是 {dtype}。",
    "net_backprop_one": "backprop 一次只处理一个样本：x 和 y 都必须只有一列，收到的形状是 {x_shape} 和 {y_shape}。",
    "net_mini_batch_empty": "mini_batch 是空的：至少需要一个 (x, y) 对。",
    "net_parameter_shape": "{name}[{i}] 的形状是 {shape}，但对 sizes {sizes} 来说应为 {expected}。",
    "net_interrupted": "在第 {epoch} 轮训练中被中断：已学到的权重都保留着。",
    "net_load_missing": "{path}：文件不存在。",
    "net_load_folder": "{path} 是一个文件夹，不是网络文件。",
    "net_load_denied": "{path}：没有权限（你不能读取这个文件）。",
    "net_load_bad": "{path}：不是由 Network.save 保存的网络：{reason}。",
    "net_load_not_zip": "它不是 .npz 文件（数组的 zip 压缩包）",
    "net_load_no_array": "其中没有数组 {name}",
    "net_load_unreadable": "数组 {name} 无法读取（{error}）",
    "net_load_sizes": "sizes 应列出至少 2 个不小于 1 的整数，实际是 {sizes}",
    "net_load_shape": "数组 {name} 的形状是 {shape}，但 sizes {sizes} 要求 {expected}",
    "net_load_dtype": "数组 {name} 存放的是 {dtype}，应为浮点数",
    "net_load_length": "数组 {name} 没有包含其头部声明的 {count} 个数",
    "net_load_memory": "它的数组需要 {gigabytes:.1f} GB 内存，超出了这台计算机能提供的",
    "net_save_folder": "{path} 是一个文件夹：请给出文件名，例如 net.npz。",
    "samples_iterator": (
        "{name} 是一个 {kind} 对象，即迭代器：它只能遍历一次，"
        "第二轮训练（或第二次调用）会悄悄地看不到任何数据。请改传列表，例如 list(zip(inputs, results))。"
    ),
    "samples_kind": "{name} 必须是由 (x, y) 对组成的列表，或由数组组成的元组 (images, labels)，而不是 {kind}。",
    "samples_empty": "{name} 是空的：没有可以学习或测试的数据。",
    "samples_images_shape": "{name}：images 的形状是 {shape}，应为 (n, {n_in})：每张图像占一行。",
    "samples_images_dtype": "{name}：images 存放的是 {dtype}，应为数值（0..255 的 uint8 像素，或 [0, 1] 之间的浮点数）。",
    "samples_images_values": (
        "{name}：images 含有 NaN 或无穷大的值（第一个出现在第 {index} 张图像）："
        "用它们训练会把所有权重都变成 NaN。"
    ),
    "samples_labels_shape": "{name}：labels 的形状是 {shape}，应为 ({n},)：每张图像一个标签。",
    "samples_labels_values": "{name}：labels 必须是 0 到 {top} 的整数（整数数组），收到的是 {dtype} 类型的值，例如 {example}。",
    "samples_pair": "{name}[{i}] 应该是一个 (x, y) 对，收到的是 {kind}。",
    "samples_x_shape": "{name}[{i}]：x 的形状是 {shape}，应为 ({n_in}, 1)：一个列向量。请使用 x.reshape({n_in}, 1)。",
    "samples_x_dtype": "{name}[{i}]：x 存放的是 {dtype}，应为数值（0..255 的 uint8 像素，或 [0, 1] 之间的浮点数）。",
    "samples_x_values": "{name}[{i}]：x 含有 NaN 或无穷大的值：用它训练会把所有权重都变成 NaN。",
    "samples_x_mixed": "{name} 混用了 uint8 列（像素 0..255）和浮点列（0..1）：整个列表请只用一种。",
    "samples_y_shape": "{name}[{i}]：y 的形状是 {shape}，应为 ({n_out}, 1) 或一个标签。",
    "samples_y_values": "{name}[{i}]：y 含有 NaN 或无穷大的值。",
    "samples_label": "{name}[{i}]：y 应该是 0 到 {top} 的整数标签或一个 ({n_out}, 1) 列向量，收到的是 {value}。",
    "samples_mixed": "{name} 混用了目标列向量（如 vectorized_result(3)）和普通标签（如 3）：整个列表请只用一种。",
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
