"""Self-check questions for the end of each notebook: a multiple-choice question that says right or wrong, and why.

``Quiz("06_epochs")`` shows the catalogue's question ``quiz_06_epochs``, its options ``quiz_06_epochs_a``,
``quiz_06_epochs_b``, ... as radio buttons, and a Check button. Check answers "right" or "not quite", with the
option's explanation ``quiz_06_epochs_a_why`` (every option has one: why it is right, or what it mixes up).
Every text comes from the catalogues (``mnistnet.set_language``); which option is right is in ``ANSWERS``, here,
not in the notebooks, so a reader thinks before the answer is in sight.

Without a kernel (a notebook viewer, a saved copy) the cell shows the widget's text: the question and its options.
No browser is needed to test it: set ``quiz.choice.value`` and call ``quiz.button.click()``, or ``quiz.check("b")``.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from .i18n import catalogue, t

# The right option of every self-check question, by name (the catalogue keys are quiz_<name>...).
ANSWERS: dict[str, str] = {
    "00_inputs": "b",
    "00_chance": "b",
    "01_scaling": "a",
    "01_which_set": "b",
    "02_slope": "b",
    "02_overflow": "c",
    "03_output_shape": "b",
    "03_answer": "a",
    "04_noise": "b",
    "04_step": "a",
    "05_bp3": "a",
    "05_hidden_delta": "a",
    "06_epochs": "b",
    "06_choose": "b",
    "07_huge_eta": "b",
    "08_bp3": "a",
    "09_mini_batch": "a",
    "10_book_run": "b",
    "10_decay": "a",
    "11_shift": "b",
    "11_no_hidden": "c",
}
LETTERS = "abcdef"


def options(name: str) -> list[str]:
    """The letters of the options of quiz ``name``: ``["a", "b", "c"]`` for three."""
    texts = catalogue("en")
    return [letter for letter in LETTERS if f"quiz_{name}_{letter}" in texts]


def quiz_text(name: str) -> str:
    """The question ``name`` and its options as plain text, in the current language."""
    return "\n".join([t(f"quiz_{name}")] + [f"  {letter}) {t(f'quiz_{name}_{letter}')}" for letter in options(name)])


class Quiz(widgets.VBox):
    """One self-check question: options to choose from, a Check button, and the verdict with its reason."""

    def __init__(self, name: str):
        if name not in ANSWERS:
            raise ValueError(t("quiz_unknown", name=repr(name), names=", ".join(sorted(ANSWERS))))
        self.name = name
        self.question = widgets.HTML(f"<b>{html.escape(t(f'quiz_{name}'), quote=False)}</b>")
        labels = [(f"{letter}) {t(f'quiz_{name}_{letter}')}", letter) for letter in options(name)]
        self.choice = widgets.RadioButtons(options=labels, value=None, layout=widgets.Layout(width="auto"))
        self.button = widgets.Button(description=t("quiz_check"))
        self.verdict = widgets.HTML()
        self.button.on_click(lambda _: self.check())
        self.choice.observe(lambda _: setattr(self.verdict, "value", ""), names="value")  # a new choice: a new verdict
        super().__init__([self.question, self.choice, self.button, self.verdict])

    def check(self, letter: str | None = None) -> str:
        """Judge ``letter`` (by default the option chosen): show and return "right" or "not quite", and why."""
        letter = self.choice.value if letter is None else letter
        if letter is None:
            text = t("quiz_choose_first")
        elif letter not in options(self.name):
            raise ValueError(t("quiz_no_such_option", letter=repr(letter), letters=", ".join(options(self.name))))
        else:
            key = "quiz_right" if letter == ANSWERS[self.name] else "quiz_not_quite"
            text = t(key, why=t(f"quiz_{self.name}_{letter}_why"))
        self.verdict.value = html.escape(text, quote=False)
        return text

    def __repr__(self) -> str:
        return quiz_text(self.name)

    def _repr_mimebundle_(self, **kwargs) -> dict:
        bundle = super()._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = quiz_text(self.name)  # the whole question, not cut after 110 characters
        return bundle
