"""Every cue list a finder asks of the shared cue scan is a constant: the scan knows a list by its identity.

`keywords.keyword_positions` answers a list it has seen by `id()` (one dict read); a tuple built per call
(`A + B` inside a finder) is a new object each time: it is looked up by value (its words hashed), and its identity is
remembered in a bounded table (`_CueFamilies._asked`, 1,024 entries), which such a list fills at one entry per text,
after which lists asked later in a process no longer get the fast path at all. Round 38 found one
(`org_dealings`' nouns, 300 entries in 300 texts). Texts written for the test, no corpus values.
"""
from __future__ import annotations

import collections

from redactor.detect import keywords
from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector
from redactor.detect.pii import PiiDetector
from redactor.detect.secrets import SecretsDetector

_TEXTS = (
    "I phoned the Harrowgate support line about my bill 4471 and the overdraft; banked with them since 2009.",
    "Ticket 88: customer service says the loan statement for account 7720 is late. ping jdoe | owner: ops",
    "DB_HOST=db-03.internal\nDB_USER=svc_app\nexport REGION=eu-west-1\n# ask helpline 0800 555 0199 about the claim",
    "2026-03-04 11:02:17 WARN payslip job 41 retried; policy 5531 booked by m.kowal at desk 7, mortgage ref 99812",
    "Merci pour votre contrat 2291. Le service client a envoyé la facture (bill) et la pension 3310 au 12 rue Nord.",
    "| name | account | since |\n| Ana Ruiz | 44120 | 2019 |\n| Tomek | 55213 | 2021 |\nsupport ticket 7 closed",
)


def test_no_cue_list_is_asked_under_a_new_identity_per_text(monkeypatch) -> None:
    detectors = (SecretsDetector(), PiiDetector(), InfraDetector())
    for text in _TEXTS:  # the lists asked once, the union built over them
        for detector in detectors:
            detector.detect(DetectionInput(text, "prose"))
    keywords.build_shared_scan()
    asked: list[tuple[str, ...]] = []  # (kept alive: ids stay distinct while counted)
    original = keywords._CueFamilies.number_of

    def number_of(self, words):
        asked.append(words)
        return original(self, words)

    monkeypatch.setattr(keywords._CueFamilies, "number_of", number_of)
    for text in _TEXTS:
        for detector in detectors:
            detector.detect(DetectionInput(text + " again", "prose"))  # new texts: no recent scan answers
    identities = collections.defaultdict(set)
    for words in asked:
        identities[words].add(id(words))
    # Two modules may hold equal constants; a list built per call has one identity per text (six here).
    rebuilt = {words[:3]: len(ids) for words, ids in identities.items() if len(ids) >= 4}
    assert not rebuilt, f"cue lists built anew per call (first words: identities): {rebuilt}"
