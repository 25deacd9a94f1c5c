"""Buckets in backup tools' repositories and remotes: restic, rclone, and fsspec's Azure URLs.

Backup tools name the bucket in a remote path of their own syntax, not a URL: restic's repository
(`s3:<endpoint>/<bucket>`, `b2:<bucket>:<path>`, `gs:`, `azure:`, `swift:` `<container>:<path>`), rclone's
`<remote>:<bucket>/<path>` on an rclone command line (the remote is the user's own name for the account, so it
is redacted with the bucket), and fsspec's `az://<container>/` and `abfs://<container>/`. Left alone: rclone's
local paths (a drive letter `C:\\`, a path starting with `/` or `.`), URLs (`https://rclone.org/s3/`) and
subcommands.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.keywords import contains_any, needs_marks

SCORE = 0.75
_NAME = r"[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]"
# restic's backends: the bucket after the endpoint's slash (s3, which names a host first) or before a colon.
_RESTIC_REPOSITORY = re.compile(
    rf"(?<![\w:/-])(?:s3:(?:https?://)?[A-Za-z0-9.-]+(?::\d+)?/(?P<s3>{_NAME})(?![\w.-])"
    rf"|(?:b2|gs|azure|swift):(?P<colon>{_NAME}):)"
)
# rclone's `remote:bucket/path` (the remote a word of the config, the bucket the path's head).
_RCLONE_REMOTE_PATH = re.compile(rf"(?<![\w:/.\\-])(?P<remote>[A-Za-z][\w.-]{{0,40}}):(?P<bucket>{_NAME})(?=/|[\s\"']|$)")
_AZURE_URL = re.compile(rf"\b(?:az|abfss?)://(?P<bucket>{_NAME})(?![\w.-]|@)")
_RCLONE_COMMAND = re.compile(r"(?m)^[^\n]*?\brclone\s+(?:sync|copy|copyto|move|moveto|ls|lsd|lsf|lsl|mount|check|"
                             r"bisync|delete|purge|cat|size|mkdir|rmdir|serve\s+\w+)\b[^\n]*")


@needs_marks(":")  # (every remote is `name:`)
def find_buckets_in_backup_remotes(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each bucket (and rclone remote) named in a backup tool's remote path."""
    if contains_any(text, ("s3:", "b2:", "gs:", "azure:", "swift:")):
        for match in _RESTIC_REPOSITORY.finditer(text):
            group = "s3" if match.group("s3") else "colon"
            yield match.start(group), match.end(group)
    if contains_any(text, ("az://", "abfs://", "abfss://")):
        for match in _AZURE_URL.finditer(text):
            yield match.start("bucket"), match.end("bucket")
    if contains_any(text, ("rclone",)):
        for line in _RCLONE_COMMAND.finditer(text):
            for match in _RCLONE_REMOTE_PATH.finditer(text, line.start(), line.end()):
                if match.group("bucket").isdigit():
                    continue  # `rclone serve http --addr localhost:8080`: a port
                yield match.start("remote"), match.end("remote")
                yield match.start("bucket"), match.end("bucket")
