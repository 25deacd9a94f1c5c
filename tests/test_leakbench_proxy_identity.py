"""The benchmark measures what users run: in-process outgoing text equals what the real proxy sends."""
from __future__ import annotations

import socket

from leakbench.runner import load_samples, run_policy, run_via_proxy
from leakbench.workloads.suite import Suite
from redactor.policy import load_policy
from redactor.runtime import build_pipeline
from redactor.server import create_app
from tests.upstream_server import LoopbackServer


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_benchmark_and_real_proxy_send_byte_identical_text():
    suite = Suite(0)
    samples = load_samples(suite, limit=3, split="dev")
    policy = suite.org.apply_to(load_policy("default"))
    in_process = run_policy(policy, samples, suite)

    capture_port = _free_port()
    pipeline = build_pipeline(policy, vault_url="memory://")
    app = create_app(pipeline, upstream_openai=f"http://127.0.0.1:{capture_port}/v1",
                     upstream_anthropic=f"http://127.0.0.1:{capture_port}")
    with LoopbackServer(app) as proxy:
        through_proxy = run_via_proxy(policy, samples, proxy.url + "/v1", capture_port, suite=suite)

    compared = 0
    for local, wire in zip(in_process.outcomes, through_proxy.outcomes):
        assert local.sample.id == wire.sample.id
        assert local.route == wire.route, local.sample.id
        assert local.outgoing == wire.outgoing, local.sample.id
        compared += bool(local.outgoing)
    assert compared >= 10  # most samples were actually sent and compared
