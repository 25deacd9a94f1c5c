"""Pipeline semantics: conversation-scoped placeholders, propagation, blocking, fail-closed."""
import re

import pytest
from hypothesis import given, settings, strategies as st

from redactor.detect.base import Span
from redactor.detect.engine import DetectionEngine
from redactor.core import BlockedError, PipelineError, RequestContext, UnavailableError
from redactor.pipeline import Pipeline
from redactor.policy import Policy
from redactor.segments import Segment
from tests.core_support import DictVault, FailingDetector, RegexDetector


def make_pipeline(**policy_fields) -> Pipeline:
    policy = Policy(name="test", **policy_fields)
    return Pipeline(policy, DictVault(), engine=DetectionEngine(policy, [RegexDetector()]))


def run(pipeline, texts, conversation="c1", kinds=None):
    segments = [Segment(t, kind=(kinds or {}).get(i, "prose")) for i, t in enumerate(texts)]
    return pipeline.process(segments, RequestContext(conversation=conversation))


def test_same_value_gets_same_placeholder_across_segments_and_turns():
    pipeline = make_pipeline()
    first = run(pipeline, ["mail ann@x.io", "again ann@x.io and bob@y.io"])
    assert [s.text for s in first.segments] == ["mail [[EMAIL_1]]", "again [[EMAIL_1]] and [[EMAIL_2]]"]
    second = run(pipeline, ["bob@y.io first now, then ann@x.io"])
    assert second.segments[0].text == "[[EMAIL_2]] first now, then [[EMAIL_1]]"


def test_conversations_do_not_share_placeholders_or_values():
    pipeline = make_pipeline()
    run(pipeline, ["ann@x.io"], conversation="a")
    run(pipeline, ["zed@z.io"], conversation="b")
    assert pipeline.restorer("a").restore("[[EMAIL_1]]")[0] == "ann@x.io"
    assert pipeline.restorer("b").restore("[[EMAIL_1]]")[0] == "zed@z.io"
    assert pipeline.restorer("c").restore("[[EMAIL_1]]")[0] == "[[EMAIL_1]]"


def test_value_found_once_is_redacted_everywhere_even_where_detectors_miss_it():
    pipeline = make_pipeline()
    run(pipeline, ["token TOKEN-123456"])
    # No detector fires on the bare value in a later turn, but it is known to the conversation.
    result = run(pipeline, ["the suffix TOKEN-123456 appears in a log", "TOKEN-123456"], kinds={0: "code"})
    assert "TOKEN-123456" not in result.segments[0].text
    assert "[[API_TOKEN_1]]" in result.segments[0].text


def test_issued_placeholders_are_never_redacted_again():
    pipeline = make_pipeline()
    first = run(pipeline, ["ann@x.io"])
    again = run(pipeline, [first.segments[0].text])
    assert again.segments[0].text == "[[EMAIL_1]]"


def test_lookalike_placeholders_typed_by_user_round_trip_literally():
    pipeline = make_pipeline()
    text = "I typed [[EMAIL_1]] myself; my address is ann@x.io"
    result = run(pipeline, [text])
    outgoing = result.segments[0].text
    assert "ann@x.io" not in outgoing
    restored, _ = pipeline.restorer("c1").restore(outgoing)
    assert restored == text


def test_block_action_refuses_the_request():
    pipeline = make_pipeline(kind_actions={"PRIVATE_KEY": "block"})
    with pytest.raises(BlockedError, match="PRIVATE_KEY"):
        run(pipeline, ["-----BEGIN KEY-----abc-----END KEY-----"])


def test_allow_action_sends_the_value_unchanged():
    pipeline = make_pipeline(actions={"pii": "allow", "secret": "redact"})
    result = run(pipeline, ["ann@x.io TOKEN-12345"])
    assert result.segments[0].text == "ann@x.io [[API_TOKEN_1]]"


class _AvailableBackend:
    name = "test-local"

    def unavailable_reason(self):
        return None


def test_local_action_routes_locally_and_keeps_original_text():
    policy = Policy(name="test", kind_actions={"PRIVATE_KEY": "local"})
    pipeline = Pipeline(policy, DictVault(), engine=DetectionEngine(policy, [RegexDetector()]),
                        local_backend=_AvailableBackend())
    result = run(pipeline, ["-----BEGIN KEY-----abc-----END KEY----- and ann@x.io"])
    assert result.route == "local"
    assert "PRIVATE_KEY" in result.decision.route_reason
    # sticky: the next turn of that conversation stays local even without a trigger
    assert run(pipeline, ["hello"]).route == "local"
    assert run(pipeline, ["hello"], conversation="other").route == "cloud"


