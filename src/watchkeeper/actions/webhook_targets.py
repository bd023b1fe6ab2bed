"""Where webhooks may be sent: the guard against server-side request forgery.

Tenant admins choose webhook URLs and the service POSTs to them from inside the
operator's network, so without a guard a tenant could make it reach the
loopback interface, the private network, the cloud metadata service
(169.254.169.254) or the database port. Two checks, one policy (`TargetPolicy`,
from the `webhook_*` settings):

- Registration (`TargetPolicy.check_url`): the scheme is http or https (https
  only, with `webhook_require_https`), the URL carries no credentials, and the
  host is neither a blocked IP literal nor a `localhost` name. Host names are
  not resolved here (their answers can change; delivery checks them).
- Delivery (`guarded_transport`): the worker's HTTP client resolves the host
  itself, refuses to connect when ANY of its addresses is blocked, and connects
  to an address it checked, never looking the name up a second time, so a DNS
  answer that changes between the check and the connection (rebinding) cannot
  slip through. TLS still verifies the certificate against the host name.

Blocked: every address that is not globally routable (loopback, private,
link-local, shared/CGNAT, documentation and benchmark ranges, unspecified,
reserved, multicast, IPv6 site-local), judged on the embedded IPv4 address for
IPv4-mapped, NAT64 (64:ff9b::/96) and 6to4 addresses. `webhook_allow_private`
allows them all (development, tests); `webhook_allowed_hosts` allows host names
(exact) and CIDR ranges (e.g. an internal relay).
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
PRIVATE = tuple(ipaddress.ip_network(n) for n in
                ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"))


class TargetRejected(ValueError):
    """A webhook URL (or what its host resolves to) the policy does not allow.
    `code` is the API error code: invalid_webhook_url or webhook_target_blocked."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def resolve(host: str, port: int) -> list[str]:
    """The host's addresses (as getaddrinfo gives them, without duplicates).
    Tests replace this function: nothing in them may reach a real resolver."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, NAT64, 6to4), if any."""
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return address.sixtofour


def blocked_reason(address: IPAddress) -> str | None:
    """Why a webhook may not go to `address` by default (None: a public address)."""
    embedded = _embedded_ipv4(address)
    if embedded is not None:
        reason = blocked_reason(embedded)
        return None if reason is None else f"{reason} (embedded {embedded})"
    if address.is_unspecified:
        return "an unspecified address"
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_multicast:
        return "a multicast address"
    if isinstance(address, ipaddress.IPv6Address) and address.is_site_local:
        return "a site-local address"
    if any(address in network for network in PRIVATE):
        return "a private address"
    if address.is_reserved:
        return "a reserved address"
    if address.is_private or not address.is_global:
        return "a special-purpose address that is not globally routable"
    return None


def _ip_literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def _name(host: str) -> str:
    return host.strip("[]").rstrip(".").lower()


_HOST_LABEL = re.compile(r"(?!-)[a-z0-9_-]{1,63}(?<!-)")


def allowed_host(entry: str) -> IPNetwork | str:
    """One `webhook_allowed_hosts` entry, normalised: a CIDR range (a bare address
    is a /32 or /128) or a host name (lower case, without brackets or a trailing
    dot). Raises ValueError for anything else. The settings (config.py) and
    `TargetPolicy.build` both read the allow-list through this function."""
    text = _name(entry.strip())
    try:
        return ipaddress.ip_network(text, strict=False)
    except ValueError:
        pass
    if len(text) <= 253 and all(_HOST_LABEL.fullmatch(label) for label in text.split(".")):
        return text
    raise ValueError(f"webhook_allowed_hosts: {entry!r} is neither a host name nor a CIDR range")


