"""Running leakbench: same outgoing text as the Pipeline, local-only scoring, JSON, reports, proxy mode, CLI."""
from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from typer.testing import CliRunner

from leakbench.__main__ import app
from leakbench.report import write_reports
from leakbench.runner import load_samples, run_benchmark, run_policy
from leakbench.workloads.suite import Suite
from redactor.core import BlockedError, RequestContext
from redactor.policy import load_policy
from redactor.runtime import build_pipeline


def test_benchmark_outgoing_text_is_byte_identical_to_the_pipeline():
    suite = Suite(0)
    samples = load_samples(suite, limit=2)
    policy = suite.org.apply_to(load_policy("default"))
    run = run_policy(policy, samples, suite)
    reference = build_pipeline(policy, vault_url="memory://")
    compared = 0
    for outcome in run.outcomes:
        context = RequestContext(conversation=f"reference-{outcome.sample.id}", api="bench")
        try:
            result = reference.process(outcome.sample.plain_segments, context)
        except BlockedError:
            assert outcome.route == "blocked" and outcome.outgoing == []
            continue
        if result.route == "cloud":
            assert outcome.outgoing == [segment.text for segment in result.segments], outcome.sample.id
            compared += 1
        else:
            assert outcome.outgoing == []
    assert compared >= 8
    # Redaction happened at all, or the comparison would be vacuous.
    assert any(o.outgoing != [i.text for i in o.sample.segments] for o in run.outcomes if o.outgoing)


def test_local_only_policy_sends_nothing_and_says_so():
    report = run_benchmark(["local-only"], limit=2, resamples=50)
    block = report["policies"]["local-only"]
    assert block["overall"]["combined"]["rate"] == 0.0
    assert block["overall"]["routes"] == {"local": report["suite"]["samples"]}
    assert block["overall"]["over_redaction"]["rate"] is None
    assert any("routed locally" in note for note in block["notes"])


@pytest.fixture(scope="module")
def small_report():
    return run_benchmark(["secrets-only", "default"], workloads=["secrets_config", "implicit_identity"],
                         limit=4, resamples=100)


def test_report_json_has_rates_with_intervals_per_workload_and_kind(small_report):
    json.dumps(small_report)  # JSON-ready
    assert small_report["suite"]["samples"] == 8
    for label in ("secrets-only", "default"):
        block = small_report["policies"][label]
        for scope in [block["overall"], *block["workloads"].values()]:
            for key in ("exact", "partial", "combined"):
                rate = scope[key]
                assert 0.0 <= rate["ci_low"] <= rate["rate"] <= rate["ci_high"] <= 1.0
            assert scope["combined"]["hits"] == scope["exact"]["hits"] + scope["partial"]["hits"]
            assert scope["annotations"] > 0
            assert {"p50", "p95"} <= set(scope["latency_ms"]["total"])
            assert "rate" in scope["over_redaction"]
        assert [w["samples"] for w in block["workloads"].values()] == [4, 4]
        assert "QUASI_IDENTIFIER" in block["overall"]["per_kind"]
        assert "secret" in block["overall"]["per_category"]
        assert "top1_rate" in block["workloads"]["implicit_identity"]["reidentification"]
        # Every value the simulated model echoes, re-cases, quotes or escapes comes back exactly.
        assert block["overall"]["round_trip"]["overall"] == 1.0
        assert block["overall"]["round_trip"]["echo_identical"] == 1.0
    secrets_only = small_report["policies"]["secrets-only"]["workloads"]["implicit_identity"]
    assert secrets_only["combined"]["rate"] == 1.0  # nothing in that policy touches quasi-identifiers


def test_reports_are_written_as_markdown_and_self_contained_html(small_report, tmp_path):
    markdown, page = write_reports(small_report, tmp_path)
    assert "| policy |" in markdown.read_text()
    html = page.read_text()
    assert html.count("data:image/png;base64,") == 3 and "<table>" in html
    assert "src=\"http" not in html


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _FakeProxy:
    """Stands in for the redactor proxy: forwards bodies unchanged, or refuses them all."""

    def __init__(self, upstream_port: int, refuse: bool) -> None:
        target = f"http://127.0.0.1:{upstream_port}/v1/chat/completions"

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers["content-length"]))
                if refuse:
                    status, payload = 403, b'{"error": {"message": "blocked"}}'
                else:
                    upstream = httpx.post(target, content=body, headers={"content-type": "application/json"})
                    status, payload = upstream.status_code, upstream.content
                self.send_response(status)
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize("refuse, expected", [(False, 1.0), (True, 0.0)])
def test_via_proxy_scores_what_reached_the_upstream(refuse, expected):
    port = _free_port()
    proxy = _FakeProxy(port, refuse)
    try:
        report = run_benchmark(["secrets-only"], workloads=["secrets_config", "agent_transcripts"], limit=2,
                               via_proxy=proxy.url, capture_port=port, resamples=50)
    finally:
        proxy.close()
    overall = report["policies"]["secrets-only"]["overall"]
    assert overall["exact"]["rate"] == expected
    assert overall["routes"] == ({"cloud": 4} if not refuse else {"blocked": 4})


def test_bench_command_writes_json_and_fails_cleanly_on_a_bad_policy(tmp_path):
    runner = CliRunner()
    out = tmp_path / "bench.json"
    result = runner.invoke(app, ["bench", "--policy", "secrets-only", "--workload", "secrets_config",
                                 "--limit", "3", "--resamples", "50", "--quiet", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["policies"]["secrets-only"]["overall"]["samples"] == 3
    result = runner.invoke(app, ["bench", "--policy", str(tmp_path / "missing.yaml"), "--quiet"])
    assert result.exit_code == 2
    assert "error:" in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["bench", "--policy", "default", "--workload", "nope", "--quiet"])
    assert result.exit_code == 2 and "unknown workload" in result.output


def test_a_request_that_must_stay_local_without_a_local_backend_is_refused_and_scores_empty():
    from leakbench.samples import Sample, TextBuilder, Value
    from leakbench.workloads import credentials
    import random

    key = credentials.private_key(random.Random(1))
    segment = TextBuilder().fill("deploy key:\n<%k%>\n", {"k": Value(key, "PRIVATE_KEY")}).segment("user", "prose",
                                                                                                 path=("messages", 0, "content"))
    sample = Sample(id="pem-1", workload="hand", segments=[segment])
    run = run_policy("strict", [sample])  # strict: PRIVATE_KEY must stay local; no backend configured
    [outcome] = run.outcomes
    assert outcome.route == "unavailable" and outcome.outgoing == []
    summary = run.summary(resamples=10)
    assert summary["overall"]["combined"]["rate"] == 0.0
    assert any("refused as unavailable" in note for note in summary["notes"])
