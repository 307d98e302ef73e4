#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import NIOPosix

/// A bare TCP connection to a loopback port, for clients no HTTP library would imitate: one that
/// stops halfway through its request head or body.
final class RawConnection: Sendable {
    private let socket: Int32

    /// Connects to `127.0.0.1:port`.
    init(port: Int) throws {
        #if canImport(Darwin)
        socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #else
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard socket >= 0 else { throw TestFailure("socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = in_addr_t(UInt32(0x7F00_0001).bigEndian)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(socket)
            throw TestFailure("connect() to 127.0.0.1:\(port) failed")
        }
    }

    deinit { close(socket) }

    /// Sends `text` as UTF-8.
    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { systemSend(socket, $0.baseAddress, $0.count) }
            guard count > 0 else { throw TestFailure("send() failed") }
            sent += count
        }
    }

    /// Reads one HTTP response: until its head and `Content-Length` bytes of body have arrived,
    /// the peer closes the connection, or `timeout` seconds pass without data.
    ///
    /// The blocking reads run on a thread of their own: on Swift's cooperative threads (two, on a
    /// two-core machine) they could starve the server under test, which runs there too.
    ///
    /// - Returns: the bytes read as text, and whether the peer closed the connection.
    func readResponse(timeout seconds: Int) async throws -> (text: String, closed: Bool) {
        let socket = self.socket
        return try await NIOThreadPool.singleton.runIfActive {
            var interval = timeval(tv_sec: seconds, tv_usec: 0)
            setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &interval, socklen_t(MemoryLayout<timeval>.size))
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !Self.isComplete(received) {
                let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
                guard count > 0 else {
                    let timedOut = count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)
                    return (String(decoding: received, as: UTF8.self), !timedOut)
                }
                received += buffer[0..<count]
            }
            return (String(decoding: received, as: UTF8.self), false)
        }
    }

    /// Whether `bytes` hold a whole response head and as much body as its `Content-Length` says.
    private static func isComplete(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let headEnd = text.range(of: "\r\n\r\n") else { return false }
        let lengthLine = text[..<headEnd.lowerBound].split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
        guard let lengthLine, let length = Int(lengthLine.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) else {
            return false
        }
        return text.utf8.distance(from: headEnd.upperBound, to: text.utf8.endIndex) >= length
    }
}

/// `send(2)` without SIGPIPE, named apart from ``RawConnection/send(_:)``.
private func systemSend(_ socket: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Darwin)
    Darwin.send(socket, bytes, count, 0)
    #else
    Glibc.send(socket, bytes, count, Int32(MSG_NOSIGNAL))
    #endif
}
