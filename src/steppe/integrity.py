"""Cross-table integrity rules of the curated data.

Each rule returns problems pointing at the file, line and column to fix. The rules:
foreign keys (including every id in list-valued ``source_ids`` and ``event_ids``);
list vocabularies; spells that start before they end, never overlap and leave no gaps;
dates plausible for their table and as precise as they say; treaty actions not before the instrument opened;
treaty status consistent with the actions; referendum results tied to referendum events;
one source id per page.
"""

from __future__ import annotations

import re

import pandas as pd

from .curated import LINE
from .derive import CONSENT
from .problems import Problem
from .schema import CURATED_TABLES, table_schema

#: No act of these states predates this day (the first presidencies were created in 1990).
EARLIEST_STATE_ACT = pd.Timestamp("1990-01-01")
#: Instruments may be older than the states; none of the tracked ones predates this.
EARLIEST_INSTRUMENT = pd.Timestamp("1945-01-01")
REVIEW_KINDS = ("constitutional_court", "constitutional_council", "constitutional_chamber")
#: The day written inside an event id.
_ID_DAY = re.compile(r"^[A-Z]{3}-(\d{4}-\d{2}-\d{2})-")


def _file(table: str) -> str:
    return f"{table}.csv"


def _line(row) -> int | None:
    value = row.get(LINE)
    return None if value is None or pd.isna(value) else int(value)


def _ids(value) -> list[str]:
    if value is None or pd.isna(value):
        return []
    return [part.strip() for part in str(value).split(";")]


def _date(value) -> str:
    return "" if pd.isna(value) else pd.Timestamp(value).date().isoformat()


def _blank(value) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value))


def _records(df: pd.DataFrame, columns: list[str]) -> list[dict]:
    """The rows of a few columns as dicts with their ``_line`` (cheaper than ``to_dict``
    on every column)."""
    names = [c for c in columns if c in df.columns]
    values = [df[c].tolist() for c in names]
    lines = ([None if _blank(v) else int(v) for v in df[LINE].tolist()] if LINE in df.columns
             else [None] * len(df))
    return [dict(zip(names, row), **{LINE: line}) for row, line in zip(zip(*values), lines)]


def _day_key(value) -> pd.Timestamp:
    return pd.Timestamp.max if _blank(value) else value


def _line_at_position(df: pd.DataFrame, position: int) -> int | None:
    if LINE not in df.columns:
        return None
    value = df[LINE].iat[position]
    return None if pd.isna(value) else int(value)


def foreign_key_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Every value of a foreign-key column resolves in the referenced table.

    Example:
        >>> foreign_key_problems({t: pd.DataFrame() for t in []})
        []
    """
    problems = []
    known: dict[tuple[str, str], set] = {}  # each referenced column's values, collected once
    for table, df in frames.items():
        if df.empty:
            continue
        for fk in table_schema(table).foreign_keys:
            (column,) = fk["fields"]
            ref_table = fk["reference"]["resource"] or table
            (ref_column,) = fk["reference"]["fields"]
            if ref_table not in frames or column not in df.columns:
                continue
            if (ref_table, ref_column) not in known:
                known[(ref_table, ref_column)] = set(frames[ref_table][ref_column].dropna().tolist())
            ids = known[(ref_table, ref_column)]
            values = df[column].tolist()
            bad = [i for i, v in enumerate(values) if v not in ids and not _blank(v)]
            for i in bad:
                problems.append(Problem(_file(table), _line_at_position(df, i), column, str(values[i]),
                                        f"{'an' if ref_column[0] in 'aeiou' else 'a'} {ref_column} listed in {ref_table}.csv"))
    return problems


def list_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Ids inside list columns resolve; list items come from the field's vocabulary.

    Example:
        >>> list_problems({})
        []
    """
    problems = []
    sources = set(frames["sources"]["source_id"].dropna().tolist()) if "sources" in frames else set()
    events = set(frames["events"]["event_id"].dropna().tolist()) if "events" in frames else set()
    for table, df in frames.items():
        schema = table_schema(table)
        for field in schema.fields:
            if field.type != "list" or field.name not in df.columns:
                continue
            if field.name == "source_ids":
                known, expected = sources, "a source_id listed in sources.csv"
            elif field.name == "event_ids":
                known, expected = events, "an event_id listed in events.csv"
            elif field.item_enum:
                known, expected = set(field.item_enum), "one of " + ", ".join(field.item_enum)
            else:
                known = expected = None
            for position, cell in enumerate(df[field.name].tolist()):
                if _blank(cell):
                    continue
                items = [x.strip() for x in cell.split(";")]
                if "" in items:
                    problems.append(Problem(_file(table), _line_at_position(df, position), field.name, cell,
                                            "ids separated by ';' with none empty"))
                if len(items) != len(set(items)):
                    problems.append(Problem(_file(table), _line_at_position(df, position), field.name, cell,
                                            "no id listed twice"))
                if known is None:
                    continue
                for item in items:
                    if item and item not in known:
                        problems.append(Problem(_file(table), _line_at_position(df, position), field.name, item,
                                                expected))
    return problems


def _line_at(df: pd.DataFrame, index) -> int | None:
    if LINE not in df.columns:
        return None
    value = df.at[index, LINE]
    return None if pd.isna(value) else int(value)


