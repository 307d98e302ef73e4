/// The tag states: tag open, tag name, attributes, self-closing (13.2.5.6–8, 13.2.5.32–40).
extension Tokenizer {
    /// Runs the tag states back to back until the machine leaves them (the tag is emitted, or it
    /// turns out to be a comment or text): one trip through `step()` per tag, not one per state.
    /// The usual path (tag open, name, well-formed attributes) calls each next state directly;
    /// this loop dispatches the others.
    mutating func tagStates() {
        while !finished {
            switch state {
            case .tagOpen: tagOpenState()
            case .endTagOpen: endTagOpenState()
            case .tagName: tagNameState()
            case .beforeAttributeName: beforeAttributeNameState()
            case .attributeName: attributeNameState()
            case .afterAttributeName: afterAttributeNameState()
            case .beforeAttributeValue: beforeAttributeValueState()
            case .attributeValueDoubleQuoted: attributeValueQuotedState(quote: ASCII.quotationMark)
            case .attributeValueSingleQuoted: attributeValueQuotedState(quote: ASCII.apostrophe)
            case .attributeValueUnquoted: attributeValueUnquotedState()
            case .afterAttributeValueQuoted: afterAttributeValueQuotedState()
            case .selfClosingStartTag: selfClosingStartTagState()
            default: return
            }
        }
    }

    /// 13.2.5.6 Tag open state.
    mutating func tagOpenState() {
        guard !isAtEnd else {
            error(.eofBeforeTagName)
            emitInput(from: position - 1, to: position)
            return emitEndOfFile()
        }
        let byte = current
        if byte == ASCII.exclamationMark {
            position += 1
            state = .markupDeclarationOpen
        } else if byte == ASCII.solidus {
            position += 1
            state = .endTagOpen
        } else if ASCII.isAlpha(byte) {
            beginTag(isEnd: false)
            state = .tagName
            tagNameState()
        } else if byte == ASCII.questionMark {
            error(.unexpectedQuestionMarkInsteadOfTagName)
            commentBuffer.removeAll(keepingCapacity: true)
            state = .bogusComment
        } else {
            error(.invalidFirstCharacterOfTagName)
            emitInput(from: position - 1, to: position)
            state = .data
        }
    }

    /// 13.2.5.7 End tag open state.
    mutating func endTagOpenState() {
        guard !isAtEnd else {
            error(.eofBeforeTagName)
            emitInput(from: position - 2, to: position)
            return emitEndOfFile()
        }
        let byte = current
        if ASCII.isAlpha(byte) {
            beginTag(isEnd: true)
            state = .tagName
            tagNameState()
        } else if byte == ASCII.greaterThan {
            position += 1
            error(.missingEndTagName)
            state = .data
        } else {
            error(.invalidFirstCharacterOfTagName)
            commentBuffer.removeAll(keepingCapacity: true)
            state = .bogusComment
        }
    }

    /// 13.2.5.8 Tag name state.
    ///
    /// The name is scanned as a run up to its terminator and looked up from the input where it lies,
    /// its ``NameKey`` prefix word read in one load (and lowercased in one go if need be); only a
    /// name with U+0000 takes the byte-by-byte path through `nameBuffer`.
    mutating func tagNameState() {
        let start = position
        let hasUpper = scanName(stops: NameStops.tagName)
        guard !isAtEnd else {
            error(.eofInTag)
            return emitEndOfFile()
        }
        let byte = current
        if byte == ASCII.null { return tagNameStateSlowly(from: start) }
        tag.name = internName(from: start, to: position, hasUpper: hasUpper)
        position += 1
        switch byte {
        case ASCII.solidus:
            state = .selfClosingStartTag
            selfClosingStartTagState()
        case ASCII.greaterThan:
            state = .data
            emitTag()
        default:
            state = .beforeAttributeName
            beforeAttributeNameState()
        }
    }

    /// The tag name state for a name with U+0000, byte by byte into `nameBuffer`.
    @inline(never)
    private mutating func tagNameStateSlowly(from start: Int) {
        bufferLowercased(from: start, to: position)
        while position < input.count {
            let byte = input[position]
            position += 1
            switch byte {
            case ASCII.tab, ASCII.lineFeed, ASCII.formFeed, ASCII.space:
                finishTagName()
                state = .beforeAttributeName
                return
            case ASCII.solidus:
                finishTagName()
                state = .selfClosingStartTag
                return
            case ASCII.greaterThan:
                finishTagName()
                state = .data
                emitTag()
                return
            case ASCII.null:
                error(.unexpectedNullCharacter)
                appendReplacementCharacterToName()
            default:
                nameBuffer.append(ASCII.lowercased(byte))
            }
        }
        error(.eofInTag)
        emitEndOfFile()
    }

