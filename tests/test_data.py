import gzip
import os
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import idx_bytes, write_idx

from mnistnet import data, download, i18n
from mnistnet.data import FILES, DataError, DataNotFoundError, column_pairs, load_data, load_data_wrapper, load_mnist


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


def test_wrapper_gives_real_lists_in_chapter_1s_format(tiny_mnist):
    training, validation, test = load_data_wrapper(tiny_mnist, verify=False)
    assert isinstance(training, list) and isinstance(test, list)
    x, y = training[7]
    assert x.shape == (784, 1) and y.shape == (10, 1) and y[7, 0] == 1.0 and y.sum() == 1
    x, label = test[3]
    assert x.shape == (784, 1) and label == 3 and isinstance(label, int)
    assert len(list(test)) == len(list(test)) == 20  # can be iterated again: not a zip


def test_missing_folder_and_file(tmp_path, tiny_mnist, monkeypatch):
    monkeypatch.delenv("MNISTNET_UNDER_MAKE", raising=False)
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
    with pytest.raises(DataError, match="a label is 12; labels must be digits 0-9"):
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
    monkeypatch.delenv("MNISTNET_UNDER_MAKE", raising=False)
    monkeypatch.setenv("MNISTNET_CACHE", str(tmp_path / "cache"))
    with pytest.raises(DataNotFoundError, match="No MNIST data in .*--from /path/to/folder"):
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


def evil_pickle(path: Path) -> Path:
    with gzip.open(path, "wb") as f:
        pickle.dump(((np.zeros((1, 784)), np.zeros(1)), Evil(), None), f, protocol=2)
    return path


def test_pickle_that_runs_code_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = evil_pickle(tmp_path / "evil.pkl.gz")
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


# --- issue 7: Fashion-MNIST, permissions, dtypes, hostile pickles, the `data` command ---------

FASHION = Path("/work/shared/data/fashion-mnist")
MNIST = Path("/work/shared/data/mnist")


def test_fashion_mnist_is_not_loaded_silently_as_mnist():
    """Catches Fashion-MNIST checksums being accepted for MNIST: clothes loaded as "digits"."""
    with pytest.raises(DataError, match="this folder holds Fashion-MNIST, not MNIST.*dataset='fashion-mnist'"):
        load_data(FASHION, dtype=np.uint8)
    with pytest.raises(DataError, match="this folder holds MNIST, not Fashion-MNIST"):
        load_data(MNIST, dtype=np.uint8, dataset="fashion-mnist")
    (tx, ty), _, (sx, sy) = load_data(FASHION, dtype=np.uint8, dataset="fashion-mnist")
    # reference: the label file's bytes after its 8-byte header, read by hand
    labels = np.frombuffer(gzip.decompress((FASHION / FILES["test_labels"]).read_bytes())[8:], dtype=np.uint8)
    assert tx.shape == (50_000, 784) and sx.shape == (10_000, 784)
    np.testing.assert_array_equal(sy, labels)


def refuse_to_open(monkeypatch, folder: Path):
    """Make every open() of a file inside ``folder`` fail as for a user without read permission
    (the tests run as root, who ignores permission bits)."""
    import builtins

    real_open = builtins.open

    def fake_open(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and Path(file).parent == folder:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)


@pytest.mark.parametrize("verify", [False, True])
def test_unreadable_file_says_permission_denied_not_damaged(tiny_mnist, monkeypatch, verify):
    """Catches a file without read permission being called damaged ("delete it"), or a raw PermissionError."""
    refuse_to_open(monkeypatch, tiny_mnist)
    with pytest.raises(DataError, match=r"train-images-idx3-ubyte.gz: permission denied") as error:
        load_data(tiny_mnist, verify=verify)
    assert "delete" not in str(error.value) and "damaged," not in str(error.value)


def test_unreadable_pickle_says_permission_denied(tmp_path, monkeypatch):
    """Catches an unreadable mnist.pkl.gz being reported as "not a complete gzip file"."""
    path = nielsen_pickle(tmp_path / "mnist.pkl.gz")
    refuse_to_open(monkeypatch, tmp_path)
    with pytest.raises(DataError, match=r"mnist.pkl.gz: permission denied"):
        load_data(path)


def test_dtype_must_make_sense(tiny_mnist):
    """Catches load_data(dtype=int) returning all-zero images (pixel / 255 rounded down)."""
    for bad in (int, np.int32, np.float16, bool, "banana"):
        with pytest.raises(ValueError, match=r"dtype=.*np.float32 or np.float64 .* np.uint8"):
            load_data(tiny_mnist, verify=False, dtype=bad)
    x = load_data(tiny_mnist, verify=False, dtype=np.float64)[0][0]
    assert x.dtype == np.float64
    np.testing.assert_array_equal(x[:5, 0], np.arange(5) / 255)  # pixel (0, 0) of image i is i


