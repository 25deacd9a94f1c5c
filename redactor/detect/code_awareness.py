"""Which parts of a text are prose worth NER, and which spans look like code.

NER models were trained on news and web prose; on source code, SQL, stack
traces and logs they tag identifiers as people and places (`getUserName` as a
PERSON, `VARCHAR` as an ORG). So NER runs only on the prose regions of a
segment (`prose_regions`), and whatever it still finds is dropped when the
span text looks like a code token (`looks_like_code_token`; keywords and
public tech terms are the data files code_keywords.txt and tech_terms.txt). Every detector
also keeps clear of placeholders we issued (`drop_placeholder_overlaps`).
"""
from __future__ import annotations

import functools
import itertools
import re
from typing import Sequence

from redactor.detect.base import Span
from redactor.detect.name_parts import NAME_LOWER, NAME_UPPER
from redactor.detect.term_lists import term_list
from redactor.placeholder_syntax import PLACEHOLDER_PATTERN

# --- regions -----------------------------------------------------------------

# Markdown fenced blocks: ``` or ~~~ (3+), closed by the same fence or the end.
_FENCE_OPEN = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*$", re.MULTILINE)
# Inline code: `x` or ``x`` on one line.
_INLINE_CODE = re.compile(r"(`+)[^`\n]+?\1")
_URL = re.compile(r"\b(?:https?|ftp|file|ssh|git|s3|gs)://[^\s<>\"')\]]+|\bwww\.[^\s<>\"')\]]+")
_PATH = re.compile(r"(?<![\w])(?:~|\.{1,2})?(?:/[\w.@+-]+){2,}/?|\b[A-Za-z]:\\[^\s\"']+")

# Lines that are code (or machine output) even when they sit in prose.
# Strong signals: a line starting like this is code whatever words follow.
_CODE_LINE_STRONG = re.compile(
    r"""^\s*(?:
        (?:def|async\s+def|elif|lambda|func|fn|impl|struct|enum|namespace|extern|println|printf|const|var
          |sudo|pip|npm|npx|git|curl|kubectl|docker|helm|terraform)(?:\s|\(|:|$)
      | (?:try|finally|else):$
      | with\s+[\w.]+\(.*:$
      | (?:use|using)\s+\w+.*;$
      | \#include|\#define|\#!|@[\w.]+(?:\(.*)?$|\$\s|>>>\s|PS\s?[A-Z]:\\
      | (?:SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(?:TABLE|INDEX|VIEW|UNIQUE|OR)|ALTER\s+TABLE
          |DROP\s+(?:TABLE|INDEX)|GRANT|WITH\s+\w+\s+AS|FROM\s+\w+|WHERE\s|JOIN\s|PRIMARY\s+KEY|FOREIGN\s+KEY)\b
      | from\s+[\w.]+\s+import\b
      | (?:if|for|while|switch|catch)\s*\(
      | Traceback\s\(most\s+recent
      | File\s+"[^"]+",\s+line\s+\d+
      | at\s+[\w$.<>]+\([\w$.]*(?::\d+)?\)
      | at\s+\S+\s+\(\S+:\d+:\d+\)
      | \w+(?:\.\w+)*(?:Error|Exception|Warning)(?::|$)
      | \d{4}-\d{2}-\d{2}[T\s]\d{2}:\d{2}
      | [-+]{3}\s|@@\s
      | ["'][^"'\s]*["'],?$
      | [a-z_][\w.]*,$
      | [\w.]+\s*:\s*[\w.\[\]|, ]+(?:=\s*\S+)?,$
    )""",
    re.VERBOSE,
)
# Weak signals: code unless the line reads like a sentence.
_CODE_LINE_WEAK = re.compile(
    r"""^\s*(?:
        (?:class|import|return|raise|yield|await|except|function|let|public|private|protected|static|final
          |package|interface|export|module|require|template|assert|del|pass|break|continue|print|echo|throw
          |new|goto|go|defer|select)(?:\s|\(|:|$)
      | type\s+\w+\s*=
      | [\w.-]+\s*=\s*\S
      | "[\w.-]+"\s*:
      | [}\])]
    )""",
    re.VERBOSE,
)
_BRACKETED_EMAIL = re.compile(r"<[^<>@\s]+@[^<>\s]+>")
_CODE_LINE_END = re.compile(r"(?:[;{}]|\)\s*[:{]?|=>|->|\\)\s*$")
_WORD_ASIDE = re.compile(r"(?<=[ \t])\([A-Za-z][\w'’&/.,-]*(?:[ \t]+[A-Za-z][\w'’&/.,-]*){0,4}\)(?=[ \t,.;:]|$)")
_CODE_SYMBOLS = set("{}[]();=<>|&$\\`")
# Where a machine prefix hands over to a message: after "]" or ">" (time, nick), after
# "nick:" or "logger -", or after a log level ("INFO user Maria Okafor requested ...").
_MESSAGE_START = re.compile(
    r"(?:[\]>]:?|(?<=\w):|[ \t][-–—]|\b(?:TRACE|DEBUG|INFO|NOTICE|WARN(?:ING)?|ERROR|ERR|FATAL|CRIT(?:ICAL)?|SEVERE)\b:?)[ \t]+")
