"""Web addresses as typed by people, made into addresses every PDF viewer and browser opens."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit, urlunsplit

# A scheme (https:, mailto:) as RFC 3986 spells one; 'www.x.nl:8080' has none, but reads as
# one, so a typed address counts as having a scheme only when the text after the colon is not
# a port.
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(?!\d+(?:[/?#]|$))")
# Characters left as they are in each part (RFC 3986's reserved and unreserved characters and
# '%', so an address already percent-encoded stays the same).
_SAFE = "!#$%&'()*+,/:;=?@[]~"


def web_address(typed: str) -> str:
    """The address a link opens for `typed`, the text a user typed in the url field.

    Leading and trailing spaces go; an address without a scheme gets one: `mailto:` for an
    e-mail address (name@domain, no slash), else `https://` (www.chatmetfier.nl becomes
    https://www.chatmetfier.nl, not a file next to the PDF). Every character outside ASCII
    and every space is percent-encoded as UTF-8 (RFC 3987, IRI to URI: é is %C3%A9, a space
    %20), a host outside ASCII is written in IDNA (punycode); what is already %-encoded
    stays, a lone % becomes %25. Returns '' for a text of only spaces.
    """
    text = typed.strip()
    if not text:
        return ""
    if not _SCHEME.match(text):
        looks_like_mail = "@" in text and "/" not in text
        text = ("mailto:" if looks_like_mail else "https://") + text.lstrip("/")
    text = re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", text)  # a lone % is a character, not a code
    try:
        parts = urlsplit(text)
    except ValueError:  # an unclosed [ in the host: encode it all, the viewer says the rest
        return quote(text, safe=_SAFE)
    host = parts.netloc
    if host and not host.isascii():
        user, at, place = host.rpartition("@")
        try:
            place = place.encode("idna").decode("ascii")
        except UnicodeError:  # not a valid international name: encoded like the rest
            place = quote(place, safe=_SAFE)
        host = f"{user}{at}{place}"
    return urlunsplit((parts.scheme, quote(host, safe=_SAFE), quote(parts.path, safe=_SAFE),
                       quote(parts.query, safe=_SAFE), quote(parts.fragment, safe=_SAFE)))
