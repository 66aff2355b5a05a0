"""The questions at the end of every notebook: the self-check widget (mnistnet.quiz), the open questions, and the
teacher's answer key in notebooks/answers/ (never in the notebooks)."""

import math
import re
from pathlib import Path

import pytest
from notebook_json import cells as load
from notebook_json import source, tags

import mnistnet
from mnistnet import i18n
from mnistnet.quiz import ANSWERS, Quiz, options

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
LANGUAGES = ("en", "zh")
HEADING = {"en": "## Questions", "zh": "## 思考题"}
SELF_CHECK = {"en": "### Check yourself", "zh": "### 自测"}
QUESTION = {"en": re.compile(r"\*\*(\d+)\. (Predict|Explain|Compare)\.\*\* \S"),
            "zh": re.compile(r"\*\*(\d+)\. (预测|解释|比较)。\*\*\S")}
QUIZ_CELL = re.compile(r'Quiz\("(\w+)"\)\n?')


@pytest.fixture(autouse=True)
def english():
    mnistnet.set_language("en")
    yield
    mnistnet.set_language("en")


# --- the widget ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_quiz_has_its_texts(language):
    """Catches a question without options, an option without its explanation, an answer letter that names no
    option, and texts left behind by a removed question (in either language)."""
    texts, expected = i18n.catalogue(language), set()
    for name, right in ANSWERS.items():
        letters = options(name)
        assert len(letters) >= 3 and right in letters, (name, letters, right)
        expected |= {f"quiz_{name}"} | {f"quiz_{name}_{x}{why}" for x in letters for why in ("", "_why")}
    assert [key for key in sorted(expected) if not texts.get(key, "").strip()] == [], f"{language}: missing"
    assert [key for key in texts if re.match(r"quiz_\d\d_", key) and key not in expected] == [], f"{language}: left behind"


def option(name: str, letter: str) -> str:
    return i18n.catalogue("en")[f"quiz_{name}_{letter}"]


def test_the_marked_answers_are_right():
    """Catches an answer key that marks a wrong option: the numbers are worked out here, independently."""
    sigma = 1 / (1 + math.exp(0))
    cases = {
        "00_inputs": float(28 * 28),
        "01_scaling": 51 / 255,
        "02_slope": sigma * (1 - sigma),
        "04_noise": math.sqrt(100),
        "10_decay": 1 - 0.1 * 5.0 / 50000,
    }
    for name, value in cases.items():
        number = option(name, ANSWERS[name]).split()[0]
        assert math.isclose(float(eval(number)), value, rel_tol=1e-12), (name, number, value)  # "1/4" is a fraction
    assert option("06_epochs", ANSWERS["06_epochs"]) == str(len(range(5)))  # "Epoch 4" ends the fifth pass
    assert "N(0, 1)" in option("10_book_run", ANSWERS["10_book_run"])  # net.large_weight_initializer() in the book


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_check_says_right_only_for_the_right_option_and_why(name):
    """Catches a widget that praises a wrong option, or answers without the reason of the option chosen."""
    quiz = Quiz(name)
    for letter in options(name):
        quiz.choice.value = letter
        quiz.button.click()
        why = i18n.t(f"quiz_{name}_{letter}_why")
        verdict = quiz.verdict.value.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        assert verdict.startswith("✓ Right" if letter == ANSWERS[name] else "✗ Not quite"), (letter, verdict)
        assert why in verdict


def test_a_new_choice_clears_the_verdict_and_no_choice_asks_for_one():
    """Catches an old verdict left beside a new choice (it would judge the wrong option), and Check with
    nothing chosen raising or judging None."""
    quiz = Quiz("02_slope")
    quiz.button.click()
    assert "Choose an answer first" in quiz.verdict.value
    quiz.choice.value = "a"
    quiz.button.click()
    assert quiz.verdict.value.startswith("✗")
    quiz.choice.value = "b"
    assert quiz.verdict.value == ""


def test_unknown_names_and_letters_are_refused():
    """Catches a typo in a notebook's quiz name giving a KeyError, or an option letter that does not exist judged wrong."""
    with pytest.raises(ValueError, match="'06_epoch'.*06_epochs"):
        Quiz("06_epoch")
    with pytest.raises(ValueError, match="'e'.*a, b, c"):
        Quiz("06_epochs").check("e")


