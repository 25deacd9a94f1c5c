"""Round 9 (secrets9): bare bucket names in storage lines and bucket columns, URLs that are the credential
whole (Azure SAS URLs, otpauth:// URIs), UUID tokens right after a token word or alone on the next line.

Dev set: tests/corpus/secrets_dev/round9_source.txt (written before the changes); check set:
round9_check_source.txt (written after, not tuned on). Values are invented.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector
from redactor.detect.infra_buckets import find_buckets_in_storage_lines
from redactor.detect.pii import PiiDetector
from redactor.detect.secrets import SecretsDetector
from tests.growth import assert_linear_growth

DEV_SET = Path(__file__).parent / "corpus" / "secrets_dev"
SECRETS, INFRA = SecretsDetector(), InfraDetector()


def spans_of(text: str, kind: str = "prose"):
    item = DetectionInput(text, kind)
    return [*SECRETS.detect(item), *INFRA.detect(item)]


def found(text: str, kind: str = "prose") -> list[tuple[str, str]]:
    return sorted((span.kind, text[span.start:span.end]) for span in spans_of(text, kind))


def covered_whole(text: str, value: str) -> bool:
    start = text.index(value)
    return any(s.start <= start and s.end >= start + len(value) for s in spans_of(text))


# --- buckets named bare on a line about object storage -------------------------------------------

@pytest.mark.parametrize(("line", "bucket"), [
    ("2024-05-01T10:22:13Z INFO uploading backup to acme-db-backups/2024-05-01.sql.gz", "acme-db-backups"),
    ("2024-05-01 12:00:01 ERROR NoSuchBucket: The specified bucket does not exist: acme-staging-assets",
     "acme-staging-assets"),
    ("2024-03-12 08:14:02 WARN AccessDenied on PutObject acme-finance-exports/reports/q1.csv", "acme-finance-exports"),
    ('10.0.4.17 - - [12/Mar/2024:08:14:02 +0000] "PUT /initech-user-uploads/avatars/8812.png HTTP/1.1" 200',
     "initech-user-uploads"),
    ("maria: the export job writes to stark-analytics-exports-2 every night, check the lifecycle on it?",
     "stark-analytics-exports-2"),
])
def test_a_bucket_named_bare_on_a_storage_line_is_found(line, bucket):
    # (a name another infrastructure rule takes, such as a machine name, keeps that rule's kind)
    assert covered_whole(line, bucket)


@pytest.mark.parametrize("line", [
    "2024-05-01T10:22:13Z INFO deploy finished in us-east-1 (end-to-end tests green, 3 objects cached)",
    "2024-05-01T10:22:13Z INFO uploaded 3 objects, retention set to read-only-mode for 30 days",
    "2024-05-01T10:22:13Z WARN pip install google-cloud-storage failed, retrying with --no-cache-dir",
    '2024-05-01 GET /v1/objects 200 "x-amz-request-id" "aws-sdk-go/1.44"',
    "uploaded /var/lib/app-data-cache/blob.bin and up-to-date objects",
    "the storage team owns the state-of-the-art pipeline",
])
def test_hyphenated_words_regions_headers_and_packages_on_storage_lines_are_no_buckets(line):
    assert [value for kind, value in found(line, "tool_result") if kind == "BUCKET"] == []


def test_a_bucket_column_of_a_pasted_table_is_read_under_its_header():
    text = "| env | bucket | region |\n|-----|--------|--------|\n| prod | wayne-prod-media | eu-west-1 |\n"
    assert ("BUCKET", "wayne-prod-media") in found(text)
    csv = "bucket,region,owner\nlitware-audit-logs,eu-central-1,security\n"
    assert ("BUCKET", "litware-audit-logs") in found(csv)
    assert ("BUCKET", "eu-central-1") not in found(csv)


def test_bare_buckets_are_doubtful():
    line = "2024-05-01T10:22:13Z INFO uploading backup to acme-db-backups/2024-05-01.sql.gz"
    (span,) = [s for s in INFRA.detect(DetectionInput(line, "tool_result")) if s.kind == "BUCKET"]
    assert 0.5 <= span.score < 0.6


def test_storage_lines_are_read_in_linear_time():
    line = "2024-05-01T10:22:13Z INFO sync objects from acme-raw-events-a to acme-raw-events-b backup ok\n"
    assert_linear_growth(lambda n: lambda: list(find_buckets_in_storage_lines(line * n)), 4000)
    # One long line with many cues is still read once.
    long_line = "upload s3 backup objects acme-raw-events-x " * 2000
    assert_linear_growth(lambda n: lambda: list(find_buckets_in_storage_lines(long_line[: n * 40])), 2000)


# --- URLs that are the credential whole -------------------------------------------------------------

def test_an_azure_sas_url_is_redacted_whole_with_its_scheme():
    url = ("https://acmeprodstore.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=co&sp=rl"
           "&se=2025-01-01T00:00:00Z&spr=https&sig=Zk3m9QvP2x%2Bq7LwY8nE4rT6uI1oA5sD0fG3hJ2kL9c%3D")
    assert ("AZURE_SAS_TOKEN", url) in found(f"here's the link: {url}.")
    assert covered_whole(f'"backup_url": "{url}"', url)


def test_an_azure_url_without_a_signature_is_no_sas_token():
    assert not [kind for kind, _ in found("https://acmeprodstore.blob.core.windows.net/exports/report.csv?sv=2022-11-02")
                if kind == "AZURE_SAS_TOKEN"]


def test_an_otpauth_uri_is_redacted_whole_after_its_scheme():
    uri = "otpauth://totp/Acme:ops%40acme.io?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=Acme&digits=6"
    text = f"2FA seed for the shared ops account: {uri}."
    assert ("OTP_SEED", uri[len("otpauth://"):]) in found(text)


# --- UUID tokens after a token word ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "token"), [
    ("API token is c0a8f3e1-92b4-4d6f-8e7a-13b5c9d2f4e6 (created by the CI user)", "c0a8f3e1-92b4-4d6f-8e7a-13b5c9d2f4e6"),
    ("here is the new api token:\n7f3e9a12-4c8b-4d2e-9f1a-6b5c3d2e1f0a\n", "7f3e9a12-4c8b-4d2e-9f1a-6b5c3d2e1f0a"),
    ("token\n9c1e4f7a2b8d3e6f0a5c\n", "9c1e4f7a2b8d3e6f0a5c"),
])
def test_a_token_right_after_its_word_or_alone_on_the_next_line_is_found(text, token):
    assert covered_whole(text, token)


@pytest.mark.parametrize("text", [
    "request id 6a1f2c3d-4b5e-4f7a-8c9d-0e1f2a3b4c5d failed with 502, token refresh took 340ms",
    "the token endpoint returned session 7b2e9c4d-1a3f-4e5b-9c8d-2f1e0a3b4c5d for trace 9f8e7d6c-5b4a-4c3d-8e2f",
    "token_id: 7b2e9c4d-1a3f-4e5b-9c8d-2f1e0a3b4c5d",
    "see the token docs:\nhttps://docs.example.com/tokens/overview\n",
])
def test_uuids_further_from_a_token_word_or_under_another_name_are_ids(text):
    assert [kind for kind, _ in found(text) if kind == "GENERIC_SECRET"] == []


def test_a_uuid_token_is_doubtful():
    text = "here is the new api token:\n7f3e9a12-4c8b-4d2e-9f1a-6b5c3d2e1f0a\n"
    (span,) = SECRETS.detect(DetectionInput(text, "prose"))
    assert 0.5 <= span.score < 0.6


# --- the dev and check sets --------------------------------------------------------------------------

# What the pattern detectors still miss in the dev set (written with them in view) and the check set
# (not tuned on): a fix or a regression shows up as a change of these lists.
KNOWN_MISSES = {
    "round9.jsonl": [],  # secrets-r9-17 (a password holding "<x>" in a database URL) found since round 10
    "round9_check.jsonl": [],
    "round9_check2.jsonl": [],
}


@pytest.mark.parametrize("name", sorted(KNOWN_MISSES))
def test_the_round9_sets_are_built_from_their_sources_and_their_values_found(name):
    spec = importlib.util.spec_from_file_location("secrets_dev_build", DEV_SET / "build.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    lines = [json.loads(line) for line in (DEV_SET / name).read_text(encoding="utf-8").splitlines()]
    assert lines == builder.build(name)
    detectors = (SECRETS, INFRA, PiiDetector())
    missed = []
    for sample in lines:
        item = DetectionInput(sample["text"], "prose")
        spans = [span for detector in detectors for span in detector.detect(item)]
        for annotation in sample["annotations"]:
            start = annotation["start"]
            if "://" in annotation["text"]:
                start += annotation["text"].index("://") + 3  # the scheme names a driver or a protocol
            if not any(s.start <= start and s.end >= annotation["end"] for s in spans):
                missed.append((sample["id"], annotation["kind"]))
    assert missed == KNOWN_MISSES[name]


@pytest.mark.parametrize("line", [
    '{"id": "chat-slots-2", "text": "synced the backup objects"}',
    "  region: 'oss-cn-hangzhou',  # storage",
    "2024-05-01 upload done service=billing-export-worker objects=12",
])
def test_values_of_fields_named_for_something_else_are_no_buckets(line):
    assert [value for kind, value in found(line, "tool_result") if kind == "BUCKET"] == []


# --- cloud accounts told in prose ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "account"), [
    ("we deploy staging into 290384716253 and prod into 481726305519, both in eu-west-1", "481726305519"),
    ("switch to the prod account (481726305519) before running terraform", "481726305519"),
    ("cross-account access from 290384716253 is denied by the SCP", "290384716253"),
    ("tenant 8d3e1a72-4b5c-4f6d-9e8a-1b2c3d4e5f60, subscription 6f1c2a9e-4b7d-4e21-9a3f-0c8d5e7b1a24",
     "8d3e1a72-4b5c-4f6d-9e8a-1b2c3d4e5f60"),
    ("Directory (tenant) ID: 8d3e1a72-4b5c-4f6d-9e8a-1b2c3d4e5f60", "8d3e1a72-4b5c-4f6d-9e8a-1b2c3d4e5f60"),
])
def test_cloud_accounts_on_a_line_about_the_cloud_are_found(text, account):
    assert covered_whole(text, account)


@pytest.mark.parametrize("text", [
    "order 290384716253 shipped to the warehouse on Monday",
    "call +481726305519 about the AWS invoice",
    "UPC 036000291452 scanned at till 4",
])
def test_twelve_digit_numbers_elsewhere_are_no_accounts(text):
    assert [kind for kind, _ in found(text) if kind == "AWS_ACCOUNT_ID"] == []


def test_accounts_are_read_in_linear_time_on_one_long_line():
    line = "aws account 481726305519 and 290384716253 and " * 1000
    assert_linear_growth(lambda n: lambda: INFRA.detect(DetectionInput(line[: n * 47], "prose")), 1000)


def test_the_buckets_of_an_aws_s3_ls_listing_are_found():
    listing = "2023-11-02 09:14:51 acme-prod-logs\n2024-01-15 10:23:45 acmeterraformstate\n2024-02-01 08:00:12 acme.media.eu\n"
    assert {value for kind, value in found(listing, "tool_result") if kind == "BUCKET"} == {
        "acme-prod-logs", "acmeterraformstate", "acme.media.eu"}
    files = "2024-01-15 10:23:45       1234 report.csv\n                           PRE daily/\n"
    assert [value for kind, value in found(files, "tool_result") if kind == "BUCKET"] == []


# --- a named key ending its line, the key alone on the next --------------------------------------------

@pytest.mark.parametrize(("text", "key"), [
    ("here's the AES-256 encryption key:\n4e7a1c9b3f2d8e6a0b5c7d9f1e3a2b4c6d8e0f1a3b5c7d9e1f2a3b4c5d6e7f80\n",
     "4e7a1c9b3f2d8e6a0b5c7d9f1e3a2b4c6d8e0f1a3b5c7d9e1f2a3b4c5d6e7f80"),
    ("Encryption key\n9f3b2c7a1e8d4f60b5a2c9e7d1f3a8b6", "9f3b2c7a1e8d4f60b5a2c9e7d1f3a8b6"),
    ("webhook signing key:\r\nwhsec_Zk3m9QvP2xq7LwY8nE4rT6uI1oA5sD0f\r\n", "whsec_Zk3m9QvP2xq7LwY8nE4rT6uI1oA5sD0f"),
])
def test_a_key_alone_below_its_named_label_is_found(text, key):
    assert covered_whole(text, key)


@pytest.mark.parametrize("text", [
    "sha256 of the release key:\nsee the signature file below\n",
    "primary key\n7b2e9c4d-1a3f-4e5b-9c8d-2f1e0a3b4c5d\n",
    "public key:\nhttps://keys.example.com/acme.asc\n",
])
def test_other_keys_and_non_values_below_a_key_label_are_left(text):
    assert [kind for kind, _ in found(text) if kind in ("ENCRYPTION_KEY", "GENERIC_SECRET", "SECRET_KEY")] == []


def test_an_otpauth_uri_with_any_alphanumeric_seed_is_whole_and_its_type_is_no_host():
    text = "otpauth://totp/Acme:alice?secret=A9B8C7D6E5F4G3H2&issuer=Acme"
    assert found(text) == [("OTP_SEED", text[len("otpauth://"):])]


def test_a_qualified_bucket_header_and_listing_lines_are_read_in_linear_time():
    table = "| env | S3 bucket | region |\n|---|---|---|\n| prod | wayne-prod-media | eu-west-1 |\n"
    assert ("BUCKET", "wayne-prod-media") in found(table)
    listing = "2023-11-02 09:14:51 acme-prod-logs\n" * 2000
    assert_linear_growth(lambda n: lambda: list(INFRA.detect(DetectionInput(listing[: n * 35], "tool_result"))), 2000)


@pytest.mark.parametrize("line", [
    "aws s3api put-bucket-policy --policy file://p.json, then upload the objects",
    "enable server-side-encryption and cross-region-replication for the backups",
    "2024-05-01 s3 create-multipart-upload returned 200",
])
def test_s3_terms_and_subcommands_are_no_buckets(line):
    assert [value for kind, value in found(line, "tool_result") if kind == "BUCKET"] == []
