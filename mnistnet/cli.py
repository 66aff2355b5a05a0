"""Command line: ``python -m mnistnet train ...`` and ``python -m mnistnet data ...``."""

from __future__ import annotations

import argparse
import math
import os
import sys
from pathlib import Path

import numpy as np

from . import data
from .network import Network


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not the usage block
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value


def _learning_rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text} must be a positive, finite number")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m mnistnet", description="Train the seed's network on MNIST, or get the data.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    train = sub.add_parser(
        "train",
        help="train a network and print one line per epoch",
        description="Train a network of sigmoid neurons with mini-batch SGD on the 50,000 training "
        "images and print, after every epoch, how many of the 10,000 test images it gets right.",
    )
    train.add_argument("--epochs", type=_positive_int, default=30, help="passes over the training data (default 30)")
    train.add_argument("--eta", type=_learning_rate, default=1.0, help="learning rate eta (default 1.0, the seed's)")
    train.add_argument(
        "--hidden", type=_positive_int, nargs="+", default=[30], metavar="N",
        help="neurons in each hidden layer, e.g. --hidden 100 or --hidden 30 30 (default 30)",
    )
    train.add_argument("--batch-size", type=_positive_int, default=10, help="mini-batch size (default 10)")
    train.add_argument("--seed", type=int, default=0, help="random seed for weights and shuffling (default 0)")
    train.add_argument(
        "--engine", choices=["matrix", "loop"], default="matrix",
        help="matrix: a whole mini-batch per matrix product (fast); loop: the seed's per-sample loop",
    )
    train.add_argument("--save", type=Path, metavar="FILE", help="write the trained network to FILE (.npz)")
    train.add_argument("--data", metavar="PATH", help="folder of the four MNIST files, or mnist.pkl.gz")

    fetch = sub.add_parser(
        "data",
        help="download (or import) and check the MNIST files, then print where they are",
        description="Make sure the four official MNIST files are on this machine, checked against "
        "their published SHA-256, and print their folder. Without --from it uses MNISTNET_DATA or "
        "the cache, downloading once if needed.",
    )
    fetch.add_argument("--from", dest="source", metavar="DIR", help="import the four files from DIR (no internet needed)")
    return parser


def _train(args) -> int:
    if args.save is not None:
        folder = args.save.resolve().parent
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            print(f"python -m mnistnet train: error: --save {args.save}: cannot write in {folder}", file=sys.stderr)
            return 2
    training, _, test = data.load_data(args.data, dtype=np.uint8)  # uint8: a quarter of the memory
    net = Network([784, *args.hidden, 10], seed=args.seed)
    history = net.SGD(training, args.epochs, args.batch_size, args.eta, test_data=test, engine=args.engine)
    if history:
        best = max(history, key=lambda r: r.test_correct)
        print(f"Best: {best.test_correct} / {best.test_total} ({100 * best.test_accuracy:.2f}%) at epoch {best.epoch}")
    if args.save is not None:
        net.save(args.save)
        print(f"Saved the network to {args.save}")
    return 0


def _data(args) -> int:
    try:
        folder = data.import_from(args.source) if args.source else data.find_data()
        data.load_mnist(folder)  # read and check all four files
    except data.DataError:
        raise  # main() prints it in one line (a DataNotFoundError is also an OSError)
    except OSError as e:  # a disk or folder problem the data modules did not foresee: one line, no traceback
        where = f"{e.filename}: " if e.filename else ""
        print(f"python -m mnistnet data: error: {where}{e.strerror or e}", file=sys.stderr)
        return 1
    print(folder)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _train(args) if args.command == "train" else _data(args)
    except data.DataError as e:
        print(f"python -m mnistnet {args.command}: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
