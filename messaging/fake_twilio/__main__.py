"""`python -m messaging.fake_twilio [--port N]`: serve a fake Twilio API until Ctrl-C."""

import argparse
import threading

from messaging.fake_twilio.api import DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN
from messaging.fake_twilio.server import FakeTwilio


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve a fake Twilio Messages API.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--account-sid", default=DEFAULT_ACCOUNT_SID)
    parser.add_argument("--auth-token", default=DEFAULT_AUTH_TOKEN)
    args = parser.parse_args(argv)
    fake = FakeTwilio(args.account_sid, args.auth_token, host=args.host, port=args.port)
    fake.start()
    print(f"Fake Twilio on {fake.url}; set TWILIO_API_BASE_URL={fake.url}. Ctrl-C stops it.")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        fake.stop()


if __name__ == "__main__":
    main()
