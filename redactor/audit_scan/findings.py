"""Audit findings: where content the policy would not let leave was found, and how bad it is.

A `Finding` never holds a sensitive value, only a masked preview
(`redactor.masking.mask_value`). Severity is derived from the kind and category:

| severity | what                                                                 |
|----------|----------------------------------------------------------------------|
| critical | private keys and cloud-provider credentials (AWS, GCP, Azure, ...)   |
| high     | every other secret (API tokens, passwords, connection strings, JWTs) |
| medium   | personal data (emails, phone numbers, card numbers, names, ...)      |
| low      | internal infrastructure and organisation terms                        |
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

SEVERITIES = ("low", "medium", "high", "critical")

# Kinds whose name says "cloud credential": a leak hands over an account.
_CLOUD_KIND_PREFIXES = (
    "AWS_", "GCP_", "GOOGLE_CLOUD", "GOOGLE_SERVICE_ACCOUNT", "AZURE_", "DIGITALOCEAN_",
    "ALIBABA_", "IBM_CLOUD", "ORACLE_CLOUD", "HEROKU_", "CLOUDFLARE_",
)
_CRITICAL_KIND_PARTS = ("PRIVATE_KEY", "SERVICE_ACCOUNT")
_CATEGORY_SEVERITY = {"secret": "high", "pii": "medium", "infra": "low", "org": "low"}
# Categories that are not sensitive content: placeholder look-alikes typed by a user.
IGNORED_CATEGORIES = frozenset({"placeholder"})


class AuditInputError(ValueError):
    """Bad audit input (missing path, unknown transcript format, bad revision). One clear line."""


def severity_for(kind: str, category: str) -> str:
    """The severity of a finding of `kind` in `category` (see the module table)."""
    upper = kind.upper()
    if category == "secret":
        if any(part in upper for part in _CRITICAL_KIND_PARTS) or upper.startswith(_CLOUD_KIND_PREFIXES):
            return "critical"
        return "high"
    if "PRIVATE_KEY" in upper:
        return "critical"
    return _CATEGORY_SEVERITY.get(category, "low")


def fingerprint_of(kind: str, path: str, value_hash: str) -> str | None:
    """A finding's identity for baselines (redactor.audit_scan.baseline): no line, no value in clear.

    `value_hash` is the keyed hash of the value; without one there is no fingerprint.
    """
    if not value_hash:
        return None
    return hashlib.sha256(f"{kind}\0{path}\0{value_hash}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def severity_rank(severity: str) -> int:
    """0 (low) .. 3 (critical); raises ValueError for an unknown name."""
    return SEVERITIES.index(severity)


def at_or_above(severity: str, threshold: str) -> bool:
    return severity_rank(severity) >= severity_rank(threshold)


@dataclass(frozen=True)
class Finding:
    """One sensitive item found by an audit. `masked` is the only trace of the value."""

    path: str  # file (relative to the scan root when possible) or transcript path
    line: int  # 1-based
    column: int | None  # 1-based, in characters; None when no file column exists (transcripts)
    end_line: int
    end_column: int | None
    kind: str
    category: str
    severity: str
    action: str  # what the policy does with it: redact, block, local
    score: float
    masked: str
    source: str = "file"  # file, git-diff, git-log, transcript
    commit: str | None = None  # git-log findings: the commit that added the line
    position: str | None = None  # transcripts: system, user, assistant, tool_arguments, tool_result
    field: str | None = None  # transcripts: where in the record (e.g. "message.content[1].input.command")
    fingerprint: str | None = None  # set when a baseline is read or written (see fingerprint_of)

    def to_dict(self) -> dict[str, Any]:
        # Location keys are always present (column may be null); context keys only when known.
        return {key: value for key, value in asdict(self).items()
                if value is not None or key not in _OPTIONAL_CONTEXT}


_OPTIONAL_CONTEXT = frozenset({"commit", "position", "field", "fingerprint"})


@dataclass
class ScanStats:
    """What was looked at, skipped or could not be read."""

    files_scanned: int = 0
    bytes_scanned: int = 0
    binary_skipped: int = 0
    ignored_skipped: int = 0
    unreadable: list[str] = field(default_factory=list)  # "path: reason" (no content)
    records_scanned: int = 0  # transcript records / diff hunks
    excluded_skipped: int = 0  # files (and directories) matched by --exclude
    inline_ignored: int = 0  # findings suppressed by a `redactor:ignore` marker
    below_confidence: int = 0  # findings under the profile's confidence (the precision operating point)
    baselined: int = 0  # findings accepted by the --baseline file (not listed, never failing)

    def to_dict(self) -> dict[str, Any]:
        return {
            "files_scanned": self.files_scanned,
            "bytes_scanned": self.bytes_scanned,
            "binary_skipped": self.binary_skipped,
            "ignored_skipped": self.ignored_skipped,
            "unreadable_count": len(self.unreadable),
            "unreadable": list(self.unreadable),
            "records_scanned": self.records_scanned,
            "excluded_skipped": self.excluded_skipped,
            "inline_ignored": self.inline_ignored,
            "below_confidence": self.below_confidence,
            "baselined": self.baselined,
        }


@dataclass
class AuditReport:
    """Everything one `redactor audit` run found."""

    policy: str
    profile: str = "full"
    findings: list[Finding] = field(default_factory=list)
    stats: ScanStats = field(default_factory=ScanStats)
    # Proxy audit-log transcripts: one summary per logged request (kinds and counts only).
    logged_requests: list[dict[str, Any]] = field(default_factory=list)

    def by_severity(self) -> dict[str, int]:
        counts = Counter(finding.severity for finding in self.findings)
        return {severity: counts.get(severity, 0) for severity in reversed(SEVERITIES)}

    def by_kind(self) -> dict[str, int]:
        return dict(Counter(finding.kind for finding in self.findings).most_common())

    def failing(self, fail_on: str | None) -> list[Finding]:
        """Findings at or above `fail_on` (None: never fail)."""
        if fail_on is None:
            return []
        return [finding for finding in self.findings if at_or_above(finding.severity, fail_on)]

    def summary(self, fail_on: str | None) -> dict[str, Any]:
        return {
            "policy": self.policy,
            "profile": self.profile,
            "total": len(self.findings),
            "by_severity": self.by_severity(),
            "by_kind": self.by_kind(),
            "fail_on": fail_on or "none",
            "failed": bool(self.failing(fail_on)),
            **self.stats.to_dict(),
            "logged_requests": len(self.logged_requests),
        }

    def to_json(self, fail_on: str | None) -> dict[str, Any]:
        document: dict[str, Any] = {
            "findings": [finding.to_dict() for finding in self.findings],
            "summary": self.summary(fail_on),
        }
        if self.logged_requests:
            document["logged_requests"] = list(self.logged_requests)
        return document
