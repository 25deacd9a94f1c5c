"""In-process llama.cpp (llama-cpp-python): a GGUF loaded once per path, served by one worker thread.

A `Llama` object is not thread-safe, and loading a model costs memory and
time, so each (file, context size, threads) is loaded once per process and
shared by every `LlamaBackend` that names it. All its work (chat generations,
rephrasings, token counts) runs on that model's single worker thread, in
arrival order: concurrent requests queue rather than crash. Streaming chunks
cross from the worker to the event loop through a queue; when the client goes
away the generation stops at the next token.

Chat prompts are rendered by the GGUF's own chat template when it has one, and
otherwise by the Gemma turn format (Gemma-family files) or ChatML. Tool
calling is prompt-based so it works with any model: the tool definitions go
into the system prompt and the model is asked to answer with
`<tool_call>{"name": ..., "arguments": {...}}</tool_call>`, which is parsed back
into real tool calls (a bare JSON object naming a tool counts too). How well
that works depends on the model: a 135M model rarely calls tools sensibly.
"""
from __future__ import annotations

import asyncio
import atexit
import json
import os
import re
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any, Callable, Sequence

from redactor.backends.default_model import DEFAULT_MODEL_ALIAS, DefaultModelMissing, locate_default_model
from redactor.backends.local import (
    ChatChunk,
    ChatRequest,
    ChatStream,
    LocalModelBackend,
    TextCompletion,
    ToolCallDelta,
    Usage,
    new_id,
)
from redactor.core import LocalBackendError
from redactor.policy import LocalBackendConfig

GGUF_MAGIC = b"GGUF"
_TOOL_OPEN = "<tool_call>"
_TOOL_CLOSE = "</tool_call>"
_END = object()
# Small instruction-tuned models fall into loops ("the the the", a repeated
# line) without a repetition penalty; 1.1 is llama.cpp's usual value and does
# not disturb code, whose repeated tokens are few within the penalty window.
REPEAT_PENALTY = 1.1
# Without a temperature from the client: low, so short factual answers and
# code are stable; the client's value always wins.
DEFAULT_CHAT_TEMPERATURE = 0.2


