"""Agents' own instructions pass through unharmed: only the values users put in them are redacted.

Coding agents send the same long system prompt and tool schemas on every turn.
The real first requests of Claude Code and Codex (tests/fixtures/agents/, with
an e-mail, an AWS key and two names planted in the project file and prompt)
must come out with about as many placeholders as planted values, and their
tool definitions must be byte-identical from turn to turn. Imperatives,
headings, product names and flags are not people, and a false finding must
never spread into identifiers, flags or schema values.
"""
from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.engine import DetectionEngine
from redactor.detect.ner import NerDetector
from redactor.pipeline import RequestContext
from redactor.policy import parse_policy
from redactor.runtime import build_pipeline, resolve_policy
from redactor.segments import Segment

FIXTURES = Path(__file__).parent / "fixtures" / "agents"
AGENTS = {"claude_code": ("claude_code_first_request.json", "anthropic"),
          "codex": ("codex_first_request.json", "openai_responses")}
NER = NerDetector()


def agent_request(agent: str) -> tuple[dict, object]:
    filename, api = AGENTS[agent]
    return json.loads((FIXTURES / filename).read_text(encoding="utf-8")), importlib.import_module(f"redactor.wire.{api}")


def planted() -> list[str]:
    return [entry["value"] for entry in json.loads((FIXTURES / "planted.json").read_text())["values"]]


def device_ids_in_metadata(body: dict) -> list[str]:
    """The device id an agent sends in its request's `metadata.user_id` (a JSON string), if any."""
    user_id = body.get("metadata", {}).get("user_id", "")
    try:
        device_id = json.loads(user_id).get("device_id") if user_id.startswith("{") else None
    except ValueError:
        return []
    return [device_id] if device_id else []


def persons(text: str) -> list[str]:
    return [text[s.start:s.end] for s in NER.detect(DetectionInput(text)) if s.kind == "PERSON"]


@pytest.fixture(scope="module")
def default_engine() -> DetectionEngine:
    return DetectionEngine.from_policy(resolve_policy("default"))


# --- real agent requests ----------------------------------------------------------------


@pytest.mark.parametrize("agent", sorted(AGENTS))
def test_real_agent_request_gets_about_one_placeholder_per_planted_value(agent, default_engine):
    body, wire = agent_request(agent)
    segments = wire.extract(body).segments
    spans = default_engine.detect(segments)
    redacted = {segment.text[s.start:s.end] for segment, found in zip(segments, spans) for s in found}
    # Beside the planted values, the install's device id that Claude Code sends in `metadata.user_id` is a device
    # identifier (personal data, redacted by design since round 27's device ids: ids_of_devices.py).
    values = planted() + device_ids_in_metadata(body)
    assert all(any(value in text for text in redacted) for value in values), "a planted value was missed"
    assert len(redacted) <= 1.5 * len(values), sorted(redacted)


def test_tool_definitions_are_byte_identical_across_turns():
    body, wire = agent_request("claude_code")
    pipeline = build_pipeline(resolve_policy("default"), vault_url="memory://")

    def tool_texts(request: dict) -> list[str]:
        extraction = wire.extract(request)
        result = pipeline.process(extraction.segments, RequestContext(conversation="agent-1", api="anthropic"))
        return [segment.text for segment in result.segments if segment.position == "tool_definition"]

    first = tool_texts(body)
    # Turn 2: the user names people and uses words that appear in the tool schemas.
    second_body = dict(body, messages=[*body["messages"],
                                       {"role": "assistant", "content": "Done."},
                                       {"role": "user", "content": "Ask Max Okonkwo and Mark Task about the Bash "
                                                                   "tool; Read the max settings."}])
    second = tool_texts(second_body)
    assert first == second
    # Nothing in them is redacted but the vendor's commit e-mail address (recall first).
    placeholders = {p for text in first for p in re.findall(r"\[\[[A-Z_]+_\d+\]\]", text)}
    assert {p.rsplit("_", 1)[0] for p in placeholders} <= {"[[EMAIL"}


