"""Each integrity rule rejects a small hand-made bad input with a precise message.

Every test breaks one thing in a scratch copy of the real sources and checks that the
build names the file, the line, the column, the bad value and what was expected.
"""

from __future__ import annotations

import hashlib

import pytest

from click.testing import CliRunner

from steppe.build import build_files, write
from steppe.cli import main


def test_real_sources_build_cleanly(curated):
    assert curated.problems() == []


def test_unknown_vocabulary_value(curated):
    line = curated.find("events", kind="referendum")
    curated.set("events", line, "kind", "plebiscite")
    assert curated.reports(f"events.csv:{line}: column 'kind': got 'plebiscite', expected one of constitution")


def test_badly_written_date(curated):
    curated.set("events", 2, "date", "30.08.1995")
    assert "events.csv:2: column 'date': got '30.08.1995', expected a date written YYYY-MM-DD" in curated.problems()


def test_impossible_calendar_date(curated):
    curated.set("leaders", 2, "start", "1995-02-30")
    assert "leaders.csv:2: column 'start': got '1995-02-30', expected a real calendar date YYYY-MM-DD" in curated.problems()


def test_date_in_the_future(curated):
    curated.set("events", 2, "date", "2031-01-01")
    assert curated.reports("events.csv:2: column 'date': got '2031-01-01', expected a date not after")


def test_state_act_before_1990(curated):
    curated.set("events", 2, "date", "1985-01-01")
    assert "events.csv:2: column 'date': got '1985-01-01', expected a date not before 1990-01-01" in curated.problems()


def test_duplicate_primary_key(curated):
    rows = curated.rows("countries")
    line = curated.append("countries", rows[1])
    problems = curated.problems()
    assert any(p.startswith(f"countries.csv:{line}: got '{rows[1][0]}', expected a primary key (country)")
               for p in problems)


def test_unknown_country(curated):
    curated.set("events", 2, "country", "RUS")
    assert "events.csv:2: column 'country': got 'RUS', expected a country listed in countries.csv" in curated.problems()


def test_unknown_event_id(curated):
    line = curated.find("term_limits", country="KAZ")
    curated.set("term_limits", line + 1, "event_id", "KAZ-1999-01-01-nothing")
    assert (f"term_limits.csv:{line + 1}: column 'event_id': got 'KAZ-1999-01-01-nothing', "
            "expected an event_id listed in events.csv") in curated.problems()


def test_unknown_source_inside_list(curated):
    value = curated.get("events", 3, "source_ids")
    curated.set("events", 3, "source_ids", value + ";no-such-source")
    assert ("events.csv:3: column 'source_ids': got 'no-such-source', expected a source_id listed in sources.csv"
            in curated.problems())


def test_row_without_source(curated):
    curated.set("death_penalty", 2, "source_ids", "")
    assert ("death_penalty.csv:2: column 'source_ids': got '', expected a value (the column is required)"
            in curated.problems())


def test_row_without_confidence(curated):
    curated.set("institutions", 2, "confidence", "")
    assert ("institutions.csv:2: column 'confidence': got '', expected a value (the column is required)"
            in curated.problems())


def test_same_page_listed_under_two_source_ids(curated):
    rows = curated.rows("sources")
    copy = list(rows[5])
    copy[0] = "zz-same-page-again"
    line = curated.append("sources", copy)
    # cite it, so only the duplicate address is wrong
    value = curated.get("events", 2, "source_ids")
    curated.set("events", 2, "source_ids", value + ";zz-same-page-again")
    assert curated.problems() == [
        f"sources.csv:{line}: column 'url': got '{rows[5][3]}', "
        f"expected a page not already listed (it is source '{rows[5][0]}')"]


def test_overlapping_spells(curated):
    first = curated.find("term_limits", country="KAZ")
    start = curated.get("term_limits", first, "valid_from")
    second_start = curated.get("term_limits", first + 1, "valid_from")
    # The second spell now starts a day after the first begins, inside it.
    day = f"{start[:8]}{int(start[8:]) + 1:02d}" if int(start[8:]) < 28 else start[:8] + "27"
    curated.set("term_limits", first + 1, "valid_from", day)
    problems = curated.problems()
    assert any(p.startswith(f"term_limits.csv:{first + 1}: column 'valid_from': got '{day}', "
                            f"expected no overlap with the KAZ/president spell from {start}") for p in problems), (second_start, problems)


