import numpy as np

from mnistnet.plots import confusion_matrix


def test_confusion_matrix_rows_are_true_labels_columns_predictions():
    """Catches a transposed confusion matrix (rows = predictions), on a 2x2 case by hand:
    three images of 0 (one read as 0, two as 1) and one image of 1 (read as 1)."""
    labels = [0, 0, 0, 1]
    predictions = [0, 1, 1, 1]
    counts = confusion_matrix(predictions, labels, n=2)
    np.testing.assert_array_equal(counts, [[1, 2], [0, 1]])
    doc = confusion_matrix.__doc__
    assert "Rows are the true labels, columns the network's answers" in doc
