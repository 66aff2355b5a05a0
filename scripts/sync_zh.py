"""Keep notebooks/zh/ in step with notebooks/en/: same cells, same code, Chinese words.

    python scripts/sync_zh.py            # update notebooks/zh from notebooks/en, report what needs translating
    python scripts/sync_zh.py --check    # only report; exit 1 if anything is out of step
    python scripts/sync_zh.py 03_network_and_feedforward ...   # only these notebooks

The rule: a code cell of the Chinese twin is the English cell as Python tokens, except its *words*: comments,
docstrings and the string literals that are printed or shown (arguments of `print`, figure titles and labels;
see `code_parts`). Those a Chinese student reads in Chinese. The `setup`-tagged cell also chooses the
language: `mnistnet.set_language("en")` becomes `mnistnet.set_language("zh")`.

For every English notebook, the Chinese twin gets the same cells in the same order (matched by cell id):
- code cells: the English code with the Chinese words put back where they were (matched through the
  tokens around them, or by the English text they translate, when the code moved). Each word records, in
  `metadata.mnistnet.words`, a hash of the English it translates and of its Chinese: when the English word
  changes, the Chinese one is kept and reported as needing a new translation; a new English word stays
  English (and is reported). A code cell whose code changed loses its old outputs, so
  `make notebooks` must re-execute the twin;
- Markdown cells keep their Chinese text. Each records, in `metadata.mnistnet.en_sha`, a hash of the
  English text it translates: when the English cell changes, the hash no longer matches and the cell is
  reported as needing a new translation. A new English cell is copied in English (and reported).
After translating (a cell, a comment, a printed label), run this script again: it records the hashes of
the Markdown cells whose text is Chinese and whose hash is missing, and of every code word whose Chinese
is new or was edited since it was recorded.
"""

from __future__ import annotations

import ast
import copy
import difflib
import hashlib
import io
import re
import sys
import tokenize
from pathlib import Path
from typing import NamedTuple

import notebook_json
from notebook_json import source

ROOT = Path(__file__).resolve().parent.parent
EN, ZH = ROOT / "notebooks" / "en", ROOT / "notebooks" / "zh"
CJK = re.compile(r"[\u4e00-\u9fff]")
LANGUAGE_LINE = 'mnistnet.set_language("{}")'
# Calls whose string arguments a learner reads: printed text, and what a figure shows.
SHOWN_CALLS = {"print", "set_title", "set_xlabel", "set_ylabel", "suptitle", "title", "xlabel", "ylabel", "text"}
SHOWN_KEYWORDS = {"label", "title", "xlabel", "ylabel"}
FSTRING_START = getattr(tokenize, "FSTRING_START", None)  # Python 3.12+ splits f-strings into tokens
FSTRING_END = getattr(tokenize, "FSTRING_END", None)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def zh_code(cell: dict) -> str:
    """The Chinese twin's source of an English code cell, before its words are translated."""
    text = source(cell)
    if "setup" in cell.get("metadata", {}).get("tags", []):
        text = text.replace(LANGUAGE_LINE.format("en"), LANGUAGE_LINE.format("zh"))
    return text


def split_lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


# --- code as tokens: the logic that must be identical, and the words that may be translated ---


class Word(NamedTuple):
    """A comment, docstring or shown string: its place in the logic, its text and where it stands in the source."""

    key: tuple
    text: str
    start: int  # offsets in the cell's source
    end: int


class Code(NamedTuple):
    logic: list[tuple]  # (token kind, text): identical in both languages
    words: list[Word]


def _as_python(text: str) -> str:
    """IPython lines (%magic, !shell) as a call of the same length in lines, so that tokenize and ast accept them."""
    lines = []
    for line in text.splitlines(keepends=True):
        stripped = line.lstrip()
        if stripped.startswith(("%", "!")):
            indent = line[: len(line) - len(stripped)]
            newline = "\n" if line.endswith("\n") else ""
            line = f"{indent}__ipython__({stripped.rstrip()!r}){newline}"
        lines.append(line)
    return "".join(lines)


def _shown(tree: ast.AST) -> dict[tuple[int, int], ast.expr]:
    """The string literals a learner reads (docstrings, strings printed or shown), by their (line, byte column)."""
    shown = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                shown.append(first.value)
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            values = list(node.args) + [k.value for k in node.keywords] if name in SHOWN_CALLS else []
            values += [k.value for k in node.keywords if k.arg in SHOWN_KEYWORDS]
            shown += [v for v in values if isinstance(v, ast.JoinedStr) or isinstance(getattr(v, "value", None), str)]
    return {(n.lineno, n.col_offset): n for n in shown}


