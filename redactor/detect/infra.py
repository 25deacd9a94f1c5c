"""Infrastructure identifiers: internal hostnames, cloud resource ids, buckets, Kubernetes Secret values.

These say where and what a company runs (hostnames, AWS accounts, GCP
projects, Azure subscriptions); they are category "infra". The one exception
is K8S_SECRET_VALUE: a value under a Secret's `data:`/`stringData:` is a
credential, so it is category "secret" and is redacted even by a policy that
lets infrastructure names through (fail closed).

Internal hostnames are found under any domain: private suffixes (.internal,
.corp, .lan), internal-network labels (corp, intra, infra, mgmt), environment
words (prod, staging, qa), numbered machines (db-04, nas01, dc2 as any label),
names under a cloud provider's suffix in host fields, customers' subdomains of
multi-tenant services anywhere (`acme.okta.com`: infra_tenants.py), and whatever stands in a
place only a host can: host fields (`HostName`, `Server=`, `host:`, `--host`),
URLs (`http://buildbox:8080`), `name:port` and `name:/path`, /etc/hosts lines,
syslog host fields, Ansible inventories and database clients' `-h`. Public sites
stay: the Public Suffix List decides what is registrable, and generic service
names (`db`, `redis` in a compose URL) name no one's machine.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from redactor.detect.keywords import (DOT_BEFORE_LABEL, DigitFirstPattern, FinderGates, contains_any,
                                      needs_cues, needs_marks, keyword_positions, lowered_same_length,
                                      matches_at_keywords, matches_at_line_starts, matches_at_starts, may_fold_into_ascii,
                                      run_start,
                                      starts_read_backwards)
from redactor.detect.rule_files import term_list
from redactor.detect.name_parts import english_zipf
from redactor.detect.term_lists import stop_words, term_list as word_list
from redactor.detect.arn_parts import ARN, arn_private_parts
from redactor.detect.base import DetectionInput, Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.code_awareness import drop_placeholder_overlaps
from redactor.detect.infra_places import find_infra_places
from redactor.detect.infra_names_in_prose import find_estate_slugs, find_machines_after_places
from redactor.detect.infra_single_labels import find_single_label_machines
from redactor.detect.infra_key_heads import find_values_under_key_heads
from redactor.detect.infra_command_hosts import find_hosts_in_network_commands
from redactor.detect.infra_network_names import NETWORK_NAME_SCORE, find_wifi_network_names
from redactor.detect.infra_named_addresses import NAMED_ADDRESS_SCORE, find_hosts_beside_addresses
from redactor.detect.infra_mail_domain_hosts import MAIL_DOMAIN_HOST_SCORE, find_hosts_under_mail_domains
from redactor.detect.infra_machine_keys import find_machines_under_role_keys
from redactor.detect.infra_buckets import (COLUMN_SCORE as BUCKET_COLUMN_SCORE, LISTING_SCORE as BUCKET_LISTING_SCORE,
                                           SCORE as BARE_BUCKET_SCORE, find_buckets_in_columns,
                                           find_buckets_in_listings, find_buckets_in_storage_lines)
from redactor.detect.infra_backup_remotes import SCORE as BACKUP_REMOTE_SCORE, find_buckets_in_backup_remotes
from redactor.detect.infra_accounts import ACCOUNT_SETTING_SCORE, find_account_settings, twelve_digit_numbers
from redactor.detect.infra_registries import find_registry_hosts
from redactor.detect.infra_registry_ports import port_of_registry_host
from redactor.detect.infra_tenants import TENANT_SCORE, find_platform_tenant_hosts, find_tenant_hosts
from redactor.detect.infra_account_ids import (ACCOUNT_ID_SCORE, find_account_ids_in_account_talk,
                                               find_account_ids_in_slots)
from redactor.detect.infra_estate import DEEP_HOST_SCORE, find_deep_hosts
from redactor.detect.infra_queues import ADDRESS_WILDCARD_SCORE, find_address_wildcards, find_named_queues
from redactor.detect.infra_stores import STORE_FINDERS
from redactor.detect.infra_locators import LOCATOR_KIND, locators_around_hosts
from redactor.detect.infra_documentation_values import documentation_value
from redactor.detect.infra_resource_slots import SLOT_SCORE, find_names_in_resource_slots
from redactor.detect.infra_tool_names import TOOL_NAME_SCORE, find_names_in_tool_commands
from redactor.detect.infra_vendor_ids import VENDOR_ID_SCORE, find_vendor_ids
from redactor.detect.infra_domain_accounts import DOMAIN_ACCOUNT_SCORE, find_domain_account_domains
from redactor.detect.infra_cluster_names import CLUSTER_NAME_SCORE, find_cluster_names
from redactor.detect.infra_cli_flags import CLI_FLAG_SCORE, find_cli_flag_values
from redactor.detect.infra_flag_roles import find_names_after_role_flags
from redactor.detect.infra_connection_slots import SLOT_SCORE as CONNECTION_SLOT_SCORE, find_names_in_connection_slots
from redactor.detect.infra_gcp_keys import find_gcp_project_keys
from redactor.detect.infra_windows_machines import WINDOWS_MACHINE_SCORE, find_windows_machines
from redactor.detect.infra_table_machines import find_table_row_machines

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"

# Names under private-use and corporate suffixes (RFC 6762 .local, RFC 8375
# home.arpa, ICANN-reserved .internal, the customary .corp/.lan/.intranet, and .intern/.intra/.lokal/.lokaal, as
# German, Dutch and Nordic networks name them; none is a TLD), and Consul's DNS interface (`<service>.service[.<dc>].consul`,
# `<node>.node.consul`: the `.consul` domain answers only inside the cluster; its second label keeps `x.consul`
# attributes out).
_INTERNAL_SUFFIXES = (r"(?:internal|corp|local|lan|intranet|localdomain|home\.arpa|priv|intern|intra|lokal|lokaal"
                      r"|(?:service|node|query|connect|virtual|ingress|addr)(?:\.[a-z0-9-]+)?\.consul)")
_INTERNAL_SUFFIX_TAIL = re.compile(rf"\.{_INTERNAL_SUFFIXES}(?![\w-]|\.\w)", re.IGNORECASE)
_INTERNAL_SUFFIX_HOST = re.compile(rf"(?:{_LABEL}\.)+{_INTERNAL_SUFFIXES}", re.IGNORECASE)
_INTERNAL_SUFFIX_END = re.compile(rf"(?<=\.){_INTERNAL_SUFFIXES}$", re.IGNORECASE)


def private_suffix(host: str) -> str | None:
    """The private-use or corporate suffix `host` ends with (`local` of `erp01.kechi.local`, `home.arpa`), or None."""
    match = _INTERNAL_SUFFIX_END.search(host)
    return match.group(0).lower() if match else None
# Leading names that make "x.local" an attribute access, not a host.
_CODE_RECEIVERS = term_list("host_code_receivers")
_ROLE_ACCOUNTS = term_list("role_accounts")  # root, deploy, ubuntu, ec2-user: accounts of no one in particular

# Environment words as whole words, any case. Found as literals in the lower-cased text:
# a case-insensitive regex alternation over the whole text cost ~6x more.
_ENVIRONMENT_WORDS = ("prod", "prd", "production", "stg", "stage", "staging", "preprod", "dev", "develop", "qa",
                      "uat", "perf", "sandbox", "sbx", "canary")


def _environment_words(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each environment word standing alone (word boundaries on both sides)."""
    lowered = lowered_same_length(text)
    length = len(text)
    for start in keyword_positions(lowered, _ENVIRONMENT_WORDS):
        if start and _is_word_char(text[start - 1]):
            continue
        for word in _ENVIRONMENT_WORDS:
            end = start + len(word)
            if lowered.startswith(word, start) and (end == length or not _is_word_char(text[end])):
                yield start, end
                break


def _after_url_user(text: str, at: int) -> bool:
    """Whether the "@" at `at` ends the user part of a URL (postgres://app:pw@host), not an e-mail's local part."""
    token_start = max(text.rfind(ch, 0, at) for ch in " \t\n\"'=<(") + 1
    return "://" in text[token_start:at]


def _is_word_char(character: str) -> bool:
    return character.isalnum() or character == "_"
_ENVIRONMENTS = term_list("host_environments")

_ROLES = term_list("host_roles")
_TLDS = term_list("host_common_tlds")
_FILE_EXTENSIONS = term_list("host_file_extensions")
_HOST_CHARS = re.compile(r"[A-Za-z0-9.-]")
# The same class as a set: host names are walked a character at a time (a regex call per character cost ~10x).
_HOST_CHAR_SET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-")

_BUCKET_SCHEMES = ("s3://", "s3a://", "s3n://", "gs://", "gcs://", "r2://", "oss://", "cos://", "minio://")
_BUCKET_NAME = r"(?P<bucket>[a-z0-9][a-z0-9._-]{1,61}[a-z0-9])"
_BUCKET_URL = re.compile(r"\b(?:s3|s3a|s3n|gs|gcs|r2|oss|cos|minio)://" + _BUCKET_NAME + r"(?![\w.-])")
_BUCKET_FIELD = re.compile(
    r"(?i:\b[a-z0-9_]*bucket(?:[_-]?name)?)[\"']?[ \t]*(?:[:=]|\bis\b)[ \t]*[\"']?" + _BUCKET_NAME + r"(?![\w.-])"
)
# An environment lookup's default: `os.environ.get("BUCKET", "acme-uploads")`, `getenv("S3_BUCKET", "x")`.
_BUCKET_ENV_DEFAULT = re.compile(
    r"(?i:[\"'][A-Za-z0-9_]*bucket[A-Za-z0-9_]*[\"'])[ \t]*,[ \t]*[\"']" + _BUCKET_NAME + r"[\"']"
)
# A bucket's name has a hyphen, dot or digit more often than not; a plain word after "bucket is" is
# what the bucket is ("the bucket is public"), not its name.
_NAMED_BUCKET = re.compile(r"[a-z0-9]*[\d.-][a-z0-9.-]*")
# CLI flags: `aws s3api get-object --bucket x`, `az storage blob upload --container-name x`.
_BUCKET_FLAG = re.compile(
    r"--(?:bucket|bucket-name|source-bucket|destination-bucket|container|container-name)(?:[ \t]+|=)[\"']?"
    + _BUCKET_NAME + r"(?![\w.-])"
)
# Prose: "the acme-raw-events bucket", "to the S3 bucket acme-ml-artifacts", "in bucket acme-backups".
_BUCKET_BEFORE_WORD = re.compile(
    r"(?i:\b(?:the|our|their|your|an?|that|this|into|in|to|from|of)[ \t]+(?:(?:s3|gcs|gs|r2|minio|azure|blob|storage)[ \t]+)?)"
    + _BUCKET_NAME + r"[ \t]+(?i:bucket|container)\b"
)
_BUCKET_AFTER_WORD = re.compile(
    r"(?i:\b(?:bucket|container))[ \t]+(?:(?i:named|called)[ \t]+)?[`'\"]?" + _BUCKET_NAME + r"(?![\w.-])"
)
_BUCKET_PROSE = (_BUCKET_BEFORE_WORD, _BUCKET_AFTER_WORD)
_BUCKET_WORDS = ("ucket", "UCKET")
# The words one of which every bucket rule of _buckets needs (a scheme, a bucket word, a storage call or domain).
_BUCKET_RULE_WORDS = ("://", "ucket", "UCKET", "storage.googleapis.com", "_file", "_container_client(", "--container",
                      ".Object(")  # "bucket", "Bucket", "BUCKET": the words every bucket rule but a URL's needs
# Object stores that put the bucket in the host (virtual-hosted style) or first in the path: AWS S3, Google
# Cloud Storage, DigitalOcean Spaces, Cloudflare R2, Wasabi, Linode, Backblaze B2, Alibaba OSS, Tencent COS.
_OBJECT_STORE_DOMAINS = ("amazonaws.com", "storage.googleapis.com", "digitaloceanspaces.com", "cloudflarestorage.com",
                         "wasabisys.com", "linodeobjects.com", "backblazeb2.com", "aliyuncs.com", "myqcloud.com")
