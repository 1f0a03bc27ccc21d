"""English wording of the domain's phrases and labels (same codes and parameters as zh-TW)."""

from __future__ import annotations

import datetime as dt

from gmdesk.domain.texts import Label, Words

# code -> template; the placeholders are the zh-TW template's (tests/wording checks both).
TEMPLATES: dict[str, str] = {
    # shared
    "duty.nothing_due": "Nothing due this year",
    "list.semicolons": "{first}; {rest}",
    "list.commas": "{first}, {rest}",
    "list.and_more": "{items} and others",
    # execution group
    "group.role": "{role}",
    "group.role_post": "{role}, {post}",
    "group.role_committee": "{role}, Women's Rights Committee member",
    "group.among_members": "Group members",
    "group.among_focal": "Gender focal points",
    "group.any_gender_members": "One gender among the group members",
    "group.any_gender_focal": "One gender among the gender focal points",
    "group.one_third_short": "{who}: {have} {gender}, fewer than one third "
                             "({total} in all, at least {minimum} of each gender)",
    "group.one_third": "{who}: {have} {gender}, fewer than one third "
                       "({total} in all, at least {minimum} of each gender): add {short} "
                       "{gender} {noun}, or replace {swap} {noun} of another gender "
                       "with {gender} ones",
    "group.filed": "{what} is below one third; filed with the city government on {day}"
                   "{number} ({breaches})",
    "group.filed_doc_no": ", document no. {doc_no}",
    "group.empty": "No execution group members recorded: add members on the "
                   "Execution group page",
    "group.too_few": "Group members: {n}, fewer than {minimum}: add {more} more",
    "group.too_many": "Group members: {n}, more than {maximum}: remove {fewer}",
    "group.one_third_impossible": "The genders of the ex officio members make the one-third "
                                  "rule impossible to meet: file the list with the city "
                                  "government and record the filing date and document "
                                  "number on this page",
    "group.no_convener": "No convener: appoint a convener",
    "group.many_conveners": "There are {n} conveners: record the former convener as left",
    "group.no_deputy": "No deputy convener: appoint a deputy convener (the office's "
                       "chief secretary)",
    "group.post_vacant": "Ex officio post \"{post}\" is vacant: add the ex officio member "
                         "holding that post",
    "group.post_doubled": "Ex officio post \"{post}\" has {n} members: each post has one; "
                          "record the former holder as left",
    "group.external_few": "{external}: {n}, fewer than {minimum}: add {more} more",
    "group.committee_few": "{external} who are or were members of the city's Women's Rights "
                           "Promotion Committee: {n}, fewer than {minimum}: appoint {more} more",
    "group.focal_few": "Gender focal points: {n}, fewer than {minimum}: add {more} more",
    "group.term_ended": "{name} ({role}): term ended on {end}: reappoint, appoint a "
                        "successor or record as left",
    "group.term_ending": "{name} ({role}): term ends on {end} (in {days} days): reappoint "
                         "or appoint a successor",
    "group.summary": "Members: {total} ({male} male, {female} female)",
    # group meetings
    "meetings.no_members": "The group has no serving members, so no quorum is possible "
                           "(record the members on the Execution group page first)",
    "meetings.quorum_short": "{present} present, fewer than half of all {total} members "
                             "({need} or more needed)",
    "meetings.external_short": "{external} present: {n}, fewer than {minimum}",
    "meetings.nobody_present": "No member present: the one-third gender rule cannot be met",
    "meetings.present_one_third": "Members present: {have} {gender}, fewer than one third "
                                  "({present} present)",
    "meetings.flop": "{title} had no quorum ({why})",
    "meetings.not_counted": "{meetings}; not counted as meetings held",
    "meetings.few": "Meetings held this year: {n}, at least {minimum} required: {more} more to "
                    "hold{planned}{note}",
    "meetings.planned": " ({n} scheduled)",
    "meetings.note": ". {note}",
    "meetings.window": "months {first}-{last}",
    "meetings.off_window": "{title} was held in month {month}; meetings should be held in "
                           "{windows}",
    "meetings.notice_late": "The notice of {title} went out on {sent}, {days} day(s) before the "
                            "meeting, fewer than {minimum}: send it earlier next time",
    "meetings.inquorate": "{title} had no quorum: {why}. A meeting without a quorum "
                          "adopts nothing and is not counted; take its items to the next "
                          "meeting",
    "meetings.summary": "Meetings held: {held} (at least {minimum} required)",
    "meetings.summary_inquorate": "Meetings held: {held} (at least {minimum} required; "
                                  "{inquorate} more without a quorum, not counted)",
    # gender awareness training
    "training.nobody": "No staff to be trained recorded: add or import staff on the "
                       "Staff and training page",
    "training.all_done": "All {n} staff to be trained have completed their hours",
    "training.short": "{done}/{required} completed ({percent}%); {short} still short of "
                      "hours: {names}",
    "training.repeat": "{name}: \"{title}\" ({days})",
    "training.repeats_more": ", {n} records in all",
    "training.repeated": "The same person took a similar course more than once: "
                         "{repeats}{more}. Avoid sending staff to the same course twice; "
                         "check that the repeated hours count only once (delete the "
                         "duplicate records if needed)",
    "training.summary": "{done}/{required} completed",
    # CEDAW outreach and other measures
    "outreach.few": "CEDAW outreach sessions for the public: {n}, at least {minimum} required: "
                    "{more} more to hold",
    "outreach.few_planned": "CEDAW outreach sessions for the public: {n}, at least {minimum} "
                            "required: {more} more to hold ({planned} scheduled; record the "
                            "results once held)",
    "outreach.internal_only": "\"{title}\" was for internal staff only and does not count "
                              "as CEDAW outreach for the public",
    "outreach.summary": "Outreach sessions for the public: {sessions}; people reached: {people} "
                        "({male} male, {female} female, {other} other)",
    "measures.few": "Other gender equality measures: {n}, at least {minimum} required: {more} "
                    "more to carry out",
    "measures.categories_few": "Categories of measures: {n}, at least {minimum} required each "
                               "year: {more} more needed (open: {todo})",
    "measures.summary": "Measures: {n}",
    "measures.summary_by_category": "Measures: {n} ({categories})",
    "measures.category_count": "{category}: {n}",
    "measures.summary_categories": "{summary}; categories covered: {done} (at least {minimum} "
                                   "required)",
    # gender impact assessment
    "impact.closed_lacking": "\"{title}\" is closed but lacks {lacks}: record them",
    "impact.open_lacking": "\"{title}\" is in progress and lacks {lacks}: record them, "
                           "then close the case",
    "impact.open_ready": "\"{title}\" is in progress: participation and adoption are "
                         "recorded; record the closing date",
    "impact.summary": "Cases: {cases} ({closed} closed, {open} in progress)",
    "impact.closed": "Closed ({day})",
    "impact.in_progress_lacking": "In progress; lacks {lacks}",
    "impact.in_progress_ready": "In progress; ready to close",
    # gender statistics
    "statistics.no_indicators": "No gender statistics indicators recorded: add the office's "
                                "indicators on the Gender statistics page",
    "statistics.unreviewed": "Gender statistics indicators not yet reviewed for year {year}: {n} "
                             "({names}): record the review result (added, revised, removed or "
                             "kept) and the group meeting it went to",
    "statistics.values_missing": "Gender statistics indicators without values for year {year}: "
                                 "{n} ({names}): enter them or import a spreadsheet",
    "statistics.units_without_analysis": "{units}: no gender statistics analysis written "
                                         "this year (at least {minimum} per unit): record "
                                         "the analysis",
    "statistics.analysis_not_reported": "Analysis \"{title}\" has not gone to a group "
                                        "meeting: record the meeting",
    "statistics.analyses_few": "Gender statistics analyses: {n}, at least {minimum} required: "
                               "{more} more to write",
    "statistics.summary": "Indicators: {indicators} ({reviewed} reviewed this year); analyses: "
                          "{analyses}",
    # gender budget
    "budget.no_items": "No items in the year {year} gender budget table (due by {due}): "
                       "add the budget items",
    "budget.not_reviewed": "The year {year} gender budget table has not been reviewed by "
                           "the group: record the meeting or date of the review",
    "budget.not_filed": "The year {year} gender budget table has not been filed "
                        "(due {due}): record the filing date and document number",
    "budget.filed_late": "The year {year} gender budget table was filed on {filed}, after "
                         "the deadline {due}",
    "budget.execution_missing": "Year {year} gender budget items without the amount spent: {n} "
                                "({titles}): after the year ends, record the amount spent and how "
                                "it was carried out",
    "budget.summary": "Year {year} gender budget: items: {n}, total {amount} thousand NTD",
    "budget.summary_filed": "Year {year} gender budget: items: {n}, total {amount} thousand NTD, "
                            "filed on {filed}",
    # committees
    "committees.empty": "{name} has no members recorded: add its members",
    "committees.among_members": "{name} members",
    "committees.filed": "{name}: one gender below one third ({male} male, {female} female) "
                        "because {reason}; filed with the city government on {day}{number}",
    "committees.unfiled": "{breach}; if the rule cannot be met, state the reason and file "
                          "it with the city government",
    "committees.summary": "Committees: {n}; meeting the one-third rule: {met}",
    "committees.none": "No committees recorded (performance appraisal committee, selection "
                       "committee, task forces and so on)",
    # the year's calendar
    "calendar.done": "Done",
    "calendar.due_today": "Due today",
    "calendar.due_in": "Due in {days} day(s)",
    "calendar.overdue": "Overdue by {days} day(s)",
    "calendar.passed": "Past (please check)",
    "calendar.meeting_window": "Group meeting to be held in months {first}-{last} "
                               "(meeting {seq})",
    "calendar.window_met": "A meeting was held in this period",
    "calendar.window_open": "No meeting held in this period yet",
    "calendar.meetings": "Group meetings in the year: at least {minimum}",
    "calendar.meetings_held": "Meetings held: {n}",
    "calendar.meetings_held_short": "Meetings held: {n}; {more} more needed",
    "calendar.inquorate": "{place}; no quorum, not counted",
    "calendar.notice": "Deadline for the notice of {title}",
    "calendar.notice_sent": "Sent on {day}/{month}",
    "calendar.notice_rule": "To be sent at least {days} day(s) before the meeting",
    "calendar.notice_late": "{sent}, after the deadline ({days} day(s) ahead required)",
    "calendar.term": "Term of {name} ({role}) ends",
    "calendar.term_left": "Left",
    "calendar.term_todo": "Reappoint, appoint a successor or record as left",
    "calendar.budget": "Year {year} gender budget table: reviewed by the group, then filed",
    "calendar.budget_filed": "Filed",
    "calendar.budget_todo": "Prepared by the accounting office",
    "calendar.report": "Year {year} gender mainstreaming report to the city government",
    "calendar.report_how": "Send after the group approves it, and publish it online",
    "calendar.training": "End of the year for gender awareness training hours",
    "calendar.training_done": "{done}/{required} completed",
    "calendar.training_short": "{done}/{required} completed; {short} still short of hours",
    "calendar.training_nobody": "No staff to be trained recorded",
    "calendar.outreach": "CEDAW outreach sessions for the public: at least {minimum}",
    "calendar.outreach_held": "Sessions held: {n}",
    "calendar.outreach_held_short": "Sessions held: {n}; {more} more needed",
    "calendar.measures": "Other gender equality measures: at least {minimum}",
    "calendar.measures_held": "Measures carried out: {n}",
    "calendar.measures_held_short": "Measures carried out: {n}; {more} more needed",
    "calendar.event_outreach": "CEDAW outreach: {title}",
    "calendar.event_internal": "CEDAW outreach (internal): {title}",
    "calendar.event_measure": "Gender equality measure: {title}",
    # the city's consolidation of submissions
    "city.year_of": "year {year}",
    "city.no_year": "no year stated",
    "city.other_year": "This file holds data for {which}, not year {year}: left out of the "
                       "consolidation; ask the office to submit again",
    "city.older_format": "Format version {version} is older (current {current}): the figures "
                         "are included; ask the office to update gmdesk and export again",
    "city.newer_format": "Format version {version} is newer than the {current} this gmdesk "
                         "supports: figures read as far as possible; update gmdesk and "
                         "consolidate again",
    "city.altered": "The file does not match its export checksum (changed after export): "
                    "the figures are included; check with the office",
    "city.duplicate": "{n} files received; the newest, \"{newest}\", is used",
    "city.late": "Made on {made}, after the deadline {due}",
    "city.unlisted": "This office is not on the list: check the list or the office's name",
    "city.absent": "No submission received for year {year}",
    # ready to send
    "ready.no_office": "The office is not set up: enter the office's name on the "
                       "Settings page",
    "ready.no_contact": "The cover needs a contact person and phone number: enter them "
                        "on the Settings page",
    "ready.meetings_few": "Group meetings held: {held}, at least {minimum} required",
    "ready.no_attendance": "{title} ({day}): attendance not recorded, so no sign-in sheet "
                           "or attendance figures can be made",
    "ready.no_items": "{title}: no report or discussion items recorded; the minutes are "
                      "incomplete",
    "ready.no_trainees": "No staff to be trained recorded",
    "ready.training_short": "Gender awareness training: {done}/{required} completed; "
                            "{short} still short of hours",
    "ready.outreach_few": "CEDAW outreach sessions for the public: {n}, at least {minimum} "
                          "required",
    "ready.measures_few": "Other gender equality measures: {n}, at least {minimum} required",
    "ready.no_participants": "\"{title}\": number of participants (male/female/other) not "
                             "recorded",
    "ready.no_photos": "\"{title}\" has no photos; the report needs at least one",
}

