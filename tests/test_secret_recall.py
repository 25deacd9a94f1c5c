"""Secrets recall: what developers paste (issue 12, section 2), covered whole.

Every case states a syntax a developer uses to write down a credential; the
whole value must be covered by one span (a partly covered value still leaks).
The `clean` cases are prose and code that only talk about credentials: nothing
there may be redacted. tests/corpus/secrets_dev/ holds the same kinds of
samples as a leakbench dataset (`redactor bench --dataset`).
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from redactor.detect.base import DetectionInput, Span
from redactor.detect.secrets import SecretsDetector, is_secret_key_name

DETECTOR = SecretsDetector()
DEV_SET = Path(__file__).parent / "corpus" / "secrets_dev"


def spans_of(text: str) -> list[Span]:
    return DETECTOR.detect(DetectionInput(text, "prose"))


def assert_whole(text: str, secret: str) -> None:
    start = text.index(secret)
    end = start + len(secret)
    spans = spans_of(text)
    assert any(s.start <= start and s.end >= end for s in spans), (secret, [text[s.start:s.end] for s in spans])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Passwort: GeheimesW0rt!", "GeheimesW0rt!"),
        ("mot de passe : Sapin!Vert42", "Sapin!Vert42"),
        ("contraseña: Secreta#2023", "Secreta#2023"),
        ("senha do banco: Banco#Teste9", "Banco#Teste9"),
        ("пароль: Parol2024!", "Parol2024!"),
        ("パスワード: Nihon!2024", "Nihon!2024"),
        ("Wachtwoord voor de testomgeving: Tulp!Molen3", "Tulp!Molen3"),
        ("Password for the VPN: vpnP@ss-01", "vpnP@ss-01"),
        ("Your temporary password is: Tmp-8842-Qx", "Tmp-8842-Qx"),
        ("Passwort für die Datenbank lautet Buche#Wald44", "Buche#Wald44"),
        ("La password dell'utente root è Radice!2024", "Radice!2024"),
    ],
)
def test_labelled_passwords_in_any_language_are_found(text, secret):
    assert_whole(text, secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("My password: letmein", "letmein"),
        ("my pw for the jira test instance is quokkafeet lol", "quokkafeet"),
    ],
)
def test_a_plain_word_after_password_is_taken_when_it_is_no_ordinary_word(text, secret):
    assert_whole(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "The password is hashed with argon2id before it reaches the database.",
        "Add password strength meter to signup form",
        "If the password is required, the token is optional.",
        "password: required",
    ],
)
def test_prose_about_passwords_is_not_redacted(text):
    assert [text[s.start:s.end] for s in spans_of(text)] == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('DB_PASSWORD: "${DB_PASSWORD:-fallbackPw1}"', "fallbackPw1"),
        ('password = os.getenv("DB_PASSWORD", "localDevPw!")', "localDevPw!"),
        ("const key = process.env.API_TOKEN || 'tok_7Hk2QmZx5Wv9Rt3L';", "tok_7Hk2QmZx5Wv9Rt3L"),
        ("ENV DB_PASSWORD dockerfilePw9", "dockerfilePw9"),
        ("requirepass f00bar3d-redis", "f00bar3d-redis"),
        ("SET PASSWORD FOR 'bob'@'%' = PASSWORD('b0bSecret');", "b0bSecret"),
        ("net use Z: \\\\fileserver\\share /user:CORP\\bob B0bsPassw0rd", "B0bsPassw0rd"),
        ("smbclient //fs01/share -U bob%Smb!Pass1", "Smb!Pass1"),
        ("xfreerdp /v:10.0.0.7 /u:administrator /p:Rdp!Pass2024", "Rdp!Pass2024"),
        ("ssh-keygen -t ed25519 -N 'keyPassphrase!9' -f ~/.ssh/deploy", "keyPassphrase!9"),
        ("unzip -P z1pPass backup.zip", "z1pPass"),
        ("7z x -p7zArch1vePw archive.7z", "7zArch1vePw"),
        ("lftp -u bob,lftpPw!1 sftp://files.corp", "lftpPw!1"),
        ("sqlplus hr/Tig3rStr1pe@//oradb-03.corp:1521/HRPDB", "hr/Tig3rStr1pe"),
        ("SMTP password (app-specific): abcd efgh ijkl mnop", "abcd efgh ijkl mnop"),
    ],
)
def test_passwords_in_defaults_and_command_lines_are_found(text, secret):
    assert_whole(text, secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("TENCENTCLOUD_SECRET_ID=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"),
        ('"access_key_id": "7c1e8b2f9d3a4e5f6a7b8c9d0e1f2a3b"', "7c1e8b2f9d3a4e5f6a7b8c9d0e1f2a3b"),
        ("SUMO_ACCESS_ID=suABCDEF123456", "suABCDEF123456"),
        ("HUAWEICLOUD_SDK_AK=HPUAL7XJQ2WERTYUIOPA", "HPUAL7XJQ2WERTYUIOPA"),
        ("B2_APPLICATION_KEY_ID=0012a3b4c5d6e7f0000000001", "0012a3b4c5d6e7f0000000001"),
        ("GOOGLE_HMAC=GOOG1EJRZ4FQM5XK7A2BL3CY6DU8EV9FW0GX1HY2IZ3JA4KB5LC6MD7NE8OF",
         "GOOG1EJRZ4FQM5XK7A2BL3CY6DU8EV9FW0GX1HY2IZ3JA4KB5LC6MD7NE8OF"),
        ("SPACES_KEY=DO00QW7ERT2YUI9OPA4S", "DO00QW7ERT2YUI9OPA4S"),
        ("the key id AKIAQ7MZL2XC4VB6NK8PQ was typed by hand", "AKIAQ7MZL2XC4VB6NK8PQ"),
        ("creds for the bucket: AKIAT5G2OSHGP5EXAMPL / u7Hk2Pz9Qw4Er6Ty8Ui0Op1As3Df5Gh7Jk9Lz2Xc",
         "u7Hk2Pz9Qw4Er6Ty8Ui0Op1As3Df5Gh7Jk9Lz2Xc"),
    ],
)
def test_access_key_ids_are_found_by_shape_and_by_name(text, secret):
    assert_whole(text, secret)


@pytest.mark.parametrize("name", ["access_key_id", "accessKeyId", "TENCENTCLOUD_SECRET_ID", "OSS_AK",
                                  "b2_application_key_id", "SUMO_ACCESS_ID"])
def test_key_id_names_are_secret_names(name):
    assert is_secret_key_name(name)


@pytest.mark.parametrize("name", ["user_id", "client_id", "key_id", "request_id", "kms_key_id_ref"])
def test_other_ids_are_not_secret_names(name):
    assert not is_secret_key_name(name)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('url: jdbc:oracle:thin:scott/tiger42@//oradb.corp:1521/ORCLPDB1',
         "jdbc:oracle:thin:scott/tiger42@//oradb.corp:1521/ORCLPDB1"),
        ("jdbc:mysql://db.internal:3306/shop?user=shop&password=Sh0pPw!", "db.internal:3306/shop?user=shop&password=Sh0pPw!"),
        ('DSN="host=db.internal port=5432 dbname=app user=app password=libpqPw99 sslmode=require"',
         "host=db.internal port=5432 dbname=app user=app password=libpqPw99 sslmode=require"),
        ("DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=" + "Q2hh" * 21 + "bmc==;EndpointSuffix=core.windows.net",
         "DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=" + "Q2hh" * 21 + "bmc==;EndpointSuffix=core.windows.net"),
    ],
)
def test_connection_strings_are_covered_whole(text, secret):
    assert_whole(text, secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("SIGNING_KEY_B64=MC4CAQAwBQYDK2VwBCIEIK3mZ9xN2pR4tV6wY8zA0bC2dE4fG6hI8jK0lM2nOqRs",
         "MC4CAQAwBQYDK2VwBCIEIK3mZ9xN2pR4tV6wY8zA0bC2dE4fG6hI8jK0lM2nOqRs"),
        ("here it is:\nMIIEpAIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MZ4r5E0aWvZ9c1Kb\n"
         "X1rYhZ0c3HjJmTr9uD8pXGs3zC0G4aT0Vb4n5QxM3sJpQjY1XW9s2sW6oYqB4bT3\n",
         "MIIEpAIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MZ4r5E0aWvZ9c1Kb\n"
         "X1rYhZ0c3HjJmTr9uD8pXGs3zC0G4aT0Vb4n5QxM3sJpQjY1XW9s2sW6oYqB4bT3"),
        ("PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: rsa-key\nPublic-Lines: 1\n"
         "AAAAB3NzaC1yc2EAAAADAQABAAABAQC7\nPrivate-Lines: 1\nAAABAQCq8wC0y9Z4nL3X7h5Vp2lQm6fR1sT0uY9w",
         "AAABAQCq8wC0y9Z4nL3X7h5Vp2lQm6fR1sT0uY9w"),
    ],
)
def test_private_keys_without_armour_or_cut_off_are_found(text, secret):
    assert_whole(text, secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('key = "7d3a1f09c8e2b4a6d5f0e9c8b7a6d5e4"', "7d3a1f09c8e2b4a6d5f0e9c8b7a6d5e4"),
        ('params = {"key": "AbC123dEf456GhI789jKl012", "q": "London"}', "AbC123dEf456GhI789jKl012"),
        ("kek: wrapk3y-Z2l2ZW1lYWtleQ==", "wrapk3y-Z2l2ZW1lYWtleQ=="),
        ('{"kty": "oct", "k": "GawgguFyGrWKav7AX4VKUg", "alg": "A128KW"}', "GawgguFyGrWKav7AX4VKUg"),
        ("AGE-SECRET-KEY-1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQG",
         "AGE-SECRET-KEY-1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQG"),
        ("define('SECURE_AUTH_SALT', 'Rz~5H)-s]gR+Yx^:a|Z9Wn/-P<8R |8FX2<e;+jDz]bx%#^YD/(?8{5Zd:(T&,Lc');",
         "Rz~5H)-s]gR+Yx^:a|Z9Wn/-P<8R |8FX2<e;+jDz]bx%#^YD/(?8{5Zd:(T&,Lc"),
        ("Use this AES key for the test env: k9FzQ2mX8pL4wR7tY1uV3nB6cJ0hG5dA", "k9FzQ2mX8pL4wR7tY1uV3nB6cJ0hG5dA"),
        ("Here's my key: sk-4f8Jk2Lm9Np3Qr7St1Uv5Wx0Yz6Ab2Cd8Ef4Gh", "sk-4f8Jk2Lm9Np3Qr7St1Uv5Wx0Yz6Ab2Cd8Ef4Gh"),
        ("static const uint8_t aes_key[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15,"
         " 0x88, 0x09, 0xcf, 0x4f, 0x3c};", "0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15,"
         " 0x88, 0x09, 0xcf, 0x4f, 0x3c"),
        ("byte[] key = new byte[] {0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0x01, 0x23, 0x45, 0x67, 0x89, 0xab,"
         " 0xcd, 0xef};", "0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef"),
    ],
)
def test_key_material_after_key_names_is_found(text, secret):
    assert_whole(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        'cache_key = "user:42:profile"',
        '{"key": "title", "value": "Quarterly report"}',
        "primary_key: order_id",
        'key = "550e8400-e29b-41d4-a716-446655440000"',
        "static const uint8_t sbox[16] = {0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, 0x30, 0x01, 0x67, 0x2b,"
        " 0xfe, 0xd7, 0xab, 0x76};",
    ],
)
def test_keys_that_hold_names_are_not_redacted(text):
    assert [text[s.start:s.end] for s in spans_of(text)] == []


def test_the_dev_set_is_built_from_its_source_and_every_secret_is_found():
    spec = importlib.util.spec_from_file_location("secrets_dev_build", DEV_SET / "build.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    build = builder.build
    lines = [json.loads(line) for line in (DEV_SET / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines == build()
    missed = []
    for sample in lines:
        spans = DETECTOR.detect(DetectionInput(sample["text"], "prose"))
        for annotation in sample["annotations"]:
            if not any(s.start <= annotation["start"] and s.end >= annotation["end"] for s in spans):
                missed.append((sample["id"], annotation["kind"]))
    # The dev set was written with the detector in view: what it still misses is listed here, so a
    # regression (a new miss) or a fix (a miss gone) shows up as a change of this list.
    assert missed == KNOWN_DEV_MISSES


KNOWN_DEV_MISSES: list[tuple[str, str]] = []


# --- round 4: secrets no key word names --------------------------------------------------


@pytest.mark.parametrize(("text", "secret"), [
    ("Use `svc_backup` with Bk!2024-nightly on the NAS, it only has read access.", "Bk!2024-nightly"),
    ("the wifi is CafeGuest, pw on the fridge: Latte#Art42 (don't share)", "Latte#Art42"),
    ("tried logging in as ops with 'Wint3r-is-c0ming!' and it still bounces", "Wint3r-is-c0ming!"),
])
def test_password_shaped_words_in_chat_are_redacted_on_the_wire(text, secret):
    assert_whole(text, secret)


@pytest.mark.parametrize(("text", "secret"), [
    ("$ kubectl get secret grafana -o jsonpath='{.data.admin-password}' | base64 -d\ngr4fana-Adm1n-77\n$ ",
     "gr4fana-Adm1n-77"),
    ("$ vault kv get -field=password secret/ci/db\nsunflower\n", "sunflower"),
    ("ops@bastion:~$ pass show infra/ldap-bind\nLd4p!Bind-2023\n", "Ld4p!Bind-2023"),
])
def test_what_a_secret_printing_command_printed_is_a_secret(text, secret):
    assert_whole(text, secret)


@pytest.mark.parametrize("url", [
    "https://chat.tailwind-traders.com/hooks/x7k2m9p4q1r8s3t6u5v0w2y4z1",
    "https://hooks.zapier.com/hooks/catch/4823917/b7xk2mq/",
    "https://chat.googleapis.com/v1/spaces/AAAAx9kLm2Q/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI"
    "&token=Vb7nQ2pX9kLm4rT8wZ1yC3dF5gH6jK0aS2uE4iO6pQ8s%3D",
    "https://n8n.fabrikam-foods.com/webhook/3f9b2c7e-51a4-4c1e-9d0b-7e1f2a6c8d40",
])
def test_webhook_urls_of_any_service_are_redacted_whole(url):
    assert_whole(f"post the alert to {url} when the job fails", url)


@pytest.mark.parametrize("text", [
    "see https://docs.github.com/en/webhooks/about-webhooks and https://api.github.com/repos/o/r/hooks/12345",
    "dependencies: jwa@^1.4.1 and safe-buffer@^5.0.1; ticker := time.NewTicker(5*time.Second)",
    "mail dana.smith@acme-health.com or C#10 notes, issue #4521, 50% off, x86_64-linux-gnu",
    "$ kubectl get secrets -n prod\nNAME                  TYPE     DATA   AGE\n",
])
def test_webhook_docs_package_specs_and_command_listings_are_not_secrets(text):
    assert [text[s.start:s.end] for s in spans_of(text)] == []


def test_base64_of_ordinary_json_is_data_not_a_key_but_a_secret_inside_it_is_found():
    settings = "eyJ0aGVtZSI6ImRhcmsiLCJsYW5nIjoiZW4tVVMiLCJmb250U2l6ZSI6MTR9"  # {"theme":"dark",...}
    assert spans_of(f"encoded payload (just the user settings): {settings}") == []
    from redactor.detect.engine import DetectionEngine
    from redactor.policy import load_policy
    from redactor.segments import Segment

    with_password = "eyJwYXNzd29yZCI6ICJIdW50ZXIyLVN1cGVyIVNlY3JldCJ9"  # {"password": "Hunter2-Super!Secret"}
    text = f"blob {with_password} end"
    (spans,) = DetectionEngine.from_policy(load_policy("default")).detect([Segment(text)])
    assert [text[s.start:s.end] for s in spans] == [with_password]


def test_the_round4_dev_set_is_built_from_its_source_and_every_value_is_found():
    from redactor.detect.infra import InfraDetector
    from redactor.detect.pii import PiiDetector

    spec = importlib.util.spec_from_file_location("secrets_dev_build", DEV_SET / "build.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    lines = [json.loads(line) for line in (DEV_SET / "round4.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines == builder.build("round4.jsonl")
    detectors = (DETECTOR, InfraDetector(), PiiDetector())
    missed, flagged_clean = [], []
    for sample in lines:
        item = DetectionInput(sample["text"], "prose")
        spans = [span for detector in detectors for span in detector.detect(item)]
        for annotation in sample["annotations"]:
            start = annotation["start"]
            if "://" in annotation["text"] and annotation["kind"] == "CONNECTION_STRING":
                start += annotation["text"].index("://") + 3  # the scheme names a driver, not a secret
            if not any(s.start <= start and s.end >= annotation["end"] for s in spans):
                missed.append((sample["id"], annotation["kind"]))
        if not sample["annotations"]:
            flagged_clean += [(sample["id"], sample["text"][s.start:s.end]) for s in spans
                              if s.category in ("secret", "infra")]
    assert missed == []
    assert flagged_clean == []


@pytest.mark.parametrize("line_break", ["\\n", "\\\\n", "\n"])
def test_a_cut_off_private_key_in_escaped_json_is_covered_from_its_begin_line(line_break):
    body = line_break.join(["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj",
                            "MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu"])
    key = "-----BEGIN PRIVATE KEY-----" + line_break + body
    assert_whole(f'{{"type": "service_account", "private_key": "{key}"}}', key)


@pytest.mark.parametrize(("text", "secret"), [
    ("u: jdoe p: Summer2024", "Summer2024"),
    ("the login is admin and the password is the usual one: Spring2024", "Spring2024"),
    ("its admin/admin123 on the router", "admin123"),
    ("wifi: GuestNet / Welcome2024", "Welcome2024"),
    ("keystore:\n  storepass: St0rePass\n", "St0rePass"),
])
def test_user_and_password_pairs_without_a_password_word_are_found(text, secret):
    assert_whole(text, secret)


@pytest.mark.parametrize("text", [
    "# syntax=docker/dockerfile:1.7\nFROM python:3.12",
    "clone user/repo1 and admin/v2.1.0 from https://github.com/admin/admin123",
])
def test_image_repository_and_path_slashes_are_not_password_pairs(text):
    assert [text[s.start:s.end] for s in spans_of(text)] == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("username backup privilege 15 password 7 121A0C0411045D5679", "121A0C0411045D5679"),
        (" key-string 7 104D000A0618", "104D000A0618"),
        ("snmp-server community w4rehouse-rw RW", "w4rehouse-rw"),
        ("rwcommunity n3tm0n-Write 10.0.0.0/8", "n3tm0n-Write"),
        ("listen stats\n    bind :8404\n    stats auth ops:St4ts-View-22", "St4ts-View-22"),
        ("userlist admins\n    user alice insecure-password Alic3-Hap", "Alic3-Hap"),
        ("crypto isakmp key Br4nch-PSK-01 address 203.0.113.9", "Br4nch-PSK-01"),
        ('set system login user ops authentication encrypted-password "$6$Qx1$9yT2vZ"', "$6$Qx1$9yT2vZ"),
        ('my $dbh = DBI->connect("dbi:Pg:dbname=ledger;host=pg1", "ledger", "L3dger-pw") or die;', "L3dger-pw"),
        ('Connection c = DriverManager.getConnection(jdbcUrl, "etl", "Etl#Load42");', "Etl#Load42"),
    ],
)
def test_device_configs_and_positional_connect_arguments_hold_passwords(text, secret):
    assert_whole(text, secret)


@pytest.mark.parametrize("text", [
    "the password 7 characters long is accepted",
    "press key 5 to continue",
    "community 2 meets on Fridays",
])
def test_numbers_after_password_and_key_words_in_prose_are_no_device_passwords(text):
    assert spans_of(text) == []
