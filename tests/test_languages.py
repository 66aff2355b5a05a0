"""The Chinese edition is a true twin of the English one: same notebooks, same code, Chinese words.

"Same code" means the same Python tokens: only comments, docstrings and the strings a learner reads (printed,
or a figure's title/label) may differ, and those are Chinese in the Chinese edition (scripts/sync_zh.py)."""

import importlib.util
import json
import re
from pathlib import Path

import pytest
from notebook_json import read as load
from notebook_json import source, tags

from mnistnet import i18n

ROOT = Path(__file__).resolve().parent.parent
EN, ZH = ROOT / "notebooks" / "en", ROOT / "notebooks" / "zh"
ZH_DOCS = [ROOT / "README.zh-CN.md", ROOT / "notebooks" / "TEACHING.zh-CN.md"]
CJK = re.compile(r"[\u4e00-\u9fff]")

spec = importlib.util.spec_from_file_location("sync_zh", ROOT / "scripts" / "sync_zh.py")
sync_zh = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sync_zh)


def markdown(path: Path) -> list[str]:
    return [source(c) for c in load(path)["cells"] if c["cell_type"] == "markdown"]


def code_words(path: Path) -> list[str]:
    """The comments, docstrings and shown strings of a notebook's code cells and of its solutions' code."""
    cells = load(path)["cells"]
    code = [source(c) for c in cells if c["cell_type"] == "code"]
    code += [block for c in cells if "solution" in tags(c) for block in re.findall(r"```python\n(.*?)```", source(c), re.S)]
    return [w.text for text in code for w in sync_zh.code_parts(text).words]


def test_every_notebook_comes_in_both_languages():
    """Catches a notebook added (or renamed) in one language only."""
    en, zh = {p.name for p in EN.glob("*.ipynb")}, {p.name for p in ZH.glob("*.ipynb")}
    assert sorted(en ^ zh) == [], "every notebook needs its twin: python scripts/sync_zh.py, then translate"


# --- same code, each language's words ---

SAME = [  # (English, Chinese): the same code
    ("x = 1  # one\n", "x = 1  # 一\n"),
    ('def f(x):\n    """Twice x."""\n    return 2 * x\n', 'def f(x):\n    """x 的两倍。"""\n    return 2 * x\n'),
    ('print("accuracy:", a > 0.9)\n', 'print("准确率：", a > 0.9)\n'),
    ('print(f"epoch {e}: {acc:.2%} right")\n', 'print(f"第 {e} 轮：{acc:.2%} 答对")\n'),
    ('print("first part, "\n      "second part")\n', 'print("第一部分，"\n      "第二部分")\n'),
    ('ax.set_title(f"eta = {eta}")\n', 'ax.set_title(f"学习率 = {eta}")\n'),
    ("%matplotlib inline\nx = 1\n", "%matplotlib inline\nx = 1\n"),
]
DIFFERENT = [  # (English, Chinese): a change of logic in one language
    ("x = 1  # one\n", "x = 2  # 一\n"),  # a number
    ('print("accuracy:", a > 0.9)\n', 'print("准确率：", a > 0.8)\n'),  # the logic beside a label
    ('print(f"{acc:.2%} right")\n', 'print(f"{acc:.1%} 答对")\n'),  # an f-string's format
    ('print(f"{acc:.2%} right")\n', 'print(f"{best:.2%} 答对")\n'),  # an f-string's expression
    ('net = load_data("mnist")\n', 'net = load_data("fashion")\n'),  # a string that is not shown
    ('runs["lmbda = 0"] = r\n', 'runs["λ = 0"] = r\n'),  # a dictionary key, even one that looks like a label
    ("for x in xs:\n    f(x)\ng(x)\n", "for x in xs:\n    f(x)\n    g(x)\n"),  # indentation moves a line into the loop
    ("x = 1  # y = 2\n", "x = 1\ny = 2\n"),  # a comment turned into code
    ("%matplotlib inline\n", "%matplotlib widget\n"),  # an IPython line
]


