import JourneyModel

/// One side of a comparison: the analysis of the content there, and what loading it reported.
public struct DiffSide: Sendable {
    public var analysis: SiteAnalysis
    public var diagnostics: [Diagnostic]
    /// The content folder as the diagnostics name it, which two sides read from two folders name differently.
    public var root: String

    public init(analysis: SiteAnalysis, diagnostics: [Diagnostic] = [], root: String = "") {
        self.analysis = analysis
        self.diagnostics = diagnostics
        self.root = root
    }

    /// What makes two diagnostics the same problem, wherever its line moved to and whatever
    /// folder each side was read from.
    func identity(_ diagnostic: Diagnostic) -> [String] {
        let file = diagnostic.location.file
        let relative = !root.isEmpty && file.hasPrefix(root + "/") ? String(file.dropFirst(root.count + 1)) : file
        return [diagnostic.severity.rawValue, relative, diagnostic.message]
    }

    /// The slugs of the journeys an error was reported in.
    var journeysWithErrors: Set<String> {
        Set(diagnostics.filter { $0.severity == .error }.compactMap(Self.journey(of:)))
    }

    /// The slug of the journey a diagnostic is about: it points at a note in `journeys/<slug>/`, or at that folder.
    public static func journey(of diagnostic: Diagnostic) -> String? {
        let parts = diagnostic.location.file.split(separator: "/")
        let folder = parts.last?.hasSuffix(".md") == true ? parts.count - 1 : parts.count
        guard folder >= 2, parts[folder - 2] == "journeys" else { return nil }
        return String(parts[folder - 1])
    }
}

/// What changed in the customer experience between two versions of the content (a base and a
/// head): personas and journeys added or removed, and per journey what changed in it. Things
/// that did not change are not listed.
public struct ExperienceDiff: Sendable, Hashable {
    /// A journey with errors on one side or both, left out of the comparison.
    public struct NotCompared: Sendable, Hashable {
        public var journey: NamedItem
        public var errorsAtBase: Bool
        public var errorsAtHead: Bool
    }

    public var personasAdded: [NamedItem]
    public var personasRemoved: [NamedItem]
    public var journeysAdded: [NamedItem]
    public var journeysRemoved: [NamedItem]
    /// The journeys both sides have that changed, in the head's order.
    public var journeys: [JourneyDiff]
    public var notCompared: [NotCompared]
    /// The survey rows read and rejected, when either count changed.
    public var surveyRows: Change<SurveyTally>?
    /// Warnings and errors at the head that the base does not have (same file and message).
    public var newWarnings: [Diagnostic]
    public var newErrors: [Diagnostic]
    /// The head's emotion scale, which the curves are drawn on.
    public var scale: EmotionScale

    public init(base: DiffSide, head: DiffSide) {
        let old = base.analysis.content, new = head.analysis.content
        let oldPersonas = Set(old.personas.map(\.slug)), newPersonas = Set(new.personas.map(\.slug))
        personasAdded = new.personas.filter { !oldPersonas.contains($0.slug) }.map { NamedItem(slug: $0.slug, name: $0.name) }
        personasRemoved = old.personas.filter { !newPersonas.contains($0.slug) }.map { NamedItem(slug: $0.slug, name: $0.name) }
        let (baseErrors, headErrors) = (base.journeysWithErrors, head.journeysWithErrors)
        let failing = baseErrors.union(headErrors)
        let oldJourneys = Set(old.journeys.map(\.slug)), newJourneys = Set(new.journeys.map(\.slug))
        journeysAdded = new.journeys.filter { !oldJourneys.contains($0.slug) && !failing.contains($0.slug) }
            .map { NamedItem(slug: $0.slug, name: $0.title) }
        journeysRemoved = old.journeys.filter { !newJourneys.contains($0.slug) && !failing.contains($0.slug) }
            .map { NamedItem(slug: $0.slug, name: $0.title) }
        let names = Dictionary((old.personas + new.personas).map { ($0.slug, $0.name) }) { _, last in last }
        journeys = head.analysis.journeys.compactMap { after in
            // Most journeys of a change are untouched: equal analyses are not compared field by field.
            guard !failing.contains(after.journey.slug), let before = base.analysis.journey(after.journey.slug), before != after else { return nil }
            let diff = JourneyDiff(base: before, head: after, personaNames: names)
            return diff.isEmpty ? nil : diff
        }
        let titles = Dictionary((old.journeys + new.journeys).map { ($0.slug, $0.title) }) { _, last in last }
        notCompared = failing.sorted().map { slug in
            NotCompared(journey: NamedItem(slug: slug, name: titles[slug] ?? slug),
                        errorsAtBase: baseErrors.contains(slug), errorsAtHead: headErrors.contains(slug))
        }
        surveyRows = Change.of(old.surveyTally, new.surveyTally)
        let known = Set(base.diagnostics.map(base.identity))
        let fresh = head.diagnostics.filter { !known.contains(head.identity($0)) }
        newWarnings = fresh.filter { $0.severity == .warning }
        newErrors = fresh.filter { $0.severity == .error }
        scale = new.site.scale
    }

    /// Whether nothing changed.
    public var isEmpty: Bool {
        personasAdded.isEmpty && personasRemoved.isEmpty && journeysAdded.isEmpty && journeysRemoved.isEmpty && journeys.isEmpty
            && notCompared.isEmpty && surveyRows == nil && newWarnings.isEmpty && newErrors.isEmpty
    }
}
