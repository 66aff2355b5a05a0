"""中文文本（简体）。键与 en.py 相同，顺序也相同。"""

TEXTS: dict[str, str] = {
    # i18n itself
    "language_set": "语言：中文。",

    # --- network and samples: errors for a learner's mistakes ---
    # (end of network)

    # --- costs and regularisation (chapter 3) ---
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
    # (end of draw)
}