def test_spell_ending_before_it_starts(curated):
    line = curated.find("death_penalty", country="KAZ")
    start = curated.get("death_penalty", line, "valid_from")
    curated.set("death_penalty", line, "valid_to", start)
    assert curated.reports(f"death_penalty.csv:{line}: column 'valid_to': got '{start}', expected a date after valid_from")


def test_gap_between_spells(curated):
    line = curated.find("death_penalty", country="KAZ")
    end = curated.get("death_penalty", line, "valid_to")
    earlier = f"{int(end[:4]) - 1}{end[4:]}"
    curated.set("death_penalty", line, "valid_to", earlier)
    assert any(p.startswith(f"death_penalty.csv:{line + 1}: column 'valid_from'") and "spells leave no gap" in p
               for p in curated.problems())


def test_overlapping_leaders(curated):
    line = curated.find("leaders", leader_id="KAZ-tokayev-2019")
    curated.set("leaders", line, "start", "2019-01-01")
    assert curated.reports(f"leaders.csv:{line}: column 'start': got '2019-01-01', expected no overlap with the KAZ spell")


def test_treaty_action_before_instrument_opened(curated):
    line = curated.find("treaty_actions", country="KAZ", instrument="UNTOC", action="ratification")
    curated.set("treaty_actions", line, "date", "1999-01-01")
    assert curated.reports(f"treaty_actions.csv:{line}: column 'date': got '1999-01-01', expected a date not before UNTOC opened")


def test_status_disagreeing_with_actions(curated):
    line = curated.find("treaty_status", country="KAZ", instrument="UNTOC")
    curated.set("treaty_status", line, "status", "none")
    assert curated.reports(f"treaty_status.csv:{line}: column 'status': got 'none', expected party")


def test_referendum_without_result(curated):
    rows = curated.rows("referendums")
    header, body = rows[0], rows[1:]
    gone = body[0][header.index("event_id")]
    curated.write("referendums", [header] + body[1:])
    assert any(f"column 'event_id': got '{gone}', expected a result row in referendums.csv" in p
               for p in curated.problems())


def test_unknown_domain_in_list(curated):
    curated.set("events", 2, "domains", "presidency;economy")
    assert "events.csv:2: column 'domains': got 'economy', expected one of presidency, term_limits, parliament, constitutional_review, ombudsman, death_penalty, treaty, judiciary, human_rights, torture, trafficking, gender, anticorruption, local_government, public_administration, other" in curated.problems()


def test_not_a_whole_number(curated):
    line = curated.find("countries", country="KAZ")
    curated.set("countries", line, "cow_code", "705a")
    assert f"countries.csv:{line}: column 'cow_code': got '705a', expected a whole number" in curated.problems()


def test_pattern_violation(curated):
    line = curated.find("countries", country="KAZ")
    curated.set("countries", line, "iso2", "kz")
    assert curated.reports(f"countries.csv:{line}: column 'iso2': got 'kz', expected text matching")


def test_missing_column_in_header(curated):
    rows = curated.rows("leaders")
    curated.write("leaders", [[c for c in rows[0] if c != "acting"]] + [r[:-1] for r in rows[1:]])
    assert any(p.startswith("leaders.csv:1:") and "missing acting" in p for p in curated.problems())


def test_row_with_wrong_number_of_cells(curated):
    rows = curated.rows("countries")
    curated.append("countries", rows[1][:3])
    assert any("expected 13 cells, found 3" in p for p in curated.problems())


def test_unquoted_comma_says_how_to_fix_it(curated):
    rows = curated.rows("sources")
    line = curated.append("sources", rows[1])
    text = (curated.path / "sources.csv").read_text(encoding="utf-8").splitlines()
    text[line - 1] = text[line - 1].replace(rows[1][0], rows[1][0] + "-copy", 1) + ",stray, text"
    (curated.path / "sources.csv").write_text("\n".join(text) + "\n", encoding="utf-8")
    assert any(p.startswith(f"sources.csv:{line}: got ") and p.endswith(
        f"expected {len(rows[0])} cells, found {len(rows[0]) + 2} (a cell holding a comma must be in double quotes)")
        for p in curated.problems())

def test_all_problems_reported_in_one_run(curated):
    curated.set("events", 2, "date", "30.08.1995")
    curated.set("countries", 2, "iso2", "kz")
    curated.set("institutions", 2, "confidence", "sure")
    problems = curated.problems()
    assert {p.split(":")[0] for p in problems} >= {"events.csv", "countries.csv", "institutions.csv"}


