"""Lists of pairs whose values are mostly passwords hold passwords (password_lists.py); forms written for the test."""
from __future__ import annotations

from redactor.detect.base import DetectionInput
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
