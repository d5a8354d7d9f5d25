/// A note's front matter read from its bytes without decoding them: where it ends, which lets
/// the build cache tell a change of a note's body (its Markdown) from a change of its fields,
/// and the delimiter lines, which `FrontMatter.split` reads the same way.
public enum FrontMatterBytes {
    /// The length of the note's front matter: a byte-order mark, the opening `---` line, the
    /// YAML and the closing `---` line, with their line ends. A note without a closed front matter
    /// is all front matter.
    public static func length(of bytes: [UInt8]) -> Int {
        let newline = UInt8(ascii: "\n")
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineNumber = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
            let isDelimiter = isDelimiterLine(bytes[start..<end])
            if lineNumber == 0, !isDelimiter { return bytes.count }
            if lineNumber > 0, isDelimiter { return min(end + 1, bytes.count) }
            lineNumber += 1
            start = end + 1
        }
        return bytes.count
    }

    /// Whether a line (without its `\n`) is a delimiter: `---`, then only spaces, tabs or a
    /// carriage return.
    static func isDelimiterLine<Line: BidirectionalCollection>(_ line: Line) -> Bool where Line.Element == UInt8 {
        let trimmed = line.reversed().drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        return trimmed.count == 3 && trimmed.allSatisfy { $0 == UInt8(ascii: "-") }
    }
}
