"""The benchmarks' inputs stay valid: an enlarged copy of the sources passes every check,
so the scaling figures in BENCHMARKS.md measure real builds, not failed ones."""

from __future__ import annotations

import sys

from steppe.resources import default_curated_dir, repo_root
from steppe.validate import check_sources

sys.path.insert(0, str(repo_root() / "benchmarks"))

from enlarge import enlarge  # noqa: E402


def test_enlarged_sources_pass_every_check(tmp_path):
    _, real = check_sources(default_curated_dir())
    _, big = check_sources(enlarge(3, tmp_path / "x3"))  # raises DataError if any check fails
    for table in ("events", "leaders", "policy_spells", "treaty_status"):
        assert len(big[table]) == 3 * len(real[table]), table
    assert len(big["corrections"]) > len(real["corrections"])
    assert len(big["instruments"]) == len(real["instruments"])
