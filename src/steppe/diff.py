"""Compare two built packages: rows added, removed and changed per table, schema changes,
and the semantic-version bump the change requires.

Either side is a folder holding a ``datapackage.json`` (a checkout, a ``steppe build --out``
folder, or an unpacked release). Values are compared as the CSV files write them.

Example:
    >>> from steppe.resources import package_root
    >>> d = diff_packages(package_root(), package_root())
    >>> d.bump
    'none'
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

BUMPS = ("none", "patch", "minor", "major")


@dataclass
class TableDiff:
    """What changed in one table."""

    table: str
    status: str = "same"          # same, added, removed, changed
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)
    columns_retyped: list[str] = field(default_factory=list)
    key_changed: bool = False

    @property
    def bump(self) -> str:
        """The smallest version bump this table's change needs."""
        if self.status == "removed" or self.columns_removed or self.columns_retyped or self.key_changed:
            return "major"
        if self.table == "corrections" and self.status != "added" and not self.columns_added:
            # Logging a correction is part of a patch, not new data.
            return "patch" if (self.added or self.removed or self.changed) else "none"
        if self.status == "added" or self.columns_added or self.added or self.removed:
            return "minor"
        if self.changed:
            return "patch"
        return "none"


@dataclass
class PackageDiff:
    """The difference between two packages, table by table."""

    old_version: str | None
    new_version: str | None
    tables: list[TableDiff]

    @property
    def bump(self) -> str:
        """The smallest version bump the whole change needs."""
        return max((t.bump for t in self.tables), key=BUMPS.index, default="none")


def _read(root: Path) -> tuple[str | None, dict[str, tuple[dict, pd.DataFrame]]]:
    desc_path = Path(root) / "datapackage.json"
    if not desc_path.is_file():
        raise FileNotFoundError(f"{desc_path} not found: pass a folder holding a built package")
    desc = json.loads(desc_path.read_text(encoding="utf-8"))
    out = {}
    for res in desc.get("resources", []):
        if res.get("format") != "csv":
            continue
        schema = res["schema"]
        if isinstance(schema, str):
            schema = json.loads((Path(root) / schema).read_text(encoding="utf-8"))
        name = res["name"].removesuffix("_csv")
        df = pd.read_csv(Path(root) / res["path"], dtype=str, keep_default_na=False, encoding="utf-8")
        out[name] = (schema, df)
    return desc.get("version"), out


def _keys(df: pd.DataFrame, key: list[str]) -> pd.Series:
    """Each row's primary key as one 'a|b|c' text (column-wise, not row by row)."""
    if not len(df):
        return pd.Series([], dtype=str)
    return pd.Series(["|".join(parts) for parts in zip(*(df[k].astype(str).tolist() for k in key))], index=df.index)


def diff_packages(old: Path, new: Path) -> PackageDiff:
    """Diff two built packages table by table (rows by primary key, then columns).

    Example:
        >>> from steppe.resources import package_root
        >>> diff_packages(package_root(), package_root()).tables[0].status
        'same'
    """
    old_version, old_tables = _read(old)
    new_version, new_tables = _read(new)
    result = []
    for name in sorted(set(old_tables) | set(new_tables)):
        d = TableDiff(name)
        if name not in new_tables:
            d.status = "removed"
            d.removed = sorted(_keys(old_tables[name][1], old_tables[name][0]["primaryKey"]))
        elif name not in old_tables:
            d.status = "added"
            d.added = sorted(_keys(new_tables[name][1], new_tables[name][0]["primaryKey"]))
        else:
            (os_, odf), (ns_, ndf) = old_tables[name], new_tables[name]
            otypes = {f["name"]: f["type"] for f in os_["fields"]}
            ntypes = {f["name"]: f["type"] for f in ns_["fields"]}
            d.columns_added = [c for c in ntypes if c not in otypes]
            d.columns_removed = [c for c in otypes if c not in ntypes]
            d.columns_retyped = [c for c in ntypes if c in otypes and ntypes[c] != otypes[c]]
            d.key_changed = os_["primaryKey"] != ns_["primaryKey"]
            key = ns_["primaryKey"]
            if not d.key_changed:
                o = odf.assign(_key=_keys(odf, key)).set_index("_key")
                n = ndf.assign(_key=_keys(ndf, key)).set_index("_key")
                d.added = sorted(set(n.index) - set(o.index))
                d.removed = sorted(set(o.index) - set(n.index))
                shared = [c for c in ntypes if c in otypes]
                both = sorted(set(n.index) & set(o.index))
                differs = o.loc[both, shared].to_numpy() != n.loc[both, shared].to_numpy()
                for i in differs.any(axis=1).nonzero()[0]:
                    d.changed[both[i]] = [c for c, x in zip(shared, differs[i]) if x]
            if d.bump != "none":
                d.status = "changed"
        result.append(d)
    return PackageDiff(old_version, new_version, result)


def render(diff: PackageDiff, fmt: str = "text", detail: bool = True) -> str:
    """Describe a diff as text, Markdown (for the changelog) or JSON.

    Example:
        >>> from steppe.resources import package_root
        >>> render(diff_packages(package_root(), package_root())).splitlines()[-1]
        'required version bump: none'
    """
    if fmt == "json":
        return json.dumps({"old_version": diff.old_version, "new_version": diff.new_version, "bump": diff.bump,
                           "tables": [t.__dict__ | {"bump": t.bump} for t in diff.tables]}, indent=2) + "\n"
    lines = []
    if fmt == "markdown":
        lines += ["| table | rows added | rows removed | rows changed | schema changes |", "|---|---|---|---|---|"]
    for t in diff.tables:
        if t.bump == "none":
            continue
        schema = []
        if t.status in ("added", "removed"):
            schema.append(f"table {t.status}")
        schema += [f"+{c}" for c in t.columns_added] + [f"-{c}" for c in t.columns_removed]
        schema += [f"~{c}" for c in t.columns_retyped] + (["primary key changed"] if t.key_changed else [])
        if fmt == "markdown":
            lines.append(f"| `{t.table}` | {len(t.added)} | {len(t.removed)} | {len(t.changed)} | {', '.join(schema) or '—'} |")
        else:
            lines.append(f"{t.table}: +{len(t.added)} -{len(t.removed)} ~{len(t.changed)} rows"
                         + (f"; schema: {', '.join(schema)}" if schema else ""))
            if detail:
                lines += [f"  removed {k}" for k in t.removed[:20]]
                lines += [f"  changed {k}: {', '.join(c)}" for k, c in list(t.changed.items())[:20]]
    if fmt == "markdown" and len(lines) == 2:
        lines = ["No changes to the data."]
    lines.append(("" if fmt != "markdown" else "\n") + f"required version bump: {diff.bump}")
    return "\n".join(lines).strip("\n") + "\n"
