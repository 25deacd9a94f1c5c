"""Bucket names in lines about object storage, without a `bucket:` label (round 9).

Log lines and chat name a bucket bare: `uploading backup to acme-db-backups/2024-05-01.sql.gz`,
`AccessDenied on PutObject acme-finance-exports/reports/q1.csv`, `sync finished acme-logs-archive ->
acme-logs-archive-dr`, `"PUT /initech-user-uploads/avatars/1.png HTTP/1.1"`. On a line that speaks of
object storage (an S3/GCS operation, "bucket", "objects", "upload", "sync", "backup", "lifecycle" ...), a
lower-case name of three or more hyphen-joined parts, starting with a letter and shaped like a bucket
name (3-63 characters), is a bucket. Doubtful (0.55): the wire redacts it, an audit does not report it.

Left alone: regions (`us-east-1`), hyphenated phrases (`end-to-end`, `out-of-memory`: a part is a
function word), header names (`x-amz-request-id`), versioned tools (`aws-sdk-go/1.44`), flags (`--dry-run`),
hosts and file names (a dot and more after the name), names inside a path (only a path's first segment
counts: `PUT /bucket/key`), package names after an install command, and the values of fields named for
something else (`"id": "chat-slots-2"`, `region: oss-cn-hangzhou`).

One pass: the storage cues are found with one regex, each line holding one is read once.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.table_columns import column_cells

SCORE = 0.55

_STORAGE_CUE = re.compile(
    r"(?i)\b(?:s3|s3api|gcs|gsutil|gs|minio|r2|buckets?|nosuchbucket|objects?|blobs?|storage|"
    r"(?:put|get|delete|head|copy|list|restore)objects?(?:v2)?|createmultipartupload|multipart|"
    r"upload(?:ed|ing|s)?|download(?:ed|ing|s)?|sync(?:ed|ing)?|backups?|restic|rclone|lifecycle|"
    r"replication|presign(?:ed)?|versioning)\b"
)
_CANDIDATE = re.compile(r"(?<![\w.@%$:\\-])[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}(?![\w@-]|\.[A-Za-z0-9]|:\d|/v?\d+\.\d)")
_REGION = re.compile(r"[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}[a-z]?|oss-[a-z]{2}-[a-z]+(?:-\d{1,2})?")
# The value of a field named for something else (`"id": "chat-slots-2"`, `region: oss-cn-hangzhou`) is that thing;
# under a storage-ish name (`target=`, `dest:`) or no name at all it may be the bucket.
_FIELD_BEFORE = re.compile(r"(?P<quote>[\"']?)(?P<key>[A-Za-z_][\w.-]{0,40})[\"']?[ \t]*(?P<sep>[:=])[ \t]*[\"'`]?$")
_STORAGE_FIELD = re.compile(r"(?i)bucket|target|dest|source|src|repo|container|store|location|path|uri|url|backup|archive")
_FUNCTION_WORDS = frozenset(
    "a an the to of and or in on by for per at with as up out via non not no is be from into over under off "
    "all any one two self so than then vs only same like well much more most less such".split()
)
_INSTALL = re.compile(r"(?i)\b(?:pip3?|npm|yarn|pnpm|gem|cargo|go|apt(?:-get)?|brew|poetry|uv|conda)\s+(?:install|add|get)\b")
_NOT_NAMES = frozenset("my-bucket-name your-bucket-name example-bucket-name".split())


def _is_bucket_name(name: str) -> bool:
    if not 3 <= len(name) <= 63 or name in _NOT_NAMES or _REGION.fullmatch(name):
        return False
    parts = name.split("-")
    if len(parts[0]) == 1 or any(part in _FUNCTION_WORDS for part in parts):
        return False  # `x-amz-request-id`, `end-to-end`, `out-of-memory`
    return sum(1 for part in parts if not part.isdigit()) >= 2


def find_buckets_in_storage_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of bare bucket names on lines that speak of object storage."""
    if "-" not in text:
        return
    done = -1  # end of the last line read: each line is read once, whatever its number of cues
    for cue in _STORAGE_CUE.finditer(text):
        if cue.start() < done:
            continue
        line_start = text.rfind("\n", 0, cue.start()) + 1
        line_end = text.find("\n", cue.end())
        if line_end == -1:
            line_end = len(text)
        done = line_end
        if _INSTALL.search(text, line_start, line_end):
            continue
        for match in _CANDIDATE.finditer(text, line_start, line_end):
            start, end = match.span()
            if start > line_start and text[start - 1] == "/":
                before = text[start - 2] if start - 2 >= line_start else " "
                if not (before.isspace() or before in "\"'`(["):
                    continue  # a later segment of a path, not the bucket at its head
            if start - 1 >= line_start and text[start - 1] == "-":
                continue
            field = _FIELD_BEFORE.search(text, max(line_start, start - 48), start)
            if field and not _STORAGE_FIELD.search(field.group("key")) and (
                    field.group("sep") == "=" or field.group("quote") or any(c in field.group("key") for c in "_.")
                    or not text[line_start:field.start()].strip()):
                continue  # a field's value (`"id": "x"`, `region: x`), not "does not exist: x" in a message
            if _is_bucket_name(match.group(0)):
                yield start, end


_COLUMN_LABEL = re.compile(r"(?i)(?<![\w-])(?:(?:s3|gcs|gs|storage|target|source|destination)[ _-])?bucket(?:[ _-]?name)?(?![\w-])")
_BUCKET_CELL = re.compile(r"[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]")
_CELL_NOT_NAMES = frozenset("true false none null n/a name bucket yes no".split())
COLUMN_SCORE = 0.8


def find_buckets_in_columns(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the cells under a `bucket` / `bucket name` / `S3 bucket` header of a pasted table."""
    for label in _COLUMN_LABEL.finditer(text):
        for start, end in column_cells(text, label.start(), label.end()):
            value = text[start:end]
            if value.startswith(("s3://", "gs://")):
                continue  # the URL rules take it
            if _BUCKET_CELL.fullmatch(value) and value not in _CELL_NOT_NAMES and not value.replace("-", "").isdigit():
                yield start, end