def _tokens(python: str, offset) -> list[tuple[int, str, int, int]]:
    """(type, text, start, end) of each token, an f-string as one STRING token (Python 3.12 splits it)."""
    tokens, depth = [], 0
    for tok in tokenize.generate_tokens(io.StringIO(python).readline):
        start, end = offset(*tok.start), offset(*tok.end)
        if tok.type == FSTRING_START:
            depth += 1
            if depth == 1:
                tokens.append([tokenize.STRING, "", start, end])  # its text: the source from start to end
        elif depth:
            depth -= tok.type == FSTRING_END
            tokens[-1][3] = end
        else:
            tokens.append([tok.type, tok.string, start, end])
    return [tuple(t) for t in tokens]


def code_parts(text: str) -> Code:
    """Split a code cell into its logic and its words.

    The logic is the list of Python tokens (names, operators, numbers, indentation, and every string literal
    that is not a word). Words are comments, docstrings, and the string literals passed to `print` or to a
    figure's title/label (SHOWN_CALLS, SHOWN_KEYWORDS); a shown f-string keeps its {expressions} in the logic.
    Two cells with the same logic compute the same thing whatever language their words are in."""
    python = _as_python(text)  # the same lines, except the IPython ones (which hold no words)
    lines = python.splitlines(keepends=True)
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))

    def offset(row: int, col: int) -> int:
        return starts[row - 1] + col

    shown = {}  # start of a shown string -> (its end, the {expressions} of an f-string)
    for (row, byte_col), node in _shown(ast.parse(python)).items():
        col = len(lines[row - 1].encode()[:byte_col].decode())
        end_col = len(lines[node.end_lineno - 1].encode()[: node.end_col_offset].decode())
        values = tuple(ast.unparse(v) for v in getattr(node, "values", []) if isinstance(v, ast.FormattedValue))
        shown[offset(row, col)] = (offset(node.end_lineno, end_col), values)
    code, inside, comments = Code([], []), None, 0  # inside: (end, logic index, count) of the shown string we are in
    for kind, string, start, end in _tokens(python, offset):
        if kind in (tokenize.ENCODING, tokenize.ENDMARKER, tokenize.NL):
            continue
        if kind == tokenize.COMMENT:
            code.words.append(Word(("comment", len(code.logic), comments), string, start, end))
            comments += 1
            continue
        comments = 0
        if inside and start >= inside[0]:
            inside = None
        if kind == tokenize.STRING and (start in shown or inside):
            if start in shown:  # implicitly concatenated strings are one shown string
                inside = (shown[start][0], len(code.logic), 0)
                code.logic.append(("shown", *shown[start][1]))
            end_of_node, index, n = inside
            code.words.append(Word(("string", index, n), text[start:end], start, end))
            inside = (end_of_node, index, n + 1) if end < end_of_node else None
            continue
        blank = kind in (tokenize.INDENT, tokenize.DEDENT, tokenize.NEWLINE)
        code.logic.append((tokenize.tok_name[kind], "" if blank else string or text[start:end]))
    return code


def without_words(text: str) -> str:
    """A code cell's source without its comments, docstrings and shown strings."""
    pieces, last = [], 0
    for word in code_parts(text).words:
        pieces.append(text[last : word.start])
        last = word.end
    return "".join(pieces) + text[last:]


def same_logic(en: str, zh: str) -> bool:
    """Whether two versions of a cell are the same code (their words may differ)."""
    return code_parts(en).logic == code_parts(zh).logic


def logic_difference(en: str, zh: str) -> str:
    """The first place where two cells' logic differs, for a test's message."""
    a, b = (["".join(t[1:]) or t[0] for t in code_parts(x).logic] for x in (en, zh))
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            return f"en {' '.join(a[max(0, i1 - 3):i2 + 1])!r} vs zh {' '.join(b[max(0, j1 - 3):j2 + 1])!r}"
    return ""


MATH_WORDS = {"delta", "sigma", "eta", "lmbda", "lambda", "nabla", "exp", "abs", "sqrt", "log", "argmax", "argmin"}


