/// The tunable numbers of encoding detection, each with what it measures and where it came from.
///
/// They decide what a document leaves undeclared: how far to look for a late `<meta>`, and, for
/// documents that declare nothing and are not valid UTF-8, the byte statistics of
/// `LegacyEncodingDetector`. "Development pages" below are the 3,286 pages of `../shared/data`
/// (wcxb-dev, trafilatura-eval, htmldate-eval); "transcoded" ones are those whose UTF-8 text is
/// mostly one script, re-encoded into that script's legacy encodings with their declarations
/// removed.
enum EncodingHeuristics {
    // MARK: How far to look

    /// Bytes the late-`<meta>` pass reads when the first 1,024 bytes declare nothing. Unit: bytes.
    ///
    /// A browser acts on a `<meta charset>` wherever the parser meets it (13.2.3.4) and reloads;
    /// Pith decodes once, so it looks further ahead instead. 64 KiB covers heads swollen by inline
    /// scripts and styles (html5lib's encoding tests place declarations up to 8 KiB in); past that a
    /// `charset=` is likelier to sit in a script string than in a declaration.
    static let lateMetaScanLength = 1 << 16

    /// Non-ASCII bytes the byte statistics read: the sample runs from the start of the document
    /// to this many. Unit: bytes of 0x80 or above.
    ///
    /// Counting non-ASCII bytes rather than all bytes keeps pages whose text starts after 300 KB
    /// of inline script and markup (three transcoded development pages) from being judged on
    /// their navigation alone. The test samples settle on 8 to 400 non-ASCII bytes; 16,384 leaves
    /// a wide margin and bounds the candidate passes, which skip ASCII eight bytes per step.
    static let statisticsSampleHighBytes = 1 << 14

    // MARK: UTF-8 with stray errors

    /// Most ill-formed UTF-8 sequences per well-formed multi-byte sequence for a document that is
    /// not valid UTF-8 to still be judged UTF-8 (a UTF-8 page with a pasted windows-1252 fragment).
    /// Unit: ratio.
    ///
    /// Legacy text rarely forms UTF-8 sequences by chance: windows-1252 prose makes none, CJK,
    /// Thai and Cyrillic text about one well-formed sequence per 3 to 70 ill-formed ones, and the
    /// lowest legacy ratio seen, 0.6, is a windows-1252 page already full of UTF-8 mojibake. The
    /// six UTF-8 development pages with stray ill-formed bytes have ratios of 0.002–0.04. 0.25
    /// sits between.
    static let utf8MaximumIllFormedRatio = 0.25

    // MARK: Legacy encodings

    /// How many bytes of characteristic text one ill-formed sequence cancels in a candidate's
    /// score. Unit: bytes per ill-formed sequence.
    ///
    /// An ill-formed sequence is near proof against a multi-byte candidate, while characteristic
    /// characters also occur by chance in the wrong encoding (Russian letter pairs are valid GBK
    /// hanzi); 4 makes one error per word (the odd letter of a Russian word read as GBK) sink the
    /// candidate, while a stray junk byte in a page of real text costs it little.
    static let illFormedPenalty = 4.0

    /// Lowest score (share of the non-ASCII bytes explained as characteristic text, less
    /// penalties) that counts as recognising an encoding; below it the default encoding is used.
    /// Unit: share of non-ASCII bytes, 0–1.
    ///
    /// Random bytes score at most 0.50 in any candidate (windows-1251, 100 to 100,000 bytes);
    /// the transcoded development pages score a median of 0.93–1.0 in their own encoding, and
    /// 0.57 or more except English pages carrying a few foreign words and pages garbled in their
    /// source. 0.55 sits between.
    static let minimumScore = 0.55

    // MARK: The EUC family

    /// Share of the double-byte characters (lead 0xA1–0xFE) with a trail byte in 0x40–0x7E for
    /// text to be Big5. Unit: share, 0–1.
    ///
    /// Big5 puts 63 of its 157 trail bytes in ASCII's range, and its common hanzi use them
    /// evenly (46% of the characters of a test paragraph); GBK text uses them only in rare
    /// extension characters, EUC-KR only in rare extension syllables, EUC-JP never. 0.15 keeps
    /// a wide margin on both sides.
    static let big5ASCIITrailShare = 0.15

    /// Share of the double-byte characters in the kana rows 0xA4–0xA5 for text to be EUC-JP.
    /// Unit: share, 0–1.
    ///
    /// Japanese prose is about half kana (53% in a test paragraph); GB2312 has kana in the same
    /// rows but Chinese text hardly uses them, and KS X 1001's rows there (jamo, Roman numerals,
    /// Greek) are rare in Korean text. 0.2 sits between.
    static let japaneseKanaRowShare = 0.2

    /// Share of the double-byte characters with lead bytes 0xB0–0xFE that must lie in rows
    /// 0xB0–0xC8 for text to be Korean rather than Chinese. Unit: share, 0–1.
    ///
    /// Rows 0xB0–0xC8 are the whole of KS X 1001's hangul, which makes up nearly all Korean text,
    /// but only the GB2312 hanzi with pinyin A–R, about half of Chinese text by frequency (the top
    /// 30 hanzi: 16 of 30). 0.9 sits between.
    static let koreanHangulRowShare = 0.9

    // MARK: Latin

    /// Longest run of consecutive non-ASCII bytes in which windows-1252 letters count as
    /// characteristic. Unit: bytes.
    ///
    /// Western European words carry one or two accented letters between ASCII ones ("été",
    /// "ção", "Größe"); Cyrillic and CJK text runs on for whole words and sentences.
    static let latinMaximumRun = 2
}
