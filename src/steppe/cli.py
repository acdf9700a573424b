"""The ``steppe`` command line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .__about__ import __version__
from .schema import TABLES

FORMATS = click.Choice(["table", "csv", "json", "markdown"])


#: Widest cell `steppe show` prints in its aligned table; longer text ends in '...'.
CELL_WIDTH = 60


def _cells(df):
    """The frame as text cells, as the release CSV writes them: blank for unknown,
    true/false for booleans, YYYY-MM-DD for dates."""
    import pandas as pd

    out = pd.DataFrame(index=df.index)
    for col in df.columns:
        s = df[col]
        if pd.api.types.is_datetime64_any_dtype(s):
            text = s.dt.strftime("%Y-%m-%d")
        elif pd.api.types.is_bool_dtype(s) or str(s.dtype) == "boolean":
            text = s.map(lambda v: "true" if v else "false", na_action="ignore")
        else:
            text = s.astype("object").map(lambda v: "true" if v is True else "false" if v is False else str(v),
                                          na_action="ignore")
        out[str(col)] = text.astype("object").where(s.notna(), "")
    return out


def _emit(df, fmt: str) -> None:
    """Print a frame as an aligned table, CSV, JSON records or a Markdown table."""
    import pandas as pd

    if fmt == "json":
        out = df.copy()
        for col in out.columns:
            if pd.api.types.is_datetime64_any_dtype(out[col]):
                out[col] = out[col].dt.strftime("%Y-%m-%d").astype("object").where(out[col].notna(), None)
        click.echo(out.to_json(orient="records", force_ascii=False, indent=2))
        return
    cells = _cells(df)
    if fmt == "csv":
        click.echo(cells.to_csv(index=False, lineterminator="\n"), nl=False)
    elif fmt == "markdown":
        cols = list(cells.columns)
        click.echo("| " + " | ".join(cols) + " |")
        click.echo("|" + "|".join("---" for _ in cols) + "|")
        for row in cells.itertuples(index=False):
            click.echo("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in row) + " |")
    else:
        short = cells.map(lambda v: v if len(v) <= CELL_WIDTH else v[:CELL_WIDTH - 3] + "...")
        click.echo(short.to_string(index=False))


def _checkout_dir(default, option: str) -> Path:
    """A default folder of the source checkout, or a message saying which option to pass."""
    try:
        return default()
    except FileNotFoundError:
        raise click.UsageError(
            f"no source checkout here to default to: pass {option} (for example "
            "`steppe build --src path/to/steppe/data/curated --out built`)") from None


def _fail_on_data_error(func):
    """Print every data problem and exit 1 instead of a traceback."""
    import functools

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from .problems import DataError

        try:
            return func(*args, **kwargs)
        except DataError as err:
            click.echo(str(err), err=True)
            sys.exit(1)

    return wrapper


class _Steppe(click.Group):
    """The command group; a release file that fails its check is a message, not a traceback."""

    def invoke(self, ctx):
        from .load import ReleaseFileError

        try:
            return super().invoke(ctx)
        except ReleaseFileError as err:
            raise click.ClickException(str(err)) from None


@click.group(cls=_Steppe)
@click.version_option(__version__, prog_name="steppe")
def main() -> None:
    """STEPPE: constitutional and legal reform in Central Asia, 1991 to today."""


@main.command()
@click.option("--src", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of curated CSV sources (default: the checkout's data/curated).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder to write datapackage.json and data/release/ into (default: the checkout).")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if the outputs differ from a fresh build.")
@_fail_on_data_error
def build(src: Path | None, out: Path | None, check: bool) -> None:
    """Validate the curated sources and write Parquet, CSV and datapackage.json."""
    from .build import build_files, stale_files, write
    from .resources import default_curated_dir, default_out_dir

    src = src or _checkout_dir(default_curated_dir, "--src")
    out = out or _checkout_dir(default_out_dir, "--out")
    result = build_files(src)
    if check:
        stale = stale_files(result, out)
        if stale:
            click.echo(f"{len(stale)} output file(s) differ from what {src} builds (run `steppe build`):", err=True)
            for rel in stale:
                click.echo(f"  {rel}", err=True)
            sys.exit(1)
        click.echo(f"outputs in {out} are current ({len(result.files)} files)")
        return
    written = write(result, out)
    rows = sum(len(df) for df in result.tables.values())
    click.echo(f"built {len(result.tables)} tables ({rows} rows) into {out}: {len(written)} files")


@main.command()
@click.option("--src", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of curated CSV sources (default: the checkout's data/curated).")
@_fail_on_data_error
def validate(src: Path | None) -> None:
    """Check the curated sources against the schemas and integrity rules; write nothing.

    Every rule on the sources runs here. `steppe build --check` also derives the panel and
    the tracker and checks every table the release would hold against its model.
    """
    from .validate import check_sources
    from .resources import default_curated_dir

    _, frames = check_sources(src or _checkout_dir(default_curated_dir, "--src"))
    click.echo(f"valid: {len(frames)} curated tables, {sum(len(t) for t in frames.values())} rows")


@main.command()
def info() -> None:
    """Version, tables, row counts and coverage by country."""
    import pyarrow.compute as pc

    from .load import arrow_table
    from .resources import package_root

    # Arrow alone (no pandas): the counts come from the files' metadata and one column.
    click.echo(f"STEPPE {__version__}")
    click.echo(f"data files: {package_root()} (datapackage.json, data/release/*.parquet and *.csv)")
    click.echo("\ntables:")
    for table in TABLES:
        click.echo(f"  {table:<22}{arrow_table(table, []).num_rows:>6} rows")
    countries = arrow_table("countries", ["country", "is_core"])
    core = [c for c, is_core in zip(countries["country"].to_pylist(), countries["is_core"].to_pylist()) if is_core]
    covered = ("events", "treaty_actions", "term_limits", "institutions", "death_penalty", "leaders")
    counts = {}
    for table in covered:
        found = pc.value_counts(arrow_table(table, ["country"])["country"]).to_pylist()
        counts[table] = {str(item["values"]): item["counts"] for item in found}
    click.echo("\ncoverage by country (rows):")
    widths = [max(len(t), 6) for t in covered]
    click.echo("country  " + "  ".join(t.rjust(w) for t, w in zip(covered, widths)))
    for country in core:
        cells = (str(counts[t].get(country, 0)).rjust(w) for t, w in zip(covered, widths))
        click.echo(f"{country:<7}  " + "  ".join(cells))


@main.command(epilog="TABLE is one of: " + ", ".join(TABLES) + ".")
@click.argument("table", type=click.Choice(list(TABLES)), metavar="TABLE")
@click.option("--country", "country", default=None, help="Keep rows of one state (ISO alpha-3).")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def show(table: str, country: str | None, fmt: str) -> None:
    """Print a table (optionally one country's rows)."""
    from .load import load

    df = load(table, validate=False)
    if country:
        if "country" not in df.columns:
            raise click.BadParameter(f"table {table} has no country column", param_hint="--country")
        from .compare import core_countries

        try:
            (code,) = core_countries([country])
        except KeyError as err:
            raise click.BadParameter(str(err).strip("'\""), param_hint="--country") from None
        df = df[df["country"] == code]
    _emit(df, fmt)


def _day(text: str, hint: str = "DATE"):
    """Parse a YYYY-MM-DD option or argument, or fail with a message naming it."""
    from .asof import parse_day

    try:
        return parse_day(text)
    except ValueError:
        raise click.BadParameter(f"{text!r} is not a date; expected a calendar day written YYYY-MM-DD",
                                 param_hint=hint) from None


@main.command(name="as-of")
@click.argument("date")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--indicators", is_flag=True, help="The reform indicators' levels that day instead (long form).")
def as_of_cmd(date: str, fmt: str, indicators: bool) -> None:
    """The rules in force in every state on DATE (YYYY-MM-DD).

    A day after the data's coverage is answered with the last known rules, marked in the
    beyond_coverage column, and a warning.
    """
    import warnings

    from .asof import BeyondCoverageWarning, as_of, indicators_on

    day = _day(date)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", BeyondCoverageWarning)
        frame = indicators_on(day) if indicators else as_of(day)
    for w in caught:
        click.echo(f"warning: {w.message}", err=True)
    _emit(frame, fmt)


@main.group()
def compare() -> None:
    """Compare the five states."""


@compare.command(name="ratifications")
@click.option("--instrument", "instruments", multiple=True, help="Instrument code (repeatable); default all treaties.")
@click.option("--country", "countries", multiple=True, help="Country code (repeatable); default all five.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--long", "long_form", is_flag=True, help="One row per state and treaty instead of a matrix.")
def compare_ratifications(instruments, countries, fmt: str, long_form: bool) -> None:
    """Consent dates (or signature / none) and delays, state by treaty.

    The delay, in days, runs from the later of the treaty's opening for signature and the
    state's independence to the deposit of its consent (the long form's delay_from says
    which); matrix cells read DATE (DELAY d).
    """
    from .compare import ratification_matrix, ratifications

    try:
        table = ratifications(list(instruments) or None, list(countries) or None)
    except KeyError as err:
        raise click.BadParameter(str(err).strip("'\"")) from None
    if long_form:
        _emit(table, fmt)
    else:
        _emit(ratification_matrix(table).reset_index(), fmt)


@compare.command(name="term-limits")
@click.option("--country", "countries", multiple=True, help="Country code (repeatable); default all five.")
@click.option("--until", default=None, help="Count years up to this day (YYYY-MM-DD); default the day the data is current to.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def compare_term_limits(countries, until: str | None, fmt: str) -> None:
    """Term-limit changes by kind, years under each kind of rule, longest tenure, rule today."""
    from .compare import term_limits

    try:
        table = term_limits(list(countries) or None, _day(until, "--until") if until else None)
    except KeyError as err:
        raise click.BadParameter(str(err).strip("'\"")) from None
    _emit(table, fmt)


@compare.command(name="adoptions")
@click.option("--domain", default=None, help="Keep one policy domain (see steppe show policies).")
@click.option("--policy", "policies", multiple=True, help="Indicator id (repeatable); default all.")
@click.option("--country", "countries", multiple=True, help="Country code (repeatable); default all five.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--long", "long_form", is_flag=True, help="One row per state and indicator instead of a matrix.")
def compare_adoptions(domain, policies, countries, fmt: str, long_form: bool) -> None:
    """When each state adopted each reform indicator, its place among the five and its lag.

    Matrix cells read DATE #PLACE +LAGy (years after the region's first adopter; a date
    known only to the month or year is written 2012-04 or 2020, and states whose dates
    cannot be ordered share a place); 'no' = never adopted; 'unknown' = not adopted by the
    last known level; a leading '≤' = an unknown period precedes the date; a trailing '*'
    = held since independence.
    """
    from .compare import adoption_matrix, adoptions

    try:
        table = adoptions(domain, list(countries) or None, list(policies) or None)
    except KeyError as err:
        raise click.BadParameter(str(err).strip("'\"")) from None
    _emit(table if long_form else adoption_matrix(table).reset_index(), fmt)


@compare.command(name="event-history")
@click.argument("policy")
@click.option("--country", "countries", multiple=True, help="Country code (repeatable); default all five.")
@click.option("--format", "fmt", type=FORMATS, default="csv", show_default=True)
def compare_event_history(policy: str, countries, fmt: str) -> None:
    """Country-year rows at risk of adopting POLICY, for event-history models of diffusion."""
    from .compare import event_history

    try:
        table = event_history(policy, list(countries) or None)
    except KeyError as err:
        raise click.BadParameter(str(err).strip("'\"")) from None
    _emit(table, fmt)


@compare.command(name="indicator-panel")
@click.option("--values", default="adopted", show_default=True, type=click.Choice(["adopted", "level_rank", "level", "confidence"]),
              help="What each cell holds: adopted (1/0), the level's rank, its code, or the confidence of the spell.")
@click.option("--domain", default=None, help="Keep one policy domain (see steppe show policies).")
@click.option("--policy", "policies", multiple=True, help="Indicator id (repeatable); default all.")
@click.option("--country", "countries", multiple=True, help="Country code (repeatable); default all five.")
@click.option("--format", "fmt", type=FORMATS, default="csv", show_default=True)
def compare_indicator_panel(values: str, domain, policies, countries, fmt: str) -> None:
    """Country-years with one column per indicator (its level on 31 December), for
    regressions; a blank cell is an unknown level."""
    from .compare import indicator_panel

    try:
        table = indicator_panel(values, domain, list(countries) or None, list(policies) or None)
    except KeyError as err:
        raise click.BadParameter(str(err).strip("'\"")) from None
    _emit(table, fmt)


@compare.command(name="diffusion")
@click.option("--domain", default=None, help="Keep one policy domain (see steppe show policies).")
@click.option("--policy", "policies", multiple=True, help="Indicator id (repeatable); default all.")
@click.option("--country", "countries", multiple=True, help="Country code (repeatable); default all five.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def compare_diffusion(domain, policies, countries, fmt: str) -> None:
    """Per indicator and year: new adopters, states that had ever adopted, states at the
    adoption level on 31 December and their share of those with a known level."""
    from .compare import diffusion

    try:
        table = diffusion(domain, list(policies) or None, list(countries) or None)
    except KeyError as err:
        raise click.BadParameter(str(err).strip("'\"")) from None
    _emit(table, fmt)


@compare.command(name="elections")
@click.option("--country", "countries", multiple=True, help="Country code (repeatable); default all five.")
@click.option("--until", default=None, help="Count elections up to this day (YYYY-MM-DD).")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def compare_elections(countries, until: str | None, fmt: str) -> None:
    """Per state: elections, early ones, median winner's share and turnout, real contests."""
    from .compare import elections

    try:
        table = elections(list(countries) or None, _day(until, "--until") if until else None)
    except KeyError as err:
        raise click.BadParameter(str(err).strip("'\"")) from None
    _emit(table, fmt)


@compare.command(name="innovativeness")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def compare_innovativeness(fmt: str) -> None:
    """Each state's mean standardised adoption order over all indicators (higher = earlier)."""
    from .compare import innovativeness

    _emit(innovativeness(), fmt)


@main.command()
@click.argument("figure", type=click.Choice(["term-limits", "ratifications", "adoptions", "diffusion", "policy"]))
@click.option("--instrument", "instruments", multiple=True, help="For ratifications: instrument code (repeatable).")
@click.option("--domain", default=None, help="For adoptions and diffusion: keep one policy domain.")
@click.option("--policy", "policy", default=None, help="For policy: the indicator id to draw.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="Image file (.png, .pdf, .svg).")
def plot(figure: str, instruments, domain, policy, out: Path) -> None:
    """Draw a figure: the term-rule timeline, treaty consent dates, the adoption heat map
    (adoptions), the diffusion curves of a domain's indicators (diffusion --domain D) or
    one indicator's levels over time (policy --policy ID)."""
    if figure == "policy" and not policy:
        raise click.BadParameter("name the indicator with --policy ID", param_hint="--policy")
    try:
        from . import plot as figures

        if figure == "term-limits":
            fig = figures.term_limits()
        elif figure == "ratifications":
            fig = figures.ratifications(list(instruments) or None)
        elif figure == "adoptions":
            fig = figures.adoptions(domain)
        elif figure == "diffusion":
            fig = figures.diffusion(domain)
        else:
            fig = figures.policy_levels(policy)
    except ModuleNotFoundError as err:
        if err.name and err.name.startswith("matplotlib"):
            raise click.ClickException('plotting needs matplotlib: pip install "steppe[plot]"') from None
        raise
    except KeyError as err:
        hint = {"adoptions": "--domain", "diffusion": "--domain", "policy": "--policy"}.get(figure, "--instrument")
        raise click.BadParameter(str(err).strip("'\""), param_hint=hint) from None
    fig.savefig(out, dpi=150)
    click.echo(f"wrote {out}")


@main.command(epilog="TABLES are any of: " + ", ".join(TABLES) + ".")
@click.argument("tables", nargs=-1, type=click.Choice(list(TABLES)), metavar="[TABLES]...")
@click.option("--format", "fmt", type=click.Choice(["dta", "sqlite", "xlsx"]), default="dta", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="dta: folder to write into (default steppe-export); sqlite, xlsx: the file (default steppe.db, steppe.xlsx).")
def export(tables, fmt: str, out: Path | None) -> None:
    """Write tables (all by default) for Stata (.dta, value labels, %td dates), as one SQLite
    database (keys, foreign keys, full-text search; needs steppe[web]) or one Excel
    workbook (typed cells, README and codebook sheets; needs steppe[xlsx])."""
    wanted = list(tables) or None
    try:
        if fmt == "dta":
            from .export import export_stata

            out = out or Path("steppe-export")
            written = export_stata(out, wanted)
            click.echo(f"wrote {len(written)} dta file(s) into {out}")
            return
        if fmt == "sqlite":
            from .sqlite_export import export_sqlite

            path = export_sqlite(out or Path("steppe.db"), wanted)
        else:
            from .workbook import export_xlsx

            path = export_xlsx(out or Path("steppe.xlsx"), wanted)
    except ModuleNotFoundError as err:
        extra = "web" if fmt == "sqlite" else "xlsx"
        raise click.ClickException(f"{fmt} export needs {err.name}: pip install \"steppe[{extra}]\"") from None
    click.echo(f"wrote {path}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
@click.option("--dir", "folder", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write steppe.db and metadata.json (default: a temporary folder).")
def serve(host: str, port: int, folder: Path | None) -> None:
    """Browse and query the data in a web browser (Datasette; needs steppe[web])."""
    import tempfile

    try:
        import datasette  # noqa: F401
        import sqlite_utils  # noqa: F401
    except ModuleNotFoundError as err:
        raise click.ClickException(f"steppe serve needs {err.name}: pip install \"steppe[web]\"") from None
    from .site import serve as run

    with tempfile.TemporaryDirectory(prefix="steppe-site-") as tmp:
        click.echo(f"serving STEPPE {__version__} on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
        sys.exit(run(folder or Path(tmp), host, port))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["markdown", "html"]), default="markdown", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: print).")
@click.option("--indicators", is_flag=True, help="Only the reform indicators' table (the README's section).")
def codebook(fmt: str, out: Path | None, indicators: bool) -> None:
    """The codebook: conventions, every table and column, every indicator's levels and rules."""
    from . import codebook as book

    text = book.indicators_markdown() if indicators else book.markdown()
    if fmt == "html":
        text = book.to_html(text)
    if out is None:
        click.echo(text, nl=False)
    else:
        Path(out).write_text(text, encoding="utf-8")
        click.echo(f"wrote {out}")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["bibtex", "apa", "ris", "cff"]), default="bibtex", show_default=True)
def cite(fmt: str) -> None:
    """How to cite the installed version of the dataset."""
    from .citation import cite as make

    click.echo(make(fmt), nl=False)


@main.command()
@click.argument("old", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("new", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True)
def diff(old: Path, new: Path, fmt: str) -> None:
    """Rows added, removed and changed between two built packages, and the version bump needed."""
    from .diff import diff_packages, render

    try:
        result = diff_packages(old, new)
    except FileNotFoundError as err:
        raise click.BadParameter(str(err)) from None
    click.echo(render(result, fmt), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
