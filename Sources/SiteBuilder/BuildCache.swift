import Foundation
import JourneyModel
import SiteWriter

/// What the last successful build read and wrote, kept in the output folder so that a build
/// with nothing to do can stop after reading its inputs.
///
/// The cache is trusted only when its format, its own checksum, the fingerprint of every input
/// and the fingerprint of every output file all match; anything else gives a full build.
struct BuildCache: Codable, Equatable {
    static let fileName = ".journeymap-cache"
    static let format = "journeymap-cache-1"

    var format = Self.format
    /// The fingerprint of everything but the content: templates, options and the tool itself.
    var environment: String
    /// The fingerprint of every file of the content folder, by path.
    var content: [String: String]
    /// The fingerprint of every file of the site, by path.
    var outputs: [String: String]
    /// The warnings of that build, shown again when it is skipped.
    var warnings: [CachedDiagnostic]
    var counts: [String: Int]

    /// What a build reads, fingerprinted: the content file by file, the rest as one.
    struct Inputs: Equatable {
        var environment: String
        var content: [String: String]
    }

    var inputs: Inputs { Inputs(environment: environment, content: content) }

    /// What must be rebuilt since this cache was made: nil for everything, an empty set for nothing,
    /// or the journeys whose stage notes alone changed (added, edited or removed).
    func journeysToRebuild(for current: Inputs) -> Set<String>? {
        guard current.environment == environment else { return nil }
        let changed = Set(content.keys).union(current.content.keys).filter { content[$0] != current.content[$0] }
        var journeys: Set<String> = []
        for path in changed {
            let parts = path.split(separator: "/")
            guard parts.count == 3, parts[0] == "journeys", parts[2].hasSuffix(".md"), parts[2] != "journey.md",
                  parts[2].prefix(while: \.isNumber).count > 0 else { return nil }
            journeys.insert(String(parts[1]))
        }
        return journeys
    }

    struct CachedDiagnostic: Codable, Equatable {
        var file: String
        var line: Int
        var column: Int
        var message: String
        var hint: String?

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.location.file
            line = diagnostic.location.line
            column = diagnostic.location.column
            message = diagnostic.message
            hint = diagnostic.hint
        }

        var diagnostic: Diagnostic {
            .warning(at: SourceLocation(file: file, line: line, column: column), message, hint: hint)
        }
    }

    /// The fingerprint of everything a build reads: the files of the content and templates
    /// folders (paths and bytes), the build options, and the journeymap binary (size and date).
    static func fingerprint(_ options: BuildOptions) -> Inputs {
        let content = FileTree.regularFiles(under: URL(fileURLWithPath: options.content))
        let contentHashes = content.concurrentMap { String(ContentHash.ofFile("\(options.content)/\($0)") ?? 0, radix: 16) }
        var hash = ContentHash()
        hash.add(format)
        hash.add("drafts=\(options.includeDrafts)")
        let templates = FileTree.regularFiles(under: URL(fileURLWithPath: options.templates))
        let templateHashes = templates.concurrentMap { ContentHash.ofFile("\(options.templates)/\($0)") ?? 0 }
        for (file, fileHash) in zip(templates, templateHashes) {
            hash.add(file)
            hash.add(String(fileHash, radix: 16))
        }
        // The tool: a rebuilt journeymap has another size or date, and may render differently.
        let tool = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().path
        let attributes = (try? FileManager.default.attributesOfItem(atPath: tool)) ?? [:]
        hash.add("\(attributes[.size] ?? 0) \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)")
        return Inputs(environment: String(hash.value, radix: 16),
                      content: Dictionary(uniqueKeysWithValues: zip(content, contentHashes)))
    }

    /// The cache in `output`, when it is intact and every file it lists still holds its bytes.
    static func load(from output: OutputFolder) -> BuildCache? {
        guard let bytes = output.readSidecar(fileName), let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let body = Array(bytes[(newline + 1)...])
        guard String(decoding: bytes[..<newline], as: UTF8.self) == String(ContentHash.of(body), radix: 16),
              let cache = try? JSONDecoder().decode(BuildCache.self, from: Data(body)), cache.format == format else { return nil }
        let intact = Array(cache.outputs).concurrentMap { path, hash in
            OutputFile.isSafePath(path) && ContentHash.ofFile("\(output.path)/\(path)").map { String($0, radix: 16) } == hash
        }
        return intact.allSatisfy { $0 } ? cache : nil
    }

    /// Saves the cache: a checksum line, then the JSON it protects.
    func save(to output: OutputFolder) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = Array(try encoder.encode(self))
        try output.writeSidecar(Self.fileName, Array((String(ContentHash.of(body), radix: 16) + "\n").utf8) + body)
    }
}
