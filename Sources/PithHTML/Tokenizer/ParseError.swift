/// A parse error (13.2.2). Tokenizer errors carry the spec's codes; tree-construction errors, which
/// the spec does not name, are grouped by what went wrong.
public struct ParseError: Hashable, Sendable, CustomStringConvertible {
    /// The spec's code, e.g. `eof-in-tag`.
    public let code: String

    package init(_ code: String) { self.code = code }

    public var description: String { code }

    public static let abruptClosingOfEmptyComment = ParseError("abrupt-closing-of-empty-comment")
    public static let abruptDoctypePublicIdentifier = ParseError("abrupt-doctype-public-identifier")
    public static let abruptDoctypeSystemIdentifier = ParseError("abrupt-doctype-system-identifier")
    public static let absenceOfDigitsInNumericCharacterReference = ParseError("absence-of-digits-in-numeric-character-reference")
    public static let cdataInHTMLContent = ParseError("cdata-in-html-content")
    public static let characterReferenceOutsideUnicodeRange = ParseError("character-reference-outside-unicode-range")
    public static let controlCharacterInInputStream = ParseError("control-character-in-input-stream")
    public static let controlCharacterReference = ParseError("control-character-reference")
    public static let duplicateAttribute = ParseError("duplicate-attribute")
    public static let endTagWithAttributes = ParseError("end-tag-with-attributes")
    public static let endTagWithTrailingSolidus = ParseError("end-tag-with-trailing-solidus")
    public static let eofBeforeTagName = ParseError("eof-before-tag-name")
    public static let eofInCDATA = ParseError("eof-in-cdata")
    public static let eofInComment = ParseError("eof-in-comment")
    public static let eofInDoctype = ParseError("eof-in-doctype")
    public static let eofInScriptHTMLCommentLikeText = ParseError("eof-in-script-html-comment-like-text")
    public static let eofInTag = ParseError("eof-in-tag")
    public static let incorrectlyClosedComment = ParseError("incorrectly-closed-comment")
    public static let incorrectlyOpenedComment = ParseError("incorrectly-opened-comment")
    public static let invalidCharacterSequenceAfterDoctypeName = ParseError("invalid-character-sequence-after-doctype-name")
    public static let invalidFirstCharacterOfTagName = ParseError("invalid-first-character-of-tag-name")
    public static let missingAttributeValue = ParseError("missing-attribute-value")
    public static let missingDoctypeName = ParseError("missing-doctype-name")
    public static let missingDoctypePublicIdentifier = ParseError("missing-doctype-public-identifier")
    public static let missingDoctypeSystemIdentifier = ParseError("missing-doctype-system-identifier")
    public static let missingEndTagName = ParseError("missing-end-tag-name")
    public static let missingQuoteBeforeDoctypePublicIdentifier = ParseError("missing-quote-before-doctype-public-identifier")
    public static let missingQuoteBeforeDoctypeSystemIdentifier = ParseError("missing-quote-before-doctype-system-identifier")
    public static let missingSemicolonAfterCharacterReference = ParseError("missing-semicolon-after-character-reference")
    public static let missingWhitespaceAfterDoctypePublicKeyword = ParseError("missing-whitespace-after-doctype-public-keyword")
    public static let missingWhitespaceAfterDoctypeSystemKeyword = ParseError("missing-whitespace-after-doctype-system-keyword")
    public static let missingWhitespaceBeforeDoctypeName = ParseError("missing-whitespace-before-doctype-name")
    public static let missingWhitespaceBetweenAttributes = ParseError("missing-whitespace-between-attributes")
    public static let missingWhitespaceBetweenDoctypePublicAndSystemIdentifiers = ParseError("missing-whitespace-between-doctype-public-and-system-identifiers")
    public static let nestedComment = ParseError("nested-comment")
    public static let noncharacterCharacterReference = ParseError("noncharacter-character-reference")
    public static let noncharacterInInputStream = ParseError("noncharacter-in-input-stream")
    public static let nonVoidHTMLElementStartTagWithTrailingSolidus = ParseError("non-void-html-element-start-tag-with-trailing-solidus")
    public static let nullCharacterReference = ParseError("null-character-reference")
    public static let surrogateCharacterReference = ParseError("surrogate-character-reference")
    public static let surrogateInInputStream = ParseError("surrogate-in-input-stream")
    public static let unexpectedCharacterAfterDoctypeSystemIdentifier = ParseError("unexpected-character-after-doctype-system-identifier")
    public static let unexpectedCharacterInAttributeName = ParseError("unexpected-character-in-attribute-name")
    public static let unexpectedCharacterInUnquotedAttributeValue = ParseError("unexpected-character-in-unquoted-attribute-value")
    public static let unexpectedEqualsSignBeforeAttributeName = ParseError("unexpected-equals-sign-before-attribute-name")
    public static let unexpectedNullCharacter = ParseError("unexpected-null-character")
    public static let unexpectedQuestionMarkInsteadOfTagName = ParseError("unexpected-question-mark-instead-of-tag-name")
    public static let unexpectedSolidusInTag = ParseError("unexpected-solidus-in-tag")
    public static let unknownNamedCharacterReference = ParseError("unknown-named-character-reference")

    /// A token the current insertion mode does not expect (tree construction).
    public static let unexpectedToken = ParseError("unexpected-token")
}
