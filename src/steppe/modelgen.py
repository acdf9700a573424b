"""Generate ``models.py`` (the pandera models) from the Table Schemas.

Run ``python scripts/generate_models.py`` after editing a schema; a test fails while the
committed ``models.py`` differs from what this module generates.
"""

from __future__ import annotations

from .schema import TABLES, VIEWS, Field, table_schema

HEADER = '''"""Pandera models of every table, generated from ``schemas/*.json``.

Do not edit by hand: run ``python scripts/generate_models.py``. Each model checks the
frame a loader returns: column names and order, dtypes, nullability, vocabularies,
patterns and primary-key uniqueness.

Example:
    >>> from steppe.models import MODELS
    >>> MODELS["countries"].to_schema().columns["country"].nullable
    False
"""

import pandas as pd
import pandera.pandas as pa
from pandera.typing import DateTime, Series

'''

#: pandas dtype annotation per Table Schema type (enums become categoricals).
PANDAS_DTYPES = {
    "string": "pd.StringDtype",
    "list": "pd.StringDtype",
    "integer": "pd.Int64Dtype",
    "number": "pd.Float64Dtype",
    "boolean": "pd.BooleanDtype",
    "date": "DateTime",
}


def class_name(table: str) -> str:
    """CamelCase model name of a table.

    Example:
        >>> class_name("treaty_actions")
        'TreatyActions'
    """
    return "".join(part.capitalize() for part in table.split("_"))


def _field_line(f: Field) -> str:
    args = [f"nullable={not f.required}"]
    if f.enum:
        dtype = "pd.CategoricalDtype"
        args.append(f"isin={list(f.enum)!r}")
        args.append(f"dtype_kwargs={{'categories': {list(f.enum)!r}, 'ordered': False}}")
    else:
        dtype = PANDAS_DTYPES[f.type]
    if f.pattern:
        args.append(f"str_matches={f.pattern!r}")
    if f.minimum is not None:
        args.append(f"ge={f.minimum!r}")
    if f.maximum is not None:
        args.append(f"le={f.maximum!r}")
    args.append(f"description={f.description!r}")
    return f"    {f.name}: Series[{dtype}] = pa.Field({', '.join(args)})\n"


def generate() -> str:
    """The source text of ``models.py``.

    Example:
        >>> "class TreatyActions(pa.DataFrameModel)" in generate()
        True
    """
    out = [HEADER]
    for table in TABLES + VIEWS:
        s = table_schema(table)
        out.append(f"\nclass {class_name(table)}(pa.DataFrameModel):\n")
        out.append(f'    """{s.title}: {s.description}"""\n\n')
        for f in s.fields:
            out.append(_field_line(f))
        out.append("\n    class Config:\n")
        out.append(f"        name = {table!r}\n")
        out.append("        strict = True\n        ordered = True\n")
        out.append(f"        unique = {list(s.primary_key)!r}\n\n")
    out.append("\nMODELS = {\n")
    for table in TABLES + VIEWS:
        out.append(f"    {table!r}: {class_name(table)},\n")
    out.append("}\n")
    return "".join(out)
