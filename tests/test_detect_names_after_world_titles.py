"""Names after the courtesy titles of many languages (redactor/detect/names_after_world_titles.py).

A user writing in Turkish, Vietnamese, Indonesian, Polish or Swahili addresses people with that language's title;
the name after it does not reach the provider. Titles that are English words too ("Bay", "Pan", "Chief") must not
make people of the ordinary words and product names after them.
"""
from __future__ import annotations

import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.names_after_world_titles import names_after_world_titles, world_titles
from redactor.detect.people_in_structure import people_in_structure


def found(text: str) -> dict[str, float]:
    return {text[span.start:span.end]: span.score for span in names_after_world_titles(text, "test")}


@pytest.mark.parametrize("text, name", [
    ("Spotkanie z Panią Wiśniewską jutro o 10.", "Wiśniewską"),
    ("Mohon Bapak Suharto cek lampiran ini.", "Suharto"),
    ("Gửi chị Hương báo cáo tuần.", "Hương"),
    ("Sayın Mehmet Öztürk, ekte bulabilirsiniz.", "Mehmet Öztürk"),
    ("Asante Bwana Mwangi kwa msaada.", "Mwangi"),
    ("Ogbeni Adeyemi will sign the form.", "Adeyemi"),
    ("Proszę przekazać to pani Kowalczyk.", "Kowalczyk"),
])
def test_the_name_after_a_title_of_another_language_is_a_person(text: str, name: str) -> None:
    assert found(text).get(name, 0) >= 0.7


@pytest.mark.parametrize("text, name", [
    ("Bay Yılmaz toplantıya gelmeyecek.", "Yılmaz"),
    ("Selamat pagi Bu Ratna, ini laporannya.", "Ratna"),
    ("Chào anh Tuấn, em gửi file nhé.", "Tuấn"),
    ("Pan Kowalski nie odpowiada na maile.", "Kowalski"),
    ("Dhr. Jansen heeft de factuur goedgekeurd.", "Jansen"),
])
def test_after_a_title_that_is_a_word_too_the_name_is_doubtful(text: str, name: str) -> None:
    assert found(text).get(name) == DOUBTFUL_SCORE


@pytest.mark.parametrize("text", [
    "We drove across the Bay Bridge to the Bay Area office.",
    "The Chief Executive Officer approved the budget.",
    "Cut Pasta into pieces and Pan Fry them.",
    "The Pan Am flight landed in Sri Lanka at noon.",
    "Av Kubernetes-klustret kör vi tre noder.",
    "Rev Limiter settings are in the ECU.",
    "Ir Kafka yra gerai.",
    "Bishop Street is closed for repairs.",
    "Er arbeitet als Ing. Informatik bei uns.",
    "Maria de la Cruz signed it.",
])
def test_titles_before_ordinary_words_places_and_tech_terms_name_no_one(text: str) -> None:
    assert found(text) == {}


def test_particles_and_thai_ranks_in_capitals_are_no_titles() -> None:
    titles, _ = world_titles()
    assert {"de", "du", "da", "gen", "lt"}.isdisjoint(titles)
    assert {"bayan", "bapak", "pani", "ông", "السيد"} <= titles


def test_people_in_structure_reads_world_titles_too() -> None:
    text = "Gửi chị Hương báo cáo tuần."
    assert "Hương" in [text[span.start:span.end] for span in people_in_structure(text, "prose", "test")]


# Check set, written after the code: names the code was not tuned on.
@pytest.mark.parametrize("text, name", [
    ("Kính gửi bà Trần Thị Mai, công ty xin thông báo.", "Trần Thị Mai"),
    ("Sayın Burak Aydın toplantıya katılacak.", "Burak Aydın"),
    ("Mwalimu Achieng atafundisha kesho.", "Achieng"),
    ("Tohtori Lehtonen on lomalla.", "Lehtonen"),
    ("Cənab Əliyev iclasa gəlmədi.", "Əliyev"),
    ("Xanım Aynur Məmmədova gəlmədi.", "Aynur Məmmədova"),
    ("Mevr. de Vries belt morgen terug.", "de Vries"),
    ("Sayın Elif Kaya, başvurunuz alındı.", "Elif Kaya"),
])
def test_check_set_names_after_titles(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "The Bay Leaf restaurant opened downtown.",
    "Chief Complaint: chest pain.",
    "Lady Justice stands outside the court.",
    "Bu Sistem yeni sürümde değişti.",
    "Don Benito is a town in Spain.",
])
def test_check_set_titles_before_words_name_no_one(text: str) -> None:
    assert found(text) == {}


def test_a_caseless_name_after_a_title_is_at_most_two_words_and_doubtful() -> None:
    assert found("السيد خالد العتيبي وافق على العرض.") == {"خالد العتيبي": DOUBTFUL_SCORE}
