"""Round 29's speed-ups of the PII finders find exactly what the whole-text scans they replace found.

Each replaced scan is kept here as the reference (the regex as it was written, the cue list as it was): a text the
narrowed finder reads and finds in, a text it stops on, and tricky forms (the edges of a look-behind, case, scripts
beyond ASCII) where the narrowed finder must return what the reference returns. The dev texts shaped the change;
the check texts were written after it and not tuned on.
"""
from __future__ import annotations

import re

import pytest

from redactor.detect import ids_as_objects, logins_in_person_slots, org_unlisted_words, pii
from redactor.detect.base import DetectionInput
from redactor.detect.ids_as_objects import find_ids_as_objects
from redactor.detect.keywords import keyword_positions, lowered_same_length
from redactor.detect.logins_in_person_slots import find_logins_in_person_slots

# --- ids_as_objects: a FHIR reference, tried only where a resource's name and its "/" start -----------------------

# The pattern as it was: its look-behind made `re` try every position of the text.
_FHIR_AS_WRITTEN = re.compile(
    r"(?<![\w/.-])(?:Patient|Person|RelatedPerson|Practitioner|PractitionerRole|Coverage|Account|Claim|ClaimResponse"
    r"|ExplanationOfBenefit|Encounter|EpisodeOfCare|Observation|Condition|Procedure|MedicationRequest"
    r"|MedicationStatement|DiagnosticReport|Appointment|Consent|ServiceRequest|Immunization|AllergyIntolerance|CarePlan"
    r"|DocumentReference|QuestionnaireResponse)/(?P<id>[A-Za-z0-9](?:[A-Za-z0-9.]|-(?=[A-Za-z0-9])){0,63})"
    r"(?![\w/])")


def _fhir_spans_as_written(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _FHIR_AS_WRITTEN.finditer(text)]


def _fhir_spans(text: str) -> list[tuple[int, int]]:
    from redactor.detect.keywords import matches_at_word_start
    return [match.span() for match in matches_at_word_start(
        ids_as_objects._FHIR_REFERENCE, text, also="/.-", cues=ids_as_objects._FHIR_REFERENCE_CUES)]


_FHIR_DEV = {
    "bundle_entry": '{"fullUrl": "urn:x", "resource": {"subject": {"reference": "Patient/8841207"}}}',
    "related_person": "linked RelatedPerson/rp-4471 to Encounter/enc-20931 yesterday",
    "role_after_practitioner": "author: PractitionerRole/pr7731, then Practitioner/99812",
    "claim_response": "ClaimResponse/cr-55120 answers Claim/55120",
    "uuid_patient": "GET /fhir/Patient/7c9e6679-7425-40de-944b-e07fc1f90ae7 HTTP/1.1",
}
_FHIR_TRICKY = {
    "after_a_slash": "GET /fhir/r4/Patient/12345",  # the look-behind: not after "/"
    "after_a_word": "xPatient/12345 and Patient_/1 and _Patient/1",
    "after_a_dot_or_dash": "a.Patient/1234 b-Patient/1234 c Patient/1234",
    "person_inside_related": "RelatedPerson/abc1",  # "Person/" inside a longer name
    "capitals": "PATIENT/1234 patient/1234 Patient/1234",
    "beyond_ascii": "Ärztin Patient/88 éPatient/99 — Patient/ü12 Patient/7",
    "dotted_capital_i": "İPatient/1 ıPatient/2 Patient/İ3",
    "adjacent": "Patient/1Patient/2 Patient/3/Patient/4",
    "at_the_start_and_end": "Patient/1",
}
_FHIR_CHECK = {
    "hl7_note": "Observation/obs-7781 for Patient/pt-10042 (see DiagnosticReport/dr-3319)",
    "markdown": "* `Coverage/cov-88` — `Account/acct-2291`",
    "no_resource": "the patient/visit split is done; see docs/Patient.md and Patient/ alone",
}


@pytest.mark.parametrize("text", [*_FHIR_DEV.values(), *_FHIR_TRICKY.values(), *_FHIR_CHECK.values()],
                         ids=[*_FHIR_DEV, *_FHIR_TRICKY, *_FHIR_CHECK])
