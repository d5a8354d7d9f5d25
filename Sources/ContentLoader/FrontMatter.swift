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
    ///
    /// Only the front matter is read line by line; the body, however long, is taken whole.
    static func split(_ text: String, file: String) -> (FrontMatter, Diagnostic?) {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.containsByte(UInt8(ascii: "\r")) {
            text = text.replacingCRLF()
        }
        let utf8 = text.utf8
        let newline = UInt8(ascii: "\n")
        /// The start of the line after the one that starts at `start`, nil after the last line.
        func nextLine(after start: String.Index) -> String.Index? {
            utf8[start...].firstIndex(of: newline).map(utf8.index(after:))
        }
        func isDelimiter(_ start: String.Index) -> Bool {
            FrontMatterBytes.isDelimiterLine(utf8[start...].prefix { $0 != newline })
        }
        guard isDelimiter(utf8.startIndex) else {
            return (FrontMatter(yaml: "", yamlFirstLine: 1, body: text, bodyFirstLine: 1), nil)
        }
        let yamlStart = nextLine(after: utf8.startIndex)
        var line = yamlStart, number = 2
        while let start = line, !isDelimiter(start) {
            line = nextLine(after: start)
            number += 1
        }
        guard let closing = line, let yamlStart else {
            let diagnostic = Diagnostic.error(
                at: SourceLocation(file: file, line: 1, column: 1),
                "front matter opened with '---' on line 1 is never closed",
                hint: "add a line with '---' after the last YAML line, before the Markdown body")
            return (FrontMatter(yaml: yamlStart.map { String(text[$0...]) } ?? "", yamlFirstLine: 2, body: "", bodyFirstLine: number), diagnostic)
        }
        let yaml = closing == yamlStart ? "" : String(text[yamlStart..<utf8.index(before: closing)])
        let body = nextLine(after: closing).map { String(text[$0...]) } ?? ""
        return (FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: number + 1), nil)
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
