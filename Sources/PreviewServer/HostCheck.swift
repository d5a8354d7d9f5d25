/// Which `Host` headers the server answers. While it listens on loopback, only loopback names:
/// a web page elsewhere cannot then read the preview through a DNS name it points at 127.0.0.1
/// (DNS rebinding). Listening on another address shows the site to the network anyway.
struct HostCheck: Sendable {
    let listensOnLoopback: Bool

    init(host: String) {
        listensOnLoopback = Self.isLoopback(host)
    }

    /// Whether a request with this `Host` header is answered; browsers always send one.
    func allows(_ header: String?) -> Bool {
        guard listensOnLoopback, let header else { return true }
        return Self.isLoopback(Self.name(in: header))
    }

    /// The host of a `Host` header, without its port or IPv6 brackets, lowercased.
    static func name(in header: String) -> String {
        let value = header.lowercased()
        if value.hasPrefix("["), let end = value.firstIndex(of: "]") {
            return String(value[value.index(after: value.startIndex)..<end])
        }
        return String(value.prefix { $0 != ":" })
    }

    /// `localhost`, `::1` and the IPv4 addresses 127.x.x.x.
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1"
            || (host.hasPrefix("127.") && host.allSatisfy { $0 == "." || $0.isASCII && $0.isNumber })
    }
}
