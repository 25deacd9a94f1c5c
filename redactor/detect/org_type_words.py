"""An organisation named by the word that says what kind it is, in the languages of European traffic (round 19).

Schools, clinics, councils, associations, foundations and shops are named by a type word of their language and a
name: "Stadtwerke Bad Kreuzbach", "Gemeente Oosterveld", "Colegio San Ignacio de Loyola", "Mairie de
Saint-Ouen-les-Vignes", "Hôpital Privé du Val d'Orge", "Szkoła Podstawowa nr 12", "Cooperativa Agrícola Vale do
Sousa"; Turkish and the Nordic languages put the word last: "Kadıköy Belediyesi", "Norrtälje kommun". The model
often finds such names in part (it stops at "do", "d'", "nr 12" or a tail in small letters) or calls them a person;
a placeholder over half the name leaks the rest. The property is the type word and the name run beside it:

- a type word of `redactor/data/org_type_words.yaml` `before`, written with a capital, then one to six name words:
  capitalised words (hyphenated and elided ones too), numbers after a number mark ("nr 12", "No. 3"), and the
  connectors names are written with ("de", "del", "do", "d'", "van", "von", "und", "&" ...) between two of them;
- a type word of `after` (any case: "kommun", "Belediyesi") after one to four capitalised words.

A run of words English capitalises for other reasons (org_capitalised_common), calendar words and stop words end the
name. Doubtful ORGANIZATION (a type word and a name are an organisation, but a public body named in a public role is
one too): redacted on the wire, not reported by an audit. Cost: the type words are found by the shared keyword scan;
each hit costs one anchored regex match bounded by its line.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator


from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import keyword_positions, lowered_same_length
from redactor.detect.name_parts import CALENDAR_WORDS
from redactor.detect.term_lists import before_after_lists, stop_words

_CONNECTORS = ("de|del|de la|de las|de los|des|du|de l'|d'|do|da|dos|das|di|della|delle|dei|degli|van|van de|"
               "van der|von|von der|der|den|zum|zur|am|im|an der|auf der|la|las|los|le|les|y|e|et|und|&")
_NAME_WORD = r"[^\W\d_][\w'’.-]*"
_NUMBER_MARK = r"(?:nr\.?|no\.?|n[°º]|№|núm\.?|n\.)[ \t]?[0-9]+[a-zA-Z]?"
# One name word after a space or an elided connector ("Val d'Orge"), a number after a number mark, or a connector
# and a name word.
# Words of a name are joined by spaces: a tab is a table's cell boundary, and a name never crosses one.
_NEXT = (rf"(?:[ ]+(?:{_NUMBER_MARK}|(?:(?:{_CONNECTORS})[ ]+|d['’]|l['’])?{_NAME_WORD})|[ ]*d['’]{_NAME_WORD})")
_RUN_AFTER = re.compile(rf"(?:{_NEXT}){{1,6}}", re.IGNORECASE)
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'’.-]*[ ]+){1,4}\Z")
_SPLIT = re.compile(rf"[ \t]+|(?<=['’])")
# A name in quotes after the type word: guillemets, low-high and curly quotes, straight double quotes; it opens with
# a capital or a digit ("банк «Восток»", "école « Les Lilas »", "Stiftung „Lesen“").
_QUOTED_NAME = re.compile(r"[ \t]*[«„“\"][ \t]?(?P<first>[^\W_])[^«»„“”\"\n]{0,58}[»“”\"]")
_CONNECTOR_WORDS = frozenset(word for phrase in _CONNECTORS.split("|") for word in phrase.split())


@functools.lru_cache(maxsize=1)
def type_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(before, after): the type words of redactor/data/org_type_words.yaml, checked at start-up."""
    return before_after_lists("org_type_words.yaml")


def _is_name_word(word: str) -> bool:
    """A capitalised word or a number that may be part of a name (no stop or calendar word)."""
    if word[0].isdigit():
        return True
    folded = word.casefold().rstrip(".")
    return word[0].isupper() and folded not in stop_words() and folded not in CALENDAR_WORDS


def _name_end(text: str, start: int) -> int:
    """End of the name run that starts right at `start` (a space before it), or `start` when there is none."""
    match = _RUN_AFTER.match(text, start)
    if match is None:
        return start
    end = start
    for piece in re.finditer(_NEXT, match.group(0), re.IGNORECASE):
        words = [word for word in _SPLIT.split(piece.group(0).strip()) if word]
        last = re.sub(r"^[dl]['’]", "", words[-1], flags=re.IGNORECASE) or words[-1]
        if not re.fullmatch(_NUMBER_MARK, piece.group(0).strip(), re.IGNORECASE) and not _is_name_word(last):
            break  # a word in small letters, a stop or calendar word ends the name (the connector before it too)
        if end > start and _ends_a_sentence(text[start:end].rsplit(None, 1)[-1]):
            break  # "... bij Nhà thuốc Minh Châu. Trả lời": the next sentence's first word is no part of the name
        end = start + piece.end()
    if end > start and _ends_a_sentence(text[:end].rsplit(None, 1)[-1]):
        end -= 1  # a sentence's full stop, not an abbreviation's ("St.", "Nr.")
    return end


def _ends_a_sentence(word: str) -> bool:
    """A name word followed by a sentence's full stop, not an abbreviation ("Châu.", not "St.", "Nr.", "F.lli")."""
    body = word[:-1]
    return word.endswith(".") and "." not in body and sum(character.isalpha() for character in body) >= 3


def _longest_at(lowered: str, position: int, words: tuple[str, ...]) -> str:
    return max((word for word in words if lowered.startswith(word, position)), key=len)


def organisations_by_type_word(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of a type word and the name beside it (see module doc)."""
    before, after = type_words()
    lowered = lowered_same_length(text)
    for position in sorted(set(keyword_positions(lowered, before))):
        word = _longest_at(lowered, position, before)
        end = position + len(word)
        if position and (text[position - 1].isalnum() or text[position - 1] in "_-/@.") \
                or end < len(text) and (text[end].isalnum() or text[end] in "_-/@."):
            continue  # inside a word or an identifier
        quoted = _QUOTED_NAME.match(text, end)
        if quoted is not None and not quoted.group("first").islower():
            # "МЦ „Здравица“", "в банке «Восток»": the quotes say name, whatever the type word's case
            yield Span(position, quoted.end(), "ORGANIZATION", "org", DOUBTFUL_SCORE, detector)
            continue
        if not text[position].isupper():
            continue  # the word in small letters ("das gymnasium")
        name_end = _name_end(text, end)
        if name_end > end:
            yield Span(position, name_end, "ORGANIZATION", "org", DOUBTFUL_SCORE, detector)
    for position in sorted(set(keyword_positions(lowered, after))):
        word = _longest_at(lowered, position, after)
        end = position + len(word)
        if not position or text[position - 1] != " " or end < len(text) and (text[end].isalnum() or text[end] in "_-/@"):
            continue
        match = _WORDS_BEFORE.search(text, max(0, position - 80), position)
        if match is None:
            continue
        start = position
        for word in reversed(list(re.finditer(r"\S+", match.group(0)))):
            if _is_name_word(word.group(0)):
                start = match.start() + word.start()
            elif word.group(0).casefold() not in _CONNECTOR_WORDS:
                break  # "Jag jobbar på Norrtälje kommun": the name is the capitalised run before the type word
        if start < position:
            yield Span(start, end, "ORGANIZATION", "org", DOUBTFUL_SCORE, detector)
