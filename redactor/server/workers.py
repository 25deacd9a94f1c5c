"""`serve --workers N`: N proxy processes on one port, each with its own listening socket.

Each worker has a listening socket of its own on the port (SO_REUSEPORT), so
the kernel spreads new connections evenly over the workers. uvicorn's own
`--workers` shares one socket instead: asyncio accepts every pending
connection in one go, so the first worker to wake takes a whole burst of
keep-alive connections and keeps them while the others idle (and its socket
lacks TCP_NODELAY). The parent binds all the sockets before any worker starts
(the port is held from the start), but only the first listens at once, so
connections made while the proxy starts wait in its queue; the others are only
bound, and the kernel gives a bound socket no connections until its worker's
server listens on it, which uvicorn does once the worker's app is built and its
models are loaded. Otherwise a connection the kernel hashed to a worker still
loading waited for that worker's whole start-up while another served: 106 s for
a request at load 13, where the pii-leak-benchmark client gives up after 30 s.
A worker that dies gets a fresh bound socket for its successor when others
serve (the connections queued on the dead one are reset, and the client's retry
reaches a live worker); a lone worker keeps its queue. The parent only supervises: it
restarts a worker that dies, and stops them all on SIGINT or SIGTERM. Workers
share nothing but the vault, which therefore must be a sqlite:// or redis:// one.

How many: by default one worker per CPU this process may use (`worker_count`).
Detection is CPU work under one GIL per process, so one process can use one
core at most. Measured with benchmarks/proxy_overhead.py --prose-load (400
distinct 4 KB prose conversations, concurrency 32, default policy, 2 CPUs
shared with other work): the proxy spends about 16 ms of CPU per request
with one worker or two, so one worker tops out near 60 requests/s and two
near twice that; on an idle second core 2 workers served 80.9 requests/s
against 41.7 for one, while with the machine busy elsewhere (the proxy got a
quarter of it) the two were within noise of each other. Round 4 (issue 14,
cheaper name detection): 14.2-16.8 ms of proxy CPU per request over 11 runs,
against 21.2-27.2 ms (8 runs) for the code before it, runs alternating, on a host at
load 6-9 where neither reached 40 requests/s. A memory:// vault
cannot be shared by processes: asked for no count, the proxy then serves
with one worker and says so; asked for several, it refuses (see cli.py).
"""
from __future__ import annotations

import importlib
import logging
import multiprocessing
import os
import multiprocessing.connection
import signal
import socket
import sys
import time
from typing import Any, Callable

logger = logging.getLogger("redactor.workers")

# A worker that dies this many times within the window is not restarted again.
_MAX_RESTARTS = 5
_RESTART_WINDOW_SECONDS = 60.0
_STOP_TIMEOUT_SECONDS = 15.0


# How long an idle client connection stays open. uvicorn's default (5 s) equals the
# keep-alive expiry of httpx and other clients, so a client could reuse a connection in
# the instant the proxy closed it and see a dropped request (ReadError) under load; a
# server keeps idle connections longer than its clients do (nginx: 75 s).
KEEP_ALIVE_SECONDS = 75

# More workers than this are never started by default (each loads its own models).
_MAX_DEFAULT_WORKERS = 8


class WorkersError(RuntimeError):
    """The workers could not be started or kept running (message safe to show)."""


def worker_count(requested: int | None, vault_url: str, port: int) -> tuple[int, str | None]:
    """(workers to run, a notice to show or None) for `serve`.

    `requested` None means "as many as the CPUs": one per CPU this process may
    run on, at most 8, but one when the vault is memory:// (it cannot be
    shared) or the port is 0 (each worker would get its own port); the notice
    says why fewer workers than CPUs run.
    """
    if requested is not None:
        return requested, None
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cpus = os.cpu_count() or 1
    count = max(1, min(cpus, _MAX_DEFAULT_WORKERS))
    if count > 1 and vault_url.lower().startswith("memory:"):
        return 1, (f"serving with 1 worker process, not {count}: a memory:// vault cannot be shared by "
                   "worker processes (use a sqlite:// or redis:// vault to use every CPU)")
    if count > 1 and port == 0:
        return 1, None
    return count, None


