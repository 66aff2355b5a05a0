"""Speed and memory, side by side in one run on the same data (ratios matter, not absolute times).

    python bench/speed.py            # or: make bench

1. Loading: load_data() as float32 and as uint8.
2. Seconds per epoch on the full 50,000 training images, [784, 30, 10], mini-batch 10,
   eta 1.0: the seed's per-sample loop (engine="loop") and the matrix engine.
3. Seconds per epoch for the book's chapter-3 network: [784, 100, 10], cross-entropy,
   scaled init, L2 lmbda 5.0, eta 0.1, mini-batch 10. The loop is timed on the first
   5,000 images (a tenth of an epoch) and scaled by 10, to keep the bench short.
4. Peak memory (max RSS) of a full 30-epoch `python -m mnistnet train` run, and of the
   seed's approach (lists of (784, 1) columns, per-sample loop) for one epoch.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

import numpy as np

from mnistnet import Network, load_data

SEED_STYLE = """
import numpy as np
from mnistnet import Network, load_data, vectorized_result
training, _, test = load_data()
# the seed notebook's format: lists of (784, 1) float32 columns and (10, 1) targets
training_data = [(np.reshape(x, (784, 1)), vectorized_result(y)) for x, y in zip(*training)]
test_data = [(np.reshape(x, (784, 1)), int(y)) for x, y in zip(*test)]
Network([784, 30, 10], seed=0).SGD(training_data, 1, 10, 1.0, test_data=test_data, engine="loop", verbose=False)
"""


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

    training, _, test = load_data(dtype=np.uint8)
    print("\nSeconds per epoch, 50,000 images, [784, 30, 10], mini-batch 10, eta 1.0")
    per_epoch = {}
    for engine, epochs in (("loop", 1), ("matrix", 3)):
        net = Network([784, 30, 10], seed=0)
        history = net.SGD(training, epochs, 10, 1.0, test_data=test, engine=engine, verbose=False)
        per_epoch[engine] = statistics.median(r.seconds for r in history)
        print(f"  {engine:7} {per_epoch[engine]:6.2f} s   (test accuracy after epoch 0: {history[0].test_correct})")
    print(f"  matrix engine speed-up: {per_epoch['loop'] / per_epoch['matrix']:.1f}x")

    print(
        "\nSeconds per epoch, [784, 100, 10], cross-entropy, scaled init, lmbda 5.0, mini-batch 10, eta 0.1"
        "\n(the loop: 5,000 images timed, times 10; the matrix engine: median of 3 full epochs)"
    )
    chapter3 = dict(cost="cross-entropy", init="scaled")
    fraction = 10
    part = (training[0][: len(training[1]) // fraction], training[1][: len(training[1]) // fraction])
    net = Network([784, 100, 10], seed=0, **chapter3)
    loop_s = fraction * net.SGD(part, 1, 10, 0.1, lmbda=5.0, engine="loop", verbose=False)[0].seconds
    net = Network([784, 100, 10], seed=0, **chapter3)
    history = net.SGD(training, 3, 10, 0.1, lmbda=5.0, test_data=test, verbose=False)
    matrix_s = statistics.median(r.seconds for r in history)
    print(f"  loop    {loop_s:6.2f} s")
    print(f"  matrix  {matrix_s:6.2f} s   (test accuracy after epoch 2: {history[-1].test_correct})")
    print(f"  matrix engine speed-up: {loop_s / matrix_s:.1f}x")

    print("\nPeak resident memory of a child process")
    cli_mb, cli_s = peak_mb("from mnistnet.cli import main; main(['train', '--epochs', '30'])")
    print(f"  python -m mnistnet train --epochs 30        {cli_mb:6.0f} MB   ({cli_s:.0f} s)")
    seed_mb, _ = peak_mb(SEED_STYLE)
    print(f"  the seed's lists + per-sample loop, 1 epoch {seed_mb:6.0f} MB")
    print(f"  ratio: {seed_mb / cli_mb:.1f}x less memory")


if __name__ == "__main__":
    main()