# input errors: dates (domain/rocdate.py)
TEMPLATES.update({
    "date.invalid": "\"{value}\" is not a valid date",
    "date.invalid_why": "\"{value}\" is not a valid date: {why}",
    "date.roc_year_positive": "the ROC year must be greater than 0",
    "date.no_day_roc": "month {month} of ROC year {year} has no day {day}",
    "date.no_day": "month {month} of {year} has no day {day}",
    "date.no_month": "there is no month {month}",
    "date.empty": "no date filled in",
    "date.before_1912": "earlier than ROC year 1 (1912): check the year",
    "date.forms": "write it as 114/3/5 (ROC year) or 2025-03-05",
    "date.not_a_date": "not a date",
    "date.not_a_year": "\"{value}\" is not a year: write the ROC year (e.g. 114) or the Gregorian "
                       "year (e.g. 2025)",
    "date.not_a_time": "\"{value}\" is not a time: write it as 14:30 or 2:30 pm",
})

# input errors: training records and exemptions (domain/training.py)
TEMPLATES.update({
    "training.err.no_title": "Fill in the course title",
    "training.err.hours_range": "{hours} hours is out of range: more than 0 and at most {maximum} "
                                "hours a day",
    "training.err.half_hours": "{hours} hours: hours go in half hours (e.g. 1, 1.5, 2)",
    "training.err.satisfaction": "Satisfaction: enter 1 to 5",
    "training.err.no_exemption_kind": "Choose the reason for the exemption (e.g. unpaid leave, "
                                      "parental leave)",
    "training.err.other_needs_note": "With the reason \"Other\", write the reason in the note",
    "training.err.note_long": "The note has {n} characters, at most {maximum}: shorten it",
    "training.err.no_start": "Fill in the first day of the exemption, e.g. 115/3/1",
    "training.err.end_before_start": "The exemption's last day {end} is before its first day "
                                     "{start}: check both dates",
    "training.err.outside_year": "The exemption {period} is not within the year {year} ({first} "
                                 "to {last}): check the year",
    "training.period_open": "from {start}",
    "training.period": "{start} to {end}",
    "training.not_employed": "no period of employment recorded for this person",
    "training.before_start": "before the start date {start}",
    "training.after_end": "after the leaving date {end}",
    "training.outside_periods": "outside the periods of employment ({spans})",
})