def test_failed_build_leaves_previous_outputs_untouched(curated, tmp_path):
    out = tmp_path / "out"
    write(build_files(curated.path), out)
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.rglob("*")) if p.is_file()}
    curated.set("events", 2, "date", "2031-01-01")
    result = CliRunner().invoke(main, ["build", "--src", str(curated.path), "--out", str(out)])
    assert result.exit_code == 1
    assert "events.csv:2: column 'date': got '2031-01-01'" in result.output
    after = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.rglob("*")) if p.is_file()}
    assert after == before


def test_exemption_flag_must_agree_with_who_and_why(curated):
    line = curated.find("term_limits", country="TJK", valid_from="2003-06-22")
    curated.set("term_limits", line, "incumbent_exempt", "false")
    assert curated.reports(f"term_limits.csv:{line}: column 'exempt_leader_id': got 'TJK-rahmon-1994', "
                           "expected blank while incumbent_exempt is false")
    assert curated.reports(f"term_limits.csv:{line}: column 'exemption': got 'Count reset")


def test_exempt_person_must_hold_office_in_the_spell(curated):
    line = curated.find("term_limits", country="KAZ", valid_from="2007-05-21")
    curated.set("term_limits", line, "exempt_leader_id", "KGZ-akayev-1990")
    assert curated.reports(f"term_limits.csv:{line}: column 'exempt_leader_id': got 'KGZ-akayev-1990', "
                           "expected a tenure of KAZ that overlaps the spell")


def test_policy_level_outside_its_codebook(curated):
    line = curated.find("policy_spells", country="KAZ", policy_id="trafficking_law", level="law")
    curated.set("policy_spells", line, "level", "strong_law")
    assert curated.reports(f"policy_spells.csv:{line}: column 'level': got 'strong_law', expected one of none, law, unknown")


def test_policy_spells_must_reach_today_and_start_at_independence(curated):
    rows = curated.rows("policy_spells")
    header = rows[0]
    kept = [r for r in rows if not (r[0] == "TJK" and r[1] == "domestic_violence_law")]
    curated.write("policy_spells", kept)
    assert curated.reports("policy_spells.csv: column 'country': got 'TJK', expected spells of domestic_violence_law "
                           "for TJK from independence (1991-09-09) to today")
    line = curated.find("policy_spells", country="KAZ", policy_id="gender_quota", valid_from="1991-12-16")
    curated.set("policy_spells", line, "valid_from", "1992-01-01")
    assert curated.reports(f"policy_spells.csv:{line}: column 'valid_from': got '1992-01-01', expected 1991-12-16")
    assert header[0] == "country"


def test_derived_indicator_cannot_be_typed_in(curated):
    line = curated.append("policy_spells", ["KAZ", "death_penalty", "1991-12-16", "day", "", "retentionist", "", "",
                                            "vedomosti-2025-09-09", "", "low", ""])
    assert curated.reports(f"policy_spells.csv:{line}: column 'policy_id': got 'death_penalty', expected a curated indicator")


def test_codebook_levels_must_match_the_indicator(curated):
    line = curated.find("policies", policy_id="trafficking_law")
    curated.set("policies", line, "levels", "law;none")
    assert curated.reports(f"policies.csv:{line}: column 'levels': got 'law;none', expected law;none with ranks 0, 1")


def test_constitution_adopted_by_referendum_needs_its_referendum(curated):
    line = curated.find("referendums", event_id="KGZ-2010-06-27-referendum")
    curated.set("referendums", line, "adopted_event_id", "")
    constitution = curated.find("events", event_id="KGZ-2010-06-27-constitution")
    assert curated.reports(f"events.csv:{constitution}: column 'event_id': got 'KGZ-2010-06-27-constitution', "
                           "expected a constitution adopted by referendum linked from exactly one referendum")


def test_referendum_that_adopted_a_text_leaves_the_term_coding_to_it(curated):
    line = curated.find("events", event_id="KGZ-2021-04-11-referendum")
    curated.set("events", line, "term_limit_effect", "exemption")
    assert curated.reports(f"events.csv:{line}: column 'term_limit_effect': got 'exemption', expected blank: "
                           "the referendum adopted KGZ-2021-04-11-constitution")


