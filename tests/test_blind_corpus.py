"""The blind evaluation corpus (leakbench/corpora/blind) is frozen, loadable and complete.

These tests only check the corpus as data: that the JSONL files are exactly the
ones pinned in MANIFEST.sha256, that leakbench loads every file, that the files
are rebuilt byte for byte from their hand-authored sources, and that each file
has the samples and categories its README promises. They never run a detector.
"""
from __future__ import annotations

import hashlib
import importlib.util
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from leakbench.loaders import load_dataset

CORPUS = Path(__file__).resolve().parent.parent / "leakbench" / "corpora" / "blind"

# Samples per file, and the categories each file must contain annotations of.
EXPECTED = {
    "pii": (203, {"pii", "org"}),
    "secrets": (201, {"secret", "infra", "pii"}),
    "code_names": (150, {"code", "org", "infra"}),
    "implicit_identity": (105, {"quasi"}),
    "agent_traffic": (40, {"secret", "pii", "infra", "org", "code"}),
    "negatives": (60, set()),
}
CATEGORIES = {"secret", "pii", "infra", "org", "code", "quasi"}


def _manifest() -> dict[str, str]:
    entries = {}
    for line in (CORPUS / "MANIFEST.sha256").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        entries[name] = digest
    return entries


def test_manifest_pins_exactly_the_corpus_files_and_their_bytes():
    manifest = _manifest()
    assert set(manifest) == {path.name for path in CORPUS.glob("*.jsonl")}
    assert set(manifest) == {f"{name}.jsonl" for name in EXPECTED}
    for name, digest in manifest.items():
        assert hashlib.sha256((CORPUS / name).read_bytes()).hexdigest() == digest, (
            f"{name} changed; the blind corpus is frozen")


def test_jsonl_files_are_rebuilt_byte_for_byte_from_the_authored_sources(tmp_path):
    result = subprocess.run([sys.executable, str(CORPUS / "build.py"), "--out", str(tmp_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    for name in EXPECTED:
        assert (tmp_path / f"{name}.jsonl").read_bytes() == (CORPUS / f"{name}.jsonl").read_bytes(), name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_file_loads_with_the_promised_size_and_categories(name):
    samples = load_dataset(CORPUS / f"{name}.jsonl")
    expected_count, expected_categories = EXPECTED[name]
    assert len(samples) == expected_count
    categories = Counter(a.category for sample in samples for a in sample.annotations)
    assert set(categories) <= CATEGORIES
    assert expected_categories <= set(categories)
    for sample in samples:
        for segment in sample.segments:
            for annotation in segment.annotations:
                assert segment.text[annotation.start:annotation.end] == annotation.text


def test_negatives_carry_no_annotations_so_every_redaction_there_is_over_redaction():
    samples = load_dataset(CORPUS / "negatives.jsonl")
    assert all(not sample.annotations for sample in samples)


def test_agent_traffic_samples_are_multi_turn_requests_with_a_system_prompt_and_a_tool_or_assistant_turn():
    for sample in load_dataset(CORPUS / "agent_traffic.jsonl"):
        roles = [segment.segment.role for segment in sample.segments]
        assert roles[0] == "system" and len(roles) >= 3, sample.id
        assert {"assistant", "tool"} & set(roles), sample.id


def test_readme_count_tables_match_the_built_files():
    spec = importlib.util.spec_from_file_location("blind_corpus_build", CORPUS / "build.py")
    build = importlib.util.module_from_spec(spec)
    # dataclasses resolve string annotations through sys.modules.
    sys.modules[spec.name] = build
    try:
        spec.loader.exec_module(build)
    finally:
        del sys.modules[spec.name]
    assert build.markdown_counts(CORPUS) in (CORPUS / "README.md").read_text(encoding="utf-8")
