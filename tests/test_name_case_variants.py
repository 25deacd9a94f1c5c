"""A found person's name in its other letter cases is the same person (the wire only): engine.py propagation with
name_parts.name_case_variants. Dev set (written before the change) and check set (written after)."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_by_one_finding


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def covered(engine: DetectionEngine, text: str, value: str, role: str = "user", kind: str = "prose") -> bool:
    return covered_by_one_finding(engine, text, value, role, kind)


DEV = [
    ("Ticket #4471 opened by Priya Raghunathan.\nAssignee: DESAI, R.\nReporter (from SSO): RAGHUNATHAN PRIYA",
     "RAGHUNATHAN"),
    ("[10:02] Tomasz Wójcik: deploy is green\n[10:03] ana: ok thanks wójcik, merging now", "wójcik"),
    ("Bonjour, je suis Margaux Lefebvre-Dufour.\n---\nSignature: MARGAUX LEFEBVRE-DUFOUR, Service client",
     "MARGAUX LEFEBVRE-DUFOUR"),
    ("Patient: Oluwaseun Adeyemi, seen 12/03.\nNotes: adeyemi reports dizziness since monday.", "adeyemi"),
    ("From: Henrike Brandstätter\nSubject: Urlaub\n\nHallo Team, ich bin ab Montag weg. Grüße, HENRIKE",
     "HENRIKE"),
    ("Reviewed-by: Kwabena Mensah\n\ncommit 9f1c2ab\n    fix typo spotted by mensah in README", "mensah"),
    ("Dear Ms Nakagawa-Lindqvist, thank you for your order.\nShip to: NAKAGAWA-LINDQVIST / 4 Elm Row", "NAKAGAWA-LINDQVIST"),
    ("Interview notes — candidate Bartholomew Okonkwo.\nPanel feedback: okonkwo strong on systems design.", "okonkwo"),
    ("Can you draft a reply to Siobhán Ní Bhraonáin? She says the invoice is wrong.\n"
     "Header of her letter reads: SIOBHÁN NÍ BHRAONÁIN, 12 Quay St", "SIOBHÁN"),
    ("Employee: Rafael Quintanilla Ortega\nManager comment: quintanilla missed two sprints", "quintanilla"),
    ("<user>Hi, Dmitri Volkonsky here.</user> later in the log: USER=VOLKONSKY ROLE=admin", "VOLKONSKY"),
    ("Lease holder: Fenella Ashcombe\nGuarantor: none\nremarks: ashcombe paid deposit in cash", "ashcombe"),
    ("Bitte an Herrn Jörg Pfisterer weiterleiten.\nAntwort von PFISTERER: erledigt.", "PFISTERER"),
    ("Student: Thandiwe Nkosi, grade 11\nteacher comment: thandiwe needs extra time in exams", "thandiwe"),
    ("Slack export\nAugustin Ferreira-Mbeki joined #ops\naugustin: who owns the pager tonight?", "augustin"),
]

CLEAN = [
    "The Grant committee met; a grant of 5,000 was approved and GRANT FUNDING is due in May.",
    "Call mark_as_read() then MARK the ticket; Mark Hunter approved it.",
]


@pytest.mark.parametrize("text, value", DEV)
def test_dev_other_letter_case_of_a_found_name(engine, text, value):
    assert covered(engine, text, value), value


@pytest.mark.parametrize("text, value", [(CLEAN[0], "grant of"), (CLEAN[1], "mark_as_read")])
def test_words_and_identifiers_stay(engine, text, value):
    assert not covered(engine, text, value)