def looks_english(text: str) -> bool:
    """Two English words (of 3 letters or more, not code such as np.dot( or x.shape, not a symbol such as
    delta) and no Chinese: a word that still needs translating."""
    text = re.sub(r"\{[^}]*\}|^[rRbBfFuU]+(?=['\"])", "", text)  # not the {expressions} of an f-string, nor its f
    words = [w for w in re.findall(r"(?<![\w.])[A-Za-z]{3,}(?![\w.(])", text) if w.lower() not in MATH_WORDS]
    return not CJK.search(text) and len(words) >= 2


def carry(en_text: str, zh_text: str, records: list | None) -> tuple[str, list, list[str]]:
    """The new Chinese source of a code cell, the records of its words and the notes for the translator.

    ``en_text`` is the English cell (setup line already switched), ``zh_text`` the Chinese twin before this
    sync and ``records`` its ``metadata.mnistnet.words``: for each word, "<hash of the English it translates>
    <hash of the Chinese>" (None before its first sync). A Chinese word whose hash no longer matches was edited
    by a translator; an English word whose hash no longer matches has changed since it was translated."""
    en, old = code_parts(en_text), code_parts(zh_text)
    records = [r.split() if r else None for r in records or []] + [None] * max(0, len(old.words) - len(records or []))
    moved = {}  # where each English logic token was in the old Chinese cell
    for i, j, n in difflib.SequenceMatcher(None, old.logic, en.logic, autojunk=False).get_matching_blocks():
        moved.update({j + k: i + k for k in range(n + 1)})
    old_words = {w.key: (w, records[n]) for n, w in enumerate(old.words)}
    by_english = {r[0]: w.text for w, r in old_words.values() if r}
    english_now = {sha(w.text) for w in en.words}
    pieces, new_records, notes, last = [], [], [], 0
    for word in en.words:
        kind, index, n = word.key
        twin, record = old_words.get((kind, moved.get(index, -1), n), (None, None))
        english, text, stale = sha(word.text), word.text, False
        if twin is not None and record and record[0] == english:
            text = twin.text  # the translation of this very English (or the English itself)
        elif english in by_english:
            text = by_english[english]  # the same English elsewhere in the old cell: the code around it moved
        elif twin is not None and not (record and record[0] in english_now):
            if record is None or record[1] != sha(twin.text):
                text = twin.text  # a new translation, or one a translator edited: record it
            elif record[0] != record[1]:  # translated, and its English changed since: keep it, report it
                text, stale = twin.text, True
                notes.append(f"the English of a translated word changed to {word.text!r}: update {text!r}")
        if text == word.text and looks_english(text) and not (twin is not None and twin.text == text):
            notes.append(f"new English word to translate: {text!r}")
        new_records.append(" ".join(record if stale else [english, sha(text)]))
        pieces += [en_text[last : word.start], text]
        last = word.end
    pieces.append(en_text[last:])
    return "".join(pieces), new_records, notes


# --- notebooks ---


def sync(en_path: Path, zh_path: Path) -> tuple[dict, list[str]]:
    """The updated twin of ``en_path`` and a list of problems (cells to translate, cells to run)."""
    en = notebook_json.read(en_path)
    old = notebook_json.read(zh_path) if zh_path.exists() else {"cells": [], "metadata": {}}
    old_cells = {c.get("id"): c for c in old["cells"]}
    cells, todo = [], []
    for cell in en["cells"]:
        twin = old_cells.get(cell.get("id"))
        if cell["cell_type"] == "code":
            new = copy.deepcopy(cell)
            if twin is not None and twin["cell_type"] == "code":
                mnistnet = twin["metadata"].get("mnistnet", {})
                text, records, notes = carry(zh_code(cell), source(twin), mnistnet.get("words"))
                todo += [f"{zh_path.name}: code cell {cell.get('id')}: {note}" for note in notes]
            else:
                text, records = zh_code(cell), []
            new["source"] = split_lines(text)
            new["metadata"].pop("execution", None)  # the English run's timings
            if records:
                new["metadata"]["mnistnet"] = {"words": records}
            if twin is not None and twin["cell_type"] == "code" and source(twin) == text:
                new["outputs"], new["execution_count"] = twin["outputs"], twin["execution_count"]
                if "execution" in twin["metadata"]:  # the timings of the Chinese run that made these outputs
                    new["metadata"]["execution"] = twin["metadata"]["execution"]
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
            notebook_json.write(zh_path, twin, sort_keys=True)
    for line in problems:
        print(line)
    print(f"{len(english)} notebooks, {len(problems)} things to do.")
    return 1 if (check and problems) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
