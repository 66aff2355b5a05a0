"""Speed and memory, side by side in one run on the same data (ratios matter, not absolute times).

    python bench/speed.py            # or: make bench

1. Loading: load_data() as float32 and as uint8.
2. Seconds per epoch on the 50,000 training images, [784, 30, 10], mini-batch 10, eta 1.0:
   the original notebook's per-sample loop (one backprop per image, the gradients summed;
   timed on 10,000 images and scaled by 5) against Network.SGD (one backprop per mini-batch
   of 10 columns, a full epoch), in float64 (the default) and in float32 (``dtype``, the same
   code). Each is the best of 3, taken in turns, the usual estimate on a machine that other work
   slows down now and then. And how many numpy calls one mini-batch costs.
3. The same for the book's chapter-3 network: [784, 100, 10], cross-entropy, scaled init,
   L2 lmbda 5.0, eta 0.1, mini-batch 10.
4. Peak memory (max RSS) of a full 30-epoch `python -m mnistnet train` run, and of the
   original notebook's approach (lists of (784, 1) columns, per-sample loop) for one epoch.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from mnistnet import Network, column_pairs, load_data

# One epoch of the original notebook's loop (``original_loop``, below) on its own data format, in a child process
# whose peak memory is measured.
ORIGINAL_STYLE = f"""
import sys
sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
import numpy as np
from mnistnet import Network, load_data, vectorized_result
from speed import original_loop
training, _, test = load_data()
# the original notebook's format: lists of (784, 1) float32 columns and (10, 1) targets, copied
training_data = [(np.reshape(x, (784, 1)).copy(), vectorized_result(y)) for x, y in zip(*training)]
original_loop(Network([784, 30, 10], seed=0), training_data, 10, 1.0)
"""


def original_sigmoid(z):
    """The original notebook's sigmoid, as it was written."""
    return 1.0 / (1.0 + np.exp(-z))


def original_sigmoid_prime(z):
    return original_sigmoid(z) * (1 - original_sigmoid(z))


def original_backprop(weights, biases, x, y, cross_entropy):
    """The original notebook's backprop for one sample (Nielsen's network2 for the cross-entropy)."""
    nabla_b = [np.zeros(b.shape) for b in biases]
    nabla_w = [np.zeros(w.shape) for w in weights]
    activation, activations, zs = x, [x], []
    for b, w in zip(biases, weights):
        z = np.dot(w, activation) + b
        zs.append(z)
        activation = original_sigmoid(z)
        activations.append(activation)
    delta = activations[-1] - y
    if not cross_entropy:
        delta = delta * original_sigmoid_prime(zs[-1])
    nabla_b[-1] = delta
    nabla_w[-1] = np.dot(delta, activations[-2].transpose())
    for l in range(2, len(weights) + 1):
        delta = np.dot(weights[-l + 1].transpose(), delta) * original_sigmoid_prime(zs[-l])
        nabla_b[-l] = delta
        nabla_w[-l] = np.dot(delta, activations[-l - 1].transpose())
    return nabla_b, nabla_w


def original_loop(net: Network, pairs: list, mini_batch_size: int, eta: float, lmbda: float = 0.0) -> float:
    """Seconds for one pass of the original notebook's loop over ``pairs`` (its own code, above:
    one backprop per sample, the gradients summed, the book's update lines with chapter 3's decay)."""
    weights, biases = net.weights, net.biases
    cross_entropy = net.cost.name == "cross-entropy"
    start = time.perf_counter()
    with np.errstate(over="ignore"):  # the original sigmoid overflows, harmlessly, for z < -709
        for k in range(0, len(pairs), mini_batch_size):
            mini_batch = pairs[k : k + mini_batch_size]
            nabla_b = [np.zeros(b.shape) for b in biases]
            nabla_w = [np.zeros(w.shape) for w in weights]
            for x, y in mini_batch:
                delta_nabla_b, delta_nabla_w = original_backprop(weights, biases, x, y, cross_entropy)
                nabla_b = [nb + dnb for nb, dnb in zip(nabla_b, delta_nabla_b)]
                nabla_w = [nw + dnw for nw, dnw in zip(nabla_w, delta_nabla_w)]
            decay = 1 - eta * lmbda / 50_000
            weights = [decay * w - (eta / len(mini_batch)) * nw for w, nw in zip(weights, nabla_w)]
            biases = [b - (eta / len(mini_batch)) * nb for b, nb in zip(biases, nabla_b)]
    return time.perf_counter() - start