def default_threads() -> int:
    # llama.cpp's worker threads spin while they wait; on a small or busy
    # machine more threads than free cores make generation many times slower
    # (measured here: 2 threads on 2 busy cores ran at 2 tokens/s, 1 at 24).
    return max(1, (os.cpu_count() or 2) // 2)


class LlamaBackend(LocalModelBackend):
    """A GGUF model run by llama.cpp inside this process."""

    name = "llama"

    def __init__(self, model_path: str | Path, *, context_tokens: int = 4096, max_output_tokens: int = 512,
                 threads: int | None = None, timeout_seconds: float = 120.0, max_queue: int = 32,
                 chat_format: str = "auto", repack_weights: bool = False) -> None:
        path = resolve_model_path(str(model_path))
        self._model = _shared_model(path, context_tokens, threads or default_threads(), repack_weights)
        self._renderer = _PromptRenderer(self._model.llama, chat_format)
        self._timeout = timeout_seconds
        self._max_queue = max_queue
        super().__init__(path.stem, context_tokens, max_output_tokens)

    @classmethod
    def from_config(cls, config: LocalBackendConfig) -> "LlamaBackend":
        if not config.model_path:
            raise LocalBackendError("routing.backend.type is 'llama' but routing.backend.model_path is not set "
                                    "(a GGUF file, or 'default' for the model installed by setup)")
        return cls(config.model_path, context_tokens=config.context_tokens,
                   max_output_tokens=config.max_output_tokens, threads=config.threads,
                   timeout_seconds=config.timeout_seconds, max_queue=config.max_queue,
                   chat_format=config.chat_format, repack_weights=config.repack_weights)

    @property
    def model_path(self) -> Path:
        return self._model.path

    # -- LocalModelBackend ----------------------------------------------------------------

    def count_tokens(self, request: ChatRequest) -> int:
        prompt, _ = self._renderer.render(request)
        return len(self._model.run(lambda llama: self._renderer.tokenize(prompt), self._timeout))

    async def open_stream(self, request: ChatRequest) -> ChatStream:
        prompt, stop = self._renderer.render(request)
        tokens = await asyncio.wrap_future(self._model.submit(lambda llama: self._renderer.tokenize(prompt),
                                                              self._max_queue))
        max_tokens = request.max_tokens or self.max_output_tokens
        self.check_fits(len(tokens), max_tokens)
        max_tokens = min(max_tokens, self.context_tokens - len(tokens))
        temperature = request.temperature if request.temperature is not None else DEFAULT_CHAT_TEMPERATURE
        cancel = threading.Event()
        # Queued now, so a busy model is refused before any byte is sent.
        queue = self._start_generation(tokens, max_tokens, temperature, request.top_p,
                                       [*stop, *request.stop], cancel)
        tool_names = [tool["function"].get("name") for tool in request.offered_tools()]
        chunks = _chunks_from(queue, len(tokens), cancel, tool_names)
        return ChatStream(chunks, len(tokens), self.model_name, close=cancel.set)

    def complete_text(self, prompt: str, *, max_tokens: int = 256, temperature: float = 0.2,
                      stop: Sequence[str] = ()) -> TextCompletion:
        started = time.perf_counter()
        deadline = time.monotonic() + self._timeout  # from submission: queueing counts too

        # An instruction-tuned model (its GGUF has a chat template) reads the
        # prompt as the user's message and answers in its own turn, as a local
        # server's chat endpoint does; a base model continues the raw text.
        rendered, turn_stops = (self._renderer.render(ChatRequest([{"role": "user", "content": prompt}]))
                                if self._renderer.chat_format == "template" else (prompt, []))
        stop = [*stop, *turn_stops]

        def job(llama: Any) -> TextCompletion:
            tokens = (self._renderer.tokenize(rendered) if turn_stops
                      else llama.tokenize(rendered.encode("utf-8", "replace"), add_bos=True))
            self.check_fits(len(tokens), max_tokens)
            budget = min(max_tokens, self.context_tokens - len(tokens))
            pieces, finish, generated = [], "stop", 0
            steps = _generation(llama, tokens, budget, temperature, None, list(stop), threading.Event(), deadline)
            for text, finish_reason, count in steps:
                pieces.append(text)
                generated = count
                if finish_reason:
                    finish = finish_reason
            return TextCompletion("".join(pieces), finish, Usage(len(tokens), generated),
                                  time.perf_counter() - started)

        return self._model.run(job, self._timeout, self._max_queue)

    def unavailable_reason(self) -> str | None:
        return None  # loaded at construction; a model that failed to load never got here

    # -- generation ----------------------------------------------------------------------------

    def _start_generation(self, tokens: list[int], max_tokens: int, temperature: float, top_p: float | None,
                          stop: list[str], cancel: threading.Event) -> asyncio.Queue:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue = asyncio.Queue()
        deadline = time.monotonic() + self._timeout

        def emit(item: Any) -> None:
            try:
                loop.call_soon_threadsafe(queue.put_nowait, item)
            except RuntimeError:  # the event loop is gone: nobody is listening
                cancel.set()

        def job(llama: Any) -> None:
            try:
                if cancel.is_set():
                    return
                if time.monotonic() > deadline:
                    raise LocalBackendError("timed out waiting for the local model (queue too long)")
                for item in _generation(llama, tokens, max_tokens, temperature, top_p, stop, cancel, deadline):
                    emit(item)
                    if cancel.is_set():
                        break
                emit(_END)
            except BaseException as exc:  # delivered to the awaiting request, never lost
                emit(exc)

        self._model.submit(job, self._max_queue)
        return queue


async def _chunks_from(queue: asyncio.Queue, prompt_tokens: int, cancel: threading.Event,
                       tool_names: list[str]):
    """ChatChunks from the worker's queue, with tool calls parsed out of the text."""
    scanner = _ToolCallScanner(tool_names) if tool_names else None
    try:
        while True:
            item = await queue.get()
            if item is _END:
                break
            if isinstance(item, BaseException):
                if isinstance(item, LocalBackendError):
                    raise item
                raise LocalBackendError(f"the local model failed ({item.__class__.__name__})")
            text, finish_reason, generated = item
            if scanner is not None:
                text = scanner.feed(text)
            if text:
                yield ChatChunk(text=text)
            if finish_reason:
                calls: list[ToolCallDelta] = []
                if scanner is not None:
                    tail, calls = scanner.finish()
                    if tail:
                        yield ChatChunk(text=tail)
                if calls and finish_reason == "stop":
                    finish_reason = "tool_calls"
                yield ChatChunk(tool_calls=calls, finish_reason=finish_reason,
                                usage=Usage(prompt_tokens, generated))
    finally:
        cancel.set()


def _generation(llama: Any, tokens: list[int], max_tokens: int, temperature: float, top_p: float | None,
                stop: list[str], cancel: threading.Event, deadline: float):
    """Yield (text, finish_reason or None, tokens generated so far); runs on the worker thread."""
    from llama_cpp import StoppingCriteriaList

    generated = 0
    stopped_early = False

    def keep_going(input_ids: Any, logits: Any) -> bool:
        # Called once per sampled token: counts tokens, enforces max_tokens
        # exactly, and lets a cancelled or overdue request stop at once.
        nonlocal generated, stopped_early
        generated += 1
        if generated >= max_tokens or cancel.is_set() or time.monotonic() > deadline:
            stopped_early = True
            return True
        return False

    parts = llama.create_completion(
        tokens, max_tokens=max_tokens, temperature=temperature, top_p=top_p if top_p is not None else 0.95,
        repeat_penalty=REPEAT_PENALTY, stop=[piece for piece in stop if piece] or None, stream=True,
        stopping_criteria=StoppingCriteriaList([keep_going]))
    finish = "stop"
    try:
        for part in parts:
            choice = part["choices"][0]
            if choice.get("finish_reason"):
                finish = "length" if stopped_early or choice["finish_reason"] == "length" else "stop"
                if choice.get("text"):
                    yield choice["text"], None, generated
                break
            if choice.get("text"):
                yield choice["text"], None, generated
    finally:
        parts.close()
    yield "", finish, min(generated, max_tokens)


# -- the shared, loaded model ---------------------------------------------------------------------


class _SharedModel:
    """One loaded Llama and the single worker thread that may touch it."""

    def __init__(self, path: Path, context_tokens: int, threads: int, repack_weights: bool) -> None:
        self.path = path
        self.llama = _load_llama(path, context_tokens, threads, repack_weights)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="redactor-llama")
        self._pending = 0
        self._lock = threading.Lock()
        self._worker: threading.Thread | None = None

    def submit(self, job: Callable[[Any], Any], max_queue: int = 1_000_000) -> Future:
        with self._lock:
            if self._pending >= max_queue:
                raise LocalBackendError(f"the local model is busy ({self._pending} requests queued); try again")
            self._pending += 1

        def run() -> Any:
            self._worker = threading.current_thread()
            try:
                return job(self.llama)
            finally:
                with self._lock:
                    self._pending -= 1

        return self._executor.submit(run)

    def run(self, job: Callable[[Any], Any], timeout: float, max_queue: int = 1_000_000) -> Any:
        """Run `job(llama)` on the worker thread and wait for its result (synchronous callers)."""
        if threading.current_thread() is self._worker:
            return job(self.llama)
        future = self.submit(job, max_queue)
        try:
            return future.result(timeout=timeout)
        except FutureTimeout:
            future.cancel()
            raise LocalBackendError("the local model did not answer in time") from None

    @property
    def pending(self) -> int:
        return self._pending

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
        close = getattr(self.llama, "close", None)
        if close is not None:
            close()


