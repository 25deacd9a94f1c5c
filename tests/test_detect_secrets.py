"""Specification of the secrets detector (redactor/detect/secrets.py).

Corpora:
- tests/corpus/secrets/: hand-written config, code, logs and prose files with
  planted fake credentials; expected.json lists every planted secret per file.
- tests/corpus/clean_code/: ordinary code, lock files, logs and docs with no
  secrets but plenty of look-alikes (UUIDs, hashes, integrity strings, env
  lookups, `password` variables).
"""
from __future__ import annotations

import base64
import itertools
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect.base import CATEGORIES, DetectionInput, Span
from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE
from redactor.detect.secret_values import looks_written_by_hand
from redactor.detect.secrets import (
    SECRET_PATTERNS,
    SecretsDetector,
    _pattern_matches,
    _TextIndex,
    is_secret_key_name,
)
from tests.growth import assert_linear_growth

CORPUS = Path(__file__).parent / "corpus"
SECRETS_DIR = CORPUS / "secrets"
CLEAN_DIR = CORPUS / "clean_code"

DETECTOR = SecretsDetector()


def detect(text: str, kind: str = "code", field_name: str | None = None) -> list[Span]:
    return DETECTOR.detect(DetectionInput(text, kind, field_name))


def found_values(text: str, **kwargs) -> list[str]:
    return [text[s.start:s.end] for s in detect(text, **kwargs)]


def covered(spans: list[Span], start: int, end: int) -> bool:
    return any(s.start <= start and s.end >= end for s in spans)


def assert_covers(text: str, secret: str) -> None:
    start = text.index(secret)
    spans = detect(text)
    assert covered(spans, start, start + len(secret)), (secret, [text[s.start:s.end] for s in spans])


def assert_nothing(text: str) -> None:
    assert found_values(text) == []


def _secret_files() -> dict[str, list[str]]:
    return json.loads((SECRETS_DIR / "expected.json").read_text(encoding="utf-8"))["files"]


def _clean_files() -> list[Path]:
    return sorted(CLEAN_DIR.iterdir())


# Obviously fake samples for catalogue entries that the corpus does not exercise.
EXTRA_SAMPLES = {
    "razorpay_key_id": 'const rzp = new Razorpay({ key_id: "rzp_live_Hq4Vt8Zm2Lx9Rb" });',
    "laravel_app_key": "APP_KEY=base64:Tn5Xq8Lm2Rv7Kb4Wz9Yc3Hd6Fj1Gs0Ae2Pi4Uo6Qk8S=",
    "rman_catalog_credentials": "rman target / catalog rcat/Cat.Pw42@rcatdb",
    "minio_client_alias_keys": "mc alias set minio-prod https://minio.acme.net AKIMINIO7QX2 wJf8Lq2Zr9Tv5Xb1Nc6Md3Ke7Hy0Pa",
    "secret_setter_call_literal": 'connection.setPassword("Yell0wSun");',
    "auth_tuple_password": 'requests.get(url, auth=("bob", "B0bPass!"))',
    "connect_call_password": "mysql_connect('localhost', 'root', 'R00tPw!x')",
    "login_call_password": 'client.login("admin", "Adm1n!23")',
    "crypto_constructor_key_literal": "cipher = AES.new(b'0123456789abcdef0123456789abcdef', AES.MODE_GCM)",
    "openssl_hex_key_flag": "openssl enc -aes-256-cbc -K 000102030405060708090a0b0c0d0e0f -in a",
    "openssl_pass_argument": "openssl enc -aes-256-cbc -pass pass:Tr0ub4dor9 -in a",
    "net_user_password": "net user bob P@ssw0rd123 /add",
    "htpasswd_batch_password": "htpasswd -b .htpasswd admin Adm1nPass",
    "echo_piped_password": 'echo "Passw0rd!" | docker login -u bob --password-stdin',
    "session_cookie_by_name": "PHPSESSID=5e1f3a9b7c2d4e6f8a0b1c3d",
    "cli_password_flag": "sshpass -p Xk9mQ2vL7pR4 ssh deploy@10.0.3.4",
    "aws_presigned_signature": "https://acme-exports.s3.amazonaws.com/r.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    "&X-Amz-Signature=" + "0f1e2d3c4b5a6978" * 4,
    "signed_url": "https://storage.googleapis.com/b/o.bin?X-Goog-Algorithm=GOOG4-RSA-SHA256"
    "&X-Goog-Signature=" + "7a9c1e3b5d7f9a1c" * 4,
    "gitlab_other_token": "deploy token: gldt-FAKEfake1234567890ab",
    "twilio_auth_token": 'TWILIO_AUTH_TOKEN="0123456789abcdef0123456789abcdef"',
    "mailgun_signing_key": "mailgun webhook signing key 0123456789abcdef0123456789abcdef-0a1b2c3d-4e5f6a7b",
    "perplexity_api_key": "PPLX=pplx-" + "FaKe0123" * 6,
    "xai_api_key": "XAI_API_KEY=xai-" + "FaKe0123" * 10,
    "grafana_api_key": "grafana: eyJrIjoiT0tTcG1pUlY2RnVKZTFVaDFsNFZXdE9ZWmNrMkZYbk4iLCJuIjoiYWNtZSIsImlkIjoxfQ==",
    "figma_token": "FIGMA_TOKEN=figd_" + "FaKe_0123-" * 5,
    "contentful_token": "CFPAT-" + "FaKe0123" * 5 + "abc",
    "putty_private_key": "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\n"
    "Public-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIFAKEFAKEFAKE\nPrivate-Lines: 1\nAAAAIFAKEFAKEFAKEFAKE\n"
    "Private-MAC: " + "ab" * 32,
    "age_secret_key_shape": "AGE-SECRET-KEY-1" + "FAKEQ9X8" * 5,
    "aws_access_key_id_shape": "key id AKIAFAKE1234567890AB99",
    "aws_secret_after_key_id": "AKIAFAKEFAKEFAKE1234,Fa9kE0s3cr3tBodyXy7Qz1Wv2Ut3Sr4Qp5Onm",
    "tencent_secret_id": "SecretId=AKID" + "FaKe01" * 6,
    "gcp_hmac_access_id": "GOOG1E" + "FAKE0123" * 7,
    "digitalocean_spaces_key": "SPACES_KEY=DO00FAKE0123456789AB",
    "scaleway_access_key": "SCW_ACCESS_KEY=SCWFAKE0123456789ABC",
    "volcengine_access_key": "AKLT" + "FaKe0123" * 4,
    "sk_prefixed_key": "key: sk-Fa9kE0q1W2e3R4t5Y6u7I8o9",
    "mapbox_public_token": "pk.eyJ1IjoiZmFrZSIsImEiOiJmYWtlIn0.FaKe0123FaKe0123FaKe",
    "jwk_private_member": '{"kty": "oct", "k": "FaKe0123FaKe0123FaKe"}',
    "private_key_body_without_armour": "PRIVATE_KEY=MIIEpAIBAAKCAQEA" + "FaKe0123" * 8,
    "google_app_password": "app password: fake abcd efgh ijkl",
    "secret_variable_default": "password: ${DB_PASSWORD:-Fa9kePw!}",
    "secret_lookup_default": 'pw = os.getenv("DB_PASSWORD", "Fa9kePw!")',
    "dockerfile_env_secret": "ENV DB_PASSWORD Fa9kePw!",
    "windows_net_use_password": "net use Z: \\\\fs\\share /user:CORP\\bob Fa9kePw!",
    "smb_user_percent_password": "smbclient //fs/share -U bob%Fa9kePw!",
    "rdp_password_switch": "xfreerdp /v:10.0.0.9 /u:bob /p:Fa9kePw!",
    "ssh_keygen_passphrase": "ssh-keygen -t ed25519 -N 'Fa9ke pass' -f key",
    "archive_glued_password": "7z x -pFa9kePw! backup.7z",
    "lftp_user_password": "lftp -u bob,Fa9kePw! sftp://files",
    "session_store_key": '127.0.0.1:6379> TTL sess:Q3xk9vLm2PzR7tYw',
    "http_client_auth_credentials": "http -a bob:Fa9kePw! https://api.example.com/me",
    "postfix_sasl_password": "[smtp.example.com]:587 bob@example.com:Fa9kePw!",
    "libpq_keyword_dsn": 'psql "host=db dbname=app user=app password=Fa9kePw!"',
    "sqlplus_user_password": "sqlplus scott/Fa9keTiger@orcl",
    "vault_unseal_key": "vault operator unseal Fa9kE0q1W2e3R4t5Y6u7I8o9P0aS=",
    "comma_separated_connection_password": '"cache.example.net:6380,password=Fa9kE0q1W2e3,ssl=True"',
    "heroku_api_key_v2": "HEROKU_API_KEY=HRKU-FaKe0123-FaKe-0123-FaKe-0123FaKe0123",
    "database_url_unescaped_userinfo": "postgres://app:Fa9k/e0#x@db.internal:5432/app",
    "user_management_positional_password": "rabbitmqctl add_user orders Fa9ke-Rabbit-1",
    "secret_store_set_body": 'gh secret set DEPLOY_TOKEN --body "Fa9keBodyValue77"',
    "oracle_easy_connect_credentials": "scott/Fa9keTiger@ora01.internal:1521/ORCLPDB1",
    "database_url_address": "jdbc:mysql://mysql-01.prod.acme.net:3306/billing",
    "go_mysql_dsn": 'sql.Open("mysql", "app:Fa9ke-Dsn-Pw@tcp(db01.acme.local:3306)/shop")',
    "db_driver_positional_password": 'pymysql.connect("db01", "app", "Fa9ke-Pos-Pw", "shop")',
    "connect_call_password_positional": 'DBI->connect("dbi:mysql:db=x", "app", "Sample-Pw1")',
    "network_device_typed_password": "username op password 7 0822455D0A1654",
    "snmp_community": "snmp-server community Sample-Comm1 RO",
    "haproxy_stats_auth": "stats auth admin:Sample-Pw1",
    "haproxy_userlist_password": "user admin insecure-password Sample-Pw1",
    "isakmp_pre_shared_key": "crypto isakmp key Sample-Psk1 address 192.0.2.1",
    "juniper_encrypted_password": 'encrypted-password "$6$abc$Sample"',
    "mysql_native_password_hash": "| app | *0123456789ABCDEF0123456789ABCDEF01234567 |",
    "mysql_caching_sha2_password_hash": "| app | $A$005$Sa1mpleSa1mpleSa1mpleSa1mpleSa1mpleSa1mpleSa1mpleSa1mple12 |",
    "postgres_md5_password_hash": '"app" "md50123456789abcdef0123456789abcdef"',
    "postgres_scram_verifier": "SCRAM-SHA-256$4096:U2FtcGxlU2FsdA==$U2FtcGxlU3RvcmVkS2V5U2FtcGxl:U2FtcGxlU2VydmVyS2V5U2FtcGxl",
    "redis_acl_password_hash": "user app on #0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef ~* +@all",
    "oracle_password_verifier": "S:0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789AB",
    "account_key_of_64_bytes": "key1\tFULL\tSa1mpleKeyPaddedToSixtyFourBytesSa1mpleKeyPaddedToSixtyFourBytesSa1mpleKeyPaddedTo64B==",
    "password_hash_other_schemes": "userPassword: {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g5cXh4",
    "pwdump_ntlm_hashes": "sample:1001:aad3b435b51404eeaad3b435b51404ee:0123456789abcdef0123456789abcdef:::",
    "shadow_line_hash": "sample:Sa1mpleDEShsh:19000:0:99999:7:::",
    "login_hash_line": "sample:0123456789abcdef0123456789abcdef",
    "otp_seed_after_label": "TOTP seed: SAMPLESEEDABCDEFG",
    "azure_sas_url": "https://samplestore.blob.core.windows.net/c/f.txt?sv=2022-11-02&sp=r&sig=SampleSignature0123456789abcdefABCDEF%3D",
    "otp_seed_after_seed_word": "the seed for root is JBSWY3DPEHPK3PXP",
    "otp_seed_entered_by_hand": "Can't scan it? Enter manually: JBSW Y3DP EHPK 3PXP",
    "smtp_auth_login_password": "334 VXNlcm5hbWU6\nYm9i\n334 UGFzc3dvcmQ6\nSHVudGVyMjIh\n235 ok",
    "smtp_auth_plain_credentials": "AUTH PLAIN AGJvYgBIdW50ZXIyMiE=",
    "openvpn_static_key_block": ("-----BEGIN OpenVPN Static key V1-----\n6acef03f62675b4b1bbd03e53b187727\n"
                                 "-----END OpenVPN Static key V1-----"),
    "otpauth_uri": "otpauth://totp/Sample:ops?secret=SAMPLESEEDABCDEFG&issuer=Sample",
    "chpasswd_echoed_pair": "echo 'svc_backup:Kiefer#Nord7' | sudo chpasswd",
    "schtasks_run_as_password": 'schtasks /create /tn nightly /tr backup.cmd /ru CORP\\batch /rp "Tanne!Sued 3"',
    "bitlocker_recovery_key": "SAMPLE-PC: 111111-222222-333333-444444-555555-666666-777777-888888",
    "aws_role_external_id": '"sts:ExternalId": "Sample-ext-Id42x"',
    "flyio_macaroon": "FLY_API_TOKEN=fo1_Sa1mpleFlyTokenPaddedToFortyThreeChars01234",
    "harness_access_token": "pat.Sa1mpleAccount01234567.Sa1mpleTokenId0123456789.Sa1mpleSecret0123456",
}


