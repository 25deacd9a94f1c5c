-- schema for the accounts service
CREATE TABLE users (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    email           CITEXT NOT NULL UNIQUE,
    password_hash   TEXT NOT NULL,
    password_changed_at TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE api_tokens (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash  BYTEA NOT NULL,
    token_prefix VARCHAR(8) NOT NULL,
    scopes      TEXT[] NOT NULL DEFAULT '{}',
    expires_at  TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ
);

CREATE INDEX api_tokens_user_id_idx ON api_tokens (user_id);
CREATE UNIQUE INDEX api_tokens_prefix_idx ON api_tokens (token_prefix);

CREATE TABLE password_reset_requests (
    id          BIGSERIAL PRIMARY KEY,
    user_id     UUID NOT NULL REFERENCES users(id),
    requested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    used        BOOLEAN NOT NULL DEFAULT false
);

INSERT INTO users (id, email, password_hash) VALUES
  ('3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b', 'alice@example.com', ''),
  ('7d9e0f1a-2b3c-4d5e-9f6a-7b8c9d0e1f2a', 'bob@example.com', '');

-- rotate tokens older than 90 days
UPDATE api_tokens SET expires_at = now() WHERE last_used_at < now() - INTERVAL '90 days';

SELECT u.email, count(t.id) AS token_count
FROM users u LEFT JOIN api_tokens t ON t.user_id = u.id
GROUP BY u.email
ORDER BY token_count DESC;
