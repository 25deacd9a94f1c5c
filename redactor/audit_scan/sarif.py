"""SARIF 2.1.0 output for CI code scanning: one rule per finding kind, one result per finding.

Levels: critical and high -> error, medium -> warning, low -> note; each rule
also carries a numeric `security-severity` (the property GitHub code scanning
ranks alerts by). Columns are counted in Unicode code points (`columnKind`).
Messages carry the masked preview only, never a value.
"""
from __future__ import annotations

from typing import Any

from redactor.audit_scan.findings import AuditReport, Finding

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note"}
_SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.0", "low": "2.0"}


def to_sarif(report: AuditReport, tool_version: str = "0.1.0") -> dict[str, Any]:
    """The report as a SARIF log (a JSON-ready dict)."""
    rules: list[dict[str, Any]] = []
    rule_index: dict[str, int] = {}
    for finding in report.findings:
        if finding.kind not in rule_index:
            rule_index[finding.kind] = len(rules)
            rules.append(_rule(finding))
        else:
            _raise_rule_severity(rules[rule_index[finding.kind]], finding)
    results = [_result(finding, rule_index[finding.kind]) for finding in report.findings]
    notifications = [{"level": "warning", "message": {"text": f"not scanned: {entry}"}}
                     for entry in report.stats.unreadable]
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "redactor",
            "version": tool_version,
            "rules": rules,
        }},
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notifications}],
        "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The directory the audit ran in."}}},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"policy": report.policy},
    }
    return {"$schema": SARIF_SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}


def _rule(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.kind,
        "name": _rule_name(finding.kind),
        "shortDescription": {"text": f"{finding.kind.replace('_', ' ').lower()} ({finding.category}) "
                                     "that the policy would not let leave"},
        "defaultConfiguration": {"level": _LEVEL[finding.severity]},
        "properties": {"category": finding.category, "severity": finding.severity,
                       "security-severity": _SECURITY_SEVERITY[finding.severity],
                       "tags": ["security", "privacy", finding.category]},
    }


def _raise_rule_severity(rule: dict[str, Any], finding: Finding) -> None:
    # One kind can in principle come in two categories; the rule shows the worst.
    if float(_SECURITY_SEVERITY[finding.severity]) > float(rule["properties"]["security-severity"]):
        rule["properties"]["severity"] = finding.severity
        rule["properties"]["security-severity"] = _SECURITY_SEVERITY[finding.severity]
        rule["defaultConfiguration"]["level"] = _LEVEL[finding.severity]


def _result(finding: Finding, index: int) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": finding.line}
    if finding.column is not None:
        region["startColumn"] = finding.column
        region["endLine"] = finding.end_line
        if finding.end_column is not None:
            region["endColumn"] = finding.end_column
    where = f" in {finding.position} ({finding.field})" if finding.position else ""
    commit = f" added by commit {finding.commit[:12]}" if finding.commit else ""
    result: dict[str, Any] = {
        "ruleId": finding.kind,
        "ruleIndex": index,
        "level": _LEVEL[finding.severity],
        "message": {"text": f"{finding.kind} ({finding.severity}): {finding.masked}{where}{commit}; "
                            f"policy action: {finding.action}"},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": _uri(finding.path), "uriBaseId": "%SRCROOT%"}
            if not finding.path.startswith("/") else {"uri": "file://" + _uri(finding.path)},
            "region": region,
        }}],
        "properties": {"severity": finding.severity, "category": finding.category, "source": finding.source},
    }
    if finding.commit:
        result["properties"]["commit"] = finding.commit
    if finding.fingerprint:
        # The baseline's keyed fingerprint: code-scanning tools track a result across line moves by it.
        result["partialFingerprints"] = {"redactorFinding/v1": finding.fingerprint}
    return result


def _rule_name(kind: str) -> str:
    return "".join(part.capitalize() for part in kind.split("_")) or "Finding"


def _uri(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/:@-._~")
