"""Command line: ``python -m mnistnet train ...`` and ``python -m mnistnet data ...``."""

from __future__ import annotations

import argparse
import math
import os
import sys
from pathlib import Path

import numpy as np

from . import data, download
from .network import Network


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not the usage block
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _whole_number(text: str, least: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < least:
        raise argparse.ArgumentTypeError(f"{value} must be at least {least}")
    return value


def _positive_int(text: str) -> int:
    return _whole_number(text, 1)


def _seed(text: str) -> int:
    return _whole_number(text, 0)


def _learning_rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text} must be a positive, finite number")
    return value


def _lmbda(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"{text} must be a finite number of at least 0")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m mnistnet", description="Train chapter 1's network on MNIST, or get the data.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    train = sub.add_parser(
        "train",
        help="train a network and print one line per epoch",
        description="Train a network of sigmoid neurons with mini-batch SGD on the 50,000 training "
        "images and print, after every epoch, how many of the 10,000 test images it gets right; at "
        "the end, the epoch with the best accuracy on the 10,000 validation images and the test "
        "accuracy at that epoch. The book's chapter 3: --hidden 100 --epochs 60 --eta 0.1 "
        "--cost cross-entropy --init scaled --lmbda 5.0 (about 98%%).",
    )
    train.add_argument("--epochs", type=_positive_int, default=30, help="passes over the training data (default 30)")
    train.add_argument("--eta", type=_learning_rate, default=1.0, help="learning rate eta (default 1.0, the original notebook's)")
    train.add_argument(
        "--hidden", type=_positive_int, nargs="+", default=[30], metavar="N",
        help="neurons in each hidden layer, e.g. --hidden 100 or --hidden 30 30 (default 30)",
    )
    train.add_argument("--batch-size", type=_positive_int, default=10, help="mini-batch size (default 10)")
    train.add_argument("--seed", type=_seed, default=0, help="random seed for weights and shuffling (default 0)")
    train.add_argument(
        "--cost", choices=["quadratic", "cross-entropy"], default="quadratic",
        help="quadratic: chapter 1's 1/2 ||a - y||^2; cross-entropy: no learning slowdown (default quadratic)",
    )
    train.add_argument(
        "--init", choices=["large", "scaled"], default="large",
        help="initial weights: large = N(0, 1), chapter 1's; scaled = N(0, 1/n_in) (default large)",
    )
    train.add_argument(
        "--lmbda", type=_lmbda, default=0.0, metavar="LAMBDA",
        help="L2 regularisation lambda: w -> (1 - eta*lambda/n) w - ... (default 0: none)",
    )
    train.add_argument(
        "--early-stopping", type=_positive_int, metavar="N",
        help="stop when the validation accuracy has not improved for N epochs",
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


def _error(command: str, message: str) -> None:
    print(f"python -m mnistnet {command}: error: {message}", file=sys.stderr)


def _save_problem(save: Path) -> str | None:
    """Why the network could not be written to ``save``, or None: asked before any work."""
    if str(save) in ("", ".") or save.is_dir():
        return f"--save {str(save)!r}: is a folder; give a file name such as net.npz"
    folder = save.resolve().parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        return f"--save {save}: cannot write in {folder}"
    if save.exists() and not os.access(save, os.W_OK):
        return f"--save {save}: the file exists and cannot be overwritten"
    return None


def _available_memory() -> int | None:
    """Bytes of memory this process can still get (Linux: MemAvailable), or None if unknown."""
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def _memory_needed(sizes: list[int], batch_size: int) -> int:
    """A generous estimate of the bytes training needs: float64 weights and biases, as much
    again for one step's gradients and temporaries, activations of a block of 1,000."""
    parameters = sum(x * y + y for x, y in zip(sizes[:-1], sizes[1:]))
    activations = max(min(batch_size, 50_000), 1000) * sum(sizes)  # a mini-batch holds at most the training set
    return 8 * (3 * parameters + 2 * activations)


def _load_data(path: str | None):
    """Training, validation and test sets as uint8 (a quarter of the memory of float32)."""
    return data.load_data(path, dtype=np.uint8)


def _stop_quietly_on_broken_pipe() -> None:
    """The reader of our output went away (``train | head``): send further output, and the
    flush at exit, to devnull, as Python's documentation on SIGPIPE recommends."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _train(args) -> int:
    if args.save is not None and (problem := _save_problem(args.save)):
        _error("train", problem)
        return 2
    sizes = [784, *args.hidden, 10]
    needed, available = _memory_needed(sizes, args.batch_size), _available_memory()
    if available is not None and needed > available:
        _error(
            "train", f"--hidden {' '.join(map(str, args.hidden))}: this network needs about {needed / 1e9:.1f} GB "
            f"of memory, this computer has {available / 1e9:.1f} GB free; try fewer hidden neurons"
        )
        return 2
    if args.lmbda and args.eta * args.lmbda >= 50_000:  # the weight decay 1 - eta * lmbda / n would not be positive
        _error("train", f"--lmbda {args.lmbda:g} with --eta {args.eta:g}: the weight decay 1 - eta * lambda / n "
               f"(n = 50,000 images) must stay positive; choose --lmbda below {50_000 / args.eta:g}")
        return 2
    training, validation, test = _load_data(args.data)
    net = Network(sizes, seed=args.seed, cost=args.cost, init=args.init)
    status = 0
    try:
        history = net.SGD(
            training, args.epochs, args.batch_size, args.eta, test_data=test, validation_data=validation,
            lmbda=args.lmbda, early_stopping=args.early_stopping,
        )
    except KeyboardInterrupt as stop:  # Ctrl-C: keep what was learned, then say so by the status
        history, status = getattr(stop, "history", []), 130
    except BrokenPipeError as stop:  # train | head: nobody reads any more; keep the work quietly
        _stop_quietly_on_broken_pipe()
        history, status = getattr(stop, "history", []), 141
    if history:
        # choose the epoch on the validation set, then report the test set at that epoch:
        # choosing by test accuracy would make the test figure optimistic
        best = max(history, key=lambda r: r.validation_correct)  # the first of equals
        print(
            f"Best: validation {best.validation_correct} / {best.validation_total} "
            f"({100 * best.validation_accuracy:.2f}%) at epoch {best.epoch}; test at that epoch "
            f"{best.test_correct} / {best.test_total} ({100 * best.test_accuracy:.2f}%)"
        )
    if args.save is not None:
        net.save(args.save)
        print(f"Saved the network to {args.save}", flush=True)
    return status


def _data(args) -> int:
    try:
        folder = download.import_from(args.source) if args.source else download.find_data()
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
    """Run one command; return the exit status: 0 done, 1 a problem with the data or a
    file, 2 a mistake in the command line, 130 stopped by Ctrl-C (what it learned is kept,
    and saved with --save), 141 its output was closed (``train | head``)."""
    args = build_parser().parse_args(argv)
    try:
        return _train(args) if args.command == "train" else _data(args)
    except data.DataError as e:
        _error(args.command, str(e))
        return 1
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _stop_quietly_on_broken_pipe()
        return 141
    except MemoryError:
        _error(args.command, "not enough memory; try fewer hidden neurons (--hidden) or close other programs")
        return 1
    except OSError as e:  # e.g. the disk is full while saving
        _error(args.command, f"{e.filename or ''}: {e.strerror or e}".lstrip(": "))
        return 1
