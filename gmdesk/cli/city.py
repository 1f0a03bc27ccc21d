"""`gmdesk city consolidate`: the city reviewer's consolidation of every office's submission."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gmdesk.cli.common import Groups
from gmdesk.domain.texts import Phrase


def register(groups: Groups) -> None:
    city = groups.commands.add_parser("city", help="the city reviewer's tools (市府彙整)")
    actions = city.add_subparsers(dest="action", metavar="ACTION", required=True)
    cmd = actions.add_parser(
        "consolidate", help="consolidate the offices' city workbooks or JSON exports",
        description="讀取各機關提交的市府報表（.xlsx）或 JSON 匯出檔（資料夾會搜尋其中檔案），"
                    "寫成一份彙整活頁簿。")
    cmd.add_argument("--year", type=int, required=True, help="ROC year, e.g. 115")
    cmd.add_argument("--out", required=True, metavar="F.xlsx", help="the consolidated workbook")
    cmd.add_argument("--offices", default="", metavar="LIST",
                     help="expected offices: kaohsiung, taipei, or a text file (one office a line)")
    cmd.add_argument("--due", metavar="DATE",
                     help="the city's deadline (e.g. 116/1/31): later submissions are flagged")
    cmd.add_argument("--dashboard", metavar="F.pdf",
                     help="also draw the one-page city dashboard (A4 landscape PDF)")
    cmd.add_argument("files", nargs="+", metavar="FILE_OR_FOLDER")
    cmd.set_defaults(handler=run_consolidate)


def run_consolidate(args: argparse.Namespace) -> int:
    from gmdesk.services import city

    expected = city.expected_offices(args.offices)

    def progress(done: int, total: int, text: str | Phrase = "") -> None:
        print(f"[{done}/{total}] {text}", file=sys.stderr)

    from gmdesk.domain.rocdate import parse_date

    due = parse_date(args.due) if args.due else None
    dashboard = Path(args.dashboard) if args.dashboard else None
    result = city.consolidate_to(args.files, args.year, Path(args.out), expected, progress,
                                 dashboard=dashboard, due=due)
    print(f"已彙整 {len(result.counted)} 個機關（讀取 {result.files_read} 個檔案）：{args.out}")
    if dashboard is not None:
        print(f"儀表板：{dashboard}")
    if result.expected:
        print(f"未提交 {len(result.absent)} 個機關" + (
            "：" + "、".join(o.name for o in result.absent) if result.absent else ""))
    for flag in result.flags:
        if flag.kind.value != "absent":
            print(f"［{flag.kind.label}］{flag.office or flag.file}：{flag.text}")
    return 0