_PREFIX_FIELDS = 8
# A double-quoted string (a JSON or CSV cell, a logfmt value): its content.
_QUOTED = re.compile(r'"((?:[^"\\\n]|\\.){12,})"')
# A chat line's prefix, after which all of the line is what a person wrote: "[14:22] <dana> ",
# "10:42 <ops> ", "[2024-05-01 10:42] dana: ".
_CHAT_PREFIX = re.compile(r"[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*|\d{1,2}:\d\d(?::\d\d)?[ \t]+)(?:<[^<>\s]{1,30}>|[\w.-]{1,30}:)[ \t]+")
# Two to five capitalised words on a line of machine output: "user Bongani Dlamini logged in".
# Okafor, O'Brien, Jean-Luc; never ending in a quote ("'Ivan Petrov'"). Pieces are split by one
# punctuation mark each, so a failed match backtracks linearly.
_NAME_RUN_WORD = rf"[{NAME_UPPER}](?:[{NAME_LOWER}]+|['’-][{NAME_UPPER}][{NAME_LOWER}]+)(?:['’-][{NAME_UPPER}]?[{NAME_LOWER}]+)*"
_NAME_RUN = re.compile(rf"(?<![\w@/.\\-]){_NAME_RUN_WORD}(?:[ \t]{_NAME_RUN_WORD}){{1,4}}(?![\w@/\\(]|\.\w)")
# A Markdown table cell: its content.
_TABLE_CELL = re.compile(r"(?<=\|)[ \t]*([^|\n]*[^|\s])[ \t]*(?=\|)")

# Lines that label a person or a company in code comments, commit logs, CODEOWNERS-like
# listings, e-mail headers and tickets ("Author: ...", "Owner = ...", "Signed-off-by: ...").
_NAME_LABEL = re.compile(
    r"""[ \t>*#/-]*(?i:author|co-authored-by|committer|owners?|assignees?|assigned[ \t]to|reviewers?|reviewed-by
    |signed-off-by|approvers?|approved[ \t]by|maintainers?|on-?call|on[ \t]call|contacts?|reporter|reported[ \t]by
    |requested[ \t]by|manager|lead|name|full[ \t]name|customer|client|vendor|company|employer|from|to|cc|bcc|reply-to
    |attendees|members?|team)[ \t]*:""",
    re.VERBOSE,
)
# Python/JS docstring and block-string quotes around a line of prose.
_DOCSTRING_QUOTES = re.compile(r"\"\"\"|'''|^\s*r?\"|\",?\s*$")
# Two to five capitalised words (a name, a company with its suffix), never part of a path or identifier.
_CAPITALISED_RUN = re.compile(
    r"(?<![\w@/.\\-])[A-ZÀ-ÖØ-Þ][A-Za-zà-öø-ÿ'’-]*[a-zà-öø-ÿ][A-Za-zà-öø-ÿ'’.-]*"
    r"(?:[ \t]+(?:&[ \t]+)?[A-ZÀ-ÖØ-Þ][A-Za-zà-öø-ÿ'’.-]*){1,4}(?![\w@/\\])"
)

# Comment bodies in code: the text after the marker.
_COMMENT = re.compile(r"(?:^|(?<=\s))(?P<marker>#+|//+|--|/\*+|\*|<!--|;+|%)\s?(?P<body>[^\n]*)$")
# Words in any European script count ("Weißenböck", "Nguyễn"): a comment naming such a person is still prose.
_PROSE_WORD = re.compile(
    rf"^[\"'(]*[{NAME_UPPER}{NAME_LOWER}][{NAME_LOWER}'’-]*[{NAME_UPPER}{NAME_LOWER}]?[.,;:!?\"')]*$"
    rf"|^[\"'(]*[{NAME_UPPER}][{NAME_UPPER}{NAME_LOWER}'’-]*[.,;:!?\"')]*$"
)


