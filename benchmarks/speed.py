"""Where users wait, as ratios against baselines measured in the same run (no absolute
thresholds: the machine's speed cancels out).

    python benchmarks/speed.py [--factors 1,10,100] [--out BENCHMARKS.md]

- command line: `steppe --help` and `steppe info` against `python -c "import click"`;
- import: `import steppe` against `import click` and `import pandas`;
- cold load (a fresh process each): `steppe.load(t)` against `pandas.read_parquet` of the
  same file, for the largest tables;
- validation: `steppe validate` and `steppe build --check` against
  `frictionless validate datapackage.json` (the release package), and `steppe validate`
  against `frictionless validate` of the curated CSV sources themselves (the files
  `steppe validate` reads, described by `steppe.schema.curated_descriptor`);
- as-of: `steppe.as_of` on every day of a year in one call against one call per day;
- scaling: the build of enlarged copies of the curated sources (benchmarks/enlarge.py)
  at each factor, against the 1x build, with the growth exponent between factors.
"""

from __future__ import annotations

import argparse
import math
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

PY = sys.executable


def best_of(func, repeat: int = 5) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by the machine)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def run(*args: str) -> None:
    subprocess.run(args, cwd=ROOT, check=True, capture_output=True)


def python(code: str):
    return lambda: run(PY, "-c", code)


def steppe_cli(*args: str):
    return lambda: run(PY, "-m", "steppe", *args)


def frictionless_available() -> bool:
    return shutil.which("frictionless") is not None


def measure(factors: list[int]) -> list[tuple[str, float, str, float]]:
    """(what, seconds, baseline, baseline seconds) rows."""
    rows = []
    click_import = best_of(python("import click"))
    pandas_import = best_of(python("import pandas"))
    rows.append(("steppe --help", best_of(steppe_cli("--help")), "python -c 'import click'", click_import))
    rows.append(("steppe info", best_of(steppe_cli("info"), 3), "python -c 'import click'", click_import))
    rows.append(("import steppe", best_of(python("import steppe")), "python -c 'import click'", click_import))
    rows.append(("import steppe", best_of(python("import steppe")), "python -c 'import pandas'", pandas_import))
    release = ROOT / "data" / "release"
    largest = sorted(release.glob("*.parquet"), key=lambda p: p.stat().st_size, reverse=True)[:3]
    for path in largest:
        table = path.stem
        rows.append((f"cold steppe.load('{table}')", best_of(python(f"import steppe; steppe.load('{table}')")),
                     "cold pandas.read_parquet", best_of(python(f"import pandas; pandas.read_parquet('{path}')"))))
    if frictionless_available():
        baseline = best_of(lambda: subprocess.run(["frictionless", "validate", "datapackage.json"], cwd=ROOT,
                                                  capture_output=True), 2)
        validate = best_of(steppe_cli("validate"), 3)
        rows.append(("steppe validate", validate, "frictionless validate", baseline))
        rows.append(("steppe build --check", best_of(steppe_cli("build", "--check"), 3), "frictionless validate",
                     baseline))
        with tempfile.TemporaryDirectory() as tmp:
            import json

            from steppe.schema import curated_descriptor

            for csv_file in (ROOT / "data" / "curated").glob("*.csv"):
                shutil.copy(csv_file, tmp)
            (Path(tmp) / "datapackage.json").write_text(json.dumps(curated_descriptor()), encoding="utf-8")
            sources = best_of(lambda: subprocess.run(["frictionless", "validate", "datapackage.json"], cwd=tmp,
                                                     capture_output=True), 2)
        rows.append(("steppe validate", validate, "frictionless validate of the curated sources", sources))
    import pandas as pd

    import steppe

    days = pd.date_range("2020-01-01", "2020-12-31")
    steppe.as_of("2020-01-01")  # warm the loaded tables for both sides
    one_call = best_of(lambda: steppe.as_of(days), 3)
    per_day = best_of(lambda: [steppe.as_of(d) for d in days], 1)
    rows.append(("as_of(366 days), one call", one_call, "as_of once per day, 366 calls", per_day))
    from enlarge import enlarge

    from steppe import build

    def cold_build(src):
        build._BUILDS.clear()  # a process keeps its last build: measure the work, not the cache
        return build.build_files(src)

    with tempfile.TemporaryDirectory() as tmp:
        builds = {}
        for factor in factors:
            src = enlarge(factor, Path(tmp) / f"x{factor}")
            builds[factor] = best_of(lambda s=src: cold_build(s), 1 if factor >= 50 else 2)
            rows.append((f"build at {factor}x rows", builds[factor], "build at 1x", builds[factors[0]]))
    return rows, builds


def report(rows, builds, factors) -> str:
    lines = ["| measured | seconds | baseline (same run) | seconds | ratio |", "|---|---|---|---|---|"]
    for what, t, base, tb in rows:
        ratio = t / tb
        shown = f"{ratio:.2f}x" if ratio >= 0.1 else f"1/{1 / ratio:.0f}"
        lines.append(f"| {what} | {t:.3f} | {base} | {tb:.3f} | {shown} |")
    growth = []
    for a, b in zip(factors, factors[1:]):
        exponent = math.log(builds[b] / builds[a]) / math.log(b / a)
        growth.append(f"- growth exponent of the build between {a}x and {b}x: {exponent:.2f}")
    return "\n".join(lines) + "\n\n" + "\n".join(growth) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--factors", default="1,10,100")
    parser.add_argument("--out", default=None, help="also write the table into this Markdown file")
    args = parser.parse_args()
    factors = [int(f) for f in args.factors.split(",")]
    rows, builds = measure(factors)
    text = report(rows, builds, factors)
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
