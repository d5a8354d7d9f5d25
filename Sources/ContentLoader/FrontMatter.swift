import JourneyModel

/// A note split into its YAML front matter and its Markdown body.
struct FrontMatter: Sendable, Equatable {
    /// The YAML between the `---` lines (empty when the note has none).
    var yaml: String
    /// The file line the YAML starts on, so YAML positions map back to the file.
    var yamlFirstLine: Int
    var body: String
    /// The file line the body starts on.
    var bodyFirstLine: Int

    /// Splits `text`: a byte-order mark is dropped, CRLF line ends are read as LF, and a note
    /// without a closing `---` gets an error (its whole text is then taken as front matter,
    /// so the YAML reader can still point at what it finds).
    static func split(_ text: String, file: String) -> (FrontMatter, Diagnostic?) {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingCRLF()
        }
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard let first = lines.first, isDelimiter(first) else {
            return (FrontMatter(yaml: "", yamlFirstLine: 1, body: text, bodyFirstLine: 1), nil)
        }
        guard let closing = lines.dropFirst().firstIndex(where: isDelimiter) else {
            let yaml = lines.dropFirst().map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
            let diagnostic = Diagnostic.error(
                at: SourceLocation(file: file, line: 1, column: 1),
                "front matter opened with '---' on line 1 is never closed",
                hint: "add a line with '---' after the last YAML line, before the Markdown body")
            return (FrontMatter(yaml: yaml, yamlFirstLine: 2, body: "", bodyFirstLine: lines.count + 1), diagnostic)
        }
        let yaml = lines[1..<closing].map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        let body = lines[(closing + 1)...].map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        return (FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closing + 2), nil)
    }

    /// `---`, optionally followed by spaces.
    private static func isDelimiter(_ line: Substring.UTF8View.SubSequence) -> Bool {
        let trimmed = line.reversed().drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        return trimmed.count == 3 && trimmed.allSatisfy { $0 == UInt8(ascii: "-") }
    }
}

extension String {
    /// The text with every CRLF (and lone CR) turned into LF.
    func replacingCRLF() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var previousWasCR = false
        for byte in utf8 {
            if byte == UInt8(ascii: "\r") {
                bytes.append(UInt8(ascii: "\n"))
                previousWasCR = true
                continue
            }
            if !(byte == UInt8(ascii: "\n") && previousWasCR) { bytes.append(byte) }
            previousWasCR = false
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
