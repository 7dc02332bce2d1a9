"""What the line says to texters, in one place so wording can be reviewed together."""

from __future__ import annotations

from dataclasses import dataclass

CRISIS_RESOURCES = "If you are in danger now, call or text 988 (Spanish: text AYUDA to 988) or call 911."


@dataclass(frozen=True)
class LineTexts:
    line_name: str = "warmline"

    def welcome(self) -> str:
        return (
            f"Hi, you've reached {self.line_name}. Peer supporters who have lived with mental "
            "illness answer here; we are not clinicians or an emergency service. "
            f"Reply STOP to opt out, HELP for help. {CRISIS_RESOURCES}"
        )

    def help(self) -> str:
        return (
            f"{self.line_name}: text us to talk with a peer supporter. Reply STOP to opt out. "
            f"{CRISIS_RESOURCES}"
        )

    def opted_out(self) -> str:
        return (
            f"You've opted out of {self.line_name} and won't get more texts. Reply START to "
            "come back. In an emergency call or text 988, or call 911."
        )

    def opted_in(self) -> str:
        return f"Welcome back to {self.line_name}. Text us any time. Reply STOP to opt out."

    def place_in_line(self, position: int, wait_minutes: int | None) -> str:
        if wait_minutes is None:
            wait = "We'll be with you as soon as a peer supporter is free."
        elif wait_minutes <= 1:
            wait = "The wait should be short."
        else:
            wait = f"The wait is roughly {wait_minutes} minutes."
        return (
            f"Thanks for texting. You're number {position} in line. {wait} "
            "Anything you send while you wait will be read."
        )

    def crisis_resources(self) -> str:
        """One SMS segment: sent at once, once per conversation, when crisis words arrive."""
        return (
            "If you're in danger now, call or text 988 (Spanish: text AYUDA to 988) or call "
            "911. We're also bringing in a crisis counselor."
        )

    def acknowledged(self, code: str) -> str:
        return f"{self.line_name}: {code} acknowledged. The conversation is in your console."

    def unknown_staff_text(self) -> str:
        return f"{self.line_name}: to acknowledge a page, reply ACK and its code, e.g. ACK 7K2."

    def supporter_intro(self, supporter_name: str) -> str:
        return f"Hi, I'm {supporter_name}, a peer supporter with {self.line_name}. I'm here with you now."
