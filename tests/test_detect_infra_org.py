"""InfraDetector and OrgTermsDetector: hosts, cloud ids, Kubernetes Secrets, the org's own vocabulary."""
from __future__ import annotations

import random
import string

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector, k8s_secret_value_ranges
from redactor.detect.org import OrgTerms, OrgTermsDetector
from tests.growth import assert_linear_growth, cpu_seconds

INFRA = InfraDetector(internal_domains=["acme.io"])


def infra(text: str, kind: str | None = None, segment_kind: str = "prose", field_name: str | None = None) -> list[str]:
    spans = INFRA.detect(DetectionInput(text, segment_kind, field_name))
    return [text[s.start:s.end] for s in spans if kind is None or s.kind == kind]


# --- internal hostnames -------------------------------------------------------------


@pytest.mark.parametrize(
    "host",
    ["db01.corp", "ldap.eu.intranet", "nas.lan", "printer.local", "vault.internal",
     "my-svc.my-namespace.svc.cluster.local", "router.home.arpa"],
)
def test_finds_hosts_under_private_suffixes(host):
    assert infra(f"connect to {host} now.", "INTERNAL_HOSTNAME") == [host]


@pytest.mark.parametrize("host", ["prod-db-01", "stg-api.example.com", "db1.prod.example.com", "api-staging",
                                  "db-prod-2", "redis.staging.acme-cloud.net"])
def test_finds_environment_named_hosts(host):
    assert infra(f"ssh into {host} and check", "INTERNAL_HOSTNAME") == [host]


def test_finds_hosts_under_the_orgs_internal_domains():
    assert infra("api.acme.io, acme.io and vpn.eu.acme.io", "INTERNAL_HOSTNAME") == [
        "api.acme.io", "acme.io", "vpn.eu.acme.io"]


# --- hosts under an ordinary company domain --------------------------------------------


@pytest.mark.parametrize("text, host", [
    ("2024-05-11T08:14:22Z ERROR upstream connect error to payments-gw.tailspin-traders.com:8443",
     "payments-gw.tailspin-traders.com"),
    ("Error: getaddrinfo ENOTFOUND auth.wideworld-importers.com\n", "auth.wideworld-importers.com"),
    ("Jenkins is at ci.fabrikam-foods.com but the webhook never arrives", "ci.fabrikam-foods.com"),
    ("clusters:\n- cluster:\n    server: https://k8s-api.greenfield-iot.net:6443\n", "k8s-api.greenfield-iot.net"),
    ("gitlab.litware-inc.com,10.20.4.17 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH8cXkR2mV7qLpT9wZ3yN5b\n",
     "gitlab.litware-inc.com"),
    ("[webservers]\napp.lucerne-publishing.com\nedge.lucerne-publishing.com\n", "edge.lucerne-publishing.com"),
])
def test_machines_under_an_ordinary_company_domain_are_found_where_a_machine_is_meant(text, host):
    assert host in infra(text, "INTERNAL_HOSTNAME", "code")


def test_one_internal_host_makes_the_other_names_under_its_domain_internal():
    text = "[web]\nweb1.lucerne-publishing.com\n\n[db]\ndb-primary.lucerne-publishing.com ansible_user=admin\n"
    assert infra(text, "INTERNAL_HOSTNAME", "code") == ["web1.lucerne-publishing.com",
                                                         "db-primary.lucerne-publishing.com"]


@pytest.mark.parametrize("text", [
    "see https://docs.github.com/en/actions and https://learn.microsoft.com/en-us/azure/aks/ for the setup",
    "pip install fastapi==0.111.0 from https://pypi.org/simple, served at https://fastapi.tiangolo.com:443/",
    "ping github.com works, and the site is at example.org",
    "[tool.poetry]\nname = \"x\"\n",
])
def test_public_sites_and_bare_domains_in_network_places_are_not_internal_hosts(text):
    assert infra(text, "INTERNAL_HOSTNAME", "code") == []


@pytest.mark.parametrize(
    "text",
    [
        "threading.local() and self.internal and ctx.local",
        "from mypkg.internal import helpers",
        "npm i -D webpack-dev-server; see values.prod.yaml and .env.production",
        "devDependencies and dev-dependencies, prod-ready, preprod checks",
        "the staging environment is rebuilt on Mondays",
        "localhost.localdomain",
        "docs.html#stage-2-generate-the-ir and 1.11.0+dev.d6d9d8cd4f27c52edac1f537e236ec48a01e54cb.dirty",
        "[registries.internal]\nindex = \"sparse+https://crates.io/index/\"",  # a TOML table's key path
        "  [[profiles.local]]\nname = \"dev\"",
    ],
)
def test_no_hostname_on_code_attributes_packages_or_files(text):
    assert infra(text, "INTERNAL_HOSTNAME") == []


