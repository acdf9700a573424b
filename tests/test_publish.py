"""Publication is atomic and exclusive: a build killed at any point of the publish step
leaves the old release or, once completed, the new one; never a mix. Two builds into one
folder cannot interleave."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from steppe.build import build_files, write
from steppe.publish import JOURNAL, BuildLocked, exclusive, recover

pytestmark = pytest.mark.slow

CHILD = """
import sys, time
from pathlib import Path
from steppe.build import build_files, write
build = build_files(Path(sys.argv[1]))
print("built", flush=True)
def step(i, n):
    print(i, flush=True)
    time.sleep(0.02)
write(build, Path(sys.argv[2]), progress=step)
print("done", flush=True)
"""


def release_hashes(folder: Path) -> dict[str, str]:
    desc = json.loads((folder / "datapackage.json").read_text())
    return {r["path"]: r["hash"].removeprefix("sha256:") for r in desc["resources"]}


def disk_hashes(folder: Path, paths) -> dict[str, str]:
    return {p: hashlib.sha256((folder / p).read_bytes()).hexdigest() for p in paths}


@pytest.fixture(scope="module")
def two_releases(tmp_path_factory):
    """An old release published into a folder, and sources whose build differs from it."""
    import shutil

    from steppe.resources import default_curated_dir

    base = tmp_path_factory.mktemp("publish")
    old_out = base / "old"
    write(build_files(default_curated_dir()), old_out)
    new_src = base / "curated"
    shutil.copytree(default_curated_dir(), new_src)
    events = new_src / "events.csv"
    events.write_text(events.read_text(encoding="utf-8").replace("First post-independence Constitution",
                                                                 "First post-independence Constitution (edited)"),
                      encoding="utf-8")
    desc = json.loads(build_files(new_src).files["datapackage.json"])
    new = {r["path"]: r["hash"].removeprefix("sha256:") for r in desc["resources"]}
    assert new != release_hashes(old_out)
    return old_out, new_src, release_hashes(old_out), new


@pytest.mark.parametrize("kill_after", [0, 3, 30, 59])
def test_a_killed_build_leaves_the_old_or_the_new_release(two_releases, tmp_path, kill_after):
    import shutil

    old_out, new_src, old, new = two_releases
    out = tmp_path / "out"
    shutil.copytree(old_out, out)
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(new_src), str(out)], stdout=subprocess.PIPE, text=True)
    seen = []
    for line in child.stdout:
        seen.append(line.strip())
        if line.strip() == str(kill_after) or (kill_after == 0 and line.strip() == "built"):
            os.kill(child.pid, signal.SIGKILL)
            break
    child.wait()
    assert "done" not in seen
    # The next reader (or build) completes or discards the interrupted publication.
    recover(out)
    published = release_hashes(out)
    on_disk = disk_hashes(out, published)
    assert on_disk == published, "files and datapackage.json disagree: a mix of releases"
    assert published in (old, new)
    if kill_after == 0:
        assert published == old  # killed before publishing began
    assert not list(out.glob(".steppe-build-*")) and not (out / JOURNAL).exists()


def test_a_second_build_into_the_same_folder_is_refused(tmp_path):
    with exclusive(tmp_path):
        with pytest.raises(BuildLocked, match="another steppe build is writing into"):
            write(build_files(Path(__file__).resolve().parents[1] / "data" / "curated"), tmp_path)
    # The lock goes with the build that held it.
    with exclusive(tmp_path):
        pass
