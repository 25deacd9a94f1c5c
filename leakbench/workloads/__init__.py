"""Seeded, deterministic workload generators with exact span annotations.

`generate(name, seed, count, split)` yields the same samples on every run for a
given seed (each sample has its own `random.Random` derived from workload,
seed and index, so `limit` gives a prefix of the full workload).

The held-out split is by **template family**, not by sample: every workload
declares the families its builder produces (pii_prose: ticket / HR note /
email; secrets_config: file format; proprietary_code: language;
agent_transcripts: config file format; implicit_identity: which attributes
describe the person), and about one family in five is held out whole. A
detector tuned on dev has then never seen a held-out template, so it cannot
score well on held-out samples by having memorised one. Which families are
held out is decided by a salted hash of (workload, family): not by hand, and
not by the seed.
"""
from __future__ import annotations

import hashlib
import itertools
import random
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterator

from leakbench.openai_body import with_wire_segments
from leakbench.samples import AnnotatedSegment, Sample
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
    # Every template family the builder can produce, and how to read a sample's family from its meta.
    families: tuple[str, ...]
    family_of: Callable[[dict], str]


# About one template family in five is held out (at least one per workload).
HELDOUT_SHARE = 0.2
_FAMILY_SALT = b"leakbench-family-split-v1"
_IDENTITY_EXTRAS = ("gender", "office", "org", "joined", "relation")


def _attribute_family(meta: dict) -> str:
    return "+".join(sorted(meta["attributes"]))


WORKLOADS: dict[str, Workload] = {
    "pii_prose": Workload("pii_prose", pii_prose.DEFAULT_COUNT, pii_prose.build,
                          "support tickets, HR notes and emails with personal data",
                          ("ticket", "hr", "email"), lambda meta: meta["family"]),
    "secrets_config": Workload("secrets_config", secrets_config.DEFAULT_COUNT, secrets_config.build,
                               "credentials in config files, logs and code",
                               tuple(secrets_config.FORMATS), lambda meta: meta["format"]),
    "implicit_identity": Workload("implicit_identity", implicit_identity.DEFAULT_COUNT, implicit_identity.build,
                                  "people described only by quasi-identifiers",
                                  tuple("+".join(sorted(("role", *extras)))
                                        for size in range(len(_IDENTITY_EXTRAS) + 1)
                                        for extras in itertools.combinations(_IDENTITY_EXTRAS, size)),
                                  _attribute_family),
    "proprietary_code": Workload("proprietary_code", proprietary_code.DEFAULT_COUNT, proprietary_code.build,
                                 "code naming the organisation, projects, hosts and schemas",
                                 tuple(f"{family}-{language}" for family, languages in proprietary_code.LANGUAGES.items()
                                       for language in languages),
                                 lambda meta: f"{meta['family']}-{meta['language']}"),
    "agent_transcripts": Workload("agent_transcripts", agent_transcripts.DEFAULT_COUNT, agent_transcripts.build,
                                  "multi-turn coding-agent transcripts with tool calls and results",
                                  ("yaml", "env", "toml", "json", "ini"), lambda meta: meta["config_format"]),
}


@lru_cache(maxsize=None)
def heldout_families(name: str) -> frozenset[str]:
    """The template families of workload `name` whose samples are all held out."""
    families = WORKLOADS[name].families
    ranked = sorted(families, key=lambda family: hashlib.sha256(
        _FAMILY_SALT + f"{name}\0{family}".encode("utf-8")).digest())
    return frozenset(ranked[:max(1, round(len(families) * HELDOUT_SHARE))])


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
    heldout = heldout_families(name)
    while produced < limit and index < maximum:
        sample_id = f"{name}-{suite.seed}-{index:05d}"
        index += 1
        rng = random.Random(f"{sample_id}")
        segments, meta = workload.build(rng, suite)
        family = workload.family_of(meta)
        split_name = "heldout" if family in heldout else "dev"
        if wanted and split_name != wanted:
            continue
        _assign_default_paths(segments)
        meta["template_family"] = family
        yield with_wire_segments(Sample(id=sample_id, workload=name, segments=segments, split=split_name,
                                        subject=meta.pop("subject", None), meta=meta))
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
