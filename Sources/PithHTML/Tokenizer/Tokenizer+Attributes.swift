/// The attributes of the tag being read (13.2.5.33–38): kept in the tokenizer's scratch buffers,
/// each value a slice of the input for as long as it can be.
extension Tokenizer {
    /// Starts a new attribute; its name is read next.
    mutating func beginAttribute() {
        nameBuffer.removeAll()
        attributeNameIsBuffered = false
        attributeIsDropped = true  // until its name is known
    }

    /// Leaving the attribute name state with the name `input[start..<end]`.
    @inline(__always)
    mutating func finishAttributeName(from start: Int, to end: Int, hasUpper: Bool) {
        // Names past the limit are not even interned (see `addAttribute`).
        guard attributes.count < limits.maxAttributesPerElement else {
            attributeIsDropped = true
            return
        }
        addAttribute(internName(from: start, to: end, hasUpper: hasUpper))
    }

    /// Leaving the attribute name state with the name in `nameBuffer`.
    mutating func finishBufferedAttributeName() {
        guard attributes.count < limits.maxAttributesPerElement else {
            attributeIsDropped = true
            return
        }
        addAttribute(names.intern(UnsafeBufferPointer(nameBuffer.elements)))
    }

    /// Adds an attribute named `name` with an empty value, unless the tag has one of that name
    /// already: then it is dropped with its value (13.2.5.33), as is any attribute past
    /// `limits.maxAttributesPerElement` (checked by the callers, before they intern the name).
    @inline(__always)
    mutating func addAttribute(_ name: LocalName) {
        if attributes.elements.contains(where: { $0.name == name }) {
            error(.duplicateAttribute)
            attributeIsDropped = true
        } else {
            attributeIsDropped = false
            attributes.append(TagAttribute(name: name))
        }
    }

    /// Appends `input[start..<end]` to the value of the attribute being read. While the value is one
    /// run of the input it stays there (the token points at it); otherwise it is copied.
    @inline(__always)
    mutating func appendInputToAttributeValue(from start: Int, to end: Int) {
        guard !attributeIsDropped, start < end else { return }
        let last = attributes.count - 1
        let attribute = attributes[last]
        if !attribute.isDecoded {
            if attribute.valueLength == 0 {
                attributes[last].valueStart = UInt32(start)
                attributes[last].valueLength = UInt32(end - start)
                return
            }
            if Int(attribute.valueStart) + Int(attribute.valueLength) == start {
                attributes[last].valueLength += UInt32(end - start)
                return
            }
        }
        appendDecodedToAttributeValue(UnsafeBufferPointer(rebasing: input[start..<end]))
    }

    /// Appends bytes that do not continue the value's run of the input (decoded references, U+FFFD):
    /// the value moves to `decodedValues` first if it is still in the input.
    mutating func appendDecodedToAttributeValue(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !attributeIsDropped, !bytes.isEmpty else { return }
        let last = attributes.count - 1
        let attribute = attributes[last]
        if !attribute.isDecoded {
            let start = Int(attribute.valueStart)
            attributes[last].isDecoded = true
            attributes[last].valueStart = UInt32(decodedValues.count)
            decodedValues.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<start + Int(attribute.valueLength)]))
        }
        decodedValues.append(contentsOf: bytes)
        attributes[last].valueLength += UInt32(bytes.count)
    }
}
