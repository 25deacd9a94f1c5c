"""Stage C: a local model rewrites prose so it no longer singles anyone out.

Placeholders (stage B) remove explicit identifiers; what remains can still
identify a person by combination: a role plus an organisation plus a time
("the only female VP at our Berlin office, on the day of the layoffs"), a
description of an internal document, a relationship ("my manager's wife").
This stage asks the local model to generalise such prose while keeping the
meaning.

What the model sees and may change is limited:
- only `prose` segments at the policy's positions (system and user by
  default); code, JSON values and tool results are never rephrased;
- fenced and inline code, URLs, file paths, identifiers (snake_case,
  camelCase, dotted names, flags), versions and numbers with units are
  masked as `[[KEEP_n]]` before the model sees the text and put back after;
- placeholders stay visible (their kind helps the rewrite) and must survive.

A validator then rejects a rewrite that lost, altered or invented a
placeholder, dropped or duplicated a masked term, grew too much, drifted from
the original (chrF character n-gram similarity below
`rephrase.min_similarity`), or in which the detection engine finds a
sensitive span the input did not have. A rejected paragraph keeps its
redacted original, and the policy's `rephrase.on_reject` applies to the
request: `keep` (send the redacted original), `local` (serve it locally), or
`block`. Results are cached per paragraph (memory and vault), so history
re-sent every turn is rewritten identically and only once.
"""
from __future__ import annotations

import hashlib
import re
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass
from typing import Any

from redactor.detect.engine import LITERAL_KIND
from redactor.core import BlockedError, LocalBackendError, Work
from redactor.placeholder_syntax import CANONICAL_PATTERN
from redactor.policy import Policy, PolicyError
from redactor.segments import Segment
from redactor.stages.route import LocalAccess, route_locally_or_fall_back
from redactor.similarity import chrf

# Written for an instruction-tuned model, which reads it as the user's turn
# (llama.cpp renders it with the GGUF's chat template; a local server gets it
# as one user message). No worked examples: small models copy them into the
# answer, and they double the prompt, which on two cores doubles the latency.
DEFAULT_PROMPT = """Rewrite the text below so that it does not reveal who the person is: replace job titles, \
places, dates, ages, family and health details with general words. Keep everything else the same, and copy \
every token in double square brackets, such as [[KEEP_1]] or [[PERSON_2]], exactly. Reply with the rewritten \
text only.

Text: {text}
Rewritten:"""

_MASK_KIND = "KEEP"
_REPHRASE_NAMESPACE = "rephrase"
_CACHE_CAPACITY = 4096
# Stops a completion at the end of the rewritten paragraph (the prompt is few-shot).
_STOPS = ("\n\n", "\nText:", "\nRewritten:")

# What the model must not touch, in priority order (earlier alternatives win).
_PROTECTED = re.compile("|".join(f"(?:{part})" for part in (
    r"```.*?(?:```|\Z)",                      # fenced code (to the end if unclosed)
    r"~~~.*?(?:~~~|\Z)",
    r"`[^`\n]+`",                             # inline code
    r"\[\[[A-Za-z][A-Za-z0-9_]*_\d{1,6}\]\]",  # placeholders: kept visible, never split
    r"\b[a-z][a-z0-9+.-]*://[^\s<>\"')\]]+",  # URLs
    r"(?<![\w/.-])(?:~|\.{1,2})?(?:/[\w.@+-]*[\w@+-])+/?",      # /abs/path, ./rel, ~/x
    r"(?<![\w/])[A-Za-z]:\\(?:[\w.-]+\\)*[\w.-]*[\w-]",              # C:\\windows\\path
    r"\b[\w.-]+(?:/[\w.@+-]*[\w@+-])+/?",                          # rel/path/file.py
    r"\b[\w-]+\.(?:py|pyi|js|mjs|ts|tsx|jsx|go|rs|java|kt|c|h|cc|cpp|hpp|cs|rb|php|sh|bash|zsh|ps1|"
    r"yaml|yml|json|toml|ini|cfg|conf|md|rst|txt|sql|html|css|scss|xml|csv|log|env|lock|proto|tf|gradle)\b",
    r"(?<![\w-])--?[A-Za-z][\w-]*(?:=\S+)?",                      # --flags, -x
    r"\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+(?:\(\))?",                # dotted.names, obj.method()
    r"\b[A-Za-z_][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b(?:\(\))?",       # snake_case, CONSTANT_CASE
    r"\b_+[A-Za-z0-9]\w*\b(?:\(\))?",                             # _private
    r"\b[a-z]+(?:[A-Z][a-z0-9]*)+\b(?:\(\))?",                     # camelCase
    r"\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b(?:\(\))?",             # PascalCase with a hump
    r"\b[A-Za-z_]\w*\(\)",                                        # call()
    r"\b0x[0-9A-Fa-f]+\b",                                        # hex
    r"\bv?\d+(?:\.\d+){1,3}\b",                                   # versions, decimals
    r"\b\d+(?:\.\d+)?\s?(?:ns|us|µs|ms|s|sec|secs|min|mins|h|hrs|B|KB|MB|GB|TB|KiB|MiB|GiB|TiB|"
    r"kbps|Mbps|Gbps|Hz|kHz|MHz|GHz|%|px|em|rem|rpm|rps|qps|tok|tokens|k|K|M|G|x)\b",  # numbers with units
)), re.S)


