"""The wheel carries every resource of the descriptor, and loads from outside the checkout."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import pytest

from steppe.resources import repo_root
from steppe.schema import TABLES

ROOT = repo_root()


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
    for module in ("__init__.py", "models.py", "cli.py", "load.py"):
        assert f"steppe/{module}" in names


def test_installed_wheel_loads_every_table_from_another_folder(wheel, tmp_path):
    venv = tmp_path / "venv"
    # System site-packages supply pandas and friends; the wheel itself is installed fresh.
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    py = venv / "bin" / "python"
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
