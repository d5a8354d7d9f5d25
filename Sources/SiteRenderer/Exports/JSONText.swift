/// JSON written straight into bytes, escaped exactly as Foundation's `JSONEncoder` escapes
/// (with `.withoutEscapingSlashes`), for the large flat files where the encoder's cost shows.
enum JSONText {
    private static let hex = Array("0123456789abcdef".utf8)

    /// Appends `text` as a JSON string: quoted, with `"`, `\` and control characters escaped.
    /// Runs of bytes that need no escape are copied whole.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { source in
            var start = 0
            for index in source.indices where source[index] < 0x20 || source[index] == UInt8(ascii: "\"") || source[index] == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                appendEscape(source[index], to: &bytes)
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ byte: UInt8, to bytes: inout [UInt8]) {
        switch byte {
        case 0x08: bytes += Array(#"\b"#.utf8)
        case 0x09: bytes += Array(#"\t"#.utf8)
        case 0x0A: bytes += Array(#"\n"#.utf8)
        case 0x0C: bytes += Array(#"\f"#.utf8)
        case 0x0D: bytes += Array(#"\r"#.utf8)
        case 0x00..<0x20: bytes += Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
        default: bytes += [UInt8(ascii: "\\"), byte]
        }
    }

    /// Appends an object of string values, in the order given.
    static func appendObject(_ fields: KeyValuePairs<String, String>, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "{"))
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendString(field.key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            appendString(field.value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }
}
