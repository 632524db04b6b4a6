#!/usr/bin/env python3
"""A real SMTP server for the integration tests, on Debian's python3-aiosmtpd.

Listens on 127.0.0.1 (a free port, written to --ready-file once it accepts connections) and
saves every message it accepts as <n>.json in --dir: the envelope sender and recipients, the
decoded Subject and To headers, and the raw message. With --refuse "550 …" it answers every
message with that reply instead. Stops on SIGTERM or SIGINT.
"""
import argparse
import email
import email.policy
import json
import os
import signal
import socket
import threading

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory, refusal):
        self.directory = directory
        self.refusal = refusal
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        if self.refusal:
            return self.refusal
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.count += 1
            number = self.count
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "subject": str(message["subject"]),
            "to": str(message["to"]),
            "content": envelope.content.decode("ascii", "replace"),
        }
        write_atomically(os.path.join(self.directory, "%04d.json" % number), json.dumps(record))
        return "250 Message accepted"


def write_atomically(path, text):
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temporary, path)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--ready-file", required=True)
    parser.add_argument("--refuse", default="")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    stop_signals = {signal.SIGTERM, signal.SIGINT}
    signal.pthread_sigmask(signal.SIG_BLOCK, stop_signals)
    port = free_port()
    controller = Controller(Sink(args.dir, args.refuse), hostname="127.0.0.1", port=port)
    controller.start()
    write_atomically(args.ready_file, "%d\n" % port)
    signal.sigwait(stop_signals)
    controller.stop()


if __name__ == "__main__":
    main()
