"""CEDAW宣導活動成果報告 (one event, with its photos two to a page) and the yearly collection
that opens with the 年度宣導統計表 on landscape pages."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gmdesk.domain import outreach as rules
from gmdesk.domain.model import Event, EventKind, Office, Photo
from gmdesk.domain.rocdate import format_long, format_short

PHOTOS_PER_PAGE = 2


def report_title(office: Office, event: Event) -> str:
    """Return 高雄市海濱區公所115年度CEDAW宣導活動成果報告, or the measure's wording."""
    if event.kind is EventKind.CEDAW:
        return f"{office.name}{event.year}年度CEDAW宣導活動成果報告"
    return f"{office.name}{event.year}年度其他性別平等措施成果報告"


def date_text(event: Event, weekday: bool = True) -> str:
    text = format_long(event.start, weekday)
    if event.end is not None and event.end != event.start:
        text += "至" + format_long(event.end, weekday)
    return text


def short_date(event: Event) -> str:
    text = format_short(event.start)
    if event.end is not None and event.end != event.start:
        text += "～" + format_short(event.end)
    return text


def participants_text(event: Event) -> str:
    return (f"男 {event.male} 人、女 {event.female} 人、其他 {event.other} 人，"
            f"合計 {event.total} 人")


def budget_text(budget: int) -> str:
    return f"新臺幣 {budget:,} 元" if budget else "無（未動支經費）"


def render_event_report(event: Event, photos: Sequence[Photo], office: Office,
                        out_path: Path | str) -> Path:
    """Write one event's results report (成果報告) as an A4 PDF and return its path."""
    from gmdesk.documents.base import build

    return build(out_path, _event_story(event, photos, office), report_title(office, event))


def render_year_collection(office: Office, year: int,
                           items: Sequence[tuple[Event, Sequence[Photo]]],
                           required: int, required_measures: int, out_path: Path | str,
                           today: Any = None) -> Path:
    """Write the year's collection: the 年度宣導統計表 (landscape), then every event's report."""
    from reportlab.platypus import NextPageTemplate, PageBreak

    story: list[Any] = [NextPageTemplate("landscape")]
    story += _summary_story(office, year, [e for e, _ in items], required, required_measures,
                            today)
    for event, photos in items:
        story += [NextPageTemplate("portrait"), PageBreak()]
        story += _event_story(event, photos, office)
    return _build_mixed(out_path, story, f"{office.name}{year}年度CEDAW宣導及性別平等措施成果彙編")


# --- one event --------------------------------------------------------------------------------

