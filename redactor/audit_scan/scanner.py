"""Scanning files and directory trees for content the policy would not let leave.

Directories are walked with .gitignore rules applied (ignore_rules.py) and .git
skipped; a file named explicitly is always scanned unless an `--exclude`
glob matches it (ignore_rules.ExcludeGlobs). Binary files (a NUL byte in
the first block) are skipped and counted, unreadable files are reported and
counted, and every file is streamed line by line in bounded pieces
(chunked_detection.py), so a huge file never sits in memory whole.
"""
from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Sequence

from redactor.audit_scan.chunked_detection import PolicyScanner, SourceLine
from redactor.audit_scan.findings import AuditInputError, AuditReport, Finding, fingerprint_of, severity_for
from redactor.audit_scan.ignore_rules import ExcludeGlobs, IgnoreRules

SNIFF_BYTES = 8192
# Files whose text is natural language: NER (names, places) runs on them; other
# files are scanned as code, where identifiers are not taken for people.
PROSE_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".rst", ".adoc", ".org"})

# Called with the number of bytes just processed, for progress display.
ProgressHook = Callable[[int], None]


@dataclass(frozen=True)
class FileToScan:
    path: Path  # absolute
    display: str  # how findings name it (relative to the working directory when inside it)
    size: int


def collect_files(paths: Sequence[str | Path], report: AuditReport,
                  exclude: ExcludeGlobs | None = None) -> list[FileToScan]:
    """Expand files and directories into the files to scan (gitignored and excluded ones are counted, not listed).

    Raises AuditInputError for a path that does not exist.
    """
    exclude = exclude or ExcludeGlobs()
    files: list[FileToScan] = []
    for given in paths:
        path = Path(given).expanduser()
        if not path.exists() and not path.is_symlink():
            raise AuditInputError(f"{given}: no such file or directory")
        if path.is_dir():
            files.extend(_walk(path, report, exclude))
        elif exclude.matches(_display(path), path.name):
            report.stats.excluded_skipped += 1
        else:
            files.append(_file_entry(path, report))
    return [entry for entry in files if entry is not None]


def scan_files(files: Sequence[FileToScan], scanner: PolicyScanner, report: AuditReport,
               progress: ProgressHook | None = None) -> None:
    """Scan each file, adding findings and counts to `report`."""
    for entry in files:
        _scan_file(entry, scanner, report, progress)


def scan_paths(paths: Sequence[str | Path], scanner: PolicyScanner, report: AuditReport,
               progress: ProgressHook | None = None, exclude: ExcludeGlobs | None = None) -> None:
    scan_files(collect_files(paths, report, exclude), scanner, report, progress)


def segment_kind_for(path: Path) -> str:
    return "prose" if path.suffix.lower() in PROSE_SUFFIXES else "code"


def _walk(root: Path, report: AuditReport, exclude: ExcludeGlobs) -> Iterator[FileToScan]:
    root = root.resolve()
    rules_by_dir = {root: IgnoreRules.for_directory(root)}
    for directory, dirnames, filenames in os.walk(root, onerror=lambda exc: _walk_error(exc, report)):
        current = Path(directory)
        rules = rules_by_dir.pop(current, None) or IgnoreRules.for_directory(current)
        kept = []
        for name in sorted(dirnames):
            child = current / name
            if child.is_symlink():
                continue  # never follow directory links: no loops, no escaping the tree
            if rules.is_ignored(child, is_dir=True):
                if name != ".git":
                    report.stats.ignored_skipped += 1
                continue
            if exclude and exclude.matches(_display(child), child.relative_to(root).as_posix(), is_dir=True):
                report.stats.excluded_skipped += 1
                continue
            kept.append(name)
            rules_by_dir[child] = rules.for_child(child)
        dirnames[:] = kept
        for name in sorted(filenames):
            child = current / name
            if child.is_symlink():
                continue
            if rules.is_ignored(child):
                report.stats.ignored_skipped += 1
                continue
            if exclude and exclude.matches(_display(child), child.relative_to(root).as_posix()):
                report.stats.excluded_skipped += 1
                continue
            entry = _file_entry(child, report)
            if entry is not None:
                yield entry


def _walk_error(exc: OSError, report: AuditReport) -> None:
    report.stats.unreadable.append(f"{_display(Path(exc.filename or '?'))}: {exc.strerror or type(exc).__name__}")


def _file_entry(path: Path, report: AuditReport) -> FileToScan | None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        report.stats.unreadable.append(f"{_display(path)}: {exc.strerror or type(exc).__name__}")
        return None
    return FileToScan(path.resolve(), _display(path), size)


def _display(path: Path) -> str:
    absolute = path.resolve() if path.exists() else path.absolute()
    try:
        return absolute.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return absolute.as_posix()


def _scan_file(entry: FileToScan, scanner: PolicyScanner, report: AuditReport,
               progress: ProgressHook | None) -> None:
    stats = report.stats
    try:
        with open(entry.path, "rb") as raw:
            head = raw.read(SNIFF_BYTES)
            if b"\0" in head:
                stats.binary_skipped += 1
                if progress:
                    progress(entry.size)
                return
            raw.seek(0)
            text = io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="\n")
            lines = _LineReader(text, scanner.chunk_chars, progress)
            for located in scanner.scan_lines(lines, segment_kind_for(entry.path)):
                report.findings.append(Finding(
                    path=entry.display, line=located.line, column=located.column,
                    end_line=located.end_line, end_column=located.end_column, kind=located.kind,
                    category=located.category, severity=severity_for(located.kind, located.category),
                    action=located.action, score=located.score, masked=located.masked,
                    fingerprint=fingerprint_of(located.kind, entry.display, located.value_hash), source="file"))
    except OSError as exc:
        stats.unreadable.append(f"{entry.display}: {exc.strerror or type(exc).__name__}")
        return
    except Exception as exc:  # a detector failure must not be mistaken for "clean"
        stats.unreadable.append(f"{entry.display}: scan failed ({type(exc).__name__})")
        return
    stats.files_scanned += 1
    stats.bytes_scanned += entry.size


class _LineReader:
    """Iterates a text file as SourceLines, at most `limit` characters per piece."""

    def __init__(self, text: io.TextIOBase, limit: int, progress: ProgressHook | None) -> None:
        self._text = text
        self._limit = limit
        self._progress = progress

    def __iter__(self) -> Iterator[SourceLine]:
        line, column = 1, 1
        pending = 0
        while True:
            piece = self._text.readline(self._limit)
            if not piece:
                break
            yield SourceLine(piece, line, column)
            if piece.endswith("\n"):
                line, column = line + 1, 1
            else:
                column += len(piece)
            pending += len(piece)
            if self._progress and pending >= 1 << 20:
                self._progress(pending)
                pending = 0
        if self._progress and pending:
            self._progress(pending)

