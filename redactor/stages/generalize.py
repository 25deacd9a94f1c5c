"""Stage `generalize`: coarsen quasi-identifiers so a description fits many people, not one.

Placeholders (stage B) hide names; "the only female VP of engineering in our
Denver office, who joined in 2019" still fits one person. This stage finds
quasi-identifiers in prose (redactor/detect/quasi_identifiers.py) and
replaces each with a coarser value from its generalization hierarchy, as
k-anonymity practice does (Samarati and Sweeney): the policy's
`quasi.level` picks how far up each hierarchy to go.

| attribute | level 1 | level 2 | level 3 |
|---|---|---|---|
| year / date | 2019 -> the late 2010s; 3 March 2019 -> in 2019; next month kept | the 2010s; in the 2010s; soon | in recent years |
| place | Denver -> Colorado; Lisbon -> Portugal | North America; Europe | a city (dropped before "office") |
| role | VP of engineering -> senior leader in engineering | senior leader | employee |
| uniqueness | "the only X", "the first X" -> "a X"; "youngest" dropped | same | same |
| gender in a group | "the only woman on the team" -> "a colleague" | same | same |
| gender, team | kept | dropped | dropped |
| age | 42-year-old -> 40-something | mid-career | mid-career |
| age in brackets after a person ("[[PERSON_1]] (22)") | dropped | dropped | dropped |
| tenure | 12 years -> over a decade | many years | a while |
| legal status ("on a visa", "under investigation") / event ("filed a grievance") | "in a formal process" / "had a formal matter" | same | same |
| schedule ("works the Tuesday night shift", "leaves at 3pm for school pickup") | "keeps regular hours" | same | same |
| affiliation, career event | "takes part in a workplace group", "had a career change" | same | same |
| employer, family, health, education, nationality | a generic phrase ("an organisation", "a leave of absence", "a health condition", "a degree") | same | same |
| ethnicity, religion | dropped | dropped | dropped |
| language ("speaks fluent Tagalog", "native Finnish speaker", "Welsh-speaking") | "speaks another language", "multilingual colleague", "multilingual" | same | same |
| pastime ("plays bass in a ska band"), vehicle ("drives a yellow Hummer"), pet ("his ferret", "three greyhounds") | "has a hobby", "has a vehicle" / "commutes in", "pet" / "pets" | same | same |
| home ("lives in the converted lighthouse at the end of Pier Road") | "lives locally" / "has a home nearby" | same | same |
| premises or street below city level ("in the Shoreditch building", "Harley Street") | "at one of our sites"; "a local street" / "a local neighbourhood" | same | same |
| named school or graduate ("St Bede's College", "a Sorbonne graduate"), named project ("Project Nightjar") | "a school" / "a university" / "a graduate"; "a project" | same | same |
| rare detail (detector's `detail`) | a rare title -> "a person"; before another noun dropped ("the [Shoreditch] building"); after "a"/"an" "something" (the article goes); after another determiner "one"; after a preposition or count "something"; otherwise dropped | same | same |

With `quasi.suppress_clauses`, a relative clause about a person ("..., who
joined in 2019 and runs the chess club,") or a describing aside between
commas ("..., a 42-year-old nurse at the clinic, ...") that holds any
quasi-identifier is dropped whole: suppression, the last step of every hierarchy, because such a
clause usually holds more than the vocabulary knows. So are a sentence or clause whose subject is
the person ("She was the one whose twins ..."; "I'm the harbour pilot for ..."),
a note's subject-less sentence ("Passed her final exam in the spring sitting.")
and a second predicate ("... and was featured in the paper last month") that
hold one; what the person asks for ("she wants ...") is kept, and the rest of
a sentence whose start was dropped is made to read as a sentence. With `quasi.ner` (and
`detection.ner` on) the pipeline's spaCy model is run on the prose too and
its DATE, TIME, FAC, GPE, LOC, ORG and NORP spans are generalized as well.

What is left must read as English: a last pass removes the debris of
dropped words (a comma or conjunction before the end of a sentence, a
determiner with nothing after it, doubled determiners and prepositions) and
fixes "a" before a vowel; tests/test_generalize_english.py checks this on
every hand-written sample at every level.

No generative model is involved: the same text gives the same output every
time, so history re-sent each turn is generalized identically. Placeholders, code,
paths and identifiers are masked first and never touched.

Actions on risk (`quasi:` in the policy): the request's risk as found must
reach `generalize_above` for anything to change. The risk that remains after
generalizing is then compared with `rephrase_above` (the local model rewrites
the prose, with stage C's validator), `local_above` (the request is served
by the local model) and `block_above` (refused). The decision's notes carry
the risk before and after, and which attribute kinds were found, never the
text.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, Sequence

from redactor.detect.quasi_identifiers import (
    MODEL_LABELS,
    SITE_NOUNS,
    QuasiIdentifier,
    QuasiIdentifierDataMissing,
    ReidentificationRisk,
    assess,
    bits_for_population,
    looks_like_noun,
    shared_detector,
)
from redactor.core import BlockedError, PipelineError, Work
from redactor.policy import Policy
from redactor.segments import Segment
from redactor.stages.rephrase import mask_protected, unmask
from redactor.stages.route import LocalAccess, route_locally_or_fall_back

_SENTENCE_START = "\ue000"  # a private-use mark, in no text we generalize
_TEAM_UNIT = re.compile(r"\s+(?:squad|department|dept|group|unit|division|crew|chapter|guild|pod|desk|ward|staff)\b",
                        re.I)
_DETERMINERS = ("the", "a", "an", "our", "my", "his", "her", "their", "your", "its", "this", "that")
_ADVERBIAL_PREPOSITIONS = re.compile(r"\b(?:on|in|since|by|from|at|during|of)\s+(?:the\s+)?$", re.I)
_ARTICLE_BEFORE = re.compile(r"\b([Aa]n?)\s+$")
_DETERMINER_BEFORE = re.compile(r"\b(?:" + "|".join(_DETERMINERS) + r")\s+$", re.I)


@dataclass(frozen=True)
class _Replacement:
    text: str
    adverbial: bool = False  # replaces a preposition before it too ("in 2019" -> "recently")
    has_article: bool = False  # starts with "a"/"an": dropped after another determiner
    drops_article: bool = False  # the "a"/"an" before the finding goes too ("a [detail]" -> "something")


class Generalizer:
    """Rewrites a text with its quasi-identifiers coarsened to one level. Deterministic."""

    def __init__(self, level: int, suppress_clauses: bool = False) -> None:
        self.level = level
        self.suppress_clauses = suppress_clauses
        self._detector = shared_detector()

    def find(self, text: str, entities: Sequence[tuple[int, int, str]] = ()) -> list[QuasiIdentifier]:
        return self._detector.find(text, entities)

    def generalize(self, text: str, findings: list[QuasiIdentifier] | None = None) -> str:
        findings = self.find(text) if findings is None else findings
        if self.level > 1:
            # "on the payments squad" -> "on the team": a rarer unit word says which team too.
            starts = [finding.start for finding in findings]
            findings = [dataclasses.replace(finding, end=unit.end()) if finding.attribute == "team"
                        and (unit := _TEAM_UNIT.match(text, finding.end))
                        and not any(finding.end <= start < unit.end() for start in starts) else finding
                        for finding in findings]
        if self.suppress_clauses:
            findings = _with_suppressed_clauses(text, findings)
        pieces: list[str] = []
        cursor = 0
        for finding in findings:
            before = "".join(pieces) + text[cursor:finding.start]
            replacement = self._replacement(text, finding)
            if replacement is None:
                continue
            new_text = replacement.text
            if replacement.adverbial:
                before = _ADVERBIAL_PREPOSITIONS.sub("", before)
            if replacement.drops_article:
                before = _ARTICLE_BEFORE.sub("", before)
            if replacement.has_article and _DETERMINER_BEFORE.search(before):
                new_text = re.sub(r"^(?:an?|the) ", "", new_text)
            article = _ARTICLE_BEFORE.search(before)
            if article and new_text:
                wanted = "an" if new_text[0].lower() in "aeiou" else "a"
                if article.group(1).lower() != wanted:
                    wanted = wanted.capitalize() if article.group(1)[0].isupper() else wanted
                    before = before[:article.start(1)] + wanted + before[article.end(1):]
            if new_text and (not before.strip() or re.search(r"[.!?:]\s+$|\n\s*$", before)):
                new_text = new_text[0].upper() + new_text[1:]  # a sentence starts here
            cursor = finding.end
            if not new_text:
                # Dropped: one space between the words around it, none before punctuation.
                before = before.rstrip(" ")
                rest = text[cursor:].lstrip(" ")
                cursor = len(text) - len(rest)
                if (not before.strip() or before[-1] in ".!?:\n\"") and _SENTENCE_START not in text:
                    # what follows starts the sentence (see below)
                    before += (" " if before and not before.endswith("\n") else "") + _SENTENCE_START
                    pieces = [before, new_text]
                    continue
                if before and not before.endswith("\n") and rest[:1] and rest[0] not in ".,;:!?)'\n":
                    before += " "
            pieces = [before, new_text]
        result = "".join(pieces) + text[cursor:]
        # After a dropped sentence start, its comma or conjunction goes too ("She ..., so
        # everyone knows" -> "So everyone knows").
        result = re.sub(_SENTENCE_START + r"\s*(?:[,;]\s*)?(?:(?:and|but|so)\s+(?=\w))?(\w?)",
                        lambda match: match.group(1).upper(), result, flags=re.I)
        return _tidy(re.sub(r"(?<=\S)  +(?=\S)", " ", result))

    # -- hierarchies ------------------------------------------------------------------------------

    def _replacement(self, text: str, finding: QuasiIdentifier) -> _Replacement | None:
        replacement = self._coarser(text, finding)
        if replacement is not None and replacement.text == "a" and re.match(r"\s+one\b", text[finding.end:]):
            return _Replacement("")  # "the only one" -> "one"
        if replacement is not None and replacement.text == "a" and re.match(r"\s+[aeiou]", text[finding.end:], re.I):
            return _Replacement("an")
        return replacement

    def _coarser(self, text: str, finding: QuasiIdentifier) -> _Replacement | None:
        value = text[finding.start:finding.end]
        if finding.attribute == "clause":
            return _Replacement("")
        if finding.attribute == "detail":
            if finding.details.get("agent"):
                return _Replacement("a person" if not value.lower().endswith("s") else "people", has_article=True)
            return _detail(value, text[:finding.start], text[finding.end:finding.end + 40])
        details = finding.details
        level = self.level
        attribute = finding.attribute
        if attribute == "uniqueness":
            return _Replacement(_uniqueness(details.get("phrase", value.lower())))
        if attribute == "employer":
            return _Replacement("an organisation", has_article=True)
        if attribute == "role":
            level1, level2 = details["family"]
            department = details.get("department")
            if level == 1:
                return _Replacement(f"{level1} in {department}" if department else level1)
            return _Replacement(level2 if level == 2 else "employee")
        if attribute == "place" and details.get("kind") == "site":
            if re.match(r"(?:on|at|in)\b", value, re.I):
                return _Replacement("on site")
            numbered = re.search(r"\d", value) and not re.search(r"floor", value, re.I)  # "station 12", "berth 7"
            return _Replacement("a site" if value[:1].isupper() or numbered else "part of the site", has_article=True)
        if attribute == "place" and details.get("kind") == "premises":
            preposition = details.get("preposition") or ""
            lead = {"in": "at", "on": "at", "outside": "near"}.get(preposition, preposition)
            return _Replacement(f"{lead} one of our sites".strip())
        if attribute == "place" and details.get("kind") == "street":
            street = re.search(r"(?:road|street|lane|avenue|drive|close|crescent|terrace|way|row|mews|walk)$", value, re.I)
            return _Replacement("a local street" if street else "a local neighbourhood", has_article=True)
        if attribute == "place" and details.get("kind") == "named place":
            site = text[finding.end:finding.end + 20].lstrip().lower().startswith(SITE_NOUNS)
            return _Replacement("" if site else "a place", has_article=True)
        if attribute == "place":
            site = text[finding.end:finding.end + 20].lstrip().lower().startswith(SITE_NOUNS)
            if level == 1:
                return _Replacement(details["region"] if details["kind"] == "city" else details["country"])
            if level == 2:
                return _Replacement(details["continent"])
            return _Replacement("" if site else ("a country" if details["kind"] == "country" else "a city"),
                                has_article=True)
        if attribute == "date":
            after = re.match(r" ([a-z][a-z-]*)\b", text[finding.end:finding.end + 30])
            if self.level > 1 and _DETERMINER_BEFORE.search(text[:finding.start]) and after \
                    and looks_like_noun(after.group(1)) and details.get("form") != "weekday" or \
                    self.level > 1 and details.get("form") == "weekday" and after and after.group(1) in _DATE_NOUNS:
                return _Replacement("")  # "the June mowing schedule" -> "the mowing schedule"
            return self._date(value, details)
        if attribute == "age":
            if details.get("bracketed"):
                return _Replacement("")  # "[[PERSON_1]] (22)": the name is enough to address them
            replacement = _age(details["age"], details.get("adjective", False), level)
            after = re.match(r" ([a-z][a-z-]*)\b", text[finding.end:finding.end + 30])
            if details.get("adjective") and not (after and looks_like_noun(after.group(1))) and level > 1:
                replacement += " person"  # "pushed by a 29-year-old." -> "pushed by a young person."
            return _Replacement(replacement)
        if attribute == "tenure":
            if details.get("veteran"):
                return _Replacement("long-serving colleague")
            if details.get("recent"):
                return _Replacement("recently")
            amount = _tenure(details.get("years"), level)
            return _Replacement(f"{amount} of experience" if details.get("field") else amount)
        if attribute == "gender":
            if details.get("phrase") == "only in group":
                return _Replacement("a colleague", has_article=True)
            if level == 1:
                return None
            return _Replacement({"woman": "person", "man": "person", "women": "people", "men": "people",
                                 "lady": "person", "gentleman": "person", "girl": "person", "girls": "people",
                                 "gal": "person", "ladies": "people", "gentlemen": "people"}.get(value.lower(), ""))
        if attribute == "team":
            return None if level == 1 else _Replacement("team" if _TEAM_UNIT.search(value) else "")
        if attribute == "family":
            return _Replacement(_family(details["phrase"]), has_article=True)
        if attribute == "health":
            return _Replacement(_health(details["phrase"], text[finding.end:finding.end + 12]), has_article=True)
        if attribute == "education":
            return _Replacement(_education(details["phrase"]), has_article=True)
        if attribute == "nationality":
            return _Replacement(_nationality(details["phrase"]))
        if attribute == "affiliation":
            verb = value.split()[0].lower()
            past = verb.endswith("ed") or verb in ("ran", "led", "sat", "was", "co-founded")
            return _Replacement("took part in a workplace group" if past else "takes part in a workplace group")
        if attribute == "career":
            if re.search(r"first hire|founding|number one|#1", value, re.I):
                return _Replacement("an early employee", has_article=True)
            if value.lower().startswith("retir") or value.lower() in ("is retiring",):
                return _Replacement("is changing roles")
            return _Replacement("had a career change")
        if attribute == "language":
            return _Replacement(_language(value, details))
        if attribute == "hobby":
            verb = details["verb"]
            past = verb.split()[0] in ("played", "competed", "sang", "bred", "collected", "raced", "was")
            return _Replacement("had a hobby" if past else "has a hobby")
        if attribute == "vehicle":
            verb = details["verb"]
            if details.get("commute") or verb.startswith(("commutes", "cycles", "rides in", "comes in")):
                return _Replacement("commutes in")
            past = verb in ("drove", "rode", "owned", "restored", "parked", "bought")
            return _Replacement("had a vehicle" if past else "has a vehicle")
        if attribute == "home":
            return _Replacement("had a home nearby" if details["verb"] in ("bought", "lived", "renovated", "built",
                                                                          "moved into", "moved to")
                                else "lives locally" if details["verb"].startswith("liv") else "has a home nearby")
        if attribute == "pet":
            return _Replacement("pets" if details.get("plural") else "pet")
        if attribute == "project":
            return _Replacement("a project", has_article=True)
        if attribute == "legal":
            return _Replacement(_legal(value, details["kind"]))
        if attribute == "schedule":
            return _Replacement(_schedule(details["verb"]))
        return None

    def _date(self, value: str, details: dict[str, Any]) -> _Replacement:
        form, year, level = details.get("form"), details.get("year"), self.level
        if form == "weekday":
            if level == 1:
                return None
            lead = value.split()[0].lower()
            if lead in ("on", "every", "last", "this", "next"):
                return _Replacement("on a weekday")
            return _Replacement("a weekday", has_article=True)
        if form == "holiday":
            return None if level == 1 else _Replacement("on a holiday")
        if form == "relative":
            if level == 1:
                return None
            future = re.search(r"\b(?:next|coming|upcoming|tomorrow|later)\b|\bin\s+\w+\s+(?:days?|weeks?|months?)",
                               value, re.I)
            return _Replacement("soon" if future else "recently", adverbial=True)
        if year is None:
            qyear = re.search(r"\d{4}", value)
            year = int(qyear.group(0)) if qyear else None
        if year is None:  # a day or month without a year
            return _Replacement("recently", adverbial=True) if level > 1 else _Replacement(_part_of_year(value))
        if level == 1:
            return _Replacement(f"in {year}", adverbial=True) if form == "date" else _Replacement(_decade_part(year))
        if level == 2:
            return _Replacement(f"in the {year // 10 * 10}s", adverbial=True) if form == "date" \
                else _Replacement(f"the {year // 10 * 10}s", has_article=True)
        return _Replacement("in recent years", adverbial=True)


# What coarsening and dropping can leave behind, and what reads as English instead: a
# comma or conjunction before the end of a sentence ("... to work,." / "my colleague is."), a
# verb left without its complement ("is and has"),
# a doubled comma, a determiner with nothing after it ("by our, a young"), a doubled
# determiner or preposition ("in the in the 2020s"), a space before punctuation.
_TIDY_RULES = (
    (re.compile(r"\s*[,;]\s*(?=[.;:!?]|$)"), ""),
    (re.compile(r",?\s+\b(?:a|an|the|our|my)(?=[.;:!?])", re.I), ""),
    (re.compile(r",\s*,"), ","),
    (re.compile(r"\s+(?:and|or|but|who|is|was|are|were)\s*(?=[.;,])", re.I), ""),
    # "my colleague is [trans] and has ..." -> "my colleague has ..."
    (re.compile(r"\b(?:is|was|are|were)\s+(?:and|but|or)\s+(?=\w)", re.I), ""),
    (re.compile(r"\b(?:the|a|an|our|my|his|her|their|your)\s*,\s*", re.I), ""),
    (re.compile(r"\b((?:in|on|at|of|for|from)\s+)?(the|a|an|our|my)\s+\1?\2\b", re.I), r"\1\2"),
    (re.compile(r"\b(in|on|at|of|for|from|with|and|a|an|the)\s+\1\b", re.I), r"\1"),
    (re.compile(r"(?<=\w) +(?=[,.;:!?](?:\s|$))"), ""),
    # a word dropped between an article and its noun: "in a [forklift] accident" -> "in an accident"
    (re.compile(r"\b([Aa])(?= (?:[aeio][a-z]|un(?!i)))"), r"\1n"),
)


def _tidy(text: str) -> str:
    """`text` without the debris of dropped words (see _TIDY_RULES)."""
    for pattern, replacement in _TIDY_RULES:
        text = pattern.sub(replacement, text)
    return text


# A relative clause about a person: from "who"/"whose" (with the comma before
# it) to the end of the sentence or the next comma, semicolon or colon.
_PERSON_CLAUSE = re.compile(r",?\s+\b(?:who|whose|who's|who is|who was|who has|who had)\b[^.;:!?\n,]*"
                            # a clause whose subject is the person ("She was the one whose twins ...",
                            # "I'm the harbour pilot for ..."), to the end of the sentence or the next
                            # comma that starts a question or another subject
                            r"|(?:(?<=^)|(?<=[.;:!?]\s)|(?<=\n)|(?<=\band\s)|(?<=,\s)|(?<=\"))"
                            r"(?:she|he|(?:i'm|i am|i was)(?=\s+(?:the|a|an|our|one)\b))\b"
                            # ("she wants ...", "he asks ...": the request itself, kept)
                            r"(?!\s+(?:wants|needs|asks|asked|says|said|would|is asking|has asked|requests)\b)"
                            r"(?:(?!\s+and\s+(?:my|i|we|our|you|your|it|they)\b)[^.;!?\n,]"
                            r"|,(?!\s+(?:does|do|did|can|could|should|would|will|is|are|how|what|why|when|"
                            r"where|which|so|but|i|she|he|we|they|you|please|want|wants|need|needs)\b))*[.!]?"
                            # a note's sentence about the person, without its subject ("Passed her final
                            # exam in the spring sitting.", "Has tinnitus and ...")
                            r"|(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?:has|had|is|was|took|won|lost|led|ran|got|became|left|"
                            r"joined|made|went|came|gave|built|wrote|taught|spent|broke|holds|held|[a-z]+ed)\b"
                            r"[^.;!?\n]*[.!]?"
                            # a second predicate about the person ("... and was featured in the local paper
                            # last month", "... and just had triplets")
                            r"|\s+and\s+(?:then\s+)?(?:is|was|has|had|got|just|recently|still|now|also|became|won|"
                            r"lost|left|joined|went|came|[a-z]+ed)\b[^.;:!?\n,]*"
                            # an aside between commas that describes ("…, a 42-year-old nurse at X, …")
                            r"|,\s+(?:a|an|the|our|my|his|her|their|now|aged|once)\s+[^,.;:!?\n()]{2,80}?(?=,)", re.I)


def _with_suppressed_clauses(text: str, findings: list[QuasiIdentifier]) -> list[QuasiIdentifier]:
    """Findings, with every person clause that holds one replaced by one suppression of the whole clause.

    Suppression is the last step of a generalization hierarchy: a clause
    in which one attribute was found ("who joined in 2019 and just came back
    from parental leave") probably holds more that the vocabulary missed.
    """
    clauses = []
    for match in _PERSON_CLAUSE.finditer(text):
        inside = [finding for finding in findings if match.start() <= finding.start and finding.end <= match.end()]
        if inside:
            # ", who ..., about X": the closing comma of the aside goes too, unless it also closes an
            # earlier aside ("my manager, in his fifties, who ..., captains" keeps "..., in his fifties, captains").
            sentence_start = max(text.rfind(mark, 0, match.start()) for mark in ".!?\n") + 1
            earlier_aside = "," in text[sentence_start:match.start()]
            end = match.end() + 1 if match.group(0).startswith(",") and text[match.end():match.end() + 1] == "," \
                and not earlier_aside else match.end()
            clauses.append(QuasiIdentifier("clause", match.start(), end, 0.0))
    if not clauses:
        return findings
    kept = [finding for finding in findings
            if not any(clause.start <= finding.start and finding.end <= clause.end for clause in clauses)]
    return sorted(kept + clauses, key=lambda finding: finding.start)


_OBJECT_BEFORE = re.compile(r"\b(?:of|for|with|in|on|at|from|about|has|have|had|is|was|are|were)\s+$", re.I)
_DETERMINER_AND_WORD_BEFORE = re.compile(r"\b(?:" + "|".join(_DETERMINERS) + r")\s+[\w-]+\s+$", re.I)


def _detail(value: str, before: str, after: str) -> _Replacement:
    """A rare detail that names no person, replaced so the sentence still reads.

    A participle after "was"/"is" becomes "handled". Before another noun it only described that noun ("the Shoreditch building",
    "our tuba player") and is dropped; after "a"/"an" it becomes "something"
    and the article goes ("lost a [detail] during" -> "lost something during");
    as the head of a noun phrase after another determiner, "one" ("the
    converted one at the end"); after a preposition or a count, "something" /
    "things"; anywhere else it is dropped.
    """
    plural = value.lower().endswith("s") and not value.lower().endswith("ss")
    if re.fullmatch(r"[a-z]+ed", value) and re.search(r"\b(?:was|were|been|is|are|be|got)\s+$", before, re.I):
        return _Replacement("handled")  # a rare participle: "was [digitised] by" -> "was handled by"
    next_word = re.match(r" ([a-z][a-z-]*)\b", after)
    if next_word and looks_like_noun(next_word.group(1)):
        return _Replacement("")
    if re.search(r"\b(?:an?)\s+$", before, re.I):
        return _Replacement("things" if plural else "something", drops_article=True)
    if _DETERMINER_BEFORE.search(before) or _DETERMINER_AND_WORD_BEFORE.search(before):
        return _Replacement("ones" if plural else "one")
    if _OBJECT_BEFORE.search(before) or _COUNT_BEFORE.search(before):
        return _Replacement("things" if plural else "something")
    return _Replacement("")


_DATE_NOUNS = frozenset("meeting standup stand-up call lunch review deadline schedule shift rota session".split())
_COUNT_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|\d+)\s+$", re.I)


def _uniqueness(marker: str) -> str:
    if marker == "the one":
        return "a"
    if marker == "one of few":
        return "one of several"
    if marker.endswith(" one"):
        return "one"
    if marker.startswith(("our ", "my ")):
        return marker.split()[0]
    if marker == "only one":
        return "one"
    if marker == "the most senior":
        return "a senior"
    if marker.startswith("the "):
        return "a"
    return ""


def _decade_part(year: int) -> str:
    digit = year % 10
    part = "early" if digit <= 3 else "mid" if digit <= 6 else "late"
    return f"the {part} {year // 10 * 10}s"


def _part_of_year(value: str) -> str:
    months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    lowered = value.lower()
    for index, month in enumerate(months):
        if month in lowered:
            return ("early in the year", "mid-year", "later in the year")[min(2, index // 4)]
    return "that year"


def _legal(value: str, kind: str) -> str:
    # A status fits after "is" ("She is on a visa"); an event replaces its own verb.
    if kind == "statuses":
        return "someone in a formal process" if re.match(r"(?:an?|the)\s", value, re.I) else "in a formal process"
    if re.match(r"(?:an?|the)\s", value, re.I):
        return "a formal matter"
    if re.match(r"(?:is|has)\b", value, re.I):
        return "has a formal matter open"
    return "had a formal matter"


def _schedule(verb: str) -> str:
    # The verb of presence is part of the span: the replacement brings its own, in its tense.
    if verb in ("on", "habit"):  # "the only one on nights", "she is always the last to leave"
        return "on a regular schedule"
    if verb.endswith("ing"):
        return "keeping regular hours"
    if verb.startswith(("was ", "were ")) or verb.endswith("ed") or verb.split()[0] in ("did", "came", "left"):
        return "kept regular hours"
    if verb.startswith(("is ", "are ", "'s ", "’s ")) or verb.split()[0].endswith("s"):
        return "keeps regular hours"
    return "keep regular hours"


def _age(age: int, adjective: bool, level: int) -> str:
    if age < 10:  # "in their 40s" captured the decade digit
        age *= 10
    if level == 1:
        decade = age // 10 * 10
        return f"{decade}-something" if adjective else f"in their {decade}s"
    band = "young" if age < 30 else "mid-career" if age < 50 else "senior"
    return band if adjective else f"{band} in age"


def _tenure(years: float | None, level: int) -> str:
    if years is None:
        return "some time" if level < 3 else "a while"
    if level == 3:
        return "a while"
    if years < 1:
        return "a few months" if level == 1 else "a while"
    if years < 2:
        return "about a year" if level == 1 else "a while"
    if years < 6:
        return "a few years"
    if years < 16:
        return "over a decade" if level == 1 else "many years"
    return "decades" if level == 1 else "many years"


_PLURAL_RELATIVES = {"sons", "daughters", "children", "kids", "twins", "triplets", "grandchildren"}
_PARTNERS = {"husband", "wife", "spouse", "partner's", "fiance", "fiancee", "married to", "engaged to"}


def _family(phrase: str) -> str:
    if phrase in ("widow", "widower", "newlywed"):
        return "person"
    if phrase == "counted":
        return "a parent"
    if "leave" in phrase:
        return "a leave of absence"
    if phrase in _PLURAL_RELATIVES:
        return "family members"
    if phrase in _PARTNERS:
        return "partner" if not phrase.endswith(" to") else "with"
    if phrase.startswith("single ") or phrase == "stay-at-home":
        return "a parent"
    if phrase in ("brother", "sister", "mother", "father", "grandmother", "grandfather", "son", "daughter",
                  "child", "toddler", "stepson", "stepdaughter", "father-in-law", "mother-in-law",
                  "brother-in-law", "sister-in-law", "grandchild"):
        return "relative"
    if phrase in ("caring for", "carer for"):
        return "supporting"
    return "dealing with family matters"


_TREATMENTS = {"chemotherapy", "chemo", "radiotherapy", "surgery", "operation", "transplant", "dialysis", "therapy",
               "medication", "insulin", "rehab", "rehabilitation", "ivf", "fertility treatment", "hearing aid",
               "pacemaker", "prosthetic"}
_HEALTH_ADJECTIVES = {"diabetic", "epileptic", "autistic", "dyslexic", "depressed", "disabled", "blind", "deaf",
                      "terminally ill", "hospitalized", "hospitalised", "injured", "amputee", "wheelchair user"}


def _health(phrase: str, after: str) -> str:
    if phrase == "injury":
        return "was injured"
    if phrase == "condition acronym":
        return "a health condition"
    if phrase == "condition":
        return "dealing with a health condition"
    if phrase in ("wheelchair", "on crutches"):
        return "a mobility aid" if phrase == "wheelchair" else "with a mobility aid"
    if "leave" in phrase or phrase == "long-term sick":
        return "a leave of absence"
    if phrase in ("diagnosed with", "recovering from"):
        return "dealing with"
    if phrase == "in hospital":
        return "away"
    if phrase in _TREATMENTS:
        return "medical treatment"
    if phrase in _HEALTH_ADJECTIVES:
        attributive = re.match(r" (?!(?:and|or|but|with|since|after|for|at|in|on|to|who|which|that)\b)[a-z]", after)
        return "" if attributive else "managing a health condition"
    return "a health condition"


def _language(value: str, details: dict[str, Any]) -> str:
    """Which language someone speaks identifies; that they speak another one does not."""
    cue = details["cue"]
    if cue == "speaker":
        noun = details["noun"].strip()
        if noun == "-speaking":
            return "multilingual"
        if noun.startswith("speaker"):
            return "multilingual colleagues" if noun.endswith("s") else "multilingual colleague"
        return "language specialist" if noun in ("interpreter", "translator") else f"language {noun}"
    other = "other languages" if details.get("plural") else "another language"
    if cue.startswith(("translator", "interpreter")):
        return f"{cue} {other}"
    return f"{cue} {other}"


def _education(phrase: str) -> str:
    if phrase == "named graduate":
        return "a graduate"
    if phrase == "named university":
        return "a university"
    if phrase == "named school":
        return "a school"
    if phrase == "student":
        return "a student"
    if phrase == "studied at":
        return "studied at university"
    if phrase in ("graduated from", "dropped out of"):
        return "studied at"
    if phrase in ("alumnus", "alumna", "alumni"):
        return "a graduate"
    return "a degree"


def _nationality(phrase: str) -> str:
    if phrase == "ethnicity":
        return ""
    if phrase == "named":
        return "international"
    if phrase == "origin":
        return "from abroad"
    if phrase in ("immigrant", "refugee", "expat"):
        return "newcomer"
    if phrase in ("visa holder", "green card", "h-1b", "h1b"):
        return "work permit"
    return "international"


class GeneralizeStage:
    name = "generalize"

    def __init__(self, policy: Policy, local_backend: Any = None, engine: Any = None) -> None:
        config = policy.quasi
        stages = policy.stages
        if "placeholders" in stages and stages.index("placeholders") > stages.index("generalize"):
            from redactor.policy import PolicyError

            raise PolicyError(f"{policy.source}: stage 'generalize' must come after 'placeholders' "
                              "(it rewrites the redacted text)")
        self._policy = policy
        self._config = config
        self._population_bits = bits_for_population(config.population)
        try:
            self._generalizer = Generalizer(config.level, config.suppress_clauses)
        except QuasiIdentifierDataMissing as exc:
            raise PipelineError(str(exc)) from None
        self._access = LocalAccess(policy, local_backend)
        # The spaCy model detection uses (loaded here so a missing model is a
        # start-up error, not a refused request); None: vocabulary only.
        self._ner_model: str | None = None
        if config.ner and policy.detection.ner.enabled:
            from redactor.detect.ner import NerModelMissing, load_engine

            try:
                load_engine(policy.detection.ner.model)
            except NerModelMissing as exc:
                raise PipelineError(str(exc)) from None
            self._ner_model = policy.detection.ner.model
        self._rephrase = None
        if config.rephrase_above is not None:
            from redactor.stages.rephrase import RephraseStage

            self._rephrase = RephraseStage(policy, local_backend=local_backend, engine=engine)

    def run(self, work: Work) -> None:
        config = self._config
        eligible = [index for index, segment in enumerate(work.segments)
                    if segment.kind == "prose" and segment.position in config.positions]
        found = dict(zip(eligible, self._findings([work.segments[index] for index in eligible])))
        risk = self.risk([finding for findings, _ in found.values() for finding in findings])
        notes = work.decision.notes
        if not risk.attributes:
            notes.append("quasi: no quasi-identifiers found")
            return
        notes.append(f"quasi: {risk.explain()}")
        residual = risk
        if config.generalize_above is not None and risk.score >= config.generalize_above:
            for index in eligible:
                findings, masked = found[index]
                if findings:
                    text = unmask(self._generalizer.generalize(masked.text, findings), masked.protected)
                    work.segments[index] = work.segments[index].with_text(text)
            residual = self._risk_of(work, eligible)
            notes.append(f"quasi: generalized at level {config.level}; risk {risk.score:.2f} -> {residual.score:.2f}")
        if config.rephrase_above is not None and residual.score >= config.rephrase_above and self._rephrase:
            self._rephrase.run(work)
            residual = self._risk_of(work, eligible)
            notes.append(f"quasi: rephrased; risk now {residual.score:.2f}")
        if config.block_above is not None and residual.score >= config.block_above:
            raise BlockedError(f"re-identification risk {residual.score:.2f} is at or above {config.block_above:.2f} "
                               f"after generalizing; policy '{self._policy.name}' blocks such requests, nothing was sent")
        if config.local_above is not None and residual.score >= config.local_above:
            route_locally_or_fall_back(work, f"re-identification risk {residual.score:.2f} after generalizing",
                                       self._access, self.name)

    def risk(self, findings: list[QuasiIdentifier]) -> ReidentificationRisk:
        return assess(findings, self._population_bits)

    def _findings(self, segments: Sequence[Segment]) -> list[tuple[list[QuasiIdentifier], Any]]:
        """(findings, masked text) per segment; the NER model sees all segments in one batch."""
        masked_segments = []
        for segment in segments:
            masked = mask_protected(segment.text)
            # The code mask takes short mixed-case words ("PhD", "McKinsey") for
            # identifiers; in prose they are words, and may be quasi-identifiers.
            # Likewise dates with slashes, which it takes for paths ("2/11/2024"),
            # and the "y/o" of an age ("a 19 y/o").
            for token, value in list(masked.protected.items()):
                if re.fullmatch(r"[A-Z][a-z]{1,3}[A-Z][a-z]{0,8}|\d{1,4}[/.]\d{1,2}(?:[/.]\d{2,4})?|[yY]/[oO]", value):
                    masked.text = masked.text.replace(token, value)
                    del masked.protected[token]
            masked_segments.append(masked)
        entities = self._entities([masked.text for masked in masked_segments])
        return [(self._generalizer.find(masked.text, found), masked)
                for masked, found in zip(masked_segments, entities)]

    def _entities(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        if self._ner_model is None:
            return [[] for _ in texts]
        from redactor.detect.ner import entities_with_labels

        # The pipeline's own spaCy model (already loaded for detection): its
        # dates, durations, ages and facilities reach what no word list lists.
        return entities_with_labels(texts, MODEL_LABELS, self._ner_model)

    def _risk_of(self, work: Work, eligible: list[int]) -> ReidentificationRisk:
        found = self._findings([work.segments[index] for index in eligible])
        return self.risk([finding for findings, _ in found for finding in findings])
