/// Markup declarations and comments (13.2.5.41–52).
extension Tokenizer {
    /// 13.2.5.41 Bogus comment state.
    mutating func bogusCommentState() {
        while position < input.count {
            let start = position
            position = ByteScan.firstIndex(in: input, from: position, of: ASCII.greaterThan, ASCII.null)
            commentBuffer.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<position]))
            guard !isAtEnd else { break }
            let byte = current
            position += 1
            if byte == ASCII.greaterThan {
                state = .data
                return emitComment()
            }
            error(.unexpectedNullCharacter)
            commentBuffer.append(contentsOf: ASCII.replacementCharacter)
        }
        emitComment()
        emitEndOfFile()
    }

    /// 13.2.5.42 Markup declaration open state.
    mutating func markupDeclarationOpenState() {
        commentBuffer.removeAll(keepingCapacity: true)
        if lookingAt("--", caseInsensitive: false) {
            position += 2
            state = .commentStart
        } else if lookingAt("DOCTYPE", caseInsensitive: true) {
            position += 7
            state = .doctype
        } else if lookingAt("[CDATA[", caseInsensitive: false) {
            position += 7
            if sink.allowsCDATASection {
                state = .cdataSection
            } else {
                error(.cdataInHTMLContent)
                commentBuffer.append(contentsOf: "[CDATA[".utf8)
                state = .bogusComment
            }
        } else {
            error(.incorrectlyOpenedComment)
            state = .bogusComment
        }
    }

    /// 13.2.5.43 Comment start state.
    mutating func commentStartState() {
        if !isAtEnd && current == ASCII.hyphen {
            position += 1
            state = .commentStartDash
        } else if !isAtEnd && current == ASCII.greaterThan {
            position += 1
            error(.abruptClosingOfEmptyComment)
            state = .data
            emitComment()
        } else {
            state = .comment
        }
    }

    /// 13.2.5.44 Comment start dash state.
    mutating func commentStartDashState() {
        guard !isAtEnd else { return endCommentAtEndOfFile() }
        switch current {
        case ASCII.hyphen:
            position += 1
            state = .commentEnd
        case ASCII.greaterThan:
            position += 1
            error(.abruptClosingOfEmptyComment)
            state = .data
            emitComment()
        default:
            commentBuffer.append(ASCII.hyphen)
            state = .comment
        }
    }

    /// 13.2.5.45 Comment state.
    mutating func commentState() {
        while true {
            let start = position
            position = ByteScan.firstIndex(in: input, from: position, of: ASCII.lessThan, ASCII.hyphen, ASCII.null)
            commentBuffer.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<position]))
            guard !isAtEnd else { return endCommentAtEndOfFile() }
            let byte = current
            position += 1
            switch byte {
            case ASCII.lessThan:
                commentBuffer.append(byte)
                state = .commentLessThanSign
                return
            case ASCII.hyphen:
                state = .commentEndDash
                return
            default:
                error(.unexpectedNullCharacter)
                commentBuffer.append(contentsOf: ASCII.replacementCharacter)
            }
        }
    }

    /// 13.2.5.46 Comment less-than sign state.
    mutating func commentLessThanSignState() {
        if !isAtEnd && current == ASCII.exclamationMark {
            position += 1
            commentBuffer.append(ASCII.exclamationMark)
            state = .commentLessThanSignBang
        } else if !isAtEnd && current == ASCII.lessThan {
            position += 1
            commentBuffer.append(ASCII.lessThan)
        } else {
            state = .comment
        }
    }

    /// 13.2.5.47 Comment less-than sign bang state.
    mutating func commentLessThanSignBangState() {
        if !isAtEnd && current == ASCII.hyphen {
            position += 1
            state = .commentLessThanSignBangDash
        } else {
            state = .comment
        }
    }

    /// 13.2.5.48 Comment less-than sign bang dash state.
    mutating func commentLessThanSignBangDashState() {
        if !isAtEnd && current == ASCII.hyphen {
            position += 1
            state = .commentLessThanSignBangDashDash
        } else {
            state = .commentEndDash
        }
    }

    /// 13.2.5.49 Comment less-than sign bang dash dash state.
    mutating func commentLessThanSignBangDashDashState() {
        if !isAtEnd && current != ASCII.greaterThan {
            error(.nestedComment)
        }
        state = .commentEnd
    }

    /// 13.2.5.50 Comment end dash state.
    mutating func commentEndDashState() {
        guard !isAtEnd else { return endCommentAtEndOfFile() }
        if current == ASCII.hyphen {
            position += 1
            state = .commentEnd
        } else {
            commentBuffer.append(ASCII.hyphen)
            state = .comment
        }
    }

    /// 13.2.5.51 Comment end state.
    mutating func commentEndState() {
        guard !isAtEnd else { return endCommentAtEndOfFile() }
        switch current {
        case ASCII.greaterThan:
            position += 1
            state = .data
            emitComment()
        case ASCII.exclamationMark:
            position += 1
            state = .commentEndBang
        case ASCII.hyphen:
            position += 1
            commentBuffer.append(ASCII.hyphen)
        default:
            commentBuffer.append(contentsOf: [ASCII.hyphen, ASCII.hyphen])
            state = .comment
        }
    }

    /// 13.2.5.52 Comment end bang state.
    mutating func commentEndBangState() {
        guard !isAtEnd else { return endCommentAtEndOfFile() }
        switch current {
        case ASCII.hyphen:
            position += 1
            commentBuffer.append(contentsOf: [ASCII.hyphen, ASCII.hyphen, ASCII.exclamationMark])
            state = .commentEndDash
        case ASCII.greaterThan:
            position += 1
            error(.incorrectlyClosedComment)
            state = .data
            emitComment()
        default:
            commentBuffer.append(contentsOf: [ASCII.hyphen, ASCII.hyphen, ASCII.exclamationMark])
            state = .comment
        }
    }

    private mutating func endCommentAtEndOfFile() {
        error(.eofInComment)
        emitComment()
        emitEndOfFile()
    }
}
