"""Writes a tiny random-weight llama-architecture GGUF that llama.cpp loads in milliseconds.

The model is nonsense (random weights) but real: llama.cpp parses it, builds
the graph, tokenizes with a SentencePiece-style vocabulary (byte tokens
<0x00>..<0xFF> are included, so any text tokenizes) and generates tokens. Tests
use it to exercise the real loading and generation path and assert structure
(response shape, finish reason, token counts), never content.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

# Hidden size, layers, heads and vocabulary: small enough that loading and
# generating a few dozen tokens takes milliseconds on one core.
HIDDEN = 64
LAYERS = 2
HEADS = 4
FEED_FORWARD = 128
CONTEXT = 2048

# Renders OpenAI-style messages; enough for llama-cpp-python's Jinja2 chat formatter.
CHAT_TEMPLATE = (
    "{{ bos_token }}"
    "{% for message in messages %}"
    "<|{{ message['role'] }}|>\n{{ message['content'] }}{{ eos_token }}\n"
    "{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)

_WORDS = (
    "the a an and or of to in on is are was be it this that for with as by from at not "
    "you we they he she i code file path function return value error test model request "
    "user system assistant tool call result text data key token name time team manager "
    "project report meeting office customer server database config log line number"
).split()

# llama.cpp token types (gguf.TokenType): normal, unknown, control, byte.
_NORMAL, _UNKNOWN, _CONTROL, _BYTE = 1, 2, 3, 6


def write_tiny_gguf(path: str | Path, seed: int = 0, chat_template: str | None = CHAT_TEMPLATE) -> Path:
    """Write the tiny model to `path` and return the path."""
    import gguf

    path = Path(path)
    rng = np.random.default_rng(seed)
    tokens, scores, types = _vocabulary()
    vocab = len(tokens)

    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_name("redactor-tiny-test-model")
    writer.add_context_length(CONTEXT)
    writer.add_embedding_length(HIDDEN)
    writer.add_block_count(LAYERS)
    writer.add_feed_forward_length(FEED_FORWARD)
    writer.add_head_count(HEADS)
    writer.add_head_count_kv(HEADS)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_rope_dimension_count(HIDDEN // HEADS)
    writer.add_vocab_size(vocab)
    writer.add_file_type(0)  # all F32
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_scores(scores)
    writer.add_token_types(types)
    writer.add_unk_token_id(0)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(2)
    writer.add_add_bos_token(True)
    writer.add_add_eos_token(False)
    if chat_template is not None:
        writer.add_chat_template(chat_template)

    def weight(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.2).astype(np.float32)

    # numpy shapes are (rows, cols); GGUF stores the reversed ggml dimensions.
    writer.add_tensor("token_embd.weight", weight(vocab, HIDDEN))
    writer.add_tensor("output_norm.weight", np.ones(HIDDEN, dtype=np.float32))
    writer.add_tensor("output.weight", weight(vocab, HIDDEN))
    for layer in range(LAYERS):
        prefix = f"blk.{layer}."
        writer.add_tensor(prefix + "attn_norm.weight", np.ones(HIDDEN, dtype=np.float32))
        writer.add_tensor(prefix + "attn_q.weight", weight(HIDDEN, HIDDEN))
        writer.add_tensor(prefix + "attn_k.weight", weight(HIDDEN, HIDDEN))
        writer.add_tensor(prefix + "attn_v.weight", weight(HIDDEN, HIDDEN))
        writer.add_tensor(prefix + "attn_output.weight", weight(HIDDEN, HIDDEN))
        writer.add_tensor(prefix + "ffn_norm.weight", np.ones(HIDDEN, dtype=np.float32))
        writer.add_tensor(prefix + "ffn_gate.weight", weight(FEED_FORWARD, HIDDEN))
        writer.add_tensor(prefix + "ffn_up.weight", weight(FEED_FORWARD, HIDDEN))
        writer.add_tensor(prefix + "ffn_down.weight", weight(HIDDEN, FEED_FORWARD))

    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def _vocabulary() -> tuple[list[str], list[float], list[int]]:
    tokens = ["<unk>", "<s>", "</s>"]
    types = [_UNKNOWN, _CONTROL, _CONTROL]
    tokens += [f"<0x{byte:02X}>" for byte in range(256)]
    types += [_BYTE] * 256
    pieces: list[str] = []
    for letter in "abcdefghijklmnopqrstuvwxyz":
        pieces += [letter, "\u2581" + letter]
    pieces += ["\u2581" + word for word in _WORDS]
    pieces += list("0123456789.,:;!?-_()[]{}<>|/'\"=+*#@")
    seen = set(tokens)
    for piece in pieces:
        if piece not in seen:
            seen.add(piece)
            tokens.append(piece)
            types.append(_NORMAL)
    # SentencePiece scores: longer pieces are preferred by the BPE-like merge.
    scores = [0.0] * len(tokens)
    for index, (token, kind) in enumerate(zip(tokens, types)):
        if kind == _NORMAL:
            scores[index] = float(len(token)) - index * 1e-4
        elif kind == _BYTE:
            scores[index] = -1000.0
    return tokens, scores, types


if __name__ == "__main__":  # pragma: no cover - manual use: python tests/tiny_gguf.py out.gguf
    import sys

    print(write_tiny_gguf(sys.argv[1] if len(sys.argv) > 1 else "tiny.gguf"))
