"""Passwords written in sentences, passphrases, and the round-5 credential layouts (issue 12).

A password in chat has no key to sit under: it stands somewhere in a sentence that
talks about a password or a login, or it is several words after a label. Each
case must be covered whole by the secrets detector; the clean cases talk about
passwords without holding one and must stay untouched (or, where the detector is
unsure, only doubtful: the wire redacts it, an audit does not report it).
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput, Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.secrets import SecretsDetector, is_secret_key_name

DETECTOR = SecretsDetector()
AUDIT_MIN_SCORE = 0.6


def spans_of(text: str) -> list[Span]:
    return DETECTOR.detect(DetectionInput(text, "prose"))


def covering(text: str, secret: str) -> list[Span]:
    start = text.index(secret)
    end = start + len(secret)
    return [s for s in spans_of(text) if s.start <= start and s.end >= end]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("When it asks for a password, enter Otter-Pond-31 and wait.", "Otter-Pond-31"),
        ("type Falcon-Eye-27 at the password prompt", "Falcon-Eye-27"),
        ("It rejected Welcome2024 as the password", "Welcome2024"),
        ("you can log in as admin with Summer-Breeze-4", "Summer-Breeze-4"),
        ("the pw's Pencil-Case-4", "Pencil-Case-4"),
        ("password is literally password123 lol", "password123"),
        ("le mdp du compte admin c'est Baguette-Rouge7, je le change vendredi", "Baguette-Rouge7"),
        ("network \"Lakeside-Guest\" on the wifi, code lakeside2025!", "lakeside2025!"),
        ("密码是 Panda-Bamboo-7", "Panda-Bamboo-7"),
        ('{"contraseña": "Luna-Nueva-3"}', "Luna-Nueva-3"),
        ("パスワードは Sakura-Hana-2 です", "Sakura-Hana-2"),
    ],
)
def test_a_password_shaped_word_in_a_sentence_about_a_password_is_redacted_on_the_wire(text, secret):
    found = covering(text, secret)
    assert found, [text[s.start:s.end] for s in spans_of(text)]


def test_a_word_found_only_by_its_sentence_is_doubtful_so_an_audit_does_not_report_it():
    text = "It rejected Welcome2024 as the password"
    (span,) = covering(text, "Welcome2024")
    assert span.score == DOUBTFUL_SCORE < AUDIT_MIN_SCORE


@pytest.mark.parametrize(
    "text",
    [
        "Passwords must be at least 12chars and rotate every 90days.",
        "Login with SSO via Okta2 is broken since build 20251201.3",
        "credentials are loaded from ~/.aws/credentials by boto3 1.34.2",
        "Sign in to the dashboard at grafana.acme.io:3000 with your own account.",
        "Login failed for user 'svc_etl' from 10.2.3.4 at 2024-05-01T10:22:31Z",
        "The login endpoint returns 401 after 5 failed attempts (see AUTH-231).",
        "creds rotation job cron-7f9c2 finished in 42s",
        "log in to k8s-prod-eu1 via the bastion",
        "The wifi in room B2-114 drops every hour.",
        "Reset the password for user jdoe42 via the admin panel.",
        "def refreshAccessTokenV2ForUserSessions(): pass",
        "We need a login flow for the 40-person support team.",
        "AWS creds for the sandbox (from 1password):",
        '{"user": {"login": "ananya.k", "pan": "BNZPM2501F"}}',
    ],
)
def test_versions_ids_hosts_and_logins_in_a_sentence_about_passwords_are_left_alone(text):
    assert [text[s.start:s.end] for s in spans_of(text)] == []


@pytest.mark.parametrize(
    ("text", "secret", "audited"),
    [
        ("ssh key passphrase: blue otter eats kelp", "blue otter eats kelp", True),
        ("the passphrase is purple monkey dishwasher", "purple monkey dishwasher", True),
        ("The new password: tiger lily 42", "tiger lily 42", False),
        ("passphrase for the restic repo: amber fjord cable sprout", "amber fjord cable sprout", True),
        ("The wallet passphrase is four owls at noon, keep it offline.", "four owls at noon", True),
    ],
)
def test_a_passphrase_of_several_words_after_a_label_is_redacted_whole(text, secret, audited):
    found = covering(text, secret)
    assert found, [text[s.start:s.end] for s in spans_of(text)]
    assert (max(s.score for s in found) >= AUDIT_MIN_SCORE) == audited


@pytest.mark.parametrize(
    "text",
    [
        "The passphrase: same as the staging one",
        "password: must be changed on first login",
        "The passphrase is stored in the team vault",
    ],
)
def test_prose_after_a_password_label_is_no_passphrase(text):
    assert [text[s.start:s.end] for s in spans_of(text)] == []


@pytest.mark.parametrize("name", ["pass_phrase", "PASS_WORD", "passPhrase", "Pass-Code", "MDP", "clave_acceso", "parol",
                                  "mima", "psw", "user_pword"])
def test_a_password_word_written_in_two_parts_names_a_password_key(name):
    assert is_secret_key_name(name)
    text = f"{name} = tundra-Walrus-902"
    assert covering(text, "tundra-Walrus-902")[0].kind == "PASSWORD"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("sqlplus hr/Hr-Oracle-12@ORCLPDB @report.sql", "hr/Hr-Oracle-12@ORCLPDB"),
        ("sqlplus system/Orcl#Sys9@//db01.acme.local:1521/PROD", "system/Orcl#Sys9@//db01.acme.local:1521/PROD"),
        ("oracle connect: scott/tiger99@ora-prod:1521/ORCL", "scott/tiger99@ora-prod:1521/ORCL"),
    ],
)
def test_an_oracle_connect_string_is_one_span_with_its_host_and_service(text, secret):
    assert covering(text, secret)


def test_an_oracle_shape_inside_a_url_is_left_to_the_url_rules():
    text = "see https://example.org/docs/a/b@c:80/x"
    assert [s for s in spans_of(text) if s.kind == "CONNECTION_STRING"] == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("db.url=jdbc:mysql://mysql-01.prod.acme.net:3306/billing", "mysql-01.prod.acme.net:3306/billing"),
        ("MONGO=mongodb+srv://cluster0.ab12c.mongodb.net/prod?retryWrites=true",
         "cluster0.ab12c.mongodb.net/prod?retryWrites=true"),
    ],
)
def test_a_database_url_without_credentials_on_a_real_host_is_a_doubtful_connection_string(text, secret):
    (span,) = covering(text, secret)
    assert span.kind == "CONNECTION_STRING" and span.score == DOUBTFUL_SCORE


@pytest.mark.parametrize(
    "text",
    ["url: redis://redis:6379/0", "postgres://localhost:5432/app", "jdbc:postgresql://db.example.com:5432/test",
     "mysql://${DB_HOST}:3306/app", "docs at https://www.postgresql.org/docs/"],
)
def test_database_urls_on_loopback_documentation_or_service_names_are_left_alone(text):
    assert [s for s in spans_of(text) if s.kind == "CONNECTION_STRING"] == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("rabbitmqctl add_user orders Rbt-App-8", "Rbt-App-8"),
        ("rabbitmqctl change_password guest Rbt-Guest-1", "Rbt-Guest-1"),
        ('gh secret set DEPLOY_KEY --body "Gh-Body-Sec-91x"', "Gh-Body-Sec-91x"),
    ],
)
def test_positional_passwords_of_user_and_secret_commands_are_redacted(text, secret):
    assert covering(text, secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [("set -x PGPASSWORD Fish-Pg-8", "Fish-Pg-8"), ("set -gx DB_PASS Fish-Db-9", "Fish-Db-9"),
     ("setenv PGPASSWORD Csh-Pg-7", "Csh-Pg-7")],
)
def test_a_password_exported_by_fish_or_csh_is_redacted(text, secret):
    assert covering(text, secret)


def test_a_connection_string_that_starts_with_its_password_is_one_span():
    text = "Password=Ado-First-14;User ID=app;Data Source=sql03.acme.net;Initial Catalog=hr"
    assert covering(text, "Password=Ado-First-14;User ID=app;Data Source=sql03.acme.net;Initial Catalog=hr")


@pytest.mark.parametrize("text", ["Password=Solo-Pw-1;", "pwd=Pwd-Only-2; timeout=30"])
def test_a_lone_password_setting_stays_a_password(text):
    assert [s.kind for s in spans_of(text)] == ["PASSWORD"]
