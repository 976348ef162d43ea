#!/usr/bin/env python3
"""Measures when Limber's cues are heard, against when the plan wants them.

Run by scripts/measure-audio inside a private PulseAudio with a null sink:

    audio_onsets.py --out DIR -- limber follow ROUTINE --answer no

It records the null sink's monitor with `parec` while the command runs
(the command gets `--cue-log DIR/cues.tsv` added), finds the onset of each
sound in the recording, and prints the median and maximum error of each
cue's onset against its planned time.

Clocks: the cue log gives the routine's start on the wall clock
(`start_unix_ms`) and each cue's planned time from there. The recording is
put on the same clock by timing each block read from `parec` (see
`origin`). `parec` asks for a small latency, which also makes the null sink
render in small blocks, so the alignment is good to about a millisecond
(checked by running with LIMBER_PAREC_LATENCY_MS=2, 5 and 10: the results
agree to within 1 ms).

Standard library only.
"""

import argparse
import array
import os
import statistics
import subprocess
import sys
import threading
import time
import wave

RATE = 48000
# A sample louder than this (of full scale) is sound; the null sink's monitor
# is digital silence between cues.
THRESHOLD = 0.002
# A cue is matched to the nearest onset within this window.
WINDOW = 0.3
# Cues are never closer than this (two due at once are played as one), so a
# second note inside a cue is not taken for a cue of its own.
GAP = 0.5
# The latency parec asks for, in ms (see the clock note above).
LATENCY_MS = int(os.environ.get("LIMBER_PAREC_LATENCY_MS", "5"))


