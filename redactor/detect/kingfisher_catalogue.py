"""The maintained credential catalogue: Kingfisher's rules (gitleaks-derived) run in-process.

`kingfisher-secret-scanner` (PyPI, Apache-2.0) ships MongoDB Kingfisher's rule
set (~490 formats: the gitleaks/betterleaks catalogue plus Kingfisher's own)
compiled into one vectorscan database, so one pass over a text tries every
format. Our own catalogue (`secrets.py` + `rules/secret_formats.yaml`) keeps
what it lacks: keyword context in every syntax, connection strings, PEM blocks,
credential URLs.

Contract:
- Everything is local. Rules ship inside the wheel; the compiled database is
  cached on disk by the library (first load in a fresh environment ~5-8 s,
  afterwards ~0.4 s). Nothing is fetched at run time; validation/revocation
  (which would call vendor APIs) is never used.
- Offsets: the library reports UTF-8 byte offsets; spans are Python str
  indices, so they are mapped back here.
- Kinds are the rule id in upper snake case (`betterleaks.github-pat` ->
  `GITHUB_PAT`), category "secret". Score comes from the rule's confidence
  (high 0.9, medium 0.8, low 0.65): the wire keeps all of them (recall first),
  a stricter audit threshold drops the low-confidence generic rules.
- A leading URL scheme (`postgres://`) is not part of a span.
- A finding inside a base64 blob covers the whole blob (the blob carries the
  secret). Webhook findings cover the whole URL (the URL is the credential).
- A text without a 12-character token run (plain prose) is not scanned: every
  catalogue format has one. What a scan costs is mostly per finding, not per
  call: measured here, 0.02 ms for 1 KB and 0.04 ms for 10 KB without a
  finding, and 0.1-0.2 ms more for each finding (a credential URL, a token),
  spent in the native library confirming and building it. So joining a
  request's segments into one scan would save little; a text dense with
  credentials is what makes this catalogue expensive.
- Regions the caller has found already (`known`: our own catalogue's spans) are
  handed to the scanner blanked: each printable ASCII character of the region
  but the space replaced by `_FILLER`, but for host names (dotted names) and the
  punctuation right around them, so offsets (str and UTF-8 byte) stay where they
  were and only what we do not have is confirmed. A finding inside such a region
  would be dropped by the caller anyway, and every candidate costs: confirming
  a finding 0.1-0.2 ms (every credential URL a `.env` paste holds), rejecting a
  blanked one still ~0.04 ms while its separators are there (`xxx:xxxx@host`
  is a credential URL to the catalogue's regex until its filter sees the `x`s).
  Whitespace and host names stay: the text keeps its shape (a key before the
  region still has a value after it, no rule reaches past it to the next word),
  and rules that pair a token with the host it belongs to (helper rules such as
  a service's instance URL) still see the host between its delimiters
  (`@db.prod.acme.net:`). Bounds (base64 blobs, URLs, schemes) are grown on the
  original text.
- The catalogue is loaded once per process, lazily, and shared; scanning is
  thread-safe (each thread gets its own cheap scanner over the shared rules).
- Partnered rules: some 40 rules require a partner finding to report at all
  (`depends_on_rule`, not optional: an Artifactory key needs its instance URL,
  a ClickHouse secret its key id, an AWS key id a secret key within 5 lines),
  because the scanner pairs components for validation. For redaction the half
  alone is still the credential, so `partnered_rule_at` confirms a token some
  other rule already found (a doubtful stand-alone random token) against
  these rules' own patterns, recompiled in Python; the scanner is not asked.
"""
from __future__ import annotations

import re
import threading
import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from redactor.detect.base import Span

DETECTOR_NAME = "kingfisher"
CATEGORY = "secret"
_CONFIDENCE_SCORE = {"high": 0.9, "medium": 0.8, "low": 0.65}
_RULE_PREFIXES = ("betterleaks.", "kingfisher.", "veles.secrets/", "custom.")
# Every catalogue format has a token of at least 12 characters from these (keys, ids, secrets, URLs).
_TOKEN_RUN = re.compile(r"[A-Za-z0-9_\-+/=.:@]{12}")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]{0,30}://")
# What the printable characters of a known region are blanked with: a run of one character is no format's
# secret (no entropy). Host names and the punctuation around them stay (`_HOST_NAME`).
_FILLER = "x"
# Printable ASCII but the space (one UTF-8 byte, like the filler): str.translate runs in C.
_BLANKING = str.maketrans({chr(code): _FILLER for code in range(ord("!"), ord("~") + 1)})
# Started only where a run of its characters starts (a match inside a run would also match from the run's
# start, which finditer finds first): tried elsewhere, the run was read to its end at every offset.
_HOST_NAME = re.compile(r"(?<![A-Za-z0-9-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# Characters that end a URL written in text, config or code.
_URL_STOP = frozenset(" \t\r\n\"'`<>\\|")


class _RuleVerdict:
    """The kind and score a catalogue rule gives what it finds, from its `rule_id` and `confidence` (shared by a
    finding and a partnered rule)."""

    __slots__ = ()
    rule_id: str
    confidence: str

    @property
    def kind(self) -> str:
        return rule_kind(self.rule_id)

    @property
    def score(self) -> float:
        return _CONFIDENCE_SCORE.get(self.confidence, 0.65)


@dataclass(frozen=True, slots=True)
class CatalogueFinding(_RuleVerdict):
    """One credential the catalogue found: [start, end) in str indices, the rule and its confidence."""

    start: int
    end: int
    rule_id: str
    confidence: str


@lru_cache(maxsize=1024)  # the catalogue's ~490 rule ids: computed once each, not per finding
def rule_kind(rule_id: str) -> str:
    """`betterleaks.github-pat` -> `GITHUB_PAT`."""
    name = rule_id
    for prefix in _RULE_PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix):]
            break
    kind = "".join(c if c.isalnum() else "_" for c in name).upper().strip("_")
    return kind or "SECRET"