def _event_story(event: Event, photos: Sequence[Photo], office: Office) -> list[Any]:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from gmdesk.documents.base import Styles, content_width, grid_table, para

    styles = Styles()
    label_style = ParagraphStyle("form_label", parent=styles.cell, fontSize=12, leading=17,
                                 alignment=1)
    value_style = ParagraphStyle("form_value", parent=styles.cell, fontSize=12, leading=17)
    cedaw = event.kind is EventKind.CEDAW
    width = content_width()
    label_width = 36 * mm
    value_width = width - label_width
    rows: list[tuple[str, Any]] = [("活動名稱" if cedaw else "措施名稱", para(event.title, value_style))]
    if not cedaw:
        rows.append(("措施類別", para(event.category, value_style)))
    rows += [
        ("辦理日期", para(date_text(event), value_style)),
        ("辦理地點", para(event.place, value_style)),
        ("主辦單位", para(event.organizer, value_style)),
        ("協辦單位", para(event.co_organizers or "無", value_style)),
    ]
    if event.partners:
        rows.append(("合作團體", para(event.partners, value_style)))
    rows += [
        # A measure with no audience (a facility built) is not 「無」 but 「不適用」.
        ("宣導對象" if cedaw else "參與對象",
         para("、".join(event.audiences) or ("（未填）" if cedaw else "不適用"), value_style)),
        ("宣導方式" if cedaw else "辦理方式",
         para("、".join(event.methods) or ("（未填）" if cedaw else "不適用"), value_style)),
        ("參加人數", _participants_cell(event, value_style, value_width)),
    ]
    reason = rules.not_counted_reason(event) if cedaw else ""
    if reason:  # an internal-only session says so in its own report, not only in the 統計表
        rows.append(("計入情形", para(f"本場{reason}場次及人數。", value_style)))
    if cedaw or event.cedaw_refs:
        refs = [f"{n}. {ref}" for n, ref in enumerate(event.cedaw_refs, start=1)]
        rows.append(("宣導內容<br/>（CEDAW條文<br/>及重點）",
                     para("\n".join(refs) or "（未填）", value_style)))
    rows += [
        ("經費", para(budget_text(event.budget), value_style)),
        ("活動成效" if cedaw else "辦理成效", para(event.outcome or "（未填）", value_style)),
        ("檢討與建議", para(event.review or "（未填）", value_style)),
    ]
    if event.note:
        rows.append(("備註", para(event.note, value_style)))
    from gmdesk.documents.base import Para

    table_rows = [[Para(label, label_style), value] for label, value in rows]
    form = grid_table(table_rows, [label_width, value_width], header_rows=0, extra=[
        ("BACKGROUND", (0, 0), (0, -1), "#f2f2f2"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ])
    story: list[Any] = [para(report_title(office, event), styles.title), Spacer(1, 3 * mm), form]
    if photos:
        story += _photo_pages(photos, styles)
    else:
        story += [Spacer(1, 4 * mm), para("活動照片：未附照片。", styles.body)]
    return story


def _participants_cell(event: Event, style: Any, width: float) -> Any:
    from reportlab.lib.units import mm

    from gmdesk.documents.base import grid_table, para

    if event.kind is EventKind.MEASURE and not event.total:
        # A facility or a rule reaches no counted audience: not 「0 人」 but 不適用.
        return para("不適用（本措施無特定參與對象人數）", style)

    def share(count: int) -> str:
        return f"{count / event.total:.1%}" if event.total else "－"

    cell_width = min(width - 4 * mm, 120 * mm) / 5
    table = grid_table(
        [[para(t, style) for t in ("", "男", "女", "其他", "合計")],
         [para(t, style) for t in ("人數", str(event.male), str(event.female), str(event.other),
                                   str(event.total))],
         [para(t, style) for t in ("比例", share(event.male), share(event.female),
                                   share(event.other), "100%" if event.total else "－")]],
        [cell_width] * 5, extra=[("ALIGN", (0, 0), (-1, -1), "CENTER")])
    table.hAlign = "LEFT"
    return [para(participants_text(event), style), table]


def photo_pages(count: int) -> list[tuple[int, list[int]]]:
    """Return the photo pages as (first index, indexes): two to a page, and never one photo
    alone on a page after the first (three photos: one page of three)."""
    pages = [list(range(i, min(i + PHOTOS_PER_PAGE, count)))
             for i in range(0, count, PHOTOS_PER_PAGE)]
    if len(pages) > 1 and len(pages[-1]) == 1:
        last = pages.pop()
        pages[-1] += last
    return [(page[0], page) for page in pages]


def _photo_pages(photos: Sequence[Photo], styles: Any) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, KeepTogether, PageBreak, Spacer, Table, TableStyle

    from gmdesk.documents.base import content_width, para
    from gmdesk.documents.fonts import FONT_NAME

    caption_style = ParagraphStyle("caption", parent=styles.cell, fontSize=12, leading=17)
    heading = ParagraphStyle("photo_heading", parent=styles.subtitle, spaceAfter=4)
    box_width = content_width()
    story: list[Any] = []
    for start, group in photo_pages(len(photos)):
        # Two photos and their captions fill a page, about half of its height each; a page
        # of three (a lone last photo joined to the page before) takes them smaller.
        max_w, max_h = box_width - 6 * mm, (100 if len(group) <= 2 else 60) * mm
        story.append(PageBreak())
        story.append(para("活動照片" if start == 0 else "活動照片（續）", heading))
        for offset, photo in enumerate(photos[i] for i in group):
            number = start + offset + 1
            ratio = min(max_w / max(photo.width, 1), max_h / max(photo.height, 1))
            picture = Image(io.BytesIO(photo.data), width=photo.width * ratio,
                            height=photo.height * ratio)
            caption = para(f"照片{number}說明：{photo.caption or '（未填）'}", caption_style)
            box = Table([[picture], [caption]], colWidths=[box_width],
                        rowHeights=[max_h + 6 * mm, None])
            box.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),  # else Table sets Helvetica
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("LINEABOVE", (0, 1), (-1, 1), 0.6, colors.black),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("TOPPADDING", (0, 1), (-1, 1), 4),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
            ]))
            story.append(KeepTogether([box, Spacer(1, 5 * mm)]))
    return story


# --- the yearly collection --------------------------------------------------------------------

