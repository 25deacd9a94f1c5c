"""OpenAI Embeddings (`POST /v1/embeddings`): inputs are redacted, nothing comes back to restore.

Token-array inputs cannot be scanned, so they are refused (fail closed) rather
than forwarded unread.

All embedding requests of one principal share a conversation (anchored on the
API name alone), so the same value becomes the same placeholder in every
request: documents embedded at different times stay comparable.
"""
from __future__ import annotations

from redactor.wire import Extraction, SegmentCollector, WireError

API = "embeddings"


def extract(body: dict) -> Extraction:
    if "input" not in body:
        raise WireError("'input' is required")
    source = body["input"]
    collector = SegmentCollector()
    if isinstance(source, str):
        collector.text(("input",), source, role="user", kind="prose", position="user")
    elif isinstance(source, list):
        for index, item in enumerate(source):
            if isinstance(item, str):
                collector.text(("input", index), item, role="user", kind="prose", position="user")
            elif isinstance(item, (int, list)):
                raise WireError("token-array embedding inputs cannot be scanned for sensitive data; "
                                "send text instead")
            else:
                raise WireError(f"'input[{index}]' must be a string")
    else:
        raise WireError("'input' must be a string or a list of strings")
    collector.side_fields(body, ("user",))
    return collector.finish(["embeddings"])