    /// 13.2.5.32 Before attribute name state.
    ///
    /// Well-formed attributes run back to back from here: while the next state is the usual one
    /// (name, `=`, quoted value, whitespace) its function is called directly, and the loop comes
    /// back here after the whitespace. Any other turn sets the state and returns to `tagStates()`.
    mutating func beforeAttributeNameState() {
        while true {
            while position < input.count && ASCII.isWhitespace(input[position]) { position += 1 }
            guard !isAtEnd else {
                state = .afterAttributeName
                return
            }
            let byte = current
            // `/` and `>` are reconsumed in the after attribute name state, which takes them as
            // below (it has no whitespace left to skip).
            if byte == ASCII.solidus {
                position += 1
                state = .selfClosingStartTag
                return selfClosingStartTagState()
            }
            if byte == ASCII.greaterThan {
                position += 1
                state = .data
                return emitTag()
            }
            if byte == ASCII.equals {
                error(.unexpectedEqualsSignBeforeAttributeName)
                position += 1
                beginAttribute()
                nameBuffer.append(byte)
                attributeNameIsBuffered = true
                state = .attributeName
                return
            }
            beginAttribute()
            state = .attributeName
            attributeNameState()
            guard state == .beforeAttributeValue else { return }
            beforeAttributeValueState()
            switch state {
            case .attributeValueDoubleQuoted: attributeValueQuotedState(quote: ASCII.quotationMark)
            case .attributeValueSingleQuoted: attributeValueQuotedState(quote: ASCII.apostrophe)
            default: return
            }
            // 13.2.5.39 After attribute value (quoted) state, its two usual cases.
            guard state == .afterAttributeValueQuoted, !finished, !isAtEnd else { return }
            if current == ASCII.greaterThan {
                position += 1
                state = .data
                return emitTag()
            }
            guard ASCII.isWhitespace(current) else { return }
            position += 1
            state = .beforeAttributeName
        }
    }

    /// 13.2.5.33 Attribute name state, scanned as a run like the tag name (see ``tagNameState()``);
    /// U+0000, `"`, `'` and `<` (parse errors) take the byte-by-byte path.
    mutating func attributeNameState() {
        guard !attributeNameIsBuffered else { return attributeNameStateSlowly(from: position) }
        let start = position
        let hasUpper = scanName(stops: NameStops.attributeName)
        let terminator = isAtEnd ? ASCII.null : current
        switch terminator {
        case _ where isAtEnd:
            finishAttributeName(from: start, to: position, hasUpper: hasUpper)
            state = .afterAttributeName
        case ASCII.equals:
            position += 1
            finishAttributeName(from: start, to: position - 1, hasUpper: hasUpper)
            state = .beforeAttributeValue
        case ASCII.null, ASCII.quotationMark, ASCII.apostrophe, ASCII.lessThan:
            attributeNameStateSlowly(from: start)
        default:
            finishAttributeName(from: start, to: position, hasUpper: hasUpper)
            state = .afterAttributeName
        }
    }

    /// The attribute name state byte by byte into `nameBuffer`, from `start` on.
    @inline(never)
    private mutating func attributeNameStateSlowly(from start: Int) {
        if attributeNameIsBuffered {
            attributeNameIsBuffered = false
        } else {
            bufferLowercased(from: start, to: position)
        }
        while position < input.count {
            let byte = input[position]
            switch byte {
            case ASCII.tab, ASCII.lineFeed, ASCII.formFeed, ASCII.space, ASCII.solidus, ASCII.greaterThan:
                finishBufferedAttributeName()
                state = .afterAttributeName
                return
            case ASCII.equals:
                position += 1
                finishBufferedAttributeName()
                state = .beforeAttributeValue
                return
            case ASCII.null:
                error(.unexpectedNullCharacter)
                appendReplacementCharacterToName()
            case ASCII.quotationMark, ASCII.apostrophe, ASCII.lessThan:
                error(.unexpectedCharacterInAttributeName)
                nameBuffer.append(byte)
            default:
                nameBuffer.append(ASCII.lowercased(byte))
            }
            position += 1
        }
        finishBufferedAttributeName()
        state = .afterAttributeName
    }

