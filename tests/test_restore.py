"""Restorer and StreamRestorer: issued placeholders come back, nothing else changes."""
from __future__ import annotations

import json

import pytest
from hypothesis import example, given, settings, strategies as st

from redactor.detect.engine import DetectionEngine
from redactor.core import RequestContext
from redactor.pipeline import Pipeline
from redactor.placeholder_syntax import MAX_PLACEHOLDER_LENGTH, could_be_placeholder_prefix
from redactor.policy import Policy
from redactor.restore import Restorer, StreamRestorer
from redactor.segments import Segment
from tests.core_support import DictVault, RegexDetector

MAPPING = {
    "[[EMAIL_1]]": "ann@example.com",
    "[[EMAIL_2]]": 'say "hi"\\ to\nbob@example.org',  # quotes, a backslash, a newline
    "[[AWS_ACCESS_KEY_12]]": "AKIA\u00e9\u65e5\u672c\U0001F389",
    "[[PERSON_3]]": "Zo\u00eb \u5c71\u7530",
}
RESTORER = Restorer(MAPPING)


def restore(text: str) -> str:
    return RESTORER.restore(text)[0]


# -- whole texts ------------------------------------------------------------------

def test_issued_placeholders_are_restored_and_counted():
    assert RESTORER.restore("to [[EMAIL_1]], cc [[EMAIL_1]]; key [[AWS_ACCESS_KEY_12]]") == (
        "to ann@example.com, cc ann@example.com; key AKIA\u00e9\u65e5\u672c\U0001F389", 3)


@pytest.mark.parametrize("altered, expected", [
    ("[[email_1]]", "ann@example.com"),
    ("[[Email_1]]", "ann@example.com"),
    ("\\[\\[EMAIL\\_1\\]\\]", "ann@example.com"),  # markdown-escaped
    ("\\[\\[AWS\\_ACCESS\\_KEY\\_12\\]\\]", "AKIA\u00e9\u65e5\u672c\U0001F389"),
    ("**[[EMAIL_1]]**", "**ann@example.com**"),
    ("`[[EMAIL_1]]`", "`ann@example.com`"),
    ("[[ EMAIL_1 ]]", "ann@example.com"),
    ("([[EMAIL_1]]).", "(ann@example.com)."),
])
def test_common_model_alterations_are_restored(altered, expected):
    assert restore(altered) == expected


@pytest.mark.parametrize("text, expected", [
    ("[[EMAIL_9]]", "[[EMAIL_9]]"),  # not issued in this conversation
    ("[[PHONE_1]]", "[[PHONE_1]]"),
    ("[EMAIL_1]", "[EMAIL_1]"),
    ("[[EMAIL 1]]", "[[EMAIL 1]]"),
    ("[[EMAIL_1]", "[[EMAIL_1]"),
    ("[[\nEMAIL_1]]", "[[\nEMAIL_1]]"),  # only a plain space is tolerated inside
    ("\\[\\[", "\\[\\["),
    ("[[[[EMAIL_1]]", "[[ann@example.com"),
    ("[[EMAIL_1]]]", "ann@example.com]"),
    ("matrix[[0]] and list[[i]]", "matrix[[0]] and list[[i]]"),
])
def test_look_alikes_that_were_not_issued_stay_literal(text, expected):
    assert restore(text) == expected


def test_another_conversations_restorer_restores_nothing_of_ours():
    assert Restorer({"[[EMAIL_1]]": "zed@z.io"}).restore("[[EMAIL_2]] [[PERSON_3]]") == (
        "[[EMAIL_2]] [[PERSON_3]]", 0)
    assert Restorer({}).restore("[[EMAIL_1]]") == ("[[EMAIL_1]]", 0)


def test_json_escaped_values_keep_the_arguments_valid_json():
    raw = json.dumps({"to": "[[EMAIL_2]]", "note": "ping [[EMAIL_2]] now", "[[PERSON_3]]": ["[[EMAIL_1]]"]})
    restored, count = RESTORER.restore(raw, json_escape=True)
    assert count == 4
    assert json.loads(restored) == {"to": MAPPING["[[EMAIL_2]]"], "note": f"ping {MAPPING['[[EMAIL_2]]']} now",
                                    MAPPING["[[PERSON_3]]"]: [MAPPING["[[EMAIL_1]]"]]}


