"""Dotted tokens that read as a code path, not a login or a host (round 16, precision16).

Coding agents' users write prose full of code references: "move the retry logic from app.config to
utils.retry", "compare with res.locals and ctx.state", "numpy's np.linalg.eigh". The login finders take a
dotted lower-case word after a cue ("from", "to", "and", "with") for a handle (`nakamura.k`, `anna.kowalski`),
and the coined-private-name host rule takes a chain of unknown words for a host. One predicate, shared by
every login finder (usernames.is_personal_login, logins_in_person_slots, standalone_logins) and by
infra_estate, says when such a token is code:

- 2 or 3 parts joined by "." only (no "_", "-", digits or "@"), every part at least two letters: a one-letter
  part is an initial (`j.smith`, `nakamura.k`);
- every part a word English or code writes: an ordinary word, a software name or tech term, a public Python
  module, a word the web writes often (wordfreq Zipf >= 2.5) that no name list holds, or a code receiver or
  module alias (`ctx`, `req`, `res`, `cfg`, `db`, `np`, `app`, `self`); after a data library's import alias the
  later parts may be any identifier no name list holds (`np.linalg.eigh`, `df.groupby.agg`);
- a first part that is code evidence (code starts at its receiver or module): a receiver or alias, a software name,
  a tech term or code keyword;
- and no person's reading: a census first name first and a surname (or no word) last is a login
  (`mark.white`, `grant.hill`, `max.power`, `li.wei`); a part that is an estate word (`prod`, `svc`, `corp`)
  keeps a host a host.

Cost: called only on candidates the finders already gated ("." in the token), each distinct token judged once
(lru_cache); no pass over the text.
"""
from __future__ import annotations

import functools
import re

from redactor.detect import term_lists
from redactor.detect.rule_files import term_list as rule_term_list
from redactor.detect.name_parts import english_zipf, is_ordinary_word, is_software_name

# Receivers and module aliases code writes before a "." (the host rule's receivers and the usual import aliases).
# Import aliases of numeric and data libraries: after one, the last part may be any identifier (`np.linalg.eigh`).
MODULE_ALIASES = frozenset("np pd tf plt sns sk nn jnp sp df torch scipy linalg xr dd cp mx".split())
_ALIASES = MODULE_ALIASES | frozenset(
    """ctx req res cfg conf config opts args kwargs params props env
    os sys re fs io util utils lib libs src pkg cmd cli api app apps self this cls obj db orm err errs ctrl mgr repo
    ui ux vm dom js ts py rb go mod models views urls schemas serializers handlers helpers hooks routes store
    redux vuex mw evt msg resp rsp http https json yaml xml csv sql qs url uri ns pkgs core common shared
    test tests spec specs fixtures mocks stubs settings router routers middleware components component lodash forms
    tasks signals managers services controllers serializer validators""".split()
) | rule_term_list("host_code_receivers")
# Words that keep a dotted name a host: environments, estate and network markers.
_ESTATE_WORDS = frozenset("prod prd stg stage staging preprod uat qa dev svc corp lan intra intranet dmz ad dc k8s "
                          "cluster eng lab home local localdomain internal".split())
_PATH = re.compile(r"[a-z]{2,}(?:\.[a-z]{2,}){1,2}")


@functools.lru_cache(maxsize=16384)
def reads_as_code_path(token: str) -> bool:
    """Whether a dotted token (any case; judged lower-cased) reads as a code reference (see the module doc)."""
    if "." not in token:
        return False
    folded = token.casefold()
    if not _PATH.fullmatch(folded):
        return False
    parts = folded.split(".")
    if any(part in _ESTATE_WORDS for part in parts):
        return False
    first_names, surnames, world = term_lists.first_names(), term_lists.surnames(), term_lists.world_first_names()
    first, last = parts[0], parts[-1]
    if first not in _ALIASES and first in first_names and (last in surnames or not is_ordinary_word(last)):
        return False  # `mark.white`, `grant.hill`: a first name and a surname
    if last not in _ALIASES and last in first_names and first in surnames and not is_ordinary_word(first):
        return False  # `kowalski.anna`
    evidence = False
    for index, part in enumerate(parts):
        code = part in _ALIASES or is_software_name(part) or part in term_lists.term_list("tech_terms") \
            or part in term_lists.term_list("code_keywords")
        if code and part in world and part not in _ALIASES and not is_ordinary_word(part):
            code = False  # a name first: `julia`, `ruby` as a login's part
        if index == 0 and not code:
            return False  # `mark.white`, `sage.kettle`: code starts at its receiver or module (`app.`, `np.`)
        evidence = evidence or code
        if code or _word_code_writes(part, world, surnames, first in _ALIASES):
            continue
        if index and first in MODULE_ALIASES and part not in world and part not in surnames:
            continue  # `np.linalg.eigh`: after a receiver, any identifier
        return False
    return evidence


def _word_code_writes(part: str, world: frozenset[str], surnames: frozenset[str], after_receiver: bool) -> bool:
    """An ordinary word; after a receiver or module alias also a word the web writes (`encoder`) or its plural."""
    if part in world and len(part) <= 3:
        return False  # `li`, `wei`, `kim`: a short name
    if is_ordinary_word(part):
        return True
    if part in world or part in surnames or not after_receiver:
        return False
    if english_zipf(part) >= 2.5:
        return True
    return part.endswith("s") and len(part) > 4 and (is_ordinary_word(part[:-1]) or english_zipf(part[:-1]) >= 2.5)
