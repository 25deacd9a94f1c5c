"""benchmarks/fixed_cost_per_text.py: its texts hold nothing to find, and its line splits fixed cost from cost per KB."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector
from redactor.detect.pii import PiiDetector
from redactor.detect.secrets import SecretsDetector
from tests.benchmark_scripts import load_benchmark_script

script = load_benchmark_script("fixed_cost_per_text")


def test_the_line_recovers_a_fixed_cost_and_a_cost_per_kb():
    sizes = (200, 1024, 4096)
    fixed, per_kb = script.fixed_and_per_kb(sizes, [300 + 500 * size / 1024 for size in sizes])
    assert fixed == pytest.approx(300)
    assert per_kb == pytest.approx(500)


def test_the_sentences_have_the_size_asked_and_a_number_only_when_asked():
    assert len(script.sentences(1024, 3, False)) == 1024
    assert not any(char.isdigit() for char in script.sentences(4096, 3, False))
    assert any(char.isdigit() for char in script.sentences(200, 3, True))


@pytest.mark.parametrize("text", [script.sentences(1024, 7, False), script.sentences(1024, 7, True),
                                  *(script.short_value(salt) for salt in range(40))])
def test_the_texts_hold_nothing_to_find(text):
    # A finding would time a finder's work on it, not the cost of a text that holds nothing.
    item = DetectionInput(text)
    assert [span for detector in (SecretsDetector(), PiiDetector(), InfraDetector())
            for span in detector.detect(item)] == []
