"""SMS knowledge only: transports, outbox, webhooks, keywords, quiet hours, segments."""

from flask import Flask

from messaging.hooks import MessagingHooks


def init_app(app: Flask, hooks: MessagingHooks) -> None:
    """Register the webhooks, the CLI and the application's hooks."""
    from messaging.chat import chat
    from messaging.cli import group
    from messaging.webhooks import bp

    app.extensions["messaging"] = hooks
    app.register_blueprint(bp)
    app.cli.add_command(group)
    app.cli.add_command(chat)
