#!/usr/bin/env python3
"""A target whose latency is known: `GET /delay?ms=N` answers 200 after N ms, keep-alive, one thread per
connection. Used by compare-repeat.sh, which needs runs of known, fixed latency on a busy machine.

    bench/delay-server.py PORT
"""
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        time.sleep(int(query.get("ms", ["0"])[0]) / 1000)
        body = b"ok"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