def test_fhir_references_tried_at_their_cues_are_the_whole_text_scan_s(text):
    assert _fhir_spans(text) == _fhir_spans_as_written(text)


def test_a_fhir_reference_with_a_number_is_found_and_a_text_without_one_is_not():
    found = list(find_ids_as_objects("subject: Patient/8841207 seen"))
    assert (9, 24, ids_as_objects._SCORE) in found
    assert not _fhir_spans("the patient resource has no reference here")


# --- org_unlisted_words: "a word with an inner capital" answered from the text's character classes -------------

_INNER_CAPITAL_TEXTS = {
    "pascal_name": "I work at CloudNimbus now",
    "no_inner_capital": "Thanks for the call with Northwind today.",
    "short_parts": "aB aBc abCd abCde",
    "at_the_edges": "abCde",
    "camel_in_code": "const sessionToken = getToken();",
    "beyond_ascii": "straßeÄhnlich and müLler",  # the regex's letters beyond ASCII
    "beyond_ascii_without": "Grüße aus Köln, Ärger",
    "digits_between": "ab1Cd ab_Cde",
    "check_mixed": "Met with PixelForge and QuantaBay's team in São Paulo",
}


@pytest.mark.parametrize("text", _INNER_CAPITAL_TEXTS.values(), ids=_INNER_CAPITAL_TEXTS.keys())
def test_inner_capital_gate_answers_as_the_regex_does(text):
    assert org_unlisted_words._has_inner_capital(text) == (
        org_unlisted_words._ANY_INNER_CAPITAL.search(text) is not None)


# --- pii: the whole text's full dates are read once per text --------------------------------------------------------

_DATES_TEXT = ("Patient: Jane Okoro, 12-Mar-1985, F\nAisha Khan - 1984-03-02\ncreated: 2001-04-02\n"
               "Leo Rossi (14/02/1990) moved in 2019\n")


def _full_dates_read(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pii._full_dates_in(text, 0, len(text))]


def test_the_whole_text_s_full_dates_are_read_once_and_are_the_same_each_time(monkeypatch):
    first = [match.span() for match in pii.PiiDetector._full_dates(_DATES_TEXT, 0, len(_DATES_TEXT))]
    assert first == _full_dates_read(_DATES_TEXT) and first

    def must_not_run(*_args):
        raise AssertionError("the whole text's dates were read again")
    monkeypatch.setattr(pii, "_full_dates_in", must_not_run)
    again = [match.span() for match in pii.PiiDetector._full_dates(_DATES_TEXT, 0, len(_DATES_TEXT))]
    assert again == first


def test_another_text_and_a_part_of_a_text_are_read_afresh():
    pii.PiiDetector._full_dates(_DATES_TEXT, 0, len(_DATES_TEXT))
    other = "Maria Santos (12/03/1979)\n"
    assert [m.span() for m in pii.PiiDetector._full_dates(other, 0, len(other))] == _full_dates_read(other)
    part = [m.span() for m in pii.PiiDetector._full_dates(_DATES_TEXT, 0, 40)]
    assert part == [m.span() for m in pii._full_dates_in(_DATES_TEXT, 0, 40)]


def test_birth_dates_of_the_detector_are_found_with_the_shared_dates():
    spans = pii.PiiDetector().detect(DetectionInput(_DATES_TEXT))
    births = {_DATES_TEXT[span.start:span.end] for span in spans if span.kind == "DATE_OF_BIRTH"}
    assert {"12-Mar-1985", "1984-03-02"} <= births


# --- logins_in_person_slots: cues looked up with the space or tab a handle follows them by ---------------------------

def _slot_logins_of_every_cue(text: str, monkeypatch) -> list[tuple[int, int, float]]:
    with monkeypatch.context() as patched:
        patched.setattr(logins_in_person_slots, "_CUES_THEN_SPACE", logins_in_person_slots._CUES)
        return list(find_logins_in_person_slots(text, lowered_same_length(text)))


