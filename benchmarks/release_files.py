"""Size and speed of the release files, as ratios against baselines measured in the same run.

    python benchmarks/release_files.py

- size: each table's Parquet file against its CSV file (ratio < 1 = Parquet smaller);
- loading: ``steppe.load`` (Parquet, typed, validated) against ``pandas.read_csv`` of the
  CSV file with no typing (the floor any loader pays);
- build: a full ``build_files`` against reading the curated sources alone.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import steppe  # noqa: E402
from speed import best_of  # noqa: E402
from steppe.build import build_files  # noqa: E402
from steppe.curated import read_curated  # noqa: E402
from steppe.load import _read  # noqa: E402
from steppe.resources import default_curated_dir  # noqa: E402

RELEASE = ROOT / "data" / "release"


def main() -> None:
    rows = []
    for table in steppe.TABLES:
        parquet, csv = RELEASE / f"{table}.parquet", RELEASE / f"{table}.csv"

        def typed(t=table):
            _read.cache_clear()
            steppe.load(t)

        baseline = best_of(lambda: pd.read_csv(csv, dtype=str, keep_default_na=False))
        rows.append({"table": table, "size_ratio": parquet.stat().st_size / csv.stat().st_size,
                     "load_ratio": best_of(typed) / baseline})
    df = pd.DataFrame(rows)
    print(df.to_string(index=False, float_format=lambda v: f"{v:.2f}"))
    print(f"\nmedian size ratio Parquet/CSV: {statistics.median(df['size_ratio']):.2f}")
    print(f"median load ratio typed/raw CSV: {statistics.median(df['load_ratio']):.2f}")
    read = best_of(lambda: read_curated(default_curated_dir()), repeat=3)
    build = best_of(lambda: build_files(default_curated_dir()), repeat=2)
    print(f"build / read-sources ratio: {build / read:.1f}")


if __name__ == "__main__":
    main()
