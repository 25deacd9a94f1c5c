"""Passport and ID-card machine-readable zones read field by field (redactor/detect/machine_readable_zones.py)."""
from __future__ import annotations

from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE
from redactor.detect.machine_readable_zones import check_digit, machine_readable_zones

# ICAO Doc 9303's specimens (Utopia, Anna Maria Eriksson).
PASSPORT = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10\n")
ID_CARD = ("I<UTOD231458907<<<<<<<<<<<<<<<\n"
           "7408122F1204159UTO<<<<<<<<<<<6\n"
           "ERIKSSON<<ANNA<MARIA<<<<<<<<<<\n")


def fields(text: str) -> dict[str, tuple[str, float]]:
    return {span.kind: (text[span.start:span.end], span.score) for span in machine_readable_zones(text, "test")}


def test_check_digits_follow_icao_9303() -> None:
    assert (check_digit("L898902C3"), check_digit("740812"), check_digit("D23145890")) == ("6", "2", "7")


def test_a_passport_zone_gives_the_name_the_document_number_and_the_birth_date_but_not_the_nationality() -> None:
    found = fields("Scanned:\n" + PASSPORT)
    assert found["PERSON"][0] == "ERIKSSON<<ANNA<MARIA"
    assert found["PASSPORT"] == ("L898902C36", 0.9)
    assert found["DATE_OF_BIRTH"] == ("7408122", 0.9)
    assert found["ID_NUMBER"][0] == "ZE184226B"  # the personal number in the optional data
    assert all("UTO" not in value for value, _ in found.values())


def test_an_id_card_zone_of_three_lines_is_read_as_td1() -> None:
    found = fields(ID_CARD)
    assert found["ID_NUMBER"] == ("D231458907", 0.9)
    assert found["DATE_OF_BIRTH"] == ("7408122", 0.9)
    assert found["PERSON"][0] == "ERIKSSON<<ANNA<MARIA"


def test_a_failed_check_digit_lowers_the_score_but_never_drops_the_field() -> None:
    found = fields(PASSPORT.replace("L898902C36", "L898902C35"))
    value, score = found["PASSPORT"]
    assert value == "L898902C35" and AUDIT_MIN_SCORE <= score < 0.9 and score >= WIRE_MIN_SCORE


def test_a_zone_that_lost_its_trailing_fillers_in_a_paste_is_still_read() -> None:
    pasted = "P<UTOERIKSSON<<ANNA<MARIA\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
    found = fields(pasted)
    assert found["PERSON"][0] == "ERIKSSON<<ANNA<MARIA" and found["PASSPORT"][0] == "L898902C36"
    assert fields("P<GBRDOE<<JANE")["PERSON"][0] == "DOE<<JANE"


def test_text_with_fillers_that_is_no_zone_gives_nothing() -> None:
    assert machine_readable_zones("x << y; a <<< b\nstd::cout << value << std::endl;\n", "test") == []
    assert machine_readable_zones("<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n", "test") == []


def test_a_document_number_that_lost_a_character_in_ocr_still_gives_the_birth_date() -> None:
    shortened = PASSPORT.replace("L898902C36UTO", "L898902C3UTO")  # the check digit lost
    found = fields(shortened)
    assert found["DATE_OF_BIRTH"][0] == "7408122" and found["PASSPORT"][0].startswith("L898902C3")
