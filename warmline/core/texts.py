"""What the line says to texters, in one place so wording can be reviewed together."""

from __future__ import annotations

from dataclasses import dataclass

CRISIS_RESOURCES = (
    "If you are in danger now, call or text 988 (Spanish: text AYUDA to 988) or call 911."
)


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

    # Endings, follow-ups, opening hours and limits (continuity).

    def closing(self) -> str:
        return (
            f"Thank you for texting {self.line_name} today. This conversation has ended, "
            f"but you can text us again any time. {CRISIS_RESOURCES}"
        )

    def survey_question(self) -> str:
        return (
            "One quick question: how helpful was this conversation, from 1 (not at all) to "
            "5 (very)? And reply YES if we may text you tomorrow to check in."
        )

    def follow_up(self) -> str:
        return (
            f"Hi, it's {self.line_name}, checking in as promised. How are you doing today? "
            "Reply any time if you'd like to talk with a peer supporter."
        )

    def quiet_check(self) -> str:
        return (
            "Just checking in: are you still there? Take your time, we're here when you're ready."
        )

    def quiet_closing(self) -> str:
        return (
            f"We haven't heard from you in a while, so we've closed this conversation. "
            f"Text {self.line_name} again whenever you want to talk. {CRISIS_RESOURCES}"
        )

    def after_hours(self, next_opening: str) -> str:
        return (
            f"Thanks for texting {self.line_name}. We're closed right now and open again "
            f"{next_opening}. Your messages are saved and a peer supporter will text you "
            "back when we open; reply NO THANKS if you'd rather they didn't. "
            f"{CRISIS_RESOURCES} 988 answers around the clock."
        )

    def contact_limit(self, per_day: int) -> str:
        return (
            f"Thank you for reaching out again. So that everyone who texts can reach a peer, "
            f"we keep to {per_day} conversations a day per person. Your message is saved and "
            f"a peer supporter will pick it up a little later. {CRISIS_RESOURCES}"
        )
