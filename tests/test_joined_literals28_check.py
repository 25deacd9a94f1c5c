"""Round 28 (speed28si), check set: split secrets the joined-literal change was not built on (written before it was
measured; not tuned on). The joined view is read by the secrets detector alone: these must stay found on the wire.
Every value here is invented.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    policy = load_policy("default").model_copy(deep=True)
    policy.detection.ner.enabled = False
    return DetectionEngine.from_policy(policy)


SPLIT_SECRETS_CHECK = [
    # Go: a Slack bot token built from two constants' literals
    ('token := "xoxb-" + "2741958306-1183746502-Kq8Zt3Lm9Xw2VbHc6Yd1Fjq"',
     'xoxb-" + "2741958306-1183746502-Kq8Zt3Lm9Xw2VbHc6Yd1Fjq'),
    # C: an AWS key id written as adjacent literals
    ('static const char *kKeyId = "AKIA" "Q3EGRZ7XKVB2LMNP";', 'AKIA" "Q3EGRZ7XKVB2LMNP'),
    # Ruby: a Stripe secret key in a client call
    ("Stripe.api_key = 'sk_live_' + '51Hx9QpLmZ3xT9vR2wK7pN4yB6cHj'", "sk_live_' + '51Hx9QpLmZ3xT9vR2wK7pN4yB6cHj"),
    # Python: a password under its name, split in two
    ('DB_PASSWORD = "Tr0ub4dor" + "&3-Horse!"', 'Tr0ub4dor" + "&3-Horse!'),
    # JavaScript template pieces in backticks
    ("const k = `glpat-` + `x7Kq2LmZ9vR4tYp8WnB3`;", "glpat-` + `x7Kq2LmZ9vR4tYp8WnB3"),
]


@pytest.mark.parametrize("text, value", SPLIT_SECRETS_CHECK)
def test_a_split_secret_of_the_check_set_is_redacted_whole(engine, text, value):
    assert covered_on_wire(engine, text, value)
