/// The most header fields, and bytes of them, a request may carry and still be answered; past
/// either it gets 431 Request Header Fields Too Large. Both are far more than a browser sends.
///
/// This bounds what is answered, not what is read: FlyingFox 0.27.1 reads a request's whole head
/// before the handler sees it, without a limit on a line's length or on the number of lines and in
/// time quadratic in a line's length, and has no setting or hook to change that. It keeps only the
/// last line of a repeated name, so the fields counted are the distinct names.
enum HeaderLimit {
    static let fields = 100
    /// Counted as the `Name: value\r\n` lines FlyingFox kept.
    static let bytes = 16_384

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