def _summary_story(office: Office, year: int, events: Sequence[Event], required: int,
                   required_measures: int, today: Any) -> list[Any]:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from gmdesk.documents.base import Styles, content_width, grid_table, para

    styles = Styles()
    cell = ParagraphStyle("sum_cell", parent=styles.cell, fontSize=10, leading=13)
    center = ParagraphStyle("sum_center", parent=cell, alignment=1)
    right = ParagraphStyle("sum_right", parent=cell, alignment=2)
    width = content_width(landscape_page=True)
    sessions = [e for e in events if e.kind is EventKind.CEDAW]
    measures = [e for e in events if e.kind is EventKind.MEASURE]
    story: list[Any] = [para(f"{office.name}{year}年度CEDAW宣導統計表", styles.title),
                        Spacer(1, 2 * mm)]

    def numbers(e: Event) -> list[Any]:
        return [para(f"{v:,}", right) for v in (e.male, e.female, e.other, e.total, e.budget)]

    def totals(items: Sequence[Event]) -> list[Any]:
        sums = [sum(e.male for e in items), sum(e.female for e in items),
                sum(e.other for e in items), sum(e.total for e in items),
                sum(e.budget for e in items)]
        return [para(f"{v:,}", right) for v in sums]

    header = ["編號", "辦理日期", "活動名稱", "宣導對象", "宣導方式", "CEDAW內容", "男", "女",
              "其他", "合計", "經費(元)", "備註"]
    rows: list[list[Any]] = [[para(h, center) for h in header]]
    for number, e in enumerate(sessions, start=1):
        rows.append([para(str(number), center), para(short_date(e), cell), para(e.title, cell),
                     para("、".join(e.audiences), cell), para("、".join(e.methods), cell),
                     para("\n".join(e.cedaw_refs), cell), *numbers(e),
                     para(rules.not_counted_reason(e, today) or e.note, cell)])
    counted = rules.counted_sessions(sessions, today)
    # The total says what it counts: the external sessions, as the sentence under it does.
    rows.append([para("對外宣導合計", center), "", para(f"{len(counted)}場", cell), "", "", "",
                 *totals(counted), para("不含內部活動" if len(counted) < len(sessions) else "",
                                        cell)])
    widths = _measured(rows, width, cell)
    story.append(grid_table(rows, widths, extra=[("SPAN", (0, -1), (1, -1))]))
    male, female, other = rules.people_reached(sessions, today)
    verdict = "已符合" if len(counted) >= required else "尚未符合"
    story += [Spacer(1, 2 * mm), para(
        f"本年度辦理CEDAW宣導{len(sessions)}場，其中對外宣導（對象非僅內部同仁）計{len(counted)}場，"
        f"觸及男{male}人、女{female}人、其他{other}人；依規定每年應至少辦理{required}場，{verdict}年度規定。",
        styles.body)]
    if measures:
        story += [Spacer(1, 5 * mm), para("其他性別平等措施", styles.heading)]
        m_header = ["編號", "辦理日期", "措施名稱", "措施類別", "參與對象", "辦理方式", "男", "女",
                    "其他", "合計", "經費(元)", "備註"]
        m_rows: list[list[Any]] = [[para(h, center) for h in m_header]]
        for number, e in enumerate(measures, start=1):  # its own table, its own numbers
            m_rows.append([para(str(number), center), para(short_date(e), cell),
                           para(e.title, cell), para(e.category, cell),
                           para("、".join(e.audiences) or "—", cell),
                           para("、".join(e.methods) or "—", cell),
                           *(numbers(e) if e.total else [
                               *(para("—", center) for _ in range(4)),
                               para(f"{e.budget:,}", right)]),
                           para(e.note, cell)])
        m_total = totals(measures)
        if not any(e.total for e in measures):  # no measure counts people: nothing to add up
            m_total = [*(para("—", center) for _ in range(4)), m_total[-1]]
        m_rows.append([para("合計", center), "", para(f"{len(measures)}項", cell), "", "", "",
                       *m_total, ""])
        story.append(grid_table(m_rows, _measured(m_rows, width, cell),
                                extra=[("SPAN", (0, -1), (1, -1))]))
    categories = rules.measures_by_category(measures, today)
    by_category = "、".join(f"{k}{v}項" for k, v in sorted(categories.items()))
    m_verdict = "已符合" if sum(categories.values()) >= required_measures else "尚未符合"
    story += [Spacer(1, 2 * mm), para(
        f"本年度辦理其他性別平等措施{sum(categories.values())}項"
        + (f"（{by_category}）" if by_category else "")
        + f"；依規定每年應至少辦理{required_measures}項，{m_verdict}年度規定。", styles.body)]
    return story


def _measured(rows: list[list[Any]], width: float, style: Any) -> list[float]:
    """Return column widths measured from the cells' text (a 備註 of 「對象僅本所同仁，不計入
    對外宣導」 gets room; the counts stay narrow); the totals row does not count."""
    from gmdesk.documents.base import balanced_widths

    def plain(value: Any) -> str:
        return value.getPlainText() if hasattr(value, "getPlainText") else str(value or "")

    columns = [[plain(row[i]) for row in rows[:-1]] for i in range(len(rows[0]))]
    return balanced_widths(columns, width, style)


def _build_mixed(out_path: Path | str, story: Sequence[Any], title: str) -> Path:
    """Write a PDF whose pages are landscape or portrait as the story asks, numbered 第 N 頁，共 M 頁."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from gmdesk.documents.base import MARGIN, NumberedCanvas
    from gmdesk.documents.fonts import register

    register()

    class Doc(BaseDocTemplate):
        def __init__(self, filename: str) -> None:
            super().__init__(filename, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                             topMargin=MARGIN, bottomMargin=MARGIN, title=title,
                             author="gmdesk", creator="gmdesk")
            templates = []
            for name, size in (("landscape", landscape(A4)), ("portrait", A4)):
                frame = Frame(MARGIN, MARGIN, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN,
                              id=name, leftPadding=0, rightPadding=0, topPadding=0,
                              bottomPadding=0)
                templates.append(PageTemplate(name, [frame], pagesize=size))
            self.addPageTemplates(templates)

    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    Doc(str(tmp)).build(list(story), canvasmaker=NumberedCanvas)
    tmp.replace(out)  # never leave a half-written PDF under the real name
    return out
