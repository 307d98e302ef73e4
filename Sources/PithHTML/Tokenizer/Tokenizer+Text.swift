/// The text states: data, RCDATA, RAWTEXT, PLAINTEXT, script data and its escape states
/// (13.2.5.1–5, 13.2.5.9–31). Runs of ordinary bytes are queued whole.
extension Tokenizer {
    /// 13.2.5.1 Data state.
    mutating func dataState() {
        let start = position
        position = ByteScan.firstIndex(in: input, from: position, of: ASCII.lessThan, ASCII.ampersand, ASCII.null)
        emitInput(from: start, to: position)
        guard !isAtEnd else { return emitEndOfFile() }
        let byte = current
        position += 1
        switch byte {
        case ASCII.ampersand:
            consumeCharacterReference(inAttribute: false)
        case ASCII.lessThan:
            // Straight on to the tag states, saving a trip through `step()`.
            state = .tagOpen
            tagStates()
        default:
            error(.unexpectedNullCharacter)
            flushText()
            sink.processNullCharacter()
        }
    }

    /// 13.2.5.2 RCDATA state.
    mutating func rcdataState() {
        let start = position
        position = ByteScan.firstIndex(in: input, from: position, of: ASCII.lessThan, ASCII.ampersand, ASCII.null)
        emitInput(from: start, to: position)
        guard !isAtEnd else { return emitEndOfFile() }
        let byte = current
        position += 1
        switch byte {
        case ASCII.ampersand:
            consumeCharacterReference(inAttribute: false)
        case ASCII.lessThan:
            markStart = position - 1
            state = .rcdataLessThanSign
        default:
            error(.unexpectedNullCharacter)
            emitReplacementCharacter()
        }
    }

    /// 13.2.5.3 RAWTEXT state, 13.2.5.4 script data state and 13.2.5.5 PLAINTEXT state differ only
    /// in where `<` leads.
    private mutating func plainTextRun(lessThanState: TokenizerState?) {
        let start = position
        position = ByteScan.firstIndex(in: input, from: position, of: ASCII.null, lessThanState == nil ? ASCII.null : ASCII.lessThan)
        emitInput(from: start, to: position)
        guard !isAtEnd else { return emitEndOfFile() }
        let byte = current
        position += 1
        if byte == ASCII.lessThan, let lessThanState {
            markStart = position - 1
            state = lessThanState
        } else {
            error(.unexpectedNullCharacter)
            emitReplacementCharacter()
        }
    }

    mutating func rawtextState() {
        while state == .rawtext && !finished {
            plainTextRun(lessThanState: .rawtextLessThanSign)
            // A `<` is taken through the states it leads to right away: most are text after all
            // (and the loop scans on), the rest an end tag (emitted) or the end of the input.
            if state == .rawtextLessThanSign { textLessThanSignState(text: .rawtext, endTagOpen: .rawtextEndTagOpen) }
            if state == .rawtextEndTagOpen { textEndTagOpenState(text: .rawtext, endTagName: .rawtextEndTagName) }
            if state == .rawtextEndTagName { textEndTagNameState(text: .rawtext) }
        }
    }

    mutating func scriptDataState() {
        while state == .scriptData && !finished {
            plainTextRun(lessThanState: .scriptDataLessThanSign)
            // As in `rawtextState()`; `<!` leads to the escape states, which `step()` runs.
            if state == .scriptDataLessThanSign { scriptDataLessThanSignState() }
            if state == .scriptDataEndTagOpen { textEndTagOpenState(text: .scriptData, endTagName: .scriptDataEndTagName) }
            if state == .scriptDataEndTagName { textEndTagNameState(text: .scriptData) }
        }
    }
    mutating func plaintextState() { plainTextRun(lessThanState: nil) }

    /// 13.2.5.9 RCDATA less-than sign state and 13.2.5.12 RAWTEXT less-than sign state.
    mutating func textLessThanSignState(text: TokenizerState, endTagOpen: TokenizerState) {
        if !isAtEnd && current == ASCII.solidus {
            position += 1
            state = endTagOpen
        } else {
            emitInput(from: markStart, to: position)
            state = text
        }
    }

    /// 13.2.5.10 RCDATA end tag open state, and its RAWTEXT, script data and escaped twins.
    mutating func textEndTagOpenState(text: TokenizerState, endTagName: TokenizerState) {
        if !isAtEnd && ASCII.isAlpha(current) {
            beginTag(isEnd: true)
            state = endTagName
        } else {
            emitInput(from: markStart, to: position)
            state = text
        }
    }

    /// 13.2.5.11 RCDATA end tag name state, and its RAWTEXT, script data and escaped twins: the
    /// end tag counts only if it closes the element that opened the text.
    mutating func textEndTagNameState(text: TokenizerState) {
        let start = position
        var upperCaseLetters = 0
        while position < input.count && ASCII.isAlpha(input[position]) {
            upperCaseLetters &+= ASCII.isUpperAlpha(input[position]) ? 1 : 0
            position += 1
        }
        if position < input.count && isAppropriateEndTag(from: start, hasUpper: upperCaseLetters != 0) {
            switch input[position] {
            case ASCII.tab, ASCII.lineFeed, ASCII.formFeed, ASCII.space:
                position += 1
                tag.name = lastStartTagName
                state = .beforeAttributeName
                return
            case ASCII.solidus:
                position += 1
                tag.name = lastStartTagName
                state = .selfClosingStartTag
                return
            case ASCII.greaterThan:
                position += 1
                tag.name = lastStartTagName
                state = .data
                emitTag()
                return
            default:
                break
            }
        }
        // Not an end tag after all: the bytes so far are text.
        emitInput(from: markStart, to: position)
        state = text
    }