def test_local_finding_without_a_local_backend_is_refused_not_sent():
    pipeline = make_pipeline(kind_actions={"PRIVATE_KEY": "local"})
    with pytest.raises(UnavailableError) as error:
        run(pipeline, ["-----BEGIN KEY-----abc-----END KEY-----"])
    assert error.value.decision is not None
    assert error.value.decision.detections == {"PRIVATE_KEY": 1}


def test_local_finding_in_a_policy_without_route_stage_is_redacted_not_sent_in_clear():
    pipeline = make_pipeline(stages=["placeholders"], kind_actions={"PRIVATE_KEY": "local"})
    result = run(pipeline, ["-----BEGIN KEY-----abc-----END KEY-----"])
    assert result.segments[0].text == "[[PRIVATE_KEY_1]]"


def test_blocked_request_carries_its_decision_for_the_audit_log():
    pipeline = make_pipeline(kind_actions={"PRIVATE_KEY": "block"})
    with pytest.raises(BlockedError) as error:
        run(pipeline, ["-----BEGIN KEY-----abc-----END KEY-----"])
    assert error.value.decision.route == "blocked"
    assert "PRIVATE_KEY" in error.value.decision.blocked_reason


def test_detector_failure_fails_closed_without_leaking_the_message():
    policy = Policy(name="test")
    pipeline = Pipeline(policy, DictVault(), engine=DetectionEngine(policy, [FailingDetector()]))
    with pytest.raises(PipelineError) as error:
        run(pipeline, ["TOKEN-9999"])
    assert "TOKEN-9999" not in str(error.value)
    assert "request not sent" in str(error.value)


def test_policy_without_placeholder_stage_refuses_instead_of_sending():
    pipeline = make_pipeline(stages=["route"])
    with pytest.raises(BlockedError, match="no placeholder stage"):
        run(pipeline, ["ann@x.io"])
    assert run(pipeline, ["nothing sensitive"]).segments[0].text == "nothing sensitive"


def test_unchanged_history_segments_hit_the_detection_cache():
    pipeline = make_pipeline()
    history = ["turn one ann@x.io", "turn two"]
    run(pipeline, history)
    result = run(pipeline, history + ["turn three"])
    assert result.decision.cache_hits == 2


def test_decision_record_holds_no_values():
    pipeline = make_pipeline()
    result = run(pipeline, ["ann@x.io TOKEN-777777"])
    event = repr(result.decision.to_event())
    assert "ann@x.io" not in event and "TOKEN-777777" not in event
    assert result.decision.detections == {"EMAIL": 1, "API_TOKEN": 1}


def test_conversation_id_is_stable_keyed_and_explicit_ids_differ():
    pipeline = make_pipeline()
    a = pipeline.conversation_id(["system", "first user message"], principal="p")
    assert a == pipeline.conversation_id(["system", "first user message"], principal="p")
    assert a != pipeline.conversation_id(["system", "first user message"], principal="q")
    assert a != pipeline.conversation_id([], explicit="system")
    other_key = Pipeline(pipeline.policy, DictVault(), engine=pipeline.engine, conversation_key=b"k2")
    assert other_key.conversation_id(["system", "first user message"], principal="p") != a


_values = st.one_of(
    st.from_regex(r"[a-z]{1,8}@[a-z]{1,6}\.(io|com)", fullmatch=True),
    st.from_regex(r"TOKEN-[0-9]{4,9}", fullmatch=True),
)
_filler = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_filler, _values), max_size=6), _filler)
def test_restore_of_redact_is_identity(pieces, tail):
    text = "".join(f"{filler} {value} " for filler, value in pieces) + tail
    pipeline = make_pipeline()
    result = run(pipeline, [text], conversation="prop")
    restored, _ = pipeline.restorer("prop").restore(result.segments[0].text)
    assert restored == text
    for _, value in pieces:
        assert value not in result.segments[0].text


@settings(max_examples=100, deadline=None)
@given(st.lists(_values, min_size=1, max_size=8, unique=True))
def test_distinct_values_never_share_a_placeholder_and_stay_stable(values):
    pipeline = make_pipeline()
    first = run(pipeline, [" ".join(values)], conversation="s").segments[0].text.split(" ")
    assert len(set(first)) == len(values)
    second = run(pipeline, [" ".join(reversed(values))], conversation="s").segments[0].text.split(" ")
    assert second == list(reversed(first))


# --- parts of found names ---------------------------------------------------------------


