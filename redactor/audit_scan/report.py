"""Human-readable audit output (rich): summary tables, finding locations with masked values."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from redactor.audit_scan.findings import AuditReport, Finding
from redactor.audit_scan.replay import ReplayReport

_SEVERITY_STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan"}


def print_report(report: AuditReport, console: Console, fail_on: str | None,
                 max_listed: int | None = None) -> None:
    stats = report.stats
    summary = Table(title=f"redactor audit — policy {report.policy}, profile {report.profile}", show_header=True)
    summary.add_column("severity")
    summary.add_column("findings", justify="right")
    for severity, count in report.by_severity().items():
        summary.add_row(f"[{_SEVERITY_STYLE[severity]}]{severity}[/]", str(count))
    summary.add_row("[bold]total[/]", f"[bold]{len(report.findings)}[/]")
    console.print(summary)
    if report.findings:
        kinds = Table(show_header=True)
        kinds.add_column("kind")
        kinds.add_column("category")
        kinds.add_column("count", justify="right")
        categories = {finding.kind: finding.category for finding in report.findings}
        for kind, count in report.by_kind().items():
            kinds.add_row(kind, categories[kind], str(count))
        console.print(kinds)
        listed = report.findings if max_listed is None else report.findings[:max_listed]
        console.print("[bold]findings[/] (values masked)")
        # One line per finding starting "path:line:col", so editors and terminals
        # can jump to it; the other fields in columns as wide as their longest entry.
        location_width = max(len(_location(finding)) for finding in listed)
        kind_width = max(len(finding.kind) for finding in listed)
        masked_width = min(max(len(finding.masked) for finding in listed), 44)
        for finding in listed:
            style = _SEVERITY_STYLE[finding.severity]
            console.print(f"  {escape(_location(finding)):<{location_width}}  [{style}]{finding.severity:<8}[/]  "
                          f"{finding.kind:<{kind_width}}  {escape(finding.masked):<{masked_width}}  "
                          f"[dim]{finding.action}; {escape(_where(finding))}[/]",
                          highlight=False, soft_wrap=True)
        if len(listed) < len(report.findings):
            console.print(f"  ... and {len(report.findings) - len(listed)} more (use --json for all)")
    if report.logged_requests:
        logged = Table(show_header=True, title="requests in the proxy audit log (kinds and counts only)")
        for name in ("line", "request", "route", "detections", "total"):
            logged.add_column(name, overflow="fold")
        for event in report.logged_requests:
            detections = ", ".join(f"{kind}×{count}" for kind, count in sorted(event["detections"].items()))
            logged.add_row(str(event.get("line", "")), str(event.get("request_id", "")),
                           str(event.get("route", "")), detections or "-", str(event["total"]))
        console.print(logged)
    console.print(
        f"scanned {stats.files_scanned} file(s), {stats.bytes_scanned} bytes; "
        f"skipped {stats.binary_skipped} binary, {stats.ignored_skipped} gitignored, "
        f"{stats.excluded_skipped} excluded; {len(stats.unreadable)} unreadable", highlight=False)
    not_listed = [(stats.baselined, "accepted by the baseline"),
                  (stats.inline_ignored, "marked redactor:ignore"),
                  (stats.below_confidence, "below the profile's confidence (--min-confidence 0 lists them)")]
    for count, reason in not_listed:
        if count:
            console.print(f"not listed: {count} finding(s) {reason}", highlight=False)
    for entry in stats.unreadable:
        console.print(f"[yellow]unreadable:[/] {entry}", highlight=False)
    failing = report.failing(fail_on)
    if failing:
        console.print(f"[bold red]{len(failing)} finding(s) at or above '{fail_on}'[/]")


def print_replay(replay: ReplayReport, console: Console) -> None:
    table = Table(title=f"replay of {replay.transcript} — policy {replay.policy}: "
                        "sensitive findings that would leave the machine", show_header=True)
    table.add_column("position")
    table.add_column("without policy", justify="right")
    table.add_column("with policy", justify="right")
    document = replay.to_json(None)
    for position, counts in document["positions"].items():
        table.add_row(position, str(counts["without_policy"]), str(counts["with_policy"]))
    totals = document["totals"]
    table.add_row("[bold]total[/]", f"[bold]{totals['without_policy']}[/]", f"[bold]{totals['with_policy']}[/]")
    table.add_row("distinct values", str(totals["distinct_without_policy"]), str(totals["distinct_with_policy"]))
    console.print(table)
    routes = ", ".join(f"{route}: {count}" for route, count in sorted(replay.routes.items()))
    console.print(f"{replay.requests} request(s) replayed ({routes or 'none'}); "
                  f"{replay.placeholders_issued} placeholder(s) issued", highlight=False)
    if replay.leaked_kinds:
        leaked = ", ".join(f"{kind}×{count}" for kind, count in replay.leaked_kinds.most_common())
        console.print(f"[yellow]still sent under the policy:[/] {leaked}", highlight=False)
    for error in replay.errors:
        console.print(f"[yellow]refused:[/] {error}", highlight=False)


def _location(finding: Finding) -> str:
    if finding.column is None:
        return f"{finding.path}:{finding.line}"
    return f"{finding.path}:{finding.line}:{finding.column}"


def _where(finding: Finding) -> str:
    if finding.commit:
        return f"commit {finding.commit[:12]}"
    if finding.position:
        return f"{finding.position} {finding.field or ''}".strip()
    return finding.source
