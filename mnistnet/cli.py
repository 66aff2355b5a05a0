"""Command line: ``python -m mnistnet train ...`` and ``python -m mnistnet data ...``, in English or Chinese (``--lang``,
else the environment's language, e.g. ``LANG=zh_CN.UTF-8``): every line it prints comes from the catalogues."""

from __future__ import annotations

import argparse
import math
import os
import re
import sys
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

import numpy as np

from . import data, download
from .i18n import LANGUAGES, get_language, set_language, t
from .network import Network
from .validate import COSTS, INITS, validate_decay

ARGPARSE_ERRORS = {  # argparse's one-line errors, in its English words -> our catalogue's keys
    r"argument (?P<flag>\S+): (?P<message>.+)": "cli_argument",
    r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)": "cli_choice",
    r"unrecognized arguments: (?P<arguments>.+)": "cli_unrecognized",
    r"the following arguments are required: (?P<names>.+)": "cli_required",
    r"expected one argument": "cli_one_value",
    r"expected at least one argument": "cli_some_values",
}


def _translated(message: str) -> str:
    """argparse's English ``message`` in the chosen language (an unknown one as it is)."""
    for pattern, key in ARGPARSE_ERRORS.items():
        if found := re.fullmatch(pattern, message):
            return t(key, **{name: _translated(part) for name, part in found.groupdict().items()})
    return message


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line in the chosen language, not the usage block
        self.exit(2, t("cli_error", prog=self.prog, message=t("cli_see_help", message=_translated(message))) + "\n")


def _number(kind: type, key: str, fits: Callable[[float], bool]) -> Callable[[str], float]:
    """An argparse type: the text as ``kind`` (int or float) if the value ``fits``, else the sentence ``key``."""
    def convert(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(t(f"cli_not_{kind.__name__}", value=repr(text))) from None
        if not fits(value):  # every comparison with nan is false: nan never fits
            raise argparse.ArgumentTypeError(t(key, value=text))
        return value
    return convert


def build_parser() -> argparse.ArgumentParser:
    """The parser, with its help in the language chosen with ``set_language``."""
    parser = _Parser(prog="python -m mnistnet", description=t("cli_description"))
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    train = sub.add_parser("train", help=t("cli_train_help"), description=t("cli_train_description"))
    count = _number(int, "cli_at_least_1", lambda n: n >= 1)
    for flag, options in {
        "--epochs": dict(type=count, default=30),
        "--eta": dict(type=_number(float, "cli_positive", lambda x: 0 < x < math.inf), default=1.0),
        "--hidden": dict(type=count, nargs="+", default=[30], metavar="N"),
        "--batch-size": dict(type=count, default=10),
        "--seed": dict(type=_number(int, "cli_at_least_0", lambda n: n >= 0), default=0),
        "--cost": dict(choices=list(COSTS), default="quadratic"),
        "--init": dict(choices=INITS, default="large"),
        "--lmbda": dict(type=_number(float, "cli_not_negative", lambda x: 0 <= x < math.inf), default=0.0, metavar="LAMBDA"),
        "--early-stopping": dict(type=count, metavar="N"),
        "--save": dict(type=Path, metavar="FILE"),
        "--data": dict(metavar="PATH"),
    }.items():
        train.add_argument(flag, help=t("cli_help_" + flag[2:].replace("-", "_")), **options)
    fetch = sub.add_parser("data", help=t("cli_data_help"), description=t("cli_data_description"))
    fetch.add_argument("--from", dest="source", metavar="DIR", help=t("cli_help_from"))
    for command in (parser, train, fetch):  # read before parsing (``_language``); here for --help and a wrong value
        command.add_argument("--lang", choices=LANGUAGES, help=t("cli_help_lang"))
    return parser


def _language(argv: list[str]) -> str:
    """``--lang``'s language, else "zh" if the first of LC_ALL, LC_MESSAGES and LANG that is set starts with "zh"."""
    given = [b for a, b in zip(argv, argv[1:]) if a == "--lang"] + [a[7:] for a in argv if a.startswith("--lang=")]
    if given and given[-1] in LANGUAGES:
        return given[-1]
    environment = next((os.environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(name)), "")
    return "zh" if environment.startswith("zh") else "en"


def _check_save(save: Path) -> None:
    """A ValueError if the network could not be written to ``save``: asked before any work."""
    if str(save) in ("", ".") or save.is_dir():
        raise ValueError(t("cli_save_folder", path=repr(str(save))))
    if save.is_symlink() or (save.exists() and not save.is_file()):  # a link, a device, a pipe: never replaced
        raise ValueError(t("net_save_not_file", path=save))
    if not (folder := save.resolve().parent).is_dir() or not os.access(folder, os.W_OK):
        raise ValueError(t("cli_save_cannot_write", path=save, folder=folder))
    if save.exists() and not os.access(save, os.W_OK):
        raise ValueError(t("cli_save_read_only", path=save))


def _available_memory() -> int | None:
    """Bytes of memory this process can still get (Linux: MemAvailable; else the free pages), or None if unknown."""
    with suppress(OSError, ValueError, IndexError, StopIteration), open("/proc/meminfo") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith("MemAvailable:"))
    with suppress(ValueError, OSError, AttributeError):
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    return None


