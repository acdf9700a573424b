"""The README keeps its promises: two set-up commands, CI runs the test one, coverage lists every instrument."""

from __future__ import annotations

import re

import steppe
from steppe.resources import repo_root

ROOT = repo_root()
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _setup_commands() -> list[str]:
    section = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```\n(.*?)```", section, flags=re.S)]


def test_readme_has_exactly_two_setup_commands():
    install, test = _setup_commands()
    assert "steppe build" in install and "pip install" in install
    assert "pytest" in test


def test_ci_runs_the_readme_test_command():
    _, test = _setup_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()


def test_coverage_table_lists_every_instrument():
    coverage = README.split("## Coverage", 1)[1]
    for code in steppe.load("instruments")["instrument"]:
        assert f"| `{code}` |" in coverage, code


def test_every_table_is_in_the_data_model_section():
    model = README.split("## Data model", 1)[1]
    for table in steppe.TABLES:
        assert f"| `{table}` |" in model, table


def test_readme_indicator_codebook_is_the_generated_one():
    from steppe.codebook import indicators_markdown

    block = README.split("<!-- indicators:start -->\n", 1)[1].split("<!-- indicators:end -->", 1)[0]
    assert block == indicators_markdown(), "paste the output of `steppe codebook` into the README"
