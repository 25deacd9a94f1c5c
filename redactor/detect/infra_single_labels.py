"""Machines and estates named by one label, where the line's syntax says a machine or an estate stands (round 25).

A name without a domain (`grafton`, `tarnwick-rr`) reads as an ordinary word or slug anywhere else; these places
hold nothing but the organisation's own machines and estates, so the place decides, not the name's shape:
- a DNS zone file's record line (`grafton  3600 IN A 10.20.1.14`, `mossbank IN CNAME grafton`): the record's owner
  name and a one-label CNAME or MX target are machines of the zone (`@`, `*` and `$ORIGIN` lines stay);
- an Ansible INI inventory's group members (`[webservers]` then `harrowgate ansible_host=10.0.0.5`): the first
  word of each line under a group header, in a text that shows it is an inventory (an `ansible_` variable, a
  `:children` or `:vars` group, or a group named for machines); `key = value` lines of other INI files stay;
- the namespace of a kubectl or helm command (`kubectl -n paysafe-ledger get pods`, `--namespace=orders`), of a
  manifest or `kubectl describe` (`namespace: payments-ledger`, `Namespace:  orders`), and the cluster context
  (`kubectl config use-context harbrook-prod-aks`, `--context=...`): the organisation's estate, unless a name every
  cluster has (`kube-system`, `default`) or one ordinary word (`payments`: infra_names_in_prose's slug test);
- an Azure resource group named by Microsoft's naming convention (`rg-fenwick-prod-weu`), anywhere: the `rg-`
  prefix and at least one more part say what it is.
Findings are (start, end, kind, score); infra.py makes them spans.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.infra_names_in_prose import _is_software as is_software, reads_as_estate_slug
from redactor.detect.rule_files import term_list
from redactor.detect.keywords import contains_any, needs_marks

ZONE_RECORD_SCORE = 0.75
INVENTORY_MEMBER_SCORE = 0.75
NAMESPACE_SCORE = 0.7
RESOURCE_GROUP_SCORE = 0.7

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
# [owner] [ttl] IN [ttl] type [target]: the class makes a zone line, not a sentence ("grafton A record"). The owner
# may be `@` (the zone's own name), `*` or left blank (the line before's).
_ZONE_RECORD = re.compile(
    rf"(?m)^(?:(?P<owner>{_LABEL})|@|\*)?[ \t]+(?:\d+[ \t]+)?(?:IN[ \t]+)(?:\d+[ \t]+)?"
    rf"(?P<type>A|AAAA|CNAME|MX|TXT|SRV|PTR|NS|HINFO)(?![\w-])(?:[ \t]+(?:\d+[ \t]+)?(?P<target>{_LABEL}\.?)(?=[ \t;]|$))?"
)
# A target that is a machine: one label (a relative name) read only after CNAME, MX, NS and PTR.
_TARGET_TYPES = frozenset({"CNAME", "MX", "NS", "PTR"})

_INI_GROUP = re.compile(r"(?m)^\[(?P<group>[A-Za-z0-9_.-]+)(?P<suffix>:children|:vars)?\][ \t]*$")
_INVENTORY_MEMBER = re.compile(rf"(?P<host>{_LABEL}(?:\.{_LABEL})*)(?=[ \t]+\w+=|[ \t]*(?:#.*)?$)")
# Group names that say machines are listed (`[webservers]`, `[db_hosts]`, `[k8s_nodes]`).
_MACHINE_GROUP = re.compile(r"(?i)(?:servers?|hosts?|nodes?|machines?|workers?|masters?|vms?)$")

_NAMESPACE_FLAG = re.compile(
    r"(?:kubectl|helm|k9s|oc)\b[^\n|;&]*?[ \t](?:-n|--namespace)(?:[ \t]+|=)[\"']?(?P<name>[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)"
    r"(?![\w.$/-])"
)
# Namespaces every cluster or common chart has: they name nobody's estate.
PUBLIC_NAMESPACES = frozenset("default kube-system kube-public kube-node-lease ingress-nginx cert-manager argocd "
                               "argo-cd monitoring logging gatekeeper-system istio-system calico-system "
                               "tigera-operator local-path-storage kubernetes-dashboard flux-system velero "
                               "external-dns metallb-system linkerd keda prometheus grafana elastic-system "
                               "olm openshift openshift-monitoring openshift-ingress my-namespace namespace".split())
_NAMESPACE_KEY = re.compile(
    r"(?im)^[ \t-]*namespace:[ \t]*[\"']?(?P<name>[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)[\"']?[ \t]*(?:#.*)?$"
)
_KUBE_CONTEXT = re.compile(
    r"(?:use-context|--context)(?:[ \t]+|=)[\"']?(?P<name>[A-Za-z0-9](?:[A-Za-z0-9_.@-]{0,80}[A-Za-z0-9])?)[\"']?"
    r"(?![\w.:/$-])"
)
_RESOURCE_GROUP = re.compile(r"(?<![\w./$-])(?P<name>rg-[a-z0-9]+(?:-[a-z0-9]+)+)(?![\w/$-]|\.\w)", re.IGNORECASE)
# Contexts local tools create under their own names.
_PLACEHOLDER_CONTEXTS = frozenset("minikube docker-desktop kind-kind default my-context context k3d-k3s-default "
                                  "rancher-desktop microk8s orbstack".split())
_PLACEHOLDER_PARTS = frozenset("example name myapp my your xxx foo demo sample".split())

# The literals each part of find_single_label_machines is tried behind (its gate is any of them).
_ZONE_RECORD_LITERALS = ("IN ",)
_NAMESPACE_FLAG_LITERALS = ("-n ", "-n=", "--namespace")
_NAMESPACE_KEY_LITERALS = ("amespace:", "AMESPACE:")
_KUBE_CONTEXT_LITERALS = ("-context",)
_RESOURCE_GROUP_LITERALS = ("rg-", "RG-")


# (each part runs behind a test for its literals: an `[` with a line break for an inventory's members)
@needs_marks(_ZONE_RECORD_LITERALS, "[", _NAMESPACE_FLAG_LITERALS, _NAMESPACE_KEY_LITERALS, _KUBE_CONTEXT_LITERALS,
             _RESOURCE_GROUP_LITERALS)
def find_single_label_machines(text: str) -> Iterator[tuple[int, int, str, float]]:
    """(start, end, kind, score) of the machines and estates the module docstring lists, in no particular order."""
    if contains_any(text, _ZONE_RECORD_LITERALS):
        yield from _zone_record_names(text)
    if "[" in text and "\n" in text:
        yield from _inventory_members(text)
    if contains_any(text, _NAMESPACE_FLAG_LITERALS):
        for match in _NAMESPACE_FLAG.finditer(text):
            if _names_an_estate(match.group("name")):
                yield match.start("name"), match.end("name"), "CLOUD_ACCOUNT_ID", NAMESPACE_SCORE
            elif _ordinary_namespace(match.group("name")):
                # Round 32: the flag's slot holds a namespace whatever the words (`kubectl -n billing`); doubtful,
                # since the name spreads to its other mentions.
                yield match.start("name"), match.end("name"), "CLOUD_ACCOUNT_ID", DOUBTFUL_SCORE
    if contains_any(text, _NAMESPACE_KEY_LITERALS):
        for match in _NAMESPACE_KEY.finditer(text):
            if _names_an_estate(match.group("name")):
                yield match.start("name"), match.end("name"), "CLOUD_ACCOUNT_ID", NAMESPACE_SCORE
    if contains_any(text, _KUBE_CONTEXT_LITERALS):
        for match in _KUBE_CONTEXT.finditer(text):
            if _names_an_estate(match.group("name")):
                yield match.start("name"), match.end("name"), "CLOUD_ACCOUNT_ID", NAMESPACE_SCORE
    if contains_any(text, _RESOURCE_GROUP_LITERALS):
        for match in _RESOURCE_GROUP.finditer(text):
            parts = match.group("name").lower().split("-")[1:]
            if not any(part in _PLACEHOLDER_PARTS for part in parts):
                yield match.start("name"), match.end("name"), "CLOUD_ACCOUNT_ID", RESOURCE_GROUP_SCORE


def _names_an_estate(name: str) -> bool:
    # One ordinary word (`payments`, `monitoring`) names a team's part of any cluster: the prose rule's slug test.
    lowered = name.lower()
    return lowered not in PUBLIC_NAMESPACES and lowered not in _PLACEHOLDER_CONTEXTS and reads_as_estate_slug(lowered)


def _ordinary_namespace(name: str) -> bool:
    """A namespace of ordinary words in a namespace's own slot (`billing`, `billing-data`): not one every cluster or
    chart has, no software's (`redis`), no environment or placeholder word alone, four letters or more."""
    lowered = name.lower()
    if len(lowered) < 4 or lowered in PUBLIC_NAMESPACES or lowered in _PLACEHOLDER_CONTEXTS or is_software(lowered):
        return False
    parts = lowered.split("-")
    return not all(part in _GENERIC_NAMESPACE_WORDS or part in term_list("host_environments") for part in parts)