# --- cloud identifiers ----------------------------------------------------------------


def test_finds_aws_arns_but_not_aws_managed_policies():
    text = "role arn:aws:iam::123456789012:role/Admin, bucket arn:aws:s3:::my-bucket/key. policy arn:aws:iam::aws:policy/ReadOnlyAccess"
    assert infra(text, "AWS_ARN") == ["Admin", "my-bucket/key"]
    assert infra(text, "AWS_ACCOUNT_ID") == ["123456789012"]


def test_finds_aws_account_ids_in_context_only():
    assert infra("AWS account id: 123456789012", "AWS_ACCOUNT_ID") == ["123456789012"]
    assert infra("image 210987654321.dkr.ecr.us-east-1.amazonaws.com/app:1", "AWS_ACCOUNT_ID") == ["210987654321"]
    assert infra("123456789012", "AWS_ACCOUNT_ID", "json_value", field_name="aws_account_id") == ["123456789012"]
    assert infra("processed 123456789012 bytes", "AWS_ACCOUNT_ID") == []


def test_finds_gcp_project_ids_in_paths_flags_and_service_accounts():
    text = ("projects/my-proj-123/topics/orders; gcloud config set project acme-build-42; "
            "GOOGLE_CLOUD_PROJECT=acme-analytics-7; deployer@acme-ci-99.iam.gserviceaccount.com")
    assert infra(text, "GCP_PROJECT") == ["my-proj-123", "acme-build-42", "acme-analytics-7", "acme-ci-99"]


def test_bare_word_project_is_not_a_gcp_project():
    assert infra("project: redactor", "GCP_PROJECT") == []


def test_projects_path_in_someone_elses_url_is_not_a_gcp_project():
    text = "see https://daringfireball.net/projects/markdown/ and https://pubsub.googleapis.com/v1/projects/acme-prod-7/topics"
    assert infra(text, "GCP_PROJECT") == ["acme-prod-7"]


def test_finds_azure_subscription_ids():
    text = ("/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590/resourceGroups/rg-app "
            "AZURE_SUBSCRIPTION_ID=11111111-2222-4333-8444-555555555555")
    assert infra(text, "AZURE_SUBSCRIPTION") == ["0b1f6471-1bf0-4dda-aec3-cb9272f09590",
                                                 "11111111-2222-4333-8444-555555555555"]


def test_uuid_without_subscription_context_is_not_a_subscription():
    assert infra("request_id=3f9b2c7e-51a4-4c1e-9d0b-7e1f2a6c8d40", "AZURE_SUBSCRIPTION") == []


# --- Kubernetes Secrets ----------------------------------------------------------------

SECRET_MANIFEST = """\
apiVersion: v1
kind: Secret
metadata:
  name: orders-db
type: Opaque
data:
  username: YWRtaW4=
  password: "cGFzc3dvcmQxMjM="
stringData:
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIUd
    -----END CERTIFICATE-----
  note: plain text # a comment
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: orders-config
data:
  LOG_LEVEL: info
"""


def test_k8s_secret_values_are_found_and_configmap_values_are_not():
    values = infra(SECRET_MANIFEST, "K8S_SECRET_VALUE", "code")
    assert values == [
        "YWRtaW4=",
        "cGFzc3dvcmQxMjM=",
        "-----BEGIN CERTIFICATE-----\n    MIIBszCCAVmgAwIBAgIUd\n    -----END CERTIFICATE-----",
        "plain text",
    ]
    assert "info" not in values


def test_k8s_secret_values_are_category_secret():
    spans = INFRA.detect(DetectionInput(SECRET_MANIFEST, "code"))
    assert {s.category for s in spans if s.kind == "K8S_SECRET_VALUE"} == {"secret"}


def test_k8s_secret_in_json_form():
    text = '{"apiVersion": "v1", "kind": "Secret", "data": {"token": "dG9rZW4xMjM=", "key": "a2V5"}}'
    assert infra(text, "K8S_SECRET_VALUE") == ["dG9rZW4xMjM=", "a2V5"]


