"""An internal host's port where the pair is one name: a container image's registry, `host:5000/team/api:tag`.

A container image reference opens with its registry, written `host[:port]`, and the port belongs to that name: the
same registry written with another port is another registry, and a reader who keeps `:5000` of
`registry.<org>.internal:5000/<org>/api` learns which of the organisation's machines serves its images. Where a
found internal host opens its token and is followed by a port and then a path (`/`), the host and port are one
locator, so the host's finding takes the port in. A port followed by anything else (`kafka-1.x.internal:9092` in a list of brokers, a
`host:port` pair in a log line) is left as it was: there the port is a service's well-known number, not a name.
"""
from __future__ import annotations

import re

_PORT_THEN_PATH = re.compile(r":[0-9]{2,5}(?=/[\w.-])")


def port_of_registry_host(text: str, start: int, end: int) -> int:
    """The end of the `:port` right after a host text[start:end], when a path follows it and the host opens its
    token (an image reference, `docker pull host:5000/x`); else `end`. Inside a URL or a connection string
    (`postgres://app@db:5432/x`) the port is the URL's part, which the URL's own finding takes or leaves."""
    match = _PORT_THEN_PATH.match(text, end)
    if match is None or (start > 0 and not (text[start - 1].isspace() or text[start - 1] in "\"'`=(")):
        return end
    return match.end()
