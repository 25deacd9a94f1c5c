"""Names written in scripts without letter case (and in Greek and Cyrillic) are redacted by what they are made of.

Each test states one thing a user relies on: a name in Arabic, Hebrew, Cyrillic, Devanagari, Hangul, Han or
Thai inside an English ticket or a chat of its own language is found with a score that says how sure the finder
is (two listed parts or a cue: confident; one part alone: doubtful, still redacted on the wire), and ordinary
sentences of those languages stay as they are.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE
from redactor.detect.names_in_scripts import names_in_scripts
from redactor.detect.ner import NerDetector


def _found(text: str) -> dict[str, float]:
    return {text[span.start:span.end]: span.score for span in names_in_scripts(text, "ner")}


@pytest.mark.parametrize("text, name", [
    ("Refund approved for محمد الشهري, order 88123, please close the ticket.", "محمد الشهري"),
    ("Can you check why Дмитрий Козлов still has admin rights on prod?", "Дмитрий Козлов"),
    ("Onboarding: राहुल वर्मा starts Monday on the payments team.", "राहुल वर्मा"),
    ("Merged the fix Γιώργος Παπαδόπουλος suggested in the review.", "Γιώργος Παπαδόπουλος"),
    ("Lost badge belongs to ნინო ბერიძე, desk 4B.", "ნინო ბერიძე"),
    ("on-call rota\n- עומר ביטון\n- נועה פרץ", "עומר ביטון"),
])
def test_a_first_and_a_last_name_side_by_side_are_a_confident_person(text, name):
    assert _found(text).get(name, 0) >= AUDIT_MIN_SCORE


def test_one_listed_name_alone_is_redacted_on_the_wire_but_not_reported_by_audits():
    score = _found("Ticket #4471 reopened after فاطمة replied with the screenshot.")["فاطمة"]
    assert WIRE_MIN_SCORE <= score < AUDIT_MIN_SCORE


@pytest.mark.parametrize("text, name", [
    ("مرحبا أحمد، هل يمكنك مراجعة الطلب اليوم؟", "أحمد"),  # a greeting before
    ("Привет! Андрей сказал, что релиз переносится на пятницу.", "Андрей"),  # a verb of saying after
    ("Καλημέρα Μαρία, το αρχείο είναι έτοιμο.", "Μαρία"),
    ("שלום דנה, הקובץ מצורף.", "דנה"),  # the greeting is the cue, not a part of the name
])
def test_a_person_cue_of_the_language_makes_one_name_confident(text, name):
    assert _found(text) == {name: pytest.approx(0.7)}


def test_a_frequent_word_that_is_also_a_name_needs_a_cue_or_a_second_part_in_its_own_language():
    assert _found("أرسل محمد الملف إلى الفريق") == {}
    assert "محمد" in _found("مرحبا محمد، شكرا")


def test_one_listed_name_alone_inside_an_english_line_is_doubtful_even_when_frequent():
    assert _found("winners: محمد (1st)") == {"محمد": pytest.approx(0.55)}


@pytest.mark.parametrize("text, name", [
    ("Коллеги, кто может подменить Наталью на дежурстве?", "Наталью"),  # a declined Russian name
    ("تحدثت مع سلمى وفاطمة عن الطلب", "فاطمة"),  # Arabic "and" fused before the name is left out of the span
    ("이서연님이 자료를 보냈습니다.", "이서연"),  # Korean honorific and particle fused after it
    ("Delivery label\nนายสมศักดิ์ ทองดี\n99/12 ถ.สุขุมวิท", "สมศักดิ์ ทองดี"),  # a Thai title fused before
])
def test_names_are_found_inside_the_forms_their_language_writes_them_in(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text, name", [
    ("The driver 王建国 never scanned the parcel at the depot.", "王建国"),
    ("| 12 | 陈志强 | open |", "陈志强"),
    ("The interview with 佐藤 健一 moved to Thursday.", "佐藤 健一"),
    ("明日の会議には鈴木 明美が出席します。", "鈴木 明美"),
    ("ask 田中太郎 about it", "田中太郎"),  # a Japanese surname and given name written together
])
def test_han_names_are_read_at_the_word_edges_the_script_allows(text, name):
    assert name in _found(text)


def test_an_honorific_after_a_han_name_is_no_part_of_it():
    assert _found("田中様\n\nいつもお世話になっております。") == {}


@pytest.mark.parametrize("text", [
    "Спасибо за помощь, релиз выйдет в пятницу после тестов.",
    "Сервер перезагружен, ошибка больше не воспроизводится.",
    "شكرا لكم، تم حل المشكلة بعد تحديث النظام.",
    "השרת חזר לעבוד אחרי העדכון, תודה לכולם.",
    "请在周五之前提交测试报告，谢谢。",
    "배포가 완료되었습니다. 확인 부탁드립니다.",
    "रिपोर्ट तैयार है, कृपया जाँच करें।",
    "Το σύστημα ενημερώθηκε χωρίς προβλήματα.",
    "The 中文 version of the docs is out of date.",
])
def test_ordinary_sentences_of_those_languages_name_no_one(text):
    assert _found(text) == {}


def test_latin_text_costs_nothing_and_finds_nothing():
    assert names_in_scripts("Please ask Dana Cohen about the invoice; ping @ops if it fails.", "ner") == []


def test_the_ner_detector_reports_them_as_people():
    text = "Customer Дмитрий Козлов called twice; his colleague زهرا محمدی sent the logs."
    spans = NerDetector().detect(DetectionInput(text, "prose"))
    people = {text[s.start:s.end] for s in spans if s.kind == "PERSON"}
    assert {"Дмитрий Козлов", "زهرا محمدی"} <= people


def test_a_short_run_of_another_script_inside_an_english_line_is_a_name_after_a_person_word():
    assert _found("Customer יוסי כהן called twice about the invoice.") == {"יוסי כהן": pytest.approx(0.7)}


@pytest.mark.parametrize("text", [
    "Our office in Москва moved; the new address is in the wiki.",
    "see the Русский язык page for the translation",
    "error: Файл не найден (code 2)",
])
def test_words_of_another_script_inside_an_english_line_that_are_no_name_stay(text):
    assert _found(text) == {}


def test_a_frequent_word_before_a_full_name_is_left_to_the_sentence():
    assert _found("השם שלי אורי שפירא, אני מפתח בצוות התשתיות.") == {"אורי שפירא": pytest.approx(0.75)}


def test_a_korean_name_no_list_holds_is_a_person_before_a_job_title_or_honorific():
    assert _found("유재석 대리 휴가 신청") == {"유재석": pytest.approx(0.7)}
    assert _found("지원이 필요합니다") == {}  # "support" and a particle: no honorific, no name


@pytest.mark.parametrize("text, name", [
    ("ส่งถึง ธนพล วงศ์สวัสดิ์ 99/1 ถนนสุขุมวิท", "ธนพล วงศ์สวัสดิ์"),  # in PyThaiNLP's lists, not Faker's
    ("คุณสมชาย ใจดี แจ้งว่าพัสดุยังไม่มาถึง", "สมชาย ใจดี"),
])
def test_thai_names_of_the_pythainlp_lists_are_found_whole(text, name):
    spans = names_in_scripts(text, "ner")
    assert any(text[s.start:s.end] == name and s.score >= 0.7 for s in spans)


def test_a_thai_word_ending_in_the_word_for_name_is_no_name():
    assert names_in_scripts("ฉันเชื่อ ว่าระบบล่ม", "ner") == []


# Round 14: names of three and four words (a given name, a father's and grandfather's name, a family name; a Russian
# patronymic) are covered whole, and the sentence going on after them stays.
_LONG_NAMES = [
    ("Customer: يوسف بن علي الحربي\nIssue: refund not received", "يوسف بن علي الحربي", []),
    ("الموظف خالد محمد عبدالله القحطاني غائب اليوم", "خالد محمد عبدالله القحطاني", ["غائب", "اليوم"]),
    ("id,name,city\n17,نورة سعد عبدالعزيز الدوسري,جدة", "نورة سعد عبدالعزيز الدوسري", ["جدة"]),
    ('{"patient": "مريم أحمد حسن الشامي", "ward": 4}', "مريم أحمد حسن الشامي", []),
    ("[09:12] سامي ناصر العنزي: تم إصلاح الخادم", "سامي ناصر العنزي", ["الخادم"]),
    ("تقدم المواطن عمر فيصل المطيري بطلب تجديد الجواز", "عمر فيصل المطيري", ["بطلب", "الجواز"]),
    ("المديرة ريم خالد السبيعي وافقت على الميزانية", "ريم خالد السبيعي", ["الميزانية"]),
    ("Assigned to: طارق عبدالله محمد الغامدي (support)", "طارق عبدالله محمد الغامدي", []),
    ("| 3 | ليلى حسين جابر الربيعي | محاسبة |", "ليلى حسين جابر الربيعي", ["محاسبة"]),
    ("گزارش توسط زهرا علی محمدی ارسال شد", "زهرا علی محمدی", ["ارسال"]),
    ("Иван Петрович Сидоров подписал договор вчера", "Иван Петрович Сидоров", ["подписал", "договор"]),
    ("Ответственный: Анна Сергеевна Кузнецова, отдел кадров", "Анна Сергеевна Кузнецова", ["отдел", "кадров"]),
    ("سلّم الطرد إلى فهد سليمان راشد الخالدي في الرياض", "فهد سليمان راشد الخالدي", ["الرياض"]),
    ("تم تحويل الطلب إلى عبدالرحمن الشمري للمراجعة", "عبدالرحمن الشمري", ["للمراجعة"]),
    ("اتصل أحمد سالم بالدعم الفني صباح اليوم", "أحمد سالم", ["بالدعم", "الفني", "صباح"]),
    ("راجع محمد حسن التقرير المالي للربع الثالث", "محمد حسن", ["التقرير", "المالي", "للربع", "الثالث"]),
]


@pytest.mark.parametrize("text, name, kept", _LONG_NAMES)
def test_a_long_name_is_covered_whole_and_the_sentence_after_it_stays(text, name, kept):
    spans = names_in_scripts(text, "ner")
    start = text.index(name)
    assert all(any(span.start <= i < span.end for span in spans)
               for i in range(start, start + len(name)) if not text[i].isspace())
    for word in kept:
        at = text.index(word)
        assert not any(span.start < at + len(word) and at < span.end for span in spans), word


@pytest.mark.parametrize("text, name", [
    ("נא לעדכן את הלקוחה מיכל רוזן שההזמנה נשלחה.", "מיכל רוזן"),
    ("העברה בנקאית לאליהו פרידמן בוצעה", "אליהו פרידמן"),
    ("مرحبا، اسمي ليلى حداد وأواجه مشكلة في تسجيل الدخول", "ليلى حداد"),
])
def test_a_sentence_going_on_after_a_name_in_word_forms_no_list_holds_stays(text, name):
    assert name in _found(text)


def test_long_names_in_a_long_arabic_text_cost_linear_time():
    from tests.growth import assert_linear_growth

    line = "الموظف خالد محمد عبدالله القحطاني و يوسف بن علي الحربي و نورة سعد عبدالعزيز الدوسري حضروا. "
    assert_linear_growth(lambda n: lambda: names_in_scripts(line * n, "ner"), 400)