_SLOT_DEV = {
    "cc_and_ping": "cc sbaker7 on this, and ping mkhan2 when the deploy finishes",
    "thanks": "thanks tpham3! approved by hpatel",
    "tab_after_cue": "assigned\tlchen88 yesterday; reviewer (dmitri_v)",
    "dm_apostrophe": "dm'd jdoe42 and dm jdoe43",
    "prefix_cues": "told nakamura.k, tell rsingh9, asked okafor_r, ask j-novak",
}
_SLOT_TRICKY = {
    "cue_inside_words": "automatic today, byproduct toward history forth and ty ty7",
    "cue_at_the_end": "please ping",
    "cue_then_newline": "cc\nsbaker7 and thanks\ttpham3",
    "upper_case": "CC SBaker7, Thanks Tpham3, PING mkhan2",
    "beyond_ascii": "danke — thanks jürgen2 and cc ørsted_k, ping İlker3",
    "double_space": "thanks  tpham3 and  to  by  r.okafor",
}
_SLOT_CHECK = {
    "review_thread": "LGTM, reassigned to wchen_ops; mentioned kpatel2 in the PR (owner (a.kovacs))",
    "chat": "hey jlee99, message from rgarcia4: invited bwong to the channel",
    "prose_without_handles": "Thanks for the update, I asked the team and told them to wait for the fix.",
}


@pytest.mark.parametrize("text", [*_SLOT_DEV.values(), *_SLOT_TRICKY.values(), *_SLOT_CHECK.values()],
                         ids=[*_SLOT_DEV, *_SLOT_TRICKY, *_SLOT_CHECK])
def test_handles_in_person_slots_are_those_every_cue_position_finds(text, monkeypatch):
    assert sorted(set(find_logins_in_person_slots(text, lowered_same_length(text)))) == sorted(
        set(_slot_logins_of_every_cue(text, monkeypatch)))


def test_a_cue_followed_by_a_handle_is_found_and_one_inside_a_word_is_not_looked_at():
    text = "cc sbaker7 automatically"
    assert [text[start:end] for start, end, _ in find_logins_in_person_slots(text, lowered_same_length(text))] == [
        "sbaker7"]
    assert 11 + len("au") not in keyword_positions(lowered_same_length(text), logins_in_person_slots._CUES_THEN_SPACE)


# --- character classes: the starts of a pattern found in the text's shared classes, the pattern tried there only ---

from redactor.detect import acronym_labels, vehicle_plates  # noqa: E402
from redactor.detect.character_layouts import character_classes, class_pattern_starts, layout_matches  # noqa: E402
from redactor.detect.keywords import matches_at_starts  # noqa: E402


def _plate_hints(text):
    return [m.span() for m in layout_matches(vehicle_plates._DIGITS_HINT, text, vehicle_plates._DIGITS_HINT_LAYOUTS)]


def _people(text):
    starts = class_pattern_starts(org_affiliations._PERSON_START_IN_CLASSES, text)
    found = org_affiliations._PERSON.finditer(text) if starts is None else matches_at_starts(
        org_affiliations._PERSON, text, starts)
    return [m.span() for m in found]


def _name_lines(text):
    classes = character_classes(text)
    found = org_affiliations._NAME_LINE.finditer(text) if classes is None else matches_at_starts(
        org_affiliations._NAME_LINE, text,
        [start.end() for start in org_affiliations._NAME_LINE_START_IN_CLASSES.finditer(classes)])
    return [m.span() for m in found]


def _acronyms(text):
    starts = class_pattern_starts(acronym_labels._ACRONYM_START_IN_CLASSES, text)
    found = acronym_labels._ACRONYM.finditer(text) if starts is None else matches_at_starts(
        acronym_labels._ACRONYM, text, starts)
    return [m.span() for m in found]


from redactor.detect import org_affiliations  # noqa: E402

