"""How to cite the installed version: read from CITATION.cff, printed as BibTeX, APA, RIS or CFF."""

from __future__ import annotations

from pathlib import Path

from .__about__ import __version__
from .resources import package_root, repo_root

FORMATS = ("bibtex", "apa", "ris", "cff")


def citation_file() -> Path:
    """The CITATION.cff shipped with the data (or the checkout's).

    Example:
        >>> citation_file().name
        'CITATION.cff'
    """
    for root in (package_root(), repo_root()):
        if root is not None and (root / "CITATION.cff").is_file():
            return root / "CITATION.cff"
    raise FileNotFoundError("CITATION.cff not found next to the data")


def metadata() -> dict:
    """The parsed CITATION.cff.

    Example:
        >>> metadata()["type"]
        'dataset'
    """
    import yaml

    return yaml.safe_load(citation_file().read_text(encoding="utf-8"))


def _authors(meta: dict) -> list[str]:
    names = []
    for a in meta.get("authors", []):
        if "name" in a:
            names.append(a["name"])
        else:
            names.append(", ".join(x for x in (a.get("family-names"), a.get("given-names")) if x))
    return names


def cite(fmt: str = "bibtex") -> str:
    """The citation of the installed version in ``fmt`` (bibtex, apa, ris or cff).

    Example:
        >>> "version = {" in cite("bibtex")
        True
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown citation format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "cff":
        return citation_file().read_text(encoding="utf-8")
    meta = metadata()
    version = str(meta.get("version", __version__))
    released = str(meta.get("date-released", "")) or None
    year = released[:4] if released else "n.d."
    title = meta["title"]
    url = meta.get("repository-code") or meta.get("url", "")
    doi = meta.get("doi")
    authors = _authors(meta)
    if fmt == "bibtex":
        key = "steppe_" + version.replace(".", "_")
        lines = [f"@misc{{{key},",
                 "  author = {" + " and ".join("{" + a + "}" for a in authors) + "},",
                 f"  title = {{{{{title}}}}},",
                 f"  year = {{{year}}},",
                 f"  version = {{{version}}},",
                 "  howpublished = {Dataset},",
                 f"  note = {{Version {version}" + (f", released {released}" if released else ", unreleased") + "},"]
        if doi:
            lines.append(f"  doi = {{{doi}}},")
        if url:
            lines.append(f"  url = {{{url}}}")
        lines[-1] = lines[-1].rstrip(",")
        return "\n".join(lines) + "\n}\n"
    if fmt == "apa":
        who = ", ".join(authors)
        tail = f" https://doi.org/{doi}" if doi else (f" {url}" if url else "")
        return f"{who}. ({year}). {title} (Version {version}) [Data set].{tail}\n"
    lines = ["TY  - DATA", *[f"AU  - {a}" for a in authors], f"TI  - {title}", f"PY  - {year}",
             f"ET  - {version}"]
    if released:
        lines.append(f"DA  - {released.replace('-', '/')}")
    if doi:
        lines.append(f"DO  - {doi}")
    lines += ([f"UR  - {url}"] if url else []) + ["ER  - "]
    return "\n".join(lines) + "\n"
