"""The regex gate (redactor/detect/regex_gate.py): a gated pattern's calls give what `re` gives, on every text; the
database reports a member wherever `re` matches it; a pattern the database does not hold runs as before."""
from __future__ import annotations

import random
import re
import sys
import types
from pathlib import Path

import pytest

from redactor.detect import regex_gate, regex_prefilter
from redactor.detect.base import DetectionInput
from redactor.detect.engine import DetectionEngine
from redactor.detect.infra import InfraDetector
from redactor.detect.pii import PiiDetector
from redactor.detect.secrets import SecretsDetector
from redactor.detect.warm_up_texts import WARM_UP_SEGMENTS
from redactor.policy import load_policy

needs_hyperscan = pytest.mark.skipif(regex_prefilter.hyperscan is None, reason="hyperscan not installed")
_CORPUS = Path(__file__).parent / "corpus"


def _corpus_texts() -> list[str]:
    texts = []
    for folder in ("clean_prose", "clean_code", "pii", "secrets", "implicit_identity"):
        for path in sorted((_CORPUS / folder).rglob("*")):
            if path.is_file() and path.suffix != ".json":
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def _near_misses(text: str, count: int, seed: int) -> list[str]:
    """`text` with a few characters changed: digits and letters swapped, separators dropped or doubled, case turned."""
    generator = random.Random(seed)
    edits = "0123456789aZ-_.:@/ \n=#"
    out = []
    for _ in range(count):
        characters = list(text)
        for _ in range(max(1, len(characters) // 60)):
            at = generator.randrange(len(characters))
            choice = generator.random()
            if choice < 0.4:
                characters[at] = generator.choice(edits)
            elif choice < 0.6:
                characters[at] = characters[at].swapcase()
            elif choice < 0.8:
                characters[at] = ""
            else:
                characters[at] = characters[at] * 2
        out.append("".join(characters))
    return out


@pytest.fixture(scope="module")
def members() -> list[regex_gate.GatedPattern]:
    """The gate calibrated over the engine's warm-up texts, as findings_snapshot's dump-regex does (once per process)."""
    DetectionEngine.from_policy(load_policy("default")).warm_up()  # cue lists and tables loaded first
    detectors = [SecretsDetector(), PiiDetector(), InfraDetector()]

    def run(number: int) -> None:
        for kind, text in WARM_UP_SEGMENTS:
            for detector in detectors:
                detector.detect(DetectionInput(f"{text}calibration run {number}\n", kind))
    regex_gate.calibrate(run)
    return regex_gate.gated_patterns()


@needs_hyperscan
def test_the_warm_up_gates_some_patterns_and_leaves_the_rest_as_they_were(members):
    assert 0 < len(members) <= regex_gate._MEMBERS_AT_MOST
    raw = [value for name, module in sys.modules.items() if name.startswith("redactor.detect.") and module
           for value in vars(module).values() if type(value) is re.Pattern]
    assert len(raw) > 10 * len(members)  # the others: plain patterns, no stand-in left behind
    assert not any(type(value) is regex_gate._TimedPattern for module in list(sys.modules.values())
                   if getattr(module, "__name__", "").startswith("redactor.detect.") for value in vars(module).values())


@needs_hyperscan
def test_every_match_of_a_member_is_in_a_text_its_id_fired_for(members):
    prefilter = regex_gate.prefilter()
    texts = [text for text in _corpus_texts() if text.isascii()]
    texts += [miss for number, text in enumerate(texts[:40]) for miss in _near_misses(text, 3, number)]
    assert len(texts) > 100
    checked = 0
    for text in texts:
        possible = prefilter.possible(text)
        for member in members:
            if member.regex.search(text) is not None:
                checked += 1
                assert member.number in possible, member.pattern[:80]
    assert checked > 0


@needs_hyperscan
def test_a_member_gives_what_re_gives_on_whole_texts_and_windows(members):
    texts = [text for text in _corpus_texts() if len(text) >= regex_gate._SCANNED_FROM][:60]
    texts += [miss for number, text in enumerate(texts[:20]) for miss in _near_misses(text, 2, 100 + number)]
    for text in texts:
        middle = len(text) // 2
        for member in members:
            regex = member.regex
            assert _same(member.search(text), regex.search(text))
            assert [m.span() for m in member.finditer(text)] == [m.span() for m in regex.finditer(text)]
            assert member.findall(text, middle) == regex.findall(text, middle)
            assert _same(member.match(text, middle), regex.match(text, middle))
            assert _same(member.search(text, 1, middle), regex.search(text, 1, middle))
            window = text[1:middle]  # another string: runs `re` (scanned if long, else as before)
            assert _same(member.search(window), regex.search(window))


def _same(first: re.Match | None, second: re.Match | None) -> bool:
    return (first is None and second is None) or (
        first is not None and second is not None and first.span() == second.span() and first.groups() == second.groups())


@needs_hyperscan
def test_the_detectors_find_the_same_with_and_without_the_gate(members):
    detectors = [SecretsDetector(), PiiDetector(), InfraDetector()]
    texts = [text for text in _corpus_texts() if len(text) >= regex_gate._SCANNED_FROM][:25]
    with_gate = [[sorted((s.start, s.end, s.kind) for s in d.detect(DetectionInput(t))) for d in detectors] for t in texts]
    held = regex_gate._gate
    try:
        regex_gate._gate = None  # every member runs `re` on every string
        regex_gate._local.text, regex_gate._local.recent = None, []
        without = [[sorted((s.start, s.end, s.kind) for s in d.detect(DetectionInput(t))) for d in detectors]
                   for t in texts]
    finally:
        regex_gate._gate = held
    assert with_gate == without


@pytest.fixture
def fixture_module(monkeypatch):
    """A detector module of our own, alone in a fresh calibration (the process's gate put back afterwards)."""
    module = types.ModuleType("redactor.detect.zz_gate_fixture")
    module.TICKET = re.compile(r"(?<![\w-])TCK-\d{6}(?![\w-])")  # dear in the run below, and narrow: gated
    module.EVERYWHERE = re.compile(r"\b\w+\b")  # cheap: never a member, stays a re.Pattern
    module.EMPTY = re.compile(r"(?=never)")  # its wider expression matches the empty string
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(regex_gate, "_calibrated", False)
    monkeypatch.setattr(regex_gate, "_gate", None)
    monkeypatch.setattr(regex_gate, "_WORTH_SECONDS", 1e-9)
    monkeypatch.setattr(regex_gate, "_local", regex_gate._PerThread())
    return module


def _long_prose(seed: int) -> str:
    generator = random.Random(seed)
    words = ["ticket", "deploy", "TCK", "queue", "rolled", "back", "window", "the", "and", "TCK-12", "12345"]
    return " ".join(generator.choice(words) for _ in range(400))


@needs_hyperscan
def test_a_calibrated_member_skips_texts_without_its_shape_and_finds_those_with_it(fixture_module):
    def run(number: int) -> None:
        for seed in range(20):
            text = _long_prose(seed * 10 + number)
            fixture_module.TICKET.search(text)
            fixture_module.EVERYWHERE.search(text)
            fixture_module.EMPTY.search(text)
    regex_gate.calibrate(run)
    assert type(fixture_module.TICKET) is regex_gate.GatedPattern
    assert type(fixture_module.EVERYWHERE) is re.Pattern and type(fixture_module.EMPTY) is re.Pattern
    without = _long_prose(999)
    assert fixture_module.TICKET.search(without) is None
    assert fixture_module.TICKET.number not in regex_gate.prefilter().possible(without)
    with_one = without[:300] + " TCK-004711 " + without[300:]
    assert fixture_module.TICKET.search(with_one).group(0) == "TCK-004711"
    assert [m.group(0) for m in fixture_module.TICKET.finditer(with_one)] == ["TCK-004711"]
    assert fixture_module.TICKET.search("short TCK-004711").group(0) == "TCK-004711"  # not scanned: runs `re`
    assert fixture_module.TICKET.sub("X", with_one).count("X") >= 1  # forwarded unchanged


@needs_hyperscan
def test_a_pattern_the_database_does_not_hold_still_runs(fixture_module):
    regex_gate.calibrate(lambda number: None)  # nothing measured: nothing gated
    assert regex_gate.prefilter() is None
    assert type(fixture_module.TICKET) is re.Pattern
    text = _long_prose(5) + " TCK-004711"
    assert fixture_module.TICKET.search(text).group(0) == "TCK-004711"


def test_without_hyperscan_nothing_is_gated(fixture_module, monkeypatch):
    monkeypatch.setattr(regex_prefilter, "hyperscan", None)

    def run(number: int) -> None:
        for seed in range(5):
            fixture_module.TICKET.search(_long_prose(seed))
    regex_gate.calibrate(run)
    assert regex_gate.prefilter() is None
    assert type(fixture_module.TICKET) is re.Pattern
