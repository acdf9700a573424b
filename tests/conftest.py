"""Shared fixtures: a scratch copy of the curated sources that a test may break on purpose."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from steppe.build import build_files, check_sources
from steppe.problems import DataError
from steppe.resources import default_curated_dir, repo_root

ROOT = repo_root()


class Curated:
    """A writable copy of data/curated with small editing helpers."""

    def __init__(self, path: Path):
        self.path = path

    def rows(self, table: str) -> list[list[str]]:
        with (self.path / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
            return list(csv.reader(fh))

    def write(self, table: str, rows: list[list[str]]) -> None:
        with (self.path / f"{table}.csv").open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, lineterminator="\n").writerows(rows)

    def find(self, table: str, **match) -> int:
        """Line number (1 = header) of the first row whose cells equal ``match``."""
        rows = self.rows(table)
        header = rows[0]
        for i, row in enumerate(rows[1:], start=2):
            if all(row[header.index(k)] == v for k, v in match.items()):
                return i
        raise LookupError(f"no row in {table} with {match}")

    def set(self, table: str, line: int, column: str, value: str) -> None:
        rows = self.rows(table)
        rows[line - 1][rows[0].index(column)] = value
        self.write(table, rows)

    def get(self, table: str, line: int, column: str) -> str:
        rows = self.rows(table)
        return rows[line - 1][rows[0].index(column)]

    def append(self, table: str, row: list[str]) -> int:
        rows = self.rows(table)
        rows.append(row)
        self.write(table, rows)
        return len(rows)

    def reports(self, start: str) -> bool:
        """True when the build reports a problem whose message begins with ``start``."""
        return any(p.startswith(start) for p in self.problems())

    def problems(self) -> list[str]:
        """Every problem the build reports for this copy (empty when it builds)."""
        try:
            check_sources(self.path)
        except DataError as err:
            return [str(p) for p in err.problems]
        return []


@pytest.fixture
def curated(tmp_path) -> Curated:
    """A scratch copy of the real curated sources."""
    dst = tmp_path / "curated"
    shutil.copytree(default_curated_dir(), dst)
    return Curated(dst)


@pytest.fixture(scope="session")
def fresh_build():
    """One build of the real sources, shared by the tests that only read it."""
    return build_files(default_curated_dir())
