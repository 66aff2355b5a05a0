import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from mnistnet import Network, load_data
from mnistnet.cli import main
from mnistnet.data import FILES, find_data


def run(*args):
    return subprocess.run([sys.executable, "-m", "mnistnet", *args], capture_output=True, text=True, timeout=120)


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
    assert lines[0].startswith("Epoch 0: ") and lines[0].endswith(" seconds") and " / 10000, took " in lines[0]
    assert lines[1].startswith("Epoch 1: ")
    assert lines[2].startswith("Best: ") and lines[3] == f"Saved the network to {out}"
    net = Network.load(out)
    assert net.sizes == [784, 20, 10]
    correct = int(lines[1].split()[2])
    assert correct > 8500  # two epochs of the seed's settings already read most digits


@pytest.mark.parametrize(
    "args, message",
    [
        (["train", "--eta", "0"], "argument --eta: 0 must be a positive, finite number"),
        (["train", "--eta", "nan"], "argument --eta: nan must be a positive, finite number"),
        (["train", "--epochs", "-3"], "argument --epochs: -3 must be at least 1"),
        (["train", "--hidden", "30", "x"], "argument --hidden: 'x' is not a whole number"),
        (["train", "--batch-size", "0"], "argument --batch-size: 0 must be at least 1"),
        (["train", "--engine", "gpu"], "argument --engine: invalid choice: 'gpu'"),
        (["train", "--save", "/no/such/folder/net.npz"], "--save /no/such/folder/net.npz: cannot write in"),
        (["train", "--data", "/no/such/data"], "/no/such/data: no such file or folder"),
        (["data", "--from", "/no/such/stick"], "/no/such/stick: no such folder"),
        (["fly"], "invalid choice: 'fly'"),
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
    for flag in ("--epochs", "--eta", "--hidden", "--batch-size", "--seed", "--engine", "--save", "--data"):
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


def test_ctrl_c_keeps_the_work(tmp_path):
    """A real SIGINT after the first epoch: the run stops cleanly and --save still writes the network."""
    import signal

    out = tmp_path / "net.npz"
    child = subprocess.Popen(
        [sys.executable, "-m", "mnistnet", "train", "--epochs", "30", "--save", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    first = child.stdout.readline()
    assert first.startswith("Epoch 0: ")
    child.send_signal(signal.SIGINT)
    rest, errors = child.communicate(timeout=60)
    assert child.returncode == 0, errors
    assert "the weights learned so far are kept" in rest and f"Saved the network to {out}" in rest
    assert "Traceback" not in errors
    net = Network.load(out)
    test = load_data(dtype=np.uint8)[2]
    assert net.evaluate(test) > 8000  # it kept what it learned in the first epoch
