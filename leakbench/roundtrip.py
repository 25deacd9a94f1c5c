"""Placeholder round-trip fidelity through a simulated model (no cloud LLM needed).

The simulated model answers with the placeholders it was sent, the way real
models do: echoing the text, paraphrasing it (sentences reordered, words next
to placeholders re-cased), lower-casing placeholders, quoting them in
backticks, escaping them for markdown, or putting them into JSON tool-call
arguments. Each reply goes through the conversation's real `Restorer`; a
value counts as restored when it comes back exactly.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Sequence

from redactor.placeholder_syntax import CANONICAL_PATTERN, PLACEHOLDER_PATTERN, canonical_from_match
from redactor.restore import Restorer

VARIANTS = ("echo", "paraphrase", "lowercase", "backticks", "markdown", "json")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass
class RoundTripResult:
    expected: dict[str, int] = field(default_factory=dict)  # variant -> values expected back
    restored: dict[str, int] = field(default_factory=dict)  # variant -> values restored exactly
    echo_identical: bool = True  # restoring the echo gave back the original texts exactly


def placeholders_in(texts: Sequence[str], issued: dict[str, str]) -> list[str]:
    """Distinct issued placeholders that occur in `texts`, in order of first occurrence."""
    seen: dict[str, None] = {}
    for text in texts:
        for match in CANONICAL_PATTERN.finditer(text):
            if match.group(0) in issued:
                seen.setdefault(match.group(0))
    return list(seen)


def paraphrase(text: str) -> str:
    """Reverse the sentence order and swap the case of the word on each side of a placeholder."""
    sentences = [part for part in _SENTENCE_END.split(text) if part.strip()]
    reordered = " ".join(reversed(sentences))

    def recase(match: re.Match) -> str:
        return match.group(1).swapcase() + match.group(2) + match.group(3).swapcase()

    return re.sub(r"(\w*)(\s*\[\[[A-Z0-9_]+\]\]\s*)(\w*)", recase, reordered)


def markdown_escape(placeholder: str) -> str:
    return placeholder.replace("[", "\\[").replace("]", "\\]").replace("_", "\\_")


def simulated_replies(outgoing_texts: Sequence[str], placeholders: Sequence[str]) -> dict[str, str]:
    """The simulated model's reply for each text variant (json is handled separately)."""
    joined = "\n\n".join(outgoing_texts)
    return {
        "echo": joined,
        "paraphrase": paraphrase(joined),
        "lowercase": "I looked at " + ", ".join(p.lower() for p in placeholders) + ".",
        "backticks": "Values used: " + ", ".join(f"`{p}`" for p in placeholders) + ".",
        "markdown": "Values used: " + ", ".join(markdown_escape(p) for p in placeholders) + ".",
    }


def round_trip(restorer: Restorer, original_texts: Sequence[str], outgoing_texts: Sequence[str]) -> RoundTripResult:
    """Measure how many values each simulated reply gets back through `restorer`."""
    result = RoundTripResult()
    placeholders = placeholders_in(outgoing_texts, restorer.mapping)
    result.echo_identical = all(restorer.restore(out)[0] == original
                                for out, original in zip(outgoing_texts, original_texts))
    if not placeholders:
        return result
    values = [restorer.mapping[p] for p in placeholders]
    for variant, reply in simulated_replies(outgoing_texts, placeholders).items():
        restored_text, _ = restorer.restore(reply)
        restored = 0
        for placeholder, value in zip(placeholders, values):
            sent = reply.count(value) + _occurrences(reply, placeholder)
            if _occurrences(reply, placeholder) and restored_text.count(value) >= sent:
                restored += 1
        result.expected[variant] = len(placeholders)
        result.restored[variant] = restored
    # JSON tool-call arguments: restored inside the JSON text, which must stay valid.
    arguments = json.dumps({"values": placeholders})
    restored_json, _ = restorer.restore(arguments, json_escape=True)
    try:
        decoded = json.loads(restored_json)["values"]
    except (ValueError, KeyError, TypeError):
        decoded = []
    result.expected["json"] = len(placeholders)
    result.restored["json"] = sum(1 for got, want in zip(decoded, values) if got == want)
    return result


def _occurrences(text: str, placeholder: str) -> int:
    # Case- and escape-tolerant count, in either placeholder form: what the restorer would also accept.
    return sum(1 for match in PLACEHOLDER_PATTERN.finditer(text) if canonical_from_match(match) == placeholder)
