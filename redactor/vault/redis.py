"""Redis vault: one encrypted store shared by several proxy replicas.

Keys (``P`` is the prefix, ``C`` the HMAC of a conversation id):

- ``P c:C:idx`` hash: HMAC of a value -> placeholder (the lookup index);
- ``P c:C:val`` hash: placeholder -> AES-GCM ciphertext of the value;
- ``P c:C:ctr`` hash: kind -> last index issued, ``#gen`` (random, new each
  time the conversation is created) and ``#v`` (bumped on every new entry);
- ``P lru`` sorted set: C -> last use (ms, Redis clock); ``P sizes`` hash:
  C -> entry count; ``P total``: entries in the store (for max_entries);
- ``P r:R``: encrypted record R; ``P key_check``: proves the key at open.

Assignment is one Lua script, so it is atomic on the server: it looks values
up, and only if nothing changed since the caller read the counters (same
``#gen`` and ``#v``) writes the caller's new placeholders (HSETNX on the index,
counters bumped). Encryption happens in the client (Redis never sees a key or
a plaintext), and the ciphertext is bound to its placeholder, so the client
proposes placeholders from the counters it read and retries when another
replica got there first. Expiry uses PEXPIRE; the lru set drives eviction (see
limits.py). Needs a single Redis server (or a Sentinel-managed primary): the
scripts touch keys of several conversations, which Redis Cluster forbids.

Connection failures are retried for `retry_seconds`, then raise VaultError.
"""
from __future__ import annotations

import secrets
import threading
import time
from typing import Any, Callable, Sequence, TypeVar
from urllib.parse import urlsplit

import redis
from redis.backoff import NoBackoff
from redis.exceptions import AuthenticationError, AuthorizationError
from redis.retry import Retry

from redactor.placeholder_syntax import make_placeholder, normalise_kind
from redactor.vault.base import VaultError
from redactor.vault.conversation_cache import CachedConversation, ConversationCache
from redactor.vault.crypto import VaultCipher
from redactor.vault.limits import VaultLimits

_Result = TypeVar("_Result")

DEFAULT_PREFIX = "redactor:vault:"

# A replica retries an assignment when another one changed the conversation
# between its read and its write; each retry sees the winner's entries, so
# this bound is only reached under pathological contention.
_MAX_ASSIGN_ATTEMPTS = 100

_LOOKUP_ONLY = "?"  # a seen-generation that never matches: first pass reads only

_ASSIGN_SCRIPT = """
local idx, val, ctr, lru, sizes, total = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6]
local ttl = tonumber(ARGV[1])
local max_entries = tonumber(ARGV[2])
local conv, conv_prefix = ARGV[3], ARGV[4]
local seen_gen, seen_ver, new_gen = ARGV[5], ARGV[6], ARGV[7]
local n = tonumber(ARGV[8])
local m = tonumber(ARGV[9 + n])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)

local function drop(c)
  local count = tonumber(redis.call('HGET', sizes, c) or '0')
  if count ~= 0 then redis.call('DECRBY', total, count) end
  redis.call('HDEL', sizes, c)
  redis.call('ZREM', lru, c)
  redis.call('DEL', conv_prefix .. c .. ':idx', conv_prefix .. c .. ':val', conv_prefix .. c .. ':ctr')
end

if ttl > 0 then
  for _, c in ipairs(redis.call('ZRANGEBYSCORE', lru, '-inf', now - ttl, 'LIMIT', 0, 64)) do drop(c) end
end

local gen = redis.call('HGET', ctr, '#gen') or ''
if gen == '' then
  -- no live conversation: clear leftovers so it starts from index 1
  redis.call('DEL', idx, val, ctr)
end
local ver = redis.call('HGET', ctr, '#v') or '0'

local results = {}
local missing = {}
for i = 1, n do
  local placeholder = redis.call('HGET', idx, ARGV[8 + i])
  if placeholder then
    results[i] = placeholder
  else
    results[i] = ''
    missing[ARGV[8 + i]] = i
  end
end
local missing_count = 0
for _ in pairs(missing) do missing_count = missing_count + 1 end

local function need()
  return {'need', gen, ver, redis.call('HGETALL', ctr), results}
end

if missing_count > 0 then
  if m ~= missing_count or seen_gen ~= gen or seen_ver ~= ver then return need() end
  if max_entries > 0 and redis.call('HLEN', idx) + m > max_entries then return {'too_large'} end
  -- Validate every proposal before writing: a script that fails halfway is not rolled back.
  local base = 9 + n
  local expected = {}
  local proposed = {}
  for j = 0, m - 1 do
    local mac, kind, index, placeholder = ARGV[base + 1 + j * 5], ARGV[base + 2 + j * 5], tonumber(ARGV[base + 3 + j * 5]), ARGV[base + 4 + j * 5]
    expected[kind] = (expected[kind] or tonumber(redis.call('HGET', ctr, kind) or '0')) + 1
    if missing[mac] == nil or proposed[mac] or index ~= expected[kind] or redis.call('HEXISTS', val, placeholder) == 1 then
      return need()
    end
    proposed[mac] = true
  end
  if gen == '' then
    local stale = tonumber(redis.call('HGET', sizes, conv) or '0')
    if stale ~= 0 then redis.call('DECRBY', total, stale) end
    redis.call('HSET', sizes, conv, 0)
    gen = new_gen
    redis.call('HSET', ctr, '#gen', gen)
  end
  for j = 0, m - 1 do
    local mac, kind, placeholder, ciphertext = ARGV[base + 1 + j * 5], ARGV[base + 2 + j * 5], ARGV[base + 4 + j * 5], ARGV[base + 5 + j * 5]
    -- validated above: the index is free, and HINCRBY yields exactly `index`
    redis.call('HSETNX', idx, mac, placeholder)
    redis.call('HSETNX', val, placeholder, ciphertext)
    redis.call('HINCRBY', ctr, kind, 1)
    results[missing[mac]] = placeholder
  end
  ver = tostring(redis.call('HINCRBY', ctr, '#v', 1))
  redis.call('HINCRBY', sizes, conv, m)
  redis.call('INCRBY', total, m)
end

if gen ~= '' then
  if ttl > 0 then
    redis.call('PEXPIRE', idx, ttl)
    redis.call('PEXPIRE', val, ttl)
    redis.call('PEXPIRE', ctr, ttl)
  end
  redis.call('ZADD', lru, now, conv)
end

if max_entries > 0 then
  local entries = tonumber(redis.call('GET', total) or '0')
  while entries > max_entries do
    local oldest = redis.call('ZRANGE', lru, 0, 1)
    local victim = oldest[1]
    if victim == conv then victim = oldest[2] end
    if not victim then break end
    drop(victim)
    entries = tonumber(redis.call('GET', total) or '0')
  end
end
return {'ok', gen, ver, results}
"""

