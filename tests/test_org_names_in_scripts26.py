"""Round 26 (orgs26b): organisations written in scripts without Latin letters, named by their type word, a label or
a cue of their language (org_legal_forms.py, org_type_words.py, org_cues_in_scripts.py).

Dev set: written before the change from forms people paste (chats, forms, CVs, system prompts), never from a corpus
case; before the change 12 of its 33 names reached the wire whole. The check set at the end was written after the
change and not tuned on.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.org_legal_forms import organisations_by_legal_form
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


DEV_FOUND = [
    ("대성메디컬 담당자 연락처 좀 알려주세요", "대성메디컬"),
    ("한결물류에 견적 요청 드렸습니다", "한결물류"),
    ("당신은 세아로지스의 고객지원 상담원입니다.", "세아로지스"),
    ("동진테크 계약 건으로 미팅 잡아주세요", "동진테크"),
    ("회사명: 한빛정밀", "한빛정밀"),
    ("ひまわりクリニックで来週受診します", "ひまわりクリニック"),
    ("勤務先：丸紅ロジテック", "丸紅ロジテック"),
    ("さくら銀行の口座に振り込みました", "さくら銀行"),
    ("丸紅ロジテック御中", "丸紅ロジテック"),
    ("あなたはミドリ精工の受付アシスタントです", "ミドリ精工"),
    ("我在华信科技公司工作三年了", "华信科技公司"),
    ("工作单位：深圳蓝海贸易", "深圳蓝海贸易"),
    ("他的工资卡是建设银行的", "建设银行"),
    ("你是华信科技的客服助手", "华信科技"),
    ("ผมทำงานที่บริษัท สยามพัฒนา จำกัด", "บริษัท สยามพัฒนา จำกัด"),
    ("Записалась в МЦ „Здравица“ на вторник", "МЦ „Здравица“"),
    ("Открыла вклад в банке «Восток» на год", "банке «Восток»"),
    ("Карта ПриватБанк заблокирована", "ПриватБанк"),
    ("Подписался на МегаФон в прошлом году", "МегаФон"),
    ("Место работы: Уралпромсервис", "Уралпромсервис"),
    ("मेरा खाता बैंक ऑफ़ बड़ौदा में है", "बैंक ऑफ़ बड़ौदा"),
    ("Ο γιος μου πάει στο Φροντιστήριο Πρόοδος", "Φροντιστήριο Πρόοδος"),
    ("Είμαι πελάτης στην Τράπεζα Αιγαίου εδώ και χρόνια", "Τράπεζα Αιγαίου"),
    ("ابني يدرس في مدارس الرواد الأهلية", "مدارس الرواد"),
]

# Type words, pronouns and clauses with no name beside them.
DEV_LEFT = [
    "この病院は駅から近いです",
    "私たちの会社は東京にあります",
    "通っている病院で薬をもらった",
    "我们公司的政策是这样的",
    "银行卡丢了怎么办",
    "这家医院很好",
    "你是我们的助手",
    "우리 회사는 서울에 있습니다",
    "당신은 우리의 상담원입니다",
    "Компания: мы работаем с 2010 года",
    "СНИЛС и ИНН нужны для оформления, СНИЛСа нет",
    "Мы пошли в банк, потом в школу",
]


@pytest.mark.parametrize("text, value", DEV_FOUND)
def test_an_organisation_in_a_script_without_latin_letters_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value), value


@pytest.mark.parametrize("text", DEV_LEFT)
def test_a_type_word_or_pronoun_without_a_name_is_no_organisation(text):
    assert organisations_by_legal_form(text, "test") == []


# Check set: written after the change, not tuned on.
CHECK_FOUND = [
    ("저는 미래에셋증권에서 근무합니다", "미래에셋증권"),
    ("소속: 푸른숲한의원", "푸른숲한의원"),
    ("あおぞら銀行から連絡がありました", "あおぞら銀行"),
    ("所属：東亜システムズ", "東亜システムズ"),
    ("她女儿在明德诊所看牙", "明德诊所"),
    ("供应商：宁波恒远物流", "宁波恒远物流"),
    ("Работодатель: Северсталь-Трейд", "Северсталь-Трейд"),
    ("Лечусь в клинике «Медлайн» уже год", "клинике «Медлайн»"),
    ("Εργοδότης: Αφοί Παπαδόπουλοι", "Αφοί Παπαδόπουλοι"),
    ("أعمل في عيادة النخبة لطب الأسنان", "عيادة النخبة"),
    ("บริษัท ไทยรุ่งเรือง จำกัด (มหาชน) ประกาศผลประกอบการ", "บริษัท ไทยรุ่งเรือง จำกัด (มหาชน)"),
    ("あなたはさくら不動産の案内係です", "さくら不動産"),
    ("Оплатил через ТинькоффБанк", "ТинькоффБанк"),
]
CHECK_LEFT = ["銀行に行ってきます", "病院の予約を変更したい", "公司的年假怎么算", "Работодатель: не указан", "去银行取钱",
              "在医院工作的护士"]


@pytest.mark.parametrize("text, value", CHECK_FOUND)
def test_check_an_organisation_in_a_script_without_latin_letters_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value), value


@pytest.mark.parametrize("text", CHECK_LEFT)
def test_check_a_type_word_without_a_name_is_no_organisation(text):
    assert organisations_by_legal_form(text, "test") == []


def test_a_hiragana_name_starts_after_the_sentence_before_it():
    text = "あなたはさくら不動産の案内係です"
    assert [text[s.start:s.end] for s in organisations_by_legal_form(text, "test")] == ["さくら不動産"]
