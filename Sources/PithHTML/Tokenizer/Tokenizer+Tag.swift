/// The tag states: tag open, tag name, attributes, self-closing (13.2.5.6–8, 13.2.5.32–40).
extension Tokenizer {
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
    mutating func tagNameState() {
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
                nameBuffer.append(contentsOf: ASCII.replacementCharacter)
            default:
                nameBuffer.append(ASCII.lowercased(byte))
            }
        }
        error(.eofInTag)
        emitEndOfFile()
    }

    /// 13.2.5.32 Before attribute name state.
    mutating func beforeAttributeNameState() {
        while position < input.count && ASCII.isWhitespace(input[position]) { position += 1 }
        guard !isAtEnd else {
            state = .afterAttributeName
            return
        }
        let byte = current
        if byte == ASCII.solidus || byte == ASCII.greaterThan {
            state = .afterAttributeName
        } else if byte == ASCII.equals {
            error(.unexpectedEqualsSignBeforeAttributeName)
            position += 1
            beginAttribute()
            nameBuffer.append(byte)
            state = .attributeName
        } else {
            beginAttribute()
            state = .attributeName
        }
    }

    /// 13.2.5.33 Attribute name state.
    mutating func attributeNameState() {
        while position < input.count {
            let byte = input[position]
            switch byte {
            case ASCII.tab, ASCII.lineFeed, ASCII.formFeed, ASCII.space, ASCII.solidus, ASCII.greaterThan:
                finishAttributeName()
                state = .afterAttributeName
                return
            case ASCII.equals:
                position += 1
                finishAttributeName()
                state = .beforeAttributeValue
                return
            case ASCII.null:
                error(.unexpectedNullCharacter)
                nameBuffer.append(contentsOf: ASCII.replacementCharacter)
            case ASCII.quotationMark, ASCII.apostrophe, ASCII.lessThan:
                error(.unexpectedCharacterInAttributeName)
                nameBuffer.append(byte)
            default:
                nameBuffer.append(ASCII.lowercased(byte))
            }
            position += 1
        }
        finishAttributeName()
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
            appendToAttributeValue(UnsafeBufferPointer(rebasing: input[start..<position]))
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
                ASCII.replacementCharacter.withUnsafeBufferPointer { appendToAttributeValue($0) }
            }
        }
    }

    /// 13.2.5.38 Attribute value (unquoted) state.
    mutating func attributeValueUnquotedState() {
        while position < input.count {
            let byte = input[position]
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
                ASCII.replacementCharacter.withUnsafeBufferPointer { appendToAttributeValue($0) }
            default:
                if byte == ASCII.quotationMark || byte == ASCII.apostrophe || byte == ASCII.lessThan
                    || byte == ASCII.equals || byte == ASCII.graveAccent
                {
                    error(.unexpectedCharacterInUnquotedAttributeValue)
                }
                appendToAttributeValue(UnsafeBufferPointer(rebasing: input[(position - 1)..<position]))
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

    // MARK: - Attributes

    /// Starts a new attribute; its name is read into `nameBuffer`.
    mutating func beginAttribute() {
        finishAttribute()
        nameBuffer.removeAll(keepingCapacity: true)
        attributeIsOpen = true
        attributeIsDropped = true  // until its name is known
    }

    /// Leaving the attribute name state: a name the tag already has is dropped with its value
    /// (13.2.5.33), as is any attribute past `limits.maxAttributesPerElement`.
    mutating func finishAttributeName() {
        guard tag.attributes.count < limits.maxAttributesPerElement else {
            attributeIsDropped = true
            return
        }
        let name = nameBuffer.withUnsafeBufferPointer { names.intern($0) }
        if tag.attributes.contains(where: { $0.name == name }) {
            error(.duplicateAttribute)
            attributeIsDropped = true
        } else {
            attributeIsDropped = false
            tag.attributes.append(TagAttribute(name: name, valueStart: UInt32(tag.valueBytes.count)))
        }
    }

    mutating func appendToAttributeValue(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !attributeIsDropped, !bytes.isEmpty else { return }
        tag.valueBytes.append(contentsOf: bytes)
    }

    /// Closes the open attribute, fixing its value's length.
    mutating func finishAttribute() {
        guard attributeIsOpen else { return }
        attributeIsOpen = false
        guard !attributeIsDropped, let last = tag.attributes.indices.last else { return }
        tag.attributes[last].valueLength = UInt32(tag.valueBytes.count) - tag.attributes[last].valueStart
    }
}
