"""Seeded, deterministic workload generators with exact span annotations.

`generate(name, seed, count, split)` yields the same samples on every run for a
given seed (each sample has its own `random.Random` derived from workload,
seed and index, so `limit` gives a prefix of the full workload).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, replace
from typing import Callable, Iterator

from leakbench.samples import AnnotatedSegment, Sample, split_of
from leakbench.workloads import (
    agent_transcripts,
    implicit_identity,
    pii_prose,
    proprietary_code,
    secrets_config,
)
from leakbench.workloads.suite import Suite


@dataclass(frozen=True)
class Workload:
    name: str
    default_count: int
    build: Callable[[random.Random, Suite], tuple[list[AnnotatedSegment], dict]]
    description: str


WORKLOADS: dict[str, Workload] = {
    "pii_prose": Workload("pii_prose", pii_prose.DEFAULT_COUNT, pii_prose.build,
                          "support tickets, HR notes and emails with personal data"),
    "secrets_config": Workload("secrets_config", secrets_config.DEFAULT_COUNT, secrets_config.build,
                               "credentials in config files, logs and code"),
    "implicit_identity": Workload("implicit_identity", implicit_identity.DEFAULT_COUNT, implicit_identity.build,
                                  "people described only by quasi-identifiers"),
    "proprietary_code": Workload("proprietary_code", proprietary_code.DEFAULT_COUNT, proprietary_code.build,
                                 "code naming the organisation, projects, hosts and schemas"),
    "agent_transcripts": Workload("agent_transcripts", agent_transcripts.DEFAULT_COUNT, agent_transcripts.build,
                                  "multi-turn coding-agent transcripts with tool calls and results"),
}


def workload_names() -> list[str]:
    return list(WORKLOADS)


def generate(name: str, suite: Suite, count: int | None = None, split: str | None = None) -> Iterator[Sample]:
    """Samples of one workload; `count` limits how many are yielded after split filtering.

    Without `count`, the workload's default size is generated and then filtered
    by split, so "dev" plus "heldout" is exactly the default suite.
    """
    try:
        workload = WORKLOADS[name]
    except KeyError:
        raise ValueError(f"unknown workload '{name}' (known: {', '.join(WORKLOADS)})") from None
    wanted = None if split in (None, "all") else split
    produced = 0
    index = 0
    limit = workload.default_count if count is None else count
    # With a count, keep going past the default size until enough samples of the split exist.
    maximum = workload.default_count if count is None else max(limit * 10, workload.default_count)
    while produced < limit and index < maximum:
        sample_id = f"{name}-{suite.seed}-{index:05d}"
        index += 1
        split_name = split_of(sample_id)
        if wanted and split_name != wanted:
            continue
        rng = random.Random(f"{sample_id}")
        segments, meta = workload.build(rng, suite)
        _assign_default_paths(segments)
        yield Sample(id=sample_id, workload=name, segments=segments, split=split_name,
                     subject=meta.pop("subject", None), meta=meta)
        produced += 1


def _assign_default_paths(segments: list[AnnotatedSegment]) -> None:
    # Single-message samples become one user message; several segments become
    # content parts of that message (an OpenAI chat body, for --via-proxy).
    if all(item.segment.path for item in segments):
        return
    if len(segments) == 1:
        paths = [("messages", 0, "content")]
    else:
        paths = [("messages", 0, "content", index, "text") for index in range(len(segments))]
    for item, path in zip(segments, paths):
        item.segment = replace(item.segment, path=path)
