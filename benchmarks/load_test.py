"""Load test: many concurrent conversations from distinct principals through a real proxy process.

Starts, on loopback, the load upstream (benchmarks/load_upstream.py) and the
proxy exactly as users run it (`python -m redactor.cli serve --workers 2`,
regex-only policy: `default` with NER off, a SQLite vault in a temporary
directory shared by the workers), then drives it from this process with
streaming and non-streaming multi-turn conversations for `--duration` seconds.
Every conversation has its own API key (principal) and seeds its own unique
emails, AWS access key ids and GitHub tokens; the upstream answers with the
placeholders it saw, plus a probe placeholder that conversation never issued.
Checked on every reply:

- it restores to exactly this conversation's values, in order, and the probe
  comes back unrestored; a value of another conversation anywhere in a reply
  is a cross-conversation restore (must be 0, ever);
- no raw seeded value reaches the upstream (it counts value-shaped strings);
- no HTTP or transport errors.

Meanwhile the proxy's RSS (VmRSS from /proc/<pid>/status, summed over its
worker processes) and the CPU time of the proxy, the upstream, this client and
the whole machine are sampled. Printed at the end: RSS over time (start, end,
max, slope), latency percentiles (non-stream, stream total, stream time to
first token), requests/s, concurrent streams, CPU shares, and how much of the
proxy's time per request is detection.

Bounded: stops after `--duration` (180 s; `--quick`: 20 s) plus a short drain.
Exit status 0 only if every check and target holds.

    .venv/bin/python benchmarks/load_test.py [--quick] [--duration 180] [--workers 2] [--vault sqlite]
"""
from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import random
import re
import secrets
import shutil
import socket
import string
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ITEM = re.compile(r"«(.*?)»")
PLACEHOLDER = re.compile(r"\[\[[A-Z][A-Z0-9_]*?_\d+\]\]")
VALUE_SHAPED = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{36}")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# `default` with NER off: secrets, PII and infrastructure patterns only.
REGEX_POLICY = """
name: load-regex
description: default policy with NER off (regex detectors only), for load tests
stages: [route, placeholders]
actions: {{secret: redact, pii: redact, infra: redact, org: redact}}
detection:
  secrets: true
  pii: true
  infra: true
  ner:
    enabled: false
vault:
  url: "{vault_url}"
  ttl_seconds: 3600
  max_entries: 1000000
"""


# -- the processes under test --------------------------------------------------------------------

