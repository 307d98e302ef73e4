/// Turns a document's raw bytes into UTF-8 for the tokenizer: detects the encoding, then decodes.
///
/// Detection runs ``EncodingSniffer``'s steps (byte order mark, transport charset, `<meta>`
/// prescan), then:
///
/// - if the bytes are valid UTF-8 (a sequence cut short at the very end is allowed: truncated
///   downloads are common), UTF-8 — also when a `<meta>` declares another encoding, provided
///   the bytes are not all ASCII, because such pages are mislabelled UTF-8 (the one place Pith
///   overrules a declaration; the standard would let the `<meta>` win);
/// - if a `<meta>` declares an encoding, that encoding;
/// - otherwise the byte statistics of `LegacyEncodingDetector` (UTF-8 with stray errors,
///   windows-1252, windows-1251, KOI8, GBK, Big5, EUC-KR, EUC-JP, Shift_JIS);
/// - otherwise windows-1252, the standard's default for most locales.
///
/// Decoding follows the Encoding Standard: a byte order mark is removed, every ill-formed or
/// unmappable sequence becomes U+FFFD and decoding carries on, and newlines are left alone. Valid
/// UTF-8 is validated and copied without any conversion. Then, unlike a browser, the decoder
/// repairs text that was double-encoded before it was served ("Earthâ€™s" → "Earth’s"; see
/// `DoubleEncodingRepair`): a reader wants the words, not the publisher's mistake.
public enum HTMLInputDecoder {
    /// Detects the encoding of `bytes` and decodes them to UTF-8.
    ///
    /// - Parameters:
    ///   - bytes: The document as received.
    ///   - transportCharset: An HTTP `Content-Type` value (`text/html; charset=Shift_JIS`) or a bare
    ///     label, if the transport gave one; it overrides any `<meta>`.
    /// - Returns: The UTF-8 and the detection that produced it.
    /// - Complexity: O(n). Documents not declared UTF-8 add one validation pass; undeclared ones
    ///   that are not valid UTF-8 add the statistics, nine passes up to their 16,384th non-ASCII
    ///   byte.
    public static func decode(_ bytes: UnsafeRawBufferPointer, transportCharset: String? = nil) -> DecodedInput {
        let bytes = bytes.assumingMemoryBound(to: UInt8.self)
        let (detection, validatedUTF8) = detect(bytes, transportCharset: transportCharset)
        var utf8 = validatedUTF8 ? Array(bytes) : decode(bytes, as: detection.encoding)
        let repaired = DoubleEncodingRepair.repair(&utf8)
        return DecodedInput(utf8: utf8, detection: detection, repairedCharacters: repaired)
    }

    /// Detects the encoding of `bytes` and decodes them to UTF-8.
    ///
    /// - Parameters:
    ///   - bytes: The document as received.
    ///   - transportCharset: An HTTP `Content-Type` value or a bare label, if the transport gave one.
    /// - Returns: The UTF-8 and the detection that produced it.
    public static func decode(_ bytes: some Collection<UInt8>, transportCharset: String? = nil) -> DecodedInput {
        if let decoded = bytes.withContiguousStorageIfAvailable({
            decode(UnsafeRawBufferPointer($0), transportCharset: transportCharset)
        }) {
            return decoded
        }
        return Array(bytes).withUnsafeBytes { decode($0, transportCharset: transportCharset) }
    }

    /// Detects the encoding of `bytes` without decoding them.
    ///
    /// - Parameters:
    ///   - bytes: The document as received.
    ///   - transportCharset: An HTTP `Content-Type` value or a bare label, if the transport gave one.
    /// - Returns: The encoding and the step that chose it.
    public static func detect(_ bytes: UnsafeRawBufferPointer, transportCharset: String? = nil) -> EncodingDetection {
        detect(bytes.assumingMemoryBound(to: UInt8.self), transportCharset: transportCharset).detection
    }

    /// Encoding Standard "decode": decodes `bytes` with `encoding` to UTF-8, except that a byte
    /// order mark, if present, wins over `encoding` and is removed.
    ///
    /// - Parameters:
    ///   - bytes: The bytes to decode.
    ///   - encoding: The encoding to decode them with.
    /// - Returns: UTF-8, with U+FFFD for every ill-formed or unmappable sequence.
    public static func decode(_ bytes: UnsafeRawBufferPointer, as encoding: CharacterEncoding) -> [UInt8] {
        decode(bytes.assumingMemoryBound(to: UInt8.self), as: encoding)
    }

    /// The detection, and whether it found the whole input to be valid UTF-8 (so decoding is a copy).
    static func detect(
        _ bytes: UnsafeBufferPointer<UInt8>,
        transportCharset: String?
    ) -> (detection: EncodingDetection, validatedUTF8: Bool) {
        let declared = EncodingSniffer.declaredEncoding(bytes, transportCharset: transportCharset)
        if let declared, declared.isCertain || declared.encoding == .utf8 {
            return (declared, false)
        }
        // Valid UTF-8 with non-ASCII text is UTF-8, whatever a <meta> says: a legacy encoding
        // practically never yields valid multi-byte sequences, while pages labelled ISO-8859-1
        // but written in UTF-8 are common (14 of the 3,061 <meta>-declared pages of the
        // development sets, each UTF-8 on inspection).
        let illFormed = UTF8Decoder.firstIllFormed(in: bytes)
        let isUTF8 = illFormed == nil || illFormed!.isTruncated && illFormed!.offset + illFormed!.length == bytes.count
        if isUTF8 && (declared == nil || LegacyEncodingDetector.nextNonASCII(in: bytes, from: 0) < bytes.count) {
            return (EncodingDetection(encoding: .utf8, source: .utf8Validation), illFormed == nil)
        }
        if let declared { return (declared, false) }
        if let encoding = LegacyEncodingDetector.detect(bytes) {
            return (EncodingDetection(encoding: encoding, source: .byteStatistics), false)
        }
        return (EncodingDetection(encoding: .windows1252, source: .defaultFallback), false)
    }

    /// Encoding Standard "decode": BOM sniff, then the encoding's decoder.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, as encoding: CharacterEncoding) -> [UInt8] {
        var encoding = encoding
        var body = bytes
        if let (bomEncoding, length) = EncodingSniffer.byteOrderMark(bytes) {
            encoding = bomEncoding
            body = UnsafeBufferPointer(rebasing: bytes[length...])
        }
        var output: [UInt8] = []
        switch encoding {
        case .utf8:
            UTF8Decoder.decode(body, into: &output)
        case .utf16LE, .utf16BE:
            UTF16Decoder.decode(body, bigEndian: encoding == .utf16BE, into: &output)
        case .replacement:
            // Encoding Standard 14.1: non-empty input is one error, then the end.
            if !body.isEmpty { output = UTF8Decoder.replacementCharacter }
        case .xUserDefined:
            SingleByteDecoder.xUserDefined.decode(body, into: &output)
        default:
            if encoding.isLegacySingleByte, let table = SingleByteDecoder(encoding) {
                table.decode(body, into: &output)
            } else if let iconvName = encoding.iconvName, let iconv = IconvDecoder(from: iconvName) {
                iconv.decode(body, into: &output, substitute: { encoding.substitute(forRejected: $0) })
            } else {
                // This system's iconv lacks the converter: keep ASCII, mark everything else.
                asciiOnly(body, into: &output)
            }
        }
        return output
    }

    /// ASCII kept, every other byte U+FFFD: the last resort when no decoder is available.
    private static func asciiOnly(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte < 0x80 { output.append(byte) } else { output.append(contentsOf: UTF8Decoder.replacementCharacter) }
        }
    }
}
