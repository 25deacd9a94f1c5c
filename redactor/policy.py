"""Policy files: the threat model that decides what may leave the machine.

A policy is YAML validated by pydantic. The policy chooses the stage chain,
per-category and per-kind actions, the detectors and their knobs (including
custom pattern detectors), the organisation's term lists, routing,
rephrasing, noise and budgets. `compile` lives in pipeline.py
(`Pipeline.from_policy`).

Nothing in a policy may be silently wrong: unknown keys, unknown categories in
`actions` and unknown kinds in `kind_actions` (checked against what the
detectors can emit, `detect/kinds.py`, plus the policy's own patterns) and
duplicate keys are errors. Loading errors are one line (`PolicyError`), never a
traceback; every problem names its file, line and key, with a "did you mean"
when a known name is close.

`extends: NAME-OR-PATH` builds a policy on another (a shipped name such as
`default`, or a path relative to the extending file). Merge rules: mappings
merge key by key, recursively; everything else (lists, scalars, null)
replaces the base's value. Lists replace rather than append so that a child
can remove an entry (a stage, an allow-list term) by restating the list.
Entries of a base mapping cannot be removed, only overridden. A policy that
extends another must have its own `name`; `extends` chains are followed
(cycles are errors).
"""
from __future__ import annotations

import difflib
import hashlib
import re
import typing
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

import yaml
from pydantic import (AfterValidator, BaseModel, ConfigDict, Field, ValidationError, ValidationInfo,
                      field_validator, model_validator)
from pydantic.json_schema import SkipJsonSchema

from redactor.detect.base import CATEGORIES
from redactor.detect.kinds import catalogue_rule_kinds, detector_kinds, is_detector_kind

Action = Literal["redact", "block", "local", "allow"]
StageName = Literal["route", "placeholders", "generalize", "rephrase", "noise"]
# The categories of detect/base.py CATEGORIES (a test keeps the two equal).
Category = Literal["secret", "pii", "infra", "org", "code"]

def _shipped_policy_dir() -> Path:
    # An installed package has them in redactor/policies (see pyproject.toml);
    # a source checkout in policies/ next to the package.
    package = Path(__file__).resolve().parent
    installed = package / "policies"
    return installed if installed.is_dir() else package.parent / "policies"


POLICY_DIR = _shipped_policy_dir()

_KIND_NAME = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")
# extends chains deeper than this are certainly a mistake.
_MAX_EXTENDS_DEPTH = 8


class PolicyError(ValueError):
    """A policy file is missing, unreadable or invalid. The message is one clear line."""


