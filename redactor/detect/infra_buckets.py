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

from redactor.detect.keywords import needs_marks
from redactor.detect.name_parts import common_words
from redactor.detect.table_columns import column_cells

SCORE = 0.55

_STORAGE_CUE = re.compile(
    r"(?i)\b(?:s3|s3api|s3fs|gcs|gcsfuse|gsutil|gs|minio|r2|buckets?|nosuchbucket|objects?|blobs?|storage|"
    r"(?:put|get|delete|head|copy|list|restore)objects?(?:v2)?|createmultipartupload|multipart|accessdenied|"
    r"upload(?:ed|ing|s)?|download(?:ed|ing|s)?|sync(?:ed|ing)?|backups?|restic|rclone|lifecycle|"
    r"replicat(?:e|es|ed|ing|ion)|presign(?:ed)?|versioning|retention|cop(?:y|ying|ied)|mount(?:ed|ing)?|"
    r"export(?:ed|ing|s)?|archiv(?:e|es|ed|ing)|snapshots?|parquet)\b"
)
# A name that says what it stores (`acme-static-assets`, `globex-pg-dumps`) needs no cue on its line.
_STORAGE_PARTS = frozenset(
    "assets uploads exports artifacts artefacts backups backup archive archives snapshots dumps datalake lake "
    "replica media static cdn bucket storage blobs".split()
)
# A log line starts with a date or time; there a name followed by an object key (`acme-raw/2024/01/x.json`) is a bucket.
_LOG_LINE = re.compile(r"[ \t]*\[?\d{2,4}[-/.:]\d{1,2}")
_CANDIDATE = re.compile(r"(?<![\w.@%$:\\-])[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}(?![\w@-]|\.[A-Za-z0-9]|:\d|/v?\d+\.\d)")
_TWO_HYPHENS = re.compile(r"-[a-z0-9]+-")
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_REGION = re.compile(r"[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}[a-z]?|oss-[a-z]{2}-[a-z]+(?:-\d{1,2})?")
# The value of a field named for something else (`"id": "chat-slots-2"`, `region: oss-cn-hangzhou`) is that thing;
# under a storage-ish name (`target=`, `dest:`) or no name at all it may be the bucket.
_FIELD_BEFORE = re.compile(r"(?P<quote>[\"']?)(?P<key>[A-Za-z_][\w.-]{0,40})[\"']?[ \t]*(?P<sep>[:=])[ \t]*[\"'`]?$")
_STORAGE_FIELD = re.compile(r"(?i)bucket|target|dest|dst|source|src|repo|container|store|location|path|uri|url|backup|"
                            r"archive|resource|remote|sink|output|^(?:to|from|in|out)$")
_FUNCTION_WORDS = frozenset(
    "a an the to of and or in on by for per at with as up out via non not no is be from into over under off "
    "all any one two self so than then vs only same like well much more most less such".split()
)
_INSTALL = re.compile(r"(?i)\b(?:pip3?|npm|yarn|pnpm|gem|cargo|go|apt(?:-get)?|brew|poetry|uv|conda)\s+(?:install|add|get)\b")
# CLI subcommands and API operations are verb-first (`put-bucket-policy`, `list-objects-v2`, `create-multipart-upload`).
_COMMAND_VERBS = frozenset("get put list create delete head copy update describe set restore select abort complete enable "
                           "disable attach detach add remove start stop run show apply generate modify".split())
_PLACEHOLDER_HEADS = frozenset("your my example sample some dummy fake test".split())
_NOT_NAMES = frozenset("my-bucket-name your-bucket-name example-bucket-name".split())


def _is_bucket_name(name: str) -> bool:
    if not 3 <= len(name) <= 63 or name in _NOT_NAMES or _REGION.fullmatch(name):
        return False
    parts = name.split("-")
    if parts[0] in _PLACEHOLDER_HEADS or parts[0] in _COMMAND_VERBS or any(part in _FUNCTION_WORDS or (len(part) == 1 and part.isalpha())
                                              for part in parts):
        return False  # `x-amz-request-id`, `end-to-end`, `out-of-memory`, `drwxr-xr-x`, `your-bucket-here`
    return sum(1 for part in parts if not part.isdigit()) >= 2


def _cue_nearby(text: str, line_start: int, line_end: int) -> bool:
    """A storage cue on one of the three lines before or on the line after (a log block about one job); each
    neighbour is read up to 400 characters."""
    start = line_start
    for _ in range(3):
        if start == 0:
            break
        previous = text.rfind("\n", max(0, start - 1 - 400), start - 1) + 1
        if _STORAGE_CUE.search(text, previous, start - 1):
            return True
        start = previous
    if line_end < len(text):
        after_end = text.find("\n", line_end + 1, line_end + 401)
        if _STORAGE_CUE.search(text, line_end + 1, after_end if after_end != -1 else min(len(text), line_end + 401)):
            return True
    return False


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """`_CANDIDATE.finditer(text)`, tried only at the start of the word before each `-x-` (a literal first: the
    regex engine skips ahead to it, where a pattern starting with a class is tried at every letter)."""
    done = 0
    for inner in _TWO_HYPHENS.finditer(text):
        if inner.start() < done:
            continue
        start = inner.start()
        while start > 0 and text[start - 1] in _NAME_CHARS:
            start -= 1
        match = _CANDIDATE.match(text, start)
        if match is None:
            done = inner.end() - 1
            continue
        done = match.end()
        yield match