def test_act_starting_a_term_limit_spell_says_what_it_did(curated):
    line = curated.find("events", event_id="KAZ-1995-08-30-constitution")
    spell = curated.find("term_limits", country="KAZ", valid_from="1995-09-05")
    curated.set("events", line, "term_limit_effect", "")
    assert curated.reports(f"events.csv:{line}: column 'term_limit_effect': got '', expected a code ('none' where "
                           f"the act kept the rule or set the first one): it starts the term-limit spell on line "
                           f"{spell} of term_limits.csv")



def test_date_known_to_the_month_falls_on_the_first(curated):
    line = curated.find("events", event_id="TJK-2012-04-01-law-torture-article")
    curated.set("events", line, "date_precision", "year")
    assert curated.reports(f"events.csv:{line}: column 'date_precision': got 'year', expected month or day "
                           f"(2012-04-01 is not 1 January)")


def test_spell_as_precise_as_the_act_it_starts_on(curated):
    line = curated.find("policy_spells", country="TJK", policy_id="legal_aid_law", valid_from="2020-01-01")
    curated.set("policy_spells", line, "valid_from_precision", "day")
    assert curated.reports(f"policy_spells.csv:{line}: column 'valid_from_precision': got 'day', expected year, "
                           f"the precision of the date of event TJK-2020-01-01-law-legal-aid, on which the spell starts")


def test_act_setting_an_indicator_lists_its_domain(curated):
    line = curated.find("events", event_id="UZB-2023-06-16-law-legal-aid")
    spell = curated.find("policy_spells", country="UZB", policy_id="legal_aid_law", valid_from="2023-06-16")
    curated.set("events", line, "domains", "human_rights")
    assert curated.reports(f"events.csv:{line}: column 'domains': got 'human_rights', expected a list with judiciary: "
                           f"the act sets the legal_aid_law level on line {spell} of policy_spells.csv")

def test_spell_precision_is_required(curated):
    line = curated.find("policy_spells", country="KAZ", policy_id="legal_aid_law", valid_from="2013-07-03")
    curated.set("policy_spells", line, "valid_from_precision", "")
    assert curated.reports(f"policy_spells.csv:{line}: column 'valid_from_precision': got '', expected")


# Faults a spreadsheet or a careless edit introduces: each is one precise problem.

def _raw(curated, table: str) -> bytes:
    return (curated.path / f"{table}.csv").read_bytes()


def test_file_in_another_encoding(curated):
    text = _raw(curated, "leaders").decode("utf-8")
    (curated.path / "leaders.csv").write_bytes(text.encode("cp1251", errors="replace"))
    problems = curated.problems()
    assert [p for p in problems if p.startswith("leaders.csv:2: got ")][0].endswith(
        "expected UTF-8 text (this looks like another encoding, e.g. Windows-1251 from a spreadsheet: "
        "save the file as CSV UTF-8)")
    # One root cause, one problem: no follow-on foreign-key errors from the unread table.
    assert not any("leader_id listed in leaders.csv" in p for p in problems)
    assert len(problems) == 2 and any("cross-table checks" in p for p in problems)


def test_byte_order_mark_is_accepted(curated):
    (curated.path / "events.csv").write_bytes(b"\xef\xbb\xbf" + _raw(curated, "events"))
    assert curated.problems() == []


def test_nul_byte_and_invisible_characters(curated):
    line = curated.find("leaders", leader_id="KAZ-tokayev-2019")
    curated.set("leaders", line, "name", "Kassym-Jomart\u200bTokayev")
    assert f"leaders.csv:{line}: column 'name': got 'Kassym-Jomart\\u200bTokayev', expected text without " \
           "control or invisible characters (found U+200B)" in curated.problems()
    data = _raw(curated, "claims")
    (curated.path / "claims.csv").write_bytes(data.replace(b",", b",\x00", 1))
    assert curated.reports("claims.csv:1: expected text without NUL bytes")


def test_formula_cells_never_reach_the_release(curated):
    line = curated.find("sources", source_id="1news-az-2026-01-31")
    curated.set("sources", line, "title", '=HYPERLINK("http://x.example","click")')
    assert curated.reports(f"sources.csv:{line}: column 'title': got '=HYPERLINK(")


@pytest.mark.parametrize("newline", [b"\n", b""])
def test_unclosed_quote_with_or_without_final_newline(curated, newline):
    data = _raw(curated, "countries").rstrip(b"\n") + b'\nXXX,"Nowhere' + newline
    (curated.path / "countries.csv").write_bytes(data)
    lines = data.count(b"\n") + (0 if newline else 1)
    assert curated.reports(f"countries.csv:{lines}: expected a closing quote for the cell opened here")