_BUCKET_HOST = re.compile(
    _BUCKET_NAME + r"\.(?:s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com|storage\.googleapis\.com|[a-z0-9-]+\.digitaloceanspaces\.com"
    r"|s3\.(?:[a-z0-9-]+\.)?wasabisys\.com|[a-z0-9-]+\.linodeobjects\.com|s3\.[a-z0-9-]+\.backblazeb2\.com"
    r"|oss-[a-z0-9-]+\.aliyuncs\.com|cos\.[a-z0-9.-]+\.myqcloud\.com)(?![\w-])"
)
# Path style: the host is the store's own (nothing before it but a scheme or a space), the bucket comes first.
_BUCKET_PATH = re.compile(
    r"(?<![\w.-])(?:s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com|storage\.googleapis\.com|[a-z0-9-]+\.digitaloceanspaces\.com"
    r"|[a-z0-9-]+\.r2\.cloudflarestorage\.com|s3\.(?:[a-z0-9-]+\.)?wasabisys\.com|s3\.[a-z0-9-]+\.backblazeb2\.com)/"
    + _BUCKET_NAME + r"(?=/|\b)"
)
# Buckets passed to storage SDK calls by position: boto3's upload_file(file, bucket, key) and
# download_file(bucket, key, file), s3.Bucket("x"), google-cloud-storage's client.bucket("x"),
# Azure's get_container_client("x"). The call names are rare, so their literal is the context.
_BUCKET_CALL_NAMES = ("upload_file(", "upload_fileobj(", "download_file(", "download_fileobj(", "Bucket(", "bucket(",
                      "get_bucket(", "lookup_bucket(", "create_bucket(", "get_container_client(", ".Object(")
_BUCKET_CALL = re.compile(
    r"\.(?:(?:upload_file|upload_fileobj)\([ \t]*[^,()\n]{1,200},[ \t]*"
    r"|(?:download_file|download_fileobj)\([ \t]*"
    r"|(?:Bucket|bucket|get_bucket|lookup_bucket|create_bucket|get_container_client|Object)\([ \t]*)"
    r"[\"']" + _BUCKET_NAME + r"[\"']"
)
_BUCKET_NOT_NAMES = frozenset("true false none null name my-bucket your-bucket example bucket mybucket".split())
_AWS_ACCOUNT_CONTEXT = re.compile(
    # A Terraform output or state nests the value: `"account_id": { "value": "123456789012" }`.
    r"(?:account|acct|owner|principal|aws)[\s_-]*(?:id|number|no)?[\"']?\s*[:=]?\s*[\"']?\s*"
    r"(?:\{\s*[\"']?value[\"']?\s*[:=]\s*[\"']?\s*)?$",
    re.IGNORECASE,
)
_ECR_HOST = re.compile(r"(?=\d)(?<![\w-])(\d{12})\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com")
_GCP_PROJECT_ID = r"[a-z][a-z0-9-]{4,28}[a-z0-9]"
_GCP_PROJECT_PATH = re.compile(rf"\bprojects/({_GCP_PROJECT_ID})(?![\w-])")
_GCP_PROJECT_CONTEXT = re.compile(
    rf"(?=[pPgGcC-])(?:\bproject[_-]?id|\bprojectId|--project|\bGOOGLE_CLOUD_PROJECT|\bGCLOUD_PROJECT|\bGCP_PROJECT(?:_ID)?"
    rf"|\bCLOUDSDK_CORE_PROJECT|\bconfig\s+set\s+project|\bgcp[_-]?project)[\"']?\s*[:=]?\s*[\"']?({_GCP_PROJECT_ID})(?![\w-])",
    re.IGNORECASE,
)
# The words `_GCP_PROJECT_CONTEXT`'s alternatives start with, lower-cased.
_GCP_PROJECT_CUES = ("project", "--project", "google_cloud_project", "gcloud_project", "gcp", "cloudsdk_core_project",
                     "config")


def _gcp_project_context_matches(text: str) -> Iterator[re.Match[str]]:
    """`_GCP_PROJECT_CONTEXT.finditer(text)`, tried only where one of its words starts (its leading look-ahead made
    the regex engine try every position). On other than ASCII text the regex runs as written: its case-blind words
    also match letters that `lower()` does not give (`ſ` is `s`)."""
    if not text.isascii():
        return _GCP_PROJECT_CONTEXT.finditer(text)
    return matches_at_keywords(_GCP_PROJECT_CONTEXT, text, _GCP_PROJECT_CUES)


_GCP_SERVICE_ACCOUNT = re.compile(rf"@({_GCP_PROJECT_ID})\.iam\.gserviceaccount\.com\b")
_UUID = r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}"
_AZURE_SUBSCRIPTION_PATH = re.compile(rf"/subscriptions/({_UUID})(?![\w-])", re.IGNORECASE)
_AZURE_SUBSCRIPTION_CONTEXT = re.compile(
    rf"(?=[sSaA-])(?:subscription[\s_-]?id|subscriptionId|AZURE_SUBSCRIPTION_ID|--subscription|\bsubscription)"
    rf"[\"']?\s*[:=]?\s*[\"']?({_UUID})(?![\w-])",
    re.IGNORECASE,
)
_ACCOUNT_FIELD = re.compile(r"account", re.IGNORECASE)
# An Azure / Entra tenant (directory) id told in prose or a portal copy: "tenant 8d3e...", "Directory (tenant) ID: ...".
_TENANT_UUID_CONTEXT = re.compile(
    rf"(?i)\btenant\)?(?:[\s_-]?id)?[\"']?\s*(?:[:=]|\bis\b)?\s*[\"']?({_UUID})(?![\w-])"
)
# A twelve-digit number on a line about AWS (accounts, IAM, organisations, a region) and far from an "account"
# word is still an account id more often than anything else: doubtful.
_AWS_LINE_CUE = re.compile(
    r"(?i)\b(?:aws|amazon|accounts?|acct|iam|arn|sts|assume-?role|organi[sz]ations?|scp|payer|sso|"
    r"cloudformation|cdk|cloudtrail|landing zone|control tower)\b"
    r"|\b(?:us|eu|ap|ca|sa|me|af|il|mx)-(?:gov-)?(?:east|west|north|south|central|northeast|southeast|northwest|southwest)-\d\b"
)
AWS_LINE_SCORE = 0.55
# Other cloud words: a twelve-digit number beside them is a project number or an account (doubtful, CLOUD_ACCOUNT_ID).
_CLOUD_LINE_CUE = re.compile(
    r"(?i)\b(?:cloud|gcp|gke|eks|ecs|ec2|rds|vpc|kms|s3|lambda|projects?|tenants?|subscriptions?|prod|production|"
    r"staging|sandbox|landing|console|billing|deploy(?:s|ed|ing)?|environments?)\b"
)

_K8S_SECRET_YAML = re.compile(r"^\s*(?:-\s+)?kind:\s*[\"']?Secret[\"']?\s*(?:#.*)?$", re.MULTILINE)
_K8S_SECRET_JSON = re.compile(r"\"kind\"\s*:\s*\"Secret\"")
_YAML_DOC_SEPARATOR = re.compile(r"^---[^\n]*$", re.MULTILINE)
_YAML_DATA_BLOCK = re.compile(r"^(?P<indent>[ \t]*)(?:data|stringData):\s*(?:#.*)?$")
_YAML_ENTRY = re.compile(r"^(?P<indent>[ \t]*)(?P<key>\"[^\"]*\"|'[^']*'|[^\s:#][^:]*?):(?:[ \t]+(?P<value>.*?))?[ \t]*$")
_JSON_DATA_BLOCK = re.compile(r"\"(?:data|stringData)\"\s*:\s*\{")
_JSON_ENTRY_VALUE = re.compile(r"\"(?:[^\"\\]|\\.)*\"\s*:\s*\"(?P<value>(?:[^\"\\]|\\.)*)\"")


# The start of a TOML/INI section header line: `[` or `[[` after blanks.
_SECTION_OPENING = re.compile(r"[ \t]*\[{1,2}")


_ANY_DIGIT = re.compile(r"\d")
# Database and cache clients take their server after -h (`psql -h pg-main.lager.intern`, `redis-cli -h cache01`);
# elsewhere -h is help or "human-readable" (`df -h`, `ls -h`), so only after these commands.
_DATABASE_CLIENTS = ("psql", "pg_dump", "pg_dumpall", "pg_restore", "pg_basebackup", "pgbench", "pg_isready",
                     "createdb", "dropdb", "vacuumdb", "mysql", "mysqldump", "mysqladmin", "mariadb", "mongo",
                     "mongosh", "mongodump", "mongorestore", "redis-cli", "clickhouse-client", "influx")


# The words a host field's key holds (_host_field_single_matches), and the literals the host-flag and inventory
# layouts are read behind.
_HOST_FIELD_WORDS = ("host", "server", "data source")
_HOST_FLAG_MARKS = (" -h",)
_INVENTORY_MARKS = ("ansible_",)


