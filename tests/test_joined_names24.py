"""A found person's two names joined in a file or identifier name are redacted together, in either order:
engine.py propagation (the partner of a found name piece) and name_identifiers.name_identifier_forms (surname-first
forms). Dev set written before the change; check set written after, not tuned on."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def _spans_of(engine: DetectionEngine, mention: str, listing: str, kind: str):
    """The spans of `listing` (a second segment) once `mention` (prose naming the person) was sent."""
    return engine.detect([Segment(mention, role="user", kind="prose"), Segment(listing, role="tool", kind=kind)])[1]


def covered_whole(engine: DetectionEngine, mention: str, listing: str, value: str, kind: str = "tool_result") -> bool:
    """`value` (its last occurrence in `listing`) lies inside one finding."""
    start = listing.rindex(value)
    return any(s.start <= start and start + len(value) <= s.end for s in _spans_of(engine, mention, listing, kind))


def untouched(engine: DetectionEngine, mention: str, listing: str, value: str, kind: str = "tool_result") -> bool:
    start = listing.rindex(value)
    return not any(s.start < start + len(value) and start < s.end for s in _spans_of(engine, mention, listing, kind))


DEV = [
    ("Can you check why Maria Lopez can't open the contract?", "$ ls contracts/\ncontract_LopezMaria.pdf  summary.pdf",
     "LopezMaria", "tool_result"),
    ("Can you check why Maria Lopez can't open the contract?", "$ ls contracts/\nLopez_Maria_2024.docx  summary.pdf",
     "Lopez_Maria", "tool_result"),
    ("Can you check why Maria Lopez can't open the contract?", "$ ls cv/\nlopez.maria.cv.pdf  index.md",
     "lopez.maria", "tool_result"),
    pytest.param("Invoice query from Kwabena Mensah.", "ls invoices\ninvoice_MensahKwabena.pdf  Mensah-Kwabena.txt",
                 "Mensah-Kwabena", "tool_result", marks=pytest.mark.xfail(strict=True, reason=(
                     "round 39: people_in_file_names takes a listed surname and first name in a file name as two "
                     "findings (both redacted, nothing leaks), where this reading makes one"))),
    ("Refund request from Maria Lopez.", "def test_refund_for_lopez_maria(client):\n    assert client.refund(7).ok",
     "lopez_maria", "code"),
    ("Beneficiary: Kwabena Mensah", "export const MENSAH_KWABENA_IBAN = process.env.IBAN_1;",
     "MENSAH_KWABENA", "code"),
]

DEV_CLEAN = [
    # A found person's first name that is an ordinary word stays when it stands alone in a file name.
    ("Can you check why Maria Lopez can't open the contract?", "$ ls\ncontract_Maria_template.pdf", "Maria_template"),
    # Only the person's own other name joins a found piece: `Lopez_Report` keeps "Report".
    ("Can you check why Maria Lopez can't open the contract?", "$ ls\nLopez_Report.pdf", "Report"),
]


@pytest.mark.parametrize("mention, listing, value, kind", DEV)
def test_dev_a_found_persons_joined_names_are_one_finding(engine, mention, listing, value, kind):
    assert covered_whole(engine, mention, listing, value, kind)


@pytest.mark.parametrize("mention, listing, value", DEV_CLEAN)
def test_dev_other_words_beside_a_found_name_stay(engine, mention, listing, value):
    assert untouched(engine, mention, listing, value.split("_")[-1])


# Check set: written after the change, not tuned on.
CHECK = [
    ("Please update the record for Oksana Hrytsenko.", "$ ls scans/\npassport_HrytsenkoOksana.jpg  notes.txt",
     "HrytsenkoOksana", "tool_result"),
    pytest.param("Payroll question from Grace Mbeki.", "$ ls payslips/\nMbeki_Grace_payslip_03.pdf", "Mbeki_Grace",
                 "tool_result", marks=pytest.mark.xfail(reason="NER reads 'Grace Mbeki' as a place: no person found")),
    ("Rose Okafor asked why her payslip is late.", "$ ls payslips/\nOkafor_Rose_payslip_03.pdf", "Okafor_Rose", "tool_result"),
    ("Offer approved for Rose Whitfield.", "Attached: offer-letter-Rose-Whitfield.docx", "Rose-Whitfield",
     "tool_result"),
    ("Customer: Dmitri Volkov", 'VOLKOV_DMITRI_ACCOUNT = "acct_93"', "VOLKOV_DMITRI", "code"),
    ("Please update the record for Oksana Hrytsenko.", "$ find . -name '*.yml'\n./people/hrytsenko.oksana.yml",
     "hrytsenko.oksana", "tool_result"),
]

CHECK_CLEAN = [
    pytest.param("Payroll question from Grace Mbeki.", "$ ls\nMbeki_Holdings_report.pdf", "Holdings",
                 marks=pytest.mark.xfail(reason="NER reads 'Grace Mbeki' as a place and Mbeki_Holdings as a company")),
    pytest.param("Rose Okafor asked why her payslip is late.", "$ ls\nOkafor_Holdings_report.pdf", "Holdings",
                 marks=pytest.mark.xfail(reason="NER finds 'Okafor_Holdings' as a company itself (not propagation)")),
    ("Rose Okafor asked why her payslip is late.", "$ ls\nOkafor_Rose_Okafor_Report.pdf", "Report"),
]


@pytest.mark.parametrize("mention, listing, value, kind", CHECK)
def test_check_a_found_persons_joined_names_are_one_finding(engine, mention, listing, value, kind):
    assert covered_whole(engine, mention, listing, value, kind)


@pytest.mark.parametrize("mention, listing, value", CHECK_CLEAN)
def test_check_other_words_beside_a_found_name_stay(engine, mention, listing, value):
    assert untouched(engine, mention, listing, value)
