"""`flask --app wsgi chatbot interpret`: the reply interpreter over JSON lines."""

import json
import sys

import click
from flask.cli import AppGroup

from companion.conversation.interpret import interpret

group = AppGroup("chatbot", help="The reply interpreter.")


@group.command("interpret")
def interpret_lines() -> None:
    """Read {"text", "expecting", "lang"} JSON lines on stdin; write one reading per line."""
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text, expecting, lang = item["text"], item.get("expecting"), item.get("lang", "en")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise click.ClickException(f"line {number}: not a JSON object with a text") from exc
        if expecting not in (None, "pain", "fatigue"):
            raise click.ClickException(f"line {number}: expecting must be null, pain or fatigue")
        reading = interpret(str(text), expecting, lang if lang in ("en", "es") else "en")
        click.echo(json.dumps(reading.as_contract(), ensure_ascii=False))