@dataclass(frozen=True)
class TargetPolicy:
    """Which webhook targets are allowed. The default is the strict production policy."""

    allow_private: bool = False
    allowed_names: frozenset[str] = frozenset()
    allowed_networks: tuple[IPNetwork, ...] = ()
    require_https: bool = False

    @classmethod
    def build(cls, *, allow_private: bool = False, allowed_hosts: Iterable[str] = (),
              require_https: bool = False) -> TargetPolicy:
        """`allowed_hosts`: host names and CIDR ranges (a bare address is a /32 or /128)."""
        names: set[str] = set()
        networks: list[IPNetwork] = []
        for entry in allowed_hosts:
            if not entry.strip():
                continue
            host = allowed_host(entry)
            if isinstance(host, str):
                names.add(host)
            else:
                networks.append(host)
        return cls(allow_private, frozenset(names), tuple(networks), require_https)

    @classmethod
    def from_settings(cls, settings: Any) -> TargetPolicy:
        return cls.build(allow_private=settings.webhook_allow_private,
                         allowed_hosts=settings.webhook_allowed_hosts,
                         require_https=settings.webhook_require_https)

    def name_allowed(self, host: str) -> bool:
        return _name(host) in self.allowed_names

    def address_problem(self, address: IPAddress) -> str | None:
        """Why the policy refuses `address` (None: allowed)."""
        if self.allow_private:
            return None
        forms = [address]
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            forms.append(embedded)
        if any(form in network for form in forms for network in self.allowed_networks):
            return None
        return blocked_reason(address)

    def check_url(self, url: str) -> None:
        """The checks that need no DNS (registration, and again before each delivery).
        Raises TargetRejected."""
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise TargetRejected("invalid_webhook_url", f"not a valid URL: {exc}") from None
        if parsed.scheme not in ("http", "https"):
            raise TargetRejected("invalid_webhook_url", "the scheme must be http or https")
        if self.require_https and parsed.scheme != "https":
            raise TargetRejected("invalid_webhook_url",
                                 "this server only sends webhooks over https")
        if parsed.userinfo:
            raise TargetRejected(
                "invalid_webhook_url",
                "credentials in the URL are not allowed (deliveries are signed; "
                "verify the Watchkeeper-Signature header instead)")
        host = parsed.host
        if not host:
            raise TargetRejected("invalid_webhook_url", "the URL has no host")
        if self.allow_private or self.name_allowed(host):
            return
        address = _ip_literal(host)
        if address is not None:
            reason = self.address_problem(address)
            if reason is not None:
                raise TargetRejected("webhook_target_blocked",
                                     f"{address} is {reason}; webhooks must go to a public address")
        elif _name(host) == "localhost" or _name(host).endswith(".localhost"):
            raise TargetRejected("webhook_target_blocked",
                                 f"{host} is a loopback name; webhooks must go to a public address")

    def checked_addresses(self, host: str, port: int) -> list[str]:
        """The addresses to connect to for `host`, every one allowed by the policy.
        Raises TargetRejected if any is refused, OSError if the name does not resolve."""
        addresses = resolve(host, port)
        if not addresses:
            raise OSError(f"{host} has no address")
        if self.name_allowed(host):
            return addresses
        for text in addresses:
            reason = self.address_problem(ipaddress.ip_address(text))
            if reason is not None:
                literal = _ip_literal(host) is not None
                shown = host if literal else f"{host} resolves to {text}, which"
                raise TargetRejected("webhook_target_blocked",
                                     f"refused to connect: {shown} is {reason}")
        return addresses


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, connecting only to addresses the policy allows."""

    def __init__(self, policy: TargetPolicy):
        self.policy = policy

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        try:
            addresses = self.policy.checked_addresses(host, port)
        except OSError as exc:  # DNS failure: an ordinary connection error
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        failure: Exception | None = None
        for address in addresses:  # in getaddrinfo's order, like socket.create_connection
            try:
                return super().connect_tcp(address, port, timeout=timeout,
                                           local_address=local_address,
                                           socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure


def guarded_transport(policy: TargetPolicy) -> httpx.HTTPTransport:
    """An httpx transport whose connections go through GuardedBackend.

    httpx has no public hook for httpcore's network backend, so the transport's
    connection pool (its `_pool`, what `handle_request` sends through) is replaced
    by one built with the backend. Environment proxies are not used: a proxy
    would resolve the host itself and defeat the check."""
    transport = httpx.HTTPTransport(trust_env=False)
    if not isinstance(getattr(transport, "_pool", None), httpcore.ConnectionPool):
        raise RuntimeError("unsupported httpx version: cannot install the webhook address guard")
    transport._pool.close()
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(),  # SSL_CERT_FILE/SSL_CERT_DIR as before
        max_connections=20, max_keepalive_connections=10, keepalive_expiry=5.0,
        network_backend=GuardedBackend(policy),
    )
    return transport
