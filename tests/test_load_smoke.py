"""A short load burst through a real proxy process: no errors, no leak, no cross-conversation restore.

The bounded, in-suite cousin of benchmarks/load_test.py (same upstream, same
conversations, same checks): `python -m redactor.cli serve` with the regex-only
policy and a SQLite vault, 64 streaming conversations of two turns open at
once, and a burst of 200 single-turn non-streaming requests from 200 distinct
principals, all started together.
"""
from __future__ import annotations

import asyncio

import pytest

from tests.benchmark_scripts import load_benchmark_script

load_test = load_benchmark_script("load_test")


@pytest.fixture(scope="module")
def stack():
    try:
        started = load_test.start_stack(workers=1, vault="sqlite")
    except RuntimeError as error:
        pytest.fail(f"the load stack did not start: {error}")
    try:
        yield started
    finally:
        started.stop()


def test_64_streams_and_a_burst_of_200_requests_from_distinct_principals(stack):
    driver = load_test.LoadDriver(stack.proxy.url, load_test.LoadConfig(duration=25.0, turns=2, timeout=20.0))
    stats = asyncio.run(driver.run_burst(stream_conversations=64, request_conversations=200))
    upstream = load_test.httpx.get(stack.upstream.url + "/stats", timeout=5).json()

    assert stats.http_errors == {}
    assert stats.cross_conversation == 0
    assert stats.wrong_restores == 0, stats.wrong_examples
    assert stats.conversations == 264  # each with its own API key (principal) and values
    assert len(stats.stream_latency) == 64 * 2
    assert len(stats.request_latency) == 200 * 2
    assert stats.max_open_streams == 64
    assert upstream["raw_values"] == 0
    assert upstream["requests"] == 264 * 2
    assert all(0 < ttft <= total for ttft, total in zip(stats.stream_ttft, stats.stream_latency))


def test_a_reply_restored_with_another_conversations_value_is_counted():
    # The check itself must be able to fail: a reply carrying a foreign value is a violation.
    import random

    mine = load_test.Conversation(1, random.Random(1))
    theirs = load_test.Conversation(2, random.Random(2))
    body_mine = mine.next_body(False)
    theirs.next_body(False)
    owners = {value: 1 for value in mine.values} | {value: 2 for value in theirs.values}
    expected = mine.expected_items(body_mine)
    honest = "Checked " + " ".join(f"«{v}»" for v in expected) + " «[[EMAIL_2]]» — done."
    assert mine.check_reply(body_mine, honest, owners).ok

    leaked = "Checked " + " ".join(f"«{v}»" for v in expected) + f" «{theirs.values[0]}» — done."
    retry = load_test.Conversation(1, random.Random(1))
    body_retry = retry.next_body(False)
    result = retry.check_reply(body_retry, leaked, owners)
    assert not result.ok and result.cross_conversation == 1


def test_more_of_the_body_redacted_and_restored_right_is_not_a_wrong_restore():
    # Recall first: a random salt such as "acc19908" may read as an account number. Restored to
    # text of this very body it is a correct restore; restored to text the body never held it is not.
    import random

    mine = load_test.Conversation(1, random.Random(1))
    body = mine.next_body(False)
    owners = {value: 1 for value in mine.values}
    expected = mine.expected_items(body)
    salt = body.decode().split("# request 1-")[1].split("\\n")[0]
    with_salt = "Checked " + " ".join(f"«{v}»" for v in [*expected, salt]) + " «[[EMAIL_2]]» — done."
    result = mine.check_reply(body, with_salt, owners)
    assert result.ok and result.extra_redactions == 1
    invented = "Checked " + " ".join(f"«{v}»" for v in [*expected, "acc19908-not-sent"]) + " «[[EMAIL_2]]» — done."
    assert not mine.check_reply(body, invented, owners).ok
