"""Round 24, third pass (secrets24c), check set: written after the change and never tuned on.

Generated URL path segments, the codes after the first of a list, quoted export fields and `Code` columns of
locks (see tests/test_secrets24c_dev.py). Every value here is invented.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire, untouched_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


FOUND = [
    ("fetch(`https://tiles.mapvendor.example/styles/v1/QwE7rT2yU9iO4pA6sD1fG3hJ/256/{z}/{x}/{y}`)",
     "QwE7rT2yU9iO4pA6sD1fG3hJ"),
    ("[2025-02-11 10:04:19] GET /hooks/in/Lm3Nb8Vc2Xz7Qa5Ws9Ed4Rf HTTP/1.1 200", "Lm3Nb8Vc2Xz7Qa5Ws9Ed4Rf"),
    ("the alarm pin is 6023, the garage door is 8814 & the safe is 3190", ["6023", "8814", "3190"]),
    ("garage code 5521; shed lock: 0739", ["5521", "0739"]),
    ("router password is Walnut!Bay47, and the NAS is Comet-Drift-19.", ["Walnut!Bay47", "Comet-Drift-19"]),
    ('"Title","Username","Password","URL","Notes"\n"Mail","p.lind","Rivet-Owl-73","https://mail.example","old, do not use"',
     ["Rivet-Owl-73"]),
    ('account;notes;password\nshop;"see ticket 44; urgent";Saffron#Mole8', ["Saffron#Mole8"]),
    ("Location,Door code\nWarehouse,40917\nOffice,2283*", ["40917", "2283*"]),
    ("| Site | Code |\n|---|---|\n| Back gate | 7310 |\n| Bin store lock | 4402 |", ["7310", "4402"]),
]


@pytest.mark.parametrize("text,values", FOUND)
def test_found(engine, text, values):
    for value in [values] if isinstance(values, str) else values:
        assert covered_on_wire(engine, text, value), value


KEPT = [
    ("clone https://gitlab.example.com/group/project/-/commit/a3f9c81d2e7b6a5f4c3d2e1f0a9b8c7d6e5f4a3b",
     "a3f9c81d2e7b6a5f4c3d2e1f0a9b8c7d6e5f4a3b"),
    ("open https://example.net/blog/how-we-migrated-to-postgres16-in-2024/", "how-we-migrated-to-postgres16-in-2024"),
    ("GET /v1/orders/550e8400-e29b-41d4-a716-446655440000/items HTTP/1.1", "550e8400-e29b-41d4-a716-446655440000"),
    ("the door code is 4471, expires in 2025", "2025"),
    ("gate code is 1948, and about 300 residents have it", "300"),
    ("| Product | Code |\n|---|---|\n| Mug | 10443 |\n| Scarf | 20871 |", "10443"),
    ('id,comment,score\n1,"great, would buy",9871\n2,"meh",1200', "9871"),
]


@pytest.mark.parametrize("text,value", KEPT)
def test_kept(engine, text, value):
    assert untouched_on_wire(engine, text, value)