# input errors: staff and training (services/staff.py, services/training.py)
TEMPLATES.update({
    "staff.err.no_name": "Fill in the name",
    "staff.err.end_before_start_fix": "The leaving date {end} is before the start date {start}: "
                                      "correct it",
    "staff.err.end_before_start": "The leaving date {end} is before the start date {start}",
    "staff.err.change_before_start": "The category change date must be after the start date",
    "staff.err.no_employment": "This person has no period of employment, so no leaving date can "
                               "be recorded",
    "training.err.outside_employment": "{day}: {why}: training counts only within a period of "
                                       "employment; check the course date or first add the period "
                                       "of employment in the person's details",
    "training.err.duplicate": "\"{title}\" on {day} is already recorded: the same course on the "
                              "same day counts once per person",
    "training.err.no_attendance": "Tick at least one attendee",
    "training.err.person_why": "{name} ({why})",
    "training.err.attendees_outside": "Not employed on {day}: {people}; untick them or check the "
                                      "course date",
    "training.err.file": "\"{file}\": {why}",
    "training.err.skipped_unwritable": "Cannot write the rows not imported in \"{folder}\" "
                                       "({why}): nothing was changed. Copy the file to a folder "
                                       "you can write to (e.g. Documents) and import it again.",
    "training.err.unmapped": "Choose which column of the file holds each of these fields: {fields}",
    "training.err.no_good_rows": "\"{file}\" has no correct rows to import: every row has an "
                                 "error. Correct them and import again.",
})

# input errors: the window's fields (dates, meeting times, committee members)
TEMPLATES.update({
    "date.field_empty": "\"{label}\" is empty: enter a date, e.g. 115/3/5",
    "date.field_invalid": "{label}: {error}",
    "meetings.err.start_time": "Start time: {error}",
    "meetings.err.end_time": "End time: {error}",
    "committees.err.member_start": "Member row {number}, start date: {error}",
    "committees.err.member_end": "Member row {number}, end date: {error}",
})

# input errors: meetings (services/meetings.py)
TEMPLATES.update({
    "meetings.err.day_outside_year": "Meeting date {day} is not in the year {year} ({first} to "
                                     "{last}): use a date in {year}, or switch to the year "
                                     "{other} before adding this meeting",
    "meetings.err.seq": "\"Number\" must be a whole number from 1",
    "meetings.err.seq_taken": "Meeting {seq} of {year} already exists ({day}): use number {next}",
    "meetings.err.end_not_after_start": "The end time must be after the start time: correct it",
    "meetings.err.notice_after_day": "The notice date {notice} is after the meeting date: correct "
                                     "it",
    "meetings.err.chair_gone": "The chosen chair no longer exists: choose again",
    "meetings.err.chair_not_member": "The chair {name} is not a group member on {day}: the chair "
                                     "is the convener or a member the convener appoints; choose "
                                     "again",
    "meetings.err.attendee_gone": "Person #{id} in the attendance list does not exist: choose "
                                  "again",
    "meetings.err.attendee_twice": "{who} appears twice in the attendance list: record each "
                                   "person once",
    "meetings.err.not_member": "{who} is not a group member on {day}, so cannot attend as a "
                               "member: list them as a guest, or first record their term on the "
                               "Execution group page",
    "meetings.err.member_as_guest": "{who} is a group member: record them among the members "
                                    "attending, not as a guest",
    "meetings.err.proxy_name": "{who} is marked \"Proxy\": fill in the proxy's name",
    "meetings.err.proxy_not_proxy": "{who} is marked \"{status}\" and cannot also have the proxy "
                                    "\"{proxy}\": set the status to \"Proxy\", or clear the proxy",
    "meetings.err.fee_negative": "The attendance fee of {who} cannot be negative",
    "meetings.err.chair_away": "The chair {who} is marked \"{status}\": choose the member who "
                               "chaired the meeting, or correct the attendance",
    "meetings.err.item_no_title": "Agenda item {number} ({kind}) has no subject: fill it in or "
                                  "delete the item",
    "meetings.err.item_elsewhere": "The agenda item does not belong to this meeting: refresh and "
                                   "edit again",
    "meetings.err.followup_not_open": "The tracked item was closed or not yet tracked before this "
                                      "meeting: refresh",
    "meetings.err.proposal": "The proposal must be \"Keep tracking\" or \"Close\"",
    "meetings.err.item_has_progress": "\"{title}\" has progress recorded at a later meeting and "
                                      "cannot be deleted: keep the item",
    "meetings.err.followup_has_progress": "\"{title}\" has progress recorded at a later meeting, "
                                          "so its tracking cannot be undone: close it with "
                                          "\"Close\" instead",
    "meetings.err.meeting_gone": "The meeting being edited no longer exists: refresh",
    "meetings.err.no_meeting": "Meeting #{id} not found",
    "meetings.err.no_saved_meeting": "Meeting #{id} not found: it may have been deleted (see the "
                                     "recycle bin) or not saved yet",
    "meetings.err.no_code": "Meeting {seq} of {year} not found (the year {year} has: {have})",
    "meetings.err.no_code_none": "Meeting {seq} of {year} not found (the year {year} has none)",
})

# input errors: execution group (services/group.py)
TEMPLATES.update({
    "group.err.no_name": "\"Name\" is empty: fill in the member's name, or choose an existing "
                         "person from the list",
    "group.err.no_gender": "\"Gender\" is not chosen: choose male, female or other",
    "group.err.person_gone": "The chosen person no longer exists: choose again",
    "group.err.term_end_before_start": "\"Term ends\" {term_end} is before \"Appointed\" {start}: "
                                       "correct it",
    "group.err.end_before_start": "\"Left\" {end} is before \"Appointed\" {start}: correct it",
    "group.err.no_post": "An ex officio member needs a \"Post\" (personnel, accounting ...): "
                         "choose it in the \"Post\" field",
    "group.err.committee_external_only": "\"Women's Rights Committee member\" applies only to "
                                         "external members: change the role or untick it",
    "group.err.already_member": "This person is a group member from {start} ({role}): one role at "
                                "a time; edit that record or first record the leaving",
    "group.err.convener_exists": "There is already a convener for that period, {name} (from "
                                 "{start}): first record the former convener's leaving date",
    "group.err.membership_gone": "The membership being edited no longer exists: refresh",
    "group.err.leaving_gone": "The membership whose leaving is being recorded no longer exists: "
                              "refresh",
    "group.err.leave_before_start": "\"Left\" {end} is before the appointment date {start}: "
                                    "correct it",
    "group.err.no_rule": "Choose the rule filed (the one-third rule for group members or for "
                         "gender focal points)",
    "group.err.filed_far": "\"Filing date\" {filed_on} is too far from the year {year}: check the "
                           "date",
})

