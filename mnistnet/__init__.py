"""mnistnet: a small neural network that learns to read handwritten digits.

The maths (``Network``, ``sigmoid``, ...) and the data loaders need only numpy; plots
(``mnistnet.plots``) and widgets (``mnistnet.ui``) are imported on demand.
"""

from .data import DataError, load_data, load_data_wrapper
from .maths import cost_derivative, sigmoid, sigmoid_prime, vectorized_result
from .network import EpochReport, Network

__version__ = "0.1.0"

__all__ = [
    "DataError",
    "EpochReport",
    "Network",
    "cost_derivative",
    "load_data",
    "load_data_wrapper",
    "sigmoid",
    "sigmoid_prime",
    "vectorized_result",
]