def did_you_mean(value: str, candidates) -> str:
    """' (did you mean 'X'?)' for the closest candidate, or '' when none is close."""
    close = difflib.get_close_matches(value, list(candidates), n=1, cutoff=0.6)
    if not close and value.upper() != value:
        close = difflib.get_close_matches(value.upper(), list(candidates), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _known_category(value: str) -> str:
    if value not in CATEGORIES:
        raise ValueError(f"unknown category '{value}'{did_you_mean(value, CATEGORIES)}; "
                         f"categories: {', '.join(CATEGORIES)}")
    return value


def _known_kind(value: str, info: ValidationInfo) -> str:
    kind = value.upper()
    detection = info.data.get("detection") if info.data else None
    custom = {pattern.kind for pattern in detection.patterns} if isinstance(detection, DetectionConfig) else set()
    if kind not in custom and not is_detector_kind(kind):
        known = detector_kinds() | catalogue_rule_kinds() | custom
        raise ValueError(f"unknown kind '{value}'{did_you_mean(kind, known)}; `redactor policy kinds` lists them")
    return kind


CategoryKey = Annotated[str, AfterValidator(_known_category)]
KindKey = Annotated[str, AfterValidator(_known_kind)]


class _Strict(BaseModel):
    # Unknown keys are errors: a typo in a security policy must not be ignored.
    model_config = ConfigDict(extra="forbid")


class ThreatModel(_Strict):
    description: str = ""
    # Who must not see the protected assets, e.g. "cloud_llm_provider", "provider_logs".
    untrusted: list[str] = Field(default_factory=lambda: ["cloud_llm_provider"])
    # What is protected: category names ("secret", "pii", "infra", "org") or free words.
    assets: list[str] = Field(default_factory=lambda: ["secret", "pii"])


class NerConfig(_Strict):
    enabled: bool = True
    # Any installed spaCy pipeline: en_core_web_sm (installed by setup) or en_core_web_lg.
    model: str = "en_core_web_sm"
    min_score: float = Field(0.6, ge=0.0, le=1.0)
    entities: list[str] = Field(default_factory=lambda: ["PERSON", "ORG", "LOCATION", "NRP"])


class CodeIdentifiersConfig(_Strict):
    # The names a codebase defines for itself (redactor/detect/code_identifiers.py; the code-private policy).
    enabled: bool = False
    # Top-level modules/packages to treat as public (never redacted) or as the codebase's own (always).
    public_modules: list[str] = Field(default_factory=list)
    internal_modules: list[str] = Field(default_factory=list)


class CustomPattern(_Strict):
    """A pattern detector defined in the policy, like a Presidio PatternRecognizer.

    A match of `regex` (its group `value` if it has one, else the whole match)
    is a finding of `kind` in `category` with `score`; when one of the
    `context` words occurs among the `context_words_before` words before it
    (or `context_words_after` after it), the score is `context_score`. With a
    `validator`, a match that fails the check is not a finding.
    """

    name: str = Field(min_length=1)
    kind: str
    category: Category
    regex: str = Field(min_length=1)
    ignore_case: bool = False
    score: float = Field(0.6, ge=0.0, le=1.0)
    context: list[str] = Field(default_factory=list)
    # Default: score + 0.35, at most 1 (Presidio's context boost).
    context_score: float | None = Field(None, ge=0.0, le=1.0)
    context_words_before: int = Field(5, ge=0)
    context_words_after: int = Field(0, ge=0)
    # "luhn": the match's digits must pass the Luhn checksum (card-like numbers).
    validator: Literal["none", "luhn"] = "none"

    @field_validator("kind")
    @classmethod
    def _kind_is_upper_snake(cls, value: str) -> str:
        if not _KIND_NAME.fullmatch(value):
            raise ValueError(f"a kind is upper snake case, like {value.upper().replace('-', '_') or 'EMPLOYEE_ID'}")
        return value

    @field_validator("regex")
    @classmethod
    def _regex_compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"the regex does not compile: {exc}") from None
        if re.compile(value).match(""):
            raise ValueError("the regex matches the empty string")
        return value

    @property
    def effective_context_score(self) -> float:
        return self.context_score if self.context_score is not None else min(1.0, self.score + 0.35)


class DetectionConfig(_Strict):
    secrets: bool = True
    pii: bool = True
    infra: bool = True
    ner: NerConfig = Field(default_factory=NerConfig)
    code_identifiers: CodeIdentifiersConfig = Field(default_factory=CodeIdentifiersConfig)
    # Shannon entropy (bits/char) a keyword-context value needs to count as a secret.
    entropy_threshold: float = Field(3.0, ge=0.0, le=8.0)
    # Spans scoring below this are ignored on the wire (proxy, redact, MCP): recall first.
    min_score: float = Field(0.5, ge=0.0, le=1.0)
    # `redactor audit` reports only spans scoring at least this (precision first);
    # see redactor/detect/confidence.py for what the scores mean.
    audit_min_score: float = Field(0.6, ge=0.0, le=1.0)
    # Once a value is found anywhere in a conversation, redact every other occurrence.
    propagate: bool = True
    # Values shorter than this are not propagated (too likely to hit ordinary words).
    propagate_min_length: int = Field(4, ge=1)
    # Entries in the per-process detection cache (content-hash keyed).
    cache_size: int = Field(8192, ge=0)
    # The policy's own pattern detectors (see CustomPattern).
    patterns: list[CustomPattern] = Field(default_factory=list)

    @field_validator("patterns")
    @classmethod
    def _unique_pattern_names(cls, value: list[CustomPattern]) -> list[CustomPattern]:
        names = [pattern.name for pattern in value]
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:
            raise ValueError(f"pattern name '{repeated[0]}' is used twice")
        return value


