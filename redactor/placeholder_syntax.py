"""The placeholder format: how a redacted value is written in outgoing text.

There are two forms, chosen by the kind of the value (`make_placeholder`):

Bracket form, ``[[KIND_N]]`` — two ASCII square brackets, an upper-case kind
(``EMAIL``, ``AWS_ACCESS_KEY``), an underscore and a decimal index, e.g.
``[[EMAIL_3]]``. Used for every kind except the code identifier kinds below.
- only ``[``, ``]``, ``_``, letters and digits: nothing that JSON, HTML/XML or
  shell quoting escapes, so a placeholder survives being embedded in a JSON
  string, an HTML page or a quoted code literal unchanged;
- the double bracket is rare in real text and code, so look-alikes are rare,
  and the kind tells the model what sort of value stood there (it can still
  reason "this is an email address").

Identifier form, ``KIND_N_`` — for the names a codebase defines for itself
(`IDENTIFIER_KINDS`: ``DB``, ``TABLE``, ``FUNC``, ``CLASS``, ``MODULE``,
``PACKAGE``, ``SERVICE``, ``HOST``, ``QUEUE``, ``BUCKET``, ``PROJECT``, ``ORG``),
e.g. ``FUNC_2_``. These values stand where code needs an
identifier (``def reconcile_ledger(``, ``FROM billing.invoices``, ``from acme
import``), and ``[[FUNC_2]]`` there would make the code invalid, so the model
could no longer read or edit it. ``FUNC_2_`` is itself an identifier in every
mainstream language (letters, digits and ``_``, starting with a letter), an
unquoted SQL name, a YAML key and a shell word. It also works *inside* a longer
identifier: ``get_orders_staging_conn`` with the database ``orders_staging``
goes out as ``get_DB_1__conn`` and comes back intact. The trailing ``_``
closes the index (``FUNC_2_3`` is ``FUNC_2_`` followed by ``3``) and makes
look-alikes in real code rare; the kind list is closed, so ``MAX_RETRIES_3_``
is never mistaken for one. Where a value is a string (``connect(db="x")``) the
placeholder simply stays inside the quotes.

Models alter placeholders: they lower-case them (``[[email_3]]``,
``func_2_``), markdown-escape them (``\\[\\[EMAIL\\_3\\]\\]``, ``FUNC\\_2\\_``),
or wrap them in ``**`` / backticks. `PLACEHOLDER_PATTERN` tolerates case and
backslash escapes; surrounding markdown is outside the match and is kept. An
identifier-form match needs an identifier edge before it (not a letter or
digit, except the camelCase join ``getFUNC_2_``). A match is only restored when
it names a placeholder the current conversation actually issued (restore.py).
"""
from __future__ import annotations

import re

OPEN = "[["
CLOSE = "]]"

# Kinds written in identifier form. None of them is a prefix of another, and
# no other detector emits them (NER's organisations are ORGANIZATION, org
# lists' are ORG_NAME), so the form of every existing placeholder is unchanged.
IDENTIFIER_KINDS: tuple[str, ...] = ("DB", "TABLE", "FUNC", "CLASS", "MODULE", "PACKAGE", "SERVICE", "HOST",
                                     "QUEUE", "BUCKET", "PROJECT", "ORG")


# Where an identifier placeholder may start: not after an ASCII letter or digit,
# except a camelCase join (``getFUNC_2_``). In raw JSON string text, a JSON
# escape (``\\n``, ``\\u00e9``) ends in a letter or digit but decodes to a
# character that is an edge, so it counts as one (an odd run of backslashes
# makes the escape real; ``\\u0030``-``\\u007f`` are never escaped by JSON encoders). Look-behinds have a
# fixed width, so runs of up to _ESCAPED_BACKSLASHES escaped backslashes before the escape are read; after a
# longer run a placeholder is left as it is (never restored wrongly).
_ESCAPED_BACKSLASHES = 3
_IDENTIFIER_EDGE = r"(?:(?<![A-Za-z0-9])|(?<=[a-z])(?=[A-Z]{2}))"
_JSON_TEXT_IDENTIFIER_EDGE = (
    r"(?:(?<![A-Za-z0-9])|(?<=[a-z])(?=[A-Z]{2})"
    + "".join(rf"|(?<=(?<!\\)\\{{{2 * run + 1}}}[nrtbf])|(?<=(?<!\\)\\{{{2 * run + 1}}}u(?!00[3-7])[0-9A-Fa-f]{{4}})"
              for run in range(_ESCAPED_BACKSLASHES + 1))
    + ")")
# Longest text before a position that the edge patterns look at (the longest escape and the character before it).
EDGE_CONTEXT_LENGTH = 2 * _ESCAPED_BACKSLASHES + 1 + 5 + 1


def identifier_edge_pattern(json_text: bool) -> re.Pattern:
    """Matches (empty) where an identifier placeholder may start, in plain or raw JSON string text."""
    return _JSON_TEXT_EDGE if json_text else _EDGE


def _tolerant_placeholder_regex(backslash: str) -> str:
    """The tolerant matcher for both forms, with `backslash` as the regex for one markdown escape.

    Only a plain space is tolerated inside the brackets (``[[ EMAIL_3 ]]``):
    wider whitespace would need its JSON escapes (``\\n``, ``\\u2028``...)
    mirrored in the JSON-text variant and in the stream hold-back prefix.
    Both forms share the groups "kind" and "index"; group "open" is set for
    the bracket form only.
    """
    escape = f"(?:{backslash})?"
    identifier_kinds = "|".join(IDENTIFIER_KINDS)
    bracket_kind = rf"[A-Za-z][A-Za-z0-9]*(?:{escape}_[A-Za-z0-9]+)*?"
    edge = _JSON_TEXT_IDENTIFIER_EDGE if backslash == r"\\\\" else _IDENTIFIER_EDGE
    return (rf"(?:(?P<open>{escape}\[{escape}\[ ?)|{edge})"
            rf"(?P<kind>(?(open){bracket_kind}|(?i:{identifier_kinds})))"
            rf"{escape}_(?P<index>\d{{1,6}})"
            rf"(?(open) ?{escape}\]{escape}\]|{escape}_)")


