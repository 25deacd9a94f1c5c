"""Round 27 (scripts27): personal data written in non-Latin scripts that the detectors read only in Latin form.

Three mechanisms, each shown in several languages:
- digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai) and full-width digits are read as
  ASCII digits by the normalized view (decoded_views.py), so phones and ids written in them are found;
- a phone or id fused to a label of a script written without spaces ("手机13812345678", "연락처01012345678") is
  read with a blank between label and number in that view;
- the person labels of forms in Persian, Urdu, Bengali, Tamil, Telugu, Marathi, Thai, Ukrainian and more
  (person_cues.yaml), and Japanese names written with the iteration mark 々 ("佐々木").

Dev set: written before the change from forms people paste (probes, not corpus cases); before the change each
value below reached the wire. The check set (test_scripts27_check.py) was written after the change.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


DEV_FOUND = [
    # digits of other scripts
    ("رقم الجوال: ٠٥٠١٢٣٤٥٦٧", "٠٥٠١٢٣٤٥٦٧"),
    ("تلفن همراه: ۰۹۱۲۱۲۳۴۵۶۷", "۰۹۱۲۱۲۳۴۵۶۷"),
    ("نام: علی رضایی\nشماره ملی: ۰۰۱۲۳۴۵۶۷۸", "۰۰۱۲۳۴۵۶۷۸"),
    ("मोबाइल: ९८७६५ ४३२१०", "९८७६५ ४३२१०"),
    ("โทร ๐๘๑-๒๓๔-๕๖๗๘", "๐๘๑-๒๓๔-๕๖๗๘"),
    ("手机号１３８１２３４５６７８", "１３８１２３４５６７８"),
    # numbers fused to a label of a script without spaces
    ("请联系张伟经理，手机13812345678", "13812345678"),
    ("연락처01012345678 로 연락주세요", "01012345678"),
    # person labels of more languages, and 々
    ("نام: علی رضایی", "علی رضایی"),
    ("பெயர்: முருகன் செல்வம்", "முருகன் செல்வம்"),
    ("নাম: রহিম উদ্দিন", "রহিম উদ্দিন"),
    ('{"氏名": "佐々木 健", "電話番号": "03-1234-5678"}', "佐々木 健"),
]


@pytest.mark.parametrize("text, value", DEV_FOUND)
def test_dev_personal_data_in_non_latin_scripts_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value), value
