"""Clusters, streams, hosts and subscriptions named by the commands and files of the tools that run them (round 27).

The tool fixes what its argument or key holds, so the value is the organisation's whatever it looks like:
- Kubernetes clusters (HOSTNAME): kubeconfig's `cluster:` and `current-context:`, kubectl's `--context` and
  `--cluster`, `kubectl config use-context X`, `kubectx X`, and the managed services' commands
  (`aws eks update-kubeconfig --name X`, `az aks get-credentials -n X`, `gcloud container clusters
  get-credentials X`);
- streams (QUEUE): `aws kinesis ... --stream-name X`, `aws firehose ... --delivery-stream-name X`, the NATS CLI
  (`nats stream info X`, `nats consumer info STREAM CONSUMER`) and client (`nats.BindStream("X")`,
  `js.StreamInfo("X")`, `nats.Durable("x")`);
- a YAML block whose key is a plural kind (`topics:`, `queues:`, `streams:`, `databases:`, `buckets:`): each
  child's value or list item that is joined or numbered (`kht.readings.v2`, not an agenda's `budget`) is one of
  those (QUEUE, DB, BUCKET);
- Ansible's host pattern (HOSTNAME for each part): `ansible 'web1:db1' -m ping`, `ansible-playbook -l x:y`;
- a self-hosted CI runner's own labels (HOSTNAME): GitHub Actions' `runs-on: [self-hosted, build-eu-3]` (not the
  platform labels `linux`, `x64`, `gpu`);
- a DNS record's address slot (IP_ADDRESS): `db01 IN A 10.20.4.7` and dig's answers hold an address there even
  when it is mistyped (`10.300.4.11`), which no address pattern accepts (valid ones are the PII detector's);
- an Azure subscription by name (CLOUD_ACCOUNT_ID): `az account set --subscription X`, and the `"name"` of an
  `az account list` / `az account show` object (beside its `"tenantId"` and `"isDefault"`).
Variables, placeholders, the software's own names (`all`, `localhost`, `default`) and paths stay. Sure (0.8).
"""
from __future__ import annotations

import ipaddress
import re
from typing import Iterator

from redactor.detect.keywords import BEYOND_ASCII, keyword_positions, lowered_same_length, needs_cues, needs_marks

TOOL_NAME_SCORE = 0.8
_HOST, _QUEUE, _DB, _BUCKET, _ACCOUNT = "INTERNAL_HOSTNAME", "QUEUE", "DB", "BUCKET", "CLOUD_ACCOUNT_ID"

_VALUE = r"[\"']?(?P<name>[A-Za-z0-9][\w.:@/-]{0,99}?)[\"']?(?=[\s,;)\]}]|$)"
_NOT_NAMES = frozenset("all localhost default none null true false ungrouped kubernetes minikube kind docker-desktop "
                       "docker-for-desktop in-cluster current".split())
_PLACEHOLDER = re.compile(r"\$|\{|<|^(?:my|your|example)[-_]|^x+$", re.IGNORECASE)

# (literal that starts the command, the command's pattern up to the flag or positional value, kind)
_COMMANDS = (
    ("kubectl", re.compile(r"kubectl\b[^\n|;&]*?[ \t]--(?:context|cluster)(?:=|[ \t]+)" + _VALUE), _HOST),
    ("kubectl", re.compile(r"kubectl[ \t]+config[ \t]+(?:use-context|set-context|delete-context|rename-context"
                           r"|delete-cluster|set-cluster)[ \t]+" + _VALUE), _HOST),
    ("kubectx", re.compile(r"kubectx[ \t]+" + _VALUE), _HOST),
    ("aws eks", re.compile(r"aws[ \t]+eks[ \t]+[a-z-]+\b[^\n|;&]*?[ \t]--(?:name|cluster-name)(?:=|[ \t]+)" + _VALUE),
     _HOST),
    ("az aks", re.compile(r"az[ \t]+aks[ \t]+[a-z-]+\b[^\n|;&]*?[ \t](?:--name|-n)(?:=|[ \t]+)" + _VALUE), _HOST),
    ("gcloud container clusters", re.compile(
        r"gcloud[ \t]+container[ \t]+clusters[ \t]+(?:get-credentials|describe|delete|resize|update|upgrade)[ \t]+"
        + _VALUE), _HOST),
    ("aws kinesis", re.compile(r"aws[ \t]+kinesis\b[^\n|;&]*?[ \t]--stream-name(?:=|[ \t]+)" + _VALUE), _QUEUE),
    ("aws firehose", re.compile(r"aws[ \t]+firehose\b[^\n|;&]*?[ \t]--delivery-stream-name(?:=|[ \t]+)" + _VALUE),
     _QUEUE),
    ("az account", re.compile(r"az[ \t]+account[ \t]+set\b[^\n|;&]*?[ \t](?:--subscription|-s)(?:=|[ \t]+)"
                              r"(?:\"(?P<quoted>[^\"\n]{2,64})\"|'(?P<single>[^'\n]{2,64})'|(?P<name>[A-Za-z0-9][\w.-]{1,63}))"),
     _ACCOUNT),
)
_NATS_CLI = re.compile(r"nats[ \t]+(?:stream|str|consumer|con|kv|object|obj)[ \t]+(?:info|add|rm|edit|ls|report|view"
                       r"|purge|get|put|next|sub|backup|restore|copy|cp|state|cluster)[ \t]+(?P<name>[A-Za-z0-9][\w.-]*)"
                       r"(?:[ \t]+(?P<second>[A-Za-z0-9][\w.-]*))?")
