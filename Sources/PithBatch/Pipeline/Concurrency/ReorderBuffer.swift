/// Holds results that finished early until every result before them is out, so that output
/// follows input order.
///
/// Records are numbered consecutively from 1. The buffer has a fixed number of slots: a record
/// may only be inserted while it is fewer than ``capacity`` places ahead of the next one due —
/// the ``InFlightWindow`` guarantees that, since a record only gets a ticket once the one
/// `capacity` places before it has been written.
struct ReorderBuffer<Element> {
    /// Slots, indexed by record number modulo capacity.
    private var slots: [Element?]
    /// The number of the record due next.
    private(set) var nextNumber: Int
    /// Records held now.
    private(set) var count = 0

    /// Makes an empty buffer of `capacity` slots, expecting record `first` first.
    init(capacity: Int, first: Int = 1) {
        precondition(capacity >= 1, "a reorder buffer needs a slot")
        slots = Array(repeating: nil, count: capacity)
        nextNumber = first
    }

    /// Slots in the buffer.
    var capacity: Int { slots.count }

    /// Stores record `number`.
    mutating func insert(_ element: Element, number: Int) {
        precondition(number >= nextNumber && number - nextNumber < capacity, "record \(number) outside the reorder window")
        let slot = number % capacity
        precondition(slots[slot] == nil, "record \(number) inserted twice")
        slots[slot] = element
        count += 1
    }

    /// The record due next, when it has arrived; it leaves the buffer.
    mutating func popNext() -> Element? {
        let slot = nextNumber % capacity
        guard let element = slots[slot] else { return nil }
        slots[slot] = nil
        nextNumber += 1
        count -= 1
        return element
    }
}