@pytest.mark.parametrize(("en", "zh"), SAME)
def test_translated_words_keep_the_same_code(en, zh):
    """Catches a rule that is too strict: a translated comment, docstring or printed label is the same code."""
    assert sync_zh.same_logic(en, zh), sync_zh.logic_difference(en, zh)


@pytest.mark.parametrize(("en", "zh"), DIFFERENT)
def test_a_change_of_logic_in_one_language_fails(en, zh):
    """Catches a rule that is too loose: any change beyond comments and shown strings is a different cell."""
    assert not sync_zh.same_logic(en, zh)


def test_sync_carries_code_changes_and_keeps_the_chinese_words():
    """Catches a sync that overwrites the Chinese comments with English, keeps a stale translation silently,
    or loses a translation when the code around it moves."""
    en = 'def f(x):\n    """Twice x."""\n    return 2 * x  # double\n\n\nprint("twice 3:", f(3))\n'
    zh = 'def f(x):\n    """x 的两倍。"""\n    return 2 * x  # 乘以 2\n\n\nprint("3 的两倍：", f(3))\n'
    text, records, notes = sync_zh.carry(en, zh, None)
    assert text == zh and notes == [] and all(records)  # a fresh translation is recorded
    # The code changes in English: the Chinese words stay, the new code comes across.
    en2 = en.replace("2 * x", "x + x").replace("print(", "y = f(3)\nprint(").replace("f(3))", "y)")
    text2, records2, notes2 = sync_zh.carry(en2, text, records)
    assert text2 == zh.replace("2 * x", "x + x").replace("print(", "y = f(3)\nprint(").replace("f(3))", "y)")
    assert notes2 == [] and sync_zh.same_logic(en2, text2)
    # An English comment changes: the old Chinese stays and is reported until someone translates it again.
    en3 = en2.replace("# double", "# x plus itself")
    text3, records3, notes3 = sync_zh.carry(en3, text2, records2)
    assert "# 乘以 2" in text3 and len(notes3) == 1 and "x plus itself" in notes3[0]
    assert sync_zh.carry(en3, text3, records3)[2] == notes3  # still reported on the next run
    text4, records4, notes4 = sync_zh.carry(en3, text3.replace("# 乘以 2", "# x 加上它自己"), records3)
    assert "# x 加上它自己" in text4 and notes4 == []  # translated again: recorded, no longer reported
    # A translation need not hold a Chinese character: it is kept all the same.
    text6, records6, notes6 = sync_zh.carry('print(n, "of", total)\n', 'print(n, "/", total)\n', None)
    assert text6 == 'print(n, "/", total)\n' and notes6 == []
    assert sync_zh.carry('print(n, "of", total)  # count\n', text6, records6)[0] == 'print(n, "/", total)  # count\n'
    # A new English comment stays English and is reported.
    text5, _, notes5 = sync_zh.carry("# a brand new comment\n" + en3, text4, records4)
    assert text5.startswith("# a brand new comment\n") and "x 加上它自己" in text5 and len(notes5) == 1


