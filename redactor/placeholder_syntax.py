"""The placeholder format: how a redacted value is written in outgoing text.

Format: ``[[KIND_N]]`` — two ASCII square brackets, an upper-case kind
(``EMAIL``, ``AWS_ACCESS_KEY``), an underscore and a decimal index, e.g.
``[[EMAIL_3]]``.

Why this shape:
- only ``[``, ``]``, ``_``, letters and digits: nothing that JSON, HTML/XML or
  shell quoting escapes, so a placeholder survives being embedded in a JSON
  string, an HTML page or a quoted code literal unchanged;
- the double bracket is rare in real text and code, so look-alikes are rare,
  and the kind tells the model what sort of value stood there (it can still
  reason "this is an email address");
- models sometimes alter it: lower-case it (``[[email_3]]``), markdown-escape it
  (``\\[\\[EMAIL\\_3\\]\\]``), or wrap it in ``**`` / backticks. `PLACEHOLDER_PATTERN`
  tolerates case and backslash escapes; surrounding markdown is outside the match
  and is kept. A match is only restored when it names a placeholder the current
  conversation actually issued (see restore.py).
"""
from __future__ import annotations

import re

OPEN = "[["
CLOSE = "]]"


def _tolerant_placeholder_regex(backslash: str) -> str:
    """The tolerant matcher, with `backslash` as the regex for one markdown escape.

    Only a plain space is tolerated inside the brackets (``[[ EMAIL_3 ]]``):
    wider whitespace would need its JSON escapes (``\\n``, ``\\u2028``...)
    mirrored in the JSON-text variant and in the stream hold-back prefix.
    """
    escape = f"(?:{backslash})?"
    return (rf"{escape}\[{escape}\[ ?(?P<kind>[A-Za-z][A-Za-z0-9]*(?:{escape}_[A-Za-z0-9]+)*?)"
            rf"{escape}_(?P<index>\d{{1,6}}) ?{escape}\]{escape}\]")


# Tolerant matcher for what models send back. Group "kind" and "index".
PLACEHOLDER_PATTERN = re.compile(_tolerant_placeholder_regex(r"\\"))
# The same matcher for text that is the raw inside of a JSON string (streamed
# tool-call arguments): there a markdown escape backslash is itself escaped,
# so ``\\[`` in the raw text is the ``\[`` the decoded string would show.
JSON_TEXT_PLACEHOLDER_PATTERN = re.compile(_tolerant_placeholder_regex(r"\\\\"))
# Exact matcher for placeholders as we emit them.
CANONICAL_PATTERN = re.compile(r"\[\[(?P<kind>[A-Z][A-Z0-9_]*?)_(?P<index>\d{1,6})\]\]")

# Longest text that can still be an (altered) placeholder; the stream restorer
# holds back at most this many characters.
MAX_PLACEHOLDER_LENGTH = 96


def make_placeholder(kind: str, index: int) -> str:
    """Canonical placeholder text for the index-th value of `kind`."""
    return f"{OPEN}{normalise_kind(kind)}_{index}{CLOSE}"


def normalise_kind(kind: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9]+", "_", kind).strip("_").upper()
    return cleaned or "SECRET"


def canonical_from_match(match: re.Match) -> str:
    """The canonical placeholder a tolerant match refers to."""
    kind = match.group("kind").replace("\\", "").upper()
    return f"{OPEN}{kind}_{int(match.group('index'))}{CLOSE}"


def could_be_placeholder_prefix(tail: str) -> bool:
    """True if `tail` (a suffix of streamed text) could still grow into a placeholder.

    Used by the stream restorer to decide how much to hold back. It may say
    True for a few strings that never complete (holding back a little longer is
    harmless); it never says False for a real placeholder prefix.
    """
    if not tail or len(tail) >= MAX_PLACEHOLDER_LENGTH:
        return False
    unescaped = tail.replace("\\", "")
    if not unescaped:
        # "\\" may start an escaped "\\[", and in raw JSON text "\\\\" may.
        return len(tail) <= 2
    return bool(_PREFIX_PATTERN.fullmatch(unescaped))


_PREFIX_PATTERN = re.compile(r"\[(?:\[ ?(?:[A-Za-z][A-Za-z0-9_]*)?(?: ?\]?)?)?")
