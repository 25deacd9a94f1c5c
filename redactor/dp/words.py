"""Word-level DP: replace rare non-technical prose words within groups of close words.

Mechanism (CusText-style, Chen et al. 2023): the noise vocabulary (lower-case
alphabetic words of frequency rank [min_rank, max_rank), minus technical words)
is partitioned once, data-independently, into groups of `group_size` words that
are close in the embedding space (greedy: the most frequent unassigned word and
its nearest unassigned neighbours). A word w of group G is replaced by y in G
with probability proportional to exp(epsilon * u(w, y) / 2), where
u(w, y) = (cos(w, y) - c_G) / (1 - c_G) lies in [0, 1] (c_G: the smallest
cosine inside G, fixed in advance). Guarantee: for any two words w, w' of the
same group and any output y, P[y | w] <= exp(epsilon) P[y | w'] (epsilon-DP,
and epsilon-bounded-range, so rho = epsilon^2/8 zCDP). Words of different groups
are NOT indistinguishable from each other, and words outside the noise
vocabulary are not noised at all (docs/privacy.md).
"""
from __future__ import annotations

import functools
import math
import random
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

from redactor.detect.code_awareness import looks_like_code_token
from redactor.dp.mechanisms import exponential_choice, exponential_probabilities
from redactor.dp.word_vectors import WordVectors

# Words whose vector is this close (cosine) to the centroid of the technical seed
# words are treated as technical and never noised nor used as replacements.
TECHNICAL_SIMILARITY = 0.5
_TECHNICAL_SEED = (
    "software computer server database programming code compiler kernel network protocol linux python java "
    "javascript api cache cluster debug deploy configuration algorithm interface encryption browser download "
    "hardware processor memory bandwidth router firewall query script variable function module"
).split()
# Developer vocabulary the centroid test misses (checked against glove.6B ranks).
_TECHNICAL_WORDS = frozenset((
    "deploy deployed deploying deployment deployments latency throughput endpoint endpoints thread threads "
    "threading runtime compile compiled compiling debug debugging debugger refactor refactoring regex "
    "middleware backend frontend repository repositories commit commits merge merging branch branches "
    "rebase container containers cluster clusters replica replicas shard shards schema schemas queue "
    "queues timeout timeouts payload payloads token tokens hash hashes cache cached caching buffer buffers "
    "socket sockets packet packets proxy proxies kernel kernels daemon daemons stack heap pointer pointers "
    "array arrays integer integers string strings boolean null parse parser parsing syntax runtime "
    "binary binaries executable install installed installer upgrade patch patches bug bugs crash crashes "
    "crashed exception exceptions log logs logging metric metrics dashboard dashboards pipeline pipelines "
    "workflow workflows webhook webhooks cron migration migrations rollback rollout staging production "
    "localhost port ports subnet gateway gateways load balancer encryption decrypt encrypt cipher "
    "certificate certificates credential credentials password passwords username login logout admin "
    "query queries index indexes indices table tables column columns row rows field fields record records "
    "json yaml xml csv http https url urls cpu gpu ram disk disks latency server servers client clients "
    "request requests response responses bandwidth node nodes pod pods instance instances"
).split())

_WORD = re.compile(r"(?<![\w'’@#/\\.-])[a-z]{3,}(?![\w'’@/\\-]|\.\w)")


@dataclass(frozen=True)
class WordGroup:
    words: tuple[str, ...]
    # utilities[i][j]: utility of writing words[j] for words[i]; all in [0, 1].
    utilities: tuple[tuple[float, ...], ...]
    similarities: tuple[tuple[float, ...], ...]


@dataclass(frozen=True)
class WordReplacement:
    start: int
    end: int
    word: str


class WordPartition:
    """The noise vocabulary split into groups; samples a replacement for a word."""

    def __init__(self, groups: Sequence[WordGroup]) -> None:
        self.groups = list(groups)
        self._where: dict[str, tuple[int, int]] = {}
        for group_index, group in enumerate(self.groups):
            for member_index, word in enumerate(group.words):
                self._where[word] = (group_index, member_index)

    def __contains__(self, word: str) -> bool:
        return word in self._where

    def __len__(self) -> int:
        return len(self._where)

    def group_of(self, word: str) -> WordGroup:
        return self.groups[self._where[word][0]]

    def choose(self, word: str, epsilon: float, rng: random.Random) -> str:
        group_index, member_index = self._where[word]
        group = self.groups[group_index]
        return group.words[exponential_choice(group.utilities[member_index], epsilon, rng)]

    def probabilities(self, word: str, epsilon: float) -> dict[str, float]:
        group_index, member_index = self._where[word]
        group = self.groups[group_index]
        return dict(zip(group.words, exponential_probabilities(group.utilities[member_index], epsilon)))


