"""The channels' posting schedule: posts and recurring series, channels, warnings, the
calendar's items and the iCalendar export (Qt-free; times are naive, the Centre's time)."""

from ..clock import centre_now, local, to_db
from .calendar import CalendarItem, calendar_items, crowded_posts, overdue_posts
from .channels import (
    ChannelRow,
    add_channel,
    channel_rows,
    delete_channel,
    ensure_system_channels,
    update_channel,
)
from .common import PostDraft, Scope, channel_colour
from .posts import (
    PostForm,
    add_post,
    add_series,
    change_series_rule,
    delete_post,
    load_post,
    missing_attachments,
    reschedule_post,
    series_members,
    set_post_status,
    update_post,
    validate_draft,
)
from .recurrence import MAX_OCCURRENCES, Recurrence

__all__ = [
    "MAX_OCCURRENCES",
    "CalendarItem",
    "ChannelRow",
    "PostDraft",
    "PostForm",
    "Recurrence",
    "Scope",
    "add_channel",
    "add_post",
    "add_series",
    "calendar_items",
    "change_series_rule",
    "channel_colour",
    "channel_rows",
    "crowded_posts",
    "delete_channel",
    "delete_post",
    "ensure_system_channels",
    "load_post",
    "local",
    "missing_attachments",
    "centre_now",
    "overdue_posts",
    "reschedule_post",
    "series_members",
    "set_post_status",
    "to_db",
    "update_channel",
    "update_post",
    "validate_draft",
]
