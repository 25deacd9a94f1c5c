"""A name in a script without capitals is named again without its legal form: organisation_parts.py (round 30).

DEV written before the change (own examples); CHECK written after it, without reading the corpus, not tuned on;
CLEAN must stay.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.organisation_parts import organisation_parts
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def covered(engine: DetectionEngine, text: str, value: str) -> bool:
    (spans,) = engine.detect([Segment(text, role="user", kind="prose")])
    start = text.rindex(value)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(value)))


DEV = [
    ("株式会社サクラ精工から見積もりが届きました。サクラ精工の担当者に返信を書いてください。", "サクラ精工"),
    ("㈜푸른숲건설과 계약을 검토 중입니다. 푸른숲건설 측 담당자에게 보낼 메일을 써 주세요.", "푸른숲건설"),
]
CHECK = [
    ("合同会社ヒカリデザインとの契約更新について。ヒカリデザインへの返信案をお願いします。", "ヒカリデザイン"),
    ("東邦精機株式会社の請求書が遅れています。東邦精機に催促のメールを送りたいです。", "東邦精機"),
]


@pytest.mark.parametrize("text, value", DEV + CHECK)
def test_the_short_form_of_a_found_name_is_found(engine, text, value):
    assert covered(engine, text, value), value


def test_two_characters_and_latin_names_are_left_alone():
    assert organisation_parts("株式会社ミナ") == ()
    assert organisation_parts("丸福印刷所") == ()  # no legal form to drop: the name is propagated as itself
