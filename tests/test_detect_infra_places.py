"""Machines and cloud ids where inventories, configs, logs and prose name them are redacted; labels and log levels are not."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector

INFRA = InfraDetector()


def found(text: str, kind: str = "INTERNAL_HOSTNAME") -> list[str]:
    return [text[s.start:s.end] for s in INFRA.detect(DetectionInput(text, "code")) if s.kind == kind]


def test_hosts_under_a_yaml_inventory_hosts_key_are_machines():
    inventory = ("all:\n  children:\n    cache:\n      hosts:\n        redis-a.tailspin.net:\n"
                 "        cachebox:\n          ansible_port: 2222\n    web:\n      vars:\n        http_port: 80\n")
    assert found(inventory) == ["redis-a.tailspin.net", "cachebox"]


@pytest.mark.parametrize("text, host", [
    ("I can't ssh to gpu-box-3, is it down?", "gpu-box-3"),
    ("drained k8s-worker-12 before the upgrade", "k8s-worker-12"),
    ("we failed over to pgsql-b this morning", "pgsql-b"),
    ("the box named ledger7 is out of disk", "ledger7"),
])
def test_a_machine_acted_on_in_prose_is_a_host(text, host):
    assert host in found(text)


@pytest.mark.parametrize("text, host", [
    ("smtp relay is smtp-relay.zenbank.de, port 587", "smtp-relay.zenbank.de"),
    ('db_endpoint = "ordersdb.cluster-c9xk2ab1.eu-west-1.rds.amazonaws.com"',
     "ordersdb.cluster-c9xk2ab1.eu-west-1.rds.amazonaws.com"),
])
def test_role_named_subdomains_and_endpoint_keys_name_machines(text, host):
    assert found(text) == [host]


def test_aws_account_ids_in_a_list_after_an_account_label():
    text = 'allowed_account_ids = ["718293645012", "209384756120"]'
    assert found(text, "AWS_ACCOUNT_ID") == ["718293645012", "209384756120"]


def test_the_project_of_a_cloud_run_path_is_a_gcp_project():
    text = "PERMISSION_DENIED on resource 'namespaces/tailspin-web-prod/services/api'"
    assert found(text, "GCP_PROJECT") == ["tailspin-web-prod"]


@pytest.mark.parametrize("text", [
    "2026-11-30T10:02:11Z WARN geocode: no result for the lookup",
    "backend cart\n    server s1 cartapi1.wingtiptoys.net:443 check ssl\n",
    "ssh to the server and ping me when done; reboot-required is set",
    "pip install from pypi.org; see docs.python.org and api-docs for more",
    "email_address: dana.smith@acme-health.com",
])
def test_log_levels_proxy_labels_prose_and_email_addresses_are_no_hosts(text):
    assert [h for h in found(text) if h in ("WARN", "s1", "me", "reboot-required", "dana.smith", "api-docs")] == []


def test_the_host_of_an_scp_style_git_remote_is_a_machine_unless_it_is_a_public_forge():
    assert found("origin  git@git.brightwave.nl:platform/api.git (fetch)") == ["git.brightwave.nl"]
    assert found("origin  git@github.com:pallets/flask.git (fetch)") == []


def test_a_service_port_on_a_name_no_public_suffix_ends_is_a_machine():
    text = "KAFKA_BROKERS=kafka-0.kafka-headless.streaming:9092,kafka-1.kafka-headless.streaming:9092"
    assert found(text) == ["kafka-0.kafka-headless.streaming", "kafka-1.kafka-headless.streaming"]


def test_every_account_number_on_a_line_about_aws_accounts_is_an_aws_account_id():
    text = "AWS account for sandbox is 118273645509, prod is 228374656610"
    assert found(text, "AWS_ACCOUNT_ID") == ["118273645509", "228374656610"]


def test_cells_under_cloud_id_columns_of_cli_output_are_cloud_ids():
    text = ("$ gcloud projects list\nPROJECT_ID              NAME            PROJECT_NUMBER\n"
            "bw-data-platform-prod   data-platform   448812093321\n")
    assert found(text, "GCP_PROJECT") == ["bw-data-platform-prod", "448812093321"]


@pytest.mark.parametrize("text, host", [
    ("anyone else getting 502s from auth.brightwave.io?", "auth.brightwave.io"),
    ("please whitelist reports.brightwave.io in the firewall", "reports.brightwave.io"),
    ("connection broken by 'NewConnectionError': /simple/requests/ on pypi-mirror.brightwave.io",
     "pypi-mirror.brightwave.io"),
])
def test_a_subdomain_after_a_word_that_means_a_machine_is_a_host(text, host):
    assert host in found(text)


@pytest.mark.parametrize("text", [
    "the build on the runner fetched from registry.npmjs.org and timed out",
    "docs pulled on docs.python.org, then rsync to files.pythonhosted.org failed",
    "the 403 comes from api.github.com via objects.githubusercontent.com",
])
def test_a_public_site_after_a_word_that_means_a_machine_is_no_host(text):
    assert found(text) == []


def test_a_python_module_after_from_is_no_host():
    assert found("from app.config.settings.prod import DATABASES") == []


def test_every_node_of_kubectl_get_nodes_is_a_machine():
    text = ("NAME                            STATUS   ROLES    AGE   VERSION\n"
            "aks-nodepool1-3344-vmss000002   Ready    agent    12d   v1.29.3\n")
    assert found(text) == ["aks-nodepool1-3344-vmss000002"]


def test_a_project_number_after_project_is_a_gcp_project():
    assert "882211334455" in found("The project is bw-analytics-prod-1 (number 882211334455)", "GCP_PROJECT")
