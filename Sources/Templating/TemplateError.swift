/// A problem in a template found while loading it: where, what, and what to do.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template's display path, such as `Templates/journey.mustache`.
    public var file: String
    /// 1-based line of the offending tag.
    public var line: Int
    /// 1-based column of the offending tag, in characters.
    public var column: Int
    /// What is wrong, in plain English.
    public var message: String
    /// What to do about it.
    public var hint: String?

    /// An error at `file`:`line`:`column`.
    public init(file: String, line: Int, column: Int, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: message (hint)`.
    public var description: String {
        "\(file):\(line):\(column): \(message)" + (hint.map { " (\($0))" } ?? "")
    }
}

/// Every error found while loading a template library, in template order then position order.
public struct TemplateErrors: Error, Sendable, Equatable, CustomStringConvertible {
    /// The errors; never empty.
    public var errors: [TemplateError]

    /// One error a line.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}

/// A template's bytes with the offsets its lines start at, to turn offsets into lines and columns.
struct SourceText {
    let bytes: [UInt8]
    private let lineStarts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The 1-based line and column (counted in Unicode scalars) of the byte at `offset`.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let column = bytes[lineStarts[low]..<min(offset, bytes.count)].reduce(1) { count, byte in
            byte & 0xC0 == 0x80 ? count : count + 1
        }
        return (low + 1, column)
    }

    /// The source between `range`, as a string.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
