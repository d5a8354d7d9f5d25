import Foundation
import JourneyModel

/// Loads a content folder into a validated `SiteContent`, collecting every problem on the way.
public struct ContentLoader: Sendable {
    /// What the load produced: the content (usable only when there are no errors) and the
    /// diagnostics, sorted by file and position.
    public struct Result: Sendable {
        public var content: SiteContent
        public var diagnostics: [Diagnostic]
        /// Every stage note that loaded, by path in the content folder; those of draft journeys
        /// only when drafts are kept, so that what is kept of them never holds a draft.
        public var stages: [String: LoadedStage]
        /// How many of them were taken from `reusableStages` rather than read.
        public var stagesReused: Int
    }

    public var root: URL
    public var displayRoot: String
    /// Whether journeys marked `draft: true` are kept.
    public var includeDrafts: Bool
    /// The UI string keys `site.yml` may reword under `strings`.
    public var stringKeys: [String]
    /// The languages the theme has words for, which `language` may name.
    public var languages: [String]
    /// Stage notes a build loaded before, by path in the content folder, whose bytes the caller
    /// vouches are unchanged. Each is taken as it is, not read again, when what else its
    /// loading depends on (`LoadedStage.context`) is unchanged too.
    public var reusableStages: [String: LoadedStage] = [:]
    /// When set, only these journeys are read: for a caller that knows the others are the same
    /// as in a load it compares with.
    public var subset: JourneySubset?
    /// Data files parsed by other loads, shared with them.
    public var dataFiles: DataFileMemo?

    /// - Parameters:
    ///   - root: the content folder.
    ///   - displayRoot: how messages name that folder; defaults to its path as given.
    public init(root: URL, displayRoot: String? = nil, includeDrafts: Bool = false, stringKeys: [String] = [],
                languages: [String] = Site.languages) {
        self.root = root
        self.displayRoot = displayRoot ?? root.relativePath
        self.includeDrafts = includeDrafts
        self.stringKeys = stringKeys
        self.languages = languages
    }

    public func load() -> Result {
        var folder = ContentFolder(root: root, displayRoot: displayRoot)
        folder.dataFiles = dataFiles
        var diagnostics: [Diagnostic] = []
        let (site, siteHash) = loadSite(folder, into: &diagnostics)
        let markdown = MarkdownRenderer(allowRawHTML: site.allowRawHTML)

        let (personaNotes, personaProblems) = folder.personas()
        let personaResults = personaNotes.concurrentMap { PersonaLoader.load($0, markdown: markdown) }
        let personas = personaResults.compactMap(\.0)
        diagnostics += personaProblems + personaResults.flatMap(\.1)

        let (solutionNotes, solutionProblems) = folder.solutions()
        let solutionResults = solutionNotes.map { SolutionLoader.load($0, markdown: markdown) }
        diagnostics += solutionProblems + solutionResults.flatMap(\.1)

        let (journeyFolders, journeyProblems) = folder.journeys(only: subset?.loaded)
        let context = JourneyLoader.Context(scale: site.scale, language: site.language, personaSlugs: personas.map(\.slug),
                                            journeySlugs: subset?.all ?? journeyFolders.map(\.slug), languages: languages,
                                            lanes: site.lanes, laneOrder: site.laneOrder, markdown: markdown,
                                            siteHash: siteHash, reusable: reusableStages)
        let journeyResults = journeyFolders.concurrentMap { JourneyLoader.load($0, context: context) }
        var journeys = journeyResults.compactMap(\.0)
        diagnostics += journeyProblems + journeyResults.flatMap(\.1)
        let failing = Set(journeyResults.compactMap { result in result.1.hasErrors ? result.0?.slug : nil })
        diagnostics += ContentWarnings.crossFile(personas: personas, journeys: journeys, failing: failing)
        var unloaded = Self.unloaded(journeyFolders, results: journeyResults.map(\.0))
        for slug in subset?.unread ?? [] { unloaded[slug] = .some(nil) }
        let solutions = solutionResults.compactMap(\.0)
        diagnostics += ItemLinks.check(journeys, solutions: solutions, someFailed: !unloaded.isEmpty)
        if !includeDrafts { journeys.removeAll(where: \.draft) }

        let survey = SurveyLoader(folder: folder, site: site, journeys: journeys, personas: personas, unloaded: unloaded).load()
        let feedback = FeedbackLoader(folder: folder, journeys: journeys, personas: personas, unloaded: unloaded).load(site.feedback)
        let (snapshots, snapshotProblems) = SnapshotLoader.load(folder)
        let (assets, assetProblems) = folder.assets()
        diagnostics += survey.diagnostics + feedback.diagnostics + snapshotProblems + assetProblems
        var content = SiteContent(site: site, personas: personas, journeys: journeys, assets: assets,
                                  responses: survey.values, surveyTally: survey.tally, snapshots: snapshots)
        (content.feedback, content.feedbackTally) = (feedback.values, feedback.tally)
        content.solutions = solutions
        let stages = journeyResults.filter { includeDrafts || $0.0?.draft != true }
            .reduce(into: [:]) { stages, result in stages.merge(result.2) { first, _ in first } }
        let reused = stages.filter { path, loaded in reusableStages[path]?.context == loaded.context }.count
        return Result(content: content, diagnostics: diagnostics.sorted().foldingRepeats(), stages: stages, stagesReused: reused)
    }

    /// The journeys that did not load (nil), and the stages that did not, by journey slug.
    private static func unloaded(_ folders: [JourneyFolder], results: [Journey?]) -> [String: Set<String>?] {
        var unloaded: [String: Set<String>?] = [:]
        for (folder, journey) in zip(folders, results) {
            guard let journey else {
                unloaded[folder.slug] = .some(nil)
                continue
            }
            let failed = Set(folder.stages.map(\.slug)).subtracting(journey.stages.map(\.slug))
            if !failed.isEmpty { unloaded[folder.slug] = failed }
        }
        return unloaded
    }

    /// The `templates:` folder site.yml in the content folder `root` names, when it names one
    /// that exists; the build reports any problem with it.
    public static func templatesSetting(in root: URL) -> String? {
        var ignored: [Diagnostic] = []
        return ContentLoader(root: root).loadSite(ContentFolder(root: root, displayRoot: ""), into: &ignored).0.templates
    }

    /// The site's settings, and the `ContentHash` of site.yml as read (0 when it cannot be).
    private func loadSite(_ folder: ContentFolder, into diagnostics: inout [Diagnostic]) -> (Site, UInt64) {
        let path = folder.displayPath("site.yml")
        if let outside = folder.linkOutside("site.yml") {
            diagnostics.append(outside)
            return (Site(title: "Journey maps"), 0)
        }
        guard let data = try? Data(contentsOf: folder.siteFile) else {
            diagnostics.append(.error(at: SourceLocation(file: path), "the content folder has no readable site.yml",
                                      hint: "create site.yml with at least 'title: …', or point --content at your content folder"))
            return (Site(title: "Journey maps"), 0)
        }
        var text: String
        switch UTF8Text.decode(data) {
        case .success(let decoded): text = decoded
        case .failure(let invalid):
            diagnostics.append(invalid.diagnostic(path: path, name: "site.yml"))
            return (Site(title: "Journey maps"), 0)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let (site, problems) = SiteConfigLoader.load(yaml: text.replacingCRLF(), path: path, stringKeys: stringKeys,
                                                     languages: languages, root: root)
        diagnostics += problems
        return (site, ContentHash.of(data))
    }
}
