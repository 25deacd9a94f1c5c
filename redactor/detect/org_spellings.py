"""One organisation written in two syntaxes of the same text: `blue-heron-clinics` and "Blue Heron".

Code, configuration and the notes around them name a customer once as an identifier and once as people say it:
an enum member `BLUE_HERON_CLINICS = "blue-heron-clinics"` and a comment "# workaround for Blue Heron: their SFTP
server ...", a tenant list `["orchid-bay-resorts"]` and "# Orchid Bay is in beta", a customers map key
`meridian-shipping:` and the mailbox `ap@meridianshipping.gr`. Each spelling alone is too weak to redact: a slug or
a constant of dictionary words reads as anything in code (`dark-mode`, `LOG_LEVEL = "log-level"`), a capitalised
pair as a product or a heading. The same words written in two *different* syntaxes of one text are one name:
generic words are written as identifiers, not also as the proper noun or the mailbox domain of a party.

The property is structural: the word sequence of an identifier (kebab, snake, screaming snake or Pascal case, two
to four words, letters only) equal to, or continuing, the word sequence of another spelling in the same text:

- a capitalised run in prose or a comment (one to three capitalised words) that stands as a name: after a word in
  small letters, a comma or a comment mark, or of two capitalised words or more (sentence case capitalises one),
  and followed by no further capitalised word. The run is a strict prefix of the identifier's words (the
  identifier adds what the firm is: "Orchid Bay" of `orchid-bay-resorts`), or equal to them when a word of it is
  no common English word; a run of one word is no common word, four letters or more ("Hollowell" of
  `hollowell-partners`);
- a mailbox or web domain's registrable label that is the identifier's words run together (`meridianshipping`);
- the same words in a second identifier syntax (`ODUYA_AGRO` and `oduya-agro`), when a word is no common word: a
  coined word is a name, while `LOG_LEVEL`/`log-level` pairs of dictionary words are code's own vocabulary.

No word may be a tech term, a code keyword or a software name, nor a calendar or stop word. Every spelling of a
corroborated name in the text is a doubtful ORGANIZATION (0.55: the wire redacts it, an audit does not report it),
and the engine's propagation carries it to the rest of the conversation. Cost: one regex pass each for identifiers,
capitalised runs and domains, only on texts that hold an identifier of two words or more.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import CALENDAR_WORDS, english_zipf, is_software_name
from redactor.detect.organisation_parts import name_without_edge_numbers, no_common_word
from redactor.detect.term_lists import stop_words, term_list

_KIND = "ORGANIZATION"
_MAX_WORDS = 4
_MIN_COINED = 4
# wordfreq's Zipf scale: interface and document words sit above ("Dark" 5.0, "Mode" 4.6), names' words below.
_RARE_ZIPF = 4.0
# Identifiers of two to four words of letters: kebab, snake, screaming snake, Pascal case. Bounded so that a piece
# of a longer identifier (`FLAG_NEW_ROUTING_FOR_X`) is read through the whole identifier's words.
_IDENTIFIER = re.compile(
    r"(?<![\w-])(?:[a-z]{2,}(?:-[a-z]{2,})+|[a-z]{2,}(?:_[a-z]{2,})+|[A-Z]{2,}(?:_[A-Z]{2,})+|"
    r"[A-Z][a-z]+(?:[A-Z][a-z]+)+)(?![\w-])")
_PASCAL_WORD = re.compile(r"[A-Z][a-z]+")
_WORD = re.compile(r"[^\W\d_]+")
_MAX_RUN = 3
# A mailbox's or URL's host: the label right after "@" or "//" (and "www."), before its next dot.
_DOMAIN_LABEL = re.compile(r"(?:@|//(?:www\.)?)([a-z0-9]+(?:-[a-z0-9]+)*)\.[a-z]")
_COMMENT_MARK = re.compile(r"(?:#|//|/\*|\*|--|;)[ ]*\Z")
_NEEDS = re.compile(r"[a-z]-[a-z]|[a-z]_[a-z]|[A-Z]_[A-Z]|[a-z][A-Z]")


def corroborated_spellings(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of every spelling of a name written in two syntaxes of `text` (module doc)."""
    if not _NEEDS.search(text):
        return
    # words -> places (start, end, syntax, whole identifier or a run of its words)
    identifiers: dict[tuple[str, ...], list[tuple[int, int, str, bool]]] = {}
    for match in _IDENTIFIER.finditer(text):
        pieces, syntax = _identifier_pieces(match.group(0))
        for size in range(2, min(len(pieces), _MAX_WORDS) + 1):
            for first in range(len(pieces) - size + 1):
                window = pieces[first:first + size]
                words = tuple(word for word, _, _ in window)
                if _plain_words(words):
                    identifiers.setdefault(words, []).append(
                        (match.start() + window[0][1], match.start() + window[-1][2], syntax, size == len(pieces)))
    if not identifiers:
        return
    runs: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for start, end, words in _capitalised_runs(text):
        if _stands_as_name(text, start, len(words)) and _plain_words(words):
            runs.setdefault(words, []).append((start, end))
    domains = {match.group(1).replace("-", "") for match in _DOMAIN_LABEL.finditer(text)}
    for words, places in identifiers.items():
        coined = any(len(word) >= _MIN_COINED and no_common_word(word) for word in words)
        whole = any(place[3] for place in places)
        evidence: list[tuple[int, int]] = []
        for size in range(1, len(words) + 1 if whole else 0):
            run = words[:size]
            if run in runs and _run_names_it(run, size < len(words), coined):
                evidence.extend(runs[run])
        joined = "".join(words)
        by_domain = whole and joined in domains and len(joined) >= 2 * _MIN_COINED
        by_syntax = coined and len({place[2] for place in places}) > 1
        if not (evidence or by_domain or by_syntax):
            continue
        for start, end, _, _ in places:
            yield Span(start, end, _KIND, "org", DOUBTFUL_SCORE, detector)
        for start, end in evidence:
            yield Span(start, end, _KIND, "org", DOUBTFUL_SCORE, detector)


