internal import PithHTML

extension Document {
    /// The text under `node` with a space between text nodes, white space collapsed, scripts and
    /// styles left out: what a reader sees of a short element such as a byline, where
    /// `By<span>Jane Doe</span>` reads "By Jane Doe" (``textContent(of:)`` would run them together).
    ///
    /// - Complexity: O(n) in the subtree's nodes; callers use it on small elements.
    func spacedText(of node: NodeID) -> String {
        spacedText(of: node, limit: Int.max) ?? ""
    }

    /// ``spacedText(of:)`` when the element's text is at most `limit` bytes, `nil` otherwise
    /// (the walk stops there, so the cost is bounded by the limit and the subtree's elements).
    func spacedText(of node: NodeID, limit: Int) -> String? {
        var bytes: [UInt8] = []
        var skippedDepth = 0
        for event in walk(from: node) {
            switch event {
            case .enter(let child):
                if kind(of: child) == .element, isHTMLElement(child, named: .script) || isHTMLElement(child, named: .style) {
                    skippedDepth += 1
                } else if skippedDepth == 0, kind(of: child) == .text {
                    if !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
                    withTextBytes(of: child) { bytes.append(contentsOf: $0) }
                    if bytes.count > limit { return nil }
                }
            case .leave(let child):
                if kind(of: child) == .element, isHTMLElement(child, named: .script) || isHTMLElement(child, named: .style) {
                    skippedDepth -= 1
                }
            }
        }
        return TextNormalization.collapsingWhitespace(String(decoding: bytes, as: UTF8.self))
    }
}
