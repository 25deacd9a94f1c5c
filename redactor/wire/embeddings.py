"""OpenAI Embeddings (`POST /v1/embeddings`): inputs are redacted, nothing comes back to restore;
a local model's vectors are rendered as an embeddings list.

Token-array inputs cannot be scanned, so they are refused (fail closed) rather
than forwarded unread.

All embedding requests of one principal share a conversation (anchored on the
API name alone), so the same value becomes the same placeholder in every
request: documents embedded at different times stay comparable.
"""
from __future__ import annotations

from redactor.backends.local import LocalModelBackend
from redactor.core import LocalRequestError
from redactor.wire import Extraction, SegmentCollector, WireError, safe_fields
from redactor.wire.local_reply import LocalReply, json_reply

API = "embeddings"
# Passed as they are; everything else is scanned (redactor.wire.SegmentCollector.rest).
SAFE_FIELDS = safe_fields("model", "encoding_format")


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
    collector.rest(body, SAFE_FIELDS)
    return collector.finish(["embeddings"])


# -- a local model's answer in this API's format -------------------------------------------


async def local_reply(backend: LocalModelBackend, body: dict, stream: bool) -> LocalReply:
    """Embed the client's text inputs with the local model; an embeddings list in input order."""
    source = body.get("input")
    texts = [source] if isinstance(source, str) else source
    if not isinstance(texts, list) or not all(isinstance(text, str) for text in texts):
        raise LocalRequestError("the local model embeds text inputs only ('input' must be a string or "
                                "a list of strings)")
    embedded = await backend.embed(texts)
    return json_reply({
        "object": "list",
        "data": [{"object": "embedding", "index": index, "embedding": vector}
                 for index, vector in enumerate(embedded.vectors)],
        "model": embedded.model,
        "usage": {"prompt_tokens": embedded.prompt_tokens, "total_tokens": embedded.prompt_tokens},
    })
