import ContentLoader
import Foundation
import JourneyAuthoring
import JourneyModel
import TestSupport

/// Runs fuzz inputs through the real code, one at a time, and says which invariants they break.
///
/// A crash or a hang shows by itself; the invariants are what must hold for any input:
/// - every diagnostic points into the file (line and column from 1, not past its end) and
///   has a hint;
/// - a stage note without errors is in the loaded content;
/// - a Mermaid diagram that imports writes notes inside the content folder, and they load
///   without errors.
///
/// Each runner has its own scratch content folder, so runners on several threads do not meet.
public final class FuzzRunner {
    public let target: FuzzTarget
    private let folder: TemporaryFolder

    /// - Parameter scratch: the folder the runner writes its inputs to, in memory by default.
    public init(_ target: FuzzTarget, scratch: TemporaryFolder = TemporaryFolder("journeymap-fuzz", inMemory: true)) {
        self.target = target
        folder = scratch
    }

    /// The invariants `input` breaks; empty when every one holds.
    public func run(_ input: [UInt8]) -> [String] {
        switch target {
        case .note: content(input, replacing: "journeys/bread/01-awareness.md")
        case .site: content(input, replacing: "site.yml")
        case .mermaid: mermaid(input)
        }
    }

    private func content(_ input: [UInt8], replacing relative: String) -> [String] {
        ContentSamples.write(into: folder)
        folder.write(relative, bytes: input)
        let result = ContentLoader(root: folder.url, displayRoot: "Content").load()
        var problems = Self.check(result.diagnostics, file: "Content/\(relative)", text: input)
        if relative.hasSuffix(".md"), !result.diagnostics.hasErrors,
           result.content.journeys.first?.stages.contains(where: { $0.slug == "awareness" }) != true {
            problems.append("the note loads without errors, but its stage is not in the content")
        }
        return problems
    }

    private func mermaid(_ input: [UInt8]) -> [String] {
        // `journeymap import mermaid` refuses a file that is not UTF-8 before parsing it.
        guard let text = String(validating: input, as: UTF8.self) else { return [] }
        let content = folder.url.appendingPathComponent("Content")
        try? FileManager.default.removeItem(at: content)
        folder.write("Content/site.yml", ContentSamples.site)
        folder.write("Content/personas/ann.md", ContentSamples.persona("Ann"))
        let outcome: ImportOutcome
        do {
            outcome = try ContentAuthor(root: content, displayRoot: "Content").importMermaid(text, file: "day.mmd")
        } catch {
            return ["the import threw \(error)"]
        }
        var problems = Self.check(outcome.diagnostics, file: "day.mmd", text: input)
        for path in outcome.written where !path.hasPrefix("Content/journeys/") && !path.hasPrefix("Content/personas/") {
            problems.append("the import wrote \(path), outside journeys/ and personas/")
        }
        if outcome.plan != nil {
            let loaded = ContentLoader(root: content, displayRoot: "Content").load()
            problems += loaded.diagnostics.filter { $0.severity == .error }.map { "the imported notes do not load: \($0)" }
        }
        return problems
    }

    /// Problems with the diagnostics about `file`, whose bytes are `text`.
    private static func check(_ diagnostics: [Diagnostic], file: String, text: [UInt8]) -> [String] {
        let lines = Self.lines(text)
        return diagnostics.compactMap { diagnostic in
            let location = diagnostic.location
            if diagnostic.hint?.isEmpty != false { return "no hint: \(diagnostic)" }
            guard location.file == file else { return nil }
            guard location.line >= 1, location.column >= 1 else { return "a position before the start: \(diagnostic)" }
            guard location.line <= lines.count + 1 else { return "a line past the end (\(lines.count) lines): \(diagnostic)" }
            let width = location.line <= lines.count ? lines[location.line - 1] : 0
            guard location.column <= width + 2 else { return "a column past the end of the line (\(width) characters): \(diagnostic)" }
            return nil
        }
    }

    /// The number of characters on each line, lines ending with LF, CRLF or a lone CR as the
    /// loader reads them.
    private static func lines(_ text: [UInt8]) -> [Int] {
        let decoded = String(decoding: text, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return decoded.split(separator: "\n", omittingEmptySubsequences: false).map { $0.unicodeScalars.count }
    }
}
