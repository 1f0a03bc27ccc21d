"""The offices a city expects a submission from: presets for Kaohsiung and Taipei.

The list is a setting (a reviewer edits it or loads her own text file, one office a
line); these are the starting points. Offices are matched by name, written the way
the office writes it on its cover (e.g. 高雄市鳳山區公所), after `office_key`.
"""

from __future__ import annotations

from dataclasses import dataclass

KAOHSIUNG_DISTRICTS: tuple[str, ...] = (
    "楠梓", "左營", "鼓山", "三民", "鹽埕", "前金", "新興", "苓雅", "前鎮", "旗津", "小港",
    "鳳山", "大寮", "鳥松", "林園", "仁武", "大樹", "大社", "岡山", "路竹", "橋頭", "梓官",
    "彌陀", "永安", "燕巢", "田寮", "阿蓮", "茄萣", "湖內", "旗山", "美濃", "內門", "杉林",
    "甲仙", "六龜", "茂林", "桃源", "那瑪夏",
)

TAIPEI_DISTRICTS: tuple[str, ...] = (
    "松山", "信義", "大安", "中山", "中正", "大同", "萬華", "文山", "南港", "內湖", "士林", "北投",
)

# The first-level agencies of the Taipei City Government (edit the setting as the city reorganises).
TAIPEI_AGENCIES: tuple[str, ...] = (
    "秘書處", "民政局", "財政局", "教育局", "產業發展局", "工務局", "交通局", "社會局", "勞動局",
    "警察局", "衛生局", "環境保護局", "都市發展局", "文化局", "消防局", "捷運工程局",
    "翡翠水庫管理局", "觀光傳播局", "地政局", "兵役局", "體育局", "資訊局", "法務局", "主計處",
    "人事處", "政風處", "公務人員訓練處", "研究發展考核委員會", "都市計畫委員會",
    "原住民族事務委員會", "客家事務委員會",
)


@dataclass(frozen=True)
class CityList:
    code: str
    label: str
    city: str
    offices: tuple[str, ...]


CITY_LISTS: dict[str, CityList] = {
    "kaohsiung": CityList("kaohsiung", "高雄市38區公所", "高雄市",
                          tuple(f"高雄市{d}區公所" for d in KAOHSIUNG_DISTRICTS)),
    "taipei": CityList("taipei", "臺北市12區公所及市府一級機關", "臺北市",
                       tuple(f"臺北市{d}區公所" for d in TAIPEI_DISTRICTS)
                       + tuple(f"臺北市政府{a}" for a in TAIPEI_AGENCIES)),
}


def office_key(name: str) -> str:
    """Return the name offices are matched by: no spaces, 台 written 臺, full-width letters folded."""
    text = "".join(name.split()).replace("台", "臺")
    return text.translate({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)})


def parse_office_list(text: str) -> tuple[str, ...]:
    """Read a reviewer's list: one office a line; blank lines and lines starting with # skipped."""
    seen: dict[str, str] = {}
    for line in text.splitlines():
        name = line.strip()
        if name and not name.startswith("#"):
            seen.setdefault(office_key(name), name)
    return tuple(seen.values())
