import Foundation
import JourneyModel

/// A Markdown note found in the content folder, not read yet.
struct NoteSource: Sendable {
    /// The path shown in messages, e.g. `Content/journeys/cake-order/01-awareness.md`.
    var path: String
    /// The path in the content folder, e.g. `journeys/cake-order/01-awareness.md`.
    var relativePath: String
    /// The file's path on disk (a `URL` is made only to read it: 10 000 of them cost more than the read).
    var file: String
    var slug: String
    /// The numeric prefix of a stage note's name.
    var number: Int?

    /// Reads and splits the note; problems reading it are noted on the returned file. The front
    /// matter is nil when the file cannot be read or is not UTF-8 text: the note is then skipped.
    func open() -> (FrontMatter?, NoteFile) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            let file = NoteFile(path: path)
            file.error(at: file.start, "cannot read the file: \(error.localizedDescription)",
                       hint: "check that the file exists and that you may read it")
            return (nil, file)
        }
        let text: String
        switch UTF8Text.decode(data) {
        case .success(let decoded):
            text = decoded
        case .failure(let invalid):
            let file = NoteFile(path: path)
            file.add(invalid.diagnostic(path: path))
            return (nil, file)
        }
        let (frontMatter, problem) = FrontMatter.split(text, file: path)
        let file = NoteFile(path: path, yamlFirstLine: frontMatter.yamlFirstLine, contentHash: ContentHash.of(data))
        file.add(problem)
        if frontMatter.yamlFirstLine == 1 && problem == nil {
            file.error(at: file.start, "the note has no front matter",
                       hint: "start the file with a line '---', the YAML fields, then another '---'")
        }
        return (frontMatter, file)
    }
}

/// Strict UTF-8 decoding that says where the first bad byte is. NUL bytes are refused too:
/// no text file holds them, and the YAML reader stops at them.
enum UTF8Text {
    struct Invalid: Error {
        var isNUL: Bool
        var offset: Int
        var line: Int
        var column: Int

        /// What is wrong, after "the file": `is not valid UTF-8 (byte offset 12)`.
        var problem: String {
            (isNUL ? "contains a NUL byte" : "is not valid UTF-8") + " (byte offset \(offset))"
        }

        var hint: String {
            isNUL ? "the file looks binary, or saved as UTF-16: save it as UTF-8 text" : "save the file as UTF-8 in your editor"
        }

        /// A diagnostic at the bad byte of the file `path`, naming it `name`.
        func diagnostic(path: String, name: String = "the file") -> Diagnostic {
            .error(at: SourceLocation(file: path, line: line, column: column), "\(name) \(problem)", hint: hint)
        }
    }

    static func decode(_ data: Data) -> Result<String, Invalid> {
        let hasNUL = data.withUnsafeBytes { bytes in bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
        if !hasNUL, let text = String(validating: data, as: UTF8.self) { return .success(text) }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0, line = 1, column = 1
        var previous: UInt8 = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let byte = encoded[encoded.startIndex]
                if byte == 0 { return .failure(Invalid(isNUL: true, offset: offset, line: line, column: column)) }
                // LF, CRLF and a lone CR each end a line, as they do for the rest of the loader.
                if byte == UInt8(ascii: "\r") || (byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r")) {
                    line += 1
                    column = 1
                } else if byte != UInt8(ascii: "\n") {
                    column += 1
                }
                previous = byte
                offset += encoded.count
            case .emptyInput:
                return .success(String(decoding: data, as: UTF8.self))
            case .error:
                return .failure(Invalid(isNUL: false, offset: offset, line: line, column: column))
            }
        }
    }
}
