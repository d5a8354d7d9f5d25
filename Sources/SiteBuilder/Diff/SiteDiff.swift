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
    /// and languages `site.yml` is checked against, as `check` does.
    public static func compare(content: String, base: DiffSource?, head: DiffSource, templates: String?) throws(DiffFailure) -> SiteComparison {
        let words = InterfaceWords.load(ThemeFiles(folder: templates.map(URL.init(fileURLWithPath:)), display: templates ?? "")).0 ?? .builtin
        let loader = { (root: URL, display: String) in
            ContentLoader(root: root, displayRoot: display, stringKeys: words.keys, languages: words.languages).load()
        }
        let needsGit = [base, head].contains { if case .folder = $0 { false } else { true } }
        let repository = needsGit ? try GitRepository(containing: FileTree.isFolder(content) ? content : ".") : nil
        let headSide = try read(head, content: content, repository: repository, load: loader)
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
        let baseSide = try read(baseSource, content: content, repository: repository, load: loader)
        let diff = ExperienceDiff(base: DiffSide(analysis: SiteAnalysis(content: baseSide.result.content), diagnostics: baseSide.result.diagnostics),
                                  head: DiffSide(analysis: SiteAnalysis(content: headSide.result.content), diagnostics: headSide.result.diagnostics))
        return SiteComparison(base: baseLabel ?? baseSide.label, head: headSide.label, baseDiagnostics: baseSide.result.diagnostics,
                              headDiagnostics: headSide.result.diagnostics, diff: diff)
    }

    /// The content of one side, loaded, and the side's name in reports.
    private static func read(_ source: DiffSource, content: String, repository: GitRepository?,
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
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("journeymap-diff-\(UUID().uuidString)")
            do {
                try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            } catch {
                throw DiffFailure("cannot create a temporary folder in \(scratch.deletingLastPathComponent().path): \(error.localizedDescription)")
            }
            defer { try? FileManager.default.removeItem(at: scratch) }
            try repository.extract(path, at: commit, label: label, into: scratch)
            return (label, load(path.isEmpty ? scratch : scratch.appendingPathComponent(path), content))
        }
    }

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
}
