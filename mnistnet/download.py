"""Where the four MNIST files come from (``MNISTNET_DATA``, the cache, a download or a USB stick), each checked against
its published SHA-256 and written whole or not at all (``write_atomically``). No network is touched at import time."""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from .i18n import t


class DataError(ValueError):
    """A data file is missing, damaged or not what it should be; the message says what to do."""

    def _render_traceback_(self) -> list[str]:  # what IPython shows in a notebook: the message, no library frames
        return [f"{type(self).__name__}: {self}"]


class DataNotFoundError(DataError, FileNotFoundError):
    """No MNIST data where we looked."""


FILES = {"train_images": "train-images-idx3-ubyte.gz", "train_labels": "train-labels-idx1-ubyte.gz",  # the four official
         "test_images": "t10k-images-idx3-ubyte.gz", "test_labels": "t10k-labels-idx1-ubyte.gz"}  # files, by their part
DATASETS = {"mnist": "MNIST", "fashion-mnist": "Fashion-MNIST"}  # the dataset= names, and how we say them
SHA256 = {  # published SHA-256 of the official files: MNIST, and Fashion-MNIST (same format, same names)
    "mnist": {"train-images-idx3-ubyte.gz": "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
              "train-labels-idx1-ubyte.gz": "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
              "t10k-images-idx3-ubyte.gz": "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
              "t10k-labels-idx1-ubyte.gz": "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"},
    "fashion-mnist": {"train-images-idx3-ubyte.gz": "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84",
                      "train-labels-idx1-ubyte.gz": "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845",
                      "t10k-images-idx3-ubyte.gz": "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073",
                      "t10k-labels-idx1-ubyte.gz": "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5"},
}
SIZES = {"mnist": dict(zip(FILES.values(), (9_912_422, 28_881, 1_648_877, 4_542)))}  # bytes, as published
MIRRORS = ("https://ossci-datasets.s3.amazonaws.com/mnist/", "https://storage.googleapis.com/cvdf-datasets/mnist/",
           "http://yann.lecun.com/exdb/mnist/")  # base URLs of public copies of the official files, tried in turn
SOCKET_TIMEOUT = 30.0  # seconds one network operation may block
DOWNLOAD_DEADLINE = 600.0  # seconds one file may take from one mirror, however slowly it trickles
STALE_AFTER = 3600.0  # seconds after which an untouched .part file is a leftover (a live download gives up sooner)


def _commands() -> dict[str, str]:
    """The commands that get the data where the user is: under make (it sets MNISTNET_UNDER_MAKE), ``make data``."""
    if os.environ.get("MNISTNET_UNDER_MAKE"):
        return {"get": "make data", "copy": "make data FROM=/path/to/folder"}
    return {"get": "python -m mnistnet data", "copy": "python -m mnistnet data --from /path/to/folder"}


@contextmanager
def reading(path: Path) -> Iterator[BinaryIO]:
    """``with reading(path) as f``: "not found", "is a folder" and "permission denied" (not "damaged") as a ``DataError``."""
    try:
        with open(path, "rb") as f:
            yield f
    except FileNotFoundError:
        raise DataNotFoundError(t("data_file_not_found", path=path, advice=t("data_how_to_get", **_commands()))) from None
    except IsADirectoryError:
        raise DataError(t("data_is_folder", path=path)) from None
    except PermissionError:
        raise DataError(t("data_denied", path=path)) from None


def write_atomically(path: str | os.PathLike, write: Callable[[BinaryIO], None]) -> None:
    """``write(f)`` to a temporary file of its own, then renamed to ``path``: never half a file, and two writers both
    succeed. The umask's usual permissions (``mkstemp`` gives 0600: students could not read a teacher's cache)."""
    part = (path := Path(path)).with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        with open(part, "xb") as f:
            write(f)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def cache_dir() -> Path:
    """``$MNISTNET_CACHE``, else ``$XDG_CACHE_HOME/mnistnet/mnist``, else ``~/.cache/mnistnet/mnist``."""
    if os.environ.get("MNISTNET_CACHE"):
        return Path(os.environ["MNISTNET_CACHE"]).expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "mnistnet" / "mnist"


