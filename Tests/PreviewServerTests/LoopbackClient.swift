import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal HTTP/1.1 client over loopback TCP. It sends the request target exactly as written,
/// where URLSession would tidy `..` away, and never waits past its deadline.
struct LoopbackClient {
    /// An answer: its status, its headers (names lowercased) and its body as text.
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    let port: UInt16

    func get(_ target: String, host: String? = nil, headers: [String] = []) async throws -> Response {
        try await request("GET", target, host: host, headers: headers)
    }

    /// Sends one request, with `headers` (`Name: value` lines) after its `Host` and `Connection`
    /// fields, and reads the answer until the server closes the connection.
    func request(_ method: String, _ target: String, host: String? = nil, headers: [String] = []) async throws -> Response {
        let connection = try LoopbackConnection(port: port)
        let head = ["\(method) \(target) HTTP/1.1", "Host: \(host ?? "127.0.0.1:\(port)")", "Connection: close"] + headers
        try connection.send(head.joined(separator: "\r\n") + "\r\n\r\n")
        return try Response(await connection.read(within: Double(PreviewSite.patience)) { _ in false })
    }

    /// Sends `text` as it is, though the server may close the connection before it has read it
    /// all, and returns what the server answers before it closes the connection: "" for nothing.
    func answer(to text: String) async throws -> String {
        let connection = try LoopbackConnection(port: port)
        try? connection.send(text)
        return await connection.read(within: 10) { _ in false }
    }

    /// Opens the live-reload event stream; read its events from the connection.
    func events() throws -> LoopbackConnection {
        let connection = try LoopbackConnection(port: port)
        try connection.send("GET /__journeymap/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
        return connection
    }
}

extension LoopbackClient.Response {
    struct Malformed: Error {
        var text: String
    }

    init(_ text: String) throws {
        guard let split = text.range(of: "\r\n\r\n") else { throw Malformed(text: text) }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let statusLine = lines[0].split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw Malformed(text: text) }
        self.status = status
        headers = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        body = String(text[split.upperBound...])
    }
}

/// One TCP connection to 127.0.0.1. The blocking reads run on a serial queue of the connection's
/// own, so on a thread of their own, off the threads the server in this same process needs.
final class LoopbackConnection: @unchecked Sendable {
    struct Refused: Error {}

    private let socket: Int32
    private let reader = DispatchQueue(label: "loopback-connection")
    /// Every byte read so far; only the one read at a time touches it.
    private var received: [UInt8] = []

    init(port: UInt16) throws {
        socket = Self.makeSocket()
        // Reads give up after 0.1 s without data, so that deadlines are checked; sends after 10 s.
        var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var sendTimeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &sendTimeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw Refused()
        }
    }

    deinit { close(socket) }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        let sent = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent == bytes.count else { throw Refused() }
    }

    /// Reads until `enough` says so of the text so far, the server closes the connection, or
    /// `seconds` pass; returns all the text read on this connection.
    func read(within seconds: Double, until enough: @escaping @Sendable (String) -> Bool) async -> String {
        await withCheckedContinuation { continuation in
            self.reader.async {
                let deadline = Date().addingTimeInterval(seconds)
                var buffer = [UInt8](repeating: 0, count: 16_384)
                while !enough(self.text), Date() < deadline {
                    let count = recv(self.socket, &buffer, buffer.count, 0)
                    if count > 0 {
                        self.received += buffer[..<count]
                    } else if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                        break
                    }
                }
                continuation.resume(returning: self.text)
            }
        }
    }

    /// Waits, at most 10 s, for the event stream to say that build `generation` has finished.
    func waitForReload(generation: Int) async -> Bool {
        let event = "event: reload\ndata: \(generation)\n\n"
        return await read(within: Double(PreviewSite.patience)) { $0.contains(event) }.contains(event)
    }

    private var text: String { String(decoding: received, as: UTF8.self) }

    private static func makeSocket() -> Int32 {
        #if canImport(Glibc)
        Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
    }
}