def prose_regions(text: str, segment_kind: str = "prose") -> list[tuple[int, int]]:
    """[start, end) regions of `text` that are natural-language prose.

    - prose / json_value: every line that is not code, SQL, a stack trace or a
      log line; of a line that is (chat exports, logs, JSON or CSV rows, Markdown
      tables pasted into prose), the parts people write in: the message after
      its prefix ("[14:22] <ops> fwiw Bongani said ...", "... INFO user Maria
      Okafor requested a refund"), quoted strings and table cells that read like
      sentences, and its runs of capitalised words; inside fenced code blocks,
      what the code rule below keeps (comments, docstrings, name labels);
    - code: comment bodies and docstring or other lines that read like
      sentences, and lines that label a person ("Author: ...", "# Owner: ...");
    - tool_result: the same, and the runs of capitalised words of every other
      line (listings, tables, CSV rows: "17,Kwame Mensah,+1 415 ..."), since
      tool output is mostly files and logs, but listings and tickets name people.
    Inline code, URLs and file paths are cut out of every region. Regions are
    sorted and do not overlap.
    """
    if not text.strip():
        return []
    fenced = _fenced_block_ranges(text)
    regions: list[tuple[int, int]] = []
    in_prose = segment_kind in ("prose", "json_value")
    for start, end in _line_ranges(text):
        line = text[start:end]
        if not line.strip():
            continue
        if any(f_start <= start < f_end for f_start, f_end in fenced):
            if in_prose and not _FENCE_OPEN.match(line):  # not the fence lines themselves
                # Code pasted in prose reads as code: its comments and docstrings still name people.
                regions.extend((start + r_start, start + r_end) for r_start, r_end in _code_line_regions(line))
            continue
        if in_prose:
            if not line_looks_like_code(line):
                regions.append((start, end))
            else:
                regions.extend((start + r_start, start + r_end) for r_start, r_end in _written_parts(line))
        else:
            parts = _code_line_regions(line)
            if not parts and segment_kind == "tool_result":
                # Listings, tables and CSV rows ("17,Kwame Mensah,+1 415 ..."): the runs of
                # capitalised words, each a region of its own.
                parts = [m.span() for m in _CAPITALISED_RUN.finditer(line)]
            regions.extend((start + r_start, start + r_end) for r_start, r_end in parts)
    # Each pattern needs a character most prose lacks: it runs only where that character occurs.
    patterns = [pattern for pattern, needed in ((_INLINE_CODE, "`" in text), (_URL, "://" in text or "www." in text),
                                                (_PATH, "/" in text or ":\\" in text)) if needed]
    cut = [(m.start(), m.end()) for pattern in patterns for m in pattern.finditer(text)]
    cut.extend((m.start(), m.end()) for m in PLACEHOLDER_PATTERN.finditer(text))
    return _subtract(regions, cut)


def _code_line_regions(line: str) -> list[tuple[int, int]]:
    """The prose of one line of code: a comment body that reads like a sentence or labels a
    person, or a docstring, sentence-like or "Author: ..." line whole."""
    body = _comment_body(line)
    if body is not None and (_reads_like_prose(line[body[0]:body[1]]) or _NAME_LABEL.match(line, body[0], body[1])):
        return [body]
    if _NAME_LABEL.match(line) or _reads_like_prose(_DOCSTRING_QUOTES.sub(" ", line)) and not line_looks_like_code(line):
        return [(0, len(line))]
    return []


def _written_parts(line: str) -> list[tuple[int, int]]:
    """The parts a person wrote of a prose segment's line that reads as code or machine output.

    Chat exports, IRC/Slack/Teams logs and log lines carry a free-text message after a
    machine prefix (time, nick, level, logger); JSON, CSV and logfmt rows carry sentences in
    quoted strings; Markdown tables in cells. Each such part that reads like a sentence is a
    region, and so is every run of two to five capitalised words (a name in a listing row);
    identifiers, paths, statements and key names stay out. Sorted, not overlapping.
    """
    chat = _CHAT_PREFIX.match(line)
    if chat is not None:
        return [(chat.end(), len(line))]
    parts: list[tuple[int, int]] = []
    message_start = _message_start(line)
    if message_start is not None:
        parts.append((message_start, len(line)))
    if '"' in line:
        parts.extend(match.span(1) for match in _QUOTED.finditer(line) if _reads_like_prose(match.group(1)))
    if "|" in line:
        parts.extend(cell.span(1) for cell in _TABLE_CELL.finditer(line) if _reads_like_prose(cell.group(1)))
    parts.extend(match.span() for match in _NAME_RUN.finditer(line))
    return _merged(parts)


