"""Round 32 (infra32): a long flag's own words say what its value is, for any tool.

Written from the flag names of cloud and data CLIs; all names invented. A flag whose last word is no role, a
placeholder, a generic word, a path, a URL and an e-mail address stay.
"""
import pytest

from redactor.detect.infra_flag_roles import find_names_after_role_flags


def found(text):
    return [(text[start:end], kind) for start, end, kind, _ in find_names_after_role_flags(text)]


@pytest.mark.parametrize("text, name, kind", [
    ("az servicebus queue list --namespace-name sb-tarrow-zaken -o table", "sb-tarrow-zaken", "CLOUD_ACCOUNT_ID"),
    ("az keyvault secret list --vault-name kv-harbour-weu", "kv-harbour-weu", "INTERNAL_HOSTNAME"),
    ("az group show --resource-group Finance-Prod-Core", "Finance-Prod-Core", "CLOUD_ACCOUNT_ID"),
    ("gcloud pubsub topics list --project=kessel-analytics-7", "kessel-analytics-7", "CLOUD_ACCOUNT_ID"),
    ("aws s3api list-objects-v2 --bucket tallow-claims-exports", "tallow-claims-exports", "BUCKET"),
    ("rabbitmqadmin --vhost=ledger declare queue --queue=invoice.render.retry", "invoice.render.retry", "QUEUE"),
    ("oci os object list --bucket-name brenner-archiv --namespace-name axk2pqrs9", "brenner-archiv", "BUCKET"),
    ("mongodump --db=claims_2024 --out /tmp/x", "claims_2024", "DB"),
    ("gsutil ls --bucket barcelona-claims-raw", "barcelona-claims-raw", "BUCKET"),  # not the placeholder `bar`
    ('az storage account show --account-name "stharbourlogs01"', "stharbourlogs01", "CLOUD_ACCOUNT_ID"),
])
def test_the_flags_role_word_names_its_value(text, name, kind):
    assert (name, kind) in found(text)


def test_one_ordinary_word_in_a_role_slot_is_doubtful():
    [(start, end, kind, score)] = list(find_names_after_role_flags("kafka-topics --describe --topic payments"))
    assert kind == "QUEUE" and score < 0.6


@pytest.mark.parametrize("text", [
    "az storage account create --name mystorageaccount --resource-group myResourceGroup",
    "kubectl get pods --namespace default",
    "gcloud config set --project $PROJECT_ID",
    "helm install x --namespace {{ .Values.ns }}",
    "aws sqs get-queue-attributes --queue-url https://sqs.eu-west-1.amazonaws.com/1/x",
    "kafka-topics --create --topic-partitions 3 --db-password hunter2",
    "redis-cli --db 0",
    "gcloud compute instances list --zone europe-west2-a",
    "gcloud iam service-accounts keys list --iam-account etl@kessel-7.iam.gserviceaccount.com",
    "terraform plan --project prod",
])
def test_placeholders_generic_words_and_other_flags_stay(text):
    assert found(text) == []


@pytest.mark.parametrize("text, name", [
    ("kubectl exec -n ledger deploy/invoice-worker -- env", "ledger"),
    ("kubectl get svc -n claims-intake", "claims-intake"),
])
def test_kubectls_namespace_slot_holds_a_namespace_of_ordinary_words(text, name):
    from redactor.detect.infra_single_labels import find_single_label_machines
    assert name in [text[start:end] for start, end, _, _ in find_single_label_machines(text)]


@pytest.mark.parametrize("text", ["kubectl -n redis get pods", "kubectl -n monitoring get pods",
                                  "kubectl -n web get pods"])
def test_kubectls_namespace_slot_leaves_software_and_generic_namespaces(text):
    from redactor.detect.infra_single_labels import find_single_label_machines
    assert list(find_single_label_machines(text)) == []
