#!/usr/bin/env python3
"""Writes bench/run's figures (a results.env of key=value lines) as tables into docs/benchmarks.md,
between the markers <!-- bench:begin --> and <!-- bench:end -->; the rest of the page (the analysis)
is left as it is. bench/run passes the figures of every run on this clone, oldest first, so a
benchmark that was not run this time keeps its latest figures; each section names its run."""
import re
import sys

BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def load(path):
    values = {}
    for line in open(path, encoding="utf-8"):
        if "=" in line:
            k, v = line.rstrip("\n").split("=", 1)
            values[k] = v.strip('"')
    return values


def target(value, op, limit):
    try:
        v = float(value)
    except (TypeError, ValueError):
        return "–"
    ok = {">=": v >= limit, "<=": v <= limit, "<": v < limit}[op]
    return "met" if ok else "**missed**"


def tables(r):
    g = r.get
    services = ["petitions-service", "inspections-service", "programs-service", "gateway"]
    out = [f"Latest run {g('date')} on commit `{g('commit')}`: {g('machine_cpu')}, {g('machine_memory_gib')} GiB, "
           f"{g('machine_os')}; {g('machine_java')}; {g('machine_postgres')}. Load average before "
           f"{g('machine_load_before')}, after {g('machine_load_after')}.", ""]
    if g("intake_per_s"):
        out += [f"### 1. Intake vs PostgreSQL's own limit (32 clients; run {g('intake_run')})", "",
                "| | per second | p50 ms | p99 ms |", "|---|---|---|---|",
                f"| `POST /api/v1/petitions` through the gateway, 32 wards (wrk; median of 3 rounds "
                f"{g('intake_rounds_per_s', '–')}/s, after {g('intake_warmup_windows', '–')} warm-up windows of 5 s; "
                f"{g('intake_requests')} requests) | {g('intake_per_s')} | {g('intake_p50_ms')} | {g('intake_p99_ms')} |",
                f"| the same, all into one unit (one numbering register; 15 s) | {g('intake_one_unit_per_s')} | "
                f"{g('intake_one_unit_p50_ms')} | {g('intake_one_unit_p99_ms')} |",
                (f"| pgbench replaying the {g('intake_statements')} statements of one intake, captured from the service "
                 f"(failed transactions: {g('pgbench_failed_transactions', '–')}) | " if g('pgbench_script') == 'pgbench-intake-captured.sql'
                 else "| pgbench, the two-insert stand-in (bench/pgbench-intake.sql) | ")
                + f"{g('pgbench_tps')} | {g('pgbench_p50_ms')} | {g('pgbench_p99_ms')} |",
                "", f"CPU per intake: petitions-service **{g('intake_cpu_us_service')} µs** (target ≤ 1,000: "
                f"{target(g('intake_cpu_us_service'), '<=', 1000)}), gateway **{g('intake_cpu_us_gateway')} µs** "
                f"(target ≤ 300: {target(g('intake_cpu_us_gateway'), '<=', 300)}).",
                "", f"Ratio **{g('intake_ratio')}** (target ≥ 0.5: {target(g('intake_ratio'), '>=', 0.5)}).", ""]
    if g("read_direct_per_s"):
        out += [f"### 2. Gateway overhead (`GET /api/v1/petitions/{{id}}`, 32 clients, median of three interleaved rounds; run {g('gateway_run')})", "",
                "| path | per second (rounds) | p50 ms | p99 ms | non-200 |", "|---|---|---|---|---|"]
        rounds = lambda key: ", ".join(str(g(key.format(n), "–")) for n in (1, 2, 3))
        for t, label in (("direct", "direct to petitions-service"), ("gateway", "through the gateway"),
                         ("nginx", "through nginx (plain reverse proxy)")):
            out.append(f"| {label} | {g('read_' + t + '_per_s')} ({rounds('read_' + t + '_round{}_per_s')}) | "
                       f"{g('read_' + t + '_p50_ms')} | {g('read_' + t + '_p99_ms')} | {g('read_' + t + '_errors')} |")
        out += ["", "CPU per request (µs, user + system, all threads; rounds 1, 2, 3): petitions-service "
                f"direct {rounds('cpu_us_direct_round{}_service')}; "
                f"gateway {rounds('cpu_us_gateway_round{}_proxy')} "
                f"(service behind it {rounds('cpu_us_gateway_round{}_service')}); "
                f"nginx {rounds('cpu_us_nginx_round{}_proxy')} "
                f"(service behind it {rounds('cpu_us_nginx_round{}_service')}). "
                f"Gateway per proxied read, median: **{g('cpu_us_gateway_read', '–')} µs** (target ≤ 150: "
                f"{target(g('cpu_us_gateway_read'), '<=', 150)})."]
        out += ["", f"Gateway / direct **{g('gateway_vs_direct')}** (target ≥ 0.85: "
                f"{target(g('gateway_vs_direct'), '>=', 0.85)}); gateway / nginx **{g('gateway_vs_nginx')}** "
                f"(target ≥ 0.9: {target(g('gateway_vs_nginx'), '>=', 0.9)}).", ""]
    if g("events_latency_p99_ms"):
        out += [f"### 3. Event latency (flag → lead; run {g('events_run')})", "",
                "| requested | achieved | answers | flag answer p50 / p99 ms | leads | missing | two or more | "
                "latency p50 ms | p99 ms | max ms |", "|---|---|---|---|---|---|---|---|---|---|",
                f"| {g('events_requested_rate_per_s')}/s × {g('events_seconds')} s | {g('events_achieved_rate_per_s')}/s "
                f"| {g('events_answers')} | {g('events_flag_answer_p50_ms')} / {g('events_flag_answer_p99_ms')} | "
                f"{g('events_leads')} | {g('events_missing_leads')} | {g('events_petitions_with_two_or_more_leads')} | "
                f"{g('events_latency_p50_ms')} | **{g('events_latency_p99_ms')}** | {g('events_latency_max_ms')} |",
                "", f"Target p99 < 200 ms: {target(g('events_latency_p99_ms'), '<', 200)}.", ""]
    if g("report_city_article_p95_ms"):
        out += [f"### 4. Period report at scale (100 sequential calls each, after 5 warm-up calls; run {g('report_run')})", "",
                f"Read model: {g('report_rm_petition_rows')} `rm_petition` rows, {g('report_rm_team_target_rows')} "
                f"`rm_team_target` rows (generated in {g('report_generate_s')} s).", "",
                "| report | petitions in it | p50 ms | p95 ms | non-200 |", "|---|---|---|---|---|"]
        for scope, label in (("district", "one district (01.500)"), ("city", "whole city (01)")):
            for period, plabel in (("article", "2021-03-01..2022-10-31"), ("five_years", "2021-01-01..2025-12-31"),
                                   ("partial_months", "2021-03-15..2022-10-20")):
                n = f"report_{scope}_{period}"
                out.append(f"| {label}, {plabel} | {g(n + '_petitions')} | {g(n + '_p50_ms')} | **{g(n + '_p95_ms')}** "
                           f"| {g(n + '_non200')} |")
        worst = max(float(g(f"report_{s}_{p}_p95_ms") or 0) for s in ("district", "city")
                    for p in ("article", "five_years", "partial_months"))
        out += ["", f"Target p95 < 100 ms: {target(worst, '<', 100)} (worst p95 {worst} ms).", ""]
    if g("rss_idle_mb_gateway"):
        out += [f"### 5. Footprint (run {g('footprint_run')})", "",
                "| service | ready after start (ms, the JVM's start to /q/health/ready 200) | Quarkus \"started in\" s | start-up cache, JVM "
                "| RSS at the start of the latest run MB | RSS after intake MB | RSS idle after restart MB |",
                "|---|---|---|---|---|---|---|"]
        for s in services:
            out.append(f"| {s} | {g('ready_ms_' + s, '–')} | {g('quarkus_started_s_' + s, '–')} | {g('startup_cache_' + s, '–')} "
                       f"| {g('rss_idle_mb_' + s)} | {g('rss_after_intake_mb_' + s, '–')} | {g('rss_restarted_idle_mb_' + s, '–')} |")
        out += ["", "Targets: ready in < 1,000 ms, idle RSS < 200 MB."]
        out.append("")
    return "\n".join(out)


def main():
    results, page = sys.argv[1], sys.argv[2]
    r = load(results)
    try:
        text = open(page, encoding="utf-8").read()
    except FileNotFoundError:
        text = "# Benchmarks\n\n" + BEGIN + "\n" + END + "\n"
    if BEGIN not in text:
        text += "\n" + BEGIN + "\n" + END + "\n"
    block = BEGIN + "\n" + tables(r) + "\n" + END
    text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: block, text, flags=re.S)
    open(page, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main()
