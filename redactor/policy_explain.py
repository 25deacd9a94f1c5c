"""`redactor policy explain`: a policy in plain words.

Written for the security reviewer who has to sign off on a policy without
reading YAML: what is protected from whom, what happens to each kind of
finding, and where requests go.
"""
from __future__ import annotations

from redactor.policy import Policy

_ACTION_WORDS = {
    "redact": "replaced by a placeholder before sending, restored in the reply",
    "block": "the whole request is refused",
    "local": "the request is answered by the local model instead",
    "allow": "sent unchanged",
}
_CATEGORY_WORDS = {
    "secret": "credentials and keys (API tokens, passwords, private keys, connection strings)",
    "pii": "personal data (names, emails, phones, SSNs, cards, IBANs, addresses, dates of birth)",
    "infra": "infrastructure identifiers (internal hostnames, cloud resource ids, Kubernetes secrets)",
    "org": "organisation identifiers (company, project and customer names, internal domains)",
    "code": "the codebase's own names (databases, schemas, tables, functions, classes, modules, "
            "project codenames, partner organisations)",
}


def explain_policy(policy: Policy) -> str:
    lines = [f"Policy '{policy.name}'" + (f": {policy.description}" if policy.description else "")]
    if policy.extends:
        lines.append(f"Built on '{policy.extends}': its settings apply except where this file overrides them.")
    threat = policy.threat_model
    if threat.description:
        lines.append(f"Threat model: {' '.join(threat.description.split())}")
    lines.append(f"Untrusted: {', '.join(threat.untrusted) or 'nobody'}; protected assets: "
                 f"{', '.join(threat.assets) or 'none'}.")
    lines.append("")
    lines.append("Detection:")
    detection = policy.detection
    if detection.secrets:
        from redactor.detect.secrets import SECRET_PATTERNS

        lines.append(f"  - secrets: {len(SECRET_PATTERNS)} credential formats plus values of secret-looking "
                     f"keys with entropy >= {detection.entropy_threshold} bits/char")
    else:
        lines.append("  - secrets: off")
    lines.append(f"  - personal data patterns with checksums: {_on(detection.pii)}")
    lines.append(f"  - infrastructure identifiers: {_on(detection.infra)}")
    if detection.ner.enabled:
        lines.append(f"  - named entities ({', '.join(detection.ner.entities)}) with spaCy model "
                     f"'{detection.ner.model}', minimum score {detection.ner.min_score}")
    else:
        lines.append("  - named-entity recognition: off")
    if detection.code_identifiers.enabled:
        lines.extend(_code_identifier_lines(policy))
    for pattern in detection.patterns:
        context = (f"; score {pattern.effective_context_score:g} with one of the words "
                   f"{', '.join(pattern.context)} nearby" if pattern.context else "")
        check = ", Luhn checksum required" if pattern.validator == "luhn" else ""
        lines.append(f"  - policy pattern '{pattern.name}': {pattern.kind} ({pattern.category}), "
                     f"score {pattern.score:g}{context}{check}")
    org = policy.org
    org_terms = len(org.names) + len(org.codenames) + len(org.customers)
    if org_terms or org.internal_domains or org.hostname_patterns:
        lines.append(f"  - organisation terms: {org_terms} names/codenames/customers, "
                     f"{len(org.internal_domains)} internal domains, {len(org.hostname_patterns)} hostname patterns")
    if org.allow:
        lines.append(f"  - never redacted (allow-list): {', '.join(org.allow)}")
    lines.append(f"  - findings scoring below {detection.min_score} are ignored; "
                 + ("a value found once is redacted everywhere in the conversation"
                    if detection.propagate else "values are not propagated across the conversation"))
    lines.append("")
    lines.append("What happens to each finding:")
    for category, words in _CATEGORY_WORDS.items():
        if category == "code" and not detection.code_identifiers.enabled:
            continue  # nothing finds these names unless the policy turns the detector on
        action = policy.actions.get(category, "redact")
        lines.append(f"  - {words}: {_ACTION_WORDS[action]}")
    for kind, action in sorted(policy.kind_actions.items()):
        lines.append(f"  - {kind} specifically: {_ACTION_WORDS[action]}")
    lines.append("")
    lines.append("Stages, in order: detect" + "".join(f" -> {stage}" for stage in policy.stages))
    routing = policy.routing
    if "route" in policy.stages:
        if routing.always_local:
            lines.append("  - every request is answered by the local model; nothing is sent to a cloud API")
        else:
            lines.append(f"  - a client may ask for local routing with the '{routing.header}: local' header")
            if routing.local_categories or routing.local_kinds:
                lines.append(f"  - findings in {', '.join(routing.local_categories + routing.local_kinds)} "
                             "keep the request local")
            if routing.max_residual_risk is not None:
                lines.append(f"  - requests whose residual risk after redaction exceeds "
                             f"{routing.max_residual_risk} are kept local")
        if routing.sticky:
            lines.append("  - once a conversation was served locally it stays local")
        fallback = ("the request is refused" if routing.fallback == "error"
                    else "the request is redacted and sent to the cloud")
        lines.append(f"  - if the local model is unavailable: {fallback}")
        backend = routing.backend
        if backend.type == "llama":
            lines.append(f"  - local model: llama.cpp, GGUF {backend.model_path or '(not set)'}")
        elif backend.type == "http":
            lines.append(f"  - local model: OpenAI-compatible server at {backend.url}")
    if "generalize" in policy.stages:
        quasi = policy.quasi

        def _threshold(value: float | None) -> str:
            return "never" if value is None else f"at risk >= {value}"

        lines.append(f"  - descriptions that single a person out (role, place, dates, age, family, health...) are "
                     f"coarsened at level {quasi.level} {_threshold(quasi.generalize_above)}; what stays risky is "
                     f"rephrased {_threshold(quasi.rephrase_above)}, kept local {_threshold(quasi.local_above)}, "
                     f"blocked {_threshold(quasi.block_above)}")
    if "rephrase" in policy.stages:
        lines.append(f"  - prose is rewritten by the local model to remove implicit identifiers; a rewrite "
                     f"that loses a placeholder or drifts below similarity {policy.rephrase.min_similarity} "
                     f"is rejected ({policy.rephrase.on_reject})")
    if "noise" in policy.stages:
        budget = policy.budget
        lines.append(f"  - numbers{' and rare words' if policy.noise.words else ''} get differentially private "
                     f"noise (epsilon {policy.noise.epsilon_per_value} per value), charged to a budget of "
                     f"epsilon {budget.epsilon} per {budget.principal} per {budget.window_seconds} s; "
                     f"when exhausted: {budget.on_exhausted}")
    if "placeholders" not in policy.stages and "route" in policy.stages and not routing.always_local:
        lines.append("  - there is no placeholder stage: a request with findings is refused rather than sent")
    lines.append(f"Binary attachments (images, files): {'refused' if policy.binary_parts == 'block' else 'passed through'}.")
    lines.append(f"Placeholder mappings are kept encrypted in {policy.vault.url} "
                 f"(expire after {policy.vault.ttl_seconds} s).")
    return "\n".join(lines)


def _code_identifier_lines(policy: Policy) -> list[str]:
    config = policy.detection.code_identifiers
    lines = [
        "  - the codebase's own names: database and schema names (SQL, driver calls, connection URLs and "
        "settings), table names (SQL, ORM and migration declarations), the functions, classes and types "
        "the code defines, modules and names imported from internal packages, and project codenames and "
        "organisation names in comments, docstrings, READMEs and commit messages",
        "    they become placeholders that are still identifiers (FUNC_2_, DB_1_, TABLE_3_, PROJECT_1_), "
        "the same one everywhere in the conversation, also inside longer names (get_DB_1__conn), and are "
        "restored in replies, streams and tool-call arguments, so a patch the model writes applies to your files",
        "    the model still sees: the code's structure, keywords, the standard library and public packages "
        "(the 5000 most used on PyPI, 10000 on npm, and what is installed here), names that are one ordinary "
        "English word (users, run, Settings), string and number literals, and the kind of each hidden name",
    ]
    if config.public_modules:
        lines.append(f"    treated as public: {', '.join(config.public_modules)}")
    if config.internal_modules:
        lines.append(f"    always hidden as your own: {', '.join(config.internal_modules)}")
    return lines


def _on(flag: bool) -> str:
    return "on" if flag else "off"