def _spell_problems(df: pd.DataFrame, table: str, group: list[str], start: str, end: str,
                    contiguous: bool) -> list[Problem]:
    """Spells in each group start before they end, do not overlap and (optionally) leave no gap.

    The spells are sorted once and each is compared with the next of its group.
    """
    problems = []
    if df.empty:
        return problems
    ordered = df[[*group, start, end, *([LINE] if LINE in df.columns else [])]].sort_values(
        [*group, start], kind="mergesort")
    keys = list(zip(*(ordered[g].tolist() for g in group)))
    starts, ends = ordered[start].tolist(), ordered[end].tolist()
    lines = [None if _blank(v) else int(v) for v in ordered[LINE].tolist()] if LINE in ordered else [None] * len(ordered)
    for i, (s, e) in enumerate(zip(starts, ends)):
        if not _blank(s) and not _blank(e) and e <= s:
            problems.append(Problem(_file(table), lines[i], end, _date(e), f"a date after {start} {_date(s)}"))
    for i in range(len(keys) - 1):
        if keys[i] != keys[i + 1] or any(_blank(k) for k in keys[i]):
            continue
        following = starts[i + 1]
        later = not _blank(following)
        who = "/".join(str(k) for k in keys[i])
        if _blank(ends[i]) or (later and ends[i] > following):
            problems.append(Problem(_file(table), lines[i + 1], start, _date(following),
                                    f"no overlap with the {who} spell from {_date(starts[i])} "
                                    f"to {_date(ends[i]) or 'today'} (line {lines[i]})"))
        elif contiguous and later and ends[i] < following:
            problems.append(Problem(_file(table), lines[i + 1], start, _date(following),
                                    f"{_date(ends[i])}, the end of the previous {who} spell "
                                    f"(line {lines[i]}): spells leave no gap"))
    return problems


def spell_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Term-limit, death-penalty, leader and institution spells are well formed.

    Example:
        >>> spell_problems({})
        []
    """
    problems = []
    if "term_limits" in frames:
        problems += _spell_problems(frames["term_limits"], "term_limits", ["country", "office"],
                                    "valid_from", "valid_to", contiguous=True)
    if "death_penalty" in frames:
        problems += _spell_problems(frames["death_penalty"], "death_penalty", ["country"],
                                    "valid_from", "valid_to", contiguous=True)
    if "leaders" in frames:
        problems += _spell_problems(frames["leaders"], "leaders", ["country"], "start", "end",
                                    contiguous=False)
    if "institutions" in frames:
        inst = frames["institutions"]
        if not inst.empty:
            # A state has one constitutional review body and one ombudsman at a time.
            family = inst["kind"].astype("string").where(~inst["kind"].isin(REVIEW_KINDS), "constitutional_review")
            problems += _spell_problems(inst.assign(_family=family), "institutions", ["country", "_family"],
                                        "established", "abolished", contiguous=False)
    return problems


def date_problems(frames: dict[str, pd.DataFrame], current_to: pd.Timestamp) -> list[Problem]:
    """Dates lie between the earliest plausible day for their table and ``current_to``.

    Example:
        >>> date_problems({}, pd.Timestamp("2026-11-30"))
        []
    """
    problems = []
    for table, df in frames.items():
        earliest = EARLIEST_INSTRUMENT if table in ("instruments", "sources") else EARLIEST_STATE_ACT
        for field in table_schema(table).fields:
            if field.type != "date" or field.name not in df.columns:
                continue
            values = df[field.name]
            late, early = values > current_to, values < earliest
            for index in df.index[(late | early).fillna(False).to_numpy()]:
                value = values[index]
                if late[index]:
                    problems.append(Problem(_file(table), _line_at(df, index), field.name, _date(value),
                                            f"a date not after {_date(current_to)}, the day the data is current to"))
                else:
                    problems.append(Problem(_file(table), _line_at(df, index), field.name, _date(value),
                                            f"a date not before {_date(earliest)}"))
    return problems


#: Each date known only to the month or year, and the column saying how much of it is known.
PRECISION_OF = {("events", "date_precision"): "date", ("institutions", "established_precision"): "established",
                ("nhri_accreditations", "date_precision"): "decision_date",
                ("policy_spells", "valid_from_precision"): "valid_from"}


def precision_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """A date known to the month falls on the 1st, one known to the year on 1 January; a
    spell starting on the day of its act is as precise as the act's date.

    Example:
        >>> spells = pd.DataFrame({"valid_from": [pd.Timestamp("2020-03-05")],
        ...                        "valid_from_precision": ["year"], "_line": [7]})
        >>> [str(p) for p in precision_problems({"policy_spells": spells})]
        ["policy_spells.csv:7: column 'valid_from_precision': got 'year', expected day (2020-03-05 is not 1 January)"]
    """
    problems = []
    for (table, column), date_column in PRECISION_OF.items():
        if table not in frames or column not in frames[table].columns:
            continue
        for row in _records(frames[table], [column, date_column]):
            day, precision = row[date_column], row[column]
            if _blank(day) or precision not in ("month", "year"):
                continue
            if precision == "year" and (day.month, day.day) != (1, 1):
                finer = "month or day" if day.day == 1 else "day"
                problems.append(Problem(_file(table), row[LINE], column, precision,
                                        f"{finer} ({_date(day)} is not 1 January)"))
            elif day.day != 1:
                problems.append(Problem(_file(table), row[LINE], column, precision,
                                        f"day ({_date(day)} is not the 1st of a month)"))
    if "policy_spells" in frames and "events" in frames:
        events = _events_by_id(frames["events"])
        for row in _records(frames["policy_spells"], ["event_id", "valid_from", "valid_from_precision"]):
            act = events.get(row["event_id"])
            if act is not None and row["valid_from"] == act["date"] and row["valid_from_precision"] != act["date_precision"]:
                problems.append(Problem("policy_spells.csv", row[LINE], "valid_from_precision",
                                        str(row["valid_from_precision"]),
                                        f"{act['date_precision']}, the precision of the date of event {row['event_id']}, "
                                        f"on which the spell starts"))
    return problems


def treaty_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Actions follow the instrument's opening, soft law has none, status agrees with actions.

    Example:
        >>> treaty_problems({})
        []
    """
    problems = []
    if not {"instruments", "treaty_actions", "treaty_status"} <= frames.keys():
        return problems
    inst = {row["instrument"]: row for row in _records(frames["instruments"], [
        "instrument", "kind", "opened_for_signature_date", "adopted_date"])}
    actions = frames["treaty_actions"]
    for row in _records(actions, ["instrument", "date"]):
        meta = inst.get(row["instrument"])
        if meta is None:
            continue
        if meta["kind"] == "soft_law":
            problems.append(Problem("treaty_actions.csv", row[LINE], "instrument", row["instrument"],
                                    "a treaty or protocol (soft-law standards have no depositary actions)"))
            continue
        opened = meta["opened_for_signature_date"]
        if _blank(opened):
            opened = meta["adopted_date"]
        if not _blank(opened) and not _blank(row["date"]) and row["date"] < opened:
            problems.append(Problem("treaty_actions.csv", row[LINE], "date", _date(row["date"]),
                                    f"a date not before {row['instrument']} opened for signature on {_date(opened)}"))
    status = frames["treaty_status"]
    derived = statuses_as_of(actions, status).tolist()
    for row, expected in zip(_records(status, ["status", "as_of"]), derived):
        if row["status"] != expected:
            problems.append(Problem("treaty_status.csv", row[LINE], "status", str(row["status"]),
                                    f"{expected}, as the actions in treaty_actions.csv up to {_date(row['as_of'])} show"))
    return problems