_NATS_CLIENT_CALLS = ("BindStream(", "StreamInfo(", "DeleteStream(", "PurgeStream(", "ConsumerInfo(", "AddConsumer(",
                      "UpdateConsumer(", "DeleteConsumer(", "Durable(", "stream_info(", "delete_stream(",
                      "purge_stream(")
_NATS_CLIENT = re.compile(r"[A-Za-z_]+\([ \t]*[\"'](?P<name>[A-Za-z0-9][\w.-]*)[\"']"
                          r"(?:[ \t]*,[ \t]*[\"'](?P<second>[A-Za-z0-9][\w.-]*)[\"'])?")
_KUBECONFIG_KEY = re.compile(r"^[ \t]*(?:-[ \t]+)?(?:cluster|current-context):[ \t]+" + _VALUE, re.MULTILINE)
_KIND_BLOCK = re.compile(r"^(?P<indent>[ \t]*)(?:-[ \t]+)?(?P<key>topics|queues|streams|databases|buckets|exchanges"
                         r"|subscriptions)[ \t]*:[ \t]*(?:#[^\n]*)?$", re.MULTILINE | re.IGNORECASE)
_BLOCK_KINDS = {"topics": _QUEUE, "queues": _QUEUE, "streams": _QUEUE, "exchanges": _QUEUE, "subscriptions": _QUEUE,
                "databases": _DB, "buckets": _BUCKET}
_BLOCK_ITEM = re.compile(r"(?P<indent>[ \t]*)(?:-[ \t]+|[\w.-]+[ \t]*:[ \t]+)[\"']?(?P<name>[A-Za-z0-9][\w.-]{1,99})"
                         r"[\"']?[ \t]*(?:#[^\n]*)?$")
_ANSIBLE = re.compile(r"ansible(?:-playbook)?\b[^\n|;&]*?(?:[ \t]--limit(?:=|[ \t]+)|[ \t]-l[ \t]*)"
                      r"[\"']?(?P<pattern>[^\s\"']+)|ansible[ \t]+(?:-i[ \t]+\S+[ \t]+)?[\"']?(?P<first>[^\s\"'-][^\s\"']*)[\"']?"
                      r"(?=[ \t]+(?:-[maiubkK]\b|--(?:become|list-hosts|module-name|args|inventory)\b))")
_RUNS_ON = re.compile(r"runs-on:[ \t]*\[(?P<labels>[^\]\n]*\bself-hosted\b[^\]\n]*)\]")
_RUNNER_PLATFORM_LABELS = frozenset("self-hosted linux windows macos x64 x86 arm arm64 amd64 gpu docker large small "
                                   "medium xlarge".split())
_ADDRESS_RECORD = re.compile(r"\bIN[ \t]+A{1,4}[ \t]+(?P<address>[0-9A-Fa-f:.]*\d[0-9A-Fa-f:.]*)(?=[ \t]*(?:;|$))",
                             re.MULTILINE)
_AZ_ACCOUNT_NAME = re.compile(r"\"name\"[ \t]*:[ \t]*\"(?P<name>[^\"\n]{2,64})\"")
# What each of the rules below is read at: the commands' first words and the block keys (lower-cased: the block keys'
# pattern is case-blind, so on text other than ASCII it may match where lower() gives no key), and literals as written.
_COMMAND_LITERALS = tuple(dict.fromkeys(literal for literal, _, _ in _COMMANDS))
_BLOCK_KEYS = tuple(_BLOCK_KINDS)
_ANSIBLE_CUES = ("ansible",)
_NATS_CLI_CUES = ("nats",)
_KUBECONFIG_CUES = ("contexts:", "current-context")
_ADDRESS_RECORD_CUES = ("IN ", "IN\t")
_RUNS_ON_CUES = ("runs-on:",)
_AZ_ACCOUNT_CUES = ("\"tenantId\"",)


@needs_cues(_COMMAND_LITERALS, _BLOCK_KEYS, _ANSIBLE_CUES)
@needs_marks(BEYOND_ASCII, _NATS_CLI_CUES, _NATS_CLIENT_CALLS, _KUBECONFIG_CUES, _ADDRESS_RECORD_CUES, _RUNS_ON_CUES,
             _AZ_ACCOUNT_CUES)  # (every rule is read behind one of these)