def test_k8s_secret_nested_in_a_list_and_helm_templates_skipped():
    text = """\
items:
  - kind: Secret
    data:
      api-key: c2VjcmV0LWtleQ==
      other: {{ .Values.other | b64enc }}
"""
    assert [text[s:e] for s, e in k8s_secret_value_ranges(text)] == ["c2VjcmV0LWtleQ=="]


def test_deployment_with_secret_key_ref_has_no_secret_values():
    text = "kind: Deployment\nspec:\n  env:\n    - name: DB_PASSWORD\n      valueFrom:\n        secretKeyRef:\n          name: db\n"
    assert infra(text, "K8S_SECRET_VALUE") == []


def test_infra_never_tags_placeholders():
    assert INFRA.detect(DetectionInput("host [[INTERNAL_HOSTNAME_1]] in [[AWS_ARN_2]]")) == []


@pytest.mark.parametrize("unit", ["prod-", "db1.prod.example.com ", "a.internal.", "/subscriptions/", "a" * 100 + ":"])
def test_infra_pathological_inputs_stay_linear(unit):
    def scan(length: int):
        text = unit * (length // len(unit))
        return lambda: INFRA.detect(DetectionInput(text, "code"))

    assert_linear_growth(scan, 100_000)


# --- organisation terms ------------------------------------------------------------------

ORG_TERMS = OrgTerms(
    names=["Acme Corp", "Acme"],
    codenames=["Project Bluebird", "Nightjar"],
    customers=["Globex", "Initech LLC"],
    internal_domains=["acme.internal", "acme-corp.com"],
    hostname_patterns=["prod-db-*", "*.corp.acme.com", "jenkins-??"],
    allow=["Acme Cloud", "S3", "EKS"],
)
ORG = OrgTermsDetector(ORG_TERMS)


def org(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.kind) for s in ORG.detect(DetectionInput(text))]


def test_deny_terms_match_case_insensitively_as_whole_words():
    assert org("ACME CORP signed with globex; Nightjar ships.") == [
        ("ACME CORP", "ORG_NAME"), ("globex", "CUSTOMER_NAME"), ("Nightjar", "PROJECT_CODENAME")]


def test_deny_terms_do_not_match_inside_longer_words():
    assert org("Nightjars and Globexia and Acmesoft") == []


def test_multiword_terms_match_across_any_whitespace():
    assert org("Project\n  Bluebird and Initech  LLC") == [
        ("Project\n  Bluebird", "PROJECT_CODENAME"), ("Initech  LLC", "CUSTOMER_NAME")]


def test_longest_term_wins():
    assert org("Acme Corp and Acme") == [("Acme Corp", "ORG_NAME"), ("Acme", "ORG_NAME")]


def test_allowed_term_containing_a_deny_term_is_left_alone():
    assert org("we run on Acme Cloud and S3, built by Acme") == [("Acme", "ORG_NAME")]


def test_is_allowed_normalises_case_and_whitespace():
    assert ORG.is_allowed(" acme   CLOUD ")
    assert ORG.is_allowed("eks")
    assert not ORG.is_allowed("Acme")


def test_internal_domains_and_their_hosts():
    assert org("see acme.internal and api.eu.acme.internal") == [
        ("acme.internal", "INTERNAL_DOMAIN"), ("api.eu.acme.internal", "INTERNAL_HOSTNAME")]


def test_hostname_glob_patterns():
    found = org("prod-db-07 x.corp.acme.com jenkins-01 jenkins-001 prod-cache-1")
    assert ("prod-db-07", "INTERNAL_HOSTNAME") in found
    assert ("x.corp.acme.com", "INTERNAL_HOSTNAME") in found
    assert ("jenkins-01", "INTERNAL_HOSTNAME") in found
    assert all(value not in ("jenkins-001", "prod-cache-1") for value, _ in found)


def test_org_spans_are_category_org():
    spans = ORG.detect(DetectionInput("Acme and Globex at acme.internal"))
    assert spans and {s.category for s in spans} == {"org"} and {s.detector for s in spans} == {"org"}


def test_org_never_tags_placeholders():
    assert ORG.detect(DetectionInput("[[ORG_NAME_1]] and [[CUSTOMER_NAME_2]]")) == []


