"""Two operating points, one detector set: what a finding's score means.

Detectors report every value whose shape and context say it may be sensitive.
Validity checks (checksums, SSN issuance ranges, "EXAMPLE"/placeholder guards,
token-structure checks) never drop such a value; they only move its score:

| score      | meaning                                                           |
|------------|-------------------------------------------------------------------|
| >= 0.6     | confident: shape, context and validity agree                      |
| 0.5 - 0.6  | doubtful: the shape says sensitive, a validity check disagrees    |
| < 0.5      | not reported                                                      |

The caller picks the threshold; a policy sets both (`detection.min_score`
for the wire, `detection.audit_min_score` for audits):
- the wire (proxy, `redact`, MCP) keeps everything from WIRE_MIN_SCORE: on the
  request path a miss is irreversible while a false positive becomes a
  placeholder that is restored in the reply (recall first);
- `redactor audit`, where a false positive fails a build, reports from
  AUDIT_MIN_SCORE (precision first).
"""
from __future__ import annotations

WIRE_MIN_SCORE = 0.5
AUDIT_MIN_SCORE = 0.6
# Score of a value whose shape is sensitive but whose validity check failed:
# kept on the wire, below the audit threshold.
DOUBTFUL_SCORE = 0.55


def doubted(score: float) -> float:
    """`score` lowered into the doubtful band (never raised)."""
    return min(score, DOUBTFUL_SCORE)
