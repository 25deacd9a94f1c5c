"""Round 39 (people39): people named in file names, nicknames after a found name, and addresses broken by `<br>`.

Texts written for these tests, in other layouts, names and languages than the corpus cases that showed the classes.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import Span
from redactor.detect.confidence import WIRE_MIN_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.detect.html_line_breaks import line_break_view
from redactor.detect.people_in_file_names import people_in_file_names
from redactor.detect.people_nicknames import nicknames_after_people
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


def wire_values(engine: DetectionEngine, text: str, kinds: tuple[str, ...]) -> set[str]:
    spans = engine.detect([Segment(text, kind="tool_result")])[0]
    return {text[span.start:span.end] for span in spans if span.kind in kinds and span.score >= WIRE_MIN_SCORE}


def file_name_people(text: str) -> set[str]:
    return {text[span.start:span.end] for span in people_in_file_names(text, "test")}


# -- names in file names ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, people", [
    ("scans/contrat_bail_moreau_helene_2024.pdf", {"moreau", "helene"}),          # surname first, accent dropped
    ("drwxr-x  4 ana staff  Kowalczyk-Nowak_Agnieszka_umowa.docx", {"Kowalczyk", "Nowak", "Agnieszka"}),
    ("attached: Gutierrez_Pineda_finiquito.xlsx", {"Gutierrez", "Pineda"}),         # two surnames side by side
    ("fixtures/tomasz_wieczorek_chargeback.json", {"tomasz", "wieczorek"}),          # a fixture cut from one case
    ("IMG_receipt_Szczepanski_0412.jpg", {"Szczepanski"}),                        # a surname alone, in a scan's name
])
def test_a_person_in_a_file_name(text: str, people: set[str]) -> None:
    assert file_name_people(text) == people


@pytest.mark.parametrize("text", [
    "see setup.py, README.md and src/user_service.py",
    "data/train_2024.csv and models/final_weights.pkl",
    "kafka_consumer.py and dijkstra.py",          # a surname alone in code's file name stays
    "open v1.2.json or www.example.com",
    "report_march_final.pdf",
])
def test_no_person_in_a_file_name_of_words(text: str) -> None:
    assert file_name_people(text) == set()


def test_a_file_name_person_is_redacted_on_the_wire(engine) -> None:
    text = "$ ls uploads/\ninvoice_template.docx\nlease_renewal_gutierrez_marisol.pdf\n"
    assert {"gutierrez", "marisol"} <= wire_values(engine, text, ("PERSON",))


# -- nicknames -------------------------------------------------------------------------------------------------------

def nicknames(text: str, name: str) -> set[str]:
    start = text.index(name)
    spans = nicknames_after_people(text, [Span(start, start + len(name), "PERSON", "pii", 0.8, "t")], "t")
    return {text[span.start:span.end] for span in spans}


@pytest.mark.parametrize("text, name, nick", [
    ('Resident: Margaret Holloway ("Peggy"), room 12', "Margaret Holloway", "Peggy"),
    ("Kontakt: Johannes Baumgartner (genannt Hansi) ruft an", "Johannes Baumgartner", "Hansi"),
    ("Pupil Oluwaseun Adeyemi aka Seun joined", "Oluwaseun Adeyemi", "Seun"),
    ("Inscrita: Guadalupe Ortiz Marín «Lupita»", "Guadalupe Ortiz Marín", "Lupita"),
])
def test_a_nickname_after_a_full_name(text: str, name: str, nick: str) -> None:
    assert nicknames(text, name) == {nick}


@pytest.mark.parametrize("text, name", [
    ('Owner: Priya Raman ("primary")', "Priya Raman"),       # a quoted lower-case word is a note
    ('Signed: Priya Raman ("CFO")', "Priya Raman"),          # capitals: a role
    ('Priya Raman "said she would come', "Priya Raman"),     # an opening quote with no closing one
])
def test_no_nickname(text: str, name: str) -> None:
    assert nicknames(text, name) == set()


def test_a_nickname_is_spread_to_its_other_mentions(engine) -> None:
    text = 'Care note: Mr Bartholomew Finchley ("Barty") ate well.\nBarty asked about the garden again.'
    spans = engine.detect([Segment(text, kind="prose")])[0]
    barty = [span for span in spans if text[span.start:span.end] == "Barty" and span.score >= WIRE_MIN_SCORE]
    assert len(barty) == 2


# -- <br> line breaks ------------------------------------------------------------------------------------------------

def test_the_view_breaks_tags_and_cells_of_their_line_only() -> None:
    text = "| a | b |\n| Ana<br>Calle Mayor 4<br/>28013 Madrid | x |\nend"
    view = line_break_view(text)
    assert view is not None
    assert "Ana\nCalle Mayor 4\n28013 Madrid\nx" in view.text
    assert view.text.startswith("| a | b |\n")
    # every view character maps back to where it was written
    town = view.text.index("28013 Madrid")
    assert text[view.starts[town]:view.ends[town + len("28013 Madrid") - 1]] == "28013 Madrid"


def test_no_view_without_a_tag() -> None:
    assert line_break_view("| a | b |\n| 1 | 2 |") is None


@pytest.mark.parametrize("text, town", [
    ("| Marta Jiménez<br>Calle de Toledo 45, 3º B<br>28005 Madrid | Luis Ortega<br>Avenida Sol 3<br>41001 Sevilla |",
     "Madrid"),
    ("Lieferadresse: Jana Vogt<br>Lindenstraße 8<br>04109 Leipzig", "Leipzig"),
])
def test_the_postcode_and_town_line_after_a_br_is_redacted(engine, text: str, town: str) -> None:
    spans = engine.detect([Segment(text, kind="prose")])[0]
    covered = [span for span in spans if span.score >= WIRE_MIN_SCORE]
    position = text.index(town)
    assert any(span.start <= position and position + len(town) <= span.end for span in covered)


# -- street words of scripts without capitals ------------------------------------------------------------------------

@pytest.mark.parametrize("text, street", [
    ("הנני מאשר כי אני גר ברח׳ הזית 7, חיפה, החל מינואר", "הזית 7"),     # the abbreviation with a geresh
    ("Adresa stanara: Bulevar je Булевар краља Александра 112, Београд", "краља Александра 112"),
    ("ოფისი: ჭავჭავაძის გამზ. 14, ბ. 5, თბილისი", "14, ბ. 5"),          # the abbreviation's dot ends no clause
])
def test_an_address_from_a_street_word_of_its_script(engine, text: str, street: str) -> None:
    spans = engine.detect([Segment(text, kind="prose")])[0]
    position = text.index(street)
    assert any(span.start <= position and position + len(street) <= span.end
               for span in spans if span.kind == "STREET_ADDRESS" and span.score >= WIRE_MIN_SCORE)
