"""中文文本（简体）。键与 en.py 相同，顺序也相同。"""

TEXTS: dict[str, str] = {
    # i18n itself
    "language_set": "语言：中文。",
}