class OrgConfig(_Strict):
    names: list[str] = Field(default_factory=list)
    codenames: list[str] = Field(default_factory=list)
    customers: list[str] = Field(default_factory=list)
    internal_domains: list[str] = Field(default_factory=list)
    # Globs such as "*.corp.example.com" or "prod-db-*".
    hostname_patterns: list[str] = Field(default_factory=list)
    # Terms never redacted whatever a detector says (e.g. "S3", "EKS", product names).
    allow: list[str] = Field(default_factory=list)


class LocalBackendConfig(_Strict):
    # "llama": in-process llama.cpp with a GGUF file; "http": an OpenAI-compatible
    # local server (Ollama, llama.cpp server, vLLM); "none": no local model.
    type: Literal["llama", "http", "none"] = "none"
    # GGUF path for type llama. "default" means the model installed by setup.
    model_path: str | None = None
    # Base URL with /v1 for type http, e.g. http://127.0.0.1:11434/v1.
    url: str | None = None
    model: str | None = None
    context_tokens: int = Field(4096, ge=256)
    max_output_tokens: int = Field(512, ge=1)
    # llama.cpp threads; None: half the cores (more threads than free cores is much slower).
    threads: int | None = Field(None, ge=1)
    timeout_seconds: float = Field(120.0, gt=0)
    # How a llama GGUF renders chat prompts: "auto" (the file's chat template,
    # else the Gemma turn format for Gemma files, else ChatML), or one of them.
    chat_format: Literal["auto", "template", "gemma", "chatml"] = "auto"
    # Requests waiting for the (single-threaded) local model before new ones are refused.
    max_queue: int = Field(32, ge=1)
    # llama.cpp weight repacking / AMX buffers: faster on some CPUs, but they
    # crash (SIGSEGV) where the CPU advertises AMX without granting it.
    repack_weights: bool = False
    # For type http: name of an environment variable holding the server's API key.
    api_key_env: str | None = None


class RoutingConfig(_Strict):
    # Categories or kinds that must never leave: any finding routes the request locally.
    local_categories: list[CategoryKey] = Field(default_factory=list)
    local_kinds: list[str] = Field(default_factory=list)
    # Route locally when the residual-risk score after redaction exceeds this (0..1).
    max_residual_risk: float | None = Field(None, ge=0.0, le=1.0)
    # Header a client can set to "local" or "cloud" ("cloud" cannot override a policy-forced local).
    header: str = "x-redactor-route"
    # Requests larger than the local model's context cannot be served locally.
    respect_local_context: bool = True
    # Once a conversation was served locally it stays local.
    sticky: bool = True
    # Everything goes local (local-only threat model).
    always_local: bool = False
    # What to do when the local backend is unavailable.
    fallback: Literal["error", "redact-and-send"] = "error"
    backend: LocalBackendConfig = Field(default_factory=LocalBackendConfig)
    # A tag in a system or user message that asks for local routing, e.g.
    # "[redactor:local]". Off by default: any text containing it (a pasted
    # README, say) would flip the route.
    tag: str | None = None
    # Residual-risk score weights per category of a finding the policy lets
    # through unredacted (action "allow"); see docs/local-models.md.
    residual_weights: dict[str, float] = Field(
        default_factory=lambda: {"secret": 1.0, "pii": 0.6, "org": 0.4, "infra": 0.3})
    # Residual risk per redacted name found only by statistical NER: the chance
    # that a neighbouring name was missed and left in clear text.
    ner_miss_rate: float = Field(0.05, ge=0.0, le=1.0)
    # Characters per token when estimating whether a request fits the local context.
    chars_per_token: float = Field(3.0, gt=0)


class RephraseConfig(_Strict):
    prompt: str | None = None  # None: the built-in prompt
    temperature: float = Field(0.2, ge=0.0, le=2.0)
    max_output_tokens: int = Field(512, ge=1)
    # Validator: minimum similarity of the rewrite to the original (0..1).
    min_similarity: float = Field(0.35, ge=0.0, le=1.0)
    # Prose shorter than this (characters) is not worth rephrasing.
    min_length: int = Field(40, ge=0)
    on_reject: Literal["keep", "local", "block"] = "keep"
    # Segment positions whose prose is rephrased (code, JSON and tool results never are).
    positions: list[str] = Field(default_factory=lambda: ["system", "user"])
    # A rewrite longer than this many times the original (plus 40 characters) is rejected.
    max_growth: float = Field(2.0, gt=0)
    # Reject a rewrite in which detection finds a sensitive span the input did not have.
    check_detection: bool = True

    @field_validator("prompt")
    @classmethod
    def _prompt_has_text_slot(cls, value: str | None) -> str | None:
        if value is not None and "{text}" not in value:
            raise ValueError("the rephrase prompt must contain {text} where the text to rewrite goes")
        return value


