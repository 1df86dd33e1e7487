"""The fake Twilio server: its controls (fail, hang, reset, clock, deliver) and its lifecycle."""

import copy
import hmac
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import requests
from flask import Flask, jsonify, request
from flask.typing import ResponseReturnValue
from twilio.request_validator import RequestValidator
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from messaging.fake_twilio.api import (
    API,
    DEFAULT_ACCOUNT_SID,
    DEFAULT_AUTH_TOKEN,
    DEFAULT_CODE,
    DEFAULT_NUMBER,
    Call,
    Create,
    Overrides,
    Rule,
    Stored,
    inbound_resource,
    inbound_webhook_form,
    invalid,
    list_page,
    message_resource,
    rfc2822,
    status_callback_form,
    twilio_error,
)


class FakeTwilio:
    """The fake API on 127.0.0.1, a thread per call so one hanging call blocks no other."""

    def __init__(
        self,
        account_sid: str = DEFAULT_ACCOUNT_SID,
        auth_token: str = DEFAULT_AUTH_TOKEN,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.account_sid, self.auth_token = account_sid, auth_token
        self.host, self.port = host, port
        self.clock = clock or (lambda: datetime.now(UTC))
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._calls: list[Call] = []
        self._stored: list[Stored] = []
        self._frozen: datetime | None = None
        self._rules: list[Rule] = []
        self._latency = 0.0
        self._server: BaseWSGIServer | None = None
        # Where texts we receive are posted (the clinic number's messaging webhook).
        self.inbound_url: str | None = None
        self._thread: threading.Thread | None = None
        self.app = self._build_app()

    # -- controls -------------------------------------------------------------------------

    def fail_next(
        self,
        n: int | None,
        status: int = 429,
        code: int | None = None,
        *,
        retry_after: float | None = None,
        method: str = "POST",
    ) -> None:
        """Answer the next n calls (POST creates by default; "GET" or "*") with an error."""
        extra = None if retry_after is None else f"{retry_after:g}"
        code = code if code is not None else DEFAULT_CODE.get(status)
        with self._lock:
            self._rules.append(Rule(n, method, status=status, code=code, retry_after=extra))

    def hang_next(
        self, n: int | None, seconds: float = 2.0, *, create: Create = "after", method: str = "POST"
    ) -> None:
        """Stall the next n calls; the message is created before, after, or never."""
        with self._lock:
            self._rules.append(Rule(n, method, hang=seconds, create=create))

    def slow_down(self, seconds: float) -> None:
        """Answer every call after `seconds`, as the real API takes tens of milliseconds."""
        self._latency = seconds

    def reset(self) -> None:
        """Forget every rule, call and message."""
        with self._lock:
            self._rules.clear()
            self._calls.clear()
            self._stored.clear()

    @property
    def calls(self) -> list[Call]:
        with self._lock:
            return list(self._calls)

    @property
    def messages(self) -> list[dict[str, Any]]:
        """Every message created, oldest first, as a read would return it now."""
        with self._lock:
            return [copy.deepcopy(s.resource) for s in self._stored]

    def set_now(self, moment: datetime | None) -> None:
        """Stamp new messages with this instant (None: the clock), to match a test's clock."""
        self._frozen = moment

    def now(self) -> datetime:
        return self._frozen or self.clock()

    def signed_status_callback(
        self, sid: str, status: str = "delivered", error_code: int | None = None
    ) -> tuple[str, dict[str, str], str]:
        """The callback Twilio would send: (url, form, X-Twilio-Signature); updates the message."""
        with self._lock:
            found = [s for s in self._stored if s.resource["sid"] == sid]
            if not found:
                raise KeyError(f"no message {sid}")
            message, url = found[0].resource, found[0].status_callback
            message.update(status=status, error_code=error_code, date_updated=rfc2822(self.now()))
            message["price"] = f"-{0.0079 * int(message['num_segments']):.5f}"  # known once sent
            form = status_callback_form(self.account_sid, message, error_code)
        return url, form, RequestValidator(self.auth_token).compute_signature(url, form)

    def deliver(self, sid: str, status: str = "delivered", error_code: int | None = None) -> int:
        """Post the signed status callback to the message's StatusCallback; its HTTP status."""
        url, form, signature = self.signed_status_callback(sid, status, error_code)
        if not url:
            return 0
        post = urllib.request.Request(
            url, data=urlencode(form).encode(), headers={"X-Twilio-Signature": signature}
        )
        try:
            with urllib.request.urlopen(post, timeout=5) as answer:
                return int(answer.status)
        except urllib.error.HTTPError as exc:
            exc.close()
            return exc.code

    def receive(
        self, phone: str, body: str, *, to: str = DEFAULT_NUMBER, url: str | None = None
    ) -> tuple[str, int | None]:
        """A patient texts our number: the text joins the log, then its signed webhook is
        posted as Twilio posts it (connection overrides from the URL's #fragment; by default
        one retry, on a failed connection only). The sid, and the HTTP status of the last
        attempt (None: never answered)."""
        now, sid = self.now(), "SM" + uuid.uuid4().hex
        message = inbound_resource(self.account_sid, sid, phone, to, body, now)
        with self._lock:
            self._stored.append(Stored(message, now, ""))
        target = url or self.inbound_url
        if not target:
            return sid, None
        return sid, self.post_webhook(target, inbound_webhook_form(self.account_sid, message))

    def post_webhook(self, url: str, form: dict[str, str]) -> int | None:
        """POST a signed webhook as Twilio does; the HTTP status of the last attempt, if any."""
        address, _, fragment = url.partition("#")
        overrides = Overrides.of(fragment)
        signature = RequestValidator(self.auth_token).compute_signature(address, form)
        deadline = time.monotonic() + overrides.total
        status: int | None = None
        for _ in range(1 + overrides.retries):
            failure = None
            try:
                with requests.post(
                    address,
                    data=form,
                    headers={"X-Twilio-Signature": signature},
                    timeout=(overrides.connect, overrides.read),
                ) as answer:
                    status = answer.status_code
                if status < 400:
                    return status
                failure = "5xx" if status >= 500 else "4xx"
            except requests.ReadTimeout:
                failure = "rt"  # connected, but no answer in time: Twilio's request may have run
            except requests.ConnectionError:
                failure = "ct"  # refused, or no connection within the connect timeout
            if not (failure in overrides.policy or "all" in overrides.policy):
                break
            if time.monotonic() >= deadline:
                break
        return status

    # -- lifecycle ------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> "FakeTwilio":
        self._server = make_server(
            self.host, self.port, self.app, threaded=True, request_handler=_QuietHandler
        )
        # Join the call threads on close, so stop() leaves nothing running.
        self._server.daemon_threads = False  # type: ignore[attr-defined]
        self.port = self._server.port
        # A short poll keeps stop() quick; the default half second adds up across tests.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes hanging calls
        if self._server is not None and self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._server = self._thread = None

    def __enter__(self) -> "FakeTwilio":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the API --------------------------------------------------------------------------

    def _build_app(self) -> Flask:
        app = Flask(__name__)

        @app.post(f"{API}/Messages.json")
        def create_message(account: str) -> ResponseReturnValue:
            return self._answer(account, lambda: self._create(account, request.form.to_dict()))

        @app.get(f"{API}/Messages.json")
        def list_messages(account: str) -> ResponseReturnValue:
            return self._answer(account, lambda: self._list(account, request.args.to_dict()))

        @app.get(f"{API}/Messages/<sid>.json")
        def fetch_message(account: str, sid: str) -> ResponseReturnValue:
            return self._answer(account, lambda: self._fetch(sid))

        @app.post("/_fake/<action>")
        def control(action: str) -> ResponseReturnValue:
            return self._control(action, request.form.to_dict())

        @app.get("/_fake/<record>")
        def recorded(record: str) -> ResponseReturnValue:
            if record == "calls":
                return jsonify([asdict(c) | {"at": c.at.isoformat()} for c in self.calls])
            return jsonify(self.messages) if record == "messages" else twilio_error(404, 20404)

        @app.errorhandler(404)
        def not_found(_: Exception) -> ResponseReturnValue:
            return twilio_error(404, 20404)

        return app

    def _answer(self, account: str, handle: Callable[[], Any]) -> Any:
        args, form = request.args.to_dict(), request.form.to_dict()
        call = Call(request.method, request.path, args, form, self.now())
        with self._lock:
            self._calls.append(call)
        response = self._respond(account, handle)
        call.status = response.status_code
        return response

    def _respond(self, account: str, handle: Callable[[], Any]) -> Any:
        auth = request.authorization
        if not (
            auth is not None
            and hmac.compare_digest(auth.username or "", self.account_sid)
            and hmac.compare_digest(auth.password or "", self.auth_token)
            and account == self.account_sid
        ):
            return twilio_error(401, 20003, {"WWW-Authenticate": 'Basic realm="Twilio API"'})
        if self._latency:
            self._stopping.wait(self._latency)
        rule = self._take_rule(request.method)
        if rule is not None and rule.hang:
            early = handle() if rule.create == "before" else None
            # The client gives up meanwhile; whether the message exists is then unknown to it.
            stopped = self._stopping.wait(rule.hang)
            if rule.create == "after" and not stopped:
                return handle()
            return early if early is not None else twilio_error(503, 20503)
        if rule is not None:
            extra = {"Retry-After": rule.retry_after} if rule.retry_after else {}
            return twilio_error(rule.status, rule.code, extra)
        return handle()

    def _take_rule(self, method: str) -> Rule | None:
        with self._lock:
            for rule in self._rules:
                if rule.method in ("*", method) and rule.remaining != 0:
                    if rule.remaining is not None:
                        rule.remaining -= 1
                    return rule
        return None

    def _create(self, account: str, form: dict[str, str]) -> Any:
        problem = invalid(form)
        if problem:
            return twilio_error(400, problem)
        now, sid = self.now(), "SM" + uuid.uuid4().hex
        message = message_resource(account, sid, form, now)
        response = jsonify(message)
        response.status_code = 201
        # What a later read shows: Twilio has handed the message to the carrier.
        stored = message | {"status": "sent", "date_sent": rfc2822(now)}
        with self._lock:
            self._stored.append(Stored(stored, now, form.get("StatusCallback", "")))
        return response

    def _fetch(self, sid: str) -> Any:
        found = [m for m in self.messages if m["sid"] == sid]
        return jsonify(found[0]) if found else twilio_error(404, 20404)

    def _list(self, account: str, args: dict[str, str]) -> Any:
        with self._lock:
            snapshot = [Stored(copy.deepcopy(s.resource), s.created, "") for s in self._stored]
        return list_page(account, snapshot, args)

    def _control(self, action: str, form: dict[str, str]) -> Any:
        n = int(form["n"]) if form.get("n") else None
        method = form.get("method", "POST")
        if action == "fail":
            retry = float(form["retry_after"]) if form.get("retry_after") else None
            code = int(form["code"]) if form.get("code") else None
            self.fail_next(n, int(form.get("status", 429)), code, retry_after=retry, method=method)
        elif action == "hang":
            create: Create = form.get("create", "after")  # type: ignore[assignment]
            self.hang_next(n, float(form.get("seconds", 2)), create=create, method=method)
        elif action == "receive":
            sid, status = self.receive(
                form["From"],
                form.get("Body", ""),
                to=form.get("To", DEFAULT_NUMBER),
                url=form.get("Url"),
            )
            return jsonify(sid=sid, webhook_status=status)
        elif action == "reset":
            self.reset()
        elif action == "clock":
            self.set_now(datetime.fromisoformat(form["now"]) if form.get("now") else None)
        elif action == "deliver":
            code = int(form["error_code"]) if form.get("error_code") else None
            return jsonify(
                callback_status=self.deliver(form["sid"], form.get("status", "delivered"), code)
            )
        else:
            return twilio_error(404, 20404)
        return jsonify(ok=True)


class _QuietHandler(WSGIRequestHandler):
    # One request per connection: no idle keep-alive thread outlives stop().
    protocol_version = "HTTP/1.0"

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass  # request lines carry phone numbers
