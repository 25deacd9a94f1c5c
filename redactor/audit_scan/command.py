"""`redactor audit`: scan files, git changes and agent transcripts for content the policy would not let leave.

Exit codes: 0 no finding at or above `--fail-on`; 1 such findings exist (for
`--replay`: such findings would still leave under the policy); 2 usage or
input errors (missing path, bad revision, unreadable transcript, bad policy,
unreadable baseline).

For CI: `--profile` sets the scope and the confidence operating point
(profiles.py), `--exclude GLOB` skips paths, a `redactor:ignore` marker skips
findings on its line and the next, and `--baseline FILE` (written once with
`--write-baseline FILE`) accepts known findings so only new ones fail.
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
    fail_on: Optional[str] = typer.Option(None, "--fail-on",
                                          help="Exit 1 on findings at/above: critical, high, medium, low, none "
                                               "(default: the profile's, high)."),
    max_listed: int = typer.Option(200, "--max-listed", help="Findings listed in the table (JSON/SARIF have all)."),
    profile: str = typer.Option("full", "--profile",
                                help="full (everything, non-secrets at confidence >= 0.9) or ci-secrets "
                                     "(secrets only)."),
    min_confidence: Optional[float] = typer.Option(None, "--min-confidence", min=0.0, max=1.0,
                                                   help="Report findings at or above this confidence in every "
                                                        "category (overrides the profile; 0 = as the wire)."),
    exclude: Optional[list[str]] = typer.Option(None, "--exclude", metavar="GLOB",
                                                help="Skip paths matching GLOB, gitignore syntax (repeatable)."),
    baseline: Optional[str] = typer.Option(None, "--baseline", metavar="FILE",
                                           help="Accept the findings recorded in FILE: only new ones are listed "
                                                "and fail."),
    write_baseline: Optional[str] = typer.Option(None, "--write-baseline", metavar="FILE",
                                                 help="Record every finding of this run in FILE (fingerprints, "
                                                      "no values) and exit 0."),
) -> None:
    """Find secrets, personal data and internal identifiers the policy would not let leave.

    Severity: critical = private keys and cloud credentials; high = other secrets;
    medium = personal data; low = infrastructure and organisation names.
    Exit code: 1 when findings at or above --fail-on exist (for --replay: when such
    findings would still leave under the policy), 2 on usage errors, else 0.
    """
    chosen_profile = _profile(profile, min_confidence)
    threshold = _threshold(fail_on if fail_on is not None else chosen_profile.fail_on)
    if replay is not None:
        if paths or git_diff or git_log or transcript or sarif or baseline or write_baseline or exclude:
            _usage("--replay cannot be combined with paths, --git-diff, --git-log, --transcript, --sarif, "
                   "--baseline, --write-baseline or --exclude")
        _exit(_run_replay(replay, policy, threshold, json_output))
    if not (paths or git_diff or git_log or transcript):
        _usage("nothing to audit: give PATHs, --git-diff REV, --git-log RANGE, --transcript FILE or --replay FILE")
    for path in paths or []:
        if not Path(path).expanduser().exists():
            _usage(f"{path}: no such file or directory")
    if baseline and write_baseline:
        _usage("give either --baseline (compare) or --write-baseline (record), not both")
    from redactor.audit_scan.baseline import Baseline, Fingerprinter
    from redactor.audit_scan.ignore_rules import ExcludeGlobs

    loaded = _load_policy(policy)
    report = AuditReport(policy=loaded.name, profile=chosen_profile.describe())
    excluded = ExcludeGlobs(exclude or [])
    try:
        accepted = Baseline.read(baseline) if baseline else None
        fingerprinter = accepted.fingerprinter if accepted else (Fingerprinter.fresh() if write_baseline else None)
        scanner = _scanner(loaded, chosen_profile, fingerprinter)
        if paths:
            _scan_paths_with_progress(paths, scanner, report, excluded)
        if git_diff:
            from redactor.audit_scan.git_changes import scan_git_diff

            scan_git_diff(git_diff, scanner, report, repo, excluded)
        if git_log:
            from redactor.audit_scan.git_changes import scan_git_log

            scan_git_log(git_log, scanner, report, repo, excluded)
        for transcript_path in transcript or []:
            from redactor.audit_scan.transcript_scan import scan_transcript

            scan_transcript(transcript_path, scanner, report)
        report.stats.inline_ignored = scanner.suppressed.inline_ignored
        report.stats.below_confidence = scanner.suppressed.below_confidence
        if accepted is not None:
            report.findings, known = accepted.split(report.findings)
            report.stats.baselined = len(known)
        if write_baseline:
            from redactor.audit_scan.baseline import write_baseline as record_baseline

            recorded = record_baseline(write_baseline, report.findings, fingerprinter)
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
    if write_baseline:
        typer.echo(f"redactor audit: wrote baseline {write_baseline} ({len(report.findings)} finding(s), "
                   f"{recorded} fingerprint(s), no values)", err=True)
        _exit(0)
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


def _scan_paths_with_progress(paths: list[str], scanner, report: AuditReport, exclude) -> None:
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    from redactor.audit_scan.scanner import collect_files, scan_files

    files = collect_files(paths, report, exclude)
    total = sum(entry.size for entry in files)
    stderr = _console(stderr=True)
    columns = (TextColumn("scanning"), BarColumn(), DownloadColumn(), TextColumn("{task.fields[files]} files"),
               TimeRemainingColumn())
    with Progress(*columns, console=stderr, transient=True, disable=not stderr.is_terminal) as progress:
        task = progress.add_task("scan", total=total or None, files=len(files))
        scan_files(files, scanner, report, progress=lambda amount: progress.advance(task, amount))


def _scanner(policy, profile, fingerprinter):
    from redactor.audit_scan.chunked_detection import PolicyScanner

    try:
        return PolicyScanner.from_policy(policy, profile=profile, fingerprinter=fingerprinter)
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


def _profile(name: str, min_confidence: float | None):
    from redactor.audit_scan.profiles import profile_named

    try:
        chosen = profile_named(name)
    except ValueError as exc:
        _usage(str(exc))
    return chosen if min_confidence is None else chosen.with_min_confidence(min_confidence)


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