# input errors: CEDAW outreach and measures (domain/outreach.py)
TEMPLATES.update({
    "outreach.err.article": "CEDAW has no article {number} to choose: the substantive articles "
                            "are 1 to 16",
    "outreach.err.recommendation": "There is no general recommendation no. {number}: enter a "
                                   "number from 1 to 99",
    "outreach.err.report_round": "There is no national report round {number}: enter a round from "
                                 "1 to 20",
    "outreach.err.paragraph": "There is no concluding observation paragraph {number}: enter a "
                              "paragraph from 1 to 999",
    "outreach.err.free_empty": "The CEDAW content written in is empty: enter some text",
    "outreach.err.free_long": "The CEDAW content written in is over 200 characters: shorten it "
                              "(details can go in the results)",
    "outreach.err.event": "event",
    "outreach.err.measure": "measure",
    "outreach.err.no_title": "Fill in the {what} name",
    "outreach.err.title_long": "The {what} name is over 120 characters: shorten it",
    "outreach.err.end_before_start": "The end date {end} is before the start date {start}: "
                                     "correct the dates",
    "outreach.err.outside_year": "The date {start} is not in the year {year} ({first} to {last}): "
                                 "correct the date, or switch to the year {other} before adding it",
    "outreach.err.across_years": "The event spans two years ({start} to {end}): record it as two "
                                 "entries, one per year",
    "outreach.err.no_category": "Choose or write the measure's category (e.g. friendly "
                                "environment, care support)",
    "outreach.err.no_audience": "Tick at least one audience (events for internal staff only do "
                                "not count as public outreach)",
    "outreach.err.negative": "Participants ({gender}) cannot be negative: enter 0 or a positive "
                             "whole number",
    "outreach.err.too_many": "Participants ({gender}): {n} is too many: check for an extra digit",
    "outreach.err.total": "Participants {male} male, {female} female, {other} other make {total}, "
                          "not the {stated} entered as the total: check the sign-in sheet and "
                          "correct it",
    "outreach.err.budget": "A budget of {budget} dollars is not plausible: enter 0 or a positive "
                           "whole number (in NT$)",
})

# input errors: events and photos (services/events.py)
TEMPLATES.update({
    "events.err.gone_refresh": "Event no. {id} not found; it may have been deleted: refresh and "
                               "try again",
    "events.err.gone": "Event no. {id} not found; it may have been deleted",
    "events.err.no_event": "Event no. {id} not found: check the number (see the CEDAW outreach "
                           "and measures page)",
    "events.err.cannot_open": "Cannot find or open \"{name}\": {why}",
    "events.err.too_big": "\"{name}\" is too large ({size}): photos must be under {maximum} MB; "
                          "shrink it on the phone or in Paint first",
    "events.err.empty_file": "\"{name}\" is an empty file: export it again from the phone or "
                             "camera",
    "events.err.heic": "\"{name}\" is in HEIC format (the iPhone default); event photos must be "
                       "JPG or PNG: save it as JPG first (e.g. open it in Windows Photos and save "
                       "a copy, or on the iPhone choose Settings > Camera > Formats > Most "
                       "Compatible), then add it",
    "events.err.not_a_photo": "\"{name}\" cannot be read; it may be damaged or not a photo: use "
                              "JPG or PNG files; export it again from the phone or camera",
    "events.err.damaged": "\"{name}\" cannot be read; the file may be damaged: export it again "
                          "and add it",
    "events.err.unknown_format": "unknown",
    "events.err.other_format": "\"{name}\" is in {format} format; event photos must be JPG or "
                               "PNG: save it as JPG first (e.g. open it in Paint and \"Save as\" "
                               "JPEG picture), then add it",
    "events.err.too_many_pixels": "\"{name}\" has too many pixels ({width}x{height}, about {mega} "
                                  "megapixels): photos must be under {maximum} megapixels; shrink "
                                  "it with Paint's \"Resize\" first",
    "events.err.no_image": "\"{name}\" has no picture in it: choose another photo",
    "events.err.pixels_unreadable": "\"{name}\" has too many pixels to be read: shrink it first",
    "events.err.incomplete": "\"{name}\" cannot be read; the file may be incomplete or damaged: "
                             "export it again from the phone or camera",
    "events.err.photo_number": "no. {seq}",
    "events.err.photo_this_batch": "another one being added now",
    "events.err.same_photo": "\"{name}\" is the same picture as a photo the event already has "
                             "({number}): no need to add it twice",
    "events.err.caption_long": "The caption is over {maximum} characters: shorten it",
    "events.err.photo_gone": "This photo was not found; it may have been removed: refresh",
    "events.err.order": "The photo order does not match the current photos: refresh and sort again",
    "events.err.no_office": "The data file has no office details yet: first fill in the office "
                            "name in Settings",
    "events.err.none_in_year": "No CEDAW outreach or other measures recorded in {year}: first add "
                               "them on the CEDAW outreach and measures page",
})

# input errors: gender impact assessment (domain/impact.py, services/impact.py)
TEMPLATES.update({
    "impact.thing": "gender impact assessment case",
    "impact.err.no_title": "Fill in the name of the plan or bill",
    "impact.err.title_long": "The plan's name is over 200 characters: shorten it",
    "impact.err.year": "The year {year} is not plausible: enter the ROC year, e.g. 115",
    "impact.err.participated_before_start": "The participation date {participated} is before the "
                                            "start date {started}: correct the dates",
    "impact.err.cannot_close": "\"{title}\" still lacks {lacks} and cannot be closed: fill them "
                               "in first, or clear the closing date",
    "impact.err.closed_before": "The closing date {closed} is before {day}: correct the dates",
})

# input errors: gender statistics (domain/statistics.py, services/statistics.py)
TEMPLATES.update({
    "statistics.thing": "gender statistics indicator",
    "statistics.err.no_name": "Fill in the indicator's name",
    "statistics.err.name_long": "The indicator's name is over 120 characters: shorten it",
    "statistics.err.negative": "{year}, {gender}: the value is negative: enter 0 or a positive "
                               "number",
    "statistics.err.too_big": "{year}, {gender}: the value {number} is too large: check for an "
                              "extra digit",
    "statistics.err.no_title": "Fill in the analysis topic",
    "statistics.err.no_unit": "Fill in the drafting unit",
    "statistics.err.use": "\"{use}\" is not one of the uses: choose policy, plan, press release, "
                          "speech or results report",
    "statistics.err.no_header": "No header row found: the sheet needs the columns indicator name, "
                                "year, male and female (other is optional)",
    "statistics.err.header_lacks": "The header row lacks the indicator name or year column: add "
                                   "it and import again",
    "statistics.err.row_unknown": "Row {row}: indicator \"{name}\" is not recorded yet: add the "
                                  "indicator first, or correct the name",
    "statistics.err.row": "Row {row}: {error}",
    "statistics.err.row_not_number": "Row {row}: \"{value}\" in \"{column}\" is not a number",
    "statistics.err.more": " ({n} more)",
    "statistics.err.sheet": "The sheet has {n} problems, so no values were written: "
                            "{problems}{more}",
    "statistics.err.no_values": "The sheet has no value rows: fill in each indicator's values by "
                                "year below the header row",
})

