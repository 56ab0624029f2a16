"""A file server on 127.0.0.1 for the proxy benchmark: HTTP with sendfile(2), or HTTPS.

Usage: file_server.py DIRECTORY [--cert CERT --key KEY]. Prints "port N" once listening and stops
when standard input closes.
"""

import os
import ssl
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FileHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    directory = "."

    def do_GET(self):
        path = os.path.join(self.directory, os.path.basename(self.path.split("?")[0]))
        if not os.path.isfile(path):
            self.send_error(404)
            return
        size = os.path.getsize(path)
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        self.wfile.flush()
        with open(path, "rb") as source:
            if isinstance(self.connection, ssl.SSLSocket):
                while chunk := source.read(1 << 20):
                    self.connection.sendall(chunk)
            else:
                self.connection.sendfile(source)

    def log_message(self, *args):
        pass


def main():
    arguments = sys.argv[1:]
    FileHandler.directory = arguments[0]
    server = ThreadingHTTPServer(("127.0.0.1", 0), FileHandler)
    if "--cert" in arguments:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(arguments[arguments.index("--cert") + 1], arguments[arguments.index("--key") + 1])
        server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"port {server.server_address[1]}", flush=True)
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()