# --- people, not words ----------------------------------------------------------------


def test_an_imperative_before_an_address_is_not_a_person():
    assert persons("Email dana@example.org about the release.") == []
    assert persons("Write the file, then Read it back. Exit the worktree when done.") == []


def test_headings_and_compound_words_are_not_people():
    text = "## Status Workflow\n\nCodebase and user instructions are shown below.\n\nMark it as completed."
    assert persons(text) == []


def test_names_that_are_also_words_are_still_names():
    assert "Will Turner" in persons("Please ask Will Turner to sign the contract.")
    assert "Rose Baker" in persons("The contract was signed by Rose Baker yesterday.")


def test_a_finding_never_crosses_a_line_break():
    text = "Fast mode uses Tomasz Wierzbicki\n# Harness\nText follows here."
    for found in NER.detect(DetectionInput(text)):
        assert "\n" not in text[found.start:found.end]


def test_allow_list_entry_covers_multi_word_product_names_but_not_people():
    policy = parse_policy("name: t\nstages: [placeholders]\norg:\n  allow: [Claude]\n")
    engine = DetectionEngine(policy, [], ner=NER, allow_terms=["Claude"])
    text = "Claude Code and Claude Desktop were updated. Claude Shannon founded information theory."
    [spans] = engine.detect([Segment(text)])
    found = [text[s.start:s.end] for s in spans]
    assert "Claude Code" not in found and "Claude Desktop" not in found
    assert any("Shannon" in value for value in found)


# --- propagation does not spread false findings --------------------------------------------


class _FixedFinder:
    """Reports given words as PERSON in the first segment only: a stand-in for a model's (false) finding."""

    name = "fixed"

    def __init__(self, first_text: str, values: tuple[str, ...]) -> None:
        self._first_text = first_text
        self._values = values

    def detect(self, item):
        from redactor.detect.base import Span

        if item.text != self._first_text:
            return []
        found = []
        for value in self._values:
            start = item.text.find(value)
            if start >= 0:
                found.append(Span(start, start + len(value), "PERSON", "pii", 0.9, self.name))
        return found


def _engine(first_text: str = "", *found_as_persons: str) -> DetectionEngine:
    policy = parse_policy("name: t\nstages: [placeholders]\ndetection:\n  ner:\n    enabled: false\n")
    return DetectionEngine(policy, [_FixedFinder(first_text, found_as_persons)])


def test_a_common_or_lower_case_word_found_as_a_person_does_not_spread():
    engine = _engine("Use max and Mark to continue.", "max", "Mark")
    segments = [Segment("Use max and Mark to continue."),
                Segment('{"enum": ["max", "min"]}', kind="code"),
                Segment("Mark the task done; the max is 10.")]
    spans = engine.detect(segments)
    assert spans[1] == [] and len(spans[2]) == 0


def test_a_name_never_propagates_into_identifiers_or_flags():
    engine = _engine("Owner: Maxine Okafor", "Maxine Okafor")
    text = ("Pass --Okafor-findings and Okafor_results, call obj.Okafor() and Okafor.value; "
            "mail Okafor-team. Okafor agreed.")
    [_, spans] = engine.detect([Segment("Owner: Maxine Okafor"), Segment(text, kind="code")])
    assert [text[s.start:s.end] for s in spans] == ["Okafor"]
    assert text[spans[0].start - 1] == " " and text[spans[0].end] == " "


def test_known_values_of_earlier_turns_do_not_reach_tool_definitions():
    engine = _engine()
    definition = Segment("Read a file. Okonkwo mode is experimental.", position="tool_definition")
    user = Segment("Ask Okonkwo about it.")
    spans = engine.detect([definition, user], known_values={"Okonkwo": "PERSON"})
    assert spans[0] == [] and len(spans[1]) == 1
