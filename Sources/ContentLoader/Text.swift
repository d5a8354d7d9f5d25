import Foundation

extension String {
    /// The text without leading and trailing white space. Most values have none, and are
    /// returned as they are without going through Foundation.
    func trimmed() -> String {
        let visibleASCII: ClosedRange<UInt8> = 0x21...0x7E
        if let first = utf8.first, let last = utf8.last, visibleASCII.contains(first), visibleASCII.contains(last) { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the text holds `byte` (with `memchr`, fast on long texts even in debug builds).
    func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false }
    }
}

/// Numbers as they appear in messages: `3`, `-1.5`.
enum Format {
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
