"""Phone numbers as officers type them, normalised to E.164 (UK default)."""

from __future__ import annotations

import phonenumbers


class PhoneError(ValueError):
    pass


def normalise(number: str, region: str = "GB") -> str:
    """'07700 900123' -> '+447700900123'. Raises PhoneError naming the number."""
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        raise PhoneError(f'"{number}" is not a phone number StalkDesk can read.') from None
    # Not is_valid_number: Ofcom's drama ranges (used in every fixture) are deliberately invalid.
    # Local-only lengths ("07700") are not enough to identify anyone's phone, so they are refused.
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        raise PhoneError(f'"{number}" has the wrong number of digits for a phone number.')
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def display(e164: str) -> str:
    """'+447700900123' -> '07700 900123' for UK numbers, international format otherwise."""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    fmt = (phonenumbers.PhoneNumberFormat.NATIONAL if parsed.country_code == 44
           else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return str(phonenumbers.format_number(parsed, fmt))
