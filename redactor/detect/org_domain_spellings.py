"""An organisation's name in words that spells the domain the same text writes from or links to.

A company's people write from its domain and its pages live under it (`nferris@quillmarshfreight.com`,
`https://www.harrow-finch.co.uk/book`), and the same text names the company in words: "Quillmarsh Freight can take
the pallets", "Harrow & Finch Nursing". The domain's label is the name with its blanks, capitals and connectors
taken out. That correspondence is the structural reading: a run of capitalised words whose letters, joined, are
exactly a domain label of the same text is that organisation's name, whatever its words are (three everyday words,
"Tiny Tots Relief" of `tinytotsrelief.com`, name nothing to a model or a word list; spelled out by the domain,
they are a name). email_domains.py spreads a label's own spellings (one word, or two common words); this reads
the name from the text, so a name of any number of words, in any capitalisation ("BrightStep Staffing"), is found.

The run: two words or more, each with a capital first letter (or one word with a capital inside, "QuillMarsh"),
joined by blanks and the connectors names use ("&", "and", "of", "the", "+", "-"); its folded letters (accents
dropped or, as German and Nordic domains write them, spelled out: "ä" `ae`; small letters, letters and digits
only, connectors "&" and "+" dropped) equal the registrable label of a
domain in the text (the label before the public suffix, hyphens dropped), of at least six letters. Public mail
providers and big platforms are no one's employer (`gmail`, `outlook`, `github`). Doubtful (0.55) like the other
spellings read from a domain: the wire redacts it, and the engine spreads the found name to the conversation.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.ascii_spellings import ascii_spelling
from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.public_mail_providers import PUBLIC_MAIL_LABELS

_KIND = "ORGANIZATION"
_MIN_LETTERS = 6
_MAX_WORDS = 6
# A domain written as an e-mail's, a link's or a `www.` name's.
_DOMAIN = re.compile(r"(?:@|://|\bwww\.)(?P<host>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+)")
# A word of a name: a capital letter first (any Latin, Greek or Cyrillic capital), then letters, digits, apostrophes.
_WORD = re.compile(r"[^\W\d_][\w'’]*|&|\+")
# Small words that join a name's capitalised words and belong to it.
_CONNECTORS = frozenset({"&", "+", "and", "of", "the", "n", "y", "et", "und", "e", "de", "du", "des", "van", "von"})


def names_spelled_by_domains(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of capitalised runs whose letters spell a domain label of `text` (module doc)."""
    if "@" not in text and "://" not in text and "www." not in text:
        return
    labels = _labels(text)
    if not labels:
        return
    words = [(match.start(), match.end(), match.group()) for match in _WORD.finditer(text)]
    for index, (start, _, word) in enumerate(words):
        if not word[:1].isupper():
            continue
        spellings = ("", "")  # the run's letters with accents dropped, and as German and Nordic domains write them
        names = 0
        inner_capital = False
        end = start
        for position in range(index, min(index + 2 * _MAX_WORDS, len(words))):
            word_start, word_end, piece = words[position]
            if position > index and not _joined(text, end, word_start):
                break
            if piece[:1].isupper():
                names += 1
                inner_capital = inner_capital or any(letter.isupper() for letter in piece[1:])
            elif piece.lower() not in _CONNECTORS:
                break
            spellings = tuple(spelled + ascii_spelling(piece, expanded=expanded, digits=True)
                              for spelled, expanded in zip(spellings, _SPELLINGS))
            end = word_end
            if not any(label.startswith(spelled) for label in labels for spelled in spellings):
                break
            if (any(spelled in labels for spelled in spellings) and piece[:1].isupper()
                    and (names >= 2 or inner_capital)):
                yield Span(start, end, _KIND, "org", DOUBTFUL_SCORE, detector)
                break


def _joined(text: str, end: int, start: int) -> bool:
    """Two words of one name: one blank (or none around `&`, a hyphen) between them, no line break or comma."""
    gap = text[end:start]
    return len(gap) <= 2 and all(character in " -" for character in gap)


# A domain writes a name's letters in ASCII, transliterated ("käse" -> `kase`) or as German and the Nordic languages
# spell them ("käse" -> `kaese`, "bjørn" -> `bjoern`): ascii_spellings.py, which logins_of_people.py reads too.
_SPELLINGS = (False, True)  # expanded or not


def _labels(text: str) -> frozenset[str]:
    """The registrable labels (hyphens dropped) of the domains `text` writes, less public providers'."""
    from redactor.detect.infra import public_suffixes

    labels = set()
    for match in _DOMAIN.finditer(text):
        domain = match.group("host").lower().rstrip(".-")
        suffix = public_suffixes().publicsuffix(domain)
        if not suffix or suffix == domain:
            continue
        label = domain[:-len(suffix) - 1].rsplit(".", 1)[-1]
        if label in PUBLIC_MAIL_LABELS:
            continue
        joined = label.replace("-", "")
        if len(joined) >= _MIN_LETTERS and joined.isalpha():
            labels.add(joined)
    return frozenset(labels)
