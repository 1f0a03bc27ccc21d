"""The office's 性別平等專區 as static web pages: accessible (WCAG 2.1 AA), printable, no scripts.

Pure: given the year (names already shown as they may be published) and the photos already
downscaled, write HTML files with relative links only. Every page carries its own style.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from gmdesk.domain.compliance import Duty, Status
from gmdesk.domain.model import Event, EventId
from gmdesk.domain.rocdate import format_long
from gmdesk.domain.rules import GenderCount, meets_one_third
from gmdesk.domain.yearly import YearReport, meetings_counted

TITLE = "性別平等（性別主流化）專區"


@dataclass(frozen=True)
class SitePhoto:
    """A photo made small for the web; `alt` is its caption (or what it shows)."""

    file: str  # relative to the year's folder: photos/e5-1.jpg
    data: bytes
    alt: str
    caption: str
    width: int
    height: int


@dataclass(frozen=True)
class SiteYear:
    report: YearReport
    photos: dict[EventId, tuple[SitePhoto, ...]] = field(default_factory=dict)
    report_pdf: str = ""  # the annual report's file in the year's folder, "" when none
    report_pdf_size: int = 0


# Pages of a year: file, navigation label.
PAGES: tuple[tuple[str, str], ...] = (
    ("index.html", "年度成果摘要"),
    ("group.html", "性別平等小組"),
    ("meetings.html", "小組會議"),
    ("training.html", "性別意識培力"),
    ("events.html", "CEDAW宣導與措施"),
)
DUTY_PAGES: dict[Duty, str] = {
    Duty.GROUP: "group.html", Duty.MEETINGS: "meetings.html", Duty.TRAINING: "training.html",
    Duty.OUTREACH: "events.html", Duty.MEASURES: "events.html",
}

# Colours meet WCAG AA contrast on white (4.5:1 and more); status is always said in words too.
CSS = """
:root { color-scheme: light; }
body { margin: 0; font-family: "Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC",
  sans-serif; font-size: 1.05rem; line-height: 1.7; color: #1b1b1b; background: #fff; }
.skip { position: absolute; left: -10000px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: .5rem; }
header, main, footer { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
header { border-bottom: 3px solid #5b2a86; }
.site { font-size: 1.15rem; font-weight: bold; margin: .8rem 0 .3rem; }
nav ul { list-style: none; margin: 0; padding: 0 0 .5rem; display: flex; flex-wrap: wrap;
  gap: .25rem 1.25rem; }
a { color: #0a4f8f; text-decoration: underline; }
a:visited { color: #5b2a86; }
a[aria-current="page"] { font-weight: bold; color: #1b1b1b; text-decoration: none; }
a:focus, a:focus-visible { outline: 3px solid #b34a00; outline-offset: 2px; }
h1 { font-size: 1.7rem; margin: 1.2rem 0 .6rem; color: #3d1a5c; }
h2 { font-size: 1.35rem; margin: 1.6rem 0 .5rem; border-left: .4rem solid #5b2a86;
  padding-left: .5rem; }
h3 { font-size: 1.15rem; margin: 1.2rem 0 .4rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; }
th, td { border: 1px solid #6b6b6b; padding: .35rem .5rem; vertical-align: top; text-align: left; }
thead th, tbody th { background: #efeaf4; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.status { font-weight: bold; white-space: nowrap; }
.ok { color: #1d5e2c; } .warn { color: #7a4300; } .fail { color: #a01b1b; }
.ok::before { content: "✓ "; } .warn::before { content: "! "; } .fail::before { content: "✗ "; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .4rem 0; }
dt { font-weight: bold; } dd { margin: 0; }
figure { display: inline-block; margin: .5rem 1rem .5rem 0; width: 20rem; max-width: 100%;
  vertical-align: top; }
figure img { width: 100%; height: auto; border: 1px solid #6b6b6b; }
figcaption { font-size: .95rem; }
.note { color: #4a4a4a; }
footer { border-top: 1px solid #6b6b6b; margin-top: 2rem; padding-bottom: 1rem; font-size: .95rem; }
@media print {
  .skip, nav { display: none; }
  header, main, footer { max-width: none; }
  a { color: #000; }
  figure { break-inside: avoid; }
  table { break-inside: auto; } tr { break-inside: avoid; }
}
"""

STATUS_CLASS = {Status.OK: "ok", Status.WARN: "warn", Status.FAIL: "fail"}


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _page(title: str, heading: str, body: str, *, site: str, nav: str, footer: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-Hant-TW">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n"
        '<meta name="generator" content="gmdesk">\n'
        f"<style>{CSS}</style>\n</head>\n<body>\n"
        '<a class="skip" href="#main">跳到主要內容</a>\n'
        f'<header>\n<p class="site">{_e(site)}</p>\n{nav}</header>\n'
        f'<main id="main">\n<h1>{_e(heading)}</h1>\n{body}</main>\n'
        f"<footer>\n{footer}</footer>\n</body>\n</html>\n"
    )


def _table(caption: str, head: Sequence[str], rows: Sequence[Sequence[str]],
           numeric: Sequence[int] = (), row_headers: bool = True) -> str:
    """Return a table; cells are HTML already; the first cell of each row is its header."""
    out = [f"<table>\n<caption>{_e(caption)}</caption>\n<thead><tr>"]
    out += [f'<th scope="col">{_e(h)}</th>' for h in head]
    out.append("</tr></thead>\n<tbody>\n")
    for row in rows:
        out.append("<tr>")
        for index, cell in enumerate(row):
            if index == 0 and row_headers:
                out.append(f'<th scope="row">{cell}</th>')
            else:
                css = ' class="num"' if index in numeric else ""
                out.append(f"<td{css}>{cell}</td>")
        out.append("</tr>\n")
    out.append("</tbody>\n</table>\n")
    return "".join(out)


def _status(status: Status) -> str:
    return f'<span class="status {STATUS_CLASS[status]}">{_e(status.label)}</span>'


def _percent(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "—"


class _Year:
    def __init__(self, site: SiteYear) -> None:
        self.site = site
        self.report = site.report
        office = self.report.office
        self.site_name = f"{office.name}{TITLE}"
        self.year = self.report.year

    # --- frame ----------------------------------------------------------------------
    def nav(self, current: str) -> str:
        items = []
        for file, label in PAGES:
            mark = ' aria-current="page"' if file == current else ""
            items.append(f'<li><a href="{file}"{mark}>{_e(label)}</a></li>')
        items.append('<li><a href="../index.html">歷年專區</a></li>')
        return f'<nav aria-label="{self.year}年度專區頁面">\n<ul>\n' + "\n".join(items) + "\n</ul>\n</nav>\n"

    def footer(self) -> str:
        office = self.report.office
        contact = "、".join(x for x in (office.contact_phone, office.contact_email) if x)
        lines = [f"<p>資料日期：{_e(format_long(self.report.as_of))}。"
                 "依個人資料保護法，個人姓名已遮蔽。</p>"]
        if office.address or contact:
            lines.append(f"<p>{_e(office.name)}"
                         + (f"　地址：{_e(office.address)}" if office.address else "")
                         + (f"　聯絡電話及信箱：{_e(contact)}" if contact else "") + "</p>")
        return "\n".join(lines) + "\n"

    def page(self, file: str, heading: str, body: str) -> str:
        label = dict(PAGES)[file]
        title = f"{self.year}年度{label}－{self.site_name}"
        return _page(title, heading, body, site=self.site_name, nav=self.nav(file),
                     footer=self.footer())

    # --- pages ----------------------------------------------------------------------
    def index(self) -> str:
        r = self.report
        body = [f"<p>本頁公開{_e(r.office.name)}{r.year}年度推動性別主流化之辦理情形與成果，"
                f"資料統計至{_e(format_long(r.as_of))}。</p>\n",
                "<h2>各項工作辦理情形</h2>\n"]
        rows = []
        for result in r.results:
            link = DUTY_PAGES.get(result.duty)
            name = (f'<a href="{link}">{_e(result.duty.label)}</a>' if link
                    else _e(result.duty.label))
            rows.append([name, _status(result.status), _e(result.summary)])
        body.append(_table(f"{r.year}年度各項工作辦理情形", ["工作項目", "辦理情形", "數據"], rows))
        body.append("<h2>性別統計</h2>\n")
        body.append(self.statistics())
        body.append("<h2>年度成果報告</h2>\n")
        if self.site.report_pdf:
            size = max(1, round(self.site.report_pdf_size / 1024))
            body.append(f'<p><a href="{_e(self.site.report_pdf)}">{r.year}年度性別主流化成果報告'
                        f"（PDF檔，約{size}KB）</a></p>\n")
        else:
            body.append("<p>本年度成果報告尚未公告。</p>\n")
        body.append("<h2>其他性別主流化工具</h2>\n<p>性別影響評估、性別統計指標及性別預算之辦理情形，"
                    "本專區本年度尚無資料。</p>\n")
        return self.page("index.html", f"{r.year}年度{TITLE}", "".join(body))

    def statistics(self) -> str:
        r = self.report
        members = GenderCount.of(m.gender for m in r.members)
        sessions = [e for e in r.outreach if e.external and e.start <= r.as_of]
        male = sum(e.male for e in sessions)
        female = sum(e.female for e in sessions)
        other = sum(e.other for e in sessions)
        total = next((line for line in r.completion if line.label == "合計"), None)
        rows = [["性別平等小組成員（人）", str(members.male), str(members.female),
                 str(members.other), str(members.total)],
                ["對外CEDAW宣導參與（人次）", str(male), str(female), str(other),
                 str(male + female + other)]]
        if total is not None:
            rows.append(["性別意識培力應受訓（人）", str(total.required[0]), str(total.required[1]),
                         str(total.required[2] - total.required[0] - total.required[1]),
                         str(total.required[2])])
            rows.append(["性別意識培力完成（人）", str(total.completed[0]), str(total.completed[1]),
                         str(total.completed[2] - total.completed[0] - total.completed[1]),
                         str(total.completed[2])])
        return _table(f"{r.year}年度性別統計", ["項目", "男", "女", "其他", "合計"], rows,
                      numeric=(1, 2, 3, 4))

    def group(self) -> str:
        r = self.report
        body = []
        count = GenderCount.of(m.gender for m in r.members)
        if not r.members:
            body.append(f"<p>{r.year}年度尚未登錄小組成員。</p>\n")
        else:
            rule = ("符合任一性別不少於三分之一之原則" if meets_one_third(count)
                    else "未符合任一性別不少於三分之一之原則")
            body.append(f"<p>{_e(r.office.group_name)}成員{count.total}人"
                        f"（男性{count.male}人、女性{count.female}人"
                        + (f"、其他{count.other}人" if count.other else "")
                        + f"），{rule}。</p>\n")
            rows = [[_e(label), str(n), _percent(n, count.total)]
                    for label, n in (("男", count.male), ("女", count.female),
                                     ("其他", count.other), ("合計", count.total))
                    if n or label != "其他"]
            body.append(_table("成員性別組成", ["性別", "人數", "比例"], rows, numeric=(1, 2)))
            member_rows = [[_e(m.role), _e(m.name), _e(m.gender.label), _e(m.post),
                            _e(r.external_short if m.external else r.internal_word)]
                           for m in r.members]
            body.append(_table(f"{r.member_word}名單（{format_long(r.as_of)}）",
                               ["職務", "姓名", "性別", "單位職稱",
                                f"{r.internal_word}／{r.external_short}"], member_rows))
        if r.filings:
            body.append("<h2>報市府備查</h2>\n<ul>\n"
                        + "".join(f"<li>{_e(f)}</li>\n" for f in r.filings) + "</ul>\n")
        return self.page("group.html", f"{r.year}年度{r.office.group_name}", "".join(body))

    def meetings(self) -> str:
        r = self.report
        body = [f"<p>本年度應至少召開{r.meetings_required}次會議，"
                f"已召開且計入{meetings_counted(r.meetings)}次。</p>\n"]
        if not r.meetings:
            body.append("<p>本年度尚無會議紀錄。</p>\n")
        else:
            rows = []
            for m in r.meetings:
                state = ("尚未召開" if not m.held else "已召開" if m.counted else "流會（未達法定人數）")
                present = (f"{m.present}/{m.due}（男{m.male_present}、女{m.female_present}）"
                           if m.held else "—")
                rows.append([_e(m.title), _e(format_long(m.day)), _e(m.place), _e(m.chair or "—"),
                             _e(present), _e(state)])
            body.append(_table(f"{r.year}年度小組會議", ["會次", "日期", "地點", "主席",
                                                      "出席／應出席", "狀態"], rows))
            held = [m for m in r.meetings if m.held]
            if held:
                body.append("<h2>會議決議</h2>\n")
                for m in held:
                    body.append(f"<h3>{_e(m.title)}（{_e(format_long(m.day))}）</h3>\n"
                                f"<p>{_e(m.resolutions or '本次會議無討論事項決議。')}</p>\n")
        return self.page("meetings.html", f"{r.year}年度小組會議", "".join(body))

    def training(self) -> str:
        r = self.report
        body = []
        if not r.completion:
            body.append("<p>本年度尚未登錄應受訓人員。</p>\n")
        else:
            rows = []
            for line in r.completion:
                rows.append([_e(line.label), str(line.required[0]), str(line.completed[0]),
                             str(line.required[1]), str(line.completed[1]),
                             str(line.required[2]), str(line.completed[2]),
                             _percent(line.completed[2], line.required[2]),
                             f"{line.average_hours:.1f}"])
            body.append("<p>依人員類別及性別統計應受訓人數與完成年度時數人數（不含免訓人員）。</p>\n")
            body.append(_table(f"{r.year}年度性別意識培力完成情形（依類別及性別）",
                               ["類別", "男性應受訓", "男性完成", "女性應受訓", "女性完成",
                                "合計應受訓", "合計完成", "完成率", "平均時數"],
                               rows, numeric=tuple(range(1, 9))))
        if r.courses:
            rows = [[_e(c.title), _e(format_long(c.day)), f"{c.hours:g}", str(c.male),
                     str(c.female), str(c.participants)] for c in r.courses]
            body.append(_table(f"{r.year}年度培力課程參訓人數", ["課程名稱", "日期", "時數", "男",
                                                         "女", "合計"], rows,
                               numeric=(2, 3, 4, 5)))
        return self.page("training.html", f"{r.year}年度性別意識培力", "".join(body))

    def _event(self, event: Event) -> str:
        facts = [("日期", format_long(event.start) + (
            f"至{format_long(event.end)}" if event.end and event.end != event.start else ""))]
        facts += [(k, v) for k, v in (
            ("地點", event.place), ("主辦單位", event.organizer),
            ("協辦單位", event.co_organizers), ("對象", "、".join(event.audiences)),
            ("辦理方式", "、".join(event.methods)), ("CEDAW內容", "、".join(event.cedaw_refs)),
            ("類別", event.category), ("成果", event.outcome)) if v]
        if event.total:
            facts.append(("參與人數", f"{event.total}人（男{event.male}、女{event.female}、"
                                      f"其他{event.other}）"))
        if event.kind.value == "cedaw" and not event.external:
            facts.append(("備註", "對象為內部同仁，不計入對外宣導場次"))
        out = [f"<h3>{_e(event.title)}</h3>\n<dl>\n"]
        out += [f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>\n" for k, v in facts]
        out.append("</dl>\n")
        for photo in self.site.photos.get(event.id, ()):
            out.append(f'<figure><img src="{_e(photo.file)}" alt="{_e(photo.alt)}" '
                       f'width="{photo.width}" height="{photo.height}">')
            if photo.caption:
                out.append(f"<figcaption>{_e(photo.caption)}</figcaption>")
            out.append("</figure>\n")
        return "".join(out)

    def events(self) -> str:
        r = self.report
        held = [e for e in r.outreach if e.start <= r.as_of]
        measures = [e for e in r.measures if e.start <= r.as_of]
        body = [f"<h2>CEDAW宣導</h2>\n<p>本年度應至少辦理對外宣導{r.outreach_required}場，"
                f"已辦理{sum(e.external for e in held)}場。</p>\n"]
        body += [self._event(e) for e in held] or ["<p>本年度尚無宣導紀錄。</p>\n"]
        body.append(f"<h2>其他性別平等措施</h2>\n<p>本年度應至少辦理{r.measures_required}項，"
                    f"已辦理{len(measures)}項。</p>\n")
        body += [self._event(e) for e in measures] or ["<p>本年度尚無措施紀錄。</p>\n"]
        return self.page("events.html", f"{r.year}年度CEDAW宣導及其他性別平等措施", "".join(body))


def write_year(site: SiteYear, folder: Path) -> list[str]:
    """Write the year's pages and photos into `folder`; return the files written (relative)."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = _Year(site)
    written = []
    for file, make in (("index.html", pages.index), ("group.html", pages.group),
                       ("meetings.html", pages.meetings), ("training.html", pages.training),
                       ("events.html", pages.events)):
        (folder / file).write_text(make(), encoding="utf-8")
        written.append(file)
    for photos in site.photos.values():
        for photo in photos:
            target = folder / photo.file
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(photo.data)
            written.append(photo.file)
    return written


def write_home(office_name: str, years: Sequence[int], folder: Path, made: dt.date) -> str:
    """Write the site's front page listing every year kept; return its file name."""
    site = f"{office_name}{TITLE}"
    ordered = sorted(set(years), reverse=True)
    items = "".join(f'<li><a href="{y}/index.html">{y}年度{_e(TITLE)}</a></li>\n' for y in ordered)
    body = (f"<p>{_e(office_name)}逐年公開推動性別主流化之辦理情形與成果。</p>\n"
            f"<h2>歷年專區</h2>\n<ul>\n{items}</ul>\n" if ordered
            else "<p>尚無公開之年度資料。</p>\n")
    nav = ('<nav aria-label="歷年專區">\n<ul>\n' + "".join(
        f'<li><a href="{y}/index.html">{y}年度</a></li>\n' for y in ordered) + "</ul>\n</nav>\n")
    footer = f"<p>更新日期：{_e(format_long(made))}。依個人資料保護法，個人姓名已遮蔽。</p>\n"
    (folder / "index.html").write_text(
        _page(site, site, body, site=office_name, nav=nav, footer=footer), encoding="utf-8")
    return "index.html"


__all__ = ["PAGES", "SitePhoto", "SiteYear", "write_home", "write_year"]