_CLASS_START_DEV = {
    "plates": "parked KX21 PLM and 4821 BCD, then GH-482-KT; MH-12-AB-1234",
    "person_slots": "Priya Raman (Copperleaf)\nJohn O'Neill - Harbrook Joinery\nAna de-Sousa, Tidewell\n",
    "name_lines": "Thanks!\nHarbrook Joinery\n- Zestwood Cafe\n> Northwind Traders Ltd\n  Kestrel Print Works.\n",
    "acronyms": "KMT no. 44120, NHS 485 777 3456, PhD 2011, IoT 3, RfC 7231",
}
_CLASS_START_TRICKY = {
    "after_glue": "x.John Smith (A) a/Mary Jones - B @Anna Lee, C -Tom Hart | D _Li Wei (E)",
    "line_start_forms": "\n\nA B\n\t Alpha Beta\n>>Gamma Delta\n*-Epsilon Zeta\n -\tEta Theta\n",
    "crlf_lines": "Intro\r\nHarbrook Joinery\r\nZestwood Cafe\r\n",
    "acronym_edges": "ABC1 aBC ABcD ABCDEFG $AB #AB A-B ./AB AB'S ABc-",
    "plate_edges": "12ABC 1-AB-2 9 XYZ 00 AAA 0-ABCD-1",
    "beyond_ascii": "• Zestwood Café\nJürgen Weiß (Åland Ltd)\nÉtienne Roux - Nord\nKDV № 77, ВАЗ 2107",
    "at_the_start": "Harbrook Joinery\nMary Jones (Acme)",
}
_CLASS_START_CHECK = {
    "signature": "Best,\nDana Whitfield\nOperations Lead\nBrightLedger Accounting\n+1 415 555 0132\n",
    "team_list": "- Ravi Patel (Backend)\n- Sofia Marin (Design), Oakhill Studio\n- Li Wei @ Tidewell\n",
    "log": "2026-11-02 ERROR ABC-4471 failed for TKT 88120 on host db-02 (AB12 CDE)\n",
}


@pytest.mark.parametrize("text", [*_CLASS_START_DEV.values(), *_CLASS_START_TRICKY.values(),
                                  *_CLASS_START_CHECK.values()],
                         ids=[*_CLASS_START_DEV, *_CLASS_START_TRICKY, *_CLASS_START_CHECK])
def test_patterns_tried_at_their_starts_in_classes_find_what_their_whole_text_scans_find(text):
    assert _plate_hints(text) == [m.span() for m in vehicle_plates._DIGITS_HINT.finditer(text)]
    assert _people(text) == [m.span() for m in org_affiliations._PERSON.finditer(text)]
    assert _name_lines(text) == [m.span() for m in org_affiliations._NAME_LINE.finditer(text)]
    assert _acronyms(text) == [m.span() for m in acronym_labels._ACRONYM.finditer(text)]


def test_the_class_starts_find_something_in_the_dev_texts():
    assert _plate_hints(_CLASS_START_DEV["plates"])
    assert _people(_CLASS_START_DEV["person_slots"])
    assert len(_name_lines(_CLASS_START_DEV["name_lines"])) >= 3
    assert _acronyms(_CLASS_START_DEV["acronyms"])


# --- bank_codes: a routing number or sort code, tried only where nine digits or "00-00-00" start -------------------

from redactor.detect import bank_codes  # noqa: E402

_ROUTING_TEXTS = {
    "routing_then_account": "routing 021000021 acct 12345678",
    "sort_code_then_account": "sort 20-00-00 55779911 please",
    "glued": "x021000021 .021000021 -021000021 _021000021 021000021",
    "longer_runs": "1234567890123 and 12-34-567 and 1-22-33-44",
    "beyond_ascii": "Bankleitzahl: 021000021, Überweisung 20-00-00 55779911 (٠٢١٠٠٠٠٢١)",
    "check_statement": "Paid to 026009593 / 4402918837 on 2026-11-02, ref 11-22-33 12345678.",
}


@pytest.mark.parametrize("text", _ROUTING_TEXTS.values(), ids=_ROUTING_TEXTS.keys())
def test_routing_numbers_tried_at_their_layouts_are_the_whole_text_scan_s(text):
    at_layouts = [m.span() for m in layout_matches(bank_codes._ROUTING_OR_SORT_CODE, text,
                                                   bank_codes._ROUTING_OR_SORT_CODE_LAYOUTS, b"0Aa_.-")]
    assert at_layouts == [m.span() for m in bank_codes._ROUTING_OR_SORT_CODE.finditer(text)]
    if text.isascii() and "021000021 acct" in text:
        assert at_layouts


# --- addresses: a street led by its house number, tried only where a digit's run ends at a blank -------------------

from redactor.detect import addresses  # noqa: E402

