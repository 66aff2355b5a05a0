"""fetch() and import_from() against a local HTTP server serving the real files, damaged copies and 404s."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from mnistnet import data, store
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
    dest = data.fetch(tmp_path / "cache", mirrors=mirrors)
    assert sorted(p.name for p in dest.iterdir()) == sorted(FILES.values())  # no .part left behind
    for name in FILES.values():
        store.check_sha256(dest / name)
    out = capsys.readouterr().out
    assert "404" in out and "does not match the official" in out and "cut off" in out
    assert "train-images-idx3-ubyte.gz: 9.9 / 9.9 MB" in out  # progress
    # a second call finds everything in place and downloads nothing
    requests.clear()
    data.fetch(dest, mirrors=mirrors)
    assert requests == []


def test_fetch_with_no_good_mirror_leaves_nothing(server, tmp_path):
    url, _ = server
    with pytest.raises(DataNotFoundError, match=r"(?s)Could not download train-images.*corrupt.*No internet\?"):
        data.fetch(tmp_path, mirrors=(f"{url}/corrupt/", f"{url}/truncated/"), progress=None)
    assert list(tmp_path.iterdir()) == []


def test_find_data_downloads_into_the_cache(server, tmp_path, monkeypatch):
    url, _ = server
    monkeypatch.delenv("MNISTNET_DATA", raising=False)
    monkeypatch.setenv("MNISTNET_CACHE", str(tmp_path / "c"))
    monkeypatch.setattr(store, "MIRRORS", (f"{url}/good/",))
    assert data.find_data() == tmp_path / "c"
    assert data.load_data()[2][0].shape == (10000, 784)


def test_import_from_a_usb_stick(official, tmp_path):
    dest = data.import_from(official, tmp_path / "cache")
    assert sorted(p.name for p in dest.iterdir()) == sorted(FILES.values())


def test_import_refuses_damaged_files(official, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    for name in FILES.values():
        (stick / name).write_bytes((official / name).read_bytes())
    (stick / FILES["test_labels"]).write_bytes(b"junk")
    with pytest.raises(DataError, match="t10k-labels-idx1-ubyte.gz: SHA-256"):
        data.import_from(stick, tmp_path / "cache")
    assert not (tmp_path / "cache").exists()
    (stick / FILES["test_labels"]).unlink()
    with pytest.raises(DataNotFoundError, match="missing t10k-labels-idx1-ubyte.gz"):
        data.import_from(stick, tmp_path / "cache")
