"""A found login or mailbox names its owner elsewhere in the request (the wire only): engine.py propagation with
logins_of_people.names_in_login. Dev set (written before the change)."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def covered(engine: DetectionEngine, texts, value: str) -> bool:
    if isinstance(texts, str):
        texts = [texts]
    segments = [Segment(text, role="user", kind="prose") for text in texts]
    found = engine.detect(segments)
    text, spans = texts[-1], found[-1]
    start = text.rindex(value)
    return any(s.start <= start and start + len(value) <= s.end for s in spans)


DEV = [
    (["Login failures for user wieczorek_m since 09:00 (12 attempts).",
      "Wieczorek says she never got the reset mail."], "Wieczorek"),
    ("ssh: Accepted publickey for hadjipavlou from 10.2.3.4\n...\nSlack: Hadjipavlou is on call tonight", "Hadjipavlou"),
    ("git log --author=vanterpool\nReviewed by VANTERPOOL in the end", "VANTERPOOL"),
    ("Please email s.oyelaran@clinic-north.org about the referral. Oyelaran asked for the scans.", "Oyelaran"),
    ("Jira: assignee = 'tkachenko.o'\nStatus: blocked; Tkachenko waits for legal", "Tkachenko"),
    (["contact: brennigan@acme-tools.io", "Can you write Brennigan a polite reminder?"], "Brennigan"),
    ("AD account lukaszewicz_p disabled on 2024-03-01.\nHR note: Lukaszewicz left the company.", "Lukaszewicz"),
    ("[12:01] <ferreira_ines> anyone seen the build?\n[12:03] <bot> Ferreira: build #88 green", "Ferreira"),
    ("owner: mbatha-admin\nEscalate to MBATHA if the job fails twice.", "MBATHA"),
    ("Le compte dubreuil.c est verrouillé. Merci de prévenir Dubreuil avant lundi.", "Dubreuil"),
    ("Konto: schwarzenegger_k (gesperrt)\nRückfrage von Schwarzenegger per Telefon", "Schwarzenegger"),
    ("uid=ozturk,ou=people,dc=corp\n# Ozturk moved to the Izmir office", "Ozturk"),
    ("From the CSV: 4412;nakashima_r;active\nNakashima wants the seat moved to another team.", "Nakashima"),
    ("PR #512 by @abernathy-j: fix flaky test\nAbernathy also updated the changelog.", "Abernathy"),
    ("sudo -u castellanos ./backup.sh\nlog: CASTELLANOS ran backup at 03:00", "CASTELLANOS"),
]

# Check set: written after the change, not tuned on.
CHECK = [
    ("Audit: account 'ashworth-k' exported 4,000 rows.\ncc: Ashworth, Legal", "Ashworth"),
    ("mailto:ngata.tane@whanau-health.nz\n\nKia ora, TANE here — NGATA family file attached.", "NGATA"),
    ("login=kuznetsova_e; result=denied\nI think Kuznetsova typed the old password.", "Kuznetsova"),
    ("@verhoeven-d commented on the PR\nVerhoeven: LGTM", "Verhoeven"),
    ("Owner of the bucket: folasade.b\nFolasade asked to keep the logs.", "Folasade"),
    ("crontab for user ilunga_j\nILUNGA is on leave; disable the job.", "ILUNGA"),
]

CLEAN = [
    ("user deploy_bot pushed to main. Deploy finished.", "Deploy"),
    ("ssh ubuntu@10.0.0.5 then restart nginx. Ubuntu 22.04 is fine.", "Ubuntu"),
    ("runner gitlab-runner picked the job; Runner logs are attached.", "Runner"),
]


@pytest.mark.parametrize("texts, value", DEV)
def test_dev_name_a_found_login_spells(engine, texts, value):
    assert covered(engine, texts, value), value


@pytest.mark.parametrize("texts, value", CHECK)
def test_check_name_a_found_login_spells(engine, texts, value):
    assert covered(engine, texts, value), value


@pytest.mark.parametrize("texts, value", CLEAN)
def test_service_accounts_name_no_one(engine, texts, value):
    assert not covered(engine, texts, value), value


def test_names_a_login_spells():
    from redactor.detect.logins_of_people import names_in_login

    assert names_in_login("kowalski_a") == ("Kowalski", "KOWALSKI")
    assert "Kowalski" in names_in_login("anna.kowalski@firm.pl")
    for service in ("deploy_bot", "jenkins-ci", "ubuntu", "www-data", "gitlab-runner", "svc_payments", "root"):
        assert names_in_login(service) == (), service


def test_other_letter_cases_of_a_name():
    from redactor.detect.name_parts import name_case_variants

    assert set(name_case_variants("Priya Raghunathan")) >= {"RAGHUNATHAN", "raghunathan", "PRIYA RAGHUNATHAN"}
    assert name_case_variants("Mark Hunter") == ()  # ordinary words: never spread in another case
    assert "paris" not in name_case_variants("Sofia Paris") and "PARIS" not in name_case_variants("Sofia Paris")
