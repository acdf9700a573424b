"""Cut a release: check, diff against the previous release, bump the version everywhere,
write the changelog section, rebuild, commit and tag.

    python scripts/release.py 0.2.0 --dry-run     # show the plan and the diff, change nothing
    python scripts/release.py 0.2.0               # do it

The version lives in src/steppe/__about__.py; this script writes it into CITATION.cff,
.zenodo.json and (by rebuilding) datapackage.json and the Parquet metadata. It refuses a
bump smaller than `steppe diff` requires (major: a table or column removed or retyped;
minor: rows, columns or tables added or rows withdrawn; patch: corrected values).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from steppe.build import build_files, stale_files  # noqa: E402
from steppe.diff import BUMPS, diff_packages, render  # noqa: E402

ABOUT = ROOT / "src" / "steppe" / "__about__.py"
CFF = ROOT / "CITATION.cff"
ZENODO = ROOT / ".zenodo.json"
CHANGELOG = ROOT / "CHANGELOG.md"
CORRECTIONS = ROOT / "data" / "curated" / "corrections.csv"
SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def git(*args: str, check: bool = True) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=check).stdout


def current_version() -> str:
    return re.search(r'__version__ = "([^"]+)"', ABOUT.read_text()).group(1)


def release_commits() -> dict[str, str]:
    """Version → commit of every release reachable from HEAD, found by its commit message
    ('Release X.Y.Z'), so clones, forks and mirrors without tags still find them."""
    found = {}
    for line in git("log", "--format=%H %s", "--extended-regexp", "--grep=^Release [0-9]+[.][0-9]+[.][0-9]+$").splitlines():
        commit, _, subject = line.partition(" ")
        version = subject.removeprefix("Release ").strip()
        if SEMVER.match(version) and version not in found:
            found[version] = commit
    return found


def previous_release() -> tuple[str | None, str | None]:
    """(version, git ref) of the latest earlier release: its tag where the tag exists,
    otherwise its release commit; (None, None) before the first release."""
    tags = [t for t in git("tag", "--list", "v*", "--sort=-v:refname").split() if SEMVER.match(t[1:])]
    commits = release_commits()
    versions = set(commits) | {t[1:] for t in tags}
    if not versions:
        return None, None
    latest = max(versions, key=lambda v: tuple(int(x) for x in v.split(".")))
    return latest, (f"v{latest}" if f"v{latest}" in tags else commits[latest])


def required_bump(old: tuple[int, ...], new: tuple[int, ...]) -> str:
    """The kind of bump from ``old`` to ``new`` ('none' if not an increase)."""
    if new <= old:
        return "none"
    if new[0] > old[0]:
        return "major"
    if new[1] > old[1]:
        return "minor"
    return "patch"


def export_tag(tag: str, dest: Path) -> None:
    """Unpack the built package of an earlier release into ``dest``."""
    data = subprocess.run(["git", "archive", "--format=tar", tag, "datapackage.json", "schemas", "data/release"],
                          cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")


def empty_package(dest: Path) -> None:
    (dest / "datapackage.json").write_text(json.dumps({"resources": []}))


def zenodo_from_cff(cff: dict) -> dict:
    """The .zenodo.json matching CITATION.cff (Zenodo reads this file in preference)."""
    creators = [{"name": a.get("name") or ", ".join(x for x in (a.get("family-names"), a.get("given-names")) if x)}
                for a in cff["authors"]]
    out = {"title": cff["title"], "upload_type": "dataset", "description": cff.get("abstract", ""),
           "creators": creators, "version": str(cff["version"]), "license": cff["license"].lower(),
           "keywords": cff.get("keywords", [])}
    if cff.get("date-released"):
        out["publication_date"] = str(cff["date-released"])
    return out


def write_cff(version: str, released: str) -> str:
    text = CFF.read_text(encoding="utf-8")
    text = re.sub(r'^version: .*$', f'version: "{version}"', text, flags=re.M)
    if re.search(r"^date-released:", text, flags=re.M):
        text = re.sub(r"^date-released: .*$", f"date-released: {released}", text, flags=re.M)
    else:
        text = text.replace(f'version: "{version}"', f'version: "{version}"\ndate-released: {released}')
    return text


def corrections_for(version: str) -> tuple[list[dict], str]:
    """Unreleased corrections (stamped with ``version``) and the rewritten corrections file."""
    with CORRECTIONS.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
        fields = list(rows[0].keys()) if rows else CORRECTIONS.read_text().strip().split(",")
    pending = [r for r in rows if not r["version"]]
    for r in pending:
        r["version"] = version
    out = ",".join(fields) + "\n"
    if rows:
        import io

        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        out = buf.getvalue()
    return pending, out


def changelog_section(version: str, released: str, diff_md: str, pending: list[dict], notes: str) -> str:
    lines = [f"## {version} — {released}", ""]
    if notes.strip():
        lines += [notes.strip(), ""]
    lines += ["Changes in the data, per table (computed by `steppe diff` against the previous release):", "", diff_md.strip(), ""]
    if pending:
        lines += ["Corrections of previously released values:", ""]
        for r in pending:
            lines.append(f"- `{r['table']}` {r['key']} `{r['column']}`: {r['old_value'] or '(blank)'} → "
                         f"{r['new_value'] or '(blank)'} — {r['reason']} (sources: {r['source_ids']})")
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("version")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    problems = []
    if not SEMVER.match(args.version):
        print(f"refused: {args.version!r} is not a version X.Y.Z")
        return 2
    if git("status", "--porcelain").strip():
        problems.append("the working tree has uncommitted changes")
    build = build_files(ROOT / "data" / "curated")
    stale = stale_files(build, ROOT)
    if stale:
        problems.append("the committed outputs are stale (run `steppe build`): " + ", ".join(stale))
    old_version, tag = previous_release()
    old_version = old_version or "0.0.0"
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp)
        export_tag(tag, old) if tag else empty_package(old)
        diff = diff_packages(old, ROOT)
    new = tuple(int(x) for x in args.version.split("."))
    kind = required_bump(tuple(int(x) for x in old_version.split(".")), new)
    if kind == "none":
        problems.append(f"{args.version} is not above the previous release {old_version}")
    elif BUMPS.index(kind) < BUMPS.index(diff.bump):
        problems.append(f"the data change needs a {diff.bump} release; {old_version} → {args.version} is a {kind} bump")
    released = dt.date.today().isoformat()
    pending, corrections_text = corrections_for(args.version)
    previous = "none" if not tag else (tag if tag.startswith("v") else f"{old_version} at commit {tag[:12]}, untagged")
    print(f"release {args.version} (previous: {previous}; bump {kind}; the diff requires {diff.bump})")
    print(render(diff, "text", detail=False))
    print("plan:")
    for step in (f"set version {args.version} in src/steppe/__about__.py, CITATION.cff (date-released {released}), .zenodo.json",
                 f"stamp {len(pending)} unreleased correction(s) with {args.version}",
                 f"add the section '## {args.version} — {released}' to CHANGELOG.md",
                 "rebuild (datapackage.json and Parquet metadata carry the version)",
                 f"commit 'Release {args.version}' and tag v{args.version} (annotated)"):
        print(f"  - {step}")
    if problems:
        print("refused:" if not args.dry_run else "would refuse:")
        for p in problems:
            print(f"  - {p}")
        return 0 if args.dry_run else 1
    if args.dry_run:
        return 0
    import yaml

    ABOUT.write_text(re.sub(r'__version__ = "[^"]+"', f'__version__ = "{args.version}"', ABOUT.read_text()))
    CFF.write_text(write_cff(args.version, released), encoding="utf-8")
    ZENODO.write_text(json.dumps(zenodo_from_cff(yaml.safe_load(CFF.read_text())), indent=2, ensure_ascii=False) + "\n")
    CORRECTIONS.write_text(corrections_text, encoding="utf-8")
    text = CHANGELOG.read_text(encoding="utf-8")
    head, _, rest = text.partition("## Unreleased")
    notes, _, older = rest.partition("\n## ")
    older = ("## " + older) if older else ""
    section = changelog_section(args.version, released, render(diff, "markdown"), pending, notes)
    CHANGELOG.write_text(head + "## Unreleased\n\n" + section + ("\n" + older if older else ""), encoding="utf-8")
    # The version is baked into the build, so rebuild in a fresh process that imports it.
    subprocess.run([sys.executable, "-m", "steppe.cli", "build"], cwd=ROOT, check=True)
    git("add", "-A")
    git("commit", "-m", f"Release {args.version}\n\n{render(diff, 'text', detail=False)}")
    git("tag", "-a", f"v{args.version}", "-m", f"STEPPE {args.version}")
    print(f"released {args.version}: commit and tag v{args.version} created")
    return 0


if __name__ == "__main__":
    sys.exit(main())
