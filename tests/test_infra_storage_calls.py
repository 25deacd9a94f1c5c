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


@pytest.mark.parametrize("text,name", [
    ("aws s3api get-object --bucket northwind-phi-exports --key a.csv out.csv", "northwind-phi-exports"),
    ('aws s3api put-bucket-policy --bucket "tailspin-logs" --policy file://p.json', "tailspin-logs"),
    ("az storage blob upload --container-name contoso-exports -f a.csv", "contoso-exports"),
    ("the adatum-raw-events bucket is public, fix the policy", "adatum-raw-events"),
    ("uploaded it to the S3 bucket tailspin-ml-artifacts yesterday", "tailspin-ml-artifacts"),
    ("it is in bucket northwind-backups-eu under /daily", "northwind-backups-eu"),
    ('s3.Object("contoso-reports", key).put(Body=data)', "contoso-reports"),
])
def test_a_bucket_named_by_a_cli_flag_or_in_prose_is_reported(text, name):
    assert _found(text).get(name) == "BUCKET"


@pytest.mark.parametrize("text", [
    "the bucket is public, fix the policy",
    "move the logs bucket and the new bucket to the other account",
])
def test_what_a_bucket_is_is_not_its_name(text):
    assert not [kind for kind in _found(text).values() if kind == "BUCKET"]


@pytest.mark.parametrize("text,name", [
    ("https://contoso-assets.storage.googleapis.com/logo.png", "contoso-assets"),
    ("https://storage.googleapis.com/contoso-public/data.csv", "contoso-public"),
    ("https://contoso-media.fra1.digitaloceanspaces.com/a.jpg", "contoso-media"),
    ("https://0f3c9a.r2.cloudflarestorage.com/contoso-backups/db.gz", "contoso-backups"),
    ('"S3Bucket": "contoso-lambda-artifacts"', "contoso-lambda-artifacts"),
    ('bucket = os.environ.get("UPLOAD_BUCKET", "contoso-uploads-dev")', "contoso-uploads-dev"),
])
def test_buckets_of_other_object_stores_and_layouts(text, name):
    assert _found(text).get(name) == "BUCKET"


def test_the_object_after_a_virtual_hosted_bucket_is_no_bucket():
    assert "logo.png" not in _found("https://contoso-assets.storage.googleapis.com/logo.png")
