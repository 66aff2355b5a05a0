import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from mnistnet import Network, cli, get_language
from mnistnet.cli import main
from mnistnet.data import FILES, find_data

LANGUAGE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
ENGLISH = {name: value for name, value in os.environ.items() if name not in LANGUAGE_VARIABLES}


@pytest.fixture(autouse=True)
def english_environment(monkeypatch):
    """The CLI follows the environment's language: these tests expect English unless they say otherwise."""
    for name in LANGUAGE_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def run(*args, **environment):
    return subprocess.run([sys.executable, "-m", "mnistnet", *args], capture_output=True, text=True, timeout=120,
                          env={**ENGLISH, **environment})


def test_train_refuses_files_that_are_not_the_official_ones(tmp_path, tiny_mnist):
    out = tmp_path / "net.npz"
    result = run("train", "--epochs", "1", "--data", str(tiny_mnist), "--save", str(out))
    assert result.returncode == 1
    assert "train-images-idx3-ubyte.gz: SHA-256" in result.stderr and "fetch it again" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not out.exists()


def test_train_on_real_mnist(tmp_path, capsys):
    out = tmp_path / "net.npz"
    assert main(["train", "--epochs", "2", "--hidden", "20", "--seed", "1", "--save", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Epoch 0: validation ") and lines[0].endswith(" seconds") and " / 10000, took " in lines[0]
    assert " / 10000, test " in lines[0]
    assert lines[1].startswith("Epoch 1: ")
    assert lines[2].startswith("Best: ") and lines[3] == f"Saved the network to {out}"
    net = Network.load(out)
    assert net.sizes == [784, 20, 10]
    correct = int(lines[1].split()[7])  # Epoch 1: validation v / 10000, test c / 10000, took ...
    assert correct > 8500  # two epochs of chapter 1's settings already read most digits


@pytest.mark.parametrize(
    "args, message",
    [
        (["train", "--eta", "0"], "argument --eta: 0 must be a positive, finite number"),
        (["train", "--eta", "nan"], "argument --eta: nan must be a positive, finite number"),
        (["train", "--epochs", "-3"], "argument --epochs: -3 must be at least 1"),
        (["train", "--hidden", "30", "x"], "argument --hidden: 'x' is not a whole number"),
        (["train", "--batch-size", "0"], "argument --batch-size: 0 must be at least 1"),
        (["train", "--engine", "matrix"], "unrecognized arguments: --engine matrix"),  # one path: no engines
        # issue 14: 1 - eta * lambda / n < 0 trained into |w| = 1e74; refused before the data is read
        (["train", "--lmbda", "1e6", "--data", "/no/such/data"], "the weight decay 1 - eta * lmbda / n is -19"),
        (["train", "--save", "/no/such/folder/net.npz"], "--save /no/such/folder/net.npz: cannot write in"),
        # issue 7: these trained for the whole run, then crashed and lost the network
        (["train", "--save", "/tmp", "--data", "/no/such/data"], "--save '/tmp': is a folder; give a file name"),
        (["train", "--save", "", "--data", "/no/such/data"], "--save '.': is a folder; give a file name"),
        # issue 7: tracebacks from numpy
        (["train", "--seed", "-1"], "argument --seed: -1 must be at least 0"),
        (["train", "--seed", "1.5"], "argument --seed: '1.5' is not a whole number"),
        (["train", "--hidden", "10000000"], "--hidden 10000000: this network needs about"),
        (["train", "--data", "/no/such/data"], "/no/such/data: no such file or folder"),
        (["data", "--from", "/no/such/stick"], "/no/such/stick: no such folder"),
        (["fly"], "invalid choice: 'fly'"),
        (["train", "--lang", "fr"], "argument --lang: invalid choice: 'fr'"),
    ],
)
def test_bad_flags_get_one_line(args, message):
    result = run(*args)
    assert result.returncode in (1, 2)
    assert message in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_help_explains_every_flag():
    result = run("train", "--help")
    assert result.returncode == 0
    for flag in ("--epochs", "--eta", "--hidden", "--batch-size", "--seed", "--save", "--data"):
        assert flag in result.stdout


def test_data_prints_the_folder():
    result = run("data")
    assert result.returncode == 0
    folder = Path(result.stdout.strip())
    assert sorted(p.name for p in folder.glob("*.gz")) == sorted(FILES.values())


def test_data_from_a_usb_stick(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MNISTNET_CACHE", str(tmp_path / "cache"))
    assert main(["data", "--from", str(find_data(download=False))]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "cache")
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == sorted(FILES.values())


# A child process that trains on tiny synthetic data (60 training, 20 validation and test images) instead of
# MNIST: an epoch takes a millisecond, so it is still training when the signal comes.
# It sets Python's usual Ctrl-C handler itself, because a child inherits an ignored SIGINT
# (pytest started in the background, under nohup, by some CI runners) and would not stop.
TINY_TRAIN = """
import signal, sys
import numpy as np
signal.signal(signal.SIGINT, signal.default_int_handler)
from mnistnet import cli

def tiny(path, dtype):
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, (60, 784), dtype=np.uint8)
    labels = np.arange(60) % 10
    return (images, labels), (images[:20], labels[:20]), (images[:20], labels[:20])

cli.data.load_data = tiny
sys.exit(cli.main(sys.argv[1:]))
"""


def start_training(out):
    return subprocess.Popen(
        [sys.executable, "-c", TINY_TRAIN, "train", "--epochs", "1000000", "--hidden", "5", "--save", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_ctrl_c_saves_the_work_and_exits_130(tmp_path):
    """Catches Ctrl-C ending train with status 0 (a script could not tell it was stopped)
    and losing the network: a real SIGINT after the first epoch line."""
    import signal

    out = tmp_path / "net.npz"
    child = start_training(out)
    first = child.stdout.readline()
    assert first.startswith("Epoch 0: ") and " / 20, took " in first
    child.send_signal(signal.SIGINT)
    rest, errors = child.communicate(timeout=120)
    assert child.returncode == 130, errors
    assert "the weights learned so far are kept" in rest and f"Saved the network to {out}" in rest
    assert "Traceback" not in errors
    net = Network.load(out)
    assert net.sizes == [784, 5, 10]
    untrained = Network([784, 5, 10], seed=0)
    assert not np.allclose(net.weights[1], untrained.weights[1])  # it kept what it learned


def test_closed_output_stops_quietly_and_saves(tmp_path):
    """Catches `train | head` ending in a BrokenPipeError traceback (also at the final flush)."""
    out = tmp_path / "net.npz"
    child = start_training(out)
    assert child.stdout.readline().startswith("Epoch 0: ")
    child.stdout.close()  # as head does after its lines
    errors = child.stderr.read()
    child.wait(timeout=120)
    assert child.returncode == 141
    assert errors == ""
    assert Network.load(out).sizes == [784, 5, 10]


# --- issue 15: the CLI speaks the learner's language; issue 14: --batch-size and --lmbda -----------------


@pytest.fixture
def tiny_data(monkeypatch):
    """The CLI trains on 60 random images (20 for validation and test) instead of reading MNIST."""
    rng = np.random.default_rng(0)
    images, labels = rng.integers(0, 256, (60, 784), dtype=np.uint8), np.arange(60) % 10
    split = (images, labels), (images[:20], labels[:20]), (images[:20], labels[:20])
    monkeypatch.setattr(cli.data, "load_data", lambda path, dtype: split)


@pytest.mark.parametrize(
    "args, environment, message",
    [
        (["train", "--eta", "0"], {"LANG": "zh_CN.UTF-8"}, "train：错误：参数 --eta：0 必须是有限的正数（参见 --help）"),
        (["fly"], {"LANG": "zh_CN.UTF-8"}, "参数 command：无效的选项 'fly'（可选："),
        (["train", "--hidden"], {"LC_ALL": "zh_CN.UTF-8", "LANG": "en_GB.UTF-8"}, "参数 --hidden：至少需要一个值"),
        (["train", "--engine", "matrix"], {"LC_MESSAGES": "zh_CN.UTF-8"}, "无法识别的参数：--engine matrix"),
        (["--lang", "zh", "train", "--seed", "1.5"], {}, "参数 --seed：'1.5' 不是整数"),
        (["train", "--lang=zh", "--lmbda", "1e6", "--data", "/no/such/data"], {}, "权重衰减因子 1 - eta * lmbda / n 等于 -19"),
        (["train", "--lang", "en", "--eta", "0"], {"LANG": "zh_CN.UTF-8"}, "error: argument --eta: 0 must be a positive"),
        (["data", "--lang", "zh", "--from", "/no/such/stick"], {}, "data：错误：/no/such/stick：没有这个文件夹。"),
    ],
)
def test_errors_follow_the_environment_or_lang(args, environment, message):
    """Catches English-only CLI errors (f-strings, argparse's words) for a Chinese class: the language comes from
    LC_ALL, LC_MESSAGES or LANG (the first one set), and --lang wins over them."""
    result = run(*args, **environment)
    assert result.returncode in (1, 2)
    assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr


def test_a_chinese_run_prints_chinese_lines_and_leaves_the_language_as_it_was(tmp_path, capsys, tiny_data):
    """Catches the epoch lines, the "Best" summary and "Saved the network" in English under --lang zh, and
    main() leaving its language behind for the rest of the process."""
    out = tmp_path / "net.npz"
    assert main(["train", "--lang", "zh", "--epochs", "2", "--hidden", "5", "--save", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("第 0 轮：验证集 ") and " / 20，测试集 " in lines[0] and lines[0].endswith(" 秒")
    assert lines[1].startswith("第 1 轮：")
    assert lines[2].startswith("最好的一轮：第 ") and "这一轮的测试集 " in lines[2]
    assert lines[3] == f"网络已保存到 {out}"
    assert get_language() == "en"


def test_a_mini_batch_larger_than_the_training_set_is_not_refused_for_memory(capsys, tiny_data, monkeypatch):
    """Catches --batch-size 100000000 refused as "--hidden 30 needs 1318 GB": a mini-batch holds at most the
    training set. With 1 GB free, [784, 30, 10] needs 8 * (3 * 23,860 + 2 * 50,000 * 824) bytes = 0.66 GB."""
    monkeypatch.setattr(cli, "_available_memory", lambda: 10**9)
    assert main(["train", "--batch-size", "100000000", "--epochs", "1", "--hidden", "30"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("Best: validation ")
    assert main(["train", "--hidden", "1000000"]) == 2  # refused before any data is read:
    # 8 * (3 * 795,000,010 parameters + 2 * 1,000 images * 1,000,794 activations) bytes
    assert "--hidden 1000000: this network needs about 35.1 GB of memory, this computer has 1.0 GB" in capsys.readouterr().err


def test_save_onto_a_link_or_a_pipe_is_refused_before_training(tmp_path):
    """Catches `train --save` onto a symlink or a FIFO being accepted: the run trained (here: went on to read the
    data) and only then did Network.save refuse the target, losing the work."""
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "link").symlink_to(tmp_path / "elsewhere.npz")
    for name in ("pipe", "link"):
        result = run("train", "--save", str(tmp_path / name), "--data", "/no/such/data")
        assert result.returncode == 2 and "is not an ordinary file (a link, a device or a pipe)" in result.stderr, result.stderr
