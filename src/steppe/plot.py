"""Figures for a quick look (matplotlib, installed with ``pip install "steppe[plot]"``).

Example:
    >>> import steppe.plot
    >>> fig = steppe.plot.term_limits()
    >>> len(fig.axes)
    1
"""

from __future__ import annotations

import pandas as pd

from .load import load

#: One colour per kind of limit, so spells read at a glance.
LIMIT_COLOURS = {"consecutive": "#4c72b0", "lifetime": "#55a868", "none": "#c44e52",
                 "no_office": "#bbbbbb", "unknown": "#eeeeee"}


def _figure(height: float):
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=(11, height))


def term_limits(end=None):
    """Timeline of presidential term rules per state, coloured by kind of limit.

    Each bar is a spell, labelled 'term years × max terms' ('∞' = no limit); hatching marks
    spells in which a named president was exempt from the rule.

    Example:
        >>> import steppe.plot
        >>> steppe.plot.term_limits().axes[0].get_title()
        'Presidential term rules'
    """
    from matplotlib.patches import Patch

    from .load import current_to

    spells = load("term_limits", validate=False)
    end = current_to() if end is None else pd.Timestamp(end)
    countries = sorted(spells["country"].astype(str).unique(), reverse=True)
    fig, ax = _figure(0.6 * len(countries) + 1.5)
    for y, country in enumerate(countries):
        for s in spells[spells["country"] == country].to_dict("records"):
            stop = s["valid_to"] if pd.notna(s["valid_to"]) else end
            kind = s["limit_kind"] if pd.notna(s["limit_kind"]) else "unknown"
            ax.barh(y, (stop - s["valid_from"]).days, left=s["valid_from"], height=0.6,
                    color=LIMIT_COLOURS[kind], edgecolor="white",
                    hatch="//" if s["incumbent_exempt"] is True else None)
            if pd.notna(s["term_years"]) and (stop - s["valid_from"]).days > 900:
                label = f"{int(s['term_years'])}×{int(s['max_terms']) if pd.notna(s['max_terms']) else '∞'}"
                ax.text(s["valid_from"] + (stop - s["valid_from"]) / 2, y, label, ha="center", va="center", fontsize=8)
    ax.set_yticks(range(len(countries)), countries)
    ax.set_title("Presidential term rules")
    handles = [Patch(color=c, label=k) for k, c in LIMIT_COLOURS.items()]
    handles.append(Patch(facecolor="white", edgecolor="#555555", hatch="//", label="incumbent exempt"))
    ax.legend(handles=handles, loc="upper left", fontsize=8, ncol=6, frameon=False, bbox_to_anchor=(0, -0.08))
    fig.tight_layout()
    return fig


def ratifications(instruments=None):
    """When each state consented to each treaty: one marker per consent, by instrument.

    Example:
        >>> import steppe.plot
        >>> steppe.plot.ratifications(["OPCAT", "UNTOC"]).axes[0].get_title()
        'Consent to be bound (depositary dates)'
    """
    from .compare import ratifications as table

    t = table(instruments)
    codes = sorted(t["instrument"].unique(), reverse=True)
    fig, ax = _figure(0.35 * len(codes) + 1.5)
    markers = dict(zip(sorted(t["country"].unique()), "osD^v"))
    for country, marker in markers.items():
        mine = t[(t["country"] == country) & (t["status"] == "party")]
        ax.scatter(mine["consent_date"], [codes.index(i) for i in mine["instrument"]], marker=marker,
                   label=country, s=40, alpha=0.8)
    ax.set_yticks(range(len(codes)), codes)
    ax.set_title("Consent to be bound (depositary dates)")
    ax.legend(loc="lower right", fontsize=8)
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    return fig
