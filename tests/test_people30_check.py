"""Round 30 check set (issue 12), written after the change and without looking at any corpus: the edges of a name
where letter case says nothing, and a person joined to a found name by "and". Invented names, my own texts.
"""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import masked_on_wire


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, names, words", [
    ("נועה ברגמן מהמשפטית ביקשה את החוזה החתום.", ("נועה ברגמן",), ("מהמשפטית",)),
    ("Призначити Бондаренка Андрія Васильовича начальником відділу з 1 березня.",
     ("Бондаренка Андрія Васильовича",), ("Призначити",)),
    ("Уволить Кравцова Дениса Олеговича по собственному желанию.", ("Кравцова Дениса Олеговича",), ("Уволить",)),
    ("ग्राहक अजय मेहता ने कल फ़ोन किया था।", ("अजय मेहता",), ("ग्राहक",)),
])
def test_words_beside_a_name_stay_visible(engine, text, names, words):
    masked = masked_on_wire(engine, text)
    for name in names:
        assert name not in masked, name
    for word in words:
        assert word in masked, word


@pytest.mark.parametrize("text, names", [
    pytest.param("कल मीटिंग में सुरेश पाटिल और कविता आई थीं।", ("सुरेश पाटिल", "कविता"),
                 marks=pytest.mark.xfail(reason="'कविता' is also the word 'poem', an ordinary word of Hindi: the "
                                                "'and' rule takes no ordinary word (left as found, not tuned)",
                                         strict=True)),
    ("আজ অফিসে সুমন দত্ত ও মিতালি আসবে।", ("সুমন দত্ত", "মিতালি")),
    ("ნინო ბერიძე და ლევან გელაშვილი დაქორწინდნენ.", ("ნინო ბერიძე", "ლევან გელაშვილი")),
])
def test_people_joined_by_and(engine, text, names):
    masked = masked_on_wire(engine, text)
    for name in names:
        assert name not in masked, name


@pytest.mark.parametrize("text, names", [
    ("שלחתי למיכל אברהם את הקובץ.", ("מיכל אברהם",)),
    ("الموظفة المسؤولة: سلمى القحطاني", ("سلمى القحطاني",)),
    ("Служебная записка: Радослав Игнатов Петков, отдел продаж.", ("Радослав Игнатов Петков",)),
])
def test_names_keep_their_words(engine, text, names):
    masked = masked_on_wire(engine, text)
    for name in names:
        assert name not in masked, name


@pytest.mark.parametrize("text, words", [
    ("राहुल वर्मा और टीम ने रिपोर्ट भेजी।", ("टीम",)),
    ("Ирина Лысенко и компания приедут позже.", ("компания",)),
    ("Ирина Лысенко и Москва: заметки о поездке.", ("Москва",)),
])
def test_things_joined_to_a_name_stay(engine, text, words):
    masked = masked_on_wire(engine, text)
    for word in words:
        assert word in masked, word
