"""The public AgentLeak-derived datasets (leakbench/corpora/public_agentleak) are frozen and well-formed.

Data checks only: the JSONL files are exactly the ones pinned in MANIFEST.sha256,
leakbench loads them, and every span slices to a non-empty value of a kind (and
its category) from the blind corpora's KIND_CATEGORY. No detector is run, and no
annotated value is ever printed (messages name the sample and the span index).
If the agentleak 0.17.0 pack directory is given in AGENTLEAK_PACKS, the files
are also rebuilt and compared byte for byte.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from leakbench.loaders import load_dataset

CORPORA_ROOT = Path(__file__).resolve().parent.parent / "leakbench" / "corpora"
CORPUS = CORPORA_ROOT / "public_agentleak"
EXPECTED_SAMPLES = {"agentdojo.jsonl": 100, "agentleak_vault.jsonl": 72, "agentdojo_tools.jsonl": 100}


def _kind_category() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("blind_corpus_build_kinds", CORPORA_ROOT / "blind" / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve string annotations through sys.modules
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return dict(module.KIND_CATEGORY)


def test_manifest_pins_exactly_the_jsonl_files_and_their_bytes():
    entries = {}
    for line in (CORPUS / "MANIFEST.sha256").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        entries[name] = digest
    assert set(entries) == set(EXPECTED_SAMPLES) == {path.name for path in CORPUS.glob("*.jsonl")}
    for name, digest in entries.items():
        assert hashlib.sha256((CORPUS / name).read_bytes()).hexdigest() == digest, (
            f"public_agentleak/{name} changed; the dataset is frozen")


@pytest.mark.parametrize("name", sorted(EXPECTED_SAMPLES))
def test_every_span_slices_to_a_non_empty_value_of_an_allowed_kind(name):
    kind_category = _kind_category()
    samples = load_dataset(CORPUS / name)
    assert len(samples) == EXPECTED_SAMPLES[name]
    assert all(sample.annotations for sample in samples)
    for sample in samples:
        for segment in sample.segments:
            for index, annotation in enumerate(segment.annotations):
                where = f"{sample.id} span {index}"
                assert annotation.kind in kind_category, where
                assert annotation.category == kind_category[annotation.kind], where
                assert annotation.text.strip(), where
                assert segment.text[annotation.start:annotation.end] == annotation.text, where


@pytest.mark.parametrize("name", sorted(EXPECTED_SAMPLES))
def test_raw_lines_carry_explicit_categories_and_sorted_non_overlapping_spans(name):
    for number, line in enumerate((CORPUS / name).read_text(encoding="utf-8").splitlines(), start=1):
        item = json.loads(line)
        for segment in item["segments"]:
            spans = segment["annotations"]
            assert all("category" in span for span in spans), f"{name}:{number}"
            for before, after in zip(spans, spans[1:]):
                assert before["end"] <= after["start"], f"{name}:{number}"


def test_agentdojo_tools_extends_agentdojo_sample_by_sample():
    # agentdojo_tools.jsonl is agentdojo.jsonl plus further tool segments (the
    # exfiltration calls' results): same scenarios, same split, the same leading
    # segments with the same spans, and at least one added segment per sample.
    base = [json.loads(line) for line in (CORPUS / "agentdojo.jsonl").read_text(encoding="utf-8").splitlines()]
    tools = [json.loads(line) for line in (CORPUS / "agentdojo_tools.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(base) == len(tools)
    for old, new in zip(base, tools):
        assert new["id"] == "agentdojo_tools/" + old["id"].split("/", 1)[1], old["id"]
        assert new["split"] == old["split"], old["id"]
        count = len(old["segments"])
        assert new["segments"][:count] == old["segments"], old["id"]
        added = new["segments"][count:]
        assert added and all(seg["role"] == "tool" and seg["kind"] == "tool_result" for seg in added), old["id"]


@pytest.mark.skipif(not os.environ.get("AGENTLEAK_PACKS"),
                    reason="set AGENTLEAK_PACKS to the agentleak 0.17.0 packs directory to rebuild")
def test_build_reproduces_the_frozen_files_byte_for_byte(tmp_path):
    result = subprocess.run([sys.executable, str(CORPUS / "build.py"), os.environ["AGENTLEAK_PACKS"],
                             "--out", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    for name in EXPECTED_SAMPLES:
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name
