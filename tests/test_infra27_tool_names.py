"""Clusters, streams, hosts and subscriptions named by their tools' commands and files (infra_tool_names.py).

Dev set written with the finder from forms developers paste; check set written after it, not tuned on; the clean
set holds the software's own names, placeholders and prose that must stay.
"""
from __future__ import annotations

import pytest

from redactor.detect.infra_tool_names import find_names_in_tool_commands
from tests.detection_support import corpus_segment_texts

DEV = [
    ("kubectl --context prod-eu-1 get pods -n billing", "prod-eu-1", "INTERNAL_HOSTNAME"),
    ("aws eks update-kubeconfig --region eu-west-1 --name trials-prod", "trials-prod", "INTERNAL_HOSTNAME"),
    ("current-context: ecr-trials-prod\n", "ecr-trials-prod", "INTERNAL_HOSTNAME"),
    ("aws kinesis put-record --stream-name pcm-clickstream-raw --data x --partition-key 1", "pcm-clickstream-raw",
     "QUEUE"),
    ("nats consumer info RX_ORDERS matcher-eu", "matcher-eu", "QUEUE"),
    ('sub, _ := js.PullSubscribe("rx.orders.>", "m", nats.BindStream("RX_ORDERS"))', "RX_ORDERS", "QUEUE"),
    ("app:\n  topics:\n    readings: kht.readings.v2\n", "kht.readings.v2", "QUEUE"),
    ("ansible 'brie:gouda:edam' -m shell -a 'df -h /'", "gouda", "INTERNAL_HOSTNAME"),
    ('az account set --subscription "CM Matters Production"', "CM Matters Production", "CLOUD_ACCOUNT_ID"),
    ('[{"isDefault": false, "name": "CM-Sandbox-Devtest", "tenantId": "t"}]', "CM-Sandbox-Devtest",
     "CLOUD_ACCOUNT_ID"),
]

CHECK = [
    ("kubectl config use-context aks-claims-west", "aks-claims-west", "INTERNAL_HOSTNAME"),
    ("gcloud container clusters get-credentials gke-ledger-1 --region europe-west2", "gke-ledger-1",
     "INTERNAL_HOSTNAME"),
    ("az aks get-credentials -g rg-ops -n aks-payments-02", "aks-payments-02", "INTERNAL_HOSTNAME"),
    ("aws firehose describe-delivery-stream --delivery-stream-name orders-to-lake", "orders-to-lake", "QUEUE"),
    ("nats stream info ORDERS_EU", "ORDERS_EU", "QUEUE"),
    ("databases:\n  - ledger_core\n  - ledger_audit\n", "ledger_audit", "DB"),
    ("ansible-playbook site.yml --limit web07:db02", "db02", "INTERNAL_HOSTNAME"),
]

# Written with the runner-label rule (dev), then the check line after it.
RUNNER_DEV = [("jobs:\n  deploy:\n    runs-on: [self-hosted, psc-runner-falmouth]\n", "psc-runner-falmouth")]
RUNNER_CHECK = [('    runs-on: ["self-hosted", "linux", "x64", "build-eu-3"]', "build-eu-3")]


@pytest.mark.parametrize("text, value", RUNNER_DEV + RUNNER_CHECK)
def test_a_self_hosted_runners_own_label_is_found(text: str, value: str) -> None:
    assert (value, "INTERNAL_HOSTNAME") in _found(text)


def test_runner_platform_labels_stay() -> None:
    assert not _found("runs-on: [self-hosted, linux, x64]") and not _found("runs-on: ubuntu-latest")

CLEAN = [
    "ansible is the tool we use for config management",
    "ansible all -m ping",
    "kubectl --context $CTX get pods",
    "kubectl config use-context <your-context>",
    "current-context: minikube\n",
    "topics:\n  - name\n",
]


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[start:end], kind) for start, end, kind in find_names_in_tool_commands(text)}


@pytest.mark.parametrize("text, value, kind", DEV + CHECK)
def test_a_name_in_its_tools_command_is_found(text: str, value: str, kind: str) -> None:
    assert (value, kind) in _found(text)


@pytest.mark.parametrize("text", CLEAN)
def test_software_names_placeholders_and_prose_stay(text: str) -> None:
    assert not _found(text)


def test_nothing_in_the_infra27dev_negatives_is_read_as_a_tool_name() -> None:
    assert [value for text in corpus_segment_texts("infra27dev", "negatives") for value in sorted(_found(text))] == []


def test_a_mistyped_address_in_a_dns_record_is_still_an_address() -> None:
    assert ("10.300.4.11", "IP_ADDRESS") in _found("warehouse-scada IN A 10.300.4.11\n")  # dev
    assert ("192.168.1.300", "IP_ADDRESS") in _found("nas.home.   300  IN  A  192.168.1.300")  # check


def test_a_valid_address_in_a_dns_record_is_left_to_the_address_detector() -> None:
    assert not _found("erp01 300 IN A 10.160.141.207")
