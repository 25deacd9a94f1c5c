"""`redactor audit`: scan files, git changes and agent transcripts for content the policy would not let leave.

Exit codes: 0 no finding at or above `--fail-on`; 1 such findings exist (for
`--replay`: such findings would still leave under the policy); 2 usage or
input errors (missing path, bad revision, unreadable transcript, bad policy).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from redactor.audit_scan.findings import SEVERITIES, AuditInputError, AuditReport

EXIT_FINDINGS = 1
EXIT_USAGE = 2
_FAIL_ON_CHOICES = (*SEVERITIES, "none")


def audit_command(
    paths: Optional[list[str]] = typer.Argument(None, help="Files and directories to scan (.gitignore respected)."),
    policy: str = typer.Option("default", "--policy", "-p", help="Policy name or YAML file."),
    git_diff: Optional[str] = typer.Option(None, "--git-diff", metavar="REV",
                                           help="Scan the lines `git diff REV` adds (REV may be A..B)."),
    git_log: Optional[str] = typer.Option(None, "--git-log", metavar="RANGE",
                                          help="Scan the lines every commit in RANGE added (e.g. HEAD)."),
    repo: str = typer.Option(".", "--repo", help="Git repository for --git-diff / --git-log."),
    transcript: Optional[list[str]] = typer.Option(None, "--transcript", metavar="FILE",
                                                   help="Agent transcript or request/audit log (repeatable)."),
    replay: Optional[str] = typer.Option(None, "--replay", metavar="TRANSCRIPT",
                                         help="Replay a session through the pipeline: leaks with vs without the policy."),
    json_output: bool = typer.Option(False, "--json", help="Print {findings, summary} as JSON on stdout."),
    sarif: Optional[str] = typer.Option(None, "--sarif", metavar="FILE", help="Also write SARIF 2.1.0 to FILE."),
    fail_on: str = typer.Option("high", "--fail-on", help="Exit 1 on findings at/above: critical, high, medium, low, none."),
    max_listed: int = typer.Option(200, "--max-listed", help="Findings listed in the table (JSON/SARIF have all)."),
) -> None:
    """Find secrets, personal data and internal identifiers the policy would not let leave.

    Severity: critical = private keys and cloud credentials; high = other secrets;
    medium = personal data; low = infrastructure and organisation names.
    Exit code: 1 when findings at or above --fail-on exist (for --replay: when such
    findings would still leave under the policy), 2 on usage errors, else 0.
    """
    threshold = _threshold(fail_on)
    if replay is not None:
        if paths or git_diff or git_log or transcript or sarif:
            _usage("--replay cannot be combined with paths, --git-diff, --git-log, --transcript or --sarif")
        _exit(_run_replay(replay, policy, threshold, json_output))
    if not (paths or git_diff or git_log or transcript):
        _usage("nothing to audit: give PATHs, --git-diff REV, --git-log RANGE, --transcript FILE or --replay FILE")
    for path in paths or []:
        if not Path(path).expanduser().exists():
            _usage(f"{path}: no such file or directory")
    loaded = _load_policy(policy)
    report = AuditReport(policy=loaded.name)
    try:
        scanner = _scanner(loaded)
        if paths:
            _scan_paths_with_progress(paths, scanner, report)
        if git_diff:
            from redactor.audit_scan.git_changes import scan_git_diff

            scan_git_diff(git_diff, scanner, report, repo)
        if git_log:
            from redactor.audit_scan.git_changes import scan_git_log

            scan_git_log(git_log, scanner, report, repo)
        for transcript_path in transcript or []:
            from redactor.audit_scan.transcript_scan import scan_transcript

            scan_transcript(transcript_path, scanner, report)
    except AuditInputError as exc:
        _usage(str(exc))
    if sarif:
        _write_sarif(report, sarif)
    if json_output:
        sys.stdout.write(json.dumps(report.to_json(threshold), ensure_ascii=False, indent=2) + "\n")
        sys.stdout.flush()
    else:
        from redactor.audit_scan.report import print_report

        print_report(report, _console(), threshold, max_listed=max_listed)
    _exit(EXIT_FINDINGS if report.failing(threshold) else 0)


def _run_replay(path: str, policy: str, threshold: str | None, json_output: bool) -> int:
    from redactor.audit_scan.replay import replay_transcript
    from redactor.audit_scan.transcripts import read_transcript
    from redactor.runtime import build_pipeline

    loaded = _load_policy(policy)
    try:
        transcript = read_transcript(path)
    except AuditInputError as exc:
        _usage(str(exc))
    if not transcript.sessions and not transcript.logged_requests:
        _usage(f"{path}: nothing to replay (audit-log events hold no text; use --transcript to summarise them)")
    try:
        # A memory vault: the replay must not write into the user's real vault.
        pipeline = build_pipeline(loaded, vault_url="memory://")
    except Exception as exc:  # vault or detector set-up: one line, no traceback
        _usage(f"cannot build the pipeline for policy '{loaded.name}' ({type(exc).__name__}: {exc})")
    result = replay_transcript(transcript, pipeline)
    if json_output:
        sys.stdout.write(json.dumps(result.to_json(threshold), ensure_ascii=False, indent=2) + "\n")
        sys.stdout.flush()
    else:
        from redactor.audit_scan.report import print_replay

        print_replay(result, _console())
    return EXIT_FINDINGS if result.leaks_at_or_above(threshold) else 0


def _scan_paths_with_progress(paths: list[str], scanner, report: AuditReport) -> None:
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    from redactor.audit_scan.scanner import collect_files, scan_files

    files = collect_files(paths, report)
    total = sum(entry.size for entry in files)
    stderr = _console(stderr=True)
    columns = (TextColumn("scanning"), BarColumn(), DownloadColumn(), TextColumn("{task.fields[files]} files"),
               TimeRemainingColumn())
    with Progress(*columns, console=stderr, transient=True, disable=not stderr.is_terminal) as progress:
        task = progress.add_task("scan", total=total or None, files=len(files))
        scan_files(files, scanner, report, progress=lambda amount: progress.advance(task, amount))


def _scanner(policy):
    from redactor.audit_scan.chunked_detection import PolicyScanner

    try:
        return PolicyScanner.from_policy(policy)
    except Exception as exc:  # missing detector model etc.: one line, no traceback
        _usage(f"cannot set up the detectors of policy '{policy.name}' ({type(exc).__name__}: {exc})")


def _write_sarif(report: AuditReport, destination: str) -> None:
    from redactor.audit_scan.sarif import to_sarif

    try:
        Path(destination).write_text(json.dumps(to_sarif(report), indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    except OSError as exc:
        _usage(f"{destination}: cannot write SARIF ({exc.strerror or type(exc).__name__})")


def _load_policy(policy: str):
    from redactor.policy import PolicyError, load_policy

    try:
        return load_policy(policy)
    except PolicyError as exc:
        _usage(str(exc))


def _threshold(fail_on: str) -> str | None:
    value = fail_on.strip().lower()
    if value not in _FAIL_ON_CHOICES:
        _usage(f"--fail-on must be one of {', '.join(_FAIL_ON_CHOICES)}, not {fail_on!r}")
    return None if value == "none" else value


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr)


def _usage(message: str) -> None:
    typer.echo(f"redactor audit: {message}", err=True)
    _exit(EXIT_USAGE)


def _exit(code: int) -> None:
    # SystemExit rather than typer.Exit: click swallows Exit's code when the
    # app runs with standalone_mode=False (as redactor.cli.main does).
    raise SystemExit(code)
