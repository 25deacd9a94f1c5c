"""Conversations belong to their principal and to their session.

What must hold, through the real proxy with the real SDKs and a recording upstream:
- the same explicit conversation id sent with another API key is another
  conversation: that key cannot get the first key's values back by naming
  their placeholders;
- a response id an upstream reply claims never moves another conversation's
  `previous_response_id` turns;
- two sessions of one agent that start with the very same messages stay apart
  (Claude Code's session header, Codex's thread headers and prompt_cache_key,
  Claude Code's metadata session), while the turns of one session share their
  placeholders;
- without any session signal, the whole first user turn tells sessions apart,
  not only a first message every session shares.
"""
from __future__ import annotations

import json

import anthropic
import openai
import pytest

from redactor.server import create_app
from tests.upstream_server import EMAIL, MODEL, OTHER_EMAIL, LoopbackServer, make_pipeline


@pytest.fixture(autouse=True)
def _fresh_upstream(upstream):
    upstream.reset()


@pytest.fixture(scope="module")
def proxy_url(upstream):
    app = create_app(make_pipeline(), upstream.url + "/v1", upstream.url)
    with LoopbackServer(app) as server:
        yield server.url


def _openai(url: str, key: str = "sk-key-one", headers: dict | None = None) -> openai.OpenAI:
    return openai.OpenAI(api_key=key, base_url=url + "/v1", max_retries=0, timeout=20,
                         default_headers=headers or {})


def _anthropic(url: str, key: str = "sk-ant-key-one", headers: dict | None = None) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=key, base_url=url, max_retries=0, timeout=20,
                               default_headers=headers or {})


def _chat_text(client: openai.OpenAI, text: str) -> str:
    reply = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": text}])
    return reply.choices[0].message.content


def test_a_second_api_key_naming_the_same_conversation_gets_none_of_its_values(proxy_url, upstream):
    shared = {"x-redactor-conversation": "team-thread-7"}
    first = _openai(proxy_url, "sk-key-one", shared)
    _chat_text(first, f"Mail {EMAIL} about the outage.")
    assert "[[EMAIL_1]]" in upstream.last().body.decode()

    # Another key, the same conversation name: typing the placeholder (the
    # upstream echoes it in its reply) must not restore the first key's value.
    second = _openai(proxy_url, "sk-key-two", shared)
    reply = _chat_text(second, "What is [[EMAIL_1]]?")
    assert EMAIL not in reply
    # The owner of the conversation still gets its value back.
    assert EMAIL in _chat_text(first, "What is [[EMAIL_1]]?")


def test_a_response_id_claimed_by_another_conversation_keeps_its_first_binding(proxy_url, upstream):
    # The recording upstream names every response "resp_test1": conversation A gets it first.
    client_a = _openai(proxy_url, headers={"x-redactor-conversation": "conversation-a"})
    client_a.responses.create(model=MODEL, input=f"Write to {EMAIL}.")
    # Conversation B's reply claims the same id.
    client_b = _openai(proxy_url, headers={"x-redactor-conversation": "conversation-b"})
    client_b.responses.create(model=MODEL, input=f"Write to {OTHER_EMAIL}.")
    # A stateful turn on resp_test1 (no conversation header) is A's turn: its
    # placeholder restores A's value, never B's.
    plain = _openai(proxy_url)
    reply = plain.responses.create(model=MODEL, previous_response_id="resp_test1", input="Resend to [[EMAIL_1]].")
    assert EMAIL in reply.output_text and OTHER_EMAIL not in reply.output_text


def test_another_key_cannot_continue_a_response_of_the_first_key(proxy_url, upstream):
    _openai(proxy_url, "sk-key-one").responses.create(model=MODEL, input=f"Write to {EMAIL}.")
    reply = _openai(proxy_url, "sk-key-two").responses.create(
        model=MODEL, previous_response_id="resp_test1", input="Resend to [[EMAIL_1]].")
    assert EMAIL not in reply.output_text


def _claude_session(url: str, session: str, text: str) -> str:
    # Every session starts with the same first message, as agents' sessions do.
    client = _anthropic(url, headers={"x-claude-code-session-id": session})
    message = client.messages.create(model=MODEL, max_tokens=64, system="You are Claude Code.",
                                     messages=[{"role": "user", "content": "Read CLAUDE.md first."},
                                               {"role": "assistant", "content": "Done."},
                                               {"role": "user", "content": text}])
    return "".join(block.text for block in message.content if block.type == "text")


def test_claude_code_sessions_with_identical_first_messages_stay_apart(proxy_url, upstream):
    _claude_session(proxy_url, "session-one", f"Contact {EMAIL}.")
    assert "[[EMAIL_1]]" in upstream.last().body.decode()
    # The same first message in another session: nothing of session one comes back.
    assert EMAIL not in _claude_session(proxy_url, "session-two", "Who is [[EMAIL_1]]?")
    # The same session keeps its placeholders across turns.
    assert EMAIL in _claude_session(proxy_url, "session-one", "Who is [[EMAIL_1]]?")


