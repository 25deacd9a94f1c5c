"""Policy files: the threat model that decides what may leave the machine.

A policy is YAML validated by pydantic. Loading errors name the file, the key
and the problem in one line (`PolicyError`), never a traceback. The policy
chooses the stage chain, per-category and per-kind actions, the detectors and
their knobs, the organisation's term lists, routing, rephrasing, noise and
budgets. `compile` lives in pipeline.py (`Pipeline.from_policy`).
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import ClassVar, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

Action = Literal["redact", "block", "local", "allow"]
StageName = Literal["route", "placeholders", "rephrase", "noise"]

POLICY_DIR = Path(__file__).resolve().parent.parent / "policies"


class PolicyError(ValueError):
    """A policy file is missing, unreadable or invalid. The message is one clear line."""


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


class DetectionConfig(_Strict):
    secrets: bool = True
    pii: bool = True
    infra: bool = True
    ner: NerConfig = Field(default_factory=NerConfig)
    # Shannon entropy (bits/char) a keyword-context value needs to count as a secret.
    entropy_threshold: float = Field(3.0, ge=0.0, le=8.0)
    # Spans scoring below this are ignored.
    min_score: float = Field(0.5, ge=0.0, le=1.0)
    # Once a value is found anywhere in a conversation, redact every other occurrence.
    propagate: bool = True
    # Values shorter than this are not propagated (too likely to hit ordinary words).
    propagate_min_length: int = Field(4, ge=1)
    # Entries in the per-process detection cache (content-hash keyed).
    cache_size: int = Field(8192, ge=0)


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
    local_categories: list[str] = Field(default_factory=list)
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
    # Action per category ("secret", "pii", "infra", "org"); unknown categories get "redact".
    actions: dict[str, Action] = Field(
        default_factory=lambda: {"secret": "redact", "pii": "redact", "infra": "redact", "org": "redact"}
    )
    # Per-kind overrides, e.g. {"PRIVATE_KEY": "local", "IP_ADDRESS": "allow"}.
    kind_actions: dict[str, Action] = Field(default_factory=dict)
    detection: DetectionConfig = Field(default_factory=DetectionConfig)
    org: OrgConfig = Field(default_factory=OrgConfig)
    routing: RoutingConfig = Field(default_factory=RoutingConfig)
    rephrase: RephraseConfig = Field(default_factory=RephraseConfig)
    noise: NoiseConfig = Field(default_factory=NoiseConfig)
    budget: BudgetConfig = Field(default_factory=BudgetConfig)
    vault: VaultConfig = Field(default_factory=VaultConfig)
    conversation: ConversationConfig = Field(default_factory=ConversationConfig)
    # Images and other binary content parts: pass through untouched, or refuse the request.
    binary_parts: Literal["allow", "block"] = "allow"
    # Agent metadata (Codex's `client_metadata` body field and `x-codex-turn-metadata`
    # header: workspace paths, commits): scanned and forwarded redacted, or dropped.
    agent_metadata: Literal["scan", "drop"] = "scan"

    # Where it was loaded from, for messages; not part of the file.
    source: str = Field("<memory>", exclude=True)

    @field_validator("kind_actions")
    @classmethod
    def _upper_kinds(cls, value: dict[str, str]) -> dict[str, str]:
        return {kind.upper(): action for kind, action in value.items()}

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


def resolve_policy_path(name_or_path: str | Path) -> Path:
    """A path, or a bare name of a shipped policy ("default" -> policies/default.yaml)."""
    path = Path(name_or_path).expanduser()
    if path.exists() or path.suffix in (".yaml", ".yml") or "/" in str(name_or_path):
        return path
    shipped = POLICY_DIR / f"{name_or_path}.yaml"
    return shipped if shipped.exists() else path


def load_policy(name_or_path: str | Path) -> Policy:
    """Load and validate a policy file; raise PolicyError with one clear line."""
    path = resolve_policy_path(name_or_path)
    try:
        raw_text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PolicyError(f"{path}: policy file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{path}: cannot read policy file ({exc.__class__.__name__})") from None
    return parse_policy(raw_text, source=str(path))


def parse_policy(raw_text: str, source: str = "<memory>") -> Policy:
    try:
        data = yaml.safe_load(raw_text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise PolicyError(f"{source}: invalid YAML{where}") from None
    if not isinstance(data, dict):
        raise PolicyError(f"{source}: a policy must be a YAML mapping with at least a 'name' key")
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(f"{source}: {_describe_validation_error(exc)}") from None
    policy.source = source
    return policy


def _describe_validation_error(exc: ValidationError) -> str:
    problems = []
    for error in exc.errors():
        key = ".".join(str(part) for part in error["loc"]) or "(top level)"
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown key"
        elif error["type"] == "missing":
            message = "required key is missing"
        problems.append(f"key '{key}': {message}")
    return "; ".join(problems)
