"""Finding, caching, downloading and importing the four official MNIST files.

Where the data comes from, in this order, when no path is given:

1. the folder named by the environment variable ``MNISTNET_DATA``;
2. the per-user cache folder (``cache_dir()``, e.g. ``~/.cache/mnistnet/mnist``);
3. a download of the four official files into that cache, each checked against its
   published SHA-256 and size (``fetch()``).

Every file the cache gets is written with ``files.write_atomically``: whole or not at
all, with the usual permissions for the user's umask (a shared cache stays readable).
Nothing touches the network at import time.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from .files import write_atomically
from .idx import HOW_TO_GET, DataError, DataNotFoundError, open_for_reading

__all__ = [
    "DATASETS",
    "FILES",
    "MIRRORS",
    "SHA256",
    "SIZES",
    "cache_dir",
    "check_sha256",
    "fetch",
    "find_data",
    "import_from",
]

# The four official files, by the role they play.
FILES = {
    "train_images": "train-images-idx3-ubyte.gz",
    "train_labels": "train-labels-idx1-ubyte.gz",
    "test_images": "t10k-images-idx3-ubyte.gz",
    "test_labels": "t10k-labels-idx1-ubyte.gz",
}

DATASETS = {"mnist": "MNIST", "fashion-mnist": "Fashion-MNIST"}  # the dataset= names, and how we say them

# Published SHA-256 and size in bytes of the official .gz files: MNIST, and Fashion-MNIST (same format).
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
SIZES = {
    "mnist": {
        "train-images-idx3-ubyte.gz": 9_912_422,
        "train-labels-idx1-ubyte.gz": 28_881,
        "t10k-images-idx3-ubyte.gz": 1_648_877,
        "t10k-labels-idx1-ubyte.gz": 4_542,
    },
}

# Public mirrors of the official MNIST files, tried in turn (a tuple of base URLs).
MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
    "http://yann.lecun.com/exdb/mnist/",
)

SOCKET_TIMEOUT = 30.0  # seconds one network operation may block
DOWNLOAD_DEADLINE = 600.0  # seconds one file may take from one mirror, however it trickles


def cache_dir() -> Path:
    """The per-user cache folder: ``$MNISTNET_CACHE``, else ``$XDG_CACHE_HOME/mnistnet/mnist``,
    else ``~/.cache/mnistnet/mnist``."""
    if os.environ.get("MNISTNET_CACHE"):
        return Path(os.environ["MNISTNET_CACHE"]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "mnistnet" / "mnist"


def _make_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents), or say in one sentence why it cannot be."""
    if folder.is_dir():
        return
    if folder.exists():
        raise DataError(f"{folder}: is a file, but a folder for the MNIST files is needed here.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DataError(f"{folder}: cannot create this folder for the MNIST files ({e.strerror or e}).") from None


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
    if cache.exists() and not cache.is_dir():
        raise DataError(f"{cache}: is a file, but a folder for the MNIST files is needed here (check MNISTNET_CACHE).")
    if not download:
        raise DataNotFoundError(f"No MNIST data in {cache}. {HOW_TO_GET}")
    return fetch(cache)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open_for_reading(path) as f:
        try:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        except PermissionError:
            raise DataError(f"{path}: permission denied while reading the file.") from None
    return h.hexdigest()


def check_sha256(path: Path, dataset: str = "mnist") -> None:
    """Accept a file whose SHA-256 is the official one of ``dataset`` ("mnist" or "fashion-mnist").

    A file of the other dataset is refused with a sentence saying which one it is, so
    Fashion-MNIST never loads silently as "MNIST".
    """
    if dataset not in DATASETS:
        raise ValueError(f"dataset={dataset!r}: expected one of {', '.join(map(repr, DATASETS))}.")
    digest = _sha256(path)
    official = SHA256[dataset].get(path.name)
    if official is None:
        raise DataError(f"{path}: not one of the four official file names ({', '.join(FILES.values())}).")
    if digest == official:
        return
    for other, sums in SHA256.items():
        if other != dataset and sums.get(path.name) == digest:
            raise DataError(
                f"{path}: this folder holds {DATASETS[other]}, not {DATASETS[dataset]}. "
                f"Pass dataset={other!r} to load it, or point at a folder of {DATASETS[dataset]}."
            )
    raise DataError(
        f"{path}: SHA-256 {digest[:12]}... is not the official one ({official[:12]}...). "
        f"The file is damaged or is not {DATASETS[dataset]}: delete it and fetch it again "
        "(or pass verify=False if it is your own data in IDX format)."
    )


def _print_progress(name: str, done: int, total: int | None) -> None:
    size = f"{done / 1e6:.1f} MB" if total is None else f"{done / 1e6:.1f} / {total / 1e6:.1f} MB"
    end = "\n" if total is not None and done >= total else ""
    print(f"\r  {name}: {size}", end=end, flush=True)


def _download(url: str, target: Path, progress: Callable | None) -> None:
    """Download ``url`` to ``target``; the file appears only if its size and SHA-256 are the official ones.

    Stops with ``DataError`` past the expected size or after ``DOWNLOAD_DEADLINE`` seconds
    (a mirror that trickles a byte at a time cannot hang the class).
    """
    import urllib.request  # here, not at the top: importing mnistnet never loads the network stack

    expected, size = SHA256["mnist"][target.name], SIZES["mnist"][target.name]
    deadline = time.monotonic() + DOWNLOAD_DEADLINE
    timeout = min(SOCKET_TIMEOUT, DOWNLOAD_DEADLINE)

    def write(out) -> None:
        h = hashlib.sha256()
        with urllib.request.urlopen(url, timeout=timeout) as response:
            done = 0
            # read1: whatever has arrived (at most one byte past the expected size), so the deadline is checked often
            while block := response.read1(min(1 << 16, size + 1 - done)):
                out.write(block)
                h.update(block)
                done += len(block)
                if done > size:
                    raise DataError(f"the server sends more than the expected {size} bytes")
                if time.monotonic() > deadline:
                    raise DataError(f"gave up after {DOWNLOAD_DEADLINE:g} seconds with {done} of {size} bytes")
                if progress:
                    progress(target.name, done, size)
                if done == size:
                    break
            if done != size:
                raise DataError(f"download cut off after {done} of {size} bytes")
        if h.hexdigest() != expected:
            raise DataError(f"SHA-256 {h.hexdigest()[:12]}... does not match the official {expected[:12]}...")

    write_atomically(target, write)


def _remove_leftovers(dest: Path) -> None:
    """Delete the temporary ``.part`` files an interrupted download or import left behind."""
    for name in FILES.values():
        for part in [*dest.glob(f".{name}.*.part"), *dest.glob(f"{name}.*.part")]:
            part.unlink(missing_ok=True)


def _check_mirrors(mirrors) -> tuple[str, ...]:
    if isinstance(mirrors, (str, bytes)):
        raise DataError(
            f"MIRRORS must be a tuple of base URLs, e.g. ({mirrors!r},) with a comma, "
            f"not the single string {mirrors!r} (its letters would be tried one by one)."
        )
    return tuple(mirrors)


def fetch(
    dest: str | os.PathLike | None = None,
    *,
    mirrors: tuple[str, ...] | None = None,
    progress: Callable[[str, int, int | None], None] | None = _print_progress,
) -> Path:
    """Download the four MNIST files that ``dest`` (default: the cache) lacks; return ``dest``.

    ``mirrors``: base URLs to try in turn (default ``MIRRORS``).

    Each file is tried from every mirror in turn; any failure (HTTP error, broken
    connection, garbled reply, wrong size or SHA-256, deadline) moves on to the next mirror
    and is reported with its reason. Files are written whole or not at all.
    """
    import http.client
    import urllib.error

    mirrors = _check_mirrors(MIRRORS if mirrors is None else mirrors)
    dest = Path(dest).expanduser() if dest is not None else cache_dir()
    _make_folder(dest)
    _remove_leftovers(dest)
    for name in FILES.values():
        target = dest / name
        if target.is_file():
            continue
        if target.exists():
            raise DataError(f"{target}: is a folder, but this name is kept for one of the MNIST files.")
        errors = []
        for mirror in mirrors:
            url = mirror.rstrip("/") + "/" + name
            if progress:
                print(f"Downloading {url}", flush=True)
            try:
                _download(url, target, progress)
                break
            except (OSError, http.client.HTTPException, DataError, ValueError) as e:
                if isinstance(e, urllib.error.HTTPError):
                    reason = f"HTTP {e.code} {e.reason}"
                elif isinstance(e, urllib.error.URLError):
                    reason = e.reason
                elif isinstance(e, (http.client.HTTPException, OSError)):
                    reason = f"{type(e).__name__}: {e!r}" if not str(e) else f"{type(e).__name__}: {e}"
                else:
                    reason = e
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
        check_sha256(source / name)
    _make_folder(dest)
    _remove_leftovers(dest)
    for name in FILES.values():
        if (dest / name).resolve() == (source / name).resolve():
            continue
        with open_for_reading(source / name) as original:
            write_atomically(dest / name, lambda out, original=original: shutil.copyfileobj(original, out))
    return dest
