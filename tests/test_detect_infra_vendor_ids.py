"""Cloud ids whose own form names their vendor (redactor.detect.infra_vendor_ids)."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector
from redactor.detect.infra_vendor_ids import find_vendor_ids


def _ids(text: str) -> list[str]:
    return [text[start:end] for start, end in find_vendor_ids(text)]


@pytest.mark.parametrize("text,value", [
    # dev set (written before the code)
    ('  "id": "ocid1.instance.oc1.iad.anuwcljt6g5xq2lzbvfmkp4s7yd3nh8jr6wca2eoitk5uq9bgv7xpzlsmd4a",',
     "ocid1.instance.oc1.iad.anuwcljt6g5xq2lzbvfmkp4s7yd3nh8jr6wca2eoitk5uq9bgv7xpzlsmd4a"),
    ("crn:v1:bluemix:public:cloud-object-storage:global:a/2c8f1e9b7d3a4f6e8b0c5d2a9e7f1b3c:5e1f7a2b-9c4d::",
     "2c8f1e9b7d3a4f6e8b0c5d2a9e7f1b3c"),
    ("Organization: o-k7x2q9m4pw", "o-k7x2q9m4pw"),
    ("OU ou-9fz2-3kd8slq1 holds the sandbox accounts", "ou-9fz2-3kd8slq1"),
    # round 31: Yandex Cloud clouds, folders (b1g) and IAM ids (aje), under any key, in prose of any language
    ('  folder_id = "b1gq7m2xk0v9r4tz8wle"', "b1gq7m2xk0v9r4tz8wle"),
    ("cloud-id: b1g3hc8n5pdz1wq6ya0k", "b1g3hc8n5pdz1wq6ya0k"),
    ('{"id": "ajek4r9t2mzq8w1xh5vn", "created_at": "2026-01-02"}', "ajek4r9t2mzq8w1xh5vn"),
    ("у сервисного аккаунта ajeu5x0c7pn2dk9wr3qe нет роли", "ajeu5x0c7pn2dk9wr3qe"),
    # round 31: Alibaba and Tencent resource names' accounts; Google Cloud parents and billing accounts
    ('"Resource": ["acs:oss:*:2718281828459045:logs-bucket/*"]', "2718281828459045"),
    ("acs:ram::2718281828459045:role/ecs-reader", "2718281828459045"),
    ("qcs::cos:ap-guangzhou:uid/1302718281:bucket-x/*", "1302718281"),
    ('"parent": "folders/314159265358"', "314159265358"),
    ("gcloud billing projects link app-x --billing-account=0B7E3F-91C2A4-5D6E8F", "0B7E3F-91C2A4-5D6E8F"),
    ("FROM `fin.billing.gcp_billing_export_v1_0B7E3F_91C2A4_5D6E8F`", "0B7E3F_91C2A4_5D6E8F"),
    ("DISPLAY_NAME  ID  DIRECTORY_CUSTOMER_ID\nexample.org  1234  C02x8m4kq", "C02x8m4kq"),
])
def test_a_vendor_id_is_found_by_its_form(text, value):
    assert _ids(text) == [value]


@pytest.mark.parametrize("text", [
    "ocid1.tenancy.oc1..<unique_ID>",              # documentation's placeholder
    "aws organizations describe-organization   # o-exampleorgid",
    "the pre-o-ring check and a go-between",      # words
    "run foo-o-1234567890ab",                      # inside another name
    "instance fhm4q2n8xk1v7r0tz3we in ru-central1-a",  # a Yandex compute object, not the account's
    "the majestic ajenorthwindstudiosxyz and b1gabcdefghijklmnopq",  # letters only: words, not ids
    "img-b1g4k2m9x0v7r3tz8wle.png",                  # inside another name
    "colour 0B7E3F-91C2A4-5D6E8F in the palette",     # the billing form without billing talk
    "acs:oss:*:*:bucket/*",                           # a policy for any account
    "the C02x8m4kq code in the log",                  # the Workspace form without customer talk
])
def test_placeholders_and_words_are_no_vendor_id(text):
    assert _ids(text) == []


def test_the_infra_detector_reports_an_ocid_under_any_key():
    text = '"id": "ocid1.instance.oc1.iad.anuwcljt6g5xq2lzbvfmkp4s7yd3nh8jr6wca2eoitk5uq9bgv7xpzlsmd4a"'
    spans = InfraDetector().detect(DetectionInput(text=text))
    assert any(s.kind == "CLOUD_ACCOUNT_ID" and text[s.start:s.end].startswith("ocid1.instance") for s in spans)
