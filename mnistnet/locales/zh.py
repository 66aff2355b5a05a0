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
    # (end of draw)
}
