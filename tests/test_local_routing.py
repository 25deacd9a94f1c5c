"""Stage A: when a request is served locally, and what happens when the local model cannot serve it."""
from __future__ import annotations

import pytest

from redactor.backends.local_http import LocalHttpBackend
from redactor.detect.base import DetectionInput, Span
from redactor.detect.engine import DetectionEngine
from redactor.core import RequestContext, UnavailableError
from redactor.pipeline import Pipeline
from redactor.policy import Policy
from redactor.segments import Segment
from redactor.stages.placeholders import PlaceholderStage
from redactor.stages.route import RouteStage, residual_risk
from tests.core_support import DictVault, RegexDetector
from tests.tiny_gguf import write_tiny_gguf
from tests.upstream_server import closed_port

KEY = "-----BEGIN KEY-----\nMIIEsecretkeymaterial\n-----END KEY-----"


class NameDetector:
    """Marks capitalised names after 'with' as PERSON, the way the NER detector reports them."""

    name = "ner"

    def detect(self, item: DetectionInput) -> list[Span]:
        import re

        return [Span(m.start(1), m.end(1), "PERSON", "pii", 0.85, self.name)
                for m in re.finditer(r"with ([A-Z][a-z]+)", item.text)]


@pytest.fixture(scope="module")
def live_backend(tmp_path_factory):
    llama = pytest.importorskip("redactor.backends.llama")
    path = write_tiny_gguf(tmp_path_factory.mktemp("gguf") / "tiny.gguf")
    return llama.LlamaBackend(path, context_tokens=1024, max_output_tokens=64, threads=1)


def dead_backend() -> LocalHttpBackend:
    return LocalHttpBackend(f"http://127.0.0.1:{closed_port()}/v1", model="m")


def make(backend=None, stages=("route", "placeholders"), **policy_fields) -> Pipeline:
    routing = policy_fields.pop("routing", {})
    routing.setdefault("backend", {"type": "http", "url": "http://127.0.0.1:9/v1", "context_tokens": 1024,
                                   "max_output_tokens": 64})
    policy = Policy(name="route-test", stages=list(stages), routing=routing, **policy_fields)
    chain = []
    for name in stages:
        chain.append(RouteStage(policy, local_backend=backend) if name == "route" else PlaceholderStage())
    return Pipeline(policy, DictVault(), engine=DetectionEngine(policy, [RegexDetector(), NameDetector()]),
                    stages=chain)


def run(pipeline, *texts, conversation="c1", hint=None, positions=None):
    segments = [Segment(text, position=(positions or {}).get(i, "user")) for i, text in enumerate(texts)]
    return pipeline.process(segments, RequestContext(conversation=conversation, route_hint=hint))


def test_a_finding_whose_action_is_local_routes_the_request_locally_with_the_original_text(live_backend):
    pipeline = make(live_backend, kind_actions={"PRIVATE_KEY": "local"})
    result = run(pipeline, f"deploy with this key {KEY}")
    assert result.route == "local"
    assert "PRIVATE_KEY" in result.decision.route_reason
    assert result.segments[0].text.endswith(KEY)  # the trusted local model gets the original


def test_listed_local_kinds_and_categories_route_locally(live_backend):
    assert run(make(live_backend, routing={"local_kinds": ["email"]}), "mail ann@x.io").route == "local"
    assert run(make(live_backend, routing={"local_categories": ["secret"]}), "TOKEN-123456").route == "local"
    assert run(make(live_backend, routing={"local_categories": ["secret"]}), "mail ann@x.io").route == "cloud"


def test_the_client_can_ask_for_local_by_header_or_tag_but_not_force_cloud(live_backend):
    pipeline = make(live_backend, kind_actions={"PRIVATE_KEY": "local"}, routing={"tag": "[redactor:local]"})
    assert run(pipeline, "hello", hint="local", conversation="h").decision.route_reason.endswith("(header)")
    assert run(pipeline, "[redactor:local] please", conversation="t").decision.route_reason.endswith("(tag)")
    assert run(pipeline, f"key {KEY}", hint="cloud", conversation="k").route == "local"
    # A tag inside a tool result (a file the agent read) does not steer routing.
    assert run(pipeline, "[redactor:local]", positions={0: "tool_result"}, conversation="f").route == "cloud"
    # Tags are opt-in: without `routing.tag` the text is just text.
    assert run(make(live_backend), "[redactor:local] please", conversation="t").route == "cloud"


def test_a_conversation_served_locally_stays_local_when_sticky(live_backend):
    sticky = make(live_backend, kind_actions={"PRIVATE_KEY": "local"})
    assert run(sticky, f"key {KEY}", conversation="s").route == "local"
    follow_up = run(sticky, "and now an innocent question", conversation="s")
    assert follow_up.route == "local" and "sticky" in follow_up.decision.route_reason
    assert run(sticky, "an innocent question", conversation="other").route == "cloud"

    loose = make(live_backend, kind_actions={"PRIVATE_KEY": "local"}, routing={"sticky": False})
    run(loose, f"key {KEY}", conversation="s")
    assert run(loose, "and now an innocent question", conversation="s").route == "cloud"


