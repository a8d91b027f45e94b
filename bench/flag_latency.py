#!/usr/bin/env python3
"""Event latency: from the answer to "flag signs of corruption" to the lead in inspections-service.

An open-loop client flags petitions through the gateway at a fixed rate (request i is due at
t0 + i/rate, whatever happened to the ones before it), keeping the moment each 200 answer arrived.
inspections-service stamps a lead's `received_at` in the transaction that creates it, from the
consumed `petition.corruption-signs-flagged` event. Latency = received_at - answer time, both from
this machine's clock; a lead is visible a commit (a few ms) after its stamp.

Prints one JSON object (figures only) on stdout; progress on stderr.
"""
import argparse
import http.client
import json
import queue
import subprocess
import sys
import threading
import time


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100.0 * len(ordered) + 0.5)) - 1))
    return ordered[k]


def psql(db, sql, db_host, db_port, db_user):
    # The SQL goes through stdin: a list of 12,000 ids is longer than a command line may be.
    out = subprocess.run(["psql", "-h", db_host, "-p", db_port, "-U", db_user, "-d", db, "-At", "-F", ",", "-f", "-"],
                         input=sql, check=True, capture_output=True, text=True).stdout
    return [line.split(",") for line in out.splitlines() if line]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gateway", default="127.0.0.1:8080")
    ap.add_argument("--token", required=True)
    ap.add_argument("--ids", required=True, help="file with one petition id per line, not yet flagged")
    ap.add_argument("--rate", type=float, default=200)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--day", required=True, help="flaggedDate")
    ap.add_argument("--workers", type=int, default=48)
    ap.add_argument("--inspections-db", default="inspections")
    ap.add_argument("--db-host", default="127.0.0.1")
    ap.add_argument("--db-port", default="5432")
    ap.add_argument("--db-user", default="postgres")
    ap.add_argument("--wait", type=float, default=60, help="seconds to wait for the last leads")
    a = ap.parse_args()

    ids = [line.strip() for line in open(a.ids) if line.strip()]
    n = int(a.rate * a.seconds)
    if len(ids) < n:
        sys.exit(f"need {n} unflagged petitions, have {len(ids)}")
    ids = ids[:n]
    host, port = a.gateway.split(":")
    body = json.dumps({"summary": "Dấu hiệu tham nhũng (đo độ trễ sự kiện)", "flaggedDate": a.day}).encode()
    headers = {"Authorization": "Bearer " + a.token, "Content-Type": "application/json", "Accept": "application/json"}

    work = queue.Queue()
    results = {}  # petition id -> (due, sent, answered, status)
    lock = threading.Lock()

    def worker():
        conn = http.client.HTTPConnection(host, int(port), timeout=20)
        while True:
            item = work.get()
            if item is None:
                return
            pid, due = item
            delay = due - time.time()
            if delay > 0:
                time.sleep(delay)
            sent = time.time()
            try:
                conn.request("POST", f"/api/v1/petitions/{pid}/corruption-signs", body=body, headers=headers)
                resp = conn.getresponse()
                resp.read()
                status = resp.status
            except Exception:
                conn.close()
                conn = http.client.HTTPConnection(host, int(port), timeout=20)
                status = -1
            with lock:
                results[pid] = (due, sent, time.time(), status)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(a.workers)]
    for t in threads:
        t.start()
    t0 = time.time() + 0.5
    for i, pid in enumerate(ids):
        work.put((pid, t0 + i / a.rate))
    for _ in threads:
        work.put(None)
    for t in threads:
        t.join()
    t_end = max(r[2] for r in results.values())
    print(f"flagged {sum(1 for r in results.values() if r[3] == 200)} of {n} in {t_end - t0:.1f} s", file=sys.stderr)

    answered = {pid: r[2] for pid, r in results.items() if r[3] == 200}
    id_list = ",".join(f"'{pid}'" for pid in answered)
    leads = {}
    deadline = time.time() + a.wait
    while True:
        rows = psql(a.inspections_db,
                    f"select petition_id, extract(epoch from received_at) from lead where petition_id in ({id_list})",
                    a.db_host, a.db_port, a.db_user) if answered else []
        leads = {}
        for pid, stamp in rows:
            leads.setdefault(pid, []).append(float(stamp))
        if len(leads) >= len(answered) or time.time() > deadline:
            break
        time.sleep(1)

    latencies = [(min(stamps) - answered[pid]) * 1000 for pid, stamps in leads.items() if pid in answered]
    flag_ms = [(r[2] - r[1]) * 1000 for r in results.values() if r[3] == 200]
    lag_ms = [(r[1] - r[0]) * 1000 for r in results.values()]
    statuses = {}
    for r in results.values():
        statuses[str(r[3])] = statuses.get(str(r[3]), 0) + 1
    out = {
        "requested_rate_per_s": a.rate,
        "seconds": a.seconds,
        "sent": n,
        "answers": statuses,
        "achieved_rate_per_s": round(n / (max(r[1] for r in results.values()) - t0), 1),
        "send_lag_p99_ms": round(percentile(lag_ms, 99), 1),
        "flag_answer_p50_ms": round(percentile(flag_ms, 50), 1) if flag_ms else None,
        "flag_answer_p99_ms": round(percentile(flag_ms, 99), 1) if flag_ms else None,
        "leads": len(leads),
        "petitions_with_two_or_more_leads": sum(1 for s in leads.values() if len(s) > 1),
        "missing_leads": len(answered) - len(leads),
        "latency_p50_ms": round(percentile(latencies, 50), 1) if latencies else None,
        "latency_p99_ms": round(percentile(latencies, 99), 1) if latencies else None,
        "latency_max_ms": round(max(latencies), 1) if latencies else None,
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
