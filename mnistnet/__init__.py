"""mnistnet: a small neural network that learns to read handwritten digits.

The maths (``Network``, ``sigmoid``, ...) and the data loaders need only numpy; plots
(``mnistnet.plots``) and widgets (``mnistnet.widgets``) are imported on demand.
"""

from .data import DataError, column_pairs, load_data, load_data_wrapper
from .i18n import get_language, set_language
from .maths import closest_digit, cost_derivative, sigmoid, sigmoid_prime, vectorized_result
from .network import Network, make_mini_batches
from .report import EpochReport, epoch_line

__version__ = "0.1.0"

__all__ = ["DataError", "EpochReport", "Network", "closest_digit", "column_pairs", "cost_derivative", "epoch_line",
           "get_language", "load_data", "load_data_wrapper", "make_mini_batches", "set_language", "sigmoid",
           "sigmoid_prime", "vectorized_result"]
