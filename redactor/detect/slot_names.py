"""A slot's name in English words, whatever its language, script or naming style (round 28, issue 12).

A value is personal or secret because of the slot that holds it (a key, column, setter, flag or header), and slot
names are written every way: `mbr_fname`, `strLastName`, `u_home_phone`, `X-Customer-Id`, `contraseña`,
`nom_usuari`, `社員番号`, `رقم_العميل`. `english_slot` turns such a name into the English words the field rules
of pii_fields.py and the host slots of infra_resource_slots.py are written in (`member_first_name`,
`last_name`, `home_phone`, `customer_id`, `password`, `user_name`, `employee_number`, `customer_number`), so one
table of rules serves every language and style.

The words are data (redactor/data/slot_words.yaml): abbreviations of code, words of several languages, pieces of
scripts written without spaces, the storage prefixes dropped (`str`, `dt`, `u_`) and the head words that
languages written head first put before what they qualify (`numero_cliente` -> customer_number).
A name none of whose words is known comes back as its words in lower case, which no rule matches.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml

_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "slot_words.yaml"
# Letters NFKD does not split into a base and an accent.
_FOLDED = str.maketrans({"ø": "o", "æ": "ae", "đ": "d", "ł": "l", "ı": "i", "œ": "oe", "ß": "ss"})
# camelCase and PascalCase boundaries (`strLastName`, `XMLHttpId`), and letters beside digits (`ssn4`, `line1`).
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
# (Indic vowel signs and Arabic marks are no \w but belong to their word.)
_WORD_BREAK = re.compile(r"(?:[^\w\u0600-\u06ff\u0900-\u097f]|_)+")
# Scripts written without spaces between words: a key in them is cut into known pieces.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


class SlotWordsError(ValueError):
    """slot_words.yaml is malformed; the message names what."""


def fold_latin_accents(word: str) -> str:
    """Latin accents dropped ("contraseña" -> contrasena, "fødsel" -> fodsel); other scripts' marks kept (Devanagari)."""
    word = word.translate(_FOLDED)
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue  # an accent on a Latin letter
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