    /// Whether the letters `input[start..<position]`, lowercased, spell the last start tag's name
    /// (13.2.5 "appropriate end tag token").
    private mutating func isAppropriateEndTag(from start: Int, hasUpper: Bool) -> Bool {
        guard lastStartTagName != .none else { return false }
        if hasUpper {
            bufferLowercased(from: start, to: position)
            return names.lookUp(UnsafeBufferPointer(nameBuffer.elements)) == lastStartTagName
        }
        return names.lookUp(UnsafeBufferPointer(rebasing: input[start..<position])) == lastStartTagName
    }

    /// 13.2.5.15 Script data less-than sign state.
    mutating func scriptDataLessThanSignState() {
        if !isAtEnd && current == ASCII.solidus {
            position += 1
            state = .scriptDataEndTagOpen
        } else if !isAtEnd && current == ASCII.exclamationMark {
            position += 1
            emitInput(from: markStart, to: position)
            state = .scriptDataEscapeStart
        } else {
            emitInput(from: markStart, to: position)
            state = .scriptData
        }
    }

    /// 13.2.5.18 Script data escape start state.
    mutating func scriptDataEscapeStartState() {
        if !isAtEnd && current == ASCII.hyphen {
            position += 1
            emitInput(from: position - 1, to: position)
            state = .scriptDataEscapeStartDash
        } else {
            state = .scriptData
        }
    }

    /// 13.2.5.19 Script data escape start dash state.
    mutating func scriptDataEscapeStartDashState() {
        if !isAtEnd && current == ASCII.hyphen {
            position += 1
            emitInput(from: position - 1, to: position)
            state = .scriptDataEscapedDashDash
        } else {
            state = .scriptData
        }
    }

    /// 13.2.5.20 Script data escaped state.
    mutating func scriptDataEscapedState() {
        let start = position
        position = ByteScan.firstIndex(in: input, from: position, of: ASCII.hyphen, ASCII.lessThan, ASCII.null)
        emitInput(from: start, to: position)
        guard !isAtEnd else {
            error(.eofInScriptHTMLCommentLikeText)
            return emitEndOfFile()
        }
        let byte = current
        position += 1
        switch byte {
        case ASCII.hyphen:
            emitInput(from: position - 1, to: position)
            state = .scriptDataEscapedDash
        case ASCII.lessThan:
            markStart = position - 1
            state = .scriptDataEscapedLessThanSign
        default:
            error(.unexpectedNullCharacter)
            emitReplacementCharacter()
        }
    }

    /// 13.2.5.21 Script data escaped dash state and 13.2.5.22 script data escaped dash dash state.
    private mutating func scriptDataEscapedDash(afterTwoDashes: Bool) {
        guard !isAtEnd else {
            error(.eofInScriptHTMLCommentLikeText)
            return emitEndOfFile()
        }
        let byte = current
        position += 1
        switch byte {
        case ASCII.hyphen:
            emitInput(from: position - 1, to: position)
            state = .scriptDataEscapedDashDash
        case ASCII.lessThan:
            markStart = position - 1
            state = .scriptDataEscapedLessThanSign
        case ASCII.greaterThan where afterTwoDashes:
            emitInput(from: position - 1, to: position)
            state = .scriptData
        case ASCII.null:
            error(.unexpectedNullCharacter)
            emitReplacementCharacter()
            state = .scriptDataEscaped
        default:
            emitInput(from: position - 1, to: position)
            state = .scriptDataEscaped
        }
    }

    mutating func scriptDataEscapedDashState() { scriptDataEscapedDash(afterTwoDashes: false) }
    mutating func scriptDataEscapedDashDashState() { scriptDataEscapedDash(afterTwoDashes: true) }

    /// 13.2.5.23 Script data escaped less-than sign state.
    mutating func scriptDataEscapedLessThanSignState() {
        if !isAtEnd && current == ASCII.solidus {
            position += 1
            state = .scriptDataEscapedEndTagOpen
        } else if !isAtEnd && ASCII.isAlpha(current) {
            temporaryBuffer.removeAll(keepingCapacity: true)
            emitInput(from: markStart, to: position)
            state = .scriptDataDoubleEscapeStart
        } else {
            emitInput(from: markStart, to: position)
            state = .scriptDataEscaped
        }
    }