_MAPPING_SCRIPT = """
local idx, val, ctr, lru = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local ttl = tonumber(ARGV[1])
local gen = redis.call('HGET', ctr, '#gen')
if not gen then return {'', '0'} end
local ver = redis.call('HGET', ctr, '#v') or '0'
local clock = redis.call('TIME')
if ttl > 0 then
  redis.call('PEXPIRE', idx, ttl)
  redis.call('PEXPIRE', val, ttl)
  redis.call('PEXPIRE', ctr, ttl)
end
redis.call('ZADD', lru, tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000), ARGV[2])
if gen == ARGV[3] and ver == ARGV[4] then return {gen, ver} end
return {gen, ver, redis.call('HGETALL', val)}
"""


# Compare-and-set of one record: writes ARGV[2] only if the record still holds
# ARGV[1] ('' meaning absent). Ciphertexts carry a random nonce, so equal bytes
# mean nobody wrote in between.
_RECORD_CAS_SCRIPT = """
local current = redis.call('GET', KEYS[1])
if (current == false and ARGV[1] ~= '') or (current ~= false and current ~= ARGV[1]) then
  return 0
end
if ARGV[3] ~= '0' then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
else
  redis.call('SET', KEYS[1], ARGV[2])
end
return 1
"""

# A record update retries when another replica wrote the record between its
# read and its compare-and-set; each retry starts from the winner's data.
_MAX_UPDATE_ATTEMPTS = 200


