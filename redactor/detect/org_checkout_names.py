"""The coined name a checkout's folder opens with: `~/code/<name>-core`, `/work/<name>-rx/reporting`.

Teams name repositories after the organisation or the internal project they belong to, then what the code does:
`<org>-api`, `<org>-ios`, `<project>-bidder`, `<org>_etl`; a working directory holds them directly under the
folders every developer skips (`/Users/ana/dev/<org>-frontdesk-ios`, `C:\\src\\<org>\\Wallet.Api`,
`/builds/<group>/<project>` of a CI runner), and a coding agent's system prompt, a `pwd` or a shell prompt prints
that directory. org_owner_folders.py reads the owner of `<root>/<owner>/<repository>`; this module reads the first
word of the first folder below the root, whatever follows it (one folder, or a repository's own folders), and the
first word of the repository under an owner, when that word names something on its own: a word no language of the
traffic writes often (Zipf below 2.5 in English and the other Latin-script languages: `quillstone`, `halyard`,
`meridale`; coined words are ~0), at least four letters, and no public software, tech term, code keyword or listed
company (`~/src/ripgrep/crates`, `~/code/fastapi-users`, `~/dev/react-admin` stay, and so do `billing-api`,
`fares-engine`, `rezervace`: words of a language). Writers of every layout produce the structure: a repository of a
private organisation is named by its private name.

Doubtful (0.55), labelled as the deployer (engine._as_deployers) so the slug spreads to its other spellings in the
conversation (`@<name>/widget`, `cz.<name>.rezervace`, `<NAME>-WEB-2J1`, `<name>_claims.parquet`).
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import is_ordinary_word, is_software_name
from redactor.detect.org_deploying import _highest_zipf
from redactor.detect.org_owner_folders import _PATH, _an_owner, _file_name, _pieces, _skipped
from redactor.detect.org_public_companies import is_public_company
from redactor.detect.term_lists import stop_words, term_list
# Rarer than this in every Latin-script language of the traffic: the word names something on its own.
from redactor.detect.org_other_forms import _RARE_ZIPF

_KIND = "ORGANIZATION"
_MIN_LETTERS = 4
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_CAMEL_PIECE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# A compound of common words (`quillstone`, `gatewright`) names something when the language hardly writes it at all;
# one it writes now and then is a term (`healthcheck` 1.1, `changelog` 2.3).
_ORDINARY_COMPOUND_ZIPF = 1.0
_COMMON_PIECE_ZIPF = 3.0
# Folder pieces of tutorials, demos and exercises: nobody's product.
_EXERCISE_WORDS = frozenset("""demo demos example examples sample samples tutorial tutorials starter template templates
    playground poc kata katas exercise exercises homework workshop course boilerplate scaffold""".split())


def checkout_names(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of the coined first word of a checkout's first folders (module doc)."""
    if "/" not in text and "\\" not in text:
        return
    for match in _PATH.finditer(text):
        folders_start = match.start("folders")
        pieces = _pieces(match.group("folders"))
        named = [(end, piece) for end, piece in pieces if not _skipped(piece)]
        if not named:
            continue
        candidates = [named[0]]
        if len(named) == 2 and named[0] == pieces[-2] and _an_owner(named[0][1]):
            candidates.append(named[1])  # `<owner>/<project>-bidder`: the repository's codename too
        for end, folder in candidates:
            if (end, folder) == pieces[-1] and _file_name(folder):
                continue  # `~/code/quillstone-notes.md`: a file, not a checkout
            word = _FIRST_WORD.match(folder)
            if word is None or word.start() != 0 or not _coined(word.group()):
                continue
            if any(piece.casefold() in _EXERCISE_WORDS for piece in re.split(r"[-_.]", folder)):
                continue  # `lims-demo`, `furigana-sample`: a tutorial's or a demo's folder, no one's product
            start = folders_start + end - len(folder)
            yield Span(start, start + word.end(), _KIND, "org", DOUBTFUL_SCORE, detector)


def _common_piece(piece: str) -> bool:
    """A piece of a joined name that is a word of the language (`Todo`, `Api`, `app`)."""
    return is_ordinary_word(piece) or _highest_zipf(piece.casefold()) >= _COMMON_PIECE_ZIPF


def _coined(word: str) -> bool:
    """Whether the first word of a folder names something on its own (module doc). Under an owner, whose folder
    already says whose code it is, a compound of common words is what the code does (`sportsbook-gateway`)."""
    if len(word) < _MIN_LETTERS:
        return False
    folded = word.casefold()
    if folded in stop_words() or folded in term_list("tech_terms") or folded in term_list("code_keywords"):
        return False
    if is_software_name(folded) or is_public_company(word) or is_public_company(word.capitalize()):
        return False
    pieces = _CAMEL_PIECE.findall(word)
    if len(pieces) > 1 and all(map(_common_piece, pieces)):
        return False  # `TodoApi`, `ContactsDemo`: words of the language joined in CamelCase
    if folded.startswith("my") and len(folded) > 4 and _common_piece(folded[2:]):
        return False  # `myapp`, `myproject`: a placeholder
    if is_ordinary_word(folded) and _highest_zipf(folded) >= _ORDINARY_COMPOUND_ZIPF:
        return False  # `healthcheck`, `changelog`: a compound of common words the language writes
    return _highest_zipf(folded) < _RARE_ZIPF
