"""People named in a file's name: `appeal_whitcombe_darnell_2291.pdf`, `Nagy_Zsofia_igazolas.pdf`,
`tests/fixtures/dana_levi_case.json`, `Rent_receipts_ODwyer_2025.pdf` (round 39, people39).

Whoever files a person's papers names the file after the person: scans and letters in a download folder, exports
per customer, fixtures cut from one member's case, attachments of a mail. The file's name is the only place the
person is written, in lower case or ASCII ("Zsofia" for "Zsófia", "ODwyer" for "O'Dwyer"), glued by `_`, `-` or
`.` to words of the document's kind; no model reads a file name, and the identifier forms of a found name
(name_identifiers.py) need the name found elsewhere first. people_in_test_names.py reads the same thing in a
test's identifier.

The structural reading: a file name is a run of non-blank characters ending in a known extension (documents,
images, data, mail, code). Its stem is cut into pieces at `_`, `-`, `.` and blanks are never inside. A piece is a
name piece when it is letters only, two letters or more, no ordinary word of a language (name_parts), no software
name, and a name list holds it, compared without accents (Faker's world first names and surnames, the census
lists). Then:

- two name pieces side by side, one of them a listed first name or both listed surnames
  (`dana_levi`, `nagy_zsofia`, `ebersole_quiroga`, `horvath-balogh_istvan`), are a person (0.7) — a pair of
  names is how files are named after people, in either order (a word no list holds beside a first name stays:
  in a file name it is as often a word of another language, `berlet` of `Istvan_berlet`);
- a listed surname of five letters or more alone among ordinary words and numbers is a person only in the name
  of a document, scan or data file, never of code (`receipts_odwyer_2025.pdf`; `dijkstra.py` stays): doubtful
  (0.55), the wire redacts it and an audit does not report it.

Each piece is its own span, so the separators stay and each piece spreads like any found name part.
Cost: one regex over the text for file names; list look-ups per piece.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.name_parts import is_ordinary_word, is_software_name
from redactor.detect.term_lists import first_names, surnames, world_first_names, world_surnames

_PAIR_SCORE = 0.7
_SINGLE_SCORE = 0.55
_MIN_SINGLE_LENGTH = 5

_CODE_EXTENSIONS = ("py", "ts", "tsx", "js", "jsx", "java", "kt", "go", "rs", "rb", "php", "cs", "cpp", "c", "h",
                    "swift", "scala", "sh", "sql", "ipynb", "r")
_DOCUMENT_EXTENSIONS = ("pdf", "doc", "docx", "odt", "rtf", "txt", "md", "pages", "xls", "xlsx", "ods", "csv",
                        "tsv", "numbers", "ppt", "pptx", "key", "jpg", "jpeg", "png", "heic", "gif", "tif", "tiff",
                        "webp", "bmp", "svg", "mp3", "m4a", "wav", "ogg", "mp4", "mov", "eml", "msg", "ics", "vcf",
                        "zip", "7z", "rar", "gz", "json", "jsonl", "ndjson", "yaml", "yml", "xml", "html", "htm",
                        "parquet", "avro", "feather", "pkl", "dta", "sav", "log", "bak")
_EXTENSIONS = sorted({*_CODE_EXTENSIONS, *_DOCUMENT_EXTENSIONS}, key=len, reverse=True)
# A file name: characters of a path component (no blank, quote, bracket, separator of a list or a path), then a
# known extension not glued to a further letter or digit. The stem must hold a separator or start with a letter.
_FILE_NAME = re.compile(
    r"(?<![^\s/\\\"'`(\[<{|,;:=*>])(?P<stem>[^\W_][^\s/\\\"'`()\[\]<>{}|,;:=*]*?)\.(?P<ext>"
    + "|".join(_EXTENSIONS) + r")(?![\w.]\w)", re.IGNORECASE)


def _fold(word: str) -> str:
    """Lower case without accents: "Zsófia" and "zsofia" are one name."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@functools.lru_cache(maxsize=1)
def _folded_first_names() -> frozenset[str]:
    return frozenset(_fold(name) for name in (*first_names(), *world_first_names()))


@functools.lru_cache(maxsize=1)
def _folded_surnames() -> frozenset[str]:
    return frozenset(_fold(name) for name in (*surnames(), *world_surnames()))


def _kind(piece: str) -> str:
    """'first', 'surname' or '' for a piece of a file's stem (module doc: a name piece)."""
    if len(piece) < 2 or not piece.isalpha() or is_ordinary_word(piece) or is_software_name(piece):
        return ""
    folded = _fold(piece)
    if is_ordinary_word(folded):
        return ""
    if folded in _folded_first_names():
        return "first"
    if folded in _folded_surnames():
        return "surname"
    return ""


def people_in_file_names(text: str, detector: str) -> Iterator[Span]:
    """PERSON spans of the name pieces in file names of `text` (module doc)."""
    if "." not in text:
        return
    for match in _FILE_NAME.finditer(text):
        stem_start = match.start("stem")
        stem = match.group("stem")
        if not any(separator in stem for separator in "_-.") and len(stem) < _MIN_SINGLE_LENGTH:
            continue
        pieces = [(piece.start() + stem_start, piece.end() + stem_start, piece.group())
                  for piece in re.finditer(r"[^_\-.]+", stem)]
        kinds = [_kind(piece) for _, _, piece in pieces]
        taken: set[int] = set()
        for index in range(len(pieces) - 1):
            left, right = kinds[index], kinds[index + 1]
            if left and right and ("first" in (left, right) or left == right == "surname"):
                taken.update((index, index + 1))
        for index in sorted(taken):
            start, end, _ = pieces[index]
            yield Span(start, end, "PERSON", "pii", _PAIR_SCORE, detector)
        if taken or match.group("ext").casefold() in _CODE_EXTENSIONS:
            continue
        # A surname beside a first name that is also a word ("Lopez_Maria", "Okafor_Rose") is a pair this reading
        # cannot confirm; the joined-names reading takes it whole when the person is found elsewhere
        # (name_identifiers.py), and a lone piece here would cut that finding in two, leaving the first name out.
        if any(_fold(piece) in _folded_first_names() for _, _, piece in pieces):
            continue
        for index, (start, end, piece) in enumerate(pieces):
            if kinds[index] == "surname" and len(piece) >= _MIN_SINGLE_LENGTH:
                yield Span(start, end, "PERSON", "pii", _SINGLE_SCORE, detector)