# ---------------------------------------------------------------- catalogue

def test_catalogue_has_at_least_sixty_distinct_formats():
    assert len(SECRET_PATTERNS) >= 60
    names = [p.name for p in SECRET_PATTERNS]
    assert len(names) == len(set(names))


def test_every_catalogue_record_is_explainable():
    for pattern in SECRET_PATTERNS:
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", pattern.kind), pattern.name
        assert 0.0 < pattern.score <= 1.0, pattern.name
        assert pattern.description, pattern.name
        assert hasattr(pattern.regex, "finditer"), "regexes are compiled once, at import"


def test_every_catalogue_record_fires_on_a_sample():
    texts = [p.read_text(encoding="utf-8") for p in sorted(SECRETS_DIR.iterdir())]
    silent = []
    for pattern in SECRET_PATTERNS:
        samples = texts + [EXTRA_SAMPLES.get(pattern.name, "")]
        hits = [
            m for text in samples for m in _pattern_matches(pattern, _TextIndex(text))
            if pattern.refine is None
            or pattern.refine(text, m, *(m.span("value") if "value" in pattern.regex.groupindex else m.span()))
        ]
        if not hits:
            silent.append(pattern.name)
    assert silent == []


def test_anchored_matching_finds_exactly_what_a_full_scan_finds():
    # The fast path tries each regex only near its anchor literals; it must
    # never lose a match that scanning the whole text would find.
    texts = [p.read_text(encoding="utf-8") for d in (SECRETS_DIR, CLEAN_DIR) for p in sorted(d.iterdir())]
    texts += list(EXTRA_SAMPLES.values())
    for pattern in SECRET_PATTERNS:
        for text in texts:
            full = {m.span() for m in pattern.regex.finditer(text)}
            anchored = {m.span() for m in _pattern_matches(pattern, _TextIndex(text))}
            assert anchored == full, pattern.name


def test_a_format_tried_only_before_its_inner_anchor_finds_what_a_full_scan_finds():
    # The Discord bot token is tried only at the start of the run before `.xxxxxx.` (both bot words in
    # the text: "both", "boto3"), never at every M, N or O of the text: the same matches at every edge.
    pattern = next(p for p in SECRET_PATTERNS if p.name == "discord_bot_token")
    tokens = [first + ("x9_" * 15)[:run] + "." + ("Ab" * 5)[:middle] + "." + ("k7-" * 15)[:tail] + after
              for first, run, middle, tail, after in itertools.product(
                  "MNa-", (21, 22, 23, 26, 27, 28), (5, 6, 7), (25, 26, 27, 39, 40, 41), ("", " ", ".", ".Mz9."))]
    texts = [f"both {token}" for token in tokens] + ["both " + "".join(tokens[i:i + 3]) for i in range(0, len(tokens), 3)]
    found = 0
    for text in texts:
        full = [m.span() for m in pattern.regex.finditer(text)]
        assert [m.span() for m in _pattern_matches(pattern, _TextIndex(text))] == full, text
        found += bool(full)
    assert found > 100  # the edges are exercised on both sides


def test_spans_are_secret_category_with_upper_snake_kinds():
    text = (SECRETS_DIR / "app.env").read_text(encoding="utf-8")
    spans = detect(text)
    assert spans
    for span in spans:
        assert span.category == "secret" and span.category in CATEGORIES
        assert span.detector == "secrets" == SecretsDetector.name
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", span.kind)
        assert 0.0 <= span.score <= 1.0


def test_validated_formats_score_higher_than_keyword_guesses():
    token = "ghp_" + "FaKe0123456789abcdefFAKE0123456789ab"
    (github,) = detect(f"url = 'x' {token}")
    (generic,) = detect('SESSION_SECRET="q8Zr2LmX0vTa9KbE"')
    assert github.kind == "GITHUB_TOKEN" and github.score >= 0.9
    assert generic.kind == "GENERIC_SECRET" and 0.6 <= generic.score <= 0.8


# ------------------------------------------------------------------ corpora

def test_secrets_corpus_recall_is_at_least_98_percent():
    total = found = 0
    missed = []
    for name, secrets in _secret_files().items():
        text = (SECRETS_DIR / name).read_text(encoding="utf-8")
        spans = detect(text)
        for secret in secrets:
            assert secret in text, f"annotation of {name} is stale"
            for occurrence in re.finditer(re.escape(secret), text):
                total += 1
                if covered(spans, occurrence.start(), occurrence.end()):
                    found += 1
                else:
                    missed.append((name, secret[:12]))
    assert total >= 300
    assert found / total >= 0.98, missed


