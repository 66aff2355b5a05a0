"""The language mnistnet speaks to a learner: English (``"en"``) or Chinese (``"zh"``).

Every text a learner reads from the package (the checks' messages, widget labels, errors for a learner's mistakes) lives in one
catalogue per language, ``mnistnet/locales/en.py`` and ``zh.py``: a dict from a key to a text with ``{placeholders}``. Code asks
for a text by key: ``raise ValueError(t("net_eta", value=repr(eta)))``. A notebook chooses the language once, in its setup cell:
``mnistnet.set_language("zh")``. A test checks that both catalogues have the same keys and the same placeholders."""

from __future__ import annotations

from importlib import import_module

LANGUAGES = ("en", "zh")
_language = "en"
_catalogues: dict[str, dict[str, str]] = {}


def catalogue(language: str) -> dict[str, str]:
    """The dict of texts of ``language`` (loaded once)."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, got {language!r}.")
    if language not in _catalogues:
        _catalogues[language] = import_module(f"mnistnet.locales.{language}").TEXTS
    return _catalogues[language]


def set_language(language: str) -> None:
    """Choose the language of every later message: ``"en"`` (the default) or ``"zh"``."""
    global _language
    catalogue(language)  # refuses an unknown language, loads the texts
    _language = language


def get_language() -> str:
    """The language chosen with ``set_language`` (``"en"`` until then)."""
    return _language


def t(key: str, **values) -> str:
    """The text ``key`` in the current language, with ``{placeholders}`` filled from ``values``."""
    texts = catalogue(_language)
    text = texts[key] if key in texts else catalogue("en")[key]
    return text.format(**values) if values else text
