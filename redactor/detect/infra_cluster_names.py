"""Kubernetes clusters named by the managed service's mark in their own name (round 31).

Teams name a cluster after the service that runs it and the estate it serves: `gke-orders-prod`,
`aks-payments-np1`, `shopco-eks-euw1`, `acme-k8s-ams3`. The service's mark (gke, aks, eks, doks, oke, k8s) as one
part of a dash-joined slug, with an environment part (`prod`, `dev`, `np`...) or a part that mixes letters and digits
(a pool or region code: `np1`, `ams3`, `euw1`), is the organisation's cluster: reported as INTERNAL_HOSTNAME
(doubtful, 0.55) wherever it stands (kubectl's context tables, `doctl kubernetes cluster list`, prose).

Left alone: the vendors' and the community's tools and components (`gke-gcloud-auth-plugin`, `aks-engine`,
`eks-node-role`, `kube-proxy`: no environment part and no coded part), versions (`eks-1-29`: numbers alone), two
parts (`aks-preview`), and a slug inside a path, an identifier, a dotted name or a URL.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.keywords import keyword_positions, needs_marks
from redactor.detect.rule_files import term_list

CLUSTER_NAME_SCORE = 0.55
_MARKS = ("gke", "aks", "eks", "doks", "oke", "k8s")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,6}")
_NOT_BEFORE = set("./@:_\\$%#&=+-")
_NOT_AFTER = re.compile(r"[\w/@-]|\.\w|:\w|\(")
_CODED_PART = re.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{2,6}")
_ENVIRONMENT_PARTS = ("np", "nonprod", "prd", "prod", "dev", "stg", "stage", "staging", "qa", "uat", "test", "tst",
                      "sandbox", "sbx", "preprod", "live", "dr")


@needs_marks(_MARKS)
def find_cluster_names(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each cluster name carrying a managed Kubernetes service's mark in `text`."""
    environments = frozenset(_ENVIRONMENT_PARTS) | term_list("host_environments")
    last_end = -1
    for position in keyword_positions(text, _MARKS):
        if position < last_end:
            continue
        start = position
        while start > 0 and (text[start - 1].isalnum() and text[start - 1].isascii() or text[start - 1] == "-"):
            start -= 1
        while start < position and text[start] == "-":
            start += 1
        if start and (text[start - 1] in _NOT_BEFORE or text[start - 1].isalnum()):
            continue
        match = _SLUG.match(text, start)
        if not match or match.end() <= position or _NOT_AFTER.match(text, match.end()):
            continue
        parts = match.group(0).split("-")
        if not any(part in _MARKS for part in parts):
            continue  # the mark inside a word (`breaks`, `jokes`)
        others = [part for part in parts if part not in _MARKS]
        if any(part in environments or _CODED_PART.fullmatch(part) for part in others):
            last_end = match.end()
            yield match.span()
