"""The login inside a larger finding: an e-mail's local part, a connection string's or URL's user, an IAM user's name.

A credential or an address carries its owner's account (`postgres://jdoerfler:…@db`, `User Id=hnakamura;`,
`tkowalczyk@acme.com`, `arn:aws:iam::…:user/ops/oadebayo`), and the same account is then written bare elsewhere in
the conversation (`jdoerfler-laptop`, `/srv/backups/rpatel2-…`), where no rule sees a login. The finding covers the
login only inside itself, so the engine's propagation spreads the login found here, doubtful: on the wire doubt
means redact. Role and service accounts (`postgres`, `admin`, `svc_reports`, `support@`) are not spread: they name
no one, and the same word elsewhere is a program, a team or an ordinary word.
"""
from __future__ import annotations

import re

from redactor.detect.base import Span
from redactor.detect.logins_of_people import FUNCTION_MAILBOXES
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.usernames import is_personal_login

# The kinds of finding that hold a login, and where in them it stands.
_EMAIL_KIND = "EMAIL"
_USER_IN_URL_KINDS = frozenset({"URL_CREDENTIALS", "CONNECTION_STRING"})
_ARN_KIND = "AWS_ARN"
KINDS_HOLDING_LOGINS = frozenset({_EMAIL_KIND, *_USER_IN_URL_KINDS, _ARN_KIND})
# `scheme://user:password@host`, `user:password@host`.
_URL_USER = re.compile(r"(?:^|//)([^\s:/@;?&]+)(?::[^\s@/]*)?@")
# `User Id=hnakamura;`, `user=jdoe password=…`, `?user=jdoe&password=…`.
_KEYED_USER = re.compile(r"(?i)(?:^|[;?&\s])(?:user(?:[ _]?id|[ _]?name)?|uid|login)\s*=\s*([^;&\s'\"]+)")
# An IAM user's ARN resource: `user/`, an optional path, the user's name.
_IAM_USER_PREFIX = "user/"
# A login: letters and digits joined by . _ -, starting with a letter.
_LOGIN_SHAPE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*")
_MIN_LENGTH, _MAX_LENGTH = 4, 40  # three letters (`tom`, `ops`) are too often a word of their own
# Service accounts by their shape: `svc_reports`, `sa-backup`, `reports_ro`, `ci-bot`.
_SERVICE_ACCOUNT = re.compile(
    r"(?i)^(?:svc|srv|sa|app|bot|ci|cd|sys|system|service|daemon|build|deploy|backup|replication|readonly|ro|rw)[._-]"
    r"|[._-](?:svc|srv|bot|ci|app|ro|rw|readonly|readwrite|reader|writer|service|user|admin|owner|backup)$")


def login_in_finding(text: str, span: Span) -> str | None:
    """The personal login inside the finding text[span.start:span.end], or None (no login there, or a role account)."""
    value = text[span.start:span.end]
    if span.kind == _EMAIL_KIND:
        login = value.split("@", 1)[0].strip().strip("<\"'")
        login = login.removeprefix("mailto:")
    elif span.kind in _USER_IN_URL_KINDS:
        match = _URL_USER.search(value) or _KEYED_USER.search(value)
        login = match.group(1) if match else ""
    elif span.kind == _ARN_KIND:
        # The resource runs from the ARN's last colon before the finding: `user/ops/oadebayo`.
        resource = text[text.rfind(":", 0, span.start) + 1:span.end]
        login = resource.rsplit("/", 1)[-1] if resource.startswith(_IAM_USER_PREFIX) else ""
    else:
        return None
    return login if is_spread_login(login) else None


def is_spread_login(login: str) -> bool:
    """Whether `login` is worth spreading as a person's account: login-shaped, no role or service account, no
    ordinary word (`mark@`, `sales@`)."""
    if not _MIN_LENGTH <= len(login) <= _MAX_LENGTH or not _LOGIN_SHAPE.fullmatch(login):
        return False
    folded = login.casefold()
    if folded in FUNCTION_MAILBOXES or _SERVICE_ACCOUNT.search(folded) or not is_personal_login(folded):
        return False
    return not is_ordinary_word(folded)