@dataclass
class MaskedText:
    text: str  # with [[KEEP_n]] tokens
    protected: dict[str, str]  # token -> original text


@dataclass
class RephraseOutcome:
    text: str  # what is sent: the rewrite, or the input when rejected
    accepted: bool
    reason: str  # "accepted", or why it was rejected
    cached: bool = False


def mask_protected(text: str) -> MaskedText:
    """Replace code, paths, identifiers and numbers with units by [[KEEP_n]] tokens."""
    protected: dict[str, str] = {}
    pieces: list[str] = []
    cursor = 0
    for match in _PROTECTED.finditer(text):
        value = match.group(0)
        pieces.append(text[cursor:match.start()])
        if CANONICAL_PATTERN.fullmatch(value):
            pieces.append(value)  # placeholders stay as they are
        else:
            token = f"[[{_MASK_KIND}_{len(protected) + 1}]]"
            protected[token] = value
            pieces.append(token)
        cursor = match.end()
    pieces.append(text[cursor:])
    return MaskedText("".join(pieces), protected)


def unmask(text: str, protected: dict[str, str]) -> str:
    for token, value in protected.items():
        text = text.replace(token, value)
    return text


def chrf_similarity(reference: str, hypothesis: str, max_order: int = 6, beta: float = 2.0) -> float:
    """chrF of the rewrite against the original, case folded and whitespace collapsed.

    A faithful rewrite keeps most of the original's character n-grams, a
    drifted one does not.
    """
    return chrf(_normalise(reference), _normalise(hypothesis), max_order, beta)


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.casefold()).strip()


