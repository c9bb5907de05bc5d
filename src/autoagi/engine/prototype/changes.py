"""What changed between two versions of a generated app, and what the change can affect.

``diff_files`` compares two file maps. What a changed file can affect is the target's knowledge:
its ``classify_changes`` turns a diff into a ``ChangeImpact`` (which requirements, test
parameters and endpoints to check again, or why everything must be checked again).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from autoagi.engine.prototype.files import FileMap


@dataclass(frozen=True)
class FileDiff:
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    modified: tuple[str, ...] = ()
    unchanged: int = 0

    @property
    def changed(self) -> tuple[str, ...]:
        return tuple(sorted(self.added + self.removed + self.modified))

    def summary(self) -> dict[str, Any]:
        return {
            "added": list(self.added),
            "removed": list(self.removed),
            "modified": list(self.modified),
            "changed": len(self.changed),
            "unchanged": self.unchanged,
        }


def diff_files(old: FileMap, new: FileMap) -> FileDiff:
    return FileDiff(
        added=tuple(sorted(set(new) - set(old))),
        removed=tuple(sorted(set(old) - set(new))),
        modified=tuple(sorted(path for path in set(old) & set(new) if old[path] != new[path])),
        unchanged=sum(1 for path in set(old) & set(new) if old[path] == new[path]),
    )


def unified_diff(old: FileMap, new: FileMap, context: int = 3) -> str:
    """A patch from ``old`` to ``new`` (binary files are named, not shown)."""
    parts: list[str] = []
    for path in diff_files(old, new).changed:
        before, after = old.get(path, b""), new.get(path, b"")
        try:
            before_lines = before.decode("utf-8").splitlines(keepends=True)
            after_lines = after.decode("utf-8").splitlines(keepends=True)
        except UnicodeDecodeError:
            parts.append(f"Binary file {path} changed\n")
            continue
        source = f"a/{path}" if path in old else "/dev/null"
        target = f"b/{path}" if path in new else "/dev/null"
        lines = difflib.unified_diff(before_lines, after_lines, source, target, n=context)
        parts.append(
            "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)
        )
    return "".join(parts)


@dataclass
class ChangeImpact:
    """What a change can affect, as the target sees it.

    ``shared``: changed parts every requirement may depend on (path or part → why); any entry
    means a full validation. Otherwise ``requirements`` (id → why) are checked again, with the
    parametrized tests whose ``test_parameters`` take one of the listed values and the smoke test
    of ``endpoints`` ("GET /api/pets") and of paths with one of ``endpoint_segments``.
    ``inert``: changed files no test or check reads (documentation, packaging).
    """

    shared: dict[str, str] = field(default_factory=dict)
    requirements: dict[str, str] = field(default_factory=dict)
    test_parameters: dict[str, list[str]] = field(default_factory=dict)
    endpoints: list[str] = field(default_factory=list)
    endpoint_segments: list[str] = field(default_factory=list)
    inert: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what else the target found, for the log

    def share(self, where: str, why: str) -> None:
        self.shared.setdefault(where, why)

    def touch(self, requirement_id: str, why: str) -> None:
        known = self.requirements.get(requirement_id)
        if known is None:
            self.requirements[requirement_id] = why
        elif why not in known.split("; "):
            self.requirements[requirement_id] = f"{known}; {why}"


ChangeClassifier = Callable[[FileMap, FileMap, FileDiff], ChangeImpact]
