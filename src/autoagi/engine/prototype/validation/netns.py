"""A new network namespace holding only a loopback interface, brought up.

Standard library only: used by ``sandbox.py`` between fork and exec and by ``zygote.py`` in its
forked children, which import it by file name.
"""

from __future__ import annotations

import ctypes
import fcntl
import socket
import struct
from collections.abc import Callable

_CLONE_NEWNET = 0x40000000
_SIOCGIFFLAGS = 0x8913
_SIOCSIFFLAGS = 0x8914
_IFF_UP = 0x1
_IFREQ = "16sH14x"
LOOPBACK_REQUEST = struct.pack(_IFREQ, b"lo", 0)


def libc_unshare() -> Callable[[int], int]:
    """Resolve ``unshare`` before forking, so the child loads nothing."""
    return ctypes.CDLL(None, use_errno=True).unshare


def isolate_network(unshare: Callable[[int], int]) -> None:
    """Move this process into a new network namespace and bring its loopback interface up.
    Needs root or CAP_SYS_ADMIN."""
    if unshare(_CLONE_NEWNET) != 0:
        raise OSError(ctypes.get_errno(), "unshare(CLONE_NEWNET) failed")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        flags = struct.unpack(_IFREQ, fcntl.ioctl(probe, _SIOCGIFFLAGS, LOOPBACK_REQUEST))[1]
        fcntl.ioctl(probe, _SIOCSIFFLAGS, struct.pack(_IFREQ, b"lo", flags | _IFF_UP))
