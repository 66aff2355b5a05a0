"""English texts. Keys are grouped by the module that uses them; keep zh.py in the same order."""

TEXTS: dict[str, str] = {
    # i18n itself
    "language_set": "Language: English.",

    # --- network and samples: errors for a learner's mistakes ---
    # (end of network)

    # --- costs and regularisation (chapter 3) ---
    # (end of costs)

    # --- checks: the exercises' messages ---
    # (end of checks)

    # --- ui: widget labels, buttons, status lines, tables ---
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
    # (end of draw)
}