@pytest.mark.parametrize("name", sorted(p.name for p in EN.glob("*.ipynb")))
def test_code_cells_are_the_same_code(name):
    """Catches a fix made in one language only: every code cell has the same Python tokens in both languages
    (only comments, docstrings and shown strings may differ; the setup cell chooses the language), the same
    words in the same places, and each translated word records the English it translates (sync_zh.py)."""
    en, zh = load(EN / name)["cells"], load(ZH / name)["cells"]
    assert [(c.get("id"), c["cell_type"]) for c in en] == [(c.get("id"), c["cell_type"]) for c in zh]
    setups = [c for c in en if "setup" in tags(c)]
    assert len(setups) == 1 and 'mnistnet.set_language("en")' in source(setups[0]), "one setup cell chooses the language"
    for a, b in zip(en, zh):
        if a["cell_type"] != "code":
            continue
        assert tags(a) == tags(b), f"tags differ in cell {a.get('id')}"
        english = sync_zh.zh_code(a)
        assert sync_zh.same_logic(english, source(b)), (
            f"code cell {a.get('id')} differs between en and zh: {sync_zh.logic_difference(english, source(b))}"
        )
        en_words, zh_words = sync_zh.code_parts(english).words, sync_zh.code_parts(source(b)).words
        assert [w.key for w in en_words] == [w.key for w in zh_words], f"cell {a.get('id')}: not the same comments and strings"
        records = b["metadata"].get("mnistnet", {}).get("words") or [None] * len(zh_words)
        for e, z, record in zip(en_words, zh_words, records):
            if e.text != z.text:
                assert record == f"{sync_zh.sha(e.text)} {sync_zh.sha(z.text)}", (
                    f"cell {a.get('id')}: {z.text!r} translates an older English, or was not recorded "
                    f"(now {e.text!r}): update it, then python scripts/sync_zh.py"
                )


@pytest.mark.parametrize("name", sorted(p.name for p in EN.glob("*.ipynb")))
def test_the_chinese_notebooks_are_what_sync_makes(name):
    """Catches a sync that would overwrite or drop the Chinese words (or outputs) of an up-to-date twin, and a
    twin edited by hand but not synced: syncing the committed notebooks changes nothing."""
    twin, todo = sync_zh.sync(EN / name, ZH / name)
    assert todo == [] and twin == load(ZH / name)


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
def test_code_words_are_chinese(name):
    """Catches an English comment, hint, docstring or printed label left in a Chinese code cell or solution
    (what a student copies and reads should be Chinese)."""
    english = [w for w in code_words(ZH / name) if sync_zh.looks_english(w)]
    assert english == [], f"English words in the code cells of zh/{name}"


@pytest.mark.parametrize("name", sorted(p.name for p in ZH.glob("*.ipynb")))
def test_links_stay_in_the_chinese_series(name):
    """Catches a link from a Chinese notebook to a missing file or to the English series."""
    for text in markdown(ZH / name):
        for link in re.findall(r"\]\(([^)#\s]+)", text):
            if "://" in link or link.startswith("mailto:"):
                continue
            assert (ZH / link).exists(), f"broken link to {link}"
            assert "/en/" not in link, f"link to the English series: {link}"


@pytest.mark.parametrize("name", sorted(p.name for p in EN.glob("*.ipynb")))
def test_solutions_are_the_same_code(name):
    """Catches a solution changed in one language: the ```python block inside each collapsed solution must be
    the same code (its comments may be translated; tests/test_notebooks.py runs the English ones)."""
    en, zh = load(EN / name)["cells"], load(ZH / name)["cells"]
    for a, b in zip(en, zh):
        if "solution" in tags(a):
            blocks = [re.findall(r"```python\n(.*?)```", source(c), re.S) for c in (a, b)]
            assert len(blocks[0]) == len(blocks[1]), f"solution {a.get('id')} differs between en and zh"
            for x, y in zip(*blocks):
                assert sync_zh.same_logic(x, y), f"solution {a.get('id')}: {sync_zh.logic_difference(x, y)}"


# --- one word for one thing (../shared/ZH_STYLE.md), clean Chinese text ---

