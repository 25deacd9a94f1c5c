"""Smoke test: the default local model (Gemma 3 270M from the package index) loads and generates.

Skipped when the model package is not installed; it is what `policies/local-only.yaml` runs.
"""
from __future__ import annotations

import asyncio

import pytest

from redactor.backends import default_model

pytestmark = pytest.mark.skipif(not default_model.is_installed(),
                                reason=f"{default_model.PACKAGE} is not installed (pip install 'redactor[local]')")


def test_the_local_only_policy_serves_a_request_with_the_default_model_without_network():
    pytest.importorskip("llama_cpp")
    from redactor.backends import open_local_backend
    from redactor.core import RequestContext
    from redactor.runtime import build_pipeline
    from redactor.segments import Segment

    pipeline = build_pipeline("local-only", vault_url="memory://")
    result = pipeline.process([Segment("What does HTTP 418 mean?")], RequestContext(conversation="smoke"))
    assert result.route == "local"

    backend = open_local_backend(pipeline.policy.routing.backend)
    assert backend.model_path == default_model.locate_default_model()
    reply = asyncio.run(backend.chat([{"role": "user", "content": "What does HTTP 418 mean?"}], max_tokens=6,
                                     temperature=0.0))
    assert reply.finish_reason in ("stop", "length")
    assert 1 <= reply.usage.completion_tokens <= 6 and reply.usage.prompt_tokens > 5
    assert reply.text.strip()


def test_the_default_model_file_is_joined_once_and_verified(tmp_path):
    first = default_model.locate_default_model(tmp_path)
    stamp = first.with_name(first.name + ".verified")
    assert first.stat().st_size > 100_000_000 and stamp.exists()
    modified = first.stat().st_mtime_ns
    try:
        assert default_model.locate_default_model(tmp_path) == first
        assert first.stat().st_mtime_ns == modified  # not joined again
    finally:
        first.unlink()  # 250 MB: do not leave it in pytest's kept temporary directories
