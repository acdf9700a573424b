"""Cross-table integrity rules of the curated data.

Each rule returns problems pointing at the file, line and column to fix. The rules:
foreign keys (including every id in list-valued ``source_ids`` and ``event_ids``);
list vocabularies; spells that start before they end, never overlap and leave no gaps;
dates plausible for their table; treaty actions not before the instrument opened;
treaty status consistent with the actions; referendum results tied to referendum events;
one source id per page.
"""

from __future__ import annotations

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


def foreign_key_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Every value of a foreign-key column resolves in the referenced table.

    Example:
        >>> foreign_key_problems({t: pd.DataFrame() for t in []})
        []
    """
    problems = []
    for table, df in frames.items():
        if df.empty:
            continue
        for fk in table_schema(table).foreign_keys:
            (column,) = fk["fields"]
            ref_table = fk["reference"]["resource"] or table
            (ref_column,) = fk["reference"]["fields"]
            if ref_table not in frames or column not in df.columns:
                continue
            known = set(frames[ref_table][ref_column].dropna().tolist())
            values = df[column].astype("object")
            present = values.notna().tolist()
            bad = df[[p and v not in known for p, v in zip(present, values.tolist())]]
            for row in bad.to_dict("records"):
                problems.append(Problem(_file(table), _line(row), column, str(row[column]),
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
            cells = df[field.name].astype("object")
            present = cells[cells.notna()]
            items = present.str.split(";")
            stripped = items.map(lambda xs: [x.strip() for x in xs])
            empty = stripped.map(lambda xs: "" in xs)
            twice = stripped.map(lambda xs: len(xs) != len(set(xs)))
            for index in present.index[empty.to_numpy()]:
                problems.append(Problem(_file(table), _line_at(df, index), field.name, str(cells[index]),
                                        "ids separated by ';' with none empty"))
            for index in present.index[twice.to_numpy()]:
                problems.append(Problem(_file(table), _line_at(df, index), field.name, str(cells[index]),
                                        "no id listed twice"))
            flat = stripped.explode()
            flat = flat[flat != ""]
            if field.name == "source_ids":
                known, expected = sources, "a source_id listed in sources.csv"
            elif field.name == "event_ids":
                known, expected = events, "an event_id listed in events.csv"
            elif field.item_enum:
                known, expected = set(field.item_enum), "one of " + ", ".join(field.item_enum)
            else:
                continue
            unknown = [item not in known for item in flat.tolist()]  # set lookups beat isin on a set here
            for index, item in flat[unknown].items():
                problems.append(Problem(_file(table), _line_at(df, index), field.name, item, expected))
    return problems


def _line_at(df: pd.DataFrame, index) -> int | None:
    if LINE not in df.columns:
        return None
    value = df.at[index, LINE]
    return None if pd.isna(value) else int(value)


def _spell_problems(df: pd.DataFrame, table: str, group: list[str], start: str, end: str,
                    contiguous: bool) -> list[Problem]:
    """Spells in each group start before they end, do not overlap and (optionally) leave no gap.

    Vectorised: the spells are sorted once and each is compared with the next of its group.
    """
    problems = []
    if df.empty:
        return problems
    ordered = df.sort_values([*group, start], kind="mergesort").reset_index(drop=True)
    backwards = ordered[ordered[end].notna() & ordered[start].notna() & (ordered[end] <= ordered[start])]
    for row in backwards.to_dict("records"):
        problems.append(Problem(_file(table), _line(row), end, _date(row[end]),
                                f"a date after {start} {_date(row[start])}"))
    keys = ordered[group].astype("object")
    same = (keys == keys.shift(-1)).all(axis=1)
    nxt = ordered.shift(-1)
    overlap = same & (ordered[end].isna() | (ordered[end] > nxt[start]))
    gap = same & ~overlap & (ordered[end] < nxt[start]) if contiguous else same & False
    for i in ordered.index[overlap | gap]:
        prev, following = ordered.loc[i].to_dict(), nxt.loc[i].to_dict()
        who = "/".join(str(prev[g]) for g in group)
        if overlap[i]:
            problems.append(Problem(_file(table), _line(following), start, _date(following[start]),
                                    f"no overlap with the {who} spell from {_date(prev[start])} "
                                    f"to {_date(prev[end]) or 'today'} (line {_line(prev)})"))
        else:
            problems.append(Problem(_file(table), _line(following), start, _date(following[start]),
                                    f"{_date(prev[end])}, the end of the previous {who} spell "
                                    f"(line {_line(prev)}): spells leave no gap"))
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


def treaty_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Actions follow the instrument's opening, soft law has none, status agrees with actions.

    Example:
        >>> treaty_problems({})
        []
    """
    problems = []
    if not {"instruments", "treaty_actions", "treaty_status"} <= frames.keys():
        return problems
    inst = frames["instruments"].set_index("instrument")
    actions = frames["treaty_actions"]
    for row in actions.to_dict("records"):
        if row["instrument"] not in inst.index:
            continue
        meta = inst.loc[row["instrument"]]
        if meta["kind"] == "soft_law":
            problems.append(Problem("treaty_actions.csv", _line(row), "instrument", row["instrument"],
                                    "a treaty or protocol (soft-law standards have no depositary actions)"))
            continue
        opened = meta["opened_for_signature_date"]
        if pd.isna(opened):
            opened = meta["adopted_date"]
        if pd.notna(opened) and pd.notna(row["date"]) and row["date"] < opened:
            problems.append(Problem("treaty_actions.csv", _line(row), "date", _date(row["date"]),
                                    f"a date not before {row['instrument']} opened for signature on {_date(opened)}"))
    status = frames["treaty_status"]
    derived = statuses_as_of(actions, status)
    wrong = status[status["status"].astype("object").to_numpy() != derived.to_numpy()]
    for row, expected in zip(wrong.to_dict("records"), derived[wrong.index]):
        problems.append(Problem("treaty_status.csv", _line(row), "status", str(row["status"]),
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
    event took place (or took effect) on the day the spell starts.

    Example:
        >>> event_link_problems({})
        []
    """
    problems = []
    if "events" not in frames:
        return problems
    # A duplicated or missing id is reported by the model check; look up the first row.
    events = frames["events"].dropna(subset=["event_id"]).drop_duplicates("event_id").set_index("event_id")
    if "referendums" in frames:
        results = frames["referendums"]
        for row in results.to_dict("records"):
            if row["event_id"] in events.index and events.at[row["event_id"], "kind"] != "referendum":
                problems.append(Problem("referendums.csv", _line(row), "event_id", row["event_id"],
                                        "an event of kind referendum"))
        missing = events[(events["kind"] == "referendum") & ~events.index.isin(set(results["event_id"]))]
        for event_id, line in zip(missing.index, missing.get(LINE, pd.Series(None, index=missing.index))):
            problems.append(Problem("events.csv", None if pd.isna(line) else int(line), "event_id", event_id,
                                    "a result row in referendums.csv for this referendum"))
        problems += _adoption_link_problems(events, results)
    for table, start in (("term_limits", "valid_from"), ("death_penalty", "valid_from"),
                         ("institutions", "established"), ("policy_spells", "valid_from")):
        if table not in frames:
            continue
        df = frames[table]
        linked = df[df["event_id"].notna() & df["event_id"].isin(events.index)]
        ev = events.loc[linked["event_id"].astype("object"), ["date", "in_force_date"]]
        starts = linked[start].to_numpy()
        ok = (starts == ev["date"].to_numpy()) | (starts == ev["in_force_date"].to_numpy())
        for row in linked[~ok].to_dict("records"):
            e = events.loc[row["event_id"]]
            problems.append(Problem(_file(table), _line(row), start, _date(row[start]),
                                    f"the date ({_date(e['date'])}) or entry into force "
                                    f"({_date(e['in_force_date']) or 'blank'}) of event {row['event_id']}"))
    return problems


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
    vocab = {}
    for row in policies.to_dict("records"):
        pid = row["policy_id"]
        listed = _ids(row["levels"])
        vocab[pid] = listed
        mine = levels[levels["policy_id"] == pid].sort_values("rank")
        ranked = [str(lv) for lv in mine["level"]]
        if ranked != listed or [int(r) for r in mine["rank"]] != list(range(len(mine))):
            have = ", ".join(f"{lv}={int(r)}" for lv, r in zip(mine["level"], mine["rank"])) or "no levels"
            problems.append(Problem("policies.csv", _line(row), "levels", str(row["levels"]),
                                    f"{';'.join(listed)} with ranks 0, 1, ... in policy_levels.csv (it has {have})"))
        if row["adoption_level"] not in listed:
            problems.append(Problem("policies.csv", _line(row), "adoption_level", str(row["adoption_level"]),
                                    "one of the indicator's levels: " + ", ".join(listed)))
        if row["source_kind"] == "derived" and pid not in DERIVABLE and pid not in treaties:
            problems.append(Problem("policies.csv", _line(row), "policy_id", pid,
                                    "an indicator the build derives (" + ", ".join(DERIVABLE)
                                    + ", treaty_<instrument>), or source_kind curated"))
    if "policy_spells" not in frames:
        return problems
    spells = frames["policy_spells"]
    kinds = dict(zip(policies["policy_id"], policies["source_kind"]))
    for row in spells.to_dict("records"):
        pid = row["policy_id"]
        if pid not in kinds:
            continue  # reported as a foreign-key problem
        if kinds[pid] != "curated":
            problems.append(Problem("policy_spells.csv", _line(row), "policy_id", pid,
                                    "a curated indicator (the build derives the spells of this one)"))
            continue
        if row["level"] not in vocab[pid] + ["unknown"]:
            problems.append(Problem("policy_spells.csv", _line(row), "level", str(row["level"]),
                                    "one of " + ", ".join(vocab[pid] + ["unknown"])))
        if row["level"] != "unknown":
            if pd.isna(row["source_ids"]):
                problems.append(Problem("policy_spells.csv", _line(row), "source_ids", "",
                                        "at least one source (only an unknown spell may have none)"))
            if pd.isna(row["confidence"]):
                problems.append(Problem("policy_spells.csv", _line(row), "confidence", "",
                                        "high, medium or low"))
    problems += _spell_problems(spells, "policy_spells", ["country", "policy_id"], "valid_from", "valid_to",
                                contiguous=True)
    if "countries" in frames:
        countries = frames["countries"]
        core = countries[countries["is_core"].fillna(False).astype(bool)][["country", "independence_date"]]
        curated = [p for p, k in kinds.items() if k == "curated"]
        expected = core.astype({"country": "object"}).merge(pd.DataFrame({"policy_id": curated}), how="cross")
        mine = spells[spells["policy_id"].isin(curated)].astype({"country": "object", "policy_id": "object"})
        mine = mine.sort_values(["country", "policy_id", "valid_from"], kind="mergesort")
        firsts = mine.groupby(["country", "policy_id"]).head(1)
        lasts = mine.groupby(["country", "policy_id"]).tail(1)
        have = expected.merge(firsts, on=["country", "policy_id"], how="left", indicator=True)
        for row in have[have["_merge"] == "left_only"].to_dict("records"):
            problems.append(Problem("policy_spells.csv", None, "country", row["country"],
                                    f"spells of {row['policy_id']} for {row['country']} from independence "
                                    f"({_date(row['independence_date'])}) to today"))
        late = have[(have["_merge"] == "both") & (have["valid_from"] != have["independence_date"])]
        for row in late.to_dict("records"):
            problems.append(Problem("policy_spells.csv", _line(row), "valid_from", _date(row["valid_from"]),
                                    f"{_date(row['independence_date'])}, {row['country']}'s independence: "
                                    f"the first {row['policy_id']} spell starts then"))
        for row in lasts[lasts["valid_to"].notna()].to_dict("records"):
            problems.append(Problem("policy_spells.csv", _line(row), "valid_to", _date(row["valid_to"]),
                                    f"blank: the last {row['policy_id']} spell of {row['country']} runs to today"))
    return problems


def _adoption_link_problems(events: pd.DataFrame, results: pd.DataFrame) -> list[Problem]:
    """A referendum that adopted a constitution or amendment links to that event (same
    state, on or within a year after the vote) and leaves the term-limit coding to it;
    every constitution adopted by referendum is linked from exactly one referendum."""
    problems = []
    if "adopted_event_id" not in results.columns:
        return problems
    linked: dict[str, int] = {}
    for row in results.to_dict("records"):
        target = row["adopted_event_id"]
        if target is None or pd.isna(target) or target not in events.index or row["event_id"] not in events.index:
            continue
        linked[target] = linked.get(target, 0) + 1
        vote, act = events.loc[row["event_id"]], events.loc[target]
        if (act["kind"] not in ("constitution", "amendment") or act["country"] != vote["country"]
                or not (vote["date"] <= act["date"] <= vote["date"] + pd.DateOffset(years=1))):
            problems.append(Problem("referendums.csv", _line(row), "adopted_event_id", target,
                                    f"a constitution or amendment of {vote['country']} dated on or within a year "
                                    f"after the vote ({_date(vote['date'])})"))
        if pd.notna(vote["term_limit_effect"]):
            problems.append(Problem("events.csv", _line(vote), "term_limit_effect", str(vote["term_limit_effect"]),
                                    f"blank: the referendum adopted {target}, which carries the term-limit coding"))
    adopted = events[(events["kind"] == "constitution") & (events["adopted_by"] == "referendum")]
    for event_id, row in zip(adopted.index, adopted.to_dict("records")):
        if linked.get(event_id, 0) != 1:
            problems.append(Problem("events.csv", _line(row), "event_id", event_id,
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
        for row in ref.to_dict("records"):
            reg, cast, yes, no = (row.get(k) for k in ("registered_voters", "ballots_cast", "yes_votes", "no_votes"))
            known = {k: v for k, v in (("registered", reg), ("cast", cast), ("yes", yes), ("no", no)) if pd.notna(v)}
            if {"yes", "no", "cast"} <= known.keys() and known["yes"] + known["no"] > known["cast"]:
                problems.append(Problem("referendums.csv", _line(row), "yes_votes", str(yes),
                                        f"yes + no votes ({known['yes'] + known['no']}) not above ballots_cast ({cast})"))
            if {"cast", "registered"} <= known.keys() and known["cast"] > known["registered"]:
                problems.append(Problem("referendums.csv", _line(row), "ballots_cast", str(cast),
                                        f"not above registered_voters ({reg})"))
            noted = row.get("notes") is not None and not pd.isna(row.get("notes"))
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
                if stated is None or pd.isna(stated):
                    continue
                gap = abs(float(stated) - computed)
                if gap > 1 or (gap > 0.01 and not noted):
                    problems.append(Problem("referendums.csv", _line(row), column, str(stated),
                                            f"{computed:.2f} ({how}), to 0.01 points"
                                            + ("" if gap > 1 else ", or a note saying why not")))
    events = frames.get("events")
    if events is not None and not events.empty:
        late = events[events["in_force_date"].notna() & (events["in_force_date"] < events["date"])]
        for row in late.to_dict("records"):
            problems.append(Problem("events.csv", _line(row), "in_force_date", _date(row["in_force_date"]),
                                    f"a date not before the act's date {_date(row['date'])}"))
        moved = set()
        corrections = frames.get("corrections")
        if corrections is not None and not corrections.empty:
            dated = corrections[(corrections["table"] == "events") & (corrections["column"] == "date")]
            moved = set(zip(dated["key"], dated["old_value"]))
        in_id = events["event_id"].astype("object").str.extract(r"^[A-Z]{3}-(\d{4}-\d{2}-\d{2})-")[0]
        for row, day in zip(events.to_dict("records"), in_id.tolist()):
            if isinstance(day, str) and pd.notna(row["date"]) and day != _date(row["date"]) \
                    and (row["event_id"], day) not in moved:
                problems.append(Problem("events.csv", _line(row), "date", _date(row["date"]),
                                        f"{day}, the date in the event_id (or a logged correction of the date)"))
    instruments = frames.get("instruments")
    if instruments is not None and not instruments.empty:
        early = instruments[instruments["in_force_date"] < instruments["adopted_date"]]
        for row in early.to_dict("records"):
            problems.append(Problem("instruments.csv", _line(row), "in_force_date", _date(row["in_force_date"]),
                                    f"a date not before its adoption {_date(row['adopted_date'])}"))
    actions = frames.get("treaty_actions")
    if actions is not None and not actions.empty:
        signed = actions[actions["action"] == "signature"].groupby(
            [actions["country"].astype("object"), actions["instrument"].astype("object")])["date"].min()
        needs = actions[actions["action"].isin(["ratification", "acceptance", "approval"])]
        for row in needs.to_dict("records"):
            first = signed.get((row["country"], row["instrument"]))
            if first is None or pd.isna(first) or first > row["date"]:
                problems.append(Problem("treaty_actions.csv", _line(row), "action", str(row["action"]),
                                        "a signature on or before this day (a state that never signed accedes: "
                                        "code it as accession)"))
    corrections = frames.get("corrections")
    if corrections is not None and not corrections.empty:
        same = corrections[corrections["old_value"].fillna("") == corrections["new_value"].fillna("")]
        for row in same.to_dict("records"):
            problems.append(Problem("corrections.csv", _line(row), "new_value", str(row["new_value"] or ""),
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
    events = frames["events"].dropna(subset=["event_id"]).drop_duplicates("event_id").set_index("event_id")
    results = frames.get("election_results", pd.DataFrame(columns=["event_id", "candidate", "votes", "pct"]))
    leaders = frames["leaders"].set_index("leader_id") if "leaders" in frames else pd.DataFrame()
    by_event = {k: g for k, g in results.groupby(results["event_id"].astype("object"))} if len(results) else {}
    for row in frames["elections"].to_dict("records"):
        eid = row["event_id"]
        if eid not in events.index:
            continue
        event = events.loc[eid]
        if event["kind"] != "election":
            problems.append(Problem("elections.csv", _line(row), "event_id", eid, "an event of kind election"))
        noted = row.get("notes") is not None and not pd.isna(row.get("notes"))
        reg, cast, valid = row.get("registered_voters"), row.get("ballots_cast"), row.get("valid_votes")
        if pd.notna(reg) and pd.notna(cast) and cast > reg:
            problems.append(Problem("elections.csv", _line(row), "ballots_cast", str(cast),
                                    f"not above registered_voters ({reg})"))
        if pd.notna(cast) and pd.notna(valid) and valid > cast:
            problems.append(Problem("elections.csv", _line(row), "valid_votes", str(valid),
                                    f"not above ballots_cast ({cast})"))
        turnout = row.get("turnout_pct")
        if pd.notna(reg) and pd.notna(cast) and reg > 0 and pd.notna(turnout):
            gap = abs(float(turnout) - 100 * cast / reg)
            if gap > 1 or (gap > 0.01 and not noted):
                problems.append(Problem("elections.csv", _line(row), "turnout_pct", str(turnout),
                                        f"{100 * cast / reg:.2f} (ballots_cast / registered_voters), to 0.01 points"
                                        + ("" if gap > 1 else ", or a note saying why not")))
        mine = by_event.get(eid)
        if mine is not None and pd.notna(valid) and mine["votes"].notna().all():
            total = int(mine["votes"].sum())
            if total != int(valid) and not noted:
                problems.append(Problem("elections.csv", _line(row), "valid_votes", str(valid),
                                        f"{valid} = the sum of the candidates' votes ({total}), or a note saying "
                                        "why the figures differ"))
        winner = row.get("winner")
        if winner is None or pd.isna(winner) or winner not in leaders.index:
            continue
        tenure = leaders.loc[winner]
        day = event["date"]
        in_office = (tenure["country"] == event["country"] and tenure["start"] <= day + pd.Timedelta(days=120)
                     and (pd.isna(tenure["end"]) or tenure["end"] > day))
        if not in_office:
            problems.append(Problem("elections.csv", _line(row), "winner", winner,
                                    f"a tenure of {event['country']} in office within 120 days of the vote "
                                    f"({_date(day)})"))
        if mine is not None and mine["pct"].notna().any() and pd.notna(row.get("winner_pct")):
            best = float(mine["pct"].max())
            if float(row["winner_pct"]) < best - 0.005:
                problems.append(Problem("elections.csv", _line(row), "winner_pct", str(row["winner_pct"]),
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
    core = countries[countries["is_core"].fillna(False).astype(bool)]
    for table, extra in (("term_limits", "office == 'president'"), ("death_penalty", None)):
        if table not in frames:
            continue
        spells = frames[table] if extra is None else frames[table].query(extra)
        for country, independence in zip(core["country"], core["independence_date"]):
            mine = spells[spells["country"] == country].sort_values("valid_from")
            if mine.empty:
                problems.append(Problem(f"{table}.csv", None, "country", country,
                                        f"spells for {country} from independence ({_date(independence)}) to today"))
                continue
            if mine["valid_from"].iloc[0] > independence:
                problems.append(Problem(f"{table}.csv", _line(mine.iloc[0]), "valid_from",
                                        _date(mine["valid_from"].iloc[0]),
                                        f"a first spell of {country} starting by its independence ({_date(independence)})"))
            if pd.notna(mine["valid_to"].iloc[-1]):
                problems.append(Problem(f"{table}.csv", _line(mine.iloc[-1]), "valid_to",
                                        _date(mine["valid_to"].iloc[-1]),
                                        f"blank: the last spell of {country} runs to today"))
    if {"treaty_status", "instruments"} <= frames.keys():
        inst = frames["instruments"]
        tracked = inst.loc[inst["kind"] != "soft_law", "instrument"].astype("object").tolist()
        status = frames["treaty_status"]
        have = set(zip(status["country"].astype("object"), status["instrument"].astype("object")))
        for country in core["country"]:
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
            + date_problems(frames, current_to) + treaty_problems(frames)
            + event_link_problems(frames) + exemption_problems(frames) + policy_problems(frames)
            + accreditation_problems(frames)
            + correction_problems(frames) + source_problems(frames) + meaning_problems(frames)
            + coverage_problems(frames) + election_problems(frames))
