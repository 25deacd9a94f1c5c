"""Stage H word mechanism: groups, the DP ratio, what is never touched, and the measured utility cost."""
import math
import random

import numpy as np

from redactor.detect.engine import DetectionEngine
from redactor.dp.mechanisms import exponential_probabilities
from redactor.dp.regions import noise_prose_regions
from redactor.dp.word_vectors import ArrayWordVectors
from redactor.dp.words import build_partition, find_words, glove_partition
from redactor.core import RequestContext
from redactor.pipeline import Pipeline
from redactor.policy import parse_policy
from redactor.segments import Segment
from redactor.stages.noise import NoiseStage
from redactor.stages.placeholders import PlaceholderStage
from redactor.vault.memory import MemoryVault
from tests.core_support import RegexDetector

_TOPICS = {
    "illness": "diabetes asthma leukemia hepatitis melanoma arthritis dementia epilepsy".split(),
    "family": "divorce widow orphan stepson fiancee spouse nephew cousin".split(),
    "jobs": "plumber dentist surgeon nurse janitor barber welder cashier".split(),
    "tech": "server latency database compiler router firewall kernel cache".split(),
}


def _vectors():
    rng = np.random.default_rng(0)
    words = [f"filler{chr(97 + i)}{chr(97 + j)}" for i in range(4) for j in range(4)]  # frequent, ranks < 16
    rows = [rng.normal(size=16) for _ in words]
    for topic, members in _TOPICS.items():
        centre = rng.normal(size=16) * 3
        for word in members:
            words.append(word)
            rows.append(centre + rng.normal(size=16) * 0.5)
    return ArrayWordVectors(words, np.array(rows))


def _partition(group_size=4):
    return build_partition(_vectors(), min_rank=16, max_rank=10_000, group_size=group_size)


def test_groups_partition_the_non_technical_vocabulary_into_close_words():
    partition = _partition()
    assert len(partition) == 24  # the technical topic is left out entirely
    for group in partition.groups:
        assert len(group.words) == 4
        topics = {topic for topic, members in _TOPICS.items() for word in group.words if word in members}
        assert len(topics) == 1  # a group never mixes unrelated topics here
    assert "latency" not in partition and "server" not in partition
    assert [g.words for g in _partition().groups] == [g.words for g in partition.groups]  # deterministic


def test_any_two_words_of_a_group_are_epsilon_indistinguishable():
    partition = _partition()
    for epsilon in (0.5, 1.0, 3.0, 10.0):
        for group in partition.groups:
            rows = [exponential_probabilities(u, epsilon) for u in group.utilities]
            assert all(0.0 <= u <= 1.0 for row in group.utilities for u in row)
            worst = max(a[k] / b[k] for a in rows for b in rows for k in range(len(a)))
            assert worst <= math.exp(epsilon) * (1 + 1e-9)


def test_only_lower_case_prose_words_of_the_vocabulary_are_candidates():
    partition = _partition()
    text = ("My diabetes and the divorce; Diabetes in `diabetes` and [[PERSON_1]] asthma.\n"
            "```\nplumber = diabetes\n```\nThe server latency hurt the dentist.")
    found = [w.word for w in find_words(text, noise_prose_regions(text, "prose"), partition)]
    assert found == ["diabetes", "divorce", "asthma", "dentist"]
    assert find_words(text, noise_prose_regions(text, "prose"), partition, excluded=frozenset({"asthma"}))[2].word \
        == "dentist"


def _word_policy(words=True):
    return parse_policy("name: w\nstages: [placeholders, noise]\ndetection: {ner: {enabled: false}}\n"
                        f"noise: {{words: {str(words).lower()}, epsilon_per_word: 0.5}}\n")


def test_the_stage_noises_words_only_when_the_policy_enables_them():
    text = "The nurse treated my leukemia and asthma (bob@example.com) in clinic; `dentist` stays."
    segments = [Segment(text, kind="prose"), Segment("leukemia = 1", kind="code")]
    for enabled in (False, True):
        policy = _word_policy(enabled)
        stage = NoiseStage(policy, rng=random.Random(4), word_partition=_partition())
        pipeline = Pipeline(policy, MemoryVault(), engine=DetectionEngine(policy, [RegexDetector()]),
                            stages=[PlaceholderStage(), stage])
        result = pipeline.process(segments, RequestContext(conversation="c", principal="p"))
        prose, code = result.segments[0].text, result.segments[1].text
        assert code == "leukemia = 1"
        assert "`dentist` stays" in prose and "[[EMAIL_1]]" in prose
        if not enabled:
            assert prose == text.replace("bob@example.com", "[[EMAIL_1]]")
            assert result.decision.epsilon_spent == 0.0
        else:
            assert result.decision.epsilon_spent > 0
            words = prose.split()
            assert len(words) == len(text.split())
            for position in (1, 4, 6):  # nurse, leukemia, asthma: replaced within their groups
                original = text.split()[position].strip(";")
                replaced = words[position].strip(";")
                assert replaced in _partition().group_of(original).words


def test_measured_utility_cost_of_word_noise_on_glove():
    """Expected share of words kept / replaced by a neighbour / replaced by an unrelated word.

    Exact expectations over the whole noise vocabulary (43k words of glove.6B
    ranks 1000-50000), computed from the mechanism's probabilities; "neighbour"
    means cosine >= 0.6 in glove.6B.50d. Reported in docs/privacy.md.
    """
    partition = glove_partition(1000, 50000, 8)
    shares = {}
    for epsilon in (1.0, 3.0, 10.0):
        kept = neighbour = unrelated = 0.0
        for group in partition.groups:
            utilities = np.array(group.utilities)
            weights = np.exp(epsilon * (utilities - utilities.max(axis=1, keepdims=True)) / 2)
            probabilities = weights / weights.sum(axis=1, keepdims=True)
            # Same as the mechanism's own function (checked on the first row).
            assert np.allclose(probabilities[0], exponential_probabilities(group.utilities[0], epsilon))
            diagonal = np.eye(len(group.words), dtype=bool)
            close = np.array(group.similarities) >= 0.6
            kept += probabilities[diagonal].sum()
            neighbour += probabilities[~diagonal & close].sum()
            unrelated += probabilities[~diagonal & ~close].sum()
        total = len(partition)
        shares[epsilon] = (kept / total, neighbour / total, unrelated / total)
    print({eps: tuple(round(s, 3) for s in share) for eps, share in shares.items()})
    assert len(partition) > 40_000
    assert shares[1.0][0] < 0.25 and shares[1.0][2] > 0.4  # epsilon 1: mostly changed, often unrelated
    assert shares[3.0][0] < 0.35  # epsilon 3: still most words change
    assert shares[10.0][0] > 0.6 and shares[10.0][2] < 0.15  # epsilon 10: mostly kept
    assert shares[1.0][0] < shares[3.0][0] < shares[10.0][0]
