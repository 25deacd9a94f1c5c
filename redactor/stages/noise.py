"""Stage H: differentially private noise on numeric quasi-identifiers and rare words, within a budget.

For each outgoing prose, JSON-value or tool-result segment (never code), the
stage finds numeric quasi-identifiers (redactor.dp.numbers) and, when the policy
enables it, rare non-technical words (redactor.dp.words). Before any noise is
drawn it computes what the request would spend and charges the principal's
ledger (redactor.dp.ledger); if that would exceed the budget, the policy's
`budget.on_exhausted` applies: block, route locally, or send without noise,
always recorded in the Decision. Every draw comes from the OS CSPRNG unless a
test injects a seeded source. A segment the conversation already sent (agents
re-send the whole history every turn) gets the very same noisy text again: that
is post-processing of the earlier release, so it is free, and the model sees a
consistent history.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import time
from dataclasses import dataclass, field
from typing import Callable

from redactor.dp.accountant import EXPONENTIAL, GAUSSIAN, Release
from redactor.dp.analysis import noise_multiplier_of_zcdp, zcdp_of_bounded_range
from redactor.dp.ledger import BudgetCheck, BudgetLedger, principal_key
from redactor.dp.mechanisms import gaussian_release, gaussian_sigma, secure_random
from redactor.dp.numbers import DEFAULT_RULES, NumericValue, find_numeric_values
from redactor.dp.regions import noise_prose_regions
from redactor.dp.words import WordPartition, WordReplacement, find_words
from redactor.core import BlockedError, Work
from redactor.policy import NoiseConfig, Policy, PolicyError

_RELEASES_NAMESPACE = "dp-releases"
_MAX_REUSED_SEGMENTS = 4096
_NOISED_KINDS = ("prose", "json_value", "tool_result")
_WORD_KINDS = ("prose", "json_value")


@dataclass(frozen=True)
class NumericRule:
    """The effective rule for one numeric type, with its calibrated noise."""

    kind: str
    lower: float  # in the value's unit (date: ordinal day)
    upper: float
    sensitivity: float
    epsilon: float
    delta: float
    sigma: float

    @property
    def noise_multiplier(self) -> float:
        return self.sigma / self.sensitivity


@dataclass
class _SegmentPlan:
    index: int
    reuse_key: str
    numbers: list[NumericValue] = field(default_factory=list)
    words: list[WordReplacement] = field(default_factory=list)
    reused: str | None = None  # noisy text this conversation already sent


def numeric_rules(noise: NoiseConfig) -> dict[str, NumericRule]:
    """The effective, calibrated rule of every enabled numeric type (policy overrides the defaults)."""
    rules: dict[str, NumericRule] = {}
    for kind in noise.numeric_types:
        lower, upper, sensitivity = DEFAULT_RULES[kind]
        epsilon = noise.epsilon_per_value
        override = noise.numeric.get(kind)
        if override is not None:
            lower, upper = override.lower, override.upper
            sensitivity = override.sensitivity if override.sensitivity is not None else (
                None if kind == "date" else upper - lower)
            epsilon = override.epsilon or epsilon
        if kind == "date":
            sensitivity = sensitivity if sensitivity is not None else noise.date_shift_days
            lower = float(datetime.date(int(lower), 1, 1).toordinal())
            upper = float(datetime.date(int(upper), 12, 31).toordinal())
        assert sensitivity is not None
        try:
            sigma = gaussian_sigma(epsilon, noise.delta, sensitivity, noise.calibration)
        except ValueError as exc:
            raise PolicyError(f"noise.numeric.{kind}: {exc}") from None
        rules[kind] = NumericRule(kind, lower, upper, sensitivity, epsilon, noise.delta, sigma)
    return rules


class NoiseStage:
    name = "noise"

    def __init__(self, policy: Policy, rng: random.Random | None = None,
                 word_partition: WordPartition | None = None, clock: Callable[[], float] = time.time) -> None:
        """`rng` and `word_partition` are for tests; production uses the CSPRNG and installed GloVe."""
        self._policy = policy
        self._noise = policy.noise
        self._budget = policy.budget
        self._rng = rng if rng is not None else secure_random()
        self._clock = clock
        self._rules = numeric_rules(policy.noise) if policy.noise.numbers else {}
        self._partition = word_partition
        self._excluded_words = frozenset(term.casefold() for term in policy.org.allow)
        epsilon_word = policy.noise.epsilon_per_word
        self._word_noise_multiplier = noise_multiplier_of_zcdp(zcdp_of_bounded_range(epsilon_word))

    def warm_up(self) -> None:
        """Load opacus (torch) and the word vectors now rather than on the first request."""
        from redactor.dp.accountant import rdp_epsilon

        rdp_epsilon([Release(GAUSSIAN, 1.0, 1e-6, 1.0, 1)], 1e-5)
        if self._noise.words:
            self._words()

    def run(self, work: Work) -> None:
        if not self._rules and not self._noise.words:
            return
        reuse = self._load_reuse(work) if self._noise.reuse_releases else {}
        plans = self._plan(work, reuse)
        if not plans:
            return
        releases = self._releases(plans)
        allowed = True
        if releases:
            check = self._charge(work, releases)
            if check.allowed:
                work.decision.epsilon_spent = check.request_epsilon
            else:
                allowed = False
                self._exhausted(work, check)
                if work.routed_locally:
                    return
        numbers = words = reused = 0
        for plan in plans:
            if plan.reused is not None:
                text = plan.reused
                reused += 1
            elif allowed:
                text = self._noised(work.segments[plan.index].text, plan)
                numbers += len(plan.numbers)
                words += len(plan.words)
                reuse[plan.reuse_key] = text
            else:
                continue  # redact-only: this segment goes without noise (noted above)
            work.segments[plan.index] = work.segments[plan.index].with_text(text)
        if self._noise.reuse_releases and (numbers or words):
            self._save_reuse(work, reuse)
        work.decision.notes.append(f"noise: {numbers} values and {words} words noised, "
                                   f"{reused} segments reused from earlier turns")

    # -- planning and accounting ---------------------------------------------------

    def _plan(self, work: Work, reuse: dict[str, str]) -> list[_SegmentPlan]:
        plans = []
        types = self._rules.keys()
        for index, segment in enumerate(work.segments):
            if segment.kind not in _NOISED_KINDS or not segment.text.strip():
                continue
            key = self._reuse_key(segment.kind, segment.field_name, segment.text)
            if key in reuse:
                plans.append(_SegmentPlan(index, key, reused=reuse[key]))
                continue
            plan = _SegmentPlan(index, key)
            if self._rules:
                plan.numbers = find_numeric_values(segment.text, segment.kind, segment.field_name, types)
            if self._noise.words and segment.kind in _WORD_KINDS:
                found = find_words(segment.text, noise_prose_regions(segment.text, segment.kind), self._words(),
                                   self._excluded_words)
                plan.words = [w for w in found
                              if all(w.end <= n.start or n.end <= w.start for n in plan.numbers)]
            if plan.numbers or plan.words:
                plans.append(plan)
        return plans

    def _releases(self, plans: list[_SegmentPlan]) -> list[Release]:
        counts: dict[str, int] = {}
        word_count = 0
        for plan in plans:
            if plan.reused is not None:
                continue
            for value in plan.numbers:
                counts[value.kind] = counts.get(value.kind, 0) + 1
            word_count += len(plan.words)
        releases = [Release(GAUSSIAN, self._rules[kind].epsilon, self._rules[kind].delta,
                            self._rules[kind].noise_multiplier, count) for kind, count in sorted(counts.items())]
        if word_count:
            releases.append(Release(EXPONENTIAL, self._noise.epsilon_per_word, 0.0,
                                    self._word_noise_multiplier, word_count))
        return releases

    def _charge(self, work: Work, releases: list[Release]) -> BudgetCheck:
        key = principal_key(self._budget, work.context.principal, work.context.conversation)
        if key is None:
            work.decision.route = "blocked"
            work.decision.blocked_reason = "no principal to charge the privacy budget to"
            raise BlockedError(f"policy '{self._policy.name}' charges noise to a principal, "
                               "and this request names none; request not sent")
        ledger = BudgetLedger(work.vault, self._budget, clock=self._clock)
        return ledger.charge(key, releases)

    def _exhausted(self, work: Work, check: BudgetCheck) -> None:
        summary = (f"privacy budget exhausted for this principal: epsilon spent {check.spent_before:.4g} "
                   f"of {check.limit:g} in the last {self._budget.window_seconds} s, "
                   f"{max(check.limit - check.spent_before, 0.0):.4g} remaining, "
                   f"this request needs {check.request_epsilon:.4g}")
        action = self._budget.on_exhausted
        if action == "block":
            work.decision.route = "blocked"
            work.decision.blocked_reason = "privacy budget exhausted"
            raise BlockedError(summary + "; request not sent")
        if action == "local":
            work.decision.route = "local"
            work.decision.route_reason = summary + "; served locally"
            return
        work.decision.notes.append(summary + "; sent with placeholders only, without noise (redact-only)")

    # -- noise ------------------------------------------------------------------------

    def _noised(self, text: str, plan: _SegmentPlan) -> str:
        edits: list[tuple[int, int, str]] = []
        for value in plan.numbers:
            rule = self._rules[value.kind]
            noisy = gaussian_release(value.value, rule.lower, rule.upper, rule.sigma, self._rng)
            edits.append((value.start, value.end, value.render(noisy)))
        partition = self._words() if plan.words else None
        for word in plan.words:
            assert partition is not None
            edits.append((word.start, word.end, partition.choose(word.word, self._noise.epsilon_per_word, self._rng)))
        pieces = []
        cursor = 0
        for start, end, replacement in sorted(edits):
            pieces.append(text[cursor:start])
            pieces.append(replacement)
            cursor = end
        pieces.append(text[cursor:])
        return "".join(pieces)

    def _words(self) -> WordPartition:
        if self._partition is None:
            from redactor.dp.words import glove_partition

            noise = self._noise
            self._partition = glove_partition(noise.word_min_rank, noise.word_max_rank, noise.word_group_size)
        return self._partition

    # -- reuse of earlier releases ----------------------------------------------------

    def _reuse_key(self, kind: str, field_name: str | None, text: str) -> str:
        message = hashlib.sha256()
        for part in (self._policy.fingerprint, kind, field_name or "", text):
            message.update(part.encode("utf-8", "surrogatepass") + b"\0")
        return message.hexdigest()[:32]

    def _load_reuse(self, work: Work) -> dict[str, str]:
        data = work.vault.get_record(_RELEASES_NAMESPACE, work.context.conversation)
        if data is None:
            return {}
        try:
            loaded = json.loads(data.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return {}  # unreadable: noise afresh (charged again), never send the original
        return {str(k): str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}

    def _save_reuse(self, work: Work, reuse: dict[str, str]) -> None:
        if len(reuse) > _MAX_REUSED_SEGMENTS:
            reuse = dict(list(reuse.items())[-_MAX_REUSED_SEGMENTS:])
        data = json.dumps(reuse, separators=(",", ":")).encode("utf-8")
        work.vault.put_record(_RELEASES_NAMESPACE, work.context.conversation, data,
                              ttl_seconds=self._policy.vault.ttl_seconds)