def test_secrets_corpus_is_varied():
    names = set(_secret_files())
    suffixes = {Path(n).suffix for n in names}
    assert len(names) >= 30
    assert {".env", ".json", ".yaml", ".yml", ".toml", ".ini", ".tf", ".sh", ".py", ".js", ".log", ".go"} <= suffixes


def test_clean_code_false_positive_rate_is_at_most_2_percent_of_lines():
    lines = flagged = 0
    for path in _clean_files():
        text = path.read_text(encoding="utf-8")
        lines += text.count("\n") + 1
        flagged += len({text.count("\n", 0, s.start) for s in detect(text)})
    assert lines >= 1000
    assert flagged / lines <= 0.02


def test_clean_code_corpus_is_varied():
    files = _clean_files()
    assert len(files) >= 25
    assert sum(1 for p in files if p.name in {"package-lock.json", "yarn.lock", "poetry.lock", "go.sum", "Cargo.lock", "requirements.txt"}) >= 5


# ---------------------------------------------------------- value spans only

@pytest.mark.parametrize(
    "text, secret",
    [
        ("password=hunter2", "hunter2"),
        ("DB_PASSWORD='s3cr3t-Pa55'\n", "s3cr3t-Pa55"),
        ('{"password": "Tr0ub4dor&3"}', "Tr0ub4dor&3"),
        ("database:\n  password: Zq8#nW2$kLp5\n", "Zq8#nW2$kLp5"),
        ('[db]\npassword = "toml-Pa55w0rd"\n', "toml-Pa55w0rd"),
        ("[server]\npassword = ini pass 42\n", "ini pass 42"),
        ('resource "aws_db_instance" "x" {\n  password = "Tf-Pa55-2024"\n}\n', "Tf-Pa55-2024"),
        ("export GITLAB_API_TOKEN=q8Zr2LmX0vTa9KbE\n", "q8Zr2LmX0vTa9KbE"),
        ("spring.datasource.password=Spr1ng-Pw\n", "Spr1ng-Pw"),
        ('conn = connect(host="db", password="kw-Arg-Pw1")', "kw-Arg-Pw1"),
        ("define( 'DB_PASSWORD', 'Wp-Pa55!' );", "Wp-Pa55!"),
        ("<password>Mvn-D3pl0y</password>", "Mvn-D3pl0y"),
        ('<add key="PaymentApiKey" value="q8Zr2LmX0vTa9KbE" />', "q8Zr2LmX0vTa9KbE"),
        ("env:\n  - name: ADMIN_PASSWORD\n    value: \"Adm1n!x\"\n", "Adm1n!x"),
        ("./deploy --api-token q8Zr2LmX0vTa9KbE --verbose", "q8Zr2LmX0vTa9KbE"),
        ("Authorization: Bearer abc123DEF456ghi789", "abc123DEF456ghi789"),
        ("x-api-key: q8Zr2LmX0vTa9KbE", "q8Zr2LmX0vTa9KbE"),
    ],
)
def test_span_is_exactly_the_value(text, secret):
    values = found_values(text)
    assert secret in values, values


def test_value_keeps_its_own_brackets_but_not_the_surrounding_code():
    django = "django-insecure-y^#zcl05e)66t9-s(&i%)"
    assert found_values(f"SECRET_KEY={django}\n") == [django]
    assert found_values("db.connect(password=hunt3r-x)") == ["hunt3r-x"]
    assert_nothing("GITHUB_TOKEN=${GITHUB_TOKEN}\n")


def test_field_name_hint_marks_a_json_leaf_under_a_secret_key():
    assert found_values("hunter2-Xy", kind="json_value", field_name="password") == ["hunter2-Xy"]
    assert found_values("q8Zr2LmX0vTa9KbE", kind="json_value", field_name="apiKey") == ["q8Zr2LmX0vTa9KbE"]
    assert found_values("hunter2-Xy", kind="json_value", field_name="description") == []
    assert found_values("${DB_PASSWORD}", kind="json_value", field_name="password") == []
    assert found_values("", kind="json_value", field_name="password") == []


# ---------------------------------------------------------- must-have formats

def _pem(label: str, lines: int = 6) -> str:
    body = "\n".join(base64.b64encode(bytes(range(i * 7, i * 7 + 48))).decode() for i in range(lines))
    return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----"


@pytest.mark.parametrize(
    "label",
    ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "DSA PRIVATE KEY", "OPENSSH PRIVATE KEY",
     "ENCRYPTED PRIVATE KEY", "PGP PRIVATE KEY BLOCK"],
)
def test_private_key_block_is_covered_from_begin_to_end_line(label):
    block = _pem(label)
    text = f"key material follows\n{block}\nand that is all\n"
    spans = detect(text)
    start = text.index("-----BEGIN")
    end = text.index("-----", text.index("-----END")) + len(f"-----END {label}-----")
    assert covered(spans, start, end)
    assert not covered(spans, 0, 5) and "and that" not in "".join(text[s.start:s.end] for s in spans)


def test_private_key_written_with_literal_backslash_n_is_covered_including_end_line():
    block = _pem("RSA PRIVATE KEY").replace("\n", "\\n")
    for text in (json.dumps({"private_key": _pem("PRIVATE KEY")}), f'PRIVATE_KEY="{block}"\n'):
        spans = detect(text)
        start = text.index("-----BEGIN")
        end = text.rindex("KEY-----") + len("KEY-----")
        assert covered(spans, start, end), text[:40]


def test_truncated_private_key_covers_its_body_and_a_bare_header_is_not_a_key():
    text = _pem("RSA PRIVATE KEY").rsplit("\n", 2)[0] + "\n\n(output truncated)"
    spans = detect(text)
    assert covered(spans, 0, text.index("\n\n(output"))
    assert_nothing('_START = b"-----BEGIN OPENSSH PRIVATE KEY-----"\n_END = b"-----END OPENSSH PRIVATE KEY-----"\n')


@pytest.mark.parametrize(
    "text, secret",
    [
        ("DATABASE_URL=postgres://orders:Vx9-pT3qz@db.internal:5432/orders", "orders:Vx9-pT3qz"),
        ("mysql://root:My5ql!pw@10.0.0.5:3306/app", "root:My5ql!pw"),
        ("mongodb+srv://etl:M0ng0-Pw@cluster0.abcde.mongodb.net/db?retryWrites=true", "etl:M0ng0-Pw"),
        ("REDIS_URL=redis://:r3d1s-Qk7m@cache:6379/0", ":r3d1s-Qk7m"),
        ("amqps://billing:Rabb1t_77@mq.internal:5671/billing", "billing:Rabb1t_77"),
        ("postgresql+psycopg2://loader:L0ad-Pw@wh.internal/dw", "loader:L0ad-Pw"),
        ("postgres://app:Vx9!pT3@2025@db.internal:5432/app", "app:Vx9!pT3@2025"),  # unencoded @
        ("jdbc:postgresql://db/billing?user=billing&password=B1ll-Pw&ssl=true", "B1ll-Pw"),
        ("jdbc:sqlserver://10.2.0.5:1433;databaseName=ledger;user=ro;password=L3dg!ro;encrypt=true", "L3dg!ro"),
        ("jdbc:oracle:thin:scott/t1ger-0ra@//ora:1521/ORCL", "scott/t1ger-0ra"),
        ('"Server=tcp:sql,1433;User ID=crm;Password=CRm!App#24;Encrypt=True;"', "CRm!App#24"),
        ('"Driver={ODBC Driver 18};Server=10.1.2.3;Uid=rpt;Pwd=rptPw-5521;"', "rptPw-5521"),
    ],
)
def test_connection_string_credentials_are_covered(text, secret):
    assert_covers(text, secret)


@pytest.mark.parametrize(
    "text, secret",
    [
        ("git clone https://oauth2:glpat-FAKEfake1234567890ab@gitlab.example.com/x.git", "oauth2:glpat-FAKEfake1234567890ab"),
        ("fetch https://reports:Partn3r-F33d!@feeds.example.com/daily.csv", "reports:Partn3r-F33d!"),
        ("ftp://upload:Ftp!Upl0ad@files.example.com/in/", "upload:Ftp!Upl0ad"),
    ],
)
def test_url_credentials_cover_user_and_password(text, secret):
    assert_covers(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "postgres://storefront:${DB_PASSWORD}@localhost:5432/storefront",
        'PIP_INDEX_URL="https://__token__:$(cat /run/secrets/token)@pypi.example.com/simple"',
        'dsn = f"postgres://{user}:{password}@{host}/db"',
        "https://docs.example.com/guide#section",
    ],
)
def test_url_without_real_credentials_is_not_flagged(text):
    assert_nothing(text)


