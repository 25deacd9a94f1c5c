"""Audit profiles: which categories an audit reports, at which confidence, and when it fails.

The wire redacts on doubt (recall first); an audit that gates CI must be
believed (precision first). Both run the same detectors: a profile only sets
the *operating point*, a minimum confidence per category, and the scope.

- `full` (default): everything the policy would not let leave. Personal data,
  infrastructure and organisation findings are reported from confidence 0.9:
  the spaCy NER labels (0.85) and structural guesses (addresses, names after a
  greeting) are what fills READMEs and docs with false alarms. Secrets are
  reported at the policy's own threshold: a missed credential costs more than
  one reviewed false alarm, and baselines and inline ignores absorb the rest.
- `ci-secrets`: secrets only (credentials, keys, tokens, password hashes), at
  the policy's threshold; fails on `high` and above.

`--min-confidence X` replaces every category's threshold with X (0 shows all
the wire would redact).
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Below this, a non-secret finding is a wire-side "redact on doubt", not an audit alarm.
PRECISION_CONFIDENCE = 0.9


@dataclass(frozen=True)
class AuditProfile:
    name: str
    description: str
    # Categories reported; None: every category the policy would not let leave.
    categories: frozenset[str] | None = None
    # Minimum confidence per category; categories not listed use the policy's
    # audit operating point (`detection.audit_min_score`).
    min_confidence: dict[str, float] = field(default_factory=dict)
    fail_on: str = "high"

    def in_scope(self, category: str) -> bool:
        return self.categories is None or category in self.categories

    def threshold(self, category: str, policy_default: float) -> float:
        return self.min_confidence.get(category, policy_default)

    def with_min_confidence(self, value: float) -> "AuditProfile":
        categories = ("secret", "pii", "infra", "org", *(self.min_confidence))
        return AuditProfile(self.name, self.description, self.categories,
                            {category: value for category in categories}, self.fail_on)

    def describe(self) -> str:
        thresholds = ", ".join(f"{category} >= {value:g}" for category, value in sorted(self.min_confidence.items())
                               if value > 0)
        return f"{self.name} ({thresholds or 'policy thresholds'})"


PROFILES: dict[str, AuditProfile] = {
    "full": AuditProfile(
        "full", "everything the policy would not let leave; non-secrets at the precision operating point",
        None, {"pii": PRECISION_CONFIDENCE, "infra": PRECISION_CONFIDENCE, "org": PRECISION_CONFIDENCE}),
    "ci-secrets": AuditProfile(
        "ci-secrets", "secrets only (credentials, keys, tokens, password hashes)",
        frozenset({"secret"}), {}),
}


def profile_named(name: str) -> AuditProfile:
    """The profile called `name`; raises ValueError listing the known ones."""
    try:
        return PROFILES[name.strip().lower()]
    except KeyError:
        raise ValueError(f"unknown profile {name!r} (known: {', '.join(PROFILES)})") from None