def _message_start(line: str) -> int | None:
    """Where the message of a chat or log line starts: the earliest boundary after its machine prefix
    whose rest reads like prose ("[09:16] <bot> yes, Ingrid restarted it"); None if no rest does
    ("... -> prod-eu OK")."""
    # A machine prefix is a few fields long; later boundaries are inside the message or the data.
    for boundary in itertools.islice(_MESSAGE_START.finditer(line), _PREFIX_FIELDS):
        rest = line[boundary.end():]
        # The symbol count (C-speed) rules out most code before the rest is split into words.
        if _code_symbols(rest) <= 2 and _reads_like_prose(rest):
            return boundary.end()
    return None


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def line_looks_like_code(line: str) -> bool:
    """True for a line that is source code, SQL, a stack frame, a log line or config."""
    stripped = line.strip()
    if not stripped:
        return False
    if _CODE_LINE_STRONG.match(stripped):
        return True
    if "(" in stripped:
        # "Jun Park (SRE) and Mei-Ling Chou (PM)": a few words in brackets after a space are an aside, not a call.
        stripped = _WORD_ASIDE.sub(lambda aside: " " * len(aside.group(0)), stripped).strip() or stripped
    if _CODE_LINE_WEAK.match(stripped) or _CODE_LINE_END.search(stripped):
        # A sentence that merely ends in ")" or starts with "From ..." stays prose
        # when it is mostly ordinary words.
        return not _reads_like_prose(stripped, strict=True)
    # Inline `code` in a sentence does not make the sentence code, nor does
    # an e-mail address in angle brackets (a mail header: "To: Ann <ann@x.org>").
    outside_code = _BRACKETED_EMAIL.sub(" ", _INLINE_CODE.sub(" ", stripped))
    symbols = _code_symbols(outside_code)
    return symbols / len(stripped) > 0.06


def _reads_like_prose(text: str, strict: bool = False) -> bool:
    words = text.split()
    if len(words) < 3:
        return False
    if _code_symbols(text) > (0 if strict else 2):
        return False
    wordlike = sum(1 for word in words if _PROSE_WORD.match(word))
    return wordlike / len(words) >= (0.85 if strict else 0.7)


def _code_symbols(text: str) -> int:
    """How many characters of `text` are code symbols (one C-speed count per symbol, not a loop per character)."""
    return sum(map(text.count, _CODE_SYMBOLS))


def _comment_body(line: str) -> tuple[int, int] | None:
    # The marker must start the line or follow whitespace: "a - b" or a "#"
    # inside a URL is not a comment. The earliest such marker wins.
    match = _COMMENT.search(line)
    if match is None:
        return None
    start, end = match.span("body")
    body = line[start:end].rstrip(" */->")
    return (start, start + len(body)) if body.strip() else None


def _fenced_block_ranges(text: str) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    position = 0
    while True:
        opening = _FENCE_OPEN.search(text, position)
        if opening is None:
            return ranges
        fence = opening.group(1)
        closing = re.compile(rf"^[ \t]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.MULTILINE)
        found = closing.search(text, opening.end())
        end = found.end() if found else len(text)
        ranges.append((opening.start(), end))
        position = end


def _line_ranges(text: str) -> list[tuple[int, int]]:
    ranges = []
    start = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line.rstrip("\r\n"))
        ranges.append((start, end))
        start += len(line)
    return ranges