def test_problem_line_is_the_first_line_of_a_multiline_record(curated):
    line = curated.find("leaders", leader_id="KAZ-tokayev-2019")
    curated.set("leaders", line, "name", "Kassym-Jomart\nTokayev")
    later = curated.find("leaders", leader_id="KGZ-akayev-1990")
    curated.set("leaders", later, "start", "1990-13-01")
    assert curated.reports(f"leaders.csv:{later + 1}: column 'start': got '1990-13-01'")


def test_oversized_cell(curated):
    line = curated.find("events", event_id="KAZ-1995-08-30-constitution")
    curated.set("events", line, "notes", "x" * 200_000)
    assert curated.reports(f"events.csv:{line}: expected cells of at most 131,072 characters")


def test_empty_table_and_unknown_file(curated):
    header = _raw(curated, "death_penalty").split(b"\n")[0] + b"\n"
    (curated.path / "death_penalty.csv").write_bytes(header)
    (curated.path / "death_penalty (copy).csv").write_bytes(header)
    problems = curated.problems()
    assert "death_penalty.csv:2: expected at least one row (the table is empty: were its rows deleted?)" in problems
    assert any(p.startswith("death_penalty (copy).csv: expected only the curated tables") for p in problems)


def test_state_losing_its_spells_is_caught(curated):
    rows = curated.rows("death_penalty")
    curated.write("death_penalty", [r for r in rows if r[0] != "TJK"])
    assert curated.reports("death_penalty.csv: column 'country': got 'TJK', expected spells for TJK from independence")


def test_broken_dataset_metadata(curated):
    (curated.path / "dataset.json").write_text('{\n  "name": "steppe",\n  "title": oops\n}\n')
    assert curated.reports("dataset.json:3: expected valid JSON (Expecting value at column 12)")


def test_current_to_must_be_a_real_past_day(curated):
    import json

    meta = json.loads((curated.path / "dataset.json").read_text())
    for bad, expected in (("2026-02-30", "a calendar date"), ("2999-01-01", "a day between 1991-01-01 and today")):
        meta["current_to"] = bad
        (curated.path / "dataset.json").write_text(json.dumps(meta))
        assert curated.reports(f"dataset.json: column 'current_to': got '{bad}', expected {expected}")


@pytest.mark.parametrize("column,value,expected", [
    ("turnout_pct", "150.0", "a value of at most 100"),
    ("yes_votes", "-5", "a value of at least 0"),
    ("yes_pct", "nan", "a finite number (not nan or inf)"),
])
def test_referendum_numbers_are_checked_for_range(curated, column, value, expected):
    line = curated.find("referendums", event_id="KAZ-2022-06-05-referendum")
    curated.set("referendums", line, column, value)
    assert curated.reports(f"referendums.csv:{line}: column '{column}': got '{value}', expected {expected}")


def test_referendum_counts_must_agree(curated):
    line = curated.find("referendums", event_id="KAZ-2022-06-05-referendum")
    curated.set("referendums", line, "ballots_cast", "12000000")
    problems = curated.problems()
    assert f"referendums.csv:{line}: column 'ballots_cast': got '12000000', expected not above registered_voters (11734642)" in problems
    assert any(p.startswith(f"referendums.csv:{line}: column 'turnout_pct': got '68.05', expected 102.26") for p in problems)


def test_event_dates_must_be_consistent(curated):
    line = curated.find("events", event_id="KAZ-1995-08-30-constitution")
    curated.set("events", line, "in_force_date", "1995-08-01")
    assert curated.reports(f"events.csv:{line}: column 'in_force_date': got '1995-08-01', expected a date not before")
    other = curated.find("events", event_id="KAZ-2009-12-04-law-domestic-violence")
    curated.set("events", other, "date", "2009-12-05")
    assert curated.reports(f"events.csv:{other}: column 'date': got '2009-12-05', expected 2009-12-04, the date in the event_id")


def test_ratification_needs_a_signature(curated):
    rows = curated.rows("treaty_actions")
    curated.write("treaty_actions", [r for r in rows if not (r[0] == "KAZ" and r[1] == "UNTOC" and r[2] == "signature")])
    line = curated.find("treaty_actions", country="KAZ", instrument="UNTOC", action="ratification")
    assert curated.reports(f"treaty_actions.csv:{line}: column 'action': got 'ratification', expected a signature on or before")


