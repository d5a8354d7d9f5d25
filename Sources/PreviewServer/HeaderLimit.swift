import NIOHTTP1

/// The most header fields, and bytes of them, a request may carry and still be answered; past
/// either it gets 431 Request Header Fields Too Large. Both are far more than a browser sends.
///
/// Two layers keep to them. SwiftNIO's HTTP/1 decoder bounds what is read (`decoder`): it counts
/// the bytes of the request target and of each name and value as they arrive, and fails the read
/// that passes a limit, so a head costs at most those bytes of memory, in time linear in them; what
/// follows is dropped, not buffered, and the connection closes after the answer. The handler
/// then applies `allows`, the exact rule, to the heads the decoder passed on. Either way the
/// answer is 431 with `message`; a request target over 16 KiB gets it too, as NIO counts the
/// target with the fields and fails both the same way.
enum HeaderLimit {
    static let fields = 100
    /// Counted as `Name: value\r\n` lines, every field of a repeated name included.
    static let bytes = 16_384

    static let message = "At most \(fields) header fields and \(bytes / 1024) KiB of them are answered."

    /// What NIO's decoder reads of a head: at most `fields` fields, a name, a value or the request
    /// target of at most `bytes` each, and twice `bytes` for the target and every name and value
    /// together, so that every head `allows` passes is read in full.
    static var decoder: NIOHTTPDecoderLimitConfiguration {
        var limits = NIOHTTPDecoderLimitConfiguration()
        limits.maxHeaderFieldCount = fields
        limits.maxHeaderFieldSize = bytes
        limits.maxHeaderListSize = 2 * bytes
        return limits
    }

    /// Whether the header fields, each a name and its value, stay within both limits.
    static func allows(_ headers: some Sequence<(name: String, value: String)>) -> Bool {
        var count = 0
        var size = 0
        for (name, value) in headers {
            count += 1
            size += name.utf8.count + value.utf8.count + 4
            if count > fields || size > bytes { return false }
        }
        return true
    }
}