def statuses_as_of(actions: pd.DataFrame, status: pd.DataFrame) -> pd.Series:
    """For each row of ``status``, the status its state's actions give on its ``as_of`` day
    (``treaty_status_from`` applied to every pair at once: one join, one group-by).

    Example:
        >>> acts = pd.DataFrame({"country": ["KAZ", "KAZ"], "instrument": ["CED", "CED"],
        ...     "action": ["signature", "ratification"], "date": pd.to_datetime(["2007-02-06", "2009-02-27"])})
        >>> rows = pd.DataFrame({"country": ["KAZ", "KAZ"], "instrument": ["CED", "CED"],
        ...     "as_of": pd.to_datetime(["2008-01-01", "2024-01-01"])})
        >>> statuses_as_of(acts, rows).tolist()
        ['signatory', 'party']
    """
    left = status[["country", "instrument", "as_of"]].astype({"country": "object", "instrument": "object"})
    left = left.reset_index(names="_row")
    right = actions[["country", "instrument", "action", "date"]].astype(
        {"country": "object", "instrument": "object", "action": "object"})
    both = left.merge(right, on=["country", "instrument"], how="inner")
    both = both[both["date"] <= both["as_of"]]
    consent = both["date"].where(both["action"].isin(CONSENT))
    denounced = both["date"].where(both["action"] == "denunciation")
    grouped = pd.DataFrame({"_row": both["_row"], "consent": consent, "denounced": denounced,
                            "signed": both["action"] == "signature"}).groupby("_row")
    last_consent, last_denounced, signed = grouped["consent"].max(), grouped["denounced"].max(), grouped["signed"].any()
    party = last_consent.notna() & (last_denounced.isna() | (last_denounced < last_consent))
    out = pd.Series("none", index=left["_row"], dtype="object")
    out[signed[signed].index] = "signatory"
    out[party[party].index] = "party"
    out.index = status.index
    return out


