r"""The Active Directory domain of a Windows domain account: `HOSPX\svc-payroll`, `'CONTOSO\\jdoe'` (round 31).

Windows writes a domain account as the domain's NetBIOS name, a backslash and the account (`DOMAIN\user`): in SQL
Server's "Login failed for user 'X\y'", `runas /user:X\y`, event logs, `whoami` and tickets. The user part is the
login detectors' (usernames.py); the domain part names the organisation's directory, an internal name like its
hosts', and is reported here as INTERNAL_HOSTNAME (doubtful, 0.55: a capitalised folder before a backslash has the
same letters). The NetBIOS form is the check: capitals, digits and hyphens, two to fifteen characters.

Left alone: Windows' own principals' authorities (`NT AUTHORITY\SYSTEM`, `BUILTIN\Administrators`, `NT SERVICE\x`,
`IIS APPPOOL\x`, `WORKGROUP`), registry roots (`HKLM\SOFTWARE`), a name inside a path (`C:\DATA\x`, `\\FILER\share`:
another backslash, a drive's colon or a slash before it, or a backslash after the user part), a file (`DOCS\notes.txt`:
the part after the last dot is a file extension Python's `mimetypes` knows), and an escape in a JSON or C string
(`FAILED\nRetrying`, when the text writes `\n` escapes elsewhere too).
"""
from __future__ import annotations

import functools
import mimetypes
import re
from typing import Iterator

from redactor.detect.keywords import needs_marks

DOMAIN_ACCOUNT_SCORE = 0.55
_DOMAIN_ACCOUNT = re.compile(
    r"(?<![\w\\/.$-])(?<!\b[A-Za-z]:)(?P<domain>[A-Z][A-Z0-9-]{1,14})\\{1,2}(?P<user>[A-Za-z][A-Za-z0-9._-]{0,31}\$?)(?![\w\\/-])"
)
# Authorities and roots that are Windows' own, never an organisation's domain.
_NOT_DOMAINS = frozenset("AUTHORITY BUILTIN SERVICE APPPOOL WORKGROUP NT HKLM HKCU HKCR HKU HKCC HKEY".split())
_ESCAPE_LETTERS = "ntrbfux"


@functools.lru_cache(maxsize=1)
def _file_extensions() -> frozenset[str]:
    mimetypes.init()
    return frozenset(extension.lstrip(".").lower() for extension in mimetypes.types_map)


@needs_marks(("\\",))
def find_domain_account_domains(text: str) -> Iterator[tuple[int, int]]:
    r"""[start, end) of the domain part of each Windows domain account (`DOMAIN\user`) in `text`."""
    for match in _DOMAIN_ACCOUNT.finditer(text):
        domain, user = match.group("domain"), match.group("user")
        if domain in _NOT_DOMAINS or domain.endswith("-"):
            continue
        if "." in user and user.rsplit(".", 1)[1].lower() in _file_extensions():
            continue  # a file in a folder
        first = user[0]
        if first in _ESCAPE_LETTERS and text.count("\\" + first) > 1:
            continue  # an escaped newline or tab of a string that writes them elsewhere too
        yield match.span("domain")
