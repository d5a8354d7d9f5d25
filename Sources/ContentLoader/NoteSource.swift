import Foundation
import JourneyModel

/// A Markdown note found in the content folder, not read yet.
struct NoteSource: Sendable {
    /// The path shown in messages, e.g. `Content/journeys/cake-order/01-awareness.md`.
    var path: String
    var url: URL
    var slug: String
    /// The numeric prefix of a stage note's name.
    var number: Int?

    /// Reads and splits the note; problems reading it are noted on the returned file.
    func open() -> (FrontMatter, NoteFile) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let file = NoteFile(path: path)
            file.error(at: file.start, "cannot read the file: \(error.localizedDescription)")
            return (FrontMatter(yaml: "", yamlFirstLine: 1, body: "", bodyFirstLine: 1), file)
        }
        let text: String
        switch UTF8Text.decode(data) {
        case .success(let decoded):
            text = decoded
        case .failure(let invalid):
            let file = NoteFile(path: path)
            file.error(at: SourceLocation(file: path, line: invalid.line, column: invalid.column),
                       "the file is not valid UTF-8 (byte offset \(invalid.offset))",
                       hint: "save the file as UTF-8 in your editor")
            return (FrontMatter(yaml: "", yamlFirstLine: 1, body: "", bodyFirstLine: 1), file)
        }
        let (frontMatter, problem) = FrontMatter.split(text, file: path)
        let file = NoteFile(path: path, yamlFirstLine: frontMatter.yamlFirstLine)
        file.add(problem)
        if frontMatter.yamlFirstLine == 1 && problem == nil {
            file.error(at: file.start, "the note has no front matter",
                       hint: "start the file with a line '---', the YAML fields, then another '---'")
        }
        return (frontMatter, file)
    }
}

/// Strict UTF-8 decoding that says where the first bad byte is.
enum UTF8Text {
    struct Invalid: Error {
        var offset: Int
        var line: Int
        var column: Int
    }

    static func decode(_ data: Data) -> Result<String, Invalid> {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0, line = 1, column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.first == UInt8(ascii: "\n") { line += 1; column = 0 }
                offset += encoded.count
                column += 1
            case .emptyInput:
                return .success(String(decoding: data, as: UTF8.self))
            case .error:
                return .failure(Invalid(offset: offset, line: line, column: column))
            }
        }
    }
}
