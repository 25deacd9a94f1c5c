"""Round 31 (issue 12): a person's name after a title in a script no name list reads, and the other people of a roster
whose items carry a note after a hyphen.

Written with invented names and my own texts, from the forms the people31dev read half shows (not its samples):
Faker has no person provider for Amharic, Kannada, Punjabi, Khmer or Lao, so a name there is found only by what
stands before it; and a roster line ("name - shift, name - shift") held found names whose items the list rule could
not read because of the note. The negatives: a profession noun before a field, a title's word inside a longer word,
Latin text, and a sentence of notes with no name.
"""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.names_after_script_titles import names_after_script_titles
from redactor.policy import load_policy
from tests.wire_coverage import masked_on_wire


def _found(text: str) -> list[str]:
    return [text[span.start:span.end] for span in names_after_script_titles(text, "ner")]


@pytest.mark.parametrize("text, name", [
    ("ዛሬ አቶ በቀለ ተሰማ መጡ", "በቀለ ተሰማ"),                       # Amharic: Mr, given name and father's name
    ("ስብሰባው ከወ/ሮ ሰናይት ካሳ ጋር ነው", "ሰናይት ካሳ"),                 # a preposition fused before the title
    ("ನಾಳೆ ಡಾ. ರಮ್ಯಾ ಹೆಗ್ಡೆ ಬರುತ್ತಾರೆ", "ರಮ್ಯಾ ಹೆಗ್ಡೆ"),                   # Kannada, abbreviated Dr.
    ("ਸਰਦਾਰ ਜਗਦੀਪ ਸਿੰਘ ਨੇ ਕਿਹਾ", "ਜਗਦੀਪ ਸਿੰਘ"),                      # Punjabi
    ("09:40 — டாக்டர் மீனாட்சி சுந்தரம்", "மீனாட்சி சுந்தரம்"),       # Tamil, a frequent word that is a name
    ("ភ្ញៀវ លោក ចាន់ សុភា", "ចាន់ សុភា"),                            # Khmer
    ("ທ່ານ ບຸນມີ ສີສະຫວັດ", "ບຸນມີ ສີສະຫວັດ"),                         # Lao
    ("नाम: श्रीमती कविता जोशी", "कविता जोशी"),                       # the longer title wins over श्री
])
def test_words_after_a_title_of_their_script_are_a_person(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "الأستاذ في الجامعة",            # a frequent word after the title is no name
    "ពិភពលោក ទាំងមូល",                # the title's letters inside a longer Khmer word
    "Dr. Smith said the build is green",  # Latin titles are the English model's
    "श्री 420 फ़ाइल",                  # a digit ends the name before it starts
    "مهندس عمران هستم",               # a profession noun before a field is no title here
])
def test_no_person_without_a_title_standing_before_a_name(text):
    assert _found(text) == []


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


def test_roster_items_with_a_note_after_a_hyphen_are_people_beside_found_names(engine):
    text = "ड्यूटी: अमित शर्मा - सुबह, पिंटू - रात, दीपक वर्मा - छुट्टी"
    masked = masked_on_wire(engine, text)
    for name in ("अमित शर्मा", "पिंटू", "दीपक वर्मा"):
        assert name not in masked, name
    assert "छुट्टी" in masked   # the notes stay


def test_titles_in_scripts_reach_the_wire(engine):
    masked = masked_on_wire(engine, "ማሳሰቢያ: ዶ/ር ዮሐንስ ተክሌ ነገ ይመጣሉ")
    assert "ዮሐንስ" not in masked and "ተክሌ" not in masked


def test_an_arabic_name_part_of_two_words_stays_whole_after_a_title():
    assert "ماجد عبد الرحمن" in _found("مدير المشروع الأستاذ ماجد عبد الرحمن سيحضر")


def test_roster_items_with_a_role_and_a_status_are_people_beside_found_names(engine):
    text = "हाज़िरी: अमित शर्मा (ड्राइवर) - आया, पिंटू (हेल्पर) - नहीं आया"
    masked = masked_on_wire(engine, text)
    assert "अमित शर्मा" not in masked and "पिंटू" not in masked


def test_a_list_whose_last_item_runs_on_into_the_sentence_still_names_its_people(engine):
    text = "हाज़िरी: अमित शर्मा - आया, पिंटू - नहीं आया, बाकी लोग कल सुबह जल्दी आएंगे"
    masked = masked_on_wire(engine, text)
    assert "पिंटू" not in masked
    assert "सुबह" in masked  # the sentence after the list stays


def test_a_sentence_with_two_commas_is_no_list_of_people(engine):
    text = "Amit Sharma, as I said, will check the deployment logs tomorrow morning"
    masked = masked_on_wire(engine, text)
    assert "as I said" in masked
