"""A host field whose value opens a sentence is a label of prose, not a machine (redactor/detect/infra.py)."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector


def _hosts(text: str) -> list[str]:
    return [text[span.start:span.end] for span in InfraDetector().detect(DetectionInput(text))
            if span.kind == "INTERNAL_HOSTNAME"]


@pytest.mark.parametrize("text", [
    "00:03:10 HOST: Well, thanks for joining us again this week.",
    "Host: Welcome back to the show, everyone.",
    "[12:04] HOST: so that was the news for today\n[12:05] CALLER: thanks\n[12:05] HOST: right",
])
def test_a_speaker_label_named_host_heads_no_machine(text: str) -> None:
    assert _hosts(text) == []


@pytest.mark.parametrize("text, machine", [
    ("host: phoenix went down at noon", "phoenix"),  # a machine's word is rarer than everyday English
    ("Host: Atlas is down again since the patch", "Atlas"),
    ("host: db-prod-7", "db-prod-7"),
    ("Server=sqlprod03;Database=orders", "sqlprod03"),
])
def test_a_host_field_holding_a_machine_still_finds_it(text: str, machine: str) -> None:
    assert machine in _hosts(text)