@pytest.mark.parametrize(
    "text",
    [
        "postgres://user:password@localhost:5432/app",
        "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    ],
)
def test_placeholder_shaped_credentials_are_doubtful_not_dropped(text):
    # Recall first (issue 12): a placeholder guard lowers the score below the
    # audit threshold but never vetoes a value shaped like a credential.
    spans = detect(text)
    assert spans and all(WIRE_MIN_SCORE <= s.score < AUDIT_MIN_SCORE for s in spans)


@pytest.mark.parametrize(
    "text, secret",
    [
        ("slack token xoxb-00000-00000-EXAMPLENOTAREALTOKEN", "xoxb-00000-00000-EXAMPLENOTAREALTOKEN"),
        ("token ghp_EXAMPLENOTAREALGITHUBTOKEN0000000000 here", "ghp_EXAMPLENOTAREALGITHUBTOKEN0000000000"),
        ("aws key AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
    ],
)
def test_tokens_containing_example_are_still_redacted_on_the_wire(text, secret):
    start = text.index(secret)
    spans = [s for s in detect(text) if s.score >= WIRE_MIN_SCORE]
    assert covered(spans, start, start + len(secret))


def test_bearer_and_basic_authorization_headers():
    bearer = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLWZha2U"
    assert found_values(f"Authorization: Bearer {bearer}") == [bearer]
    basic = base64.b64encode(b"admin:Leg4cy-Adm1n!").decode()
    spans = detect(f"curl -H 'Authorization: Basic {basic}' http://10.0.3.8/admin")
    assert [(s.kind, s.end - s.start) for s in spans] == [("BASIC_AUTH", len(basic))]
    assert found_values("curl -u deploy-bot:Dpl0y!B0t https://x.example.com") == ["deploy-bot:Dpl0y!B0t"]


@pytest.mark.parametrize(
    "text",
    [
        'curl -H "Authorization: Bearer $TOKEN" https://api.example.com',
        "curl -H 'Authorization: Bearer <token>' https://api.example.com",
        "headers = {'Authorization': f'Bearer {token}'}",
        "The API uses Basic authentication and bearer tokens.",
        'curl -u "$USERNAME:$PASSWORD" https://api.example.com',
        "docker run -u 1000:1000 image",
        "view[:unread] = view[-unread:]",
    ],
)
def test_authorization_lookalikes_are_not_flagged(text):
    assert_nothing(text)


def test_aws_key_pair_is_found():
    text = "aws_access_key_id = AKIAFAKE2345FAKE6789\naws_secret_access_key = fAkE/SeCrEt+Key0123456789abcdefGHIJKLMNO\n"
    kinds = {s.kind for s in detect(text)}
    assert {"AWS_ACCESS_KEY", "AWS_SECRET_KEY"} <= kinds


@pytest.mark.parametrize(
    "text, kind",
    [
        ("ghp_FaKe0123456789abcdefFAKE0123456789ab", "GITHUB_TOKEN"),
        ("github_pat_11FAKEFAKE0123456789AB_" + "FaKe0123456789" * 4 + "abc", "GITHUB_TOKEN"),
        ("glpat-FAKEfake1234567890ab", "GITLAB_TOKEN"),
        ("xoxb-1234567890-1234567890123-FaKeErQHQwjyaxErPZDS3MoJ", "SLACK_TOKEN"),
        ("https://hooks.slack.com/services/T0FAKE000/B0FAKE00000/FaKeaQNjCxkv5ndK0meGR0vR", "SLACK_WEBHOOK"),
        ("sk_live_" + "FaKe0123" * 3, "STRIPE_KEY"),
        ("SG.FaKezZ1fb6d06QGofB8ChQ.FaKeBiIu4NJkS4dJkG0fzMAQMEEMyIbPUf9mYQqw8x3", "SENDGRID_API_KEY"),
        ("sk-proj-" + "FaKe0123_-" * 8, "OPENAI_API_KEY"),
        ("sk-ant-api03-" + "FaKe0123_-" * 9 + "AA", "ANTHROPIC_API_KEY"),
        ("hf_FaKeSyRthqpvxxGKZWGlby02BcHboRBcyn", "HUGGINGFACE_TOKEN"),
        ("npm_" + "FaKe01234567" * 3, "NPM_TOKEN"),
        ("pypi-AgEIcHlwaS5vcmc" + "FaKe0123" * 8, "PYPI_TOKEN"),
        ("dckr_pat_" + "FaKe012345" * 2 + "FaKe012", "DOCKER_HUB_TOKEN"),
        ("123456789:AA" + "FaKe012345_" * 3, "TELEGRAM_BOT_TOKEN"),
        ("hvs.CAESIFaKe0123456789FaKe0123456789", "VAULT_TOKEN"),
        ("dop_v1_" + "0123456789abcdef" * 4, "DIGITALOCEAN_TOKEN"),
        ("AGE-SECRET-KEY-1" + "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"[:29] * 2, "AGE_SECRET_KEY"),
        ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLWZha2U", "JWT"),
        ("admin:$2b$12$" + "FaKeFaKe0123456789./" * 2 + "FaKeFaKe0123a", "PASSWORD_HASH"),
    ],
)
def test_vendor_formats_get_specific_kinds(text, kind):
    spans = detect(f"see {text} here")
    assert [s.kind for s in spans] == [kind]
    assert spans[0].score >= 0.85


# --------------------------------------------------- placeholders and guards

@pytest.mark.parametrize(
    "text",
    [
        "DB_PASSWORD=",
        'DB_PASSWORD=""',
        "DB_PASSWORD=${DB_PASSWORD}",
        "API_TOKEN=$API_TOKEN",
        "OPENAI_API_KEY=<your-openai-key>",
        'GITHUB_TOKEN="your-github-token-here"',
        "JWT_SECRET=changeme",
        "ADMIN_PASSWORD=********",
        "SENDGRID_API_KEY=xxxxxxxxxxxxxxxxxxxx",
        "STRIPE_SECRET_KEY=sk_test_your_key_here",
        'password = os.environ["DB_PASSWORD"]',
        "const apiKey = process.env.API_KEY;",
        "NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}",
        "password = var.db_password",
        "password: null",
        "secret_key = settings.SECRET_KEY",
        "token = get_token()",
        'password: str = ""',
        "def login(password: str) -> bool:",
        'token = "test-token"',
        "password=[[PASSWORD_1]]",
        "api_key: [[API_KEY_3]]",
    ],
)
def test_placeholders_references_and_empties_are_not_secrets(text):
    assert_nothing(text)


def test_placeholder_inside_a_found_value_is_never_re_redacted():
    text = "postgres://[[USER_2]]:hunter2-pw@db:5432/app"
    values = found_values(text)
    assert values == [":hunter2-pw@db:5432/app"]
    assert all("[[" not in v and "]]" not in v for v in values)


def test_uuids_are_not_generic_secrets_but_are_when_assigned_to_a_secret_key():
    uuid = "7d9e0f1a-2b3c-4d5e-9f6a-7b8c9d0e1f2a"
    assert_nothing(f"token revoked request_id={uuid}")
    assert_nothing(f"refresh token rotated, see {uuid}")
    assert found_values(f"HEROKU_API_KEY={uuid}") == [uuid]


def test_git_commit_hashes_near_secret_words_are_not_flagged():
    assert_nothing("Fix race in refresh token rotation (commit 3a1f7c4e5b8d2a9f0c6e1d7b4a3f8e2c9d0b5a17)")
    assert_nothing("9fceb02 Rotate API tokens on password change")
    assert_nothing("token refreshed trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7")


@pytest.mark.parametrize(
    "text",
    [
        '"node_modules/js-tokens": {"resolved": "https://registry.npmjs.org/js-tokens/-/js-tokens-4.0.0.tgz",\n'
        '  "integrity": "sha512-RdJUflcE3cUzKiMqQgsCu06FPu9UdIJO0beYbPhHN4k6apgJtifcoCtT9bcxOpYBtpD2kCM6Sbzg4CausW/PKQ=="}',
        '"@octokit/auth-token": "^4.0.0",',
        'js-tokens@^4.0.0:\n  integrity sha512-RdJUflcE3cUzKiMqQgsCu06FPu9UdIJO0beYbPhHN4k6apgJtifcoCtT9bcxOpYBtpD2kCM6Sbzg4CausW/PKQ==',
        '{file = "keyring-25.1.0.tar.gz", hash = "sha256:7230ea690525133f6ad536a9b5def74a4bd52642abe594761028fc044d7c7893"},',
        "passlib==1.7.4 --hash=sha256:aa6bca462b8d8bda89c70b382f0c298a20b5560af6cbfa2dce410c0a2fb669f1",
        "image: registry.example.com/auth@sha256:4a7b2c9d1e8f3a6b5c0d9e2f7a4b1c8d3e6f9a2b5c8d1e4f7a0b3c6d9e2f5a8b",
        "github.com/golang-jwt/jwt/v5 v5.2.1 h1:OuVbFODueb089Lh128TAcimifWaLhJwVflnrgM17wHk=",
    ],
)
def test_lock_file_hashes_and_digests_are_not_flagged(text):
    assert_nothing(text)


def test_base64_image_data_and_paths_and_versions_are_not_flagged():
    assert_nothing('secret_icon = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"')
    assert_nothing("API_TOKEN_FILE=/var/run/secrets/accounts/api-token")
    assert_nothing("client_secret: ./secrets/oauth_client_secret.json")
    assert_nothing('"passport-jwt": "4.0.1", "jsonwebtoken": "^9.0.2"')


def test_identifiers_are_not_secrets():
    assert_nothing('VERY_LONG_TOKEN_REFRESH_BEHAVIOUR = "refresh_access_token_when_expired_and_retry_request"')
    assert_nothing("const refreshToken = localStorage.getItem('refreshToken');")
    assert_nothing("body: JSON.stringify({ refresh_token: refreshToken }),")
    assert_nothing("private_key: Ed25519PrivateKey | Ed448PrivateKey")
    assert_nothing("sent_doc = doc[start_token:end_token].as_doc()")
    assert_nothing("unk_token: str = \"<unk>\"\nMAX_TOKENS = 4096\ntokenizer = Tokenizer(vocab)")


def test_docs_and_ui_text_about_passwords_are_not_flagged():
    assert_nothing('"auth.login.password_placeholder": "Enter your password",')
    assert_nothing('"auth.password.too_short": "Your password must be at least {min} characters long.",')
    assert_nothing("2024-05-14 WARN password reset requested for user_id=48213")
    assert_nothing("The password is stored in Vault and rotated weekly.")
    assert_nothing('<input id="password" name="password" type="password" autocomplete="current-password">')


# ----------------------------------------------------- context and entropy

def test_prose_mentions_of_a_password_or_key_are_found():
    assert found_values("my password is hunter2, please don't share", kind="prose") == ["hunter2"]
    assert found_values("the new DB password `Tm9!vR2#qLx8` was only updated in Vault") == ["Tm9!vR2#qLx8"]


def test_high_entropy_token_near_a_keyword_is_found():
    values = found_values("here is the staging api key 9fK2mQ7xL0pZ3vB8nR4tW6yH for the demo", kind="prose")
    assert values == ["9fK2mQ7xL0pZ3vB8nR4tW6yH"]


def test_secret_key_names_are_recognised():
    for name in ("password", "DB_PASSWORD", "PGPASSWORD", "api_key", "X-Api-Key", "apiKey", "clientSecret",
                 "_authToken", "AWS_SECRET_ACCESS_KEY", "routing_key", "GITLAB_PAT", "auth"):
        assert is_secret_key_name(name), name
    for name in ("password_min_length", "token_type", "max_tokens", "tokenizer", "secretName", "authDomain",
                 "api_key_header", "DB_PASSWORD_FILE", "keyring", "passport", "_HEX_PAT", "kms_key_id"):
        assert not is_secret_key_name(name), name


def test_text_whose_lowercase_changes_length_still_works():
    # "İ".lower() is two characters; the index falls back to plain scanning.
    text = "İstanbul ofisi: password=hunter2-Ist ve ghp_FaKe0123456789abcdefFAKE0123456789ab"
    assert len(text.lower()) != len(text)
    assert found_values(text) == ["hunter2-Ist", "ghp_FaKe0123456789abcdefFAKE0123456789ab"]


def test_knobs_change_what_generic_values_need():
    text = 'app_secret = "Ab1Cd2Ef"'
    assert found_values(text) == ["Ab1Cd2Ef"]
    assert SecretsDetector(min_length=12).detect(DetectionInput(text, "code")) == []
    prose = "here is the staging api key 9fK2mQ7xL0pZ3vB8nR4tW6yH for the demo"
    assert SecretsDetector(proximity_window=0, random_tokens=False).detect(DetectionInput(prose, "prose")) == []


# ------------------------------------------------------------- performance

# The CPU budget (1 ms per KB) is printed by benchmarks/redaction_latency.py --detectors-only.


@pytest.mark.parametrize(
    "unit",
    [
        "a",
        "Ab1+",
        "password=",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n",
        "postgres://a:",
        "token token token ",
        "key: key: ",
        "Authorization: Bearer ",
        "<password><",
        "AAAAAAAAAAAAAAAAAAAAAAAA",
        "::::",
        "--token ",
        "${DB_PASSWORD:-",
        "Passwort für den Server ",
        "password Ab1!",
        "MIIEpAIBAAKCAQEA",
        "jdbc:mysql://h/d?password=",
        "host=h password=",
        "postgres://a:b@",
        "key = \"",
        "key = {0x00, ",
    ],
)
def test_adversarial_input_stays_linear(unit):
    """Four times the text costs about four times the CPU, never sixteen (a quadratic rule)."""
    assert_linear_growth(lambda length: lambda: DETECTOR.detect(DetectionInput((unit * (length // len(unit) + 1))[:length], "code")),
                         100_000)


# ------------------------------------------------------------- robustness

_FRAGMENTS = [
    "password", "=", ": ", '"', "'", "`", "\\n", "\n", " ", "token", "api_key", "ghp_", "AKIA", "://", "@",
    "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----", "Bearer ", "Basic ", "[[SECRET_1]]",
    "hunter2", "q8Zr2LmX0vTa9KbE", "${X}", "<", ">", "</password>", "--token ", "(", ")", "İ", "é", "\t", "#",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=40))
def test_any_input_yields_sorted_disjoint_in_bounds_spans(pieces):
    text = "".join(pieces)
    spans = detect(text)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert "[[SECRET_1]]" not in text[span.start:span.end]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


@pytest.mark.parametrize(
    "text, after_scheme",
    [
        ("DATABASE_URL=postgres://orders:Vx9-pT3qz@db.internal:5432/orders", "orders:Vx9-pT3qz@db.internal:5432/orders"),
        ('url = "mysql://etl:My5ql!pw@10.0.0.5:3306/app?ssl=true"', "etl:My5ql!pw@10.0.0.5:3306/app?ssl=true"),
        ("REDIS_URL=redis://:r3d1s-Qk7m@cache.prod.example.net:6379/0", ":r3d1s-Qk7m@cache.prod.example.net:6379/0"),
        # The scheme's word recurs in the host (mongodb.net): the scheme would spell out part of it, so it is taken in.
        ("The staging db is mongodb+srv://etl:M0ng0-Pw@cluster0.ab1cd.mongodb.net/db, if you need it.",
         "mongodb+srv://etl:M0ng0-Pw@cluster0.ab1cd.mongodb.net/db"),
        ("(see amqps://billing:Rabb1t_77@mq.internal:5671/billing).", "billing:Rabb1t_77@mq.internal:5671/billing"),
    ],
)
def test_database_url_with_credentials_is_covered_from_after_the_scheme_to_its_end(text, after_scheme):
    # User, password, host, port and database together say where the data is and how to get in.
    assert found_values(text) == [after_scheme]


def test_web_url_credentials_are_covered_from_after_the_scheme_to_its_end():
    # Changed in issue 12: a URL with credentials is a secret as a whole (like a database URL);
    # its host and path say where the credentials work.
    text = "git clone https://deploy:Partn3r-F33d!@git.example.com/team/repo.git"
    assert found_values(text) == ["deploy:Partn3r-F33d!@git.example.com/team/repo.git"]


@pytest.mark.parametrize(
    "text, password",
    [
        ("database:\n  password: $kq7VhL0E4pOgJ8\n", "$kq7VhL0E4pOgJ8"),
        ("[smtp]\npassword = *x$7%5qRF7!PGQ#JM\n", "*x$7%5qRF7!PGQ#JM"),
        ("db:\n  password: !Tq9zWx2LmPe\n", "!Tq9zWx2LmPe"),
    ],
)
def test_generated_passwords_that_start_with_a_sigil_are_secrets(text, password):
    assert found_values(text) == [password]


@pytest.mark.parametrize(
    "text",
    ["password: $DB_PASSWORD\n", "password = *ptr;", "token = !isValidToken2", "secret = &config.secret",
     "password: $dbPassword2\n"],
)
def test_sigil_references_to_variables_are_not_secrets(text):
    assert_nothing(text)


# --- keyword context in every syntax a developer pastes (issue 12) ------------------------


@pytest.mark.parametrize(
    "text, secret",
    [
        ('var dbPassword string = "Xk9mQ2vL7pR4"', "Xk9mQ2vL7pR4"),  # Go typed declaration
        ('private static final String API_TOKEN = "tk_9f8e7d6c5b4a3210";', "tk_9f8e7d6c5b4a3210"),
        ("<password>\n    Xk9mQ2vL7pR4\n</password>", "Xk9mQ2vL7pR4"),  # multi-line XML element
        ("DB_PASSWORD ?= Xk9mQ2vL7pR4", "Xk9mQ2vL7pR4"),  # Makefile conditional assignment
        ("API_TOKEN ::= tk9f8e7d6c5b4a3210", "tk9f8e7d6c5b4a3210"),
        ("API_TOKEN :::= tk9f8e7d6c5b4a3210", "tk9f8e7d6c5b4a3210"),
        ('$password .= "Xk9mQ2vL7pR4";', "Xk9mQ2vL7pR4"),  # PHP concatenating assignment
        ("api:\n  key: 9f8e7d6c5b4a3210ffee\n", "9f8e7d6c5b4a3210ffee"),  # nested YAML
        ("password    Xk9mQ2vL7pR4", "Xk9mQ2vL7pR4"),  # whitespace-separated credentials file
        ("aws_secret_access_key  wJalrXUtnFEMI/K7MDENG+bPxRfiCYzEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYzEXAMPLEKEY"),
        ("mongo -u admin -p Xk9mQ2vL7pR4 --host db", "Xk9mQ2vL7pR4"),
        ("sshpass -p 'Xk9mQ2vL7pR4' ssh deploy@10.0.3.4", "Xk9mQ2vL7pR4"),
        ("redis-cli -h cache -a Xk9mQ2vL7pR4 ping", "Xk9mQ2vL7pR4"),
        ("ssh deploy@10.0.3.4 with password Xk9mQ2vL7pR4", "Xk9mQ2vL7pR4"),
        ("define('NONCE_SALT', 'x7#Kp2!vQ9@mN4$wL8^rT1&zB6*hF3(j');", "x7#Kp2!vQ9@mN4$wL8^rT1&zB6*hF3(j"),
        ("recovery codes: 8f3k-2m9x 4h7q-1p6z", "4h7q-1p6z"),
        ("Recovery codes (keep safe):\n  8f3k2m9x\n  4h7q1p6z", "4h7q1p6z"),
        ("TOTP_SEED=JBSWY3DPEHPK3PXP", "JBSWY3DPEHPK3PXP"),
        ("https://dana:ghp_aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6@github.com", "dana:ghp_aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6"),
    ],
)
def test_keyword_context_in_every_syntax(text, secret):
    assert_covers(text, secret)


@pytest.mark.parametrize(
    "text",
    ["mysql -h db -P 3306 -u app -p", "password reset link sent", "var password string = getPassword()",
     "the backup codes page", "psql -p 5432 -h db"],
)
def test_keyword_syntaxes_leave_ports_prompts_and_code_alone(text):
    assert_nothing(text)


def test_credential_url_is_a_secret_not_an_email():
    from redactor.detect.engine import DetectionEngine
    from redactor.policy import load_policy
    from redactor.segments import Segment

    policy = load_policy("default").model_copy(deep=True)
    policy.detection.ner.enabled = False
    text = "fetch https://reports:Partn3r-F33d!@feeds.example.com/daily.csv now"
    (spans,) = DetectionEngine.from_policy(policy).detect([Segment(text, role="user", kind="prose")])
    assert [(s.category, text[s.start:s.end]) for s in spans] == [
        ("secret", "reports:Partn3r-F33d!@feeds.example.com/daily.csv")]


# --- formats the maintained catalogue brings (Kingfisher) --------------------------------


@pytest.mark.parametrize(
    "text, secret",
    [
        ("adobe p8e-Ab3dEfGh1jKlMn0pQrStUvWxYz2A4B6C", "p8e-Ab3dEfGh1jKlMn0pQrStUvWxYz2A4B6C"),
        ("sgp_0123456789abcdef0123456789abcdef01234567", "sgp_0123456789abcdef0123456789abcdef01234567"),
        ("SNYK_TOKEN=12345678-1234-1234-1234-123456789012", "12345678-1234-1234-1234-123456789012"),
        ("sonar.login=squ_0123456789abcdef0123456789abcdef01234567", "squ_0123456789abcdef0123456789abcdef01234567"),
        ("BUNDLE_ENTERPRISE__CONTRIBSYS__COM=cafebabe:deadbeef", "cafebabe:deadbeef"),
        ("discord_client_secret = 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF'", "aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF"),
        ("sumo_access_id = su0123456789AB", "su0123456789AB"),
        ("ASANA_CLIENT_SECRET=0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdef"),
        ("AWS_BEARER_TOKEN_BEDROCK=ABSK" + "QmVkcm9ja0FQSUtleS1" * 7, "ABSK" + "QmVkcm9ja0FQSUtleS1" * 7),
        ("https://acme.webhook.office.com/webhookb2/12345678-1234-1234-1234-123456789012@12345678-1234-1234-1234-"
         "123456789012/IncomingWebhook/0123456789abcdef0123456789abcdef/12345678-1234-1234-1234-123456789012",
         "acme.webhook.office.com/webhookb2/"),
        ("data=" + base64.b64encode(b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
                                    b"SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c").decode(), None),
    ],
)
def test_formats_from_the_maintained_catalogue(text, secret):
    if secret is None:  # a base64-wrapped JWT: the whole blob
        secret = text.split("=", 1)[1]
    assert_covers(text, secret)


def test_catalogue_offsets_are_str_indices_after_non_ascii_text():
    from redactor.detect.kingfisher_catalogue import KingfisherCatalogue

    token = "ghp_aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6"
    text = "héllo wörld — ключ " + token + " end"
    spans = KingfisherCatalogue.shared().spans(text)
    assert [text[s.start:s.end] for s in spans] == [token]


@pytest.mark.parametrize("text, value", [("password: changeme", "changeme"), ("DB_PASSWORD=example", "example"),
                                         ('password = "your-password-here"', "your-password-here")])
def test_placeholder_words_under_a_password_key_are_doubtful_not_dropped(text, value):
    # Recall first: `changeme` documents a placeholder but is also a real weak password.
    spans = detect(text)
    assert [text[s.start:s.end] for s in spans] == [value]
    assert all(WIRE_MIN_SCORE <= s.score < AUDIT_MIN_SCORE for s in spans)


@pytest.mark.parametrize("text", ["password: ${DB_PASSWORD}", "password: null", "password: str", "password: <your-password>"])
def test_templates_types_and_empty_values_under_a_password_key_are_no_value(text):
    assert_nothing(text)


@pytest.mark.parametrize(
    "text, secret",
    [
        ("the password for the staging db is Xk9mQ2vL7pR4.", "Xk9mQ2vL7pR4"),
        ("The admin password on prod was reset to Tr0ub4dor&3 yesterday", "Tr0ub4dor&3"),
        ("the encryption key is 3q2+7wAAbbCCddEEffGGhhIIjj==", "3q2+7wAAbbCCddEEffGGhhIIjj=="),
        ("AES key: 000102030405060708090a0b0c0d0e0f", "000102030405060708090a0b0c0d0e0f"),
        ("creds are admin / Xk9mQ2vL7pR4", "admin / Xk9mQ2vL7pR4"),
        ("login admin:Xk9mQ2vL7pR4 works", "admin:Xk9mQ2vL7pR4"),
    ],
)
def test_credentials_in_prose_clauses(text, secret):
    start = text.index(secret)
    spans = DETECTOR.detect(DetectionInput(text, "prose"))
    assert covered(spans, start, start + len(secret)), [text[s.start:s.end] for s in spans]


@pytest.mark.parametrize("text", ["the password policy is documented in RFC-1234", "the api key is required",
                                  "token revoked request_id=7d9e0f1a-2b3c-4d5e-9f6a-7b8c9d0e1f2a"])
def test_prose_about_credentials_without_a_value_is_not_a_secret(text):
    assert DETECTOR.detect(DetectionInput(text, "prose")) == []


@pytest.mark.parametrize(
    "text, secret",
    [
        ('AES_KEY = bytes.fromhex("00112233445566778899aabbccddeeff")', "00112233445566778899aabbccddeeff"),
        ('API_KEY = SecretStr("sk_9f8e7d6c5b4a3210")', "sk_9f8e7d6c5b4a3210"),
        ("FERNET_KEY=ZmDfcTF7_60GrrY167zsiPd67pEvs0aGOv2oasOM1Pg=", "ZmDfcTF7_60GrrY167zsiPd67pEvs0aGOv2oasOM1Pg="),
        ("sessionid=8f3k2m9x4h7q1p6za1b2c3d4e5f6; Path=/; HttpOnly", "8f3k2m9x4h7q1p6za1b2c3d4e5f6"),
        ("Server=tcp:sql01.acme.net,1433;Initial Catalog=orders;User ID=app;Password=Xk9mQ2vL7pR4;Encrypt=True;",
         "Server=tcp:sql01.acme.net,1433;Initial Catalog=orders;User ID=app;Password=Xk9mQ2vL7pR4"),
        ('"Default": "Data Source=db01;User Id=sa;Password=Xk9mQ2vL7pR4"', "Data Source=db01;User Id=sa;Password=Xk9mQ2vL7pR4"),
    ],
)
def test_decoded_literals_cookies_and_whole_connection_strings(text, secret):
    assert_covers(text, secret)


@pytest.mark.parametrize("text", ['token = get_token("service-name-here")', 'password = os.environ.get("DB_PASSWORD")',
                                  "theme=dark; Path=/"])
def test_ordinary_calls_and_plain_cookies_are_not_secrets(text):
    assert_nothing(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PHPSESSID=5e1f3a9b7c2d4e6f8a0b1c3d", "5e1f3a9b7c2d4e6f8a0b1c3d"),
        ("JSESSIONID: 8A7F6E5D4C3B2A1908F7E6D5C4B3A291", "8A7F6E5D4C3B2A1908F7E6D5C4B3A291"),
        ("curl -b 'connect.sid=s%3AabCdEfGh12345.XyZ987abc' https://app", "s%3AabCdEfGh12345.XyZ987abc"),
        ('{"session_token": "Qm9iLXNlc3Npb24tMTIz"}', "Qm9iLXNlc3Npb24tMTIz"),
        ("laravel_session=eyJpdiI6IkZ4b3d5In0", "eyJpdiI6IkZ4b3d5In0"),
        ("the session cookie is x7Yk29Qp3LmN8vRt", "x7Yk29Qp3LmN8vRt"),
    ],
)
def test_session_cookies_are_found_by_their_well_known_names_in_any_syntax(text, value):
    # A `name=value` pair is redacted with its name (as in a Cookie header); the value is inside.
    assert any(value in found for found in found_values(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("cipher = AES.new(b'0123456789abcdef0123456789abcdef', AES.MODE_GCM)", "0123456789abcdef0123456789abcdef"),
        ("f = Fernet(b'kS3vZ8qL2xN9pR4tW7yB1cF6hJ0mQ5uE8oA3dG2iK4s=')", "kS3vZ8qL2xN9pR4tW7yB1cF6hJ0mQ5uE8oA3dG2iK4s="),
        ("openssl enc -aes-256-cbc -K 000102030405060708090a0b0c0d0e0f -in a", "000102030405060708090a0b0c0d0e0f"),
        ("the wrapping key is 7Hq2Lm9Xv4Rt8Kp3Wz6N", "7Hq2Lm9Xv4Rt8Kp3Wz6N"),
        ('vault_key: "q8Z3mV7xK2pL9nR4"', "q8Z3mV7xK2pL9nR4"),
    ],
)
def test_encryption_keys_in_constructors_cli_flags_prose_and_qualified_keys(text, value):
    assert value in found_values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("net user bob P@ssw0rd123 /add", "P@ssw0rd123"),
        ("htpasswd -b .htpasswd admin Adm1nPass", "Adm1nPass"),
        ('echo "Passw0rd!" | docker login -u bob --password-stdin', "Passw0rd!"),
        ("echo hunter22x | sudo -S apt-get update", "hunter22x"),
        ("openssl rsa -in k.pem -passin pass:Tr0ub4dor9", "Tr0ub4dor9"),
    ],
)
def test_passwords_given_to_shell_commands(text, value):
    assert value in found_values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('connection.setPassword("Yell0wSun");', "Yell0wSun"),
        ('requests.get(url, auth=("bob", "B0bPass!"))', "B0bPass!"),
        ("$db = mysqli_connect('localhost', 'root', 'R00tPw!x');", "R00tPw!x"),
        ("$pdo = new PDO($dsn, 'app', 'Pd0Pass!');", "Pd0Pass!"),
        ('client.login("admin", "Adm1n!23")', "Adm1n!23"),
        ("auth: { user: 'svc', pass: 'Blu3Sky#9' }", "Blu3Sky#9"),
        ("user=alice pass=Al1ce2024", "Al1ce2024"),
    ],
)
def test_passwords_passed_to_calls_and_in_inline_objects(text, value):
    assert value in found_values(text)