# input errors: records gone (domain/errors.py)
TEMPLATES.update({
    "record.gone": "The {thing} no. {id} was not found; it may have been deleted",
    "record.gone_refresh": "The {thing} no. {id} was not found; it may have been deleted: refresh "
                           "and try again",
})

# input errors: gender budget (domain/budget.py, services/budget.py)
TEMPLATES.update({
    "budget.thing": "gender budget item",
    "budget.err.filed_before_review": "The submission date is before the group's review date: "
                                      "have the group review it first, or correct the dates",
    "budget.err.no_title": "Fill in the plan's name",
    "budget.err.title_long": "The plan's name is over 200 characters: shorten it",
    "budget.err.amount": "A gender budget of {amount} thousand is not plausible: enter 0 or a "
                         "positive whole number (in NT$ thousands)",
    "budget.err.executed": "An execution of {amount} thousand is not plausible: enter 0 or a "
                           "positive whole number (in NT$ thousands)",
})

# input errors: committees (domain/committees.py, services/committees.py)
TEMPLATES.update({
    "committees.thing": "committee",
    "committees.err.gone": "This committee was not found; it may have been deleted: refresh and "
                           "try again",
    "committees.err.no_name": "Fill in the committee's name",
    "committees.err.term_end_before_start": "The term's last day {end} is before its first day "
                                            "{start}: correct the dates",
    "committees.err.no_exception_reason": "A filing date with the city government is given: also "
                                          "give the reason the one-third rule cannot be met",
    "committees.err.no_member_name": "Fill in the member's name",
    "committees.err.member_end_before_start": "The leaving date {end} is before the start date "
                                              "{start}: correct the dates",
})

# input errors: settings (services/settings.py)
TEMPLATES.update({
    "settings.err.no_name": "Fill in the office's name (e.g. Qijin District Office, Kaohsiung "
                            "City)",
    "settings.err.plan": "The plan period {start}-{end} starts after it ends: correct it",
    "settings.err.email": "The e-mail address \"{email}\" is not valid",
    "settings.err.budget_deadline": "Gender budget deadline: month {month}, day {day} is not a "
                                    "real date: correct the month or day (default 15 September)",
    "settings.err.report_due": "Results report deadline: month {month}, day {day} is not a real "
                               "date: correct the month or day (default 31 January of the next "
                               "year)",
    "settings.err.negative": "\"{label}\" cannot be negative",
    "settings.err.group_range": "The group's minimum size {minimum} is above its maximum {maximum}",
    "settings.err.categories": "The number of measure categories must be from 0 to 6 (Taipei: 3)",
    "settings.err.quorum": "The quorum must be between 0 and 1 (one half is 0.5)",
    "settings.err.hours": "Training hours \"{hours}\" are not plausible ({category}): enter 0 to "
                          "200 hours",
    "settings.err.unit_twice": "The unit \"{unit}\" is listed twice: list each unit once",
    "settings.err.name_display": "The name display \"{value}\" is not one of the choices",
    "settings.err.unit_in_use": "The unit \"{unit}\" still has {n} people and cannot be removed: "
                                "move them to another unit first",
    "settings.err.no_preset": "There is no preset \"{preset}\"",
})

# input errors: import cells and rows (domain/importing.py)
TEMPLATES.update({
    "import.err.not_hours": "not a number of hours",
    "import.err.no_hours": "no hours filled in",
    "import.err.hours_form": "not a number of hours: write a number, e.g. 2 or 1.5",
    "import.err.hours_positive": "hours must be more than 0",
    "import.err.half_hours": "hours go in half hours (e.g. 1, 1.5, 2)",
    "import.err.not_a_date": "not a valid date",
    "import.err.no_gender": "no gender filled in: write male, female or other",
    "import.err.not_gender": "not a gender: write male, female or other",
    "import.err.not_id": "not an ID number (one letter and 9 digits, partly masked is fine)",
    "import.err.no_category": "no staff category filled in",
    "import.err.not_category": "not a staff category: write general, supervisor, focal, worker or "
                               "head (or the category's Chinese name)",
    "import.err.not_level": "not a course level: write basic or advanced",
    "import.err.not_delivery": "not a way of delivery: write in person or online",
    "import.err.yes_no": "write yes or no",
    "import.err.satisfaction": "satisfaction: write a number from 1 to 5",
    "import.err.no_header": "No header row found: check that the file's first row (or one of the "
                            "first rows) has column names such as Name",
    "import.err.hours_max": "at most {maximum} hours a day",
    "import.err.not_filled": "no {field} filled in",
    "import.err.implausible_day": "the date must be between ROC year 1 and ROC year {last} ({day} "
                                  "is not plausible): check the year",
    "import.err.too_long": "the text has {n} characters, more than the {maximum} allowed: shorten "
                           "it or split it",
    "import.err.control": "contains a control character ({char}), perhaps copied along: delete it "
                          "and type it again",
    "import.err.end_before_start": "the end date {end} is before the start date {start}: check "
                                   "both dates",
    "import.row": "Row {row}: {cell}",
    "import.cell": "column \"{column}\" {shown}: {why}",
    "import.value": "\"{value}\"",
    "import.blank": "(blank)",
    "import.more_errors": "... and {n} more errors",
})

# input errors: staff import (services/staff.py)
TEMPLATES.update({
    "staff.err.same_name": "{n} people have this name: add a staff number or ID number column to "
                           "the file",
    "staff.err.no_staff_no": "no one has the staff number {staff_no}: import the staff roster "
                             "first, or add the person on the Staff roster page",
    "staff.err.not_on_roster": "this person is not on the staff roster: import the staff roster "
                               "first, or add the person on the Staff roster page",
    "staff.err.row_twice": "the same person as row {row}: delete the repeated row",
})

# input errors: no office yet (domain/errors.py)
TEMPLATES.update({
    "record.no_office": "The data file has no office details yet: first fill in the office name "
                        "on the Settings page",
    "record.no_office_yet": "No office details yet: first fill in the office name on the Settings "
                            "page",
})

# input errors: reports (services/reports.py)
TEMPLATES.update({
    "reports.err.name_display": "\"{mode}\" is not a way to show names: choose masked, surname or "
                                "full",
    "reports.err.report_day": "The report date {day} is before the start of the year {year}: "
                              "enter {first} or later",
    "reports.err.city_suffix": "The city report can only be saved as .xlsx or .ods "
                               "(OpenDocument); \"{name}\" has neither suffix: use .xlsx or .ods.",
    "reports.err.template_xlsx_only": "The registered city template is an Excel file, so the "
                                      "filled template can only be saved as .xlsx: use a .xlsx "
                                      "file name, or remove the template to save the built-in "
                                      "layout as .ods.",
    "reports.err.template_not_xlsx": "The template \"{name}\" is not a .xlsx file: save it as "
                                     ".xlsx in Excel, then register it",
    "reports.err.no_template": "No city template registered: register a template file first",
    "reports.err.no_template_mapping": "No city template registered, so there is no mapping to "
                                       "export",
    "reports.err.no_mapping_file": "Mapping file \"{path}\" not found",
})

# input errors: postcode (domain/address.py)
TEMPLATES.update({
    "address.err.postcode": "The postcode \"{value}\" must be 3, 5 (3+2) or 6 (3+3) digits, e.g. "
                            "805 or 80543",
})

# input errors: output folder (services/output.py)
TEMPLATES.update({
    "output.err.not_absolute": "The output folder \"{folder}\" is not a full path: press "
                               "\"Choose...\" to pick a folder",
    "output.err.cannot_create": "Cannot create the output folder \"{folder}\": {why}. Choose "
                                "another folder in Settings",
})