def test_json_text_agrees_with_restoring_the_decoded_strings_around_backslashes():
    for value in ["\\[\\[EMAIL\\_1\\]\\]", "C:\\[[EMAIL_1]]", "C:\\\\[[EMAIL_1]]", "a\\", "\\[[EMAIL_2]]\\"]:
        raw = json.dumps({"v": value})
        restored = RESTORER.restore(raw, json_escape=True)[0]
        assert json.loads(restored) == {"v": restore(value)}, value


def test_restore_json_restores_keys_and_values_and_leaves_other_types():
    document = {"[[PERSON_3]]": {"mail": ["[[EMAIL_1]]", 3, None, True, 1.5]}, "n": 7}
    assert RESTORER.restore_json(document) == {
        "Zo\u00eb \u5c71\u7530": {"mail": ["ann@example.com", 3, None, True, 1.5]}, "n": 7}


# -- streams ---------------------------------------------------------------------

def _feed_all(stream: StreamRestorer, pieces) -> list[str]:
    return [stream.feed(piece) for piece in pieces] + [stream.flush()]


def test_plain_text_is_released_immediately():
    stream = StreamRestorer(RESTORER)
    assert stream.feed("Hello, world. ") == "Hello, world. "
    assert stream.feed("array[0] = x] and more") == "array[0] = x] and more"


def test_only_a_possible_placeholder_start_is_held_back():
    stream = StreamRestorer(RESTORER)
    assert stream.feed("Write to [[EMA") == "Write to "
    assert stream.pending == "[[EMA"
    assert stream.feed("IL_1]] today") == "ann@example.com today"
    assert stream.pending == ""


def test_a_partial_placeholder_is_never_emitted_even_one_character_at_a_time():
    text = "Mail \\[\\[EMAIL\\_1\\]\\] or [[email_1]] or [[AWS_ACCESS_KEY_12]] now"
    outputs = _feed_all(StreamRestorer(RESTORER), text)
    assert "".join(outputs) == restore(text)
    for output in outputs:
        assert "[" not in output and "\\" not in output and "EMAIL" not in output.upper()


def test_text_that_never_completes_a_placeholder_is_released_at_flush():
    stream = StreamRestorer(RESTORER)
    assert stream.feed("end [[EMAIL_1") == "end "
    assert stream.flush() == "[[EMAIL_1"
    assert stream.feed("x") == "x"


def test_held_back_text_is_bounded_by_the_longest_possible_placeholder():
    stream = StreamRestorer(RESTORER)
    stream.feed("[[" + "A" * 200)
    assert stream.pending == ""
    stream.feed(" [[" + "B" * (MAX_PLACEHOLDER_LENGTH - 10))
    assert 0 < len(stream.pending) < MAX_PLACEHOLDER_LENGTH


def test_a_trailing_backslash_is_held_because_it_may_start_an_escaped_placeholder():
    assert _feed_all(StreamRestorer(RESTORER), ["see \\", "[\\[EMAIL\\_1\\]\\]"]) == ["see ", "ann@example.com", ""]


def test_restored_count_counts_stream_restorations():
    stream = StreamRestorer(RESTORER)
    _feed_all(stream, ["[[EMAIL_1]] [[EMA", "IL_2]] [[EMAIL_9]]"])
    assert stream.restored_count == 2


def test_json_stream_restores_escaped_and_keeps_json_valid():
    raw = json.dumps({"to": "[[EMAIL_2]]", "body": "\\[\\[PERSON\\_3\\]\\] at C:\\[[EMAIL_1]]"})
    pieces = [raw[i:i + 3] for i in range(0, len(raw), 3)]
    restored = "".join(_feed_all(StreamRestorer(RESTORER, json_escape=True), pieces))
    assert json.loads(restored) == {"to": MAPPING["[[EMAIL_2]]"],
                                    "body": f"{MAPPING['[[PERSON_3]]']} at C:{MAPPING['[[EMAIL_1]]']}"}


