"""Cancellation: one exception for the whole plugin. Readers and engines take an `is_canceled` callable and raise
CanceledError when it says so; the Processing base class turns it into the one translated message and removes the
outputs it had started."""


class CanceledError(Exception):
    """The user cancelled the run."""


def raise_if_canceled(is_canceled):
    if is_canceled():
        raise CanceledError()