class InfraDetector:
    """Internal hostnames, environment-named hosts, AWS/GCP/Azure ids and Kubernetes Secret values."""

    name = "infra"

    def __init__(self, internal_domains: Iterable[str] = ()) -> None:
        public_suffixes()  # load the Public Suffix List at start-up, not on the first request
        icann_suffixes()
        domains = sorted({d.strip().strip(".").lower() for d in internal_domains if d.strip().strip(".")},
                         key=len, reverse=True)
        self._internal_domains = tuple(domains)
        alternatives = "|".join(re.escape(d) for d in domains)
        self._internal_domain_tail = (
            re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-]|\.\w)", re.IGNORECASE) if domains else None
        )
        self._internal_domain_host = (
            re.compile(rf"(?:{_LABEL}\.)*(?:{alternatives})", re.IGNORECASE) if domains else None
        )
        self._gates = FinderGates((
            self._internal_domain_hosts, self._internal_suffix_hosts, self._environment_hosts,
            self._marked_and_numbered_hosts, self._hosts_in_host_contexts, self._buckets, find_buckets_in_columns,
            find_buckets_in_storage_lines, find_buckets_in_backup_remotes, find_buckets_in_listings, self._arns,
            self._single_label_hosts, self._hosts_in_host_fields, self._hosts_file_names, self._single_label_url_hosts,
            self._hosts_after_host_flags, self._syslog_hosts, self._inventory_hosts,
            self._role_machines_after_prepositions, self._hosts_before_ports, self._numbered_machines,
            self._hosts_of_sessions, self._aws_accounts, self._gcp_projects, find_account_settings,
            find_account_ids_in_slots, find_account_ids_in_account_talk,
            find_cli_flag_values, find_names_in_connection_slots, find_names_after_role_flags, find_named_queues, *STORE_FINDERS, find_names_in_resource_slots,
            find_names_in_tool_commands, find_address_wildcards, find_vendor_ids, find_domain_account_domains,
            find_cluster_names,
            self._azure_subscriptions, self._tenant_ids, self._k8s_secret_values, find_infra_places,
            find_single_label_machines, find_machines_after_places, find_estate_slugs, find_machines_under_role_keys,
            find_values_under_key_heads, find_table_row_machines, find_hosts_beside_addresses,
            self._hosts_in_network_places, find_tenant_hosts, find_platform_tenant_hosts, find_registry_hosts,
            find_deep_hosts, find_hosts_under_mail_domains, find_hosts_in_network_commands, find_wifi_network_names,
            self._hosts_under_the_same_domain))

    def detect(self, item: DetectionInput) -> list[Span]:
        text = item.text
        if not text:
            return []
        spans: list[Span] = []

        # Every finder declares what a text must hold for it to find anything (keywords.needs_cues, needs_marks, next
        # to its definition); all are answered in one pass (cue words from the text's one shared cue scan, each mark
        # searched once), and a finder whose pre-condition fails costs no call.
        may = self._gates.held(text)

        if self._internal_domain_tail is not None and self._internal_domain_hosts in may:
            spans.extend(self._internal_domain_hosts(text))
        for method in (self._internal_suffix_hosts, self._environment_hosts, self._marked_and_numbered_hosts,
                       self._hosts_in_host_contexts, self._buckets):
            if method in may:
                spans.extend(method(text))
        if find_buckets_in_columns in may and self._buckets in may:  # (the bucket words, and the rules' shared gate)
            spans.extend(self._span(start, end, "BUCKET", BUCKET_COLUMN_SCORE)
                         for start, end in find_buckets_in_columns(text))
        for finder, score in ((find_buckets_in_storage_lines, BARE_BUCKET_SCORE),
                              (find_buckets_in_backup_remotes, BACKUP_REMOTE_SCORE),
                              (find_buckets_in_listings, BUCKET_LISTING_SCORE)):
            if finder in may:
                spans.extend(self._span(start, end, "BUCKET", score) for start, end in finder(text))
        # (machines named without a domain: one finder per layout, from _hosts_in_host_fields to _numbered_machines)
        for method in (self._arns, self._single_label_hosts, self._hosts_in_host_fields, self._hosts_file_names,
                       self._single_label_url_hosts, self._hosts_after_host_flags, self._syslog_hosts,
                       self._inventory_hosts, self._role_machines_after_prepositions, self._hosts_before_ports,
                       self._numbered_machines, self._hosts_of_sessions):
            if method in may:
                spans.extend(method(text))
        if self._aws_accounts in may:
            spans.extend(self._aws_accounts(item))
        if self._gcp_projects in may:
            spans.extend(self._gcp_projects(text))
        for finder, kind, score in ((find_account_settings, "CLOUD_ACCOUNT_ID", ACCOUNT_SETTING_SCORE),
                                    (find_account_ids_in_slots, "CLOUD_ACCOUNT_ID", ACCOUNT_ID_SCORE),
                                    (find_account_ids_in_account_talk, "CLOUD_ACCOUNT_ID", DOUBTFUL_SCORE)):
            if finder in may:
                spans.extend(self._span(start, end, kind, score) for start, end in finder(text))
        if find_cli_flag_values in may:
            spans.extend(self._span(start, end, kind, CLI_FLAG_SCORE) for start, end, kind in find_cli_flag_values(text))
        if find_names_after_role_flags in may:
            spans.extend(self._span(start, end, kind, score)
                         for start, end, kind, score in find_names_after_role_flags(text))
        if find_names_in_connection_slots in may:
            spans.extend(self._span(start, end, kind, CONNECTION_SLOT_SCORE)
                         for start, end, kind in find_names_in_connection_slots(text))
        for finder in (find_named_queues, *STORE_FINDERS):  # (the stores' layouts: each gated on its own)
            if finder in may:
                spans.extend(self._span(start, end, kind, score) for start, end, kind, score in finder(text))
        for finder, score in ((find_names_in_resource_slots, SLOT_SCORE), (find_names_in_tool_commands, TOOL_NAME_SCORE)):
            if finder in may:
                spans.extend(self._span(start, end, kind, score) for start, end, kind in finder(text))
        if find_address_wildcards in may:
            spans.extend(self._span(start, end, "IP_ADDRESS", ADDRESS_WILDCARD_SCORE)
                         for start, end in find_address_wildcards(text))
        if find_vendor_ids in may:
            spans.extend(self._span(start, end, "CLOUD_ACCOUNT_ID", VENDOR_ID_SCORE) for start, end in find_vendor_ids(text))
        if find_domain_account_domains in may:
            spans.extend(self._span(start, end, "INTERNAL_HOSTNAME", DOMAIN_ACCOUNT_SCORE)
                         for start, end in find_domain_account_domains(text))
        if find_cluster_names in may:
            spans.extend(self._span(start, end, "INTERNAL_HOSTNAME", CLUSTER_NAME_SCORE)
                         for start, end in find_cluster_names(text))
        for method in (self._azure_subscriptions, self._tenant_ids, self._k8s_secret_values):
            if method in may:
                spans.extend(method(text))
        if find_infra_places in may:
            spans.extend(self._span(start, end, kind, score)
                         for start, end, kind, score in find_infra_places(text, registrable_domain))
        if find_single_label_machines in may:
            spans.extend(self._span(start, end, kind, score)
                         for start, end, kind, score in find_single_label_machines(text))
        for finder in (find_machines_after_places, find_estate_slugs):
            if finder in may:
                spans.extend(self._span(start, end, kind, DOUBTFUL_SCORE) for start, end, kind in finder(text))
        for finder in (find_machines_under_role_keys, find_values_under_key_heads, find_table_row_machines):
            if finder in may:
                spans.extend(self._span(start, end, kind, score)
                             for start, end, kind, score in finder(text, registrable_domain))
        if find_hosts_beside_addresses in may:
            spans.extend(self._span(start, end, "INTERNAL_HOSTNAME", NAMED_ADDRESS_SCORE)
                         for start, end in find_hosts_beside_addresses(text, registrable_domain))
        if self._hosts_in_network_places in may:
            spans.extend(self._hosts_in_network_places(text))
        if find_tenant_hosts in may:
            spans.extend(self._span(start, end, "INTERNAL_HOSTNAME", TENANT_SCORE) for start, end in find_tenant_hosts(text))
        if find_platform_tenant_hosts in may:
            spans.extend(self._span(start, end, "INTERNAL_HOSTNAME", TENANT_SCORE)
                         for start, end in find_platform_tenant_hosts(text, registrable_domain,
                                                                      icann_suffixes().privatesuffix))
        if find_registry_hosts in may:
            spans.extend(self._span(start, end, "INTERNAL_HOSTNAME", score)
                         for start, end, score in find_registry_hosts(text, registrable_domain))
        if find_deep_hosts in may:
            spans.extend(self._span(start, end, "INTERNAL_HOSTNAME", DEEP_HOST_SCORE)
                         for start, end in find_deep_hosts(text, registrable_domain, under_cloud_suffix,
                                                           _FILE_EXTENSIONS, _CODE_RECEIVERS, _CODE_ATTRIBUTE_LABELS))
        if find_hosts_under_mail_domains in may:
            spans.extend(self._span(start, end, "INTERNAL_HOSTNAME", MAIL_DOMAIN_HOST_SCORE)
                         for start, end in find_hosts_under_mail_domains(text, registrable_domain, hosts_under_domains))
        if find_hosts_in_network_commands in may:  # one-label machines where a network command puts a host
            spans.extend(self._span(start, end, "INTERNAL_HOSTNAME", score)
                         for start, end, score in find_hosts_in_network_commands(text, _generic_service_names))
        if find_wifi_network_names in may:  # a network's own name right after the Wi-Fi word (infra_network_names.py)
            spans.extend(self._span(start, end, "INTERNAL_HOSTNAME", NETWORK_NAME_SCORE)
                         for start, end in find_wifi_network_names(text))
        if self._hosts_under_the_same_domain in may:
            spans.extend(self._hosts_under_the_same_domain(text, spans))
        # Several rules can name the same host: report each range once, with its best score.
        best: dict[tuple[int, int], Span] = {}
        for span in spans:
            if span.category == "infra" and documentation_value(text, span.start, span.end, span.kind):
                continue  # AWS's documentation account, `kubernetes.default.svc`, `test-queue`: no one's estate
            known = best.get((span.start, span.end))
            if known is None or span.score > known.score:
                best[(span.start, span.end)] = span
        found = drop_placeholder_overlaps(text, sorted(best.values(), key=lambda span: (span.start, span.end)))
        # An image's registry is `host:port` as one name (infra_registry_ports.py).
        found = [dataclasses.replace(span, end=port_of_registry_host(text, span.start, span.end))
                 if span.kind == "INTERNAL_HOSTNAME" else span for span in found]
        # A found host's UNC path names the organisation's shares and folders too (infra_locators.py).
        found.extend(self._span(start, end, LOCATOR_KIND, score) for start, end, score in locators_around_hosts(text, found))
        return found

    def _span(self, start: int, end: int, kind: str, score: float, category: str = "infra") -> Span:
        return Span(start, end, kind, category, score, self.name)

    @needs_marks(".")
    def _internal_suffix_hosts(self, text: str) -> Iterator[Span]:
        # Find the rare suffix first, then walk back to the start of the host.
        for match in hosts_ending_with(text, _INTERNAL_SUFFIX_TAIL, _INTERNAL_SUFFIX_HOST):
            host = match.group(0)
            labels = host.split(".")
            if labels[0].lower() == "localhost" or (labels[0].lower() in _CODE_RECEIVERS and "-" not in host):
                continue  # `data.internal`: a member access; `data.alamal-relief.internal` (a `-`) is no code
            if re.search(r"[a-z][A-Z]", host) or text[match.end(): match.end() + 1] in ("(", "["):
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            if re.match(r"\s*(?:from|import|package|using)\s", text[line_start: match.start() + 1]):
                continue
            if text[match.end(): match.end() + 1] == "]" and _SECTION_OPENING.fullmatch(text, line_start, match.start()):
                continue  # `[registries.internal]`: a TOML/INI table's key path, not a host
            yield self._span(match.start(), match.end(), "INTERNAL_HOSTNAME", 0.85)

    @needs_marks("@", ("\\\\",))
    def _single_label_hosts(self, text: str) -> Iterator[Span]:
        """Machines named without a domain: `ssh deploy@build-agent-07`, `\\\\fileserver01\\share`.

        A name after user@ in an ssh/scp/rsync command, or the server of a UNC path, is a host on
        the organisation's own network (a public host would carry its domain).
        """
        if "@" in text:
            lowered = lowered_same_length(text)
            for position in keyword_positions(lowered, _REMOTE_COMMANDS):
                if position and lowered[position - 1].isalnum():
                    continue
                match = _REMOTE_TARGET_HOST.match(text, position)
                if match and match.group("host").lower() != "localhost":
                    yield self._span(match.start("host"), match.end("host"), "INTERNAL_HOSTNAME", 0.75)
        if contains_any(text, ("\\\\",)):
            for match in _UNC_SERVER.finditer(text):
                yield self._span(match.start("host"), match.end("host"), "INTERNAL_HOSTNAME", 0.75)

    @needs_marks("@")
    @needs_cues(_DATABASE_CLIENTS)  # (a prompt's user@host, or a database client's host flag)
    def _hosts_of_sessions(self, text: str) -> Iterator[Span]:
        """The machine a pasted terminal session runs on, and the server a database client connects to.

        `ops@lager-db-02:~$ sudo ...` (a shell prompt at a line's start names the host it runs on, with or without
        a domain, and its user's login unless a role account's), `psql -h pg-main.lager.intern -U etl` (the host flag of a database or cache client). Names no
        public list knows the shape of; localhost and IP addresses (the PII detector's) stay.
        """
        if "@" in text:
            tried_line = -1
            for position in keyword_positions(text, ("@",)):
                line_start = text.rfind("\n", 0, position) + 1
                if position - line_start > 80 or line_start == tried_line:
                    continue  # a prompt's @ is its line's first: a line is tried once, however many @ it holds
                tried_line = line_start
                match = _SHELL_PROMPT_HOST.match(text, line_start)
                if match and match.start("host") == position + 1:
                    yield from self._session_host(match.group("host"), match.start("host"), 0.7)
                    if match.group("user").lower() not in _ROLE_ACCOUNTS:  # jane@jane-mbp: a person's login
                        yield self._span(match.start("user"), match.end("user"), "USERNAME", 0.7)
        lowered = lowered_same_length(text)
        for position in keyword_positions(lowered, _DATABASE_CLIENTS):
            if position and (lowered[position - 1].isalnum() or lowered[position - 1] in "_-"):
                continue
            match = _CLIENT_HOST_FLAG.match(text, position)
            if match:
                yield from self._session_host(match.group("host"), match.start("host"), 0.75)

    def _session_host(self, host: str, start: int, score: float) -> Iterator[Span]:
        labels = host.lower().split(".")
        if labels[0] in _LOOPBACK_NAMES or labels[-1].isdigit() or host.lower() in _NOT_MACHINE_NAMES:
            return
        if len(labels) > 1 and labels[-1] in _FILE_EXTENSIONS:
            return
        if len(labels) > 1 and registrable_domain(host.lower()) == host.lower():
            return  # a bare registrable domain (`db.example.com` is a name below one) is a public site
        yield self._span(start, start + len(host), "INTERNAL_HOSTNAME", score)

    # Machines named without a domain where only a machine can be, and numbered machine names anywhere (dotted
    # names are the other rules' job: the Public Suffix List decides there). One finder per layout, each gated.

    @needs_cues(_HOST_FIELD_WORDS)  # (_host_field_single_matches reads their positions only)
    def _hosts_in_host_fields(self, text: str) -> Iterator[Span]:
        """The value of a host field: `HostName db-04`, `Server=sqlprod03;`, `host: cache01`, `ansible_host=web7`."""
        matches = list(_host_field_single_matches(text))
        # A field whose value opens a sentence is a label of prose (a transcript's speaker, a heading), not a key:
        # "[00:01:12] HOST: So today we talk about ...". The same label written the same way heads no machine
        # elsewhere in the text either ("HOST: yeah" two lines down).
        labels = {_field_key(match) for match in matches if _opens_a_sentence(text, match)}
        for match in matches:
            if labels and _field_key(match) in labels:
                continue
            host = match.group("host")
            key = match.group(0)[:match.start("sep") - match.start()].strip("\"' ").casefold()
            line_start = text.rfind("\n", 0, match.start()) + 1
            ssh_config = key == "hostname" and not text[line_start:match.start()].strip()  # "  HostName x"
            strict = not match.group("sep").strip() and not ssh_config
            if strict and key == "server" and _ADDRESS_NEXT.match(text, match.end("host")):
                continue  # haproxy's "server s1 10.0.1.11:80 check": a label, the address follows
            if _plausible_machine_name(host, strict=strict):
                yield self._span(match.start("host"), match.end("host"), "INTERNAL_HOSTNAME", 0.7)

    @needs_marks(_ANY_DIGIT, ":")  # (an IPv4 or IPv6 address starts the line)
    def _hosts_file_names(self, text: str) -> Iterator[Span]:
        """Every name after the address on an /etc/hosts line (`10.0.4.21  gitlab`)."""
        if "\n" in text or _HOSTS_FILE_LINE.match(text):
            for line in matches_at_line_starts(_HOSTS_FILE_LINE, text):
                names_start = line.start("names")
                for name in re.finditer(r"\S+", line.group("names")):
                    host = name.group(0)
                    if "." not in host and host.lower() not in _LOOPBACK_NAMES and not host.lower().startswith("ip6-"):
                        yield self._span(names_start + name.start(), names_start + name.end(), "INTERNAL_HOSTNAME", 0.75)

    @needs_marks("://")
    def _single_label_url_hosts(self, text: str) -> Iterator[Span]:
        """A URL's host without a domain (`http://jenkins:8080/`): only a local network resolves it."""
        for match in matches_at_starts(_URL_SINGLE_LABEL_HOST, text, _scheme_starts(text)):
            host = match.group("host").lower()
            if host in _ROLES or host in _ENVIRONMENTS or host in _generic_service_names():
                continue  # postgres://u:p@db:5432, http://redis:6379: a compose service, it names nothing
            if _plausible_machine_name(host, strict=False):
                yield self._span(match.start("host"), match.end("host"), "INTERNAL_HOSTNAME", 0.75)

    @needs_marks(_HOST_FLAG_MARKS)
    def _hosts_after_host_flags(self, text: str) -> Iterator[Span]:
        """The host flag of a database or cache client: `psql -h pgdb-prod`, `redis-cli -h cache01`."""
        for match in _HOST_FLAG.finditer(text):
            if _plausible_machine_name(match.group("host"), strict=False):
                yield self._span(match.start("host"), match.end("host"), "INTERNAL_HOSTNAME", 0.7)

    @needs_marks(_ANY_DIGIT)  # (a timestamp starts the line)
    def _syslog_hosts(self, text: str) -> Iterator[Span]:
        """The host field of a syslog line (`Oct 14 09:12:44 app-node-12 sshd[22]:`)."""
        for line in matches_at_line_starts(_SYSLOG_HOST, text):
            host = line.group("host")
            if "." not in host and host.lower() not in _LOOPBACK_NAMES and host.upper() not in _LOG_LEVELS:
                yield self._span(line.start("host"), line.end("host"), "INTERNAL_HOSTNAME", 0.7)

    @needs_marks(_INVENTORY_MARKS)
    def _inventory_hosts(self, text: str) -> Iterator[Span]:
        """The first name of an Ansible inventory line (`web1 ansible_host=...`)."""
        for line in _INVENTORY_HOST.finditer(text):
            if "." not in line.group("host"):
                yield self._span(line.start("host"), line.end("host"), "INTERNAL_HOSTNAME", 0.7)

    @needs_marks("-")
    def _role_machines_after_prepositions(self, text: str) -> Iterator[Span]:
        """Role words and a standing after a preposition: "run it on db-primary", "failover to pg-replica"."""
        for match in _machines_after_prepositions(text):
            parts = match.group("host").lower().split("-")
            if all(part in _ROLES or part in _ENVIRONMENTS or part in _MACHINE_STANDINGS for part in parts) and any(
                    part in _MACHINE_STANDINGS or part in _ENVIRONMENTS for part in parts):
                yield self._span(match.start("host"), match.end("host"), "INTERNAL_HOSTNAME", 0.65)

    @needs_marks(":")
    def _hosts_before_ports(self, text: str) -> Iterator[Span]:
        """A numbered or role-named machine before its port (`cache01:6379`, `db-primary:5432/`)."""
        for match in matches_at_starts(_HOST_PORT, text, _host_port_starts(text)):
            host = match.group("host")
            parts = host.lower().split("-")
            if host.lower() in _NOT_MACHINES or not _plausible_machine_name(host, strict=False):
                continue
            if any(ch.isdigit() for ch in host) or (len(parts) > 1 and any(
                    part in _ROLES or part in _ENVIRONMENTS or part in _MACHINE_STANDINGS for part in parts)):
                yield self._span(match.start("host"), match.end("host"), "INTERNAL_HOSTNAME", 0.7)

    @needs_marks(_ANY_DIGIT)
    def _numbered_machines(self, text: str) -> Iterator[Span]:
        """A lower-case role word with a machine number standing alone (`db-04`, `app-node-12`, `web3`, `nas01`), not
        a version (`node18`, `es2015`); zero-padded fleet names (`hydra01`, `TS-FIN-03`); Windows machine names."""
        machine_starts = _numbered_machine_starts(text)
        for match in matches_at_starts(_ZERO_PADDED_MACHINE, text, machine_starts):
            if match.group("host").lower() not in _NOT_MACHINES:
                yield self._span(match.start("host"), match.end("host"), "INTERNAL_HOSTNAME", 0.65)
        for match in matches_at_starts(_BARE_MACHINE, text, machine_starts):
            host = match.group("host")
            if _is_machine_number(host):
                yield self._span(match.start("host"), match.end("host"), "INTERNAL_HOSTNAME", 0.7)
        for start, end in find_windows_machines(text, machine_starts):
            yield self._span(start, end, "INTERNAL_HOSTNAME", WINDOWS_MACHINE_SCORE)

    @needs_marks(".")  # (a configured domain may be one label: the dot was the rule)
    def _internal_domain_hosts(self, text: str) -> Iterator[Span]:
        for match in hosts_ending_with(text, self._internal_domain_tail, self._internal_domain_host):
            yield self._span(match.start(), match.end(), "INTERNAL_HOSTNAME", 0.9)

    @needs_cues(_ENVIRONMENT_WORDS)  # (_environment_words reads their positions only)
    def _environment_hosts(self, text: str) -> Iterator[Span]:
        last_end = -1
        for start, end in _environment_words(text):
            if start < last_end:
                continue
            while start > 0 and text[start - 1] in _HOST_CHAR_SET:
                start -= 1
            while end < len(text) and text[end] in _HOST_CHAR_SET:
                end += 1
            # Trim sentence punctuation and stray separators at the edges.
            while start < end and text[start] in ".-":
                start += 1
            while end > start and text[end - 1] in ".-":
                end -= 1
            last_end = end
            if start > 0 and text[start - 1] in "@/_+#" and text[max(0, start - 3):start] != "://" \
                    and not (text[start - 1] == "@" and _after_url_user(text, start - 1)):
                continue  # e-mail, path, identifier, URL fragment or semver build metadata (1.0+dev.abc)
            if end < len(text) and text[end] in "_(":
                continue
            if _is_environment_host(text[start:end]):
                yield self._span(start, end, "INTERNAL_HOSTNAME", 0.75)

    @needs_marks(DOT_BEFORE_LABEL)  # (every candidate is a _HOST_NAME)
    def _marked_and_numbered_hosts(self, text: str) -> Iterator[Span]:
        """`git.corp.example.com`, `wiki.intra.acme.de`, `db-04.acme.com`: internal under any domain.

        A subdomain label that marks an internal network (corp, internal,
        intra, infra, mgmt, ...) or a first label that is a numbered machine
        (a role word plus a number: db-04, web01, redis-2) says the host is
        one of the organisation's own machines, whatever its domain. The
        suffix must be a real public suffix (Public Suffix List) so that code
        attribute chains (`self.internal.timeout`) are not hosts.
        """
        lowered = lowered_same_length(text)  # the shared lower-cased text: its cue scan is done once per text
        seen: set[int] = set()
        for start, end in _host_candidates(text, lowered):
            if start in seen:
                continue
            seen.add(start)
            host = text[start:end]
            labels = host.lower().split(".")
            if len(labels) < 3 and not _NUMBERED_HOST.fullmatch(labels[0]) and labels[0] not in _INTERNAL_TOOL_LABELS and not any(
                    part in _INTERNAL_MARKER_PARTS for part in labels[0].split("-")):
                continue
            if labels[-1] in _FILE_EXTENSIONS or re.search(r"[a-z][A-Z]", host):
                continue
            registrable = registrable_domain(host.lower())
            if len(labels) >= 3 and any(_spells_an_address(label) for label in labels[:-1]):
                # ec2-18-133-47-201.eu-west-2.compute.amazonaws.com, ns3094512.ip-51-91-20.eu: a provider's name
                # for one customer's machine spells out its address (under any suffix, public or not).
                yield self._span(start, end, "INTERNAL_HOSTNAME", 0.75)
                continue
            if registrable is None:
                # Unknown TLD: the private-suffix rules and host contexts decide, but for a numbered machine
                # under a made-up internal domain (`mq01.ops.fernbank`, `win-rds-02.ad.kestrel`) in prose.
                if _numbered_machine_under_private_domain(host, labels):
                    yield self._span(start, end, "INTERNAL_HOSTNAME", DOUBTFUL_SCORE)
                continue
            sub_labels = labels[: len(labels) - registrable.count(".") - 1]
            if not sub_labels:
                continue
            domain_label = labels[len(sub_labels)]
            if any(label in _INTERNAL_MARKERS for label in sub_labels) or any(
                    part in _INTERNAL_MARKER_PARTS for label in (*sub_labels, domain_label) for part in label.split("-")):
                yield self._span(start, end, "INTERNAL_HOSTNAME", 0.8)
            elif _NUMBERED_HOST.fullmatch(sub_labels[0]):
                yield self._span(start, end, "INTERNAL_HOSTNAME", 0.75)
            elif any(_MACHINE_LABEL.fullmatch(label) for label in sub_labels) and sub_labels[0] not in _PUBLIC_NUMBERED:
                # nas01.home.acme.de, pgsql-a.dc2.acme.com: a numbered machine or site label.
                yield self._span(start, end, "INTERNAL_HOSTNAME", 0.65)
            elif sub_labels[0] in _INTERNAL_TOOL_LABELS and registrable.split(".", 1)[0] not in _INTERNAL_TOOL_LABELS:
                # (ci.jenkins.io, grafana.grafana.com: a tool's own public server; not any vendor's name, since
                # software names hold "acme" and jenkins.acme.com is an organisation's machine)
                # jenkins.acme.com, grafana.shop.io: a self-hosted tool names the organisation's own machine;
                # doubt means redact on the wire, an audit does not report it.
                yield self._span(start, end, "INTERNAL_HOSTNAME", 0.55)

    @needs_marks(DOT_BEFORE_LABEL)  # (_HOST_CONTEXT's host is a _HOST_NAME)
    def _hosts_in_host_contexts(self, text: str) -> Iterator[Span]:
        """Hosts where only a host can be: `host:`/`HostName`/`Server=` values, URL and connection-string hosts.

        There a name under a suffix that is not public (`db.acme`,
        `gitlab.mycorp`) cannot be reached from the internet: internal. Any
        other subdomain is reported with a lower score (recall first); a bare
        registrable domain (`github.com`, `www.python.org`) is a public site
        and stays.
        """
        for match in _host_context_matches(text):
            start, end = match.span("host")
            host = match.group("host").rstrip(".").lower()
            end = start + len(host)
            labels = host.split(".")
            if len(labels) < 2 or labels[0] in ("localhost", "www") and len(labels) <= 3:
                continue
            if labels[-1] in _FILE_EXTENSIONS or labels[-1].isdigit():
                continue  # a file name, an IP address (the PII detector's)
            registrable = registrable_domain(host)
            if registrable is None:
                yield self._span(start, end, "INTERNAL_HOSTNAME", 0.75)
            elif host != registrable and host != "www." + registrable and match.group("strong"):
                yield self._span(start, end, "INTERNAL_HOSTNAME", 0.6)
            elif match.group("strong") and labels[0] != "www" and under_cloud_suffix(host):
                # `host = "orders.cluster-cx1.eu-west-2.rds.amazonaws.com"`: a name directly under a
                # cloud provider's suffix (the PSL's private section) is one customer's own resource.
                yield self._span(start, end, "INTERNAL_HOSTNAME", 0.65)

    @needs_marks(".")
    def _hosts_in_network_places(self, text: str) -> Iterator[Span]:
        """Dotted names under an ordinary company domain where the text says a machine is meant.

        `payments-gw.acme-health.com:8443` (a service port), `ENOTFOUND auth.acme.com`, "Jenkins is
        at ci.acme.com", "can't reach build7.acme.com", a known_hosts line, a host alone on a line
        under an inventory `[group]` header. Only names below a registrable domain count (a bare
        `github.com` is a site, not a machine). No list of public sites says whether
        `api.example-shop.com` is someone's own machine, so a name with neither a role nor a number
        is doubtful (redacted on the wire, not reported by an audit).
        """
        for start, end, score in _network_place_hosts(text):
            host = text[start:end].rstrip(".").lower()
            end = start + len(host)
            labels = host.split(".")
            if labels[0] == "www" or labels[-1] in _FILE_EXTENSIONS or labels[-1].isdigit():
                continue
            if re.search(r"[a-z][A-Z]", text[start:end]):
                continue
            registrable = registrable_domain(host)
            if registrable is None and len(labels) >= 3 and _PORT_AFTER_NAME.match(text, end - 1):
                # kafka-0.kafka-headless.streaming:9092: a service port on a name no public suffix ends.
                yield self._span(start, end, "INTERNAL_HOSTNAME", 0.7)
                continue
            if registrable is None or registrable == host:
                continue
            if score < 0.6 and any(_MACHINE_LABEL.fullmatch(label) or label in _INTERNAL_TOOL_LABELS
                                   for label in labels[:-registrable.count(".") - 1]):
                score = 0.6
            yield self._span(start, end, "INTERNAL_HOSTNAME", score)

    @needs_marks(".")  # (a dotted host found before)
    def _hosts_under_the_same_domain(self, text: str, found: list[Span]) -> Iterator[Span]:
        """Once one name under `acme-health.com` is a confident internal host, so is every other
        name under it in the same text (`web1.acme-health.com` makes `db-primary.acme-health.com` one).

        Public platforms' suffixes (`x.herokuapp.com`, `x.s3.amazonaws.com`) are registrable on
        their own in the Public Suffix List, so one customer's name there does not spread to others.
        """
        domains = set()
        confident: set[tuple[int, int]] = set()
        for span in found:
            if span.kind == "INTERNAL_HOSTNAME" and span.score >= 0.6 and "." in text[span.start:span.end]:
                confident.add((span.start, span.end))
                registrable = registrable_domain(text[span.start:span.end].lower())
                if registrable and registrable.count(".") >= 1:
                    domains.add(registrable)
        if not domains:
            return
        for match in hosts_under_domains(text, domains):
            if match.span() in confident or match.group(0).lower().startswith("www."):
                continue
            yield self._span(match.start(), match.end(), "INTERNAL_HOSTNAME", 0.6)

    @needs_marks(_BUCKET_RULE_WORDS)
    def _buckets(self, text: str) -> Iterator[Span]:
        """Storage bucket names: `s3://acme-prod-backups/`, `gs://x`, `bucket: x`, `x.s3.amazonaws.com`."""
        patterns = []
        if keyword_positions(text, _BUCKET_SCHEMES):  # (the shared cue scan answers: no search per word)
            patterns.append(_BUCKET_URL)
        if contains_any(text, _BUCKET_WORDS):
            patterns.append(_BUCKET_FIELD)
            patterns += [*_BUCKET_PROSE, _BUCKET_ENV_DEFAULT]
        if contains_any(text, ("--bucket", "--source-bucket", "--destination-bucket", "--container")):
            patterns.append(_BUCKET_FLAG)
        if keyword_positions(text, _BUCKET_CALL_NAMES):
            patterns.append(_BUCKET_CALL)
        if keyword_positions(text, _OBJECT_STORE_DOMAINS):
            patterns += [_BUCKET_HOST, _BUCKET_PATH]
        for pattern in patterns:
            for match in pattern.finditer(text):
                name = match.group("bucket")
                if name.lower() in _BUCKET_NOT_NAMES or "{" in name or "$" in name:
                    continue
                if text.startswith("(", match.end("bucket")):
                    continue  # `bucket = storage_client.bucket(...)`: code, not a name
                says_what_it_is = pattern in _BUCKET_PROSE or (pattern is _BUCKET_FIELD and " is" in match.group(0))
                if says_what_it_is and not _NAMED_BUCKET.fullmatch(name):
                    continue  # "the bucket is public", "the logs bucket": what the bucket is, not its name
                yield self._span(match.start("bucket"), match.end("bucket"), "BUCKET", 0.8)

    @needs_marks(("arn:",))
    def _arns(self, text: str) -> Iterator[Span]:
        # The account id and the resource's name, not the public words around them (arn_parts.py).
        for match in ARN.finditer(text):
            for start, end, kind in arn_private_parts(match):
                yield self._span(start, end, kind, 0.9)

    @needs_marks(_ANY_DIGIT)
    def _aws_accounts(self, item: DetectionInput) -> Iterator[Span]:
        text = item.text
        for match in (_ECR_HOST.finditer(text) if contains_any(text, (".dkr.ecr",)) else ()):
            yield self._span(match.start(1), match.end(1), "AWS_ACCOUNT_ID", 0.9)
        field_says_account = bool(item.field_name and _ACCOUNT_FIELD.search(item.field_name))
        line_start = line_end = -1
        line_kind = None
        for match in twelve_digit_numbers(text):
            before = text[max(0, match.start() - 30): match.start()].rsplit("\n", 1)[-1]
            if field_says_account or _AWS_ACCOUNT_CONTEXT.search(before):
                yield self._span(match.start(), match.end(), "AWS_ACCOUNT_ID", 0.8)
                continue
            if match.start() >= line_end:  # a new line: find its bounds and cue once (numbers come in order)
                line_start = text.rfind("\n", max(line_end, 0), match.start()) + 1
                line_end = text.find("\n", match.end())
                line_end = len(text) if line_end == -1 else line_end
                line_kind = ("AWS_ACCOUNT_ID" if _AWS_LINE_CUE.search(text, line_start, line_end)
                             else "CLOUD_ACCOUNT_ID" if _CLOUD_LINE_CUE.search(text, line_start, line_end) else None)
            if line_kind and not text.startswith("+", match.start() - 1):
                yield self._span(match.start(), match.end(), line_kind, AWS_LINE_SCORE)

    @needs_marks(("projects/", "roject", "PROJECT", "gserviceaccount", "gke_"))  # (and find_gcp_project_keys')
    def _gcp_projects(self, text: str) -> Iterator[Span]:
        if contains_any(text, ("projects/",)):
            for match in _GCP_PROJECT_PATH.finditer(text):
                token_start = max(text.rfind(ch, 0, match.start()) for ch in " \t\n\"'(<") + 1
                url = text[token_start:match.start()]
                if "://" in url and not re.search(r"google|gcp|\.goog\b", url):
                    continue  # someone else's URL path (example.net/projects/markdown)
                yield self._span(match.start(1), match.end(1), "GCP_PROJECT", 0.85)
        if contains_any(text, ("roject", "PROJECT")):
            for match in _gcp_project_context_matches(text):
                project = match.group(1)
                # A bare word ("project: redactor") is usually not a GCP id;
                # real ids nearly always carry a dash or digits.
                if re.search(r"[-\d]", project):
                    yield self._span(match.start(1), match.end(1), "GCP_PROJECT", 0.8)
        if contains_any(text, ("gserviceaccount",)):
            for match in _GCP_SERVICE_ACCOUNT.finditer(text):
                yield self._span(match.start(1), match.end(1), "GCP_PROJECT", 0.85)
        for start, end, score in find_gcp_project_keys(text):
            yield self._span(start, end, "GCP_PROJECT", score)

    @needs_marks(("ubscription", "SUBSCRIPTION"))
    def _azure_subscriptions(self, text: str) -> Iterator[Span]:
        for pattern in (_AZURE_SUBSCRIPTION_PATH, _AZURE_SUBSCRIPTION_CONTEXT):
            for match in pattern.finditer(text):
                yield self._span(match.start(1), match.end(1), "AZURE_SUBSCRIPTION", 0.85)

    @needs_marks(("enant", "ENANT"))
    def _tenant_ids(self, text: str) -> Iterator[Span]:
        for match in _TENANT_UUID_CONTEXT.finditer(text):
            yield self._span(match.start(1), match.end(1), "CLOUD_ACCOUNT_ID", 0.8)

    @needs_marks(("Secret",))
    def _k8s_secret_values(self, text: str) -> Iterator[Span]:
        for start, end in k8s_secret_value_ranges(text):
            yield self._span(start, end, "K8S_SECRET_VALUE", 0.95, category="secret")


