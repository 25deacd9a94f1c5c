"""A found person's capitalised one-word name (or name part) spreads into file, branch and path names where it stands
as a whole piece with its capital (`nda-Kowalczyk.pdf`, `feature/Brennan-rollout`): doubtful there, and never for an
ordinary word ("Baker") or a lower-case piece of code (`max-age`, `--max-results`)."""
from __future__ import annotations

import re

from redactor.detect.base import DetectionInput, Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.policy import parse_policy
from redactor.segments import Segment


class _Listed:
    """Finds the names it is given, nothing else (NER off: only propagation adds spans)."""

    name = "listed"

    def __init__(self, people: list[str]) -> None:
        self._people = people

    def detect(self, item: DetectionInput) -> list[Span]:
        return [Span(m.start(), m.end(), "PERSON", "pii", 0.85, self.name)
                for person in self._people for m in re.finditer(rf"(?<![\w-]){re.escape(person)}(?![\w-])", item.text)]


def _people(text: str, people: list[str]) -> list[tuple[str, float]]:
    policy = parse_policy("name: t\nstages: [placeholders]\ndetection:\n  ner:\n    enabled: false\n")
    engine = DetectionEngine(policy, [_Listed(people)])
    [spans] = engine.detect([Segment(text=text, role="user", kind="prose")])
    return [(text[span.start:span.end], span.score) for span in spans if span.kind == "PERSON"]


def test_a_found_names_part_in_file_and_branch_names():
    text = ("Contract signed by Marta Kowalczyk.\n"
            "Attached: nda-Kowalczyk.pdf and invoice_Kowalczyk_2024.pdf; branch feature/Kowalczyk-onboarding.")
    found = _people(text, ["Marta Kowalczyk"])
    assert [value for value, _ in found] == ["Marta Kowalczyk", "Kowalczyk", "Kowalczyk", "Kowalczyk"]
    # Inside an identifier the name is a guess: doubtful, redacted on the wire, not reported by an audit.
    assert all(score <= DOUBTFUL_SCORE for value, score in found[1:])


def test_a_found_one_word_name_in_a_path():
    found = _people("Ask Oyelaran.\nSee /shared/reports/Oyelaran-q3.xlsx", ["Oyelaran"])
    assert [value for value, _ in found] == ["Oyelaran", "Oyelaran"]


def test_ordinary_words_and_lower_case_pieces_stay():
    text = "Rose Baker signed. Kowalczyk too.\nSee Baker-street.md, kowalczyk-notes.txt and --Max-age."
    found = [value for value, _ in _people(text, ["Rose Baker", "Kowalczyk"])]
    assert found == ["Rose Baker", "Kowalczyk"]