def test_empty_terms_find_nothing():
    assert OrgTermsDetector(OrgTerms()).detect(DetectionInput("Acme Corp at acme.internal")) == []


def test_thousands_of_terms_are_scanned_in_one_pass():
    """A text is scanned once for all terms (an automaton), not once per term: 4x the terms, not 4x the CPU."""
    rng = random.Random(7)
    words = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 12))) for _ in range(5000)]
    customers = [w.capitalize() + (" " + rng.choice(words) if rng.random() < 0.3 else "") for w in words]
    text = ("The quarterly review covered latency, retries and the billing migration. " * 140)[:10240]
    text += f" Renewal for {customers[1234]} is due."

    def scan_with(count: int):
        detector = OrgTermsDetector(OrgTerms(customers=customers[:count]))
        assert [text[s.start:s.end] for s in detector.detect(DetectionInput(text))] == [customers[1234]]
        return lambda: [detector.detect(DetectionInput(text)) for _ in range(20)]

    fewer, all_terms = cpu_seconds(scan_with(1250)), cpu_seconds(scan_with(5000))
    assert all_terms < 2 * fewer + 0.05, (fewer, all_terms)


# --- identifiers built on org terms ----------------------------------------------------


@pytest.mark.parametrize(
    "text, identifier",
    [
        ("func RefreshNightjarCache(ctx context.Context) error {", "RefreshNightjarCache"),
        ("def nightjar_rebuild_index():", "nightjar_rebuild_index"),
        ("SELECT * FROM acme_billing.invoices", "acme_billing"),
        ("CREATE SCHEMA IF NOT EXISTS globex_reporting;", "globex_reporting"),
        ("const nightjarClient = new Client()", "nightjarClient"),
        ("kubectl rollout restart deploy/nightjar-worker", "nightjar-worker"),
        ("NIGHTJAR_API_URL=https://example.org", "NIGHTJAR_API_URL"),
        ("run ./bin/sync --nightjar-mode", "nightjar-mode"),
        ("tag nightjar2 was pushed", "nightjar2"),
        ("export_initech_llc_rows()", "export_initech_llc_rows"),  # a multi-word term joined by "_"
    ],
)
def test_identifier_with_an_org_term_component_is_redacted_whole(text, identifier):
    assert org(text) == [(identifier, "INTERNAL_IDENTIFIER")]


def test_identifier_stops_at_dots_and_keeps_the_term_kind_when_alone():
    assert org("acme_billing.invoices and nightjar.client") == [
        ("acme_billing", "INTERNAL_IDENTIFIER"), ("nightjar", "PROJECT_CODENAME")]


@pytest.mark.parametrize(
    "text",
    [
        "Nightjars nested; Globexia; Acmesoft; nightjarring",  # inside a word, no component edge
        "unacmely and pre-acmed",  # lower-case run before the term: not an edge
    ],
)
def test_term_inside_a_word_without_a_component_edge_is_not_an_identifier(text):
    assert all(kind != "INTERNAL_IDENTIFIER" for _, kind in org(text)) and org(text) == []


def test_allowed_term_inside_an_identifier_is_left_alone():
    detector = OrgTermsDetector(OrgTerms(codenames=["Nightjar"], allow=["S3"]))
    text = "upload_to_s3(bucket) and S3Client"
    assert detector.detect(DetectionInput(text)) == []


def test_identifier_spans_are_category_org_and_skip_placeholders():
    spans = ORG.detect(DetectionInput("SyncNightjarJob [[INTERNAL_IDENTIFIER_1]]"))
    assert [(s.kind, s.category) for s in spans] == [("INTERNAL_IDENTIFIER", "org")]


def test_url_hosts_under_internal_suffixes_are_found():
    text = "curl https://api.eu.acme.internal/v1/health and https://x.corp.acme.com/status"
    found = org(text)
    assert ("api.eu.acme.internal", "INTERNAL_HOSTNAME") in found
    assert ("x.corp.acme.com", "INTERNAL_HOSTNAME") in found
    infra = [(text[s.start:s.end], s.kind) for s in InfraDetector().detect(DetectionInput(text))]
    assert ("api.eu.acme.internal", "INTERNAL_HOSTNAME") in infra


# --- internal hosts under any domain (issue 12) ---------------------------------------


