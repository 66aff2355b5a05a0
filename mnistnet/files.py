"""Writing a file safely: all of it or none of it, readable like any other file.

Used by the MNIST cache and by ``Network.save``. Knows nothing of MNIST or networks.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomically(path: str | os.PathLike, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write(f)`` on a temporary file beside ``path``, then rename it to ``path``.

    A crash or Ctrl-C leaves either the old file or the new one, never half a file; the
    temporary file is removed on any error. The file gets the usual permissions for the
    user's umask (``open()`` creates it with 0o666 & ~umask), unlike ``tempfile.mkstemp``'s
    0600: a teacher who fills a shared cache leaves files the students can read.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        with open(tmp, "xb") as f:
            write(f)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
