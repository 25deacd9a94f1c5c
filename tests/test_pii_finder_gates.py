"""PiiDetector's dispatch calls a finder only where its declared pre-condition holds (keywords.needs_cues,
keywords.needs_literals, asked by keywords.gate_holds), and a declared pre-condition is one the finder needs."""
from __future__ import annotations

import types

import pytest

from redactor.detect import geo_coordinates, ids_in_key_values, ids_short_codes, machine_readable_zones, org_affiliations
from redactor.detect import pii
from redactor.detect.base import DetectionInput
from redactor.detect.keywords import gate_holds, lowered_same_length
from redactor.detect.pii import PiiDetector

# (finder, a text its gate passes and it finds something in, a text its gate stops)
_GATES = [
    (ids_short_codes.find_short_codes, "please re-send the scans for KT-4471 today", "please resend the scans today"),
    (ids_in_key_values.find_keyed_codes, "badge scan staff=E-30417 door=north", "badge scan staff E30417 door north"),
    (geo_coordinates.find_geo_coordinates, "pin dropped at 51.5072, -0.1276 by the van", "pin dropped by the van"),
    (machine_readable_zones.machine_readable_zones,
     "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
     "passport scan attached, see the photo page"),
    (org_affiliations.organisations_alone_on_lines, "Thanks for the quote!\nHarbrook Joinery\n",
     "Thanks for the quote! Harbrook Joinery"),
]


def _call(finder, text: str) -> list:
    if finder in (machine_readable_zones.machine_readable_zones, org_affiliations.organisations_alone_on_lines):
        return list(finder(text, "pii"))
    return list(finder(text))


@pytest.mark.parametrize("finder, passes, stopped", _GATES, ids=[gate[0].__name__ for gate in _GATES])
def test_a_literal_gate_passes_a_text_its_finder_finds_in_and_stops_one_without_its_mark(finder, passes, stopped):
    assert gate_holds(finder, passes, lowered_same_length(passes))
    assert _call(finder, passes)
    assert not gate_holds(finder, stopped, lowered_same_length(stopped))
    assert _call(finder, stopped) == []


def _gated_finders() -> dict[str, types.FunctionType]:
    """The module functions PiiDetector.detect names that declare a pre-condition."""
    code = PiiDetector.detect.__code__
    names = set(code.co_names)
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            names |= set(constant.co_names)
    return {name: getattr(pii, name) for name in sorted(names)
            if isinstance(getattr(pii, name, None), types.FunctionType)
            and (hasattr(getattr(pii, name), "cue_families") or hasattr(getattr(pii, name), "literals"))}


_TEXTS = [text for _, passes, stopped in _GATES for text in (passes, stopped)] + [
    "Birthdays: Anna Kowalski - 3 March 1984, Piet de Vries - 12/07/1979",
    "77082514178 is my PESEL and 85010112345 was the other one",
    "Routing 021000021, account 483920117 (checking), sort code 20-00-00 55779911",
    "cc hpatel and thanks j.novak3 for the review; messaged dkim22 from the team",
    "2026-11-02T10:15:03Z INFO request handled path=/api/v1/orders status=200 client=10.2.3.4",
    "ok", "", "Run the tests again please", "line 44",
]


def test_the_dispatch_calls_a_gated_finder_only_where_its_gate_holds(monkeypatch):
    """A finder that declares a pre-condition is never called on a text that fails it: a new call site that skips
    `cued(...)` fails here."""
    gated = _gated_finders()
    assert {"find_short_codes", "find_keyed_codes", "find_geo_coordinates", "machine_readable_zones",
            "organisations_alone_on_lines", "find_ids_before_labels", "find_logins_in_person_slots"} <= set(gated)
    called_without_gate: list[tuple[str, str]] = []

    def watched(name, finder):
        def run(text, *args, **kwargs):
            if not gate_holds(finder, text, lowered_same_length(text)):
                called_without_gate.append((name, text))
            return finder(text, *args, **kwargs)
        run.__dict__.update(finder.__dict__)  # the declarations stay readable by the dispatch
        return run

    for name, finder in gated.items():
        monkeypatch.setattr(pii, name, watched(name, finder))
    detector = PiiDetector()
    for text in _TEXTS:
        for kind in ("prose", "tool_result"):
            detector.detect(DetectionInput(text, segment_kind=kind))
    assert called_without_gate == []


def test_a_gated_finder_finds_nothing_where_its_gate_fails_and_the_findings_are_those_of_every_gate_open(monkeypatch):
    detector = PiiDetector()
    gated = {text: sorted(map(repr, detector.detect(DetectionInput(text)))) for text in _TEXTS}
    monkeypatch.setattr(pii, "gate_holds", lambda finder, text, lowered: True)
    for text in _TEXTS:
        assert sorted(map(repr, detector.detect(DetectionInput(text)))) == gated[text], text