def event_link_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Referendum results belong to referendum events and each referendum has one; a spell's
    event took place (or took effect) on the day the spell starts; an act on term rules that
    starts a term-limit spell says what it did to them (``term_limit_effect``).

    Example:
        >>> event_link_problems({})
        []
    """
    problems = []
    if "events" not in frames:
        return problems
    events = _events_by_id(frames["events"])
    if "referendums" in frames:
        results = frames["referendums"]
        voted = set()
        for row in _records(results, ["event_id"]):
            voted.add(row["event_id"])
            if row["event_id"] in events and events[row["event_id"]]["kind"] != "referendum":
                problems.append(Problem("referendums.csv", row[LINE], "event_id", row["event_id"],
                                        "an event of kind referendum"))
        for event_id, event in events.items():
            if event["kind"] == "referendum" and event_id not in voted:
                problems.append(Problem("events.csv", event[LINE], "event_id", event_id,
                                        "a result row in referendums.csv for this referendum"))
        problems += _adoption_link_problems(events, results)
    for table, start in (("term_limits", "valid_from"), ("death_penalty", "valid_from"),
                         ("institutions", "established"), ("policy_spells", "valid_from")):
        if table not in frames:
            continue
        for row in _records(frames[table], ["event_id", start]):
            e = events.get(row["event_id"])
            if e is None:
                continue
            if table == "term_limits" and _blank(e["term_limit_effect"]) and not _blank(e["domains"]) \
                    and "term_limits" in e["domains"].split(";"):
                problems.append(Problem("events.csv", e[LINE], "term_limit_effect", "",
                                        f"a code ('none' where the act kept the rule or set the first one): it "
                                        f"starts the term-limit spell on line {row[LINE]} of term_limits.csv"))
            if row[start] == e["date"] or row[start] == e["in_force_date"]:
                continue
            problems.append(Problem(_file(table), row[LINE], start, _date(row[start]),
                                    f"the date ({_date(e['date'])}) or entry into force "
                                    f"({_date(e['in_force_date']) or 'blank'}) of event {row['event_id']}"))
    return problems


def _events_by_id(events: pd.DataFrame) -> dict[str, dict]:
    """Each event's row by id (a duplicated or missing id is reported by the constraint
    checks: the first row counts)."""
    out: dict[str, dict] = {}
    for row in _records(events, ["event_id", "country", "date", "in_force_date", "kind", "adopted_by",
                                 "term_limit_effect", "domains", "date_precision"]):
        if not _blank(row["event_id"]):
            out.setdefault(row["event_id"], row)
    return out


def exemption_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """A term-limit spell that exempts someone says who, and says it consistently:
    ``incumbent_exempt`` is true exactly when ``exempt_leader_id`` names a tenure of the
    same state that overlaps the spell, and the ``exemption`` text is given exactly then.

    Example:
        >>> spells = pd.DataFrame({"country": ["TJK"], "valid_from": [pd.Timestamp("2003-06-22")],
        ...     "valid_to": [pd.NaT], "incumbent_exempt": [False], "exempt_leader_id": [None],
        ...     "exemption": ["Count reset in the incumbent's favour"]})
        >>> [p.expected for p in exemption_problems({"term_limits": spells})]
        ['blank while incumbent_exempt is false (or true with exempt_leader_id naming the person)']
    """
    problems = []
    if "term_limits" not in frames or frames["term_limits"].empty:
        return problems
    spells = frames["term_limits"]
    leaders = frames["leaders"].set_index("leader_id") if "leaders" in frames else pd.DataFrame()
    for row in spells.to_dict("records"):
        flag, who, text = row["incumbent_exempt"], row["exempt_leader_id"], row["exemption"]
        named = who is not None and not pd.isna(who)
        described = text is not None and not pd.isna(text)
        if pd.isna(flag):
            if named:
                problems.append(Problem("term_limits.csv", _line(row), "exempt_leader_id", str(who),
                                        "blank while incumbent_exempt is blank (not known)"))
            continue
        if bool(flag) and not named:
            problems.append(Problem("term_limits.csv", _line(row), "exempt_leader_id", "",
                                    "the leader_id of the person exempt, since incumbent_exempt is true"))
        if not bool(flag) and named:
            problems.append(Problem("term_limits.csv", _line(row), "exempt_leader_id", str(who),
                                    "blank while incumbent_exempt is false"))
        if described != bool(flag):
            problems.append(Problem("term_limits.csv", _line(row), "exemption", text if described else "",
                                    "blank while incumbent_exempt is false (or true with exempt_leader_id naming the person)"
                                    if described else "who is exempt and why, since incumbent_exempt is true"))
        if named and who in leaders.index:
            tenure = leaders.loc[who]
            overlaps = (tenure["start"] < (row["valid_to"] if pd.notna(row["valid_to"]) else pd.Timestamp.max)
                        and (pd.isna(tenure["end"]) or tenure["end"] > row["valid_from"]))
            if tenure["country"] != row["country"] or not overlaps:
                problems.append(Problem("term_limits.csv", _line(row), "exempt_leader_id", str(who),
                                        f"a tenure of {row['country']} that overlaps the spell"))
    return problems


#: Indicators the build can derive (treaty consent: one per tracked treaty, ``treaty_<code>``).
DERIVABLE = ("term_limit", "single_term", "constitutional_review", "ombudsman", "nhri_status", "npm",
             "death_penalty")


def policy_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """The tracker's codebook is consistent and every curated indicator is fully coded:
    ``levels`` lists the indicator's ``policy_levels`` in rank order (0, 1, ...) and holds
    the adoption level; a derived indicator is one the build can compute; a curated spell
    belongs to a curated indicator, uses one of its levels (or ``unknown``), cites a source
    unless unknown, and each core state's spells run from independence to today.

    Example:
        >>> pol = pd.DataFrame({"policy_id": ["gender_quota"], "levels": ["none;quota"],
        ...     "adoption_level": ["quota"], "source_kind": ["curated"]})
        >>> lev = pd.DataFrame({"policy_id": ["gender_quota"] * 2, "level": ["none", "quota"], "rank": [0, 2]})
        >>> [p.expected for p in policy_problems({"policies": pol, "policy_levels": lev})]
        ['none;quota with ranks 0, 1, ... in policy_levels.csv (it has none=0, quota=2)']
    """
    problems = []
    if "policies" not in frames:
        return problems
    policies = frames["policies"]
    levels = frames.get("policy_levels", pd.DataFrame(columns=["policy_id", "level", "rank"]))
    treaties = set()
    if "instruments" in frames:
        inst = frames["instruments"]
        treaties = {"treaty_" + str(i).lower().replace("-", "_") for i in inst.loc[inst["kind"] != "soft_law", "instrument"]}
    ranked: dict[str, list[tuple[int, str]]] = {}  # indicator → (rank, level), in one pass
    for pid, level, rank in zip(levels["policy_id"].tolist(), levels["level"].tolist(), levels["rank"].tolist()):
        ranked.setdefault(pid, []).append((rank, level))
    vocab = {}
    for row in _records(policies, ["policy_id", "levels", "adoption_level", "source_kind"]):
        pid = row["policy_id"]
        listed = _ids(row["levels"])
        vocab[pid] = listed
        mine = sorted(ranked.get(pid, []), key=lambda pair: pair[0])
        if [str(lv) for _, lv in mine] != listed or [int(r) for r, _ in mine] != list(range(len(mine))):
            have = ", ".join(f"{lv}={int(r)}" for r, lv in mine) or "no levels"
            problems.append(Problem("policies.csv", row[LINE], "levels", str(row["levels"]),
                                    f"{';'.join(listed)} with ranks 0, 1, ... in policy_levels.csv (it has {have})"))
        if row["adoption_level"] not in listed:
            problems.append(Problem("policies.csv", row[LINE], "adoption_level", str(row["adoption_level"]),
                                    "one of the indicator's levels: " + ", ".join(listed)))
        if row["source_kind"] == "derived" and pid not in DERIVABLE and pid not in treaties:
            problems.append(Problem("policies.csv", row[LINE], "policy_id", pid,
                                    "an indicator the build derives (" + ", ".join(DERIVABLE)
                                    + ", treaty_<instrument>), or source_kind curated"))
    if "policy_spells" not in frames:
        return problems
    spells = frames["policy_spells"]
    kinds = dict(zip(policies["policy_id"].tolist(), policies["source_kind"].tolist()))
    for row in _records(spells, ["policy_id", "level", "source_ids", "confidence"]):
        pid = row["policy_id"]
        if pid not in kinds:
            continue  # reported as a foreign-key problem
        if kinds[pid] != "curated":
            problems.append(Problem("policy_spells.csv", row[LINE], "policy_id", pid,
                                    "a curated indicator (the build derives the spells of this one)"))
            continue
        if row["level"] not in vocab[pid] + ["unknown"]:
            problems.append(Problem("policy_spells.csv", row[LINE], "level", str(row["level"]),
                                    "one of " + ", ".join(vocab[pid] + ["unknown"])))
        if row["level"] != "unknown":
            if _blank(row["source_ids"]):
                problems.append(Problem("policy_spells.csv", row[LINE], "source_ids", "",
                                        "at least one source (only an unknown spell may have none)"))
            if _blank(row["confidence"]):
                problems.append(Problem("policy_spells.csv", row[LINE], "confidence", "",
                                        "high, medium or low"))
    if "events" in frames:
        # An act that sets an indicator's level touches that indicator's domain (country_year
        # counts events by domain).
        domain = dict(zip(policies["policy_id"].tolist(), policies["domain"].tolist()))
        events = _events_by_id(frames["events"])
        for row in _records(spells, ["policy_id", "event_id"]):
            act, wanted = events.get(row["event_id"]), domain.get(row["policy_id"])
            if act is None or _blank(wanted) or _blank(act["domains"]) or wanted in act["domains"].split(";"):
                continue
            problems.append(Problem("events.csv", act[LINE], "domains", act["domains"],
                                    f"a list with {wanted}: the act sets the {row['policy_id']} level on line "
                                    f"{row[LINE]} of policy_spells.csv"))
    problems += _spell_problems(spells, "policy_spells", ["country", "policy_id"], "valid_from", "valid_to",
                                contiguous=True)
    if "countries" in frames:
        countries = frames["countries"]
        core = [(c, day) for c, day, is_core in zip(countries["country"].tolist(),
                                                    countries["independence_date"].tolist(),
                                                    countries["is_core"].tolist()) if is_core is True]
        curated = [p for p, k in kinds.items() if k == "curated"]
        # The first and last spell of each state and indicator (spells sorted by start).
        ends: dict[tuple, tuple[dict, dict]] = {}
        for row in sorted(_records(spells, ["country", "policy_id", "valid_from", "valid_to"]),
                          key=lambda r: (str(r["country"]), str(r["policy_id"]), _day_key(r["valid_from"]))):
            key = (row["country"], row["policy_id"])
            ends[key] = (ends[key][0], row) if key in ends else (row, row)
        for country, independence in core:
            for pid in curated:
                if (country, pid) not in ends:
                    problems.append(Problem("policy_spells.csv", None, "country", country,
                                            f"spells of {pid} for {country} from independence "
                                            f"({_date(independence)}) to today"))
                    continue
                first, last = ends[(country, pid)]
                if first["valid_from"] != independence:
                    problems.append(Problem("policy_spells.csv", first[LINE], "valid_from", _date(first["valid_from"]),
                                            f"{_date(independence)}, {country}'s independence: "
                                            f"the first {pid} spell starts then"))
                if not _blank(last["valid_to"]):
                    problems.append(Problem("policy_spells.csv", last[LINE], "valid_to", _date(last["valid_to"]),
                                            f"blank: the last {pid} spell of {country} runs to today"))
    return problems


def _adoption_link_problems(events: dict[str, dict], results: pd.DataFrame) -> list[Problem]:
    """A referendum that adopted a constitution or amendment links to that event (same
    state, on or within a year after the vote) and leaves the term-limit coding to it;
    every constitution adopted by referendum is linked from exactly one referendum."""
    problems = []
    if "adopted_event_id" not in results.columns:
        return problems
    linked: dict[str, int] = {}
    for row in _records(results, ["event_id", "adopted_event_id"]):
        target = row["adopted_event_id"]
        if _blank(target) or target not in events or row["event_id"] not in events:
            continue
        linked[target] = linked.get(target, 0) + 1
        vote, act = events[row["event_id"]], events[target]
        if (act["kind"] not in ("constitution", "amendment") or act["country"] != vote["country"]
                or not (vote["date"] <= act["date"] <= vote["date"] + pd.DateOffset(years=1))):
            problems.append(Problem("referendums.csv", row[LINE], "adopted_event_id", target,
                                    f"a constitution or amendment of {vote['country']} dated on or within a year "
                                    f"after the vote ({_date(vote['date'])})"))
        if not _blank(vote["term_limit_effect"]):
            problems.append(Problem("events.csv", vote[LINE], "term_limit_effect", str(vote["term_limit_effect"]),
                                    f"blank: the referendum adopted {target}, which carries the term-limit coding"))
    for event_id, event in events.items():
        if event["kind"] == "constitution" and event["adopted_by"] == "referendum" and linked.get(event_id, 0) != 1:
            problems.append(Problem("events.csv", event[LINE], "event_id", event_id,
                                    "a constitution adopted by referendum linked from exactly one referendum "
                                    f"(referendums.csv adopted_event_id; found {linked.get(event_id, 0)})"))
    return problems


def accreditation_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Accreditation decisions concern an existing ombudsman institution, and every
    ombudsman has its accreditation history (or an explicit none_found row).

    Example:
        >>> accreditation_problems({})
        []
    """
    problems = []
    if not {"institutions", "nhri_accreditations"} <= frames.keys():
        return problems
    inst = frames["institutions"].set_index("institution_id")
    reviewed = set(frames["nhri_accreditations"]["institution_id"].dropna().tolist())
    for institution_id, body in inst[inst["kind"] == "ombudsman"].iterrows():
        if institution_id not in reviewed:
            problems.append(Problem("nhri_accreditations.csv", None, "institution_id", str(institution_id),
                                    "a GANHRI decision for this ombudsman, or a none_found row dated the day "
                                    "the search was made (no silent absence)"))
    for row in frames["nhri_accreditations"].to_dict("records"):
        if row["institution_id"] not in inst.index:
            continue
        body = inst.loc[row["institution_id"]]
        if body["kind"] != "ombudsman":
            problems.append(Problem("nhri_accreditations.csv", _line(row), "institution_id",
                                    row["institution_id"], "an institution of kind ombudsman"))
        elif row["decision_date"] < body["established"] or (
            pd.notna(body["abolished"]) and row["decision_date"] >= body["abolished"]):
            problems.append(Problem("nhri_accreditations.csv", _line(row), "decision_date",
                                    _date(row["decision_date"]),
                                    f"a date while {row['institution_id']} existed"))
    return problems


