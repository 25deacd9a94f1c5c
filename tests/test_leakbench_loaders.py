"""External annotated data: single-text and multi-turn JSONL, validated with clear errors."""
from __future__ import annotations

import json

import pytest

from leakbench.loaders import DatasetError, load_dataset, write_dataset
from leakbench.runner import load_samples
from leakbench.workloads.suite import Suite


def _write(tmp_path, items, name="data.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(item if isinstance(item, str) else json.dumps(item) for item in items) + "\n")
    return path


def test_single_text_and_multi_turn_lines_load_with_unknown_kinds_kept(tmp_path):
    path = _write(tmp_path, [
        {"id": "a", "text": "Mail Ana at ana@example.org",
         "annotations": [{"start": 12, "end": 27, "kind": "EMAIL", "text": "ana@example.org"},
                         {"start": 5, "end": 8, "kind": "MY_CUSTOM_KIND", "text": "Ana"}]},
        {"id": "b", "segments": [
            {"role": "system", "kind": "prose", "text": "You help Bob.",
             "annotations": [{"start": 9, "end": 12, "kind": "PERSON", "text": "Bob"}]},
            {"role": "tool", "kind": "tool_result", "text": "TOKEN=abc", "annotations": []}]},
    ])
    first, second = load_dataset(path)
    assert [(a.kind, a.category) for a in first.annotations] == [("EMAIL", "pii"), ("MY_CUSTOM_KIND", "unknown")]
    assert first.segments[0].segment.path == ("messages", 0, "content")
    assert [s.segment.role for s in second.segments] == ["system", "tool"]
    assert second.segments[1].segment.position == "tool_result"
    assert first.split in ("dev", "heldout") and first.workload == "data"


def test_annotation_text_mismatch_is_rejected_naming_the_line_but_not_the_value(tmp_path):
    path = _write(tmp_path, [
        {"id": "ok", "text": "nothing here", "annotations": []},
        {"id": "bad", "text": "Secret is hunter2-xyz", "annotations": [
            {"start": 10, "end": 20, "kind": "PASSWORD", "text": "hunter2-xy_WRONG"}]},
    ])
    with pytest.raises(DatasetError) as caught:
        load_dataset(path)
    message = str(caught.value)
    assert f"{path}:2" in message and "annotation 0" in message and "text[10:20]" in message
    assert "hunter2" not in message


@pytest.mark.parametrize("line, expected", [
    ("{not json", "invalid JSON"),
    (json.dumps({"id": "x", "text": "abc", "annotations": [{"start": 2, "end": 9, "kind": "K", "text": "c"}]}),
     "outside the text"),
    (json.dumps({"id": "x", "text": "abc", "annotations": [{"start": "0", "end": 1, "kind": "K", "text": "a"}]}),
     "must be integers"),
    (json.dumps({"id": "x", "segments": [{"role": "robot", "text": "hi"}]}), "segment 0: 'role'"),
    (json.dumps({"id": "x"}), "needs 'text'"),
])
def test_malformed_lines_are_rejected_with_one_clear_line(tmp_path, line, expected):
    path = _write(tmp_path, [line])
    with pytest.raises(DatasetError, match=expected) as caught:
        load_dataset(path)
    assert f"{path}:1" in str(caught.value) and "\n" not in str(caught.value)


def test_generated_samples_round_trip_through_the_multi_turn_format(tmp_path):
    samples = load_samples(Suite(3), ["agent_transcripts", "pii_prose"], limit=3)
    path = tmp_path / "suite.jsonl"
    write_dataset(samples, path)
    loaded = load_dataset(path)
    assert [s.id for s in loaded] == [s.id for s in samples]
    for before, after in zip(samples, loaded):
        assert [(a.start, a.end, a.kind, a.text) for a in before.annotations] == \
               [(a.start, a.end, a.kind, a.text) for a in after.annotations]
        assert [s.text for s in before.segments] == [s.text for s in after.segments]
        assert after.split == before.split
