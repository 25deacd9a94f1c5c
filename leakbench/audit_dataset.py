"""A first annotated dataset from recorded agent sessions: what `redactor audit --transcript` finds, as JSONL.

`policy tune --from-audit TRANSCRIPT --dataset-out FILE` writes one multi-turn
sample per conversation (the last request of each Claude Code chain, which
holds every message; each logged OpenAI request as it is), with the policy's
detectors' findings as annotations, at the audit's precision operating point
(redactor.audit_scan.profiles). It is a draft for a reviewer: detectors miss
what they miss (implicit identity above all), so the reviewer removes false
findings and adds missed spans before the file is used with `--dataset`.

The file holds the values (an annotated dataset must), so it is written only
where the user says; nothing here prints or logs a value: only counts of kinds.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from redactor.audit_scan.chunked_detection import PolicyScanner
from redactor.audit_scan.findings import AuditInputError
from redactor.audit_scan.transcripts import read_transcript
from redactor.policy import Policy
from redactor.wire import WireError

REVIEW_NOTE = ("draft from redactor audit findings: remove false findings, add missed spans (names, "
               "quasi-identifiers), then remove this key")


@dataclass
class DraftSummary:
    samples: int = 0
    annotations: int = 0
    kinds: Counter = field(default_factory=Counter)


def draft_dataset(transcripts: Sequence[str | Path], policy: Policy, out: str | Path) -> DraftSummary:
    """Write the draft JSONL to `out`; raises AuditInputError for an unreadable transcript."""
    scanner = PolicyScanner.from_policy(policy)
    summary = DraftSummary()
    lines = []
    for path in transcripts:
        transcript = read_transcript(path)
        last_per_chain: dict[str, object] = {}
        logged = []
        for chain, request in transcript.requests():
            if chain == "log":
                logged.append(request)
            else:
                last_per_chain[chain] = request
        for number, request in enumerate([*last_per_chain.values(), *logged]):
            try:
                segments = request.extract().segments
            except WireError:
                continue  # the audit reports malformed records; a draft just leaves them out
            sample = _sample(f"{Path(path).stem}-{number}", segments, scanner, summary)
            if sample is not None:
                lines.append(json.dumps(sample, ensure_ascii=False))
    try:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
    except OSError as exc:
        raise AuditInputError(f"{out}: cannot write the draft ({exc.strerror or type(exc).__name__})") from None
    return summary


def _sample(sample_id: str, segments, scanner: PolicyScanner, summary: DraftSummary) -> dict | None:
    texts = [segment for segment in segments if segment.text.strip()]
    if not texts:
        return None
    spans_per_segment = scanner.engine.detect(texts)
    out_segments = []
    for segment, spans in zip(texts, spans_per_segment):
        annotations = []
        for span in sorted(spans, key=lambda s: s.start):
            if not scanner.reportable(span) or span.score < scanner.profile.threshold(span.category, scanner.policy.detection.audit_min_score):
                continue
            annotations.append({"start": span.start, "end": span.end, "kind": span.kind,
                                "text": segment.text[span.start:span.end], "category": span.category})
            summary.kinds[span.kind] += 1
        summary.annotations += len(annotations)
        role = segment.role if segment.role in ("system", "user", "assistant", "tool", "developer") else "user"
        out_segments.append({"role": role, "kind": segment.kind, "position": segment.position,
                             "text": segment.text, "annotations": annotations})
    summary.samples += 1
    return {"id": sample_id, "review": REVIEW_NOTE, "segments": out_segments}
