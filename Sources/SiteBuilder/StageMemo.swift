import ContentLoader
import JourneyModel
import SiteWriter

/// The stage notes of the last build as they were loaded, kept beside the build cache, so that a
/// build after a few edited notes reads and parses only those: YAML and Markdown are most of
/// the time spent loading.
///
/// Each stage carries the fingerprint of the bytes it was loaded from and of what else its
/// loading depended on (`LoadedStage.context`: site.yml, its journey's header, the persona slugs,
/// the content folder's path), both taken from what the loader read. A stage is offered to the
/// loader when its note's bytes are unchanged, and the loader takes it when that context is
/// unchanged too. The memo is written by one tool (journeymap and libcmark, see
/// `BuildCache.tool`) and ignored by any other, as it is when its checksum or any value in it
/// fails (see `CacheFile`).
struct StageMemo {
    static let fileName = ".journeymap-stages"
    /// Changes with the binary layout of any type written (see `CacheCodable`).
    static let format = "journeymap-stages-5"

    /// The tool that loaded the stages.
    var tool: String
    /// By path in the content folder.
    var stages: [String: LoadedStage]

    /// The stages whose notes still have the bytes they were loaded from.
    func reusable(content: [String: ContentFingerprint]) -> [String: LoadedStage] {
        stages.filter { path, loaded in content[path].flatMap { UInt64($0.bytes, radix: 16) } == loaded.contentHash }
    }
}

extension StageMemo {
    /// The memo in `output`, when `tool` wrote it and its checksum, format and every value in it
    /// are sound. The stages are not decoded when another tool wrote it.
    static func load(from output: OutputFolder, tool: String) -> StageMemo? {
        guard var reader = CacheFile.reader(fileName, format: format, in: output),
              (try? reader.read(String.self)) == tool,
              let stages = try? reader.read([String: LoadedStage].self), reader.isAtEnd else { return nil }
        return StageMemo(tool: tool, stages: stages)
    }

    func save(to output: OutputFolder) throws {
        // A stage takes about its rendered Markdown and half a kilobyte of fields.
        let capacity = stages.values.reduce(0) { $0 + $1.stage.bodyHTML.utf8.count + 512 }
        try CacheFile.save(Self.fileName, format: Self.format, to: output, capacity: capacity) { writer in
            writer.write(tool)
            writer.write(stages)
        }
    }
}