def test_pass_in_prose_is_not_a_password_key():
    assert found_values("1st pass: check the inputs, 2nd pass: compare") == []


# A long generated-looking token that no format or key word explains (a vendor
# the catalogues do not know, a setting named after the vendor): doubtful, so
# redacted on the wire and not reported by audits. (A vendor the catalogue has a
# keyword rule for, `algolia_... = <32 characters>`, is confident: see
# test_the_half_of_a_credential_pair_is_confident_without_its_partner.)
@pytest.mark.parametrize("text, value", [
    ("quillstack_app = 'q7xw0uvov5j7b4iaf9bihdutmedolxy7'", "q7xw0uvov5j7b4iaf9bihdutmedolxy7"),
    ("export ZEPHYRCLOUD=zt1_9fKq2LmX8vR4nB7wP3sD6hJ0cY5e", "zt1_9fKq2LmX8vR4nB7wP3sD6hJ0cY5e"),
    ("pasted from the dashboard: pat.Mmugfk3vb4072wj8XawdB.2y2nkudDJUQvMWOzT28dw",
     "pat.Mmugfk3vb4072wj8XawdB.2y2nkudDJUQvMWOzT28dw"),
])
def test_an_unexplained_random_token_is_doubtful_but_redacted_on_the_wire(text, value):
    spans = SecretsDetector().detect(DetectionInput(text, "code"))
    assert [text[span.start:span.end] for span in spans] == [value]
    assert all(WIRE_MIN_SCORE <= span.score < AUDIT_MIN_SCORE for span in spans)
    assert SecretsDetector(random_tokens=False).detect(DetectionInput(text, "code")) == []