def _run_names_it(run: tuple[str, ...], strict_prefix: bool, coined: bool) -> bool:
    """Whether a capitalised run of an identifier's first words corroborates it (module doc)."""
    if len(run) == 1:
        return len(run[0]) >= _MIN_COINED and no_common_word(run[0])
    if coined:
        return True
    # Dictionary words only: the identifier goes on after them (what the firm is), and one of them is rarer than the
    # words interfaces and documents capitalise ("Blue Heron", not "Dark Mode" of `dark-mode-toggle`).
    return strict_prefix and min(map(english_zipf, run)) < _RARE_ZIPF and not any(
        word in _capitalised_common() for word in run)


def _identifier_pieces(identifier: str) -> tuple[list[tuple[str, int, int]], str]:
    """The identifier's words (folded) with their offsets in it, and its syntax."""
    if "-" in identifier or "_" in identifier:
        syntax = "kebab" if "-" in identifier else "snake" if identifier.islower() else "screaming"
        pieces = re.finditer(r"[A-Za-z]+", identifier)
    else:
        syntax = "pascal"
        pieces = _PASCAL_WORD.finditer(identifier)
    return [(piece.group(0).casefold(), piece.start(), piece.end()) for piece in pieces], syntax


def _plain_words(words: tuple[str, ...]) -> bool:
    """No word is code's or the calendar's own vocabulary or a stop word, and the words together name no public
    software (a word alone may: "pebble", "meridian" are package names as well as firms' words)."""
    technical = term_list("tech_terms"), term_list("code_keywords")
    return not any(word in vocabulary for word in words for vocabulary in technical) and not any(
        word in CALENDAR_WORDS or word in stop_words() for word in words
    ) and not is_software_name("-".join(words)) and not (len(words) == 1 and is_software_name(words[0]))


def _capitalised_runs(text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """Maximal runs of one to three capitalised words (a capital, then small letters) joined by single blanks, not
    touching a digit, "_", "-", "." or an apostrophe (identifiers, paths, versions): (start, end, folded words)."""
    run: list[re.Match] = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        title = word[0].isupper() and (len(word) == 1 or word[1:].islower()) and len(word) > 1
        edges = text[match.start() - 1:match.start()] + text[match.end():match.end() + 1]
        clean = not any(mark in edges for mark in "_-.'’/@") and not any(char.isdigit() for char in edges)
        if run and (not title or not clean or text[run[-1].end():match.start()] != " "):
            yield from _run_of(run)
            run = []
        if title and clean:
            run.append(match)
        elif run:
            yield from _run_of(run)
            run = []
    yield from _run_of(run)


def _run_of(run: list[re.Match]) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    if 1 <= len(run) <= _MAX_RUN:
        yield run[0].start(), run[-1].end(), tuple(match.group(0).casefold() for match in run)


def _stands_as_name(text: str, start: int, size: int) -> bool:
    """A capitalised run that names something: of two capitalised words or more (sentence case capitalises one),
    or one word inside a sentence (after a word in small letters or a comma, and one blank) or a comment."""
    if size >= 2:
        return True
    before = text[text.rfind("\n", 0, start) + 1:start]
    if _COMMENT_MARK.search(before):
        return True
    return before.endswith(" ") and not before.endswith("  ") and (before[-2:-1] == "," or before[-2:-1].islower())


def _capitalised_common() -> frozenset[str]:
    from redactor.detect.org_capitalised_words import _capitalised_common as common

    return common()