_INTERNAL_MARKERS = term_list("host_internal_markers")
# Markers strong enough inside a hyphenated label too (acme-internal.com, internal-api.x.io);
# "corp" is not: acme-corp.com is a company's public site.
_INTERNAL_MARKER_PARTS = term_list("host_internal_marker_parts")
_INTERNAL_TOOL_LABELS = term_list("host_internal_tool_labels")
# The literals _host_candidates starts from, each list found in one pass (keywords.keyword_positions).
_MARKER_LABEL_NEEDLES = tuple(f"{before}{marker}." for marker in _INTERNAL_MARKERS for before in (".", " "))
_TOOL_LABEL_NEEDLES = tuple(f"{tool}." for tool in _INTERNAL_TOOL_LABELS)
_MARKER_PART_NEEDLES = tuple(needle for marker in _INTERNAL_MARKER_PARTS for needle in (f"-{marker}", f"{marker}-"))
_REMOTE_COMMANDS = ("ssh", "scp", "sftp", "rsync", "mosh")
# user@host in a remote command, the host without a domain (dotted hosts are other rules' job).
_REMOTE_TARGET_HOST = re.compile(
    r"(?:ssh|scp|sftp|rsync|mosh)\b[^\n@]{0,120}?[\w.-]@(?P<host>[A-Za-z][A-Za-z0-9-]{0,62})(?![\w.@-])", re.IGNORECASE
)
# \\server\share (also JSON-escaped \\\\server\\share): the server of a Windows UNC path.
_UNC_SERVER = re.compile(r"(?<![\w\\])(?:\\\\){1,2}(?P<host>[A-Za-z0-9][A-Za-z0-9-]{0,62})(?=\\{1,2}[\w$])")
# A shell prompt at a line's start: `ops@lager-db-02:~$`, `root@web-01:/var/www#`, `[deploy@app-3 ~]$`,
# `jane@jane-mbp ~ %`, after an optional `(venv) `. The name after the @ is the machine the session runs on.
_SHELL_PROMPT_HOST = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?\[?(?P<user>[A-Za-z_][\w.-]{0,31})@"
    r"(?P<host>[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)"
    r"(?::[ \t]?[~/][^\s$#]*[ \t]?[$#]|[ \t]+[~/\w.-]{1,100}\][$#]|[ \t]+[~/][^\s%$#]*[ \t]?[%$#])(?=[ \t\n]|$)"
)
_CLIENT_HOST_FLAG = re.compile(
    r"(?:" + "|".join(re.escape(client) for client in _DATABASE_CLIENTS) + r")(?![\w-])[^\n|;&]{0,160}?"
    r"(?<![\w-])(?:-h[ \t]*|--host[= ])[\"']?"
    r"(?P<host>[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)"
    r"(?![\w.-])"
)
_NUMBERED_HOST = re.compile(
    r"(?:" + "|".join(sorted(_ROLES, key=len, reverse=True)) + r")(?:-[a-z]+)*-?\d{1,4}[a-z]?"
)
_HOST_NAME = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+"
# "strong" contexts name a host explicitly; in URLs and after "@" any name is a host too,
# but only a non-public suffix is reported there (public URLs are everyday links).
_HOST_CONTEXT = re.compile(
    r"(?:(?P<strong>(?i:(?:[A-Za-z_]*(?:host(?:name)?|server|address|addr|endpoint)|data\s+source))[\"']?"
    r"(?:[ \t]*[:=][ \t]*|[ \t]+)[\"']?(?:[a-z][a-z0-9+.-]{1,15}://(?:[^\s/@\"'<>]*@)?)?)|://(?:[^\s/@\"'<>]*@)?|@)"
    r"(?P<host>" + _HOST_NAME + r")(?![\w(@-]|\.[A-Za-z0-9])"
)
_CANDIDATE_HOST = re.compile(_HOST_NAME)
_HOST_CONTEXT_WORDS = ("host", "server", "data source", "address", "addr", "endpoint")
# A host field whose value is one label: `HostName db-04`, `Server=sqlprod03;`, `DB_HOST: pgprimary`.
_HOST_FIELD_SINGLE = re.compile(
    r"(?i:[A-Za-z_]*host(?:[_-]?name)?|server|data\s+source|ansible_host)[\"']?(?P<sep>[ \t]*[:=][ \t]*|[ \t]+)[\"']?"
    r"(?P<host>[A-Za-z][A-Za-z0-9-]{0,62})(?![\w.@/:(\[{-]|:\d|\.\w)"
)
_ADDRESS_NEXT = re.compile(r"[ \t]+[\w.-]*[.:]\w")
# Words a host field holds that name no machine (`host: true`, `Host *`, `server: default`).
_NOT_MACHINE_NAMES = frozenset(
    "localhost true false none null nil yes no any all auto default self this that the a an is was are be "
    "and or not on off in of for to from with by at as it its example hostname host server name value port "
    "unknown undefined env var string str int bool required optional enabled disabled local remote public "
    "private internal external primary secondary master main origin upstream downstream proxy ip address "
    "error errors not_found timeout refused unreachable down up ok".split()
)
# "2026-11-30T10:02:11Z WARN geocode: ...": a level where a syslog line has its host.
_LOG_LEVELS = frozenset("TRACE DEBUG INFO NOTICE WARN WARNING ERROR ERR FATAL CRITICAL CRIT ALERT EMERG".split())
_LOOPBACK_NAMES = frozenset("localhost localhost.localdomain localdomain broadcasthost loopback".split())
# An /etc/hosts line: an IPv4 or IPv6 address, then names only (and maybe a comment).
_HOSTS_FILE_LINE = re.compile(
    # The IPv6 form: a colon in the run, then the whole run read once (possessive). The same matches as
    # `[0-9a-fA-F:]*:[0-9a-fA-F:.]+` (a space or tab must follow the run), without retrying every colon
    # of a long run of hex letters and colons (quadratic).
    r"(?m)^[ \t]*(?:\d{1,3}(?:\.\d{1,3}){3}|(?=[0-9a-fA-F:]*:[0-9a-fA-F:.])[0-9a-fA-F:.]++)[ \t]+"
    r"(?P<names>[A-Za-z0-9][A-Za-z0-9.-]*(?:[ \t]+[A-Za-z0-9][A-Za-z0-9.-]*)*)[ \t]*(?:#[^\n]*)?$"
)
# A URL whose host has no domain (http://jenkins:8080/, postgres://u:p@pgbouncer/db): only a local network resolves it.
_URL_SINGLE_LABEL_HOST = re.compile(
    r"\b(?!file:|otpauth:)[a-z][a-z0-9+.-]{1,15}://(?:[^\s/@\"'<>]*@)?(?P<host>[A-Za-z][A-Za-z0-9-]{0,62})(?=[:/?#\s\"'`<>)\],;]|$)"
)
# The host flag of database and cache clients: `psql -h pgdb-prod`, `redis-cli -h cache01`.
_HOST_FLAG = re.compile(
    r"\b(?:psql|pg_dump|pg_dumpall|pg_restore|pg_isready|pg_basebackup|mysql|mysqldump|mysqladmin|mariadb|redis-cli"
    r"|mongo|mongosh|mongodump|mongorestore|clickhouse-client|cqlsh|influx|ldapsearch|ldapmodify)\b[^\n]{0,80}?"
    r"(?<=\s)-h[ \t]*(?P<host>[A-Za-z][A-Za-z0-9-]{0,62})(?![\w.:@/-]|:\d|\.\w)")