def test_residual_risk_above_the_policy_limit_routes_locally(live_backend):
    # An allowed email (score 0.95, pii weight 0.6) leaves 0.57 risk.
    allowing = {"kind_actions": {"EMAIL": "allow"}}
    strict = make(live_backend, routing={"max_residual_risk": 0.5}, **allowing)
    result = run(strict, "write to ann@x.io")
    assert result.route == "local" and "residual risk 0.57" in result.decision.route_reason
    relaxed = make(live_backend, routing={"max_residual_risk": 0.6}, **allowing)
    result = run(relaxed, "write to ann@x.io")
    assert result.route == "cloud" and "residual_risk=0.570" in result.decision.notes


def test_residual_risk_grows_with_names_only_ner_found_and_ignores_redacted_patterns():
    policy = Policy(name="p", routing={"ner_miss_rate": 0.1})
    segments = [Segment("met with Ann and with Bob and with Cat"), Segment("mail ann@x.io")]
    ner = NameDetector().detect(DetectionInput(segments[0].text))
    email = RegexDetector().detect(DetectionInput(segments[1].text))
    assert residual_risk(policy, segments, [[], email]) == 0.0
    assert residual_risk(policy, segments, [ner, email]) == pytest.approx(1 - 0.9 ** 3)
    code = [Segment(segments[0].text, kind="code")]
    assert residual_risk(policy, code, [ner]) == 0.0  # NER does not run on code anyway


def test_a_dead_local_backend_fails_closed_by_default():
    pipeline = make(dead_backend(), kind_actions={"PRIVATE_KEY": "local"})
    with pytest.raises(UnavailableError) as caught:
        run(pipeline, f"deploy {KEY}")
    message = str(caught.value)
    assert "PRIVATE_KEY" in message and "unreachable" in message and "nothing was sent" in message
    assert "MIIE" not in message
    assert caught.value.status == 503


def test_redact_and_send_fallback_redacts_even_what_was_meant_to_stay_local():
    pipeline = make(dead_backend(), kind_actions={"PRIVATE_KEY": "local"},
                    routing={"fallback": "redact-and-send"})
    result = run(pipeline, f"deploy {KEY} and mail ann@x.io")
    assert result.route == "cloud"
    assert "redact-and-send" in result.decision.route_reason
    assert result.segments[0].text == "deploy [[PRIVATE_KEY_1]] and mail [[EMAIL_1]]"


def test_redact_and_send_works_for_a_route_only_policy_by_redacting_in_the_route_stage():
    pipeline = make(dead_backend(), stages=("route",), routing={"always_local": True,
                                                                "fallback": "redact-and-send"})
    result = run(pipeline, f"deploy {KEY} and mail ann@x.io")
    assert result.route == "cloud"
    assert "MIIE" not in result.segments[0].text and "ann@x.io" not in result.segments[0].text
    assert "placeholders" in result.decision.stages


def test_a_request_too_big_for_the_local_context_gets_the_fallback(live_backend):
    big = "word " * 3000
    with pytest.raises(UnavailableError, match="does not fit"):
        run(make(live_backend, routing={"always_local": True}), big)
    result = run(make(live_backend, routing={"always_local": True, "fallback": "redact-and-send"}),
                 big + " ann@x.io")
    assert result.route == "cloud" and "[[EMAIL_1]]" in result.segments[0].text


def test_no_local_backend_configured_is_an_error_not_a_cloud_send():
    policy = Policy(name="none", kind_actions={"PRIVATE_KEY": "local"})
    pipeline = Pipeline(policy, DictVault(), engine=DetectionEngine(policy, [RegexDetector()]))
    with pytest.raises(UnavailableError, match="no local backend is configured"):
        run(pipeline, f"key {KEY}")


def test_the_policy_backend_is_opened_by_the_stage_when_none_is_passed(tmp_path):
    pytest.importorskip("llama_cpp")
    path = write_tiny_gguf(tmp_path / "own.gguf")
    policy = Policy(name="own", stages=["route", "placeholders"], routing={
        "always_local": True, "backend": {"type": "llama", "model_path": str(path), "context_tokens": 512,
                                          "threads": 1}})
    pipeline = Pipeline(policy, DictVault(), engine=DetectionEngine(policy, [RegexDetector()]))
    assert run(pipeline, "hello").route == "local"
    broken = Policy(name="broken", stages=["route", "placeholders"], routing={
        "always_local": True, "backend": {"type": "llama", "model_path": str(tmp_path / "missing.gguf")}})
    pipeline = Pipeline(broken, DictVault(), engine=DetectionEngine(broken, [RegexDetector()]))
    with pytest.raises(UnavailableError, match="not found"):
        run(pipeline, "hello")