@lru_cache(maxsize=1)
def _document() -> dict:
    """slot_words.yaml, parsed once for every reader below."""
    document = yaml.safe_load(_WORDS_FILE.read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        raise SlotWordsError(f"{_WORDS_FILE.name}: expected a mapping")
    return document


class _Vocabulary(NamedTuple):
    words: dict[str, str]  # a word or phrase, lower case without Latin accents -> its English words
    pieces: dict[str, str]  # a piece of a key in a script written without spaces -> its English words
    prefixes: frozenset[str]
    scripts: frozenset[str]
    particles: frozenset[str]
    heads: frozenset[str]
    describers: frozenset[str]
    longest_phrase: int


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    document = _document()
    try:
        words = {fold_latin_accents(str(word).lower()): str(english) for word, english in document["words"].items()}
        pieces = {str(piece): str(english) for piece, english in document["pieces"].items()}
        prefixes = frozenset(map(str, document["prefixes"]))
        scripts = frozenset(map(str, document["scripts"]))
        particles = frozenset(map(str, document["particles"]))
        heads = frozenset(map(str, document["heads"]))
        describers = frozenset(map(str, document["describers"]))
    except (KeyError, AttributeError, TypeError) as exc:
        raise SlotWordsError(f"{_WORDS_FILE.name}: expected words, pieces, prefixes, scripts, particles, heads and describers "
                             f"({exc})") from None
    longest_phrase = max(word.count("_") for word in words) + 1
    return _Vocabulary(words, pieces, prefixes, scripts, particles, heads, describers, longest_phrase)


@lru_cache(maxsize=1)
def slot_vocabulary() -> frozenset[str]:
    """Every word and piece the vocabulary knows, lower case, as written and without Latin accents: what a scan
    for slot names looks for."""
    written = {str(word).lower() for word in _document()["words"]}
    vocabulary = _vocabulary()
    return frozenset(written) | frozenset(vocabulary.words) | frozenset(vocabulary.pieces)


class NumberWords(NamedTuple):
    """The words that say "number of" in a record's label (slot_words.yaml `number_words`), lower case."""
    after: frozenset[str]  # end a label: "račun br.", "табельный номер"
    front: frozenset[str]  # stand before the noun they number: "номер договора", "số hợp đồng"
    endings: tuple[str, ...]  # end a compound: "ügyfélszám", "sopimusnro"


@lru_cache(maxsize=1)
def number_words() -> NumberWords:
    """The number words of every language slot_words.yaml knows (record_ids.py reads labels with them)."""
    try:
        section = _document()["number_words"]
        after, front, endings = (tuple(str(word).lower() for word in section[part])
                                 for part in ("after", "front", "endings"))
    except (KeyError, TypeError) as exc:
        raise SlotWordsError(f"{_WORDS_FILE.name}: expected number_words with after, front and endings ({exc})") from None
    return NumberWords(frozenset(after) | frozenset(front), frozenset(front), endings)


@lru_cache(maxsize=64)
def spellings_meaning(last_words: frozenset[str]) -> tuple[str, ...]:
    """The vocabulary's words and pieces (as written, lower case) whose English ends in one of `last_words`
    (`{"employer", "company"}` -> arbeitgeber, empresa, 所属会社, 회사명, ...): cues for a detector of those slots."""
    document = _document()
    entries = {**document["words"], **document["pieces"]}
    return tuple(sorted(str(word).lower() for word, english in entries.items()
                        if str(english).rpartition("_")[2] in last_words))


def _cut_unspaced(word: str, pieces: dict[str, str]) -> list[str]:
    """`社員番号` -> [employee_number]; `会員ID` -> [member, id]: the longest known piece at each place."""
    longest = max(map(len, pieces))
    out: list[str] = []
    unknown = ""
    position = 0
    while position < len(word):
        for size in range(min(longest, len(word) - position), 0, -1):
            english = pieces.get(word[position:position + size])
            if english is not None:
                if unknown:
                    out.append(unknown)
                    unknown = ""
                out.append(english)
                position += size
                break
        else:
            unknown += word[position]
            position += 1
    if unknown:
        out.append(unknown)
    return out


@lru_cache(maxsize=8192)
def english_slot(name: str) -> str:
    """The English words of the slot `name`, joined by "_" (see the module docstring); "" for no words."""
    words_of, pieces, prefixes, scripts, particles, heads, describers, longest_phrase = _vocabulary()
    raw = [fold_latin_accents(word.lower()) for word in _WORD_BREAK.split(_CAMEL.sub("_", name.strip()))
           if word and not word.isdigit()]
    if len(raw) > 1 and raw[0] in prefixes:
        raw = raw[1:]  # `strLastName`, `u_home_phone`, `X-Customer-Id`
    raw = [word for word in raw if word not in scripts] or raw  # `name_cn`, `nameKana`: a name in some script
    english: list[str] = []
    translated = False
    position = 0
    while position < len(raw):
        for size in range(min(longest_phrase, len(raw) - position), 0, -1):  # phrases first (`mot_de_passe`)
            phrase = "_".join(raw[position:position + size])
            if phrase in words_of:
                english.append(words_of[phrase])
                translated = translated or words_of[phrase] != phrase
                position += size
                break
        else:
            word = raw[position]
            if _UNSPACED.search(word):
                english.extend(_cut_unspaced(word, pieces))
                translated = True
            else:
                english.append(word)
            position += 1
    english = [word for word in english if word not in particles] or english
    # Head first (`numero_cliente`, `id_client`, `nom_usuari`, `رقم_العميل`): the head word moves last. Not in a name
    # that needed no translating and describes its head (`address_format`, `name_format`, `id_type`,
    # `address.country`): that slot holds a format, a type or a country, no address, name or id.
    if len(english) > 1 and english[0] in heads and (translated or not describers.intersection(english[1:])):
        rest = english[1:]
        # `date_naissance` -> birth_date: the translation may already end in the head word.
        english = rest if rest[-1].split("_")[-1] == english[0] else rest + english[:1]
    return "_".join(english)


@lru_cache(maxsize=8)
def label_spellings(meanings: frozenset[str]) -> frozenset[str]:
    """The vocabulary's words and pieces whose English is exactly one of `meanings`, lower case, as prose writes a
    label: a phrase's words joined by a space or a hyphen (`mot de passe`, `palavra-passe`, `kata sandi`), and, for a
    word with Latin accents, its spelling without them too (`hasło`, `haslo`)."""
    document = _document()
    entries = {**document["words"], **document["pieces"]}
    spellings: set[str] = set()
    for word, english in entries.items():
        if str(english) not in meanings:
            continue
        word = str(word).lower()
        for written in {word, fold_latin_accents(word)}:
            spellings.update({written.replace("_", " "), written.replace("_", "-")})
    return frozenset(spellings)


@lru_cache(maxsize=1)
def password_label_words() -> frozenset[str]:
    """Every word that names a password slot (a value of any shape): term_lists.yaml's `secret_label_password_words`
    (Wi-Fi key names and cues) and the slot vocabulary's words for a password or passphrase in every language."""
    from redactor.detect.rule_files import term_list  # a data reader of the same layer

    return term_list("secret_label_password_words") | label_spellings(frozenset({"password", "passphrase", "passcode"}))


@lru_cache(maxsize=1)
def code_label_words() -> frozenset[str]:
    """Every word that names a PIN or a code slot (a number): `pin`, `pinkode`, `koden`, `código`, `קוד`, `код`."""
    return label_spellings(frozenset({"pin", "code"})) - password_label_words()


# The parts of an address that say the fields around them are an address (address_records.py).
ADDRESS_ANCHOR_PARTS = frozenset({"street", "postcode", "po_box"})


@lru_cache(maxsize=1)
def address_part_words() -> dict[str, str]:
    """Each word that names a part of a postal address (slot_words.yaml `address_parts`), lower case, as written and
    without Latin accents, with `_` between words -> the part it names (street, house_number, postcode, city...)."""
    try:
        section = _document()["address_parts"]
        parts = {str(word).lower(): str(part) for part, words in section.items() for word in words}
    except (KeyError, AttributeError, TypeError) as exc:
        raise SlotWordsError(f"{_WORDS_FILE.name}: expected address_parts, a mapping of parts to words ({exc})") from None
    return {**{fold_latin_accents(word): part for word, part in parts.items()}, **parts}
