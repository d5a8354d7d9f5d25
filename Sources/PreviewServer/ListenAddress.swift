import Foundation
import NIOCore

/// The address the preview listens on, and the URL it is reached at.
enum ListenAddress {
    /// The socket address of an IPv4 or IPv6 literal and a port; `localhost` is 127.0.0.1.
    static func make(host: String, port: UInt16) throws -> SocketAddress {
        do {
            return try SocketAddress(ipAddress: host == "localhost" ? "127.0.0.1" : host, port: Int(port))
        } catch {
            throw PreviewServer.Failure.invalidHost(host)
        }
    }

    /// `http://127.0.0.1:8000/`, `http://[::1]:8000/`.
    static func url(of address: SocketAddress) -> URL? {
        guard let host = address.ipAddress, let port = address.port else { return nil }
        switch address {
        case .v6: return URL(string: "http://[\(host)]:\(port)/")
        default: return URL(string: "http://\(host):\(port)/")
        }
    }
}
