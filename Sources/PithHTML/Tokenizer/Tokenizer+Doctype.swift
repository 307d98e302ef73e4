/// The DOCTYPE states (13.2.5.53–68). DOCTYPEs are rare and short, so these go byte by byte.
extension Tokenizer {
    /// Emits the DOCTYPE with force-quirks set, and the end-of-file token.
    private mutating func endDoctypeAtEndOfFile() {
        error(.eofInDoctype)
        doctype.forceQuirks = true
        emitDoctype()
        emitEndOfFile()
    }

    /// 13.2.5.53 DOCTYPE state.
    mutating func doctypeState() {
        doctype = DoctypeToken()
        guard !isAtEnd else { return endDoctypeAtEndOfFile() }
        let byte = current
        if ASCII.isWhitespace(byte) {
            position += 1
        } else if byte != ASCII.greaterThan {
            error(.missingWhitespaceBeforeDoctypeName)
        }
        state = .beforeDoctypeName
    }

    /// 13.2.5.54 Before DOCTYPE name state.
    mutating func beforeDoctypeNameState() {
        while position < input.count && ASCII.isWhitespace(input[position]) { position += 1 }
        guard !isAtEnd else { return endDoctypeAtEndOfFile() }
        let byte = current
        position += 1
        switch byte {
        case ASCII.null:
            error(.unexpectedNullCharacter)
            doctype.name = ASCII.replacementCharacter
            state = .doctypeName
        case ASCII.greaterThan:
            error(.missingDoctypeName)
            doctype.forceQuirks = true
            state = .data
            emitDoctype()
        default:
            doctype.name = [ASCII.lowercased(byte)]
            state = .doctypeName
        }
    }

    /// 13.2.5.55 DOCTYPE name state.
    mutating func doctypeNameState() {
        while position < input.count {
            let byte = input[position]
            position += 1
            switch byte {
            case ASCII.tab, ASCII.lineFeed, ASCII.formFeed, ASCII.space:
                state = .afterDoctypeName
                return
            case ASCII.greaterThan:
                state = .data
                return emitDoctype()
            case ASCII.null:
                error(.unexpectedNullCharacter)
                doctype.name?.append(contentsOf: ASCII.replacementCharacter)
            default:
                doctype.name?.append(ASCII.lowercased(byte))
            }
        }
        endDoctypeAtEndOfFile()
    }

    /// 13.2.5.56 After DOCTYPE name state.
    mutating func afterDoctypeNameState() {
        while position < input.count && ASCII.isWhitespace(input[position]) { position += 1 }
        guard !isAtEnd else { return endDoctypeAtEndOfFile() }
        if current == ASCII.greaterThan {
            position += 1
            state = .data
            emitDoctype()
        } else if lookingAt("PUBLIC", caseInsensitive: true) {
            position += 6
            state = .afterDoctypePublicKeyword
        } else if lookingAt("SYSTEM", caseInsensitive: true) {
            position += 6
            state = .afterDoctypeSystemKeyword
        } else {
            error(.invalidCharacterSequenceAfterDoctypeName)
            doctype.forceQuirks = true
            state = .bogusDoctype
        }
    }

    private mutating func startIdentifier(isPublic: Bool, quote: UInt8) {
        if isPublic {
            doctype.publicIdentifier = []
            state = quote == ASCII.quotationMark ? .doctypePublicIdentifierDoubleQuoted : .doctypePublicIdentifierSingleQuoted
        } else {
            doctype.systemIdentifier = []
            state = quote == ASCII.quotationMark ? .doctypeSystemIdentifierDoubleQuoted : .doctypeSystemIdentifierSingleQuoted
        }
    }

    /// 13.2.5.57 After DOCTYPE public keyword state and 13.2.5.63 after DOCTYPE system keyword state.
    mutating func afterDoctypeKeywordState(isPublic: Bool) {
        guard !isAtEnd else { return endDoctypeAtEndOfFile() }
        let byte = current
        switch byte {
        case ASCII.tab, ASCII.lineFeed, ASCII.formFeed, ASCII.space:
            position += 1
            state = isPublic ? .beforeDoctypePublicIdentifier : .beforeDoctypeSystemIdentifier
        case ASCII.quotationMark, ASCII.apostrophe:
            position += 1
            error(isPublic ? .missingWhitespaceAfterDoctypePublicKeyword : .missingWhitespaceAfterDoctypeSystemKeyword)
            startIdentifier(isPublic: isPublic, quote: byte)
        case ASCII.greaterThan:
            position += 1
            error(isPublic ? .missingDoctypePublicIdentifier : .missingDoctypeSystemIdentifier)
            doctype.forceQuirks = true
            state = .data
            emitDoctype()
        default:
            error(isPublic ? .missingQuoteBeforeDoctypePublicIdentifier : .missingQuoteBeforeDoctypeSystemIdentifier)
            doctype.forceQuirks = true
            state = .bogusDoctype
        }
    }