class QuasiConfig(_Strict):
    """Quasi-identifiers (stage `generalize`): coarsen descriptions that single a person out.

    Thresholds compare a request's re-identification risk (0..1, see
    redactor/detect/quasi_identifiers.py): `generalize_above` the risk as
    found, the others the risk that remains after generalizing. None: never.
    """

    # 1: light (year -> part of a decade, city -> state/country, title -> family in its department),
    # 2: medium (decade, continent, job family), 3: strong (vague time, "a city", "an employee").
    level: int = Field(2, ge=1, le=3)
    # Suppress (drop) a relative clause about a person ("who joined in 2019 and ...") when it holds a
    # quasi-identifier: it probably holds more than the vocabulary knows. Costs the clause's content.
    suppress_clauses: bool = False
    # Also use the detection NER model's dates, durations, places, facilities and organisations
    # (only when detection.ner is enabled).
    ner: bool = True
    # Segment positions whose prose is generalized (code, JSON and tool results never are).
    positions: list[str] = Field(default_factory=lambda: ["system", "user"])
    # People the described person hides among (an organisation's size): sets the risk scale.
    population: int = Field(1000, ge=2)
    generalize_above: float | None = Field(0.05, ge=0.0, le=1.0)
    rephrase_above: float | None = Field(None, ge=0.0, le=1.0)
    local_above: float | None = Field(None, ge=0.0, le=1.0)
    block_above: float | None = Field(None, ge=0.0, le=1.0)


class NumericNoiseRule(_Strict):
    # Clipping range, in the type's unit: years for age and year, minutes since
    # midnight for time, calendar years for date (1900 = 1900-01-01 .. upper's
    # 31 December), degrees for coordinates, percent points, plain amounts.
    lower: float
    upper: float
    # How far apart two values may be and still be indistinguishable (the DP
    # neighbouring relation), in the same unit (days for date). Default: upper - lower
    # (date: noise.date_shift_days).
    sensitivity: float | None = Field(None, gt=0)
    # Per-type epsilon; default noise.epsilon_per_value.
    epsilon: float | None = Field(None, gt=0)

    @model_validator(mode="after")
    def _ordered(self) -> "NumericNoiseRule":
        if self.upper <= self.lower:
            raise ValueError("upper must be greater than lower")
        return self


class NoiseConfig(_Strict):
    # The numeric quasi-identifier types stage H knows (see redactor/dp/numbers.py).
    NUMERIC_TYPES: ClassVar[tuple[str, ...]] = (
        "age", "money", "count", "percent", "date", "time", "year", "latitude", "longitude")

    epsilon_per_value: float = Field(1.0, gt=0)
    delta: float = Field(1e-6, ge=0, lt=1)
    # Per-type overrides of the built-in rules (redactor/dp/numbers.py DEFAULT_RULES).
    numeric: dict[str, NumericNoiseRule] = Field(default_factory=dict)
    date_shift_days: float = Field(30.0, gt=0)
    words: bool = False
    epsilon_per_word: float = Field(3.0, gt=0)
    # Noise numeric quasi-identifiers at all, and which types.
    numbers: bool = True
    numeric_types: list[str] = Field(default_factory=lambda: list(NoiseConfig.NUMERIC_TYPES))
    # Gaussian calibration: "analytic" (Balle & Wang 2018, any epsilon) or
    # "classic" (sigma = sensitivity * sqrt(2 ln(1.25/delta)) / epsilon, epsilon < 1 only).
    calibration: Literal["analytic", "classic"] = "analytic"
    # Word mechanism: words ranked below min_rank (most frequent) are left alone,
    # words past max_rank are outside the vector vocabulary used; each word is
    # replaced within its group of group_size semantically close words.
    word_min_rank: int = Field(1000, ge=0)
    word_max_rank: int = Field(50000, ge=100)
    word_group_size: int = Field(8, ge=2, le=64)
    # Re-sent history gets the noisy text it got the first time (no new charge).
    reuse_releases: bool = True

    @field_validator("numeric", "numeric_types")
    @classmethod
    def _known_types(cls, value):
        names = value.keys() if isinstance(value, dict) else value
        unknown = sorted(set(names) - set(cls.NUMERIC_TYPES))
        if unknown:
            raise ValueError(f"unknown numeric type {', '.join(unknown)} (known: {', '.join(cls.NUMERIC_TYPES)})")
        return value

    @model_validator(mode="after")
    def _word_ranks_ordered(self) -> "NoiseConfig":
        if self.word_max_rank <= self.word_min_rank:
            raise ValueError("word_max_rank must be greater than word_min_rank")
        return self