@pytest.mark.parametrize("text", [
    "git checkout 4f9c2a7e1b8d3f6a0c5e9b2d7a4f1c8e3b6d9a0f",  # a commit (SHA-1)
    "sha256 = 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    '"integrity": "sha512-Qm9vYmFyQmF6MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3A="',
    "request_id=7b2e9c4a1f6d8e3b5a0c9f2d4e6b8a1c trace ok",
    "id: 3f2504e0-4f89-11d3-9a0c-0305e82c3301",
    "see https://example.com/docs/getting-started-with-the-api-v2",
    "def refreshAccessTokenV2ForUserSessions(): pass",
    "ROCKET_LAUNCHER_CONFIGURATION_0001 = 1",
])
def test_digests_ids_urls_and_names_are_no_random_token(text):
    assert SecretsDetector(proximity_window=0).detect(DetectionInput(text, "code")) == []


@pytest.mark.parametrize("text, value", [
    ("your verification code is 482913", "482913"),
    ("OTP 551204 expires in 5 min", "551204"),
    ("reset code: 9QX-4TZ", "9QX-4TZ"),
    ("The wifi pin is 8841 2290", "8841 2290"),
    ("your Acme login code for the portal is 771 204.", "771 204"),
    ("ssh in as user root pass toor123 and restart it", "toor123"),
    ("VPN login\nPassword\nTr1cky-Gate42\nthanks", "Tr1cky-Gate42"),
])
def test_one_time_codes_and_passwords_written_as_people_write_them(text, value):
    assert found_values(text) == [value]


