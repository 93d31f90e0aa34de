"""Reads an Atom feed with feedparser, as feed readers do, and prints what it found as JSON:
the entries' ids and dates; exits 1 if feedparser calls the feed malformed (bozo) or not Atom."""
import json
import sys

import feedparser

feed = feedparser.parse(sys.argv[1])
if feed.bozo or feed.version != "atom10":
    print(f"not a well-formed Atom 1.0 feed: {feed.version} {feed.get('bozo_exception')}")
    sys.exit(1)
print(json.dumps({"title": feed.feed.title,
                  "entries": [{"id": e.id, "updated": e.updated, "link": e.link} for e in feed.entries]}))
