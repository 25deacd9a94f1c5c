"""What a word never seen before costs (issue 14): the shortcuts answer as the long way, and take it less often.

The findings themselves are unchanged (benchmarks/findings_snapshot.py dump-regex, before and after); these tests pin
the shortcuts' conditions, so a later rule cannot make them wrong unnoticed.
"""
from __future__ import annotations

import inspect
import random
import re

from redactor.detect import code_awareness, usernames, word_frequencies
from redactor.detect.code_awareness import looks_like_code_token


class _Untouchable:
    def __getattr__(self, name):
        raise AssertionError("the one-word shortcut ran a regex")


def test_a_capitalised_ascii_word_is_answered_by_the_keyword_lists_alone(monkeypatch) -> None:
    looks_like_code_token.cache_clear()
    for name in ("_CODE_CHARS", "_DOTTED_IDENTIFIER", "_CAMEL", "_PASCAL_IDENTIFIER", "_CODE_SUFFIX", "_HTTP_HEADER",
                 "_ALL_CAPS_IDENTIFIER", "PLACEHOLDER_PATTERN"):
        monkeypatch.setattr(code_awareness, name, _Untouchable())
    assert looks_like_code_token("Veltrix") is False  # a coined name
    assert looks_like_code_token("Okonkwo") is False
    assert looks_like_code_token("Kubernetes") is True  # a tech term
    assert looks_like_code_token("Return") is True  # a keyword
    looks_like_code_token.cache_clear()


def test_words_of_other_forms_still_take_the_long_way() -> None:
    looks_like_code_token.cache_clear()
    assert looks_like_code_token("McDonald") is False  # an inner capital of a name
    assert looks_like_code_token("BaseTransport") is True
    assert looks_like_code_token("Müller") is False  # not ASCII
    assert looks_like_code_token("Gi") is False


def test_the_merged_frequencies_hold_each_words_highest_zipf_down_to_the_floor() -> None:
    highest = word_frequencies._highest_zipf()
    rng = random.Random(5)
    for language in sorted(word_frequencies._TOKENISED_AS_WRITTEN):
        frequencies = list(word_frequencies._frequencies_of(language).values())
        assert frequencies == sorted(frequencies, reverse=True)  # the order the early stop relies on
        words = list(word_frequencies._frequencies_of(language))
        for word in rng.sample(words[:100_000], 300):
            zipf = word_frequencies.zipf_frequency(word, language)
            if zipf >= word_frequencies._MERGED_FLOOR_ZIPF and word.isascii() and word.isalpha() and word.islower():
                assert highest[word] >= zipf, (word, language)
    assert "qorvintel" not in highest


class _UnaskedList(dict):
    def get(self, *args):
        raise AssertionError("a language's own list was asked")


def test_a_new_word_is_ruled_out_without_a_lookup_per_language(monkeypatch) -> None:
    word_frequencies._highest_zipf()
    languages = ("es", "fr", "de", "it", "pt", "nl", "sv", "pl", "tr")
    monkeypatch.setattr(word_frequencies, "_frequency_lists", lambda asked: tuple(_UnaskedList() for _ in asked))
    assert word_frequencies.frequent_in_any("qorvintel", languages, 2.5) is False
    assert word_frequencies.frequent_in_any("kestrovane", ("en", "de", "fr"), 3.0) is False


def test_the_login_gate_holds_every_lower_case_cue_of_the_rules() -> None:
    source = inspect.getsource(usernames._login_spans)
    assert "keyword_positions(lowered" not in source  # every lower-case rule goes through the gate
    gated = re.findall(r"cue_positions\(lowered, (\w+)\)", source)
    assert len(gated) >= 15
    union = set(usernames._LOWER_CASE_CUES)
    for name in gated:
        assert set(getattr(usernames, name)) <= union, name


def test_a_text_without_the_cues_asks_no_lower_case_rule(monkeypatch) -> None:
    asked: list[tuple[str, ...]] = []
    real = usernames.keyword_positions

    def recording(haystack, keywords):
        asked.append(tuple(keywords))
        return real(haystack, keywords)

    monkeypatch.setattr(usernames, "keyword_positions", recording)
    list(usernames._login_spans("Deploy went fine, thanks!"))
    assert not set(asked) & {usernames._LABEL_WORDS, usernames._SERVICE_WORDS, usernames._FORGES}
    asked.clear()
    found = list(usernames._login_spans("ssh login: kmiller42 on the bastion"))
    assert usernames._LABEL_WORDS in asked and found  # a cue: the rules run as before
