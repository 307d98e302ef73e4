/// HTML 13.2.3.2 "encoding sniffing algorithm", as the standard writes it: the declared encoding
/// of a document, or a caller-chosen default.
///
/// The steps, in order: the byte order mark; the transport layer's charset; the prescan of the
/// first ``prescanLength`` bytes for `<meta>` (or an XML declaration); then, because Pith decodes
/// the whole document before parsing and so cannot reload when the parser meets a later `<meta>`
/// (13.2.3.4), the same prescan over a longer stretch; then the default. The steps the standard
/// leaves optional and Pith does not take: user overrides, the parent browsing context and
/// remembered encodings. ``HTMLInputDecoder`` adds autodetection between the prescans and the
/// default.
public enum EncodingSniffer {
    /// Bytes the `<meta>` prescan reads: "User agents are encouraged to only prescan the first
    /// 1024 bytes" (13.2.3.2), which is what browsers do.
    public static let prescanLength = 1024

    /// Runs the encoding sniffing algorithm, without autodetection.
    ///
    /// - Parameters:
    ///   - bytes: The document.
    ///   - transportCharset: An HTTP `Content-Type` value (`text/html; charset=Shift_JIS`) or a
    ///     bare label; ignored when it names no known encoding.
    ///   - defaultEncoding: The encoding when nothing is declared (the standard suggests
    ///     windows-1252 for most locales).
    /// - Returns: The encoding and the step that chose it.
    /// - Complexity: O(n) in the bytes the prescans read, at most
    ///   `EncodingHeuristics.lateMetaScanLength`.
    public static func sniff(
        _ bytes: UnsafeRawBufferPointer,
        transportCharset: String? = nil,
        defaultEncoding: CharacterEncoding
    ) -> EncodingDetection {
        let bytes = bytes.assumingMemoryBound(to: UInt8.self)
        return declaredEncoding(bytes, transportCharset: transportCharset)
            ?? EncodingDetection(encoding: defaultEncoding, source: .defaultFallback)
    }

    /// Encoding Standard "BOM sniff": the encoding a byte order mark at the start names.
    ///
    /// - Returns: UTF-8 (`EF BB BF`), UTF-16BE (`FE FF`), UTF-16LE (`FF FE`), or `nil`.
    public static func byteOrderMark(_ bytes: UnsafeRawBufferPointer) -> CharacterEncoding? {
        byteOrderMark(bytes.assumingMemoryBound(to: UInt8.self))?.encoding
    }

    /// HTML 13.2.3.2 "prescan a byte stream to determine its encoding", with the end of `bytes` as
    /// its end condition.
    ///
    /// A `<meta>` naming UTF-16 yields UTF-8, and one naming x-user-defined yields windows-1252;
    /// with no `<meta>`, an XML declaration's `encoding` counts.
    ///
    /// - Parameter bytes: The bytes to scan; pass the first ``prescanLength`` bytes for the
    ///   standard's behaviour.
    /// - Returns: The declared encoding, or `nil`.
    public static func prescan(_ bytes: UnsafeRawBufferPointer) -> CharacterEncoding? {
        EncodingPrescan.run(bytes.assumingMemoryBound(to: UInt8.self))
    }

    /// The byte order mark at the start of `bytes`: its encoding and length.
    static func byteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> (encoding: CharacterEncoding, length: Int)? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8, 3) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16BE, 2) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16LE, 2) }
        return nil
    }

    /// Every step but the default: the encoding the document or its transport declares, if any.
    static func declaredEncoding(_ bytes: UnsafeBufferPointer<UInt8>, transportCharset: String?) -> EncodingDetection? {
        // Step 1: BOM sniffing.
        if let (encoding, _) = byteOrderMark(bytes) {
            return EncodingDetection(encoding: encoding, source: .byteOrderMark)
        }
        // Step 2 (user override) is not offered; step 3 (waiting for bytes) does not apply.
        // Step 4: the transport layer.
        if var charset = transportCharset,
            let encoding = charset.withUTF8({ CharsetExtraction.fromTransport($0) })
        {
            return EncodingDetection(encoding: encoding, source: .transportLayer)
        }
        // Step 5: the prescan.
        let prescanned = UnsafeBufferPointer(rebasing: bytes[0..<min(bytes.count, prescanLength)])
        if let encoding = EncodingPrescan.run(prescanned) {
            return EncodingDetection(encoding: encoding, source: .metaPrescan)
        }
        // 13.2.3.4, emulated: a declaration the parser would meet later.
        if bytes.count > prescanLength {
            let rest = UnsafeBufferPointer(rebasing: bytes[0..<min(bytes.count, EncodingHeuristics.lateMetaScanLength)])
            if let encoding = EncodingPrescan.run(rest) {
                return EncodingDetection(encoding: encoding, source: .lateMeta)
            }
        }
        // Steps 6–7 (parent browsing context, remembered encodings) do not apply.
        return nil
    }
}