@dataclass(frozen=True, slots=True)
class PartneredRule(_RuleVerdict):
    """A catalogue rule the scanner reports only beside a partner (see the module docstring)."""

    rule_id: str
    regex: re.Pattern[str]
    confidence: str


# How far around a token a partnered rule's match is looked for: its key word sits before it on the same line.
_PARTNER_WINDOW_BEFORE = 120
_PARTNER_WINDOW_AFTER = 16


def python_pattern(pattern: str) -> re.Pattern[str] | None:
    """A catalogue (Rust regex) pattern as a Python one; None where the syntaxes differ in a way not handled.

    Flags may lead the pattern (`(?i)`, `(?x)`) or be scoped (`(?i:...)`) in both; a flag set in the
    middle of a pattern (`pscale_tkn_(?i)...`) has no Python spelling and such a rule is left out.
    """
    leading = re.match(r"(?:\(\?[imsx]+\))+", pattern)
    rest = pattern[leading.end():] if leading else pattern
    if re.search(r"\(\?[imsx]+\)", rest):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # `[[:alnum:]]`-like sets read as nested to Python
            return re.compile(pattern.replace(r"\z", r"\Z"))
    except re.error:
        return None


class KingfisherCatalogue:
    """Kingfisher's compiled rules, shared by every detector of the process."""

    _instance: "KingfisherCatalogue | None" = None
    _instance_lock = threading.Lock()

    def __init__(self) -> None:
        import kingfisher_sdk

        self._sdk = kingfisher_sdk
        # "low" loads every rule; the score carries the confidence, the caller picks the threshold.
        self._rules = kingfisher_sdk.Rules(confidence="low")
        self._local = threading.local()

    @classmethod
    def shared(cls) -> "KingfisherCatalogue":
        if cls._instance is None:
            with cls._instance_lock:
                if cls._instance is None:
                    cls._instance = cls()
        return cls._instance

    @classmethod
    def warm_up_if_loaded(cls) -> None:
        """Work out the partnered rules now (~50 ms) if this process loaded the catalogue, not at the first doubtful
        token of a request."""
        if cls._instance is not None:
            cls._instance.partnered_rules()

    def __len__(self) -> int:
        return len(self._rules)

    def rule_ids(self) -> list[str]:
        return [rule["id"] for rule in self._rules.metadata()]

    def partnered_rules(self) -> tuple[PartneredRule, ...]:
        """The visible rules that require a partner finding, with their patterns in Python (computed once)."""
        rules = getattr(self, "_partnered", None)
        if rules is None:
            found = []
            for rule in self._rules.metadata():
                if not rule.get("visible", True):
                    continue
                detail = self._rules.detail(rule["id"])
                if not any(not partner.get("optional") for partner in detail.get("depends_on_rule") or ()):
                    continue
                regex = python_pattern(detail.get("pattern") or "")
                if regex is not None:
                    found.append(PartneredRule(rule["id"], regex, detail.get("confidence", "low")))
            rules = self._partnered = tuple(found)
        return rules

    def partnered_rule_at(self, text: str, start: int, end: int) -> tuple[PartneredRule, int, int] | None:
        """The partnered rule whose secret is the token at [start, end), with the secret's bounds; else None.

        The secret is a capture group of the rule's match (or the whole match when it has none) that holds
        the token and is at most a few characters longer (quotes, a trailing `=`): a key word the match
        starts from is context, never part of the secret.
        """
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        window_start = max(line_start, start - _PARTNER_WINDOW_BEFORE)
        window_end = min(len(text) if line_end < 0 else line_end, end + _PARTNER_WINDOW_AFTER)
        for rule in self.partnered_rules():
            for match in rule.regex.finditer(text, window_start, window_end):
                if match.end() < end:
                    continue
                if match.start() > start:
                    break
                for group in range(1, (match.re.groups or 0) + 1) or (0,):
                    group_start, group_end = match.span(group)
                    if group_start <= start and group_end >= end and group_end - group_start <= end - start + 4:
                        return rule, group_start, group_end
        return None

    def _scanner(self):
        scanner = getattr(self._local, "scanner", None)
        if scanner is None:
            # Two-layer base64 decoding (the CLI's policy): base64-wrapped JWTs and .env blobs.
            scanner = self._sdk.Scanner(self._rules, base64=True, dedup=False,
                                        policy=self._sdk.DetectionPolicy(inline_ignores=False))
            self._local.scanner = scanner
        return scanner

    def find(self, text: str, known: Sequence[tuple[int, int]] = ()) -> list[CatalogueFinding]:
        """Every visible finding in `text`, with str offsets, but for those `known` regions (sorted, disjoint) hold."""
        if not text or not _TOKEN_RUN.search(text):
            return []  # no run a credential could be: skip the call
        scanned = _blanked(text, known) if known else text
        if scanned is not text and not _TOKEN_RUN.search(scanned):
            return []
        data = scanned.encode("utf-8", "surrogatepass")
        raw = [(f.location["start_offset"], f.location["end_offset"], f.rule_id, f.confidence, f.is_base64_encoded)
               for f in self._scanner().scan(data) if f.visible]  # invisible: helper rules others depend on
        to_char = _char_offsets(data, {offset for item in raw for offset in item[:2]}) if len(data) != len(text) else None
        found: list[CatalogueFinding] = []
        for start, end, rule_id, confidence, in_base64 in raw:
            if to_char is not None:
                start, end = to_char[start], to_char[end]
            if end <= start:
                continue
            if in_base64:
                start, end = _token_bounds(text, start, end)
            elif "webhook" in rule_id:
                start, end = _url_bounds(text, start, end)
            else:
                scheme = _SCHEME.match(text, start, end)
                if scheme:
                    start = scheme.end()  # `mongodb+srv://user:pw@...`: the scheme says nothing secret
            found.append(CatalogueFinding(start, end, rule_id, confidence))
        return found

    def spans(self, text: str, known: Sequence[tuple[int, int]] = ()) -> list[Span]:
        return [Span(f.start, f.end, f.kind, CATEGORY, f.score, DETECTOR_NAME) for f in self.find(text, known)]


