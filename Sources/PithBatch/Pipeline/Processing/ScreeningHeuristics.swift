/// The numbers ``RecordScreen`` decides by.
enum ScreeningHeuristics {
    /// Bytes from the start of a document examined for binary content. 8 KiB covers the head of
    /// any page and the header of any image or archive format.
    static let sampleBytes = 8 << 10

    /// Share of control bytes (C0 except tab, line feed, form feed, carriage return and escape;
    /// and DEL) in the sample above which a document is binary. Uniformly random bytes — what
    /// compressed images and archives look like — have 10.9 %; HTML in any ASCII-compatible
    /// encoding has next to none (ISO-2022 uses only escape, which is not counted), so 5 % sits
    /// well clear of both.
    static let binaryControlShare = 0.05

    /// Share of NUL bytes in the sample from which UTF-16 is suspected: ASCII-range text in
    /// UTF-16 is half NULs.
    static let utf16NulShare = 0.25

    /// Share of those NULs that must sit at the same parity (all high or all low bytes of their
    /// code units) for the document to be taken as UTF-16 text rather than binary.
    static let utf16NulParityShare = 0.9
}
