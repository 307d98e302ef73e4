#!/usr/bin/env python3
"""Runs `pith batch` over many WARC files on a Spark cluster, one task per file.

The driver spreads the input paths over the executors; each task runs the `pith` binary shipped
with the job (`spark-submit --files pith`) on its file and streams the JSON lines it prints into
the job's output, which holds exactly the lines `pith batch FILE` prints for each file. Extraction
runs in the native binary on `--threads` cores per task; Python only moves lines.

    spark-submit --master yarn --files /path/to/pith --conf spark.task.cpus=4 \\
        examples/spark/pith_spark.py --paths warc-paths.txt --output hdfs:///crawl/articles

Paths must be readable where the tasks run (a shared file system, or each executor's disk).
For object stores, --fetch names a command that writes the file to standard output, e.g.
--fetch 'aws s3 cp {} -'; its output is piped into `pith batch -`, and the lines get the path
back in their "source".

`pith` exits 0 when every record was extracted and 1 when some records failed (their error lines
are in the output); both count as success here. Exit 2 (the file could not be read, output
failed) fails the task, which Spark retries.
"""

import argparse
import json
import os
import stat
import subprocess
import sys
import tempfile

from pyspark import SparkFiles
from pyspark.sql import SparkSession


def pith_binary(name):
    """The path of the binary on this executor: shipped with --files, or an absolute path."""
    path = name if os.path.isabs(name) else SparkFiles.get(name)
    mode = os.stat(path).st_mode
    if not mode & stat.S_IXUSR:
        os.chmod(path, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def with_path(line, path):
    """Puts `path` in place of "-" (standard input) in a line's source. Inside JSON strings every
    quote is escaped, so the unescaped `"path":"-"` occurs once, in the source object."""
    return line.replace('"path":"-"', '"path":' + json.dumps(path, ensure_ascii=False), 1)


def run_partition(paths, options, counters):
    """Yields the JSON lines of `pith batch` for each path of one partition."""
    binary = pith_binary(options.pith)
    for path in paths:
        with tempfile.TemporaryDirectory() as scratch:
            summary_path = os.path.join(scratch, "summary.json")
            errors_path = os.path.join(scratch, "stderr")
            command = [binary, "batch", "--quiet", "--summary", summary_path, "--threads", str(options.threads)]
            command += options.pith_args
            fetcher = None
            with open(errors_path, "wb") as errors:
                if options.fetch:
                    fetcher = subprocess.Popen(options.fetch.replace("{}", path), shell=True,
                                               stdout=subprocess.PIPE, stderr=errors)
                    process = subprocess.Popen(command + ["-"], stdin=fetcher.stdout, stdout=subprocess.PIPE, stderr=errors)
                    fetcher.stdout.close()
                else:
                    process = subprocess.Popen(command + [path], stdout=subprocess.PIPE, stderr=errors)
                for raw in process.stdout:
                    line = raw.decode("utf-8").rstrip("\n")
                    yield with_path(line, path) if fetcher else line
                status = process.wait()
                fetch_status = fetcher.wait() if fetcher else 0
            if status not in (0, 1) or fetch_status != 0:
                with open(errors_path, "rb") as errors:
                    message = errors.read().decode("utf-8", "replace").strip()
                raise RuntimeError("pith batch %s: exit %d (fetch %d): %s" % (path, status, fetch_status, message))
            with open(summary_path) as stream:
                summary = json.load(stream)
            counters["files"].add(1)
            counters["records"].add(summary["records"])
            counters["failed"].add(summary["failed"])
            counters["skipped"].add(sum(summary["skipped"].values()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paths", required=True, help="a text file with one input path per line")
    parser.add_argument("--output", required=True, help="the output directory (Spark text files of JSON lines)")
    parser.add_argument("--pith", default="pith",
                        help="the binary: a file name shipped with --files (default 'pith') or an absolute path")
    parser.add_argument("--threads", type=int, default=0,
                        help="pith threads per task (default: spark.task.cpus)")
    parser.add_argument("--fetch", help="a command writing the file {} to standard output (e.g. 'aws s3 cp {} -')")
    parser.add_argument("pith_args", nargs="*", help="more `pith batch` options, after --")
    options = parser.parse_args()

    spark = SparkSession.builder.appName("pith-batch").getOrCreate()
    context = spark.sparkContext
    if options.threads <= 0:
        options.threads = int(context.getConf().get("spark.task.cpus", "1"))
    with open(options.paths) as stream:
        paths = [line.strip() for line in stream if line.strip() and not line.startswith("#")]
    if not paths:
        sys.exit("pith_spark: no paths in %s" % options.paths)

    counters = {name: context.accumulator(0) for name in ("files", "records", "failed", "skipped")}
    # One partition per file: files are the unit of work and of retry.
    lines = context.parallelize(paths, numSlices=len(paths)).mapPartitions(
        lambda partition: run_partition(partition, options, counters))
    lines.saveAsTextFile(options.output)
    # Accumulators count retried tasks again; the output itself is exact.
    print("pith_spark: %d files, %d records (%d failed), %d skipped -> %s" % (
        counters["files"].value, counters["records"].value, counters["failed"].value,
        counters["skipped"].value, options.output))
    spark.stop()


if __name__ == "__main__":
    main()