def _ready_folder(dest: str | os.PathLike | None) -> Path:
    """``dest`` (None: the cache), created if need be, without the ``.part`` files of downloads killed long ago."""
    folder = Path(dest).expanduser() if dest is not None else cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:  # a file of that name, or a folder we may not write in
        key = "data_is_file" if folder.is_file() else "data_cannot_create"
        raise DataError(t(key, path=folder, error=e.strerror or e)) from None
    for part in (part for part in folder.glob("*.part") if any(name in part.name for name in FILES.values())):
        with suppress(FileNotFoundError):  # its writer may rename it away under our feet
            if time.time() - part.stat().st_mtime > STALE_AFTER:
                part.unlink()
    return folder


def _lacks(folder: Path) -> str | None:
    """What keeps ``folder`` from being a folder of the four MNIST files, or None if nothing does."""
    if not folder.is_dir():
        return t("data_no_folder")
    missing = [name for name in FILES.values() if not (folder / name).is_file()]
    return t("data_missing", names=", ".join(missing)) if missing else None


def find_data(path: str | os.PathLike | None = None, *, download: bool = True) -> Path:
    """Where the data is: ``path``, else ``MNISTNET_DATA``, else the cache (filled by ``fetch`` if ``download``)."""
    advice = t("data_how_to_get", **_commands())
    if path is not None:
        if not (found := Path(path).expanduser()).exists():
            raise DataNotFoundError(t("data_no_such_path", path=found, advice=advice))
        return found
    if env := os.environ.get("MNISTNET_DATA"):
        if (found := Path(env).expanduser()).is_file() or not (problem := _lacks(found)):
            return found
        raise DataNotFoundError(t("data_env", env=env, problem=problem))
    if not _lacks(cache := cache_dir()):
        return cache
    if not download:
        raise DataNotFoundError(t("data_no_data", path=cache, advice=advice))
    return fetch(cache)


def validate_dataset(dataset: str) -> str:
    """``dataset`` if it is one of ``DATASETS`` ("mnist", "fashion-mnist"), else a ValueError naming it."""
    if dataset not in DATASETS:
        raise ValueError(t("data_dataset", value=repr(dataset), choices=", ".join(map(repr, DATASETS))))
    return dataset


def check_sha256(path: Path, dataset: str = "mnist") -> None:
    """Accept a file whose SHA-256 is the official one of ``dataset``; one of the other dataset is refused as such."""
    if (official := SHA256[validate_dataset(dataset)].get(path.name)) is None:
        raise DataError(t("data_not_official_name", path=path, names=", ".join(FILES.values())))
    with reading(path) as f:
        digest = hashlib.file_digest(f, "sha256").hexdigest()
    other = next((other for other, sums in SHA256.items() if sums.get(path.name) == digest), dataset)  # whose file
    if other != dataset:
        raise DataError(t("data_other_dataset", path=path, found=DATASETS[other], wanted=DATASETS[dataset], name=repr(other)))
    if digest != official:
        raise DataError(t("data_bad_sha256", path=path, digest=digest[:12], official=official[:12], wanted=DATASETS[dataset]))


