"""Round 24b dev set: buckets in backup tools' repositories and remotes (restic, rclone) and in fsspec's Azure URLs.

Written before the change, from command lines and settings developers paste."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector


def _buckets(text: str) -> set[str]:
    return {text[span.start:span.end] for span in InfraDetector().detect(DetectionInput(text)) if span.kind == "BUCKET"}


@pytest.mark.parametrize("text, bucket", [
    ("restic -r s3:s3.eu-central-1.amazonaws.com/lindqvist-restic backup /srv", "lindqvist-restic"),
    ("export RESTIC_REPOSITORY=b2:orlanda-backups:host1", "orlanda-backups"),
    ("restic --repo gs:pelham-snapshots:/restic init", "pelham-snapshots"),
    ("RESTIC_REPOSITORY=azure:vaultline:/restic", "vaultline"),
    ("rclone sync /var/backups b2-offsite:harrowgate-pgdump/daily --transfers 8", "harrowgate-pgdump"),
    ("rclone copy wasabi:mirefield-media/2024 ./media", "mirefield-media"),
    ("df = pd.read_parquet('az://telemetry-raw/2024/05/')", "telemetry-raw"),
])
def test_a_backup_tools_remote_path_names_its_bucket(text, bucket):
    assert bucket in _buckets(text)


@pytest.mark.parametrize("text", [
    "rclone config show",
    "rclone copy C:\\Users\\me\\docs ./out",
    "restic snapshots --host web1",
    "see https://rclone.org/s3/ for the flags",
])
def test_no_bucket_where_the_line_names_none(text):
    assert _buckets(text) == set()
