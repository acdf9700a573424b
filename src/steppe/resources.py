"""Where the schemas, the curated sources and the built release live.

An installed wheel carries the schemas, ``datapackage.json`` and the built files under
``steppe/_data``; a source checkout keeps them at the repository root. Setting the
``STEPPE_DATA`` environment variable to a folder holding a ``datapackage.json`` points the
loaders at another build (for instance one made with ``steppe build --out``).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

DESCRIPTOR = "datapackage.json"
CURATED_DIR = Path("data") / "curated"
RELEASE_DIR = Path("data") / "release"
SCHEMAS_DIR = Path("schemas")


@lru_cache(maxsize=1)
def repo_root() -> Path | None:
    """The source checkout this module runs from, or None when installed from a wheel.

    Example:
        >>> root = repo_root()  # doctest: +SKIP
    """
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "pyproject.toml").is_file() and (parent / SCHEMAS_DIR).is_dir():
            return parent
    return None


def package_root() -> Path:
    """The folder holding ``datapackage.json``, ``schemas/`` and ``data/release/``.

    Order: ``$STEPPE_DATA``, the copy shipped inside the installed package, the checkout.

    Example:
        >>> (package_root() / "datapackage.json").name
        'datapackage.json'
    """
    env = os.environ.get("STEPPE_DATA")
    if env:
        return Path(env)
    shipped = Path(__file__).resolve().parent / "_data"
    if (shipped / DESCRIPTOR).is_file():
        return shipped
    root = repo_root()
    if root is None:
        raise FileNotFoundError(
            "steppe cannot find its data: the package has no _data folder and is not "
            "running from a source checkout; set STEPPE_DATA to a built package folder"
        )
    return root


def schemas_dir() -> Path:
    """The folder of Table Schemas (one JSON file per table).

    Example:
        >>> sorted(p.stem for p in schemas_dir().glob("*.json"))[:2]
        ['claims', 'corrections']
    """
    root = package_root()
    if (root / SCHEMAS_DIR).is_dir():
        return root / SCHEMAS_DIR
    checkout = repo_root()
    if checkout is not None:
        return checkout / SCHEMAS_DIR
    shipped = Path(__file__).resolve().parent / "_data" / SCHEMAS_DIR
    return shipped


def bundled_schemas_dir() -> Path:
    """The schemas that came with this code: inside the wheel, or in the checkout.

    Example:
        >>> (bundled_schemas_dir() / "views" / "as_of.json").is_file()
        True
    """
    shipped = Path(__file__).resolve().parent / "_data" / SCHEMAS_DIR
    if shipped.is_dir():
        return shipped
    root = repo_root()
    if root is None:
        raise FileNotFoundError("steppe's schemas are missing: reinstall steppe")
    return root / SCHEMAS_DIR


def default_curated_dir() -> Path:
    """The curated source files a researcher edits (only in a checkout).

    Example:
        >>> default_curated_dir().name
        'curated'
    """
    root = repo_root()
    if root is None:
        raise FileNotFoundError("the curated sources live in a source checkout of steppe")
    return root / CURATED_DIR


def default_out_dir() -> Path:
    """Where ``steppe build`` writes by default: the checkout's root.

    Example:
        >>> (default_out_dir() / "schemas").is_dir()
        True
    """
    root = repo_root()
    if root is None:
        raise FileNotFoundError("steppe build writes into a source checkout; pass --out")
    return root
