"""SMS knowledge only: transports, outbox, webhooks, keywords, quiet hours, segments."""