# `app-01:8080`, `kafka-a:9092`, `filer01:/vol/home`: a one-label name before a port or a remote path.
_HOST_PORT = re.compile(r"(?<![\w.@/:$%-])(?P<host>[A-Za-z][A-Za-z0-9-]{2,62}):(?:\d{2,5}(?![\d.:])|/(?!/))")
_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789+.-")
_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _host_port_starts(text: str) -> list[int]:
    """Where a `_HOST_PORT` match can start: the label run (3 to 63 characters) right before a `:` (its look-behind
    refuses any other). Read backwards (`starts_read_backwards`): the colon comes first there."""
    return starts_read_backwards(_COLON_THEN_LABEL_RUN_REVERSED, text)


# A colon, then (reading backwards) a whole run of 3 to 63 host-label characters.
_COLON_THEN_LABEL_RUN_REVERSED = re.compile(r":[A-Za-z0-9-]{3,63}+(?![A-Za-z0-9-])")


def _scheme_starts(text: str) -> Iterator[int]:
    """Where a `_URL_SINGLE_LABEL_HOST` match can start: a letter at a word boundary up to 16 characters before `://`."""
    tried = 0
    for separator in keyword_positions(text, ("://",)):
        for start in range(max(tried, separator - 16), separator - 1):
            if text[start] in _LOWER_LETTERS and not (start and (text[start - 1].isalnum() or text[start - 1] == "_")):
                yield start
        tried = separator


