"""The leak, over-redaction, similarity and interval definitions of leakbench, on hand-made cases."""
from __future__ import annotations

import pytest

from leakbench.metrics import (
    bootstrap_rate,
    chrf,
    distinctive_tokens,
    judge_sample,
    over_redaction,
    secret_windows,
    strip_placeholders,
)
from leakbench.report import pareto_front
from leakbench.samples import Annotation, fill, Value


def _annotate(template: str, values: dict) -> tuple[str, list[Annotation]]:
    return fill(template, values)


def _judge(text: str, annotations: list[Annotation], outgoing: str):
    return judge_sample([text], [annotations], [outgoing])


def test_surname_that_is_a_common_word_is_not_a_partial_leak():
    text, spans = _annotate("Please ask <%name%> about the invoice.", {"name": Value("Ruth Baker", "PERSON")})
    [verdict] = _judge(text, spans, "Please ask [[PERSON_1]] Baker about the invoice.")
    assert not verdict.exact and not verdict.partial and not verdict.combined


def test_rare_surname_left_behind_is_a_partial_leak():
    text, spans = _annotate("Please ask <%name%> about the invoice.", {"name": Value("Ruth Kowalczyk", "PERSON")})
    [verdict] = _judge(text, spans, "Please ask [[PERSON_1]] Kowalczyk about the invoice.")
    assert verdict.partial and not verdict.exact and verdict.combined


def test_rose_and_inflected_common_words_are_not_distinctive():
    assert distinctive_tokens("Emily Rose", frozenset()) == {"emily"}
    assert distinctive_tokens("Bakers Roses", frozenset()) == set()


def test_four_letter_overlap_by_chance_is_not_a_partial_leak():
    text, spans = _annotate("Call <%name%> tomorrow about the Dahl estate.", {"name": Value("Lena Vogt", "PERSON")})
    # Four-letter name parts are too short to be distinctive on their own.
    [verdict] = _judge(text, spans, "Call [[PERSON_1]] Vogt tomorrow about the Dahl estate.")
    assert not verdict.combined
    # A longer token that merely contains them is no token match either.
    [verdict] = _judge(text, spans, "Call [[PERSON_1]] tomorrow about the Lenavogt estate.")
    assert not verdict.combined


def test_token_present_in_non_sensitive_text_does_not_count():
    text, spans = _annotate("Meet <%name%> at the Kowalczyk building.", {"name": Value("Marta Kowalczyk", "PERSON")})
    [verdict] = _judge(text, spans, "Meet [[PERSON_1]] at the Kowalczyk building.")
    assert not verdict.combined


def test_exact_leak_anywhere_in_the_sample_counts():
    first, spans = _annotate("Mail <%email%> about it.", {"email": Value("j.okafor@example.org", "EMAIL")})
    second = "Thread summary follows."
    verdicts = judge_sample([first, second], [spans, []],
                            ["Mail [[EMAIL_1]] about it.", "Thread summary: j.okafor@example.org wrote."])
    assert [v.exact for v in verdicts] == [True]
    assert not verdicts[0].partial  # partial counts only what did not leak exactly


def test_nothing_sent_means_no_leak():
    text, spans = _annotate("Key <%key%>", {"key": Value("AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY")})
    assert not judge_sample([text], [spans], [])[0].combined


def test_placeholder_text_is_never_counted_as_a_leak():
    text, spans = _annotate("call <%fn%> now", {"fn": Value("KESTREL_2", "INTERNAL_IDENTIFIER")})
    for outgoing in ("call [[KESTREL_2]] now", "call [[kestrel_2]] now", "call \\[\\[KESTREL\\_2\\]\\] now"):
        [verdict] = _judge(text, spans, outgoing)
        assert not verdict.combined, outgoing
    assert "KESTREL" not in strip_placeholders("x [[KESTREL_2]] y")


def test_secret_partial_leak_is_any_eight_character_window():
    secret = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
    text, spans = _annotate("stripe.api_key = '<%k%>'", {"k": Value(secret, "STRIPE_KEY")})
    [verdict] = _judge(text, spans, "stripe.api_key = '[[STRIPE_KEY_1]]' # was ...WDarjtT1")
    assert verdict.partial
    [verdict] = _judge(text, spans, "stripe.api_key = '[[STRIPE_KEY_1]]' # ends in zdp7dc")  # 6 chars
    assert not verdict.combined


def test_pem_armour_and_jwt_header_are_not_distinctive():
    body = "MIIEowIBAAKCAQEAx4Jk2LmNoPqRsTuVwXyZ0123456789abcdefghijklmnopqrs"
    key = f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"
    text, spans = _annotate("<%k%>\n", {"k": Value(key, "PRIVATE_KEY")})
    [verdict] = _judge(text, spans, "-----BEGIN RSA PRIVATE KEY-----\n[[PRIVATE_KEY_1]]\n-----END RSA PRIVATE KEY-----\n")
    assert not verdict.combined
    [verdict] = _judge(text, spans, "[[PRIVATE_KEY_1]] " + body[10:30])
    assert verdict.partial
    header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    token = header + ".eyJzdWIiOiIxMjM0NSJ9.c2lnbmF0dXJlLXZhbHVlLXRoYXQtaXMtbG9uZw"
    assert not any(header[i:i + 8] in secret_windows(token, "") for i in range(len(header) - 7))


def test_card_last_four_digits_left_behind_is_a_partial_leak():
    text, spans = _annotate("Card <%card%> was charged.", {"card": Value("4111 1111 1111 1234", "CREDIT_CARD")})
    [verdict] = _judge(text, spans, "Card [[CREDIT_CARD_1]] 1234 was charged.")
    assert verdict.partial


def test_over_redaction_counts_altered_non_sensitive_tokens():
    text, spans = _annotate("Deploy the billing service for <%name%> today",
                            {"name": Value("Alice Nakamura", "PERSON")})
    assert over_redaction(text, spans, "Deploy the billing service for [[PERSON_1]] today") == (0, 6)
    assert over_redaction(text, spans, "Deploy the [[ORG_1]] service for [[PERSON_1]] today") == (1, 6)
    assert over_redaction(text, spans, "Deploy the billing service for Alice Nakamura today") == (0, 6)


def test_chrf_is_one_for_identical_and_low_for_unrelated_text():
    assert chrf("the same text", "the same text") == pytest.approx(1.0)
    assert chrf("abcdefgh", "zyxwvuts") == 0.0
    assert 0.3 < chrf("send the invoice to Alice today", "send the invoice to [[PERSON_1]] today") < 1.0


def test_bootstrap_rate_is_seeded_and_brackets_the_rate():
    hits, totals = [0, 1, 2, 0, 3, 1, 0, 0, 2, 1], [3, 3, 3, 2, 4, 2, 1, 3, 3, 2]
    first = bootstrap_rate(hits, totals, resamples=500, seed=7)
    assert first == bootstrap_rate(hits, totals, resamples=500, seed=7)
    assert first.value == pytest.approx(10 / 26)
    assert first.low <= first.value <= first.high and first.low < first.high
    assert bootstrap_rate([], []).value is None


def test_pareto_front_minimises_leak_and_maximises_utility():
    points = {"a": (0.1, 0.9), "b": (0.2, 0.95), "c": (0.3, 0.8), "d": (0.05, 0.5)}
    assert pareto_front(points) == {"a", "b", "d"}
