"""Logins standing where a person stands in a sentence: "cc sbaker7", "thanks tpham3!", "ping mkhan2".

Chat, tickets and review threads name people by their handles without any label: "ping mkhan2 when the
deploy finishes", "from lchen88: the report looks off", "I asked dmitri_v", "approved by hpatel". The word
before the handle is a person's slot: an addressing cue (cc, ping, thanks, dm, message), a verb that takes
a person (asked, told, invited, assigned to, reported by), or a role noun (admin, owner, reviewer) with the
handle in brackets.

What counts as a login here (the slot alone is not enough: "thanks everyone", "ping the api"):
- a lower-case word of letters with a digit tail or an inner `.`/`_`/`-` (`lchen88`, `dmitri_v`,
  `nakamura.k`; a hyphen alone only after a strong cue: "for plugin-namespaced skills" joins words), at least
  three letters, that is no file name, version, hash or tech token (`utf8mb4`,
  `x86_64`, `sha256`, `config.yaml`): a login (0.7);
- a plain lower-case word after a strong addressing cue (cc, ping, thanks, dm, message, asked, told) or in
  brackets after a role noun, that is no English word, tech term or stop word (`hpatel`): doubtful (0.55).
Names that are words (`ask grace`) are NER's; logins after labels and in log lines are usernames.py's.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import keyword_positions, needs_cues
from redactor.detect.login_code_paths import reads_as_code_path
from redactor.detect.name_parts import is_ordinary_word

_SCORE = 0.7
# Cues whose next word may be a plain-letter handle; (cue, may take a plain word).
_STRONG_CUES = ("cc", "ping", "pinged", "thanks", "thx", "ty", "dm", "dm'd", "message", "messaged", "asked", "ask",
                "told", "tell", "invite", "invited", "mention", "mentioned", "hi", "hey", "tagging", "tagged", "tag")
_WEAK_CUES = ("from", "to", "by", "with", "for", "and", "emailed", "called", "added", "removed", "assigned",
              "reassigned", "approved", "reviewed", "reported", "owner", "admin", "reviewer", "approver", "user")
_CUES = _STRONG_CUES + _WEAK_CUES
# The cues by their first two letters, in _CUES order: a position is checked against the few that can start there.
_CUES_BY_PREFIX: dict[str, tuple[str, ...]] = {}
for _cue in _CUES:
    _CUES_BY_PREFIX[_cue[:2]] = _CUES_BY_PREFIX.get(_cue[:2], ()) + (_cue,)
_STRONG_CUE_SET = frozenset(_STRONG_CUES)
# Where a handle can follow a cue: _AFTER_CUE opens with a space or a tab, so the cues are looked up with one after
# them (the same findings; "to", "by", "for" alone occur inside most words of prose: 228 against 82 places per 10 KB).
_CUES_THEN_SPACE = tuple(cue + space for cue in _CUES for space in " \t")
_AFTER_CUE = re.compile(r"[ \t]+(?:(?:to|by|me|you)[ \t]+)?\(?@?(?P<login>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)(?P<tail>[^\s]?)")
_SHAPED = re.compile(r"[a-z]{3,}[a-z]*(?:\d{1,4}|[._-][a-z0-9]+(?:[._-][a-z0-9]+)?)|[a-z][._-][a-z]{3,20}\d{0,4}")
# An initial joined to a surname: "j-novak", "a.kovacs" (the surname no English word: not "e-mail", "a-team").
_INITIAL_THEN_SURNAME = re.compile(r"[a-z][._-][a-z]{3,20}\d{0,4}")
# Words a handle is not: file names, versions, hashes, encodings and other tokens of code.
_FILE_EXTENSION = re.compile(r"\.(?:py|js|ts|tsx|jsx|md|txt|log|csv|tsv|json|yaml|yml|toml|ini|cfg|conf|xml|html|css|scss|"
                             r"sh|bat|ps1|go|rs|java|kt|rb|php|c|h|cpp|hpp|cs|swift|sql|lock|env|tf|pem|key|crt|zip|gz|tar|"
                             r"png|jpg|svg|pdf|docx?|xlsx?|exe|dll|so|bin|out|tmp|bak|old|orig|db|sqlite|props)$")
_TECHNICAL = re.compile(r"(?:utf|sha|md|int|uint|float|base|x86|arm|amd|aarch|py|es|ec|gp|h|http|ipv|tls|ssl|rfc|iso|win|"
                        r"gpt|llama|qwen|claude|gemini|mistral|phi|node|python|java|php|ruby|perl|rust|go|vue|react|"
                        r"angular|ubuntu|debian|centos|alpine|fedora|bookworm|jammy|focal|cp|abi|api|v)\d", re.IGNORECASE)
_HEX = re.compile(r"[0-9a-f]{7,}")
_DIGIT_DOT_OR_UNDERSCORE = re.compile(r"[\d._]")
_CODE_WORDS = ("_id", "_key", "_url", "_uri", "_path", "_dir", "_file", "_name", "_type", "_size", "_count",
               "_config", "_test", "_spec", "_env", "_mode", "_at", "_by", "_on")


# "and acme.com": a domain, not a handle.
_DOMAIN_ENDING = re.compile(r"\.(?:com|org|net|io|dev|app|ai|co|uk|de|fr|eu|info|biz|local|internal|lan|corp)$")


@needs_cues(_CUES_THEN_SPACE)  # (its gate: keywords.needs_cues)
def find_logins_in_person_slots(text: str, lowered: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each handle standing in a person's slot (see module doc)."""
    for position in keyword_positions(lowered, _CUES_THEN_SPACE):
        if position:
            before = lowered[position - 1]
            if before.isalnum() or before in "_.-/@":
                continue
        cue = None
        for candidate in _CUES_BY_PREFIX.get(lowered[position:position + 2], ()):  # (a loop: no generator per cue)
            if lowered.startswith(candidate, position) and not lowered[
                    position + len(candidate):position + len(candidate) + 1].isalnum():
                cue = candidate
                break
        if cue is None:
            continue
        match = _AFTER_CUE.match(text, position + len(cue))
        if match is None:
            continue
        login, tail = match.group("login"), match.group("tail")
        if tail and tail not in ",.;:!?)'\"":
            continue  # `from x.y(`, `to foo/bar`: code or a path, not a handle
        if tail == "." and lowered.startswith(("py", "md", "js", "ts"), match.end("login") + 1):
            continue
        strong = cue in _STRONG_CUE_SET or (tail == ")" and cue in ("admin", "owner", "reviewer", "approver", "user"))
        if not strong and not _DIGIT_DOT_OR_UNDERSCORE.search(login) and not _INITIAL_THEN_SURNAME.fullmatch(login):
            continue  # "for plugin-namespaced skills", "to read-only": after a plain preposition a hyphen joins words
        score = _login_score(login, strong)
        if score and not (cue == "from" and lowered.startswith(" import", match.end("login"))):
            yield match.start("login"), match.end("login"), score