def _hyphenated_word_starts(text: str) -> Iterator[int]:
    """Where a `_HYPHENATED_WORDS` match can start: the lower-case run right before a `-` (its look-behind refuses
    any other)."""
    for hyphen in keyword_positions(text, ("-",)):
        start = run_start(text, hyphen, _LOWER_LETTERS.__contains__, hyphen)
        if start is not None and start < hyphen:
            yield start
# Machine names with a zero-padded number (hydra01, ts-fin-03, TS-FIN-03): the naming convention of fleets. A part
# after the first may hold a digit (a site or pool code: `mme-pool-cz2-01`), and a first part of two letters (a site,
# a role: `dr-veeam01`, `pe-mad-01`) counts when another part follows it: two letters and a number alone (`ch-01`,
# `ep-02`) are chapters and episodes.
_ZERO_PADDED_MACHINE = re.compile(
    r"(?<![\w./@:$%#&=+-])(?P<host>(?:[a-z]{3,}(?:-[a-z][a-z0-9]*)*|[a-z]{2}(?:-[a-z][a-z0-9]*)+)-?0\d"
    r"|[A-Z]{2,}(?:-[A-Z0-9]{2,})*-0\d{1,2})(?![\w/@+-]|\.\w|\()"
)
# A syslog line: timestamp, host, program[pid]: (RFC 3164 and ISO timestamps).
_SYSLOG_HOST = re.compile(
    r"(?m)^(?:[A-Z][a-z]{2}[ \t]+\d{1,2}[ \t]+\d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)"
    r"[ \t]+(?P<host>[A-Za-z][A-Za-z0-9-]{0,62})[ \t]+[\w./-]+(?:\[\d+\])?:[ \t]"
)
# An Ansible INI inventory line: `web1 ansible_host=10.0.0.5 ansible_user=deploy`.
_INVENTORY_HOST = re.compile(r"(?m)^[ \t]*(?P<host>[A-Za-z][A-Za-z0-9-]{0,62})[ \t]+ansible_\w+=")
# A lower-case name ending in a machine number, alone (not in a path, identifier, version or file name).
_BARE_MACHINE = re.compile(r"(?<![\w./@:$%#&=+-])(?P<host>[a-z][a-z0-9]*(?:-[a-z0-9]+)*?-?\d{1,4}[a-z]?)(?![\w/@+-]|\.\w|:\w|\()")
# A digit, then (reading backwards) a whole run of letters and hyphens that starts after none of the characters both
# machine patterns' look-behind refuses. A digit is `[0-9]` on ASCII text, any decimal digit otherwise (as in
# `DigitFirstPattern`: `\d` first would be tried at every position).
_DIGIT_THEN_LETTERS_REVERSED_ASCII = re.compile(r"[0-9][A-Za-z-]++(?![\w./@:$%#&=+-])")
_DIGIT_THEN_LETTERS_REVERSED = re.compile(r"\d[A-Za-z-]++(?![\w./@:$%#&=+-])")


def _numbered_machine_starts(text: str) -> list[int]:
    """Where `_ZERO_PADDED_MACHINE` and `_BARE_MACHINE` can match: the start of the letters and hyphens before a
    word's first digit (both take only letters and hyphens before it), unless their look-behind refuses it."""
    pattern = _DIGIT_THEN_LETTERS_REVERSED_ASCII if text.isascii() else _DIGIT_THEN_LETTERS_REVERSED
    return starts_read_backwards(pattern, text)


# "run it on db-primary", "failover to pg-replica": role words and a standing, after a preposition.
_MACHINE_AFTER_PREPOSITION = re.compile(
    r"\b(?:on|onto|to|from|against|via|into|ssh|ping)[ \t]+(?:the[ \t]+)?`?(?P<host>[a-z]+(?:-[a-z]+){1,3})(?![\w/@-]|\.\w)"
)
# Where prose, logs and tools name a machine: resolver errors, connection verbs, "is at", "runs on".
_NETWORK_CUE = re.compile(
    r"(?i:\b(?:ENOTFOUND|EAI_AGAIN|getaddrinfo|resolve(?:\s+host(?:name)?)?|nslookup|dig|traceroute|ping|telnet"
    r"|reach|reaching|connect(?:ing|ed)?\s+to|connection\s+to|connect\s+error\s+to|ssh(?:\s+into)?|is\s+at"
    r"|lives\s+(?:at|on)|runs?\s+on|running\s+on|hosted\s+(?:at|on)|deploy(?:ed|ing)?\s+(?:to|on)|log\s*in\s+to"
    r"|lookup|resolving|calling|querying|fetching\s+from|timed?\s*out\s+(?:to|from|calling|connecting\s+to)"
    r"|upstream|backend|proxy_pass|point(?:ed|s)?\s+(?:at|to)"
    r"|restart(?:ed)?\s+\S+\s+on|on\s+the\s+(?:box|host|server|machine))):?[ \t]+[`'\"(]?"
    r"(?:[a-z][a-z0-9+.-]{1,15}://(?:[^\s/@\"'<>]*@)?)?(?P<host>" + _HOST_NAME + r")(?![\w(-]|\.[A-Za-z0-9])"
)
_WEB_PORTS = frozenset({"80", "443"})
_PORT_AFTER_NAME = re.compile(r"[A-Za-z0-9]:(?P<port>\d{2,5})(?![\d.])")
# The same from its colon: a rare first character lets the regex engine skip ahead (a letter first is tried everywhere).
_PORT_AFTER_COLON = re.compile(r":(?<=[A-Za-z0-9]:)(?P<port>\d{2,5})(?![\d.])")
# The first words of `_NETWORK_CUE`'s alternatives, found as literals in the lower-cased text.
_NETWORK_CUE_WORDS = ("enotfound", "eai_again", "getaddrinfo", "resolv", "nslookup", "dig", "traceroute", "ping",
                      "telnet", "reach", "connect", "ssh", "is ", "lives", "run", "hosted", "deploy", "log",
                      "lookup", "calling", "querying", "fetching", "time", "upstream", "backend", "proxy_pass",
                      "point", "restart", "on the")
# known_hosts: `host[,host...] key-type AAAA...` (hashed `|1|` entries name no one).
_KNOWN_HOSTS_LINE = re.compile(
    r"(?m)^(?:@\S+[ \t]+)?(?P<hosts>[\w.\[\]:,*?-]+)[ \t]+(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+"
    r"|sk-(?:ssh|ecdsa)\S*)[ \t]+AAAA"
)
# An inventory group header, then hosts alone on their lines (or with `ansible_*=` variables).
_INVENTORY_GROUP = re.compile(r"(?m)^\[[\w:.-]+\][ \t]*$")
_INVENTORY_LINE = re.compile(r"(?m)^[ \t]*(?P<host>" + _HOST_NAME + r")(?:[ \t]+\w+=\S*)*[ \t]*$")


