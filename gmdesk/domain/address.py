"""The office's postal address as a 公文 prints it: 郵遞區號 then the address."""

from __future__ import annotations

import unicodedata

from gmdesk.domain.errors import InputError
from gmdesk.domain.texts import Phrase, define

define({
    "address.err.postcode": "郵遞區號「{value}」應為3碼、5碼（3+2）或6碼（3+3）數字，例如 805 或 "
                            "80543",
})


def normalize_postcode(text: str) -> str:
    """Return a 郵遞區號 as digits (3, 3+2 or 3+3: 805, 80543, 805012), or "" when blank.

    Full-width digits and a 「-」 or space between the parts are accepted (805-43).
    """
    value = unicodedata.normalize("NFKC", text or "").strip()
    digits = value.replace("-", "").replace(" ", "")
    if not digits:
        return ""
    if not digits.isdigit() or len(digits) not in (3, 5, 6):
        raise InputError(Phrase.of("address.err.postcode", value=text.strip()), "postcode")
    return digits


def postal_address(postcode: str, address: str) -> str:
    """Return 「80543高雄市…」: the postcode before the address, once (an address that
    already starts with it is left as it is)."""
    address = address.strip()
    if not postcode or address.startswith(postcode[:3]):
        return address
    return f"{postcode}{address}"
