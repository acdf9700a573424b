"""The codebook, generated from the Table Schemas, the coding conventions
(``schemas/conventions.md``) and the indicators' ``policies`` and ``policy_levels``: every
table, every column with its type, description, vocabulary and constraints, the keys, and
every indicator's levels and rules (``steppe codebook``). The README's conventions and
indicator sections are the same text; tests keep them equal.

Example:
    >>> text = indicators_markdown()
    >>> "| `trafficking_law` |" in text
    True
"""

from __future__ import annotations

import html

from .__about__ import __version__
from .load import load
from .schema import TABLES, VIEWS, table_schema


def indicators_markdown() -> str:
    """Every indicator as a Markdown table row: id, domain, kind, question, levels in rank
    order with their coding rules, and the adoption level.

    Example:
        >>> indicators_markdown().splitlines()[0]
        '| indicator | domain | spells | question | levels (lowest first): rule | adopted at |'
    """
    policies = load("policies", validate=False).sort_values(["source_kind", "domain", "policy_id"])
    levels = load("policy_levels", validate=False).sort_values(["policy_id", "rank"])
    lines = ["| indicator | domain | spells | question | levels (lowest first): rule | adopted at |",
             "|---|---|---|---|---|---|"]
    for p in policies.to_dict("records"):
        mine = levels[levels["policy_id"] == p["policy_id"]]
        rules = "; ".join(f"`{lv}`: {rule}" for lv, rule in zip(mine["level"], mine["rule"]))
        kind = "curated" if p["source_kind"] == "curated" else f"derived from {p['derived_from']}"
        cells = [f"`{p['policy_id']}`", str(p["domain"]), kind, p["question"], rules, f"`{p['adoption_level']}`"]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def conventions() -> str:
    """The coding conventions (Markdown), as the README's codebook section states them.

    Example:
        >>> conventions().startswith("- **Spells are half-open**")
        True
    """
    from .resources import bundled_schemas_dir

    return (bundled_schemas_dir() / "conventions.md").read_text(encoding="utf-8")


def _constraints(f) -> str:
    parts = []
    if f.required:
        parts.append("required")
    if f.enum:
        parts.append("one of " + ", ".join(f"`{v}`" for v in f.enum))
    if f.item_enum:
        parts.append("items from " + ", ".join(f"`{v}`" for v in f.item_enum))
    if f.pattern:
        parts.append(f"pattern `{f.pattern}`")
    if f.minimum is not None:
        parts.append(f"≥ {f.minimum:g}")
    if f.maximum is not None:
        parts.append(f"≤ {f.maximum:g}")
    if f.derived:
        parts.append("computed by the build")
    return "; ".join(parts)


def tables_markdown() -> str:
    """Every table and view: description, keys, and a row per column.

    Example:
        >>> "### `term_limits`" in tables_markdown()
        True
    """
    out = []
    for table in TABLES + VIEWS:
        s = table_schema(table)
        out.append(f"### `{table}`: {s.title}\n\n{s.description}\n")
        out.append(f"Primary key: {', '.join(f'`{k}`' for k in s.primary_key)}.")
        for fk in s.foreign_keys:
            ref = fk["reference"]["resource"] or table
            out.append(f"Foreign key: `{fk['fields'][0]}` → `{ref}.{fk['reference']['fields'][0]}`.")
        out.append("\n| column | type | constraints | description |\n|---|---|---|---|")
        for f in s.fields:
            cells = [f"`{f.name}`", f.type, _constraints(f), f.description]
            out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        out.append("")
    return "\n".join(out)


def markdown() -> str:
    """The whole codebook as Markdown.

    Example:
        >>> markdown().splitlines()[0].startswith("# STEPPE codebook")
        True
    """
    return (f"# STEPPE codebook (version {__version__})\n\n"
            "Blank always means unknown (or not applicable), never no.\n\n"
            "## Coding conventions\n\n" + conventions() + "\n## Tables\n\n" + tables_markdown()
            + "\n## Reform indicators\n\n" + indicators_markdown())


def to_html(text: str) -> str:
    """A small Markdown subset (headings, tables, lists, paragraphs, code) as one HTML page.

    Example:
        >>> "<h1>T</h1>" in to_html("# T")
        True
    """
    import re

    def inline(t: str) -> str:
        t = html.escape(t)
        t = re.sub(r"`([^`]+)`", r"<code>\1</code>", t)
        return re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", t)

    body, table, items = [], None, None
    for line in text.splitlines() + [""]:
        if line.startswith("|"):
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
            if set("".join(cells)) <= set("-: "):
                continue
            tag = "th" if table is None else "td"
            table = (table or []) + ["<tr>" + "".join(f"<{tag}>{inline(c.replace(chr(92) + '|', '|'))}</{tag}>"
                                                     for c in cells) + "</tr>"]
            continue
        if table is not None:
            body.append("<table>" + "".join(table) + "</table>")
            table = None
        if line.startswith("- ") or (items is not None and line.startswith("  ")):
            if line.startswith("- "):
                items = (items or []) + [line[2:]]
            else:
                items[-1] += " " + line.strip()
            continue
        if items is not None:
            body.append("<ul>" + "".join(f"<li>{inline(i)}</li>" for i in items) + "</ul>")
            items = None
        heading = re.match(r"^(#{1,4}) (.*)", line)
        if heading:
            n = len(heading.group(1))
            body.append(f"<h{n}>{inline(heading.group(2))}</h{n}>")
        elif line.strip():
            body.append(f"<p>{inline(line)}</p>")
    style = "body{font-family:sans-serif;max-width:72em;margin:auto}table{border-collapse:collapse}" \
            "td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top;text-align:left}"
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>STEPPE codebook</title>"
            f"<style>{style}</style></head><body>" + "\n".join(body) + "</body></html>\n")