def _check_memory(hidden: list[int], batch_size: int) -> None:
    """A ValueError if training needs more memory than is free, generously estimated: float64 weights and biases three
    times (with one step's gradients and temporaries), activations of a mini-batch (at most the training set) or 1,000."""
    sizes = [784, *hidden, 10]
    parameters = sum(x * y + y for x, y in zip(sizes[:-1], sizes[1:]))
    needed = 8 * (3 * parameters + 2 * max(min(batch_size, data.N_TRAINING), 1000) * sum(sizes))
    if (available := _available_memory()) is not None and needed > available:
        needed = min(needed, 10**18)  # a float can show it (--hidden with 400 digits)
        raise ValueError(t("cli_memory", hidden=" ".join(map(str, hidden)), needed=needed / 1e9, available=available / 1e9))


def _stop_quietly_on_broken_pipe() -> None:
    """Our reader went away (``train | head``): further output, and the flush at exit, go to devnull (Python's docs)."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _train(args) -> int:
    if args.save is not None:
        _check_save(args.save)
    _check_memory(args.hidden, args.batch_size)
    validate_decay(args.eta, args.lmbda, data.N_TRAINING)  # 1 - eta * lambda / n > 0, before loading the data
    training, validation, test = data.load_data(args.data, dtype=np.uint8)  # a quarter of float32's memory
    net = Network([784, *args.hidden, 10], seed=args.seed, cost=args.cost, init=args.init)
    status = 0
    try:
        history = net.SGD(training, args.epochs, args.batch_size, args.eta, test_data=test, validation_data=validation,
                          lmbda=args.lmbda, early_stopping=args.early_stopping)
    except (KeyboardInterrupt, BrokenPipeError) as stop:  # Ctrl-C, or train | head: keep what was learned
        history, status = getattr(stop, "history", []), 130 if isinstance(stop, KeyboardInterrupt) else 141
        if status == 141:  # nobody reads any more: keep the work quietly
            _stop_quietly_on_broken_pipe()
    if history:  # the epoch chosen on the validation set (by test accuracy, the test figure would be optimistic)
        print(t("cli_best", best=max(history, key=lambda r: r.validation_correct)))  # the first of equals
    if args.save is not None:
        net.save(args.save)
        print(t("cli_saved", path=args.save), flush=True)
    return status


def main(argv: list[str] | None = None) -> int:
    """Run one command; return its exit status: 0 done, 1 a problem with the data or a file, 2 a mistake in the command
    line, 130 stopped by Ctrl-C (what it learned is kept, and saved with --save), 141 output closed (``train | head``)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    previous = get_language()
    set_language(_language(argv))
    try:
        args = build_parser().parse_args(argv)
        if args.command == "train":
            return _train(args)
        folder = download.import_from(args.source) if args.source else download.find_data()
        data.load_mnist(folder)  # read and check all four files
        print(folder)
        return 0
    except KeyboardInterrupt:
        print(t("cli_interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        _stop_quietly_on_broken_pipe()
        return 141
    except (ValueError, MemoryError, OSError) as e:  # one line each, no traceback
        if isinstance(e, ValueError):  # a DataError (1), or a value the network refuses: lambda too large for eta (2)
            message, status = str(e), 1 if isinstance(e, data.DataError) else 2
        elif isinstance(e, MemoryError):
            message, status = t("cli_no_memory"), 1
        else:  # e.g. the disk is full while saving
            message, status = f"{e.filename or ''}: {e.strerror or e}".lstrip(": "), 1
        print(t("cli_error", prog=f"python -m mnistnet {args.command}", message=message), file=sys.stderr)
        return status
    finally:
        set_language(previous)  # a caller in this process (a test) keeps its language