_MODELS: dict[tuple, _SharedModel] = {}
_MODELS_LOCK = threading.Lock()


@atexit.register
def _close_models() -> None:
    # Free the models while llama_cpp still exists: left to garbage collection
    # at interpreter exit, Llama.__del__ runs after its module is torn down.
    with _MODELS_LOCK:
        for model in _MODELS.values():
            model.close()
        _MODELS.clear()


def _shared_model(path: Path, context_tokens: int, threads: int, repack_weights: bool) -> _SharedModel:
    key = (str(path.resolve()), context_tokens, threads, repack_weights)
    with _MODELS_LOCK:
        model = _MODELS.get(key)
        if model is None:
            model = _MODELS[key] = _SharedModel(path, context_tokens, threads, repack_weights)
        return model


def resolve_model_path(model_path: str) -> Path:
    """The GGUF file a policy names ('default': the packaged SmolLM2), checked before loading."""
    if model_path == DEFAULT_MODEL_ALIAS:
        try:
            return locate_default_model()
        except DefaultModelMissing as exc:
            raise LocalBackendError(f"default local model: {exc}") from None
    path = Path(model_path).expanduser()
    if not path.exists():
        raise LocalBackendError(f"local model file {path} not found")
    if path.is_dir():
        raise LocalBackendError(f"local model path {path} is a directory, not a GGUF file")
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise LocalBackendError(f"local model file {path} cannot be read ({exc.strerror or exc})") from None
    if magic != GGUF_MAGIC:
        raise LocalBackendError(f"local model file {path} is not a GGUF file (bad magic bytes)")
    return path