_NUMBER_LED_TEXTS = {
    "us_street": "Ship to 1600 Pennsylvania Ave NW, Washington, DC 20500 today",
    "comma_after_number": "12, MG Road, Bengaluru and 4400 W NORTH AVE",
    "romance_number_first": "52, boulevard Legros; 12 rue de la Paix; 12 , rue Haute; 7 bis rue Neuve; 3b Via Roma",
    "japanese": "2-3-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo",
    "glued_and_separators": "a12 Main St .12 Main St -12 Main St _12 Main St 12:30 Main St 12/4 Main St",
    "unit_separator_blanks": "12\x1cMain Street and 14\x1fHigh Street and 16\tKing Road\n18\nQueen Street",
    "beyond_ascii": "Calle Mayor 7 — 12 Rue de l’Église, ١٢ Main St, 15 Straße",
    "check_letter": "Deliver to 221B Baker Street, London NW1 6XE or 10 Downing St.",
}


@pytest.mark.parametrize("text", _NUMBER_LED_TEXTS.values(), ids=_NUMBER_LED_TEXTS.keys())
def test_number_led_streets_tried_at_their_class_starts_are_the_whole_text_scan_s(text):
    starts = class_pattern_starts(addresses._NUMBER_LED_STREET_START_IN_CLASSES, text)
    found = addresses._NUMBER_LED_STREET.finditer(text) if starts is None else matches_at_starts(
        addresses._NUMBER_LED_STREET, text, starts)
    assert [m.span() for m in found] == [m.span() for m in addresses._NUMBER_LED_STREET.finditer(text)]
    if text.isascii() and "Pennsylvania" in text:
        assert starts


# --- org_capitalised_words: a capitalised run inside a sentence, tried only at its class starts ---------------------

from redactor.detect import org_capitalised_words  # noqa: E402

_CAPITALISED_RUN_TEXTS = {
    "inside_a_sentence": "we ordered the chairs from Oakhill and the desks from Harbrook Joinery's shop",
    "after_a_comma": "thanks, Tidewell, for the quote, Zestwood Cafe",
    "edges": "Start with Ab and Abc, x Abcd, 1 Abcd, xy  Abcd, x\tAbcd, x Ab1c, (x Abcd)",
    "beyond_ascii": "we met at Café Núñez and then at Oakhill, Grüße aus Köln",
    "check_ticket": "the invoice from Brightledger came late, so ask Kestrel Print Works about the reprint",
}


@pytest.mark.parametrize("text", _CAPITALISED_RUN_TEXTS.values(), ids=_CAPITALISED_RUN_TEXTS.keys())
def test_capitalised_runs_tried_at_their_class_starts_are_the_whole_text_scan_s(text):
    starts = class_pattern_starts(org_capitalised_words._CANDIDATE_START_IN_CLASSES, text)
    found = org_capitalised_words._CANDIDATE.finditer(text) if starts is None else matches_at_starts(
        org_capitalised_words._CANDIDATE, text, starts)
    assert [m.span() for m in found] == [m.span() for m in org_capitalised_words._CANDIDATE.finditer(text)]
    if text.isascii() and "Oakhill" in text:
        assert starts


# --- UK inward codes and compact adult dates, tried only at their class starts -------------------------------------

from redactor.detect import birth_date_layouts  # noqa: E402

_UK_AND_COMPACT_TEXTS = {
    "uk_postcodes": "10 Downing St, London SW1A 2AA; Flat 6, 221B Baker Street, NW1 6XE\tM1 1AE",
    "uk_edges": "x1AB 1ab 1Ab 1aB2 1ABC,\t2CD 9ZZ",
    "compact_dates": "sure, mine is 19850312; born 20010229 or 19991231, not 1985031212 nor x19850312",
    "compact_edges": ".19850312 ,19850312 /19850312 :19850312 +19850312 #19850312 $19850312 @19850312 =19850312 "
                     "-19850312 _19850312 (19850312)",
    "beyond_ascii": "€19850312 £19850312 ١٩٨٥٠٣١٢ Straße SW1A 2AA",
    "check_form": "DOB 19790704, postcode EC1A 1BB, ref 20260101 and 19000101",
}


