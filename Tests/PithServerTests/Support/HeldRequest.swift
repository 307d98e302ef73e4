/// An extraction request that holds its admission place: its head is sent, its body only in
/// part, until ``finish()``.
struct HeldRequest {
    private let connection: RawConnection
    private let remainder: String

    /// Sends the head and the first bytes of a small HTML page to `server`, and waits until the
    /// server has admitted it (its metrics say so), so that the next extraction request meets a
    /// full gate rather than racing this one for the place.
    init(server: LiveServer) async throws {
        let page = "<html><body><article><h1>Held</h1><p>" + String(repeating: "Words of a held request. ", count: 20) + "</p></article></body></html>"
        connection = try RawConnection(port: server.port)
        try connection.send(
            "POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/html\r\nContent-Length: \(page.utf8.count)\r\nConnection: close\r\n\r\n")
        try connection.send(String(page.prefix(10)))
        remainder = String(page.dropFirst(10))
        for _ in 0..<500 {
            if try await server.request(.GET, "/metrics").body.contains("\npith_extract_requests_admitted 1\n") { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw TestFailure("the server never admitted the held request")
    }

    /// Sends the rest of the body and reads the answer.
    func finish() async throws -> String {
        try connection.send(remainder)
        return try await connection.readResponse(timeout: 10).text
    }
}
