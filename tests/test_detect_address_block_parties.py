"""The person or organisation under an address-block label (redactor/detect/address_block_parties.py)."""
from __future__ import annotations

import pytest

from redactor.detect.address_block_parties import address_block_parties
from redactor.detect.confidence import AUDIT_MIN_SCORE


def parties(text: str) -> list[tuple[str, str]]:
    return [(span.kind, text[span.start:span.end]) for span in address_block_parties(text, "test")]


@pytest.mark.parametrize("text, kind, party", [
    ("SHIP TO:\nPRIYA VENKATESAN NAIR\nFLAT 2A, 14 MG ROAD\nKOCHI 682016", "PERSON", "PRIYA VENKATESAN NAIR"),
    ("Bill to: Orchard Lane Bakery Ltd\n12 High St, Ludlow SY8 1AA", "ORGANIZATION", "Orchard Lane Bakery Ltd"),
    ("DELIVER TO: kwame asante, 18 Crescent Rd, Leeds", "PERSON", "kwame asante"),
    ("Destinataire : Mathilde Roux\n3 place Bellecour, 69002 Lyon", "PERSON", "Mathilde Roux"),
    ("Empfänger: Frieda Lorenz\nHauptstraße 5, 10115 Berlin", "PERSON", "Frieda Lorenz"),
    ("Alıcı: Emre Yıldırım\nBağdat Cad. No: 41, İstanbul", "PERSON", "Emre Yıldırım"),
    ("수령인: 김민지\n부산광역시 해운대구 센텀로 99", "PERSON", "김민지"),
    ("收件人：王芳\n北京市朝阳区建国路88号", "PERSON", "王芳"),
    ("לכבוד\nאבי כהן\nרחוב הרצל 12, חיפה", "PERSON", "אבי כהן"),
    ("Consignee: BALTIC REEFER LOGISTICS OU\nPort of Tallinn", "ORGANIZATION", "BALTIC REEFER LOGISTICS OU"),
])
def test_the_name_under_an_address_block_label_is_a_party_in_any_case_and_language(
        text: str, kind: str, party: str) -> None:
    assert (kind, party) in parties(text)


@pytest.mark.parametrize("text", [
    "Ship to: same as billing address",
    "Bill to:\n221B Baker Street, London",  # the address itself, the address finders' to read
    "Recipient: ops-team@example.com",
    "to: main\nfrom: feature/login",
    "The shipper notified the consignee yesterday.",  # the words in a sentence, not labels
    "Buyer beware: the recipient list is empty.",
    "Lieferadresse: Hauptstraße 12, 10115 Berlin",  # a street and its number: the address, no name
    "Ship to: [[PERSON_1]]\n[[STREET_ADDRESS_1]]",  # placeholders of an earlier turn
])
def test_a_label_without_a_name_after_it_gives_nothing(text: str) -> None:
    assert parties(text) == []


def test_a_name_after_a_label_of_letters_is_doubtful_unless_an_address_follows() -> None:
    (alone,) = address_block_parties("From: Ottoline Brisk <ob@example.org>", "test")
    with_address, _address = address_block_parties("FROM:\nOttoline Brisk\n4 Mill Lane, Bath BA1 2QT", "test")
    assert alone.score < AUDIT_MIN_SCORE <= with_address.score


def test_the_short_lines_below_the_name_are_the_address_up_to_a_contact_or_field_line() -> None:
    text = "Alıcı: Zeynep Aydınlı\nAtatürk Cad. No: 12, Kadıköy / İstanbul\nTel: 0532 000 00 00\n"
    assert ("STREET_ADDRESS", "Atatürk Cad. No: 12, Kadıköy / İstanbul") in parties(text)


def test_an_identifier_or_a_note_below_the_name_is_no_address() -> None:
    assert parties("Customer: Tom Baker\n123-45-6789\nverified by phone") == [("PERSON", "Tom Baker")]


def test_a_closing_line_of_prose_below_the_address_is_not_absorbed() -> None:
    text = "Ship to:\nPriya Nair\n12 Rosewood, Ballincollig, Co. Cork\nThanks, see you 2 May"
    assert ("STREET_ADDRESS", "12 Rosewood, Ballincollig, Co. Cork") in parties(text)


def test_the_fields_of_a_mail_header_below_a_sender_are_no_address() -> None:
    text = "From: Gustavo Ribeiro <g.ribeiro@example.org>\nSent: Monday 3 May 2025 10:12\nTo: Emeka Obi\n"
    assert [kind for kind, _ in parties(text)] == ["PERSON", "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Customer: Zoe Marchetti. Zoe called twice about the invoice.\n", "Zoe Marchetti"),
    ("Recipient: Anneke van Dijk. Please leave it with the neighbours.\n", "Anneke van Dijk"),
    ("Customer: Dr. Anna Weber. She called.\n", "Dr. Anna Weber"),  # a title's stop is no sentence end
    ("Bill to: Acme Corp. Ltd\n44 Main Road\n", "Acme Corp. Ltd"),  # nor a legal form's
])
def test_the_name_after_a_label_ends_where_its_sentence_ends(text: str, name: str) -> None:
    parties = [text[span.start:span.end] for span in address_block_parties(text, "pii")
               if span.kind in ("PERSON", "ORGANIZATION")]
    assert parties == [name]


@pytest.mark.parametrize("text", [
    "Customer: my order never arrived and nobody answers the phone\n",
    "To: we still have not received the parcel\n",
])
def test_a_message_after_a_role_label_names_no_one(text: str) -> None:
    # "my", "we": stop words are no dictionary words (three letters or more) but name no one either.
    assert address_block_parties(text, "pii") == []