def record(device, stop):
    """Starts parec; returns (process, chunks) where chunks gets
    (read_time, frames_so_far) pairs and the raw bytes, filled by a thread."""
    proc = subprocess.Popen(
        [
            "parec",
            "-d",
            device,
            "--raw",
            "--format=s16le",
            "--rate=%d" % RATE,
            "--channels=1",
            "--latency-msec=%d" % LATENCY_MS,
        ],
        stdout=subprocess.PIPE,
    )
    state = {"times": [], "data": bytearray()}

    def reader():
        fd = proc.stdout.fileno()
        while True:
            block = os.read(fd, 1 << 16)
            now = time.time()
            if not block:
                break
            state["data"].extend(block)
            state["times"].append((now, len(state["data"]) // 2))

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    return proc, thread, state


def clock(times):
    """How to turn a frame number of the recording into wall-clock time:
    returns (to_time, block, ppm).

    A block ending at frame n is read at some time t after the sink
    rendered it, and the null sink renders each block one block ahead of
    playing it, so t - n / RATE >= (when frame 0 played) - (one block). So
    the lower edge of (t - n / RATE), plus the typical block, is when frame
    0 played. That edge is not flat: the sink's count of frames per second
    of the system clock is not exactly RATE (PulseAudio's null sink runs
    some tens of ppm fast, which is 30 ms over 20 minutes), so the edge is
    taken in 10-second windows and a straight line is fitted through it."""
    lags = [(n, t - n / RATE) for t, n in times if n > 0]
    sizes = [b[1] - a[1] for a, b in zip(times, times[1:]) if b[1] > a[1]]
    block = statistics.median(sizes) / RATE if sizes else 0.0
    window = 10 * RATE
    edge = {}
    for n, lag in lags:
        k = n // window
        if k not in edge or lag < edge[k][1]:
            edge[k] = (n, lag)
    points = sorted(edge.values())
    # Windows cut short (the first and last) may hold no read near the edge.
    if len(points) > 4:
        points = points[1:-1]
    if len(points) >= 2:
        mn = statistics.mean(p[0] for p in points)
        ml = statistics.mean(p[1] for p in points)
        slope = sum((n - mn) * (l - ml) for n, l in points) / sum((n - mn) ** 2 for n, _ in points)
        # The line lies on the edge: shift it down to the lowest point.
        base = min(l - slope * n for n, l in points)
    else:
        slope, base = 0.0, min(l for _, l in lags)

    def to_time(frame):
        return base + slope * frame + frame / RATE + block

    return to_time, block, -slope * RATE * 1e6

def onsets(samples):
    """Onset times (s from the start of the recording): where sound starts
    out of silence, or a new cue starts over the tail of another (the peak
    level in 1 ms jumps to three times the most of 5-25 ms before)."""
    frame = RATE // 1000
    peaks = []
    for k in range(0, len(samples) // frame):
        chunk = samples[k * frame : (k + 1) * frame]
        peaks.append(max(abs(min(chunk)), abs(max(chunk))) / 32768.0)
    found = []
    k = 0
    while k < len(peaks):
        before = max(peaks[max(0, k - 25) : max(0, k - 5)] or [0.0])
        if peaks[k] > THRESHOLD and peaks[k] > 3 * before + THRESHOLD:
            # The first sample above the level the sound was at before.
            level = (2 * before + THRESHOLD) * 32768.0
            start = max(0, (k - 3) * frame)
            end = (k + 1) * frame
            i = next(
                (j for j in range(start, end) if abs(samples[j]) > level),
                k * frame,
            )
            found.append(i / RATE)
            k += int(GAP * 1000)
        else:
            k += 1
    return found


def read_log(path):
    start = None
    cues = []
    with open(path) as f:
        for line in f:
            if line.startswith("# start_unix_ms"):
                start = float(line.split()[2]) / 1000.0
            elif line.startswith("#") or line.startswith("cue\t"):
                continue
            else:
                # A phrase of the voice has its words in a fifth column.
                cue, planned, handed, heard = line.rstrip("\n").split("\t")[:4]
                cues.append(
                    (
                        cue,
                        float(planned) / 1000.0,
                        None if handed == "-" else float(handed) / 1000.0,
                        None if heard == "-" else float(heard) / 1000.0,
                    )
                )
    if start is None:
        sys.exit("audio_onsets: %s has no start_unix_ms line" % path)
    return start, cues


def write_wav(path, samples):
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(samples.tobytes())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="folder for the recording and logs")
    ap.add_argument("--device", default="limber.monitor", help="PulseAudio source to record")
    ap.add_argument("--max-ms", type=float, help="fail (exit 1) if the max error exceeds this")
    ap.add_argument("--median-ms", type=float, help="fail (exit 1) if the median error exceeds this")
    ap.add_argument("--again", action="store_true", help="analyse the recording already in --out")
    ap.add_argument("command", nargs="*", help="the limber follow command")
    args = ap.parse_args()
    if args.again:
        samples = array.array("h")
        with wave.open(os.path.join(args.out, "recording.wav")) as w:
            samples.frombytes(w.readframes(w.getnframes()))
        with open(os.path.join(args.out, "reads.tsv")) as f:
            next(f)
            times = [(float(a), int(b)) for a, b in (l.split() for l in f)]
        report(args, samples, times)
    if not args.command:
        ap.error("give the limber follow command after --")

    os.makedirs(args.out, exist_ok=True)
    log = os.path.join(args.out, "cues.tsv")
    stop = threading.Event()
    proc, thread, state = record(args.device, stop)
    time.sleep(0.5)  # the recording runs before the first cue
    command = args.command + ["--cue-log", log]
    with open(os.path.join(args.out, "follow.out"), "w") as out:
        code = subprocess.call(command, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
    time.sleep(0.5)
    stop.set()
    proc.terminate()
    proc.wait()
    thread.join(timeout=2)
    if code != 0:
        sys.exit("audio_onsets: `%s` exited with %d (see %s/follow.out)" % (" ".join(command), code, args.out))

    samples = array.array("h")
    data = bytes(state["data"])
    samples.frombytes(data[: len(data) // 2 * 2])
    write_wav(os.path.join(args.out, "recording.wav"), samples)
    with open(os.path.join(args.out, "reads.tsv"), "w") as f:
        f.write("unix_s\tframes\n")
        for t, n in state["times"]:
            f.write("%.6f\t%d\n" % (t, n))
    report(args, samples, state["times"])


def report(args, samples, times):
    """Matches onsets to the cue log and prints the errors; exits."""
    log = os.path.join(args.out, "cues.tsv")
    to_time, block, ppm = clock(times)
    heard = [to_time(t * RATE) for t in onsets(samples)]

    start, cues = read_log(log)
    rows = []
    missing = []
    used = set()
    for cue, planned, handed, device in cues:
        due = start + planned
        if handed is None:
            missing.append((cue, planned, "never reached the sound device"))
            continue
        best = None
        for i, t in enumerate(heard):
            if i in used or abs(t - due) > WINDOW:
                continue
            if best is None or abs(t - due) < abs(heard[best] - due):
                best = i
        if best is None:
            missing.append((cue, planned, "no onset within %d ms" % (WINDOW * 1000)))
            continue
        used.add(best)
        rows.append((cue, planned, (heard[best] - due) * 1000.0, (device - planned) * 1000.0))
    extra = len(heard) - len(used)

    with open(os.path.join(args.out, "errors.tsv"), "w") as f:
        f.write("cue\tplanned_ms\terror_ms\tdevice_said_ms\n")
        for cue, planned, err, said in rows:
            f.write("%s\t%.1f\t%.2f\t%.2f\n" % (cue, planned * 1000, err, said))

    print("cues in the log:      %d" % len(cues))
    print("onsets found:         %d (%d not matched to a cue)" % (len(heard), extra))
    print(
        "recording clock:      aligned from parec's reads (blocks of %.1f ms; the sink ran %+.1f ppm)"
        % (block * 1000, ppm)
    )
    for cue, planned, why in missing:
        print("MISSING %-10s at %9.3f s: %s" % (cue, planned, why))
    if not rows:
        print("onsets: 0 passed, %d failed" % len(missing))
        sys.exit("audio_onsets: no cue was heard")
    errs = [r[2] for r in rows]
    absolute = [abs(e) for e in errs]
    print("signed error:         mean %+.1f ms, min %+.1f ms, max %+.1f ms" % (statistics.mean(errs), min(errs), max(errs)))
    failed = bool(missing)
    # The chimes and the voice's phrases are held to the same limits, each
    # kind on its own.
    for kind, picked in (("cues", [r for r in rows if r[0] != "phrase"]), ("phrases", [r for r in rows if r[0] == "phrase"])):
        if not picked:
            continue
        kind_abs = [abs(r[2]) for r in picked]
        worst = max(picked, key=lambda r: abs(r[2]))
        print("onset error (|heard - planned|) over %d %s:" % (len(picked), kind))
        print("  median %.1f ms" % statistics.median(kind_abs))
        print("  max    %.1f ms  (%s at %.3f s)" % (abs(worst[2]), worst[0], worst[1]))
        if args.max_ms is not None and max(kind_abs) > args.max_ms:
            print("FAIL: %s: max error above %.0f ms" % (kind, args.max_ms))
            failed = True
        if args.median_ms is not None and statistics.median(kind_abs) > args.median_ms:
            print("FAIL: %s: median error above %.0f ms" % (kind, args.median_ms))
            failed = True
    # From the start to the first sound heard (whatever it was).
    first = min(rows, key=lambda r: r[1] + r[2] / 1000.0)
    print(
        "start to first sound: %.0f ms (%s, planned at %.0f ms)"
        % (first[1] * 1000.0 + first[2], first[0], first[1] * 1000.0)
    )
    if missing:
        print("FAIL: %d cues or phrases missing" % len(missing))
    # A closing line in the plain form test runners use: a cue passes when
    # it was heard, within the maximum error if one was given.
    limit = args.max_ms if args.max_ms is not None else float("inf")
    late = sum(1 for e in absolute if e > limit)
    print("onsets: %d passed, %d failed" % (len(rows) - late, late + len(missing)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
