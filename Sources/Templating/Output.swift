/// Writes values into the output buffer as UTF-8 bytes: as is, escaped for HTML, or as numbers.
enum Output {
    /// Writes `text` unchanged.
    @inline(__always)
    static func appendRaw(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }

    /// Writes `text` with `&`, `<`, `>`, `"` and `'` replaced by `&amp;`, `&lt;`, `&gt;`,
    /// `&quot;` and `&#39;` (the same five entities as journeymap's `HTMLText.escape`).
    @inline(__always)
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        let written: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0, to: &out) }
        if written == nil {
            Array(text.utf8).withUnsafeBufferPointer { appendEscaped($0, to: &out) }
        }
    }

    /// Escapes over bytes: a byte needs escaping only below 0x40, where one shift of a mask tells;
    /// runs without any are copied whole.
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let special: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E
        var start = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte < 0x40, special >> byte & 1 != 0 else { continue }
            if start < index {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            }
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            default: out.append(contentsOf: "&#39;".utf8)
            }
            start = index + 1
        }
        if start == 0 {
            out.append(contentsOf: bytes)
        } else if start < bytes.count {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// Writes an integral value without a fraction (`85`, `-3`), any other in Swift's shortest
    /// round-trip form (`1.21`, `1e-07`, `nan`).
    static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        if value.rounded(.towardZero) == value, value.magnitude < 1e18 {
            out.append(contentsOf: String(Int64(value)).utf8)
        } else {
            out.append(contentsOf: value.description.utf8)
        }
    }
}
