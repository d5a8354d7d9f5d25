import Foundation
import JourneyModel

/// A diagram's text as lines, to turn an offset in it into a line and column.
///
/// A leading byte-order mark is dropped, and CRLF and a lone CR end a line as LF does, as in
/// editors (and in the content loader). Columns count characters, from 1.
struct MermaidLines: Sendable {
    /// The text's Unicode scalars, line ends made LF.
    let scalars: [Unicode.Scalar]
    /// The lines, without their line feeds.
    let lines: [Substring]
    /// The offset of each line's first scalar.
    private let starts: [Int]

    init(_ text: String) {
        let withoutMark = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let normalized = withoutMark.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        scalars = Array(normalized.unicodeScalars)
        lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        var offset = 0
        starts = lines.map { line in
            defer { offset += line.unicodeScalars.count + 1 }
            return offset
        }
    }

    /// Where the scalar at `offset` is; the end of the text is after its last character.
    func location(of offset: Int, in file: String) -> SourceLocation {
        let index = line(of: offset) - 1
        let line = lines[index].unicodeScalars
        let before = line.prefix(max(0, offset - starts[index]))
        return SourceLocation(file: file, line: index + 1, column: String(String.UnicodeScalarView(before)).count + 1)
    }

    /// The number of the line that holds the scalar at `offset`.
    func line(of offset: Int) -> Int {
        // The number of lines that start at or before `offset`, found by halving.
        var (low, high) = (1, starts.count)
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
