"""Round 24b check set (written after the change, not tuned on): buckets in backup tools' remote paths."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector


def _buckets(text: str) -> set[str]:
    return {text[span.start:span.end] for span in InfraDetector().detect(DetectionInput(text)) if span.kind == "BUCKET"}


@pytest.mark.parametrize("text, bucket", [
    ("restic -r s3:https://s3.wasabisys.com/tolland-archive snapshots", "tolland-archive"),
    ("  repository: b2:cressbrook-restic:/nas", "cressbrook-restic"),
    ("rclone move gdrive-old:quarry-scans/2019 r2:quarry-scans-cold/2019 -P", "quarry-scans-cold"),
    ("rclone lsd spaces:", None),
    ("storage_options={'account_name': 'x'}; fs.ls('abfs://bronze-layer/events')", "bronze-layer"),
])
def test_check_a_backup_tools_remote_path_names_its_bucket(text, bucket):
    found = _buckets(text)
    assert (bucket in found) if bucket else not found


@pytest.mark.parametrize("text", [
    '"Action": ["s3:GetObject", "s3:PutObject"]',
    "arn:aws:s3:::logs-bucket-x/*",
    "rclone serve http --addr localhost:8080 remote:",
    "rclone copy ./dist /mnt/backup/dist",
])
def test_check_no_bucket_in_policies_ports_or_local_paths(text):
    assert all(not name.isdigit() and name not in ("GetObject", "PutObject") for name in _buckets(text))