def find_words(text: str, regions: Iterable[tuple[int, int]], partition: WordPartition,
               excluded: frozenset[str] = frozenset()) -> list[WordReplacement]:
    """Lower-case words of the noise vocabulary inside `regions` (prose regions of a segment)."""
    found = []
    for start, end in regions:
        for match in _WORD.finditer(text, start, end):
            word = match.group(0)
            if word in partition and word not in excluded and not is_technical_word(word):
                found.append(WordReplacement(match.start(), match.end(), word))
    return found


def is_technical_word(word: str) -> bool:
    return word in _TECHNICAL_WORDS or looks_like_code_token(word)


def build_partition(vectors: WordVectors, min_rank: int, max_rank: int, group_size: int) -> WordPartition:
    """Partition the noise vocabulary of `vectors` (deterministic: same inputs, same groups)."""
    words = vectors.words()
    upper = min(max_rank, len(words))
    ranks = [rank for rank in range(min_rank, upper)
             if _PLAIN_WORD.fullmatch(words[rank]) and not is_technical_word(words[rank])]
    if len(ranks) < group_size:
        raise ValueError("the noise vocabulary is smaller than one group")
    matrix = _normalised(vectors.vectors(ranks))
    centroid = _technical_centroid(vectors, words)
    if centroid is not None:
        keep = matrix @ centroid < TECHNICAL_SIMILARITY
        ranks = [rank for rank, kept in zip(ranks, keep) if kept]
        matrix = matrix[keep]
    members = _greedy_groups(matrix, group_size)
    groups = []
    for indices in members:
        block = matrix[indices] @ matrix[indices].T
        floor = float(block.min())
        span = 1.0 - floor
        utilities = np.ones_like(block) if span <= 1e-9 else np.clip((block - floor) / span, 0.0, 1.0)
        groups.append(WordGroup(
            words=tuple(words[ranks[i]] for i in indices),
            utilities=tuple(tuple(float(u) for u in row) for row in utilities),
            similarities=tuple(tuple(float(c) for c in row) for row in block),
        ))
    return WordPartition(groups)


@functools.lru_cache(maxsize=4)
def glove_partition(min_rank: int, max_rank: int, group_size: int) -> WordPartition:
    """The partition over the installed GloVe vectors, built once per process and parameters."""
    from redactor.dp.word_vectors import installed_glove

    return build_partition(installed_glove(), min_rank, max_rank, group_size)


_PLAIN_WORD = re.compile(r"[a-z]{3,}")


def _normalised(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


def _technical_centroid(vectors: WordVectors, words: Sequence[str]) -> np.ndarray | None:
    position = _seed_ranks(words)
    if not position:
        return None
    seed = _normalised(vectors.vectors(sorted(position.values())))
    centroid = seed.mean(axis=0)
    norm = float(np.linalg.norm(centroid))
    return None if norm == 0 else centroid / norm


def _seed_ranks(words: Sequence[str]) -> dict[str, int]:
    wanted = set(_TECHNICAL_SEED)
    found: dict[str, int] = {}
    for rank, word in enumerate(words):
        if word in wanted:
            found[word] = rank
            if len(found) == len(wanted):
                break
    return found


def _greedy_groups(matrix: np.ndarray, group_size: int, batch: int = 256, shortlist: int = 64) -> list[list[int]]:
    """Groups of `group_size` rows: each leader (in row order) with its nearest unassigned rows.

    Leaders are taken in batches so the similarities come from one matrix
    product; each leader first looks among its `shortlist` nearest rows and
    scans the whole row only when too few of those are still free.
    """
    count = len(matrix)
    free = np.ones(count, dtype=bool)
    groups: list[list[int]] = []
    cursor = 0
    while True:
        remaining = np.flatnonzero(free)
        if len(remaining) < 2 * group_size:
            break
        leaders = remaining[remaining >= cursor][:batch]
        if len(leaders) == 0:
            break
        columns = remaining
        similarities = matrix[leaders] @ matrix[columns].T
        width = min(shortlist, len(columns) - 1)
        nearest = np.argpartition(-similarities, width, axis=1)[:, :width + 1]
        for row, leader in enumerate(leaders):
            if not free[leader]:
                continue
            order = nearest[row][np.argsort(-similarities[row, nearest[row]])]
            chosen = [int(columns[i]) for i in order if free[columns[i]]][:group_size]
            if len(chosen) < group_size:
                scores = similarities[row].copy()
                scores[~free[columns]] = -np.inf
                best = np.argsort(-scores)[:group_size]
                chosen = [int(columns[i]) for i in best if math.isfinite(scores[i])]
            if leader not in chosen:
                chosen = [int(leader)] + chosen[:group_size - 1]
            free[chosen] = False
            groups.append(chosen)
            if np.count_nonzero(free) < 2 * group_size:
                break
        cursor = int(leaders[-1]) + 1
    leftover = [int(i) for i in np.flatnonzero(free)]
    if leftover:
        # Fewer than two groups' worth remain: one last group (never a group of one).
        if len(leftover) < 2 and groups:
            groups[-1].extend(leftover)
        else:
            groups.append(leftover)
    return groups