@pytest.mark.parametrize("text", _UK_AND_COMPACT_TEXTS.values(), ids=_UK_AND_COMPACT_TEXTS.keys())
def test_uk_inward_codes_and_compact_dates_at_their_class_starts_are_the_whole_text_scan_s(text):
    starts = class_pattern_starts(addresses._UK_INWARD_CODE_START_IN_CLASSES, text)
    inward = addresses._UK_INWARD_CODE.finditer(text) if starts is None else matches_at_starts(
        addresses._UK_INWARD_CODE, text, starts)
    assert [m.span() for m in inward] == [m.span() for m in addresses._UK_INWARD_CODE.finditer(text)]
    compact = layout_matches(birth_date_layouts._ADULT_COMPACT_DATE, text, birth_date_layouts._ADULT_COMPACT_DATE_LAYOUTS,
                             birth_date_layouts._ADULT_COMPACT_DATE_NOT_AFTER)
    assert [m.span() for m in compact] == [m.span() for m in birth_date_layouts._ADULT_COMPACT_DATE.finditer(text)]


# --- org_lower_case_names: cue words looked up with the blank every _AFTER_CUE match reads after them ---------------

from redactor.detect import org_lower_case_names  # noqa: E402

_CUE_WORDS_ALONE = tuple(sorted(org_lower_case_names.ORGANISATION_CUES - {"to", "by", "via"})) + ("the",)
_LOWER_CASE_NAME_TEXTS = {
    "after_cues": "for fernbrook health, at oakhill joinery and with brightmoor labs; the tidewell team said",
    "tab_and_case": "From\tfernbrook and AT oakhill, The harbrook folks",
    "inside_words": "whatever, format, platform, fortune, fromage, thesis, bathe and other data",
    "glued": "x.for fernbrook, @at oakhill, /with brightmoor, -the harbrook team",
    "check_chat": "we switched to a new supplier kestrelprint and the copperleaf people answered first",
}


@pytest.mark.parametrize("text", _LOWER_CASE_NAME_TEXTS.values(), ids=_LOWER_CASE_NAME_TEXTS.keys())
def test_lower_case_name_cues_with_their_blank_find_what_the_bare_cues_find(text):
    assert text.isascii()  # (text beyond ASCII keeps the whole-text scan)
    every_cue = [m.span() for m in matches_at_starts(org_lower_case_names._AFTER_CUE, text,
                                                     keyword_positions(lowered_same_length(text), _CUE_WORDS_ALONE))]
    assert [m.span() for m in org_lower_case_names._after_cue_matches(text)] == every_cue
    assert every_cue == [m.span() for m in org_lower_case_names._AFTER_CUE.finditer(text)]


# --- ids_bare_codes: a capital beside a digit, tried only at its class starts ----------------------------------------

from redactor.detect import ids_bare_codes  # noqa: E402
from redactor.detect.ids_bare_codes import find_bare_codes  # noqa: E402

_ADJACENT_TEXTS = {
    "codes": "see JT4471920 and KX-88120 or 4471/QX, then AB12CD34",
    "edges": "A1 1A A-1 1-A A/1 1/A a1 1a 12AB AB12 A--1 1--A A1-B",
    "beyond_ascii": "Ä1 1Ä ЖТ4471 JT٤٤٧١ JT4471920",
    "check_log": "order ZK-5520-A shipped to unit 4B, badge QP88120X, build 3.2.1",
}


@pytest.mark.parametrize("text", _ADJACENT_TEXTS.values(), ids=_ADJACENT_TEXTS.keys())
def test_letter_beside_digit_hits_at_their_class_starts_are_the_whole_text_scan_s(text):
    starts = class_pattern_starts(ids_bare_codes._ADJACENT_START_IN_CLASSES, text)
    hits = ids_bare_codes._ADJACENT.finditer(text) if starts is None else matches_at_starts(
        ids_bare_codes._ADJACENT, text, starts)
    assert [m.span() for m in hits] == [m.span() for m in ids_bare_codes._ADJACENT.finditer(text)]


def test_a_bare_code_is_still_found():
    text = "the scans are filed under JT4471920 now"
    assert [text[start:end] for start, end in find_bare_codes(text)] == ["JT4471920"]
