import ContentLoader
import JourneyModel
import SiteWriter

/// The stage notes of the last build as they were loaded, kept beside the build cache, so that a
/// build after a few edited notes reads and parses only those: YAML and Markdown are most of
/// the time spent loading.
///
/// A stage is taken from the memo when its note's bytes have the fingerprint they had then, and
/// everything else that loading a stage depends on is as it was (`context`): every content file
/// that is not a stage note (site.yml, personas, journey headers…), the content folder's path
/// (messages carry it) and the tool. The file ends with a checksum of the rest, and one that
/// fails it, or any value in it, is ignored.
struct StageMemo {
    static let fileName = ".journeymap-stages"
    /// Changes with the binary layout of any type written (see `CacheCodable`).
    static let format = "journeymap-stages-1"

    /// The fingerprint of what a stage's loading depends on besides its own note.
    var context: String
    /// By path in the content folder.
    var stages: [String: LoadedStage]

    /// The stages whose notes still have the bytes they were loaded from, when `context` is
    /// this memo's.
    func reusable(context: String, content: [String: ContentFingerprint]) -> [String: LoadedStage] {
        guard context == self.context else { return [:] }
        return stages.filter { path, loaded in content[path].flatMap { UInt64($0.bytes, radix: 16) } == loaded.contentHash }
    }

    /// The fingerprint of what loading a stage note depends on besides the note: `content` but
    /// the stage notes, the content folder as messages name it, and the tool.
    static func context(content: [String: ContentFingerprint], contentRoot: String, tool: String) -> String {
        var hash = ContentHash()
        hash.add(format)
        hash.add(contentRoot)
        hash.add(tool)
        for (path, fingerprint) in content.sorted(by: { $0.key < $1.key }) where ContentLayout.journey(ofStageNote: path) == nil {
            hash.add(path)
            hash.add(fingerprint.bytes)
        }
        return String(hash.value, radix: 16)
    }
}

extension StageMemo {
    /// The memo in `output`, when its checksum, format and every value in it are sound.
    static func load(from output: OutputFolder) -> StageMemo? {
        guard var reader = CacheFile.reader(fileName, format: format, in: output),
              let context = try? reader.read(String.self),
              let stages = try? reader.read([String: LoadedStage].self), reader.isAtEnd else { return nil }
        return StageMemo(context: context, stages: stages)
    }

    func save(to output: OutputFolder) throws {
        // A stage takes about its rendered Markdown and half a kilobyte of fields.
        let capacity = stages.values.reduce(0) { $0 + $1.stage.bodyHTML.utf8.count + 512 }
        try CacheFile.save(Self.fileName, format: Self.format, to: output, capacity: capacity) { writer in
            writer.write(context)
            writer.write(stages)
        }
    }
}