@needs_marks("-")  # (it returns on a text without one)
def find_buckets_in_storage_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of bare bucket names on lines that speak of object storage (or right below one), named for
    what they store, or heading an object key on a log line.

    One pass over the candidate names; each line's bounds are found once (candidates come in order), its cues
    only for a candidate that passed the cheap checks."""
    if "-" not in text:
        return
    line_start = line_end = -1
    cue_here = line_ok = None
    for match in _candidates(text):
        start, end = match.span()
        if start >= line_end:  # a new line
            line_start = text.rfind("\n", max(line_end, 0), start) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end == -1 else line_end
            cue_here = line_ok = None
        name = match.group(0)
        if not _is_bucket_name(name):
            continue
        if start > line_start and text[start - 1] == "<":
            continue  # `<your-api-key>`: a template
        if start > line_start and text[start - 1] == "/":
            before = text[start - 2] if start - 2 >= line_start else " "
            if not (before.isspace() or before in "\"'`(["):
                continue  # a later segment of a path, not the bucket at its head
        field = _FIELD_BEFORE.search(text, max(line_start, start - 48), start)
        if field and not _STORAGE_FIELD.search(field.group("key")) and (
                field.group("sep") == "=" or field.group("quote") or any(c in field.group("key") for c in "_.")
                or not text[line_start:field.start()].strip()):
            continue  # a field's value (`"id": "x"`, `region: x`), not "does not exist: x" in a message
        parts = name.split("-")
        names_a_store = bool(_STORAGE_PARTS.intersection(parts))
        heads_a_key = (text.startswith("/", end) and end + 1 < line_end and text[end + 1].isalnum()
                       and _LOG_LINE.match(text, line_start) is not None)
        if not (names_a_store or heads_a_key):
            if cue_here is None:  # the line's cues, once
                cue_here = _STORAGE_CUE.search(text, line_start, line_end) is not None
                line_ok = cue_here or _cue_nearby(text, line_start, line_end)
            if not line_ok:
                continue
            if all(part in common_words() for part in parts):
                continue  # words joined by hyphens: a term (`server-side-encryption`, `cross-region-replication`)
        if _INSTALL.search(text, line_start, line_end):
            continue
        yield start, end


_COLUMN_LABEL = re.compile(r"(?i)(?<![\w-])(?:(?:s3|gcs|gs|storage|target|source|destination)[ _-])?bucket(?:[ _-]?name)?(?![\w-])")
def _bucket_words(text: str) -> list[int]:
    """Start of each `bucket`/`Bucket`/`BUCKET` (str.find: no regex tried at every position)."""
    starts = []
    for needle in ("ucket", "UCKET"):
        at = text.find(needle, 1)
        while at != -1:
            if text[at - 1] in "bB":
                starts.append(at - 1)
            at = text.find(needle, at + 5)
    return sorted(starts)


_QUALIFIED = re.compile(r"(?i)(?:s3|gcs|gs|storage|target|source|destination)[ _-]$")
_BUCKET_CELL = re.compile(r"[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]")
_CELL_NOT_NAMES = frozenset("true false none null n/a name bucket yes no".split())
COLUMN_SCORE = 0.8


@needs_marks(("ucket", "UCKET"))  # (a bucket column's label)
def find_buckets_in_columns(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the cells under a `bucket` / `bucket name` / `S3 bucket` header of a pasted table."""
    for word_start in _bucket_words(text):  # the word first (a literal: fast), then the whole label around it
        qualifier = _QUALIFIED.search(text, max(0, word_start - 12), word_start)
        label = _COLUMN_LABEL.match(text, qualifier.start() if qualifier else word_start)
        if label is None or label.end() <= word_start:
            continue
        for start, end in column_cells(text, label.start(), label.end()):
            value = text[start:end]
            if value.startswith(("s3://", "gs://")):
                continue  # the URL rules take it
            if _BUCKET_CELL.fullmatch(value) and value not in _CELL_NOT_NAMES and not value.replace("-", "").isdigit():
                yield start, end


# `aws s3 ls` prints one bucket a line after its creation date and time: `2024-01-15 10:23:45 acme-prod-logs`.
_S3_LS_LINE = re.compile(
    r"(?m)^[ \t]*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}[ \t]+(?P<bucket>[a-z0-9][a-z0-9.-]{1,61}[a-z0-9])[ \t]*\r?$"
)
_S3_LS_TAIL = re.compile(r":\d{2}[ \t]+[a-z0-9][a-z0-9.-]{1,61}[a-z0-9][ \t]*\r?$", re.MULTILINE)
LISTING_SCORE = 0.8


@needs_marks(":")
def find_buckets_in_listings(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each bucket of an `aws s3 ls` listing (a date, a time, a name, nothing else on the line)."""
    done = -1
    for tail in _S3_LS_TAIL.finditer(text):  # a literal first (the time's last colon), then the whole line
        line_start = text.rfind("\n", 0, tail.start()) + 1
        if line_start <= done or tail.start() - line_start > 40:
            continue
        done = line_start
        match = _S3_LS_LINE.match(text, line_start)
        if match is None:
            continue
        name = match.group("bucket")
        if name.replace("-", "").replace(".", "").isdigit() or name in _CELL_NOT_NAMES:
            continue
        yield match.start("bucket"), match.end("bucket")
