import ContentLoader
import Foundation
import JourneyAnalysis
import JourneyModel
import SiteRenderer

/// Where one side of a comparison reads its content.
public enum DiffSource: Sendable, Equatable {
    /// The content folder as it is on disk now.
    case workingTree
    /// The content folder at a revision of the git repository that holds it.
    case revision(String)
    /// Another content folder.
    case folder(String)
}

/// The two sides of a comparison as they were read, and what changed between them.
public struct SiteComparison: Sendable {
    /// How each side is named in reports: `main (1a2b3c4)`, `working tree`, a folder.
    public var base: String, head: String
    public var baseDiagnostics: [Diagnostic], headDiagnostics: [Diagnostic]
    public var diff: ExperienceDiff
}

/// Loads and analyses the content at two sides with the loader and analysis `build` uses, and compares them.
public enum SiteDiff {
    /// Compares the content folder `content` at `base` (nil: where `head` parts from the default
    /// branch) and at `head`. `templates` is the site's own templates folder, whose words' keys
    /// and languages `site.yml` is checked against, as `check` does. The working tree is read
    /// with the stage notes the last build into `output` loaded, where their bytes are unchanged.
    /// When git says only files in some journeys' folders differ, only those journeys are read
    /// at each side, unless what that reads could differ from what comparing everything says.
    public static func compare(content: String, base: DiffSource?, head: DiffSource, templates: String?,
                               output: String) throws(DiffFailure) -> SiteComparison {
        let words = InterfaceWords.load(ThemeFiles(folder: templates.map(URL.init(fileURLWithPath:)), display: templates ?? "")).0 ?? .builtin
        let needsGit = [base, head].contains { if case .folder = $0 { false } else { true } }
        let repository = needsGit ? try GitRepository(containing: FileTree.isFolder(content) ? content : ".") : nil
        let memo = { head == .workingTree ? IncrementalBuild.memoizedStages(content: content, output: output) : [:] }
        let baseSource: DiffSource, baseLabel: String?
        if let base {
            (baseSource, baseLabel) = (base, nil)
        } else if let repository {
            let from = try repository.commit(head.revision ?? "HEAD")
            let (commit, branch) = try repository.mergeBaseWithDefaultBranch(from)
            (baseSource, baseLabel) = (.revision(commit), "merge base with \(branch) (\(commit.prefix(7)))")
        } else {
            throw DiffFailure("no base to compare with", hint: "pass --base-dir DIR with --head-dir, or --base REV")
        }
        let sides = Sides(content: content, base: baseSource, head: head, repository: repository, words: words, memo: memo)
        let changes = try ChangedFiles(base: baseSource, head: head, content: content, repository: repository)
        if let subset = changes?.journeySubset() {
            let (comparison, read) = try sides.compare(subset: subset, changes: changes, baseLabel: baseLabel)
            if ChangedFiles.isConclusive(comparison, read: read, subset: subset) { return comparison }
        }
        return try sides.compare(subset: nil, changes: changes, baseLabel: baseLabel).comparison
    }

    /// The commit `revision` names in the git repository that holds `content`.
    public static func commit(_ revision: String, content: String) throws(DiffFailure) -> String {
        try GitRepository(containing: FileTree.isFolder(content) ? content : ".").commit(revision)
    }

    /// What both sides of a comparison are read with.
    private struct Sides {
        var content: String, base: DiffSource, head: DiffSource
        var repository: GitRepository?
        var words: InterfaceWords
        /// The stage notes the last build memoised, read only when every journey is: decoding
        /// them all takes longer than parsing a few journeys' notes.
        var memo: () -> [String: LoadedStage]
        /// Survey and feedback files, parsed once when their bytes are the same at both sides.
        let dataFiles = DataFileMemo()