class BudgetConfig(_Strict):
    epsilon: float = Field(10.0, gt=0)
    delta: float = Field(1e-5, ge=0, lt=1)
    window_seconds: int = Field(86400, ge=1)
    principal: Literal["api_key", "header", "conversation"] = "api_key"
    principal_header: str = "x-redactor-principal"
    on_exhausted: Literal["block", "local", "redact-only"] = "block"
    # When the request names no principal: charge its conversation, charge one
    # budget shared by every anonymous request, or refuse it.
    missing_principal: Literal["conversation", "shared", "block"] = "shared"


class VaultConfig(_Strict):
    # memory://, sqlite:///path (default below), redis://host:port/db
    url: str = "sqlite:///~/.local/share/redactor/vault.db"
    key_file: str = "~/.config/redactor/vault.key"
    ttl_seconds: int | None = Field(7 * 86400, ge=1)
    max_entries: int | None = Field(1_000_000, ge=1)


class ConversationConfig(_Strict):
    # A client may name its conversation explicitly; otherwise it is the
    # session the agent names, or derived from the system prompt and the first
    # user turn (redactor.wire.session), always keyed by the principal.
    header: str = "x-redactor-conversation"


class Policy(_Strict):
    name: str
    description: str = ""
    version: int = 1
    threat_model: ThreatModel = Field(default_factory=ThreatModel)
    # Stages after detection, in order. Detection always runs first.
    stages: list[StageName] = Field(default_factory=lambda: ["route", "placeholders"])
    # Before kind_actions: its custom patterns define kinds kind_actions may name.
    detection: DetectionConfig = Field(default_factory=DetectionConfig)
    # Action per category ("secret", "pii", "infra", "org"); a category left out gets "redact".
    actions: dict[CategoryKey, Action] = Field(
        default_factory=lambda: {"secret": "redact", "pii": "redact", "infra": "redact", "org": "redact"}
    )
    # Per-kind overrides, e.g. {"PRIVATE_KEY": "local", "IP_ADDRESS": "allow"}.
    kind_actions: dict[KindKey, Action] = Field(default_factory=dict)
    org: OrgConfig = Field(default_factory=OrgConfig)
    routing: RoutingConfig = Field(default_factory=RoutingConfig)
    rephrase: RephraseConfig = Field(default_factory=RephraseConfig)
    quasi: QuasiConfig = Field(default_factory=QuasiConfig)
    noise: NoiseConfig = Field(default_factory=NoiseConfig)
    budget: BudgetConfig = Field(default_factory=BudgetConfig)
    vault: VaultConfig = Field(default_factory=VaultConfig)
    conversation: ConversationConfig = Field(default_factory=ConversationConfig)
    # Images and other binary content parts: pass through untouched, or refuse the request.
    binary_parts: Literal["allow", "block"] = "allow"
    # Agent metadata (Codex's `client_metadata` body field and `x-codex-turn-metadata`
    # header: workspace paths, commits): scanned and forwarded redacted, or dropped.
    agent_metadata: Literal["scan", "drop"] = "scan"

    # The policy this one is built on (a shipped name or a path); resolved at load time.
    extends: str | None = Field(None, exclude=True)
    # Where it was loaded from, for messages; not part of the file.
    source: SkipJsonSchema[str] = Field("<memory>", exclude=True)

    @field_validator("routing")
    @classmethod
    def _known_local_kinds(cls, value: RoutingConfig, info: ValidationInfo) -> RoutingConfig:
        detection = info.data.get("detection")
        custom = {p.kind for p in detection.patterns} if detection else set()
        for kind in value.local_kinds:
            if kind.upper() not in custom and not is_detector_kind(kind.upper()):
                known = detector_kinds() | catalogue_rule_kinds() | custom
                raise ValueError(f"routing.local_kinds: unknown kind '{kind}'{did_you_mean(kind.upper(), known)}")
        value.local_kinds = [kind.upper() for kind in value.local_kinds]
        return value

    @field_validator("stages")
    @classmethod
    def _no_repeats(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("a stage is listed twice")
        return value

    def action_for(self, kind: str, category: str) -> Action:
        """The action that applies to a finding of `kind` in `category`."""
        if kind in self.kind_actions:
            return self.kind_actions[kind]
        return self.actions.get(category, "redact")

    @property
    def fingerprint(self) -> str:
        """Stable hash of the effective policy (part of detection cache keys)."""
        return hashlib.sha256(self.model_dump_json().encode()).hexdigest()[:16]


def resolve_policy_path(name_or_path: str | Path, relative_to: Path | None = None) -> Path:
    """A path, or a bare name of a shipped policy ("default" -> policies/default.yaml).

    A relative path is taken from `relative_to` (the directory of the policy
    that names it) when given, else from the working directory.
    """
    text = str(name_or_path)
    path = Path(text).expanduser()
    if relative_to is not None and not path.is_absolute():
        path = relative_to / path
    if path.exists() or path.suffix in (".yaml", ".yml") or "/" in text:
        return path
    shipped = POLICY_DIR / f"{text}.yaml"
    return shipped if shipped.exists() else path


def load_policy(name_or_path: str | Path) -> Policy:
    """Load and validate a policy file; raise PolicyError with one clear line."""
    path = resolve_policy_path(name_or_path)
    return parse_policy(_read_policy_file(path), source=str(path))


def parse_policy(raw_text: str, source: str = "<memory>") -> Policy:
    """Validate a policy document; `extends` paths are relative to `source`'s directory."""
    source_path = Path(source)
    base_dir = source_path.parent if source_path.suffix in (".yaml", ".yml") else Path.cwd()
    document = _PolicyDocument.parse(raw_text, source, base_dir, chain=(_identity(source),))
    try:
        policy = Policy.model_validate(document.data)
    except ValidationError as exc:
        raise PolicyError(document.describe(exc)) from None
    policy.source = source
    return policy


def policy_json_schema() -> dict[str, Any]:
    """JSON Schema of a policy file, generated from the models (for editors)."""
    schema = Policy.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "redactor policy"
    properties = schema["properties"]
    properties["actions"]["propertyNames"] = {"enum": list(CATEGORIES)}
    properties["kind_actions"]["propertyNames"] = {"pattern": r"^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*$"}
    properties["kind_actions"]["description"] = (
        "Action per finding kind. Built-in kinds: " + ", ".join(sorted(detector_kinds() | catalogue_rule_kinds()))
        + "; plus the kinds of detection.patterns.")
    properties["extends"]["description"] = (
        "A shipped policy name or a path relative to this file. Mappings merge key by key; "
        "lists and scalars replace.")
    return schema


def _read_policy_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PolicyError(f"{path}: policy file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{path}: cannot read policy file ({exc.__class__.__name__})") from None


def _identity(source: str) -> str:
    try:
        return str(Path(source).resolve())
    except OSError:
        return source


# A key's place in the document: (file, 1-based line).
_Where = tuple[str, int]


class _PolicyDocument:
    """A policy's raw data with `extends` applied, and where each key was written."""

    def __init__(self, data: dict, places: dict[tuple, _Where], source: str) -> None:
        self.data = data
        self.places = places
        self.source = source

    @classmethod
    def parse(cls, raw_text: str, source: str, base_dir: Path, chain: tuple[str, ...]) -> "_PolicyDocument":
        try:
            root = yaml.compose(raw_text, Loader=yaml.SafeLoader)
            data = yaml.safe_load(raw_text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}" if mark is not None else ""
            raise PolicyError(f"{source}: invalid YAML{where}") from None
        if not isinstance(data, dict):
            raise PolicyError(f"{source}: a policy must be a YAML mapping with at least a 'name' key")
        places: dict[tuple, _Where] = {(): (source, 1)}
        _record_places(root, (), source, places)
        document = cls(data, places, source)
        if data.get("extends") is not None:
            document = document._apply_extends(base_dir, chain)
        return document

    def _apply_extends(self, base_dir: Path, chain: tuple[str, ...]) -> "_PolicyDocument":
        where = self._where(("extends",))
        extends = self.data["extends"]
        if not isinstance(extends, str) or not extends.strip():
            raise PolicyError(f"{where}: key 'extends': expected a shipped policy name or a path")
        if "name" not in self.data:
            raise PolicyError(f"{where}: a policy that extends another needs its own 'name'")
        if len(chain) > _MAX_EXTENDS_DEPTH:
            raise PolicyError(f"{where}: key 'extends': chain longer than {_MAX_EXTENDS_DEPTH} policies")
        path = resolve_policy_path(extends.strip(), relative_to=base_dir)
        if _identity(str(path)) in chain:
            raise PolicyError(f"{where}: key 'extends': '{extends}' extends this policy again (a cycle)")
        try:
            text = _read_policy_file(path)
        except PolicyError as exc:
            raise PolicyError(f"{where}: key 'extends': {exc}") from None
        base = _PolicyDocument.parse(text, str(path), path.parent, (*chain, _identity(str(path))))
        base.data.pop("extends", None)
        merged = _merge(base.data, self.data)
        return _PolicyDocument(merged, {**base.places, **self.places}, self.source)

    def describe(self, exc: ValidationError) -> str:
        """One line: every problem with its file, line, key and a suggestion where one is close."""
        problems: list[tuple[tuple[str, int], str]] = []
        for error in exc.errors():
            loc = tuple(part for part in error["loc"] if part != "[key]")
            key = ".".join(str(part) for part in loc) or "(top level)"
            message = error["msg"].removeprefix("Value error, ")
            if error["type"] == "extra_forbidden":
                message = "unknown key" + did_you_mean(str(loc[-1]), _field_names_at(loc[:-1]))
            elif error["type"] == "missing":
                message = "required key is missing"
            elif error["type"] == "literal_error" and isinstance(error.get("input"), str):
                choices = re.findall(r"'([^']*)'", error.get("ctx", {}).get("expected", ""))
                message += did_you_mean(error["input"], choices)
            place = self._place(loc)
            problems.append((place, f"{place[0]}: line {place[1]}: key '{key}': {message}"))
        return "; ".join(text for _, text in sorted(problems))

    def _where(self, loc: tuple) -> str:
        place = self._place(loc)
        return f"{place[0]}: line {place[1]}"

    def _place(self, loc: tuple) -> _Where:
        for end in range(len(loc), -1, -1):
            place = self.places.get(tuple(loc[:end]))
            if place is not None:
                return place
        return (self.source, 1)


def _record_places(node: yaml.Node, path: tuple, source: str, places: dict[tuple, _Where]) -> None:
    """Where each key (and list item) of the document was written; duplicate keys are errors."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.start_mark)
            line = key_node.start_mark.line + 1
            if key in seen:
                dotted = ".".join(str(part) for part in (*path, key))
                raise PolicyError(f"{source}: line {line}: key '{dotted}': written twice "
                                  f"(first at line {seen[key]}); only one would count")
            seen[key] = line
            places[(*path, key)] = (source, line)
            _record_places(value_node, (*path, key), source, places)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            places[(*path, index)] = (source, item.start_mark.line + 1)
            _record_places(item, (*path, index), source, places)


def _merge(base: Any, override: Any) -> Any:
    # Mappings merge key by key; anything else in the extending policy replaces the base's value.
    if isinstance(base, dict) and isinstance(override, dict):
        merged = dict(base)
        for key, value in override.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    return override


def _field_names_at(loc: tuple) -> list[str]:
    """The keys allowed at `loc` (for "did you mean" on an unknown key)."""
    model: Any = Policy
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(model, type) and issubclass(model, BaseModel)) or part not in model.model_fields:
            return []
        model = _model_in(model.model_fields[part].annotation)
    if isinstance(model, type) and issubclass(model, BaseModel):
        return [name for name in model.model_fields if name != "source"]
    return []


def _model_in(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in typing.get_args(annotation):
        found = _model_in(argument)
        if found is not None:
            return found
    return None