def _download(url: str, name: str, out: BinaryIO, progress: bool) -> None:
    """Download ``url`` into ``out``, refused unless it has the official size and SHA-256 of the file ``name``. Gives
    up past that size or after DOWNLOAD_DEADLINE seconds: a trickling mirror cannot hang the class."""
    import urllib.request  # here, not at the top: importing mnistnet never loads the network stack

    official, size = SHA256["mnist"][name], SIZES["mnist"][name]
    deadline, h, done = time.monotonic() + DOWNLOAD_DEADLINE, hashlib.sha256(), 0
    with urllib.request.urlopen(url, timeout=min(SOCKET_TIMEOUT, DOWNLOAD_DEADLINE)) as response:
        while done < size and (block := response.read1(min(1 << 16, size + 1 - done))):  # what has arrived, often
            out.write(block)
            h.update(block)
            done += len(block)
            if done > size:
                raise DataError(t("data_too_long", size=size))
            if time.monotonic() > deadline:
                raise DataError(t("data_too_slow", seconds=DOWNLOAD_DEADLINE, done=done, size=size))
            if progress:  # over the same line of the screen, padded: no end of a longer line stays
                line = t("data_progress", url=url, done=done / 1e6, total=size / 1e6)
                print("\r" + line.ljust(79), end="\n" if done == size else "", flush=True)
    if done != size:
        raise DataError(t("data_cut_off", done=done, size=size))
    if h.hexdigest() != official:
        raise DataError(t("data_wrong_sha256", digest=h.hexdigest()[:12], official=official[:12]))


def _reason(error: Exception) -> str:
    """Why one try failed, in a few words on one line: "HTTP Error 404: Not Found", "timed out", "IncompleteRead: ..."."""
    import urllib.error

    if isinstance(error, urllib.error.URLError) and not isinstance(error, urllib.error.HTTPError):
        error = error.reason  # "timed out" or "[Errno 111] Connection refused", not "<urlopen error ...>"
    if not isinstance(error, (str, OSError, ValueError)):  # http.client's errors say little without their name
        error = f"{type(error).__name__}: {str(error) or repr(error)}"
    return " ".join(str(error).split())  # one line, even when a server's garbled reply holds line breaks


def fetch(dest: str | os.PathLike | None = None, *, mirrors: tuple[str, ...] | None = None, progress: bool = True) -> Path:
    """Download the files ``dest`` (default: the cache) lacks, trying each of ``mirrors`` in turn; return ``dest``. If no
    mirror works, a one-line ``DataNotFoundError`` gives every mirror's reason and what to do without internet."""
    import http.client

    if isinstance(mirrors := MIRRORS if mirrors is None else mirrors, (str, bytes)):
        raise DataError(t("data_mirrors_string", mirrors=repr(mirrors)))
    dest = _ready_folder(dest)
    for name in (name for name in FILES.values() if not (dest / name).is_file()):  # asked just before each download
        if (dest / name).exists():
            raise DataError(t("data_is_folder", path=dest / name))
        failed = {}
        for url in (mirror.rstrip("/") + "/" + name for mirror in mirrors):
            try:  # the file appears only when it is whole and right
                write_atomically(dest / name, lambda out, url=url, name=name: _download(url, name, out, progress))
                break
            except (OSError, http.client.HTTPException, ValueError) as e:  # a DataError is a ValueError
                failed[url] = _reason(e)
                if progress:  # erase the failed try's progress line
                    print("\r" + " " * 79 + "\r", end="", flush=True)
        else:
            failures = "; ".join(f"{url}: {reason}" for url, reason in failed.items())
            raise DataNotFoundError(t("data_download_failed", name=name, folder=dest, failures=failures, **_commands()))
        for url, reason in failed.items() if progress else ():
            print(t("data_mirror_failed", url=url, reason=reason), flush=True)
    return dest


def import_from(source: str | os.PathLike, dest: str | os.PathLike | None = None) -> Path:
    """Copy the four official files from ``source`` (e.g. a USB stick) into ``dest`` (default: the cache); return it."""
    if problem := _lacks(source := Path(source).expanduser()):
        raise DataNotFoundError(t("data_source", path=source, problem=problem))
    for name in FILES.values():
        check_sha256(source / name)
    dest = _ready_folder(dest)
    for name in FILES.values():  # onto itself too (--from the cache): a whole new copy replaces the file
        with open(source / name, "rb") as original:  # readable: its checksum was just read
            write_atomically(dest / name, lambda out, original=original: shutil.copyfileobj(original, out))
    return dest