_LOAD_LOCK = threading.Lock()


def _load_llama(path: Path, context_tokens: int, threads: int, repack_weights: bool) -> Any:
    try:
        import llama_cpp
        from llama_cpp import llama_cpp as low_level
    except ImportError as exc:
        raise LocalBackendError(f"llama-cpp-python is not installed ({exc.name or exc}); "
                                "pip install 'redactor[local]'") from None
    with _LOAD_LOCK:
        # llama-cpp-python does not expose `use_extra_bufts`: llama.cpp's extra
        # weight buffers (repacking, AMX tiles) crash with SIGSEGV on CPUs or
        # sandboxes that advertise AMX without granting it, which would kill the
        # whole proxy. Off unless the policy turns it on; the default params
        # factory is patched for the duration of this one load.
        original = low_level.llama_model_default_params

        def model_params() -> Any:
            params = original()
            if hasattr(params, "use_extra_bufts"):
                params.use_extra_bufts = repack_weights
            return params

        low_level.llama_model_default_params = model_params
        try:
            return llama_cpp.Llama(model_path=str(path), n_ctx=context_tokens, n_threads=threads,
                                   n_threads_batch=threads, n_batch=min(512, context_tokens), verbose=False)
        except (ValueError, RuntimeError, OSError) as exc:
            raise LocalBackendError(f"llama.cpp cannot load {path}: {_one_line(str(exc)) or exc.__class__.__name__}"
                                    ) from None
        finally:
            low_level.llama_model_default_params = original


def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]


# -- prompts --------------------------------------------------------------------------------------


