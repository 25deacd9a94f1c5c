"""How code and tool output spell a found organisation: its slug in paths, packages, service names and labels.

A coding agent's tool results name the organisation that owns the repository, and its customers, the way code
writes them: the Go module of a stack trace (`merrowvane/internal/shipments.(*Router)`), a deployment path
(`/srv/stagebox/booking/views.py`, `/var/log/nordlicht/worker.jsonl`), a logfmt service (`svc=aldaia-tickets`), a
branch (`fix-riverside`), a label list (`["billing", "riverside"]`), a schema prefix. The slug is the name in lower
case, without accents (`cupula` of "Revista Cúpula"), transliterated (`argo` of "Αργώ", `huaxin` of "华信优选"), or
its first words run together (`merrowvane` of "Merrow & Vane Private Bank").

organisation_parts.py already spreads a found name's distinctive word in lower case where the word is no compound
of common words; elsewhere it refuses lower case, because in prose "riverside" or "northpaw" reads as words again.
This module gives those spellings back, but for code positions only: the engine looks for them as pieces of a code
token (the match touches `/`, `_`, `-`, `=`, `@`, `::`, a `.` between letters, or is a whole quoted string), never as
a word of a sentence. The structural fact is the position, not a vocabulary: a lower-case word that is a path
segment or a service name while the request names an organisation of that word is the organisation's slug.

Sources are confident findings of organisations of two words or more (or of one in a script without letter case,
whose words are not spaced) and of multi-word names (a doubtful guess, a vendor's name read
from its URL, must not reach its paths; NER often reads an organisation in an agent's system prompt, "session for Nordlicht Spedition", as a person; its slug is as
sensitive either way). Refused: words under four letters, legal forms, stop words, words English writes at Zipf 4
or more ("media", "food", "stage": code uses them for itself), and at Zipf 2.5 or more unless the source is a
confident organisation of two words or more, tech terms, code keywords and public software names. A spelling
found outside a code position still counts where the name's other propagation took it, as a whole word that is no
ordinary word (`spelled_as_a_word`). Doubtful (wire only).
"""
from __future__ import annotations

import functools
import re
import unicodedata

from anyascii import anyascii

from redactor.detect.name_parts import (english_zipf, frequent_in_other_languages, is_common_word, is_ordinary_word,
                                        is_software_name)
from redactor.detect.term_lists import term_list

_MIN_LETTERS = 4
# Code uses frequent words for itself (`/srv/stage/`, `media-service`): those spellings stay.
_FREQUENT_ZIPF = 4.0
# A one-word organisation, a doubtful one or a person's name is more often a false finding (NER reads `Router` or
# "Data Loader" as names): its spellings must be rare in English too ("stagebox", "nordlicht"; not "router").
_RARE_ZIPF = 2.5
# A compound of common words rarer than this is the name's in lower case (organisation_parts._RARE_COMPOUND_ZIPF).
_RARE_COMPOUND_ZIPF = 2.0
# The rarity org_deploying asks of one word of a deployer's name (its _RARE_ZIPF).
_DEPLOYER_ZIPF = 3.0
# A word another language writes this often is that language's word in a sentence, not a name's lower case.
_OTHER_LANGUAGE_ZIPF = 3.0
_WORD = re.compile(r"[^\W\d_]+")
# A transliteration of a script without spaces comes out as capitalised syllables ("HuaXinYouXuan").
_SYLLABLE = re.compile(r"[A-Z][a-z]*")
_MAX_SPELLINGS = 32
_JOINERS = ("", "_", "-", ".")
_MAX_JOINED_WORDS = 4


@functools.lru_cache(maxsize=8192)
def code_spellings(name: str, organisation: bool = True, confident: bool = True,
                   deployer: bool = False) -> tuple[str, ...]:
    """The lower-case code spellings of a found organisation or multi-word name (see module doc); `deployer`: the
    name a system prompt's opening sentence gives the organisation deploying the assistant (org_deploying.py), whose
    one word is its repository's and services' slug too (a rare word only, as for any one-word source)."""
    words = _WORD.findall(name)
    if not words or not (confident or deployer) or (
            len(words) < 2 and not _without_letter_case(words[0]) and not deployer):
        return ()  # one word is too often a product's name (an open-source server NER reads as a company)
    limit = _FREQUENT_ZIPF if organisation and confident and len(words) >= 2 else _RARE_ZIPF
    if deployer and len(words) >= 2:
        # A deployer's name of two words or more is read from its position, not guessed: a word of it as rare as
        # org_deploying requires of one (Zipf < 3: "Hartwell" 2.6 of "Hartwell CaseWorks") is its slug too.
        limit = max(limit, _DEPLOYER_ZIPF)
    if deployer and len(words) == 1 and name.strip() == words[0].casefold():
        # The deployer read as a slug where code writes it (the owner folder of a checkout, org_owner_folders.py):
        # its lower case is no guess at a spelling but the spelling itself, so only code's own words stay out.
        limit = _FREQUENT_ZIPF
    spellings: list[str] = []
    significant = [word for word in words if _significant(word)]
    for word in significant:
        _add(spellings, word.casefold())
        _add(spellings, _without_marks(word).casefold())
        _add(spellings, anyascii(word).casefold())
    # The leading words run together ("merrowvane") or joined as code joins them (`rogerio_brandao` of "Rogério
    # Brandão": name_identifiers.py joins the words as written, a slug drops the accents), connectors ("&", "of")
    # already dropped by _WORD/_significant.
    # Short words join too ("Hollow & Fen": `hollowfen`); connectors in small letters ("di", "of") do not.
    joinable = [word for word in words if _joinable(word)]
    if len(joinable) >= 2:
        # (run together, "merrowvane", "riversidefood" passes _usable as a word no language writes)
        folded = [_without_marks(word).casefold() for word in joinable]
        for joiner in _JOINERS:
            _add(spellings, joiner.join(folded[:2]))
            if 2 < len(folded) <= _MAX_JOINED_WORDS:
                _add(spellings, joiner.join(folded))
    # A name in a script without spaces, transliterated: its leading syllables run together ("huaxin").
    for word in words:
        if word.isascii() or any(character.isupper() or character.islower() for character in word):
            continue
        syllables = _SYLLABLE.findall(anyascii(word))
        for count in range(2, len(syllables) + 1):
            _add(spellings, "".join(syllables[:count]).casefold())
    return tuple(spelling for spelling in spellings if _usable(spelling, limit))[:_MAX_SPELLINGS]


