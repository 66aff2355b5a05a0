"""fetch() and import_from() against a local HTTP server serving the real files, damaged copies and 404s."""

import hashlib
import os
import stat
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from mnistnet import data, download
from mnistnet.data import FILES, DataError, DataNotFoundError


@pytest.fixture(scope="module")
def official() -> Path:
    return data.find_data(download=False)


@pytest.fixture(scope="module")
def server(official):
    requests = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            kind, name = self.path.strip("/").split("/")
            if kind == "missing" or name not in FILES.values():
                self.send_error(404)
                return
            body = (official / name).read_bytes()
            if kind == "corrupt":
                body = body[:100] + bytes([body[100] ^ 0xFF]) + body[101:]
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2] if kind == "truncated" else body)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}", requests
    httpd.shutdown()
    httpd.server_close()


def test_fetch_falls_back_past_bad_mirrors(server, tmp_path, capsys):
    url, requests = server
    mirrors = (f"{url}/missing/", f"{url}/corrupt/", f"{url}/truncated/", f"{url}/good/")
    dest = download.fetch(tmp_path / "cache", mirrors=mirrors)
    assert sorted(p.name for p in dest.iterdir()) == sorted(FILES.values())  # no .part left behind
    for name in FILES.values():
        download.check_sha256(dest / name)
    out = capsys.readouterr().out
    assert "404" in out and "does not match the official" in out and "cut off" in out
    assert "train-images-idx3-ubyte.gz: 9.9 / 9.9 MB" in out  # progress
    # a second call finds everything in place and downloads nothing
    requests.clear()
    download.fetch(dest, mirrors=mirrors)
    assert requests == []


def test_fetch_with_no_good_mirror_leaves_nothing(server, tmp_path):
    url, _ = server
    with pytest.raises(DataNotFoundError, match=r"(?s)Could not download train-images.*corrupt.*No internet\?"):
        download.fetch(tmp_path, mirrors=(f"{url}/corrupt/", f"{url}/truncated/"), progress=False)
    assert list(tmp_path.iterdir()) == []


def test_find_data_downloads_into_the_cache(server, tmp_path, monkeypatch):
    url, _ = server
    monkeypatch.delenv("MNISTNET_DATA", raising=False)
    monkeypatch.setenv("MNISTNET_CACHE", str(tmp_path / "c"))
    monkeypatch.setattr(download, "MIRRORS", (f"{url}/good/",))
    assert data.find_data() == tmp_path / "c"
    assert data.load_data()[2][0].shape == (10000, 784)


def test_import_from_a_usb_stick(official, tmp_path):
    dest = download.import_from(official, tmp_path / "cache")
    assert sorted(p.name for p in dest.iterdir()) == sorted(FILES.values())


def test_import_refuses_damaged_files(official, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    for name in FILES.values():
        (stick / name).write_bytes((official / name).read_bytes())
    (stick / FILES["test_labels"]).write_bytes(b"junk")
    with pytest.raises(DataError, match="t10k-labels-idx1-ubyte.gz: SHA-256"):
        download.import_from(stick, tmp_path / "cache")
    assert not (tmp_path / "cache").exists()
    (stick / FILES["test_labels"]).unlink()
    with pytest.raises(DataNotFoundError, match="missing t10k-labels-idx1-ubyte.gz"):
        download.import_from(stick, tmp_path / "cache")


# --- issue 7: every mirror failure falls through, deadlines, sizes, leftovers, modes -----------
# Small synthetic files (a few hundred bytes) stand for the official ones: the checksum and
# size tables are monkeypatched, so these tests need neither the real files nor time.


@pytest.fixture
def synthetic(monkeypatch):
    """Four small fake "official" files, with their SHA-256 and size put in the tables."""
    bodies = {name: bytes(range(256)) * (2 + i) for i, name in enumerate(FILES.values())}
    monkeypatch.setitem(download.SHA256, "mnist", {n: hashlib.sha256(b).hexdigest() for n, b in bodies.items()})
    monkeypatch.setitem(download.SIZES, "mnist", {n: len(b) for n, b in bodies.items()})
    return bodies


@pytest.fixture
def hostile(synthetic):
    """A server whose first path part says how to misbehave; the second names the file."""
    stop = threading.Event()
    sent = {}
    gate = {"started": threading.Event(), "go": threading.Event()}  # for "gated": the test opens it

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            kind, name = self.path.strip("/").split("/")
            body = synthetic[name]
            if kind == "good":
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            elif kind == "chunked-cut":  # a chunked body that stops mid-chunk: IncompleteRead
                self.send_response(200)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                self.wfile.write(f"{len(body):x}\r\n".encode() + body[:10])
                self.close_connection = True
            elif kind == "bad-status":  # not HTTP at all: BadStatusLine
                self.wfile.write(b"HELLO THERE\r\n\r\n")
                self.close_connection = True
            elif kind == "long-line":  # a header line longer than http.client accepts: LineTooLong
                self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Junk: " + b"a" * 70_000 + b"\r\n\r\n")
                self.close_connection = True
            elif kind == "gated":  # half the file, then the rest once the test opens the gate
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[:100])
                self.wfile.flush()
                gate["started"].set()
                gate["go"].wait(60)
                self.wfile.write(body[100:])
            elif kind == "trickle":  # one byte now and then, never the whole file
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                for byte in body[:200]:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    if stop.wait(0.05):
                        break
                self.close_connection = True
            elif kind == "endless":  # no length, and a body that never ends (stops at 50 MB)
                self.send_response(200)
                self.send_header("Connection", "close")
                self.end_headers()
                sent[name] = 0
                try:
                    while sent[name] < 50_000_000 and not stop.is_set():
                        self.wfile.write(bytes(1 << 16))
                        sent[name] += 1 << 16
                except OSError:
                    pass
                self.close_connection = True

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}", gate
    stop.set()
    gate["go"].set()
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(
    "kind, reason",
    [
        ("chunked-cut", "IncompleteRead"),
        ("bad-status", "BadStatusLine"),
        ("long-line", "LineTooLong"),
    ],
)
def test_http_client_errors_fall_through_to_the_next_mirror(hostile, synthetic, tmp_path, capsys, kind, reason):
    """Catches http.client errors that are not OSError (IncompleteRead, BadStatusLine, LineTooLong)
    escaping fetch() as a traceback instead of moving on to the next mirror."""
    url, _ = hostile
    dest = download.fetch(tmp_path, mirrors=(f"{url}/{kind}/", f"{url}/good/"))
    for name, body in synthetic.items():
        assert (dest / name).read_bytes() == body
    out = capsys.readouterr().out
    assert f"failed ({reason}" in out


