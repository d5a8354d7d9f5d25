import Foundation
import JourneyModel

/// A journey's folder: its header note, its stage notes, and problems with their names.
struct JourneyFolder: Sendable {
    var slug: String
    var header: NoteSource
    var stages: [NoteSource]
    var problems: [Diagnostic]
}

/// The files of a content folder, found by their place in the layout.
///
/// Nothing outside the folder is read: a file or folder that is a symbolic link to somewhere
/// outside it is an error (a link in a pull request could otherwise publish any file of the
/// machine that builds the site).
struct ContentFolder {
    let root: URL
    /// How the root is named in messages (as the user wrote it).
    let displayRoot: String
    /// Where data files already parsed are found, when loads share them.
    var dataFiles: DataFileMemo?
    /// The root's path, and its real path with symbolic links resolved.
    private let rootPath: String, realRoot: String?

    init(root: URL, displayRoot: String) {
        self.root = root
        self.displayRoot = displayRoot
        rootPath = root.path
        realRoot = Self.realPath(rootPath)
    }

    var siteFile: URL { root.appendingPathComponent("site.yml") }

    func displayPath(_ relative: String) -> String {
        displayRoot.isEmpty ? relative : (displayRoot.hasSuffix("/") ? displayRoot : displayRoot + "/") + relative
    }

    /// The persona notes, sorted by slug.
    func personas() -> ([NoteSource], [Diagnostic]) {
        notes(in: "personas", what: "persona file")
    }

    /// The solution notes, sorted by slug.
    func solutions() -> ([NoteSource], [Diagnostic]) {
        notes(in: "solutions", what: "solution file")
    }

    /// The notes `<slug>.md` of `folder`, sorted by slug; `what` names one in messages.
    private func notes(in folder: String, what: String) -> ([NoteSource], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let notes = markdownFiles(in: folder).map(\.name).compactMap { name -> NoteSource? in
            let slug = String(name.dropLast(3))
            let path = displayPath("\(folder)/\(name)")
            guard Slug.isValid(slug) else {
                diagnostics.append(invalidSlug(slug, path: path, what: what))
                return nil
            }
            if let outside = linkOutside("\(folder)/\(name)") {
                diagnostics.append(outside)
                return nil
            }
            return note("\(folder)/\(name)", slug: slug)
        }
        return (notes, diagnostics)
    }

    /// The journey folders, sorted by slug (only those named in `only`, when given), and the problems with them.
    func journeys(only: Set<String>? = nil) -> ([JourneyFolder], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let names = entries(in: "journeys").filter(\.isFolder).map(\.name).filter { only?.contains($0) ?? true }
        let folders = names.compactMap { slug -> JourneyFolder? in
            let base = "journeys/\(slug)"
            guard Slug.isValid(slug) else {
                diagnostics.append(invalidSlug(slug, path: displayPath(base), what: "journey folder"))
                return nil
            }
            if let outside = linkOutside(base) ?? linkOutside("\(base)/journey.md") {
                diagnostics.append(outside)
                return nil
            }
            let notes = markdownFiles(in: base)
            let names = notes.map(\.name)
            // The folder's real path is inside (checked above), so only links in it can lead out.
            let links = Set(notes.filter(\.isLink).map(\.name))
            guard names.contains("journey.md") else {
                diagnostics.append(.error(at: SourceLocation(file: displayPath(base)),
                                          "the journey folder has no journey.md",
                                          hint: "add journey.md with the journey's title, personas and scenario"))
                return nil
            }
            var problems: [Diagnostic] = []
            // The number a misnamed note could take: the one after the last in use.
            let free = (names.compactMap { Self.stageName($0)?.0 }.max() ?? 0) + 1
            let stageNames = names.filter { $0 != "journey.md" }
            // Notes without numbers are placed by their time_of_day, when none has a number.
            let timed = !stageNames.isEmpty && stageNames.allSatisfy { Self.stageName($0) == nil && Slug.isValid(String($0.dropLast(3))) }
            let stages = stageNames.compactMap { name -> NoteSource? in
                let path = displayPath("\(base)/\(name)")
                guard let (number, slug) = Self.stageName(name).map({ (Optional($0), $1) }) ?? (timed ? (nil, String(name.dropLast(3))) : nil) else {
                    problems.append(.error(at: SourceLocation(file: path),
                                           "a stage note's name must be NN-<slug>.md",
                                           hint: "rename it like \(free < 10 ? "0" : "")\(free)-\(Slug.suggest(from: String(name.dropLast(3)))).md; the number orders the stages (without numbers on any note, their time_of_day does)"))
                    return nil
                }
                guard Slug.isValid(slug) else {
                    problems.append(invalidSlug(slug, path: path, what: "stage note"))
                    return nil
                }
                if links.contains(name), let outside = linkOutside("\(base)/\(name)") {
                    problems.append(outside)
                    return nil
                }
                return note("\(base)/\(name)", slug: slug, number: number)
            }
            let header = note("\(base)/journey.md", slug: slug)
            return JourneyFolder(slug: slug, header: header, stages: stages.sorted { ($0.number ?? 0, $0.slug) < ($1.number ?? 0, $1.slug) },
                                 problems: problems)
        }
        return (folders, diagnostics)
    }