class _PromptRenderer:
    """Messages (OpenAI chat form) to one prompt string, in the model's own chat format."""

    def __init__(self, llama: Any, chat_format: str) -> None:
        self._llama = llama
        metadata = getattr(llama, "metadata", {}) or {}
        self._template = metadata.get("tokenizer.chat_template")
        architecture = metadata.get("general.architecture", "")
        self._bos = _token_text(llama, llama.token_bos())
        self._eos = _token_text(llama, llama.token_eos())
        if chat_format == "auto":
            chat_format = "template" if self._template else ("gemma" if architecture.startswith("gemma")
                                                             else "chatml")
        if chat_format == "template" and not self._template:
            raise LocalBackendError("chat_format 'template' but the GGUF file has no chat template")
        self.chat_format = chat_format
        self._fallback = "gemma" if architecture.startswith("gemma") else "chatml"
        self._formatter = None
        if chat_format == "template":
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter

            self._formatter = Jinja2ChatFormatter(self._template, self._eos, self._bos,
                                                  add_generation_prompt=True)

    def render(self, request: ChatRequest) -> tuple[str, list[str]]:
        messages = _plain_messages(request)
        if self._formatter is not None:
            try:
                response = self._formatter(messages=messages)
                stops = response.stop if isinstance(response.stop, list) else [response.stop or ""]
                return response.prompt, [stop for stop in stops if stop]
            except Exception:
                pass  # some templates reject roles or orderings: use the built-in format
            return _render_builtin(self._fallback, messages)
        return _render_builtin(self.chat_format, messages)

    def tokenize(self, prompt: str) -> list[int]:
        data = prompt.encode("utf-8", "replace")
        add_bos = not (self._bos and prompt.startswith(self._bos))
        return self._llama.tokenize(data, add_bos=add_bos, special=True)


def _token_text(llama: Any, token: int) -> str:
    if token is None or token < 0:
        return ""
    try:
        return llama.detokenize([token], special=True).decode("utf-8", "replace")
    except TypeError:  # older llama-cpp-python without `special`
        return llama.detokenize([token]).decode("utf-8", "replace")


def _render_builtin(chat_format: str, messages: list[dict]) -> tuple[str, list[str]]:
    if chat_format == "gemma":
        # Gemma has no system role: the system text opens the first user turn.
        system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
        turns = [m for m in messages if m["role"] != "system"]
        pieces = []
        for index, message in enumerate(turns):
            role = "model" if message["role"] == "assistant" else "user"
            content = message["content"]
            if index == 0 and system:
                content = f"{system}\n\n{content}"
            pieces.append(f"<start_of_turn>{role}\n{content}<end_of_turn>\n")
        pieces.append("<start_of_turn>model\n")
        return "".join(pieces), ["<end_of_turn>"]
    pieces = [f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in messages]
    pieces.append("<|im_start|>assistant\n")
    return "".join(pieces), ["<|im_end|>"]


def _plain_messages(request: ChatRequest) -> list[dict]:
    """System/user/assistant text messages, alternating, with tools and tool traffic as text.

    Chat templates differ in what they accept (many reject a tool role, a
    second system message or two user turns in a row); this shape every
    template renders.
    """
    system_parts = [m.get("content") or "" for m in request.messages if m.get("role") == "system"]
    tools = request.offered_tools()
    if tools:
        system_parts.append(_tool_instructions(tools, request.tool_choice))
    plain: list[dict] = []
    for message in request.messages:
        role = message.get("role")
        content = message.get("content") or ""
        if role == "system":
            continue
        if role == "assistant":
            calls = []
            for call in message.get("tool_calls") or []:
                function = call.get("function") or {}
                calls.append(_TOOL_OPEN + json.dumps({"name": function.get("name"),
                                                      "arguments": _loads_or_text(function.get("arguments"))})
                             + _TOOL_CLOSE)
            content = "\n".join(part for part in [content, *calls] if part)
        elif role == "tool":
            role = "user"
            content = f"<tool_response id=\"{message.get('tool_call_id', '')}\">\n{content}\n</tool_response>"
        else:
            role = "user"
        if plain and plain[-1]["role"] == role:
            plain[-1]["content"] += "\n\n" + content
        else:
            plain.append({"role": role, "content": content})
    if not plain or plain[0]["role"] != "user":
        plain.insert(0, {"role": "user", "content": "(continue)"})
    system = "\n\n".join(part for part in system_parts if part)
    return ([{"role": "system", "content": system}] if system else []) + plain