@dataclass
class ServerProcess:
    """A server subprocess on a loopback port."""

    name: str
    process: subprocess.Popen
    port: int
    stderr_path: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        return self.process.pid

    def stderr_text(self) -> str:
        """What the process wrote to stderr so far."""
        try:
            return self.stderr_path.read_text("utf-8", "replace") if self.stderr_path else ""
        except OSError:
            return ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        if self.stderr_path is not None:
            self.stderr_path.unlink(missing_ok=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# What `redactor serve` prints once every worker has built its app.
PROXY_STARTED = " listening http"


def wait_healthy(server: ServerProcess, timeout: float = 120.0, started_line: str | None = PROXY_STARTED) -> None:
    """Wait until `server` answers /healthz and (unless None) has printed `started_line` on stderr.

    With --workers the first worker answers /healthz before the others have
    started; the start-up line comes once every worker has built its app.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            error = server.stderr_text()[-400:].strip()
            server.stop()
            raise RuntimeError(f"{server.name} exited with {server.process.returncode}: {error}")
        try:
            if (httpx.get(server.url + "/healthz", timeout=1.0).status_code == 200
                    and (started_line is None or started_line in server.stderr_text())):
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    server.stop()
    raise RuntimeError(f"{server.name} did not become healthy within {timeout:g} s")


def launch(name: str, command: list[str], port: int, env: dict[str, str | None] | None = None) -> ServerProcess:
    """Start a server subprocess (not yet waited for); `env` values of None unset a variable."""
    merged = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    # stderr to a file, not a pipe: nobody reads a pipe during the run, and a full one would block the server.
    descriptor, stderr_name = tempfile.mkstemp(prefix=f"redactor-{name}-", suffix=".log")
    with os.fdopen(descriptor, "wb") as stderr:
        process = subprocess.Popen(command, cwd=ROOT, env={k: v for k, v in merged.items() if v is not None},
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr)
    return ServerProcess(name, process, port, Path(stderr_name))


def _spawn(name: str, command: list[str], port: int, env: dict[str, str | None] | None = None,
           timeout: float = 120.0, started_line: str | None = PROXY_STARTED) -> ServerProcess:
    server = launch(name, command, port, env)
    wait_healthy(server, timeout, started_line)
    return server


def start_upstream(event_delay: float = 0.02) -> ServerProcess:
    port = free_port()
    return _spawn("upstream", [sys.executable, str(ROOT / "benchmarks" / "load_upstream.py"), "--port", str(port),
                               "--event-delay", str(event_delay)], port, timeout=60, started_line=None)


def write_regex_policy(directory: Path, vault_url: str) -> Path:
    path = directory / "load-regex.yaml"
    path.write_text(REGEX_POLICY.format(vault_url=vault_url))
    return path


def proxy_command(upstream_url: str, policy: str, port: int, *, vault_url: str | None = None,
                  workers: int | None = 1, extra_args: tuple[str, ...] = ()) -> list[str]:
    """The `python -m redactor.cli serve` command line, quiet, against a loopback upstream.

    `workers` None leaves the count to serve (one per CPU).
    """
    command = [sys.executable, "-m", "redactor.cli", "serve", "--policy", policy, "--port", str(port),
               "--upstream-openai", upstream_url + "/v1", "--upstream-anthropic", upstream_url,
               "--log-level", "warning", *extra_args]
    if vault_url:
        command += ["--vault", vault_url]
    if workers is not None:
        command += ["--workers", str(workers)]
    return command


def start_proxy(upstream_url: str, policy: str, *, vault_url: str | None = None, vault_key: str | None = None,
                workers: int | None = 1, extra_args: tuple[str, ...] = ()) -> ServerProcess:
    """`python -m redactor.cli serve` as users run it; `vault_key` goes in REDACTOR_VAULT_KEY."""
    port = free_port()
    command = proxy_command(upstream_url, policy, port, vault_url=vault_url, workers=workers, extra_args=extra_args)
    return _spawn("proxy", command, port, {"REDACTOR_VAULT_KEY": vault_key} if vault_key else None)


def new_vault_key() -> str:
    return base64.b64encode(os.urandom(32)).decode()


# -- what one conversation sends and expects ---------------------------------------------------------

SYSTEM_PROMPT = ("You are a careful coding agent working in a monorepo. Follow the repository conventions, "
                 "keep changes small, explain every change you make, run the tests before you finish, and "
                 "never print credentials in your answers. Prefer standard library modules. When a command "
                 "fails, read the error output before trying again. ") * 2

_CODE = ("def load_settings(path: str) -> dict:\n    settings = {}\n    with open(path) as handle:\n"
         "        for line in handle:\n            if not line.strip() or line.startswith('#'):\n"
         "                continue\n            name, _, value = line.partition('=')\n"
         "            settings[name.strip()] = value.strip()\n    return settings\n\n")
_PROSE = ("The deploy job failed again during the migration step, so I would like you to look at the "
          "settings loader and the retry logic before we try another release this afternoon. ")
_LOG = ("level=info msg=\"request handled\" route=/api/orders status=200 duration_ms=12 attempt=1\n"
        "level=warn msg=\"slow query\" table=orders duration_ms=840 attempt=2\n")

_FIRST_NAMES = ("dana", "lee", "maria", "omar", "ines", "kofi", "yuki", "sven", "ana", "raj")
_LAST_NAMES = ("whitfield", "okafor", "gonzalez", "haddad", "moreau", "lindqvist", "tanaka", "patel")


def _random_text(rng: random.Random, alphabet: str, length: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


@dataclass
class TurnResult:
    ok: bool
    cross_conversation: int = 0  # another conversation's values in the reply
    wrong: str | None = None  # what else was wrong (never a value)
    extra_redactions: int = 0  # other text of this very body the proxy also redacted, restored right


@dataclass
class Conversation:
    """One multi-turn chat of one principal, with its own seeded values."""

    number: int
    rng: random.Random
    request_bytes: int = 4096
    api_key: str = ""
    values: list[str] = field(default_factory=list)
    messages: list[dict] = field(default_factory=list)
    turn: int = 0

    def __post_init__(self) -> None:
        self.api_key = "sk-load-" + _random_text(self.rng, string.ascii_lowercase + string.digits, 32)

    def _new_values(self) -> tuple[str, str, str]:
        tag = f"{self.number:x}t{self.turn}"
        email = (f"{self.rng.choice(_FIRST_NAMES)}.{self.rng.choice(_LAST_NAMES)}.{tag}"
                 f"@team-{self.number:x}.example.com")
        aws = "AKIA" + _random_text(self.rng, string.ascii_uppercase + string.digits, 16)
        github = "ghp_" + _random_text(self.rng, string.ascii_letters + string.digits, 36)
        new = (email, aws, github)
        self.values.extend(new)
        return new

    def next_body(self, stream: bool) -> bytes:
        """The next turn's request body (history + a new user message with new values)."""
        self.turn += 1
        email, aws, github = self._new_values()
        if self.turn == 1:
            self.messages = [{"role": "system", "content": SYSTEM_PROMPT}]
            head = (f"Run {self.number}: please check the deploy config below and escalate to {email} "
                    f"if it fails.\n\n```env\nAWS_ACCESS_KEY_ID={aws}\nGITHUB_TOKEN={github}\n"
                    f"ONCALL={email}\n```\n\n")
            filler_size = max(0, self.request_bytes - len(SYSTEM_PROMPT) - len(head) - 200)
            salt = f"# request {self.number}-{self.rng.getrandbits(32):x}\n"
            filler = salt
            units = (_PROSE, _CODE, _LOG)
            while len(filler) < filler_size:
                filler += units[len(filler) % 3]
            content = head + filler[:filler_size]
        else:
            content = (f"Thanks. Turn {self.turn}: also rotate {aws}, store {github} in the vault and "
                       f"tell {email} when it is done.")
        self.messages.append({"role": "user", "content": content})
        return json.dumps({"model": "load", "stream": stream, "messages": self.messages}).encode()

    def expected_items(self, body: bytes) -> list[str]:
        """This conversation's values, in order of first appearance in `body`."""
        positions = [(body.find(value.encode()), value) for value in self.values]
        return [value for position, value in sorted(positions) if position >= 0]

    def check_reply(self, body: bytes, text: str, owners: dict[str, int]) -> TurnResult:
        """Compare a restored reply with what this conversation sent; remember it for the next turn."""
        cross = sum(1 for value in VALUE_SHAPED.findall(text) if owners.get(value, self.number) != self.number)
        items = ITEM.findall(text)
        expected = self.expected_items(body)
        wrong = None
        extra: list[str] = []
        if not items:
            wrong = "reply has no items"
        else:
            *restored, probe = items
            # Recall first: the proxy may redact more of the body than the seeded values (a random hex
            # salt such as "acc19908" reads as an account number). Such an item, restored to text of
            # this very body and to no conversation's value, is a correct restore, not a wrong one.
            extra = [item for item in restored if item not in owners and not PLACEHOLDER.fullmatch(item)
                     and json.dumps(item)[1:-1].encode() in body]
            seeded = [item for item in restored if item not in extra]
            if seeded != expected:
                missing = len(set(expected) - set(seeded))
                left = sum(1 for item in seeded if PLACEHOLDER.fullmatch(item))
                wrong = (f"{len(seeded)} items restored, expected {len(expected)} "
                         f"({missing} missing, {left} left as placeholders)")
            # Restored to another conversation's value, the probe was counted by the scan above.
            if not PLACEHOLDER.fullmatch(probe) and owners.get(probe) in (None, self.number):
                wrong = wrong or "the probe placeholder (never issued here) was restored"
            history = "Checked " + " ".join(f"«{item}»" for item in restored) + " — done."
            self.messages.append({"role": "assistant", "content": history})
        return TurnResult(ok=wrong is None and cross == 0, cross_conversation=cross, wrong=wrong,
                          extra_redactions=len(extra))


# -- driving the load -------------------------------------------------------------------------------

@dataclass
class LoadConfig:
    duration: float = 180.0
    stream_workers: int = 64
    request_workers: int = 32
    turns: int = 3
    request_bytes: int = 4096
    sample_every: float = 5.0
    timeout: float = 60.0
    seed: int = 0


@dataclass
class LoadStats:
    request_latency: list[float] = field(default_factory=list)
    stream_latency: list[float] = field(default_factory=list)
    stream_ttft: list[float] = field(default_factory=list)
    request_bytes: list[int] = field(default_factory=list)
    requests_ok: int = 0
    streams_ok: int = 0
    conversations: int = 0
    http_errors: dict[str, int] = field(default_factory=dict)
    wrong_restores: int = 0
    wrong_examples: list[str] = field(default_factory=list)
    cross_conversation: int = 0
    extra_redactions: int = 0  # more of a body redacted than the seeded values, restored right
    open_streams: int = 0
    max_open_streams: int = 0
    open_streams_samples: list[int] = field(default_factory=list)
    rss_samples: list[tuple[float, float]] = field(default_factory=list)  # (seconds, MiB)
    windows: list["Window"] = field(default_factory=list)
    elapsed: float = 0.0

    @property
    def errors(self) -> int:
        return sum(self.http_errors.values())

    def error(self, kind: str) -> None:
        self.http_errors[kind] = self.http_errors.get(kind, 0) + 1

    def wrong(self, detail: str) -> None:
        self.wrong_restores += 1
        if len(self.wrong_examples) < 5:
            self.wrong_examples.append(detail)


class ClientConnection:
    """One keep-alive HTTP/1.1 connection to the proxy, owned by one worker.

    A pooled client (httpx) costs the shared CPU more than the proxy's own
    plumbing at this concurrency, so the load generator speaks the little
    HTTP/1.1 it needs itself: one connection per worker, no pool.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def request(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str]]:
        """Send a POST and read the response head; then read the body with `chunks()`."""
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        head = (f"POST {path} HTTP/1.1\r\nhost: {self.host}:{self.port}\r\ncontent-length: {len(body)}\r\n"
                + "".join(f"{name}: {value}\r\n" for name, value in headers.items()) + "\r\n")
        self._writer.write(head.encode("latin-1") + body)
        status_line = await self._reader.readline()
        if not status_line:
            raise ConnectionResetError("the proxy closed the connection")
        status = int(status_line.split()[1])
        response_headers: dict[str, str] = {}
        while (line := await self._reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            response_headers[name.strip().lower()] = value.strip()
        self._headers = response_headers
        return status, response_headers

    async def chunks(self):
        """The response body as it arrives (chunked transfer coding decoded)."""
        reader = self._reader
        if self._headers.get("transfer-encoding", "").lower() == "chunked":
            while True:
                size = int((await reader.readline()).split(b";")[0], 16)
                if size == 0:
                    while (await reader.readline()) not in (b"\r\n", b""):
                        pass
                    break
                data = await reader.readexactly(size)
                await reader.readexactly(2)
                yield data
        elif "content-length" in self._headers:
            yield await reader.readexactly(int(self._headers["content-length"]))
        else:
            yield await reader.read()
            await self.close()
            return
        if self._headers.get("connection", "").lower() == "close":
            await self.close()

    async def body(self) -> bytes:
        return b"".join([chunk async for chunk in self.chunks()])

    async def close(self) -> None:
        writer, self._reader, self._writer = self._writer, None, None
        if writer is not None:
            writer.close()
            try:
                await writer.wait_closed()
            except OSError:
                pass


class LoadDriver:
    """Closed-loop workers: each runs conversations turn after turn until the deadline."""

    def __init__(self, proxy_url: str, config: LoadConfig) -> None:
        address = proxy_url.split("://", 1)[1]
        self.host, port = address.rsplit(":", 1)
        self.port = int(port)
        self.path = "/v1/chat/completions"
        self.config = config
        self.stats = LoadStats()
        self.owners: dict[str, int] = {}  # value -> conversation number (across all conversations)
        self._numbers = iter(range(1, 1 << 62))
        self._rng = random.Random(config.seed or secrets.randbits(64))
        self._deadline = 0.0

    async def run(self) -> LoadStats:
        started = time.perf_counter()
        self._deadline = started + self.config.duration
        workers = [self._worker(stream=True) for _ in range(self.config.stream_workers)]
        workers += [self._worker(stream=False) for _ in range(self.config.request_workers)]
        await asyncio.gather(*workers)
        self.stats.elapsed = time.perf_counter() - started
        return self.stats

    async def run_burst(self, stream_conversations: int, request_conversations: int) -> LoadStats:
        """Start that many conversations at once, each on its own connection, and run each to its end
        (bounded by config.duration)."""
        started = time.perf_counter()
        self._deadline = started + self.config.duration

        async def one(stream: bool) -> None:
            connection = ClientConnection(self.host, self.port)
            try:
                await self._conversation(connection, stream)
            finally:
                await connection.close()

        await asyncio.gather(*([one(True) for _ in range(stream_conversations)]
                               + [one(False) for _ in range(request_conversations)]))
        self.stats.elapsed = time.perf_counter() - started
        return self.stats

    def _new_conversation(self) -> Conversation:
        self.stats.conversations += 1
        return Conversation(next(self._numbers), random.Random(self._rng.getrandbits(64)),
                            self.config.request_bytes)

    async def _worker(self, stream: bool) -> None:
        connection = ClientConnection(self.host, self.port)
        try:
            while time.perf_counter() < self._deadline:
                await self._conversation(connection, stream)
        finally:
            await connection.close()

    async def _conversation(self, connection: ClientConnection, stream: bool) -> None:
        conversation = self._new_conversation()
        for _ in range(self.config.turns):
            if time.perf_counter() >= self._deadline:
                return
            body = conversation.next_body(stream)
            for value in conversation.values:
                self.owners.setdefault(value, conversation.number)
            self.stats.request_bytes.append(len(body))
            headers = {"content-type": "application/json", "authorization": f"Bearer {conversation.api_key}"}
            try:
                call = self._stream(connection, body, headers) if stream else self._request(connection, body, headers)
                text = await asyncio.wait_for(call, self.config.timeout)
            except (OSError, EOFError, ValueError, asyncio.IncompleteReadError, asyncio.TimeoutError) as exc:
                self.stats.error(exc.__class__.__name__)
                await connection.close()
                return
            if text is None:
                return  # error already counted; this conversation is over
            result = conversation.check_reply(body, text, self.owners)
            self.stats.cross_conversation += result.cross_conversation
            self.stats.extra_redactions += result.extra_redactions
            if result.wrong:
                self.stats.wrong(result.wrong)
            if not result.ok:
                return
            if stream:
                self.stats.streams_ok += 1
            else:
                self.stats.requests_ok += 1

    async def _request(self, connection: ClientConnection, body: bytes, headers: dict) -> str | None:
        started = time.perf_counter()
        status, _ = await connection.request(self.path, body, headers)
        content = await connection.body()
        if status != 200:
            self.stats.error(f"status_{status}")
            return None
        self.stats.request_latency.append(time.perf_counter() - started)
        return json.loads(content)["choices"][0]["message"]["content"]

    async def _stream(self, connection: ClientConnection, body: bytes, headers: dict) -> str | None:
        started = time.perf_counter()
        first_token: float | None = None
        pieces: list[str] = []
        buffer = b""
        done = failed = False
        self.stats.open_streams += 1
        self.stats.max_open_streams = max(self.stats.max_open_streams, self.stats.open_streams)
        try:
            status, _ = await connection.request(self.path, body, headers)
            async for chunk in connection.chunks():
                if status != 200 or failed:
                    continue  # drain the body so the connection stays usable
                buffer += chunk
                *events, buffer = buffer.split(b"\n\n")
                for event in events:
                    for line in event.split(b"\n"):
                        if not line.startswith(b"data:"):
                            continue
                        data = line[5:].strip()
                        if data == b"[DONE]":
                            done = True
                            continue
                        document = json.loads(data)
                        if "error" in document:
                            failed = True
                            break
                        content = document["choices"][0]["delta"].get("content")
                        if content:
                            if first_token is None:
                                first_token = time.perf_counter() - started
                            pieces.append(content)
        finally:
            self.stats.open_streams -= 1
        if status != 200:
            self.stats.error(f"status_{status}")
            return None
        if failed or not done:
            self.stats.error("stream_error_event" if failed else "stream_incomplete")
            return None
        self.stats.stream_latency.append(time.perf_counter() - started)
        self.stats.stream_ttft.append(first_token if first_token is not None else float("nan"))
        return "".join(pieces)


# -- sampling the processes ---------------------------------------------------------------------------

def process_tree(pid: int) -> list[int]:
    """`pid` and its descendants (uvicorn workers, multiprocessing helpers)."""
    tree = [pid]
    for current in tree:
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        tree.extend(int(child) for child in children)
    return tree


def rss_mib(pid: int) -> float:
    """Resident memory of `pid` and its descendants, in MiB, from /proc/<pid>/status."""
    total_kib = 0
    for member in process_tree(pid):
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kib += int(line.split()[1])
                    break
        except OSError:
            continue
    return total_kib / 1024


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of `pid` and its live descendants, from /proc/<pid>/stat."""
    total = 0
    for member in process_tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return total / CLOCK_TICKS


def self_cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system


def machine_busy_seconds() -> float:
    """CPU seconds all processes on the machine spent busy (all cores), from /proc/stat."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / CLOCK_TICKS


@dataclass
class Window:
    """Counters at one sampling moment; differences between two give that interval's rates."""

    seconds: float
    rss_mib: float
    requests: int
    streams: int
    proxy_cpu: float
    ours_cpu: float  # proxy + upstream + this client
    machine_cpu: float


async def sample(proxy_pid: int, upstream_pid: int, stats: LoadStats, every: float, stop: asyncio.Event) -> None:
    """Every `every` seconds: the proxy's RSS, open streams, completed requests and CPU counters."""
    started = time.perf_counter()

    def take() -> None:
        proxy = cpu_seconds(proxy_pid)
        window = Window(time.perf_counter() - started, rss_mib(proxy_pid), len(stats.request_latency),
                        len(stats.stream_latency), proxy, proxy + cpu_seconds(upstream_pid) + self_cpu_seconds(),
                        machine_busy_seconds())
        stats.windows.append(window)
        stats.rss_samples.append((window.seconds, window.rss_mib))
        stats.open_streams_samples.append(stats.open_streams)

    while True:
        take()
        try:
            await asyncio.wait_for(stop.wait(), timeout=every)
            take()
            return
        except asyncio.TimeoutError:
            pass


def window_rates(windows: list[Window]) -> list[tuple[float, float, float, float, float, float]]:
    """Per interval: (end second, RSS MiB, non-stream req/s, streams/s, proxy %, other processes %),
    CPU in percent of the whole machine."""
    cores = os.cpu_count() or 1
    rates = []
    full = max((after.seconds - before.seconds for before, after in zip(windows, windows[1:])), default=0.0)
    for before, after in zip(windows, windows[1:]):
        span = after.seconds - before.seconds
        if span < full / 2:
            continue  # the drain at the end: too short to be a rate
        others = (after.machine_cpu - before.machine_cpu) - (after.ours_cpu - before.ours_cpu)
        rates.append((after.seconds, after.rss_mib, (after.requests - before.requests) / span,
                      (after.streams - before.streams) / span,
                      (after.proxy_cpu - before.proxy_cpu) / span / cores * 100, max(0.0, others) / span / cores * 100))
    return rates


# -- the report -----------------------------------------------------------------------------------------

def percentile(values: list[float], percent: float) -> float:
    ordered = sorted(value for value in values if value == value)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(percent / 100 * (len(ordered) - 1))))]