class Uninitialised:
    """Pickles as ``numpy.ndarray(shape, dtype)``: an array with no data behind it."""

    def __init__(self, shape, dtype):
        self.shape, self.dtype = shape, np.dtype(dtype)

    def __reduce__(self):
        return (np.ndarray, (self.shape, self.dtype))


def test_pickle_of_arrays_without_data_is_refused(tmp_path):
    """Catches a 227-byte mnist.pkl.gz loading as huge arrays of uninitialised memory (and 100% accuracy)."""
    path = tmp_path / "mnist.pkl.gz"
    part = (Uninitialised((1000, 784), "f4"), Uninitialised((1000,), "i8"))
    with gzip.open(path, "wb") as f:
        pickle.dump((part, part, part), f, protocol=2)
    assert path.stat().st_size < 400
    with pytest.raises(DataError, match="mnist.pkl.gz: not loaded, refusing to build numpy.ndarray"):
        load_data(path)


class Unbuilt:
    """Pickles as numpy's ``_reconstruct(ndarray, shape, dtype)`` with no BUILD step after it: an array of
    uninitialised memory of any shape, if the shape were honoured."""

    def __init__(self, shape, dtype):
        self.shape, self.dtype = shape, dtype

    def __reduce__(self):
        return (np.ndarray.__reduce__(np.zeros(1))[0], (np.ndarray, self.shape, self.dtype))


def test_pickle_of_unbuilt_arrays_is_refused(tmp_path):
    """Catches _reconstruct honouring the pickle's shape: a 135-byte file loaded 1,000 images of uninitialised
    memory (refused only when the garbage happened to hold a label above 9)."""
    path = tmp_path / "mnist.pkl.gz"
    part = (Unbuilt((1000, 784), "f4"), Unbuilt((1000,), "i8"))
    with gzip.open(path, "wb") as f:
        pickle.dump((part, part, part), f, protocol=2)
    with pytest.raises(DataError, match=r"mnist.pkl.gz: expected \(training, validation, test\)"):
        load_data(path)


class ShortData:
    """Pickles as numpy's own recipe for an array, but with fewer bytes of data than the shape needs."""

    def __reduce__(self):
        reconstruct = np.ndarray.__reduce__(np.zeros(1))[0]
        return (reconstruct, (np.ndarray, (0,), b"b"), (1, (3, 784), np.dtype("f4"), False, b"\0" * 12))


def test_pickle_array_whose_bytes_do_not_fill_its_shape_is_refused(tmp_path):
    """Catches an array accepted although its data is shorter than shape x dtype."""
    path = tmp_path / "short.pkl.gz"
    with gzip.open(path, "wb") as f:
        pickle.dump(((ShortData(), np.zeros(3, np.int64)),) * 3, f, protocol=2)
    with pytest.raises(DataError, match=r"short.pkl.gz: not loaded, refusing an array of shape \(3, 784\).*needs 9408 bytes"):
        load_data(path)


def pickle_of(path: Path, images, labels) -> Path:
    with gzip.open(path, "wb") as f:
        pickle.dump(((images, labels), (images[:1], labels[:1]), (images[:1], labels[:1])), f, protocol=2)
    return path


@pytest.mark.parametrize(
    "images, labels, message",
    [
        (np.zeros((2, 784), np.float32), np.array([3.7, 1.0]), r"\(training\): the labels are float64, not integers"),
        (np.zeros((2, 784), np.float32), np.array([3, 12]), r"\(training\): a label is 12; labels must be digits 0-9"),
        (np.zeros((2, 784), np.float32), np.array([-1, 2]), r"\(training\): a label is -1"),
        (np.full((2, 784), np.nan, np.float32), np.array([3, 1]), r"\(training\): the images hold NaN or infinite"),
    ],
)
def test_pickle_labels_and_pixels_are_checked(tmp_path, images, labels, message):
    """Catches labels 3.7 silently becoming 3, labels outside 0-9, and NaN pixels loading from a pickle."""
    with pytest.raises(DataError, match=message):
        load_data(pickle_of(tmp_path / "mnist.pkl.gz", images, labels))


