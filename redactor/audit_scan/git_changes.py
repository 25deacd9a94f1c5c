"""Scanning what git changes add: `git diff REV` lines and the added lines of every commit in a range.

Only added lines count (a removed secret is not a new leak), each with its
path and its line number in the new version. Hunks are streamed from git's
output into the chunked scanner, so a huge change is never held whole, and
the consecutive added lines of one hunk are scanned together, so a private
key block added in one piece is seen whole.

`--git-log RANGE` matters because a secret committed once and removed later
is gone from the tree and from `git diff` of the endpoints, yet still in the
history anyone with the repository can read.
"""
from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator

from redactor.audit_scan.chunked_detection import PolicyScanner, SourceLine
from redactor.audit_scan.findings import AuditInputError, AuditReport, Finding, fingerprint_of, severity_for
from redactor.audit_scan.ignore_rules import ExcludeGlobs
from redactor.audit_scan.scanner import segment_kind_for

_HUNK_HEADER = re.compile(rb"^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@")
_COMMIT_MARKER = b"\x00commit "
# Options that make git's output the same whatever the user's configuration.
_GIT_OPTIONS = ["-c", "core.quotePath=false", "-c", "diff.noprefix=false", "-c", "color.ui=never"]
_DIFF_OPTIONS = ["--no-color", "--no-ext-diff", "--unified=0", "--src-prefix=a/", "--dst-prefix=b/"]


@dataclass(frozen=True, slots=True)
class AddedLine:
    path: str  # repository-relative, posix
    line: int  # line number in the new version of the file
    text: str  # without the leading "+", with a trailing "\n"
    hunk: int  # hunks are numbered in output order; lines of one hunk are consecutive
    commit: str | None


def scan_git_diff(revision: str, scanner: PolicyScanner, report: AuditReport, repo: str | Path = ".",
                  exclude: ExcludeGlobs | None = None) -> None:
    """Findings in the lines `git diff REVISION` adds (REVISION may be `A..B`)."""
    _check_revision(revision)
    command = ["git", *_GIT_OPTIONS, "-C", str(repo), "diff", *_DIFF_OPTIONS, revision, "--"]
    _scan_git_output(command, f"git diff {revision}", scanner, report, source="git-diff", exclude=exclude)


def scan_git_log(revision_range: str, scanner: PolicyScanner, report: AuditReport,
                 repo: str | Path = ".", exclude: ExcludeGlobs | None = None) -> None:
    """Findings in the lines each commit of `revision_range` added (e.g. `HEAD`, `main..feature`)."""
    _check_revision(revision_range)
    command = ["git", *_GIT_OPTIONS, "-C", str(repo), "log", "-p", *_DIFF_OPTIONS,
               "--format=tformat:%x00commit %H", revision_range, "--"]
    _scan_git_output(command, f"git log {revision_range}", scanner, report, source="git-log", exclude=exclude)


def parse_added_lines(output: IO[bytes], report: AuditReport) -> Iterator[AddedLine]:
    """Added lines from `git diff`/`git log -p` output (unified=0), streamed."""
    path: str | None = None
    commit: str | None = None
    new_line = 0
    hunk = 0
    in_header = False
    files: set[tuple[str | None, str]] = set()
    for raw in output:
        if raw.startswith(_COMMIT_MARKER):
            commit = raw[len(_COMMIT_MARKER):].strip().decode("ascii", "replace")
            path, in_header = None, False
            continue
        if raw.startswith(b"diff --git "):
            path, in_header = None, True
            continue
        if in_header:
            # File header lines ("+++ b/path", "index ...") until the first hunk.
            if not raw.startswith(b"@@"):
                if raw.startswith(b"+++ "):
                    path = _new_path(raw[4:].rstrip(b"\r\n"))
                elif raw.startswith(b"Binary files "):
                    report.stats.binary_skipped += 1
                continue
            in_header = False
        if raw.startswith(b"@@"):
            match = _HUNK_HEADER.match(raw)
            if match is None:
                continue
            new_line = int(match.group(1))
            hunk += 1
            report.stats.records_scanned += 1
            if path is not None and (commit, path) not in files:
                files.add((commit, path))
                report.stats.files_scanned += 1
            continue
        if path is None or not raw.startswith(b"+"):
            continue  # removed lines, "\ No newline at end of file", deleted files
        text = raw[1:].decode("utf-8", "replace")
        if not text.endswith("\n"):
            text += "\n"
        report.stats.bytes_scanned += len(raw) - 1
        yield AddedLine(path, new_line, text, hunk, commit)
        new_line += 1


def _scan_git_output(command: list[str], what: str, scanner: PolicyScanner, report: AuditReport,
                     source: str, exclude: ExcludeGlobs | None = None) -> None:
    if shutil.which("git") is None:
        raise AuditInputError("git is not installed (needed for --git-diff / --git-log)")
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, stdin=subprocess.DEVNULL)
        try:
            assert process.stdout is not None
            added = parse_added_lines(process.stdout, report)
            for _, lines in itertools.groupby(added, key=lambda item: item.hunk):
                first = next(lines)
                if exclude and exclude.matches(first.path):
                    continue  # the rest of the hunk is consumed by groupby
                hunk_lines = itertools.chain([first], lines)
                source_lines = (SourceLine(item.text, item.line) for item in hunk_lines)
                for located in scanner.scan_lines(source_lines, segment_kind_for(Path(first.path))):
                    report.findings.append(Finding(
                        path=first.path, line=located.line, column=located.column,
                        end_line=located.end_line, end_column=located.end_column, kind=located.kind,
                        category=located.category, severity=severity_for(located.kind, located.category),
                        action=located.action, score=located.score, masked=located.masked,
                        fingerprint=fingerprint_of(located.kind, first.path, located.value_hash),
                        source=source, commit=first.commit))
        finally:
            if process.stdout is not None:
                process.stdout.close()
            returncode = process.wait()
        if returncode != 0:
            errors.seek(0)
            message = errors.read(4096).decode("utf-8", "replace").strip().splitlines()
            detail = message[0] if message else f"exit code {returncode}"
            raise AuditInputError(f"{what} failed: {detail.removeprefix('fatal: ')}")


def _check_revision(revision: str) -> None:
    if not revision or revision.startswith("-") or any(ch.isspace() or ch == "\0" for ch in revision):
        raise AuditInputError(f"not a git revision: {revision!r}")


def _new_path(raw: bytes) -> str | None:
    text = raw.decode("utf-8", "replace")
    if text == "/dev/null":
        return None  # the file was deleted: nothing added
    if text.startswith('"') and text.endswith('"'):
        text = _unquote_c_style(text[1:-1])
    return text[2:] if text.startswith("b/") else text


def _unquote_c_style(text: str) -> str:
    # git quotes unusual paths C-style: \" \\ \t \n and octal bytes \303\251.
    raw = text.encode("utf-8")
    out = bytearray()
    index = 0
    escapes = {ord("n"): 10, ord("t"): 9, ord('"'): 34, ord("\\"): 92, ord("a"): 7, ord("b"): 8,
               ord("f"): 12, ord("r"): 13, ord("v"): 11}
    while index < len(raw):
        byte = raw[index]
        if byte == 92 and index + 1 < len(raw):
            following = raw[index + 1]
            if 48 <= following <= 55 and index + 3 < len(raw):
                out.append(int(raw[index + 1:index + 4], 8))
                index += 4
                continue
            out.append(escapes.get(following, following))
            index += 2
            continue
        out.append(byte)
        index += 1
    return out.decode("utf-8", "replace")