@pytest.mark.parametrize("form", [
    "[[AWS_ACCESS_KEY_12]]", "[[aws_access_key_12]]", "[[ AWS_ACCESS_KEY_12 ]]",
    "\\[\\[AWS\\_ACCESS\\_KEY\\_12\\]\\]",
    "\\\\[\\\\[AWS\\\\_ACCESS\\\\_KEY\\\\_12\\\\]\\\\]",  # the markdown form inside raw JSON
])
def test_every_proper_prefix_of_a_placeholder_is_recognised_as_one(form):
    for end in range(1, len(form)):
        assert could_be_placeholder_prefix(form[:end]), form[:end]
    assert not could_be_placeholder_prefix(form)


# -- properties ------------------------------------------------------------------

_ATOMS = st.sampled_from([
    "[[EMAIL_1]]", "[[email_1]]", "\\[\\[EMAIL\\_1\\]\\]", "[[EMAIL_2]]", "[[AWS_ACCESS_KEY_12]]",
    "[[ PERSON_3 ]]", "[[PERSON_3]]", "[[EMAIL_9]]", "[[[[EMAIL_1]]", "[[EMAIL_1]]]", "[", "]", "\\", "[[",
    "]]", "_", "EMAIL", "1", " ", "\n", "\u00e9", "\u65e5\u672c", "\U0001F389", "x", "[[EMAIL_", '"', "**", "`",
])
_TEXTS = st.lists(_ATOMS, max_size=24).map("".join)


def _cut(text: str, cuts: list[int]) -> list[str]:
    points = sorted({min(cut, len(text)) for cut in cuts})
    return [text[a:b] for a, b in zip([0, *points], [*points, len(text)])]


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.lists(st.integers(0, 400), max_size=8))
def test_streaming_in_any_pieces_equals_restoring_the_whole_text(text, cuts):
    stream = StreamRestorer(RESTORER)
    assert "".join(_feed_all(stream, _cut(text, cuts))) == restore(text)


@settings(max_examples=300, deadline=None)
@given(st.recursive(_TEXTS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(_TEXTS, inner, max_size=4)), max_leaves=8),
    st.lists(st.integers(0, 2000), max_size=8), st.booleans())
def test_streamed_json_text_decodes_to_the_restored_document(document, cuts, ascii_only):
    raw = json.dumps(document, ensure_ascii=ascii_only)
    whole = RESTORER.restore(raw, json_escape=True)[0]
    streamed = "".join(_feed_all(StreamRestorer(RESTORER, json_escape=True), _cut(raw, cuts)))
    assert streamed == whole
    assert json.loads(streamed) == RESTORER.restore_json(document)


# -- with the pipeline ---------------------------------------------------------------

def test_a_redacted_reply_streams_back_to_the_original_values():
    policy = Policy(name="test")
    pipeline = Pipeline(policy, DictVault(), engine=DetectionEngine(policy, [RegexDetector()]))
    original = "Ask ann@example.com for TOKEN-98765 today."
    result = pipeline.process([Segment(original)], RequestContext(conversation="conv-1"))
    redacted = result.segments[0].text
    assert "ann@example.com" not in redacted and "TOKEN-98765" not in redacted
    stream = StreamRestorer(pipeline.restorer("conv-1"))
    assert "".join(_feed_all(stream, redacted)) == original
    assert StreamRestorer(pipeline.restorer("conv-2")).feed(redacted + " ") == redacted + " "


# -- identifier-form placeholders (code-private) ------------------------------------

CODE_MAPPING = {
    **MAPPING,
    "DB_1_": "orders_staging",
    "FUNC_2_": "reconcile_ledger",
    "CLASS_1_": "LedgerSync",
    "MODULE_3_": "acme_billing",
}
CODE_RESTORER = Restorer(CODE_MAPPING)


def code_restore(text: str) -> str:
    return CODE_RESTORER.restore(text)[0]


@pytest.mark.parametrize("sent, expected", [
    ("def FUNC_2_(rows):", "def reconcile_ledger(rows):"),
    ("conn = get_DB_1__conn()", "conn = get_orders_staging_conn()"),
    ("from MODULE_3_.client import CLASS_1_", "from acme_billing.client import LedgerSync"),
    ("test_FUNC_2_ and FUNC_2__v2", "test_reconcile_ledger and reconcile_ledger_v2"),
    ("`FUNC_2_` and **CLASS_1_**", "`reconcile_ledger` and **LedgerSync**"),
    ("FUNC\\_2\\_ in markdown", "reconcile_ledger in markdown"),
    ("func_2_ lower-cased", "reconcile_ledger lower-cased"),
    ("new getCLASS_1_()", "new getLedgerSync()"),
    ("\"DB_1_\": [[EMAIL_1]]", "\"orders_staging\": ann@example.com"),
])
def test_identifier_placeholders_restore_where_code_puts_them(sent, expected):
    assert code_restore(sent) == expected