def test_gzip_bomb_is_refused_without_unzipping_it(tmp_path):
    """Catches a 300 MB gzip bomb being unzipped into memory (the reader had no cap)."""
    import tracemalloc

    path = tmp_path / "bomb.pkl.gz"
    size = 300_000_000
    with gzip.open(path, "wb", compresslevel=1) as f:
        f.write(b"\x80\x02X" + size.to_bytes(4, "little"))  # protocol 2, "a text of 300 MB follows"
        block = bytes(1 << 20)
        for _ in range(size // len(block) + 1):
            f.write(block)
    assert path.stat().st_size < 5_000_000
    tracemalloc.start()
    try:
        with pytest.raises(DataError, match=r"bomb.pkl.gz: unzips to more than 240 MB"):
            load_data(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 10_000_000, f"{peak / 1e6:.0f} MB held while refusing the bomb"


def test_unzip_cap_counts_every_read(tmp_path, monkeypatch):
    """Catches a cap that only looks at one big read: many small reads must add up too."""
    path = nielsen_pickle(tmp_path / "mnist.pkl.gz")  # about 31 kB unzipped, in many small pieces
    monkeypatch.setattr(data, "MAX_UNPICKLED_BYTES", 20_000)
    with pytest.raises(DataError, match="unzips to more than"):
        load_data(path)


def test_unzip_cap_fits_the_genuine_file():
    """Catches a cap that would refuse the real mnist.pkl.gz, or one so big a bomb gets through."""
    from mnistnet.data import MAX_UNPICKLED_BYTES

    genuine = 70_000 * 784 * 4 + 70_000 * 8  # float32 pixels + int64 labels: 220.1 MB
    assert genuine + 1_000_000 < MAX_UNPICKLED_BYTES <= 250_000_000


def test_a_folder_named_like_a_data_file_is_refused(tmp_path):
    """Catches `--data some_dir/mnist.pkl.gz` (a folder) being searched for the four IDX files."""
    (tmp_path / "mnist.pkl.gz").mkdir()
    with pytest.raises(DataError, match="mnist.pkl.gz: is a folder, but a data file"):
        load_data(tmp_path / "mnist.pkl.gz")


def run_data_command(capsys, *args) -> tuple[int, str]:
    from mnistnet.cli import main

    status = main(["data", *args])
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return status, err


def test_data_command_with_cache_path_that_is_a_file(tmp_path, monkeypatch, capsys):
    """Catches a FileExistsError traceback when MNISTNET_CACHE names a file."""
    monkeypatch.delenv("MNISTNET_DATA", raising=False)
    (tmp_path / "cache").write_text("not a folder")
    monkeypatch.setenv("MNISTNET_CACHE", str(tmp_path / "cache"))
    status, err = run_data_command(capsys)
    assert status == 1 and "cache: is a file, but a folder for the MNIST files is needed" in err
    status, err = run_data_command(capsys, "--from", str(MNIST))
    assert status == 1 and "cache: is a file" in err


def test_data_command_with_cache_path_that_cannot_be_created(tmp_path, monkeypatch, capsys):
    """Catches a NotADirectoryError traceback when the cache folder cannot be created."""
    monkeypatch.delenv("MNISTNET_DATA", raising=False)
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("MNISTNET_CACHE", str(tmp_path / "file" / "cache"))
    status, err = run_data_command(capsys)
    assert status == 1 and "cache: cannot create this folder" in err


def test_data_command_with_a_data_file_name_that_is_a_folder(tmp_path, monkeypatch, capsys):
    """Catches a cache where train-images-idx3-ubyte.gz is a folder: traceback or a futile download."""
    monkeypatch.delenv("MNISTNET_DATA", raising=False)
    monkeypatch.setattr(download, "MIRRORS", ("http://127.0.0.1:9/",))  # never the internet
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / FILES["train_images"]).mkdir()
    monkeypatch.setenv("MNISTNET_CACHE", str(cache))
    status, err = run_data_command(capsys)
    assert status == 1 and "train-images-idx3-ubyte.gz: is a folder" in err


class Python2Array:
    """Pickles an array the way Nielsen's Python 2 file does once read with encoding="latin1":
    numpy's recipe with the data as a text string instead of bytes."""

    def __init__(self, array):
        self.array = array

    def __reduce__(self):
        reconstruct = np.ndarray.__reduce__(np.zeros(1))[0]
        a = self.array
        return (reconstruct, (np.ndarray, (0,), b"b"), (1, a.shape, a.dtype, False, a.tobytes().decode("latin1")))


def test_python2_pickle_still_loads(tmp_path):
    """Catches the data check refusing the genuine (Python 2) mnist.pkl.gz, whose array data arrives as text."""
    x = np.random.default_rng(0).random((2, 784), dtype=np.float32)
    path = tmp_path / "mnist.pkl.gz"
    with gzip.open(path, "wb") as f:
        pickle.dump(((Python2Array(x), Python2Array(np.array([3, 7]))),) * 3, f, protocol=2)
    (images, labels), _, _ = load_data(path)
    np.testing.assert_array_equal(images, x)
    assert list(labels) == [3, 7]


def test_idx_file_with_no_images_reads_as_an_empty_array(tmp_path):
    """Catches numpy's "cannot reshape array of size 0 into shape (0,newaxis)" for an empty image file."""
    path = write_idx(tmp_path / "empty-images-idx3-ubyte.gz", np.zeros((0, 28, 28), dtype=np.uint8))
    images = data.read_idx(path, 3)
    assert images.shape == (0, 784) and images.dtype == np.uint8


# --- issue 13: one copy of the data set; issues 14 and 15: messages ---------------------------------


def test_column_pairs_are_views_of_load_datas_arrays(tmp_path):
    """Catches the list format holding a second copy of the data set (notebooks that loaded the arrays and
    the lists held MNIST twice, 668 MB): every x must be a view of load_data's images, with their pixels."""
    arrays = load_data(nielsen_pickle(tmp_path / "mnist.pkl.gz", n=(6, 3, 2)))
    pairs = column_pairs(*arrays)
    assert [len(p) for p in pairs] == [6, 3, 2] and all(isinstance(p, list) for p in pairs)
    for (images, labels), listed in zip(arrays, pairs):
        for i, (x, y) in enumerate(listed):
            assert x.shape == (784, 1) and np.shares_memory(x, images)
            assert [float(v) for v in x[:, 0]] == [float(v) for v in images[i]]  # row i, read one number at a time
            if listed is pairs[0]:
                assert y.shape == (10, 1) and y[labels[i], 0] == 1 and y.sum() == 1  # one-hot, by hand
            else:
                assert y == labels[i] and type(y) is int
    images = arrays[0][0]
    images[4, 100] = 0.25  # a view sees every change of the array: no copy in between
    assert pairs[0][4][0][100, 0] == np.float32(0.25)


def test_wrapper_lists_are_views_too(tiny_mnist):
    """Catches load_data_wrapper copying each column (50,000 small arrays instead of views of one)."""
    training, _, test = load_data_wrapper(tiny_mnist, verify=False)
    for x, _ in training + test:
        assert not x.flags.owndata and x.base is not None


def test_a_learners_mistake_is_answered_in_chinese_under_set_language_zh(tiny_mnist):
    """Catches data errors written as English-only f-strings: a Chinese student who passed dtype=int
    (or a wrong path, or a damaged file) was answered in English."""
    (tiny_mnist / FILES["test_labels"]).write_bytes(b"<html>404 Not Found</html>")
    try:
        i18n.set_language("zh")
        with pytest.raises(ValueError, match=r"^dtype=<class 'int'>：图像可以是 np.float32 或 np.float64"):
            load_data(tiny_mnist, verify=False, dtype=int)
        with pytest.raises(DataNotFoundError, match="nowhere：没有这个文件或文件夹。获取数据："):
            load_data(tiny_mnist / "nowhere")
        with pytest.raises(DataError, match="t10k-labels-idx1-ubyte.gz：不是完整的 gzip 文件"):
            load_data(tiny_mnist, verify=False)
        with pytest.raises(DataError, match="未加载，拒绝加载 (posix|os).system.*文件里的任何内容都没有运行"):
            load_data(evil_pickle(tiny_mnist / "evil.pkl.gz"))
    finally:
        i18n.set_language("en")


def test_a_data_error_in_a_notebook_is_one_line_not_a_traceback(tmp_path):
    """Catches a wall of red traceback through library frames for a data error in a notebook: IPython shows
    what an exception's _render_traceback_ returns, here the one-line message."""
    code = (
        "from traitlets.config import Config\n"
        "from IPython.core.interactiveshell import InteractiveShell\n"
        "config = Config()\n"
        "config.HistoryManager.hist_file = ':memory:'\n"
        "InteractiveShell(config=config).run_cell('import mnistnet\\nmnistnet.load_data(\"/no/such/folder\")')\n"
    )
    env = {**os.environ, "IPYTHONDIR": str(tmp_path), "MNISTNET_UNDER_MAKE": ""}
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert shown.stdout.count("\n") == 1 and "Traceback" not in shown.stdout + shown.stderr, shown.stdout
    assert shown.stdout.startswith("DataNotFoundError: /no/such/folder: no such file or folder. Get the data with")
