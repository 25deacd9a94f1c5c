"""Leak audits: scan files, git changes and agent transcripts for content a policy would not let leave."""
from redactor.audit_scan.baseline import Baseline, Fingerprinter, write_baseline
from redactor.audit_scan.chunked_detection import LocatedSpan, PolicyScanner, SourceLine
from redactor.audit_scan.findings import (
    SEVERITIES,
    AuditInputError,
    AuditReport,
    Finding,
    ScanStats,
    severity_for,
)
from redactor.audit_scan.git_changes import scan_git_diff, scan_git_log
from redactor.audit_scan.profiles import PROFILES, AuditProfile, profile_named
from redactor.audit_scan.replay import ReplayReport, replay_transcript
from redactor.audit_scan.sarif import to_sarif
from redactor.audit_scan.scanner import collect_files, scan_files, scan_paths
from redactor.audit_scan.transcript_scan import scan_transcript
from redactor.audit_scan.transcripts import Transcript, read_transcript

__all__ = [
    "PROFILES",
    "SEVERITIES",
    "AuditInputError",
    "AuditProfile",
    "AuditReport",
    "Baseline",
    "Finding",
    "Fingerprinter",
    "LocatedSpan",
    "PolicyScanner",
    "ReplayReport",
    "ScanStats",
    "SourceLine",
    "Transcript",
    "collect_files",
    "profile_named",
    "read_transcript",
    "replay_transcript",
    "scan_files",
    "scan_git_diff",
    "scan_git_log",
    "scan_paths",
    "scan_transcript",
    "severity_for",
    "to_sarif",
    "write_baseline",
]
