"""Loaders for external annotated data (JSONL), single-text and multi-turn.

Single text, one JSON object per line:
    {"id": "t1", "text": "...", "annotations": [{"start": 0, "end": 5, "kind": "PERSON", "text": "Alice"}]}

Multi-turn (a chat request with annotated segments):
    {"id": "c1", "segments": [{"role": "user", "kind": "prose", "text": "...", "annotations": [...]}, ...]}

Optional keys: "split" ("dev"/"heldout"; default by hash of the id), "subject",
per annotation "category" (default from the kind, "unknown" for unknown kinds),
per segment "position" and "field_name". Unknown kinds are kept as they are.
Every annotation is checked: its "text" must equal text[start:end]. Errors name
the file, the line and the annotation, never the annotated value.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from leakbench.samples import SPLITS, AnnotatedSegment, Annotation, Sample, category_of, split_of
from redactor.detect.base import SEGMENT_KINDS
from redactor.segments import Segment

_ROLES = ("system", "user", "assistant", "tool", "developer")


class DatasetError(ValueError):
    """A dataset line is malformed. The message names file and line, never a sensitive value."""


def load_dataset(path: str | Path, workload: str | None = None) -> list[Sample]:
    """All samples of a JSONL file (single-text and multi-turn lines may be mixed)."""
    return list(iter_dataset(path, workload))


def iter_dataset(path: str | Path, workload: str | None = None) -> Iterator[Sample]:
    path = Path(path)
    name = workload or path.stem
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise DatasetError(f"{path}: cannot open dataset ({exc.__class__.__name__})") from None
    seen: set[str] = set()
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})") from None
            sample = parse_item(item, where, name, default_id=f"{name}-{number}")
            if sample.id in seen:
                raise DatasetError(f"{where}: duplicate id")
            seen.add(sample.id)
            yield sample


def parse_item(item: object, where: str, workload: str, default_id: str) -> Sample:
    """One JSONL object as a Sample; raises DatasetError naming `where`."""
    if not isinstance(item, dict):
        raise DatasetError(f"{where}: each line must be a JSON object")
    sample_id = item.get("id", default_id)
    if not isinstance(sample_id, (str, int)):
        raise DatasetError(f"{where}: 'id' must be a string")
    sample_id = str(sample_id)
    if "segments" in item:
        raw_segments = item["segments"]
        if not isinstance(raw_segments, list) or not raw_segments:
            raise DatasetError(f"{where}: 'segments' must be a non-empty list")
        segments = [_parse_segment(raw, f"{where}: segment {index}", index)
                    for index, raw in enumerate(raw_segments)]
    elif "text" in item:
        text = item["text"]
        if not isinstance(text, str):
            raise DatasetError(f"{where}: 'text' must be a string")
        annotations = _parse_annotations(item.get("annotations", []), text, where)
        segments = [AnnotatedSegment(Segment(text=text, role="user", kind="prose",
                                             path=("messages", 0, "content")), annotations)]
    else:
        raise DatasetError(f"{where}: a line needs 'text' (single text) or 'segments' (multi-turn)")
    split = item.get("split") or split_of(sample_id)
    if split not in SPLITS:
        raise DatasetError(f"{where}: 'split' must be one of {', '.join(SPLITS)}")
    subject = item.get("subject")
    return Sample(id=sample_id, workload=workload, segments=segments, split=split,
                  subject=str(subject) if subject is not None else None)


def _parse_segment(raw: object, where: str, index: int) -> AnnotatedSegment:
    if not isinstance(raw, dict):
        raise DatasetError(f"{where}: must be a JSON object")
    text = raw.get("text")
    if not isinstance(text, str):
        raise DatasetError(f"{where}: 'text' must be a string")
    role = raw.get("role", "user")
    if role not in _ROLES:
        raise DatasetError(f"{where}: 'role' must be one of {', '.join(_ROLES)}")
    kind = raw.get("kind", "prose")
    if kind not in SEGMENT_KINDS:
        raise DatasetError(f"{where}: 'kind' must be one of {', '.join(SEGMENT_KINDS)}")
    field_name = raw.get("field_name")
    if field_name is not None and not isinstance(field_name, str):
        raise DatasetError(f"{where}: 'field_name' must be a string")
    position = raw.get("position") or {"system": "system", "tool": "tool_result"}.get(role, role)
    annotations = _parse_annotations(raw.get("annotations", []), text, where)
    # Each segment becomes its own message when sent through a proxy.
    segment = Segment(text=text, role=role, kind=kind, path=("messages", index, "content"),
                      field_name=field_name, position=position)
    return AnnotatedSegment(segment, annotations)


def _parse_annotations(raw: object, text: str, where: str) -> list[Annotation]:
    if not isinstance(raw, list):
        raise DatasetError(f"{where}: 'annotations' must be a list")
    annotations = []
    for index, entry in enumerate(raw):
        label = f"{where}: annotation {index}"
        if not isinstance(entry, dict):
            raise DatasetError(f"{label}: must be a JSON object")
        start, end, kind, value = entry.get("start"), entry.get("end"), entry.get("kind"), entry.get("text")
        if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
            raise DatasetError(f"{label}: 'start' and 'end' must be integers")
        if not 0 <= start < end <= len(text):
            raise DatasetError(f"{label}: offsets [{start}, {end}) are outside the text (length {len(text)})")
        if not isinstance(kind, str) or not kind:
            raise DatasetError(f"{label}: 'kind' must be a non-empty string")
        if not isinstance(value, str):
            raise DatasetError(f"{label}: 'text' must be a string")
        if text[start:end] != value:
            # Never echo either string: they are the sensitive values.
            raise DatasetError(f"{label} ({kind}): 'text' does not equal text[{start}:{end}] "
                               f"(lengths {len(value)} and {end - start})")
        category = entry.get("category") or category_of(kind)
        annotations.append(Annotation(start, end, kind, value, str(category)))
    return annotations


def write_dataset(samples: list[Sample], path: str | Path) -> None:
    """Write samples in the multi-turn JSONL form (loadable by load_dataset)."""
    with Path(path).open("w", encoding="utf-8") as handle:
        for sample in samples:
            handle.write(json.dumps(sample.to_json(), ensure_ascii=False) + "\n")
