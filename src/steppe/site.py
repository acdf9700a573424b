"""A browsable, queryable site of the release (``steppe serve``): Datasette on the SQLite
export, with metadata generated from ``datapackage.json`` and the schemas, default facets
and canned queries. Needs ``pip install "steppe[web]"``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .__about__ import __version__
from .schema import TABLES, table_schema

#: Columns offered as facets wherever a table has them.
FACETS = ("country", "kind", "domain", "confidence", "status", "policy_id", "level")

AS_OF_SQL = """
select c.country, :date as date,
  t.term_years, t.max_terms, t.limit_kind,
  case when t.exempt_leader_id is null then t.incumbent_exempt
       else (t.exempt_leader_id = l.leader_id) end as incumbent_exempt,
  coalesce((select case i.kind when 'constitutional_court' then 'court'
                               when 'constitutional_council' then 'council' else 'chamber' end
            from institutions i where i.country = c.country
              and i.kind in ('constitutional_court', 'constitutional_council', 'constitutional_chamber')
              and i.established <= :date and (i.abolished is null or i.abolished > :date)), 'none')
    as constitutional_review,
  exists(select 1 from institutions i where i.country = c.country and i.kind = 'ombudsman'
         and i.established <= :date and (i.abolished is null or i.abolished > :date)) as ombudsman,
  d.status as death_penalty, l.leader_id as president, l.name as president_name
from countries c
left join term_limits t on t.country = c.country and t.office = 'president'
  and t.valid_from <= :date and (t.valid_to is null or t.valid_to > :date)
left join death_penalty d on d.country = c.country
  and d.valid_from <= :date and (d.valid_to is null or d.valid_to > :date)
left join leaders l on l.country = c.country
  and l.start <= :date and (l."end" is null or l."end" > :date)
where c.is_core = 1 and c.independence_date <= :date
order by c.country
""".strip()

TREATIES_SQL = """
select s.country, s.instrument, s.status,
  (select min(a.date) from treaty_actions a where a.country = s.country and a.instrument = s.instrument
     and a.action in ('ratification', 'accession', 'succession', 'acceptance', 'approval')) as consent_date,
  (select min(a.date) from treaty_actions a where a.country = s.country and a.instrument = s.instrument
     and a.action = 'signature') as signature_date
from treaty_status s order by s.instrument, s.country
""".strip()

TIMELINE_SQL = """
select date, kind, title, event_id, domains, confidence from events
where country = :country order by date, event_id
""".strip()


def metadata() -> dict:
    """Datasette metadata: title, licence, citation, per-table and per-column descriptions,
    default facets, and the canned queries (rules on a date, state × treaty, a timeline).

    Example:
        >>> m = metadata()
        >>> sorted(m["databases"]["steppe"]["queries"])
        ['as_of', 'timeline', 'treaties']
    """
    from .load import data_dir

    desc = json.loads((data_dir() / "datapackage.json").read_text(encoding="utf-8"))
    tables = {}
    for table in TABLES:
        schema = table_schema(table)
        facets = [c for c in FACETS if c in schema.field_names]
        columns = {}
        for f in schema.fields:
            text = f.description
            if f.enum:
                text += " Values: " + ", ".join(f.enum) + "."
            columns[f.name] = text
        tables[table] = {"title": schema.title, "description": schema.description, "columns": columns,
                         **({"facets": facets} if facets else {})}
    tables["row_sources"] = {"description": "Every curated row's sources, one per line: join on table_name "
                                            "and row_key (the primary key values joined by '|')."}
    licence = desc["licenses"][0]
    return {
        "title": desc["title"],
        "description": desc["description"] + f" Version {__version__}. Cite with `steppe cite`.",
        "license": licence.get("title", licence.get("name")),
        "license_url": licence.get("path"),
        "source": "STEPPE " + __version__,
        "databases": {"steppe": {
            "tables": tables,
            "queries": {
                "as_of": {"title": "Rules in force on a date",
                          "description": "One row per state: term rules, review body, ombudsman, death "
                                         "penalty and president on :date (YYYY-MM-DD).",
                          "sql": AS_OF_SQL},
                "treaties": {"title": "State × treaty", "sql": TREATIES_SQL,
                             "description": "Status, first consent and signature date of every state on "
                                            "every tracked treaty."},
                "timeline": {"title": "A state's timeline", "sql": TIMELINE_SQL,
                             "description": "Every recorded event of :country (KAZ, KGZ, TJK, TKM, UZB), "
                                            "oldest first."},
            },
        }},
    }


def prepare_site(folder: Path) -> tuple[Path, Path]:
    """Write ``steppe.db`` and ``metadata.json`` into ``folder``; return their paths.

    Example:
        >>> import tempfile
        >>> db, meta = prepare_site(Path(tempfile.mkdtemp()))
        >>> (db.name, meta.name)
        ('steppe.db', 'metadata.json')
    """
    from .sqlite_export import export_sqlite

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    db = export_sqlite(folder / "steppe.db")
    meta = folder / "metadata.json"
    meta.write_text(json.dumps(metadata(), indent=2, ensure_ascii=False), encoding="utf-8")
    return db, meta


def serve_command(db: Path, meta: Path, host: str, port: int) -> list[str]:
    """The Datasette command line that serves the site.

    Example:
        >>> serve_command(Path("steppe.db"), Path("metadata.json"), "127.0.0.1", 8001)[1:4]
        ['-m', 'datasette', 'serve']
    """
    return [sys.executable, "-m", "datasette", "serve", str(db), "--metadata", str(meta), "--host", host,
            "--port", str(port), "--setting", "default_page_size", "50"]


def serve(folder: Path, host: str = "127.0.0.1", port: int = 8001) -> int:
    """Build the site into ``folder`` and serve it until interrupted; return Datasette's exit code."""
    db, meta = prepare_site(folder)
    return subprocess.run(serve_command(db, meta, host, port)).returncode
