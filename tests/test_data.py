import gzip
import os
import pickle
from pathlib import Path

import numpy as np
import pytest
from conftest import idx_bytes, write_idx

from mnistnet import data
from mnistnet.data import FILES, DataError, DataNotFoundError, load_data, load_data_wrapper, load_mnist


def test_tiny_folder_loads_with_nielsens_split(tiny_mnist):
    training, validation, test = load_data(tiny_mnist, verify=False)
    x, y = training
    assert x.shape == (60, 784) and x.dtype == np.float32 and y.dtype == np.int64
    assert 0.0 <= x.min() and x.max() <= 1.0
    assert validation[0].shape == (0, 784)  # the first 50,000 are training: all 60 here
    assert test[0].shape == (20, 784)
    assert list(y[:12]) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]
    # pixel / 255, row by row: pixel (0, 0) of image i was set to i
    np.testing.assert_allclose(x[:5, 0], np.arange(5) / 255, rtol=1e-6)
    raw = load_data(tiny_mnist, verify=False, dtype=np.uint8)
    assert raw[0][0].dtype == np.uint8 and list(raw[0][0][:5, 0]) == [0, 1, 2, 3, 4]


def test_wrapper_gives_real_lists_in_the_seeds_format(tiny_mnist):
    training, validation, test = load_data_wrapper(tiny_mnist, verify=False)
    assert isinstance(training, list) and isinstance(test, list)
    x, y = training[7]
    assert x.shape == (784, 1) and y.shape == (10, 1) and y[7, 0] == 1.0 and y.sum() == 1
    x, label = test[3]
    assert x.shape == (784, 1) and label == 3 and isinstance(label, int)
    assert len(list(test)) == len(list(test)) == 20  # can be iterated again: not a zip


def test_missing_folder_and_file(tmp_path, tiny_mnist):
    with pytest.raises(DataNotFoundError, match="no such file or folder.*python -m mnistnet data"):
        load_data(tmp_path / "nowhere")
    os.remove(tiny_mnist / FILES["test_labels"])
    with pytest.raises(DataNotFoundError, match="t10k-labels-idx1-ubyte.gz: file not found"):
        load_data(tiny_mnist, verify=False)


def test_not_gzip(tiny_mnist):
    (tiny_mnist / FILES["train_labels"]).write_bytes(b"<html>404 Not Found</html>")
    with pytest.raises(DataError, match=r"train-labels-idx1-ubyte.gz: not a complete gzip file"):
        load_data(tiny_mnist, verify=False)


def test_truncated_gzip(tiny_mnist):
    path = tiny_mnist / FILES["train_images"]
    path.write_bytes(path.read_bytes()[:-100])
    with pytest.raises(DataError, match="train-images-idx3-ubyte.gz: not a complete gzip file"):
        load_data(tiny_mnist, verify=False)


def test_gzip_of_truncated_idx(tiny_mnist):
    path = tiny_mnist / FILES["train_images"]
    path.write_bytes(gzip.compress(gzip.decompress(path.read_bytes())[:-5]))
    with pytest.raises(DataError, match="header promises 60 items"):
        load_data(tiny_mnist, verify=False)


def test_wrong_magic_number(tiny_mnist):
    # label file where the image file should be
    (tiny_mnist / FILES["train_images"]).write_bytes((tiny_mnist / FILES["train_labels"]).read_bytes())
    with pytest.raises(DataError, match="wrong IDX magic number 0x00000801, expected 0x00000803"):
        load_data(tiny_mnist, verify=False)


def test_count_mismatch(tiny_mnist):
    write_idx(tiny_mnist / FILES["test_labels"], np.arange(19) % 10)
    with pytest.raises(DataError, match="holds 20 images but t10k-labels-idx1-ubyte.gz holds 19 labels"):
        load_data(tiny_mnist, verify=False)


def test_label_out_of_range(tiny_mnist):
    write_idx(tiny_mnist / FILES["test_labels"], np.full(20, 12))
    with pytest.raises(DataError, match="a label is above 9"):
        load_data(tiny_mnist, verify=False)