def test_claude_code_metadata_session_separates_sessions_without_the_header(proxy_url, upstream):
    def send(session: str, text: str) -> str:
        user_id = json.dumps({"device_id": "d" * 64, "account_uuid": "", "session_id": session})
        message = _anthropic(proxy_url).messages.create(
            model=MODEL, max_tokens=64, metadata={"user_id": user_id},
            messages=[{"role": "user", "content": text}])
        return "".join(block.text for block in message.content if block.type == "text")

    send("meta-one", f"Contact {EMAIL}.")
    assert EMAIL not in send("meta-two", "Who is [[EMAIL_1]]?")
    assert EMAIL in send("meta-one", "Who is [[EMAIL_1]]?")


@pytest.mark.parametrize("session_headers", [
    {"session-id": "codex-session-1", "thread-id": "codex-session-1"},
    {},  # prompt_cache_key alone
])
def test_codex_sessions_with_identical_first_messages_stay_apart(proxy_url, upstream, session_headers):
    def send(thread: str, text: str) -> str:
        headers = {name: value.replace("codex-session-1", thread) for name, value in session_headers.items()}
        client = _openai(proxy_url, headers=headers)
        reply = client.responses.create(
            model=MODEL, prompt_cache_key=thread, store=False,
            input=[{"role": "developer", "content": "AGENTS.md: be careful."},
                   {"role": "user", "content": "<environment_context>cwd=/repo</environment_context>"},
                   {"role": "user", "content": text}])
        return reply.output_text

    send("thread-a", f"Mail {EMAIL}.")
    assert EMAIL not in send("thread-b", "Who is [[EMAIL_1]]?")
    assert EMAIL in send("thread-a", "Who is [[EMAIL_1]]?")


def test_without_session_signals_the_whole_first_turn_tells_sessions_apart(proxy_url, upstream):
    client = _openai(proxy_url)
    boilerplate = {"role": "user", "content": "Here is the repository map (shared by every session)."}

    def first_turn(prompt: str) -> str:
        reply = client.chat.completions.create(
            model=MODEL, messages=[boilerplate, {"role": "user", "content": prompt}])
        return reply.choices[0].message.content

    first_turn(f"Mail {EMAIL} please.")
    assert EMAIL not in first_turn("Who is [[EMAIL_1]]?")


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def expiring(upstream):
    """A proxy whose vault forgets mappings after 60 s of a clock the test moves."""
    from redactor.policy import parse_policy
    from redactor.runtime import build_pipeline
    from redactor.vault.memory import MemoryVault
    from tests.upstream_server import TEST_POLICY

    clock = _Clock()
    policy = parse_policy(TEST_POLICY.replace('url: "memory://"', 'url: "memory://"\n  ttl_seconds: 60'))
    pipeline = build_pipeline(policy, vault=MemoryVault(ttl_seconds=60, clock=clock))
    with LoopbackServer(create_app(pipeline, upstream.url + "/v1", upstream.url)) as server:
        yield server.url, clock


def test_an_expired_thread_restarts_visibly_and_never_restores_its_old_placeholders(expiring, upstream):
    url, clock = expiring
    client = _openai(url, headers={"x-redactor-conversation": "long-thread"})
    assert EMAIL in _chat_text(client, f"Mail {EMAIL}, then tell me who [[EMAIL_1]] is.")
    clock.now += 61  # the vault forgets the thread's mappings
    response = client.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": f"Also {OTHER_EMAIL}. Who was [[EMAIL_1]]?"}])
    reply = response.parse().choices[0].message.content
    assert response.headers.get("x-redactor-conversation-restarted") == "1"
    # The old placeholder is not a value of the new thread: never restored to another address.
    assert EMAIL not in reply and "[[EMAIL_1]]" in reply
    assert OTHER_EMAIL in reply
    # Once the new thread holds placeholders again, it is an ordinary thread.
    response = client.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": f"Again {OTHER_EMAIL}."}])
    assert "x-redactor-conversation-restarted" not in response.headers


def test_a_stateful_turn_on_an_expired_thread_fails_clearly(expiring, upstream):
    url, clock = expiring
    client = _openai(url, "sk-stateful-key")
    client.responses.create(model=MODEL, input=f"Write to {EMAIL}.")
    clock.now += 61
    with pytest.raises(openai.ConflictError) as caught:
        client.responses.create(model=MODEL, previous_response_id="resp_test1", input=f"And {OTHER_EMAIL}.")
    assert "expired" in str(caught.value)
