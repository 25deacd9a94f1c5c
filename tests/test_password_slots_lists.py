"""Lists of pairs whose values are mostly passwords hold passwords (password_lists.py); forms written for the test."""
from __future__ import annotations

from redactor.detect.base import DetectionInput
from redactor.detect.password_lists import password_list_spans
from redactor.detect.secrets import SecretsDetector

DETECTOR = SecretsDetector()


def passwords(text: str, kind: str = "prose") -> set[str]:
    return {text[span.start:span.end] for span in DETECTOR.detect(DetectionInput(text, kind)) if span.kind == "PASSWORD"}


def test_every_value_of_a_notebook_of_passwords_is_redacted() -> None:
    text = ("Aunt Mabel's passwords, copied from her address book:\n"
            " library → Tulip-Garden-82\n"
            " pension → marigold1947\n"
            " phone company → 2906\n"
            "That's all of them.")
    assert {"Tulip-Garden-82", "marigold1947", "2906"} <= passwords(text)


def test_login_password_lines_for_chpasswd_are_passwords() -> None:
    text = "# new-starters.txt, piped to chpasswd\nk.obi:Wren-Fox-1180\nl.ames:Wren-Fox-3307\n"
    assert {"Wren-Fox-1180", "Wren-Fox-3307"} <= passwords(text, "code")


def test_pairs_on_one_line_of_a_chat_are_passwords() -> None:
    text = "Mum's logins, keep them safe. Bank: Peony1958, gas: copper-heron-6, the library: Lark!Meadow. Thanks!"
    assert {"copper-heron-6", "Lark!Meadow"} <= passwords(text)


def test_a_config_with_one_password_among_hosts_and_names_keeps_its_other_values() -> None:
    text = ("db:\n  host: db01.example.org\n  user: reporting\n  password: Qx7!vantage-42\n"
            "  api_version: v2beta3\n  database: orders\n")
    found = passwords(text, "code")
    assert "Qx7!vantage-42" in found
    assert not found & {"v2beta3", "reporting", "orders"}


# Only the lists near a found password or a mention of passwords or logins are walked (password_lists._lists_near):
# a list deep in a long text, and a run whose mention is on one of its later lines, are read whole all the same.
_FILLER = "".join(f"step {number} of the build ran in {number + 3} seconds and finished\n" for number in range(120))


def test_a_notebook_deep_in_a_long_text_is_read_from_its_heading() -> None:
    text = (_FILLER + "Grandad's logins, from the drawer:\n library → Tulip-Garden-82\n pension → marigold1947\n"
            " phone company → 2906\n" + _FILLER)
    assert {"Tulip-Garden-82", "marigold1947", "2906"} <= passwords(text)


def test_a_list_whose_mention_is_on_a_later_line_is_read_from_its_first_line() -> None:
    # the heading says nothing; the run's fifth line names a password: the whole run is one list, read from line one
    text = (_FILLER + "- library: Tulip-Garden-82\n- pension: marigold1947\n- garage: Lark!Meadow7\n"
            "- phone: copper-heron-6\n- password for the bank: Peony!1958x\n" + _FILLER)
    listed = {text[span.start:span.end] for span in password_list_spans(text, [], [])}  # the list rule alone
    assert {"Tulip-Garden-82", "marigold1947", "Lark!Meadow7", "copper-heron-6"} <= listed
