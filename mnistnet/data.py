"""Loading MNIST: the four official IDX files (or Nielsen's ``mnist.pkl.gz``).

Where the data comes from, in this order, when no ``path`` is given:

1. the folder named by the environment variable ``MNISTNET_DATA``;
2. the per-user cache folder (``cache_dir()``, e.g. ``~/.cache/mnistnet/mnist``);
3. a download of the four official files into that cache, each checked against its
   published SHA-256 (``fetch()``).

Nothing touches the network at import time. This module only needs numpy and the
standard library: it knows nothing of plots or widgets.

The split is Nielsen's: training = the first 50,000 official training images,
validation = the last 10,000, test = the official 10,000 test images.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import pickle
import shutil
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .maths import vectorized_result

__all__ = [
    "DataError",
    "DataNotFoundError",
    "FILES",
    "MIRRORS",
    "cache_dir",
    "fetch",
    "find_data",
    "import_from",
    "load_data",
    "load_data_wrapper",
    "load_mnist",
    "read_idx",
]

# The four official files, by the role they play.
FILES = {
    "train_images": "train-images-idx3-ubyte.gz",
    "train_labels": "train-labels-idx1-ubyte.gz",
    "test_images": "t10k-images-idx3-ubyte.gz",
    "test_labels": "t10k-labels-idx1-ubyte.gz",
}

# Published SHA-256 of the official .gz files: MNIST, and Fashion-MNIST (same format).
SHA256 = {
    "mnist": {
        "train-images-idx3-ubyte.gz": "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
        "train-labels-idx1-ubyte.gz": "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
        "t10k-images-idx3-ubyte.gz": "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
        "t10k-labels-idx1-ubyte.gz": "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6",
    },
    "fashion-mnist": {
        "train-images-idx3-ubyte.gz": "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84",
        "train-labels-idx1-ubyte.gz": "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845",
        "t10k-images-idx3-ubyte.gz": "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073",
        "t10k-labels-idx1-ubyte.gz": "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5",
    },
}

# Public mirrors of the official MNIST files, tried in turn.
MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
    "http://yann.lecun.com/exdb/mnist/",
)

N_TRAINING = 50_000  # Nielsen's split of the 60,000 official training images
HOW_TO_GET = (
    "Get the data with `python -m mnistnet data` (downloads once), or without internet "
    "copy the four files from a USB stick with `python -m mnistnet data --from FOLDER`, "
    "or set MNISTNET_DATA to a folder that holds them."
)

IDX_MAGIC = {1: 0x00000801, 3: 0x00000803}  # labels (1 dimension), images (3 dimensions)


class DataError(ValueError):
    """A data file is missing, damaged or not what it should be."""


class DataNotFoundError(DataError, FileNotFoundError):
    """No MNIST data where we looked."""


# ---------------------------------------------------------------------------------------
# Reading IDX files
# ---------------------------------------------------------------------------------------


def _gunzip(path: Path) -> bytes:
    try:
        with gzip.open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise DataNotFoundError(f"{path}: file not found. {HOW_TO_GET}") from None
    except (gzip.BadGzipFile, EOFError, zlib.error, OSError) as e:
        raise DataError(
            f"{path}: not a complete gzip file ({e}). It is damaged or was cut off "
            "while downloading: delete it and fetch the data again."
        ) from None


def read_idx(path: str | os.PathLike, dims: int) -> np.ndarray:
    """Read a gzipped IDX file of uint8 values with ``dims`` dimensions (1 = labels, 3 = images).

    Returns a uint8 array: labels of shape (n,), images flattened to shape (n, rows*cols).
    Raises ``DataError`` naming the file if it is not gzip, is cut short, or has the wrong
    magic number or size.
    """
    path = Path(path)
    raw = _gunzip(path)
    header = 4 + 4 * dims
    if len(raw) < header:
        raise DataError(f"{path}: only {len(raw)} bytes after unzipping, too short for an IDX header.")
    magic = int.from_bytes(raw[:4], "big")
    if magic != IDX_MAGIC[dims]:
        what = "labels" if dims == 1 else "images"
        raise DataError(
            f"{path}: wrong IDX magic number 0x{magic:08x}, expected 0x{IDX_MAGIC[dims]:08x} "
            f"for a file of {what}. Is this the right file?"
        )
    shape = [int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(dims)]
    expected = header + int(np.prod(shape))
    if len(raw) != expected:
        raise DataError(
            f"{path}: the header promises {shape[0]} items ({expected} bytes) but the file "
            f"holds {len(raw)} bytes. It is damaged or cut off: fetch it again."
        )
    values = np.frombuffer(raw, dtype=np.uint8, offset=header)
    return values.reshape(shape[0], -1) if dims == 3 else values


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _check_sha256(path: Path) -> None:
    """Accept a file whose SHA-256 is the official MNIST or Fashion-MNIST one."""
    digest = _sha256(path)
    known = [sums[path.name] for sums in SHA256.values() if path.name in sums]
    if digest not in known:
        raise DataError(
            f"{path}: SHA-256 {digest[:12]}... is not the official one ({known[0][:12]}...). "
            "The file is damaged or is not MNIST: delete it and fetch it again "
            "(or pass verify=False if it is your own data in IDX format)."
        )


def load_mnist(path: str | os.PathLike | None = None, *, verify: bool = True) -> dict[str, np.ndarray]:
    """The four official arrays as uint8: images (n, 784) with 0 = background, 255 = ink.

    Keys: ``train_images`` (60000, 784), ``train_labels`` (60000,), ``test_images``
    (10000, 784), ``test_labels`` (10000,). ``path`` is a folder with the four files;
    None means ``find_data()``. With ``verify`` each file's SHA-256 must be the official one.
    """
    folder = find_data(path)
    if folder.is_file():
        raise DataError(f"{folder}: load_mnist needs a folder of IDX files, not a single file.")
    out = {}
    for key, name in FILES.items():
        file = folder / name
        if not file.exists():
            raise DataNotFoundError(f"{file}: file not found (one of the four MNIST files). {HOW_TO_GET}")
        if verify:
            _check_sha256(file)
        out[key] = read_idx(file, 3 if key.endswith("images") else 1)
    for part in ("train", "test"):
        n_images, n_labels = len(out[f"{part}_images"]), len(out[f"{part}_labels"])
        if n_images != n_labels:
            raise DataError(
                f"{folder}: {FILES[part + '_images']} holds {n_images} images but "
                f"{FILES[part + '_labels']} holds {n_labels} labels; they must match."
            )
        if n_labels and out[f"{part}_labels"].max() > 9:
            raise DataError(f"{folder / FILES[part + '_labels']}: a label is above 9.")
    return out


# ---------------------------------------------------------------------------------------
# Nielsen's mnist.pkl.gz, read safely
# ---------------------------------------------------------------------------------------


def _reconstruct():
    try:  # numpy >= 2
        from numpy._core.multiarray import _reconstruct as f
    except ImportError:  # numpy 1.x
        from numpy.core.multiarray import _reconstruct as f
    return f


class _Refused(pickle.UnpicklingError):
    """The pickle names a callable outside the allowed list."""


class _ArrayOnlyUnpickler(pickle.Unpickler):
    """An unpickler that rebuilds numpy arrays and tuples and refuses everything else.

    A pickle can name any function for the loader to call; the plain unpickler calls it.
    This one looks a name up only in a short list of harmless array builders.
    """

    ALLOWED = {
        ("numpy.core.multiarray", "_reconstruct"),
        ("numpy._core.multiarray", "_reconstruct"),
        ("numpy", "ndarray"),
        ("numpy", "dtype"),
        ("_codecs", "encode"),  # how Python 3 writes raw bytes at protocol 2
    }

    def find_class(self, module: str, name: str):
        if (module, name) not in self.ALLOWED:
            raise _Refused(f"refusing to load {module}.{name}")
        if name == "_reconstruct":
            return _reconstruct()
        if module == "_codecs":
            import codecs

            return codecs.encode
        return getattr(np, name)


def _load_pickle(path: Path) -> tuple:
    try:
        with gzip.open(path, "rb") as f:
            content = _ArrayOnlyUnpickler(io.BytesIO(f.read()), encoding="latin1").load()
    except _Refused as e:
        raise DataError(
            f"{path}: not loaded, {e}. This pickle asks to run code that a data file never "
            "needs; it is not a genuine mnist.pkl.gz. Nothing in it was run."
        ) from None
    except (gzip.BadGzipFile, EOFError, zlib.error, OSError) as e:
        raise DataError(f"{path}: not a complete gzip file ({e}).") from None
    except Exception as e:  # any other malformed pickle
        raise DataError(f"{path}: not a valid mnist.pkl.gz ({type(e).__name__}: {e}).") from None
    ok = (
        isinstance(content, tuple)
        and len(content) == 3
        and all(
            isinstance(p, tuple) and len(p) == 2 and all(isinstance(a, np.ndarray) for a in p)
            and p[0].ndim == 2 and p[0].shape[1] == 784 and p[1].ndim == 1 and len(p[0]) == len(p[1])
            for p in content
        )
    )
    if not ok:
        raise DataError(
            f"{path}: expected (training, validation, test), each (images (n, 784), labels (n,)), "
            "as in Nielsen's mnist.pkl.gz."
        )
    return tuple((x.astype(np.float32), y.astype(np.int64)) for x, y in content)


# ---------------------------------------------------------------------------------------
# The split, in two formats
# ---------------------------------------------------------------------------------------

Split = tuple[np.ndarray, np.ndarray]


def load_data(
    path: str | os.PathLike | None = None, *, verify: bool = True, dtype: type = np.float32
) -> tuple[Split, Split, Split]:
    """Return ``(training, validation, test)``, each ``(images, labels)``.

    Images have shape (n, 784), one row per digit, float32 in [0, 1] (pixel / 255);
    labels are int64 of shape (n,). n = 50,000 / 10,000 / 10,000.

    ``path``: a folder with the four official files, a Nielsen ``mnist.pkl.gz``, or None
    to search (``MNISTNET_DATA``, then the cache, then download). ``dtype=np.uint8``
    keeps the raw pixels 0..255 (four times less memory; the engines accept either).
    """
    found = find_data(path)
    if found.is_file():
        splits = _load_pickle(found)
        if dtype == np.uint8:
            splits = tuple((np.round(x * 255).astype(np.uint8), y) for x, y in splits)
        return splits
    raw = load_mnist(found, verify=verify)
    images, labels = raw["train_images"], raw["train_labels"].astype(np.int64)

    def scaled(x: np.ndarray) -> np.ndarray:
        if dtype == np.uint8:
            return x.copy()
        return np.multiply(x, dtype(1 / 255), dtype=dtype)

    return (
        (scaled(images[:N_TRAINING]), labels[:N_TRAINING]),
        (scaled(images[N_TRAINING:]), labels[N_TRAINING:]),
        (scaled(raw["test_images"]), raw["test_labels"].astype(np.int64)),
    )


def load_data_wrapper(path: str | os.PathLike | None = None, *, verify: bool = True):
    """The seed's format: lists of pairs, ready for ``Network.SGD``.

    training: list of ``(x, y)``, x a (784, 1) column, y the (10, 1) one-hot
    ``vectorized_result(label)``; validation and test: lists of ``(x, label)``.
    Real lists (not lazy ``zip`` objects), so they can be used again and again.
    Each x is a view into one big array, so the lists cost little extra memory.
    """
    training, validation, test = load_data(path, verify=verify)
    tr_x, tr_y = training
    training_data = [(tr_x[i].reshape(784, 1), vectorized_result(tr_y[i])) for i in range(len(tr_y))]
    validation_data = [(x.reshape(784, 1), int(y)) for x, y in zip(*validation)]
    test_data = [(x.reshape(784, 1), int(y)) for x, y in zip(*test)]
    return training_data, validation_data, test_data


# ---------------------------------------------------------------------------------------
# Finding, downloading and importing
# ---------------------------------------------------------------------------------------


def cache_dir() -> Path:
    """The per-user cache folder: ``$MNISTNET_CACHE``, else ``$XDG_CACHE_HOME/mnistnet/mnist``,
    else ``~/.cache/mnistnet/mnist``."""
    if os.environ.get("MNISTNET_CACHE"):
        return Path(os.environ["MNISTNET_CACHE"]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "mnistnet" / "mnist"


def _complete(folder: Path) -> bool:
    return all((folder / name).is_file() for name in FILES.values())


def find_data(path: str | os.PathLike | None = None, *, download: bool = True) -> Path:
    """Where the data is: ``path`` if given, else ``MNISTNET_DATA``, else the cache.

    If none of them holds the four files and ``download`` is true, fetch them into the
    cache. Raises ``DataNotFoundError`` with what to do when nothing is found.
    """
    if path is not None:
        p = Path(path).expanduser()
        if not p.exists():
            raise DataNotFoundError(f"{p}: no such file or folder. {HOW_TO_GET}")
        return p
    env = os.environ.get("MNISTNET_DATA")
    if env:
        p = Path(env).expanduser()
        if not (p.is_file() or _complete(p)):
            missing = [n for n in FILES.values() if not (p / n).is_file()]
            raise DataNotFoundError(
                f"MNISTNET_DATA={env}: {'no such folder' if not p.exists() else 'missing ' + ', '.join(missing)}. "
                "Point it at a folder holding the four MNIST .gz files, or unset it."
            )
        return p
    cache = cache_dir()
    if _complete(cache):
        return cache
    if not download:
        raise DataNotFoundError(f"No MNIST data in {cache}. {HOW_TO_GET}")
    return fetch(cache)


def _print_progress(name: str, done: int, total: int | None) -> None:
    size = f"{done / 1e6:.1f} MB" if total is None else f"{done / 1e6:.1f} / {total / 1e6:.1f} MB"
    end = "\n" if total is not None and done >= total else ""
    print(f"\r  {name}: {size}", end=end, flush=True)


def _download(url: str, target: Path, expected: str, progress: Callable | None) -> None:
    """Download ``url`` to ``target`` through a temporary file; rename only if the SHA-256 matches."""
    import urllib.request  # here, not at the top: importing mnistnet never loads the network stack

    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name + ".", suffix=".part")
    try:
        h = hashlib.sha256()
        with os.fdopen(fd, "wb") as out, urllib.request.urlopen(url, timeout=30) as response:
            total = response.headers.get("Content-Length")
            total = int(total) if total and total.isdigit() else None
            done = 0
            while block := response.read(1 << 16):
                out.write(block)
                h.update(block)
                done += len(block)
                if progress:
                    progress(target.name, done, total)
            if total is not None and done != total:
                raise DataError(f"download cut off after {done} of {total} bytes")
        if h.hexdigest() != expected:
            raise DataError(f"SHA-256 {h.hexdigest()[:12]}... does not match the official {expected[:12]}...")
        os.replace(tmp, target)  # atomic: the file appears whole or not at all
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def fetch(
    dest: str | os.PathLike | None = None,
    *,
    mirrors: tuple[str, ...] | None = None,
    progress: Callable[[str, int, int | None], None] | None = _print_progress,
) -> Path:
    """Download the four MNIST files that ``dest`` (default: the cache) lacks; return ``dest``.

    ``mirrors``: base URLs to try in turn (default ``MIRRORS``).

    Each file is tried from every mirror in turn, checked against its official SHA-256,
    and written through a temporary file, so an interrupted or corrupt download never
    leaves a file that looks valid.
    """
    import urllib.error

    dest = Path(dest).expanduser() if dest is not None else cache_dir()
    mirrors = MIRRORS if mirrors is None else mirrors
    dest.mkdir(parents=True, exist_ok=True)
    for name in FILES.values():
        target = dest / name
        if target.is_file():
            continue
        errors = []
        for mirror in mirrors:
            url = mirror.rstrip("/") + "/" + name
            if progress:
                print(f"Downloading {url}", flush=True)
            try:
                _download(url, target, SHA256["mnist"][name], progress)
                break
            except (urllib.error.URLError, OSError, DataError, ValueError) as e:
                if isinstance(e, urllib.error.HTTPError):
                    reason = f"HTTP {e.code} {e.reason}"
                else:
                    reason = getattr(e, "reason", None) or e
                errors.append(f"{url}: {reason}")
                if progress:
                    print(f"\n  failed: {reason}", flush=True)
        else:
            raise DataNotFoundError(
                f"Could not download {name} into {dest}:\n  " + "\n  ".join(errors)
                + "\nNo internet? Copy the four files from a USB stick with "
                "`python -m mnistnet data --from FOLDER`, or set MNISTNET_DATA to their folder."
            )
    return dest


def import_from(source: str | os.PathLike, dest: str | os.PathLike | None = None) -> Path:
    """Copy the four official files from ``source`` (e.g. a USB stick) into ``dest``
    (default: the cache), checking each SHA-256 first. Returns ``dest``."""
    source = Path(source).expanduser()
    dest = Path(dest).expanduser() if dest is not None else cache_dir()
    if not source.is_dir():
        raise DataNotFoundError(f"{source}: no such folder. Give the folder that holds the four MNIST .gz files.")
    missing = [n for n in FILES.values() if not (source / n).is_file()]
    if missing:
        raise DataNotFoundError(f"{source}: missing {', '.join(missing)}. All four MNIST .gz files are needed.")
    for name in FILES.values():
        _check_sha256(source / name)
    dest.mkdir(parents=True, exist_ok=True)
    for name in FILES.values():
        if (dest / name).resolve() == (source / name).resolve():
            continue
        fd, tmp = tempfile.mkstemp(dir=dest, prefix=name + ".", suffix=".part")
        os.close(fd)
        try:
            shutil.copyfile(source / name, tmp)
            os.replace(tmp, dest / name)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)
    return dest