def test_correction_must_change_something(curated):
    line = curated.append("corrections", ["no-op", "events", "KAZ-1995-08-30-constitution", "confidence", "high", "high",
                                          "nothing", "0.6.0", "sudd-kaz-1995-04-29", "", "high", ""])
    assert curated.reports(f"corrections.csv:{line}: column 'new_value': got 'high', expected a value different from old_value")


def test_election_votes_must_add_up(curated):
    line = curated.find("elections", event_id="KAZ-2015-04-26-election")
    curated.set("elections", line, "notes", "")
    curated.set("elections", line, "valid_votes", "9036000")
    assert curated.reports(f"elections.csv:{line}: column 'valid_votes': got '9036000', expected 9036000 = the sum "
                           "of the candidates' votes")


def test_election_winner_must_hold_office(curated):
    line = curated.find("elections", event_id="KAZ-2022-11-20-election")
    curated.set("elections", line, "winner", "KAZ-nazarbayev-1990")
    assert curated.reports(f"elections.csv:{line}: column 'winner': got 'KAZ-nazarbayev-1990', expected a tenure "
                           "of KAZ in office within 120 days of the vote")


def test_election_turnout_must_agree(curated):
    line = curated.find("elections", event_id="KAZ-2019-06-09-election")
    curated.set("elections", line, "turnout_pct", "87.54")
    assert curated.reports(f"elections.csv:{line}: column 'turnout_pct': got '87.54', expected 77.54")


def test_every_ombudsman_has_an_accreditation_history(curated):
    rows = curated.rows("nhri_accreditations")
    curated.write("nhri_accreditations", [r for r in rows if not r[0].startswith("TKM-")])
    assert curated.reports("nhri_accreditations.csv: column 'institution_id': got 'TKM-ombudsman-2017', expected a "
                           "GANHRI decision for this ombudsman, or a none_found row")


def test_broken_schema_json_is_named(curated, tmp_path, monkeypatch):
    import shutil

    import steppe.resources
    from steppe.build import read_schemas

    schemas = tmp_path / "schemas"
    shutil.copytree(steppe.resources.schemas_dir(), schemas)
    (schemas / "events.json").write_text('{\n  "name": "events",\n  "fields": [,]\n}\n')
    monkeypatch.setattr(steppe.resources, "schemas_dir", lambda: schemas)
    import steppe.build

    monkeypatch.setattr(steppe.build, "read_schemas", read_schemas)
    problems = [str(p) for p in read_schemas()]
    assert problems == ["schemas/events.json:3: expected valid JSON (Expecting value at column 14)"]


def test_stray_quote_joining_rows_is_reported_where_it_starts(curated):
    line = curated.find("leaders", leader_id="KAZ-tokayev-2019")
    path = curated.path / "leaders.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[line - 1] = lines[line - 1].replace(",Kassym-Jomart Tokayev,", ',"Kassym-Jomart Tokayev,', 1)
    path.write_text("\n".join(lines), encoding="utf-8")
    problems = curated.problems()
    assert any(p.startswith(f"leaders.csv:{line}:") and ("stray quote" in p or "closing quote" in p)
               for p in problems), problems


def test_text_that_readers_take_for_a_blank(curated):
    line = curated.find("events", event_id="KAZ-1995-08-30-constitution")
    curated.set("events", line, "notes", "NaN")
    assert curated.reports(f"events.csv:{line}: column 'notes': got 'NaN', expected a blank cell for an unknown value")


def test_list_items_with_spaces(curated):
    line = curated.find("events", event_id="KAZ-1995-08-30-constitution")
    ids = curated.get("events", line, "source_ids").split(";")
    curated.set("events", line, "source_ids", "; ".join(ids))
    assert curated.reports(f"events.csv:{line}: column 'source_ids': got '{'; '.join(ids)}', expected items "
                           "separated by ';' without spaces")


def test_missing_file_is_one_problem(curated):
    (curated.path / "leaders.csv").unlink()
    problems = curated.problems()
    assert problems[0].startswith("leaders.csv: expected the file") and len(problems) == 2


def test_zero_term_limit(curated):
    line = curated.find("term_limits", country="KAZ", valid_from="2022-09-17")
    curated.set("term_limits", line, "max_terms", "0")
    assert curated.reports(f"term_limits.csv:{line}: column 'max_terms': got '0', expected a value of at least 1")
