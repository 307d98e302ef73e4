import Pith

extension BatchSummary {
    /// The summary as one JSON object, for scripts that check a run's accounting:
    /// `{"inputs", "records", "documents", "failed", "failures": {code: n}, "skipped": {reason: n},
    /// "exactDuplicates", "nearDuplicates", "dropped", "linesWritten", "bytesRead", "seconds",
    /// "threads", "recordsPerSecond"}`.
    public var json: String {
        var writer = JSONWriter()
        writer.beginObject()
        for (key, value) in [("inputs", inputs), ("records", records), ("documents", documents), ("failed", failed)] {
            writer.key(key)
            writer.number(Double(value))
        }
        for (key, counts) in [("failures", failures), ("skipped", skipped)] {
            writer.key(key)
            writer.beginObject()
            for (name, count) in counts.sorted(by: { $0.key < $1.key }) {
                writer.key(name)
                writer.number(Double(count))
            }
            writer.endObject()
        }
        for (key, value) in [("exactDuplicates", exactDuplicates), ("nearDuplicates", nearDuplicates),
                             ("dropped", dropped), ("linesWritten", linesWritten), ("threads", threads)] {
            writer.key(key)
            writer.number(Double(value))
        }
        writer.key("bytesRead")
        writer.number(Double(bytesRead))
        writer.key("seconds")
        writer.number((elapsed.seconds * 1000).rounded() / 1000)
        writer.key("recordsPerSecond")
        writer.number((recordsPerSecond * 10).rounded() / 10)
        writer.endObject()
        return writer.json
    }
}
