"""scripts/notebook_json.py, the notebook helper shared by the scripts and the tests."""

import notebook_json
import pytest


def test_a_merge_conflicted_file_is_refused_in_one_sentence_naming_it(tmp_path):
    """Catches a JSON parser's traceback reaching the teacher (make student, make nbgrader, sync_zh)."""
    path = tmp_path / "lesson.ipynb"
    path.write_text('{"cells": [\n<<<<<<< HEAD\n]}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"lesson\.ipynb: not a valid notebook \(a merge conflict is left in it"):
        notebook_json.read(path)
    path.write_text('{"metadata": {}}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"lesson\.ipynb: not a notebook \(no list of cells\)"):
        notebook_json.read(path)


def test_source_reads_both_ways_jupyter_stores_it_and_tags_may_be_missing():
    """Catches a helper that handles only the list-of-lines form (nbformat may write one string)."""
    assert notebook_json.source({"source": ["a = 1\n", "b = 2"]}) == "a = 1\nb = 2"
    assert notebook_json.source({"source": "a = 1\nb = 2"}) == "a = 1\nb = 2"
    assert notebook_json.tags({"metadata": {}}) == [] and notebook_json.tags({}) == []
    assert notebook_json.tags({"metadata": {"tags": ["solution"]}}) == ["solution"]


def test_written_notebooks_keep_chinese_readable_and_read_back_the_same(tmp_path):
    """Catches \\uXXXX escapes in the committed Chinese notebooks (unreadable diffs) or a lost newline at the end."""
    notebook = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["反向传播"]}], "metadata": {}}
    path = tmp_path / "new folder" / "zh.ipynb"  # a folder that does not exist yet is made
    notebook_json.write(path, notebook)
    text = path.read_text(encoding="utf-8")
    assert "反向传播" in text and text.endswith("}\n") and text.startswith('{\n "cells"')
    assert notebook_json.read(path) == notebook
    assert notebook_json.code_cells(notebook) == []