def find_names_in_tool_commands(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of each cluster, stream, host or subscription named by its tool's command or file."""
    lowered = lowered_same_length(text)
    for literal, pattern, kind in _COMMANDS:
        for position in keyword_positions(lowered, (literal,)):
            match = pattern.match(text, position)
            if match is None:
                continue
            group = next((group for group in ("quoted", "single") if group in pattern.groupindex and match.group(group)),
                         "name")
            if _reads_as_name(match.group(group)):
                yield match.start(group), match.end(group), kind
    for position in keyword_positions(text, _NATS_CLI_CUES):
        match = _NATS_CLI.match(text, position)
        yield from _named_pair(match, _QUEUE)
    for position in keyword_positions(text, _NATS_CLIENT_CALLS):
        if position and (text[position - 1].isalnum() or text[position - 1] == "_"):
            continue  # (a longer name ending in one of these: `myStreamInfo(`)
        yield from _named_pair(_NATS_CLIENT.match(text, position), _QUEUE)
    if "contexts:" in text or "current-context" in text:
        for match in _KUBECONFIG_KEY.finditer(text):
            if _reads_as_name(match.group("name")):
                yield match.start("name"), match.end("name"), _HOST
    if ":" in text:
        yield from _kind_block_items(text)
    for position in keyword_positions(lowered, _ANSIBLE_CUES):
        if position and (text[position - 1].isalnum() or text[position - 1] in "_-/."):
            continue
        match = _ANSIBLE.match(text, position)
        if match:
            group = "pattern" if match.group("pattern") else "first"
            yield from _pattern_hosts(match.group(group), match.start(group))
    for position in keyword_positions(text, _ADDRESS_RECORD_CUES):
        match = _ADDRESS_RECORD.match(text, position)
        if match and not _valid_address(match.group("address").rstrip(".")):
            yield match.start("address"), match.end("address"), "IP_ADDRESS"
    for position in keyword_positions(text, _RUNS_ON_CUES):
        match = _RUNS_ON.match(text, position)
        if match is None:
            continue
        for label in re.finditer(r"[^\s,\"']+", match.group("labels")):
            name = label.group(0)
            if name.lower() not in _RUNNER_PLATFORM_LABELS and _reads_as_name(name):
                yield match.start("labels") + label.start(), match.start("labels") + label.end(), _HOST
    if "\"tenantId\"" in text and "\"isDefault\"" in text:
        for match in _AZ_ACCOUNT_NAME.finditer(text):
            window = text[max(0, match.start() - 400):match.end() + 400]
            if "\"tenantId\"" in window and "\"isDefault\"" in window and _reads_as_name(match.group("name")):
                yield match.start("name"), match.end("name"), _ACCOUNT


def _named_pair(match: re.Match[str] | None, kind: str) -> Iterator[tuple[int, int, str]]:
    if match is None:
        return
    for group in ("name", "second"):
        if match.group(group) and _reads_as_name(match.group(group)):
            yield match.start(group), match.end(group), kind


def _kind_block_items(text: str) -> Iterator[tuple[int, int, str]]:
    for block in _KIND_BLOCK.finditer(text):
        kind = _block_kind(block.group("key"))
        base = len(block.group("indent").expandtabs())
        position = block.end() + 1
        child_indent = None
        while position < len(text):
            line_end = text.find("\n", position)
            line_end = len(text) if line_end == -1 else line_end
            line = text[position:line_end]
            if line.strip():
                indent = len(line) - len(line.lstrip(" \t"))
                if indent <= base and not line.lstrip().startswith("- ") or indent < base:
                    break
                child_indent = indent if child_indent is None else child_indent
                item = _BLOCK_ITEM.fullmatch(line) if indent == child_indent else None
                # (joined or numbered: a meeting's `topics:` lists words, `budget`, not `kht.readings.v2`)
                if item and _reads_as_name(item.group("name")) and re.search(r"[-_.\d]", item.group("name")):
                    yield position + item.start("name"), position + item.end("name"), kind
            position = line_end + 1


def _block_kind(key: str) -> str:
    """The kind a block key names. The key pattern is case-blind: `re` also reads letters lower() leaves as they are
    (`ſtreams`, a long s; `ı`) as the key's letters, so such a key is looked up the way `re` matched it."""
    kind = _BLOCK_KINDS.get(key.lower())
    if kind is None:
        kind = next(kind for word, kind in _BLOCK_KINDS.items() if re.fullmatch(word, key, re.IGNORECASE))
    return kind


def _valid_address(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def _pattern_hosts(pattern: str, start: int) -> Iterator[tuple[int, int, str]]:
    """Each host or group of an Ansible pattern (`web1:db1:&prod:!old`), not wildcards or `all`."""
    for part in re.finditer(r"[^:,]+", pattern):
        name = part.group(0).lstrip("!&")
        offset = part.start() + len(part.group(0)) - len(name)
        if "*" in name or "[" in name or "~" in name or not _reads_as_name(name):
            continue
        yield start + offset, start + offset + len(name), _HOST


def _reads_as_name(name: str) -> bool:
    lowered = name.lower()
    if lowered in _NOT_NAMES or _PLACEHOLDER.search(name) or not any(character.isalpha() for character in name):
        return False
    return "/" not in name and not lowered.endswith((".yml", ".yaml", ".ini", ".cfg", ".json"))
