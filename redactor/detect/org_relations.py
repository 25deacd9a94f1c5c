"""The organisation a relationship word names: "our supplier Blue Heron Packaging", "Greystone, my landlord".

People name the firms they deal with by the relationship first: "our supplier Blue Heron Packaging", "my bank,
Harbour Mutual,", "unser Lieferant Holzbau Krämer", "notre fournisseur Maison Dubreuil", "mi aseguradora Mapfre",
"our customer northwind-traders"; or put the relationship after the name as an apposition: "Greystone Lettings,
our landlord,", "Two Ravens (our roaster)", "Kestrel Joinery is our supplier". A possessive ("my", "our", "unser",
"notre", "nuestro" ...) before a word of a business relationship (customer, supplier, bank, insurer, landlord,
employer, clinic, school, gym ...; `_RELATIONS`, in the languages of the corpora) fixes the slot beside it.

The property is the position, not the name: whatever stands in the slot is taken when it reads as a name

- one to five capitalised words (connectors "&", "and", "of", "de", "la" ... inside), stopping at a word of small
  letters or a mark: title case, capitals ("ACME LOGISTICS") and InterCaps alike;
- or one lower-case slug of two or more parts ("northwind-traders", "blue_heron"), doubtful.

and it is left when it is a person (an honorific or a listed first name first, and no organisation word: the people
finders read those), a calendar word, a stop word, public software or tech ("our provider AWS" in a coding agent's
text is a technical role), or a word English capitalises for other reasons (org_capitalised_common: "our client
Support team"). A name with a word no dictionary explains, an organisation word or "&" scores 0.6; a name of
ordinary words ("Blue Heron Packaging") or a slug is doubtful: redacted on the wire, not reported by an audit.

Cheap gate: one case-insensitive regex over the text finds the possessive-relationship pairs (and the pairs after a
name); each candidate's tests are bounded by its slot (linear in the text).
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import alternatives_by_first_character, keyword_positions, lowered_same_length
from redactor.detect.name_parts import CALENDAR_WORDS, is_common_word
from redactor.detect.parties import ORGANIZATION, names_something, party_kind
from redactor.detect.term_lists import stop_words, term_list, world_first_names

_SCORE = 0.6
# Possessives that make the next word a relationship of the writer's or a third party's ("il mio", "o meu": the
# last word is enough).
_POSSESSIVES = frozenset(
    "my our your his her their "
    "mein meine meinen meinem meiner unser unsere unseren unserem unserer dein deine ihr ihre ihren sein seine "
    "mon ma notre votre leur son sa "
    "mi nuestro nuestra tu su "
    "mio mia nostro nostra suo sua "
    "mijn onze ons "
    "meu minha nosso nossa".split())
# Words of a business relationship: who one buys from, sells to, works for, banks, insures, rents, learns or is
# treated with. Not "provider" or "platform" (technical roles in a coding agent's text: "the auth provider").
_RELATIONS = (
    # English
    "customer|client|supplier|vendor|distributor|wholesaler|reseller|manufacturer|contractor|subcontractor|"
    "employer|former employer|bank|lender|building society|credit union|insurer|insurance company|health insurer|"
    "landlord|letting agent|letting agency|property manager|managing agent|estate agent|housing association|"
    "accountant|accountants|accounting firm|law firm|solicitor|solicitors|broker|mortgage broker|payroll company|"
    "clinic|dentist|dental practice|gp surgery|surgery|practice|pharmacy|vet|vets|hospital|care home|"
    "school|nursery|daycare|kindergarten|college|university|gym|club|agency|recruitment agency|"
    "courier|carrier|haulier|logistics partner|caterer|florist|printer|garage|mechanic|builder|plumber|"
    "electrician|energy supplier|electricity supplier|gas supplier|broadband supplier|mobile network|"
    "utility company|water company|wholesale partner|distribution partner|"
    # German
    "kunde|kundin|auftraggeber|auftraggeberin|lieferant|lieferantin|zulieferer|großhändler|händler|"
    "arbeitgeber|ehemaliger arbeitgeber|bank|hausbank|sparkasse|versicherung|krankenkasse|krankenversicherung|"
    "vermieter|vermieterin|hausverwaltung|kanzlei|steuerberater|steuerberaterin|praxis|zahnarztpraxis|apotheke|"
    "schule|kita|kindergarten|hochschule|verein|fitnessstudio|spedition|werkstatt|agentur|stromanbieter|"
    # French
    "client|cliente|fournisseur|fournisseuse|employeur|banque|assureur|assurance|mutuelle|propriétaire|bailleur|"
    "agence|agence immobilière|prestataire|transporteur|cabinet|clinique|pharmacie|école|crèche|salle de sport|"
    "comptable|notaire|garage|"
    # Spanish, Italian, Portuguese
    "cliente|proveedor|proveedora|empleador|empleadora|banco|aseguradora|seguro|casero|casera|arrendador|"
    "inmobiliaria|gestoría|asesoría|colegio|escuela|clínica|gimnasio|agencia|transportista|taller|farmacia|"
    "fornitore|datore di lavoro|banca|assicurazione|padrone di casa|agenzia|scuola|clinica|palestra|"
    "fornecedor|empregador|seguradora|senhorio|escola|academia|oficina|"
    # Dutch
    "klant|leverancier|werkgever|kunden|lieferanten|verzekeraar|verhuurder|makelaar|huisarts|tandarts|sportschool|boekhouder")
_CAPITAL = r"[A-ZÀ-ÖØ-Þ]"
_CONNECTORS = r"&|\+|and|of|de|del|la|le|les|los|las|du|des|der|den|von|van|y|et|und|da|do|dos|e|di|für|for|the"
_RUN = (rf"{_CAPITAL}[\w'’.&-]*(?:[ \t]+(?:(?:{_CONNECTORS})[ \t]+)?(?:{_CAPITAL}|[0-9])[\w'’.&-]*){{0,4}}")
_SLUG = r"[a-z][a-z0-9]+(?:[-_.][a-z0-9]+)+"
# After the relationship word: "our supplier Blue Heron", "my bank, Harbour Mutual", "my landlord is Greystone"
_NAME_AFTER = re.compile(
    rf"(?i:{_RELATIONS})(?![\w'’-])"
    rf"(?:[ \t]*[,:—–][ \t]*|[ \t]+(?:is|was|are|ist|war|est|es|è|is[ \t]+called|heißt|s'appelle|se[ \t]+llama)[ \t]+|[ \t]+)"
    rf"(?P<name>{_RUN}|{_SLUG})(?P<after>[\w@/(]?)")
_NAME_AFTER = alternatives_by_first_character(_NAME_AFTER)  # the same matches (keywords.py), ~4x faster per try
# Before the possessive: "Greystone Lettings, our landlord", "Two Ravens (our roaster)", "Kestrel Joinery is our
# supplier".
_NAME_BEFORE = re.compile(
    rf"(?<![\w@/.-])(?P<name>{_RUN})(?:,[ \t]+|[ \t]+\([ \t]*|[ \t]+(?:is|was|has[ \t]+been|ist|est|es)[ \t]+)\Z")
_RELATION_WORDS = tuple(sorted(frozenset(word for word in _RELATIONS.split("|"))))
_POSSESSIVE_REACH, _NAME_REACH = 40, 100
_HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame herr frau fräulein m mme mlle monsieur madame sr sra "
                        "srta don doña sig signor signora dhr mevr".split())
_CONNECTOR_WORDS = frozenset(_CONNECTORS.split("|"))
_TOKEN = re.compile(r"[^ \t]+")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten twelve hundred".split())
# Words that open a sentence before the name ("Yesterday Kestrel Joinery, our supplier, called").
_SENTENCE_ADVERBS = frozenset("yesterday today tomorrow tonight also apparently unfortunately luckily finally "
                              "meanwhile however btw fyi ps gestern heute morgen leider hier aujourd'hui ayer hoy "
                              "ieri oggi gisteren vandaag ontem hoje".split())
_SLUG_PARTICLES = frozenset("up in out on off over back down by to re e co pre non self well".split())
# An article instead of a possessive ("the customer Harwick Timber", "der Kunde Brenner Haustechnik", "il fornitore
# Tessuti Vallecchi") fixes the slot only beside a word of a trading party: "the practice", "the school", "the
# printer", "the club" are as often ordinary things as someone's firm.
_ARTICLES = frozenset(
    "the this that der die den dem des diesem diesen le la l' ce cet il lo el ese este het de deze o".split())
_TRADING_PARTIES = frozenset(
    "customer client supplier vendor distributor wholesaler reseller manufacturer contractor subcontractor employer "
    "landlord kunde kunden kundin auftraggeber lieferant lieferanten lieferantin zulieferer arbeitgeber vermieter "
    "fournisseur prestataire transporteur cliente proveedor fornitore fornecedor klant leverancier werkgever "
    "verhuurder".split())


def organisations_by_relation(text: str, detector: str) -> Iterator[Span]:
    """ORGANIZATION spans of the module doc's slots beside a relationship word."""
    positions = keyword_positions(lowered_same_length(text), _RELATION_WORDS)
    seen: set[tuple[int, int]] = set()
    for position in sorted(set(positions)):
        # Each pattern is tried at one place: the possessive ends where the relationship word starts, the name
        # after starts there too, the name before ends where the possessive starts.
        if position and (text[position - 1].isalnum() or text[position - 1] == "-"):
            continue  # inside a word
        possessive_start = _possessive_before(text, position)
        by_article = False
        if possessive_start is None:
            possessive_start = _article_before(text, position)
            if possessive_start is None:
                continue
            by_article = True
        slots = []
        after = _NAME_AFTER.match(text, position)
        if after is not None and not after.group("after"):  # "our client Foo(", "our customer Foo@": code, address
            slots.append(after.span("name"))
        line_start = text.rfind("\n", 0, possessive_start) + 1
        before_start = max(line_start, possessive_start - _NAME_REACH)
        # After an article only the slot after the word is read ("Acme, the supplier" is as often a list).
        before = None if by_article else _NAME_BEFORE.search(text[before_start:possessive_start])
        if before is not None:
            slots.append((before_start + before.start("name"), before_start + before.end("name")))
        for start, end in slots:
            span = _name_span(text, start, end, detector)
            if span is not None and by_article:
                if not _unexplained_or_organisation(text[span.start:span.end]):
                    continue  # "the client Application", "the employer Identification Number": words, not a name
                span = Span(span.start, span.end, ORGANIZATION, "org", DOUBTFUL_SCORE, detector)
            if span is not None and (span.start, span.end) not in seen:
                seen.add((span.start, span.end))
                yield span


