"""Phone numbers: typed in any common format, stored and texted as E.164.

US numbers need no country code; a number from elsewhere needs its + and country code.
"""

import phonenumbers

EXPECTED = "a US mobile number such as (312) 555-0142"


class PhoneError(ValueError):
    """Not a number a text can reach; the message says what is expected."""


def to_e164(raw: str) -> str:
    """The number in E.164 (+13125550142), or PhoneError saying what is expected."""
    try:
        number = phonenumbers.parse(raw or "", "US")
    except phonenumbers.NumberParseException as exc:
        raise PhoneError(f"Give {EXPECTED}.") from exc
    if not phonenumbers.is_valid_number(number):
        raise PhoneError(f"Check the number: give {EXPECTED}.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def readable(e164: str) -> str:
    """A stored number as people write it: (312) 555-0142 for US numbers, else E.164."""
    try:
        number = phonenumbers.parse(e164, "US")
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code != 1:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
