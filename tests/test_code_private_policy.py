"""policies/code-private.yaml: default plus the codebase's own names, explained in plain words."""
from __future__ import annotations

import re

from redactor.detect.engine import DetectionEngine
from redactor.pipeline import Pipeline, RequestContext
from redactor.policy import load_policy
from redactor.policy_explain import explain_policy
from redactor.segments import Segment
from tests.core_support import DictVault


def _without_ner(policy):
    detection = policy.detection.model_copy(update={"ner": policy.detection.ner.model_copy(update={"enabled": False})})
    return policy.model_copy(update={"detection": detection})


def test_code_private_hides_everything_default_hides_and_turns_on_code_names():
    default, code_private = load_policy("default"), load_policy("code-private")
    assert code_private.detection.code_identifiers.enabled and not default.detection.code_identifiers.enabled
    assert code_private.action_for("FUNC", "code") == "redact"
    for category in ("secret", "pii", "infra", "org"):
        assert code_private.action_for("X", category) == default.action_for("X", category)
    assert code_private.stages == default.stages and code_private.org.allow == default.org.allow


def test_explain_says_what_is_hidden_and_what_the_model_still_sees():
    text = explain_policy(load_policy("code-private"))
    assert "the codebase's own names" in text
    assert "the model still sees" in text and "public packages" in text
    assert "FUNC_2_" in text and "restored" in text
    assert "codebase's own names" not in explain_policy(load_policy("default"))


def test_a_conversation_gets_identifier_placeholders_that_restore_inside_longer_names():
    policy = _without_ner(load_policy("code-private"))
    pipeline = Pipeline(policy, DictVault(), engine=DetectionEngine.from_policy(policy))
    code = ('conn = psycopg2.connect(dbname="orders_staging")\n'
            "pool_factory = get_orders_staging_conn\n\n"
            "def open_orders_staging_pool(size):\n    return make_pool(conn, size)\n")
    question = "Is the orders_staging pool too small?"
    result = pipeline.process([Segment(question), Segment(code, kind="code")], RequestContext(conversation="c1"))
    sent_question, sent_code = (segment.text for segment in result.segments)
    assert "orders_staging" not in sent_question + sent_code
    name = re.fullmatch(r"Is the (\w+) pool too small\?", sent_question).group(1)  # one placeholder everywhere
    assert f'dbname="{name}"' in sent_code and f"pool_factory = get_{name}_conn" in sent_code
    function = re.search(r"def (\w+)\(size\):", sent_code).group(1)
    restorer = pipeline.restorer("c1")
    assert restorer.restore(f"Rename get_{name}_conn to {name}_conn and keep {function}.")[0] == (
        "Rename get_orders_staging_conn to orders_staging_conn and keep open_orders_staging_pool.")


def test_a_user_typed_identifier_look_alike_is_sent_as_a_literal_and_comes_back_as_typed():
    policy = _without_ner(load_policy("code-private"))
    pipeline = Pipeline(policy, DictVault(), engine=DetectionEngine.from_policy(policy))
    text = 'conn = connect(db="orders_staging")  # legacy alias FUNC_1_ = None'
    result = pipeline.process([Segment(text, kind="code")], RequestContext(conversation="c2"))
    sent = result.segments[0].text
    assert "FUNC_1_ =" not in sent and "DB_1_" in sent
    assert pipeline.restorer("c2").restore(sent)[0] == text


def test_a_codename_found_in_one_message_is_hidden_in_every_case_in_the_others():
    policy = _without_ner(load_policy("code-private"))
    pipeline = Pipeline(policy, DictVault(), engine=DetectionEngine.from_policy(policy))
    segments = [Segment("Refactor the importer for Project Osprey."),
                Segment("import os\nOSPREY_URL = os.environ['X']\nPATH = 'osprey/ingest.py'\n", kind="code")]
    result = pipeline.process(segments, RequestContext(conversation="c3"))
    sent = "\n".join(segment.text for segment in result.segments)
    assert "osprey" not in sent.lower()
    assert pipeline.restorer("c3").restore(sent)[0] == "\n".join(segment.text for segment in segments)