def _possessive_before(text: str, position: int) -> int | None:
    """Where the possessive before `position` starts ("our ", "our main ", "(our "), or None."""
    reach = max(0, position - _POSSESSIVE_REACH)
    line_start = text.rfind("\n", reach, position) + 1
    words = text[max(reach, line_start):position].split(" ")
    if reach == 0 or line_start:
        words.insert(0, "")  # the window holds the line's first word whole
    if len(words) < 2 or words[-1]:
        return None  # not one blank before the relationship word
    for count in (2, 3):  # "our supplier", "our main supplier"
        if len(words) > count and words[-count].lstrip("(\"'“‘*_").casefold() in _POSSESSIVES:
            if count == 3 and not (words[-2].isalpha() and words[-2].islower()):
                return None
            start = position - len(" ".join(words[-count:]))
            return start if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "-") else None
    return None


_WORD_AND_CAPITAL = re.compile(r"([^\W\d_]+)(?:[ \t]*[,:—–][ \t]*|[ \t]+)[A-ZÀ-ÖØ-Þ]")


def _article_before(text: str, position: int) -> int | None:
    """Where the article before a trading party's word at `position` starts ("the customer ", "Der Kunde "), or
    None. A name after an article is a guess the possessive would have made sure of: doubtful."""
    word = _WORD_AND_CAPITAL.match(text, position)
    if word is None or word.group(1).casefold() not in _TRADING_PARTIES:
        return None  # (tested first: most hits are "the client library", no capital after the word)
    article = re.search(r"(?:^|(?<=[\s(\"'“‘*_]))([^\W\d_]+['’]?)[ \t]+\Z", text[max(0, position - 16):position])
    if article is None or article.group(1).casefold().replace("’", "'") not in _ARTICLES:
        return None
    return position - len(article.group(0))