    /// The note at `relative`, a path in the content folder.
    private func note(_ relative: String, slug: String, number: Int? = nil) -> NoteSource {
        NoteSource(path: displayPath(relative), relativePath: relative, file: rootPath + "/" + relative, slug: slug, number: number)
    }

    /// Every file under `assets/`, relative to it, sorted; hidden files are skipped, and so are
    /// symbolic links, which are errors when they lead outside the content folder.
    func assets() -> ([String], [Diagnostic]) {
        if let outside = linkOutside("assets") { return ([], [outside]) }
        let folder = root.appendingPathComponent("assets")
        return (FileTree.regularFiles(under: folder), FileTree.symbolicLinks(under: folder).compactMap { linkOutside("assets/\($0)") })
    }

    /// An error when `relative` leads, through symbolic links, outside the content folder.
    func linkOutside(_ relative: String) -> Diagnostic? {
        guard let realRoot, let real = Self.realPath(rootPath + "/" + relative),
              real != realRoot, !real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else { return nil }
        return .error(at: SourceLocation(file: displayPath(relative)), "'\(relative)' is a symbolic link to a place outside the content folder",
                      hint: "copy what it links to into the content folder: journeymap reads nothing outside it")
    }

    /// The path with every symbolic link resolved; nil when it leads nowhere.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `NN-slug.md` → (NN, slug).
    static func stageName(_ name: String) -> (Int, String)? {
        guard name.hasSuffix(".md") else { return nil }
        let stem = name.dropLast(3)
        guard let dash = stem.firstIndex(of: "-") else { return nil }
        let digits = stem[..<dash]
        guard !digits.isEmpty, digits.count <= 6, digits.utf8.allSatisfy({ (48...57).contains($0) }), let number = Int(digits) else { return nil }
        return (number, String(stem[stem.index(after: dash)...]))
    }

    private func invalidSlug(_ slug: String, path: String, what: String) -> Diagnostic {
        .error(at: SourceLocation(file: path), "'\(slug)' is not a valid name for a \(what)",
               hint: "use lowercase letters, digits and '-' only, e.g. '\(Slug.suggest(from: slug))'")
    }

    /// The plain files of a folder of the content, sorted; hidden files skipped.
    func files(in relative: String) -> [String] {
        entries(in: relative).filter { !$0.isFolder }.map(\.name)
    }

    private func entries(in relative: String) -> [FileTree.Child] {
        FileTree.children(of: root.appendingPathComponent(relative))
    }

    private func markdownFiles(in relative: String) -> [FileTree.Child] {
        entries(in: relative).filter { !$0.isFolder && $0.name.hasSuffix(".md") }
    }
}
