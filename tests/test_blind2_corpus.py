"""The second blind evaluation corpus (leakbench/corpora/blind2) is frozen, loadable and complete.

Like tests/test_blind_corpus.py, these tests only check the corpus as data: the
JSONL files are exactly the ones pinned in MANIFEST.sha256, leakbench loads every
file, the build from the hand-authored sources is deterministic and reproduces
the files byte for byte, and each file has the samples and categories its README
promises. They never run a detector.
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

CORPUS = Path(__file__).resolve().parent.parent / "leakbench" / "corpora" / "blind2"

# Samples per file, and the categories each file must contain annotations of.
EXPECTED = {
    "pii": (220, {"pii", "org"}),
    "secrets": (140, {"secret", "infra", "pii"}),
    "implicit_identity": (60, {"quasi"}),
    "negatives": (60, set()),
}
CATEGORIES = {"secret", "pii", "infra", "org", "code", "quasi"}


def _manifest() -> dict[str, str]:
    entries = {}
    for line in (CORPUS / "MANIFEST.sha256").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        entries[name] = digest
    return entries


def _build(out: Path) -> None:
    result = subprocess.run([sys.executable, str(CORPUS / "build.py"), "--out", str(out)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_manifest_pins_exactly_the_corpus_files_and_their_bytes():
    manifest = _manifest()
    assert set(manifest) == {path.name for path in CORPUS.glob("*.jsonl")}
    assert set(manifest) == {f"{name}.jsonl" for name in EXPECTED}
    for name, digest in manifest.items():
        assert hashlib.sha256((CORPUS / name).read_bytes()).hexdigest() == digest, (
            f"{name} changed; the blind2 corpus is frozen")


def test_build_is_deterministic_and_reproduces_the_frozen_files_byte_for_byte(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    _build(first)
    _build(second)
    for name in EXPECTED:
        built = (first / f"{name}.jsonl").read_bytes()
        assert built == (second / f"{name}.jsonl").read_bytes(), name
        assert built == (CORPUS / f"{name}.jsonl").read_bytes(), name


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


def test_implicit_identity_annotations_are_all_quasi_identifiers_and_every_sample_has_some():
    for sample in load_dataset(CORPUS / "implicit_identity.jsonl"):
        assert sample.annotations, sample.id
        assert {a.category for a in sample.annotations} == {"quasi"}, sample.id


def test_readme_count_tables_match_the_built_files():
    spec = importlib.util.spec_from_file_location("blind2_corpus_build", CORPUS / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    builder = build.load_builder()
    try:
        assert builder.markdown_counts(CORPUS) in (CORPUS / "README.md").read_text(encoding="utf-8")
    finally:
        sys.modules.pop("blind_corpus_build", None)
