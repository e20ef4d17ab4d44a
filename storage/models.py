"""SQLAlchemy 2.0 models: sources, stories and their clusters, tags, discovered unions, subscribers, campaigns,
the alert outbox.

The same models run on SQLite (aiosqlite) and PostgreSQL (asyncpg). Times are stored as UTC-aware
datetimes (`UTCDateTime` re-attaches the zone SQLite drops).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """The current time, UTC-aware."""
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware datetime stored in UTC on every backend."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use UTC-aware datetimes")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[Base]) -> Table:
    """A model's table (for Core statements)."""
    return Base.metadata.tables[model.__tablename__]


def column_length(model: type[Base], column: str) -> int:
    """The declared length of one of a model's String columns."""
    column_type = table_of(model).c[column].type
    if not isinstance(column_type, String) or column_type.length is None:
        raise TypeError(f"{model.__tablename__}.{column} is not a String column with a length")
    return column_type.length


class Source(Base):
    """A feed URL or a corpus path, with its polling state."""

    __tablename__ = "sources"
    __table_args__ = (UniqueConstraint("kind", "location"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "feed" | "corpus"
    location: Mapped[str] = mapped_column(String(2048))  # feed URL or corpus path
    name: Mapped[str | None] = mapped_column(String(255))
    title: Mapped[str | None] = mapped_column(String(512))  # as the feed calls itself
    origin: Mapped[str] = mapped_column(String(16), default="config")  # "config" | "admin"
    interval_minutes: Mapped[int] = mapped_column(Integer, default=30)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    disabled_reason: Mapped[str | None] = mapped_column(String(512))
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(128))
    ttl_minutes: Mapped[int | None] = mapped_column(Integer)
    last_polled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_success_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    failure_reported_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    next_poll_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    added_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class SourceSuggestion(Base):
    """A feed someone suggested with /suggest, after a trial fetch: pending until an admin accepts it (it
    becomes a source) or declines it."""

    __tablename__ = "source_suggestions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), index=True)
    title: Mapped[str | None] = mapped_column(String(512))  # as the feed calls itself
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    chat_id: Mapped[int] = mapped_column(BigInteger)  # where the suggester hears the decision
    user_id: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending | accepted | declined
    decided_by: Mapped[int | None] = mapped_column(BigInteger)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class CorpusFile(Base):
    """A corpus document already read, so that only changed files are rescanned."""

    __tablename__ = "corpus_files"
    __table_args__ = (UniqueConstraint("source_id", "path"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    path: Mapped[str] = mapped_column(String(2048))
    size: Mapped[int] = mapped_column(BigInteger)
    mtime_ns: Mapped[int] = mapped_column(BigInteger)
    content_hash: Mapped[str] = mapped_column(String(64))
    story_count: Mapped[int] = mapped_column(Integer, default=0)
    scanned_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class StoryCluster(Base):
    """One real-world story, however many sources carry it: subscribers are alerted once per cluster."""

    __tablename__ = "story_clusters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    tagged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    routed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)

    stories: Mapped[list[Story]] = relationship(back_populates="cluster", order_by="Story.id")


class Story(Base):
    """A story as one source published it."""

    __tablename__ = "stories"
    __table_args__ = (
        UniqueConstraint("source_id", "guid"),
        Index("ix_stories_canonical_url", "canonical_url"),
        Index("ix_stories_content_hash", "content_hash"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("story_clusters.id"), index=True)
    guid: Mapped[str] = mapped_column(String(1024))
    url: Mapped[str | None] = mapped_column(String(2048))
    canonical_url: Mapped[str | None] = mapped_column(String(2048))
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    links: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    published_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    fetched_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    language: Mapped[str | None] = mapped_column(String(8))  # ISO 639-1: the feed's declared language, else detected
    # ISO 639-1 detected from the story's own words (None: unsure), whatever the feed declares: picks the tagger's rules
    detected_language: Mapped[str | None] = mapped_column(String(8))
    content_hash: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[int] = mapped_column(BigInteger)  # 64-bit SimHash, stored signed
    # SimHash bands (16 bits each) let near-duplicate lookups use an index instead of a scan.
    band0: Mapped[int] = mapped_column(Integer, index=True)
    band1: Mapped[int] = mapped_column(Integer, index=True)
    band2: Mapped[int] = mapped_column(Integer, index=True)
    band3: Mapped[int] = mapped_column(Integer, index=True)

    cluster: Mapped[StoryCluster] = relationship(back_populates="stories")
    source: Mapped[Source] = relationship()


class StoryTag(Base):
    """A country or union a cluster is about (primary) or names in passing (mentioned), with evidence."""

    __tablename__ = "story_tags"
    __table_args__ = (
        UniqueConstraint("cluster_id", "kind", "value"),
        Index("ix_story_tags_kind_value", "kind", "value"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("story_clusters.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "country" | "union"
    value: Mapped[str] = mapped_column(String(255))  # ISO code, union id or discovered union id ("found:...")
    label: Mapped[str] = mapped_column(String(255))
    salience: Mapped[str] = mapped_column(String(16))  # "primary" | "mentioned"
    evidence: Mapped[list[str]] = mapped_column(JSON, default=list)


class Subscriber(Base):
    """A Telegram chat that receives alerts, with its delivery settings."""

    __tablename__ = "subscribers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    chat_type: Mapped[str] = mapped_column(String(16), default="private")
    language: Mapped[str | None] = mapped_column(String(16))
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    delivery_mode: Mapped[str] = mapped_column(String(8), default="now")  # now | daily | weekly
    digest_time: Mapped[str] = mapped_column(String(5), default="08:00")  # local HH:MM
    digest_weekday: Mapped[int] = mapped_column(Integer, default=0)  # Monday = 0
    next_digest_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    include_mentioned: Mapped[bool] = mapped_column(Boolean, default=False)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    quiet_start: Mapped[str | None] = mapped_column(String(5))  # local HH:MM: alerts wait from then...
    quiet_end: Mapped[str | None] = mapped_column(String(5))  # ...until then (None: no quiet hours)
    silent: Mapped[bool] = mapped_column(Boolean, default=False)  # alerts arrive without a sound
    managed_by: Mapped[int | None] = mapped_column(BigInteger)  # a channel: the admin who linked it (user id)
    managing_chat_id: Mapped[int | None] = mapped_column(BigInteger)  # a private chat: the channel it manages now
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    inactive_reason: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    subscriptions: Mapped[list[Subscription]] = relationship(
        back_populates="subscriber", cascade="all, delete-orphan", passive_deletes=True
    )


class Subscription(Base):
    """One topic a subscriber follows: a country code, a union id or a keyword query."""

    __tablename__ = "subscriptions"
    __table_args__ = (
        UniqueConstraint("subscriber_id", "kind", "value", "message_thread_id"),
        Index("ix_subscriptions_kind_value", "kind", "value"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "country" | "union" | "keyword"
    value: Mapped[str] = mapped_column(String(255))
    label: Mapped[str] = mapped_column(String(255))
    muted: Mapped[bool] = mapped_column(Boolean, default=False)
    # Folded words or phrases a story must not contain to match ("/subscribe Turkey -football"); keyword
    # subscriptions keep theirs in the query itself.
    exclude: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The forum topic its alerts go to (0: the chat itself, or a forum's General topic).
    message_thread_id: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    subscriber: Mapped[Subscriber] = relationship(back_populates="subscriptions")


class UnionRecord(Base):
    """A union added by an admin from the chat, extending the bundled directory."""

    __tablename__ = "union_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    union_id: Mapped[str] = mapped_column(String(128), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    acronyms: Mapped[list[str]] = mapped_column(JSON, default=list)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    country: Mapped[str | None] = mapped_column(String(2))
    added_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class DiscoveredUnion(Base):
    """A union the tagger found in stories but the directory lacks, under its found id
    ("found:<cc or xx>:<folded-name>"): followed like a directory union until an admin merges it into a
    directory entry (its tags and followers then move there) or rejects it (never tagged again)."""

    __tablename__ = "discovered_unions"
    __table_args__ = (Index("ix_discovered_unions_status_story_count", "status", "story_count"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # the number /discovered shows
    union_id: Mapped[str] = mapped_column(String(255), unique=True)  # the found id, as story tags carry it
    name: Mapped[str] = mapped_column(String(255))
    acronym: Mapped[str | None] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(2))
    first_seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    story_count: Mapped[int] = mapped_column(Integer, default=0)  # story clusters tagged with it
    status: Mapped[str] = mapped_column(String(16), default="new")  # new | merged | rejected
    merged_into: Mapped[str | None] = mapped_column(String(255))  # a directory union id, or a found id (see `merge`)
    merged_name: Mapped[str | None] = mapped_column(String(255))  # that union's name, for the tags mapped to it
    example_story_id: Mapped[int | None] = mapped_column(ForeignKey("stories.id", ondelete="SET NULL"))
    decided_by: Mapped[int | None] = mapped_column(BigInteger)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class Campaign(Base):
    """A campaign action (petition, donation, message, event) for stories about its cause: its unions and
    the names and keywords of the people, organisation or employer it is about (its countries only narrow it)."""

    __tablename__ = "campaigns"
    __table_args__ = (UniqueConstraint("url"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(512))
    url: Mapped[str] = mapped_column(String(2048))
    kind: Mapped[str] = mapped_column(String(16), default="petition")
    countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    unions: Mapped[list[str]] = mapped_column(JSON, default=list)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    origin: Mapped[str] = mapped_column(String(16), default="config")
    added_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    translations: Mapped[dict[str, dict[str, str]]] = mapped_column(JSON, default=dict)  # language -> {title, url}
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | updated | won | closed
    last_update: Mapped[str | None] = mapped_column(Text)
    status_changed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    taps: Mapped[int] = mapped_column(Integer, default=0)  # through the redirect endpoint, when configured
    urgent: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")  # its alerts take the paid lane


class AlertAction(Base):
    """The action a sent alert carried (one row per alert that had one): counts per campaign, the chats a
    follow-up goes to, and what /why says about the button."""

    __tablename__ = "alert_actions"

    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"), primary_key=True)
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id", ondelete="CASCADE"))
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    url: Mapped[str] = mapped_column(String(2048))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class CampaignFollowup(Base):
    """The follow-up outbox: one short message per chat and campaign event (won, closed, an update),
    sent once: pending -> sending -> sent (or skipped / failed), re-queued after a crash."""

    __tablename__ = "campaign_followups"
    __table_args__ = (
        UniqueConstraint("campaign_id", "subscriber_id", "event"),
        Index("ix_campaign_followups_status_due_at", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id", ondelete="CASCADE"), index=True)
    event: Mapped[str] = mapped_column(String(32))  # "end" (won or closed) | "update:<n>"
    status_word: Mapped[str] = mapped_column(String(16))  # won | closed | updated
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="pending")
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Alert(Base):
    """The outbox: one row per subscriber and story cluster, written with the routing decision."""

    __tablename__ = "alerts"
    __table_args__ = (
        UniqueConstraint("subscriber_id", "cluster_id", "message_thread_id"),
        Index("ix_alerts_status_due_at", "status", "due_at"),
        # A digest reads one subscriber's waiting alerts without walking their sent ones.
        Index("ix_alerts_subscriber_id_status", "subscriber_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id", ondelete="CASCADE"))
    cluster_id: Mapped[int] = mapped_column(ForeignKey("story_clusters.id", ondelete="CASCADE"), index=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    # pending (send at once) | digest (wait for the next digest) | sending | sent | failed | skipped
    status: Mapped[str] = mapped_column(String(16), default="pending")
    matched: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # for /why
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    message_thread_id: Mapped[int] = mapped_column(Integer, default=0)  # the forum topic it goes to (0: none)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ChatPacing(Base):
    """When each chat may next be sent a message, shared by every bot process on one PostgreSQL database
    (storage/fleet.py); the row of chat 0, which no Telegram chat has, holds the whole fleet's pause after
    a 429. SQLite's single process paces in memory and leaves the table empty."""

    __tablename__ = "chat_pacing"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    next_send_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class SendBucket(Base):
    """A send lane's token bucket, shared by every bot process on one PostgreSQL database (storage/fleet.py):
    the tokens left when it was last taken from, and how many that take was granted."""

    __tablename__ = "send_buckets"

    name: Mapped[str] = mapped_column(String(16), primary_key=True)  # "free" | "paid"
    tokens: Mapped[float] = mapped_column(Float)
    granted: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class PaidBroadcastSpend(Base):
    """What paid broadcasts have spent, in tenths of a Telegram Star (one row, id 1; storage/paid.py), and
    the budget the admins were last told was spent (so they are told once per budget)."""

    __tablename__ = "paid_broadcast_spend"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    tenths_spent: Mapped[int] = mapped_column(BigInteger, default=0)
    granted: Mapped[int] = mapped_column(Integer, default=0)  # tenths the last reservation got (read back by RETURNING)
    told_budget: Mapped[int | None] = mapped_column(BigInteger)
