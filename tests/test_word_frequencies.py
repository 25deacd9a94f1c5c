"""word_frequencies.zipf_frequency answers as wordfreq does, and rules out an unknown word without its tokenizer."""
import random
import string

import pytest
import wordfreq

from redactor.detect import word_frequencies
from redactor.detect.word_frequencies import zipf_frequency

_LANGUAGES = sorted(word_frequencies._TOKENISED_AS_WRITTEN)


@pytest.mark.parametrize("language", _LANGUAGES)
def test_the_answer_is_wordfreqs_for_listed_and_made_up_words(language: str) -> None:
    rng = random.Random(language)
    listed = [word for word in wordfreq.get_frequency_dict(language) if word.isascii() and word.isalpha()]
    made_up = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 14))) for _ in range(1500)]
    others = ["Maria", "IBM", "x86", "don't", "straße", "ıstanbul", "İzmir", "user_name", "jdoe42", "", "日本"]
    for word in rng.sample(listed, 1500) + made_up + others:
        assert repr(zipf_frequency(word, language)) == repr(wordfreq.zipf_frequency(word, language)), word


def test_the_languages_answered_here_tokenise_a_word_as_itself() -> None:
    from wordfreq.language_info import get_language_info
    for language in _LANGUAGES:
        info = get_language_info(language)
        assert info["tokenizer"] == "regex" and info["transliteration"] is None
        assert info["lookup_transliteration"] is None and not info["remove_marks"]


def test_a_small_ascii_word_is_answered_without_wordfreqs_tokenizer(monkeypatch) -> None:
    expected = {("qorvintel", "de"): 0.0, ("zqxwvbek", "tr"): 0.0, ("haus", "de"): wordfreq.zipf_frequency("haus", "de"),
                ("deploy", "en"): wordfreq.zipf_frequency("deploy", "en")}
    calls = []
    monkeypatch.setattr(word_frequencies, "_wordfreq_zipf", lambda *args: calls.append(args) or 9.9)
    for (word, language), zipf in expected.items():
        assert zipf_frequency(word, language) == zipf
    assert not calls
    assert zipf_frequency("Qorvintel", "de") == 9.9  # a word with a capital is wordfreq's to answer
    assert zipf_frequency("x86", "en") == 9.9  # and one with a digit
    assert zipf_frequency("qorvintel", "ja") == 9.9  # and a word of a language tokenised otherwise


def test_the_lists_are_wordfreqs_own_dicts_not_copies() -> None:
    zipf_frequency("qorvintel", "sv")
    wordfreq.zipf_frequency("qorvintelx", "sv")
    assert word_frequencies._words_of_language["sv"] is wordfreq.get_frequency_dict("sv", "best")


def test_frequent_in_any_answers_as_asking_each_language_in_turn() -> None:
    """One form test and a dict lookup per language (the login and organisation finders' question of every new word)
    give the answer of asking wordfreq language by language, at every threshold, for listed, made-up and other words."""
    from redactor.detect.word_frequencies import frequent_in_any

    rng = random.Random(17)
    languages = ("es", "fr", "de", "it", "pt", "nl", "sv", "pl", "tr")
    listed = [word for language in languages[:3] for word in
              rng.sample(sorted(w for w in wordfreq.get_frequency_dict(language) if w.isascii() and w.isalpha()), 300)]
    made_up = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 12))) for _ in range(600)]
    others = ["Bahnhof", "straße", "ação", "x86", "jdoe42", "don't", ""]
    for word in listed + made_up + others:
        for zipf in (0.0, 1.0, 2.5, 3.0, 4.5):
            for asked in (languages, ("en", "de", "fr", "es", "it", "pt", "nl"), ("en", "ru")):
                expected = any(wordfreq.zipf_frequency(word, language) >= zipf for language in asked)
                assert frequent_in_any(word, asked, zipf) is expected, (word, zipf, asked)