def serve_workers(factory: str, factory_args: tuple[Any, ...], host: str, port: int, count: int,
                  log_level: str = "info", on_ready: Callable[[], None] | None = None) -> None:
    """Run `count` worker processes serving the ASGI app `factory(*factory_args)` on host:port.

    `factory` is "module:function"; it runs in each worker. `on_ready` is
    called once, when every worker has built its app and listens. Returns once the
    workers have stopped after SIGINT/SIGTERM; raises WorkersError if the port
    is taken, a worker dies before its app is built (the factory's own error
    is already on stderr; restarting would only repeat it), or workers keep dying.
    Worker 0 starts first and the others once it listens, so a
    configuration that cannot load reports its error once.
    """
    if not hasattr(socket, "SO_REUSEPORT"):
        raise WorkersError("--workers needs SO_REUSEPORT (Linux, BSD or macOS)")
    if port == 0:
        raise WorkersError("--workers needs a fixed --port (with 0 every worker would get its own port)")
    _check_port_free(host, port)
    context = multiprocessing.get_context("spawn")
    stopping = False

    def stop(*_: Any) -> None:
        nonlocal stopping
        stopping = True

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    processes: list[Any] = []
    readiness: list[Any] = []
    sockets: list[socket.socket] = []
    deaths: list[float] = []
    announced = on_ready is None
    try:
        sockets = [worker_socket(host, port, listening=index == 0) for index in range(count)]

        def start(index: int) -> Any:
            ready = context.Event()
            process = context.Process(target=_worker_main, name=f"redactor-worker-{index}",
                                      args=(factory, factory_args, sockets[index], log_level, ready), daemon=False)
            process.start()
            if index < len(readiness):
                readiness[index] = ready
            else:
                readiness.append(ready)
            return process

        # Worker 0 alone first: a configuration that cannot load (a missing model
        # file, say) then fails once, with one error, not once per worker. The
        # others start as soon as it listens.
        processes = [start(0)]
        while not stopping:
            multiprocessing.connection.wait([process.sentinel for process in processes], timeout=0.5)
            if len(processes) < count and readiness[0].is_set():
                processes += [start(index) for index in range(1, count)]
            if not announced and all(ready.is_set() for ready in readiness):
                announced = True
                on_ready()
            for index, process in enumerate(processes):
                if process.is_alive() or stopping:
                    continue
                if not readiness[index].is_set():
                    raise WorkersError(f"worker {index} {_describe_exit(process.exitcode)} before it could serve; "
                                       "see its error above")
                now = time.monotonic()
                deaths[:] = [moment for moment in deaths if now - moment < _RESTART_WINDOW_SECONDS] + [now]
                if len(deaths) > _MAX_RESTARTS:
                    raise WorkersError(f"worker {index} exited with status {process.exitcode}; workers died "
                                       f"{len(deaths)} times within {_RESTART_WINDOW_SECONDS:g} s, giving up")
                logger.warning("worker %d %s; restarting it", index, _describe_exit(process.exitcode))
                if count > 1:
                    sockets[index].close()
                    sockets[index] = worker_socket(host, port, listening=False)
                processes[index] = start(index)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        _stop_all(processes)
        for sock in sockets:
            sock.close()


def _stop_all(processes: list[Any]) -> None:
    for process in processes:
        if process.is_alive():
            process.terminate()  # SIGTERM: uvicorn finishes open requests first
    deadline = time.monotonic() + _STOP_TIMEOUT_SECONDS
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()
            process.join(5)


def _die_with_parent() -> None:
    """Make the kernel kill this worker when the supervisor dies, even by SIGKILL (Linux).

    Otherwise a killed supervisor leaves its workers serving the port, and a
    restarted proxy cannot bind it. Elsewhere the supervisor's own shutdown is
    the only stop.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    pr_set_pdeathsig = 1
    try:
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the supervisor died before prctl took effect
        os._exit(1)


def _check_port_free(host: str, port: int) -> None:
    # Without SO_REUSEPORT: fails if anything at all listens there, even
    # another process that would otherwise share the port with our workers.
    # SO_REUSEADDR only lets it ignore connections of an earlier run in TIME_WAIT.
    with socket.socket(_family(host), socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise WorkersError(f"cannot serve on {host}:{port} ({exc.strerror or exc})") from None


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def worker_socket(host: str, port: int, listening: bool, backlog: int = 2048) -> socket.socket:
    """One of the workers' sockets on host:port (SO_REUSEPORT), listening now or left to its worker to listen on."""
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY on accepted connections only
    # then; without it small replies wait for delayed ACKs (~40 ms).
    sock = socket.socket(_family(host), socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
        if listening:
            sock.listen(backlog)
    except OSError as exc:
        sock.close()
        raise WorkersError(f"cannot serve on {host}:{port} ({exc.strerror or exc})") from None
    return sock


def _describe_exit(exitcode: int | None) -> str:
    # SIGBUS is how a damaged memory-mapped file (the SQLite vault's -shm) kills a worker.
    if exitcode is not None and exitcode < 0:
        try:
            return f"was killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            pass
    return f"exited with status {exitcode}"


def _worker_main(factory: str, factory_args: tuple[Any, ...], sock: socket.socket, log_level: str,
                 ready: Any) -> None:
    import uvicorn

    _die_with_parent()
    module_name, _, attribute = factory.partition(":")
    app = getattr(importlib.import_module(module_name), attribute)(*factory_args)
    config = uvicorn.Config(app, log_level=log_level, backlog=2048, timeout_keep_alive=KEEP_ALIVE_SECONDS)
    _server_that_says_when_it_listens(config, ready).run(sockets=[sock])
    sys.exit(0)


def _server_that_says_when_it_listens(config: Any, ready: Any) -> Any:
    """uvicorn's Server, setting `ready` once it listens on its socket (after the app's lifespan started).

    The supervisor's start-up line ("listening ...") waits for every worker's `ready`: set any earlier, a
    client starting right after the line could open all its keep-alive connections on the first worker
    while the others were still about to listen.
    """
    import uvicorn

    class Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if not self.should_exit:
                ready.set()

    return Server(config)
