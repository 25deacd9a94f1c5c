"""Stage C: the local model rewrites prose; the validator keeps placeholders, code and meaning intact."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from redactor.backends.local import TextCompletion, Usage
from redactor.backends.local_http import LocalHttpBackend
from redactor.detect.engine import DetectionEngine
from redactor.core import BlockedError, RequestContext, UnavailableError
from redactor.pipeline import Pipeline
from redactor.policy import Policy, PolicyError
from redactor.segments import Segment
from redactor.stages.placeholders import PlaceholderStage
from redactor.stages.rephrase import RephraseStage, chrf_similarity, mask_protected, unmask
from redactor.stages.route import RouteStage
from tests.core_support import DictVault, RegexDetector
from tests.test_local_http import LoopbackModelServer
from tests.upstream_server import closed_port

QUASI = "the only female VP of Engineering in our Berlin office on 3 March"
TEXT = (f"Please email ann@x.io: {QUASI} told me that `make deploy` fails in /srv/app/releases "
        "after 30 s and nobody knows why.")
REDACTED = TEXT.replace("ann@x.io", "[[EMAIL_1]]")


def generalise(paragraph: str) -> str:
    return paragraph.replace(QUASI, "a senior engineering leader")


class ScriptedModel:
    """A local model stand-in whose rewrite of the paragraph a test scripts; records what it was shown."""

    name = "scripted"

    def __init__(self, rewrite=generalise, finish: str = "stop") -> None:
        self.rewrite = rewrite
        self.finish = finish
        self.paragraphs: list[str] = []

    def complete_text(self, prompt: str, *, max_tokens: int = 256, temperature: float = 0.2, stop=()):
        paragraph = prompt.rsplit("Text: ", 1)[1].rsplit("\nRewritten:", 1)[0]
        self.paragraphs.append(paragraph)
        return TextCompletion(" " + self.rewrite(paragraph), self.finish, Usage(50, 20), 0.01)

    def unavailable_reason(self):
        return None


def make(model, on_reject: str = "keep", stages=("route", "placeholders", "rephrase"), **rephrase) -> Pipeline:
    policy = Policy(name="rephrase-test", stages=list(stages),
                    rephrase={"on_reject": on_reject, **rephrase},
                    routing={"backend": {"type": "http", "url": "http://127.0.0.1:9/v1"}})
    engine = DetectionEngine(policy, [RegexDetector()])
    chain = []
    for name in stages:
        if name == "route":
            chain.append(RouteStage(policy, local_backend=model))
        elif name == "placeholders":
            chain.append(PlaceholderStage())
        else:
            chain.append(RephraseStage(policy, local_backend=model, engine=engine))
    return Pipeline(policy, DictVault(), engine=engine, stages=chain)


def run(pipeline, *segments: Segment, conversation="c1"):
    return pipeline.process(list(segments), RequestContext(conversation=conversation))


def test_an_accepted_rewrite_replaces_the_prose_and_keeps_placeholders_code_and_paths():
    model = ScriptedModel()
    result = run(make(model), Segment(TEXT))
    assert result.decision.rephrase == "accepted"
    assert result.segments[0].text == REDACTED.replace(QUASI, "a senior engineering leader")
    # The model never saw the code or the path: they were masked.
    assert "make deploy" not in model.paragraphs[0] and "/srv/app" not in model.paragraphs[0]
    assert "[[EMAIL_1]]" in model.paragraphs[0] and "ann@x.io" not in model.paragraphs[0]


def test_a_rewrite_that_drops_a_placeholder_is_rejected_and_the_redacted_original_is_sent():
    model = ScriptedModel(lambda p: generalise(p).replace("[[EMAIL_1]]", "the admin"))
    result = run(make(model), Segment(TEXT))
    assert result.decision.rephrase.startswith("rejected: lost or altered a placeholder")
    assert result.segments[0].text == REDACTED


def test_a_rewrite_that_alters_a_placeholder_is_rejected():
    model = ScriptedModel(lambda p: generalise(p).replace("[[EMAIL_1]]", "[[EMAIL_2]]"))
    assert run(make(model), Segment(TEXT)).decision.rephrase.startswith("rejected: lost or altered")


def test_a_rewrite_that_introduces_sensitive_content_is_rejected():
    model = ScriptedModel(lambda p: generalise(p) + " Contact bob@corp.example too.")
    result = run(make(model), Segment(TEXT))
    assert result.decision.rephrase.startswith("rejected: introduced sensitive content (EMAIL)")
    assert "bob@corp" not in result.segments[0].text


def test_a_rewrite_that_drops_protected_code_is_rejected():
    model = ScriptedModel(lambda p: generalise(p).replace("[[KEEP_1]]", "the deploy command"))
    result = run(make(model), Segment(TEXT))
    assert "dropped or duplicated protected text" in result.decision.rephrase
    assert "`make deploy`" in result.segments[0].text


def test_a_rewrite_that_drifts_from_the_meaning_is_rejected():
    model = ScriptedModel(lambda p: "[[EMAIL_1]] [[KEEP_1]] [[KEEP_2]] [[KEEP_3]] The weather was lovely, "
                                    "birds sang in the park all afternoon.")
    result = run(make(model, min_similarity=0.35), Segment(TEXT))
    assert result.decision.rephrase.startswith("rejected: meaning drifted")


def test_a_rewrite_cut_off_by_the_token_limit_is_rejected():
    result = run(make(ScriptedModel(finish="length")), Segment(TEXT))
    assert result.decision.rephrase.startswith("rejected: rewrite was cut off")


def test_code_json_and_tool_results_are_never_rephrased():
    model = ScriptedModel()
    long_text = "this is a long piece of text that is well above the minimum rephrasing length " * 2
    result = run(make(model), Segment(long_text, kind="code"), Segment(long_text, kind="json_value"),
                 Segment(long_text, kind="tool_result", position="tool_result"),
                 Segment(long_text, role="assistant", position="assistant"))
    assert model.paragraphs == []
    assert result.decision.rephrase is None and "rephrase: nothing to rephrase" in result.decision.notes
    assert [segment.text for segment in result.segments] == [long_text] * 4


def test_paragraphs_are_rewritten_separately_and_fenced_code_with_blank_lines_survives():
    code = "```python\ndef deploy():\n\n    return run('make deploy')\n```"
    text = f"{TEXT}\n\n{code}\n\nShort one.\n\nMy manager said the release on Friday broke the payment flow badly."
    model = ScriptedModel(lambda p: generalise(p).replace("on Friday", "recently"))
    result = run(make(model), Segment(text))
    assert result.decision.rephrase == "accepted"
    assert len(model.paragraphs) == 2  # the code block and the short line are not sent
    out = result.segments[0].text
    assert code in out and "Short one." in out and "recently" in out and "a senior engineering leader" in out


def test_on_reject_block_refuses_the_request():
    model = ScriptedModel(lambda p: p.replace("[[EMAIL_1]]", ""))
    with pytest.raises(BlockedError, match="rephrasing was rejected"):
        run(make(model, on_reject="block"), Segment(TEXT))


def test_on_reject_local_serves_the_request_locally_with_the_original_text():
    model = ScriptedModel(lambda p: p.replace("[[EMAIL_1]]", ""))
    result = run(make(model, on_reject="local"), Segment(TEXT))
    assert result.route == "local" and result.decision.route_reason.startswith("rephrase rejected")
    assert result.segments[0].text == TEXT


def test_history_is_rewritten_once_and_identically_on_every_turn():
    model = ScriptedModel()
    pipeline = make(model)
    first = run(pipeline, Segment(TEXT))
    second = run(pipeline, Segment(TEXT), Segment("And what about the logs from yesterday afternoon then?"))
    assert second.segments[0].text == first.segments[0].text
    assert model.paragraphs.count(model.paragraphs[0]) == 1
    # Another process sharing the vault reuses the stored rewrite too.
    fresh = ScriptedModel(lambda p: "must not be called")
    shared = make(fresh)
    shared.vault = pipeline.vault
    shared.stages[-1]._cache.clear()
    assert run(shared, Segment(TEXT)).segments[0].text == first.segments[0].text and fresh.paragraphs == []


def test_an_unavailable_local_model_applies_on_reject():
    dead = LocalHttpBackend(f"http://127.0.0.1:{closed_port()}/v1", model="m")
    kept = run(make(dead), Segment(TEXT))
    assert kept.decision.rephrase.startswith("rejected: local model unavailable")
    assert kept.segments[0].text == REDACTED
    with pytest.raises(UnavailableError, match="unreachable"):
        run(make(dead, on_reject="local"), Segment(TEXT))


def test_rephrase_must_come_after_placeholders():
    policy = Policy(name="wrong-order", stages=["rephrase", "placeholders"])
    with pytest.raises(PolicyError, match="after 'placeholders'"):
        RephraseStage(policy)


def test_a_custom_prompt_must_have_a_text_slot():
    with pytest.raises(Exception, match="must contain"):
        Policy(name="p", rephrase={"prompt": "Rewrite this please."})


def test_a_loopback_model_server_that_drops_a_placeholder_is_rejected():
    def drop(messages):
        paragraph = messages[-1]["content"].rsplit("Text: ", 1)[1].rsplit("\nRewritten:", 1)[0]
        return generalise(paragraph).replace("[[EMAIL_1]]", "someone")

    with LoopbackModelServer(drop) as server:
        backend = LocalHttpBackend(server.url)
        result = run(make(backend), Segment(TEXT))
        assert len(server.requests) == 1
    assert result.decision.rephrase.startswith("rejected: lost or altered a placeholder")
    assert result.segments[0].text == REDACTED


def test_a_loopback_model_server_rewrite_that_keeps_everything_is_accepted():
    def keep(messages):
        return generalise(messages[-1]["content"].rsplit("Text: ", 1)[1].rsplit("\nRewritten:", 1)[0])

    with LoopbackModelServer(keep) as server:
        result = run(make(LocalHttpBackend(server.url)), Segment(TEXT))
    assert result.decision.rephrase == "accepted"
    assert "a senior engineering leader" in result.segments[0].text and "[[EMAIL_1]]" in result.segments[0].text


def test_the_real_tiny_llama_model_runs_the_stage_and_its_nonsense_is_rejected(tmp_path):
    llama = pytest.importorskip("redactor.backends.llama")
    from tests.tiny_gguf import write_tiny_gguf

    backend = llama.LlamaBackend(write_tiny_gguf(tmp_path / "tiny.gguf"), context_tokens=1024,
                                 max_output_tokens=64, threads=1)
    result = run(make(backend), Segment(TEXT))
    assert result.decision.rephrase.startswith("rejected: ")
    assert result.segments[0].text == REDACTED
    assert result.decision.stage_ms["rephrase"] > 0


def test_masking_round_trips_and_hides_technical_terms():
    masked = mask_protected("Call get_user() in src/app.py with --force, 512 MB and v1.2.3; see `x = 1`.")
    assert masked.text == "Call [[KEEP_1]] in [[KEEP_2]] with [[KEEP_3]], [[KEEP_4]] and [[KEEP_5]]; see [[KEEP_6]]."
    assert unmask(masked.text, masked.protected) == ("Call get_user() in src/app.py with --force, 512 MB and "
                                                     "v1.2.3; see `x = 1`.")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab_/.`- \n[]1MBx:C\\")) | st.characters(), max_size=80))
def test_masking_always_round_trips(text):
    if "[[KEEP_" in text.upper():
        return
    masked = mask_protected(text)
    assert unmask(masked.text, masked.protected) == text


def test_chrf_similarity_separates_paraphrase_from_drift():
    original = "I met the only female VP of Engineering at [[ORG_1]] on 3 March to discuss the layoffs memo."
    paraphrase = "I met a senior engineering leader at [[ORG_1]] recently to discuss an internal document."
    drift = "The weather is lovely and birds sing in the trees of the park near the river."
    assert chrf_similarity(original, original) == 1.0
    assert chrf_similarity(original, paraphrase) > 0.45 > 0.25 > chrf_similarity(original, drift)


def test_a_rewrite_identical_to_the_input_is_accepted_and_noted_as_unchanged():
    result = run(make(ScriptedModel(lambda p: p)), Segment(TEXT))
    assert result.decision.rephrase == "accepted"
    assert "rephrase: 1 of 1 paragraphs unchanged by the model" in result.decision.notes
    assert result.segments[0].text == REDACTED
