"""Stage H through the real proxy: the OpenAI SDK -> uvicorn proxy -> recording loopback upstream.

What must hold: numbers reach the upstream noised and the caller's budget is
charged; once a principal's budget runs out the policy's action applies
(block: a 403 the SDK surfaces with a clear message, nothing sent upstream;
redact-only: sent with placeholders but without noise); another API key has
its own budget.
"""
from __future__ import annotations

import random
import re

import httpx
import openai
import pytest

from redactor.dp.budget import budget_report
from redactor.policy import parse_policy
from redactor.server import create_app
from redactor.server.auth import principal_of
from redactor.stages.noise import NoiseStage
from redactor.stages.placeholders import PlaceholderStage
from redactor.stages.route import RouteStage
from tests.upstream_server import MODEL, LoopbackServer, make_pipeline

POLICY = """
name: dp-proxy-test
stages: [route, placeholders, noise]
detection:
  ner:
    enabled: false
vault:
  url: "memory://"
noise:
  epsilon_per_value: 1.0
  numeric:
    age: {lower: 0, upper: 120, sensitivity: 5}
    money: {lower: 0, upper: 1000000, sensitivity: 5000}
budget:
  epsilon: 2.0
  on_exhausted: %s
"""
FIRST = "Cohort summary: median age 34, median salary $85,000. Contact ops@example.com."
SECOND = "Follow-up: the oldest is 71 years old and earns $240,000."


def _stack(upstream, action: str):
    policy_text = POLICY % action
    policy = parse_policy(policy_text)
    # The proxy's pipeline, with a seeded noise source so the assertions are reproducible.
    pipeline = make_pipeline(policy_text, stages=[RouteStage(policy), PlaceholderStage(),
                                                  NoiseStage(policy, rng=random.Random(2024))])
    app = create_app(pipeline, upstream.url + "/v1", upstream.url, warm_up=False)
    return pipeline, LoopbackServer(app)


def _client(url: str, key: str) -> openai.OpenAI:
    return openai.OpenAI(api_key=key, base_url=url + "/v1", max_retries=0, timeout=30)


def _principal(key: str) -> str:
    return principal_of({"authorization": f"Bearer {key}"}, None)


def test_an_exhausted_budget_blocks_through_the_proxy(upstream):
    upstream.reset()
    pipeline, server = _stack(upstream, "block")
    with server:
        alice = _client(server.url, "sk-alice-key-1")
        alice.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": FIRST}])
        sent = upstream.last().json["messages"][0]["content"]
        assert "ops@example.com" not in sent and "[[EMAIL_1]]" in sent
        match = re.fullmatch(r"Cohort summary: median age (\d+), median salary \$(\d{1,3}(?:,\d{3})*)\. "
                             r"Contact \[\[EMAIL_1\]\]\.", sent)
        assert match, sent
        assert (match.group(1), match.group(2)) != ("34", "85,000")
        report = budget_report(pipeline, _principal("sk-alice-key-1"))
        assert report["releases"] == 2 and 0 < report["epsilon_spent"] < 2.0

        requests_before = len(upstream.requests)
        with pytest.raises(openai.PermissionDeniedError) as caught:
            alice.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": SECOND}])
        message = str(caught.value)
        assert "privacy budget exhausted for this principal" in message and "remaining" in message
        assert not re.search(r"\b71\b|240,000", message)
        assert len(upstream.requests) == requests_before  # nothing was forwarded

        # Another API key is another principal with its own budget.
        bob = _client(server.url, "sk-bob-key-2")
        bob.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": SECOND}])
        assert len(upstream.requests) == requests_before + 1
        assert re.fullmatch(r"Follow-up: the oldest is \d+ years old and earns \$\d{1,3}(,\d{3})*\.",
                            upstream.last().json["messages"][0]["content"])
        assert budget_report(pipeline, _principal("sk-bob-key-2"))["releases"] == 2

        # Each caller reads its own budget from the proxy.
        over_http = httpx.get(server.url + "/v1/redactor/budget",
                              headers={"authorization": "Bearer sk-alice-key-1"}, timeout=10).json()
        assert over_http["principal"] == _principal("sk-alice-key-1")
        assert over_http["epsilon_spent"] == pytest.approx(report["epsilon_spent"])
        assert over_http["epsilon_remaining"] == pytest.approx(2.0 - report["epsilon_spent"])
        anonymous = httpx.get(server.url + "/v1/redactor/budget", timeout=10)
        assert anonymous.status_code == 400 and "principal" in anonymous.json()["error"]["message"]


def test_an_exhausted_budget_in_redact_only_mode_sends_placeholders_without_noise(upstream):
    upstream.reset()
    pipeline, server = _stack(upstream, "redact-only")
    with server:
        carol = _client(server.url, "sk-carol-key-3")
        carol.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": FIRST}])
        reply = carol.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": SECOND + " Mail ops@example.com."}])
        sent = upstream.last().json["messages"][0]["content"]
        assert sent == "Follow-up: the oldest is 71 years old and earns $240,000. Mail [[EMAIL_1]]."
        assert "ops@example.com" in reply.choices[0].message.content  # restored for the client
        assert budget_report(pipeline, _principal("sk-carol-key-3"))["releases"] == 2