def _tool_instructions(tools: list[dict], tool_choice: Any) -> str:
    lines = ["You can call tools. To call a tool, answer with only this, one line per call:",
             _TOOL_OPEN + '{"name": "<tool name>", "arguments": {<arguments as JSON>}}' + _TOOL_CLOSE,
             "Tool results come back in <tool_response> blocks. Available tools:"]
    for tool in tools:
        function = tool["function"]
        lines.append(f"- {function.get('name')}: {function.get('description') or ''} "
                     f"Parameters (JSON schema): {json.dumps(function.get('parameters') or {})}")
    if tool_choice == "required":
        lines.append("You must call one of these tools.")
    elif isinstance(tool_choice, dict):
        name = (tool_choice.get("function") or {}).get("name")
        if name:
            lines.append(f"You must call the tool {name}.")
    return "\n".join(lines)


def _loads_or_text(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value if value is not None else {}


class _ToolCallScanner:
    """Streams plain text through; holds back what may be a tool call and parses it at the end."""

    _FENCED_JSON = re.compile(r"^```(?:json)?\s*(\{.*\})\s*```$", re.S)

    def __init__(self, tool_names: list[str]) -> None:
        self._names = set(tool_names)
        self._held = ""  # text not yet released
        self._calls_text = ""  # everything from the first tool-call marker on
        self._released_any = False

    def feed(self, text: str) -> str:
        if self._calls_text:
            self._calls_text += text
            return ""
        self._held += text
        marker = self._held.find(_TOOL_OPEN)
        if marker >= 0:
            release, self._calls_text = self._held[:marker], self._held[marker:]
            self._held = ""
            return self._release(release)
        stripped = self._held.lstrip()
        if not self._released_any and stripped[:1] in ("{", "`", ""):
            return ""  # may be a bare JSON tool call: decide at the end
        # Keep back a tail that could still become the marker.
        keep = 0
        for length in range(min(len(_TOOL_OPEN) - 1, len(self._held)), 0, -1):
            if _TOOL_OPEN.startswith(self._held[-length:]):
                keep = length
                break
        release = self._held[:len(self._held) - keep]
        self._held = self._held[len(self._held) - keep:]
        return self._release(release)

    def _release(self, text: str) -> str:
        if text:
            self._released_any = True
        return text

    def finish(self) -> tuple[str, list[ToolCallDelta]]:
        calls: list[ToolCallDelta] = []
        leftover = self._held
        if self._calls_text:
            rest = []
            for block in re.split(re.escape(_TOOL_OPEN), self._calls_text):
                body, closed, after = block.partition(_TOOL_CLOSE)
                call = self._parse(body) if body.strip() else None
                if call is not None:
                    calls.append(ToolCallDelta(len(calls), new_id("call_"), call[0], call[1]))
                elif body.strip():
                    rest.append(_TOOL_OPEN + body + closed)
                if after.strip():
                    rest.append(after)
            leftover += "".join(rest)
        elif not self._released_any:
            stripped = leftover.strip()
            fenced = self._FENCED_JSON.match(stripped)
            call = self._parse(fenced.group(1) if fenced else stripped)
            if call is not None:
                return "", [ToolCallDelta(0, new_id("call_"), call[0], call[1])]
        return leftover, calls

    def _parse(self, text: str) -> tuple[str, str] | None:
        try:
            document = json.loads(text.strip())
        except ValueError:
            return None
        if not isinstance(document, dict) or document.get("name") not in self._names:
            return None
        arguments = document.get("arguments", document.get("parameters", {}))
        if isinstance(arguments, str):
            arguments = _loads_or_text(arguments)
        return document["name"], json.dumps(arguments if arguments is not None else {})
