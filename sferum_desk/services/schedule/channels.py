"""Channels of the Centre: the two system channels that always exist, and any others."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ...data.models import Channel, Post, SystemChannel
from ..conflicts import refuse_if_stale
from ..nomenclature.common import plural
from ..organisation import SYSTEM_CHANNEL_COLOURS, ValidationError
from .common import STALE_CHANNEL, channel_colour, get_channel

MAX_NAME = 200
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class ChannelRow:
    id: int
    name: str
    colour: str  # "#rrggbb": its own or a stable one from the palette
    url: str
    is_system: bool
    post_count: int
    description: str = ""
    version: int = 0


def ensure_system_channels(session: Session) -> None:
    """Create «ЦентрКонтакт канал» and «канал Сотрудники» if they are missing (a channel
    with the same name becomes the system one)."""
    for key in SystemChannel:
        if session.scalar(select(Channel.id).where(Channel.system_key == key)) is not None:
            continue
        same_name = session.scalar(select(Channel).where(Channel.name == key.label))
        if same_name is not None:
            same_name.system_key = key
        else:
            session.add(Channel(name=key.label, system_key=key, colour=SYSTEM_CHANNEL_COLOURS[key]))
    session.flush()


def _clean(
    session: Session, name: str, url: str, colour: str, own_id: int | None
) -> tuple[str, str, str]:
    errors: dict[str, str] = {}
    name = " ".join(name.split())
    url, colour = url.strip(), colour.strip().lower()
    if not name:
        errors["name"] = "Укажите название канала"
    elif len(name) > MAX_NAME:
        errors["name"] = f"Название канала длиннее {MAX_NAME} знаков"
    else:
        for other_id, other_name in session.execute(select(Channel.id, Channel.name)):
            if other_id != own_id and other_name.casefold() == name.casefold():
                errors["name"] = f"Канал «{other_name}» уже есть"
    if url and not re.match(r"https?://\S+$", url):
        errors["url"] = f"Ссылка на канал «{url}» должна начинаться с https://"
    if colour and not _COLOUR.fullmatch(colour):
        errors["colour"] = f"Цвет «{colour}» — нужно вида #1e88e5"
    if errors:
        raise ValidationError(errors)
    return name, url, colour


def add_channel(
    session: Session, name: str, url: str = "", colour: str = "", description: str = ""
) -> Channel:
    name, url, colour = _clean(session, name, url, colour, None)
    channel = Channel(
        name=name, url=url or None, colour=colour or None, description=description.strip() or None
    )
    session.add(channel)
    session.flush()
    return channel


def update_channel(
    session: Session,
    channel_id: int,
    name: str,
    url: str,
    colour: str,
    description: str,
    version: int,
) -> Channel:
    """Store a channel's changes; the system channels keep the names the regulation gives."""
    channel = get_channel(session, channel_id)
    refuse_if_stale(session, channel, version, STALE_CHANNEL.format(name=channel.name))
    name, url, colour = _clean(session, name, url, colour, channel.id)
    if channel.system_key is not None and name != channel.name:
        raise ValidationError(
            {"name": f"«{channel.name}» — системный канал из Положения, его не переименовывают"}
        )
    channel.name = name
    channel.url = url or None
    channel.colour = colour or None
    channel.description = description.strip() or None
    try:
        session.flush()
    except StaleDataError as exc:
        raise ValidationError({"version": STALE_CHANNEL.format(name=name)}) from exc
    return channel


def delete_channel(session: Session, channel_id: int) -> None:
    """Delete a channel that is not a system one and has no posts."""
    channel = get_channel(session, channel_id)
    if channel.system_key is not None:
        raise ValidationError(
            {"channel": f"«{channel.name}» — системный канал Центра, его нельзя удалить"}
        )
    count = session.scalar(select(func.count(Post.id)).where(Post.channel_id == channel.id)) or 0
    if count:
        raise ValidationError(
            {
                "channel": f"В канале «{channel.name}» "
                + plural(count, "публикация", "публикации", "публикаций")
                + ": удалите или перенесите их в другой канал, затем удалите канал"
            }
        )
    session.delete(channel)
    session.flush()


def channel_rows(session: Session) -> list[ChannelRow]:
    """Every channel with its post count: the system channels first, then by name."""
    counts: dict[int, int] = {
        channel_id: count
        for channel_id, count in session.execute(
            select(Post.channel_id, func.count(Post.id)).group_by(Post.channel_id)
        )
    }
    channels = session.scalars(select(Channel)).all()
    order = {key: i for i, key in enumerate(SystemChannel)}
    channels = sorted(
        channels,
        key=lambda c: (
            order.get(c.system_key, len(order)) if c.system_key else len(order),
            c.name.casefold(),
        ),
    )
    return [
        ChannelRow(
            id=c.id,
            name=c.name,
            colour=channel_colour(c),
            url=c.url or "",
            is_system=c.system_key is not None,
            post_count=counts.get(c.id, 0),
            description=c.description or "",
            version=c.version,
        )
        for c in channels
    ]
