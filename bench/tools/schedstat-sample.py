#!/usr/bin/env python3
"""Samples, once a second, each benchmark process's threads' scheduler statistics into a JSON-lines file.

   bench/tools/schedstat-sample.py /tmp/sched.jsonl &    # then: bench/run gateway ... -Dbench.gateway.dump=/tmp/d
   bench/tools/schedstat-per-request.py /tmp/sched.jsonl /tmp/d

Each line: {"t": epoch seconds, "<process>": [run ns, runnable-but-waiting ns, times switched in]} summed over the
process's threads (/proc/<pid>/task/*/schedstat), for membership-service, the gateway, the load generator and the
benchmark JVM (broker and store). Stop it with kill when the benchmark ends.
"""
import json
import os
import re
import sys
import time


def processes():
    found = {}
    for pid in filter(str.isdigit, os.listdir('/proc')):
        try:
            command = open(f'/proc/{pid}/cmdline', 'rb').read().replace(b'\0', b' ').decode()
        except OSError:
            continue
        if 'java' not in command:
            continue
        if 'membership-service' in command and '-jar' in command:
            found['membership'] = pid
        elif re.search(r'gateway-[0-9.]+(-SNAPSHOT)?', command) and '-jar' in command:
            found['gateway'] = pid
        elif 'LoadGenerator' in command:
            found['load'] = pid
        elif 'GatewayBenchmark' in command:
            found['bench'] = pid
    return found


def totals(pid):
    total = [0, 0, 0]
    for tid in os.listdir(f'/proc/{pid}/task'):
        try:
            values = open(f'/proc/{pid}/task/{tid}/schedstat').read().split()
        except OSError:
            continue
        for k in range(3):
            total[k] += int(values[k])
    return total


with open(sys.argv[1], 'w') as out:
    while True:
        sample = {'t': time.time()}
        for name, pid in processes().items():
            try:
                sample[name] = totals(pid)
            except OSError:
                pass
        out.write(json.dumps(sample) + '\n')
        out.flush()
        time.sleep(1)