        /// Both sides loaded (only the journeys of `subset`, when given), analysed and compared;
        /// and the content read at each side.
        func compare(subset: JourneySubset?, changes: ChangedFiles?,
                     baseLabel: String?) throws(DiffFailure) -> (comparison: SiteComparison, read: [SiteContent]) {
            let headSide = try SiteDiff.read(head, content: content, repository: repository, journeys: subset?.loaded,
                                             load: { load($0, $1, subset: subset, reusable: subset == nil ? memo() : [:]) })
            // The head's stage notes whose bytes git says are the same at the base: the base's load
            // takes them as they are instead of parsing them again (the loader still checks that
            // what else they depend on is unchanged).
            let unchanged = changes.map { changes in headSide.result.stages.filter { !changes.contains($0.key) } } ?? [:]
            let baseSide = try SiteDiff.read(base, content: content, repository: repository, journeys: subset?.loaded,
                                             load: { load($0, $1, subset: subset, reusable: unchanged) })
            let side = { (source: DiffSource, result: ContentLoader.Result) in
                DiffSide(analysis: SiteAnalysis(content: result.content), diagnostics: result.diagnostics, root: source.folder ?? content)
            }
            let diff = ExperienceDiff(base: side(base, baseSide.result), head: side(head, headSide.result))
            let comparison = SiteComparison(base: baseLabel ?? baseSide.label, head: headSide.label, baseDiagnostics: baseSide.result.diagnostics,
                                            headDiagnostics: headSide.result.diagnostics, diff: diff)
            return (comparison, [baseSide.result.content, headSide.result.content])
        }

        private func load(_ root: URL, _ display: String, subset: JourneySubset?, reusable: [String: LoadedStage]) -> ContentLoader.Result {
            var loader = ContentLoader(root: root, displayRoot: display, stringKeys: words.keys, languages: words.languages)
            loader.reusableStages = reusable
            loader.subset = subset
            loader.dataFiles = dataFiles
            return loader.load()
        }
    }

    /// The content of one side, loaded (of `journeys/`, only `journeys` when given, for a revision), and the side's name in reports.
    private static func read(_ source: DiffSource, content: String, repository: GitRepository?, journeys: Set<String>?,
                             load: (URL, String) -> ContentLoader.Result) throws(DiffFailure) -> (label: String, result: ContentLoader.Result) {
        switch source {
        case .workingTree:
            return ("working tree", try loadFolder(content, load: load))
        case .folder(let folder):
            return (folder, try loadFolder(folder, load: load))
        case .revision(let revision):
            guard let repository else { throw DiffFailure("no git repository to read \(revision) from") }
            let commit = try repository.commit(revision)
            let label = revision.hasPrefix(commit.prefix(7)) ? String(commit.prefix(7)) : "\(revision) (\(commit.prefix(7)))"
            let path = try repository.path(of: content)
            let scratch = scratchFolder.appendingPathComponent("journeymap-diff-\(UUID().uuidString)")
            do {
                try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            } catch {
                throw DiffFailure("cannot create a temporary folder in \(scratchFolder.path): \(error.localizedDescription)")
            }
            defer { try? FileManager.default.removeItem(at: scratch) }
            try repository.extract(path, at: commit, label: label, into: scratch, journeys: journeys)
            return (label, load(path.isEmpty ? scratch : scratch.appendingPathComponent(path), content))
        }
    }

    /// Where a revision's content is unpacked: `/dev/shm` when the system has it (thousands of
    /// small files are written there in a fraction of the time a disk takes), else the temporary folder.
    private static let scratchFolder: URL = FileManager.default.isWritableFile(atPath: "/dev/shm")
        ? URL(fileURLWithPath: "/dev/shm", isDirectory: true) : FileManager.default.temporaryDirectory

    /// A content folder on disk, loaded; an error when it has no site.yml.
    private static func loadFolder(_ folder: String, load: (URL, String) -> ContentLoader.Result) throws(DiffFailure) -> ContentLoader.Result {
        guard FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("site.yml")) else {
            throw DiffFailure("no \((folder as NSString).appendingPathComponent("site.yml")) here",
                              hint: "run journeymap in your site's folder, or pass --content DIR")
        }
        return load(URL(fileURLWithPath: folder), folder)
    }
}

extension DiffSource {
    /// The revision, for a side read at one.
    var revision: String? {
        if case .revision(let revision) = self { revision } else { nil }
    }

    /// The folder, for a side read from another folder.
    var folder: String? {
        if case .folder(let folder) = self { folder } else { nil }
    }
}
