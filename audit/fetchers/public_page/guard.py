"""Which machines a page fetch may connect to, checked where the connection is made.

A public profile lives on the public internet.  A page (or a redirect it sends) that points
profile-audit at `127.0.0.1`, `10.0.0.1`, `169.254.169.254` or a name resolving to one of them
would turn a self-audit into a probe of the person's own network, so such addresses are refused
unless the person named that very host themselves (`http://localhost:8080/me`, a school
intranet page).  The check is made twice: on every address before it is requested
(`refusal`), and again inside httpcore's connect step (`GuardedBackend`), which resolves the
name itself and connects to the address it checked, so a name that changes its answer between
the two (DNS rebinding) still cannot reach a private address.

Every connection attempt is written to `ConnectionLog`, which is how the tests prove that no
machine other than the page's own and the documented public endpoints was contacted.
"""

from __future__ import annotations

import ipaddress
import socket
import typing
from dataclasses import dataclass, field

import httpcore

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressRefused(httpcore.ConnectError):
    """A connection that would reach a private, loopback or link-local address."""


class NameNotFound(httpcore.ConnectError):
    """The host name does not resolve (a typo, `.invalid`, no network)."""


def is_public(address: IpAddress) -> bool:
    """Whether an address is on the public internet (not private, loopback, link-local, reserved)."""
    mapped = getattr(address, "ipv4_mapped", None)
    if mapped is not None:  # ::ffff:127.0.0.1 is 127.0.0.1
        address = mapped
    return address.is_global and not address.is_multicast


def literal_address(host: str) -> IpAddress | None:
    """The address a host names directly (`127.0.0.1`, `[::1]`), or None for a name."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def resolve(host: str, port: int) -> list[IpAddress]:
    """Every address a host name resolves to; NameNotFound if it resolves to none."""
    literal = literal_address(host)
    if literal is not None:
        return [literal]
    try:
        answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise NameNotFound(f"no such site: {host}") from error
    found: list[IpAddress] = []
    for *_, sockaddr in answers:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in found:
            found.append(address)
    if not found:
        raise NameNotFound(f"no such site: {host}")
    return found


@dataclass
class ConnectionLog:
    """Every host and port a fetch tried to connect to, refused or not, in order."""

    attempts: list[tuple[str, int]] = field(default_factory=list)

    def hosts(self) -> set[str]:
        return {host for host, _ in self.attempts}


@dataclass
class AddressPolicy:
    """The hosts that may resolve to private addresses: only those the person named."""

    named_private: frozenset[str] = frozenset()
    """Host names (lower case) allowed to be private, loopback or link-local."""

    def refusal(self, host: str, port: int) -> str | None:
        """The private address a host may not be contacted at ("10.0.0.5", "nas.example.com, at
        10.0.0.5"), or None if it may be contacted."""
        if host.lower().strip("[]") in self.named_private:
            return None
        for address in resolve(host, port):
            if not is_public(address):
                return str(address) if literal_address(host) else f"{host}, at {address}"
        return None

    def allow(self, host: str) -> None:
        self.named_private = self.named_private | {host.lower().strip("[]")}


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's plain socket backend, but every connection is logged and address-checked."""

    def __init__(self, policy: AddressPolicy, log: ConnectionLog, wired: frozenset[str] = frozenset()) -> None:
        self.policy = policy
        self.log = log
        self.wired = wired
        """Hosts a test's host map points named sites at (always 127.0.0.1): allowed to be loopback."""
        self._backend = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        self.log.attempts.append((host.lower(), port))
        addresses = resolve(host, port)
        bare = host.lower().strip("[]")
        named = bare in self.policy.named_private or bare in self.wired
        usable = [address for address in addresses if named or is_public(address)]
        if not usable:
            raise AddressRefused(f"{host} leads to a private network address ({addresses[0]})")
        # Connect to the address that was checked; TLS still names the host (httpcore passes it).
        return self._backend.connect_tcp(str(usable[0]), port, timeout, local_address, socket_options)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        raise AddressRefused("local sockets are never used")

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)
