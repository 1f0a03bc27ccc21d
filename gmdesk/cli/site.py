"""`gmdesk export calendar` and `gmdesk export site`: the year's dates and the office's web page."""

from __future__ import annotations

import argparse

from gmdesk.cli.common import Groups
from gmdesk.cli.reports import _write_year, _year_out


def register(groups: Groups) -> None:
    """Add the calendar (.ics) and the static web page commands."""
    calendar = groups.sub("export", "calendar",
                          "the year's deadlines (行事曆) as an iCalendar .ics file with reminders")
    _year_out(calendar, "F.ics")
    calendar.set_defaults(handler=run_calendar)

    site = groups.sub("export", "site",
                      "the office's 性別平等專區 web page: static HTML for the website's CMS; "
                      "exporting another year into the same folder keeps the years there")
    _year_out(site, "DIR", required=True)
    site.set_defaults(handler=run_site)


def run_calendar(args: argparse.Namespace) -> int:
    from gmdesk.services.calendar import write_calendar

    return _write_year(args, write_calendar, "calendar")


def run_site(args: argparse.Namespace) -> int:
    from gmdesk.services.site import write_site

    return _write_year(args, write_site)