@pytest.mark.parametrize("text", [
    "FUNC_9_",  # not issued
    "FUNC_2",  # no closing underscore
    "MYFUNC_2_", "myfunc_2_", "x2FUNC_2_",  # inside a word: no identifier edge
    "MAX_RETRIES_2_", "ORGANIZATION_1_",
])
def test_identifier_look_alikes_stay_literal(text):
    assert code_restore(text) == text


def test_identifier_placeholders_in_json_text_restore_to_valid_json():
    raw = json.dumps({"patch": "-def FUNC_2_(x):\n+def FUNC_2_(x, limit):", "db": "DB_1_"})
    restored, count = CODE_RESTORER.restore(raw, json_escape=True)
    assert count == 3
    assert json.loads(restored) == {"patch": "-def reconcile_ledger(x):\n+def reconcile_ledger(x, limit):",
                                    "db": "orders_staging"}


def test_a_stream_holds_back_a_word_that_may_become_an_identifier_placeholder():
    stream = StreamRestorer(CODE_RESTORER)
    assert stream.feed("conn = get_DB") == "conn = get_"
    assert stream.feed("_1") == ""
    assert stream.feed("__conn()") == "orders_staging_conn()"
    assert stream.feed("FUNX ") == "FUNX "


def test_a_stream_split_inside_a_word_does_not_create_an_identifier_edge():
    assert _feed_all(StreamRestorer(CODE_RESTORER), ["MY", "FUNC_2_ x"]) == ["MY", "FUNC_2_ x", ""]


def test_streams_of_conversations_without_identifier_placeholders_release_words_at_once():
    assert StreamRestorer(RESTORER).feed("def FUNC") == "def FUNC"


@pytest.mark.parametrize("form", ["FUNC_2_", "func_2_", "FUNC\\_2\\_", "DB_123456_"])
def test_every_proper_prefix_of_an_identifier_placeholder_is_recognised_as_one(form):
    from redactor.placeholder_syntax import could_be_identifier_placeholder_prefix

    for end in range(1, len(form)):
        assert could_be_identifier_placeholder_prefix(form[:end]), form[:end]
    assert not could_be_identifier_placeholder_prefix(form)


_CODE_ATOMS = st.sampled_from([
    "DB_1_", "FUNC_2_", "func_2_", "FUNC\\_2\\_", "CLASS_1_", "MODULE_3_", "FUNC_9_", "FUNC_2", "[[EMAIL_1]]",
    "get_", "_conn", "MY", "my", "x", "2", "_", "\\", " ", "\n", "(", ".", "FU", "NC", "DB", "\u00e9", "[[",
])
_CODE_TEXTS = st.lists(_CODE_ATOMS, max_size=24).map("".join)


@settings(max_examples=400, deadline=None)
@given(_CODE_TEXTS, st.lists(st.integers(0, 200), max_size=8))
def test_streaming_code_in_any_pieces_equals_restoring_the_whole_text(text, cuts):
    stream = StreamRestorer(CODE_RESTORER)
    assert "".join(_feed_all(stream, _cut(text, cuts))) == code_restore(text)


@settings(max_examples=200, deadline=None)
@given(_CODE_TEXTS, st.lists(st.integers(0, 400), max_size=8))
# A backslash, then a letter JSON escapes (\\ then \u00e9 in the raw text): the placeholder after them is at an edge.
@example("\\\u00e9DB_1_", [])
@example("\\\\\\\u00e9DB_1_", [5, 9])
def test_streamed_code_json_text_equals_restoring_the_whole_raw_text(text, cuts):
    raw = json.dumps({"edit": text})
    whole = CODE_RESTORER.restore(raw, json_escape=True)[0]
    streamed = "".join(_feed_all(StreamRestorer(CODE_RESTORER, json_escape=True), _cut(raw, cuts)))
    assert streamed == whole
    assert json.loads(streamed) == {"edit": code_restore(text)}
