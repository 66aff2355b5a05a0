"""Keep notebooks/zh/ in step with notebooks/en/: same cells, same code, Chinese prose.

    python scripts/sync_zh.py            # update notebooks/zh from notebooks/en, report what needs translating
    python scripts/sync_zh.py --check    # only report; exit 1 if anything is out of step
    python scripts/sync_zh.py 03_network_and_feedforward ...   # only these notebooks

For every English notebook, the Chinese twin gets the same cells in the same order (matched by cell id):
- code cells are copied byte for byte (the `setup`-tagged cell chooses the language:
  `mnistnet.set_language("en")` becomes `mnistnet.set_language("zh")`); a code cell whose source changed
  loses its old outputs, so `make notebooks` must re-execute the twin;
- Markdown cells keep their Chinese text. Each records, in `metadata.mnistnet.en_sha`, a hash of the
  English text it translates: when the English cell changes, the hash no longer matches and the cell is
  reported as needing a new translation. A new English cell is copied in English (and reported).
After translating a cell, run this script again: it records the hash of the English text for cells whose
text is Chinese (contains CJK characters) and whose hash is missing.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EN, ZH = ROOT / "notebooks" / "en", ROOT / "notebooks" / "zh"
CJK = re.compile(r"[\u4e00-\u9fff]")
LANGUAGE_LINE = 'mnistnet.set_language("{}")'


def source(cell: dict) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def zh_code(cell: dict) -> str:
    """The Chinese twin's source of an English code cell."""
    text = source(cell)
    if "setup" in cell.get("metadata", {}).get("tags", []):
        text = text.replace(LANGUAGE_LINE.format("en"), LANGUAGE_LINE.format("zh"))
    return text


def split_lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def sync(en_path: Path, zh_path: Path) -> tuple[dict, list[str]]:
    """The updated twin of ``en_path`` and a list of problems (cells to translate, cells to run)."""
    en = json.loads(en_path.read_text())
    old = json.loads(zh_path.read_text()) if zh_path.exists() else {"cells": [], "metadata": {}}
    old_cells = {c.get("id"): c for c in old["cells"]}
    cells, todo = [], []
    for cell in en["cells"]:
        twin = old_cells.get(cell.get("id"))
        if cell["cell_type"] == "code":
            new = copy.deepcopy(cell)
            new["source"] = split_lines(zh_code(cell))
            if twin is not None and twin["cell_type"] == "code" and source(twin) == source(new):
                new["outputs"], new["execution_count"] = twin["outputs"], twin["execution_count"]
            else:
                new["outputs"], new["execution_count"] = [], None
                todo.append(f"{zh_path.name}: code cell {cell.get('id')} changed: run `make notebooks`")
        else:
            english = source(cell)
            if twin is not None and twin["cell_type"] == cell["cell_type"]:
                new = copy.deepcopy(twin)
                new["metadata"] = copy.deepcopy(cell.get("metadata", {})) | {"mnistnet": twin["metadata"].get("mnistnet", {})}
                recorded = new["metadata"]["mnistnet"].get("en_sha")
                if recorded is None and CJK.search(source(twin)) and source(twin) != english:
                    new["metadata"]["mnistnet"]["en_sha"] = recorded = sha(english)
                if recorded != sha(english):
                    todo.append(f"{zh_path.name}: Markdown cell {cell.get('id')} needs a (new) translation")
            else:
                new = copy.deepcopy(cell)
                todo.append(f"{zh_path.name}: Markdown cell {cell.get('id')} is new: translate it")
        cells.append(new)
    twin_nb = copy.deepcopy(en)
    twin_nb["cells"] = cells
    twin_nb["metadata"] = old.get("metadata") or copy.deepcopy(en["metadata"])
    return twin_nb, todo


def main(argv: list[str]) -> int:
    check = "--check" in argv
    names = [a.removesuffix(".ipynb") for a in argv if not a.startswith("--")]
    problems = []
    ZH.mkdir(exist_ok=True)
    english = sorted(p for p in EN.glob("*.ipynb") if not names or p.stem in names)
    for path in sorted(ZH.glob("*.ipynb")):
        if not (EN / path.name).exists():
            problems.append(f"{path.name}: in zh only (its English original is gone)")
    for en_path in english:
        zh_path = ZH / en_path.name
        twin, todo = sync(en_path, zh_path)
        problems += todo
        if not check:
            zh_path.write_text(json.dumps(twin, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    for line in problems:
        print(line)
    print(f"{len(english)} notebooks, {len(problems)} things to do.")
    return 1 if (check and problems) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
