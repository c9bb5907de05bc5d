"""Everything in one deterministic zip: each document format, screenshots and the prototype's files.

Layout::

    README.txt                     what is where
    report.md  report.pdf  report.docx  project.json  requirements.reqif  jira.csv  roadmap.ics
    screenshots/<name>.png
    prototype/<path>               the generated application, as handed in

A format whose artifact is missing (no roadmap → no calendar) is left out, and README says so.
"""

from __future__ import annotations

from .bundle import ProjectBundle
from .deterministic_zip import build_zip
from .errors import MissingArtifactError
from .formats import DOCUMENT_FORMATS
from .naming import check_member_path, slug


def _screenshot_member(name: str, taken: set[str]) -> str:
    base = slug(name, fallback="screenshot")
    member, counter = f"screenshots/{base}.png", 2
    while member in taken:
        member, counter = f"screenshots/{base}-{counter}.png", counter + 1
    taken.add(member)
    return member


def render_zip(bundle: ProjectBundle) -> bytes:
    members: list[tuple[str, bytes]] = []
    readme = [f"{bundle.title}: project export generated {bundle.generated_at_utc.isoformat()}", ""]
    for spec in DOCUMENT_FORMATS:
        try:
            members.append((spec.member, spec.render(bundle)))
            readme.append(f"{spec.member}: {spec.description}")
        except MissingArtifactError as missing:
            readme.append(f"({spec.member} left out: {missing})")
    taken: set[str] = set()
    for name in sorted(bundle.screenshots):
        member = _screenshot_member(name, taken)
        members.append((member, bundle.screenshots[name]))
        readme.append(f"{member}: prototype screenshot '{name}'")
    if bundle.prototype_files:
        readme.append(f"prototype/: the generated prototype ({len(bundle.prototype_files)} files)")
        members += [
            (check_member_path(f"prototype/{path}"), content) for path, content in bundle.prototype_files.items()
        ]
    members.append(("README.txt", ("\n".join(readme) + "\n").encode("utf-8")))
    return build_zip(members, bundle.generated_at_utc)