@pytest.mark.parametrize("text", [
    "exit code 1234 from make",
    "HTTP status code 5003",
    "the code is 4096 lines",
    "pin the dependency to 2024",
    "He has pass rate 2048x",
    "Password\nreset\n",
])
def test_codes_and_pins_of_other_meanings_are_no_secrets(text):
    assert found_values(text) == []


# --- the audit operating point: values written by hand are doubtful, never dropped -------------


@pytest.mark.parametrize("text", [
    "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
    "ALIBABA_ACCESS_KEY=LTAIxxxxxxxxxxxxxxxxxxxx",
    "GRAFANA_TOKEN=glc_abc123abc123abc123abc123abc123abc123abc123",
    "export GITHUB_TOKEN=ghp_dummy0123456789dummy0123456789dumm",
    "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
])
def test_tokens_written_by_hand_are_redacted_on_the_wire_but_not_reported_by_an_audit(text):
    spans = detect(text)
    assert spans, text  # the wire still redacts the shape
    assert all(WIRE_MIN_SCORE <= span.score < AUDIT_MIN_SCORE for span in spans), [(s.kind, s.score) for s in spans]


@pytest.mark.parametrize("secret", [
    "AAAAAAAAAAAAAAAAAAAAAAP2NkkcFq8A7rUICbLU4h0IGbGRAhBr50Au8eDMgpSqCCIiuPUTjGMSSWHkatjeF4mAV",  # Twitter bearer
    "sl.mqjospdgozaAAAAAAAAAA_-hoe7b8m6y9m0izn492-cej98yso_7x5r1vrc18nmg",  # Dropbox's fixed run
    "Partn3r-F33d!",
    "9f2c4e1b7a3d5f8e0c6b2a4d7f1e3c5b",
])
def test_machine_made_values_keep_their_confidence(secret):
    assert not looks_written_by_hand(secret)
    assert not looks_written_by_hand(f"https://reports:{secret}@feeds.example.com/daily.csv")


def test_the_maintained_catalogue_reports_nothing_inside_regions_it_is_told_are_found():
    from redactor.detect.kingfisher_catalogue import KingfisherCatalogue

    token = "ghp_aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6"
    url = "postgres://app:S3cr3tPassw0rd@db.internal:5432/app"
    text = "héllo — DATABASE_URL=" + url + "\ntoken " + token + "\n"
    catalogue = KingfisherCatalogue.shared()
    assert sorted(text[s.start:s.end] for s in catalogue.spans(text)) == ["S3cr3tPassw0rd", token]
    known = [(text.index(url), text.index(url) + len(url))]
    assert [text[s.start:s.end] for s in catalogue.spans(text, known)] == [token]  # offsets still right


def test_a_region_hidden_from_the_maintained_catalogue_keeps_its_offsets_and_its_host_name():
    # Its separators go too (`app:pw@` is a credential URL to the catalogue until it looks closer, which
    # costs); the host between its delimiters stays, for rules that pair a token with its host.
    from redactor.detect.kingfisher_catalogue import _blanked

    text = "é DATABASE_URL=postgres://app:S3cr3t@db.internal:5432/app\nnext line"
    start, end = text.index("app:"), text.index("\n")
    shown = _blanked(text, [(start, end)])
    assert len(shown) == len(text) and len(shown.encode()) == len(text.encode())
    assert shown[start:end] == "xxxxxxxxxx@db.internal:xxxxxxxx"
    assert shown[:start] == text[:start] and shown[end:] == text[end:]