def _network_place_hosts(text: str) -> Iterator[tuple[int, int, float]]:
    """[start, end, score] of dotted names in the places `_hosts_in_network_places` reads."""
    if ":" in text:
        # From each `name:port` back to the name's start: cheaper than trying a host pattern at every letter.
        last_end = 0
        for port in _PORT_AFTER_COLON.finditer(text):
            if port.start() - 1 < last_end:
                continue  # its name's last character is the end of the previous port (as `_PORT_AFTER_NAME.finditer`)
            last_end = port.end()
            if port.group("port") in _WEB_PORTS:
                continue
            end = port.start()
            start = end
            while start > 0 and text[start - 1] in _HOST_CHAR_SET and end - start < 253:
                start -= 1
            while start < end and text[start] in ".-":
                start += 1
            if start and (text[start - 1].isalnum() or text[start - 1] in "_."):
                continue
            if _CANDIDATE_HOST.fullmatch(text, start, end):
                yield start, end, 0.6
    lowered = lowered_same_length(text)
    for position in keyword_positions(lowered, _NETWORK_CUE_WORDS):
        if position and lowered[position - 1].isalnum():
            continue
        match = _NETWORK_CUE.match(text, position)
        if match:
            yield match.start("host"), match.end("host"), 0.55
    if contains_any(text, ("AAAA",)):
        for line in _KNOWN_HOSTS_LINE.finditer(text):
            offset = line.start("hosts")
            for name in re.finditer(r"[^,\[\]]+", line.group("hosts")):
                host = name.group(0).split(":")[0]
                if "." in host and "*" not in host and "?" not in host:
                    yield offset + name.start(), offset + name.start() + len(host), 0.75
    if "[" in text:
        for header in _INVENTORY_GROUP.finditer(text):
            position = header.end() + 1
            while position < len(text):
                line_end = text.find("\n", position)
                line_end = len(text) if line_end == -1 else line_end
                line = _INVENTORY_LINE.match(text, position, line_end)
                if line is None:
                    break
                yield line.start("host"), line.end("host"), 0.6
                position = line_end + 1


_HYPHENATED_WORDS = re.compile(r"(?<![\w./@-])[a-z]+(?:-[a-z]+){1,3}(?![\w/@-]|\.\w)")


def _machines_after_prepositions(text: str) -> Iterator[re.Match]:
    """`_MACHINE_AFTER_PREPOSITION` tried only before hyphenated lower-case words (rarer than prepositions)."""
    if "-" not in text:
        return
    for word in matches_at_starts(_HYPHENATED_WORDS, text, _hyphenated_word_starts(text)):
        match = _MACHINE_AFTER_PREPOSITION.search(text, max(0, word.start() - 20), word.end())
        while match is not None and match.start("host") != word.start():
            match = _MACHINE_AFTER_PREPOSITION.search(text, match.start() + 1, word.end())
        if match is not None and match.end("host") == word.end():
            yield match


_MACHINE_STANDINGS = frozenset("primary replica secondary standby master slave leader follower main backup "
                               "hot cold warm reader writer ro rw".split())
# A label naming a numbered machine or site anywhere in a dotted name (nas01, dc2, web-3).
_MACHINE_LABEL = re.compile(r"[a-z]{2,}(?:-[a-z]+)*-?\d{1,3}[a-z]?")
# Numbered first labels of public sites (www2.example.com, ec2.amazonaws.com).
_PUBLIC_NUMBERED = frozenset("www1 www2 www3 www4 ec2 s3 ns1 ns2 ns3 ns4 mx1 mx2 i18n l10n".split())
# Role words that name software with a version far more often than a machine (node18, es2015, pg14).
_VERSIONED_ROLES = frozenset("es node pg postgres mysql mongo mongodb redis kafka elastic oracle python k8s ml "
                             "mariadb spark hadoop exchange sharepoint esx esxi".split())
# Famous names shaped like machine names.
_NOT_MACHINES = frozenset("log4j log4net db2 utf-8 utf-16 utf-32 iso-8859-1 iso-8859-15 x86-64 sha-1 sha-256 sha-512 ucs-2 koi8-r mp3 mp4 h264 x86 x64 "
                          "utf8 sha1 sha256 md5 ipv4 ipv6 s3 ec2 k8s k3s".split())


def _host_field_single_matches(text: str) -> Iterator[re.Match]:
    """`_HOST_FIELD_SINGLE` tried only where a host word starts a key."""
    lowered = lowered_same_length(text)
    for position in keyword_positions(lowered, _HOST_FIELD_WORDS):
        start = position
        while start > 0 and (lowered[start - 1].isalpha() or lowered[start - 1] == "_") and position - start < 40:
            start -= 1
        if start and (lowered[start - 1].isalnum()
                      or lowered[start - 1] == "-" and start > 1 and lowered[start - 2].isalnum()):
            continue  # inside a name (ip6-localhost); "--host x" is a flag
        if lowered.startswith("localhost", start):
            continue
        match = _HOST_FIELD_SINGLE.match(text, start)
        if match:
            yield match


# "welcome" 5.0, "today" 5.6; machines' words: "phoenix" 3.9, "atlas" 3.5, "mercury" 3.9 (wordfreq).
_SENTENCE_WORD_ZIPF = 4.5
# Three words of small letters after a field's value on its line: the value is a sentence's first word.
_PROSE_AFTER = re.compile(r"[,;]?[ \t]+[a-z]+(?:'[a-z]+)?,?[ \t]+[a-z]+(?:'[a-z]+)?,?[ \t]+[a-z]+\b")


def _field_key(match: re.Match) -> str:
    """A host field's key as written ("HOST", "Host", "host"): a transcript writes its speaker labels one way."""
    return match.group(0)[:match.start("sep") - match.start()].strip("\"' ")


def _opens_a_sentence(text: str, match: re.Match) -> bool:
    """Whether a host field's value is the first word of a sentence: a function word or a word of everyday English
    (Zipf `_SENTENCE_WORD_ZIPF`: "So", "Welcome", "well") with prose after it on its line. Machines are named with
    rarer words ("host: phoenix went down at noon", "Host: Atlas is down again" keep theirs)."""
    host = match.group("host")
    if not host.isalpha() or not _PROSE_AFTER.match(text, match.end("host")):
        return False
    return host.casefold() in stop_words() or english_zipf(host.casefold()) >= _SENTENCE_WORD_ZIPF


def _plausible_machine_name(host: str, strict: bool) -> bool:
    """Whether a host field's one-label value names a machine (after "Host bastion" only with digits or dashes)."""
    lowered = host.lower()
    if lowered in _NOT_MACHINE_NAMES or lowered in _CODE_RECEIVERS or lowered.startswith(("your-", "my-", "example")):
        return False
    if re.search(r"[a-z][A-Z]", host):
        return False  # getEnv, dbHost: code, not a machine
    if strict:  # a space-separated "host x" in prose: "the host is down", "server crashed"
        return any(ch.isdigit() for ch in host) and any(ch.isalpha() for ch in host) or (
            "-" in host and any(part in _ROLES for part in lowered.split("-")))
    return True


@lru_cache(maxsize=1)
def _generic_service_names() -> frozenset[str]:
    """Public software and tech terms ("redis", "keycloak", "minio"): as a whole host name they name no one's machine."""
    return word_list("tech_terms") | word_list("code_keywords") | _INTERNAL_TOOL_LABELS


def _is_machine_number(host: str) -> bool:
    """`db-04`, `app-node-12`, `web3`, `nas01`: a role word (or several) and a machine number."""
    if host in _NOT_MACHINES:
        return False
    stem = host.rstrip("abcdefghijklmnopqrstuvwxyz")
    stem = host if not stem else stem
    parts = [part for part in re.split(r"-", stem.rstrip("0123456789").rstrip("-")) if part]
    digits = stem[len(stem.rstrip("0123456789")):]
    if not parts or not digits or not all(part.isalpha() or part[-1:].isdigit() for part in parts):
        return False
    hyphenated = stem.rstrip("0123456789").endswith("-")
    roles = [part for part in parts if part in _ROLES or part.rstrip("0123456789") in _ROLES]
    if not roles:
        return False
    if len(parts) == 1 and not hyphenated and parts[0] in _VERSIONED_ROLES:
        return False  # node18, es2015, pg14
    if len(digits) == 4 and not hyphenated:
        return False  # a year or a version: win2019, es2015
    return True


def _host_context_matches(text: str) -> Iterator[re.Match]:
    """`_HOST_CONTEXT` tried only at its literals: a host word's start, "://" and "@"."""
    lowered = lowered_same_length(text)
    starts: set[int] = set()
    for position in keyword_positions(lowered, _HOST_CONTEXT_WORDS):
        start = position
        while start > 0 and (lowered[start - 1].isalpha() or lowered[start - 1] == "_") and position - start < 40:
            start -= 1  # DB_HOST, hostname: the key starts before the word
        if start == 0 or not lowered[start - 1].isalnum():
            starts.add(start)
    starts.update(keyword_positions(text, ("://",)))
    starts.update(position for position in keyword_positions(text, ("@",)) if position and (text[position - 1].isalnum() or text[position - 1] in "._-"))
    for start in sorted(starts):
        match = _HOST_CONTEXT.match(text, start)
        if match:
            yield match


# Last labels of attribute chains in code (`node1.children.length`, `conv1.weight.data`): no private domain ends so.
_CODE_ATTRIBUTE_LABELS = frozenset(
    "data value values length size count name id type status weight bias grad shape text config conf cfg timeout "
    "host port url path state result results items keys children parent next prev start end error message output "
    "input info debug warn get set run call exec apply update delete create close open read write send emit".split())


# Labels of an Active Directory or office domain (`pc-114.ad.acme`, `nas2.hq.kestrel`).
_DIRECTORY_LABELS = frozenset({"ad", "hq", "office", "dc", "data", "net", "site"})


# A label that spells out an IPv4 address or its network: four octets (`ec2-18-133-47-201`, `203-0-113-9`, any
# word before them), or three after "ip" (`ip-51-91-20`, a /24 as OVH names it).
_ADDRESS_LABEL = re.compile(r"(?:[a-z][a-z0-9]*-)?(?P<octets>\d{1,3}(?:-\d{1,3}){3})|ip-(?P<network>\d{1,3}(?:-\d{1,3}){2})")


def _spells_an_address(label: str) -> bool:
    """Whether a host label is an address's octets joined by dashes, each octet at most 255 (a date is not)."""
    match = _ADDRESS_LABEL.fullmatch(label)
    return match is not None and all(int(octet) <= 255 for octet in (match.group("octets") or match.group("network")).split("-"))


def _numbered_machine_under_private_domain(host: str, labels: list[str]) -> bool:
    """`mq01.ops.fernbank`, `app-srv-3.dmz.nordbank`, `win-rds-02.ad.kestrel`: three or more lower-case labels
    under a suffix no public list knows, the first a machine with a number, then a network label (an internal
    marker, a directory or office label, an environment, a numbered site). An organisation's AD or
    split-horizon domain; code chains (`node1.children.length`, `app2.models.user`) have none of those labels
    or end in an attribute name. Doubtful: the wire redacts it."""
    if len(labels) < 3 or host != host.lower() or not labels[-1].isalpha() or not 2 <= len(labels[-1]) <= 15:
        return False
    if labels[-1] in _CODE_ATTRIBUTE_LABELS or labels[0] in _NOT_MACHINES or labels[0] in _PUBLIC_NUMBERED or labels[0] == "web3":
        return False
    if not (_NUMBERED_HOST.fullmatch(labels[0]) or _MACHINE_LABEL.fullmatch(labels[0])):
        return False
    # A network label between the machine and the domain (ops, corp, ad, hq, prod, dc2): `app2.models.user`,
    # `worker1.config.retries` are code.
    return any(label in _INTERNAL_MARKERS or label in _DIRECTORY_LABELS or label in _ENVIRONMENTS
               or _MACHINE_LABEL.fullmatch(label) for label in labels[1:-1])


