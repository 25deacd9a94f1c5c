"""Billing service: computes invoices from usage records and applies discounts."""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Optional

from sqlalchemy import Column, DateTime, ForeignKey, Integer, Numeric, String, select
from sqlalchemy.orm import Session, declarative_base, relationship

logger = logging.getLogger(__name__)
Base = declarative_base()

MAX_LINE_ITEMS = 500
DEFAULT_CURRENCY = "USD"
RETRY_BACKOFF_SECONDS = (1, 2, 4, 8, 16)
INVOICE_NUMBER_FORMAT = "INV-{year}-{sequence:06d}"
# Prices are stored in minor units (cents) to avoid float rounding.
CENTS = Decimal("0.01")


class Invoice(Base):
    __tablename__ = "invoices"

    id = Column(Integer, primary_key=True)
    account_id = Column(Integer, ForeignKey("accounts.id"), nullable=False, index=True)
    number = Column(String(32), unique=True, nullable=False)
    total_cents = Column(Numeric(12, 0), nullable=False, default=0)
    currency = Column(String(3), nullable=False, default=DEFAULT_CURRENCY)
    issued_at = Column(DateTime(timezone=True), nullable=False)
    line_items = relationship("LineItem", back_populates="invoice", cascade="all, delete-orphan")


class LineItem(Base):
    __tablename__ = "line_items"

    id = Column(Integer, primary_key=True)
    invoice_id = Column(Integer, ForeignKey("invoices.id"), nullable=False)
    sku = Column(String(64), nullable=False)
    quantity = Column(Integer, nullable=False, default=1)
    unit_price_cents = Column(Numeric(12, 0), nullable=False)
    invoice = relationship("Invoice", back_populates="line_items")


@dataclass
class UsageRecord:
    account_id: int
    sku: str
    quantity: int
    recorded_at: datetime
    idempotency_key: str = field(default_factory=lambda: uuid.uuid4().hex)


@dataclass
class Discount:
    code: str
    percent: Decimal
    expires_at: Optional[datetime] = None

    def applies(self, when: datetime) -> bool:
        return self.expires_at is None or when < self.expires_at


class InvoiceBuilder:
    """Groups usage by SKU and prices it with the account's price book."""

    def __init__(self, session: Session, price_book: dict[str, int]) -> None:
        self._session = session
        self._price_book = price_book

    def build(self, account_id: int, usage: Iterable[UsageRecord], discount: Discount | None = None) -> Invoice:
        now = datetime.now(timezone.utc)
        totals: dict[str, int] = {}
        for record in usage:
            if record.account_id != account_id:
                raise ValueError(f"usage for account {record.account_id} passed to invoice of {account_id}")
            totals[record.sku] = totals.get(record.sku, 0) + record.quantity
        if len(totals) > MAX_LINE_ITEMS:
            logger.warning("invoice has %d line items, truncating to %d", len(totals), MAX_LINE_ITEMS)
        sequence = self._next_sequence(now.year)
        invoice = Invoice(
            account_id=account_id,
            number=INVOICE_NUMBER_FORMAT.format(year=now.year, sequence=sequence),
            issued_at=now,
        )
        total = Decimal(0)
        for sku, quantity in sorted(totals.items())[:MAX_LINE_ITEMS]:
            unit = self._price_book.get(sku)
            if unit is None:
                logger.error("no price for sku=%s, skipping", sku)
                continue
            invoice.line_items.append(LineItem(sku=sku, quantity=quantity, unit_price_cents=unit))
            total += Decimal(unit) * quantity
        if discount is not None and discount.applies(now):
            total -= (total * discount.percent / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        invoice.total_cents = total
        return invoice

    def _next_sequence(self, year: int) -> int:
        prefix = f"INV-{year}-"
        last = self._session.execute(
            select(Invoice.number).where(Invoice.number.like(prefix + "%")).order_by(Invoice.number.desc()).limit(1)
        ).scalar_one_or_none()
        return 1 if last is None else int(last.rsplit("-", 1)[1]) + 1


def due_date(issued_at: datetime, net_days: int = 30) -> datetime:
    # Net terms count calendar days; weekends are not skipped.
    return issued_at + timedelta(days=net_days)


def format_amount(cents: int, currency: str = DEFAULT_CURRENCY) -> str:
    amount = (Decimal(cents) * CENTS).quantize(CENTS)
    return f"{amount:,.2f} {currency}"


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(format_amount(123456789))
    print(due_date(datetime(2024, 3, 5, tzinfo=timezone.utc)).isoformat())
