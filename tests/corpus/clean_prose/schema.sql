-- Schema for the orders service (PostgreSQL 15).
-- Migration 0042: add fulfilment tracking.

CREATE TABLE customers (
    id            BIGSERIAL PRIMARY KEY,
    external_ref  VARCHAR(64) NOT NULL UNIQUE,
    display_name  VARCHAR(255) NOT NULL,
    email_hash    CHAR(64) NOT NULL,
    country_code  CHAR(2) NOT NULL DEFAULT 'US',
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    deleted_at    TIMESTAMP WITH TIME ZONE
);

CREATE TABLE orders (
    id              BIGSERIAL PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    order_number    VARCHAR(20) NOT NULL UNIQUE,
    status          VARCHAR(16) NOT NULL CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled')),
    total_cents     INTEGER NOT NULL CHECK (total_cents >= 0),
    currency        CHAR(3) NOT NULL DEFAULT 'USD',
    placed_at       TIMESTAMP NOT NULL,
    shipped_at      TIMESTAMP,
    metadata        JSONB NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX idx_orders_customer ON orders (customer_id, placed_at DESC);
CREATE INDEX idx_orders_status ON orders (status) WHERE status <> 'cancelled';

CREATE TABLE shipments (
    id            BIGSERIAL PRIMARY KEY,
    order_id      BIGINT NOT NULL REFERENCES orders(id),
    carrier       VARCHAR(32) NOT NULL,
    tracking_code VARCHAR(64),
    weight_grams  INTEGER,
    dispatched_at TIMESTAMP,
    delivered_at  TIMESTAMP
);

ALTER TABLE orders ADD COLUMN fulfilment_center SMALLINT;
ALTER TABLE orders ALTER COLUMN order_number TYPE VARCHAR(32);

-- Seed reference data for tests.
INSERT INTO customers (external_ref, display_name, email_hash, country_code, created_at)
VALUES ('cus_0001', 'Test Customer', repeat('a', 64), 'US', '2024-01-15 09:30:00+00');

INSERT INTO orders (customer_id, order_number, status, total_cents, placed_at)
VALUES (1, '2024-000187', 'paid', 129900, '2024-01-15 10:02:11'),
       (1, '2024-000188', 'pending', 4500, '2024-01-16 08:00:00');

SELECT o.order_number, o.total_cents / 100.0 AS total, c.country_code
FROM orders o
JOIN customers c ON c.id = o.customer_id
WHERE o.placed_at BETWEEN '2024-01-01' AND '2024-12-31'
  AND o.status = 'paid'
ORDER BY o.placed_at DESC
LIMIT 50 OFFSET 100;

UPDATE orders SET status = 'shipped', shipped_at = now() WHERE id = 187 AND status = 'paid';
DELETE FROM shipments WHERE delivered_at < now() - INTERVAL '400 days';