@pytest.mark.parametrize(
    "text, host",
    [
        ("clone from git.corp.example.com today", "git.corp.example.com"),
        ("docs on wiki.intra.acme.de", "wiki.intra.acme.de"),
        ("jenkins.infra.acme.io is down", "jenkins.infra.acme.io"),
        ("https://grafana.internal.shop.net/d/abc", "grafana.internal.shop.net"),
        ("connect to db-04.acme.com", "db-04.acme.com"),
        ("web01.shop.net answered 502", "web01.shop.net"),
        ("see https://api.acme-internal.com/v1", "api.acme-internal.com"),
        ("internal-api.shop.io is up", "internal-api.shop.io"),
    ],
)
def test_marker_labels_and_numbered_machines_make_a_host_internal_under_any_domain(text, host):
    assert infra(text, "INTERNAL_HOSTNAME") == [host]


@pytest.mark.parametrize(
    "text, host",
    [
        ("host: pg-primary.payments.svc", "pg-primary.payments.svc"),
        ("DB_HOST=orders.acme", "orders.acme"),
        ("url: https://gitlab.mycorp/group/repo", "gitlab.mycorp"),
        ("postgres://app@db.acme:5432/x", "db.acme"),
        ("Host bastion\n  HostName bastion.acme-cloud.net\n  User deploy", "bastion.acme-cloud.net"),
    ],
)
def test_hosts_in_host_fields_ssh_config_urls_and_connection_strings(text, host):
    assert host in infra(text, "INTERNAL_HOSTNAME")


@pytest.mark.parametrize(
    "text",
    [
        "Host github.com\n  HostName github.com",
        "pip install from https://pypi.org/simple, read https://docs.python.org/3/",
        "api.github.com and registry.npmjs.org are public",
        "self.internal.timeout = 3; python3.11.venv; version 1.2.3.rc1",
        "mail admin@corp.example.com",
        "acme-corp.com homepage; the internal-only flag; my-internal-notes.md",
    ],
)
def test_public_domains_code_and_versions_are_not_internal_hosts(text):
    assert infra(text, "INTERNAL_HOSTNAME") == []


@pytest.mark.parametrize(
    "text, bucket",
    [("aws s3 cp x s3://acme-prod-backups/2024/", "acme-prod-backups"), ("bucket: acme-logs-eu", "acme-logs-eu"),
     ("https://acme-data.s3.us-east-1.amazonaws.com/x", "acme-data"), ("gs://ml-training-sets", "ml-training-sets")],
)
def test_storage_bucket_names_are_infra(text, bucket):
    assert infra(text, "BUCKET") == [bucket]


def test_templated_bucket_is_not_a_bucket():
    assert infra('bucket_name = "{{ bucket }}"', "BUCKET") == []


@pytest.mark.parametrize("text, host", [("open https://jenkins.acme.com/job/x", "jenkins.acme.com"),
                                        ("grafana.shop.io dashboards", "grafana.shop.io")])
def test_self_hosted_tool_hosts_are_redacted_on_the_wire_but_doubtful(text, host):
    from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE

    spans = [s for s in INFRA.detect(DetectionInput(text)) if s.kind == "INTERNAL_HOSTNAME"]
    assert [text[s.start:s.end] for s in spans] == [host]
    assert WIRE_MIN_SCORE <= spans[0].score < AUDIT_MIN_SCORE


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("ssh deploy@build-agent-07", "build-agent-07"),
        ("scp -P 2222 dump.sql admin@backup3:/srv/", "backup3"),
        (r"copy \\fileserver01\share\reports", "fileserver01"),
        ('{"path": "\\\\\\\\nas02\\\\backup"}', "nas02"),
    ],
)
def test_machines_named_without_a_domain_in_ssh_targets_and_unc_paths(text, host):
    assert host in infra(text, "INTERNAL_HOSTNAME")


def test_localhost_and_public_ssh_hosts_are_not_internal_single_labels():
    assert infra("ssh root@localhost && ssh git@github.com", "INTERNAL_HOSTNAME") == []


@pytest.mark.parametrize(("text", "host"), [
    ("dial tcp: lookup ledger.svc.acme-health.com: no such host", "ledger.svc.acme-health.com"),
    ("ERROR timeout calling ledger.acme-health.com after 30s", "ledger.acme-health.com"),
    ("location / { proxy_pass http://orders.acme-health.com; }", "orders.acme-health.com"),
])
def test_machines_named_by_resolver_and_proxy_errors_are_found(text, host):
    assert host in infra(text, "INTERNAL_HOSTNAME", "code")
