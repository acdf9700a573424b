"""Rewrite tests/manifest.json: per table, row count, column:type signature and date range.

Regenerate on purpose after a data change and review the diff: it shows what changed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from scripts_manifest import manifest  # noqa: E402

from steppe.build import build_files  # noqa: E402
from steppe.resources import default_curated_dir  # noqa: E402

if __name__ == "__main__":
    data = manifest(build_files(default_curated_dir()).tables)
    (ROOT / "tests" / "manifest.json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print("wrote tests/manifest.json")
