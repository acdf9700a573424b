"""The codebook of the reform indicators, generated from ``policies`` and ``policy_levels``
(the README's indicator section is this text; a test keeps the two equal).

Example:
    >>> text = indicators_markdown()
    >>> "| `trafficking_law` |" in text
    True
"""

from __future__ import annotations

from .load import load


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
