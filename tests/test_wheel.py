"""The wheel carries every resource of the descriptor, and loads from outside the checkout."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from importlib import import_module
from pathlib import Path

import pytest

from steppe.resources import repo_root
from steppe.schema import TABLES

ROOT = repo_root()
pytestmark = pytest.mark.slow


def dependency_dirs() -> list[str]:
    """The folders this interpreter imports steppe's dependencies from (not the checkout)."""
    dirs = []
    for name in ("pandas", "numpy", "pyarrow", "pandera", "click", "yaml", "typeguard", "pydantic"):
        try:
            module = import_module(name)
        except ImportError:
            continue
        folder = str(Path(module.__file__).resolve().parent.parent)
        if folder not in dirs and not folder.startswith(str(ROOT)):
            dirs.append(folder)
    return dirs


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True)
    (path,) = out.glob("steppe-*.whl")
    return path


def test_wheel_contains_every_resource(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    desc = json.loads((ROOT / "datapackage.json").read_text())
    assert "steppe/_data/datapackage.json" in names
    for res in desc["resources"]:
        assert f"steppe/_data/{res['path']}" in names, res["path"]
        assert f"steppe/_data/{res['schema']}" in names, res["schema"]
    assert "steppe/_data/schemas/views/as_of.json" in names
    for module in ("__init__.py", "models.py", "cli.py", "load.py", "py.typed", "__main__.py"):
        assert f"steppe/{module}" in names


def test_installed_wheel_loads_every_table_from_another_folder(wheel, tmp_path):
    venv = tmp_path / "venv"
    # A clean environment that sees this interpreter's dependencies (pandas and friends,
    # wherever they live: a venv, a conda env or the system) but not the checkout: the
    # folders holding them are listed in a .pth file; the wheel itself is installed fresh.
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    site = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    (Path(site) / "steppe-test-deps.pth").write_text("\n".join(dependency_dirs()) + "\n")
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", str(wheel)],
                   check=True, capture_output=True)
    code = (
        "import steppe, sys\n"
        "assert '/site-packages/steppe/' in steppe.__file__.replace('\\\\', '/'), steppe.__file__\n"
        f"for t in {list(TABLES)!r}:\n"
        "    df = steppe.load(t)\n"
        "    assert df.attrs['steppe_version'] == steppe.__version__\n"
        "print(steppe.__version__, len(steppe.load('events')))\n"
    )
    env = {"PATH": str(venv / "bin"), "HOME": str(tmp_path)}
    result = subprocess.run([str(py), "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    cli = subprocess.run([str(venv / "bin" / "steppe"), "info"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert cli.returncode == 0, cli.stderr
    assert "events" in cli.stdout
    tracker = subprocess.run([str(venv / "bin" / "steppe"), "compare", "adoptions", "--domain", "gender"],
                             cwd=tmp_path, env=env, capture_output=True, text=True)
    assert tracker.returncode == 0, tracker.stderr
    assert "2003-03-25 #1" in tracker.stdout
    votes = subprocess.run([str(venv / "bin" / "steppe"), "compare", "elections", "--format", "csv"],
                           cwd=tmp_path, env=env, capture_output=True, text=True)
    assert votes.returncode == 0 and votes.stdout.startswith("country,elections,early"), votes.stderr
    history = subprocess.run([str(py), "-c", "import steppe; print(len(steppe.compare.event_history('trafficking_law')))"],
                             cwd=tmp_path, env=env, capture_output=True, text=True)
    assert history.returncode == 0 and int(history.stdout) > 100, history.stderr