# Words the Chinese edition does not use, with the one it uses instead.
VARIANTS = {
    r"原始课堂|原始 ?notebook|最初的课堂|最初那份|原程序|原笔记本|原来那份": "原课堂笔记本",
    r"图片": "图像",
    r"基准": "基线",
    r"轮次|周期": "轮数 / 一轮",
    r"软件包|(?<!程序)(?<!压缩)(?<!鼓)(?<!语言)包(?![括含装])": "程序包",
    r"画框|白框": "画布",
    r"墨水": "墨迹",
    r"(?<!也叫)损失函数": "代价函数（也叫损失函数）",
    r"小了?(?:大约|约)?\s*[\d,，一二三四五六七八九十百千万]+\s*倍": "……的 N 分之一",
    r"看什么": "观察要点",
    r"照此办理|由之": "plain teaching words",
    r"全部运行|运行全部": "运行所有单元格 (the zh-CN JupyterLab label)",
    r"\\text\{\s*(?:output|if|otherwise|where|e\.g\.)": "Chinese inside \\text{}",
}


def zh_texts() -> list[tuple[str, str]]:
    """Every Chinese text a learner or teacher reads, with where it is."""
    texts = [(f"zh/{p.name}", t) for p in sorted(ZH.glob("*.ipynb")) for t in markdown(p) + code_words(p)]
    texts += [(p.name, p.read_text()) for p in ZH_DOCS]
    texts += [(f"locales/zh.py {key}", text) for key, text in i18n.catalogue("zh").items()]
    return texts


@pytest.mark.parametrize(("variant", "use"), VARIANTS.items(), ids=range(len(VARIANTS)))
def test_one_word_for_one_thing(variant, use):
    """Catches a second word for a concept that already has one (ZH_STYLE.md), and the patterns that read as
    translated (小 N 倍, 看什么, official-document phrases, English words in a formula's \\text{})."""
    found = [(where, m.group(0)) for where, text in zh_texts() for m in re.finditer(variant, text)]
    assert not found, f"use {use}, not: " + "; ".join(f"{where}: {word}" for where, word in found)


def test_notebook_is_called_bijiben():
    """Catches "notebook" in Chinese prose: the English word is given once, in 00 (and in the glossary); an
    English menu name in italics (*File > Close and Shut Down Notebook…*) is not prose."""
    for where, text in zh_texts():
        prose = re.sub(r"`[^`]*`|\]\([^)]*\)|https?://\S+|\*[^*\n]+\*", "", text)
        count = len(re.findall(r"\bnotebook\b", prose, re.I))
        if where == "zh/00_start_here.ipynb" and "## 术语表" in text:
            continue  # its English column (test_glossary_follows_the_style_table)
        if where == "zh/00_start_here.ipynb":
            assert count <= 1, f"{where}: notebook in Chinese prose"
        else:
            assert count == 0, f"{where}: notebook in Chinese prose (use 笔记本)"


def test_glossary_follows_the_style_table():
    """Catches a glossary that lists a rare variant instead of the word the series uses."""
    glossary = next(t for t in markdown(ZH / "00_start_here.ipynb") if "## 术语表" in t)
    for row in ["| 笔记本 | notebook |", "| 原课堂笔记本 |", "| 图像 | image |", "| 基线 | baseline |", "| 程序包 | package |",
                "| 画布 | canvas |", "| 墨迹 | ink |", "| 代价函数（也叫损失函数） | cost function |", "| 轮数 |"]:
        assert row in glossary, row


def test_one_title_per_notebook():
    """Catches two titles for one notebook: every link text "NN title" names it as its first heading does."""
    titles = {p.stem[:2]: re.match(r"# \d\d · (.+)", markdown(p)[0]).group(1) for p in ZH.glob("*.ipynb")}
    texts = [text for p in sorted(ZH.glob("*.ipynb")) for text in markdown(p)]
    for text in texts:
        for number, title in re.findall(r"\[(?:← )?(\d\d) ([^\]]+?)(?: →)?\]\(\d\d_", text):
            assert title == titles[number], f"{number} {title} (its title: {titles[number]})"


# A line break inside a paragraph, between two Chinese characters: browsers show it as a space.
CJK_CHAR = r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]"
BROKEN = re.compile(rf"{CJK_CHAR}\n[ \t]*{CJK_CHAR}")


