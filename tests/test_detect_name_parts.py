"""Which parts of a found name are redacted on their own."""
import pytest

from redactor.detect.name_parts import is_common_word, name_parts


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
