/// A growable buffer of plain values that the tokenizer reuses from token to token: tag and
/// attribute names, attributes, attribute values that are not slices of the input.
///
/// `Array` would do, at a cost on the hottest paths: every append checks that the storage is not
/// shared (a runtime call) and clearing goes through `replaceSubrange`. This buffer is never shared
/// (the type is noncopyable), so an append is a capacity check and a store, and clearing is one
/// store. This file holds the buffer's unchecked memory accesses.
///
/// `Element` must be a plain value (integers and structs of them, no references): the buffer never
/// deinitializes what it drops.
struct ScratchBuffer<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 1)
        base = UnsafeMutablePointer.allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// Empties the buffer, keeping its storage.
    @inline(__always)
    mutating func removeAll() { count = 0 }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(toHold: count + 1) }
        // SAFETY: `count < capacity` after the check above.
        (base + count).initialize(to: element)
        count += 1
    }

    @inline(__always)
    mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress else { return }
        if capacity - count < elements.count { grow(toHold: count + elements.count) }
        // SAFETY: the check above leaves room for `elements.count` more.
        (base + count).initialize(from: source, count: elements.count)
        count += elements.count
    }

    subscript(index: Int) -> Element {
        @inline(__always) get {
            precondition(index >= 0 && index < count, "scratch buffer index out of range")
            // SAFETY: checked just above.
            return base[index]
        }
        @inline(__always) set {
            precondition(index >= 0 && index < count, "scratch buffer index out of range")
            // SAFETY: checked just above.
            base[index] = newValue
        }
    }

    /// The elements, valid until the buffer next grows or is destroyed.
    var elements: UnsafeMutableBufferPointer<Element> {
        @inline(__always) get { UnsafeMutableBufferPointer(start: base, count: count) }
    }

    @inline(never)
    private mutating func grow(toHold minimum: Int) {
        var newCapacity = capacity * 2
        while newCapacity < minimum { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        // SAFETY: the first `count` elements are initialised; the new block holds `newCapacity ≥ count`.
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
