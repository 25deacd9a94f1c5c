"""Segments: the canonical, wire-format-independent view of a request.

Every client format (OpenAI chat, Responses, Anthropic messages, MCP tool call,
CLI text) is turned into a list of `Segment`s, one per text-bearing place in the
body. Stages read and rewrite segment text; the wire module that produced the
segments writes the new texts back into the body at `path`.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    # Who wrote it: "system", "user", "assistant", "tool", "developer".
    role: str = "user"
    # How stages treat it: "prose" (free text: NER, rephrase, noise apply),
    # "code" (source/config/log: no NER on identifiers, never rephrased),
    # "json_value" (one string leaf of a JSON document such as tool-call
    # arguments: the JSON stays valid because only leaves are rewritten),
    # "tool_result" (tool output: files, logs, env dumps; treated like code).
    kind: str = "prose"
    # Where it sits in the wire body, as a tuple of keys/indices, e.g.
    # ("messages", 3, "content", 0, "text"). Opaque to stages.
    path: tuple = ()
    # For json_value segments: the key that holds the string (e.g. "password").
    field_name: str | None = None
    # Which part of the payload it is, for audits and replay reports:
    # "system", "user", "assistant", "tool_arguments", "tool_result",
    # "tool_definition", "history".
    position: str = "user"

    def with_text(self, text: str) -> "Segment":
        # Built directly: dataclasses.replace costs several times more, and stages
        # call this for every redacted segment of every re-sent history.
        return Segment(text, self.role, self.kind, self.path, self.field_name, self.position)
