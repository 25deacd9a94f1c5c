"""The organisation an e-mail address names: its domain's own label, written elsewhere as a word.

A company's people write from its domain (`ops@brightwave.io`, `ap@quillfeather.co.uk`), and the
same text names the company in words ("Brightwave asked us to migrate", "tenant kestrelmoor"). The
address is redacted, but the company's name beside it goes out and says whose address it was (and
whose ticket, invoice or tenant the text is about). So a found e-mail adds its domain's registrable
label (the label before the public suffix: `quillfeather` of `quillfeather.co.uk`) to the engine's
propagation labels as an ORGANIZATION, doubtful: every whole-word mention of it in the conversation,
in any letter case, is redacted on the wire (engine.py, `_label_sources`). A hyphenated label names
its words (`fenwick-larch` -> "Fenwick Larch", and "Fenwick" alone), a label of two words written as one
both spellings (`brightwave` -> "BrightWave", "Bright Wave").

Left alone: public mail providers and big platforms (gmail, outlook, github: a word about the
service, not the sender's employer), documentation domains, labels shorter than four letters, and
labels (or parts) that are ordinary words (`ops@summit.com` must not redact "the summit").
"""
from __future__ import annotations

import functools
import re

from redactor.detect.base import Span
from redactor.detect.name_parts import english_zipf, is_common_word
from redactor.detect.organisation_parts import names_on_its_own
from redactor.detect.public_mail_providers import PUBLIC_MAIL_LABELS as _PUBLIC_LABELS
from redactor.detect.term_lists import term_list

SCORE = 0.55
DETECTOR = "email-domain"
_MIN_LETTERS = 4


# Legal forms and generic company words in a hyphenated label: no name on their own.
_GENERIC_PARTS = frozenset("""gmbh ag kg ohg ug mbh sa sas sarl srl spa bv nv ab as asa oy aps ltd llc llp inc
    plc pty co corp group holding holdings partners global international intl consulting services
    solutions systems labs tech technologies digital online mail""".split())


def organisation_names(email: str) -> tuple[str, ...]:
    """The names the e-mail's domain gives its organisation, as they would be written ("" when none)."""
    at = email.rfind("@")
    if at == -1:
        return ()
    return _names_of_domain(email[at + 1:].strip().strip(">").lower())


@functools.lru_cache(maxsize=4096)
def _names_of_domain(domain: str) -> tuple[str, ...]:
    from redactor.detect.infra import public_suffixes

    if not domain or domain.startswith("[") or not domain.replace(".", "").replace("-", "").isalnum():
        return ()
    suffix = public_suffixes().publicsuffix(domain)
    if not suffix or suffix == domain:
        return ()
    return names_of_label(domain[:-len(suffix) - 1].rsplit(".", 1)[-1])


@functools.lru_cache(maxsize=4096)
def names_of_label(label: str) -> tuple[str, ...]:
    """The names a domain's own label (lower case: `fenwick-larch`) gives its organisation, as they would be
    written; () for a public provider's label, an ordinary word or a label with digits. Host domains name their
    organisation the same way (host_domains.py)."""
    if label in _PUBLIC_LABELS or not label.replace("-", "").isalpha():
        return ()
    parts = [part for part in label.split("-") if part]
    named = [part for part in parts if part not in _GENERIC_PARTS]
    if not named:
        return ()
    names = []
    whole = " ".join(part.capitalize() for part in named)
    if len(whole.replace(" ", "")) >= _MIN_LETTERS and not (len(named) == 1 and not names_on_its_own(named[0])):
        names.append(whole)
    if len(named) == 1 and names:
        # A name made of two words, written as one in the domain: "BrightWave", "Bright Wave" of brightwave.io.
        for cut in range(3, len(label) - 2):
            head, tail = label[:cut], label[cut:]
            if is_common_word(head) and is_common_word(tail):
                names.extend((head.capitalize() + tail.capitalize(), f"{head.capitalize()} {tail.capitalize()}"))
                break
    first = named[0]
    if len(named) > 1 and len(first) >= _MIN_LETTERS and names_on_its_own(first) and first not in _PUBLIC_LABELS:
        names.append(first.capitalize())
    return tuple(names)


@functools.lru_cache(maxsize=4096)
def person_names(email: str) -> tuple[str, ...]:
    """The person a `first.last@` local part names, as it may be written elsewhere: "Kevin Farrell", "KEVIN
    FARRELL", "kevin farrell", and each part of a name list in the same three cases ("Farrell", "FARRELL",
    "farrell"); () when the local part is no name.

    Two or three alphabetic pieces joined by `.`, `_` or `-` (digits after the last dropped), each of three
    letters or more, none a word of the language or a tech term, each a first name or surname of the lists
    or a word wordfreq hardly knows in English; function mailboxes (`no-reply`) are none. The address itself is redacted; its owner's name written
    elsewhere in the conversation ("thanks kevin", "FARRELL K" in a roster) says whose address it was.
    """
    from redactor.detect.term_lists import first_names, surnames, world_first_names

    at = email.find("@")
    if at <= 0:
        return ()
    local = email[:at].strip().strip("<\"'").lower().rstrip("0123456789")
    pieces = re.split(r"[._-]", local)
    if not 2 <= len(pieces) <= 3 or not all(len(piece) >= 3 and piece.isalpha() for piece in pieces):
        return ()
    if local in _FUNCTION_LOCALS or any(_is_word(piece) or piece in _GENERIC_PARTS for piece in pieces):
        return ()
    # Every piece a name of the lists, or a word wordfreq hardly knows in English (a name of no list: "demirci");
    # "dev-ops", "sales.team" hold a frequent word.
    unlisted = [piece for piece in pieces
                if not (piece in first_names() or piece in world_first_names() or piece in surnames())]
    if any(english_zipf(piece) >= 2.0 for piece in unlisted):
        return ()
    whole = " ".join(piece.capitalize() for piece in pieces)
    names = [whole, whole.upper(), whole.lower()]
    for piece in pieces:
        if len(piece) >= 4:
            names.extend((piece.capitalize(), piece.upper(), piece))
    return tuple(dict.fromkeys(names))


# Mailboxes of a function written in two pieces.
_FUNCTION_LOCALS = frozenset({"no-reply", "do-not-reply", "mail-daemon", "mailer-daemon", "postmaster"})


def _is_word(word: str) -> bool:
    """A word of the language or a tech term (`summit`, `docker`); a compound such as `brightwave` is a name."""
    return is_common_word(word) or word in term_list("tech_terms") or word in term_list("code_keywords")


def label_span(kind: str = "ORGANIZATION") -> Span:
    """The propagation label of a name an e-mail gives (doubtful: on the wire, not in an audit)."""
    return Span(0, 0, kind, "org" if kind == "ORGANIZATION" else "pii", SCORE, DETECTOR)