    /// 13.2.5.26 Script data double escape start state and 13.2.5.31 script data double escape end
    /// state: a `script` tag name toggles between escaped and double-escaped.
    private mutating func scriptDataDoubleEscapeBoundary(ifScript: TokenizerState, otherwise: TokenizerState) {
        guard !isAtEnd else {
            state = otherwise
            return
        }
        let byte = current
        switch byte {
        case ASCII.tab, ASCII.lineFeed, ASCII.formFeed, ASCII.space, ASCII.solidus, ASCII.greaterThan:
            position += 1
            emitInput(from: position - 1, to: position)
            let isScript = temporaryBuffer.elementsEqual("script".utf8)
            state = isScript ? ifScript : otherwise
        case _ where ASCII.isAlpha(byte):
            position += 1
            temporaryBuffer.append(ASCII.lowercased(byte))
            emitInput(from: position - 1, to: position)
        default:
            state = otherwise
        }
    }

    mutating func scriptDataDoubleEscapeStartState() {
        scriptDataDoubleEscapeBoundary(ifScript: .scriptDataDoubleEscaped, otherwise: .scriptDataEscaped)
    }

    mutating func scriptDataDoubleEscapeEndState() {
        scriptDataDoubleEscapeBoundary(ifScript: .scriptDataEscaped, otherwise: .scriptDataDoubleEscaped)
    }

    /// 13.2.5.27 Script data double escaped state.
    mutating func scriptDataDoubleEscapedState() {
        let start = position
        position = ByteScan.firstIndex(in: input, from: position, of: ASCII.hyphen, ASCII.lessThan, ASCII.null)
        emitInput(from: start, to: position)
        guard !isAtEnd else {
            error(.eofInScriptHTMLCommentLikeText)
            return emitEndOfFile()
        }
        let byte = current
        position += 1
        switch byte {
        case ASCII.hyphen:
            emitInput(from: position - 1, to: position)
            state = .scriptDataDoubleEscapedDash
        case ASCII.lessThan:
            emitInput(from: position - 1, to: position)
            state = .scriptDataDoubleEscapedLessThanSign
        default:
            error(.unexpectedNullCharacter)
            emitReplacementCharacter()
        }
    }

    /// 13.2.5.28 Script data double escaped dash state and 13.2.5.29 its dash dash state.
    private mutating func scriptDataDoubleEscapedDash(afterTwoDashes: Bool) {
        guard !isAtEnd else {
            error(.eofInScriptHTMLCommentLikeText)
            return emitEndOfFile()
        }
        let byte = current
        position += 1
        switch byte {
        case ASCII.hyphen:
            emitInput(from: position - 1, to: position)
            state = .scriptDataDoubleEscapedDashDash
        case ASCII.lessThan:
            emitInput(from: position - 1, to: position)
            state = .scriptDataDoubleEscapedLessThanSign
        case ASCII.greaterThan where afterTwoDashes:
            emitInput(from: position - 1, to: position)
            state = .scriptData
        case ASCII.null:
            error(.unexpectedNullCharacter)
            emitReplacementCharacter()
            state = .scriptDataDoubleEscaped
        default:
            emitInput(from: position - 1, to: position)
            state = .scriptDataDoubleEscaped
        }
    }

    mutating func scriptDataDoubleEscapedDashState() { scriptDataDoubleEscapedDash(afterTwoDashes: false) }
    mutating func scriptDataDoubleEscapedDashDashState() { scriptDataDoubleEscapedDash(afterTwoDashes: true) }

    /// 13.2.5.30 Script data double escaped less-than sign state.
    mutating func scriptDataDoubleEscapedLessThanSignState() {
        if !isAtEnd && current == ASCII.solidus {
            position += 1
            temporaryBuffer.removeAll(keepingCapacity: true)
            emitInput(from: position - 1, to: position)
            state = .scriptDataDoubleEscapeEnd
        } else {
            state = .scriptDataDoubleEscaped
        }
    }

    /// 13.2.5.69 CDATA section state.
    mutating func cdataSectionState() {
        let start = position
        position = ByteScan.firstIndex(in: input, from: position, of: ASCII.rightBracket, ASCII.null)
        emitInput(from: start, to: position)
        guard !isAtEnd else {
            error(.eofInCDATA)
            return emitEndOfFile()
        }
        let byte = current
        position += 1
        if byte == ASCII.rightBracket {
            markStart = position - 1
            state = .cdataSectionBracket
        } else {
            // U+0000 is emitted as is here; the tree builder replaces it in foreign content.
            flushText()
            sink.processNullCharacter()
        }
    }

    /// 13.2.5.70 CDATA section bracket state.
    mutating func cdataSectionBracketState() {
        if !isAtEnd && current == ASCII.rightBracket {
            position += 1
            state = .cdataSectionEnd
        } else {
            emitInput(from: markStart, to: markStart + 1)
            state = .cdataSection
        }
    }

    /// 13.2.5.71 CDATA section end state.
    mutating func cdataSectionEndState() {
        if !isAtEnd && current == ASCII.rightBracket {
            // Emit the first of the brackets seen so far; the last two may still end the section.
            emitInput(from: position - 2, to: position - 1)
            position += 1
        } else if !isAtEnd && current == ASCII.greaterThan {
            position += 1
            state = .data
        } else {
            emitInput(from: position - 2, to: position)
            state = .cdataSection
        }
    }
}