# input errors: calendar (services/calendar.py)
TEMPLATES.update({
    "calendar.err.suffix": "The calendar can only be saved as an .ics (iCalendar) file; "
                           "\"{name}\" does not end in .ics: use an .ics file name.",
    "calendar.err.folder": "\"{path}\" is a folder: write a file name, e.g. {example}",
})

# input errors: year pack (services/pack.py)
TEMPLATES.update({
    "pack.err.exists": "\"{path}\" exists and is not an empty folder: choose a new folder name or "
                       "a .zip file",
})

# input errors: duty prints (services/duty_prints.py)
TEMPLATES.update({
    "duty_prints.err.no_case": "Gender impact assessment case no. {id} not found: see the numbers "
                               "with gmdesk check or on the Gender impact assessment page",
})

# input errors: safety (services/safety.py)
TEMPLATES.update({
    "safety.err.no_path": "This data file has no path on disk, so it cannot be worked on in the "
                          "background: save it as a file first",
})

# input errors: web pages (services/site.py)
TEMPLATES.update({
    "site.err.is_file": "\"{path}\" is a file, not a folder: choose a new folder name",
    "site.err.foreign_folder": "The folder \"{path}\" already holds other files and is not a "
                               "gmdesk web page: so as not to overwrite them, choose an empty "
                               "folder or a new folder name",
    "site.err.bad_manifest": "The {manifest} of the folder \"{path}\" cannot be read or is not a "
                             "gmdesk page list: so as not to overwrite anything, choose an empty "
                             "folder or a new folder name",
    "site.err.other_office": "The folder \"{path}\" holds another office's pages ({office}): "
                             "choose this office's web folder or a new folder",
    "site.err.not_site": "\"{path}\" is not a web folder made by gmdesk (it has no {manifest}): "
                         "choose the gender equality pages folder exported before",
    "site.err.foreign_files": "\"{path}\" holds a file gmdesk did not make ({first}): so as not "
                              "to overwrite it, move it away first, or choose a new folder",
    "site.err.foreign_files_many": "\"{path}\" holds {n} files gmdesk did not make ({first} and "
                                   "others): so as not to overwrite them, move them away first, "
                                   "or choose a new folder",
})

# input errors: city consolidation (services/city.py)
TEMPLATES.update({
    "city.err.not_a_list": "\"{spec}\" is not an office list: write kaohsiung or taipei, or give "
                           "a text file with one office name a line",
    "city.err.not_utf8": "The office list \"{name}\" is not a UTF-8 text file: save it as UTF-8",
    "city.err.not_found": "\"{path}\" not found: check the file or folder name",
    "city.err.no_files": "No submissions found: choose the .xlsx or .json files the offices sent, "
                         "or their folder",
})

# input errors: the command line (cli/common.py)
TEMPLATES.update({
    "cli.err.no_db": "Data file \"{path}\" not found. Name it with --db, or first run gmdesk demo "
                     "--db {path}",
    "cli.err.empty_db": "The data file \"{path}\" has no office yet. Open gmdesk to set up the "
                        "office first, or run gmdesk demo.",
    "cli.err.meeting_code": "\"{value}\" is not a meeting code: write it as 114-1 (year-number)",
    "cli.err.demo_has_office": "\"{path}\" already holds an office; create the demo in a new file "
                               "(another --db).",
    "cli.err.new_exists": "\"{path}\" already exists and gmdesk will not overwrite it: name a new "
                          "file with --db.",
    "cli.err.no_import_file": "File to import \"{path}\" not found",
    "cli.err.year_or_case": "Give the year with --year (e.g. 115), or one case with --case",
    "cli.err.event_number": "\"{value}\" is not an event number: write a number, e.g. --event 3",
    "cli.err.no_template_file": "Template file \"{path}\" not found",
    "cli.err.no_db_to_back_up": "Data file \"{path}\" not found. Name the data file to back up "
                                "with --db.",
    "cli.err.out_exists": "\"{path}\" already exists; so as not to overwrite it, name a new file.",
    "cli.err.no_backup": "Backup file \"{path}\" not found.",
    "cli.err.backup_is_db": "The backup and the data file are the same file: name another backup.",
    "cli.err.backup_failed_check": "The backup \"{name}\" failed its check ({result}) and cannot "
                                   "be restored from. Choose another backup.",
    "cli.err.table_and_id": "Give --table and --id together (e.g. --table person --id 12), or "
                            "neither to export everything.",
})

# input errors: the duty pages' tables (ui/pages/duties)
TEMPLATES.update({
    "statistics.err.value_not_number": "Values row {row}: \"{value}\" for {gender} is not a "
                                       "number: enter e.g. 12 or 3.5",
    "statistics.err.value_year": "Values row {row}: the year \"{year}\" is not an ROC year: enter "
                                 "e.g. 114",
    "statistics.err.review_day": "A review result is chosen: fill in the review date",
    "committees.err.member_row_no_name": "Member row {number} has no name: fill it in or remove "
                                         "the row",
})

# input errors: opening files (services/safety.py)
TEMPLATES.update({
    "safety.err.not_sqlite": "\"{name}\" is not a gmdesk data file (not an SQLite database); "
                             "gmdesk did not change it. Choose a data file ending in .gmdesk.",
    "safety.err.truncated": "\"{name}\" is incomplete (the file was cut short, perhaps while "
                            "copying or saving); gmdesk did not change it. Restore it from a "
                            "backup.",
    "safety.err.bad_header": "The header of \"{name}\" is damaged; gmdesk did not change it. "
                             "Restore it from a backup.",
    "safety.err.folder": "\"{path}\" is a folder, not a data file.",
    "safety.err.newer": "\"{name}\" was made by a newer gmdesk and this version cannot open it "
                        "safely; gmdesk did not change it. Install the latest gmdesk, then open "
                        "it.",
    "safety.err.backup_offered": "The backup of {taken} ({total} records) can be restored; the "
                                 "damaged file is kept aside.",
    "safety.err.no_backup": "No usable backup found: do not write to this file any more; copy it "
                            "and ask IT staff for help.",
    "safety.err.damaged": "The data file \"{name}\" is damaged ({detail}); gmdesk will not write "
                          "to it. {what}",
    "safety.err.missing": "Data file \"{path}\" not found.",
    "safety.err.disk_full": "The disk is full, so \"{name}\" cannot be opened. Free some disk "
                            "space and open it again; the data file was not changed.",
    "safety.err.no_lock_file": "Cannot create the lock file in \"{folder}\" ({why}). Open it "
                               "read-only, or move the data file to a folder you can write to.",
    "safety.err.backup_failed": "The data file must be backed up before its format is updated, "
                                "but the backup failed: {why}",
    "safety.err.cannot_open": "The data file \"{name}\" cannot be opened: {why}",
    "safety.err.readonly_restore": "A backup cannot be restored while the file is open read-only.",
})

# input errors: printing (services/printing.py)
TEMPLATES.update({
    "printing.err.no_kind": "There is no document \"{kind}\": the documents are {kinds}",
    "printing.format": "{suffix} ({name})",
    "printing.err.suffix": "The {document} can be saved as {formats}; \"{name}\" is none of them: "
                           "use one of these suffixes",
    "printing.err.not_editable": "The {document} has no editable version: it can only be saved as "
                                 "PDF",
    "printing.err.no_form": "There is no form \"{form}\": the forms are notice, signin and minutes",
})

