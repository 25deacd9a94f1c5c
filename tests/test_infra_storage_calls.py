"""Storage buckets and accounts named by SDK calls and storage hosts (InfraDetector)."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector


def _found(text: str) -> dict[str, str]:
    return {text[s.start:s.end]: s.kind for s in InfraDetector().detect(DetectionInput(text))}


@pytest.mark.parametrize("text,name", [
    ('s3.upload_file("/tmp/claims.csv", "northwind-phi-exports", "2026/claims.csv")', "northwind-phi-exports"),
    ("s3.download_file('ledger-archive-eu', 'q3.parquet', '/tmp/q3.parquet')", "ledger-archive-eu"),
    ('bucket = boto3.resource("s3").Bucket("tailspin-raw-events")', "tailspin-raw-events"),
    ('blob = gcs.bucket("adatum-ml-datasets").blob("train.jsonl")', "adatum-ml-datasets"),
    ('container = service.get_container_client("contoso-invoices")', "contoso-invoices"),
])
def test_a_bucket_passed_to_a_storage_sdk_call_is_reported(text, name):
    assert _found(text).get(name) == "BUCKET"


def test_an_expression_assigned_to_a_bucket_variable_is_code_not_a_name():
    assert "storage_client.bucket" not in _found('bucket = storage_client.bucket("adatum-ml")')


def test_an_azure_storage_accounts_host_names_the_customer_anywhere():
    text = "upload url: https://fabrikamexports.blob.core.windows.net/exports/q4.csv?sv=2024-11-04&sp=r"
    assert _found(text).get("fabrikamexports.blob.core.windows.net") == "INTERNAL_HOSTNAME"