class RedisVault:
    """Vault in a Redis server, safe to share between processes and hosts."""

    def __init__(
        self,
        client: redis.Redis,
        key: bytes,
        *,
        ttl_seconds: float | None = None,
        max_entries: int | None = None,
        prefix: str = DEFAULT_PREFIX,
        retry_seconds: float = 3.0,
        description: str = "redis",
    ) -> None:
        """Use `client` (created with decode_responses=False). Raises WrongKeyError
        if the store was created with another key, VaultError if unreachable."""
        self._client = client
        self._cipher = VaultCipher(key)
        self._limits = VaultLimits(ttl_seconds, max_entries)
        self._prefix = prefix
        self._retry_seconds = retry_seconds
        self._description = description
        self._ttl_ms = 0 if self._limits.ttl_seconds is None else max(1, int(self._limits.ttl_seconds * 1000))
        self._lock = threading.Lock()  # guards the cache only; Redis does the rest
        self._cache = ConversationCache()
        self._assign_script = client.register_script(_ASSIGN_SCRIPT)
        self._mapping_script = client.register_script(_MAPPING_SCRIPT)
        self._record_cas_script = client.register_script(_RECORD_CAS_SCRIPT)
        self._closed = False
        self._check_key()

    @classmethod
    def from_url(
        cls,
        url: str,
        key: bytes,
        *,
        ttl_seconds: float | None = None,
        max_entries: int | None = None,
        prefix: str = DEFAULT_PREFIX,
        retry_seconds: float = 3.0,
        socket_timeout: float = 2.0,
    ) -> "RedisVault":
        """Connect to `redis://[user:password@]host:port/db` (or rediss://, unix://)."""
        try:
            client = redis.Redis.from_url(
                url,
                socket_timeout=socket_timeout,
                socket_connect_timeout=min(socket_timeout, 1.0),
                # Retries are ours (bounded by retry_seconds), not the client's.
                retry=Retry(NoBackoff(), 0),
                decode_responses=False,
            )
        except ValueError as error:
            raise VaultError(f"invalid Redis vault URL ({_describe_url(url)}): {error}") from None
        return cls(
            client,
            key,
            ttl_seconds=ttl_seconds,
            max_entries=max_entries,
            prefix=prefix,
            retry_seconds=retry_seconds,
            description=_describe_url(url),
        )

    # -- Vault protocol --------------------------------------------------

    def assign(self, conversation: str, items: Sequence[tuple[str, str]]) -> list[str]:
        if not items:
            return []
        self._check_open()
        conversation_id = self._cipher.conversation_id(conversation)
        indices = [self._cipher.value_index(conversation_id, value) for _, value in items]
        first_item: dict[str, tuple[str, str]] = {}  # value index -> (kind, value), first kind wins
        for (kind, value), index in zip(items, indices):
            first_item.setdefault(index, (normalise_kind(kind), value))
        unique = list(first_item)
        keys = [*self._conversation_keys(conversation_id), self._key("lru"), self._key("sizes"), self._key("total")]
        header = [
            self._ttl_ms,
            self._limits.max_entries or 0,
            conversation_id,
            self._key("c:"),
        ]
        seen_generation, seen_version = _LOOKUP_ONLY, "0"
        proposals: list[Any] = []
        new_generation = secrets.token_hex(8)
        for _ in range(_MAX_ASSIGN_ATTEMPTS):
            args = [*header, seen_generation, seen_version, new_generation, len(unique), *unique, len(proposals) // 5, *proposals]
            reply = self._run("assign", lambda: self._assign_script(keys=keys, args=args))
            status = reply[0]
            if status == b"ok":
                by_index = dict(zip(unique, (_text(p) for p in reply[3])))
                if not all(by_index.values()):  # cannot happen unless the script is broken: fail closed
                    raise VaultError(f"the Redis vault at {self._description} returned an incomplete assignment")
                return [by_index[index] for index in indices]
            if status == b"too_large":
                raise VaultError(self._limits.too_large_message())
            _, generation, version, counters, found = reply
            seen_generation, seen_version = _text(generation), _text(version)
            proposals = self._proposals(conversation_id, unique, found, _counters(counters), first_item)
        raise VaultError(
            f"the Redis vault at {self._description} is under too much contention: "
            f"could not assign placeholders after {_MAX_ASSIGN_ATTEMPTS} attempts"
        )

    def mapping(self, conversation: str) -> dict[str, str]:
        self._check_open()
        conversation_id = self._cipher.conversation_id(conversation)
        with self._lock:
            cached = self._cache.get(conversation_id)
        keys = [*self._conversation_keys(conversation_id), self._key("lru")]
        args = [
            self._ttl_ms,
            conversation_id,
            cached.generation if cached else "",
            str(cached.version) if cached else "",
        ]
        reply = self._run("mapping", lambda: self._mapping_script(keys=keys, args=args))
        generation, version = _text(reply[0]), int(reply[1])
        if not generation:
            with self._lock:
                self._cache.drop(conversation_id)
            return {}
        if len(reply) == 2 and cached is not None:
            return dict(cached.by_placeholder)
        fresh = CachedConversation(generation, version)
        fields = reply[2]
        for placeholder_bytes, ciphertext in zip(fields[0::2], fields[1::2]):
            placeholder = _text(placeholder_bytes)
            fresh.by_placeholder[placeholder] = self._cipher.decrypt_value(conversation_id, placeholder, ciphertext)
        with self._lock:
            self._cache.put(conversation_id, fresh)
        return dict(fresh.by_placeholder)

    def put_record(self, namespace: str, key: str, data: bytes, ttl_seconds: int | None = None) -> None:
        self._check_open()
        record_id = self._cipher.record_id(namespace, key)
        ciphertext = self._cipher.encrypt_record(record_id, data)
        expiry_ms = None if ttl_seconds is None else max(1, int(ttl_seconds * 1000))
        self._run("put_record", lambda: self._client.set(self._key(f"r:{record_id}"), ciphertext, px=expiry_ms))

    def get_record(self, namespace: str, key: str) -> bytes | None:
        self._check_open()
        record_id = self._cipher.record_id(namespace, key)
        blob = self._run("get_record", lambda: self._client.get(self._key(f"r:{record_id}")))
        return None if blob is None else self._cipher.decrypt_record(record_id, blob)

    def update_record(self, namespace: str, key: str, update: Callable[[bytes | None], bytes | None],
                      ttl_seconds: int | None = None) -> None:
        self._check_open()
        record_id = self._cipher.record_id(namespace, key)
        redis_key = self._key(f"r:{record_id}")
        expiry_ms = 0 if ttl_seconds is None else max(1, int(ttl_seconds * 1000))
        for _ in range(_MAX_UPDATE_ATTEMPTS):
            blob = self._run("update_record", lambda: self._client.get(redis_key))
            data = update(None if blob is None else self._cipher.decrypt_record(record_id, blob))
            if data is None:
                return
            ciphertext = self._cipher.encrypt_record(record_id, data)
            written = self._run("update_record", lambda: self._record_cas_script(
                keys=[redis_key], args=[blob or b"", ciphertext, expiry_ms]))
            if written:
                return
        raise VaultError(f"the Redis vault at {self._description} kept changing a record under us "
                         f"({_MAX_UPDATE_ATTEMPTS} attempts)")

    def close(self) -> None:
        self._closed = True
        with self._lock:
            self._cache.clear()
        try:
            self._client.close()
        except redis.RedisError:
            pass

    # -- private ---------------------------------------------------------

    def _check_key(self) -> None:
        key_check = self._key("key_check")
        blob = self._run("open", lambda: self._client.get(key_check))
        if blob is None:
            self._run("open", lambda: self._client.set(key_check, self._cipher.key_check_blob(), nx=True))
            blob = self._run("open", lambda: self._client.get(key_check))
        if blob is None:
            raise VaultError(f"the Redis vault at {self._description} did not keep its key check (is it read-only or full?)")
        self._cipher.verify_key_check(blob, f"{self._description} (prefix {self._prefix})")

    def _proposals(
        self,
        conversation_id: str,
        unique: list[str],
        found: list[bytes],
        last_index: dict[str, int],
        first_item: dict[str, tuple[str, str]],
    ) -> list[Any]:
        """Placeholders (and their ciphertexts) for the values Redis did not know."""
        proposals: list[Any] = []
        for index, placeholder in zip(unique, found):
            if placeholder:
                continue
            kind, value = first_item[index]
            last_index[kind] = last_index.get(kind, 0) + 1
            new_placeholder = make_placeholder(kind, last_index[kind])
            ciphertext = self._cipher.encrypt_value(conversation_id, new_placeholder, value)
            proposals.extend((index, kind, last_index[kind], new_placeholder, ciphertext))
        return proposals

    def _conversation_keys(self, conversation_id: str) -> list[str]:
        base = self._key(f"c:{conversation_id}")
        return [f"{base}:idx", f"{base}:val", f"{base}:ctr"]

    def _key(self, suffix: str) -> str:
        return self._prefix + suffix

    def _check_open(self) -> None:
        if self._closed:
            raise VaultError("the vault is closed")

    def _run(self, operation: str, call: Callable[[], _Result]) -> _Result:
        """Run a Redis call, retrying connection failures for a bounded time."""
        deadline = time.monotonic() + self._retry_seconds
        delay = 0.05
        while True:
            try:
                return call()
            except (AuthenticationError, AuthorizationError) as error:
                raise VaultError(f"the Redis vault at {self._description} refused our credentials ({operation})") from error
            except (redis.ConnectionError, redis.TimeoutError) as error:
                # Includes BusyLoadingError: a restarted server replaying its AOF.
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise VaultError(
                        f"the Redis vault at {self._description} is unreachable ({operation}): "
                        f"{type(error).__name__} for {self._retry_seconds:g} s"
                    ) from error
                time.sleep(min(delay, remaining))
                delay = min(delay * 2, 0.5)
            except redis.RedisError as error:
                # Redis error text names commands and keys, never values:
                # values only travel as ciphertext.
                raise VaultError(f"the Redis vault at {self._description} failed ({operation}): {error}") from error


def _counters(flat: list[bytes]) -> dict[str, int]:
    fields = dict(zip(flat[0::2], flat[1::2]))
    return {_text(kind): int(index) for kind, index in fields.items() if not kind.startswith(b"#")}


def _text(value: bytes | str) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


def _describe_url(url: str) -> str:
    """host:port/db of a Redis URL, without credentials."""
    try:
        parts = urlsplit(url)
        if parts.scheme == "unix":
            return f"unix:{parts.path}"
        database = parts.path.lstrip("/") or "0"
        return f"{parts.hostname or 'localhost'}:{parts.port or 6379}/{database}"
    except ValueError:
        return "(unparseable Redis URL)"