def correction_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Each logged correction still matches the data: its row exists and holds the new value.

    A correction that no longer matches means a corrected value was changed again (or its
    row withdrawn) without the log saying so.

    Example:
        >>> correction_problems({})
        []
    """
    from .columns import csv_cell, csv_column

    problems = []
    if "corrections" not in frames:
        return problems
    keyed: dict[str, dict[str, int]] = {}  # table → key text → first row position, built once

    def rows_by_key(table: str) -> dict[str, int]:
        if table not in keyed:
            schema, df = table_schema(table), frames[table]
            parts = [csv_column(df[name], schema.field(name)) for name in schema.primary_key]
            keyed[table] = {}
            for position, key in enumerate("|".join(p) for p in zip(*parts)):
                keyed[table].setdefault(key, position)
        return keyed[table]

    for row in frames["corrections"].to_dict("records"):
        table = str(row["table"]) if pd.notna(row["table"]) else None
        if table not in frames:
            continue
        schema = table_schema(table)
        if row["column"] not in schema.field_names:
            problems.append(Problem("corrections.csv", _line(row), "column", row["column"],
                                    f"a column of {table}: " + ", ".join(schema.field_names)))
            continue
        key = str(row["key"]).split("|")
        if len(key) != len(schema.primary_key):
            problems.append(Problem("corrections.csv", _line(row), "key", row["key"],
                                    f"{len(schema.primary_key)} value(s) separated by '|': " + "|".join(schema.primary_key)))
            continue
        position = rows_by_key(table).get(str(row["key"]))
        if position is None:
            problems.append(Problem("corrections.csv", _line(row), "key", row["key"],
                                    f"the key of a row in {table}.csv"))
            continue
        current = csv_cell(frames[table][row["column"]].iloc[position], schema.field(row["column"]))
        new = "" if pd.isna(row["new_value"]) else str(row["new_value"])
        if current != new:
            problems.append(Problem("corrections.csv", _line(row), "new_value", new,
                                    f"the value {table}.csv now holds ({current!r}); log a further correction"))
    return problems


def source_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Each page is listed once in sources: two ids for one address split its citations.

    Example:
        >>> sources = pd.DataFrame({"source_id": ["a", "b"], "url": ["https://x.org/1"] * 2})
        >>> [p.expected for p in source_problems({"sources": sources})]
        ["a page not already listed (it is source 'a')"]
    """
    problems = []
    if "sources" not in frames or frames["sources"].empty:
        return problems
    sources = frames["sources"]
    urls = sources["url"].astype("object")
    listed = sources[urls.notna()]
    repeated = listed[listed["url"].astype("object").duplicated(keep="first")]
    if repeated.empty:
        return problems
    first = dict(zip(listed["url"][::-1], listed["source_id"][::-1]))  # the first id of each page
    for row in repeated.to_dict("records"):
        problems.append(Problem("sources.csv", _line(row), "url", str(row["url"]),
                                f"a page not already listed (it is source '{first[row['url']]}')"))
    return problems


