"""/healthz says what this replica runs and whether it can serve; /readyz tells a load balancer
with a 503 when a request would fail here."""
from __future__ import annotations

import httpx

from redactor.runtime import build_pipeline
from redactor.policy import parse_policy
from redactor.server import create_app
from tests.upstream_server import EMAIL, MODEL, TEST_POLICY, LoopbackServer

ALWAYS_LOCAL_WITHOUT_BACKEND = """
name: local-nothing
stages: [route, placeholders]
detection:
  ner: {enabled: false}
routing:
  always_local: true
  fallback: error
"""


def _serving(upstream, policy_text: str, vault_url: str):
    pipeline = build_pipeline(parse_policy(policy_text), vault_url=vault_url)
    return LoopbackServer(create_app(pipeline, upstream.url + "/v1", upstream.url)), pipeline


def test_healthz_reports_the_policy_the_vault_kind_and_the_models_never_the_vault_location(upstream, tmp_path,
                                                                                           monkeypatch):
    monkeypatch.setenv("REDACTOR_VAULT_KEY_FILE", str(tmp_path / "vault.key"))
    policy = TEST_POLICY.replace('url: "memory://"', f'url: "sqlite:///{tmp_path}/vault.db"')
    server, pipeline = _serving(upstream, policy.replace("enabled: false", "enabled: true"),
                                f"sqlite:///{tmp_path}/vault.db")
    with server:
        health = httpx.get(server.url + "/healthz", timeout=30)
        ready = httpx.get(server.url + "/readyz", timeout=30)
    pipeline.vault.close()
    assert health.status_code == 200 and ready.status_code == 200
    report = health.json()
    assert report["status"] == "ok" and report["ready"] is True and report["policy"] == "proxy-test"
    assert report["vault"] == {"kind": "sqlite", "ok": True}
    assert report["models"]["ner"] == {"model": "en_core_web_sm", "loaded": True}
    assert str(tmp_path) not in health.text


def test_readyz_is_503_when_the_policy_sends_every_request_to_a_local_backend_that_does_not_exist(upstream):
    server, _ = _serving(upstream, ALWAYS_LOCAL_WITHOUT_BACKEND, "memory://")
    with server:
        ready = httpx.get(server.url + "/readyz", timeout=30)
        health = httpx.get(server.url + "/healthz", timeout=30)
        request = httpx.post(server.url + "/v1/chat/completions", timeout=30,
                             json={"model": MODEL, "messages": [{"role": "user", "content": f"hi {EMAIL}"}]})
    # What readiness predicts is what a request gets.
    assert ready.status_code == 503 and request.status_code == 503
    assert health.status_code == 200 and health.json()["status"] == "degraded"
    assert "no local backend" in health.json()["models"]["local"]["problem"]


def test_a_vault_failure_is_reported_by_its_cause_without_the_vault_location(upstream):
    from redactor.vault.base import VaultError

    server, pipeline = _serving(upstream, TEST_POLICY, "memory://")

    def full(*_args, **_kwargs):
        raise VaultError("the SQLite vault at /srv/secret-project/vault.db is full (max_size_bytes reached)")

    pipeline.vault.put_record = full
    with server:
        ready = httpx.get(server.url + "/readyz", timeout=30)
    assert ready.status_code == 503
    problem = ready.json()["vault"]["problem"]
    assert problem == "the SQLite vault at <path> is full (max_size_bytes reached)"