def test_without_a_kernel_the_cell_shows_the_whole_question():
    """Catches a quiz that a notebook viewer shows as a cut line or as nothing: the text/plain of its output holds
    the question and every option in full (ipywidgets cuts a repr after 110 characters), in the notebook's language."""
    for language in LANGUAGES:
        mnistnet.set_language(language)
        text = Quiz("11_no_hidden")._repr_mimebundle_()["text/plain"]
        texts = i18n.catalogue(language)
        assert len(text) > 110 and texts["quiz_11_no_hidden"] in text
        assert all(f"{x}) {texts[f'quiz_11_no_hidden_{x}']}" in text for x in options("11_no_hidden"))


# --- the questions in the notebooks ---------------------------------------------------------------


def questions(path: Path) -> tuple[list[tuple[int, str]], list[str]]:
    """The open questions (number, kind) and the quiz names at the end of a notebook, checking their layout."""
    language = path.parent.name
    cells = load(path)
    starts = [i for i, c in enumerate(cells) if c["cell_type"] == "markdown" and source(c).startswith(HEADING[language])]
    assert len(starts) == 1, f"{path.name}: one {HEADING[language]!r} heading"
    rest = cells[starts[0] + 1:]
    if rest and source(rest[-1]).startswith("---\n["):  # the navigation line closes the notebook
        rest = rest[:-1]
    open_questions, quizzes = [], []
    for cell in rest:
        text = source(cell)
        if "question" in tags(cell):
            match = QUESTION[language].match(text)
            assert cell["cell_type"] == "markdown" and match, f"{path.name}: a question cell starts **N. Kind.**:\n{text}"
            open_questions.append((int(match.group(1)), match.group(2)))
        elif "quiz" in tags(cell):
            match = QUIZ_CELL.fullmatch(text)
            assert cell["cell_type"] == "code" and match, f"{path.name}: a quiz cell is one line, Quiz(\"name\"):\n{text}"
            quizzes.append(match.group(1))
        else:
            assert text.startswith(SELF_CHECK[language]) and quizzes == [], f"{path.name}: not a question:\n{text}"
    return open_questions, quizzes


PATHS = [p for language in LANGUAGES for p in sorted((NOTEBOOKS / language).glob("*.ipynb"))]


@pytest.mark.parametrize("path", PATHS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_notebook_ends_with_its_questions(path):
    """Catches a notebook without questions, too few or too many, questions out of order, a quiz of another
    notebook, and a quiz cell the setup cell cannot run (Quiz not imported)."""
    open_questions, quizzes = questions(path)
    assert 6 <= len(open_questions) + len(quizzes) <= 10, (len(open_questions), len(quizzes))
    assert [n for n, _ in open_questions] == list(range(1, len(open_questions) + 1))
    assert len({kind for _, kind in open_questions}) >= 2, "predict, explain, compare: more than one kind"
    assert quizzes and all(name[:2] == path.stem[:2] for name in quizzes), quizzes
    setup = next(c for c in load(path) if "setup" in tags(c))
    assert "from mnistnet.quiz import Quiz" in source(setup)


def test_every_self_check_question_is_asked_once_in_each_language():
    """Catches a question in the package that no notebook asks, or one asked twice."""
    for language in LANGUAGES:
        asked = [name for path in sorted((NOTEBOOKS / language).glob("*.ipynb")) for name in questions(path)[1]]
        assert sorted(asked) == sorted(ANSWERS), language


@pytest.mark.parametrize("path", PATHS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_the_answer_key_answers_every_question(path):
    """Catches a question without an answer in the teacher's key, and a key that gives the wrong option of a
    self-check question."""
    key = NOTEBOOKS / "answers" / path.parent.name / f"{path.stem}.md"
    assert key.exists(), f"no answer key {key.relative_to(ROOT)}"
    text = key.read_text()
    assert text.startswith(f"# {path.stem[:2]} ")
    open_questions, quizzes = questions(path)
    for number, _ in open_questions:
        assert re.search(rf"^## {number}\. ", text, re.M), f"{key.name}: no answer to question {number}"
    assert not re.search(rf"^## {len(open_questions) + 1}\. ", text, re.M), f"{key.name}: answers a question not asked"
    for name in quizzes:
        assert f"`{name}`: **({ANSWERS[name]})**" in text, f"{key.name}: the self-check {name}"


def test_the_answers_are_not_in_the_notebooks():
    """Catches an answer pasted into a notebook, where every student reads it."""
    notebook_text = "".join(source(c) for p in PATHS for c in load(p))
    for key in sorted((NOTEBOOKS / "answers").glob("*/*.md")):
        paragraphs = [p.strip() for p in key.read_text().split("\n\n") if len(p.strip()) > 60 and not p.startswith("#")]
        leaked = [p[:60] for p in paragraphs if p in notebook_text]
        assert not leaked, f"{key.relative_to(ROOT)}: {leaked}"
