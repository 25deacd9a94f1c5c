"""Passphrases in the cells of a credential column: "Office wifi | - | heron by the mill pond".

Under a header that names a password (secret_columns.py), a cell is judged as the value of that key, and a value
of several words reads as a sentence there (`_judge` drops it: "must be 12 characters", "same as staging"). People
pick whole phrases as Wi-Fi keys and passphrases, and a table of accounts writes them in the password column like
any other password. A cell of two to six plain words is such a phrase unless a word says the cell talks about the
password instead of holding it (term_lists.yaml `passphrase_function_words`: "see", "ask", "same as", "stored",
"unchanged", "via", "none" ...), or it names a place the password is kept (a password manager, "vault", "sso"), or a credential (a cell that says
"an API key pair" describes the secret).
Articles and prepositions do not count against it: "in the hall" belongs to a phrase as much as to prose.

Doubtful (DOUBTFUL_SCORE): only the column vouches for it. Cost: one regex per cell that `_judge` refused.
"""
from __future__ import annotations

import re

from redactor.detect.rule_files import term_list
from redactor.detect.secret_values import SECRET_NAME_PARTS

# The prose words of passphrase_function_words less the prepositions and particles a phrase holds as well ("heron by
# the mill pond", "then we danced").
_PHRASE_WORDS = frozenset("with by from then than but if when where here there only also just most least".split())
_POINTER_WORDS = (frozenset(term_list("passphrase_function_words")) - _PHRASE_WORDS) | frozenset(
    "vault keepass lastpass bitwarden 1password dashlane keeper sso ldap ad n/a na tbd todo pending unset blank "
    "default disabled expired removed managed generated random printed label sticker back bottom underneath "
    "envelope sealed safe office phone call text sms email emailed whatsapp".split())
_CREDENTIAL_NOUNS = frozenset(SECRET_NAME_PARTS) | frozenset(
    "key keys pair token tokens password passwords secret secrets credential credentials cert certificate login "
    "account user pin code iam api oauth ssh".split())
_PHRASE = re.compile(r"[^\W_][\w'’!-]*(?:[ ]+[^\W_][\w'’!.-]*){1,5}")


def is_passphrase_cell(value: str) -> bool:
    """Whether a credential column's cell of several words is a passphrase (see the module docstring)."""
    value = value.strip()
    if not 8 <= len(value) <= 64 or _PHRASE.fullmatch(value) is None:
        return False
    words = [word.strip("'’!.-").lower() for word in value.split()]
    # "an API key pair", "the old wifi password": a cell that names a credential describes one
    return not any(word in _POINTER_WORDS or word in _CREDENTIAL_NOUNS for word in words)