def _blanked(text: str, known: Sequence[tuple[int, int]]) -> str:
    """`text` with the printable ASCII of the `known` regions replaced by `_FILLER`, but for spaces, host names
    and the one character on each side of a host name (`@db.internal:`).

    Every character is replaced by one of the same UTF-8 length: str and byte offsets stay the same.
    """
    pieces: list[str] = []
    cursor = 0
    blanked_regions: dict[str, str] = {}  # a text often repeats a region (the same URL on every line)
    for start, end in known:
        if end <= start:
            continue
        pieces.append(text[cursor:start])
        region = text[start:end]
        blanked = blanked_regions.get(region)
        if blanked is None:
            blanked = blanked_regions[region] = _blanked_region(region)
        pieces.append(blanked)
        cursor = end
    if not pieces:
        return text
    pieces.append(text[cursor:])
    return "".join(pieces)


def _blanked_region(region: str) -> str:
    if "." not in region:
        return region.translate(_BLANKING)  # no host name
    pieces: list[str] = []
    kept = 0
    for host in _HOST_NAME.finditer(region):
        # The host's delimiters stay too: a character before or after a host name is no letter or digit.
        host_start, host_end = max(kept, host.start() - 1), min(len(region), host.end() + 1)
        pieces.append(region[kept:host_start].translate(_BLANKING))
        pieces.append(region[host_start:host_end])
        kept = host_end
    pieces.append(region[kept:].translate(_BLANKING))
    return "".join(pieces)


def _char_offsets(data: bytes, byte_offsets: set[int]) -> dict[int, int]:
    """str index of each UTF-8 byte offset, decoding only the stretches between them."""
    mapping: dict[int, int] = {}
    previous_byte = previous_char = 0
    for offset in sorted(byte_offsets):
        previous_char += len(data[previous_byte:offset].decode("utf-8", "surrogatepass"))
        previous_byte = offset
        mapping[offset] = previous_char
    return mapping


def _token_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow [start, end) to the surrounding run of base64 characters."""
    alphabet = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-")
    while start > 0 and text[start - 1] in alphabet:
        start -= 1
    while end < len(text) and text[end] in alphabet:
        end += 1
    return start, end


def _url_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow [start, end) to the URL around it (scheme through path), sentence punctuation excluded."""
    scheme = text.rfind("://", max(0, start - 300), start + 1)
    if scheme != -1 and not any(c in _URL_STOP for c in text[scheme:start]):
        begin = scheme
        while begin > 0 and text[begin - 1].isalnum():
            begin -= 1
        start = begin
    while end < len(text) and text[end] not in _URL_STOP:
        end += 1
    while end > start and text[end - 1] in ".,;:!?)]}":
        end -= 1
    return start, end
