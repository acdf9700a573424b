"""The release as one Excel workbook (``steppe export --format xlsx``): a sheet per table
with typed cells (dates, booleans, numbers), frozen header rows, a README sheet (title,
version, citation, licence) and the codebook. No cell is ever a formula. Needs
``pip install "steppe[xlsx]"``.
"""

from __future__ import annotations

from pathlib import Path

from .__about__ import __version__
from .load import load
from .schema import TABLES, table_schema


def _cell(ws, value):
    """A write-only cell holding ``value`` as data; text is never read as a formula."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl would take a leading '=' for a formula
    return cell


def export_xlsx(path: Path, tables=None) -> Path:
    """Write the workbook to ``path``.

    Example:
        >>> import tempfile
        >>> from openpyxl import load_workbook
        >>> wb = load_workbook(export_xlsx(Path(tempfile.mkdtemp()) / "s.xlsx", ["countries"]))
        >>> wb.sheetnames
        ['README', 'codebook', 'countries']
    """
    from openpyxl import Workbook

    from .citation import cite
    from .columns import plain_values

    wb = Workbook(write_only=True)
    readme = wb.create_sheet("README")
    for row in (["STEPPE: constitutional and legal reform in Central Asia"], ["version", __version__],
                ["licence (data)", "Creative Commons Attribution 4.0 International (CC BY 4.0)"],
                ["cite", cite("apa").strip()],
                ["sheets", "one per table; blank = unknown; the codebook sheet describes every column"]):
        readme.append([_cell(readme, v) for v in row])
    codebook = wb.create_sheet("codebook")
    codebook.freeze_panes = "A2"
    codebook.append([_cell(codebook, h) for h in ("table", "column", "type", "required", "description", "values")])
    wanted = list(tables or TABLES)
    for table in wanted:
        for f in table_schema(table).fields:
            codebook.append([_cell(codebook, v) for v in (table, f.name, f.type, "yes" if f.required else "no",
                                                          f.description, ", ".join(f.enum or f.item_enum or ()))])
    for table in wanted:
        ws = wb.create_sheet(table[:31])
        ws.freeze_panes = "A2"
        fields = table_schema(table).fields
        ws.append([_cell(ws, f.name) for f in fields])
        df = load(table, validate=False)
        columns = [plain_values(df[f.name], f) for f in fields]
        for values in zip(*columns):
            ws.append([_cell(ws, v) for v in values])
    path = Path(path)
    wb.save(path)
    return path
