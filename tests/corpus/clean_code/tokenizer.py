"""A tiny BPE tokenizer used by the prompt-budget estimator."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

TOKEN_PATTERN = re.compile(r"\w+|[^\w\s]")
MAX_TOKENS = 4096
DEFAULT_MAX_NEW_TOKENS = 512


@dataclass
class Tokenizer:
    vocab: dict[str, int] = field(default_factory=dict)
    merges: list[tuple[str, str]] = field(default_factory=list)
    unk_token: str = "<unk>"
    bos_token: str = "<s>"
    eos_token: str = "</s>"
    pad_token_id: int = 0

    def tokenize(self, text: str) -> list[str]:
        tokens = TOKEN_PATTERN.findall(text)
        for left, right in self.merges:
            tokens = self._merge(tokens, left, right)
        return tokens

    def encode(self, text: str) -> list[int]:
        unk = self.vocab.get(self.unk_token, 0)
        return [self.vocab.get(token, unk) for token in self.tokenize(text)]

    @staticmethod
    def _merge(tokens: list[str], left: str, right: str) -> list[str]:
        merged: list[str] = []
        i = 0
        while i < len(tokens):
            if i + 1 < len(tokens) and tokens[i] == left and tokens[i + 1] == right:
                merged.append(left + right)
                i += 2
            else:
                merged.append(tokens[i])
                i += 1
        return merged


def count_tokens(text: str, tokenizer: Tokenizer) -> int:
    return len(tokenizer.tokenize(text))


def fits_budget(prompt: str, tokenizer: Tokenizer, max_tokens: int = MAX_TOKENS) -> bool:
    prompt_tokens = count_tokens(prompt, tokenizer)
    return prompt_tokens + DEFAULT_MAX_NEW_TOKENS <= max_tokens
