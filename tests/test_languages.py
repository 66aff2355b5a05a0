"""The Chinese edition is a true twin of the English one: same notebooks, same code, prose translated."""

import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EN, ZH = ROOT / "notebooks" / "en", ROOT / "notebooks" / "zh"
CJK = re.compile(r"[\u4e00-\u9fff]")

spec = importlib.util.spec_from_file_location("sync_zh", ROOT / "scripts" / "sync_zh.py")
sync_zh = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sync_zh)


def load(path: Path) -> dict:
    return json.loads(path.read_text())


def source(cell: dict) -> str:
    return "".join(cell["source"])


def test_every_notebook_comes_in_both_languages():
    """Catches a notebook added (or renamed) in one language only."""
    en, zh = {p.name for p in EN.glob("*.ipynb")}, {p.name for p in ZH.glob("*.ipynb")}
    assert sorted(en ^ zh) == [], "every notebook needs its twin: python scripts/sync_zh.py, then translate"


@pytest.mark.parametrize("name", sorted(p.name for p in EN.glob("*.ipynb")))
def test_code_cells_are_identical(name):
    """Catches a fix made in one language only: code cells must match byte for byte, except the
    one setup cell, which may differ only in the language it chooses."""
    en, zh = load(EN / name)["cells"], load(ZH / name)["cells"]
    assert [(c.get("id"), c["cell_type"]) for c in en] == [(c.get("id"), c["cell_type"]) for c in zh]
    setups = [c for c in en if "setup" in c["metadata"].get("tags", [])]
    assert len(setups) == 1 and 'mnistnet.set_language("en")' in source(setups[0]), "one setup cell chooses the language"
    for a, b in zip(en, zh):
        if a["cell_type"] != "code":
            continue
        assert a["metadata"].get("tags", []) == b["metadata"].get("tags", []), f"tags differ in cell {a.get('id')}"
        if "setup" in a["metadata"].get("tags", []):
            assert source(b) == source(a).replace('set_language("en")', 'set_language("zh")')
        else:
            assert source(a) == source(b), f"code cell {a.get('id')} differs between en and zh"


@pytest.mark.parametrize("name", sorted(p.name for p in EN.glob("*.ipynb")))
def test_prose_is_translated_and_up_to_date(name):
    """Catches English prose left in a Chinese notebook, and a translation of an English text that
    has changed since (each zh cell records a hash of the English text it translates)."""
    en, zh = load(EN / name)["cells"], load(ZH / name)["cells"]
    for a, b in zip(en, zh):
        if a["cell_type"] != "markdown":
            continue
        if len(re.findall(r"\b[A-Za-z]{3,}\b", re.sub(r"\$[^$]*\$|`[^`]*`|\([^)]*\.ipynb\)", "", source(a)))) >= 3:
            assert CJK.search(source(b)), f"Markdown cell {a.get('id')} is not translated:\n{source(b)[:200]}"
        recorded = b["metadata"].get("mnistnet", {}).get("en_sha")
        assert recorded == sync_zh.sha(source(a)), (
            f"the English text of cell {a.get('id')} changed since it was translated: "
            "update the Chinese cell, then python scripts/sync_zh.py"
        )


@pytest.mark.parametrize("name", sorted(p.name for p in ZH.glob("*.ipynb")))
def test_links_stay_in_the_chinese_series(name):
    """Catches a link from a Chinese notebook to a missing file or to the English series."""
    for cell in load(ZH / name)["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        for link in re.findall(r"\]\(([^)#\s]+)", source(cell)):
            if "://" in link or link.startswith("mailto:"):
                continue
            assert (ZH / link).exists(), f"broken link to {link}"
            assert "/en/" not in link, f"link to the English series: {link}"


@pytest.mark.parametrize("name", sorted(p.name for p in EN.glob("*.ipynb")))
def test_solutions_are_the_same_code(name):
    """Catches a solution translated or changed in one language: the ```python block inside each
    collapsed solution must be identical (tests/test_notebooks.py runs the English ones)."""
    en, zh = load(EN / name)["cells"], load(ZH / name)["cells"]
    for a, b in zip(en, zh):
        if "solution" in a["metadata"].get("tags", []):
            blocks = [re.findall(r"```python\n(.*?)```", source(c), re.S) for c in (a, b)]
            assert blocks[0] == blocks[1], f"solution {a.get('id')} differs between en and zh"
