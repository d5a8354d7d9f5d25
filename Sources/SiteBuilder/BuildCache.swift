import ContentLoader
import Foundation
import JourneyModel
import SiteWriter

/// What the last successful build read and wrote, kept in the output folder so that a build
/// with nothing to do can stop after reading its inputs, and a build after a few changed notes
/// can make only what they show on.
///
/// The cache is trusted only when its format, its checksum (see `CacheFile`) and the stamp of
/// every output file match; then `scope(for:)` compares the fingerprints of the inputs and says
/// what to make again: nothing, some journeys, or everything. Output files are checked by their
/// stamps (size, time, inode; see `FileStamp`): a file edited, replaced or deleted by hand has
/// another stamp. Content files are fingerprinted as described in `ContentFingerprint`.
struct BuildCache: Equatable {
    static let fileName = ".journeymap-cache"
    /// Changes with the binary layout of any type written (see `CacheCodable`).
    static let format = "journeymap-cache-3"

    /// The fingerprint of everything but the content: templates, options and the tool itself.
    var environment: String
    /// The fingerprint of every file of the content folder, by path.
    var content: [String: ContentFingerprint]
    /// When the content was fingerprinted, in nanoseconds since 1970.
    var fingerprintTime: Int64
    /// The stamp of every file of the site, by path.
    var outputs: [String: String]
    /// The warnings of that build, shown again when it is skipped.
    var warnings: [Diagnostic]
    var counts: [String: Int]

    /// What a build reads, fingerprinted: the content file by file, the rest as one.
    struct Inputs: Equatable {
        /// The fingerprint of the templates, the options, the tool and the content's symbolic links.
        var environment: String
        var content: [String: ContentFingerprint]
        /// When the content was fingerprinted, in nanoseconds since 1970.
        var time: Int64
        /// Whether the content folder holds symbolic links: a changed file may then show
        /// anywhere, so any change gives a full build.
        var hasLinks = false
        /// How many content files were read, rather than taken from the last build's cache.
        var filesRead = 0
    }

    /// What must be made again since this cache was made.
    struct Scope: Equatable {
        /// The journeys whose pages must be made again; none when nothing changed.
        var journeys: Set<String>
        /// Whether only the Markdown bodies of stage notes changed, which show on their journeys'
        /// pages and in the search index and nowhere else.
        var bodiesOnly: Bool
    }

    /// What must be rebuilt for `current`: nil for everything, or the journeys whose stage
    /// notes alone changed (added, edited or removed).
    func scope(for current: Inputs) -> Scope? {
        guard current.environment == environment else { return nil }
        let changed = Set(content.keys).union(current.content.keys).filter { content[$0]?.bytes != current.content[$0]?.bytes }
        guard changed.isEmpty || !current.hasLinks else { return nil }
        var journeys: Set<String> = []
        for path in changed {
            guard let journey = ContentLayout.journey(ofStageNote: path) else { return nil }
            journeys.insert(journey)
        }
        let bodiesOnly = changed.allSatisfy { path in
            content[path]?.head != nil && content[path]?.head == current.content[path]?.head
        }
        return Scope(journeys: journeys, bodiesOnly: bodiesOnly)
    }

    /// The fingerprint of everything a build reads: the files of the content folder and of the
    /// site's own `templates` folder (paths and bytes), the build options, and the tool (`tool`,
    /// which holds the built-in theme).
    /// Content files unchanged since the `previous` build take their fingerprints from it unread.
    static func fingerprint(_ options: BuildOptions, templates folder: String?, previous: BuildCache? = nil) -> Inputs {
        let time = Int64((Date().timeIntervalSince1970 * 1e9).rounded(.down))
        let listing = FileTree.listing(under: URL(fileURLWithPath: options.content))
        let content = listing.files
        let fingerprints = content.concurrentMap { file in
            ContentFingerprint.of("\(options.content)/\(file)", isNote: file.hasSuffix(".md"),
                                  previous: previous?.content[file], previousTime: previous?.fingerprintTime)
        }
        var hash = ContentHash()
        hash.add(format)
        hash.add("drafts=\(options.includeDrafts)")
        hash.add("compare-with=\(options.comparedCommit ?? "")")
        for link in listing.links {
            hash.add(link)
            hash.add((try? FileManager.default.destinationOfSymbolicLink(atPath: "\(options.content)/\(link)")) ?? "")
        }
        hash.add("templates=\(folder ?? "")")
        let templates = folder.map { FileTree.regularFiles(under: URL(fileURLWithPath: $0)) } ?? []
        let templateHashes = templates.concurrentMap { ContentHash.ofFile("\(folder ?? "")/\($0)") ?? 0 }
        for (file, fileHash) in zip(templates, templateHashes) {
            hash.add(file)
            hash.add(String(fileHash, radix: 16))
        }
        hash.add(tool)
        return Inputs(environment: String(hash.value, radix: 16),
                      content: Dictionary(uniqueKeysWithValues: zip(content, fingerprints.map(\.fingerprint))), time: time,
                      hasLinks: !listing.links.isEmpty, filesRead: fingerprints.filter(\.wasRead).count)
    }

    /// The journeymap binary, by size and date, and the libcmark it renders Markdown with: a
    /// rebuilt journeymap or an upgraded libcmark may load or render differently. The binary is
    /// the running one (see `RunningExecutable`).
    static let tool: String = {
        let path = RunningExecutable.path
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(attributes[.size] ?? 0) \(date) cmark \(MarkdownRenderer.libraryVersion)"
    }()

    /// The cache in `output`, when it is intact and every file it lists still has its stamp.
    static func load(from output: OutputFolder) -> BuildCache? {
        guard var reader = CacheFile.reader(fileName, format: format, in: output),
              let cache = try? reader.read(BuildCache.self), reader.isAtEnd else { return nil }
        let intact = Array(cache.outputs).concurrentMap { path, stamp in
            OutputFile.isSafePath(path) && output.stamp(of: path)?.text == stamp
        }
        return intact.allSatisfy { $0 } ? cache : nil
    }

    func save(to output: OutputFolder) throws {
        try CacheFile.save(Self.fileName, format: Self.format, to: output) { $0.write(self) }
    }
}

extension BuildCache: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(environment)
        writer.write(content)
        writer.write(fingerprintTime)
        writer.write(outputs)
        writer.write(warnings)
        writer.write(counts)
    }

    init(from reader: inout CacheReader) throws {
        self.init(environment: try reader.read(), content: try reader.read(), fingerprintTime: try reader.read(),
                  outputs: try reader.read(), warnings: try reader.read(), counts: try reader.read())
    }
}

extension ContentFingerprint: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(bytes)
        writer.write(head)
        writer.write(stamp)
    }

    init(from reader: inout CacheReader) throws {
        self.init(bytes: try reader.read(), head: try reader.read(), stamp: try reader.read())
    }
}