_GENERIC_NAMESPACE_WORDS = frozenset("app apps web api demo test tests example sample my your name namespace "
                                     "service services backend frontend system tools".split())


def _zone_record_names(text: str) -> Iterator[tuple[int, int, str, float]]:
    for record in _ZONE_RECORD.finditer(text):
        if record.group("owner"):  # `@` is the zone's own name; a blank owner repeats the line before's
            yield record.start("owner"), record.end("owner"), "INTERNAL_HOSTNAME", ZONE_RECORD_SCORE
        target = record.group("target")
        if target and record.group("type") in _TARGET_TYPES and not target.rstrip(".").isdigit():
            end = record.end("target") - target.endswith(".")
            yield record.start("target"), end, "INTERNAL_HOSTNAME", ZONE_RECORD_SCORE


def _is_address(name: str) -> bool:
    return all(character.isdigit() or character == "." for character in name)


def _inventory_members(text: str) -> Iterator[tuple[int, int, str, float]]:
    groups = list(_INI_GROUP.finditer(text))
    if not groups:
        return
    inventory = ("ansible_" in text or any(group.group("suffix") for group in groups)
                 or any(_MACHINE_GROUP.search(group.group("group")) for group in groups))
    if not inventory:
        return
    for group in groups:
        if group.group("suffix") is not None:
            continue  # `:children` lists groups, `:vars` variables
        position = group.end() + 1
        while position < len(text):
            line_end = text.find("\n", position)
            line_end = len(text) if line_end == -1 else line_end
            line = text[position:line_end]
            if line.startswith("["):
                break
            member = _INVENTORY_MEMBER.match(line)
            if member is not None and not _is_address(member.group("host")):
                yield position + member.start("host"), position + member.end("host"), "INTERNAL_HOSTNAME", \
                    INVENTORY_MEMBER_SCORE
            position = line_end + 1
