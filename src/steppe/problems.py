"""Problems found in the data, reported all at once with where they are and what was expected."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Problem:
    """One problem: the file, its line (1 = header), the column, the bad value, what was expected.

    Example:
        >>> str(Problem("events.csv", 3, "date", "2031-01-01", "a date not after 2026-11-30"))
        "events.csv:3: column 'date': got '2031-01-01', expected a date not after 2026-11-30"
    """

    file: str
    line: int | None
    column: str | None
    value: str | None
    expected: str
    #: The file (or some of its rows) could not be read, so cross-table checks would only
    #: repeat this problem as follow-on errors; they are skipped while one exists.
    unreadable: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        col = "" if self.column is None else f" column {self.column!r}:"
        got = "" if self.value is None else f" got {self.value!r},"
        return f"{where}:{col}{got} expected {self.expected}"


class DataError(Exception):
    """Raised when the curated sources break the schema or an integrity rule.

    ``problems`` lists every problem found in the run, sorted by file and line.
    """

    def __init__(self, problems: list[Problem]):
        # Notes about the whole run (file "(all files)") come after the problems they concern.
        self.problems = sorted(set(problems), key=lambda p: (p.file.startswith("("), p.file, p.line or 0,
                                                             p.column or "", p.expected))
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in the data:\n{lines}")
