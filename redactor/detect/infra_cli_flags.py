"""Containers, storage accounts and projects named by the short flags of storage CLIs (round 19).

`az storage container create -n invoices-archive`, `az storage blob upload -c ml-models`, `az storage account
create -n pellowlogs2024`, `gsutil mb -p brantle-prod gs://...`: the command group fixes what a short flag
holds (`-n` is the container under `az storage container`, the storage account under `az storage account`),
so its value is the organisation's container or account whatever it looks like. The long flags
(`--container-name`, `--account-name`, `--project`) are infra.py's and infra_accounts.py's rules; short ones
mean nothing outside their command, so they are read only on a line that runs that command group.
Supabase's CLI names a project by its reference (`supabase link --project-ref qzkvbnrtwxlmpdfa`, round 26): the
same id is the first label of the project's host, one customer's account.
Variables (`$CONTAINER`), placeholders (`<name>`, `mycontainer`) and paths (a blob's `-n v3/model.pkl`) stay.

Cost: the lines are found from the literals `az storage` and `gsutil` (the text's shared cue scan); one regex
per such line.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.keywords import contains_any, keyword_positions, lowered_same_length, needs_marks
from redactor.detect.secret_values import is_placeholder_value

CLI_FLAG_SCORE = 0.8
# az storage GROUP ...: the short and long flags naming the container (or share, file system) or the account.
_AZ_STORAGE = re.compile(r"az[ \t]+storage[ \t]+(?P<group>container|blob|account|share|share-rm|fs|file|directory)\b")
_AZ_FLAGS = {
    "container": {"-n": "BUCKET", "--name": "BUCKET"},
    "share": {"-n": "BUCKET", "--name": "BUCKET"},
    "share-rm": {"-n": "BUCKET", "--name": "BUCKET"},
    "account": {"-n": "CLOUD_ACCOUNT_ID", "--name": "CLOUD_ACCOUNT_ID"},
    "blob": {"-c": "BUCKET"},
    "file": {"-s": "BUCKET"},
    "directory": {"-s": "BUCKET"},
    "fs": {"-f": "BUCKET", "--file-system": "BUCKET", "-n": "BUCKET", "--name": "BUCKET"},
}
_GSUTIL = re.compile(r"gsutil\b")
_GSUTIL_FLAGS = {"-p": "GCP_PROJECT"}
_SUPABASE = re.compile(r"supabase\b")
_SUPABASE_FLAGS = {"--project-ref": "CLOUD_ACCOUNT_ID"}
_COMMAND_LITERALS = ("az storage", "gsutil", "supabase")
_FLAG_VALUE = re.compile(r"(?<![\w-])(?P<flag>--?[a-z][a-z-]*)(?:[ \t]+|=)[\"']?(?P<value>[a-z0-9][a-z0-9-]{2,62})[\"']?(?![\w./:$-])")
_NOT_NAMES = frozenset("mycontainer mystorageaccount myaccount myshare myfilesystem container account share true "
                       "false none null".split())


@needs_marks(_COMMAND_LITERALS)  # (it returns on a text without one)
def find_cli_flag_values(text: str) -> Iterator[tuple[int, int, str]]:
    """[start, end, kind] of containers, storage accounts and projects after storage CLIs' short flags (and
    Supabase's `--project-ref`)."""
    if not contains_any(text, _COMMAND_LITERALS):
        return
    lowered = lowered_same_length(text)
    for position in keyword_positions(lowered, _COMMAND_LITERALS):
        if position and (text[position - 1].isalnum() or text[position - 1] in "_-"):
            continue
        line_end = text.find("\n", position)
        line_end = len(text) if line_end == -1 else line_end
        command = _AZ_STORAGE.match(text, position)
        if command is not None:
            flags, rest = _AZ_FLAGS[command.group("group")], command.end()
        elif _GSUTIL.match(text, position):
            flags, rest = _GSUTIL_FLAGS, position + len("gsutil")
        elif _SUPABASE.match(text, position):
            flags, rest = _SUPABASE_FLAGS, position + len("supabase")
        else:
            continue
        end = _command_end(text, rest, line_end)
        for match in _FLAG_VALUE.finditer(text, rest, end):
            kind = flags.get(match.group("flag"))
            value = match.group("value")
            if kind is None or value in _NOT_NAMES or is_placeholder_value(value):
                continue
            yield match.start("value"), match.end("value"), kind


def _command_end(text: str, start: int, line_end: int) -> int:
    """Where the command that starts before `start` ends on its line: at a pipe, `&&`, `;` or the line's end."""
    end = line_end
    for separator in ("|", "&&", ";"):
        found = text.find(separator, start, end)
        if found != -1:
            end = found
    return end
