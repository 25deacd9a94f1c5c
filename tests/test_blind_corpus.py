"""The blind evaluation corpora (leakbench/corpora/blind to blind6) are frozen, loadable and complete.

These tests only check the corpora as data: that the JSONL files are exactly the
ones pinned in each MANIFEST.sha256, that leakbench loads every file, that the
files are rebuilt deterministically and byte for byte from their hand-authored
sources, and that each file has the samples and categories its README promises.
They never run a detector.
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

CORPORA_ROOT = Path(__file__).resolve().parent.parent / "leakbench" / "corpora"

# Per corpus: samples per file, and the categories each file must contain annotations of.
EXPECTED = {
    "blind": {
        "pii": (203, {"pii", "org"}),
        "secrets": (201, {"secret", "infra", "pii"}),
        "code_names": (150, {"code", "org", "infra"}),
        "implicit_identity": (105, {"quasi"}),
        "agent_traffic": (40, {"secret", "pii", "infra", "org", "code"}),
        "negatives": (60, set()),
    },
    "blind2": {
        "pii": (220, {"pii", "org"}),
        "secrets": (140, {"secret", "infra", "pii"}),
        "implicit_identity": (60, {"quasi"}),
        "negatives": (60, set()),
    },
    "blind3": {"pii": (225, {"pii", "org"}), "secrets": (148, {"secret", "infra", "pii"}), "negatives": (60, set())},
    "blind4": {"pii": (264, {"pii", "org"}), "secrets": (120, {"secret", "infra", "pii"}), "negatives": (50, set())},
    "blind5": {"pii": (252, {"pii", "org"}), "secrets": (127, {"secret", "infra", "pii"}), "negatives": (51, set())},
    "blind6": {"pii": (225, {"pii", "org"}), "secrets": (114, {"secret", "infra", "pii"}), "negatives": (51, set())},
    "blind7": {"pii": (240, {"pii", "org"}), "secrets": (120, {"secret", "infra", "pii"}), "negatives": (60, set())},
    "blind8": {"pii": (240, {"pii", "org"}), "secrets": (120, {"secret", "infra", "pii"}), "negatives": (60, set())},
    "blind9": {"pii": (240, {"pii", "org"}), "secrets": (120, {"secret", "infra", "pii"}), "negatives": (60, set())},
    "blind10": {"pii": (240, {"pii", "org"}), "secrets": (120, {"secret", "infra", "pii"}), "negatives": (60, set())},
    "blind11": {"pii": (240, {"pii", "org"}), "secrets": (120, {"secret", "infra", "pii"}), "negatives": (60, set())},
    "blind12": {"pii": (240, {"pii", "org"}), "secrets": (120, {"secret", "infra", "pii"}), "negatives": (60, set())},
    "blind13": {"pii": (240, {"pii", "org"}), "secrets": (120, {"secret", "infra", "pii"}), "negatives": (60, set())},
    "blind14": {"pii": (240, {"pii", "org"}), "secrets": (120, {"secret", "infra", "pii"}), "negatives": (60, set())},
    "blind15": {"pii": (240, {"pii", "org"}), "secrets": (120, {"secret", "infra", "pii"}), "negatives": (60, set())},
    "blind16": {"pii": (240, {"pii", "org"}), "secrets": (120, {"secret", "infra", "pii"}), "negatives": (60, set())},
    "blind17": {"pii": (240, {"pii", "org"}), "secrets": (120, {"secret", "infra", "pii"}), "negatives": (60, set())},
    "blind18": {"pii": (240, {"pii", "org"}), "secrets": (120, {"secret", "infra", "pii"}), "negatives": (60, set())},
    "blind19": {"pii": (240, {"pii", "org"}), "secrets": (120, {"secret", "infra", "pii"}), "negatives": (60, set())},
    "blind20": {"pii": (240, {"pii", "org"}), "secrets": (120, {"secret", "infra", "pii"}), "negatives": (60, set())},
    "blind21": {"pii": (240, {"pii", "org"}), "secrets": (120, {"secret", "infra", "pii"}), "negatives": (60, set())},
    "blind22": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "blind23": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "blind24": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "blind25": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "blind26": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "infra27dev": {"secrets": (110, {"secret", "infra", "pii", "org"}), "negatives": (40, set())},
    "ids27dev": {"pii": (169, {"pii", "org"}), "negatives": (50, set())},
    "blind27": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "slots28dev": {"pii": (120, {"pii", "org"}), "secrets": (60, {"secret", "infra", "pii"}), "negatives": (60, set())},
    "handles28dev": {"pii": (152, {"pii", "org"}), "negatives": (51, set())},
    "people28dev": {"pii": (157, {"pii", "org"}), "negatives": (52, set())},
    "blind28": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "addr28dev": {"pii": (160, {"pii", "org"}), "negatives": (50, set())},
    "logins29dev": {"pii": (167, {"pii", "org"}), "negatives": (52, set())},

    "blind29": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "blind30": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "blind31": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "blind32": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "blind33": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "blind34": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "blind35": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "blind36": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "blind37": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "blind38": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "blind39": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "blind40": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "blind41": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii"}), "negatives": (40, set())},
    "blind42": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii", "org"}), "negatives": (40, set())},
    "blind43": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii", "org"}), "negatives": (40, set())},
    "blind44": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii", "org"}), "negatives": (40, set())},
    "blind45": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii", "org"}), "negatives": (40, set())},
    "blind46": {"pii": (120, {"pii", "org", "infra"}), "secrets": (70, {"secret", "infra", "pii", "org"}), "negatives": (40, set())},
    "blind47": {"pii": (120, {"pii", "org"}), "secrets": (70, {"secret", "infra", "pii", "org"}), "negatives": (40, set())},
    "ids29dev": {"pii": (164, {"pii", "org"}), "negatives": (50, set())},
    "secrets29dev": {"secrets": (163, {"secret", "infra", "pii", "org"}), "negatives": (51, set())},
    "secrets30dev": {"secrets": (160, {"secret", "infra", "pii", "org"}), "negatives": (50, set())},
    "ids30dev": {"pii": (150, {"pii", "org"}), "negatives": (50, set())},
    "infra30dev": {"secrets": (141, {"secret", "infra", "pii", "org"}), "negatives": (53, set())},
    "orgs30dev": {"pii": (139, {"pii", "org"}), "negatives": (51, set())},
    "people31dev": {"pii": (149, {"pii", "org"}), "negatives": (51, set())},
    "ids31dev": {"pii": (150, {"pii", "org"}), "negatives": (53, set())},
    "creds31dev": {"secrets": (151, {"secret", "infra", "pii", "org"}), "negatives": (53, set())},
    "codes33dev": {"secrets": (150, {"secret", "infra", "pii", "org"}), "negatives": (50, set())},
    "code33dev": {"pii": (140, {"pii", "org"}), "negatives": (51, set())},
    "infra34dev": {"secrets": (141, {"secret", "infra", "pii", "org"}), "negatives": (69, set())},
    "codes34dev": {"secrets": (140, {"secret", "infra", "pii", "org"}), "negatives": (50, set())},
    "neg34dev": {"pii": (63, {"pii", "org"}), "negatives": (162, set())},
    "tool34dev": {"pii": (140, {"pii", "org"}), "negatives": (50, set())},
    "pwd35dev": {"secrets": (135, {"secret", "infra", "pii", "org"}), "negatives": (50, set())},
    "agent36dev": {"pii": (138, {"pii", "org"}), "negatives": (49, set())},
    "data35dev": {"pii": (141, {"pii", "org"}), "negatives": (50, set())},
}
CATEGORIES = {"secret", "pii", "infra", "org", "code", "quasi"}
FILES = [(corpus, name) for corpus, files in EXPECTED.items() for name in sorted(files)]


def _manifest(corpus: Path) -> dict[str, str]:
    entries = {}
    for line in (corpus / "MANIFEST.sha256").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        entries[name] = digest
    return entries


def _build(corpus: Path, out: Path) -> None:
    result = subprocess.run([sys.executable, str(corpus / "build.py"), "--out", str(out)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("corpus_name", sorted(EXPECTED))
def test_manifest_pins_exactly_the_corpus_files_and_their_bytes(corpus_name):
    corpus = CORPORA_ROOT / corpus_name
    manifest = _manifest(corpus)
    assert set(manifest) == {path.name for path in corpus.glob("*.jsonl")}
    assert set(manifest) == {f"{name}.jsonl" for name in EXPECTED[corpus_name]}
    for name, digest in manifest.items():
        assert hashlib.sha256((corpus / name).read_bytes()).hexdigest() == digest, (
            f"{corpus_name}/{name} changed; the blind corpora are frozen")


@pytest.mark.parametrize("corpus_name", sorted(EXPECTED))
def test_build_is_deterministic_and_reproduces_the_frozen_files_byte_for_byte(corpus_name, tmp_path):
    corpus = CORPORA_ROOT / corpus_name
    first, second = tmp_path / "first", tmp_path / "second"
    _build(corpus, first)
    _build(corpus, second)
    for name in EXPECTED[corpus_name]:
        built = (first / f"{name}.jsonl").read_bytes()
        assert built == (second / f"{name}.jsonl").read_bytes(), name
        assert built == (corpus / f"{name}.jsonl").read_bytes(), name


@pytest.mark.parametrize("corpus_name, name", FILES)
def test_every_file_loads_with_the_promised_size_and_categories(corpus_name, name):
    samples = load_dataset(CORPORA_ROOT / corpus_name / f"{name}.jsonl")
    expected_count, expected_categories = EXPECTED[corpus_name][name]
    assert len(samples) == expected_count
    categories = Counter(a.category for sample in samples for a in sample.annotations)
    assert set(categories) <= CATEGORIES
    assert expected_categories <= set(categories)
    for sample in samples:
        for segment in sample.segments:
            for annotation in segment.annotations:
                assert segment.text[annotation.start:annotation.end] == annotation.text


@pytest.mark.parametrize("corpus_name", sorted(EXPECTED))
def test_negatives_carry_no_annotations_so_every_redaction_there_is_over_redaction(corpus_name):
    samples = load_dataset(CORPORA_ROOT / corpus_name / "negatives.jsonl")
    assert all(not sample.annotations for sample in samples)


def test_agent_traffic_samples_are_multi_turn_requests_with_a_system_prompt_and_a_tool_or_assistant_turn():
    for sample in load_dataset(CORPORA_ROOT / "blind" / "agent_traffic.jsonl"):
        roles = [segment.segment.role for segment in sample.segments]
        assert roles[0] == "system" and len(roles) >= 3, sample.id
        assert {"assistant", "tool"} & set(roles), sample.id


def test_blind2_implicit_identity_annotations_are_all_quasi_identifiers_and_every_sample_has_some():
    for sample in load_dataset(CORPORA_ROOT / "blind2" / "implicit_identity.jsonl"):
        assert sample.annotations, sample.id
        assert {a.category for a in sample.annotations} == {"quasi"}, sample.id


@pytest.mark.parametrize("corpus_name", sorted(EXPECTED))
def test_readme_count_tables_match_the_built_files(corpus_name):
    # One builder serves both corpora (blind2/build.py runs blind/build.py on its own directory).
    spec = importlib.util.spec_from_file_location("blind_corpus_build", CORPORA_ROOT / "blind" / "build.py")
    build = importlib.util.module_from_spec(spec)
    # dataclasses resolve string annotations through sys.modules.
    sys.modules[spec.name] = build
    try:
        spec.loader.exec_module(build)
    finally:
        del sys.modules[spec.name]
    corpus = CORPORA_ROOT / corpus_name
    assert build.markdown_counts(corpus) in (corpus / "README.md").read_text(encoding="utf-8")
