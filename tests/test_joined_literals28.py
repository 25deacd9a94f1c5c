"""Round 28 (speed28si): string literals joined into one value, found one way, read by the secrets detector only.

A secret split into literals to dodge a scanner (`"SG." + "xx" + "." + "yy"`) is one secret. joined_literals.py
finds the literal after a literal (`next_joined_literal`) for both readers: the joined view (decoded_views.py), which
writes each run as the one literal it makes, and the secrets detector, which joins the pieces after a secret's name.
The joined view exists for secrets only, so only the secrets detector reads it (the PII and infra detectors on every
tiny view were cost and no finding: their findings there were dropped). Every value here is invented.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput, Span
from redactor.detect.decoded_views import spans_in_decoded_views
from redactor.detect.engine import DetectionEngine
from redactor.detect.joined_literals import joined_literal_runs, next_joined_literal
from redactor.detect.secrets import SecretsDetector
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    policy = load_policy("default").model_copy(deep=True)
    policy.detection.ner.enabled = False
    return DetectionEngine.from_policy(policy)


# --- dev set: the forms the mechanism was written on ------------------------------------------------------------

RUNS_IN_EACH_LANGUAGE = [
    ('const key = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc";', "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),  # JS, Java, C#
    ("$token = 'ghp_' . 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6';", "ghp_aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6"),  # PHP
    ('local k = "xoxb-" .. "2741958306" .. "-Kq8Zt3Lm9Xw2VbHc6Yd1"', "xoxb-2741958306-Kq8Zt3Lm9Xw2VbHc6Yd1"),  # Lua
    ("SELECT 'AKIA' || 'Q3EGRZ7XKVB2LMNP' AS k;", "AKIAQ3EGRZ7XKVB2LMNP"),  # SQL
    ('Dim s = "AKIA" & "Q3EGRZ7XKVB2LMNP"', "AKIAQ3EGRZ7XKVB2LMNP"),  # VB
    ('KEY = ("AKIA"\n       "Q3EGRZ7XKVB2LMNP")', None),  # a run stays on its line
    ('KEY = "AKIA" "Q3EGRZ7XKVB2LMNP"', "AKIAQ3EGRZ7XKVB2LMNP"),  # Python's and C's implicit concatenation
]


@pytest.mark.parametrize("text, joined", RUNS_IN_EACH_LANGUAGE)
def test_literals_joined_by_an_operator_or_side_by_side_make_one_run(text, joined):
    runs = joined_literal_runs(text)
    assert [run.joined for run in runs] == ([joined] if joined else [])
    if joined:
        run = runs[0]
        assert text[run.start] in "\"'" and text[run.end - 1] in "\"'"


def test_an_argument_list_or_a_short_join_is_no_run():
    assert joined_literal_runs('log("user", "retry")') == []
    assert joined_literal_runs('path = "/v1" + "/x"') == []  # fewer than 12 characters joined


def test_the_piece_after_a_piece_says_whether_an_operator_joined_it():
    text = '"Exp0rts" + "!2026" "tail"'
    first = next_joined_literal(text, len('"Exp0rts"'))
    assert first.group("body") == "!2026" and first.group("operator") == "+"
    second = next_joined_literal(text, first.end())
    assert second.group("body") == "tail" and second.group("operator") is None


def test_the_secrets_detector_joins_the_pieces_after_a_secret_name_by_an_operator_only():
    detector = SecretsDetector()
    joined = 'DB_PASSWORD = "Exp0rts" + "!2026-Kq8Z"\n'
    spans = detector.detect(DetectionInput(joined, "code"))
    assert any(joined[span.start:span.end] == 'Exp0rts" + "!2026-Kq8Z' for span in spans)
    # A shell writes a command's arguments side by side: the second one is no piece of the password.
    shell = 'mysql -u etl --password "Exp0rts!2026" "orders_db"\n'
    spans = detector.detect(DetectionInput(shell, "code"))
    assert not any("orders_db" in shell[span.start:span.end] for span in spans)


class _Recording:
    def __init__(self, name: str) -> None:
        self.name, self.texts = name, []

    def detect(self, item: DetectionInput) -> list[Span]:
        self.texts.append(item.text)
        return [Span(0, len(item.text), "THING", "secret", 0.9, self.name)]


def test_the_joined_view_is_read_by_the_secrets_detector_alone():
    text = 'const url = "https://" + "db-04.corp.internal" + "/v1/orders";\n'
    secrets, pii, infra = _Recording("secrets"), _Recording("pii"), _Recording("infra")
    spans_in_decoded_views(DetectionInput(text, "code"), [secrets, pii, infra])
    assert secrets.texts == ['const url = "https://db-04.corp.internal/v1/orders";']
    assert pii.texts == [] and infra.texts == []


SPLIT_SECRETS_DEV = [
    ('const msg = "SG." + "Kq8Zt3Lm9Xw2VbHc6Yd1Fj" + "." + "Pq2Lm9Rt4Vz8Kc3Wn6Yb1Hx7Tq5Ld0Mz3Ns8Wa2EkR4";',
     'SG." + "Kq8Zt3Lm9Xw2VbHc6Yd1Fj" + "." + "Pq2Lm9Rt4Vz8Kc3Wn6Yb1Hx7Tq5Ld0Mz3Ns8Wa2EkR4'),
    ("$client = new Client('ghp_' . 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6');",
     "ghp_' . 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6"),
]


@pytest.mark.parametrize("text, value", SPLIT_SECRETS_DEV)
def test_a_vendor_key_split_into_literals_is_redacted_whole(engine, text, value):
    assert covered_on_wire(engine, text, value)