class _LabelledNameDetector:
    """Finds the name after "Name:" (two or three capitalised words): a stand-in for NER."""

    name = "test-names"
    _pattern = re.compile(r"(?<=Name: )[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")

    def detect(self, item):
        return [Span(m.start(), m.end(), "PERSON", "pii", 0.9, self.name) for m in self._pattern.finditer(item.text)]


def make_name_pipeline() -> Pipeline:
    policy = Policy(name="test")
    return Pipeline(policy, DictVault(), engine=DetectionEngine(policy, [_LabelledNameDetector(), RegexDetector()]))


def test_first_name_of_a_found_person_is_redacted_on_its_own_in_the_same_request():
    pipeline = make_name_pipeline()
    result = run(pipeline, ["Name: Jeffery Okonkwo", "Hi Jeffery, the invoice is attached.\n\nCheers,\nJeffery"])
    outgoing = "\n".join(s.text for s in result.segments)
    assert "Jeffery" not in outgoing and "Okonkwo" not in outgoing
    assert outgoing.count("[[PERSON_") == 3
    restored = pipeline.restorer("c1").restore(result.segments[1].text)[0]
    assert restored == "Hi Jeffery, the invoice is attached.\n\nCheers,\nJeffery"


def test_name_parts_that_are_ordinary_words_are_not_redacted_alone():
    pipeline = make_name_pipeline()
    result = run(pipeline, ["Name: Rose Baker", "Will Baker Street accept roses? Rose said yes."])
    assert result.segments[1].text == "Will Baker Street accept roses? Rose said yes."
    mixed = run(pipeline, ["Name: Will Okafor", "Will it work? Ask Okafor."], conversation="c2")
    assert mixed.segments[1].text.startswith("Will it work? Ask [[PERSON_")


def test_name_parts_match_only_capitalised_whole_words():
    pipeline = make_name_pipeline()
    result = run(pipeline, ["Name: Marisol Ekwueme", "marisol-lab and Marisolx stay; Marisol goes."])
    assert result.segments[1].text.startswith("marisol-lab and Marisolx stay; [[PERSON_")


def test_first_name_is_redacted_in_a_later_turn_from_the_conversation_vault():
    pipeline = make_name_pipeline()
    run(pipeline, ["Name: Jeffery Okonkwo"])
    # No detector fires in this turn; the full name is known from the first one.
    later = run(pipeline, ["Thanks Jeffery, and thanks Okonkwo."])
    assert "Jeffery" not in later.segments[0].text and "Okonkwo" not in later.segments[0].text


def test_allow_listed_name_parts_are_not_spread():
    policy = Policy(name="test", org={"allow": ["Claude"]})
    pipeline = Pipeline(policy, DictVault(), engine=DetectionEngine(
        policy, [_LabelledNameDetector(), RegexDetector()], allow_terms=["Claude"]))
    result = run(pipeline, ["Name: Claude Shannon", "Ask Claude about Shannon."])
    assert result.segments[1].text.startswith("Ask Claude about [[PERSON_")


def _calls_made(action) -> int:
    """Function calls (Python and C) `action` makes: work counted, so machine load cannot change it."""
    import sys

    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        action()
    finally:
        sys.setprofile(None)
    return calls


def test_propagation_stays_linear_with_thousands_of_findings():
    # A request dense with findings must not take quadratic work (a CPU-hogging body).
    # (Its speed is printed by benchmarks/proxy_overhead.py; here the work is counted.)
    from redactor.vault.memory import MemoryVault

    policy = Policy(name="test")
    pipeline = Pipeline(policy, MemoryVault(), engine=DetectionEngine(policy, [RegexDetector()]))

    def dense(findings: int) -> str:  # a new text each time: the detection cache must not answer
        return f"{findings} findings " + "".join(f"user{i}@x{i % 9}.io TOKEN-{i:06d} " for i in range(findings))

    results = {}
    work = {findings: _calls_made(lambda findings=findings: results.__setitem__(
        findings, run(pipeline, [dense(findings)], conversation=f"dense-{findings}")))
            for findings in (500, 4000)}
    assert results[4000].decision.detections == {"EMAIL": 4000, "API_TOKEN": 4000}
    # 8x the findings: linear work is about 8x; quadratic would be about 64x.
    assert work[4000] < 12 * work[500]


def test_result_restorer_knows_earlier_and_new_placeholders_without_rereading_the_vault():
    pipeline = make_pipeline()
    run(pipeline, ["ann@x.io"])
    reads_before = pipeline.vault.mapping_reads
    result = run(pipeline, ["now bob@y.io"])
    assert result.restorer.restore("[[EMAIL_1]] and [[EMAIL_2]]")[0] == "ann@x.io and bob@y.io"
    assert pipeline.vault.mapping_reads == reads_before + 1  # one read per request, not two
