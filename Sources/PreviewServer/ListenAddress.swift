import FlyingSocks
import Foundation

/// The address the preview listens on, and the URL it is reached at.
enum ListenAddress {
    /// The socket address of an IPv4 or IPv6 literal and a port; `localhost` is 127.0.0.1.
    static func make(host: String, port: UInt16) throws -> any SocketAddress {
        let literal = host == "localhost" ? "127.0.0.1" : host
        if let address = try? sockaddr_in.inet(ip4: literal, port: port) { return address }
        if let address = try? sockaddr_in6.inet6(ip6: literal, port: port) { return address }
        throw PreviewServer.Failure.invalidHost(host)
    }

    /// `http://127.0.0.1:8000/`, `http://[::1]:8000/`.
    static func url(of address: Socket.Address) -> URL? {
        switch address {
        case .ip4(let host, let port): URL(string: "http://\(host):\(port)/")
        case .ip6(let host, let port): URL(string: "http://[\(host)]:\(port)/")
        case .unix: nil
        }
    }
}
