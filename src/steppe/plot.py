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


def adoptions(domain=None):
    """Adoption heat map: states × indicators, each cell coloured by the year of adoption
    (grey: never adopted; grey with '?': not adopted by the last known level, and today's
    level is unknown; hatched: an unknown period precedes the adoption).

    Example:
        >>> import steppe.plot
        >>> steppe.plot.adoptions("gender").axes[0].get_title()
        'Year of adoption by state (gender)'
    """
    import matplotlib.colors as mcolors
    import numpy as np
    from matplotlib.patches import Rectangle

    from .compare import adoptions as table

    t = table(domain=domain)
    t = t[~t["at_independence"] | ~t["adopted"]]
    policies = sorted(t["policy_id"].unique())
    countries = sorted(t["country"].unique())
    years = np.full((len(countries), len(policies)), np.nan)
    for r in t.to_dict("records"):
        if r["adopted"]:
            years[countries.index(r["country"]), policies.index(r["policy_id"])] = r["adoption_date"].year
    fig, ax = _figure(max(3.0, 0.5 * len(countries) + 2))
    fig.set_figwidth(max(8.0, 0.45 * len(policies) + 3))
    cmap = mcolors.LinearSegmentedColormap.from_list("adopt", ["#08306b", "#6baed6", "#fdd49e"]).with_extremes(
        bad="#dddddd")
    image = ax.imshow(np.ma.masked_invalid(years), aspect="auto", cmap=cmap, vmin=1991, vmax=pd.Timestamp.now().year)
    for r in t.to_dict("records"):
        i, j = countries.index(r["country"]), policies.index(r["policy_id"])
        if r["adopted"] and r["after_unknown"]:
            ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, hatch="///", edgecolor="white", linewidth=0))
        elif not r["adopted"] and r["level_now"] == "unknown":
            ax.text(j, i, "?", ha="center", va="center", fontsize=9, color="#555555")
    ax.set_xticks(range(len(policies)), policies, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(countries)), countries)
    fig.colorbar(image, ax=ax, label="year of adoption")
    ax.set_title("Year of adoption by state" + (f" ({domain})" if domain else ""))
    fig.tight_layout()
    return fig


def policy_levels(policy_id: str):
    """Step plot of one indicator's level over time for each state (unknown periods blank).

    Example:
        >>> import steppe.plot
        >>> fig = steppe.plot.policy_levels("trafficking_law")
        >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
        ['No', 'Yes']
    """
    from .load import current_to

    levels = load("policy_levels", validate=False)
    levels = levels[levels["policy_id"] == policy_id].sort_values("rank")
    if levels.empty:
        raise KeyError(f"unknown indicator {policy_id!r}; expected an id from steppe.policies()")
    spells = load("policy_spells", validate=False)
    spells = spells[spells["policy_id"] == policy_id]
    end = current_to()
    fig, ax = _figure(4.0)
    countries = sorted(spells["country"].unique())
    for k, country in enumerate(countries):
        mine = spells[spells["country"] == country].sort_values("valid_from")
        offset = (k - (len(countries) - 1) / 2) * 0.04  # keep overlapping lines apart
        xs, ys = [], []
        for r in mine.to_dict("records"):
            stop = r["valid_to"] if pd.notna(r["valid_to"]) else end
            y = float("nan") if pd.isna(r["level_rank"]) else int(r["level_rank"]) + offset
            xs += [r["valid_from"], stop]
            ys += [y, y]
        ax.plot(xs, ys, color=f"C{k}", linewidth=2.5, label=country)
    ax.legend(loc="upper left", fontsize=8)
    ax.set_yticks(range(len(levels)), levels["label"].tolist())
    ax.set_title(f"{policy_id}: level by state")
    fig.tight_layout()
    return fig


def diffusion(domain=None, policies=None):
    """Diffusion curves: the number of the five states that had ever adopted a reform by
    the end of each year. With a domain (or a list of indicators), one step line per
    indicator; with neither, one line per domain, the mean over its indicators.

    Example:
        >>> import steppe.plot
        >>> fig = steppe.plot.diffusion("judiciary")
        >>> sorted(t.get_text() for t in fig.axes[0].get_legend().get_texts())
        ['arrest_by_court', 'jury_trial', 'legal_aid_law']
        >>> steppe.plot.diffusion().axes[0].get_title()
        'Diffusion of reforms by domain (mean over its indicators)'
    """
    from .compare import diffusion as curves

    table = curves(domain=domain, policies=policies)
    by_domain = domain is None and policies is None
    if by_domain:
        meta = load("policies", validate=False).astype({"policy_id": "object", "domain": "object"})
        table = table.merge(meta[["policy_id", "domain"]], on="policy_id")
        table = (table.groupby(["domain", "year"], as_index=False)
                 .agg(cumulative_adopters=("cumulative_adopters", "mean"), states=("states", "max"))
                 .rename(columns={"domain": "policy_id"}))
    fig, ax = _figure(4.5)
    for k, (label, rows) in enumerate(table.groupby("policy_id", sort=True)):
        ax.step(rows["year"].astype(int), rows["cumulative_adopters"].astype(float), where="post",
                color=f"C{k % 10}", linestyle="-" if k < 10 else "--", linewidth=2, label=label)
    ax.set_ylim(-0.2, int(table["states"].max()) + 0.2)
    ax.set_ylabel("states that had adopted")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)  # outside: curves crowd the top
    title = "Diffusion of reforms by domain (mean over its indicators)" if by_domain else "Diffusion of reforms"
    ax.set_title(title + (f" ({domain})" if domain else ""))
    fig.tight_layout()
    return fig