def _significant(word: str) -> bool:
    if len(word) < _MIN_LETTERS and not _without_letter_case(word):
        return False
    return word.casefold() not in term_list("org_suffixes") and word.casefold() not in term_list("name_stop_words")


def _joinable(word: str) -> bool:
    folded = word.casefold()
    return ((word[0].isupper() or _without_letter_case(word)) and folded not in term_list("org_suffixes")
            and folded not in term_list("name_stop_words"))


def _usable(spelling: str, limit: float) -> bool:
    if any(joiner in spelling for joiner in _JOINERS[1:]):
        # A joined form: every piece letters, one of them a word English hardly writes (`data_loader` is code's own).
        pieces = re.split(r"[_.-]", spelling)
        return all(piece.isalpha() and piece.islower() for piece in pieces) and any(
            _usable(piece, min(limit, _RARE_ZIPF)) for piece in pieces)
    return (len(spelling) >= _MIN_LETTERS and spelling.isalpha() and spelling.islower()
            and english_zipf(spelling) < limit and spelling not in term_list("tech_terms")
            and spelling not in term_list("code_keywords") and spelling not in term_list("name_stop_words")
            and spelling not in term_list("org_suffixes") and not is_software_name(spelling))


def _add(spellings: list[str], spelling: str) -> None:
    if spelling and spelling not in spellings:
        spellings.append(spelling)


def _without_marks(word: str) -> str:
    """"Cúpula" -> "Cupula", "Đông" -> "Đong": accents dropped, letters kept (a slug drops the marks it can)."""
    return "".join(character for character in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(character))


def _without_letter_case(word: str) -> bool:
    return any(character.isalpha() and not (character.isupper() or character.islower()) for character in word)


# Characters that make a token code: a path, a package, a kebab or snake identifier, a key=value pair, a handle.
_CODE_BEFORE = frozenset("/_-=@")
_CODE_AFTER = frozenset("/_-")
_QUOTES = frozenset("\"'`")


def in_code_position(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a piece of a code token, or a whole quoted string (see module doc); not a label of
    a URL's host (`api.deepgram.com`: a vendor's public address; internal hosts are host_domains.py's)."""
    if _in_url_host(text, start):
        return False
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before in _CODE_BEFORE or after in _CODE_AFTER or after.isupper():
        return True  # (a capital after it: the next piece of a camelCase name, `northwindClient`)
    if after in (".", ":") and text[end + 1:end + 2].isalnum() or before == "." and text[start - 2:start - 1].isalnum():
        return True  # `northpaw.payouts`, `huaxin::Router`, `com.northpaw` (not a sentence's full stop)
    if before == ":" and text[start - 2:start - 1] == ":":
        return True
    return before in _QUOTES and after == before


def spelled_as_a_word(value: str) -> bool:
    """Whether a code spelling found as a word of a sentence is still the name: the lower case that
    organisation_parts.py and name_parts.name_case_variants give a name (no ordinary or frequent word; a compound
    of common words English hardly writes, "hearthside", is the name's as organisation_parts reads it)."""
    folded = value.casefold()
    if is_ordinary_word(value):  # a compound of common words: only one English hardly writes and no list holds
        if (english_zipf(value) >= _RARE_COMPOUND_ZIPF or is_common_word(folded) or folded in term_list("tech_terms")
                or folded in term_list("code_keywords")):
            return False
    return (english_zipf(value) < _RARE_ZIPF
            and not frequent_in_other_languages(value, _OTHER_LANGUAGE_ZIPF))  # "égalité" of a French sentence


_URL_HOST = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s\"'`?#]*$", re.IGNORECASE)
_HOST_REACH = 200


def _in_url_host(text: str, start: int) -> bool:
    return _URL_HOST.search(text, max(0, start - _HOST_REACH), start) is not None