def test_a_trickling_mirror_is_given_up(hostile, synthetic, tmp_path, monkeypatch, capsys):
    """Catches a mirror that sends a byte now and then hanging the download for ever."""
    url, _ = hostile
    monkeypatch.setattr(download, "DOWNLOAD_DEADLINE", 0.25)
    dest = download.fetch(tmp_path, mirrors=(f"{url}/trickle/", f"{url}/good/"))
    for name, body in synthetic.items():
        assert (dest / name).read_bytes() == body
    out = capsys.readouterr().out
    # four files, each given up after a quarter of a second; without the deadline each would end as
    # "cut off after 200 bytes" when the server stops trickling, after 10 s
    assert out.count("failed (") == 4
    assert out.count("gave up after 0.25 seconds") + out.count("timed out") == 4


def test_reading_stops_past_the_expected_size(hostile, synthetic, tmp_path, capsys):
    """Catches a download that reads whatever the server sends (here 50 MB for a 512-byte file)."""
    url, _ = hostile
    dest = download.fetch(tmp_path, mirrors=(f"{url}/endless/", f"{url}/good/"))
    assert sorted(p.name for p in dest.iterdir()) == sorted(FILES.values())
    assert "more than the expected 512 bytes" in capsys.readouterr().out


def test_leftover_part_files_are_removed_by_the_next_fetch(hostile, synthetic, tmp_path):
    """Catches .part files of an interrupted download staying in the cache for ever (the ones untouched
    for two hours), and a young one, which another notebook may be writing right now, being removed."""
    url, _ = hostile
    name = FILES["train_images"]
    leftovers = [tmp_path / f".{name}.1a2b3c4d.part", tmp_path / f"{name}.k2j3h4.part"]
    two_hours_ago = time.time() - 7200
    for part in leftovers:
        part.write_bytes(b"half a file")
        os.utime(part, (two_hours_ago, two_hours_ago))
    (tmp_path / f".{name}.0f0f0f0f.part").write_bytes(b"being written")
    (tmp_path / "notes.part").write_text("not ours")
    os.utime(tmp_path / "notes.part", (two_hours_ago, two_hours_ago))
    download.fetch(tmp_path, mirrors=(f"{url}/good/",), progress=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*FILES.values(), "notes.part", f".{name}.0f0f0f0f.part"])


def test_two_fetches_into_one_cache_at_once_both_succeed(hostile, synthetic, tmp_path, monkeypatch):
    """Catches the second of two notebooks loading the data for the first time at once removing the
    first one's .part file as a "leftover": the first then failed with FileNotFoundError."""
    url, gate = hostile
    monkeypatch.setattr(download, "SOCKET_TIMEOUT", 600.0)  # the first waits at the gate as long as the second takes
    first = {}

    def first_fetch():
        try:
            first["folder"] = download.fetch(tmp_path, mirrors=(f"{url}/gated/",), progress=False)
        except Exception as e:  # reported by the assertion below
            first["error"] = e

    thread = threading.Thread(target=first_fetch)
    thread.start()
    assert gate["started"].wait(60), "the first download never reached the server"  # its .part exists now
    assert len(list(tmp_path.glob("*.part"))) == 1
    second = download.fetch(tmp_path, mirrors=(f"{url}/good/",), progress=False)  # all four, while the first waits
    gate["go"].set()
    thread.join(60)
    assert "error" not in first, first.get("error")
    assert first["folder"] == second == tmp_path
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(FILES.values())
    for name, body in synthetic.items():
        assert (tmp_path / name).read_bytes() == body