def broken_lines(text: str) -> list[str]:
    """Places where a paragraph breaks its line between two Chinese characters (not headings, tables, code)."""
    found, fenced = [], False
    lines = text.split("\n")
    for line, after in zip(lines, lines[1:]):
        fenced ^= line.lstrip().startswith("```")
        if fenced or line.lstrip().startswith(("#", "|", "<")) or not after.strip():
            continue
        if BROKEN.search(line[-1:] + "\n" + after):
            found.append(line[-12:] + "⏎" + after.strip()[:12])
    return found


def test_the_line_break_check_finds_a_break():
    """Catches a check that cannot fail."""
    assert broken_lines("第一行写到这里\n接着写第二行。\n\n## 标题\n正文") == ["第一行写到这里⏎接着写第二行。"]
    assert broken_lines("一个列表：\n- 第一项\n\n| 表 | 格 |\n| 第 | 二 |") == []


@pytest.mark.parametrize("path", sorted(ZH.glob("*.ipynb")) + ZH_DOCS, ids=lambda p: p.name)
def test_no_line_break_between_chinese_characters(path):
    """Catches a hard line break inside a Chinese sentence (a browser shows a space in the middle of it)."""
    texts = markdown(path) if path.suffix == ".ipynb" else [path.read_text()]
    assert [b for t in texts for b in broken_lines(t)] == []


# --- what the Chinese notebooks print ---


def is_code(line: str) -> bool:
    """A line of code or a Python value (a dict, a list, an object's repr), not a sentence."""
    stripped = line.strip()
    if stripped.startswith(("def ", "class ", "return ", "@", '"""', "#")) or re.fullmatch(r"<.*>", stripped):
        return True
    try:
        compile(stripped, "<output>", "exec")
    except SyntaxError:
        return False
    return True


def english_output_lines(path: Path) -> tuple[list[str], int]:
    """The English lines of a notebook's saved outputs (two or more English words, no Chinese character, not
    code, not a table of numbers), and the number of non-blank output lines."""
    english, total = [], 0
    for cell in load(path)["cells"]:
        for out in cell.get("outputs", []):
            text = "".join(out.get("text", "")) + "".join(out.get("data", {}).get("text/plain", ""))
            for line in text.splitlines():
                if not line.strip():
                    continue
                total += 1
                if not CJK.search(line) and len(re.findall(r"[A-Za-z]{2,}", line)) >= 2 and not is_code(line):
                    english.append(line)
    return english, total


def test_the_output_count_tells_english_from_the_rest(tmp_path):
    """Catches a count that takes code, values or Chinese lines for English ones."""
    cell = {"cells": [{"outputs": [{"output_type": "stream", "text": [
        "Epoch 0: 9000 / 10000, took 0.3 seconds\n", "第 0 轮：9000 / 10000，用时 0.3 秒\n",
        "{'small 7': 7, 'huge 1': 1}\n", "<Figure size 640x480 with 1 Axes>\n", "[ 980 1135 1032]\n", "\n"]}]}]}
    path = tmp_path / "outputs.ipynb"
    path.write_text(json.dumps(cell))
    assert english_output_lines(path) == (["Epoch 0: 9000 / 10000, took 0.3 seconds"], 5)


def test_chinese_notebooks_print_chinese():
    """Catches a Chinese notebook whose saved outputs are mostly English (the package's messages, the notebook's
    printed labels): at most 10% of the output lines may be English."""
    english, total = [], 0
    for path in sorted(ZH.glob("*.ipynb")):
        lines, n = english_output_lines(path)
        english += [f"{path.stem[:2]}: {line}" for line in lines]
        total += n
    share = len(english) / max(total, 1)
    print(f"English output lines in notebooks/zh: {len(english)} of {total} ({share:.0%})")
    assert share <= 0.10, "\n".join([f"{len(english)} of {total} output lines are English ({share:.0%}):"] + english[:20])
