"""add api token scopes

Revision ID: 8d3b1e7f2c9a
Revises: 4c2a9f1e6b3d
Create Date: 2024-05-10 14:22:07.123456
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "8d3b1e7f2c9a"
down_revision = "4c2a9f1e6b3d"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("api_tokens", sa.Column("scopes", postgresql.ARRAY(sa.Text()), nullable=False, server_default="{}"))
    op.add_column("api_tokens", sa.Column("token_prefix", sa.String(length=8), nullable=True))
    op.create_index("api_tokens_prefix_idx", "api_tokens", ["token_prefix"], unique=True)
    op.execute("UPDATE api_tokens SET token_prefix = substr(encode(token_hash, 'hex'), 1, 8)")


def downgrade() -> None:
    op.drop_index("api_tokens_prefix_idx", table_name="api_tokens")
    op.drop_column("api_tokens", "token_prefix")
    op.drop_column("api_tokens", "scopes")
