"""Publish a build into its folder atomically and exclusively.

A build never leaves a mix of old and new files behind:

1. it takes an exclusive lock on the folder (``.steppe-build.lock``): a second build into
   the same folder stops with a clear message instead of interleaving its files;
2. it writes every file into a staging folder (``.steppe-build-*``) inside the output;
3. it commits by writing a journal (``.steppe-publish.json``, itself written atomically)
   that lists the staged files;
4. it moves each file into place (``os.replace``, atomic per file), with
   ``datapackage.json`` last, then removes the journal and the staging folder.

If the process is killed before step 3, the published files are still the old release and
the next build removes the staging folder. If it is killed after step 3, the journal
makes the publication complete: the next build, or the next ``steppe.load`` of that
folder (``recover``), finishes the moves, so every reader sees the whole new release.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

LOCK = ".steppe-build.lock"
JOURNAL = ".steppe-publish.json"
STAGING_PREFIX = ".steppe-build-"


class BuildLocked(RuntimeError):
    """Another build is writing into the same folder."""


@contextmanager
def exclusive(out: Path):
    """Hold the folder's build lock for the duration of the block (released if the process dies).

    Example:
        >>> import tempfile
        >>> with exclusive(Path(tempfile.mkdtemp())):
        ...     pass
    """
    out.mkdir(parents=True, exist_ok=True)
    handle = open(out / LOCK, "a+")
    try:
        try:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # pragma: no cover - no fcntl (Windows): best effort, no lock
            pass
        except OSError:
            raise BuildLocked(f"another steppe build is writing into {out}; wait for it to finish "
                              "(the lock is released when that build ends)") from None
        yield
    finally:
        handle.close()


def recover(out: Path) -> str | None:
    """Finish or discard an interrupted publication in ``out``; say which (None: nothing to do).

    With a journal, the staged files it lists that are still waiting are moved into place
    (roll forward); without one, leftover staging folders are removed (the old release
    stands).

    Example:
        >>> import tempfile
        >>> recover(Path(tempfile.mkdtemp())) is None
        True
    """
    out = Path(out)
    journal = out / JOURNAL
    done = None
    if journal.is_file():
        plan = json.loads(journal.read_text(encoding="utf-8"))
        staging = out / plan["staging"]
        for rel in plan["files"]:
            staged = staging / rel
            if staged.is_file():
                (out / rel).parent.mkdir(parents=True, exist_ok=True)
                os.replace(staged, out / rel)
        journal.unlink()
        done = "completed an interrupted publication"
    for leftover in out.glob(STAGING_PREFIX + "*"):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
            done = done or "removed the files of an interrupted build"
    return done


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def publish(files: dict[str, bytes], out: Path, progress=None) -> list[Path]:
    """Publish ``files`` (relative path → bytes) into ``out`` as described above.

    ``progress(step, total)`` is called after each file is moved into place (a hook for
    progress reports, and for the test that kills a build part-way through).

    Example:
        >>> import tempfile
        >>> out = Path(tempfile.mkdtemp())
        >>> [p.name for p in publish({"datapackage.json": b"{}", "data/x.csv": b"a"}, out)]
        ['x.csv', 'datapackage.json']
    """
    out = Path(out)
    with exclusive(out):
        recover(out)
        staging = Path(tempfile.mkdtemp(dir=out, prefix=STAGING_PREFIX))
        for rel, data in files.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        # The descriptor goes last: until it is in place, readers see the old descriptor,
        # whose hashes no longer match the moved files, and are refused, not misled.
        order = sorted(files, key=lambda rel: (rel == "datapackage.json", rel))
        _write_atomic(out / JOURNAL, json.dumps({"staging": staging.name, "files": order}).encode("utf-8"))
        written = []
        for step, rel in enumerate(order, start=1):
            final = out / rel
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / rel, final)
            written.append(final)
            if progress is not None:
                progress(step, len(order))
        (out / JOURNAL).unlink()
        shutil.rmtree(staging, ignore_errors=True)
    return written
