"""write_atomically: all or nothing, with the umask's permissions."""

import os
import stat

import pytest

from mnistnet.download import write_atomically


def test_the_file_gets_the_umask_mode_not_0600(tmp_path):
    """Catches mkstemp's 0600: students could not read a cache a teacher filled."""
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "f.bin", lambda f: f.write(b"abc"))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "f.bin").stat().st_mode) == 0o644
    assert (tmp_path / "f.bin").read_bytes() == b"abc"


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    """Catches half-written files and leftover temporaries after an error."""
    target = tmp_path / "f.bin"
    target.write_bytes(b"old")

    def broken(f):
        f.write(b"new, but not all of it")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, broken)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.bin"]