def test_not_showing_the_maintained_catalogue_our_whole_urls_keeps_every_region_it_adds():
    # The detector hides the URLs and connection strings its own formats found, and AWS key ids, from Kingfisher
    # (every candidate is what Kingfisher costs). What Kingfisher then adds must cover what a full scan adds.
    from redactor.detect.base import covered_regions
    from redactor.detect.kingfisher_catalogue import KingfisherCatalogue

    catalogue = KingfisherCatalogue.shared()
    texts = [path.read_text(encoding="utf-8") for path in sorted(SECRETS_DIR.iterdir()) if path.name != "expected.json"]
    texts += [path.read_text(encoding="utf-8") for path in sorted((CORPUS / "secrets_dev").iterdir())]
    hidden_findings = 0
    for text in texts:
        not_shown: list[Span] = []
        own = covered_regions(list(DETECTOR._catalogue_spans(_TextIndex(text), not_shown)))
        hidden = covered_regions(not_shown)
        full = covered_regions(catalogue.spans(text), own)
        shown = covered_regions(catalogue.spans(text, hidden), own)
        assert shown == full
        hidden_findings += len(catalogue.spans(text)) - len(catalogue.spans(text, hidden))
    assert hidden_findings > 0  # the corpus has credential URLs: the test looks at the case it is about


def test_random_token_candidates_are_the_candidate_regex_matches():
    # Found from the text's layout instead of the regex (whose look-behind is tried everywhere), in any script:
    # the same spans, padding, the 512-character limit and run edges included.
    import random

    from redactor.detect.secrets import _RANDOM_TOKEN_CANDIDATE, _random_token_candidates

    token = "q7xW0uvov5j7b4Lm2Xk9Lm2Q"  # 24 characters
    texts = [token, f"k={token}", f"{token}=", f"{token}==", f"{token}===", f"{token}==x", f"{token}== x",
             f"-{token}", "a" * 512, "a" * 513, "a" * 23, f"é {token} é{token}", f"{token}\n{token}==\n{token[:-1]}"]
    rng = random.Random(7)
    alphabet = "aZ09+/_.~-= \n:é\xa0ÿ密—\ud800?"
    texts += ["".join(rng.choice(alphabet if rng.random() < 0.1 else "aZ09") for _ in range(rng.randint(0, 200)))
              for _ in range(2000)]
    for text in texts:
        assert list(_random_token_candidates(text)) == [m.span() for m in _RANDOM_TOKEN_CANDIDATE.finditer(text)], text


def _password_shaped_words_character_by_character(text: str) -> list[tuple[int, int]]:
    """The reference for `_password_shaped_words`: each symbol's word start found by walking back over characters."""
    from redactor.detect.secrets import _PASSWORD_SHAPED, _WORD_CHARS_OF_PASSWORDS

    found, tried_until = [], -1
    for symbol in re.finditer(r"[!#$%^&*+?~@]", text):
        if symbol.start() < tried_until:
            continue
        start = symbol.start()
        while start > 0 and text[start - 1] in _WORD_CHARS_OF_PASSWORDS and symbol.start() - start < 64:
            start -= 1
        tried_until = re.compile(r"[A-Za-z0-9!#$%^&*+?~@._-]*").match(text, symbol.end(), start + 80).end()
        match = _PASSWORD_SHAPED.match(text, start)
        if match:
            found.append(match.span("value"))
    return found


def test_password_shaped_words_are_found_alike_from_the_layout_and_character_by_character():
    # Every text is read from its layout (symbols and word edges by bytes.find; a character outside Latin-1 is
    # a space there); the words are those a walk over the characters finds, in any script.
    import random

    from redactor.detect.secrets import _password_shaped_words

    rng = random.Random(11)
    pieces = ["Tr0ub4dor&3", "Bk!2024-nightly", "a@b.co", "x" * 70 + "!1", "(P@ss#9word)", "`s3cr3t!x`", " ", "\n",
              "#ff00aa", "5*time.Second", "user@host", "A1!", "~/x", "+1 415", "**note**", "p%d", "word", ".",
              "é", "\xa0", "ÿ", "密码", "—", "\u2028", "\ud800", "Ω?", "İ"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    for text in texts:
        by_layout = [match.span("value") for match in _password_shaped_words(text)]
        assert by_layout == _password_shaped_words_character_by_character(text), text


def test_values_judged_while_a_text_is_detected_are_not_kept_after_it():
    # A text's value checks are answered once per distinct value, and forgotten with the text: no secret
    # outlives the request that held it in a cache.
    from redactor.detect import secret_values

    detector = SecretsDetector()
    spans = detector.detect(DetectionInput("token=ghp_aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6 and again "
                                           "ghp_aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6"))
    assert len(spans) == 2
    assert secret_values._answers.by_check is None
    with secret_values.values_judged_once():
        assert not secret_values.is_masked("q7xW0uvov5j7b4")
        assert secret_values._answers.by_check
    assert secret_values._answers.by_check is None


def test_character_classes_count_the_same_on_ascii_and_on_any_text():
    # ASCII values are counted with whole-string tests; the counts are those of the character-by-character rule.
    import random
    import string

    from redactor.detect.secret_values import char_classes

    def by_character(value: str) -> int:
        return sum((any(c.islower() for c in value), any(c.isupper() for c in value),
                    any(c.isdigit() for c in value), any(not c.isalnum() for c in value)))

    rng = random.Random(5)
    values = ["", "a", "A", "1", "-", " ", "aA1-", "Straße", "ǅ", "٣٤"]
    values += ["".join(rng.choice(string.printable) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    for value in values:
        assert char_classes(value) == by_character(value), value


@pytest.mark.parametrize("unit", ["http://a.b/?signature=1&", "https://c.d/?x=1&hmac=2&"])
def test_signed_url_search_grows_linearly_on_urls_without_a_signature(unit):
    from tests.growth import assert_linear_growth

    detector = SecretsDetector()
    assert_linear_growth(lambda size: lambda: detector.detect(DetectionInput(unit * (size // len(unit)))), 96_000)


def _random_token(length: int, alphabet: str, seed: int) -> str:
    import random

    generator = random.Random(seed)
    return "".join(generator.choice(alphabet) for _ in range(length))


_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


@pytest.mark.parametrize("line, secret, kind", [
    # Formats Kingfisher's scanner reports only beside a partner (an instance URL, a key id, a secret key).
    ("the dashboard gave me {}", "AKCp" + _random_token(69, _ALNUM, 1), "ARTIFACTORY_API_KEY"),
    ("the dashboard gave me {}", "cmVmd" + _random_token(59, _ALNUM, 2), "ARTIFACTORY_REFERENCE_TOKEN"),
    ("the dashboard gave me {}", "4b1d" + _random_token(38, _ALNUM, 3), "CLICKHOUSE_CLOUD_API_SECRET_KEY"),
    ("algolia_search = {}", _random_token(32, "abcdefghijklmnopqrstuvwxyz0123456789", 4), "ALGOLIA_API_KEY"),
])
def test_the_half_of_a_credential_pair_is_confident_without_its_partner(line, secret, kind):
    # The catalogue pairs components to validate them; for redaction the half alone is the credential, and
    # its prefix or vendor key word makes it confident: an audit reports it.
    text = line.format(secret)
    spans = [s for s in detect(text) if covered([s], text.index(secret), text.index(secret) + len(secret))]
    assert spans and max(s.score for s in spans) >= AUDIT_MIN_SCORE
    assert kind in {s.kind for s in spans}


def test_a_partnered_format_written_by_hand_is_never_made_confident():
    # The prefix says Artifactory, the body says documentation: an audit does not report it.
    for body in ("x" * 69, ("abc123" * 12)[:69]):
        spans = detect("the dashboard gave me AKCp" + body)
        assert all(s.score < AUDIT_MIN_SCORE for s in spans)


@pytest.mark.parametrize("secret, kind", [
    ("fm2_" + _random_token(140, _ALNUM + "+/", 6) + "==", "FLYIO_TOKEN"),
    ("fo1_" + _random_token(43, _ALNUM + "_-", 7), "FLYIO_TOKEN"),
    ("pat." + _random_token(22, _ALNUM, 8) + "." + _random_token(24, _ALNUM, 9) + "." + _random_token(20, _ALNUM, 10),
     "HARNESS_API_KEY"),
    ("A3TX" + _random_token(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 11), "AWS_ACCESS_KEY"),
])
def test_vendor_prefixes_the_catalogue_lacks_are_confident(secret, kind):
    text = f"export TOKEN_FOR_DEPLOY={secret}\n"
    start = text.index(secret)
    spans = [s for s in detect(text) if s.start <= start and s.end >= start + len(secret)]
    assert [s.kind for s in spans] == [kind] and spans[0].score >= AUDIT_MIN_SCORE
