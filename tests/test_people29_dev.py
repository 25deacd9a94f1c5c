"""Round 29 dev set (issue 12): people by their slot in records of any script, and the English model's false persons
on Cyrillic and Greek text.

Written before the change, with invented names and my own texts, from the forms the people28dev corpus's read half
shows (not its samples):
- a column, key or SQL column whose name says it holds a name part, in the words other languages and scripts use
  (`姓`, `名`, the katakana reading columns `セイ`/`メイ`) or with a word saying which script the name is written in
  (`name_cn`, `name_ja`, `nameKana`), holds a person whatever the value's shape; a key that names people or things
  (`real_name`, `patient`, `name`) holds a person when its value is written in a script the name lists do not
  cover and is no common word of that script;
- a one-word heading or label of a Cyrillic or Greek line ("Справка", "Заявление", "Βεβαίωση") that the English
  model calls a person or place is a common word of its language where letter case says nothing (a line's or a
  sentence's first word) and no name of Faker's lists: below the wire.
The clean cases must stay: a product table's columns, common words under a name key, and Cyrillic names at a line's
start.
"""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import masked_on_wire, wire_values


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, names", [
    ("学籍番号,姓,名,セイ,メイ,学年\n240117,森田,彩花,モリタ,アヤカ,2\n240118,川口,蓮,カワグチ,レン,2",
     ("森田", "彩花", "モリタ", "アヤカ", "川口", "カワグチ", "レン")),
    ("工号,姓,名,部门\nA1001,欧阳,娜娜,市场部\nA1002,诸葛,明轩,财务部", ("欧阳", "娜娜", "诸葛", "明轩")),
    ("INSERT INTO staff (id, name_ja, name_en, team) VALUES\n(7, '松本 蓮', 'Ren Matsumoto', 'QA'),\n"
     "(8, '長谷川 凪', 'Nagi Hasegawa', 'QA');", ("松本 蓮", "長谷川 凪")),
    ('{"id": 31, "nameKana": "ハセガワ ナギ", "nameKanji": "長谷川 凪"}', ("ハセガワ ナギ", "長谷川 凪")),
    ('[{"member_no": 5521, "real_name": "贺子轩", "city": "重庆"}]', ("贺子轩",)),
    ('{"patient": "오하람", "ward": "7B"}', ("오하람",)),
])
def test_a_name_slot_of_any_language_holds_a_person_whatever_the_value(engine, text, names):
    covered = masked_on_wire(engine, text, "tool_result")
    for name in names:
        assert name not in covered, name


@pytest.mark.parametrize("text, kept", [
    ("商品コード,商品名,価格\nA-1,りんご,120\nA-2,みかん,90", ("りんご", "みかん")),
    pytest.param('{"name": "设置", "icon": "gear"}', ("设置",), marks=pytest.mark.xfail(
        reason="people_in_structure's label rule takes any non-Latin value after `name`: not changed in round 29",
        strict=True)),
    ('{"display_name": "管理员", "role": "admin"}', ("管理员",)),
    ('{"title_en": "Release notes", "title_cn": "发布说明"}', ("发布说明",)),
])
def test_things_under_name_like_slots_stay(engine, text, kept):
    covered = masked_on_wire(engine, text, "tool_result")
    for word in kept:
        assert word in covered, word


@pytest.mark.parametrize("text, word", [
    ("Справка о доходах\nВыдана для предъявления по месту требования.", "Справка"),
    ("Заявление на отпуск\nПрошу предоставить мне ежегодный отпуск с 3 марта.", "Заявление"),
    ("Протокол заседания комиссии\nПрисутствовали все члены комиссии.", "Протокол"),
    ("Βεβαίωση υπηρεσίας\nΗ εταιρεία βεβαιώνει ότι ο εργαζόμενος απασχολείται από το 2019.", "Βεβαίωση"),
    ("Уведомление об отправке\nВаш заказ передан в службу доставки.", "Уведомление"),
])
def test_a_cyrillic_or_greek_heading_word_is_no_person(engine, text, word):
    assert word not in wire_values(engine, text)


@pytest.mark.parametrize("text, name", [
    ("Вера придёт в офис завтра утром.", "Вера"),
    ("Светлана Орлова подписала договор вчера.", "Светлана Орлова"),
    ("Надежда Петрова: заявление принято.", "Надежда Петрова"),
    ("Ο Γιώργος Παπαδάκης υπέγραψε τη σύμβαση.", "Γιώργος Παπαδάκης"),
])
def test_cyrillic_and_greek_names_stay_found(engine, text, name):
    assert name not in masked_on_wire(engine, text)


# A record's label whose last character is a noun of a person in Chinese, Japanese or Korean (师/師/士 master or
# trained person, 员/員 member, 长/長 head, 属 dependant, 生 pupil; Korean 자 者, 사 師/士, 원 員, 생 生, 장 長) names
# a person whatever the noun before it is: the value after its colon is a name when it is shaped like one.
@pytest.mark.parametrize("text, names", [
    ("入院记录\n床位：12\n护士：田甜\n家属：韦建平", ("田甜", "韦建平")),
    ("看護師：三浦 由佳\n薬剤師：小野 健吾", ("三浦 由佳", "小野 健吾")),
    ("신청자: 문지후\n보호자: 하승우\n간호사: 노은비", ("문지후", "하승우", "노은비")),
    ("지도교사: 천다인\n반장: 구민재", ("천다인", "구민재")),
])
def test_a_label_ending_in_a_person_noun_names_a_person(engine, text, names):
    covered = masked_on_wire(engine, text)
    for name in names:
        assert name not in covered, name


@pytest.mark.parametrize("text, kept", [
    ("班长：负责收作业\n学生：全体参加", ("负责收作业", "全体参加")),
    ("회사: 한빛테크놀로지\n회원: 정회원", ("정회원",)),
    ("会員：一般会員\n店長：不在", ("一般会員",)),
])
def test_a_person_noun_label_before_words_keeps_the_words(engine, text, kept):
    covered = masked_on_wire(engine, text)
    for word in kept:
        assert word in covered, word


def test_an_arabic_semicolon_separates_the_items_of_a_list_of_people(engine):
    # Arabic writes its own semicolon (؛) between a list and what follows; the list's short items are people
    text = "الحاضرون: سامر يوسف، منى الأحمد، عادل الدباغ؛ وتغيب باسل."
    assert "منى الأحمد" not in masked_on_wire(engine, text)
