"""A list that holds a login holds logins: the other login-shaped items of a list where one login was found.

On-call rotas, reviewer lists, `getent group` members, JSON arrays of approvers, the items of a bullet list, a
column of names one per line: people list accounts in lists, and a list holds one kind of item. Once any
detector found a login in a list (a cue, a mention, a login built of a name), its siblings shaped like logins
(lower case, letters and digits joined by "." "_" "-", no English word, code keyword or tech term, no file name
or version) are logins too, whether or not they read as one alone ("amartin" beside "jnovak" and "pkumar").
Two list forms, found around each login span:

- a run of lines of one item each with the same marker (`- x`, `* x`, `1. x`, or none): the lines above and below;
- items of one line separated by commas, optionally quoted (`["hkim", "s.ito"]`, `cc: r.okafor, tpham3, mkhan`);
- the values of a one-line map of roles (`owner: jmarsh, backup: tokoro`, `{lead: "jnovak", deputy: "pkumar"}`): the
  keys differ, the values are of one kind.

Doubtful (0.55): on the wire doubt means redact; `redactor audit` does not report them. Linear: each line and
each inline list is walked once however many logins it holds.
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.detect import term_lists
from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import is_common_word, is_ordinary_word
from redactor.detect.people_in_structure import PERSON_ROLE_WORDS
from redactor.detect.rule_files import term_list as rule_term_list

_DETECTOR = "logins"
_KIND = "USERNAME"
_LOGIN = re.compile(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,2}")
# One item first on its line, after an optional list marker or a count column, and before the rest of the line in
# one of a few layouts (round 15): nothing; a note in brackets or after a dash ("- pmartin (frontend)", "* obi —
# QA"); a colon and text (a chat speaker or a YAML key: "kaur.s: pushed the fix", "  pmartin: viewer"); a gap of two
# spaces or a tab (a column of tool output: `who`, `git shortlog -sn`, `last`). The lines of one list share the
# marker and the layout.
_LINE_ITEM = re.compile(r"[ \t]*(?P<marker>[-*•+]|\d{1,3}[.)]|\d{1,6}(?=[ \t]))?[ \t]*@?(?P<item>[^\s,;:|()\[\]]{2,40})"
                        r"(?P<tail>[ \t]*\r?\Z|[ \t]+[(\[]|[ \t]+[-—–][ \t]|:[ \t]|:\r?\Z|\t|[ \t]{2,}\S)")
_INLINE_SEP = re.compile(r"[ \t]*,[ \t]*")
# One `key: value` pair of a one-line map: opening the line or a brace, or after a comma or ";"; a value of one token.
_MAP_PAIR = re.compile(r"(?:^|(?<=[{,;])|(?<=[{,;][ \t]))[ \t]*[\"']?(?P<key>[A-Za-z][\w-]{0,24})[\"']?[ \t]*[:=][ \t]*"
                       r"(?P<quote>[\"']?)(?P<value>[^\s,;\"'{}\[\]]{2,40})(?P=quote)(?=[ \t]*(?:[,;}]|\r?$))")
_QUOTES = "\"'`"
_MAX_LIST_LINES = 200
# Unix groups listed beside members: "groups: jnovak, docker, wheel, sudo".
_NOT_PEOPLE_GROUPS = frozenset("sudo wheel staff users adm admins audio video plugdev netdev dialout cdrom lpadmin".split())
_FILE_ENDINGS = frozenset("""py js ts json yaml yml toml md txt csv log sh cfg conf ini xml html css go rs java rb php
    sql lock env com org net io dev app ai co uk de fr eu local internal lan""".split())


def logins_in_lists(text: str, spans: Sequence[Span]) -> list[Span]:
    """USERNAME spans for the login-shaped siblings of a found login in a line list or an inline list."""
    logins = [span for span in spans if span.kind == _KIND]
    if not logins:
        return []
    taken = {(span.start, span.end) for span in spans}
    seen_lines: set[int] = set()
    seen_inline: set[int] = set()
    found: list[Span] = []
    for span in logins:
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        line_end = len(text) if line_end == -1 else line_end
        if line_start in seen_lines or line_start in seen_inline:
            continue
        item = _LINE_ITEM.match(text[line_start:line_end])
        if item is not None and line_start + item.start("item") <= span.start and span.end <= line_start + item.end(
                "item"):
            marker = _layout(item)
            for start, end in _line_siblings(text, line_start, line_end, marker, seen_lines):
                if (start, end) not in taken:
                    taken.add((start, end))
                    found.append(Span(start, end, _KIND, "pii", DOUBTFUL_SCORE, _DETECTOR))
            continue
        seen_inline.add(line_start)
        for start, end in [*_inline_siblings(text, line_start, line_end, span),
                           *_map_siblings(text, line_start, line_end, span)]:
            if (start, end) not in taken:
                taken.add((start, end))
                found.append(Span(start, end, _KIND, "pii", DOUBTFUL_SCORE, _DETECTOR))
    return found


def _marker_kind(marker: str | None) -> str:
    if not marker:
        return ""
    if marker.isdigit():
        return "#"  # a count column: "   41  achebe-dev"
    return "1." if marker[0].isdigit() else marker


def _layout(match: re.Match) -> str:
    """The line's list layout: its marker's kind and what follows the item (see _LINE_ITEM)."""
    tail = match.group("tail").strip(" \r")
    if not tail:
        kind = ""
    elif tail[0] in "([":
        kind = "("
    elif tail[0] in "-—–":
        kind = "-"
    elif tail[0] == ":":
        kind = ":"
    else:
        kind = "gap"
    return _marker_kind(match.group("marker")) + "|" + kind


def _line_siblings(text: str, line_start: int, line_end: int, marker: str, seen: set[int]):
    """The login items of the lines above and below one item line with the same marker."""
    seen.add(line_start)
    # below
    position = line_end + 1
    for _ in range(_MAX_LIST_LINES):
        if position > len(text):
            break
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        item = _item_of_line(text, position, end, marker)
        if item is None:
            break
        seen.add(position)
        yield from item
        position = end + 1
    # above
    end = line_start - 1
    for _ in range(_MAX_LIST_LINES):
        if end < 0:
            break
        start = text.rfind("\n", 0, end) + 1
        item = _item_of_line(text, start, end, marker)
        if item is None:
            break
        seen.add(start)
        yield from item
        end = start - 1


def _item_of_line(text: str, start: int, end: int, marker: str) -> list[tuple[int, int]] | None:
    """[(start, end)] of the line's login item, [] for an item of the list that is no login, None when the line is
    no item of a list with this marker (a blank line, a sentence, another marker)."""
    match = _LINE_ITEM.match(text[start:end])
    if match is None or _layout(match) != marker:
        return None
    value = match.group("item").strip(_QUOTES)
    offset = match.group("item").find(value)
    item_start = start + match.start("item") + offset
    if not marker.endswith("|") and (value != match.group("item") or not _no_word_in(value)):
        return []  # a quoted key (JSON) or a key of words ("github_token:", "max_retries  3") beside a login
    if _is_login_item(value):
        return [(item_start, item_start + len(value))]
    return []


def _inline_siblings(text: str, line_start: int, line_end: int, span: Span):
    """The login items of a comma-separated list the span is a whole item of, quoted the way it is."""
    quote = text[span.start - 1] if span.start > line_start and text[span.start - 1] in _QUOTES else ""
    if quote and text[span.end:span.end + 1] != quote:
        return
    left, right = span.start - len(quote), span.end + len(quote)
    while left > line_start and text[left - 1] == "@":
        left -= 1
    opens = re.search(r"(?:^|[\[(:=]|,)[ \t]*\Z", text[max(line_start, left - 8):left])
    closes = re.match(r"[ \t]*(?:[,\])]|\r?$)", text[right:line_end + 1] if right < line_end else "")
    if opens is None or closes is None:
        return
    if not (opens.group(0).lstrip().startswith(",") or closes.group(0).strip().startswith(",")):
        return  # a list has a comma beside the item
    if not quote and _is_table_row(text, line_start, line_end):
        return  # "web3,us-east-1,ops": the cells of a CSV row are values of different columns, not a list
    item = re.compile(re.escape(quote) + r"@?([^\s,\"'`\[\]()]{2,40})" + re.escape(quote))
    position = right
    for _ in range(50):  # rightwards
        sep = _INLINE_SEP.match(text, position, line_end)
        if sep is None:
            break
        match = item.match(text, sep.end(), line_end)
        if match is None or not re.match(r"[ \t]*(?:[,\])]|\r?$)", text[match.end():line_end + 1]):
            break
        if _is_login_item(match.group(1)):
            yield match.span(1)
        position = match.end()
    position = left
    for _ in range(50):  # leftwards
        window = max(line_start, position - 48)
        match = re.search(re.escape(quote) + r"@?([^\s,\"'`\[\]()]{2,40})" + re.escape(quote) + r"[ \t]*,[ \t]*\Z",
                          text[window:position])
        if match is None:
            break
        item_start = window + match.start()
        if not re.search(r"(?:^|[\[(:=,])[ \t]*@?\Z", text[max(line_start, item_start - 8):item_start]):
            break
        if _is_login_item(match.group(1)):
            yield window + match.start(1), window + match.end(1)
        position = item_start
    return


def _map_siblings(text: str, line_start: int, line_end: int, span: Span) -> list[tuple[int, int]]:
    """The other values of a one-line map of two or more pairs the span is a whole value of, when every key names a
    person's role and every other value reads as a login: a map of people's roles, not a setting's or a record's
    fields (`host: db1, port: 5432, user: kpatel`; `"project": "website-redesign", "owner": "ana"`)."""
    line = text[line_start:line_end]
    pairs = list(_MAP_PAIR.finditer(line))
    if not all(_is_role_key(pair.group("key")) for pair in pairs):
        return []
    values = [(line_start + pair.start("value"), line_start + pair.end("value")) for pair in pairs]
    if len(values) < 2 or (span.start, span.end) not in values:
        return []
    others = [(start, end) for start, end in values if (start, end) != (span.start, span.end)]
    return others if all(_is_login_item(text[start:end]) for start, end in others) else []


# Keys of a map of people's roles: the role words of people_in_structure and the roles a rota pairs with them.
_ROTA_ROLES = frozenset({"backup", "deputy", "primary", "secondary", "shadow", "standby"})


def _is_role_key(key: str) -> bool:
    words = key.lower().replace("-", "_").split("_")
    return " ".join(words) in PERSON_ROLE_WORDS or "".join(words) in PERSON_ROLE_WORDS or words[-1] in _ROTA_ROLES \
        or words[-1] in PERSON_ROLE_WORDS


def _is_table_row(text: str, line_start: int, line_end: int) -> bool:
    """Whether the line above or below has as many commas (a CSV row among rows)."""
    commas = text.count(",", line_start, line_end)
    above_end = line_start - 1
    if above_end > 0:
        above_start = text.rfind("\n", 0, above_end) + 1
        if text.count(",", above_start, above_end) == commas:
            return True
    if line_end < len(text):
        below_end = text.find("\n", line_end + 1)
        below_end = len(text) if below_end == -1 else below_end
        if text.count(",", line_end + 1, below_end) == commas:
            return True
    return False


def _no_word_in(value: str) -> bool:
    """Whether no part of a compound item is an English word or a tech term (a login's tag such as "dev" may be)."""
    parts = re.split(r"[._-]", value)
    if len(parts) == 1:
        return True
    terms = term_lists.term_list("tech_terms")
    return not any(len(part) >= 3 and (is_common_word(part) or part in terms) and part not in _LOGIN_TAGS
                   for part in parts)


_LOGIN_TAGS = frozenset("dev adm admin ops test old new ext work wrk sec priv alt bak tmp sa da".split())


def _is_login_item(value: str) -> bool:
    if not 2 <= len(value) <= 32 or _LOGIN.fullmatch(value) is None:
        return False
    if value.isdigit() or re.fullmatch(r"v?\d+(?:[._-]\d+)*", value):
        return False
    parts = re.split(r"[._-]", value)
    if len(parts) > 1 and parts[-1] in _FILE_ENDINGS and "." in value:
        return False
    if is_ordinary_word(value) or is_common_word(value):
        return False
    return (value not in _NOT_PEOPLE_GROUPS and value not in rule_term_list("role_accounts")
            and value not in term_lists.term_list("tech_terms") and value not in term_lists.term_list("code_keywords"))