def _subtract(regions: list[tuple[int, int]], cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if not cuts:
        return regions
    cuts = sorted(cuts)
    result: list[tuple[int, int]] = []
    for start, end in regions:
        cursor = start
        for c_start, c_end in cuts:
            if c_end <= cursor or c_start >= end:
                continue
            if c_start > cursor:
                result.append((cursor, c_start))
            cursor = max(cursor, c_end)
        if cursor < end:
            result.append((cursor, end))
    return [(s, e) for s, e in result if e > s]


# --- code tokens ----------------------------------------------------------------

_CODE_CHARS = re.compile(r"[=(){}\[\];<>/\\`|$#@*^~\"]|::|->|=>|\w:\w")
_DOTTED_IDENTIFIER = re.compile(r"\w\.\w")
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){1,4}[A-Z]?\.?$")
_CAMEL = re.compile(r"^[a-z]+[A-Z0-9]\w*$")
# BaseTransport, KeysView; not McDonald, MacKenzie, DeShawn, LaToya, VanDyke.
_PASCAL_IDENTIFIER = re.compile(r"^(?!(?:Mc|Mac|De|Da|Di|Du|La|Le|Van|Von|St|Fitz|O)[A-Z][a-z]+$)[A-Z][a-z0-9]*[A-Z]\w*$")
_CODE_SUFFIX = re.compile(
    r"(?:Service|Client|Manager|Controller|Exception|Error|Handler|Factory|Impl|Config|Repository"
    r"|Provider|Builder|Request|Response|Util|Utils|Helper|Adapter|Wrapper|Interface|Listener|Module"
    r"|Component|Engine|Driver|Parser|Serializer|Validator|Middleware|Router|Schema|Model|Dto|Dao|Type"
    r"|Id|Url|Uri|Api|Json|Xml|Http|Sql|Db|Io|Fn|Func|Callback|Event|Context|Options|Settings|Params)$"
)


def has_code_suffix(word: str) -> bool:
    """Whether `word` ends as class and type names end ("UserService", "KeyError", "AppConfig")."""
    return _CODE_SUFFIX.search(word) is not None


# HTTP header names read as Title-Case words but are protocol vocabulary.
_HTTP_HEADER = re.compile(r"^(?:Content|Accept|Transfer|Cache|Set|User|If|Access|Strict|Proxy|X)-[A-Z][A-Za-z-]*$")
_ALL_CAPS_IDENTIFIER = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]+[0-9]+[A-Z0-9]*$")


# Cached: the name rules ask about the same words many times per request (every
# capitalised word of every window, every rule's candidate), and the answer depends
# on the word and the shipped word lists only.
@functools.lru_cache(maxsize=65536)
def looks_like_code_token(span_text: str) -> bool:
    """True if an NER span is an identifier, keyword, type, path or URL rather than a name."""
    text = span_text.strip()
    if len(text) < 2:
        return True
    if text.isascii() and text.isalpha() and text[0].isupper() and text[1:].islower():
        # One capitalised ASCII word ("Veltrix", the form every new name has): no code character, digit, dot,
        # placeholder, inner capital or constant's form, so of the tests below only the keyword lists can answer.
        folded = text.casefold()
        return folded in term_list("code_keywords") or folded in term_list("tech_terms")
    if _CODE_CHARS.search(text) or "_" in text:
        return True
    letters = sum(ch.isalpha() for ch in text)
    digits = sum(ch.isdigit() for ch in text)
    if letters == 0 or digits > letters:
        return True
    if _DOTTED_IDENTIFIER.search(text) and not _ABBREVIATION.match(text):
        return True
    if PLACEHOLDER_PATTERN.search(text):
        return True
    words = text.split()
    lowered = [word.strip(".,:;'\"").casefold() for word in words]
    keywords, tech_terms = term_list("code_keywords"), term_list("tech_terms")
    if all(word in keywords or word in tech_terms for word in lowered if word):
        return True
    for word in words:
        bare = word.strip(".,:;'\"()")
        if _CAMEL.match(bare) or _PASCAL_IDENTIFIER.match(bare) or _ALL_CAPS_IDENTIFIER.match(bare):
            return True
        if _HTTP_HEADER.match(bare):
            return True
        if len(bare) <= 4 and re.search(r"[a-z][A-Z]", bare):
            return True  # units and short identifiers: GiB, MiB, vCPU, toMs
        if _CODE_SUFFIX.search(bare) and bare != bare.capitalize():
            return True
    if len(words) == 1 and text.isupper() and not _ABBREVIATION.match(text):
        return True  # CLOSED, VARCHAR, HTTP: constants and acronyms, not names
    return False


# --- placeholders -------------------------------------------------------------


def placeholder_ranges(text: str) -> list[tuple[int, int]]:
    """Where placeholders (or look-alikes of them) sit in `text`."""
    if "[" not in text:
        return []
    return [(m.start(), m.end()) for m in PLACEHOLDER_PATTERN.finditer(text)]


def drop_placeholder_overlaps(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` without any that touches a placeholder: we never redact our own output."""
    if not spans:
        return []  # nothing to drop: the text is not searched for placeholders (a pass over all of it)
    ranges = placeholder_ranges(text)
    if not ranges:
        return list(spans)
    return [s for s in spans if not any(s.start < end and start < s.end for start, end in ranges)]
