"""Checking a pasted invite address against the allow-list of hosts."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from ..organisation import ValidationError
from ..settings import clean_host

MAX_URL_LENGTH = 1000


def host_allowed(host: str, allowed_hosts: Iterable[str]) -> bool:
    """True when ``host`` is an allowed host or a subdomain of one (``a.sferum.ru``), never a
    look-alike (``sferum.ru.evil.com``, ``evilsferum.ru``)."""
    host = clean_host(host)
    for allowed in allowed_hosts:
        allowed = clean_host(allowed)
        if allowed and (host == allowed or host.endswith("." + allowed)):
            return True
    return False


def _refuse(url: str, why: str) -> ValidationError:
    shown = url if len(url) <= 120 else url[:117] + "…"
    return ValidationError({"url": f"Ссылка «{shown}» не принята: {why}."})


def validate_invite_url(url: str, allowed_hosts: Iterable[str]) -> str:
    """The address, trimmed, with the scheme and host in lower case; or ValidationError with
    a Russian message naming the address and the reason."""
    url = url.strip()
    allowed = [h for h in (clean_host(h) for h in allowed_hosts) if h]
    if not url:
        raise ValidationError({"url": "Адрес ссылки-приглашения не указан."})
    if len(url) > MAX_URL_LENGTH:
        raise _refuse(url, f"адрес длиннее {MAX_URL_LENGTH} знаков")
    if any(ch.isspace() or not ch.isprintable() for ch in url):
        raise _refuse(url, "в адресе есть пробелы или непечатаемые знаки")
    if "\\" in url:
        raise _refuse(url, "в адресе есть обратная косая черта «\\»")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise _refuse(url, "адрес записан с ошибкой") from None
    if parts.scheme != "https":
        raise _refuse(url, "нужен защищённый адрес, начинающийся с https://")
    if not url[len("https:") :].startswith("//") or not parts.netloc:
        raise _refuse(url, "в адресе нет имени сайта")
    if "@" in parts.netloc:
        raise _refuse(url, "в адресе есть имя пользователя или пароль (знак «@»)")
    if port is not None and port != 443:
        raise _refuse(url, f"в адресе указан порт {port}")
    host = parts.hostname or ""
    if not host_allowed(host, allowed):
        raise _refuse(
            url,
            f"сайт «{host}» не входит в разрешённые ({', '.join(allowed)} и их поддомены)",
        )
    if parts.path in ("", "/") and not parts.query and not parts.fragment:
        raise _refuse(url, "это адрес сайта, а не приглашения")
    prefix = len("https://") + len(parts.netloc)
    return "https://" + parts.netloc.lower() + url[prefix:]