# input errors: import results (services/training.py)
TEMPLATES.update({
    "training.import.some_bad": "\"{file}\": {bad} rows cannot be imported ({errors} problems); "
                                "the other {good} rows are correct: import only the {good} correct "
                                "rows (the rows with errors are saved to a file to correct and impo"
                                "rt again), or cancel everything, correct the file and import again"
                                ". (Trial run: nothing was changed)",
    "training.import.all_bad": "\"{file}\" has {errors} cells that cannot be read; nothing was import"
                               "ed (nothing was changed). Correct them and import again.",
    "training.import.training_would": "{rows} rows: {added} training records ({hours} hours) would "
                                      "be added; {duplicates} already recorded would be skipped.",
    "training.import.training_did": "{rows} rows: {added} training records ({hours} hours) added; "
                                    "{duplicates} already recorded skipped.",
    "training.import.outside": "{n} more are dated outside the person's employment and were not "
                               "imported (they count no hours; each row's reason is below).",
    "training.import.staff_would": "{rows} rows: {added} people would be added, {updated} updated, "
                                   "{unchanged} unchanged.",
    "training.import.staff_did": "{rows} rows: {added} people added, {updated} updated, {unchanged}"
                                 " unchanged.",
    "training.import.skipped_saved": "The {bad} rows with errors were skipped and saved as \"{file}\""
                                     " (with the reasons); correct them and import again.",
    "training.import.skipped": "The {bad} rows with errors were skipped.",
    "training.import.dry_run": "(Trial run: nothing was changed)",
    "training.import.seen_before": "Note: this file was already imported on {when} as \"{file}\".",
    "training.import.then": "{first} {rest}",
})

# kind -> stored value -> English name.
LABELS: dict[str, dict[str, str]] = {
    "duty": {
        "group": "Execution group", "meetings": "Group meetings",
        "training": "Gender awareness training", "outreach": "CEDAW outreach",
        "measures": "Other gender equality measures", "impact": "Gender impact assessment",
        "statistics": "Gender statistics", "budget": "Gender budget",
        "committees": "Gender balance of committees",
    },
    "status": {"ok": "Done", "warn": "Needs attention", "fail": "Not met"},
    "gender": {"M": "male", "F": "female", "X": "other"},
    "office_kind": {"district": "District office", "bureau": "City government agency"},
    "attendance_status": {"present": "Present", "leave": "On leave", "absent": "Absent",
                          "proxy": "Proxy"},
    "item_kind": {"report": "Reports", "discussion": "Discussion items",
                  "motion": "Extempore motions"},
    "level": {"basic": "Basic", "advanced": "Advanced"},
    "delivery": {"in_person": "In person", "online": "Online"},
    "event_kind": {"cedaw": "CEDAW outreach", "measure": "Other gender equality measure"},
    "role": {
        "convener": "Convener", "deputy": "Deputy convener", "ex_officio": "Ex officio member",
        "external": "External member", "focal": "Gender focal point",
        "appointed": "Appointed member",
    },
    "post": {
        "personnel": "Personnel", "accounting": "Accounting", "mediation": "Mediation",
        "research": "Research and evaluation",
        "women_liaison": "Liaison of the women's social participation group",
        "chief_secretary": "Chief secretary",
    },
    "staff_category": {
        "general": "General civil servants", "supervisor": "Supervisors",
        "focal": "Gender focal points / gender affairs staff",
        "worker": "Workers and full-time non-civil-service staff",
        "head": "Head of the office",
    },
    "exemption_kind": {
        "unpaid_leave": "Unpaid leave", "parental_leave": "Parental leave",
        "sick_leave": "Extended sick leave / work injury leave",
        "secondment": "Seconded to another agency", "military": "Military service",
        "approved": "Exempted by the office", "other": "Other (explained in the note)",
    },
    "budget_category": {
        "plan": "Plans", "program": "Programmes", "tool": "Tools",
        "law": "Gender equality laws", "other": "Other",
    },
    "entry_kind": {
        "meeting_window": "Meeting period", "meetings": "Group meetings",
        "meeting": "Group meeting", "notice": "Meeting notice", "term": "Member's term",
        "budget": "Gender budget", "report": "Results report",
        "training": "Gender awareness training", "outreach": "CEDAW outreach",
        "event": "Outreach and measures", "measures": "Other gender equality measures",
    },
    "filing_rule": {
        "one_third": "Each gender at least one third of the group members",
        "focal_one_third": "Each gender at least one third of the gender focal points",
    },
    "preset_word": {
        "外聘委員": "External members", "府外委員": "External members",
        "組員": "member(s)", "委員": "member(s)", "內聘": "internal", "府內": "internal",
        "聯絡人": "focal point(s)",
    },
    "committee_kind": {
        "appraisal": "Performance appraisal committee", "selection": "Selection committee",
        "task_force": "Task force", "other": "Other committee",
    },
    "gia_kind": {
        "policy_plan": "Policy plan", "mid_long_plan": "Medium- and long-term plan",
        "public_works": "Public works", "regulation_new": "New self-government ordinance",
        "regulation_amend": "Amended self-government ordinance",
    },
    "expert_source": {
        "national_db": "National gender mainstreaming expert database",
        "city_db": "The city's gender expert database",
        "women_committee": "The city's Women's Rights Promotion Committee",
        "other_agency": "External member of another agency's gender equality group",
        "group": "This office's gender equality group",
    },
    "participation_way": {"written": "In writing", "meeting": "At a meeting"},
    "adoption": {"adopted": "Adopted", "partly": "Partly adopted", "not_adopted": "Not adopted"},
    "gia_missing": {
        "expert_name": "the participating expert", "expert_source": "the expert's source",
        "way": "the way of participation", "participated_on": "the participation date",
        "opinion": "the expert's opinion", "adoption": "the adoption of the opinion",
        "adoption_reason": "the reason for not (fully) adopting it",
    },
    "name_display": {
        "masked": "Masked (Wang ○ Ming)", "surname": "Surname only (Wang ○○)",
        "full": "Full name",
    },
    "review_action": {"added": "Added", "revised": "Revised", "removed": "Removed",
                      "kept": "Kept"},
    "analysis_use": {"policy": "Policy", "plan": "Plan", "news": "Press release",
                     "speech": "Speech", "results": "Results report"},
    "flag_kind": {
        "absent": "Not submitted", "duplicate": "Submitted twice", "other_year": "Wrong year",
        "older_format": "Older format", "newer_format": "Newer format",
        "altered": "Changed after export", "not_submission": "Not a gmdesk submission",
        "unlisted": "Not on the office list", "late": "Submitted late",
    },
    "import_kind": {"staff": "Staff roster", "training": "Training hours"},
    "document": {"notice": "meeting notice", "signin": "sign-in sheet", "minutes": "minutes",
                 "annual": "annual report"},
    "save_format": {".pdf": "PDF", ".odt": "OpenDocument text (ODF)", ".docx": "Word document"},
    "preset_number": {
        "小組人數下限": "Minimum group size", "小組人數上限": "Maximum group size",
        "府外委員人數": "External members", "每年開會次數": "Meetings a year",
        "每年宣導場次": "Outreach events a year", "每年措施項數": "Measures a year",
        "開會通知日數": "Days of notice for a meeting", "最少在職日數": "Minimum days of service",
    },
    "staff_field": {
        "name": "Name", "gender": "Gender", "unit": "Unit", "title": "Job title",
        "staff_no": "Staff no.", "id_no": "ID number", "category": "Staff category",
        "start": "Start date", "end": "Leaving date", "note": "Note",
    },
    "training_field": {
        "name": "Name", "id_no": "ID number", "staff_no": "Staff no.", "unit": "Unit",
        "title": "Course title", "day": "Course date", "hours": "Hours", "level": "Level",
        "cedaw": "CEDAW content", "delivery": "Delivery", "provider": "Provider",
        "satisfaction": "Satisfaction", "note": "Note",
    },
    "audience": {
        "人民團體": "Civic associations", "民間組織": "Non-governmental organisations",
        "村里長": "Village and borough chiefs", "學校": "Schools", "企業": "Businesses",
        "新住民": "New immigrants", "一般民眾": "General public", "內部同仁": "Internal staff",
    },
    "method": {
        "座談會": "Forum", "說明會": "Briefing", "講座": "Lecture", "活動設攤": "Booth at an event",
        "有獎徵答": "Quiz with prizes", "平面": "Print", "網頁": "Web page", "廣播": "Radio",
        "直播": "Live stream", "podcast": "Podcast", "影片": "Video",
        "社群媒體": "Social media",
    },
    "measure_category": {
        "友善環境": "Friendly environment",
        "照顧支持": "Care support",
        "性別平等宣導": "Gender equality outreach",
        "促進決策參與": "Participation in decision-making",
        "消除性別刻板印象": "Ending gender stereotypes",
        "人身安全": "Personal safety",
        "性別統計與分析": "Gender statistics and analysis",
        "其他": "Other",
        "（一）規劃辦理促進性別平等之政策、措施、方案或計畫": "(1) Policies, measures, programmes or plans promoting gender equality",
        "（二）積極運用與結合資源拓展性別平等業務": "(2) Using and combining resources to extend gender-equality work",
        "（三）辦理活動融入性別平等概念或性別友善設計": "(3) Activities with gender-equality concepts or gender-friendly design",
        "（四）依業務屬性自編性別平等教材或案例": "(4) Own gender-equality teaching material or cases for the office's work",
        "（五）市民性別平等及CEDAW宣導": "(5) Gender equality and CEDAW outreach to citizens",
        "（六）任務編組委員會及考績甄審委員會符合三分之一性別比例原則": "(6) Task-force, performance and selection committees meet the one-third gender rule",
    },
    "measure_category_no": {f"（{zh}）": f"({n})" for n, zh in enumerate("一二三四五六", start=1)},
}


