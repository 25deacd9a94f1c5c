"""ASGI apps for `serve_workers` tests (a factory module: each worker process imports it and calls one)."""
from __future__ import annotations

import os
import time


def app_whose_later_workers_load_slowly(marker_directory: str, fast: int, seconds: float):
    """The first `fast` calls (worker processes) build their app at once; every later one, a restarted
    worker among them, takes `seconds` to "load", as a worker loading its models on a busy machine does."""
    for index in range(fast):
        try:
            with open(os.path.join(marker_directory, f"worker-{index}"), "x"):
                break
        except FileExistsError:
            continue
    else:
        time.sleep(seconds)
    pid = str(os.getpid()).encode()

    async def app(scope, receive, send):
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": pid})

    return app