    /// 13.2.5.34 After attribute name state.
    mutating func afterAttributeNameState() {
        while position < input.count && ASCII.isWhitespace(input[position]) { position += 1 }
        guard !isAtEnd else {
            error(.eofInTag)
            return emitEndOfFile()
        }
        switch current {
        case ASCII.solidus:
            position += 1
            state = .selfClosingStartTag
        case ASCII.equals:
            position += 1
            state = .beforeAttributeValue
        case ASCII.greaterThan:
            position += 1
            state = .data
            emitTag()
        default:
            beginAttribute()
            state = .attributeName
        }
    }

    /// 13.2.5.35 Before attribute value state.
    mutating func beforeAttributeValueState() {
        while position < input.count && ASCII.isWhitespace(input[position]) { position += 1 }
        guard !isAtEnd else {
            state = .attributeValueUnquoted
            return
        }
        switch current {
        case ASCII.quotationMark:
            position += 1
            state = .attributeValueDoubleQuoted
        case ASCII.apostrophe:
            position += 1
            state = .attributeValueSingleQuoted
        case ASCII.greaterThan:
            position += 1
            error(.missingAttributeValue)
            state = .data
            emitTag()
        default:
            state = .attributeValueUnquoted
        }
    }

    /// 13.2.5.36 Attribute value (double-quoted) state and 13.2.5.37 its single-quoted twin.
    mutating func attributeValueQuotedState(quote: UInt8) {
        while true {
            let start = position
            position = ByteScan.firstIndex(in: input, from: position, of: quote, ASCII.ampersand, ASCII.null)
            appendInputToAttributeValue(from: start, to: position)
            guard !isAtEnd else {
                error(.eofInTag)
                return emitEndOfFile()
            }
            let byte = current
            position += 1
            switch byte {
            case quote:
                state = .afterAttributeValueQuoted
                return
            case ASCII.ampersand:
                consumeCharacterReference(inAttribute: true)
            default:
                error(.unexpectedNullCharacter)
                ASCII.replacementCharacter.withUnsafeBufferPointer { appendDecodedToAttributeValue($0) }
            }
        }
    }

    /// 13.2.5.38 Attribute value (unquoted) state. Runs of ordinary bytes are taken whole.
    mutating func attributeValueUnquotedState() {
        while position < input.count {
            let start = position
            while position < input.count && !NameStops.endsUnquotedRun(input[position]) { position += 1 }
            appendInputToAttributeValue(from: start, to: position)
            guard !isAtEnd else { break }
            let byte = current
            position += 1
            switch byte {
            case ASCII.tab, ASCII.lineFeed, ASCII.formFeed, ASCII.space:
                state = .beforeAttributeName
                return
            case ASCII.ampersand:
                consumeCharacterReference(inAttribute: true)
            case ASCII.greaterThan:
                state = .data
                emitTag()
                return
            case ASCII.null:
                error(.unexpectedNullCharacter)
                ASCII.replacementCharacter.withUnsafeBufferPointer { appendDecodedToAttributeValue($0) }
            default:
                // `"`, `'`, `<`, `=` or a grave accent: a parse error, kept in the value.
                error(.unexpectedCharacterInUnquotedAttributeValue)
                appendInputToAttributeValue(from: position - 1, to: position)
            }
        }
        error(.eofInTag)
        emitEndOfFile()
    }

    /// 13.2.5.39 After attribute value (quoted) state.
    mutating func afterAttributeValueQuotedState() {
        guard !isAtEnd else {
            error(.eofInTag)
            return emitEndOfFile()
        }
        switch current {
        case ASCII.tab, ASCII.lineFeed, ASCII.formFeed, ASCII.space:
            position += 1
            state = .beforeAttributeName
        case ASCII.solidus:
            position += 1
            state = .selfClosingStartTag
        case ASCII.greaterThan:
            position += 1
            state = .data
            emitTag()
        default:
            error(.missingWhitespaceBetweenAttributes)
            state = .beforeAttributeName
        }
    }

    /// 13.2.5.40 Self-closing start tag state.
    mutating func selfClosingStartTagState() {
        guard !isAtEnd else {
            error(.eofInTag)
            return emitEndOfFile()
        }
        if current == ASCII.greaterThan {
            position += 1
            tag.isSelfClosing = true
            state = .data
            emitTag()
        } else {
            error(.unexpectedSolidusInTag)
            state = .beforeAttributeName
        }
    }
}
