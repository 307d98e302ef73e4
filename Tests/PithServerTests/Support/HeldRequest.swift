/// An extraction request that holds its admission place: its head is sent, its body only in
/// part, until ``finish()``.
struct HeldRequest {
    private let connection: RawConnection
    private let remainder: String

    /// Sends the head and the first bytes of a small HTML page to the server on `port`.
    init(port: Int) throws {
        let page = "<html><body><article><h1>Held</h1><p>" + String(repeating: "Words of a held request. ", count: 20) + "</p></article></body></html>"
        connection = try RawConnection(port: port)
        try connection.send(
            "POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/html\r\nContent-Length: \(page.utf8.count)\r\nConnection: close\r\n\r\n")
        try connection.send(String(page.prefix(10)))
        remainder = String(page.dropFirst(10))
    }

    /// Sends `request` until the server answers 503 (once it has admitted the held request).
    ///
    /// - Returns: the 503 response.
    static func waitForBusy(_ request: () async throws -> TestResponse) async throws -> TestResponse {
        for _ in 0..<100 {
            let response = try await request()
            if response.status == 503 { return response }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw TestFailure("the server never reported itself busy")
    }

    /// Sends the rest of the body and reads the raw answer.
    func finish() async throws -> String {
        try connection.send(remainder)
        return try await connection.readResponse(timeout: 10).text
    }
}
