"""URL converters: ids in URLs are bounded like the database's integer keys."""

from typing import Any

from werkzeug.routing import IntegerConverter, Map

MAX_ID = 2**31 - 1  # PostgreSQL's integer; a larger id cannot exist, so it is a 404


class IdConverter(IntegerConverter):
    """`<id:name>`: a positive integer that fits a database key, else no route matches."""

    def __init__(self, url_map: Map, *args: Any, **kwargs: Any) -> None:
        super().__init__(url_map, min=1, max=MAX_ID)
