"""Stage B: replace sensitive spans with conversation-scoped placeholders.

Every span whose action is `redact` (or `local`, on a cloud route) becomes the placeholder the vault assigns
for its value in this conversation, so the same value reads the same in every
message, turn and tool call, and distinct values never share one. All
assignments of a request go to the vault in one call.
"""
from __future__ import annotations

from redactor.core import Work


class PlaceholderStage:
    name = "placeholders"

    def run(self, work: Work) -> None:
        policy = work.policy
        wanted: dict[str, str] = {}  # value -> kind, first kind wins
        plan: list[list[tuple[int, int, str]]] = []
        for segment, spans in zip(work.original, work.spans):
            replacements = []
            for span in spans:
                # On a cloud route, a `local` finding is here only because the
                # route stage applied the redact-and-send fallback, or because
                # the policy has no route stage: either way it must not leave
                # in clear, so it is redacted.
                if policy.action_for(span.kind, span.category) not in ("redact", "local"):
                    continue
                value = segment.text[span.start:span.end]
                wanted.setdefault(value, span.kind)
                replacements.append((span.start, span.end, value))
            plan.append(replacements)
        if not wanted:
            return
        values = list(wanted)
        placeholders = work.vault.assign(work.context.conversation, [(wanted[v], v) for v in values])
        placeholder_for = dict(zip(values, placeholders))
        work.mapping.update(zip(placeholders, values))
        work.decision.placeholders_issued = len(placeholder_for)
        for index, replacements in enumerate(plan):
            if not replacements:
                continue
            # Stages run in order and placeholders come before rephrase/noise,
            # so span offsets still refer to the original text here.
            text = work.original[index].text
            pieces = []
            cursor = 0
            for start, end, value in replacements:
                pieces.append(text[cursor:start])
                pieces.append(placeholder_for[value])
                cursor = end
            pieces.append(text[cursor:])
            work.segments[index] = work.segments[index].with_text("".join(pieces))
