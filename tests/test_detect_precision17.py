"""False findings in coding agents' prose (round 17, precision17): what each class was and what now keeps it out.

- **CI apps as logins** (`usernames.is_personal_login`): the role_accounts list lacked the CI apps login_cues.py
  already knew ("dependabot", "renovate", "github-actions"); handles in a person's slot (logins_in_person_slots.py,
  "approved by X") are now asked the same question. The model's PERSON for such a lower-case login goes too
  (`ner._names_an_automation_account`; "Jenkins" capitalised stays). A service account made with a piece that names
  automation (`svc_backup`, `deploy-bot`) stays a finding: the secrets corpora count such accounts, and dropping them
  leaked three spans of blind13's secrets (tried and dropped).
- **a migration between packages read as a handover between accounts** (`usernames._moves_between_packages`): "from
  lodash to lodash-es" matched "reassigned from jdoe to kt_vance"; both names listed public packages, or one listed
  with several parts, is software ("from mike to jdoe" stays: a one-part name that is also a package).
- **project files and German number labels as names** (`ner._names_a_file_or_label`,
  `name_parts.is_number_abbreviation`): the one-word org rules knew the repository files ("Changelog", "Makefile")
  but the model did not; no listed name ends in "nr", so "Kundennr", "Rechnungsnr" before ". 77-401-223" are labels.
- replica ordinals as hosts ("worker-3", "kafka-2" alone) were exempted on the branch and put back at the merge: the
  exemption leaked an internal hostname of blind16's secrets file (unread; aggregate count only). Doubt means redact.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.confidence import WIRE_MIN_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.detect.usernames import is_personal_login
from redactor.runtime import resolve_policy


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(resolve_policy("default"))


def found(engine: DetectionEngine, text: str) -> list[tuple[str, str]]:
    """(value, kind) of every span any detector sends redacted, as which.py reads them."""
    detectors = list(engine._detectors) + ([engine._ner] if engine._ner else [])
    return [(text[s.start:s.end], s.kind) for detector in detectors
            for s in detector.detect(DetectionInput(text, "prose")) if s.score >= WIRE_MIN_SCORE]


def values(engine: DetectionEngine, text: str) -> set[str]:
    return {value for value, _ in found(engine, text)}


@pytest.mark.parametrize("login", ["dependabot", "renovate", "github-actions", "mergify"])
def test_automation_accounts_are_not_personal(login: str) -> None:
    assert not is_personal_login(login)


@pytest.mark.parametrize("login", ["jdoe", "kt_vance", "amira.haddad", "svc_backup", "deploy-bot"])
def test_personal_logins_stay_personal(login: str) -> None:
    assert is_personal_login(login)


@pytest.mark.parametrize("text, word", [
    ("The PR was opened by dependabot and approved by github-actions after CI passed.", "dependabot"),
    ("The PR was opened by dependabot and approved by github-actions after CI passed.", "github-actions"),
    ("Reviewers: dependabot, renovate", "dependabot"),
    ("We migrated from lodash to lodash-es last week.", "lodash-es"),
    ("I moved the helpers from react-dom to preact-compat.", "react-dom"),
    ("Updated the Makefile and the Dockerfile.", "Dockerfile"),
    ("See the Changelog for details.", "Changelog"),
    ("Rechnungsnr. 2024-0193 und Kundennr. 77-401-223", "Kundennr"),
    ("Rechnungsnr. 2024-0193 und Kundennr. 77-401-223", "Rechnungsnr"),
])
def test_false_findings_of_coding_prose_are_gone(engine: DetectionEngine, text: str, word: str) -> None:
    assert word not in values(engine, text)


@pytest.mark.parametrize("text, word", [
    ("Ticket reassigned from jdoe to mkowalski yesterday.", "jdoe"),
    ("Ticket reassigned from jdoe to mkowalski yesterday.", "mkowalski"),
    ("Login failed for amira.haddad at 09:12.", "amira.haddad"),
    ("host: worker-9", "worker-9"),
    ("ssh worker-3 and check the disk.", "worker-3"),
    ("The job failed on worker-12 with an OOM.", "worker-12"),  # a replica's ordinal may be a machine: doubt redacts
    ("The replica on db-04 is behind.", "db-04"),
    ("Greta Jenkins reviewed it.", "Greta Jenkins"),
    ("Kundennr. 77-401-223", "77-401-223"),
])
def test_what_names_a_person_or_machine_stays(engine: DetectionEngine, text: str, word: str) -> None:
    assert any(word in value for value in values(engine, text))
