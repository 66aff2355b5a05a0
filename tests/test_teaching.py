"""The teacher's guide agrees with the notebooks: every notebook's time, and the sections the lesson plan names."""

import re
from pathlib import Path

import notebook_json
import pytest

ROOT = Path(__file__).resolve().parent.parent
NAMES = sorted(path.stem for path in (ROOT / "notebooks" / "en").glob("*.ipynb"))
HEADER = {"en": r"\*\*Time:\*\* about (\d+(?:-\d+)?) minutes", "zh": r"\*\*用时：\*\* 约 (\d+(?:-\d+)?) 分钟"}
UNIT = {"en": "min", "zh": "分钟"}
TEACHING = {"en": ROOT / "notebooks" / "TEACHING.md", "zh": ROOT / "notebooks" / "TEACHING.zh-CN.md"}


def cells(language, name):
    return notebook_json.cells(ROOT / "notebooks" / language / f"{name}.ipynb")


def text(cell):
    return notebook_json.source(cell).replace("–", "-")


def header_times(language):
    """{notebook: "60-75"}: what each notebook says at its top."""
    return {name: re.search(HEADER[language], text(cells(language, name)[0])).group(1) for name in NAMES}


def table_times(markdown, language):
    """{notebook: time} from the rows of a Markdown table naming a notebook and ending a cell with its time."""
    found = {}
    for row in markdown.replace("–", "-").splitlines():
        name = re.search(r"\b(\d\d_[a-z_]+)\b", row)
        time = re.search(rf"\| (\d+(?:-\d+)?) {UNIT[language]} \|", row)
        if row.startswith("|") and name and time:
            found[name.group(1)] = time.group(1)
    return found


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_notebook_has_one_time_everywhere(language):
    """Catches a notebook's time changed in one place only (05 gained a section and 15 minutes; 00's map said
    30 min for 07 while 07 said 35): 00's map, the README and TEACHING say what each notebook says at its top."""
    times = header_times(language)
    series = next(text(c) for c in cells(language, "00_start_here") if re.match(r"## (The series|系列地图)", text(c)))
    places = {"00's map": table_times(series, language), "TEACHING": table_times(TEACHING[language].read_text(), language)}
    if language == "en":
        places["README"] = table_times((ROOT / "README.md").read_text(), language)
    for place, found in places.items():
        assert found == times, f"{place} ({language}) disagrees with the notebooks' own times"
    ends = [int(t) for time in times.values() for t in time.split("-")]
    span = {"en": f"(15 to {max(ends)} minutes)", "zh": f"每篇 15-{max(ends)} 分钟"}[language]
    readme = ROOT / ("README.md" if language == "en" else "README.zh-CN.md")
    assert min(ends) == 15 and span in readme.read_text().replace("–", "-")


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_guide_adds_up_the_times(language):
    """Catches the total time in TEACHING (what the lesson plan is built on) left behind when a notebook's time
    changes: it is the sum of the shortest and of the longest times."""
    times = header_times(language).values()
    low, high = (sum(int(time.split("-")[end]) for time in times) for end in (0, -1))
    hours = {"en": "{} h {} min", "zh": "{} 小时 {} 分钟"}[language]
    guide = TEACHING[language].read_text()
    assert hours.format(*divmod(low, 60)) in guide and hours.format(*divmod(high, 60)) in guide


def headings(language, number):
    """The section headings of notebook ``number`` ("05"), without the #s."""
    name = next(name for name in NAMES if name.startswith(number))
    return [line.lstrip("#").strip() for cell in cells(language, name) if cell["cell_type"] == "markdown"
            for line in notebook_json.source(cell).splitlines() if line.startswith("## ") or line.startswith("### ")]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_lesson_plan_names_sections_that_exist(language):
    """Catches a lesson plan sending the class to a section that was renamed or never existed: every section a
    row of the plans names (*Feedforward* in English, “前向传播：从像素到答案” in Chinese) begins a heading of a
    notebook that row names."""
    guide = TEACHING[language].read_text()
    plans = guide[guide.index("\n### ") : guide.index("\n## ", guide.index("\n### "))]
    quoted = r"\*([^*|]+)\*" if language == "en" else r"“([^”]+)”"
    named = 0
    for row in (line for line in plans.splitlines() if line.startswith("| ")):
        numbers = set(re.findall(r"\b(0\d|1[01])\b", row.split("|", 2)[2]))
        for section in re.findall(quoted, row):
            named += 1
            assert any(h.startswith(section) for n in numbers for h in headings(language, n)), f"{section!r} in: {row}"
    assert named >= 25
