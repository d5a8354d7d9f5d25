import ContentLoader
import Foundation
import JourneyModel

/// The interface's words in every language of the theme: `strings/<language>.yml`, one file a
/// language, English's keys the reference and English standing in for a key another file lacks.
///
/// A sentence names its values in braces (`Lowest point: {stage}, {score}.`), so a translation
/// can put them in its own order; each translation must keep the values of the English one.
public struct InterfaceWords: Sendable {
    /// Each language's complete table, by language code.
    let tables: [String: [String: String]]
    private let made = Made()

    /// The languages the theme has words for, sorted.
    public var languages: [String] { tables.keys.sorted() }

    /// The keys of the interface's words, sorted: those of `strings/en.yml`.
    public let keys: [String]

    /// The built-in theme's words.
    public static let builtin: InterfaceWords = load(.builtin).0 ?? InterfaceWords(tables: ["en": [:]])

    private init(tables: [String: [String: String]]) {
        self.tables = tables
        keys = tables["en"]?.keys.sorted() ?? []
    }

    /// Reads every `strings/*.yml` of `theme`; an error for a file that cannot be read or a
    /// sentence that loses a value, a warning for a key English does not have or a file that
    /// leaves keys to English.
    public static func load(_ theme: ThemeFiles) -> (InterfaceWords?, [Diagnostic]) {
        var files: [String: [String: TextTable.Entry]] = [:]
        var diagnostics: [Diagnostic] = []
        for path in theme.paths where path.hasPrefix("strings/") && path.hasSuffix(".yml") {
            let language = String(path.dropFirst("strings/".count).dropLast(".yml".count))
            let (entries, problems) = TextTable.read(theme.bytes(path) ?? [], path: theme.display(path))
            files[language] = entries
            diagnostics += problems
        }
        guard let english = files["en"] else {
            return (nil, diagnostics + [.error(at: SourceLocation(file: theme.display("strings/en.yml")), "the theme has no English words",
                                               hint: "strings/en.yml holds the interface's words that every other language is checked against")])
        }
        var tables: [String: [String: String]] = [:]
        for (language, entries) in files {
            diagnostics += check(entries, of: language, against: english, file: theme.display("strings/\(language).yml"))
            tables[language] = english.mapValues(\.text).merging(entries.filter { english[$0.key] != nil }.mapValues(\.text)) { _, own in own }
        }
        return diagnostics.hasErrors ? (nil, diagnostics) : (InterfaceWords(tables: tables), diagnostics)
    }

    private static func check(_ entries: [String: TextTable.Entry], of language: String, against english: [String: TextTable.Entry],
                              file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (key, entry) in entries.sorted(by: { $0.key < $1.key }) {
            guard let reference = english[key] else {
                diagnostics.append(.warning(at: entry.location, "'\(key)' is not a word of the interface; it is ignored",
                                            hint: Suggestion.didYouMean(key, among: Array(english.keys)) ?? "strings/en.yml lists the keys"))
                continue
            }
            let expected = placeholders(in: reference.text), given = placeholders(in: entry.text)
            if expected != given {
                diagnostics.append(.error(at: entry.location, "'\(key)' must name \(expected.isEmpty ? "no value" : expected.map { "{\($0)}" }.joined(separator: ", ")) as the English text does",
                                          hint: "English: \(reference.text)"))
            }
        }
        let missing = english.keys.filter { entries[$0] == nil }.sorted()
        if !missing.isEmpty, language != "en" {
            diagnostics.append(.warning(at: SourceLocation(file: file), "\(missing.count) words of the interface are not in \(language): \(missing.prefix(5).joined(separator: ", "))\(missing.count > 5 ? "…" : "")",
                                        hint: "the pages show them in English; add them to the file"))
        }
        return diagnostics
    }

    /// The names in braces in `text`, sorted.
    static func placeholders(in text: String) -> [String] {
        text.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap { part in
            part.firstIndex(of: "}").map { String(part[..<$0]) }
        }.sorted()
    }

    /// The words of `language` (English for a language the theme has no file for), with the
    /// site's own wording from site.yml laid over them; made once per language and wording.
    public func strings(language: String, overrides: [String: [String: String]] = [:]) -> UIStrings {
        made.strings(language: language, overrides: overrides) {
            let code = tables[language] == nil ? "en" : language
            let table = tables[code] ?? [:]
            return UIStrings(language: code, table: table.merging(overrides[code] ?? [:]) { _, site in site })
        }
    }

    /// The strings made so far, by language and wording: pages are made by the thousand.
    private final class Made: @unchecked Sendable {
        private struct Key: Hashable {
            let language: String
            let overrides: [String: [String: String]]
        }

        private let lock = NSLock()
        private var strings: [Key: UIStrings] = [:]

        func strings(language: String, overrides: [String: [String: String]], make: () -> UIStrings) -> UIStrings {
            let key = Key(language: language, overrides: overrides)
            return lock.withLock {
                if let made = strings[key] { return made }
                let made = make()
                strings[key] = made
                return made
            }
        }
    }
}