def slope_per_minute(samples: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, MiB) samples, in MiB per minute."""
    if len(samples) < 2:
        return 0.0
    mean_t = sum(t for t, _ in samples) / len(samples)
    mean_m = sum(m for _, m in samples) / len(samples)
    spread = sum((t - mean_t) ** 2 for t, _ in samples)
    if spread == 0:
        return 0.0
    return sum((t - mean_t) * (m - mean_m) for t, m in samples) / spread * 60


@dataclass
class CpuUsage:
    proxy: float
    upstream: float
    client: float
    machine: float  # every process on the machine, ours included
    wall: float

    def share(self, seconds: float) -> float:
        """Percent of the whole machine (all cores)."""
        return seconds / (self.wall * (os.cpu_count() or 1)) * 100


@dataclass
class MetricsSnapshot:
    """Sums from the proxy's /metrics (one worker's, when there are several)."""

    stage_sum: dict[str, float] = field(default_factory=dict)
    stage_count: dict[str, float] = field(default_factory=dict)
    requests: float = 0.0


def read_metrics(proxy_url: str) -> MetricsSnapshot:
    snapshot = MetricsSnapshot()
    try:
        text = httpx.get(proxy_url + "/metrics", timeout=5).text
    except httpx.HTTPError:
        return snapshot
    for line in text.splitlines():
        match = re.match(r'redactor_stage_seconds_(sum|count)\{stage="([^"]+)"\} (\S+)', line)
        if match:
            target = snapshot.stage_sum if match.group(1) == "sum" else snapshot.stage_count
            target[match.group(2)] = float(match.group(3))
        elif line.startswith("redactor_requests_total{"):
            snapshot.requests += float(line.split()[-1])
    return snapshot


def isolated_detection_ms(bodies: list[bytes], policy_path: Path) -> tuple[float, float]:
    """(detection ms, whole pipeline ms) per request, in this process, one at a time: CPU cost without contention."""
    from redactor.core import RequestContext
    from redactor.runtime import build_pipeline
    from redactor.server import apis

    pipeline = build_pipeline(str(policy_path), vault_url="memory://")
    pipeline.engine.warm_up()
    detect_ms = total_ms = 0.0
    for number, body in enumerate(bodies):
        document = json.loads(body)
        started = time.perf_counter()
        extraction = apis.OPENAI_CHAT.extract(document)
        conversation = pipeline.conversation_id(extraction.anchors, principal=f"isolated-{number}")
        result = pipeline.process(extraction.segments, RequestContext(
            conversation=conversation, principal=f"isolated-{number}", route_hint=None, api="openai_chat",
            estimated_tokens=len(body) // 4))
        extraction.write_back(document, result.segments)
        total_ms += (time.perf_counter() - started) * 1000
        detect_ms += result.decision.stage_ms.get("detect", 0.0)
    return detect_ms / len(bodies), total_ms / len(bodies)


@dataclass
class Targets:
    rps: float = 200.0
    streams: int = 64
    rss_growth_percent: float = 10.0


def report(stats: LoadStats, cpu: CpuUsage, upstream_stats: dict, metrics_before: MetricsSnapshot,
           metrics_after: MetricsSnapshot, isolated: tuple[float, float] | None, config: LoadConfig,
           targets: Targets, workers: int) -> list[str]:
    """Print the figures; return the failed checks (empty: all held)."""
    failures: list[str] = []
    wall = stats.elapsed
    requests = len(stats.request_latency)
    streams = len(stats.stream_latency)
    rps = requests / wall if wall else 0.0
    print(f"\n== load test: {wall:.0f} s, {config.stream_workers} stream workers + {config.request_workers} "
          f"request workers, {config.turns} turns per conversation, proxy workers: {workers}")
    mean_bytes = sum(stats.request_bytes) / max(1, len(stats.request_bytes))
    print(f"conversations {stats.conversations}  requests {requests} non-stream + {streams} stream  "
          f"(mean body {mean_bytes / 1024:.1f} KiB)")
    print(f"throughput: non-stream {rps:.1f} req/s, stream {streams / wall:.1f} streams/s, "
          f"total {(requests + streams) / wall:.1f} req/s")
    open_samples = stats.open_streams_samples[1:-1] or stats.open_streams_samples
    print(f"concurrent streams: max {stats.max_open_streams}; every {config.sample_every:g} s: "
          f"mean {sum(open_samples) / max(1, len(open_samples)):.1f}, min {min(open_samples, default=0)}")
    print("latency ms        p50      p95      p99      max")
    for label, values in (("non-stream", stats.request_latency), ("stream total", stats.stream_latency),
                          ("stream TTFT", stats.stream_ttft)):
        print(f"  {label:12} {percentile(values, 50) * 1000:8.1f} {percentile(values, 95) * 1000:8.1f} "
              f"{percentile(values, 99) * 1000:8.1f} {percentile(values, 100) * 1000:8.1f}")
    print(f"errors: {stats.errors} {dict(sorted(stats.http_errors.items())) if stats.errors else ''}".rstrip())
    print(f"wrong restores: {stats.wrong_restores}  cross-conversation restores: {stats.cross_conversation}  "
          f"raw values seen by the upstream: {upstream_stats.get('raw_values', '?')}  "
          f"other text redacted and restored right: {stats.extra_redactions}")
    for example in stats.wrong_examples:
        print(f"  e.g. {example}")

    samples = stats.rss_samples
    rates = window_rates(stats.windows)
    print("over time:   t  RSS MiB  non-stream/s  streams/s  proxy CPU  other processes' CPU")
    for seconds, rss, request_rate, stream_rate, proxy_share, other_share in rates:
        print(f"         {seconds:4.0f}s {rss:8.1f} {request_rate:13.1f} {stream_rate:10.1f} {proxy_share:9.0f}% "
              f"{other_share:9.0f}%")
    quiet = [rate for rate in rates if rate[5] < 10.0]
    if quiet:
        print(f"intervals when other processes used < 10% of the machine ({len(quiet)} of {len(rates)}): "
              f"non-stream {sum(r[2] for r in quiet) / len(quiet):.1f} req/s, "
              f"streams {sum(r[3] for r in quiet) / len(quiet):.1f}/s on average")
    settled = [sample for sample in samples if sample[0] >= min(30.0, wall * 0.25)] or samples
    start_rss, end_rss = samples[0][1], samples[-1][1]
    settled_start = settled[0][1]
    growth = (end_rss - settled_start) / settled_start * 100 if settled_start else 0.0
    print(f"RSS start {start_rss:.1f}  after warm-up {settled_start:.1f}  end {end_rss:.1f}  "
          f"max {max(m for _, m in samples):.1f} MiB; slope {slope_per_minute(samples):+.2f} MiB/min overall, "
          f"{slope_per_minute(settled):+.2f} MiB/min after warm-up ({growth:+.1f}% after warm-up)")

    cores = os.cpu_count() or 1
    print(f"CPU ({cores} cores, % of the whole machine): proxy {cpu.share(cpu.proxy):.0f}%  upstream "
          f"{cpu.share(cpu.upstream):.0f}%  load client {cpu.share(cpu.client):.0f}%  other processes "
          f"{cpu.share(max(0.0, cpu.machine - cpu.proxy - cpu.upstream - cpu.client)):.0f}%  "
          f"idle {100 - cpu.share(cpu.machine):.0f}%  "
          f"(proxy {cpu.proxy / max(1, requests + streams) * 1000:.2f} CPU-ms per request)")
    handled = metrics_after.stage_count.get("total", 0) - metrics_before.stage_count.get("total", 0)
    if handled:
        detect = (metrics_after.stage_sum.get("detect", 0) - metrics_before.stage_sum.get("detect", 0)) / handled
        total = (metrics_after.stage_sum.get("total", 0) - metrics_before.stage_sum.get("total", 0)) / handled
        scope = "" if workers == 1 else f" (one worker of {workers})"
        print(f"in the proxy under load{scope}: detection {detect * 1000:.2f} ms, whole pipeline "
              f"{total * 1000:.2f} ms per request (wall time in the worker thread, includes GIL waits)")
    if isolated is not None:
        detect_ms, pipeline_ms = isolated
        per_request = cpu.proxy / max(1, requests + streams) * 1000
        print(f"without contention (same bodies, in process): detection {detect_ms:.2f} ms, pipeline incl. "
              f"JSON extract/write-back {pipeline_ms:.2f} ms per request = {detect_ms / per_request * 100:.0f}% / "
              f"{pipeline_ms / per_request * 100:.0f}% of the proxy's {per_request:.2f} CPU-ms per request; "
              "the rest is HTTP, JSON parse/serialise, threads, upstream client and stream restore")

    if stats.cross_conversation:
        failures.append(f"{stats.cross_conversation} cross-conversation restores")
    if stats.wrong_restores:
        failures.append(f"{stats.wrong_restores} wrong restores")
    if stats.errors:
        failures.append(f"{stats.errors} errors")
    if upstream_stats.get("raw_values", 0):
        failures.append(f"{upstream_stats['raw_values']} raw values reached the upstream")
    if rps < targets.rps:
        failures.append(f"non-stream throughput {rps:.1f} req/s below the target {targets.rps:g}")
    if stats.max_open_streams < targets.streams:
        failures.append(f"at most {stats.max_open_streams} concurrent streams, target {targets.streams}")
    if growth > targets.rss_growth_percent:
        failures.append(f"RSS grew {growth:.1f}% after warm-up (limit {targets.rss_growth_percent:g}%)")
    print("\nRESULT: " + ("all checks passed" if not failures else "FAILED: " + "; ".join(failures)))
    return failures


# -- the run --------------------------------------------------------------------------------------------

@dataclass
class LoadStack:
    """Upstream and proxy processes plus the temporary directory holding policy and vault."""

    upstream: ServerProcess
    proxy: ServerProcess
    policy_path: Path
    directory: Path

    def stop(self) -> None:
        self.proxy.stop()
        self.upstream.stop()
        shutil.rmtree(self.directory, ignore_errors=True)


def start_stack(workers: int = 1, vault: str = "sqlite", event_delay: float = 0.02,
                policy: str | None = None) -> LoadStack:
    directory = Path(tempfile.mkdtemp(prefix="redactor-load-"))
    vault_url = {"sqlite": f"sqlite:///{directory}/vault.db", "memory": "memory://"}.get(vault, vault)
    policy_path = Path(policy) if policy else write_regex_policy(directory, vault_url)
    upstream = start_upstream(event_delay)
    try:
        proxy = start_proxy(upstream.url, str(policy_path), vault_url=vault_url, vault_key=new_vault_key(),
                            workers=workers)
    except BaseException:
        upstream.stop()
        shutil.rmtree(directory, ignore_errors=True)
        raise
    return LoadStack(upstream, proxy, policy_path, directory)


async def run_load(stack: LoadStack, config: LoadConfig) -> tuple[LoadStats, CpuUsage, dict]:
    """Drive the stack for config.duration; return the stats, CPU use and the upstream's counters."""
    driver = LoadDriver(stack.proxy.url, config)
    stop = asyncio.Event()
    sampler = asyncio.create_task(sample(stack.proxy.pid, stack.upstream.pid, driver.stats, config.sample_every, stop))
    cpu_before = (cpu_seconds(stack.proxy.pid), cpu_seconds(stack.upstream.pid), self_cpu_seconds(),
                  machine_busy_seconds())
    started = time.perf_counter()
    stats = await driver.run()
    wall = time.perf_counter() - started
    cpu_after = (cpu_seconds(stack.proxy.pid), cpu_seconds(stack.upstream.pid), self_cpu_seconds(),
                 machine_busy_seconds())
    stop.set()
    await sampler
    cpu = CpuUsage(*(after - before for before, after in zip(cpu_before, cpu_after)), wall=wall)
    async with httpx.AsyncClient(timeout=10) as client:
        upstream_stats = (await client.get(stack.upstream.url + "/stats")).json()
    return stats, cpu, upstream_stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=180.0, help="seconds of load (default 180)")
    parser.add_argument("--quick", action="store_true", help="20 s of load")
    parser.add_argument("--streams", type=int, default=64, help="concurrent streaming conversations")
    parser.add_argument("--requesters", type=int, default=32, help="concurrent non-streaming conversations")
    parser.add_argument("--turns", type=int, default=3, help="turns per conversation")
    parser.add_argument("--request-kib", type=float, default=4.0, help="size of a first turn")
    parser.add_argument("--workers", type=int, default=2,
                        help="proxy worker processes (serve --workers; default 2, one per core)")
    parser.add_argument("--vault", default="sqlite", help="sqlite (temporary file), memory, or a vault URL")
    parser.add_argument("--event-delay", type=float, default=0.02, help="upstream seconds between stream events")
    parser.add_argument("--sample-every", type=float, default=5.0, help="seconds between RSS samples")
    parser.add_argument("--target-rps", type=float, default=200.0)
    parser.add_argument("--target-streams", type=int, default=64)
    args = parser.parse_args()
    duration = 20.0 if args.quick else args.duration
    config = LoadConfig(duration=duration, stream_workers=args.streams, request_workers=args.requesters,
                        turns=args.turns, request_bytes=int(args.request_kib * 1024),
                        sample_every=min(args.sample_every, max(1.0, duration / 10)))
    try:
        stack = start_stack(args.workers, args.vault, args.event_delay)
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2)
    try:
        print(f"proxy pid {stack.proxy.pid} on {stack.proxy.url}, upstream pid {stack.upstream.pid}; "
              f"load for {duration:g} s ...", flush=True)
        before = read_metrics(stack.proxy.url)
        stats, cpu, upstream_stats = asyncio.run(run_load(stack, config))
        after = read_metrics(stack.proxy.url)
        # The same kind of first-turn bodies, through the same policy, one at a time in this process.
        bodies = [Conversation(n, random.Random(n), config.request_bytes).next_body(False) for n in range(200)]
        isolated = isolated_detection_ms(bodies, stack.policy_path)
    finally:
        stack.stop()
    failures = report(stats, cpu, upstream_stats, before, after, isolated, config,
                      Targets(args.target_rps, args.target_streams), args.workers)
    raise SystemExit(1 if failures else 0)


if __name__ == "__main__":
    main()
