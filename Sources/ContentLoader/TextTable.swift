import Foundation
import JourneyModel

/// Reads a flat YAML mapping of texts, such as a theme's `strings/<language>.yml`, with the
/// guards of every content file (no anchors, no tabs, UTF-8 only).
public enum TextTable {
    /// A text and where it is written.
    public struct Entry: Sendable, Equatable {
        public var text: String
        public var location: SourceLocation
    }

    /// Each key of the file's mapping with its text; the problems found, with their positions.
    public static func read(_ bytes: [UInt8], path: String) -> ([String: Entry], [Diagnostic]) {
        let text: String
        switch UTF8Text.decode(Data(bytes)) {
        case .success(let decoded): text = decoded.hasPrefix("\u{FEFF}") ? String(decoded.dropFirst()) : decoded
        case .failure(let invalid): return ([:], [invalid.diagnostic(path: path)])
        }
        let file = NoteFile(path: path)
        guard let fields = file.parseMapping(text.replacingCRLF()) else { return ([:], file.diagnostics) }
        var entries: [String: Entry] = [:]
        for (key, value) in fields.mapping {
            guard let name = key.string, let text = fields.text(of: value, key: key.string ?? "") else { continue }
            entries[name] = Entry(text: text, location: file.location(key.mark))
        }
        return (entries, file.diagnostics)
    }
}