    /// 13.2.5.58 Before DOCTYPE public identifier state and 13.2.5.64 its system twin.
    mutating func beforeDoctypeIdentifierState(isPublic: Bool) {
        while position < input.count && ASCII.isWhitespace(input[position]) { position += 1 }
        guard !isAtEnd else { return endDoctypeAtEndOfFile() }
        let byte = current
        switch byte {
        case ASCII.quotationMark, ASCII.apostrophe:
            position += 1
            startIdentifier(isPublic: isPublic, quote: byte)
        case ASCII.greaterThan:
            position += 1
            error(isPublic ? .missingDoctypePublicIdentifier : .missingDoctypeSystemIdentifier)
            doctype.forceQuirks = true
            state = .data
            emitDoctype()
        default:
            error(isPublic ? .missingQuoteBeforeDoctypePublicIdentifier : .missingQuoteBeforeDoctypeSystemIdentifier)
            doctype.forceQuirks = true
            state = .bogusDoctype
        }
    }

    /// 13.2.5.59–60 DOCTYPE public identifier (double- and single-quoted) states, 13.2.5.65–66 system.
    mutating func doctypeIdentifierQuotedState(isPublic: Bool, quote: UInt8) {
        while position < input.count {
            let byte = input[position]
            position += 1
            switch byte {
            case quote:
                state = isPublic ? .afterDoctypePublicIdentifier : .afterDoctypeSystemIdentifier
                return
            case ASCII.null:
                error(.unexpectedNullCharacter)
                appendToIdentifier(isPublic: isPublic, ASCII.replacementCharacter)
            case ASCII.greaterThan:
                error(isPublic ? .abruptDoctypePublicIdentifier : .abruptDoctypeSystemIdentifier)
                doctype.forceQuirks = true
                state = .data
                return emitDoctype()
            default:
                appendToIdentifier(isPublic: isPublic, [byte])
            }
        }
        endDoctypeAtEndOfFile()
    }

    private mutating func appendToIdentifier(isPublic: Bool, _ bytes: [UInt8]) {
        if isPublic {
            doctype.publicIdentifier?.append(contentsOf: bytes)
        } else {
            doctype.systemIdentifier?.append(contentsOf: bytes)
        }
    }

    /// 13.2.5.61 After DOCTYPE public identifier state.
    mutating func afterDoctypePublicIdentifierState() {
        guard !isAtEnd else { return endDoctypeAtEndOfFile() }
        let byte = current
        switch byte {
        case ASCII.tab, ASCII.lineFeed, ASCII.formFeed, ASCII.space:
            position += 1
            state = .betweenDoctypePublicAndSystemIdentifiers
        case ASCII.greaterThan:
            position += 1
            state = .data
            emitDoctype()
        case ASCII.quotationMark, ASCII.apostrophe:
            position += 1
            error(.missingWhitespaceBetweenDoctypePublicAndSystemIdentifiers)
            startIdentifier(isPublic: false, quote: byte)
        default:
            error(.missingQuoteBeforeDoctypeSystemIdentifier)
            doctype.forceQuirks = true
            state = .bogusDoctype
        }
    }

    /// 13.2.5.62 Between DOCTYPE public and system identifiers state.
    mutating func betweenDoctypePublicAndSystemIdentifiersState() {
        while position < input.count && ASCII.isWhitespace(input[position]) { position += 1 }
        guard !isAtEnd else { return endDoctypeAtEndOfFile() }
        let byte = current
        switch byte {
        case ASCII.greaterThan:
            position += 1
            state = .data
            emitDoctype()
        case ASCII.quotationMark, ASCII.apostrophe:
            position += 1
            startIdentifier(isPublic: false, quote: byte)
        default:
            error(.missingQuoteBeforeDoctypeSystemIdentifier)
            doctype.forceQuirks = true
            state = .bogusDoctype
        }
    }

    /// 13.2.5.67 After DOCTYPE system identifier state.
    mutating func afterDoctypeSystemIdentifierState() {
        while position < input.count && ASCII.isWhitespace(input[position]) { position += 1 }
        guard !isAtEnd else { return endDoctypeAtEndOfFile() }
        if current == ASCII.greaterThan {
            position += 1
            state = .data
            emitDoctype()
        } else {
            // Unlike the other malformed cases, this one does not force quirks mode.
            error(.unexpectedCharacterAfterDoctypeSystemIdentifier)
            state = .bogusDoctype
        }
    }

    /// 13.2.5.68 Bogus DOCTYPE state.
    mutating func bogusDoctypeState() {
        while position < input.count {
            let byte = input[position]
            position += 1
            if byte == ASCII.greaterThan {
                state = .data
                return emitDoctype()
            }
            if byte == ASCII.null { error(.unexpectedNullCharacter) }
        }
        emitDoctype()
        emitEndOfFile()
    }
}
