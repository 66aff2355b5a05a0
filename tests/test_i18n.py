"""The two catalogues of learner-facing texts stay in step."""

import re
import string

import pytest

from mnistnet import i18n


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_catalogues_have_the_same_keys():
    """Catches a text added in one language only (the other would fall back or crash)."""
    en, zh = i18n.catalogue("en"), i18n.catalogue("zh")
    assert sorted(set(en) ^ set(zh)) == []


def test_catalogues_have_the_same_placeholders():
    """Catches a translation that drops or renames a {placeholder} (format would raise KeyError)."""
    en, zh = i18n.catalogue("en"), i18n.catalogue("zh")
    for key in en:
        assert placeholders(en[key]) == placeholders(zh[key]), key


def test_chinese_texts_are_chinese():
    """Catches an English text pasted into zh.py untranslated."""
    zh = i18n.catalogue("zh")
    for key, text in zh.items():
        assert re.search(r"[\u4e00-\u9fff]", text) or not re.search(r"[A-Za-z]{4,}", text), key


SENTENCE_END = re.compile(r"(?<=[.!?])(?=\s|\{|$)|(?<=[。！？])")


@pytest.mark.parametrize("language", ["en", "zh"])
def test_no_text_says_a_sentence_twice(language):
    """Catches a value that repeats its sentence (checks_sigmoid_minus, checks_evaluate_not_count and zh
    checks_weight_shapes_not_list did: two string pieces pasted together, issue 14)."""
    for key, text in i18n.catalogue(language).items():
        sentences = [s.strip() for s in SENTENCE_END.split(text) if len(s.strip()) > 12]
        assert len(sentences) == len(set(sentences)), f"{key}: {text}"


def test_set_language_switches_and_refuses_unknown():
    try:
        i18n.set_language("zh")
        assert i18n.t("language_set") == "语言：中文。"
        i18n.set_language("en")
        assert i18n.t("language_set") == "Language: English."
        with pytest.raises(ValueError, match="fr"):
            i18n.set_language("fr")
        assert i18n.get_language() == "en"
    finally:
        i18n.set_language("en")


def test_a_text_missing_from_chinese_falls_back_to_the_english_text(monkeypatch):
    """Catches t() answering with the bare key (e.g. "validate_eta") when a Chinese text is missing:
    the learner must get the English sentence instead."""
    zh = dict(i18n.catalogue("zh"))
    del zh["validate_eta"]
    monkeypatch.setitem(i18n._catalogues, "zh", zh)
    try:
        i18n.set_language("zh")
        assert i18n.t("validate_eta", value="'3.0'") == i18n.catalogue("en")["validate_eta"].format(value="'3.0'")
    finally:
        i18n.set_language("en")
