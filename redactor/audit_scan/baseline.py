"""Audit baselines: accept today's findings so CI fails only on new ones.

A baseline file lists the findings of one audit by *fingerprint*, never by
value. A fingerprint is a keyed hash of (kind, path, value):

    value_hash  = HMAC-SHA256(key, value)          computed while scanning
    fingerprint = SHA-256(kind, path, value_hash)  stored in the baseline

The key is derived from a random salt stored in the baseline file and, when
the environment variable REDACTOR_AUDIT_BASELINE_KEY is set, from that secret
too. With the salt alone, someone holding the file can still test guesses of a
low-entropy value (a phone number) against it; set the environment key (a CI
secret) when that matters. A baseline written with the key cannot be read
without it (a clear error, never "everything is new").

Line numbers are not part of a fingerprint, so findings survive edits that
move them. The same value found twice in one file is two occurrences: the
baseline stores a count, and a third copy is new. Paths are as the audit
prints them (relative to the working directory), so run the audit from the
same directory that wrote the baseline.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from redactor.audit_scan.findings import AuditInputError, Finding

BASELINE_FORMAT = "redactor-audit-baseline"
BASELINE_VERSION = 1
KEY_ENVIRONMENT_VARIABLE = "REDACTOR_AUDIT_BASELINE_KEY"


class Fingerprinter:
    """Hashes values with the baseline's key; the hashes never leave the process except as fingerprints."""

    def __init__(self, salt: bytes, keyed: bool) -> None:
        secret = b""
        if keyed:
            environment_key = os.environ.get(KEY_ENVIRONMENT_VARIABLE)
            if not environment_key:
                raise AuditInputError(f"the baseline was written with {KEY_ENVIRONMENT_VARIABLE} set; "
                                      "set it to the same secret to read it")
            secret = environment_key.encode("utf-8")
        self.salt = salt
        self.keyed = keyed
        self._key = hashlib.sha256(b"redactor-audit-baseline\0" + salt + b"\0" + secret).digest()

    @classmethod
    def fresh(cls) -> "Fingerprinter":
        """A new random salt; keyed when the environment key is set."""
        return cls(secrets.token_bytes(16), keyed=bool(os.environ.get(KEY_ENVIRONMENT_VARIABLE)))

    def value_hash(self, value: str) -> str:
        return hmac.new(self._key, value.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


@dataclass
class Baseline:
    """Accepted findings: fingerprint -> how many occurrences were accepted."""

    fingerprinter: Fingerprinter
    accepted: Counter

    @classmethod
    def read(cls, path: str | Path) -> "Baseline":
        """Load a baseline file; raises AuditInputError with one clear line."""
        try:
            document = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise AuditInputError(f"{path}: baseline file not found (write one with --write-baseline)") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise AuditInputError(f"{path}: cannot read baseline ({type(exc).__name__})") from None
        except json.JSONDecodeError as exc:
            raise AuditInputError(f"{path}: baseline is not valid JSON (line {exc.lineno})") from None
        if not isinstance(document, dict) or document.get("format") != BASELINE_FORMAT:
            raise AuditInputError(f"{path}: not a redactor audit baseline")
        if document.get("version") != BASELINE_VERSION:
            raise AuditInputError(f"{path}: unsupported baseline version {document.get('version')!r}")
        try:
            salt = bytes.fromhex(document["salt"])
            accepted = Counter({str(entry["fingerprint"]): int(entry.get("count", 1))
                                for entry in document["findings"]})
        except (KeyError, TypeError, ValueError):
            raise AuditInputError(f"{path}: malformed baseline (salt or findings)") from None
        return cls(Fingerprinter(salt, keyed=bool(document.get("keyed"))), accepted)

    def split(self, findings: Sequence[Finding]) -> tuple[list[Finding], list[Finding]]:
        """(new, accepted): each accepted fingerprint absorbs at most its recorded count."""
        remaining = Counter(self.accepted)
        new, known = [], []
        for finding in findings:
            if finding.fingerprint is not None and remaining[finding.fingerprint] > 0:
                remaining[finding.fingerprint] -= 1
                known.append(finding)
            else:
                new.append(finding)
        return new, known


def write_baseline(path: str | Path, findings: Sequence[Finding], fingerprinter: Fingerprinter) -> int:
    """Write every finding as accepted; returns how many distinct fingerprints were written."""
    counts: Counter = Counter()
    described: dict[str, tuple[str, str]] = {}
    for finding in findings:
        if finding.fingerprint is None:
            raise ValueError("findings must be fingerprinted before a baseline is written")
        counts[finding.fingerprint] += 1
        described.setdefault(finding.fingerprint, (finding.kind, finding.path))
    entries = [{"fingerprint": fingerprint, "kind": described[fingerprint][0], "path": described[fingerprint][1],
                "count": count}
               for fingerprint, count in sorted(counts.items(), key=lambda item: (described[item[0]][1], item[0]))]
    document = {"format": BASELINE_FORMAT, "version": BASELINE_VERSION, "salt": fingerprinter.salt.hex(),
                "keyed": fingerprinter.keyed, "findings": entries}
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise AuditInputError(f"{path}: cannot write baseline ({exc.strerror or type(exc).__name__})") from None
    return len(entries)