class RephraseStage:
    name = "rephrase"

    def __init__(self, policy: Policy, local_backend: Any = None, engine: Any = None) -> None:
        """`local_backend`: the model that rewrites (None: the policy's own, opened when first
        needed); `engine`: the pipeline's DetectionEngine for the validator (None: built from
        the policy when first needed)."""
        stages = policy.stages
        if "placeholders" in stages and "rephrase" in stages and stages.index("placeholders") > stages.index("rephrase"):
            raise PolicyError(f"{policy.source}: stage 'rephrase' must come after 'placeholders' "
                              "(it rewrites the redacted text)")
        self._policy = policy
        self._config = policy.rephrase
        self._access = LocalAccess(policy, local_backend)
        self._engine = engine
        self._engine_lock = threading.Lock()
        self._cache: OrderedDict[str, tuple[str | None, str]] = OrderedDict()
        self._cache_lock = threading.Lock()

    def run(self, work: Work) -> None:
        outcomes: list[RephraseOutcome] = []
        backend, problem = self._access.backend()
        if backend is not None:
            check = getattr(backend, "unavailable_reason", None)
            problem = check() if check is not None else None
        for index, segment in enumerate(work.segments):
            if not self._eligible(segment):
                continue
            if problem is not None:
                outcomes.append(RephraseOutcome(segment.text, False, "local model unavailable"))
                continue
            new_text, segment_outcomes = self._rephrase_segment(work, segment, backend)
            outcomes.extend(segment_outcomes)
            if new_text != segment.text:
                work.segments[index] = segment.with_text(new_text)
        self._record(work, outcomes, problem)

    # -- one segment ------------------------------------------------------------------------------

    def _eligible(self, segment: Segment) -> bool:
        return (segment.kind == "prose" and segment.position in self._config.positions
                and len(segment.text.strip()) >= self._config.min_length)

    def _rephrase_segment(self, work: Work, segment: Segment, backend: Any) -> tuple[str, list[RephraseOutcome]]:
        if f"[[{_MASK_KIND}_" in segment.text.upper():
            return segment.text, [RephraseOutcome(segment.text, False, "text contains mask-like tokens")]
        masked = mask_protected(segment.text)
        # Masks hold no newlines, so paragraphs can be split after masking
        # (a fenced block with blank lines inside stays one token).
        parts = re.split(r"(\n[ \t]*\n+)", masked.text)
        outcomes: list[RephraseOutcome] = []
        rebuilt: list[str] = []
        for position, part in enumerate(parts):
            if position % 2 == 1 or not self._worth_rewriting(part):
                rebuilt.append(part)
                continue
            outcome = self._rephrase_paragraph(work, segment, part, masked.protected, backend)
            outcomes.append(outcome)
            rebuilt.append(outcome.text)
        return unmask("".join(rebuilt), masked.protected), outcomes

    def _worth_rewriting(self, paragraph: str) -> bool:
        words = re.findall(r"[^\W\d_]{2,}", CANONICAL_PATTERN.sub(" ", paragraph))
        return len(paragraph.strip()) >= self._config.min_length and len(words) >= 4

    def _rephrase_paragraph(self, work: Work, segment: Segment, paragraph: str, protected: dict[str, str],
                            backend: Any) -> RephraseOutcome:
        key = self._cache_key(paragraph, protected)
        cached = self._cached(work, key)
        if cached is not None:
            rewrite, reason = cached
            return RephraseOutcome(rewrite if rewrite is not None else paragraph, rewrite is not None, reason, True)
        config = self._config
        prompt = (config.prompt or DEFAULT_PROMPT).replace("{text}", paragraph.strip())
        budget = min(config.max_output_tokens, len(paragraph) // 2 + 64)
        try:
            completion = backend.complete_text(prompt, max_tokens=budget, temperature=config.temperature,
                                               stop=_STOPS)
        except LocalBackendError:
            return RephraseOutcome(paragraph, False, "local model unavailable")
        rewrite = _clean_completion(completion.text)
        if completion.finish_reason == "length":
            reason: str | None = "rewrite was cut off (output token limit)"
        else:
            reason = self._validate(work, segment, paragraph, rewrite, protected)
        leading = paragraph[:len(paragraph) - len(paragraph.lstrip())]
        trailing = paragraph[len(paragraph.rstrip()):]
        accepted = "unchanged" if rewrite == paragraph.strip() else "accepted"
        result = (None, reason) if reason else (leading + rewrite + trailing, accepted)
        self._store(work, key, result)
        return RephraseOutcome(result[0] if result[0] is not None else paragraph, reason is None, result[1])

    # -- validation -------------------------------------------------------------------------------

    def _validate(self, work: Work, segment: Segment, original: str, rewrite: str,
                  protected: dict[str, str]) -> str | None:
        """Why `rewrite` (masked) must not replace `original` (masked), or None."""
        config = self._config
        if not rewrite.strip():
            return "empty rewrite"
        before, after = _tokens(original), _tokens(rewrite)
        placeholders_before = {t for t in before if not t.startswith(f"[[{_MASK_KIND}_")}
        placeholders_after = {t for t in after if not t.startswith(f"[[{_MASK_KIND}_")}
        if placeholders_before - placeholders_after:
            return "lost or altered a placeholder"
        if placeholders_after - placeholders_before:
            return "introduced a placeholder that was not in the text"
        masks_before = Counter(t for t in before if t.startswith(f"[[{_MASK_KIND}_"))
        masks_after = Counter(t for t in after if t.startswith(f"[[{_MASK_KIND}_"))
        if masks_before != masks_after:
            return "dropped or duplicated protected text (code, path, identifier or number with unit)"
        if len(rewrite) > config.max_growth * len(original.strip()) + 40:
            return "rewrite is much longer than the original"
        similarity = chrf_similarity(CANONICAL_PATTERN.sub(" ", original), CANONICAL_PATTERN.sub(" ", rewrite))
        if similarity < config.min_similarity:
            return f"meaning drifted (similarity {similarity:.2f} < {config.min_similarity:.2f})"
        if config.check_detection:
            introduced = self._new_sensitive_kinds(work, segment, unmask(original, protected),
                                                   unmask(rewrite, protected))
            if introduced:
                return "introduced sensitive content (" + ", ".join(introduced) + ")"
        return None

    def _new_sensitive_kinds(self, work: Work, segment: Segment, original: str, rewrite: str) -> list[str]:
        engine = self._detection_engine()
        # Placeholders in either text are ours: not look-alikes to flag.
        issued_texts = {m.group(0) for text in (original, rewrite) for m in CANONICAL_PATTERN.finditer(text)}
        probes = [Segment(original, role=segment.role, kind="prose", position=segment.position),
                  Segment(rewrite, role=segment.role, kind="prose", position=segment.position)]
        found = engine.detect(probes, issued=issued_texts)
        policy = work.policy

        def sensitive(text: str, spans: list) -> Counter:
            return Counter((span.kind, text[span.start:span.end].casefold()) for span in spans
                           if span.kind != LITERAL_KIND and policy.action_for(span.kind, span.category) != "allow")

        new = sensitive(rewrite, found[1]) - sensitive(original, found[0])
        return sorted({kind for kind, _ in new})

    def _detection_engine(self) -> Any:
        with self._engine_lock:
            if self._engine is None:
                from redactor.detect.engine import DetectionEngine

                self._engine = DetectionEngine.from_policy(self._policy)
            return self._engine

    # -- cache ------------------------------------------------------------------------------------

    def _cache_key(self, paragraph: str, protected: dict[str, str]) -> str:
        digest = hashlib.sha256()
        digest.update(self._policy.fingerprint.encode())
        digest.update(b"\0" + paragraph.encode("utf-8", "surrogatepass"))
        for token in sorted(protected):  # masks are numbered per segment: bind them to their values
            if token in paragraph:
                digest.update(b"\0" + token.encode() + b"=" + protected[token].encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def _cached(self, work: Work, key: str) -> tuple[str | None, str] | None:
        with self._cache_lock:
            found = self._cache.get(key)
            if found is not None:
                self._cache.move_to_end(key)
                return found
        stored = work.vault.get_record(_REPHRASE_NAMESPACE, key)
        if stored is None:
            return None
        status, _, text = stored.decode("utf-8", "surrogatepass").partition("\0")
        result = (text, status) if status in ("accepted", "unchanged") else (None, status)
        self._remember(key, result)
        return result

    def _store(self, work: Work, key: str, result: tuple[str | None, str]) -> None:
        self._remember(key, result)
        rewrite, reason = result
        data = (reason + "\0" + rewrite) if rewrite is not None else reason
        # Stored so other replicas and later processes rewrite history identically.
        work.vault.put_record(_REPHRASE_NAMESPACE, key, data.encode("utf-8", "surrogatepass"),
                              ttl_seconds=work.policy.vault.ttl_seconds)

    def _remember(self, key: str, result: tuple[str | None, str]) -> None:
        with self._cache_lock:
            self._cache[key] = result
            while len(self._cache) > _CACHE_CAPACITY:
                self._cache.popitem(last=False)

    # -- the decision -----------------------------------------------------------------------------

    def _record(self, work: Work, outcomes: list[RephraseOutcome], problem: str | None) -> None:
        if not outcomes:
            work.decision.notes.append("rephrase: nothing to rephrase")
            return
        rejected = [outcome for outcome in outcomes if not outcome.accepted]
        unchanged = sum(1 for outcome in outcomes if outcome.reason == "unchanged")
        if unchanged:
            work.decision.notes.append(f"rephrase: {unchanged} of {len(outcomes)} paragraphs unchanged by the model")
        if not rejected:
            work.decision.rephrase = "accepted"
            return
        reason = rejected[0].reason
        work.decision.rephrase = f"rejected: {reason} ({len(rejected)} of {len(outcomes)} paragraphs)"
        if problem is not None:
            work.decision.notes.append(f"rephrase: {problem}")
        action = self._config.on_reject
        if action == "block":
            raise BlockedError(f"rephrasing was rejected ({reason}); policy '{self._policy.name}' blocks "
                               "such requests, nothing was sent")
        if action == "local":
            route_locally_or_fall_back(work, f"rephrase rejected ({reason})", self._access, self.name)


def _tokens(text: str) -> list[str]:
    return [match.group(0) for match in CANONICAL_PATTERN.finditer(text)]


def _clean_completion(text: str) -> str:
    text = text.strip()
    for stop in _STOPS:
        text = text.split(stop, 1)[0]
    text = re.sub(r"^(?:rewritten|rewrite|text)\s*:\s*", "", text.strip(), flags=re.I)
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1]
    return text.strip()