def meaning_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Numbers and dates mean what they say: a referendum's counts nest (yes + no ≤ ballots
    ≤ registered) and its turnout and yes share agree with the counts on their stated basis
    (within 0.01 points, or the notes say why not; never beyond 1 point); an act does not
    enter into force before it is adopted; the date inside an event id is the event's date
    (unless a logged correction moved the date and the id kept the one first released); a
    ratification, acceptance or approval follows the state's signature; a correction
    changes something.

    Example:
        >>> r = pd.DataFrame({"event_id": ["KAZ-1995-08-30-referendum"], "registered_voters": [100],
        ...     "ballots_cast": [90], "turnout_pct": [89.5], "yes_votes": [60], "no_votes": [20],
        ...     "yes_pct": [75.0], "yes_pct_basis": ["valid"], "notes": [None]})
        >>> [p.expected for p in meaning_problems({"referendums": r})]
        ['90.00 (ballots_cast / registered_voters), to 0.01 points, or a note saying why not']
    """
    problems = []
    ref = frames.get("referendums")
    if ref is not None and not ref.empty:
        for row in _records(ref, ["registered_voters", "ballots_cast", "yes_votes", "no_votes", "notes",
                                  "yes_pct_basis", "turnout_pct", "yes_pct"]):
            reg, cast, yes, no = (row.get(k) for k in ("registered_voters", "ballots_cast", "yes_votes", "no_votes"))
            known = {k: v for k, v in (("registered", reg), ("cast", cast), ("yes", yes), ("no", no)) if not _blank(v)}
            if {"yes", "no", "cast"} <= known.keys() and known["yes"] + known["no"] > known["cast"]:
                problems.append(Problem("referendums.csv", row[LINE], "yes_votes", str(yes),
                                        f"yes + no votes ({known['yes'] + known['no']}) not above ballots_cast ({cast})"))
            if {"cast", "registered"} <= known.keys() and known["cast"] > known["registered"]:
                problems.append(Problem("referendums.csv", row[LINE], "ballots_cast", str(cast),
                                        f"not above registered_voters ({reg})"))
            noted = not _blank(row.get("notes"))
            checks = []
            if {"cast", "registered"} <= known.keys() and known["registered"] > 0:
                checks.append(("turnout_pct", 100 * known["cast"] / known["registered"],
                               "ballots_cast / registered_voters"))
            basis = row.get("yes_pct_basis")
            if basis == "cast" and {"yes", "cast"} <= known.keys() and known["cast"] > 0:
                checks.append(("yes_pct", 100 * known["yes"] / known["cast"], "yes_votes / ballots_cast"))
            elif basis == "valid" and {"yes", "no"} <= known.keys() and known["yes"] + known["no"] > 0:
                checks.append(("yes_pct", 100 * known["yes"] / (known["yes"] + known["no"]),
                               "yes_votes / (yes_votes + no_votes)"))
            for column, computed, how in checks:
                stated = row.get(column)
                if _blank(stated):
                    continue
                gap = abs(float(stated) - computed)
                if gap > 1 or (gap > 0.01 and not noted):
                    problems.append(Problem("referendums.csv", row[LINE], column, str(stated),
                                            f"{computed:.2f} ({how}), to 0.01 points"
                                            + ("" if gap > 1 else ", or a note saying why not")))
    events = frames.get("events")
    if events is not None and not events.empty:
        for row in _records(events, ["date", "in_force_date"]):
            if not _blank(row["in_force_date"]) and not _blank(row["date"]) and row["in_force_date"] < row["date"]:
                problems.append(Problem("events.csv", row[LINE], "in_force_date", _date(row["in_force_date"]),
                                        f"a date not before the act's date {_date(row['date'])}"))
        moved = set()
        corrections = frames.get("corrections")
        if corrections is not None and not corrections.empty:
            moved = {(row["key"], row["old_value"]) for row in _records(corrections, ["table", "column", "key", "old_value"])
                     if row["table"] == "events" and row["column"] == "date"}
        for row in _records(events, ["event_id", "date"]):
            found = None if _blank(row["event_id"]) else _ID_DAY.match(row["event_id"])
            day = found and found.group(1)
            if day and not _blank(row["date"]) and day != _date(row["date"]) \
                    and (row["event_id"], day) not in moved:
                problems.append(Problem("events.csv", row[LINE], "date", _date(row["date"]),
                                        f"{day}, the date in the event_id (or a logged correction of the date)"))
    instruments = frames.get("instruments")
    if instruments is not None and not instruments.empty:
        for row in _records(instruments, ["adopted_date", "in_force_date"]):
            if not _blank(row["in_force_date"]) and not _blank(row["adopted_date"]) \
                    and row["in_force_date"] < row["adopted_date"]:
                problems.append(Problem("instruments.csv", row[LINE], "in_force_date", _date(row["in_force_date"]),
                                        f"a date not before its adoption {_date(row['adopted_date'])}"))
    actions = frames.get("treaty_actions")
    if actions is not None and not actions.empty:
        rows = _records(actions, ["country", "instrument", "action", "date"])
        signed: dict[tuple, pd.Timestamp] = {}  # the first signature of each state and treaty
        for row in rows:
            if row["action"] == "signature" and not _blank(row["date"]):
                key = (row["country"], row["instrument"])
                signed[key] = min(signed.get(key, row["date"]), row["date"])
        for row in rows:
            if row["action"] not in ("ratification", "acceptance", "approval"):
                continue
            first = signed.get((row["country"], row["instrument"]))
            if first is None or (not _blank(row["date"]) and first > row["date"]):
                problems.append(Problem("treaty_actions.csv", row[LINE], "action", str(row["action"]),
                                        "a signature on or before this day (a state that never signed accedes: "
                                        "code it as accession)"))
    corrections = frames.get("corrections")
    if corrections is not None and not corrections.empty:
        for row in _records(corrections, ["old_value", "new_value"]):
            old = "" if _blank(row["old_value"]) else row["old_value"]
            new = "" if _blank(row["new_value"]) else row["new_value"]
            if old == new:
                problems.append(Problem("corrections.csv", row[LINE], "new_value", str(new),
                                        "a value different from old_value"))
    return problems


def election_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """An election row belongs to an election event; its candidates' votes add up to the
    valid votes (or the notes say by how much the commission's own figures do not); its
    turnout agrees with ballots and registered voters (0.01 points, or a note; never beyond
    1 point); its winner has the largest share of its round and is a tenure of the same
    state in office within 120 days of the vote; counts nest (ballots ≤ registered, valid
    ≤ ballots).

    Example:
        >>> ev = pd.DataFrame({"event_id": ["X-2000-01-09-election"], "country": ["UZB"],
        ...     "date": [pd.Timestamp("2000-01-09")], "kind": ["election"]})
        >>> el = pd.DataFrame({"event_id": ["X-2000-01-09-election"], "registered_voters": [100],
        ...     "ballots_cast": [90], "valid_votes": [80], "turnout_pct": [90.0], "winner": [None],
        ...     "winner_pct": [None], "notes": [None]})
        >>> res = pd.DataFrame({"event_id": ["X-2000-01-09-election"] * 2, "candidate": ["a", "b"],
        ...     "votes": [50, 20], "pct": [62.5, 25.0]})
        >>> [p.expected for p in election_problems({"events": ev, "elections": el, "election_results": res})]
        ["80 = the sum of the candidates' votes (70), or a note saying why the figures differ"]
    """
    problems = []
    if "elections" not in frames or frames["elections"].empty or "events" not in frames:
        return problems
    events = _events_by_id(frames["events"])
    results = frames.get("election_results", pd.DataFrame(columns=["event_id", "candidate", "votes", "pct"]))
    tenures = {row["leader_id"]: row for row in _records(frames["leaders"], ["leader_id", "country", "start", "end"])
               } if "leaders" in frames else {}
    by_event: dict[str, list[tuple]] = {}  # event → (votes, pct) of each candidate
    for eid, votes, pct in zip(results["event_id"].tolist(), results["votes"].tolist(), results["pct"].tolist()):
        by_event.setdefault(eid, []).append((votes, pct))
    for row in _records(frames["elections"], ["event_id", "registered_voters", "ballots_cast", "valid_votes",
                                              "turnout_pct", "winner", "winner_pct", "notes"]):
        eid = row["event_id"]
        if eid not in events:
            continue
        event = events[eid]
        if event["kind"] != "election":
            problems.append(Problem("elections.csv", row[LINE], "event_id", eid, "an event of kind election"))
        noted = not _blank(row.get("notes"))
        reg, cast, valid = row.get("registered_voters"), row.get("ballots_cast"), row.get("valid_votes")
        if not _blank(reg) and not _blank(cast) and cast > reg:
            problems.append(Problem("elections.csv", row[LINE], "ballots_cast", str(cast),
                                    f"not above registered_voters ({reg})"))
        if not _blank(cast) and not _blank(valid) and valid > cast:
            problems.append(Problem("elections.csv", row[LINE], "valid_votes", str(valid),
                                    f"not above ballots_cast ({cast})"))
        turnout = row.get("turnout_pct")
        if not _blank(reg) and not _blank(cast) and reg > 0 and not _blank(turnout):
            gap = abs(float(turnout) - 100 * cast / reg)
            if gap > 1 or (gap > 0.01 and not noted):
                problems.append(Problem("elections.csv", row[LINE], "turnout_pct", str(turnout),
                                        f"{100 * cast / reg:.2f} (ballots_cast / registered_voters), to 0.01 points"
                                        + ("" if gap > 1 else ", or a note saying why not")))
        mine = by_event.get(eid)
        if mine is not None and not _blank(valid) and not any(_blank(v) for v, _ in mine):
            total = int(sum(v for v, _ in mine))
            if total != int(valid) and not noted:
                problems.append(Problem("elections.csv", row[LINE], "valid_votes", str(valid),
                                        f"{valid} = the sum of the candidates' votes ({total}), or a note saying "
                                        "why the figures differ"))
        winner = row.get("winner")
        if _blank(winner) or winner not in tenures:
            continue
        tenure = tenures[winner]
        day = event["date"]
        in_office = (tenure["country"] == event["country"] and tenure["start"] <= day + pd.Timedelta(days=120)
                     and (_blank(tenure["end"]) or tenure["end"] > day))
        if not in_office:
            problems.append(Problem("elections.csv", row[LINE], "winner", winner,
                                    f"a tenure of {event['country']} in office within 120 days of the vote "
                                    f"({_date(day)})"))
        shares = [float(p) for _, p in mine or [] if not _blank(p)]
        if shares and not _blank(row.get("winner_pct")):
            best = max(shares)
            if float(row["winner_pct"]) < best - 0.005:
                problems.append(Problem("elections.csv", row[LINE], "winner_pct", str(row["winner_pct"]),
                                        f"the largest share of the round ({best}): the winner is not the first"))
    return problems


def coverage_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """No silent absence: every core state has presidential term-limit and death-penalty
    spells from independence (or earlier) to today, and a treaty_status row for every
    tracked treaty.

    Example:
        >>> coverage_problems({})
        []
    """
    problems = []
    if "countries" not in frames:
        return problems
    countries = frames["countries"]
    core = [(row["country"], row["independence_date"])
            for row in _records(countries, ["country", "independence_date", "is_core"]) if row["is_core"] is True]
    for table, presidential in (("term_limits", True), ("death_penalty", False)):
        if table not in frames:
            continue
        spells: dict[str, list[dict]] = {}
        for row in _records(frames[table], ["country", "office", "valid_from", "valid_to"]):
            if not presidential or row["office"] == "president":
                spells.setdefault(row["country"], []).append(row)
        for country, independence in core:
            mine = sorted(spells.get(country, []), key=lambda r: _day_key(r["valid_from"]))
            if not mine:
                problems.append(Problem(f"{table}.csv", None, "country", country,
                                        f"spells for {country} from independence ({_date(independence)}) to today"))
                continue
            if mine[0]["valid_from"] > independence:
                problems.append(Problem(f"{table}.csv", mine[0][LINE], "valid_from", _date(mine[0]["valid_from"]),
                                        f"a first spell of {country} starting by its independence ({_date(independence)})"))
            if not _blank(mine[-1]["valid_to"]):
                problems.append(Problem(f"{table}.csv", mine[-1][LINE], "valid_to", _date(mine[-1]["valid_to"]),
                                        f"blank: the last spell of {country} runs to today"))
    if {"treaty_status", "instruments"} <= frames.keys():
        inst = frames["instruments"]
        tracked = inst.loc[inst["kind"] != "soft_law", "instrument"].astype("object").tolist()
        status = frames["treaty_status"]
        have = set(zip(status["country"].astype("object"), status["instrument"].astype("object")))
        for country, _ in core:
            for instrument in tracked:
                if (country, instrument) not in have:
                    problems.append(Problem("treaty_status.csv", None, "instrument", instrument,
                                            f"a status row for {country} × {instrument} (party, signatory or none)"))
    return problems


def integrity_problems(frames: dict[str, pd.DataFrame], current_to: pd.Timestamp) -> list[Problem]:
    """All cross-table rules over a full set of curated frames.

    Example:
        >>> integrity_problems({}, pd.Timestamp("2026-11-30"))
        []
    """
    frames = {t: frames[t] for t in CURATED_TABLES if t in frames}
    return (foreign_key_problems(frames) + list_problems(frames) + spell_problems(frames)
            + date_problems(frames, current_to) + precision_problems(frames) + treaty_problems(frames)
            + event_link_problems(frames) + exemption_problems(frames) + policy_problems(frames)
            + accreditation_problems(frames)
            + correction_problems(frames) + source_problems(frames) + meaning_problems(frames)
            + coverage_problems(frames) + election_problems(frames))