class PlaceholderMatcher:
    """A compiled matcher for both forms that is as fast as the bracket form on ordinary text.

    Python's regex engine tries the identifier form's edge test at every
    position (ten times the bracket form's cost on a 16 KB file), and the
    tolerant bracket form costs tens of microseconds per KB too, for every
    segment of every re-sent history. Every placeholder of either form, escaped
    or not, contains "_" followed by a digit (the index), a literal search that
    is nearly free: text without one cannot hold a placeholder, and text without
    "[" can only hold the identifier form. Offers the `re.Pattern` methods the
    code base uses.
    """

    _CANDIDATE = re.compile(r"_\d")

    def __init__(self, backslash: str) -> None:
        self.full = re.compile(_tolerant_placeholder_regex(backslash))
        self.pattern = self.full.pattern

    def _for(self, text: str) -> re.Pattern | None:
        return self.full if self._CANDIDATE.search(text) else None

    def finditer(self, text: str, pos: int = 0):
        pattern = self._for(text)
        return pattern.finditer(text, pos) if pattern is not None else iter(())

    def search(self, text: str, pos: int = 0):
        pattern = self._for(text)
        return pattern.search(text, pos) if pattern is not None else None

    def fullmatch(self, text: str):
        pattern = self._for(text)
        return pattern.fullmatch(text) if pattern is not None else None

    def sub(self, replacement, text: str) -> str:
        pattern = self._for(text)
        return pattern.sub(replacement, text) if pattern is not None else text


# Tolerant matcher for what models send back. Groups "open", "kind", "index".
PLACEHOLDER_PATTERN = PlaceholderMatcher(r"\\")
# The same matcher for text that is the raw inside of a JSON string (streamed
# tool-call arguments): there a markdown escape backslash is itself escaped,
# so ``\\[`` in the raw text is the ``\[`` the decoded string would show.
JSON_TEXT_PLACEHOLDER_PATTERN = PlaceholderMatcher(r"\\\\")
# Exact matcher for placeholders as we emit them (both forms; groups "kind", "index").
CANONICAL_PATTERN = re.compile(
    rf"(?=[\[{''.join(sorted({kind[0] for kind in IDENTIFIER_KINDS}))}])(?:(?P<open>\[\[)|(?<![A-Za-z0-9]))"
    rf"(?P<kind>(?(open)[A-Z][A-Z0-9_]*?|(?:{'|'.join(IDENTIFIER_KINDS)})))"
    rf"_(?P<index>\d{{1,6}})(?(open)\]\]|_)")

_EDGE = re.compile(_IDENTIFIER_EDGE)
_JSON_TEXT_EDGE = re.compile(_JSON_TEXT_IDENTIFIER_EDGE)

# Longest text that can still be an (altered) placeholder; the stream restorer
# holds back at most this many characters.
MAX_PLACEHOLDER_LENGTH = 96


def make_placeholder(kind: str, index: int) -> str:
    """Canonical placeholder text for the index-th value of `kind` (identifier form for code kinds)."""
    normal = normalise_kind(kind)
    if normal in IDENTIFIER_KINDS:
        return f"{normal}_{index}_"
    return f"{OPEN}{normal}_{index}{CLOSE}"


def normalise_kind(kind: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9]+", "_", kind).strip("_").upper()
    return cleaned or "SECRET"


def is_identifier_placeholder(placeholder: str) -> bool:
    """True for a canonical placeholder in identifier form (``FUNC_2_``)."""
    return not placeholder.startswith(OPEN)


def canonical_from_match(match: re.Match) -> str:
    """The canonical placeholder a tolerant (or canonical) match refers to."""
    kind = match.group("kind").replace("\\", "").upper()
    return make_placeholder(kind, int(match.group("index"))) if not match.group("open") and \
        kind in IDENTIFIER_KINDS else f"{OPEN}{kind}_{int(match.group('index'))}{CLOSE}"


def could_be_placeholder_prefix(tail: str) -> bool:
    """True if `tail` (a suffix of streamed text) could still grow into a bracket placeholder.

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


def could_be_identifier_placeholder_prefix(tail: str) -> bool:
    """True if `tail`, starting at an identifier edge, could still grow into an identifier placeholder.

    ``FU``, ``FUNC``, ``func_``, ``FUNC_2``, ``FUNC\\_2``: yes. ``FUNC_2_`` is
    complete (nothing it grows into changes its meaning), ``FUNX`` never will be.
    """
    if not tail or len(tail) >= MAX_PLACEHOLDER_LENGTH:
        return False
    match = _IDENTIFIER_PREFIX_PATTERN.fullmatch(tail.replace("\\", ""))
    if match is None:
        return False
    kind = match.group("kind").upper()
    if match.group("index") is None:
        return any(known.startswith(kind) for known in IDENTIFIER_KINDS)
    return kind in IDENTIFIER_KINDS


_PREFIX_PATTERN = re.compile(r"\[(?:\[ ?(?:[A-Za-z][A-Za-z0-9_]*)?(?: ?\]?)?)?")
_IDENTIFIER_PREFIX_PATTERN = re.compile(r"(?P<kind>[A-Za-z]+)(?:_(?P<index>\d{0,6}))?")