@functools.lru_cache(maxsize=65536)  # the same handles and words recur after cues from text to text
def _login_score(login: str, plain_word_may_count: bool) -> float | None:
    if len(login) > 32:
        return None
    if _SHAPED.fullmatch(login):
        if (_FILE_EXTENSION.search(login) or _DOMAIN_ENDING.search(login) or _TECHNICAL.match(login) or _HEX.fullmatch(login)
                or login.endswith(_CODE_WORDS) or is_ordinary_word(login)):  # common words and tech terms
            return None
        parts = [part for part in re.split(r"[._-]|\d+", login) if part]
        if parts and all(is_ordinary_word(part) or len(part) <= 2 for part in parts):
            return None  # `error_message`, `build_cache`: words joined, a code name
        if "." in login and reads_as_code_path(login):
            return None  # `res.locals`, `cfg.model.encoder`: a code path (login_code_paths.py)
        return _SCORE
    if plain_word_may_count and login.isalpha() and len(login) >= 4 and not is_ordinary_word(login):
        return DOUBTFUL_SCORE
    return None


def shaped_login_score(login: str) -> float | None:
    """The score of a lower-case token with a login's shape (digit tail, inner `.`/`_`/`-`; none of the file, version,
    tech-token or joined-words forms above), with no slot to vouch for it: None when its shape alone does not say
    login. For finders whose own structure supplies the slot (logins_in_person_records.py)."""
    return _login_score(login, False)
