import Pith

/// The JSON pieces of batch output: record sources, error lines, duplicate marks.
///
/// A document line is the object of `pith extract --format json` (``ArticleJSON``) with a
/// `source` object at the end; an error line is `{"source": {…}, "error": {"code", "message"}}`.
/// The `source` object has `record` (the number in the run), `path`, and then by input kind:
/// `offset`, `recordID` and `targetURI` for a WARC record; `line` for a JSONL line; nothing more
/// for a whole file.
public enum BatchJSON {
    /// The `source` object of record `number` from `source`.
    public static func source(_ source: RecordSource, number: Int) -> String {
        var writer = JSONWriter()
        write(source, number: number, into: &writer)
        return writer.json
    }

    /// Writes the `source` object as the next value of `writer`.
    static func write(_ source: RecordSource, number: Int, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("record")
        writer.number(Double(number))
        writer.key("path")
        writer.string(source.path)
        switch source.location {
        case .wholeFile:
            break
        case .line(let line):
            writer.key("line")
            writer.number(Double(line))
        case .warcRecord(let offset, let recordID, let targetURI):
            writer.key("offset")
            writer.number(Double(offset))
            writer.key("recordID")
            writer.string(recordID)
            writer.key("targetURI")
            writer.string(targetURI)
        }
        writer.endObject()
    }

    /// The error line of record `number`.
    public static func errorLine(_ error: InputError, source: RecordSource, number: Int) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("source")
        write(source, number: number, into: &writer)
        writer.key("error")
        writer.beginObject()
        writer.key("code")
        writer.string(error.code.rawValue)
        writer.key("message")
        writer.string(error.message)
        writer.endObject()
        writer.endObject()
        return writer.json
    }

    /// The `duplicate` object: `{"of": <record number>, "kind": "exact"|"near", "distance": <bits>}`.
    public static func duplicate(_ match: DuplicateMatch) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("of")
        writer.number(Double(match.original))
        writer.key("kind")
        writer.string(match.kind.rawValue)
        writer.key("distance")
        writer.number(Double(match.distance))
        writer.endObject()
        return writer.json
    }

    /// `object` (a JSON object's text) with `key: json` added as its last member. Cheaper than
    /// encoding the article again when the writer learns of a duplicate after a worker rendered it.
    static func appending(key: String, json: String, to object: String) -> String {
        precondition(object.hasSuffix("}"), "not a JSON object")
        let separator = object.hasSuffix("{}") ? "" : ","
        return object.dropLast() + separator + JSONWriter.quoted(key) + ":" + json + "}"
    }
}