def _label(label: Label) -> str:
    return LABELS.get(label.kind, {}).get(label.value, label.value)


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b} {day.year}"


WORDS = Words(TEMPLATES, _label, _day, ", ")


# What a long task says while it works (gmdesk.services.steps).
TEMPLATES.update({
    "step.gathering": "Gathering the year's data…",
    "step.gathering_data": "Gathering the data…",
    "step.done": "Done",
    "step.laying_out_report": "Laying out the report…",
    "step.writing_editable": "Writing the editable copy…",
    "step.writing_workbook": "Writing the workbook…",
    "step.filling_template": "Filling in the template…",
    "step.making_pages": "Making the web pages…",
    "step.making_item": "Making {item} ({n}/{total})",
    "step.packing": "Packing…",
    "step.reading_file": "Reading {name} ({n}/{total})…",
    "step.consolidating": "Consolidating…",
    "step.writing_consolidated": "Writing the consolidated workbook…",
    "step.drawing_dashboard": "Drawing the dashboard…",
    "step.reading_rows": "Reading the rows…",
    "step.matching_people": "Matching people and existing records…",
    "step.writing_records": "Writing training records {done}/{total}…",
    "step.writing_roster": "Writing the staff roster…",
})


# The 資源回收筒 (storage/trash.py) and the tables it names.
LABELS["record_table"] = {
    "office": "office", "rules": "rules", "setting": "setting", "unit": "unit",
    "person": "person", "employment": "employment record", "exemption": "exemption",
    "membership": "group member", "filing": "filing", "meeting": "meeting",
    "attendance": "attendance record", "agenda_item": "agenda item", "followup": "follow-up item",
    "progress": "progress note", "course": "course", "training": "training record",
    "event": "event", "photo": "photo", "import_log": "import log",
    "gia_case": "gender impact assessment case", "indicator": "gender statistics indicator",
    "indicator_review": "indicator review", "indicator_value": "indicator value",
    "analysis": "gender analysis", "budget_sheet": "gender budget sheet",
    "budget_item": "gender budget item", "committee": "committee",
    "committee_member": "committee member",
}
TEMPLATES.update({
    "trash.err.in_use": "{count} {child} records still use this {table}, so it cannot be "
                        "deleted: change or delete them first.",
    "trash.err.not_found": "The {table} to delete (number {id}) was not found; it may have been "
                           "deleted already.",
    "trash.err.gone": "This item is not in the trash any more: it may have been restored, or "
                      "removed after the keeping period.",
    "trash.err.too_old": "This item was deleted more than {days} days ago and cannot be "
                         "restored; restore it from a backup.",
    "trash.err.conflict": "This {table} cannot be restored: the same data exists now, or what it "
                          "belongs to has been deleted ({detail}).",
})

# The city's own template and its mapping file (workbooks/template.py).
LABELS["template_source"] = {
    "members": "group members", "meetings": "group meetings",
    "training": "training by staff category", "staff": "training per person",
    "courses": "training courses", "outreach": "CEDAW outreach events",
    "measures": "other gender equality measures",
}
TEMPLATES.update({
    "template.err.json": "The mapping file is not valid JSON (line {line}): {detail}",
    "template.err.not_object": "The mapping file has the wrong shape: its outer level must be an "
                               "object {{…}}",
    "template.err.cells_shape": "The mapping file's cells must be an object of \"sheet!cell\" to "
                                "\"field\"",
    "template.err.table_shape": "Table {number} of the mapping file has the wrong shape",
    "template.err.table_fields": "Table {number} of the mapping file lacks a field or has a wrong "
                                 "one: {detail}",
    "template.err.cell_address": "Cell \"{where}\" is not written right: write it as Sheet!B3",
    "template.err.unknown_field": "Cell \"{where}\" names the field \"{field}\", which does not "
                                  "exist; the fields are {fields}",
    "template.err.unknown_source": "The table source \"{source}\" does not exist; the sources are "
                                   "{sources}",
    "template.err.start_row": "The table on sheet \"{sheet}\" must start on row 1 or below",
    "template.err.no_columns": "The table on sheet \"{sheet}\" ({source}) has no column mapped to "
                               "a field: choose a field for at least one column, or remove the "
                               "table",
    "template.err.column_name": "On sheet \"{sheet}\", \"{column}\" is not a column name (such as "
                                "A, B, AA)",
    "template.err.column_field": "On sheet \"{sheet}\", column {column} names the field "
                                 "\"{field}\", which is not one of {source}; the fields are "
                                 "{fields}",
    "template.err.not_xlsx": "The template cannot be opened as an Excel workbook ({detail}): "
                             "check that it is an .xlsx file",
    "template.err.no_sheet_cell": "The template has no sheet \"{sheet}\" (cell {where}); its "
                                  "sheets are {sheets}",
    "template.err.merged": "Cell {where} is inside merged cells: map the top-left cell of the "
                           "merged range instead",
    "template.err.no_sheet": "The template has no sheet \"{sheet}\"; its sheets are {sheets}",
    "template.err.too_many_rows": "Sheet \"{sheet}\" of the template leaves {room} rows for "
                                  "{source}, and the year has {rows}: leave more rows in the "
                                  "template, or raise the row limit in the mapping",
})
