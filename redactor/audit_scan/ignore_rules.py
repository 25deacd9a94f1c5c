"""Which paths a directory scan skips: .gitignore rules (via pathspec) and .git itself.

Rules are collected the way git applies them: every .gitignore from the
repository root down to the directory being looked at, plus .git/info/exclude,
each pattern relative to the directory of the file that holds it; the deepest
matching pattern wins (so `!keep.env` can re-include a file).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pathspec

SKIPPED_DIRECTORIES = frozenset({".git"})


@dataclass(frozen=True)
class _Rules:
    base: Path
    spec: pathspec.GitIgnoreSpec


class IgnoreRules:
    """The ignore rules in force in one directory; `for_child` descends."""

    def __init__(self, rules: tuple[_Rules, ...] = ()) -> None:
        self._rules = rules

    @classmethod
    def for_directory(cls, directory: Path) -> "IgnoreRules":
        """Rules for `directory`, including those of enclosing directories up to the repository root."""
        directory = directory.resolve()
        chain = [directory, *directory.parents]
        repo_root = next((candidate for candidate in chain if (candidate / ".git").exists()), None)
        if repo_root is None:
            return cls().for_child(directory)
        rules = cls()
        exclude = repo_root / ".git" / "info" / "exclude"
        if exclude.is_file():
            rules = rules._with_file(repo_root, exclude)
        # Enclosing directories from the repository root down to `directory`.
        for ancestor in reversed(chain[: chain.index(repo_root) + 1]):
            rules = rules.for_child(ancestor)
        return rules

    def for_child(self, directory: Path) -> "IgnoreRules":
        """Rules in force inside `directory` (adds its own .gitignore, if any)."""
        ignore_file = directory / ".gitignore"
        if ignore_file.is_file():
            return self._with_file(directory, ignore_file)
        return self

    def is_ignored(self, path: Path, is_dir: bool = False) -> bool:
        if is_dir and path.name in SKIPPED_DIRECTORIES:
            return True
        ignored = False
        for rules in self._rules:
            try:
                relative = path.relative_to(rules.base).as_posix()
            except ValueError:
                continue
            result = rules.spec.check_file(relative + "/" if is_dir else relative)
            if result.include is not None:
                ignored = result.include
        return ignored

    def _with_file(self, base: Path, ignore_file: Path) -> "IgnoreRules":
        try:
            lines = ignore_file.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return self  # an unreadable .gitignore ignores nothing: scan more, never less
        return IgnoreRules((*self._rules, _Rules(base, pathspec.GitIgnoreSpec.from_lines(lines))))


class ExcludeGlobs:
    """`--exclude GLOB` patterns (gitignore syntax: `docs/`, `*.lock`, `**/fixtures/**`).

    A path is excluded when any of the names it goes by matches: as the audit
    prints it (relative to the working directory) or relative to the scanned
    root (or the repository, for git changes).
    """

    def __init__(self, patterns: tuple[str, ...] | list[str] = ()) -> None:
        self.patterns = tuple(pattern for pattern in patterns if pattern.strip())
        self._spec = pathspec.GitIgnoreSpec.from_lines(self.patterns) if self.patterns else None

    def __bool__(self) -> bool:
        return self._spec is not None

    def matches(self, *names: str, is_dir: bool = False) -> bool:
        if self._spec is None:
            return False
        suffix = "/" if is_dir else ""
        return any(self._spec.match_file(name.lstrip("/") + suffix) for name in names if name)
