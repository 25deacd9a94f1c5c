"""Which parts of a found name are redacted on their own."""
import pytest

from redactor.detect.name_parts import is_common_word, is_ordinary_word, name_parts


@pytest.mark.parametrize(
    "full_name, parts",
    [
        ("Jeffery Okonkwo", ["Jeffery", "Okonkwo"]),
        ("Rose Baker", []),  # both are ordinary English words
        ("Will Okafor", ["Okafor"]),
        ("Jean-Luc Picard", ["Jean-Luc", "Picard"]),
        ("Anneke van der Berg", ["Anneke", "Berg"]),  # particles are not names
        ("Dr. Ada Lovelace", ["Ada", "Lovelace"]),
        ("O'Brien, Siobhan", ["O'Brien", "Siobhan"]),
        ("Li Na", []),  # parts shorter than three letters match too much
        ("ACME CORP", []),  # all capitals: a shout or an acronym, not a name to spread
        ("Okonkwo", []),  # one word: propagated as itself, it has no parts
    ],
)
def test_name_parts(full_name, parts):
    assert list(name_parts(full_name)) == parts


def test_common_words_come_from_the_shipped_list_and_ignore_case_and_plurals():
    assert is_common_word("Baker") and is_common_word("roses") and is_common_word("WILL")
    assert not is_common_word("Okonkwo")


def test_shipped_word_lists_load_and_a_malformed_one_is_a_clear_error(tmp_path, monkeypatch):
    from redactor.detect import term_lists

    term_lists.load_all()
    (tmp_path / "broken.txt").write_text("# comment\nfine\nTwo Words\n", encoding="utf-8")
    monkeypatch.setattr(term_lists, "DATA_DIR", tmp_path)
    term_lists.term_list.cache_clear()
    try:
        with pytest.raises(term_lists.TermListError, match=r"broken.txt line 3: 'Two Words'"):
            term_lists.term_list("broken")
        (tmp_path / "twice.txt").write_text("same\nsame\n", encoding="utf-8")
        with pytest.raises(term_lists.TermListError, match="listed twice"):
            term_lists.term_list("twice")
    finally:
        term_lists.term_list.cache_clear()


def test_small_cyrillic_and_greek_letters_do_not_start_a_name() -> None:
    """Every Russian word read as capitalised made any two of them a person ("продлён до марта")."""
    import re

    from redactor.detect.name_parts import NAME_LOWER, NAME_UPPER

    capitalised = re.compile(f"[{NAME_UPPER}][{NAME_LOWER}]+")
    assert capitalised.fullmatch("Ольга") and capitalised.fullmatch("Γιώργος") and capitalised.fullmatch("Łukasz")
    assert not capitalised.fullmatch("продлён") and not capitalised.fullmatch("όνομα")


@pytest.mark.parametrize("word", ["setup", "cleanup", "signoff", "markdown", "Rollout"])
def test_a_verb_and_its_particle_written_as_one_word_is_ordinary(word):
    assert is_ordinary_word(word)


def test_developer_verbs_and_their_re_and_un_forms_are_ordinary_words_but_names_are_not():
    from redactor.detect.name_parts import is_ordinary_word

    assert all(is_ordinary_word(verb) for verb in ("deploy", "redeploy", "refactor", "reindex", "uninstall", "reassign"))
    assert not any(is_ordinary_word(name) for name in ("renata", "rebecca", "reyes", "unwin", "regina", "reiner"))


def test_the_tech_and_code_terms_are_both_lists_built_once() -> None:
    from redactor.detect import term_lists

    terms = term_lists.tech_and_code_terms()
    assert terms == term_lists.term_list("tech_terms") | term_lists.term_list("code_keywords")
    assert term_lists.tech_and_code_terms() is terms


def test_a_share_is_settled_without_testing_the_words_left() -> None:
    """share_reached stops testing once enough words passed or too few are left to pass; the answer is the count's."""
    from redactor.detect.org_capitalised_words import share_reached

    tested = []
    def known(word: str) -> bool:
        tested.append(word)
        return word.startswith("k")

    assert share_reached(["k1", "k2", "u1", "u2"], known, 0.5) and tested == ["k1", "k2"]
    tested.clear()
    assert not share_reached(["u1", "u2", "u3", "k1"], known, 0.5) and tested == ["u1", "u2", "u3"]
    for words in (["k1"], ["u1"], ["k1", "u1", "u2"], ["u1", "k1", "k2"], ["k1", "u1", "k2", "u2", "u3"]):
        for share in (0.25, 0.5, 0.6, 1.0):
            assert share_reached(words, known, share) is (sum(map(known, words)) >= share * len(words))


@pytest.mark.parametrize(
    "full_name, lower_part, spread",
    [
        ("Marcus Kowalczyk", "marcus", True),  # a listed first name frequent in English text: "marcus: lgtm" in a chat
        ("Dmitri Kowalczyk", "kowalczyk", True),
        ("Mark Hunter", "mark", False),  # ordinary words stay words in lower case
        ("Will Okafor", "will", False),
        ("Grace Okafor", "grace", False),
    ],
)
def test_listed_names_spread_in_lower_case_and_ordinary_words_do_not(full_name, lower_part, spread):
    from redactor.detect.name_parts import name_case_variants

    assert (lower_part in name_case_variants(full_name)) is spread