class Counted(np.ndarray):
    """An array that counts every numpy call made with it (ufuncs, their reductions, and
    functions such as np.dot): the results are Counted too, so a whole step is counted."""

    calls = 0

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        Counted.calls += 1
        inputs = [np.asarray(a) if isinstance(a, Counted) else a for a in inputs]
        if "out" in kwargs:  # in place: w -= ...
            kwargs["out"] = tuple(np.asarray(a) for a in kwargs["out"])
        return np.asarray(getattr(ufunc, method)(*inputs, **kwargs)).view(Counted)

    def __array_function__(self, func, types, args, kwargs):
        Counted.calls += 1
        args = [np.asarray(a) if isinstance(a, Counted) else a for a in args]
        result = func(*args, **kwargs)
        return result.view(Counted) if isinstance(result, np.ndarray) else result


def numpy_calls_per_mini_batch(net: Network, x: np.ndarray, y: np.ndarray, lmbda: float) -> int:
    """How many numpy calls one ``update_mini_batch`` on the columns (x, y) makes."""
    net.weights = [w.view(Counted) for w in net.weights]
    net.biases = [b.view(Counted) for b in net.biases]
    Counted.calls = 0
    net.update_mini_batch((x.view(Counted), y.view(Counted)), 0.1, lmbda, 50_000)
    return Counted.calls


REPORT_PEAK = """
import atexit, resource, sys
def report():
    try:  # Linux: this process's own high-water mark (ru_maxrss of a child also counts the
          # parent's pages at fork time, which would inflate the figure)
        peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(peak, file=sys.stderr)
atexit.register(report)
"""


def peak_mb(code: str) -> tuple[float, float]:
    """Run ``code`` in a child Python; return (its peak resident memory in MB, wall seconds)."""
    start = time.perf_counter()
    child = subprocess.run(
        [sys.executable, "-c", REPORT_PEAK + code], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    return int(child.stderr.split()[-1]) / 1024, time.perf_counter() - start


def main() -> None:
    print("Loading the full MNIST (best of 3)")
    for dtype in (np.float32, np.uint8):
        times = []
        for _ in range(3):
            start = time.perf_counter()
            load_data(dtype=dtype)
            times.append(time.perf_counter() - start)
        print(f"  load_data(dtype={dtype.__name__:7}) {min(times):6.2f} s")

    training, validation, test = load_data()
    pairs = column_pairs(training, validation, test)[0][:10_000]
    x, y = training[0][:10].T.astype(np.float64), np.eye(10)[training[1][:10]].T
    for title, sizes, options, eta, lmbda in (
        ("[784, 30, 10], mini-batch 10, eta 1.0", [784, 30, 10], {}, 1.0, 0.0),
        ("[784, 100, 10], cross-entropy, scaled init, lmbda 5.0, mini-batch 10, eta 0.1", [784, 100, 10],
         dict(cost="cross-entropy", init="scaled"), 0.1, 5.0),
    ):
        print(f"\nSeconds per epoch of 50,000 images, {title}")
        # Three rounds, each timing the original loop, then one epoch of SGD in float64 (the default) and in
        # float32 (the same code): taken in turns, all three see the same moods of a busy machine.
        nets = {dtype: Network(sizes, seed=0, dtype=dtype, **options) for dtype in ("float64", "float32")}
        loop_s, sgd_s, right = [], {dtype: [] for dtype in nets}, {}
        for _ in range(3):
            loop_s.append(5 * original_loop(Network(sizes, seed=0, **options), pairs, 10, eta, lmbda))
            for dtype, net in nets.items():
                report = net.SGD(training, 1, 10, eta, lmbda=lmbda, test_data=test, verbose=False)[0]
                sgd_s[dtype].append(report.seconds)
                right[dtype] = report.test_correct
        print(f"  the original notebook's loop      {min(loop_s):6.2f} s   (10,000 images timed, times 5; best of 3)")
        for dtype in nets:
            print(f"  Network.SGD, dtype={dtype}     {min(sgd_s[dtype]):6.2f} s   {min(loop_s) / min(sgd_s[dtype]):4.1f}x faster"
                  f"   (best of 3 epochs; then {right[dtype]} test digits right)")
        print(f"  numpy calls per mini-batch: {numpy_calls_per_mini_batch(Network(sizes, seed=0, **options), x, y, lmbda)}")

    print("\nPeak resident memory of a child process")
    cli_mb, cli_s = peak_mb("from mnistnet.cli import main; main(['train', '--epochs', '30'])")
    print(f"  python -m mnistnet train --epochs 30        {cli_mb:6.0f} MB   ({cli_s:.0f} s)")
    original_mb, _ = peak_mb(ORIGINAL_STYLE)
    print(f"  the original notebook's lists + per-sample loop, 1 epoch {original_mb:6.0f} MB")
    print(f"  ratio: {original_mb / cli_mb:.1f}x less memory")


if __name__ == "__main__":
    main()
