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
    # (end of costs)

    # --- checks: the exercises' messages ---
    # (end of checks)

    # --- ui: widget labels, buttons, status lines, tables ---
    # (end of ui)

    # --- draw: the drawing canvas ---
    # (end of draw)
}
