"""A membership's state on a day (local adapter until the domain's membership state lands).

Colours follow the state, never its translated label.
"""

from __future__ import annotations

import datetime as dt
import enum

from gmdesk.domain.model import Membership


class MemberState(enum.Enum):
    LEFT = "已離任"
    NOT_YET = "尚未就任"
    EXPIRED = "任期已屆滿"
    EXPIRING = "任期將屆滿"
    SERVING = "在任"


STATE_COLOURS = {MemberState.EXPIRED: "#ffebee", MemberState.EXPIRING: "#fff8e1",
                 MemberState.LEFT: "#eeeeee", MemberState.NOT_YET: "#eeeeee"}


def state_of(m: Membership, day: dt.date, warning_days: int) -> MemberState:
    """The state on `day`; a term ending within `warning_days` (the preset's) is 將屆滿."""
    if m.end is not None and m.end < day:
        return MemberState.LEFT
    if m.start > day:
        return MemberState.NOT_YET
    if m.term_end is not None and m.term_end < day:
        return MemberState.EXPIRED
    if m.term_end is not None and (m.term_end - day).days <= warning_days:
        return MemberState.EXPIRING
    return MemberState.SERVING