def test_checksum_mismatch(tiny_mnist):
    with pytest.raises(DataError, match=r"train-images-idx3-ubyte.gz: SHA-256 .* is not the official one \(440fcabf"):
        load_data(tiny_mnist)


def test_environment_variable(tiny_mnist, monkeypatch, tmp_path):
    monkeypatch.setenv("MNISTNET_DATA", str(tiny_mnist))
    assert data.find_data() == tiny_mnist
    assert load_data(verify=False)[2][0].shape == (20, 784)
    monkeypatch.setenv("MNISTNET_DATA", str(tmp_path / "empty"))
    with pytest.raises(DataNotFoundError, match="MNISTNET_DATA=.*no such folder"):
        data.find_data()


def test_cache_is_used_without_download(tiny_mnist, monkeypatch):
    monkeypatch.delenv("MNISTNET_DATA", raising=False)
    monkeypatch.setenv("MNISTNET_CACHE", str(tiny_mnist))
    assert data.find_data(download=False) == tiny_mnist


def test_no_data_and_no_download(tmp_path, monkeypatch):
    monkeypatch.delenv("MNISTNET_DATA", raising=False)
    monkeypatch.setenv("MNISTNET_CACHE", str(tmp_path / "cache"))
    with pytest.raises(DataNotFoundError, match="No MNIST data in .*--from FOLDER"):
        data.find_data(download=False)


# --- Nielsen's pickle ----------------------------------------------------------------------


def nielsen_pickle(path: Path, n=(6, 2, 2)) -> Path:
    rng = np.random.default_rng(1)
    parts = tuple(
        (rng.random((k, 784), dtype=np.float32), rng.integers(0, 10, k).astype(np.int64)) for k in n
    )
    with gzip.open(path, "wb") as f:
        pickle.dump(parts, f, protocol=2)
    return path


def test_nielsen_pickle_loads(tmp_path):
    path = nielsen_pickle(tmp_path / "mnist.pkl.gz")
    (tx, ty), (vx, vy), (sx, sy) = load_data(path)
    assert tx.shape == (6, 784) and tx.dtype == np.float32 and ty.dtype == np.int64
    assert vx.shape == (2, 784) and sy.shape == (2,)
    training, _, test = load_data_wrapper(path)
    assert training[0][0].shape == (784, 1) and training[0][1].shape == (10, 1)


class Evil:
    def __reduce__(self):
        return (os.system, ("touch pwned",))


def test_pickle_that_runs_code_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "evil.pkl.gz"
    with gzip.open(path, "wb") as f:
        pickle.dump(((np.zeros((1, 784)), np.zeros(1)), Evil(), None), f, protocol=2)
    with pytest.raises(DataError, match="refusing to load (posix|os).system.*Nothing in it was run"):
        load_data(path)
    assert not (tmp_path / "pwned").exists()


def test_truncated_pickle_is_not_called_malicious(tmp_path):
    good = nielsen_pickle(tmp_path / "good.pkl.gz")
    cut = tmp_path / "cut.pkl.gz"
    cut.write_bytes(gzip.compress(gzip.decompress(good.read_bytes())[:5000]))
    with pytest.raises(DataError, match="cut.pkl.gz: not a valid mnist.pkl.gz") as error:
        load_data(cut)
    assert "run code" not in str(error.value)


def test_pickle_of_wrong_structure(tmp_path):
    path = tmp_path / "odd.pkl.gz"
    with gzip.open(path, "wb") as f:
        pickle.dump((np.zeros(3),), f, protocol=2)
    with pytest.raises(DataError, match="expected \\(training, validation, test\\)"):
        load_data(path)


def test_load_mnist_refuses_a_file(tmp_path):
    with pytest.raises(DataError, match="needs a folder"):
        load_mnist(nielsen_pickle(tmp_path / "mnist.pkl.gz"))


def test_read_idx_of_short_header(tmp_path):
    path = tmp_path / "short.gz"
    path.write_bytes(gzip.compress(idx_bytes(np.zeros(3))[:6]))
    with pytest.raises(DataError, match="too short for an IDX header"):
        data.read_idx(path, 1)