def test_download_failure_is_one_line(hostile, tmp_path, monkeypatch, capsys):
    """Catches a failed download printing 5 lines of error plus a "Downloading" and a progress line per
    try: the README promises one line, and an offline classroom sees nothing else."""
    from mnistnet.cli import main

    url, _ = hostile
    monkeypatch.delenv("MNISTNET_DATA", raising=False)
    monkeypatch.delenv("MNISTNET_UNDER_MAKE", raising=False)
    monkeypatch.setenv("MNISTNET_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(download, "MIRRORS", (f"{url}/chunked-cut/", f"{url}/bad-status/", "http://127.0.0.1:9/"))
    assert main(["data"]) == 1
    out, err = capsys.readouterr()
    screen = [line.rsplit("\r", 1)[-1].strip() for line in out.split("\n")]  # what a terminal shows
    assert screen == [""], screen  # the progress line of the cut-off try is erased
    assert err.count("\n") == 1 and err.startswith("python -m mnistnet data: error: Could not download"), err
    assert "chunked-cut" in err and "bad-status" in err and "127.0.0.1:9" in err  # every mirror's reason
    assert err.rstrip().endswith("set MNISTNET_DATA to their folder.")


@pytest.mark.parametrize(
    "under_make, command",
    [(False, "`python -m mnistnet data --from /path/to/folder`"), (True, "`make data FROM=/path/to/folder`")],
)
def test_no_internet_advice_names_the_command_that_works_here(tmp_path, monkeypatch, under_make, command):
    """Catches the advice saying `python -m mnistnet data --from` under make, which fills the per-user
    cache while make's notebooks read .cache/mnist: the next `make lab` failed again."""
    monkeypatch.delenv("MNISTNET_UNDER_MAKE", raising=False)
    if under_make:
        monkeypatch.setenv("MNISTNET_UNDER_MAKE", "1")
    with pytest.raises(DataNotFoundError, match="No internet") as error:
        download.fetch(tmp_path, mirrors=("http://127.0.0.1:9/",), progress=False)
    assert command in str(error.value) and str(error.value).count("`") == 2
    with pytest.raises(DataNotFoundError) as error:
        data.load_data(tmp_path / "nowhere")
    assert command in str(error.value)


def test_mirrors_as_a_string_is_refused(synthetic, tmp_path, monkeypatch):
    """Catches MIRRORS = "http://..." (no tuple) being tried letter by letter."""
    monkeypatch.setattr(download, "MIRRORS", "http://school.example/mnist/")
    with pytest.raises(DataError, match="MIRRORS must be a tuple of base URLs"):
        download.fetch(tmp_path, progress=False)
    with pytest.raises(DataError, match="MIRRORS must be a tuple"):
        download.fetch(tmp_path, mirrors="http://school.example/mnist/", progress=False)


def with_umask(mask, action):
    old = os.umask(mask)
    try:
        return action()
    finally:
        os.umask(old)


def test_cache_files_follow_the_umask(hostile, synthetic, tmp_path):
    """Catches downloaded and imported cache files created 0600: students could not read a teacher's cache."""
    url, _ = hostile
    dest = with_umask(0o022, lambda: download.fetch(tmp_path / "cache", mirrors=(f"{url}/good/",), progress=False))
    copied = with_umask(0o002, lambda: download.import_from(dest, tmp_path / "shared"))
    for name in FILES.values():
        assert stat.S_IMODE(os.stat(dest / name).st_mode) == 0o644
        assert stat.S_IMODE(os.stat(copied / name).st_mode) == 0o664


def test_download_lines_and_errors_speak_chinese_under_set_language_zh(hostile, synthetic, tmp_path, capsys):
    """Catches download lines and errors written as English-only f-strings (progress, a mirror that failed,
    the failure itself): a Chinese class saw English."""
    from mnistnet import i18n

    url, _ = hostile
    try:
        i18n.set_language("zh")
        download.fetch(tmp_path / "a", mirrors=(f"{url}/bad-status/", f"{url}/good/"))
        out = capsys.readouterr().out
        assert out.count("已下载") >= 4 and out.count("下载失败（BadStatusLine") == 4, out
        with pytest.raises(DataNotFoundError, match="无法把 train-images-idx3-ubyte.gz 下载到 .*没有网络？"):
            download.fetch(tmp_path / "b", mirrors=(f"{url}/bad-status/",), progress=False)
        with pytest.raises(DataNotFoundError, match="stick：没有这个文件夹。"):
            download.import_from(tmp_path / "stick", tmp_path / "c")
    finally:
        i18n.set_language("en")