def _host_candidates(text: str, lowered: str) -> Iterator[tuple[int, int]]:
    """[start, end) of dotted names around a marker label or a digit-then-dot (db-04.x), found by literal search."""
    anchors = [at + 1 for at in keyword_positions(lowered, _MARKER_LABEL_NEEDLES)]
    if any(lowered.startswith(marker + ".") for marker in _INTERNAL_MARKERS):
        anchors.append(0)
    anchors += [at for at in keyword_positions(lowered, _TOOL_LABEL_NEEDLES) if at == 0 or not lowered[at - 1].isalnum()]
    anchors += keyword_positions(lowered, _MARKER_PART_NEEDLES)
    for match in _DIGIT_DOT.finditer(text):
        anchors.append(match.start() + 1)
    last_end = -1
    previous = -1
    for anchor in sorted(set(anchors)):
        if anchor < last_end:
            continue  # inside the previous candidate
        # Walk back to the host's start, but not past the previous anchor: a host
        # reaching back that far was already tried from there (keeps this linear).
        floor = max(0, anchor - 253, previous)
        previous = anchor
        start = anchor
        while start > floor and text[start - 1] in _HOST_CHAR_SET:
            start -= 1
        while start < anchor and text[start] in ".-":
            start += 1
        if start > 0 and text[start - 1] in "@/_" and text[max(0, start - 3):start] != "://":
            continue  # an e-mail address, a path or an identifier
        match = _CANDIDATE_HOST.match(text, start, min(len(text), start + 253))  # 253: the longest DNS name
        if match is None or match.end() <= anchor:
            continue
        end = last_end = match.end()
        if end < len(text) and (text[end] in "_(" or (text[end] == "." and end + 1 < len(text) and text[end + 1].isalnum())):
            continue
        yield start, end


_DIGIT_DOT = DigitFirstPattern(re.compile(r"\d\.[A-Za-z]"))  # no look-arounds: they cost a try at every position
_HOST_CHAR_SET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-")


_PUBLIC_SUFFIXES = None


@lru_cache(maxsize=4096)
def registrable_domain(host: str) -> str | None:
    """`db-04.acme.com` -> `acme.com`; None when the suffix is not public (`db.acme`, `x.internal`)."""
    return public_suffixes().privatesuffix(host)


_ICANN_SUFFIXES = None


@lru_cache(maxsize=4096)
def under_cloud_suffix(host: str) -> bool:
    """Whether `host` is registered under a suffix of the PSL's private section (cloud and hosting
    providers: `x.rds.amazonaws.com`, `x.cloudapp.azure.com`), not only under an ICANN one."""
    return icann_suffixes().privatesuffix(host) != registrable_domain(host)


def icann_suffixes():
    """The ICANN section of the Public Suffix List alone, loaded once."""
    global _ICANN_SUFFIXES
    if _ICANN_SUFFIXES is None:
        from publicsuffixlist import PublicSuffixList

        _ICANN_SUFFIXES = PublicSuffixList(accept_unknown=False, only_icann=True)
    return _ICANN_SUFFIXES


def public_suffixes():
    """The Public Suffix List (publicsuffixlist package), loaded once; unknown TLDs are not public."""
    global _PUBLIC_SUFFIXES
    if _PUBLIC_SUFFIXES is None:
        from publicsuffixlist import PublicSuffixList

        _PUBLIC_SUFFIXES = PublicSuffixList(accept_unknown=False)
    return _PUBLIC_SUFFIXES


def hosts_under_domains(text: str, domains: Iterable[str]) -> Iterator[re.Match]:
    """Whole host names one or more labels under any of `domains` (registrable domains), found tail first."""
    ordered = sorted(domains, key=len, reverse=True)  # the order an alternation of them tries them
    if all(domain.isascii() and domain == domain.lower() for domain in ordered) and not may_fold_into_ascii(text):
        return _hosts_under_ascii_domains(text, ordered)
    alternatives = "|".join(re.escape(domain) for domain in ordered)
    tail = re.compile(rf"\.(?:{alternatives})(?![\w-]|\.\w)", re.IGNORECASE)
    host = re.compile(rf"(?:{_LABEL}\.)+(?:{alternatives})", re.IGNORECASE)
    return hosts_ending_with(text, tail, host)


# A host's labels before its domain, each with its dot (the domain itself is compared as a string).
_LABELS_THEN_DOT = re.compile(rf"(?:{_LABEL}\.)+")
# Any span, as a match object: what hosts_under_domains' callers read of a host (span, group(0)).
_WHOLE_SPAN = re.compile(r".+", re.DOTALL)


def _hosts_under_ascii_domains(text: str, domains: list[str]) -> Iterator[re.Match]:
    """hosts_under_domains' matches without compiling a regex of the domains: `re.compile` of the two alternations
    cost ~1 ms per text whose domains are new (a fresh e-mail domain each time), more than the rest of the infra
    detector's work on a 1 KB text. The same matches, for lower-case ASCII domains on a text where a case-blind
    ASCII letter matches only its two cases (`may_fold_into_ascii` false: the lower-cased text then holds a
    domain's letters exactly where the case-blind pattern matched them).

    The tail `\\.(?:d1|d2|...)(?![\\w-]|\\.\\w)` is read as `finditer` reads it: positions ascending, the first
    domain (longest first) that fits at a position, the next search after its end; the host is the pattern
    `(?:label\\.)+(?:d1|d2|...)` over [start, end), which holds where some domain ends it after a dot and labels fill
    the rest."""
    lowered = lowered_same_length(text)
    length = len(text)
    candidates: set[int] = set()
    for domain in domains:
        at = lowered.find("." + domain)
        while at != -1:
            candidates.add(at)
            at = lowered.find("." + domain, at + 1)

    def tails() -> Iterator[tuple[int, int]]:
        resume = 0
        for start in sorted(candidates):
            if start < resume:
                continue
            for domain in domains:
                end = start + 1 + len(domain)
                if not lowered.startswith(domain, start + 1):
                    continue
                if end < length:
                    after = text[end]
                    if after == "-" or after == "_" or after.isalnum() or (
                            after == "." and end + 1 < length and (text[end + 1] == "_" or text[end + 1].isalnum())):
                        continue
                resume = end
                yield start, end
                break

    def host(start: int, end: int) -> re.Match | None:
        for domain in domains:
            split = end - len(domain)
            if split > start and lowered.startswith(domain, split) and _LABELS_THEN_DOT.fullmatch(text, start, split):
                return _WHOLE_SPAN.fullmatch(text, start, end)
        return None

    return _hosts_before_tails(text, tails(), host)


def _after_share_slashes(text: str, start: int) -> bool:
    """Whether text[start] follows `//` opening a token: `//server/share` (CIFS and NFS mounts, fstab, a scheme-less
    URL) names a server, where `/usr/share//doc` does not."""
    return text[max(0, start - 2):start] == "//" and (start == 2 or (start > 2 and text[start - 3] in " \t\n\"'=(,"))


def hosts_ending_with(text: str, tail: re.Pattern, host: re.Pattern) -> Iterator[re.Match]:
    """Whole-host matches of `host` ending where `tail` matched, walking back over host characters.

    Finding the rare tail (".internal", "acme.com") first and then the start
    of the host is far cheaper than trying a host pattern at every letter.
    """
    return _hosts_before_tails(text, (found.span() for found in tail.finditer(text)),
                               lambda start, end: host.fullmatch(text, start, end))


def _hosts_before_tails(text: str, tails: Iterable[tuple[int, int]],
                        host: Callable[[int, int], re.Match | None]) -> Iterator[re.Match]:
    """hosts_ending_with's walk: each tail's host start found backwards, `host(start, end)` the whole-host check."""
    last_end = -1
    for tail_start, tail_end in tails:
        if tail_start < last_end:
            continue
        start = tail_start
        while start > 0 and text[start - 1] in _HOST_CHAR_SET and tail_end - start < 253:
            start -= 1
        while start < tail_start and text[start] in ".-":
            start += 1
        if start > 0 and text[start - 1] in "@/_" and text[max(0, start - 3):start] != "://" \
                and not _after_share_slashes(text, start):
            continue  # part of an e-mail address, a path or an identifier (a URL's host is a host)
        match = host(start, tail_end)
        if match is not None:
            last_end = match.end()
            yield match


def _is_environment_host(token: str) -> bool:
    """Does a token containing an environment word name a host (not a package or file)?"""
    if not token or len(token) > 253 or ("." not in token and "-" not in token):
        return False  # 253: the longest DNS name
    if re.search(r"[a-z][A-Z]", token) or ".." in token or re.search(r"[0-9a-f]{16}", token):
        return False  # camelCase identifiers, empty labels, commit hashes
    labels = token.lower().split(".")
    if len(labels) > 1:
        last = labels[-1]
        if last in _FILE_EXTENSIONS or not last.isalpha():
            return False
        env_label = next((i for i, label in enumerate(labels) if label in _ENVIRONMENTS), None)
        # db1.prod.example.com, api.staging.acme.io
        if env_label is not None and env_label < len(labels) - 1 and (
            last in _TLDS or len(labels) - env_label >= 3
        ):
            return True
    first_parts = labels[0].split("-")
    if len(first_parts) < 2:
        return False
    env_positions = [i for i, part in enumerate(first_parts) if part in _ENVIRONMENTS]
    if not env_positions:
        return False
    env_set = set(env_positions)
    others = [part for i, part in enumerate(first_parts) if i not in env_set]
    has_role = any(part in _ROLES or part.rstrip("0123456789") in _ROLES for part in others)
    has_digits = any(any(ch.isdigit() for ch in part) for part in others)
    has_domain = len(labels) >= 3 or (len(labels) == 2 and labels[-1] in _TLDS)
    env_at_edge = env_positions[0] == 0 or env_positions[-1] == len(first_parts) - 1
    if has_domain and env_at_edge:
        return True
    # prod-db-01, stg-api, api-staging, db-prod-2; not webpack-dev-server.
    return (env_at_edge and has_role) or has_digits


def k8s_secret_value_ranges(text: str) -> list[tuple[int, int]]:
    """[start, end) of every value under `data:`/`stringData:` in Kubernetes Secret manifests (YAML or JSON)."""
    ranges: list[tuple[int, int]] = []
    if _K8S_SECRET_YAML.search(text):
        for doc_start, doc_end in _yaml_documents(text):
            if _K8S_SECRET_YAML.search(text, doc_start, doc_end):
                ranges.extend(_yaml_data_values(text, doc_start, doc_end))
    if _K8S_SECRET_JSON.search(text):
        ranges.extend(_json_data_values(text))
    return ranges


def _yaml_documents(text: str) -> list[tuple[int, int]]:
    bounds = [0]
    for separator in _YAML_DOC_SEPARATOR.finditer(text):
        bounds.append(separator.start())
    bounds.append(len(text))
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def _yaml_data_values(text: str, doc_start: int, doc_end: int) -> list[tuple[int, int]]:
    lines: list[tuple[int, str]] = []
    position = doc_start
    for line in text[doc_start:doc_end].splitlines(keepends=True):
        lines.append((position, line.rstrip("\r\n")))
        position += len(line)
    ranges: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        block = _YAML_DATA_BLOCK.match(lines[index][1])
        index += 1
        if block is None:
            continue
        base_indent = len(block.group("indent"))
        child_indent: int | None = None
        while index < len(lines):
            offset, line = lines[index]
            if not line.strip() or line.lstrip().startswith("#"):
                index += 1
                continue
            indent = len(line) - len(line.lstrip())
            if indent <= base_indent:
                break
            entry = _YAML_ENTRY.match(line)
            if child_indent is None:
                child_indent = indent
            if entry is None or indent != child_indent:
                index += 1
                continue
            value = entry.group("value")
            index += 1
            if value is None or value == "":
                continue
            if re.fullmatch(r"[|>][-+0-9]*\s*(?:#.*)?", value):
                # Block scalar: the value is every following more-indented line.
                first = last = None
                while index < len(lines):
                    b_offset, b_line = lines[index]
                    b_indent = len(b_line) - len(b_line.lstrip())
                    if b_line.strip() and b_indent <= child_indent:
                        break
                    if b_line.strip():
                        first = first if first is not None else b_offset + b_indent
                        last = b_offset + len(b_line.rstrip())
                    index += 1
                if first is not None:
                    ranges.append((first, last))
                continue
            value_start = offset + entry.start("value")
            ranges.extend(_scalar_range(value, value_start))
    return ranges


def _scalar_range(value: str, value_start: int) -> list[tuple[int, int]]:
    if "{{" in value:
        return []  # a Helm template expression, not a value
    if value[0] in "\"'" and len(value) >= 2:
        closing = value.find(value[0], 1)
        if closing > 1:
            return [(value_start + 1, value_start + closing)]
        return []
    comment = value.find(" #")
    if comment != -1:
        value = value[:comment].rstrip()
    return [(value_start, value_start + len(value))] if value else []


def _json_data_values(text: str) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for block in _JSON_DATA_BLOCK.finditer(text):
        close = text.find("}", block.end())
        close = len(text) if close == -1 else close
        for entry in _JSON_ENTRY_VALUE.finditer(text, block.end(), close):
            if entry.group("value"):
                ranges.append((entry.start("value"), entry.end("value")))
    return ranges
