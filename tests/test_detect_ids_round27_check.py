"""Round 27 (ids27) CHECK set: written after the change, never tuned on. Each example is a realistic paste of a family
the round covers (device ids, ids in file names, FHIR references, short values after record labels, study subjects,
dealing codes, court file numbers, X12 claims) in a form the dev set does not hold; and clean public numbers."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.pii import PiiDetector

_DETECTOR = PiiDetector()

CHECK = [
    ("Laptop returned by Priya Nair, S/N: PF3K8M21, asset tag kept.", "PF3K8M21"),
    ("Bitte sperren: IMEI1 867530912345678, Kundin Frau Roth", "867530912345678"),
    ("owner=\"Kai Lund\" android_id=3f8a9c2e71b04d55 app=2.4.1", "3f8a9c2e71b04d55"),
    ("Número de bastidor: VF1RFB00X56789012 (titular: Marta Gil)", "VF1RFB00X56789012"),
    ("Hund Bello, Transponder-Nr. 276098106543210, Halterin Eva Kurz", "276098106543210"),
    ("Anhang: Personalausweis_LZ6R4T9KP_vorne.jpg", "LZ6R4T9KP"),
    ("uploaded payslip_EMP-204518_2026-11.pdf for review", "EMP-204518"),
    ('"beneficiary": {"reference": "RelatedPerson/rp-99812"}', "RelatedPerson/rp-99812"),
    ("Participante PT-118-KX = Rocío Benítez, nacida 1981", "PT-118-KX"),
    ("locker number 417 assigned to Dana Whitfield", "417"),
    ("Kinderausweis-Nr.: F9GH2KL7W für Mia Scholz", "F9GH2KL7W"),
    ("Hi, reservation 5XK2P9QMRT for two nights, guest Tomás Ruiz", "5XK2P9QMRT"),
    ("Amtsgericht, Az. 3 C 1187/25, Beklagter Herr Özdemir", "3 C 1187/25"),
    ("REF*1W*ZK44901278~\nREF*D9*CLAIM77120934~", "ZK44901278"),
]

CLEAN = [
    "Reagents: CAS 50-00-0 (formaldehyde) and CAS 7664-93-9 (sulfuric acid).",
    "TAF KJFK 061130Z 0612/0718 27015KT P6SM FEW250",
    "Fleet update: aircraft A321-200 and 737-800 retire next year.",
    "Ziehung: 05 12 23 34 41 47",
    "Pflichtfeld Steuer-ID, z. B. 12 345 678 901 (Muster), nicht die eigene.",
    "Artifacts: release_2026.11.3.zip, build-logs_2026-12-01.txt, Screenshot_20261201_081500.png",
]


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(span.start <= start and span.end >= end and span.category == "pii"
               for span in _DETECTOR.detect(DetectionInput(text)))


@pytest.mark.parametrize("text,value", CHECK)
def test_check_identifier_found(text, value):
    assert _covered(text, value)


@pytest.mark.parametrize("text", CLEAN)
def test_check_public_numbers_stay(text):
    spans = [span for span in _DETECTOR.detect(DetectionInput(text)) if span.kind == "ID_NUMBER"]
    assert not spans, [text[span.start:span.end] for span in spans]
