"""People, organisations and internal hosts in the forms developers paste (issue 12, section 3).

Each test states one form a user relies on being found (or left alone). The
dev sets in tests/corpus/names_dev are hand-written samples of tickets, git
logs, CSV/SQL/JSON exports, SSH configs, /etc/hosts, syslog and chat; the last
test measures the detectors' recall on them.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from leakbench.loaders import load_dataset
from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector
from redactor.detect.name_cells import names_in_cells
from redactor.detect.ner import NerDetector
from redactor.detect.pii import PiiDetector

NER = NerDetector()
INFRA = InfraDetector()
# Organisations and people named by structure (payment lines, export columns) are the PII detector's.
PII = PiiDetector()
DEV_SETS = Path(__file__).parent / "corpus" / "names_dev"
_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


def found(text: str, kind: str, segment_kind: str = "prose") -> list[str]:
    item = DetectionInput(text, segment_kind)
    spans = NER.detect(item) if kind in ("PERSON", "ORGANIZATION", "USERNAME") else INFRA.detect(item)
    return [text[s.start:s.end] for s in spans if s.kind == kind]


# --- people ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Jakub Dvořák", "Ewa Zielińska", "Nguyễn Thị Lan", "Saoirse Ní Bhriain",
                                  "Grzegorz Brzęczyszczykiewicz"])
def test_names_in_any_european_script_are_found_whole(name):
    assert name in found(f"Reviewed with {name} and the team yesterday.", "PERSON")


@pytest.mark.parametrize("text, segment_kind, name", [
    ("id,name,email\n1043,Hiroshi Tanaka,h.tanaka@example.org\n", "tool_result", "Hiroshi Tanaka"),
    ("E-1001;Jovana Petrović;Belgrade\n", "tool_result", "Jovana Petrović"),
    ("INSERT INTO t VALUES\n  (18, 'Mateo Álvarez', 'x');\n", "code", "Mateo Álvarez"),
    ("| billing | Agnieszka Nowak | db-1 |\n", "code", "Agnieszka Nowak"),
    ("metadata:\n  team-lead: Jakub Dvořák\n", "code", "Jakub Dvořák"),
    ('[{"user": "Lars Øvergaard", "role": "admin"}]', "tool_result", "Lars Øvergaard"),
])
def test_a_name_standing_as_a_whole_cell_or_value_is_a_person(text, segment_kind, name):
    assert name in found(text, "PERSON", segment_kind)


@pytest.mark.parametrize("text", ["| Getting Started | Web Search |", "Name,Status,Region\nBilling Worker,Running,West Europe",
                                  'title: "Release Notes"', "summary: Fix Build"])
def test_headings_and_ordinary_words_in_cells_are_not_people(text):
    assert names_in_cells(text, "ner") == []


def test_lower_case_names_before_what_people_do_are_found():
    text = "ok so raj said the migration is blocked until chen wei signs off; ahmed will follow up."
    assert found(text, "PERSON") == ["raj", "chen wei", "ahmed"]


def test_lower_case_greetings_name_who_is_greeted():
    assert found("hi priya, can you check? thx ravi", "PERSON") == ["priya", "ravi"]
    assert found("hi there, hey all, hello world", "PERSON") == []


def test_lower_case_names_in_person_fields_are_people():
    assert found("cc: wojtek nowicki\n", "PERSON") == ["wojtek nowicki"]
    assert found("to: all devs\nfrom: release bot\n", "PERSON") == []


def test_people_with_a_role_in_brackets_are_found():
    assert found("Jun Park (SRE) and Mei-Ling Chou (PM)", "PERSON") == ["Jun Park", "Mei-Ling Chou"]


def test_last_name_first_display_names_are_people():
    assert found('From: "Kowalski, Jan" <jan.kowalski@example.pl>', "PERSON") == ["Kowalski, Jan"]


def test_an_unseen_capitalised_name_before_what_people_do_is_a_person():
    assert found("I said yes; Tomasz will set up the room. Ayodele approved it.", "PERSON") == ["Tomasz", "Ayodele"]
    assert found("Kubernetes will restart it. The Gateway will route it. Email will be sent.", "PERSON") == []


def test_ordinary_lower_case_words_before_verbs_are_not_people():
    assert found("the cache will expire, docker will restart and python will complain.", "PERSON") == []


def test_speakers_of_a_chat_transcript_and_standup_items_are_people():
    assert found("emre: did anyone touch the cron?\nlucia: not me\n", "PERSON") == ["emre", "lucia"]
    assert "Ayodele" in found("Standup\n- Ayodele: debugging the flaky test\n- Summary: fine\n", "PERSON")


def test_labels_before_names_and_log_levels_are_not_speakers():
    people = found("Attendees: Amara Nwosu, Luca Bianchi\nerror: file not found\nwarning: unused import\n", "PERSON")
    assert "Attendees" not in people and "error" not in people and "warning" not in people
    assert {"Amara Nwosu", "Luca Bianchi"} <= set(people)
    assert found("- Loop-until-dry: for unknown-size work\n- Read-only: no writes\n", "PERSON") == []


@pytest.mark.parametrize("text, name", [("Cheers — Tiago", "Tiago"), ("Thanks for the quick fix.\n— Marek\n", "Marek"),
                                        ("Best -- Ingrid Halvorsen", "Ingrid Halvorsen")])
def test_dash_sign_offs_name_the_sender(text, name):
    assert name in found(text, "PERSON")


def test_the_owner_of_a_code_note_is_redacted_but_ticket_ids_are_not():
    text = "    # TODO(jsmith): remove\n    # FIXME(PAY-1234): later\n    # TODO(v2): rename\n"
    assert found(text, "USERNAME", "code") == ["jsmith"]


# --- organisations --------------------------------------------------------------------


@pytest.mark.parametrize("org", ["Brisa Marítima S.L.", "Fernbrook Sp. z o.o.", "Mercado Verde S.A. de C.V.",
                                 "Nordlys Energi AS", "Ostrava Metals a.s.", "Umhlanga Freight Pty Ltd"])
def test_organisations_with_international_corporate_suffixes_are_found(org):
    assert org in found(f"The invoice from {org} is overdue.", "ORGANIZATION")


def test_a_capitalised_name_before_an_organisation_head_noun_is_an_organisation():
    text = "We met Quintara Labs and the Halden Systems team about the Sunbird Payments integration."
    assert {"Quintara Labs", "Halden Systems", "Sunbird Payments"} <= set(found(text, "ORGANIZATION"))


def test_organisations_after_words_that_take_one_are_found():
    text = "She works at Corvid since 2019 and met our client Greystone last week."
    assert found(text, "ORGANIZATION") == ["Corvid", "Greystone"]
    assert found("Meet at Noon at the office; look at AWS.", "ORGANIZATION") == []


def test_client_fields_hold_an_organisation_only_when_the_value_says_so():
    text = "Client: Ashby & Moore Solicitors\nCustomer: Danielle Okafor\n"
    assert found(text, "ORGANIZATION") == ["Ashby & Moore Solicitors"]
    assert found(text, "PERSON") == ["Danielle Okafor"]


def test_corporate_names_in_code_and_exports_are_found_but_sql_aliases_are_not():
    text = "INSERT INTO v VALUES ('Hollis Freight GmbH');\nSELECT Name AS n FROM Customer AS c;\n"
    assert found(text, "ORGANIZATION", "code") == ["Hollis Freight GmbH"]


# --- internal hosts -------------------------------------------------------------------


@pytest.mark.parametrize("text, host", [
    ("Host db\n    HostName db-04\n    User deploy\n", "db-04"),
    ("Host build\n  HostName buildbox\n", "buildbox"),
    ("Server=sqlprod03;Database=Payroll;", "sqlprod03"),
    ("spring.redis.host=redis-sessions-1\n", "redis-sessions-1"),
    ("10.0.4.21   gitlab gitlab.intra.example.de\n", "gitlab"),
    ("Oct 14 09:12:44 app-node-12 sshd[2231]: Accepted publickey\n", "app-node-12"),
    ("[web]\nweb7 ansible_host=10.0.0.7\n", "web7"),
    ("canary on web3, then nas01 and db-replica-3", "db-replica-3"),
    ("run the migration on db-primary first.", "db-primary"),
    ("https://rating.svc.staging.orchard-lane.com/v2", "rating.svc.staging.orchard-lane.com"),
    ("pgsql-a.dc2.ravenmoor.com ansible_host=10.8.1.11", "pgsql-a.dc2.ravenmoor.com"),
    ('host = "orders.cluster-cx1.eu-west-2.rds.amazonaws.com"', "orders.cluster-cx1.eu-west-2.rds.amazonaws.com"),
    ("see http://buildbox:8080/job/nightly", "buildbox"),
    ("postgres://app:secret@orders-api/orders", "orders-api"),
    ("psql -h pgdb-prod -U app orders", "pgdb-prod"),
    ("app --host=db01 --port 5432", "db01"),
    ("upstream app { server app-01:8080; }", "app-01"),
    ("bootstrap.servers=kafka-a:9092,kafka-b:9092", "kafka-b"),
    ("mount filer01:/vol/home /home", "filer01"),
    ("The box is called hydra01.", "hydra01"),
    ("RDP to TS-FIN-03 first", "TS-FIN-03"),
])
def test_internal_machines_are_found_wherever_a_host_is_named(text, host):
    assert host in found(text, "INTERNAL_HOSTNAME", "code")


@pytest.mark.parametrize("text", [
    "Upgrade to node18 and es2015 targets; log4j is patched; python3 -m venv.",
    "DBHost: getEnv(\"DB_HOST\", \"localhost\")",
    "the hostname seems wrong and the host is down",
    "Push to the main-branch and switch to read-only mode.",
    "127.0.0.1 localhost\n::1 ip6-localhost ip6-loopback\n",
    "Docs are on https://docs.python.org and github.com.",
    "DATABASE_URL=postgres://app:${PW}@db:5432/app and REDIS_URL=redis://redis:6379/0",
    "grep -h pattern *.txt; ls -h /tmp",
    "at 10:30 see line:42, error:404, charset utf-8:10, COVID-19, SHA-256, JIRA-123, localhost:8080, redis:6379",
    "golang.org/x/oauth2 v0.18.0 h1:/6Hmqy13Ss2zCq62VdNG8tM1wchn8=",
])
def test_versions_code_and_public_sites_are_not_internal_hosts(text):
    assert found(text, "INTERNAL_HOSTNAME", "code") == []


# --- the dev sets ---------------------------------------------------------------------


def test_recall_on_the_hand_written_dev_sets():
    wanted = {"PERSON": "people", "ORG_NAME": "organisations", "INTERNAL_HOST": "hosts"}
    hits = {group: [0, 0] for group in wanted.values()}
    for path in sorted(DEV_SETS.glob("names_dev*.jsonl")):
        for sample in load_dataset(path):
            for segment in sample.segments:
                item = DetectionInput(segment.text, segment.segment.kind)
                spans = NER.detect(item) + INFRA.detect(item) + PII.detect(item)
                for annotation in segment.annotations:
                    group = wanted.get(annotation.kind)
                    if group is None or _IP.fullmatch(annotation.text):
                        continue  # IP addresses are the PII detector's
                    end = annotation.start + len(annotation.text.rstrip("."))  # "Inc." is found as "Inc"
                    hits[group][1] += 1
                    hits[group][0] += any(s.start <= annotation.start and end <= s.end for s in spans)
    rates = {group: hit / total for group, (hit, total) in hits.items()}
    print("\nnames_dev recall:", {group: f"{hit}/{total}" for group, (hit, total) in hits.items()})
    assert all(rate >= 0.93 for rate in rates.values()), rates
