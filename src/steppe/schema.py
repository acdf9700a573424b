"""The Table Schemas in ``schemas/``: the single definition of every table.

Everything else (the pandera models, the Arrow types of the Parquet files, the
datapackage descriptor, the codebook) is generated from or checked against these files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .resources import schemas_dir

#: Curated tables in the order they are read and validated (referenced tables first).
CURATED_TABLES = (
    "sources",
    "countries",
    "instruments",
    "policies",
    "policy_levels",
    "events",
    "referendums",
    "treaty_actions",
    "treaty_status",
    "term_limits",
    "institutions",
    "nhri_accreditations",
    "death_penalty",
    "leaders",
    "elections",
    "election_results",
    "policy_spells",
    "claims",
    "corrections",
)
#: Tables computed by the build from the curated ones.
DERIVED_TABLES = ("country_year", "policy_adoptions", "policy_year")
TABLES = CURATED_TABLES + DERIVED_TABLES
#: Frames the package returns that are not files of the release (``schemas/views/``).
VIEWS = ("as_of", "ratification_comparison", "term_limit_comparison", "adoption_comparison", "event_history",
         "innovativeness", "election_comparison", "diffusion")


@dataclass(frozen=True)
class Field:
    """One column as the Table Schema defines it."""

    name: str
    type: str
    description: str
    required: bool
    enum: tuple[str, ...] | None
    pattern: str | None
    item_enum: tuple[str, ...] | None
    delimiter: str | None
    derived: bool
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class TableSchema:
    """A table's fields, keys and metadata."""

    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[dict, ...]
    derived: bool
    raw: dict

    @property
    def field_names(self) -> list[str]:
        """All column names in schema order."""
        return [f.name for f in self.fields]

    @property
    def curated_fields(self) -> list[Field]:
        """Fields written by hand in the curated source (not computed by the build)."""
        return [f for f in self.fields if not f.derived]

    def field(self, name: str) -> Field:
        """The field called ``name``."""
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}")


def _field(d: dict) -> Field:
    c = d.get("constraints", {})
    enum = c.get("enum")
    item_enum = d.get("itemEnum")
    return Field(
        name=d["name"],
        type=d["type"],
        description=d.get("description", ""),
        required=bool(c.get("required", False)),
        enum=tuple(enum) if enum else None,
        pattern=c.get("pattern"),
        item_enum=tuple(item_enum) if item_enum else None,
        delimiter=d.get("delimiter"),
        derived=bool(d.get("derived", False)),
        minimum=c.get("minimum"),
        maximum=c.get("maximum"),
    )


def read_schema(path: Path) -> TableSchema:
    """Read one Table Schema file.

    Example:
        >>> read_schema(schemas_dir() / "countries.json").primary_key
        ('country',)
    """
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    return TableSchema(
        name=raw["name"],
        title=raw.get("title", raw["name"]),
        description=raw.get("description", ""),
        fields=tuple(_field(f) for f in raw["fields"]),
        primary_key=tuple(raw.get("primaryKey", [])),
        foreign_keys=tuple(raw.get("foreignKeys", [])),
        derived=bool(raw.get("derived", False)),
        raw=raw,
    )


@lru_cache(maxsize=None)
def table_schema(table: str) -> TableSchema:
    """The Table Schema of ``table``.

    Example:
        >>> table_schema("treaty_actions").primary_key
        ('country', 'instrument', 'action', 'date')
    """
    if table in VIEWS:
        return read_schema(_views_dir() / f"{table}.json")
    if table not in TABLES:
        raise KeyError(f"unknown table {table!r}; expected one of: {', '.join(TABLES)}")
    return read_schema(schemas_dir() / f"{table}.json")


def _views_dir() -> Path:
    # A build written elsewhere (STEPPE_DATA) carries only the tables' schemas; the views
    # ship with the code's own schemas.
    here = schemas_dir() / "views"
    if here.is_dir():
        return here
    from .resources import bundled_schemas_dir

    return bundled_schemas_dir() / "views"


def date_fields(table: str) -> list[str]:
    """Names of the date columns of ``table``.

    Example:
        >>> date_fields("leaders")
        ['start', 'end']
    """
    return [f.name for f in table_schema(table).fields if f.type == "date"]


def curated_descriptor(tables=CURATED_TABLES) -> dict:
    """A Frictionless Data Package descriptor of curated CSV sources (``<table>.csv``): each
    table's curated fields, primary key and the foreign keys among the tables given, so
    that ``frictionless validate`` can check the same files ``steppe validate`` reads.

    Example:
        >>> d = curated_descriptor(["countries", "events"])
        >>> [r["path"] for r in d["resources"]]
        ['countries.csv', 'events.csv']
        >>> [fk["reference"]["resource"] for fk in d["resources"][1]["schema"]["foreignKeys"]]
        ['countries']
    """
    tables = list(tables)
    resources = []
    for name in tables:
        raw = table_schema(name).raw
        schema = {"fields": [f for f in raw["fields"] if not f.get("derived")],
                  "primaryKey": raw.get("primaryKey", []),
                  "foreignKeys": [fk for fk in raw.get("foreignKeys", [])
                                  if (fk["reference"]["resource"] or name) in tables]}
        if "missingValues" in raw:
            schema["missingValues"] = raw["missingValues"]
        resources.append({"name": name, "path": f"{name}.csv", "schema": schema})
    return {"name": "steppe-curated-sources", "resources": resources}
