"""Round 29 check set (issue 12): written after the change, without looking at any corpus, and not tuned on: people by
their slot in records of any script, and Cyrillic and Greek headings that are no people.

Slots: name-part columns and keys in other languages and scripts, keys that say which script a name is written in,
keys naming people or things with a value in another script, and labels ending in a person noun of Chinese,
Japanese or Korean. Clean look-alikes: things under the same slots (orders, member grades, settings) and Cyrillic
and Greek names at a line's start.
"""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import masked_on_wire, wire_values


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, names", [
    ("学号,姓,名,班级\n2023001,司徒,嘉怡,三班\n2023002,慕容,子墨,三班", ("司徒", "嘉怡", "慕容", "子墨")),
    ("No\t姓\t名\tセイ\tメイ\n1\t岡本\t奈央\tオカモト\tナオ", ("岡本", "奈央", "オカモト", "ナオ")),
    ("- name_zh: 梁家辉\n  name_en: Ka-fai Leung\n  desk: 4F", ("梁家辉",)),
    ('{"fullNameNative": "Ирина Лебедева", "team": "billing"}', ("Ирина Лебедева",)),
    ("INSERT INTO guests (room, guest_ko) VALUES (301, '황도윤'), (302, '석지안');", ("황도윤", "석지안")),
    ('{"customer": "민서연", "plan": "pro"}', ("민서연",)),
])
def test_check_name_slots_of_any_script_hold_people(engine, text, names):
    covered = masked_on_wire(engine, text, "tool_result")
    for name in names:
        assert name not in covered, name


@pytest.mark.parametrize("text, names", [
    ("门诊登记\n医师：贾思远\n药剂师：卜雨桐", ("贾思远", "卜雨桐")),
    ("受付票\n担当看護師：水野 沙耶", ("水野 沙耶",)),
    ("상담 기록\n작성자: 여태민\n상담사: 봉하린", ("여태민", "봉하린")),
])
def test_check_person_noun_labels_name_people(engine, text, names):
    covered = masked_on_wire(engine, text)
    for name in names:
        assert name not in covered, name


@pytest.mark.parametrize("text, kept", [
    ('{"name_en": "Orders", "name_cn": "订单"}', ("订单",)),
    ('{"member": "普通会员", "points": 1200}', ("普通会员",)),
    ("会员：普通会员\n店员：暂无", ("普通会员",)),
    ("학생: 전체 학생\n교사: 미정", ("전체 학생",)),
])
def test_check_things_in_person_slots_stay(engine, text, kept):
    covered = masked_on_wire(engine, text, "tool_result")
    for word in kept:
        assert word in covered, word


@pytest.mark.parametrize("text, word", [
    ("Договор поставки\nСтороны договорились о следующем.", "Договор"),
    ("Извещение о платеже\nПлатёж зачислен на счёт.", "Извещение"),
    ("Анкета участника\nЗаполните все поля.", "Анкета"),
    ("Δήλωση συναίνεσης\nΣυμφωνώ με την επεξεργασία των δεδομένων μου.", "Δήλωση"),
])
def test_check_cyrillic_and_greek_headings_are_no_people(engine, text, word):
    assert word not in wire_values(engine, text)


@pytest.mark.parametrize("text, name", [
    ("Людмила позвонила в клинику утром.", "Людмила"),
    ("Богданова сдала отчёт вовремя.", "Богданова"),
    ("Олег Никитин: документы готовы.", "Олег Никитин"),
    ("Η Κατερίνα Σταθοπούλου έστειλε το έγγραφο.", "Κατερίνα Σταθοπούλου"),
])
def test_check_cyrillic_and_greek_names_at_a_line_start_stay(engine, text, name):
    assert name not in masked_on_wire(engine, text)
