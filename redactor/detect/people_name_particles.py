"""People's names held together by a particle that is a name part and nothing else: Singh and Kaur.

Every Sikh man's name carries Singh and every Sikh woman's Kaur, between the given name and the family name
("<given> ਸਿੰਘ <family>", "<given> ਕੌਰ"), in Gurmukhi and in Devanagari. Faker has no Punjabi person provider, so a
name in Gurmukhi is found by neither names_in_scripts.py nor the model; the particle finds it whatever the given and
family names are:

- the word before the particle (letters and marks of the particle's script, not a title or a frequent word of the
  script) and the particle are a PERSON (0.7);
- a second word before it joins when it is a name word too and the line has no punctuation between ("ਜਗਦੀਪ ਸਿੰਘ"
  alone is the usual form, but "ਮਨ ਪ੍ਰੀਤ ਕੌਰ" is written too): only in Devanagari, where wordfreq tells a verb or a
  noun from a name; Gurmukhi takes one;
- the word after the particle is the family name unless it is a postposition, particle or auxiliary of Punjabi or
  Hindi (a closed class: `_NOT_FAMILY_NAMES`), a frequent word of the script, or a title; recall first: a family
  name is the usual third word, a verb after a two-word name costs one word.

Cost: two substring tests on text that is not ASCII.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.names_in_scripts import is_common_word_of_its_script
from redactor.detect.term_lists import script_titles

SCORE = 0.7
_PARTICLES = ("ਸਿੰਘ", "ਕੌਰ", "सिंह", "कौर")
_PARTICLE = re.compile("(?<![\u0900-\u0a7f])(?:" + "|".join(_PARTICLES) + ")(?![\u0900-\u0a7f])")
_WORD_BEFORE = re.compile(r"([\u0900-\u0a7f\u200c\u200d]+)[ \t]\Z")
_WORD_AFTER = re.compile(r"[ \t]([\u0900-\u0a7f\u200c\u200d]+)")
# Postpositions, case markers, honorific particles and auxiliaries that follow a name in Punjabi and Hindi: they end
# the name, they are no family name (a closed class of the grammar, not a catalogue of names).
_NOT_FAMILY_NAMES = frozenset(
    "ਨੇ ਜੀ ਦਾ ਦੀ ਦੇ ਨੂੰ ਤੋਂ ਤੇ ਨਾਲ ਲਈ ਵੱਲੋਂ ਅਤੇ ਹੈ ਹਨ ਸੀ ਸਨ ਵੀ ਹੀ ਜਾਂ ਨੇਂ ਕੋਲ ਵਿੱਚ ਉੱਤੇ ਬਾਰੇ ਅੱਜ ਕੱਲ੍ਹ "
    "ने जी का की के को से पर में और है हैं था थी थे भी ही या लिए साथ द्वारा आज कल".split())


def _is_name_word(word: str) -> bool:
    return (all(char.isalpha() or unicodedata.category(char)[0] == "M" or char in "\u200c\u200d" for char in word)
            and word not in _NOT_FAMILY_NAMES and word not in _PARTICLES and word not in script_titles()
            and not is_common_word_of_its_script(word))


def people_by_name_particles(text: str, detector: str) -> Iterator[Span]:
    """PERSON spans of the names around Singh or Kaur in Gurmukhi or Devanagari (see the module doc)."""
    if text.isascii() or not any(particle in text for particle in _PARTICLES):
        return
    for particle in _PARTICLE.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, particle.start() - 40), particle.start())
        if before is None or not _is_name_word(before.group(1)):
            continue
        start = before.start(1)
        if particle.group() in ("सिंह", "कौर"):
            earlier = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if earlier is not None and _is_name_word(earlier.group(1)):
                start = earlier.start(1)
        end = particle.end()
        after = _WORD_AFTER.match(text, end)
        if after is not None and _is_name_word(after.group(1)):
            end = after.end(1)
        yield Span(start, end, "PERSON", "pii", SCORE, detector)
