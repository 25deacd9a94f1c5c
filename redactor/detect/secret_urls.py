"""URLs that carry a secret, redacted whole (round 13).

A URL is the credential when any part of it is: its userinfo (`https://user:pw@host/`,
`https://<sentry key>@o1.ingest.sentry.io/1`), a query or fragment parameter named for a secret
(`?token=`, `&sig=`, `&key=`, `#access_token=`, `?appid=`), or a piece another secrets rule found
(a bot token in the path, a Google key or a reset token in the query). Redacting only that piece
leaves the rest of the URL on the wire (the host, the path, the other parameters), and the URL as a
whole is what a reader of the request could use or recognise. So the whole URL after its scheme is
one finding, scored as the piece that made it secret.

Cost: one `str.find` pass over "://" (the cheap pre-check: no "://" in the text, nothing to do), then
each URL's own characters once; spans are matched to URLs by one sorted sweep (linear).
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.secret_values import is_placeholder_value, looks_random, looks_written_by_hand

CATEGORY = "secret"
DETECTOR_NAME = "secrets"

# Characters that end a URL as written in prose, logs, JSON, Markdown and shell.
_URL_END = frozenset(" \t\r\n\"'`<>|\\^{}")
# The first character that ends a URL, found by the regex engine in C (a Python loop read each character of the URL).
_URL_END_SEARCH = re.compile(r"[ \t\r\n\"'`<>|\\^{}]")
_TRAILING = ".,;:!?*"
_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-")
_MAX_URL = 4096

# Parameter names (lower-cased, `_`/`-`/`.` removed) that name a secret: the whole name, or its end.
_SECRET_PARAM_NAMES = frozenset({
    "token", "accesstoken", "authtoken", "idtoken", "refreshtoken", "apitoken", "sessiontoken", "securitytoken",
    "privatetoken", "bearertoken", "jwt", "auth", "authkey", "authorization", "key", "apikey", "appkey", "accesskey",
    "secretkey", "privatekey", "clientsecret", "secret", "appsecret", "password", "passwd", "pwd", "pass",
    "signature", "sig", "hmac", "hdnts", "appid", "sid", "sessionid", "session", "sessid", "phpsessid", "jsessionid",
    "otp", "code", "ticket", "st", "credential", "credentials", "accesskeyid",
    # a shared link's own key: whoever holds the link opens the file or the gallery (`?rlkey=`, `?access=`)
    "access", "invite", "sharekey", "sharetoken",
})
# (`key` at a name's end: `rlkey`, `linkkey`, `viewkey`; a plain value after one, `sortkey=name`, is no secret)
_SECRET_PARAM_ENDINGS = ("token", "secret", "password", "passwd", "apikey", "signature", "sessionid", "key")
_HEX_USER = re.compile(r"[0-9a-f]{24,}")
_NAME_SEPARATORS = str.maketrans("", "", "_.-[]")
_PARAM = re.compile(r"[?&#;]([A-Za-z][\w.\-\[\]]{0,40})=([^&#;]*)")
# A value that names no secret: a word of letters (a mode, a type), a boolean, a short number.
_PLAIN_VALUE = re.compile(r"[A-Za-z]{1,15}|\d{1,6}|true|false|null|none")


def url_bounds(text: str) -> Iterator[tuple[int, int, int]]:
    """(start of the scheme, start after "://", end) of every URL in the text, in order.

    Each character is read once: a URL ends at a character that ends URLs, or where the next URL's
    scheme starts (`https://a,https://b`); a URL written as a parameter of another
    (`?next=https://b`, `/redirect/https%3A...`) stays part of it.
    """
    length = len(text)
    at = text.find("://")
    while at != -1:
        start = at
        while start > 0 and at - start < 32 and text[start - 1] in _SCHEME_CHARS:
            start -= 1
        body = at + 3
        end, limit = body, min(length, body + _MAX_URL)
        following = text.find("://", body, limit)
        while True:
            stop = limit if following == -1 else following
            ends = _URL_END_SEARCH.search(text, end, stop)
            end = stop if ends is None else ends.start()
            if end < stop or following == -1:
                break
            scheme = following
            while scheme > body and following - scheme < 32 and text[scheme - 1] in _SCHEME_CHARS:
                scheme -= 1
            if scheme > body and text[scheme - 1] not in "=?&/%(":  # two URLs glued together
                end = scheme
                break
            end = following + 3  # a URL inside this one's query or path
            following = text.find("://", end, limit)
        if end == limit and limit < length and text[limit] not in _URL_END:
            at = text.find("://", limit)
            continue  # a URL this long is a data blob: the rules that found its parts judge them
        while end > body and (text[end - 1] in _TRAILING
                              or text[end - 1] in ")]" and text.count("([" [text[end - 1] == "]"], body, end)
                              < text.count(text[end - 1], body, end)):
            end -= 1
        if start < at and text[start].isalpha() and end - body >= 4:
            yield start, body, end
        at = text.find("://", max(end, body))


def _secret_userinfo(url_body: str) -> bool:
    """`user:password@host` with a real password, or a token alone before the `@` (a DSN key)."""
    authority = url_body
    for stop in "/?#":
        cut = authority.find(stop)
        if cut != -1:
            authority = authority[:cut]
    if "@" not in authority:
        return False
    userinfo = authority.rsplit("@", 1)[0]
    user, colon, password = userinfo.partition(":")
    if colon:
        return bool(password) and not is_placeholder_value(password) and password.strip("*x") != ""
    return looks_random(user, min_length=16) or _HEX_USER.fullmatch(user) is not None


def _secret_parameter(url_body: str) -> bool:
    """A query or fragment parameter named for a secret, with a value that is one."""
    if "=" not in url_body:
        return False
    for match in _PARAM.finditer(url_body):
        name = match.group(1).lower().translate(_NAME_SEPARATORS)
        if name not in _SECRET_PARAM_NAMES and not name.endswith(_SECRET_PARAM_ENDINGS):
            continue
        value = match.group(2)
        if len(value) < 6 or _PLAIN_VALUE.fullmatch(value) or is_placeholder_value(value):
            continue
        if name in ("code", "st", "ticket", "session", "appid", "access", "invite") and not any(
                c.isdigit() for c in value):
            continue  # ?code=fr, ?session=autumn: a code of something else
        return True
    return False


# A check-in URL's path is its credential: whoever has healthchecks' `hc-ping.com/<uuid>` (or `/ping/<uuid>` on
# a server of one's own), Uptime Kuma's `/api/push/<token>` or Better Stack's `/heartbeat/<token>` can report a job
# as done or failed. Named by a word of its host (`hc-ping`) or by the path segment right before the key.
_CHECK_IN_WORDS = ("ping", "push", "heartbeat", "heartbeats", "checkin", "check-in", "snitch")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# A bot API's path segment `bot<id>:<token>` (Telegram's, also proxied or self-hosted): whatever its length.
_BOT_TOKEN_SEGMENT = re.compile(r"bot\d{6,12}:[A-Za-z0-9_-]{24,}")


def _key_in_path(url_body: str) -> bool:
    """A bot token in the path, or a UUID or a random key in the path of a check-in URL (see _CHECK_IN_WORDS)."""
    host, _, path = url_body.partition("/")
    host_named = any(word in host.lower() for word in _CHECK_IN_WORDS)
    segments = [segment for segment in path.split("?", 1)[0].split("#", 1)[0].split("/") if segment]
    for position, segment in enumerate(segments):
        if _BOT_TOKEN_SEGMENT.fullmatch(segment):
            return True
        if not (host_named or (position and segments[position - 1].lower() in _CHECK_IN_WORDS)):
            continue
        if _UUID.fullmatch(segment) or (looks_random(segment, 10, 3.0) and not is_placeholder_value(segment)):
            return True
    return False


# The asker's own machine: loopback and the address a container reaches its host by.
_OWN_MACHINE_HOST = re.compile(r"(?i)(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|host\.docker\.internal)(?=[:/?#]|$)")


def is_default_local_login(url_body: str) -> bool:
    """`postgres:postgres@localhost:5432/app_dev` (a URL after its scheme): a login whose password repeats its user
    name, on the asker's own machine, is a database image's or a framework's default, as a project's README and its
    `.env.example` write it. It opens nothing anyone else can reach and names no one (round 36, precision36: the
    local `.env` and compose files of the blind negatives; no annotated credential of the readable corpora has this
    form, while a password that differs from its user, or any host elsewhere, stays a credential)."""
    userinfo, at, host = url_body.partition("/")[0].rpartition("@")[0], "@" in url_body, url_body.split("@", 1)[-1]
    user, colon, password = userinfo.partition(":")
    return (at and bool(colon) and bool(user) and password.casefold() == user.casefold()
            and _OWN_MACHINE_HOST.match(host) is not None)


def secret_url_spans(text: str, spans: list[Span]) -> list[Span]:
    """`spans` (this detector's findings) with every URL that carries a secret added whole.

    A URL holding a finding takes that finding's kind class and score; a URL with secret
    userinfo or a secret-named parameter no rule found is a doubtful finding of its own.
    """
    if "://" not in text:
        return spans
    spans = _without_default_local_logins(text, spans)
    ordered = sorted(spans, key=lambda span: span.start)
    starts = [span.start for span in ordered]
    added: list[Span] = []
    for scheme_start, body, end in url_bounds(text):
        at = bisect.bisect_left(starts, body)
        inside = []
        while at < len(ordered) and ordered[at].start < end:
            if ordered[at].end <= end and ordered[at].category == CATEGORY:
                inside.append(ordered[at])
            at += 1
        # a finding that starts before the URL body and reaches into it (a credential URL with its scheme)
        before = bisect.bisect_left(starts, body) - 1
        if before >= 0 and ordered[before].end > body and ordered[before].start >= scheme_start:
            if ordered[before].end >= end:
                continue  # already whole
            inside.append(ordered[before])
        if any(span.start <= body and span.end >= end for span in inside):
            continue
        # A doubtful piece (a random-looking playlist or image id the stand-alone token rule took) does not make
        # the URL secret by itself; the URL's own parts below may.
        sure = [span for span in inside if span.score > DOUBTFUL_SCORE]
        if sure:
            added.append(Span(body, end, "SECRET_URL", CATEGORY, max(span.score for span in sure), DETECTOR_NAME))
            continue
        url_body = text[body:end]
        if is_default_local_login(url_body):
            continue
        if _secret_userinfo(url_body):  # a password in the URL: as sure as the credential-URL rule
            kind, score = "CREDENTIAL_URL", DOUBTFUL_SCORE if looks_written_by_hand(url_body) else 0.7
        elif _secret_parameter(url_body):  # the name says secret, no rule knows the value: doubtful
            kind, score = "SECRET_URL", DOUBTFUL_SCORE
        elif _key_in_path(url_body):
            kind, score = "SECRET_URL", 0.7
        else:
            continue
        added.append(Span(body, end, kind, CATEGORY, score, DETECTOR_NAME))
    return spans + added if added else spans


def _without_default_local_logins(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the findings (of any rule or catalogue) on the userinfo of a URL `is_default_local_login`."""
    if "@" not in text:
        return spans
    defaults = [(body, body + text[body:end].find("@")) for _, body, end in url_bounds(text)
                if is_default_local_login(text[body:end])]
    if not defaults:
        return spans
    return [span for span in spans if span.category != CATEGORY
            or not any(span.start < at and span.end > body for body, at in defaults)]
