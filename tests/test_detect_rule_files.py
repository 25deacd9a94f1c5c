"""Rule catalogues are data: the packaged files load, and a malformed record is an error naming the rule."""
from __future__ import annotations

import textwrap

import pytest

from redactor.detect.rule_files import RuleFileError, secret_format_records, term_list
from redactor.detect.secrets import REFINES, SECRET_PATTERNS, load_secret_patterns


def test_packaged_secret_formats_load_with_unique_names_and_known_checks():
    names = [pattern.name for pattern in SECRET_PATTERNS]
    assert len(names) == len(set(names)) > 100
    assert all(pattern.refine is None or pattern.refine in REFINES.values() for pattern in SECRET_PATTERNS)


def _write(tmp_path, body: str):
    path = tmp_path / "formats.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


_VALID = """
formats:
- name: demo_token
  kind: DEMO_TOKEN
  score: 0.9
  description: a demo
  regex: 'demo_[a-z]{8}'
  anchors: ['demo_']
"""


def test_a_valid_custom_file_loads(tmp_path):
    (pattern,) = load_secret_patterns(_write(tmp_path, _VALID))
    assert pattern.kind == "DEMO_TOKEN" and pattern.regex.match("demo_abcdefgh")


@pytest.mark.parametrize(
    "change, message",
    [
        (("score: 0.9", "score: 1.5"), "score"),
        (("kind: DEMO_TOKEN", "kind: demo"), "kind"),
        (("regex: 'demo_[a-z]{8}'", "regex: 'demo_[a-z'"), "regex does not compile"),
        (("anchors: ['demo_']", "anchors: ['demo_']\n  refine: nonexistent"), "unknown refine"),
        (("anchors: ['demo_']", "anchors: ['demo_']\n  colour: blue"), "colour"),
    ],
)
def test_schema_errors_name_the_file_and_the_rule(tmp_path, change, message):
    path = _write(tmp_path, _VALID.replace(*change))
    with pytest.raises(RuleFileError) as error:
        secret_format_records(path, known_refines=frozenset(REFINES))
    assert "formats.yaml" in str(error.value) and "'demo_token'" in str(error.value) and message in str(error.value)


def test_duplicate_rule_names_are_an_error(tmp_path):
    body = _VALID + _VALID.replace("formats:\n", "")
    with pytest.raises(RuleFileError, match="duplicate name"):
        secret_format_records(_write(tmp_path, body))


def test_term_lists_are_lower_case_word_sets():
    assert "password" in term_list("secret_key_password_words")
    assert "root" in term_list("role_accounts")
    with pytest.raises(RuleFileError, match="no list named"):
        term_list("no_such_list")
