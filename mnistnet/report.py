"""What training reports after each epoch: ``EpochReport`` and the printed line, ``epoch_line``."""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import t


def epoch_line(epoch: int, seconds: float, test: tuple[int, int] | None = None,
               validation: tuple[int, int] | None = None) -> str:
    """The line printed after each epoch, in the chosen language, e.g.
    ``Epoch 0: 9129 / 10000, took 0.21 seconds``. ``test`` and ``validation`` are
    ``(correct, total)`` pairs, or None when that set was not evaluated."""
    if test and validation:
        return t("epoch_line_both", epoch=epoch, correct=validation[0], total=validation[1],
                 test_correct=test[0], test_total=test[1], seconds=seconds)
    if test or validation:
        key = "epoch_line" if test else "epoch_line_validation"
        correct, total = test or validation
        return t(key, epoch=epoch, correct=correct, total=total, seconds=seconds)
    return t("epoch_line_no_test", epoch=epoch, seconds=seconds)


@dataclass
class EpochReport:
    """What one epoch of training did. Accuracies are counts out of the totals."""

    epoch: int
    seconds: float  # training time only, evaluation not included
    test_correct: int | None = None
    test_total: int | None = None
    validation_correct: int | None = None
    validation_total: int | None = None
    training_cost: float | None = None

    @property
    def test_accuracy(self) -> float | None:
        """Fraction of the test set classified correctly (0..1), or None."""
        return None if self.test_total is None else self.test_correct / self.test_total

    @property
    def validation_accuracy(self) -> float | None:
        """Fraction of the validation set classified correctly (0..1), or None."""
        return None if self.validation_total is None else self.validation_correct / self.validation_total

    def line(self) -> str:
        """The printed line of this epoch (``epoch_line``)."""
        test = None if self.test_total is None else (self.test_correct, self.test_total)
        validation = None if self.validation_total is None else (self.validation_correct, self.validation_total)
        return epoch_line(self.epoch, self.seconds, test, validation)
