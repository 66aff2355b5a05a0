"""中文文本（简体）。键与 en.py 相同，顺序也相同。"""

TEXTS: dict[str, str] = {
    # i18n itself
    "language_set": "语言：中文。",

    # --- network and samples: errors for a learner's mistakes ---
    "validate_sizes_short": "sizes 至少要列出 2 层（输入层和输出层），例如 [784, 30, 10]；收到的是 {sizes}。",
    "validate_sizes_entry": "sizes 的每一项都必须是不小于 1 的整数，例如 [784, 30, 10]；收到的是 {sizes}。",
    "validate_whole_number": "{name} 必须是不小于 {least} 的整数，收到的是 {value}。",
    "validate_eta": "eta（学习率）必须是一个有限的正数，例如 3.0，收到的是 {value}。",
    "validate_seed": "seed 必须是 None 或不小于 0 的整数（例如 0 或 42），收到的是 {value}。",
    "validate_columns_shape": "{name} 的形状是 {shape}，应为 ({rows}, 1)：一个列向量（m 列时为 ({rows}, m)）。",
    "validate_columns_hint": " 请使用 {name}.reshape({rows}, 1)。",
    "validate_columns_values": "{name} 必须存放数值（0..255 的 uint8 像素或浮点数），收到的是 {dtype}。",
    "validate_mini_batch_empty": "mini_batch 是空的：至少需要一个 (x, y) 对。",
    "validate_parameter_shape": "{name}[{i}] 的形状是 {shape}，但对 sizes {sizes} 来说应为 {expected}。",
    "net_interrupted": "在第 {epoch} 轮训练中被中断：已学到的权重都保留着。",
    "validate_backprop_columns": 'x 和 y 的列数必须相同（每个样本一列），收到的形状是 {x_shape} 和 {y_shape}。',
    "validate_parameter_count": '对 sizes {sizes} 来说，网络需要 {count} 个权重矩阵和 {count} 个偏置列向量：输入层之后每层一个。',
    "validate_decay": (
        "eta = {eta}、lmbda = {lmbda}、训练集有 n = {n} 张图像时，权重衰减"
        "因子 1 - eta * lmbda / n 等于 {decay:.3g}：权重每一步都会变号并且越"
        "来越大，而不是缩小。请让 lmbda 小于 n / eta = {most:.3g}（书中用的是 lmbda = 5.0）"
        "。"
    ),
    "net_save_not_file": '{path} 已存在，但不是普通文件（是链接、设备或管道）：不会动它，请换一个文件名。',
    "net_save_own_cost": '{path}：使用自定义代价函数的网络无法保存；只有 "quadratic" 和 "cross-entropy" 能写入文件。',
    "net_load_not_finite": '数组 {name} 含有 NaN 或无穷大',
    "net_load_kind_f": '浮点数',
    "net_load_kind_ui": '整数',
    "net_load_kind_U": '一段文字',
    "net_load_shape_plain": '数组 {name} 的形状是 {shape}，应为 {expected}',
    "epoch_line_validation": '第 {epoch} 轮：验证集 {correct} / {total}，用时 {seconds:.2f} 秒',
    "epoch_line_both": '第 {epoch} 轮：验证集 {correct} / {total}，测试集 {test_correct} / {test_total}，用时 {seconds:.2f} 秒',
    "net_load_missing": "{path}：文件不存在。",
    "net_load_folder": "{path} 是一个文件夹，不是网络文件。",
    "net_load_denied": "{path}：没有权限（你不能读取这个文件）。",
    "net_load_bad": "{path}：不是由 Network.save 保存的网络：{reason}。",
    "net_load_not_zip": "它不是 .npz 文件（数组的 zip 压缩包）",
    "net_load_no_array": "其中没有数组 {name}",
    "net_load_unreadable": "数组 {name} 无法读取（{error}）",
    "net_load_sizes": "sizes 应列出至少 2 个不小于 1 的整数，实际是 {sizes}",
    "net_load_shape": "数组 {name} 的形状是 {shape}，但 sizes {sizes} 要求 {expected}",
    "net_load_dtype": "数组 {name} 存放的是 {dtype}，应为{expected}",
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
    "epoch_line": "第 {epoch} 轮：{correct} / {total}，用时 {seconds:.2f} 秒",
    "epoch_line_no_test": "第 {epoch} 轮完成，用时 {seconds:.2f} 秒",
    "vectorized_result_digit": "vectorized_result：j 必须是 0 到 9 的一个数字（int），收到的是 {value}。",
    # (end of network)

    # --- costs and regularisation (chapter 3) ---
    "validate_cost": (
        "cost 必须是 {choices} 之一，实际得到 {value}。"
        "输出层用 sigmoid 时，选 \"cross-entropy\"（交叉熵）可以避免学习变慢。"
    ),
    "validate_dtype": (
        "dtype 必须是 np.float64（默认）或 np.float32（同一份代码，算得更快，"
        "有效数字从约 16 位变成约 7 位），实际得到 {value}。"
    ),
    "validate_init": (
        "init 必须是 {choices} 之一，实际得到 {value}："
        "\"large\" 从 N(0, 1) 抽取权重（第 1 章），\"scaled\" 从 N(0, 1/n_in) 抽取（第 3 章）。"
    ),
    "validate_lmbda_not_number": "lmbda（正则化参数 λ）必须是一个数，实际得到 {value}。",
    "validate_lmbda_negative": "lmbda（正则化参数 λ）必须是不小于 0 的有限数（0 表示不做正则化），实际得到 {value}。",
    "validate_lmbda_needs_n": (
        "update_mini_batch：lmbda > 0 时还需要 n，即整个训练集的大小"
        "（权重衰减因子是 1 - eta * lmbda / n）。"
    ),
    "validate_early_stopping": "early_stopping 必须是至少为 1 的整数（轮数），或者 None，实际得到 {value}。",
    "validate_early_stopping_needs_validation": "early_stopping={value} 要观察验证集准确率：请同时传入 validation_data。",
    "early_stopped": "提前停止：验证集准确率已经 {epochs} 轮没有提高（最好是第 {epoch} 轮的 {best}）。",
    # 笔记本 10 里练习的检查（mnistnet.checks：check_cross_entropy_delta、check_l2_step）
    # (end of costs)

    # --- data and download: loading MNIST, finding and fetching its files ---
    "data_how_to_get": (
        "获取数据：运行 `{get}`（只需下载一次）；没有网络时，把四个文件拷到 U 盘上，再用 `{copy}` 导入；"
        "也可以把环境变量 MNISTNET_DATA 设为存放这四个文件的文件夹。"
    ),
    "data_no_such_path": "{path}：没有这个文件或文件夹。{advice}",
    "data_no_data": "{path} 里没有 MNIST 数据。{advice}",
    "data_file_not_found": "{path}：找不到这个文件。{advice}",
    "data_is_folder": "{path}：这是一个文件夹，但这里需要的是数据文件。",
    "data_is_file": "{path}：这是一个文件，但这里需要一个存放 MNIST 文件的文件夹。",
    "data_cannot_create": "{path}：无法创建这个存放 MNIST 文件的文件夹（{error}）。",
    "data_denied": (
        "{path}：没有权限，当前用户不能读取这个文件。文件本身没有损坏：请文件的所有者把它设为可读（chmod a+r），"
        "或者改用你自己的一份副本。"
    ),
    "data_env": "MNISTNET_DATA={env}：{problem}。请让它指向存放四个 MNIST .gz 文件的文件夹，或者取消这个环境变量。",
    "data_source": "{path}：{problem}。请给出存放四个 MNIST .gz 文件的文件夹。",
    "data_no_folder": "没有这个文件夹",
    "data_missing": "缺少 {names}",
    "data_dataset": "dataset={value}：应为 {choices} 之一。",
    "data_not_official_name": "{path}：不是四个官方文件名之一（{names}）。",
    "data_other_dataset": (
        "{path}：这个文件夹里是 {found}，不是 {wanted}。要加载它，请传入 dataset={name}；否则请指向存放 {wanted} 的文件夹。"
    ),
    "data_bad_sha256": (
        "{path}：SHA-256 是 {digest}...，不是官方的值（{official}...）。文件已损坏，或者不是 {wanted}："
        "请删除它并重新获取（如果这是你自己的 IDX 格式数据，可以传入 verify=False）。"
    ),
    "data_mirrors_string": (
        "MIRRORS 必须是由基础网址组成的元组，例如 ({mirrors},)（注意逗号），而不是单个字符串 {mirrors}"
        "（否则会把它的字母逐个当作网址去试）。"
    ),
    "data_too_long": "服务器发来的数据超过了预期的 {size} 字节",
    "data_too_slow": "{seconds:g} 秒后放弃，只收到 {done} / {size} 字节",
    "data_cut_off": "下载在 {done} / {size} 字节处中断",
    "data_wrong_sha256": "SHA-256 {digest}... 与官方的 {official}... 不符",
    "data_progress": "  {url}：已下载 {done:.1f} / {total:.1f} MB",
    "data_mirror_failed": "  {url} 下载失败（{reason}），已改用下一个镜像。",
    "data_download_failed": (
        "无法把 {name} 下载到 {folder}（{failures}）。没有网络？把四个文件拷到 U 盘上，再用 `{copy}` 导入；"
        "或者把环境变量 MNISTNET_DATA 设为存放它们的文件夹。"
    ),
    "data_not_gzip": "{path}：不是完整的 gzip 文件（{error}）。文件已损坏，或者下载时被截断了：请删除它，重新获取数据。",
    "data_idx_short": "{path}：解压后只有 {size} 字节，放不下 IDX 文件头。",
    "data_idx_magic": "{path}：IDX 魔数是 0x{magic:08x}，应为 0x{expected:08x}。是不是选错了文件？",
    "data_idx_size": (
        "{path}：文件头声明有 {count} 项（{expected} 字节），但文件实际有 {size} 字节。文件已损坏或不完整：请重新获取。"
    ),
    "data_needs_folder": "{path}：load_mnist 需要一个存放 IDX 文件的文件夹，而不是单个文件。",
    "data_count_mismatch": "{folder}：{images} 里有 {n_images} 张图像，但 {labels} 里有 {n_labels} 个标签；两者必须一样多。",
    "data_label_range": "{path}：有一个标签是 {value}；标签必须是 0-9 的数字。",
    "data_labels_not_integers": "{path}：标签的类型是 {dtype}，不是整数；标签必须是 0-9 的数字。",
    "data_images_not_finite": "{path}：图像里有 NaN 或无穷大；像素必须是有限的数。",
    "data_dtype": (
        "dtype={value}：图像可以是 np.float32 或 np.float64（像素 / 255，在 [0, 1] 之间），"
        "或者 np.uint8（原始像素 0..255）；其他类型会把每个像素都舍入成 0。"
    ),
    "data_pickle_structure": (
        "{path}：应为 (training, validation, test)，每部分是 (images (n, 784), labels (n,))，和 Nielsen 的 mnist.pkl.gz 一样。"
    ),
    "data_pickle_too_big": (
        "{path}：解压后超过 {megabytes:.0f} MB，远大于真正的 mnist.pkl.gz（约 220 MB）。已拒绝，没有把它读入内存。"
    ),
    "data_pickle_refused": (
        "{path}：未加载，{reason}。真正的 mnist.pkl.gz 从来不需要这样做，所以它不是。文件里的任何内容都没有运行。"
    ),
    "data_pickle_invalid": "{path}：不是有效的 mnist.pkl.gz（{error}）。",
    "data_refuse_name": "拒绝加载 {name}",
    "data_refuse_empty": "拒绝直接构造 numpy.ndarray(...)：这样的数组里没有数据",
    "data_refuse_array": "拒绝形状为 {shape}、dtype 为 {dtype} 的数组：mnist.pkl.gz 里只应该有数",
    "data_refuse_bytes": "拒绝形状为 {shape}、dtype 为 {dtype} 的数组：它需要 {needed} 字节的数据，实际带了 {size} 字节",
    # (end of data)

    # maths.closest_digit
    "closest_digit_averages": "closest_digit：averages 必须有 10 行，每个数字一张平均图像 (10, 784)，但形状是 {shape}。",
    "closest_digit_image": "closest_digit：image 必须是一张形状为 {expected} 的展平图像，但形状是 {shape}。",
    # --- checks: the exercises' messages (mnistnet.checks) ---
    "check_correct": "✓ 正确：",
    "check_not_yet": "✗ 还没对：",
    "check_using_reference": "{mine} 还没有通过检查：下面的单元格改用 mnistnet 的 {reference}。",
    "check_using_other": "{mine} 还没有通过检查：下面的单元格改用 {reference}。",
    "check_finish_first": "{mine} 还没有通过检查：先完成{heading}，再运行这个单元格。",
    "check_try_it": "“动手试试 {number}”",
    "check_your_function": "你的函数",
    "check_crashed": "无法检查你的答案（{error}）。你的函数返回的值是练习要求的那种吗？",
    "check_not_callable": "检查需要你的函数本身（只写函数名，不加括号），但收到的是 {got}。",
    "check_raised": "{call} 出错了：{error}。",
    "check_exit": "{call} 调用了 exit()，这会让整个笔记本停下来：函数应该用 return 给出答案。",
    "check_error_if": "{call} 出错了（{error}）：`if` 需要一个 True 或 False，而数组的比较对每个元素各给出一个。"
                      "不要用 `if`，改用能逐个元素选择的 numpy 函数。",
    "check_error_math": "{call} 出错了（{error}）：math 模块的函数只接受一个数，不接受数组。请用 np.exp 而不是 "
                        "math.exp：np.exp 可以作用于整个数组。",
    "check_error_shapes": "{call} 出错了（{error}）：乘积中两个数组的形状对不上。",
    "check_ellipsis": "{call} 返回了 ... ：请把 ... 换成你的代码。",
    "check_value_ellipsis": "{name} 还是 ... ：请把 ... 换成你的答案。",
    "check_none": "{call} 返回了 None。是不是忘了写 `return`？",
    "check_changed_input": "{call} 原地修改了输入 {name}，调用者的数据也跟着变了。请计算出新的数组，让 {name} "
                           "保持原样。",
    "check_changed_net": "{call} 修改了网络的权重或偏置。这个函数只负责计算：修改网络是 update_mini_batch 的事。",
    "check_not_numbers": "{call} 返回了 {got}，它不是数，也不是由数组成的数组。",
    "check_shape": "{call} 的形状是 {shape}，应该是 {expected}。",
    "check_shape_number": "{call} 返回了一个数 {got}，应该是形状为 {expected} 的数组。",
    "check_value": "{call} 得到 {got}{where}，应该是 {expected}。",
    "check_at_index": "（在下标 {index} 处）",
    # 00 and 01
    "check_sizes_wrong": "sizes 是 {got}。它需要 3 个数：28*28 个输入像素、30 个隐藏神经元、10 个数字。",
    "check_sizes_ok": "784 个输入（28 x 28 像素）、30 个隐藏神经元、10 个输出（每个数字一个）。",
    "check_n_test_wrong": "n_test 是 {got}。数一数测试标签：每张测试图像有一个标签。",
    "check_n_test_ok": "网络总是在同样的 10,000 张图像上测试，从不用它们训练。",
    "check_closest_not_digit": "{call} 返回了 {got}：它应该返回一个数字，0 到 9：最小距离的下标，而不是距离本身。",
    "check_closest_farthest": "{call} 选的是离图像最远的平均图像：是不是把 argmin 写成了 argmax？",
    "check_closest_dot": "{call} 选的是点积最大的，不是距离最小的：更亮的平均图像点积更大，却不一定更近。",
    "check_closest_hint": "答案是平均图像离它最近的那个数字：先算图像到 10 张平均图像各自的距离，再取最小的。",
    "check_closest_ok": "平均图像离它最近的那个数字：一个完全不需要学习的分类器。",
    "check_to_column_row": "{call} 是一行 (1, 784)：本系列的每个公式要的都是一列 (784, 1)。",
    "check_to_column_hint": "保持 784 个数的顺序，把它们排成一列 (784, 1)；输入无论是展平的 (784,) 还是 28 x 28 "
                            "的图像都一样。",
    "check_to_column_ok": "一列 784 个数，正是本系列每个公式所要的。",
    "check_vectorized_hint": "它应该是一个 (10, 1) 的列，全是 0，只有第 {j} 行是 1.0。",
    "check_vectorized_ok": "一个 (10, 1) 的列，只在该数字所在的行有一个 1.0。",
    # 02
    "check_sigmoid_minus": "{call} 算的是 1 / (1 + e^z)：少了负号。",
    "check_sigmoid_no_fraction": "{call} 只算了 e^(-z)：sigma(z) 是用 1 除以（1 加上它）。",
    "check_sigmoid_upside_down": "{call} 算的是 1 + e^(-z)，那只是分母（如果你写的是 1 / 1 + np.exp(-z)，"
                                 "那是分母两边少了括号）。",
    "check_sigmoid_plus": "{call} 算的是 1 / (1 - e^(-z))：分母里应该是加号。",
    "check_sigmoid_at_zero": "因为 sigma(0) = 1 / (1 + e^0) = 0.5。",
    "check_sigmoid_hint": "请回顾上面 sigma 的公式：用 1 除以（1 加上 e 的 -z 次方）。",
    "check_sigmoid_ok": "sigma 把任何 z 压到 (0, 1) 之间，而且对整个数组都适用。",
    "check_stable_warned": "{call} 发出了警告：{warning}。当 z 远小于 0 时，e^(-z) 大到浮点数装不下："
                           "只用 e^(-|z|)，它从不超过 1。",
    "check_stable_hint": "z >= 0 时用原来的公式；z < 0 时把分子分母同乘 e^z，两边就都只需要 e^(-|z|)。",
    "check_stable_ok": "值相同，而且对任何 z 都不会溢出。",
    "check_sigmoid_prime_is_sigmoid": "{call} 给出的是 sigma(z) 本身：那是 sigmoid，不是它的斜率。",
    "check_sigmoid_prime_of_z": "{call} 算的是 z * (1 - z)：斜率要用 sigma(z) 来写，而不是 z。",
    "check_sigmoid_prime_at_zero": "0 处的斜率是 0.25，是 sigma 最陡的地方。",
    "check_sigmoid_prime_hint": "请回顾上面推导的 sigma 的导数：它是用 sigma(z) 本身写出来的。",
    "check_sigmoid_prime_ok": "斜率在 z = 0 处最大（1/4），离 0 越远越接近 0。",
    # 03
    "check_weight_shapes_not_list": "{call} 返回了 {got}：它应该返回一个由（行数, 列数）组成的列表，每个权重矩阵一个。",
    "check_weight_shapes_swapped": "{call} 把行和列弄反了：矩阵的行数是本层的神经元数，列数是前一层的神经元数。",
    "check_weight_shapes_hint": "每个矩阵的行数是本层的神经元数，列数是前一层的神经元数。",
    "check_weight_shapes_ok": "第 l 层的 w 是 (n_l, n_(l-1))，所以 w @ a 对第 l 层的每个神经元各有一项。",
    "check_feedforward_shapes": "乘积 w a 中权重在前：w 的每一行对应本层的一个神经元，每一列对应前一层的一个神经元。",
    "check_feedforward_last_linear": "{call} 在最后一层漏掉了 sigma：每一层（包括输出层）都要对 w a + b 取 sigma。",
    "check_feedforward_no_bias": "{call} 漏掉了偏置：每一层都要先给 w a 加上偏置 b，再取 sigma。",
    "check_feedforward_hint": "请回顾方程 (22)：每一层把前一层的激活值 a 变成 sigma(w a + b)，最后一层的激活值就是输出。",
    "check_feedforward_ok": "(10, 1) 的输出列，每个数字一个激活值。",
    # 04
    "check_cost_not_number": "{call} 是形状为 {shape} 的数组；代价是一个数：把平方加起来。",
    "check_cost_half": "{call} 得到 0.14，应该是 0.07：前面少了 1/2。",
    "check_cost_not_squared": "{call} 取的是距离本身的一半：代价要把距离平方。",
    "check_cost_hint": "请回顾二次代价：输出 a 与目标 y 之间距离平方的一半，整列只得一个数。",
    "check_cost_ok": "一个数：输出与目标之间距离平方的一半。",
    "check_step_uphill": "{call} 顺着梯度往上坡走了：梯度指向上坡，所以要逆着梯度走（注意符号）。",
    "check_step_no_eta": "{call} 一步走了整个梯度：学习率 eta 决定走多远。",
    "check_step_hint": "请回顾梯度下降的规则：逆着梯度走一小步，步长是 eta 乘以梯度。",
    "check_step_ok": "逆着梯度，向下坡走了一小步。",
    # 05
    "check_hadamard_dot": "{call} 得到一个数 11：那是点积。Hadamard 积是逐个元素相乘，形状与 s 相同。",
    "check_hadamard_outer": "{call} 得到一个 2 x 2 的矩阵，那是外积：Hadamard 积是逐个元素相乘，形状与 s 相同。",
    "check_hadamard_hint": "Hadamard 积逐个元素相乘：[s_1 t_1, s_2 t_2]，和 s 一样是一列。",
    "check_hadamard_ok": "逐个元素相乘：[1*3, 2*4] = [3, 8]。",
    "check_backprop_shapes": "是不是忘了转置？BP2 用 w.T（后一层的权重的转置），BP4 用前一层激活值的转置。",
    "check_backprop_square": "在一个每层都有 5 个神经元、所有形状都对得上的网络上，它能运行，并且暴露出问题：{why}",
    "check_backprop_mistake": "{call} 在 sizes 为 {sizes} 时得到的梯度不对。",
    "check_backprop_bp1_sigma": "请检查 BP1：输出误差 delta^L 是代价的导数逐个元素乘以 sigma'(z^L)；少了 sigma'(z^L) "
                                "这个因子。",
    "check_backprop_bp1_sign": "请检查 BP1：delta^L 的符号反了。代价的导数是 a^L - y，输出偏高时为正。",
    "check_backprop_bp2_transpose": "是不是忘了转置？BP2 用的是 w.T，即后一层权重的转置，而不是 w 本身。",
    "check_backprop_bp2_layer": "请检查 BP2：delta 要经过后一层（更靠近输出的那一层）权重的转置往回传；你用的是本层自己的权重。",
    "check_backprop_bp4_layer": "请检查 BP4：某一层的 nabla_w 用的是前一层的激活值；你用的是本层自己的激活值。",
    "check_backprop_mean": "这是对样本取的平均：请返回总和（update_mini_batch 自己会除以 m）。",
    "check_backprop_pair": "{call} 应该返回一对 (nabla_b, nabla_w)：两个列表，每层一个数组。",
    "check_backprop_count": "sizes 为 {sizes} 时有 {layers} 个权重矩阵，但你的 nabla_b 有 {nb} 项，nabla_w 有 {nw} "
                            "项：每层要有一项，形状与该层的偏置和权重相同。",
    "check_backprop_bp1": "输出层不对（sizes 为 {sizes}）：请检查 BP1，即输出误差 delta^L。",
    "check_backprop_bp2": "某个隐藏层的 nabla_b[{i}] 和 nabla_w[{i}] 都不对（sizes 为 {sizes}），而它后面的层都对："
                          "请检查 BP2，delta 要经过后一层权重的转置往回传，再乘以本层的 sigma'(z)。",
    "check_backprop_bp3": "nabla_w[{i}] 是对的，所以 delta 是对的（sizes 为 {sizes}）：请检查 BP3，nabla_b 就是 delta "
                          "本身（有 m 列时，要把 delta 按列加起来）。",
    "check_backprop_bp4": "nabla_b[{i}] 是对的，所以 delta 是对的（sizes 为 {sizes}）：请检查 BP4，delta 乘以前一层"
                          "激活值的转置。",
    "check_backprop_one_hidden_only": "一个隐藏层时（[784, 30, 10]）是对的，两个隐藏层时（[4, 5, 3, 2]）不对："
                                      "你的代码是不是只为一个隐藏层写的？BP2 要对每个隐藏层重复，从最后一层往前。",
    "check_backprop_ok": "四个方程都对，一个隐藏层和两个隐藏层都可以。",
    "check_numerical_restore": "权重被改变了：请把微调过的权重放回原来的值。",
    "check_numerical_not_number": "{call} 是形状为 {shape} 的数组；斜率是一个数。",
    "check_numerical_one_sided": "{call} 用的是单侧差分 (C(w + h) - C(w)) / h：它的误差约为 h/2 乘以曲率。"
                                 "请用中心差分，把 w 向两边各微调一次：误差小得多。",
    "check_numerical_hint": "请回顾中心差分：权重加上 h 时的代价，减去权重减去 h 时的代价，再除以 2h。",
    "check_numerical_ok": "数值斜率与反向传播一致：梯度是对的。",
    # 06 to 09
    "check_mini_batches_not_list": "{call} 返回了 {got}：它应该返回一个由小批量（列表）组成的列表。",
    "check_mini_batches_no_last": "{call} 丢掉了最后那个较短的小批量：[20, 21, 22] 也要参加训练。",
    "check_mini_batches_hint": "当 data = list(range(23))、size 为 10 时：按顺序切成连续的小段，每段 size 项，"
                               "每一项恰好在一段里；最后一段可以短一些。",
    "check_mini_batches_ok": "每个样本恰好在一个小批量里；最后一个小批量短一些。",
    "check_update_shapes": "每个 x 是一列 (6, 1)：一个小批量的 m 列并排放在一起，组成形状为 (6, m) 的矩阵，每个样本一列。",
    "check_update_unchanged": "运行 {call} 之后，{name} 没有变化。在函数里赋值的名字（weights = ...）在函数返回时就"
                              "丢掉了：要修改 {name} 本身。",
    "check_update_not_averaged": "这一步用的是小批量上梯度的总和：要用平均值，即除以样本数 m。",
    "check_update_uphill": "权重顺着梯度往上坡走了：要逆着梯度走（注意符号）。",
    "check_update_last_only": "只用了最后一个样本的梯度：要把小批量中所有样本的梯度加起来。",
    "check_update_hint": "请回顾更新规则（方程 20 和 21）：逆着 m 个样本梯度的平均值走一步，步长为 eta。",
    "check_update_ok": "用小批量的平均梯度向下坡走了一步。",
    "check_evaluate_not_count": "{call} 返回了 {got}：它应该返回答对的个数，一个整数。",
    "check_evaluate_fraction": "{call} 给出的是答对的比例：请返回个数。",
    "check_evaluate_wrong_ones": "{call} 数的是答错的：要数答案等于标签的那些。",
    "check_evaluate_all": "{call} 把每一对都数进去了：只数答案等于标签的那些。",
    "check_evaluate_hint": "网络的答案是激活值最高的那个输出神经元；数一数它等于标签的有多少对。",
    "check_evaluate_ok": "网络的答案就是激活值最高的那个输出神经元。",
    "check_better_eta_no_run": "请先运行实验：my_run = ex.run(eta=...)。",
    "check_better_eta_same": "my_run 用的 eta（{eta:g}）和基线相同；换一个试试。",
    "check_better_eta_changed": "只改 eta，这样比较才公平（你还改了 {changed}）。",
    "check_better_eta_worse": "eta = {eta:g} 在验证集上达到 {best:.1%}，没有超过基线的 {base:.1%}。",
    "check_better_eta_smaller": "你的 eta 比基线大，结果更差：试试更小的步长。",
    "check_better_eta_larger": "你的 eta 比基线小，结果更差：试试更大的步长。",
    "check_better_eta_ok": "eta = {eta:g} 在验证集上达到 {best:.1%}，超过了基线的 {base:.1%}。",
    "check_small_hidden_no_run": "请先运行实验：small_run = ex.run(hidden=...)。",
    "check_small_hidden_too_many": "{hidden} 个隐藏神经元多于 10 个：试试更少的。",
    "check_small_hidden_low": "{hidden} 个隐藏神经元在验证集上达到 {best:.1%}；你能达到 85% 吗（更多轮数，换一个 eta）？",
    "check_small_hidden_ok": "只用 {hidden} 个隐藏神经元，在验证集上就达到了 {best:.1%}。",
    "check_matrix_feedforward_hint": "和一列时的循环一样：每一层把 A 变成 sigma(w A + b)，偏置列 b 加到每一列上。",
    "check_matrix_feedforward_ok": "每层一次矩阵乘法，7 个样本一起算。",
    "check_matrix_backprop_ok": "和每列调用一次 backprop 得到的梯度相同，只需一遍。",
    # 10 and 11
    "check_ce_delta_sigma_prime": "{call} 还乘着 sigma'(z) = a (1 - a)：那是二次代价的 delta。用交叉熵时这个因子会被约掉。",
    "check_ce_delta_sign": "{call} 算的是 y - a：符号反了（输出偏高时 delta^L 为正）。",
    "check_ce_delta_dc_da": "{call} 算的是 dC/da = (a - y) / (a (1 - a))。delta^L = dC/da * sigma'(z)，"
                            "而 sigma'(z) = a (1 - a)：乘起来，分母就约掉了。",
    "check_ce_delta_hint": "请回顾交叉熵的 delta^L = dC/da * sigma'(z)：先求出 dC/da，再乘以 sigma'(z) = a (1 - a)，然后化简。",
    "check_ce_delta_ok": "delta^L = a - y：sigma'(z) 被约掉了，所以错得离谱的输出神经元反而学得快。",
    "check_l2_lambda_m": "{call} 的衰减用了 m（小批量的大小）。衰减因子是 1 - eta * lmbda / n，n 是整个训练集的大小："
                         "L2 项 (lmbda / 2n) sum w^2 属于全部 n 张图像的代价。",
    "check_l2_no_eta": "{call} 的衰减因子是 1 - lmbda / n：还要乘上 eta，应为 1 - eta * lmbda / n"
                       "（衰减就是对 L2 项走的一步梯度下降）。",
    "check_l2_sign": "{call} 让权重变大了：衰减因子是 1 - eta * lmbda / n（减号），权重应该缩小。",
    "check_l2_no_decay": "{call} 是不带正则化的一步：权重要先按衰减因子缩小。",
    "check_l2_not_averaged": "{call} 的步长是 eta * nabla_w。nabla_w 是小批量中 m 个样本的梯度之和：要用平均值。",
    "check_l2_decay_all": "{call} 把梯度那一步也缩小了：衰减因子只乘 w，然后再走梯度那一步。",
    "check_l2_gradient_sign": "{call} 把梯度加上了：应该逆着梯度走。",
    "check_l2_hint": "请回顾方程 (93)：权重先按因子 1 - eta lmbda / n 缩小，再像平常一样逆着平均梯度走一步。",
    "check_l2_ok": "每一步权重都缩小一点：w -> (1 - eta lmbda / n) w - (eta / m) nabla_w。"
                   "（偏置仍按 b - (eta / m) nabla_b 更新：偏置不衰减。）",
    "check_centre_not_pair": "{call} 返回了 {got}：请返回两个数，（行, 列）。",
    "check_centre_swapped": "{call} 给出的是（列, 行）：行是第一个下标，image[3, 20] 处的像素在第 3 行、第 20 列。",
    "check_centre_by_size": "{call} 除以的是像素个数：要除以墨迹总量（所有像素值之和），这样淡的笔画和浓的笔画重心相同。",
    "check_centre_not_divided": "{call} 给出的是按墨迹加权的行号和列号之和：还要除以墨迹总量。",
    "check_centre_dot": "检查的第一张图像只有一个有墨迹的像素，在 image[3, 20]：它的重心就是这个像素，第 3 行、第 20 列。",
    "check_centre_weight": "用每个像素的墨迹量给它的行号和列号加权，再除以墨迹总量。",
    "check_centre_shape": "检查也会给一张 5 x 9 的图像：行数和列数要从图像本身取，不要固定为 28 x 28。",
    "check_centre_ok": "墨迹的平均位置，每个像素按它的深浅加权：to_mnist 把它放到 (14, 14)。",
    # (end of checks)

    # --- ui: widget labels, buttons, status lines, tables ---
    "ui_not_live": "（交互式：运行这个单元格才能看到并使用它）",
    "ui_weight_w": "权重 w",
    "ui_bias_b": "偏置 b",
    "ui_eta_short": "学习率 eta",
    "ui_steps": "步数",
    "ui_descent_diverged": "发散了：每一步都冲过了山谷，落得更高",
    "ui_descent_reached": "到达了最小值",
    "ui_descent_on_its_way": "还在下坡的路上",
    "ui_descent_result": "{steps} 步之后的代价：{final:.4g}（起点：{start:.4g}），{verdict}",
    "ui_eta": "学习率 eta",
    "ui_epochs": "轮数",
    "ui_hidden": "隐藏神经元",
    "ui_batch_size": "小批量大小",
    "ui_train_size": "训练图像数",
    "ui_seed": "随机种子",
    "ui_train": "训练",
    "ui_stop": "停止",
    "ui_clear": "清除",
    "ui_progress": "进度",
    "ui_status_ready": "选好设置，然后点“训练”。",
    "ui_status_already_running": "已经有一次训练在进行：请先点“停止”，或等它结束。",
    "ui_status_clear_while_running": "有一次训练在进行：请先点“停止”，再点“清除”。",
    "ui_status_cleared": "已清除。选好设置，然后点“训练”。",
    "ui_status_training": "第 {number} 次训练：训练中……",
    "ui_status_epoch": "第 {number} 次训练，第 {epoch} / {epochs} 轮：验证准确率 {accuracy:.2f}%，用时 {seconds:.2f} 秒",
    "ui_status_stopped": "第 {number} 次训练在 {epochs} 轮后停止；最佳验证准确率 {best:.2f}%。",
    "ui_status_done": "第 {number} 次训练完成：最佳验证准确率 {best:.2f}%（该轮的测试准确率 {test:.2f}%）。",
    "ui_status_failed": "第 {number} 次训练出错了，{error}：{detail}",
    "ui_run_no_setting": "run() 没有名为 {name!r} 的设置；请从这些中选择：{names}。",
    "ui_run_out_of_range": "{name} 必须在 {low:g} 和 {high:g} 之间，但收到的是 {value!r}。",
    "ui_run_whole_number": "{name} 必须是整数，但收到的是 {value!r}。",
    "ui_run_number": "{name} 必须是一个数，但收到的是 {value!r}。",
    "ui_run_while_training": "用“训练”按钮开始的训练还在进行：请点“停止”或等待。",
    "ui_run_repr": "第 {number} 次训练：eta={eta:g}，hidden={hidden}，n={n}：每轮的验证准确率 (%) [{accuracies}]，"
                   "最佳 {best:.1f}%（该轮测试 {test:.1f}%）",
    "ui_run_stopped": "（已停止）",
    "ui_col_run": "训练",
    "ui_col_eta": "eta",
    "ui_col_epochs": "轮数",
    "ui_col_hidden": "隐藏神经元",
    "ui_col_batch": "小批量",
    "ui_col_train_size": "训练图像",
    "ui_col_seed": "种子",
    "ui_col_seconds": "秒",
    "ui_col_best_validation": "最佳验证准确率",
    "ui_col_test": "该轮的测试准确率",
    # (end of ui)

    # --- draw: the drawing canvas ---
    "draw_pixels_not_numbers": "pixels 必须是数字（灰度值），收到的是 {kind}。",
    "draw_pixels_not_2d": "pixels 必须是二维图像（行 × 列），且至少有一个像素，收到的形状是 {shape}。",
    "draw_pixels_int_range": "用整数表示的 pixels 必须是 0..255 的灰度值，收到的值从 {low} 到 {high}。",
    "draw_pixels_float_range": "用小数表示的 pixels 必须在 [0, 1] 之间（墨迹为 1，纸为 0），"
                               "收到的值从 {low:.10g} 到 {high:.10g}。如果是 0..255 的灰度值，请传入整数（uint8）或先除以 255。",
    "draw_pixels_not_finite": "pixels 中有 NaN 或无穷大：每个像素都必须是 [0, 1] 之间的数。",
    "draw_pixels_wrong_size": "画布发来了 {got} 个像素，应为 {side} x {side}：请重画或按“清除”。",
    "draw_not_a_digit_network": "{name} 必须是有 784 个输入、10 个输出的 Network，"
                                "例如 Network([784, 30, 10])，收到的 sizes 是 {sizes}。",
    "draw_net_or_nets": "请给一个网络 DrawDigit(net)，或用“名字 → 网络”的字典给几个网络 DrawDigit(nets=...)，"
                        "两者只能选一个，也不能都不给。",
    "draw_duplicate_name": "nets 里有两个网络都叫 {name!r}（名字按文字比较，所以 1 和 \"1\" 是同一个名字）："
                           "请给每个网络起一个不同的名字。",
    "draw_clear": "清除",
    "draw_hint": "用鼠标或手指写一个数字（0 到 9），写大一点，写在画布中间。",
    "draw_sees": "网络看到的图像",
    "draw_answer": "网络认为是：",
    "draw_empty": "（请写一个数字）",
    "draw_strokes_bad": "strokes 必须是笔画的列表，每一笔是 (x, y) 点的列表，收到的是 {strokes}。",
    "draw_pen_positive": "pen 是笔的宽度（像素），必须是正数，收到的是 {pen}。",
    "draw_kind_ragged": "长短不一的列表（各行长度不同）",
    "draw_kind_dtype": "dtype 为 {dtype} 的数组",
    # (end of draw)

    # --- cli: python -m mnistnet (errors, argparse's errors, the summary, help) ---
    "cli_error": "{prog}：错误：{message}",
    "cli_see_help": "{message}（参见 --help）",
    "cli_argument": "参数 {flag}：{message}",
    "cli_choice": "无效的选项 {value}（可选：{choices}）",
    "cli_unrecognized": "无法识别的参数：{arguments}",
    "cli_required": "缺少必需的参数：{names}",
    "cli_one_value": "需要一个值",
    "cli_some_values": "至少需要一个值",
    "cli_not_int": "{value} 不是整数",
    "cli_not_float": "{value} 不是数",
    "cli_at_least_1": "{value} 必须不小于 1",
    "cli_at_least_0": "{value} 必须不小于 0",
    "cli_positive": "{value} 必须是有限的正数",
    "cli_not_negative": "{value} 必须是不小于 0 的有限数",
    "cli_save_folder": "--save {path}：这是一个文件夹；请给出文件名，例如 net.npz",
    "cli_save_cannot_write": "--save {path}：无法在 {folder} 里写入文件",
    "cli_save_read_only": "--save {path}：文件已存在，而且不能覆盖",
    "cli_memory": (
        "--hidden {hidden}：这个网络大约需要 {needed:.1f} GB 内存，这台电脑只有 {available:.1f} GB 可用；"
        "请减少隐藏层的神经元"
    ),
    "cli_no_memory": "内存不够；请减少隐藏层的神经元（--hidden），或者关掉别的程序",
    "cli_best": (
        "最好的一轮：第 {best.epoch} 轮，验证集 {best.validation_correct} / {best.validation_total}"
        "（{best.validation_accuracy:.2%}）；这一轮的测试集 {best.test_correct} / {best.test_total}（{best.test_accuracy:.2%}）"
    ),
    "cli_saved": "网络已保存到 {path}",
    "cli_interrupted": "已中断。",
    "cli_description": "在 MNIST 上训练第 1 章的网络，或者获取数据。",
    "cli_help_lang": "所有消息的语言：en 或 zh（默认跟随环境变量，例如 LANG=zh_CN.UTF-8）",
    "cli_train_help": "训练一个网络，每轮打印一行",
    "cli_train_description": (
        "用小批量随机梯度下降，在 50,000 张训练图像上训练一个由 sigmoid 神经元组成的网络；每轮结束后打印它认对了 "
        "10,000 张验证图像和 10,000 张测试图像中的多少张；最后打印验证集准确率最高的那一轮，以及那一轮的测试集准确率。"
        "书中第 3 章的设置：--hidden 100 --epochs 60 --eta 0.1 --cost cross-entropy --init scaled --lmbda 5.0"
        "（约 98%）。"
    ),
    "cli_help_epochs": "轮数：把训练集完整地过几遍（默认 30）",
    "cli_help_eta": "学习率 eta（默认 1.0，与原课堂笔记本相同）",
    "cli_help_hidden": "每个隐藏层的神经元个数，例如 --hidden 100 或 --hidden 30 30（默认 30）",
    "cli_help_batch_size": "小批量的大小（默认 10）",
    "cli_help_seed": "初始化权重和打乱顺序用的随机种子（默认 0）",
    "cli_help_cost": "quadratic：第 1 章的二次代价 1/2 ||a - y||^2；cross-entropy：交叉熵，不会学习变慢（默认 quadratic）",
    "cli_help_init": "初始权重：large = N(0, 1)，第 1 章的做法；scaled = N(0, 1/n_in)（默认 large）",
    "cli_help_lmbda": "L2 正则化参数 λ：w -> (1 - eta*λ/n) w - ...（默认 0：不做正则化）",
    "cli_help_early_stopping": "验证集准确率连续 N 轮没有提高时停止训练",
    "cli_help_save": "把训练好的网络写入文件 FILE（.npz）",
    "cli_help_data": "存放四个 MNIST 文件的文件夹，或者 mnist.pkl.gz",
    "cli_data_help": "下载（或导入）并检查 MNIST 文件，然后打印它们所在的文件夹",
    "cli_data_description": (
        "确保这台电脑上有四个官方 MNIST 文件，并且与公布的 SHA-256 一致，然后打印它们所在的文件夹。"
        "不加 --from 时使用 MNISTNET_DATA 或缓存，需要时下载一次。"
    ),
    "cli_help_from": "从文件夹 DIR 导入这四个文件（不需要网络）",
    # (end of cli)

    # --- stepper: the backprop stepper of notebook 05 (mnistnet.stepper) and its two checks ---
    "stepper_too_big": "逐步演示只能画小网络：最多 {layers} 层、每层最多 {neurons} 个神经元的 Network，"
                       "例如 Network([2, 3, 2])；收到的 sizes 是 {sizes}。",
    "stepper_cost": "逐步演示只认识二次代价和交叉熵代价，不认识 {cost}。",
    "stepper_values": "{name} 必须是 {n} 个 0 到 1 之间的数，每个神经元一个，收到的是 {value}。",
    "stepper_eta": "eta（学习率）必须是 {low:g} 到 {high:g} 之间的数，收到的是 {value}。",
    "stepper_input": "输入 x",
    "stepper_target": "目标 y",
    "stepper_eta_label": "学习率 η",
    "stepper_back": "上一步",
    "stepper_next": "下一步",
    "stepper_step": "步骤",
    "stepper_counter": "第 {k} 步，共 {n} 步",
    "stepper_label_start": "开始",
    "stepper_label_forward": "前向传播",
    "stepper_label_cost": "代价",
    "stepper_label_update": "更新",
    "stepper_title_start": "网络、输入 x 和目标 y",
    "stepper_title_z": "前向传播，第 {l} 层：加权输入",
    "stepper_title_a": "前向传播，第 {l} 层：激活值",
    "stepper_title_cost": "这个输入的代价",
    "stepper_title_bp1": "输出层的误差",
    "stepper_title_bp4": "第 {l} 层权重的梯度",
    "stepper_title_bp3": "第 {l} 层偏置的梯度",
    "stepper_title_bp2": "第 {l} 层的误差：向后传回来",
    "stepper_title_update": "梯度下降走一步",
    "stepper_title_after": "用新的权重再做一次前向传播",
    "stepper_note_start": "按“下一步”，让 x 向前穿过网络，再让误差向后传回来。圆圈是神经元（里面的数是它的激活值），"
                          "线是权重（红色为正，蓝色为负，越粗绝对值越大）。每一步用到的神经元和权重是彩色的。",
    "stepper_note_z": "第 {l} 层的每个神经元把第 {previous} 层的激活值乘以各自连线上的权重，加起来，再加上自己的偏置。",
    "stepper_note_a": "sigmoid 把每个加权输入压缩成 0 到 1 之间的激活值，也就是圆圈里的数。",
    "stepper_note_cost": "代价比较输出和目标 y：两者相差越远，代价越大。反向传播要算出每个权重和偏置对它的影响。",
    "stepper_note_bp1": "输出神经元的误差：它的输出离目标有多远，乘以 sigma'(z)，即这个神经元还能变化多少。"
                        "从这一步起，每个神经元的 delta 都写在它的下方。",
    "stepper_note_bp4": "每个权重的梯度，等于它连入的那个神经元的误差 delta，乘以它连出的那个神经元的激活值。",
    "stepper_note_bp3": "偏置的梯度就是它所在神经元的误差 delta。",
    "stepper_note_bp2": "第 {next} 层的误差沿着同样的连线、经过转置的权重向后传；第 {l} 层的每个神经元再把求和结果乘以"
                        "自己的 sigma'(z)。",
    "stepper_note_update": "每个权重和偏置都逆着自己的梯度走一步，步长是梯度的 eta = {eta:g} 倍（只有一个输入，所以 m = 1）。"
                           "图中现在画的是新的权重。",
    "stepper_note_after": "同一个输入穿过新的权重：得到新的输出和新的代价。{change}",
    "stepper_cost_down": "代价下降了：这一步有用。",
    "stepper_cost_up": "代价反而上升了：eta = {eta:g} 太大，这一步走过头了。试试更小的 eta。",
    "stepper_cost_same": "代价没有变化：这里的梯度为零（或者小得看不出来）。",
    "stepper_deltas": "目前算出的误差：",
    "stepper_no_deltas": "还没有误差 delta：它从输出层开始（BP1），再向后传。",
    "check_output_error_no_sigma_prime": "{call} 只算了 a - y：BP1 还要乘以 sigma'(z^L)，即输出神经元还能变化多少。",
    "check_output_error_sign": "{call} 算的是 (y - a) sigma'(z)：符号反了。代价的导数是 a - y，输出偏高时为正。",
    "check_output_error_sigma": "{call} 乘的是 sigma(z) = a：BP1 要的是导数 sigma'(z) = a (1 - a)。",
    "check_output_error_prime_of_a": "{call} 对 a 求了 sigma'：sigma' 作用在加权输入 z 上，sigma'(z) = a (1 - a)。",
    "check_output_error_z_not_a": "{call} 乘的是 z (1 - z)：sigma'(z) = sigma(z) (1 - sigma(z)) = a (1 - a)，"
                                  "里面是激活值 a，不是 z。",
    "check_output_error_hint": "请回顾 BP1：delta^L = (a^L - y) ⊙ sigma'(z^L)，逐个元素相乘，结果是和 a 形状相同的列向量。",
    "check_output_error_ok": "BP1：delta^L = (a^L - y) ⊙ sigma'(z^L)。现在预测逐步演示里的 delta^L，再按“下一步”。",
    "check_dc_dw_not_number": "{call} 是形状为 {shape} 的数组：一个权重只有一个数。",
    "check_dc_dw_activation_into": "{call} 用错了激活值：a^{l}_{j} 属于这个权重连入的神经元。BP4 用的是 a^{previous}_{k}，"
                                   "即权重连出的那个神经元的激活值。",
    "check_dc_dw_activation_index": "{call} 用错了激活值：权重 w^{l}_{j}{k} 来自第 {previous} 层的神经元 k = {k}，"
                                    "所以 BP4 用 a^{previous}_{k}。",
    "check_dc_dw_z": "{call} 用的是 z^{previous}_{k}：BP4 用的是激活值 a^{previous}_{k} = sigma(z)，不是加权输入。",
    "check_dc_dw_delta_index": "{call} 用错了 delta：权重 w^{l}_{j}{k} 连入第 {l} 层的神经元 j = {j}，"
                               "所以 BP4 用 delta^{l}_{j}。",
    "check_dc_dw_delta_next": "{call} 用的是第 {next} 层的 delta：BP4 用的是权重连入的那一层的误差 delta^{l}_{j}。",
    "check_dc_dw_no_sigma_prime": "{call} 把 ((w^{next})^T delta^{next})_{j} 当成了 delta：BP2 还要把它乘以 "
                                  "sigma'(z^{l}_{j})，才得到 delta^{l}_{j}。",
    "check_dc_dw_bp3": "{call} 只有 delta^{l}_{j}：那是偏置的梯度（BP3）。BP4 还要乘以激活值 a^{previous}_{k}。",
    "check_dc_dw_no_delta": "{call} 只有激活值 a^{previous}_{k}：BP4 还要乘以误差 delta^{l}_{j}。",
    "check_dc_dw_sign": "{call} 的符号反了：dC/dw = a^{previous}_{k} delta^{l}_{j}，符号照逐步演示里显示的来"
                        "（减号属于更新那一步，w - eta dC/dw）。",
    "check_dc_dw_wrong": "{call} = {got}，不等于 a^{previous}_{k} delta^{l}_{j}。",
    "check_dc_dw_hint": "BP4：dC/dw^{l}_{j}{k} = a^{previous}_{k} delta^{l}_{j}，即权重连出的神经元（第 {previous} 层的"
                        "神经元 {k}）的激活值，乘以它连入的神经元（第 {l} 层的神经元 {j}）的误差。两个数都从逐步演示的"
                        "表格里读（4 位有效数字）。",
    "check_dc_dw_ok": "BP4：dC/dw^{l}_{j}{k} = a^{previous}_{k} delta^{l}_{j} = {value:.4g}。按“下一步”走到第 {l} 层的 "
                      "BP4：它就是梯度矩阵第 {j} 行、第 {k} 列的那个数。",
    # (end of stepper)


    # --- quiz: the self-check questions at the end of the notebooks (mnistnet.quiz) ---
    "quiz_check": "检查",
    "quiz_choose_first": "请先选一个答案，再按“检查”。",
    "quiz_right": "✓ 对了：{why}",
    "quiz_not_quite": "✗ 还不对：{why}",
    "quiz_unknown": "没有名为 {name} 的自测题；现有的题目是：{names}。",
    "quiz_no_such_option": "没有选项 {letter}；请从 {letters} 中选一个。",
    "quiz_00_inputs": "对一张图像，网络读入多少个数？",
    "quiz_00_inputs_a": "28",
    "quiz_00_inputs_a_why": "28 是一张图像的行数（也是列数）；网络要读入每一个像素。",
    "quiz_00_inputs_b": "784",
    "quiz_00_inputs_b_why": "28 × 28 = 784 个像素，每个像素对应一个输入神经元。",
    "quiz_00_inputs_c": "10",
    "quiz_00_inputs_c_why": "10 是输出神经元的个数，每个数字一个。",
    "quiz_00_chance": "训练一轮后，网络能认对 10,000 张测试图像中的约 9,000 张。如果随机乱猜，能猜对多少张？",
    "quiz_00_chance_a": "约 10 张",
    "quiz_00_chance_a_why": "那只有 0.1%。随机猜一次，十次里约对一次：10,000 的 10%。",
    "quiz_00_chance_b": "约 1,000 张",
    "quiz_00_chance_b_why": "每个数字约占测试图像的 10%，所以随机猜十次里约对一次。",
    "quiz_00_chance_c": "约 5,000 张",
    "quiz_00_chance_c_why": "那是在两个答案之间抛硬币；这里有十个数字可选。",
    "quiz_01_scaling": "load_data 把像素值除以 255。文件里存的 51 会变成……",
    "quiz_01_scaling_a": "0.2",
    "quiz_01_scaling_a_why": "51 / 255 = 0.2：纸是 0.0，最浓的墨迹是 1.0。",
    "quiz_01_scaling_b": "51",
    "quiz_01_scaling_b_why": "那是文件里的数；网络拿到的是 0 到 1 之间的数。",
    "quiz_01_scaling_c": "0.51",
    "quiz_01_scaling_c_why": "那是 51 / 100；灰度最大是 255，不是 100。",
    "quiz_01_which_set": "你想选定隐藏神经元的个数。应该在哪些图像上比较各个候选？",
    "quiz_01_which_set_a": "训练集图像",
    "quiz_01_which_set_a_why": "网络就是从这些图像学的：更大的网络可以把它们背下来，所以在它们上面比会偏向大网络。",
    "quiz_01_which_set_b": "验证集图像",
    "quiz_01_which_set_b_why": "它们不参加训练，正是留来做选择的。测试集图像留到最后给出最终分数。",
    "quiz_01_which_set_c": "测试集图像",
    "quiz_01_which_set_c_why": "在测试集图像上做选择，选择就会迁就这些图像：测试分数就不再是诚实的估计了。",
    "quiz_02_slope": "σ'(0)，即 S 型函数在 z = 0 处的斜率，是多少？",
    "quiz_02_slope_a": "0",
    "quiz_02_slope_a_why": "只有离 z = 0 很远、σ 变平的地方，σ' 才接近 0；在 0 处曲线最陡。",
    "quiz_02_slope_b": "1/4",
    "quiz_02_slope_b_why": "σ(0) = 1/2，所以 σ'(0) = 1/2 × (1 − 1/2) = 1/4，这是 σ 最大的斜率。",
    "quiz_02_slope_c": "1/2",
    "quiz_02_slope_c_why": "1/2 是 σ(0)，即 S 型函数在 0 处的值，不是斜率。",
    "quiz_02_slope_d": "1",
    "quiz_02_slope_d_why": "σ'(z) = σ(z)(1 − σ(z)) 永远不超过 1/4。",
    "quiz_02_overflow": "按 1 / (1 + np.exp(-z)) 计算时，z 取什么值会让 np.exp 溢出？",
    "quiz_02_overflow_a": "z > 709",
    "quiz_02_overflow_a_why": "这时 −z < −709，e^(−z) 非常小，接近 0：不会溢出。",
    "quiz_02_overflow_b": "|z| > 10",
    "quiz_02_overflow_b_why": "那里 σ 几乎是平的，但 e^10 ≈ 22,000 对计算机来说只是个普通的数。",
    "quiz_02_overflow_c": "z < −709",
    "quiz_02_overflow_c_why": "这时 −z > 709，e^(−z) 比最大的浮点数（约 1.8 × 10^308）还大。",
    "quiz_03_output_shape": "输入是一个形状为 (784, 1) 的列 x 时，网络 [784, 30, 10] 的输出是什么形状？",
    "quiz_03_output_shape_a": "(10,)",
    "quiz_03_output_shape_a_why": "只有输入是展平的数组时，输出才是展平的；输入一列，输出也是一列。",
    "quiz_03_output_shape_b": "(10, 1)",
    "quiz_03_output_shape_b_why": "十个输出激活值，每个数字一个，排成一列：(10 × 30) 乘以 (30 × 1)，再加上 (10 × 1)。",
    "quiz_03_output_shape_c": "(30, 1)",
    "quiz_03_output_shape_c_why": "那是隐藏层的激活值；输出层有 10 个神经元。",
    "quiz_03_answer": "网络对一张图像给出的答案是什么？",
    "quiz_03_answer_a": "输出神经元中激活值最大的那个所对应的数字",
    "quiz_03_answer_a_why": "对十个输出取 np.argmax：最活跃的神经元说出是哪个数字。",
    "quiz_03_answer_b": "十个输出之和",
    "quiz_03_answer_b_why": "求和把十个数字混成了一个数：它说不出是哪个数字。",
    "quiz_03_answer_c": "第一个大于 0.5 的输出",
    "quiz_03_answer_c_why": "可能有好几个输出大于 0.5，也可能一个都没有：本系列取最大的那个。",
    "quiz_04_noise": "小批量大 100 倍时，梯度的估计离完整梯度大约近多少倍？",
    "quiz_04_noise_a": "100 倍",
    "quiz_04_noise_a_why": "那要求误差像 1/m 那样下降；实际上它像 1/√m 那样下降。",
    "quiz_04_noise_b": "10 倍",
    "quiz_04_noise_b_why": "m 个带噪声的梯度取平均，误差像 1/√m 那样下降，而 √100 = 10。",
    "quiz_04_noise_c": "2 倍",
    "quiz_04_noise_c_why": "太少了：测得的点沿着 1/√m 的直线走，图像多 100 倍，误差就只有原来的十分之一。",
    "quiz_04_step": "从点 v 出发，学习率为 η，梯度下降走一步会到……",
    "quiz_04_step_a": "v − η ∇C",
    "quiz_04_step_a_why": "逆着梯度走，而梯度指向上坡：η 较小时代价会下降。",
    "quiz_04_step_b": "v + η ∇C",
    "quiz_04_step_b_why": "顺着梯度走，而梯度指向上坡：代价会上升。",
    "quiz_04_step_c": "v − ∇C / η",
    "quiz_04_step_c_why": "那样 η 越大，步子反而越小：η 应该乘以梯度。",
    "quiz_05_bp3": "BP3：代价对第 l 层偏置的导数 ∂C/∂b^l 等于……",
    "quiz_05_bp3_a": "δ^l",
    "quiz_05_bp3_a_why": "b 变多少，z = w a + b 就正好变多少，所以 ∂C/∂b = ∂C/∂z = δ。",
    "quiz_05_bp3_b": "δ^l (a^(l−1))^T",
    "quiz_05_bp3_b_why": "那是 BP4，即权重的梯度：一个矩阵，不是一列。",
    "quiz_05_bp3_c": "a^l",
    "quiz_05_bp3_c_why": "激活值说的是神经元有多活跃，而不是代价随偏置怎样变化。",
    "quiz_05_hidden_delta": "在网络 [784, 30, 10] 中，对一张图像，隐藏层的 δ 是什么形状？",
    "quiz_05_hidden_delta_a": "(30, 1)",
    "quiz_05_hidden_delta_a_why": "每个隐藏神经元一个误差：(30 × 10) 乘以 (10 × 1)，再逐个元素乘以 30 个隐藏神经元的 σ'(z)。",
    "quiz_05_hidden_delta_b": "(10, 1)",
    "quiz_05_hidden_delta_b_why": "那是输出层的 δ；BP2 经过 (w³)^T 把它传回 30 个隐藏神经元。",
    "quiz_05_hidden_delta_c": "(30, 784)",
    "quiz_05_hidden_delta_c_why": "那是隐藏层权重的梯度（BP4）的形状，不是 δ 的形状。",
    "quiz_06_epochs": "轮从 0 开始编号。打印“第 4 轮：……”这一行时，训练数据已经过了几遍？",
    "quiz_06_epochs_a": "4 遍",
    "quiz_06_epochs_a_why": "第 0 轮是第一遍，所以遍数比轮的编号多一。",
    "quiz_06_epochs_b": "5 遍",
    "quiz_06_epochs_b_why": "第 0、1、2、3、4 轮：五遍，和 Python 的 range(5) 一样数。",
    "quiz_06_epochs_c": "过了 4 个小批量",
    "quiz_06_epochs_c_why": "一轮是把 50,000 张训练图像完整地过一遍：5,000 个大小为 10 的小批量。",
    "quiz_06_choose": "你用五个学习率各训练了一次。应该根据哪些数来决定留下哪一个？",
    "quiz_06_choose_a": "测试集准确率",
    "quiz_06_choose_a_why": "那样测试集图像就参与了选择，它们的分数会把选中的那个夸得太好。",
    "quiz_06_choose_b": "验证集准确率",
    "quiz_06_choose_b_why": "验证集图像就是用来做选择的；测试集图像只在最后看一次。",
    "quiz_06_choose_c": "第一个小批量之后的代价",
    "quiz_06_choose_c_why": "一个小批量说明不了什么：它的代价噪声很大，而训练还有几千步要走。",
    "quiz_07_huge_eta": "为什么用 η = 100 训练的网络一直停在 10% 左右？",
    "quiz_07_huge_eta_a": "它的步子太小，权重动不了。",
    "quiz_07_huge_eta_a_why": "它的步子很大：是 η = 1 时的 100 倍。",
    "quiz_07_huge_eta_b": "它的神经元饱和了：σ'(z) ≈ 0，梯度消失。",
    "quiz_07_huge_eta_b_why": "最初几步就让权重变得巨大，每个 z 都远离 0；BP1 和 BP2 把误差乘以 σ'(z) ≈ 0。",
    "quiz_07_huge_eta_c": "它的小批量没有打乱。",
    "quiz_07_huge_eta_c_why": "和每次运行一样都打乱了；只有学习率变了。",
    "quiz_08_bp3": "在矩阵形式中，Δ 的每一列对应一个样本。在整个小批量上求和的偏置梯度是……",
    "quiz_08_bp3_a": "Δ 各列之和",
    "quiz_08_bp3_a_why": "一个样本的 BP3 就是它的 δ；m 个样本就是它们 m 列的和。",
    "quiz_08_bp3_b": "Δ 本身",
    "quiz_08_bp3_b_why": "Δ 有 m 列，每个样本一列；偏置梯度只有一列，每个神经元一项。",
    "quiz_08_bp3_c": "Δ (A^(l−1))^T",
    "quiz_08_bp3_c_why": "那是 BP4，即权重的梯度。",
    "quiz_09_mini_batch": "在程序的 SGD 里，打乱顺序之后，一个小批量是……",
    "quiz_09_mini_batch_a": "一个切片 shuffled[k : k + mini_batch_size]",
    "quiz_09_mini_batch_a_why": "打乱后的列表切成连续的小段：每一轮里每张图像都恰好用一次。",
    "quiz_09_mini_batch_b": "随机抽出的 10 张图像，可能有重复",
    "quiz_09_mini_batch_b_why": "那样有的图像在一轮里会用两次，有的一次也用不到。",
    "quiz_09_mini_batch_c": "整个训练集",
    "quiz_09_mini_batch_c_why": "那是普通的梯度下降：每轮只走一步，而不是 5,000 步。",
    "quiz_10_book_run": "书中的 98.04%（[784, 100, 10]、交叉熵、λ = 5.0 的 L2、η = 0.1、60 轮）是从什么样的权重开始训练的？",
    "quiz_10_book_run_a": "缩放初始化 N(0, 1/n_in)",
    "quiz_10_book_run_a_why": "书中在那次运行之后才介绍它：准确率差不多，但快得多。我们的运行加上了它。",
    "quiz_10_book_run_b": "第 1 章的 N(0, 1)",
    "quiz_10_book_run_b_why": "那次运行调用了 net.large_weight_initializer()：第 1 章的权重。缩放初始化在这一章后面才出现。",
    "quiz_10_book_run_c": "全部权重为 0",
    "quiz_10_book_run_c_why": "那样每个隐藏神经元算的、学的都一模一样：没有网络这样开始。",
    "quiz_10_decay": "η = 0.1、λ = 5.0、训练图像 n = 50,000 张时，每一步把每个权重乘以……",
    "quiz_10_decay_a": "0.99999",
    "quiz_10_decay_a_why": "1 − ηλ/n = 1 − 0.1 × 5 / 50,000 = 1 − 0.00001。",
    "quiz_10_decay_b": "0.95",
    "quiz_10_decay_b_why": "那是 m = 10 时的 1 − ηλ/m：衰减要除以 n，即训练集的大小。",
    "quiz_10_decay_c": "0.5",
    "quiz_10_decay_c_why": "1 − ηλ 忘了除以 n：那样权重每一步都会减半。",
    "quiz_11_shift": "把测试数字向右移 4 个像素，原本认对的大部分都认错了。为什么？",
    "quiz_11_shift_a": "移动让数字变模糊了。",
    "quiz_11_shift_a_why": "移动是按整像素进行的：每个数字都一样清晰，只是位置变了。",
    "quiz_11_shift_b": "每个权重只属于一个像素：网络学到的是墨迹通常在哪里，而不是无论在哪里都认得出的形状。",
    "quiz_11_shift_b_why": "这些网络里没有什么能说明第 16 列的一笔就是它们在第 12 列认识的那一笔：它们只见过按质心居中的数字。",
    "quiz_11_shift_c": "移动后的数字放不进 28 × 28 了。",
    "quiz_11_shift_c_why": "移 4 个像素放得下：数字的墨迹只占 28 列中的 20 列，几乎没有墨迹移出图像。",
    "quiz_11_no_hidden": "一个没有隐藏层的网络 [784, 10]（缩放初始化，η = 1.0）训练 4 轮。它的验证集准确率是多少？",
    "quiz_11_no_hidden_a": "约 10%：它学不会",
    "quiz_11_no_hidden_a_why": "它能学：每个输出神经元有自己的 784 个权重，相当于为它那个数字学一个墨迹模板。",
    "quiz_11_no_hidden_b": "约 83%，和笔记本 01 的最近平均数字一样",
    "quiz_11_no_hidden_b_why": "它的模板是为了区分数字学出来的，不是求平均得来的：明显胜过最近平均数字。",
    "quiz_11_no_hidden_c": "约 92%：比最近平均数字好，比有隐藏层的网络差",
    "quiz_11_no_hidden_c_why": "十个学出来的模板已经走得很远；隐藏层的特征能走得更远。",
    "quiz_11_no_hidden_d": "约 98%，和改进后的网络一样",
    "quiz_11_no_hidden_d_why": "那需要 100 个隐藏神经元、交叉熵代价和 L2：十个模板达不到。",
    # (end of quiz)

    # --- checks of the exercises that transfer (issue 16; the last section of mnistnet/checks.py) ---
    "check_hand_not_number": "{name} 是 {got}：请给出一个数（小数、像 -1/8 这样的分数，或者一个算式）。",
    "check_hand_wrong": "{name} 是 {got}：这还不是这个神经元的误差。",
    "check_hand_output_hint": "请回顾 BP1：输出误差是 (a − y) 乘以输出神经元的 σ'(z)。先算出它的 z，再算 a = σ(z) 和 "
                              "σ'(z) = a(1 − a)。",
    "check_hand_hidden_hint": "请回顾 BP2：隐藏神经元的误差，是输出误差经过连接这两个神经元的权重传回来，再乘以隐藏神经元的 "
                              "σ'(z)。",
    "check_hand_bp1_no_slope": "{name} 只是 a − y：BP1 还要把它乘以输出神经元的 σ'(z)。",
    "check_hand_bp1_sign": "{name} 的符号反了：代价的导数是 a − y，而这里 a 比 y 小。",
    "check_hand_sigma_for_slope": "{name} 把 a − y 乘以 σ(z)，即激活值：BP1 要的是斜率 σ'(z) = σ(z)(1 − σ(z))。",
    "check_hand_bp2_copied": "{name} 等于输出误差：BP2 要把它经过一个权重传回来，再乘以隐藏神经元的 σ'(z)。",
    "check_hand_bp2_no_slope": "{name} 漏掉了隐藏神经元的 σ'(z)：BP2 的最后是 ⊙ σ'(z^l)。",
    "check_hand_bp2_no_weight": "{name} 漏掉了权重：BP2 要经过从隐藏神经元到输出神经元的那个权重把误差传回来。",
    "check_hand_bp2_sigma": "{name} 乘的是隐藏神经元的 σ(z)，即它的激活值：BP2 要的是斜率 σ'(z)。",
    "check_hand_bp2_own_weight": "{name} 用的是隐藏神经元自己的权重（从输入来的那个）：BP2 用的是后一层的权重，"
                                 "即从隐藏神经元到输出神经元的那个。",
    "check_hand_ok": "输出神经元的 δ 是 {output}，隐藏神经元的 δ 是 {hidden}：往回走一层，误差乘上了一个权重和 σ'，而 σ' "
                     "从不超过 1/4。",
    "check_centring_not_pair": "{call} 返回了 {got}：它应该返回两个整数 (向下, 向右)。",
    "check_centring_sign": "{call} 把图像往反方向移了：质心在第 r 行时，图像向下移 14 − r 行，质心才到第 14 "
                           "行（负数表示向上移）。",
    "check_centring_swapped": "{call} 把列放在了前面：行在前，和 (向下, 向右) 以及质心 (行, 列) 的顺序一样。",
    "check_centring_not_whole": "{call} 给出的是像素的小数部分：图像按整像素移动，所以要四舍五入到最近的整数。",
    "check_centring_rounded_down": "{call} 是向下取整：要四舍五入到最近的整数（4.6 变成 5，−3.6 变成 −4）。",
    "check_centring_truncated": "{call} 直接去掉了小数部分，int() 就是这样做的：要四舍五入到最近的整数（4.6 变成 5）。",
    "check_centring_hint": "先求出图像的质心 (r, c)：移动量就是 (14, 14) 离它有多远，按整像素算，行在前。",
    "check_centring_ok": "质心落在离 (14, 14) 不到半个像素的地方，和每个 MNIST 数字一样。",
    "check_parameters_not_count": "{call} 返回了 {got}：它应该返回一个数，即权重和偏置一共有多少个。",
    "check_parameters_no_biases": "{call} 只数了权重：输入层之后的每个神经元还有一个偏置。",
    "check_parameters_no_weights": "{call} 只数了偏置：还要加上权重，每一对相连的神经元一个。",
    "check_parameters_input_biases": "{call} 给输入层也算了偏置：输入神经元只是存放像素，什么也不计算。",
    "check_parameters_product": "{call} 把所有层的大小乘在了一起：权重只连接相邻的两层，所以要一层一层地数，再加起来。",
    "check_parameters_hint": "请回顾笔记本 03 里的形状：输入层之后的每一层，都有一个（本层神经元数）×（前一层神经元数）"
                             "的权重矩阵，和一个每个神经元一项的偏置列。",
    "check_parameters_ok": "[784, 10] 有 {count:,} 个权重和偏置，约为 [784, 30, 10] 的 23,860 个的三分之一。",
    # (end of checks that transfer)
}
