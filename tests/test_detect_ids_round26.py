"""Round 26 (ids26): ticket keys whose prefix is a common word and ids of records in code and tool output.

The dev set (tests/ids26_sets/dev.py) was written before the code, the check set (check.py) after it and not tuned on;
both run through the whole default engine (ids_work_item_keys.py, ids_of_people.py)."""
import importlib.util
from pathlib import Path

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment

_SETS = Path(__file__).parent / "ids26_sets"


def _cases(file_name: str, name: str) -> list[tuple[str, str, str]]:
    spec = importlib.util.spec_from_file_location(f"ids26_sets.{file_name}", _SETS / file_name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [(case[0], case[1], case[2] if len(case) > 2 else "prose") for case in getattr(module, name, [])]


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def _spans(engine: DetectionEngine, text: str, kind: str, only: str | None = None) -> list[tuple[int, int]]:
    return [(span.start, span.end) for span in engine.detect([Segment(text, kind=kind)])[0]
            if only is None or span.kind == only]


@pytest.mark.parametrize(("text", "value", "kind"), [*_cases("dev.py", "DEV"), *_cases("check.py", "CHECK")])
def test_a_ticket_key_or_a_records_id_beside_a_person_is_redacted(engine, text, value, kind):
    start = text.rindex(value)
    assert any(s <= start and start + len(value) <= e for s, e in _spans(engine, text, kind))


# Only ids are asserted: the check set's `ISO-8859-1` is a USERNAME of another pass on main too.
@pytest.mark.parametrize(("text", "value", "kind"), [*_cases("dev.py", "NEG"), *_cases("check.py", "CHECK_NEG")])
def test_standards_versions_and_things_numbers_are_no_ids(engine, text, value, kind):
    start = text.index(value)
    assert not any(s < start + len(value) and start < e for s, e in _spans(engine, text, kind, "ID_NUMBER"))
