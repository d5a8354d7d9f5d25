/// Where a note's front matter ends, read from its bytes without decoding them: lets the build
/// cache tell a change of a note's body (its Markdown) from a change of its fields.
public enum NoteHeader {
    /// The length of the note's head: a byte-order mark, the opening `---` line, the YAML and the
    /// closing `---` line, with their line ends. A note without a closed front matter is all head.
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

    /// `---`, then only spaces, tabs or a carriage return, as `FrontMatter.split` reads it.
    private static func isDelimiterLine(_ line: ArraySlice<UInt8>) -> Bool {
        let trimmed = line.reversed().drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        return trimmed.count == 3 && trimmed.allSatisfy { $0 == UInt8(ascii: "-") }
    }
}
