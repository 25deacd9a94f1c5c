"""PiiDetector's dispatch calls a finder only where its declared pre-condition holds (keywords.needs_cues,
keywords.needs_marks, all answered by the detector's keywords.FinderGates), every finder it calls is registered
there with a declaration, and a declared pre-condition is one the finder needs."""
from __future__ import annotations

import inspect
import re

import pytest

from redactor.detect import geo_coordinates, ids_in_key_values, ids_short_codes, machine_readable_zones, org_affiliations
from redactor.detect import pii
from redactor.detect.base import DetectionInput
from redactor.detect.keywords import ANY_TEXT, FinderGates, finder_may_find, has_precondition
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
def test_a_mark_gate_passes_a_text_its_finder_finds_in_and_stops_one_without_its_mark(finder, passes, stopped):
    assert finder_may_find(finder, passes)
    assert _call(finder, passes)
    assert not finder_may_find(finder, stopped)
    assert _call(finder, stopped) == []


# Functions detect names that find nothing themselves: a filter of findings, the last pass, helpers it hands a finder
# (a date's plausibility, its year), the declaration its comment names, and a spread of findings that runs only on
# logins already found (`logins_listed_with`: the other items of their list).
_NOT_FINDERS = {"is_personal_login", "drop_placeholder_overlaps", "lowered_same_length", "_plausible_birth_date",
                "_year_of", "needs_marks", "is_public_code", "logins_listed_with"}


def _finders_called_by_detect() -> dict[str, object]:
    """The methods and module functions PiiDetector.detect calls, by name (read from its source)."""
    source = inspect.getsource(PiiDetector.detect)
    found = {name: value for name, value in vars(PiiDetector).items()
             if inspect.isfunction(value) and name.startswith("_") and not name.startswith("__") and name != "_span"
             and f"self.{name}" in source and name not in _NOT_FINDERS}
    found |= {name: value for name, value in vars(pii).items()
              if inspect.isfunction(value) and re.search(rf"\b{name}\b", source) and name not in _NOT_FINDERS}
    return found


def test_every_finder_the_pii_detector_calls_declares_its_precondition_and_is_registered() -> None:
    finders = _finders_called_by_detect()
    assert len(finders) > 50  # (the source reading found them)
    assert {"_emails", "find_usernames", "machine_readable_zones", "capitalised_common_words"} <= set(finders)
    assert [name for name, finder in finders.items() if not has_precondition(finder)] == []
    detector = PiiDetector()
    registered = set(detector._gates.finders)
    unregistered = [name for name, finder in finders.items()
                    if (getattr(detector, name) if name.startswith("_") else finder) not in registered]
    assert unregistered == []


def _narrowly_gated() -> dict[str, object]:
    """The finders detect calls that declare something narrower than ANY_TEXT (the dispatch must ask their gate)."""
    return {name: finder for name, finder in _finders_called_by_detect().items()
            if ANY_TEXT not in finder.precondition[1]}


_TEXTS = [text for _, passes, stopped in _GATES for text in (passes, stopped)] + [
    "Birthdays: Anna Kowalski - 3 March 1984, Piet de Vries - 12/07/1979",
    "77082514178 is my PESEL and 85010112345 was the other one",
    "Routing 021000021, account 483920117 (checking), sort code 20-00-00 55779911",
    "cc hpatel and thanks j.novak3 for the review; messaged dkim22 from the team",
    "2026-11-02T10:15:03Z INFO request handled path=/api/v1/orders status=200 client=10.2.3.4",
    "mail anna.k@example.org or anna (at) example (dot) org; MAC 00:1A:2B:3C:4D:5E, call 1-800-FLOWERS",
    "birth dates that failed:\nrow 12: 12.MAR.1985\nrow 13: 03.04.1990",
    "12/03/1985 is my DOB, call me on 0161 496 0000",
    "wire it to the bank: 026009593 then 7739104482",
    "Hola equipo, el pedido 44120 llega el 5 de marzo; saludos desde Madrid",
    "Kontonummer 1234567890 bei der Sparkasse, BLZ 37050198",
    "ok", "", "12345", "Run the tests again please", "line 44",
]


def test_the_dispatch_calls_a_gated_finder_only_where_its_gate_holds(monkeypatch):
    """A finder that declares a pre-condition is never called on a text that fails it: a new call site that does not
    ask `held` fails here."""
    gated = _narrowly_gated()
    assert {"find_short_codes", "find_keyed_codes", "find_geo_coordinates", "machine_readable_zones",
            "organisations_alone_on_lines", "find_ids_before_labels", "find_logins_in_person_slots",
            "_emails", "_macs"} <= set(gated)
    called_without_gate: list[tuple[str, str]] = []

    def watched(name, finder):
        def run(*args, **kwargs):
            text = args[1] if name.startswith("_") else args[0]
            if not finder_may_find(finder, text):
                called_without_gate.append((name, text))
            return finder(*args, **kwargs)
        run.__dict__.update(finder.__dict__)  # the declarations stay readable by the gates
        return run

    for name, finder in gated.items():
        monkeypatch.setattr(PiiDetector if name.startswith("_") else pii, name, watched(name, finder))
    detector = PiiDetector()
    for text in _TEXTS:
        for kind in ("prose", "tool_result"):
            detector.detect(DetectionInput(text, segment_kind=kind))
    assert called_without_gate == []


def test_a_gated_finder_finds_nothing_where_its_gate_fails_and_the_findings_are_those_of_every_gate_open(monkeypatch):
    detector = PiiDetector()
    gated = {text: sorted(map(repr, detector.detect(DetectionInput(text)))) for text in _TEXTS}
    monkeypatch.setattr(FinderGates, "held", lambda gates, text: set(gates.finders))
    for text in _TEXTS:
        assert sorted(map(repr, detector.detect(DetectionInput(text)))) == gated[text], text