def _unexplained_or_organisation(name: str) -> bool:
    """Whether a name after an article holds a word no dictionary explains or reads as an organisation."""
    return party_kind(name) == ORGANIZATION or not all(
        is_common_word(word.casefold().strip(".,'’")) for word in name.split() if word not in _CONNECTOR_WORDS)


def _name_span(text: str, start: int, end: int, detector: str) -> Span | None:
    name = text[start:end].rstrip(".'’-")
    if name[:1].islower():
        parts = re.split(r"[-_.]", name)
        if any(part in _SLUG_PARTICLES for part in parts) or text[end:end + 1] in ("(", "/"):
            return None  # "follow-up", "e-mail": a hyphenated word, not a slug
        return Span(start, start + len(name), ORGANIZATION, "org", DOUBTFUL_SCORE, detector)
    words = [(word.start(), word.end()) for word in _TOKEN.finditer(text, start, start + len(name))]
    while words and _not_a_name_word(text[slice(*words[0])]):
        words = words[1:]  # "Yesterday Greystone, our landlord": the sentence's first word is no part of the name
    while words and (_not_a_name_word(text[slice(*words[-1])]) or text[slice(*words[-1])] in _CONNECTOR_WORDS):
        words = words[:-1]
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    name = text[start:end]
    words = name.split()
    organisation = party_kind(name) == ORGANIZATION
    first = words[0].rstrip(".").casefold()
    if not organisation and (first in _HONORIFICS or (first in world_first_names() and len(words) <= 3)):
        return None  # "our client Mrs Okafor", "my landlord John Reid": a person, the people finders read it
    if all(_public_or_common(word) for word in words):
        return None  # "our client Support team", "our provider AWS", "my bank Monday"
    score = _SCORE if organisation or names_something(name) else DOUBTFUL_SCORE
    return Span(start, end, ORGANIZATION, "org", score, detector)


def _not_a_name_word(word: str) -> bool:
    folded = word.casefold().strip(".,'’")
    if folded in _NUMBER_WORDS:
        return False  # "Two Ravens Roasters", "Three Rivers Dental": numbers begin names
    return folded in stop_words() or folded in CALENDAR_WORDS or folded in _SENTENCE_ADVERBS


def _public_or_common(word: str) -> bool:
    folded = word.casefold().strip(".,'’")
    return (folded in _capitalised_common() or folded in term_list("software_names") or folded in term_list("tech_terms")
            or folded in term_list("public_acronyms") or folded in term_list("code_keywords"))


@functools.lru_cache(maxsize=1)
def _capitalised_common() -> frozenset[str]:
    from redactor.detect.org_capitalised_words import _capitalised_common as common
    return common()
