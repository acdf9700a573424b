"""Write a valid enlarged copy of the curated sources: the five states repeated N times.

    python benchmarks/enlarge.py 10 /tmp/steppe-10x

Each copy of a state gets a new three-letter code (QAA, QAB, ...) that replaces the state's
code in every cell of its rows (ids such as event and leader ids start with it), and its
own copy of every source (ids and addresses suffixed); the corrections of a state's rows
are copied with them. Tables without a state (instruments, the indicators' codebook) are
kept as they are, so the enlarged copy passes every check the real sources pass and the
build does N times the work.
"""

from __future__ import annotations

import csv
import itertools
import json
import shutil
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CURATED = ROOT / "data" / "curated"
CORE = ("KAZ", "KGZ", "TJK", "TKM", "UZB")
#: Tables copied per state, and how a row's state is found where there is no country column.
PER_STATE = {"countries", "events", "referendums", "treaty_actions", "treaty_status", "term_limits",
             "institutions", "nhri_accreditations", "death_penalty", "leaders", "policy_spells", "claims",
             "corrections"}


def _codes(n: int):
    letters = itertools.product(string.ascii_uppercase, repeat=2)
    return ["Q" + a + b for a, b in itertools.islice(letters, n * len(CORE))]


def _state(row: dict) -> str | None:
    for column in ("country", "event_id", "institution_id", "key"):
        value = row.get(column) or ""
        if value[:3] in CORE:
            return value[:3]
    return None


def enlarge(factor: int, out: Path, src: Path = CURATED) -> Path:
    """Write ``factor`` × the states into ``out`` (1 = an exact copy).

    Example:
        >>> import tempfile
        >>> out = enlarge(2, Path(tempfile.mkdtemp()) / "c")
        >>> sum(1 for _ in open(out / "countries.csv")) - 1
        10
    """
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(src, out)
    if factor == 1:
        return out
    codes = iter(_codes(factor - 1))
    copies = [{state: next(codes) for state in CORE} for _ in range(factor - 1)]
    with open(src / "sources.csv", encoding="utf-8", newline="") as fh:
        sources = list(csv.DictReader(fh))
    for table in sorted(PER_STATE):
        path = out / f"{table}.csv"
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            header, rows = list(reader.fieldnames), list(reader)
        added = []
        for k, copy in enumerate(copies):
            suffix = f"-c{k + 1}"
            for row in rows:
                state = _state(row)
                if state is None:
                    continue
                new = {c: (v.replace(state, copy[state]) if isinstance(v, str) else v) for c, v in row.items()}
                if table == "countries":
                    new["name"] = f"{row['name']} (copy {k + 1})"
                if table == "claims":
                    new["claim_id"] = row["claim_id"] + suffix
                if table == "corrections":
                    new["correction_id"] = row["correction_id"] + suffix
                    if row["column"] == "source_ids":  # the logged values are the copy's own sources
                        for side in ("old_value", "new_value"):
                            if new[side]:
                                new[side] = ";".join(i + suffix for i in new[side].split(";"))
                if new.get("source_ids"):
                    new["source_ids"] = ";".join(i + suffix for i in new["source_ids"].split(";"))
                added.append(new)
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows + added)
    with open(out / "sources.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(sources[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(sources)
        for k in range(len(copies)):
            suffix = f"-c{k + 1}"
            writer.writerows({**s, "source_id": s["source_id"] + suffix, "url": s["url"] + f"#copy{k + 1}"}
                             for s in sources)
    meta = json.loads((src / "dataset.json").read_text(encoding="utf-8"))
    (out / "dataset.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    print(enlarge(int(sys.argv[1]), Path(sys.argv[2])))
