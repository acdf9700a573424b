"""Sources: every one is cited, every curated row cites one, primary sources are used."""

from __future__ import annotations

import steppe
from steppe.schema import CURATED_TABLES, table_schema


def _cited() -> set[str]:
    ids = set()
    for table in CURATED_TABLES:
        if "source_ids" in table_schema(table).field_names:
            for value in steppe.load(table)["source_ids"].dropna():
                ids |= set(value.split(";"))
    return ids


def test_every_source_is_cited_and_every_citation_resolves():
    listed = set(steppe.load("sources")["source_id"])
    assert _cited() == listed


def test_every_curated_row_has_a_source_and_a_confidence():
    for table in CURATED_TABLES:
        if "source_ids" not in table_schema(table).field_names:
            continue
        df = steppe.load(table)
        if table == "policy_spells":
            # Derived spells cite the rows they follow from; an unknown period has no source
            # for a level by definition (its notes say what was searched).
            df = df[(df["source_kind"] == "curated") & (df["level"] != "unknown")]
            assert len(df) > 100
        assert df["source_ids"].notna().all(), table
        if "confidence" in df.columns:  # candidate rows share their election row's confidence
            assert df["confidence"].notna().all(), table


def test_treaty_rows_cite_the_depositary():
    sources = steppe.load("sources").set_index("source_id")
    for table in ("treaty_status",):
        for ids in steppe.load(table)["source_ids"]:
            kinds = {sources.loc[i, "kind"] for i in ids.split(";")}
            assert "depositary" in kinds, ids
