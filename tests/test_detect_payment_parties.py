"""The other party of a payment in statements and transfer messages (redactor/detect/payment_parties.py)."""
from __future__ import annotations

import pytest

from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE
from redactor.detect.payment_parties import payment_parties


def found(text: str) -> list[tuple[str, str]]:
    return [(span.kind, text[span.start:span.end]) for span in payment_parties(text, "test")]


@pytest.mark.parametrize("text, party", [
    ("14/11/2025,FASTER PAYMENT FROM J OKAFOR REF RENT DEC,500.00", "J OKAFOR"),
    ("15/11/2025,TFR TO AMARA OKAFOR 40-11-22 12345678,-60.00", "AMARA OKAFOR"),
    ("02.12.2025  VIR SEPA DUBOIS CLAIRE loyer decembre   +650,00", "DUBOIS CLAIRE"),
    ("02.12.2025  VIR INST M. LEROY   -20,00", "M. LEROY"),
    ("11/04 ZELLE TO PHAM MINH ANH 11/04 CONF# 8XQ2LP  -25.00", "PHAM MINH ANH"),
    ('note: "BGC FROM R DESAI REF SCHOOL TRIP" credited 12.00', "R DESAI"),
])
def test_a_party_after_a_statement_code_in_capitals_is_a_person(text: str, party: str) -> None:
    assert ("PERSON", party) in found(text)


def test_a_code_in_a_cell_of_its_own_names_the_party_at_the_start_of_the_next_cell() -> None:
    row = '"09 Dec 2025","DD","YORKSHIRE WATER YW77120-3","28.00",""'
    assert ("ORGANIZATION", "YORKSHIRE WATER") in found(row) and ("ID_NUMBER", "YW77120-3") in found(row)
    assert ("PERSON", "IFEOMA NWOSU") in found('"10 Dec 2025";"SO";"IFEOMA NWOSU";"15.00"')


def test_ordinary_words_after_a_persons_name_are_the_reference_not_the_name() -> None:
    assert ("PERSON", "HARRIET QUILL") in found("05 Sep  STO HARRIET QUILL POCKET MONEY  5.00")


@pytest.mark.parametrize("text, creditor, reference", [
    ("03 Dec  DD THAMES WATER A-9C21F0  42.10", "THAMES WATER", "A-9C21F0"),
    ("03.12.2025  PRLV SEPA ORANGE SA FR44ZZZ001234  -39,99", "ORANGE SA", "FR44ZZZ001234"),
])
def test_a_creditor_after_a_direct_debit_is_an_organisation_and_its_code_an_identifier(
        text: str, creditor: str, reference: str) -> None:
    assert ("ORGANIZATION", creditor) in found(text)
    assert ("ID_NUMBER", reference) in found(text)


@pytest.mark.parametrize("text, party", [
    ("Ksh2,000.00 sent to AKINYI OTIENO 0711223344 on 3/12/25 at 9:02 AM.", "AKINYI OTIENO"),
    ("I made a payment to Grzegorz Nowicki last week and it never arrived.", "Grzegorz Nowicki"),
    ("Überweisung an Henrike Albers, Betrag 120,00 EUR", "Henrike Albers"),
    ("Hice una transferencia a Lucía de la Vega ayer.", "Lucía de la Vega"),
    ("Virement vers Anaïs Perrin effectué", "Anaïs Perrin"),
    ("העברה לדנה לוי בסך 500 ש\"ח", "דנה לוי"),
    ("UPI/DR/409912345678/SNEHA KULKARNI/HDFC/sneha@okhdfc/rent", "SNEHA KULKARNI"),
    ("תשלום למיכל ברק על סך 80 ש\"ח", "מיכל ברק"),
])
def test_a_party_after_a_transfer_word_of_any_language_is_found(text: str, party: str) -> None:
    assert party in [value for _, value in found(text)]


@pytest.mark.parametrize("text", [
    "The logs are sent to Sentry and Datadog.",  # "sent to" says money only beside an amount
    "The transfer to Production happens on Friday.",
    "Payment to Stripe-hosted checkout is handled by the SDK.",
    "DD/MM/YYYY is the date format of the export, 12 columns.",
    "UPI is India's payment system.",
    "העברה לחשבון בסך 100 ש\"ח",  # to the account: no name
])
def test_words_that_only_look_like_a_payment_name_no_party(text: str) -> None:
    assert [value for kind, value in found(text) if kind in ("PERSON", "ORGANIZATION")] == []


def test_a_party_no_word_of_which_names_anything_is_doubtful_and_kept_on_the_wire_only() -> None:
    (span,) = [s for s in payment_parties("03 Dec  DD COUNCIL TAX  120.00", "test") if s.kind == "ORGANIZATION"]
    assert WIRE_MIN_SCORE <= span.score < AUDIT_MIN_SCORE


def test_a_text_without_any_payment_word_has_no_party() -> None:
    assert payment_parties("Refactor the parser and add tests for the tokenizer.\n" * 50, "test") == []
