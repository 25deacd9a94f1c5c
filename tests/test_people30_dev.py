"""Round 30 dev set (issue 12): the edges of a person's name in scripts where letter case says nothing.

Written before the change, with invented names and my own texts, from the forms the people28dev corpus's read half
shows (not its samples): the English model reads a name written in Arabic, Hebrew, Devanagari or Tamil letters with
the ordinary words beside it ("أن زوجها خالد ...", "דני מהמחסן", "... على الترقية"), and a Cyrillic name with the
verb that opens an order's line ("Звільнити Мельника Олега Івановича"), where a capital says nothing. Those words are
common words of the script's languages on no name list: they leave the span, the name stays covered.
The clean cases must stay: names that are also words ("أمل", "טל", "Вера") and a name after a fused preposition.
"""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import masked_on_wire


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, names, words", [
    pytest.param("أخبرتني أن زوجها خالد المصري سيتأخر اليوم عن الاجتماع.", ("خالد المصري",), ("زوجها",),
                 marks=pytest.mark.xfail(reason="the model finds no person here: recall, not an edge", strict=True)),
    pytest.param("هنأنا سلمى الحربي على الترقية الجديدة في الفريق.", ("سلمى الحربي",), ("الترقية",),
                 marks=pytest.mark.xfail(reason="'على' reads as the name 'علي' once normalised, and a word with the "
                                                "article stays (nisba surnames are such words)", strict=True)),
    pytest.param("דני מהמחסן ביקש את הדוח עד מחר.", ("דני",), ("מהמחסן",),
                 marks=pytest.mark.xfail(reason="Faker's Hebrew lists hold 'מחסן' as a name part", strict=True)),
    ("שירה מהשיווק תחזור אליך מחר בבוקר.", ("שירה",), ("מהשיווק",)),
    # the model finds the first name only; the second is found by "and" (people_beside_names, recall below)
    ("कल सुनील व अनीता दोनों दफ़्तर आएंगे।", ("सुनील", "अनीता"), ()),
    ("Звільнити Мельника Олега Івановича з посади водія.", ("Мельника Олега Івановича",), ("Звільнити",)),
    ("Выдать Смирновой Анне Викторовне пропуск на склад.", ("Смирновой Анне Викторовне",), ("Выдать",)),
])
def test_ordinary_words_beside_a_name_leave_its_span(engine, text, names, words):
    masked = masked_on_wire(engine, text)
    for name in names:
        assert name not in masked, name
    for word in words:
        assert word in masked, word


@pytest.mark.parametrize("text, names", [
    ("أمل سعيد ونور الهدى حضرتا الاجتماع.", ("أمل سعيد",)),
    ("טל כהן ושחר לוי הגיעו לישיבה.", ("טל כהן", "שחר לוי")),
    ("Вера Николаевна Кузнецова придёт завтра.", ("Вера Николаевна Кузнецова",)),
    ("תמסור את זה למנחם אברהמי בבקשה.", ("מנחם אברהמי",)),
    # added after the first measurement of the read half (its two new leaks: a first name no list holds after a
    # label's colon, an Arabic family name with the article); my own texts of the two forms
    ("Удостоверение: Стоян Илиев Георгиев е служител на фирмата.", ("Стоян Илиев Георгиев",)),
    ("المسؤول: سامي المصري\nالقسم: المبيعات", ("سامي المصري",)),
])
def test_names_that_are_also_words_stay_covered(engine, text, names):
    masked = masked_on_wire(engine, text)
    for name in names:
        assert name not in masked, name


# The word a form writes before a person's name, taken by the model for a name or a place where case says nothing.
@pytest.mark.parametrize("text, labels, names", [
    ("Анкета участника\nФамилия ____________ Имя ____________ Отчество ____________", ("Фамилия",), ()),
    ("Βεβαίωση\nΌνομα πατρός: Γεώργιος\nΌνομα μητρός: Ελένη", ("Όνομα",), ("Γεώργιος",)),
    ("Заявка №17\nФИО: Ткаченко Ольга Сергеевна\nОтветственный: Лысенко Пётр", ("ФИО",), ("Ткаченко Ольга Сергеевна",)),
])
def test_a_person_label_is_no_person(engine, text, labels, names):
    masked = masked_on_wire(engine, text)
    for label in labels:
        assert label in masked, label
    for name in names:
        assert name not in masked, name


# Recall by structure: a second person joined to a found name by its language's "and", a word no common-word list
# of its script holds ("सुनील व अनीता", "রাহুল ও তানিয়া").
@pytest.mark.parametrize("text, names", [
    ("आज की बैठक में प्रकाश शर्मा और अनीता आएंगे।", ("प्रकाश शर्मा", "अनीता")),
    ("গতকাল রাহুল চৌধুরী ও তানিয়া এসেছিল।", ("রাহুল চৌধুরী", "তানিয়া")),
    pytest.param("Χθες ήρθαν ο Γιώργος Παπαδάκης και η Ντίνα.", ("Γιώργος Παπαδάκης", "Ντίνα"),
                 marks=pytest.mark.xfail(reason="an article between the conjunction and the name: not read",
                                         strict=True)),
])
def test_a_person_joined_to_a_found_name_by_and(engine, text, names):
    masked = masked_on_wire(engine, text)
    for name in names:
        assert name not in masked, name
