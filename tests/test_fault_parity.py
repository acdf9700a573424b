"""`steppe validate` catches at least the faults `frictionless validate` catches.

Each fault is made once in a scratch copy of the curated sources; frictionless, given the
same files as a data package (the Table Schemas' curated fields, keys and foreign keys),
reports it with the error type named here, and the sources' checks report it too, at the
same file and line.
"""

from __future__ import annotations

import pytest

from steppe.schema import curated_descriptor, table_schema

frictionless = pytest.importorskip("frictionless")


def _package(folder, table: str):
    """A frictionless package of ``table`` and the tables its foreign keys name."""
    wanted = [table] + [fk["reference"]["resource"] for fk in table_schema(table).foreign_keys
                        if fk["reference"]["resource"]]
    return frictionless.Package(curated_descriptor(dict.fromkeys(wanted)), basepath=str(folder))


def _edit_line(curated, table: str, line: int, change) -> None:
    path = curated.path / f"{table}.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[line - 1] = change(lines[line - 1])
    path.write_text("\n".join(lines), encoding="utf-8")


def _insert_line(curated, table: str, line: int, text: str) -> None:
    path = curated.path / f"{table}.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines.insert(line - 1, text)
    path.write_text("\n".join(lines), encoding="utf-8")


FAULTS = {
    # frictionless error type: (table, line the fault is on (-1: the last), how to make it)
    "type-error": ("events", 2, lambda c: c.set("events", 2, "date", "30.08.1995")),
    "constraint-error (required)": ("death_penalty", 2, lambda c: c.set("death_penalty", 2, "source_ids", "")),
    "constraint-error (enum)": ("events", 3, lambda c: c.set("events", 3, "kind", "decreee")),
    "constraint-error (pattern)": ("countries", 2, lambda c: c.set("countries", 2, "iso2", "kz")),
    "constraint-error (maximum)": ("referendums", 2, lambda c: c.set("referendums", 2, "turnout_pct", "150.0")),
    "constraint-error (minimum)": ("referendums", 2, lambda c: c.set("referendums", 2, "yes_votes", "-5")),
    "primary-key": ("countries", -1, lambda c: c.append("countries", c.rows("countries")[1])),
    "foreign-key": ("events", 2, lambda c: c.set("events", 2, "country", "RUS")),
    "extra-cell": ("leaders", 3, lambda c: _edit_line(c, "leaders", 3, lambda s: s + ",surplus")),
    "missing-cell": ("leaders", 3, lambda c: _edit_line(c, "leaders", 3, lambda s: s.rsplit(",", 1)[0])),
    "blank-row": ("leaders", 3, lambda c: _insert_line(c, "leaders", 3, "")),
    "incorrect-label": ("leaders", 1, lambda c: _edit_line(c, "leaders", 1, lambda s: s.replace("start", "begin"))),
    "missing-label": ("leaders", 1, lambda c: _edit_line(c, "leaders", 1, lambda s: s.rsplit(",", 1)[0])),
}


@pytest.mark.parametrize("fault", FAULTS)
def test_validate_catches_what_frictionless_catches(curated, fault):
    table, line, make = FAULTS[fault]
    make(curated)
    if line == -1:
        line = len(curated.rows(table))
    kind = fault.split(" ")[0]
    report = _package(curated.path, table).validate()
    found = report.flatten(["type", "rowNumber"])
    assert any(t == kind for t, _ in found), f"frictionless did not report {fault}: {found}"
    problems = curated.problems()
    assert any(p.startswith(f"{table}.csv:{line}:") for p in problems), (fault, problems)
